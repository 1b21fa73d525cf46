"""What a report is: its language, title, publication date, type, school, region and school level."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from etl.extract.text import EN_MONTH_NUMBERS, EN_MONTHS
from etl.numbers import CN_NUMERAL_CHARS, parse_chinese_number
from etl.places import english_region, is_place_name
from etl.schools import EN_MUNICIPALITIES, place_municipality, school_level_from_name, split_region

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_language(folded: str) -> str:
    """The language of the page's text, its menu and footer left out (an English page on a Chinese
    site is English)."""
    sample = folded[:6000]
    cjk, words = len(_CJK.findall(sample)), len(_LATIN_WORD.findall(sample))
    if words and cjk < 20 * words:  # some of both: weigh the text without the page's menu and footer
        body = "\n".join(line for line in sample.split("\n")
                         if not (_NAV_LINE.search(line) or _FOOTER_LINE.search(line)))
        if body.strip():
            cjk, words = len(_CJK.findall(body)), len(_LATIN_WORD.findall(body))
    return "zh" if cjk >= 2 * words else "en"  # a Chinese word is about two characters


_FOOTER_LINE = re.compile(r"版权所有|备案号|ICP备|上一篇|下一篇|copyright|©|all rights reserved", re.I)


# a page's list of other articles, under a heading of its own, to the page's end: their titles are no text of the page
_RELATED_HEADING = re.compile(
    r"^[ \t\u3000]*(?:【\s*)?(?:相关(?:文章|新闻|阅读|链接|推荐|报道)|推荐阅读|延伸阅读|热门(?:文章|新闻|推荐)|最新(?:文章|新闻|动态)|"
    r"猜你喜欢|往期(?:回顾|推荐|精彩)|related (?:stories|articles|news|posts|links)|more (?:news|stories)|"
    r"you (?:may|might) also like|read more)(?:\s*】)?[ \t\u3000]*[:：]?[ \t\u3000]*$", re.I | re.M)
# a link to the article before or after this one: "上一篇：…", "下一篇：…", "Previous: …" (or to one related: "Related: …",
# "相关新闻：…")
_NEIGHBOUR_LINE = re.compile(r"^[ \t\u3000]*(?:上一篇|下一篇|上一条|下一条|相关(?:文章|新闻|阅读|链接|推荐|报道)|"
                             r"previous(?: article| post)?|next(?: article| post)?|"
                             r"related(?: (?:stories|story|articles|article|news|posts|post|links|link))?|see also)"
                             r"[ \t\u3000]*[:：][^\n]*", re.I | re.M)


def furniture_spans(folded: str) -> list[tuple[int, int]]:
    """Where a page lists other articles (their titles may hold counts and honours of their own): the lines
    linking to the article before and after, and a list of related articles to the page's end."""
    spans = [m.span() for m in _NEIGHBOUR_LINE.finditer(folded)]
    if related := _RELATED_HEADING.search(folded):
        spans.append((related.start(), len(folded)))
    return spans


_NAV_LINE = re.compile(r"位置|当前位置|首页|>|›|»|location:|homepage|我的订阅|^[•·\-*]|\.jpg|\.png|登录|注册|手机版|^返回", re.I)
# (or a page's number, as a PDF's page furniture: "第 1 页 共 2 页", "Page 1 of 3")
_META_LINE = re.compile(r"(?:发布|发表|更新|来源)?(?:日期|时间)[:：]|浏览[:：]|作者[:：]|来源[:：]|类别[:：]|\d{4}-\d{2}-\d{2}|"
                        r"^第\s*\d+\s*[页頁]|^page \d+(?: of \d+)?$", re.I)


def find_title(text: str, hint: str | None = None) -> str | None:
    if hint:
        return hint.strip()[:120]
    for line in text.split("\n")[:30]:
        line = _TITLE_LABEL.sub("", line.strip())
        if len(line) < 4 or _NAV_LINE.search(line) or _META_LINE.search(line):
            continue
        if len(line) > 60 and (titled := _TITLE_THEN_TEXT.match(line)) and 8 <= len(titled.group(1)) <= 60:
            return titled.group(1)  # "…2023年党建工作总结：一年来，支部…": a title, then the text on its line
        return line[:120]
    return None


# a page may label its title: "标题：…", "Title: …"
_TITLE_LABEL = re.compile(r"^(?:标题|题目|文章标题|title)\s*[:：]\s*", re.I)
_TITLE_THEN_TEXT = re.compile(r"([^：:，,。；;]*[\u4e00-\u9fff][^：:，,。；;]*)[：:]\s*(?=[^\n]{20,}[，,。；;])")


# a subtitle under a headline, after a dash ("强基铸魂谱新篇\n——某小学党支部2023年度党建工作总结"): it says what
# the text is
_SUBTITLE = re.compile(r"\s*(?:——|—|--)\s*(\S[^\n]{3,80})")


# (or a line that only names the body that writes, above its title: "中共某某学校委员会\n关于2023年党建工作的总结报告",
# or only the school: "某某区文化路小学\n党支部“三会一课”记录（2023年第四季度）", "Elm Hill School\nParty Branch Newsletter")
_BODY_LINE = re.compile(r"(?:中共)?[\u4e00-\u9fff]{2,30}?(?:委员会|党委|党总支|党支部)|"
                        # (or in English: "Riverside Kindergarten Party Branch", "The Party Committee of X School")
                        r"(?i:(?:the )?(?:communist )?party (?:branch|general branch|committee) (?:of|at) [a-z][\w .'’-]{2,60}|"
                        r"[a-z][\w .'’-]{2,60}? (?:communist )?party (?:branch|general branch|committee))")


def with_subtitle(title: str | None, text: str) -> str | None:
    """The title with the subtitle on the line after it, where there is one (or with the line after it, where the
    title is the name of the body that writes)."""
    if not title:
        return title
    at = text.find(title)
    line_end = text.find("\n", at) if at >= 0 else -1
    if line_end < 0:
        return title
    if _BODY_LINE.fullmatch(title.strip()) or _SCHOOL_LINE.fullmatch(title.strip()) or _EN_SCHOOL.fullmatch(title.strip()):
        next_line = text[line_end + 1:].split("\n", 1)[0].strip()
        return f"{title} {next_line}" if next_line else title
    m = _SUBTITLE.match(text, line_end + 1)
    return f"{title} {m.group(1).strip()}" if m else title


_DATE_LABELLED = re.compile(
    r"(?:发布日期|发布时间|发表时间|发稿时间|更新时间|上传时间|录入时间|日期|时间|发布于|发表于|发布|发表|published(?: on)?|"
    r"date|posted(?: on)?)"
    r"\s*[】\])）]?\s*[:：]?\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})",
    re.I,
)
_DATE_BARE = re.compile(r"(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])")
# a date alone on a line ("2019年11月14日", "2019年11月14日 星期四"), as a page's header or signature
# (with its time and the page's counters after it: "2023年05月06日 09:30 浏览量：120")
# (or after the body that edits it: "某某小学党支部编  2023年6月30日", as a bulletin is headed)
# (or after a byline, the reporter named: "（通讯员 李明 2023年3月7日）", "记者：王芳 2022年5月4日")
_DATE_LINE = re.compile(r"^(?:[^\n]{2,30}?(?:编|编印|主办|供稿|印发)\s+|"
                        r"\W{0,2}(?:通讯员|记者|作者|撰稿|撰文|供稿|文|图|文图|图文|摄影|编辑|审核)\s*[:：/／]?\s*"
                        r"[\u4e00-\u9fff·]{2,12}(?:[ \t\u3000、，,]+[\u4e00-\u9fff·]{2,4}){0,3}[ \t\u3000]+)?"
                        r"\W{0,3}((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\W{0,3}(?:星期.|周.)?\W{0,3}"
                        r"(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:浏览|阅读|点击|来源|作者|编辑|发布|字号)[^\n]{0,40})?$")
_NOT_PUBLISHED = re.compile(r"快照|来源时间为|生成时间|截止|截至")


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


# a year written digit by digit in Chinese numerals ("二〇二三年"): four characters, as four digits
_CN_YEAR = re.compile(r"(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=\s*年)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
# a month and day in Chinese numerals after a year in digits: "2023年五月十二日"
_CN_MONTH_DAY = re.compile(r"((?:19|20)\d{2})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")


def digit_years(text: str) -> str:
    """`text` with each year written in Chinese numerals written in digits; same length."""
    return _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_DIGITS), text)


# a run of dots leading a line's label to its number ("Party members ........ 9", "党员人数……………17人")
# (a note in brackets may follow the number: "Members at year end ...... 34 (of which probationary: 3)")
_LEADER = re.compile(r"(?<=\S)[ \t]*(?:[.·…][ \t]?){3,}[ \t]*(?=\d[\d,]*(?:[^\d\n]{0,4}|\s*[(（][^\n()（）]{0,40}[)）])[ \t]*$)",
                     re.M)


def leaders_as_colons(text: str) -> str:
    """`text` with each run of dots that leads a label to its number read as a colon (a field); same length."""
    if not _ANY_LEADER.search(text):
        return text  # (most texts have none: the full pattern is tried only where one may be)
    text = _LEADER.sub(lambda m: ":" + " " * (len(m.group(0)) - 1), text)
    # (or a line's label led by a long run of dots to words, not a number: "HONOURS ........ District Model Branch (2023)")
    return _LEADER_TO_WORDS.sub(lambda m: m.group(1) + ":" + " " * (len(m.group(0)) - len(m.group(1)) - 1), text)


def bold_labels_as_colons(text: str) -> str:
    """`text` with each label set in bold at a line's start, its figures after it ("**Volunteering** 18 sessions"), read as
    a field's label and its colon; same length."""
    if "**" not in text:
        return text
    def as_label(m: re.Match) -> str:
        label = m.group(2).rstrip()
        colon = "" if label.endswith((":", "：")) else ":"
        return m.group(1) + label + colon + " " * (len(m.group(0)) - len(m.group(1)) - len(label) - len(colon))
    return _BOLD_LABEL.sub(as_label, text)


# a label in bold at a line's start, words on the line after it
_BOLD_LABEL = re.compile(r"^([ \t]*)\*\*([^*\n]{1,40}?)\*\*[ \t]*(?=[^\s*])", re.M)


_LEADER_TO_WORDS = re.compile(r"^([ \t]*(?:[A-Za-z][A-Za-z '&-]{1,30}?|[\u4e00-\u9fff]{2,12}))[ \t]*(?:[.·…][ \t]?){5,}[ \t]*"
                              r"(?=[^\d\s.·…])", re.M)


_ANY_LEADER = re.compile(r"[.·…][ \t]?[.·…][ \t]?[.·…]")


def _arabic_dates(text: str) -> str:
    """Dates whose month and day are Chinese numerals, in digits (for reading the page's date only)."""
    def digits(m: re.Match) -> str:
        month, day = parse_chinese_number(m.group(2)), parse_chinese_number(m.group(3))
        return f"{m.group(1)}年{month}月{day}日" if month and day else m.group(0)
    return _CN_MONTH_DAY.sub(digits, digit_years(text))

# a news dateline opening the first paragraph: "Sunshine High School, 1 July 2022 — The school's …" (or the date
# alone: "June 28, 2024 — On the eve of …")
_EN_DATELINE = re.compile(
    r"^(?:[A-Z][\w .'’-]{1,60},\s+)?(?:(?P<m1>[a-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{2})|"
    r"(?P<d2>\d{1,2})\s+(?P<m2>[a-z]+)\.?,?\s+(?P<y2>(?:19|20)\d{2}))\s*(?:\([^()]{1,30}\)\s*)?(?:—|–|--)", re.I)


_PROSE_MARK = re.compile(r"。|[，,](?!\d{3}(?!\d))")


def find_published(text: str, hint: str | None = None) -> dt.date | None:
    """The page's own date: a labelled date near the top, else a bare date in the header lines."""
    if hint:
        m = re.search(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})", hint)
        if m and (found := _date(*m.groups())):
            return found
    head = _arabic_dates(text[:1500])
    for line in head.split("\n")[:25]:
        if _NOT_PUBLISHED.search(line):
            continue
        m = _DATE_LABELLED.search(line)
        if m and (found := _date(*m.groups())):
            return found
    for line in head.split("\n")[:12]:
        # (a line of prose is no date line; a count's thousands may be parted by a comma: "阅读：1,023")
        if _NOT_PUBLISHED.search(line) or len(line) > 80 or _PROSE_MARK.search(line):
            continue
        m = _DATE_BARE.search(line)
        if m and (found := _date(m.group(1), m.group(3), m.group(4))):
            return found
        m = _DATE_LINE.match(line.strip())
        if m and (found := _date(*m.groups())):
            return found
    for line in head.split("\n")[:12]:
        m = _EN_DATE_LINE.match(line.strip()) or _EN_DATELINE.match(line.strip())
        if m and (found := _en_date(m)):
            return found
    if (m := _EN_TITLE_DATED.search(head.strip().split("\n", 1)[0])) and (found := _en_date(m)):
        return found  # "Minutes of the Branch Committee Meeting, 9 May 2024": the day the record is of
    # a signed report ends with its date (in English too, in brackets or not: "(September 18, 2022)")
    for line in _arabic_dates(text.rstrip()[-400:]).split("\n")[-3:]:
        m = _DATE_LINE.match(line.strip())
        if m and (found := _date(*m.groups())):
            return found
        m = _EN_DATE_LINE.match(line.strip().strip("()（）"))
        if m and (found := _en_date(m)):
            return found
    return None


