"""Problems: every row a sheet cannot load, with its row, column, reason and suggestion."""

from __future__ import annotations

import datetime as dt
import re

import duckdb

from etl import catalog
from etl.current import YEARS_A_SQL, YEARS_B_SQL
from etl.qualifiers import QUALIFIERS
from etl.sheets.layout import _indicator_name, suggest_indicator
from etl.sheets.model import Problem, StagedSheet
from etl.sheets.staging import _QUALIFIER_LIST, map_indicators, rows_view
from etl.sheets.values import SPACE
from etl.textnorm import name_problem
from etl.warehouse import sql_string

_COMPLETE = "school IS NOT NULL AND year IS NOT NULL AND indicator_id IS NOT NULL AND value IS NOT NULL"


def problems(con: duckdb.DuckDBPyConnection, staged: StagedSheet, restage=None) -> list[Problem]:
    """Every problem of the staged sheet. `restage()` stages it again with its cells as written, as
    plain text (staging.stage's `as_text`), which the descriptions of problems quote."""
    name, layout = staged.file, staged.layout
    next_year = dt.date.today().year + 1
    col_name = {role: layout.header[i] for i, role in layout.roles.items()}
    found: list[Problem] = []
    limits = ", ".join(f"({sql_string(i.id)}, {float(i.max_value)}, {sql_string(i.name_zh)})"
                       for i in catalog.load_catalog())
    con.execute(f"CREATE OR REPLACE TEMP TABLE {staged.limits} AS SELECT indicator_id::VARCHAR AS indicator_id, "
                f"max_value::DOUBLE AS max_value, name_zh::VARCHAR AS name_zh "
                f"FROM (VALUES {limits}) t(indicator_id, max_value, name_zh)")
    # One pass over the rows, grouped by school and indicator label, learns whether anything is wrong
    # and whether any key repeats (a school and indicator with more figures than distinct years); the
    # row-by-row queries below run only then. The groups are also what the preview, the write and the
    # summaries of new schools need.
    given = frozenset(layout.roles.values())
    key = _group(con, staged, next_year, given)
    # summed per indicator (a few dozen rows) before the indicator's map and limit are joined
    if key == "indicator_text":
        indicator, maps = "m.indicator_id", f"LEFT JOIN {staged.indicator_map} m ON m.label = p.k"
    else:
        indicator, maps = "p.k", ""
    bad, repeated = con.execute(
        f"""SELECT bool_or(p.row_bad OR {indicator} IS NULL OR p.max_value > l.max_value), sum(p.repeated)
        FROM (SELECT {key} AS k, bool_or(row_bad OR school IS NULL) AS row_bad, max(max_value) AS max_value,
                     sum(figures) - sum(bit_count(years_a) + bit_count(years_b)) AS repeated
              FROM {staged.stored_groups} GROUP BY {key}) p
        {maps} LEFT JOIN {staged.limits} l ON l.indicator_id = {indicator}""").fetchone()
    if not bad:
        return _conflicts(con, staged, col_name.get("value"), repeated, next_year, given)
    if restage is not None:
        restage()
        rows_view(con, staged)

    def add(sql: str, column: str | None, reason, suggestion=None):
        """`reason(row)` gives (English, Chinese)."""
        for row in con.execute(sql).fetchall():
            en, zh = reason(row)
            found.append(Problem(name, row[0], column, en, suggestion(row) if suggestion else "", reason_zh=zh))

    add(f"SELECT DISTINCT sheet_row FROM {staged.rows} WHERE school IS NULL ORDER BY 1", col_name.get("school"),
        lambda r: ("the school is empty", "学校为空"))
    add(f"SELECT DISTINCT sheet_row, year_text FROM {staged.rows} WHERE year_text IS NULL ORDER BY 1",
        col_name.get("year"), lambda r: ("the year is empty", "年份为空"))
    add(f"SELECT DISTINCT sheet_row, year_text FROM {staged.rows} WHERE year_text IS NOT NULL AND year IS NULL ORDER BY 1",
        col_name.get("year"), lambda r: (f"the year {r[1]!r} is not a whole number", f"年份“{r[1]}”不是整数"))
    add(f"SELECT DISTINCT sheet_row, year FROM {staged.rows} WHERE year NOT BETWEEN 1949 AND {next_year} ORDER BY 1",
        col_name.get("year"), lambda r: (f"the year {r[1]} is outside 1949–{next_year}", f"年份 {r[1]} 不在 1949–{next_year} 之间"))
    if layout.kind == "long":
        blank = f"regexp_replace(indicator_text, '{SPACE}', '', 'g') = ''"
        add(f"SELECT sheet_row FROM {staged.rows} WHERE indicator_text IS NULL OR {blank} ORDER BY 1", col_name.get("indicator"),
            lambda r: ("the indicator is empty", "指标为空"))
        unknown = con.execute(f"SELECT sheet_row, indicator_text FROM {staged.rows} WHERE NOT {blank} "
                              "AND indicator_id IS NULL ORDER BY 1").fetchall()
        suggestions: dict[str, str] = {}
        for row, label in unknown:
            if label not in suggestions:
                suggestions[label] = suggest_indicator(label.strip())
            found.append(Problem(name, row, col_name.get("indicator"), f"unknown indicator {label!r}",
                                 suggestions[label], reason_zh=f"无法识别的指标“{label}”"))
        add(f"SELECT sheet_row FROM {staged.rows} WHERE value_text IS NULL ORDER BY 1", col_name.get("value"),
            lambda r: ("the value is empty", "数值为空"))
    value_col = col_name.get("value")
    add(f"SELECT sheet_row, value_text, indicator_id FROM {staged.rows} WHERE value_text IS NOT NULL AND value IS NULL "
        "ORDER BY 1", value_col, lambda r: (f"{r[1]!r} is not a number", f"“{r[1]}”不是数字"))
    add(f"SELECT sheet_row, value FROM {staged.rows} WHERE value < 0 ORDER BY 1", value_col,
        lambda r: (f"the value {r[1]:g} is negative", f"数值 {r[1]:g} 是负数"))
    add(f"SELECT s.sheet_row, s.value, l.max_value, l.name_zh, s.indicator_id FROM {staged.rows} s "
        f"JOIN {staged.limits} l USING (indicator_id) WHERE s.value > l.max_value ORDER BY 1", value_col,
        lambda r: (f"the value {r[1]:g} is implausible for {r[3]} ({r[4]}): at most {r[2]:g}",
                   f"数值 {r[1]:g} 对“{r[3]}”不合理：最多 {r[2]:g}"))
    if "qualifier" in layout.roles.values():
        add(f"SELECT sheet_row, qualifier_text FROM {staged.rows} WHERE qualifier_text IS NOT NULL AND qualifier IS NULL "
            "ORDER BY 1", col_name.get("qualifier"),
            lambda r: (f"unknown qualifier {r[1]!r}: use {', '.join(QUALIFIERS)} (or 精确/至少/约/至多)",
                       f"无法识别的限定词“{r[1]}”：请用 精确/至少/约/至多"))
    found += _conflicts(con, staged, value_col, repeated, next_year, given)
    found.sort(key=lambda p: (p.row or 0, p.column or ""))
    return found


