"""Current values and summaries: which figure is current for each school, indicator and year, and
the per-school tables the pages read, kept up to date by every load inside its transaction.

A sheet figure whose key had no current value when it was loaded is marked `sole`: it is its key's
current value as it stands, so `current_facts` (a view, etl/schema.sql) reads it in place. Every
other current value is resolved from all its sources into `resolved_facts`: a load, review or revert
that touches a school clears `sole` on that school's rows and resolves all its values.
"""

from __future__ import annotations

import duckdb


def source_values_sql(where: str = "TRUE") -> str:
    """One figure per source and key. A report's parts that share a key ("专题会6次 … 专题会4次") add
    up for flows, and for stocks the largest stands; every sheet row and correction is a source of
    its own. `where` filters live observations (alias o)."""
    return f"""
    SELECT school_id, indicator_id, ref_year, cadence, is_target, source_kind,
        'd' || document_id::VARCHAR AS source_key,
        max(batch_id) AS batch_id,
        CASE WHEN any_value(i.kind) = 'stock' THEN max(value) ELSE sum(value) END AS value,
        CASE
            WHEN count(DISTINCT qualifier) = 1 THEN any_value(qualifier)
            WHEN bool_or(qualifier = 'approx') THEN 'approx'
            WHEN bool_or(qualifier = 'at_least') AND bool_or(qualifier = 'at_most') THEN 'approx'
            WHEN bool_or(qualifier = 'at_least') THEN 'at_least'
            ELSE 'at_most'
        END AS qualifier,
        count(*) AS parts, min(o.id) AS first_id, arg_min(period_label, o.id) AS period_label,
        max(loaded_at) AS loaded_at
    FROM live_observations o JOIN indicators i ON i.id = o.indicator_id
    WHERE o.source_kind = 'report' AND ({where})
    GROUP BY ALL
    UNION ALL
    SELECT school_id, indicator_id, ref_year, cadence, is_target, source_kind,
        'b' || batch_id::VARCHAR || ':' || coalesce(sheet_row, o.id)::VARCHAR AS source_key,
        batch_id, value, qualifier, 1 AS parts, o.id AS first_id, period_label, loaded_at
    FROM live_observations o
    WHERE o.source_kind <> 'report' AND ({where})"""


SOURCE_RANK_SQL = "CASE source_kind WHEN 'correction' THEN 0 WHEN 'sheet' THEN 1 ELSE 2 END"


def current_values_sql(where: str = "TRUE") -> str:
    """The current value per school, indicator and year (rates and targets kept apart): correction
    over sheet over report, newest first; `has_conflict` when live sources disagree."""
    return f"""
    SELECT school_id, indicator_id, ref_year, cadence, is_target,
        unnest(arg_min(
            struct_pack(source_kind, batch_id, value, qualifier, parts, first_id, period_label, loaded_at),
            [{SOURCE_RANK_SQL}, -epoch(loaded_at)::BIGINT, -batch_id, -first_id])),
        count(DISTINCT value) > 1 AS has_conflict
    FROM ({source_values_sql(where)})
    GROUP BY school_id, indicator_id, ref_year, cadence, is_target"""


# Years as two bitmaps (bit n of years_a is 1949 + n, of years_b is 2012 + n): cheap to aggregate.
YEARS_A_SQL = "bit_or(CASE WHEN ref_year BETWEEN 1949 AND 2011 THEN 1::BIGINT << (ref_year - 1949) ELSE 0 END)"
YEARS_B_SQL = "bit_or(CASE WHEN ref_year BETWEEN 2012 AND 2074 THEN 1::BIGINT << (ref_year - 2012) ELSE 0 END)"


CURRENT_COLUMNS = ("school_id, indicator_id, ref_year, cadence, is_target, source_kind, batch_id, value, "
                   "qualifier, parts, first_id, period_label, loaded_at, has_conflict")


# The years a summary row has figures for (the undated ones counting as one), from its stored columns.
YEARS_WITH_DATA_SQL = "(bit_count({t}years_a) + bit_count({t}years_b) + {t}undated::INTEGER)"

