"""Counts of people (and of households): what is counted, and the frame the count stands in.

A count of people is read in two steps:
1. *What it counts*: the noun phrase right after the measure word ("23名**优秀党员**"), or, when
   none follows, the one right before the number ("**党员教师**31人"). A phrase may chain nouns
   ("学生入党积极分子", "党员教师志愿者"); every noun in it is kept, the last is its head. A noun at
   the end of a list ("党员、预备党员、积极分子8人") does not count alone: the number is the list's total.
2. *The frame*: the lexicon's frame words in the clause before the phrase (有/现有 have it, 表彰/推荐
   honour it, 慰问/帮扶 help it, 发展 admits it) and in the rest of the sentence after it (参加,
   走进…家, 被评为, 成为…党员, 递交…入党申请书, 志愿服务 …).

`FRAMES` decides, in order, which indicator a (nouns, frame) pair gives; its first match wins.
When nothing matches, the count is unsure: it becomes a review candidate, never a figure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from etl.extract.lexicon import Lexicon, Noun, lexicon
from etl.extract.quantities import COUNT_END, ZH_QUANTITY
from etl.extract.text import CLASS_OR_YEAR_ZH, LIST_MARKS
from etl.numbers import parse_number

PEOPLE_UNITS_ZH = frozenset({"人", "名", "位", "个人", "人次"})
HOUSEHOLD_UNITS_ZH = frozenset({"个", "户"})
_ZH_CLAUSE_END = re.compile(r"[，,。；;！？!?\n：:]")
# the words that join counted people to the next ones listed: "15名党员、3名入党积极分子", "15名党员和30余名少先队员"
_LIST_JOINS = ("、", "和", "及", "以及", "与")
# a body other than the school, whose people may be counted beside its own: "社区", "共建单位", "村党支部"
_ANOTHER_BODY = r"[\u4e00-\u9fff]{0,6}?(?:社区|村|企业|单位|街道|公司|医院|派出所)(?:党委|党总支|党支部|党组织)?的?"
# people counted as another body's, joined to the school's own: "…与社区20名党员…"
_ANOTHER_BODYS_PEOPLE = re.compile(rf"(?:与|和|同|及|联合){_ANOTHER_BODY}$")
# (its people named by their kind: "社区党员", "社区志愿者")
_ANOTHER_BODYS_KIND = r"(?:党员|志愿者|干部|群众|居民)"
_ANOTHER_BODYS_PEOPLE_NEXT = re.compile(rf"[^、，,。；;]{{0,8}}?\d+\s*[名人][、和与及]{_ANOTHER_BODY}{_ANOTHER_BODYS_KIND}\s*\d+\s*[名人]"
                                        r"(?:参加|参与)")
_ANOTHER_BODYS_PEOPLE_LISTED = re.compile(rf"[、和与及]{_ANOTHER_BODY}{_ANOTHER_BODYS_KIND}?$")
# (or said as theirs in their noun, after the count, listed after the school's own: "6名党员教师和10名社区志愿者")
_ANOTHER_BODYS_IN_THEIR_NOUN = re.compile(rf"[、和与及]\s*\d+\s*[余多]?\s*[名人位]{_ANOTHER_BODY}{_ANOTHER_BODYS_KIND}$")
# a school, by the word that ends its name or says what it is: "学校", "村小", "该园"
_SCHOOL_WORD = r"(?:学校|小学|中学|幼儿园|村小|园|校)"
# a rural or paired school the school takes teaching to, whose people are counted next: "乡镇幼儿园40余名教师…"
_A_SCHOOL_TAUGHT_AT = re.compile(rf"(?:乡镇|农村|乡村|村|结对|帮扶|受援|薄弱)[^，,。；;\d]{{0,8}}?{_SCHOOL_WORD}"
                                 r"(?:的)?(?:全体)?$|村小(?:的)?$")
# (not the 及 of a verb: "惠及家庭200户", "涉及学生30名")
_ZH_LIST_MARK = re.compile(r"(?:[、和与]|(?<![惠涉普遍波顾触论提危])及)$")
# a phrase may start after a few modifier characters ("十五位老教师", "三名残障儿童"), never across a
# verb or preposition (nor an honour's: "3人获评优秀教师" counts people, not teachers)
_ZH_MODIFIER = re.compile(r"[^，,。；;！？!?\n、的在到向为对与被将把从于和及并()（）获评]{0,6}")
# "她是我校一名党员教师", "作为一名党员": one person is described, and no one is counted
_ZH_ONE = re.compile(r"[一1](?:名|位|个)")
# (whatever the person belongs to, before 的: "是学校党支部的一名普通党员")
_ZH_DESCRIBED = re.compile(r"(?:是|作为|身为)(?:我校|本校|该校|学校|我园|全校|支部|党支部)?(?:[^，,。；;]{0,12}的)?$")
# (or as many as each led or took on: "8名党员各带领2名少先队员")
_ZH_EVERY = re.compile(r"每(?:一|1)?(?:位|名|个人|人)|人均|每(?:一|1)?个(?:党员|教师|老师|学生|同志|人)|"
                       r"各(?:带领|率领|带着|联系|结对)")


@dataclass
class Reading:
    """What a count of people was read as: an indicator, or nothing (with why, for review)."""

    indicator: str | None
    nouns: list[Noun] = field(default_factory=list)
    frame: str = ""
    np_start: int = 0  # the counted phrase, for the evidence span
    np_end: int = 0


@dataclass
class Context:
    nouns: list[Noun]  # the counted phrase, head last
    roles: set[str]
    head: str  # the head noun's role, or "" when no noun is named
    before: str  # the clause before the phrase
    sentence_before: str  # the sentence before the phrase (for a clause with no verb of its own)
    around: str  # the clause up to the end of the phrase ("深入150余个学生家庭开展家访")
    relative: str  # a clause describing the counted people before them ("参与志愿服务的党员35人")
    after: str  # the rest of the sentence after the phrase, up to the next count
    after_clause: str  # the rest of its clause
    sentence: str
    previous: str  # the text just before the sentence (its event, its topic: "此次活动" refers back to it)
    listed: bool  # the phrase ends a list: the number counts the whole list
    prenominal: bool  # the noun follows the number ("23名优秀党员")
    object_counted: bool  # another count follows in the clause: what they did is counted ("家访学生218户")
    person_times: bool  # counted in 人次: times people took part, never a head count
    lex: Lexicon
    named_total: bool = False  # the count is said to be their number ("党员人数为41名"): a clause of its own
    kinds: frozenset[str] = frozenset()  # the roles of every noun of a list the count ends ("困难党员和教职工11人次")
    following: str = ""  # the sentence after ("会上开展民主评议党员": what the meeting they came to then did)
    _seen: dict = field(default_factory=dict)  # the frames' questions, each answered once

    def has(self, role: str, where: str) -> bool:
        key = (role, where)
        if key not in self._seen:
            self._seen[key] = self.lex.frame(role, getattr(self, where)) is not None
        return self._seen[key]

    def does(self, role: str) -> bool:
        """The counted people do it: said after them in their clause, or in a clause describing them."""
        return self.has(role, "after_clause") or self.has(role, "relative")

    def nearest_before(self, *roles: str) -> str | None:
        """Which of `roles` has the frame word closest before the phrase: in its clause, or, when the
        clause has none ("…共走访困难职工3人，留守儿童10名"), in its sentence."""
        if roles not in self._seen:
            self._seen[roles] = self._nearest_before(roles)
        return self._seen[roles]

    @functools.cached_property
    def bare(self) -> bool:
        """A bare "noun N人" clause, with no verb of its own ("参加党员230人次" has one: 参加)."""
        return (not self.after_clause.strip(" \u3000") or self.after_clause.startswith("、")) and \
            not self.named_total and not any(self.has(role, "before") for role in _OWN_VERBS)

    def _nearest_before(self, roles: tuple[str, ...]) -> str | None:
        # a bare clause takes the verb of the sentence (from its last semicolon: what a clause after one counts is not what
        # the verb before it did, "…发展党员2名；党员教师中新增…骨干教师2名、区级骨干教师5名")
        for text in (self.before, _after_last_semicolon(self.sentence_before)) if self.bare else (self.before,):
            text = _NOT_A_VERB.sub(lambda m: " " * len(m.group(0)), text)
            best, best_end = None, -1
            for role in roles:
                m = self.lex.last_frame(role, text)
                if m and m.end() > best_end:
                    best, best_end = role, m.end()
            if best:
                return best
        return None


# nouns that hold a frame word but are no frame ("发展对象", the candidates for admission, develop no one), where
# they are not the noun counted ("发展对象2人、预备党员3人": 预备党员 are no members just admitted)
_NOT_A_VERB = re.compile(r"发展对象(?!\s*$)")
# (or a meeting is to discuss it: "拟于近期召开党员大会，讨论接收赵某等3名同志为预备党员"; or a notice sets its day:
# "定于6月28日下午在会议室召开党员大会，讨论接收…")
_PROPOSED_VERB = r"(?:授予|表彰|推荐|推选|评为|评选|命名|确定|接收|吸收|发展|列为)"
_PROPOSED = re.compile(rf"拟(?:[^。；;]{{0,24}}?讨论)?{_PROPOSED_VERB}|(?:定于|将于)[^。；;]{{0,48}}?讨论{_PROPOSED_VERB}")
# (or the people named first, the verb after them: "拟将周某、吴某2名同志接收为预备党员")
_PROPOSED_FIRST = re.compile(r"拟(?:将|把)[^，,。；;]{0,16}$")
_PROPOSED_AFTER = re.compile(rf"[^，,。；;]{{0,8}}?{_PROPOSED_VERB}")
# people recommended or nominated to be what an honour names, the verb in the count's clause ("关于推荐张华等3名
# 同志为优秀共产党员的公示"); not those a branch chose ("各支部共推荐23名优秀党员")
_RECOMMENDED = re.compile(r"(?:推荐|提名|申报)[^，,。；;、]{0,12}$")
_TO_BE = re.compile(r"[^，,。；;]{0,6}?(?<![作成认])为")
_FOR_ADMISSION = re.compile(r"推荐[^，,。]{0,12}入党(?!积极分子|申请)|推优入党")
# verbs that make a clause a clause of its own, whose counted people take no verb from the clauses before
_OWN_VERBS = ("attend", "serve", "join", "apply", "mentor")


@dataclass(frozen=True)
class Frame:
    indicator: str | None
    test: Callable[[Context], bool]
    examples: tuple[str, ...]
    name: str


# how many have, by now, done what the clause goes on to say: "已有56名在职党员到社区报到", "先后有12名教师递交了申请"
# (or, more of them, have done it too: "今年又有12名党员与困难学生结成对子"; or still do: "仍有3名党员积分偏低")
_BY_NOW_HAD = re.compile(r"(?:已|已经|先后|陆续|又|还|另|仍|仍然|尚)有$")
# the members a review is held on, named after 对: "对13名党员进行了民主评议", "对全体36名党员…"
_REVIEWED_ALL = re.compile(r"对(?:支部|全支部|全校|全园|学校|本校|我校)?(?:全体|所有)?$")


def _counted_next_in_person_times(ctx: Context) -> bool:
    """What the people counted did is counted next in person-times: in their clause ("支部27名党员共参加志愿服务54人次"),
    or in the clause after it, which has no subject of its own ("支部19名党员全部下沉社区，累计参与志愿服务62人次")."""
    if ctx.person_times:
        return False
    at = ctx.sentence.find(ctx.after_clause, len(ctx.sentence_before)) if ctx.after_clause else -1
    if at < 0:
        return False
    if ctx.object_counted:
        return len(ctx.after_clause) <= 16 and _PERSON_TIMES_COUNT.match(ctx.sentence, at + len(ctx.after_clause)) is not None
    return _TAKING_PART_COUNTED.match(ctx.sentence, at + len(ctx.after_clause)) is not None


_PERSON_TIMES_COUNT = re.compile(r"\d+\s*[余多]?\s*人次")
_TAKING_PART_COUNTED = re.compile(r"[，,]\s*(?:累计|共计|共|先后)?(?:参与|参加)[^，,。；;\d]{0,16}?\d+\s*[余多]?\s*人次")
# members leading the people counted right after: "12名党员带领60名学生"
_LED_BY = re.compile(r"(?:带领|率领|带着|组织带领)$")
# (or before the words for the grade they are of: "带领四年级")
_LED_OUT_BEFORE = re.compile(r"(?:带领|率领|带着)[^，,。；;\d]{0,6}$")
# the words that point back to people told of before: "这5名", "上述3名"
# (not 以上, which is more often "and above": "中层以上干部")
_POINTED_BACK = re.compile(r"(?:这|这些|上述|前述)$")
# the homes of the people counted, right after them, and the visit before them: "走访了26名学生的家庭"
_THEIR_HOMES = re.compile(r"的?(?:家庭|家中|家里|家)(?![长务访])")
# (a visit, not a teacher going into a home to teach there, 送教, whose pupils are helped: "走进3名残疾儿童家中送教")
_VISITED_BEFORE = re.compile(r"(?:走访|家访|拜访|探访)了?[^，,。；;\d]{0,6}$")
# (or the pupils visited, the verb alone before them, maybe with whose they are: "走访了本校", "走访了结对帮扶的")
_PUPILS_VISITED_BEFORE = re.compile(r"(?:走访|探访)了?(?:本校|全校|学校|园内|全园|班上|班里|本班|结对帮扶的|结对的|所帮扶的)?$")
# (or the visits made to them, said after them: "对…90名幼儿进行了家访")
_TO_WHOM = re.compile(r"对[^，,。；;\d]{0,10}$")
# (or covered all of them: "对全班45名孩子实现了入户家访全覆盖")
_HOME_VISITS_DONE_TO_THEM = re.compile(r"[^，,。；;\d]{0,4}?(?:(?:进行|开展)了?(?:全覆盖|全员|一次|逐一)?(?:的)?(?:入户|上门)?(?:家访|走访)|"
                                       r"实现了?(?:入户)?家访(?:全覆盖|全员覆盖))")
# going out to a place, right after the people: "走进社区图书室", "来到敬老院"
# (or leading others there: "带着少先队员来到敬老院")
# (or 到 alone, to a village's school to teach there, or to a village to help: "3名党员教师到东坡村小学送教", "到李村帮助")
# (others may go with them, not counted: "4名党员和民警一起走进小区")
# (leading others, counted maybe: "带着中班孩子20名来到")
_WENT_TO = re.compile(r"(?:党员|教师|老师|同志)*(?:(?:带领|带着|率领)[^，,。；;\d]{1,12}?(?:\d+\s*[余多]?\s*[名位人][^，,。；;\d]{0,6}?)?|"
                      r"(?:和|与|同)[^，,。；;\d]{1,8}?一起)?"
                      r"(?:走进|走入|来到|深入|前往|奔赴|走上街头|"
                      r"走上街道|到(?=[^，,。；;\d]{0,8}?(?:村|乡)[^，,。；;\d]{0,8}?(?:送教|支教|帮助)))")
# (the members' count followed by others of the school counted with them, who went out: "…党员教师和30名少先队员走进社区")
_AND_OTHERS_WENT_TO = re.compile(r"(?:党员|教师|老师|同志)*[和及与、]\s*\d+\s*[余多]?\s*名[^，,。；;\d]{1,8}?"
                                 r"(?:走进|走入|来到|深入|前往)")
# (and those others, counted after the members: "7名党员教师和24名少先队员")
_LISTED_AFTER_MEMBERS = re.compile(r"\d+\s*[余多]?\s*名(?:党员|党员教师|党员老师)[和及与、]$")
# a meeting held to review the members
_REVIEW_MEETING = re.compile(r"民主评议(?:党员)?(?:大会|会议|会)")
# a meeting of the branch's life, where its members are reviewed, and the review said done at it in the sentence after
_MEETING_OF_ITS_LIFE = re.compile(r"组织生活会|党员大会")
_REVIEWED_AT_IT_AFTER = re.compile(r"\s*(?:会上|会议上|会议期间|大会上)[，,]?[^。！？!?]{0,24}?民主评议")
# the organization or school whose own people are counted right after: "全校38名党员", "学校党支部将11名党员分成三组"
# (or the speaker's, in a speech to them: "我们的24名党员中")
_ITS_OWN = re.compile(r"(?:党支部|党总支|党委|支部|学校|全校|我校|本校|该校|全园|我园|我们)(?:共|现|的)?(?:将|把)?$")


# mentors counted, then the teachers they are paired with: "6名党员骨干教师与6名新入职教师结成师徒对子" (the pairing is
# the evidence of the pairs, see etl.extract._people_span)
_NUMBER = r"(\d+|[一二两三四五六七八九十]+)"
# (or teachers paired, 结对, with no word for the pair: "8名党员骨干与8名青年教师结对")
# the members among the people just counted, counted next: "，其中党员教师3名" (as the first count sees it, and as the
# second does; in brackets too: "评选“最美教师”10名（其中党员6名）")
# (or each of the kinds listed: "…，其中党员教师分别为9名、5名")
# (said to be all of them maybe: "其中党员教师共14名")
# (or each said to be a share of its kind: "其中党员教师分别占9名、5名")
# (or among those who won, said so: "获奖教师中党员教师4名")
_MEMBERS_AMONG = (r"(?:其中|(?:获奖|受表彰|获表彰)(?:的)?(?:教师|老师|者|人员)?中(?:有)?)(?:共产)?党员(?:教师|老师|班主任)?"
                  r"(?:分别(?:为|有|是|占)?|共有?|共计|占)?")
_MEMBERS_AMONG_THEM_NEXT = re.compile(rf"[，,（(]\s*{_MEMBERS_AMONG}$")
_AMONG_THEM_BEFORE = re.compile(r"[，,（(]\s*其中$")
# (or after a list of counts in the rest of the sentence: "表彰了优秀教师20名、优秀班主任15名，其中党员教师12名")
# (other clauses may come between: "…获奖，其中一等奖2名，获奖教师中党员教师4名")
_MEMBERS_AMONG_THEM_LATER = re.compile(rf"^[^。；;]*?[，,（(]\s*{_MEMBERS_AMONG}\s*(?:\d+|[一二两三四五六七八九十]+)\s*[名人位]")


# an honour proposed, not yet given: "拟评选王某等8名教师为“师德标兵”，其中党员5名"
_PROPOSED_HONOUR = re.compile(r"拟(?:评选|表彰|推荐|授予|评为|命名)")


def _members_among_them_later(c) -> bool:
    """Whether the members among the people counted (and those listed after them) are counted later in the sentence."""
    at = c.sentence.find(c.around)
    return at >= 0 and bool(_MEMBERS_AMONG_THEM_LATER.search(c.sentence[at + len(c.around):]))


# (a bracket may break the mentors down first: "18名骨干教师（其中党员教师14名）与18名新入职教师结成师徒对子")
# the words that make people a pair: "结成师徒对子", "结为“青蓝”对子", "组成师徒"
# (or an agreement signed that makes them a pair: "签订师徒协议")
# (or paired, the verb alone: "26名青年教师分别与26名骨干教师结对")
_MADE_A_PAIR = (r"(?:(?:结成|结为|组成)(?:[^，,。；;]{0,8}?对子|师徒)|签订了?(?:师徒|结对|帮带|青蓝)[^，,。；;]{0,4}?(?:协议|合同|责任书)|"
                r"结对(?=\s*[，,。；;]|\s*$))")
# (the new teachers may be described before their count, after a comma: "遴选12名导师，与今年新入职的12名教师结成对子")
# (or of another school, said as that one: "与该园3名新教师结为师徒")
MENTORS_PAIRED = re.compile(rf"{_NUMBER}\s*[名位][^，,。；;与\d]{{1,10}}?(?:[（(][^（()）]{{1,20}}[）)])?\s*[，,]?\s*与"
                            rf"(?:[^，,。；;\d]{{1,8}}?的|该校|该园|对方学校)?\s*{_NUMBER}\s*[名位]"
                            # (not pupils or families paired with members: "12名党员与12名困难学生结成帮扶对子")
                            r"(?![^，,。；;]{0,8}?(?:学生|学困生|幼儿|儿童|少年|孩子|家庭|老人|群众|居民|贫困户))"
                            r"[^，,。；;]{1,12}?"
                            rf"(?:{_MADE_A_PAIR}|(?<=教师|老师)(?:师徒)?结对(?!帮扶))")
PAIRED_ONE_TO_ONE = "mentors paired one to one"


# the words that say teachers are new or young: "新入职", "青年"
_NEW_OR_YOUNG = r"(?:新入职|新进|新任|新|青年|年轻)"
# (or counted second, after the new teachers they are paired with: "12名新入职教师分别与12名党员骨干教师结成师徒对子")
_MENTEES_BEFORE = re.compile(rf"{_NUMBER}\s*[名位][^，,。；;与\d]{{0,6}}?{_NEW_OR_YOUNG}[^，,。；;与\d]{{0,4}}?"
                             r"(?:教师|老师)[^，,。；;与\d]{0,4}与$")
# (or said new before their count: "新入职的5名教师与5名党员导师签订师徒协议")
_NEW_MENTEES_BEFORE = re.compile(rf"(?:新入职|新进|新任|新来|青年|年轻)的?{_NUMBER}\s*[名位](?:教师|老师)[^，,。；;与\d]{{0,4}}与$")
# (a bracket may break the mentors down: "22名新教师与22名骨干教师（其中党员导师15名）结成师徒对子")
_MENTORS_PAIRED_AFTER = re.compile(rf"{_NUMBER}\s*[名位][^，,。；;与\d（(]{{1,12}}?(?:[（(][^（()）]{{1,20}}[）)])?\s*{_MADE_A_PAIR}")
# (the young teachers counted, then the mentors they were paired with: "18名青年教师分别与18名骨干教师结对")
_PAIRED_WITH_MENTORS_AFTER = re.compile(rf"{_NUMBER}\s*[名位][^，,。；;与\d]{{1,12}}?与\s*{_MENTORS_PAIRED_AFTER.pattern}")


# (or paired one by one with "them", the new teachers counted before in the sentence: "为新来的6名青年教师举行拜师仪式，6名
# 党员导师与她们一一结对")
_PAIRED_WITH_THEM = re.compile(rf"{_NUMBER}\s*[名位][^，,。；;与\d]{{1,12}}?与(?:他们|她们|其)(?:一一|逐一|分别)?"
                               r"(?:结对|结成|结为|签订)")
_NEW_TEACHERS_COUNTED = re.compile(rf"{_NUMBER}\s*[名位][^，,。；;\d]{{0,6}}?{_NEW_OR_YOUNG}[^，,。；;\d]{{0,4}}?"
                                   r"(?:教师|老师)|"
                                   # (or their count after them: "新招聘教师9名")
                                   rf"{_NEW_OR_YOUNG}[^，,。；;\d]{{0,4}}?(?:教师|老师)\s*{_NUMBER}\s*[名位]")
# (or the mentors who guide them one to one, counted after them: "新进教师5名，由5名党员导师一对一指导")
_ONE_TO_ONE = re.compile(rf"{_NUMBER}\s*[名位][^，,。；;与\d]{{1,12}}?一对一地?(?:带教|指导|帮带|结对|传帮带|辅导)")


def _paired_one_to_one(ctx: Context) -> bool:
    """The people counted are paired with as many others, counted after them (or before them, the new teachers)."""
    paired = MENTORS_PAIRED.match(ctx.sentence, len(ctx.sentence_before))
    if paired:
        return parse_number(paired.group(1)) == parse_number(paired.group(2))
    with_them = _PAIRED_WITH_THEM.match(ctx.sentence, len(ctx.sentence_before)) or \
        _ONE_TO_ONE.match(ctx.sentence, len(ctx.sentence_before))
    if with_them:
        counted = [next(n for n in found.groups() if n) for found in _NEW_TEACHERS_COUNTED.finditer(ctx.sentence_before)]
        return bool(counted) and parse_number(counted[-1]) == parse_number(with_them.group(1))
    mentees = _MENTEES_BEFORE.search(ctx.sentence_before) or _NEW_MENTEES_BEFORE.search(ctx.sentence_before)
    mentors = _MENTORS_PAIRED_AFTER.match(ctx.sentence, len(ctx.sentence_before)) if mentees else None
    return bool(mentors) and parse_number(mentees.group(1)) == parse_number(mentors.group(1))


def _described_before_noun(ctx: Context) -> str:
    """The words between a count's measure word and its noun: "4名患病女教师" → "患病女" (or a description with 的
    before the count: "为生活困难的2名教职工" → "生活困难的"; or, the count after its noun, the few words right before the
    noun: "看望了生病女教师3名" → "生病")."""
    if not ctx.nouns:
        return ""
    phrase = "".join(n.word for n in ctx.nouns)
    if not ctx.prenominal:
        at = ctx.around.rfind(phrase)
        m = re.search(r"([^\d\W了的]{1,6})$", ctx.around[:at]) if at > 0 else None
        return m.group(1) if m else ""
    if described := _DESCRIBED_BEFORE_COUNT.search(ctx.before):
        return described.group(1)
    before_noun = ctx.around[: len(ctx.around) - len(phrase)] if ctx.around.endswith(phrase) else ""
    m = re.search(r"[名位个]\s*([^\d，,。；;名位个]{1,6})$", before_noun)
    return m.group(1) if m else ""


# the school's staff at large, and the verbs of calling on people with care (not of helping them at their work)
# the staff who mentor others: "导师", "党员导师"
_MENTORS = ("导师", "师傅")
# to whom, said before the people counted in their sentence, and a visit of care paid to them, said after them
# (the second of two counts joined, each described: "对患病的4名教师和生活困难的2名教师进行了走访慰问")
_TO_WHOM_IN_THE_SENTENCE = re.compile(r"对[^，,。；;]{0,16}(?:\d+\s*(?:名|位)[^，,。；;\d]{1,6}?(?:和|及|、)[^，,。；;\d]{0,10})?$")
_CARE_VISIT_AFTER = re.compile(r"(?:进行|开展)了?(?:走访|看望|登门)?慰问")
# (or the first of them: the second joined to it, then the visit)
_JOINED_THEN_CARE_VISIT = re.compile(r"[^，,。；;\d]{1,6}?(?:和|及|、)[^，,。；;\d]{0,10}?\d+\s*(?:名|位)[^，,。；;\d]{1,6}?"
                                     rf"(?:{_CARE_VISIT_AFTER.pattern})")
_THE_STAFF = frozenset({"教职工", "教职员工", "职工", "教工", "女教职工", "女职工", "女教工"})
# (a call on those whose years of service are said before them: "慰问了在教育一线工作满30年的")
_CALLED_ON_FOR_LONG_SERVICE = re.compile(r"(?:慰问|看望|探望)了?[^，,。；;]{0,12}?(?:教龄|工作|从教|任教|执教)(?:满|超过|达)?\s*"
                                         r"(?:\d+|[二三四五]十)\s*(?:年|周年)(?:以上)?的$")
_CALLED_ON = re.compile(r"(?:慰问|看望|探望)了?$|"
                        # (or a list of them, closed by 等 and what they all are: "慰问了门卫、保洁等一线")
                        r"(?:慰问|看望|探望)了?[^，,。；;\d]{0,24}?等[^，,。；;\d、]{0,6}$")
# (or before a list whose item the count is: "走访慰问了5名生病住院的教职工和3名困难教职工家庭")
_CALLED_ON_BEFORE_A_LIST = re.compile(r"(?:慰问|看望|探望)了?(?:[^，,。；;]{0,24}?[和、及与])?$")
# a description with 的 between the verb of helping and the count: "为生活困难的2名教职工"
_DESCRIBED_BEFORE_COUNT = re.compile(r"(?:为|给|向|对|看望|慰问|走访)([^\d，,。；;为给向对]{1,8}的)$")
# people of another kind joined to the counted ones, with no count of their own: the count is of both
_ANOTHER_KIND_JOINED = re.compile(r"[和及与、]\s*(?:入党积极分子|积极分子|发展对象|群众|教职工|教师|老师|学生|团员|少先队员|家长)")


def _stock(ctx: Context) -> bool:
    """A head count: 有/现有/共有 before it, or a bare "noun N人" naming who the school has."""
    if ctx.prenominal and _BY_NOW_HAD.search(ctx.before) and ctx.after_clause.strip():
        return False  # "已有56名党员到社区报到": how many have done something by now, not how many there are
    if ctx.nearest_before("exist", "develop", "honour", "help", "lead", "review") == "exist":
        return True
    if ctx.prenominal and _IN_ALL_BEFORE.search(ctx.before) and not ctx.after_clause.strip():
        return True  # "我们支部人不多，一共12名党员": the whole, said so, with nothing done after it
    if ctx.prenominal:
        # "学校党支部将11名党员分成三组", "全校38名党员": the organization's own members
        # (or people said to be spread over its parts, which says how many there are: "64名党员分布在5个党小组")
        # (not its members who went somewhere, some of them maybe: "支部18名党员走进敬老院" counts who went)
        return (bool(_ITS_OWN.search(ctx.before)) and not _WENT.match(ctx.after_clause)) or \
            bool(_SPREAD_OVER.match(ctx.after_clause.lstrip()))
    # "党员教师31人", "2003年党员42人", "党员总数达56人": nothing in the clause but a subject
    # (or the school named before its organization: "2023年，某某小学党支部党员人数达到30名")
    # (or a year's end said alone: "年末党员总数达到120名", "截至年底…")
    rest = re.sub(r"(?:\d{4}年(?:底|末|初)?|(?:截至|截止|到)?(?:年底|年末|年初|学期末|学年末)(?:时)?的?|目前|现|全校|学校|我校|本校|"
                  r"该校|全园|[^，,。]{0,12}?(?:党支部|党总支|党委|支部)|"
                  r"[^，,。]{0,16}?(?:小学|中学|学校|幼儿园|学院|附小|附中)$)", "", ctx.before)
    rest = re.sub(r"^[和、及与\s]+$", "", rest)  # "2022年和2023年党员人数分别为40名、43名": only years before
    return not re.sub(f"{LIST_MARKS}+", "", rest)  # (an item of a list: "📌 党员教师36名")


# (the staff count ends its clause: "共有教职工86名参与志愿服务" counts volunteers, not the staff)
# (all the staff: not a kind of teacher, "共有区级以上骨干教师32名，其中党员21名")
_STAFF_TOTAL = re.compile(r"(?:现有|共有|有|全校|学校)[^。]{0,30}?(?<!骨干)(?<!优秀)(?<!青年)(?<!名)(?<!特级)(?<!高级)(?<!党员)(?<!退休)"
                          r"(?<!新)(?<!年轻)(?:教职工|教职员工|在职教师|专任教师|教师)[^，,。]{0,4}"
                          r"(?:\d+|[一二两三四五六七八九十百]+)\s?[余多]?\s?(?:人|名)(?=\s*(?:[，,。；;（(]|$))|"
                          # (or all of them, whatever they did: "全体教职工156人签订了承诺书，其中党员教师48人")
                          r"(?:全体|全校|全园)(?:教职工|教职员工|教师)\s?(?:\d+|[一二两三四五六七八九十百]+)\s?[余多]?\s?(?:人|名)|"
                          # (or counted before their noun: "全园48名教职工参加培训，其中党员12名")
                          r"(?:全体|全校|全园)\s?(?:\d+|[一二两三四五六七八九十百]+)\s?[余多]?\s?(?:名|位)\s?(?:教职工|教职员工|教师)|"
                          # (or counted before their noun: "学校如今有7名教师，其中党员3名")
                          r"(?:现有|共有|有)\s?(?:\d+|[一二两三四五六七八九十百]+)\s?[余多]?\s?(?:名|位)\s?"
                          r"(?:教职工|教职员工|在职教师|专任教师|教师)(?=\s*[，,。；;（(])")
# (a count said to be all of them, opening its clause: "一共15名党员")
_IN_ALL_BEFORE = re.compile(r"(?:^|[，,：:])\s*(?:一共|总共|共计|合计)(?:有)?$")
_SPREAD_OVER = re.compile(r"(?:分布|分散|分属)(?:在|于)")
# (what people who went out held there for the people of the place: "走进社区，为居民开设讲座")
# (or the place's children, counted maybe: "为社区30余名儿童开展亲子阅读活动")
# (or a hand they lent the people there in person: "走进社区，为老人们剪发、量血压")
# (or talks given in the communities they went into, said in the clause after: "来到南苑社区、北苑社区，开展法治宣讲2场")
_TALKS_THERE = re.compile(r"(?:党员|教师|老师|同志)*(?:走进|走入|深入|来到)[^，,。；;]{0,16}?社区[，,]?\s*(?:开展|举办|进行)了?"
                          r"[^，,。；;]{0,20}?(?:宣讲|讲座|宣传)")
# (or safety made known in villages they went to, counted maybe: "深入周边3个村，开展防火安全宣传"; not the Party's history
# told there, which is left out as Party lectures are)
_SAFETY_MADE_KNOWN_IN_VILLAGES = re.compile(r"^[^，,。；;]{0,12}?(?:走进|走入|深入|来到)[^，,。；;]{0,16}?村[，,]?\s*(?:开展|进行)了?"
                                            r"(?:[^，,。；;]{0,10}?安全|防溺水|防诈骗|反诈|禁毒|防火|防灾)[^，,。；;]{0,8}?宣传")
# (or the farming households of the villages they went to: "来到三个村，为农户免费修理水泵")
# (two kinds of them maybe, and a policy explained to them: "为社区居民和家长宣讲政策"; or parents of a year or a class of
# the school members went to: "来到附近小学，为一年级家长开展讲座"; or parents said by their children: "为社区内20名婴幼儿家长
# 开展育儿讲座")
_FOR_THE_PEOPLE_THERE = re.compile(rf"[，,]\s*(?:为|给)(?:(?:社区|小区|村里?|当地)(?:内|里)?的?|{CLASS_OR_YEAR_ZH})?"
                                   r"(?:\d+\s*[余多]?\s*(?:名|位))?"
                                   r"(?:居民|村民|农户|农民|乡亲|群众|老人|孤寡老人|[^，,。；;为给]{0,8}?家长)(?:们)?"
                                   r"(?:(?:和|及|与|、)(?:居民|村民|群众|老人|家长)(?:们)?)?"
                                   # (the help maybe said to be free: "为农户免费修理农机")
                                   r"(?:免费|义务|无偿)?(?:开设|开展|举办|讲授|上|送去|送上|献上|提供|理发|剪发|量血压|测血压|测量血压|打扫|清扫|修理|检修|表演|演出|"
                                   r"宣讲|讲解)|"
                                   # (or its families, described: "为社区新生儿家庭开展育儿指导")
                                   r"[，,]\s*(?:为|给)(?:社区|小区|村|当地)的?[^，,。；;为给]{0,14}?家庭(?:开设|开展|举办|讲授|送去|提供)|"
                                   # (or its children, its pupils too, left behind maybe: "为小区里12名小学生讲授防骗知识", "为村里的
                                   # 20名留守儿童送去文具")
                                   r"[，,]\s*(?:为|给)(?:社区|小区|村里|当地)(?:内|里)?的?(?:\d+\s*[余多]?\s*(?:名|位))?"
                                   r"(?:留守|困难|贫困)?(?:儿童|孩子|青少年|小朋友|小学生|中小学生)(?:们)?"
                                   r"(?:开设|开展|举办|讲授|上|送去|提供)")
# (or what they handed out or explained to the passers-by or residents there: "来到广场，向市民讲解防诈知识")
_TO_THE_PUBLIC_THERE = re.compile(r"[，,]\s*向(?:过往|周边|社区)?(?:群众|市民|居民|村民|行人|路人)(?:们)?(?:发放|宣传|讲解|解答|普及)")
# (or teaching they took to a village's school or kindergarten, as 送教下乡 is: "深入3所村小送教")
_TEACHING_TAKEN_TO_A_VILLAGE = re.compile(r"(?:走进|走入|来到|深入|前往|到)(?:\d+\s*所)?[^，,。；;\d]{0,6}?(?:村|乡)[^，,。；;\d]{0,8}?"
                                          r"(?:送教|支教)")
# (or a place of care they went to, where they kept its old people or children company: "来到镇敬老院，陪老人们下棋")
_KEPT_COMPANY_AT_A_PLACE_OF_CARE = re.compile(r"(?:敬老院|养老院|福利院|照料中心|养老服务中心|光荣院|儿童之家)[^，,。；;]{0,4}?[，,]\s*"
                                              r"(?:陪伴|陪同|陪|看望|慰问|为(?:他们|她们|老人|孩子))")
# the kin of people counted before them: "的母亲和祖辈", "的家长"
_THEIR_KIN = re.compile(r"的(?:母亲|父亲|妈妈|爸爸|祖辈|祖父母|外祖父母|爷爷奶奶|家长|监护人|亲属|家人)")
# people who went somewhere: "走进敬老院", "来到社区", "先后深入村小"
_WENT = re.compile(r"\s*(?:分别|先后|一同|一起|集体|再次|又)?(?:走进|走入|来到|前往|深入|奔赴|赶赴|赴|走上街头|走上街道)")
# all the members and people of another kind, counted together: "组织全体党员和入党积极分子共32人…"
_ALL_MEMBERS_AND_OTHERS = re.compile(r"全体(?:党员|共产党员)(?:教师)?[和及与、](?:全体)?(?:入党积极分子|积极分子|发展对象|预备党员)"
                                     r"[^。；;]{0,4}?(?:共|共计|计)?(?:\d+|[一二两三四五六七八九十百]+)\s?[余多]?\s?(?:人|名)")
# the training new teachers have before they start, which is no mentoring: "为今年新入职的8名教师开展入职培训"
_INDUCTION_AFTER = re.compile(r"[^，,。；;]{0,4}?(?:开展|进行|组织|举办)了?(?:为期[^，,。；;]{1,4})?(?:岗前|入职|新教师|新任教师)培训")
# people parted into groups, counted right after them: "分6组", "分成3个小组"
_INTO_GROUPS = re.compile(r"分成?(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:小)?(?:组|队|批)")


def _into_groups_at(text: str, start: int) -> bool:
    """Whether the count at `start` is of the groups people were parted into ("分6组", "分成3个小组")."""
    return bool(_INTO_GROUPS.match(text, start - (2 if text.endswith("分成", 0, start) else 1)))
# a review of all the members a meeting held, said after those who came: "…，会后对全体党员开展了民主评议"
_ALL_OF_THEM_REVIEWED_LATER = re.compile(r"(?:对|为)(?:全体|与会|参会|到会)党员(?:逐一)?(?:进行|开展)了?民主评议")
# members and activists counted together: "党员和积极分子共18人"
_MEMBERS_WITH_ACTIVISTS_COUNTED = re.compile(r"(?:党员|共产党员)(?:教师)?[和及与、](?:入党)?积极分子[^。；;，,]{0,4}?(?:共|共计|计)?"
                                             r"(?:\d+|[一二两三四五六七八九十百]+)\s?[余多]?\s?(?:人|名)")
# staff who came this year ("学校共接收新教师15名，其中中共党员6名"): their members are not all the school's
_NEW_STAFF = re.compile(r"接收|招聘|招录|引进|调入|新进|新招|新入职|新录用|新教师")
# some of the staff, by when they came, their age or their retirement ("新入职教师", "35岁以下青年教师", "退休教师")
_SOME_STAFF = r"(?:新入职|新进|青年|年轻|退休|离退休|[\d一二三四五六七八九十]+岁以下)"
_STAFF_WORD = r"(?:教师|教职工|员工|老师|人员)"
_AMONG_SOME_STAFF = re.compile(rf"(?:{_SOME_STAFF}|新|骨干|优秀)[^，,。；;]{{0,6}}?{_STAFF_WORD}(?:中|之中|里)[，,]?\s*(?:有|共有)?$|"
                               # (or counted first, the members a part of them: "现有退休教师86名，其中党员37名")
                               rf"{_SOME_STAFF}{_STAFF_WORD}(?:\d+|[一二两三四五六七八九十百]+)(?:名|人|位)[，,]\s*其中(?:有)?$")
# (or the staff of a part of the school, a grade's or a subject's team: "该年级组共有教师14名，其中党员6名")
_A_PART_OF_THE_SCHOOL = re.compile(r"(?:年级组|教研组|备课组|学科组|工作室|处室|科室|部门|团队|班子)[^，,。；;]{0,6}?(?:现有|共有|有)")
# (or the staff sent elsewhere to teach: "学校先后选派援藏、援疆支教教师17名，其中党员12名")
_SENT_STAFF = re.compile(r"选派|派出|派遣|外派|支教|援藏|援疆|挂职|轮岗")
# going to teach in Tibet or Xinjiang, right after the members counted: "前往南疆喀什的一所中学参加支教"
_TO_TEACH_IN_TIBET_OR_XINJIANG = re.compile(r"[^，,。；;]{0,6}?(?:赴|到|前往|奔赴)[^，,。；;]{0,16}?(?:新疆|西藏|南疆|藏区)"
                                            r"[^，,。；;]{0,24}?支教")
# (or the activity its people took part in: "参加活动的党员教师有9名")
_THIS_EVENT = re.compile(r"(?:此次|本次|这次|该)(?:活动|服务)|(?:参加|参与)(?:此次|本次|这次)?活动的")
# (or took part with no object, which is the event just told of: "截至目前，共有35名党员教师参与")
_TOOK_PART_IN_IT = re.compile(r"(?:参与|参加)(?:了|进来|其中)?$")


# where the people counted did something, then what: "共有15名党员在会上作了交流分享"
_SPOKE_AT = re.compile(r"在[^，,。；;]{1,10}?(?:上|中|里|前)(?:作了?|进行了?|发言|分享|交流|演讲|表演|朗诵|领誓|宣誓|讲述)")


def _acting(ctx: Context) -> bool:
    """"共有25名党员参加": the people counted are doing something, so the number counts who took part (and
    so do people counted right before a verb done, "共有12名党员教师承担了课后服务工作", or before what they
    did and its count, "共有14名党员教师执教示范课14节", or where they did it: "共有15名党员在会上作了交流分享")."""
    return any(ctx.does(role) for role in ("attend", "serve", "home_visit", "team", "lead")) or \
        (ctx.prenominal and bool(_DONE.match(ctx.after_clause) or _SPOKE_AT.match(ctx.after_clause))) or \
        (ctx.prenominal and ctx.object_counted and bool(ctx.after_clause.strip()) and
         not _WHERE_THEY_ARE.match(ctx.after_clause.strip()) and not _joined_to_next(ctx)) or \
        _listed_with_those_who_act(ctx)


def _listed_with_those_who_act(ctx: Context) -> bool:
    """People listed with the next ones counted, the verb after those what all of them did: "支部党员教师19人、学生代表200余人
    参加" (or paired with them: "已有16名党员教师与19名青年教师签订师徒协议", the mentors)."""
    rest = _rest_of_clause(ctx) if _joined_to_next(ctx) else ""
    return bool(rest) and any(ctx.lex.frame(role, rest) is not None for role in ("attend", "mentor", "help"))


