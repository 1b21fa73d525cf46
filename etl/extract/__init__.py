"""The report extractor: figures, periods, honours and the school, each with its exact evidence.

`extract_text(doc, text)` reads one report's text; `extract_file(path)` reads the file first.
Rules run on a folded copy of the text (simplified characters, half-width digits) that has the same
length as the original, so every evidence span is `text[start:end]` of the original.
Precision first: a number no rule understands is left out.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import unicodedata
from pathlib import Path

from etl import catalog, limits, qualifiers
from etl.extract import awards as honours
from etl.extract import people, rules_en, rules_zh, table_rows, wrapping
from etl.extract.document import (
    AREA_REPORT_TITLE,
    EN_KEY_FACTS,
    EN_REPORTS_ON_YEAR,
    EN_SPEECH_AT_A_YEARS_MEETING,
    EN_YEAR_AT_A_GLANCE,
    EN_YEAR_REPORT,
    HOW_THE_WORK_WENT,
    MAIN_WORK_OF_A_YEAR,
    SUMMARY_TITLE,
    area_at_large,
    area_at_large_en,
    bold_labels_as_colons,
    detect_language,
    digit_years,
    find_doc_type,
    find_event_year,
    find_published,
    find_region_en,
    find_region_zh,
    find_school_en,
    find_school_zh,
    find_title,
    furniture_spans,
    leaders_as_colons,
    publication_note,
    school_level,
    school_mentions,
    school_mentions_en,
    with_subtitle,
)
from etl.extract.lexicon import lexicon
from etl.extract.owners import (
    ANOTHER_ORGANIZATION,
    ANOTHER_SCHOOL,
    ONE_BRANCH,
    WIDER_AREA,
    Others,
    another_bodys_report,
    authority_signature,
    en_school_label,
    en_school_opens_sentence,
    same_school,
    same_school_en,
)
from etl.extract.periods import (
    A_DAY,
    EN_HOLIDAY_OF,
    EN_SEASON_OF,
    FOUNDED_AFTER_YEAR,
    NOT_AFTER_FOUNDED_IN,
    OF_THE_YEAR,
    ONE_UNIT,
    PER_UNIT,
    RATE_ZH,
    DocTime,
    TimeInfo,
    cadence_en,
    cadence_zh,
    halves_named,
    heading_year,
    one_year,
    per_several_periods,
    term_year,
    time_after,
    time_marks,
    time_of,
    year_mentions,
)
from etl.extract.quantities import COUNT_END, ZH_QUANTITY, Quantity, find_en, find_zh, is_weekday
from etl.extract.rule import Rule, RuleTable, Window
from etl.extract.text import EN_MONTH_NUMBERS, EN_MONTHS, Segmenter, line_start_within
from etl.reading import ReadError, read_report
from etl.records import Candidate, DocumentInfo, Extraction, Metric, content_hash
from etl.textnorm import fold

__all__ = ["extract_file", "extract_text"]

TABLES = {"zh": RuleTable(rules_zh.RULES), "en": RuleTable(rules_en.RULES)}
# from the catalog (data/indicators.csv): head counts, and the head counts that make up a membership total
STOCK_INDICATORS = catalog.stock_ids()
# the stocks no one makes more of at a rate (activists and applicants are, as "每学期确定积极分子1名")
_COUNTED_STOCKS = STOCK_INDICATORS - {"activists", "applicants"}
PARTS_OF_A_TOTAL = catalog.membership_parts()
# figures counted in person-times (visits to people, people served or helped, volunteers taking part)
_PERSON_TIMES = frozenset(i.id for i in catalog.load_catalog() if i.unit == "person-times")
# head counts of people: a number of person-times (人次) is no head count
HEAD_COUNTS = frozenset(i for i in STOCK_INDICATORS if catalog.by_id()[i].unit == "people")

_QUOTES = re.compile(r"[“”\"‘’「」『』《》()（）【】\[\]\s]")
_PAREN = re.compile(r"[(（][^()（）]{0,40}[)）]")
_LINK_TAIL = re.compile(
    # (搞, the spoken word for 开展: "集中学习搞了20多次")
    r"(?:共计|共有|累计|合计|总计|先后|达到|增加到|增至|增长到|现有|共|计|达|为|有|约|了|已经?|仅有|仅|只有|只|开展了?|组织了?|举办了?|搞了?|"
    r"举行了?|召开了?|进行了?|完成了?|平均|均|全年|本年度|今年|年内|每(?:个)?(?:半年|学期|学年|季度|星期|周|月|季|期|年|天|日)|"
    # (a rate's day, fixed: "每月固定开展1次")
    r"固定|定期|按时|[:：]|\s)$"
)
# a figure a sentence plans or aims for is a target, in any kind of document
# (or a list of the tasks set: "任务清单：全年开展主题党日12次")
_PLANNED = re.compile(r"计划(?![，,。；;、”\"])|拟于?|力争|争取|目标是?|预计|将要|还将|即将|将于|将(?:组织|开展|举办|召开)|"
                      r"任务(?:清单)?\s*[:：]|"
                      r"\bplan(?:s|ned)? to\b|\baim(?:s|ed)? to\b|\bwill\b|\bpropose(?:s|d)? to\b|\bintend(?:s|ed)? to\b|"
                      r"\b(?:is|are) required to\b|"
                      # (or "plans" with the count as its object: "for 2024, the branch plans 4 party lectures")
                      rf"\bplan(?:s|ned)?\s+(?:(?:{qualifiers.alternation(qualifiers.BEFORE_EN)})\s+)?$")
# and one it requires: "会议要求，各支部每学期至少开展1次…" (not "按照上级要求，开展了…")
_REQUIRED = re.compile(r"(?<!的)要求(?:[，,:：]|(?=各|全体|所有|每))")
_AS_REQUIRED = re.compile(r"(?:按照|根据|遵照|依照|依据|按)[^，,。；;]{0,16}$")
# a figure said to be reached already is no aim, whatever plan was named before it
_ACHIEVED = re.compile(r"已经?|累计|实际")


_PRESENT = re.compile(r"目前|现有|现|当前|现在|截至目前|截止目前|at present|currently|now has", re.I)


def _planned(low: str, start: int, end: int) -> bool:
    planned = _PLANNED.search(low, start, end)
    if planned:
        return not _ACHIEVED.search(low, planned.end(), end)
    required = _REQUIRED.search(low, start, end)
    return bool(required) and not _AS_REQUIRED.search(low, start, required.start())
_ZH_BOUNDARY = re.compile(r"[，,。；;！？!?:：\n]")


# an ordinal that says how many of their kind the year has had so far, this one the last: "这是今年以来第3次…",
# "此次活动是本学期支部开展的第2次…", or the event named: "本次讲座是…" (not any ordinal: "第2次会议" names a meeting)
# (or the year's Nth one as what was done: "为全体党员讲授了本年度第3次党课"; the year named too: "召开2023年度第二次专题会议")
_NTH_OF_THE_YEAR = re.compile(r"(?:这(?:已|也)?是|(?:此次|本次)[^，,。；;是]{0,6}?(?:已|也)?是)[^，,。；;]{0,16}?"
                              r"(?:今年|本年度?|本学期|本学年|年内)(?:以来)?[^，,。；;]{0,12}?第$|"
                              # (or since a campaign of study began: "这已是支部启动主题教育活动以来的第3次集中学习")
                              r"(?:这(?:已|也)?是)[^，,。；;]{0,8}?(?:开展|启动)[^，,。；;]{2,12}?(?:教育|活动)以来的?第$|"
                              r"(?:讲授|讲|上|开展|召开|举办|举行|组织)了?(?:今年|本年度?|本学期|本学年|(?:19|20)\d{2}\s*年度?)"
                              r"(?:以来)?的?第$")


def _left_zh(raw: str) -> str:
    text = _QUOTES.sub("", raw).lstrip("、")
    while True:
        trimmed = _LINK_TAIL.sub("", text)
        if trimmed == text:
            return text
        text = trimmed


def _right_zh(raw: str) -> str:
    text = _PAREN.sub("", raw)
    if _NEXT_ITEM_ON_A_LINE.match(text):
        return ""  # a form's line, items apart by spaces ("志愿服务3次　主题党日2次"): so is the next item
    text = _QUOTES.sub("", text)
    if text.startswith(("、", "和", "及", "以及")):
        # the quantity ends an item of a list ("主题党日活动3次、党课1次", "志愿服务3次和主题党日2次"):
        # what follows is the next item's noun, not this quantity's
        return ""
    cut = _ZH_BOUNDARY.search(text)
    if cut:
        text = text[: cut.start()]
    nxt = ZH_QUANTITY.search(text)
    return text[: nxt.start()] if nxt else text


# a space, then a short noun with its own count: the next item of a line
_NEXT_ITEM_ON_A_LINE = re.compile(rf"[ \u3000]+[^\d\s，,。；;、]{{1,8}}?[:：]?[ \u3000]*(?:{ZH_QUANTITY.pattern})")


# branches of one kind, then another kind's listed after their count ("在职党员支部2个、退休党员支部1个"): the first kind before
# a count, and the other after it; or, before the second count, both
_BRANCHES_OF_A_KIND = re.compile(r"(?:在职|在岗|教师|教职工|教工|学生)(?:党员)?(?:党)?支部\s*$")
_ANOTHER_KIND_OF_BRANCHES = re.compile(r"\s*[、，,和及与]\s*(?:离退休|退休|学生|教师|教职工|教工)(?:党员)?(?:党)?支部")
_BOTH_KINDS_OF_BRANCHES = re.compile(rf"(?:在职|在岗|教师|教职工|教工|学生)(?:党员)?(?:党)?支部\s*(?:\d+|[一二两三四五六七八九十]+)\s*个"
                                     rf"{_ANOTHER_KIND_OF_BRANCHES.pattern}\s*$")


# a table's row read up to a count in its last cell: its label cell, then the words of the cell before the number
# ("1 | 主题党日 | 开展6次"), which say what a field's label and its value say ("主题党日：开展6次")
# (a cell of the number alone is the table's reader's: etl/extract/table_rows.py)
_ROW_TO_COUNT = re.compile(r"^\s*[|｜]?\s*(?:\d{1,3}\s*[|｜]\s*)?([^|｜\d]{1,16}?)\s*[|｜]\s*([^|｜\d\s][^|｜\d]{0,19})$")


# kinds listed, then their counts in the same order after 分别 ("入党积极分子和预备党员分别为6名、3名"): the
# counts said up to this one, after 分别 and its verb
_RESPECTIVELY_ZH = re.compile(r"分别(?:为|是|有|达到|达|共)?\s*((?:\d+\s*[余多]?\s*[名人个次项位户]\s*[、，,和及]\s*)*)$")
_LISTED_KIND = re.compile(r"[、和及与]")
_CLAUSE_MARK_ZH = re.compile(r"[，,：:；;]")
_MORE_COUNTS_ZH = re.compile(r"(?:\s*[、，,和及]\s*\d+\s*[余多]?\s*[名人个次项位户])*")


def _respective_kind_zh(folded: str, s_start: int, q: Quantity) -> tuple[str, int] | None:
    """The kind a count is of, and where its word starts, where kinds are listed and their counts follow in the same order
    after 分别: the kind at the count's place in the list (the first with the words of the clause before it); None where
    the count is none of such a list, or the kinds listed are not as many as the counts ("三个年级组分别有党员4名、6名")."""
    before = folded[s_start: q.start]
    listed = _RESPECTIVELY_ZH.search(before)
    if listed is None:
        return None
    place = len(re.findall(r"\d+", listed.group(1)))  # (the counts before this one)
    clause_start = max((m.end() for m in _CLAUSE_MARK_ZH.finditer(before, 0, listed.start())), default=0)
    kinds = _LISTED_KIND.split(before[clause_start: listed.start()])
    counts_after = _MORE_COUNTS_ZH.match(folded, q.end)
    if len(kinds) < 2 or len(kinds) != place + 1 + len(re.findall(r"\d+", counts_after.group(0))) or not all(kinds):
        return None
    start = s_start + clause_start + sum(len(k) + 1 for k in kinds[:place])
    return kinds[place], start


# the kinds of members a list of them after 分别 may name, each a count of its own
_MEMBERSHIP_ROLES = frozenset({"member", "full_member", "probationary", "activist", "applicant"})


def _respective_members_zh(listed: tuple[str, int] | None, q: Quantity) -> tuple[str, int] | None:
    """The indicator of a count of people of a kind of membership listed with others before 分别 (`listed`, the kind and where
    it starts, as _respective_kind_zh reads it), and where the kind's word starts (the kind's own word ends its item:
    "某某中学党支部入党积极分子")."""
    if listed is None or q.unit not in ("名", "人", "位"):
        return None
    kind, start = listed
    noun = lexicon("zh").noun_ending_at(kind, len(kind))
    if noun is None or noun.role not in _MEMBERSHIP_ROLES or noun.indicator is None:
        return None
    return noun.indicator, start + len(kind) - len(noun.word)


# kinds after 分别 and its verb, each with a count of its own ("分别结对学困生21名、留守儿童17名"): 分别 shares the verb out
# among the kinds, so each count is its own kind's, not one of several units' ("三个年级组分别有党员4名、6名和9名"); the
# list as a whole, from 分别 to its last count
_COUNT_OF_A_KIND_ZH = r"[^\d，,。；;、和及]{2,12}?\d+\s*[余多]?\s*(?:名|人|位|个|户|次|场|项|节)"
_KINDS_EACH_COUNTED_ZH = re.compile(rf"分别(?!有|为|是)(?:{_COUNT_OF_A_KIND_ZH}\s*[、和及]\s*)+{_COUNT_OF_A_KIND_ZH}")


def _verb_shared_among_kinds_zh(folded: str, s_start: int, q: Quantity) -> bool:
    """Whether a count is one of a list of kinds after 分别 in its clause, each with its own count (_KINDS_EACH_COUNTED_ZH)."""
    at = folded.rfind("分别", s_start, q.start)
    if at < 0 or _CLAUSE_MARK_ZH.search(folded, at, q.start):
        return False
    listed = _KINDS_EACH_COUNTED_ZH.match(folded, at)
    return listed is not None and listed.end() >= q.end


def _windows_zh(folded: str, seg: Segmenter, q: Quantity, prev_end: int,
                listed: tuple[str, int] | None) -> tuple[Window, int]:
    """The window a count is read in; `listed` the kind it is of where kinds are listed before 分别 (_respective_kind_zh)."""
    s_start, s_end = seg.sentence_span(q.start)
    left_start = max(seg.clause_start(q.start), prev_end, s_start)
    raw_left = folded[left_start: q.start]
    if row := _ROW_TO_COUNT.match(raw_left):
        raw_left = f"{row.group(1)}：{row.group(2)}"
    elif listed:
        raw_left = listed[0]  # "入党积极分子和预备党员分别为6名、3名": "预备党员" 3名
    left = _left_zh(raw_left)
    right = _right_zh(folded[q.end: min(s_end, q.end + 60)])
    sentence = _QUOTES.sub("", folded[s_start: q.start])
    if _verb_shared_among_kinds_zh(folded, s_start, q):
        # (read as the verb said for this kind alone: "结对留守儿童17名")
        at = sentence.rfind("分别")
        sentence = sentence[:at] + sentence[at + len("分别"):]
    return Window(left, right, sentence, q.unit, _previous_zh(folded, seg, s_start), _following_zh(folded, seg, s_end),
                  required=folded.startswith(_REQUIRED_MINIMUM, q.start), one=q.value == 1), left_start


# a heading that opens a paragraph: "一、", "（二）", "3.", "第四"
_ZH_HEADING_OPENS = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+)")


def _previous_zh(folded: str, seg: Segmenter, s_start: int) -> str:
    """The sentence before, in its paragraph; or, for a paragraph's first sentence, the last of the paragraph before, where
    the story goes on over them (that one ends as a sentence does, and no heading opens this one)."""
    start = seg.sentence_before(s_start)
    if folded[start: s_start].strip():
        return folded[start: s_start]
    first_word = s_start + len(folded[s_start:]) - len(folded[s_start:].lstrip())
    before_end = first_word
    while before_end > 0 and folded[before_end - 1] in " \t\n\u3000":
        before_end -= 1
    if "\n" not in folded[before_end: first_word] or folded[before_end - 1: before_end] not in ("。", "！", "？", "!", "?") or \
            _ZH_HEADING_OPENS.match(folded, first_word):
        return ""
    return folded[seg.sentence_span(before_end - 1)[0]: before_end]


def _following_zh(folded: str, seg: Segmenter, s_end: int) -> str:
    """The sentence after, where it goes on on the same line ("今年新进教师7名。支部为他们配备了导师。")."""
    if s_end >= len(folded) or folded[s_end: s_end + 1] in ("\n", ""):
        return ""
    following = folded[s_end: seg.sentence_span(s_end)[1]]
    return following.split("\n", 1)[0]


# the words of a quantity that make it a minimum required: "不少于2次"
_REQUIRED_MINIMUM = ("不少于", "至少", "不低于", "最少")


# the measure words that may follow a field's number and say no more than its unit: "Students assisted: 88 person-times"
_EN_MEASURE_WORD = re.compile(r"person-times|participant-times|times|hours|sessions|pairs|lessons|households|families|"
                              r"visits")


# (or a rate alone: "Theme Party days: 12 each year")
_EN_RATE_ALONE = re.compile(r"(?:each|every|per|a|an) (?:year|month|term|semester|week|quarter)")
# (or that it is every branch's together: "Theme Party days: 40 across all branches")
_EN_ALL_TOGETHER = re.compile(r"(?:across|in|for|by) (?:all|every|each)(?: (?:the|its|our))?(?: \w+)? (?:party )?branch(?:es)?")


# a rate right after a total, in the next cell of its row, its words alone between them: "12次　每月1次" (one in brackets
# after it is an aside, read so already)
_RATE_EXPLAINS_THE_TOTAL = re.compile(rf"\s*\t\s*(?:{RATE_ZH.pattern})\s*")
# (the rate with a count of its own, after another count)
_RATE_WITH_ITS_OWN_COUNT = re.compile(rf"\s*[（(\t，,]?\s*(?:{RATE_ZH.pattern})\s*(?:[一两二三四五六七八九十]|\d{{1,2}})\s*(?:次|回|场|节)")


# the words of a whole year, in a count's clause: its total, not a rate's
# (or the end of a term or a year a total is counted up to: "by the end of the term they had served 480 person-times")
_EN_A_WHOLE_YEAR = re.compile(r"\b(?:the whole year|throughout the year|in the year|for the year|"
                              r"by the end of (?:the|this|that) (?:term|semester|year|school year))\b[^,;]*$")
# (only where the verb of all of them follows: not a list that goes on, "32 members, including 2 probationary, and 4 …")
_EN_PART_ASIDE = re.compile(r",\s*(?:(?:including|among them|among whom|of whom)\s+[\d,]+|[\d,]+\s+of (?:whom|them))\s+"
                            r"[a-z' -]{1,30}?,(?=\s*(?:[a-z]+ed|took|went|came|gave|were|have|had|spent|ran|made|taught)\b)|"
                            # (or the kinds they are of, set off by dashes: "40 teachers — 25 members and 15 activists —")
                            r"\s*[—–]{1,2}\s*[\d,]+ [a-z' -]{1,30}?(?:,? and [\d,]+ [a-z' -]{1,30}?)?\s*[—–]{1,2}(?=\s*[a-z])")


# a field's value said to be the whole, of all its branches maybe: "Theme Party days: 48 across the branches"
_EN_FIELD_WHOLE = re.compile(r"(?:across (?:the|its|our|all(?: the| its)?) (?:[a-z]+ )?branches|between the branches)\b")


def _windows_en(low: str, seg: Segmenter, q: Quantity) -> tuple[Window, int]:
    s_start, s_end = seg.sentence_span(q.start)
    left_start = max(seg.clause_start(q.start), s_start)
    left = _as_party(low[left_start: q.start]).strip()
    if _EN_VERB_OPENS.match(left) and (subject := _EN_SUBJECT_BEFORE_AN_ASIDE.search(low, s_start, left_start)):
        # the subject said before an aside of when it was founded: "The committee, set up in 1998, now has 120 members"
        left = f"{_as_party(subject.group(1)).strip()} {left}"
    # (a qualifier's words may stand between a field's label and its number: "Party lectures: at least 4")
    label = _EN_FIELD.fullmatch(_EN_QUALIFIER_AT_END.sub("", left))
    if label and (day := _EN_LABEL_DAY_IN.search(left)):
        left = left[: day.start()] + left[day.end():]  # "Members (31 Dec):" is read as "Members:"
    if label and (code := re.match(_EN_ITEM_CODE, left)):
        left = left[code.end():]  # (a form's item read without its code: "C1 Theme Party days held: 12")
    # (a field's label and values are short: its line's start is looked for only so far back)
    line_start = line_start_within(low, q.start, 200)
    if not label and line_start is not None and (listed := _EN_FIELD_VALUES.fullmatch(low, line_start, q.start)):
        # a later value of a field listed with its years: "Members: 41 (2020), 44 (2021)" (44 is of the members)
        left = _as_party(listed.group(1)).strip()
        label = _EN_FIELD.fullmatch(left)
    after = low[q.end: min(s_end, q.end + 160)]
    if label:
        after = after.split("\n", 1)[0]  # (a field's value ends with its line)
    # a quoted name reads as the words it quotes: 12 "theme party day" activities
    right = _as_party(_EN_QUOTES.sub("", after)).strip()
    # (a translation may leave the measure of a count of more than one singular: "85 person-time", "9 time activity")
    if q.value != 1:
        right = _SINGULAR_MEASURE.sub(r"\1s", right, count=1)
    # (a vertical bar ends a field: "Branches: 5 | Party members: 96"; or a dot set between spaces: "47 members · 6 activists")
    right = re.split(r"\s*(?:[|｜]|(?<=\s)[·•](?=\s))", right, maxsplit=1)[0]
    if label and (whole := _EN_FIELD_WHOLE.match(right)):
        right = right[whole.end():]  # "Theme Party days: 48 across the branches": the school's whole, no more said
    if _TIMES_AS_A_WORD.search(low, q.start, q.end):
        right = f"times {right}"  # "held party lectures twice" reads as "… 2 times"
    # "carried out 12 times of theme party day activities", as a translation counts events: 12 of them
    times = _TIMES_OF.match(right)  # (the times are what it counts: its measure, as a Chinese count's is)
    right = right[times.end():] if times else right
    if (not left or left in _EN_BULLETS) and (dash := _EN_DASH_AFTER_A_COUNT.match(right)):
        right = right[dash.end():]  # (a line of a list of numbers, maybe an item marked as one: "- 34 — members")
        left = ""
    # (a part of them counted in an aside is read past: "36 teachers, including 21 party members, volunteered")
    right = _EN_PART_ASIDE.sub("", right, count=1)
    if _EN_PAIRED_COUNT_RIGHT.match(right) or _EN_PAIRED_COUNT_LEFT.search(left):
        sentence = low[s_start: s_end]
        if "respectively" in sentence or _EN_YEARS_EACH.search(sentence):
            # "admitted 2 and 4 new members respectively", "in 2021 and 2022 … held 11 and 12 theme party days": the
            # counts of a list share the words around the list
            right = _EN_PAIRED_COUNT_RIGHT.sub("", right)
            left = _EN_PAIRED_COUNT_LEFT.sub("", left)
    if label and (not re.match(r"[a-z]", right) or _EN_MEASURE_WORD.fullmatch(re.split(r"[,;(]", right)[0].rstrip(" .")) or
                  _EN_RATE_ALONE.fullmatch(re.split(r"[,;(]", right)[0].rstrip(" .")) or
                  _EN_ALL_TOGETHER.fullmatch(re.split(r"[,;(]", right)[0].rstrip(" ."))):
        # a form's field, "Theme party days: 12": the label names what the number counts (which a measure word alone
        # may follow: "Students assisted: 88 person-times", "Group study: 10 sessions, including 2 on …"; not more words, which
        # say what it counts: "9 pairs formed")
        right = f"{_OWNERS_OF.sub('', _NUMBER_OF.sub('', label.group(1)))} {right}"
    # (the sentence before, on the line before where this one opens a line: "Q: How big is the branch?\nA: We have …";
    # or the last of the paragraph before, where it ends as a sentence does, no heading: "…set up a volunteer team.\n\n
    # Today the team has 46 members.")
    before_end = s_start
    while before_end > 0 and low[before_end - 1] in " \t\n":
        before_end -= 1
    if low[before_end: s_start].count("\n") > 1 and low[before_end - 1: before_end] not in (".", "!", "?"):
        before_end = s_start  # (after a heading, or a line of a list)
    previous = low[seg.sentence_span(before_end - 1)[0]: s_start] if before_end > 0 else ""
    # (the sentence after, only where it goes on on the same line: "… took on nine new teachers. Each has a mentor.")
    following = low[s_end: seg.sentence_span(s_end)[1]] if s_end < len(low) else ""
    if "\n" in following[: len(following) - len(following.lstrip())]:
        following = ""
    return Window(left, right, _as_party(low[s_start: q.start]), "times" if times else "", _as_party(previous),
                  _as_party(following), value=q.value), left_start


# a clause that opens with what its subject has, and a subject set apart from it by an aside on its founding
_EN_VERB_OPENS = re.compile(r"(?:now |currently |today |still )?(?:has|had|have|numbers|counts)\b")
# (or on what it is one of: "The branch, one of 30 primary school branches in the county, has 17 members")
_EN_SUBJECT_BEFORE_AN_ASIDE = re.compile(r"([^,;.!?]{3,80}?),\s*(?:(?:(?:which|that) (?:was|were) )?(?:set up|founded|"
                                         r"established|formed|created|started)\b[^,;.!?]{0,40}|"
                                         r"one of (?:the )?(?:\d[\d,]*|[a-z]+) [^,;.!?]{1,50}),\s*$")
# (not words of up to now, which go on with the time told before: "Since 2018 …; 30 pairs have been formed so far")
_EN_UP_TO_NOW = re.compile(r"so far|to date|now has|today|currently|at present")


def _told_in_a_clause_before(low: str, time: TimeInfo, s_start: int, pos: int) -> bool:
    """Whether a sentence's time before a figure is told in a clause of its own, a semicolon between ("has run a class since
    2019; 28 children attend this year") or a clause joined by "and" or "but" ("now has 40 members, and six of them joined
    in the past two years"): a time after the figure is the figure's then."""
    said_at = low.rfind(time.label, s_start, pos) if time.label else -1
    return said_at >= 0 and (";" in low[said_at: pos] or _EN_JOINED_CLAUSE.search(low, said_at, pos) is not None)


# a clause joined to the one before by "and" or "but"
_EN_JOINED_CLAUSE = re.compile(r",\s*(?:and|but)\s")


# an ordinal's year or term with no event named after it ("its second this year"), and the events a sentence may name before
# people in the plural after an ordinal: a group named by when it came ("the year's first activists")
_EN_ORDINAL_OF_A_GROUP = re.compile(r"(?:new |membership |party )?(?:activists|members|applicants|volunteers|teachers|pupils|"
                                    r"students)\b")
# (or the event said again as "such": "the sixth such meeting this year")
_EN_SUCH_ONE = re.compile(r"such (?:[a-z-]+ )?(?:meeting|day|lecture|session|activity|visit|trip|class|lesson)s? ")
_EN_OF_THE_YEAR_ALONE = re.compile(rf"(?:{_EN_SUCH_ONE.pattern})?(?:so far )?(?:this|of the) (?:year|term|semester)\b")
# (after its article, and its month or how often it is held, if said: "our December theme Party day" is a theme Party day)
_EN_EVENT = re.compile(rf"\b(?:a|an|the|its|their|our|this|that)\s+(?:(?:{EN_MONTHS}|monthly|annual|weekly|yearly)\s+)?"
                       r"((?:[a-z-]+ ){0,3}?(?:meeting|day|lecture|session|activity|visit|trip|class|lesson))\b")
# a number of times said as one word
_TIMES_AS_A_WORD = re.compile(r"\b(?:twice|thrice)$")
# (or with no "of", before the words that open the name of an event: "carried out 12 times theme Party day activities")
_SINGULAR_MEASURE = re.compile(r"^(person-time|participant-time|time)\b(?!s)")
_TIMES_OF = re.compile(r"^times (?:of (?:the )?|(?=(?:themed? |thematic |special |party |collective |group |centrali[sz]ed |"
                       r"concentrated |organi[sz]ational |democratic |warning |volunteer )))")
# the dash between a count that opens its line and what it counts: "12 — theme Party days"
_EN_BULLETS = frozenset("-•*·")
_EN_DASH_AFTER_A_COUNT = re.compile(r"\s*[—–-]{1,2}\s+(?=[a-z])", re.I)
# people counted, then what they do: "members met for study every week"
# (their school may be named between: "Six member teachers of Elm School have run free weekly classes")
_EN_PEOPLE_DOING = re.compile(r"(?:[a-z-]+ ){0,2}?(?:party members|members|teachers|people|persons|staff members|staff|"
                              r"comrades|activists)\b(?: (?:of|from|at) [^.;,\d]{1,50}?\b(?:school|kindergarten|academy|college))?"
                              r",? (?:who )?(?:[a-z]+ly )?(?!(?:of|in|and|or|from|at|with|per|a|an|each|"
                              r"every|for|to|on|by|the|this|that|were|are|is|was)\b)[a-z]{2,}\b")
# people counted, then how often something is done with them, in times ("taught two pupils at home twice a week")
_EN_PEOPLE_SO_OFTEN = re.compile(r"(?:[a-z-]+ ){0,2}?(?:pupils|students|children|residents|villagers|families|people|teachers)\b"
                                 r"[^.;,]{0,40}?\b(?:once|twice|(?:\d+|three|four|five|six) times) (?:a|per|every|each) ")
# the other counts of a list a count stands in ("2 and 4", "3, 5 and 6"), after it and before it
_EN_PAIRED_COUNT_RIGHT = re.compile(r"^(?:,\s*\d[\d,]*\s*)*,?\s*and\s+\d[\d,]*\s+(?=[a-z])")
_EN_PAIRED_COUNT_LEFT = re.compile(r"\s*\d[\d,]*(?:\s*,\s*\d[\d,]*)*\s*(?:,|,?\s*and)\s*$")
# a sentence's years listed for the counts listed after them: "in 2021 and 2022 … 2 and 4 new members"
_EN_YEARS_EACH = re.compile(r"\b(?:in|for|during)\s+((?:19|20)\d{2}(?:\s*,\s*(?:19|20)\d{2})*\s*,?\s*and\s+(?:19|20)\d{2})\b")


