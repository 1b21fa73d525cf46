"""Honours: title, year, level and recipient, with the exact phrase they were read from.

Chinese honours are found after a conferral word (被评为, 荣获, 获评, 授予, 当选, 受…表彰, 蝉联 …): the
quoted titles that follow (“…”), or unquoted titles — a comma-separated list, or a run-on string
split at title head nouns ("…示范学校…示范学校…先进单位"). English honours follow "was named",
"was awarded", "won", "commended as". Titles inside book titles 《…》 are names of documents, not honours.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass

from etl.extract.document import EN_FULL_DATE, anniversary_year
from etl.extract.owners import BUREAU_DECIDED, EN_AREAS_OWN
from etl.extract.people import ELECTED_TO_AN_OFFICE
from etl.extract.periods import YEAR_MENTION_EN, DocTime, time_marks, time_of
from etl.extract.rules_en import GIVEN_MARKS_OF_A_TITLE, YEARS_IN_THE_PARTY
from etl.extract.rules_zh import YOUNG_TEACHERS
from etl.extract.table_rows import row_cells, table_like
from etl.extract.text import EN_MONTH_NUMBERS, EN_MONTHS, Segmenter
from etl.numbers import EN_NUMBER_WORDS, parse_chinese_number
from etl.records import Award

LEVEL_ORDER = ("national", "provincial", "municipal", "district", "school")

# Markers of who confers an honour, from widest to narrowest. Municipality names come before the
# generic 市 markers: honours of Beijing, Tianjin, Shanghai and Chongqing bodies are provincial.
LEVEL_MARKERS_ZH: list[tuple[str, re.Pattern]] = [
    ("national", re.compile(r"全国|国家级|国家|中央|团中央|教育部|国务院|中共中央|中华全国")),
    # (an autonomous region is a province's level, often named short: "广西优秀志愿服务组织", "共青团广西区委")
    ("provincial", re.compile(r"(?:北京|天津|上海|重庆)市?(?!.{0,2}(?:区|县))|自治区|省级|省委|省教育厅|省政府|"
                              r"(?<![县市区])省|广西|内蒙古|西藏|宁夏|新疆")),
    # (not a city as such, 城市, "全国文明城市"; a city whose name ends in 城 is one: "盐城市")
    ("municipal", re.compile(r"市级|市委|市政府|市教育局|市教委|市人社局|地区|自治州|州委|(?<![联同])盟|"
                             r"(?<![^\u4e00-\u9fff]城)(?<!^城)(?<!文明城)(?<!卫生城)(?<!园林城)(?<!宜居城)(?<!智慧城)(?<!旅游城)"
                             r"(?<!名城)市(?!场)")),
    ("district", re.compile(r"区级|县级|区委|县委|区教委|县教委|区教育局|县教育局|区政府|县政府|教育系统|"
                            # (not a mountain area, "偏远山区"; a district named after a mountain is one: "崂山区")
                            r"(?:(?<![自治社校园小景山])|(?<=[\u4e00-\u9fff]山)(?<![远困深大老为到赴在去进入走的和与及往向于]山))"
                            r"区(?!域)|县|(?<![红国党团锦升彩])旗(?![帜手])")),
    ("school", re.compile(r"校级|校党委|校党总支|学校党支部|学校党总支|本校|全校|校内|学校")),
]
LEVEL_MARKERS_EN: list[tuple[str, re.Pattern]] = [
    # (a ministry is the state's: provinces have departments and commissions; so is what is the country's: "one of the
    # country's model branches", "nationwide")
    ("national", re.compile(r"\bnational\b|\bcentral\b|\bministry\b|\bstate council\b|\bcountry\b|\bnationwide\b")),
    ("provincial", re.compile(r"\bprovincial\b|\bprovince\b|autonomous region|beijing|tianjin|shanghai|chongqing")),
    ("municipal", re.compile(r"\bmunicipal\b|\bcity\b|\bcities\b|\bprefecture\b")),
    ("district", re.compile(r"\bcounty\b|\bcounties\b|\bdistrict\b|\bnew area\b")),
    ("school", re.compile(r"\bschool(?:'s)? party (?:committee|branch)\b|\bschool-level\b|^school\b")),
]

HEADS_ZH = (
    # (a secretary's title of merit, before the branch's own heads: "区优秀党支部书记" is not "区优秀党支部")
    "(?:优秀|先进|十佳|最美|好|模范|示范|标兵)(?:基层)?(?:党支部|党总支|党组织|支部)?书记(?!项目|工作)|"
    "先进基层党组织|先进党组织|先进党支部|先进党总支|先进党小组|优秀党小组|先进集体|先进单位|先进个人|先进工作者|优秀共产党员|优秀党员|"
    "优秀党务工作者|优秀志愿者|优秀教师|优秀青年教师|优秀班主任|优秀教育工作者|骨干教师|学科带头人|教学能手|名师|名校长|标兵|模范|"
    "示范学校|示范校|示范性?(?:高中|中学|小学)|示范幼儿园|示范园|一级幼儿园|一级园|星级幼儿园|示范单位|示范基地|示范点|实验校|实验学校|特色学校|文明学校|优秀学校|创建单位|培育单位|"
    "文明校园|文明单位|美丽校园|绿色学校|志愿服务(?:组织|队|集体|团队|项目)|"
    "平安校园|书香校园|书屋|之家|基地|红旗党支部|党支部|(?:样板|标杆|示范|先锋|模范|五星级?|四星级?|星级)支部|品牌|(?:书记|党建|品牌|特色|示范)项目|一等奖|二等奖|三等奖|特等奖|金奖|银奖|铜奖|嘉奖|"
    "称号|奖状|奖杯|荣誉|示范岗|先锋岗|五四红旗团委|巾帼文明岗|工人先锋号|基层党组织|党组织|"
    # (a case of the school's work chosen as a model of its kind: "党建工作优秀案例")
    "(?:优秀|示范|典型|精品|最佳)案例"
)
INDIVIDUAL_HEADS = re.compile(
    r"优秀共产党员|优秀党员|优秀志愿者|党务工作者|优秀教师|优秀班主任|教育工作者|骨干教师|学科带头人|教学能手|名师|名校长|标兵|"
    r"先进个人|先进工作者|模范教师|劳动模范|一等奖|二等奖|三等奖|特等奖|(?:教师|老师|校长|班主任|辅导员|园丁|书记|党员)$|"
    r"(?:teachers?|models?|workers?|individuals?|members?|educators?|stars|pacesetters|speakers?|lecturers?|presenters?|"
    r"mentors?|principals?|volunteers?|secretar(?:y|ies)|(?:post |title )?holders?)$"
)
TRIGGERS_ZH = re.compile(
    r"被评为|被评定为|被授予|被命名为|被表彰为|被确定为|被认定为|被列为|被评选为|表彰为|评为|荣获|荣膺|喜获|摘得|获评|获得|获授|获颁|"
    r"获(?!奖者|奖人|奖学生|奖名单|奖作品|得者)(?=[^，,。；;]{0,12}?(?:等奖|称号|荣誉|[“「『]))|授予|命名为|当选为?|"
    # (or prizes won, each counted after "其中": "参赛的3名党员均获奖，其中一等奖2名、三等奖1名")
    r"获奖(?=[，,]\s*其中[^。；;]{0,4}?(?:[一二三特]等奖|[金银铜]奖))|"
    r"蝉联|入选|受到?(?=[^，,。；;]{0,40}?(?:表彰|嘉奖|表扬))|被(?=[^，,。；;]{0,30}?(?:表彰|授予|命名|评为))|"
    # (or built up to a title a level confers: "5个党支部全部建成区级“五星级党支部”"; not a room built, "建成“党员之家”")
    r"(?:创建|建)成(?=(?:全国|国家|省|市|区|县)级?[“「『])|"
    # (a school year may name the honours first: "表彰了2020—2021学年度优秀教师15名"; or organizations be counted:
    # "表彰了“五好党支部”3个")
    r"(?:评选)?表彰了?(?=(?:(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)\d{2}\s*学年度?)?[^，,。；;]{1,14}?"
    r"(?:\d+|[一二两三四五六七八九十]+)\s?(?:名|位|人|个))|"
    # (or the meeting commends the counted, named before its verb: "对3个先进党支部、21名优秀共产党员进行了表彰")
    # (the counted may be described first: "对2023—2024学年度涌现出的15名“优秀教师”…进行了表彰")
    # (or each counted after its title: "对优秀共产党员10名、先进党支部1个进行了表彰")
    r"对(?=(?:[^，,。；;]{0,20}?的)?(?:\d+|[一二两三四五六七八九十]+)\s?(?:个|名|位)[^。；;]{2,60}?(?:进行了?|予以|给予)(?:隆重)?(?:通报)?"
    r"(?:表彰|表扬|嘉奖)|"
    # (or any title in quotes: "对评出的“先锋党员”4名予以表彰")
    rf"(?:[^，,。；;]{{2,30}}?(?:{HEADS_ZH})|[^，,。；;]{{0,20}}?[“\"「『][^”\"」』]{{2,20}}[”\"」』])(?:\d+|[一二两三四五六七八九十]+)\s?"
    r"(?:个|名|位)[^。；;]{0,60}?(?:进行了?|予以|给予)"
    r"(?:隆重)?(?:通报)?(?:表彰|表扬|嘉奖))|"
    # (or the counted, opening their clause, receive it: "12名优秀共产党员和2个先进党支部受到表彰")
    r"(?:(?<=[，,。；;：:\n])|^)(?:\d+|[一二两三四五六七八九十]+)\s?(?:个|名|位)(?=[^，,。；;]{2,60}?(?:受到|获得)了?(?:通报)?"
    r"(?:表彰|表扬|嘉奖))"
)
# a body that held a contest, named with it: "区教育局举办第三届…教学比武"
_CONTEST_HELD_BY = re.compile(r"[^，,。；;]{0,20}?(?:举办|举行|组织|开展|主办)(?:的)?[^，,。；;]{0,24}?(?:比赛|大赛|比武|竞赛|评比|赛课|展评)")
# the clause that names the prizes of those who won: "，其中"
_AMONG_THEM_AFTER = re.compile(r"[，,]\s*其中")
# a line's label naming its honours, no verb: "学校荣誉：全国文明校园（2020年）、…" (read as a trigger is; a pattern
# of its own, as one more alternative would slow every position's try of the others)
_LABEL_TRIGGER = re.compile(r"^[ \t]*[^\n：:，,。；;“”]{0,8}?(?:荣誉|奖项)(?:称号|情况)?[ \t]*[：:]", re.M)
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,40})[”\"」』]")
_QUOTED_COMPLETED = re.compile(rf"(?!等|荣誉|称号)[\u4e00-\u9fff]{{0,8}}?(?:{HEADS_ZH})(?=[”\"」』]?(?:荣誉)?称号|[，,。；;、）)]|$)")
_TITLE_RUN = re.compile(rf"[^，,。；;、和及与]{{0,24}}?(?:{HEADS_ZH})")
# the verbs of making known results or a list
_MADE_KNOWN = r"(?:公布|发布|印发|下发|揭晓|通报)(?:了)?"
# a body making known the results or the list its sentence then gives an honour from ("…教育工委公布2023年度星级党支部
# 评定结果，我校党支部被评为…")
# (the decision may be named in full, in its book-title marks: "…印发《关于表彰2023年度先进基层党组织…的决定》，…")
_RESULTS_MADE_KNOWN = re.compile(rf"{_MADE_KNOWN}(?:[^，,。；;《]{{0,30}}?|《[^《》\n]{{0,80}}?)(?:结果|名单|决定|通知)")
# (or, in the sentence before, results or a list of a year: "市教育局公布了2020年度表彰名单。我校周敏被评为…")
_RESULTS_OF_A_YEAR = re.compile(rf"{_MADE_KNOWN}[^，,。；;]{{0,20}}?((?:19|20)\d{{2}})\s*年度?[^，,。；;]{{0,20}}?"
                                r"(?:结果|名单|决定)[^。；;]{0,12}[。；;]?\s*$")
_NOT_TITLE = re.compile(r"好成绩|好评|认可|肯定|关注|支持|欢迎|称赞|赞誉|一致|圆满|成功|效果|成效|发展|提升|机会|经验|颁发|"
                        r"^表彰|"
                        # "考评中获评“优秀”": a grade of an appraisal alone, no title
                        r"^(?:优秀|良好|合格|称职|基本合格|基本称职|优良|优秀等次|好)$|"
                        # "获得的又一项荣誉", "这一荣誉": an honour referred to, not named (or a prize of the contest told
                        # before: "这已是他第二次摘得此项大赛二等奖")
                        r"^的|(?:又|这|此|该|另)一?(?:项|个)?(?:荣誉|奖项|称号|殊荣)|^(?:该|此|这)(?:项|个|次)?(?:比赛|竞赛|评比|评选|大赛)|"
                        # "获得国家级荣誉5项", "区级以上荣誉16项": a count of honours, named by their level only
                        r"^(?:国家级|省级|市级|区级|县级|校级|各级|各类|多项|多个)?(?:以上)?(?:的)?(?:荣誉|奖项|表彰|称号|奖励)$|"
                        # "荣获以下荣誉：", "获得如下称号": the list of them announced, not one of them
                        r"^(?:以下|下列|如下|上述|下述)(?:的)?(?:荣誉|奖项|表彰|称号|奖励)")
# a new title starts where a place name with its admin suffix (or 全国/国家) follows a head noun
_LEVEL_START = re.compile(r"(?:全国|国家|[\w]{1,6}?(?:自治区|省|市|地区|自治州|州|盟|区|县|旗))")
_PEOPLE_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s?(?:名|位|人)[^，,。]{0,12}$|同志$|教师$|老师$|党员$")


@dataclass
class Found:
    title: str
    start: int  # evidence span in the text
    end: int
    level: str
    recipient: str
    year: int | None


# the city a district is named with ("宝鸡市陈仓区委教育工委", "江门市蓬江区优秀教育工作者"): the body or the honour
# is the district's, not the city's
_CITY_BEFORE_ITS_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2,6}?市(?=[\u4e00-\u9fff]{1,4}?(?:区|县)(?!域|级|内|外))")


# a school's name before its party body, which confers what the school gives ("盘锦市实验中学党总支对…进行了表彰"): the
# city its name opens with is no level of the honour
_A_SCHOOLS_OWN_BODY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:小学|中学|学校|幼儿园|附小|附中|学院|中心校)(?=党委|党总支|党支部)")


def _level(context: str, markers) -> str:
    context = _CITY_BEFORE_ITS_DISTRICT.sub("", context)
    found = [lvl for lvl, pattern in markers if pattern.search(context)]
    for level in LEVEL_ORDER:
        if level in found:
            return level
    return "unknown"


def _clean_title(title: str) -> str:
    # "表彰了本学年的6名优秀共产党员": the honour is what follows the count of people
    title = re.sub(r"^(?:[^“”\"]*?(?:\d+|[一二两三四五六七八九十]+))?\s?(?:名|位)(?=[\u4e00-\u9fff]{2})", "", title)
    # "表彰了3个先进党支部": and what follows a count of organizations (a title list may start at its measure word; the
    # organizations may be described before their count: "表现突出的3个先进党支部")
    title = re.sub(r"^(?:[^“”\"]*?(?:\d+|[一二两三四五六七八九十]+))?\s?个(?=[\u4e00-\u9fff]{2})(?!人)", "", title)
    # "表彰了一年来涌现出的优秀教师20名": what the honoured did to be honoured, said before the title, is no part of it
    title = re.sub(r"^[^“”\"]{0,12}?(?:涌现出?|评选出?|产生)(?:了)?的", "", title)
    # "表彰了支部优秀共产党员5名": whose honour it is, said before the title, is no part of it
    title = re.sub(r"^(?:本|全)?(?:党支部|支部|党委|党总支|学校|本校|全校)(?=(?:优秀|先进|模范|十佳|最美))", "", title)
    title = title.strip(" “”\"'‘’「」『』:：")
    if title.count("“") != title.count("”"):  # a quoted word inside the title lost its opening mark
        title = re.sub("[“”]", "", title)
    if title.count('"') % 2:  # (or its closing one, in straight quotes: 获评海淀区"五星级党组织")
        title = title.replace('"', "")
    title = re.sub(r"(?:荣誉)?称号$", "", title).strip()
    return title


def level_of(title: str, conferrer: str, *, lang: str = "zh", active: bool = False) -> str:
    """The level a title names itself ("区级文明单位"), else the widest named by who confers it ("受市、区级
    先进个人表彰" is municipal); 'school' for the school's own commendations (active voice: 表彰/授予 by the
    school, no wider body named)."""
    markers = LEVEL_MARKERS_ZH if lang == "zh" else LEVEL_MARKERS_EN
    as_written = title
    if lang == "zh":
        conferrer = _A_SCHOOLS_OWN_BODY.sub("", conferrer)
    if lang == "en":
        title, conferrer = title.lower(), conferrer.lower()
    own = _level(title, markers[:4])
    if own == "unknown" and (re.match(r"校级|school-level", title) or
                             (lang == "zh" and re.search(r"(?:评为|授予|获评|荣获)\s*校\s*[“\"「]?$", conferrer))):
        own = "school"  # "校级先进党支部": the title names its own level (or said just before it: "被评为校“优秀共产党员”")
    # in a list of titles each names its own level, unless levels are listed before it ("市、区级先进个人")
    if own != "unknown" and not conferrer.rstrip().endswith(("、", "和", "及", "与")):
        return own
    found = {own, _level(conferrer, markers[:4])} - {"unknown"}
    for level in LEVEL_ORDER:
        if level in found:
            return level
    # the school's own commendation; in a passive sentence a school word names the recipient instead
    # (an English conferrer is its by-phrase only: "commended … by the school")
    if lang == "en" and _level(conferrer, markers[4:]) == "school":
        return "school"
    if lang == "en" and (placed := _level_of_place_en(as_written)):
        return placed
    return "school" if active else "unknown"


# a place's name in an English title: a capitalized word, not part of a hyphenated one ("Anti-epidemic"), with its
# level word or without ("Futian District Model School", "Dongguan Model Party Branch")
_EN_PLACE_WORDS = re.compile(r"(?<![\w-])([A-Z][a-z]{3,})(?![\w-])(?: (District|County|City|Province)\b)?")


def _level_of_place_en(title: str) -> str | None:
    """The level of the narrowest place an English title names ("Dongguan Model Party Branch" is the city's:
    Dongguan is a city), by the gazetteer. A word alone is read only as a city or a province: many a word
    spells a county's name in pinyin too."""
    from etl.places import english_region  # (the gazetteer is read once, when a title needs it)

    levels = set()
    for m in _EN_PLACE_WORDS.finditer(title):
        region = english_region(m.group(0))
        if region is None or (region.district and not m.group(2)):
            continue
        levels.add("district" if region.district else "municipal" if region.city else "provincial")
    return next((level for level in reversed(LEVEL_ORDER) if level in levels), None)


