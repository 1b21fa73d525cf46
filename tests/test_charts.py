"""Chart builders: assertions on the plotly figures they return."""

import pandas as pd

from dashboard import charts, theme
from dashboard.i18n import format_value


def coverage_frame():
    return pd.DataFrame(
        {
            "school_id": [1, 1, 2],
            "name_zh": ["菁华小学校", "菁华小学校", "宁化一中"],
            "name_en": [None, None, "Ninghua No. 1 Middle School"],
            "indicator_id": ["members_full", "party_lectures", "members_full"],
            "indicator_zh": ["正式党员", "党课", "正式党员"],
            "indicator_en": ["Full party members", "Party lectures", "Full party members"],
            "years_with_data": [2, 1, 3],
            "years": [[2019, 2020], [0], [2019, 2020, 2021]],
        }
    )


def test_coverage_heatmap_is_school_by_indicator():
    fig = charts.coverage_heatmap(coverage_frame(), "zh")
    heat = fig.data[0]
    assert heat.type == "heatmap"
    assert list(heat.y) == ["宁化一中", "菁华小学校"]
    assert list(heat.x) == ["正式党员", "党课"]  # most covered indicator first
    assert heat.z[0][0] == 3 and heat.z[1][1] == 1
    assert pd.isna(heat.z[0][1])  # no data is empty, not zero
    assert fig.layout.title.text == "数据覆盖：学校 × 指标"


def test_each_coverage_cell_with_data_can_be_clicked_and_names_its_school():
    """Plotly's selection skips heatmaps: each cell with data has a marker over it carrying the cell's
    years, its count and its school's id (last, as a click on a bar has)."""
    fig = charts.coverage_heatmap(coverage_frame(), "zh")
    cells = fig.data[1]
    assert cells.type == "scatter" and cells.mode == "markers"
    assert fig.data[0].hoverinfo == "skip"  # the marker shows the cell's hover
    found = {(y, x): tuple(c) for x, y, c in zip(cells.x, cells.y, cells.customdata, strict=True)}
    assert found == {("宁化一中", "正式党员"): ("2019, 2020, 2021", 3, 2),
                     ("菁华小学校", "正式党员"): ("2019, 2020", 2, 1),
                     ("菁华小学校", "党课"): ("无年份", 1, 1)}


def test_coverage_heatmap_speaks_english():
    fig = charts.coverage_heatmap(coverage_frame(), "en")
    assert "Ninghua No. 1 Middle School" in fig.data[0].y
    assert "Jinghua Primary School" in fig.data[0].y  # no English name stored: its Chinese name read in English
    assert "Full party members" in fig.data[0].x
    assert fig.layout.title.text.startswith("Coverage")
    assert any("undated" in c[0] for c in fig.data[1].customdata)


def test_region_bars_carry_their_region_for_a_click_and_name_the_unknown_one():
    counts = pd.DataFrame({"region": ["重庆市", "<b>福建省</b>", None], "schools": [5, 2, 7], "figures": [40, 9, 30]})
    fig = charts.region_bars(counts, "地区", "zh")
    bars = fig.data[0]
    assert list(bars.y) == ["重庆市", "&lt;b&gt;福建省&lt;/b&gt;", "地区不详"]
    assert list(bars.x) == [5, 2, 7]
    assert [c[-1] for c in bars.customdata] == ["重庆市", "<b>福建省</b>", ""]  # the filter's value, unescaped
    assert fig.layout.title.text == "各地区有数据的学校"
    english = charts.region_bars(counts, "Region", "en").data[0]
    assert english.y[0] == "Chongqing" and english.y[-1] == "Region unknown"  # a place in English, as written there
    assert english.customdata[0][-1] == "重庆市"  # the filter's value as stored


def test_empty_coverage_is_an_empty_figure():
    assert len(charts.coverage_heatmap(coverage_frame().iloc[0:0], "zh").data) == 0


def test_format_value_shows_the_qualifier():
    assert format_value(40, "at_least") == "40+"
    assert format_value(40, "approx") == "≈40"
    assert format_value(40, "at_most") == "≤40"
    assert format_value(1200, "exact") == "1,200"
    assert format_value(2.5, "exact") == "2.5"


