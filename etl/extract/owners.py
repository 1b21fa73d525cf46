"""Whose figure a number is: the report's school's, or another school's, organization's or a wider area's.

A report is about one school, but it may name others: a partner school ("白云小学党支部现有党员18名"
in a story about 青松中学), a community it works with ("青峰社区党委下辖5个党支部"), or the district
around it ("全区教育系统共发展党员68名"). A figure whose clause opens with another school's party
organization, another organization's party body or a wider area — or whose clause names no subject
and follows one that does, in its sentence — is not the report's school's: it goes to review (and
such an honour is left out).
"""

from __future__ import annotations

import bisect
import re

from etl.extract.document import EN_ITEM_OPENING, short_form, without_region
from etl.extract.periods import ONE_UNIT
from etl.extract.text import Segmenter


def same_school(name: str, school: str | None) -> bool:
    """Whether a mention names the report's school: its name, or a shorter or longer form of it, or the
    same name after its place (市一中 and 天水市一中)."""
    if not school:
        return False
    core, school_core = without_region(name), without_region(school)
    if name in school or school in name or core in school_core or school_core in core:
        return True
    short, school_short = short_form(core), short_form(school_core)  # ("中关村三小", "海淀区中关村第三小学")
    return short in school_short or school_short in short


def same_school_en(name: str, school: str | None) -> bool:
    """Whether an English mention names the report's school (case aside, or a shorter or longer form of it)."""
    if not school:
        return True  # (with no school of its own, a report's schools are none of them another's)
    name, school = name.lower(), school.lower()
    return name in school or school in name


# why a figure is not the school's (the reason its number is left to review)
ANOTHER_SCHOOL, ANOTHER_ORGANIZATION, WIDER_AREA, ONE_BRANCH = (
    "a figure of another school", "a figure of another organization", "a figure of a wider area",
    "a figure of one of the school's branches")
REASONS = (ANOTHER_SCHOOL, ANOTHER_ORGANIZATION, WIDER_AREA, ONE_BRANCH)

# the whole of a wider area, said as the subject of a figure: its figure, not the school's
# (or all of its schools, each: "各学校党组织全年开展主题党日活动1032次")
_WIDE_AREA = re.compile(r"全(?:国|省|市|区|县|旗|镇|乡)(?:教育系统|中小学校?|各级各类学校|各(?:类)?学校|学校|各校|"
                        # (or the area alone with the words of its total: "全区共表彰优秀共产党员150名")
                        r"(?=共|累计|合计|总共|一共)|"
                        # (or with the count of the area's, right after it: "表彰了全区30个优秀党支部和100名优秀共产党员")
                        r"(?=(?:\d+|[一二两三四五六七八九十百]+)(?:个|名|所|位)))|"
                        r"(?:省|市|区|县)(?:教育系统|教育局|教委|教育工委)(?:共|现有|今年|全年)|"
                        # (or an authority that issues a commendation: "省委教育工委印发《关于表彰…的决定》，共表彰…")
                        r"(?:省|市|区|县)委?(?:教育局|教委|教育工委|组织部)(?:近日|日前)?(?:印发|下发|发布|作出)(?=[^，,。；;]{0,40}表彰)|"
                        r"各(?:类|级各类)?(?:中小)?学校|各中小学|各校")
# a bureau (its party committee) that decides to commend, by its short name: "局党委决定，授予…"
BUREAU_DECIDED = re.compile(r"(?:局|教委|教育工委|教体局)党委(?:研究)?决定|(?:教育局|教委|教育工委|教体局)(?:研究)?决定")
# the many a bureau's decision commends, named by the first of them: "授予王芳等30名同志…", "…党支部等8个党组织"
_AND_OTHERS_COUNTED = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:名|个|位|所)")
# (or a word that gives an example of it: "比如第二党支部的“红烛课堂”，…")
# (or the bracket of an item's label: "【第一党支部】组织党员…")
_LEAD_ONLY = re.compile(r"\s*[【\[]?(?:比如|例如|譬如)?[，,]?\s*(?:(?:19|20)\d{2}\s*年度?|去年|上年度|本次|此次|这次)?\s*"
                        r"(?:其中|目前|截至目前|现|今年|全年|近年来)?\s*")
# an English line labelled with one of the school's branches (or party groups), a word that picks it out before it: "Teachers'
# First Branch:", "Retirees' Branch:", "Grade 8 Party Group:" (not the school's branch as such: "Party branch:")
_EN_ONE_BRANCH_LABEL = re.compile(r"[ \t]*(?:[-–•*·][ \t]*)?(?:the )?(?:(?:teachers|retirees|students|staff)['’] |"
                                  r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth) |no\. ?\d{1,2} |grade \d{1,2} |"
                                  r"year \d{1,2} )+(?:party )?(?:branch|sub-branch|group)(?: \d{1,2})?[ \t]*:[^\n]*$")
