"""Pages call their reads by name (dashboard.reads), never by a string naming a query."""

from __future__ import annotations

import inspect
import re

import pytest

from dashboard import queries, reads
from dashboard.filters import Filters
from tests.conftest import ROOT


def test_every_read_is_a_query_of_the_same_name_and_signature():
    for name, read in vars(reads).items():
        if name.startswith("_") or not callable(read) or getattr(read, "__module__", "") != "dashboard.reads":
            continue
        query = getattr(queries, name)
        assert read.__wrapped__ is query
        assert list(inspect.signature(query).parameters)[0] == "con"


def test_no_page_names_a_query_by_a_string():
    sources = [*sorted((ROOT / "views").glob("*.py")), ROOT / "app.py", *sorted((ROOT / "dashboard").glob("*.py"))]
    for path in sources:
        if path.name in ("data.py", "reads.py"):
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bquery\(\s*[\"']", text), path.name
        assert "guarded_query" not in text, path.name


FILTERS = [
    Filters(regions=("重庆市",)),
    Filters(regions=("黔江区",), region_level="district"),
    Filters(levels=("primary",)),
    Filters(schools=(1, 2), year_from=2015, year_to=2022),
]


@pytest.mark.parametrize("filters", FILTERS, ids=["province", "district", "level", "schools_years"])
def test_every_filtered_query_runs_with_each_kind_of_filter(rich_db, filters):
    """Each query that takes the filters joins what they need (a region or a level needs the school)."""
    from etl.warehouse import session

    extra = {"indicator": "members_total"}
    with session(rich_db) as con:
        for name, query in vars(queries).items():
            if not inspect.isfunction(query) or query.__module__ != "dashboard.queries" or name.startswith("_"):
                continue
            parameters = inspect.signature(query).parameters
            if "filters" not in parameters or "con" not in parameters:
                continue
            kwargs = {k: v for k, v in extra.items() if k in parameters}
            query(con, filters=filters, **kwargs)  # raises if the SQL names what it did not join


def test_region_counts_count_the_schools_with_figures_in_each_region(rich_db):
    """Checked against the schools and their figures read directly; a year range counts the figures of
    those years (and undated ones) only."""
    from etl.warehouse import session

    with session(rich_db) as con:
        counted = queries.region_counts(con, Filters())
        direct = con.execute(
            "SELECT sc.province, count(DISTINCT f.school_id), count(*) FROM current_facts f "
            "JOIN schools sc ON sc.id = f.school_id GROUP BY sc.province").fetchall()
        rows = [(r if isinstance(r, str) else None, n, f) for r, n, f in counted.itertuples(index=False, name=None)]
        assert sorted(rows, key=str) == sorted(direct, key=str)
        assert rows[-1][0] is None and all(r for r, _, _ in rows[:-1])  # the unknown region last
        some_years = queries.region_counts(con, Filters(year_from=2019, year_to=2020))
        assert some_years["figures"].sum() == con.execute(
            "SELECT count(*) FROM current_facts WHERE ref_year IS NULL OR ref_year BETWEEN 2019 AND 2020").fetchone()[0]