def test_format_year_span():
    import pandas as pd

    from dashboard.i18n import format_year_span

    assert format_year_span(2016, 2021) == "2016–2021"
    assert format_year_span(2019, 2019) == "2019"
    assert format_year_span(pd.NA, pd.NA) == "—"
    assert format_year_span(None, 2020) == "—"


def compare_frame():
    return pd.DataFrame({
        "school_id": [3, 1, 2],
        "name_zh": ["宁化一中", "菁华小学校", "育英小学"],
        "name_en": [None, None, None],
        "level": ["middle", "primary", "primary"],
        "region_top": ["宁化县", "重庆市", "重庆市"],
        "value": [40.0, 10.0, 25.0],
        "qualifier": ["at_least", "exact", "approx"],
        "ref_year": [2021, 2021, None],
        "period_label": [None, None, "现有"],
        "members": [20.0, None, 50.0],
    })


def test_compare_bars_are_sorted_with_qualifiers_and_school_colours():
    from dashboard import theme

    fig = charts.compare_bars(compare_frame(), "志愿服务次数", "zh")
    ys = [y for trace in fig.data for y in trace.y]
    assert set(ys) == {"宁化一中", "菁华小学校", "育英小学"}
    assert list(fig.layout.yaxis.categoryarray) == ["菁华小学校", "育英小学", "宁化一中"]  # largest on top
    bar = next(trace for trace in fig.data if "宁化一中" in trace.y)
    assert bar.text == ("40+ · 2021",) and bar.orientation == "h"  # the bars are of different years
    assert bar.marker.color == theme.school_color(3)
    approx = next(trace for trace in fig.data if "育英小学" in trace.y)
    assert approx.text == ("≈25 · 现有",)
    english = charts.compare_bars(compare_frame(), "Volunteer sessions", "en")
    # (育英小学 has no English name stored: its Chinese name is read in English)
    assert next(trace for trace in english.data if "Yuying Primary School" in trace.y).text == ("≈25 · current",)


def test_bars_of_one_year_carry_no_year():
    frame = compare_frame()
    frame["ref_year"] = [2021, 2021, 2021]
    fig = charts.compare_bars(frame, "志愿服务次数", "zh")
    assert sorted(text for trace in fig.data for text in trace.text) == ["10", "40+", "≈25"]


def test_compare_bars_by_region_share_colours():
    fig = charts.compare_bars(compare_frame(), "x", "zh", color_by="region")
    names = {trace.name for trace in fig.data}
    assert names == {"宁化县", "重庆市"}
    assert all(trace.showlegend for trace in fig.data)


def test_per_ten_members_leaves_out_unknown_membership():
    fig = charts.compare_bars(compare_frame(), "x", "zh", per10=True)
    values = {y: x for trace in fig.data for x, y in zip(trace.x, trace.y, strict=False)}
    assert values == {"宁化一中": 20.0, "育英小学": 5.0}
    assert "每10名党员" in fig.layout.xaxis.title.text


def test_small_multiples_one_panel_per_indicator():
    frames = {"党课": compare_frame(), "主题党日": compare_frame().iloc[:2]}
    fig = charts.small_multiples(frames, "zh")
    assert len(fig.data) == 2
    assert [a.text for a in fig.layout.annotations] == ["党课", "主题党日"]


def test_trend_lines_leave_gaps_and_dash_targets():
    df = pd.DataFrame({
        "school_id": [1, 1, 1, 1],
        "name_zh": ["菁华小学校"] * 4, "name_en": [None] * 4,
        "ref_year": [2018, 2019, 2021, 2022],
        "value": [5.0, 6.0, 8.0, 10.0],
        "qualifier": ["exact"] * 4,
        "is_target": [False, False, False, True],
        "source_kind": ["report"] * 4, "period_label": [None] * 4,
    })
    fig = charts.trend_lines(df, "党课", "zh")
    result = next(tr for tr in fig.data if tr.line.dash == "solid")
    assert list(result.x) == [2018, 2019, 2020, 2021, 2022]
    assert pd.isna(result.y[2])  # 2020: a gap, not a zero
    assert result.connectgaps is False
    target = next(tr for tr in fig.data if tr.line.dash == "dash")
    assert "目标" in target.name and target.y[-1] == 10.0


