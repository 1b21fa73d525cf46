"""Headers and layout: which column is which (pure functions, no database)."""

from __future__ import annotations

import csv
import io
import re

from rapidfuzz import fuzz, process

from etl import catalog
from etl.sheets.model import COLUMN_NAMES, COLUMNS, REQUIRED_LONG, REQUIRED_WIDE, Problem, _Layout


def _header_role(label: str) -> str | None:
    key = catalog.normalize_label(label)
    for role, spellings in COLUMNS.items():
        if key in spellings:
            return role
    return None


HEADER_SEARCH_ROWS = 10  # a header below this many title rows is not looked for


def _looks_like_header(cells: list[str]) -> bool:
    """A row naming the school column and at least one other column a sheet needs."""
    roles = {_header_role(cell) for cell in cells if cell and cell.strip()}
    return "school" in roles and bool(roles & {"year", "indicator", "value"})


def title_rows(text: str) -> int:
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


def detect_layout(name: str, header: list[str]) -> tuple[_Layout | None, list[Problem]]:
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
