"""School identity respects place: a table of pairs that must match, must not, or need a choice."""

from __future__ import annotations

import pytest

from etl.identity import Known, canonical, find, identify, is_generic, place_of_row
from etl.places import Place, conflicts, place_of
from etl.schools import SchoolIndex

# (a known school as stored, its region), (a name as a sheet or report writes it, its region), answer
PAIRS = [
    # the same school, written another way
    (("黔江区菁华小学校", None), ("菁华小学", None), "match"),
    (("菁华小学校", "重庆市黔江区"), ("黔江区菁华小学", None), "match"),
    (("宁化县第一中学", None), ("宁化一中", None), "match"),
    (("天水市第一中学", None), ("天水一中", None), "match"),
    (("北京市第四中学", None), ("北京四中", None), "match"),
    (("昆山市第二中学", None), ("江苏省昆山市第二中学", None), "match"),
    (("昆山市第二中学", None), ("第二中学", "江苏省苏州市昆山市"), "match"),
    (("昆山市第二中学", None), ("苏州市昆山市第二中学", None), "match"),
    (("上海市第一师范学校附属小学", None), ("上海市第一师范学校附属小学", None), "match"),
    (("上海市第一师范学校附属小学", None), ("上海市第一师范学校附小", None), "match"),
    (("重庆市巴南区第二中学", None), ("巴南区第二中学", None), "match"),
    (("重庆市沙坪坝区育英小学", None), ("育英小学", "沙坪坝区"), "match"),
    (("育英小学", "重庆市沙坪坝区"), ("重庆市沙坪坝区育英小学", None), "match"),
    (("黔江區菁華小學校", None), ("黔江区菁华小学校", None), "match"),
    (("宁化一中", None), ("寧化一中", None), "match"),
    (("Huaguoyuan No. 1 Primary School", None), ("Huaguoyuan No.1 Primary School", None), "match"),
    (("Chinese Opera School", None), ("chinese opera school", None), "match"),
    (("向峨小学", "都江堰市"), ("都江堰市向峨小学", None), "match"),
    (("沈阳市皇姑区大风车幼儿园", None), ("大风车幼儿园", "皇姑区"), "match"),
    (("文凯学校", "望江县"), ("文凯学校", "安徽省安庆市望江县"), "match"),
    (("西宁一小", "宣威市"), ("宣威市西宁一小", None), "match"),
    (("福州市鼓楼区实验小学", None), ("鼓楼区实验小学", "福州市"), "match"),
    (("庙坝镇中心校", None), ("庙坝镇中心校", "四川省"), "match"),
    (("金桥职业学校", "上海市浦东新区"), ("金桥职校", None), "match"),
    (("浦东新区金桥职校", None), ("金桥职业学校", "上海市"), "match"),
    (("余杭区临平职业高级中学", None), ("临平职高", "余杭区"), "match"),
    (("临平职业高中", "余杭区"), ("临平职业高级中学", None), "match"),
    # schools of different places, or with a different distinctive part
    (("昆山市第二中学", None), ("重庆市巴南区第二中学", None), "new"),
    (("昆山市第二中学", None), ("第二中学", "重庆市巴南区"), "new"),
    (("昆山市第二中学", None), ("上海市第二中学", None), "new"),
    (("昆山市第二中学", None), ("重庆市第二中学", None), "new"),
    (("昆山市第二中学", None), ("巴南区第二中学", None), "new"),
    (("上海市第一师范学校附属小学", None), ("北京市第一师范学校附属小学", None), "new"),
    (("黔江区菁华小学校", None), ("菁华小学", "北京市"), "new"),
    (("北京市朝阳区实验小学", None), ("长春市朝阳区实验小学", None), "new"),
    (("南京市鼓楼区实验小学", None), ("福州市鼓楼区实验小学", None), "new"),
    (("宁化县第一中学", None), ("清流一中", None), "new"),
    (("天水市第一中学", None), ("天水市第二中学", None), "new"),
    (("育英小学", "重庆市沙坪坝区"), ("育英小学", "北京市海淀区"), "new"),
    (("Huaguoyuan No. 1 Primary School", None), ("Huaguoyuan No. 2 Primary School", None), "new"),
    (("陈仓区特殊教育学校", None), ("渭滨区特殊教育学校", None), "new"),
    (("重庆市第一中学", None), ("北京市第一中学", None), "new"),
    (("西宁一小", "宣威市"), ("西宁市第一小学", None), "new"),
    (("黔江区菁华小学校", None), ("黔江区育才小学", None), "new"),
    (("金桥职业学校", "上海市浦东新区"), ("金桥职校", "江苏省"), "new"),
    (("金桥职业学校", None), ("金桥职业技术学校", None), "new"),
    # a generic name the place does not settle: the analyst chooses
    (("昆山市第二中学", None), ("第二中学", None), "choose"),
    (("上海市第一师范学校附属小学", None), ("第一师范学校附属小学", None), "choose"),
    (("福州市鼓楼区实验小学", None), ("实验小学", None), "choose"),
    (("上海市静安区第二中学", None), ("上海市第二中学", None), "choose"),
    (("实验小学", None), ("实验小学", "昆山市"), "choose"),
    (("Experimental Primary School", None), ("Experimental Primary School", None), "choose"),
]