def test_composition_is_stacked():
    df = pd.DataFrame({
        "school_id": [1, 1, 1], "name_zh": ["菁华小学校"] * 3, "name_en": [None] * 3,
        "ref_year": [2021, 2021, 2021], "indicator_id": ["members_full", "members_probationary", "activists"],
        "value": [20.0, 3.0, 3.0], "qualifier": ["exact"] * 3,
    })
    fig = charts.composition_bars(df, "zh", {"members_full": "正式党员"})
    assert fig.layout.barmode == "stack"
    assert [tr.y[0] for tr in fig.data] == [20.0, 3.0, 3.0]
    assert fig.data[0].name == "正式党员"


def test_rates_are_labelled_with_their_cadence():
    df = pd.DataFrame({
        "school_id": [4], "name_zh": ["育英小学"], "name_en": [None], "indicator_zh": ["主题党日"],
        "indicator_en": ["Theme party days"], "cadence": ["month"], "value": [1.0], "qualifier": ["exact"],
    })
    fig = charts.rate_bars(df, "zh")
    assert fig.data[0].text == ("每月1",)
    assert charts.rate_bars(df, "en").data[0].text == ("1 per month",)


def test_composition_years_are_years_on_the_axis_even_when_one():
    """A panel of one year drew ticks at 2,017.6 … 2,018.4: plotly reads "2018" as a number unless the
    axis says its values are categories."""
    df = pd.DataFrame({
        "school_id": [1, 2], "name_zh": ["菁华小学校", "宁化一中"], "name_en": [None, None],
        "ref_year": [2018, 2021], "indicator_id": ["members_probationary", "members_full"],
        "value": [1.0, 30.0], "qualifier": ["exact"] * 2,
    })
    fig = charts.composition_bars(df, "zh")
    axes = [fig.layout[name] for name in fig.layout if name.startswith("xaxis")]
    assert len(axes) == 2 and all(axis.type == "category" for axis in axes)
    assert all(trace.width == 0.25 for trace in fig.data)  # one year: a quarter of its panel, not all of it


def test_small_counts_are_ticked_at_whole_numbers():
    """One probationary member was drawn against ticks 0.2, 0.4 … 0.8: a count's axis ticks whole
    numbers. Larger counts and fractions keep plotly's own ticks."""
    members = pd.DataFrame({
        "school_id": [1, 1, 2], "name_zh": ["菁华小学校", "菁华小学校", "宁化一中"], "name_en": [None] * 3,
        "ref_year": [2018, 2018, 2021], "indicator_id": ["members_full", "members_probationary", "members_full"],
        "value": [2.0, 1.0, 1.0], "qualifier": ["exact"] * 3,
    })
    fig = charts.composition_bars(members, "zh")
    y_axes = [fig.layout[name] for name in fig.layout if name.startswith("yaxis")]
    assert y_axes and all(axis.dtick == 1 for axis in y_axes)
    rates = pd.DataFrame({
        "school_id": [4, 5], "name_zh": ["育英小学", "菁华小学校"], "name_en": [None] * 2,
        "indicator_zh": ["集中学习", "主题党日"], "indicator_en": ["Group study", "Theme party days"],
        "cadence": ["week", "month"], "value": [1.0, 2.0], "qualifier": ["exact"] * 2,
    })
    assert charts.rate_bars(rates, "zh").layout.xaxis.dtick == 1
    assert charts.rate_bars(rates.assign(value=[0.5, 2.0]), "zh").layout.xaxis.dtick is None
    larger = members.assign(value=[20.0, 3.0, 31.0])
    assert all(fig.layout[name].dtick is None
               for fig in [charts.composition_bars(larger, "zh")] for name in fig.layout if name.startswith("yaxis"))


