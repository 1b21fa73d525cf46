"""School names and regions: normalizing spellings, splitting regions, matching a name to a known school.

Pure functions; the loader decides what to do with a match.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from etl.textnorm import clean_name, to_simplified

# Districts and counties of the four municipalities (province-level cities). Used only when the
# document itself names the municipality, because several of these names exist elsewhere too.
MUNICIPAL_DISTRICTS: dict[str, tuple[str, ...]] = {
    "北京市": (
        "东城区 西城区 朝阳区 丰台区 石景山区 海淀区 门头沟区 房山区 通州区 顺义区 昌平区 大兴区 "
        "怀柔区 平谷区 密云区 延庆区"
    ).split(),
    "天津市": (
        "和平区 河东区 河西区 南开区 河北区 红桥区 东丽区 西青区 津南区 北辰区 武清区 宝坻区 "
        "滨海新区 宁河区 静海区 蓟州区"
    ).split(),
    "上海市": (
        "黄浦区 徐汇区 长宁区 静安区 普陀区 虹口区 杨浦区 闵行区 宝山区 嘉定区 浦东新区 金山区 "
        "松江区 青浦区 奉贤区 崇明区"
    ).split(),
    "重庆市": (
        "万州区 涪陵区 渝中区 大渡口区 江北区 沙坪坝区 九龙坡区 南岸区 北碚区 綦江区 大足区 渝北区 "
        "巴南区 黔江区 长寿区 江津区 合川区 永川区 南川区 璧山区 铜梁区 潼南区 荣昌区 开州区 梁平区 "
        "武隆区 城口县 丰都县 垫江县 忠县 云阳县 奉节县 巫山县 巫溪县 石柱土家族自治县 "
        "秀山土家族苗族自治县 酉阳土家族苗族自治县 彭水苗族土家族自治县"
    ).split(),
}
MUNICIPALITIES = tuple(MUNICIPAL_DISTRICTS)
PROVINCES = (
    "河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 "
    "广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 内蒙古自治区 广西壮族自治区 "
    "西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区"
).split()
# words that end like a region but name no place
GENERIC_REGION_WORDS = re.compile(
    r"(?:老区|苏区|山区|片区|城区|社区|校区|辖区|园区|小区|景区|市区|郊区|全区|本区|我区|该区|各区|全市|本市|我市|"
    r"该市|各市|全县|本县|我县|该县|各县|全省|本省|我省|该省|各省|城市|都市|超市|股市|新区)$"
)
EN_MUNICIPALITIES = {"beijing": "北京市", "tianjin": "天津市", "shanghai": "上海市", "chongqing": "重庆市"}

_PROVINCE_RE = "|".join(sorted({*PROVINCES, *(p[:-1] for p in PROVINCES if p.endswith("省"))}, key=len, reverse=True))
_REGION_RE = re.compile(
    rf"^(?P<province>{'|'.join(MUNICIPALITIES)}|{_PROVINCE_RE})?"
    # (a town whose name ends in 市, "柳市镇", is no city)
    r"(?P<city>[\u4e00-\u9fff]{1,6}?(?:市(?![镇乡])|州(?!市)|盟|地区))?"
    # (a banner, 旗, has a name of two characters or more: 红旗 is no place)
    r"(?P<district>[\u4e00-\u9fff]{1,8}?(?:新区|区|县)|[\u4e00-\u9fff]{2,8}?旗|(?<=市)[\u4e00-\u9fff]{1,4}?市(?![镇乡]))?"
    r"(?P<rest>.*)$"
)


@dataclass(frozen=True)
class Region:
    province: str | None = None
    city: str | None = None
    district: str | None = None

    @property
    def label(self) -> str | None:
        parts = [p for p in (self.province, self.city, self.district) if p]
        return "".join(parts) or None

    @property
    def top(self) -> str | None:
        """The widest unit known: what the sidebar groups schools by."""
        return self.province or self.city or self.district


_LEAD_WORDS = re.compile(r"^(?:来自|位于|地处|坐落于|坐落在|中共)")
_ANY_LATIN = re.compile(r"[A-Za-z]")
# the blank a template or an anonymized copy leaves for a name: "XX", "××", "某某"
_PLACEHOLDER = re.compile(r"[xX×＊*]{2,3}|某某?")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_EN_DISTRICT = re.compile(r"\b(district|county)\b")
_EN_PROVINCE = re.compile(r"\bprovince\b")


@functools.lru_cache(maxsize=4096)
def split_region(text: str | None) -> Region:
    """'重庆市沙坪坝区' -> Region('重庆市', None, '沙坪坝区'); English 'Nanming District' -> district."""
    return _split_region(text)


def _split_region(text: str | None) -> Region:
    """split_region without its cache, for callers with a different text each time (index builds)."""
    if not text:
        return Region()
    text = _LEAD_WORDS.sub("", to_simplified(text.strip()))
    if _PLACEHOLDER.fullmatch(text):
        return Region()  # "XX中学": a template's blank for a name, no place
    if _ANY_LATIN.search(text) and not _HAN.search(text):
        low = text.lower().strip()
        if low in EN_MUNICIPALITIES:
            return Region(province=EN_MUNICIPALITIES[low])
        if _EN_DISTRICT.search(low):
            return Region(district=text)
        if _EN_PROVINCE.search(low):
            return Region(province=text)
        return Region(city=text)
    if text in MUNICIPALITIES or text.rstrip("市") + "市" in MUNICIPALITIES and len(text) <= 3:
        return Region(province=text if text.endswith("市") else text + "市")
    m = _REGION_RE.match(text)
    province, city, district = m.group("province"), m.group("city"), m.group("district")
    if province and province + "省" in PROVINCES:
        province += "省"
    if district and GENERIC_REGION_WORDS.search(district) and not (district.endswith("新区") and len(district) > 2) \
            and not _gazetteer_knows(district):
        district = None  # "老城区" names no place; "浦东新区" and "东城区" do
    if city and GENERIC_REGION_WORDS.search(city) and not _gazetteer_knows(city):
        city = None  # "大城市" names no place; "成都市" and "盐城市" do
    if province in MUNICIPALITIES and city and not district:
        # "上海市静安区" parses the district as a city when the municipality comes first
        district, city = city, None
    if not province and district:
        for muni, districts in MUNICIPAL_DISTRICTS.items():
            if district in districts and (city is None or city == muni):
                province, city = (muni, None) if city == muni else (province, city)
    if not (province or city or district):
        return Region()
    return Region(province, city, district)


def _gazetteer_knows(name: str) -> bool:
    """A district or a city whose name ends like a generic word, and which the gazetteer knows: 东城区, 历城区, 成都市,
    盐城市 (not 城区 or 老城区, which name a town's centre or old town far more often than the districts so named)."""
    from etl.places import is_place_name  # (etl.places reads its names with this module)

    return len(name) > 2 and not name.startswith(("老", "主", "市", "新")) and is_place_name(name)


def place_municipality(region: Region, context: str) -> Region:
    """Add the municipality to a bare district when the document names that municipality."""
    if region.province or not region.district:
        return region
    for muni, districts in MUNICIPAL_DISTRICTS.items():
        if region.district in districts and (muni in context or muni[:-1] in context):
            return Region(muni, None, region.district)
    return region


_NOISE = re.compile(r"[\s\u3000·•,，.。:：;；()（）\"'“”‘’《》〈〉<>\-_/]+")
_ATTACHED = re.compile(r"附([中小])(?:学)?(?:校区|分校)?$")
_LEVEL_WORDS = (
    ("九年一贯制", "nine_year"),
    ("十二年一贯制", "nine_year"),
    ("特殊教育", "special"),
    ("特教", "special"),
    ("培智", "special"),
    ("职业", "vocational"),
    ("职校", "vocational"),
    ("中专", "vocational"),
    ("技工", "vocational"),
    ("大学", "university"),
    ("学院", "university"),
    ("高级中学", "high"),
    ("高中", "high"),
    ("初级中学", "middle"),
    ("初中", "middle"),
    ("中学", "middle"),
    ("小学", "primary"),
)
_EN_LEVEL_WORDS = (
    ("nine-year", "nine_year"),
    ("special education", "special"),
    ("vocational", "vocational"),
    ("university", "university"),
    ("college", "university"),
    ("opera school", "vocational"),
    ("senior high", "high"),
    ("junior high", "middle"),  # before "high school": "Westwood Junior High School"
    ("high school", "high"),
    ("middle school", "middle"),
    ("primary school", "primary"),
    ("elementary school", "primary"),
)


_LATIN = re.compile(r"[a-z]")
_EN_BELONGS_TO = re.compile(r"(?<=school|garten) (?:affiliated to|attached to|of) .*$")
_EN_OWNER_FIRST = re.compile(r"^.*\b(?:university|college)\s+(?=\S)")
_NUMBERED = re.compile(r"[一二三四五六七八九十\d]+([中小高])$")  # 一中, 3小, 一高 (a numbered senior high school)


def school_level_from_name(name: str | None) -> str:
    if not name:
        return "unknown"
    low = to_simplified(name).lower()
    # "北京师范大学附属中学": a school attached to a university is of the kind named after 附属
    low = low.split("附属", 1)[-1] if "附属" in low else low
    if attached := _ATTACHED.search(low):  # "人大附中", "师大附小"
        return "middle" if attached.group(1) == "中" else "primary"
    english = not _HAN.search(low) and _LATIN.search(low)
    if english:
        # (and in English after what it is attached to: "The High School Affiliated to X Normal University", "the Primary
        # School of Jinan University", "Hunan Normal University Affiliated Primary School")
        low = _EN_OWNER_FIRST.sub("", _EN_BELONGS_TO.sub("", low))
    for word, level in _EN_LEVEL_WORDS if english else _LEVEL_WORDS:
        if word in low:
            return level
    if numbered := _NUMBERED.search(low):
        return {"中": "middle", "小": "primary", "高": "high"}[numbered.group(1)]
    return "unknown"


def is_english_name(name: str) -> bool:
    """A name without Chinese characters, stored as the school's English name."""
    return _HAN.search(name) is None


def alias_key(name: str) -> str:
    """The exact-match key for a spelling: simplified, lower case, no spaces or punctuation."""
    return _NOISE.sub("", to_simplified(clean_name(name))).lower()


_NUMBER_WORD = re.compile(r"(no|number)(\d)")
_SCHOOL_SCHOOL = re.compile(r"(小学|中学|学校)校$")


# A name can start with a region only if it has one of a region's last characters or starts with a
# province: other names skip split_region (most of an index's build time).
_REGION_HINT = re.compile("[市州盟区县旗]")
_PROVINCE_STARTS = tuple(sorted({*PROVINCES, *(p[:-1] for p in PROVINCES if p.endswith("省"))}))


def core_name(name: str, key: str | None = None) -> str:
    """The distinctive part of a name: without region prefix, 'No.', and the trailing 校 of 小学校.
    `key` is the name's alias_key(), where the caller has it already."""
    key = alias_key(name) if key is None else key
    if _LATIN.search(key):
        key = _NUMBER_WORD.sub(r"\2", key)
        return key.replace("first", "1").replace("second", "2").replace("third", "3")
    if _REGION_HINT.search(key) or key.startswith(_PROVINCE_STARTS):
        region = _split_region(key)  # keys rarely repeat: the cache would only churn
        for part in (region.province, region.city, region.district):
            if part and key.startswith(part) and len(key) > len(part) + 2:
                key = key[len(part):]
    return _SCHOOL_SCHOOL.sub(r"\1", key) if key.endswith("校") else key


_NUMERAL = re.compile(r"[0-9一二三四五六七八九十百]+")


def _numerals(name: str) -> list[str]:
    return _NUMERAL.findall(name)


def name_similarity(a: str, b: str) -> float:
    """0-100: how likely two spellings name the same school. Different numbers never match."""
    ca, cb = core_name(a), core_name(b)
    if not ca or not cb:
        return 0.0
    if _numerals(ca) != _numerals(cb):
        return 0.0
    if ca == cb:
        return 100.0
    shorter, longer = sorted((ca, cb), key=len)
    if len(shorter) >= 4 and shorter in longer:
        return 95.0
    return float(fuzz.ratio(ca, cb))


# short forms written for the same school ("宁化一中" is 宁化县第一中学, "师大附小" 师大附属小学, "金桥职校"
# 金桥职业学校)
_SHORT_FORMS = (
    (re.compile(r"第?([一二三四五六七八九十]+|\d+)中$"), r"第\1中学"),
    (re.compile(r"第?([一二三四五六七八九十]+|\d+)小$"), r"第\1小学"),
    (re.compile(r"附小$"), "附属小学"),
    (re.compile(r"附中$"), "附属中学"),
    (re.compile(r"实小$"), "实验小学"),
    (re.compile(r"完小$"), "完全小学"),
    (re.compile(r"职校$"), "职业学校"),
    (re.compile(r"职(?:高|业高中)$"), "职业高级中学"),
    (re.compile(r"(小学|中学)校$"), r"\1"),
)
_SHORT_END = ("中", "小", "校", "高")  # the last characters of the short forms: other names skip them


def full_form(name: str) -> str:
    """A name with its short ending written in full ("一中" -> "第一中学", "师大附小" -> "师大附属小学")."""
    if name.endswith(_SHORT_END):
        for pattern, full in _SHORT_FORMS:
            name = pattern.sub(full, name)
    return name


MATCH_THRESHOLD = 92.0
SUGGEST_THRESHOLD = 70.0


class SchoolIndex:
    """Known spellings (alias key -> school id), searchable by exact key, core name and fuzzy score."""

    def __init__(self, aliases: dict[str, int] | None = None, *, keyed: bool = False,
                 schools: dict[int, tuple] | None = None):
        """`aliases`: spelling -> school id; `keyed` when the spellings are alias keys already (as
        school_aliases stores them), which saves making each key again. `schools`: school id ->
        (name, province, city, district), for judging whether a name written elsewhere is that school
        (etl.identity)."""
        self.by_alias: dict[str, int] = {}
        self.by_core: dict[str, set[int]] = {}
        self.cores: list[str] = []
        self.schools: dict[int, tuple] = dict(schools or {})
        for spelling, school_id in (aliases or {}).items():
            self.add(spelling, school_id, spelling if keyed else None)

    def add(self, spelling: str, school_id: int, key: str | None = None,
            school: tuple | None = None) -> None:
        key = alias_key(spelling) if key is None else key
        self.by_alias[key] = school_id
        core = core_name(spelling, key)
        for form in {core, full_form(core)}:  # "宁化县一中" is found as 一中 and as 第一中学
            if form not in self.by_core:
                self.cores.append(form)
            self.by_core.setdefault(form, set()).add(school_id)
        if school is not None:
            self.schools[school_id] = school

    def best_exact(self, name: str, key: str | None = None) -> tuple[int | None, float, str | None]:
        """A school written the same way (same alias, or same distinctive name); no fuzzy guessing.
        `key` is the name's alias_key(), where the caller has it already."""
        key = alias_key(name) if key is None else key
        if key in self.by_alias:
            return self.by_alias[key], 100.0, key
        if not self.by_core:  # nothing to match (a new warehouse): the core name is not worth making
            return None, 0.0, None
        core = core_name(name, key)
        ids = self.by_core.get(core)
        if ids and len(ids) == 1:
            return next(iter(ids)), 99.0, core
        return None, 0.0, None

    def best(self, name: str) -> tuple[int | None, float, str | None]:
        """The closest known school: (school_id, score 0-100, the matching core spelling)."""
        school_id, _, spelling = self.best_exact(name)
        if school_id is not None:
            return school_id, 100.0, spelling
        core = core_name(name)
        candidates = process.extract(core, self.cores, scorer=fuzz.partial_ratio, limit=8, score_cutoff=60)
        best: tuple[int | None, float, str | None] = (None, 0.0, None)
        for candidate, _, _ in candidates:
            score = name_similarity(name, candidate)
            owners = self.by_core[candidate]
            if score > best[1] and len(owners) == 1:
                best = (next(iter(owners)), score, candidate)
        return best


_UNKNOWN = "未识别学校"
_UNKNOWN_NAME = re.compile(rf"^{_UNKNOWN}[（(](.+)[）)]$")


def unknown_school_name(doc: str) -> str:
    """A placeholder school per document: two unnamed reports are never taken for one school."""
    return f"{_UNKNOWN}（{doc}）"


def unknown_school_document(name: str | None) -> str | None:
    """The document a placeholder school stands for (its name as stored, full-width brackets or not),
    else None: how a page names it in English."""
    m = _UNKNOWN_NAME.match(name or "")
    return m.group(1) if m else None
