"""Staging: the sheet read into temp tables, each row parsed (year, value, qualifier, indicator)."""

from __future__ import annotations

import os

import duckdb
import pandas as pd

from etl import catalog, qualifiers
from etl.qualifiers import QUALIFIERS
from etl.sheets.model import _COMMON_SPACES, _Layout

# \s in DuckDB's regular expressions is ASCII only; cells may carry any Unicode space (Zs).
_S = "[\\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
# qualifier words and marks on a value ("约20", "10余", "≥5", "10+"), as etl/qualifiers.py has them
_VALUE_MARKS = (f"^{_S}*({qualifiers.alternation(qualifiers.BEFORE)})?{_S}*"
                f"|{_S}*({qualifiers.alternation(qualifiers.AFTER)})?{_S}*$")


def _marked(qualifier: str) -> str:
    """A condition true for a value written with one of `qualifier`'s words or marks."""
    before, after = qualifiers.marked(qualifier)
    parts = [f"^{_S}*({qualifiers.alternation(before)})"] + ([f"({qualifiers.alternation(after)}){_S}*$"] if after else [])
    return f"regexp_matches(value_text, '{'|'.join(parts)}')"


_MIN_BUFFER = 2 << 20  # DuckDB's longest line (max_line_size) must fit in one buffer
_MAX_BUFFER = 8 << 20