def test_rates_of_one_school_and_indicator_in_two_cadences_get_a_row_each():
    """Bars of five cadences grouped side by side left each bar a fifth of its row, with labels too
    small to read: each row has one bar, and a school's indicator stated in two cadences has two."""
    df = pd.DataFrame({
        "school_id": [4, 4, 5], "name_zh": ["育英小学", "育英小学", "菁华小学校"], "name_en": [None] * 3,
        "indicator_zh": ["集中学习", "集中学习", "主题党日"], "indicator_en": ["Group study"] * 2 + ["Theme party days"],
        "cadence": ["week", "term", "month"], "value": [1.0, 2.0, 1.0], "qualifier": ["exact"] * 3,
    })
    fig = charts.rate_bars(df, "zh")
    assert fig.layout.barmode == "overlay"
    rows = [y for trace in fig.data for y in trace.y]
    assert len(rows) == len(set(rows)) == 3
    assert {y for y in rows if y.startswith("育英小学")} == {"育英小学 · 集中学习（每周）", "育英小学 · 集中学习（每学期）"}
    assert "菁华小学校 · 主题党日" in rows  # one cadence: no cadence in its row's name
    assert all(trace.constraintext == "none" for trace in fig.data)  # labels at their own size
    assert fig.layout.xaxis.range[1] > 1.3 * 2.0  # and room for the longest bar's label


def test_awards_timeline_by_level_with_undated_last():
    from dashboard import theme

    df = pd.DataFrame({
        "year": [2019, None, 2016], "title": ["先进基层党组织", "优秀党员", "重庆市美丽校园"],
        "level": ["district", "school", "provincial"], "recipient": ["organization", "individual", "organization"],
    })
    fig = charts.awards_timeline(df, "zh")
    assert list(fig.layout.xaxis.categoryarray) == ["2016", "2019", "无年份"]
    colours = {tr.name: tr.marker.color for tr in fig.data}
    assert colours["省级"] == theme.AWARD_LEVEL_COLORS["provincial"]
    counts = charts.award_level_counts(df.groupby("level").size().reset_index(name="honours"), "zh")
    assert sum(tr.y[0] for tr in counts.data) == 3


def test_peer_dumbbell_on_a_log_scale():
    df = pd.DataFrame({"indicator_zh": ["正式党员"], "indicator_en": ["Full"], "value": [20.0], "qualifier": ["exact"],
                       "median": [40.0], "schools": [7]})
    fig = charts.peer_dumbbell(df, "菁华小学校", 1, "zh")
    assert fig.layout.xaxis.type == "log"
    assert fig.data[-1].x == (20.0,) and fig.data[-2].x == (40.0,)


def test_a_log_axis_labels_its_ticks_in_full():
    """Plotly labelled a log axis from 4 to 80 "4 5 6 7 8 9 10 2 3 4 …", the second decade's "2"
    meaning 20: the ticks are 1, 2 and 5 times powers of ten, each written out."""
    df = pd.DataFrame({"indicator_zh": ["党员总数", "志愿服务次数"], "indicator_en": ["Members", "Volunteering"],
                       "value": [4.0, 80.0], "qualifier": ["exact"] * 2, "median": [7.0, 30.0], "schools": [5, 5]})
    axis = charts.peer_dumbbell(df, "菁华小学校", 1, "zh").layout.xaxis
    assert list(axis.tickvals) == [2, 5, 10, 20, 50, 100]
    assert list(axis.ticktext) == ["2", "5", "10", "20", "50", "100"]
    wide = df.assign(value=[0.5, 1200.0])
    assert list(charts.peer_dumbbell(wide, "菁华小学校", 1, "zh").layout.xaxis.ticktext) == [
        "0.5", "1", "5", "10", "50", "100", "500", "1,000"]


def test_the_per_10_ranking_is_ranked_per_10_members_as_the_chart_is():
    from dashboard import tables

    frame = compare_frame()  # per 10 members: 宁化一中 40/20 -> 20.0, 育英小学 25/50 -> 5.0, 菁华小学校 unknown
    ranking = tables.ranking_table(frame, "zh", per10=True)
    assert list(ranking["学校"]) == ["宁化一中", "育英小学", "菁华小学校"]
    assert list(ranking["排名"]) == [1, 2, "—"]
    assert list(ranking["每10名党员"]) == ["20.0", "5.0", "—"]
    fig = charts.compare_bars(frame, "x", "zh", per10=True)
    assert list(fig.layout.yaxis.categoryarray)[::-1] == ["宁化一中", "育英小学"]  # the chart's order, top first
    per10 = tables.per10_frame(frame)
    assert list(per10["value"]) == [20.0, 5.0] and set(per10["schools_total"]) == {2}


