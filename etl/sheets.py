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

import csv
import datetime as dt
import functools
import gc
import io
import os
import re
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
from rapidfuzz import fuzz, process

from etl import catalog, identity, limits
from etl.ids import reserve as reserve_ids
from etl.load import LoadError, LoadResult, committed_batch, run_batch, school_index
from etl.places import Place, merged, place_given
from etl.reading import ReadError, decode_bytes
from etl.records import content_hash
from etl.schools import alias_key, is_english_name, school_level_from_name
from etl.textnorm import clean_name, name_problem
from etl.warehouse import (
    QUALIFIERS,
    SCHOOL_LEVELS,
    SHEET_FIGURE_PLACES,
    SHEET_VALUES_COLUMNS,
    YEARS_A_SQL,
    YEARS_B_SQL,
    data_version,
    find_sheet_clashes,
    refresh_school_stats,
    refresh_sheet_batch,
    sheet_figure_id_base,
)

SHEET_SUFFIXES = (".csv", ".xlsx")
_HASHER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pbd-sheet-hash")

# Every header spelling we accept for each column, already folded by catalog.normalize_label.
COLUMNS: dict[str, tuple[str, ...]] = {
    "school": ("school", "schoolname", "name", "学校", "学校名称", "学校全称", "校名", "单位", "单位名称", "学校名",
               "单位名", "学校单位", "学校单位名称", "填报单位", "基层党组织所在学校"),
    "year": ("year", "年份", "年度", "年", "统计年度", "统计年份", "填报年度", "年度年份"),
    "indicator": ("indicator", "indicatorid", "metric", "指标", "指标名称", "指标代码", "项目"),
    "value": ("value", "count", "number", "数值", "数量", "值", "数据", "人数次数"),
    "qualifier": ("qualifier", "限定", "限定词", "精度"),
    "region": ("region", "area", "district", "county", "city", "province", "地区", "区域", "所在地区", "行政区", "区县",
               "所属区县", "所在区县", "区县名称", "地区名称", "所属地区", "所属区域", "县区", "区域名称", "所在地",
               "所属地", "市县区", "省市区", "行政区划", "所属行政区"),
    "level": ("level", "schoollevel", "学段", "学校类型", "办学层次"),
    "note": ("note", "notes", "remark", "备注", "说明"),
}
REQUIRED_LONG = ("school", "year", "indicator", "value")
REQUIRED_WIDE = ("school", "year")
COLUMN_NAMES = {"school": ("学校", "school"), "year": ("年份", "year"), "indicator": ("指标", "indicator"),
                "value": ("数值", "value"), "qualifier": ("限定", "qualifier"), "region": ("地区", "region"),
                "level": ("学段", "level"), "note": ("备注", "note")}

QUALIFIER_WORDS_ZH = {"exact": "精确", "at_least": "至少", "approx": "约", "at_most": "至多"}  # as templates write them
QUALIFIER_WORDS = {
    "exact": "exact", "精确": "exact", "准确": "exact", "=": "exact",
    "at_least": "at_least", "atleast": "at_least", "至少": "at_least", "以上": "at_least", "余": "at_least",
    "多": "at_least", "超过": "at_least", "不少于": "at_least", "+": "at_least", ">=": "at_least", "≥": "at_least",
    "approx": "approx", "about": "approx", "约": "approx", "左右": "approx", "近": "approx", "≈": "approx",
    "at_most": "at_most", "atmost": "at_most", "至多": "at_most", "不超过": "at_most", "<=": "at_most", "≤": "at_most",
}
LEVEL_WORDS = {"小学": "primary", "初中": "middle", "中学": "middle", "高中": "high", "九年一贯制": "nine_year",
               "职业学校": "vocational", "中职": "vocational", "高校": "university", "大学": "university",
               "特殊教育": "special", "特教": "special"}


@dataclass
class Problem:
    file: str
    row: int | None  # the spreadsheet row (the header is row 1); None for the file as a whole
    column: str | None
    reason: str
    suggestion: str = ""
    reason_zh: str = ""  # the same in Chinese, for the upload page (the CLI speaks English)
    suggestion_zh: str = ""

    def as_dict(self) -> dict:
        return {"file": self.file, "row": self.row, "column": self.column, "reason": self.reason,
                "suggestion": self.suggestion, "reason_zh": self.reason_zh or self.reason,
                "suggestion_zh": self.suggestion_zh or self.suggestion}

    def __str__(self) -> str:
        where = self.file + (f", row {self.row}" if self.row else "") + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.reason}" + (f" (did you mean {self.suggestion}?)" if self.suggestion else "")