# the party by its English initials ("the CPC branch", "18 CPC members") reads as the rules name it
_CPC = re.compile(r"\b(?:the )?(?:communist party of china|chinese communist party) \(cpc\)|\bcpc\b")


def _as_party(text: str) -> str:
    return _MACHINE_KINDS.sub(lambda m: _KIND_AS_RULES_NAME_IT[m.group(0)], _CPC.sub("party", text))


# kinds of members as machine translation often names them (预备党员 "preparatory party members", 正式党员
# "formal party members"), read as the rules name them
_KIND_AS_RULES_NAME_IT = {"preparatory": "probationary", "formal": "full"}
_MACHINE_KINDS = re.compile(r"\b(?:preparatory|formal)\b(?= (?:party |cpc )?members?\b)")


# (the label may name its year: "Volunteer hours in 2023: 730")
# (a list's item may open with its bullet: "- Party lectures: 4")
# (a label may be long, or possessive: "Students helped through one-to-one tutoring: 48", "Teachers' demonstration lessons: 22")
# (a form's item may open with its code: "C1 Theme Party days held: 12", "(3) Party lectures: 4")
_EN_ITEM_CODE = r"(?:[a-z]\d{1,2}(?:\.\d{1,2})?|\(\d{1,2}\))\s+"
# (its year may follow, or the measure its value is counted in, in brackets: "Residents served (person-times): 2,600")
# (the day its count stands at may follow the label: "Members (31 Dec):", "Members at 31 December 2023:")
# (or the start or end of a year or a term: "Members at the start of the school year: 33")
_EN_LABEL_DAY = (r"(?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: (?:19|20)\d{2})?|"
                 r"(?:the )?(?:start|end|beginning|close) of (?:the )?(?:school |academic )?(?:year|term|(?:19|20)\d{2})|"
                 r"(?:the )?year(?:['’]s)? end)")
_EN_LABEL_DAY_IN = re.compile(rf"\s*\(\s*(?:at |as of |on )?{_EN_LABEL_DAY}\s*\)|\s+(?:at|as of|on) {_EN_LABEL_DAY}")
_EN_FIELD = re.compile(rf"(?:[-–•*·]\s*|{_EN_ITEM_CODE})?((?:no\. )?[a-z][a-z' -]{{2,60}}?)(?:\s+(?:in|for|of)\s+(?:19|20)\d{{2}}|"
                       rf"{_EN_LABEL_DAY_IN.pattern}|"
                       r"\s*\(\s*(?:19|20)\d{2}\s*\)|\s*,\s*(?:19|20)\d{2}|"
                       r"\s*\(\s*(?:person-times|participant-times|people|persons|times|hours|sessions|households|families|"
                       r"visits)\s*\))?\s*:")
_EN_QUOTES = re.compile(r"[\"“”]")
_EN_QUALIFIER_AT_END = re.compile(rf"\s*\b{rules_en.QUALIFIER}$")
# a field's label and the values before this one, each with its year in brackets: "members: 41 (2020), "
_EN_FIELD_VALUES = re.compile(r"([^\n:]{3,40}:)(?:\s*\d[\d,]*\s*\(\s*(?:19|20)\d{2}\s*\)\s*,)+\s*")
_NUMBER_OF = re.compile(r"^(?:the )?(?:total )?(?:number|no\.?|count) of ")  # "Number of party members: 45"
# whose the things a label counts are: "Teachers' demonstration lessons: 22" counts demonstration lessons
_OWNERS_OF = re.compile(r"^(?:the )?(?:party )?(?:teachers|members|staff|branch|school|volunteers|committee)(?:'s|'|’s|’) ")


def _word_start(text: str, start: int, limit: int) -> int:
    """`start`, moved on to the next word when it falls inside an English word."""
    if 0 < start < limit and text[start - 1].isascii() and text[start - 1].isalnum() and text[start].isalnum():
        space = text.find(" ", start, limit)
        start = space + 1 if space >= 0 else limit
    while start < limit and text[start] in " \u3000\t":
        start += 1
    return start


def _word_end(text: str, end: int, floor: int) -> int:
    """`end`, moved back to the end of a word when it falls inside an English word."""
    if floor < end < len(text) and text[end].isascii() and text[end].isalnum() and text[end - 1].isalnum():
        space = text.rfind(" ", floor, end)
        return space if space > floor else end
    return end


# an English branch or committee described in brackets right after it: "the branch (31 members, 2 of them probationary)",
# its branches maybe first: "the committee (5 branches, 117 members)"
# (or a field's value, in brackets after words with no number: "Membership: no change this term (31 members, …)")
_EN_BODY_BRACKET = re.compile(r"\b(?:branch|committee)\s*\((?:[^().;]{1,30},)?\s*$|"
                              r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?[a-z][a-z ]{1,30}:[^\d\n().;]{0,60}\((?:[^().;]{1,30},)?\s*$")


# a bracket that opens on an event and its count ("组织党员学习全会精神（集中学习2次）"), after a clause that counts nothing:
# the clause's own figure, said in brackets, no breakdown of one before it
_ZH_EVENT_BRACKET = re.compile(r"[（(]\s*[\u4e00-\u9fff“”]{2,12}$")


def _event_counted_in_brackets(folded: str, seg: Segmenter, q: Quantity) -> bool:
    """Whether the count is an event's, in brackets that open on it, after words of the clause that count nothing."""
    bracket = _ZH_EVENT_BRACKET.search(folded, max(0, q.start - 14), q.start)
    if bracket is None:
        return False
    clause_start = seg.clause_start(bracket.start())
    return ZH_QUANTITY.search(folded, clause_start, bracket.start()) is None and \
        re.match(r"\s*[^\d（()）]{0,3}[)）]", folded[q.end:]) is not None


# the members among people honoured, in brackets after their count: "评选“最美教师”10名（其中党员6名）" (the members'
# honours, as after a comma)
_MEMBERS_HONOURED_BRACKET = re.compile(r"(?:评选|评出|表彰|评为|获评|荣获|授予)[^。；;（(]{0,30}?(?:\d+|[一二两三四五六七八九十]+)\s*[名人位]\s*"
                                       r"[（(]\s*其中(?:共产)?党员(?:教师)?\s*$")


def _members_honoured_in_brackets(folded: str, seg: Segmenter, q: Quantity) -> bool:
    return _MEMBERS_HONOURED_BRACKET.search(folded, max(seg.clause_start(q.start), q.start - 50), q.start) is not None


# the pairs a pairing makes, in brackets after it: "pair each new teacher with a member (about 6 pairs)"
_EN_PAIRING_BRACKET = re.compile(r"\bpair(?:s|ed|ing)?\b[^.;()]{0,80}\(\s*$")
_EN_PAIRS_CLOSE = re.compile(r"\s*pairs\s*\)")


def _pairs_in_brackets_en(low: str, q: Quantity) -> bool:
    """Whether the count is all a bracket after a pairing holds, its pairs."""
    return _EN_PAIRING_BRACKET.search(low, max(0, q.start - 100), q.start) is not None and \
        _EN_PAIRS_CLOSE.match(low, q.end) is not None


def _described_in_brackets(low: str, q: Quantity) -> bool:
    """Whether the count opens brackets right after an organization, which it describes (its members), not a breakdown of
    a figure before it."""
    return _EN_BODY_BRACKET.search(low, max(0, q.start - 100), q.start) is not None


# events each held at a rate, the count before the rate's adjective: "the 12 monthly theme Party days" (12 in all)
_EN_HELD_AT_A_RATE = re.compile(r"(?:monthly|weekly|quarterly|termly)\s+[a-z]")


# the total of a rate, in brackets right after it: "the study group meets monthly (12 sessions)" (or on a weekday:
# "met for study every Tuesday (22 sessions)")
_EN_RATE_BRACKET = re.compile(r"\b(?:monthly|weekly|quarterly|every (?:month|week|term|quarter|(?:mon|tues|wednes|thurs|fri|"
                              r"satur|sun)day)|once a (?:month|week|term)|"
                              r"twice a (?:month|term|year))\s*\(\s*$")


# the units a membership is organized in, in brackets after it: "Membership: 132 (in 6 branches)"
_EN_IN_BRACKET_BEFORE = re.compile(r"\(\s*(?:in|across|organi[sz]ed in)\s*$")
_EN_UNITS_AFTER = re.compile(r"\s+(?:party\s+)?(?:branch(?:es)?|groups)\b")


def _units_in_brackets_en(low: str, q: Quantity) -> bool:
    """Whether the count opens brackets that say what units the figure before is organized in: its own figure."""
    return _EN_IN_BRACKET_BEFORE.search(low, max(0, q.start - 20), q.start) is not None and \
        _EN_UNITS_AFTER.match(low, q.end) is not None


# a share of a count after it: "27 of the 35 …", "40 of its 95 …"
_EN_SHARE_AFTER = re.compile(r"\s+of\s+(?:the|its|our|their|the branch's|the school's|the committee's)\s+[\d,]+\s", re.I)


def _evidence_span(text: str, seg: Segmenter, q: Quantity, left_start: int, rule: Rule, lang: str,
                   next_start: int, prev_end: int = 0) -> tuple[int, int]:
    """From the noun phrase before the number (or the number) to the noun phrase after it, which
    ends before the next number ("12 teachers applied to join, and 5 were …")."""
    start = q.start
    s_start = seg.sentence_span(q.start)[0]
    if (framed := rule.frame_start(text[s_start: q.start])) is not None:
        start = _word_start(text, s_start + framed, q.start)  # "…held monthly theme party days, 12 in total"
    elif lang == "en" and _EN_FIELD.fullmatch(_without_label_years(
            leaders_as_colons(text[left_start: q.end])[: q.start - left_start].strip().lower())):
        # "Theme party days: 12", with its label (and its years; or led to it by dots: "Activists ........ 5")
        start = _word_start(text, left_start, q.start)
        while text[start] in "-–•*· ":
            start += 1  # (and without its bullet, or its code)
        start += code.end() if (code := re.match(_EN_ITEM_CODE, text[start: q.start].lower())) else 0
    elif rule.before or rule.frame:
        start = left_start
        while start < q.start and text[start] in " \u3000、，,；;：:“”\"\n\t（(":
            start += 1
        if lang == "zh" and start == left_start and start > 0 and text[start - 1] not in "，,。；;：:\n":
            # right after the count before it, a joining word joins the two: "3次和主题党日2次"
            start += next((len(w) for w in ("以及", "和", "及") if text.startswith(w, start)), 0)
        start = _word_start(text, max(start, q.start - 30), q.start)
        if lang == "en" and start < prev_end and (joined := _EN_JOINED.search(text, prev_end, q.start)):
            start = joined.end()  # "… 210 households and has helped 40 children": from after the joining word
    end = q.end
    if rule.after:
        _, s_end = seg.sentence_span(q.start)
        limit = min(s_end, q.end + (24 if lang == "zh" else 60))
        # (a line of a list of numbers goes on past the dash after its count: "12 — theme Party days")
        before = text[text.rfind("\n", 0, q.start) + 1: q.start].strip()
        dash = _EN_DASH_AFTER_A_COUNT.match(text, q.end) if lang == "en" and (not before or before in _EN_BULLETS) else None
        stop = _EVIDENCE_STOP[lang].search(text, dash.end() if dash else q.end, limit)
        # the words that lead on to the next number are not this figure's: a list mark or joining
        # word, with a rate word after it ("、每月", "和"), or a conjunction or preposition ("and", "from")
        # (not the "of" of a share, whose people are this figure's: "27 of the 35 party members volunteered")
        share = lang == "en" and _EN_SHARE_AFTER.match(text, q.end) is not None
        leads_on = (_LEADS_ON[lang].search(text, q.end, next_start) if next_start < limit and not share else None)
        if stop and (leads_on is None or stop.start() <= leads_on.start()):
            end = stop.start()
        elif leads_on:
            end = leads_on.start()
        else:
            end = _word_end(text, limit, q.end)
        if lang == "en" and text.rfind("(", s_start, start) > text.rfind(")", s_start, start) and \
                (close := text.find(")", q.end, end)) >= 0:
            end = close  # a count in brackets ends with them: "our nine members (one a probationary member) held …"
    while end > q.end and (text[end - 1] in " \u3000\t" or _unopened_close(text, start, end)):
        end -= 1  # "(including 4 probationary members)": the bracket closes what the evidence does not open
    if lang == "en" and text.startswith(")", q.end) and _counted_in_brackets(text, q):
        end = q.end + 1  # "theme party days (12)": the count's bracket closes it
    return start, end


def _unopened_close(text: str, start: int, end: int) -> bool:
    close = text[end - 1]
    opening = {")": "(", "）": "（"}.get(close)
    return opening is not None and text.count(opening, start, end) < text.count(close, start, end)


# where a figure's evidence ends: a clause or sentence mark, or a bracket (not a comma or dot between
# digits: "32,000", "2.5")
_EVIDENCE_STOP = {
    "zh": re.compile(r"[。；;！？!?\n（(]|，|[,.](?!(?<=\d[,.])\d)"),
    # (not the point of a number's abbreviation: "No. 2 Primary School")
    # (or a colon that opens what the figure is made of: "39 members: 37 full and 2 probationary")
    # (nor a line's end where the next line goes on in lower case, as a page of a PDF breaks a sentence)
    "en": re.compile(r"[;!?(|｜—]|(?<=\s)[·•](?=\s)|\n(?![ \t]*[a-z])|\s[–-]\s|[,.](?!(?<=\d[,.])\d)(?!(?<=\b[Nn]o\.)\s?\d)|:(?!\d)"),
}
# up to a month named without its year: "截至12月底"
_UNTIL_A_MONTH = re.compile(r"(?:截至|截止)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月")
# (or a second verb of the same subject, which says its own time: "The branch has 29 members and has run a club since 2021")
_EN_CLAUSE_END = re.compile(r"[;:]|,(?!(?<=\d,)\d)|\s+and\s+(?:has|have|had)\s+(?!been\b)[a-z]+(?:ed|un|en|ne|wn)\b")
# an aside on the people just counted, that all of them are something: "teachers, both Party members,"
_EN_ASIDE_ON_THEM = re.compile(r"[^.;:,\d]{0,60},\s*(?:(?:both|all(?: of them)?|each of them)\s+[^.;:,\d]{1,40}|"
                               # (or their names: "Three of its members, Li Na, Wu Bo and Chen Yu, were named … in 2021")
                               r"[a-z]+(?: [a-z]+)?(?:,\s*[a-z]+(?: [a-z]+)?)*,? and [a-z]+(?: [a-z]+)?),")
_LEADS_ON = {
    # (or with the next count's noun after the mark: "3个党支部、党员64名")
    # (or, on a form's line, a space: "正式党员39人　预备党员3人")
    "zh": re.compile(r"(?:、|以及|和|及|[ \u3000])(?:每[^\d一二两三四五六七八九十]{0,3}|[^，,。；;、\d \u3000]{1,6})?[ \u3000]?$"),
    # (a few words may follow the joining word: "320 households and has helped 96 …")
    "en": re.compile(r"(?:,?\s+(?:and|or|while|but|with|from|of|in|to|for|by|at|including)\b)+(?:\s+[a-z-]+){0,3}?\s*$", re.I),
}
# (not a span of months: "2023年1-6月")
_FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d|\s*月)")


# a school named as a group of schools, in brackets after its name: "某某中学（集团）", whose committee is the group's (集团党委)
_A_SCHOOLS_GROUP = re.compile(r"(?:中学|小学|学校|幼儿园)[（(]集团[)）]")
# one of something for each of another, which counts them by what they are for: "a branch for each year group"
_ONE_FOR_EACH = re.compile(r"(?:[a-z-]+ ){1,3}?(?:for|in|of|per) (?:each|every)\b")
# (in English the later year may be its last two digits: "2021–22 school year")
_SCHOOL_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*(?:-|—|–|~|至|到)\s*(?:((?:19|20)\d{2})\s*(?:学年|年度?)?|"
                               r"(\d{2})(?=\s+(?:school|academic) year\b))")
_YEAR_OF_ACCOUNT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年度|"
                              # (in English, a year-end meeting of a year: "at the 2023 Year-End Meeting of …")
                              # (or its annual meeting of a kind: "the 2022 annual organization life meeting")
                              r"\b((?:19|20)\d{2})\s+(?:year-end|end-of-year|annual)\s+(?:[a-z-]+\s+){0,4}?(?:meeting|review|"
                              r"conference|summary meeting|assembly)\b|"
                              # (or a year's review of the members, or its meeting of criticism: "holds 2023 democratic
                              # appraisal", "democratic appraisal of members for 2023", "2023 organizational life meeting")
                              r"\b((?:19|20)\d{2})\s+(?:democratic (?:appraisal|review|evaluation)|"
                              r"organi[sz]ation(?:al)? life meeting)\b|"
                              r"\b(?:democratic (?:appraisal|review|evaluation)|organi[sz]ation(?:al)? life meeting)\b[^.\n]{0,30}?"
                              r"\bfor ((?:19|20)\d{2})\b(?!\s*[-–—/])|"
                              # (or the honours or results of a year a title sums up: "Mingde Middle School: honours in 2023")
                              r"\b(?:honou?rs|awards|achievements|results)\s+(?:in|of|for)\s+((?:19|20)\d{2})\b|"
                              # (or a Chinese title that looks back on a year: "数说2023｜…这一年", "回眸2022：…")
                              r"(?:数说|回眸|回望|盘点|回顾)\s*((?:19|20)\d{2})(?!\d)|"
                              # (or a notice about a part of a year: "关于2022年第三季度党员积分情况的通报")
                              r"关于\s*((?:19|20)\d{2})\s*年(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}\s*月份?)", re.I)
# a meeting the opening of a news text holds, of a year's account: "held its 2023 democratic appraisal meeting", "召开2023年度
# 组织生活会"
_MEETING_OF_A_YEARS_ACCOUNT = re.compile(
    r"\b(?:held|holds|convened|hold) (?:its |the |their )?((?:19|20)\d{2}) (?:annual |year-end )?(?:democratic (?:appraisal|review|"
    r"evaluation)|organi[sz]ation(?:al)? life)(?: meeting)?\b|"
    # (or a meeting that looked back on a year: "At its review meeting the branch looked back on 2022")
    r"\b(?:looked|looks|look) back (?:on|at|over) ((?:19|20)\d{2})\b|"
    # (or an appraisal of the members, the year named before or after: "holds 2023 Party members' appraisal", "held its
    # appraisal of members for 2023")
    r"\b(?:held|holds|convened|hold) (?:its |the |their )?((?:19|20)\d{2}) (?:annual |year-end )?(?:party )?members['’]? "
    r"(?:democratic )?(?:appraisal|review|evaluation)\b|"
    r"\b(?:held|holds|convened|hold) (?:its |the |their )?(?:annual |year-end )?(?:democratic )?(?:appraisal|review|evaluation) "
    r"of (?:its |the |their )?(?:party )?members for ((?:19|20)\d{2})\b|"
    # (or the members' work in a year reviewed: "reviewed the work of its 17 members in 2021", "X branch reviews its members
    # for 2022")
    r"\b(?:reviewed|reviews|appraised|appraises|evaluated|assessed)(?: the work of)? (?:all )?(?:its |the |their |our )?"
    r"(?:\d+ )?(?:party )?members (?:in|for|during) ((?:19|20)\d{2})\b|"
    # (or the meeting that sums up a year's work and commends its best: "held its 2022 work summing-up and commendation meeting")
    r"\b(?:held|holds|convened|hold) (?:its |the |their )?((?:19|20)\d{2}) (?:annual |year-end )?(?:work )?"
    r"(?:summary|summing-up|commendation)(?: and (?:commendation|recognition|awards?))? (?:meeting|conference)\b|"
    r"(?:召开|举行)了?((?:19|20)\d{2})\s*年度[^，,。；;\n]{0,16}?(?:组织生活会|民主评议党员|民主生活会|党员大会|述职评议|"
    r"总结表彰大会|工作总结(?:暨表彰)?大会|表彰大会)|"
    # (or a selection of a year's best: "组织2022年度“优秀党员”评选")
    r"(?:开展|组织|举行|启动)了?((?:19|20)\d{2})\s*年度[^，,。；;\n]{0,16}?评选", re.I)
# an English title that labels what it tells of, after a colon, and ends with its year: "X Branch: \"three meetings and
# one lesson\" in 2022" (not a story's headline, "Party Work Meets New Challenges in 2022", nor a span: "2021-2023")
# (or a term of it: "X Party Branch: What we did in the 2023 spring term")
# (or a term of a year after the colon, and what the text is said after a dash: "X Party Branch: Spring term 2024 — what we
# did")
_EN_TITLE_ENDS_WITH_A_YEAR = re.compile(r":[^:]*\b(?:in|for|during|of)\s+(?:the\s+)?((?:19|20)\d{2})"
                                        r"(?:\s+(?:spring|summer|autumn|fall|winter)\s+(?:term|semester))?\s*[.!]?\s*$|"
                                        r":\s*(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:term|semester)\s+(?:of\s+)?"
                                        r"((?:19|20)\d{2})\s*(?:[—–-]\s*(?:what we did|in brief|in review|the figures|"
                                        r"highlights))?\s*[.!]?\s*$", re.I)
# a year (or a part of one) in brackets: under a report's title, "（2023年）", or ending it, "党员积分管理公示（2023年第四季度）",
# "党建工作月报（2023年10月）"
# (or the date a table's figures stand at: "党员信息一览（2024年1月更新）", "（截至2023年底）")
_BRACKETED_PERIOD = re.compile(r"[（(]\s*(?:截至|截止)?\s*((?:19|20)\d{2})\s*(?:年度|年|学年)?(?:第?[一二三四1-4]季度|[上下]半年|"
                               r"[春秋]季学期|\d{1,2}\s*月份?|底|末)?\s*(?:更新|统计|填报)?\s*[)）]")
_BRACKETED_PERIOD_ENDING = re.compile(_BRACKETED_PERIOD.pattern + r"\s*$")
# a yearbook of one year, which gives account of it whenever it was printed: "某校年鉴（2023）", "2023年鉴", "Yearbook 2023"
_YEARBOOK_OF = re.compile(r"年鉴\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[)）]|(?<!\d)((?:19|20)\d{2})\s*年?年鉴|"
                          r"\byearbook,?\s*\(?((?:19|20)\d{2})\b(?!\s*[-–—])|(?<!\d)((?:19|20)\d{2})\s+yearbook\b", re.I)
# (in English, a year alone in brackets ending a title, or after the school there: "Key work in the branch (2023)",
# "Our year, month by month (Maple Hill School Party Branch, 2023)")
# (or ending what a colon then says is whose: "Application for the demonstration project (2024): Elm School")
_EN_BRACKETED_YEAR_ENDING = re.compile(r"\((?:[^()]{3,80},\s*)?((?:19|20)\d{2})\)\s*(?::[^:()\d]{3,80})?$")
# (or set off by a comma after whose the report is, a colon and its topic after it maybe: "Elm School branch, 2022:
# membership"; or the time its figures stand at: "… — branches at the end of 2024")
# (or a topic after a colon that names its year first: "Elm School branch: the 2022 year in numbers")
_EN_SET_OFF_YEAR_ENDING = re.compile(r"[a-z],\s*((?:19|20)\d{2})\s*(?::[^:()\d]{3,60})?$|"
                                     r"\b(?:at|by) the end of ((?:19|20)\d{2})\s*$|"
                                     r":\s*(?:the\s+)?((?:19|20)\d{2})(?:\s+year)?\s+(?:in (?:numbers|brief|review|figures)|at a glance)"
                                     r"\s*$", re.I)


# the past year, looked back on
_THE_PAST_YEAR = {"zh": re.compile(r"过去的?一年|一年来|回顾一年"),
                  # (or the year a summary's title says it looks back on: "Our branch: the year in figures")
                  "en": re.compile(r"\b(?:the (?:past|last) year|this past year)\b(?! or)|"
                                   r"\bthe year (?:in (?:figures|numbers|review|brief)|at a glance)\b")}
# (and the year ahead, that a speech sets its aims for: "This year we will …", "in the coming year we will …")
_A_YEAR_AHEAD = re.compile(r"\b(?:this|the coming|the new) year,? (?:we|our (?:branch|committee)|the (?:branch|committee)) "
                           r"(?:will|aim|plan|intend|are going|must|should)\b", re.I)
# a line near the end (page furniture may follow) naming the report of a year that the text is taken from
_SOURCE_OF_A_YEAR = {
    "zh": re.compile(r"(?:来源|摘自|选自|节选自|资料来源)\s*:?[^\n]{0,40}?((?:19|20)\d{2})\s*(?:年度?)?[^\n\d]{0,10}?"
                     r"(?:工作总结|工作报告|年度报告|年报|年鉴)"),
    "en": re.compile(r"^\W*(?:source|from|excerpted from|adapted from|taken from)\b:?[^\n]{0,80}?\b(?:annual report|yearbook|"
                     r"work report|year in review|work summary)\b(?:,| for| of)?\s*((?:19|20)\d{2})\b", re.I | re.M),
}


# the year a plan's or summary's title line names: not a year of founding ("基本情况：我校党总支成立于2010年，…"),
# nor a count that looks like a year ("服务时长超过2000小时")
_YEAR_OF_A_TITLE = re.compile(rf"{NOT_AFTER_FOUNDED_IN}(?<!\d)((?:19|20)\d{{2}})(?!\s*年(?:{FOUNDED_AFTER_YEAR}))"
                              r"(?![\d.]|\s*(?:余|多)?\s*(?:小时|人次|人|名|次|个|项|节|场|户|元|万|hours?\b|people\b|"
                              r"members\b|times\b|students\b))")


# a line that names a plan or a summary (a title, or the line under it)
_PLAN_OR_SUMMARY_LINE = re.compile(rf"计划|要点|规划|工作安排|安排表|日程表|实施方案|任务清单|{SUMMARY_TITLE}|报告|plan|summary|report|newsletter|bulletin|notes|"
                                   r"work points|key points|key work|appraisal of|assessment of|annual return|statistical return|"
                                   r"year in review|"
                                   rf"{EN_YEAR_AT_A_GLANCE}|{EN_KEY_FACTS}|quarter|highlights", re.I)


# the most characters of a line read as a title could be
_A_TITLES_LENGTH = 200


# the body's first words naming a year, whose account a summary or plan then gives: "2023年度，我支部…", "In 2022, the
# branch …" (not the start of a span or a time since: "2021年以来", "2021-2023")
# (the English comma may be left out before the subject: "In 2023 our branch grew to 27 members")
_OPENING_YEAR = {"zh": re.compile(r"\s*(?:在)?((?:19|20)\d{2})\s*年度?(?:里|中|内|全年)?\s*[，,]"),
                 "en": re.compile(r"\s*(?:in|during|throughout|over) ((?:19|20)\d{2})\s*(?:,|(?=\s(?:our|the|we|this|its)\b))",
                                  re.I)}
# a line that greets those a report is read to, before its body: "Comrades,", "Dear colleagues,", "各位党员同志："
_SALUTATION = re.compile(r"\s*(?:(?:dear|fellow) )?(?:comrades|colleagues|members|friends)\b[^,:\n]{0,30}[,:]\s*|"
                         r"\s*[^，,：:。\n]{0,10}?同志们?\s*[：:]\s*", re.I)


def _body_opening(folded: str, title: str | None) -> str:
    """The body's first line (the line after the title, past a line with the date or a greeting)."""
    lines = [line for line in folded.split("\n", 8)[:8] if line.strip()]
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]
    while lines and ((_FULL_DATE.search(lines[0]) and len(lines[0]) < 40) or _SALUTATION.fullmatch(lines[0])):
        lines = lines[1:]
    return lines[0] if lines else ""


def _opening_year(folded: str, title: str | None, lang: str) -> int | None:
    """The year the body's first line opens with."""
    opening = _OPENING_YEAR[lang].match(_body_opening(folded, title))
    return int(opening.group(1)) if opening else None


# the end of a body's first sentence
_FIRST_SENTENCE_END = {"zh": re.compile(r"[。！？!?]"), "en": re.compile(r"[.!?](?=\s|$)")}