def _rest_of_clause(ctx: Context) -> str:
    """The clause from the counted phrase on, past the next counts (ctx.after_clause stops at the next count)."""
    clause_end = _ZH_CLAUSE_END.search(ctx.sentence, len(ctx.sentence_before))
    return ctx.sentence[len(ctx.sentence_before): clause_end.start() if clause_end else len(ctx.sentence)]


# a verb with 了 right after the people counted: something they did
_DONE = re.compile(r"[\u4e00-\u9fff]{1,3}了(?!解)")
# (where members are, with its count, is still how many there are: "有20名党员分布在5个党小组")
_WHERE_THEY_ARE = re.compile(r"分布|分属|分别|分在|分为|分成|编为|编入|编成|隶属|在|[（(]")


# the members of the branches a body is made of, counted just before them, are all its members: "党总支下属3个支部的86名党员",
# "下属4个支部共102名党员"
_OF_ITS_BRANCHES = re.compile(r"(?:下属|所属|下设|下辖)的?[^，,。；;]{1,4}个(?:党)?支部(?:的|共计|共有|共)$")

# some of them, whose count is the next quantity: "支部23名党员教师中有19人…"
_SOME_OF_THEM_NEXT = re.compile(r"(?:中|当中|之中)(?:有|共有)?\s*$")


def _in_turns(ctx: Context) -> bool:
    """An organization's own people, who take turns at something: all of them ("支部19名党员轮流值守", "全部参与轮值",
    "全体20名党员轮流在路口值勤")."""
    return ctx.prenominal and bool(_IN_TURNS.match(ctx.after_clause.lstrip())) and \
        bool(_ITS_OWN.search(ctx.before) or ctx.before.endswith("全体"))


# taking turns, all of them: "轮流值守", "全部参与轮值" (or one after another: "支部9名党员依次登台")
_IN_TURNS = re.compile(r"(?:全部|均|都)?(?:参与|参加)?(?:轮流|轮番|轮值|依次)")


# the rest of the people, after some said apart: "其余", "其他"
_THE_REST = re.compile(r"(?:其余|其他|其它|剩余|剩下|另外)(?:的)?$")


# teaching taken to pupils' homes: "送教上门", "送教入户"
_TEACHING_TAKEN_HOME = re.compile(r"送教(?:上门|入户|到家)")
# the count of both sides at a joint event, before the school's own: "双方党员共50人参加，我校"
_AT_A_JOINT_EVENT = re.compile(r"双方[^。；;]{0,20}?参加[，,]\s*(?:其中)?(?:学校|我校|本校)?$")
# all the members named in the clause before the count's: "组织全体党员教师签订承诺书，"
_ALL_OF_THEM_IN_THE_CLAUSE_BEFORE = re.compile(r"全体党员(?:教师)?[^，,。；;]{0,30}[，,]\s*$")


# helping others (doctors, a community) give the public a service: "配合社区医生为60余名老人量血压"
_HELPED_SERVE_THE_PUBLIC = re.compile(r"^[^，,。；;]{0,12}?(?:协助|配合)[^，,。；;\d]{1,8}?(?:为|给)\d*\s*[余多]?\s*(?:名|位)?"
                                      r"(?:社区)?(?:居民|村民|群众|老人)(?:们)?(?:免费|义务)?(?:测量|量|义诊|体检|检查|理发|剪发)")
# people who signed up on a register of volunteers: "均已注册成为志愿者", "都登记为志愿者"
_SIGNED_UP_AS_VOLUNTEERS = re.compile(r"(?:全部|均|都)?(?:已)?(?:在[^，,。；;]{1,12}?)?(?:注册|登记)(?:为|成为)?了?(?:党员)?志愿者")