# A group's latest figure is the one with the newest year (then the last row). Its key packs the
# year, the row and the qualifier's place in QUALIFIERS into one BIGINT, so that one max() finds the
# figure and its qualifier, without a second arg_max.
assert len(QUALIFIERS) <= 8
# A year outside 0..65535 is a problem reported elsewhere; clamped here so that the shift stays defined.
_LATEST_KEY = ("(least(greatest(year, 0), 65535)::BIGINT << 35) | (sheet_row::BIGINT << 3) "
               f"| (list_position({_QUALIFIER_LIST}, qualifier) - 1)")


def _latest(key: str) -> dict[str, str]:
    """The latest figure's year, row and qualifier (its name) out of a packed `key`."""
    return {"year": f"({key} >> 35)::SMALLINT", "row": f"(({key} >> 3) & 4294967295)::INTEGER",
            "qualifier": f"({_QUALIFIER_LIST})[({key} & 7) + 1]"}




def _aggregates(next_year: int, given: frozenset[str], rows: str = "1") -> str:
    """Per group of figures: whether a row has a problem the indicator does not decide, the figure
    count and largest value, the years as bitmaps, the first row and the latest figure (see
    _LATEST_KEY), and the region and level where the sheet has those columns (`given`: an aggregate
    of a column of NULLs still costs a pass). Few columns: each costs in every copy of the groups."""
    years_a, years_b = (sql.replace("ref_year", "year") for sql in (YEARS_A_SQL, YEARS_B_SQL))
    region, level = (f"any_value({column})" if role in given else "NULL::VARCHAR"
                     for role, column in (("region", "region"), ("level", "level_text")))
    return f"""bool_or(year IS NULL OR year NOT BETWEEN 1949 AND {next_year} OR value IS NULL OR value < 0
                       OR qualifier IS NULL) AS row_bad,
        count(*) AS figures, {"count(*)" if rows == "1" else f"sum({rows})"} AS rows, max(value) AS max_value, {years_a} AS years_a, {years_b} AS years_b,
        {region} AS region, {level} AS level_text, min(sheet_row) AS first_row,
        max({_LATEST_KEY}) AS latest_key, arg_max(value, {_LATEST_KEY}) AS latest_value"""


