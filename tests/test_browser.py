"""Real-browser tests: Playwright drives Debian's Chromium against `streamlit run app.py`."""

from __future__ import annotations

import pytest

from tests.conftest import ARTIFACTS, wait_for_app

pytestmark = pytest.mark.browser


def test_overview_chart_renders_in_chromium(app_server, page):
    page.goto(app_server.url)
    wait_for_app(page)
    chart = page.locator("[data-testid=stPlotlyChart] .js-plotly-plot").first
    chart.wait_for(timeout=30_000)
    assert page.locator("h1").first.inner_text() == "党建指标看板"
    # the heatmap is drawn: its y axis lists the schools
    ticks = chart.locator(".ytick text").all_text_contents()
    assert "黔江区菁华小学校" in ticks
    assert page.locator("[data-testid=stException]").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)


def test_language_switch_and_url(app_server, page):
    page.goto(app_server.url + "/overview")
    wait_for_app(page)
    page.locator("[data-testid=stSidebar]").get_by_text("English").click()
    wait_for_app(page)
    page.wait_for_function("() => document.querySelector('h1')?.innerText === 'Party-Building Indicators'")
    assert "lang=en" in page.url
    # the URL reproduces the view in a fresh page
    fresh = page.context.new_page()
    fresh.goto(page.url)
    wait_for_app(fresh)
    fresh.wait_for_function("() => document.querySelector('h1')?.innerText === 'Party-Building Indicators'")


@pytest.fixture
def rich_server(rich_db):
    from tests.conftest import AppServer

    server = AppServer(rich_db)
    yield server
    server.stop()


PAGES = ["overview", "compare", "trends", "school", "evidence", "upload", "briefing"]


@pytest.mark.parametrize("page_name", PAGES)
def test_every_page_opens_and_takes_a_filter(rich_server, page, page_name):
    page.goto(f"{rich_server.url}/{page_name}")
    wait_for_app(page)
    assert page.locator("h1").first.inner_text()
    assert page.locator("[data-testid=stException]").count() == 0
    # pick a region in the sidebar filter
    region = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first
    region.click()
    page.locator("[role=option]", has_text="重庆市").first.click()
    page.keyboard.press("Escape")
    wait_for_app(page)
    page.wait_for_function("() => new URLSearchParams(location.search).get('region') === '重庆市'")
    assert page.locator("[data-testid=stException]").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"page_{page_name}.png"), full_page=True)


def test_compare_chart_draws_bars_with_qualifiers(rich_server, page):
    page.goto(f"{rich_server.url}/compare?indicator=volunteer_sessions")
    wait_for_app(page)
    chart = page.locator("[data-testid=stPlotlyChart] .js-plotly-plot").first
    chart.wait_for(timeout=30_000)
    labels = chart.locator(".textpoint text, text.bartext").all_text_contents()
    assert "50+" in labels