# the report's school or its party body opening a clause: a subject of its own
_OWN_SUBJECT = re.compile(r"我校|本校|该校|学校|我园|本园|支部|党支部|党总支|党委")
# a school's party body (or the school) named, then joined by another organization: "白鹭小学党支部联合…", "…小学与…"
_JOINED_BY_A_SCHOOL = re.compile(r"(?:小学|中学|学校|幼儿园|一中|二中|三中)(?:党支部|党总支|党委)?(?:联合|携手|会同|与|和)$")
# the party body of an organization that is no school ("青峰社区党委"): the kind of organization and its
# body (the name before it is read from the clause start)
# (or one of its numbered branches: "石化公司第三党支部")
_OTHER_BODY = re.compile(r"(?:社区|街道|村|乡|镇|公司|集团|企业|医院|银行|机关|部队)(?:第[一二三四五六七八九十\d]{1,3})?"
                         r"(?:党委|党总支|党支部|党工委|党组)")
# a community (or a village) as the subject of what it has, unnamed: "社区现有党员286名"
# a clause that opens with its verb, its subject the clause's before: "社区党委现有党员214名，下设6个党支部"
_SUBJECTLESS = re.compile(r"\s*(?:下设|下辖|设有|共设)")
_COMMUNITY_SUBJECT = re.compile(r"(?:该|本|这个)?(?:社区|街道|村|小区|居委会)(?:党委|党组织)?(?:现有|共有|目前有|有)")
# a school named by a generic name alone ("实验中学"), and with its party body ("实验中学党委")
_GENERIC_SCHOOL = re.compile(r"实验中学|实验小学|实验学校|实验幼儿园|中心小学|中心学校|第[一二三四五六七八九十]{1,3}(?:中学|小学)")
_GENERIC_SCHOOL_BODY = re.compile(rf"({_GENERIC_SCHOOL.pattern})(?:党委|党总支|党支部)")
# (the name may be left out, the organization named before: "…与红岭社区党委签订协议。…社区党委下辖5个党支部")
_BODY_NAME = re.compile(r"[\u4e00-\u9fff]{0,10}")
# a sentence that opens with what the head of a school said: the speaker, then the words of saying
_REPORTED_SPEECH = re.compile(r"\s*(?P<who>[^，,。；;：:]{2,24}?(?:党委|党总支|党支部)?(?:书记|校长|园长|负责人))"
                              r"[^，,。；;]{0,4}?(?:介绍|表示|说|汇报|指出|谈到)[：:，,]")
# an item that opens with a school's party body as its label: "◆实验一小党支部：…"
# (or with the school's name alone, as an area's bulletin labels its items: "●长宁区第一中学：党委组织…")
_SCHOOL_LABEL = re.compile(r"[\s◆●■▲◇○□★☆•·\-*]*(?:(?P<who>[^，,。；;：:\s]{2,20}?)(?:党支部|党总支|党委)?[：:]|"
                           # (or in black brackets, as a bulletin heads each item: "【柳林路小学】10月12日，…")
                           r"【(?P<bracketed>[^】\n]{2,20}?)(?:党支部|党总支|党委)?】)")
# a school named as the subject whose party organization has the figure: "白云小学党支部现有党员18名"
_ITS_PARTY = re.compile(r"党支部|党总支|党委")
# (or the school named as what has the things counted: "青石镇小学现有学生186人")
_HAS = re.compile(r"(?:现|目前|共|现共|仅|只|现仅|尚)有")
# a clause that is a noun and the count of it, no verb and no subject of its own: the next item of what the clause before
# has ("…，党员教师5名"), or all of those it named ("…，全体38名党员参加"); not people named before their count, the
# subject of their clause ("…，王丽等12名同志被评为…")
_NOUN_AND_COUNT = re.compile(r"[，,、]?\s*(?:其中)?(?![^，,。；;]*?(?:有|是|为|开展|组织|参加|参与|发展|递交|服务|走访|帮扶|慰问|讲|获|评|"
                             r"建|设|成立|共|累计|学校|我校|本校|支部|党委|党总支|等|推荐|选派|中学|小学|幼儿园))"
                             r"[\u4e00-\u9fff]{1,8}?\s*")


def _subject_of_its_own(low: str, start: int, pos: int) -> bool:
    """Whether a clause between `start` and `pos` opens with the school or its party body as its subject
    ("全区共发展党员68名，我校发展党员2名"), which then owns the figures after it."""
    for mark in _CLAUSE_MARK.finditer(low, start, pos):
        at = _LEAD_ONLY.match(low, mark.end(), pos).end()
        named = _NAMED_BODY.match(low, at)  # "东山小学党支部…": a body named in full, not another organization's
        if _OWN_SUBJECT.match(low, at) or (named and not _OTHER_BODY.search(low, at, named.end())) or \
                _SCHOOL_NAMED.match(low, at):
            return True  # (or a school named, its people after it: "…，青云中学党员教师张明被评为…"; whose, read after)
    return False


