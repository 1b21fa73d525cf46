"""All reads of the dashboard: named functions (con, **params) -> DataFrame, bound parameters only.

Charts read `current_facts`: one current value per school, indicator and year (rates and targets
kept apart), maintained by every load (etl.current.refresh_current). The evidence page also reads
every live figure, so that conflicting sources stay visible.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.filters import Filters, region_sql, where
from etl.current import YEARS_WITH_DATA_SQL

CURRENT = "current_facts"
HEADLINE_INDICATORS = (
    "members_total", "members_full", "members_probationary", "activists", "party_lectures",
    "theme_party_days", "volunteer_sessions", "mentoring_pairs", "students_assisted",
)
MEMBERSHIP = ("members_full", "members_probationary", "activists")
OVERVIEW_SCHOOLS = 40  # the overview shows the best-covered schools; filters narrow to the others

def school_columns(region_level: str = "province") -> str:
    """A school's name, level and region (at the filters' level, as `region_top`) for a query's SELECT;
    `region_label` its place in full (province, city, district), else the region as it was given."""
    return (f"sc.name_zh, sc.name_en, sc.level, {region_sql(region_level)} AS region_top, "
            "coalesce(nullif(concat_ws('', sc.province, sc.city, sc.district), ''), sc.region) AS region_label")


_SCHOOL_COLUMNS = school_columns()


def _df(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    frame = con.execute(sql, params or []).df()
    # ENUM columns (qualifier, source kind, ...) arrive as pandas categoricals: plain strings on screen
    for column in frame.select_dtypes("category").columns:
        frame[column] = frame[column].astype(object)
    return frame


SUMMARY = "school_indicator_summary"


def years_list_sql(a: str = "years_a", b: str = "years_b", undated: str | None = "undated") -> str:
    """The years of two year bitmaps (see etl.current.YEARS_A_SQL) as a sorted list; 0 for undated."""
    zero = f"CASE WHEN {undated} THEN [0] ELSE [] END" if undated else "[]"
    return (f"list_concat({zero}, "
            f"list_transform(list_filter(range(0, 63), n -> (({a} >> n) & 1) = 1), n -> 1949 + n), "
            f"list_transform(list_filter(range(0, 63), n -> (({b} >> n) & 1) = 1), n -> 2012 + n))")


def _summary(filters: Filters) -> tuple[str, list]:
    """The per-school-and-indicator summary joined with the school (no year filter: see has_years)."""
    cond, params = where(filters, school_col="s.school_id", year_col=None)
    return (f"SELECT s.*, {school_columns(filters.region_level)} FROM {SUMMARY} s JOIN schools sc ON sc.id = s.school_id "
            f"WHERE {cond}",
            params)


def _year_masks(filters: Filters) -> tuple[int, int]:
    """Bitmaps of the filtered years, to test against a school's years (see etl.current.YEARS_A_SQL)."""
    lo = filters.year_from if filters.year_from is not None else 1949
    hi = filters.year_to if filters.year_to is not None else 2074
    a = sum(1 << (y - 1949) for y in range(max(lo, 1949), min(hi, 2011) + 1))
    b = sum(1 << (y - 2012) for y in range(max(lo, 2012), min(hi, 2074) + 1))
    return a, b


def top_schools_sql(filters: Filters) -> tuple[str, list]:
    """The best-covered schools in view (most indicators), from the per-school stats: cheap at any scale."""
    cond, params = where(filters, school_col="st.school_id", year_col=None)
    if has_years(filters):
        a, b = _year_masks(filters)
        cond += " AND ((st.years_a & ?) <> 0 OR (st.years_b & ?) <> 0)"
        params += [a, b]
    return (f"SELECT st.school_id FROM school_stats st JOIN schools sc ON sc.id = st.school_id WHERE {cond} "
            f"ORDER BY st.indicators DESC, st.school_id LIMIT ?", params)


def has_years(filters: Filters) -> bool:
    """A year range asks for per-year figures; without one the summary answers."""
    return filters.year_from is not None or filters.year_to is not None


def _facts(filters: Filters, *, keep_undated: bool = True) -> tuple[str, list]:
    """The filtered current facts joined with their school, as a CTE body."""
    cond, params = where(filters, school_col="v.school_id", year_col="v.ref_year", keep_undated=keep_undated)
    return (f"SELECT v.*, {school_columns(filters.region_level)} FROM {CURRENT} v JOIN schools sc ON sc.id = v.school_id "
            f"WHERE {cond}",
            params)


# ------------------------------------------------------------------ filters and catalog

def live_school_ids_sql() -> str:
    """Schools with any live figure (school_stats holds exactly those), honour or document."""
    return (
        "SELECT school_id FROM school_stats UNION SELECT school_id FROM live_awards "
        "UNION SELECT school_id FROM live_documents WHERE school_id IS NOT NULL"
    )


