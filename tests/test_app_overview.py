"""AppTest of the app shell and the Overview page."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from streamlit.testing.v1 import AppTest

APP = "../app.py"


@pytest.fixture
def app(built_db, monkeypatch):
    monkeypatch.setenv("PBD_DB", built_db)
    return AppTest.from_file(APP, default_timeout=30)


def light_charts(at) -> list[ET.Element]:
    """The page's light charts (dashboard.light), as the SVG the browser is sent."""
    return [ET.fromstring(json.loads(el.proto.json)) for el in at.get("bidi_component")]


SVG = "{http://www.w3.org/2000/svg}"


def row_names(svg: ET.Element) -> list[str]:
    """The full names of a light chart's rows: the hover text of its upright labels."""
    return [text.find(f"{SVG}title").text for text in svg.iter(f"{SVG}text")
            if text.get("text-anchor") == "end" and "rotate" not in (text.get("transform") or "")]


def column_names(svg: ET.Element) -> list[str]:
    """The full names of the heatmap's columns: the hover text of its slanted labels."""
    return [text.find(f"{SVG}title").text for text in svg.iter(f"{SVG}text") if "rotate" in (text.get("transform") or "")]


def picks(svg: ET.Element) -> list:
    return [json.loads(mark.get("data-pick")) for mark in svg.iter() if mark.get("data-pick") is not None]


def markdown_link(cell: str) -> str:
    return re.fullmatch(r"\[[^\]]*\]\((.*)\)", cell).group(1)


def test_overview_shows_kpis_heatmap_and_latest_table(app):
    at = app.run()
    assert not at.exception
    assert at.title[0].value == "党建指标看板"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["学校"] == "4" and metrics["报告"] == "5"
    assert int(metrics["指标数据"]) > 10
    heat = light_charts(at)[0]
    assert heat.get("aria-label") == "数据覆盖：学校 × 指标"
    assert "黔江区菁华小学校" in row_names(heat) and "正式党员" in column_names(heat)
    assert not at.get("plotly_chart")  # the first page waits for no plotly module
    # the briefing and the exports still draw the plotly figure
    assert at.session_state["briefing_views"]["coverage"].figure.data[0].type == "heatmap"
    table = at.table[0].value  # Markdown cells, written as plain text
    row = table[table["学校"] == "黔江区菁华小学校"].iloc[0]
    assert row["正式党员"] == "20"
    assert row["志愿服务次数"].endswith("\\+")  # "50+", its "+" kept from reading as a list


def test_overview_in_english(app):
    at = app.run()
    at.sidebar.radio[0].set_value("en").run()
    assert not at.exception
    assert at.title[0].value == "Party-Building Indicators"
    assert {m.label for m in at.metric} == {"Schools", "Reports", "Figures", "Years covered"}
    assert "Full party members" in column_names(light_charts(at)[0])


def school_id(db: str, name: str) -> int:
    from etl.warehouse import session

    with session(db) as con:
        return con.execute("SELECT id FROM schools WHERE name_zh = ?", [name]).fetchone()[0]


def test_school_filter_narrows_the_overview(app, built_db):
    at = app.run()
    school = at.sidebar.multiselect[2]
    assert "宁化一中" in school.options
    school.select(school_id(built_db, "宁化一中")).run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["学校"] == "1"
    assert row_names(light_charts(at)[0]) == ["宁化一中"]
    assert at.query_params["school"] == str(school.value[0])


def test_url_sets_the_filters(app, built_db):
    app.query_params["lang"] = "en"
    app.query_params["rlevel"] = "district"
    app.query_params["region"] = "宁化县"
    at = app.run()
    assert not at.exception
    assert at.sidebar.radio(key="f_region_level").value == "district"
    assert at.sidebar.multiselect[0].value == ["宁化县"]
    assert {m.label: m.value for m in at.metric}["Schools"] == "1"
    # in English the region reads as English texts write it; the filter keeps the stored name
    assert "Ninghua County" in at.sidebar.multiselect[0].options and at.query_params["region"] == "宁化县"