_CLAUSE_MARK = re.compile(r"[，,；;：:]")
_NAMED_BODY = re.compile(r"[^，,。；;]{0,12}?(?:党支部|党总支|党委)")
# (or the people it sent: "…，某中学推荐的2名党员教师分获一等奖")
_SCHOOL_NAMED = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:小学|中学|学校|幼儿园|学院|附小|附中)(?=党员|教师|老师|[\u4e00-\u9fff]{0,3}(?:被|获|荣获)|"
                           r"(?:推荐|选派|派出|选送)的)")


# a plan or a summary whose title names a body of the school other than its party organization as the one whose
# work it tells ("城西中学学生会2023年工作总结", "Student Union Annual Report"): its figures are that body's
_OTHER_BODY_TITLE = {
    "zh": re.compile(r"学生会|团委|团总支|共青团|少先队(?:大队)?|大队部|工会|教代会|家长委员会|家委会"),
    "en": re.compile(r"\b(?:student union|students' union|student council|youth league|league committee|trade union|"
                     r"labou?r union|parents' committee|young pioneers'?)(?=\W|$)", re.I),
}


def another_bodys_report(title: str | None, lang: str) -> bool:
    """Whether a plan's or a summary's title tells the work of a body of the school that is not its party
    organization."""
    return bool(title) and not (lang == "zh" and "党" in title) and not (lang == "en" and "party" in title.lower()) \
        and bool(_OTHER_BODY_TITLE[lang].search(title))


# a notice or decision an authority sends to many schools: its salutation ("各中小学校党组织：") and its
# signature ("中共某县教育局委员会"). What it counts is the area's, even where it names a school first.
_TO_MANY_SCHOOLS = re.compile(r"^[ \t\u3000]*各[^\n：:，,。]{0,10}?(?:学校|中小学校?|幼儿园|校|直属单位|基层党组织)"
                              r"[^\n：:，,。]{0,8}[：:][ \t\u3000]*$", re.M)
_AUTHORITY = re.compile(r"教育局|教育委员会|教委|教育工委|教育体育局|教体局|人民政府|组织部|工作委员会")


def authority_signature(folded: str, school: str | None) -> str | None:
    """The signature of an authority's notice to many schools (its salutation near the top, its
    signature, not the school's, at the end), or None for any other report."""
    if not _TO_MANY_SCHOOLS.search("\n".join(folded.split("\n", 9)[:9])):
        return None
    last = [line.strip() for line in folded.strip().split("\n") if line.strip()][-8:]  # (page furniture may follow)
    signed = [line for line in last if len(line) <= 30 and _AUTHORITY.search(line)]
    if not signed or any(school and school in line for line in signed):
        return None
    return signed[0]


# an area's name, whose figures are no school's (and its education system, said after it)
_EN_AREA = r"(?:county|district|city|province|country|municipality)"
_EN_AREA_SYSTEM = r"(?:'s education system| education system)?"

# organizations or people counted as an area's, the area said after them: "36 branches in the county were rated …", "1,200
# teachers across the district took part" (not the school's doing somewhere: "held 3 lectures in the district"; nor the
# people something counted is for: "15 demonstration activities for teachers in the district")
EN_AREAS_OWN = re.compile(r"[\d,]+\s+(?:(?!(?:for|to|with|of|by)\s)[a-z-]+\s+){0,3}?(?:branch(?:es)?|schools|organi[sz]ations|units|teachers|"
                           r"(?:party )?members|kindergartens|people)\s+(?:in|across|throughout|from all over) (?:the )?"
                           rf"(?:whole |entire )?(?:{_EN_AREA}|nation){_EN_AREA_SYSTEM}\b(?!')")
# (or said in the area's schools, after the verb: "18 new party members were admitted in schools across the district")
_EN_IN_AREAS_SCHOOLS = re.compile(r"[\d,]+\s+(?:[a-z-]+\s+){0,3}?(?:branch(?:es)?|organi[sz]ations|teachers|(?:party )?members|"
                                  r"people|students|activists)\b[^.;\d]{0,40}?\b(?:in|at|from) (?:the )?(?:[a-z-]+ )?schools "
                                  rf"(?:across|throughout|all over) (?:the )?(?:whole |entire )?{_EN_AREA}\b")
# (or chosen from the area's many: "The commission chose 30 branches from 412 in the city's schools")
_EN_CHOSEN_FROM_THE_AREAS = re.compile(r"[\d,]+\s+(?:[a-z-]+\s+){0,3}?(?:branch(?:es)?|schools|organi[sz]ations|units|teachers|"
                                       rf"(?:party )?members|kindergartens)\s+from\s+[\d,]+\s+(?:in|across) (?:the )?{_EN_AREA}\b")