def schools(con, region_level: str = "province") -> pd.DataFrame:
    """Schools that have any live figure, honour or document, for the filter lists."""
    return _df(
        con,
        f"SELECT sc.id AS school_id, {school_columns(region_level)} FROM schools sc "
        f"WHERE sc.id IN ({live_school_ids_sql()}) ORDER BY coalesce(sc.name_zh, sc.name_en)",
    )


SCHOOL_LIST_MAX = 2000  # above this the filters search schools instead of listing them all


def filter_options(con, region_level: str = "province") -> dict:
    """What the sidebar offers: regions (at a level), levels and how many schools have data."""
    region = region_sql(region_level)
    regions, levels, count = con.execute(
        f"""SELECT list(DISTINCT {region}) FILTER (WHERE {region} IS NOT NULL), list(DISTINCT level), count(*)
        FROM schools sc WHERE id IN ({live_school_ids_sql()})"""
    ).fetchone()
    return {"regions": sorted(regions or []), "levels": sorted(levels or []), "schools": count}


def useful_region_level(con) -> str:
    """The widest level at which the schools with data lie in more than one place: a province's
    warehouse starts at cities, one city's at its districts."""
    counts = con.execute(
        f"""SELECT count(DISTINCT {region_sql('province')}), count(DISTINCT {region_sql('city')})
        FROM schools sc WHERE id IN ({live_school_ids_sql()})"""
    ).fetchone()
    if counts[0] > 1:
        return "province"
    return "city" if counts[1] > 1 else "district"


def search_schools(con, text: str = "", regions: tuple[str, ...] = (), levels: tuple[str, ...] = (),
                   limit: int = 50, region_level: str = "province") -> pd.DataFrame:
    """Schools whose name contains `text` (within the region and level filters), for a picker."""
    cond, params = where(Filters(regions=regions, levels=levels, region_level=region_level), school_col="sc.id",
                         year_col=None)
    return _df(
        con,
        f"""SELECT sc.id AS school_id, {school_columns(region_level)} FROM schools sc
        WHERE {cond} AND sc.id IN ({live_school_ids_sql()}) AND (coalesce(sc.name_zh, '') ILIKE ? OR coalesce(sc.name_en, '') ILIKE ?)
        ORDER BY coalesce(sc.name_zh, sc.name_en) LIMIT ?""",
        params + [f"%{text}%", f"%{text}%", limit],
    )


def schools_by_ids(con, ids: tuple[int, ...], region_level: str = "province") -> pd.DataFrame:
    if not ids:
        return pd.DataFrame(columns=["school_id", "name_zh", "name_en", "level", "region_top", "region_label"])
    marks = ", ".join("?" for _ in ids)
    return _df(con, f"SELECT sc.id AS school_id, {school_columns(region_level)} FROM schools sc "
                    f"WHERE sc.id IN ({marks})", list(ids))


