"""Where a school is: province, city and district, filled in from a gazetteer, and whether two places
can be the same place.

The gazetteer is the administrative-division table shipped with the `cpca` package (its adcodes:
every province, city and county-level unit with its six-digit code). The file is read directly,
without importing cpca itself (whose import loads the same table through a deprecated API). A name's
parent units come from its code: 320583 昆山市 is in 3205 苏州市, in 32 江苏省.

Precision first: a name that several units share (朝阳区 is in Beijing and in Changchun) fills in
nothing above itself unless the text names the parent too.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from etl.schools import Region, place_municipality, split_region

MUNICIPALITY_CODES = {"11", "12", "31", "50"}  # 北京 天津 上海 重庆: province-level cities


def gazetteer_version() -> str:
    """Which gazetteer the places were completed with (a new one completes them again)."""
    from importlib.metadata import version

    return f"cpca {version('cpca')}, rules 1"


@dataclass(frozen=True)
class Place:
    province: str | None = None
    city: str | None = None
    district: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.province or self.city or self.district)

    @property
    def label(self) -> str | None:
        return "".join(p for p in (self.province, self.city, self.district) if p) or None

    def parts(self) -> tuple[tuple[str, str], ...]:
        return tuple((level, value) for level, value in
                     (("province", self.province), ("city", self.city), ("district", self.district)) if value)


@dataclass(frozen=True)
class Unit:
    code: str  # six digits
    name: str

    @property
    def level(self) -> str:
        if self.code.endswith("0000"):
            return "province"
        if self.code.endswith("00"):
            return "city"
        return "district"


def _adcodes_path() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package (the gazetteer) is not installed: run make setup")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@functools.cache
def _gazetteer() -> tuple[dict[str, Unit], dict[str, tuple[Unit, ...]]]:
    """(code -> unit, name -> the units of that name), names with and without 省/市/自治区."""
    by_code: dict[str, Unit] = {}
    by_name: dict[str, list[Unit]] = {}
    with _adcodes_path().open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code, name = row["adcode"][:6], row["name"].strip()
            if not name or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            unit = Unit(code, name)
            by_code.setdefault(code, unit)
            for key in {name, _short(name, unit.level)}:
                by_name.setdefault(key, []).append(unit)
    return by_code, {name: tuple(units) for name, units in by_name.items()}


_PROVINCE_SUFFIX = re.compile(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")


def _short(name: str, level: str) -> str:
    """"江苏省" -> "江苏", "苏州市" -> "苏州": how texts often write provinces and cities."""
    if level == "province":
        return _PROVINCE_SUFFIX.sub("", name) or name
    if level == "city" and name.endswith("市") and len(name) > 2:
        return name[:-1]
    return name


def _parents(unit: Unit) -> tuple[Unit | None, Unit | None]:
    """The province and the city a unit belongs to (a municipality's districts have no city)."""
    by_code, _ = _gazetteer()
    province = by_code.get(unit.code[:2] + "0000")
    if unit.code[:2] in MUNICIPALITY_CODES:
        return province, None
    city = by_code.get(unit.code[:4] + "00") if unit.level == "district" else None
    return province, city


def _units(name: str | None, level: str) -> tuple[Unit, ...]:
    """The units a written name can be, at a level; a county-level city (昆山市) is a district here."""
    if not name:
        return ()
    _, by_name = _gazetteer()
    found = by_name.get(name, ())
    if level == "city":
        return tuple(u for u in found if u.level in ("city", "district"))
    return tuple(u for u in found if u.level == level)


@functools.lru_cache(maxsize=65536)
def place_of(text: str | None) -> Place:
    """The place a region text or a school name names, completed upward where the gazetteer is sure:
    '昆山市' -> 江苏省 苏州市 昆山市; '重庆市巴南区' -> 重庆市 巴南区; '朝阳区' alone -> 朝阳区."""
    return complete(split_region(text))


@functools.lru_cache(maxsize=65536)
def place_given(text: str | None, context: str = "") -> Place:
    """The place a region column or an analyst gives ("重庆市黔江区", "昆山市"), completed; a bare district
    of a municipality takes the municipality when the text or its `context` names it."""
    text = text.strip() if text else text
    if not text:
        return Place()
    return complete(place_municipality(split_region(text), context + text))


def complete(region: Region) -> Place:
    """Fill in the levels above the narrowest one a region names, where one unit fits what it says."""
    province, city, district = region.province, region.city, region.district
    # the narrowest unit named, and the units that fit every wider name given with it
    for name, level in ((district, "district"), (city, "city")):
        units = _units(name, level)
        if not units:
            continue
        fitting = [u for u in units if _fits(u, province, city if level == "district" else None)]
        if len(fitting) != 1:
            break  # ambiguous (or contradicted): keep only what the text says
        unit = fitting[0]
        wider_province, wider_city = _parents(unit)
        if unit.level == "district" and level == "city":
            # a county-level city written as a city ("昆山市"): it is the district level here
            district, city = unit.name, (wider_city.name if wider_city else None)
        elif level == "district":
            district = unit.name
            city = city or (wider_city.name if wider_city else None)
        else:
            city = unit.name
        province = wider_province.name if wider_province else province
        break
    if province:
        units = _units(province, "province")
        if len(units) == 1:
            province = units[0].name
    if province and province == city:
        city = None  # "重庆市" is the province level
    return Place(province, city, district)


@functools.lru_cache(maxsize=4096)
def place_of_short_name(text: str) -> Place:
    """A county or city written without its 县/市 ("宁化" for 宁化县), when exactly one unit has that name."""
    _, by_name = _gazetteer()
    units = [u for suffix in ("县", "市", "区") for u in by_name.get(text + suffix, ())
             if u.level != "province" or u.code[:2] in MUNICIPALITY_CODES]
    if len(units) != 1:
        return Place()
    unit = units[0]
    if unit.level == "province":
        return Place(unit.name)  # "北京四中": a municipality
    province, city = _parents(unit)
    if unit.level == "city":
        return Place(province.name if province else None, unit.name, None)
    return Place(province.name if province else None, city.name if city else None, unit.name)


def _fits(unit: Unit, province: str | None, city: str | None) -> bool:
    """Whether a unit lies in the province and city a text names with it."""
    wider_province, wider_city = _parents(unit)
    if province and not (wider_province and province in (wider_province.name, _short(wider_province.name, "province"))):
        return False
    if not city:
        return True
    if wider_city is None:  # a municipality's district: the "city" named must be the municipality
        return bool(wider_province) and city in (wider_province.name, _short(wider_province.name, "province"))
    return city in (wider_city.name, _short(wider_city.name, "city"))


def conflicts(a: Place, b: Place) -> bool:
    """Two places that cannot be one: a level both name differently."""
    return any(x and y and x != y for x, y in ((a.province, b.province), (a.city, b.city), (a.district, b.district)))


def merged(*places: Place) -> Place:
    """What several sources say of one place, each level from the first that names it."""
    province = next((p.province for p in places if p.province), None)
    city = next((p.city for p in places if p.city), None)
    district = next((p.district for p in places if p.district), None)
    return Place(province, city, district)
