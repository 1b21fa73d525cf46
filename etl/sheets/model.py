"""What a sheet check finds and says: problems, the preview of a load, the check itself, and the
sheet's source and layout as the steps pass them on."""

from __future__ import annotations

import contextlib
import itertools
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import duckdb
import pandas as pd

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
    staged: StagedSheet | None = None  # the sheet as staged, which the write reads
    header_row: int = 1  # the spreadsheet row of the header (below any title rows)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_frame(self) -> pd.DataFrame:
        return pd.DataFrame([p.as_dict() for p in self.problems], columns=["file", "row", "column", "reason",
                                                                            "suggestion", "reason_zh",
                                                                            "suggestion_zh"])


# ------------------------------------------------------------------ reading


@dataclass
class _Source:
    header_text: str  # the first line, decoded
    path: str  # a UTF-8 CSV file DuckDB reads
    temporary: bool  # whether `path` is ours to delete
    rows: bool  # whether anything follows the header
    decoded: bool = True  # False: handed over as it is, on the evidence of its first 64 KB being UTF-8
    row_offset: int = 0  # rows above the header (a title, a date line …): the header is row 1 + this


# Cells are trimmed of spaces as DuckDB's trim() defines them (Unicode Zs). Trimming every cell costs
# a copy of every string, and even testing each school's ends costs a pass over every row; most
# sheets need none. So cells are staged as written, except notes (stored as they are) that start or
# end with one of the common three (" ", U+00A0, U+3000). Spaces matter where they would split a
# school in two: if any school name (one per school, from the groups) has a space at an end, the
# sheet is staged again with every cell trimmed. Elsewhere they are stripped where the text is
# used: numbers and qualifier words by the parsing, labels and regions in Python.
_COMMON_SPACES = (" ", "\u00a0", "\u3000")


@dataclass
class _Layout:
    kind: str
    roles: dict[int, str]  # column position -> role (long columns)
    indicator_columns: dict[int, str]  # column position -> indicator id (wide)
    header: list[str]


_STAGINGS = itertools.count(1)


@dataclass
class StagedSheet:
    """A sheet read into DuckDB, handed explicitly from step to step: staging makes it, and the
    problems, the preview and the write each take it. Its relations are temporary tables and views of
    the connection that staged it, named after this staging alone, so that no step can read another
    sheet's rows: a step given a StagedSheet of a closed connection fails on the missing table.

      cells        the cells as written (plain text), made only to describe problems
      parsed       one row per figure: the school, indicator label, year, value and qualifier parsed
      numbered     `parsed` with each row's number in the file, empty rows left out
      rows         `numbered` with the indicator id of its label (via `indicator_map`)
      groups       one row per school and indicator: counts, years, latest figure (problems._aggregates)
      schools      one row per school: its region and level as given, first row, figure count
      final        one figure per school, year and indicator (repeats of one value kept once)
    """
    file: str
    layout: _Layout
    row_offset: int  # rows above the header
    digest: Future | None = None  # the file's content hash, computed beside the later steps
    figures: int = 0  # one per school, year and indicator; counted with the school list
    school_names: int = 0  # the schools as the sheet writes them
    prefix: str = field(default_factory=lambda: f"sheet{next(_STAGINGS)}_")
    parsed_is_view: bool = False  # staged again as text: `parsed` is a view over `cells`
    # the relations (names made from `prefix`)
    cells: str = field(init=False)
    raw: str = field(init=False)  # a wide sheet's columns as read, before one row per figure
    parsed: str = field(init=False)
    numbered: str = field(init=False)
    indicator_map: str = field(init=False)  # label -> indicator id
    rows: str = field(init=False)
    label_groups: str = field(init=False)  # groups by indicator label, before the labels are mapped
    merged_groups: str = field(init=False)  # groups whose labels name one indicator, merged
    stored_groups: str = field(init=False)  # whichever of the two is stored
    groups: str = field(init=False)
    limits: str = field(init=False)  # each indicator's largest plausible value
    final_table: str = field(init=False)  # `final` when repeats had to be merged
    final: str = field(init=False)
    schools: str = field(init=False)

    def __post_init__(self) -> None:
        for part in _RELATIONS:
            setattr(self, part, self.prefix + part)

    @property
    def wide_columns(self) -> list[str]:
        """A wide sheet's indicators, in column order (none for a long sheet)."""
        return list(dict.fromkeys(self.layout.indicator_columns.values()))

    def drop(self, con) -> None:
        """Remove its relations from the connection, views first (they read the tables), in one
        transaction: on a DuckLake warehouse each transaction starts with a question to the catalog,
        and so would a listing of the relations that were made."""
        views = [getattr(self, part) for part in _RELATIONS if part in _VIEWS or (part == "parsed" and self.parsed_is_view)]
        tables = [getattr(self, part) for part in _RELATIONS if getattr(self, part) not in views]
        con.execute("BEGIN TRANSACTION")
        try:
            for kind, names in (("VIEW", views), ("TABLE", tables)):
                for name in names:
                    con.execute(f"DROP {kind} IF EXISTS {name}")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")


def drop_relation(con: duckdb.DuckDBPyConnection, relation: str) -> None:
    """Drop a temp table or view (DROP must name which; `parsed` is either)."""
    for kind in ("VIEW", "TABLE"):
        with contextlib.suppress(duckdb.CatalogException):  # it is of the other kind
            con.execute(f"DROP {kind} IF EXISTS {relation}")


# Every relation a staging makes, in the order they are made.
_RELATIONS = ("cells", "raw", "parsed", "numbered", "indicator_map", "rows", "label_groups", "merged_groups",
              "stored_groups", "groups", "limits", "final_table", "final", "schools")
# Those that are views (`parsed` is one when `parsed_is_view`); the others are tables.
_VIEWS = frozenset({"numbered", "rows", "stored_groups", "groups", "final"})
