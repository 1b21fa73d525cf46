"""Sheets (CSV, XLSX): parse, validate, preview and load — one code path for the upload page and the CLI.

A sheet is long (school, year, indicator, value[, qualifier, region, level, note]) or wide (school,
year, then one column per indicator). Headers may be Chinese or English, with units in brackets
("正式党员(人)"); indicators may be named by id or by name. Text encodings are detected (UTF-8, with
or without BOM, GB18030/GBK, Big5), decoded in Python and handed to DuckDB as UTF-8.

Parsing and validation run in DuckDB over the whole file at once, so that every problem is reported
together — file, row, column, reason and, where likely, a suggestion — and a million rows take seconds.
Nothing is written unless the sheet has no problems; a load is one transaction.
"""


from __future__ import annotations

import contextlib
import csv
import functools
import gc
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb

from etl.current import refresh_sheet_batch
from etl.load import LoadError, LoadResult, run_batch
from etl.records import content_hash
from etl.sheets.layout import detect_layout, suggest_indicator
from etl.sheets.model import _HASHER, Preview, Problem, SheetCheck, SheetRejected, StagedSheet, _Source
from etl.sheets.preview import _choice_problem
from etl.sheets.preview import preview as preview_load
from etl.sheets.problems import _csv_problem, name_problems
from etl.sheets.problems import problems as find_problems
from etl.sheets.source import _decoded_source, _sheet_source
from etl.sheets.staging import stage, untrimmed_school
from etl.sheets.templates import template
from etl.sheets.write import WRITES, write_sheet

__all__ = ["Preview", "Problem", "SheetCheck", "SheetRejected", "check_sheet", "import_sheet", "suggest_indicator",
           "template"]


def _without_gc(function):
    """Run with Python's cyclic garbage collector paused: a load makes thousands of small objects
    (school rows), which set off full collections of everything the process holds (in the app, a
    lot) while creating no cycles worth collecting."""
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()
    return wrapper


@_without_gc
def check_sheet(con: duckdb.DuckDBPyConnection, name: str, data: bytes, *, preview: bool = True,
                max_bytes: int | None = None, original: Path | None = None) -> SheetCheck:
    """Parse and validate a sheet (and, with `preview`, compare it with the warehouse). Writes nothing.

    `max_bytes` is the upload limit (settings.max_upload_bytes() on the page; the CLI has none);
    `original` is the file `data` was read from, which DuckDB may read directly."""
    name = Path(name).name
    source, problems = _sheet_source(name, data, max_bytes, original)
    if problems:
        return SheetCheck(name, content_hash(data), "unknown", problems)
    check = _check_source(con, name, data, source, preview)
    check.header_row = 1 + source.row_offset
    return check


