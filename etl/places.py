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

from etl.schools import MUNICIPALITIES, Region, place_municipality, split_region

MUNICIPALITY_CODES = {"11", "12", "31", "50"}  # 北京 天津 上海 重庆: province-level cities
# Districts of the municipalities merged into others since 2009, which older reports still name; the
# gazetteer no longer lists them. They keep their own name (a school of 闸北区 is not thereby one of
# 静安区, which took it over), and take their municipality.
FORMER_MUNICIPAL_DISTRICTS = {
    "闸北区": "上海市", "卢湾区": "上海市", "南汇区": "上海市", "崇文区": "北京市", "宣武区": "北京市",
    "塘沽区": "天津市", "汉沽区": "天津市", "大港区": "天津市", "万盛区": "重庆市",
}


def gazetteer_version() -> str:
    """Which gazetteer the places were completed with (a new one completes them again)."""
    from importlib.metadata import version

    return f"cpca {version('cpca')}, pypinyin {version('pypinyin')}, rules 4"


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


def is_place_name(name: str) -> bool:
    """Whether the gazetteer has a unit of this name (with its level word: 泰和县, 和平区)."""
    return len(name) > 1 and name[-1] in "省市区县旗盟州镇乡" and bool(_gazetteer()[1].get(name))


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
    """Fill in the levels above the narrowest one a region names, where one unit fits what it says.
    A region written in English ("Jiaxing City") is read as the unit it names first (english_region)."""
    province, city, district = region.province, region.city, region.district
    if any(part and _LATIN.search(part) for part in (province, city, district)):
        read = english_region(", ".join(part for part in (district, city, province) if part))
        if read is None:
            return Place(province, city, district)  # no unit is sure: kept as written
        province, city, district = read.province, read.city, read.district
    if district in FORMER_MUNICIPAL_DISTRICTS and not city:
        province = province or FORMER_MUNICIPAL_DISTRICTS[district]
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
    return _lineage(units[0])  # "北京四中": a municipality


def _lineage(unit: Unit) -> Place:
    """A unit with the units it lies in: 南明区 -> 贵州省 贵阳市 南明区."""
    if unit.level == "province":
        return Place(unit.name)
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


# ------------------------------------------------------------------ places written in English

# Reports written in English name places in pinyin with an English word for the level: "Jiaxing City"
# (嘉兴市), "Nanming District, Guiyang" (贵阳市南明区), "Mengjin County". Each unit of the gazetteer is
# read in pinyin without tones, its level word left off; a name matches when exactly one unit at that
# level reads so. Readings are rough (朝阳 is "Chaoyang" or "Zhaoyang"), so every reading of a
# character counts, and a name two units share ("Suzhou": 苏州, 宿州) reads as neither. A few provinces
# have English names of their own (Shaanxi is 陕西 and Shanxi 山西, though both read "shanxi").
_LATIN = re.compile(r"[A-Za-z]")
_EN_LEVEL_WORDS = (  # longest first
    ("special administrative region", "province"), ("autonomous region", "province"),
    ("autonomous prefecture", "city"), ("autonomous county", "district"), ("autonomous banner", "district"),
    ("municipality", "province"), ("province", "province"), ("prefecture", "city"), ("league", "city"),
    ("city", "city"), ("new area", "district"), ("new district", "district"), ("district", "district"),
    ("county", "district"), ("banner", "district"),
)
_EN_LEVEL = re.compile(rf"\s+({'|'.join(word for word, _ in _EN_LEVEL_WORDS)})$")
_EN_SEGMENTS = re.compile(r"\s*,\s*|\s+(?:of|in)\s+")
# provinces whose usual English name is not their plain pinyin
_EN_PROVINCE_NAMES = {"inner mongolia": "内蒙古自治区", "tibet": "西藏自治区", "shaanxi": "陕西省", "shanxi": "山西省",
                      "hong kong": "香港特别行政区", "macau": "澳门特别行政区", "macao": "澳门特别行政区"}
# cities whose English name is not their pinyin ("Harbin", not "Haerbin"): English texts and the English UI use these
_EN_CITY_NAMES = {"harbin": "哈尔滨市", "hohhot": "呼和浩特市", "urumqi": "乌鲁木齐市", "lhasa": "拉萨市", "shigatse": "日喀则市"}
# cities whose pinyin another city shares only by a rare reading of one of its characters: "Shenyang" is 沈阳, not 信阳
# (read "shenyang" only by an old reading of 信); "Lanzhou" is 兰州, not 郴州
_EN_CITY_READINGS = {"shenyang": "沈阳市", "lanzhou": "兰州市", "jingzhou": "荆州市", "yanan": "延安市", "hezhou": "贺州市"}
_LEVEL_RANK = {"province": 0, "city": 1, "district": 2}