def _level_of_body_en(body: str) -> str | None:
    """The level of a body named in English, by its level word or its place: "the city education bureau's",
    "the Shenzhen Education Bureau's" (Shenzhen is a city)."""
    level = _level(body.lower(), LEVEL_MARKERS_EN[:4])
    return level if level != "unknown" else _level_of_place_en(body)


def _levels_of_bodies_en(text: str, at: int, m: re.Match, end: int) -> list[str | None]:
    """The levels of what an unquoted English title (matched by _EN_UNQUOTED at `at`, ending at `end`) is said to be
    of: the body named before it, the place whose many it is one of, and a place named after it ("… of Anhui's
    primary and secondary schools"), each by its level word or its place."""
    named = [text[at + m.start(group): at + m.end(group)] for group in ("body", "whose") if m.group(group)]
    if of_place := _EN_OF_A_PLACE.match(text, at + end):
        named.append(of_place.group(1))
    return [_level_of_body_en(body) for body in named]


def recipient_of(title: str, before: str) -> str:
    if INDIVIDUAL_HEADS.search(title.lower()) or _PEOPLE_BEFORE.search(before):
        return "individual"
    return "organization"


# (or one still to be chosen: "学期末，支部将评选出“优秀党员示范岗”3个")
_PROPOSED = re.compile(r"(?:拟|将)(?:[^，,。；;]{0,2})$")


# the meeting the text tells of, named where it commends: "今天受表彰的…", "本次大会受表彰的…"
# a trigger that is the count of those who received a commendation: "15名"
_A_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s?(?:个|名|位)")
_AT_THIS_MEETING = re.compile(r"今天|今日|本次|此次|这次|大会上|会上|会议上")
# a meeting held to give honours, told in the sentence before the honoured are: "2023年12月28日，学校党支部召开年终表彰
# 大会。12名教师被评为“优秀教师”" (who held it gives them; the day it was held dates them)
_MEETING_OF_HONOURS = re.compile(r"(?:召开|举行|举办)了?[^。；;！!]{0,16}?(?:表彰大会|表彰会|颁奖典礼|颁奖仪式|表彰仪式)")


class TooManyHonours(Exception):
    """More honours than a report may hold were found: the reading stopped there, since the report is refused."""


def _stop_if_over(found: list[Found], most: int | None) -> None:
    """Stop the reading once more than `most` honours are found. They are counted as they are found: which body
    each belongs to is decided by a later reading, of no use for a report that is refused anyway."""
    if most is not None and len(found) > most:
        raise TooManyHonours


def find_awards_zh(text: str, seg: Segmenter, doc: DocTime, most: int | None = None) -> list[Found]:
    """The honours a Chinese report tells of (TooManyHonours once more than `most` are found)."""
    found: list[Found] = []
    taken: set[tuple[int, int]] = set()
    sentence_marks: dict[int, list] = {}  # the period words of each sentence, read once
    labels = list(_LABEL_TRIGGER.finditer(text)) if "荣誉" in text or "奖项" in text else []
    triggers = heapq.merge(TRIGGERS_ZH.finditer(text), labels, key=lambda m: m.start()) if labels else \
        TRIGGERS_ZH.finditer(text)
    for trigger in triggers:
        _stop_if_over(found, most)
        if seg.in_book_title(trigger.start()) or _PROPOSED.search(text, max(0, trigger.start() - 4), trigger.start()):
            continue  # (an honour proposed, "拟授予…", in a notice before it is given, is not yet one)
        s_start, s_end = seg.sentence_span(trigger.start())
        before_start = seg.sentence_span(s_start - 1)[0] if s_start else 0  # the sentence before's start
        clause_end = _clause_end(text, trigger.end(), s_end)
        before = text[seg.clause_start(trigger.start()): trigger.start()]
        if _pupils_honoured(before, text[s_start: trigger.start()]):
            continue  # "学生在技能大赛中获一等奖4项": the pupils' prize, not the school's or a member's
        word = trigger.group(0)
        line_end = text.find("\n", trigger.end())
        if trigger.re is _LABEL_TRIGGER and TRIGGERS_ZH.search(text, trigger.end(), line_end if line_end >= 0 else len(text)):
            continue  # "荣誉：学校党支部获评“…”": a label over a sentence, whose own verb tells of the honour
        if word.startswith("当选") and ELECTED_TO_AN_OFFICE.match(text, trigger.start(), clause_end + 1):
            continue  # "当选为新一届党支部书记": elected to an office, not honoured
        # (the counted who received a commendation that names no one who gave it, "15名优秀共产党员受到表彰", are
        # commended by the school, as a count of people honoured is)
        active = word in ("授予", "表彰为", "对") or word.startswith(("表彰", "评选表彰")) or bool(_A_COUNT.fullmatch(word))
        active = active and "被" not in before[-8:] and "受" not in before[-8:]
        # (or the sentence before: "今天，我们隆重表彰…先进个人。受表彰的优秀共产党员12名、…")
        if (word.startswith("受") or "受" in before[-8:]) and "被" not in before[-8:] and \
                _AT_THIS_MEETING.search(text, before_start, trigger.start()):
            active = True  # "今天受表彰的12名优秀共产党员": commended at the meeting the text tells of, by the school
        if word.startswith("受"):
            titles = _titles_commended(text, trigger.end(), clause_end)
        else:
            # "获得荣誉：2023年度区先进基层党组织": a field's label, then its titles
            # (or a line's label that names its honours alone: "学校荣誉：…")
            label = _HONOUR_LABEL.match(text, trigger.end())
            titles_start = label.end() if label else trigger.end()
            if word == "获奖" and (among := _AMONG_THEM_AFTER.match(text, trigger.end())):
                # "…均获奖项，其中一等奖2名": the prizes are named in the clause after
                titles_start, clause_end = among.end(), _clause_end(text, among.end(), s_end)
            a_field = bool(label) or word.endswith((":", "："))
            if a_field:  # the field runs to the end of its line, its titles parted by semicolons too
                line_end = text.find("\n", titles_start, s_end)
                clause_end = line_end if line_end >= 0 else s_end
            titles = _titles_after(text, titles_start, clause_end, s_end, semicolons=a_field)
        if not titles:
            continue
        # who confers the honour is named between the clause start and the first title
        conferrer = text[max(seg.clause_start(trigger.start()), trigger.start() - 20): titles[0][0]]
        if s_start not in sentence_marks:
            sentence_marks[s_start] = time_marks(text[s_start: s_end])
        # (a line's label may name the year of its honours: "2023年获得荣誉：…")
        said_until = trigger.end() if word.endswith((":", "：")) else trigger.start()
        time = time_of(text[s_start: said_until], doc, said_until, "zh", sentence_marks[s_start])
        # (or the year the text is of, named by words for the whole of it: "全年共评选出优秀共产党员5名")
        whole_year = time.kind == "current" and time.label in _WHOLE_YEAR
        year = time.year if time.kind in ("explicit", "span") or whole_year else None
        if year is None and time.kind == "span" and "学年" in (time.label or ""):
            year = time.end  # "对2023—2024学年度的先进典型进行了表彰，…被评为…": a school year's honours, given at its end
        meeting = _MEETING_OF_HONOURS.search(text, before_start, s_start) if s_start and not active else None
        if year is None and time.kind == "none" and meeting:
            held = time_of(text[before_start: meeting.start()], doc, meeting.start(), "zh")
            year = held.year if held.kind in ("explicit", "span") else None
        if year is None and time.kind == "none":
            # "6月30日，…召开大会，表彰了优秀共产党员5名": what a meeting of the text confers is of the text's year; and
            # what a summary says was received, of the year it sums up ("2022年第一季度工作简报……被评为…")
            # (and so is an honour the sentence says was conferred lately: "近日，…党支部被命名为…", in a dated text)
            announced = _RESULTS_OF_A_YEAR.search(text, before_start, s_start) if s_start else None
            lately = _LATELY.search(text, s_start, trigger.start()) or _AT_A_MEETING_TOLD.search(text, s_start, trigger.start())
            year = int(announced.group(1)) if announced else doc.current_year if active or lately else doc.plan_year
        if year is None:
            year = _month_of_a_dated_text(_A_MONTH_ZH.search(text, s_start, trigger.start()), doc)
        # "于2018年、2020年两次被评为…": the honour once for each year listed
        # (or the years the sentence opens with: "2018年、2022年，学校党支部两次被评为…")
        listed = _YEAR_LIST.search(before) or _OPENING_YEAR_LIST.match(text, s_start, trigger.start())
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", listed.group())] if listed else [year]
        # (whom an honour is given to is named between the verb and the title: "授予刘某某等8名同志“最美党员”称号")
        recipient_context = before + text[trigger.end(): titles[0][0]] if word == "授予" else before
        first_year = None
        for i, (t_start, t_end, quoted) in enumerate(titles):
            if (t_start, t_end) in taken:
                continue
            # "被评为2021年度区优秀共产党员": the year names when, not what
            dated = _TITLE_YEAR.match(text, max(0, t_start - 4), t_end)
            if quoted and not (dated and dated.end() > t_start):
                dated = _TITLE_YEAR.match(text, t_start, t_end)  # (or inside its quotes: "荣获“2023年度…党支部”称号")
            title_year = int(dated.group(1)) if dated and dated.end() > t_start else None
            # "获评2022年度“区优秀班主任”": the year before a quoted title (after the verb: a year before
            # it says when, and a list of years before it is read above)
            quoted_year = _YEAR_BEFORE_QUOTE.search(text, max(trigger.end(), t_start - 16), t_start) if quoted else None
            school_year = _SCHOOL_YEAR_BEFORE.search(text, max(0, t_start - 12), min(t_end, t_start + 12))
            if school_year and not title_year and school_year.start() <= t_start < school_year.end():
                # "表彰了2020—2021学年度优秀教师15名": the honours of a school year are given at its end
                title_year, dated = int(school_year.group(1)), school_year
            if title_year:
                t_start = dated.end()
            elif quoted_year:
                title_year = int(quoted_year.group(1))
            elif i and time.kind == "none" and not listed:
                # (or the year of the list's first title, when the sentence names none before the verb: "对2023年度表现
                # 突出的8名优秀共产党员和2个先进党小组进行了表彰")
                title_year = first_year
            if not i:
                first_year = title_year
            title = _clean_title(text[t_start:t_end])
            if len(title) < 2 or _NOT_TITLE.search(title):
                continue
            if not quoted and not re.search(rf"(?:{HEADS_ZH})$", title):
                continue
            if active and not quoted and _AREAS_HONOURS.search(text, trigger.end(), t_end):
                continue  # "大会表彰了全区教育系统10个先进基层党组织": an area's many honoured, not the school's honour
            # a later title of a list may name its own conferrer's level before it ("；2023年市“…”")
            between = text[titles[i - 1][1]: t_start] if i else ""
            own_conferrer = between if i and _level(between, LEVEL_MARKERS_ZH[:4]) != "unknown" else conferrer
            level = level_of(title, own_conferrer, active=active)
            if i and level in ("unknown", "school") and _LIST_MARK.fullmatch(between) and \
                    (listed_level := _LEVEL_OPENING.match(text, titles[0][0])):
                # "获评区级骨干教师、学科带头人", "获得渭滨区“先进基层党组织”“红旗党支部”等荣誉": the level or the area
                # the list opens with is each title's
                level = level_of(listed_level.group(0), "")
            if level == "school" and (decided := BUREAU_DECIDED.search(text, s_start, trigger.start())):
                # "局党委决定，授予…": a bureau's commendation, not the school's own; its level is what its name says
                # there, or in the title line, which names it in full ("中共某某区教育局委员会关于表彰…的决定")
                level = level_of(title, text[s_start: decided.end()])
                if level == "unknown":
                    level = level_of(title, text[: text.find("\n")] if "\n" in text else "")
            if level == "unknown" and meeting:
                level = level_of(title, text[before_start: meeting.start()], active=True)
            if level == "unknown" and _PRIZE_ONLY.fullmatch(title) and \
                    (contest := _CONTEST_HELD_BY.search(text, s_start, trigger.start())):
                # "市教育局组织…说课比赛，…党员均获奖项，其中一等奖2名": a prize is of the level of the body that held
                # the contest, named earlier in the sentence
                level = level_of(title, contest.group(0))
            if level == "unknown" and (published := _RESULTS_MADE_KNOWN.search(text, s_start, trigger.start())):
                # "区委教育工委公布…评定结果，我校党支部被评为…": the body that made the results known gave it
                level = level_of(title, text[s_start: published.end()], active=active)
            # "省级文明校园（2021年）": the year in brackets after a title is when it was won (each of the years, where
            # the brackets list several: "市先进基层党组织（2021年、2023年）")
            bracketed = _BRACKETED_YEAR.match(text, t_end + _suffix_len(text, t_end))
            own_years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", bracketed.group(1))] if bracketed else []
            if len(own_years) == 1 and not listed:
                title_year = own_years[0]
            ev_start = _evidence_start(text, s_start, trigger.start(), t_start) if i == 0 else t_start
            recipient = recipient_of(title, recipient_context)
            if _PRIZE_ONLY.fullmatch(title) and _A_TEAM_BEFORE.search(recipient_context):
                continue  # "第二党支部代表队获得一等奖": a team's place in a contest not named, no honour of the school's
            if _PRIZE_ONLY.fullmatch(title) and text.startswith("的", t_end + _suffix_len(text, t_end)):
                continue  # "获二等奖的3件作品将报送区里": those that won described, the prize told where it was given
            if _PRIZE_ONLY.fullmatch(title) and _teachers_not_members(_of_them(text, seg, trigger.start(), before)):
                continue  # "15名青年教师在…比赛中获一等奖": prizes of the school's teachers, not said to be members
            for each in own_years if len(own_years) > 1 and not listed else years:
                found.append(Found(title, ev_start, t_end + _suffix_len(text, t_end), level, recipient, title_year or each))
            taken.add((t_start, t_end))
    found += _listed_awards(text, seg, doc)
    found += _honour_lines_zh(text, taken)
    found += tabled_awards(text)
    found += _headline_awards(text, seg, {(f.start, f.end) for f in found})
    return _dedupe(found)


def _quoted_title(text: str, quoted: re.Match, end: int | None = None) -> tuple[int, int]:
    """Where a quoted title is in `text`: the words inside the quotes, or, where a head noun completes the quoted word
    ("“五好”党支部"), the quotes and that noun (read no further than `end`)."""
    completed = _QUOTED_COMPLETED.match(text, quoted.end(), len(text) if end is None else end)
    return (quoted.start(), completed.end()) if completed else (quoted.start(1), quoted.end(1))


# a line that announces the honours listed one a line after it: "支部先后荣获以下荣誉：", "主要荣誉："
# (or a line that ends on the verb of receiving them and a colon: "近年来，支部先后荣获：")
# (or a title that names a roll of them, its years in brackets maybe: "某小学党建工作荣誉榜（2019—2023）")
_HONOURS_ANNOUNCED = re.compile(r"(?:(?:以下|下列|如下)(?:的)?(?:荣誉|奖项|称号)(?:称号)?|^[ \t]*(?:主要|所获|获得)?(?:荣誉|奖项)"
                                r"(?:称号|情况)?|(?:荣获|获得|获评|被评为|被授予)(?:了)?(?:的荣誉有)?(?=[ \t]*[:：])|"
                                r"(?:荣誉榜|荣誉墙|荣誉清单|荣誉一览表?|获奖情况一览表?)(?:[ \t]*[（(][^)）\n]{1,16}[)）])?)"
                                r"[ \t]*[:：]?[ \t]*$")
# one of those lines: its year, then the honour, maybe after who gave it ("2022年 省教育厅“党建工作样板支部”")
_HONOUR_LINE = re.compile(r"[ \t]*(?:[-•·*][ \t]*)?((?:19|20)\d{2})[ \t]*(?:年度?)?[ \t]*[:：、，,]?[ \t]*(\S[^\n]{1,40}?)[。；;]?[ \t]*")


_GIVEN_BY_AFTER = re.compile(r"[（(]([^)）]{2,16})[)）]\s*$")


