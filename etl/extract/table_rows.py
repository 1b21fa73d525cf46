"""Figures in a table copied into a report: a row that is an indicator's name and a number.

A report may hold a small table ("党员总数<TAB>26", "| 发展党员 | 2 | 3 |"), where the numbers carry
no measure word and so are no quantities of the prose. A row is read only when its label is an
indicator's name exactly as the catalog spells it (data/indicators.csv: names and aliases, a year
before it allowed), so that a row of anything else is left alone. A header row of years gives each
column its year. A table may also be turned the other way, a row a year under a header of indicators
("| 年度 | 党员人数 | 发展党员 |"): each column that names an indicator is read. So may a table of
a row a branch ("| 支部 | 党员数 | 主题党日 |"): only its row of totals ("| 合计 | 37 | 28 |") is the
school's; and so may a table of a row a month or a term ("| 月份 | 活动次数 | … |"), whose row of totals is the
year's. A form's one row of numbers under a header that names an indicator in every cell is read too.
"""

from __future__ import annotations

import dataclasses
import re

from etl import catalog, qualifiers
from etl.extract.periods import A_DATE_LINE, heading_year
from etl.records import Metric

# cells are parted by tabs, a vertical bar, a colon, or two spaces or more (or all but a colon, where a cell may hold
# one: an honour's title)
_CELL_SEP = re.compile(r"\t+|\s*[|｜]\s*|\s*[:：]\s*| {2,}|\u3000+")
_CELL_SEP_NO_COLON = re.compile(r"\t+|\s*[|｜]\s*| {2,}|\u3000+")
# a line that may be a row: a number right after a cell mark (a qualifier word allowed: "约20", "about
# 20"), or a header's year
_MAY_BE_ROW = re.compile(r"(?:\t|[|｜:：]| {2}|\u3000)\s*(?:[a-z\u4e00-\u9fff ]{1,12})?\d")
_NUMBER = re.compile(r"\d{1,6}(?:\.\d+)?")
_INDEX_HEADER = re.compile(r"序号|编号|No\.?|#", re.I)
_ROW_INDEX = re.compile(r"\d{1,3}")
_YEAR_CELL = re.compile(r"((?:19|20)\d{2})\s*(?:年度?|学年)?")
# a school year's cell, of no one year: "2022-23", "2022—2023学年"
_SCHOOL_YEAR_CELL = re.compile(r"(?:19|20)\d{2}\s*[-–—/]\s*(?:(?:19|20)?\d{2})\s*(?:学年度?)?")
_YEAR_LABEL = re.compile(r"^((?:19|20)\d{2})\s*年度?")
# the first column's header in a table of a row a year
_YEAR_HEADER = re.compile(r"年度|年份|年|时间|year", re.I)
# (a header for when, which may head rows of years or of months: "| 时间 | … |"; under months, its row of totals is the
# figure)
_WHEN_HEADER = re.compile(r"时间|date|when", re.I)
# or of a row a part of the school's party organization, whose figures add up to the school's (a branch, a party
# group, or a member: "| 姓名 | 服务次数 | 服务时长 |")
_PART_HEADER = re.compile(r"(?:党)?支部(?:名称)?|党小组(?:名称)?|(?:branch|party group)(?: name)?|姓名|党员姓名|name", re.I)
_SCHOOL_COLUMN = re.compile(r"(?:学校|小学|中学|附小|附中|幼儿园|一中|二中|三中|school)$", re.I)
# or of a row a part of the year, a month or a term, its row of totals the year's ("| 月份 | 活动次数 | … |", "| 合计 | 8 | … |")
_PERIOD_HEADER = re.compile(r"月份|月|季度|学期|时段|日期|month|quarter|term|date", re.I)
# a table's title that says its figures are of volunteer service
_VOLUNTEERING_TITLE = re.compile(r"志愿|义工|volunt", re.I)
# the header of a column of the kinds of something, each row one: "| 项目 | … |", "| Activity | … |"
_ITEM_HEADER = re.compile(r"项目|服务项目|服务内容|活动(?:名称|内容|项目)?|类别|item|activity|kind", re.I)
_NOTE_HEADER = re.compile(r"备注|说明|附注|notes?|remarks?|comments?", re.I)
_TOTAL_HEADER = re.compile(r"合计|总计|共计|全校|总数|\btotal\b", re.I)
# (in a table of a row a term or a month, the row of the whole year is its totals: "| 全年 | 20 | … |", "| Year | 20 | … |")
_WHOLE_PERIOD_ROW = re.compile(r"全年|全学年|本学年|(?:the )?(?:whole |full |school )?year", re.I)
# a column of the number done, beside the number planned ("| 项目 | 应开展 | 实际开展 | 完成率 |"): the figure
_DONE_HEADER = re.compile(r"实际(?:开展|完成|召开|讲授|举办|组织)?(?:次数|数|数量)?|已完成|完成(?:次数|数|情况)?|"
                          r"actual(?:ly)?(?: (?:held|done|given))?|done", re.I)