def known(name: str, region: str | None, school_id: int = 1) -> Known:
    return Known(school_id, name, place_of_row(name, region))


@pytest.mark.parametrize("stored, written, answer", PAIRS, ids=[f"{w[0]}~{s[0]}" for s, w, _ in PAIRS])
def test_pairs(stored, written, answer):
    decision = identify(written[0], written[1], [known(*stored)])
    assert decision.kind == answer, decision.reason


def test_the_table_is_wide():
    assert len(PAIRS) >= 40
    assert {answer for _, _, answer in PAIRS} == {"match", "new", "choose"}


def test_two_schools_of_one_name_are_told_apart_by_place():
    schools = [known("育英小学", "重庆市沙坪坝区", 1), known("育英小学", "北京市海淀区", 2)]
    assert identify("育英小学", None, schools).kind == "choose"
    assert identify("育英小学", "海淀区", schools).school_id == 2
    assert identify("沙坪坝区育英小学", None, schools).school_id == 1


@pytest.mark.parametrize(
    "text, place",
    [
        ("昆山市", Place("江苏省", "苏州市", "昆山市")),
        ("重庆市巴南区", Place("重庆市", None, "巴南区")),
        ("宣威市", Place("云南省", "曲靖市", "宣威市")),
        ("朝阳区", Place(None, None, "朝阳区")),  # in Beijing and in Changchun: nothing is guessed
        ("北京市朝阳区", Place("北京市", None, "朝阳区")),
        ("福州市鼓楼区", Place("福建省", "福州市", "鼓楼区")),
        ("浦东新区", Place("上海市", None, "浦东新区")),
    ],
)
def test_places_are_completed_from_the_gazetteer(text, place):
    assert place_of(text) == place


def test_conflicts_are_levels_named_differently():
    assert conflicts(place_of("昆山市"), place_of("重庆市巴南区"))
    assert not conflicts(place_of("昆山市"), place_of("江苏省"))
    assert not conflicts(place_of("上海市"), place_of("静安区"))


@pytest.mark.parametrize("name, generic", [("第二中学", True), ("实验小学", True), ("第一师范学校附属小学", True),
                                           ("一中", True), ("城关小学", True), ("菁华小学校", False),
                                           ("庙坝镇中心校", False), ("Central Primary School", True)])
def test_generic_names(name, generic):
    assert is_generic(name) is generic


@pytest.mark.parametrize("stored, written", [("金桥职业学校", "金桥职校"), ("金桥职校", "金桥职业学校"),
                                             ("临平职高", "临平职业高级中学"), ("临平职业高中", "临平职高")])
def test_a_vocational_schools_short_name_finds_it_in_the_index(stored, written):
    index = SchoolIndex({stored: 7}, schools={7: (stored, None, None, None)})
    assert find(index, written).school_id == 7


def test_short_forms_read_in_full():
    assert canonical("宁化一中").short_core == "第一中学"
    assert canonical("师大附小").core == "师大附属小学"