# (a date a span starts from is no event's: "Since September 1, 2020, …", "自2020年9月1日…以来")
# (its month may be written short, as a dateline does: "XIAOGAN, 28 Jun 2024 — …")
_EN_MONTH_OR_SHORT = rf"(?:{EN_MONTHS}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)"
EN_FULL_DATE = re.compile(
    rf"(?<!since )\b(?:on\s+)?\d{{1,2}}(?:\s+and\s+\d{{1,2}})?\s+{_EN_MONTH_OR_SHORT}\s+((?:19|20)\d{{2}})\b|"
    rf"(?<!since )\b{_EN_MONTH_OR_SHORT}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b",
    re.I,
)
_ZH_FULL_DATE = re.compile(r"(?<![自从\d])((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")


_EN_DATE_LINE = re.compile(
    # (a byline may come first: "By the school office | 3 November 2023")
    r"^(?:by\b[^|·\n]{1,40}?\s*(?:\||·)\s*)?(?:(?:posted|published|released|updated|date)(?: on)?\s*:?\s*)?(?:(?P<m1>[a-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?"
    r"\s+(?P<y1>(?:19|20)\d{2})|(?P<d2>\d{1,2})\s+(?P<m2>[a-z]+)\.?,?\s+(?P<y2>(?:19|20)\d{2}))\W{0,3}(?:\d{1,2}:\d{2}.*)?"
    # a byline after the date: "Posted on March 15, 2022 by the school office"
    r"(?:\s*(?:\bby\b|\||·)\s*.{0,60})?$",
    re.I,
)


# (or the title ends with it, after a comma, a dash or in brackets: "Remarks at the Annual Meeting, 12 January 2024")
_EN_TITLE_DATED = re.compile(
    r"(?:,|\s[—–-]|\()\s*(?:(?P<m1>[a-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{2})|"
    r"(?P<d2>\d{1,2})\s+(?P<m2>[a-z]+)\.?,?\s+(?P<y2>(?:19|20)\d{2}))\)?\s*$", re.I)


def _en_date(m: re.Match) -> dt.date | None:
    month = (m.group("m1") or m.group("m2")).lower()
    number = EN_MONTH_NUMBERS.get(month) or next((n for name, n in EN_MONTH_NUMBERS.items()
                                                if len(month) >= 3 and name.startswith(month)), None)
    if number is None:
        return None
    return _date(m.group("y1") or m.group("y2"), str(number), m.group("d1") or m.group("d2"))


# a paragraph that opens with its month, or a date line in brackets under the title ("（2022年12月）")
# (not a span's start: "2022年10月至2023年5月，…")
_ZH_OPENING_DATE = re.compile(r"(?:^|\n)\s*[（(]?((?:19|20)\d{2})年\d{1,2}月(?!(?:\d{1,2}日)?\s*(?:至|到|—|–|-|~))")


# a note of where and when the text first appeared, on a line near its end: "（本文刊发于2023年5月）",
# "原载《中国教育报》2022年11月3日"
_PUBLISHED_NOTE = re.compile(r"(?:刊发|刊登|刊载|发表|原载|首发)于?[^，,。；;\n]{0,24}?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


# an English month's name, whole or cut short ("Jan.", "Sept"), as a group
_EN_MONTH = r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
# a month and its year: "January 2024", "Sept. 2023"
_EN_MONTH_YEAR = rf"{_EN_MONTH}\s+((?:19|20)\d{{2}})"

# (in English: "Published in the district newsletter, March 2023.", "First appeared in Teachers' Weekly (May 2022)",
# "Interview conducted in May 2023.")
_EN_PUBLISHED_NOTE = re.compile(
    r"(?:\b(?:first )?(?:published|printed|appeared)|\b(?:interview|conversation|article|story|report)\b[^.\n]{0,20}?\b"
    r"(?:conducted|recorded|held|written|filed)|^\W*(?:recorded|written|filed|compiled|visited))\b[^.\n]{0,60}?[ ,(]"
    rf"{_EN_MONTH}(?: \d{{1,2}}(?:st|nd|rd|th)?,?)? ((?:19|20)\d{{2}})\b", re.I)


# (or a month and year in brackets ending the text's last lines: "… bringing them greetings. (January 2024)"; or after a
# comma ending a signature's line, no sentence: "Xingfu Community Residents' Committee, December 2023")
# (the writer may stand before it: "(Elm School, March 2022)")
_EN_MONTH_AT_END = re.compile(rf"[(（]\s*(?:[^()（）\n,.]{{2,60}},\s*)?{_EN_MONTH_YEAR}\s*[)）]\W*$", re.I)
_EN_SIGNED_MONTH = re.compile(rf"^[^.\n]{{3,80}},\s*{_EN_MONTH_YEAR}[ \t]*$", re.I)
_LATIN_WORD = re.compile(r"[A-Za-z]{3}")
# (or a signature with a term and its year: "X Primary School, spring term 2024"; the term's first month)
_EN_TERM_AT_END = re.compile(r",\s*(?:the )?(spring|summer|autumn|fall)\s+(?:term|semester)\s+((?:19|20)\d{2})\W*$", re.I)
_TERM_MONTHS = {"spring": 3, "summer": 7, "autumn": 9, "fall": 9}
# (or a month and year ending the title: "Report of the branch committee to the general meeting, January 2024")
_EN_TITLE_MONTH = re.compile(rf"(?:,|[(（]|—|–| - )\s*{_EN_MONTH_YEAR}\s*[)）]?\W*$", re.I)
# (or a news dateline with its month and year alone, opening a paragraph near the top: "Harbin, June 2024 — …")
_EN_MONTH_DATELINE = re.compile(rf"^(?:[A-Z][\w .'’-]{{1,60}},\s+)?{_EN_MONTH_YEAR}\s*(?:—|–|--)", re.I)
# (the body that writes may stand before it in the brackets: "（某某中学党支部 2023年9月）")
_MONTH_LINE = re.compile(r"[ \t]*[（(]?(?:[\u4e00-\u9fff]{2,30}[ \t\u3000]+)?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月[)）]?[ \t]*")


# (or a date in brackets closing the text's last line: "…共开展志愿服务12次。（2023年5月20日）")
_ZH_DATE_AT_END = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]\s*$")


def publication_note(folded: str, lang: str = "zh") -> tuple[int, int] | None:
    """The year and month of a note on the last lines of a text that says when it was published (or, for a year and a
    month alone on a line, on its first lines: a report dated under its title)."""
    lines = folded.strip().split("\n")
    if lang == "zh" and (under_title := next((m for line in lines[1:6] if (m := _MONTH_LINE.fullmatch(line))), None)) \
            and 1 <= int(under_title.group(2)) <= 12:
        return int(under_title.group(1)), int(under_title.group(2))
    # (the title: the first line of English words, below any page furniture)
    title = next((line for line in lines[:4] if _LATIN_WORD.search(line)), "")
    if lang == "en" and (m := _EN_TITLE_MONTH.search(title)) and \
            (month := next((n for name, n in EN_MONTH_NUMBERS.items() if name.startswith(m.group(1).lower())), None)):
        return int(m.group(2)), month  # a title dated with its month: "Report of the branch committee …, January 2024"
    if lang == "en" and (m := next((m for line in lines[1:8] if (m := _EN_MONTH_DATELINE.match(line.strip()))), None)) and \
            (month := next((n for name, n in EN_MONTH_NUMBERS.items() if name.startswith(m.group(1).lower())), None)):
        return int(m.group(2)), month
    if lang == "zh" and (at_end := _ZH_DATE_AT_END.search(lines[-1])) and 1 <= int(at_end.group(2)) <= 12:
        return int(at_end.group(1)), int(at_end.group(2))  # "…班子成员讲专题党课4次。（2023年11月16日）"
    for line in lines[-8:]:  # (page furniture may follow)
        # (or a line of a year and a month alone, as a report is signed and dated: "2023年12月", "（2023年11月）")
        if lang == "zh" and (m := _PUBLISHED_NOTE.search(line) or _MONTH_LINE.fullmatch(line)) and 1 <= int(m.group(2)) <= 12:
            return int(m.group(1)), int(m.group(2))
        if lang == "en" and (m := _EN_PUBLISHED_NOTE.search(line) or _EN_MONTH_AT_END.search(line) or
                             _EN_SIGNED_MONTH.search(line)) and \
                (month := next((n for name, n in EN_MONTH_NUMBERS.items() if name.startswith(m.group(1).lower())), None)):
            return int(m.group(2)), month
        if lang == "en" and (m := _EN_TERM_AT_END.search(line)):
            return int(m.group(2)), _TERM_MONTHS[m.group(1).lower()]
    return None


# a meeting, a ceremony or a class held in a year it names, at the start of a story: "某某小学召开2023年党员发展大会",
# "9月12日，学校举行2023年新入职教师师徒结对仪式", "举办2023年入党积极分子培训班"
# (a class of a year's activists is held in it, 年度 or not: "举行2023年度入党积极分子培训班结业仪式"; a meeting of a year's
# account, "召开2022年度组织生活会", may be held in the next)
_ZH_MEETING_OF_A_YEAR = re.compile(r"(?:召开|举行|举办)\s*((?:19|20)\d{2})\s*年(?:(?!度)[^\n，,。]{0,16}?(?:大会|会议|会|仪式|典礼|"
                                   r"培训班|研修班|读书班)|度[^\n，,。]{0,16}?(?:培训班|研修班|读书班))")


# (or of a school year, on a day the story opens with: "9月5日，学校举行2022学年师徒结对仪式" is in 2022, a school year's
# autumn; "3月1日，…举行2022学年第二学期…仪式" in 2023)
# (the verb may follow: "…2022学年“青蓝结对”拜师仪式在报告厅举行")
_ZH_MEETING_OF_A_SCHOOL_YEAR = re.compile(r"(?:召开|举行|举办)\s*((?:19|20)\d{2})\s*学年[^\n，,。]{0,24}?(?:大会|会议|会|仪式|典礼)|"
                                          r"((?:19|20)\d{2})\s*学年[^\n，,。]{0,24}?(?:大会|会议|仪式|典礼)[^\n，,。]{0,16}?"
                                          r"(?:举行|召开|举办)")
_ZH_OPENING_DAY = re.compile(r"(?:^|\n)\s*(\d{1,2})月\d{1,2}日")


def _school_years_event(head: str) -> int | None:
    """The year of a school year's meeting the story opens on, by the month of its opening day."""
    meeting = _ZH_MEETING_OF_A_SCHOOL_YEAR.search(head, 0, 300)
    day = _ZH_OPENING_DAY.search(head) if meeting else None
    if day is None or not 1 <= int(day.group(1)) <= 12:
        return None
    first = int(meeting.group(1) or meeting.group(2))
    return first if int(day.group(1)) >= 8 else first + 1


# a year the text says is ending as it is written
_YEAR_CLOSING = {
    "en": re.compile(r"\b(?:as|with) ((?:19|20)\d{2}) (?:draws to (?:a|its) close|comes to (?:an|its) end|nears its end|"
                     r"is drawing to (?:a|its) close|is coming to (?:an|its) end)\b", re.I),
    "zh": re.compile(r"((?:19|20)\d{2})\s*年(?:即将|就要|马上就要)(?:过去|结束)|值此((?:19|20)\d{2})\s*年(?:岁末|年末|年终)"),
}