# (or the number required, a norm: "| 项目 | 要求 | 完成 |")
# (a year's target too: "| 指标 | 年度目标 | 完成情况 |")
_PLANNED_HEADER = re.compile(r"应(?:开展|完成|召开|讲授|举办|组织)?(?:次数|数|数量)?|(?:年度|全年)?计划(?:开展|完成|召开|讲授|举办|组织)?"
                             r"(?:次数|数|数量)?|(?:年度|全年)?目标(?:数|值)?|(?:要求|规定|标准)(?:次数|数|频次)?|planned|target|required", re.I)
# a column of how many times an event was held, beside others that are no indicator's ("| 项目 | 次数 | 参与人数 |"):
# the figure; and the column of the people who took part in it, a figure for the volunteer service's row
_COUNT_HEADER = re.compile(r"(?:开展|召开|组织|举办|活动)?(?:次数|场次)|次|times|sessions|number(?: held)?", re.I)
_PEOPLE_HEADER = re.compile(r"(?:参与|参加)(?:人数|人次)|人数|人次|participants|participant-times|person-times", re.I)
# whose figure it is, before the indicator's name: "支部党员人数", "中共党员总数"
_OWNER = re.compile(r"^(?:全校|学校|本校|我校|党委|党总支|党支部|支部|中共|共产)+|"
                    r"\s+(?:by|of) (?:the )?(?:party )?(?:members|branch|school)$", re.I)
# the verb a label may open with: "开展主题党日（次）", "召开组织生活会", "讲党课"
_EVENT_VERB = re.compile(r"^(?:开展|召开|组织|举办|举行|讲授|讲|上)")
# a row of a breakdown ("其中：预备党员 | 3") is a part of the row above; only the kinds of members a
# total is made of are figures of their own
_BREAKDOWN = frozenset({"其中", "其中有", "含", "包括", "of which", "including"})
_BREAKDOWN_OPENING = re.compile(r"(?:其中有?|含|包括)[:：]?\s*|(?:of (?:which|whom)|including)[:,]?\s+", re.I)
_PARTS_OF_A_TOTAL = catalog.membership_parts()
# the word for the number a header counts, and the verb of what its people were made: "确定积极分子人数" counts activists
_NUMBER_WORD = re.compile(r"(?:人数|人次|数量|次数|数)$|^(?:the )?(?:total )?(?:number|no\.?) of ", re.I)
_PEOPLE_VERB = re.compile(r"^(?:确定|培养|吸收|接收|新确定)")
# the need of the people a label counts, in English: "Students in difficulty helped" are students helped
_IN_NEED_EN = re.compile(r"\s+(?:in (?:financial )?(?:difficulty|difficulties|need|poverty)|with (?:learning )?difficulties|"
                         r"from (?:poor|low-income|needy) families)\b", re.I)
# the unit a column or label may name in brackets: "主题党日活动（次）"
_BRACKETED = re.compile(r"[（(][^）)]{0,8}[）)]")


def table_like(line: str) -> bool:
    """Whether a line is parted into cells by more than a colon."""
    return "\t" in line or "|" in line or "｜" in line or "  " in line or "\u3000" in line