class SheetRejected(Exception):
    """A sheet with problems; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in {problems[0].file if problems else 'the sheet'}")


@dataclass
class Preview:
    rows: int = 0  # figures in the sheet (after unpivoting a wide sheet)
    duplicates_ignored: int = 0
    new_schools: pd.DataFrame = field(default_factory=pd.DataFrame)  # name, region, similar existing school
    matched_schools: pd.DataFrame = field(default_factory=pd.DataFrame)  # spelling -> existing school
    new_figures: int = 0
    changed: pd.DataFrame = field(default_factory=pd.DataFrame)  # figures that differ from stored ones
    unchanged: int = 0
    already_loaded_as: int | None = None
    # the schools matched, as of this data version: the write reuses them if nothing was loaded since
    matched_ids: dict[str, int] = field(default_factory=dict)
    data_version: int | None = None
    alias_keys: dict[str, str] = field(default_factory=dict)  # each school as written -> its alias_key()
    # the rows of `schools` the write would create, made while the file's hash is computed
    school_records: dict[str, tuple] = field(default_factory=dict)
    schools: list[tuple] = field(default_factory=list)  # (school, region, level) as the sheet gives them
    # names the warehouse cannot place ("第二中学" with no region, several schools of one name): each with
    # its candidates [(school id, "name（place）")]; the import waits for a choice for each
    needs_choice: list[tuple[str, str, list[tuple[int, str]]]] = field(default_factory=list)
    first_rows: dict[str, int] = field(default_factory=dict)  # each school's first sheet row


@dataclass
class SheetCheck:
    file: str
    digest: str
    layout: str  # long | wide
    problems: list[Problem]
    preview: Preview | None = None
    wide_columns: list[str] = field(default_factory=list)  # a wide sheet's indicators, in column order
    header_row: int = 1  # the spreadsheet row of the header (below any title rows)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_frame(self) -> pd.DataFrame:
        return pd.DataFrame([p.as_dict() for p in self.problems], columns=["file", "row", "column", "reason",
                                                                            "suggestion", "reason_zh",
                                                                            "suggestion_zh"])


# ------------------------------------------------------------------ reading

def _header_role(label: str) -> str | None:
    key = catalog.normalize_label(label)
    for role, spellings in COLUMNS.items():
        if key in spellings:
            return role
    return None


@dataclass
class _Source:
    header_text: str  # the first line, decoded
    path: str  # a UTF-8 CSV file DuckDB reads
    temporary: bool  # whether `path` is ours to delete
    rows: bool  # whether anything follows the header
    decoded: bool = True  # False: handed over as it is, on the evidence of its first 64 KB being UTF-8
    row_offset: int = 0  # rows above the header (a title, a date line …): the header is row 1 + this


# Cells are trimmed of spaces as DuckDB's trim() defines them (Unicode Zs). Trimming every cell costs
# a copy of every string, and even testing each school's ends costs 10 ms a million rows; most
# sheets need none. So cells are staged as written, except notes (stored as they are) that start or
# end with one of the common three (" ", U+00A0, U+3000). Spaces matter where they would split a
# school in two: if any school name (one per school, from the groups) has a space at an end, the
# sheet is staged again with every cell trimmed. Elsewhere they are stripped where the text is
# used: numbers and qualifier words by the parsing, labels and regions in Python.
_COMMON_SPACES = (" ", "\u00a0", "\u3000")


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
            and _first_line_is_header(data)):
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


def _bare_carriage_returns(data: bytes) -> bool:
    """Whether lines end in a lone CR (old Mac style): such a file is rewritten with LF. A file keeps
    one kind of line end, so its first 64 KB tell (counting the whole file cost as much as the import's
    parse)."""
    head = data[:65536]
    return b"\r" in head and head.count(b"\r") != head.count(b"\r\n") + head.endswith(b"\r")


def _first_line_is_header(data: bytes) -> bool:
    """Whether the file can be read as it is: its first line is the header, or no line is."""
    head = data[:65536].decode("utf-8", errors="ignore").replace("\r\n", "\n").replace("\r", "\n")
    return _header_line(head) == 0


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
        return "", [Problem(name, None, None, str(error).removeprefix(f"{name}: "),
                            reason_zh=error.zh.removeprefix(f"{name}：").removesuffix("，已拒绝"))], 0
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
    """([(csv line, cells in it)], widest row, empty rows above the first) for the non-empty rows."""
    sheet.reset_dimensions()  # read the cells there are, not the size the file declares
    lines: list[tuple[str, int]] = []
    width, rows_above = 0, None
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="")
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        limits.check_sheet_columns(name, number, len(row))
        if not row or all(v is None or str(v).strip() == "" for v in row):
            continue
        if rows_above is None:
            rows_above = number - 1
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


HEADER_SEARCH_ROWS = 10  # a header below this many title rows is not looked for


def _looks_like_header(cells: list[str]) -> bool:
    """A row naming the school column and at least one other column a sheet needs."""
    roles = {_header_role(cell) for cell in cells if cell and cell.strip()}
    return "school" in roles and bool(roles & {"year", "indicator", "value"})


def _header_line(text: str) -> int:
    """How many lines come before the header: 0, or the title rows above it ("2023年各校党建数据统计表",
    a date line); 0 too when no row of the first few looks like a header (the layout check says why)."""
    reader = csv.reader(io.StringIO(text))
    consumed = 0
    for _ in range(HEADER_SEARCH_ROWS):
        try:
            cells = next(reader)
        except (StopIteration, csv.Error):
            return 0
        if _looks_like_header(cells):
            return consumed
        consumed = reader.line_num
    return 0


def _text_source(text: str, row_offset: int = 0) -> _Source:
    above = _header_line(text)
    if above:
        text = text.split("\n", above)[-1]
    header, _, rest = text.partition("\n")
    return _Source(header, _to_utf8_file(text), True, bool(rest.strip()), row_offset=row_offset + above)


@dataclass
class _Layout:
    kind: str
    roles: dict[int, str]  # column position -> role (long columns)
    indicator_columns: dict[int, str]  # column position -> indicator id (wide)
    header: list[str]


def _layout(name: str, header: list[str]) -> tuple[_Layout | None, list[Problem]]:
    problems: list[Problem] = []
    if len(header) == 1 and re.search(r"[;\t|]", header[0]):
        delimiter = re.search(r"[;\t|]", header[0]).group(0).replace("\t", "tab")
        return None, [Problem(name, 1, None, f"wrong delimiter: the columns are separated by '{delimiter}'; "
                                             "save the sheet as comma-separated CSV or as .xlsx",
                              reason_zh=f"分隔符不对：各列用“{delimiter}”分隔；请另存为逗号分隔的 CSV 或 .xlsx")]
    roles: dict[int, str] = {}
    indicator_columns: dict[int, str] = {}
    unknown: list[tuple[int, str]] = []
    for i, label in enumerate(header):
        if not label.strip():
            continue
        role = _header_role(label)
        if role and role not in roles.values():
            roles[i] = role
            continue
        indicator = catalog.find_indicator(label)
        if indicator and indicator.id != "awards_org":
            indicator_columns[i] = indicator.id
        else:
            unknown.append((i, label))
    kind = "long" if "indicator" in roles.values() or "value" in roles.values() else "wide"
    required = REQUIRED_LONG if kind == "long" else REQUIRED_WIDE
    for role in required:
        if role not in roles.values():
            zh, en = COLUMN_NAMES[role]
            problems.append(Problem(name, 1, None, f"missing column: {en} ({zh})",
                                    f"the row read as the header names no {en} column; a title row above the "
                                    f"header is skipped only when the header names the school and the year, "
                                    f"indicator or value (within the first {HEADER_SEARCH_ROWS} rows)",
                                    reason_zh=f"缺少列：{zh}（{en}）",
                                    suggestion_zh=f"被当作表头的这一行没有“{zh}”列；表头上方的标题行只有在表头写明学校列以及"
                                                  f"年份、指标或数值列时才会被跳过（在前 {HEADER_SEARCH_ROWS} 行内）"))
    if kind == "wide":
        if not indicator_columns:
            problems.append(Problem(name, 1, None, "no indicator columns: a wide sheet needs one column per "
                                                   "indicator (e.g. 正式党员 or members_full), a long one needs "
                                                   "indicator and value columns",
                                    reason_zh="没有指标列：宽表每个指标一列（如 正式党员 或 members_full），"
                                              "长表需要指标列和数值列"))
        for _, label in unknown:
            problems.append(Problem(name, 1, label, f"unknown column {label!r}", suggest_indicator(label),
                                    reason_zh=f"无法识别的列“{label}”"))
    return _Layout(kind, roles, indicator_columns, header), problems


def _indicator_name(indicator_id: str) -> str:
    found = catalog.by_id().get(indicator_id)
    return found.name_zh if found else indicator_id


def suggest_indicator(label: str) -> str:
    """The catalog entry closest to an unknown indicator label ("membres_ful" -> members_full)."""
    choices = {}
    for ind in catalog.load_catalog():
        for spelling in (ind.id, ind.name_zh, ind.name_en, *ind.aliases):
            choices[spelling] = ind.id
    best = process.extractOne(label, list(choices), scorer=fuzz.WRatio, score_cutoff=70)
    return choices[best[0]] if best else ""


def _to_utf8_file(text: str) -> str:
    fd, path = tempfile.mkstemp(prefix="pbd-sheet-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return path


# ------------------------------------------------------------------ staging and validation (in DuckDB)

# \s in DuckDB's regular expressions is ASCII only; cells may carry any Unicode space (Zs).
_S = "[\\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_VALUE_MARKS = (f"^{_S}*(约|≈|~|～|近|≤|<=|不超过|超过|不少于|>=|≥)?{_S}*|{_S}*(\\+|以上|余|多|左右)?{_S}*$")


_MIN_BUFFER = 2 << 20  # DuckDB's longest line (max_line_size) must fit in one buffer
_MAX_BUFFER = 8 << 20


def _buffer_size(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """The CSV reader's buffer: each thread parses whole buffers, so a file needs a few per thread,
    and large buffers are memory touched for the first time. DuckDB's default (32 MB) parsed a 66 MB
    sheet in 3 buffers, with 40,000 page faults, in 180 ms; 8 MB buffers took 148 ms with 27,000.
    Files under 32 MB get about two buffers per thread (a 13 MB sheet in one buffer used one core)."""
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
    words = " ".join(f"WHEN '{w}' THEN '{q}'" for w, q in QUALIFIER_WORDS.items())

    text = "year_text, qualifier_text, value_text," if keep_text else ""
    # optional columns the sheet lacks are not stored (each stored column costs), only added in the view
    optional = (("region", "region"), ("level", "level_text"), ("note", "note"))
    present = set(layout.roles.values())
    stored = "".join(f" {column}," for role, column in optional if role in present)
    absent = "".join(f", NULL::VARCHAR AS {column}" for role, column in optional if role not in present)

    def parsed(cells: str, with_row: bool = False) -> str:
        return f"""SELECT {'sheet_row, ' if with_row else ''}school, {text}{stored} indicator_text,
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
                 WHEN regexp_matches(value_text, '^{_S}*(约|≈|~|～|近)|左右{_S}*$') THEN 'approx'
                 WHEN regexp_matches(value_text, '(\\+|以上|余|多){_S}*$|^{_S}*(超过|不少于|>=|≥)') THEN 'at_least'
                 WHEN regexp_matches(value_text, '^{_S}*(≤|<=|不超过)') THEN 'at_most'
                 ELSE 'exact' END) END AS qualifier
        FROM ({cells})"""

    base = (f"{col('school')} AS school, {col('year')} AS year_text, {col('qualifier')} AS qualifier_text, "
            f"{col('region')} AS region, {col('level')} AS level_text, {col('note')} AS note")
    if layout.kind == "long":
        cells = f"SELECT {base}, {col('indicator')} AS indicator_text, {col('value')} AS value_text FROM {reader}"
        con.execute(f"CREATE OR REPLACE TEMP TABLE sheet_parsed AS {parsed(cells)}", [path, columns])
        con.execute("CREATE OR REPLACE TEMP VIEW sheet_numbered AS "
                    f"SELECT (rowid + {first})::INTEGER AS sheet_row, *{absent} FROM sheet_parsed")
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


_COMPLETE = "school IS NOT NULL AND year IS NOT NULL AND indicator_id IS NOT NULL AND value IS NOT NULL"


def _problems(con: duckdb.DuckDBPyConnection, name: str, layout: _Layout, restage=None) -> list[Problem]:
    """Every problem of the staged sheet. `restage()` stages it again with its cells as written,
    which the descriptions of problems quote."""
    next_year = dt.date.today().year + 1
    col_name = {role: layout.header[i] for i, role in layout.roles.items()}
    found: list[Problem] = []
    con.register("limits", _arrow([(i.id, i.max_value, i.name_zh) for i in catalog.load_catalog()],
                                  ["indicator_id", "max_value", "name_zh"]))
    con.execute("CREATE OR REPLACE TEMP TABLE indicator_limits AS SELECT indicator_id::VARCHAR AS indicator_id, "
                "max_value::DOUBLE AS max_value, name_zh::VARCHAR AS name_zh FROM limits")
    con.unregister("limits")
    # One pass over the rows, grouped by school and indicator label, learns whether anything is wrong
    # and whether any key repeats (a school and indicator with more figures than distinct years); the
    # row-by-row queries below run only then. The groups are also what the preview, the write and the
    # summaries of new schools need.
    given = frozenset(layout.roles.values())
    key = _group(con, next_year, given)
    # summed per indicator (a few dozen rows) before the indicator's map and limit are joined
    if key == "indicator_text":
        indicator, maps = "m.indicator_id", "LEFT JOIN indicator_map m ON m.label = p.k"
    else:
        indicator, maps = "p.k", ""
    bad, repeated = con.execute(
        f"""SELECT bool_or(p.row_bad OR {indicator} IS NULL OR p.max_value > l.max_value), sum(p.repeated)
        FROM (SELECT {key} AS k, bool_or(row_bad OR school IS NULL) AS row_bad, max(max_value) AS max_value,
                     sum(figures) - sum(bit_count(years_a) + bit_count(years_b)) AS repeated
              FROM sheet_stored_groups GROUP BY {key}) p
        {maps} LEFT JOIN indicator_limits l ON l.indicator_id = {indicator}""").fetchone()
    if not bad:
        return _conflicts(con, name, col_name.get("value"), repeated, next_year, given)
    if restage is not None:
        restage()
        _rows_view(con)

    def add(sql: str, column: str | None, reason, suggestion=None):
        """`reason(row)` gives (English, Chinese)."""
        for row in con.execute(sql).fetchall():
            en, zh = reason(row)
            found.append(Problem(name, row[0], column, en, suggestion(row) if suggestion else "", reason_zh=zh))

    add("SELECT DISTINCT sheet_row FROM sheet_rows WHERE school IS NULL ORDER BY 1", col_name.get("school"),
        lambda r: ("the school is empty", "学校为空"))
    add("SELECT DISTINCT sheet_row, year_text FROM sheet_rows WHERE year_text IS NULL ORDER BY 1",
        col_name.get("year"), lambda r: ("the year is empty", "年份为空"))
    add("SELECT DISTINCT sheet_row, year_text FROM sheet_rows WHERE year_text IS NOT NULL AND year IS NULL ORDER BY 1",
        col_name.get("year"), lambda r: (f"the year {r[1]!r} is not a whole number", f"年份“{r[1]}”不是整数"))
    add(f"SELECT DISTINCT sheet_row, year FROM sheet_rows WHERE year NOT BETWEEN 1949 AND {next_year} ORDER BY 1",
        col_name.get("year"), lambda r: (f"the year {r[1]} is outside 1949–{next_year}", f"年份 {r[1]} 不在 1949–{next_year} 之间"))
    if layout.kind == "long":
        blank = f"regexp_replace(indicator_text, '{_S}', '', 'g') = ''"
        add(f"SELECT sheet_row FROM sheet_rows WHERE indicator_text IS NULL OR {blank} ORDER BY 1", col_name.get("indicator"),
            lambda r: ("the indicator is empty", "指标为空"))
        unknown = con.execute(f"SELECT sheet_row, indicator_text FROM sheet_rows WHERE NOT {blank} "
                              "AND indicator_id IS NULL ORDER BY 1").fetchall()
        suggestions: dict[str, str] = {}
        for row, label in unknown:
            if label not in suggestions:
                suggestions[label] = suggest_indicator(label.strip())
            found.append(Problem(name, row, col_name.get("indicator"), f"unknown indicator {label!r}",
                                 suggestions[label], reason_zh=f"无法识别的指标“{label}”"))
        add("SELECT sheet_row FROM sheet_rows WHERE value_text IS NULL ORDER BY 1", col_name.get("value"),
            lambda r: ("the value is empty", "数值为空"))
    value_col = col_name.get("value")
    add("SELECT sheet_row, value_text, indicator_id FROM sheet_rows WHERE value_text IS NOT NULL AND value IS NULL "
        "ORDER BY 1", value_col, lambda r: (f"{r[1]!r} is not a number", f"“{r[1]}”不是数字"))
    add("SELECT sheet_row, value FROM sheet_rows WHERE value < 0 ORDER BY 1", value_col,
        lambda r: (f"the value {r[1]:g} is negative", f"数值 {r[1]:g} 是负数"))
    add("SELECT s.sheet_row, s.value, l.max_value, l.name_zh, s.indicator_id FROM sheet_rows s "
        "JOIN indicator_limits l USING (indicator_id) WHERE s.value > l.max_value ORDER BY 1", value_col,
        lambda r: (f"the value {r[1]:g} is implausible for {r[3]} ({r[4]}): at most {r[2]:g}",
                   f"数值 {r[1]:g} 对“{r[3]}”不合理：最多 {r[2]:g}"))
    if "qualifier" in layout.roles.values():
        add("SELECT sheet_row, qualifier_text FROM sheet_rows WHERE qualifier_text IS NOT NULL AND qualifier IS NULL "
            "ORDER BY 1", col_name.get("qualifier"),
            lambda r: (f"unknown qualifier {r[1]!r}: use {', '.join(QUALIFIERS)} (or 精确/至少/约/至多)",
                       f"无法识别的限定词“{r[1]}”：请用 精确/至少/约/至多"))
    found += _conflicts(con, name, value_col, repeated, next_year, given)
    found.sort(key=lambda p: (p.row or 0, p.column or ""))
    return found


# A group's latest figure is the one with the newest year (then the last row). Its key packs the
# year, the row and the qualifier's place in QUALIFIERS into one BIGINT, so that one max() finds the
# figure and its qualifier, without a second arg_max.
assert len(QUALIFIERS) <= 8
_QUALIFIER_NAMES = ", ".join(f"'{q}'" for q in QUALIFIERS)
_QUALIFIER_LIST = f"[{_QUALIFIER_NAMES}]"
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
    of a column of NULLs still costs 3 ms a million rows). Few columns: each costs in every copy of
    the groups."""
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