def year_bounds(con) -> tuple[int | None, int | None]:
    row = con.execute(
        f"SELECT min(y), max(y) FROM (SELECT ref_year AS y FROM {CURRENT} UNION ALL SELECT year FROM live_awards)"
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def indicators(con) -> pd.DataFrame:
    return _df(con, "SELECT id, category, name_zh, name_en, unit, kind, max_value FROM indicators ORDER BY rowid")


def indicator_school_counts(con, filters: Filters) -> pd.DataFrame:
    """For each indicator, how many schools have a total (not a rate, not a target)."""
    if not has_years(filters):
        summary, params = _summary(filters)
        return _df(con, f"SELECT indicator_id, count(*) AS schools FROM ({summary}) WHERE latest_value IS NOT NULL "
                        "GROUP BY indicator_id", params)
    facts, params = _facts(filters)
    return _df(
        con,
        f"SELECT indicator_id, count(DISTINCT school_id) AS schools FROM ({facts}) "
        "WHERE cadence IS NULL AND NOT is_target GROUP BY indicator_id",
        params,
    )


def indicator_years(con, indicator: str, filters: Filters) -> pd.DataFrame:
    """The years with a total for this indicator, newest first, with how many schools report one."""
    facts, params = _facts(filters)
    return _df(
        con,
        f"SELECT ref_year, count(DISTINCT school_id) AS schools FROM ({facts}) WHERE indicator_id = ? "
        "AND ref_year IS NOT NULL AND cadence IS NULL AND NOT is_target GROUP BY ref_year ORDER BY ref_year DESC",
        params + [indicator],
    )


# ------------------------------------------------------------------ overview

def overview_kpis(con, filters: Filters) -> pd.DataFrame:
    dcond, dparams = where(filters, school_col="d.school_id", year_col=None)
    if not has_years(filters):
        cond, params = where(filters, school_col="st.school_id", year_col=None)
        return _df(
            con,
            f"""
            WITH s AS (SELECT st.* FROM school_stats st JOIN schools sc ON sc.id = st.school_id WHERE {cond}),
                 bits AS (SELECT bit_or(years_a) AS a, bit_or(years_b) AS b FROM s),
                 y AS (SELECT unnest({years_list_sql("a", "b", None)}) AS y FROM bits),
                 d AS (SELECT d.id FROM live_documents d JOIN schools sc ON sc.id = d.school_id WHERE {dcond})
            SELECT
                (SELECT count(*) FROM s) AS schools,
                (SELECT count(*) FROM d) AS reports,
                (SELECT coalesce(sum(figures), 0) FROM s) AS figures,
                (SELECT count(*) FROM y WHERE y > 0) AS years,
                (SELECT min(y) FROM y WHERE y > 0) AS year_min,
                (SELECT max(y) FROM y WHERE y > 0) AS year_max
            """,
            params + dparams,
        )
    # a year range: schools and years from the per-school year bitmaps, figures counted in range
    cond, params = where(filters, school_col="st.school_id", year_col=None)
    a, b = _year_masks(filters)
    fcond, fparams = where(filters, school_col="v.school_id", year_col="v.ref_year", keep_undated=False)
    return _df(
        con,
        f"""
        WITH s AS (SELECT st.school_id, st.years_a & ? AS a, st.years_b & ? AS b FROM school_stats st
                   JOIN schools sc ON sc.id = st.school_id WHERE {cond}),
             s_in AS (SELECT * FROM s WHERE a <> 0 OR b <> 0),
             bits AS (SELECT bit_or(a) AS a, bit_or(b) AS b FROM s_in),
             y AS (SELECT unnest({years_list_sql("a", "b", None)}) AS y FROM bits),
             d AS (SELECT d.id FROM live_documents d JOIN schools sc ON sc.id = d.school_id WHERE {dcond})
        SELECT
            (SELECT count(*) FROM s_in) AS schools,
            (SELECT count(*) FROM d) AS reports,
            (SELECT count(*) FROM {CURRENT} v JOIN schools sc ON sc.id = v.school_id WHERE {fcond}) AS figures,
            (SELECT count(*) FROM y) AS years,
            (SELECT min(y) FROM y) AS year_min,
            (SELECT max(y) FROM y) AS year_max
        """,
        [a, b] + params + dparams + fparams,
    )


def coverage(con, filters: Filters, limit: int = OVERVIEW_SCHOOLS) -> pd.DataFrame:
    """School x indicator: how many distinct years have data (an undated figure counts as one), for the
    `limit` schools with the most indicators covered."""
    top, top_params = top_schools_sql(filters)
    if not has_years(filters):
        return _df(
            con,
            f"""
            WITH top AS ({top})
            SELECT s.school_id, {school_columns(filters.region_level)}, s.indicator_id, i.name_zh AS indicator_zh,
                   i.name_en AS indicator_en, i.category, {YEARS_WITH_DATA_SQL.format(t="s.")} AS years_with_data,
                   s.figures,
                   {years_list_sql("s.years_a", "s.years_b", "s.undated")} AS years
            FROM {SUMMARY} s JOIN schools sc ON sc.id = s.school_id JOIN indicators i ON i.id = s.indicator_id
            WHERE s.school_id IN (SELECT school_id FROM top)
            ORDER BY coalesce(sc.name_zh, sc.name_en), i.category
            """,
            top_params + [limit],
        )
    facts, params = _facts(filters)
    return _df(
        con,
        f"""
        WITH top AS ({top}),
        v AS ({facts} AND v.school_id IN (SELECT school_id FROM top))
        SELECT * FROM (
            SELECT v.school_id, any_value(v.name_zh) AS name_zh, any_value(v.name_en) AS name_en,
                   any_value(v.level) AS level, any_value(v.region_top) AS region_top, v.indicator_id,
                   any_value(i.name_zh) AS indicator_zh, any_value(i.name_en) AS indicator_en,
                   any_value(i.category) AS category,
                   count(DISTINCT coalesce(v.ref_year, 0)) AS years_with_data, count(*) AS figures,
                   list_sort(list(DISTINCT coalesce(v.ref_year, 0))) AS years
            FROM v JOIN indicators i ON i.id = v.indicator_id
            GROUP BY v.school_id, v.indicator_id
        ) ORDER BY coalesce(name_zh, name_en), category
        """,
        top_params + [limit] + params,
    )


def region_counts(con, filters: Filters) -> pd.DataFrame:
    """Per region at the filters' level (`region`; None, last, where a school's is unknown): how many
    schools have figures under the filters, and how many figures; most schools first."""
    if not has_years(filters):
        summary, params = _summary(filters)
        source = f"SELECT school_id, region_top, figures FROM ({summary})"
    else:
        facts, params = _facts(filters)
        source = f"SELECT school_id, region_top, 1 AS figures FROM ({facts})"
    return _df(
        con,
        f"""SELECT region_top AS region, count(DISTINCT school_id) AS schools, sum(figures)::BIGINT AS figures
        FROM ({source}) GROUP BY region_top ORDER BY region IS NULL, schools DESC, figures DESC, region""",
        params,
    )


def latest_values(con, filters: Filters, indicator_ids: tuple[str, ...] = HEADLINE_INDICATORS,
                  limit: int = OVERVIEW_SCHOOLS) -> pd.DataFrame:
    """Each school's most recent total (not a rate, not a target) for the given indicators, for the
    `limit` best-covered schools."""
    marks = ", ".join("?" for _ in indicator_ids)
    top, top_params = top_schools_sql(filters)
    if not has_years(filters):
        return _df(
            con,
            f"""
            WITH top AS ({top})
            SELECT s.school_id, sc.name_zh, sc.name_en, sc.level, {region_sql(filters.region_level)}
                   AS region_top, s.indicator_id, s.latest_value AS value, s.latest_qualifier AS qualifier,
                   s.latest_year AS ref_year, s.latest_period AS period_label, s.latest_source_kind AS source_kind
            FROM {SUMMARY} s JOIN schools sc ON sc.id = s.school_id
            WHERE s.school_id IN (SELECT school_id FROM top) AND s.latest_value IS NOT NULL
                  AND s.indicator_id IN ({marks})
            ORDER BY coalesce(sc.name_zh, sc.name_en), s.indicator_id
            """,
            top_params + [limit] + list(indicator_ids),
        )
    facts, params = _facts(filters)
    return _df(
        con,
        f"""
        WITH top AS ({top}),
        v AS ({facts} AND v.school_id IN (SELECT school_id FROM top))
        SELECT * EXCLUDE (rn) FROM (
            SELECT v.school_id, v.name_zh, v.name_en, v.level, v.region_top, v.indicator_id, v.value, v.qualifier,
                   v.ref_year, v.period_label, v.source_kind,
                   row_number() OVER (PARTITION BY v.school_id, v.indicator_id
                                      ORDER BY v.ref_year DESC NULLS LAST, v.loaded_at DESC) AS rn
            FROM v WHERE v.cadence IS NULL AND NOT v.is_target AND v.indicator_id IN ({marks})
        ) WHERE rn = 1
        ORDER BY coalesce(name_zh, name_en), indicator_id
        """,
        top_params + [limit] + params + list(indicator_ids),
    )


# ------------------------------------------------------------------ compare

COMPARE_LIMIT = 60  # bars a chart can show; the filters narrow to the others


def compare_values(con, filters: Filters, indicator: str, year: int | None = None,
                   limit: int = COMPARE_LIMIT) -> pd.DataFrame:
    """One total per school for an indicator — the given year, or each school's latest (year None) —
    for the `limit` schools with the largest values (`schools_total` says how many there are).

    With the source of each figure and the school's membership for the same year (members_total, else
    full plus probationary members), for the "per 10 members" view.
    """
    if year is None and not has_years(filters):
        summary, params = _summary(filters)
        picked_sql = f"""
            SELECT school_id, name_zh, name_en, level, region_top, latest_value AS value, latest_qualifier AS qualifier,
                   latest_year AS ref_year, latest_period AS period_label, latest_source_kind AS source_kind,
                   latest_has_conflict AS has_conflict, latest_first_id AS first_id
            FROM ({summary}) WHERE indicator_id = ? AND latest_value IS NOT NULL"""
        params = params + [indicator]
    else:
        facts, params = _facts(filters)
        year_cond = "ref_year = ?" if year is not None else "TRUE"
        picked_sql = f"""
            SELECT * EXCLUDE (rn) FROM (
                SELECT v.*, row_number() OVER (PARTITION BY school_id
                                               ORDER BY ref_year DESC NULLS LAST, loaded_at DESC) AS rn
                FROM ({facts}) v WHERE indicator_id = ? AND cadence IS NULL AND NOT is_target AND {year_cond}
            ) WHERE rn = 1"""
        params = params + [indicator] + ([year] if year is not None else [])
    return _df(
        con,
        f"""
        WITH all_picked AS ({picked_sql}),
        picked AS (SELECT *, count(*) OVER () AS schools_total FROM all_picked ORDER BY value DESC, school_id LIMIT ?),
        members AS (
            SELECT school_id, ref_year,
                   coalesce(max(value) FILTER (WHERE indicator_id = 'members_total'),
                            max(value) FILTER (WHERE indicator_id = 'members_full')
                            + coalesce(max(value) FILTER (WHERE indicator_id = 'members_probationary'), 0))
                       AS members
            FROM {CURRENT}
            WHERE indicator_id IN ('members_total', 'members_full', 'members_probationary')
              AND cadence IS NULL AND NOT is_target AND school_id IN (SELECT school_id FROM picked)
            GROUP BY school_id, ref_year
        )
        SELECT p.school_id, p.name_zh, p.name_en, p.level, p.region_top, p.value, p.qualifier, p.ref_year,
               p.period_label, p.source_kind, p.has_conflict, p.schools_total, m.members,
               o.evidence, o.sheet_row, d.file_name AS document, b.file_name AS batch_file
        FROM picked p
        LEFT JOIN members m ON m.school_id = p.school_id AND coalesce(m.ref_year, 0) = coalesce(p.ref_year, 0)
        LEFT JOIN observations o ON o.id = p.first_id
        LEFT JOIN documents d ON d.id = o.document_id
        LEFT JOIN batches b ON b.id = o.batch_id
        ORDER BY p.value DESC
        """,
        params + [limit],
    )


def left_out_counts(con, filters: Filters, indicator: str) -> pd.DataFrame:
    """How many rates and targets a totals chart leaves out for this indicator."""
    facts, params = _facts(filters)
    return _df(
        con,
        f"SELECT count(*) FILTER (WHERE cadence IS NOT NULL) AS rates, count(*) FILTER (WHERE is_target) AS targets "
        f"FROM ({facts}) WHERE indicator_id = ?",
        params + [indicator],
    )


# ------------------------------------------------------------------ trends

def trend_values(con, filters: Filters, indicator: str) -> pd.DataFrame:
    """Every dated figure of an indicator: totals and targets (rates apart), by school and year."""
    facts, params = _facts(filters, keep_undated=False)
    return _df(
        con,
        f"""SELECT school_id, name_zh, name_en, ref_year, value, qualifier, is_target, source_kind, period_label
        FROM ({facts}) WHERE indicator_id = ? AND cadence IS NULL AND ref_year IS NOT NULL
        ORDER BY school_id, ref_year""",
        params + [indicator],
    )


def trend_schools(con, filters: Filters, indicator: str, limit: int = 8) -> list[int]:
    """The schools with the most dated figures for an indicator (the trends page's default choice)."""
    if not has_years(filters):
        summary, params = _summary(filters)
        rows = con.execute(
            f"SELECT school_id FROM ({summary}) WHERE indicator_id = ? AND (years_a <> 0 OR years_b <> 0) "
            f"ORDER BY {YEARS_WITH_DATA_SQL.format(t='')} DESC, school_id LIMIT ?", params + [indicator, limit]).fetchall()
        return [r[0] for r in rows]
    facts, params = _facts(filters, keep_undated=False)
    rows = con.execute(
        f"SELECT school_id FROM ({facts}) WHERE indicator_id = ? AND ref_year IS NOT NULL AND cadence IS NULL "
        "GROUP BY school_id ORDER BY count(*) DESC, school_id LIMIT ?",
        params + [indicator, limit],
    ).fetchall()
    return [r[0] for r in rows]


def rate_values(con, filters: Filters, indicator: str | None = None) -> pd.DataFrame:
    """Figures stated as rates ("每月1次"), with their cadence; never summed with totals."""
    facts, params = _facts(filters)
    extra, extra_params = ("AND indicator_id = ?", [indicator]) if indicator else ("", [])
    return _df(
        con,
        f"""SELECT v.school_id, v.name_zh, v.name_en, v.indicator_id, i.name_zh AS indicator_zh,
               i.name_en AS indicator_en, v.cadence, v.value, v.qualifier, v.ref_year, v.period_label, v.is_target
        FROM ({facts}) v JOIN indicators i ON i.id = v.indicator_id
        WHERE v.cadence IS NOT NULL {extra}
        ORDER BY v.school_id, v.indicator_id""",
        params + extra_params,
    )


def membership_composition(con, filters: Filters) -> pd.DataFrame:
    """Full and probationary members and activists per school and year (dated totals)."""
    facts, params = _facts(filters, keep_undated=False)
    marks = ", ".join("?" for _ in MEMBERSHIP)
    return _df(
        con,
        f"""SELECT school_id, name_zh, name_en, ref_year, indicator_id, value, qualifier
        FROM ({facts}) WHERE indicator_id IN ({marks}) AND cadence IS NULL AND NOT is_target
              AND ref_year IS NOT NULL
        ORDER BY school_id, ref_year""",
        params + list(MEMBERSHIP),
    )


# ------------------------------------------------------------------ school profile

def school_card(con, school_id: int) -> pd.DataFrame:
    return _df(
        con,
        f"SELECT sc.id AS school_id, {_SCHOOL_COLUMNS}, sc.province, sc.city, sc.district, "
        "(SELECT list(spelling ORDER BY spelling) FROM school_aliases WHERE school_id = sc.id) AS aliases "
        "FROM schools sc WHERE sc.id = ?",
        [school_id],
    )


def school_admin_card(con, school_id: int) -> pd.DataFrame:
    """A school as the schools page edits it: its names, region, level and every spelling of it."""
    return _df(
        con,
        """SELECT sc.id AS school_id, sc.name_zh, sc.name_en, sc.region, sc.level, sc.province, sc.city, sc.district,
               list(a.spelling ORDER BY a.spelling) FILTER (WHERE a.alias IS NOT NULL) AS spellings,
               list(a.alias ORDER BY a.spelling) FILTER (WHERE a.alias IS NOT NULL) AS alias_keys
        FROM schools sc LEFT JOIN school_aliases a ON a.school_id = sc.id WHERE sc.id = ? GROUP BY ALL""",
        [school_id],
    )


def school_documents(con, school_id: int) -> pd.DataFrame:
    return _df(
        con,
        """SELECT d.id AS document_id, d.file_name, d.title, d.doc_type, d.published, d.lang,
               d.text IS NOT NULL AS has_text,
               (SELECT count(*) FROM live_observations o WHERE o.document_id = d.id) AS figures
        FROM live_documents d WHERE d.school_id = ? ORDER BY d.published DESC NULLS LAST, d.id""",
        [school_id],
    )


def school_figures(con, school_id: int) -> pd.DataFrame:
    """All of a school's current figures with category, period, qualifier and source."""
    return _df(
        con,
        f"""SELECT v.indicator_id, i.category, i.name_zh AS indicator_zh, i.name_en AS indicator_en, i.unit,
               v.ref_year, v.period_label, v.value, v.qualifier, v.cadence, v.is_target, v.source_kind,
               v.has_conflict, o.evidence, o.sheet_row, d.file_name AS document, b.file_name AS batch_file
        FROM {CURRENT} v JOIN indicators i ON i.id = v.indicator_id
        LEFT JOIN observations o ON o.id = v.first_id
        LEFT JOIN documents d ON d.id = o.document_id
        LEFT JOIN batches b ON b.id = o.batch_id
        WHERE v.school_id = ?
        ORDER BY i.rowid, v.ref_year DESC NULLS LAST""",
        [school_id],
    )


def school_awards(con, school_id: int) -> pd.DataFrame:
    return _df(
        con,
        """SELECT a.id, a.year, a.title, a.level, a.recipient, a.evidence, a.source_kind, d.file_name AS document
        FROM live_awards a LEFT JOIN documents d ON d.id = a.document_id
        WHERE a.school_id = ? ORDER BY a.year NULLS LAST, a.id""",
        [school_id],
    )


def peer_medians(con, school_id: int) -> pd.DataFrame:
    """The school's latest total per indicator beside the median latest total of schools of its level."""
    return _df(
        con,
        f"""
        WITH latest AS (
            SELECT s.school_id, s.indicator_id, s.latest_value AS value, s.latest_qualifier AS qualifier,
                   s.latest_year AS ref_year
            FROM {SUMMARY} s JOIN schools sc ON sc.id = s.school_id
            WHERE sc.level = (SELECT level FROM schools WHERE id = ?) AND s.latest_value IS NOT NULL
        ),
        mine AS (SELECT * FROM latest WHERE school_id = ?),
        peers AS (SELECT indicator_id, median(value) AS median, count(*) AS schools FROM latest
                  WHERE indicator_id IN (SELECT indicator_id FROM mine) GROUP BY indicator_id)
        SELECT l.indicator_id, i.name_zh AS indicator_zh, i.name_en AS indicator_en, i.category,
               l.value, l.qualifier, l.ref_year, p.median, p.schools
        FROM mine l JOIN peers p USING (indicator_id) JOIN indicators i ON i.id = l.indicator_id
        ORDER BY i.rowid
        """,
        [school_id, school_id],
    )


def award_counts(con, filters: Filters) -> pd.DataFrame:
    cond, params = where(filters, school_col="a.school_id", year_col="a.year")
    return _df(
        con,
        f"""
        SELECT a.school_id, any_value(sc.name_zh) AS name_zh, any_value(sc.name_en) AS name_en, a.level,
               count(*) AS honours
        FROM live_awards a JOIN schools sc ON sc.id = a.school_id
        WHERE {cond}
        GROUP BY a.school_id, a.level ORDER BY honours DESC
        """,
        params,
    )


# ------------------------------------------------------------------ evidence and review

EVIDENCE_LIMIT = 500


def evidence_rows(con, filters: Filters, indicator_ids: tuple[str, ...] = (), source_kinds: tuple[str, ...] = (),
                  statuses: tuple[str, ...] = (), conflicts_only: bool = False, search: str = "",
                  limit: int = EVIDENCE_LIMIT) -> pd.DataFrame:
    """Every figure (including set-aside ones, which carry their status) with school, source and
    whether the sources for its school, indicator and year disagree."""
    cond, params = where(filters, school_col="o.school_id", year_col="coalesce(o.year, o.period_end)")
    clauses = [cond]
    for column, values in (("o.indicator_id", indicator_ids), ("o.source_kind", source_kinds),
                           ("o.review_status", statuses)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params += list(values)
    if search:
        clauses.append("(o.evidence ILIKE ? OR sc.name_zh ILIKE ? OR sc.name_en ILIKE ? OR d.file_name ILIKE ?)")
        params += [f"%{search}%"] * 4
    if conflicts_only:
        clauses.append("ck.school_id IS NOT NULL")
    return _df(
        con,
        f"""
        WITH ck AS (
            SELECT DISTINCT school_id, indicator_id, coalesce(ref_year, 0) AS y, cadence, is_target
            FROM {CURRENT} WHERE has_conflict
        ),
        picked AS (
            SELECT o.id, ck.school_id IS NOT NULL AS has_conflict
            FROM observations o
            JOIN batches b ON b.id = o.batch_id AND b.status = 'committed'
            JOIN schools sc ON sc.id = o.school_id
            LEFT JOIN documents d ON d.id = o.document_id
            LEFT JOIN ck ON ck.school_id = o.school_id AND ck.indicator_id = o.indicator_id
                AND ck.y = coalesce(o.year, o.period_end, 0) AND ck.cadence IS NOT DISTINCT FROM o.cadence
                AND ck.is_target = o.is_target
            WHERE {' AND '.join(clauses)}
            ORDER BY has_conflict DESC, o.review_status = 'pending' DESC, o.id DESC
            LIMIT ?
        )
        SELECT o.id, o.school_id, sc.name_zh, sc.name_en, o.indicator_id, i.name_zh AS indicator_zh,
               i.name_en AS indicator_en, coalesce(o.year, o.period_end) AS ref_year, o.year, o.period_label,
               o.value, o.qualifier, o.cadence, o.is_target, o.source_kind, o.review_status, o.evidence,
               o.sheet_row, o.span_start, o.span_end, o.document_id, d.file_name AS document,
               b.file_name AS batch_file, o.batch_id, b.who, b.created_at, o.corrects_id, o.note, p.has_conflict
        FROM picked p JOIN observations o ON o.id = p.id
        JOIN batches b ON b.id = o.batch_id
        JOIN schools sc ON sc.id = o.school_id
        JOIN indicators i ON i.id = o.indicator_id
        LEFT JOIN documents d ON d.id = o.document_id
        ORDER BY p.has_conflict DESC, o.review_status = 'pending' DESC, o.id DESC
        """,
        params + [limit],
    )


def evidence_detail(con, observation_id: int) -> pd.DataFrame:
    """One figure with its document's text (for the sentence) and its review history."""
    return _df(
        con,
        """SELECT o.*, d.text AS document_text, d.file_name AS document, d.title AS document_title,
               b.file_name AS batch_file, b.who, b.created_at, sc.name_zh, sc.name_en,
               i.name_zh AS indicator_zh, i.name_en AS indicator_en
        FROM observations o JOIN batches b ON b.id = o.batch_id JOIN schools sc ON sc.id = o.school_id
        JOIN indicators i ON i.id = o.indicator_id LEFT JOIN documents d ON d.id = o.document_id
        WHERE o.id = ?""",
        [observation_id],
    )


def review_history(con, observation_id: int) -> pd.DataFrame:
    return _df(
        con,
        """SELECT r.action, r.note, r.previous_status, b.who, b.created_at, b.status AS batch_status, b.id AS batch_id,
               c.value AS corrected_value, c.qualifier AS corrected_qualifier, c.year AS corrected_year,
               c.indicator_id AS corrected_indicator
        FROM reviews r JOIN batches b ON b.id = r.batch_id LEFT JOIN observations c ON c.id = r.correction_id
        WHERE r.observation_id = ? ORDER BY b.created_at DESC""",
        [observation_id],
    )


def conflict_count(con, filters: Filters) -> int:
    facts, params = _facts(filters)
    return con.execute(f"SELECT count(*) FROM ({facts}) WHERE has_conflict", params).fetchone()[0]


def evidence_awards(con, filters: Filters, search: str = "", limit: int = EVIDENCE_LIMIT) -> pd.DataFrame:
    cond, params = where(filters, school_col="a.school_id", year_col="a.year")
    if search:
        cond += " AND (a.title ILIKE ? OR a.evidence ILIKE ? OR sc.name_zh ILIKE ? OR d.file_name ILIKE ?)"
        params += [f"%{search}%"] * 4
    return _df(
        con,
        f"""SELECT a.id, a.school_id, sc.name_zh, sc.name_en, a.year, a.title, a.level, a.recipient, a.evidence,
               a.source_kind, d.file_name AS document
        FROM live_awards a JOIN schools sc ON sc.id = a.school_id LEFT JOIN documents d ON d.id = a.document_id
        WHERE {cond} ORDER BY a.id DESC LIMIT ?""",
        params + [limit],
    )


def open_candidates(con, filters: Filters, search: str = "", limit: int = EVIDENCE_LIMIT) -> pd.DataFrame:
    """Numbers of reports that no rule assigned and no analyst has decided on yet, newest report first."""
    cond, params = where(filters, school_col="c.school_id", year_col="c.year")
    if search:
        cond += " AND (c.evidence ILIKE ? OR sc.name_zh ILIKE ? OR sc.name_en ILIKE ? OR d.file_name ILIKE ?)"
        params += [f"%{search}%"] * 4
    return _df(
        con,
        f"""SELECT c.id, c.school_id, sc.name_zh, sc.name_en, c.value, c.qualifier, c.unit, c.year, c.evidence,
               c.reason, c.span_start, c.span_end, c.document_id, d.file_name AS document
        FROM open_candidates c JOIN schools sc ON sc.id = c.school_id JOIN documents d ON d.id = c.document_id
        WHERE {cond} ORDER BY c.batch_id DESC, c.span_start LIMIT ?""",
        params + [limit],
    )


def candidate_text(con, document_id: int) -> str | None:
    row = con.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
    return row[0] if row else None


def source_counts(con, filters: Filters) -> tuple[int, int]:
    """How many reports and sheets the figures in view come from (for an export's source line)."""
    facts, params = _facts(filters)
    row = con.execute(
        f"""SELECT count(DISTINCT o.document_id) FILTER (WHERE o.source_kind = 'report'),
                   count(DISTINCT o.batch_id) FILTER (WHERE o.source_kind = 'sheet')
        FROM ({facts}) v JOIN observations o ON o.id = v.first_id""",
        params,
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def figure_sources(con, filters: Filters, indicator: str) -> pd.DataFrame:
    """The files the dated totals of an indicator under the filters come from (a trend chart's
    sources): each report's file name, each sheet's upload name."""
    facts, params = _facts(filters, keep_undated=False)
    return _df(
        con,
        f"""SELECT DISTINCT o.source_kind, d.file_name AS document, b.file_name AS batch_file
        FROM ({facts}) v JOIN observations o ON o.id = v.first_id
        LEFT JOIN documents d ON d.id = o.document_id LEFT JOIN batches b ON b.id = o.batch_id
        WHERE v.indicator_id = ? AND v.cadence IS NULL AND v.ref_year IS NOT NULL""",
        params + [indicator],
    )


def award_sources(con, filters: Filters) -> pd.DataFrame:
    """The files the honours under the filters come from (an honours chart's sources)."""
    cond, params = where(filters, school_col="a.school_id", year_col="a.year")
    return _df(
        con,
        f"""SELECT DISTINCT a.source_kind, d.file_name AS document, b.file_name AS batch_file
        FROM live_awards a JOIN schools sc ON sc.id = a.school_id
        LEFT JOIN documents d ON d.id = a.document_id LEFT JOIN batches b ON b.id = a.batch_id
        WHERE {cond}""",
        params,
    )


def saved_views(con) -> list:
    """Every saved view (etl.saved.SavedView), by name."""
    from etl import saved

    return saved.listing(con)


def account(con, login: str):
    """The account the name given at a login names (etl.accounts.Account), or None."""
    from etl import accounts

    return accounts.find(con, login)


def batch_history(con) -> pd.DataFrame:
    """Every load, newest first (the upload page's history; etl.load.batches_frame)."""
    from etl.load import batches_frame

    return batches_frame(con)


def dependent_batches(con, batch_id: int) -> list[int]:
    """The reviews and decisions a revert of `batch_id` would withdraw (etl.load.dependent_batches)."""
    from etl.load import dependent_batches as dependents

    return dependents(con, batch_id)


def snapshot_before(con, batch_id: int) -> int:
    """The DuckLake snapshot just before batch `batch_id` committed (etl.lake.snapshot_before)."""
    from etl.lake import snapshot_before as before

    return before(con, batch_id)
