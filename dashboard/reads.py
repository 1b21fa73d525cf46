"""The pages' reads, by name: each is a query of dashboard/queries.py, run through the cache of
dashboard/data.py (keyed by the warehouse's data version). Pages call `reads.compare_values(...)`, so
a misspelt read fails when the page is loaded and go-to-definition finds the query."""

from __future__ import annotations

import functools
from collections.abc import Callable

from dashboard import data, queries


def _cached(query: Callable) -> Callable:
    """`query` without its connection argument, answered from the cache."""

    @functools.wraps(query)
    def read(as_of: int | None = None, **params):
        """`as_of`: a DuckLake snapshot to read the warehouse as it was then (data.query)."""
        return data.query(query.__name__, as_of=as_of, **params)

    return read


account = _cached(queries.account)
award_counts = _cached(queries.award_counts)
award_sources = _cached(queries.award_sources)
batch_history = _cached(queries.batch_history)
candidate_text = _cached(queries.candidate_text)
compare_values = _cached(queries.compare_values)
coverage = _cached(queries.coverage)
dependent_batches = _cached(queries.dependent_batches)
evidence_awards = _cached(queries.evidence_awards)
evidence_detail = _cached(queries.evidence_detail)
evidence_rows = _cached(queries.evidence_rows)
figure_sources = _cached(queries.figure_sources)
filter_options = _cached(queries.filter_options)
indicator_school_counts = _cached(queries.indicator_school_counts)
indicator_years = _cached(queries.indicator_years)
indicators = _cached(queries.indicators)
latest_values = _cached(queries.latest_values)
left_out_counts = _cached(queries.left_out_counts)
membership_composition = _cached(queries.membership_composition)
open_candidates = _cached(queries.open_candidates)
overview_kpis = _cached(queries.overview_kpis)
peer_medians = _cached(queries.peer_medians)
rate_values = _cached(queries.rate_values)
region_counts = _cached(queries.region_counts)
review_history = _cached(queries.review_history)
school_admin_card = _cached(queries.school_admin_card)
school_awards = _cached(queries.school_awards)
school_card = _cached(queries.school_card)
school_documents = _cached(queries.school_documents)
school_figures = _cached(queries.school_figures)
snapshot_before = _cached(queries.snapshot_before)
source_counts = _cached(queries.source_counts)
schools = _cached(queries.schools)
saved_views = _cached(queries.saved_views)
schools_by_ids = _cached(queries.schools_by_ids)
search_schools = _cached(queries.search_schools)
trend_schools = _cached(queries.trend_schools)
trend_values = _cached(queries.trend_values)
useful_region_level = _cached(queries.useful_region_level)
year_bounds = _cached(queries.year_bounds)