def _first_sentence_years(folded: str, title: str | None, lang: str) -> set[int]:
    """The years the body's first sentence names ("Let me begin with what we did together in 2023.")."""
    opening = _body_opening(folded, title)
    end = _FIRST_SENTENCE_END[lang].search(opening)
    return {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", opening[: end.start() if end else len(opening)])}


def _document_time(folded: str, title: str | None, published, doc_type: str, lang: str) -> DocTime:
    plan_year = school_year_end = None
    if doc_type == "work_summary" and lang == "en" and (covers := EN_REPORTS_ON_YEAR.search(folded, 0, 1500)):
        plan_year = int(covers.group(1))  # what the report says it covers, whatever date its title gives
    elif doc_type in ("work_plan", "work_summary"):
        # (a title is short: the first lines are read only so far, however long a line runs)
        for line in ([title] if title else []) + [line[:_A_TITLES_LENGTH] for line in folded.split("\n", 8)[:8]]:
            if _FULL_DATE.search(line or ""):
                continue  # a line with a full date is the page's date line, not its title
            if line and (_PLAN_OR_SUMMARY_LINE.search(line)
                         or _BRACKETED_PERIOD.fullmatch(line.strip())  # a year in brackets under the title
                         or (line == title and (HOW_THE_WORK_WENT.search(line) or EN_YEAR_REPORT.search(line) or
                                                MAIN_WORK_OF_A_YEAR.search(line)))):
                if span := _SCHOOL_YEAR_SPAN.search(line):
                    # "2022—2023学年工作总结": a school year is two calendar years, neither its year (but one of its
                    # terms is of one year: "2022—2023学年第二学期"; and its end is of the later year)
                    plan_year = term_year(line)
                    first = int(span.group(1))
                    later = int(span.group(2)) if span.group(2) else first // 100 * 100 + int(span.group(3))
                    school_year_end = later if later == first + 1 else None
                    break
                m = _YEAR_OF_A_TITLE.search(line)
                if m:
                    plan_year = int(m.group(1))
                    break
    if plan_year is None and title and (m := _YEAR_OF_ACCOUNT.search(title) or
                                        _BRACKETED_PERIOD_ENDING.search(title) or _YEARBOOK_OF.search(title)):
        # "召开2023年度党员大会": what the meeting reports on is that year; "党员积分管理公示（2023年第四季度）": what a
        # notice tells is of the time its title's brackets name (a month's report too: "党建工作月报（2023年10月）"); a
        # yearbook is of its year: "某校年鉴（2023）·党建工作"
        plan_year = int(next(g for g in m.groups() if g))
    if plan_year is None and doc_type in ("work_plan", "work_summary") and (opening := _opening_year(folded, title, lang)):
        plan_year = opening  # "2023年度，我支部共有党员42名…", under a title that names no year: the year it gives account of
    if plan_year is None and doc_type == "news" and (meeting := _MEETING_OF_A_YEARS_ACCOUNT.search(folded, 0, 400)):
        # "On January 15, 2024, the committee held its 2023 democratic appraisal meeting": what the meeting reviews
        plan_year = int(next(g for g in meeting.groups() if g))
    if plan_year is None and lang == "en" and title and (ending := _EN_TITLE_ENDS_WITH_A_YEAR.search(title) or
                                                         _EN_BRACKETED_YEAR_ENDING.search(title) or
                                                         _EN_SET_OFF_YEAR_ENDING.search(title)):
        plan_year = int(next(g for g in ending.groups() if g))  # 'X Branch: "three meetings and one lesson" in 2022'
    if plan_year is None and (source := _SOURCE_OF_A_YEAR[lang].search("\n".join(folded.strip().split("\n")[-8:]))):
        # "Source: X School annual report, 2023", "来源：某某小学2023年度工作报告": the text is taken from a report of that year
        plan_year = int(source.group(1))
    published_year, published_month = (published.year, published.month) if published else (None, None)
    if published is None and (note := publication_note(folded, lang)):
        published_year, published_month = note  # (a month, no day: the page's date stays unknown)
    if doc_type == "work_summary" and published_month in (1, 2) and plan_year in (None, published_year) and \
            (_THE_PAST_YEAR[lang].search(folded, 0, 3000) or _opening_year(folded, title, lang) == published_year - 1 or
             _first_sentence_years(folded, title, lang) == {published_year - 1}):
        # a summary dated in a year's first weeks that looks back on the past year, or whose body opens with it (or whose
        # first sentence names it alone), is of the year before (whose title's year, if any, is that date's: "Report of
        # the branch committee …, January 2024")
        plan_year = published_year - 1
    event_year = None if published_year else find_event_year(folded, lang, doc_type)
    ahead_year = None
    if lang == "en" and plan_year and title and re.search(EN_SPEECH_AT_A_YEARS_MEETING, title.lower()) and \
            _THE_PAST_YEAR[lang].search(folded, 0, 3000) and _A_YEAR_AHEAD.search(folded):
        # a speech at a year's conference that looks back on the past year and ahead to this one ("in the past year we
        # admitted 3 …; this year we will admit 4"): the conference opens its year, and the past year is the one before
        ahead_year, plan_year = plan_year, plan_year - 1
    # (a whole school year's account speaks of two calendar years, neither of them its own, whatever the page's date)
    of_a_school_year = school_year_end is not None and plan_year is None
    return DocTime(
        current_year=None if of_a_school_year else plan_year or published_year or event_year,
        ahead_year=ahead_year,
        published_year=published_year or event_year,
        plan_year=plan_year,
        year_mentions=year_mentions(folded, lang),
        halves_named=halves_named(folded) if lang == "zh" else {},
        published_month=published_month,
        school_year_end=school_year_end,
    )


def extract_text(doc: str, text: str, *, title_hint: str | None = None, published_hint: str | None = None,
                 digest: str | None = None) -> Extraction:
    """Extract one report. `doc` is the file's base name; offsets refer to `text`."""
    digest = digest or content_hash(text)
    # (and the spaces of lines set with a space after every character, and the readings printed after characters)
    breaks = sorted(wrapping.wrap_breaks(text) + wrapping.letter_spacing(text) + wrapping.readings(text))
    if not breaks:
        return _extract(doc, text, title_hint, published_hint, digest)
    # a Chinese text wrapped at a width is read with its lines joined, and its spans put back
    unwrapped, places = wrapping.joined(text, breaks)
    return wrapping.mapped_back(_extract(doc, unwrapped, title_hint, published_hint, digest), text, places)


# the kinds of members a total is made of, in brackets after it with no measure words: "党员：34人（正式33，预备1）",
# "Membership: 38 (35 full, 3 probationary)" (or after a colon: "the branch had 39 members: 37 full and 2 probationary")
_KINDS_IN_BRACKETS = {
    "zh": re.compile(r"\s*[（(]\s*(?:其中\s*[:：]?\s*)?正式(?:党员)?\s*[:：]?\s*(\d{1,4})\s*[，,、;；]\s*"
                     r"预备(?:党员)?\s*[:：]?\s*(\d{1,4})\s*[)）]"),
    "en": re.compile(r"\s*\(\s*(?:of (?:which|whom):?\s*|including\s*)?(\d{1,4})\s+full\s*[,;]\s*(?:and\s+)?"
                     r"(\d{1,4})\s+probationary\s*\)|"
                     r":\s*(\d{1,4})\s+full\s*(?:,\s*(?:and\s+)?|and\s+)(\d{1,4})\s+probationary\b"),
}


def _kinds_in_brackets(text: str, folded: str, metrics: list[Metric], lang: str) -> list[Metric]:
    """Full and probationary members, in brackets after the total they make up when they carry no measure word
    (with one, "（正式党员33名，预备党员1名）", the rules read them as counts of their own)."""
    found = []
    for m in metrics:
        if m.indicator != "members_total" or m.end is None or not (parts := _KINDS_IN_BRACKETS[lang].match(folded, m.end)):
            continue
        first = 1 if parts.group(1) else 3  # (in brackets, or after a colon)
        full, probationary = int(parts.group(first)), int(parts.group(first + 1))
        if full + probationary != m.value:
            continue  # parts that do not make up the total are something else
        for indicator, value, group in (("members_full", full, first), ("members_probationary", probationary, first + 1)):
            if any(x.indicator == indicator and x.start is not None and parts.start() <= x.start < parts.end()
                   for x in metrics):
                continue  # (read by a rule already)
            found.append(dataclasses.replace(m, indicator=indicator, value=value, start=parts.start(group),
                                             end=parts.end(group), evidence=text[m.start: parts.end()]))
    return found


def _for_review(metrics: list[Metric], reason: str) -> list[Candidate]:
    """Figures read, then found to be no figures of the school's party work: numbers for review."""
    return [Candidate(value=m.value, qualifier=m.qualifier, year=m.year, start=m.start, end=m.end, evidence=m.evidence,
                      reason=reason) for m in metrics]


def _extract(doc: str, text: str, title_hint: str | None, published_hint: str | None, digest: str) -> Extraction:
    folded = bold_labels_as_colons(leaders_as_colons(digit_years(fold(text))))
    lang = detect_language(folded)
    shouted = lang == "en" and _in_capitals(folded)
    if lang == "en":
        folded = _unwrap_en(_capitalized(folded) if shouted else folded)
    title = find_title(text, title_hint)
    folded_title = digit_years(fold(title)) if title else None  # as the text is folded
    if folded_title and shouted:
        folded_title = _capitalized(folded_title)
    published = find_published(folded, published_hint)
    # (with its subtitle, or with the line after the one that only names the body that writes or the school)
    full_title = with_subtitle(folded_title, folded)
    doc_type = find_doc_type(full_title, folded[:600], lang)
    seg = Segmenter(folded, lang)
    others = Others([], lang)
    low = folded.lower() if lang == "en" else folded  # (English is read case-blind)
    if lang == "zh":
        mentions = school_mentions(folded)
        school = find_school_zh(folded, folded_title, mentions)
        region = find_region_zh(folded, school)
        others = Others([(pos, name, not same_school(name, school)) for pos, name in mentions], lang,
                        group=bool(_A_SCHOOLS_GROUP.search(folded, 0, 2000)))
    else:
        school = find_school_en(_capitalized_lines(folded), seg.in_label)
        region = find_region_en(folded)
        # (with no school of its own, a bulletin's items labelled each by a school are those schools')
        # (or a round-up's sentences each opened by a school as whose its subject is: "Riverside School's branch gave …")
        others = Others([(pos, name, not same_school_en(name, school) or (school is None and (
                             en_school_label(low, pos, name.lower()) or en_school_opens_sentence(low, seg, pos, name.lower()))))
                         for pos, name in school_mentions_en(folded)], lang)
    doc_time = _document_time(folded, full_title, published, doc_type, lang)
    info = DocumentInfo(
        doc=doc, content_hash=digest, lang=lang, school=_original(text, folded, school),
        region=region, school_level=school_level(school), published=published, doc_type=doc_type,
        title=title, text=text,
    )
    quantities = find_zh(folded) if lang == "zh" else find_en(low)
    furniture = furniture_spans(folded)
    # (nor a number in a book's or a document's title: "学习《…十项准则》等文件3次")
    quantities = [q for q in quantities if not _within(q.start, furniture) and not seg.in_book_title(q.start)]
    # each number is read against its sentence: a bound on how many there are bounds the time
    limits.check_report_numbers(doc, sum(not q.article for q in quantities))
    metrics, candidates = _metrics(text, folded, seg, lang, doc_time, quantities, doc_type == "work_plan", others, doc=doc)
    # (the English text's patterns are read lower-cased, the Chinese folded)
    read = low if lang == "en" else folded
    if lang == "en":
        metrics = _without_parts_after_their_total(low, seg, metrics)
    metrics = _without_the_parts_a_total_line_sums(read, metrics)
    if lang == "zh":
        metrics = _without_the_homes_singled_out_after_their_visits(folded, seg, metrics)
    metrics, honoured = _honoured_then_members_among_them(read, seg, metrics, lang)
    candidates += _for_review(honoured, "people honoured, not all of them members")
    rows = table_rows.read_rows(text, folded, [(m.start, m.end) for m in metrics if m.start is not None],
                                doc_time.current_year, lang)
    if rows:
        metrics, candidates = _with_rows(metrics, candidates, rows)
    metrics += _kinds_in_brackets(text, folded, metrics, lang)
    of_another_body = doc_type in ("work_plan", "work_summary") and another_bodys_report(folded_title, lang)
    if of_another_body:
        # "城西中学学生会2023年工作总结": the student union's figures, no party work (for review)
        candidates += _for_review(metrics, ANOTHER_ORGANIZATION)
        metrics = []
    find_awards = honours.find_awards_zh if lang == "zh" else honours.find_awards_en
    try:
        found = find_awards(folded, seg, doc_time, most=limits.cap("report_figures") - len(metrics) - len(candidates))
    except honours.TooManyHonours:
        limits.refuse_report_figures(doc)
    found = [f for f in found if not _within(f.start, furniture)]
    if of_another_body:
        found = []  # (and its honours, "学校团委被评为“五四红旗团委”", are that body's, no party organization's)
    # which body each honour belongs to, and when, is read against its sentence: a report already over the cap
    # on what it holds is refused before that reading (the cap is checked again on what is kept, in extract_file)
    limits.check_report_figures(doc, len(metrics) + len(candidates) + len(found))
    if lang == "zh" and full_title and (of_year := _COMMENDED_YEAR.search(full_title)):
        # "关于表彰2023年度优秀共产党员…的决定", "2023年教师节表彰名单": the honours it confers, and the counts of
        # them, are of the year it commends
        year = int(of_year.group(1) or of_year.group(2))
        found = [dataclasses.replace(f, year=year) if f.year is None else f for f in found]
        metrics = [dataclasses.replace(m, year=year) if m.year is None and m.indicator in _HONOURS else m
                   for m in metrics]
    # a count of honours is of the year its honours were conferred, where their reading found one ("…表彰大会，表彰了一年来
    # 涌现出的…15名优秀共产党员": the meeting's year, not the twelve months up to it)
    metrics = [_with_its_honours_year(m, found) for m in metrics]
    if lang == "zh":
        found += _honours_of_counts(folded, metrics, found)
        # an honour of another school's party organization is that school's ("白云小学党支部曾被评为…"), and one a
        # wider area gives many ("全区表彰优秀共产党员40名") is no honour of the school's
        # (read up to the title: a place in the title, "全国中小学…优秀学校", is no subject)
        found = [f for f in found if others.owner(folded, seg, max(f.start, f.end - len(f.title) - 2)) is None]
    else:
        found += _quoted_honours_of_counts_en(folded, metrics, found)
        # (in English, honours a wider area gives many: "commended 50 outstanding party members across the county"; or
        # another school's: "Hillview Kindergarten's branch was named …")
        found = [f for f in found if others.owner(low, seg, f.start) not in (WIDER_AREA, ANOTHER_SCHOOL)]
    # a headline announces what its text then reports ("【喜报】我校荣获“…”称号", "关于拟接收张某某等2名同志
    # 为预备党员的公示"): the headline's figure or honour is left out where the text gives it again
    if lang == "zh" and (authority := authority_signature(folded, school)):
        # an authority's notice to many schools ("关于表彰…的决定", to "各中小学校党组织"): its counts are the area's,
        # and its honours of people many schools'; an honour of an organization it names stays, of the level
        # of the authority that signs it ("县教育局党组")
        candidates += _for_review(metrics, WIDER_AREA)
        metrics = []
        found = [dataclasses.replace(f, level=honours.level_of(f.title, authority)) if f.level in ("school", "unknown")
                 else f for f in found if f.recipient == "organization"]
    elif school is None and folded_title and (area_at_large(folded_title) if lang == "zh" else area_at_large_en(folded_title)):
        # a report on an area's schools at large that names no school of its own ("关于江宁区中小学党建工作情况的调研
        # 报告"): its counts are the area's, or those of the several schools it tells of (for review); and so are the
        # honours of its report of the area's work, no one school's ("…中小学校党建工作情况通报": "全市有54个学校党组织获评…")
        candidates += _for_review(metrics, WIDER_AREA)
        metrics = []
        if lang == "zh" and AREA_REPORT_TITLE.search(folded_title):
            found = []
    if doc_type == "work_plan":
        # a plan's honours are aims ("“七一”表彰，评选优秀共产党员3名", also read from the count of them); one it
        # tells of an earlier year was won
        found = [f for f in found if f.year is not None and doc_time.plan_year is not None and f.year < doc_time.plan_year]
    headline = _headline(folded, folded_title)
    metrics = _told_again(metrics, headline, lambda m: (m.indicator, m.value, m.year, m.cadence, m.is_target))
    metrics = _people_told_twice(metrics)
    metrics, teachers = _member_teachers_among_the_members(metrics, lang)
    candidates += _for_review(teachers, "a part of a total named before")
    metrics, found = _honours_listed_again(metrics, found)
    found = _named_again(_told_again(found, headline, lambda f: f.title), headline)
    return Extraction(info, [_without_trailing_marks(m, text) for m in metrics], honours.to_awards(found, text, folded),
                      candidates=candidates)


# a total kept up to a date: "截至2023年底，累计…"
_CUMULATIVE_TO = re.compile(r"(?P<until>(?:截至|截止|到)\s*((?:19|20)\d{2})\s*年(?:底|末|\d{1,2}\s*月(?:底|末|\d{1,2}\s*日)?)?)"
                            r"[，,]?[^。；;]*?(?:累计|共计|总计|合计)[^。；;]*$")
_EN_CUMULATIVE_TO = re.compile(r"(?P<until>\bby (?:the end of (?:the year )?)?((?:19|20)\d{2}))\b[^.;]*\bhad\b[^.;]*$")
# (the occasion may be quoted between, and 的 before the kind of paper: "关于2024年“七一”表彰的决定")
_COMMENDED_YEAR = re.compile(r"表彰\s*((?:19|20)\d{2})\s*年度|"
                             r"((?:19|20)\d{2})\s*年度?[\u4e00-\u9fff“”\"「」]{0,12}表彰的?(?:名单|决定|通报)")
_HONOURS = frozenset({"awards_individual", "awards_org"})


def _with_its_honours_year(metric: Metric, found: list[honours.Found]) -> Metric:
    """A count of honours with no year of its own, given the year of an honour read from the same words."""
    if metric.year is not None or metric.indicator not in _HONOURS or metric.start is None:
        return metric
    for honour in found:
        if honour.year is not None and honour.start < metric.end and metric.start < honour.end:
            return dataclasses.replace(metric, year=honour.year)
    return metric


def _without_trailing_marks(metric: Metric, text: str) -> Metric:
    """The evidence without the emoji, spaces or ASCII stop after its last word ("现有党员27名👍", "送去慰问.")."""
    end = metric.end
    if end is None or metric.start is None:
        return metric
    while end > metric.start + 1 and (unicodedata.category(text[end - 1]) in ("So", "Sk", "Zs", "Cf") or
                                      text[end - 1].isspace() or
                                      (text[end - 1] in ".,;:!?" and "\u4e00" <= text[end - 2] <= "\u9fff")):
        end -= 1
    if end == metric.end:
        return metric
    return dataclasses.replace(metric, end=end, evidence=text[metric.start: end])


def _headline(folded: str, title: str | None) -> tuple[int, int]:
    """The span of the headline's line: the title's, else the first line with text."""
    start = folded.find(title) if title else -1
    if start < 0:
        start = len(folded) - len(folded.lstrip())
    start = folded.rfind("\n", 0, start) + 1
    end = folded.find("\n", start)
    return start, end if end >= 0 else len(folded)


def _in_span(item, span: tuple[int, int]) -> bool:
    return item.start is not None and span[0] <= item.start < span[1]


def _told_again(items: list, headline: tuple[int, int], fact) -> list:
    """`items` without those in the headline that the text outside it gives again (a headline that names
    no year tells the figure the text dates: "我校2名教师获评…" and "2023年度…2名同志获评…")."""
    def in_headline(item) -> bool:
        return _in_span(item, headline)

    def undated(item):
        return dataclasses.replace(item, year=None) if getattr(item, "year", None) is not None else item

    if not any(in_headline(item) for item in items):
        return items
    told = {fact(item) for item in items if not in_headline(item)}
    told |= {fact(undated(item)) for item in items if not in_headline(item)}
    return [item for item in items if not in_headline(item) or fact(item) not in told]


# the people counted whose count, told twice in one text, is one fact: a stock at one time ("支部共有党员23名" …
# "23名党员"), the members admitted in a year ("2名同志被接收为预备党员" … "两名新党员宣誓"), or the members a year's
# review covered ("支部21名党员参加会议" at the review's meeting … "21名党员中评为优秀等次的5名"), or the mentoring pairs
# formed in a year and the teachers they mentor ("今年共有16对师徒结对" … "16对师徒现场签订了结对协议书"), or the pupils helped
# ("为6名儿童送教上门" … "为6名孩子建立了成长档案"), or the homes visited ("visited the homes of all 1,086 pupils, on 1,086
# home visits")
_ONE_FACT_TWICE = catalog.stock_ids() | {"members_developed", "member_reviews", "mentoring_pairs", "teachers_mentored",
                                         "students_assisted", "home_visits"}


# a list's heading that names an honour and how many got it, the names under it: "一、优秀共产党员（6名）"
_HONOUR_HEADING = re.compile(r"[一二三四五六七八九十\d]*[、.．]?\s*[“\"]?(?P<title>[^\d（()“”\"]{2,20}?)[”\"]?\s*[（(]\s*(?P<n>\d+)\s*[名人位]\s*[)）]")


def _honours_listed_again(metrics: list[Metric], found: list) -> tuple[list[Metric], list]:
    """Without a list's heading that counts again the people an honour was given to, told before ("授予张华等6名同志“优秀
    共产党员”称号。…一、优秀共产党员（6名）"), and without the honour it names: one count, one honour."""
    kept, dropped = [], []
    for m in metrics:
        heading = _HONOUR_HEADING.fullmatch(m.evidence) if m.indicator == "awards_individual" else None
        told = heading and any(e.indicator == "awards_individual" and e.value == m.value and e.year == m.year and
                               heading["title"] in e.evidence for e in kept)
        (dropped if told else kept).append(m)
    return kept, [f for f in found if not any(d.start <= f.start and f.end <= d.end for d in dropped)]


def _people_told_twice(metrics: list[Metric]) -> list[Metric]:
    """`metrics` without a second telling of a count in `_ONE_FACT_TWICE` (same indicator, value, year, cadence
    and aim): the first is kept."""
    seen, kept = set(), []
    for m in metrics:
        fact = (m.indicator, m.value, m.year, m.cadence, m.is_target)
        if m.indicator in _ONE_FACT_TWICE and fact in seen:
            continue
        seen.add(fact)
        kept.append(m)
    return kept


def _member_teachers_among_the_members(metrics: list[Metric], lang: str) -> tuple[list[Metric], list[Metric]]:
    """`metrics` without a count of the member teachers read as the membership where the text also counts all the members,
    more of them, of the same time ("共有党员187名…全校129名党员教师共结对帮扶学生312名": the teachers are some of the
    members, those in post); and those counts, for review."""
    if lang != "zh":
        return metrics, []
    totals = [m for m in metrics if m.indicator == "members_total" and "党员教师" not in m.evidence and not m.is_target]
    parts = [m for m in metrics if m.indicator == "members_total" and "党员教师" in m.evidence and not m.is_target and
             any(t.year == m.year and t.value > m.value for t in totals)]
    return [m for m in metrics if m not in parts], parts


def _within(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


# the level or the area a Chinese title may open with: "区级", "全市教育系统", "区教育系统"
_LEVEL_OPENING = re.compile(r"^(?:全|本)?(?:国家|省|市|区|县)(?:级|教育系统)?|^(?:全国|全省|全市|全区|全县)")
_TITLE_QUOTES = re.compile(r"[“”\"「」『』]")


def _named_again(found: list, headline: tuple[int, int]) -> list:
    """Honours without those of the headline that the text names again, more fully ("获评全区“星级党支部”" over
    "被评为“五星级党支部”") or less (the headline's "荣获“市级五星级党支部”称号" over the text's "被评为“五星级党支部”")."""
    def same(a, b) -> bool:
        # (or the same title of the same level after the level or the area each opens with: "区教育系统五星级党支部",
        # "区级五星级党支部"; or one of them naming whose kind it is, "全市学校党建示范点", "全市党建示范点"; not the
        # province's and the city's)
        # (a title may quote a word of it, or not: "省级“五好”基层党组织", "五好基层党组织")
        if a.title == b.title:
            return False
        if a.title.endswith(b.title) or b.title.endswith(a.title):
            return True
        # (or leave out that the organization is a grassroots one: "“五好”党组织", "五好基层党组织")
        bare_a, bare_b = (_TITLE_QUOTES.sub("", _LEVEL_OPENING.sub("", f.title)).replace("基层", "") for f in (a, b))
        shorter = min(len(bare_a), len(bare_b))
        return a.level == b.level and (bare_a == bare_b or (
            shorter >= 4 and (bare_a.endswith(bare_b) or bare_b.endswith(bare_a))))

    told = [f for f in found if not _in_span(f, headline)]
    again = [f for f in found if _in_span(f, headline) and any(same(f, t) for t in told)]
    kept = []
    for f in found:
        if any(f is h for h in again):
            continue
        if f.year is None and not _in_span(f, headline):
            # (the text's may leave out the year the headline names: "获评“2022年度…”" over "被评为“…”")
            f = dataclasses.replace(f, year=next((h.year for h in again if same(h, f) and h.year), None))
        kept.append(f)
    return kept


def _in_capitals(folded: str) -> bool:
    """Whether an English text is written in capitals ("PARTY BUILDING REPORT 2023 — OAKRIDGE SCHOOL")."""
    letters = re.findall(r"[A-Za-z]", folded[:3000])
    return len(letters) >= 40 and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)


def _capitalized(folded: str) -> str:
    """A text in capitals with each word capitalized, as names are written (same length), but for the small words a
    name or a title writes in lower case ("PARTY ORGANIZATION OF SOUTHGATE PRIMARY SCHOOL": "… of Southgate …")."""
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).lower() if m.group(0).lower() in _SMALL_WORDS and m.start() > 0
                  else m.group(0).capitalize(), folded)


_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with"}


def _capitalized_lines(folded: str) -> str:
    """The text with each short line in capitals (a title or a heading: "SILVER LAKE SCHOOL PARTY BRANCH")
    capitalized word by word (same length), so that a school named there is found as in a text set so."""
    lines = folded.split("\n")
    for i, line in enumerate(lines):
        if len(line) <= 200 and not re.search(r"[a-z]", line) and len(re.findall(r"[A-Z]{2,}", line)) >= 2:
            lines[i] = _capitalized(line)
    return "\n".join(lines)


# a line broken inside an English sentence: it ends with a lower-case word, a number or a comma, and the next
# line goes on in lower case
_EN_WRAP = re.compile(r"(?<=[a-z0-9,;])[ \t]*\n(?=[ \t]*[a-z\"“(])")


def _unwrap_en(folded: str) -> str:
    """The text with each line break inside a sentence made a space (same length, same offsets). In a
    text wrapped at a width (most of its lines long and ending mid-sentence), every break after a
    long line that ends no sentence is one, whatever follows."""
    lines = [line for line in folded.split("\n") if line.strip()]
    # (a line of fields parted by bars is no prose: "Members: 58 | Party groups: 5 | Activists: 7"; nor a table's row, its
    # cells set in columns: "Teachers' Branch 1        34        1        3")
    open_ended = [line for line in lines if len(line) >= 55 and not _SENTENCE_END.search(line) and not _BAR_FIELDS.search(line)
                  and not _in_columns(line)]
    if not (len(open_ended) >= 3 and len(open_ended) * 2 >= len(lines)):
        return _EN_WRAP.sub(lambda m: m.group(0) if _field_line_around(folded, m) else " " * len(m.group(0)), folded)
    # a title stays a line of its own: a first line that reads as no sentence ("In 2020, the school …"
    # does) and that the next line does not go on from in lower case
    first_start = len(folded) - len(folded.lstrip())
    first_end = folded.find("\n", first_start)
    first = folded[first_start: first_end]
    title = first_end >= 0 and not re.match(r"[ \t]*[a-z]", folded[first_end + 1:]) and \
        not re.search(r"[,;] [a-z]", first) and first.count('"') % 2 == 0
    head, body = (folded[: first_end + 1], folded[first_end + 1:]) if title else ("", folded)
    return head + _EN_WRAP_AT_WIDTH.sub(lambda m: m.group(0) if _column_line_around(body, m) else " " * len(m.group(0)), body)


# the cells of a table's row set in columns, apart by wide spaces or tabs ("Teachers' Branch 1     34     1     3")
_COLUMN_GAP = re.compile(r"(?: {3,}|\t+)(?=\S)")


def _in_columns(line: str) -> bool:
    return len(_COLUMN_GAP.findall(line.strip())) >= 2


def _column_line_around(text: str, brk: re.Match) -> bool:
    """Whether the line before a line break, or the line after it, is a table's row set in columns."""
    before = text[text.rfind("\n", 0, brk.start()) + 1: brk.start()]
    after_end = text.find("\n", brk.end())
    return _in_columns(before) or _in_columns(text[brk.end(): after_end if after_end >= 0 else len(text)])


# a line of a form's field and its number ("Party members: 9", "  of whom probationary: 1"), which no sentence goes
# on from or into
_EN_FIELD_LINE = re.compile(r"[ \t]*[-–•*·]?[ \t]*[A-Za-z][A-Za-z ,'-]{1,40}:[ \t]*\d[\d,]*[ \t]*")


def _field_line_around(folded: str, brk: re.Match) -> bool:
    """Whether the line before a line break, or the line after it, is a field with its number."""
    before = folded[folded.rfind("\n", 0, brk.start()) + 1: brk.start()]
    after_end = folded.find("\n", brk.end())
    after = folded[brk.end(): after_end if after_end >= 0 else len(folded)]
    return bool(_EN_FIELD_LINE.fullmatch(before) or _EN_FIELD_LINE.fullmatch(after))


_SENTENCE_END = re.compile(r"[.!?:;\"”)]\s*$")
# (fields with their labels, "Members: 58 | Activists: 7", or counts after their words, "Branches 8 | Members 176")
_BAR_FIELDS = re.compile(r":\s*[^|｜\n]{1,20}\s[|｜]\s*[^|｜\n]{1,40}:|\d\s*[|｜]\s*[A-Za-z][^|｜\n\d]{1,40}\d")
# (a line 55 characters long or more, ending no sentence, then a line that is no list item)
_EN_WRAP_AT_WIDTH = re.compile(r"(?<=[^\n]{55})(?<![.!?:;\"”)])[ \t]*\n"
                               r"(?=[ \t]*(?![-*•]|\d{1,2}[.)]\s|[A-Za-z ]{2,24}(?: (?:in|for|of) \d{4})?:|\d{4}[-/.年])\S)")


def _with_rows(metrics: list[Metric], candidates: list[Candidate], rows: list[Metric]):
    """The figures with a table's rows added in text order; a number a row reads is no candidate,
    a head count the prose already gave is not given twice, and a count of the row's indicator the prose read in its
    note ("| 党课 | 4 | 5 | 书记讲党课2次 |") is a part of the row's figure (one of another, "含预备党员2人", stands)."""
    stated = {(m.indicator, m.value, m.year) for m in metrics if m.indicator in STOCK_INDICATORS}
    kept = []
    for row in rows:
        key = (row.indicator, row.value, row.year)
        if key not in stated:
            kept.append(row)
            if row.indicator in STOCK_INDICATORS:
                stated.add(key)  # the same head count in two rows is one fact
    rows = kept
    spans = [(r.start, r.end) for r in rows]
    candidates = [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in spans)]
    metrics = [m for m in metrics if m.start is None or not any(
        r.start <= m.start and m.end <= r.end and r.indicator == m.indicator for r in rows)]
    return sorted(metrics + rows, key=lambda m: m.start if m.start is not None else -1), candidates


# the count of the members among people counted before it: "（其中党员6名）", "，其中党员教师3名"
_MEMBERS_AMONG_THEM = re.compile(r"[（(，,]?\s*其中(?:共产)?党员")


# what opens the parts of a total said after it: a dash, a colon, a bracket, "including"
_EN_PARTS_OPENING = re.compile(r"[—–:(]|\bincluding\b|\bof (?:which|them|these)\b")


