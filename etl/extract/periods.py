"""When a figure holds: an explicit year, a span, a period ending at publication, or a rate.

`time_of(sentence_before, doc_time)` reads the period words closest before a figure in its sentence.
The year rule: an explicit year wins; a span or "N年来" gives a period and no single year; "全年",
"今年", "目前", "现有" take the document's current year (the plan's or summary's own year, else the
publication year); with no period words at all a figure takes the current year too.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from dataclasses import dataclass, field

from etl.extract.text import EN_MONTH_NUMBERS, EN_MONTHS
from etl.numbers import parse_chinese_number, parse_english_number

# the words of the year a text is written in ("this year"), which a speech's aims are of
# the term the page is written in: "本学期", "this semester"
_THIS_TERM = re.compile(r"(?:本|新)学期(?:以来)?|this (?:semester|term)", re.I)
_THIS_YEAR = re.compile(r"this year|今年|本年度?", re.I)


@dataclass
class DocTime:
    current_year: int | None = None  # the year the document speaks of (plan/summary year, else published)
    published_year: int | None = None
    plan_year: int | None = None  # a work plan's or summary's own year (rates take it)
    year_mentions: list[tuple[int, int]] = field(default_factory=list)  # (position, year), for 同年
    published_month: int | None = None
    # a half of a year named with its year ("2023年上半年"), which the half named alone later is ("上半年，…")
    halves_named: dict[str, int] = field(default_factory=dict)
    # the year a school year the title names ends in ("2022—2023学年工作总结": 2023), which its end is of
    school_year_end: int | None = None
    # the year a speech looks ahead to, after the past year it reviews ("this year we will …"), where that is not the
    # year it speaks of
    ahead_year: int | None = None

    def month_is_past(self, month: int) -> bool:
        """Whether a month named alone ("7月", "in July") is of the text's own year: the text is dated in that month or
        later of its year (a later month may be the year before's, or a plan's)."""
        return self.published_month is not None and month <= self.published_month

    def year_before(self, position: int) -> int | None:
        years = [y for pos, y in self.year_mentions if pos < position]
        return years[-1] if years else None


@dataclass
class TimeInfo:
    label: str | None = None
    year: int | None = None
    start: int | None = None
    end: int | None = None
    kind: str = "none"  # explicit | span | period | current | none


def one_year(year: int, label: str | None = None) -> TimeInfo:
    """The time of a figure of one whole year, named or read from around it."""
    return TimeInfo(label, year, year, year, "explicit")


CADENCE_ZH = {
    "周": "week", "星期": "week", "月": "month", "季度": "quarter", "季": "quarter", "学期": "term", "期": "term",
    "学年": "year", "年": "year", "半年": "half_year", "天": "day", "日": "day",
}
# (每个年级 is each grade; a slash says it in a table or a plan's list: "1次/月")
RATE_ZH = re.compile(r"(?:每(?:个)?|[/／])(半年|学期|学年|季度|星期|周|月|季|期|年(?!级)|天|日)")
CADENCE_EN = {
    "week": "week", "month": "month", "quarter": "quarter", "semester": "term", "term": "term",
    "academic year": "year", "school year": "year", "year": "year", "six months": "half_year",
    "half year": "half_year", "half a year": "half_year", "day": "day",
}
RATE_EN = re.compile(
    # (not a length of time: "for a month", "in a week", "after a year on probation", "more than a year")
    r"\b(?:every|each|per|(?<!\bfor )(?<!\bin )(?<!\bwithin )(?<!\bover )(?<!\bafter )(?<!\bthan )(?<!\babout )"
    r"(?<!\bnearly )(?<!\balmost )a)\s+(six months|half(?: a)? year|academic year|"
    r"school year|semester|term|quarter|"
    # (not a span of time before or after something: "a year later", "a month ago")
    r"month|week|year|day)\b(?!\s+(?:later|ago|earlier|before|after|afterwards)\b)|"
    r"\b(weekly|monthly|quarterly|annually|yearly|daily)\b"
)
_EN_ADVERBS = {"weekly": "week", "monthly": "month", "quarterly": "quarter", "annually": "year",
               "yearly": "year", "daily": "day"}


def _near_zh(pattern: re.Pattern, left: str, right: str) -> re.Match | None:
    """A rate phrase ending at most 8 characters before the count, else starting right after it (not one whose own count
    follows it: in "每两周一次走进3名儿童家中", 一次 is the rate's, the 3 children are none)."""
    found = list(pattern.finditer(left))
    if found and len(left) - found[-1].end() <= 8 and not _RATES_OWN_COUNT.match(left, found[-1].end()):
        return found[-1]
    return pattern.match(right)


_RATES_OWN_COUNT = re.compile(r"\s*(?:[一两二三四五六七八九十]|\d{1,2})\s*(?:次|回|场|节)")


def _near_en(pattern: re.Pattern, right: str, left: str) -> re.Match | None:
    """A rate phrase after the count within its clause, else in the 50 characters before it (its
    clause: "every quarter the secretary gives a party lecture")."""
    clause = re.split(r"[,;]", right, maxsplit=1)[0]
    for text, after_count in ((clause, True), (left[-50:], False)):
        for m in pattern.finditer(text):
            # (a rate right before "and" ends the item before: "a theme party day each month and a party lecture in June", "tutored
            # pupils each week and paid 120 visits")
            if not after_count and _ENDS_AN_ITEM.fullmatch(text, m.end()):
                continue
            # (nor a rate of one said after the count, which is the total: "Theme Party days: 10 — one in each month")
            if after_count and _ONE_AT_THE_RATE.search(text, 0, m.start()):
                continue
            if not _describes_another_noun(m, text, after_count):
                return m
    return None


# (or the verb phrase it ended: "tutored 35 pupils each week and paid 120 visits")
_ENDS_AN_ITEM = re.compile(r"\s*,?\s*and(?:\s+(?:also\s+)?[a-z]+)?\s*")
_ONE_AT_THE_RATE = re.compile(r"\b(?:one|once)(?:\s+(?:in|for))?\s*$")


def _describes_another_noun(m: re.Match, text: str, after_count: bool) -> bool:
    """"daily necessities", "the monthly meeting": a rate adjective before a noun describes that noun
    and gives the count no rate, unless it stands right after the count ("a monthly theme party day")."""
    adverb = m.re is RATE_EN and m.group(2)
    return bool(adverb) and not (after_count and m.start() == 0) and bool(_ADJECTIVE.match(text, m.end()))


_ADJECTIVE = re.compile(r"\s+(?!(?:at|in|on|for|with|and|or|to|during|throughout|from|by|basis|as|the|a|an|since|"
                        r"until|before|after|through|over|across)\b)[a-z]")


def cadence_zh(left: str, right: str, clause: str = "") -> tuple[str | None, str | None]:
    """('month', '每月') when a rate word sits at the end of the left window or starts the right one,
    or opens the count's clause ("每年组织党员开展志愿服务活动10余次", no total said between)."""
    m = _near_zh(RATE_ZH, left, right)
    if m is None and (opens := _RATE_OPENS.match(clause)):
        m = RATE_ZH.match(opens.group("rate"))
    return (CADENCE_ZH[m.group(1)], m.group(0)) if m else (None, None)


# (after the clause's subject, a few characters: "支部每月组织…")
_RATE_OPENS = re.compile(rf"\s*[\u4e00-\u9fff]{{0,6}}?(?:坚持|保持|做到|确保)?(?P<rate>{RATE_ZH.pattern})(?![^，,。；;]*(?:累计|共计|总计|合计|一共|共))(?=[^，,。；;]*$)")


# A rate over several periods ("每两个月一次", "every two months"): no cadence of the catalog states it,
# and the count is no total either.
_SEVERAL_ZH = re.compile(r"每(?:隔)?[两二三四五六七八九十\d]+个?(?:半年|学期|学年|季度|星期|周|月|季|年|天|日)")
_SEVERAL_EN = re.compile(r"\b(?:every|each) (?:other|two|three|four|five|\d+) (?:days?|weeks?|months?|terms?|semesters?|"
                         r"years?)\b")


def per_several_periods(lang: str, left: str, right: str) -> bool:
    """Whether the count next to `left` and `right` is stated per several periods."""
    near = _near_zh(_SEVERAL_ZH, left, right) if lang == "zh" else _near_en(_SEVERAL_EN, right, left)
    return near is not None


# a clause joined to the one before: ", and …", "; …"
_EN_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s|;\s")


def cadence_en(right: str, left: str = "", sentence: str = "") -> tuple[str | None, str | None]:
    """The rate a count is stated at: after it within its clause ("12 lectures a year, and each term …"
    is a year's), else just before it in its clause, else the rate its sentence opens with ("every
    month, the branch holds one …")."""
    m = _near_en(RATE_EN, right, left)
    opening = sentence.lstrip()
    if m is None and (m := RATE_EN.match(opening)) is not None:
        # (not past a clause of its own that says its own time: "Every month the branch holds a theme day, and this
        # spring members have made 9 visits to the ward")
        later = _EN_NEXT_CLAUSE.search(opening, m.end())
        if later is not None and time_marks(opening[later.end():], "en"):
            m = None
    if m is None:
        return None, None
    if m.group(1):
        return CADENCE_EN[m.group(1)], m.group(0)
    return _EN_ADVERBS[m.group(2)], m.group(0)


# the verbs of founding a school or its party organization, said before the year with 于 ("成立于2005年") or
# after it ("2005年成立", "1956年建校"); after a year, 建立 and 始建 are left out: "2022年建立志愿服务队" dates
# what was set up that year and the figures with it
FOUNDED_BEFORE = ("成立", "创建", "始建", "创办", "组建", "建立")
FOUNDED_AFTER = ("成立", "创建", "创办", "组建", "建校", "建园")
# as pattern pieces: not right after "成立于" and the like (a lookbehind), and the verbs said after a year
NOT_AFTER_FOUNDED_IN = rf"(?<!{'|'.join(verb + '于' for verb in FOUNDED_BEFORE)})"
FOUNDED_AFTER_YEAR = "|".join(FOUNDED_AFTER)


# the words for the whole of a year or a part of it, which take the year named before them
# (in English, the one such word the current time's words hold: "during the year" is read as the year named before)
OF_THE_YEAR = re.compile(r"全年|年内|当年|(?:\d{4}\s*年(?:度)?(?:的)?)?(?:(?:上|下)半年|(?:第)?[一二三四1-4]季度)|"
                         r"throughout the year\b")
_N = r"(\d+|[一二两三四五六七八九十几]+)"
# the words for a school year's first term ("第一学期", "上学期"); its other term is the second
_FIRST_TERM = ("第一", "上")
_FIRST_TERM_EN = ("first", "autumn", "fall")  # (a school year starts in the autumn)


def term_year(text: str) -> int | None:
    """The year of the one term of a school year that `text` names ("2022—2023学年第二学期" is of 2023, "2023学年
    第一学期" of 2023), else None."""
    patterns = dict(ZH_PATTERNS)
    m = patterns["span"].search(text)
    if m and m.group(3) and int(m.group(2)) == int(m.group(1)) + 1:
        return int(m.group(1) if m.group(3) in _FIRST_TERM else m.group(2))
    m = patterns["school_year"].search(text)
    if m and m.group(2):
        return int(m.group(1)) + (0 if m.group(2) in _FIRST_TERM else 1)
    m = dict(EN_PATTERNS)["school_term"].search(text.lower())  # ("First Semester of the 2023-2024 School Year")
    if m:
        return int(m.group(2)) + (0 if m.group(1) in _FIRST_TERM_EN else 1)
    return None
# (a pattern whose matches can start with a few characters only opens with a lookahead of them: a long sentence is
# scanned once by each pattern, and at most of its places none can start)
ZH_PATTERNS: list[tuple[str, re.Pattern]] = [
    # (in Chinese: "学年末，支部共有党员47名")
    ("school_year_end", re.compile(r"(?<!\d)(?<!\d\s)学年(?:末|底|结束时)")),
    # "2021年至2023年", "2022-2023学年" (a school year: two calendar years), "2020年11月—2023年11月" (a term of office)
    ("span", re.compile(r"(?=\d)(\d{4})\s*年?(?:\s*\d{1,2}\s*月份?)?\s*(?:—|–|-|~|至|到)\s*(\d{4})\s*(?:学)?年(?:度)?"
                        r"(?:\s*\d{1,2}\s*月份?)?(?:(第一|上|第二|下)学期)?")),
    # "2023学年": the school year that starts in 2023 (two calendar years), or a term of it
    ("school_year", re.compile(r"(?=\d)(?<!\d)(\d{4})\s*学年(?:度)?(?:(第一|上|第二|下)学期)?")),
    # "2023年秋学期以来": since a term of one school year, which names that year
    ("since_term", re.compile(r"(?=[自从\d])(?:自|从)?(\d{4})\s*年(?:度)?(?:的)?(?:秋季?|春季?|上半年|下半年|暑期|寒假|暑假)(?:学期)?(?:开学)?"
                              r"(?:以来|至今)")),
    ("since", re.compile(r"(?=[自从\d])(?:(?:自|从)?(\d{4})\s*年(?:\d{1,2}月)?(?:份)?(?:以来|至今)|"
                         # (or its start said with 起: "自2018年起每年举办…，已累计培训…", or 起 alone: "2019年起，她牵头…")
                         r"(?:自|从)?(\d{4})\s*年(?:\d{1,2}月)?(?:份)?(?:起|开始)(?![草来身步飞]))")),
    # "6月以来": since a month of the page's own year (when the page is dated later in that year; or a day of it: "7月10日以来")
    ("month_since", re.compile(r"(?=[自从\d])(?<![\d年])(?:自|从)?(\d{1,2})\s*月(?:份|\s*\d{1,2}\s*日)?(?:以来|至今)")),
    # (a few years with their total: "五年共发展党员9名", "三年间", "过去三年"; not a year's own number, "2023年共…")
    ("period", re.compile(rf"(?=[近最这过\d一二两三四五六七八九十几])(?:(?:近|最近|这|过去(?:的)?){_N}(?:个)?(?:学)?年(?:来|以来|中|里|间)?|{_N}(?:多|余)?(?:个)?(?:学)?年(?:来|以来)|"
                          rf"(?<!\d)(\d{{1,2}}|[一二两三四五六七八九十几]+)(?:个)?(?:学)?年(?:间|内)?(?=共|累计|合计|总共|一共)|"
                          rf"(?<!\d)(\d{{1,2}}|[一二两三四五六七八九十几]+)(?:个)?(?:学)?年间|"
                          # (or bare before what was done in them, as a headline says it: "三年发展党员15名")
                          rf"(?<![\d第])(\d{{1,2}}|[一二两三四五六七八九十几]+)(?:个)?年(?=(?:来)?(?:累计|共)?(?:发展|培养|吸收|结对|帮扶|"
                          rf"走访|开展|组织|举办|讲授)))")),
    # (or the years something has been kept up: "该项目已坚持8年，累计结对96对")
    ("period", re.compile(rf"(?=[已坚开实持])(?:已经?)?(?:坚持|开展|实施|持续|运行)(?:了)?{_N}(?:多|余)?(?:个)?(?:学)?年(?!度|级)")),
    # (or a committee's term of office: "上届支部任期内共发展党员3名", several years)
    ("period", re.compile(r"近年来|近几年|多年来|历年来|这些年|长期以来|一直以来|历年|建校以来|成立以来|"
                          r"建党以来|创建以来|以来|任期内|任期中|任期期间|任职期间|任内")),
    # "one after another": many occasions, but no period of its own when the sentence names one
    ("vague", re.compile(r"先后|陆续|相继")),
    ("last_year", re.compile(r"去年|上一年|上年度|上学年|上年(?=的|底|末|同期)")),
    # (and the year after the document's, which its plans name: "明年计划发展党员2名")
    ("next_year", re.compile(r"明年|来年|下一年度?|下年度")),
    # "上学期": the term before the page's, of the year before when the page is of a spring term
    ("last_term", re.compile(r"上学期|上个学期|上一学期")),
    # (or the weeks or months up to the page, of its year: "一个月来", "两周以来", "连日来")
    ("current", re.compile(r"(?<![\d年])(?:[一两三四五六七八九十半几数]|\d{1,2})(?:个)?多?(?:月|周|星期)(?:来|以来)|连日来|今年以来|本年以来|年初以来|本学期以来|新学期以来|开学以来|开春以来|入夏以来|入秋以来|入冬以来|暑期以来|暑假以来|寒假以来|假期以来|全年|本年度|今年|年内|本年|本学年|本学期|本季度|截至目前|截止目前|到目前为止|截至|截止|"
                           # (or now, as against the past the text tells of: "如今，学校党总支共有党员56名")
                           r"目前|至今(?!年)|现有|现下设|现共有|当前|现在|如今")),
    ("same_year", re.compile(r"同年|当年")),
    # "2024年上半年", "第三季度": a part of a year, of the year named with it or before it
    ("part_of_year", re.compile(r"(?=[\d上下第一二三四])(?:(\d{4})\s*年(?:度)?(?:的)?)?((?:上|下)半年|(?:第)?[一二三四1-4]季度)")),
    ("explicit", re.compile(r"(?=\d)(?:(\d{4})\s*(?:年度|年)(?!\s*(?:至|到|以来|—|–|-|~))|(\d{4})(?=\s+\d{1,2}月))")),
    # a time a figure is compared with: no time of the figures after it ("…42名，比2022年底增加3名；入党积极分子5名"; but the
    # time of the earlier count said with it: "较2020年底的32名增加了6名")
    # (or last year, named by its place: "较去年同期增长20%，…")
    ("compared", re.compile(r"(?:比|较|同比|相比)\s*(?:(\d{4})\s*年(?:度)?|(?:去年|上年|上一年)(?:同期|度)?)"
                            r"(?![底末初]?(?:的|\s*\d))(?:底|末|初)?")),
    # (the earlier count said with its year, which is that count's time only: "较2023年的25次有所增加；参与党员260人次" —
    # the figures after it are of no year it names)
    ("compared_count", re.compile(r"(?:比|较|相比)\s*\d{4}\s*年(?:度)?(?:底|末|初)?的\s*\d+\s*[^\d，,。；;]{0,8}")),
    # when the school or its organization was founded: no time of the figures after it ("成立于2005年，下设3个支部")
    ("founded", re.compile(rf"(?:{'|'.join(FOUNDED_BEFORE)})于\s*(\d{{4}})\s*年|(\d{{4}})\s*年(?:{FOUNDED_AFTER_YEAR})"
                           r"(?!以来)")),
]
# a season of a year, or its holidays or term: "in the summer of 2022"
EN_SEASON_OF = r"the (?:spring|summer|autumn|fall|winter)(?: (?:holidays?|vacation|term|semester))? of\s+"
# a holiday named, then the year it is of: "the May Day holiday of 2023"
EN_HOLIDAY_OF = r"the [a-z' -]{2,30}? (?:festival|holidays?|vacation|break|week) (?:of|in) "
# the words that open an honour's title, where the year it is of follows ("outstanding volunteers of 2022")
_HONOURS_TITLE = r"(?:outstanding|excellent|advanced|model|exemplary)"
# an event, of a year named after it ("the branch's fourth Party lecture of 2022")
_EVENT = r"(?:lectures?|days?|sessions?|meetings?|activit(?:y|ies)|events?|visits?|trips?|outings?|class(?:es)?)"
EN_PATTERNS: list[tuple[str, re.Pattern]] = [
    # the end of the school year a text is of: "At the end of the school year the branch counted 39 members"
    ("school_year_end", re.compile(r"\b(?:at|by) the end of the (?:school|academic) year\b")),
    # a term of a school year: "the first semester of the 2023-2024 school year" is of 2023, its second of 2024
    ("school_term", re.compile(r"\b(first|second|autumn|fall|spring) (?:semester|term) of (?:the )?(\d{4})\s*[-–—/]\s*\d{4} "
                               r"(?:school|academic) year\b")),
    # (or years listed: "In 2021 and 2022 the branch held 24 party lectures" is one count of both)
    ("span", re.compile(r"\bfrom (\d{4}) to (\d{4})\b|\b(\d{4})\s*(?:-|–|—|to)\s*(\d{4})\b|"
                        r"\b(?:in|during) ((?:19|20)\d{2})(?:\s*,\s*(?:19|20)\d{2})*\s*,?\s*and ((?:19|20)\d{2})\b")),
    # (or since something named began in a year: "Since the mentoring scheme began in 2018, 64 pairs have been formed";
    # "… has served 600 people since it began in 2019")
    ("since", re.compile(r"\bsince (?:(?:it|they|the [a-z]+) (?:was|were) (?:founded|established|set up|formed|built) in |"
                         r"(?:its|their|the [a-z]+'s) (?:founding|establishment) in |"
                         r"(?:(?:the |its |our )[^,.;]{1,40}?|it|they|this) (?:began|started|was launched|was introduced|"
                         r"was set up|launched|opened|was opened) "
                         r"in (?:(?:" + EN_MONTHS + r") )?|"
                         # (or since they first went somewhere: "Since members first visited the home in 2019, …")
                         r"(?:(?:the |its |our )[^,.;]{1,40}?|it|they|we|members) first (?:went|came|visited|volunteered)"
                         r"(?: [^,.;]{1,30}?)? in (?:(?:" + EN_MONTHS + r") )?|"
                         # (or since one came to the school: "has mentored 9 young teachers since joining the school in 2012")
                         r"(?:joining|coming to|arriving at|entering) [^,.;]{1,40}? in "
                         r"(?:(?:" + EN_MONTHS + r") )?)?"
                         # (or since a month of it: "Since September 2023, 14 members have recorded …")
                         r"(?:(?:" + EN_MONTHS + r") )?"
                         r"(\d{4})\b")),
    # (or since a month named alone, of the page's year if it is dated later in that year, else maybe of the year before,
    # which "last" says it is: "Since March, …", "Since last September, …")
    ("en_month_since", re.compile(r"\bsince (last )?(" + EN_MONTHS + r")\b(?!\s*,?\s*(?:\d{1,2}\s*,?\s*)?\d{4})")),
    # (or a thing the sentence says was started in a year, then what it has done since: "The club that members started in
    # 2019 has now held 80 sessions")
    ("since", re.compile(r"\b(?:started|launched|set up|founded|began|opened) in (?:(?:" + EN_MONTHS + r") )?(\d{4}) "
                         r"(?=(?:has|have) (?:now |so far |since |already )?(?:held|given|run|served|reached|helped|trained|had|"
                         r"made|taught)\b)")),
    ("period", re.compile(r"\bover the (?:past|last) (\w+) years\b|\bin the (?:past|last) (\w+) years\b")),
    # (or a count of years said alone: "admitted 38 new members in five years", "over three years", "over the 20 years")
    ("period", re.compile(r"\b(?:over|in|within|during) (?:the |these |those |its |our )?"
                          r"((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})) years\b"
                          r"(?! (?:old|ago|later|before|after|of age)\b)")),
    # (or the span of the sentence before, referred back to: "In the same period our members gave …")
    ("period", re.compile(r"\bover the years\b|\bin recent years\b|\bfor many years\b|\b(?:in|over|during) the same period\b|"
                          # (or since an event the sentence before told: "When the road washed out in 2021, … Since then …")
                          r"\bsince then\b|\bever since\b|"
                          r"\bover the past years\b|\bsince (?:its|the school's) (?:founding|establishment)\b|"
                          # (or a decade, or a school year past, which spans two years: "Over the decade, …", "In the past
                          # school year, …")
                          r"\b(?:over|in|during|across|throughout) the (?:past |last )?decade\b|"
                          r"\b(?:over|in|during|throughout) the (?:past|last) (?:school|academic) year\b")),
    ("vague", re.compile(r"\bsuccessively\b|\bone after another\b")),
    # "in the past year": the year a summary is of, as 一年来 is (else twelve months to the page's date)
    ("past_year", re.compile(r"\b(?:over|in|during|throughout) the (?:past|last) year\b|\bthis past year\b")),
    # (or a year before the page: "A year ago the branch set up …"; not the time a count is compared with: "five more than
    # a year ago"; nor the year of the people a count is part of: "three of last year's new teachers have since applied")
    ("last_year", re.compile(r"\blast year\b(?!['’]s)|(?<!\bof )\blast year\b|(?<!than )(?<!from )(?<!with )\ba year ago\b")),
    ("next_year", re.compile(r"\bnext year\b|\bthe coming year\b")),
    # the term before the page's, or the autumn term named with no year: the page's month says which year either is of
    ("last_term", re.compile(r"\blast (?:term|semester)\b|\bthe previous (?:term|semester)\b|"
                             r"\bthe (?:autumn|fall) (?:term|semester)\b(?!\s+of)")),
    # (or the month named before, of its year: "In September 2023, … During the month, …")
    ("same_year", re.compile(r"\b(?:so far )?(?:that|the same) (?:year|month)\b|"
                             r"\b(?:during|over|in the course of|in|throughout) the (?:whole |same )?(?:year|month)\b(?!\s+\d)")),
    ("current", re.compile(r"\bthis year\b|\bso far\b|\bto date\b|\bat present\b|"
                           r"\bthis (?:semester|term|school year|academic year|spring|summer|autumn|fall|winter)\b|"
                           # (or said right after a count, of now: "has 21 now")
                           r"\bcurrently\b|\bnow has\b|\btoday\b|^\s*now\b")),
    # (a year by which something stood, "By 1980 the branch had grown to 24 members"; a month of it is no year's: "by
    # June 2023" closes a school year)
    ("explicit", re.compile(r"\bby\s+((?:19|20)\d{2})\b|"
                            # (or the year of an honour, said after its title: "named outstanding volunteers of 2022")
                            rf"\b{_HONOURS_TITLE}\b[^.;,\d]{{0,40}}?\bof\s+((?:19|20)\d{{2}})\b|"
                            # (or of an event, which an ordinal places among the year's: "its fourth Party lecture of 2022")
                            rf"\b{_EVENT}\s+of\s+((?:19|20)\d{{2}})\b|"
                            # (a year in brackets after the words of a year: "Last year (2022), …")
                            r"\b(?:last|this|that|the same) year\s*\(\s*((?:19|20)\d{2})\s*\)|"
                            r"\b(?:in|during|(?:by|at) the end of|as (?:of|at))\s+(?:the year\s+|the (?:first|second) half of\s+|"
                            r"end-|the end of\s+|"
                            # (a season of it, "in summer 2023", or its season of the year: "in the summer of 2022")
                            rf"{EN_SEASON_OF}|(?:spring|summer|autumn|fall|winter)\s+|the "
                            r"(?:first|second|third|fourth) quarter of\s+|(?:early |late |mid-)?(?:" + EN_MONTHS +
                            r")(?:\s+\d{1,2})?"
                            # (or two months of it: "In July and August 2023")
                            r"(?:\s*(?:and|to|-|–)\s*(?:" + EN_MONTHS + r"))?,?\s+)?(\d{4})\b|"
                            r"^\s*(\d{4})\s*,|"
                            # (or the year a count closed: "We ended 2024 with 38 members")
                            r"\b(?:ended|closed|finished) ((?:19|20)\d{2}) with\b|"
                            # (or just before or after a season or a term of it: "In the week before the autumn term of 2023")
                            rf"\b(?:before|after|ahead of) {EN_SEASON_OF}((?:19|20)\d{{2}})\b|"
                            # (or with a dash or a colon, a timeline's or a list's line: "2020 — members volunteered …")
                            r"^\s*((?:19|20)\d{2})\s*(?:[—–:]|-{1,2})\s|"
                            # (over or throughout a year, not over a number: "Over 2023 the branch held …", not "over
                            # 2000 residents")
                            r"\b(?:over|throughout) ((?:19|20)\d{2})(?=\s*,|\s+(?:the|our|we|it|its|this|all)\b)|"
                            # a holiday or festival of a year: "Ahead of the 2022 Spring Festival", "during the 2023 summer
                            # holidays"
                            # (or a flood or a storm of a year, or of its month: "After the July 2023 floods")
                            # (not years after it: "Ten years after the 2013 earthquake")
                            # (or a games of a year, when it came: "When the 2022 Winter Olympics came to Zhangjiakou")
                            r"\b(?:ahead of|before|during|over|on|at|for|when|(?<!years )(?<!year )(?<!months )after) the "
                            r"(?:(?:" + EN_MONTHS + r") )?((?:19|20)\d{2}) (?:[a-z'-]+ ){0,3}?"
                            r"(?:festival|day|holidays?|vacation|break|floods?|rainstorms?|storms?|typhoon|earthquake|"
                            # (or an exam: "In the six weeks before the 2024 gaokao")
                            r"snowstorm|olympics|games|expo|marathon|gaokao|zhongkao|entrance exams?)\b|"
                            # (or named before its month and year: "After the floods of August 2023")
                            r"\b(?:ahead of|before|during|(?<!years )(?<!year )(?<!months )after) the (?:floods?|rainstorms?|storms?|"
                            r"typhoon|earthquake|"
                            r"snowstorm) of (?:(?:" + EN_MONTHS + r") )?((?:19|20)\d{2})\b|"
                            # (or a day or festival named, its year after it: "On the eve of Army Day 2024")
                            r"\b(?:on|ahead of|before|during|after|for) (?:the )?(?:[a-z'’-]+ ){1,4}?(?:day|festival) "
                            r"((?:19|20)\d{2})\b(?=\s*[,.;]|\s+(?:the|our|we|it|its|this|members|teachers)\b)|"
                            # (or a term of a year: "At the start of the 2023 autumn semester")
                            r"\b(?:at the (?:start|beginning|end) of|in|during) the ((?:19|20)\d{2}) (?:spring |autumn |fall |"
                            r"summer |winter )?(?:semester|term)\b|"
                            # (or its year after it: "During the May Day holiday of 2023")
                            rf"\b(?:during|over|on|at|for|in) {EN_HOLIDAY_OF}((?:19|20)\d{{2}})\b|"
                            r"(?<!to )(?<!since )(?<!from )(?<!-)\b(\d{4})\s*,\s*(?:it|the school|we)\b|"
                            # "From July to August 2023, …": months of one year
                            r"\bfrom (?:early |late |mid-)?(?:" + EN_MONTHS + r") to (?:early |late |mid-)?(?:" + EN_MONTHS +
                            r"),? ((?:19|20)\d{2})\b|"
                            # "summarized the work of 2022: …", "the secretary reported on 2023: …", "reviewed 2023: …"
                            r"\b(?:work|achievements|results|summary|review|report(?:ed|ing)?) (?:of|in|for|on) (?:the year )?"
                            r"(\d{4})\b|"
                            # (or a meeting for it: "At a meeting to review 2023, …", "summing up 2023")
                            # (or its own year's work so reviewed: "reviewed its 2023 work at a meeting")
                            r"\b(?:review(?:ed|ing)?|summari[sz](?:ed|ing|e)|sum(?:med|ming)? up|look(?:ed|ing)? back (?:on|at)|"
                            r"recapped) (?:the year |(?:its|our|their|the branch's|the school's) )?(\d{4})\b|"
                            # the year of account: "1 organizational life meeting for 2023" (not "for 2000 residents"; a
                            # place or a time may follow: "appraised all 31 of its members for 2021 at its March meeting")
                            r"\bfor (?:the year )?((?:19|20)\d{2})\b(?=\s*(?:[.,;:)]|$|(?:and|at|on|in)\b))|"
                            # (or opening its sentence: "For 2024 we propose to hold 12 theme party days")
                            r"^\s*for ((?:19|20)\d{2})(?=,?\s+(?:we|the|our|it|this)\b)")),
    ("founded", re.compile(r"\b(?:(?:was|were) )?(?:founded|established|set up|formed|built|created) in (\d{4})\b")),
    # a year a figure is compared with: no time of the figures after it ("14 theme party days in 2023, two more than in
    # 2022, and 1,260 volunteer hours")
    # (or the count a figure rose or fell from, with its time: "52 members, up from 47 last year, and …")
    ("compared", re.compile(r"\b(?:than|compared (?:with|to)) (?:in |the year )?((?:19|20)\d{2})\b|"
                            r"\b(?:up|down) from (?:\d[\d,]*|[a-z]+)(?: [a-z-]+)? (?:last year|a year (?:ago|earlier|before)|"
                            r"(?:in|at the (?:end|start|beginning) of|in (?:early|late)) ((?:19|20)\d{2}))\b")),
    # what the people counted had done before, in a clause of theirs: no time of the figures ("named 2 staff who had applied
    # the year before as activists" are named now)
    # (or what one person described in an aside did in a year of its own: "asked Ms Wu, a former head who joined the
    # Party in 1970, to speak to its 20 members")
    ("done_before", re.compile(r"\b(?:who|which|that) had (?:[a-z]+ ){0,2}?[a-z]+(?:ed|en)\b[^.;,]{0,40}?"
                            r"\b(?:last year|the year before|the previous year|in (?:19|20)\d{2})\b|"
                            r",[^.;,\d]{0,40}?\bwho (?:[a-z]+ ){0,2}?[a-z]+(?:ed|en)\b[^.;,]{0,40}?\bin (?:19|20)\d{2}\s*(?=,)")),
]


def _count(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    n = parse_chinese_number(text)
    if n is None:
        value = parse_english_number(text)
        n = int(value) if value else None
    return n


def time_marks(sentence: str, lang: str = "zh") -> list[tuple[str, re.Match]]:
    """Every period expression of a sentence, found once for all the figures in it (a year that says
    when something was founded, or the base of a comparison, is no year of the figures: only its "founded" or
    "compared" mark is kept)."""
    marks = [(kind, m) for kind, pattern in (ZH_PATTERNS if lang == "zh" else EN_PATTERNS)
             for m in pattern.finditer(sentence)]
    no_time = [m.span() for kind, m in marks if kind in _NO_TIME]
    if not no_time:
        return marks
    return [(kind, m) for kind, m in marks
            if kind in _NO_TIME or not any(a <= m.start() and m.end() <= b for a, b in no_time)]


# the marks of a year that is no time of the figures after it: a founding, a comparison's base, what the people counted had
# done before
_NO_TIME = frozenset({"founded", "compared", "done_before"})
# (and an earlier count compared with, whose own year stays its own: it is no time of the figures after it)
_NO_TIME_AFTER = _NO_TIME | {"compared_count"}


def time_after(clause_after: str, doc: DocTime, position: int, lang: str = "en",
               starting_before: int | None = None) -> TimeInfo | None:
    """The period words right after a figure in its clause ("12 party lectures in 2022", "… last
    year"), where English often puts them; None when there are none. `position` is where the clause
    after the figure starts; words starting at or after `starting_before` (the next figure) are not the figure's."""
    marks = [(kind, m) for kind, m in time_marks(clause_after, lang) if kind != "vague" and
             (starting_before is None or m.start() < starting_before)]
    if not marks:
        return None
    kind, first = min(marks, key=lambda km: km[1].start())
    return time_of(clause_after[: first.end()], doc, position + first.end(), lang, [(kind, first)])


# a day of a month, which makes "one after another" the order of one day's doings ("6月29日，书记先后走访慰问了…"), or
# an occasion of a few days ("中秋佳节来临之际，书记先后走访慰问了…", "春节前夕", "国庆期间", "冬至前夕", "国庆节前，")
A_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\b(?:" + EN_MONTHS + r")\s+\d{1,2}\b|(?:节|佳节|七一|元旦|开学|假期|寒假|暑假|冬至|重阳|中秋|端午|除夕|新春|元宵)[^，,。；;]{0,4}?"
                    r"(?:来临之际|到来之际|之际|前夕|期间|当天|当日)|节前(?=[，,])", re.I)


# (or a campaign of a month or a week, or the whole of one: "整个宣传周，支部先后开展…", "宣传周期间", "敬老月期间")
_A_MONTHS_CAMPAIGN = re.compile(r"(?:活动|宣传|服务|主题|敬老|学雷锋|读书|安全|禁毒|科普)(?:月|周)|整个[^，,。；;]{0,6}?(?:月|周|假期|学期)")


# a time that is the object of a look back ("回顾了一年来的支部工作"), where the sentence goes on to another doing
# ("，并宣读了表彰决定…"): none of that doing's time
_REVIEWING = re.compile(r"(?:回顾|总结|梳理|盘点)了?$")
# people who came forward in a time, whom the sentence then honours: "过去一年里涌现的优秀个人"
_EMERGED_IN = re.compile(r"(?:里|中|内|来)?(?:涌现出?|表现突出)的")
_REVIEWED_THEN = re.compile(r"的[^，,。；;：:]{1,12}[，,]\s*(?:并|随后|接着|之后|同时)")


def time_of(sentence_before: str, doc: DocTime, position: int, lang: str = "zh",
            marks: list[tuple[str, re.Match]] | None = None) -> TimeInfo:
    """The period words closest before a figure (in its sentence) and the year they give.

    `marks` (from time_marks of the whole sentence) saves re-reading the sentence for each figure.
    """
    limit = len(sentence_before)
    if marks is None:
        marks = time_marks(sentence_before, lang)
    best: tuple[int, str, re.Match] | None = None
    vague: re.Match | None = None
    for kind, m in marks:
        if m.end() > limit:
            continue
        if kind == "period" and _REVIEWED_THEN.match(sentence_before, m.end()) and \
                _REVIEWING.search(sentence_before, 0, m.start()):
            continue  # "回顾了一年来的工作，并表彰了5名…": the time of what was reviewed, not of what was done next
        if kind == "period" and _EMERGED_IN.match(sentence_before, m.end()):
            continue  # "对过去一年里涌现的先进个人予以表彰，其中…": when those honoured came forward, not when they were honoured
        if kind == "vague":
            vague = m
        elif best is None or m.end() > best[0] or (m.end() == best[0] and m.start() < best[2].start()):
            best = (m.end(), kind, m)
    if best is None and vague is not None and not A_DAY.search(sentence_before) and \
            not _A_MONTHS_CAMPAIGN.search(sentence_before):
        return TimeInfo(vague.group(0), None, None, doc.published_year, "period")
    if best is None or best[1] in _NO_TIME_AFTER:  # (founded, compared, done before: see time_marks)
        return TimeInfo(kind="none", year=doc.current_year)
    _, kind, m = best
    label = m.group(0).strip()
    groups = [g for g in m.groups() if g]
    if kind == "span":
        a, b = int(groups[0]), int(groups[1])
        if len(groups) > 2 and b == a + 1:
            # a school year's first term is in its first calendar year, its second term in the next
            year = a if groups[2] in _FIRST_TERM else b
            return one_year(year, label)
        return TimeInfo(label, a if a == b else None, min(a, b), max(a, b), "span")
    if kind == "school_year_end":
        # the end of the school year the text is of: the year it ends in (else no year: a school year is two)
        return one_year(doc.school_year_end, label) if doc.school_year_end else TimeInfo(label, None, None, None, "period")
    if kind == "school_term":
        first = int(groups[1])
        return one_year(first if groups[0] in _FIRST_TERM_EN else first + 1, label)
    if kind == "school_year":
        first = int(groups[0])
        if len(groups) > 1:
            return one_year(first if groups[1] in _FIRST_TERM else first + 1, label)
        return TimeInfo(label, None, first, first + 1, "span")
    if kind == "since":
        start = int(groups[0])
        if (doc.published_year or doc.current_year) == start:
            return one_year(start, label)  # "2024年以来" in a text of 2024: that year so far
        return TimeInfo(label, None, start, doc.published_year, "period")
    if kind == "month_since":
        if doc.month_is_past(int(groups[0])):
            return one_year(doc.published_year, label)
        return TimeInfo(label, None, None, doc.published_year, "period")
    if kind == "en_month_since":
        if not m.group(1) and doc.month_is_past(EN_MONTH_NUMBERS[m.group(2).lower()]):
            return one_year(doc.published_year, label)
        return TimeInfo(label, None, None, doc.published_year, "period")
    if kind == "since_term":
        start = int(groups[0])
        within = doc.published_year is None or doc.published_year - start <= 1
        return TimeInfo(label, start if within else None, start, doc.published_year, "period")
    if kind == "period":
        n = _count(groups[0]) if groups else None
        if n == 1 and doc.plan_year and not re.search(r"多|余", label):
            # "一年来" in a summary or a meeting of one year's account: that year
            return TimeInfo(label, doc.plan_year, doc.plan_year, doc.plan_year, "explicit")
        if n == 1 and doc.published_month is not None and doc.published_month >= 11 and not re.search(r"多|余", label):
            # (and in a page of the year's last weeks, the year it closes: a later page's year is half another)
            return one_year(doc.published_year, label)
        end = doc.published_year
        start = end - n if (n and end) else None
        return TimeInfo(label, None, start, end, "period")
    if kind == "last_term":
        # the page's month says which term it is in: a spring term's (February to July) last term is the autumn
        # term of the year before; an autumn term's (August to December), the spring term of its own year; in
        # January (an autumn term's end), the spring term of the year before
        month, year = doc.published_month, doc.published_year
        if month is None or year is None:
            return TimeInfo(label, None, None, None, "period")
        return one_year(year if month >= 8 else year - 1, label)
    if kind == "past_year":
        return one_year(doc.plan_year, label) if doc.plan_year else TimeInfo(label, None, None, doc.published_year, "period")
    if kind in ("last_year", "next_year"):
        year = doc.current_year + (1 if kind == "next_year" else -1) if doc.current_year else None
        return one_year(year, label)
    if kind in ("current", "part_of_year"):
        # "2000年，…全年开展党课8次", "2024年，…上半年开展党课3次": the whole of the year the sentence
        # named, or a part of it
        named = [int(g) for k, mm in marks if k == "explicit" and mm.end() <= m.start()
                 for g in mm.groups() if g]
        if kind == "part_of_year" and m.group(1):
            named = [int(m.group(1))]
        elif kind == "part_of_year" and not named and label in doc.halves_named:
            return one_year(doc.halves_named[label], label)  # "对2023年上半年…进行考评。…上半年，支部…"
        if named and (OF_THE_YEAR.match(label) or label in ("截至", "截止")):
            # ("2023年，截至12月底，…": up to a month of the year the sentence named)
            return TimeInfo(label, named[-1], named[-1], named[-1], "explicit")
        if OF_THE_YEAR.match(label) and doc.current_year and any(
                k == "last_year" and mm.end() <= m.start() <= mm.end() + 1 for k, mm in marks):
            # "去年全年": the whole of last year
            return one_year(doc.current_year - 1, label)
        if doc.ahead_year and _THIS_YEAR.fullmatch(label):
            return one_year(doc.ahead_year, label)  # (a speech's aims, after the past year it reviewed)
        if _THIS_TERM.fullmatch(label) and not named and doc.plan_year is None and doc.published_month == 1 and \
                doc.published_year:
            # a page of January, at an autumn term's end: the term began in the year before ("本学期…" on 2024-01-05 is of 2023)
            return one_year(doc.published_year - 1, label)
        return TimeInfo(label, doc.current_year, None, None, "current")
    if kind == "same_year":
        # "that year", "during the year": the year named last before it, else the document's own
        year = doc.year_before(position - len(sentence_before) + m.start()) or doc.current_year
        return one_year(year, label)
    year = int(groups[0])
    if _TITLE_OR_EVENT_OF.match(label):
        label = label[label.rindex(" of ") + 1:]  # (the title or the event is no part of the time: "of 2022")
    return one_year(year, label)


_TITLE_OR_EVENT_OF = re.compile(rf"(?:{_HONOURS_TITLE}\b|{_EVENT}\s+of\b)")
YEAR_MENTION_ZH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|(?=\s+\d{1,2}月))")
YEAR_MENTION_EN = re.compile(r"\b((?:19|20)\d{2})\b")