def _whole(ctx: Context) -> bool:
    """全体党员共N人, N名党员全部…: all the members, whatever they did (not those the school has who do something:
    "全校有31名党员教师参与课后服务" counts who take part)."""
    if ctx.before.endswith("有") and not ctx.after_clause.lstrip().startswith("全部") and _acting(ctx):
        return False
    whole = ctx.has("whole", "before") or bool(_OF_ITS_BRANCHES.search(ctx.before))
    # (or its own people, each of whom did something: "支部28名党员每人联系2名学生"; or some of whom did, counted next:
    # "支部23名党员教师中有19人上了示范课"; or all of whom take turns at it: "支部19名党员轮流值守"; or who between them were
    # paired with pupils: "支部14名党员共结对留守儿童29名"; or visited homes: "支部20名党员共走访学生家庭150户")
    # (or all of them named in the clause before: "组织全体党员教师签订承诺书，29名党员教师每人作出3项承诺")
    each = ctx.prenominal and (ctx.after_clause.lstrip().startswith(("每人", "人人", "共结对", "共联系", "共帮扶", "共走访", "共家访")) or
                               _in_turns(ctx) or
                               bool(_SOME_OF_THEM_NEXT.fullmatch(ctx.after_clause.lstrip()))) and \
        (bool(_ITS_OWN.search(ctx.before)) or
         (not ctx.before.strip() and bool(_ALL_OF_THEM_IN_THE_CLAUSE_BEFORE.search(ctx.sentence_before))))
    # (not the rest of them, after some said apart: "除外出培训的3名党员外，其余35名党员全部参加")
    rest = bool(_THE_REST.search(ctx.before))
    # (nor the doers of a passive, whose 全部 is of the things done: "心愿卡由15名党员全部认领")
    all_of_them = ctx.after_clause.lstrip().startswith("全部") and not ctx.before.endswith(("由", "被"))
    return (whole or each or all_of_them) and not ctx.listed and not rest



def _develop_context(ctx: Context) -> bool:
    # (candidates for admission counted as one kind among others, "发展对象2人、预备党员3人", are no meeting to admit)
    return bool(re.search(r"新发展|吸收[^，,。]{0,12}为[^，,。]{0,4}预备党员|接收[^，,。]{0,12}为[^，,。]{0,4}预备党员|审批|"
                          r"发展对象(?!\s*[:：]?\s*(?:\d|[一二两三四五六七八九十]+)\s*(?:人|名))", ctx.previous + ctx.sentence))


# the kinds of people a list of staff visited may hold: staff, members, and the school's people at large (教职工)
_STAFF_LIKE = frozenset({"staff", "member", "person"})
# a whole grade or the whole school, right before its pupils counted
_REACHED_A_GRADE = re.compile(r"(?:覆盖|面向)[^，,。；;\d]{0,4}$")
_A_WHOLE_GRADE = re.compile(r"(?:[一二三四五六七八九]年级|初[一二三]|高[一二三]|毕业班|全年级|全校|全体)(?:全体|所有)?$")
# what describes people in need of a visit: "因病住院的教职工", "生活困难的老党员"
_IN_NEED = re.compile(r"困难|生病|因病|患病|住院|病重|病困|伤病|重病|大病|孤寡|空巢|独居|高龄|残疾|残障")
# what people became, said right after them: "8名青年教师成长为区级骨干", "其中3人被评为市级教学能手" (an outcome, not
# _became's step towards membership)
# (or a prize won in a contest: "3名青年教师在区级优质课评比中获一等奖")
_OUTCOME = re.compile(r"[^，,。；;]{0,4}?(?:成长为|成长成|成为|被评为|评为|获评|荣获|获得|晋升为|走上)|"
                      r"在[^，,。；;]{1,20}?(?:中|上)(?:荣获|获得|获)")


_A_PRIZE_BEFORE = re.compile(r"等奖$")
# the members among people counted before: "，其中党员9人"
_SOME_OF_THEM_MEMBERS = re.compile(r"其中(?:共产)?党员(?:教师)?(?:\d+|[一二两三四五六七八九十]+)\s*[名人]")
# a count of a pairing said on its own ("共结对40人"), after a clause that pairs members with pupils
# (or pairs members, the pupils named in the clause before: "针对学习困难学生，支部安排党员教师结对帮扶，目前已结对52人")
_PUPILS_WORD = r"(?:学生|学困生|留守儿童|困难学生|特殊儿童|孩子|幼儿)"
_PUPILS_PAIRED_BEFORE = re.compile(rf"(?:与[^，,。；;]{{0,8}}?{_PUPILS_WORD}[^，,。；;]{{0,6}}?|"
                                   rf"{_PUPILS_WORD}[，,][^，,。；;]{{0,16}}?(?:党员|教师)[^，,。；;]{{0,10}}?)"
                                   r"(?:结对|帮扶)[^，,。；;]{0,4}[，,]\s*(?:目前|至今|截至目前)?(?:已经?)?(?:共|累计|共计)?"
                                   r"(?:结对|帮扶|结对帮扶)了?$")
_CANDIDATES_FOR = re.compile(r"积极分子(?:的)?(?:人选|候选人|推荐人选|候选对象)")
# the candidates for something, right before their count (their noun 人 maybe left to be read): "…候选人2名", "推荐人选1名"
_CANDIDATES_RIGHT_BEFORE = re.compile(r"(?:候选|人选|候选对象)$")
_GROUP_SIZE = re.compile(r"\s*(?:为)?一(?:个)?(?:组|小组|队)")
# applications to join the party of the people counted, received: "收到3名青年教师的入党申请书"
_THEIR_APPLICATIONS = re.compile(r"的(?:书面)?入党申请书?")
_RECEIVED = re.compile(r"(?:收到|接收|接到|受理)了?(?:共)?$")
# the training or examination of the people counted before it: "…的培养考察工作", "…的教育培养"
_THEIR_TRAINING = re.compile(r"的(?:培养|考察|教育|培训|跟踪)(?:考察|培养|教育|管理|培训)?(?:工作)?")
# the form an applicant reads out at the branch meeting that votes on admitting them
_READ_THE_ADMISSION_FORM = re.compile(r"[^。；;]{0,12}?宣读(?:了)?(?:自己的|各自的|本人的|他们的|她们的)?入党志愿书")
_AMONG_THE_MEMBERS = re.compile(r"党员(?:教师|干部)?中[^，,。；;\d]{0,6}$")
# the words that open a part of a total counted just before: "（含预备党员4人）", "其中预备党员2名"
_PART_OF_THE_TOTAL = re.compile(r"(?:含|其中|包括|内含)有?\s*$")
_OATH = re.compile(r"[^。；;]{0,30}?(?:宣誓|入党誓词)")


def _sworn_in(after: str) -> bool:
    """Whether the people before `after` take the oath of admission, in the rest of their sentence."""
    oath = _OATH.match(after)
    return bool(oath) and "重温" not in oath.group(0)


def _helped(ctx: Context) -> bool:
    if _ONLY_INFORMED.match(ctx.after):
        return False  # "为上百名学生送去了安全知识手册": what they were given is to read, no help
    if ctx.nearest_before("exist", "develop", "honour", "help", "lead", "review") == "help":
        return True
    if _benefactive(ctx):
        return True
    if ctx.has("help", "after") and _help_is_done_to(ctx):
        return True
    # (or paired with members into pairs of any name: "党员教师与86名留守儿童结成“亲情对子”"; or taught at home: "到行动不便
    # 的5名学生家中上课")
    # (the school's, said between: "党员与学校68名留守儿童结成帮扶对子")
    # (or the pupils help is then arranged for: "针对2名因病在家的学生，安排党员教师组成送教小组")
    # (or the pupils to whose homes people went, something given or done for them next: "来到9名困难学生家中，为孩子们送去
    # 学习用品")
    # (or into whose hands something was delivered: "把书包送到18名孩子手中")
    return bool(_PAIRED_WITH_BEFORE.search(ctx.before) and _INTO_PAIRS.match(ctx.after)) or \
        bool(_DELIVERED_TO.search(ctx.before) and _INTO_THEIR_HANDS.match(ctx.after)) or \
        bool(_TAUGHT_AT_HOME.match(ctx.after)) or \
        bool(_WENT_TO_BEFORE.search(ctx.before) and _AT_THEIR_HOMES_THEN_DONE_FOR_THEM.match(ctx.after)) or (
            (ctx.before.endswith("针对") or bool(re.search(r"为(?:辖区|辖区内|本校|学校|全园|园内)?$", ctx.before))) and
            bool(_HELP_ARRANGED.match(ctx.sentence, len(ctx.sentence_before))))


# printed matter given out to people, which informs them rather than helps them: "送去了暑期安全知识手册"
_ONLY_INFORMED = re.compile(r"[^，,。；;]{0,4}?(?:送去|送上|发放|分发|赠送)了?[^，,。；;]{0,10}?"
                            r"(?:手册|宣传册|宣传单|宣传资料|资料|倡议书|告家长书|明白纸|一封信)(?![^，,。；;]{0,4}(?:和|及|与|、))")
# the members in post and the retired, each counted, then summed: "在职党员18名、退休党员7名，共25名"
_IN_POST_AND_RETIRED_SUMMED = re.compile(r"(?:在职|在岗)党员(?:教师)?\s*\d+\s*[名人][、，,和及]\s*(?:离退休|退休)党员\s*\d+\s*[名人]"
                                         r"[，,]?\s*(?:共|合计|共计|总计|一共)$")
# pupils taught at their homes, said after them ("…5名学生家中上课"), and pairs of any name made with them ("结成“亲情对子”")
_TAUGHT_AT_HOME = re.compile(r"(?:的)?家(?:中|里)(?:上课|辅导|送教|授课|补课)")
_INTO_PAIRS = re.compile(r"[^，,。]{0,4}?(?:结成|结为)[^，,。]{0,8}?对子")
_WENT_TO_BEFORE = re.compile(r"(?:来到|走进|走入|深入|前往|赶到)了?$")
_AT_THEIR_HOMES_THEN_DONE_FOR_THEM = re.compile(
    r"(?:的)?家(?:中|里)[，,]\s*(?:为|给|向)(?:孩子们|孩子|他们|她们|学生们|同学们)(?:送去|送上|带去|赠送|发放|辅导|补习)")
_DELIVERED_TO = re.compile(r"(?:送到|送至|交到|发到|递到)了?$")
_INTO_THEIR_HANDS = re.compile(r"(?:的)?手(?:中|里|上)")
_HELP_ARRANGED = re.compile(r"[^。；;]{0,50}?(?:送教|辅导|帮扶|补课|结对)")


# what is done for the people counted, right after them (or after the noun of the last of a list of them)
_DONE_FOR_VERBS = r"(?:开展|提供|送|举办|进行|上|赠|捐|发放|义务|免费|组织|申请|争取|办理|解决|建立|建档|制定|开设|购买|购置|添置)"
_DONE_FOR = re.compile(rf"[^，,。]{{0,4}}?{_DONE_FOR_VERBS}")
_DONE_FOR_THE_LAST = re.compile(rf"[^，,。]{{0,12}}?{_DONE_FOR_VERBS}")
# (or one count of two kinds of them, joined: "为全校46名留守儿童和困难学生送去冬衣")
_DONE_FOR_THEM_AND_OTHERS = re.compile(rf"(?:和|及|与|、)[\u4e00-\u9fff]{{1,10}}?{_DONE_FOR_VERBS}")


def _benefactive(ctx: Context) -> bool:
    """"为39名留守儿童开展志愿服务", "给5位老教师送去春联": something is done for the people counted."""
    # (the people may be named by their kinds first: "为留守儿童、随迁子女等40余名学生提供辅导"; or pupils described before
    # their count: "为初三年级家庭困难的20名学生提供辅导", not new teachers, who may be an audience: "为新入职的36名教师上党课")
    if not (re.search(r"(?:为|给|替)(?:[^，,。为给替]{0,4}|[^，,。为给替]{0,20}等)$", ctx.before) or
            (ctx.head == "pupil" and re.search(r"(?:为|给|替)[^，,。为给替\d]{1,16}的$", ctx.before))):
        return False
    if _DONE_FOR.match(ctx.after) or _DONE_FOR_THEM_AND_OTHERS.match(ctx.after):
        return True
    # (listed with the next ones counted, what is done for all of them follows the last: "为18名困难学生和6名残疾学生送去书包")
    if not _joined_to_next(ctx):
        return False
    rest = _rest_of_clause(ctx)
    counts = list(ZH_QUANTITY.finditer(rest))
    return len(counts) > 1 and _DONE_FOR_THE_LAST.match(rest, counts[-1].end()) is not None


# children or households of a community or a housing estate, named right before their count: "为社区30名儿童"
# (or gone to a welfare home for children, whose children are no pupils of a school: "来到市儿童福利院")
_WENT_TO_A_WELFARE_HOME = re.compile(r"(?:来到|走进|前往|到|赴|深入)[^，,。；;]{0,12}?(?:福利院|孤儿院|儿童村|儿童之家)")
_OF_A_COMMUNITY = re.compile(r"(?:社区|小区|街道|居委会)(?:的|内|里|中)?$")
# (or of a community or a village, in need: "社区困难家庭", "村里的贫困户")
_COMMUNITYS_IN_NEED = re.compile(r"(?:社区|小区|街道|村|辖区)(?:的|内|里|中)?(?:困难|贫困|低保|孤寡|空巢|独居|特困)$")
# something held for a community's children: "为小区儿童开展亲子阅读活动"
_FOR_A_COMMUNITYS_CHILDREN = re.compile(r"(?:为|给)(?:社区|小区|村里?|辖区)(?:内|里)?的?(?:儿童|孩子|少年儿童|小朋友)(?:们)?"
                                        r"(?:开展|举办|提供|开设|讲)")
# (or said in the counted noun: "120名社区儿童")
_COMMUNITYS_NOUN = re.compile(r"(?:名|位|个)(?:社区|小区)[\u4e00-\u9fff]{1,4}$")
# pupils right after a verb of serving them are those served ("累计服务学生6000余人次"), not volunteers
_SERVED = re.compile(r"(?:服务|辅导|帮扶|帮助|资助|慰问)$")
_FOR_THEM = re.compile(r"(?:为|给|替)[^，,。为给替]{0,4}$")
# the people of the place a service went to, said as its: "该校40名教师", "当地20余名群众" (those served there)
_OF_THE_PLACE_SERVED = re.compile(r"(?:该校|该园|受援学校|受援校|对方学校|当地|那里)的?$")
# the verbs of going to people's homes, or of guiding or calling on them there, right before them: "入户指导居民"
_WENT_TO_THEIR_HOMES = re.compile(r"(?:入户|上门|走访|指导|宣传|走进)[^，,。；;\d]{0,4}$")
# the verb of admitting people to the Youth League, right before them: "发展团员", "新发展共青团员"
_INTO_THE_LEAGUE = re.compile(r"(?:新)?发展(?:新)?$")
# pupils named by their need: left behind, poor, disabled, struggling, come with migrant parents
_PUPILS_IN_NEED = re.compile(r"留守|困|残|特殊|特困|随迁|后进|贫")


def _after_the_count(around: str) -> str:
    """The counted phrase from its number's end: "为社区12名困难家庭儿童" -> "名困难家庭儿童"."""
    return re.split(r"[\d〇一二两三四五六七八九十百千]", around)[-1]


# a pairing said after the people counted, maybe after more kinds of them ("、留守儿童", "和随迁子女")
# (how they are paired may be quoted between: "与22名学困生“一对一”结对")
_PAIRED_AFTER = re.compile(r"(?:[、和及][^，,。、和及\d]{1,8}?)*(?:等)?[^，,。]{0,4}?(?:[“\"][^”\"，,。]{1,6}[”\"])?"
                           r"(?:结对|结成|签订|建立)")


# "with" the people paired, where they are said between: "与班上…", "与学校…", or what they are of: "与高三年级的…"
# (or some of the pupils just counted: "学校有随迁子女190名。支部安排党员教师与其中30名…结成帮扶对子")
_PAIRED_WITH_BEFORE = re.compile(r"(?:与|和|同)(?:学校|本校|我校|全校|该校|班上|班里|本班|全班|校内|园内|身边|其中|"
                                 r"[^，,。；;与和同\d]{1,8}的)?$")


def _help_is_done_to(ctx: Context) -> bool:
    """"N名学生被列入帮扶对象", "对N名儿童进行送教": the help is done to the people counted."""
    if _PAIRED_WITH_BEFORE.search(ctx.before) and _PAIRED_AFTER.match(ctx.after):
        return True  # "与56名学困生结成帮扶对子", "与班上8名留守儿童结对", "与30名学困生、留守儿童结对"
    # (the school's, said between: "为学校28名特困生过生日")
    return bool(re.match(r"[^，,。]{0,6}?(?:被|接受|得到|获得|进行|开展|送)", ctx.after)) or \
        bool(re.search(r"(?:对|为|给|向)(?:辖区|辖区内|本校|学校|全校|全园|园内)?$", ctx.before.rstrip("了")))


# teachers said to be new before their count: "今年新入职的11名教师"
_NEW_BEFORE_THE_COUNT = re.compile(r"(?:新入职|新进|新招聘|新调入|新分配)的?$")
# young teachers who took part in a pairing, said after them: "86名新教师参加结对"
# (or given mentors, said in the clause after them: "新入职教师19名，党支部已为他们全部安排了党员骨干教师作为导师"; or each of
# them, named again: "为每名新教师安排一名党员导师")
# (or each one, said right after them: "为今秋到岗的5名教师每人指定一名党员导师")
_GIVEN_MENTORS = re.compile(r"(?:[^。；;]{0,20}?(?:为|给)(?:他们|她们|其|每人|每位|每(?:一)?名)|每人)[^。；;]{0,8}?"
                            r"(?:安排|配备|配齐|指定|选派|确定)了?"
                            r"(?:[^。；;]{0,14}?(?:导师|师傅|指导教师|指导老师)|[^。；;\d]{0,4}$)")
# young teachers paired with members, said earlier in the sentence that then counts them: "…与青年教师签订结对协议20份，
# 20名青年教师…"
_YOUNG_TEACHERS_WORD = r"(?:青年|年轻|新入职|新进|新)教(?:师|工)"
_YOUNG_TEACHERS_PAIRED = re.compile(rf"{_YOUNG_TEACHERS_WORD}[^，,。；;]{{0,12}}?(?:签订|签署|结成|结为|结对)|"
                                    rf"结对[^，,。；;]{{0,6}}?{_YOUNG_TEACHERS_WORD}")
_JOINED_A_PAIRING = re.compile(r"[^，,。]{0,4}?(?:参加|参与|加入)[^，,。]{0,6}?(?:结对|师徒|青蓝|帮带)")
# a post people are put in: "走上中层岗位", "担任班主任", "进入学校领导班子"
_TO_A_COURSE = re.compile(r"[^，,。]{0,6}?参加[^，,。]{0,24}?(?:培训班|培训|研修班|学习班|训练营)")
_TO_A_POST = re.compile(r"[^，,。]{0,4}?(?:走上|走向|充实到|进入|提拔为|担任|任)[^，,。]{0,10}?(?:岗位|职务|领导班子|组长|主任|校长|书记|干部)")

# people who joined, with nothing more said: what they joined is named before them ("…服务队，已有退休教师18人加入")
_JOINED_IT = re.compile(r"\s*(?:先后|陆续)?(?:加入|参加)(?:了|进来)?(?:该队|服务队|队伍|其中)?\s*$")
# the clause after people saying they formed a volunteer team: "…，组成“青蓝”志愿服务队"
# (or the team itself: "志愿服务队由学校32名党员教师和18名入党积极分子组成", the team formed in the clause before:
# "组建“暖心”服务队，由9名党员教师组成")
_TEAM_MEMBERS_OF = re.compile(r"(?:队员|成员|志愿(?:服务)?队|服务队|小分队)(?:[，,]\s*)?(?:主要)?由[^，,。；;]{0,24}$")
# what the people the team is made of end with: "…组成", or the next kind of them and then it ("和18名…组成")
_MAKE_UP_THE_TEAM = re.compile(r"\s*(?:(?:和|及|与|、)[^，,。；;]{0,16}?)?(?:组成|构成)")
_A_VOLUNTEER_TEAM = re.compile(r"志愿(?:服务|者)?(?:队|团|小分队)|服务队")
_NOW_HAS = re.compile(r"(?:现|目前|如今)(?:共)?有")
# (or a team said to have them, each kind counted, no total said: "志愿服务队现有党员20名、教师10名")
_A_TEAM_HAS = re.compile(r"志愿(?:服务|者)?(?:队伍|队|团队|小分队)(?:现|目前)?(?:共)?有"
                         r"(?:[^，,。；;\d]{1,8}\d+\s*[名人位][、，,])*[^，,。；;\d]{0,8}$")
_FORMED_A_TEAM = re.compile(r"\s*[，,]\s*(?:共同)?(?:组成|组建|成立)了?[^，,。；;]{0,12}?志愿(?:服务)?(?:队|团|小分队)")
# (or a team of talks, right after them, that went into communities: "6名党员组建宣讲团，深入3个社区…")
_FORMED_A_TEAM_OF_TALKS = re.compile(r"\s*[，,]?\s*(?:共同)?(?:组成|组建|成立)了?[^，,。；;]{0,8}?宣讲(?:小分队|团|队)[，,]\s*"
                                     # (the communities maybe counted, where the words read end: "走进4个社区")
                                     r"(?:先后|分别)?(?:走进|深入|来到)(?:[^，,。；;\d]{0,16}?社区|\s*$)")


def _making_up_a_team(c) -> bool:
    """Whether the people counted are those a volunteer team is made of: "队员由全校56名党员教师组成", "志愿服务队由32名
    党员教师和18名入党积极分子组成" (each kind of them)."""
    # (not a team that takes teaching to pupils' homes, the school's own teaching: "成立“送教到家”小分队，由4名党员教师组成")
    return bool(_TEAM_MEMBERS_OF.search(c.sentence_before) and _MAKE_UP_THE_TEAM.match(c.after_clause) and
                _A_VOLUNTEER_TEAM.search(c.sentence)) and "送教" not in c.sentence_before


# a clause that opens with a total of its own is no part of a breakdown before it: "…，其中教工支部4个，共有党员138名"
_OWN_TOTAL = re.compile(r"\s*(?:共有|现有|共计|合计|总计|总共|一共|全校共有|全校)")
# (or a school named, whose own figures follow, the school's or another's as its name says: "…。其中，城关第二小学党支部现有
# 党员27名")
_OWN_PART = re.compile(r"其中[，,]?\s*(?:我校|本校|我园|本园|该校|[\u4e00-\u9fff]{2,12}?(?:小学|中学|学校|幼儿园)"
                       r"(?:党支部|党总支|党委)?(?=现有|共有|有|全年|今年|[，,]))")

# families a member keeps in touch with, no visit said: "共联系困难学生家庭16户" (no count of visits)
_KEPT_IN_TOUCH_WITH = re.compile(r"联系[^，,。；;\d]{0,12}$")
# a visit said after the families counted: "…学生家庭全部走访到位"
_VISITED_AFTER = re.compile(r"[^，,。；;]{0,4}?(?:被)?(?:走访|家访|入户|上门)")
# home visits counted in a clause of their own
_VISITS_COUNTED = re.compile(r"(?:家访|走访|入户|上门)[^。；;\d]{0,12}?\d+\s*(?:户|个家庭|人次|次)")

