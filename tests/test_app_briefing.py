"""AppTest of the briefing page: default charts, PNG, PPTX and Word downloads, the fallback without Chromium."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest


@pytest.fixture
def app(rich_db, monkeypatch):
    monkeypatch.setenv("PBD_DB", rich_db)
    return AppTest.from_file("../app.py", default_timeout=120)


def open_briefing(app, **params):
    for k, v in params.items():
        app.query_params[k] = v
    at = app.run()
    at.switch_page("views/briefing.py").run()
    assert not at.exception, at.exception
    return at


def labels(at) -> list[str]:
    return [b.proto.label for b in at.get("download_button")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_default_charts_with_png_pptx_and_word_downloads(app, lang):
    at = open_briefing(app, lang=lang)
    chosen = at.multiselect(key="brf_charts").value
    assert len(chosen) == 4
    names = labels(at)
    assert sum("PNG" in n for n in names) == 5  # one per chart, and all of them as a ZIP
    assert sum("PPTX" in n for n in names) == 1
    assert sum("Word" in n for n in names) == 1
    assert len(at.get("imgs")) == 4 or len(at.image) == 4
    marks = ("（默认）", "（当前视图）") if lang == "zh" else (" (default)", " (current view)")
    assert all(option.endswith(marks) for option in at.multiselect(key="brf_charts").options)


def test_reordering(app):
    at = open_briefing(app)
    first, second = at.session_state["brf_order"][:2]
    next(b for b in at.button if b.key == f"down_{first}").click().run()
    assert at.session_state["brf_order"][:2] == [second, first]


def test_the_current_view_of_a_page_is_offered(app):
    at = app.run()
    at.switch_page("views/compare.py").run()
    at.switch_page("views/briefing.py").run()
    assert any(k.startswith("view:compare") for k in at.multiselect(key="brf_charts").options) or \
        "view:compare" in at.session_state["briefing_views"]["compare"].key


def test_without_chromium_the_page_explains_and_falls_back(app, monkeypatch):
    monkeypatch.setenv("PBD_BROWSER", "/nonexistent/chromium")
    at = open_briefing(app)
    assert any("apt-get install chromium" in w.value for w in at.warning)
    assert len(at.get("plotly_chart")) == 4  # the browser-side PNG of plotly's toolbar
    assert not any("PPTX" in n or "Word" in n for n in labels(at))


def test_a_briefing_in_the_url_is_built_again_from_today_s_data(app):
    """A briefing's charts (in order), title and date live in the URL, so a saved view of the page is
    a saved briefing; the charts it names are built from the current data."""
    at = open_briefing(app, charts="honours,compare:party_lectures", title="三季度简报", date="2026-09-30")
    assert at.multiselect(key="brf_charts").value == ["honours", "compare:party_lectures"]
    assert at.session_state["brf_order"] == ["honours", "compare:party_lectures"]
    assert at.text_input(key="brf_title").value == "三季度简报"
    assert str(at.date_input(key="brf_date").value) == "2026-09-30"
    assert at.query_params["charts"] == "honours,compare:party_lectures" and at.query_params["title"] == "三季度简报"


def test_saving_the_briefing_page_saves_the_briefing(app, rich_db):
    from etl import saved
    from etl.warehouse import session

    at = open_briefing(app, charts="compare:volunteer_sessions,honours", title="周报")
    at.session_state["analyst_name"] = "王分析"
    at.run()
    at.sidebar.text_input(key="sv_name").set_value("每周简报")
    at.sidebar.button(key="sv_save").click().run()
    assert not at.exception, at.exception
    with session(rich_db) as con:
        (view,) = saved.listing(con)
    assert view.page == "briefing"
    params = view.params()
    assert params["charts"] == "compare:volunteer_sessions,honours" and params["title"] == "周报"
    again = open_briefing(AppTest.from_file("../app.py", default_timeout=120), **params)
    assert again.multiselect(key="brf_charts").value == ["compare:volunteer_sessions", "honours"]


def test_a_page_s_current_view_in_the_briefing_is_said_to_last_for_the_session(app):
    """A page's current view cannot be built again later: the page says so, and leaves it out of the
    URL (a saved briefing) while keeping the other charts there in order."""
    at = app.run()
    at.switch_page("views/compare.py").run()
    at.switch_page("views/briefing.py").run()
    at.multiselect(key="brf_charts").set_value(["view:compare", "honours"]).run()
    assert not at.exception, at.exception
    note = "只在本次会话中有效"
    assert any(note in c.value for c in at.caption)
    assert at.query_params["charts"] in ("honours", ["honours"])
    at.multiselect(key="brf_charts").set_value(["honours"]).run()
    assert not any(note in c.value for c in at.caption)  # said only when such a chart is chosen
