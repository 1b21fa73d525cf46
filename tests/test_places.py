"""Places written in English, read as the gazetteer's units (etl.places.english_region)."""

from __future__ import annotations

import pytest

from etl.identity import place_of_row
from etl.places import Place, conflicts, english_region, place_given
from etl.schools import Region


@pytest.mark.parametrize(("text", "region"), [
    ("Jiaxing City", Region("浙江省", "嘉兴市", None)),
    ("Mengjin County", Region("河南省", "洛阳市", "孟津县")),
    ("Xuanhua District", Region("河北省", "张家口市", "宣化区")),
    ("Zhejiang Province", Region("浙江省", None, None)),
    # a county-level city is the district level, under its prefecture
    ("Kunshan City, Jiangsu Province", Region("江苏省", "苏州市", "昆山市")),
    # the parts may come in either order, joined by a comma or "of"
    ("Nanming District, Guiyang", Region("贵州省", "贵阳市", "南明区")),
    ("Xihu District of Hangzhou", Region("浙江省", "杭州市", "西湖区")),
    ("Haidian District, Beijing", Region("北京市", None, "海淀区")),
    ("Pudong New Area", Region("上海市", None, "浦东新区")),
    # the peoples an autonomous unit names, in English, are left out of its name
    ("Yanbian Korean Autonomous Prefecture", Region("吉林省", "延边朝鲜族自治州", None)),
    ("Guangxi Zhuang Autonomous Region", Region("广西壮族自治区", None, None)),
    # provinces whose usual English name is not their plain pinyin
    ("Inner Mongolia", Region("内蒙古自治区", None, None)),
    ("Shaanxi Province", Region("陕西省", None, None)),
    ("Shanxi Province", Region("山西省", None, None)),
    # an apostrophe between syllables is only spelling
    ("Xi'an", Region("陕西省", "西安市", None)),
    # cities whose usual English name is not their pinyin (the pinyin reads too)
    ("Harbin", Region("黑龙江省", "哈尔滨市", None)),
    ("Daoli District, Harbin", Region("黑龙江省", "哈尔滨市", "道里区")),
    ("Urumqi City", Region("新疆维吾尔自治区", "乌鲁木齐市", None)),
    ("Haerbin", Region("黑龙江省", "哈尔滨市", None)),
    # a city another shares the pinyin of only by a rare reading of one character (信 read "shen")
    ("Shenyang", Region("辽宁省", "沈阳市", None)),
    ("Xinyang", Region("河南省", "信阳市", None)),
    ("Lanzhou City", Region("甘肃省", "兰州市", None)),
    ("Yan'an", Region("陕西省", "延安市", None)),
])
def test_an_english_place_name_reads_as_the_unit_it_names(text, region):
    assert english_region(text) == region


def test_a_bare_name_is_the_widest_unit_it_can_be():
    # 长沙市 and 长沙县 (a county of it) both read "Changsha"; 贵阳市 and 桂阳县 (Hunan) both "Guiyang"
    assert english_region("Changsha") == Region("湖南省", "长沙市", None)
    assert english_region("Guiyang") == Region("贵州省", "贵阳市", None)
    # the level word says which
    assert english_region("Guiyang County") == Region("湖南省", "郴州市", "桂阳县")


@pytest.mark.parametrize("text", [
    "Suzhou City",  # 苏州市 (Jiangsu) and 宿州市 (Anhui)
    "Taizhou City",  # 台州市 (Zhejiang) and 泰州市 (Jiangsu)
    "Chaoyang District",  # in Beijing and in Changchun
    "New York",
    "Springfield County",
    "the district",
])
def test_a_name_no_single_unit_reads_as_gives_no_place(text):
    assert english_region(text) is None


def test_the_other_parts_of_a_name_settle_which_unit_is_meant():
    assert english_region("Chaoyang District, Beijing") == Region("北京市", None, "朝阳区")
    assert english_region("Chaoyang District, Changchun") == Region("吉林省", "长春市", "朝阳区")
    # parts that cannot be one place
    assert english_region("Xihu District, Guiyang") is None


def test_a_region_given_in_english_is_completed_like_a_chinese_one():
    assert place_given("Jiaxing City") == place_given("嘉兴市") == Place("浙江省", "嘉兴市", None)
    assert place_given("Nanming District") == Place("贵州省", "贵阳市", "南明区")
    # unread, it is kept as written, as before
    assert place_given("Suzhou City") == Place(None, "Suzhou City", None)


def test_a_district_merged_away_keeps_its_name_and_takes_its_municipality():
    # 闸北区 was merged into 静安区 in 2015: a school of it is in 上海市, and is not thereby in 静安区
    assert place_given("闸北区") == Place("上海市", None, "闸北区")
    assert place_given("北京市宣武区") == Place("北京市", None, "宣武区")
    assert place_of_row("闸北区第一中心小学", None) == Place("上海市", None, "闸北区")
    assert conflicts(place_of_row("闸北区第一中心小学", None), place_of_row("静安区第一中心小学", None))


@pytest.mark.parametrize("name, english", [
    ("重庆市", "Chongqing"), ("北京市朝阳区", "Chaoyang District, Beijing"), ("六安市", "Lu'an City"),
    ("陕西省", "Shaanxi"), ("山西省", "Shanxi"), ("内蒙古自治区", "Inner Mongolia"), ("广西壮族自治区", "Guangxi"),
    ("贵州省贵阳市南明区", "Nanming District, Guiyang City, Guizhou"), ("恩施土家族苗族自治州", "Enshi Prefecture"),
    ("长寿区", "Changshou District"), ("浦东新区", "Pudong New Area"), ("宁化县", "Ninghua County"),
    ("Hexi District", "Hexi District"), (None, None),
    # a city known in English by another name than its pinyin goes by it
    ("哈尔滨市", "Harbin City"), ("黑龙江省哈尔滨市道里区", "Daoli District, Harbin City, Heilongjiang"),
])
def test_a_place_in_english_is_its_pinyin_and_level_word(name, english):
    from etl.places import english_name

    assert english_name(name) == english