_MERGED = """bool_or(row_bad) AS row_bad, sum(figures) AS figures, sum(rows) AS rows, max(max_value) AS max_value,
    bit_or(years_a) AS years_a, bit_or(years_b) AS years_b, any_value(region) AS region,
    any_value(level_text) AS level_text, min(first_row) AS first_row,
    max(latest_key) AS latest_key, arg_max(latest_value, latest_key) AS latest_value"""


def _group(con: duckdb.DuckDBPyConnection, staged: StagedSheet, next_year: int, given: frozenset[str],
           source: str | None = None) -> str:
    """`staged.groups`: one row per school and indicator with _aggregates(). From the staged rows:
    grouped by indicator label first (no join per row), then the labels mapped (and merged, where two
    labels name one indicator); or from `source`, already mapped (the deduplicated rows).
    `{staged.stored_groups}` is the groups as stored; the name of their indicator column
    (indicator_text or indicator_id) is returned.

    Years outside the bitmaps are problems, so with no problem a group's distinct years are the bits
    set, and `figures` above that count means a repeated key."""
    if source is None:
        con.execute(f"""CREATE OR REPLACE TEMP TABLE {staged.label_groups} AS
            SELECT school, indicator_text, {_aggregates(next_year, given)} FROM {staged.numbered} GROUP BY school, indicator_text""")
        labels = [r[0] for r in con.execute(f"SELECT DISTINCT indicator_text FROM {staged.label_groups} "
                                            "WHERE indicator_text IS NOT NULL").fetchall()]
        ids = map_indicators(con, staged, labels)
        mapped = f"""SELECT g.* EXCLUDE (indicator_text), m.indicator_id FROM {staged.label_groups} g
                    LEFT JOIN {staged.indicator_map} m ON m.label = g.indicator_text"""
        regrouped = len(set(ids)) < len(ids)  # two labels name one indicator: merge their groups
        if regrouped:
            mapped = f"SELECT school, indicator_id, {_MERGED} FROM ({mapped}) GROUP BY school, indicator_id"
    else:
        regrouped = True
        mapped = (f"SELECT school, indicator_id, {_aggregates(next_year, given, 'n_rows')} FROM {source} "
                  "GROUP BY school, indicator_id")
    if regrouped:  # aggregated again: keep the result
        con.execute(f"CREATE OR REPLACE TEMP TABLE {staged.merged_groups} AS {mapped}")
        mapped = f"SELECT * FROM {staged.merged_groups}"
    # the groups as stored, for what needs no indicator (the schools: no join with the maps)
    stored = staged.merged_groups if regrouped else staged.label_groups
    con.execute(f"CREATE OR REPLACE TEMP VIEW {staged.stored_groups} AS SELECT * FROM {stored}")
    # a view: the label groups with their indicator are read in place, not copied (each column of
    # 100,000 groups costs a few milliseconds to copy)
    con.execute(f"CREATE OR REPLACE TEMP VIEW {staged.groups} AS {mapped}")
    return "indicator_id" if regrouped else "indicator_text"