SUMMARY_SQL = """
    SELECT school_id, indicator_id, figures, years_a, years_b, undated, latest.*
    FROM (
        SELECT school_id, indicator_id,
            count(*)::INTEGER AS figures,
            {years_a} AS years_a, {years_b} AS years_b, bool_or(ref_year IS NULL) AS undated,
            -- the newest total: newest year first (undated after dated), then the newest load
            arg_max(struct_pack(latest_value := value, latest_qualifier := qualifier, latest_year := ref_year,
                                latest_period := period_label, latest_source_kind := source_kind,
                                latest_first_id := first_id, latest_has_conflict := has_conflict),
                    coalesce(ref_year, 0)::BIGINT * 10000000000 + epoch(loaded_at)::BIGINT)
                FILTER (WHERE cadence IS NULL AND NOT is_target) AS latest
        FROM current_facts {where}
        GROUP BY school_id, indicator_id
    )""".replace("{years_a}", YEARS_A_SQL).replace("{years_b}", YEARS_B_SQL)

STATS_SQL = """
    SELECT school_id, sum(figures)::INTEGER AS figures, count(*)::INTEGER AS indicators,
           bit_or(years_a) AS years_a, bit_or(years_b) AS years_b
    FROM school_indicator_summary {where}
    GROUP BY school_id"""


def _refresh_summaries(con: duckdb.DuckDBPyConnection, touched: str | None) -> None:
    """The per-school-and-indicator summary and the per-school stats, for touched schools or all."""
    where = f"WHERE school_id IN ({touched})" if touched else ""
    if _has_table(con, "school_indicator_summary"):
        con.execute(f"DELETE FROM school_indicator_summary {where}")
        con.execute("INSERT INTO school_indicator_summary " + SUMMARY_SQL.format(where=where))
    refresh_school_stats(con, touched)


def refresh_school_stats(con: duckdb.DuckDBPyConnection, touched: str | None, new: bool = False) -> None:
    """The per-school stats from the summary, for the schools `touched` returns (or all); `new`:
    schools made by this batch, which have no stats to replace."""
    where = f"WHERE school_id IN ({touched})" if touched else ""
    if _has_table(con, "school_stats"):
        if not new:
            con.execute(f"DELETE FROM school_stats {where}")
        con.execute("INSERT INTO school_stats " + STATS_SQL.format(where=where))