def row_cells(line: str, *, colons: bool = True) -> list[tuple[int, str]]:
    """A line's cells, each with where it starts in the line, without a leading column of row numbers ("| 序号 |
    指标 |", "| 1 | 党员总数 |"); with `colons` False, a colon parts no cells."""
    cells, pos = [], 0
    for sep in [*(_CELL_SEP if colons else _CELL_SEP_NO_COLON).finditer(line), None]:
        part = line[pos: sep.start() if sep else len(line)]
        if part.strip():
            cells.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos = sep.end() if sep else pos
    if len(cells) > 2 and (_INDEX_HEADER.fullmatch(cells[0][1]) or
                           (_ROW_INDEX.fullmatch(cells[0][1]) and not _NUMBER.fullmatch(cells[1][1]))):
        return cells[1:]
    return cells


def _cells(line: str) -> list[str]:
    return [cell for _, cell in row_cells(line)]


def read_rows(text: str, folded: str, taken: list[tuple[int, int]], default_year: int | None,
              lang: str) -> list[Metric]:
    """The figures of the table rows in `folded` (offsets into `text`); lines with a span in `taken`
    (a quantity the prose rules read) are left to them. A row's year is its label's, its column's, the
    year of a heading above it ("2023年主要活动：") or else `default_year`."""
    folded = _csv_as_tabs(folded)
    found: list[Metric] = []
    column_years: list[int | None] = []
    total_column: tuple[int, int] | None = None  # (its place among the values, how many values a row has)
    done_column = False  # the column read is of the number done, beside one planned or required
    people_column: int | None = None  # the place among the values of the people who took part
    column_indicators: list = []  # a table of a row a year or a part: each column's indicator (None: not one)
    rows_of_parts = False  # a table of a row a part: only its row of totals is read
    rows_of_periods = False  # (its rows are terms or months: the whole year's row is its totals)
    rows_of_when = False  # (its rows are headed by when, years or months: no year's row seen, its row of totals is read)
    note_column: int | None = None  # the place among the values of a column of notes ("| 项目 | 数量 | 备注 |")
    pos = 0
    for line in folded.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        line = _ideographic_spaces_kept(line, text[start:end])
        if not line.strip():
            # a blank line ends a table
            column_years, total_column, people_column, column_indicators, rows_of_parts = [], None, None, [], False
            rows_of_periods = done_column = rows_of_when = False
            note_column = None
            continue
        parted = table_like(line)
        header = _cells(line) if parted else []  # the line's cells, where it is parted like a table
        # (a header's cells after the first name things and hold no number: "| 党小组 | 3 |" is a row)
        no_numbers = not any(re.search(r"\d", cell) for cell in header[1:])
        if len(header) > 2 and no_numbers:
            notes = [i for i, cell in enumerate(header[1:]) if _NOTE_HEADER.fullmatch(cell)]
            note_column = notes[0] if notes else note_column
        header_columns: list = []  # a header's columns, each the indicator it names (None: not one)
        kinds_of_service = False
        if len(header) > 1 and no_numbers:
            # (in a table of volunteer service, its title says so, a column may name what is counted alone: "活动次数";
            # the page's date may stand between the title and the table)
            above = folded[max(0, start - 120): start].rstrip("\n").split("\n")
            title = above[-2] if len(above) > 1 and A_DATE_LINE.fullmatch(above[-1].strip()) else above[-1]
            service = _VOLUNTEERING_TITLE.search(title)
            # (its columns named as a service's first: "Members" there are those who took part, not the membership)
            header_columns = [(_service_column(cell) if service else None) or _indicator_of(cell) for cell in header[1:]]
            # (or a row a kind of the service, each column named as the service's: "| 项目 | 次数 | 参与人次 | 服务人次 |",
            # whose row of totals is the figure)
            kinds_of_service = bool(service) and bool(_ITEM_HEADER.fullmatch(header[0])) and all(header_columns)
        if len(header) > 1 and no_numbers and (_YEAR_HEADER.fullmatch(header[0]) or _PART_HEADER.fullmatch(header[0]) or
                                               _PERIOD_HEADER.fullmatch(header[0]) or kinds_of_service):
            # "| 年度 | 党员人数 | 发展党员 | …": a row a year (or a branch, or a month of the year), a column an indicator
            column_indicators = header_columns
            rows_of_parts = not _YEAR_HEADER.fullmatch(header[0])
            rows_of_periods = bool(_PERIOD_HEADER.fullmatch(header[0]))
            rows_of_when = bool(_WHEN_HEADER.fullmatch(header[0]))
            if not any(column_indicators):
                column_indicators = []
            continue
        if column_indicators:
            cells = header if parted else _cells(line)
            year_m = _YEAR_CELL.fullmatch(cells[0]) if cells and not rows_of_parts else None
            # (a row of a school year is of no one year: "2022-23,79,5")
            school_year = bool(cells) and not rows_of_parts and bool(_SCHOOL_YEAR_CELL.fullmatch(cells[0]))
            if year_m:
                rows_of_when = False  # a row of a year: a total after such rows is of several years
            total_row = (rows_of_parts or rows_of_when) and bool(cells) and bool(
                _TOTAL_HEADER.fullmatch(cells[0]) or (rows_of_periods and _WHOLE_PERIOD_ROW.fullmatch(cells[0])))
            if (year_m or school_year or total_row) and len(cells) - 1 == len(column_indicators) and \
                    not any(s < end and start < e for s, e in taken):
                year = int(year_m.group(1)) if year_m else None if school_year else \
                    heading_year(folded, start, lang) or default_year
                # (the school year kept as the row's period, its two years its span)
                spanned = [int(y) for y in re.findall(r"(?:19|20)\d{2}", cells[0])] if school_year else []
                span = (spanned[0], spanned[-1] if len(spanned) > 1 else spanned[0] + 1) if spanned else (None, None)
                for indicator, cell in zip(column_indicators, cells[1:], strict=True):
                    if indicator is not None and (parsed := _value(cell)) and 0 < parsed[0] <= indicator.max_value:
                        found.append(Metric(indicator=indicator.id, value=parsed[0], qualifier=parsed[1],
                                            year=year, period=cells[0].strip() if school_year else None,
                                            period_start=span[0], period_end=span[1], start=start + _lead(line), end=end,
                                            evidence=text[start + _lead(line): end].rstrip()))
            continue
        counted = [i for i, cell in enumerate(header[1:]) if _COUNT_HEADER.fullmatch(_BRACKETED.sub("", cell))]
        if parted and len(header) > 2 and no_numbers and \
                (_TOTAL_HEADER.search(line) or any(_PLANNED_HEADER.fullmatch(cell) for cell in header[1:]) or counted):
            # a header with a column of totals ("| 项目 | 一支部 | 二支部 | 合计 |"): the school's figure; or of the
            # number done beside the number planned ("| 项目 | 应开展 | 实际开展 |"): what was done; or of the
            # times held beside the people who took part ("| 项目 | 次数 | 参与人数 |")
            done = [i for i, cell in enumerate(header[1:]) if _DONE_HEADER.fullmatch(cell)]
            totals = [i for i, cell in enumerate(header[1:]) if _TOTAL_HEADER.fullmatch(cell)] or done or counted
            done_column = totals == done
            # (columns of schools total a district's figure, no school's: "| 指标 | 实验小学 | 二中 | 合计 |")
            of_schools = any(_SCHOOL_COLUMN.search(cell) for cell in header[1:])
            # (a row's values are counted without its note, as a row is read)
            figures = [i for i in range(len(header) - 1) if i != note_column]
            total_column = (figures.index(totals[0]), len(figures)) if len(totals) == 1 and not of_schools else None
            people = [i for i, cell in enumerate(header[1:]) if _PEOPLE_HEADER.fullmatch(_BRACKETED.sub("", cell))]
            people_column = figures.index(people[0]) if total_column and totals == counted and len(people) == 1 else None
            continue
        positioned = row_cells(line) if _MAY_BE_ROW.search(line) else []
        cells, offsets = [cell for _, cell in positioned], [at for at, _ in positioned]
        if len(cells) < 2:
            continue
        if (years := _years_of(cells)) is not None:
            column_years = years  # a header of years over a column of labels left blank ("            2022    2023")
            continue
        part = cells[0].lower() in _BREAKDOWN
        if part:
            cells, offsets = cells[1:], offsets[1:]
        elif (opening := _BREAKDOWN_OPENING.match(cells[0])) and len(cells[0]) > opening.end():
            part = True  # "| 其中预备党员 | 2人 |": the word of a breakdown opens the label
            cells = [cells[0][opening.end():].strip(), *cells[1:]]
        if len(cells) < 2:
            continue
        label, values = cells[0], cells[1:]
        note_at = end  # where the row's note begins: a count the prose read ending there is a part of the row's figure
        if note_column is not None and len(values) > note_column > 0:
            note_at = start + offsets[1 + note_column]
            values = values[:note_column] + values[note_column + 1:]  # a note says something of the figure, not another
        if (years := _years_of(values)) is not None:
            column_years = years  # a header of years
            continue
        took_part = None
        if len(values) > 1 and len(column_years) != len(values) and total_column and total_column[1] == len(values):
            took_part = values[people_column] if people_column is not None else None
            values = [values[total_column[0]]]  # the column of totals (or of the number done) alone
        numbers = [_value(v) for v in values]
        # a count the prose read in a clause after the row's number is that clause's ("30次，参与党员520人次")
        detail = _DETAIL_AFTER.search(values[0]) if len(values) == 1 and len(offsets) == len(cells) else None
        detail_at = start + offsets[1] + detail.start() if detail else end
        # (the prose may have read the number planned or required, "| 党课 | 每季度1次 | 5次 |": the row's figure is the
        # number done, which stands in its place)
        if None in numbers or (not (done_column and total_column) and
                               any(s < end and start < e and not note_at < e <= end and s < detail_at
                                   for s, e in taken)):
            continue
        year_m = _YEAR_LABEL.match(label)
        indicator = _indicator_of(label[year_m.end():] if year_m else label)
        if indicator is None and part and not year_m:
            # "| of which probationary | 2 |", "| 其中预备 | 2 |": a part named by its kind, the total's noun left out
            indicator = _indicator_of(f"{label} members" if lang == "en" else f"{label}党员")
        if indicator is None or (part and indicator.id not in _PARTS_OF_A_TOTAL):
            continue
        if len(values) > 1 and len(column_years) != len(values):
            continue  # several numbers, and no header says what sets them apart
        years = column_years if len(column_years) == len(values) else [None]
        for (number, qualifier), column_year in zip(numbers, years, strict=True):
            if number <= 0 or number > indicator.max_value:
                continue
            year = int(year_m.group(1)) if year_m else column_year or heading_year(folded, start, lang) or default_year
            found.append(Metric(indicator=indicator.id, value=number, qualifier=qualifier, year=year, start=start + _lead(line),
                                end=end, evidence=text[start + _lead(line): end].rstrip()))
            if indicator.id == "volunteer_sessions" and took_part and (people := _value(took_part)) and \
                    0 < people[0] <= catalog.by_id()["volunteer_participants"].max_value:
                found.append(dataclasses.replace(found[-1], indicator="volunteer_participants", value=people[0],
                                                 qualifier=people[1]))
    return found + _row_under_a_header_of_indicators(text, folded, taken, default_year, lang)