# the members of a group counted ("现有队员56名"): the people after 其中 are their parts
_GROUP_COUNTED = re.compile(r"(?:队员|成员|会员)[^，,。；;\d]{0,4}(?:\d+|[一二两三四五六七八九十百]+)\s*[名人位]|"
                            r"(?:\d+|[一二两三四五六七八九十百]+)\s*[名人位]\s*(?:队员|成员|会员)")
# a studio of master or member teachers, and the verb that takes people into it: "…组建了名师工作室，吸纳"
# (the studio maybe said to be led by them after it: "工作室由4名党员学科带头人牵头，共吸纳青年教师10名")
_TAKEN_INTO_A_STUDIO = re.compile(r"(?:(?:名师|骨干|党员|名班主任)[^。；;]{0,12}?工作室|"
                                  r"工作室[^。；;]{0,16}?(?:名师|骨干|党员)[^。；;]{0,12}?(?:领衔|主持|牵头))"
                                  r"[^。；;]{0,20}?(?:吸纳|吸收|招收|纳入|招募)了?$")
# activists counted, the whole the ones after 其中 are parts of: "确定入党积极分子9名（其中学生入党积极分子2名）"
_ACTIVISTS_COUNTED = re.compile(r"积极分子[^，,。；;\d]{0,4}(?:\d+|[一二两三四五六七八九十百]+)\s*[名人位]|"
                                r"(?:\d+|[一二两三四五六七八九十百]+)\s*[名人位]\s*(?:入党)?积极分子")
_MEMBERS_OF_A_GROUP = re.compile(r"(?:成员|会员|队员)$")
# the whole of the school's people, said before those who came: "全园13名党员、4名入党积极分子参加"
_ALL_OF_THEM = re.compile(r"全校|全园|全体|全支部|所有")
# the training of activists, which those who come to it are counted by: "参加党校培训", "积极分子培训班", "参加党课学习"
_TRAINING = re.compile(r"培训|党校|党课|学习班|研修班")
# teachers (or staff) counted as the people who came, then the people among them: "青年教师86人参加，其中" (not the whole
# staff: "现有教职工142人，其中党员55人、入党积极分子8人" counts the school's activists)
_TEACHERS_COUNTED_THEN_AMONG = re.compile(r"(?:教师|老师|教职工|职工)[^，,。；;\d]{0,4}(?:\d+|[一二两三四五六七八九十百]+)\s*[名人位]"
                                          r"\s*(?:参加|参会|出席|到会|与会|参与)[^。；;，,]{0,8}[，,]\s*其中")


def _of_a_group(ctx: Context) -> bool:
    """The people counted are members of a group that is not the party ("青年教师成员")."""
    return bool(ctx.nouns) and bool(_MEMBERS_OF_A_GROUP.search(ctx.nouns[-1].word))


# made candidates for admission ("确定…为发展对象"), and admitted as members ("发展…为预备党员")
_MADE_CANDIDATES = re.compile(r"[^，,。]{0,4}?(?:为|作为|列为|确定为|成为)(?:(?:19|20)\d{2}\s*年度?的?)?(?:党员)?发展对象")
# (or said with the joining: "发展3名青年教师入党")
_AS_MEMBERS = re.compile(r"为(?:中共)?(?:预备|正式)?党员|入党(?!积极分子|申请|志愿|誓词|介绍人|培训|动机)")
# (candidates for admission, said after the count, then what they became: "发展对象为预备党员")
_CANDIDATES_AS_MEMBERS = re.compile(rf"\s*(?:入党)?发展对象(?:{_AS_MEMBERS.pattern})")
# a line's label naming a help given ("帮扶学困生：", "走访慰问："), then the members it counts (not volunteering: its
# members are its volunteers)
_A_LINE_OF_HELP = re.compile(r"(?:^|\n)\s*[^：:，,。；;\n]{0,8}?(?:帮扶|结对|家访|送教|慰问|走访|辅导)[^：:，,。；;\n]{0,6}[：:]"
                             r"[^：:，,。；;\n]{0,6}$")
_RETIRED_NEXT = re.compile(r"[、，,和及]\s*(?:离退休|退休|离休)(?:教师)?党员")
# members of one kind counted beside members of another ("学生党员14名，教师党员97名"): parts, whose whole the report
# does not say
# nothing of the people's own after their count, the next item or the clause's end
_ENDS_ITS_CLAUSE = re.compile(r"\s*(?:[、，,；;。]|$)")
_KINDS_OF_MEMBERS = frozenset({"党员教师", "中共党员教师", "教师党员", "学生党员", "党员教职工", "党员职工", "教职工党员", "教工党员"})
_KIND_OF_MEMBERS = "|".join(sorted(_KINDS_OF_MEMBERS | {"在职党员", "在岗党员", "退休党员", "离退休党员"}, key=len, reverse=True))
_OTHER_KIND_NEXT = re.compile(rf"^[、，,和及与]\s*(?:另有|还有)?\s*(?:{_KIND_OF_MEMBERS})\s*$")
_OTHER_KIND_BEFORE = re.compile(rf"(?:{_KIND_OF_MEMBERS})\s*(?:\d+|[一二两三四五六七八九十百]+)\s*[名人位]\s*[、，,和及与]\s*"
                                r"(?:另有|还有)?\s*$")
_KIND_OF_ACTIVISTS = re.compile(r"(?:教师|学生|教职工|青年教师)(?:入党)?积极分子")
_OTHER_ACTIVISTS_NEXT = re.compile(rf"^[、，,和及与]\s*(?:另有|还有)?\s*{_KIND_OF_ACTIVISTS.pattern}\s*$")
_OTHER_ACTIVISTS_BEFORE = re.compile(rf"{_KIND_OF_ACTIVISTS.pattern}\s*(?:\d+|[一二两三四五六七八九十百]+)\s*[名人位]\s*"
                                     r"[、，,和及与]\s*(?:另有|还有)?\s*$")
# what the people counted were made, the clause ending with it: "吸收3名青年教师为入党积极分子" (not "为积极分子讲党课")
# (which may be said to be new, or of a batch or a year: "为新一批入党积极分子", "为2023年度入党积极分子")
_AS_ACTIVISTS = re.compile(r"为(?:新的|新一批的?|新|本年度的?|(?:19|20)\d{2}\s*年度?的?)?(?:入党)?积极分子\s*$")

PERSONLIKE = ("person", "pupil", "member", "young_teacher", "staff", "league")
_PERSON_UNITS = frozenset({"人", "名", "位"})


# a visit to remember the dead, or a theme day held there, where no service is told (cleaning or weeding the graves, guiding
# visitors: "到烈士陵园打扫卫生", "在纪念馆义务讲解" are service)
_REMEMBERING = re.compile(r"烈士陵园|烈士墓|纪念碑|纪念馆|革命旧址|缅怀|祭扫|扫墓|主题党日")
_SERVICE_THERE = re.compile(r"服务|义务|打扫|清扫|擦拭|擦洗|清理|保洁|讲解|除草|杂草")


def _to_remember_only(sentence: str) -> bool:
    # (a service others did besides, in a clause of their own, is theirs: "…共180余人到烈士陵园开展祭扫活动，党员志愿者还为
    # 烈士墓清扫除草")
    own = _OTHERS_ALSO.split(sentence, maxsplit=1)[0]
    return bool(_REMEMBERING.search(sentence)) and not _SERVICE_THERE.search(own)


# the members who took part, counted, a list of others who took part with them following: "参与此次活动的党员9名，少先队员16名"
_TOOK_PART_LISTED = re.compile(r"参[加与](?:本次|此次|这次)?(?:活动|服务|志愿服务)的(?:党员|党员教师|党员志愿者)\s*\d+\s*[余多]?\s*"
                               r"(?:名|人|位)[，,、]\s*$")
_OTHERS_ALSO = re.compile(r"[，,](?=[^，,。；;\d]{1,10}?还)")


# what describes people before their count, after the word that turns to them: "为暑期赴云南山区学校支教的"
_DESCRIBED_BEFORE_THEM = re.compile(r"(?:为|给|向|对)([^，,。；;为给向对]{2,24}?)的$")
_HOLIDAY_TEACHING_APART = re.compile(r"(?:暑期|暑假|寒假)[^，,。；;]{0,12}?支教")


def _described_by_a_service(c: Context) -> bool:
    """People described, before their count, by a service they did: "为暑期赴…山区学校支教的4名党员教师"."""
    described = _DESCRIBED_BEFORE_THEM.search(c.before)
    return described is not None and (c.lex.frame("serve", described.group(1)) is not None or
                                      _HOLIDAY_TEACHING_APART.search(described.group(1)) is not None)


def _went_out_on_a_service(c: Context) -> bool:
    """Members who went out to a place (or others of the school counted after them, who went with them), on a service said
    in the sentence before or after the going: "…志愿服务活动。12名党员走进敬老院", "组织9名党员教师走进社区，为居民开设讲座"."""
    # (or counted after their noun, right after the verb that sent them out: "安排党员干部4人带着学生…来到养老院", "组织党员
    # 教师和少先队员共40人来到河边")
    sent_out = not c.prenominal and bool(_SENT_OUT_BEFORE.search(c.before))
    if not c.prenominal and not sent_out:
        return False
    with_others = _AND_OTHERS_WENT_TO.match(c.after_clause) if c.head == "member" else None
    rest = c.sentence[len(c.sentence_before):]
    if c.head == "member":
        # (those they led counted before the going: "安排党员干部4人带着中班孩子20名来到…")
        went = _WENT_TO.match(c.after) or with_others or (sent_out and _WENT_TO.match(_NOUN_AND_COUNT.sub("", rest, 1)))
    else:
        went = (_LISTED_AFTER_MEMBERS.search(c.before) or (sent_out and "member" in c.kinds)) and _WENT_TO.match(c.after)
    if c.head not in ("member", "pupil", "league", "person", "staff") or not went:
        return False
    # (after the others' noun, where a word of service may only describe them: "10名党员和20名家长志愿者来到烈士陵园")
    if with_others:
        rest = rest[rest.find(with_others.group(0)) + len(with_others.group(0)):]
    return c.lex.frame("serve", _last_sentence(c.previous)) is not None or c.lex.frame("serve", rest) is not None or \
        _FOR_THE_PEOPLE_THERE.search(rest) is not None or _TALKS_THERE.match(c.after) is not None or \
        _TO_THE_PUBLIC_THERE.search(rest) is not None or _TEACHING_TAKEN_TO_A_VILLAGE.search(rest) is not None or \
        _KEPT_COMPANY_AT_A_PLACE_OF_CARE.search(rest) is not None or _SAFETY_MADE_KNOWN_IN_VILLAGES.match(rest) is not None or \
        _TREES_PLANTED_THERE.match(rest) is not None or _FARM_WORK_DONE_FOR_THEM.search(rest) is not None


# free coaching of pupils who fall behind (学困生, their own school's): "为初三学困生义务辅导"
_COACHING_THOSE_BEHIND = re.compile(r"为[^，,。；;]{0,8}?(?:学困生|后进生|学习困难学生)们?(?:义务|免费)(?:辅导|补课)")
# a free talk or class held for the public, the clause of it ending before the count: "为小区居民开展反诈公益讲座，"
_HELD_FOR_THE_PUBLIC_FREE = re.compile(r"为[^，,。；;]{0,8}?(?:居民|群众|家长|村民|老人|市民)[^，,。；;]{0,12}?(?:开展|举办|开设)了?"
                                       r"[^，,。；;]{0,12}?(?:公益|义务|免费)[^，,。；;]{0,6}?(?:讲座|宣讲|课堂|培训|活动)[，,]\s*$")
_CAME_TO_IT = re.compile(r"(?:参加|参与|到场|聆听)")
# an honour received, opening the clause after the people counted: "，被评为…", "，均被授予…"
_HONOURED_IN_THE_NEXT_CLAUSE = re.compile(r"[，,]\s*(?:均|都|全部)?(?:被评为|被授予)")
# the works of the people counted that won prizes: "的微课作品获奖", "的论文荣获市一等奖"
_THEIR_WORKS_WON = re.compile(r"的[^，,。；;\d]{0,6}?(?:作品|论文|课例|课件|案例|微课)[^，,。；;\d]{0,8}?(?:获奖|获得[^，,。；;]{0,8}?奖|荣获|获[一二三特]等奖|获[^，,。；;]{0,6}?奖励)")
# an event held for the people counted, said right after them: "举办集体生日会", "开展座谈"
_AN_EVENT_HELD = re.compile(r"(?:举办|举行|召开|开展|组织)了?[^，,。；;]{0,10}?(?:会|活动|仪式|座谈)")
_A_CALL_ON_THEM = re.compile(r"慰问|看望|走访|探望|拜访")
# a volunteer team named right before the people's noun, their count after it: "服务队党员共56名"
_A_TEAM_RIGHT_BEFORE = re.compile(r"(?:服务队|志愿队|小分队)$")
# candidates for admission said to be admitted, after their count: "接收2名发展对象为预备党员"
_CANDIDATES_ADMITTED = re.compile(r"发展对象(?:为|成为|转为)(?:中共)?预备党员")
# members counted, on duty in turns, the care they gave said free in the clause after: "9名党员教师轮流值班，免费看护…"
_ON_DUTY_AT_FREE_CARE = re.compile(r"\d+\s*[名位][^，,。；;\d]{0,6}?(?:轮流|轮番)(?:值班|值守|看护)[，,]\s*(?:免费|义务|公益)(?:看护|托管|辅导)")
# the verb that sent the people counted out, right before their noun (and the members' noun joined before theirs):
# "组织党员教师", "带领党员和少先队员"
_SENT_OUT_BEFORE = re.compile(r"(?:组织|带领|率领|安排|选派|动员|召集)了?(?:(?:党员教师|党员|党员干部)(?:和|与|及|、))?$")
# the people's noun and their count after it, that open what the sentence says after the verb that sent them out
_NOUN_AND_COUNT = re.compile(r"^[^，,。；;\d]{1,8}?\d+\s*[余多]?\s*[名位人]")
# farm work done for the people of the place they went to: "帮助3户缺少劳力的家庭春耕播种" (or a crop brought in, named:
# "帮助农户掰玉米", "帮村民摘茶叶")
_FARM_WORK_DONE_FOR_THEM = re.compile(r"帮助?[^，,。；;]{0,20}?(?:春耕|播种|插秧|收割|抢收|秋收|采摘|"
                                      r"(?:收|掰|挖|摘|采|割)(?:玉米|水稻|稻谷|稻子|小麦|麦子|花生|红薯|土豆|茶叶|油菜|柑橘|果子))")
# trees planted where they went: "来到河边，种下树苗60棵"
_TREES_PLANTED_THERE = re.compile(r"[^。；;]{0,24}?(?:种下|栽下|种植|栽种|补植|植下)了?[^，,。；;]{0,8}?(?:树苗|树木|苗木|小树)")


def _service_told(ctx: Context) -> bool:
    """A volunteer service is told in the counted people's sentence or in the one before it."""
    return ctx.has("serve", "sentence") or ctx.has("serve", "previous")


def _became(ctx: Context) -> bool:
    """The counted people took a step towards membership: applied, were made activists, or joined."""
    return ctx.does("apply") or ctx.does("designate") or ctx.does("join")

# people described as newly joined, before their count: "为新入党的2名党员佩戴党员徽章"
_NEWLY_JOINED_BEFORE = re.compile(r"新(?:入党|加入中国共产党|加入党组织|发展)的$")
# a number grown to, which 发展 then says (not people admitted): "从最初的8名党员发展到现在的26名队员"
_GROWN_TO = re.compile(r"发展(?:到|至)了?(?:(?:现在|目前|如今|(?:19|20)\d{2}年(?:底|末)?)的)?$")
# a team's members, or one of its squads, named right before the people counted ("首批队员仅有", "第一小分队")
_OF_A_SQUAD = re.compile(r"(?:队员|成员)(?:仅|只|共)?有$|(?:小分队|分队|服务队|志愿队)$")
# a school taking people in, teachers who come to it to learn or to work: "学校还接收…跟岗学习教师"
_TOOK_IN = re.compile(r"接收[^，,。；;]{0,16}$")
# each day's or shift's duty, the clause before the people on it: "每天早晚高峰，"
_EACH_SHIFT = re.compile(r"每(?:天|日|班|次)[^，,。；;]{0,8}[，,]\s*$")
# an age, those under or over it counted: "45岁以下", "35周岁以下的"
_OF_AN_AGE = re.compile(r"\d+\s*周?岁(?:以下|以上|及以下|及以上|以内)的?[^，,。；;\d]{0,6}$")
# a selection or a contest, which people enter (参评)
_A_SELECTION = re.compile(r"评选|评比|比赛|竞赛|大赛|评优")
# (not all the school's, a head count whatever they did: "全校8个党小组共40名党员参赛")
_THE_WHOLE = r"全校|全体|全园|全支部"
_THE_WHOLE_SCHOOLS = re.compile(_THE_WHOLE)
# entering a contest, said right after the people: "16名党员教师参赛", "12名党员报名参加比赛"
_ENTERED_A_CONTEST = re.compile(r"(?:全部|均|都)?(?:报名)?(?:参赛|参加(?:了)?(?:本次|此次)?(?:比赛|竞赛|评比|大赛))")
# a volunteer service carried out, named in the clause just before the people counted
_SERVICE_JUST_BEFORE = re.compile(r"(?:开展|组织|举行)了?[^，,。；;]{0,16}志愿服务(?:活动)?[，,]\s*$")
# going to a school the school is paired with or helps: "赴对口帮扶的山区学校", "到结对学校"
_TO_A_PAIRED_SCHOOL = re.compile(r"[^，,。；;]{0,4}?(?:赴|到|前往|去)[^，,。；;]{0,10}?(?:结对|对口|帮扶|受援)[^，,。；;]{0,8}?"
                                 + _SCHOOL_WORD)
# (a service named so: teaching taken to the countryside, volunteering)
_A_SERVICE_NAMED = re.compile(r"送[教课](?:送培)?(?:下乡|进村)|志愿|义务支教")
# handing in something written: "提交读书心得", "上交了学习笔记"
_HANDED_IN = re.compile(r"(?:均|都|全部)?(?:提交|上交|递交|交回|撰写)(?:了)?(?![^，,。；;]{0,4}申请)")
# people a survey was made of: "对1200名党员教师进行问卷调查" (a sample, not how many there are)
_SURVEYED = re.compile(r"(?:进行|开展)了?(?:问卷|抽样|匿名)?(?:调查|调研|测评|访谈)|(?:参加|参与|填写)了?(?:问卷|调查|测评)")

# members who took part in the review, said right after them: "29名党员全部参评" (before 全部 is read as all members)
_IN_THE_REVIEW = re.compile(r"(?:全部|全体|均|都|全员|悉数)?(?:参评|参加(?:了)?(?:民主)?评议|参与(?:了)?(?:民主)?评议)")
# (or who attended the meeting that a sentence before names as the review's: "召开组织生活会和民主评议党员大会。支部13名党员
# 参加会议")
# (or in one word: "支部34名党员参会")
# (or took part, said alone, the meeting named before: "召开…民主评议党员大会。支部全体29名党员参加，…")
_AT_THE_MEETING = re.compile(r"(?:全部|全体|均|都)?(?:(?:参加|出席|参与)(?:了)?(?:会议|大会|本次会议|此次会议)|参会|与会|"
                             r"(?:参加|出席|参与)(?=\s*(?:[，,。；;]|$)))")
# (or said as taking part: "应参会党员118人，实际参会112人")
_CAME_OF_EXPECTED = re.compile(r"应(?:到(?:会)?|参会|出席)(?:党员)?\s*\d+\s*[名人][，,]\s*实(?:际)?(?:到(?:会)?|参会|出席)(?:党员)?$")
_REVIEW_MEETING_JUST_BEFORE = re.compile(r"民主评议党员(?:大会|会议|工作)?[^。；;！!]{0,12}[。；;！!]?\s*$")

# those the members guide, then the prize they won: "指导青年教师获区级以上奖项"
# (or some of them, "among": "青年教师中已有11人在市级以上教学比赛中获奖")
# (or the prizes they won, counted after them, and a part of those: "青年教师在各类教学比赛中获奖19人次，其中省级4人次")
_MENTEES_THE_SENTENCE_TELLS_OF = re.compile(r"(?:青年教师|新教师|年轻教师|新入职教师|徒弟)(?:[^，,。；;]{0,12}[，,]\s*(?:其中)?|中|当中|之中)"
                                            r"(?:已|已经|先后)?(?:有|共有)?$|"
                                            r"(?:青年教师|新教师|年轻教师|新入职教师|徒弟)们?[^，,。；;]{0,20}?(?:获奖|获得?[^，,。；;]{0,8}?奖项?)"
                                            r"(?:共|累计|共计)?(?:\d+\s*人次?[，,]\s*其中[^，,。；;]{0,12})?$|"
                                            # (or a list of what some of them became, this count the next item:
                                            # "青年教师中有6人成为市级骨干，9人在赛课中获奖")
                                            r"(?:青年教师|新教师|年轻教师|新入职教师|徒弟)(?:中|当中|之中)(?:已|已经|先后)?(?:有|共有)?"
                                            r"\s*\d+\s*人[^。；;]{0,30}[，,、]\s*$|"
                                            # (or after "其中" and a first part of them: "19名青年教师拜党员骨干为师，
                                            # 其中7人已成为区级骨干，")
                                            r"(?:青年教师|新教师|年轻教师|新入职教师|徒弟)[^。；;]{0,20}?[，,]\s*其中\s*\d+\s*人"
                                            r"[^。；;]{0,30}[，,、]\s*$")
# young teachers said to be members themselves ("党员青年教师"), not teachers paired with members
_YOUNG_MEMBERS = re.compile(r"党员(?:青年|年轻|新入职|新)?(?:教师|老师)|(?:教师|老师)中的党员")
# (what else they did may come between: "指导青年教师上汇报课9节、获市级奖项4人次")
_MENTEES_HONOURED = re.compile(r"(?:指导|带教|辅导|帮带|培养)[^，,。；;]{0,6}?(?:青年教师|新教师|年轻教师|徒弟|学生|幼儿)"
                               r"[^，,。；;]{0,12}?获")

# an election, not an honour: the counted elected, to no title or to an office ("5名委员当选", "3名党员当选为区党代会代表";
# not "2名教师当选县骨干教师", a title of merit)
ELECTED_TO_AN_OFFICE = re.compile(
    r"当选(?:为?(?![^，,。；;]{0,14}?(?:优秀|先进|十佳|最美|模范|标兵|骨干|能手|带头人|名师))[^“「『，,。；;]{0,14}?"
    r"(?:书记|委员|代表|组长|主任|支委|委员会|班子成员))?(?=[，,。；;）)\n]|$)")

# (the review they took part in, said as judging alone, no review of members named: "参加评议", not "参加民主评议")
_JUDGED_REPORTS = re.compile(r"(?:参加|参与|进行)了?评议(?!党员)")

# what the people counted did not do: "全年有5名党员未参加志愿服务"
# (a reason may come first: "因身体原因未能献血")
_DID_NOT = re.compile(r"(?:(?:因|由于)[^，,。；;未没]{1,10})?(?:均|都|尚|仍|还|全年|一直)?(?:未|没有|没|不曾|从未|尚未)")