def test_the_first_year_shown_is_the_latest_that_most_schools_report():
    from dashboard import tables

    years = pd.DataFrame({"ref_year": [2023, 2022, 2021, 2020], "schools": [2, 5, 5, 3]})
    assert tables.busiest_year(years) == 2022
    assert tables.busiest_year(pd.DataFrame({"ref_year": [2023, 2019], "schools": [1, 1]})) is None
    assert tables.busiest_year(pd.DataFrame({"ref_year": [], "schools": []})) is None


def test_side_by_side_panel_titles_fit_their_panels():
    long = "重庆市黔江区城东街道菁华实验小学校党总支部"  # 21 characters
    titles = charts.panel_titles([long, "甲中学", "Qianjiang District Jinghua Experimental Primary School"], 6, "zh")
    first = titles[0].split("<br>")
    assert len(first) == 2 and all(len(line) <= 8 for line in first) and first[1].endswith("…")
    assert titles[1] == "甲中学"
    assert all(len(line) <= 15 for line in titles[2].split("<br>"))  # Latin letters are half as wide
    assert charts.panel_titles(["<b>x</b>"], 1, "zh") == ["&lt;b&gt;x&lt;/b&gt;"]


def test_small_multiples_leave_room_for_each_panel_s_labels():
    frame = compare_frame()
    fig = charts.small_multiples({"甲": frame, "乙": frame.assign(value=frame["value"] * 3)}, "zh")
    for axis, top in ((fig.layout.xaxis, 40.0), (fig.layout.xaxis2, 120.0)):
        assert axis.range[1] >= 1.25 * top


def test_stacked_honours_show_each_school_s_total_above_its_stack():
    df = pd.DataFrame({"school_id": [1, 1, 2], "name_zh": ["甲中学", "甲中学", "乙小学"], "name_en": [None] * 3,
                       "level": ["national", "district", "district"], "honours": [2, 3, 1]})
    fig = charts.award_level_counts(df, "zh")
    bars = [trace for trace in fig.data if trace.type == "bar"]
    assert all(trace.textposition == "inside" for trace in bars)
    totals = next(trace for trace in fig.data if trace.type == "scatter")
    assert dict(zip(totals.x, totals.text, strict=True)) == {"甲中学": "5", "乙小学": "1"}
    assert fig.layout.yaxis.range[1] > 5


def test_compare_bars_leave_room_for_the_longest_bar_s_label():
    fig = charts.compare_bars(compare_frame(), "x", "zh")
    assert fig.layout.xaxis.range[0] == 0 and fig.layout.xaxis.range[1] >= 1.25 * 40


def many_schools(n: int) -> pd.DataFrame:
    return pd.DataFrame({
        "school_id": range(1, n + 1), "name_zh": [f"第{i}中学" for i in range(1, n + 1)], "name_en": [None] * n,
        "level": ["middle"] * n, "region_top": ["甲市"] * n, "value": [float(i) for i in range(1, n + 1)],
        "qualifier": ["exact"] * n, "ref_year": [2021] * n, "period_label": [None] * n, "members": [None] * n})


def test_more_schools_than_colours_are_the_top_ones_and_the_others_in_grey():
    palette = theme.SCHOOL_PALETTE
    fig = charts.compare_bars(many_schools(len(palette) + 6), "x", "zh")
    others = next(trace for trace in fig.data if trace.name == "其他学校")
    assert others.marker.color == theme.OTHER_COLOR and len(others.y) == 7  # the seven lowest
    named = [trace for trace in fig.data if trace.name != "其他学校"]
    assert len(named) == len(palette) - 1
    assert len({trace.marker.color for trace in named}) == len(named)  # no colour twice
    assert all(trace.showlegend for trace in fig.data)  # the legend says which bars are the others
    assert "第1中学" in others.y and f"第{len(palette) + 6}中学" in [trace.name for trace in named]