def _without_parts_after_their_total(low: str, seg: Segmenter, metrics: list[Metric]) -> list[Metric]:
    """`metrics` without the parts of a total said after it in its sentence, which add up to it ("Party lectures: 3 — the
    secretary gave 1, committee members gave 2": the 3 is the figure)."""
    drop: set[int] = set()
    for i, total in enumerate(metrics):
        if total.start is None or total.cadence or id(total) in drop:
            continue
        s_end = seg.sentence_span(total.start)[1]
        parts = []
        for m in metrics[i + 1:]:
            if m.start is None or m.start >= s_end or m.indicator != total.indicator or m.cadence:
                break
            parts.append(m)
        # (not each of its years, each a year's figure: "admitted 9 new members: 2 in 2021, 3 in 2022 and 4 in 2023")
        years_of_its_own = total.year is None and len({p.year for p in parts}) == len(parts) and None not in {p.year for p in parts}
        # (or, after a colon, fewer of them read than were said, and so less than it: "visited 16 staff members: 9 who were
        # ill, 4 retired members and 3 …", the 9 read as no figure)
        after_a_colon = bool(parts) and low.find(":", total.end, parts[0].start) >= 0
        adds_up = sum(p.value for p in parts) == total.value or (sum(p.value for p in parts) < total.value and after_a_colon)
        # (one read of several said is a part too: "has five branches: three for teachers, one for retired staff
        # and one student branch")
        several = len(parts) > 1 or after_a_colon
        if several and adds_up and not years_of_its_own and _EN_PARTS_OPENING.search(low, total.start, parts[0].end):
            drop.update(id(p) for p in parts)
    return [m for m in metrics if id(m) not in drop]


# a line of totals under lines of the year's parts, each opened by its label: "全年合计：党课5次…" under "第一季度：党课1次…",
# "Year total: 12 theme Party days" under "Spring term: 6 theme Party days"
_TOTAL_LINE = re.compile(r"[ \t\u3000]*(?:全年|全学年|本年度|年度)?(?:合计|总计|共计)\s*[:：]|[ \t]*(?:(?:year|annual) )?totals?\s*[:：]",
                         re.I)
_PART_OF_THE_YEAR = re.compile(r"季度|半年|学期|\d{1,2}\s*月|quarter|term|semester|half|january|february|march|april|may|june|"
                               r"july|august|september|october|november|december", re.I)
# (a line's label: the words before its colon)
_LINE_LABEL = re.compile(r"[^:：\n]{1,16}[:：]")


# the homes or children a sentence's visits went to first of all: "…共家访学生家庭300户，重点走访留守儿童…45名"
_SINGLED_OUT_VISITS = re.compile(r"[，,]\s*(?:其中)?[，,]?\s*重点(?:走访|家访)")


def _without_the_homes_singled_out_after_their_visits(folded: str, seg: Segmenter, metrics: list[Metric]) -> list[Metric]:
    """Without the homes or children visited first of all ("重点走访留守儿童、单亲家庭学生45名") after the count of all the
    sentence's home visits: a part of them, no figure of its own (said alone, with no count of all before it, it is the
    count of the visits)."""
    visits = [m for m in metrics if m.indicator == "home_visits" and m.start is not None]
    kept = []
    for m in metrics:
        if m.start is not None and visits:
            sentence_start = seg.sentence_span(m.start)[0]
            marks = list(_SINGLED_OUT_VISITS.finditer(folded, sentence_start, m.end))
            if marks and any(sentence_start <= v.start and v.end <= marks[-1].start() for v in visits):
                continue
        kept.append(m)
    return kept


def _on_a_line_of_a_part(text: str, metric: Metric) -> bool:
    """Whether the figure is on a line its part of the year labels ("第一季度：…", "Spring term: …")."""
    line = line_start_within(text, metric.start, 200)
    if line is None:
        return False
    label = _LINE_LABEL.match(text, line)
    return label is not None and bool(_PART_OF_THE_YEAR.search(label.group(0)))


def _without_the_parts_a_total_line_sums(text: str, metrics: list[Metric]) -> list[Metric]:
    """`metrics` without the figures of the year's parts (quarters, terms, months) listed line by line, where a line of
    totals after them gives each indicator's total, the sum of those parts: the total is the figure, as a table's row of
    totals is."""
    totals = {}
    for m in metrics:
        if m.start is not None and (line := line_start_within(text, m.start, 200)) is not None and \
                _TOTAL_LINE.match(text, line):
            totals.setdefault((m.indicator, m.year), m)
    drop: set[int] = set()
    for (indicator, year), total in totals.items():
        parts = [m for m in metrics if m.indicator == indicator and m.year == year and m is not total and
                 m.start is not None and m.start < total.start and _on_a_line_of_a_part(text, m)]
        if len(parts) > 1 and sum(p.value for p in parts) == total.value:
            drop.update(id(p) for p in parts)
    return [m for m in metrics if id(m) not in drop]


# the members among all the people honoured, counted in the sentence after them: "Of the 42, 23 are Party members."
_EN_MEMBERS_AMONG_THE_HONOURED = re.compile(r"\W*of the (\d[\d,]*),\s*(?:\d[\d,]*|[a-z-]+(?: [a-z-]+)?) (?:are|were) (?:communist )?"
                                            r"party members\b")
# (or among those of one title: "The branch noted that 19 of the 30 Excellent Teachers are Party members.")
_EN_SOME_OF_THE_HONOURED_ARE_MEMBERS = re.compile(r"\W*[^.;]{0,40}?\b\d[\d,]* of the (\d[\d,]*) [^.;]{0,40}?(?:are|were) "
                                                  r"(?:communist )?party members\b")


# (in Chinese, those honoured named again as a whole: "获奖教师中，党员教师7人")
_ZH_MEMBERS_AMONG_THE_HONOURED = re.compile(r"[。！!\s]*(?:在|其中)?(?:获奖|受表彰|获表彰|受到表彰|获得表彰)的?(?:教师|老师|同志|人员|"
                                            r"选手)中[，,]?\s*(?:共有|有)?(?:共产)?党员(?:教师)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*[名人位]")


def _honoured_then_members_among_them(text: str, seg: Segmenter, metrics: list[Metric],
                                      lang: str = "en") -> tuple[list[Metric], list[Metric]]:
    """`metrics` without the honoured people counted in a sentence whose counts add up to the whole the sentence after it
    counts the members among ('… honoured 30 "Excellent Teachers" and 12 "Excellent Class Teachers". Of the 42, 23 are
    Party members.'; in Chinese, those not said to be members, where the sentence after names them as a whole, "共有14名
    教师获奖。获奖教师中，党员教师7人"), and those counts (for review: not all of them members)."""
    by_sentence: dict[tuple[int, int], list[Metric]] = {}
    for m in metrics:
        if m.indicator == "awards_individual" and m.start is not None:
            by_sentence.setdefault(seg.sentence_span(m.start), []).append(m)
    honoured: list[Metric] = []
    for (_, s_end), counted in by_sentence.items():
        if lang == "zh":
            if _ZH_MEMBERS_AMONG_THE_HONOURED.match(text, s_end):
                honoured += [m for m in counted if "党员" not in m.evidence]
            continue
        among = _EN_MEMBERS_AMONG_THE_HONOURED.match(text, s_end)
        if among is not None and sum(m.value for m in counted) == float(among.group(1).replace(",", "")):
            honoured += counted
        elif (some := _EN_SOME_OF_THE_HONOURED_ARE_MEMBERS.match(text, s_end)) is not None:
            # ('… honoured 30 "Excellent Teachers" and 12 "Excellent Class Teachers". … 19 of the 30 Excellent Teachers are
            # Party members.': the 30 of one title, the members among whom the sentence after counts)
            of_them = float(some.group(1).replace(",", ""))
            honoured += [m for m in counted if m.value == of_them][:1]
    return [m for m in metrics if not any(m is h for h in honoured)], honoured


def _counts_of_honoured_with_no_honour(metrics: list[Metric], found: list):
    """The counts of honoured people whose evidence holds no honour read already, each of which may name its honour
    (not a count a plan means to honour: an honour a plan means to give is no honour yet, "评选“最美党员”3名" among
    the term's tasks)."""
    for m in metrics:
        if m.indicator == "awards_individual" and m.start is not None and not m.is_target and \
                not any(f.start < m.end and m.start < f.end for f in found):
            yield m


def _honours_of_counts(folded: str, metrics: list[Metric], found: list) -> list:
    """"推选出优秀党员4名": a count of honoured people names the honour too, when no honour was read there."""
    lex = lexicon("zh")
    extra = []
    for m in _counts_of_honoured_with_no_honour(metrics, found):
        # a title quoted right before the count, whole: "评选出“清廉教师”10名", "评选出“党员先锋岗”8个" (not the
        # honoured noun it starts with), with the word of honour after the quote where it has one: "评出“先锋岗”标兵5名"
        # (the evidence of an item of a list may start inside the quote: "、“党员示范岗”3个")
        opened = m.start > 0 and folded[m.start - 1] in "“\""
        quoted = _QUOTED_TITLE_COUNTED.search(folded, m.start - opened, m.end)
        if quoted is None and _MEMBERS_AMONG_THEM.match(folded, m.start, m.end):
            # (or the count of the members among those honoured, after them: "评选“最美教师”10名（其中党员6名）"; the title
            # nearest before, of the people they are among: "…“教学能手”5名，其中党员2名；表彰“优秀班主任”9名，其中党员4名")
            quoted = next(reversed(list(_QUOTED_TITLE_COUNTED.finditer(folded, max(0, m.start - 30), m.start))), None)
        if quoted is None and (post := _POST_OF_MERIT_COUNTED.search(folded, m.start, m.end)):
            # (or a post of merit named unquoted right before its count: "、党员示范岗4个")
            start, end = post.span("title")
            if not any(f.start < end and start < f.end for f in [*found, *extra]):
                title = post.group("title")
                extra.append(honours.Found(title, start, end, honours.level_of(title, folded[m.start: start], active=True),
                                           "individual", m.year))
            continue
        if quoted and (quoted.group("unit") != "个" or quoted.group("title").endswith(("岗", "岗位"))):
            title = quoted.group("title") + (quoted.group("head") or "")
            start, end = (quoted.start(), quoted.end("head")) if quoted.group("head") else quoted.span("title")
            if any(f.start < end and start < f.end for f in [*found, *extra]):
                continue  # (the honour is read already, where its title stands)
            extra.append(honours.Found(title, start, end,
                                       honours.level_of(title, folded[m.start: quoted.start()], active=True),
                                       "individual", m.year))
            continue
        for pos in range(m.start, m.end):
            noun = lex.noun_at(folded, pos)
            if noun and noun.role == "honoured" and noun.end <= m.end:
                # (with the post it names, where it names one: "命名党员先锋岗4个")
                end = noun.end + len(post.group()) if (post := _POST.match(folded, noun.end)) else noun.end
                title = folded[noun.start: end]
                conferrer = folded[m.start: noun.start]
                extra.append(honours.Found(title, noun.start, end, honours.level_of(title, conferrer, active=True),
                                           "individual", m.year))
                break
    return extra


def _quoted_honours_of_counts_en(folded: str, metrics: list[Metric], found: list) -> list:
    """'5 "Demonstration Post Stars" were selected': a count of honoured people whose title is quoted right after the
    number names the honour too, when no honour was read there."""
    extra = []
    for m in _counts_of_honoured_with_no_honour(metrics, found):
        if quoted := _EN_QUOTED_TITLE_COUNTED.search(folded, m.start, m.end):
            title = quoted.group("title")
            extra.append(honours.Found(title, quoted.start("title"), quoted.end("title"),
                                       honours.level_of(title, folded[m.start: quoted.start()], lang="en", active=True), "individual",
                                       m.year))
    return extra


# the quoted title of the people a number counts, right after it: '5 "Demonstration Post Stars"'
_EN_QUOTED_TITLE_COUNTED = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                      r"[a-z]+teen|twenty|thirty|forty|fifty)\s+[“\"](?P<title>[^”\"“]{3,60})[”\"]", re.I)


_POST = re.compile(r"岗位?")
# a post of merit named unquoted right before the count of those who hold it: "党员示范岗4个", "师德先锋岗3个"
# (not the verb that chose them before it: "评出示范岗5个" is of 示范岗)
_POST_OF_MERIT_COUNTED = re.compile(r"(?P<title>(?:[^\W\d_出选立名]{2,4})?(?:示范|先锋)岗位?)\s*(?:\d+|[一二两三四五六七八九十]+)\s*个")

# a title quoted right before the count of the people who hold it: "“清廉教师”10名", "“先锋岗”标兵5名" (or of the
# posts of merit they hold: "“党员示范岗”6个")
_QUOTED_TITLE_COUNTED = re.compile(r"[“\"](?P<title>[^”\"“]{2,12})[”\"](?P<head>标兵|能手|之星|明星|模范)?(?:称号)?\s*"
                                   r"(?:\d+|[一二两三四五六七八九十]+)\s*(?P<unit>名|位|人|个)")


def _original(text: str, folded: str, name: str | None) -> str | None:
    """A name found in the folded text, spelled as the original writes it."""
    if not name:
        return None
    i = folded.find(name)
    return text[i: i + len(name)] if i >= 0 else name


