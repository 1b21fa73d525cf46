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
    at.switch_page("pages/briefing_page.py").run()
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


def test_reordering(app):
    at = open_briefing(app)
    first, second = at.session_state["brf_order"][:2]
    next(b for b in at.button if b.key == f"down_{first}").click().run()
    assert at.session_state["brf_order"][:2] == [second, first]


def test_the_current_view_of_a_page_is_offered(app):
    at = app.run()
    at.switch_page("pages/compare_page.py").run()
    at.switch_page("pages/briefing_page.py").run()
    assert any(k.startswith("view:compare") for k in at.multiselect(key="brf_charts").options) or \
        "view:compare" in at.session_state["briefing_views"]["compare"].key


def test_without_chromium_the_page_explains_and_falls_back(app, monkeypatch):
    monkeypatch.setenv("PBD_BROWSER", "/nonexistent/chromium")
    at = open_briefing(app)
    assert any("apt-get install chromium" in w.value for w in at.warning)
    assert len(at.get("plotly_chart")) == 4  # the browser-side PNG of plotly's toolbar
    assert not any("PPTX" in n or "Word" in n for n in labels(at))