# (or counts after a colon that opens a list of the area's work: "The meeting reviewed the district's work in 2023: …")
_EN_AREAS_WORK = re.compile(rf"\bthe {_EN_AREA}(?:'s education system)?'s (?:[a-z-]+ ){{0,2}}?(?:work|achievements|results|"
                            r"progress)\b[^.;:]{0,40}:")
# (or a count of a list the area closes: "commended 20 advanced party organizations, 50 outstanding party members and 15
# excellent party workers in the district's education system")
# (each item a count and its noun, no other words: "15 demonstration lessons to colleagues across the district" is no list)
_EN_LIST_ITEM = r"[\d,]+\s+(?:(?!(?:to|for|with|at|on|in|of|by)\b)[a-z'-]+\s+){0,4}?[a-z'-]+"
EN_AREAS_LIST = re.compile(rf"(?:{_EN_LIST_ITEM}(?:\s*,\s*(?:and\s+)?|\s+and\s+))+{_EN_LIST_ITEM}\s+"
                           # (the area said as the whole of it: a school "in the district" is only where it is)
                           r"(?:(?:(?:across|throughout|from all over) (?:the )?(?:whole |entire )?|in the (?:whole |entire )|"
                           r"in (?:the )?(?=[a-z]+(?:'s)? education system))"
                           rf"(?:{_EN_AREA}|nation){_EN_AREA_SYSTEM}\b(?!')|"
                           # (or from the area's schools: "… and 12 outstanding party workers from the district's schools")
                           rf"(?:from|in|at) (?:the|this) {_EN_AREA}['’]s (?:[a-z-]+ )?(?:schools|kindergartens)\b)")
# (the words that say an area whole, looked for before a list is)
_EN_WHOLE_AREA = re.compile(r"\b(?:across|throughout|all over|whole|entire|education system)\b|['’]s (?:[a-z-]+ )?schools\b")


def _in_an_areas_list(low: str, sentence_start: int, pos: int) -> bool:
    """Whether the count at `pos` is one of a list of counts the area closes (a sentence's next 300 characters)."""
    end = low.find(".", pos)
    end = min(end if end >= 0 else len(low), pos + 300)
    if not _EN_WHOLE_AREA.search(low, pos, end):
        return False
    return any(m.start() <= pos < m.end() for m in EN_AREAS_LIST.finditer(low, sentence_start, end))


# (or the area's schools, said as its own, the subject of what the sentence counts after them, with no subject of the
# school's between: "In 2022, the district's schools admitted 86 new party members"; not a day or an event of theirs,
# "the district's Teachers' Day celebration")
_EN_AREAS_SCHOOLS = re.compile(rf"\b(?:the|this) {_EN_AREA}(?:'s|’s) (?:[a-z-]+ )?(?:schools|kindergartens|party organi[sz]ations|"
                               r"teachers)\b(?!['’])(?:(?!\bour\b|\bits\b|\bthe (?:school|branch|kindergarten)\b)[^.;])*$")
# (or an area a sentence opens with as all of it: "Across the district, 1,280 party members in schools took part …")
_EN_AREA_OPENS = re.compile(rf"\s*(?:across|throughout|all over) (?:the )?(?:whole |entire )?{_EN_AREA}\b")


# another school the report names by what it is to the school, the subject of what it has: "The village school's branch has 6
# members", "the partner school has 12 party members"
_EN_OTHER_SCHOOL_SUBJECT = re.compile(r"\s*(?:[a-z0-9,]+ ){0,3}?\b(?:the|that|this|our) (?:village|rural|partner|paired|sister|"
                                      r"twinned|other|mountain|township|neighbouring|neighboring) school(?:'s)?"
                                      r"(?: (?:party )?(?:branch|committee))? (?:now |currently |only |also )?(?:has|had|have)\b"
                                      r"[^.;]{0,20}$")


def en_school_opens_sentence(low: str, seg: Segmenter, at: int, name: str) -> bool:
    """Whether the school named at `at` opens its sentence as whose the subject is ("Riverside Middle School's branch,
    with 41 members, gave …"), as a round-up of several schools tells each one's."""
    return low.startswith(("'s", "’s"), at + len(name)) and \
        low[seg.sentence_span(at)[0]: at].strip() in ("", "the")


def en_school_label(low: str, at: int, name: str) -> bool:
    """Whether the school named at `at` labels an item: it opens its line (after a bullet or a number, as a bulletin's
    items open) and a colon follows it."""
    line_start = low.rfind("\n", 0, at) + 1
    return bool(EN_ITEM_OPENING.fullmatch(low, line_start, at)) and low.startswith(":", at + len(name))