def _metrics(text: str, folded: str, seg: Segmenter, lang: str, doc_time: DocTime, quantities: list[Quantity],
             is_target: bool, others: Others, *, doc: str) -> tuple[list[Metric], list[Candidate]]:
    """The figures of a report's numbers, and the numbers left to review; a report is refused (`doc` named) as soon as
    it has more of them found than the cap allows, with no reading of the rest."""
    most = limits.cap("report_figures")
    metrics: list[Metric] = []
    candidates: list[Candidate] = []
    offered: set[tuple] = set()
    seen_stock: set[tuple] = set()
    low = folded.lower() if lang == "en" else folded
    quoted_names = _quoted_names(low) if lang == "en" else []
    table = TABLES[lang]
    sentence_marks: dict[int, list] = {}
    planned_counts: dict[int, str | None] = {}  # the end of a number planned -> what it counts
    prev_end = 0
    for i, q in enumerate(quantities):
        if len(metrics) + len(candidates) > most:
            limits.refuse_report_figures(doc)
        next_start = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
        if seg.in_label(q.start, q.end):
            continue
        # a number in parentheses breaks down the one before it ("18名教师(其中12名党员)"); only the
        # kinds of members a total is made of are figures of their own there
        # (a bracket that holds nothing but the count of the noun before it, "全体党员（共27人）", is no aside)
        bracketed = _counted_in_brackets(folded, q)
        aside = seg.in_aside(q.start, q.end) and not bracketed and \
            not (lang == "en" and (_described_in_brackets(low, q) or _pairs_in_brackets_en(low, q) or
                                   _units_in_brackets_en(low, q) or
                                   _EN_RATE_BRACKET.search(low, max(0, q.start - 30), q.start) is not None)) and \
            not (lang == "zh" and (_event_counted_in_brackets(folded, seg, q) or _members_honoured_in_brackets(folded, seg, q)))
        floor = prev_end
        # (the kind a count is of, where kinds are listed before 分别: read once, for its window and its figure)
        kinds_before = _respective_kind_zh(folded, seg.sentence_span(q.start)[0], q) if lang == "zh" else None
        if lang == "zh":
            window, left_start = _windows_zh(folded, seg, q, prev_end, kinds_before)
            clause_from = seg.clause_start(q.start)
            rate_left, rate_right = folded[max(clause_from, q.start - 12): q.start], _right_zh(folded[q.end: q.end + 8])
            if _RATE_WITH_ITS_OWN_COUNT.match(folded, q.end):
                rate_right = ""  # "主题党日　12次　每月1次": the rate after the count is its own count's, 1次's
            # (the clause itself only where a rate word may open it)
            clause = folded[max(clause_from, seg.sentence_span(q.start)[0]): q.start] \
                if folded.find("每", clause_from, q.start) >= 0 else ""
            cadence, rate_words = cadence_zh(rate_left, rate_right, clause)
        else:
            if _in_a_quoted_name(low, q, quoted_names) or _QUOTED_MEMBERS_NAME.match(low, q.end):
                # 'the "teachers visit ten thousand homes" activity': a number in the name of something (or the count of a
                # name that opens with members: 'select 5 "Party members around me"', a title, no membership)
                continue
            window, left_start = _windows_en(low, seg, q)
            if q.ordinal and _EN_ORDINAL_OF_A_GROUP.match(window.right):
                continue  # "its first activists of the year": a group named by when it came, no place of one among others
            if q.ordinal:
                # "the branch's third theme Party day of the year": the place of this one among the year's so far is
                # their count, read as the number of them held (an ordinal of anything else is no count)
                # (the last of them too: "the year's twelfth and last group study session")
                window = dataclasses.replace(window, left="held ", right=re.sub(r"^and (?:the )?(?:last|final) ", "", window.right))
                if _EN_OF_THE_YEAR_ALONE.match(window.right) and \
                        (events := _EN_EVENT.findall(low, seg.sentence_span(q.start)[0], q.start)):
                    # "a special meeting on integrity on 9 June, its third this year": the place of the event named before
                    # (said as the count of them held: "held 2 warning education meetings this year")
                    named = events[-1]
                    event = f"{named[:-1]}ies" if named.endswith("ity") else f"{named}es" if named.endswith("ss") else f"{named}s"
                    such = _EN_SUCH_ONE.match(window.right)
                    window = dataclasses.replace(window, right=f"{event} {window.right[such.end() if such else 0:]}")
                if getattr(table.classify(window), "indicator", None) is None:
                    continue
            rate_left, rate_right = window.left, window.right[:60]
            cadence, rate_words = cadence_en(rate_right, rate_left, window.sentence)
            if _EN_PEOPLE_DOING.match(window.right) or bracketed or (cadence and _EN_A_WHOLE_YEAR.search(window.left)) or \
                    (q.value > 1 and _EN_HELD_AT_A_RATE.match(window.right)) or \
                    (cadence and _EN_PEOPLE_SO_OFTEN.match(window.right)):
                # "our 17 members met for study every week": how often people do something is no rate of their count (nor
                # how often something is done for them: "taught two pupils at home twice a week")
                # (nor, in "Monthly theme party days (12)", how often the events were held of the count of them all; nor
                # where the count's clause names a whole year: "each month organize 1 time collective study, the whole year
                # not less than 12 times"; nor in "the 12 monthly theme Party days", events each held at the rate, 12 of
                # them)
                cadence, rate_words, rate_left, rate_right = None, None, "", ""
        prev_end = q.end
        if cadence is None and per_several_periods(lang, rate_left, rate_right) and \
                not (lang == "en" and _EN_SAID_IN_ALL.match(window.right)):
            # "每两个月一次": a rate no cadence states, and no total: for review (a total said after such a rate is one:
            # "met for group study every other week — eight sessions in all")
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None,
                                             reason="a rate over several periods"))
            continue
        if lang == "zh" and _EXPECTED.search(folded, max(clause_from, q.start - 20), q.start) and \
                _ACTUAL.search(folded, q.end, seg.sentence_span(q.start)[1]):
            # "应参评党员34名，实际参评33名": the number expected, where the actual one follows (for review: it
            # may be the branch's membership)
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None, reason=EXPECTED))
            if _what_it_counts(table, window, low, seg, q, floor, lang) == "member_reviews":
                # (those a review expected: the number actually reviewed after it, with no noun of its own, is the
                # figure, "应参评党员26名，实际参评25名"; not those a meeting expected, whose attendance is no count)
                planned_counts[q.end] = "member_reviews"
            continue
        if lang == "zh" and _NUMBER_PLANNED.search(folded, max(clause_from, q.start - 20), q.start) and \
                _DONE_AFTER.match(folded, q.end):
            # "计划集中学习12次，实际开展14次": the number planned, where the number done follows (it is the figure)
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None, reason=PLANNED))
            # (what it counts, for a number done that names no noun of its own: "计划发展党员2名，实际发展2名")
            # (or, naming none, what the field it stands in names: "志愿服务：计划8次，完成11次")
            planned_counts[q.end] = _what_it_counts(table, window, low, seg, q, floor, lang) or \
                _what_its_field_counts(table, window, folded, q)
            continue
        sentence_start, sentence_end = seg.sentence_span(q.start)
        if lang == "zh" and not aside and _EACH_OF_SEVERAL_UNITS.search(folded, max(sentence_start, q.start - 60), q.start) \
                and not _A_TOTAL_LATER.search(folded, q.end, sentence_end):
            # "下设3个党支部，党员人数分别为15人、12人、9人": each count one branch's, and no total of them said (for review;
            # with the total said after them, the total is the school's and they are its parts)
            candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None, reason=ONE_BRANCH))
            continue
        # a total said after the counts of its sentence ("…，共计12次", "…, a total of 12"): of their parts, or of
        # several kinds
        total_said = bool(_TOTAL_AFTER_PARTS[lang].search(low, max(sentence_start, q.start - 16), q.start))
        if ((total_said and _total_of_several_kinds(q, quantities[:i], metrics, sentence_start)) or
                (lang == "zh" and _kinds_listed_then_totalled(low, max(sentence_start, seg.clause_start(q.start)), q.start))) \
                and _members_of_both_kinds(low, q, metrics, lang) is None:
            # "开展主题党日12次，讲党课4次，共计16次": the total of several kinds of event is no indicator's (for review)
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None,
                                             reason=SEVERAL_KINDS))
            continue
        # "a"/"an" counts in a rate ("a meeting every month") or after a verb of having ("has a party branch")
        # (but not one for each of something, which counts them by what they are for: "there is a branch for each year group")
        counts = not q.article or ((cadence or _has_before(window.left, lang)) and not _ONE_FOR_EACH.match(window.right))
        first_of_two = None
        if lang == "zh" and window.left.endswith("各") and (each := _EACH_OF_TWO.search(window.left)):
            # "召开专题民主生活会和组织生活会各1次": the count is each noun's; the second is read as usual
            first_of_two = dataclasses.replace(window, left=_left_zh(each["first"]))
            window = dataclasses.replace(window, left=window.left[: each.start("each")])
        if lang == "en" and (respective := _respective_noun_en(low, q, window, table)) is not None:
            # "carried out theme party days and centralized study 12 times and 20 times respectively": so in English
            window = respective
        if lang == "zh" and (respective := _respective_noun(low, q, window.unit)) is not None:
            # "分别开展主题党日、集中学习12次、20次": each count is its noun's, in the order they are listed
            window = dataclasses.replace(window, left=_left_zh(respective[0]))
            left_start = respective[1]
        rule = table.classify(window) if counts else None
        if first_of_two is not None and (rule is None or rule.indicator is None) and \
                (first := table.classify(first_of_two)) is not None and first.indicator is not None:
            # "组织生活会和民主评议党员各1次": the second is no figure in this unit (a review counts people), the first is
            window, rule, first_of_two = first_of_two, first, None
        if first_of_two is not None and rule is not None and rule.indicator is not None and \
                _BARE_KIND_BEFORE_MARK.search(first_of_two.left) and \
                ((first := table.classify(first_of_two)) is None or first.indicator is None):
            # "送去音乐、美术、体育示范课各1节": the kinds listed before the event are no events of their own; the count is
            # each kind's, and their total is said nowhere (for review)
            candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None, reason=EACH_KIND))
            continue
        if lang == "zh" and rule is not None and rule.name == "ordinal" and _NTH_OF_THE_YEAR.search(window.left):
            # "这是今年以来支部开展的第3次主题党日活动": the place of this one among the year's so far is their count
            # (or the members admitted: "这是支部今年发展的第3名党员", read as 发展…名)
            nth = dataclasses.replace(window, left="发展" if re.search(r"(?:发展|接收|吸收)(?:的)?第$", window.left) else "开展")
            # (or the event named after its verb, read as said before the count: "第三次开展送教下乡活动" as 开展送教下乡活动…次;
            # or named with no verb, read as held: "第五期读书分享会" as 开展读书分享会…期)
            told_after = re.match(r"(?P<verb>开展|举办|召开|组织|进行)?[^，,。；;\d]{2,16}", nth.right)
            told_before = dataclasses.replace(
                nth, left=told_after.group(0) if told_after["verb"] else f"开展{told_after.group(0)}", right="") \
                if told_after else None
            for reading in (nth, told_before):
                if reading is not None and (by_nth := table.classify(reading)) is not None and by_nth.indicator is not None:
                    window, rule = reading, by_nth
                    break
        if lang == "en" and rule is None and (line_from := line_start_within(low, q.start, 80)) is not None and \
                (dated := _EN_LABEL_YEARS.search(low, line_from, q.start)):
            # "Volunteer hours, 2023: 430": the field's label read without its year (which dates the figure, below), or
            # without its years ("New members admitted, 2020-2023: 17", a span's figure)
            label = low[line_from: dated.start() + 1].strip()
            labelled = _as_field_label(window, label)
            if (by_label := table.classify(labelled)) is not None and by_label.indicator is not None:
                window, rule, left_start = labelled, by_label, line_from
        if lang == "en" and rule is None and (owned := _own_short_name_as_the_schools(window, others)) is not None and \
                (by_own := table.classify(owned)) is not None and by_own.indicator is not None:
            # "Foxwood's 23 members will …": the school's own short name, as "the school's"
            window, rule = owned, by_own
        if lang == "zh" and rule is None and (label := _year_series_label(low, q, seg.sentence_span(q.start)[0])):
            labelled = dataclasses.replace(window, left=_left_zh(label))
            if (by_label := table.classify(labelled)) is not None and by_label.indicator is not None:
                window, rule = labelled, by_label
        if rule is not None and rule.indicator is None:
            if rule.review:
                if not aside:
                    candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None, reason=rule.name))
                continue
            if not (rule.name == "per-person norm" and _total_after_a_norm(low, seg, q, window)):
                continue  # recognized as something else: a page view, an enrolment, a norm
            rule = None  # "每名党员执教示范课1节，全年共10节": the total, in a clause of its own, of the event the norm names
        s_start, s_end = seg.sentence_span(q.start)
        total = None
        compared_at = None
        item_year = own_time_from = None
        if rule is not None and _members_told_before_en(window, q, metrics, lang):
            continue  # "… 27 members and 40 other teachers spent four days helping. … 19 of the 27 members had volunteered
            # before": the members counted before, referred back to, no figure of their own
        if rule is not None:
            indicator = rule.indicator
            start, end = _evidence_span(text, seg, q, left_start, rule, lang, next_start, floor)
        elif (kind := _respective_members_zh(kinds_before, q)) is not None:
            # "入党积极分子和预备党员分别为6名、3名": each count the kind at its place in the list
            indicator, start, end = kind[0], kind[1], q.end
        elif (referred := _referred_back(low, window, q, metrics, s_start, lang, aside)) is not None:
            # "每月开展一次主题党日活动，全年共12次": the count names no event and means the one before
            indicator, start, end = referred.indicator, referred.start, q.end
        elif (total := _yearly_part_of(low, window, q, metrics, s_start, lang, aside)) is not None:
            # "近三年发展党员9名，其中2021年2名、2022年3名…": each year's part of a total over years
            indicator, start, end = total.indicator, _year_start(low, q.start), q.end
        elif (listed := _listed_after(low, window, q, metrics, s_start, lang, aside)) is not None:
            # "分别发展党员2名、3名": a bare count listed after a figure counts what it counts
            indicator, start, end = listed.indicator, listed.start, q.end
        elif (ahead := _listed_before(text, low, seg, window, q, quantities[i + 1:], floor, lang, aside)) is not None:
            # "分别与3名、2名新入职教师结成师徒对子": a bare count listed before the one that names their noun counts what
            # that one counts
            indicator, end = ahead
            start = q.start
        elif (same := _more_of_the_same_en(low, window, q, metrics, s_start, lang, aside)) is not None:
            # "the secretary gave 2 Party lectures and the committee members gave 3 more": more of what the sentence counted
            indicator, start, end = same
        elif total_said and (parts_of := _total_of_its_parts(window, q, metrics, s_start)):
            # "the two groups held 5 and 6 study meetings respectively, a total of 11", "党员人数分别为15人、12人、9人，共计
            # 36人": a bare total of the counts before
            (indicator, start), end = parts_of, q.end
        elif (item := _year_item_en(low, q, metrics, s_start, lang)) is not None:
            # "admitted 2 new members in 2020, 3 in 2021 and 2 in 2022": a count of a list of years counts what the
            # list's first did, in its own year
            indicator, item_year, end = item
            start = q.start
        elif (compared := _compared_with_a_years_zh(folded, q, metrics, s_start, lang)) is not None:
            # "志愿服务总时长3600小时，较2022年的3000小时增长20%": the count compared with is the same measure's, in its year
            indicator, item_year = compared
            start, end = q.start, q.end
        elif (series := _next_year_of_a_series_zh(folded, q, metrics, s_start, lang)) is not None:
            # "2020年发展党员3名，2021年2名，2022年4名": a later year's count said with its measure alone counts what the
            # year's before did, in its own year
            indicator, item_year, start = series
            end = q.end
        elif (again := _again_in_another_year_en(low, window, q, metrics, s_start, lang, aside) or
              _again_the_next_sentence_en(low, q, metrics, lang, aside)) is not None:
            # "In 2022 the teachers made 610 home visits; in 2023 they made 702": what the clause before counted, in a time
            # of its own (or the sentence before: "… recorded 45 micro-lessons. Last year they recorded 30.")
            indicator, start = again
            own_time_from, end = start, q.end
        elif (other_year := _in_another_year_in_brackets_en(low, q, metrics, s_start, lang)) is not None:
            # "Branches: 4 (2021: 3)": the figure before, in the year its brackets name
            indicator, start = other_year
            own_time_from, end = start, q.end
            aside = False
        elif (norm_total := _total_of_a_norm_en(low, window, q, s_start, lang)) is not None:
            # "1 organisational life meeting per branch, 5 in all": the total of what the norm before it counts (in
            # brackets too, "one theme day a month (12 in the year)": no aside, the norm's total)
            indicator, start, end = norm_total
            aside = False
        elif (done := _done_after_due_en(low, window, q, s_start, lang)) is not None:
            # "Party lectures: 3 due, 4 held": the number held is the field's figure (the number due is no figure)
            indicator, start, end = done
        elif (kinds := _members_of_both_kinds(low, q, metrics, lang)) is not None:
            # "Full members: 29. Probationary members: 3. Total: 32.": the membership, of which they are the two kinds
            indicator, start, end = "members_total", kinds, q.end
        elif (item := _terse_item_en(low, q, s_start, lang)) is not None:
            # "Activities: theme Party days 5; group study 8": a list's item, its noun before its count
            (indicator, start), end = item, q.end
        elif (apposed := _apposed_total_en(low, q, s_start, lang)) is not None:
            # "the general branch's members, 86 in all, took part": the total set beside its noun (in brackets too,
            # "theme Party days (5 this term)": no aside, the noun's count)
            indicator, start, end = apposed
            aside = aside and _EN_BRACKETED_TOTAL.match(low, q.end) is None
        elif (event := _event_before(low, seg, window, q, s_start, lang, aside)) is not None:
            # "…开展主题党日活动，共3次": the clause before names the event the count counts
            (indicator, start), end = event, q.end
        elif (done := _done_after_plan(window, quantities[:i], planned_counts)) is not None:
            # "计划发展党员2名，实际发展2名": the number done, with no noun, counts what the number planned counts (its
            # evidence quotes the plan's clause, which names it)
            indicator, start, end = done, max(seg.clause_start(quantities[i - 1].start), s_start), q.end
        elif (changed := _changed_to(low, seg, q, s_start, lang, aside)) is not None:
            # "志愿服务时长较上年增加120小时，达到560小时": what a change brought the measure to (the time
            # it is compared with, 较上年, is not its own)
            indicator, start, compared_at = changed
            end = q.end
        else:
            reading = _read_people(low, seg, q, floor, lang)
            if reading is None or reading.indicator is None:
                # "两位老师" said five times is one pair of teachers: a number is offered once per noun
                mention = (q.value, reading.nouns[-1].word if reading and reading.nouns else low[q.end: q.end + 4])
                if not q.article and not aside and mention not in offered and \
                        _worth_review(low, q, s_start, s_end, lang, reading):
                    offered.add(mention)
                    candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, reading))
                continue
            indicator = reading.indicator
            start, end = _people_span(text, seg, q, reading, left_start, lang)
        if aside and indicator not in PARTS_OF_A_TOTAL and not _people_of_the_event_before(low, q, indicator, metrics) and \
                not (indicator == "members_total" and _EN_WHOLE_IN_BRACKETS.search(low, max(0, q.start - 12), q.start)):
            continue  # (the whole a part was counted out of is no aside: "Members who volunteered: 29 (out of 34)")
        if lang == "zh" and indicator == "branches" and (
                (_BRANCHES_OF_A_KIND.search(folded, max(0, q.start - 10), q.start) and
                 _ANOTHER_KIND_OF_BRANCHES.match(folded, q.end)) or
                _BOTH_KINDS_OF_BRANCHES.search(folded, max(0, q.start - 30), q.start)):
            # "在职党员支部2个、退休党员支部1个": branches of one kind beside another, whose whole is not said (for review)
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None,
                                             reason="branches of one kind beside another"))
            continue
        if indicator in HEAD_COUNTS and q.unit == "人次":
            # "培训入党积极分子45人次": times people took part, not how many there are
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None,
                                             reason="person-times of a head count"))
            continue
        if q.value > _INDICATORS[indicator].max_value:
            # "如今已有9800多万名党员": more than any school has (the catalog's bound), so not the school's
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None, reason=IMPLAUSIBLE))
            continue
        if indicator == "volunteer_hours" and q.value <= _A_DAYS_HOURS and _one_day_told(low, seg, s_start):
            # "3月5日，…组织党员志愿者30人…，累计服务4小时", "On March 5, … They served for four hours.": how long one day's
            # service took, not the hours its volunteers gave between them
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None, reason=ONE_DAYS_LENGTH))
            continue
        if total is None and _part_of_the_one_before(low, q.start, indicator, metrics, s_start, lang):
            continue
        if (whose := others.owner(low, seg, q.start, s_start, parts=True)) is not None:
            # "白云小学党支部现有党员18名" in a report about another school, "全区教育系统共发展党员68名" (and in
            # English, "Hongqi Village Primary School has only 4 party members")
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None, reason=whose))
            continue
        if s_start not in sentence_marks:
            sentence_marks[s_start] = time_marks(low[s_start:s_end], lang)
        time_end = s_start + rule.time_end(low[s_start: q.start]) if rule is not None else (compared_at or q.start)
        if lang == "zh" and (change := _CHANGE_FROM_A_COUNT.search(low, s_start, q.start)):
            time_end = min(time_end, change.start())  # "由2021年的38名增加到51名": 2021 is the first count's time
        if lang == "en" and (asides := list(_EN_COMPARED_IN_A_YEAR.finditer(low, s_start, q.start))) and \
                not any(s_start + m.start() >= asides[-1].end() for _kind, m in sentence_marks[s_start]):
            # "gave 980 hours, compared with 740 in 2022, in 33 activities": 2022 is the compared count's time only
            time_end = min(time_end, asides[-1].start())
        time = time_of(low[s_start: time_end], doc_time, q.start, lang, sentence_marks[s_start])
        founded = [m for kind, m in sentence_marks[s_start] if kind == "founded" and s_start + m.end() <= q.start]
        if founded and ((rule is not None and rule.of_the_founding) or (
                lang == "zh" and indicator in STOCK_INDICATORS and _at_the_founding(low, s_start + founded[-1].start(), q.start)) or (
                lang == "en" and indicator in STOCK_INDICATORS and _EN_HAD_AT_THE_FOUNDING.search(low, s_start, q.start))):
            time = one_year(int(next(g for g in founded[-1].groups() if g)))
        elif not founded and lang == "zh" and indicator in STOCK_INDICATORS and _opens_at_the_founding(low, s_start, q.start):
            # "学校创办于1958年。建校之初，学校只有党员5人": the founding the sentence before dates, or none the text dates
            time = _founded_just_before(low, seg, s_start) or TimeInfo(None, None, None, None, "none")
        if lang == "zh" and (each_year := _year_of_each(low, s_start, q.start, indicator, metrics)) is not None:
            time = one_year(each_year, f"{each_year}年")
        if lang == "en" and (each_year := _year_of_each_en(low, s_start, q.start, indicator, metrics)) is not None:
            time = one_year(each_year)
        if item_year is not None:
            time = one_year(item_year)
        elif own_time_from is not None:
            time = time_of(low[own_time_from: q.start], doc_time, q.start, lang)
        elif lang == "zh" and time.kind == "explicit" and (years_list := _YEARLY_PARTS_BEFORE.search(low, s_start, q.start)):
            # "三年来共发展党员11名，其中2021年3名、…、2023年4名；培养入党积极分子近百名": the years of a total's parts are
            # theirs, no time of what the sentence goes on to count
            time = time_of(low[s_start: years_list.start()], doc_time, q.start, lang, sentence_marks[s_start])
        if lang == "zh" and time.kind == "explicit" and indicator not in STOCK_INDICATORS and \
                (cumulative := _CUMULATIVE_TO.search(low, s_start, q.start)) and int(cumulative.group(2)) == time.year:
            # "截至2023年底，累计送教上门2100余人次": a total up to that year's end, not the year's own
            time = TimeInfo(cumulative.group("until"), None, None, time.year, "period")
        if lang == "en" and time.kind == "explicit" and indicator not in STOCK_INDICATORS and \
                (cumulative := _EN_CUMULATIVE_TO.search(low, s_start, q.start)) and int(cumulative.group(2)) == time.year:
            # "By the end of 2023, the teachers had made 600 home teaching visits": so too, in the past perfect
            time = TimeInfo(cumulative.group("until"), None, None, time.year, "period")
        if time.kind in ("none", "current"):
            # the year in brackets right after the count: "党员共计105名（2023年底）", "现有党员32名（截至2022年底）",
            # "Members: 41 (2020), 44 (2021)" (or after an English field's label: "Volunteer hours (2023): 2,450")
            bracket = _YEAR_IN_BRACKETS_AFTER[lang].match(low, q.end)
            label_from = line_start_within(low, q.start, 60) if lang == "en" and not bracket else None
            year = int(bracket.group(1)) if bracket else \
                _label_year(low, label_from, q.start) if label_from is not None else None
            if year:
                time = one_year(year)
        told_before = lang == "en" and _told_in_a_clause_before(low, time, s_start, q.start)
        if lang == "en" and (time.kind in ("none", "explicit", "period") or told_before):
            # "held 12 party lectures in 2022": English names the time after the figure too (and a span of years named
            # there is the figure's, whatever date the sentence opened with: "On May 30, 2024, …, 6 of whom joined in
            # the past three years")
            # (the words may hold a number of their own, "in the past three years", which only has to start before the
            # next figure)
            # (past an aside on the people counted: "Two teachers, both Party members, were named … in June 2023")
            aside_on_them = _EN_ASIDE_ON_THEM.match(low, q.end)
            clause = _EN_CLAUSE_END.search(low, aside_on_them.end() if aside_on_them else q.end, s_end)
            clause_end = clause.start() if clause else s_end
            # (the next figure may be the whole this one is a part of, no figure of its own words: "19 of the 27 members
            # had volunteered at the floods in 2021")
            time_until = next_start
            if _EN_PART_OF_THE_NEXT.fullmatch(low, q.end, next_start) or _EN_LISTED_WITH_THE_NEXT.fullmatch(low, q.end, next_start):
                # (or the next figure is listed with this one, their time said after both: "held 11 theme Party days and 6
                # Party lectures in the autumn term")
                time_until = quantities[i + 2].start if i + 2 < len(quantities) else len(text)
            after = time_after(low[q.end: clause_end], doc_time, q.end, lang, starting_before=time_until - q.end)
            # (a span read past the next figure is not that of a clause describing the people: "15 young teachers who
            # joined the school in the past three years"; but the members who joined are admitted when it says: "the 11
            # members who joined in the past three years")
            label_at = low.find(after.label, q.end) if after is not None and after.label else -1
            if label_at >= 0 and label_at + len(after.label) > next_start and _EN_RELATIVE.search(low, q.end, label_at) \
                    and indicator != "members_developed":
                after = None
            # (now's words right after the count: "31 today", "6 of them this year")
            now_right_after = after is not None and after.kind == "current" and 0 <= label_at - q.end <= 16
            # (over some years, only "this year" right after a part of what was done: "Since 2020, …, 6 of them this year")
            if time.kind == "period" and not told_before and not now_right_after:
                after = None
            # (as is "today" right after the count, whatever year the sentence opened with: "In 2019 the branch (24
            # members at the time, 31 today) …")
            if after is not None and (time.kind == "none" or after.kind == "period" or
                                      (told_before and not _EN_UP_TO_NOW.fullmatch(after.label or "")) or now_right_after):
                time = after
        if time.kind == "current" and time.year is None and OF_THE_YEAR.match(time.label or ""):
            # "2023年，…。全年发展党员4名": the whole of the year the paragraph named last
            named = _year_earlier_in_paragraph(seg, q.start) or heading_year(folded, q.start, lang)
            if named:
                time = one_year(named, time.label)
        elif lang == "zh" and time.kind == "current" and time.year is None and \
                _UNTIL_A_MONTH.search(low, s_start, q.start) and (named := _year_earlier_in_paragraph(seg, q.start)):
            # "2023年秋季学期以来，…。截至12月底，…": up to a month of the year the paragraph named last
            time = TimeInfo(time.label, named, named, named, "explicit")
        if time.kind == "none" and lang == "en" and (_EN_GOES_ON.search(low[s_start: q.start]) or
                                                     _EN_AT_THE_SAME.search(low, s_start, s_end)) and \
                len(years := _EN_IN_YEAR.findall(window.previous)) == 1:
            # "The branch gave 8 party lectures in 2022. It also held 3 special meetings.": the sentence goes on
            # about the year of the one before
            time = one_year(int(years[0]))
        elif lang == "en" and time.kind == "period" and time.start is None and \
                _EN_SINCE_THEN.fullmatch(time.label or "") and (since := _since_the_time_before(window.previous, doc_time)):
            # "A pupil broke her leg in October. Since then, members have made 11 visits": since the time the sentence
            # before told
            time = since
        elif time.kind == "none" and lang == "en" and \
                (line_year := _EN_TIMELINE_LINE.match(low, low.rfind("\n", 0, s_start) + 1, s_start)):
            # "2022 — Membership rises to 31. Members run 12 volunteer sessions.": a timeline's line is of its year, all
            # of its sentences
            time = one_year(int(line_year.group(1)))
        if time.kind == "none" and lang == "en" and s_start and \
                re.search(rules_en.AN_ANSWER_OPENS, low[s_start: q.start].strip()) and \
                (asked := low[: s_start].rstrip()).endswith("?"):
            # "Q: How many teachers applied in 2022? A: Nine.": an answer's count is of the time its question asks about
            question = seg.sentence_span(len(asked) - 1)
            time = time_of(low[question[0]: question[1]], doc_time, q.start, lang)
        if time.kind == "none" and lang == "zh" and s_start and \
                (results := _RESULTS_OF_A_YEAR_ZH.search(folded, seg.sentence_span(s_start - 1)[0], s_start)):
            # "支部公布2024年度党员积分评比结果。全校39名党员中，…": what the sentence after tells is of that year
            time = one_year(int(results.group(1)))
        if time.kind == "none" and not is_target and not (
                lang == "en" and indicator in STOCK_INDICATORS and _EN_HAS_NOW.search(window.sentence)):
            # no period words in its sentence: an event dated earlier in the same paragraph ("2020年12月30日，…。
            # 全体党员共40人参加") happened that year, whatever the page's own date (an English head count in the
            # present tense is of now: "In 2021, the branch was rated … It has 22 members.")
            dated = _year_earlier_in_paragraph(seg, q.start, _EVENT_DATE[lang]) or heading_year(folded, q.start, lang)
            if dated:
                time = one_year(dated)
            elif lang == "zh" and (span := seg.last_in_paragraph(_SPAN_OPENING, q.start)):
                # "2022年9月至2023年7月，…。支部党员参加志愿服务累计达320人次": a paragraph that opens with a span across
                # years goes on about that span, whatever the page's date
                time = TimeInfo(span.group(0).strip(), None, int(span.group(1)), int(span.group(2)), "span")
        if lang == "zh" and (time.year is not None or time.kind not in ("span", "period")) and \
                indicator in STOCK_INDICATORS and \
                _CHANGE_FROM_BEFORE.search(low, max(0, q.start - 8), q.start) and _CHANGE_TO_AFTER.match(low, q.end):
            # "2023年，党员总数由14名增至16名": the count the change started from is not of the year the count it came to
            # is, and has no time of its own said (an earlier year's, or the term's start); nor, undated, of the same no
            # time as the count it came to ("全校党员由89名增至97名": two head counts of one key); over a span of years,
            # each is of the span ("三年来，党员总数由24名增加到29名")
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None, reason=CHANGED_FROM))
            continue
        if cadence and indicator in _COUNTED_STOCKS:
            # "each of the 4 branches held a theme party day every month": how often the branches or members do
            # something is no rate of how many there are
            cadence = rate_words = None
        if cadence and indicator in _PERSON_TIMES and q.value == 1 and \
                not _ORGANIZED_BY_THE_BODY[lang].search(low, seg.clause_start(q.start), q.start):
            # "党员教师每周为送教学生送教上门一次", "visit each family once a term": how often each person is visited or
            # helped, no count of the person-times (what the branch organizes at a rate is its own: "支部每个学期至少组织
            # 党员家访一次")
            if not aside:
                candidates.append(_candidate(text, low, seg, q, doc_time, lang, sentence_marks, None,
                                             reason=EACH_ONES_RATE))
            continue
        if cadence:
            year = time.year if time.kind == "explicit" else doc_time.plan_year
            period = rate_words
            if lang == "zh" and (unit := _per_unit(low, max(clause_from, s_start), q.start)):
                period = unit  # "各支部每年开展主题党日活动均不少于12次": each unit's rate, which its label says
        else:
            year = time.year
            period = time.label
            if year is None and indicator in _HONOURS and time.end and \
                    ("学年" in (time.label or "") or (lang == "en" and honours.EN_SCHOOL_YEAR.search(low, s_start, s_end))):
                # "表彰2020—2021学年度优秀教师15名", "for the 2021-2022 school year": the honours of a school year are
                # given at its end
                year = time.end
            if lang == "zh" and (unit := _per_unit(low, max(clause_from, s_start), q.start)):
                if q.value == 1 and indicator in _ORGANIZATIONS:
                    continue  # "每个专业部建立1个党支部": how the branches are set up, one for each, not a count
                period = unit  # "每个年级支部建有3个党小组": a count for each unit, which its label says
        planned = _planned(low, max(s_start, q.start - 40), q.start)
        if is_target and indicator in STOCK_INDICATORS and time.kind == "current" and \
                _PRESENT.fullmatch((time.label or "").strip()):
            is_target_here = planned  # "目前支部有党员26名" in a plan: how things stand, not an aim
        elif is_target and time.kind == "explicit" and year is not None and doc_time.plan_year and \
                year < doc_time.plan_year:
            is_target_here = planned  # "2023年，支部开展主题党日12次" in the plan for 2024: its look back, a result
        else:
            is_target_here = is_target or planned
        metric = Metric(
            indicator=indicator, value=q.value, qualifier=q.qualifier, year=year, period=period,
            period_start=time.start, period_end=time.end, cadence=cadence, is_target=is_target_here,
            start=start, end=end, evidence=text[start:end],
        )
        if indicator in STOCK_INDICATORS:
            key = (indicator, q.value, year, cadence)
            if key in seen_stock:
                continue  # the same head count said twice is one fact
            seen_stock.add(key)
        if total_said and (parts := _parts_of_the_total(metric, metrics, s_start)):
            # "书记讲党课2次，支委讲党课2次，党员讲微党课8次，共计12次": the counts before are parts of the total
            del metrics[-parts:]
        elif lang == "zh" and _each_ones_before_the_total(metric, metrics, s_start):
            del metrics[-1]
        if lang == "zh" and cadence and metrics and _RATE_EXPLAINS_THE_TOTAL.fullmatch(low, metrics[-1].end or 0, q.start) and \
                metrics[-1].indicator == indicator and not metrics[-1].cadence and metrics[-1].start is not None and \
                metrics[-1].start >= s_start:
            continue  # "主题党日　12次　每月1次": the rate in the next cell says how the total came about
        if rule is not None and rule.quotes_frame:
            # "each branch held a theme Party day every month, 60 in all": the rate the total's words quote is how often,
            # the total what it came to (and so is a count each branch held: "each branch held 4 theme Party days, 20 in
            # total")
            # (or "12 theme Party days in every branch, 48 in all": each branch's, said after it)
            metrics[:] = [m for m in metrics if not (
                m.indicator == indicator and m.start is not None and s_start <= m.start < q.start and
                (m.cadence or (lang == "en" and (_EN_EACH_UNIT.search(low, s_start, m.start) or
                                                 _EN_IN_EACH_UNIT.search(low, m.start, q.start)))))]
        metrics.append(metric)
        if first_of_two is not None and rule is not None and \
                (first := table.classify(first_of_two)) is not None and first.indicator is not None and \
                (first.indicator not in STOCK_INDICATORS or first.indicator != indicator):
            metrics.append(dataclasses.replace(metric, indicator=first.indicator))
    return metrics, candidates


# a line that names what it counts, then its count in each of several years, each after its year:
# "党课：2020年3次，2021年5次" (each year may say its verb again: "志愿服务：2020年开展6次、2021年开展9次")
_A_YEARS_ITEM = r"(?:19|20)\d{2}\s*年度?\s*"
_YEAR_SERIES = re.compile(rf"\s*(?P<label>[^\d，,。；;：:\n]{{2,24}})[：:]\s*"
                          rf"(?:{_A_YEARS_ITEM}[^\d，,。；;]{{0,4}}?\d+\s*[余多]?\s*[^\d\s，,。；;、]{{1,2}}\s*[，,、；;]\s*)*"
                          rf"{_A_YEARS_ITEM}(?P<verb>[^\d，,。；;]{{0,4}})")


def _year_series_label(low: str, q: Quantity, s_start: int) -> str | None:
    """What a count in a line of years counts: the line's label, with the verb its year says
    ("主题党日：2021年10次，2022年12次" gives 主题党日 for each count; the year is each count's own)."""
    series = _YEAR_SERIES.fullmatch(low, s_start, q.start)
    return series["label"] + series["verb"] if series else None


# nouns listed after 分别, then as many counts, one for each in order ("分别开展主题党日、集中学习12次、20次", "分别与青年教师、
# 学困生结对8对、25名"): the list and the counts before this one; the verb that opens the list or closes it is each noun's
_RESPECTIVELY = re.compile(r"分别(?P<list>[^，,。；;\d]{2,40}?)"
                           r"(?P<done>(?:(?:\d+|[一二两三四五六七八九十]+)\s*[^\d，,。；;、]{1,3}、)*)$")
_A_COUNT_AFTER = re.compile(r"\s*[^\d，,。；;、]{0,3}、(?:\d+|[一二两三四五六七八九十]+)")
_LIST_OPENING_VERB = re.compile(r"^(?:开展|召开|组织|举办|举行|讲授|讲|上|承担|执教|录制|与|为|对|走访|慰问|发展|确定|培养|结对)")
_LIST_CLOSING_VERB = re.compile(r"(?:结对帮扶|结成帮扶对子|结成对子|结对|帮扶|辅导)$")


# two events, then a count of times for each, "respectively" after them ("held theme party days and group study 12 times
# and 20 times respectively"): the words before the first count, and (for the second) those before the second's
_EN_RESPECTIVELY_FIRST = re.compile(r"\s*(?P<unit>times|sessions)? and (?:\d+|[a-z]+) (?P=unit)?\s*respectively\b")
_EN_RESPECTIVELY_SECOND = re.compile(r"\s*(?:times|sessions)?\s*respectively\b")
_EN_SECOND_OF_TWO = re.compile(r"^(?P<before>.*?) and (?P<second>[a-z][a-z' -]{2,40}?) (?:\d+|[a-z]+) (?:times|sessions)? ?and\s*$")


def _respective_noun_en(low: str, q: Quantity, window: Window, table) -> Window | None:
    """The window a count of a pair said "respectively" is read in: the first noun's words for the first count, the
    second's (with the verb before the first) for the second."""
    if _EN_RESPECTIVELY_FIRST.match(low, q.end):
        # (only where the first noun reads as another thing than the two together, read as the second's)
        pair = re.match(r"^(?P<before>.*?) and (?P<second>[a-z][a-z' -]{2,40}?)\s*$", window.left)
        first = dataclasses.replace(window, left=pair["before"]) if pair else None
        found, together = (table.classify(first), table.classify(window)) if first else (None, None)
        if found is None or found.indicator is None or (together is not None and together.indicator == found.indicator):
            return None
        return first
    if not _EN_RESPECTIVELY_SECOND.match(low, q.end) or (pair := _EN_SECOND_OF_TWO.match(window.left)) is None:
        return None
    # (the first noun is the last few words before "and"; the verb before it is the second's too)
    first = table.classify(dataclasses.replace(window, left=pair["before"]))
    if first is None:
        return None
    words = pair["before"].split()
    for k in range(1, min(5, len(words))):
        second = dataclasses.replace(window, left=f"{' '.join(words[:-k])} {pair['second']}")
        if (found := table.classify(second)) is not None and found.indicator is not None and \
                found.indicator != first.indicator:
            return second
    return None


def _respective_noun(folded: str, q: Quantity, unit: str) -> tuple[str, int] | None:
    """The words a count after 分别 counts, its own noun of the list (with the verb that opens or closes the list), and
    where they start in the text; None where the counts are not as many as the nouns."""
    # (looked for only in the 80 characters before the count, as the list and its counts stand close to it)
    floor = max(0, q.start - 80)
    s_start = max(folded.rfind(mark, floor, q.start) for mark in "。；;\n") + 1 or floor
    m = _RESPECTIVELY.search(folded, max(s_start, floor), q.start)
    if m is None or "、" not in m["list"]:
        return None
    items = m["list"].split("、")
    i = m["done"].count("、")
    after, end = 0, q.end
    while (more := _A_COUNT_AFTER.match(folded, end)) is not None:
        after, end = after + 1, more.end()
    if i + 1 + after != len(items) or any(not item for item in items):
        return None
    opening = _LIST_OPENING_VERB.match(items[0])
    closing = _LIST_CLOSING_VERB.search(items[-1])
    core = items[i]
    if i == 0 and opening:
        core = core[opening.end():]
    if i == len(items) - 1 and closing:
        core = core[: closing.start()]
    words = (opening.group() if opening else "") + core + (closing.group() if closing else "")
    return words, m.start("list") if i == 0 else q.start


# two nouns, then one count for each ("民主生活会和组织生活会各1次", "正式党员和预备党员各3名")
_EACH_OF_TWO = re.compile(r"^(?P<first>.*[^\d，,。；;、和与及])(?:和|与|及|、)[^和与及、\d]{2,12}?(?P<each>各)$")


# what may open a clause before its subject: a mark, a year, "其中", "目前"
_CLAUSE_LEAD = re.compile(r"[，,；;：:\s]*(?:(?:19|20)\d{2}\s*年度?[，,]?)?\s*(?:其中|目前|截至目前|现|今年|全年)?[，,]?\s*")


_ORGANIZATIONS = frozenset({"branches", "party_groups"})


def _per_unit(low: str, start: int, pos: int) -> str | None:
    """The unit a count is stated for, if its clause (from `start`) names one: each of several, or one
    named branch or party group that opens the clause."""
    opening = _CLAUSE_LEAD.match(low, start, pos).end()
    if one := ONE_UNIT.match(low, opening, pos):
        return one.group(0)
    if low.find("每", start, pos) < 0 and low.find("各", start, pos) < 0:
        return None
    found = list(PER_UNIT.finditer(low, start, pos))
    return found[-1].group(0) if found else None


# the meetings and reviews a year is the year of account of: "its 2022 organizational life meeting"
_EN_ACCOUNTS = (r"(?:organi[sz]ational life meeting|democratic (?:life meeting|(?:appraisal|review|evaluation)(?: of (?:party )?members)?)|"
                r"appraisal of (?:party )?members|work (?:summary|review|report)|year-end review(?: meeting)?)")
_EN_OF_ACCOUNT = rf"\s+(?:annual\s+)?{_EN_ACCOUNTS}"
# (or with its year after it: "held its organizational life meeting for 2023")
_EN_ACCOUNT_THEN_YEAR = rf"{_EN_ACCOUNTS}\s+(?:for|of)\s+(?:the year\s+)?"
_EVENT_DATE = {
    # (or a date written with dashes, as a list of news items dates each: "[2023-06-28] …")
    # (or a paragraph that opens with its year, or a term or half of it, or a time in it, which it goes on about:
    # "2023年，支部…。书记讲党课2次。", "2022年秋季学期，…", "2023年春节前夕，…", "2023年暑假，…")
    # (a date a span starts from is no event's: "自2021年9月任支部书记以来，…。两年来…")
    # (a date whose sentence names the year of account of the work done then is of that year: "于2024年1月组织
    # 开展了2023年度民主评议党员工作。…")
    # (nor is either end of a span of months: "2022年9月至2023年6月")
    "zh": re.compile(r"(?<![\d自从至到—–~\-])((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?!\s*(?:至|到|—|–|-|~))"
                     r"(?![^。；;！？!?\n]*?(?:19|20)\d{2}\s*年度)|"
                     # (but months of one year, from one to another, are in it: "2023年4月至8月，…开展主题教育。期间，…")
                     r"(?<![\d自从至到—–~\-])((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*(?:至|到|—|–|~)\s*\d{1,2}\s*月(?!\s*\d)|"
                     r"((?:19|20)\d{2})\s*年度(?=[^。；;！？!?\n]{0,16}?(?:工作|评议|考核|述职|组织生活会|民主生活会))|"
                     r"(?<![\d-])((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)|"
                     # (after a label in brackets, as a yearbook's entry opens its sections: "【党建工作】2021年，…")
                     # (the label's own line ends there: a match from it would start in the paragraph before)
                     r"(?:^|(?<=\n))[ \t\u3000]*(?:【[^】\n]{1,12}】[ \t\u3000]*)?((?:19|20)\d{2})\s*年度?(?:(?:秋季|春季|秋|春)(?:学期)?|"
                     r"上半年|下半年|暑假|寒假|暑期|"
                     r"[^，,。；;\d]{1,4}?(?:前夕|期间|之际|来临之际|伊始|初|末|底))?\s*[，,]|"
                     # (the comma may be left out before the school or its party body, and a clause of basis or
                     # aim may come first: "按照区里的部署，2023年我校党支部…。全校…")
                     r"(?:^|(?<=\n))[ \t\u3000]*(?:【[^】\n]{1,12}】[ \t\u3000]*)?(?:(?:按照|根据|围绕|为了?)[^，,。；;！？!?\n]{1,40}[，,]\s*)?"
                     r"((?:19|20)\d{2})\s*年度?\s*[，,]?\s*(?=我校|学校|本校|全校|我们|(?:校|学校)?党(?:委|总支|支部)|支部)|"
                     # (or a sentence within the paragraph that opens with its year: "学校党总支…。2023年，工作室…。工作室共…")
                     r"(?<=[。！？!?])[ \t\u3000]*((?:19|20)\d{2})\s*年度?\s*[，,]"),
    # (a date whose sentence names the year of account of the meeting held then is of that year: "On January 20,
    # 2023, the branch held its 2022 organizational life meeting")
    # (or a few days of a month: "from November 14 to 16, 2022")
    "en": re.compile(r"(?<!since )\b(?:" + EN_MONTHS + r")"
                     r"\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:19|20)\d{2})\b"
                     r"(?![^.!?\n]*?(?:\b(?:19|20)\d{2}" + _EN_OF_ACCOUNT + r"|"
                     + _EN_ACCOUNT_THEN_YEAR + r"(?:19|20)\d{2}))|"
                     r"\b\d{1,2}\s+(?:" + EN_MONTHS + r")\s+((?:19|20)\d{2})\b"
                     r"(?![^.!?\n]*?(?:\b(?:19|20)\d{2}" + _EN_OF_ACCOUNT + r"|" + _EN_ACCOUNT_THEN_YEAR + r"(?:19|20)\d{2}))|"
                     # (the year of account said first takes its sentence, a date after it too: "held its 2023 democratic
                     # appraisal of members on 15 January 2024")
                     r"\b((?:19|20)\d{2})(?=" + _EN_OF_ACCOUNT + r")[^.!?\n]*|"
                     + _EN_ACCOUNT_THEN_YEAR + r"((?:19|20)\d{2})\b|"
                     # (a sentence that opens with the weeks before or after an event of a year: "In the six weeks before the
                     # 2024 gaokao, …")
                     r"(?:^|(?<=[.!?] )|(?<=\n))(?:in|during|over|for) the (?:[a-z]+ |\d+ )?(?:days?|weeks?|months?) "
                     r"(?:before|after|ahead of|leading up to) the ((?:19|20)\d{2}) |"
                     # or a sentence that opens with its year, which the sentences after it go on about:
                     # "In 2022, the branch held … . It admitted 2 new members." (the comma may be left out: "In
                     # 2022 the branch ran …", not "In 2022 and 2023")
                     # (after a word of address or a connective: "Comrades, in 2022 our branch grew …")
                     # (or after a speaker's label: "A: In 2022 we held …")
                     # (or the event it names of a month of that year: "During the volunteer week in March 2023, …")
                     # (or after a few days or weeks of it: "For two weeks in October 2023, …")
                     r"(?:^|(?<=[.!?] )|(?<=\n))(?:[a-z][a-z .]{0,20}:\s*)?(?:[a-z]+, )?"
                     r"(?:for (?:a|one|two|three|four|five|six|several|\d+) (?:days?|weeks?|months?) )?(?:in|during|throughout) "
                     r"(?:the [a-z' -]{1,30}? (?:in|of) (?=(?:early |late |mid-)?[a-z]+ (?:19|20)\d{2}))?"
                     r"(?:(?:early |late |mid-)?(?:" + EN_MONTHS + r") |" + EN_SEASON_OF +
                     r")?((?:19|20)\d{2})"
                     r"(?:\s*,|\s+(?!(?:and|or|to|through)\b)(?=[a-z]))|"
                     # (or the figures of a year, announced before a colon: "here are our figures for 2024: …")
                     r"\b(?:figures|numbers|statistics|data)\s+(?:for|of)\s+((?:19|20)\d{2})\s*:|"
                     # (or a holiday or term of a year: "During the 2024 winter break, …", "During the May Day holiday of
                     # 2023, …")
                     r"(?:^|(?<=[.!?] )|(?<=\n))(?:in|during|over|throughout) the ((?:19|20)\d{2}) (?:winter|summer|spring|"
                     r"autumn|fall) (?:break|holidays?|vacation|term|semester)\b|"
                     r"(?:^|(?<=[.!?] )|(?<=\n))(?:in|during|over|throughout) " + EN_HOLIDAY_OF + r"((?:19|20)\d{2})\b|"
                     # (or a day or festival of it, its year after it: "On the eve of Army Day 2024, …")
                     r"(?:^|(?<=[.!?] )|(?<=\n))(?:on|ahead of|before|during|after|for) (?:the )?(?:[a-z'’-]+ ){1,4}?"
                     r"(?:day|festival) ((?:19|20)\d{2})\s*,|"
                     # (or a clause that opens the sentence with when it happened: "When floods hit the town in July 2024, …")
                     r"(?:^|(?<=[.!?] )|(?<=\n))(?:when|after|as|while|before)\b[^.!?\n,]{1,80}?\bin (?:(?:early |late |mid-)?"
                     r"(?:" + EN_MONTHS + r") )?((?:19|20)\d{2})\s*,|"
                     # (or a sentence that says what kind of year it was, the sentences after it telling why: "Colleagues,
                     # 2024 was a good year for our committee. We admitted …")
                     r"(?:^|(?<=[.!?] )|(?<=\n))(?:[a-z]+, )?((?:19|20)\d{2}) (?:was|has been) (?:a|an|another)\b|"
                     # (or that looks back on it: "Comrades, let me look back on 2023.")
                     r"(?:^|(?<=[.!?] )|(?<=\n))(?:[a-z]+, )?(?:let me |let us |let's |we )?(?:look|looking) back (?:on|at) "
                     r"(?:the year )?((?:19|20)\d{2})\s*[.:,]",
                     re.I),
}


