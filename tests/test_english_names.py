"""A school's Chinese name read in English, for the English pages when no English name is stored."""

from __future__ import annotations

import pytest

from etl.english_names import school_name_en


@pytest.mark.parametrize(
    "name, english",
    [
        # its own name in pinyin, then its kind
        ("城南小学", "Chengnan Primary School"),
        ("青松实验小学", "Qingsong Experimental Primary School"),
        ("光明职业技术学校", "Guangming Vocational and Technical School"),
        ("菁华小学校", "Jinghua Primary School"),
        # places first, without their level words; an ordinal as No. N
        ("柳州市第十二中学", "Liuzhou No. 12 Middle School"),
        ("天水市一中", "Tianshui No. 1 Middle School"),
        ("重庆市沙坪坝区树人小学", "Chongqing Shapingba Shuren Primary School"),
        ("北湖区实验中学", "Beihu Experimental Middle School"),
        ("東城區第二實驗小學", "Dongcheng No. 2 Experimental Primary School"),  # traditional characters
        # a county's or a city's own school, named by its level alone
        ("县第一中学", "County No. 1 Middle School"),
        # roads and towns in a name; a school of a university; a section or campus
        ("樱花路小学", "Yinghua Road Primary School"),
        ("石桥镇中心小学", "Shiqiao Town Central Primary School"),
        ("南京师范大学附属小学", "Nanjing Normal University Affiliated Primary School"),
        ("九龙学校初中部", "Jiulong School Junior Section"),
        ("东风中学（初中部）", "Dongfeng Middle School (Junior Section)"),
        ("育才中学东校区", "Yucai Middle School East Campus"),
        # a name in Latin letters is kept; none is none
        ("Riverside School", "Riverside School"),
        (None, None),
    ],
)
def test_a_schools_chinese_name_reads_in_english(name, english):
    assert school_name_en(name) == english


def test_a_district_named_like_a_generic_word_is_a_place_when_the_gazetteer_knows_it():
    from etl.schools import split_region

    assert split_region("西城区实验小学").district == "西城区"
    assert split_region("老城区小学").district is None and split_region("城区小学").district is None


def test_a_city_named_like_a_generic_word_is_a_place_when_the_gazetteer_knows_it():
    from etl.schools import split_region

    assert split_region("成都市石室中学").city == "成都市"  # (ends like 都市, a metropolis)
    assert split_region("盐城市第一中学").city == "盐城市"  # (ends like 城市, a city)
    assert split_region("大城市小学").city is None


def test_a_town_whose_name_ends_in_shi_is_no_city():
    from etl.schools import split_region

    assert split_region("乐清市柳市镇第一中学").label == "乐清市"
    assert split_region("柳市镇中心小学").label is None
    assert split_region("温州市乐清市实验中学").label == "温州市乐清市"  # (a county-level city is one)


def test_an_english_bulletin_of_items_each_opened_by_another_school_names_no_one_school():
    from etl.extract import extract_text

    bulletin = ("Around the district\n• Maple School: members planted trees.\n• Cedar Primary School: 6 members visited a museum.\n")
    assert extract_text("b.txt", bulletin).document.school is None
    # (a report naming two schools in its prose is still one school's)
    report = "Party work\nMaple School held 4 party lectures with help from Cedar Primary School.\n"
    assert extract_text("r.txt", report).document.school is not None