def _group(con: duckdb.DuckDBPyConnection, next_year: int, given: frozenset[str],
           source: str | None = None) -> str:
    """`sheet_groups`: one row per school and indicator with _aggregates(). From the staged rows:
    grouped by indicator label first (no join per row), then the labels mapped (and merged, where two
    labels name one indicator); or from `source`, already mapped (the deduplicated rows).
    `sheet_stored_groups` is the groups as stored; the name of their indicator column
    (indicator_text or indicator_id) is returned.

    Years outside the bitmaps are problems, so with no problem a group's distinct years are the bits
    set, and `figures` above that count means a repeated key."""
    if source is None:
        con.execute(f"""CREATE OR REPLACE TEMP TABLE sheet_label_groups AS
            SELECT school, indicator_text, {_aggregates(next_year, given)} FROM sheet_numbered GROUP BY school, indicator_text""")
        labels = [r[0] for r in con.execute("SELECT DISTINCT indicator_text FROM sheet_label_groups "
                                            "WHERE indicator_text IS NOT NULL").fetchall()]
        ids = _map_indicators(con, labels)
        mapped = """SELECT g.* EXCLUDE (indicator_text), m.indicator_id FROM sheet_label_groups g
                    LEFT JOIN indicator_map m ON m.label = g.indicator_text"""
        regrouped = len(set(ids)) < len(ids)  # two labels name one indicator: merge their groups
        if regrouped:
            mapped = f"SELECT school, indicator_id, {_MERGED} FROM ({mapped}) GROUP BY school, indicator_id"
    else:
        regrouped = True
        mapped = (f"SELECT school, indicator_id, {_aggregates(next_year, given, 'n_rows')} FROM {source} "
                  "GROUP BY school, indicator_id")
    if regrouped:  # aggregated again: keep the result
        con.execute(f"CREATE OR REPLACE TEMP TABLE sheet_merged_groups AS {mapped}")
        mapped = "SELECT * FROM sheet_merged_groups"
    # the groups as stored, for what needs no indicator (the schools: no join with the maps)
    stored = "sheet_merged_groups" if regrouped else "sheet_label_groups"
    con.execute(f"CREATE OR REPLACE TEMP VIEW sheet_stored_groups AS SELECT * FROM {stored}")
    # a view: the label groups with their indicator are read in place, not copied (each column of
    # 100,000 groups costs a few milliseconds to copy)
    con.execute(f"CREATE OR REPLACE TEMP VIEW sheet_groups AS {mapped}")
    return "indicator_id" if regrouped else "indicator_text"


