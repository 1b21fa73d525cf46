"""All reads of the dashboard: named functions (con, **params) -> DataFrame, bound parameters only.

Charts read current values (one per school, indicator and year; see etl.warehouse.VIEWS); the
evidence page also reads every live figure so that conflicting sources stay visible.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.filters import Filters, where

CURRENT = "current_values"
HEADLINE_INDICATORS = (
    "members_total", "members_full", "members_probationary", "activists", "party_lectures",
    "theme_party_days", "volunteer_sessions", "mentoring_pairs", "students_assisted",
)

_SCHOOL_COLUMNS = (
    "sc.name_zh, sc.name_en, sc.level, coalesce(sc.province, sc.city, sc.district) AS region_top, "
    "sc.region AS region_label"
)


def _df(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


def live_school_ids_sql() -> str:
    return (
        f"SELECT school_id FROM {CURRENT} UNION SELECT school_id FROM live_awards "
        "UNION SELECT school_id FROM live_documents WHERE school_id IS NOT NULL"
    )


def schools(con) -> pd.DataFrame:
    """Schools that have any live figure, honour or document, for the filter lists."""
    return _df(
        con,
        f"SELECT sc.id AS school_id, {_SCHOOL_COLUMNS} FROM schools sc "
        f"WHERE sc.id IN ({live_school_ids_sql()}) ORDER BY coalesce(sc.name_zh, sc.name_en)",
    )


def year_bounds(con) -> tuple[int | None, int | None]:
    row = con.execute(
        f"SELECT min(y), max(y) FROM (SELECT ref_year AS y FROM {CURRENT} UNION ALL SELECT year FROM live_awards)"
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def indicators(con) -> pd.DataFrame:
    return _df(con, "SELECT id, category, name_zh, name_en, unit, kind, max_value FROM indicators ORDER BY rowid")


def overview_kpis(con, filters: Filters) -> pd.DataFrame:
    cond, params = where(filters, school_col="v.school_id", year_col="v.ref_year")
    dcond, dparams = where(filters, school_col="d.school_id", year_col=None)
    return _df(
        con,
        f"""
        WITH v AS (SELECT v.* FROM {CURRENT} v JOIN schools sc ON sc.id = v.school_id WHERE {cond}),
             d AS (SELECT d.* FROM live_documents d JOIN schools sc ON sc.id = d.school_id WHERE {dcond})
        SELECT
            (SELECT count(DISTINCT school_id) FROM v) AS schools,
            (SELECT count(*) FROM d) AS reports,
            (SELECT count(*) FROM v) AS figures,
            (SELECT count(DISTINCT ref_year) FROM v) AS years,
            (SELECT min(ref_year) FROM v) AS year_min,
            (SELECT max(ref_year) FROM v) AS year_max
        """,
        params + dparams,
    )


def coverage(con, filters: Filters) -> pd.DataFrame:
    """School x indicator: how many distinct years have data (an undated figure counts as one)."""
    cond, params = where(filters, school_col="v.school_id", year_col="v.ref_year")
    return _df(
        con,
        f"""
        SELECT * FROM (
            SELECT v.school_id, {_SCHOOL_COLUMNS}, v.indicator_id, i.name_zh AS indicator_zh,
                   i.name_en AS indicator_en, i.category,
                   count(DISTINCT coalesce(v.ref_year, -1)) AS years_with_data, count(*) AS figures,
                   list_sort(list(DISTINCT coalesce(v.ref_year, 0))) AS years
            FROM {CURRENT} v JOIN schools sc ON sc.id = v.school_id JOIN indicators i ON i.id = v.indicator_id
            WHERE {cond}
            GROUP BY ALL
        ) ORDER BY coalesce(name_zh, name_en), category
        """,
        params,
    )


def latest_values(con, filters: Filters, indicator_ids: tuple[str, ...] = HEADLINE_INDICATORS) -> pd.DataFrame:
    """Each school's most recent total (not a rate, not a target) for the given indicators."""
    cond, params = where(filters, school_col="v.school_id", year_col="v.ref_year")
    marks = ", ".join("?" for _ in indicator_ids)
    return _df(
        con,
        f"""
        SELECT * EXCLUDE (rn) FROM (
            SELECT v.school_id, {_SCHOOL_COLUMNS}, v.indicator_id, v.value, v.qualifier, v.ref_year,
                   v.period_label, v.source_kind,
                   row_number() OVER (PARTITION BY v.school_id, v.indicator_id
                                      ORDER BY v.ref_year DESC NULLS LAST, v.loaded_at DESC) AS rn
            FROM {CURRENT} v JOIN schools sc ON sc.id = v.school_id
            WHERE {cond} AND v.cadence IS NULL AND NOT v.is_target AND v.indicator_id IN ({marks})
        ) WHERE rn = 1
        ORDER BY coalesce(name_zh, name_en), indicator_id
        """,
        params + list(indicator_ids),
    )


def award_counts(con, filters: Filters) -> pd.DataFrame:
    cond, params = where(filters, school_col="a.school_id", year_col="a.year")
    return _df(
        con,
        f"""
        SELECT a.school_id, {_SCHOOL_COLUMNS}, a.level, count(*) AS honours
        FROM live_awards a JOIN schools sc ON sc.id = a.school_id
        WHERE {cond}
        GROUP BY ALL ORDER BY honours DESC
        """,
        params,
    )