_YEAR_IN_BRACKETS_AFTER = {"zh": re.compile(r"\s*[（(]\s*(?:截至|截止|至)?\s*((?:19|20)\d{2})\s*年(?:度|底|末)?\s*[)）]"),
                           "en": re.compile(r"\s*\(\s*((?:19|20)\d{2})\s*\)")}
# the year or the span of years an English field's label ends with: "Volunteer hours, 2023:", "New members admitted
# (2020-2023):" (a span's end in the second group of its form)
# (or its end or start: "Members (end of 2021): 35")
_EN_LABEL_YEARS = re.compile(r"[a-z]\s*(?:\(\s*((?:19|20)\d{2})(\s*[-–—]\s*(?:19|20)\d{2})?\s*\)|"
                             r",\s*((?:19|20)\d{2})(\s*[-–—]\s*(?:19|20)\d{2})?|"
                             r"\s*\(\s*(?:at |as of )?(?:the )?(?:end|start|beginning|close) of ((?:19|20)\d{2})\s*\))\s*:\s*$")


def _label_year(low: str, start: int, end: int) -> int | None:
    """The one year an English field's label (from `start` up to its number at `end`) ends with: "Volunteer hours (2023):
    2,450"; none for a span, whose figure is of all its years."""
    dated = _EN_LABEL_YEARS.search(low, start, end)
    return int(dated.group(1) or dated.group(3) or dated.group(5)) if dated and not (dated.group(2) or dated.group(4)) else None


def _without_label_years(label: str) -> str:
    """An English field's label without the years it ends with: "new members admitted, 2020-2023:" -> "new members
    admitted:"."""
    dated = _EN_LABEL_YEARS.search(label)
    return label[: dated.start() + 1] + ":" if dated else label
# a head count in the present tense ("It has 22 members"), not in a past one
_EN_HAS_NOW = re.compile(r"\b(?:has|have|is|are|consists of|counts|numbers)\b(?![^.;]*\b(?:had|was|were)\b)")
# a sentence that announces the results of a year's rating or selection: "公布2024年度党员积分评比结果"
_RESULTS_OF_A_YEAR_ZH = re.compile(r"(?:公布|通报|发布)了?((?:19|20)\d{2})\s*年度?[^。！？!?]{0,20}?(?:评比|评选|考核|评议|测评|评定)结果")
# a sentence that goes on from the one before ("It also held …", "In addition, …", "Together they …"), and the year that
# one names
_EN_GOES_ON = re.compile(r"\balso\b|^\s*(?:in addition|besides|meanwhile|moreover|furthermore|together|between them)\b|"
                         # (or tells the days the event before took: "Over ten days they gave …")
                         # (past a few words of how: "Working in shifts over 15 days, they …")
                         r"^\s*(?:[a-z]+ ){0,3}?(?:over|in|during|for) (?:the )?(?:\w+|\d+) (?:days|weeks)\b|"
                         # (or of the people it told of, "they": "During the 2024 gaokao, 28 members … They helped …")
                         r"^\s*they\b")
# (or of the meeting it told of, said anywhere in the sentence: "At its meeting in 2024, … Three new members took the oath
# at the same meeting.")
_EN_AT_THE_SAME = re.compile(r"\bat the same (?:meeting|ceremony|event|gathering)\b")
# a timeline's line, which opens with its year and a dash or a colon: "2021 — …", "2022: …"
_EN_TIMELINE_LINE = re.compile(r"[ \t]*((?:19|20)\d{2})[ \t]*(?:[—–:]|-{1,2})[ \t]")
# a holiday or an event of a year, after "the": "the 2024 summer holiday", "the July 2024 floods" (the year is read after)
_AN_EVENT_OF_THE_YEAR = (r"the (?:(?:" + EN_MONTHS + r") )?(?=(?:19|20)\d{2} (?:[a-z]+ ){0,3}?(?:holidays?|vacation|break|"
                         r"festival|floods?|storms?|earthquake|games|olympics|gaokao|zhongkao)\b)")
# (not the year something began in, which starts a span: "Since the programme began in 2016, …")
_EN_IN_YEAR = re.compile(r"(?<!began )(?<!started )(?<!opened )(?<!launched )(?<!founded )(?<!established )"
                         r"\b(?:(?:in|during) (?:(?:spring|summer|autumn|fall|winter) |(?:" + EN_MONTHS + r") |"
                         # (or a holiday or an event of it: "during the 2024 summer holiday", "during the July 2024 floods",
                         # "After the July 2023 floods, …")
                         + _AN_EVENT_OF_THE_YEAR + r")?|(?:after|before|ahead of) " + _AN_EVENT_OF_THE_YEAR + r")"
                         r"((?:19|20)\d{2})\b")


# a head count at the founding the sentence opens with: "When the branch was set up in 2014, it had nine members"
_EN_HAD_AT_THE_FOUNDING = re.compile(r"\bwhen\b[^.;]{0,40}?\b(?:founded|established|set up|formed|created) in (?:19|20)\d{2},?\s+"
                                     r"(?:we|it|the branch|the committee|they) (?:had|numbered|counted|began with|started with)"
                                     r"(?: only| just)?\s*$")
# "since then": since a time the sentence before tells, a year it names ("in 2021", "since March 2022") or a month
# alone, of the page's year if that month is gone by ("in October")
_EN_SINCE_THEN = re.compile(r"(?:ever )?since then|ever since")
_EN_TIME_TOLD = re.compile(r"\b(?:in|since|from|during|by|early|late|(?:the )?(?:start|end|beginning|middle) of) "
                           r"(?:(?:early|late|mid-?) ?)?(?:(" + EN_MONTHS + r")\b(?: \d{1,2})?,? ?)?((?:19|20)\d{2})?\b")


def _since_the_time_before(previous: str, doc: DocTime) -> TimeInfo | None:
    """The time since the one the sentence before tells: one year if it is the page's, else from it to the page's year;
    none where that sentence tells no time or several."""
    told = {(m.group(1), m.group(2)) for m in _EN_TIME_TOLD.finditer(previous) if m.group(1) or m.group(2)}
    if len(told) != 1 or doc.published_year is None:
        return None
    month, year = told.pop()
    if year is None:
        if not doc.month_is_past(EN_MONTH_NUMBERS[month.lower()]):
            return None
        year = doc.published_year
    start = int(year)
    if start == doc.published_year:
        return one_year(start, "since then")
    return TimeInfo("since then", None, start, doc.published_year, "period") if start < doc.published_year else None


# a count in brackets right after its noun ("全体党员（共27人）"), all its bracket or its first item holds (not
# "（1名党员因病请假）")
_COUNT_IN_BRACKETS = re.compile(r"(?:[\u4e00-\u9fff][（(]\s*(?:共计|共|计)?|[A-Za-z] \()\s*$")  # (or "Theme party days (12)")
_COUNT_ENDS_ITEM = re.compile(r"\s*[)），,；;、]")


# (or the count and words of a total: "a theme Party day every month (60 in all)")
_IN_ALL_CLOSES = re.compile(r"\s+(?:(?:study )?sessions\s+)?(?:in all|in total|altogether|so far|to date|"
                            r"in (?:the|a) (?:whole )?year)\s*\)",
                            re.I)  # (or the sessions of a year it comes to: "(24 sessions in the year)")
# (or the people the noun before is made of: "Our volunteers (18 members)")
_PEOPLE_CLOSE = re.compile(r"\s+(?:party )?(?:members|teachers)\s*\)", re.I)


def _quoted_names(low: str) -> list[tuple[int, int]]:
    """The spans of the short quoted names of an English text, in order: each line's quotes paired in order from its
    start (a name holds no line break, so one pass over the text pairs them line by line)."""
    return [name.span("name") for name in _QUOTED_NAME.finditer(low)]


def _in_a_quoted_name(low: str, q: Quantity, names: list[tuple[int, int]]) -> bool:
    """Whether an English number stands inside one of the short quoted `names`, with words on both sides of it: 'the
    "teachers visit ten thousand homes" activity' (not a quote that the number opens or closes, '"12 theme party days"',
    nor a quoted speech, which is longer and has its commas)."""
    i = bisect.bisect_right(names, (q.start, len(low))) - 1
    if i < 0 or not names[i][0] < q.start or not q.end < names[i][1]:
        return False
    return bool(re.search(r"[a-z]", low[names[i][0]: q.start])) and bool(re.search(r"[a-z]", low[q.end: names[i][1]]))


# a quoted name right after a count that opens with the word for members: '5 "Party members around me"'
_QUOTED_MEMBERS_NAME = re.compile(r"\s*[“\"](?:communist )?party members?\b(?=[^“”\"\n]{0,40}[”\"])")
# a short quoted name: "teachers visit ten thousand homes"
_QUOTED_NAME = re.compile(r"[“\"](?P<name>[^“”\"\n,.;:!?]{3,50})[”\"]")


def _counted_in_brackets(folded: str, q: Quantity) -> bool:
    """Whether the count is all a bracket after its noun holds: "全体党员（共27人）", "theme party days (12)"."""
    return bool(_COUNT_IN_BRACKETS.search(folded, max(0, q.start - 4), q.start) and (
        _COUNT_ENDS_ITEM.match(folded, q.end) or _IN_ALL_CLOSES.match(folded, q.end) or
        _PEOPLE_CLOSE.match(folded, q.end)))

# the words that say a count is of the time its organization was founded, after the founding: "成立之初", "成立时", "当时"
_AT_THE_FOUNDING = re.compile(r"(?:成立|建立|组建|创建|创办|始建|建校|建园)(?:之初|初期|伊始|时|的时候)|当时|彼时")


def _opens_at_the_founding(low: str, s_start: int, q_start: int) -> bool:
    """Whether the sentence opens at the founding ("建校之初，学校只有党员5人") and the count is in its first clause
    after those words."""
    opening = _AT_THE_FOUNDING.search(low, s_start, min(q_start, s_start + 12))
    if opening is None:
        return False
    marks = sum(low.count(mark, opening.end(), q_start) for mark in "，,；;")
    return marks <= 1


def _founded_just_before(low: str, seg: Segmenter, s_start: int) -> TimeInfo | None:
    """The year of a founding the sentence before `s_start` names, in its paragraph."""
    if s_start == 0 or "\n" in low[max(0, s_start - 1): s_start]:
        return None
    before_start, _ = seg.sentence_span(s_start - 1)
    founded = [m for kind, m in time_marks(low[before_start: s_start], "zh") if kind == "founded"]
    return one_year(int(next(g for g in founded[-1].groups() if g))) if founded else None


def _at_the_founding(low: str, founded_at: int, q_start: int) -> bool:
    """Whether the count at `q_start` is said of the founding named at `founded_at`, in its own clause: "成立于2015年，
    成立之初仅有党员5名" (not "…，目前有党员23名" after it). A few dozen characters are looked at, however long the sentence."""
    start = max(founded_at, q_start - 40)
    clause_start = max(start, *(low.rfind(mark, start, q_start) + 1 for mark in "，,；;"))
    if _AT_THE_FOUNDING.search(low, clause_start, q_start) is not None:
        return True
    # (or the founding's own clause says so, the count's clause right after it: "2001年建校时，学校只有党员4名")
    at = _AT_THE_FOUNDING.match(low, founded_at + 5, founded_at + 12) if low[founded_at + 4: founded_at + 5] == "年" else None
    return at is not None and sum(low.count(mark, at.end(), q_start) for mark in "，,；;") <= 1


# a year named as such ("2023年，…"), not the start of a span ("2021年至2023年") nor a year of founding
# ("成立于2005年", "2005年建校")
_YEAR_NAMED = re.compile(rf"(?<!\d){NOT_AFTER_FOUNDED_IN}((?:19|20)\d{{2}})\s*年(?:度)?"
                         rf"(?!\s*(?:至|到|以来|—|–|-|~|{FOUNDED_AFTER_YEAR}))")


# a span across years opening a paragraph: "2022年9月至2023年7月，…", "2022—2023学年，…" (not one of its terms, which
# is of one year)
_SPAN_OPENING = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*((?:19|20)\d{2})\s*年?(?:\s*\d{1,2}\s*月份?)?\s*(?:—|–|-|~|至|到)\s*"
                           r"((?:19|20)\d{2})\s*(?:学)?年(?:度)?(?:\s*\d{1,2}\s*月份?)?\s*[，,]")


def _year_earlier_in_paragraph(seg: Segmenter, pos: int, pattern: re.Pattern = _YEAR_NAMED) -> int | None:
    """The year of the last match of `pattern` in the paragraph before `pos`."""
    found = seg.last_in_paragraph(pattern, pos)
    return int(next(g for g in found.groups() if g)) if found else None


# the catalog's indicators (data/indicators.csv: how much a school's figure of each can be), and why a number
# above that is left to review
_INDICATORS = catalog.by_id()
IMPLAUSIBLE = "more than a school's figure can be"
EXPECTED = "the number expected, the actual one follows"
PLANNED = "the number planned, the number done follows"
SEVERAL_KINDS = "a total of several kinds"
ONE_DAYS_LENGTH = "how long one day's service took"
CHANGED_FROM = "the count a change started from"
EACH_ONES_RATE = "how often each one is visited or helped"
EACH_KIND = "a count for each of the kinds listed"
# the item a list's last mark follows, a bare word of a kind (a subject, a grade) between two list marks: "语文、数学、…"
_BARE_KIND_BEFORE_MARK = re.compile(r"、[\u4e00-\u9fff]{1,4}$")
# the branch or school organizing what the clause tells, which makes a rate of it the organization's own
_ORGANIZED_BY_THE_BODY = {"zh": re.compile(r"支部|总支|党委|学校|组织|开展"),
                          "en": re.compile(r"\b(?:branch|committee|school|organi[sz]e[sd]?|hold|holds|held)\b")}
# each of the units a count is of, before it: "each branch held 4 theme Party days", "each of the 5 branches held"
_EN_EACH_UNIT = re.compile(r"\b(?:each|every)(?: one)?(?: of (?:the|its|our) (?:\d+|[a-z]+))? (?:party )?(?:branch(?:es)?|groups?)\b"
                           r"[^.;,]{0,20}$")
_EN_IN_EACH_UNIT = re.compile(r"\b(?:in|by|for) (?:each|every) (?:party )?(?:branch|group)\b")
# a count that a change started from, and the change to the next one after it: "由14名增至16名", "从原来的3个增加到5个"
# (one said with a time of its own, "由去年的40人", is that time's: read as any count is)
_CHANGE_FROM_BEFORE = re.compile(r"(?:由|从)(?:原来的?|原有的?|年初的?|上学期的?)?\s*$")
_CHANGE_TO_AFTER = re.compile(r"\s*(?:增至|增加到|增加至|增长到|增长至|增到|上升到|上升至|减少到|减少至|减至|降至|下降到|下降至|"
                              r"调整为|调整到|调整至|发展到|发展至|扩大到|扩大至|变为|提高到|提高至)")
# (the change from a count, said before the count it came to, whose time is none of that one's: "由2021年的38名增加到")
_CHANGE_FROM_A_COUNT = re.compile(r"(?:由|从)[^，,。；;]{0,12}?\d\s*[名人位个户对](?:增加到|增加至|增至|增长到|上升到|发展到|达到)\s*$")
# the hours of service a day may take; more, on a day, are hours its volunteers gave between them
_A_DAYS_HOURS = 12


def _one_day_told(low: str, seg: Segmenter, s_start: int) -> bool:
    """Whether the sentence at `s_start`, or the one before it on its line, names a day."""
    return A_DAY.search(low, seg.sentence_before(s_start), seg.sentence_span(s_start)[1]) is not None


# the measure words of a bare count of times ("共3次", "全年共12场次")
_TIMES = frozenset({"次", "场", "场次"})
# what may stand before a count that names no event of its own: a span of time and link words, or that
# the count is what was done ("开展主题党日不少于12次——已完成，实际开展14次")
_ELLIPTIC_LEFT = re.compile(r"(?:近|这)?(?:[一二两三四五六七八九十\d]+(?:个)?(?:年|学年|学期|月)(?:来|以来|间|下来)?|全年|全学年|"
                            r"本学期|本学年|本年度?|今年|年内|一年来|当年|同年|目前|截至目前|现在)?"
                            # (or the whole school's, after what each did: "每名党员上示范课1节，全校共计31节")
                            r"(?:全校|全园|全支部)?"
                            # (a total's word may stand before its verb: "本学期共开展5次"; or that it is done by now:
                            # "目前已开展4次"; the count may have taken the 共 of 一共 as its own word: "一年下来一共12次")
                            r"(?:已经?)?(?:共计|累计|一共|总共|共|[一总]$)?"
                            # (or the verb that held it, maybe of the number done: "党课：全年讲授4次", "实上5次")
                            r"(?:实际?)?(?:开展|召开|讲授|讲|组织|举办|举行|完成|上|开)?"
                            # (and the activities, named by no kind of their own: "共开展活动22场")
                            r"(?:(?:此类|这类|该类|上述|相关)?活动)?"
                            # (a qualifier's words may stand before the number: "全年不少于10节")
                            r"(?:不少于|不低于|至少|超过|达到|达)?")
_EVENTS = frozenset({"theme_party_days", "party_lectures", "study_sessions", "org_life_meetings", "special_meetings",
                     "volunteer_sessions", "member_reviews"})
# lessons, counted in their own measure words ("共21节")
_LESSONS = frozenset({"节", "堂"})
_LESSON_EVENTS = frozenset({"demo_lessons", "micro_lessons"})
# the words of a minimum, said before its count: "不少于1节"
_A_MINIMUMS_WORDS = re.compile(r"(?:不少于|不低于|至少)$")
# what each person did: "每人上一节示范课"
_EACH_PERSON = re.compile(rf"每(?:一)?(?:人|名|位|个人)|{rules_zh.EACH_OF_THEM}")
_OTHER_EVENT = re.compile(r"[；;]|党课|党日|学习|会议?|志愿|评议|家访|送教|活动|培训|讲座|示范课|公开课")


def _total_after_a_norm(folded: str, seg: Segmenter, q: Quantity, window: Window) -> bool:
    """Whether a count a norm stands before is a total in a clause of its own, with nothing but its time before it
    ("每名党员执教示范课1节，全年共10节"), not a part of the norm."""
    clause_start = seg.clause_start(q.start)
    return clause_start > 0 and folded[clause_start - 1] in "，," and not window.right.strip() and \
        _ELLIPTIC_LEFT.fullmatch(window.left.strip()) is not None


# a count of something for each of a kind, said at a clause's end before its total: "1 organisational life meeting per
# branch, " (the count, the thing counted)
# (or in each of them, counted: "4 theme Party days in each of its three branches, 12 in all")
_EN_NORM_BEFORE = re.compile(r"(?:^|[\s:;(])(\d+|one|two|three|four|five|six|an?) ((?:[a-z'-]+ ){0,4}?[a-z'-]+) "
                             r"(?:(?:per|for each|in each|for every) (?:branch|member|teacher|party group|group|class|school)|"
                             r"(?:in|for) each of (?:its|the|our|their) (?:\d+|[a-z]+ )?(?:[a-z-]+ )?"
                             r"(?:branches|members|teachers|party groups|groups|classes|schools)|"
                             # (or of each period: "one theme Party day each month (4 in the term)")
                             r"(?:per|each|every|a) (?:week|month|term|semester|quarter))"
                             r"\s*(?:,|\()\s*$")

# (or an event said to be held every period, with no count, the total in a clause after it: "each branch carried out theme
# party day activities every month, and the whole year carried out 48 times in total")
_EN_RATE_BEFORE = re.compile(r"\b(?:carr(?:y|ies|ied) out|holds?|held|organi[sz]e[sd]?|conduct(?:s|ed)?|(?:have |has |had )?met for) "
                             r"(?:(?:our|its|their|the|an?|one) )?((?:[a-z'-]+ ){0,4}?[a-z'-]+)"
                             r"(?: on the (?:first|second|third|fourth|last) [a-z]+ of)? "
                             r"(?:every|each) (?:week|fortnight|month|term|semester|quarter)\b"
                             r"[^.;:]{0,20}?(?:,|\s[—–-])\s*(?:and\s+)?(?:(?:in |during |throughout )?the (?:whole )?year\s+)?"
                             r"(?:carr(?:y|ies|ied) out|held|organi[sz]ed|conducted)?\s*$")
# (or people said to meet every period for it, the period first: "members met on the first Monday of each month for a theme
# Party day — 12 in the year")
_EN_MET_EACH_PERIOD_FOR = re.compile(r"\b(?:have |has |had )?met (?:on the (?:first|second|third|fourth|last) [a-z]+ of )?"
                                     r"(?:every|each) (?:week|fortnight|month|term|semester|quarter) for "
                                     r"(?:an? )?((?:[a-z'-]+ ){0,4}?[a-z'-]+)\s*(?:,|[—–-])\s*$")
# (or a field's label, its rate its value, the total after it: "Group study: one a month, 12 in the year")
_EN_LABELLED_RATE = re.compile(r"\b([a-z][a-z' -]{2,40}?)\s*:\s*(?:\d+|one|two|three|four|an?) (?:per|each|every|a) "
                               r"(?:week|fortnight|month|term|semester|quarter)\s*,\s*$")
# a field's number due or its target, then the number done: "Party lectures: 3 due, 4 held", "New members: target 3, achieved
# 4", "Party lectures: termly target, 4 held"
_EN_DONE_WORDS = r"actually held|carried out|achieved|completed|held|done|reached|actual"
_EN_DUE_BEFORE = re.compile(r"\b([a-z][a-z' -]{2,40}?)\s*:\s*(?:\d[\d,]* (?:due|planned|required|expected|scheduled)|"
                            r"(?:target|planned|plan|due)\s+\d[\d,]*|(?:monthly|weekly|termly|quarterly|annual) target),"
                            r"\s*(?:" + _EN_DONE_WORDS + r")?\s*$")
# (those words of doing, after the count or before it: "4 held", "achieved 4")
_EN_DONE = re.compile(r"(?:" + _EN_DONE_WORDS + r")\b")


def _done_after_due_en(low: str, window: Window, q: Quantity, s_start: int, lang: str) -> tuple[str, int, int] | None:
    """What a field's number done, after its number due or its target, counts ("Party lectures: 3 due, 4 held", "New
    members: target 3, achieved 4"): the field's label read as a noun the rules know; where the label starts, and where
    the count or its word of doing after it ends."""
    if lang != "en":
        return None
    left = window.left.strip()
    done_after = _EN_DONE.match(window.right) if not left else None
    if not done_after and not _EN_DONE.fullmatch(left):
        return None
    due = _EN_DUE_BEFORE.search(low, s_start, q.start)
    # (whose they are may open the label: "Principal's party lectures")
    noun = _noun_counted_en(re.sub(r"^[a-z-]+['’]s ", "", due.group(1)), q.unit) if due else None
    if noun is None:
        return None
    return noun, due.start(1), (q.end + low[q.end:].find(done_after.group()) + len(done_after.group()) if done_after else q.end)


# a count said to be a total, its noun between: "eight sessions in all"
_EN_SAID_IN_ALL = re.compile(r"(?:[a-z-]+ ){0,2}?(?:in all|in total|altogether)\b")
# the words of that total after its number: "5 in all", "(12 in the year)" (or its times: "48 times in total")
_EN_TOTAL_OF_A_NORM = re.compile(r"\s*(?:times\s+)?(?:in all|in total|altogether|"
                                 r"(?:in the|this) (?:term|semester|(?:school |academic )?year|quarter))\b\)?")


def _total_of_a_norm_en(low: str, window: Window, q: Quantity, s_start: int,
                        lang: str) -> tuple[str, int, int] | None:
    """What a total after a norm of each branch, member or period counts ("1 organisational life meeting per branch, 5
    in all", "one theme day a month (12 in the year)"; or after an event held every period, "carried out theme party
    days every month, and the whole year carried out 48 times in total"): the thing the norm counts, read as the rules
    read it after a count; where the norm starts, and where the words of the total end."""
    if lang != "en":
        return None
    total = _EN_TOTAL_OF_A_NORM.match(low, q.end)
    if total is None:
        return None
    if window.left.strip() and not window.left.rstrip().endswith("("):
        norm = _EN_RATE_BEFORE.search(low, s_start, q.start) or _EN_MET_EACH_PERIOD_FOR.search(low, s_start, q.start)
    else:
        norm = _EN_NORM_BEFORE.search(low, s_start, q.start) or _EN_RATE_BEFORE.search(low, s_start, q.start) or \
            _EN_MET_EACH_PERIOD_FOR.search(low, s_start, q.start) or _EN_LABELLED_RATE.search(low, s_start, q.start)
    if norm is None:
        return None
    if norm.re is not _EN_NORM_BEFORE:
        # (what people met for is what their sessions were: "met for study every fortnight — 9 times this term")
        noun = _noun_counted_en(norm.group(1), q.unit) or \
            (_noun_counted_en(f"{norm.group(1)} sessions", q.unit) if " met for " in f" {norm.group(0)}" else None)
        return (noun, norm.start(1), total.end()) if noun is not None else None
    rule = TABLES["en"].classify(Window("", norm.group(2), "", ""))
    if rule is None or rule.indicator is None:
        return None
    return rule.indicator, norm.start(1), total.end()


# a word with a possessive right before the count: "Foxwood's 23 members"
# (or before its branch and the verb of having: "Foxwood's branch has 36 members")
_EN_POSSESSIVE_BEFORE = re.compile(r"(?:^|\s)((?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]{3,})(?:'s|’s)((?:\s+(?:party )?(?:branch|committee|general branch)"
                                   r"\s+(?:now |currently )?(?:has|had))?)\s*$")


# (or before its branch as a word that names it: "The Elm Lane branch has 27 members")
_EN_NAMED_BRANCH_BEFORE = re.compile(r"(?:^|\s)the ((?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]{3,})((?:\s+(?:party )?(?:branch|committee|"
                                     r"general branch)\s+(?:now |currently )?(?:has|had)))\s*$")


def _own_short_name_as_the_schools(window: Window, others: Others) -> Window | None:
    """The window with the school's own name said short in the possessive ("Foxwood's", for Foxwood Primary School;
    "Yanta Road's", for Yanta Road Primary School), or before its branch ("the Elm Lane branch has"),
    read as "the school's"; None where the word before the count is no first word of the school's own names."""
    possessive = _EN_POSSESSIVE_BEFORE.search(window.left) or _EN_NAMED_BRANCH_BEFORE.search(window.left)
    if possessive is None or not others.own_names:
        return None
    # (its first words, one to three of them: "Foxwood's", "Yanta Road's")
    firsts = {" ".join(name.lower().split()[:n]) for name in others.own_names for n in (1, 2, 3)}
    if possessive.group(1) not in firsts:
        return None
    return dataclasses.replace(window, left=window.left[: possessive.start(1)] + "the school's" + possessive.group(2) + " ")