@contextlib.contextmanager
def _reading(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Statements that read the warehouse as one transaction: they see one state of it, and on a
    DuckLake warehouse they ask the catalog for that state once, where each statement on its own
    would ask again. Not for staging: rows written in a transaction have provisional rowids until it
    commits, and a staged row's number is its rowid."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _check_source(con: duckdb.DuckDBPyConnection, name: str, data: bytes, source: _Source,
                  preview: bool) -> SheetCheck:
    offset = source.row_offset
    try:
        header = next(csv.reader([source.header_text])) if source.header_text.strip() else []
        if not header:
            return SheetCheck(name, content_hash(data), "unknown", [Problem(name, 1 + offset, None, "the header row is empty",
                                                                            reason_zh="表头行是空的")])
        layout, problems = detect_layout(name, header)
        for problem in problems:
            if problem.row is not None:
                problem.row += offset
        if layout is None:
            return SheetCheck(name, content_hash(data), "unknown", problems)
        if not source.rows:
            problems.append(Problem(name, None, None, "the sheet has a header but no rows",
                                    reason_zh="只有表头，没有数据行"))
        if problems:
            return SheetCheck(name, content_hash(data), layout.kind, problems)
        staged = StagedSheet(name, layout, offset)
        trim_all = False
        while True:
            try:
                stage(con, staged, source.path, trim_all)
            except duckdb.Error as error:
                if source.decoded or "invalid unicode" not in str(error).lower():
                    return SheetCheck(name, content_hash(data), layout.kind, [_csv_problem(name, error, offset)])
                # UTF-8 at the start but not further on: decode the whole file in Python after all
                if source.temporary:
                    os.unlink(source.path)
                source, problems = _decoded_source(name, data)
                if problems:
                    return SheetCheck(name, content_hash(data), layout.kind, problems)
                continue
            problems = find_problems(con, staged, functools.partial(stage, con, staged, source.path, trim_all,
                                                                    as_text=True))
            # Hashing the file takes a core for a while; hashlib lets go of the GIL, so it runs beside
            # DuckDB once the rows are parsed and grouped (started with the parse, it slowed the parse
            # as much), while the statements after that use one core and the preview's Python none.
            staged.digest = staged.digest or _HASHER.submit(content_hash, data)
            if not untrimmed_school(con, staged) or trim_all:
                break
            trim_all = True  # a school name with a space at an end: stage again, trimming every cell
    finally:
        if source is not None and source.temporary:
            os.unlink(source.path)
    if not problems:
        problems = name_problems(con, staged)
    found = None
    if preview and not problems:
        with _reading(con):
            found = preview_load(con, staged)
    # the digest last: it is being computed beside the preview
    return SheetCheck(name, staged.digest.result(), layout.kind, problems, found, staged=staged)


@_without_gc
def import_sheet(con: duckdb.DuckDBPyConnection, name: str, data: bytes, *, who: str, dry_run: bool = False,
                 max_bytes: int | None = None, original: Path | None = None,
                 choices: dict[str, int | None] | None = None,
                 new_schools: bool = False) -> tuple[SheetCheck, LoadResult | None]:
    """Validate and, unless `dry_run`, load a sheet as one batch. Raises SheetRejected on any problem.

    A school the warehouse cannot place (`preview.needs_choice`) needs a choice in `choices` (school as
    written -> a known school's id, or None for a new school), or `new_schools` to make each a new one;
    without it the import is refused with the candidates."""
    check = check_sheet(con, name, data, preview=True, max_bytes=max_bytes, original=original)
    if not check.ok:
        raise SheetRejected(check.problems)
    if dry_run:
        return check, None
    choices = dict(choices or {})
    undecided = [(school, region, candidates) for school, region, candidates in check.preview.needs_choice
                 if school not in choices and not new_schools]
    if undecided:
        raise SheetRejected([_choice_problem(check.file, check.preview, *item) for item in undecided])
    for school, _, candidates in check.preview.needs_choice:
        chosen = choices.get(school)
        if chosen is not None and chosen not in {school_id for school_id, _ in candidates}:
            raise LoadError(f"{school}: school {chosen} is not one of the schools it may be",
                            f"{school}：所选学校 {chosen} 不在候选学校中")
        if chosen is not None:
            check.preview.matched_ids[school] = chosen
    if check.preview.already_loaded_as:
        return check, LoadResult("unchanged", check.preview.already_loaded_as, {},
                                 f"{check.file}: already imported as batch {check.preview.already_loaded_as}; "
                                 "nothing added")
    preview = check.preview
    if preview.rows and not preview.new_figures and preview.changed.empty:
        # the same figures in another order, with other line endings or in another file: nothing new
        return check, LoadResult("unchanged", None, {},
                                 f"{check.file}: all {preview.rows} figures are already in the warehouse with the "
                                 "same values; nothing added")

    def write(c, batch_id):
        return write_sheet(c, batch_id, check.staged, check.preview)

    try:
        result = run_batch(con, "sheet", file_name=check.file, digest=check.digest, who=who, write=write,
                           refresh=refresh_sheet_batch, checked=("sheet_values",), writes=WRITES)
    finally:
        check.staged.drop(con)
    if result.status != "loaded":  # another process loaded the same file while this one waited
        return check, result
    result.message = (f"{check.file}: imported as batch {result.batch_id} ({result.counts['observations']} figures, "
                      f"{result.counts['schools']} new schools)")
    return check, result