_HALF_NAMED = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:度)?(?:的)?((?:上|下)半年)")


def halves_named(text: str) -> dict[str, int]:
    """Each half of a year the text names with its year, if it names it with one year only."""
    years: dict[str, set[int]] = {}
    for m in _HALF_NAMED.finditer(text):
        years.setdefault(m.group(2), set()).add(int(m.group(1)))
    return {half: next(iter(named)) for half, named in years.items() if len(named) == 1}


# a year in brackets with its own count, a comparison set beside a figure: "88 members (2022: 84)"
_COMPARED_IN_BRACKETS = re.compile(r"[(（]\s*$")
_ITS_OWN_COUNT = re.compile(r"\s*[:：]\s*\d[\d,]*\s*[)）]")


def year_mentions(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the text names each year (a year set in brackets with a count of its own is a comparison, no year the
    text goes on to tell of: "(2022: 84)")."""
    pattern = YEAR_MENTION_ZH if lang == "zh" else YEAR_MENTION_EN
    return [(m.start(), int(m.group(1))) for m in pattern.finditer(text)
            if not (_COMPARED_IN_BRACKETS.search(text, max(0, m.start() - 2), m.start()) and _ITS_OWN_COUNT.match(text, m.end()))]


# the units a count may be stated for (PER_UNIT), the last word of the label naming the unit
_UNITS_EN = {"党支部": "branch", "支部": "branch", "党小组": "party group", "小组": "group", "年级组": "grade group",
             "年级": "grade", "班级": "class", "社区": "community", "中心": "centre", "校区": "campus", "学校": "school",
             "处室": "office", "部门": "department", "专业部": "department", "学部": "division", "专业": "programme",
             "教研组": "teaching group", "学科组": "subject group", "备课组": "lesson-planning group"}
_UNIT_WORDS = "|".join(sorted(_UNITS_EN, key=len, reverse=True))
_SEVERAL = r"(?:[两二三四五六七八九十\d]+|几)个|各"
# a count stated for each of several units, which its period label keeps: "每个年级支部", "每个社区党员服务中心",
# or the units with 各 after them ("三个年级组各有党员4名", "各支部各召开1次")
# (or with 均 after them: "各支部每年开展主题党日活动均不少于12次")
PER_UNIT = re.compile(rf"每(?:一)?个[^，,。；;、\d]{{0,8}}(?:{_UNIT_WORDS})|(?:{_SEVERAL})[^，,。；;、\d各]{{0,8}}(?:{_UNIT_WORDS})各|"
                      rf"各[^，,。；;、\d]{{0,4}}?(?:{_UNIT_WORDS})(?=[^，,。；;\d]{{0,16}}?均)")
_EACH_UNIT = re.compile(rf"^(?:每(?:一)?个|{_SEVERAL}).*?({_UNIT_WORDS})各?$")
# one named branch or party group of the school, opening the clause of its count: "第一党支部有党员20名",
# "小学部支部有党员22名" (the school's own "党支部" is no named unit)
ONE_UNIT = re.compile(r"(?:第(?P<n>[一二三四五六七八九十\d]{1,3})|[\u4e00-\u9fff]{1,5}?(?:部|年级|学段|校区|教研组|处室)|离退休|退休|"
                      r"在职|教工|学生|行政|机关)(?P<unit>党小组|党支部|支部)(?!书记|副书记|委员|大会|党员大会)")


def english_label(label: str) -> str:
    """A Chinese period label as the extractor kept it ("现有", "近三年来", "2016年以来", "2017至2019年")
    in English, by the kind of period its words name: "current", "the last 3 years", "since 2016",
    "2017–2019"; a count for each unit ("每个年级支部") "each branch". A label with no Chinese period
    words is kept as it is."""
    each = _EACH_UNIT.search(label)
    if each:
        return f"each {_UNITS_EN[each.group(1)]}"
    one = ONE_UNIT.fullmatch(label)
    if one:  # "第一党支部" is branch 1; a unit named by its part of the school keeps its name
        unit = _UNITS_EN[one["unit"]]
        return f"{unit} {_count(one['n'])}" if one["n"] else f"{unit}: {label}"
    until = re.match(r"(?:截至|截止|到)\s*(\d{4})\s*年", label)
    if until:  # a total kept up to a year's end or a date in it ("截至2023年底")
        return f"up to {until.group(1)}"
    rate = RATE_ZH.fullmatch(label.strip())
    if rate:  # a rate's words ("每月")
        return "every " + CADENCE_ZH[rate.group(1)].replace("half_year", "half year")
    for kind, pattern in ZH_PATTERNS:
        m = pattern.search(label)
        if not m:
            continue
        if kind == "span":
            if m.group(3):  # a term of a school year
                return f"{m.group(1)}–{m.group(2)}, {'first' if m.group(3) in _FIRST_TERM else 'second'} term"
            return f"{m.group(1)}–{m.group(2)}"
        if kind == "school_year":
            first = int(m.group(1))
            term = f", {'first' if m.group(2) in _FIRST_TERM else 'second'} term" if m.group(2) else ""
            return f"{first}–{first + 1}{term}"
        if kind in ("since", "since_term"):
            return f"since {m.group(1) or m.group(2)}"
        if kind == "month_since":
            return f"since {calendar.month_name[int(m.group(1))] if 1 <= int(m.group(1)) <= 12 else m.group(1)}"
        if kind == "period":
            n = _count(m.group(1) or m.group(2)) if m.re.groups >= 2 else None
            return f"the last {n} years" if n and n > 1 else "over the years"
        if kind == "current":
            return "current"
        if kind == "part_of_year":
            part = m.group(2)
            words = {"上": "first half", "下": "second half"}.get(part[0]) or \
                f"Q{_count(part.strip('第').removesuffix('季度'))}"
            return f"{m.group(1)}, {words}" if m.group(1) else words
        if kind == "last_term":
            return "the term before"
        if kind == "past_year":
            return "the past year"
        if kind == "last_year":
            return "the year before"
        if kind == "next_year":
            return "the year after"
        if kind == "same_year":
            return "the same year"
        if kind == "explicit":
            return next(g for g in m.groups() if g)
    return label


# a year named as such, not the start of a span ("2021年至2023年", "2021-2023")
_HEADING_YEAR = {"zh": re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年度?(?!\s*(?:至|到|以来|—|–|-|~))"),
                 "en": re.compile(r"\b((?:19|20)\d{2})\b(?!\s*(?:-|–|—|to\b))")}


# a line of a form: a short label, a colon and what it holds ("党课：5次", "- Party lectures: 5")
_FIELD_LINE = re.compile(r"\s*(?:[-–•*·]\s*)?[^，,。；;：:\n]{1,20}[：:]\s*\S")
# (the page's date on a line of its own is no heading: "16 January 2023", "Posted on 2023-01-16", "2023年1月16日")
A_DATE_LINE = re.compile(rf"(?:(?:posted|published|updated|date)(?: on)?:?\s*)?(?:\d{{1,2}}\s+(?:{EN_MONTHS})\s+(?:19|20)\d{{2}}|"
                          rf"(?:{EN_MONTHS})\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|"
                          r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)", re.I)
# a line short enough to be a heading, with no mark that ends or parts a sentence
# (an English one may put its year after a comma: "Party work at Lakeside Kindergarten, 2023")
_SHORT_HEADING = {"zh": re.compile(r"[^。，,；;！!？?：:]{2,30}"), "en": re.compile(r"[^.;!?:]{2,60}")}
# an English item that opens with a short heading of its own, a full stop or colon after it, then its sentences:
# "1. Review of 2023. The branch held …", "- Plans for 2024: admit 2 new members"
_EN_INLINE_HEADING = re.compile(r"\s*(?:\d{1,2}[.)]\s*|[-–•*·]\s*)?([a-z][^.:;!?\d]{1,30}?(?:19|20)\d{2})[.:]\s+\S", re.I)
# a top-level numbered heading of a Chinese report, short and no sentence: "二、2023年主要工作"
_SECTION_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)[^。，,；;：:]{0,24}$")


def _one_year_named(words: str, lang: str) -> int | None:
    """The year a heading names, if it names just one."""
    found = _HEADING_YEAR[lang].search(words)
    one_year = len(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", words)) == 1
    return int(found.group(1)) if found and one_year else None


def heading_year(text: str, pos: int, lang: str) -> int | None:
    """The year a heading names for the lines under it ("2023年主要活动：", "Key activities in 2024:"):
    the nearest line above `pos` that ends with a colon, with no blank line between, else the numbered
    section it stands in ("二、2023年主要工作", up to the next such heading). (Case does not matter: every
    caller passes the same folded text, read once.)"""
    starts, years = _heading_years(text, lang)
    return years[bisect.bisect_right(starts, pos) - 1]


@functools.lru_cache(maxsize=8)
def _heading_years(text: str, lang: str) -> tuple[list[int], list[int | None]]:
    """For each line of `text` (its start), the year of the heading it stands under, read in one pass."""
    starts, years = [], []
    current: int | None = None
    section: int | None = None  # the year of the numbered section ("二、2023年主要工作"), to the next one
    pos = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        starts.append(pos)
        years.append(current if current is not None else section)
        words = line.strip()
        if not words:
            current = None  # a blank line ends what a heading covers
        elif words.endswith(("：", ":")):
            current = _one_year_named(words, lang)
        elif lang == "zh" and _SECTION_HEADING.match(words):
            section = _one_year_named(words, lang)
        elif lang == "en" and (inline := _EN_INLINE_HEADING.match(line)):
            years[-1] = _one_year_named(inline.group(1), lang) or years[-1]  # the rest of its line
        elif n + 1 < len(lines) and _FIELD_LINE.match(lines[n + 1]) and _SHORT_HEADING[lang].fullmatch(words) and \
                not A_DATE_LINE.fullmatch(words) and (named := _one_year_named(words, lang)):
            # a short line over fields names their year without a colon: "2022年度主要数据" over "党课：5次"
            current = named
        pos += len(line) + 1
    return starts, years
