"""Whether a school name, written with its region, is a school the warehouse knows.

Two spellings are one school only when nothing contradicts it:
- their places must not differ at any level (province, city, district), whether the place comes from
  the name itself ("重庆市巴南区第二中学") or from the region a sheet row or a report gives;
- their distinctive parts must agree. A core such as 第二中学, 实验小学 or 第一师范学校附属小学 is generic:
  hundreds of schools are called that, so it names a school only together with its place.

`identify` answers "this school", "a new school" or "needs a choice" (with the candidates). Pure:
the loader and the sheet import decide what to do with the answer.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from etl.places import Place, complete, conflicts, merged, place_of, place_of_short_name
from etl.schools import Region, SchoolIndex, alias_key, core_name, full_form

_LATIN = re.compile(r"[a-z]")

# words that say what kind of school, not which school
_GENERIC = re.compile(
    r"第?[一二三四五六七八九十百零〇\d]+|"
    r"九年一贯制|十二年一贯制|特殊教育|职业技术|职业高级|职业|完全|高级|初级|外国语|双语|民族|寄宿制|"
    r"师范学校|师范|附属|实验|中心|示范|"
    r"城关|城东|城西|城南|城北|城中|镇|乡|街道|"
    r"中学|小学|学校|幼儿园|附小|附中|完小|实小|职高|职专|中专|学院|大学|分校|校区|初中部|高中部|小学部|中|小|校|园|"
    r"no|number|first|second|third|primary|middle|high|junior|senior|experimental|school|kindergarten|affiliated|"
    r"attached|to|of|the|central|vocational"
)


def distinctive_part(name: str) -> str:
    """What is left of a name's core once the generic words are gone: '' for 第二中学, '菁华' for 菁华小学校."""
    return _GENERIC.sub("", canonical(name).core)


def is_generic(name: str) -> bool:
    return not distinctive_part(name)


@dataclass(frozen=True)
class Name:
    """A school name read for matching: the place it names, its core in full form, and for a name that
    may start with a county's or city's bare name ("宁化一中") that reading too, held apart because it
    may be wrong ("西宁一小" is a school in 宣威市, not in 西宁市)."""

    place: Place
    core: str
    short_place: Place = Place()  # the place a bare county or city name would give
    short_core: str = ""  # the core without that name

    @property
    def cores(self) -> tuple[str, ...]:
        return (self.core, self.short_core) if self.short_core else (self.core,)


@functools.lru_cache(maxsize=65536)
def canonical(name: str) -> Name:
    """'宁化一中' -> 第一中学 (maybe in 宁化县); '昆山市第二中学' -> 第二中学 in 江苏省苏州市昆山市;
    '菁华小学校' -> 菁华小学, nowhere said."""
    key = full_form(alias_key(name))
    if _LATIN.search(key):
        return Name(Place(), core_name(key, key))  # English names carry no place we can read reliably
    place = place_of(key)
    core = full_form(core_name(key, key))
    if not place.known:
        for length in (3, 2):
            prefix, rest = core[:length], core[length:]
            if rest and not _GENERIC.sub("", rest) and (found := place_of_short_name(prefix)).known:
                return Name(place, core, found, rest)
    return Name(place, core)


@dataclass(frozen=True)
class Known:
    school_id: int
    name: str
    place: Place


@dataclass
class Decision:
    kind: str  # match | new | choose
    school_id: int | None = None
    candidates: list[Known] = field(default_factory=list)  # for `choose`: the schools it may be
    reason: str = ""


def place_of_row(name: str, region: str | None) -> Place:
    """Where a name written with a region is: the name's own region first, the given region for the rest."""
    return merged(canonical(name).place, place_of(region))


def identify(name: str, region: str | None, candidates: list[Known]) -> Decision:
    """Which known school `name` (written with `region`) is, among `candidates`: the known schools that
    share its spelling or one of its cores (SchoolIndex.candidates finds them)."""
    read = canonical(name)
    place = place_of_row(name, region)
    if not place.known and read.short_place.known:
        # "宁化一中": if a known 第一中学 is in 宁化县, it is that one; otherwise read the name as written
        same = [k for k in candidates if canonical(k.name).core == read.short_core and k.place == read.short_place]
        if len(same) == 1:
            return Decision("match", same[0].school_id, reason="a numbered school of the county it names")
    alias = alias_key(name)
    named = [k for k in candidates if canonical(k.name).core == read.core or alias_key(k.name) == alias]
    if not named:
        return Decision("new", reason="no school of that name")
    viable = [k for k in named if not conflicts(place, k.place)]
    if not viable:
        return Decision("new", reason="the schools of that name are elsewhere")
    same = [k for k in viable if place.known and k.place == place]
    if not _GENERIC.sub("", read.core):
        # "第二中学": a generic core names a school only with its place
        if not place.known:
            return Decision("choose", candidates=named, reason="a generic name with no region")
        if len(same) == 1:
            return Decision("match", same[0].school_id, reason="a generic name in the same place")
        # "上海市第二中学" beside a known "上海市静安区第二中学": it may be that school, or another
        return Decision("choose", candidates=viable, reason="a generic name the place does not settle")
    if len(viable) == 1:
        return Decision("match", viable[0].school_id, reason="the same name, and no place contradicts it")
    if len(same) == 1:
        return Decision("match", same[0].school_id, reason="the same name in the same place")
    return Decision("choose", candidates=viable, reason="several schools of that name")


def find(index: SchoolIndex, name: str, region: str | None = None, key: str | None = None) -> Decision:
    """identify() against every known school that shares the name's spelling or one of its cores.
    `key` is the name's alias_key(), where the caller has it already."""
    key = alias_key(name) if key is None else key
    if not index.by_alias:
        return Decision("new", reason="no school is known yet")
    if key in index.by_alias and _GENERIC.sub("", core_name(name, key)):
        # written exactly as a known school was, with a distinctive part: that school, unless the
        # region given with it is another place
        school_id = index.by_alias[key]
        # the name is the same spelling, so only the region given with it can say otherwise
        if not region or not conflicts(place_of(region), _stored_place(index, school_id)):
            return Decision("match", school_id, reason="written as that school was")
    ids: set[int] = set()
    if key in index.by_alias:
        ids.add(index.by_alias[key])
    read = canonical(name)
    for core in {core_name(name, key), *read.cores}:
        ids |= index.by_core.get(core, set())
    if not ids:
        return Decision("new", reason="no school of that name")
    return identify(name, region, [known_school(index, school_id) for school_id in sorted(ids)])


def _stored_place(index: SchoolIndex, school_id: int) -> Place:
    _, province, city, district = index.schools.get(school_id, (None, None, None, None))
    return _completed(province, city, district)


@functools.lru_cache(maxsize=65536)
def _completed(province: str | None, city: str | None, district: str | None) -> Place:
    """A stored region, completed (cached: many schools share one region, and a sheet of known
    schools asks for the place of each)."""
    return complete(Region(province, city, district))


def known_school(index: SchoolIndex, school_id: int) -> Known:
    """A known school with the place its stored region and its name say."""
    name = index.schools.get(school_id, (None,))[0]
    stored = _stored_place(index, school_id)
    return Known(school_id, name or "", merged(stored, canonical(name).place) if name else stored)
