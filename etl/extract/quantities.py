"""Quantities: a number with its measure word and qualifier ("10余次", "近200人", "more than 20").

Runs on folded text (etl.textnorm.fold: simplified characters, half-width digits), so that offsets
are offsets into the original report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl import qualifiers
from etl.extract.text import EN_MONTHS, line_start_within
from etl.numbers import EN_NUMBER_WORDS, parse_english_number, parse_number


@dataclass(frozen=True)
class Quantity:
    start: int  # the whole quantity, qualifier words included
    end: int
    value: float
    qualifier: str
    unit: str  # the measure word (Chinese) or "" (English)
    lang: str
    article: bool = False  # English "a"/"an": a count only where a rate follows ("a meeting every month")
    ordinal: bool = False  # English: the place of one event among the year's so far ("the third theme Party day of the year")


# the qualifier words of etl/qualifiers.py (a report writes words; marks such as "~" are ranges here)
ZH_PRE = {w: q for w, q in qualifiers.BEFORE.items() if w.isalpha()}
ZH_MID = qualifiers.BETWEEN
ZH_POST = {w: q for w, q in qualifiers.AFTER.items() if w.isalpha()}
ZH_UNITS = ("人次", "个人", "个小时", "小时", "人", "名", "位", "次", "场次", "场", "回", "个", "支", "对", "份", "组",
            "节", "堂", "项", "篇", "户", "讲", "课时", "期", "批次")

# A number starts where its run of digits (or numerals) starts, and takes the whole run: tried at
# every digit of a long run, the pattern would rescan the rest of it each time.
_ZH_NUM = r"(?<!\d)\d++(?:,\d{3})*(?:\.\d+)?(?:[多余]?(?:万|千))?|(?<![零〇一二两三四五六七八九十百千万])[零〇一二两三四五六七八九十百千万]++(?:(?<=十)几)?"
# starts at the number, so that the regex engine can skip to digits and numerals; the qualifier
# before the number (约, 近, 超过 …) is read by looking back (see _pre_zh)
# words built of a number and a measure word that count nothing: "一对一帮扶" (one-to-one),
# "一次性补助" (a one-off grant)
_ZH_NOT_A_COUNT = r"[一1]\s?对\s?[一二两多1-9]|[一1]次性"
# works, films or videos, counted by 部 after digits ("微课视频12部"; "看一部电影" is one of a programme of ones, and 部分,
# 部门 are no measure)
_WORKS = r"(?<=\d)部(?![分门署])"
# the end of a count of people, units or times, as a pattern fragment for the readers that look for one
# next to a word ("3个党支部、党员64名", "4名老党员和3名…"): the last digit or numeral and its measure word
COUNT_END = r"(?:\d|[一二两三四五六七八九十百千])\s?[余多]?\s?[个名位支人户次]"
ZH_QUANTITY = re.compile(
    rf"(?!{_ZH_NOT_A_COUNT})(?P<num>{_ZH_NUM})"
    rf"(?:\s*(?:-|~|—|–|至|到)\s*(?P<num2>{_ZH_NUM}))?"
    rf"(?:\s?(?P<mid>{qualifiers.alternation(ZH_MID)}))?"
    rf"\s?(?P<unit>{'|'.join(ZH_UNITS)}|{_WORKS})"
    # (months, terms or weeks are a time, not a count of 个: "一个月内", "两个多月来", "三个学期")
    rf"(?!(?<=个)多?(?:月|学期|星期|礼拜|工作日))"
    rf"(?P<post>{qualifiers.alternation(set(ZH_POST) - set(ZH_MID))})?"
)

EN_PRE = qualifiers.BEFORE_EN
_EN_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
_EN_SMALL_WORD = "|".join(sorted(EN_NUMBER_WORDS[:20], key=len, reverse=True))
# "four or five", "3 or 4": an estimate, read as at least the smaller number
_EN_PAIR = rf"(?:{_EN_SMALL_WORD}|\d{{1,3}}) or (?:{_EN_SMALL_WORD}|\d{{1,3}})(?![\w-])"
# "6 to 8 members", "3–5 new members", "two to three new members": a range, read as at least its lower end (not a change:
# "grew from 30 to 45")
_EN_RANGE = (rf"(?<!from )(?:\d{{1,3}}(?: to |\s?[–—-]\s?)\d{{1,3}}|(?<![\w-])(?:{_EN_SMALL_WORD}) to (?:{_EN_SMALL_WORD}))"
             r"(?![\w,.-])")
_EN_RANGE_MARK = re.compile(r" to |\s?[–—-]\s?")
_EN_NUM = (
    rf"once or twice|{_EN_PAIR}|{_EN_RANGE}|once|twice|thrice|half a dozen|(?:a|{_EN_SMALL_WORD}|\d{{1,2}}) dozen|"
    rf"\d+(?:,\d{{3}})*(?:\.\d+)?"
    rf"|(?:an?\s+(?=hundred|thousand))?(?:{_EN_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_EN_WORD}))*|an?"
)
# (a count joined to "member" counts the members: "a 19-member volunteer team")
EN_QUANTITY = re.compile(
    rf"(?<![\w.-])(?P<pre>{qualifiers.alternation(EN_PRE)})?\s*"
    rf"(?<![\w.-])(?P<num>{_EN_NUM})(?![\w%])(?!-(?!member\b|plus\b|odd\b|part\b|strong\b)\w)(?!\s*(?:th|st|nd|rd|%|percent)\b)"
    # (nor a time of day: "at 6 a.m.", "at 7 pm", "at 9 o'clock")
    rf"(?!\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock\b))",
    re.I,
)
_RATE_NEAR = re.compile(r"\b(?:every|each|per|a)\s+(?:six months|half|academic|school|semester|term|quarter|month|"
                        r"week|year|day)|\b(?:weekly|monthly|quarterly|annually|yearly|daily)\b")
# times said right after the noun an article opens: "a theme party day once a month", "a party lecture twice a term"
_TIMES_AFTER_ITS_NOUN = re.compile(r"\s+(?:[a-z'-]+\s+){1,5}?(?:once|twice|thrice|(?:\d+|three|four|five|six) times)\b")
# "every quarter the secretary gives a party lecture": a rate earlier in the clause
_RATE_BEFORE = re.compile(r"\b(?:every|each)\s+(?:six months|half[- ]year|academic year|school year|semester|term|"
                          r"quarter|month|week|year|day)\b[^,.;]*$")
# "has a party branch", "there is a party group": an article after a verb of having may count one
_HAVING = re.compile(r"\b(?:has|have|had|established|set up|formed|there is|there was)\s+$")
_EN_PAIRS = {"once or twice": (1, "at_least")}
_MONTHS = f"(?:{EN_MONTHS})"


def _combine(*qualifiers: str | None) -> str:
    found = {q for q in qualifiers if q}
    if not found:
        return "exact"
    if "approx" in found or {"at_least", "at_most"} <= found:
        return "approx"
    return "at_least" if "at_least" in found else "at_most"


_PRE_BY_LENGTH = sorted(ZH_PRE, key=len, reverse=True)
# a qualifier word, then the verb it bears on, before the number: "约有200人", "至少讲一次党课" (not
# 近, which ends other words: "最近有20人")
_PRE_THEN_VERB = re.compile(rf"({qualifiers.alternation(w for w in ZH_PRE if len(w) > 1 or w == '约')})"
                            r"(?:有|达到|达|讲|上|开展|召开|组织|举办|举行)$")


# 至少 earlier in the clause: "至少家访一次", "至少要组织主题党日活动2次"
_AT_LEAST_THEN_VERB = re.compile(r"(至少|最少)([\u4e00-\u9fff]{1,12})$")


def _pre_zh(text: str, start: int) -> tuple[str, int]:
    """The qualifier word before a number, and how many characters before the number it starts
    (more than its length where a verb stands between: "至少讲一次")."""
    head = text[max(0, start - 3): start]
    for word in _PRE_BY_LENGTH:
        if head.endswith(word):
            return word, len(word)
    if found := _PRE_THEN_VERB.search(text, max(0, start - 5), start):
        return found.group(1), start - found.start()
    found = _AT_LEAST_THEN_VERB.search(text, max(0, start - 14), start)
    if found and not re.search(r"[零〇一二两三四五六七八九十百千万]", found.group(2)):
        # "每学期至少家访一次", "至少要组织主题党日活动2次": the words between stay outside the quantity,
        # where the rules read them (a numeral between them would be a count of its own)
        return found.group(1), 0
    return "", 0


# a word before a round numeral only: "上百人次" is a hundred or more, "超千人次" more than a thousand,
# "数十名" and "几百人" some tens or hundreds (at least one ten or hundred)
_ROUND_PREFIX = {"上": "at_least", "超": "at_least", "数": "at_least", "几": "at_least"}


# (of tens or hundreds too: "二三十人", "三四百人次")
_NEIGHBOURS = re.compile(r"(?:(一)[两二]|(两|二)三|(三)[四五]|(四)五|(五)六|(六)七|(七)八|(八)九)(十|百|千)?")


# a list's item number run together with a count after it ("4.1名…"), and the measure words of whole things
_ITEM_THEN_COUNT = re.compile(r"\d{1,2}\.(\d+)")
_WHOLE_UNITS = frozenset({"人次", "个人", "人", "名", "位", "次", "场次", "场", "回", "个", "支", "对", "份", "组", "节", "堂",
                          "项", "篇", "户", "讲"})


# the measure words a numeral right after 周 counts by, how many a week: "每周三次", "每周两节"
_TIMES_A_WEEK = ("次", "节", "课时", "小时", "个小时", "场", "场次", "回", "堂")
_WEEKDAYS = frozenset("一二三四五六日")


def is_weekday(text: str, m: re.Match) -> bool:
    """Whether a match of ZH_QUANTITY is a day of the week, its measure word the start of the next word:
    "每月第一周周三组织学习" (not how many a week, "每周三次", nor after a number of weeks, "一周三名党员值班")."""
    return m.group("num") in _WEEKDAYS and text.endswith(("周", "星期", "礼拜"), 0, m.start()) and \
        m.group("unit") not in _TIMES_A_WEEK and not re.search(r"[一两二三四五六七八九十\d]周$", text[:m.start()])


def find_zh(text: str) -> list[Quantity]:
    found = []
    for m in ZH_QUANTITY.finditer(text):
        num = m.group("num")
        pre, reach = _pre_zh(text, m.start())
        if not pre and num in ("十", "百", "千", "万") and text[m.start() - 1: m.start()] in _ROUND_PREFIX:
            pre, reach = text[m.start() - 1], 1
        start = m.start() - reach
        # part of a longer code, phone or ID number ("023-79310379", "QQ:37771497", "A3次"); not a second count after a
        # slash and a measure word, as a table's cell holds them ("8次/112人次")
        before = text[start - 1] if start else ""
        after_a_measure = before == "/" and start >= 2 and not text[start - 2].isascii()
        if before.isascii() and (before.isalnum() or before in ".-/") and before and not pre and not after_a_measure:
            continue
        if not pre and is_weekday(text, m):
            continue
        if (item := _ITEM_THEN_COUNT.fullmatch(num)) and m.group("unit") in _WHOLE_UNITS and \
                (line_start := line_start_within(text, start, 8)) is not None and not text[line_start: start].strip():
            # "4.1名入党积极分子参加培训" opening a line: item 4 of a list, one person (no one counts people in
            # tenths)
            num, start = item.group(1), m.start() + item.start(1)
        digits = re.sub(r"\D", "", num)
        if len(digits) >= 7 or (len(digits) == 4 and digits[:2] in ("19", "20") and m.group("unit") in ("名", "位")):
            continue
        # "9800多万": some more than 9800 ten-thousands, at least 98 million
        some_more = re.search(r"[多余](?=[万千])", num)
        value = parse_number(num[: some_more.start()] + num[some_more.end():] if some_more else num)
        # two neighbouring numerals, "两三次", "七八人": two or three, read as at least the smaller
        pair = _NEIGHBOURS.fullmatch(num) if value is None else None
        if pair:
            value = float(parse_number(next(g for g in pair.groups()[:8] if g) + (pair.group(9) or "")))
        if value is None or value == 0:
            continue
        qualifier = _combine(ZH_PRE.get(pre) or _ROUND_PREFIX.get(pre), ZH_MID.get(m.group("mid") or ""),
                             ZH_POST.get(m.group("post") or ""),
                             # ("十几次", "二十几人": ten and some, at least ten)
                             "at_least" if m.group("num2") or pair or num.endswith("几") or some_more else None)
        if m.group("num2") and parse_number(m.group("num2")) is None:
            continue
        found.append(Quantity(start, m.end(), value, qualifier, m.group("unit"), "zh"))
    return found


# verbs whose particle reads like a qualifier: "presided over", "handed over"
_VERB_BEFORE_PARTICLE = re.compile(r"\b(?:presided|presides|preside|presiding|handed|turned)\s+$")
# what has risen, or the verb of its rising, right before "up to": "membership up to 24", "brought it up to 30"
_RISEN_BEFORE_UP = re.compile(r"\b(?:membership|numbers?|total|rose|risen|went|gone|grew|grown|climbed|moved|brought|bringing|"
                              r"brings?|taking|took|takes|raising|raised|raises)(?:\s+(?:it|them|the (?:branch|school|total)|"
                              r"its (?:membership|numbers?)))?\s+$")
# a count and its noun right before "over", which then spreads them across what follows: "logged 860 hours over 41
# sessions" (not "served over 300 people", where it qualifies the number)
_SPREAD_OVER = re.compile(r"\d[\d,]*\s+(?:[a-z'-]+\s+){0,2}?[a-z]+s\s+$")
# what a number that looks like a year counts when it is no year, and the qualifier only a count has before it
# (or right after a verb that takes people as its object: "served 2021 people")
_QUALIFIED = re.compile(r"\b(?:more than|over|about|nearly|almost|around|up to|at least|a total of|served|serving|helped|"
                        r"benefited|benefiting|reached|reaching|visited|trained|tutored|assisted|covered|covering)\s*$")
_COUNT_NOT_YEAR = re.compile(r"\s*(?:people|persons|person-times|students|pupils|residents|hours|times|members|teachers|"
                             r"volunteers|households|families|children|villagers|visits)\b")


# a number and some more, said after it: "600+", "300-plus", "40-odd", "300 or more"
_MORE_AFTER = re.compile(r"\+|-(?:plus|odd)\b|\s+or more\b")


# "number" as what an organization does: "we now number 35" (not "No. 5", "number 3 school"); or whatever is said to
# number so many now: "the pairings formed since 2019 now number 118"
_NUMBER_AS_A_VERB = re.compile(r"\b(?:we|it|they|branch|committee|members) (?:now |currently |still )?numbers?\s*$|"
                               r"\b(?:now|currently|still) numbers?\s*$")
# the words before an age: "aged", "the age of", "(had) turned", or people said to be under or over it
_AN_AGE_BEFORE = re.compile(r"(?:\baged|\bages? of|\b(?:had |have |has )?turned|"
                            r"\b(?:people|persons|teachers|members|staff|colleagues|women|men|"
                            r"comrades|activists|applicants)\s+(?:under|over|below|above))\s*$")


def find_en(text: str) -> list[Quantity]:
    """English quantities in lower-cased folded text (years, dates and percentages left out, and ordinals but those
    that place an event among the year's so far)."""
    found = []
    for m in EN_QUANTITY.finditer(text):
        num = m.group("num").lower()
        if num in ("a", "an") and _TIMES_AFTER_ITS_NOUN.match(text, m.end()):
            continue  # "holds a theme party day once a month": the times after the noun count it, not the article
        if num in ("a", "an") and text[max(0, m.start() - 3): m.start()] == "as ":
            continue  # what something is held as, no count of it: "holds the visit every year as a theme party day"
        if num in ("a", "an") and not _RATE_NEAR.search(text, m.end(), m.end() + 80) \
                and not _RATE_BEFORE.search(text, max(0, m.start() - 50), m.start()) \
                and not _HAVING.search(text, max(0, m.start() - 30), m.start()):
            continue  # an article, not a count
        tail = text[m.end(): m.end() + 14]
        head = text[max(0, m.start() - 12): m.start()]
        if num in ("twice", "thrice") and re.match(r"\s+(?:as (?:many|much|large|long|often)|the (?:number|size|total)|"
                                                    r"(?:last|that|this|the previous|the last) (?:year|term)['’]s)\b", tail):
            continue  # a ratio, no count: "twice as many as the year before", "twice last year's 200"
        if re.fullmatch(r"(19|20)\d{2}", num) and not (
                _COUNT_NOT_YEAR.match(tail) and _QUALIFIED.search(text, max(0, m.start("num") - 14), m.start("num"))):
            continue  # a year (not "more than 2000 people": a count, with its noun after it)
        if num[0].isdigit() and (re.match(rf"\s*(?:and\s+\d+\s+)?{_MONTHS}\b", tail) or (
                re.search(rf"{_MONTHS}\s*$", head) and not re.search(rf"(?:mid-|early |late ){_MONTHS}\s*$", head))):
            # a day of a date ("4 and 5 september 2020", "september 4"; not "in june two teachers joined", nor after a part
            # of a month, which has no day: "by mid-march 11 members had joined")
            continue
        if re.match(r"\s*(?:years? old|yuan|rmb|km|kilometers?|meters?|square|o'clock|am\b|pm\b|ml\b|millilit(?:er|re)s?|"
                    r"lit(?:er|re)s?|kg\b|kilograms?|grams?\b|tons?\b)", tail):
            continue
        if _AN_AGE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # an age: "teachers under 35", "members aged 25 to 35", "under the age of 30"
        # (on its own line, the word above is no label of the number: "… one for each class\n9 — young teachers coached")
        if re.search(r"(?:no\.|number|grade|class|room|building)[ \t]*\Z", head) and \
                not re.match(r"\s*(?:times|sections|lessons|periods)\b", tail) and \
                not _NUMBER_AS_A_VERB.search(text, max(0, m.start() - 40), m.start()):
            continue  # "No. 1 Primary School", "Grade 5" (not a translation's count of the events or lessons: "the party
            # class 4 times", "the demonstration class 23 sections")
        if re.search(r"\b(?:grades?|years?|classes)[ \t]+\d{1,2}[ \t]*(?:,|and|or|to|[-–])[ \t]*\Z",
                     text[max(0, m.start() - 20): m.start()], re.I):
            continue  # the second of the grades named: "Grade 11 and 12 students", "Years 7 to 9"
        if num in _EN_PAIRS:
            value, qualifier = _EN_PAIRS[num]
        elif " or " in num:
            low_end, high_end = (parse_english_number(part) for part in num.split(" or "))
            if not low_end or not high_end or not 0 < high_end - low_end <= 2:
                continue  # "one or more", "5 or 50": not an estimate of one count
            value, qualifier = low_end, "at_least"
        elif _EN_RANGE_MARK.search(num) and re.fullmatch(_EN_RANGE, num):
            low_end, high_end = (parse_english_number(part) for part in _EN_RANGE_MARK.split(num))
            if not low_end or not high_end or high_end <= low_end:
                continue
            value, qualifier = low_end, "at_least"
        else:
            parsed = parse_english_number(num)
            if parsed is None or parsed == 0:
                continue
            value, qualifier = parsed, "exact"
        pre = m.group("pre")
        if pre and _VERB_BEFORE_PARTICLE.search(text, max(0, m.start("pre") - 12), m.start("pre")):
            pre = None  # "presided over 4 projects": the particle of a verb, not a qualifier
        if pre and pre.lower() == "up to" and _RISEN_BEFORE_UP.search(text, max(0, m.start("pre") - 40), m.start("pre")):
            pre = None  # "bringing the branch up to 52", "with membership up to 24": risen to it, not at most
        if pre and pre.lower() == "over" and _SPREAD_OVER.search(text, max(0, m.start("pre") - 40), m.start("pre")):
            pre = None  # "860 hours over 41 sessions": the sessions they were spread across
        qualifier = _combine(EN_PRE.get((pre or "").lower()), None if qualifier == "exact" else qualifier)
        end = m.end()
        if qualifier == "exact" and (more := _MORE_AFTER.match(text, end)):
            qualifier, end = "at_least", more.end()  # "600+ volunteer hours", "300-plus students", "40-odd members"
        found.append(Quantity(m.start("pre") if pre else m.start("num"), end, value, qualifier,
                              "", "en", article=num in ("a", "an")))
    for m in _EN_NTH_OF_THE_YEAR.finditer(text):
        group = next(g for g in ("num", "own", "app") if m.group(g))
        num = m.group(group)
        value = int(num[:-2]) if num[0].isdigit() else _EN_ORDINALS[num]
        found.append(Quantity(m.start(group), m.end(group), value, "exact", "", "en", ordinal=True))
    return sorted(found, key=lambda q: q.start)


_EN_ORDINALS = {w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                            "ninth", "tenth", "eleventh", "twelfth"), 1)}
# an ordinal, after whose it is, of an event the year (or term) has had so far: "the branch's third theme Party day of
# the year", "its 5th volunteer trip this year" (the noun follows it, quoted maybe: "its second "Green Hills" trip this
# year"; or with a clause on whose it is: "the fourth Party lecture the branch has held this year"; "its third this year"
# names none)
# (or of a year named: "the branch's fourth Party lecture of 2022"; or since one: "its fourth blood drive since 2020")
# (or the year's own, said before it: "gave the year's fifth Party lecture"; or a school year's: "the first Party lecture
# of the new school year")
_EN_NTH_OF_THE_YEAR = re.compile(r"(?:\b(?:the|its|their|our)|'s)\s+(?P<num>" + "|".join(_EN_ORDINALS) +
                                 r"|\d{1,2}(?:st|nd|rd|th))\s+(?=(?:[\"“]?[a-z'-]+[\"”]?\s+){1,7}?(?:(?:so far )?this "
                                 r"(?:school |academic )?(?:year|term|semester)|"
                                 r"of the (?:new )?(?:school |academic )?(?:year|term|semester)|of (?:19|20)\d{2}|"
                                 r"since (?:19|20)\d{2})\b)|"
                                 r"\b(?:the|this) (?:year|term|semester)['’]s\s+(?P<own>" + "|".join(_EN_ORDINALS) +
                                 r"|\d{1,2}(?:st|nd|rd|th))\s+(?=[a-z])|"
                                 # (or set off after the event it places, naming none: "held a special meeting on integrity
                                 # on 9 June, its third this year")
                                 # (or the organization's: "…, the branch's fourth this year")
                                 r",\s*(?:the|its|their|our)(?:\s+(?:branch|committee|school|kindergarten)['’]s)?\s+(?P<app>" +
                                 "|".join(_EN_ORDINALS) +
                                 r"|\d{1,2}(?:st|nd|rd|th))\s+(?=(?:so far )?this (?:year|term|semester)\b|"
                                 r"of the (?:year|term|semester)\b|of (?:19|20)\d{2}\b)")