def _honour_lines_zh(text: str, taken: set) -> list[Found]:
    """The honours listed one a line, each with its year, after a line that announces them: each line's title (quoted,
    else ending in a title's head noun), its level from who gave it or from the title, up to the first other line."""
    found: list[Found] = []
    lines = text.split("\n")
    pos, under = 0, False
    for line in lines:
        m = _HONOUR_LINE.fullmatch(line) if under else None
        if m is None:
            # (a blank line may stand between the line that announces them and the list)
            under = bool(_HONOURS_ANNOUNCED.search(line)) or (under and not line.strip())
        else:
            body_start, body = pos + m.start(2), m.group(2)
            # (who gave it may follow it in brackets: "2019年  某市先进基层党组织（市委组织部）")
            given_by = _GIVEN_BY_AFTER.search(body)
            if given_by:
                body = body[: given_by.start()]
            quoted = _QUOTED.search(body)
            if quoted:
                t_start, t_end = _quoted_title(body, quoted)
                conferrer = body[:quoted.start()]
            else:
                t_start, t_end, conferrer = 0, len(body), body
            if given_by:
                conferrer += given_by.group(1)
            title = _clean_title(body[t_start:t_end])
            span = (body_start + t_start, body_start + t_end)
            if len(title) >= 2 and not _NOT_TITLE.search(title) and (quoted or re.search(rf"(?:{HEADS_ZH})$", title)) and \
                    not any(s < span[1] and span[0] < e for s, e in taken):
                found.append(Found(title, pos + m.start(1), body_start + t_end, level_of(title, conferrer),
                                   recipient_of(title, ""), int(m.group(1))))
        pos += len(line) + 1
    return found


# a table of honours, a row each, under a header that names its columns ("| 序号 | 荣誉名称 | 授予单位 | 时间 |",
# "Honour<TAB>Conferred by<TAB>Year"): the title's column, and maybe who conferred it, when, and on whom
_HONOUR_COLUMN = re.compile(r"(?:荣誉|奖项|获奖|表彰)(?:名称|称号|项目|情况)?|称号|honou?rs?|awards?|titles?", re.I)
_WHEN_COLUMN = re.compile(r"(?:获得|获奖|授予|颁发|表彰|命名)?(?:时间|年份|年度|日期)|years?|dates?|when", re.I)
_CONFERRER_COLUMN = re.compile(r"(?:授予|颁发|颁奖|表彰|评选|命名|发文)(?:单位|部门|机关|机构)|conferred by|awarded by|"
                               r"(?:granting|awarding) body", re.I)
_RECIPIENT_COLUMN = re.compile(r"姓名|获奖人|获奖者|获得者|获奖个人|name|recipient", re.I)
def tabled_awards(text: str) -> list[Found]:
    """The honours of a table whose header names a column of them: each row's title, with its year, level
    (from the title, else from who conferred it) and recipient (a person where a column names one)."""
    found: list[Found] = []
    header: dict[str, int] | None = None
    width, pos = 0, 0
    for line in text.split("\n"):
        cells = row_cells(line, colons=False) if table_like(line) else []
        names = [c for _, c in cells]
        if len(cells) >= 2 and any(_HONOUR_COLUMN.fullmatch(n) for n in names):
            header = {}
            for i, name in enumerate(names):
                for kind, column in (("title", _HONOUR_COLUMN), ("when", _WHEN_COLUMN), ("by", _CONFERRER_COLUMN),
                                     ("whom", _RECIPIENT_COLUMN)):
                    if column.fullmatch(name) and kind not in header:
                        header[kind] = i
            width = len(cells)
        elif header is not None and len(cells) == width:
            at, title = cells[header["title"]]
            title = _clean_title(title)
            when = _TABLE_YEAR.search(names[header["when"]]) if "when" in header else None
            by = names[header["by"]] if "by" in header else ""
            lang = "en" if re.search(r"[A-Za-z]{3}", title) and not re.search(r"[\u4e00-\u9fff]", title) else "zh"
            if len(title) >= 2 and not _NOT_TITLE.search(title):
                whom = "whom" in header and names[header["whom"]] not in ("", "-", "—", "/")
                found.append(Found(title, pos + at, pos + len(line.rstrip()), level_of(title, by, lang=lang),
                                   "individual" if whom else recipient_of(title, ""),
                                   int(when.group(1)) if when else None))
        else:
            header = None  # (a row of another width, a blank line or prose ends the table)
        pos += len(line) + 1
    return found


_TABLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


# a list of an honour's holders made known, and the school or its branch on it: "区委教育工委公布2023年度
# “五星级党支部”名单，我校党支部榜上有名" (a list put up for comment, 公示 or 拟, is no honour yet; or the school's
# body, its clause ending with its being chosen: "…名单，我校党支部入选")
_ON_THE_LIST = re.compile(r"榜上有名|名列其中|位列其中|光荣上榜|成功上榜|赫然在列|入选其中|名列榜单|入选(?=\s*[。，,；;！!]|\s*$)")
# (or a batch of its holders honoured, the school's among them: "市委教育工委表彰了一批优秀共产党员，我校张华名列其中")
_LIST_OF = re.compile(rf"{_MADE_KNOWN}([^，,。；;]{{2,40}}?)名单|(?:表彰|命名|评选|评出)了?一批([^，,。；;]{{2,40}}?)(?=[，,])")
_EDITION = re.compile(r"第[一二三四五六七八九十百\d]+(?:届|批|期|轮)")
_ON_THE_LIST_SUBJECT = re.compile(r"党支部|党总支|党委|支部|学校|我校|本校|小学|中学|幼儿园|学院|附小|附中")


def _listed_awards(text: str, seg: Segmenter, doc: DocTime) -> list[Found]:
    found = []
    for on_list in _ON_THE_LIST.finditer(text):
        s_start, _ = seg.sentence_span(on_list.start())
        lists = list(_LIST_OF.finditer(text, s_start, on_list.start()))
        listed = lists[-1] if lists else None  # the last list named before the school is on it
        if listed is None or "拟" in listed.group(0) or "公示" in text[s_start: on_list.start()]:
            continue
        subject = text[listed.end(): on_list.start()]
        if not _ON_THE_LIST_SUBJECT.search(subject) or _PUPILS.search(subject):
            continue
        group = 1 if listed.group(1) is not None else 2
        named = listed.group(group)
        quoted = _QUOTED.search(named)
        if quoted:
            t_start, t_end = _quoted_title(named, quoted)
        else:
            runs = list(_TITLE_RUN.finditer(named))
            if not runs or runs[-1].end() != len(named):
                continue  # the list's name ends in its title
            t_start, t_end = runs[-1].start(), runs[-1].end()
        # (its year before the title, or opening a title run: "公布了2023年度市优秀教师名单")
        dated = _TITLE_YEAR.search(named, 0, t_start if quoted else t_end)
        if dated and not quoted:
            t_start = max(t_start, dated.end())
        if edition := _EDITION.match(named, t_start):
            t_start = edition.end()  # "第三届全国文明校园": the honour is the same whatever its round
        title = _clean_title(named[t_start:t_end])
        if len(title) < 2 or _NOT_TITLE.search(title):
            continue
        if dated:
            year = int(dated.group(1))
        else:
            time = time_of(text[s_start: listed.start()], doc, listed.start(), "zh")
            year = time.year if time.kind in ("explicit", "span") else None
            if year is None and time.kind == "none" and _LATELY.search(text, s_start, listed.start()):
                year = doc.current_year  # "近日，…表彰了一批…，我校…名列其中", in a dated text: lately, its year
            if year is None:
                # (or a list made known in a month of a text dated then or later: "11月27日，…公布…名单，我校…名列其中")
                year = _month_of_a_dated_text(_A_MONTH_ZH.search(text, s_start, listed.start()), doc)
        conferrer = text[s_start: listed.start(group) + t_start]
        # (people on the list hold a title of people: "我校张华、李娜、王刚3名党员教师榜上有名")
        recipient = "individual" if INDIVIDUAL_HEADS.search(title) else "organization"
        found.append(Found(title, listed.start(), on_list.end(), level_of(title, conferrer), recipient, year))
    return found


_HONOUR_LABEL = re.compile(r"(?:的)?(?:主要)?(?:荣誉|称号|奖项|表彰)(?:情况)?\s*[:：]\s*")
# (the conferrer may stand between: "2022年度区“五星级党支部”", "2023年度市教育系统“五好”…")
_YEAR_BEFORE_QUOTE = re.compile(r"((?:19|20)\d{2})\s*(?:年度|年)(?:的)?[\u4e00-\u9fff]{0,8}?[“\"「『]?$")
_BRACKETED_YEAR = re.compile(r"\s*[（(]\s*((?:19|20)\d{2}\s*(?:年度|年)?(?:\s*[、，,和及]\s*(?:19|20)\d{2}\s*(?:年度|年)?)*)\s*[)）]")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年度|年)(?:的)?")
_SCHOOL_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s*[-—–~至到]\s*((?:19|20)\d{2})\s*学年度?(?:的)?")
# two or more years, listed: "2018年、2020年", "2019和2021年"
_YEAR_LIST = re.compile(r"(?:19|20)\d{2}\s*年?(?:\s*(?:、|，|,|和|及|与)\s*(?:19|20)\d{2}\s*年?)+")
_OPENING_YEAR_LIST = re.compile(rf"\s*{_YEAR_LIST.pattern}\s*[，,](?=[^，,。；;]*$)")
_COMMENDATION = re.compile(r"表彰|嘉奖|表扬")
# the schools or people of a whole area, whose honours a meeting confers (not one the school holds: "被评为全区教育系统
# 先进基层党组织" is)
# (or the area's many counted: "表彰了全区30个优秀党支部和100名优秀共产党员")
_AREAS_HONOURS = re.compile(r"全(?:国|省|市|区|县|镇)(?:教育系统|中小学|各级各类学校|各校|学校|"
                            r"(?=(?:\d+|[一二两三四五六七八九十百]+)(?:个|名|所|位)))")
# a prize's grade alone, no contest named (perhaps with its level: "市一等奖")
_PRIZE_ONLY = re.compile(r"(?:国家级|全国|省级?|市级?|区级?|县级?)?(?:[一二三特]等奖|[金银铜]奖)")
# a team or a branch, right before the verb of the prize it won
# the mark between two titles of a list, and a level word a list's first title opens with ("区级骨干教师、学科带头人")
# (quoted titles may follow each other with no mark between: "“先进基层党组织”“红旗党支部”")
_LIST_MARK = re.compile(r"\s*(?:[、和及与]|[”\"」』]\s*[、和及与]?\s*[“\"「『])\s*")
_LEVEL_OPENING = re.compile(r"(?:国家级|省级|市级|区级|县级|校级|[\u4e00-\u9fff]{2,4}?(?:省|市|区|县)(?!级|委|教))")
# teachers counted, whom the clause does not call members: "先后有15名青年教师在…教学比赛中"
_COUNTED_TEACHERS = re.compile(r"(?:\d+|[一二两三四五六七八九十百多数]+)\s*[名位人][^，,。；;\d]{0,8}?(?:教师|老师)")


# (or young teachers, uncounted, whose prizes are their mentoring's outcome: "青年教师在州级以上赛课中获一等奖9人次")
_YOUNG_TEACHERS = re.compile(rf"{YOUNG_TEACHERS}|徒弟")


# members named in the subject as its own people, not as the partners the teachers were paired with ("青年教师与党员骨干
# 结成师徒": the members are the mentors)
_MEMBERS_IN_THE_SUBJECT = re.compile(r"(?<![与和同跟])党员(?!骨干|导师|师傅)|支部|党组织")


# where or at what the clause's people won, said first: "在市里组织的青年教师赛课中，"
_SETTING_FIRST = re.compile(r"^\s*在[^，,。；;]{1,40}?[中上][，,]\s*")


def _teachers_not_members(clause_before: str) -> bool:
    subject = re.split(r"在|于|参加|代表", _SETTING_FIRST.sub("", clause_before), maxsplit=1)[0]
    return bool(_COUNTED_TEACHERS.search(subject) or _YOUNG_TEACHERS.search(subject)) and \
        not _MEMBERS_IN_THE_SUBJECT.search(subject)


def _of_them(text: str, seg: Segmenter, pos: int, before: str) -> str:
    """The clause before `pos` (`before`); one that opens with "其中" says who after the clause before it: "有6名青年教师在
    …比赛中获奖，其中2人获一等奖" (the two are young teachers); so does one after a clause that names a set they are of:
    "15名青年教师中，有3人获一等奖"."""
    start = seg.clause_start(pos)
    earlier = seg.clause_start(start - 1) if start else start
    if not before.lstrip().startswith("其中") and not _A_SET_NAMED.search(text, earlier, start):
        # (or a later part of the set, its clause a bare count after one that opened with "其中": "有28名青年教师…，其中12人
        # 成长为骨干教师，5人获一等奖")
        if earlier and text[earlier:start].lstrip().startswith("其中") and _A_BARE_COUNT.match(before.lstrip()):
            return text[seg.clause_start(earlier - 1): pos]
        return before
    return text[earlier: pos]


_A_BARE_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s*(?:人|名|位)")


# a clause that names the set the next clause counts some of: "15名青年教师中，"
_A_SET_NAMED = re.compile(r"(?:中|之中|当中)\s*[，,]\s*$")


_A_TEAM_BEFORE = re.compile(r"(?:支部|党小组|代表队|团队|小组|队)[^，,。；;]{0,4}$")
_WHOLE_YEAR = frozenset({"全年", "本年度", "本年", "年内", "今年"})
_LATELY = re.compile(r"近日|日前|近期|前不久|不久前")
# (or at a meeting the text tells of, no year said: "在区委教育工委举办的年度表彰大会上，…获评…")
_AT_A_MEETING_TOLD = re.compile(r"在[^，,。；;]{0,30}?(?:召开|举行|举办)的[^，,。；;]{0,20}?(?:大会|会议|典礼|仪式)上")
# a month named with no year, "7月，…", "In July …", "on 5 July": in a dated text, the last such month before its date
_A_MONTH_ZH = re.compile(r"(?<![\d年月〇零一二三四五六七八九十])(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月(?!份?(?:以来|至今))")
# (or a day of it naming a body's meeting: "at the district's 1 July meeting")
_A_MONTH_EN = re.compile(rf"(?:\b(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?|"
                         rf"(?<=['’]s )\d{{1,2}}\s+(?=(?:{EN_MONTHS})\s+(?:meeting|ceremony|assembly|conference|gathering)\b))"
                         rf"({EN_MONTHS})\b"
                         r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?!,?\s+\d{4})(?!,?\s+(?:of\s+)?(?:last|that|next|the (?:previous|same|next|following)) year)")


def _month_of_a_dated_text(month: re.Match | None, doc: DocTime) -> int | None:
    """The year of a month named alone, where the text is dated in that month or later of its year."""
    if month is None:
        return None
    word = month.group(1)
    number = int(word) if word.isdigit() else EN_MONTH_NUMBERS.get(word) or parse_chinese_number(word)
    return doc.published_year if doc.month_is_past(number) else None


def _titles_commended(text: str, start: int, clause_end: int) -> list[tuple[int, int, bool]]:
    """受市、区级先进个人表彰 -> 先进个人; 受市委组织部、市教育局联合嘉奖 -> the whole commendation."""
    m = _COMMENDATION.search(text, start, clause_end)
    if not m:
        return []
    between = text[start: m.start()]
    if not between.strip("的了到"):
        return []  # 受表彰的优秀党员: people honoured before, not a new honour here
    if between.lstrip("的了到").startswith(("上级", "有关", "相关", "各级")):
        return []  # 受到上级党组织表彰: a conferrer it does not name gives no title
    runs = list(_TITLE_RUN.finditer(between))
    if runs and not re.search(r"部|局|委|厅|政府|中心|会$", between):
        return [(start + r.start(), start + r.end(), False) for r in runs]
    body_start = start + len(between) - len(between.lstrip("到了的 ，,"))
    return [(body_start, m.end(), True)]


# (or a class of them: "她所带的班级先后3次被评为县级“优秀班集体”"; or their own organizations, the Young Pioneers' brigade or
# the Youth League's committee: "学校少先队大队被评为“省红旗大队”", "校团委被评为“市五四红旗团委”")
_PUPILS = re.compile(r"学生|学子|幼儿(?!园)|少先队|同学|孩子|小朋友|班级|班集体|团委|团支部|共青团")
_NOT_PUPILS = re.compile(r"党员|教师|老师|(?<!团)支部|党组织|党委|党总支")


def _pupils_honoured(clause_before: str, sentence_before: str) -> bool:
    """Whether the subject of a conferral is pupils: the clause's words before the place or event
    ("学生在全省技能大赛中", "我校学生张三"), or the sentence's where the clause has none; a teacher who
    guided them ("党员教师指导学生…") is honoured, but not the pupils they guided ("党员教师指导的学生…")."""
    subject = clause_before if len(clause_before.strip()) >= 2 else sentence_before
    subject = re.split(r"在|于|参加|代表", subject, maxsplit=1)[0]
    head = subject.rsplit("的", 1)[-1]  # (the noun a clause with 的 describes, if it names people)
    if _PUPILS.search(head) or _NOT_PUPILS.search(head):
        subject = head
    return bool(_PUPILS.search(subject)) and not _NOT_PUPILS.search(subject)


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    m = re.compile(r"[。；;!?！？\n]").search(text, start, sentence_end)
    return m.start() if m else sentence_end


# an area or a level standing alone between the conferral word and the quoted title
# (its year may stand before it: "被评为2022年度赣州市“平安校园”")
_PLACE_BEFORE_QUOTE = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?的?)?"
                                 r"(?P<place>全国|国家级?|省级|市级|区级|县级|(?![全度的])[\u4e00-\u9fff]{1,6}?(?:自治区|省|市|地区|自治州|州|盟|区|县|旗)级?)")