def _conflicts(con: duckdb.DuckDBPyConnection, name: str, value_col: str | None, repeated: int,
               next_year: int, given: frozenset[str]) -> list[Problem]:
    """One figure per school, year and indicator: `sheet_final`. Repeated rows with the same value
    are kept once (the first); two different values for one key are problems. A sheet without
    repeats (the usual case, `repeated` is 0) is used as it is, without a second copy."""
    if not repeated:
        # no row has a problem (or the sheet is refused anyway): every row is complete as it is
        con.execute("CREATE OR REPLACE TEMP VIEW sheet_final AS SELECT sheet_row, school, year, indicator_id, value, "
                    "qualifier, region, level_text, note, false AS n_values, 1 AS n_rows FROM sheet_rows")
        return []
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE sheet_final_table AS
        SELECT school, year, indicator_id, first.sheet_row, first.value, first.qualifier, first.region,
               first.level_text, first.note, n_values, n_rows
        FROM (
            SELECT school, year, indicator_id,
                   arg_min(struct_pack(sheet_row, value, qualifier, region, level_text, note), sheet_row) AS first,
                   min(value) <> max(value) AS n_values, count(*) AS n_rows
            FROM sheet_rows WHERE {_COMPLETE}
            GROUP BY school, year, indicator_id
        )"""
    )
    con.execute("CREATE OR REPLACE TEMP VIEW sheet_final AS SELECT * FROM sheet_final_table")
    _group(con, next_year, given, source="sheet_final")
    found = []
    for school, year, indicator in con.execute(
        "SELECT school, year, indicator_id FROM sheet_final WHERE n_values ORDER BY sheet_row"
    ).fetchall():
        rows, values = con.execute(
            "SELECT list(sheet_row ORDER BY sheet_row), list(DISTINCT value ORDER BY value) FROM sheet_rows "
            "WHERE school = ? AND year = ? AND indicator_id = ? AND value IS NOT NULL",
            [school, year, indicator]).fetchone()
        shown = ", ".join(f"{v:g}" for v in values)
        for row in rows:
            found.append(Problem(name, row, value_col,
                                 f"two different values for {school} / {year} / {indicator}: {shown} "
                                 f"(rows {', '.join(map(str, rows))})",
                                 reason_zh=f"{school} / {year} / {_indicator_name(indicator)} 有两个不同的数值：{shown}"
                                           f"（第 {'、'.join(map(str, rows))} 行）"))
    return found


# ------------------------------------------------------------------ the public path

def _without_gc(function):
    """Run with Python's cyclic garbage collector paused: a load makes thousands of small objects
    (school rows), which set off full collections of everything the process holds (30 ms and more
    in the app) while creating no cycles worth collecting."""
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


def _check_source(con: duckdb.DuckDBPyConnection, name: str, data: bytes, source: _Source,
                  preview: bool) -> SheetCheck:
    offset = source.row_offset
    try:
        header = next(csv.reader([source.header_text])) if source.header_text.strip() else []
        if not header:
            return SheetCheck(name, content_hash(data), "unknown", [Problem(name, 1 + offset, None, "the header row is empty",
                                                                            reason_zh="表头行是空的")])
        layout, problems = _layout(name, header)
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
        con.execute("DROP VIEW IF EXISTS sheet_groups")  # made from the staged rows, once they pass
        con.execute("DROP TABLE IF EXISTS sheet_schools")
        # Hashing 70 MB takes 35 ms of one core. hashlib lets go of the GIL, so it runs beside DuckDB
        # once the rows are validated: the statements after that use one core, the preview's name
        # matching in Python none (started with the parse, it slowed the parse as much).
        hashing: Future | None = None
        trim_all = False
        while True:
            try:
                _stage(con, source.path, layout, trim_all, row_offset=offset)
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
            problems = _problems(con, name, layout, functools.partial(
                _stage, con, source.path, layout, trim_all, keep_text=True, row_offset=offset))
            hashing = hashing or _HASHER.submit(content_hash, data)
            if not _untrimmed_school(con) or trim_all:
                break
            trim_all = True  # a school name with a space at an end: stage again, trimming every cell
    finally:
        if source is not None and source.temporary:
            os.unlink(source.path)
    wide_columns = list(dict.fromkeys(layout.indicator_columns.values()))
    if not problems:
        problems = _name_problems(con, name, layout)
    if not preview or problems:
        return SheetCheck(name, hashing.result(), layout.kind, problems, wide_columns=wide_columns)
    found = _preview(con, hashing)
    return SheetCheck(name, hashing.result(), layout.kind, problems, found, wide_columns)


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


def _name_problems(con: duckdb.DuckDBPyConnection, name: str, layout: _Layout) -> list[Problem]:
    """School names that are not really there (only invisible characters) or that could pose as
    another (a text-direction control), each at its first row. One check per school, not per row."""
    column = next((layout.header[i] for i, role in layout.roles.items() if role == "school"), None)
    found = []
    for school, first_row in con.execute("SELECT school, first_row FROM sheet_schools ORDER BY first_row").fetchall():
        if problem := name_problem(school):
            found.append(Problem(name, first_row, column, problem[0], reason_zh=problem[1]))
    return found


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


def _preview(con: duckdb.DuckDBPyConnection, digest: Future) -> Preview:
    """What loading the staged sheet would change; `digest` (the file's hash, being computed) is read last."""
    out = Preview()
    out.data_version = data_version(con)
    out.rows, total = con.execute("SELECT sum(figures)::BIGINT, sum(rows)::BIGINT FROM sheet_schools").fetchone()
    out.rows = int(out.rows or 0)
    out.duplicates_ignored = int(total or 0) - out.rows
    rows = con.execute("SELECT school, region, level_text, first_row FROM sheet_schools ORDER BY first_row").fetchall()
    out.schools = names = [row[:3] for row in rows]
    out.first_rows = {row[0]: row[3] for row in rows}
    index = school_index(con)
    matched, new = [], []
    mapping = {}
    keys = out.alias_keys
    regions: dict[str | None, tuple] = {}
    for school, region, level in names:
        keys[school] = key = alias_key(school)
        decision = identity.find(index, school, region, key)
        if decision.kind == "match":
            mapping[school] = decision.school_id
            if key not in index.by_alias:
                matched.append((school, _school_display(con, decision.school_id)))
        elif decision.kind == "choose":
            out.needs_choice.append((school, region or "", [
                (k.school_id, f"{k.name}（{k.place.label or '地区不详'}）") for k in decision.candidates]))
            out.school_records[school] = _school_record(school, region, level, regions)
        else:
            similar = ""
            if len(new) < 200:
                candidate, cscore, _ = index.best(school)
                if candidate is not None and cscore >= 70:
                    similar = _school_display(con, candidate)
            new.append((school, region or "", similar))
            out.school_records[school] = _school_record(school, region, level, regions)
    out.matched_ids = mapping
    # plain object columns: pandas' default string type converts every cell (6 ms for 4,000 schools)
    out.new_schools = pd.DataFrame(new, columns=["school", "region", "similar_existing"], dtype=object)
    out.matched_schools = pd.DataFrame(matched, columns=["school", "existing"], dtype=object)
    con.register("school_map", pd.DataFrame({"school": list(mapping), "school_id": list(mapping.values())},
                                            dtype=object))
    compared = con.execute(
        """SELECT s.sheet_row, s.school, s.year, s.indicator_id::VARCHAR AS indicator_id, s.value,
                  s.qualifier::VARCHAR AS qualifier,
                  f.value AS stored,
                  f.qualifier::VARCHAR AS stored_qualifier, f.source_kind::VARCHAR AS source_kind
        FROM sheet_final s JOIN school_map m USING (school)
        JOIN current_facts f ON f.school_id = m.school_id AND f.indicator_id = s.indicator_id
            AND f.ref_year = s.year AND f.cadence IS NULL AND NOT f.is_target"""
    ).df()
    con.unregister("school_map")
    differs = compared[(compared["value"] != compared["stored"]) | (compared["qualifier"] != compared["stored_qualifier"])]
    out.changed = differs.sort_values("sheet_row").reset_index(drop=True)
    out.unchanged = len(compared) - len(differs)
    out.new_figures = out.rows - len(compared)
    out.already_loaded_as = committed_batch(con, "sheet", digest.result())
    return out


def _school_record(school: str, region_text: str | None, level: str | None,
                   regions: dict[str | None, tuple]) -> tuple:
    """A new school's row as `schools` stores it, without its id and batch: (name_zh, name_en, province,
    city, district, region, level). `regions` caches parsed regions (province, city, district, label):
    many schools share one."""
    region_text = region_text.strip() if region_text else region_text
    if (region := regions.get(region_text)) is None:
        parsed = place_given(region_text)
        region = regions[region_text] = (parsed.province, parsed.city, parsed.district,
                                         parsed.label or region_text)
    own = identity.canonical(school).place if _REGION_IN_NAME.search(school) else None
    if own is not None and own.known:  # the name's own region, then the region column for the rest
        place = merged(own, Place(*region[:3]))
        region = (place.province, place.city, place.district, region[3] or place.label)
    is_en = is_english_name(school)
    name = clean_name(school)  # stored without invisible characters; the spelling is kept as an alias
    return (None if is_en else name, name if is_en else None, *region, _level(level, school))


_REGION_IN_NAME = re.compile("[省市州盟区县旗]")  # only such a name can start with its region


def _choice_problem(file: str, preview: Preview, school: str, region: str,
                    candidates: list[tuple[int, str]]) -> Problem:
    listed = "; ".join(f"{school_id}: {label}" for school_id, label in candidates)
    written = f"{school}{'（' + region + '）' if region else ''}"
    return Problem(file, preview.first_rows.get(school), "school",
                   f"{written} may be one of several known schools: {listed}",
                   "add a region column, or choose one on the upload page, or import with --new-schools to make "
                   "it a new school",
                   reason_zh=f"{written} 可能是以下已有学校之一：{listed}",
                   suggestion_zh="请在报表中加一列地区，或在上传页面选择对应的学校，或用 --new-schools 导入为新学校")


def _school_display(con, school_id: int) -> str:
    row = con.execute("SELECT coalesce(name_zh, name_en) FROM schools WHERE id = ?", [school_id]).fetchone()
    return row[0] if row else str(school_id)


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
        return _write_sheet(c, batch_id, check.wide_columns, check.preview)

    result = run_batch(con, "sheet", file_name=check.file, digest=check.digest, who=who, write=write,
                       refresh=refresh_sheet_batch)
    result.message = (f"{check.file}: imported as batch {result.batch_id} ({result.counts['observations']} figures, "
                      f"{result.counts['schools']} new schools)")
    return check, result


def _write_sheet(con: duckdb.DuckDBPyConnection, batch_id: int, wide_columns: list[str],
                 preview: Preview | None = None) -> dict[str, int]:
    """Schools first (matched by spelling, else created in bulk), then every figure in one INSERT."""
    index = school_index(con)  # the preview's, unless a load has committed since
    if preview is not None:  # made from the same staged sheet
        names = preview.schools
    else:
        names = con.execute("SELECT school, region, level_text FROM sheet_schools ORDER BY first_row").fetchall()
    keys = preview.alias_keys if preview is not None else {}
    ids: dict[str, int] = {}
    new: list[tuple[str, str | None, str | None]] = []
    aliases: dict[str, tuple[int, str]] = {}
    # the preview's matches (and the analyst's choices) hold if no load has committed since (this
    # transaction sees that state); otherwise each school is looked up again
    same_version = preview is not None and preview.data_version == data_version(con)
    chosen = dict(preview.matched_ids) if preview is not None else {}

    def match(school: str, region: str | None) -> int | None:
        if same_version:
            return chosen.get(school)
        decision = identity.find(index, school, region, keys.get(school))
        return decision.school_id if decision.kind == "match" else chosen.get(school)

    for school, region, level in names:
        school_id = match(school, region)
        if school_id is None:
            new.append((school, region, level))
        else:
            ids[school] = school_id
            key = keys.get(school) or alias_key(school)
            if key and key not in index.by_alias:
                aliases[key] = (school_id, school)
    if new:
        first = reserve_ids(con, "school", len(new))
        fresh = list(range(first, first + len(new)))
        rows = []
        records = preview.school_records if preview is not None else {}
        regions: dict[str | None, tuple] = {}
        for school_id, (school, region_text, level) in zip(fresh, new, strict=True):
            record = records.get(school) or _school_record(school, region_text, level, regions)
            rows.append((school_id, *record, batch_id))
            ids[school] = school_id
            key = keys.get(school) or alias_key(school)
            if key and key not in aliases:
                aliases[key] = (school_id, school)
        con.register("new_schools", _arrow(rows, [
            "id", "name_zh", "name_en", "province", "city", "district", "region", "level", "batch_id"]))
        con.execute("INSERT INTO schools SELECT * FROM new_schools")
        con.unregister("new_schools")
    if aliases:
        con.register("new_aliases", _arrow([(k, sid, spelling, batch_id) for k, (sid, spelling) in aliases.items()],
                                           ["alias", "school_id", "spelling", "batch_id"]))
        con.execute("INSERT INTO school_aliases SELECT * FROM new_aliases")
        con.unregister("new_aliases")
    created = {school for school, _, _ in new}
    con.register("school_ids", _arrow([(school, school_id, school in created) for school, school_id in ids.items()],
                                      ["school", "school_id", "is_new"]))
    con.execute("CREATE OR REPLACE TEMP TABLE sheet_school_map AS SELECT school::VARCHAR AS school, "
                "school_id::INTEGER AS school_id, is_new::BOOLEAN AS is_new FROM school_ids")
    con.unregister("school_ids")
    # A sheet figure's id is its batch and its place in the sheet (see sheet_figure_id_base): unique,
    # never reused, and given without drawing a million values from a sequence. The place is its row
    # (times the number of indicator columns plus its column, for wide sheets).
    def ordinal(row: str, indicator: str) -> str:
        place = f"({row} - 2)::BIGINT"
        if wide_columns:
            place = f"{place} * {len(wide_columns)} + list_position({wide_columns!r}, {indicator}) - 1"
        return place

    rows = con.execute("SELECT sum(figures)::BIGINT FROM sheet_schools").fetchone()[0]
    last_row = con.execute("SELECT max(sheet_row) FROM sheet_numbered").fetchone()[0]
    places = (last_row - 1) * max(1, len(wide_columns))
    if places > SHEET_FIGURE_PLACES:
        raise ValueError(f"a sheet of {places} cells is too large to load as one batch")
    base = sheet_figure_id_base(batch_id)
    loaded_at = con.execute("SELECT created_at FROM batches WHERE id = ?", [batch_id]).fetchone()[0]
    keyed = f"""SELECT {base} + {ordinal("s.sheet_row", "s.indicator_id")} AS id, m.school_id, s.indicator_id, s.year::SMALLINT AS year, s.value,
                       s.qualifier, s.sheet_row
                FROM sheet_final s JOIN sheet_school_map m USING (school)"""
    clashes = find_sheet_clashes(con, f"({keyed})")
    sole = "true"
    if clashes:
        sole = ("NOT EXISTS (SELECT 1 FROM sheet_clashes c WHERE c.school_id = k.school_id "
                "AND c.indicator_id = k.indicator_id AND c.y = k.year)")
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW batch_rows AS
        SELECT id, {int(batch_id)}::INTEGER AS batch_id, school_id, indicator_id, year, value, qualifier, sheet_row,
               'confirmed' AS review_status, TIMESTAMP '{loaded_at.isoformat(" ")}' AS loaded_at,
               {sole} AS sole
        FROM ({keyed}) k"""
    )
    con.execute(f"INSERT INTO sheet_values ({SHEET_VALUES_COLUMNS}) SELECT {SHEET_VALUES_COLUMNS} FROM batch_rows")
    # notes apart (see warehouse migration 10); a sheet without a note column has NULL there, which
    # the planner sees: nothing is scanned
    con.execute(f"""INSERT INTO sheet_notes SELECT {base} + {ordinal("sheet_row", "indicator_id")}, note
                    FROM sheet_final WHERE note IS NOT NULL""")
    if created:
        # a new school's figures are all this sheet's and all current: its summary is its groups (not
        # read back from sheet_values: a scan of a transaction's own uncommitted rows is slow)
        latest = _latest("g.latest_key")
        con.execute(
            f"""INSERT INTO school_indicator_summary
            SELECT m.school_id, g.indicator_id, g.figures::INTEGER, g.years_a, g.years_b, false, g.latest_value,
                   {latest["qualifier"]}, {latest["year"]},
                   NULL, 'sheet', {base} + {ordinal(latest["row"], "g.indicator_id")}, false
            FROM sheet_groups g JOIN sheet_school_map m USING (school) WHERE m.is_new"""
        )
        refresh_school_stats(con, "SELECT school_id FROM sheet_school_map WHERE is_new")
    return {"observations": int(rows), "schools": len(new)}


def _arrow(rows: list[tuple], columns: list[str]):
    """Rows as an Arrow table for DuckDB to scan (a pandas frame of objects converts far slower)."""
    import pyarrow as pa

    return pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})


def _level(text: str | None, school: str) -> str:
    if text:
        value = text.strip().lower()
        if value in SCHOOL_LEVELS:
            return value
        if text.strip() in LEVEL_WORDS:
            return LEVEL_WORDS[text.strip()]
    return school_level_from_name(school)


# ------------------------------------------------------------------ templates

TEMPLATE_EXAMPLE = [("黔江区菁华小学校", 2021, "members_full", 20, "exact", "重庆市黔江区", ""),
                    ("黔江区菁华小学校", 2021, "volunteer_sessions", "10+", "", "重庆市黔江区", "10余次")]


def template(layout: str = "long", lang: str = "zh", fmt: str = "csv") -> bytes:
    """A sheet to fill in: long or wide, Chinese or English headers, CSV (UTF-8 with BOM) or XLSX."""
    idx = 0 if lang == "zh" else 1
    if layout == "long":
        header = [COLUMN_NAMES[c][idx] for c in ("school", "year", "indicator", "value", "qualifier", "region", "note")]
        rows = [list(r) for r in TEMPLATE_EXAMPLE]
        if lang == "zh":
            names = {i.id: i.name_zh for i in catalog.load_catalog()}
            words = QUALIFIER_WORDS_ZH
            for r in rows:
                r[2] = names[r[2]]
                r[4] = words.get(r[4], r[4])
    else:
        indicators = [i for i in catalog.load_catalog() if i.id != "awards_org"]
        header = [COLUMN_NAMES["school"][idx], COLUMN_NAMES["year"][idx], COLUMN_NAMES["region"][idx]] + [
            f"{i.name_zh}（{catalog.UNITS_ZH.get(i.unit, i.unit)}）" if lang == "zh" else i.id for i in indicators]
        example = {"members_full": 20, "members_probationary": 3, "activists": 3, "volunteer_sessions": "10+"}
        rows = [["黔江区菁华小学校", 2021, "重庆市黔江区"] + [example.get(i.id, "") for i in indicators]]
    if fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "figures" if lang == "en" else "数据"
        sheet.append(header)
        for r in rows:
            sheet.append(r)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")
