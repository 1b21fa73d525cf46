"""The sentences under each chart of the Word briefing, from small frames of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import summaries


def compare_rows(values, years, qualifiers=None, total=None) -> pd.DataFrame:
    names = ["甲中学", "乙小学", "丙中学", "丁小学"][:len(values)]
    return pd.DataFrame({
        "school_id": range(1, len(values) + 1), "name_zh": names,
        "name_en": ["Jia Middle School", "Yi Primary School", "Bing Middle School", "Ding Primary School"][:len(values)],
        "value": values, "qualifier": qualifiers or ["exact"] * len(values), "ref_year": years,
        "schools_total": total or len(values)})


@pytest.mark.parametrize("value, qualifier, unit, lang, words", [
    (40, "at_least", "people", "zh", "至少40人"),
    (40, "at_least", "people", "en", "at least 40 people"),
    (1, "exact", "people", "en", "1 person"),
    (1, "exact", "sessions", "zh", "1次"),
    (12.5, "approx", "hours", "en", "about 12.5 hours"),
    (3, "at_most", "person-times", "zh", "至多3人次"),
    (1200, "exact", "person-times", "en", "1,200 person-times"),
])
def test_a_value_is_written_with_its_qualifier_and_unit(value, qualifier, unit, lang, words):
    assert summaries.value_words(value, qualifier, unit, lang) == words


@pytest.mark.parametrize("n, lang, words", [(1, "en", "1 school"), (2, "en", "2 schools"), (1, "zh", "1所学校")])
def test_counts_take_plural_or_measure_word(n, lang, words):
    assert summaries.count_words(n, "school", lang) == words


def test_compare_names_the_highest_and_lowest_and_the_median():
    rows = compare_rows([30, 20, 10], [2021, 2021, 2021])
    zh = summaries.compare_summary(rows, "正式党员", "people", "zh")
    assert zh == "共有3所学校报告了正式党员。甲中学最高，为30人；丙中学最低，为10人。中位数为20人。"
    en = summaries.compare_summary(rows, "Full party members", "people", "en")
    assert en == ("3 schools report full party members. Jia Middle School has the highest, 30 people; "
                  "Bing Middle School the lowest, 10 people. The median is 20 people.")


def test_compare_gives_each_year_when_the_years_differ_and_says_when_only_the_top_is_shown():
    rows = compare_rows([25, 8], [2019, 2022], ["at_least", "exact"], total=7)
    zh = summaries.compare_summary(rows, "志愿服务次数", "sessions", "zh")
    assert zh.startswith("共有7所学校报告了志愿服务次数，图中为数值最高的2所。")
    assert "甲中学最高，为至少25次（2019年）" in zh and "乙小学最低，为8次（2022年）" in zh
    assert zh.endswith("各校最新数据的年份在2019年至2022年之间。")
    en = summaries.compare_summary(rows, "Volunteer sessions", "sessions", "en")
    assert en.startswith("7 schools report volunteer sessions; the chart shows the 2 highest.")
    assert "at least 25 sessions (2019)" in en and en.endswith("The latest figures date from 2019 to 2022.")


def test_one_school_is_one_sentence_in_the_singular():
    rows = compare_rows([1], [2021])
    assert summaries.compare_summary(rows, "Party branches", "branches", "en") == \
        "1 school reports party branches. Jia Middle School: 1 branch."


def trend_rows() -> pd.DataFrame:
    return pd.DataFrame({
        "school_id": [1, 1, 2, 2, 3], "name_zh": ["甲中学", "甲中学", "乙小学", "乙小学", "丙中学"],
        "name_en": ["Jia", "Jia", "Yi", "Yi", "Bing"], "ref_year": [2018, 2021, 2019, 2021, 2020],
        "value": [10, 25, 9, 7, 4], "qualifier": ["exact"] * 5, "is_target": [False] * 5})


def test_trend_counts_rises_and_falls_and_names_the_largest_change():
    zh = summaries.trend_summary(trend_rows(), "正式党员", "people", "zh")
    assert zh == ("图中为3所学校2018年至2021年的正式党员。有多年数据的2所学校中，1所上升，1所下降。"
                  "甲中学增幅最大，从2018年的10人增至2021年的25人。")
    en = summaries.trend_summary(trend_rows(), "Full party members", "people", "en")
    assert en == ("The chart shows full party members for 3 schools from 2018 to 2021. Of the 2 schools with more "
                  "than one year, 1 rose and 1 fell. Jia rose the most, from 10 people in 2018 to 25 people in 2021.")


def test_a_target_is_not_a_change():
    rows = trend_rows()
    rows.loc[1, "is_target"] = True  # 甲中学's 2021 figure is a plan, not a count
    zh = summaries.trend_summary(rows, "正式党员", "people", "zh")
    assert "甲中学" not in zh and "乙小学降幅最大" in zh


def test_honours_by_level_and_the_school_with_the_most():
    rows = pd.DataFrame({"school_id": [1, 1, 2], "name_zh": ["甲中学", "甲中学", "乙小学"],
                         "name_en": ["Jia", "Jia", "Yi"], "level": ["district", "national", "district"],
                         "honours": [2, 1, 1]})
    assert summaries.honours_summary(rows, "zh") == "2所学校共获得4项荣誉，其中国家级1项、区县级3项。甲中学最多，共3项。"
    assert summaries.honours_summary(rows, "en") == \
        "2 schools received 4 honours: 1 national, 3 district or county. Jia has the most, 3."