def find_event_year(folded: str, lang: str, doc_type: str = "news") -> int | None:
    """The year of a full date near the start of a news text ("On 4 and 5 September 2020, …"), or of a
    news paragraph that opens with its month ("2022年12月，学校…"), or of a meeting its headline says is held in a
    year, or of the anniversary it celebrates."""
    head = folded[:600]
    if closing := _YEAR_CLOSING[lang].search(head):
        return int(next(g for g in closing.groups() if g))  # "As 2023 draws to a close, …": the year the text is written at the end of
    m = (EN_FULL_DATE if lang == "en" else _ZH_FULL_DATE).search(head)
    if not m and lang == "zh" and doc_type == "news":
        m = _ZH_OPENING_DATE.search(head) or _ZH_MEETING_OF_A_YEAR.search(head, 0, 300)
    if not m and lang == "zh" and doc_type == "news" and (school_year := _school_years_event(head)):
        return school_year
    if not m:
        return anniversary_year(head, lang) if doc_type == "news" else None
    return int(next(g for g in m.groups() if g))


# the anniversary an event celebrates names its year: the party was founded in 1921, the People's
# Republic in 1949 ("庆祝建党102周年" is 2023, "the 70th anniversary of the founding of New China" 2019)
# (or of the May Fourth Movement, 1919, and the Youth League's founding, 1922: "纪念五四运动104周年" is 2023)
# (or the Teachers' Day it is, first kept in 1985: "第39个教师节" is 2023, "the 39th Teachers' Day" too)
_FOUNDED = {"party": 1921, "state": 1949, "may_fourth": 1919, "league": 1922, "teachers_day": 1984,
            "lei_feng_day": 1963}
_ZH_ANNIVERSARY = re.compile(
    rf"(?:庆祝|纪念|庆贺)[^，,。；;]{{0,12}}?(?:(?P<party>建党|中国共产党成立|党的)|(?P<state>建国|新中国成立|中华人民共和国成立)|"
    rf"(?P<may_fourth>五四运动)|(?P<league>建团|共青团成立|中国共产主义青年团成立))"
    rf"(?:(?P<n>\d{{1,3}}|[{CN_NUMERAL_CHARS}]{{1,5}})周年|(?P<hundred>百年))")
# (or the eve of one: "在建党101周年来临之际", "on the eve of the 101st anniversary of the founding of the CPC")
_ZH_ANNIVERSARY_EVE = re.compile(
    rf"(?:(?P<party>建党|中国共产党成立|党的)|(?P<state>建国|新中国成立|中华人民共和国成立))"
    rf"(?P<n>\d{{1,3}}|[{CN_NUMERAL_CHARS}]{{1,5}})周年(?:华诞|纪念日)?(?:来临|到来|即将到来)?(?:之际|前夕)")
# (or Learn from Lei Feng Day, counted from the inscription of 5 March 1963: "第61个学雷锋纪念日" is 2024)
_ZH_TEACHERS_DAY = re.compile(rf"第(?P<n>\d{{1,2}}|[{CN_NUMERAL_CHARS}]{{1,4}})个(?:(?P<teachers_day>教师节)|"
                              r"(?P<lei_feng_day>“?学雷锋纪念日”?))")
# (or the party congress it looks forward to, held every five years since the 12th in 1982: "喜迎二十大" is 2022, "ahead of the
# 20th National Congress" too)
_ZH_CONGRESS_AHEAD = re.compile(rf"(?:喜迎|迎接)(?:党的)?(?P<n>[{CN_NUMERAL_CHARS}]{{2,3}})大(?P<congress>)")
_EN_CONGRESS_AHEAD = re.compile(r"\b(?:ahead of|welcom\w*|on the eve of|greet\w*)\b[^.;]{0,30}?\bthe (?P<n>\d{2})(?:st|nd|rd|th) "
                                r"(?:national )?(?:party )?congress(?P<congress>)\b", re.I)
