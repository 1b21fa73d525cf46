"""PNG and PowerPoint exports, rendered for real with kaleido on the system Chromium."""

from __future__ import annotations

import io
import subprocess
import zipfile

import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image, ImageChops

from dashboard import briefing, charts, exports, theme
from dashboard.filters import Filters


def bar_chart(title: str = "正式党员人数") -> exports.Chart:
    fig = go.Figure(go.Bar(x=[20, 30], y=["黔江区菁华小学校", "宁化一中"], orientation="h", text=["20", "30+"]))
    return exports.Chart("test", title, fig, pd.DataFrame({"学校": ["黔江区菁华小学校"], "数值": [20]}),
                         subtitle="地区：重庆市", sources=["001_ca4784f4f015ac9f.txt"])


def render(chart: exports.Chart) -> Image.Image:
    png = exports.to_png(exports.export_figure(chart, exports.source_line(3, 1, "zh"), "zh"))
    return Image.open(io.BytesIO(png))


def test_png_is_16_9_at_1600_px_scale_2():
    image = render(bar_chart())
    assert image.format == "PNG" and image.size == (3200, 1800)


def test_fontconfig_resolves_noto_cjk_for_chinese():
    family = subprocess.run(["fc-match", "-f", "%{family}", f"{theme.EXPORT_FONT}:lang=zh-cn"],
                            capture_output=True, text=True, check=True).stdout
    assert "Noto Sans CJK" in family


def title_band(image: Image.Image) -> Image.Image:
    return image.convert("L").crop((0, 60, 1800, 190))


def test_chinese_titles_are_drawn_with_glyphs_not_boxes():
    chinese = title_band(render(bar_chart("正式党员人数")))
    boxes = title_band(render(bar_chart("□□□□□□")))  # what missing glyphs would look like
    ink = sum(1 for p in chinese.tobytes() if p < 128)  # mode L: one byte per pixel
    assert ink > 2000  # the title is drawn
    difference = ImageChops.difference(chinese, boxes)
    assert sum(1 for p in difference.tobytes() if p > 64) > 2000  # and it is not boxes


def test_the_deck_has_a_title_slide_and_one_picture_per_chart(tmp_path):
    from pptx import Presentation

    charts_ = [bar_chart("正式党员人数"), bar_chart("志愿服务次数")]
    slides = [(c, exports.to_png(exports.export_figure(c, "来源", "zh"))) for c in charts_]
    data = exports.deck("党建工作简报", "2026-11-22 · 全部学校", slides)
    prs = Presentation(io.BytesIO(data))
    assert round(prs.slide_width / prs.slide_height, 3) == round(16 / 9, 3)
    assert len(prs.slides) == 3
    assert prs.slides[0].shapes.title.text == "党建工作简报"
    for slide, chart in zip(list(prs.slides)[1:], charts_, strict=True):
        pictures = [s for s in slide.shapes if s.shape_type == 13]
        assert len(pictures) == 1
        assert slide.shapes.title.text == chart.title
        assert "001_ca4784f4f015ac9f.txt" in slide.notes_slide.notes_text_frame.text


def test_png_zip():
    archive = zipfile.ZipFile(io.BytesIO(exports.png_zip({"01.png": b"\x89PNG1", "02.png": b"\x89PNG2"})))
    assert archive.namelist() == ["01.png", "02.png"]


def test_a_missing_browser_is_explained(monkeypatch):
    monkeypatch.setenv("PBD_BROWSER", "/nonexistent/chromium")
    problem = exports.export_problem()
    assert "apt-get install chromium" in problem


def test_default_briefing_charts(con):
    from dashboard import queries

    def query(read, **params):  # a read of dashboard.reads, answered from the connection directly
        return getattr(queries, read.__name__)(con, **params)

    made = briefing.default_charts(query, Filters(), "zh")
    assert [c.key for c in made][:2] == ["compare:members_full", "compare:volunteer_sessions"]
    assert made[0].sources == ["001_ca4784f4f015ac9f.txt"]
    assert made[0].subtitle == "全部学校"
    assert isinstance(made[-1].figure, go.Figure)


def test_filters_in_words():
    schools = pd.DataFrame({"school_id": [2], "name_zh": ["黔江区菁华小学校"], "name_en": [None]})
    words = briefing.filters_subtitle(Filters(regions=("重庆市",), schools=(2,), year_from=2019, year_to=2021),
                                      schools, "zh")
    assert words == "地区：重庆市 · 学校：黔江区菁华小学校 · 2019–2021"


@pytest.mark.parametrize("lang, text", [("zh", "来源：3 份报告、1 份报表"), ("en", "Sources: 3 reports, 1 sheets")])
def test_source_line(lang, text):
    assert exports.source_line(3, 1, lang).startswith(text)


def test_charts_escape_markup_in_labels():
    df = pd.DataFrame({"school_id": [1], "name_zh": ["<b>粗体</b>小学"], "name_en": [None], "level": ["primary"],
                       "region_top": ["x"], "value": [3.0], "qualifier": ["exact"], "ref_year": [2021],
                       "period_label": [None], "members": [None]})
    fig = charts.compare_bars(df, "x", "zh")
    assert fig.data[0].y[0] == "&lt;b&gt;粗体&lt;/b&gt;小学"