def test_schools_of_one_chart_never_share_a_colour():
    palette = theme.SCHOOL_PALETTE
    frame = many_schools(3)
    frame["school_id"] = [1, 1 + len(palette), 2]  # the first two have the same usual colour
    fig = charts.compare_bars(frame, "x", "zh")
    colors = {trace.y[0]: trace.marker.color for trace in fig.data}
    assert len(set(colors.values())) == 3
    assert colors["第3中学"] == theme.school_color(2)  # the highest keeps its usual colour
    assert not any(trace.showlegend for trace in fig.data)  # the names are on the axis


def test_trend_lines_of_one_chart_never_share_a_colour():
    palette = theme.SCHOOL_PALETTE
    df = pd.DataFrame({"school_id": [1, 1, 1 + len(palette), 1 + len(palette)], "name_zh": ["甲", "甲", "乙", "乙"],
                       "name_en": [None] * 4, "ref_year": [2020, 2021, 2020, 2021], "value": [3.0, 4.0, 5.0, 6.0],
                       "qualifier": ["exact"] * 4, "is_target": [False] * 4})
    fig = charts.trend_lines(df, "x", "zh")
    assert len({trace.line.color for trace in fig.data}) == 2


def test_schools_that_share_a_name_get_bars_of_their_own():
    """Two "第一中学" of different places are two bars, each named with its place; two in one place
    are told apart by their id; a school with a name of its own keeps it as it is."""
    df = compare_frame().assign(name_zh=["第一中学", "第一中学", "育英小学"])
    fig = charts.compare_bars(df, "正式党员", "zh")
    labels = [y for trace in fig.data for y in trace.y]
    assert set(labels) == {"第一中学（宁化县）", "第一中学（重庆市）", "育英小学"} and len(labels) == 3
    same_place = df.assign(region_top=["重庆市", "重庆市", "重庆市"])
    assert set(charts.school_names(same_place, "en")) == {
        "Yuying Primary School", "No. 1 Middle School (Chongqing) #1", "No. 1 Middle School (Chongqing) #3"}
    one_school = pd.DataFrame({"school_id": [7, 7], "name_zh": ["第一中学", "第一中学"], "name_en": [None, None]})
    assert list(charts.school_names(one_school, "zh")) == ["第一中学", "第一中学"]  # rows of one school


def test_a_school_the_report_did_not_name_reads_in_english():
    """The loader's placeholder for a report's unrecognised school, as stored (its brackets made
    ASCII by name normalisation or not), reads in English on English pages."""
    from etl.schools import unknown_school_name
    from etl.textnorm import clean_name

    for stored in (unknown_school_name("004_a1b2.txt"), clean_name(unknown_school_name("004_a1b2.txt"))):
        row = {"name_zh": stored, "name_en": None}
        assert charts.school_name(row, "en") == "Unrecognised school (004_a1b2.txt)"
        assert charts.school_name(row, "zh") == stored
    # a school's own name that starts like the placeholder is a name, read in English like any other
    assert charts.school_name({"name_zh": "未识别学校附属小学", "name_en": None}, "en") == \
        "Weishibie School Affiliated Primary School"


def test_english_labels_and_sources_are_punctuated_in_english():
    """Chinese pages keep Chinese punctuation; English ones use English colons, brackets and quotes,
    whatever language the quoted source is in."""
    from dashboard import tables

    row = {"source_kind": "report", "document": "a.txt", "evidence": "有正式党员20人", "year": None,
           "period_label": "现有", "review_status": "pending", "who": "王分析", "created_at": "2026-11-30 10:00"}
    assert tables.source_label(row, "zh") == "a.txt：「有正式党员20人」"
    assert tables.source_label(row, "en") == "a.txt: “有正式党员20人”"
    meta = tables.figure_meta(row, "en")
    assert meta.startswith("Year: current · ") and "：" not in meta
    assert "年份：现有" in tables.figure_meta(row, "zh")
    lines = charts.trend_lines(pd.DataFrame({
        "school_id": [1], "name_zh": ["甲小学"], "name_en": [None], "ref_year": [2020], "value": [5.0],
        "qualifier": ["exact"], "is_target": [True]}), "Party lectures", "en")
    assert lines.data[0].name == "Jia Primary School (target)"


