"""A school's name in English, read from its Chinese name, for the English UI when no English name
is stored (schools.name_en).

The name is read the way Chinese schools name themselves in English: the places it starts with
without their level words (柳州市 "Liuzhou", 海淀区 "Haidian"), then its own name in pinyin, with
an ordinal as "No. N" (第十二 "No. 12") and a road or street as such (育英路 "Yuying Road"), then the
kind of school (实验小学 "Experimental Primary School"). 柳州市第十二中学 reads "Liuzhou No. 12
Middle School", 城南小学 "Chengnan Primary School". It is a reading, not the school's own English name:
an analyst who knows that one stores it on the schools page, and it is shown instead.
"""

from __future__ import annotations

import functools
import re

from etl.numbers import parse_chinese_number
from etl.places import english_name as english_place
from etl.places import pinyin_name
from etl.schools import split_region
from etl.textnorm import to_simplified

# the kinds of school a name ends with, longest first where one ends another
_KINDS = (
    ("十二年一贯制学校", "Twelve-Year School"), ("九年一贯制学校", "Nine-Year School"),
    ("特殊教育学校", "Special Education School"), ("职业技术学校", "Vocational and Technical School"),
    ("职业技术学院", "Vocational and Technical College"), ("中等职业学校", "Secondary Vocational School"),
    ("职业学校", "Vocational School"), ("职业中学", "Vocational Middle School"),
    ("外国语学校", "Foreign Language School"), ("实验幼儿园", "Experimental Kindergarten"),
    ("实验小学", "Experimental Primary School"), ("实验中学", "Experimental Middle School"),
    ("实验学校", "Experimental School"), ("中心幼儿园", "Central Kindergarten"),
    ("中心小学", "Central Primary School"), ("中心学校", "Central School"),
    ("高级中学", "Senior High School"), ("初级中学", "Junior Middle School"), ("完全中学", "Middle School"),
    ("附属小学", "Affiliated Primary School"), ("附属中学", "Affiliated Middle School"),
    ("附小", "Affiliated Primary School"), ("附中", "Affiliated Middle School"),
    ("师范大学", "Normal University"), ("师范学院", "Normal College"), ("幼儿园", "Kindergarten"),
    ("小学校", "Primary School"), ("中学校", "Middle School"), ("小学", "Primary School"), ("中学", "Middle School"),
    ("学校", "School"), ("学院", "College"), ("大学", "University"),
)
# the place-level words a place keeps in English, which a school's name leaves out ("Liuzhou City" -> "Liuzhou")
_PLACE_WORD = re.compile(r" (?:City|District|County|Town|Township|Subdistrict|Banner|Prefecture|New Area|League|"
                         r"Autonomous County|Autonomous Banner)$")
# an ordinal: 第十二 (before the kind), or a bare number before 中/小 ("一中" is No. 1 Middle School)
_ORDINAL = re.compile(r"第([一二三四五六七八九十百零〇两\d]+)")
_SHORT_NUMBERED = re.compile(r"^([一二三四五六七八九十百\d]+)([中小])$")
# words inside a proper name that English names translate: roads, streets, towns and villages
_NAME_WORDS = (("路", "Road"), ("街", "Street"), ("大街", "Avenue"), ("镇", "Town"), ("乡", "Township"),
               ("村", "Village"))
# a section or campus of a school, after its name
_SECTIONS = (("初中部", "Junior Section"), ("高中部", "Senior Section"), ("小学部", "Primary Section"),
             ("幼儿部", "Kindergarten Section"), ("分校", "Branch School"),
             *((f"{zh}校区", f"{en} Campus") for zh, en in (("东", "East"), ("南", "South"), ("西", "West"),
                                                              ("北", "North"))), ("校区", "Campus"))
# a place's own school named by its level alone: 县第一中学, 市第二十六中学
_THE_LOCAL = {"市": "City", "县": "County", "区": "District"}
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BRACKETED = re.compile(r"[（(]([^()（）]*)[)）]")


@functools.lru_cache(maxsize=8192)
def school_name_en(name: str | None) -> str | None:
    """`name` (a school's Chinese name) read in English; a name without Chinese characters as it is,
    and None for none."""
    if not name or not _HAN.search(name):
        return name
    name = to_simplified(name)
    aside = _BRACKETED.search(name)
    main = _BRACKETED.sub("", name).strip()
    places, rest = _places(main)
    words = places + _proper_and_kind(rest)
    if aside:  # "东风中学（初中部）": the part in brackets, read the same way, in brackets
        inner = aside.group(1)
        words.append(f"({' '.join(w for w in _proper_and_kind(inner) if w) if _HAN.search(inner) else inner})")
    return " ".join(w for w in words if w) or None


def _places(name: str) -> tuple[list[str], str]:
    """The places a name starts with, in English without their level words, and the rest of it."""
    region = split_region(name)
    words = []
    for part in (region.province, region.city, region.district):
        if part and name.startswith(part):
            words.append(_PLACE_WORD.sub("", english_place(part) or ""))
            name = name[len(part):]
    return words, name


def _proper_and_kind(name: str) -> list[str]:
    section = next(((zh, en) for zh, en in _SECTIONS if name.endswith(zh)), None)
    if section:  # "九龙学校初中部": the school, then its section
        return [*(_proper_and_kind(name[: -len(section[0])]) if len(name) > len(section[0]) else []), section[1]]
    if len(name) > 1 and name[0] in _THE_LOCAL and name[1] == "第":  # "县第一中学": the county's own
        return [_THE_LOCAL[name[0]], *_proper_and_kind(name[1:])]
    short = _SHORT_NUMBERED.match(name)
    if short:  # "一中": No. 1 Middle School
        number = _number(short.group(1))
        return [f"No. {number}", "Middle School" if short.group(2) == "中" else "Primary School"]
    kind = next(((zh, en) for zh, en in _KINDS if name.endswith(zh)), None)
    proper = name[: -len(kind[0])] if kind else name
    inner = next((zh for zh, _ in _KINDS if proper.endswith(zh) and len(zh) > 1), None)
    # a school of another ("北京大学附属中学"): the other read the same way
    words = _proper_and_kind(proper) if inner else _proper(proper)
    return [*words, kind[1] if kind else ""]


def _proper(text: str) -> list[str]:
    """A school's own name: pinyin, with its ordinal as "No. N" and its road, street or town as such."""
    words: list[str] = []
    pos = 0
    for m in _ORDINAL.finditer(text):
        words += _words(text[pos: m.start()])
        words.append(f"No. {_number(m.group(1))}")
        pos = m.end()
    return words + _words(text[pos:])


def _words(text: str) -> list[str]:
    text = text.strip()
    if not text:
        return []
    for zh, en in sorted(_NAME_WORDS, key=lambda w: -len(w[0])):
        if text.endswith(zh) and len(text) > len(zh):
            return [*_words(text[: -len(zh)]), en]
    return [pinyin_name(text) if _HAN.search(text) else text]


def _number(text: str) -> str:
    return text if text.isdigit() else str(parse_chinese_number(text) or text)