def _titles_after(text: str, start: int, clause_end: int, sentence_end: int, *,
                  semicolons: bool = False) -> list[tuple[int, int, bool]]:
    """Spans of the titles that follow a conferral word: quoted ones, else a title list or run (parted by
    commas, and by semicolons in a field's line)."""
    if _CANDIDACY.search(text, start, clause_end):
        return []  # "入选区骨干教师培养对象": a candidate for a title, not the title
    if text.startswith("了", start):
        start += 1  # "获得了市级优秀教师称号": the verb's aspect word, no part of the title
    # only the titles that belong to this conferral word: none after the next one
    nxt = TRIGGERS_ZH.search(text, start, clause_end)
    limit = nxt.start() if nxt else clause_end
    quoted = []
    for m in _QUOTED.finditer(text, start, limit):
        if _GRADE_AFTER.match(text, m.end()) or _GRADE_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "被评为“优秀”等次", "考评等次为“优秀”": a grade of an appraisal, not an honour
        if _MEDAL_OF_YEARS_AFTER.match(text, m.end()):
            continue  # "颁发“光荣在党50年”纪念章": a medal for years in the Party, given to all who have them, no honour
        if _PUPILS_BODY_TITLE.search(m.group(1)):
            continue  # "“省五四红旗团委”": an honour of the Youth League's or the Young Pioneers' body, the pupils'
        if quoted and nxt and re.search(r"[，,]", text[quoted[-1][1]: m.start()]) and \
                not re.search(r"[，,]", text[m.end(): nxt.start()]):
            break  # "…命名为“市级党建品牌”，“红烛领航”党建品牌入选…": the next conferral's subject
        # "“五好”党支部称号": a quoted word that a head noun completes is part of the title
        title_start, title_end = _quoted_title(text, m, limit)
        if not quoted and (place := _PLACE_BEFORE_QUOTE.fullmatch(text, start, m.start())):
            title_start = place.start("place")  # "评为上城区“五星级党组织”": the place is part of the title
        quoted.append((title_start, title_end, True))
    # (a quote inside an item of an unquoted list, "全国文明校园、苏州市“五星级”党组织等荣誉", is part of that
    # item: the list is read as a list)
    # (nor is one before an unquoted item: "市“双减”工作示范校、区课后服务优秀学校")
    lead = text[start: quoted[0][0]] if quoted else ""
    # (or after one: "市“五星级党组织”、省教育系统先进基层党组织")
    unquoted_after = quoted and re.match(rf"[”\"」』]?、[^，,。；;“”\"]{{0,20}}?(?:{HEADS_ZH})", text[quoted[-1][1]: limit])
    if quoted and not ("、" in lead and re.search(HEADS_ZH, lead)) and not unquoted_after:
        return quoted
    sentence_end = min(sentence_end, limit)
    # "评为安徽省先进基层党组织,安庆市先进基层党组织,…": the list may run on past commas
    titles: list[tuple[int, int, bool]] = []
    pos = start
    while pos < sentence_end:
        comma = re.compile(r"[，,。；;\n]").search(text, pos, sentence_end)
        piece_end = comma.start() if comma else sentence_end
        piece = _TITLES_TAIL.sub("", text[pos:piece_end])
        if titles and (TRIGGERS_ZH.search(piece) or (not comma and nxt is not None)):
            break  # the next conferral's subject ("…优秀共产党员，2个党支部被评为…"), or its titles
        runs = _split_titles(piece, pos)
        if not runs or (titles and not re.fullmatch(rf"[^，,]{{0,26}}(?:{HEADS_ZH})(?:称号)?{_YEAR_IN_BRACKETS}?",
                                                    piece.strip())):
            break
        titles += runs
        if not comma or text[comma.start()] not in ("，,；;" if semicolons else "，,"):
            break
        pos = comma.end()
    return titles


_GRADE_AFTER = re.compile(r"\s*(?:等次|等级|档次)")
_MEDAL_OF_YEARS_AFTER = re.compile(r"\s*纪念(?:章|牌|证书)")
# a title given to the Youth League's or the Young Pioneers' body of a school: "五四红旗团委", "红旗大队"
_PUPILS_BODY_TITLE = re.compile(r"(?:团委|团支部|团总支|少先队|大队|中队)$")
_GRADE_BEFORE = re.compile(r"(?:等次|等级|档次)(?:均|都)?(?:为|是|评定为|被评为|评为)\s*$")
# what makes a title one striven for: the people chosen as its candidates ("入选骨干教师培养对象")
_CANDIDACY = re.compile(r"培养对象|培养人选|推荐人选|候选人|候选对象|后备人才|后备干部")
_YEAR_IN_BRACKETS = r"(?:\s*[（(]\s*(?:19|20)\d{2}\s*年?度?\s*[)）])"
# "…等荣誉称号", "等多项荣誉": the end of a list of titles, not a title
_TITLES_TAIL = re.compile(r"等(?:多项|多个|一系列|各类|各项)?(?:荣誉称号|荣誉|奖项|称号|殊荣)$")


def _split_titles(piece: str, offset: int) -> list[tuple[int, int, bool]]:
    """Titles in an unquoted piece: parts joined by 和/及/与/、, and run-on titles cut where a place
    name starts right after a head noun ("…示范学校自治区红领巾示范学校xx地区…")."""
    spans: list[tuple[int, int, bool]] = []
    for part in re.finditer(r"[^和及与、]+", piece):
        text, base = part.group(0), part.start()
        heads = [m.end() for m in re.finditer(rf"(?:{HEADS_ZH})", text)]
        if not heads:
            continue
        cuts = [h for h in heads if h == len(text) or _LEVEL_START.match(text, h)]
        if not cuts:
            cuts = [heads[-1]]
        begin = 0
        for cut in cuts:
            title = text[begin:cut]
            lead = re.match(r"^[^\u4e00-\u9fffA-Za-z]*", title).end()
            if cut - begin - lead >= 2:
                spans.append((offset + base + begin + lead, offset + base + cut, False))
            begin = cut
    return spans


def _evidence_start(text: str, sentence_start: int, trigger_start: int, title_start: int) -> int:
    """Start the evidence at a year or subject a few characters before the trigger, within the sentence."""
    lookback = max(sentence_start, trigger_start - 16)
    clause = max(text.rfind(p, lookback, trigger_start) for p in "，,：:；;")
    start = clause + 1 if clause >= lookback else lookback
    return min(start, title_start)


def _suffix_len(text: str, end: int) -> int:
    m = re.match(r"[”\"]?(?:荣誉)?称号", text[end: end + 6])
    return m.end() if m else (1 if text[end: end + 1] in "”\"" else 0)


# (a list of honours may put the year first: "2019年 市五好党支部", and number its lines: "1. 2019年 …")
_HEADLINE = re.compile(
    r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、．)）]\s*|[-•·◆●■▲★☆*]\s*)?(?:((?:19|20)\d{2})\s*年度?\s*)?"
    rf"((?:全国|国家级?|省级?|市级?|区级?|县级?|[\u4e00-\u9fff]{{2,6}}(?:省|市|自治区|区|县))[\u4e00-\u9fff“”\"]{{0,14}}(?:{HEADS_ZH}))$"
)


# a school's party body, named alone on a line (as a report is signed): "某某区城北小学党支部" is no honour, nor
# is one of its branches ("某某中学第二党支部", "某某中学初中党支部")
_A_SCHOOLS_BODY = re.compile(r"(?:小学|中学|学校|幼儿园|附小|附中|学院|中心校)"
                             r"(?:第[一二三四五六七八九十\d]{1,3}|初中|高中|小学|教工|在职|离退休|退休|行政|机关|联合)?"
                             r"(?:党支部|党总支|党委)$")


# a verb of setting something up or holding it, which no honour's name holds: "某中学设立党员示范岗" is a headline of news
_SETTING_UP = re.compile(r"设立|成立|建立|组建|开展|举行|召开|启动|推进")


def _headline_awards(text: str, seg: Segmenter, taken: set) -> list[Found]:
    """A line that is nothing but an honour ("全国创先争优先进基层党组织"), as headed case materials and
    lists of honours have; not one whose honour is read already (`taken`, the spans found: "2021年 喜获省级“绿色学校”称号"
    is its verb and its title)."""
    found = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        m = _HEADLINE.match(stripped) if 3 <= len(stripped) <= 36 else None
        at = pos + line.index(stripped) if m else pos
        if m and (m.group(1) or len(m.group(2)) >= 6) and not _A_SCHOOLS_BODY.search(stripped) and \
                not _SETTING_UP.search(stripped) and \
                not any(start < at + len(stripped) and at < end for start, end in taken):
            year = int(m.group(1)) if m.group(1) else None
            found.append(Found(m.group(2), at + m.start(1 if m.group(1) else 2), at + m.end(), level_of(m.group(2), ""),
                               "organization", year))
        pos += len(line) + 1
    return found


def _dedupe(found: list[Found]) -> list[Found]:
    """The first of each title read twice at the same place for the same year; a title read by two readers over one
    span, one of them with no year, once, with the year the other read ("Honours: the branch was named a district
    \"…\"" is read as the field's and as the sentence's)."""
    out: list[Found] = []
    by_title: dict[str, list[int]] = {}  # each title's places in `out`, so that a long list is not rescanned for each
    for f in found:
        places = by_title.setdefault(f.title, [])
        same = next((i for i in reversed(places[-8:]) if out[i].start < f.end and f.start < out[i].end and
                     (out[i].year == f.year or out[i].year is None or f.year is None)), None)
        if same is None:
            places.append(len(out))
            out.append(f)
        elif out[same].year is None and f.year is not None:
            out[same] = f
    return out


# ------------------------------------------------------------------ English

# the words for numbers, the longest first, so that a word wins over a shorter one it starts with ("seventeen", not "seven")
_EN_NUMBER_WORD = "(?:" + "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True)) + ")"

# the label of a report's field of honours, maybe a list's item (or whose they are: "Honours of the branch: …")
# (or a line of figures, its label led to its value by dots: "HONOURS ........ District Model Party Branch (2023)")
# (or its count and level first, on a list of figures: "• 1 provincial honour: …")
_EN_FIELD_LABEL = (r"[ \t]*(?:[-•*·][ \t]*)?(?:(?:\d+|one|two|three) )?(?:(?:national|provincial|city|county|district|municipal)"
                   r"(?:-level)? )?(?:honou?rs?|awards?)(?: received| of the (?:branch|school|kindergarten|committee))?"
                   r"(?:\s*:|[ \t]*(?:\.{3,}|…+)[ \t]*)")
# people named by their names, with their titles of address: "Ms Li Na and Mr Wu", "Mr Hu, Ms Ren and Dr Lin"
_ONE_NAMED_EN = r"(?:ms|mr|mrs|dr)\.?\s+[a-z'-]+(?:\s+[a-z'-]+)?"
_NAMED_PEOPLE_EN = rf"{_ONE_NAMED_EN}(?:(?:,\s+|,?\s+and\s+){_ONE_NAMED_EN})*"
# how many people a body honours, in digits or in words up to twelve ("honoured 10 teachers", "named five members")
_SOME_PEOPLE_EN = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
TRIGGERS_EN = re.compile(
    # (an adverb may stand inside "has been": "has twice been named")
    r"\b(?:was|were|(?:has|have|had)(?:\s+(?:also|already|previously|twice|once|since|successively))?\s+been|"
    r"(?:is|are) being|will be)\s+"
    r"(?:(?:successively|also|all|recently|officially|formally|again|once|newly|earlier|previously|twice|already|later|"
    r"subsequently|jointly)\s+)?"
    r"(?:(?:named|awarded|commended|honou?red|rated|"
    r"selected|recogni[sz]ed|designated|chosen)"
    # (the time it was given may stand between: "was recognised in June 2024 as one of the city's 20 …")
    r"(?:\s+in\s+(?:(?i:" + EN_MONTHS + r")\s+)?(?:19|20)\d{2}(?=\s+as\b))?(?:\s+as)?"
    # (or one of a place's top so many: "was named one of Qingdao's Top 10 Volunteer Service Projects")
    r"(?:\s+one\s+of\s+(?:the\s+)?(?=(?:[a-z-]+['’]s\s+)?top\s+(?:\d|ten\b)))?|listed\s+as|presented\s+with|"
    # (or among so many so named: "was listed among the ministry's 100 Outstanding Principals")
    r"(?:listed|named|included)\s+among\s+(?:the\s+)?(?:[a-z-]+'s\s+)?(?:first\s+)?\d[\d,]*(?=\s+[a-z])|"
    # (or among a place's top so many: "was listed among Hebei's Top 10 Party Building Brands")
    r"(?:listed|named)\s+among\s+(?:the\s+)?(?=(?:[a-z-]+['’]s\s+)?top\s+(?:\d|ten\b)))\b|"
    # (or people honoured, their titles listed after a colon, each with its count: 'commended 15 teachers: 9 "Excellent
    # Teachers", 8 "Excellent Class Teachers"')
    r"\b(?:honou?red|commended|recogni[sz]ed)\s+\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?(?:teachers|members|staff|comrades)\s*:(?=\s*\d)|"
    # (or among a place's so many, quoted, with no verb of naming: 'are among the county's 30 "Model Members"')
    r"\b(?:was|were|is|are)\s+(?:among|one\s+of)\s+(?:the\s+)?[a-z-]+['’]s\s+\d[\d,]*(?=\s+[\"“])|"
    r"\b(?:have|has|had)?\s*(?:successively\s+)?won\b|\breceived\b|"
    # (or what earned the school its honour: "The guides' work earned the branch the city's … award")
    r"\bearned\s+(?:the\s+(?:party\s+)?(?:branch|committee|school|kindergarten|team)|it|them|us)(?=\s+(?:an?|the)\b)|"
    # (people so honoured, the verb after them: "Of the 12 teachers honoured as “Excellent Educators” this year")
    r"\b(?:teachers|members|people|individuals|comrades|staff)\s+(?:honou?red|commended|named|selected)\s+as\b|"
    # (or named so, with no verb of being, in a headline or a list: "3 members named district-level Model Teachers")
    r"(?<=\d )(?:teachers|members|party members|comrades)\s+named(?=\s+(?:(?:district|city|county|municipal|provincial|"
    r"national)(?:-level)?[ -])?[\"“]?(?:outstanding|excellent|advanced|model|exemplary)\b)|"
    # (or organizations so named in a list: '3 branches named "Model Branches" by the district'; or the school's among them:
    # 'was one of 20 branches commended as "Advanced Party Branches"')
    r"(?<=\d )(?:party )?(?:branch(?:es)?|groups|schools|kindergartens)\s+(?:named|rated|commended|honou?red|selected)"
    r"(?:\s+as)?(?=\s+(?:an?\s+)?[\"“])|"
    # (or people a body honours as something quoted, described between: 'honoured 5 teachers from X, 3 of them party
    # members, as "District Excellent Teachers"')
    r"\b(?:honou?red|commended|named)\s+(?:\d+|[a-z]+)\s+(?:[a-z-]+\s+){0,2}?(?:teachers|members|comrades|staff)\b"
    r"(?:\s+from\s+[^,.;]{1,40})?\s*,[^.;\"“]{1,60}?,\s*as\s+(?:an?\s+)?(?=[\"“])|"
    # (organizations a body honours as something: "the committee honoured 3 branches as model branches")
    r"\b(?:honou?red|commended|named)\s+(?:[a-z0-9-]+\s+){0,3}?(?:branch(?:es)?|schools?|units?|groups?)\s+as\b|"
    # (or an organization honoured as something quoted after people were: '… honoured 7 teachers as "…" and the second
    # party group as an "Advanced Party Group"')
    r"\band\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,3}?(?:branch(?:es)?|groups?|units?)\s+as\b"
    r"(?=\s+(?:an?\s+)?(?:[\"“]|(?:outstanding|excellent|advanced|model|exemplary)\b))|"
    # (or counted, as something quoted: 'honoured 10 teachers as "Red Gardeners"')
    # (some of them: 'honoured 5 of its 21 members as "Model Teachers"')
    # (the count maybe in words: "commended five members as outstanding volunteers")
    rf"\b(?P<counted>(?:honou?red|commended)\s+{_SOME_PEOPLE_EN}\s+"
    r"(?:of\s+(?:its|our|their|the)\s+(?:\d[\d,]*\s+)?)?"
    r"(?:[a-z-]+\s+){0,2}?(?:teachers|members|comrades|staff)\s+as|"
    # (or named as something quoted, their school or branch said between: 'named 2 members of Elm School's branch as "Model
    # Teachers"')
    rf"named\s+{_SOME_PEOPLE_EN}\s+(?:[a-z-]+\s+){{0,2}}?(?:teachers|members|comrades|staff)(?:\s+of\s+[^.;,\"“]{{1,50}}?)?"
    r"\s+as(?=\s+(?:an?\s+)?[\"“])|"
    # (or named so, no "as", the count maybe in words: 'named five members "Good Mentors"')
    # (or unquoted, a title of merit: 'named 8 teachers Models of Teacher Ethics')
    # (or the title said as the namer's own: 'called five teachers its "Reading Heroes"')
    # (some of them: 'named 3 of its 20 members "Good Mentors"')
    rf"named\s+{_SOME_PEOPLE_EN}\s+(?:of\s+(?:its|our|their|the)\s+(?:\d[\d,]*\s+)?)?(?:[a-z-]+\s+){{0,2}}?"
    # (or described after: 'named four mentors from this year "Kind Guides"')
    r"(?:teachers|members|comrades|staff|mentors)(?:\s+from\s+(?:last|this)\s+(?:year|term))?"
    # (or their school and their names said between: 'named two members of Elm School, Ms Li and Mr Wu, "Model Teachers"')
    rf"(?:\s+of\s+[^.;,\"“]{{1,50}}?,\s+{_NAMED_PEOPLE_EN},)?"
    r"(?=\s+(?:its\s+|their\s+|the\s+(?:branch|school)['’]s\s+)?[\"“]|"
    r"\s+(?:models?|outstanding|excellent|advanced|exemplary)\s))"
    r"\s+(?:an?\s+|its\s+|their\s+|the\s+(?:branch|school)['’]s\s+)?(?=[\"“]|(?:models?|outstanding|excellent|advanced|exemplary)\s)|"
    # (or people named, honoured as something: "commended Li Hua, Wang Min and Zhao Lei as Outstanding Party Members")
    r"\b(?:honou?red|commended)\s+(?:[a-z'-]+(?:,\s+|\s+and\s+|\s+)){1,8}?as\b"
    r"(?=\s+(?:an?\s+)?(?:[\"“]|(?:outstanding|excellent|advanced|model|exemplary)\b))|"
    # (or people named by their names, then the title quoted, no "as": 'named Ms Li Na and Mr Wu Bo "Model Members"')
    rf"\bnamed\s+(?:{_ONE_NAMED_EN}(?:,\s+|\s+and\s+|\s+)){{1,8}}?(?=[\"“])|"
    # (or a body designates or names the school something quoted: 'The city designated the school a "Model Site …"'; the
    # school maybe by its name: 'the county named Elm Primary School's branch a "Model Branch"')
    r"\b(?:designated|named)\s+(?:(?:the|our|its|this)\s+(?:(?:school|kindergarten)'s\s+)?|"
    r"(?:[a-z-]+\s+){1,4}(?:school|kindergarten)['’]s\s+)(?:party\s+)?"
    r"(?:school|branch|general branch|kindergarten|committee)\s+(?:as\s+)?(?:an?\s+)?(?=[\"“])|"
    # (or, in the first person, a body names the branch or the school: "In 2023 the district named us a Five-Star Party
    # Branch")
    r"\b(?:named|designated|rated)\s+us\s+(?:as\s+)?(?=an?\s)|"
    # (or names its own branches so: 'The committee named the Maths Branch and the Retired Staff Branch as its "Model Party
    # Branches"', 'named the history and geography branch its "Model Branch"')
    r"\bnamed\s+(?:the\s+)?(?:[a-z-]+\s+){1,5}?(?:branch|group)(?:\s+and\s+(?:the\s+)?(?:[a-z-]+\s+){1,5}?(?:branch|group))?"
    r"\s+(?:as\s+)?(?:its\s+)?(?:an?\s+)?(?=[\"“])|"
    # (or some of them, counted: 'the school's committee named two of its branches "Pioneer Party Branches"')
    # (or unquoted, a title of merit: "named three of its six branches Model Party Branches")
    r"\bnamed\s+(?:\d+|[a-z]+)\s+of\s+(?:its|our|the school's)\s+(?:(?:\d+|[a-z]+)\s+)?(?:party\s+)?(?:branch(?:es)?|groups)\s+"
    r"(?:as\s+)?(?:its\s+)?(?=[\"“]|(?:model|advanced|outstanding|excellent|exemplary|pioneer)\s)|"
    # (or earlier honours a new one follows, quoted: 'It is the branch's third city honour, after the Elm "Model Branch"
    # title in 2018 and the "Red Flag Branch" in 2021')
    r"\b(?:second|third|fourth|fifth|sixth|latest|newest|another|\d(?:st|nd|rd|th))\s+(?P<kind_of_honours>(?:[a-z-]+\s+){0,2}?)"
    r"(?:honou?r|title|award)\b"
    r"[^.;\"“]{0,40}?,?\s+(?:after|following)(?=\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[\"“])|"
    # a report's field of honours: "Honors: Municipal Advanced Party Organization (2020)" (maybe a list's item: "- Honours: …")
    rf"^{_EN_FIELD_LABEL}|"
    # (or the school's among many so honoured: 'was one of 50 organizations in the province to be named a "Model …"')
    # (or among them: "was among the first 20 schools in the city to be selected as …")
    r"\b(?:was|were|is|are|has been|have been)(?: also)? (?:one of|among) (?:the )?(?:first |last )?\d[\d,]* [^.;\"“]{0,60}?"
    r"\bto be "
    r"(?:named|rated|commended|honou?red|selected)(?:\s+as)?\b|"
    # (or what brought it about: "the branch's work helped the school to be named a District Model School")
    r"\b(?:led|helped|enabled)\s+(?:the\s+)?(?:school|branch|kindergarten|committee|it|us)\s+to\s+be\s+"
    r"(?:named|rated|selected|recogni[sz]ed|designated|honou?red|chosen)(?:\s+as)?\b|"
    # (or glad of it, as one tells of one's own: "I was proud to be named a district Model Teacher in 2021")
    r"\b(?:was|were)\s+(?:lucky|proud|honou?red|delighted|privileged|fortunate)\s+to\s+be\s+"
    r"(?:named|rated|selected|chosen|recogni[sz]ed)(?:\s+as)?\b|"
    # (or, in a timeline's line, with no verb of being: "2021 – 18 members; rated a Ningbo Model Party Branch")
    r"(?:(?<=; )|(?<=– )|(?<=— ))(?:rated|named|designated)\s+(?:as\s+)?(?=an?\s)|"
    # (or, in a timeline's line, in the present: "2019 — The branch is named a "Model Party Branch" by the district")
    r"\b(?P<present>(?:is|are)\s+(?:named|awarded|commended|honou?red|rated|selected|recogni[sz]ed)(?:\s+as)?)\b", re.M
)
# a verb of honouring in the active, and the school's own body before it, its subject
_EN_ACTIVE = re.compile(r"(?:named|commended|honou?red|designated)\b")
_EN_OWN_BODY_BEFORE = re.compile(r"\b(?:party )?(?:committee|branch|general branch)"
                                 r"(?: of (?:the )?[^.;,]{1,50}?\b(?:school|kindergarten|academy|college))?\s*$")