_FIRST_OF_FIVE_YEARLY_CONGRESSES = (12, 1982)
_EN_TEACHERS_DAY = re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th) (?:(?P<teachers_day>teachers['’]? day)|"
                              r"(?P<lei_feng_day>[\"“]?learn(?:ing)?[- ]from[- ]lei[- ]feng[\"”]? day))\b", re.I)
_EN_ANNIVERSARY = re.compile(
    r"\b(?:celebrat\w*|on the (?:eve|occasion) of)\b[^.;]{0,40}?\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th) (?:anniversary of the "
    r"(?:founding|establishment|birth) of|birthday of)|(?P<hundred>centenary|centennial) of(?: the (?:founding|establishment) of)?) "
    r"(?:the )?(?:(?P<party>(?:communist )?party(?: of china)?|cpc)|(?P<state>new china|the people's republic(?: of china)?|"
    r"people's republic(?: of china)?))\b|"
    # (or the birthday said as the party's own: "to celebrate the Party's 102nd birthday")
    r"\b(?:celebrat\w*|on the (?:eve|occasion) of|mark\w*)\b[^.;]{0,20}?\bthe (?P<party_s>party|cpc)['’]s (?P<n_s>\d{1,3})"
    r"(?:st|nd|rd|th) (?:birthday|anniversary)\b", re.I)


def anniversary_year(text: str, lang: str) -> int | None:
    """The year of the anniversary (of the party's or the state's founding, the May Fourth Movement, the Youth League's
    founding) that `text` celebrates, or of the Teachers' Day or the Learn from Lei Feng Day it names by its number, or
    of the party congress it looks forward to."""
    m = (_EN_ANNIVERSARY.search(text) or _EN_TEACHERS_DAY.search(text) or _EN_CONGRESS_AHEAD.search(text)) \
        if lang == "en" else (_ZH_ANNIVERSARY.search(text) or _ZH_ANNIVERSARY_EVE.search(text) or
                              _ZH_TEACHERS_DAY.search(text) or _ZH_CONGRESS_AHEAD.search(text))
    if not m:
        return None
    if m.groupdict().get("congress") is not None:
        n = int(m["n"]) if m["n"].isdigit() else parse_chinese_number(m["n"])
        first, year = _FIRST_OF_FIVE_YEARLY_CONGRESSES
        return year + 5 * (n - first) if n and n >= first else None
    if m.groupdict().get("party_s"):  # "the Party's 102nd birthday"
        return _FOUNDED["party"] + int(m["n_s"])
    founded = _FOUNDED[next(name for name in _FOUNDED if m.groupdict().get(name))]
    if m.groupdict().get("hundred"):  # "庆祝建党百年", "the centenary of the Communist Party of China"
        return founded + 100
    n = int(m["n"]) if m["n"].isdigit() else parse_chinese_number(m["n"])
    if not n:
        return None
    return founded + n


# a title that reports on a plan or a summary ("召开新学期工作计划部署会") is news, not the plan itself
# (学习教育 is a campaign's name, no verb: "党史学习教育实施方案" is a plan)
_ZH_NEWS_TITLE = re.compile(r"召开|举行|举办|开展(?!情况)|部署|解读|学习(?!教育)|研讨|制定|审议|讨论|通过|启动|推进会|动员会|总结会|总结大会|表彰")
_EN_NEWS_TITLE = re.compile(r"\b(?:held|holds|hold|discuss(?:es|ed)?|launch(?:es|ed)?|meeting|conference|deploy(?:s|ed)?)\b",
                            re.I)
_TITLE_TAIL = r"\s*(?:[（(【\[][^)）】\]]{0,12}[)）】\]])?\s*$"


# a summary (of a year, a term, a quarter, a month: 月报) names itself so in its title (its figures: 统计, its highlights: 工作亮点,
# how far it has come: 工作进展, its own assessment: 自评, 自查, its ledger: 台账, its main data: 主要数据, 党建数据, its record
# of meetings over a time it names: 记录（2023年第四季度）, a look back: 回眸2023, or at its main points: 工作要点回顾, its figures at a
# glance: 数据一览); a title that ends in 报告 ("关于2024年上半年党建工作的报告",
# "…情况报告") is a report of the work done, and so is a title that ends in how the work went ("“三会一课”落实情况",
# "…工作情况")
SUMMARY_TITLE = ("总结|小结|汇报|述职|工作报告|年度报告|月报|季报|工作(?:要点|亮点|情况)?回顾|年度回顾|工作回眸|年度回眸|工作盘点|年度盘点|工作综述|年度综述|简报|基本情况|工作概况|统计|工作亮点|亮点工作|工作成效|工作进展|进展情况|"
                 rf"自评|自查|台账(?=(?:摘要|摘录|汇总)?{_TITLE_TAIL})|(?:主要|工作|基本|党建)数据(?={_TITLE_TAIL})|"
                 # (or its figures at a glance: "…2023年党建工作数据一览", "党建工作一览表")
                 rf"(?:数据|情况|工作|成果)一览表?(?={_TITLE_TAIL})|"
                 # (a list of what was to be done and how it went, of a year: "…办实事项目清单（2022年）"; not a list of
                 # tasks set, which is a plan)
                 r"(?<!任务)清单(?=\s*[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）]\s*$)|"
                 r"记录(?=\s*[（(][^)）]{0,12}(?:年|季度|学期|月)[^)）]{0,4}[)）]\s*$)|"
                 # (or a record of its activities over a time it names, kept as a ledger is: "…2023年秋季学期活动记录（摘要）";
                 # not of one activity, "主题党日活动记录")
                 rf"(?:(?<=年)|(?<=度)|(?<=学期)|(?<=月))(?:活动|工作)记录(?={_TITLE_TAIL})|"
                 rf"报告(?={_TITLE_TAIL})|"
                 # (a chronicle of the events of a year it names: "…党支部2021年度大事记", "校园纪事（2020年）")
                 rf"(?:(?<=年)|(?<=度))(?:大事记|纪事)(?={_TITLE_TAIL})|(?:大事记|纪事)(?=\s*[（(]\s*(?:19|20)\d{{2}}\s*年度?\s*[)）]\s*$)|"
                 # (a branch's basic information of a year it names: "…基本信息（2023年）", "2023年…基本信息")
                 r"基本信息(?=\s*[（(]\s*(?:19|20)\d{2}\s*年?度?\s*[)）])|(?<=年)基本信息|(?<=年度)基本信息|"
                 # (a look back at a year it names: "回眸2023", "我们的2023", "盘点2022年")
                 r"(?:回眸|回顾|盘点|回望|我们的|我的)(?=\s*(?:19|20)\d{2}(?!\d)(?:\s*年度?)?(?!\s*[-—–~至到]))")
# a title of the main work of a year it names: "…党委2023年主要工作" (only as a title: a section of a report may be headed
# so, "二、2023年主要工作", under a title of its own)
MAIN_WORK_OF_A_YEAR = re.compile(rf"(?:19|20)\d{{2}}\s*年度?主要工作{_TITLE_TAIL}")
# (such a title may name an event of the news, "学习情况通报": how it went is still the report's subject; or say
# it in brackets after what it reports on: "重点工作任务清单（完成情况）")
# (or how the admission of members or a service went: "…2023年党员发展情况", "…志愿服务情况")
HOW_THE_WORK_WENT = re.compile(rf"(?:落实|开展|实施|完成|执行|工作|学习|活动|作用发挥|发展|服务)情况(?:通报)?[)）]?{_TITLE_TAIL}")


# a speech at a year's meeting, which speaks of that year's work ("Speech by the secretary of X at the 2023 commendation
# meeting")
EN_SPEECH_AT_A_YEARS_MEETING = (r"\b(?:speech|address|remarks)\b.*\bat the (?:19|20)\d{2} (?:[a-z-]+ ){0,3}?"
                                r"(?:meeting|conference|ceremony|congress|assembly|gathering)\b"
                                # (the school may follow, and a note that it is cut: ", Hillcrest School (excerpt)")
                                r"(?:, [^,.;:()]{2,60})?(?:\s*\((?:excerpts?|extract|abridged)\))?\W*$")

# (or at a meeting that closes a year, whose year the title need not name: "Address by the secretary at the year-end
# meeting, January 2024")
_EN_SPEECH_AT_A_YEAR_END = (r"\b(?:speech|address|remarks)\b.*\bat (?:the|our) (?:year-end|end-of-year|annual) "
                            r"(?:[a-z'’-]+ ){0,3}?(?:meeting|conference|gathering|assembly)\b")

# an English report, the work, party building or the figures of a year that its title names ("Volunteer
# Service Report of X, 2021", "Party Building Work of X in 2022", "X: Key Figures for 2022", "Party building at
# X, 2023", "2020 Party Work of X", "Membership report, X, December 2022", "Party work update, X, 2023", "X:
# first-quarter report, 2024", "Branch news, X, summer 2022", "Branch notes — X (autumn term 2022)", "X – 2021
# Key Data", "The branch in numbers (as of December 2023)", "X: the numbers behind 2021", "X: what we did in
# 2021"); a headline's verb keeps a story out ("Party Work Meets New Challenges in 2022")
EN_YEAR_REPORT = re.compile(r"\b(?:report|work|figures|statistics|party building)\s+(?:of|on|for|at|in)\s+"
                            r"(?:.*(?:\b(?:in|for|of)\s+|,\s*|[(（]\s*))?(?:the (?:year\s+)?)?(?:19|20)\d{2}(?:\s+calendar year)?\s*[)）]?"
                            # (a label of what follows may end it: "Party work at X, 2023: the figures")
                            r"(?:\s*[:—–-]\s*(?:the |in |by the |key )?(?:figures|numbers|facts|statistics|highlights))?\W*$|"
                            r"^\W*(?:19|20)\d{2}\b[\w\s-]*\b(?:report|work|figures|statistics)\b|"
                            # (or a month or a term before the year: "Party Branch Report, Spring 2024")
                            rf"\b(?:report|update|data|results|record|records|log)\s*,(?:.*,)?\s*(?:(?:{'|'.join(EN_MONTH_NUMBERS)}|"
                            r"(?:spring|summer|autumn|fall|winter)(?: term| semester)?)\s+)?"
                            r"(?:19|20)\d{2}\W*$|"
                            r"\b(?:19|20)\d{2}\s+(?:key\s+|year-end\s+|annual\s+)?(?:data|figures|statistics|facts)\W*$|"
                            # (or after them: "X Party Branch — Annual Figures 2023")
                            r"\b(?:key|year-end|annual)\s+(?:data|figures|statistics|facts)\s*,?\s*(?:for\s+|of\s+)?"
                            r"(?:19|20)\d{2}\W*$|"
                            r"\bnumbers\b.*\b(?:19|20)\d{2}\W*$|"
                            # (or the branch's work it names, then the year: "X Party Branch: membership and training, 2023")
                            r":\s*(?:membership|training|study|service|volunteering|mentoring|honou?rs)(?:,?\s+and\s+"
                            r"(?:membership|training|study|service|volunteering|mentoring|honou?rs))*\s*,\s*(?:19|20)\d{2}\W*$|"
                            # (or its half: "Branch news, first half of 2024")
                            r"\b(?:news|newsletter|bulletin|notes)\b.*(?:,|[(（])\s*(?:(?:spring|summer|autumn|fall|winter)"
                            rf"(?:\s+(?:term|semester))?\s+|(?:{'|'.join(EN_MONTH_NUMBERS)})\s+|(?:the )?(?:first|second) half of\s+)?"
                            r"(?:19|20)\d{2}\s*[)）]?\W*$|"
                            # "X: facts and figures (2021)", "X in numbers (2022)" (or the day they stand at: "X at a
                            # glance (as of June 2023)")
                            r"\b(?:facts and figures|key figures|figures|statistics|in numbers|at a glance)\W*[(（]\s*"
                            rf"(?:as (?:of|at) (?:\d{{1,2}}\s+)?(?:(?:{'|'.join(EN_MONTH_NUMBERS)})\s+)?)?"
                            r"(?:19|20)\d{2}\s*[)）]\W*$|"
                            # (or the branch named in a year, the title ending there: "Our Party committee in 2022")
                            r"\b(?:party )?(?:branch|committee)\s+in\s+(?:19|20)\d{2}\W*$|"
                            # "A year of service: X's party branch in 2022", "Our branch in 2023: a year of growth"
                            r"^\W*a year of [^:]{1,30}:.*\b(?:19|20)\d{2}\W*$|"
                            r"^[^:]{0,40}\bin (?:19|20)\d{2}\s*:\s*(?:a|the) year of\b|"
                            r"\bwhat (?:we|it|the (?:party )?branch|the school) (?:did|achieved|accomplished|ha(?:ve|s) done) "
                            r"in (?:the (?:spring|summer|autumn|fall|winter) (?:term|semester) of )?(?:19|20)\d{2}(?:\W*$|\s*[—–:]\s)|"
                            # "Branch life at X, autumn term 2022": the work of a term its title names
                            r"(?:,|[(（]|—|–)\s*(?:the )?(?:spring|summer|autumn|fall|winter) (?:term|semester),? (?:19|20)\d{2}\s*[)）]?\W*$|"
                            # (or a season of a year in brackets, a term's: "… our branch's term in brief (spring 2024)")
                            r"\bterm\b.*[(（]\s*(?:spring|summer|autumn|fall|winter) (?:19|20)\d{2}\s*[)）]\W*$|"
                            # (or a half of a year: "X Party Branch — first half of 2024")
                            r"(?:,|[(（]|—|–)\s*(?:the )?(?:first|second) half of (?:19|20)\d{2}\s*[)）]?\W*$|"
                            # "X Party Branch: Spring Term 2024 Report": a term's report after the branch's name
                            r"[:—–]\s*(?:the )?(?:spring|summer|autumn|fall|winter) (?:term|semester),? (?:19|20)\d{2} "
                            r"(?:report|review|summary|round-up)\b|"
                            # (or said after it: "X Party Branch — Report for Autumn Term 2023")
                            r"\b(?:report|review|summary|round-up)\s+(?:for|of|on)\s+(?:the )?(?:spring|summer|autumn|fall|"
                            r"winter) (?:term|semester),? (?:19|20)\d{2}\W*$|"
                            # "Party Building Report 2023 — X", "X: Annual Review for 2022"
                            r"\b(?:report|review|summary)\s+(?:for\s+)?(?:19|20)\d{2}\b(?!\s*(?:-|–|—|to)\s*(?:19|20)?\d{2}\b)|"
                            # "Speech by the secretary of X at the 2023 commendation meeting": a speech at a meeting of
                            # a year speaks of that year
                            rf"{EN_SPEECH_AT_A_YEARS_MEETING}|"
                            # "X Party Branch: 2023 Report to Members": the year's report after the branch's name
                            r"[:—–]\s*(?:19|20)\d{2}\s+(?:annual |work |year-end |(?:spring|summer|autumn|fall|winter) "
                            r"(?:term|semester) )?(?:report|review|summary)\b|"
                            # "X School Party Branch — 2022": the branch's year, its title says no more (or its term:
                            # "X Party Branch: Autumn Term 2023")
                            r"\b(?:party )?(?:branch|committee)(?:\s+[—–-]\s+|\s*:\s*)"
                            r"(?:(?:the )?(?:spring|summer|autumn|fall|winter) (?:term|semester),? )?(?:19|20)\d{2}\W*$|"
                            # "Q3 2023 update — X", "X: 2022 Q4 report", "X: Second Quarter 2024 Round-up"
                            r"(?:\bq[1-4]\s*(?:19|20)\d{2}|\b(?:19|20)\d{2}\s*q[1-4]|"
                            r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? (?:19|20)\d{2})\b\s*"
                            r"(?:update|report|review|round-up|news)\b",
                            re.I)


# the facts and figures of the work, which a summary lists: "…, 2023: key facts"
EN_KEY_FACTS = r"\bkey (?:facts|figures|data|numbers)\b|\bfacts and figures\b"
# a year's review or the year at a glance ("Year-end Review 2022", "Review of 2020", "2023 at a glance", "2022 in review", "2023 in
# numbers", "Looking back on 2023"): a summary of it
EN_YEAR_AT_A_GLANCE = (r"\b(?:year-end |annual )?review (?:of )?(?:19|20)\d{2}\b|"
                       r"\b(?:19|20)\d{2} (?:at a glance|in review|in numbers|in figures|by the numbers|in brief)\b|"
                       # (or the year said after it: "Year at a glance — 2023", "The year in review: 2022")
                       r"\b(?:the )?year (?:at a glance|in review|in numbers|in brief)\W{1,4}(?:19|20)\d{2}\W*$|"
                       r"\blooking back (?:on|at) (?:19|20)\d{2}\b|\ba look back at (?:19|20)\d{2}\b|"
                       # (or its figures: "Party work figures, 2023", "Key statistics for 2022")
                       r"\b(?:figures|statistics|data)(?:,| for| of)? (?:19|20)\d{2}\s*$")


# (the body reporting may be named: "Report of the branch committee to the general meeting of members")
_EN_REPORT_TO_MEETING = re.compile(r"\breport(?: of [^,:;]{1,40}?)? to (?:the |a )?(?:[a-z'’]+ ){0,3}?"
                                   r"(?:meeting|congress|assembly|conference)\b")
# what a report says it covers, in its opening: "let me report on the branch's work in 2023", "the branch reviewed
# its work for 2023"
EN_REPORTS_ON_YEAR = re.compile(r"\b(?:report(?:ed|ing)?(?: on)?|review(?:ed|ing)?(?: on)?|sum(?:med|ming)? up|"
                                r"looked back on|looking back on) (?:[a-z'’]+ ){0,3}?(?:work|achievements|"
                                r"activities) (?:in|of|for|during) ((?:19|20)\d{2})\b")


# whose a title is, after a dash that ends it: "Monthly report, November 2023 — X Middle School Party Branch"
_EN_WHOSE_AFTER_A_DASH = re.compile(r"\s+[—–]\s+[^—–:]{3,80}?\b(?:school|kindergarten|college|(?:party )?branch|committee)\s*$")


def find_doc_type(title: str | None, head: str, lang: str) -> str:
    """From the title: a work plan or a summary names itself so; anything else is a case report or news."""
    title = (title or head.strip().split("\n")[0])[:120]
    if lang == "en":
        # (whose it is may follow the title after a dash: "Monthly report, November 2023 — X Middle School Party Branch")
        low = _EN_WHOSE_AFTER_A_DASH.sub("", title.lower())
        if _EN_REPORT_TO_MEETING.search(low) or re.search(EN_SPEECH_AT_A_YEARS_MEETING, low) or \
                re.search(_EN_SPEECH_AT_A_YEAR_END, low):
            # "the secretary's report to the members' meeting": a report, not news of the meeting (so is a speech at a
            # year's meeting, which tells the year's work)
            return "work_summary"
        if _EN_NEWS_TITLE.search(low):
            return "news"
        # (or its points, as 工作要点 is translated: "Work Points for the Autumn Semester of 2024")
        # (or a year's plan after whose it is: "X Party Branch: 2024 Plan")
        if re.search(r"\bwork plan\b|\bplan (?:for|of)\b|key points of (?:the )?work|\b(?:key )?work (?:points|priorities)\b|"
                     r"^\W*(?:\d{4} )?[\w ]{0,40}\bplan\W*$|[:—–]\s*(?:19|20)\d{2} (?:annual |work )?plan\W*$", low):
            return "work_plan"
        # (a newsletter or a bulletin tells the work of the term or the year it names, as 简报 does)
        # (or its record, a ledger as 台账 is: "Service Record, 2022"; or an appraisal of its work, as 考核 is: "Appraisal of
        # the Party Branch of X School, 2023"; or a return of its figures: "Annual Return 2023")
        if re.search(r"work summary|\bsummary\b|work report|\bnewsletter\b|\bbulletin\b|"
                     r"^\W*(?:annual )?(?:appraisal|assessment|evaluation) of the (?:party )?(?:general )?(?:branch|committee)\b|"
                     r"\b(?:annual|yearly|statistical) returns?\b|\bprogress report\b|\b(?:half-year(?:ly)?|mid-year) report\b|"
                     r"^\W*key work (?:in|of|for) (?:19|20)\d{2}\b|"
                     r"\b(?:service|work|activity|activities) (?:record|log|ledger)s?\b|"
                     r"\b(?:annual|yearly|year)\b[\w\- ]{0,30}\breport\b|\byear in review\b|\bthe year (?:in (?:figures|numbers|brief)|at a glance)\b|"
                     rf"\breview of (?:the year|(?:19|20)\d{{2}})\b|{EN_YEAR_AT_A_GLANCE}|\bquarterly\b|\bhighlights\b|"
                     rf"{EN_KEY_FACTS}|"
                     r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter of (?:19|20)\d{2}\b", low) \
                or EN_YEAR_REPORT.search(low):
            return "work_summary"
        if re.search(r"\bcase\b|advanced deeds|experience", low):
            return "case_report"
        return "news"
    if HOW_THE_WORK_WENT.search(title) or MAIN_WORK_OF_A_YEAR.search(title):
        return "work_summary"
    if not _ZH_NEWS_TITLE.search(title):
        # (or a schedule of what is to be held: "…2024年“党课开讲啦”安排表")
        if re.search(rf"(?:工作计划|工作要点|工作规划|工作安排|实施方案|计划|任务清单|安排表|日程表){_TITLE_TAIL}", title):
            return "work_plan"
        if re.search(SUMMARY_TITLE, title):
            return "work_summary"
    if re.search(r"案例|事迹|典型|经验|做法|材料|综述|纪实|巡礼", title):
        return "case_report"
    return "news"


# ------------------------------------------------------------------ school names

_ZH_SUFFIXES = (
    "特殊教育学校|职业技术学校|职业高级中学|职业中学|职业学校|职业中专学校|职业中专|职教中心|职业教育中心|技工学校|技师学院|"
    "中等专业学校|九年一贯制学校|完全中学|高级中学|初级中学|国际学校|外国语学校|双语学校|"
    "实验学校|实验中学|实验小学|附属小学|附属中学|中心小学|中心学校|中心校|中心幼儿园|小学校|中学校|小学|中学|学校|附小|附中|"
    r"(?<!\d)(?:第)?[一二三四五六七八九十\d]{1,2}中(?![学专心职间])|(?<!\d)(?:第)?[一二三四五六七八九十\d]{1,2}小(?![学时组])|"
    "幼儿园|大学|学院|"
    # a group of schools under one party committee ("新城教育集团")
    "教育集团|"
    # short forms (实验小学 -> 实小, 职业高中 -> 职高 …) only where a word cannot go on ("确实小心")
    r"(?:实小|完小|职高|职专|职校|技校|特校|实验初中|实验高中)(?=[党团的是在和与及、，,。！!？?；;：:”\"\s（(]|$)|"
    # (and a numbered senior high school's: 第二高级中学 -> 二高, "漯河二高")
    r"(?<!\d)[一二三四五六七八九十]{1,2}高(?=[党团的是在和与及、，,。！!？?；;：:”\"\s（(]|$)|"
    # (and a numbered junior middle school's: 第一初级中学 -> 一初中, "川汇区一初中")
    r"(?<!\d)[一二三四五六七八九十]{1,2}初中(?=[党团的是在和与及、，,。！!？?；;：:”\"\s（(]|$)|"
    # (and a senior high school's, after its name: 泸州高级中学 -> "泸州高中")
    r"(?<=[\u4e00-\u9fff]{2})高中(?=[党团的是在和与及、，,。！!？?；;：:”\"\s（(]|$)|"
    # (and a numbered school's, after its name: 岐山第一学校 -> "岐山一校")
    r"(?<=[\u4e00-\u9fff]{2})[一二三四五六七八九十]{1,2}校(?=[党团的是在和与及、，,。！!？?；;：:”\"\s（(]|$)"
)
# 中学习 (集中学习), 中学生, 小学生 and the like are not school names
_ZH_SCHOOL = re.compile(rf"(?:{_ZH_SUFFIXES})(?![习期段生部科])")
# a line that is a school's name and nothing else, above a title (see with_subtitle)
_SCHOOL_LINE = re.compile(rf"[\u4e00-\u9fff]{{2,24}}?(?:{_ZH_SUFFIXES})")
# characters that never belong to a school's proper name; walking left from a suffix stops at them
_STOP_CHARS = set(
    "的了在和与是为对把将使让向从以等及并或这那其各每该本我你他她们着过地得于被由之也就还要会能可应已而但若如因则"
    "所到里后前年月日号次位名个人有共党团支部委组员书记获奖表彰授予称号全"
    # (and the words of a proposal before a name: "拟推荐芜湖市第一中学…")
    "拟荐"
)
_HARD_STOPS = set("的了在和与是为对把将等及并或这那其各每该本我你他她们着过地得于被由之也都就还要会能可应已而但若如因则所")
_ALLOWED_IN_NAME = set("一二三四五六七八九十第")  # numerals are part of names like 第一中学, 宁化一中
_GENERIC = {"小学", "中学", "学校", "学院", "大学", "附小", "附中", "实验学校", "实验小学", "实验中学", "中心小学",
            "中心学校", "职业学校", "特殊教育学校", "小学校", "中学校", "高级中学", "初级中学", "九年一贯制学校",
            "完全中学", "职业中学", "实验初中", "实验高中"}
_REGION_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,5}?(?:自治区|自治州|自治县|省|市|区|县|旗|乡|镇)")
_GENERIC_REGION = re.compile(
    r"^(?:老区|苏区|山区|片区|城区|社区|校区|辖区|园区|小区|景区|地区|市区|郊区|新区|全区|本区|我区|该区|各区|"
    r"全市|本市|我市|该市|各市|全县|本县|我县|该县|各县|全省|本省|我省|该省|各省|城市|都市|超市|股市|城乡|乡镇|"
    r"农村乡|边远山区|偏远山区)$"
)


_NUMERALS = frozenset("一二三四五六七八九十百千")


# the last character of a district's, a county's or a city's name
_REGION_WORDS = frozenset("区县市旗")


def _walk_left(text: str, suffix_start: int) -> int:
    """Where a school name that ends at a suffix starts: walk left over name characters."""
    pos = suffix_start
    while pos > 0 and suffix_start - pos < 14:
        ch = text[pos - 1]
        if not ("\u4e00" <= ch <= "\u9fff" or ch in "〇×" or ch.isascii() and ch.isalpha()):
            break  # (〇, a zero among numerals: "第一二〇中学"; ×, a template's blank for a name: "××小学")
        if text[pos - 2: pos] in _TIME_PHRASE_ENDS:
            break  # "春节前夕城东小学…": a time said right before the name
        if text[pos - 1: pos + 1] in _NAME_WORDS and pos < suffix_start:
            pos -= 1  # "团结路小学", "人民路小学": a word of names that starts with a stop character
            continue
        if ch == "里" and pos < suffix_start and text[pos - 2: pos - 1] in _NUMERALS:
            pos -= 1  # "三里屯小学", "十里堡中学": a place named by its distance in li, a numeral before 里
            continue
        if ch == "和" and pos < suffix_start and not _name_char(text[pos - 2: pos - 1]):
            return pos - 1  # "和平小学", "来到和平街小学": a 和 with no word before it to join opens the name
        if ch == "和" and pos < suffix_start and text[pos - 2: pos - 1] in _REGION_WORDS and \
                not any(is_place_name(text[pos - 1: suffix_start] + word) for word in _REGION_WORDS):
            # "东城区和平里小学": a 和 right after a district's word opens the school's own name, the district's before it
            # (not where the school is named after a place, whose name is read as the school's own: "和平区和平小学" is
            # "和平小学", a county being called 和平 too)
            pos -= 1
            continue
        if ch == "那" and (pos == 1 or text[pos - 2] in "\n。！？；，,") and text[pos: pos + 1] not in _MEASURES:
            pos -= 1  # "那大二中党总支…": a town's name opening a line or a sentence (那大, 那坡), no pronoun before a measure
            continue
        if ch in _STOP_CHARS and ch not in _ALLOWED_IN_NAME and not (
                (pos == suffix_start or text[pos: pos + 1] in _TOWN_SUFFIXES or text[pos: pos + 1] in _STREETS) and
                ch in _NAME_ENDINGS and
                _name_char(text[pos - 2: pos - 1]) and
                not (ch == "和" and text[pos - 2: pos - 1] in _PEOPLE_ENDINGS)) and \
                not _in_place_name(text, pos - 1, suffix_start):
            break
        pos -= 1
    return pos


# what a school's name does not open with: the words that pick out schools ("全市中学", "这所中学", "各中学")
_PICKING_OUT = frozenset("全各每本此其该这那某")
# nor end with: a measure word ("一所中学")
_MEASURES = frozenset("所个座名位些级类")


def _two_character_name(text: str, suffix_start: int) -> bool:
    """Whether the two characters before a school's suffix are its name where walking left stopped short of two
    ("求是中学", "共和小学", "人和中学": a word of names may hold a stop character): they open a clause or follow a
    word that ends one (or a verb of going: "来到求是中学"), and are no words that pick out schools."""
    if suffix_start < 2:
        return False
    first, second = text[suffix_start - 2], text[suffix_start - 1]
    before = text[suffix_start - 3: suffix_start - 2]
    return all("\u4e00" <= ch <= "\u9fff" for ch in (first, second)) and first not in _HARD_STOPS and \
        first not in _PICKING_OUT and second not in _MEASURES and \
        (not before or not "\u4e00" <= before <= "\u9fff" or before in _HARD_STOPS or
         bool(_MOTION_BEFORE.search(text[max(0, suffix_start - 5): suffix_start - 2])))


def _in_place_name(text: str, at: int, limit: int) -> bool:
    """Whether the character at `at` is part of a place's name the gazetteer knows, ending by `limit`
    ("泰和县第二中学", "和平区实验小学", "晋中市榆次区第一中学": 和 and 次 are stop characters, but not in these names);
    or of a city's or a county's name without its level word, opening the name right before the school's own
    ("本溪十二中")."""
    return any(is_place_name(text[start: end]) or
               (end == limit and not _name_char(text[start - 1: start]) and
                (is_place_name(text[start: end] + "市") or is_place_name(text[start: end] + "县")))
               for start in range(max(0, at - 2), at + 1) for end in range(at + 2, min(limit, at + 4) + 1))


# the words that end a phrase of time, which may stand right before a school's name with no mark between
_TIME_PHRASE_ENDS = frozenset({"前夕", "之际", "期间", "伊始", "之初"})


# common words of street and school names that start with a stop character (团 of 团委, 人 of 人数); not
# 和平, which may be 和 joining a name that starts with 平 ("老师和平江中学")
_NAME_WORDS = frozenset({"团结", "人民"})


# stop characters that may end a proper name right before its suffix, after a name character:
# 树人小学, 育人中学, 新华里小学, 河前小学, 红日小学, 永和中学, 芳草地国际学校, 青年路小学
_NAME_ENDINGS = set("人里前后日月和地年")


# what ends the name of a town or a village, which may end with one of _NAME_ENDINGS too ("店前镇", "河后村"); alone
# before a school's suffix, it names no town ("来到镇中心学校"; not 市 or 县: "市实验中学" is how a city names its school)
_TOWN_SUFFIXES = frozenset("镇乡村")
# (or a street's, "青年路小学", "人和街小学")
_STREETS = frozenset("路街巷")


# the last characters of words for people, which 和 joins to a school word ("老师和中学", "家长和中学")
_PEOPLE_ENDINGS = set("师长生工民众友属")


# what ends a place's name (or 全国): schools after it ("全区中小学", "全国中小学校") are the place's, not one school
_PLACE_SUFFIXES = frozenset("国省市区县旗州盟") | _TOWN_SUFFIXES


def _name_char(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff" and ch not in _STOP_CHARS


# a region plus one of these is a school's full name ("陈仓区特殊教育学校", "某县实验小学", "青岛市外国语学校")
_TYPED_SUFFIX = re.compile(r"特殊教育学校|职业|实验|中心|高级中学|初级中学|九年一贯制|完全中学|附属|外国语|双语|国际")
# names that end like a school but are honours or kinds of school ("…示范学校", "文明学校")
_HONOUR_LIKE = re.compile(r"(?:示范|文明|特色|先进|模范|绿色|平安|书香|星级|标准化|达标|合格|重点|名|优秀|名牌|一流)"
                          r"(?:学校|校|小学|中学|大学|幼儿园)$")
# a school's party organization, right after its name
_ITS_PARTY_ORGANIZATION = re.compile(r"(?:党支部|党总支|党委)")
# words that may stand right before a name but are never part of it ("老师们说起光明中学")
_LEADING_VERBS = re.compile(
    r"^(?:来自|位于|地处|坐落于|坐落在|作为|中共|说起|谈起|提起|来到|走进|走出|前往|参观|访问|看望|慰问|组织|带领|召开|开展|举行|"
    r"举办|参加|联合|携手|配合|协同|协助|邀请|表彰|荣获|获得|成为|创建|助力|支持|帮助|结对|对接|就读于?|毕业于|任教于?|"
    r"执教于?|调入|调到|走访|深入|联系|考入|考上|升入|担任|兼任|出任|现任|曾任|任职于?|就职于?|供职于?|回到|离开|进入|专访|采访|访谈|对话|话(?!剧)|"
    # (or an interviewer's request: "请介绍一下学校党组织的情况"; a dialogue's 对, a stop character, leaves its 话 before the name:
    # "对话某某中学党支部书记")
    r"请|介绍(?:一下)?|谈谈|说说|讲讲|"
    # (or by whom something was decided: "经某某中学党支部研究", "由某某小学党支部推荐"; not a development zone's name, 经开区)
    r"经(?![开济纬])|由)+"
)
# an interview's subtitle names whom it visits after a dash: "——访新华路中学党支部书记"
_INTERVIEW = re.compile(r"[—-]{1,2}\s*访(?=[\u4e00-\u9fff])")
# (or opens a line on it, the person visited after the school's name: "访某某小学党支部书记：…")
_INTERVIEWED_AFTER = re.compile(r"(?:党支部|党总支|党委)?(?:书记|副书记|校长|园长)")


# a verb of going to a place or of holding a post there, after a word or two of its subject or time
# ("记者走进…", "我们来到…", "2019年起兼任…"): the name starts after it
_AFTER_MOTION = re.compile(r"^[\u4e00-\u9fff]{1,2}?(?:走进|来到|前往|参观|走访|深入|看望|慰问|访问|担任|兼任|出任)|"
                           # (or of taking part, after a few more words: "党员教师积极参加学校组织的活动")
                           r"^[\u4e00-\u9fff]{1,6}?(?:参加|参与|回到|进入)|"
                           # (or a verb the school is the object of, after an adverb: "紧紧围绕学校中心工作", "立足学校实际")
                           r"^[\u4e00-\u9fff]{0,4}?(?:围绕|立足|依托|结合|融入|面向|助推|推动|促进|引领|扎根|紧扣|聚焦|对标|"
                           r"着眼|针对|服务于|服务)")


def school_mentions(text: str) -> list[tuple[int, str]]:
    """(where it starts, the name) for each mention of a school's name, in text order. A mention is
    read from the few characters before its suffix, so the same school said the same way is read once."""
    found = []
    read: dict[tuple[str, int], tuple[int, str] | None] = {}
    for m in _ZH_SCHOOL.finditer(text):
        context = max(0, m.start() - _LEFT_CONTEXT)
        key = (text[context: m.end()], m.start() - context)
        if key not in read:
            read[key] = _candidate(text, m)
        if (candidate := read[key]) is not None:
            back, name = candidate
            if text[m.start() - back - 1: m.start() - back] in _OPENING_QUOTES and text[m.end(): m.end() + 1] in _CLOSING_QUOTES:
                continue  # a name in quotes of its own is a kind of school striven for ("清廉学校"建设), or a title
            found.append((m.start() - back, name))
    return found


_OPENING_QUOTES, _CLOSING_QUOTES = ("“", "「", "『", '"'), ("”", "」", "』", '"')


_LEFT_CONTEXT = 17  # how far reading a name looks back from its suffix (_walk_left, and one more)


# a verb of going somewhere whose last character stands right before a name ("来到北街小学": not "到北街小学")
_MOTION_BEFORE = re.compile(r"(?:来到|回到|赶到|走到|到达|走进|进入|前往|奔赴|来自)$")


def _one_more_character(text: str, start: int) -> bool:
    """Whether the character before `start` may still be a name's: a CJK character that is no hard stop, nor the end of
    a verb of going there ("来到北街小学")."""
    return start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _HARD_STOPS and \
        not _MOTION_BEFORE.search(text, max(0, start - 2), start)


# the end of a time's words, which no school's name follows run together ("开展2023年度中小学…")
_AFTER_A_TIME = frozenset("年度")
# (and a verb of what is done for schools at large: "召开中小学党建工作会议")
_VERB_BEFORE_SCHOOLS = re.compile(r"(?:召开|开展|举办|举行|组织|推进|加强|推动|部署|表彰|关于|面向)$")


def _candidate(text: str, m: re.Match) -> tuple[int, str] | None:
    """The name a suffix ends, and how far before the suffix it starts; None for no school's name."""
    if m.group(0).startswith("小") and text[m.start() - 1: m.start()] == "中" and (
            not _name_char(before := text[m.start() - 2: m.start() - 1]) or before in _PLACE_SUFFIXES or
            before in _AFTER_A_TIME):
        return None  # 中小学: schools in general ("全区中小学", "2023年度中小学…"), not a name ("城中小学")
    if m.group(0).startswith("小") and text[m.start() - 1: m.start()] == "中" and \
            _VERB_BEFORE_SCHOOLS.search(text, max(0, m.start() - 4), m.start() - 1):
        return None  # (nor after a verb of what is done for them: "召开中小学党建工作会议")
    start = _walk_left(text, m.start())
    if m.start() - start < 2 and _two_character_name(text, m.start()):
        start = m.start() - 2
    proper = text[start: m.start()]
    if proper in _TOWN_SUFFIXES:
        return None  # "来到镇中心学校": the town's school, its town not named
    # a one-character proper name is cut short by a stop character ("向峨小学", or a town's or a road's: "以勒镇中心小学",
    # "向阳路小学"): take one more
    one_char = len(without_region(proper)) == 1 or (len(proper) == 2 and (proper[1] in _TOWN_SUFFIXES or proper[1] in "路街巷"))
    if one_char and _one_more_character(text, start):
        start -= 1
        # (a road's name of two characters, one of them a stop character: "向前路小学", "东前街小学")
        if m.start() - start == 2 and text[start + 1] in "路街巷" and _one_more_character(text, start):
            start -= 1
    # (or a name of three characters that opens its line, its first one that stops a name elsewhere: "向海湾幼儿园党支部…";
    # not a longer name after a word that opens a title: "记河口县第三中学党员教师")
    if not one_char and len(proper) == 2 and start == (text.rfind("\n", 0, start) + 1) + 1 and \
            _one_more_character(text, start):
        start -= 1
    if text.startswith("访", start) and (_INTERVIEW.search(text, max(0, start - 3), start + 2) or (
            start == text.rfind("\n", 0, start) + 1 and _INTERVIEWED_AFTER.match(text, m.end()))):
        start += 1
    if text.startswith("度", start) and text[start - 1: start] == "年":
        start += 1  # "2023年度雁塔区第五小学…": the year's 度 (walking left stopped at 年), not the name's
    name = _LEADING_VERBS.sub("", _AFTER_MOTION.sub("", text[start: m.end()]))
    proper = name[: -len(m.group(0))]
    if m.group(0) == "高中" and not (len(proper) == 2 and any(is_place_name(proper + level) for level in "市县区")):
        return None  # "泸州高中" is a school named after its city; "普通高中", "初中和高中" are kinds of school
    if name in _GENERIC or len(name) < 3 or (_HONOUR_LIKE.search(name) and not _ITS_PARTY_ORGANIZATION.match(text, m.end())):
        return None  # (an honour's words are a school's own name where its party organization follows: "平安小学党支部")
    if not without_region(proper) and not re.search(r"[一二三四五六七八九十\d]", m.group(0)) \
            and not _TYPED_SUFFIX.search(m.group(0)) and not _TOWN_NAMED_SHI.fullmatch(proper) and \
            not (len(proper) == 2 and proper.endswith("州") and is_place_name(proper + "市")):
        # a region plus a generic suffix ("黔江区学校") is not a school's name (but a city's name without 市, whose 州 is
        # its name's own, names a school: "湖州中学", "泸州高中")
        return None
    if _GENERIC_REGION.match(proper) or _KIND_OF_SCHOOL.match(proper) or _KIND_AT_END.search(proper):
        return None  # "山区学校", "农村小学", "民办学校": a kind of school, not one school
    if _TIME_AT_END.search(proper):
        return None  # "今年学校党委计划…", "本学期学校…": a time, then the school the text is about
    if _WHAT_KIND_BEFORE.search(text, max(0, start - 4), start):
        return None  # "光明中学是一所省级示范高中": what kind of school the school named before is
    if _JOINED.search(proper):
        return None  # "城东小学和中学": two schools joined by a word a name may end with
    return m.start() - start, name


# (but a town whose name ends in 市, as no city's does, names its school: "周市中学"; not this or that city, "本市小学")
_TOWN_NAMED_SHI = re.compile(r"(?![本该我全各外此同其某])[\u4e00-\u9fff]市")


# words that make a kind of school of a generic suffix
_KIND_OF_SCHOOL = re.compile(r"^(?:农村|乡村|城市|城镇|偏远|边远|民族|寄宿制?|薄弱|民办|公办|新建|各级各类|中小|普通|重点|"
                             r"义务教育|基层|全国|全省|全市|全县|全区)$")


_JOINED = re.compile(rf"(?:{_ZH_SUFFIXES})和$")
# the words that say what kind of school a school is: "…是一所", "…系一所", "…为一座"
_WHAT_KIND_BEFORE = re.compile(r"(?:是|为|系)(?:一|1)?(?:所|座)$")
# a time said right before 学校 ("今年学校", "近年来学校", "本学期学校"): no name ends with one
_TIME_AT_END = re.compile(r"(?:[今去明前当同次历近多每往]年|年来|以来|学期|学年|年度|期间|月份)$")
# kinds no school is named after, whatever stands before them ("对口帮扶农村薄弱学校", "山里的寄宿制小学")
# (or the schools a level of government runs: "区属中小学", "市直属学校"; not 附属, a school's own word)
_KIND_AT_END = re.compile(r"(?:薄弱|偏远|边远|寄宿制|各级各类|义务教育|民办|公办|[省市区县镇乡直]属中?)$")


def without_region(proper: str) -> str:
    """A name without the places it starts with: 天水市一中 -> 一中."""
    region = split_region(proper)
    rest = proper
    for part in (region.province, region.city, region.district):
        if part and rest.startswith(part):
            rest = rest[len(part):]
    return rest


# a title about the schools of an area ("新城区教育系统党建工作简报", "全县学校党建工作情况通报")
# (or the area's schools named as its education system: "某区召开教育系统党建工作推进会")
# (or an area's schools at large: "关于某县中小学党建工作情况的调研报告")
# (or the area itself doing something for its schools, its title's subject: "某区召开中小学党建工作会议")
# (a place's name: not a community, a campus or an estate, "党员教师进社区举办…")
_AREA_DOES_FOR_SCHOOLS = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?<![社校园小辖景街])(?:省|市|区|县|旗)(?:召开|举办|举行|开展|部署|表彰|启动)"
                                    r"[^\n]{0,20}?(?:中小学|学校|教育系统)")