def _as_field_label(window: Window, label: str) -> Window:
    """`window` with `label` read as a field's label before its value ("Members: 33"), as the rules read one."""
    return dataclasses.replace(window, left=label + ":", right=label + " ", sentence=label + ": ")


def _noun_counted_en(noun: str, unit: str) -> str | None:
    """The indicator an English noun standing apart from its count names: read as the noun after a count ("5
    activists"), or else as a field's label before it ("Members: 33")."""
    after_count = Window("", noun, "", unit)
    rule = TABLES["en"].classify(after_count)
    if rule is None or rule.indicator is None:
        rule = TABLES["en"].classify(_as_field_label(after_count, label=noun))
    return rule.indicator if rule is not None else None


# a list's terse item in English, its noun then its count with no verb, after the line's label or another item
# ("Activities: theme Party days 5; group study 8"), or on a line of items parted by bars ("Members 33 | Activists 5"):
# the noun, and the end of the item after the count
# (items may be parted by bars or by middle dots: "Branches 4 · Members 96 · New members 3")
_EN_TERSE_ITEM = re.compile(r"(?:^|[:;,|·•])[ \t]*((?:[a-z][a-z'-]*[ \t]+){0,3}[a-z][a-z'-]*)[ \t]+$", re.M)
_EN_TERSE_ITEM_END = re.compile(r"[ \t]*(?:[;,.(|·•]|$)", re.M)


# a noun, a comma, and the count of all of it set beside it: "the branch's members, 86 in all, …" (the people it
# counts may be named again: "our volunteers, 47 members in all, …")
_EN_APPOSED_NOUN = re.compile(r"((?:[a-z'-]+ ){0,2}[a-z-]+),\s*$")
_EN_COUNT_BEFORE = re.compile(r"\d\s+$")
_EN_APPOSED_TOTAL = re.compile(r"\s+(?P<words>(?:(?:party )?(?:members|people|teachers) )?(?:in all|in total|altogether))"
                               r"\s*(?:[,;.)]|$)")
# (or in brackets, with the time it is the count of: "monthly theme Party days (5 this term)", "study sessions every
# week (30 in 2023)", "(5 from February to June)")
_EN_BRACKETED_NOUN = re.compile(r"((?:[a-z'-]+ ){0,2}[a-z-]+)(?:\s+(?:every|each|once a) (?:week|fortnight|month|term))?"
                                r"\s*\(\s*$")
# (or the months it spans: "(5 from February to June)")
_EN_BRACKETED_TOTAL = re.compile(r"\s+(?P<words>(?:so far )?(?:this|that|last|in the) (?:term|semester|school year|year|month)|"
                                 r"in (?:19|20)\d{2}|(?:in all|in total|altogether)|"
                                 rf"(?:from|between) (?:{EN_MONTHS}) (?:to|and|through) (?:{EN_MONTHS}))\s*\)|"
                                 # (or how many were held, a note after: "(11 held; August skipped)"; or how many
                                 # sessions: "twice-monthly group study (9 sessions)")
                                 r"\s+(?P<held>held|given|(?:sessions|times|meetings)(?: held| in all| in total)?)\s*[;,)]|"
                                 # (or alone: "Party members (22) and activists (3)")
                                 r"\s*(?P<alone>)\)")


def _apposed_total_en(low: str, q: Quantity, s_start: int, lang: str) -> tuple[str, int, int] | None:
    """What a total set beside its noun counts ("the members, 86 in all, took part"), read as the rules read the noun
    after a count; and where the noun starts and the total's words end."""
    if lang != "en":
        return None
    if (total := _EN_APPOSED_TOTAL.match(low, q.end)) is not None:
        noun = _EN_APPOSED_NOUN.search(low, max(s_start, q.start - 60), q.start)
    elif (total := _EN_BRACKETED_TOTAL.match(low, q.end)) is not None:
        noun = _EN_BRACKETED_NOUN.search(low, max(s_start, q.start - 60), q.start)
    else:
        return None
    if noun is None or _EN_COUNT_BEFORE.search(low, max(s_start, noun.start(1) - 12), noun.start(1)):
        return None  # (a noun with a count of its own is not what the total counts: "its 9 branches, 34 people in all")
    words = noun.group(1).split()
    if "of" in words or low[max(s_start, noun.start(1) - 3): noun.start(1)] == "of ":
        return None  # (the noun a complement, its head before "of": "members of both branches, 54 in all")
    # (its last three words, or two, or one, after whose it is: "theme party days", "the branch's members")
    owner = max((i + 1 for i, word in enumerate(words) if word.endswith(("'s", "s'"))), default=0)
    words = words[owner:]
    said = total["words"] or total["held"] or ""
    # (a count of sessions may follow a noun of what was done in them: "twice-monthly group study (9 sessions)")
    sessions = said.startswith(("sessions", "times", "meetings"))
    if not words or not (words[-1].endswith("s") or sessions):
        return None  # (a noun in the singular is one, not the total: "took part in the theme party day, 23 in all")
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[-n:])
        for read_as in (phrase, f"{phrase} sessions") if sessions else (phrase,):
            if (indicator := _noun_counted_en(read_as, q.unit)) is not None:
                if indicator in STOCK_INDICATORS and said and not said.startswith(("in all", "in total", "altogether")):
                    return None  # (a head count is no count of a time, nor held: "the members (12 this year) took part")
                # (the evidence closes the bracket it opened: "theme Party days (5 this term)")
                closed = total.group(0).endswith(")")
                return indicator, noun.end(1) - len(phrase), total.end() if closed else q.end + len(total.group(0).rstrip(" ;,"))
    return None


# a bare total after a form's or a list's two kinds of member: "Total: 32", "In total: 32"
_EN_TOTAL_LABEL = re.compile(r"(?:^|(?<=[\s.;,]))(?:in )?total\s*:\s*$")
_KINDS_OF_MEMBERS = {"members_full", "members_probationary"}


# (in Chinese, the word of a total before it, or the one the count took as its own: "正式党员45名，预备党员2名，合计47名")
_ZH_TOTAL_LABEL = re.compile(r"(?:合计|共计|总计|共有|共)[:：]?\s*$")
_ZH_TOTAL_WORD = re.compile(r"合计|共计|总计|共")


def _members_of_both_kinds(low: str, q: Quantity, metrics: list[Metric], lang: str) -> int | None:
    """Where the label of a bare total starts, when the two figures right before it (within a few lines) count the full
    and the probationary members and add up to it."""
    if len(metrics) < 2:
        return None
    if lang == "en":
        label = _EN_TOTAL_LABEL.search(low, max(0, q.start - 12), q.start)
    else:
        label = _ZH_TOTAL_LABEL.search(low, max(0, q.start - 6), q.start) or _ZH_TOTAL_WORD.match(low, q.start)
    first, second = metrics[-2:]
    if label is None or {first.indicator, second.indicator} != _KINDS_OF_MEMBERS or first.start is None or \
            q.start - first.start > 160 or first.value + second.value != q.value:
        return None
    return label.start()


def _terse_item_en(low: str, q: Quantity, s_start: int, lang: str) -> tuple[str, int] | None:
    """What a terse item of a labelled line (or of a line of items parted by bars or dots) counts, read as the rules read its
    noun after a count; and where the noun starts."""
    if lang != "en" or not _EN_TERSE_ITEM_END.match(low, q.end):
        return None
    line_start = max(low.rfind("\n", 0, q.start) + 1, s_start)
    line_end = low.find("\n", q.end)
    label_end = low.find(":", line_start, q.start)
    line = low[line_start: line_end if line_end >= 0 else len(low)]
    if label_end >= 0:
        item = _EN_TERSE_ITEM.search(low, label_end, q.start)
    elif any(mark in line for mark in "|·•") or line.count(";") >= 2:
        # (or parted by semicolons, three items or more: "Branches 4; members 71; new members 3")
        item = _EN_TERSE_ITEM.search(low, line_start, q.start)
    else:
        return None
    if item is None:
        return None
    indicator = _noun_counted_en(item.group(1).strip(), q.unit)
    return (indicator, item.start(1)) if indicator is not None else None


def _event_before(folded: str, seg: Segmenter, window: Window, q: Quantity, s_start: int, lang: str,
                  aside: bool) -> tuple[str, int] | None:
    """The event a bare count of times counts when the clause before it names the event with no number
    ("支部分别于3月、6月和9月开展主题党日活动，共3次"), or with only what each person did ("21名党员教师每人上
    一节示范课，共21节"): its indicator and where that clause starts."""
    if lang != "zh" or aside or q.unit not in _TIMES | _LESSONS or window.right.strip() or \
            not _ELLIPTIC_LEFT.fullmatch(window.left.strip()):
        return None
    clause_start = seg.clause_start(q.start)
    if clause_start <= s_start:
        return None
    previous_start = max(seg.clause_start(clause_start - 1), s_start)
    previous_text = folded[previous_start: clause_start - 1]
    if _THE_EVENT_BEFORE.match(previous_text) and s_start:
        # "…开展公益阅读活动。该活动开展以来，已累计开展26场": the event is the one the sentence before tells, named after
        # the last count it makes (the people it served, "为社区40余名孩子开展…活动", are no count of it)
        told_start, told_end = seg.sentence_span(len(folded[:s_start].rstrip()) - 1)  # (maybe in the paragraph before)
        told = folded[told_start: told_end].rstrip("。！？!?\n ")
        ends = [m.end() for m in ZH_QUANTITY.finditer(told)]
        previous_start = told_start + (ends[-1] if ends else 0)
        previous_text = folded[previous_start: told_start + len(told)]
    # (an ordinal is no count: "每月第一个周五开展主题党日活动"; nor a day of the week: "每周三组织学习")
    counts = [c for c in ZH_QUANTITY.finditer(previous_text)
              if previous_text[c.start() - 1: c.start()] != "第" and not is_weekday(previous_text, c)]
    sentence = folded[s_start: clause_start - 1]
    if counts and (planned := _NUMBER_PLANNED.search(previous_text, 0, counts[-1].start())) and \
            (window.left.strip().startswith("实") or "已" in window.left):
        # "党课：计划4次，实际讲授5次", "党课：应上4次，实上5次" (or "…计划开展12次，目前已开展4次"): the number done, after the
        # number planned, counts the event
        # the field names, or the event named with the number planned ("计划集中学习12次，实际开展14次")
        # (the field's label may stand in a clause of its own, before its colon)
        named = planned["event"].strip()
        previous_text, sentence = named or previous_text[: planned.start()], ""
        if not previous_text.strip() and previous_start > s_start:
            label_start = max(seg.clause_start(previous_start - 1), s_start)
            previous_text = folded[label_start: previous_start - 1]
    elif counts:
        if not (each := _EACH_PERSON.search(previous_text, 0, counts[-1].start())):
            return None
        # the event after what each did ("每人上一节示范课"), or before it ("各上示范课1节")
        after_each = previous_text[counts[-1].end():]
        # (its minimum's words are no part of the event: "每名党员上示范课不少于1节")
        previous_text = after_each if after_each.strip() else \
            _A_MINIMUMS_WORDS.sub("", previous_text[each.end(): counts[-1].start()])
        sentence = ""
    rule = TABLES["zh"].classify(Window(_left_zh(previous_text), "", sentence, q.unit))
    if rule is None and not counts:
        # the event named before its verb ("主题党日每月固定开展，全年共12次"), or as the label of its field, in a clause of
        # its own before the colon ("主题党日：每月固定开展，全年共12次")
        label_start = max(seg.clause_start(previous_start - 1), s_start) if folded[previous_start - 1: previous_start] \
            in (":", "：") else previous_start
        if topic := _EVENT_THEN_VERB.fullmatch(folded[label_start: clause_start - 1].strip()):
            rule = TABLES["zh"].classify(Window(_left_zh(topic.group(1)), "", "", q.unit))
            previous_start = label_start
    if rule is None or rule.indicator not in (_EVENTS if q.unit in _TIMES else _LESSON_EVENTS):
        return None
    return rule.indicator, previous_start


# a clause that refers back to the event the sentence before tells: "该活动开展以来", "此项活动自2022年启动以来"
_THE_EVENT_BEFORE = re.compile(r"\s*(?:该|此|这一?|这项|此项|上述)(?:项)?活动")
# an event named before the verb that holds it, how often said between them: "主题党日：每月固定开展"
_EVENT_THEN_VERB = re.compile(r"(?:[★☆●◆■▲•·\-*]\s*)?([^，,。；;:：]{2,12}?)[:：]?\s*(?:每(?:月|周|季度?|学期|年)|按月|按季度?|定期|按时)?"
                              r"(?:固定|定期|按时|按期|坚持)?(?:开展|召开|组织|举办|举行|讲授)(?:了)?")


# a number expected to take part, and the number who did
# (who was expected may be described: "应到会有表决权的正式党员33名")
_EXPECTED = re.compile(r"应(?:参评|参加|参会|到会|出席|到)[^，,。；;\d]{0,12}$")
_ACTUAL = re.compile(r"实(?:际)?(?:参评|参加|参会|到会|出席|到)")
# an event's number planned, and the number done right after it ("计划集中学习12次，实际开展14次")
# (the event may be named between: its words)
_NUMBER_PLANNED = re.compile(r"(?:计划|预计|目标|应)(?:开展|召开|讲授|组织|完成|上|开)?(?P<event>[^，,。；;\d]{0,10})$")
_DONE_VERB = r"(?:开展|召开|讲授|组织|举办|举行|完成|上|开|发展|吸收|接收|培养|确定|家访|走访|慰问|结对|帮扶)"
# the word of a number said done, with no word of "actually": "计划主题党日12次，完成12次"
_SAID_DONE = r"已?完成了?"
# the number done after it, its noun maybe said again ("，实际发展党员4名"), or said done
_DONE_AFTER = re.compile(rf"\s*[，,]\s*(?:(?:实际|实(?={_DONE_VERB})){_DONE_VERB}?了?|{_SAID_DONE})[^，,。；;\d]{{0,8}}?\d")
# a number done that names nothing of its own: "实际发展2名", "实际确定5名", "完成12次" (or the number who actually took part,
# after the number expected: "实际参评25名")
_DONE_ALONE = re.compile(rf"实际?(?:{_DONE_VERB}{{1,2}}|参评|参加|参会|到会|出席|到)?了?|{_SAID_DONE}")
# ("完成" is a link word the left window loses: the sentence before the number keeps it)
_DONE_SAID = re.compile(rf"[，,]\s*{_SAID_DONE}$")


def _what_it_counts(table: RuleTable, window: Window, low: str, seg: Segmenter, q: Quantity, floor: int,
                    lang: str) -> str | None:
    """The indicator a number planned or expected counts, by its rule or its people's reading."""
    if (by_rule := table.classify(window)) is not None:
        return by_rule.indicator
    reading = _read_people(low, seg, q, floor, lang)
    return reading.indicator if reading is not None else None


# a Chinese field's label, its line opening with it (maybe numbered) and a colon after it: "3.志愿服务：计划8次，…"
_ZH_FIELD_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[.、．)）][ \t]*)?[“\"]?(?P<label>[\u4e00-\u9fff]{2,10})"
                              r"[”\"]?[ \t]*[：:][^\n：:]*$")


def _what_its_field_counts(table: RuleTable, window: Window, folded: str, q: Quantity) -> str | None:
    """The indicator the label of the field a number planned stands in names, read as the words before the number."""
    field = _ZH_FIELD_BEFORE.search(folded, max(0, q.start - 60), q.start)
    if field is None:
        return None
    rule = table.classify(dataclasses.replace(window, left=_left_zh(field["label"])))
    if rule is not None:
        return rule.indicator
    named = catalog.find_indicator(field["label"])  # (a label of people, "发展党员", as the catalog names it)
    return named.id if named is not None else None


def _done_after_plan(window: Window, earlier: list[Quantity], planned: dict[int, str | None]) -> str | None:
    """What a number done with no noun of its own counts, right after the number planned: that one's indicator."""
    if not earlier or earlier[-1].end not in planned or window.right.strip() or \
            not (_DONE_ALONE.fullmatch(window.left.strip()) or
                 (not window.left.strip() and _DONE_SAID.search(window.sentence))):
        return None
    return planned[earlier[-1].end]


# a change of a measure told in a clause ("党员人数较上年增加3人", "时长比去年增长120小时"), the measure before it
_CHANGE = re.compile(r"(?P<measure>[^，,。；;]{2,16}?)(?:较|比)[^，,。；;\d]{0,8}(?:增加|增长|减少|下降|提高|提升|多|少)了?"
                     rf"(?:{ZH_QUANTITY.pattern})$")
_CHANGED_TO = re.compile(r"(?:已|共)?(?:达到|达|增至|增加到|增长到|提高到|提升到|上升到|减少到|下降到|降至|降到)了?$")


def _changed_to(folded: str, seg: Segmenter, q: Quantity, s_start: int, lang: str,
                aside: bool) -> tuple[str, int, int] | None:
    """The measure a count is the new level of, when its clause says only that a change brought it there
    and the clause before tells the change: its indicator, where that clause starts and where the
    comparison starts."""
    clause_start = seg.clause_start(q.start)
    if lang != "zh" or aside or clause_start <= s_start or not _CHANGED_TO.fullmatch(folded[clause_start: q.start]):
        return None
    previous_start = max(seg.clause_start(clause_start - 1), s_start)
    change = _CHANGE.match(folded, previous_start, clause_start - 1)
    if change is None or change["unit"] != q.unit:
        return None
    measure = _left_zh(change["measure"])
    rule = TABLES["zh"].classify(Window(measure, "", folded[s_start: previous_start] + measure, q.unit))
    if rule is None or rule.indicator is None:
        return None
    return rule.indicator, previous_start, change.end("measure")


def _referred_back(folded: str, window: Window, q: Quantity, metrics: list[Metric], s_start: int, lang: str,
                   aside: bool) -> Metric | None:
    """The event a bare count of times refers back to: the figure just before it in its sentence,
    when the count's clause names nothing but a span of time ("…，全年共12次", "…，三年共开展36次")."""
    if lang != "zh" or aside or q.unit not in _TIMES or window.right.strip() or not metrics:
        return None
    before = metrics[-1]
    if before.indicator not in _EVENTS or before.start is None or before.start < s_start:
        return None
    # nothing between them may name another event, or end the thought (；)
    if _OTHER_EVENT.search(folded, before.end, q.start):
        return None
    return before if _ELLIPTIC_LEFT.fullmatch(window.left.strip()) else None


# (or the whole in brackets after the part: "29 (out of 34)")
_EN_WHOLE_IN_BRACKETS = re.compile(r"\(\s*(?:out )?of\s*$")
# the words between a figure and the next, listed with it: "11 theme party days and 6 …"
_EN_LISTED_WITH_THE_NEXT = re.compile(r"(?: [a-z'-]+){1,4} and ")
# the words between a part and the whole it is counted out of: "19 of the 27 members"
_EN_PART_OF_THE_NEXT = re.compile(r"\s+of (?:the|its|our|their|the (?:school|branch)['’]s)\s+")


def _members_told_before_en(window: Window, q: Quantity, metrics: list[Metric], lang: str) -> bool:
    """Whether "of the N members" refers back to as many members a figure before it counted (the definite article, not
    "of its N members", which tells the membership)."""
    return lang == "en" and re.search(r"\bof the\s*$", window.left) is not None and \
        _MEMBERS_NEXT.match(window.right) is not None and \
        any(m.value == q.value and re.search(r"\bmembers\b", m.evidence, re.I) for m in metrics)


# (members, the count's own noun: not "the homes of the 15 pupils", another kind of people)
_MEMBERS_NEXT = re.compile(r"\s*(?:[a-z-]+ ){0,2}?(?:party )?members\b")


def _listed_after(folded: str, window: Window, q: Quantity, metrics: list[Metric], s_start: int, lang: str,
                 aside: bool) -> Metric | None:
    """The figure a bare count is listed after, with the same measure word and nothing but a list mark
    between them ("发展党员2名、3名")."""
    if lang != "zh" or aside or window.right.strip() or not metrics:
        return None
    before = metrics[-1]
    if None in (before.start, before.end) or before.start < s_start:
        return None
    between = folded[before.end: q.start].strip()
    same_unit = folded[before.end - len(q.unit): before.end] == q.unit
    return before if same_unit and between in ("、", "和", "及", "与", "、和") else None


# several of the school's units, then a count for each of them (and the counts listed before this one): "下设3个党支部，
# 党员人数分别为15人、12人、"; and a total said later in the sentence ("，共计36人")
_EACH_OF_SEVERAL_UNITS = re.compile(r"(?:[两二三四五六七八九十]|\d+)个(?:党)?(?:支部|党小组|小组|年级组|校区)[^。；;\d]{0,16}分别(?:为|是|有)?"
                                    r"(?:\d+\s*[人名个次]\s*[、和及]\s*)*$")
_A_TOTAL_LATER = re.compile(r"[，,]\s*(?:共计|合计|总计|共有|共)\s*\d")
# the marks of a list of counts ("3名、2名", "3名和2名")
_COUNTS_LIST_MARK = re.compile(r"\s*(?:、|和|及|与)\s*")


def _listed_before(text: str, low: str, seg: Segmenter, window: Window, q: Quantity, later: list[Quantity], floor: int,
                   lang: str, aside: bool) -> tuple[str, int] | None:
    """What a bare count counts when the counts listed after it, with the same measure word, end in the noun they all
    count ("分别与3名、2名新入职教师结成师徒对子"): the last count's reading, its left the first's; and where the last
    count's evidence ends."""
    if lang != "zh" or aside or window.right.strip():
        return None
    last, end = q, q.end
    for nxt in later:
        mark = _COUNTS_LIST_MARK.match(low, end)
        if mark is None or mark.end() != nxt.start or nxt.unit != q.unit:
            break
        last, end = nxt, nxt.end
    if last is q:
        return None
    last_listed = _respective_kind_zh(low, seg.sentence_span(last.start)[0], last)
    last_window, last_left = _windows_zh(low, seg, last, q.end, last_listed)
    if not last_window.right.strip():
        return None
    rule = TABLES["zh"].classify(dataclasses.replace(window, right=last_window.right))
    if rule is not None:
        if rule.indicator is None:
            return None
        next_start = low.find("。", last.end)
        return rule.indicator, _evidence_span(text, seg, last, last_left, rule, lang,
                                              next_start if next_start >= 0 else len(text), floor)[1]
    reading = _read_people(low, seg, last, floor, lang)
    if reading is None or reading.indicator is None:
        return None
    return reading.indicator, _people_span(text, seg, last, reading, last_left, lang)[1]


# a bare count after the verb the figure before had: a verb that gives or holds events, right before a count; and
# nothing after the count but its clause's end ("I gave 2 Party lectures and the other members gave 2")
_EN_VERB_BEFORE = re.compile(r"\b(gave|held|ran|organi[sz]ed|delivered|hosted|conducted)\s+$")
_EN_NOTHING_AFTER = re.compile(r"\s*(?:[.;,)]|$)")
# (whose the second count is, when it is no member's: "the branch held 12 theme days; the league held 4")
_EN_OTHER_BODY = re.compile(r"\b(?:league|union|pioneers|students|pupils|children|parents|other schools?)\b")
# a place said right after a count (" at Hexi Primary School"), or who gave it (" by branch members"), and a count
# told with its own place or giver before "and"
_EN_AT_A_PLACE = re.compile(r"(\s+(at|in|by) (?:the )?[a-z][^.;,\d\n]{0,60}?)(?=[ \t]*(?:[.;,)\n]|\band\b|$))")
_EN_PLACE_THEN_AND = {word: re.compile(rf"\d[^.;,\d]{{0,40}}?\s{word} (?:the )?[a-z][^.;,\d]{{0,60}}?\s+and\s+$")
                      for word in ("at|in", "by")}
_EN_A_FURTHER = re.compile(r"\b(a further|another)\s+$")
# "N more", ending its clause: more of what was counted before ("gave 2 Party lectures, and the members gave 3 more")
_EN_MORE = re.compile(r"more\b(?!\s+than\b)(?=\s*(?:[.;,)]|$|\b(?:in|at|on|during|this|that|last|over)\b))")
# (not more people something else was done to or for: "visited 23 retired teachers and sent cards to 40 more")
_EN_TO_WHOM = re.compile(r"\b(?:to|for)\s*$")


# (or as many of another kind, named by "ones": "and 2 provincial-level ones")
_EN_ONES = re.compile(r"\s+(?:[a-z]+[- ]level |[a-z-]+ )?ones\b")


def _more_of_the_same_en(low: str, window: Window, q: Quantity, metrics: list[Metric], s_start: int, lang: str,
                         aside: bool) -> tuple[str, int, int] | None:
    """The figure of the same sentence that a bare "N more" adds to: its indicator (a flow's; a head count grows by a
    change, read elsewhere), and where the count's evidence starts and ends."""
    if lang != "en" or aside or not metrics:
        return None
    before = metrics[-1]
    if before.start is None or before.start < s_start or before.indicator in STOCK_INDICATORS:
        return None
    if _EN_MORE.match(window.right) and not _EN_TO_WHOM.search(window.left):
        return before.indicator, q.start, low.index("more", q.end) + len("more")
    # (or "a further N", "another N" with no noun, and its time or place after: "admitted 2 new members in the spring and
    # a further 3 in the autumn")
    if (further := _EN_A_FURTHER.search(low, max(s_start, q.start - 12), q.start)) and \
            (place := _EN_AT_A_PLACE.match(low, q.end)) and place[2] in ("at", "in"):
        return before.indicator, further.start(1), place.end(1)
    # (or a bare count and its place, after a figure told with its own: "held 24 service sessions at the care home and 8 at
    # the primary school"; or its givers: "3 Party lectures by the secretary and 5 by members")
    # (the figure's own count: not a bare part of it, "gave 4 Party lectures, 2 by the secretary and 2 by the principal")
    if window.left.endswith(" and") and (place := _EN_AT_A_PLACE.match(low, q.end)) and \
            (told := _EN_PLACE_THEN_AND["by" if place[2] == "by" else "at|in"].search(low, before.start, q.start)) and \
            told.start() < before.end:
        return before.indicator, q.start, place.end(1)
    # (or "ones" of another kind, right after it: "7 municipal-level research projects and 2 provincial-level ones")
    if (ones := _EN_ONES.match(low, q.end)) and re.fullmatch(r"\s*(?:,\s*)?and\s+", low[before.end: q.start]):
        return before.indicator, q.start, ones.end()
    # (or a bare count after the verb the figure's count had: "I gave 2 Party lectures and the other members gave 2")
    verb = _EN_VERB_BEFORE.search(low, max(s_start, q.start - 20), q.start)
    if verb and _EN_NOTHING_AFTER.match(window.right) and not _EN_OTHER_BODY.search(low, before.end, q.start) and \
            re.search(rf"\b{verb.group(1)}\s+\d", low[max(s_start, before.start - 20): before.end]):
        return before.indicator, verb.start(), q.end
    return None


# an event counted right before a bracket, whose people the bracket counts: "志愿服务15次（参与党员210人次）",
# "民主评议党员1次（参评党员33名）"
# (its label may take a few words: "(member turnouts: 174)")
_BRACKET_OPEN = re.compile(r"[（(][^（()）]{0,24}$")
_REVIEW_COUNTED = re.compile(r"评议(?:党员)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*次\s*$")


def _people_of_the_event_before(low: str, q: Quantity, indicator: str, metrics: list[Metric]) -> bool:
    """Whether a count in brackets is of the people the event counted right before the bracket reached: the
    volunteers, the people a volunteer service served and the hours it took ("22 volunteer activities (1,050 volunteer
    hours)"), or the members a review covered."""
    bracket = _BRACKET_OPEN.search(low, max(0, q.start - 25), q.start)
    if bracket is None:
        return False
    if indicator in ("volunteer_participants", "volunteer_beneficiaries", "volunteer_hours"):
        before = metrics[-1] if metrics else None
        return before is not None and before.indicator == "volunteer_sessions" and before.end is not None and \
            0 <= bracket.start() - before.end <= 1
    return indicator == "member_reviews" and bool(_REVIEW_COUNTED.search(low, max(0, bracket.start() - 12), bracket.start()))


# (its time may be a part of the year: "… up from 58 at the start of 2022")
# (or the year's count named by its measure: "the 900 hours of 2021")
_EN_YEAR_ITEM = re.compile(r"\s*(?:in|at the (?:end|start|beginning) of|by the end of|as of the end of|in (?:early|late)|"
                           r"(?:hours|sessions|activities|visits|lessons|lectures|members) (?:of|in)) ((?:19|20)\d{2})\b")
# (or the year before the figure's: "44 members, up from 39 a year earlier", "… up from 39 last year")
_EN_YEAR_EARLIER = re.compile(r"\s*(?:a year (?:earlier|before|ago)|last year|the (?:year before|previous year|year earlier))\b")
# (the first item may follow the total it breaks down, after a colon: "admitted 9 new members: 2 in 2021, 3 in 2022 …")
_EN_YEAR_ITEMS_JOINED = re.compile(r"(?:[^.;\d]{0,40}?\bin (?:19|20)\d{2})?\s*(?:,\s*(?:and\s+)?|\s+and\s+)|"
                                   r"\s*[:—–]\s*|"
                                   # (or the count it changed from, or is compared with: "139 members, up from 118 in
                                   # 2019", "admitted 3 new members in 2023, compared with 2 in 2022"; the figure's year
                                   # may be a year's end: "a membership of 63 at the end of 2023, up from 57 a year earlier")
                                   # (or, after a rise told, the count it rose from: "have climbed to 36 this year, from 29
                                   # in 2022")
                                   r"(?:[^.;\d]{0,40}?\b(?:in|at the end of|by the end of) (?:19|20)\d{2}|\s+this year)?,?\s*"
                                   r"(?:(?:up|down) from|compared (?:with|to)|against|(?<=,)\s*from|"
                                   # (or a share more or less than it: "1,080 hours, 20% more than the 900 hours of 2021")
                                   r"(?:\d+(?:\.\d+)?%\s+)?(?:more|less|fewer|higher|lower) than(?: the| its| their)?|"
                                   # (or a multiple of it: "more than double the 500 hours of 2021")
                                   r"(?:(?:more than|nearly|almost|about|over) )?(?:double|twice|triple|three times|half)"
                                   r"(?: the| its| their)?)\s+")