_EN_QUOTED = re.compile(r"[\"“]([^\"”]{2,90})[\"”]")
# what an honour was given for, its name quoted next: "for its \"Every Family Visited\" campaign"
_EN_COMMENDED_FOR = re.compile(r"\bfor (?:its|their|the|our|his|her) (?:[a-z-]+ )?[\"“]$")
# '… of the city', '… of Lishui County' (a place's name may have an apostrophe: "of Lu'an City")
_EN_OF_LEVEL = re.compile(r"\s*of (?:the |[a-z'’-]+ )(city|county|district|province|municipality|school)\b")
# "in 2020 and 2022": the same honour in each year listed
_EN_YEARS_LISTED = re.compile(r"\b(?:in|during) ((?:19|20)\d{2}(?:\s*(?:,|and|, and)\s*(?:19|20)\d{2})+)\b")
# (or the year it is given for: "… of the school for 2021"; not a school year's first: "for 2021-2022")
# (or its month before it: "… of the city in June 2023")
_EN_YEAR_AFTER = re.compile(r"(?:\bin (?:(?:" + EN_MONTHS + r")(?: \d{1,2},?)? )?|\bfor |\bof |\(|"
                            # (or the year of the rating that gave it: "… in the district's 2023 star rating", "in the
                            # city education bureau's 2024 selection")
                            r"\bin (?:the |its |this )?(?:[a-z]+ ){0,3}?(?:[a-z]+['’]s )?(?=(?:19|20)\d{2} (?:[a-z-]+ ){0,2}(?:rating|selection|"
                            r"appraisal|evaluation|assessment)\b))((?:19|20)\d{2})\b(?!\s*[-–—/]\s*(?:19|20)\d{2})")
# an area's rating or selection that gave the title: "in the district's 2023 star rating"
_EN_AREAS_RATING = re.compile(r"\bin (?:the |its |this )?(city|county|district|province|municipal|provincial)(?:['’]s)? "
                              r"(?:(?:19|20)\d{2} )?(?:[a-z-]+ ){0,2}(?:rating|selection|appraisal|evaluation|assessment)\b")
# honours counted, then the ones the sentence names: "more than 60 honours at or above the municipal level, including"
_EN_INCLUDING = re.compile(r"[^.;]{0,80}?\b(?:honou?rs|awards|titles)\b[^.;]{0,60}?,?\s+(?:including|such as)\s+")
# (or the body that gives it named before "as": "was commended by the district education committee as a Model Branch")
_EN_BY_THEN_AS = re.compile(r"\s*by (?:the )?(?:[a-z'’-]+ ){1,6}?as\s+")
_EN_LEVEL_AFTER = re.compile(r"\s+of (?:the )?(?:city|county|district|province|municipality)\s*$", re.I)
_EN_NEXT_CLAUSE = re.compile(r",\s*(?:and|while|but|whereas)\b|;")
# the level may stand before the title ("the city's Model Party Branch award") or after it ("… of the
# district"); it is read as the conferrer's, and left out of the title, as are "award" and "title"
_EN_LEVEL = r"(?:city|county|district|province|municipal|provincial|national)"
_EN_LEVEL_BEFORE_QUOTE = re.compile(rf"\b({_EN_LEVEL})(?:'s|-level)?\s*[\"“]$")
# (or a place named right before a quoted title: 'named Shenyang "Five-Star Party Branches"')
# (or its body of that place, in the possessive: 'the Hebei education department's "…"')
_EN_PLACE_BEFORE_QUOTE = re.compile(r"\b([A-Z][a-z]{3,}(?: (?:District|County|City|Province))?)"
                                    r"(?: (?:[Ee]ducation |[Pp]arty )?(?:[Bb]ureau|[Dd]epartment|[Cc]ommission|[Cc]ommittee))?"
                                    r"(?:'s|’s)?\s*[\"“]$")
# the school's or its branch's own head or body, honoured after others with the verb said once: "… and its secretary as …",
# "…, and the school's branch a …"
_EN_ITS_OWN = r"(?:its|the (?:school|branch|committee|kindergarten)['’]s)\s+(?:party\s+)?"
_EN_ITS_HEAD = r"(?:secretary|principal|head(?:teacher)?)"
_EN_ITS_BODY = r"(?:(?:general\s+)?branch|committee)"
_EN_UNQUOTED = re.compile(
    # (one of several given: "won one of the first prizes")
    r"^\s*(?:the (?:honorary )?(?:titles?|honou?rs?) of\s+|(?:certificates?|medals?|plaques?) (?:as|of)\s+)?(?:one of\s+)?"
    r"(?:an?\s+|the\s+)?"
    # (the body that gives it may be named before it: "the Shenzhen Education Bureau's Model Branch award")
    r"(?P<body>(?:[a-z]+ ){1,4}?(?:bureau|committee|commission|department|federation|government)['’]s\s+)?"
    # (or the place whose many it is one of, and how many: "one of Jiangsu's 100 Model Party Branches")
    r"(?:(?P<whose>(?:[a-z]+ ){0,2}?[a-z]+['’]s)\s+(?:\d[\d,]*\s+|(?=top (?:\d|ten\b))))?"
    # (a title may open with the rank it names: "Top 10 Volunteer Service Projects")
    # (a day's ordinal may be part of it: "March 8th Red-Banner Pacesetters")
    rf"(?P<level>{_EN_LEVEL}(?:'s|-level)?\s+(?=[a-z][a-z-]* [a-z0-9]))?(?P<title>(?:top (?:\d+|ten) )?[a-z](?:[a-z' -]|"
    rf"\d{{1,2}}(?:st|nd|rd|th)\b){{2,60}}?)"
    r"(?:\s+(?:award|title|honou?r))?"
    # (the level may be said after it: "at or above the district level", "at district level or above")
    # (or what it is of, which may be the title's own words, capitalized: "an Excellent Case of Party Building")
    rf"(?=\s+(?:at (?:or above )?(?:the )?(?P<at>{_EN_LEVEL})[- ]level|by|in|for|from|at|of the (?P<of>{_EN_LEVEL}|school)|"
    r"of(?! the)|of the (?=(?:[a-z]+ ){0,3}[a-z]+['’]s\b|(?:[a-z]+ ){0,3}(?:autonomous region|province|municipality)\b))\b|"
    # (or the day it was given: "… Organization on 28 June 2024", "… Members on 1 July")
    r"\s+on (?=\d{1,2} [a-z]+ (?:19|20)\d{2}|\d{1,2} (?:" + EN_MONTHS + r")\b|(?:" + EN_MONTHS + r") \d)|"
    r"\s*[,.;(]|\s*$|"
    # (or the time it was given: "… was named a city model teacher this year", "… this spring")
    r"\s+(?:this|last|that) (?:year|term|month|spring|summer|autumn|fall|winter)\b|"
    # (or the next count of people honoured: "… outstanding party members and two were named …"; or the body's head, honoured
    # too: "… and its secretary as …")
    r"\s+and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
    rf"\s+and\s+{_EN_ITS_OWN}(?:deputy\s+)?(?:{_EN_ITS_HEAD}|{_EN_ITS_BODY})\b)"
)
# an award named by the best at something it is given for: "the contest's individual award for best speaker"
_EN_AWARD_FOR_THE_BEST = re.compile(r"\s*(?:the |an? )?(?:[a-z]+['’]s )?(?:[a-z-]+ )?(?:award|prize) for (?:the )?"
                                    r"(best [a-z -]{2,30}?)(?=\s*[,.;]|\s+(?:in|at|of|and|from)\b|\s*$)")
_EN_PRIZE = re.compile(r"(?:(?:the )?(?:first|second|third|1st|2nd|3rd|special|grand) prizes?|(?:gold|silver|bronze) "
                       r"(?:medals?|awards?))")
# (its place may come before its level: "at the Yunyan District education system's Party knowledge contest")
# (its year may come before it: "in the city's 2023 selection of model cases")
_EN_CONTEST = re.compile(rf"\s+(?:in|at|of) (?:the |a )?(?:[a-z'-]+ ){{0,3}}?(?:({_EN_LEVEL})(?:-level)? )?[a-z'’ -]{{0,40}}?"
                         r"(?:(?:19|20)\d{2} )?\b(?:competition|contest|championship|match|selection|evaluation)s?\b")
_EN_COUNT_BEFORE_TITLE = re.compile(rf"(?:\d[\d,]*|(?:a )?(?:{_EN_NUMBER_WORD}))"
                                    r"\s+(?=[a-z])")