FRAMES: list[Frame] = [
    # people pointed back to, counted before or some of them, whatever is said of them next: "这5名青年教师都是结对对象"
    Frame(None, lambda c: bool(_POINTED_BACK.search(c.before)),
          ("这6名青年教师都是党员教师的徒弟", "上述3名同志均已按期转正"), "a phrase that refers back"),
    # people said not to be members ("非党员教师90人", "非党员40名") are no count of members, nor of anything the catalog has
    Frame(None, lambda c: bool(c.nouns) and c.before.endswith("非") and c.nouns[0].word.startswith("党员"),
          ("全校非党员教师90人", "非党员40名"), "people who are no members"),
    # members admitted to the Youth League are no party figure, whatever the sentence goes on to say: "团委发展团员46名，组建
    # 学生志愿服务队3支"
    # (not those taken on towards the party: "发展3名团员为预备党员")
    Frame(None, lambda c: c.head == "league" and bool(_INTO_THE_LEAGUE.search(c.before)) and "党" not in c.after_clause,
          ("指导学校团委发展团员52名，组建志愿服务队2支",), "youth league members admitted"),
    # another body's people, counted beside the school's own, are none of the school's figures: "学校12名党员教师与社区20名
    # 党员共同开展志愿服务"
    # (or the teachers of a rural or paired school teaching was taken to, who came to learn: "送教活动中，村小20余名教师
    # 参加了观摩学习")
    # the school's members listed before another body's, who then took part in a service: "学校党员12名、社区党员15名
    # 参加，共同为社区老人义务理发" (the school's are its volunteers)
    Frame("volunteer_participants", lambda c: c.head == "member" and not c.prenominal and
          bool(_ANOTHER_BODYS_PEOPLE_NEXT.match(c.sentence, len(c.sentence_before))) and _serves_later(c, "sentence"),
          ("本校党员9名、社区党员11名参加，一起为居民义务理发",), "the school's people beside another body's, who served"),
    # (nor the school's own counted at an event held with another body, after both sides' count: "双方共有党员60人参加，我校
    # 党员25名", those of them who came)
    Frame(None, lambda c: c.head == "member" and bool(_AT_A_JOINT_EVENT.search(c.sentence_before)),
          ("支部与企业党支部开展联合学习，双方党员共50人参加，我校党员21名",), "the school's members at a joint event"),
    # (or counted after their noun, listed after the school's: "学校党员12名、社区党员15名参加")
    Frame(None, lambda c: (c.prenominal and (bool(_ANOTHER_BODYS_PEOPLE.search(c.before)) or (
              c.head in ("person", "staff", "young_teacher") and bool(_A_SCHOOL_TAUGHT_AT.search(c.before))) or
                                             bool(_ANOTHER_BODYS_IN_THEIR_NOUN.search(c.around)))) or
          (not c.prenominal and bool(_ANOTHER_BODYS_PEOPLE_LISTED.search(c.before))),
          ("学校党员教师与社区20名党员共同开展了志愿服务活动", "送教下乡活动中，乡镇中心小学30余名教师参加了观摩学习",
           "活动中，学校党员和社区党员15名参加", "党员教师和12名社区志愿者为居民发放宣传资料"),
          "another body's people"),
    # people who joined a volunteer team the sentence named before them are its volunteers: "学校成立“银发”志愿服务队，目前已有
    # 退休党员教师18人加入"
    Frame("volunteer_participants",
          lambda c: c.head in ("member", "person", "staff", "young_teacher") and not c.prenominal and
          bool(_JOINED_IT.match(c.after_clause)) and bool(_A_VOLUNTEER_TEAM.search(c.sentence_before)),
          ("学校成立“银发”志愿服务队，目前已有退休党员教师18人加入",), "people who joined a volunteer team"),
    # the members among some of the staff are not all the school's: "新入职教师中，有党员5名", "40岁以下青年教师58人，其中党员19人"
    Frame(None, lambda c: c.head == "member" and bool(_AMONG_SOME_STAFF.search(c.sentence_before)),
          ("新入职教师中，有党员5名", "全校35岁以下青年教师中有党员12人"), "members among some of the staff"),
    # (nor the people on each day's or shift's duty: "每天早晚高峰，4名党员护学")
    Frame(None, lambda c: c.head in ("member", "person", "staff") and bool(_EACH_SHIFT.search(c.sentence_before)),
          ("每天早晚高峰，4名党员护学",), "people on each shift"),
    # (nor the members of an age, a part of all: "现有45岁以下党员教师22名")
    Frame(None, lambda c: c.head == "member" and bool(_OF_AN_AGE.search(c.before)),
          ("现有45岁以下党员教师22名", "学校35周岁以下的党员共9人"), "members of an age"),
    Frame(None, lambda c: bool(_DID_NOT.match(c.after_clause)),
          ("全年有5名党员未参加志愿服务", "仍有2名党员没有按时缴纳党费", "另有3名党员因身体原因未能参加献血"), "people who did not"),
    # (or who handed in something written, no count of the membership: "共有33名党员递交了心得体会")
    Frame(None, lambda c: c.head == "member" and bool(_HANDED_IN.match(c.after_clause)),
          ("共有33名党员递交了心得体会", "支部共有19名党员上交了学习笔记"), "people who handed something in"),
    Frame(None, lambda c: bool(_SURVEYED.match(c.after_clause)),
          ("调研组对全市1000名党员教师进行问卷调查", "对本校40名党员开展了匿名测评", "共有56名党员填写了问卷"), "people surveyed"),
    # those who enter a selection or a contest (参评 of a 评选) are no members reviewed: "开展“党员示范课”评选活动。参评对象为全体
    # 党员教师（共28名）"
    # (or the contest, who enter it: "有11名党员报名参赛", no head count)
    Frame(None, lambda c: ("参评" in c.before + c.after_clause[:4] and bool(_A_SELECTION.search(c.previous + c.sentence)) and
                           "民主评议" not in c.previous + c.sentence) or
          (bool(_ENTERED_A_CONTEST.match(c.after_clause)) and not _THE_WHOLE_SCHOOLS.search(c.before)),
          ("支部开展“优秀党课”评选活动。参评对象为全体党员教师（共28名）", "支部开展党员示范课评比，共有12名党员教师参赛"),
          "people who enter a selection"),
    # those who judge the secretaries' reports on their work (述职评议) review no members: "5个党支部书记依次述职，党委委员、
    # 党员代表共32人参加评议"
    Frame(None, lambda c: c.head in ("member", "person") and bool(_JUDGED_REPORTS.match(c.after_clause)) and
          ("述职" in c.sentence or "述职" in c.previous),
          ("5个党支部书记依次述职，党委委员、党员代表共32人参加评议",), "people who judged the secretaries' reports"),
    Frame("member_reviews", lambda c: c.head in ("member", "person") and bool(_IN_THE_REVIEW.match(c.after_clause)),
          ("开展民主评议党员工作，29名党员全部参评", "支部31名党员均参加民主评议"), "members who took part in the review"),
    # (the sentence before names the meeting; not where its own sentence names it again, a headline before it: the members
    # there are told as the membership, "召开民主评议党员大会，全体党员30名参加")
    Frame("member_reviews", lambda c: c.head in ("member", "person") and
          bool(_AT_THE_MEETING.match(c.after_clause)) and bool(_REVIEW_MEETING_JUST_BEFORE.search(c.previous)) and
          not (_REVIEW_MEETING.search(c.sentence_before) and _whole(c)),
          ("支部召开组织生活会和民主评议党员大会。全体21名党员参加会议",), "members at the review's meeting"),
    # (or the number who came, after the number expected: "召开民主评议党员大会。会议应到党员30名，实到28名")
    # (or in the same sentence, the meeting its clause before names: "召开民主评议党员大会，应参会党员36人，实际参会34人")
    Frame("member_reviews", lambda c: not c.nouns and bool(_CAME_OF_EXPECTED.search(c.sentence_before)) and
          bool(_REVIEW_MEETING_JUST_BEFORE.search(c.previous) or
               _REVIEW_MEETING_JUST_BEFORE.search(_CAME_OF_EXPECTED.sub("", c.sentence_before).rstrip("，, "))),
          ("支部召开民主评议党员大会。会议应到党员30名，实到28名", "召开民主评议党员大会，应参会党员36人，实际参会34人"),
          "members at the review's meeting"),
    # an honour proposed in a notice ("拟授予以下12名党员…称号", "拟推荐3名同志") is not yet given, nor is an admission
    # ("拟接收刘某等3名同志为预备党员")
    Frame(None, lambda c: bool(_PROPOSED.search(c.sentence_before) or
                               (_RECOMMENDED.search(c.sentence_before) and _TO_BE.match(c.after_clause)) or
                               (_PROPOSED_FIRST.search(c.sentence_before) and _PROPOSED_AFTER.match(c.after_clause))),
          ("经支部推荐，拟授予以下8名党员“先锋党员”称号", "拟推荐2名同志为优秀共产党员", "关于推荐王某等2名同志为优秀共产党员的公示",
           "拟评选王某、李某等6名教师为“最美教师”", "经支委会研究，拟接收张某、李某2名同志为中共预备党员",
           "拟于近期召开党员大会，讨论接收赵某等3名同志为预备党员",
           "定于6月28日下午在会议室召开党员大会，讨论接收钱某等2名同志为预备党员",
           "经支委会研究，拟将周某、吴某2名同志接收为预备党员"),
          "proposed, not yet decided"),
    # recommended to the party for admission (推优入党) is a step towards membership, not an honour
    Frame(None, lambda c: bool(_FOR_ADMISSION.search(c.before) or _FOR_ADMISSION.search(c.after_clause)),
          ("支部向党组织推荐优秀团员入党5人", "3名优秀学生被推荐入党"), "recommended for admission"),
    # people recommended for a post are promoted, not honoured: "推荐2名党员教师走上中层管理岗位"
    Frame(None, lambda c: c.has("honour", "before") and bool(_TO_A_POST.match(c.after_clause)),
          ("推荐2名党员教师走上中层管理岗位", "推荐3名青年党员担任班主任"), "recommended for a post"),
    # (or sent to a course: "推荐2名青年教师参加入党积极分子培训班")
    Frame(None, lambda c: c.has("honour", "before") and bool(_TO_A_COURSE.match(c.after_clause)),
          ("推荐2名青年教师参加区里的入党积极分子培训班",), "recommended for a course"),
    # activists made candidates for admission (发展对象) are counted as such, not as how many activists there are
    Frame(None, lambda c: c.head == "activist" and bool(_MADE_CANDIDATES.match(c.after_clause)),
          ("确定2名入党积极分子为发展对象", "3名积极分子被列为发展对象"), "activists made candidates for admission"),
    # (and candidates counted by a form's label, "确定为发展对象：2人", activists made so, are not yet admitted)
    Frame(None, lambda c: c.head == "person" and bool(re.search(r"发展对象[:：\s]*$", c.before)),
          ("确定为发展对象：2人", "发展对象：3人"), "activists made candidates for admission"),
    # (or counted before the word, whoever put them forward: "对各支部推荐的4名发展对象进行审查" is no honour)
    Frame(None, lambda c: not c.nouns and c.after.startswith("发展对象") and not _CANDIDATES_ADMITTED.match(c.after),
          ("党委对各支部推荐的4名发展对象进行了审查",), "activists made candidates for admission"),
    # (the whole, where the report sums them: "现有在职党员18名、退休党员7名，共25名")
    Frame("members_total", lambda c: not c.nouns and bool(_IN_POST_AND_RETIRED_SUMMED.search(c.sentence_before)),
          ("支部现有在职党员20名、退休党员6名，共26名",), "members in post and retired, summed"),
    # the members in post counted apart from the retired ("在职党员64人、退休党员19人"): a part of the membership,
    # whose whole the report does not say
    Frame(None, lambda c: bool(c.nouns) and c.nouns[-1].word in ("在职党员", "在岗党员", "在岗党员教师") and
          bool(_RETIRED_NEXT.match(c.after)),
          ("现有在职党员30人、退休党员8人", "支部有在职党员21名，离退休党员6名"), "members in post, the retired apart"),
    # the members a line labelled with a kind of help counts are those who gave it, no head count: "结对帮扶：党员教师40人，
    # 结对学生85名" (whether they are all the school's members is not said)
    Frame(None, lambda c: bool(c.nouns) and c.head == "member" and bool(_A_LINE_OF_HELP.search(c.sentence_before)),
          ("结对帮扶：党员教师40人", "走访慰问：党员干部12人"), "members under a line of help given"),
    # (a head count: not members admitted or honoured, "全年发展学生党员3名、教师党员2名")
    Frame(None, lambda c: bool(c.nouns) and c.nouns[-1].word in _KINDS_OF_MEMBERS and not c.listed and
          c.nearest_before("exist", "develop", "honour", "help", "lead", "review") in (None, "exist") and
          (bool(_OTHER_KIND_NEXT.match(c.after)) or bool(_OTHER_KIND_BEFORE.search(c.sentence_before))),
          ("学校现有学生党员14名，教师党员97名", "全校有党员教师41人、学生党员6人"), "members of one kind beside another"),
    # (student members alone are a part too, beside the teachers the school's organization has: "学校党委现有学生党员6名")
    Frame(None, lambda c: bool(c.nouns) and c.nouns[-1].word == "学生党员" and not c.prenominal and
          c.nearest_before("exist", "develop", "honour", "help", "lead", "review") in (None, "exist") and
          bool(_ENDS_ITS_CLAUSE.match(c.after_clause)),
          ("学校党委现有学生党员6名", "目前全校共有学生党员12人"), "student members, a part of the membership"),
    # (so are activists of one kind beside another, "教师入党积极分子12人、学生入党积极分子19人": a head count takes the largest
    # of a report's, so a part would stand for the whole)
    Frame(None, lambda c: c.head == "activist" and not c.listed and
          _KIND_OF_ACTIVISTS.fullmatch("".join(n.word for n in c.nouns[-2:])) is not None and
          (bool(_OTHER_ACTIVISTS_NEXT.match(c.after)) or bool(_OTHER_ACTIVISTS_BEFORE.search(c.sentence_before))),
          ("现有教师入党积极分子12人、学生入党积极分子19人",), "activists of one kind beside another"),
    # (or members described as having become full members: "按期转正的2名党员在党旗下宣誓")
    Frame(None, lambda c: (c.head == "probationary" and (c.does("promote") or c.has("promote", "before"))) or
          (c.head == "member" and c.before.endswith("的") and c.has("promote", "before")),
          ("预备党员按期转正4名", "3名预备党员转为正式党员", "按期转正的2名党员在党旗下宣誓"), "members who became full members"),
    # people made activists by a verb before them, the role after them: "吸收3名青年教师为入党积极分子" (read before the
    # frames of admission: 吸收, like 发展, also admits members)
    # (applicants too, who become activists so: "确定3名入党申请人为入党积极分子")
    Frame("activists", lambda c: c.head in PERSONLIKE + ("applicant",) and not c.listed and
          bool(_AS_ACTIVISTS.match(c.after_clause)),
          ("支部吸收2名青年教师为入党积极分子", "今年确定两名同志为积极分子", "支部大会确定3名入党申请人为入党积极分子",
           "支部委员会确定4名青年教师为新一批入党积极分子"),
          "people made activists"),
    # (not a part of the membership counted before it: "党员总数72人（含预备党员4人）；2023年新发展党员3人")
    Frame("members_developed", lambda c: c.head == "probationary" and not _stock(c) and _develop_context(c) and
          not _PART_OF_THE_TOTAL.search(c.before),
          ("会上讨论新发展对象。介绍人介绍了两名预备党员的表现", "审批会上，3名预备党员宣读入党志愿书"),
          "probationary members just admitted"),
    # people whose applications to join the branch received (read before "的" is taken for a phrase that refers back):
    # "收到3名青年教师的入党申请书"
    Frame("applicants", lambda c: c.head in PERSONLIKE and bool(_THEIR_APPLICATIONS.match(c.after_clause)) and
          bool(_RECEIVED.search(c.before)),
          ("支部收到2名青年教师的入党申请书", "本学期接收5名学生的入党申请书"), "people whose applications came in"),
    # the people of a volunteer team or of one of its squads, named right before them: "组建党员志愿服务队，首批队员仅有12名
    # 党员教师", "党员志愿者分成三个小分队：第一小分队8名党员到社区…"
    # members on duty in turns at a class whose care the clause after says is free: "暑期班开班，8名党员教师轮流值班，免费看护
    # 村里30名孩子"
    Frame("volunteer_participants", lambda c: c.head == "member" and c.prenominal and
          bool(_ON_DUTY_AT_FREE_CARE.match(c.sentence[len(c.sentence_before):])),
          ("暑期班开班，8名党员教师轮流值班，免费看护村里30名孩子",), "members on duty at free care"),
    # (or its members counted after their noun, the team named right before them: "党员志愿者分成4个小分队，小分队党员共36名")
    Frame("volunteer_participants", lambda c: c.head in ("member", "person", "staff", "pupil", "league") and
          (c.prenominal or bool(_A_TEAM_RIGHT_BEFORE.search(c.before))) and
          bool(_OF_A_SQUAD.search(c.before)) and _service_told(c),
          ("学校组建党员志愿服务队，首批队员有15名党员教师", "党员志愿者分成两个小分队：第一小分队9名党员到社区清扫街道",
           "学校新建3支党员志愿服务队，志愿队党员共42名"),
          "people of a volunteer team"),
    # (nor pupils whose kin are the people the clause is of: "看望了12名留守儿童的母亲", the mothers visited, no pupils helped)
    Frame(None, lambda c: c.head == "pupil" and bool(_THEIR_KIN.match(c.after)),
          ("支部党员慰问了9名留守儿童的祖父母",), "pupils whose kin are meant"),
    # the branch's activists or probationary members whose training or examination is done: "抓好3名入党积极分子的培养考察"
    # (its own people, counted acting on them, as "对支部2名预备党员进行了考察" counts them)
    Frame("activists", lambda c: c.head == "activist" and not c.listed and bool(_THEIR_TRAINING.match(c.after)),
          ("本学期抓好3名入党积极分子的培养考察", "加强对支部4名入党积极分子的教育培养"), "activists in training"),
    Frame("members_probationary", lambda c: c.head == "probationary" and not c.listed and bool(_THEIR_TRAINING.match(c.after)),
          ("做好2名预备党员的教育考察工作",), "probationary members under examination"),
    # members whose works won prizes are members honoured: "3名党员教师的课例获区一等奖"
    Frame("awards_individual", lambda c: c.head == "member" and bool(_THEIR_WORKS_WON.match(c.after_clause)),
          ("学校3名党员教师的课例在区评比中获奖", "5名党员教师的论文获市级奖励"), "members whose works won prizes"),
    # (not all the members of the branch or the school: "支部21名党员的平均积分为96.5分")
    Frame(None, lambda c: c.after.startswith("的") and c.head in ("person", "member", "activist") and
          not (c.head == "member" and _WHOLE_BEFORE.search(c.before)),
          ("两位同志的考察意见由书记宣读", "三名教师的发言各有侧重"), "a phrase that refers back"),
    Frame("members_total", lambda c: c.after.startswith("的") and c.head == "member" and bool(_WHOLE_BEFORE.search(c.before)),
          ("2023年，支部21名党员的平均积分为96.5分", "全校46名党员的先锋作用得到发挥"), "all the members, then what is theirs"),
    # the members a review grades are the members reviewed: "经民主评议，21名党员中评为优秀等次的5名"
    Frame("member_reviews", lambda c: c.head in ("member", "full_member") and c.after_clause.startswith("中") and
          c.has("review", "sentence_before"),
          ("经民主评议，21名党员中评为优秀等次的5名",), "members graded by the review"),
    # (or all the members, then some among them: "支部30名党员中有3人因病请假")
    Frame("members_total", lambda c: c.head == "member" and c.after_clause.startswith("中") and bool(_WHOLE_BEFORE.search(c.before))
          and not c.has("review", "sentence_before") and not c.has("honour", "after_clause"),
          ("支部30名党员中有3人因病请假",), "all the members, then some among them"),
    # the prizes of a contest, counted with no people of their own, are the members' only where members took part: "参赛
    # 党员28人，获一等奖3人", not "青年教师42人参赛……评出一等奖3名"
    # (a part of those who entered said to be members is not enough: "青年教师20人报名参赛，其中党员6人，共评出一等奖3名")
    Frame(None, lambda c: c.head in ("", "person") and bool(_A_PRIZE_BEFORE.search(c.before)) and
          "党员" not in _SOME_OF_THEM_MEMBERS.sub("", c.sentence) and "党员" not in c.previous,
          ("青年教师42人参赛。经评委打分，最终评出一等奖3名、二等奖5名", "青年教师30人参赛，其中党员8人，评出一等奖4名"),
          "prizes of people not said to be members"),
    # candidates put forward for an honour are not honoured yet: "推荐“优秀共产党员”候选人2名"
    Frame(None, lambda c: c.head in ("", "person") and bool(_CANDIDATES_RIGHT_BEFORE.search(c.before)),
          ("研究推荐区“优秀教师”候选人3名", "确定市级“优秀党务工作者”推荐人选1名"), "candidates for an honour"),
    Frame("awards_individual", lambda c: "honoured" in c.roles and not c.listed,
          ("各党小组共推荐15名优秀党员", "推选出本年度优秀党员4名", "评出优秀党员三名"), "honoured people"),
    # (people honoured before 中 are a set a part of which is counted next: "受表彰的29名教师中，党员教师17名")
    Frame("awards_individual",
          # (not people described by a prize won before, who then joined: "6名获奖教师被发展为党员")
          # (nor the prizes of those the members guide: "党员指导青年教师获区级以上奖项11人次", an outcome of the mentoring)
          # (nor people not said to be members, the members among them counted next: "4名教师获奖，其中党员教师3名")
          lambda c: c.head in ("person", "member", "young_teacher", "") and not c.does("designate") and
          not c.does("join") and not c.after_clause.startswith("中") and not _MENTEES_HONOURED.search(c.before) and
          # (nor a bare count of the young teachers the sentence is about: "青年教师成长迅速，有9人在优质课比赛中获奖"; the
          # members they were paired with may be named in a clause before: "党员与10名青年教师结对，青年教师…获奖9人次")
          not (c.head in ("", "person", "young_teacher") and _MENTEES_THE_SENTENCE_TELLS_OF.search(c.sentence_before) and
               not _YOUNG_MEMBERS.search(_clause_of_the_young_teachers(c.sentence_before))) and
          not (c.head != "member" and (_MEMBERS_AMONG_THEM_NEXT.search(c.after) or _members_among_them_later(c))) and
          not ELECTED_TO_AN_OFFICE.search(c.after_clause) and (
              c.nearest_before("exist", "honour", "help", "lead", "develop") == "honour" or
              # (young teachers only where a commendation names them: "表彰了优秀青年教师6名", not "3名青年教师在评比中获
              # 一等奖", an outcome of their mentoring)
              (c.head != "young_teacher" and c.does("honoured_by"))
              # (or in the clause after theirs, which opens with it: "积分在90分以上的党员12名，被评为“星级党员”")
              # (no verb of their own before them: "发展党员6名，获评…" is the branch's honour)
              or (c.head in ("member", "person") and not c.after_clause.strip() and
                  bool(_HONOURED_IN_THE_NEXT_CLAUSE.match(c.after)) and
                  c.nearest_before("exist", "honour", "help", "lead", "develop") is None)
              # a bare count right after the honour received: "获市级以上奖励9人次"
              or (c.head == "" and c.has("honoured_by", "before"))),
          ("对张某等5名同志进行了表彰", "表彰了本学年的6名党员教师", "2名党员教师当选县骨干教师",
           "年度积分在90分以上的党员12名，被评为“星级党员”",
           "3名教师分别获得市级一等奖", "获得表彰的党员共12名", "先后有12人次获得区级以上表彰",
           "党员教师获区级以上奖励15人次", "5人获市级“师德标兵”称号", "大会表彰了优秀青年教师6名"), "people honoured"),
    Frame("members_developed",
          lambda c: c.head in (*PERSONLIKE, "probationary") and (
              c.does("join") or (c.prenominal and bool(_NEWLY_JOINED_BEFORE.search(c.before)))) or
          # (activists who became members are members admitted: "2名入党积极分子被接收为预备党员")
          (c.head == "activist" and c.prenominal and not c.listed and c.does("join")),
          ("三位青年教师光荣地成为中共预备党员", "120多名学生在高中阶段发展为党员", "12名教师光荣加入中国共产党",
           "书记为4名新入党的教师颁发了党员证", "书记为新入党的3名党员佩戴党员徽章", "会上，3名入党积极分子被接收为预备党员"),
          "people who joined"),
    # young teachers taken into a studio of master teachers are mentored there: "依托党员名师组建工作室，吸纳青年教师20名"
    Frame("teachers_mentored", lambda c: c.head == "young_teacher" and bool(_TAKEN_INTO_A_STUDIO.search(c.sentence_before)),
          ("支部依托5名党员名师组建名师工作室，吸纳青年教师20名", "工作室由4名党员学科带头人牵头，共吸纳青年教师10名"),
          "young teachers taken into a studio"),
    # (members taken into a group that is not the party, "工作室吸纳青年教师成员45名", joined that group)
    Frame("members_developed",
          lambda c: c.head in ("member", "probationary", "pupil", "person") and not _of_a_group(c) and
          c.nearest_before("exist", "develop", "honour", "help", "lead") == "develop" and
          not _GROWN_TO.search(c.before) and
          # (not teachers a school took in, no members said: "学校还接收雷山二中跟岗学习教师20名"; nor the children a class
          # took in: "暑期托管班接收学生30名")
          not (c.head in ("person", "pupil") and bool(_TOOK_IN.search(c.before)) and not _AS_MEMBERS.match(c.after_clause)),
          ("近四年共发展学生党员140多名", "今年吸收了3名教师党员", "新发展党员2名"), "people admitted"),
    # teachers or activists admitted, said with what they became: "发展1名青年教师为预备党员", "接收2名入党积极分子为
    # 预备党员" (the activists were, and are no longer)
    Frame("members_developed",
          lambda c: c.head in ("young_teacher", "staff", "activist") and bool(_AS_MEMBERS.match(c.after_clause)) and
          c.nearest_before("exist", "develop", "honour", "help", "lead") == "develop",
          ("支部发展1名青年教师为预备党员", "今年吸收两名教师为中共预备党员", "本学期发展了2名青年教师入党",
           "支部大会接收2名入党积极分子为中共预备党员", "本学期吸收一名积极分子为预备党员"),
          "teachers or activists admitted"),
    # (or candidates for admission, a word the lexicon leaves out, its count of its own no activists': "接收2名发展对象为
    # 预备党员")
    Frame("members_developed",
          lambda c: not c.nouns and bool(_CANDIDATES_AS_MEMBERS.match(c.after_clause)) and
          c.nearest_before("exist", "develop", "honour", "help", "lead") == "develop",
          ("支部大会讨论接收3名发展对象为中共预备党员",), "teachers or activists admitted"),
    Frame("members_developed", lambda c: c.head == "new_member" and not c.listed, ("接收新党员2名",), "new members"),
    # activists counted with the members who served beside them served too: "共有15名党员和7名入党积极分子参加了献血" (some
    # of the activists, no count of them all)
    Frame("volunteer_participants", lambda c: c.head == "activist" and _served_with_members(c),
          ("共有12名党员和5名入党积极分子参加了社区义务劳动", "8名党员和3名入党积极分子来到敬老院，为老人们打扫卫生"),
          "activists who served with members"),
    # (not those who came to an event, as members who came are not the membership: "支部46名党员、6名入党积极分子参加
    # 活动"; those who came to their training are the activists trained)
    Frame("activists", lambda c: c.head == "activist" and not c.listed and not _making_up_a_team(c) and
          not (c.does("attend") and not _TRAINING.search(c.sentence) and not _ALL_OF_THEM.search(c.before)),
          ("80余名学生入党积极分子参加党校培训", "确定入党积极分子5名", "培养了8名积极分子"), "activists"),
    # (applicants who read out their admission form are at the meeting that votes on admitting them: whether they were
    # admitted is said elsewhere, and they are no head count of the applicants: "大会上，3名入党申请人依次宣读入党志愿书")
    Frame(None, lambda c: c.head == "applicant" and bool(_READ_THE_ADMISSION_FORM.match(c.after)),
          ("支部大会上，3名入党申请人依次宣读了入党志愿书", "两位入党申请人先宣读各自的入党志愿书，再谈入党动机"),
          "applicants at the meeting that admits them"),
    # (applicants made activists are activists now: "将3名入党申请人列为入党积极分子")
    Frame("activists", lambda c: c.head == "applicant" and not c.listed and c.does("designate") and
          not _CANDIDATES_FOR.search(c.after_clause),
          ("支委会将4名入党申请人确定为入党积极分子",), "applicants made activists"),
    Frame("applicants", lambda c: c.head == "applicant" and not c.listed, ("入党申请人9名",), "applicants"),
    # (people put forward as candidates for activists are not yet activists: "12名优秀团员被推荐为入党积极分子人选")
    Frame(None, lambda c: c.head in PERSONLIKE and c.does("designate") and bool(_CANDIDATES_FOR.search(c.after_clause)),
          ("5名优秀团员被推荐为入党积极分子人选",), "proposed, not yet decided"),
    Frame("activists", lambda c: c.head in PERSONLIKE and c.does("designate"),
          ("3名青年教师被确定为入党积极分子", "经支部研究，5名同志列为入党积极分子"), "people made activists"),
    Frame("applicants", lambda c: c.head in PERSONLIKE and c.does("apply"),
          ("六百多名学生先后递交了入党申请书", "5名青年教师向党组织提交入党申请书"), "people who applied"),
    Frame("members_full", lambda c: c.head == "full_member" and not c.listed,
          ("支部有正式党员17人", "现有23名正式党员"), "full members"),
    # probationary members taking the oath of admission were just admitted (not members renewing it: "重温入党誓词")
    Frame("members_developed", lambda c: c.head == "probationary" and not c.listed and _sworn_in(c.after),
          ("3名预备党员面向党旗庄严宣誓", "两名预备党员在党旗下举起右手宣读入党誓词"), "probationary members sworn in"),
    Frame("members_probationary", lambda c: c.head == "probationary" and not c.listed,
          ("其中预备党员2人", "现有预备党员1名"), "probationary members"),
    # (not those called volunteers who went along to remember the dead, no service told: "带领8名党员和10名家长志愿者前往
    # 烈士墓，举行主题党日")
    Frame("volunteer_participants", lambda c: "volunteer" in c.roles and not _to_remember_only(c.sentence),
          ("90多名党团员志愿者在路口劝导文明出行", "组织40余名师生志愿者走进社区", "退休党员志愿者30余人"), "volunteers"),
    # (or a list of the school's people that ends in the word for volunteers, counted together: "党员和团员志愿者共30人")
    Frame("volunteer_participants", lambda c: c.listed and bool(c.nouns) and c.nouns[-1].role == "volunteer" and
          c.kinds <= {"member", "pupil", "staff", "person", "league", "volunteer"} and not _to_remember_only(c.sentence),
          ("支部组织党员和团员志愿者共30人走进社区",), "volunteers"),
    # members who go about a volunteer service named in the clause just before: "开展“党员进社区”志愿服务，28名党员分成
    # 4个小组，为居民清理楼道"
    Frame("volunteer_participants", lambda c: c.head in ("member", "person") and c.prenominal and not c.listed and
          bool(_SERVICE_JUST_BEFORE.search(c.sentence_before)),
          ("三是开展“党员进社区”志愿服务，28名党员分成4个小组，为居民清理楼道",), "members on a volunteer service"),
    # (or the members the review was held on: "对13名党员进行了民主评议")
    # (or the members who attended the meeting of the review the sentence names before them: "召开民主评议党员会议，支部
    # 11名党员参加"; all the members, "全体党员25人参加", are the membership)
    # (all the members, who came to the review's meeting, are the membership: "召开民主评议党员大会，全体党员30名参加")
    Frame("member_reviews", lambda c: c.head in ("member", "person") and
          ((c.nearest_before("exist", "review", "honour", "help") == "review" and not (c.does("attend") and _whole(c))) or
           ((c.does("attend") or bool(_REVIEWED_ALL.search(c.before)) or
             (c.before.endswith("的") and c.has("attend", "before")))
            and c.has("review", "after_clause")) or
           (c.does("attend") and bool(_REVIEW_MEETING.search(c.sentence_before)) and not _whole(c)) or
           # (or who came to a meeting that then reviewed all the members, said later in the sentence: "支部18名党员参加
           # 会议，…，会后对全体党员开展了民主评议"; or in the sentence after, of the meeting of the branch's life they came to:
           # "召开组织生活会，支部20名党员参加。会上开展民主评议党员")
           (c.does("attend") and bool(_ALL_OF_THEM_REVIEWED_LATER.search(c.after))) or
           (c.does("attend") and bool(_ITS_OWN.search(c.before)) and bool(_MEETING_OF_ITS_LIFE.search(c.sentence_before)) and
            bool(_REVIEWED_AT_IT_AFTER.match(c.following)))),
          ("年底民主评议党员35人", "全体党员23人参加了民主评议", "会议对13名党员进行了民主评议", "与会的30名党员逐一进行互评",
           "年底对全体29名党员进行了民主评议", "支部对全校41名党员进行民主评议",
           "支部召开民主评议党员大会，支部16名党员参加", "召开组织生活会，支部15名党员参加，会后对全体党员开展了民主评议",
           "支部召开年度组织生活会，支部24名党员参加。会上，支部开展了民主评议党员"),
          "members reviewed"),
    # a community's children a volunteer service reaches are people it serves, not the school's pupils helped
    # (the community may be said in their noun: "为120名社区儿童提供作业辅导")
    # (children in need are pupils helped, whoever helps them: "为社区15名留守儿童免费辅导功课")
    Frame("volunteer_beneficiaries", lambda c: c.head == "pupil" and
          not _PUPILS_IN_NEED.search(_after_the_count(c.around)) and
          (bool(_OF_A_COMMUNITY.search(c.before)) or bool(_COMMUNITYS_NOUN.search(c.around))) and
          (_helped(c) or bool(_FOR_THEM.search(c.before))) and _service_told(c),
          ("志愿者们为社区40多名儿童讲解防溺水知识", "开展志愿服务活动。党员们还为小区20余名孩子辅导作业",
           "开展暑期志愿服务，党员教师为120名社区儿童提供作业辅导"),
          "a community's children served"),
    # (or the children who took part, counted after what was held for a community's children: "为小区儿童开展亲子阅读活动，
    # 参与儿童35名")
    Frame("volunteer_beneficiaries", lambda c: c.head == "pupil" and not c.prenominal and c.has("attend", "before") and
          bool(_FOR_A_COMMUNITYS_CHILDREN.search(c.sentence_before)),
          ("党员走进小区，为小区儿童开展手工活动，参与儿童30名",), "a community's children served"),
    # (or those who came to a free talk or class held for the public, counted bare in the clause after it: "为社区居民开展
    # 公益讲座，50余人参加")
    Frame("volunteer_beneficiaries", lambda c: c.head in ("", "person") and not c.nouns and
          bool(_CAME_TO_IT.match(c.after)) and bool(_HELD_FOR_THE_PUBLIC_FREE.search(c.sentence_before)),
          ("党员教师来到村委会，为村民开展禁毒公益讲座，70余人参加",), "those at a free talk held for the public"),
    # (or its parents, said by their children maybe, that members who went out held something for: "走进社区，为社区内20名
    # 婴幼儿家长开展育儿讲座")
    Frame("volunteer_beneficiaries", lambda c: c.prenominal and c.nouns[-1].word == "家长" and
          bool(_OF_A_COMMUNITY.search(c.before)) and bool(_FOR_THEM.search(c.before)) and
          bool(_WENT_TO.search(c.sentence_before)),
          ("支部组织党员走进社区，为社区内20名婴幼儿家长开展育儿讲座",),
          "a community's parents served"),
    # (or the children of a welfare home members went to, something done for them there: "党员教师来到县儿童福利院，为院内
    # 20名孩子送去图书", no pupils of a school)
    Frame("volunteer_beneficiaries", lambda c: c.head == "pupil" and bool(_WENT_TO_A_WELFARE_HOME.search(c.sentence)) and
          (_helped(c) or bool(_FOR_THEM.search(c.before))),
          ("六一前夕，党员教师来到县儿童福利院，为院内20名孩子送去图书和文具",), "a welfare home's children served"),
    # the pupils of a whole grade or school taught more are no pupils helped: "为九年级320名学生开展分层辅导"
    # (their homes visited are home visits still: "对全园210名幼儿开展了全员家访")
    # (or the grade's pupils a talk reached, counted after them: "举办讲座2场，覆盖高三学生500人")
    # (not some of them, described: "对全校17名情绪低落的学生开展辅导"; nor those led out on a service: "带领四年级120名学生来到
    # 烈士陵园，为烈士墓清除杂草")
    Frame(None, lambda c: c.head == "pupil" and bool(_A_WHOLE_GRADE.search(c.before)) and
          not (bool(_LED_OUT_BEFORE.search(c.before)) and _serves_later(c)) and
          (c.prenominal or bool(_REACHED_A_GRADE.search(c.before))) and not c.relative and
          not (_IN_NEED.search(c.around) or any(n.word != "学生" for n in c.nouns)) and
          not (_TO_WHOM.search(c.before) and _HOME_VISITS_DONE_TO_THEM.match(c.after)),
          ("党员教师为九年级280名学生开展考前辅导", "为初三全体450名学生开展分层辅导", "举办考前讲座3场，覆盖九年级学生420人"),
          "a whole grade's pupils"),
    # the families of pupils visited are homes visited: "党员教师走访了26名学生的家庭", "走访班上20名孩子的家"
    # (or the pupils home visits were made to: "对新入园的90名幼儿进行了家访")
    # (or the pupils themselves visited, no word of care besides, 慰问: "走访了全校6名孤儿", "走访了结对帮扶的30名学生")
    Frame("home_visits", lambda c: c.head == "pupil" and c.prenominal and (
              (bool(_THEIR_HOMES.match(c.after)) and bool(_VISITED_BEFORE.search(c.before))) or
              (bool(_PUPILS_VISITED_BEFORE.search(c.before)) and not c.after.startswith("的")) or
              (bool(_TO_WHOM.search(c.before)) and bool(_HOME_VISITS_DONE_TO_THEM.match(c.after)))),
          ("党员教师走访了26名学生的家庭", "今年她走访了班上20名孩子的家", "开学前对新入园的90名幼儿进行了家访",
           "党员教师走访了全园7名留守幼儿",
           "寒假中对初一200名新生实现入户家访全覆盖"),
          "pupils' homes visited"),
    Frame("students_assisted", lambda c: c.head == "pupil" and _helped(c),
          ("全校有60余名学生被纳入重点帮扶名单", "对辖区内的三名残障儿童开展送教上门", "结对帮扶困难学生35名",
           "为12名孩子的家庭送去慰问品", "党员教师与56名学困生结成帮扶对子", "受到慰问的困难学生23名", "为40名留守儿童建立成长档案",
           "党员教师与30名学困生、留守儿童结对帮扶", "党员教师将慰问品送到20名留守儿童手中",
           "党员教师为8名生活困难的学生购置了冬装", "期末为高二年级情绪低落的9名学生开展心理辅导",
           "学校为本校4名长期病休的学生安排党员教师上门辅导"), "pupils helped"),
    # (or counted with no noun after the pairing, the pupils named in its clause before: "党员教师与学困生结对帮扶，
    # 共结对40人")
    Frame("students_assisted", lambda c: c.head in ("", "person") and not c.nouns and
          bool(_PUPILS_PAIRED_BEFORE.search(c.sentence_before[-60:])),
          ("党员教师与学困生结对帮扶，共结对40人", "针对学习困难的学生，支部安排党员教师结对帮扶，目前已结对30人"),
          "pupils helped, named before"),
    # (or teachers to whom a visit of care was paid, said after them: "对教龄满30年的14名教师进行了走访慰问")
    Frame("staff_visited", lambda c: c.head in ("person", "staff") and c.prenominal and
          bool(_TO_WHOM_IN_THE_SENTENCE.search(c.sentence_before)) and
          bool(_CARE_VISIT_AFTER.match(c.after) or
               _JOINED_THEN_CARE_VISIT.match(c.sentence[len(c.sentence_before):].lstrip("0123456789 "))),
          ("重阳节前，支部对教龄满三十年的11名教师进行了登门慰问", "支部对住院的3名教师和退休的5名教师进行了走访慰问"),
          "staff called on with care"),
    # (or staff listed with others of the school: "走访慰问困难党员和教职工11人次")
    # (or staff or members described as in need: "走访慰问了2名因病住院的教职工")
    # (or the school's staff at large, where the verb is one of calling on them with care: "班子成员走访慰问教职工40人次")
    # (not mentors, who help: "24对师徒签了协议，其中党员导师17名")
    Frame("staff_visited", lambda c: not (c.nouns and c.nouns[-1].word.endswith(_MENTORS)) and (c.head == "staff" or ("staff" in c.kinds and c.kinds <= _STAFF_LIKE) or
                                      # (young teachers too: "看望了患病的青年教师2名"; or called on, listed after others:
                                      # "看望了退休教师9名和新分配教师3名")
                                      (c.head in _STAFF_LIKE | {"young_teacher"} and bool(_IN_NEED.search(c.relative) or
                                                                      _IN_NEED.search(_described_before_noun(c)))) or
                                      (c.head == "young_teacher" and bool(_CALLED_ON_BEFORE_A_LIST.search(c.before))) or
                                      (c.head == "person" and bool(c.nouns) and c.nouns[-1].word in _THE_STAFF and
                                       bool(_CALLED_ON.search(c.before))) or
                                      # (or teachers of long service, said so, called on: "慰问了从教满30年的教师9名")
                                      (c.head == "person" and bool(c.nouns) and c.nouns[-1].word in ("教师", "老师") and
                                       bool(_CALLED_ON_FOR_LONG_SERVICE.search(c.before))) or
                                      # (or their households, the staff's in need: "走访慰问了3名困难教职工家庭")
                                      (c.head == "household" and "staff" in c.roles and
                                       bool(_CALLED_ON_BEFORE_A_LIST.search(c.before)))) and
          _helped(c) and
          # (not staff an event was held for, no call on them told: "为5名老教师举办茶话会")
          not (_AN_EVENT_HELD.match(c.after) and not _A_CALL_ON_THEM.search(c.sentence)),
          ("分头慰问了十二位老教师", "春节前走访慰问困难教职工6名", "看望了6位退休老师", "为4名家庭困难教职工申请了困难补助",
           "走访慰问困难党员和教职工9人次", "书记看望了2名因病住院的教职工", "走访慰问了3名患病女教师",
           "班子成员走访慰问教职工40人次", "春节前走访慰问了4户困难教职工家庭", "走访慰问了保安、保洁等后勤一线职工共18人",
           "看望了因病住院的青年教师2名", "教师节前看望慰问了老教师5名和新入职教师7名", "教师节前慰问了从教满30年的教师6名"),
          "staff visited"),
    # mentors paired with as many teachers as they are: one pair each ("6名骨干教师与6名新教师结成师徒对子")
    # (not the new teachers themselves, said new before their count: "新入职的5名教师与5名党员导师…")
    Frame("mentoring_pairs", lambda c: c.head in ("member", "staff", "person") and c.prenominal and _paired_one_to_one(c) and
          not _NEW_BEFORE_THE_COUNT.search(c.before),
          ("学校安排7名党员骨干与7名新入职教师结成师徒对子", "9位党员教师与9名青年教师结为“青蓝”对子", "6名党员骨干与6名青年教师结对",
           "12名骨干教师（其中党员8名）与12名新教师结成师徒对子", "8名新入职教师分别与8名党员教师结成师徒对子",
           "仪式上，9名党员骨干与9名新入职教师签订师徒协议", "支部选出7名导师，与本学期新来的7名教师结成对子",
           "支部为新来的6名青年教师举行拜师仪式，6名党员骨干与他们一一结对", "本学期新进教师4名，由4名党员导师一对一指导"),
          PAIRED_ONE_TO_ONE),
    # (not the young teachers counted by what they became, in a sentence on mentoring: "先后有8名青年教师成长为
    # 区级骨干" counts an outcome, not those mentored)
    # (teachers said new before their count are young teachers too: "为今年新入职的11名教师…，并为每名新教师安排一名党员导师")
    Frame("teachers_mentored", lambda c: (c.head == "young_teacher" or (c.head == "person" and c.prenominal and
                                                                        bool(_NEW_BEFORE_THE_COUNT.search(c.before)))) and (
              (_helped(c) and not _INDUCTION_AFTER.match(c.after)) or
              (c.has("mentor", "sentence") and not _OUTCOME.match(c.after_clause)) or
              bool(re.match(r"[^，,。]{0,6}?(?:接受|得到)", c.after)) or bool(_JOINED_A_PAIRING.match(c.after)) or
              bool(_GIVEN_MENTORS.match(c.after)) or
              bool(_PAIRED_WITH_MENTORS_AFTER.match(c.sentence, len(c.sentence_before))) or
              (bool(_YOUNG_TEACHERS_PAIRED.search(c.sentence_before)) and not _OUTCOME.match(c.after_clause))),
          ("30余位青年教师接受结对指导", "结对指导青年教师12名", "骨干教师共培养青年教师23名", "党员教师指导青年教师31名",
           "五年来共有40名新教师参加师徒结对", "今年学校新入职教师7名，支部为他们都安排了党员导师",
           "党员骨干与新入职教师签订结对协议15份，15名新教师均按期完成了跟岗学习", "12名青年教师分别与12名骨干教师结对"),
          "young teachers mentored"),
    # households helped with their farm work are people served: "帮助4户缺少劳力的家庭春耕播种"
    Frame("volunteer_beneficiaries", lambda c: c.head == "household" and c.before.endswith("帮助") and
          bool(_FARM_WORK_DONE_FOR_THEM.search(c.sentence)),
          ("党员教师到王村帮助5户缺少劳力的家庭插秧",), "households helped with their farm work"),
    # (the visit may be said after the families: "全校2160名学生家庭全部走访到位")
    # (not a community's households in need, called on: "走访社区困难家庭6户" are people served)
    # (nor a community's households, a volunteer service's: "为社区20余户婴幼儿家庭开展入户育儿指导")
    # (not some of the visits just counted, by how they were made, after 其中: "本学期家访学生150名，其中上门家访
    # 90户")
    Frame(None, lambda c: c.head == "household" and bool(re.search(r"其中(?:实地|入户|上门|电话)(?:家访|走访)$", c.before)) and
          bool(re.search(r"家访[^。；;]*[，,]\s*其中", c.sentence_before)),
          ("寒假开展教师大家访活动，其中电话家访70户",), "a part of a total named before"),
    Frame("home_visits", lambda c: c.head == "household" and "public" not in c.roles and
          not _COMMUNITYS_IN_NEED.search(c.before) and not _OF_A_COMMUNITY.search(c.before) and
          (c.has("home_visit", "around") or
           ("pupil" in c.roles and c.has("help", "before") and not _KEPT_IN_TOUCH_WITH.search(c.before)) or
           bool(_VISITED_AFTER.match(c.after_clause))),
          ("深入150余个学生家庭开展家访", "走访了30户学生家庭", "老师们入户走访了15个家庭", "全校860名学生家庭全部走访到位"),
          "households visited"),
    # (or households a volunteer service reaches: "志愿队开展活动15场，惠及家庭300余户", or a community's households helped:
    # "为社区120户困难家庭提供帮扶")
    Frame("volunteer_beneficiaries", lambda c: ("public" in c.roles and c.head in ("household", "public") and
                                                (c.has("help", "sentence") or c.has("serve", "sentence") or
                                                 c.has("benefit", "before") or bool(_FOR_THEM.search(c.before)))) or
          (c.head == "household" and (c.has("benefit", "before") or bool(_FOR_THEM.search(c.before))) and
           _service_told(c)) or
          (c.head == "household" and bool(_OF_A_COMMUNITY.search(c.before)) and _helped(c)) or
          (c.head == "household" and bool(_COMMUNITYS_IN_NEED.search(c.before)) and
           (c.has("home_visit", "around") or _helped(c))) or
          # (or the public's households a volunteer service told before went to, guided or called on: "…开展志愿服务。
          # 党员们深入小区，入户指导居民60户")
          ("public" in c.roles and c.head == "household" and c.has("serve", "previous") and
           bool(_WENT_TO_THEIR_HOMES.search(c.before))),
          ("学校与4个空巢老人家庭结成帮扶对子", "志愿服务惠及居民300余人", "为社区60位孤寡老人义务理发", "为社区20余户婴幼儿家庭开展育儿指导",
           "党员们为小区80余位老人测量血压", "党员志愿队走进社区开展宣传活动10场，惠及家庭200余户",
           "志愿服务队定期为社区60户困难家庭提供帮扶", "党员志愿者开展育儿讲座3场，为80余户家庭提供指导",
           "支部开展垃圾分类志愿服务。党员们深入小区，入户指导居民60户", "党员们走访村里困难家庭9户，送去慰问品"),
          "people served"),
    # (when the visits are counted themselves, "36名党员教师共家访学生218户", the visitors are not, nor
    # when a later clause counts them: "组织32名党员教师开展家访，共走访学生家庭416户"; nor all the members, a head count:
    # "组织全体28名党员教师开展家访")
    # (but members who take turns teaching pupils at home are its volunteers, not one visit each: "由9名党员教师轮流为2名
    # 骨折休学的学生送教上门")
    Frame("volunteer_participants", lambda c: c.head == "member" and c.prenominal and
          bool(_IN_TURNS.match(c.after_clause.lstrip())) and not _ITS_OWN.search(c.before) and
          bool(_TEACHING_TAKEN_HOME.search(re.split(r"[，,；;]", c.sentence[len(c.sentence_before):], maxsplit=1)[0])),
          ("党支部派出7名党员教师轮流给1名术后在家的学生送教上门", "针对一名重病儿童，学校安排4名党员教师轮流送教到家"),
          "members who take turns teaching at home"),
    Frame("home_visits", lambda c: c.head in ("member", "person") and c.has("home_visit", "after_clause") and
          not c.object_counted and not _VISITS_COUNTED.search(c.sentence, len(c.sentence_before)) and
          not (c.head == "member" and _WHOLE_BEFORE.search(c.before)),
          ("22位党员分别走进结对帮扶的学生家中进行家访", "15名教师利用暑假入户家访"), "home visits by members"),
    # members sent to teach at a school the school is paired with, its partnership's work, no volunteers unless the sentence
    # names a service: "选派3名党员教师赴对口帮扶的山区学校开展暑期支教" (but "…到对口帮扶的某校开展送教下乡活动" is one)
    Frame(None, lambda c: c.head == "member" and bool(_TO_A_PAIRED_SCHOOL.match(c.after_clause)) and
          not _A_SERVICE_NAMED.search(c.sentence),
          ("选派3名党员教师赴对口帮扶的山区学校开展暑期支教",), "members sent to teach at a paired school"),
    # (but members who went to teach in Tibet or Xinjiang are volunteers, as the English reports have it: "两名党员教师动身
    # 前往西藏林芝市某中学支教半年")
    Frame("volunteer_participants", lambda c: c.head == "member" and bool(_TO_TEACH_IN_TIBET_OR_XINJIANG.match(c.after_clause)),
          ("学校2名党员教师赴西藏某县中学开展为期半年的支教", "选派4名党员教师前往南疆开展支教工作"),
          "members who went to teach in Tibet or Xinjiang"),
    # (or members described before their count by the service they went to do: "为暑期赴云南山区学校支教的4名党员教师举行欢迎会")
    Frame("volunteer_participants", lambda c: c.head == "member" and c.prenominal and _described_by_a_service(c),
          ("支部为暑假赴贵州山区小学支教的3名党员教师送行",), "members described by the service they did"),
    # the children or people a service is for, who signed up to it or came, said after it: "…每周为村里的孩子免费辅导
    # 功课。…已有26名孩子报名参加"
    Frame("volunteer_beneficiaries", lambda c: c.head in ("pupil", "person") and bool(_SIGNED_UP.fullmatch(c.after_clause)) and
          _the_service_is_for_them(c),
          ("支部开设“周末课堂”，每周为村里的留守儿童免费辅导功课。开课以来，共有26名留守儿童报名参加",),
          "those a service is for who came to it"),
    # (or those it drew in, who took part: "开展家庭教育志愿服务活动，吸引周边80余名孩子和家长参加")
    # (others may be named with them: "80余名孩子和家长参加")
    Frame("volunteer_beneficiaries", lambda c: c.head in ("pupil", "person", "public") and bool(_DREW_IN.search(c.before)) and
          bool(_SIGNED_UP_WITH_OTHERS.fullmatch(c.after_clause)) and
          c.has("serve", "sentence"),
          ("支部开展家庭教育志愿服务活动，吸引周边80余名孩子和家长参加",), "those a service drew in"),
    Frame("volunteer_participants",
          # (serving in a later clause is theirs unless they are a head count: "现有党员32名，开展志愿服务18次")
          lambda c: c.head in ("member", "person", "pupil", "league", "staff") and (
              c.does("serve") or (_serves_later(c) and (c.person_times or not _stock(c) or _joined_to_next(c))) or
              # (or helped others give the public a service, right after them: "配合社区医生为60余名老人量血压")
              (c.prenominal and bool(_HELPED_SERVE_THE_PUBLIC.search(c.sentence[len(c.sentence_before):]))))
          and not (c.head == "pupil" and bool(_SERVED.search(c.before)))
          and not _to_remember_only(c.sentence)
          # (not all its members, who take turns at it: "支部19名党员轮流值守" is the branch's head count)
          and not (c.head == "member" and _in_turns(c))
          and not c.after.startswith("的") and not _benefactive(c)
          # (not people who signed up as volunteers, no service done yet: "支部19名党员均已登记为志愿者")
          and not _SIGNED_UP_AS_VOLUNTEERS.match(c.after_clause.lstrip())
          # (nor members who coach their own school's pupils who fall behind, for free: "组织10名党员教师为学困生义务辅导" is
          # teaching, its sessions and pupils counted)
          and not (c.head == "member" and bool(_COACHING_THOSE_BEHIND.search(c.after_clause)))
          # (not the people whose taking part the clause then counts in person-times: "支部27名党员共参加志愿服务54人次")
          and not _counted_next_in_person_times(c),
          ("18名党员走进社区开展志愿服务", "12位党员参加了义务劳动", "支部组织15名党员开展义务植树活动",
           "组织12名党员教师和20余名少先队员来到敬老院，为老人们打扫卫生", "百余名党员教师和近千名学生走进社区开展志愿服务",
           "书记带领党员教师5人、少先队员24名走进社区，为居民打扫卫生",
           "积极分子等8人组成的先锋队开展了志愿服务活动", "参与志愿服务的党员达35人次",
           "学校12名党员教师与社区20名党员共同开展了志愿服务活动", "暑假里，支部组织9名党员教师深入社区开展防溺水宣传",
           "支部带领12名党员教师每周为留守儿童开设免费课堂", "先后有30名党员教师加入防汛志愿突击队",
           "支部4名党员配合社区医生为60余名老人量血压"),
          "people who served"),
    # (and the pupils listed after them, with no verb of their own: "参与此次活动的党员9名，少先队员16名")
    Frame("volunteer_participants", lambda c: c.head in ("pupil", "league") and c.bare and
          bool(_TOOK_PART_LISTED.search(c.sentence_before)) and c.has("serve", "previous"),
          ("党员带领少先队员到养老院开展志愿服务。参与此次活动的党员9名，少先队员16名",), "pupils listed after members who took part"),
    Frame("volunteer_participants", lambda c: c.head in ("member", "person", "pupil", "league") and
          (c.does("attend") or c.has("attend", "before")) and
          # (the service named before them or in their clause: one named after, "…，参与党员130人次；开展
          # “主题党日+志愿服务”活动3次", is another event's)
          (c.has("serve", "sentence_before") or _serves_later(c, "sentence") or
           ((bool(_THIS_EVENT.search(c.sentence)) or bool(_TOOK_PART_IN_IT.search(c.after_clause))) and
            c.has("serve", "previous"))) and
          not _counted_next_in_person_times(c) and not (c.head == "member" and _in_turns(c)) and
          # (not the people of the place the service went to, who came to it: "…送教到村小…，当地20名教师参加观摩")
          not _OF_THE_PLACE_SERVED.search(c.before),
          ("学校组织志愿服务活动，共有25名党员参加", "社区开展义务劳动。本次活动有12名党员参加",
           "开展交通志愿服务5次，参与党员86人次", "党员利用周末到社区开展志愿服务。截至目前，共有30名党员参与，服务时长120小时"),
          "people who took part in a service"),
    # the people a volunteer team is formed of, in the clause after them: "…共计78名，组成“青蓝”志愿服务队"
    # (or whom its members are said to be, after the team: "成立了党员志愿服务队，队员由全校56名党员教师组成")
    # (not the members a branch now has, a head count, the team formed by the branch: "党支部现有党员37名，组建“先锋”志愿服务队")
    Frame("volunteer_participants", lambda c: (c.head in ("member", "person", "staff") and
                                               bool(_FORMED_A_TEAM.match(c.after) or _FORMED_A_TEAM_OF_TALKS.match(c.after)) and
                                               not _NOW_HAS.search(c.before)) or
          (c.head in ("member", "person", "staff", "activist") and _making_up_a_team(c)) or
          (c.head in ("member", "person", "staff", "activist", "young_teacher") and not c.prenominal and
           bool(_A_TEAM_HAS.search(c.before))),
          ("学校党员教师和入党积极分子共计40名，组成“红烛”志愿服务队", "成立了党员志愿服务队，队员由全校56名党员教师组成",
           "志愿服务队由学校20名党员教师和8名入党积极分子组成", "志愿服务队现有党员20名、教师10名",
           "支部5名党员组建宣讲团，深入附近社区讲党的故事"),
          "people who formed a volunteer team"),
    # members leading others out, right after the service is told: "…开展志愿服务活动。支部15名党员带领…"
    # (or the service the people they led do, said after those people: "组织12名党员教师带领60名少先队员走进敬老院，为老人
    # 表演节目")
    Frame("volunteer_participants", lambda c: c.head == "member" and c.prenominal and c.does("lead") and
          (c.lex.frame("serve", _last_sentence(c.previous)) is not None or
           c.lex.frame("serve", c.sentence[len(c.sentence_before):]) is not None),
          ("周六，支部开展清洁家园志愿服务活动。支部15名党员带领40名学生清扫街道", "组织8名党员教师带领30名少先队员走进敬老院，为老人们打扫卫生"),
          "members who led a service"),
    # (or members who went out to a place, right after the service is told: "…开展“书香进社区”志愿服务活动。15名党员教师走进
    # 社区图书室，为社区儿童开展阅读指导")
    # (or the service said later in their own sentence: "组织12名党员教师走进社区，为孩子们开展公益阅读活动"; or what they
    # held there for its people: "组织9名党员教师走进社区，为居民开设亲子讲座2场")
    # (or members and others of the school counted together, who went out: "组织6名党员教师和22名少先队员走进社区，…", each count
    # theirs)
    Frame("volunteer_participants", _went_out_on_a_service,
          ("周六，支部开展敬老志愿服务活动。12名党员走进敬老院，为老人们表演节目", "支部开展文明交通志愿服务。9名党员走上街头，劝导行人",
           "支部安排4名党员教师走进河东社区、河西社区，开展法治宣讲2场", "组织3名党员教师走进社区，为社区60余名家长开展公益讲座",
           "4名党员教师来到桂园社区开展反诈宣传",
           "支部组织10名党员教师走进社区，为孩子们开展公益阅读活动", "组织9名党员教师走进社区，为居民开设亲子讲座2场",
           "支部组织7名党员来到村里，为老人们剪发、量血压", "组织5名党员教师和16名少先队员来到社区，为老人们表演节目",
           "组织5名党员教师走进社区，为居民和家长宣讲安全知识", "两名党员教师来到附近幼儿园，为中班60名家长开设讲座",
           "支部组织9名党员来到三个村，为农户免费修理水泵", "支部4名党员带着少先队员来到敬老院，为老人们送上节目"),
          "members who went out on a service"),
    # (and those they led out, on the service the sentence names before: "开展志愿服务活动，12名党员带领60名学生清扫街道")
    Frame("volunteer_participants", lambda c: c.head in ("pupil", "person", "league", "staff") and c.prenominal and
          bool(_LED_BY.search(c.before)) and (c.has("serve", "sentence_before") or _serves_later(c)),
          ("支部开展志愿服务活动，12名党员带领60名学生清扫街道", "开展义务劳动，党员教师带领40名少先队员走进社区"),
          "people members led on a service"),
    # (not members and people of another kind counted together: "全校52名党员和入党积极分子聆听了党课")
    Frame("members_total", lambda c: c.head == "member" and not c.listed and
          not (c.prenominal and _ANOTHER_KIND_JOINED.match(c.after)) and ((_stock(c) and not _acting(c)) or _whole(c)),
          ("有党员教师27人", "全体党员共60余人", "学校党支部将11名党员分成三组", "2003年党员42人",
           "全校38名党员全部签订了承诺书", "支部28名党员每人联系2名学生", "支部20名党员共走访学生家庭150户", "召集全体党员教师开展承诺践诺，18名党员教师每人认领2项任务"),
          "members"),
]


