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
