"""Counts of people read by what they count and the frame they stand in (etl/extract/people.py).

Every sentence here is written for this test: the same constructions in other words and orders.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.extract import extract_file, extract_text


def read(text: str) -> list[tuple[str, float]]:
    return [(m.indicator, m.value) for m in extract_text("p.txt", text).metrics]


def candidates(text: str) -> list[float]:
    return [c.value for c in extract_text("p.txt", text).candidates]


@pytest.mark.parametrize(
    "text, expected",
    [
        # head counts, with modifiers and in other orders
        ("该校党总支在职党员45人。", ("members_total", 45)),
        ("学校现有党员教师27人。", ("members_total", 27)),
        ("全体党员共60余人参加了表彰会。", ("members_total", 60)),
        ("我园共有中共党员9名。", ("members_total", 9)),
        ("目前党支部拥有12名党员。", ("members_total", 12)),
        # N名党员 + an action: the people taking part, or nothing
        ("18名党员走进社区开展环境整治志愿服务。", ("volunteer_participants", 18)),
        ("暑假里，16位党员教师深入学生家中开展家访。", ("home_visits", 16)),
        # young teachers cultivated are mentored; staff something is applied for are helped
        ("三年来，党员骨干教师共培养青年教师23名。", ("teachers_mentored", 23)),
        ("两年来，党员教师开设示范课68节，指导青年教师31名。", ("teachers_mentored", 31)),
        ("支部为4名家庭困难教职工申请了困难补助。", ("staff_visited", 4)),
        # honoured members, several verbs and orders
        ("大会推选出本年度优秀党员6名。", ("awards_individual", 6)),
        ("会上表彰了本学年的7名优秀共产党员。", ("awards_individual", 7)),
        ("支部评出优秀党员三名。", ("awards_individual", 3)),
        ("对李某等9名荣获先进称号的同志进行了表彰。", ("awards_individual", 9)),
        ("4名同志分别获得区级优秀教师称号。", ("awards_individual", 4)),
        # people helped, the verb before or after the count
        ("全校有25名学生被列入结对帮扶对象。", ("students_assisted", 25)),
        ("党员们为11名孩子的家庭送去了米和油。", ("students_assisted", 11)),
        ("春节前慰问了8位老教师。", ("staff_visited", 8)),
        ("党员教师结对帮扶留守儿童30名。", ("students_assisted", 30)),
        ("退休教师12人接受了走访慰问。", ("staff_visited", 12)),
        # joining and applying
        ("今年有3名青年教师光荣加入中国共产党。", ("members_developed", 3)),
        ("全年共发展党员4名。", ("members_developed", 4)),
        ("本学期共有60名学生递交了入党申请书。", ("applicants", 60)),
        ("新确定入党积极分子5名。", ("activists", 5)),
        # volunteers
        ("此次活动共有党员志愿者35人参与。", ("volunteer_participants", 35)),
        ("组织了50余名师生志愿者清理河道。", ("volunteer_participants", 50)),
        # English
        ("A total of 26 people joined the volunteer team this spring.", ("volunteer_participants", 26)),
        ("The school now has 40 party members.", ("members_total", 40)),
        ("There are only three or four party members in the school.", ("members_total", 3)),
        ("They formed 12 pairs of mentors and apprentices.", ("mentoring_pairs", 12)),
        ("More than 30 teachers volunteered at the testing site.", ("volunteer_participants", 30)),
        ("The school has set up a party branch and two party groups.", ("branches", 1)),
    ],
)
def test_a_count_reads_as_what_it_counts(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "32位党员在党旗下过了集体政治生日。",  # members at an event: not a head count
        "两位同志的考察材料由支部书记宣读。",  # a phrase that refers back
        "每位党员联系2名学困生。",  # a per-person norm
        "其中党员12名。",  # a part of a total named before
        "党员、团员和少先队员代表共120多人参加了升旗仪式。",  # a mixed group
        "校领导、年级组长及全体中共党员教师共70余人参加培训。",  # a mixed group, its members named in full
        "Among them, 28 party members spoke at the meeting.",
    ],
)
def test_a_count_that_is_not_a_figure(text):
    assert not [i for i, _ in read(text) if i == "members_total"], read(text)


def test_an_unsure_count_is_a_review_candidate():
    text = "20名党员参加了红色教育基地的参观学习。"
    assert read(text) == []
    assert candidates(text) == [20]


@pytest.mark.parametrize("text", ["学校确定党员发展对象2人。", "会上共有6人作了交流发言，内容涉及党建工作。"])
def test_a_count_of_people_whose_noun_or_verb_is_unknown_stays_for_review(text):
    assert read(text) == []
    assert candidates(text) != []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("学校党支部共有党员32名（其中预备党员2名）。", [("members_total", 32), ("members_probationary", 2)]),
        ("由18名教师（其中12名党员）组成的志愿者队伍走进社区。", [("volunteer_participants", 18)]),
        ("支部评选出“优秀党员”8名。", [("awards_individual", 8)]),
        ("3名青年教师被确定为入党积极分子。", [("activists", 3)]),
        ("预备党员按期转正4名。", []),
        ("参与志愿服务的党员达35人次。", [("volunteer_participants", 35)]),
        ("老师们慰问了10户困难家庭。", []),  # whose homes: not said, so not a home visit
        # 人 with no noun names the people counted; what they did says what they are
        ("申请入党的12名教师中，其中4人被列为入党积极分子。", [("activists", 4)]),
        ("青年教师中已有3人向党组织递交了入党申请书。", [("applicants", 3)]),
        ("培养的积极分子里，今年有2人光荣地成为预备党员。", [("members_developed", 2)]),
        ("全校开展志愿服务活动，共有45人参加。", [("volunteer_participants", 45)]),
        ("会上，4名同志光荣地加入了中国共产党。", [("members_developed", 4)]),
        # the Youth League's members honoured are no party members honoured; serving, they are volunteers
        ("大会表彰了8名优秀团员和2名优秀团干部。", []),
        ("团委组织30名共青团员参加社区志愿服务。", [("volunteer_participants", 30)]),
        # pupils a verb serves are those served, not volunteers, whatever the service words after them
        ("志愿服务队三年累计服务学生6000余人次，志愿服务时长超过4000小时。",
         [("volunteer_beneficiaries", 6000), ("volunteer_hours", 4000)]),
        # the members said to do something all of them ("全部") are all the members
        ("学校设立党员先锋岗12个，28名党员教师全部亮身份、作承诺。", [("members_total", 28)]),
        # members of one kind are some of the members: no head count, but they may do something
        ("支部有男党员20名，女党员15名。", []), ("学校有少数民族党员5名。", []),
        ("20名女党员参加了社区志愿服务。", [("volunteer_participants", 20)]),
        # an aside between the noun and its count says what the noun covers
        ("支部党员（含预备党员）共35人。", [("members_total", 35)]),
        ("现有入党积极分子（含学生）12名。", [("activists", 12)]),
        ("学校党员数量达35人。", [("members_total", 35)]),
        # a breakdown (其中) runs on over commas, not past a semicolon
        ("全年开展学习活动30次，其中党课4次；开展志愿服务活动12次，参与党员160人次。",
         [("study_sessions", 30), ("party_lectures", 4), ("volunteer_sessions", 12), ("volunteer_participants", 160)]),
        # person-times are no head count
        ("本学期培训入党积极分子38人次。", []),
        # a norm for each member, then the total: the total is a figure
        ("每名党员结对帮扶2名学困生，累计帮扶学生80余名。", [("students_assisted", 80)]),
        # one person described is no count
        ("王老师是我校一名有着十年党龄的老党员。", []),
        ("张老师是本校一名有着二十年党龄的党员教师。", []),
        ("作为一名党员教师，她主动承担了毕业班的教学。", []),
        ("李老师是学校第二党支部的一名普通党员。", []),
        # teachers made members ("双培养") are admitted; members made key teachers, or put in a post, are not
        ("支部把4名骨干教师培养成党员，把6名党员培养成骨干教师，推荐3名党员教师走上中层岗位。",
         [("members_developed", 4)]),
        # people counted before what they did and its count are no head count; where they are is
        ("共有12名党员教师执教公开课12节。", [("demo_lessons", 12)]),
        ("学校有18名党员分布在4个党小组。", [("members_total", 18), ("party_groups", 4)]),
        # after a norm for each member, the whole membership's total is a figure
        ("每名党员帮扶2名学困生，全校25名党员共帮扶学困生50名。", [("members_total", 25), ("students_assisted", 50)]),
        # members on duty (值守) serve
        ("疫情期间，12名党员轮流值守校门。", [("volunteer_participants", 12)]),
        # staff who served are volunteers, and the members among them a part of them, not all the members
        ("本学期我校共有教职工60名参与志愿服务，其中党员教师25名。", [("volunteer_participants", 60)]),
        # the school's own part of a wider area's total is the school's
        ("2022年全镇中小学共发展党员12名，其中我校发展党员2名。", [("members_developed", 2)]),
        # (or the school named, its figures in the clauses after its name)
        ("东风小学党支部入选\n2023年，全区教育系统共有党员2860名。其中，东风小学党支部现有党员27名，全年发展党员2名。",
         [("members_total", 27), ("members_developed", 2)]),
        # and so is a count with only its year; a few years with their total are a period, no year
        ("2020—2022年发展党员情况：2020年2名，2021年1名，三年共发展党员3名。",
         [("members_developed", 2), ("members_developed", 1), ("members_developed", 3)]),
        # a clause that opens with a total of its own is no part of a breakdown before it
        ("党委下设5个党支部，其中教工支部4个、学生支部1个，共有党员120名，其中学生党员20名。",
         [("branches", 5), ("members_total", 120)]),
        # people who took part are volunteers of a service named before them or in their clause, not after a
        # semicolon
        ("支部开展固定党日活动4次，参与党员累计110人次；开展“主题党日+志愿服务”活动2次。",
         [("theme_party_days", 4), ("theme_party_days", 2)]),
        # a sum with no noun of its own is of the sentence's label
        ("党员人数：男9人，女14人，合计23人。", [("members_total", 23)]),
        # members who volunteered for a task, or signed up, are no head count
        ("疫情期间，学校15名党员教师主动请缨，下沉到3个社区。", []),
        # members who made home visits are no visits where a later clause counts the visits
        ("支部组织30名党员教师开展寒假家访，共走访学生家庭305户。", [("home_visits", 305)]),
    ],
)
def test_parts_quotes_designations_and_relative_clauses(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The school has 56 party members, including 6 probationary members.",
         [("members_total", 56), ("members_probationary", 6)]),
        ("Over 40 party members visited the homes of left-behind children.", [("home_visits", 40)]),
        ("Twelve outstanding party members were commended at the meeting.", [("awards_individual", 12)]),
        ("30 party members attended the meeting.", []),
        ("They helped 45 students from poor families.", [("students_assisted", 45)]),
        ("Five teachers submitted applications to join the party.", [("applicants", 5)]),
        # members doing something are no head count; a meeting of members counts no members
        ("Last term 14 party members paired up with 28 pupils from poor families.", [("students_assisted", 28)]),
        ("The branch held 3 party member conferences and 10 branch committee meetings.", []),
        ("The 44 party members of the kindergarten donated books to children in the mountains.",
         [("members_total", 44)]),
        ("About 80 percent of the 35 party members joined the reading club.", [("members_total", 35)]),
        # the teachers of a visit, and the members among them, are no head count of the school
        ("A total of 36 teachers, including 15 party members, visited 120 families.", [("home_visits", 120)]),
        ("In 2022, 7 students joined the party.", [("members_developed", 7)]),
        # a norm for each of them is no figure; the total after it is
        ("Each of the 22 party members visited at least 2 families, and in total 50 families were visited.",
         [("members_total", 22), ("home_visits", 50)]),
        # development targets have no indicator: not counted as activists
        ("So far 3 party activists have been listed as development targets.", []),
    ],
)
def test_english_counts_of_people(text, expected):
    assert read(text) == expected


EXTRACTION = Path(__file__).parent / "data" / "extraction"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("jinshan_service_day.txt", [("members_total", 28), ("members_probationary", 2),
                                     ("volunteer_participants", 25), ("volunteer_beneficiaries", 60),
                                     ("volunteer_sessions", 8), ("volunteer_beneficiaries", 500)]),
        ("nanshan_traditional.txt", [("branches", 4), ("members_total", 86), ("awards_individual", 10)]),
        ("riverside_lecture.txt", [("members_total", 36), ("theme_party_days", 6), ("volunteer_sessions", 3),
                                   ("volunteer_participants", 120), ("students_assisted", 40)]),
        ("hongxing_review_meeting.txt", [("member_reviews", 19), ("awards_individual", 5), ("members_developed", 2),
                                         ("activists", 3), ("theme_party_days", 12), ("study_sessions", 24)]),
        ("chengdong_home_visits.txt", [("home_visits", 45), ("home_visits", 160), ("students_assisted", 62)]),
        ("provincial_honour_news.txt", [("awards_individual", 2)]),
        ("huanghe_lei_feng_day.txt", [("volunteer_participants", 42), ("volunteer_beneficiaries", 60),
                                      ("members_total", 48), ("members_probationary", 3)]),
        ("taoyuan_kindergarten.txt", [("members_total", 14), ("party_groups", 2), ("awards_individual", 6),
                                      ("awards_individual", 3)]),
    ],
)
def test_whole_short_reports(name, expected):
    ex = extract_file(EXTRACTION / name)
    assert [(m.indicator, m.value) for m in ex.metrics] == expected


def test_the_year_of_a_report_that_opens_with_its_month():
    ex = extract_file(EXTRACTION / "chengdong_home_visits.txt")
    assert [m.year for m in ex.metrics] == [2022, 2022, 2022]


def test_honours_in_a_list_keep_their_own_levels():
    ex = extract_file(EXTRACTION / "taoyuan_kindergarten.txt")
    assert [(a.title, a.level) for a in ex.awards] == [
        ("区级骨干教师", "district"), ("市级教学比赛一等奖", "municipal"), ("市级示范幼儿园", "municipal"),
        ("区级文明单位", "district")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("学校现有教学班36个，学生1500余人，教职工120人，其中党员45人。", [("members_total", 45)]),
        # the members among the staff who came this year are not all the school's members
        ("今年，学校共接收新教师15名，其中中共党员6名。", []),
        ("开展交通志愿服务5次，参与党员86人次。", [("volunteer_sessions", 5), ("volunteer_participants", 86)]),
        ("志愿服务队共20人，其中党员12名。", [("volunteer_participants", 20)]),
    ],
)
def test_members_among_the_staff_and_among_a_team(text, expected):
    assert read(text) == expected


def test_members_who_went_out_to_a_place_right_after_a_service_is_told_are_its_volunteers():
    text = ("某某小学党员教师开展志愿服务\n4月23日，某某小学党支部联合社区开展“书香进社区”志愿服务活动。15名党员教师走进社区图书室，"
            "为社区儿童开展阅读指导。")
    assert [(m.indicator, m.value) for m in extract_text("n.txt", text).metrics] == [("volunteer_participants", 15)]
    # (not after an event of no service)
    text = "某某小学2023年工作总结\n支部开展主题党日活动。15名党员走进红色教育基地参观学习。"
    assert ("volunteer_participants", 15) not in [(m.indicator, m.value) for m in extract_text("n.txt", text).metrics]


def test_a_head_count_after_a_years_end_said_alone():
    found = [(m.indicator, m.value) for m in extract_text("r.txt", "某中学2023年工作总结\n年末党员总数达到120名。").metrics]
    assert found == [("members_total", 120)]


def test_applicants_reading_their_admission_form_are_no_head_count_and_go_to_review():
    text = "某某中学党支部召开发展党员大会\n大会上，两名入党申请人先后宣读了自己的入党志愿书，并谈了对党的认识。"
    found = extract_text("n.txt", text)
    assert [(m.indicator, m.value) for m in found.metrics] == []
    assert [(c.value, c.reason) for c in found.candidates] == [(2, "applicants at the meeting that admits them")]
    # (applicants counted so are a head count)
    found = extract_text("n.txt", "某某中学2023年党建工作总结\n目前支部有入党申请人两名。")
    assert [(m.indicator, m.value) for m in found.metrics] == [("applicants", 2)]