def test_regions_at_each_level(app, built_db):
    at = app.run()
    assert "福建省" in at.sidebar.multiselect[0].options  # 宁化县 is in 三明市, 福建省 (from the gazetteer)
    at.sidebar.radio(key="f_region_level").set_value("city").run()
    assert "三明市" in at.sidebar.multiselect[0].options
    at.sidebar.radio(key="f_region_level").set_value("district").run()
    regions = at.sidebar.multiselect[0]
    assert {"宁化县", "黔江区", "沙坪坝区"} <= set(regions.options)
    regions.select("黔江区").run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["学校"] == "1"
    assert at.query_params["rlevel"] == "district" and at.query_params["region"] == "黔江区"


def test_empty_warehouse_shows_what_to_do(db_path, monkeypatch):
    from etl.migrations import migrate
    from etl.warehouse import session

    with session(db_path) as con:
        migrate(con)
    monkeypatch.setenv("PBD_DB", db_path)
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "python -m etl build" in at.info[0].value


def test_missing_warehouse_is_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PBD_DB", str(tmp_path / "nowhere.duckdb"))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception and not at.error
    assert "python -m etl build" in at.info[0].value
    assert not (tmp_path / "nowhere.duckdb").exists()


@pytest.mark.parametrize("page", ["compare", "trends", "school", "evidence", "upload", "briefing"])
def test_every_page_runs(app, page):
    at = app.run()
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception


def test_a_year_range_counts_only_figures_in_it(rich_db, monkeypatch):
    from etl.warehouse import session

    with session(rich_db) as con:
        figures, schools, first, last = con.execute(
            "SELECT count(*), count(DISTINCT school_id), min(ref_year), max(ref_year) FROM current_facts "
            "WHERE ref_year BETWEEN 2014 AND 2020"
        ).fetchone()
    monkeypatch.setenv("PBD_DB", rich_db)
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["years"] = "2014-2020"
    at.run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert (int(metrics["指标数据"]), int(metrics["学校"])) == (figures, schools)
    assert (first, last) != (2014, 2020), "the range should be wider than the data it holds"
    assert metrics["覆盖年份"] == f"{first}–{last}"


def test_a_warehouse_of_one_city_starts_at_its_districts(db_path, monkeypatch):
    from dashboard.queries import useful_region_level
    from etl.build import prepare
    from etl.sheets import import_sheet
    from etl.warehouse import session

    sheet = "学校,年份,指标,数值,地区\n城东小学,2023,正式党员,12,重庆市黔江区\n城西小学,2023,正式党员,9,重庆市沙坪坝区\n"
    with session(db_path) as con:
        prepare(con)
        import_sheet(con, "one_city.csv", sheet.encode(), who="t")
        assert useful_region_level(con) == "district"
    monkeypatch.setenv("PBD_DB", db_path)
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert at.sidebar.radio(key="f_region_level").value == "district"
    assert set(at.sidebar.multiselect[0].options) == {"黔江区", "沙坪坝区"}


def test_the_overview_s_links_keep_the_filters(app):
    from urllib.parse import parse_qs, urlsplit

    app.query_params["lang"] = "en"
    app.query_params["rlevel"] = "district"
    app.query_params["region"] = "宁化县"
    at = app.run()
    assert not at.exception
    links = at.table[0].value["Profile"]
    assert len(links)
    for link in links:
        parts = urlsplit(markdown_link(link))
        query = parse_qs(parts.query)
        assert parts.path == "/school" and query["id"][0].isdigit()
        assert (query["region"], query["rlevel"], query["lang"]) == (["宁化县"], ["district"], ["en"])


def test_the_overview_charts_schools_by_region_and_a_pick_narrows_the_filters(app):
    """The region chart's bars name their region; a picked region (what a click on a bar hands to
    ui.narrow_to_region) becomes the sidebar's region filter on the next run, and so the URL's."""
    at = app.run()
    regions = next(svg for svg in light_charts(at) if svg.get("aria-label") == "各地区有数据的学校")
    named = picks(regions)
    assert named and set(named) <= set(row_names(regions))  # a known region's bar picks its name
    assert "地区不详" in row_names(regions) and len(named) == len(row_names(regions)) - 1  # unknown: no pick
    bars = at.session_state["briefing_views"]["regions"].figure.data[0]
    assert sum(bars.x) == 4  # the four schools, each counted in its region
    at.session_state["_narrow_to"] = named[0]
    at.run()
    assert not at.exception
    assert at.sidebar.multiselect(key="f_regions").value == [named[0]]
    assert at.query_params["region"] in (named[0], [named[0]])