# a place named after a title, whose it is: "… of Anhui's schools", "… of the Inner Mongolia Autonomous Region's …",
# "… of the Tibet Autonomous Region"
_EN_OF_A_PLACE = re.compile(r" of (?:the )?((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)(?:['’]s\b|(?:(?<=Region)|(?<=Province))\b)")
# (or after "of", capitalized as it is: "an Excellent Case of Party Building in Schools"; not a place's: "… of Anhui's schools")
# (not the month it was given in: "… of Xiamen in July 2023")
# (or after "in", its field: "an Advanced Party Branch in Rural Education"; not a place's name or a month)
_EN_TITLE_FOR = re.compile(r" (?:(?:for|of) (?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                           r"(?: (?:and |of |in |for )?(?!(?i:" + EN_MONTHS + r")\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,4}"
                           r"\b(?!['’])|"
                           r"in (?:[A-Z][a-z]+ ){0,3}(?:Education|Schools?|Teaching|Work|Service|Building|Colleges?)\b)")
# (plural too: "named Advanced Branches")
_EN_TITLE_HEAD = re.compile(r"\b(?:unit|school|organi[sz]ation|branch(?:e(?=s))?|campus(?:e(?=s))?|group|collective|model|"
                            r"teacher|worker|award|prize|title|base|pioneer|member|village|star|individual|educator|garden|"
                            # (a party-building brand, a volunteer project, a teacher's studio, as 品牌, 项目, 工作室)
                            # (and a case held up as a model, as 优秀案例)
                            # (and a medal a body gives for work done: "the May Fourth Youth Medal")
                            # (and a teacher honoured for guiding others, as 优秀导师: "Outstanding Mentor")
                            # (and one who sets the pace for others, as 标兵 and 红旗手: "Red-Banner Pacesetter")
                            r"brand|project|studio|principal|team|case|medal|volunteer|mentor|pacesetter)s?\b")


# an area's organizations or people right before the verb that honours them: "36 branches in the county were rated …"
# a sentence that opens on some of those the sentence before honoured: "Among them, …", "Of those commended, …"
_EN_AMONG_THEM = re.compile(r"\s*(?:among|of) (?:them|these|those (?:honou?red|commended|named|recogni[sz]ed))\b")
_EN_AREAS_HONOURED = re.compile(rf"(?:{EN_AREAS_OWN.pattern})\s*$")
# pupils right before the verb that honours them: "and 12 pupils were named …", "two students have won …"
# the place a title is of, after its head: "… of Hunan Province", "… of the city"
_EN_OF_A_PLACE_AFTER = re.compile(r"\s+of (?:the )?(?:[a-z'-]+ ){0,3}?(?:province|city|county|district|municipality|region|"
                                  r"[a-z]+)$")
# the young teachers members mentored, some of whom then won: "mentored 4 young teachers, three of whom won prizes"
_EN_MENTEES_BEFORE = re.compile(r"\b(?:young|new|novice|newly recruited) teachers\b[^.;]{0,20},\s*(?:\w+ )?(?:of whom|of them)\s*$")
_EN_PUPILS_BEFORE = re.compile(r"\b(?:pupils|students|children|kids|young pioneers|pioneers)(?: (?:from|of|in) [^.;,]{1,30}?)?\s*$")
_EN_ORGANIZATION_HEAD = re.compile(r"\b(?:organi[sz]ations?|branch(?:es)?|units?|schools?|collectives?|committees?|"
                                   r"kindergartens?|campus(?:es)?|(?:party )?groups?)\b")


# a school year, two calendar years: its honours are given at its end ("for the 2021-2022 school year")
EN_SCHOOL_YEAR = re.compile(r"\b((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})\s+(?:school|academic) year\b")
# a grade an appraisal the sentence names gives: "Through democratic appraisal, 8 comrades were rated as excellent …"
_EN_GRADED = re.compile(r"(?:was|were|has been|have been|had been)\s+rated(?:\s+as)?\s+(?:excellent|outstanding)\b")
_EN_APPRAISAL_BEFORE = re.compile(r"\b(?:appraisal|review|evaluation|assessment)\b[^.;]{0,60}$")
# the grades an appraisal gives, which a quoted word may be: no honour's title
_EN_GRADES = frozenset({"excellent", "outstanding", "good", "qualified", "competent", "basically competent",
                        "basically qualified", "pass", "passed", "unqualified", "incompetent", "not qualified",
                        "not competent"})


# a sentence announcing the results of a year's selection, and who announced them (the body that confers what the
# next sentence says was given)
# (the year may be said before the results: "announced the 2022 star-rating results of …"; and the announcement may open
# the sentence that names the school: "… announced the 2022 results, and the branch of X was rated …")
# (or a notice that commends those of a year: "the county education bureau issued a notice to commend the advanced units
# … of party building work in 2022")
_EN_ANNOUNCED = (r"(?P<who>\bthe [a-z ,'-]{2,60}?)\s+(?:has |have |had )?(?:announced|published|released|issued|made public)\b"
                 r"[^.]{0,40}?\b(?:(?:results?|list|decision)s? (?:of|for) (?:the )?(?:its )?(?P<year>(?:19|20)\d{2})\b|"
                 r"(?P<year_before>(?:19|20)\d{2})\b[^.,]{0,30}?\b(?:results?|list|decision)s?\b|"
                 r"(?:notice|decision|document)s? (?:to commend|commending|on commending)\b[^.]{0,80}?\b(?:in|for|of) "
                 r"(?P<year_after>(?:19|20)\d{2})\b)")
_EN_RESULTS_OF_A_YEAR = re.compile(rf"[^.]*?{_EN_ANNOUNCED}[^.]*\.\s*$")
_EN_ANNOUNCED_BEFORE = re.compile(rf"{_EN_ANNOUNCED}(?:[^.]|\bno\.)*$")  # (a school's number may stand between: "No. 5")
_EN_THIS_YEAR = re.compile(r"\bthis (?:year|spring|summer|autumn|fall|winter)\b")
# an honour the sentence says has been given, once ("has been named", "has won"), not again and again or since a time
_EN_LATELY_GIVEN = re.compile(r"(?!.*\b(?:times|twice|running|in a row|consecutive|successive(?:ly)?|repeatedly|since|"
                              r"over the years|ever|once again|again)\b).*\b(?:has|have) (?:just |recently |now )?(?:been "
                              r"(?:\w+ly )?(?:named|rated|commended|honou?red|awarded|recogni[sz]ed|designated|selected|chosen)|"
                              r"won|received|earned)\b", re.S)
# a title given with no giver said: commended, honoured, named or awarded, or received ("25 members received the title of …")
_EN_GIVEN = re.compile(r"(?:was|were|has been|have been|had been)\s+(?:also\s+|all\s+)?(?:commended|honou?red|named|awarded)\b|"
                       r"received\b")
_EN_HELD_A_MEETING = re.compile(r"\bheld (?:a|an|its) (?:[a-z\"“”'-]+ ){0,4}?(?:meeting|conference|ceremony|assembly|gathering)\b|"
                                # (or where its honours were handed out: "At its year-end meeting the branch handed out
                                # its annual awards.")
                                r"\b(?:handed out|presented|gave out|announced) (?:its|the|their) (?:[a-z-]+ ){0,2}?"
                                r"(?:awards|honou?rs|prizes|commendations)\b")
_EN_AT_THE_MEETING = re.compile(r"\b(?:at|during) the (?:meeting|conference|ceremony|gathering|assembly)\b")


def _at_a_meeting_of_the_text(low: str, seg: Segmenter, s_start: int, pos: int) -> bool:
    """Whether what is told at `pos` happened at a meeting the text reports: "At the meeting, …", or a meeting held in the
    sentence before ("On July 1, the branch held a meeting … . Li Hong and 4 other members were commended …")."""
    return _EN_AT_THE_MEETING.search(low, s_start, pos) is not None or \
        (s_start > 0 and _EN_HELD_A_MEETING.search(low, seg.sentence_span(s_start - 1)[0], s_start) is not None)


# what a quoted name may be given as that is no honour: a commemorative medal or badge
_EN_KEEPSAKE = re.compile(r"[\"”]?\s*(?:commemorative|memorial|souvenir) (?:medals?|badges?)\b")
# (or one that names the years of membership it marks: '"Glorious 50 Years in the Party" medals')
_EN_YEARS_IN_THE_PARTY = re.compile(YEARS_IN_THE_PARTY, re.I)


# a ceremony or a meeting of honours and its day, told in a sentence (or the day, then awards given: "On 28 June 2024
# the district committee presented awards to …")
_EN_DAY = r"(?:the )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]+|[a-z]+ \d{1,2}(?:st|nd|rd|th)?),? "
_EN_DATED_CEREMONY = re.compile(r"\b(?:ceremony|gala|assembly|awards? meeting|commendation meeting|conference)\b[^.]{0,40}?\bon "
                                rf"{_EN_DAY}(?P<year>(?:19|20)\d{{2}})\b|"
                                rf"\bon {_EN_DAY}(?P<year_before>(?:19|20)\d{{2}})\b[^.]{{0,80}}?\b(?:presented|conferred|"
                                r"handed out|gave out) (?:the |its )?(?:awards|honou?rs|titles|certificates)\b")


# (or said after the verb: "was selected as one of the city's 20 "Model Branches"")
_EN_ONE_OF_THE_AREAS = re.compile(r"\s*one of (?:the )?(city|county|district|province|country)['’]s\b")
# (or said after the title: '… rated a "Five-Star Party Branch", one of 14 in the city')
_EN_ONE_OF_SO_MANY_AFTER = re.compile(r"[\"”]?,?\s*(?:one of|among) (?:the )?\d[\d,]* (?:[a-z-]+ )?(?:in|across) the "
                                      r"(city|county|district|province|country)\b")
# (or the area's, said with its possessive: "among the city's 50 Excellent Principals", "the ministry's 100 …")
_EN_AMONG_THE_AREAS = re.compile(r"\b(?:one of|among) (?:.*\b(?:in|across|of) )?the (city|county|district|province|country|"
                                 r"ministry)(?:['’]s)?\b")
# a line of a timeline, its year first: "2019 — …", "2019: …"
_EN_TIMELINE_LINE = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?(?P<year>(?:19|20)\d{2})[ \t]*[—–:-]")


def find_awards_en(text: str, seg: Segmenter, doc: DocTime, most: int | None = None) -> list[Found]:
    """The honours an English report tells of (TooManyHonours once more than `most` are found)."""
    low = text.lower()
    found: list[Found] = []
    for trigger in TRIGGERS_EN.finditer(low):
        _stop_if_over(found, most)
        s_start, s_end = seg.sentence_span(trigger.start())
        if trigger.group("present") and not _EN_TIMELINE_LINE.match(low, low.rfind("\n", 0, trigger.start()) + 1):
            continue  # "the project is named after …": the present tells of no honour outside a timeline
        if _EN_FIELD.match(low, trigger.start()):
            found += _field_titles_en(text, trigger.end(), s_end, doc.plan_year)
            continue
        tail_end = s_end
        nxt = TRIGGERS_EN.search(low, trigger.end(), s_end)
        if nxt:
            tail_end = nxt.start()
        tail = low[trigger.end(): tail_end]
        before = low[s_start: trigger.start()]
        if _EN_PUPILS_BEFORE.search(before):
            continue  # "12 pupils were named Little Patriots": the pupils' honour, not the school's or a member's
        if _EN_MENTEES_BEFORE.search(before):
            continue  # "mentored 4 young teachers, three of whom won prizes": the mentoring's outcome, no member's honour
        if _EN_AREAS_HONOURED.search(before):
            continue  # "36 branches in the county were rated …": an area's many honoured, not the school's
        if _EN_GRADED.match(low, trigger.start()) and _EN_APPRAISAL_BEFORE.search(before):
            continue  # "Through democratic appraisal, 8 comrades were rated as excellent party members": a grade, no title
        titles: list[tuple[int, int]] = []
        named_level = ""
        levels_of: dict[int, str] = {}  # each quoted title's own level, where it names one
        for m in _EN_QUOTED.finditer(tail):
            if m.group(1).strip().lower() in _EN_GRADES:
                continue  # 'rated as "excellent" in the annual assessment': a grade of an appraisal, not an honour
            if _EN_KEEPSAKE.match(tail, m.end()) or _EN_YEARS_IN_THE_PARTY.search(m.group(1)):
                continue  # 'awarded the "Glorious 50 Years in the Party" commemorative medal': a keepsake of long membership
            if _EN_COMMENDED_FOR.search(tail, 0, m.start() + 1):
                continue  # 'was commended … for its "Every Family Visited" campaign': what earned it, no title
            titles.append((trigger.end() + m.start(1), trigger.end() + m.end(1)))
            # '"Excellent Communist Party Member" of the city', 'a provincial "Model Teacher"': the
            # level named next to the title
            of = _EN_OF_LEVEL.match(tail, m.end())
            before_title = _EN_LEVEL_BEFORE_QUOTE.search(tail, 0, m.start() + 1)
            own_level = " ".join(filter(None, (of and of.group(1), before_title and before_title.group(1))))
            named_level = " ".join(filter(None, (named_level, own_level)))
            if own_level:
                levels_of[trigger.end() + m.start(1)] = own_level
        if not titles:
            # (the honours may be counted first, then some named: "won more than 60 honours …, including …")
            including = _EN_INCLUDING.match(tail) or _EN_BY_THEN_AS.match(tail)
            at = trigger.end() + (including.end() if including else 0)
            unquoted = tail[including.end():] if including else tail
            m = _EN_UNQUOTED.match(unquoted)
            if best := _EN_AWARD_FOR_THE_BEST.match(unquoted):
                # "won the contest's individual award for best speaker": the award is named by what it is for
                titles.append((at + best.start(1), at + best.end(1)))
                m = None
            if m and _EN_TITLE_HEAD.search(m.group("title")) and not _EN_NOT_A_TITLE_START.match(m.group("title")) and \
                    not _EN_NO_TITLE.fullmatch(m.group("title")) and not _EN_KEEPSAKE.match(m.group("title")):
                start = m.start("title")
                level_word = m.group("level")
                if level_word and "'" not in level_word and "-" not in level_word and \
                        text[at + m.start("level")].isupper():
                    start = m.start("level")  # "National Civilized Campus": a capital makes it the title's own
                if count := _EN_COUNT_BEFORE_TITLE.match(unquoted, start):
                    start = count.end()  # "one of the city's ten Best Volunteer Teams": how many, no part of the title
                end = m.end("title")
                # "won first prizes in the provincial teaching competition": a prize is named by its contest
                prize = _EN_PRIZE.fullmatch(m.group("title"))
                contest = _EN_CONTEST.match(unquoted, end) if prize else None
                if prize and not contest:
                    continue  # "the senior high branch won first prize": a place in a contest not named, no title
                end = contest.end() if contest else end
                # (a title's own words after "for", capitalized as it is: "a National Model School for Labour Education")
                if not contest and (purpose := _EN_TITLE_FOR.match(text, at + end)):
                    end = purpose.end() - at
                titles.append((at + start, at + end))
                named_level = " ".join(filter(None, (level_word, m.group("of"), m.group("at"), contest and contest.group(1),
                                                     *_levels_of_bodies_en(text, at, m, end))))
                titles += _more_titles_en(text, titles[0][1], tail_end)
        if not titles:
            continue
        # a year after the title, up to the next honour, is its own ("… was rated as X of the city in 2020"),
        # even where the sentence named another one's year before it ("In 2019 the school was named Y, and …")
        # (not the year the same title was first won, said after it: "…, having first received the title in 2019", a record
        # of its own)
        first_won = _EN_FIRST_WON_IN.search(low, trigger.end(), s_end)
        years_end = first_won.start() if first_won else s_end
        clause = _EN_NEXT_CLAUSE.search(low, trigger.end(), min(tail_end, years_end))
        # (not a title's own years in brackets after it, where the sentence lists more than one: "… Campus (2020) and …")
        bracketed_after = [t_end for _, t_end in titles] if len(titles) > 1 else []
        year_bound = clause.start() if clause else min(tail_end, years_end)
        own = _year_after_en(low, trigger.end(), year_bound, bracketed_after) or \
            YEAR_MENTION_EN.search(trigger.group(0))  # (or said inside it: "was recognised in June 2024 as …")
        time = time_of(before, doc, trigger.start(), "en")
        year = int(own.group(1)) if own else time.year if time.kind == "explicit" else None
        if year is None:  # "… by the district committee in 2019"
            later = _year_after_en(low, trigger.end(), years_end, bracketed_after)
            year = int(later.group(1)) if later else None
        if year is None and (dated := EN_FULL_DATE.search(low, s_start, trigger.start())):
            year = int(dated.group(1) or dated.group(2))  # "On May 16, 2024, the team was named …"
        if year is None and (dated := EN_FULL_DATE.search(low, trigger.end(), years_end)):
            year = int(dated.group(1) or dated.group(2))  # "… was named …, the school announced on 15 December 2020"
        if year is None:
            year = anniversary_year(before, "en")  # "On the 39th Teachers' Day, the branch honoured …": that day's year
        if year is None and (line := _EN_TIMELINE_LINE.match(low, low.rfind("\n", 0, trigger.start()) + 1)):
            year = int(line.group("year"))  # "2019 — Membership reaches 21. The branch is named …": the line's year
        if year is None and s_start and (ceremony := _EN_DATED_CEREMONY.search(low, seg.sentence_span(s_start - 1)[0], s_start)):
            # honours told in the sentence after a ceremony and its day: "… received awards at the district's ceremony on 8
            # September 2023. Three of them were named …"
            year = int(ceremony["year"] or ceremony["year_before"])
        if year is None and (school_year := EN_SCHOOL_YEAR.search(low, s_start, s_end)):
            year = int(school_year.group(2))  # "… for the 2021-2022 school year": given at its end
        # those commended, named or given a title at a meeting of the text, no body named that gives it ("The branch held a
        # meeting … Li Hong and 4 other members were commended as outstanding party members", "At the meeting, … 25 members
        # received the title of …"), are honoured by the school, then
        at_the_meeting = _EN_GIVEN.match(low, trigger.start()) is not None and \
            not _by_phrase(low[trigger.end(): s_end]) and _at_a_meeting_of_the_text(low, seg, s_start, trigger.start())
        if year is None and at_the_meeting and s_start and \
                (dated := EN_FULL_DATE.search(low, seg.sentence_span(s_start - 1)[0], s_start)):
            year = int(dated.group(1) or dated.group(2))  # the date of the meeting, told in the sentence before
        if year is None and (at_the_meeting or _EN_THIS_YEAR.search(low, trigger.end(), tail_end)):
            year = doc.current_year  # "… were named "Model Teachers" of the city this year"
        if year is None and time.kind == "none" and (trigger.group("counted") or (
                _EN_ACTIVE.match(trigger.group(0)) and _EN_OWN_BODY_BEFORE.search(before))):
            # people counted, honoured as something, or the school's own body naming some of its own, no time said: of the
            # text's own time, as people commended are ("On Teachers' Day the branch honoured six members as "Good
            # Mentors"", 'the committee named two of its branches "Pioneer Branches"')
            year = doc.current_year
        # (or the sentence before announced the results of a year's selection: "The county education committee announced
        # the results of the 2021 star rating. The branch of Elm School was rated a "Four-Star Party Branch".")
        announced = None if _by_phrase(low[trigger.end(): s_end]) else \
            _EN_ANNOUNCED_BEFORE.search(low, s_start, trigger.start()) or \
            (_EN_RESULTS_OF_A_YEAR.match(low, seg.sentence_span(s_start - 1)[0], s_start) if s_start else None)
        if year is None and announced:
            year = int(announced["year"] or announced["year_before"] or announced["year_after"])
        # "… was named X by the county in 2023. The branch was also commended as Y": honoured alongside the honour the
        # sentence before told of, by the same body and in the same year, where it names neither
        alongside = _honour_before_en(low, seg, s_start, s_end, trigger, found)
        if year is None and alongside is not None:
            year = alongside.year
        # (or among those the sentence before told a body honoured: "At its meeting on 26 June 2024 the district
        # committee commended 15 advanced party organizations … Among them, the school's branch was named …")
        said_before = len(low[:s_start].rstrip())  # (the sentence before may end a paragraph)
        among_them = low[seg.sentence_span(said_before - 1)[0]: said_before] if said_before and \
            _EN_AMONG_THEM.match(low, s_start) else ""
        if year is None and among_them and (dated := EN_FULL_DATE.search(among_them) or
                                            YEAR_MENTION_EN.search(among_them)):
            year = int(next(g for g in dated.groups() if g))
        if year is None and time.kind == "none":  # "In July the branch was named …", "… was named … in July"
            year = _month_of_a_dated_text(_A_MONTH_EN.search(low, s_start, s_end), doc)
        if year is None and time.kind == "none" and _EN_LATELY_GIVEN.match(low, s_start, s_end):
            year = doc.published_year  # "The branch has been named …", in a dated text: lately, its year
        if year is None and time.kind in ("none", "same_year", "past_year"):
            year = doc.plan_year  # what a summary says was received is of the year it sums up (as in Chinese)
        listed = _EN_YEARS_LISTED.search(low, trigger.end(), years_end)
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", listed.group(1))] if listed else [year]
        conferrer = low[trigger.end(): tail_end]  # (not the body of the next honour the sentence tells)
        # (an organization honoured after people, "… and the second party group as …", by the sentence's honouring verb)
        after_people = trigger.group(0).startswith("and") and re.search(r"\b(?:honou?red|commended|named)\b", before)
        active = trigger.group(0).startswith(("honour", "honor", "commended", "named", "designated", "rated")) or \
            at_the_meeting or bool(after_people)  # "the committee honoured …"
        # (the people may be named in the trigger itself: "honoured 10 teachers as …")
        individual = re.search(r"\b(?:teachers?|members|comrades?|party members|principal|secretary)\b[^.]{0,60}$", before) or \
            (active and re.search(r"\b(?:teachers|members|comrades|staff)\b", trigger.group(0)))
        for i, (t_start, t_end) in enumerate(titles):
            title = text[t_start:t_end].strip()
            if i == 0 and trigger.group("counted"):
                title = _singular(title)  # 'honoured 7 teachers as "Outstanding Party Members"': each holds the title
            elif i > 0 and trigger.group("counted") and _EN_MORE_COUNTED_AS.search(low, titles[i - 1][1], t_start):
                title = _singular(title)  # '… and 2 teachers as "Model Mentors"': more people counted, the verb said once
            # "a National Civilized Campus (2020)": the years in brackets after a title are its own
            bracketed = _EN_BRACKETED_YEARS.match(text, t_end + (text[t_end: t_end + 1] in "\"”"))
            own_years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", bracketed.group(1))] if bracketed else years
            # (of several titles, the year said after one before the next is its own: 'named a "Civilized Campus" in 2019
            # and a "Green School" in 2021', 'the "Model Branch" title (2019) and the "Red Flag Branch" title (2021)')
            if not bracketed and len(titles) > 1:
                gap_end = titles[i + 1][0] if i + 1 < len(titles) else tail_end
                if said := _EN_YEAR_AFTER.search(low, t_end, gap_end):
                    own_years = [int(said.group(1))]
            # (a title's own level, where each names one: 'named a district "…" and a city "…"')
            title_level = levels_of.get(t_start, named_level)
            if active:
                # the subject who honours is the conferrer: the school's own, unless it names a wider body
                level = level_of(title, f"{before} {title_level}".strip(), lang="en", active=True)
            else:
                # (the area of the many so honoured, the school one of them: "one of 30 branches in the city to be named")
                among = _EN_AMONG_THE_AREAS.search(trigger.group(0)) or _EN_ONE_OF_THE_AREAS.match(tail) or \
                    _EN_ONE_OF_SO_MANY_AFTER.match(low, t_end)
                rating = _EN_AREAS_RATING.search(conferrer)
                level = level_of(title, " ".join(filter(None, (_by_phrase(conferrer), title_level,
                                                               trigger.group("kind_of_honours"),  # "its third provincial honour"
                                                               announced and announced["who"], among and among.group(1),
                                                               rating and rating.group(1)))),
                                 lang="en")
                if level == "unknown" and (ceremony := _EN_AREAS_CEREMONY.search(before)):
                    level = level_of(title, ceremony.group(1), lang="en")  # "At the county's Teachers' Day ceremony, …"
                if level == "unknown" and (place := _EN_PLACE_BEFORE_QUOTE.search(text, max(0, t_start - 40), t_start)):
                    level = _level_of_place_en(place.group(1)) or level  # 'named Shenyang "Five-Star Party Branches"'
                # ('… by the Jinhua education bureau': Jinhua is a city; not a school named with its city)
                if level == "unknown" and (body := _by_phrase(text[trigger.end(): tail_end])) and \
                        not re.search(r"school|college|kindergarten", low[trigger.end(): tail_end]):
                    level = _level_of_place_en(body) or level
                if level == "unknown" and (of_place := _EN_OF_A_PLACE.match(text, t_end + (text[t_end: t_end + 1] in "\"”"))):
                    level = _level_of_place_en(of_place.group(1)) or level  # '"Excellent Party Members" of Harbin's …'
                if level == "unknown" and alongside is not None:
                    level = alongside.level
                if level == "unknown" and among_them:
                    level = level_of(title, among_them, lang="en", active=True)
            # (a title of an organization is one's, whoever the sentence counted before it: "The committee, which has
            # 127 members, was named a Model Party Organization")
            # (its head before the place it is of: "Model Teacher of Hunan Province")
            head = _EN_OF_A_PLACE_AFTER.sub("", title.lower())
            recipient = "individual" if (individual and not _EN_ORGANIZATION_HEAD.search(title.lower())) or \
                INDIVIDUAL_HEADS.search(head) else "organization"
            ev_start = max(s_start, trigger.start() - 12) if i == 0 else t_start - 1
            if after_people and i == 0:
                ev_start = trigger.start() + len("and ")  # (not the words of the people's title before it)
            while i == 0 and ev_start < trigger.start() and (text[ev_start].isspace() or (
                    ev_start > s_start and text[ev_start - 1].isalnum())):
                ev_start += 1  # from a whole word: "the school won …", not "0 the school won …"
            for each in own_years:
                found.append(Found(title, ev_start, t_end + (1 if text[t_end: t_end + 1] in "\"”" else 0), level,
                                   recipient, each))
            if first_won and len(titles) == 1:
                found.append(Found(title, first_won.start(1), first_won.end(), level, recipient, int(first_won.group("year"))))
    found += _listed_under_heading_en(text, {(f.start, f.end) for f in found}, doc.plan_year)
    found += _people_commended_en(text, low, seg, doc, {(f.start, f.end) for f in found})
    found += _marks_given_en(text, low, seg, doc, {(f.start, f.end) for f in found})
    found += _on_a_list_en(text, low, seg, {(f.start, f.end) for f in found})
    return _dedupe(found)


# the year the same title was first won, said after it: ", having first received the title in 2019"
_EN_FIRST_WON_IN = re.compile(r",\s*((?:after|following|having) (?:first |previously |once )?(?:winning|won|receiving|received|"
                              r"being (?:named|awarded|given)|earning) (?:it|the title|the honou?r|the award)\b[^.;]{0,20}?"
                              r"\bin (?P<year>(?:19|20)\d{2}))\b")
# a passive honouring verb with "also": given beside an honour told before ("The branch was also named …")
_EN_ALSO_GIVEN = re.compile(r"\b(?:was|were|has been|have been|had been)\s+also\b")
# (or given on the occasion of that one: "… was rated an Advanced Party Branch at the same ceremony")
_EN_SAME_OCCASION = re.compile(r"\b(?:at|during) the same (?:ceremony|meeting|conference|assembly|event|gathering)\b")


def _honour_before_en(low: str, seg: Segmenter, s_start: int, s_end: int, trigger: re.Match,
                      found: list[Found]) -> Found | None:
    """The honour the sentence before (`s_start`, `s_end`: the trigger's sentence) told of, where this one is given "also"
    (or at the same ceremony) and names no body that gives it."""
    if not s_start or not found or found[-1].start < seg.sentence_span(s_start - 1)[0]:
        return None
    if _EN_ALSO_GIVEN.search(low, max(s_start, trigger.start() - 20), trigger.end()) is None and \
            _EN_SAME_OCCASION.search(low, trigger.end(), s_end) is None:
        return None
    return None if _by_phrase(low[trigger.end(): s_end]) else found[-1]


# the ceremony of an area where titles are given, said before the people named ("At the county's Teachers' Day ceremony
# on 9 September, 40 teachers were named …"): the area's level, where no one else is said to confer them
_EN_AREAS_CEREMONY = re.compile(r"\b(?:at|during) (?:the|a|an|this year's|last year's) ((?:[a-z]+ ){0,2}?(?:county|district|city|"
                                r"municipal|provincial|province|national|school|kindergarten)(?:'s|’s)?) [^,.;]{0,40}?\b(?:ceremony|celebration|"
                                r"meeting|conference|gala|rally)\b")


def _year_after_en(low: str, start: int, end: int, title_ends: list[int]) -> re.Match | None:
    """The first year said after `start`, up to `end`, that is not in brackets right after one of the titles ending at
    `title_ends`."""
    for m in _EN_YEAR_AFTER.finditer(low, start, end):
        if not (m.group(0).startswith("(") and any(not low[e: m.start()].strip(" \"”") for e in title_ends)):
            return m
    return None


# the marks of a quoted title given to people or organizations, by the sentence's subject: 'The school presented
# "Outstanding Mentor" certificates to five of them'
_EN_MARKS_GIVEN = re.compile(GIVEN_MARKS_OF_A_TITLE + r"\s+(?P<who>[^.;]{1,60})")
_EN_ORGANIZATIONS_GIVEN = re.compile(r"(?:the |\d+ |[a-z]+ )?(?:party )?(?:branch(?:es)?|schools?|units?|groups?|teams?|"
                                     r"organi[sz]ations?)\b")


# a list of those given a title, announced by a body ("the Municipal Education Working Committee announced the list of
# "Five-Star Party Branches" for 2023"), then the school's organization said to be on it
_EN_LIST_ANNOUNCED = re.compile(r"(?P<who>\bthe [a-z ,'-]{2,60}?)\s+(?:has |have |had )?(?:announced|published|released|issued)"
                                r"\s+the list of [\"“](?P<title>[^\"”]{3,60})[\"”](?: (?:for|of) (?P<year>(?:19|20)\d{2}))?")
_EN_ON_THE_LIST = re.compile(r"\b(?:branch|committee|school|kindergarten)\b[^.;]{0,60}?\b(?:was|is) (?:on|among|included in) "
                             r"(?:the|that|this) list\b|\b(?:branch|committee|school|kindergarten)\b[^.;]{0,60}?\bmade the list\b")


def _on_a_list_en(text: str, low: str, seg: Segmenter, taken: set) -> list[Found]:
    """The title of a list a body announced, where the next sentence puts the school's organization on it."""
    found = []
    for m in _EN_LIST_ANNOUNCED.finditer(low):
        s_end = seg.sentence_span(m.start())[1]
        on = _EN_ON_THE_LIST.search(low, s_end, seg.sentence_span(min(s_end + 1, len(low) - 1))[1])
        t_start, t_end = m.span("title")
        if on is None or any(s < t_end and t_start < e for s, e in taken):
            continue
        title = _singular(text[t_start:t_end])  # (a list names its title in the plural)
        lead = low[seg.sentence_span(on.start())[0]: on.start()]
        start = on.start() - len(lead.lstrip())  # (from the sentence's first word)
        found.append(Found(title, start, on.end(), level_of(title, m["who"], lang="en"), "organization",
                           int(m["year"]) if m["year"] else None))
    return found


def _marks_given_en(text: str, low: str, seg: Segmenter, doc: DocTime, taken: set) -> list[Found]:
    """Each title whose marks (awards, certificates) the sentence's subject gives: the giver's own level, and the year
    of the sentence or of the event the sentence before dates ("At its assembly on 8 September 2023, … . The school
    presented …")."""
    found = []
    for m in _EN_MARKS_GIVEN.finditer(low):
        t_start, t_end = m.span("title") if m.group("title") else m.span("title_after")
        if any(s < t_end and t_start < e for s, e in taken) or _EN_YEARS_IN_THE_PARTY.search(low, t_start, t_end):
            continue  # (nor the keepsakes of long membership: '"50 Years in the Party" medals')
        s_start, s_end = seg.sentence_span(m.start())
        before = low[s_start: m.start()]
        time = time_of(before, doc, m.start(), "en")
        year = time.year if time.kind == "explicit" else None
        # (the day they were given, said after them: '… presented "Star Volunteer" certificates to 8 members on 5
        # December 2023'; or before them, in the sentence or the one before)
        dated = EN_FULL_DATE.search(low, t_end, s_end) or EN_FULL_DATE.search(low, seg.sentence_before(s_start), m.start())
        if year is None and dated:
            year = int(dated.group(1) or dated.group(2))
        recipient = "organization" if _EN_ORGANIZATIONS_GIVEN.match(m["who"]) else "individual"
        found.append(Found(text[t_start:t_end], m.start(), t_end + 1, level_of(text[t_start:t_end], before, lang="en",
                                                                               active=True), recipient, year))
    return found


# people counted with the title they were commended by, which English writes as their description: "5
# outstanding Communist Party members were commended", "the branch commended 6 excellent party affairs workers"
_EN_COMMENDED = re.compile(r"\b(?:(?P<passive>was|were|has been|have been|had been|being)\s+(?:all\s+|also\s+)?)?"
                           r"(?:commended|honou?red|recogni[sz]ed|praised)\b|"
                           # (or commending now, at the meeting a speech is given at: "Today we commend 5 outstanding …", "this
                           # year our committee honours 12 …")
                           r"(?<=\bwe )(?:commend|honou?r)\b|"
                           r"(?:(?<=\bcommittee )|(?<=\bbranch )|(?<=\bschool )|(?<=\bbureau ))(?:commends|honou?rs)\b"
                           r"(?= (?:\d|the \d|[a-z]+ (?:outstanding|excellent|advanced|model)\b))|"
                           # (or given the marks of it: "presented awards to 15 outstanding teachers")
                           r"\b(?:presented|gave|handed out) (?:the )?(?:awards|certificates(?: of honou?r)?|honou?rs|prizes|"
                           r"trophies|plaques|medals) to\b|"
                           # (or the commendation, as a programme's item names it: "2. Commendation of 10 Outstanding …")
                           r"\bcommendation of\b|"
                           # (or named them so, counted: "the committee named three Advanced Party Branches and 16 Outstanding
                           # Party Members"; the titles maybe quoted: 'named 12 "Outstanding Party Members"')
                           r"\bnamed(?= (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) [\"“]?"
                           r"(?:outstanding|excellent|advanced|model|exemplary)\b)")
_EN_MERIT = "outstanding|excellent|advanced|model|exemplary"
# a participle of honouring after those honoured, at the meeting the text tells of: "… honoured today are …"
_EN_HONOURED_HERE = re.compile(r"\s+(?:today|here|at (?:the|this) (?:meeting|conference|ceremony|assembly))\b")


def _counted_with_title(merits: str, heads: str) -> re.Pattern:
    """A count, then the title it was commended by as a description of what it counts ("5 outstanding Communist Party
    members"); the title may be quoted (5 "Outstanding Communist Party Members"), or said after who they are ("20
    members as outstanding party members")."""
    return re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                      r"(?:(?:party )?(?:members|teachers|comrades|people|individuals|branches|organi[sz]ations)\s+as\s+"
                      r"(?:an?\s+)?)?[\"“]?"
                      rf"(?P<title>(?:{merits})\s+(?:(?!and\b)[a-z'-]+\s+){{0,4}}(?:{heads}))(?![a-z-])")