# what stands between people counted and the next count they are listed with: "15名党员和30余名…", "百余名党员教师和近千名…"
# (the next may be another body's people, that body named: "学校12名党员教师与社区20名党员共同开展…")
_JOINED_TO_NEXT = re.compile(rf"\s*(?:{'|'.join(_LIST_JOINS)})\s*(?:{_ANOTHER_BODY})?\s*(?:近|约|共|另有|还有)?\s*")
# (or, counted after their noun, what stands before the next people's noun: "党员教师6人、少先队员30名")
_JOINED_TO_NEXT_NOUN = re.compile(rf"\s*(?:{'|'.join(_LIST_JOINS)})\s*(?=[^\d\s，,。；;、]{{1,8}}\s*$)")


def _joined_to_next(ctx: Context) -> bool:
    """The people are listed with the next ones counted, with nothing of their own between."""
    if _JOINED_TO_NEXT.fullmatch(ctx.after):
        return True
    join = None if ctx.prenominal else _JOINED_TO_NEXT_NOUN.match(ctx.after)
    if join is None:
        return False
    nouns = _phrase_before(ctx.after, len(ctx.after.rstrip()), join.end(), ctx.lex)
    return bool(nouns) and nouns[0].start == join.end() and nouns[-1].role in PERSONLIKE


