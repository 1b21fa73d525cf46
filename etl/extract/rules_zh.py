"""Chinese rules: which indicator a quantity counts, read from the words around it.

Order matters (first match wins): exclusions, then the specific noun phrases, then frames, then
the general 党员 count. See rule.py for what `before`, `after` and `frame` see.
"""

from __future__ import annotations

from etl.extract.rule import Rule

PEOPLE = frozenset({"人", "名", "位", "个人"})
PERSON_TIMES = frozenset({"人次", "人", "名", "位", "个人"})
SESSIONS = frozenset({"次", "场", "回"})
LESSONS = frozenset({"节", "堂", "次", "场", "讲", "课时"})
GROUPS = frozenset({"个", "支"})
PAIRS = frozenset({"对", "份", "组"})
HOURS = frozenset({"小时", "个小时"})
PROJECTS = frozenset({"项", "个"})

STUDENTS = (r"(?:困难家庭学生|贫困学生|困难学生|留守学生|留守儿童|残疾儿童|残疾学生|送教学生|学困生|后进生|"
            r"贫困生|特困生|特殊生|困难生|学生|孩子|儿童|幼儿)")
STAFF = (r"(?:困难职工|困难教职工|退休教师|退休职工|离退休人员|退休人员|离休干部|老干部|老同志|老党员|困难党员|"
         r"生病党员|教职工|职工|教师|老师|干部|党员)")
HELP_VERBS = r"(?:帮扶|资助|救助|结对|关爱|慰问|走访|看望|探望|辅导|送教|助学|捐助|帮助)"
HONOUR_VERBS = r"(?:受到?|获得?|荣获|获评|被评为|评为|被授予|授予|当选为?|被命名为|被表彰为?)"
HONOUR_WORDS = r"(?:表彰|表扬|嘉奖|奖|称号|荣誉|先进|优秀|骨干|模范|标兵|名师|能手|带头人)"
PERSONS = r"(?:党员教师|党员干部|党员|教师|老师|同志|干部|名师|班主任)"