# the header of a table pasted as comma-separated values: "指标,数量,备注", "Indicator,2022,2023" (or of a table of a row a
# year, a term or a branch: "Year,Members,Activists", "支部,党员数,主题党日")
_CSV_HEADER = re.compile(r"[ \t]*(?:(?:指标|项目|类别|名称|内容|indicator|item|measure)[ \t]*,[^,\n]+(?:,[^,\n]*)*|"
                         r"(?:年度|年份|学年|学期|月份|支部|year|school year|term|month|branch)[ \t]*,[^,\n\d]+(?:,[^,\n\d]*)*)",
                         re.I)


def _csv_as_tabs(folded: str) -> str:
    """`folded` with the commas of a table pasted as comma-separated values (a header that names its first column as a
    table's does, then rows with as many commas, up to a blank line) read as tabs; same length."""
    if "," not in folded:
        return folded
    lines = folded.split("\n")
    i = 0
    while i < len(lines):
        if _CSV_HEADER.fullmatch(lines[i]):
            commas = lines[i].count(",")
            j = i + 1
            while j < len(lines) and lines[j].strip() and lines[j].count(",") == commas and "，" not in lines[j]:
                j += 1
            if j > i + 1:
                lines[i: j] = [line.replace(",", "\t") for line in lines[i: j]]
            i = j
        else:
            i += 1
    return "\n".join(lines)