_AREA_TITLE = re.compile(r"(?:全|各)(?:省|市|区|县|旗|镇|乡)|(?:省|市|区|县|旗)(?:教育局|教委|教育工委)|教育系统|"
                         rf"(?:省|市|区|县|旗)(?:中小学(?:校)?|各(?:级各)?类学校)|{_AREA_DOES_FOR_SCHOOLS.pattern}")


# a school's name as it is often cut short: "第三小学" as "三小", "实验中学" as "实中" ("中关村三小", "中关村第三小学")
# (a numbered senior high school too: "第三高级中学" as "三中", or as "三高"; and a junior one: "第一初级中学" as "一中")
_NUMBERED_HIGH = re.compile(r"(?<=[一二三四五六七八九十])高$")
_NUMBERED = re.compile(r"第([一二三四五六七八九十〇百]+|\d+)(?:[高初]级(?=中学))?(?=小学|中学)")
# a school's number in Chinese numerals, which a short name may write in digits ("郑州市第四十七中学", "郑州47中")
_SCHOOLS_NUMBER = re.compile(r"[一二三四五六七八九十〇百]+(?=[中小])")
_SHORTENED = (("小学", "小"), ("中学", "中"), ("实验小", "实小"), ("实验中", "实中"), ("附属小", "附小"), ("附属中", "附中"),
              ("职业教育中心", "职教中心"), ("中心学校", "中心校"), ("职业技术学校", "职校"), ("职业学校", "职校"),
              # (a university's school without the word for university: "清华大学附属小学" as "清华附小")
              ("大学附小", "附小"), ("大学附中", "附中"))