# (or an area that has them: "The district has 2,460 party members working in education", and the next of a list of
# what it has: "The district has 52 party branches and 1,036 party members")
_EN_AREA_HAS = re.compile(rf"\b(?:the|this|our) (?:whole |entire )?{_EN_AREA}{_EN_AREA_SYSTEM} (?:now |currently )?(?:has|had|have)"
                          r"(?: a total of| more than| over| about| nearly| some)?\s+"
                          r"(?:[\d,]+ (?:[a-z-]+ ){0,3}?[a-z-]+(?:,| and|, and)\s+)*$")
# what an English school is said to have, between its name and the count: "… has only 4 party members"
# (its body named after it, "party" maybe left out: "Oak School's committee has 67 members"; or nothing but the possessive,
# the body understood from a clause before: "…; Oak School's has 67")
_EN_WHICH_HAS = re.compile(r",\s*which (?:now |currently |still |also )?(?:has|had|have)\b[^.;]*")
_EN_HAS = re.compile(r"(?:['’]s(?: (?:party|cpc))?(?: (?:general )?(?:branch|committee))?)?\s+(?:now |currently |still |also )?"
                     r"(?:has|had|have)(?: only| just| a total of)?\s+")


# a clause that opens with a count: the people or things it counts are its subject (named first, maybe: "王丽等12名同志")
_COUNT_OPENS = re.compile(r"\s*(?:[^\s，,。；;、\d等]{1,8}等)?(?:\d|[一二两三四五六七八九十百千]+[名个位人项])")


# a committee (of the school, or whatever its name) that the unit after it is one of: "某中学党委", "学校党总支"
# (or the school itself, before a branch of the retired or of students, one of its branches: "某中学离退休党支部")
_A_COMMITTEE_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,20}?(?:(?:党委|党总支)(?=第|[\u4e00-\u9fff]{1,6}?(?:党支部|支部))|"
                                 r"(?:学校|中学|小学|[中小校])(?=(?:离退休|退休|学生)(?:党支部|支部)))")


def _one_branch_is_subject(low: str, seg: Segmenter, sentence_start: int, pos: int) -> bool:
    """Whether one of the school's branches or party groups (periods.ONE_UNIT: "第一党支部", "初中部党支部", "退休党支部")
    opens the clause of `pos`, or a clause before it in the sentence with no subject of the school's between
    ("第一党支部开展主题党日活动12次、专题党课4次，组织志愿服务3次"): its count is a part of the school's."""
    clause = max(seg.clause_start(pos), sentence_start)
    while True:
        lead = _LEAD_ONLY.match(low, clause, pos).end()
        # (the teachers' branch, 教工党支部, may be the school's only one; and each of them, "每个年级支部", is every one)
        # (the school's committee may be named before it: "某中学党委第二党支部召开党员大会")
        under = _A_COMMITTEE_BEFORE.match(low, lead)
        if (one := ONE_UNIT.match(low, under.end() if under else lead)) and not one.group(0).startswith(("教工", "每")):
            return True
        # (a clause with a subject of its own, the school's or the people it counts, is no longer the branch's:
        # "第一党支部被评为…，3名党员被评为…")
        if _OWN_SUBJECT.match(low, lead) or _COUNT_OPENS.match(low, lead) or clause <= sentence_start:
            return False
        clause = max(seg.clause_start(clause - 1), sentence_start)