_EN_HONOURED_PEOPLE = _counted_with_title(
    _EN_MERIT, "members?|workers?|teachers?|educators?|cadres?|individuals?|comrades?")
# (organizations commended beside them: "commended 3 advanced party organizations, 20 outstanding …")
_EN_HONOURED_ORGANIZATIONS = _counted_with_title(
    f"{_EN_MERIT}|pioneer", "organi[sz]ations?|branch(?:es)?|groups?|units?|collectives?|teams?|class(?:es)?")


# more people counted after a title, honoured as another: '… as "Excellent Party Members" and 2 teachers as "Model Mentors"'
# (or counted right before the title, the people left out: "… and 3 Model Party Workers")
_EN_MORE_COUNTED_AS = re.compile(r"\band\s+\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?(?:teachers|members|comrades|staff)\s+as\s+(?:an?\s+)?"
                                 r"[\"“]$|"
                                 rf"\band\s+(?:\d[\d,]*|{_EN_NUMBER_WORD})\s+$", re.I)


def _singular(title: str) -> str:
    """A title named in the plural, as one is given: "outstanding party members", "advanced branches" (its head before
    "of": "Models of Teacher Ethics")."""
    head, of, rest = title.partition(" of ")
    if of:
        return _singular(head) + of + rest
    if title.endswith(("ches", "shes", "sses", "xes")):
        return title[:-2]
    return title[:-1] if title.endswith("s") and not title.endswith("ss") else title