def _served_with_members(ctx: Context) -> bool:
    """Whether the people are counted right after members they are joined to ("15名党员和7名入党积极分子"), and a
    service is named after them or in their clause (or later, after they joined in or went somewhere: "…走进社区，为老人
    义务理发")."""
    return bool(_AFTER_MEMBERS_COUNTED.search(ctx.before)) and (
        ctx.does("serve") or ((bool(re.match(r"\s*(?:参加|参与|一起|共同)", ctx.after_clause)) or bool(_WENT.match(ctx.after_clause)))
                              and _serves_later(ctx)))


# members counted, then the word that joins the next count to them: "15名党员和"
_AFTER_MEMBERS_COUNTED = re.compile(r"\d+\s*[名位人]\s*(?:党员|党员教师|共产党员)\s*(?:和|与|及|、)$")


# people counted (a count with a measure word of people), and the words of splitting into groups or going to places
_PEOPLE_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:余|多)?\s*(?:名|位|人)")
# (or went to villages, towns or communities, counted maybe: "到全县6个乡镇")
_SPLIT_OR_WENT = re.compile(r"分成|分为|分赴|深入|走进|走访|来到|前往|奔赴|(?:到|赴)(?=[^，,。；;]{0,8}?(?:乡镇|村|社区))")
# the word that makes the next people counted those something is done for: "为社区", "给村里的"
_FOR_THE_NEXT = re.compile(r"(?:为|给)[^，,。；;\d]{0,6}$")


# what drew people in: "吸引社区…"
_DREW_IN = re.compile(r"吸引(?:了)?[^，,。；;\d]{0,6}$")
# signed up to it or came, and no more said: "报名参加", "参加"
_SIGNED_UP = re.compile(r"(?:先后|陆续)?(?:报名参加|报名|参加|参与|前来参加)(?:了)?(?:学习|活动)?")
# (others named with them first: "和家长参加")
_SIGNED_UP_WITH_OTHERS = re.compile(rf"(?:[和及与][^，,。；;\d]{{1,4}}?)?{_SIGNED_UP.pattern}")


def _the_service_is_for_them(ctx: Context) -> bool:
    """The service told before is for people called as the counted are: "为村里的孩子辅导功课" … "26名孩子"."""
    word = ctx.nouns[-1].word if ctx.nouns else ""
    for_them = re.compile(rf"(?:为|给)[^，,。；;]{{0,6}}?{re.escape(word)}") if word else None
    return for_them is not None and bool(for_them.search(ctx.previous + ctx.sentence_before))


def _serves_later(ctx: Context, where: str = "after") -> bool:
    """A service named after the people (up to the next count, or in the rest of the sentence), before a
    semicolon ends their part of the sentence."""
    # (people listed with others counted after them share what those do: "组织15名党员教师和30余名少先队员来到敬老院，
    # 为老人们打扫卫生")
    joined = _joined_to_next(ctx)
    text = ctx.after if where == "after" and not joined else ctx.sentence[len(ctx.sentence_before):]
    if ctx.lex.frame("serve", re.split(r"[；;]", text, maxsplit=1)[0]) is not None:
        return True
    # (or later in the sentence, past counts of what they split into or went to, but no other people counted before the
    # service, who would be the ones doing it: "组织15名党员教师，分成5个小组，深入周边8个村屯开展防溺水宣传志愿服务"; those
    # counted after it are served by it: "…开展“送教下乡”活动，受益师生300余人次")
    rest = re.split(r"[；;]", ctx.sentence[len(ctx.sentence_before):], maxsplit=1)[0]
    later = rest[rest.find(ctx.after) + len(ctx.after):] if where == "after" and ctx.after and ctx.after in rest else ""
    service = ctx.lex.frame("serve", later) if later else None
    if service is not None and _FOR_THE_NEXT.search(ctx.after) and not re.search(r"[，,。]", later[:service.start()]):
        # (the people counted next are those the service is for, in the same clause: "6名党员教师为小区30余名儿童免费开办
        # 剪纸课")
        return True
    return service is not None and not _PEOPLE_COUNTED.search(later, 0, service.start()) and \
        bool(_SPLIT_OR_WENT.search(ctx.after + later[:12]))


def _clause_of_the_young_teachers(text: str) -> str:
    """The last clause of `text` that names young or new teachers (commas or semicolons between clauses): "党员青年教师中"
    in "党员青年教师中，有9人…", "青年教师在…获奖" after "党员与10名青年教师结对"."""
    clauses = [c for c in re.split(r"[，,；;]", text) if _YOUNG_TEACHERS_NAMED.search(c)]
    return clauses[-1] if clauses else ""


_YOUNG_TEACHERS_NAMED = re.compile(r"青年教师|新教师|年轻教师|新入职教师|徒弟")


def _last_sentence(text: str) -> str:
    """The last whole sentence of `text` (the text before a sentence ends with the one before it)."""
    body = text.rstrip()
    cut = max(body.rfind(mark, 0, len(body) - 1) for mark in "。！？!?\n")
    return body[cut + 1:]


def _since_semicolon(text: str) -> str:
    """A breakdown (其中…) runs on over commas, not over a semicolon: "…48次，其中党课4次；…参与党员200人次"; nor out of
    its brackets: "在册党员29人（其中退休党员7人），本年度发展党员1人"."""
    return _ASIDE.sub("", _after_last_semicolon(text))


def _after_last_semicolon(text: str) -> str:
    """The part of `text` after its last semicolon (all of it, where it has none)."""
    return text[max(text.rfind("；"), text.rfind(";")) + 1:]


def _phrase_after(text: str, pos: int, limit: int, lex: Lexicon) -> list[Noun]:
    """The chain of nouns right after a measure word, a few modifier characters allowed before it (or a
    quoted one: "3名“光荣在党50年”老党员")."""
    quoted = _ZH_QUOTED_MODIFIER.match(text, pos, limit)
    if quoted and lex.noun_ending_at(text, quoted.end() - 1) is None:
        pos = quoted.end()  # (not a quoted noun itself: "2名“优秀共产党员”、1名…")
    m = _ZH_MODIFIER.match(text, pos, limit)
    span_end = m_end = m.end() if m else pos
    nouns: list[Noun] = []
    start = pos
    while start <= span_end and start < limit:
        noun = lex.noun_at(text, start)
        if noun is None or noun.end > limit:
            start += 1
            continue
        if nouns and text.startswith("人人", noun.start):
            break  # "18名党员教师人人上示范课": everyone of them, no noun of the phrase
        if nouns and noun.start != nouns[-1].end:
            if noun.start >= m_end or nouns[-1].role != "household":
                break
            # a family, then words on it, then the people: the family describes them ("32名家庭经济困难学生")
            nouns = []
        nouns.append(noun)
        start = noun.end
        span_end = max(span_end, noun.end)
    return nouns


_ZH_QUOTED_MODIFIER = re.compile(r"[“\"「『][^”\"」』，,。；;]{1,16}[”\"」』]")
_ZH_RELATIVE = re.compile(r"[^，,。；;！？!?\n]{0,16}?的")