class Others:
    """What else than the report's school a figure may belong to: another school whose party
    organization is the subject of the figure's clause, or a wider area (全区教育系统) that is the
    subject of its sentence (in English reports: another school named as the subject of what it has)."""

    def __init__(self, mentions: list[tuple[int, str, bool]], lang: str, *, group: bool = False):
        self.lang = lang
        self.mentions = mentions  # (position, name, whether it is another school than the report's)
        self.positions = [pos for pos, _, _ in mentions]
        # a report about a group of schools ("新城教育集团", or a school named a group: "某某中学（集团）") calls its own party
        # committee 集团党委
        self.group = group or any(name.endswith("集团") for _, name, other in mentions if not other)
        # the report's school's own names: a school named by a generic name alone ("实验中学党委"), which is
        # not one of them, is another school
        self.own_names = {name for _, name, other in mentions if not other}

    def owner(self, low: str, seg: Segmenter, pos: int, sentence_start: int | None = None, *,
              areas: bool = True, parts: bool = False) -> str | None:
        """Whose the figure at `pos` is, if not the school's (one of REASONS); with `parts`, one of the school's
        branches is another owner too (its count is a part of the school's, not the school's)."""
        if self.lang != "zh":
            if parts and _EN_ONE_BRANCH_LABEL.match(low, low.rfind("\n", 0, pos) + 1, pos):
                return ONE_BRANCH  # "Teachers' First Branch: took lessons to a village school twice …"
            return self._owner_en(low, seg, pos, sentence_start)
        if sentence_start is None:
            sentence_start = seg.sentence_span(pos)[0]
        i = bisect.bisect_left(self.positions, pos)
        maybe_area = areas and (low.find("全", sentence_start, pos) >= 0 or low.find("教", sentence_start, pos) >= 0 or
                                _REFERS_BACK.match(low, sentence_start) is not None or
                                _THE_MEETING_COMMENDS.match(low, sentence_start, pos) is not None)
        maybe_body = low.find("党", sentence_start, pos) >= 0
        maybe_branch = parts and (maybe_body or low.find("支部", sentence_start, pos) >= 0)  # ("退休支部")
        maybe_community = _COMMUNITY_SUBJECT.search(low, sentence_start, pos) is not None
        if not maybe_area and not maybe_branch and not maybe_body and not maybe_community and \
                not (i and self.mentions[i - 1][2] and self.positions[i - 1] >= sentence_start):
            return None  # (most figures: neither an area nor another body in their sentence)
        clause_start = max(seg.clause_start(pos), sentence_start)
        if maybe_branch and _one_branch_is_subject(low, seg, sentence_start, pos):
            return ONE_BRANCH
        if maybe_area and (self._area_is_subject(low, seg, sentence_start, pos) or
                           _area_commended(low, sentence_start, pos) or
                           _areas_meeting_commends(low, seg, sentence_start, pos)):
            return WIDER_AREA
        if areas and self._area_goes_on(low, seg, sentence_start, pos):
            return WIDER_AREA
        if areas and self._bureaus_many(low, seg, sentence_start, pos):
            return WIDER_AREA
        for body in _OTHER_BODY.finditer(low, sentence_start, pos) if maybe_body else ():
            # the same: a community's or a company's party body opening a clause (its name, after a lead
            # such as a year), and the clauses after it
            if self.group and body.group(0).startswith("集团"):
                continue
            lead = _LEAD_ONLY.match(low, max(seg.clause_start(body.start()), sentence_start), body.start()).end()
            if _OWN_SUBJECT.match(low, lead) or _JOINED_BY_A_SCHOOL.search(low, lead, body.start()):
                # "我校党支部与帮扶村党支部联合开展…", "白鹭小学党支部联合街道党工委，为…": the school's, done with another
                # organization
                continue
            if _BODY_NAME.fullmatch(low, lead, body.start()) and not _subject_of_its_own(low, body.end(), pos):
                return ANOTHER_ORGANIZATION
        if maybe_community and _COMMUNITY_SUBJECT.match(low, _LEAD_ONLY.match(low, clause_start, pos).end(), pos):
            return ANOTHER_ORGANIZATION  # "社区党委书记表示，社区现有党员286名"
        if maybe_community and _SUBJECTLESS.match(low, clause_start, pos) and \
                _COMMUNITY_SUBJECT.match(low, seg.clause_start(clause_start - 1), clause_start):
            return ANOTHER_ORGANIZATION  # (and in the clause right after, with no subject of its own: "…，下设6个党支部")
        # (a school named by a generic name alone is another school where the report names its own, or where it
        # names none but other schools: a bulletin of several)
        if maybe_body and (self.own_names or self.mentions):
            for generic in _GENERIC_SCHOOL_BODY.finditer(low, clause_start, pos):
                opens = _LEAD_ONLY.fullmatch(low, clause_start, generic.start())
                if opens and not self._own_generic_name(generic.group(1)):
                    return ANOTHER_SCHOOL  # "…；实验中学党委开展主题党日活动48次" in a report on 西湖幼儿园
        if maybe_body and (self._speaker_of_another_school(low, sentence_start, pos) or
                           self._labelled_by_another_school(low, sentence_start, pos)):
            return ANOTHER_SCHOOL
        if i:
            at, name, other = self.mentions[i - 1]
            # (another school's party body opening the clause, or the school as what has the things counted: "青石镇小学
            # 现有学生186人")
            if other and at >= clause_start and (_ITS_PARTY.match(low, at + len(name)) or (
                    _HAS.match(low, at + len(name)) and _LEAD_ONLY.match(low, clause_start, at).end() == at)):
                return ANOTHER_SCHOOL
        if clause_start > sentence_start and (_SUBJECTLESS.match(low, clause_start, pos) or
                                              _NOUN_AND_COUNT.fullmatch(low, clause_start, pos)):
            # a clause with no subject of its own goes on with the clause before: its figure is that one's owner's
            # ("龙泉社区党委现有党员186名，下设5个党支部", "青石镇小学现有学生186人，党员教师5名")
            return self.owner(low, seg, clause_start - 1, sentence_start, areas=areas, parts=parts)
        return None

    def _owner_en(self, low: str, seg: Segmenter, pos: int, sentence_start: int | None) -> str | None:
        """Whose an English figure is: another school's, named as the subject of what it has right before the figure
        ("Hongqi Village Primary School has only 4 party members"), or a wider area's, said after the organizations or
        people counted ("36 branches in the county were rated …") or as what has them ("The district has 2,460 party
        members")."""
        if sentence_start is None:
            sentence_start = seg.sentence_span(pos)[0]
        if EN_AREAS_OWN.match(low, pos) or _EN_IN_AREAS_SCHOOLS.match(low, pos) or _EN_CHOSEN_FROM_THE_AREAS.match(low, pos) or \
                _in_an_areas_list(low, sentence_start, pos) or _EN_AREA_HAS.search(low, sentence_start, pos) or \
                _EN_AREA_OPENS.match(low, sentence_start) or _EN_AREAS_WORK.search(low, sentence_start, pos) or \
                _EN_AREAS_SCHOOLS.search(low, sentence_start, pos):
            return WIDER_AREA
        if self._labelled_en(low, pos) or _EN_OTHER_SCHOOL_SUBJECT.match(low, sentence_start, pos):
            return ANOTHER_SCHOOL
        if any(other and sentence_start <= at < pos and en_school_opens_sentence(low, seg, at, name)
               for at, name, other in self.mentions):
            return ANOTHER_SCHOOL  # (a round-up's sentence whose subject is another school's: "X School's branch gave …")
        i = bisect.bisect_left(self.positions, pos)
        if not i:
            return None
        at, name, other = self.mentions[i - 1]
        # (its clause may follow another's after a semicolon: "X's committee has 231 members; Y's has 67 in 4 branches")
        clause_start = max(sentence_start, low.rfind(";", sentence_start, at) + 1)
        if other and at >= sentence_start and (_EN_HAS.fullmatch(low, at + len(name), pos) or (
                _EN_HAS.match(low, at + len(name)) and low[clause_start: at].strip() in ("", "the")) or
                _EN_WHICH_HAS.fullmatch(low, at + len(name), pos)):
            # (or anything the sentence goes on to count, where the other school opens it with what it has: "Shimen
            # Primary School has 180 pupils and 16 teachers, 5 of them Party members"; or in a clause on it, after it:
            # "… with Pine Village School, which has 5 teachers and 2 members")
            return ANOTHER_SCHOOL
        return None

    def _labelled_en(self, low: str, pos: int) -> bool:
        """Whether the figure's line is an item opened by another school's name and a colon ("- Qiushi Middle School:
        The party committee admitted 3 new members"), as a bulletin of several schools has."""
        line_start = low.rfind("\n", 0, pos) + 1
        i = bisect.bisect_left(self.positions, line_start)
        if i >= len(self.mentions) or self.positions[i] >= pos:
            return False
        at, name, other = self.mentions[i]
        return other and en_school_label(low, at, name)

    def _labelled_by_another_school(self, low: str, sentence_start: int, pos: int) -> bool:
        """Whether the sentence is an item labelled with another school's party body ("◆实验一小党支部：组织党员教师
        …送去示范课6节", in a bulletin of several schools): its figures are that school's."""
        label = _SCHOOL_LABEL.match(low, sentence_start, pos)
        if not label:
            return False
        who = "who" if label.group("who") else "bracketed"
        return any(other for at, _, other in self.mentions if label.start(who) <= at < label.end(who))

    def _speaker_of_another_school(self, low: str, sentence_start: int, pos: int) -> bool:
        """Whether the sentence reports what the head of another school said ("实验中学党委书记介绍，2023年学校党委
        共发展党员5名"): its "学校" is the speaker's school."""
        said = _REPORTED_SPEECH.match(low, sentence_start, pos)
        if not said:
            return False
        speaker_end = sentence_start + len(said.group("who"))
        named = [other for at, _, other in self.mentions if sentence_start <= at < speaker_end]
        if named:
            return all(named)
        generic = _GENERIC_SCHOOL.search(said.group("who"))
        return bool(generic) and not self._own_generic_name(generic.group(0))

    def _bureaus_many(self, low: str, seg: Segmenter, sentence_start: int, pos: int) -> bool:
        """Whether the count at `pos` (or the honour after it) is of the many a bureau's decision commends, named by the
        first of them ("局党委决定，…授予王芳等30名同志…"): the area's, unless the first named is the report's school
        ("授予临平第一小学党支部等8个党组织…": its honour is the school's)."""
        if BUREAU_DECIDED.search(low, sentence_start, pos) is None:
            return False
        clause_start = max(seg.clause_start(pos), sentence_start)
        many = _AND_OTHERS_COUNTED.search(low, clause_start, pos + 8)
        if many is None or many.start() > pos:
            return False
        first = bisect.bisect_left(self.positions, clause_start)
        return not any(not other for at, _, other in self.mentions[first:] if at < many.start())

    def _own_generic_name(self, generic: str) -> bool:
        """Whether a generic school name ("实验中学") is how the report names its own school (东湖区实验中学)."""
        return any(own.endswith(generic) for own in self.own_names)

    @staticmethod
    def _area_is_subject(low: str, seg: Segmenter, start: int, pos: int) -> bool:
        """Whether a wider area opens a clause between `start` (a sentence's start) and `pos` and is the
        subject ("在全区教育系统党建工作会上" is not) of that clause or of the ones after it that name none
        of their own ("全区共发展党员45名，表彰…50名")."""
        return any(_LEAD_ONLY.fullmatch(low, max(seg.clause_start(area.start()), start), area.start()) and
                   not _subject_of_its_own(low, area.end(), pos)
                   for area in _WIDE_AREA.finditer(low, start, pos))

    def _area_goes_on(self, low: str, seg: Segmenter, sentence_start: int, pos: int) -> bool:
        """Whether a sentence that names no subject before `pos` goes on about the wider area the sentence
        before it, in its paragraph, was about ("全区教育系统共有党员2360名。全年共发展党员45名。")."""
        j = bisect.bisect_left(self.positions, sentence_start)
        names_a_school = j < len(self.positions) and self.positions[j] < pos
        if sentence_start == 0 or low[sentence_start - 1] == "\n" or names_a_school or \
                _NAMES_A_SUBJECT.search(low, sentence_start, pos):
            return False
        before_start, before_end = seg.sentence_span(sentence_start - 1)
        if "\n" in low[before_end: sentence_start]:
            return False
        # (or the area whose people the sentence before commends: "对全区教育系统先进基层党组织…进行表彰。本次共表彰…")
        return self._area_is_subject(low, seg, before_start, before_end) or \
            _AREA_OBJECT_COMMENDED.search(low, before_start, before_end) is not None