@functools.cache
def _ethnic_suffix() -> re.Pattern:
    """The end of an autonomous unit's name: its peoples and 自治州/县/旗 ("土家族苗族自治州")."""
    nations = (Path(_adcodes_path()).parent / "56_nations.csv").read_text(encoding="utf-8").split()
    names = sorted({n for n in nations if n} | {n[:-1] for n in nations if len(n) > 2}, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(names)})*自治(?:区|州|县|旗)$")


def _base_name(unit: Unit) -> str:
    """A unit's name without its level word: 嘉兴市 -> 嘉兴, 延边朝鲜族自治州 -> 延边, 南明区 -> 南明."""
    name = _ethnic_suffix().sub("", unit.name)
    if unit.level == "province":
        return _short(name, "province")
    for suffix in ("特别行政区", "新区", "林区", "特区", "地区", "省", "市", "区", "县", "旗", "盟", "州"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _readings(text: str) -> set[str]:
    """Every toneless pinyin reading of `text` (at most 16 for a name of many polyphones)."""
    from itertools import islice, product

    from pypinyin import Style, lazy_pinyin, pinyin

    per_character = pinyin(text, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings = {"".join(lazy_pinyin(text, errors="ignore"))}
    readings.update("".join(p) for p in islice(product(*per_character), 16))
    return {r for r in readings if r}


@functools.cache
def _english_index() -> dict[tuple[str, str], tuple[Unit, ...]]:
    """(pinyin without tones, level) -> the units that read so; a county-level city is also a city."""
    by_code, _ = _gazetteer()
    index: dict[tuple[str, str], set[Unit]] = {}
    for unit in by_code.values():
        levels = {unit.level}
        if unit.level == "district" and unit.name.endswith("市"):
            levels.add("city")
        for reading in _readings(_base_name(unit)):
            for level in levels:
                index.setdefault((reading, level), set()).add(unit)
    for name, province in _EN_PROVINCE_NAMES.items():
        index[(name.replace(" ", ""), "province")] = {u for u in by_code.values() if u.name == province}
    for name, city in (_EN_CITY_NAMES | _EN_CITY_READINGS).items():
        index[(name, "city")] = {u for u in by_code.values() if u.name == city}
    return {key: tuple(sorted(units, key=lambda u: u.code)) for key, units in index.items()}


def _english_candidates(segment: str) -> list[tuple[str, tuple[Unit, ...]]]:
    """The units one part of an English place name can be, for each level it may be at."""
    text = segment.lower().strip()
    text = re.sub(r"^the\s+", "", text)
    level_word = _EN_LEVEL.search(text)
    levels = ([dict(_EN_LEVEL_WORDS)[level_word.group(1)]] if level_word else ["province", "city", "district"])
    words = (text[: level_word.start()] if level_word else text).split()
    if not words:
        return []
    found = []
    for level in levels:
        # an autonomous unit's English name may carry its peoples ("Yanbian Korean"): try shorter names too
        for n in range(len(words), 0, -1):
            key = re.sub(r"[^a-z]", "", "".join(words[:n]))
            if units := _english_index().get((key, level)):
                found.append((level, units))
                break
            if not (level_word and "autonomous" in level_word.group(1)):
                break
    return found


@functools.lru_cache(maxsize=4096)
def english_region(text: str) -> Region | None:
    """The region an English place name names, in the gazetteer's Chinese names: 'Jiaxing City' ->
    浙江省 嘉兴市; 'Nanming District, Guiyang' -> 贵州省 贵阳市 南明区. None unless every part of it reads
    as exactly one unit that fits the others."""
    segments = [s for s in _EN_SEGMENTS.split(text.strip()) if s and _LATIN.search(s)]
    if not segments:
        return None
    readings = [_english_candidates(s) for s in segments]
    if any(not r for r in readings):
        return None
    chosen: dict[str, Unit] = {}
    # the widest parts first: they decide which of several same-named narrower units is meant
    for candidates in sorted(readings, key=lambda r: _LEVEL_RANK[r[0][0]]):
        unit = None
        # a part with no level word ("Guiyang") is the widest unit it can be: 贵阳市, not 桂阳县
        for _, units in candidates:
            fitting = [u for u in units if _fits_chosen(u, chosen)]
            if len(fitting) > 1:
                return None
            if fitting:
                unit = fitting[0]
                break
        if unit is None:
            return None
        chosen[unit.level] = unit
    place = _lineage(max(chosen.values(), key=lambda u: _LEVEL_RANK[u.level]))
    return Region(place.province, place.city, place.district)


def _fits_chosen(unit: Unit, chosen: dict[str, Unit]) -> bool:
    """Whether `unit` and each unit read from the other parts of the name lie one within the other."""
    return all(_within(unit, other) or _within(other, unit) for other in chosen.values())


def _within(narrow: Unit, wide: Unit) -> bool:
    return wide == narrow or wide in _parents(narrow)


# ------------------------------------------------------------------ places named in English

# The English UI names a place as English texts do: its name in pinyin, syllables run together, an
# apostrophe where a syllable starting with a vowel would read into the one before ("Lu'an", "Xi'an"),
# then its level word. Provinces, municipalities and autonomous regions go by their short names.
_EN_NAMES = {value: key.title() for key, value in _EN_PROVINCE_NAMES.items() if key not in ("macao",)} | \
    {city: f"{key.title()} City" for key, city in _EN_CITY_NAMES.items()}
_EN_LEVEL_OF_SUFFIX = (  # longest first
    ("特别行政区", ""), ("自治区", ""), ("自治州", " Prefecture"), ("自治县", " Autonomous County"),
    ("自治旗", " Autonomous Banner"), ("新区", " New Area"), ("林区", " Forestry District"), ("地区", " Prefecture"),
    ("省", ""), ("市", " City"), ("区", " District"), ("县", " County"), ("旗", " Banner"), ("盟", " League"),
    ("州", " Prefecture"), ("镇", " Town"), ("乡", " Township"), ("街道", " Subdistrict"),
)


# places whose characters read otherwise than in common words (朝阳 is "zhaoyang", the morning sun)
_PLACE_READINGS = {"朝阳": "chaoyang", "单": "shan", "莘": "shen", "乐亭": "laoting"}


def pinyin_name(chinese: str, within: str | None = None) -> str:
    """`chinese` in pinyin, read as part of `within` (the whole name: 朝阳 reads "chaoyang" in 朝阳区)."""
    from pypinyin import lazy_pinyin

    if chinese in _PLACE_READINGS:
        reading = _PLACE_READINGS[chinese]
        return reading[:1].upper() + reading[1:]
    whole = within if within and within.startswith(chinese) else chinese
    syllables = lazy_pinyin(whole, errors=lambda chars: list(chars))[: len(chinese)]
    syllables = [s for s in syllables if s.strip()]
    word = ""
    for syllable in syllables:
        if word and syllable[:1] in "aoe" and word[-1:].isalpha():
            word += "'"
        word += syllable
    return word[:1].upper() + word[1:]


@functools.lru_cache(maxsize=4096)
def english_name(name: str | None) -> str | None:
    """A place's name as the English UI shows it: 朝阳区 "Chaoyang District", 六安市 "Lu'an City",
    重庆市 "Chongqing", 陕西省 "Shaanxi", 内蒙古自治区 "Inner Mongolia"; a place with the places it
    lies in, narrowest first: 贵州省贵阳市南明区 "Nanming District, Guiyang City, Guizhou". A name in
    Latin letters is kept; None stays None."""
    if not name or not re.search(r"[\u4e00-\u9fff]", name):
        return name
    region = split_region(name)
    parts = [p for p in (region.district, region.city, region.province) if p]
    if len(parts) > 1 and "".join(reversed(parts)) == name:
        return ", ".join(_english_unit(p) for p in parts)
    return _english_unit(name)


def _english_unit(name: str) -> str:
    if name in _EN_NAMES:
        return _EN_NAMES[name]
    units = _gazetteer()[1].get(name, ())
    province = bool(units) and all(u.level == "province" for u in units)
    if province or name in MUNICIPALITIES:
        return pinyin_name(_short(name, "province"), name)
    base = _ethnic_suffix().sub("", name) if name.endswith(("自治州", "自治县", "自治旗")) else name
    for suffix, word in _EN_LEVEL_OF_SUFFIX:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = base[: -len(suffix)] if base.endswith(suffix) else base
            return pinyin_name(stem, name) + word
    return pinyin_name(name)