RULES: list[Rule] = [
    # --- numbers that are not indicators ---
    Rule(None, ("阅读:4847次", "浏览量 1200次"), before=r"(?:阅读|浏览|点击|访问|阅读量|浏览量|点击量)[:：]?\s*$",
         name="page views"),
    Rule(None, ("第2次会议",), before=r"第$", name="ordinal"),
    Rule(None, ("让每一位党员都得到成长",), before=r"每$", name="each one"),
    Rule(None, ("每位党员帮扶1名学生", "为每位入党积极分子明确一名党员联系人", "每组3人,由一名党员担任组长"),
         frame=r"(?:每(?:一)?(?:位|名|个|组|支|所|班|人)|人均)(?:[^，,。；;]{0,40}|[^。；;]{0,20})$",
         name="per-person or per-unit norm"),
    Rule(None, ("凡有正式党员3人以上的单位",), frame=r"凡[^，,。；;]*$", name="condition"),
    Rule(None, ("全校共有学生1200名", "现有教职工90人"),
         before=r"(?:全校|在校|现有|共有|招收|招生)[^，。]{0,4}(?:学生|在校生|教职工|教职员工|教师|老师|职工|幼儿|班级|教学班)$",
         name="enrolment and staff counts"),
    Rule(None, ("400余名学生中",), after=r"^(?:学生|在校生|教职工|教职员工|教学班|班级|个班)(?:中|里|$)", name="enrolment"),
    # --- membership ---
    Rule("member_reviews", ("民主评议党员20人",), PEOPLE, before=r"民主评议(?:党员)?$"),
    Rule("members_full", ("有正式党员20人", "正式党员人数为56人", "现有23名正式党员"), PEOPLE,
         before=r"正式党员(?:人数|总数)?$", not_before=r"(?:在职|退休|离退休)正式党员$"),
    Rule("members_full", ("现有23名正式党员",), PEOPLE, after=r"^正式党员"),
    Rule("members_probationary", ("预备党员3人", "其中预备党员4名"), PEOPLE, before=r"预备党员(?:人数)?$"),
    Rule("members_probationary", ("接收3名预备党员",), PEOPLE, after=r"^预备党员"),
    Rule("activists", ("入党积极分子3人", "确定积极分子5名"), PEOPLE, before=r"积极分子(?:人数)?$"),
    Rule("activists", ("培养8名入党积极分子",), PEOPLE, after=r"^(?:入党)?积极分子"),
    Rule("applicants", ("一千多名学生递交了入党申请书", "5名教师向党组织提交入党申请书"), PEOPLE,
         after=r"^[^，。]{0,12}?(?:递交|提交|写)了?入党申请书"),
    Rule("applicants", ("递交入党申请书的教师12人", "入党申请人9名"), PEOPLE,
         before=r"(?:入党申请人|入党申请书[^，。]{0,6})$"),
    Rule("members_developed", ("169名学生在中学发展为党员", "12名教师光荣加入中国共产党"), PEOPLE,
         after=r"^[^，。]{0,12}?(?:发展为|发展成为|吸收为|加入中国共产党|光荣入党|入党)"),
    Rule("members_developed", ("发展党员2名", "新发展党员3人", "发展新党员4名"), PEOPLE,
         before=r"(?:新?发展(?:了)?(?:新)?党员|新党员|吸收[^，。]{0,4}入党)$"),
    # --- honoured members (the honours themselves are read by awards.py) ---
    Rule("awards_individual", ("表彰优秀党员2名", "评选表彰优秀共产党员10名"), PEOPLE,
         before=r"(?:表彰|评选出?|评出)了?[^，。]{0,6}(?:优秀|先进)[^，。]{0,10}$"),
    Rule("awards_individual", ("授予陈万生等13名同志“优秀共产党员”荣誉称号",), PEOPLE,
         before=r"授予[^，。]{0,8}等$", after=rf"^{PERSONS}"),
    Rule("awards_individual",
         ("3名党员教师受市、区级先进个人表彰", "2名党员教师当选县、市骨干教师", "2名党员教师在市、区级优质课大中获一等奖",
          "12名党员被评为优秀共产党员"),
         PEOPLE, after=rf"^{PERSONS}[^，。]{{0,16}}?{HONOUR_VERBS}[^，。]{{0,20}}?{HONOUR_WORDS}"),
    # --- meetings, lectures, study ---
    Rule("org_life_meetings", ("专题组织生活会4次", "召开民主生活会2次"), SESSIONS,
         before=r"(?:组织生活会|民主生活会)$"),
    Rule("org_life_meetings", ("召开2次专题组织生活会",), SESSIONS, after=r"^(?:专题)?(?:组织生活会|民主生活会)"),
    Rule("special_meetings", ("师德师风建设专题会6次", "“以案四说”警示教育专题会4次", "开展警示教育3次"),
         SESSIONS, before=r"(?:专题会议?|警示教育(?:大会|会|活动)?|专题研讨会)$"),
    Rule("special_meetings", ("召开3次党风廉政建设专题会议",), SESSIONS,
         after=r"^[^，。]{0,10}?(?:专题会议?|警示教育(?:大会|会)?)"),
    Rule("party_lectures", ("开展集中上党课6次", "累计上思政课(专题党课)12节", "讲微党课10次"), LESSONS,
         before=r"党课$"),
    Rule("party_lectures", ("讲授3次专题党课", "讲授2堂党课"), LESSONS, after=r"^[^，。]{0,6}?党课"),
    Rule("theme_party_days", ("每月1次主题党日学习", "开展主题党日活动12次"), SESSIONS,
         before=r"主题党日(?:活动)?$"),
    Rule("theme_party_days", ("每月开展1次主题党日活动",), SESSIONS, after=r"^[^，。]{0,6}?主题党日"),
    Rule("study_sessions", ("组织集中学习24次", "理论中心组学习12次"), SESSIONS,
         before=r"(?:集中学习|理论学习|中心组学习|专题学习|学习活动|读书会|读书班)$"),
    Rule("study_sessions", ("每周1次开展红岩思政半小时", "每期1次榜样力量故事展播", "开展3次集中学习"), SESSIONS,
         after=r"^[^，。]{0,12}?(?:学习|思政|读书|宣讲|讲座|展播)"),
    # --- volunteering ---
    Rule("volunteer_beneficiaries", ("惠及特殊人群200余人次", "服务群众1000余人次"), PERSON_TIMES,
         before=r"(?:惠及|受益|服务(?:对象|群众|居民|人群|老人|师生)?|服务于)[^，。]{0,8}$"),
    Rule("volunteer_participants", ("170多名党团员志愿者", "120余名党员教师参与志愿服务"), PEOPLE,
         after=r"^[^，。]{0,8}?(?:志愿者(?!活动|服务)|(?:参与|参加)[^，。]{0,6}志愿)"),
    Rule("volunteer_participants", ("参与的党员志愿者达20人", "志愿者人数达50人", "参与党员志愿者达300余人次"),
         PERSON_TIMES, before=r"志愿者(?:人数|人次)?$"),
    Rule("volunteer_participants", ("由18名教师(其中12名党员)组成的志愿者队伍",), PEOPLE,
         after=r"^[^，。]{0,8}组成的?[^，。]{0,8}志愿(?:者|服务)"),
    Rule("volunteer_hours", ("志愿服务时长达500小时", "累计服务300小时"), HOURS,
         before=r"(?:志愿服务|服务)(?:时长|时间|时数)?$"),
    Rule("volunteer_hours", ("开展了300小时的志愿服务",), HOURS, after=r"^的?志愿服务"),
    Rule("volunteer_sessions", ("开展社区志愿服务10余次", "“礼让斑马线 文明我点赞”志愿服务活动40余次"),
         SESSIONS, before=r"志愿(?:服务|者)?(?:活动|服务)?$"),
    Rule("volunteer_sessions", ("不少于2次的党团员志愿者活动", "开展20余场志愿服务"), SESSIONS,
         after=r"^的?[^，。]{0,10}?志愿(?:服务|者)?(?:活动|服务)"),
    Rule("home_visits", ("完成送教上门30余人次", "开展家访120人次"), PERSON_TIMES | SESSIONS,
         before=r"(?:送教上门|送教|家访|入户家访|上门走访)$"),
    Rule("home_visits", ("家访学生200余人次",), PERSON_TIMES, before=r"家访[^，。]{0,6}$"),
    # --- mentoring and care ---
    Rule("mentoring_pairs", ("签定师徒结对帮扶协议40余份", "师徒结对18对"), PAIRS,
         before=r"(?:师徒结对|结对|师徒|青蓝结对|青蓝工程)[^，。]{0,8}$"),
    Rule("mentoring_pairs", ("结成15对师徒",), PAIRS, after=r"^(?:师徒|结对|青蓝)"),
    Rule("teachers_mentored", ("50余位年轻教师接受帮扶",), PEOPLE,
         after=r"^(?:年轻|青年|新入职|新进|新)教师[^，。]{0,8}?(?:接受|得到|获得)了?(?:帮扶|指导|培养|结对)"),
    Rule("teachers_mentored", ("帮扶青年教师12名", "培养年轻教师8人"), PEOPLE,
         before=r"(?:帮扶|培养|指导|带)(?:了)?(?:年轻|青年|新)教师$"),
    Rule("students_assisted", ("共帮扶贫困生、特殊生560余人次", "结对帮扶困难学生35名"), PERSON_TIMES,
         before=rf"{HELP_VERBS}[^，。]{{0,14}}{STUDENTS}$"),
    Rule("students_assisted", ("其中48名为送教学生",), PERSON_TIMES, after=r"^为?送教(?:学生|对象)"),
    Rule("students_assisted", ("为39名自愿参加“夏令营”的留守儿童开展为期10天的志愿服务活动",), PERSON_TIMES,
         frame=r"为$", after=rf"^[^，。]{{0,20}}?{STUDENTS}[^，。]{{0,6}}(?:开展|提供|送去|举办)"),
    Rule("students_assisted", ("此次走访慰问活动共走访困难教职工3人、留守儿童10名",), PERSON_TIMES,
         before=rf"{STUDENTS}$", frame=HELP_VERBS),
    Rule("students_assisted", ("走访慰问10名留守儿童",), PERSON_TIMES, after=rf"^{STUDENTS}", frame=HELP_VERBS),
    Rule("staff_visited", ("走访慰问困难职工4名", "此次走访慰问活动共走访困难教职工3人、退休教师6人、6位离休干部"),
         PEOPLE | frozenset({"人次"}), before=rf"{STAFF}$", frame=r"(?:走访|慰问|看望|探望)"),
    Rule("staff_visited", ("慰问了6位离休干部",), PEOPLE | frozenset({"人次"}), after=rf"^{STAFF}",
         frame=r"(?:走访|慰问|看望|探望)"),
    # --- teaching ---
    Rule("demo_lessons", ("上示范课12节", "开设公开课8节"), LESSONS, before=r"(?:示范课|公开课|观摩课|展示课)$"),
    Rule("demo_lessons", ("开设8节公开课", "上了12节示范课"), LESSONS, after=r"^(?:示范|公开|观摩|展示)课"),
    Rule("micro_lessons", ("录制“微课”200余节", "制作微课30节"), LESSONS, before=r"(?:微课|微课程|网课)$"),
    Rule("micro_lessons", ("录制20节微课",), LESSONS, after=r"^(?:微课|微课程|网课)"),
    Rule("research_projects", ("承担课题3项", "主持市级课题2项"), PROJECTS, before=r"课题$"),
    Rule("research_projects", ("主持3项市级课题",), PROJECTS, after=r"^[^，。]{0,6}?课题"),
    # --- organization ---
    Rule("party_groups", ("现下设3个党小组", "学校党支部下设五个党小组"), GROUPS, after=r"^[^，。]{0,6}?党小组"),
    Rule("party_groups", ("党小组3个",), GROUPS, before=r"党小组$"),
    Rule("branches", ("下设中学支部、小学支部、老干部支部三个党支部", "下辖3个在职支部", "1个退教支部"), GROUPS,
         after=r"^[^，。]{0,6}?(?<!团)支部(?!书记|委员|副书记)"),
    Rule("branches", ("党支部3个",), GROUPS, before=r"(?<!团)党?支部$"),
    # --- the general party-member count comes last ---
    # only a plain head count: "党员" right after the subject or a year, not "组长党员" or "退休党员"
    Rule("members_total", ("现有党员48名", "1997年党员60人", "2005年党员人数增加到138人", "学校党总支共有党员56人"),
         PEOPLE,
         before=r"(?:^|有|全体|拥有|支部|党总支|党委|党组织|全校|学校|年底?|年末|目前|现|共)(?:共产)?党员(?:人数|总数|总人数)?$"),
    Rule("members_total", ("有31名党员", "学校党支部将11名党员"), PEOPLE,
         after=r"^(?:中共|共产)?党员(?!教师|干部|志愿者|同志|代表|示范|先锋|服务|教职工|骨干|名师)",
         not_before=r"其中$"),
]