def _phrase_after_relative(text: str, pos: int, limit: int, lex: Lexicon) -> list[Noun]:
    """"39名自愿参加夏令营的留守儿童": a relative clause before the noun, ended by 的."""
    m = _ZH_RELATIVE.match(text, pos, limit)
    if not m:
        return []
    nouns = _phrase_after(text, m.end(), limit, lex)
    # (a word or two may describe the noun after the 的: "10名品学兼优的贫困学生")
    return nouns if nouns and nouns[0].start - m.end() <= 4 else []


def _phrase_before(text: str, end: int, floor: int, lex: Lexicon) -> list[Noun]:
    nouns: list[Noun] = []
    pos = end
    while pos > floor:
        noun = lex.noun_ending_at(text, pos)
        if noun is None or noun.start < floor:
            break
        nouns.insert(0, noun)
        pos = noun.start
    return nouns


def _listed_roles(text: str, np_start: int, floor: int, lex: Lexicon) -> set[str]:
    """The roles of the nouns listed before the counted one with 、和及与, none of them with a count of
    its own: "党员、预备党员、积极分子8人" lists three kinds of people."""
    roles: set[str] = set()
    pos = np_start
    while True:
        # "中层干部及全体党员教师": a word of quantity may stand between the mark and the noun
        # (or words that describe it, after 、 or 和: "生病教职工、离休老党员等20人")
        whole = _ALL_OF.search(text, max(floor, pos - 2), pos) or _DESCRIBED_ITEM.search(text, max(floor, pos - 3), pos)
        mark = whole.start() if whole else pos
        if not (mark - 1 > floor and _ZH_LIST_MARK.search(text[max(0, mark - 2): mark])):
            return roles
        if text[mark - 2: mark] in _VERBS_ENDING_IN_A_LIST_MARK:
            return roles  # "参与儿童35名": the 与 of a verb, no list
        if _SECTION_NUMBER.search(text, max(0, mark - 6), mark):
            return roles  # "二、优秀共产党员（10名）": a heading's number, not a list
        noun = lex.noun_ending_at(text, mark - 1)
        if noun is not None and _COUNT_BEFORE.search(text, max(0, noun.start - 8), noun.start):
            return roles  # "现有3个党支部、党员64名": the item before has a count of its own
        if noun is None and _NEED_LISTED.search(text, max(floor, mark - 8), mark - 1):
            return roles  # "生病、困难教职工": the needs listed describe the people counted, no kind of people
        if noun is None or noun.start < floor:
            # an item the lexicon does not know ("领导班子成员、…"): the list is of mixed people
            return roles | ({"person"} if re.search(r"[\u4e00-\u9fff]", text[max(floor, mark - 3): mark - 1]) else set())
        roles.add(noun.role)
        pos = noun.start


_ALL_OF = re.compile(r"(?:全体|所有|部分|广大)$")
# verbs that end in a character that marks a list elsewhere
_VERBS_ENDING_IN_A_LIST_MARK = frozenset({"参与", "给与", "赋与", "授与", "涉及"})
# what an item of a list may be said to be before its noun: retired, in post, in need
# (after 、 or 和 only: not the 及 of 以及, which may open a clause of its own)
_DESCRIBED_ITEM = re.compile(rf"(?<=[、和])(?:离退休|退休|离休|在职|{_IN_NEED.pattern})$")
# an item of a list that ends in a need, not in a noun
_NEED_LISTED = re.compile(rf"(?:{_IN_NEED.pattern})$")
# a heading's number and its mark ("二、", "3、"), as a pattern fragment; before a noun, at the start of a line
HEADING_NUMBER = r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})、"
_SECTION_NUMBER = re.compile(rf"(?:^|\n)[ \t\u3000]*{HEADING_NUMBER}$")
# the count of an item listed without a mark between the items (a form's line: "正式党员39人　预备党员3人")
_OWN_COUNT_AFTER = re.compile(rf"[:：]?[ \u3000]*(?=(?:{ZH_QUANTITY.pattern}))[^人名位]{{0,12}}?(?:人|名|位)")
_COUNT_BEFORE = re.compile(rf"{COUNT_END}$")


_ASIDE = re.compile(r"[(（][^()（）]{0,40}[)）]")
_AND_THEIR_FAMILIES = re.compile(r"(?:以及|及|和|与)其?(?:家属|家人|亲属)$")
_ASIDE_BEFORE = re.compile(r"[(（][^()（）]{0,40}[)）]\s*$")
_TOTAL_LINK = re.compile(r"人数|总数|总人数|^数")  # (or a noun's 数: "党员数为41名")
_SUM_WORD = re.compile(r"合计|共计|总计|总共|一共")
# a sentence that opens with a label: "党员人数：…", "2019—2023年发展党员情况："
_LABEL = re.compile(r"\s*([^，,。；;：:\n]{1,24})[:：]")
_LABEL_TAIL = re.compile(r"(?:工作)?(?:情况|统计|数据|一览|明细)?$")
_OWN_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?\s*$")
# a year, after the years listed before it with their counts: "2021年1名、2022年2名、2023年"
_ONLY_A_YEAR = re.compile(r"(?:(?:19|20)\d{2}\s*年度?\s*\d+\s*[余多]?\s*[人名位]\s*[、，,；;]\s*)*(?:19|20)\d{2}\s*年度?")
# (a word that the count is a record may stand in the link: "党员人数达到历史最高的98人"; or a share of others: "其中党员占9名")
# (or a change, from the count it started from, with its time, to the one it came to: "结对帮扶学生由2021年的38名增加到51名")
_LINK_BEFORE = re.compile(r"(?:共计|共有|一共|总共|累计|合计|总计|年均|平均|总数|人数|总人数|数量|(?<=[\u4e00-\u9fff])数(?=\s*(?:[:：]|分别|为|达|是))|达到|增加到|增至|分别|已经|先后|一行|共|计|达|为|有|了|约|已|占|"
                          r"(?:历史)?(?:最高|新高)的|"
                          r"(?:由|从)(?:(?:19|20)\d{2}\s*年(?:底|末|初)?的?|原来的?|原有的?|去年的?|上年的?|年初的?)?|"
                          r"(?:由|从)[^，,。；;]{0,12}?\d\s*[名人位](?:增加到|增加至|增至|增长到|上升到|发展到|达到)|"
                          r"[:：|｜]|\s)+$")


def _nouns_of_the_label(text: str, s_start: int, item_start: int, lex: Lexicon) -> tuple[list[Noun], bool]:
    """The nouns of the label a sentence opens with, up to `item_start` ("党员人数：" → 党员, "发展党员情况：" →
    党员), and whether the label says they are a total (人数, 总数); no nouns where there is no label."""
    label = _LABEL.match(text, s_start, item_start)
    if not label:
        return [], False
    label_end = label.end(1) - len(_LABEL_TAIL.search(label.group(1)).group(0))
    link = _LINK_BEFORE.search(text, s_start, label_end)
    return (_phrase_before(text, link.start() if link else label_end, s_start, lex),
            bool(link and _TOTAL_LINK.search(link.group(0))))


# places a count of 个 counts, right after it, before the 的 of what it then describes: "4个乡镇的", "3个村的"
_PLACES_COUNTED = re.compile(r"(?:乡镇|镇|乡|村|社区|小区|街道|学校|校区|班级|年级|县|区)")
# the branch or the school whose members, all of them, a count right after is of
_WHOLE_BEFORE = re.compile(rf"(?:党?支部|党总支|党委|{_THE_WHOLE})$")
# a conjunction, then the words that describe the next count's people: "和按期转正的"
_JOIN_THEN_DESCRIBED = re.compile(r"(?:以及|[和及与、])[^，,。；;]{1,12}的")
# a vote the people counted passed: "均获全票通过", "经表决一致通过"
_PASSED_THE_VOTE = re.compile(r"(?:经[^，,。；;]{0,6}?)?(?:均|都|全部)?(?:以|获得?)?(?:全票|全体|一致|高票)?(?:表决)?(?:通过|同意)")


def read_zh(text: str, q_start: int, q_end: int, unit: str, clause_start: int, sentence: tuple[int, int],
            previous_sentence: str, floor: int = 0, following_sentence: str = "") -> Reading | None:
    """How a count of people (or households) reads, or None when the unit is not a people unit."""
    lex = lexicon("zh")
    s_start, s_end = sentence
    clause_end_m = _ZH_CLAUSE_END.search(text, q_end, s_end)
    clause_end = clause_end_m.start() if clause_end_m else s_end
    after_nouns = _phrase_after(text, q_end, clause_end, lex)
    described = ""  # "3名新入党的同志": the clause that describes the people after the number
    if not after_nouns:
        after_nouns = _phrase_after_relative(text, q_end, clause_end, lex)
        described = text[q_end: after_nouns[0].start] if after_nouns else ""
        if unit in HOUSEHOLD_UNITS_ZH and _PLACES_COUNTED.match(described):
            after_nouns, described = [], ""  # "分布在4个乡镇的46名学生家庭": the count is of the places, not of the families
    if after_nouns and after_nouns[-1].role == "household" and text.startswith("的", after_nouns[-1].end) and \
            (child := lex.noun_at(text, after_nouns[-1].end + 1)) is not None and child.role == "pupil" and child.end <= clause_end:
        # "12名单亲家庭的孩子": the children of the families counted are the people counted
        after_nouns = [*after_nouns, child]
    if after_nouns and not described and _OWN_COUNT_AFTER.match(text, after_nouns[-1].end, s_end):
        # "正式党员39人　预备党员3人": a noun with a count of its own right after it is the next item's
        after_nouns = []
    if after_nouns and after_nouns[0].start > q_end and (before_noun := lex.noun_ending_at(text, q_start)) is not None \
            and before_noun.role in PERSONLIKE:
        # "党员教师41人共走访学生家庭365户": the noun right before the count is what it counts; the words after it are
        # what those people did, not a description of another noun
        after_nouns = []
    household = unit in HOUSEHOLD_UNITS_ZH
    if household and not (after_nouns and after_nouns[-1].role == "household") and unit != "户":
        return None  # "3个党小组" is not a count of households
    if _ZH_EVERY.search(text, max(clause_start, q_start - 4), q_start):
        return Reading(None, frame="per-person norm")
    if _GROUP_SIZE.match(text, q_end):
        return Reading(None, frame="group size")  # the size of the groups people go in: "党员教师两人一组", "按5人为一组"
    if _into_groups_at(text, q_start):
        return Reading(None, frame="group size")  # the groups people went in: "分8个小组走访学生家庭90户"
    if _ZH_ONE.fullmatch(text, q_start, q_end) and _ZH_DESCRIBED.search(text, clause_start, q_start):
        return Reading(None, frame="one person described")
    prenominal = bool(after_nouns)
    named_total = False
    grouped = False
    if prenominal:
        nouns, np_start, np_end = after_nouns, q_start, after_nouns[-1].end
        before = text[clause_start: q_start]
    else:
        left = text[clause_start: q_start]
        link = _LINK_BEFORE.search(left)
        named_total = bool(link and _TOTAL_LINK.search(link.group(0)))
        noun_end = q_start - (len(link.group(0)) if link else 0)
        while noun_end > clause_start and text[noun_end - 1] in "”」』\"'":
            noun_end -= 1  # 评选出“优秀党员”8名
        if text[noun_end - 1: noun_end] in ("（", "("):
            noun_end -= 1  # "全体党员（共27人）": the count in brackets after its noun
        grouped = text[noun_end - 1: noun_end] == "等"  # "积极分子等8人": a group the noun is one of
        noun_end -= grouped
        # "党员（含预备党员）共35人": an aside between the noun and its count says what the noun covers
        aside = _ASIDE_BEFORE.search(text, clause_start, noun_end)
        if aside and not grouped:
            noun_end = aside.start()
        # "困难教职工及家属15人次": the families joined to a noun are counted with its people, who are of its kind
        families = _AND_THEIR_FAMILIES.search(text, clause_start, noun_end)
        if families and not grouped:
            noun_end = families.start()
        nouns = _phrase_before(text, noun_end, clause_start, lex)
        # (the label's colon may end the clause or stand in it)
        item_start = max(clause_start, text.rfind("：", clause_start, noun_end) + 1, text.rfind(":", clause_start, noun_end) + 1)
        only_a_year = _ONLY_A_YEAR.fullmatch(text[item_start: noun_end].strip())
        if not nouns and ((link and _SUM_WORD.search(link.group(0)) and not text[item_start: noun_end].strip())
                          or only_a_year):
            # "党员人数：男12人，女15人，合计27人": a sum with no noun of its own is of the sentence's label, and
            # so is a count with only its year: "发展党员情况：2019年2名，2020年1名"
            nouns, label_total = _nouns_of_the_label(text, s_start, item_start, lex)
            named_total = named_total or label_total
        np_start = nouns[0].start if nouns else q_start
        np_end = q_end
        before = text[clause_start: np_start]
        if nouns and np_start < item_start:
            # a noun read from the label: what is said of it is said before it (and a year's item is the figure's
            # own words, "2020年1名"; a sum's are the whole line)
            before = text[s_start: np_start]
            if only_a_year:
                np_start = _OWN_YEAR.search(text, item_start, noun_end).start()  # (of the count's own year)
    if household and unit == "户":
        nouns = [*nouns, Noun("户", "household", None, q_end - 1, q_end)]
    # "党员、预备党员、积极分子8人": a list of nouns ends at the number, which counts them all; in
    # "正式党员20人、预备党员3人" each noun has its own count, and the list mark follows a number
    listed_roles = _listed_roles(text, np_start, max(clause_start, floor), lex) if nouns and not prenominal else set()
    if len(nouns) >= 2 and nouns[-1].word == "代表" and nouns[-2].end == nouns[-1].start and nouns[-2].role == "staff":
        # representatives of the staff cared for are such staff: "退休老教师代表5人" are retired teachers (not members'
        # representatives, who are some of the members: "党员代表86人")
        nouns = nouns[:-1]
    roles = {n.role for n in nouns}
    head = nouns[-1].role if nouns else ""
    # a list of one kind ("贫困生、特殊生560余人次") counts that kind; a mixed list or a group counts people
    # (pupils of several kinds listed before the households they are of are whose households: "困难学生、留守儿童家庭210户")
    of_pupils = head == "household" and listed_roles <= {"pupil", "household"}
    # (a group closed by 等 counts people of any kind, but a list of one kind closed by it counts that kind: "结对学困生、
    # 留守学生等156名")
    # (a party organization's officers listed with its members are members: "支委成员和全体党员共33人")
    officers = {"officer"} if head == "member" else set()
    listed = (bool(listed_roles - {head} - officers) and not of_pupils) or \
        (not prenominal and grouped and listed_roles != {head})
    if listed:
        roles, head = {"person"}, "person"
    after_start = np_end if prenominal else q_end
    rest = _ASIDE.sub(lambda m: " " * len(m.group(0)), text[after_start: s_end])  # "(其中12名党员)" is no next count
    next_count = ZH_QUANTITY.search(rest)
    if next_count and _into_groups_at(rest, next_count.start()):
        # "18名党员教师分6组轮流巡河": the groups they were parted into are how they did it, no next count
        next_count = ZH_QUANTITY.search(rest, next_count.end())
    after = text[after_start: after_start + (next_count.start() if next_count else len(rest))]
    clause_mark = _ZH_CLAUSE_END.search(after)
    after_clause = after[: clause_mark.start()] if clause_mark else after
    if prenominal and after_clause.strip() in _LIST_JOINS:
        # "15名党员、3名入党积极分子参加": the verb after the list is what each item did
        end = _ZH_CLAUSE_END.search(text, after_start, s_end)
        after_clause = text[after_start: end.start() if end else s_end]
    elif prenominal and next_count and _JOIN_THEN_DESCRIBED.fullmatch(after_clause.strip()):
        # (and so it is where the next item's people are described before their count, which is no words of these:
        # "3名预备党员和按期转正的2名党员在党旗下宣誓")
        end = _ZH_CLAUSE_END.search(text, after_start, s_end)
        after_clause = " " * len(after) + text[after_start + len(after): end.start() if end else s_end]
    elif prenominal and _PASSED_THE_VOTE.fullmatch(after_clause.strip()):
        # people who passed a vote do what the vote decided, said in the clause after: "两名同志均获全票通过，被接收为预备党员"
        vote_end = _ZH_CLAUSE_END.search(text, after_start, s_end)
        end = _ZH_CLAUSE_END.search(text, vote_end.end(), s_end) if vote_end else None
        after_clause = text[after_start: end.start() if end else s_end]
    relative = before[max(before.rfind("，"), before.rfind(",")) + 1:] if not prenominal and before.endswith("的") \
        else described
    # a form's label may name what its people did, before their noun or alone: "递交入党申请书教师：9人",
    # "列为发展对象：2人"
    labelled = not prenominal and link is not None and bool(re.search(r"[:：]", link.group(0)))
    if labelled and not relative and before.strip():
        relative = before
    if not nouns and unit in _PERSON_UNITS and (after_clause.strip(" \u3000") or (labelled and relative.strip("：: "))):
        # "其中5人被确定为积极分子", "2人递交了入党申请书": the people the number counts do what follows
        # (or what the label before them says they did, "递交入党申请书：9人")
        # (a count that ends its clause, "发展对象1人", counts a noun the lexicon does not know)
        roles, head = {"person"}, "person"
    ctx = Context(nouns=nouns, roles=roles, head=head, before=before, relative=relative,
                  sentence_before=text[s_start: np_start], around=text[clause_start: np_end],
                  after=after, after_clause=after_clause,
                  sentence=text[s_start: s_end], previous=previous_sentence,
                  listed=listed, prenominal=prenominal, lex=lex,
                  object_counted=next_count is not None and clause_mark is None, person_times=unit == "人次",
                  named_total=named_total, kinds=frozenset(listed_roles | {head}) if listed else frozenset(),
                  following=following_sentence)
    # "其中党员12名", "党员中特级教师2名，高级教师9名": parts of a total named before
    # (or in the bracket that holds it: "（其中党员6名）")
    bare = not ctx.after_clause.strip(" \u3000）)") or ctx.after_clause.startswith("、")
    # ("其中5人被确定为入党积极分子" is a part that became something else: a figure of its own)
    # (members of a kind the lexicon files under staff, "退休党员", are members here too)
    members_of_a_kind = head == "staff" and bool(nouns) and "党员" in nouns[-1].word
    # (a part with a review of its own, "其中…实际参评党员24名", is the review's figure, and so is a part of the
    # members honoured: "18名党员教师参加决赛，其中6人获一等奖")
    honoured_members = ctx.does("honoured_by") and "党员" in ctx.sentence_before
    if head == "member" and bare and _AMONG_THEM_BEFORE.search(ctx.sentence_before) and \
            (ctx.has("honoured_by", "sentence_before") or ctx.has("honour", "sentence_before")) and \
            not _PROPOSED_HONOUR.search(ctx.sentence_before):
        # the members among people honoured, counted after them: "共有4名教师获奖，其中党员教师3名" (or after a list of
        # those a meeting honoured: "表彰了优秀教师20名、优秀班主任15名，其中党员教师12名")
        return Reading("awards_individual", nouns, "members among people honoured", np_start, np_end)
    # (and young teachers among them, said with no verb of their own: "发展党员5名，其中青年教师4名"; and activists
    # among a group's members: "服务队现有队员56名，其中党员32名、入党积极分子6名")
    # (or pupils among people counted before: "新增入党申请人21名，其中学生19名")
    kind_part = head in ("young_teacher", "pupil") and bare
    # (or among teachers counted as the people who came: "青年教师86人参加，其中党员19人、入党积极分子12人"; or activists
    # of a kind among the activists counted: "确定入党积极分子9名（其中学生入党积极分子2名）")
    # (or among members and activists counted together as the people who went, in the sentence before maybe: "组织党员和
    # 入党积极分子共20人赴…。其中党员16人，积极分子4人"; not all of both, whose parts are the school's: "全体党员和入党积极分子
    # 共32人…其中…入党积极分子5人")
    group_part = head == "activist" and bool(_GROUP_COUNTED.search(ctx.sentence_before) or
                                             _TEACHERS_COUNTED_THEN_AMONG.search(_since_semicolon(ctx.sentence_before)) or
                                             _ACTIVISTS_COUNTED.search(_since_semicolon(ctx.sentence_before)) or
                                             (_MEMBERS_WITH_ACTIVISTS_COUNTED.search(ctx.previous[-80:] + ctx.sentence_before) and
                                              not _ALL_MEMBERS_AND_OTHERS.search(ctx.previous[-80:] + ctx.sentence_before)))
    # (the school's own part of a wider area's total is the school's figure: "全镇发展党员15名，其中我校发展党员3名")
    own_part = bool(_OWN_PART.search(before + "".join(n.word for n in nouns[:1])) or  # (我校 may open the phrase)
                    _OWN_PART.search(_since_semicolon(ctx.sentence_before)))  # (or the clause before: "其中，某小学…，")
    # (not those honoured among them, a verb of honour counting them: "全校39名党员中，…评选出“星级党员”8名")
    if (head in ("member", "person") or members_of_a_kind or kind_part or group_part) and not _became(ctx) \
            and not ctx.has("review", "before") and not own_part and not ctx.has("honour", "before") \
            and not honoured_members and (
            lex.frame("breakdown", before[-6:]) or (bare and not _OWN_TOTAL.match(before) and
                                                     # (not pupils their own clause says were helped: "其中，党员教师
                                                     # 为学困生义务辅导，累计辅导学生1200余人次"; or that a help reached:
                                                     # "其中，为困难学生减免住宿费，惠及学生30名")
                                                     not (head == "pupil" and (ctx.has("help", "before") or
                                                                               ctx.has("benefit", "before"))) and
                                                     lex.frame("breakdown", _since_semicolon(ctx.sentence_before))) or
            # (a kind of teacher among the members, said with what kind: "党员教师中市级骨干教师9名")
            (head == "person" and bare and _AMONG_THE_MEMBERS.search(before))):
        of_a_part = head == "member" and (_A_PART_OF_THE_SCHOOL.search(ctx.sentence_before) is not None or
                                          _SENT_STAFF.search(ctx.sentence_before) is not None)
        if head == "member" and _STAFF_TOTAL.search(ctx.sentence_before) and not _NEW_STAFF.search(ctx.sentence_before) \
                and not of_a_part:
            # "学校有教职工120人，其中党员45人": the members among all the staff are the school's members
            return Reading("members_total", nouns, "members among the whole staff", np_start, np_end)
        if head == "member" and bare and _ALL_MEMBERS_AND_OTHERS.search(ctx.sentence_before + ctx.previous[-80:]):
            # "全体党员和入党积极分子共32人参加…。其中党员27人": all the members, among the others counted with them
            return Reading("members_total", nouns, "all the members among others counted", np_start, np_end)
        if head == "member" and (_AMONG_SOME_STAFF.search(ctx.sentence_before) or of_a_part):
            # "现有退休教师86名，其中党员37名": some of the school's members, which ones the review decides
            return Reading(None, nouns, "members among some of the staff", np_start, np_end)
        return Reading(None, nouns, "a part of a total named before", np_start, np_end)
    for frame in FRAMES:
        if frame.test(ctx):
            return Reading(frame.indicator, nouns, frame.name, np_start, np_end)
    if head in ("pupil", "person") and nouns and not prenominal and _stock(ctx):
        return Reading(None, nouns, "enrolment or staff", np_start, np_end)  # "学生1154人": not party work
    return Reading(None, nouns, "noun and frame do not decide", np_start, np_end)
