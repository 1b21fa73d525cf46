"""Chinese rules: which indicator a quantity counts, read from the words around it.

Order matters (first match wins): exclusions, then the specific noun phrases, then frames, then
the general 党员 count. See rule.py for what `before`, `after` and `frame` see.
"""

from __future__ import annotations

from etl.extract.periods import A_DAY
from etl.extract.rule import Rule
from etl.extract.text import CLASS_OR_YEAR_ZH

PERSON_TIMES = frozenset({"人次", "人", "名", "位", "个人"})
SESSIONS = frozenset({"次", "场", "场次", "回"})
LESSONS = frozenset({"节", "堂", "次", "场", "场次", "讲", "课时"})
GROUPS = frozenset({"个", "支"})
PAIRS = frozenset({"对", "份", "组"})
HOURS = frozenset({"小时", "个小时"})
PROJECTS = frozenset({"项", "个"})
# pupils, as the help done for them names them
# words of help or of a service given free, in a sentence whose people reached are helped or served
# teaching given in the holidays far away, 暑期支教 or 寒假支教, a volunteer's (not a posting of a term or a year, 支教 alone)
_HOLIDAY_TEACHING = r"(?:暑期|暑假|寒假)支教"
# the event's noun right after a count of one, which describes one event ("上了一堂专题党课"); a count after its noun
# ("讲授专题党课一次") is a tally's
_ITS_NOUN_AFTER = r"^[^，,。；;！？!?、\s\d]"
_HELP_OR_FREE = rf"志愿|帮扶|慰问|义务|公益|爱心|捐|助学|资助|减免|送教|送课|为民|办实事|义诊|义卖|关爱|免费|{_HOLIDAY_TEACHING}"
# the words that say a thing is given free (免费, 义务, 公益), and those with care "of love" (爱心), which is given free too
_FREE_ZH = r"(?:免费|义务|公益)"
_FREE_OR_OF_LOVE_ZH = r"(?:免费|义务|公益|爱心)"
# a class the members hold free of charge: "开办免费“四点半课堂”", "公益辅导班", "义务补课"
_FREE_CLASS_ZH = rf"{_FREE_ZH}[^。；;]{{0,20}}?(?:课堂|辅导班|托管班|补习班|辅导|补课|托管|课程|答疑)"
# (a free class or care class, by its name, that takes pupils in: "开设免费寒假看护班", "开办公益暑托班")
_FREE_CARE_CLASS_ZH = rf"{_FREE_OR_OF_LOVE_ZH}[^。；;]{{0,10}}?(?:托管班|暑托班|看护班|辅导班|课堂)"
# (or care said to be of love, 爱心, which is given free: "开办暑期爱心看护班")
_CARE_OF_LOVE_ZH = r"爱心[^。；;]{0,6}?(?:托管|看护)"
# a class volunteers opened: "…加入志愿者队伍，每周为学生开设书法、剪纸等兴趣课"
_VOLUNTEERS_CLASS_ZH = r"志愿(?:者|服务)[^。；;]{0,30}?(?:开设|开办|开讲)[^。；;]{0,16}?(?:课堂|课程|课|辅导班)"
# a class members hold in a community for its children: "走进东湖社区，为社区里的孩子开设…课堂"
_COMMUNITY_CLASS_ZH = r"(?:走进|深入|来到|到|在)[^。；;，,]{0,8}?社区[^。；;]{0,30}?(?:开设|开办|举办)[^。；;]{0,30}?课堂"
# a clause told of one person, she or he (not what she or he said, nor did with or led others to do): "从教以来，她先后…"
# (nor the branch or school she or he is in: "他所在的支部有党员28名", "她任教的学校…")
# (what she or he did with others, 和 or 与 right after her or him, "她和同事们…", is not hers alone; but 和 may join what she
# did it for: "她帮扶学困生和留守儿童25名")
_ONE_PERSON = (r"(?:^|[，,：:]|来|以来)\s*(?:她|他)(?![们人])(?!说|表示|介绍|告诉|指出|坦言|认为|强调)"
               r"(?!所在|所任教|任教的|工作的)")
_ONE_PERSON_TOLD_OF = (rf"{_ONE_PERSON}(?![^。；;，,]{{0,4}}?(?:和|与|同|及))"
                       r"(?:(?!带领|率领|组织|指导|说|表示|介绍)[^。；;])*")
# (or of the writer, told by herself or himself, as a member's essay tells: "这一学期，我上了2节示范课"; not of the
# writer's school or branch, "我校", "我支部", "我所在的支部", nor what the writer led others to do or said)
_WRITER_TOLD_OF = (r"(?:^|[，,])\s*(?:(?:这一?|本)(?:学期|学年)|今年|去年|一年来|[^，,。；;]{1,6}以来)?[，,]?\s*"
                   r"我(?![们校国省市区县镇园支党所部])(?!说|表示|介绍|认为)"
                   r"(?:(?!带领|率领|组织(?!的)|指导|督促|主持|召开|和|与|同|及|说|表示)[^。；;])*")
# the duty volunteers do: patrolling, standing guard, directing traffic
# (the duty itself, counted in times; taking up a post, 上岗, is counted in person-times)
_DUTY_DONE = r"(?:巡河|巡逻|巡查|执勤|值勤|值守|站岗|护学|劝导)"
_ON_DUTY = rf"(?:{_DUTY_DONE}|上岗)"
_DUTY_TIMES = rf"{_DUTY_DONE}(?:活动|服务)?$"
# a post the members stand in turns to serve pupils and families, a volunteer's duty: "护学岗", "党员先锋岗", "党员服务岗"
_MEMBERS_DUTY_POST = r"(?:护学|先锋|服务)岗"
# (in the sentence after a volunteer service, the ones on duty are its volunteers, not the school's guards: "学校保安全年执勤300余次")
_THE_VOLUNTEERS_THEMSELVES = r"党员|志愿者|队员|支部|教师"
# the people a volunteer on duty warned off or helped: "劝阻在河边戏水的孩子"
# a course of training for those who want to join: activists, candidates (发展对象) or applicants
_CANDIDATES_TRAINING = r"(?:积极分子|发展对象|入党申请人)[^。；;，,]{0,8}?培训"
# the people a service served, in person-times after them: "服务学生和家长900余人次" (or candidates at an exam: "服务考生…")
_SERVED_PEOPLE = r"服务(?:[^，,。的]{0,4}?(?:学生|考生|家长|师生|儿童|孩子|幼儿|小朋友|老人|居民|群众)){1,3}[^，,。的]{0,2}$"
# (or saw safely on their way: "护送学生过马路")
_WARNED_OFF = (r"(?:劝阻|劝导|劝离|提醒|引导|救助|护送)了?[^，,。；;\d]{0,12}?(?:孩子|儿童|学生|居民|群众|行人|市民|游客|村民|老人|"
               r"驾驶人|驾驶员|司机|路人|人员)$")
# gone into a community (and maybe elsewhere) to do there what serves its people: "进社区宣讲", "深入社区、企业宣讲"
# (what they did there may be said with its kind, or two of them: "进社区开展亲子讲座和育儿咨询")
# (or with other places listed after it, a service done there: "走进社区、养老院、车站等地开展服务")
_INTO_THE_COMMUNITY_TO_DO = (r"(?:进|走进|深入)社区(?:[、和及与][^，,。；;\d]{1,6}?){0,3}(?:开展|举办)?(?:[^，,。；;\d]{0,6}?"
                             r"(?:宣讲|宣传|讲座|义诊|演出|辅导|咨询)[、和及与])?[^，,。；;\d]{0,4}?"
                             r"(?:宣讲|宣传|讲座|义诊|演出|辅导|咨询|(?<=开展)服务)")
# gone into a community to hold an activity there, a service to its people: "走进塔山社区开展“夕阳课堂”活动"
_INTO_A_COMMUNITY_FOR_AN_ACTIVITY = r"(?:进|走进|深入|到)[^，,。；;\d]{0,8}?社区[^，,。；;\d]{0,2}?开展了?[^，,。；;\d]{2,24}?(?:活动|服务)"
# a volunteer team (义工队 is one too), or a service team: "党员志愿服务队", "学雷锋志愿队", "“红烛”服务队"
# (a squad, 小分队, named alone in a sentence after the one that formed it as a volunteer squad: "…组建党员志愿服务小分队3支…。
# 截至11月底，小分队累计开展服务活动86次")
_VOLUNTEER_TEAM = r"(?:(?:志愿(?:服务|者)?|义工)(?:队|团|服务队|小分队)|服务队|(?<![宣讲])小分队)"
# a volunteer service, or what is one: a community service, the members reporting to their community (双报到),
# teaching taken to the countryside's schools or into a community (送教下乡, 送教进社区) or given far away in the holidays (暑期支教)
_A_SERVICE_ZH = rf"志愿|义工|义教|义务支教|{_HOLIDAY_TEACHING}|社区服务|双报到|送[教课](?:送培)?(?:下乡|进村|到村|进社区)|{_VOLUNTEER_TEAM}"
# talks given in communities the members went into, in the clause after: "走进南苑社区、北苑社区，开展…宣讲" (the comma is
# asked for: "深入班级和社区开展宣讲30场" counts talks given in classes too; people.py's _TALKS_THERE, which reads those who
# went, asks for none)
# (the communities maybe counted: "走进4个社区开展宣讲"; not the school's own classes with them: "深入班级和社区开展宣讲")
_TALKS_IN_A_COMMUNITY = (r"(?:走进|走入|深入|来到|进)(?:\d+\s*个)?[^，,。；;\d班校课]{0,16}?社区[，,]?\s*(?:开展|举办|进行)了?"
                         r"[^，,。；;\d]{0,16}?"
                         r"(?:宣讲|讲座)")
# pupils who cannot come to school, whom teaching is taken to at home
_CANNOT_COME_TO_SCHOOL = r"残疾|特殊(?:儿童|学生|需要)|重度|无法到校|不能到校|无法入园|不能入园|因病|休学|上门|家中|家里|在家"
_PUPILS = r"(?:学生|学困生|贫困生|困难学生|留守儿童|儿童|孩子|幼儿(?!园)|随迁子女|残疾儿童|特殊儿童|少年儿童)"
# the young teachers a school's mentoring is for, whose prizes are its outcome, no members' honours
YOUNG_TEACHERS = r"(?:青年|年轻|新入职|新进|新)教师"
# the verbs of help given to pupils that a count of person-times may follow alone: "全年累计辅导1200余人次"
_TUTOR_ZH = r"(?:辅导|帮扶|补课|资助|答疑|疏导)"
# what each of the people counted or named before did: "14名党员教师各上示范课1节", "支委成员结合分管工作各讲1次党课"
# (or named by their posts: "校长、副校长各讲一次党课")
# (the people may be told in the clause before: "支部12名党员依次发言，各讲了一堂微党课")
EACH_OF_THEM = r"(?<=[师员志人记长])[^，,。；;\d各]{0,10}?(?:[，,]\s*)?各(?=上|讲|开|执教|录制|撰写|讲授|完成|结对|帮扶)"
# people a talk is given to who are not the members: pupils, parents, the public
_AUDIENCE = r"(?:儿童|学生|孩子|居民|老人|群众|家长|幼儿|村民|少先队员|青少年)"
# a title given to a person, quoted or not: "“市优秀教师”", "区优秀班主任称号"
# (or a prize: "获一等奖3人、二等奖5人")
_PERSON_TITLE = (r"[“\"]?[^，,。“”\"、\d]{1,12}?(?:教师|班主任|党员|工作者|个人|标兵|能手|模范|先锋|园丁|名师|骨干|等奖)[”\"]?"
                 r"(?:荣誉)?(?:称号)?")
# the membership, then where it grew from, maybe after words of its own ("党员队伍不断壮大，由…")
_MEMBERSHIP_FROM = r"党员(?:人数|总数|数量|队伍)?(?:已|已经)?(?:[^，,。；;\d]{0,6}[，,])?(?:由|从)"
# (and the activists, said the same way: "入党积极分子由2020年的2名增加到2023年的7名")
_ACTIVISTS_FROM = r"积极分子(?:人数|数量|队伍)?(?:已|已经)?(?:由|从)"
# the words of a change that brought a count to the next one: "增加到", "减少至"
_GREW_TO = r"(?:增加|增长|上升|减少|下降|发展|增|减)(?:到|至)"
# people of another kind than members, named after a count: a team's members, volunteers, pupils
_OTHER_PEOPLE_NAMED_AFTER = r"^(?:队员|志愿者|成员|会员|学员|教师|老师|学生|人次)"
# what an honour calls the organizations it names ("先进党支部", "“五好”党小组")
# a post of merit a member holds ("“党员先锋岗”", "师德示范岗"), and the verbs that choose them
_POST_OF_MERIT = r"[“\"]?[^”\"“，,。；;]{0,8}?(?:示范|先锋)岗位?[”\"]?"
# (not those a meeting commends, listed with the organizations it commends: "表彰了“五好党支部”3个、“党员先锋岗”6个")
_POSTS_OF_MERIT_CHOSEN = r"(?:评选出?|评出|命名了?)[^，,。；;“\"]{0,8}?"
_HONOURED_KIND = r"[“\"]?(?:先进|优秀|示范|标杆|模范|五好|红旗|星级|过硬|五星)"

# an item of a programme of "ones": a verb, one, a measure word and what it counts ("听一堂专题党课")
# (a letter, not a range of characters: a range is slow to compile without regard to case)
# what a branch's members do together, at the branch's own rate ("党员每月集中学习1次")
_TOGETHER = r"(?:主题党日|组织生活|党员大会|支委会|党小组会|集中学习|政治学习|理论学习|学习)"
_ONE_ITEM = r"[^\W\d_]一[^\W\d_][^、，,。；;]{1,12}"