# the rule under a table's header: "| --- | :---: |"
_HEADER_RULE = re.compile(r":?-{2,}:?")


def _row_under_a_header_of_indicators(text: str, folded: str, taken: list[tuple[int, int]], default_year: int | None,
                                      lang: str) -> list[Metric]:
    """The figures of a table whose header names an indicator in every cell and whose one row under it holds a number
    in every cell ("| 党员总数（人） | 预备党员（人） |" over "| 58 | 3 |", as a form of a school's figures is laid out).
    A table of several such rows is left alone: nothing says what sets its rows apart."""
    found: list[Metric] = []
    lines, starts, pos = folded.split("\n"), [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1

    def cells_of(i: int) -> list[str]:
        return _cells(lines[i]) if i < len(lines) and table_like(lines[i]) else []

    for i in range(len(lines)):
        header = cells_of(i)
        if len(header) < 2 or any(re.search(r"\d", cell) for cell in header):
            continue
        indicators = [_indicator_of(cell) for cell in header]
        if None in indicators:
            continue
        row = i + 1
        while (cells := cells_of(row)) and all(_HEADER_RULE.fullmatch(cell) for cell in cells):
            row += 1
        numbers = [_value(cell) for cell in cells_of(row)]
        after = [_value(cell) for cell in cells_of(row + 1)]
        if len(numbers) != len(indicators) or None in numbers or (after and None not in after):
            continue
        start, end = starts[row], starts[row] + len(lines[row])
        if any(s < end and start < e for s, e in taken):
            continue
        year = heading_year(folded, start, lang) or default_year
        for indicator, (number, qualifier) in zip(indicators, numbers, strict=True):
            if 0 < number <= indicator.max_value:
                found.append(Metric(indicator=indicator.id, value=number, qualifier=qualifier, year=year,
                                    start=start + _lead(lines[row]), end=end,
                                    evidence=text[start + _lead(lines[row]): end].rstrip()))
    return found


# (beside the people's header of any table: those of the service named by who they are, "参与党员（人次）", "Members")
_SERVICE_PEOPLE = re.compile(r"(?:参与|参加)(?:党员|教师|志愿者|人员)?(?:人数|人次)?|(?:participating )?members(?: taking part)?|"
                             r"volunteers", re.I)
# (and its events, a column of their names, which a row of totals counts: "| Activity | … |", "Total | 4 activities |")
_SERVICE_EVENTS = re.compile(r"活动(?:名称|内容|项目)?|activit(?:y|ies)|events?", re.I)
_SERVICE_HOURS = re.compile(r"(?:服务)?时长|小时|hours", re.I)


def _service_column(header: str):
    """In a table of volunteer service, the indicator of a column that names only what it counts: the times it was done
    ("活动次数", or its events, "Activity"), its hours ("Hours") or the people who took part ("参与党员（人次）")."""
    name = _BRACKETED.sub("", header)
    if _COUNT_HEADER.fullmatch(name) or _SERVICE_EVENTS.fullmatch(name):
        return catalog.by_id()["volunteer_sessions"]
    if _SERVICE_HOURS.fullmatch(name):
        return catalog.by_id()["volunteer_hours"]
    if _SERVICE_PEOPLE.fullmatch(name) or _PEOPLE_HEADER.fullmatch(name):
        return catalog.by_id()["volunteer_participants"]
    return None


def _years_of(cells: list[str]) -> list[int] | None:
    """The years of a header's cells, when each is a year ("2022", "2023年度"), else None."""
    years = [_YEAR_CELL.fullmatch(cell) for cell in cells]
    return [int(m.group(1)) for m in years] if all(years) else None


def _indicator_of(label: str):
    """The indicator a row's label or a column's header names, as the catalog spells it (its unit in
    brackets, whose it is, the verb of its event or of its people, or the word for their number allowed:
    "确定积极分子人数"), or None."""
    name = _BRACKETED.sub("", label)
    indicator = catalog.find_indicator(name) or catalog.find_indicator(_OWNER.sub("", name)) or \
        catalog.find_indicator(_EVENT_VERB.sub("", name)) or \
        catalog.find_indicator(_PEOPLE_VERB.sub("", _NUMBER_WORD.sub("", name))) or \
        catalog.find_indicator(_OWNER.sub("", _IN_NEED_EN.sub("", name))) or _done_by_members(name) or \
        (catalog.find_indicator(f"Members {name}") if _MEMBERS_LEFT_OUT.fullmatch(name.strip()) else None)
    if indicator is not None and indicator.category == "volunteering" and \
            any(_SERVICE_HOURS.fullmatch(unit[1:-1].strip()) for unit in _BRACKETED.findall(label)):
        # a service named with its hours for unit: "| 党员志愿服务（小时） | 540 |" counts hours, not times
        return catalog.by_id()["volunteer_hours"]
    return indicator


# a column of the members admitted, headed by the verb alone beside the members' column: "Year,Members,Admitted"
_MEMBERS_LEFT_OUT = re.compile(r"(?i)admitted|recruited|developed")
# the members who do what a label names, before it: "| 党员志愿服务 | 30次 |" (a count of members is the catalog's own
# name: "党员人数"); or after it, in English: "| Students tutored by members | 52 |"
_MEMBERS_BEFORE = re.compile(r"^(?:党员教师|党员干部|党员)")
_BY_MEMBERS_AFTER = re.compile(r"\s+by (?:(?:party )?members|member teachers)$", re.I)


def _done_by_members(name: str):
    stripped = _MEMBERS_BEFORE.sub("", name) if _MEMBERS_BEFORE.match(name) else _BY_MEMBERS_AFTER.sub("", name)
    indicator = catalog.find_indicator(stripped) if stripped != name else None
    return indicator if indicator is not None and indicator.category != "membership" else None


# a number with one qualifier word or mark before or after it ("约20", "10余", "about 20", "50以上"), its thousands
# perhaps parted by commas ("1,020")
# (and its measure word, which the row's label has said already: "| 党小组数 | 8个 |", "| 党员 | 10余人 |", "20人以上")
_MEASURE_WORD = r"(?:人次|场次|课时|小时|个|人|名|位|次|场|节|项|户|对|篇|支|activities|events|sessions|times|hours|person-times)"
_MARKED_NUMBER = re.compile(
    rf"(?:(?P<before>{qualifiers.alternation(qualifiers.BEFORE | qualifiers.BEFORE_EN)})\s*)?"
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}(?:\.\d+)?)"
    rf"\s*(?P<after>{qualifiers.alternation(qualifiers.AFTER)})?\s*{_MEASURE_WORD}?"
    rf"\s*(?P<after_word>{qualifiers.alternation(qualifiers.AFTER)})?")