_EN_COMPARED = re.compile(r"\b(?:up from|down from|compared (?:with|to)|against)\b")
# (a count compared with, and its year, set off as an aside: ", compared with 740 in 2022,")
_EN_COMPARED_IN_A_YEAR = re.compile(r",\s*(?:up from|down from|compared (?:with|to)|against) [\d,]+(?: [a-z-]+)? "
                                    r"(?:in|at the end of|by the end of) (?:19|20)\d{2}\s*,")


def _between_two_figures_of_a_phrase(low: str, metrics: list[Metric], s_start: int) -> str | None:
    """The words between the last two figures of the sentence where they stand in one phrase, no comma or semicolon
    between them (" in " of "96 members in 5 branches")."""
    if len(metrics) < 2:
        return None
    first, last = metrics[-2], metrics[-1]
    if None in (first.start, first.end, last.start) or first.start < s_start:
        return None
    between = low[first.end: last.start]
    return None if re.search(r"[,;:]", between) else between


def _year_item_en(low: str, q: Quantity, metrics: list[Metric], s_start: int, lang: str) -> tuple[str, int, int] | None:
    """A bare count with its own year, listed after a figure that has one ("admitted 2 new members in 2020, 3 in 2021
    and 2 in 2022"): the figure's indicator, the count's year and where its evidence ends."""
    if lang != "en" or not metrics:
        return None
    before = metrics[-1]
    if None in (before.start, before.end) or before.start < s_start or before.end > q.start:
        return None
    if not (joined := _EN_YEAR_ITEMS_JOINED.fullmatch(low, before.end, q.start)):
        return None
    if _EN_COMPARED.search(joined.group()) and (between := _between_two_figures_of_a_phrase(low, metrics, s_start)):
        # "96 members in 5 branches, up from 90": the count the phrase is of went up (the branches it is in only place
        # it); after two counts of another phrase ("12 talks to 300 pupils, up from 200") which went up is not said
        if not re.fullmatch(r"\s+(?:in|across)\s+", between):
            return None
        before = metrics[-2]
    # (the figure's noun may be said again before the year: "9 branches, up from six branches last year")
    places = [q.end]
    if (noun := _EN_A_NOUN.match(low, q.end)) and noun.group(1) in low[before.start: before.end].split():
        places.append(noun.end())
    for at in places:
        if own := _EN_YEAR_ITEM.match(low, at):
            return before.indicator, int(own.group(1)), own.end()
        if (earlier := _EN_YEAR_EARLIER.match(low, at)) and before.year is not None:
            return before.indicator, before.year - 1, earlier.end()
    return None


_EN_A_NOUN = re.compile(r"\s+([a-z]{4,})\b")


# the count of another year a figure is compared with, right after it: "，较2021年的900小时", "，比2021年的38名"
_COMPARED_WITH_A_YEARS = re.compile(r"\s*[，,]?\s*(?:较|比|相比|相较|同比)(?:于)?\s*((?:19|20)\d{2})\s*年(?:度)?(?:同期)?的?\s*")


def _compared_with_a_years_zh(folded: str, q: Quantity, metrics: list[Metric], s_start: int,
                              lang: str) -> tuple[str, int] | None:
    """The count a figure is compared with, right after it, in the year it names, and in the figure's measure: the
    figure's indicator and that year."""
    before = _figure_just_before_in_its_measure(folded, q, metrics, s_start) if lang == "zh" else None
    compared = _COMPARED_WITH_A_YEARS.fullmatch(folded, before.end, q.start) if before else None
    return (before.indicator, int(compared.group(1))) if compared else None


def _figure_just_before_in_its_measure(folded: str, q: Quantity, metrics: list[Metric], s_start: int) -> Metric | None:
    """The figure read last, where it is of `q`'s sentence, ends before `q` and in `q`'s measure word (the figure a bare
    count after it may be another year's of)."""
    before = _figure_ending_before(q.start, metrics, s_start)
    return before if before is not None and folded[before.end - len(q.unit): before.end] == q.unit else None


def _figure_ending_before(pos: int, metrics: list[Metric], since: int = 0) -> Metric | None:
    """The figure read last, where it starts at `since` or later and ends before `pos`."""
    before = metrics[-1] if metrics else None
    if before is None or None in (before.start, before.end) or before.start < since or before.end > pos:
        return None
    return before


# (the next year of a series, then its count: "，2020年")
_NEXT_YEARS_ITEM = re.compile(r"\s*[，,、；;]\s*((?:19|20)\d{2})\s*年度?\s*")


def _next_year_of_a_series_zh(folded: str, q: Quantity, metrics: list[Metric], s_start: int,
                              lang: str) -> tuple[str, int, int] | None:
    """A count right after the figure of another year, with only its own year between and the same measure: the
    figure's indicator, that year, and where the year starts."""
    before = _figure_just_before_in_its_measure(folded, q, metrics, s_start) if lang == "zh" else None
    series = _NEXT_YEARS_ITEM.fullmatch(folded, before.end, q.start) if before and before.year is not None else None
    return (before.indicator, int(series.group(1)), series.start(1)) if series else None


# a clause of its own after a figure, naming another year (or school year) and perhaps the same verb again, then a bare
# count that ends it: "; in 2023 they made 702", ", and in the 2023-2024 school year, 702"
_EN_AGAIN_IN_ANOTHER_YEAR = re.compile(
    r"\s*(?:;|,\s*(?:and|while|but)?|\s+(?:and|while|but))\s+(?P<time>in (?:the )?(?:19|20)\d{2}"
    r"(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?: school year)?),?\s+(?:(?:they|it|we|the branch|the members) (?P<verb>[a-z]+) )?$")
_EN_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|,\s*(?:and|while|but)\b|$)")


def _again_in_another_year_en(low: str, window: Window, q: Quantity, metrics: list[Metric], s_start: int, lang: str,
                              aside: bool) -> tuple[str, int] | None:
    """A bare count that ends a clause of its own, after a figure of the sentence, naming another year and perhaps the
    verb of the figure's again ("made 610 home visits; in 2023 they made 702"): the figure's indicator, and where the
    count's own time is said, where its evidence starts too."""
    if lang != "en" or aside or not _EN_CLAUSE_ENDS.match(low, q.end):
        return None
    before = _figure_ending_before(q.start, metrics, s_start)
    if before is None:
        return None
    again = _EN_AGAIN_IN_ANOTHER_YEAR.fullmatch(low, before.end, q.start)
    if again is None:
        return None
    verb = again.group("verb")
    if verb and not re.search(rf"\b{verb}\s+(?:[a-z-]+\s+){{0,3}}?$", low[s_start: before.start]):
        return None  # another verb: another doing ("…; in 2023 they planned 700")
    return before.indicator, again.start("time")


# the count of a figure in another year, in brackets right after it: "Home visits: 210 (2022: 180)"
_EN_ANOTHER_YEARS_COUNT = re.compile(r"\s*\(\s*(?P<time>(?:19|20)\d{2})\s*:\s*")


def _in_another_year_in_brackets_en(low: str, q: Quantity, metrics: list[Metric], s_start: int,
                                    lang: str) -> tuple[str, int] | None:
    """A count alone in brackets after a figure, a year and a colon before it: the figure's indicator, and where the year
    is said, where the count's evidence starts too."""
    if lang != "en" or not low.startswith(")", q.end):
        return None
    before = _figure_ending_before(q.start, metrics, s_start)
    bracket = _EN_ANOTHER_YEARS_COUNT.fullmatch(low, before.end, q.start) if before is not None else None
    return (before.indicator, bracket.start("time")) if bracket else None


# (or in a sentence of its own, right after the figure's, that opens with the other year and the same verb: "… have recorded
# 45 micro-lessons for village schools. Last year they recorded 30.")
_EN_AGAIN_THE_NEXT_SENTENCE = re.compile(r"[^.;!?\d]*[.!?]\s+(?P<time>last year|the year before|in (?:19|20)\d{2}),?\s+"
                                         r"(?:they|we|it|the (?:branch|committee|members)) (?P<verb>[a-z]+)\s+$")


def _again_the_next_sentence_en(low: str, q: Quantity, metrics: list[Metric], lang: str,
                                aside: bool) -> tuple[str, int] | None:
    """A bare count that ends a sentence opening with another year and the verb of the figure the sentence before ends
    with ("recorded 45 micro-lessons … . Last year they recorded 30."): the figure's indicator, and where the year is
    said."""
    if lang != "en" or aside or not _EN_CLAUSE_ENDS.match(low, q.end):
        return None
    before = _figure_ending_before(q.start, metrics)
    if before is None:
        return None
    again = _EN_AGAIN_THE_NEXT_SENTENCE.fullmatch(low, before.end, q.start)
    if again is None or not re.search(rf"\b{again.group('verb')}\s+(?:[a-z-]+\s+){{0,3}}?$",
                                      low[max(0, before.start - 60): before.start]):
        return None  # (the same verb as the figure's, or another doing: "… Last year they planned 30.")
    return before.indicator, again.start("time")


# after a total, the years it is made of, each with its count: "，其中2021年2名、2022年3名、2023年"
# (each year may say its verb again: "其中2023年发展2名")
_A_YEARS_PART = rf"{_A_YEARS_ITEM}(?:发展|吸收|接收|开展|举办|讲)?了?\s*"
_YEARLY_PARTS = re.compile(rf"\s*[，,]\s*(?:其中|分别为|分别是)[:：]?\s*(?:{_A_YEARS_PART}(?:\d+|[一二两三四五六七八九十百]+)\s*\S{{1,2}}?\s*[、，,]\s*)*"
                           rf"{_A_YEARS_PART}$")


# (and such a list, ended, with a clause after it that counts something else)
_YEARLY_PARTS_BEFORE = re.compile(rf"[，,]\s*(?:其中|分别为|分别是)[:：]?\s*(?:{_A_YEARS_PART}(?:\d+|[一二两三四五六七八九十百]+)\s*\S{{1,2}}?"
                                  rf"\s*[、，,]\s*)+{_A_YEARS_PART}(?:\d+|[一二两三四五六七八九十百]+)\s*\S{{1,2}}?\s*[；;，,][^；;，,]*$")


def _yearly_part_of(folded: str, window: Window, q: Quantity, metrics: list[Metric], s_start: int, lang: str,
                    aside: bool) -> Metric | None:
    """The total over several years a bare count is that year's part of ("近三年共发展党员9名，其中
    2021年2名、2022年3名、2023年4名", "…，分别为2021年2名、…"): a year's figure of the same thing, not a part to leave out."""
    if lang != "zh" or aside or window.right.strip() or not re.search(r"其中|分别为|分别是", folded[s_start: q.start]):
        return None
    for total in reversed(metrics):
        if None in (total.start, total.end) or total.start < s_start:
            return None
        if total.year is None and folded[total.end - len(q.unit): total.end] == q.unit:
            # the total is the figure the years follow; the years read before this one are its parts
            return total if _YEARLY_PARTS.fullmatch(folded, total.end, q.start) else None
    return None


def _year_start(folded: str, pos: int) -> int:
    """Where the year written right before `pos` starts ("2022年3名" from its 2022)."""
    m = re.search(rf"{_A_YEARS_PART}$", folded[max(0, pos - 14): pos])
    return pos - len(m.group(0)) if m else pos


# years listed before 分别, each the year of one of the counts that follow in turn:
# "2022年、2023年分别发展党员2名、3名", "2022年和2023年党员人数分别为40名、43名"
# or a span of years, each in turn: "2021年至2023年，党员人数分别为28人、29人、32人"
# (or said after 分别: "分别在2021年、2023年获评…2人、3人")
_YEARS_EACH = re.compile(r"(?:19|20)\d{2}\s*年?(?:\s*(?:、|和|及|与)\s*(?:19|20)\d{2}\s*年?)+(?:度)?[，,]?[^，,。；;\d]{0,12}?分别|"
                         r"分别(?:在|于)?\s*(?:19|20)\d{2}\s*年?(?:\s*(?:、|和|及|与)\s*(?:19|20)\d{2}\s*年?)+(?:度)?|"
                         r"(?P<first>(?:19|20)\d{2})\s*年?\s*(?:至|到|—|–|-|~)\s*(?P<last>(?:19|20)\d{2})\s*年(?:度)?"
                         r"[，,]?[^，,。；;\d]{0,12}?分别")


def _year_of_each(low: str, s_start: int, pos: int, indicator: str, metrics: list[Metric]) -> int | None:
    """The year of this count when the sentence lists years before 分别: the k-th count of the same
    indicator after them has the k-th year."""
    each = _YEARS_EACH.search(low, s_start, pos)
    if not each:
        return None
    if each.group("first"):
        first, last = int(each.group("first")), int(each.group("last"))
        years = list(range(first, last + 1)) if 0 < last - first < 10 else []
        # a span gives each year only when there is a count for each ("2019年至2021年…分别1名、2名" is not),
        # counted in the list after 分别 (not a clause after it: "…分别为25人、27人、30人，三年共发展党员5名")
        end = re.search(r"[。；;！？!?\n]", low[each.end():])
        listed, after = 0, each.end()
        for count in ZH_QUANTITY.finditer(low, each.end(), each.end() + end.start() if end else len(low)):
            if listed and not re.fullmatch(r"\s*(?:[、，,和及与]|以及)\s*", low[after: count.start()]):
                break
            listed, after = listed + 1, count.end()
        if listed != len(years) or pos >= after:
            return None
    else:
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", each.group(0))]
    k = sum(1 for m in metrics if m.indicator == indicator and m.end is not None and m.end > each.end())
    return years[k] if k < len(years) else None


def _year_of_each_en(low: str, s_start: int, pos: int, indicator: str, metrics: list[Metric]) -> int | None:
    """The year of this count when the sentence lists years and then the counts of each ("In 2021 and 2022 the
    branch admitted 2 and 4 new members"): the k-th count of the same indicator after them has the k-th year."""
    each = _EN_YEARS_EACH.search(low, s_start, pos)
    counted_from = each.end() if each else s_start
    if not each:
        # (or after them, said to be respectively: "admitted 3 and 5 new members in 2021 and 2022 respectively")
        sentence_end = re.search(r"[.;!?\n]|$", low[pos:]).start() + pos
        each = _EN_YEARS_EACH.search(low, pos, sentence_end)
        each = each if each and "respectively" in low[pos: sentence_end] else None
    number_end = re.match(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+", low[pos:])  # (not the comma of a list after it: "1, 2 and 2")
    in_a_list = bool(number_end and _EN_PAIRED_COUNT_RIGHT.match(low[pos + number_end.end(): pos + 80])) or \
        bool(_EN_PAIRED_COUNT_LEFT.search(low, s_start, pos))
    if not each or not in_a_list:
        return None  # ("In 2021 and 2022 the branch held 24 party lectures": one count of both years)
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", each.group(1))]
    k = sum(1 for m in metrics if m.indicator == indicator and m.end is not None and m.end > counted_from)
    return years[k] if k < len(years) else None


_OPENS_WITH_PART = re.compile(r"\s*其中")
# (the part may be what something was done for: "为86名学生送去棉衣，并为其中12名特困学生申请了补助")
_ANOTHER_COUNT_BETWEEN = re.compile(r"\d+\s*[名人位个次项]|\d+ (?:[a-z-]+ )?(?:teachers|members|people|pupils|students)\b")
_PART_OF = {"zh": re.compile(r"[,，;；]\s*(?:并|还|又|同时)?(?:为|对|给|向)?\s*(?:其中|内含)"),
            "en": re.compile(r"[,;(]\s*(?:of (?:which|these|them)|including|among them)\b")}


def _in_the_note_of_its_row(low: str, figure: Metric, pos: int) -> bool:
    """Whether `pos` is in the cell after a figure's, on a table's row ("| 党课 | 6次 | 书记讲党课2次 |": a note on the 6)."""
    row_start = low.rfind("\n", 0, figure.start) + 1
    return low[row_start: figure.start].lstrip().startswith(("|", "｜")) and \
        re.fullmatch(r"[^\n|｜]*[|｜]?[^\n|｜]*", low[figure.end: pos]) is not None


def _part_of_the_one_before(low: str, pos: int, indicator: str, metrics: list[Metric], s_start: int,
                            lang: str) -> bool:
    """"上党课6次，其中书记讲党课2次", "…12次，其中线上3次，线下9次": a count of the same thing just
    counted, after a clause that opens with 其中, is a part of that figure and no figure of its own."""
    before = _figure_ending_before(pos, metrics, s_start)
    # (not where another count, no figure, stands between, whose part it is: "…其中党员2名；表彰“优秀班主任”9名，其中党员4名")
    part = _PART_OF[lang].search(low, before.end, pos) if before is not None else None
    if before is not None and before.indicator == indicator and \
            ((part and not _ANOTHER_COUNT_BETWEEN.search(low, before.end, part.start())) or
             _in_the_note_of_its_row(low, before, pos)):
        return True
    # (or a sentence that opens with 其中, of a figure of its paragraph's sentence before: "…讲党课5次，开展主题党日15次。
    # 其中，第一党支部讲党课2次"; or some "of them", 其中, counted in a sentence after the figure: "为12名困境儿童送去礼包。
    # 支部党员又与其中6名孩子结对")
    if lang != "zh" or not (_OPENS_WITH_PART.match(low, s_start) or low.startswith("其中", max(s_start, pos - 2))):
        return False
    paragraph_start = low.rfind("\n", 0, s_start) + 1
    if not low[paragraph_start: s_start].strip():
        # (a paragraph that opens with 其中 breaks down the paragraph before: "…服务群众2300余人次。\n其中，…400余人次")
        paragraph_start = low.rfind("\n", 0, max(0, paragraph_start - 1)) + 1
    return any(
        m.indicator == indicator and m.start is not None and paragraph_start <= m.start < s_start for m in metrics)


# the words of a total, and a total after its parts ("…，共计12次", "…, 12 in all")
_TOTAL_WORDS_ZH = "共计|合计|总计|一共|共"
_TOTAL_AFTER_PARTS = {"zh": re.compile(rf"[，,；;]\s*(?:{_TOTAL_WORDS_ZH})$"),
                      "en": re.compile(r"[,;]\s*(?:(?:a total of|in total|in all|altogether),?\s*)$")}


def _total_of_several_kinds(q: Quantity, earlier: list[Quantity], metrics: list[Metric], s_start: int) -> bool:
    """Whether a total said after the counts of its sentence (of its measure word) adds them up, and they are
    not all figures of one indicator ("召开支委会12次、党员大会4次，开展主题党日12次，讲党课4次，共计32次")."""
    in_sentence = itertools.takewhile(lambda p: p.start >= s_start, reversed(earlier))
    parts = [p for p in in_sentence if p.unit == q.unit and not p.article]
    if len(parts) < 2 or sum(p.value for p in parts) != q.value:
        return False
    # (the figures read from those counts: not one of another measure word, "下设3个党支部，党员人数分别为15人、12人、9人，共计36人")
    # (a figure's own count among them: not one whose evidence only runs over them, "2个党小组分别开展主题党日5次、6次")
    figures = [m for m in metrics if m.start is not None and m.start >= s_start and
               any(m.start <= p.start < m.end and m.value == p.value for p in parts)]
    # (parts none of which is a figure are a label's: "党员人数：男9人，女14人，合计23人")
    return bool(figures) and (len({m.indicator for m in figures}) > 1 or len(figures) != len(parts))


# kinds of meeting or event listed, then one count of them all: "召开支部党员大会、支委会、党小组会和上党课共计52次"
_KIND_OF_EVENT = re.compile(r"党员大会|支委会|党小组会|党课|主题党日|组织生活会|民主生活会|集中学习|专题学习|志愿服务")
_TOTAL_WORD_BEFORE = re.compile(rf"(?:{_TOTAL_WORDS_ZH}|累计)\s*$")
_LIST_MARK = re.compile(r"[、和及与]")


def _kinds_listed_then_totalled(low: str, clause_start: int, pos: int) -> bool:
    """Whether the clause before a count lists two kinds of event or more and counts them together (a total of
    several kinds: no one indicator's). At most 80 characters before the count are looked at."""
    if not _TOTAL_WORD_BEFORE.search(low, max(clause_start, pos - 4), pos):
        return False
    clause_start = max(clause_start, pos - 80)
    kinds = {m.group(0) for m in _KIND_OF_EVENT.finditer(low, clause_start, pos)}
    return len(kinds) > 1 and bool(_LIST_MARK.search(low, clause_start, pos))


def _total_of_its_parts(window: Window, q: Quantity, metrics: list[Metric], s_start: int) -> tuple[str, int] | None:
    """What a bare total said after its parts counts ("held 5 and 6 study meetings respectively, a total of 11"): theirs,
    where the figures just before it in its sentence add up to it; and where the first of them starts."""
    if not metrics or not _EN_NOTHING_AFTER.match(window.right) or window.right.startswith(","):
        return None
    parts = _parts_of_the_total(dataclasses.replace(metrics[-1], value=q.value, cadence=None), metrics, s_start)
    return (metrics[-1].indicator, metrics[-parts].start) if parts else None


def _parts_of_the_total(metric: Metric, metrics: list[Metric], s_start: int) -> int:
    """How many figures just before, in the sentence and of the same indicator, a total said after them
    adds up ("书记讲党课2次，支委讲党课2次，党员讲微党课8次，共计12次"): they are its parts. 0 where they do
    not add up to it."""
    total, count = 0.0, 0
    for before in reversed(metrics):
        if before.indicator != metric.indicator or before.start is None or before.start < s_start or \
                before.cadence or metric.cadence:
            break
        total, count = total + before.value, count + 1
    return count if count > 1 and total == metric.value else 0


def _each_ones_before_the_total(metric: Metric, metrics: list[Metric], s_start: int) -> bool:
    """Whether the figure just before, in the sentence and of the same indicator, is what each of several did, the total
    said next in a clause of its own ("支部书记、委员分别讲党课1次，共讲党课4次")."""
    if not metrics:
        return False
    before = metrics[-1]
    return before.indicator == metric.indicator and before.start is not None and before.start >= s_start and \
        "分别" in (before.evidence or "") and before.value < metric.value and \
        (metric.evidence or "").startswith(("共", "合计"))


def _has_before(left: str, lang: str) -> bool:
    found = lexicon(lang).last_frame("exist", left)
    return found is not None and not left[found.end():].strip()


def _read_people(low: str, seg: Segmenter, q: Quantity, floor: int, lang: str) -> people.Reading | None:
    s_start, s_end = seg.sentence_span(q.start)
    clause_start = max(seg.clause_start(q.start), s_start)
    previous = low[max(0, s_start - 300): s_start]  # what the report said just before: its event, its topic
    if lang == "zh":
        if q.unit not in people.PEOPLE_UNITS_ZH | people.HOUSEHOLD_UNITS_ZH:
            return None
        return people.read_zh(low, q.start, q.end, q.unit, clause_start, (s_start, s_end), previous, floor,
                              _following_zh(low, seg, s_end))
    return None  # English counts of people are read by the rules of rules_en.py


def _people_span(text: str, seg: Segmenter, q: Quantity, reading: people.Reading, left_start: int,
                 lang: str) -> tuple[int, int]:
    """From the frame word or subject before the count to the end of the counted phrase."""
    start = min(reading.np_start, q.start)
    clause = max(seg.clause_start(q.start), seg.sentence_span(q.start)[0])
    start = _word_start(text, max(min(start, max(left_start, clause)), q.start - 30), q.start)
    if lang == "zh" and reading.np_start >= q.start:
        # a count before its noun, in a list ("9名退休老党员、5名困难教职工"): from the list mark on
        # (not after a list of names it counts: "戴某、王某两位老师")
        mark = max(text.rfind(m, start, q.start) for m in ("、", "和", "及"))
        if mark >= 0 and not text[mark + 1: q.start].strip():
            start = mark + 1
        elif listed := _AFTER_A_LISTED_COUNT.search(text, max(clause, start - 8), q.start):
            start = listed.end()  # "王某等15名优秀党员、李某等4名…": the item before the mark has its own count
    elif lang == "zh" and (listed := _AFTER_A_COUNTED_ITEM.search(text, max(clause, start - 8), reading.np_start)):
        start = listed.end()  # "现有3个党支部、党员64名": the item before the mark is a figure of its own
    while start < q.start and text[start] in " \u3000、，,；;：:“”\"\n\t）)":
        start += 1
    if lang == "zh" and (start == 0 or text[start - 1] == "\n") and (number := _HEADING_NUMBER.match(text, start, q.start)):
        start = number.end()  # "二、优秀共产党员（10名）": from the heading's words, not its number
    end = max(reading.np_end, q.end)
    _, s_end = seg.sentence_span(q.start)
    if lang == "zh" and _COUNT_IN_BRACKETS.search(text, max(0, q.start - 4), q.start):
        s_end = min(s_end, q.end + (text[q.end: q.end + 1] in "）)"))  # "全体党员（共27人）": it ends with its bracket
    limit = min(s_end, end + (16 if lang == "zh" else 50))
    # after a noun that precedes its count ("正式党员20人、预备党员3人") a list mark ends the figure too
    # (and so does a space, on a form's line: "正式党员 39人　预备党员 3人")
    stops = "，,。；;！？!?\n" + ("、（( \u3000" if reading.np_end <= q.end else "")
    stop = re.compile(f"[{stops}]" if lang == "zh" else r"[,;.!?\n]").search(text, end, limit)
    if lang == "zh" and (joined := _NEXT_ITEM.search(text, end, stop.start() if stop else limit)):
        stop = joined  # "3名老党员和2名困难党员": the next item, with its own count
    end = stop.start() if stop else _word_end(text, limit, q.end)
    if reading.frame == people.PAIRED_ONE_TO_ONE and (paired := people.MENTORS_PAIRED.match(text, q.start)):
        end = paired.end()  # the pairs are told by the pairing: "6名骨干教师与6名新教师结成师徒对子"
    while end > q.end and (text[end - 1] in " \u3000\t" or _unopened_close(text, start, end)):
        end -= 1  # "(including 4 probationary members)": the bracket closes what the evidence does not open
    return start, end


# (not "6 of whom joined …", the count's own partitive)
_EN_RELATIVE = re.compile(r"(?<!\bof )\b(?:who|whom|that|which|whose)\b")
_EN_JOINED = re.compile(r"(?:,\s*(?:and|but|while)?|\b(?:and|but|while)\b|\()\s*", re.I)
# (the next item may name its people first: "王某等15名优秀党员、李某等4名优秀党务工作者")
_NEXT_ITEM = re.compile(rf"[、和及与](?=\s*(?:[^\d、，,。；;]{{1,6}}等)?[\d一二两三四五六七八九十百千]*{COUNT_END})")
# a counted item, then a list mark: what follows the mark is another item ("3个党支部、党员64名")
_HEADING_NUMBER = re.compile(people.HEADING_NUMBER)
_AFTER_A_COUNTED_ITEM = re.compile(rf"{COUNT_END}[^、和及与\d，,。]{{1,8}}[、和及与]\s*")
# (before a count of its own, only the list mark: 和 and 与 also mean "with")
_AFTER_A_LISTED_COUNT = re.compile(rf"{COUNT_END}[^、\d，,。]{{1,8}}、\s*")


_PARTY_WORK = re.compile(r"党|支部|志愿|帮扶|慰问|结对|家访|送教|表彰|先锋|party|volunteer|mentor|comrade", re.I)
_REVIEW_UNITS_ZH = frozenset({"人", "名", "位", "个人", "人次", "次", "场", "场次", "回", "节", "堂", "课时", "对", "户", "小时", "讲"})
_NOT_REVIEW = {"per-person norm", "one person described", "a part of a total named before", "a phrase that refers back", "enrolment or staff",
               "recommended for a post", "recommended for a course", "group size", "people surveyed", "people who did not",
               "prizes of people not said to be members", "a whole grade's pupils", "pupils whose kin are meant",
               "the school's members at a joint event", "people who handed something in",
               "members sent to teach at a paired school", "a count of each session"}
# an English number is worth a look only when it counts something party work counts
_EN_COUNTABLE = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:party members?|members|teachers|people|persons|students|pupils|children|volunteers?|"
    r"activists|applicants|comrades|cadres|families|households|activities|sessions|lectures|meetings|classes|lessons|"
    r"times|pairs|hours|branches|groups|visits)\b")


def _worth_review(low: str, q: Quantity, s_start: int, s_end: int, lang: str, reading) -> bool:
    """A number an analyst should see: a count with a measure word, in a sentence about party work."""
    if reading is not None and reading.frame in _NOT_REVIEW:
        return False
    if lang == "zh" and (q.unit not in _REVIEW_UNITS_ZH or low[q.start: q.end].startswith("一")):
        return False  # "一次生动实践", "齐聚一堂": 一 is an article there, far more often than a count
    if lang == "en" and not _EN_COUNTABLE.match(low, q.end):
        return False
    return bool(_PARTY_WORK.search(low, s_start, s_end))


def _candidate(text: str, low: str, seg: Segmenter, q: Quantity, doc_time: DocTime, lang: str,
               sentence_marks: dict, reading, reason: str | None = None) -> Candidate:
    s_start, s_end = seg.sentence_span(q.start)
    if s_start not in sentence_marks:
        sentence_marks[s_start] = time_marks(low[s_start:s_end], lang)
    time = time_of(low[s_start: q.start], doc_time, q.start, lang, sentence_marks[s_start])
    clause = _word_start(text, max(seg.clause_start(q.start), s_start, q.start - 24), q.start)
    stop = re.compile(r"[，,。；;！？!?\n]" if lang == "zh" else r"[,;.!?\n]").search(text, q.end, min(s_end, q.end + 24))
    end = stop.start() if stop else _word_end(text, min(s_end, q.end + 24), q.end)
    while clause < q.start and text[clause] in " \u3000\n\t":
        clause += 1
    return Candidate(value=q.value, qualifier=q.qualifier, unit=q.unit, year=time.year, start=clause, end=end,
                     evidence=text[clause:end], reason=reason or (reading.frame if reading else "no rule"))


def extract_file(path: str | Path, data: bytes | None = None) -> Extraction:
    """Read and extract one report file; raises etl.reading.ReadError for an unreadable file."""
    report = read_report(path, data)
    try:
        extraction = extract_text(Path(path).name, report.text,
                                  title_hint=report.title if report.kind == "docx" else None,
                                  published_hint=report.published)
        limits.check_report_figures(report.name, len(extraction.metrics) + len(extraction.awards)
                                    + len(extraction.candidates))
    except limits.LimitExceeded as error:
        raise ReadError(str(error), error.zh) from error
    return extraction