def short_form(name: str) -> str:
    """`name` as it is cut short (the same school's shorter and longer names have the same short form)."""
    short = _NUMBERED.sub(r"\1", _NUMBERED_HIGH.sub("中", name))
    for long, cut in _SHORTENED:
        if short.endswith(long):
            short = short[: -len(long)] + cut
    return _SCHOOLS_NUMBER.sub(lambda m: str(parse_chinese_number(m.group()) or m.group()), short)


# (a report, a circular or a survey of an area's work, not its news of one event)
AREA_REPORT_TITLE = re.compile(r"(?:情况|工作)(?:通报|报告|汇报|综述)|调研报告|简报|总结")


def area_at_large(title: str) -> bool:
    """Whether a Chinese title names an area or its schools at large and no school: "全区…", "某区教育局…", "江宁区中小学…"
    (not in the title of an honour it quotes, "我校党委荣获“全省先进基层党组织”称号", nor a title of the school's own)."""
    unquoted = re.sub(r"[“\"「『][^”\"」』]{0,40}[”\"」』]", "", title)
    return bool(_AREA_TITLE.search(unquoted)) and not school_mentions(title) and not re.search(r"我校|本校|我园|本园", title)


def find_school_zh(folded: str, title: str | None, mentions: list[tuple[int, str]] | None = None) -> str | None:
    candidates = school_mentions(folded) if mentions is None else mentions
    if _SELF.search(folded):
        # a school named only as the partner of the school the text calls 我校 or 学校 ("与结对帮扶的东山村小学",
        # "到东山村小学支教") is not the text's school
        partners = {name for _, name in candidates} - {name for pos, name in candidates if not _partner(folded, pos, name)}
        candidates = [(pos, name) for pos, name in candidates if name not in partners]
    if not candidates:
        return None
    named = Counter(name for _, name in candidates)
    if title and area_at_large(title):
        if _AREA_DOES_FOR_SCHOOLS.search(re.sub(r"[“\"「『][^”\"」』]{0,40}[”\"」』]", "", title)):
            return None  # the area's own event for its schools, the schools it names speakers or examples: no school's
        if len(named) == 1 and AREA_REPORT_TITLE.search(title):
            return None  # an area's report, which tells of one school as an example ("…中小学校党建工作情况通报"): no school's
        if len(named) >= 2:
            (_, most), (_, next_most) = named.most_common(2)
            if 2 * next_most > most:
                # an area's news of several schools (a bulletin, a meeting where some spoke), none named far more often
                # than the others: no one school's report
                return None
    first_seen: dict[str, int] = {}
    for position, name in candidates:
        first_seen.setdefault(name, position)
    names = sorted(first_seen, key=first_seen.get)  # in the order the text names them
    head = folded[:200]
    # (of two schools a title joins, the first is its subject: "甲小学党支部与乙小学党支部开展结对共建活动")
    in_title = sorted((title.find(name), name) for name in names if title and name in title)
    # (a shorter spelling inside a longer one is the same mention: "西关小学" in "莲湖区西关小学")
    in_title = [(at, name) for at, name in in_title
                if not any(o_at <= at and at + len(name) <= o_at + len(other) and other != name for o_at, other in in_title)]
    title_subject = in_title[0][1] if len(in_title) >= 2 and _SCHOOLS_JOINED.match(
        title, in_title[0][0] + len(in_title[0][1]), in_title[1][0]) else None
    # (the subject is the text's school however often it names the other, the partner it helps: in any of its spellings,
    # "莲湖区西关小学" in the title and "西关小学" after it)
    subject_core = without_region(title_subject) if title_subject else None
    score = Counter()
    for name in names:
        score[name] = folded.count(name) + (3 if title and name in title else 0) + (2 if name in head else 0) \
            + (2 if name + "党" in folded else 0) \
            + (100 if subject_core and without_region(name) == subject_core else 0)
    # a shorter spelling contained in a longer one counts for both; keep the most mentioned, then the longest,
    # then the first named
    best = max(names, key=lambda n: (score[n], len(n), -first_seen[n]))
    # prefer the region-qualified full form of the same school when the text has one ("天水市一中"), or its name in full
    # where the most named is its short form ("清华附小", "清华大学附属小学")
    # (or with its city's 市, which a short name leaves out: "德阳市第五中学", "德阳五中"; never a county's 县, "长沙县一中" is
    # another school than "长沙一中")
    # (or named after its city's district, whose 区 the short name leaves out with the city: "舟山市定海区第二中学", "定海二中";
    # or after a county no city shares its name with: "龙川县第一中学", "龙川一中")
    # (or the short name says its city too, before the district's: "银川金凤五小", "金凤区第五小学")
    # (or the short name says its city by its first character: "杭二中", "杭州第二中学"; "哈三中", "哈尔滨市第三中学")
    longer = [n for n in names if n != best and (
        ((n.endswith(best) or short_form(n).endswith(short_form(best))) and _starts_with_region(n)) or
        (len(n) > len(best) and short_form(_city_by_its_initial(n)) == short_form(best)) or
        (len(n) > len(best) and
         short_form(best) in (short_form(_without_city_word(n)), short_form(_from_district_name(n)))) or
        (len(n) > len(_without_city_name(best)) and
         short_form(_without_city_name(best)) == short_form(_from_district_name(n))))]
    if longer:
        best = max(longer, key=lambda n: (len(n), -first_seen[n]))
    return best


