"""Chart builders: assertions on the plotly figures they return."""

import pandas as pd

from dashboard import charts
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
    assert "无年份" in heat.customdata[1][1]
    assert fig.layout.title.text == "数据覆盖：学校 × 指标"


def test_coverage_heatmap_speaks_english():
    fig = charts.coverage_heatmap(coverage_frame(), "en")
    assert "Ninghua No. 1 Middle School" in fig.data[0].y
    assert "菁华小学校" in fig.data[0].y  # falls back to the Chinese name
    assert "Full party members" in fig.data[0].x
    assert fig.layout.title.text.startswith("Coverage")
    assert "undated" in fig.data[0].customdata[1][1]


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
