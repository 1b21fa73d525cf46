"""Decoding: a sheet file (CSV in any common encoding, or XLSX) as a UTF-8 CSV that DuckDB reads."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from pathlib import Path

from etl import limits
from etl.reading import ReadError, decode_bytes
from etl.sheets.layout import title_rows
from etl.sheets.model import SHEET_SUFFIXES, Problem, _Source


def _blank(data: bytes) -> bool:
    # strip() copies the whole file: look at the start first, the rest only if the start is blank
    return not data[:4096].strip() and not data.strip()


def _utf8_head(data: bytes) -> bool:
    """Whether the first 64 KB (cut at a line end) are UTF-8; DuckDB's reader checks the rest."""
    head = data[:65536]
    if len(data) > len(head):
        head = head[: head.rfind(b"\n") + 1] or head
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sheet_source(name: str, data: bytes, max_bytes: int | None, original: Path | None
                  ) -> tuple[_Source | None, list[Problem]]:
    """A UTF-8 CSV for DuckDB (the original file when it looks like one), or the problems preventing it."""
    suffix = Path(name).suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        return None, [Problem(name, None, None, f"not a sheet: expected {' or '.join(SHEET_SUFFIXES)} "
                                                f"(reports go through ingest or the report upload)",
                              reason_zh="不是报表文件：应为 .csv 或 .xlsx（报告请在“上传报告”中导入）")]
    if max_bytes is not None and len(data) > max_bytes:
        limit = max_bytes // (1024 * 1024)
        return None, [Problem(name, None, None, f"the file is larger than the {limit} MB limit (PBD_MAX_UPLOAD_MB)",
                              reason_zh=f"文件超过 {limit} MB 上限（PBD_MAX_UPLOAD_MB）")]
    if _blank(data):
        return None, [Problem(name, None, None, "the file is empty", reason_zh="文件是空的")]
    if suffix == ".xlsx":
        text, problems, rows_above = _xlsx_text(name, data)
        if problems:
            return None, problems
        return _text_source(text, rows_above), []
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Problem(name, None, None, "not a text file (is it an Excel file saved with a .csv name?)",
                              reason_zh="不是文本文件（是否把 Excel 文件存成了 .csv 扩展名？）")]
    if (_utf8_head(data) and not data.startswith(b"\xef\xbb\xbf") and not _bare_carriage_returns(data)
            and not _blank_lines(data) and _first_line_is_header(data)):
        first = data[:65536].split(b"\n", 1)
        header = first[0].rstrip(b"\r").decode("utf-8", errors="ignore")
        has_rows = len(first) > 1 and bool(first[1].strip()) or len(data) > 65536
        if original is not None:
            return _Source(header, str(original), False, has_rows, decoded=False), []
        fd, path = tempfile.mkstemp(prefix="pbd-sheet-", suffix=".csv")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return _Source(header, path, True, has_rows, decoded=False), []
    return _decoded_source(name, data)


# DuckDB's CSV reader skips empty lines, which would shift the row numbers after them; a file with
# one is rewritten with the line kept as a row of empty cells (staging skips rows with no cell). Up
# to this size the whole file is searched; a larger one at its start and end, where a hand-edited
# file has them (searching all of a large file cost a noticeable part of its import).
_BLANK_SEARCH_BYTES = 16 << 20


def _blank_lines(data: bytes) -> bool:
    parts = [data] if len(data) <= _BLANK_SEARCH_BYTES else [data[: 1 << 20], data[-(1 << 20):]]
    return any(b"\n\n" in part.rstrip(b"\r\n") or b"\n\r\n" in part.rstrip(b"\r\n") for part in parts)


def _bare_carriage_returns(data: bytes) -> bool:
    """Whether lines end in a lone CR (old Mac style): such a file is rewritten with LF. A file keeps
    one kind of line end, so its first 64 KB tell (counting the whole file cost as much as the import's
    parse)."""
    head = data[:65536]
    return b"\r" in head and head.count(b"\r") != head.count(b"\r\n") + head.endswith(b"\r")


def _first_line_is_header(data: bytes) -> bool:
    """Whether the file can be read as it is: its first line is the header, or no line is."""
    head = data[:65536].decode("utf-8", errors="ignore").replace("\r\n", "\n").replace("\r", "\n")
    return title_rows(head) == 0