# the word that joins two schools in a title: "甲小学党支部与乙小学党支部…", "甲小学携手乙小学…"
_SCHOOLS_JOINED = re.compile(r"[^，,。；;：:\d]{0,6}?(?:与|和|同|携手|联合)")
# the text's own school, unnamed: "我校", "学校党支部"
_SELF = re.compile(r"我校|本校|我园|本园|学校党(?:支部|总支|委)|(?<![\u4e00-\u9fff])学校(?![\u4e00-\u9fff]{0,2}[”\"])")
# (not across a dash that parts a headline from its subtitle: "凝聚力量 共建共享——城关镇第一小学…")
_PARTNER_BEFORE = re.compile(r"(?:结对|帮扶|对口|支教|送教|联盟|共建|手拉手|支援)[^，,。；;—\n]{0,6}$")
_PARTNER_AFTER = re.compile(r"[^，,。；;]{0,2}?(?:支教|送教|交流学习)")


def _partner(folded: str, pos: int, name: str) -> bool:
    """Whether a mention names a school as a partner of the text's own: helped, paired, taught at."""
    return bool(_PARTNER_BEFORE.search(folded, max(0, pos - 12), pos) or
                _PARTNER_AFTER.match(folded, pos + len(name)))


def _without_city_word(name: str) -> str:
    """`name` without the 市 of the city it starts with ("德阳市第五中学" → "德阳第五中学")."""
    label = split_region(name).label
    if label and label.endswith("市") and len(label) > 2 and name.startswith(label):
        return name[: len(label) - 1] + name[len(label):]
    return name


def _without_city_name(short: str) -> str:
    """A short name without the name of the city it opens with, 市 left out ("银川金凤五小" → "金凤五小"), else `short`."""
    for length in (2, 3):
        if len(short) > length + 2 and is_place_name(short[:length] + "市"):
            return short[length:]
    return short


def _city_by_its_initial(name: str) -> str:
    """`name` with the city it opens with said by its first character, 市 left out ("杭州第二中学" → "杭第二中学"), else
    `name`."""
    for length in (2, 3):
        if len(name) > length + 2 and is_place_name(name[:length] + "市"):
            rest = name[length:]
            return name[0] + (rest[1:] if rest.startswith("市") else rest)
    return name


def _from_district_name(name: str) -> str:
    """`name` from its district's name on, without the district's 区 ("舟山市定海区第二中学" → "定海第二中学"), or a county's
    县 where no city goes by the county's name ("龙川县第一中学" → "龙川第一中学"; "长沙县一中" is another school than
    "长沙一中", 长沙 being a city)."""
    district = split_region(name).district
    at = name.find(district) if district else -1
    if at < 0 or len(district) < 3 or not (
            district.endswith("区") or (district.endswith("县") and not is_place_name(district[:-1] + "市"))):
        return name
    return name[at: at + len(district) - 1] + name[at + len(district):]


def _starts_with_region(name: str) -> bool:
    region = split_region(name)
    return bool(region.label) and name.startswith(region.label)


_EN_GENERIC = {"the", "our", "all", "this", "that", "elementary", "primary", "middle", "high", "junior", "senior",
               "secondary", "school", "schools", "party", "building", "work", "plan", "each", "every", "various",
               "civilized", "model", "excellent", "education", "city", "county", "district", "teaching", "of",
               "kindergarten", "college", "vocational", "technical", "municipal", "provincial", "national", "advanced",
               "outstanding", "demonstration", "green", "key"}
# the words of names many schools share ("Experimental Primary School", "No. 1 Middle School", "Central School")
_EN_SHARED_NAMES = {"experimental", "experiment", "central", "foreign", "languages", "language", "no", "first", "second",
                    "third", "new", "affiliated", "attached", "primary", "middle"}
_EN_SCHOOL = re.compile(
    # (two kinds of school may be joined by "and": "Dongfang Vocational and Technical College")
    # (a word's point is an abbreviation's, "St. Mary's", never a sentence's end: "… Primary School. Shimen …")
    r"((?:(?:[A-Z][a-z]{0,2}\.|[A-Z][A-Za-z'’-]*)[ \t]+|(?:(?<=Vocational )|(?<=Technical )|(?<=Secondary ))and[ \t]+){1,6}"
    r"(?:No\.[ \t]*\d+[ \t]+)?(?:(?:(?:Primary|Middle|High|Elementary|Secondary|"
    r"Junior High|Senior High|Vocational|Secondary Vocational|Technical|Experimental|Special Education|Opera|Art|"
    # (a kindergarten may be numbered after its name: "Pingxiang Kindergarten No. 2")
    r"Foreign Language)[ \t]+)?School|Kindergarten(?:[ \t]+No\.[ \t]*\d{1,2}\b)?|Vocational College|Technical College|"
    r"Technician College|"
    # (a junior or senior high may be named without "School": "Lakeview Junior High")
    r"(?:Junior|Senior)[ \t]+High(?![ \t]+School)|"
    # (or a primary school named without "School" before its possessive, "Elm Road Primary's branch", or before a dash or
    # a colon, as a newsletter's heading names it: "Oak Lane Primary — Spring Newsletter")
    r"Primary(?=['’]s\b|[ \t]*(?:[—–:|]|-{1,2}[ \t]))|"
    # (or an academy, a school's name too: not one of research, "Academy of Sciences")
    r"Academy(?![ \t]+of[ \t]+(?:Sciences|Social|Engineering|Agricultural|Medical|Fine|Arts|Educational|Education)\b))"
    # a school named after what it belongs to or where it is: "… School Affiliated to Renmin University
    # of China", "… Primary School of Jinan"
    r"(?:[ \t]+Affiliated[ \t]+to[ \t]+(?:[A-Z][A-Za-z'’.-]*[ \t]+){0,4}(?:University|College)(?:[ \t]+of[ \t]+"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?|[ \t]+of[ \t]+[A-Z][a-z]+(?=[\s,.;:)]|$)(?![ \t]+(?:District|County|City|Province)\b))?)\b"
)
_EN_SAINT = frozenset({"St.", "St", "Saint"})
# the words of a street or a place a possessive may name, in a school's own name ("Queen's Road", "Bishop's Park")
_EN_PLACE_NAMED = frozenset({"Road", "Street", "Lane", "Avenue", "Park", "Hill", "Gate", "Square", "Green", "Wood", "Court",
                             "Cross", "Bridge", "Way", "Walk", "Mead", "Field", "Meadow"})
# words a sentence may open with before a school's name ("At Sunrise Vocational School, …")
_EN_LEADING = frozenset({"the", "our", "all", "this", "of", "building", "at", "in", "from", "for", "to", "by",
                         "with", "on", "and", "across", "within", "inside", "since", "as", "about",
                         # (or a clause it opens: "When Maple Primary School's branch was set up, …")
                         "when", "while", "after", "before", "although", "though", "because", "if", "once", "until",
                         "today", "recently", "yesterday",
                         # (or a date's month: "On 1 July Hazelgrove Primary School's branch …")
                         "january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december",
                         # (or a question a headline opens with: "How Lianhua Middle School's branch …")
                         "how", "why", "what", "where", "who"})
_EN_NOT_NAME = {"party", "committee", "branch", "work", "plan", "building", "report", "bureau", "department"}