# an area's organizations or people commended, and the list of them up to a count: "大会表彰了全区教育系统10个先进
# 基层党组织、50名优秀共产党员和15名优秀党务工作者"
_AREA_COMMENDED = re.compile(rf"(?:表彰|表扬|命名|授予)了?(?:{_WIDE_AREA.pattern})[^，,。；;]*$")


# a meeting, opening its sentence, that commends the people counted ("大会表彰了30名优秀共产党员…"), and the area's body
# that convened it in the sentence before, by its name ("6月29日，河西区召开教育系统…表彰大会。"; not the school's, "学校召开…")
_THE_MEETING_COMMENDS = re.compile(r"\s*(?:本次|此次|这次)?(?:大会|会议|会上)[，,]?[^。；;]{0,6}?(?:表彰|授予|命名)了?[^。；;]*$")
_AREA_CONVENED = re.compile(r"(?:^|[，,])\s*([^，,。；;]{1,16}?)(?:隆重)?(?:召开|举行|举办)了?[^。；;]{0,40}?(?:大会|会议)[^。；;]{0,10}[。；;]?\s*$")
_AN_AREAS_BODY = re.compile(r"(?:省|市|区|县|旗)(?:委|政府|教育局|教委|教育工委|委教育工委|教育系统|教体局)?$")
_A_SCHOOLS_NAME = re.compile(r"学校|我校|本校|小学|中学|幼儿园|学院|支部|党总支|党委$")