def _decoded_source(name: str, data: bytes) -> tuple[_Source | None, list[Problem]]:
    """Decode in Python (the encoding detected, never asked) and write a UTF-8 copy for DuckDB."""
    try:
        text, _ = decode_bytes(data, name)
    except ReadError as error:
        reason = str(error).split(": ", 1)[-1]
        if "binary" in reason:
            reason = "not a text file (is it an Excel file saved with a .csv name?)"
        return None, [Problem(name, None, None, reason, reason_zh=f"无法读取：{reason}")]
    return _text_source(text.replace("\r\n", "\n").replace("\r", "\n")), []


def _xlsx_text(name: str, data: bytes) -> tuple[str, list[Problem], int]:
    """The first sheet as CSV text, with the empty rows above its first row counted.

    The zip is checked against the caps first (etl/limits.py). Cells are read as they exist: the
    sheet's declared size (`<dimension>`) is ignored, since a hostile file declares a million rows by
    sixteen thousand columns and openpyxl would pad every row to it. Rows are padded to the widest one.
    """
    import zipfile
    import zlib

    from openpyxl import load_workbook

    try:
        limits.check_zip(name, data, ".xlsx")
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            if not workbook.worksheets:
                return "", [Problem(name, None, None, "the workbook has no sheet", reason_zh="工作簿中没有工作表")], 0
            lines, width, rows_above = _xlsx_rows(name, workbook.worksheets[0])
        finally:
            workbook.close()
    except limits.LimitExceeded as error:
        return "", [Problem(name, None, None, error.reason, reason_zh=error.reason_zh)], 0
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError, AttributeError, EOFError,
            NotImplementedError, zlib.error, SyntaxError) as error:
        # SyntaxError: the XML parsers' ParseError; ValueError covers defusedxml's refusals
        return "", [Problem(name, None, None, f"not a readable .xlsx workbook ({type(error).__name__}: {error})",
                            reason_zh=f"不是可读取的 .xlsx 工作簿（{error}）")], 0
    if not lines:
        return "", [Problem(name, None, None, "the workbook's first sheet is empty",
                            reason_zh="工作簿的第一个工作表是空的")], 0
    out = io.StringIO()
    for line, cells in lines:
        out.write(line + "," * (width - cells) + "\n")
    return out.getvalue(), [], rows_above


def _xlsx_rows(name: str, sheet) -> tuple[list[tuple[str, int]], int, int]:
    """([(csv line, cells in it)], widest row, empty rows above the first) from the first non-empty
    row to the last; an empty row between them is an empty line, so that every row keeps its number."""
    sheet.reset_dimensions()  # read the cells there are, not the size the file declares
    lines: list[tuple[str, int]] = []
    width, rows_above, empty_since = 0, None, 0
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="")
    most_columns = limits.cap("sheet_columns")
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        limits.check_sheet_columns(name, number, len(row), most_columns)
        if not row or all(v is None or str(v).strip() == "" for v in row):
            empty_since += rows_above is not None
            continue
        if rows_above is None:
            rows_above = number - 1
        lines += [("", 0)] * empty_since
        empty_since = 0
        cells = list(row)
        while cells and (cells[-1] is None or str(cells[-1]).strip() == ""):
            cells.pop()
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(["" if v is None else (int(v) if isinstance(v, float) and v.is_integer() else v)
                         for v in cells])
        lines.append((buffer.getvalue(), len(cells)))
        width = max(width, len(cells))
    return lines, width, rows_above or 0


def _text_source(text: str, row_offset: int = 0) -> _Source:
    above = title_rows(text)
    if above:
        text = text.split("\n", above)[-1]
    # an empty line stays a row (of empty cells) so that the rows after it keep their numbers
    text = re.sub(r"\n[ \t]*(?=\n)", "\n,", text.rstrip("\n")) + "\n"
    header, _, rest = text.partition("\n")
    return _Source(header, _to_utf8_file(text), True, bool(rest.strip()), row_offset=row_offset + above)


def _to_utf8_file(text: str) -> str:
    fd, path = tempfile.mkstemp(prefix="pbd-sheet-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return path


# ------------------------------------------------------------------ staging and validation (in DuckDB)