def _quoted(text: str, pos: int) -> bool:
    """Whether `pos` falls inside quotation marks on its line."""
    line = text[text.rfind("\n", 0, pos) + 1: pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def school_mentions_en(folded: str) -> list[tuple[int, str]]:
    """(where it starts, the name) for each English school name written in capitals ("Hongqi Village Primary
    School"), without the words a sentence may open with before it."""
    found = []
    for m in _EN_SCHOOL.finditer(folded):
        words = m.group(1).split()
        while words and words[0].lower() in _EN_LEADING:
            words = words[1:]
        if words:
            name = " ".join(words)
            found.append((m.start(1) + m.group(1).find(name), name))
    return found


def find_school_en(folded: str, seg_labels) -> str | None:
    counts: Counter = Counter()
    starts = []  # where each name counted is written
    in_title: set[str] = set()  # the names the first line (the title) writes
    party_of: set[str] = set()  # the names whose party organization the text names ("the party branch of …")
    first_at: dict[str, int] = {}  # where each name is first written
    title_end = _first_line_end(folded)
    for m in _EN_SCHOOL.finditer(folded):
        if seg_labels(m.start(), m.end()) or _quoted(folded, m.start()) or \
                _EN_TITLE_GIVEN_BEFORE.search(folded, max(0, m.start() - 40), m.start()) and \
                not folded.startswith(("'s ", "’s "), m.end()):
            continue  # (a quoted name is an honour's title: "… won the title of "Provincial Model School""; or one given:
            # "was named a Chongqing Model Rural School Party Branch"; not a school whose branch was named something:
            # "the bureau named Elm Kindergarten's branch a model branch")
        name = m.group(1)
        if numbered := _EN_NUMBER_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            # "No. 8 Middle School of Hefei": its number opens the name, after the place it may name first ("Dezhou No. 2
            # Experimental Primary School", which the pattern reads from "Experimental": a number is no capital)
            place = numbered.group(1)
            if place and place.split()[0].lower() in _EN_NOT_NAME | _EN_GENERIC | _EN_LEADING:
                place = None
            name = f"{place + ' ' if place else ''}No. {numbered.group(2)} {name}"
        words = name.split()
        # drop a leading region ("Nanming District …") and leading generic words
        # (kept where the rest is a name many schools share: "Dalian Shahekou District Experimental Primary School")
        for i, w in enumerate(words):
            if w in ("District", "County", "City", "Province") and i < len(words) - 2:
                if not all(r.lower().strip(".") in _EN_GENERIC | _EN_SHARED_NAMES or r[0].isdigit() for r in words[i + 1:]):
                    words = words[i + 1:]
                break
        while words and words[0].lower() in _EN_LEADING:
            words = words[1:]
        # (and what it belongs to, said with a possessive: "Nanjing's Jinling Middle School"; not a saint's, which names
        # the school: "St. Luke's Primary School"; nor one that names a street or a place the school is named after:
        # "Queen's Road School", "King's Park Primary School")
        owner = max((i for i, w in enumerate(words[:-2]) if w.endswith(("'s", "’s")) and
                     not (i and words[i - 1] in _EN_SAINT) and words[i + 1] not in _EN_PLACE_NAMED), default=None)
        if owner is not None:
            words = words[owner + 1:]
        proper = [w for w in words if w.lower().strip(".") not in _EN_GENERIC and not w[0].isdigit()
                  and w.lower() not in ("no.",)]
        if not proper or any(w.lower() in _EN_NOT_NAME for w in words):
            continue
        counts[" ".join(words)] += 1
        first_at.setdefault(" ".join(words), m.start())
        starts.append(m.start())
        if m.start() < title_end:
            in_title.add(" ".join(words))
        if _EN_PARTY_OF.search(folded, max(0, m.start() - 40), m.start()) or _EN_ITS_PARTY.match(folded, m.end()):
            party_of.add(" ".join(words))
    if not counts:
        return _numbered_school_en(folded)
    # a name that ends another is that school said short ("Affiliated Primary School" in a title, for "Hunan Normal
    # University Affiliated Primary School"): counted as it
    # (or its name without "School": "Yunlong Primary's Party members" for "Yunlong Primary School")
    for short in sorted(counts, key=len):
        longer = [n for n in counts if n != short and (n.endswith(" " + short) or n == f"{short} School")]
        if len(longer) == 1:
            full = longer[0]
            counts[full] += counts.pop(short)
            first_at[full] = min(first_at[full], first_at[short])
            if short in in_title:
                in_title.add(full)
            if short in party_of:
                party_of.add(full)
    if len(counts) >= 2 and all(n == 1 for n in counts.values()) and \
            all(EN_ITEM_OPENING.fullmatch(folded, folded.rfind("\n", 0, at) + 1, at) for at in starts):
        return None  # a bulletin of items from several schools, each opened by its school's name: no one school's report
    if area_at_large_en(folded[:title_end]) and (len(counts) >= 2 or not in_title):
        return None  # a report on an area's schools at large, which tells of some of them: no one school's report
    if len(counts) >= 2 and _EN_SEVERAL_SCHOOLS_TITLE.search(folded, 0, title_end) and not in_title:
        most, next_most = sorted(counts.values(), reverse=True)[:2]
        if 2 * next_most > most:
            return None  # a round-up of several schools ("District round-up: three schools' Party branches"), none named
            # far more often than the others
    # (named as often as another, the school whose party organization the text names, "the party branch of Zhuzhou
    # Kindergarten … went to Hongqi Village Primary School"; then the school the title names: "Chengnan Primary School
    # takes lessons to its partner school", which the text names twice too; then the one named first, the subject of the
    # text's first sentence: "the branch of Foxwood Primary School signed a partnership with the branch of Hillcrest …")
    # (of two schools a title joins, the first is its subject, however often the text names the other, the partner it
    # works with: "Elm Lane School and Pine Hill School: working together", as in Chinese)
    joined = _EN_SCHOOLS_JOINED.search(folded, 0, title_end)
    if joined and (first := next((n for n in counts if joined.group(1).endswith(n)), None)) and \
            any(joined.group(2).startswith(n) for n in counts if n != first):
        return first
    return max(counts, key=lambda n: (counts[n], n in party_of, n in in_title, -first_at[n], len(n)))


# two schools a title joins: "A School and B School: …", "A School pairs up with B School"
_EN_SCHOOLS_JOINED = re.compile(r"((?:[A-Z][\w.'’-]*[ \t]+){1,6}(?:School|Kindergarten|Academy|College))[ \t]+"
                                r"(?:and|&|pairs up with|paired up with|partners with|teams up with|joins hands with|helps)[ \t]+"
                                r"((?:[A-Z][\w.'’-]*[ \t]+){1,6}(?:School|Kindergarten|Academy|College))")


# a title on an area's schools at large: "Party work in the primary and secondary schools of Maple District", "The
# county's schools in 2023", "District-wide review of school Party work"
_EN_AREA_AT_LARGE = re.compile(r"\bschools (?:of|in|across) (?:the )?(?:[A-Z][a-z]+ )*(?:District|County|City|Province|"
                               r"district|county|city|province)\b|\b(?:district|county|city|province)['’]s (?:[a-z]+ )?schools\b|"
                               r"\b(?:district|county|city|province)-wide\b|"
                               # (or the area, then its schools at large: "Province strengthens Party building in primary and
                               # secondary schools")
                               r"^\s*(?:the )?(?:[A-Z][a-z]+ )?(?:province|city|county|district|municipality)\b[^\n]*\b"
                               r"(?:(?:primary and (?:secondary|middle)|secondary|primary|middle|all|its) schools|"
                               # (or their party work: "Riverside District reviews school Party work")
                               r"schools?['’]? (?:party|cpc) (?:work|building|organi[sz]ations))\b|"
                               # (or the area's education authority, as 县教育局 is: "County education bureau Party committee
                               # holds training for school Party secretaries")
                               r"\beducation(?:al)? (?:bureau|department|commission|work committee)\b", re.I)


def area_at_large_en(title: str) -> bool:
    """Whether an English title is on an area's schools at large, naming no school of its own."""
    return bool(_EN_AREA_AT_LARGE.search(title)) and not _EN_SCHOOL.search(title)


# a title that tells of several schools: "three schools' Party branches", "District round-up"
_EN_SEVERAL_SCHOOLS_TITLE = re.compile(r"\bschools['’]|\bround-?up\b|\b(?:two|three|four|five|six|several|\d+) schools\b", re.I)
# what gives a title, right before a name that is the title: "was named a …", "rated as an …"
_EN_TITLE_GIVEN_BEFORE = re.compile(r"\b(?:named|rated|designated|selected|awarded|honou?red|recogni[sz]ed)(?: as)? (?:an? |the )?$")
# a school's number before the words the name is matched from: "No. 8 Middle School of Hefei"
_EN_NUMBER_BEFORE = re.compile(r"(?:\b([A-Z][a-z]{2,}(?:[ \t]+(?:District|County|City))?)[ \t]+)?\bNo\.[ \t]*(\d+)[ \t]+$")
# a school's party organization named before it ("the party branch of …") or after it ("…'s Party committee", or its
# branch with no word of the party: "the members of the Elm Kindergarten branch")
_EN_PARTY_OF = re.compile(r"\b(?:party|cpc) (?:branch|general branch|committee) of (?:the )?$", re.I)
_EN_ITS_PARTY = re.compile(r"(?:'s|’s)? (?:(?:party|cpc) (?:branch|general branch|committee)|branch)\b", re.I)


# what may stand before a school's name opening an item of a bulletin: a bullet or a number
EN_ITEM_OPENING = re.compile(r"[ \t]*(?:[-•*·]|\d{1,2}[.)])?[ \t]*")


_PLACE_EN = r"[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:County|District|City)"
_EN_NUMBERED_SCHOOL = re.compile(
    rf"(?:({_PLACE_EN})[ \t]+)?No\.[ \t]*(\d+)[ \t]+((?:Primary|Middle|High|Junior High|Senior High|Vocational)[ \t]+School)"
    rf"(?:(?:,[ \t]*|[ \t]+(?:of|in)[ \t]+)({_PLACE_EN}))?"
)


def _numbered_school_en(folded: str) -> str | None:
    """"No. 2 Middle School, Qinghe County": a numbered school is named with its place, before or after, as the text
    writes it (or, with no place written, by its number alone, as "第七中学" is: matching it to a school asks for its
    region)."""
    found = list(_EN_NUMBERED_SCHOOL.finditer(folded))
    for m in found:
        if m.group(1) or m.group(4):
            return " ".join(m.group(0).split())
    return f"No. {found[0].group(2)} {found[0].group(3)}" if found else None


# ------------------------------------------------------------------ region

def _first_line_end(folded: str) -> int:
    """Where the first line with text (the title) ends."""
    end = folded.find("\n", len(folded) - len(folded.lstrip()))
    return len(folded) if end < 0 else end


def find_region_zh(folded: str, school: str | None) -> str | None:
    """The school's region: from its own name, else written just before it, else the most named region."""
    if school:
        region = split_region(school.replace("中共", ""))
        if not region.label:
            for prefix in _prefixes_before(folded, school):
                candidate = split_region(prefix)
                if candidate.label and len(candidate.label) > len(region.label or ""):
                    region = candidate
        if region.label:
            return place_municipality(region, folded).label
    counts = Counter(_region_tokens(folded))
    if not counts:
        return None
    if school:
        # a region named like the school ("宁化县" for "宁化一中")
        named = [t for t in counts if school.startswith(t[:-1]) and len(t) >= 3]
        if named:
            return place_municipality(split_region(named[0]), folded).label or named[0]
    token, n = counts.most_common(1)[0]
    if n < 2 and not school:
        # (a text of no school's, an area's circular or survey, is of the place its title names once: "黄石市中小学校…")
        in_title = next(_region_tokens(folded[: _first_line_end(folded)]), None)
        if in_title and is_place_name(split_region(in_title).label or ""):
            return place_municipality(split_region(in_title), folded).label or in_title
    if n < 2:
        return None
    return place_municipality(split_region(token), folded).label or token


def _region_tokens(folded: str):
    for m in re.finditer(r"(?:自治区|自治州|省|市|区|县|旗)", folded):
        start = _walk_left(folded, m.start())
        token = folded[max(start, m.start() - 5): m.end()]
        # (a campus, a park, an estate or a scenic area is no region: "东校区", "高新园区")
        if len(token) >= 3 and not _GENERIC_REGION.match(token) and \
                not token.endswith(("城市", "都市", "社区", "校区", "园区", "小区", "景区", "片区", "厂区")) \
                and not re.search(r"[局委部厅属育会]", token):
            yield token


def _prefixes_before(folded: str, school: str):
    """The name characters written right before each mention of the school ("黔江区" in "黔江区菁华小学校")."""
    for m in re.finditer(re.escape(school), folded):
        start = _walk_left(folded, m.start())
        if start < m.start():
            yield folded[start: m.start()]


_EN_REGION = re.compile(r"\b((?:[A-Z][a-z]+\s){1,2}(?:District|County|Province|City))\b")


def find_region_en(folded: str) -> str | None:
    counts = Counter(m.group(1).strip() for m in _EN_REGION.finditer(folded))
    counts = Counter({k: v for k, v in counts.items() if not k.startswith(("The ", "Each ", "Our "))})
    if counts:
        return counts.most_common(1)[0][0]
    for word in EN_MUNICIPALITIES:
        if word.capitalize() in folded:
            return word.capitalize()
    # a city named with the school, without a level word: "Sunshine Primary School (Hangzhou)",
    # "Guiyang No. 3 Middle School", "Nanjing's Jinling Middle School", when the gazetteer reads the name as one place
    for m in _EN_PLACE_WITH_SCHOOL.finditer(folded[:2000]):
        name = m.group(1) or m.group(2) or m.group(3)
        if english_region(name) is not None:
            return name
    return None


_EN_PLACE_WITH_SCHOOL = re.compile(
    r"\b(?:School|Kindergarten|College)\s*\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)|"
    r"\b([A-Z][a-z]{2,})(?: City)? No\.\s*\d+ (?:Middle|Primary|High|Secondary|Junior|Senior|Experimental)|"
    # (or the place the school belongs to: "Nanjing's Jinling Middle School")
    r"\b([A-Z][a-z]{2,})['’]s (?:[A-Z][A-Za-z-]* ){1,3}(?:School|Kindergarten|College)\b")


def school_level(school: str | None) -> str:
    return school_level_from_name(school)