# an aside in brackets after a cell's number ("9 (186 participant-times)", "12（含线上2次）")
_ASIDE_AFTER = re.compile(r"\s*[（(][^()（）]{1,30}[)）]\s*$")
# a clause after a cell's number that says more of it, with a number of its own (the prose reads that one):
# "| 党员志愿服务 | 30次，参与党员520人次 |", "| 党员人数 | 45人，其中预备党员3人 |"
_DETAIL_AFTER = re.compile(r"\s*[，,；;]\s*(?:其中|含|包括|参与|参加|覆盖|惠及|服务|受益|涉及)[^，,；;]{0,24}\d[^，,；;]{0,12}$")
# the words of a total before a cell's number, whose the total is: "| 主题党日 | 各支部共72次 |", "| 志愿服务 | 全年累计30次 |"
_TOTAL_BEFORE = re.compile(r"^(?:各(?:党)?支部|全校|全年|本年度|全学期)?(?:共计|合计|累计|总计|共)")


def _value(cell: str) -> tuple[float, str] | None:
    """A cell's number and its qualifier (etl/qualifiers.py), or None: a cell of anything else."""
    m = _MARKED_NUMBER.fullmatch(_TOTAL_BEFORE.sub("", _DETAIL_AFTER.sub("", _ASIDE_AFTER.sub("", cell)).strip()))
    if not m or sum(bool(m.group(g)) for g in ("before", "after", "after_word")) > 1:
        return None
    word = (m.group("before") or m.group("after") or m.group("after_word") or "").lower()
    qualifier = (qualifiers.BEFORE | qualifiers.BEFORE_EN | qualifiers.AFTER).get(word, "exact")
    return float(m.group("number").replace(",", "")), qualifier


def _ideographic_spaces_kept(line: str, raw: str) -> str:
    """The folded line with the ideographic spaces of the text as it was, which part a form's cells
    ("姓名　服务次数　服务时长") where folding left one plain space."""
    if "\u3000" not in raw:
        return line
    return "".join("\u3000" if original == "\u3000" else folded for original, folded in zip(raw, line, strict=True))


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip())