RULES: list[Rule] = [
    # --- numbers that are not indicators ---
    # (the label opens its clause: "辅导学生阅读40次" is reading done, not a page's readers)
    Rule(None, ("阅读：1532次", "浏览量 1200次"), before=r"(?:^|[|｜\s])(?:阅读|浏览|点击|访问|阅读量|浏览量|点击量)[:：]?\s*$",
         name="page views"),
    Rule(None, ("第2次会议",), before=r"第$", name="ordinal"),
    # (nor a rank: "积分排名前3名的党员", the top three, whose count may follow)
    Rule(None, ("表扬积分排名前3名的党员", "季度积分前3名的党员获得表扬"), frozenset({"名", "位"}),
         before=r"(?:排名|排行|名列|积分)前$", name="a rank"),
    # micro Party lessons recorded are videos, micro-lessons: "全校已录制微党课15节"; given in person, "讲微党课58次", they
    # are party lectures)
    Rule("micro_lessons", ("截至5月底，全校已录制微党课15节",), LESSONS,
         frame=r"(?:录制|拍摄|制作)[^，,。；;\d]{0,12}$",
         before=r"(?:^|(?:录制|拍摄|制作)了?[^，,。；;\d]{0,10}?)(?:微党课|党史微课|微党课视频)$"),
    Rule("micro_lessons", ("党员教师录制了12节微党课",), LESSONS, before=r"(?:录制|拍摄|制作)了?$", after=r"^(?:微党课|党史微党课)"),
    # the branches someone went to, to lecture or look into their work, are some of the school's, no count of them all:
    # "副书记先后到3个支部讲党课"
    Rule(None, ("党委副书记先后到3个支部讲党课", "班子成员深入3个支部调研"), GROUPS,
         before=r"(?:到|深入|走进|赴|去)(?:了)?$", after=r"^(?:党支部|支部)[^，,。；;]{0,10}?(?:讲|上|调研|指导|宣讲|督导)",
         review=True, name="branches visited"),
    # what two schools did together, they the clause's subject, is neither's alone: "两校党员教师共同上示范课4节"
    # (a school and a community partner, 双方, are the school's joint activity: "双方每季度联合开展一次主题党日")
    Rule(None, ("两校党员教师共同上示范课4节", "两所学校共开展联学活动3次"),
         frame=r"(?:^|[，,；;：:])\s*(?:两校|两所学校|两个学校)[^，,。；;]*$", review=True,
         name="two schools together"),
    # the people a meeting's record lists as present are those at that meeting, no head count: "列席人员：入党积极分子3人"
    # (the label maybe the verb alone, a line's second item after a semicolon: "出席：支委5人；列席：入党积极分子2人")
    Rule(None, ("参会人员：全体党员（应到32人，实到30人）", "列席人员：入党积极分子3人", "出席：支委5人；列席：入党积极分子1人"),
         frame=r"(?:^|\n|[；;])[ \t]*(?:参会|出席|列席|到会|与会|缺席)(?:人员|对象)?[:：][^。；;\n]*$|"
               r"(?:^|\n)[ \t]*参加(?:人员|对象)[:：][^。；;\n]*$", review=True,
         name="people at a meeting"),
    # what one person did, told of her or him (a member's profile), is no count of the school's: "从教以来，她先后帮扶学困生
    # 30余名" (not what she or he led others to do, "他带领支部党员…", nor said: "她介绍，今年支部发展党员3名")
    Rule(None, ("从教以来，她先后结对帮扶学困生30余名", "多年来他累计家访200余次"),
         frame=rf"{_ONE_PERSON_TOLD_OF}$", name="one person's doing"),
    # (and the pupils she or he paired with: "她还主动与班上3名学困生结对", where 与 joins no one to her)
    Rule(None, ("她还主动与班上3名学困生结对", "他与5名留守儿童结成帮扶对子"),
         frame=rf"{_ONE_PERSON}(?:(?!带领|率领|组织|指导|和|与|同|及|说|表示|介绍)[^。；;])*(?:与|和|同)[^。；;，,]{{0,8}}$",
         after=r"^[^，,。；;]{0,10}?结(?:对|成)", name="one person's pupils paired"),
    # (but what the branch held, which the writer took part in, is the branch's: "我参加了支部组织的8次集中学习"; and so are
    # the party lectures the writer gave, as in English: "今年我为全体党员讲党课2次")
    Rule(None, ("这一学期，我上了3节示范课", "今年我共家访15次"),
         frame=rf"{_WRITER_TOLD_OF}$",
         not_before=r"(?:支部|党委|党总支|学校)(?:组织|开展|举办)的[^，,。；;]{0,4}$|党课[^，,。；;]{0,4}$",
         not_after=r"^[^，,。；;]{0,4}?党课", name="one person's doing"),
    Rule(None, ("这一学期，我认真上好每一节课，并与4名学困生结对",),
         frame=rf"{_WRITER_TOLD_OF}(?:与|和|同)[^。；;，,]{{0,8}}$",
         after=r"^[^，,。；;]{0,10}?结(?:对|成)", name="one person's pupils paired"),
    # lessons or lectures selected as the best are no count of those given: "评选优秀微党课10节"
    # (whatever the quality is called: "评选出“优质示范课”5节")
    Rule(None, ("评选优秀微党课10节", "评出精品示范课6节", "评选出优质示范课5节"), LESSONS | SESSIONS,
         before=r"评(?:选|出)出?(?:优秀|精品|示范|最佳|优质|精彩|十佳|金牌)[^，,。]{0,6}$", name="lessons selected as the best"),
    Rule(None, ("让每一位党员都得到成长",), before=r"每$", name="each one"),
    # how often each pair of people paired one to one meets is no count of the school's: "党员教师与学困生一对一结对，每周辅导
    # 1次" (a branch paired with a community is one pair, and its rate is its own: "支部与社区结对共建，每月开展志愿服务1次")
    Rule(None, ("党员与学困生“一对一”结对，每周辅导不少于1次", "青年教师与骨干教师结成师徒对子，每学期听课10节",
                "为留守儿童一对一结对帮扶，每月家访1次"),
         frame=r"(?:一对一[”」]?\s*(?:结对|帮扶|辅导)|(?:学生|儿童|学困生|青年教师|新教师|徒弟)[”」]?\s*(?:结对|结成[^，,。；;]{0,4}"
               r"对子))[^，,。；;]{0,8}[，,]\s*每个?(?:周|星期|月|学期|学年|季度|天|日)[^，,。；;]{0,16}$",
         name="each pair's rate"),
    # the lectures the branches' secretaries gave, told as a total: among other counts of what was done ("开展主题党日
    # 60次，各支部书记讲党课25次") or said to be all of them ("各支部书记共讲党课9次"); no norm of each one's
    # (the counts before it maybe ended by a semicolon: "集中学习10次；各支部书记讲党课8次")
    Rule("party_lectures", ("全年开展主题党日60次，各支部书记讲党课25次", "总支书记讲党课3次、各支部书记讲党课7次",
                            "各支部书记共讲党课9次", "集中学习12次；各支部书记讲党课10次"), SESSIONS,
         frame=r"(?:\d+\s*[次场节个名项][，,、；;]\s*各(?:党)?支部书记(?:共|累计|合计|共计)?|各(?:党)?支部书记(?:共|累计|合计|共计))"
               r"讲(?:授)?了?(?:专题)?党课$"),
    # (a clause that opens with a total, with the whole or with its own year, "…，累计帮扶学生120余名",
    # "…，全校31名党员共帮扶学生62名", "…，2022年共上示范课30节", is no norm)
    # (nor a total after the norm, in a clause of its own: "每人上一节示范课，共21节")
    # (or what each of the people counted did: "14名党员教师各上示范课1节")
    Rule(None, ("每位党员帮扶1名学生", "为每名积极分子指定一位党员培养联系人", "每组4人，由党员任组长",
                "每名党员联系一个班级、结对一名青年教师、帮扶一名困难学生、每年完成一项微课题", "每1名党员结对1名青年教师",
                "党员教师各上示范课1节", "支委成员结合分管工作各讲1次党课", "校长、副校长各讲一次党课",
                "要求各党支部全年开展主题党日活动不少于12次", "安排本学期工作：各支部开展主题党日活动不少于3次",
                "本年度人均参加志愿服务16小时", "每位党员每学期讲微党课不少于1次，走访学生家庭不少于5户"),
         # (or each of the organizations, what each is to do in all: "要求各党组织全年开展…不少于12次"; how often each is
         # to do it is a rate the school sets, a target: "要求各支部每月开展1次主题党日")
         # (a per-head average, 人均, only in its own clause: "人均服务时长18小时，服务群众2000余人次")
         # (or each of the branches' secretaries: "各支部书记每学年至少讲党课2次")
         # (or everyone, 人人: "全体党员人人上一节示范课")
         frame=r"(?:(?:(?P<given>(?<=[为给向]))|(?<![为给向]))(?:每(?:一|1)?(?:位|名|组|班|人|个(?:人|党员|教师|老师|学生|同志|班|小组))|"
               # (not 人人 in the name of an activity: "开展“人人讲党课”活动")
               # (not the secretaries counted together, a total of people: "支委和各支部书记共9人到会，集中学习2次")
               r"各(?:党)?支部书记(?!共?\s*\d)|人人(?![^，,。；;]{0,8}?活动)|"
               r"要求各(?:基层)?(?:党组织|党支部|支部|党小组|党总支)(?![^，,。；;]*每)|"
               # (or a plan's item for each of them, after its colon: "安排重点工作：各党支部开展主题党日活动不少于4次")
               # (not what they did between them: "：各支部共开展主题党日36次")
               r"(?<=[：:])各(?:基层)?(?:党组织|党支部|支部|党小组)(?![^，,。；;]{0,4}?(?:共|累计|合计|总计|一共))|"
               # (across a comma only where no total opens the next clause: "人人写一篇心得，共上示范课30节、讲党课12次")
               # (a colon ends what the norm covers: "各支部书记通报了上月工作：…开展主题党日活动9次")
               # (nor, after what was given to each, a clause of what the branch itself held: "为每名党员配发书籍2本，
               # 组织读书会3次")
               # (nor where the next clause tells the prizes given among them: "各上一堂示范课，评出一等奖3名")
               rf"{EACH_OF_THEM})(?:[^，,。；;：:]{{0,60}}|(?:(?![，,](?:共|累计|合计|总计|共计|评出|评选出|共评出|最终评出))"
               r"(?(given)(?![，,](?:组织|开展|召开|举办|举行))|)[^。；;：:]){0,20}|"
               # (or, after a minimum of theirs, the next thing each is to do, none of the whole's: "每位党员每学期讲微党课
               # 不少于1次，走访学生家庭不少于5户")
               r"[^。；;：:]{0,40}?(?:不少于|不低于|至少)[^，,。；;：:]{0,12}[，,]"
               r"(?!\s*(?:全年|全校|全园|支部|学校|共|累计|合计|总计|共计|一共))[^，,。；;的达为]{0,14})|人均[^，,。；;]{0,20})"
               r"(?<!，共)(?<!,共)(?<!累计)(?<!合计)(?<!总计)(?<!共计)(?<!一共)$",
         # (the total may follow a word of now: "…每人结对2名留守儿童，目前共结对43名")
         # (nor a count that opens a clause of its own after the norm: "为每名新教师配备了1名导师，27对师徒签订了协议")
         # (or a clause of what they all formed: "为每位新教师配备一名导师，结成28对师徒", "…，结成师徒对子9对"; or the
         # agreements they signed: "…，签订师徒协议9份")
         # (or a time since which: "…每人联系3至5个家庭，今年以来累计家访95次")
         # (not a time of the average's own: "全年人均志愿服务时长12小时")
         # (or a holiday or term in all: "…每人每周一次，整个寒假共送教26次")
         # (or a tally of those helped, their noun before the count, in a clause after the norm's: "…每人结对1名学困生，
         # 帮扶学生21名")
         not_before=r"^(?:帮扶|结对帮扶|资助|辅导|关爱)了?(?:学生|学困生|困难学生|留守儿童|儿童|幼儿)$|"
                    r"^(?:目前|现在|至今|迄今|截至目前|[^，,。\d]{1,6}(?:以来|年来)|(?:整个|全)?(?:暑假|寒假|假期|学期|学年)(?:期间|里|中)?)?"
                    # (all of them, each: "全体党员每人上一节公开课" is the norm still)
                    r"(?:(?:19|20)\d{2}年|累计|共计|合计|总计|一共|全年|共|全校|全体|全园|全支部)(?!(?:度|党员|教师)?人均)"
                    r"(?![^，,。；;\d]{0,8}?(?:每人|每位|每名|每个人|人人))|^$|"
                    r"^(?:共|累计)?(?:结成|组成|形成)了?(?:师徒|帮扶|青蓝)?(?:对子)?$|^(?:共|累计)?签订了?[^，,。\d]{0,8}?协议书?$",
         name="per-person norm"),
    # (the total of the pupils each member paired with, in the clause after: "每人结对2名留守儿童，共结对40名")
    Rule("students_assisted", ("20名党员教师每人结对2名随迁子女，共结对40名",), frozenset({"名", "人"}),
         frame=rf"每(?:人|名党员|位党员|名党员教师)[^，,。；;]{{0,6}}?(?:结对|帮扶|联系)[^，,。；;\d]{{0,4}}?"
               rf"(?:\d+|[一二两三四五六七八九十]+)\s*名[^，,。；;]{{0,10}}?(?:{_PUPILS}|子女)[^，,。；;]*[，,]\s*"
               r"(?:共|累计|合计|一共)(?:结对|帮扶)?了?$",
         after=r"^\s*(?:[，,。；;）)]|$)"),  # (the pupils not named again after it: "共结对40名学生" is read by its noun)
    # the count an answer opens with, to a question of how many members, or how many were admitted (an interview's "问…答"):
    # "问：支部有多少名党员？\n答：36名。", "问：今年发展了几名党员？\n答：发展了3名。"
    # (the members the question names before, "发展了几名？" alone; the answer maybe of a part of the year: "下半年发展了2名")
    Rule("members_developed", ("问：今年发展了几名党员？\n答：发展了3名，都是青年教师。", "问：今年发展了几名？\n答：上半年发展了2名。"),
         frozenset({"名", "人", "位"}),
         earlier=r"(?:问|记者)[:：][^。？?\n]*发展(?:了)?(?:多少|几)(?:名|位|个)?(?:(?:新)?党员)?[^。？?\n]*[？?]\s*$",
         frame=r"^\s*(?:答|[\u4e00-\u9fff]{1,4})[:：]\s*(?:今年|去年|共|上半年|下半年|本学期|这学期)?(?:发展了?|吸收了?)?$"),
    # (the answer maybe saying it is all of them: "答：一共31名")
    Rule("members_total", ("问：支部目前有多少名党员？\n答：36名，其中青年党员12名。", "问：你们支部现在共有多少名党员？\n答：总共29名。"),
         frozenset({"名", "人", "位"}),
         earlier=r"(?:问|记者)[:：][^。？?\n]*(?:有|共有)(?:多少|几)(?:名|位|个)?党员[^。？?\n]*[？?]\s*$",
         # (the count opening the answer, no other before it)
         frame=r"^\s*(?:答|[\u4e00-\u9fff]{1,4})[:：]\s*(?:目前|现在|现)?(?:有|共有|一共|总共|共)?$"),
    # some of the activists, said so, are no count of them all, nor are they in a breakdown after them: "组织全体党员和部分入党
    # 积极分子共80余人…。其中，党员70人，入党积极分子12人" (a breakdown opens with its parts; a sentence of the body's own
    # counts after it, "支部现有党员28名，入党积极分子5名", counts all of them)
    Rule(None, ("组织全体党员和部分入党积极分子共80余人参观。其中，党员70人，入党积极分子12人",), frozenset({"名", "人", "位"}),
         earlier=r"部分(?:入党)?积极分子", before=r"^(?:其中)?[，,]?\s*(?:入党)?积极分子$",
         frame=r"^\s*(?:其中)?[，,：:]?\s*(?:正式|预备)?(?:党员|(?:入党)?积极分子)", name="some of the activists"),
    # (nor are the activists among some of the staff, counted with the members among them: "现有35岁以下青年教师40名，其中
    # 党员12名、入党积极分子4名", "新入职教师中，有党员3名、入党积极分子2名")
    Rule(None, ("现有35岁以下青年教师40名，其中党员12名、入党积极分子4名", "新入职教师中，有党员3名、入党积极分子2名"),
         frozenset({"名", "人", "位"}),
         frame=r"(?:新入职|新进|青年|年轻|退休|离退休|[\d一二三四五六七八九十]+岁以下)[^，,。；;]{0,6}?(?:教师|教职工|老师)"
               r"(?:(?:\d+|[一二两三四五六七八九十百]+)(?:名|人|位)[，,]\s*其中|中|之中|里)[^。；;]*?(?:入党)?积极分子$",
         before=r"^(?:入党)?积极分子$", name="activists among some of the staff"),
    # the total of a field of the members after its parts: "党员人数：在职40人，退休8人，共48人"
    Rule("members_total", ("党员人数：在职40人，退休8人，共48人",), frozenset({"人", "名"}),
         frame=r"(?:^|\n)[ \t]*(?:党员人数|党员总数|党员数|党员)[:：][^。\n]*[，,、；;]\s*(?:共|合计|总计|共计)$"),
    # the members who came to a meeting, or were due at it, beside the membership: no count of them ("到会正式党员17名",
    # "实到党员40名")
    Rule(None, ("会议由书记主持，到会正式党员17名", "会议应到党员36名，实到34名"), frozenset({"名", "人", "位"}),
         before=r"(?:应到|实到|到会|出席会议|参会)(?:的)?(?:有(?:选举权|表决权)的)?(?:正式|预备)?党员$", name="members at a meeting"),
    # (or what the members, not counted, are each required to do at a rate: "党员教师每学期至少上1节示范课"; not what they
    # do together, which is the branch's: "党员每月集中学习1次"; nor those they serve together: "党员教师每周为25名学生辅导")
    Rule(None, ("党员教师每学期至少上1节公开课", "全体党员每年参加社区志愿服务不少于20小时", "党员每学年至少结对帮扶2名学困生",
                "党员教师每学期上示范课1节", "每学年党员教师都要上一节公开课", "支部提出，全体党员本学期至少参与社区志愿活动3次"),
         # (all of them each period, or a requirement said, or the number right after the rate: the words between are
         # read apart from it: "党员教师每学期至少上")
         frame=r"(?:^|[，,；;：:])(?:(?:全体|广大)党员(?:教师|老师|干部)?每个?(?:学期|学年|年|季度|月|周)[^为给向对，,。；;]{0,14}|"
               r"党员(?:教师|老师|干部)?每个?(?:学期|学年|年|季度|月|周)"
               r"(?:[^，,。；;]{0,14}?(?:至少|不少于|不低于|须|应当?|要)[^，,。；;]{0,10})?|"
               # (or a lesson or a piece of work each of them gives, with no minimum: "党员教师每学期上示范课1节")
               r"党员(?:教师|老师)每个?(?:学期|学年|年|季度|月|周)(?:上|讲|录制|制作|撰写|执教)[^，,。；;]{0,8}|"
               # (or the rate first, then all of them: "每学期党员教师都要上一节示范课")
               r"每个?(?:学期|学年|年|季度|月|周)(?:全体)?党员(?:教师|老师|干部)?(?:都|均|人人)(?:要|须|必须|应当?)?[^，,。；;]{0,10}|"
               # (or all of them, each, a minimum with no rate: "全体党员至少参与社区志愿活动3次")
               r"(?:全体|每名|每位|所有)党员(?:教师|老师|干部)?(?:本学期|本学年|今年|全年)?(?:均|都)?(?:至少|不少于|须|要)"
               r"[^，,。；;\d]{0,12})$",
         not_before=rf"{_TOGETHER}[^，,。；;]{{0,6}}$", not_after=rf"^[^，,。；;]{{0,4}}{_TOGETHER}", name="per-person norm"),
    # (or what the branches were guided to do, a minimum the count's own words say: "督促各党小组每学年开展活动不少于4次";
    # with no least said it is what they did in all: "全年督促各党小组开展组织生活30次")
    Rule(None, ("督促各党小组每学年开展活动不少于4次", "指导各基层党组织全年开展主题党日至少10次"),
         frame=r"(?:督促|指导)各(?:基层)?(?:党组织|党支部|支部|党小组|党总支)[^，,。；;]{0,30}$", required=True,
         name="per-branch norm"),
    # (the requirement may be the minimum itself: "党员每学期参加社区志愿服务不少于3次"; the school's members, said so, are each
    # of them: "学校党员每学期到社区服务不少于2次"; and a second rate of theirs after a comma is theirs too: "党员教师每月至少
    # 谈心一次，每学期家访不少于2次")
    Rule(None, ("党员每学期参加社区志愿服务不少于3次", "党员教师每年参加社区服务至少10小时", "学校党员每学期到社区服务不少于2次",
                "党员教师每周至少与帮扶学生交流一次，每学年家访不少于4次"),
         frame=r"(?:^|[，,；;：:])(?:学校|全校|我校|支部)?党员(?:教师|老师|干部)?每个?(?:学期|学年|年|季度|月|周)"
               r"(?:[^为给向对，,。；;]{0,14}|[^。；;]{0,30}?[，,]\s*每个?(?:学期|学年|年|季度|月|周)[^，,。；;]{0,14})$", required=True,
         not_before=rf"{_TOGETHER}[^，,。；;]{{0,6}}$", name="per-person norm"),
    # (or said per head with a slash: "每学期上示范课2节/人")
    Rule(None, ("党员每学期上示范课1节/人",), after=r"^[/／](?:人|名|位)", name="per-person norm"),
    Rule(None, ("凡正式党员达到3人以上的支部",), frame=r"凡[^，,。；;]*$", name="condition"),
    # one person for each of the units counted before: "为全校36个班级各配备1名党员导师"
    Rule(None, ("为全校36个班级各配备1名党员导师", "全校12个年级组各选派1名党员骨干"), PERSON_TIMES,
         frame=r"(?:\d+|[一二两三四五六七八九十]+)个[^，,。；;\d]{1,8}?各(?:配备|安排|设立|设置|配置|选派|指定|确定|选出|推选)?了?$",
         name="one for each unit"),
    # one event described by what it was like is no count, as "a lively lecture" is none: "讲授了一堂生动的党课"
    # (not many described: "展示了8节精彩的示范课")
    Rule(None, ("为党员们讲授了一堂生动的党课", "开展了一次别开生面的主题党日活动"), LESSONS | SESSIONS,
         after=r"^(?:生动|精彩|特别|难忘|别开生面|深刻|丰富多彩|有意义|特殊|别样|鲜活|沉浸式|震撼|接地气)的", only_one=True,
         name="an event described"),
    # (so is one event told of a day: "3月5日，书记为党员上了一堂专题党课")
    # (not one of a tally of counts told after the day: "9月2日，…部署计划：召开支委会3次，讲党课1次，开展主题党日5次")
    Rule(None, ("3月5日下午，书记为全体党员上了一堂专题党课", "中秋节前夕，支部开展了一次主题党日活动"), LESSONS | SESSIONS,
         frame=rf"(?:^|[^至止])(?:{A_DAY.pattern})(?:(?!\d\s*(?:次|场|节|堂))[^。；;！？!?])*$", after=_ITS_NOUN_AFTER,
         only_one=True, name="an event described"),
    # (or of the day's event the text tells, in a sentence that goes on from it: "随后，书记讲了一堂微党课", "会上，…")
    Rule(None, ("随后，书记为大家讲了一堂微党课", "会上，校长讲了一次专题党课", "活动最后，全体党员重温了一次入党誓词"),
         LESSONS | SESSIONS, frame=r"^[^。；;！？!?]{0,4}?(?:随后|随即|接着|紧接着|会上|会中|会议中|会议最后|活动中|活动最后|最后|当天|当日)"
                                   r"[，,][^。；;！？!?]*$", after=_ITS_NOUN_AFTER, only_one=True, name="an event described"),
    # (or in the sentence after one that tells of the day's event so, no tally said: "会上，新党员进行了入党宣誓。书记为全体
    # 党员上了一堂党课")
    Rule(None, ("会上，新党员进行了入党宣誓。书记为全体党员上了一堂党课", "随后，大家参观了校史馆。校长又讲了一次微党课"),
         LESSONS | SESSIONS, earlier=r"^[^。；;！？!?]{0,4}?(?:随后|随即|接着|紧接着|会上|会中|会议中|活动中|当天|当日)[，,]",
         frame=r"^(?:(?!共|累计|合计|全年|全学期|本学期|先后|已经|年内)[^。；;！？!?])*$", after=_ITS_NOUN_AFTER, only_one=True,
         name="an event described"),
    # a programme of "ones" is no count: "读一本党史书籍、听一堂专题党课、看一部红色电影" (what each member is to do): an item
    # of such a list, with another before it, or two after it
    Rule(None, ("读一本党史书籍、听一堂专题党课、看一部红色电影", "学一篇讲话、上一堂党课"), LESSONS | SESSIONS | PAIRS | PROJECTS,
         frame=rf"(?:^|[、：:“]){_ONE_ITEM}、[^\W\d_]$", name="a programme of ones"),
    Rule(None, ("听一堂专题党课、看一部红色电影、访一处红色基地", "上一堂微党课、读一本好书、做一件实事"),
         LESSONS | SESSIONS | PAIRS | PROJECTS,
         before=r"(?:^|[、：:“])[^\W\d_]$", after=rf"^[^、，,。；;]{{1,12}}(?:、{_ONE_ITEM}){{2}}", name="a programme of ones"),
    # (but the total said after such counts of one kind of event is the school's: "2个党小组分别开展主题党日5次、6次，共计
    # 17次")
    *(Rule(indicator, (example,), SESSIONS,
           frame=rf"分别(?:开展|召开|组织|举办|讲授|讲|上)了?{kind}(?:活动)?\s*(?:\d+\s*次\s*[、和及]\s*)+\d+\s*次\s*[，,]\s*"
                 rf"(?:共计|合计|共|总计)$")
      for indicator, kind, example in (
          ("theme_party_days", "主题党日", "两个党小组分别开展主题党日5次、6次，共计11次"),
          ("party_lectures", "党课", "三位支委分别讲党课2次、1次、1次，共计4次"),
          ("study_sessions", "(?:集中学习|专题学习)", "两个党小组分别开展集中学习6次、7次，合计13次"))),
    # "各党小组分别有党员6名、7名": one count for each of several units, none of them the school's
    # (not those each paired with, or each taken as a master: "8名骨干教师分别与8名新教师签订帮扶协议", "分别拜6名党员教师为师")
    # (nor kinds listed after 分别, which it shares out among the people, the count after them their total: "6名党员教师分别
    # 上了数学、科学、美术等学科示范课6节")
    Rule(None, ("三个年级组分别有党员4名、6名和9名",),
         frame=r"(?:各|[两二三四五六七八九十\d]+(?:个|名|位))[^，,。；;]{0,10}分别(?!与|和|同|跟|拜)"
               r"(?![^，,。；;\d]{0,10}、[^，,。；;\d]{0,12}等)[^，,。；;]{0,16}$",
         name="each of several"),
    # the members among a part of the staff are no head count of the school's: "35岁以下青年教师中有党员7名、
    # 入党积极分子5名" (the members admitted from among them are: "在青年教师中发展党员3名")
    Rule(None, ("全校青年教师中有党员6名、入党积极分子4名", "女教师中共有党员11人"), PERSON_TIMES,
         frame=r"(?:青年|年轻|新入职|新进|岁以下|岁以上|女|男)[^，,。；;]{0,6}(?:教师|老师|教职工|职工)中(?:有|共有|现有)"
               r"[^，,。；;]{0,24}$",
         # (not those among them honoured: "女党员教师中有8人获评区级以上“优秀教师”")
         not_after=r"^(?:先后|分别|已)?(?:获评|被评为|被授予|荣获|获得?|当选|入选)", name="members among a part of the staff"),
    # (people counted before what they took part in are no enrolment: "共有教职工86名参与志愿服务")
    Rule(None, ("全校共有学生1200名", "学校现有教职工120人"),
         before=r"(?:全校|在校|现有|共有|招收|招生)[^，,。党]{0,4}(?:学生|在校生|教职工|教职员工|教师|老师|职工|幼儿|班级|教学班)$",
         # (nor the year's new teachers, whom the words around them may give mentors: "今年共有新教师12名，均由党员教师担任导师")
         not_before=r"新(?:入职|进|招聘|招录)?的?(?:教师|老师)$",
         # (nor those who applied to join, after them: "本学期共有学生90人提交入党申请书")
         not_after=r"^\s*(?:参与|参加|投身|走进|深入|(?:先后)?(?:递交|提交|写)了?(?:入党)?申请书?)",
         # (nor the pupils a free class took in, told in the sentence: "开办免费周末课堂，…首批招收学生30名", below)
         frame=rf"^(?![^。；;]*{_FREE_CARE_CLASS_ZH})",
         name="enrolment and staff counts"),
    # (or warmth taken to them, counted after it: "为患病教师和老党员送温暖30人次")
    Rule("staff_visited", ("今年为患病教师和老党员送温暖30人次",), PERSON_TIMES,
         before=r"为(?:[^，,。；;\d]{0,6}?(?:教职工|教师|老师|老党员|退休党员|职工)[、和及]?){1,3}送(?:去)?温暖$"),
    # (the second of the staff visited, listed after the first: "看望了生病的3名教职工和家有困难的4名教职工")
    Rule("staff_visited", ("看望了生病的3名教职工和家有困难的4名教职工",), PERSON_TIMES,
         frame=r"(?:慰问|走访|看望|探望)了?[^。；;\d]{0,20}?\d+\s*[名位][^，,。；;\d]{0,8}?(?:和|及|以及|、)[^，,。；;\d]{0,10}$",
         after=r"^(?:教职工|教职员工|教师|老师|职工)"),
    # (not pupils helped: "党员教师共帮扶36名学生")
    Rule(None, ("全校600余名学生中",), after=r"^(?:学生|在校生|教职工|教职员工|教学班|班级|个班)(?:中|里|$)",
         not_before=r"(?:帮扶|辅导|资助|慰问|走访|结对|帮助|救助|关爱|家访|看望|送教|补课|陪伴)了?[^，,。]{0,4}$", name="enrolment"),
    # a change is no count: "较去年增加3人", "比上学期多2名"
    Rule(None, ("党员人数比去年增加了4人", "较上年减少2名"), PERSON_TIMES,
         before=r"(?:较|比)[^，,。；;]{0,8}(?:增加|增长|减少|下降|多|少)了?$", name="a change"),
    # (and so is the change after the count compared with: "较2018年底的121名增加了37名")
    Rule(None, ("人数较上年底的121人增加了37人",), PERSON_TIMES, frame=r"(?:较|比)[^，,。；;]{0,20}$",
         before=r"^(?:增加|增长|减少|下降|多|少)了?$", name="a change"),
    # a membership that grew from one count to another: both are head counts, each of its own time
    # (the later count may name its own year: "由2019年的31人增至2023年的42人")
    Rule("members_total", ("党员人数由上年的31人增加到34人", "党员人数由2020年的25人增至2023年的30人",
                           "党员队伍由前年底的50人增加到62人", "支部党员从2016年的12名发展到现在的25名",
                           "党员队伍不断壮大，由建校初的3人发展到现在的42人"), PERSON_TIMES,
         frame=rf"{_MEMBERSHIP_FROM}[^，,。；;]{{0,12}}{_GREW_TO}"
               r"(?:(?:(?:19|20)\d{2}年(?:底|末)?|现在|目前|如今)的?)?$",
         # (not people of another kind the count names after it: "服务队从最初的8名党员发展到现在的26名队员")
         not_after=_OTHER_PEOPLE_NAMED_AFTER,
         time_until=rf"(?:由|从)[^，,。；;]{{0,12}}{_GREW_TO}$"),
    # the people of each batch a service was done in, each batch counted: "党员分两批赴养老院服务，第一批7人、第二批
    # 4人"
    Rule("volunteer_participants", ("党员分两批赴养老院开展义务劳动，第一批7人、第二批4人",), PERSON_TIMES,
         frame=r"分(?:[两二三四五六七八九十]|\d{1,2})批[^。；;]*?(?:志愿|义务|服务|慰问|帮扶)[^。；;]*?第(?:[一二三四五六七八九十]|\d{1,2})批$"),
    # (and a volunteer team grown so, the count it grew to its volunteers: "服务队由成立时的10名队员发展到现在的50名")
    Rule("volunteer_participants", ("党员志愿服务队从最初的12名队员发展到目前的60名",), PERSON_TIMES,
         frame=rf"{_VOLUNTEER_TEAM}[^，,。；;]{{0,6}}?(?:由|从)[^，,。；;]{{0,16}}{_GREW_TO}(?:(?:现在|目前|如今)的?)?$",
         not_after=r"^(?:队员|志愿者)"),  # (the count's noun named after it: the rule of people, which quotes it)
    # (or only the count it grew to, the earlier one said before or not at all: "目前支部党员已增至23名")
    Rule("members_total", ("目前支部党员已增至23名", "学校党员人数现已增加到41人", "党员队伍已发展到36人"), PERSON_TIMES,
         frame=rf"党员(?:人数|总数|数量|队伍)?(?:现|目前|如今)?(?:已|已经)?{_GREW_TO}(?:(?:现在|目前|如今)的?)?$",
         not_after=_OTHER_PEOPLE_NAMED_AFTER,
         time_until=rf"{_GREW_TO}(?:(?:现在|目前|如今)的?)?$"),
    # the count a membership reached, after its change: "党员人数较去年增加3名，达到92名"
    Rule("members_total", ("党员人数较去年增加3名，达到92名", "支部党员比上年多2人，总数达到45人"), PERSON_TIMES,
         # (not the number of others the members help: "党员教师结对帮扶学困生人数较上年增长20%，达到84人")
         frame=r"党员(?:人数|总数|数量|队伍)?(?:(?!人数|数量)[^。；;]){0,16}?(?:增加|增长|上升|减少|下降|多|少)了?"
               r"[^。；;，,]{0,6}[，,]\s*(?:总数|总人数|人数)?(?:已|已经)?(?:达到|达|增至|增加到|增长到|上升到|上升至|减少到|减至)了?$",
         time_until=r"(?:较|比)[^。；;]*$"),  # (the time compared with is not the count's: "较去年")
    # (so is the number of pupils helped: "结对帮扶学困生人数较上年增长20%，达到84人")
    Rule("students_assisted", ("党员教师结对帮扶学困生人数较上年增长20%，达到84人", "帮扶留守儿童人数达到56人"), PERSON_TIMES,
         frame=r"(?:帮扶|结对|辅导)[^。；;，,]{0,8}?(?:学生|学困生|留守儿童|困难学生|困境儿童)人数(?:[^。；;]{0,16}?[，,])?\s*"
               r"(?:已|已经)?(?:达到|达|增至|增加到|增长到|上升到)了?$",
         time_until=r"(?:较|比)[^。；;]*$"),
    # a membership grown to a count, with no earlier count: "党员发展到12名", "党员队伍壮大到40人"
    Rule("members_total", ("1978年，党员发展到12名", "近年来党员队伍壮大到40人"), PERSON_TIMES,
         before=r"党员(?:人数|总数|数量|队伍)?(?:已|已经|也|逐步|逐渐)?(?:发展|壮大|扩大|上升)(?:到|至)了?$"),
    # (or the members it grew to, named after the count, "现已发展到23名党员"; or left out after the clause that counted them
    # before, "成立之初仅有党员6名，如今已发展到23名": no members admitted, the membership)
    Rule("members_total", ("支部成立时只有4名党员，现已发展到21名党员", "建校时仅有党员3名，如今已发展到28名"), PERSON_TIMES,
         frame=rf"(?:(?<!发展)党员[^，,。；;\d]{{0,4}}\d+(?:名|人)|\d+(?:名|人)党员)[，,]\s*[^，,。；;\d]{{0,6}}{_GREW_TO}了?$",
         before=rf"{_GREW_TO}了?$", after=r"^(?:党员|$)"),
    # the count a membership is compared with, of its own time: "党员158名，较2018年底的121名增加了37名"
    Rule("members_total", ("党员总数较2018年底的121名增加了37名", "支部党员比去年底的20人多3人"), PERSON_TIMES, frame=r"党员",
         before=r"(?:较|比)(?:(?:19|20)\d{2}年(?:底|末)?|去年底?|上年底?|上年末)的$",
         after=r"^(?:增加|增长|上升|减少|下降|多|少)"),
    # pupils' honours, in a sentence about pupils: "全校1200名学生参与，评选出“读书之星”60名"
    # (or a child's title, "小达人", "小能手")
    # (or the Young Pioneers' medal, named with those who hold it: "评选出“红领巾奖章”获得者120名")
    Rule(None, ("学生读书活动评选出“阅读之星”30名", "学生中评出“美德少年”12名", "全校学生参加，评出“劳动小能手”25名",
                "1260名少先队员参加了比赛，评出“红色故事小达人”30名", "学校共评选出“红领巾奖章”获得者120名",
                "800名学生参加英语演讲活动，评出“英语小讲师”16名"),
         PERSON_TIMES, frame=r"学生|少先队员|队员|幼儿|儿童|孩子|小朋友|红领巾",
         before=r"(?:[^，,。、]{1,6}之星|[^，,。、]{1,4}少年|三好学生|优秀学生|优秀少先队员|红领巾奖章|小(?:能手|达人|标兵|明星|卫士|"
                r"先锋|榜样|模范|雷锋|义工|志愿者|讲解员|讲师|主持人|书法家|画家|作家|歌手|博士|院士|巧手|管家|老师))[”\"]?"
                r"(?:获得者|获奖者)?$",
         not_before=r"党员|教师|老师",
         name="pupils honoured"),
    # pupils' prizes, in a clause about pupils: "学生在各级各类竞赛中获奖320人次"
    Rule(None, ("近三年，学生在各级各类竞赛中获奖320人次", "幼儿在绘画比赛中获得一等奖12人"), PERSON_TIMES,
         before=r"(?:学生|幼儿|少先队员|孩子)[^，,。]{0,16}?(?:获奖|获得?[^，,。]{0,8}?奖)$", not_before=r"党员|教师|老师",
         name="pupils honoured"),
    # (and a clause after pupils' prizes, with no people of its own, is no honour of members: "学生竞赛获奖460人次，
    # 考入重点高中312人")
    Rule(None, ("学生参加各类竞赛获奖460人次，考入重点高中312人",), PERSON_TIMES,
         frame=r"(?:学生|幼儿|少先队员|孩子)[^。；;]{0,16}?(?:获奖|获得?[^，,。]{0,8}?奖)[^。；;]*[，,][^，,。；;]*$",
         not_before=r"党员|教师|老师|干部|同志", name="pupils honoured"),
    # a grade of the annual appraisal is no honour: "评出优秀党员10名、合格党员30名"
    # (members selected for the top grade are singled out, as an honour does: "评出优秀等次5名"; the
    # grades a review gives, "评议结果：优秀等次8名，合格等次21名", "评定优秀等次7名", are no figures)
    Rule("awards_individual", ("评出优秀等次6名", "经评议，评选出优秀等次党员4名", "民主评议中评议出优秀等次党员3名"), PERSON_TIMES,
         before=r"评(?:选|议)?出[^，,。]{0,4}?优秀等次的?(?:党员)?$"),
    # people counted right after the title they received: "其中获评“市优秀教师”3人、“市优秀班主任”4人"
    Rule("awards_individual", ("党员教师中获评“市优秀教师”3人", "其中荣获区优秀班主任称号5人", "当选县骨干教师2人",
                               "参赛党员28人，获一等奖3人"),
         # (not pupils' prizes, nor young teachers', their mentoring's outcome: "青年教师在赛课中获一等奖9人次")
         PERSON_TIMES, before=rf"(?:获评|荣获|获得|被评为|评为|当选|获)(?:为)?{_PERSON_TITLE}$",
         not_before=rf"学生|少先队员|^(?:[^，,。；;]{{0,4}}){YOUNG_TEACHERS}(?!中)"),
    Rule("awards_individual", ("获评“市优秀教师”3人、“市优秀班主任”4人", "荣获区优秀教师称号2人、区优秀党员1人"), PERSON_TIMES,
         frame=rf"(?:获评|荣获|获得|被评为|评为|当选|获)(?:为)?(?:{_PERSON_TITLE}\s*(?:\d+|[一二两三四五六七八九十百]+)\s*[人名位]、)+"
               rf"{_PERSON_TITLE}$",
         before=rf"^{_PERSON_TITLE}$"),
    # posts graded as passing are no honour: "评出优秀示范岗3个、合格示范岗7个"
    Rule(None, ("考评后评出合格示范岗7个",), frozenset({"个", "名"}),
         before=r"(?:基本|不)?合格[^，,。；;、\d]{0,6}?(?:岗|示范岗|先锋岗|责任区)$", name="an appraisal grade"),
    # posts of merit chosen among the members, each held by one of them, counted in 个: "评选出“师德示范岗”6个"
    # (not posts set up, "设立党员责任岗15个", nor pupils' posts, nor posts still to be chosen: "学期末将评选出…3个")
    Rule("awards_individual", ("评选出“师德示范岗”6个", "本学期命名党员先锋岗4个"), GROUPS,
         before=rf"{_POSTS_OF_MERIT_CHOSEN}{_POST_OF_MERIT}$", not_before=rf"学生|少先队员|团员|红领巾|将{_POSTS_OF_MERIT_CHOSEN}"),
    # (and the posts of another kind listed after them: "评出“教学先锋岗”4个、“服务示范岗”2个")
    Rule("awards_individual", ("评出“教学先锋岗”4个、“服务示范岗”2个",), GROUPS,
         frame=rf"{_POSTS_OF_MERIT_CHOSEN}(?:{_POST_OF_MERIT}\s*(?:\d+|[一二两三四五六七八九十]+)个[，,、])+{_POST_OF_MERIT}$",
         before=rf"^{_POST_OF_MERIT}$", not_before=r"学生|少先队员|团员|红领巾"),
    # (all the members given a grade are the members reviewed: "18名党员均评为合格以上等次")
    Rule("member_reviews", ("民主评议中，18名党员均评为合格以上等次",), PERSON_TIMES,
         after=r"^(?:党员)?(?:均|全部|都)(?:被)?评(?:定)?为(?:合格|优秀|基本合格)"),
    # (评定, to grade, is what a review does: "经民主评议，评定优秀党员3名", not an honour's selection, 评选 or 评出; and so is
    # 评议出, to find by the review: "民主评议中评议出优秀党员5名")
    Rule(None, ("评议结果为合格党员30名", "基本合格党员1名", "评议结果：优秀等次8名", "经民主评议，评定优秀党员4名、合格党员20名",
                "经民主评议，支部评议出优秀党员4名、合格党员17名"),
         PERSON_TIMES,
         before=r"(?:(?:基本|不)?合格|优秀(?=等次)|评定为?优秀|评议出优秀)(?:等次)?的?(?:党员)?$", name="an appraisal grade"),
    # (the top grade too, told as the review's result: "评议结果：优秀8名", "评议结果为优秀党员6名")
    Rule(None, ("评议结果：优秀8名，合格24名", "民主评议结果为优秀党员6名、合格党员20名"), PERSON_TIMES,
         before=r"(?:评议|考核|测评|评定)结果(?:为|是|如下)?\s*[：:]?\s*优秀(?:等次)?的?(?:党员)?$", name="an appraisal grade"),
    Rule(None, ("评定26名合格党员", "经测评，19位党员被评定为合格等次"), PERSON_TIMES,
         after=r"^(?:[^，,。]{0,8}?(?:评为|评定为|定为|确定为|为))?(?:基本|不)?合格(?:等次)?的?(?:党员)?", name="an appraisal grade"),
    # the trainees of a class of activists are activists: "入党积极分子培训班开班，参训学员35名"
    Rule("activists", ("入党积极分子培训班开班，参训学员35名",), PERSON_TIMES,
         frame=r"积极分子培训班[^。；;]*$", before=r"(?:参训|参加培训的|培训)学员(?:共|共计|达)?$"),
    Rule("activists", ("学校举办积极分子培训班，共有86名学员参加",), PERSON_TIMES,
         frame=r"积极分子培训班[^。；;]*$", after=r"^(?:参训)?学员"),
    # (or a class of activists and candidates for admission, its trainees counted in the sentence after it: "…举行入党积极
    # 分子和发展对象培训班结业仪式。本期培训班共有学员31名")
    Rule("activists", ("学校举办入党积极分子和发展对象培训班。本期培训班共有学员28名",), PERSON_TIMES,
         earlier=r"积极分子(?:和|及|、)?(?:发展对象)?培训班", frame=r"^[^。；;]{0,12}培训班",
         before=r"(?:共有|共|有)?(?:参训|参加培训的)?学员(?:共|共计|达)?$"),
    Rule("activists", ("入党积极分子由2020年的2名增加到2023年的7名", "积极分子人数从前年的4人增至现在的9人"), PERSON_TIMES,
         frame=rf"{_ACTIVISTS_FROM}[^，,。；;]{{0,12}}{_GREW_TO}(?:(?:(?:19|20)\d{{2}}年(?:底|末)?|现在|目前|如今)的?)?$",
         time_until=rf"(?:由|从)[^，,。；;]{{0,12}}{_GREW_TO}$"),
    Rule("activists", ("入党积极分子由2020年的2名增加到2023年的7名", "积极分子队伍从2019年的3人发展到12人"), PERSON_TIMES,
         frame=rf"{_ACTIVISTS_FROM}(?:(?:19|20)\d{{2}}年[^，,。；;]{{0,4}})$", after=rf"^{_GREW_TO}"),
    Rule("members_total", ("支部党员由上年的40人减少至38人", "党员人数由2020年的25人增至2023年的30人"), PERSON_TIMES,
         # (the earlier count is of a year it names, or of the start of the time the sentence names; not of a time
         # with no year, "由建校初的3人")
         frame=rf"{_MEMBERSHIP_FROM}(?:(?:(?:19|20)\d{{2}}年|上年|去年|前年|上一年)[^，,。；;]{{0,4}})?$",
         after=rf"^{_GREW_TO}"),
    # (the earlier count at a time of no year is no figure, and no members admitted: "由建校初的3人发展到现在的68人")
    Rule(None, ("党员人数由建校初的3人发展到现在的规模", "学校党员已由当初的5人增加到如今的规模"), PERSON_TIMES,
         frame=rf"{_MEMBERSHIP_FROM}[^，,。；;\d]{{0,10}}$", after=rf"^{_GREW_TO}",
         name="a membership before it grew"),
    # members whose membership moved here from elsewhere are no members admitted: "接收转入党员4名" (nor those who moved
    # away: "转出党员1名")
    Rule(None, ("全年接收转入党员4名", "组织关系转入的党员2名", "转出党员1名"),
         before=r"(?:转入|调入|转来|迁入|转出|调出|迁出)(?:的)?(?:正式|预备)?党员$", name="members transferred in or out"),
    # the verb of admitting alone before its count, in a sentence about members: "发展党员工作：2023年发展1人，2022年发展2人"
    Rule("members_developed", ("发展党员工作：2023年发展1人，2022年发展2人", "党员队伍建设方面，今年新发展2名"), PERSON_TIMES,
         frame=r"党", before=r"(?:^|[，,；;：:]|年度?|今年|本年|全年|去年|上年)(?:共|新)?发展$", not_before=r"其中"),
    # (or the number a plan for admitting sets, the plan named after the admitting: "确定2023年发展党员计划4名", "发展党员指标3名")
    Rule("members_developed", ("会议确定2023年发展党员计划4名", "下达发展党员指标3名"), frozenset({"名", "人", "个"}),
         before=r"发展(?:新)?党员(?:的)?(?:计划|指标|名额)(?:数)?(?:为)?$"),
    # counts of people (members, activists, honoured, helped, volunteers …) are read by people.py
    # applications for party membership are counted by the copy (份): one application, one applicant
    Rule("applicants", ("全年收到入党申请书9份", "本学期收到青年教师的入党申请书3份"), frozenset({"份"}),
         before=r"入党申请书?$"),
    Rule("applicants", ("支部共收到12份入党申请书", "学生们递交了40余份入党申请"), frozenset({"份"}), after=r"^入党申请书?"),
    # (or the people who handed it in, counted after it: "递交入党申请书6人", "全年提交入党申请的教师3名")
    # (or the kind of people said between: "递交入党申请书教师7名")
    Rule("applicants", ("全年递交入党申请书6人", "本学期向党组织提交入党申请3人", "递交入党申请书教师7名"), frozenset({"人", "名"}),
         before=r"(?:递交|提交|写|交)(?:了)?入党申请书?(?:的)?(?:青年教师|教师|老师|学生|职工)?$"),
    # (the application said without 入党, on a line or in a clause about admitting members: "发展党员：递交申请书7人")
    Rule("applicants", ("发展党员：递交申请书7人，确定积极分子3人", "党员发展方面，本年度收到申请书4份"), frozenset({"人", "名", "份"}),
         frame=r"(?:发展党员|党员发展|入党)[^。；;\n]*$", before=r"(?:递交|提交|收到|交)(?:了)?申请书?$"),
    # --- meetings, lectures, study ---
    Rule("org_life_meetings", ("召开专题组织生活会3次", "召开民主生活会2次"), SESSIONS,
         before=r"(?:组织生活会|民主生活会)$"),
    Rule("org_life_meetings", ("召开2次专题组织生活会",), SESSIONS, after=r"^(?:专题)?(?:组织生活会|民主生活会)"),
    Rule("special_meetings", ("全年召开师德建设专题会5次", "开展“以案促改”警示教育专题会3次", "开展警示教育3次", "召开专题会议研究党建工作4次",
                              "支部组织专题研讨4场", "开展师德师风专题教育4次", "全年开展廉洁教育专题活动4次",
                              "上半年组织党员收看廉政教育专题片3次"),
         SESSIONS, before=r"(?:专题会议?|警示教育(?:大会|会|活动)?|专题研讨(?:会|活动)?|专题教育(?:会|活动)?|"
                          # (or what the meetings studied, said between: "召开专题会议研究党建工作4次")
                          r"专题会议?(?:研究|部署|讨论|推进)[^，,。；;\d]{1,10}|"
                          # (or a film of warning shown to the members: "组织党员观看警示教育片2次")
                          r"(?:警示|廉政|廉洁)教育(?:片|影片|专题片)|"
                          r"(?:廉洁|廉政|师德师风|师德|警示)(?:教育)?专题活动)$"),
    Rule("special_meetings", ("召开3次党风廉政建设专题会议", "每季度开展一次专题研讨", "全年开展3次“双减”专题研讨"), SESSIONS,
         after=r"^[^，,。]{0,10}?(?:专题会议?|警示教育(?:大会|会)?|专题研讨(?!式))"),
    # (a series of lectures counts its numbers too: "讲授“微党课”共15期")
    # (or the lectures named first, then their verb, as speech may put it: "党课讲了6次")
    Rule("party_lectures", ("书记集中讲党课5次", "累计讲授专题党课（微党课）9节", "讲微党课10次", "讲授专题党课4场次",
                            "党员轮流讲授微党课共15期", "一年里组织党课辅导6次", "支部安排党课培训共8场", "这一年党课讲了6次",
                            "开展“书记讲党课”活动3次", "支部开展微党课展示6次"),
         LESSONS | {"期"},
         # (a lecture is training: "党课培训", "党课辅导"; or its activity named: "开展书记讲党课活动3次"; or micro-lectures
         # given before the others, shown: "微党课展示")
         before=r"党课(?:培训|辅导|展示)?(?:讲|讲授)?$|讲党课(?:活动)$"),
    Rule("party_lectures", ("讲授3次专题党课", "讲授2堂党课"), LESSONS, after=r"^[^，,。]{0,6}?党课"),
    # (the fixed party day, 固定党日, and the members' activity day, 党员活动日, are the theme party day under
    # other names; "主题党日+" a theme party day joined with something else)
    Rule("theme_party_days", ("每月开展主题党日1次", "开展主题党日活动12次", "全年开展固定党日活动12次",
                              "开展“主题党日+志愿服务”活动6次", "全年开展党员活动日活动10次"), SESSIONS,
         before=r"(?:主题党日|固定党日|党员活动日)(?:\+[^，,。]{0,8})?(?:活动)?$"),
    Rule("theme_party_days", ("每月开展1次主题党日活动", "每月开展1次固定党日活动"), SESSIONS,
         after=r"^[^，,。]{0,6}?(?:主题党日|固定党日|党员活动日)"),
    # a talk given free (义务, 公益, 免费) is a volunteer service: "党员教师为家长义务开设家教讲座5场" (also with the count
    # before the talk: "为社区居民免费举办了4场健康讲座")
    Rule("volunteer_sessions", ("党员教师为家长义务开设家教讲座5场",), SESSIONS,
         before=r"(?:义务|公益|免费)(?:开设|开展|举办|举行|开讲)?了?[^，,。；;\d]{0,8}?讲座(?:活动)?$"),
    Rule("volunteer_sessions", ("为社区居民免费举办了4场健康讲座",), SESSIONS,
         before=r"(?:义务|公益|免费)(?:开设|开展|举办|举行|开讲)?了?$", after=r"^[^，,。]{0,12}?讲座"),
    # a talk the members give to pupils or to the public is a service to them, not the members' own study:
    # "为社区儿童开展了一场防溺水讲座"
    # (but a talk said to be free, 公益, after its count is a service: "每季度为小区居民开展1次公益讲座")
    Rule("volunteer_sessions", ("每季度为小区居民开展1次公益讲座", "为村民举办3场义务法律讲座"), SESSIONS,
         frame=rf"为[^，,。为]{{0,12}}?{_AUDIENCE}[^，,。]{{0,8}}$", after=rf"^{_FREE_ZH}[^，,。]{{0,8}}?讲座"),
    Rule(None, ("党员教师为家长举办了3次家庭教育讲座", "为社区儿童开展了一场安全知识讲座"), SESSIONS,
         frame=rf"为[^，,。为]{{0,12}}?{_AUDIENCE}[^，,。]{{0,8}}$", after=r"^[^，,。]{0,12}?讲座", name="a talk given to others"),
    Rule(None, ("志愿者们为社区儿童开展防溺水讲座2场",), SESSIONS,
         frame=rf"为[^，,。为]{{0,12}}?{_AUDIENCE}[^，,。]{{0,20}}?讲座(?:活动)?$", name="a talk given to others"),
    # (the study of young teachers, no members', is no group study of the branch: "组织青年教师集中学习4次")
    Rule(None, ("上半年安排年轻教师集中学习5次", "组织新教师理论集中学习2次"), SESSIONS,
         before=r"(?:青年教师|新教师|新入职教师|年轻教师)(?:理论)?(?:集中|集体)学习$", name="young teachers' study"),
    Rule("study_sessions", ("组织集中学习24次", "组织党员学习18次", "理论中心组学习12次", "全年组织支委会学习10次", "开展集中学习研讨15次", "开展“周三学习日”活动16次", "全年落实“第一议题”学习制度20次", "各支部召开专题学习会9次",
                            "举办读书分享会4场", "党委中心组开展集体学习10次", "这一年党员集中学习搞了20多次"),
         SESSIONS,
         # (or the members' study the branch organized: "组织党员学习20次")
         before=r"(?:集中学习|集体学习|理论学习|中心组学习|(?:支委会|支委|党委会|班子)(?:集中)?学习|专题学习|学习活动|学习会|学习日(?:活动)?|"
                r"组织党员学习|"
                r"读书会|读书班|(?:读书|学习)(?:分享|交流)会|"
                r"第一议题(?:学习)?(?:制度)?)(?:研讨|讨论)?$"),
    # (reading classes counted by their terms: "举办党员读书班3期"; or sharing sessions: "举办读书分享会6期")
    Rule("study_sessions", ("举办党员读书班3期", "党委中心组举办专题学习班2期", "支部举办读书分享会6期",
                            "这已是党支部本学年举办的第二期读书交流会"), frozenset({"期"}),
         before=r"(?:读书班|学习班|读书会|(?:读书|学习)(?:分享|交流)会)$"),
    # (what was studied may stand between: "组织集中学习二十大精神8次", "专题学习《条例》6次"; not another event, nor a
    # time the study marks: "集中学习后开展研讨3次")
    Rule("study_sessions", ("组织集中学习二十大精神8次", "开展专题学习《中国共产党纪律处分条例》6次"), SESSIONS,
         before=r"(?:集中学习|集体学习|专题学习|理论学习)(?:(?!开展|召开|组织|举办|参加)[^，,。；;、\d]){2,20}?(?<![后时中间])$"),
    # the lectures of a training course for activists or candidates are the course's, no study of the members: "积极分子
    # 培训班共安排了5场专题讲座" (or the course named in the sentence before: "…举办发展对象培训班。培训期间安排了3场辅导报告")
    Rule(None, ("积极分子培训班共安排了5场专题讲座",), SESSIONS,
         frame=rf"{_CANDIDATES_TRAINING}[^。；;]*$", after=r"^[^，,。]{0,12}?(?:讲座|报告|辅导|课)", name="a course of activists"),
    Rule(None, ("学校举办发展对象培训班。培训期间安排了3场辅导报告",), SESSIONS,
         earlier=_CANDIDATES_TRAINING, frame=r"^[^。；;]{0,6}?(?:培训班|培训期间|培训中)",
         after=r"^[^，,。]{0,12}?(?:讲座|报告|辅导|课)", name="a course of activists"),
    # (or the members' reading-sharing sessions: "上学期支部开展读书交流活动4次")
    Rule("study_sessions", ("上学期支部开展读书交流活动4次", "开展读书分享会2场"), SESSIONS,
         before=r"读书(?:分享|交流)(?:会|活动)(?:共计|共|累计)?$"),
    # (not talks taken into a community, a service: "这是支部本年度第二次走进社区开展讲座")
    Rule("study_sessions", ("每周1次开展理论微学习", "每学期1次先锋故事展播", "开展3次集中学习"), SESSIONS,
         after=r"^[^，,。]{0,12}?(?:学习|思政|读书|宣讲|讲座|展播)",
         not_after=r"^[^，,。]{0,6}?(?:走进|深入|进|来到)[^，,。]{0,8}?(?:社区|村|敬老院|养老院)"),
    # --- volunteering ---
    # pupils who benefit from a grant or from help are pupils helped
    # (pupils in need, so named, are helped whatever the help: "认领困难学生微心愿86个…活动共惠及困难学生86名")
    Rule("students_assisted", ("活动共惠及困难学生86名", "受益留守儿童30名"), frozenset({"人", "名", "位"}),
         before=r"(?:惠及|受益)(?:的)?(?:贫困|困难|家庭困难|留守)(?:学生|儿童|孩子|幼儿)$"),
    Rule("students_assisted", ("为困难学生发放助学金2万元，惠及学生40人", "党员为贫困学生捐款捐物1万元，惠及学生25人",
                               "活动共募集爱心物资价值3000元，惠及困难学生30名"), PERSON_TIMES,
         before=r"(?:惠及|受益)(?:贫困|困难|留守)?(?:学生|学困生|儿童|孩子|幼儿)$",
         frame=r"助学|资助|帮扶|奖学金|补助|慰问|捐款|捐物|捐赠|捐助|爱心"),
    # pupils the members paired with, named before the pairing and counted after it: "党员教师与学困生结对帮扶40人"
    Rule("students_assisted", ("党员教师与学困生结对帮扶40人", "全体党员与留守儿童结对共28名"), frozenset({"人", "名"}),
         before=rf"与(?:[^，,。；;\d与]{{0,6}}?){_PUPILS}(?:开展)?(?:一对一)?结对(?:帮扶)?(?:共|共计|累计)?$"),
    # (or counted after 对, the pairing's verb after them: "对全校82名留守儿童实行“一对一”结对帮扶")
    Rule("students_assisted", ("对全校56名留守儿童实行“一对一”结对帮扶", "支部对20名学困生开展结对帮扶"), frozenset({"人", "名", "位"}),
         before=r"对(?:全校|本校|全体|校内)?$",
         after=rf"^{_PUPILS}[^，,。；;\d]{{0,6}}?(?:实行|开展|进行|落实)了?(?:一对一)?(?:结对)?帮扶"),
    # (or some of the pupils just counted, helped by members in pairs: "看望了全校20名留守儿童，其中由党员教师结对帮扶8名")
    Rule("students_assisted", ("支部走访了全校20名留守儿童，其中党员教师结对帮扶8名",), frozenset({"人", "名", "位"}),
         frame=rf"\d+\s*[余多]?\s*(?:名|人|位)[^，,。；;\d]{{0,6}}?{_PUPILS}",
         before=r"其中(?:由)?(?:支部)?(?:党员教师|党员)?(?:一对一)?结对帮扶(?:了)?$"),
    # (or helped to apply for aid, counted after it: "帮助困难学生申请资助41人")
    # (or for whom aid was applied: "为困难学生申请助学金33人")
    Rule("students_assisted", ("帮助困难学生申请资助41人", "协助家庭困难学生争取助学金12名", "为困难学生申请助学金33人"),
         frozenset({"人", "名", "位"}),
         before=rf"(?:帮助|协助|帮|为|给)(?:(?:家庭)?(?:贫困|困难|经济困难)的?|(?:贫困|困难|经济困难)家庭的?){_PUPILS}"
                r"(?:申请|争取|获得|办理)了?(?:资助|助学金|补助|救助|减免)$"),
    # (or files set up for them, counted after: "为本校留守儿童建立关爱档案40份")
    Rule("students_assisted", ("为本校留守儿童建立关爱档案40份",), frozenset({"份", "个", "名", "人"}),
         before=rf"为(?:全校|全园|本校|本园)?的?(?:所有)?{_PUPILS}建立(?:了)?(?:成长|帮扶|关爱|一人一)?档案$"),
    # (or the pupils a free class served, after the class counted: "开办“周六公益课堂”10期，惠及学生400余人次")
    Rule("students_assisted", ("开展“周末公益课堂”12期，服务学生500余人次",), frozenset({"名", "人", "人次", "位"}),
         frame=rf"{_FREE_ZH}[^。；;]{{0,12}}?(?:课堂|辅导|托管|学堂|班)[^。；;]*[，,]\s*(?:共|累计)?(?:服务|惠及)[^，,。；;]{{0,2}}$",
         before=rf"(?:服务|惠及){_PUPILS}$"),
    # pupils cared for or taught free of charge: "为留守儿童开设托管班2个，免费托管学生58名"
    # (or the pupils a service said to be free, 公益, took in: "开展公益暑期托管，…托管儿童45名"; and the member teachers
    # who took part in it)
    Rule("students_assisted", ("开展公益暑期托管，共托管儿童45名", "开办暑期爱心看护班，共托管学生60名"), frozenset({"名", "人", "位"}),
         frame=rf"{_FREE_OR_OF_LOVE_ZH}[^。；;]*$", before=r"托管(?:了)?(?:学生|儿童|孩子|幼儿)$"),
    Rule("volunteer_participants", ("开展公益暑期托管，共托管儿童45名，6名党员教师参与托管",), frozenset({"名", "人", "位"}),
         frame=rf"{_FREE_OR_OF_LOVE_ZH}[^。；;]*$", after=r"^(?:党员)?(?:教师|老师)?(?:参与|参加)[^，,。]{0,6}?托管"),
    Rule("students_assisted", ("为留守儿童开设暑期托管班2个，免费托管学生58名", "义务辅导学困生12名"), frozenset({"名", "人", "位"}),
         before=rf"(?:免费|义务)(?:托管|辅导|补课|看护|照看|接送)了?{_PUPILS}$"),
    # (or named before the free help: "为社区30名随迁子女免费辅导作业")
    Rule("students_assisted", ("为社区30名随迁子女免费辅导作业", "为20名外来务工人员子女义务辅导功课"), frozenset({"名", "人", "位"}),
         before=r"(?:为|给|帮)[^，,。；;\d]{0,8}$",
         after=rf"^[^，,。；;\d]{{0,10}}?(?:{_PUPILS}|子女)(?:免费|义务)(?:托管|辅导|补课|看护|照看|接送)"),
    # the questions of a school's own pupils answered are teaching, not help for pupils in need: "党员教师轮流值守答疑室，累计为
    # 学生答疑900余人次" (those of pupils in need are: "为留守儿童答疑辅导60人次")
    Rule(None, ("党员教师轮流值守答疑室，累计为学生答疑900余人次", "课后为全校学生答疑解惑300人次"), frozenset({"人次"}),
         before=r"(?:为|给)(?:本校|全校|我校)?(?:学生|同学们?)[^，,。的]{0,4}?答疑[^，,。的]{0,4}$", name="pupils' questions answered"),
    # pupils something is done for, counted after the help itself: "为留守儿童辅导功课80人次"
    Rule("students_assisted", ("为留守儿童辅导功课80人次", "周末给贫困学生免费补课30余人次"), frozenset({"人次"}),
         before=rf"(?:为|给|替)[^，,。为给替的]{{0,6}}?{_PUPILS}[^，,。的]{{0,6}}?"
                r"(?:辅导|帮扶|补课|答疑|陪伴|资助|授课|送教|心理疏导)[^，,。的]{0,4}$"),
    # (or the pupils named by the clause before, the count after the verb of help alone: "坚持义务辅导学困生，全年累计辅导
    # 1200余人次")
    Rule("students_assisted", ("党员教师利用课余时间帮扶困难学生，全年共帮扶300余人次", "长期辅导留守儿童，累计辅导860人次",
                               "为随迁子女义务补课，共补课90人次", "课后为学生免费答疑，累计答疑1500余人次"),
         frozenset({"人次"}),
         frame=rf"(?:{_TUTOR_ZH}[^，,。；;]{{0,6}}?{_PUPILS}|{_PUPILS}[^，,。；;]{{0,6}}?{_TUTOR_ZH})"
               rf"[^。；;]{{0,30}}?[，,][^，,。；;]{{0,8}}{_TUTOR_ZH}$",
         before=rf"^[^，,。；;]{{0,8}}{_TUTOR_ZH}$"),
    # (or in the sentence after the one that tells of the free tutoring and its pupils: "…为学生免费答疑辅导。截至目前，
    # 党员教师共开展答疑辅导900余人次")
    Rule("students_assisted", ("党员教师放学后为学生免费答疑辅导。截至目前，共开展答疑辅导900余人次",), frozenset({"人次"}),
         earlier=rf"{_PUPILS}[^。；;]{{0,8}}?(?:免费|义务)[^。；;]{{0,4}}?{_TUTOR_ZH}",
         before=rf"(?:开展|进行)?(?:答疑)?{_TUTOR_ZH}$"),
    # (or after the one that pairs the members with the pupils, the help they give them: "…共结对留守儿童60名。…开展心理疏导
    # 100余人次"; not questions answered, which may be any pupils')
    Rule("students_assisted", ("党员教师共结对留守儿童60名。一年来，开展心理疏导100余人次",), frozenset({"人次"}),
         earlier=rf"(?:结对|帮扶)[^。；;]{{0,10}}?{_PUPILS}", before=r"(?:开展|进行)?(?:心理疏导|学业辅导|辅导|帮扶)$"),
    # a volunteer service's pupils or parents served: "开展志愿服务12次，服务学生和家长900余人次"
    # (or the team's, the team named alone: "小分队累计开展服务活动86次，服务学生2300余人次")
    # (or a members' post's: "党员先锋岗累计值守800余人次，服务师生和家长1万余人次")
    Rule("volunteer_beneficiaries", ("开展志愿服务12次，服务学生和家长900余人次", "志愿服务队服务师生及家长300人次",
                                     "义工队全年服务社区儿童500余人次", "小分队累计开展服务活动40次，服务学生900余人次",
                                     "开展亲子志愿服务4次，服务幼儿及家长260余人次",
                                     "党员先锋岗累计值守800余人次，服务师生和家长1万余人次"),
         PERSON_TIMES, frame=rf"志愿|义工|{_VOLUNTEER_TEAM}|{_MEMBERS_DUTY_POST}", before=_SERVED_PEOPLE),
    # (or in the sentence after the service is told, by the team or the members who gave it: "…开展护考志愿服务。考试期间，护航队
    # 累计服务考生和家长900余人次")
    Rule("volunteer_beneficiaries", ("组织党员开展护考志愿服务。考试期间，护航队累计服务考生和家长900余人次",), PERSON_TIMES,
         earlier=r"志愿", frame=r"(?:队|党员|志愿者)[^。；;]{0,6}?(?:共|累计|先后)?服务[^。；;]*$", before=_SERVED_PEOPLE),
    # (or the residents who took part in what members held in their community: "党员教师走进社区开设家长课堂，参与居民达120余人次")
    Rule("volunteer_beneficiaries", ("党员教师走进社区开设家长课堂，参与居民达120余人次", "为村民举办讲座3场，参加村民200余人"),
         PERSON_TIMES, frame=r"志愿|义务|公益|(?:走进|深入|来到|为)[^。；;，,]{0,8}?(?:社区|村|小区|居民|村民)",
         before=r"(?:参与|参加)(?:活动|讲座)?的?(?:社区)?(?:居民|村民|群众)(?:达|共|累计|共计|有)?$"),
    # teachers of other schools who benefit from a teaching visit are peers taught, not people served
    Rule(None, ("送教活动惠及乡村教师200余人次", "受益教师120余人"), PERSON_TIMES,
         before=r"(?:惠及|受益)[^，,。的]{0,6}?(?:教师|老师)$", name="teachers who benefit"),
    # (pupils a service reaches are served by volunteers only in a sentence about volunteering or help: the
    # pupils an after-school class reaches, "开设兴趣课程17门，惠及学生800余人", are no one's beneficiaries)
    # (nor the parents a school's own meetings and talks reach, "召开家长会28场，…，惠及家长1500余人次"; those of a volunteer or
    # public service are: "开展公益家庭教育讲座，惠及家长300余人次")
    # (or those a campaign taught: "开展防诈骗宣传，受教育群众500余人")
    Rule("volunteer_beneficiaries", ("惠及困难群体300余人次", "惠及群众200人次左右", "到村里开展防火宣传，受教育村民约300人"),
         PERSON_TIMES,
         # (nor the school's own boarders or staff a change reaches: "改造宿舍热水系统，惠及住校生1800余人")
         # (nor pupils of a place: "惠及乡村学生450余名", pupils helped, below)
         before=r"(?:惠及|受益|受教育)(?![^，,。的]{0,4}?(?:学生|幼儿|儿童|孩子|师生|家长|住校生|住宿生|寄宿生|在校生|学子|教职工|教师))"
                r"[^，,。的]{0,8}$"),
    # (or the families that took part in it: "开展亲子阅读公益活动3场，80余个家庭参与")
    Rule("volunteer_beneficiaries", ("党员教师走进社区开展亲子阅读公益活动3场，80余个家庭参与",), frozenset({"个", "户"}),
         frame=r"志愿|义务|公益", after=r"^(?:亲子)?家庭(?:参与|参加|受益)"),
    Rule("volunteer_beneficiaries", ("党员志愿者开展公益家庭教育讲座4场，惠及家长300余人次",), PERSON_TIMES,
         frame=r"志愿|义务|公益|社区", before=r"(?:惠及|受益)家长[^，,。的]{0,4}$"),
    # (or a community's parents something is held for: "为社区50余名家长开展公益讲座")
    Rule("volunteer_beneficiaries", ("党员教师走进社区，为社区50余名家长开展公益讲座",), PERSON_TIMES,
         before=r"(?:为|给)(?:社区|小区|村里?|辖区)的?$", after=r"^家长[^，,。；;\d]{0,4}?(?:开展|举办|开设|讲授|提供|上)"),
    # (or the parents of a year or a class of the school or kindergarten members went to: "党员教师来到附近小学，为一年级
    # 家长开展讲座")
    Rule("volunteer_beneficiaries", ("两名党员教师来到附近小学，为一年级70名家长开展家庭教育讲座",), PERSON_TIMES,
         frame=rf"(?:走进|来到|前往|深入)[^，,。；;]{{1,14}}?(?:幼儿园|小学|中学|学校)[，,]\s*(?:为|给){CLASS_OR_YEAR_ZH}?$",
         after=r"^家长[^，,。；;\d]{0,4}?(?:开展|举办|开设|讲授|提供|上)"),
    # (the children of a community a free class reaches are people served: "在社区开设公益课堂，惠及社区儿童40余名")
    Rule("volunteer_beneficiaries", ("在社区开设公益假日课堂，惠及社区儿童40余名",), frozenset({"名", "人", "位", "人次"}),
         frame=rf"(?:{_HELP_OR_FREE})", before=rf"(?:惠及|受益)(?:的)?(?:社区|小区)(?:里|内)?的?{_PUPILS}$"),
    # (not the school's own pupils its after-school care reaches, no help to pupils in need unless it is free: "开设延时托管班
    # 2个，惠及幼儿80名")
    # (but the pupils a free holiday care class took in are: "开办公益暑托班，招收留守儿童30名")
    Rule("students_assisted", ("党员教师开设免费寒假看护班，招收外来务工人员子女25名", "支部在社区开设免费课堂，首批招收学生30名"),
         frozenset({"名", "人", "位"}),
         frame=_FREE_CARE_CLASS_ZH,
         before=r"招收[^，,。；;\d]{0,12}?(?:学生|幼儿|儿童|孩子|子女)$"),
    Rule(None, ("开设延时托管班2个，惠及幼儿80名", "学校开展课后延时服务，惠及学生600余名"), frozenset({"名", "人", "位", "人次"}),
         frame=r"^(?!.*(?:免费|义务|公益|困难|留守|贫困)).*(?:延时|课后服务|课后托管|晚托|午托)",
         before=rf"(?:惠及|受益)(?:的)?(?:[^，,。的\d]{{1,4}}?)?{_PUPILS}$", name="the school's pupils in its after-school care"),
    # (nor the school's own pupils a building or a facility it put in or mended serves, whatever the campaign is called:
    # "为住校生改造热水系统，惠及住校学生600余人")
    Rule(None, ("开展“我为学生办实事”活动，为住校生改造浴室，惠及住校学生500余人",), frozenset({"名", "人", "位", "人次"}),
         frame=r"(?:改造|修缮|新建|建成|安装|更换|配备|升级|改建|翻新)[^，,。；;]{0,12}?(?:系统|宿舍|食堂|设施|设备|热水|空调|"
               r"饮水|操场|厕所|浴室|教室|图书室|阅览室)[^，,。；;]*[，,]\s*[^，,。；;]*$",
         before=rf"(?:惠及|受益)(?:的)?(?:[^，,。的\d]{{1,4}}?)?{_PUPILS}$", name="the school's pupils a facility serves"),
    # (pupils a free or helping service reaches, counted as people, are pupils helped: "开设免费托管班4个，惠及学生180余名";
    # a volunteer service's are its beneficiaries)
    # (in person-times too, not a community's children: "为初三学生义务答疑，惠及学生400余人次")
    Rule("students_assisted", ("党员教师开设免费辅导班，惠及学生60余名", "为困难家庭子女开展爱心助学，受益学生23人",
                               "三年来党员共捐款3万元，惠及山区学生300余名", "党员教师为初三学生义务答疑，惠及学生300余人次"),
         frozenset({"名", "人", "位", "人次"}), frame=rf"^(?!.*(?:志愿|义工|社区)).*(?:{_HELP_OR_FREE})",
         before=rf"(?:惠及|受益)(?:的)?(?:[^，,。的\d]{{1,4}}?)?{_PUPILS}$"),
    # (or the free class told in the sentence before, and the times it met: "党员教师开办免费“四点半课堂”。一学期来，
    # 累计开课60次，惠及学生90余名")
    Rule("students_assisted", ("支部开办免费的周末辅导班。半年来，党员教师累计开课40次，惠及学生70余名",), frozenset({"名", "人", "位"}),
         earlier=_FREE_CLASS_ZH, frame=r"^(?!.*(?:志愿|义工))", before=rf"(?:惠及|受益)(?:的)?{_PUPILS}$"),
    # (its editions too: "…为社区老人免费讲授手机课程。两年来，课堂共开课40期")
    Rule("volunteer_sessions", ("支部开办免费的周末辅导班。半年来，党员教师累计开课40次，惠及学生70余名",), SESSIONS | {"期"},
         earlier=_FREE_CLASS_ZH, before=r"(?:累计|共计|共)?(?:开课|授课|上课|辅导)$"),
    # (or the class volunteers opened, told in the sentence before, its lessons counted too: "…退休党员教师加入志愿者队伍，为学生
    # 开设兴趣课。截至目前，已开课24节，受益学生300余人次")
    Rule("volunteer_sessions", ("6名退休党员加入志愿者队伍，每周为学生开设书法课。目前已开课20节",), SESSIONS | {"节", "堂"},
         earlier=_VOLUNTEERS_CLASS_ZH, before=r"(?:已|已经)?(?:累计|共计|共)?(?:开课|授课|上课)$"),
    Rule("volunteer_beneficiaries", ("6名退休党员加入志愿者队伍，每周为学生开设书法课。目前已开课20节，受益学生200余人次",),
         PERSON_TIMES, earlier=_VOLUNTEERS_CLASS_ZH, before=rf"(?:惠及|受益)(?:的)?{_PUPILS}(?:达|共|累计)?$"),
    # (or in the same sentence, before the classes it held: "周末为留守儿童开设免费兴趣课堂，累计开课120余次"; or a class the
    # members hold in a community for its children, the lessons counted: "党员教师走进社区为孩子们开设“假日课堂”，已开课16节")
    # (the tutoring given free, its times told in the next clause: "周末为进城务工人员子女义务辅导作业，累计开展20次")
    # (or the lessons of free coaching: "课后给学困生义务补课，累计补课60节")
    Rule("volunteer_sessions", ("周末为留守儿童开设免费兴趣课堂，累计开课120余次", "党员教师走进社区为孩子们开设“假日课堂”，已开课16节",
                                "周末为进城务工人员子女义务辅导作业，累计开展20次", "党员教师课后给学困生义务补课，累计补课60节",
                                "考前党员教师为毕业班学生义务答疑，累计答疑20场次", "周末党员教师为学困生义务辅导，共辅导6次"),
         SESSIONS | {"节"}, frame=f"{_FREE_CLASS_ZH}|{_COMMUNITY_CLASS_ZH}",
         before=r"^(?:[^，,。；;]{0,6}?(?:累计|共计|共)?(?:开课|授课|上课|补课|答疑|辅导)|[，,]?\s*(?:已|已经)?(?:累计|共计|共)?)$"),
    # (or the free lessons themselves, given and counted: "为社区留守儿童上义务课36节", "给村小学生讲公益课15次")
    # (or opened free, their kinds named: "为小区儿童免费开设剪纸、围棋等兴趣课5节")
    Rule("volunteer_sessions", ("暑假里党员教师为社区留守儿童上义务课36节", "党员教师给村小学生讲公益课累计15次",
                                "党员教师为小区儿童免费开设剪纸、围棋等兴趣课5节"), SESSIONS | {"节", "堂"},
         before=r"(?:上|讲|开)了?(?:公益|义务|免费)(?:课|课程|课堂)(?:共|累计|共计)?$|"
                r"(?:公益|义务|免费)(?:开设|开办|讲授|开讲)了?[^，,。；;\d]{0,12}?课(?:程|堂)?(?:共|累计|共计)?$"),
    # (and the teachers who took part in it and the children it served, counted after it: "…开设公益小课堂。小课堂共开课20次，
    # 参与党员教师15人，服务儿童600余人次")
    # (those who took part in its service, said so: "参与服务的党员教师28人")
    # (or the teachers who taught it, in person-times: "授课党员教师累计90人次")
    Rule("volunteer_participants", ("支部在社区开设公益课堂。课堂共开课12次，参与党员教师9人",
                                    "支部为留守儿童开展免费托管服务。截至12月，参与服务的党员教师20人",
                                    "支部在社区开设公益课堂。一年来，授课党员教师累计90人次"), frozenset({"人", "名", "位", "人次"}),
         earlier=_FREE_CLASS_ZH,
         before=r"(?:参与(?:服务|托管|辅导|授课)?|授课)(?:的)?(?:党员教师|党员|教师|志愿者)(?:共|共计|累计)?$"),
    # (and the pupils it took care of or tutored, counted as people: "…开展免费托管服务。…托管学生120名")
    Rule("students_assisted", ("支部为留守儿童开展免费托管服务。截至12月，共托管学生90名",), frozenset({"名", "人", "位"}),
         earlier=_FREE_CLASS_ZH, before=rf"(?:托管|辅导)(?:了)?{_PUPILS}(?:共|共计|累计)?$"),
    # (or in the same sentence: "党员教师利用课后时间为学困生免费辅导，累计辅导学生860人次，参与党员教师42人")
    Rule("volunteer_participants", ("党员教师课后为学困生免费辅导，累计辅导学生300人次，参与党员教师15人",), frozenset({"人", "名", "位"}),
         frame=_FREE_CLASS_ZH, before=r"^参与(?:的)?(?:党员教师|党员|教师|志愿者)(?:共|共计|累计)?$"),
    # (or taught it in turns, or took part in teaching it: "…开办公益“周末课堂”。…11名党员教师轮流授课", "先后有20名党员
    # 教师参与授课")
    Rule("volunteer_participants", ("支部在社区开设公益课堂。半年来，9名党员教师轮流授课",
                                    "支部在社区开设公益课堂。三年来，先后有20名党员教师参与授课"), frozenset({"人", "名", "位"}),
         earlier=_FREE_CLASS_ZH, after=r"^(?:党员教师|党员|教师|志愿者)(?:(?:轮流|轮番|先后)|(?:参与|参加))(?:授课|上课|执教|辅导|教学)"),
    # (or in the same sentence: "在社区开设公益课堂，8名党员教师轮流授课"; or took turns on duty at a free care class:
    # "开办免费托管班，…，12名党员教师轮流值班")
    Rule("volunteer_participants", ("暑假里支部在社区开设公益假日课堂，8名党员教师轮流授课", "暑假支部开办免费托管班，10名党员教师轮流值班",
                                    "暑假支部开办爱心看护班，9名党员教师轮流值守"),
         frozenset({"人", "名", "位"}), frame=f"{_FREE_CLASS_ZH}|{_CARE_OF_LOVE_ZH}",
         after=r"^(?:党员教师|党员|教师|志愿者)(?:(?:轮流|轮番|先后)|(?:参与|参加))(?:授课|上课|执教|辅导|教学|值班|看护)"),
    Rule("volunteer_beneficiaries", ("支部在社区开设公益课堂。课堂共开课12次，服务儿童300余人次",
                                     "支部在社区开设公益课堂。已开课20次，参与学生累计400人次"), PERSON_TIMES,
         earlier=_FREE_CLASS_ZH,
         before=r"(?:服务|参与(?:的)?)(?:社区)?(?:儿童|学生|孩子|少年儿童|中小学生|老人|居民|家长)(?:共|共计|累计)?$"),
    # (not the teachers and pupils of a school the school is paired with, whom its teaching visit reached, the partnership's
    # work and no service unless one is named: "党员教师到结对帮扶的山村小学送教，受益师生120余人")
    Rule(None, ("党员教师到结对帮扶的山村小学送教，受益师生120余人",), PERSON_TIMES,
         frame=r"^(?![^。；;]*(?:送[教课](?:送培)?(?:下乡|进村|到村)|志愿|义务支教))[^。；;]*?(?:赴|到|前往|去)[^，,。；;]{0,10}?"
               r"(?:结对|对口|帮扶|受援)[^，,。；;]{0,8}?(?:学校|中学|小学|幼儿园|园|校)[^。；;]*$",
         before=r"(?:惠及|受益)[^，,。的]{0,8}$", name="the people of a paired school a teaching visit reached"),
    # (the help in the same part of the sentence, not one a semicolon parts from it: "…提供免费课后辅导；后勤党支部改造宿舍热水
    # 系统，惠及住校生1800余人")
    Rule("volunteer_beneficiaries", ("党员教师利用周末为社区孩子开展免费辅导，受益儿童达200余人次",), PERSON_TIMES,
         frame=rf"(?:{_HELP_OR_FREE})[^；;]*$", before=r"(?:惠及|受益)[^，,。的]{0,8}$"),
    # (or those a free or caring service received, at a station it keeps: "爱心驿站开放以来，已接待环卫工人等800余人次")
    Rule("volunteer_beneficiaries", ("爱心驿站开放以来，已接待环卫工人等户外劳动者800余人次",), PERSON_TIMES,
         frame=rf"(?:{_HELP_OR_FREE})", before=r"接待(?:了)?[^，,。；;\d]{0,16}?$"),
    # (or the community's people, whoever they are: "服务社区儿童350余人次")
    Rule("volunteer_beneficiaries", ("服务群众1000余人次", "暑假期间服务社区儿童280余人次"), PERSON_TIMES,
         before=r"服务(?:对象|群众|居民|人群|老人|师生|于|社区|辖区)[^，,。的]{0,6}$"),
    # (or parents and children served by a service the sentence named: "开展送教进社区活动3次，服务家长和幼儿150余人次"; the
    # school's own parents are not named so)
    Rule("volunteer_beneficiaries", ("开展送教进社区活动3次，服务家长和幼儿150余人次",), PERSON_TIMES,
         frame=rf"(?:{_A_SERVICE_ZH})[^。；;]*$", before=r"服务(?:家长|幼儿|儿童|孩子)[^，,。的]{0,6}$"),
    # (or served in all, whom not said, in a sentence of volunteers' service: "党员志愿者在考点设立服务点，…累计服务2000余人次")
    Rule("volunteer_beneficiaries", ("党员志愿者在考点设立服务点，为考生提供指引，累计服务2000余人次",), frozenset({"人次"}),
         # (not 志愿 of a graduate's choices: "志愿填报咨询")
         frame=r"志愿(?!填报|报考)[^。；;]*$", before=r"(?:累计|共计|共|已)服务$"),
    # (or pupils given a free service of a trade: "为寄宿生义务理发，已服务学生110余人次")
    Rule("volunteer_beneficiaries", ("党员教师利用午休为住校生义务理发，已服务学生80余人次",), PERSON_TIMES,
         frame=r"(?:义务|免费)(?:理发|剪发|义诊|维修|修理|测血压|量血压)[^。；;]*$",
         before=r"(?:已|累计|共)?服务(?:学生|住校生|儿童|孩子)[^，,。的]{0,6}$"),
    # (or the older people or residents a volunteer service taught or trained: "…为社区老人开展手机使用教学，…培训老人80余人次")
    Rule("volunteer_beneficiaries", ("党员志愿者教社区老人使用智能手机，培训老人60余人次",), PERSON_TIMES,
         frame=r"(?:志愿|义务|公益)[^。；;]*$", before=r"(?:培训|教会|辅导)(?:社区)?(?:老人|居民|群众|老年人)$"),
    # people a guard duty saw across the road or helped on their way, in person-times: "党员护学岗…累计护送学生过马路8000余人次"
    Rule("volunteer_beneficiaries", ("党员教师每天在校门口护学，两年来护送学生过马路9000余人次", "执勤期间引导群众安全出行300余人次"),
         PERSON_TIMES, frame=rf"{_DUTY_DONE}|志愿",
         before=r"(?:护送|接送|引导|搀扶)[^，,。；;\d]{0,10}?$"),
    # people a volunteer at a testing site helped to be tested or registered: "党员志愿者在检测点协助扫码登记3000余人次"
    Rule("volunteer_beneficiaries", ("党员志愿者在检测点协助扫码登记3000余人次", "党员教师到检测点做志愿者，配合医生采样600人次"),
         PERSON_TIMES, frame=r"志愿|核酸",
         before=r"(?:协助|配合|帮助)(?:医护人员|医生)?(?:开展)?(?:核酸)?(?:采样|检测|扫码|登记|扫码登记)$"),
    # people a volunteer service advised, counted after it: "开展宪法宣传志愿服务活动3场，接受群众咨询150余人次"
    # (or said with what it was about: "解答政策咨询30余人次")
    Rule("volunteer_beneficiaries", ("开展普法志愿服务活动3场，接受群众咨询150余人次", "党员志愿者走进社区，解答居民法律咨询40人次",
                                     "支部安排党员教师深入西湖社区开展普法宣传，解答群众咨询40人次",
                                     "党员们来到广场开展反诈宣传，解答市民咨询60余人次"),
         # (or given by members gone into a community: "深入社区开展普法宣传，解答群众咨询40人次"; or out into a street or
         # square, a public place: "走上街头开展禁毒宣传")
         PERSON_TIMES, frame=r"志愿|(?:走进|深入|进)[^。；;，,]{0,8}?社区|(?:走上|走向|来到|走进)(?:街头|广场|集市)",
         before=r"(?:接受|解答|回答)(?:群众|居民|村民|家长|市民)?(?:的)?(?:法律|政策|心理|健康|教育|升学)?咨询$"),
    # people a free service was done for, counted after it: "为社区居民义务理发40余人次"
    Rule("volunteer_beneficiaries", ("为社区居民义务理发40余人次", "为村民免费体检120人次"), PERSON_TIMES,
         before=r"为[^，,。为]{0,8}?(?:居民|群众|老人|村民|孤寡老人|空巢老人)(?:义务|免费)[^，,。\d]{1,8}$"),
    # (or a hand lent to the people there in a volunteer service the sentence tells, not said free: "开展敬老志愿服务，…，为
    # 老人理发、量血压90余人次")
    Rule("volunteer_beneficiaries", ("支部开展敬老志愿服务，党员们为老人理发、量血压90余人次",), PERSON_TIMES, frame=r"志愿",
         before=r"为(?:社区)?(?:居民|群众|老人|村民|孤寡老人|空巢老人)(?:们)?(?:理发|剪发|量血压|测血压|测量血压|修剪指甲|打扫卫生)"
                r"(?:[、和及](?:理发|剪发|量血压|测血压|测量血压|修剪指甲|打扫卫生))*$"),
    # the times members went out to a place they serve, counted before it, in a sentence of volunteering: "开展敬老志愿
    # 服务，先后5次组织党员走进敬老院"
    Rule("volunteer_sessions", ("支部开展敬老志愿服务活动，先后5次组织党员走进镇敬老院",), SESSIONS, frame=r"志愿",
         after=r"^(?:组织|带领)[^，,。；;\d]{1,16}?(?:走进|来到|深入|前往)[^，,。；;\d]{0,12}?"
               r"(?:敬老院|养老院|福利院|社区|村|小区)"),
    # the times volunteers served the community: "“晨曦志愿者”全年服务社区62次"
    # (a few words of when or where may stand between: "志愿队这一年出去服务了20次")
    Rule("volunteer_sessions", ("志愿者全年服务社区62次", "义工队今年服务群众30余次", "志愿队这一年出去服务了20次"), SESSIONS,
         before=rf"(?:{_VOLUNTEER_TEAM}|志愿者|义工)[^，,。；;\d]{{0,6}}?服务了?(?:社区|群众|居民|村民|老人)?$"),
    # (or the services of kinds listed, that volunteers carried out: "党员志愿者累计开展作业辅导、周末陪伴等服务80次")
    Rule("volunteer_sessions", ("党员志愿者累计开展作业辅导、周末陪伴等服务80次",), SESSIONS,
         before=rf"(?:{_VOLUNTEER_TEAM}|志愿者|义工)[^，,。；;\d]{{0,4}}?(?:累计|共|先后|已)?开展了?[^，,。；;\d]{{2,24}}?等?服务$"),
    # (or the service alone, counted in a clause after the one that names the volunteer service: "常年在社区开展环保志愿服务，
    # 年均服务20余次")
    # (or free service of a kind, 义务讲解: "志愿服务队每周六到图书馆开展义务讲解，全年累计服务48次")
    Rule("volunteer_sessions", ("党员常年到敬老院开展志愿服务，每年服务10余次", "支部开展助残志愿服务，累计服务36次",
                                "服务队每周到纪念馆开展义务讲解，全年累计服务40次"), SESSIONS,
         frame=r"(?:志愿服务|义务(?:讲解|服务|劳动|辅导|支教|维修|理发|义诊))[^，,。；;]{0,10}[，,][^，,。；;]*$",
         before=r"^(?:年均|每年|平均每年|累计|共计|共|全年){0,2}服务$"),
    # the duty volunteers did, counted in person-times and then in hours: "参加巡河志愿服务，累计巡河46人次、90余小时"
    Rule("volunteer_participants", ("组织党员参加防溺水志愿服务，累计巡河46人次", "党员志愿者累计执勤120人次",
                                    "护学岗志愿者累计上岗900余人次", "截至期末，党员护学岗共上岗600人次",
                                    "学期内党员先锋岗共值守500余人次", "护学岗设在校门两侧，本学期累计上岗党员志愿者80人次",
                                    "党员参与社区防控志愿服务，累计值守路口60人次"),
         frozenset({"人次"}),
         # (a members' post guarding pupils on their way, 护学岗, or serving them, 先锋岗, is a volunteer's)
         # (the people who took it named after the verb: "累计上岗党员老师45人次"; or the place kept: "累计值守卡点120人次")
         frame=rf"志愿|{_MEMBERS_DUTY_POST}",
         before=rf"(?:累计|共计|共){_ON_DUTY}(?:卡点|路口|校门口|路段|点位|执勤点)?(?:的)?(?:党员)?(?:教师|老师|志愿者)?$"),
    # (or after the sentence that tells of the volunteer duty: "…开展“护学岗”志愿服务。…截至目前已累计上岗320人次")
    Rule("volunteer_participants", ("支部组织党员开展护学岗志愿服务。党员每天轮流值守，已累计上岗200人次",), frozenset({"人次"}),
         earlier=r"志愿", before=rf"(?:累计|共计|共){_ON_DUTY}$"),
    # (or the hours the field of volunteer service adds after its count: "志愿服务：12次、累计时长360小时")
    Rule("volunteer_hours", ("志愿服务：12次、累计时长360小时",), HOURS,
         frame=r"志愿服务(?:活动)?[：:\s]*\d+\s*次[、，,]\s*(?:累计|共计|共)?(?:服务)?时长(?:达|共|为)?$"),
    Rule("volunteer_hours", ("组织党员参加防溺水志愿服务，累计巡河46人次、90余小时",), HOURS,
         frame=rf"志愿[^。；;]*{_ON_DUTY}\d+\s*人次\s*[、，,]\s*(?:共|计|达)?$"),
    # the number who took part in a volunteer service, in person-times: "开展志愿服务活动18次，参与人数达260人次" (a
    # community service or the members' reporting to their community is one: "参加“双报到”社区服务，全年参与党员达90人次")
    Rule("volunteer_participants", ("开展志愿服务活动18次，参与人数达260人次", "志愿服务活动中，参与党员共计90人次",
                                    "小分队累计开展服务活动40次，参与党员教师200人次",
                                    "党员参加“双报到”社区服务，全年参与党员达90人次", "组织党员参加社区志愿服务，共计参与120人次"),
         frozenset({"人次"}), frame=_A_SERVICE_ZH,
         # (or the taking part alone, in a clause after the service: "…参加“双报到”社区服务，共计参与86人次")
         before=r"参与(?:人数|人员|党员教师|党员|教师)(?:共计|累计|达到|达|共|为)?$|^[，,]?\s*(?:共计|累计|共|全年)?参与$"),
    # (or those who took part named before the verb, after the service: "开展社区服务活动16次，党员参与280人次"; or the
    # volunteers the clause sent, then their total: "先后组织党员志愿者4批、共计50人次走进社区")
    Rule("volunteer_participants", ("开展社区服务活动16次，党员参与280人次", "先后组织党员志愿者4批、共计50人次走进社区",
                                    "开展便民服务活动5次，党员志愿者参与60人次"),
         frozenset({"人次"}), frame=_A_SERVICE_ZH,
         before=r"(?:^[，,]?\s*(?:党员|党员教师|教师|师生|(?:党员)?志愿者)(?:共计|累计|共)?参与(?:了)?(?:共计|累计|共)?|"
                r"志愿者[^，,。；;\d]{0,4}?\d+\s*批次?[、，,]\s*(?:共计|累计|共)?)$"),
    # the turns of duty members took, in person-times: "已累计巡河32人次", "累计值勤60余人次"
    Rule("volunteer_participants", ("党员教师轮流巡河，已累计巡河40人次",), frozenset({"人次"}),
         before=r"(?:已|共|累计|共计)*(?:巡河|巡查|巡逻|值守|值勤|执勤|护学)$"),
    # the people a service provided to them reached, counted bare after it: "为考生家长提供茶水等服务，累计服务500余人次"
    Rule("volunteer_beneficiaries", ("党员志愿者为过往群众提供咨询服务，累计服务300余人次",), frozenset({"人次"}),
         frame=r"(?:为|给)[^，,。；;]{1,20}?提供[^，,。；;]{0,20}?服务[^。；;]*$",
         before=r"(?:^|[，,])\s*(?:累计|共计|共)?服务$"),
    # (or counted right after the service provided, in the clause after the volunteering: "参加志愿服务活动，给游客提供讲解服务
    # 60人次")
    Rule("volunteer_beneficiaries", ("党员志愿者在码头参加志愿服务活动，为乘客提供引导服务80人次",), frozenset({"人次"}),
         frame=r"志愿服务(?:活动)?[，,]\s*(?:为|给)[^，,。；;]{1,12}?提供[^，,。；;]{0,12}?服务(?:累计|共计|共)?$"),
    # (or volunteers, named so with the others listed before them, who took part: "党员和学生志愿者累计参与300人次")
    Rule("volunteer_participants", ("截至目前，党员和少先队员志愿者累计参与260人次",), frozenset({"人次"}),
         before=r"(?:^|[，,])\s*(?:(?:党员教师|党员|教师|学生|少先队员|家长)(?:和|及|与|、))*(?:党员|学生|青年|家长|少先队员)?志愿者"
                r"(?:们)?(?:共计|累计|共)?参与(?:了)?(?:共计|累计|共)?$"),
    # (or the people who took part, after the sentence that formed a volunteer team: "…组建党员志愿服务队…。截至6月底，先后有
    # 21名党员教师参与")
    Rule("volunteer_participants", ("学校组建了党员志愿服务队，为社区老人送餐。截至6月底，先后有21名党员教师参与",),
         frozenset({"名", "人", "位"}), earlier=rf"(?:组建|成立|组织)[^。；;]{{0,16}}?{_VOLUNTEER_TEAM}",
         frame=r"(?:共有|先后有|累计有)$", after=r"^(?:党员教师|党员|教师|志愿者)?(?:参与|参加)(?:其中|进来)?(?:[，,。；;]|$)"),
    # the members who reported to their communities (双报到, a service there), counted after it: "组织党员到居住地社区“双报到”52人"
    Rule("volunteer_participants", ("组织党员到居住地社区“双报到”52人", "党员双报到共计46人次"), PERSON_TIMES,
         before=r"双报到[”\"]?(?:党员|人数)?(?:共计|累计|共|达)?$"),
    # people served, the service between them and its count: "累计为社区居民服务300余人次", "为村民理发、量血压等服务150人次"
    Rule("volunteer_beneficiaries", ("累计为社区居民服务300余人次", "为村民提供理发、量血压等服务150人次"), PERSON_TIMES,
         before=r"为[^，,。为]{0,8}?(?:居民|群众|老人|村民|孤寡老人|空巢老人|市民)[^，,。\d]{0,12}?服务$"),
    # (duty at the school gate, on the road or at a checkpoint is a volunteer's service:
    # "护学队累计执勤1200余小时", "党员轮流值守累计360小时")
    # the hours of the school's own after-school care are its service to families, no volunteering: "每天为家长提供课后
    # 托管服务2小时"
    Rule(None, ("每天为双职工家长提供课后托管服务2小时", "学校延时服务每天1.5小时"), HOURS,
         before=r"(?:延时|托管|课后|看护)(?:托管)?服务(?:每天|每日|每周)?$", name="after-school care"),
    # (the families who took part in a public talk or class, told in the clause before: "开展公益家教讲座5场，线上线下参与
    # 家长达900余人次")
    Rule("volunteer_beneficiaries", ("支部开展公益家教讲座5场，线上线下参与家长达900余人次",), PERSON_TIMES,
         frame=r"(?:志愿|义务|公益)[^，,。；;]*[，,][^，,。；;]*$",
         before=r"参与(?:的)?(?:家长|居民|群众|村民|市民)(?:共计|累计|共|达到|达)?$"),
    Rule("volunteer_hours", ("志愿服务时长达500小时", "累计服务300小时", "党员志愿服务活动累计达900小时",
                             "党员护学岗累计执勤600余小时", "党员轮流值守累计360小时", "党员志愿服务累计时长超千小时"), HOURS,
         before=r"(?:志愿服务|服务|执勤|值勤|值守|护学)(?:活动)?(?:累计|共计)?总?(?:时长|时间|时数)?(?:共计|累计|达)?$"),
    # (or said in a clause after the one that names the service's hours: "志愿服务时长增长明显，全年累计达2600小时")
    Rule("volunteer_hours", ("今年党员志愿服务时长增长明显，全年累计达2600小时",), HOURS,
         frame=r"志愿服务(?:的)?(?:时长|时间|时数)[^。；;]{0,12}[，,][^，,。；;]*$",
         before=r"^(?:全年|今年|本年度)?(?:累计|共计|共|合计)?(?:达到?)?$"),
    # (or the total of the service the clause before names, after its average: "志愿服务时长人均20小时，总时长达900小时")
    Rule("volunteer_hours", ("党员志愿服务时长人均15小时以上，总时长达600小时",), HOURS,
         frame=r"志愿服务[^。；;]{0,30}[，,]\s*(?:累计|共计)?总(?:时长|时数)", before=r"^(?:累计|共计)?总(?:时长|时数)(?:共计|累计|达)?$"),
    Rule("volunteer_hours", ("开展了300小时的志愿服务",), HOURS, after=r"^的?志愿服务"),
    # (or the hours of teaching or tutoring given free, which is a volunteer's service: "党员教师课后为后进生义务辅导300余小时",
    # or summed up after a comma: "每周为社区孩子义务辅导作业，全年累计96小时")
    Rule("volunteer_hours", ("党员教师课后为后进生义务辅导300余小时", "全年免费补课累计120小时", "退休党员义务授课学生共计80小时"), HOURS,
         before=r"(?:义务|免费|无偿)(?:辅导|补课|授课|支教|家教)[^，,。；;\d]{0,6}?(?:累计|共计|共|达)?$"),
    Rule("volunteer_hours", ("党员每周为社区孩子义务辅导作业，全年累计96小时",), HOURS,
         frame=r"(?:义务|免费|无偿)(?:辅导|补课|授课|支教|家教)[^，,。；;\d]{0,6}?[，,]\s*(?:全年|一年来|本学期)?(?:累计|共计)达?$"),
    # the people who served in a volunteer's post, named after them: "组织12名党员教师担任博物馆义务讲解员"
    Rule("volunteer_participants", ("组织12名党员教师担任博物馆义务讲解员", "支部8名党员报名担任社区志愿者"), frozenset({"人", "名", "位"}),
         after=r"^(?:党员)?(?:教师|老师|党员|干部)?(?:报名|轮流|自愿)?(?:担任|成为)[^，,。；;]{0,20}?(?:义务|志愿)"
               r"[^，,。；;]{0,4}?(?:讲解员|宣讲员|辅导员|引导员|监督员|服务员|者)"),
    # (or the hours people served in a volunteer's post, named before them: "担任博物馆义务讲解员累计800余小时")
    Rule("volunteer_hours", ("党员教师担任博物馆义务讲解员累计800余小时", "退休党员担任社区志愿宣讲员共300小时"), HOURS,
         before=r"(?:担任|当|作为)[^，,。；;]{0,12}?(?:义务|志愿)[^，,。；;]{0,4}?(?:讲解员|宣讲员|辅导员|引导员|监督员|服务员|者)"
                r"(?:累计|共计|共)?(?:达)?$"),
    Rule("volunteer_sessions", ("深入社区开展志愿服务20余次", "“文明交通我先行”志愿服务活动30余次",
                                "开展技能志愿服务进社区活动6场", "参与社区服务活动40余次", "为村小开展义务支教10次",
                                "组织党员开展义务理发、家电维修等便民服务5次", "党员教师走进社区开展家教公益讲座6场",
                                "党员教师开展义务家教辅导进社区活动9次", "为小区居民开展义务维修服务15次", "三年来累计开展义教活动80次",
                                "党员志愿服务队开展进社区、进敬老院活动20余次", "党员教师为学困生开展免费课后辅导50余次",
                                "支部组织党员开展“假日义工”活动12次"),
         # (free services to residents, 便民服务, are volunteering; so is what is done for the public good, 公益)
         # (and what a volunteer team does, its activities named at some length: "志愿服务队开展进社区、进乡村活动")
         # (or teaching given free, 义教: "累计开展义教活动156次"; or tutoring, 免费辅导: "开展免费课后辅导50余次")
         SESSIONS, before=r"(?:志愿(?:服务|者)?(?:[^，,。\d]{0,6}?活动|服务)?|志愿(?:服务)?(?:队|团|小分队)[^，,。；;\d]{0,16}?活动|"
                          r"社区服务(?:活动)?|(?:义务|免费)(?:家教|课后)?(?:支教|劳动|服务|辅导)(?:进社区)?(?:活动)?|"
                          r"义教(?:活动)?|"
                          # (free help of a trade: "义务维修服务", "义务理发活动")
                          r"义务(?:维修|理发|义诊|体检|咨询|修理|清洗)(?:服务|活动)|"
                          r"便民服务(?:活动)?|公益(?:讲座|课堂|活动|服务)(?:活动)?|公益[^，,。\d]{1,4}?活动|"
                          # (or volunteers' work, 义工, named: "开展“暑期义工”活动10次")
                          r"义工[^，,。\d]{0,2}?活动)$"),
    # (or the times counted before the volunteers were organized to serve: "先后4次组织党员志愿者到养老服务中心开展服务")
    Rule("volunteer_sessions", ("支部先后6次组织党员志愿者到敬老院开展服务",), SESSIONS, frame=r"(?:先后|共|累计)$",
         after=r"^组织[^，,。；;]{0,12}?(?:志愿者|党员)[^，,。；;]{0,24}?(?:开展|参加|参与)(?:志愿|义务)?服务"),
    # (or the activities of a tally headed as the volunteer service's: "志愿服务统计如下：开展活动14次；参与党员110人次")
    Rule("volunteer_sessions", ("支部党员志愿服务情况如下：开展活动12次；参与党员96人次",), SESSIONS,
         frame=r"志愿服务[^。：:]{0,12}(?:统计|情况)(?:如下)?[：:][^。]*$", before=r"(?:开展|组织)(?:了)?活动$"),
    # (or the patrols of a flood watch, a river watch or a watch against drowning volunteers kept: "参与社区防汛值守，巡查河段
    # 12次", "开展防溺水巡查40余次")
    Rule("volunteer_sessions", ("党员志愿者参与防汛值守，巡查河堤8次", "暑假里党员教师开展防溺水巡查30余次"), SESSIONS,
         frame=r"(?:防汛|巡河|护河|河长|志愿|防溺水|护苗)[^。；;]*$",
         before=r"(?:巡查|巡逻|巡护)(?:了)?(?:河段|河道|河堤|堤坝|堤段|水库|库区)?(?:共)?$"),
    # (or, after the times members were organized to take part in a service, the person-times of it: "组织党员参加社区志愿
    # 服务8次，共计70人次")
    Rule("volunteer_participants", ("支部组织党员参加社区志愿服务8次，共计72人次",), frozenset({"人次"}),
         frame=r"(?:党员|党员教师|志愿者)[^，,。；;]{0,6}?(?:参加|参与)[^，,。；;]{0,16}?(?:志愿|义务|公益)[^，,。；;]{0,10}?"
               r"\d+\s*(?:余|多)?\s*(?:次|场)[，,]\s*(?:共计|共|累计|合计)?$"),
    # (or the times teaching was taken there, after the sentence names it so: "开展“送教下乡”活动，三年来累计送教45次")
    # (or to the villages, said so: "党员教师送课到村3次")
    Rule("volunteer_sessions", ("支部开展“送教下乡”活动，三年来累计送教45次", "本学期党员教师送课到村3次"), SESSIONS,
         frame=r"送(?:教|课)(?:下乡|进村|到村)[^。；;]*$", before=r"(?:累计|共计|共)?送(?:教|课)(?:下乡|进村|到村)?(?:活动)?$"),
    # (or the lessons given there: "到山区教学点开展送教下乡，共上课18节"; or in holiday teaching far away, the classes
    # opened: "利用寒假支教，给山村学生开设绘画、舞蹈课程12节")
    Rule("volunteer_sessions", ("党员教师到山区小学开展送教下乡活动，共上课18节", "党员教师利用寒假支教，给山村学生开设绘画、舞蹈课程12节"),
         frozenset({"节", "课时", "堂"}),
         frame=rf"(?:送(?:教|课)下乡|{_HOLIDAY_TEACHING})[^。；;]*$",
         before=r"(?:累计|共计|共)?(?:上课|授课|讲课)$|开设[^，,。；;\d]{0,16}?(?:课程|课)$"),
    # residents given a free service, counted in person-times: "为居民免费理发、磨剪刀60余人次"
    Rule("volunteer_beneficiaries", ("党员志愿者为居民免费理发、磨剪刀60余人次", "给小区老人义务剪发25人次"),
         frozenset({"人次"}),
         before=r"(?:为|给)(?:社区|小区|村|辖区)?的?(?:居民|村民|群众|老人|孤寡老人|老年人)(?:们)?(?:免费|义务)[^，,。；;\d]{1,20}$"),
    # the families that took part in what members held in a community, or as a service, are people served: "党员教师走进社区，
    # 为居民开展家庭教育讲座，共有30余个家庭参加"
    Rule("volunteer_beneficiaries", ("党员教师走进社区，为居民开展家庭教育讲座，共有30余个家庭参加",), frozenset({"个", "户"}),
         frame=r"(?:走进[^，,。；;]{0,10}社区|进社区|为社区|志愿服务|义务|公益)[^。；;]*$", before=r"(?:共有|共|有)?$",
         after=r"^家庭(?:参加|参与)"),
    # (or the residents or parents of the community who came, counted by head: "…为社区家长开设亲子讲座3场，100余名家长参加")
    Rule("volunteer_beneficiaries", ("党员教师走进社区，为居民开设健康讲座2场，80余名居民参加",), frozenset({"名", "人", "位"}),
         frame=r"(?:走进[^，,。；;]{0,10}社区|进社区|为社区)[^。；;]*$", before=r"(?:共有|共|有)?$",
         after=r"^(?:社区)?(?:居民|家长|群众|村民|老人)(?:们)?(?:参加|参与|到场|聆听)"),
    # (or the editions held so far, the volunteers named before: "派出党员志愿者为社区老人开展手机教学，至今已开展4期")
    Rule("volunteer_sessions", ("支部每周安排党员志愿者教社区老人用手机，至今已开展4期",), frozenset({"期"}),
         frame=r"(?:志愿者|志愿服务)[^。；;]*[，,][^，,。；;]*(?:已|共|累计)开展(?:了)?$"),
    # (a volunteer service held as a series is counted by its editions, 期: "开展“爱心课堂”志愿服务15期")
    Rule("volunteer_sessions", ("开展“爱心课堂”志愿服务15期", "党员志愿者走进敬老院开展助老志愿服务活动8期"), frozenset({"期"}),
         before=r"志愿服务(?:活动)?$"),
    # (or a class held for pupils in need, or free, in its editions: "党员教师为留守儿童开设“七彩课堂”共24期")
    Rule("volunteer_sessions", ("党员教师为留守儿童开设“七彩课堂”共24期", "开设免费“四点半课堂”共36期"), frozenset({"期"}),
         frame=r"(?:留守|困难|随迁|免费|义务|公益|志愿)[^。；;]*$", before=r"课堂[”\"」]?(?:活动)?(?:开课|共计?)?$"),
    # (or a class for children held so, in a sentence of volunteers: "党员志愿者深入社区服务，开展“四点半课堂”48期")
    Rule("volunteer_sessions", ("党员志愿者深入社区服务1200小时，开展“四点半课堂”30期",), frozenset({"期"}),
         frame=r"志愿[^。；;]*$", before=r"(?:开展|举办|开设|开办)了?[^，,。；;\d]{1,10}?(?:课堂|学堂|辅导班|托管班)$"),
    # cleaning up a public place outside the school (a community, a street, a village, a river bank) is a service
    # to the public: "组织党员到社区开展环境整治活动4次" (not the school's own grounds: "校园清洁")
    Rule("volunteer_sessions", ("组织党员到社区开展环境整治活动4次", "党员教师参加街道清扫活动10余次",
                                "支部党员先后到村里开展卫生大扫除3次"), SESSIONS,
         before=r"(?:社区|街道|街巷|小区|村里?|公园|河道|河边)[^，,。\d]{0,6}?(?:环境(?:卫生)?整治|环境卫生|卫生整治|清洁|清扫|"
                r"保洁|打扫卫生|卫生大?扫除|捡拾垃圾)(?:活动|服务|行动)?$"),
    # members going into a community to do something there serve it, whatever they do: "组织党员进社区开展政策宣讲、
    # 文明劝导等活动9次" (the school's own people, not the community's)
    # (or leading others there, pupils the members taught maybe: "党员教师…，并带领他们走进社区开展宣讲活动5场")
    Rule("volunteer_sessions", ("全年组织党员到社区开展防诈宣传、卫生清理等活动9次", "支部组织党员进社区开展政策宣讲活动6次",
                                "党员教师培训了一批小志愿者，并带领他们走进社区开展垃圾分类宣传活动5场"),
         SESSIONS, before=r"(?:党员|带领|带着)[^，,。\d]{0,6}?(?:进|走进|深入|到)(?:[^，,。\d]{1,6}?)?社区[^，,。\d]{0,2}?开展了?"
                          r"[^，,。\d]{2,24}?(?:活动|服务)$"),
    # (or activities held together with a community, for its people: "支部与结对社区联合开展“四点半课堂”等活动18场")
    Rule("volunteer_sessions", ("支部与结对社区联合开展“四点半课堂”等活动18场",), SESSIONS,
         before=r"(?:与|联合)[^，,。；;\d]{0,8}?社区(?:党委|党支部|居委会)?(?:联合|共同)?开展了?[^，,。；;\d]{2,24}?活动$",
         not_before=r"党课|党日"),
    # (or an activity named for going into the community, whoever holds it: "支部联合街道开展“亲子课堂”进社区活动5场"; not
    # the party lectures taken there, which are lectures)
    # (or what they did there, counted as they went: "深入班级和社区开展宣讲36场，其中进社区宣讲8场")
    Rule("volunteer_sessions", ("支部联合街道开展“亲子课堂”进社区活动5场", "学校开展法治宣传进社区活动3次",
                                "开展宣讲20场，其中进社区宣讲6场", "讲师团深入社区、企业宣讲28场",
                                "党员教师进社区举办家庭教育讲座和心理咨询12场", "党员们先后走进社区、养老院、车站等地开展服务15场"),
         SESSIONS,
         before=r"(?:开展|举办|组织)了?[^，,。；;\d]{2,16}?进社区(?:志愿)?(?:活动|服务)$|"
                rf"{_INTO_THE_COMMUNITY_TO_DO}(?:活动)?$", not_before=r"党课"),
    # (or the service a volunteer team held, counted after its sentence names the team: "服务队每周六走进社区开展辅导，截至12月已
    # 开展服务60场")
    Rule("volunteer_sessions", ("党员志愿服务队每周六走进社区开展辅导，截至12月已开展服务40场",), SESSIONS,
         frame=rf"{_VOLUNTEER_TEAM}[^。；;]*$", before=r"(?:已|共|累计)?开展(?:了)?服务$"),
    # (or the times volunteers went into a community, counted before the going: "党员志愿服务队先后6次走进社区，为老人打扫卫生")
    Rule("volunteer_sessions", ("入冬以来，党员志愿服务队先后6次走进社区，为老人打扫卫生",), SESSIONS,
         frame=r"志愿[^。；;]*$",
         after=r"^(?:走进|深入|来到|前往|进入?)[^，,。；;\d]{0,8}?(?:社区|村|敬老院|养老院|福利院|街道|小区)"),
    # (or the times the branch led its volunteers there: "先后3次带领党员志愿者来到养老院")
    Rule("volunteer_sessions", ("重阳节前后，支部先后2次带领党员志愿者来到养老院",), SESSIONS,
         after=r"^(?:组织|带领)[^，,。；;\d]{0,8}?志愿者(?:走进|深入|来到|前往|进入?)[^，,。；;\d]{0,8}?(?:社区|村|敬老院|养老院|"
               r"福利院|街道|小区)"),
    # (or talks given in the clause after the one that took them into communities: "走进南苑社区、北苑社区，开展政策宣讲3场", and
    # those who heard them: "听众达300余人")
    Rule("volunteer_sessions", ("党员教师走进桥东社区、桥西社区，开展政策宣讲3场",), SESSIONS, frame=_TALKS_IN_A_COMMUNITY + "$"),
    Rule("volunteer_beneficiaries", ("党员教师走进桥东社区，开展政策宣讲3场，听众达200余人", "党员教师走进3个社区开展法治宣讲5场，听众达300余人次"),
         PERSON_TIMES,
         frame=_TALKS_IN_A_COMMUNITY, before=r"(?:听众|听讲群众|听讲居民)(?:达|共|累计|共计)?$"),
    # the questions of the public answered by members who went out among them, in person-times: "走上街头，向群众发放资料，
    # 解答咨询50余人次"
    Rule("volunteer_beneficiaries", ("党员志愿者来到社区，向居民普及反诈知识，解答居民咨询60余人次",), PERSON_TIMES,
         frame=r"(?:走上街头|走进社区|深入社区|来到社区|志愿)[^。；;]*$", before=r"解答(?:群众|居民|市民)?咨询$"),
    # (or the talks given after the clause that took them into communities to give them: "走进周边社区宣讲党史，三年累计宣讲40场")
    Rule("volunteer_sessions", ("老党员走进周边社区、学校宣讲党史，三年累计宣讲40场",), SESSIONS,
         frame=r"(?:走进|深入|来到|进)[^，,。；;\d]{0,6}?社区[^，,。；;\d]{0,12}?宣讲[^。；;]*[，,][^，,。；;]*$",
         before=r"(?:累计|共计|共)?宣讲$"),
    # (or the place of this visit among the year's, which counts them: "这是“红烛课堂”今年第5次走进社区", read as 开展…次)
    # (or teaching taken to the countryside: "这是学校今年第三次赴县里送教")
    # (or the place of this new member among the year's admitted, read as 发展…名: "这是支部今年发展的第3名党员")
    Rule("members_developed", ("这是支部今年发展的第3名党员",), frozenset({"名", "位"}), before=r"^发展$",
         after=r"^(?:新)?(?:预备)?党员"),
    # (or named for teaching taken to the countryside: "这是学校本学年第2次送课下乡")
    Rule("volunteer_sessions", ("这是“红烛课堂”今年第5次走进社区", "这是学校今年第三次赴山区送教", "这是学校本学年第2次送课下乡"),
         SESSIONS, before=r"^开展$",
         after=r"^(?:走进|进|深入)社区|^(?:赴|到|去|走进|深入)[^，,。；;\d]{0,8}?送(?:教|课)|^[“\"「]?送[教课](?:送培)?(?:下乡|进村)"),
    # (and, after the sentence that took them into a community for an activity, the members who gave it there and the people
    # they gave it to: "党员教师走进花园社区开展“夕阳课堂”活动。6名退休党员教师为社区40余名老人讲解养生知识")
    Rule("volunteer_participants", ("党员教师走进花园社区开展“夕阳课堂”活动。6名退休党员教师为社区40余名老人讲解养生知识",),
         frozenset({"名", "位", "人"}), earlier=_INTO_A_COMMUNITY_FOR_AN_ACTIVITY,
         after=r"^(?:退休)?(?:党员教师|党员|教师|老师)为(?:社区|村里|村)"),
    Rule("volunteer_beneficiaries", ("党员教师走进花园社区开展“夕阳课堂”活动。6名退休党员教师为社区40余名老人讲解养生知识",),
         frozenset({"名", "位", "人"}), earlier=_INTO_A_COMMUNITY_FOR_AN_ACTIVITY, before=r"为(?:社区|村里|村)(?:里|内)?的?$",
         after=r"^(?:老年人|老人|居民|群众|村民|儿童|孩子|家长)"),
    # (or the communities counted, which parts the count from the going: "深入周边3个社区开展育儿讲座12场")
    Rule("volunteer_sessions", ("党员教师深入周边3个社区开展育儿讲座12场",), SESSIONS,
         frame=r"(?:进|走进|深入)[^，,。；;\d]{0,4}?(?:\d+|[一二两三四五六七八九十]+)个社区[^，,。；;\d]*$",
         before=r"^社区(?:开展|举办)?[^，,。；;\d]{0,10}?(?:宣讲|宣传|讲座|义诊|演出|辅导|咨询)(?:活动)?$", not_before=r"党课"),
    # (and the people a volunteer service reached, said to have benefited after them: "…志愿服务活动，上示范课8节，300余名
    # 师生受益")
    Rule("volunteer_beneficiaries", ("开展“送教下乡”志愿服务活动，上示范课8节，300余名师生受益",), frozenset({"人", "名", "位"}),
         frame=rf"(?:{_A_SERVICE_ZH})[^。；;]*$",
         after=r"^(?:师生|学生|教师|群众|居民|村民|儿童|孩子|家长|老人)(?:们)?(?:从中)?受益"),
    # (or, in a table's row of the volunteer service, those a remark says it served: "| 志愿服务 | 20次 | 服务600余人次 |")
    Rule("volunteer_beneficiaries", ("| 志愿服务 | 20次 | 服务600余人次 |",), frozenset({"人次"}),
         frame=r"志愿[^\n|｜]{0,8}[|｜][^\n|｜]*[|｜]\s*服务$"),
    # (or lessons taken to children as a volunteer service: "开展“送课到村”志愿服务活动，…为留守儿童送去美术、音乐等课程42节")
    # (or the batches volunteers were sent out in, and the person-times of all of them: "分别派出志愿者3批次共20人次到敬老院")
    Rule("volunteer_sessions", ("支部派出党员志愿者5批次共41人次到车站服务",), frozenset({"批次"}),
         before=r"(?:志愿者|志愿服务队|志愿队)$"),
    Rule("volunteer_participants", ("支部派出党员志愿者5批次共41人次到车站服务",), frozenset({"人次"}),
         frame=r"志愿者\s*(?:\d+|[一二三四五六七八九十]+)\s*批次[，,]?\s*(?:共|累计|合计)?$"),
    # (or lessons opened for the children there, by volunteers teaching in the holidays: "志愿者到山区学校支教，为孩子们开设
    # 美术课20节")
    Rule("volunteer_sessions", ("开展送课志愿服务活动，走进4个村，为留守儿童送去美术、音乐等课程30节",
                                "党员志愿者在山区小学支教一周，为孩子们开设了书法、英语等课程20节"), LESSONS,
         # (not demonstration lessons, which are those: "为乡村学校送去示范课10节")
         frame=r"志愿[^。；;]*$", before=r"(?:送去|开设了?)[^，,。；;\d]{0,16}?(?:课程|课)$",
         not_before=r"(?:示范|公开|观摩|展示|研究|优质|汇报)课$"),
    # (or the lessons given in all in the holidays' volunteer teaching: "…开展暑期支教，累计授课80节")
    Rule("volunteer_sessions", ("选派4名党员教师赴山区开展暑期支教，累计授课80节",), LESSONS,
         frame=rf"(?:{_HOLIDAY_TEACHING}|义务支教)[^。；;]*$", before=r"(?:累计|共计|共)?(?:授课|上课|讲课)$"),
    # (or the local teachers trained by teaching taken to the countryside: "开展送教下乡活动，…，培训当地教师120余人次")
    Rule("volunteer_beneficiaries", ("赴县民族中学开展送教下乡活动，上示范课5节，培训当地教师150余人次",), PERSON_TIMES,
         frame=r"送(?:教|课)(?:送培)?(?:下乡|进村)[^。；;]*$",
         before=r"(?:培训|指导|受益)(?:了)?(?:当地|农村|乡村|乡镇|村小|该校)?(?:的)?(?:教师|老师|师生)$"),
    # (or what volunteers did, counted after them: "12名党员教师和36名学生志愿者共讲解96场")
    Rule("volunteer_sessions", ("12名党员教师和36名学生志愿者共讲解96场", "医生志愿者累计义诊20场"), SESSIONS,
         before=r"志愿者(?:共|共计|累计)?(?:讲解|宣讲|义诊|表演|演出)$"),
    # (or talks given to villagers or residents, whoever went to them: "走进周边8个村庄，为村民宣讲惠农政策12场")
    Rule("volunteer_sessions", ("宣讲团走进周边村庄，为村民宣讲惠农政策12场", "为社区居民宣讲防诈知识6场"), SESSIONS,
         before=r"为(?:村民|居民|社区居民|社区群众|群众|农户)(?:宣讲|讲解|普及)[^，,。；;\d]{0,16}$", not_before=r"党课"),
    # a field of a tally of volunteering, its times of service and those served: "志愿服务情况：服务次数：18次；服务对象：
    # 社区居民，共计540人次"
    Rule("volunteer_sessions", ("志愿服务情况：服务次数：18次",), SESSIONS, frame=r"志愿", before=r"服务(?:次数|场次)$"),
    Rule("volunteer_beneficiaries", ("志愿服务情况：服务对象：社区居民，共计540人次",), frozenset({"人次", "人"}),
         frame=r"志愿[^。]*服务对象[:：][^；;。\d]{0,30}$", before=r"^$"),
    # volunteers on duty, the times they were: "组织“银龄志愿者”开展护学岗执勤40余次"
    # (or patrols of a volunteer service, in its sentence or the one after: "开展护河志愿服务，共巡河30余次"; or patrols against
    # drowning, a volunteer's watch as 防溺水巡查 is: "在水库边开展防溺水巡查，累计巡查16次")
    Rule("volunteer_sessions", ("组织党员志愿者开展护学岗执勤40余次", "支部开展护河志愿服务，党员轮流巡查，共巡河30余次",
                                "党员分组在水库边开展防溺水巡查，累计巡查16次"), SESSIONS,
         frame=r"志愿|防溺水", before=_DUTY_TIMES),
    Rule("volunteer_sessions", ("支部开展护河志愿服务。暑假里党员轮流巡查，共巡河30余次",), SESSIONS,
         earlier=r"志愿", frame=_THE_VOLUNTEERS_THEMSELVES, before=_DUTY_TIMES),
    # those a volunteer on duty warned off or helped, in person-times: "劝阻在河边戏水的孩子80余人次"
    Rule("volunteer_beneficiaries", ("支部开展护河志愿服务，劝阻在河边戏水的孩子80余人次",), PERSON_TIMES, frame=r"志愿",
         before=_WARNED_OFF),
    Rule("volunteer_beneficiaries", ("支部开展护河志愿服务。暑假里党员轮流巡查，劝阻在河边戏水的孩子80余人次",), PERSON_TIMES,
         earlier=r"志愿", frame=_THE_VOLUNTEERS_THEMSELVES, before=_WARNED_OFF),
    # (or by members on duty, said in the same sentence: "党员每天轮流在校门口值守，护送学生2000余人次")
    Rule("volunteer_beneficiaries", ("党员每天轮流在校门口值守，护送学生2000余人次",), PERSON_TIMES,
         frame=rf"党员[^。；;]*?{_ON_DUTY}", before=_WARNED_OFF),
    # volunteers doing something, the times they did it: "组织党员志愿者为社区幼儿开展亲子阅读活动6场"
    # (or the services they provided: "党员志愿者为村民提供理发、维修等服务9场次")
    # (or a volunteer team, said earlier in the sentence: "…志愿服务队现有队员30名，今年开展服务活动15次")
    Rule("volunteer_sessions", ("组织党员志愿者为社区老人开展义诊活动5场", "党员志愿者走进社区开展文明劝导活动10余次",
                                "党员志愿者为村民提供理发、维修等服务9场次", "支部志愿服务队现有队员30名，今年开展服务活动15次"),
         SESSIONS, frame=rf"志愿者|{_VOLUNTEER_TEAM}", before=r"开展了?[^，,。\d]{0,10}?活动$|提供了?[^，,。\d]{0,12}?服务$"),
    # (or the volunteers' groups, said the sentence before: "…组成4个志愿服务小组，深入村组。截至目前，开展指导活动5场")
    Rule("volunteer_sessions", ("支部组织党员教师组成2个志愿服务小组，深入周边村组。截至目前，已开展家庭教育指导活动5场",), SESSIONS,
         earlier=r"志愿", before=r"开展了?[^，,。\d]{0,10}?活动$"),
    # the times volunteers went somewhere, the going their service: "党员志愿服务队走进社区8次", "志愿者深入敬老院十余次"
    Rule("volunteer_sessions", ("党员志愿服务队走进社区8次", "义工队今年走进敬老院十余次", "志愿者深入偏远村小5次"), SESSIONS,
         # (the place alone: what they did there, named, is counted by what it is, "走进社区开展讲座5场")
         before=rf"(?:{_VOLUNTEER_TEAM}|志愿者|义工)[^，,。\d]{{0,6}}?(?:走进|深入|走入|来到|前往)(?:(?!开展|组织|举办)[^，,。\d]){{1,10}}$"),
    # (or went to a home for the old to visit or care for them, what the going is for: "组织党员到敬老院开展慰问活动2次")
    # (or to see the old there, said as the going's purpose: "到养老院看望老人3次")
    Rule("volunteer_sessions", ("支部组织党员到镇敬老院开展慰问活动2次", "党员教师走进光荣院开展敬老活动4次", "到养老院看望老人3次"),
         SESSIONS,
         before=r"(?:到|走进|深入|前往|来到)[^，,。\d]{0,10}?(?:敬老院|养老院|福利院|光荣院|老年公寓|养老服务中心)"
                r"(?:(?:开展|进行|举行)了?[^，,。\d]{0,8}?(?:慰问|敬老|助老|关爱)[^，,。\d]{0,4}?活动|"
                r"(?:看望|慰问|探望|陪伴)了?[^，,。\d]{0,6}?(?:老人|老年人|长者|孤寡老人|老同志))$"),
    # activities listed after volunteering told in a clause before: "参加社区志愿服务2300余人次，开展政策宣讲、环境整治等活动86次"
    # (or the volunteers told: "联合20名家长志愿者，先后开展了义卖、敬老等活动4场")
    # (or "等服务活动": "…参与志愿服务60人次，开展护学、助老等服务活动9场")
    Rule("volunteer_sessions", ("党员参加社区志愿服务300余人次，开展政策宣讲、关爱老人等活动26次",
                                "党员教师参与志愿服务60人次，累计服务180小时，开展护学、助老等服务活动9场",
                                "支部党员带头，联合20名家长志愿者，先后开展了义卖、敬老等活动4场"), SESSIONS,
         frame=r"志愿(?:服务|者)[^。；;]{0,30}[，,][^，,。；;]*$", before=r"开展了?[^，,。\d]{2,24}?等(?:服务)?(?:活动|服务)$"),
    # the activities of a volunteer team, whatever they are called: "党员志愿服务队全年开展各类活动20余次"
    # a field labelled with the service, its activities counted: "志愿服务：开展活动（18次）"
    Rule("volunteer_sessions", ("志愿服务：开展活动（18次）", "志愿服务：全年组织各类活动20次"), SESSIONS,
         frame=r"志愿服务[:：]", before=r"(?:开展|组织|举办)?(?:各类|各项)?(?:服务)?活动$"),
    # (a service team, 服务队, is a volunteer team; the activities may be named first: "开展“课后陪伴”等活动")
    Rule("volunteer_sessions", ("党员志愿服务队全年开展各类活动20余次", "学雷锋志愿队已开展此类活动6次",
                                "服务队全年开展“爱心助学”“环境整治”等活动15次"), SESSIONS,
         before=rf"{_VOLUNTEER_TEAM}[^，,。]{{0,8}}?(?:开展|组织|举办)了?"
                r"(?:[^，,。]{0,6}?|[^，,。]{0,16}等)(?:活动|服务)$"),
    # (or the team named in a clause before, and a clause whose verb has no subject of its own: "党员组成
    # 志愿服务队，开展法律咨询进社区活动5次")
    # (or the team the subject of the sentence, the clauses after it going on about it: "义工队每周走进社区，累计
    # 开展辅导活动60余次")
    # (the clause may open with where it went, and the activities be services: "…组建志愿服务队，深入社区开展敬老、
    # 环保等服务活动9次")
    Rule("volunteer_sessions", ("党员教师组成志愿服务队，开展法律咨询进社区活动5次", "成立学雷锋服务队，全年开展助老活动12次",
                                "两年来，义工队每周六走进敬老院，累计开展陪伴活动80余次",
                                "学校组建党员志愿服务队，深入社区开展敬老、环保等服务活动9次",
                                "党员们组成志愿小分队，先后深入村庄、村小开展服务7场",
                                "退休党员组成志愿服务队，累计辅导社区儿童功课60余次"),
         SESSIONS, frame=rf"{_VOLUNTEER_TEAM}[^，,。；;]{{0,4}}[，,][^。；;]{{0,30}}$|"
                         rf"^(?:[^，,。；;]{{0,8}}[，,])?[^，,。；;]{{0,12}}?{_VOLUNTEER_TEAM}[^，,。；;]{{0,30}}[，,][^。；;]{{0,30}}$",
         # (the places it went listed: "走进社区、敬老院、福利院开展服务")
         # (or the team's tutoring, the times it was done: "服务队累计开展护校执勤150余人次，辅导学生阅读40余次")
         before=r"^(?:全年|先后|累计|共)?(?:(?:深入|走进|走入|来到|前往)[^，,。\d]{1,12}?)?(?:开展|组织|举办)了?"
                r"(?:(?:[^，,。]{0,10}?|[^，,。]{0,16}等)(?:服务)?活动|服务)$|"
                r"^(?:全年|先后|累计|共)?(?:辅导|陪伴)[^，,。\d]{1,8}$"),
    # (or the party it went as: "党员志愿服务队一行12人走进福利院")
    Rule("volunteer_participants", ("“红烛”党员志愿服务队一行12人走进社会福利院",), frozenset({"人", "名"}),
         before=rf"{_VOLUNTEER_TEAM}[”\"]?一行$"),
    # (or the members counted in the clause right after the team was formed, which they make up: "学校组建党员爱心服务队，
    # 12名党员教师每周为留守儿童辅导功课")
    Rule("volunteer_participants", ("学校组建党员爱心服务队，12名党员教师每周为留守儿童辅导功课",), frozenset({"名", "人", "位"}),
         frame=rf"(?:组建|成立)了?[^。；;，,]{{0,16}}?{_VOLUNTEER_TEAM}[”\"]?[，,]\s*$", before=r"^$",
         after=r"^(?:党员教师|党员|教师)"),
    # (or, after the sentence that told of a volunteer service, those who gave it, members and others with them, and the times:
    # "…开展志愿讲解服务。10名党员教师和30名学生讲解员共开展讲解服务60场")
    Rule("volunteer_participants", ("支部组织党员开展志愿讲解服务。10名党员教师和30名学生讲解员共开展讲解服务60场",),
         frozenset({"名", "人", "位"}),
         # (the words after a count are read only up to the next count, here the others')
         after=r"^(?:党员教师|党员)(?:和|与|及|、)$", earlier=r"志愿[^。；;]{0,12}服务[^。；;]*[。；;]\s*$"),
    Rule("volunteer_sessions", ("支部组织党员开展志愿讲解服务。10名党员教师和30名学生讲解员共开展讲解服务60场",), SESSIONS,
         earlier=r"志愿", before=r"(?:共|累计)(?:开展|提供)了?[^，,。；;\d]{0,6}?服务$", not_before=r"课后|托管|延时"),
    # (or the members who did the work of a volunteer planting or clean-up the sentence names: "…开展义务植树活动，25名党员共植树
    # 120棵")
    Rule("volunteer_participants", ("支部党员志愿者来到河边开展义务植树活动，25名党员共植树120棵",), frozenset({"名", "人", "位"}),
         frame=r"志愿|义务", after=r"^(?:党员教师|党员|教师|志愿者)(?:共|一起|共同|合力)?(?:植树|栽种|种植|补植|清理|捡拾|打扫|清扫|清运)"),
    # the members of a volunteer team are its volunteers: "党员志愿服务队成立于2019年，现有队员40名"
    Rule("volunteer_participants", ("党员志愿服务队成立于2019年，现有队员40名", "学校组建志愿服务队，吸纳队员25人",
                                    "组建党员志愿服务队1支，队员36名", "“红烛”服务队成立于2018年，现有队员56名",
                                    "志愿服务队不断壮大，注册队员已达120人", "成立党员志愿服务队，首批队员15人"),
         PERSON_TIMES, frame=_VOLUNTEER_TEAM,
         before=r"(?:^|现有|共有|有|吸纳|招募|注册|在册|首批)了?(?:队员|成员)(?:已达|达到|已有|已)?$"),
    Rule("volunteer_sessions", ("组织不少于3次的党员志愿者活动", "开展20余场志愿服务"), SESSIONS,
         after=r"^的?[^，,。]{0,10}?志愿(?:服务|者)?(?:活动|服务)"),
    # people counted right after the volunteer service itself are those who served (those served are
    # named: "服务群众200人次")
    # (or served in a community where they report as residents: "到社区报到服务400余人次")
    Rule("volunteer_participants", ("党员参加社区志愿服务共计45人次", "参与“周末课堂”志愿服务达120人次",
                                    "在职党员到社区报到，参与社区服务260人次", "党员累计到社区报到服务400余人次",
                                    "本季度全体党员累计到社区服务126人次"), PERSON_TIMES,
         before=r"(?:志愿服务|(?:参与|参加)社区服务|社区报到服务|到社区(?:开展)?服务)(?:活动)?(?:共计|共|累计|达到|达)?$"),
    # members who report to the community they live in (社区报到, 双报到) serve it: what they do there, in that sentence, is
    # volunteering ("在职党员到社区报到后，累计参与社区活动80人次，开展“周末课堂”辅导20场，服务社区儿童300余人次")
    Rule("volunteer_participants", ("在职党员到社区报到后，累计参与社区活动80人次",), frozenset({"人次"}),
         frame=r"社区报到|双报到", before=r"(?:参与|参加)社区[^，,。\d]{0,4}?活动(?:共计|共|累计|达到|达)?$"),
    Rule("volunteer_sessions", ("在职党员到社区报到后，开展“周末课堂”辅导20场",), SESSIONS,
         frame=r"社区报到|双报到", before=r"开展了?[^，,。\d]{0,12}?(?:活动|辅导|宣讲)(?:共计|共|累计|达)?$"),
    Rule("volunteer_beneficiaries", ("在职党员到社区报到后，服务社区儿童300余人次",), frozenset({"人次"}),
         frame=r"社区报到|双报到", before=r"服务(?:社区)?(?:居民|群众|老人|学生|儿童|青少年)(?:共计|共|累计|达到|达)?$"),
    # the volunteers or members of the clause's subject, counted in person-times after the service
    # they took part in: "党员志愿者累计参与社区服务180余人次"
    # (or on duty, as a volunteer's service is: "党员教师参与护学岗执勤累计150人次")
    Rule("volunteer_participants", ("志愿者们参加了敬老院、图书馆等处的服务共计90人次", "党员共参与社区服务60余人次",
                                    "党员教师参与护学岗执勤累计150人次", "组织党员参加无偿献血18人次",
                                    "全校党员教师三年来累计参加无偿献血80余人次"),
         frozenset({"人次"}), before=r"(?:志愿者|义工|党员)[^，,。]{0,8}?(?:参与|参加)了?[^，,。]{0,16}?(?:服务|执勤|值勤|值守|献血)(?:活动)?"
                                     r"(?:共计|共|累计|达到|达)?$"),
    # (or those who gave blood, named so: "组织党员参加无偿献血，献血党员12人")
    Rule("volunteer_participants", ("组织党员参加无偿献血，献血党员12人", "参加献血的教师共9人"), PERSON_TIMES,
         before=r"献血(?:的)?(?:党员|教师|职工|教职工|人员|人数)(?:共计|共|累计|达到|达)?$"),
    # (or a volunteer team on duty: "护学岗服务队累计执勤1600余人次")
    Rule("volunteer_participants", ("护学岗服务队本学期累计执勤900余人次",), frozenset({"人次"}),
         before=rf"{_VOLUNTEER_TEAM}[^，,。]{{0,8}}?{_ON_DUTY}(?:共计|共|累计|达到|达)?$"),
    # (or where they went to serve: "党员志愿者走进社区46人次")
    Rule("volunteer_participants", ("党员志愿者走进社区46人次", "志愿者累计深入敬老院服务120余人次"), frozenset({"人次"}),
         before=r"(?:志愿者|义工)[^，,。\d]{0,6}?(?:走进|深入|走入|进入|来到)[^，,。\d]{1,10}?(?:服务|开展服务)?"
                r"(?:共计|共|累计|达到|达)?$"),
    # duty counted in person-times, in a sentence about members or volunteers: those on duty
    # (or in a field of the volunteer service: "志愿服务：开展护学岗执勤120人次")
    # (or the turns at a post they went on duty at: "全体党员累计上岗300余人次")
    Rule("volunteer_participants", ("党员志愿者每周在校门口护学执勤，全年累计执勤700人次", "志愿服务：开展“护校岗”执勤90人次",
                                    "全体党员累计上岗300余人次"),
         frozenset({"人次"}), frame=r"党员|志愿者|志愿服务",
         before=r"(?:(?:执勤|值勤|值守|护学)(?:共计|共|累计|达到|达)?|(?:累计|共计|共)上岗)$"),
    # a clause that opens with taking part, its subject the sentence's members: "…，参与校园安全值守150余人次"
    Rule("volunteer_participants", ("示范岗党员结对帮扶学困生35名，参与校园安全值守150余人次",), frozenset({"人次"}),
         frame=r"党员|志愿者",
         before=r"^(?:参与|参加)了?[^，,。]{0,12}?(?:值守|执勤|值勤|志愿服务|义务劳动)(?:活动)?(?:共计|共|累计|达到|达)?$"),
    # the person-times of a clause of taking part alone, after the clause that names the service: "组织党员参加无偿献血，
    # 参与18人次"
    Rule("volunteer_participants", ("组织党员参加无偿献血，参与18人次", "党员到社区开展义务劳动，共参与36人次",
                                    "党员志愿者已开展志愿服务5次，参与160人次"), frozenset({"人次"}),
         frame=r"(?:志愿服务|献血|义务劳动|执勤|值勤|值守)(?:活动)?(?:\d+\s*(?:次|场|项))?[，,][^，,。；;]{0,4}$",
         before=r"^(?:共|累计)?(?:参与|参加)(?:共计|共|累计|达)?$"),
    # a visit counted with no people of its own, the staff it visits named earlier in the sentence:
    # "走访慰问离退休党员，2023年共走访慰问31人次"
    Rule("staff_visited", ("支部书记每年带队走访慰问离退休党员，今年共走访慰问28人次",), PERSON_TIMES,
         frame=r"(?:走访|慰问|看望)[^，,。]{0,6}?(?:离退休|退休|老|困难|生病)[^，,。]{0,4}?(?:党员|教师|教职工|职工|老师)",
         # (nothing after the count: "并看望了2名困难学生家庭" counts people of its own)
         before=r"(?:走访|慰问|看望)(?:慰问)?$", after=r"^\s*(?:[，,。；;、]|$)"),
    # the person-times of a volunteer service after its times and a slash, as a table's cell writes them: "党员志愿服务
    # 10次/96人次"
    Rule("volunteer_participants", ("党员志愿服务\t10次/96人次",), PERSON_TIMES,
         frame=rf"(?:{_A_SERVICE_ZH})[^。；;\n]{{0,16}}?\d+\s*(?:次|场|场次)\s*[/／]\s*$"),
    # (the teachers who took it, in person-times, where the sentence names teaching taken to the countryside, a service:
    # "这是第三年开展送教下乡，三年来累计送教30人次")
    Rule("volunteer_participants", ("这是学校连续第三年开展送教下乡，三年来累计送教30人次", "开展“送教下乡”活动2次，送教教师9人次"),
         frozenset({"人次"}),
         frame=r"送[教课](?:送培)?(?:下乡|进村)", before=r"送[教课](?:送培)?(?:党员教师|教师|老师)?(?:共计|共|累计|达)?$"),
    # teaching taken to other schools is no visit to a pupil's home, nor a service counted: "为乡村幼儿园送教12次"
    Rule(None, ("三年来共为乡村幼儿园送教12次", "赴薄弱学校送教送培8次", "送教到校6次"), PERSON_TIMES | SESSIONS,
         before=r"(?:(?:学校|小学|中学|幼儿园|村小|教学点|[校园])(?:开展)?送教(?:送培)?|送教(?:送培)?(?:到校|进校)(?:活动)?)"
                r"(?:共计|共|累计|达)?$", name="teaching taken to other schools"),
    # (but the activity named for teaching taken to the countryside, 送教下乡, is a service, counted in its times)
    Rule("volunteer_sessions", ("开展送教下乡活动5次", "全年送课下乡12次", "开展“送教进村”活动共4次"), SESSIONS,
         before=r"送[教课](?:送培)?(?:下乡|进村)[”\"」]?(?:活动)?(?:共计|共|累计|达)?$"),
    # (a home visit by telephone or online is no visit to a home: "电话家访60余人次", "开展线上家访40次")
    Rule(None, ("电话家访60余人次", "开展线上家访40次"), PERSON_TIMES | SESSIONS,
         before=r"(?:电话|微信|网络|线上|视频|云)家访(?:服务|活动)?(?:共计|共|累计|达)?$", name="a home visit by telephone"),
    # (or calls at homes to bring pupils back to school: "先后上门劝返18次")
    # (whose homes may be said: "家访困难学生家庭50余次")
    Rule("home_visits", ("全年送教上门20余人次", "开展家访120人次", "为两名残疾学生开展送教上门服务30余次", "先后上门劝返18次",
                         "本学期已家访困难学生家庭50余次"),
         PERSON_TIMES | SESSIONS,
         before=r"(?:送教上门|家访(?:[^，,。；;\d]{0,8}?家庭)?|入户家访|上门走访|(?:上门|入户)(?:劝返|劝学))(?:服务|活动)?"
                r"(?:共计|共|累计|达)?$"),
    # (teaching taken, 送教, alone: to a pupil at home only where the sentence says whose home or who cannot come, "为3名
    # 残疾儿童送教16次"; not to the schools a branch is paired with, "赴结对园支教，全年送教12次")
    # (or who cannot come, said the sentence before: "…针对2名因病在家的学生，安排送教小组。至今已送教20次")
    Rule("home_visits", ("为2名重度残疾儿童送教16次", "对无法到校的学生坚持每周送教，全年送教40人次"), PERSON_TIMES | SESSIONS,
         frame=_CANNOT_COME_TO_SCHOOL, before=r"送教(?:服务|活动)?(?:共计|共|累计|达)?$"),
    Rule("home_visits", ("支部为2名因病休学的学生组建送教小组。截至目前，已送教20次",), PERSON_TIMES | SESSIONS,
         earlier=_CANNOT_COME_TO_SCHOOL, before=r"送教(?:服务|活动)?(?:共计|共|累计|达)?$"),
    # (calls at homes, whose unsaid, after the pupils they are for: "针对12名留守儿童，…上半年共入户走访28次"; not the
    # households of a village paired for help, "与结对的8户困难家庭…累计入户走访23次")
    Rule("home_visits", ("针对班上的留守儿童，本学期党员教师共入户走访35次",), SESSIONS, frame=rf"{_PUPILS}",
         before=r"入户走访(?:共计|共|累计|达)?$"),
    # (or visits alone, after pupils' families the sentence names: "与农牧区学生家庭结对认亲，…，开展走访1200余次")
    # (or said with the time it covers: "…联系困难学生家庭，…，全年走访212次")
    Rule("home_visits", ("党员教师与困难学生家庭结对，全年开展走访300余次", "党员每人联系2户困难学生家庭，全年走访150次"), SESSIONS,
         frame=rf"{_PUPILS}(?:的)?家庭",
         before=r"^(?:[^，,。；;]{0,4}?)(?:(?:开展|进行)(?:入户)?走访|(?:全年|累计|共|本学期|一年来)(?:入户)?走访)(?:共计|共|累计|达)?$"),
    # (or the households visited in all, after pupils' families the sentence names: "每人走访学生家庭不少于4户，共走访90户")
    Rule("home_visits", ("支部党员每人走访学生家庭不少于3户，共走访60户",), frozenset({"户", "家"}), frame=rf"{_PUPILS}(?:的)?家庭",
         before=r"(?:共|共计|累计|合计)(?:走访|家访|入户走访)了?$"),
    # pupils counted, each of them visited at home: "对全班45名学生逐一家访"
    Rule("home_visits", ("对全班45名学生逐一家访", "对本校60名留守儿童进行了入户家访"), frozenset({"名", "人"}),
         before=r"对(?:全校|全班|本校|本班|全体)?$",
         after=rf"^{_PUPILS}(?:逐一|逐户|全部|一一)?(?:进行了?|开展了?)?(?:入户|上门)?家访"),
    # (the people found on the visits are no visits: "对家访中发现的12名困难学生")
    Rule("home_visits", ("家访学生200余人次",), PERSON_TIMES, before=r"家访(?![中时过])[^，,。的]{0,6}$"),
    Rule("home_visits", ("每学期开展一次家访", "暑假期间进行2次入户家访"), SESSIONS, after=r"^(?:入户|上门)?家访"),
    # --- mentoring and care ---
    # pupils a clause opens with as those the sentence's help is for: "针对3名无法到校的残疾儿童，组织党员教师送教上门"
    # (or after 对, as what the sentence's help is for: "对家访中发现的19名家庭困难学生，支部逐一建立帮扶台账")
    Rule("students_assisted", ("针对班上4名学习困难的学生，支部安排党员教师一对一辅导",
                               "对摸排出的6名家庭困难学生，支部逐一结对帮扶", "针对辖区内1名无法入园的听障儿童，支部安排党员上门辅导"),
         frozenset({"名", "位"}),
         # (pupils said to be in need: "针对全校1200名学生，开展心理普查" is a survey of all of them)
         # (or the district's, who cannot come: "针对辖区内2名行动不便无法到校的儿童")
         before=r"(?:针对|对)(?:[^，,。\d]{1,10}?的)?(?:全校|全园|全班|园内|校内|班上|本校|本班|辖区内?)?$",
         after=rf"^[^，,。]{{0,16}}?(?:残疾|困难|留守|特殊|学困|贫困|患病|单亲|孤|需要|{_CANNOT_COME_TO_SCHOOL})[^，,。]{{0,10}}?"
               rf"{_PUPILS}$",
         frame=r"^[^，,。；;]{0,8}针?对[^，,。；;]*$"),
    # pairs made with pupils are help to them, a pupil to a pair: "党员教师与留守儿童结对45对"
    Rule("students_assisted", ("党员教师与留守儿童结对45对", "与学困生结成帮扶对子30对"), PAIRS,
         before=rf"{_PUPILS}[^，,。]{{0,4}}?(?:结对|结成[^，,。]{{0,4}}对子)(?:帮扶)?$"),
    # pairs honoured are some of the pairs, no count of them: "表彰了年度考核优秀的6对师徒", "评选出优秀师徒5对"
    Rule(None, ("大会表彰了年度考核优秀的6对师徒", "评选出优秀师徒5对"), PAIRS,
         before=r"(?:表彰|评选出?|评出)[^，,。；;\d]{0,16}$|对[^，,。；;\d]{0,12}优秀的$", name="pairs honoured"),
    Rule("mentoring_pairs", ("签订青蓝结对协议25份", "师徒结对18对"), PAIRS,
         before=r"(?:师徒结对|结对|师徒|青蓝结对|青蓝工程)[^，,。]{0,8}$"),
    Rule("mentoring_pairs", ("结成15对师徒", "学校12对党员师徒共同备课"), PAIRS, after=r"^(?:党员)?(?:师徒|结对|青蓝)"),
    # (or the pairs whose mentor is a member, so described before their count: "由党员教师担任导师的9对")
    Rule("mentoring_pairs", ("新进教师11名，其中党员教师作为师傅的6对",), PAIRS, before=r"(?:担任|作为)(?:师傅|导师)的$"),
    # (or pairs of help between teachers, named after the number: "与新教师签订帮扶协议，结成8对帮扶对子")
    Rule("mentoring_pairs", ("8名党员教师分别与8名新教师签订帮扶协议，结成8对帮扶对子", "骨干教师与青年教师结为12对师徒对子"), PAIRS,
         before=r"(?:结成|结为|形成)$", after=r"^(?:帮扶|师徒|青蓝|结对)?对子", not_before=rf"{_PUPILS}[^。；;]{{0,16}}$"),
    # (or counted after the pairs are named: "开展“党员+青年教师”结对，结成对子10对"; not pairs with pupils)
    Rule("mentoring_pairs", ("骨干党员与青年教师结对，结成对子9对",), PAIRS,
         frame=rf"^(?![^。；;]*{_PUPILS})", before=r"(?:结成|结为)(?:帮扶|师徒|青蓝)?对子$"),
    # the mentors counted, paired with teachers not counted: a pair each ("8名骨干党员与新教师结成师徒对子")
    # (not the young teachers counted, paired with mentors: "28名青年教师与党员骨干结成师徒" counts those mentored)
    Rule("mentoring_pairs", ("8名骨干党员与新教师结成师徒对子", "6位党员教师分别与青年教师结为青蓝对子"), PERSON_TIMES,
         after=rf"^[^，,。\d]{{0,8}}?与(?!{_PUPILS})[^，,。\d]{{1,10}}?结(?:成|为)(?:师徒|青蓝)",
         not_after=rf"^{YOUNG_TEACHERS}|^(?:青年|年轻|新入职|新)老师"),
    # (or the mentors the teachers took as masters, counted after 拜: "新来的6位教师分别拜6名党员教师为师")
    Rule("mentoring_pairs", ("新来的6位教师分别拜6名党员教师为师",), PERSON_TIMES, before=r"拜$",
         after=r"^[^，,。；;\d]{0,12}?为(?:师|师傅)"),
    Rule("students_assisted", ("其中36名为送教对象",), PERSON_TIMES, after=r"^为?送教(?:学生|对象)"),
    # (or pupils who cannot come to school, said to be there, whom the sentence after has teaching taken to: "学校有2名因病
    # 无法到校的学生。党员教师每周为他们送教两次")
    Rule("students_assisted", ("学校有2名因病无法到校的学生。党员教师每周为他们送教两次",), PERSON_TIMES,
         frame=r"(?:有|共有|现有)$",
         after=rf"^[^，,。；;\d]{{0,12}}?(?:{_CANNOT_COME_TO_SCHOOL})[^，,。；;\d]{{0,12}}?{_PUPILS}",
         later=r"^[^。；;]{0,40}?(?:为|给|对)(?:他们|她们|其|这些(?:学生|孩子))[^。；;]{0,6}?(?:送教|上课|授课|辅导)"),
    # apprentices a mentor takes on are teachers mentored
    Rule("teachers_mentored", ("党员名师共带徒12人", "三位骨干教师累计收徒9名", "工作室带教青年教师30余人"), PERSON_TIMES,
         before=r"(?:带徒|收徒|带教徒弟)$|带教(?:青年|年轻|新入职|新)(?:教师|老师)$"),
    # (or young teachers counted after their noun, paired with members or mentors: "又有新教师15人与党员教师结对")
    Rule("teachers_mentored", ("今年又有新入职教师15人与党员骨干教师结对", "新教师8人与老教师结对"), PERSON_TIMES,
         before=rf"{YOUNG_TEACHERS}$",
         after=r"^(?:与|和|同)[^，,。；;\d]{0,12}?(?:结对|结成|拜师)"),
    # (or young teachers counted before their noun, who took members as masters: "新来的6名青年教师都拜党员骨干为师")
    Rule("teachers_mentored", ("新来的6名青年教师都拜党员骨干为师", "5名青年教师各自拜5名党员教师为师"), PERSON_TIMES,
         # (the masters maybe counted next, where the window ends: "…分别拜6名党员教师为师")
         after=rf"^{YOUNG_TEACHERS}(?:分别|各自|都)?拜(?!访|年|读|会)(?:[^，,。；;]{{0,16}}?为(?:师|师傅)|$)"),
    # (or new teachers counted, paired or given mentors in the sentence after: "今年新进教师7名。支部安排党员教师与他们结成师徒对子")
    Rule("teachers_mentored", ("今年学校新入职教师6名。支部为他们每人配备了一名党员导师",), PERSON_TIMES,
         before=r"(?:新进|新入职|新招聘|新聘|新调入|新分配)(?:的)?(?:青年)?(?:教师|老师)$|(?:招聘|招录|引进)了?新(?:教师|老师)$",
         later=r"^[^。；;]{0,20}?(?:与(?:他们|她们|其)|为(?:他们|她们|其)(?:每人|每位|各)?|"
               r"为每(?:一)?(?:名|位)新(?:入职)?(?:教师|老师))[^。；;]{0,20}?"
               r"(?:结成师徒|结对|师徒对子|配备|安排)[^。；;]{0,10}?(?:导师|师傅|对子|结对)"),
    # (or young teachers given mentors: "为新入职的9名青年教师配备了师傅", "为12名新教师安排了指导老师")
    Rule("teachers_mentored", ("学校为新入职的9名青年教师配备了师傅", "为12名新教师安排了指导老师"), PERSON_TIMES,
         after=rf"^(?:{YOUNG_TEACHERS}|教师|老师)[^，,。；;\d]{{0,4}}?(?:配备|安排|指定|选配|确定)了?[^，,。；;\d]{{0,6}}?"
               r"(?:师傅|导师|指导教师|指导老师|带教老师)"),
    # --- teaching ---
    # the lessons of the young teachers the members guide are an outcome of the mentoring, not the members' own:
    # "指导新教师开展公开课8节"
    Rule(None, ("指导新教师开展公开课8节", "帮助青年教师上好汇报课6节"), LESSONS,
         before=r"(?:指导|帮助|带领|辅导)(?:青年|年轻|新入职|新)(?:教师|老师)[^，,。；;]{0,6}?"
                r"(?:示范课|公开课|观摩课|展示课|汇报课|研究课|优质课)$", name="lessons of the teachers mentored"),
    # (nor the lessons the young teachers gave, they the clause's subject: "一年来，青年教师获奖8人次，开设公开课20节")
    Rule(None, ("一年来，青年教师在比赛中获奖8人次，开设公开课20节", "新教师们共上汇报课15节"), LESSONS,
         frame=r"(?:^|[，,：:])\s*(?:青年|年轻|新入职|新)(?:教师|老师)们?(?![和与及、])[^。；;]*$",
         before=r"(?:示范课|公开课|观摩课|展示课|汇报课|研究课|优质课)$", name="lessons of the teachers mentored"),
    # (or the teaching said as such: "开展示范教学20节", "示范授课9节")
    # (a list of kinds of lesson shown to others, counted together: "上示范课、研究课58节")
    # (or research lessons, open to colleagues as demonstration lessons are: "党员教师上研究课9节")
    Rule("demo_lessons", ("上示范课12节", "开设公开课8节", "开展示范教学20节", "送去示范授课9节", "党员教师上示范课、研究课30节",
                          "党员教师上研究课6节"),
         LESSONS, before=r"(?:示范课|公开课|观摩课|展示课|研究课|(?:示范|公开|观摩)(?:教学|授课))"
                         r"(?:[、和及](?:示范课|公开课|观摩课|展示课|研究课|优质课|汇报课))*$"),
    # (a word of praise may stand between: "展示了8节精彩的示范课")
    # (or the lessons given in all, after a clause on the members' demonstration lessons: "…中有19人上了示范课，共计上课19节")
    Rule("demo_lessons", ("党员教师人人上示范课，共计上课19节",), LESSONS, frame=r"(?:示范课|公开课)[^。；;]*[，,][^，,。；;]*$",
         before=r"^(?:共计|共|累计|合计)?(?:上课|授课|执教)$"),
    Rule("demo_lessons", ("开设8节公开课", "上了12节示范课", "执教了6节高质量的示范课"), LESSONS,
         after=r"^(?:[^，,。；;\d的]{1,4}的)?(?:示范|公开|观摩|展示)课"),
    # (or the event they were given at, counted in lessons: "开展党员示范课展示活动15节"; not in times, which count
    # the events: "开展示范课观摩活动3次")
    # (or with no word for the event: "党员示范课展示46节")
    Rule("demo_lessons", ("开展党员示范课展示活动15节", "组织公开课观摩活动22节", "党员示范课展示36节"), frozenset({"节", "堂"}),
         before=r"(?:示范课|公开课|展示课)(?:(?:观摩|展示|听评课|展评)?活动|展示|展评|观摩)$"),
    # a kindergarten's lessons are activities taught (执教), counted in times too: "执教市级示范活动5次"
    # (or taken to another kindergarten: "送去示范活动6节")
    # (or held, counted in lessons: "开展示范活动12节")
    Rule("demo_lessons", ("为结对园开展示范活动12节",), frozenset({"节", "堂"}),
         before=r"开展[^，,。\d]{0,6}?(?:示范|公开|观摩|展示)活动(?:共计|共|累计)?$"),
    # (or in 个, where they are held for a kindergarten or a school: "为村幼儿园开展示范活动4个")
    Rule("demo_lessons", ("为结对的村幼儿园开展示范活动4个",), frozenset({"个"}),
         before=r"为[^，,。\d]{0,10}?(?:园|校|学校|小学|中学)开展[^，,。\d]{0,6}?(?:示范|公开|观摩|展示)活动(?:共计|共|累计)?$"),
    # (or a kindergarten's lessons shown to colleagues, counted in 个: "5名党员教师为全园展示集体教学活动6个")
    Rule("demo_lessons", ("党员教师为全园展示集体教学活动6个",), LESSONS | frozenset({"个"}),
         before=r"展示了?(?:集体)?(?:教学|示范|观摩)活动(?:共计|共|累计)?$"),
    # (or shown there: "为乡村幼儿园展示教学活动4节")
    Rule("demo_lessons", ("党员教师执教区级示范活动6次", "执教公开活动4场", "为村级幼儿园送去示范活动5节", "为乡村幼儿园展示教学活动4节"),
         LESSONS, before=r"(?:(?:执教|送去|送出|送)[^，,。\d]{0,6}?(?:示范|公开|观摩|展示)活动|展示了?(?:教学|示范|观摩)活动)"
                         r"(?:共计|共|累计)?$"),
    # the visits to a home of care, by their ordinal with no other verb: "这已是本年度第5次走进福利院"
    Rule("volunteer_sessions", ("这是支部本年度第5次走进福利院",), SESSIONS,
         before=r"开展(?:走进|来到|前往|深入)[^，,。\d]{0,8}?(?:敬老院|养老院|福利院|光荣院)$"),
    # (or the events held in the villages members went into, in a sentence that names the volunteer service: "…开展“暖童心”
    # 志愿服务，走进2个社区开展绘本活动4场")
    Rule("volunteer_sessions", ("党员教师开展关爱儿童志愿服务，走进5个村开展游戏活动7场",), SESSIONS,
         # (the count of the places may stand between: "走进3个村开展…")
         frame=r"志愿[^。；;]*(?:走进|深入|来到)[^。；;]*$", before=r"(?:村|社区)开展[^，,。；;\d]{0,8}?活动$"),
    # times of a service counted before the going out it is told with: "先后3次走进敬老院开展志愿服务"
    # (or the volunteers taken there, no service named after: "先后4次组织党员志愿者到社区养老驿站")
    Rule("volunteer_sessions", ("党员教师先后4次走进社区开展志愿服务", "支部共5次组织党员到养老院开展敬老志愿服务",
                                "先后4次组织党员志愿者到社区养老驿站"), SESSIONS,
         after=r"^(?:组织[^。；;，,]{0,8}?)?(?:走进|来到|到|前往|赴|深入)[^。；;，,]{0,12}?(?:开展|进行|参加)[^。；;，,]{0,8}?"
               r"志愿服务|^组织[^。；;，,]{0,6}?志愿者(?:到|走进|来到|前往|赴|深入)"),
    # short lessons taught to a class in person are teaching, no micro-lessons recorded: "联系党员为班级上思政微课30节"
    Rule(None, ("联系党员为班级上思政微课30节", "党员教师给学生讲红色微课12节"), LESSONS,
         before=r"(?:为|给|向)[^，,。\d]{0,10}?(?:上|讲|讲授)了?[^，,。\d]{0,6}?微课$", name="short lessons taught in class"),
    # (the lessons' name may be quoted, or called their videos: "录制“空中微课堂”视频36节")
    Rule("micro_lessons", ("党员教师录制微课程80余节", "制作微课30节", "党员教师录制“红色微课堂”视频25节"), LESSONS,
         before=r"(?:微课|微课程|网课|微课堂)[”\"」』]?(?:视频)?$"),
    # (videos, counted as such: "录制党史微课视频8个"; or the lessons themselves counted with 个: "制作微课15个", not a
    # 微课堂 without its videos, which may be a place)
    Rule("micro_lessons", ("组织党员录制党史微课视频8个", "党员教师制作“红色微课堂”视频12个", "党员教师录制微课17个",
                           "党员教师录制微课视频12部"),
         frozenset({"个", "部"}), before=r"(?:(?:微课|微课程|微课堂)[”\"」』]?视频|微课|微课程)$"),
    # (or the works recorded, counted in the clause after: "拍摄微课视频，累计完成作品5部"; not those picked from them:
    # "其中3部获奖")
    Rule("micro_lessons", ("党员教师分组录制微课，累计推出作品9部", "党员围绕主题拍摄微党课，累计制作12个"),
         LESSONS | {"个", "部"},
         frame=r"(?:录制|拍摄|制作)[^，,。；;]{0,12}?(?:微课|微课程|微党课|微课堂)[^。；;]{0,20}?[，,]\s*"
               r"(?:共|累计|合计|总计|共计|一共)(?:完成|录制|制作|拍摄|形成|推出)?了?(?:作品|视频|微课|微党课)?$"),
    Rule("micro_lessons", ("录制20节微课", "录制了18节“党史微课堂”"), LESSONS, after=r"^[“\"「『]?[^，,。；;”\"」』]{0,6}?(?:微课|微课程|网课)"),
    # (not the topics leaders look into, 调研课题, no teaching research: "班子成员确定调研课题5项")
    Rule(None, ("班子成员确定调研课题5项", "确定了4项调研课题"), PROJECTS,
         before=r"调研(?:课题|题目|选题)$"),
    Rule(None, ("确定了4项调研课题",), PROJECTS, after=r"^[^，,。]{0,4}?调研(?:课题|题目|选题)"),
    Rule("research_projects", ("承担课题3项", "主持市级课题2项", "开展课题研究4项"), PROJECTS, before=r"课题(?:研究)?$"),
    Rule("research_projects", ("主持3项市级课题",), PROJECTS, after=r"^[^，,。]{0,6}?课题"),
    # (projects approved, in a sentence about the members' research projects: "党员教师积极申报课题，今年获立项3项",
    # not all the teachers', which a school's results count: "教师发表论文46篇，获课题立项8项")
    Rule("research_projects", ("党员教师积极申报课题，今年获立项3项", "党员教师主持的课题立项5项"), PROJECTS,
         frame=r"党员[^。；;]*课题[^。；;]*$", before=r"(?:获得?|成功)?立项(?:共|达)?$"),
    # --- organization ---
    # a slogan that pairs one unit with one thing of its own is no count: "一个支部一面旗", "一名党员一面旗帜"
    Rule(None, ("一个支部一面旗", "一名党员一面旗帜", "一个支部一品牌"), GROUPS | PERSON_TIMES,
         after=r"^(?:党?支部|党员|党小组|教师|班级|年级|岗位)一(?:面|个|名|品|块|张|岗|策|特|盏)", name="a slogan"),
    # branches or groups honoured are honours, not how many there are
    Rule(None, ("3个党支部被评为先进党支部", "2个党小组荣获优秀党小组称号"), GROUPS,
         after=r"^[^，,。]{0,6}?(?:支部|党小组)[^，,。]{0,4}?(?:被评为|被授予|被命名为|荣获|获评|获得|受到)",
         name="organizations honoured"),
    Rule(None, ("表彰先进党支部2个", "评出优秀党小组3个", "命名“五好”党支部四个"), GROUPS,
         before=rf"{_HONOURED_KIND}[^，,。]{{0,4}}?(?:支部|党小组)$", name="organizations honoured"),
    Rule(None, ("表彰了2个先进党支部", "评选出三个优秀党小组"), GROUPS,
         after=rf"^{_HONOURED_KIND}[^，,。]{{0,4}}?(?:支部|党小组)", name="organizations honoured"),
    # the party groups or branches a reorganization brought to a number: "党小组由原来的5个增至7个" (the count before
    # has no time of its own: review)
    Rule("party_groups", ("调整党小组设置，由原来的4个增加到6个", "党小组数量由3个调整为5个"), GROUPS,
         frame=r"党小组[^。；;]{0,12}?由[^，,。；;]{0,10}(?:增加|增|调整|扩大|扩展|扩充)(?:到|至|为)$"),
    Rule("branches", ("党支部由原来的2个增加到4个",), GROUPS,
         frame=r"(?<!团)支部[^。；;]{0,12}?由[^，,。；;]{0,10}(?:增加|增|调整|扩大|扩展|扩充)(?:到|至|为)$"),
    # (the branches or groups a reorganization started from, named before what they became, are no count of now:
    # "将原有的3个支部整合为2个", "原来的4个党小组合并为3个", "把2个党支部调整为按学段设置")
    Rule(None, ("将原有的3个支部整合为2个", "原来的4个党小组合并为3个", "把2个党支部调整为按学段设置"), GROUPS,
         after=r"^[^，,。；;\d]{0,4}?(?:支部|党小组)[^，,。；;\d]{0,4}?(?:调整|合并|整合|重组|撤并|拆分|改设|改建|优化)(?:为|成)",
         name="the count before a reorganization"),
    # (or their number said to have reached a count: "党支部总数达到5个"; those newly set up are no count of all: "新建党支部1个")
    Rule("branches", ("全校党支部总数达到6个", "党支部数量增至4个"), GROUPS,
         before=r"(?<!团)支部(?:总数|数量|个数)(?:已|已经)?(?:达到|达|增至|增加到|为)?了?$"),
    Rule("party_groups", ("党小组总数达到4个", "党小组数量增至5个"), GROUPS,
         before=r"党小组(?:总数|数量|个数)(?:已|已经)?(?:达到|达|增至|增加到|为)?了?$"),
    Rule(None, ("新建党支部1个", "今年新成立2个党支部", "新设党小组1个", "年内新增1个党小组"), GROUPS,
         before=r"(?:新建|新成立|新组建|新设立?|增设|新增)(?:了)?(?:[^，,。；;\d]{0,6}?(?:支部|党小组))?$", name="branches newly set up"),
    Rule("party_groups", ("支部下设4个党小组", "党总支下设六个党小组"), GROUPS, after=r"^[^，,。]{0,6}?党小组"),
    # (a form's label may name the count: "党小组数：4个", "党支部数量 3个")
    Rule("party_groups", ("党小组3个", "党小组个数：5个"), GROUPS, before=r"党小组(?:数|个数|数量)?$"),
    # branches named for an honour are no count of the school's branches: "1个支部入选省级样板党支部",
    # "授予第一党支部等3个党支部“先进党支部”称号"
    Rule(None, ("1个支部入选省级样板党支部", "授予第一党支部等3个党支部“先进党支部”称号", "2个党支部被评为区先进党支部",
                "各支部中，2个获评“四星级党支部”"), GROUPS,
         # (the branches may be named before: "5个党支部中，2个获评…")
         after=r"^(?:[^，,。]{0,6}?支部(?:[^，,。]{0,4}?(?:入选|被评为|评为|获评|荣获|获得|被授予|被命名为)|"
               r"[^，,。]{2,20}?称号)|(?:个)?(?:入选|被评为|评为|获评|荣获|获得|被授予|被命名为))", name="branches honoured"),
    # nor are branches a meeting commends or rewards for a prize they won: "对获奖的3个支部进行了表彰"
    Rule(None, ("对知识竞赛中获奖的3个支部进行表彰", "为表现突出的两个党支部颁发流动红旗"), GROUPS,
         before=r"(?:获奖|获胜|优胜|表现突出|成绩突出|受表彰|受到表彰)的$", name="branches honoured"),
    Rule(None, ("会上对4个党支部进行了表彰", "对两个支部予以通报表扬"), GROUPS,
         after=r"^[^，,。]{0,6}?支部(?:进行了?|予以|给予)(?:通报)?(?:表彰|表扬|奖励)", name="branches honoured"),
    # branches that do something together are the ones named before, maybe of other bodies: "两个支部联合开展主题党日"
    Rule(None, ("两个支部联合开展主题党日活动", "三个党支部共同举办读书会"), GROUPS,
         after=r"^[^，,。]{0,6}?支部(?:联合|共同|一起|携手|一同)", name="branches acting together"),
    # the members of a committee elected are no honour, nor any count of the indicators: "换届选举，选出新一届支委会5人"
    Rule(None, ("支部完成换届，选出新一届支委会5人", "大会选举产生支部委员3名"), frozenset({"人", "名", "位"}),
         before=r"(?:选出|选举产生|选举出|选举|当选)了?(?:新一届)?[^，,。；;\d]{0,8}?(?:支委会|支委|支部委员|党委委员|委员会|"
                r"委员|班子成员)(?:成员)?$", name="a committee elected"),
    # branches a committee guides or urges to do something are those it does that with: "党委指导5个党支部开展自查"
    Rule(None, ("党委指导5个党支部开展自查", "党总支督促3个支部完成整改"), GROUPS,
         before=r"(?:指导|督促|督导|推动|帮助|要求)$", after=r"^[^，,。]{0,6}?支部[^，,。；;]{0,4}?(?:开展|完成|制定|落实|做好|建立|进行)",
         name="branches guided"),
    # branches whose business is done ("完成2个支部的换届工作") are some of them, not how many there are
    # (but not the branches whose members are counted next: "全校3个党支部的98名党员")
    Rule(None, ("全年完成2个支部的换届选举", "指导3个党支部的组织生活会", "上半年指导4个党支部换届改选"), GROUPS,
         # (the window ends where the next count begins; the branches' members are all theirs: "所属4个支部的全体党员")
         after=r"^[^，,。]{0,6}?支部的(?!$|(?:全体|所有)?(?:在职)?党员|(?:书记|副书记|委员|支委))|^[^，,。]{0,6}?支部(?:换届|改选|选举)",
         name="branches whose business is done"),
    # the branches a body is made of are counted by it, whoever of them then acts: "党委下辖的5个支部书记逐一述职"
    # (or all the school's: "全校8个党支部的书记、委员共32人参加培训")
    Rule("branches", ("党总支下设的3个支部书记依次作述职报告", "党委下辖的5个党支部书记逐一述职", "学校党委下属6个党支部书记依次述职",
                      "全校7个党支部的书记、委员参加培训"),
         GROUPS, before=r"(?:下设|下辖|下属|全校|全园|所属)的?$", after=r"^[^，,。]{0,6}?(?<!团)支部的?(?=书记|副书记|委员|支委)"),
    # (or the school's branches, whose secretaries all report on their year's work at a 述职 meeting: "全校4个党支部书记
    # 逐一上台述职"; without the school's name, some of them may be meant: "3个支部书记作交流发言")
    Rule("branches", ("全校4个党支部书记逐一上台述职", "学校6个支部书记依次作抓党建工作述职"), GROUPS,
         before=r"(?:学校|全校|本校|我校|党委|党总支)(?:的|所有|全部)?$",
         after=r"^[^，,。]{0,6}?(?<!团)支部书记[^，,。]{0,12}?述职"),
    # (or, the school's committee named holding the 述职 meeting in the clause before, its branches' secretaries who report
    # one by one: "学校党委召开抓党建述职评议会，5个党支部书记逐一述职")
    Rule("branches", ("学校党委召开抓党建述职评议会，5个党支部书记逐一述职",), GROUPS,
         frame=r"(?:党委|党总支)召开[^。；;]{0,40}?述职[^。；;，,]{0,10}[，,]\s*$", before=r"^$",
         after=r"^[^，,。]{0,6}?(?<!团)支部书记(?:逐一|依次|分别|先后)[^，,。]{0,8}?述职"),
    # (or the branches' secretaries the committee's secretary signed the year's pledges with, one with each: "党委书记与4个
    # 党支部书记签订责任书")
    Rule("branches", ("党委书记与4个党支部书记分别签订责任书",), GROUPS,
         before=r"(?:党委|党总支)书记(?:分别)?与$", after=r"^[^，,。]{0,6}?(?<!团)支部书记[^，,。]{0,6}?签订"),
    # (not the branches some people came from, which need not be all of them: "来自3个党支部的40名党员参加了比赛"; the whole
    # school's are: "来自全校5个党支部的…")
    Rule(None, ("来自3个党支部的40名党员参加了比赛",), GROUPS, before=r"来自$", name="branches people came from"),
    Rule("branches", ("下设初中支部、高中支部、退休支部三个党支部", "党委下辖5个在职支部", "另有1个离退休支部"), GROUPS,
         # (not brands the branches have: "培育了“红烛”等4个支部党建品牌")
         after=r"^[^，,。]{0,6}?(?<!团)支部(?!书记|委员|副书记|党建品牌|品牌)"),
    # (not things of a branch counted after it, their noun after the count: "党支部为12个党员先锋岗挂牌")
    Rule("branches", ("党支部3个", "党支部数量：2个"), GROUPS, before=r"(?<!团)党?支部(?:数|个数|数量)?$",
         not_after=r"^[“\"]?(?:党员|[^，,。；;\d]{0,6}?(?:岗|责任区))"),
]