def test_honours_of_one_level_are_not_one_wide_block():
    one = charts.award_level_counts(pd.DataFrame({"level": ["unknown"], "honours": [3]}), "en")
    assert [trace.width for trace in one.data] == [0.25]  # a quarter of the chart
    three = pd.DataFrame({"level": ["national", "district", "school"], "honours": [1, 2, 3]})
    assert {trace.width for trace in charts.award_level_counts(three, "en").data} == {0.75}
    many = pd.DataFrame({"level": list(theme.AWARD_LEVEL_ORDER), "honours": [1] * 6})
    assert {trace.width for trace in charts.award_level_counts(many, "en").data} == {0.8}  # plotly's usual


def test_the_english_problem_and_change_tables_head_every_column_alike():
    """The sheet problems table headed its columns "File", "row", "Column": each header is
    capitalised in English, and the row is 行 in Chinese."""
    from dashboard import tables

    problems = pd.DataFrame({"file": ["a.csv"], "row": [3], "column": ["value"], "reason": ["'x' is not a number"],
                             "suggestion": [""], "reason_zh": ["“x”不是数字"], "suggestion_zh": [""]})
    headers = list(tables.problems_table(problems, "en").columns)
    assert headers == ["File", "Row", "Column", "Problem", "Suggestion"]
    assert list(tables.problems_table(problems, "zh").columns)[1] == "行"
    changed = pd.DataFrame({"sheet_row": [2], "school": ["宁化一中"], "year": [2021], "indicator_id": ["members_full"],
                            "stored": [10.0], "stored_qualifier": ["exact"], "value": [12.0], "qualifier": ["exact"],
                            "source_kind": ["sheet"]})
    assert all(h[0].isupper() for h in tables.changed_table(changed, "en").columns)


def test_a_load_s_status_is_not_headed_as_a_review_status():
    """The batch history headed "committed" and "reverted" with "Review status" (审核状态): they say
    whether the load is in force."""
    from dashboard import tables

    batches = pd.DataFrame({"id": [2, 1], "kind": ["sheet", "report"], "file_name": ["a.csv", "b.txt"],
                            "status": ["committed", "reverted"], "figures": [4, 1], "honours": [0, 0],
                            "who": ["t", "t"], "created_at": ["2026-11-30 21:39:00"] * 2, "note": [None, None],
                            "reverts_batch": [None, None], "reverted_by": [None, None]})
    for lang, header, review in (("en", "Status", "Review status"), ("zh", "状态", "审核状态")):
        table = tables.history_batches_table(batches, lang)
        assert header in table.columns and review not in table.columns
    assert list(tables.history_batches_table(batches, "zh")["状态"]) == ["有效", "已撤销"]


def test_why_a_number_was_left_to_review_reads_in_each_language():
    from dashboard.tables import why_unassigned

    reasons = ["no rule", "noun and frame do not decide", "members who became full members",
               "a figure of another school", "a figure of a wider area", "a rate over several periods",
               "person-times of a head count"]
    for lang in ("zh", "en"):
        shown = [why_unassigned(r, lang) for r in reasons]
        assert len(set(shown)) == len(reasons) and why_unassigned("something new", lang) not in shown
    assert why_unassigned("a figure of another school", "en") == "May be another school's figure"
    assert why_unassigned(None, "zh") == "其他"


def test_every_reason_a_number_is_left_to_review_for_has_words_in_each_language():
    from dashboard.i18n import STRINGS
    from etl.extract import (
        _NOT_REVIEW,
        EACH_ONES_RATE,
        EXPECTED,
        IMPLAUSIBLE,
        ONE_DAYS_LENGTH,
        PLANNED,
        SEVERAL_KINDS,
        TABLES,
    )
    from etl.extract.owners import REASONS
    from etl.extract.people import FRAMES

    reasons = ({f.name for f in FRAMES if f.indicator is None} - _NOT_REVIEW) | set(REASONS) | {
        IMPLAUSIBLE, EXPECTED, PLANNED, SEVERAL_KINDS, ONE_DAYS_LENGTH, EACH_ONES_RATE} | {
        r.name for table in TABLES.values() for r in table.rules if r.review}
    assert "others beside people named" in reasons
    assert {"proposed, not yet decided", "a figure of another organization"} <= reasons
    assert sorted(r for r in reasons if f"why_{r}" not in STRINGS) == []