# what joins the items of a list of people: ", ", " and ", ", and "
_EN_LIST_JOIN = re.compile(r"[\"”]?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # (after a quoted title's closing quote too)
_EN_LIST_JOINS = re.compile(r"(?:\s|,|[\"”]|\band\b|\ball\b|\balso\b)*")  # (a title's closing quote too)


def _people_commended_en(text: str, low: str, seg: Segmenter, doc: DocTime, taken: set) -> list[Found]:
    """Each title of people commended, told by who they are, in the sentence that commends them: before
    "were commended" or after "commended"."""
    found = []
    for verb in _EN_COMMENDED.finditer(low):
        s_start, s_end = seg.sentence_span(verb.start())
        if verb["passive"]:
            # the people right before the verb, or listed with those: "5 outstanding … and 2 excellent … were
            # commended" (not "6 outstanding teachers gave lessons, and the branch was commended")
            # (organizations may be listed with them: "10 outstanding …, 3 … and 2 advanced party branches were commended")
            honoured = sorted((*_EN_HONOURED_PEOPLE.finditer(low, s_start, verb.start()),
                               *_EN_HONOURED_ORGANIZATIONS.finditer(low, s_start, verb.start())), key=lambda m: m.start())
            people = [m for m in honoured if _EN_LIST_JOINS.fullmatch(
                _EN_HONOURED_ORGANIZATIONS.sub("", _EN_HONOURED_PEOPLE.sub("", low[m.end(): verb.start()])))]
        else:
            # (organizations may be listed with them: "commended 3 advanced party organizations, 20 outstanding …")
            at = verb.end() + 1 + (low[verb.end() + 1: verb.end() + 5] == "the ")
            people = []
            while (m := _EN_HONOURED_PEOPLE.match(low, at) or _EN_HONOURED_ORGANIZATIONS.match(low, at)):
                people.append(m)
                if not (more := _EN_LIST_JOIN.match(low, m.end())):
                    break
                at = more.end()
            if not people and _EN_HONOURED_HERE.match(low, verb.end()):
                # (or those listed before the participle: "The 12 outstanding Party members, 3 outstanding Party workers
                # and 2 advanced branches honoured today are …")
                honoured = sorted((*_EN_HONOURED_PEOPLE.finditer(low, s_start, verb.start()),
                                   *_EN_HONOURED_ORGANIZATIONS.finditer(low, s_start, verb.start())), key=lambda m: m.start())
                people = [m for m in honoured if _EN_LIST_JOINS.fullmatch(
                    _EN_HONOURED_ORGANIZATIONS.sub("", _EN_HONOURED_PEOPLE.sub("", low[m.end(): verb.start()])))]
        for m in people:
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            t_start, t_end = m.span("title")
            title = text[t_start:t_end]
            title = _singular(title)
            time = time_of(low[s_start: m.start()], doc, m.start(), "en")
            later = _EN_YEAR_AFTER.search(low, verb.end(), s_end)
            year = time.year if time.kind == "explicit" else int(later.group(1)) if later else None
            if year is None and (dated := EN_FULL_DATE.search(low, s_start, m.start())):
                year = int(dated.group(1) or dated.group(2))  # "At a meeting on 30 June 2022, the branch commended …"
            if year is None and (school_year := EN_SCHOOL_YEAR.search(low, s_start, s_end)):
                year = int(school_year.group(2))  # "… for the 2021-2022 school year": given at its end
            by = _by_phrase(low[verb.end(): s_end])
            # (or those commended at it, in the passive: "At the meeting, 10 outstanding … were commended"; or in a summary of
            # the school's year, by no one named, as the Chinese "15名优秀共产党员受到表彰" is the school's)
            confers = not verb["passive"] or (not by and (_at_a_meeting_of_the_text(low, seg, s_start, m.start()) or
                                                          doc.plan_year is not None))
            if year is None and confers and time.kind in ("none", "current"):
                # "The meeting also commended 12 …", "this year we have commended 12 …": what a meeting of the text
                # confers, or one in the text's year
                year = doc.current_year if time.kind == "none" else time.year
            level = level_of(title, by, lang="en", active=confers)
            recipient = "organization" if m.re is _EN_HONOURED_ORGANIZATIONS else "individual"
            end = t_end + (low[t_end: t_end + 1] in ('"', "”"))  # (with a quoted title's closing quote)
            found.append(Found(title, m.start(), end, level, recipient, year))
    return found


# words that name honours in general, no one of them: "6 of them won awards in the teaching competition"
# (levels may be joined, and the awards be of a kind: "district or city teaching awards")
_EN_NO_TITLE = re.compile(r"(?:(?:many|several|various|some|numerous|multiple|national|provincial|municipal|city|county|"
                          r"district|school|or|and|teaching|sports|research|skills?)(?:-level)? )*(?:awards?|prizes?|"
                          r"honou?rs?|titles?|honou?rary titles?)"
                          # (when they were given may follow: "received district awards this spring")
                          r"(?: (?:this|last|that|each|every) (?:spring|summer|autumn|fall|winter|year|term|semester|month)"
                          r"| (?:in )?(?:19|20)\d{2})?")
# words that open no title: "Honours Received by Riverbend School" names who received them (nor a second level of a pair)
# (nor a number of stars, a rating's grade: "was rated three stars")
# (nor the title the text told already, won again: "has won the title twice")
_EN_NOT_A_TITLE_START = re.compile(r"(?:by|from|in|at|to|of|for|with|or|and)\b|title\b|"
                                   r"(?:\d+|one|two|three|four|five)[ -]stars?\b(?! (?:party|branch|organi[sz]ation|unit))")
# a heading over a list of honours, one a line: "Honours Received by Riverbend School", "Major Awards"
# (whose they are and when may follow: "Honors of the party branch over the years:")
# (the heading may follow whose they are and a dash: "Kestrel School Party Branch — Honours")
# (or a colon, and the years they span after them: "Summit School: honours of the Party committee, 2019-2023")
# (or whose they are said as a possessive: "Summit School's honours, 2019–2023")
_EN_HONOURS_HEADING = re.compile(r"[ \t]*(?:[^\n:]{2,80}?(?:[ \t]+[—–-]|:)[ \t]+|[^\n:]{2,80}?['’]s[ \t]+)?"
                                 r"(?:(?:(?:major|main|recent|collective|individual|organi[sz]ational|personal|team) )?"
                                 r"(?:honou?rs|awards)(?: and (?:honou?rs|awards))?"
                                 r"(?: (?:received|won))?(?: (?:by|of) [^\n:]{2,60}?)?(?: (?:over|in) the (?:past |recent )?years)?|"
                                 # (or over people: "Members honoured:", "Teachers commended in 2022")
                                 r"(?:members|teachers|individuals|staff|people) (?:honou?red|commended|awarded)"
                                 r"(?: in (?:19|20)\d{2})?|"
                                 # (or a sentence that leads into them: "…, the branch has received the following honours:",
                                 # "the branch closed the year with these honours:")
                                 r"[^\n]{0,160}?\b(?:received|won|earned|include[sd]?|are|were|with) (?:the following|these) "
                                 r"(?:honou?rs|awards|"
                                 r"titles)(?: and (?:honou?rs|awards|titles))?)"
                                 r"(?:,?[ \t]+\(?(?:19|20)\d{2}[ \t]*[-–—][ \t]*(?:19|20)\d{2}\)?)?"
                                 r"[ \t]*:?[ \t]*$", re.I)
# who holds a listed honour, before it ("Li Na, Outstanding …", "2 members, Excellent Teachers"), and a remark in brackets
# after it, its level ("(county)") or not ("(our branch volunteer team)")
# (or before a colon, one or two named: "Wang Jun: Provincial Excellent Teacher", "Li Mei and Chen Hao: …")
_EN_HOLDER_BEFORE = re.compile(r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|\d+ (?:members|teachers|people|comrades)),\s+|"
                               r"(?!(?:District|County|City|Municipal|Provincial|Province|National|School|Level|Honou?rs?|"
                               r"Awards?|Title)\b)"
                               r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:(?:,| and) [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}){0,4}:\s+")
# (or the holder and the verb that named it: "two teachers named National Excellent Teachers", "the Party committee named a
# District Five-Star Party Organization")
_EN_HOLDER_NAMED = re.compile(r"(?:(?:\d+|[a-z]+) (?:members|teachers|people|comrades)|(?P<body>the (?:party )?(?:committee|branch|"
                              r"general branch|school)))\s+(?:was |were )?(?:named|rated|commended|honou?red)(?: as)?(?: an?)?\s+",
                              re.I)
# (a branch's number may stand in it: "(Teachers' Branch No. 2)")
_EN_REMARK_AFTER = re.compile(r"\s*\((?:[^()\d]|(?<=[Nn]o\. )\d{1,2}){2,80}\)\s*$")
# (or the place whose it is, after a comma: "Advanced Party Branch, Xinhua District")
_EN_PLACE_AFTER = re.compile(r",\s*(?:the )?(?:[A-Z][a-z]+ ){0,2}(?:District|County|City|Province|Municipality)\b[^,()]{0,40}$")
# (or who holds it, after a comma: "Model Young Teacher (county), one of our probationary members")
_EN_HOLDER_AFTER = re.compile(r",\s*(?:(?:a|an|one|two|three|both|all) )?(?:of (?:our|its|the|them) )?[^,()]{0,24}?"
                              r"\b(?:members?|comrades?|secretary)\s*$")
# how many hold it, before the title: "Four Model Young Teachers (county)"
_EN_HOW_MANY_BEFORE = re.compile(rf"(?:\d+|(?i:{_EN_NUMBER_WORD}))\s+(?=[A-Z\"“])")
# a line of such a list: its year before it ("2021: …") or in brackets after it
# (or parted from it by spaces alone, as a column is: '2018   "Model Party Branch", city education bureau')
# (or its years: "Shenzhen Five-Star Party Organization (2020, 2023)", one honour each year)
_EN_LISTED_HONOUR = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?(?:((?:19|20)\d{2})(?:[ \t]*[:：.\-–—][ \t]*|[ \t]{2,}|[ \t]+(?=[\"“])))?(.+?)"
                               r"(?:[ \t]*\(((?:19|20)\d{2}(?:[ \t]*(?:,|and)[ \t]*(?:19|20)\d{2})*)\))?[ \t]*$")


def _listed_under_heading_en(text: str, taken: set, plan_year: int | None) -> list[Found]:
    """The honours listed one a line under a heading that names them ("Honours Received by …"), up to a
    blank line: each line a title, with its year and, after a quoted title, who conferred it. A line with no year of its
    own, in a summary of a year, is of that year (unless the heading lists those of many: "… over the years")."""
    found = []
    lines = text.split("\n")
    pos, under, listing = 0, False, False  # under a heading; its list started
    heading_year = None  # the year a line with none of its own is of
    for line in lines:
        if not line.strip():
            under = under and not listing  # (a blank line may stand between the heading and its list)
        elif _EN_HONOURS_HEADING.fullmatch(line):
            under, listing = True, False
            named = re.search(r"(?:19|20)\d{2}", line)
            heading_year = None if re.search(r"\byears\b|(?:19|20)\d{2}\W{1,3}(?:19|20)\d{2}", line, re.I) else \
                int(named.group()) if named else plan_year  # (a heading over the honours of several years dates none)
        elif under and _EN_LISTED_HONOUR.fullmatch(line):
            listing = True
            # (several may share a line, apart by semicolons, the line ending in a stop: "A (2019); B (2022).")
            # (and the pieces after the first are of the year the line opens with: "2023: A; B")
            line_year = None
            for piece in re.finditer(r"[^;]+", re.sub(r"\.\s*$", "", line)):
                m = _EN_LISTED_HONOUR.fullmatch(piece.group())
                line_year = line_year or (m and m.group(1) and int(m.group(1)))
                if m:
                    found += _listed_honour_en(text, pos + piece.start(), m, taken, line_year or heading_year)
        pos += len(line) + 1
    return found


def _listed_honour_en(text: str, pos: int, m: re.Match, taken: set, heading_year: int | None) -> list[Found]:
    """The honour of a list's item under a heading, `m` the item (which starts at `pos` in the text): one for each year
    its brackets list, or none when the item names no title."""
    body_start = pos + m.start(2)
    body = m.group(2)
    holder = _EN_HOLDER_BEFORE.match(body) or _EN_HOLDER_NAMED.match(body)
    if holder and holder.re is _EN_HOLDER_NAMED:
        body_start, body = body_start + holder.end(), body[holder.end():]
        holder = None if holder.group("body") else holder  # (the body named is the school's: an organization's honour)
    elif holder and (holder.group(0)[0].isdigit() or not _EN_TITLE_HEAD.search(holder.group(0).lower())):
        # (a name, not a title before its place: "Advanced Party Branch, Xinhua District")
        body_start, body = body_start + holder.end(), body[holder.end():]
    else:
        holder = None
    if held_by := _EN_HOLDER_AFTER.search(body):
        body, holder = body[:held_by.start()], held_by  # (a member's: "…, one of our probationary members")
    if how_many := _EN_HOW_MANY_BEFORE.match(body):
        body_start, body = body_start + how_many.end(), body[how_many.end():]  # (how many, no part of the title)
    remark = _EN_REMARK_AFTER.search(body) or _EN_PLACE_AFTER.search(body)
    if remark:
        body = body[:remark.start()]
    quoted = _EN_QUOTED.search(body)
    t_start, t_end = (body_start + quoted.start(1), body_start + quoted.end(1)) if quoted else \
        (body_start, body_start + len(body))
    of_level = None if quoted else _EN_LEVEL_AFTER.search(text, t_start, t_end)
    if of_level:
        t_end = of_level.start()  # "Five-Star Party Branch of the city": the level is no part of the title
    title = text[t_start:t_end].strip()
    if not (quoted or _EN_TITLE_HEAD.search(title.lower())) or any(s < t_end and t_start < e for s, e in taken):
        return []
    # (a quoted title's level may stand before its quotes, "Provincial \"Model …\"", or after them)
    rest = body[:quoted.start()] + " " + body[quoted.end():] if quoted else (of_level.group(0) if of_level else "")
    if remark:
        rest += f" {remark.group(0)}"  # (who conferred it, or where: "(city)", "(Xinhua District)", ", Xinhua District")
    years = [int(m.group(1))] if m.group(1) else [int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group(3) or "")]
    start, end = pos + (m.start(1) if m.group(1) else m.start(2)), pos + (m.end(3) + 1 if m.group(3) else m.end(2))
    level = level_of(title, rest, lang="en")
    recipient = "individual" if holder or INDIVIDUAL_HEADS.search(title.lower()) else "organization"
    return [Found(title, start, end, level, recipient, year) for year in years or [heading_year]]


_EN_BRACKETED_YEARS = re.compile(r"\s*\(((?:19|20)\d{2}(?:\s*(?:,|and)\s*(?:19|20)\d{2})*)\)")
# the next title of a list after the first ("…, a Provincial Green School and a Municipal Advanced Party
# Organization"): capitalized, each with its years in brackets or none
# (more people may be counted before it: "named 6 members Model Members and 3 Model Party Workers")
_EN_NEXT_TITLE = re.compile(r"(?:\s*\((?:19|20)\d{2}(?:\s*(?:,|and)\s*(?:19|20)\d{2})*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                            rf"(?:an?\s+|the\s+|(?:\d+|{_EN_NUMBER_WORD})\s+)?"
                            r"(?P<title>[A-Z][A-Za-z'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][A-Za-z'-]*){1,8})")


# (or the title of the body's head, the verb said once for both: "… was named a model Party organization, and its
# secretary, Ms Zhao Min, an outstanding Party worker of the city", "honoured two members as … and its secretary as …")
# (or of the body itself, after people were named: "… three teachers were named …, and its branch a Model Party Branch")
_EN_AND_ITS_HEAD_TITLE = re.compile(
    rf"[^.;]{{0,60}}?(?:,\s*|\s+)and\s+{_EN_ITS_OWN}(?:deputy\s+)?"
    rf"(?:{_EN_ITS_HEAD}|(?P<body>{_EN_ITS_BODY}))(?:,\s+{_NAMED_PEOPLE_EN},)?\s+"
    r"(?:as\s+)?(?:an?\s+)?"
    r"(?P<title>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){1,5}?)(?=\s+of\s+the\b|\s+in\s+(?:19|20)\d{2}\b|\s*[.;,]|\s*$)",
    re.I)


def _more_titles_en(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The titles listed after the first one read unquoted, up to `end` (and its head's after it, the verb not said again)."""
    titles = []
    while (m := _EN_NEXT_TITLE.match(text, pos, end)) and _EN_TITLE_HEAD.search(m.group("title").lower()):
        titles.append(m.span("title"))
        pos = m.end()
    if (head := _EN_AND_ITS_HEAD_TITLE.match(text, pos, end)) and (
            _EN_ORGANIZATION_HEAD.search(head.group("title").lower()) if head.group("body") else
            INDIVIDUAL_HEADS.search(head.group("title").lower())):
        titles.append(head.span("title"))
    return titles


_EN_FIELD = re.compile(_EN_FIELD_LABEL)
# an item of a field of honours, its year before it or its years in brackets after it; its title may be quoted after its
# level ('District "Pioneer Party Branch" (2019, 2022)')
# (its years in brackets may be said with the verb that gave or renewed it: "(renewed in 2023)", "(awarded 2021)"; or its
# month: "(May 2023)")
_EN_FIELD_ITEM = re.compile(r"\s*(?:((?:19|20)\d{2})\s*:?\s+)?([a-z\"“][a-z' \"“”-]{2,60}?)\s*"
                            r"(?:\((?:(?:renewed|awarded|won|received|conferred|granted|given|named|rated|again)\s+)?(?:in\s+)?"
                            rf"(?:(?:{EN_MONTHS})\s+)?"
                            r"((?:19|20)\d{2}(?:\s*(?:,|and)\s*(?:19|20)\d{2})*)\))?\s*\.?\s*",
                            re.I)  # (the last item may end the sentence)
# the items of such a field: apart by semicolons or commas, not those of the years in brackets
_EN_FIELD_PIECE = re.compile(r"(?:[^;,(]|\([^)]*\))+")
_EN_QUOTED_TITLE = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def _field_titles_en(text: str, start: int, end: int, plan_year: int | None) -> list[Found]:
    """"Honors: 2023 Municipal Model Party Branch; County Advanced Unit (2019)": each item a title (once for each of
    its years: 'District "Pioneer Party Branch" (2019, 2022)'; an item with none, in a summary of a year, of that year)."""
    found = []
    for piece in _EN_FIELD_PIECE.finditer(text, start, end):
        m = _EN_FIELD_ITEM.fullmatch(piece.group(0))
        if not m or not _EN_TITLE_HEAD.search(m.group(2).lower()) or TRIGGERS_EN.search(m.group(2).lower()):
            continue  # (an item told as a sentence is read as one: "Honours: the branch was named a …")
        t_start, t_end = piece.start() + m.start(2), piece.start() + m.end(2)
        title = text[t_start:t_end]
        if quoted := _EN_QUOTED_TITLE.search(text, t_start, t_end):
            # the title from its quote on, the level before it left out ('Municipal "Red Banner" Party Branch')
            t_start = quoted.start(1)
            title = re.sub(r"[\"“”]", "", text[t_start:t_end]).strip()
        years = [m.group(1)] if m.group(1) else re.findall(r"(?:19|20)\d{2}", m.group(3) or "") or [plan_year]
        recipient = "individual" if INDIVIDUAL_HEADS.search(title.lower()) else "organization"
        item = piece.group(0)
        ev_start = piece.start() + len(item) - len(item.lstrip())
        ev_end = piece.start() + len(item.rstrip().removesuffix(".").rstrip())
        level = level_of(m.group(2).strip("\"“” "), "", lang="en")
        found += [Found(title, ev_start, ev_end, level, recipient, int(year) if year else None) for year in years]
    return found


def _by_phrase(tail: str) -> str:
    """Who conferred it, said after it: "by the district committee", or "from the county education bureau" (a title
    received from a body)."""
    m = re.search(r"\b(?:by|from) (?:the )?([^,.;]{3,60})", tail)
    return m.group(1) if m else ""


def to_awards(found: list[Found], original: str, folded: str) -> list[Award]:
    """The honours found, each titled as its text spells it ("優秀共產黨員" where the text is in traditional
    characters; the warehouse keeps the simplified title, by which honours are grouped)."""
    return [
        Award(title=_as_written(f, original, folded), level=f.level, recipient=f.recipient, year=f.year,
              start=f.start, end=f.end, evidence=original[f.start: f.end])
        for f in found
    ]


def _as_written(f: Found, original: str, folded: str) -> str:
    """The title in the text's own characters, where the evidence holds it as it was read (folding keeps
    each character's place)."""
    at = folded.find(f.title, f.start, f.end) if f.start is not None and f.end is not None else -1
    return original[at: at + len(f.title)] if at >= 0 else f.title
