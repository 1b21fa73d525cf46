"""The overview's light charts (dashboard.light): the SVG the browser is sent, read back as XML."""

import json
import xml.etree.ElementTree as ET

import pandas as pd

from dashboard import light, theme
from tests.test_charts import coverage_frame

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # raises on anything that is not well-formed XML


def cells(root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    """The heatmap's cells with data, by (school, indicator) as their hover text names them."""
    out = {}
    for mark in root.iter(f"{SVG}rect"):
        if mark.get("data-pick") is not None:
            lines = mark.find(f"{SVG}title").text.split("\n")
            out[(lines[0].split("：", 1)[1], lines[1].split("：", 1)[1])] = mark
    return out


def test_each_cell_with_data_is_shaded_by_its_years_and_picks_its_school():
    root = parse(light.coverage_svg(coverage_frame(), "zh"))
    assert root.get("aria-label") == "数据覆盖：学校 × 指标"
    found = cells(root)
    assert set(found) == {("宁化一中", "正式党员"), ("菁华小学校", "正式党员"), ("菁华小学校", "党课")}
    assert {k: json.loads(m.get("data-pick")) for k, m in found.items()} == {
        ("宁化一中", "正式党员"): 2, ("菁华小学校", "正式党员"): 1, ("菁华小学校", "党课"): 1}
    # three years (the most) are the theme's colour; one year a third of the way from the lightest
    assert found[("宁化一中", "正式党员")].get("fill") == theme.PRIMARY
    assert found[("菁华小学校", "党课")].get("fill") == light._mix(light.LOW, theme.PRIMARY, 1 / 3)
    assert "2019, 2020, 2021" in found[("宁化一中", "正式党员")].find(f"{SVG}title").text
    assert "无年份" in found[("菁华小学校", "党课")].find(f"{SVG}title").text
    # a cell without data is drawn, faintly, and picks nothing
    empty = [r for r in root.iter(f"{SVG}rect") if r.get("fill") == light.EMPTY]
    assert len(empty) == 1 and empty[0].get("data-pick") is None
    # a cell can be reached with the keyboard and says what it is
    mark = found[("宁化一中", "正式党员")]
    assert mark.get("tabindex") == "0" and mark.get("role") == "link" and "宁化一中" in mark.get("aria-label")


def test_cells_are_laid_out_in_rows_of_schools_and_columns_of_indicators():
    found = cells(parse(light.coverage_svg(coverage_frame(), "zh")))
    x = {k: float(m.get("x")) for k, m in found.items()}
    y = {k: float(m.get("y")) for k, m in found.items()}
    assert y[("菁华小学校", "正式党员")] == y[("菁华小学校", "党课")] != y[("宁化一中", "正式党员")]
    assert x[("菁华小学校", "正式党员")] == x[("宁化一中", "正式党员")] < x[("菁华小学校", "党课")]  # most covered first


def test_the_heatmap_speaks_english():
    root = parse(light.coverage_svg(coverage_frame(), "en"))
    assert root.get("aria-label").startswith("Coverage")
    texts = "".join(root.itertext())
    assert "Ninghua No. 1 Middle School" in texts and "Full party members" in texts and "Years with data" in texts
    assert "：" not in texts and "undated" in texts  # English punctuation and words only


def test_names_are_written_as_text_never_as_markup():
    frame = coverage_frame()
    frame.loc[frame["school_id"] == 2, "name_zh"] = '<script>alert("x")</script> & 第一中学'
    svg = light.coverage_svg(frame, "zh")
    assert "<script>" not in svg
    root = parse(svg)
    assert not list(root.iter(f"{SVG}script"))
    assert any('<script>alert("x")</script> & 第一中学' in (t.text or "") for t in root.iter(f"{SVG}title"))


def test_long_names_are_cut_on_the_chart_and_whole_on_hover():
    frame = coverage_frame()
    long_name = "重庆市某某区某某街道某某社区某某某某某某某某某某某某某某某某某某某某实验小学校"
    frame.loc[frame["school_id"] == 1, "name_zh"] = long_name
    root = parse(light.coverage_svg(frame, "zh"))
    label = next(t for t in root.iter(f"{SVG}text") if t.find(f"{SVG}title") is not None
                 and t.find(f"{SVG}title").text == long_name)
    assert label.text.endswith("…") and len(label.text) < len(long_name)


def test_region_bars_pick_their_region_and_the_unknown_one_picks_nothing():
    counts = pd.DataFrame({"region": ["重庆市", "<b>福建省</b>", None], "schools": [4, 2, 1], "figures": [40, 9, 30]})
    root = parse(light.region_svg(counts, "地区", "zh"))
    assert root.get("aria-label") == "各地区有数据的学校"
    bars = list(root.iter(f"{SVG}rect"))
    assert [json.loads(b.get("data-pick")) if b.get("data-pick") else None for b in bars] == ["重庆市", "<b>福建省</b>", None]
    assert [b.get("fill") for b in bars] == [theme.PRIMARY, theme.PRIMARY, theme.OTHER_COLOR]
    widths = [float(b.get("width")) for b in bars]
    assert widths[0] == 2 * widths[1] == 4 * widths[2]  # drawn to scale
    assert "地区：地区不详" in bars[2].find(f"{SVG}title").text and "数据条数：30" in bars[2].find(f"{SVG}title").text
    english = parse(light.region_svg(counts, "Region", "en"))
    assert "Region unknown" in "".join(english.itertext()) and "Chongqing" in "".join(english.itertext())
    assert json.loads(next(english.iter(f"{SVG}rect")).get("data-pick")) == "重庆市"


def test_an_empty_view_draws_its_title_only():
    root = parse(light.coverage_svg(coverage_frame().iloc[0:0], "zh"))
    assert not list(root.iter(f"{SVG}rect")) and root.get("aria-label") == "数据覆盖：学校 × 指标"


def test_a_heatmap_of_many_indicators_grows_wider_and_keeps_its_scale_clear_of_the_cells():
    frame = coverage_frame()
    many = pd.DataFrame([{**frame.iloc[0].to_dict(), "indicator_id": f"i{n}", "indicator_zh": f"指标{n:02d}",
                          "indicator_en": f"Indicator {n}"} for n in range(40)])
    root = parse(light.coverage_svg(many, "zh"))
    width = float(root.get("viewBox").split()[2])
    marks = list(cells(root).values())
    right = max(float(m.get("x")) + float(m.get("width")) for m in marks)
    scale = next(r for r in root.iter(f"{SVG}rect") if (r.get("fill") or "").startswith("url("))
    assert len(marks) == 40 and right < float(scale.get("x")) < width  # every cell inside, the scale after them
