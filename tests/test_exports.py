"""PNG and PowerPoint exports, rendered for real with kaleido on the system Chromium."""

from __future__ import annotations

import io
import subprocess
import zipfile

import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image, ImageChops

from dashboard import briefing, charts, exports, slides, theme, word
from dashboard.filters import Filters


def bar_chart(title: str = "正式党员人数") -> exports.Chart:
    fig = go.Figure(go.Bar(x=[20, 30], y=["云杉实验小学", "白桦中学"], orientation="h", text=["20", "30+"]))
    return exports.Chart("test", title, fig, pd.DataFrame({"学校": ["云杉实验小学"], "数值": [20]}),
                         subtitle="地区：重庆市", sources=exports.Sources(("甲报告.txt",), ("乙报表.csv",)),
                         summary="共有2所学校报告了正式党员。")


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


def _centre(shape) -> int:
    return shape.left + shape.width // 2


def test_the_deck_is_16_9_with_centred_boxes_and_no_repeated_title():
    from pptx import Presentation

    charts_ = [bar_chart("正式党员人数"), bar_chart("志愿服务次数")]
    pages = [slides.Slide(c.title, exports.to_png(exports.export_figure(c, "来源：1 份报告", "zh")),
                          "来源：1 份报告、1 份报表 · 生成于 2026-11-30", c.subtitle, tuple(c.sources.names()))
             for c in charts_]
    prs = Presentation(io.BytesIO(slides.deck("党建工作简报", "2026-11-30 · 全部学校", pages,
                                              ("图表：", "筛选条件：", "数据来源文件："))))
    width, height = prs.slide_width, prs.slide_height
    assert round(width / height, 3) == round(16 / 9, 3)
    assert len(prs.slides) == 3
    cover = prs.slides[0]
    assert cover.shapes.title.text == "党建工作简报"
    # the title box spans the 16:9 slide and is centred on it (the 4:3 template's ended at 70 %)
    for box in cover.placeholders:
        assert abs(_centre(box) - width // 2) < width * 0.01 and box.left + box.width <= width
    assert cover.shapes.title.width > 0.8 * width
    for page, chart in zip(list(prs.slides)[1:], charts_, strict=True):
        pictures = [s for s in page.shapes if s.shape_type == 13]
        assert len(pictures) == 1
        picture = pictures[0]
        assert abs(_centre(picture) - width // 2) < width * 0.01
        assert picture.left >= 0 and picture.top >= 0 and picture.left + picture.width <= width
        assert round(picture.width / picture.height, 2) == round(16 / 9, 2)
        texts = [s.text_frame.text for s in page.shapes if s.has_text_frame]
        assert chart.title not in texts  # the picture carries the title
        footer = next(s for s in page.shapes if s.has_text_frame and s.text_frame.text.startswith("来源"))
        assert footer.top >= picture.top + picture.height and footer.top + footer.height <= height
        notes = page.notes_slide.notes_text_frame.text
        assert chart.title in notes and "地区：重庆市" in notes
        assert "甲报告.txt" in notes and "乙报表.csv" in notes


def test_the_word_briefing_has_title_date_scope_and_each_chart_with_its_words():
    import datetime as dt

    from docx import Document

    charts_ = [bar_chart("正式党员人数"), bar_chart("志愿服务次数")]
    png = exports.to_png(exports.export_figure(charts_[0], "来源：1 份报告", "zh"))
    sections = [word.Section(c.title, png, c.summary, f"来源：{i} 份报告") for i, c in enumerate(charts_, start=1)]
    doc = Document(io.BytesIO(word.briefing("党建工作简报", dt.date(2026, 11, 30), "地区：重庆市", sections, "zh")))
    texts = [p.text for p in doc.paragraphs if p.text]
    assert texts == ["党建工作简报", "2026年11月30日", "范围：地区：重庆市",
                     "一、正式党员人数", "共有2所学校报告了正式党员。", "来源：1 份报告",
                     "二、志愿服务次数", "共有2所学校报告了正式党员。", "来源：2 份报告"]
    assert doc.core_properties.title == "党建工作简报"
    page = doc.sections[0]
    assert len(doc.inline_shapes) == 2
    for shape in doc.inline_shapes:  # each picture spans the text width, and no more
        assert shape.width == page.page_width - page.left_margin - page.right_margin
        assert round(shape.width / shape.height, 2) == round(16 / 9, 2)
    english = Document(io.BytesIO(word.briefing("Briefing", dt.date(2026, 11, 30), "All schools", sections, "en")))
    assert [p.text for p in english.paragraphs if p.text][:4] == [
        "Briefing", "30 November 2026", "Scope: All schools", "1. 正式党员人数"]


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
    assert made[0].subtitle == "全部学校"
    assert isinstance(made[-1].figure, go.Figure)
    for chart in made:  # every default chart knows its own sources and says what it shows
        assert chart.sources is not None and chart.sources.names(), chart.key
        assert chart.summary, chart.key


def test_filters_in_words():
    schools = pd.DataFrame({"school_id": [2], "name_zh": ["黔江区菁华小学校"], "name_en": [None]})
    words = briefing.filters_subtitle(Filters(regions=("重庆市",), schools=(2,), year_from=2019, year_to=2021),
                                      schools, "zh")
    assert words == "地区：重庆市 · 学校：黔江区菁华小学校 · 2019–2021"
    english = briefing.filters_subtitle(Filters(regions=("重庆市", "福建省"), levels=("primary",)), schools, "en")
    assert english == "Region: Chongqing, Fujian · School level: Primary"  # English punctuation in English


@pytest.mark.parametrize("reports, sheets, lang, text", [
    (3, 1, "zh", "来源：3 份报告、1 份报表 · "), (3, 1, "en", "Sources: 3 reports, 1 sheet · "),
    (0, 1, "zh", "来源：1 份报表 · "), (0, 1, "en", "Source: 1 sheet · "), (1, 0, "en", "Source: 1 report · "),
    (0, 2, "en", "Sources: 2 sheets · "),
])
def test_source_line_counts_in_words(reports, sheets, lang, text):
    assert exports.source_line(reports, sheets, lang).startswith(text)


def test_a_chart_s_source_line_counts_its_own_sources():
    chart = bar_chart()
    assert exports.chart_source_line(chart, (17, 1), "zh").startswith("来源：1 份报告、1 份报表")
    chart.sources = None  # not known: every source under the page's filters
    assert exports.chart_source_line(chart, (17, 1), "zh").startswith("来源：17 份报告、1 份报表")


def test_english_export_text_keeps_its_quotes():
    """Plotly prints `&quot;` as written: quotes stay quotes, while markup is still escaped."""
    chart = bar_chart("Members of <b>“Spruce”</b> School's branch")
    fig = exports.export_figure(chart, "Sources: 1 report", "en")
    texts = [a.text for a in fig.layout.annotations] + [fig.layout.title.text]
    assert any('"40+" at least 40' in text for text in texts)
    assert not any("&quot;" in text or "&#x27;" in text for text in texts)
    assert "&lt;b&gt;“Spruce”&lt;/b&gt; School's branch" in fig.layout.title.text


def test_an_exported_legend_stays_inside_the_image():
    """A legend of long names is given room right of the plot: nothing is drawn in the last 24 px."""
    names = ["Qianjiang District Jinghua Primary School No. 2", "Spruce Experimental Primary School"]
    fig = go.Figure([go.Scatter(x=[2019, 2020], y=[i, i + 3], name=n) for i, n in enumerate(names)])
    chart = exports.Chart("legend", "Full party members by year", fig, pd.DataFrame())
    image = Image.open(io.BytesIO(exports.to_png(exports.export_figure(chart, "Sources: 1 report", "en"))))
    edge = image.convert("L").crop((image.width - 48, 0, image.width, image.height))  # scale 2: 24 px
    assert min(edge.tobytes()) > 200
    wide = image.convert("L").crop((image.width // 2, 0, image.width - 48, image.height))
    assert min(wide.tobytes()) < 100  # the legend itself is drawn


def test_charts_escape_markup_in_labels():
    df = pd.DataFrame({"school_id": [1], "name_zh": ["<b>粗体</b>小学"], "name_en": [None], "level": ["primary"],
                       "region_top": ["x"], "value": [3.0], "qualifier": ["exact"], "ref_year": [2021],
                       "period_label": [None], "members": [None]})
    fig = charts.compare_bars(df, "x", "zh")
    assert fig.data[0].y[0] == "&lt;b&gt;粗体&lt;/b&gt;小学"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_briefing_of_the_default_charts_reads_back_in_its_language(con, lang):
    """The default charts of a built warehouse, through to the deck and the Word briefing: each chart
    has its slide and its section, with its own source line and its summary."""
    import datetime as dt

    from docx import Document
    from pptx import Presentation

    from dashboard import queries

    def query(read, **params):
        return getattr(queries, read.__name__)(con, **params)

    made = briefing.default_charts(query, Filters(), lang)
    page_counts = queries.source_counts(con, Filters())
    footers = [exports.chart_source_line(c, page_counts, lang, dt.date(2026, 11, 30)) for c in made]
    pngs = [exports.to_png(exports.export_figure(c, f, lang)) for c, f in zip(made, footers, strict=True)]
    for png in pngs:
        assert Image.open(io.BytesIO(png)).size == (3200, 1800)
    deck = Presentation(io.BytesIO(slides.deck("Briefing", "2026-11-30", [
        slides.Slide(c.title, png, f, c.subtitle, tuple(c.sources.names())) for c, png, f in zip(made, pngs, footers,
                                                                                                   strict=True)],
        ("Chart: ", "Filters: ", "Source files:"))))
    assert len(deck.slides) == len(made) + 1
    doc = Document(io.BytesIO(word.briefing("Briefing", dt.date(2026, 11, 30), made[0].subtitle, [
        word.Section(c.title, png, c.summary, f) for c, png, f in zip(made, pngs, footers, strict=True)], lang)))
    texts = [p.text for p in doc.paragraphs]
    for chart, footer in zip(made, footers, strict=True):
        assert chart.summary in texts and footer in texts
    english = lang == "en"
    assert all(("Source" in f) == english and ("来源" in f) == (not english) for f in footers)
    assert len(doc.inline_shapes) == len(made)


def test_warming_up_without_a_browser_is_quiet(monkeypatch):
    """asgi.py warms the renderer at server start; where exports cannot run it does nothing."""
    monkeypatch.setenv("PBD_BROWSER", "/nonexistent/chromium")
    monkeypatch.setattr(exports, "_server_started", False)
    assert exports.warm_up() is None


def test_long_slanted_bar_labels_end_above_the_footer():
    """Upright bars named by long school names: the labels slant and the bottom margin grows, so that
    a clear band separates them from the source line, and nothing reaches the image's bottom edge."""
    names = [f"{place}区第{n}实验小学附属幼儿园分校" for n, place in enumerate("东南西北中上下左右前", start=1)]
    honours = pd.DataFrame({"school_id": range(10), "name_zh": names, "name_en": [None] * 10,
                            "level": ["municipal", "district"] * 5, "honours": range(1, 11)})
    chart = exports.Chart("labels", "各校荣誉数量", charts.award_level_counts(honours, "zh"), pd.DataFrame())
    image = Image.open(io.BytesIO(exports.to_png(exports.export_figure(chart, "来源：10 份报告", "zh")))).convert("L")
    rows = [min(image.crop((0, y, image.width, y + 1)).tobytes()) > 200 for y in range(image.height)]
    assert all(rows[-16:])  # scale 2: the last 8 px are empty
    left = image.crop((0, 0, 16, image.height))
    assert min(left.tobytes()) > 200  # and the first label does not run off the left edge
    y = len(rows) - 16
    while rows[y]:  # up to the footer line
        y -= 1
    while not rows[y]:  # through it
        y -= 1
    band = 0
    while rows[y - band]:
        band += 1
    assert band >= 16  # at least 8 px of nothing between the lowest label and the footer
    assert not all(rows[y - band - 40:y - band])  # and the labels are drawn above it


def test_two_horizontal_bars_keep_a_page_s_thickness_in_the_picture():
    """The export's fixed height drew two schools as two bars each a third of the picture high."""
    fig = go.Figure(go.Bar(x=[20, 30], y=["云杉实验小学", "白桦中学"], orientation="h", marker_color="#1f77b4"))
    chart = exports.Chart("thin", "正式党员人数", fig, pd.DataFrame())
    image = render(exports.Chart(chart.key, chart.title, fig, chart.data)).convert("RGB")
    column = image.crop((image.width // 3, 0, image.width // 3 + 1, image.height))
    blue = [y for y in range(image.height) if column.getpixel((0, y)) == (0x1F, 0x77, 0xB4)]
    assert len(blue) > 0
    # two bars at scale 2: each about 0.8 x 64 px high, where each was 0.8 x 300 px
    assert 2 * 2 * 0.8 * exports.BAR_ROW * 0.9 < len(blue) < 2 * 2 * 0.8 * exports.BAR_ROW * 1.1
    import numpy as np

    many = go.Figure(go.Bar(x=np.arange(20), y=np.array([f"学校{i}" for i in range(20)]), orientation="h"))
    assert exports.export_figure(exports.Chart("many", "t", many, pd.DataFrame()), None).data[0].width is None
