"""Staging: the sheet read into DuckDB, each figure parsed (year, value, qualifier; etl/sheets/values.py)."""

from __future__ import annotations

import os

import duckdb
import pandas as pd

from etl import catalog
from etl.qualifiers import QUALIFIERS
from etl.sheets.model import _COMMON_SPACES, StagedSheet, drop_relation
from etl.sheets.values import qualifier_sql, value_sql, year_sql

_MIN_BUFFER = 2 << 20  # DuckDB's longest line (max_line_size) must fit in one buffer
_MAX_BUFFER = 8 << 20


def _buffer_size(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """The CSV reader's buffer: each thread parses whole buffers, so a file needs a few per thread,
    and large buffers are memory touched for the first time (page faults): DuckDB's default (32 MB)
    left a large sheet in three buffers and was slower than 8 MB ones (BENCHMARKS.md). Files under
    32 MB get about two buffers per thread, since a small sheet in one buffer used one core."""
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    return max(_MIN_BUFFER, min(_MAX_BUFFER, os.path.getsize(path) // (2 * max(1, threads))))


def stage(con: duckdb.DuckDBPyConnection, staged: StagedSheet, path: str, trim_all: bool = False,
          as_text: bool = False) -> None:
    """Read the sheet at `path` into `staged.numbered`: one figure per row, parsed, with its row number.

    The usual way is one pass: the cells are parsed as they are read, into `staged.parsed`. With
    `as_text` (a sheet with problems, staged again to describe them), the cells are kept as written
    in the plain-text table `staged.cells`, and `staged.parsed` is a view that parses them, so that a
    problem can quote the cell. A row's spreadsheet number is its place in the file: the header is
    row 1, below any title rows (`staged.row_offset`)."""
    layout = staged.layout
    drop_relation(con, staged.parsed)  # staged again as text, it is a view where it was a table
    staged.parsed_is_view = as_text
    first = 2 + int(staged.row_offset)
    n = len(layout.header)
    columns = {f"c{i}": "VARCHAR" for i in range(n)}
    reader = ("read_csv(?, header = true, delim = ',', quote = '\"', escape = '\"', columns = ?, "
              f"null_padding = true, auto_detect = false, nullstr = '', buffer_size = {_buffer_size(con, path)})")

    def trimmed(cell: str) -> str:
        if trim_all:
            return f"nullif(trim({cell}), '')"
        ends = " OR ".join(f"prefix({cell}, '{c}') OR suffix({cell}, '{c}')" for c in _COMMON_SPACES)
        return f"CASE WHEN {ends} THEN nullif(trim({cell}), '') ELSE {cell} END"

    def col(role: str) -> str:
        # Empty fields are NULL already. The note (stored) is trimmed here, the school only when staged
        # again (see _COMMON_SPACES); numbers, qualifier words, indicator labels, regions and levels
        # lose their spaces where they are parsed or looked up, so copying them here would be wasted.
        for i, r in layout.roles.items():
            if r == role:
                return trimmed(f"c{i}") if role == "note" or trim_all else f"c{i}"
        return "NULL::VARCHAR"

    # optional columns the sheet lacks are not stored (each stored column costs), only added in the view
    optional = (("region", "region"), ("level", "level_text"), ("note", "note"))
    present = set(layout.roles.values())
    kept = "".join(f" {column}," for role, column in optional if role in present)
    absent = "".join(f", NULL::VARCHAR AS {column}" for role, column in optional if role not in present)
    text = "year_text, qualifier_text, value_text," if as_text else ""
    parse = (f"{year_sql('year_text')} AS year, {value_sql('value_text')} AS value, "
             f"{qualifier_sql('qualifier_text', 'value_text')} AS qualifier")
    base = (f"{col('school')} AS school, {col('year')} AS year_text, {col('qualifier')} AS qualifier_text, "
            f"{col('region')} AS region, {col('level')} AS level_text, {col('note')} AS note")

    if layout.kind == "long":
        # a row with no cell at all (an empty line, a row of commas) is skipped, its number kept
        empty = " AND ".join(f"c{i} IS NULL" for i in range(n))
        cells = (f"SELECT (rowid + {first})::INTEGER AS sheet_row, {empty} AS empty_row, {base}, "
                 f"{col('indicator')} AS indicator_text, {col('value')} AS value_text FROM {reader}")
        if as_text:
            # rowid is the table's, so the cells are read first and numbered from it
            con.execute(f"CREATE OR REPLACE TEMP TABLE {staged.raw} AS SELECT * FROM {reader}", [path, columns])
            cells = cells.replace(f"FROM {reader}", f"FROM {staged.raw}")
            con.execute(f"CREATE OR REPLACE TEMP TABLE {staged.cells} AS {cells}")
            con.execute(f"DROP TABLE {staged.raw}")
            con.execute(f"CREATE OR REPLACE TEMP VIEW {staged.parsed} AS SELECT sheet_row, empty_row, school, {text}"
                        f"{kept} indicator_text, {parse} FROM {staged.cells}")
            numbered = f"SELECT * EXCLUDE (empty_row){absent} FROM {staged.parsed} WHERE NOT empty_row"
        else:
            unnumbered = cells.replace(f"(rowid + {first})::INTEGER AS sheet_row, ", "")
            con.execute(f"CREATE OR REPLACE TEMP TABLE {staged.parsed} AS SELECT empty_row, school,{kept} "
                        f"indicator_text, {parse} FROM ({unnumbered})", [path, columns])
            # the table keeps the file's order: a row's number is its rowid, plus the rows above it
            numbered = (f"SELECT * EXCLUDE (empty_row) FROM (SELECT (rowid + {first})::INTEGER AS sheet_row, *{absent} "
                        f"FROM {staged.parsed}) WHERE NOT empty_row")
    else:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {staged.raw} AS SELECT * FROM {reader}", [path, columns])
        # one row per filled indicator cell
        cells = " UNION ALL ".join(
            f"SELECT (rowid + {first})::INTEGER AS sheet_row, {base}, '{ind}' AS indicator_text, "
            f"nullif(trim(c{i}), '') AS value_text FROM {staged.raw} WHERE nullif(trim(c{i}), '') IS NOT NULL"
            for i, ind in layout.indicator_columns.items()
        )
        source = f"({cells})"
        if as_text:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {staged.cells} AS {cells}")
            source = staged.cells
        kind = "VIEW" if as_text else "TABLE"
        con.execute(f"CREATE OR REPLACE TEMP {kind} {staged.parsed} AS SELECT sheet_row, school, {text}{kept} "
                    f"indicator_text, {parse} FROM {source}")
        con.execute(f"DROP TABLE {staged.raw}")
        numbered = f"SELECT *{absent} FROM {staged.parsed}"
    con.execute(f"CREATE OR REPLACE TEMP VIEW {staged.numbered} AS {numbered}")


def map_indicators(con: duckdb.DuckDBPyConnection, staged: StagedSheet, labels: list[str]) -> list[str]:
    """`staged.indicator_map` (label -> indicator id, by the catalog) and the view `staged.rows` over
    it; returns the ids the labels map to (labels of no indicator left out)."""
    ids = [(ind.id if (ind := catalog.find_indicator(label.strip())) and ind.id != "awards_org" else None)
           for label in labels]
    mapping = pd.DataFrame({"label": labels, "indicator_id": ids}, dtype=object)
    con.register("indicator_labels", mapping)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {staged.indicator_map} AS "
                "SELECT label::VARCHAR AS label, indicator_id::VARCHAR AS indicator_id FROM indicator_labels")
    con.unregister("indicator_labels")
    rows_view(con, staged)
    return [i for i in ids if i is not None]


def rows_view(con: duckdb.DuckDBPyConnection, staged: StagedSheet) -> None:
    """`staged.rows`: the staged rows with their indicator id (made again after staging again: a
    view's columns are fixed when it is made)."""
    con.execute(f"CREATE OR REPLACE TEMP VIEW {staged.rows} AS SELECT s.*, m.indicator_id "
                f"FROM {staged.numbered} s LEFT JOIN {staged.indicator_map} m ON m.label = s.indicator_text")


def untrimmed_school(con: duckdb.DuckDBPyConnection, staged: StagedSheet) -> bool:
    """Whether a school name has a space at an end (one that staging with every cell trimmed would
    take away); makes `staged.schools` on the way."""
    school_list(con, staged)
    return bool(con.execute(f"SELECT bool_or(school <> trim(school)) FROM {staged.schools}").fetchone()[0])


def school_list(con: duckdb.DuckDBPyConnection, staged: StagedSheet) -> None:
    """`staged.schools`: each school the sheet names, with its region and level as given, its first
    row and its figure count (from the groups), read by the preview and again by the write."""
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {staged.schools} AS
        SELECT school, any_value(region) AS region, any_value(level_text) AS level_text, min(first_row) AS first_row,
               sum(figures) AS figures, sum(rows) AS rows
        FROM {staged.stored_groups} GROUP BY school"""
    )
    figures, staged.school_names = con.execute(f"SELECT sum(figures), count(*) FROM {staged.schools}").fetchone()
    staged.figures = int(figures or 0)


_QUALIFIER_NAMES = ", ".join(f"'{q}'" for q in QUALIFIERS)
_QUALIFIER_LIST = f"[{_QUALIFIER_NAMES}]"


def _arrow(rows: list[tuple], columns: list[str]):
    """Rows as an Arrow table for DuckDB to scan (a pandas frame of objects converts far slower)."""
    import pyarrow as pa

    return pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})