def _buffer_size(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """The CSV reader's buffer: each thread parses whole buffers, so a file needs a few per thread,
    and large buffers are memory touched for the first time (page faults): DuckDB's default (32 MB)
    left a large sheet in three buffers and was slower than 8 MB ones (BENCHMARKS.md). Files under
    32 MB get about two buffers per thread, since a small sheet in one buffer used one core."""
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    return max(_MIN_BUFFER, min(_MAX_BUFFER, os.path.getsize(path) // (2 * max(1, threads))))


def _stage(con: duckdb.DuckDBPyConnection, path: str, layout: _Layout, trim_all: bool = False,
           keep_text: bool = False, row_offset: int = 0) -> None:
    """Read the sheet into `sheet_rows`: one figure per row, parsed (year, value, qualifier, indicator id).

    One pass for a long sheet. The temp table keeps the file's order, so a row's spreadsheet number is
    its rowid + 2 (the header is row 1), plus the title rows above the header (`row_offset`). The cells
    as written (`keep_text`) are kept only to describe problems: a sheet with problems is staged again
    with them."""
    first = 2 + int(row_offset)
    n = len(layout.header)
    columns = {f"c{i}": "VARCHAR" for i in range(n)}
    reader = ("read_csv(?, header = true, delim = ',', quote = '\"', escape = '\"', columns = ?, "
              f"null_padding = true, auto_detect = false, nullstr = '', buffer_size = {_buffer_size(con, path)})")

    def trimmed(cell: str) -> str:
        if trim_all:
            return f"nullif(trim({cell}), '')"
        ends = " OR ".join(f"prefix({cell}, '{c}') OR suffix({cell}, '{c}')" for c in _COMMON_SPACES)
        return f"CASE WHEN {ends} THEN nullif(trim({cell}), '') ELSE {cell} END"

    def col(role: str, prefix: str = "") -> str:
        # Empty fields are NULL already. The note (stored) is trimmed here, the school only when staged
        # again (see _COMMON_SPACES); numbers, qualifier words, indicator labels, regions and levels
        # lose their spaces where they are parsed or looked up, so copying them here would be wasted.
        for i, r in layout.roles.items():
            if r == role:
                return trimmed(f"{prefix}c{i}") if role == "note" or trim_all else f"{prefix}c{i}"
        return "NULL::VARCHAR"

    # the qualifier: from the qualifier column (a word, mapped once here), else from marks on the value
    words = " ".join(f"WHEN '{w}' THEN '{q}'" for w, q in qualifiers.WORDS.items())

    text = "year_text, qualifier_text, value_text," if keep_text else ""
    # optional columns the sheet lacks are not stored (each stored column costs), only added in the view
    optional = (("region", "region"), ("level", "level_text"), ("note", "note"))
    present = set(layout.roles.values())
    stored = "".join(f" {column}," for role, column in optional if role in present)
    absent = "".join(f", NULL::VARCHAR AS {column}" for role, column in optional if role not in present)

    def parsed(cells: str, with_row: bool = False, extra: str = "") -> str:
        return f"""SELECT {'sheet_row, ' if with_row else ''}{extra}school, {text}{stored} indicator_text,
            -- coalesce and CASE evaluate lazily: the regular expressions only run on cells that are
            -- not plain numbers (or canonical qualifier names)
            -- a cast rounds "2021.5" to 2022: a year with a fraction is no year ("2021.0" is 2021)
            CASE WHEN contains(year_text, '.')
                 THEN TRY_CAST(nullif(regexp_extract(year_text, '^{_S}*([0-9]+)[.]0*{_S}*$', 1), '') AS INTEGER)
                 ELSE coalesce(TRY_CAST(year_text AS INTEGER),
                     TRY_CAST(regexp_replace(year_text, '^{_S}+|{_S}*年度?{_S}*$', '', 'g') AS INTEGER)) END AS year,
            coalesce(TRY_CAST(value_text AS DOUBLE),
                     TRY_CAST(replace(regexp_replace(value_text, '{_VALUE_MARKS}', '', 'g'), ',', '') AS DOUBLE)) AS value,
            -- a CASE, not coalesce(): DuckDB evaluated coalesce's second branch on every row
            CASE WHEN qualifier_text IN ({_QUALIFIER_NAMES}) THEN qualifier_text
            ELSE (CASE WHEN regexp_replace(qualifier_text, '{_S}', '', 'g') <> ''
                     THEN CASE lower(regexp_replace(qualifier_text, '{_S}', '', 'g')) {words} END
                 WHEN TRY_CAST(value_text AS DOUBLE) IS NOT NULL THEN 'exact'
                 WHEN {_marked("approx")} THEN 'approx'
                 WHEN {_marked("at_least")} THEN 'at_least'
                 WHEN {_marked("at_most")} THEN 'at_most'
                 ELSE 'exact' END) END AS qualifier
        FROM ({cells})"""

    base = (f"{col('school')} AS school, {col('year')} AS year_text, {col('qualifier')} AS qualifier_text, "
            f"{col('region')} AS region, {col('level')} AS level_text, {col('note')} AS note")
    if layout.kind == "long":
        # a row with no cell at all (an empty line, a row of commas) is skipped, its number kept
        empty = " AND ".join(f"c{i} IS NULL" for i in range(n))
        cells = (f"SELECT {base}, {col('indicator')} AS indicator_text, {col('value')} AS value_text, "
                 f"{empty} AS empty_row FROM {reader}")
        con.execute(f"CREATE OR REPLACE TEMP TABLE sheet_parsed AS {parsed(cells, extra='empty_row, ')}",
                    [path, columns])
        con.execute("CREATE OR REPLACE TEMP VIEW sheet_numbered AS "
                    f"SELECT * EXCLUDE (empty_row) FROM (SELECT (rowid + {first})::INTEGER AS sheet_row, *{absent} "
                    "FROM sheet_parsed) WHERE NOT empty_row")
    else:
        con.execute(f"CREATE OR REPLACE TEMP TABLE sheet_raw AS SELECT * FROM {reader}", [path, columns])
        cells = " UNION ALL ".join(
            f"SELECT (rowid + {first})::INTEGER AS sheet_row, {base}, '{ind}' AS indicator_text, "
            f"nullif(trim(c{i}), '') AS value_text FROM sheet_raw WHERE nullif(trim(c{i}), '') IS NOT NULL"
            for i, ind in layout.indicator_columns.items()
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE sheet_parsed AS {parsed(cells, with_row=True)}")
        con.execute("DROP TABLE sheet_raw")
        con.execute(f"CREATE OR REPLACE TEMP VIEW sheet_numbered AS SELECT *{absent} FROM sheet_parsed")


def _map_indicators(con: duckdb.DuckDBPyConnection, labels: list[str]) -> list[str]:
    """`indicator_map` (label -> indicator id, by the catalog) and the view `sheet_rows` over it;
    returns the ids the labels map to (labels of no indicator left out)."""
    ids = [(ind.id if (ind := catalog.find_indicator(label.strip())) and ind.id != "awards_org" else None)
           for label in labels]
    mapping = pd.DataFrame({"label": labels, "indicator_id": ids}, dtype=object)
    con.register("indicator_labels", mapping)
    con.execute("CREATE OR REPLACE TEMP TABLE indicator_map AS "
                "SELECT label::VARCHAR AS label, indicator_id::VARCHAR AS indicator_id FROM indicator_labels")
    con.unregister("indicator_labels")
    _rows_view(con)
    return [i for i in ids if i is not None]


def _rows_view(con: duckdb.DuckDBPyConnection) -> None:
    """`sheet_rows`: the staged rows with their indicator id (again after staging again: a view's
    columns are fixed when it is made)."""
    con.execute("CREATE OR REPLACE TEMP VIEW sheet_rows AS SELECT s.*, m.indicator_id "
                "FROM sheet_numbered s LEFT JOIN indicator_map m ON m.label = s.indicator_text")


def _untrimmed_school(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether a school name has a space at an end (one that staging with every cell trimmed would
    take away); makes `sheet_schools` on the way."""
    _sheet_schools(con)
    return bool(con.execute("SELECT bool_or(school <> trim(school)) FROM sheet_schools").fetchone()[0])


def _sheet_schools(con: duckdb.DuckDBPyConnection) -> None:
    """`sheet_schools`: each school the sheet names, with its region and level as given, its first row
    and its figure count (from the groups), read by the preview and again by the write."""
    con.execute(
        """CREATE OR REPLACE TEMP TABLE sheet_schools AS
        SELECT school, any_value(region) AS region, any_value(level_text) AS level_text, min(first_row) AS first_row,
               sum(figures) AS figures, sum(rows) AS rows
        FROM sheet_stored_groups GROUP BY school"""
    )


_QUALIFIER_NAMES = ", ".join(f"'{q}'" for q in QUALIFIERS)
_QUALIFIER_LIST = f"[{_QUALIFIER_NAMES}]"


def _arrow(rows: list[tuple], columns: list[str]):
    """Rows as an Arrow table for DuckDB to scan (a pandas frame of objects converts far slower)."""
    import pyarrow as pa

    return pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})