def refresh_summaries(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every summary from current_facts (after a bulk write that keeps current_facts right)."""
    _refresh_summaries(con, None)


def _clear_sole(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """Sheet figures matching `where` stop standing in for their key's current value by themselves."""
    if _has_table(con, "sheet_values"):
        con.execute(f"UPDATE sheet_values SET sole = false WHERE sole AND ({where})")


def refresh_current(con: duckdb.DuckDBPyConnection, school_ids_sql: str | None = None, params: list | None = None) -> None:
    """Recompute the current values (the current_values view) into resolved_facts.

    With `school_ids_sql` (a query returning school ids) only those schools are recomputed: a load
    refreshes just what it touched. Their sheet figures lose `sole`, so every current value of a
    touched school is resolved. Call inside the load's transaction.
    """
    if school_ids_sql is None:
        _clear_sole(con, "TRUE")
        con.execute("DELETE FROM resolved_facts")
        con.execute(f"INSERT INTO resolved_facts SELECT {CURRENT_COLUMNS} FROM current_values")
        _refresh_summaries(con, None)
        return
    con.execute(f"CREATE OR REPLACE TEMP TABLE touched_schools AS SELECT DISTINCT * FROM ({school_ids_sql}) t(id)",
                params or [])
    _clear_sole(con, "school_id IN (SELECT id FROM touched_schools)")
    con.execute("DELETE FROM resolved_facts WHERE school_id IN (SELECT id FROM touched_schools)")
    # the filter sits at the scan of observations: recomputing a few schools reads only their rows
    touched = "o.school_id IN (SELECT id FROM touched_schools)"
    con.execute(f"INSERT INTO resolved_facts SELECT {CURRENT_COLUMNS} FROM ({current_values_sql(touched)})")
    _refresh_summaries(con, "SELECT id FROM touched_schools")
    con.execute("DROP TABLE touched_schools")


# A sheet batch is written through three temp tables, made by etl.sheets in the load's transaction:
#   sheet_school_map (school, school_id, is_new): every school the sheet names;
#   sheet_clashes (school_id, indicator_id, y): keys of the sheet that already had a current value;
#   batch_rows (a view): the batch's rows as written to sheet_values, `sole` unless their key clashes.
def find_sheet_clashes(con: duckdb.DuckDBPyConnection, rows: str) -> int:
    """Fill `sheet_clashes` with the keys among `rows` (school_id, indicator_id, year) that already
    have a current value; only schools that existed before the batch can have one."""
    con.execute("CREATE OR REPLACE TEMP TABLE sheet_clashes (school_id INTEGER, indicator_id VARCHAR, y SMALLINT)")
    if con.execute("SELECT count(*) FROM sheet_school_map WHERE NOT is_new").fetchone()[0]:
        con.execute(
            f"""INSERT INTO sheet_clashes
            SELECT DISTINCT f.school_id, f.indicator_id, f.ref_year
            FROM (SELECT * FROM {rows} WHERE school_id IN (SELECT school_id FROM sheet_school_map WHERE NOT is_new)) o
            JOIN current_facts f ON f.school_id = o.school_id AND f.indicator_id = o.indicator_id
                AND f.ref_year = o.year AND f.cadence IS NULL AND NOT f.is_target"""
        )
    return con.execute("SELECT count(*) FROM sheet_clashes").fetchone()[0]


def refresh_sheet_batch(con: duckdb.DuckDBPyConnection, batch_id: int) -> None:
    """The current values after a sheet batch, cheaply: its figures for keys that had no current value
    were written `sole` and are current as they stand; only the clashing keys are resolved again from
    all their sources. Then the summaries of the schools that existed before the batch."""
    if con.execute("SELECT count(*) FROM sheet_clashes").fetchone()[0]:
        keys = ("EXISTS (SELECT 1 FROM sheet_clashes c WHERE c.school_id = {t}.school_id "
                "AND c.indicator_id = {t}.indicator_id AND c.y = {t}.{year})")
        _clear_sole(con, keys.format(t="sheet_values", year="year"))
        con.execute("DELETE FROM resolved_facts WHERE cadence IS NULL AND NOT is_target AND "
                    + keys.format(t="resolved_facts", year="ref_year"))
        resolved = keys.format(t="o", year="ref_year") + " AND o.cadence IS NULL AND NOT o.is_target"
        con.execute(f"INSERT INTO resolved_facts SELECT {CURRENT_COLUMNS} FROM ({current_values_sql(resolved)})")
    # new schools' summaries were written with their rows (etl.sheets, from the sheet's groups)
    if con.execute("SELECT count(*) FROM sheet_school_map WHERE NOT is_new").fetchone()[0]:
        _refresh_summaries(con, "SELECT school_id FROM sheet_school_map WHERE NOT is_new")
    con.execute("DROP VIEW batch_rows")
    for table in ("sheet_clashes", "sheet_school_map"):
        con.execute(f"DROP TABLE {table}")


def relation_exists(con: duckdb.DuckDBPyConnection, relation: str) -> bool:
    """Whether a table or view of that name can be read. Binding a query is cheap, where listing
    duckdb_tables() inside a load's transaction is not; a missing one is an error of binding, which
    leaves the transaction usable."""
    try:
        con.execute(f"SELECT 1 FROM {relation} LIMIT 0")
    except duckdb.CatalogException:
        return False
    return True


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the warehouse has table `name` yet (migrations call the refreshes on older schemas;
    tests migrate from schema 1)."""
    return relation_exists(con, f"main.{name}")