def _conflicts(con: duckdb.DuckDBPyConnection, staged: StagedSheet, value_col: str | None, repeated: int,
               next_year: int, given: frozenset[str]) -> list[Problem]:
    """One figure per school, year and indicator: `staged.final`. Repeated rows with the same value
    are kept once (the first); two different values for one key are problems. A sheet without
    repeats (the usual case, `repeated` is 0) is used as it is, without a second copy."""
    if not repeated:
        # no row has a problem (or the sheet is refused anyway): every row is complete as it is
        con.execute(f"CREATE OR REPLACE TEMP VIEW {staged.final} AS SELECT sheet_row, school, year, indicator_id, value, "
                    f"qualifier, region, level_text, note, false AS n_values, 1 AS n_rows FROM {staged.rows}")
        return []
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {staged.final_table} AS
        SELECT school, year, indicator_id, first.sheet_row, first.value, first.qualifier, first.region,
               first.level_text, first.note, n_values, n_rows
        FROM (
            SELECT school, year, indicator_id,
                   arg_min(struct_pack(sheet_row, value, qualifier, region, level_text, note), sheet_row) AS first,
                   min(value) <> max(value) AS n_values, count(*) AS n_rows
            FROM {staged.rows} WHERE {_COMPLETE}
            GROUP BY school, year, indicator_id
        )"""
    )
    con.execute(f"CREATE OR REPLACE TEMP VIEW {staged.final} AS SELECT * FROM {staged.final_table}")
    _group(con, staged, next_year, given, source=staged.final)
    found = []
    for school, year, indicator in con.execute(
        f"SELECT school, year, indicator_id FROM {staged.final} WHERE n_values ORDER BY sheet_row"
    ).fetchall():
        rows, values = con.execute(
            f"SELECT list(sheet_row ORDER BY sheet_row), list(DISTINCT value ORDER BY value) FROM {staged.rows} "
            "WHERE school = ? AND year = ? AND indicator_id = ? AND value IS NOT NULL",
            [school, year, indicator]).fetchone()
        shown = ", ".join(f"{v:g}" for v in values)
        for row in rows:
            found.append(Problem(staged.file, row, value_col,
                                 f"two different values for {school} / {year} / {indicator}: {shown} "
                                 f"(rows {', '.join(map(str, rows))})",
                                 reason_zh=f"{school} / {year} / {_indicator_name(indicator)} 有两个不同的数值：{shown}"
                                           f"（第 {'、'.join(map(str, rows))} 行）"))
    return found


# ------------------------------------------------------------------ the public path


_CSV_LINE = re.compile(r"CSV Error on Line: (\d+)")
_CSV_WIDTH = re.compile(r"Expected Number of Columns: (\d+) Found: (\d+)")


def _csv_problem(name: str, error: duckdb.Error, offset: int = 0) -> Problem:
    """What DuckDB's CSV reader refused, in our words: the line and why (a row wider than the header
    is refused, not cut: its extra cell may be a value that a comma pushed out of place)."""
    text = str(error)
    line = _CSV_LINE.search(text)
    row = int(line.group(1)) + offset if line else None
    if width := _CSV_WIDTH.search(text):
        expected, found = width.groups()
        reason = (f"the row has {found} cells and the header {expected}: is there an unquoted comma in a cell? "
                  "(quote such cells, or save the sheet as .xlsx)")
        zh = f"这一行有 {found} 个单元格，表头有 {expected} 个：单元格里是否有没加引号的逗号？（请给这样的单元格加引号，或另存为 .xlsx）"
    elif "unterminated quote" in text:
        reason = "a cell opens a quote (\") that is never closed"
        zh = "某个单元格的引号（\"）没有闭合"
    else:
        reason = f"not readable as CSV: {text.splitlines()[0]}"
        zh = f"无法按 CSV 读取：{text.splitlines()[0]}"
    return Problem(name, row, None, reason, reason_zh=zh)


def name_problems(con: duckdb.DuckDBPyConnection, staged: StagedSheet) -> list[Problem]:
    """School names that are not really there (only invisible characters) or that could pose as
    another (a text-direction control), each at its first row. One check per school, not per row."""
    layout = staged.layout
    column = next((layout.header[i] for i, role in layout.roles.items() if role == "school"), None)
    found = []
    for school, first_row in con.execute(f"SELECT school, first_row FROM {staged.schools} ORDER BY first_row").fetchall():
        if problem := name_problem(school):
            found.append(Problem(staged.file, first_row, column, problem[0], reason_zh=problem[1]))
    return found