def _areas_meeting_commends(low: str, seg: Segmenter, sentence_start: int, pos: int) -> bool:
    """Whether the count at `pos` is one of those a meeting commends, which the sentence before says an area's body
    convened."""
    if not sentence_start or _THE_MEETING_COMMENDS.match(low, sentence_start, pos) is None:
        return False
    before_start, before_end = seg.sentence_span(sentence_start - 1)
    convened = _AREA_CONVENED.search(low, before_start, sentence_start)
    if convened is None:
        return False
    convener = convened.group(1).strip()
    return bool(_AN_AREAS_BODY.search(convener)) and not _A_SCHOOLS_NAME.search(convener)


# a sentence that opens by referring to the event of the one before: "本次共表彰…"
_REFERS_BACK = re.compile(r"\s*(?:本次|此次|这次)")
_AREA_OBJECT_COMMENDED = re.compile(rf"对(?:{_WIDE_AREA.pattern})[^。；;]*?(?:进行|予以|给予)了?(?:通报)?(?:表彰|表扬|嘉奖)")


def _area_commended(low: str, sentence_start: int, pos: int) -> bool:
    """Whether the count at `pos` is one of a wider area's people or organizations a sentence commends (a few
    dozen characters are looked at)."""
    return _AREA_COMMENDED.search(low, max(sentence_start, pos - 60), pos) is not None


# words that name a figure's subject in a sentence: the school, a party body, an area, a person
_NAMES_A_SUBJECT = re.compile(rf"{_OWN_SUBJECT.pattern}|{_WIDE_AREA.pattern}|党小组|教师|老师|同志")
