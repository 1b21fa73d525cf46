"""Views saved by name: kept in the warehouse, listed for everyone, saved, renamed and deleted by
analysts (etl.saved, the sidebar's panel)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from etl import saved
from etl.integrity import check_integrity
from etl.warehouse import session


def test_save_rename_delete(built_db):
    with session(built_db) as con:
        first = saved.save(con, "黔江的党员", "compare", {"indicator": "members_full", "region": "黔江区"}, "王分析")
        assert first.params() == {"indicator": "members_full", "region": "黔江区"}
        second = saved.save(con, "Trends", "trends", {"lang": "en"}, "王分析")
        assert second.id != first.id
        with pytest.raises(saved.SavedViewError, match="exists already"):
            saved.save(con, "trends", "overview", {}, "李")  # a name is taken whatever its case
        with pytest.raises(saved.SavedViewError, match="not a page"):
            saved.save(con, "x", "upload", {}, "李")
        with pytest.raises(saved.SavedViewError, match="needs a name"):
            saved.save(con, "  ", "overview", {}, "李")
        saved.rename(con, first.id, "黔江区·正式党员")
        with pytest.raises(saved.SavedViewError, match="exists already"):
            saved.rename(con, second.id, "黔江区·正式党员")
        assert [(v.name, v.page) for v in saved.listing(con)] == [("Trends", "trends"), ("黔江区·正式党员", "compare")]
        saved.delete(con, second.id)
        assert [v.name for v in saved.listing(con)] == ["黔江区·正式党员"]
        assert check_integrity(con) == {}


@pytest.fixture
def app(rich_db, monkeypatch):
    monkeypatch.setenv("PBD_DB", rich_db)
    return AppTest.from_file("../app.py", default_timeout=60)


def test_an_analyst_saves_the_view_on_screen_and_everyone_sees_it(app, rich_db):
    app.query_params["indicator"] = "volunteer_sessions"
    at = app.run()
    at.switch_page("views/compare.py").run()
    assert not any(t.key == "sv_name" for t in at.sidebar.text_input)  # viewers list, they do not save
    at.session_state["analyst_name"] = "王分析"
    at.run()
    at.sidebar.text_input(key="sv_name").set_value("志愿服务对比")
    at.sidebar.button(key="sv_save").click().run()
    assert not at.exception, at.exception
    with session(rich_db) as con:
        (view,) = saved.listing(con)
    assert (view.name, view.saved_by) == ("志愿服务对比", "王分析")
    assert view.params()["indicator"] == "volunteer_sessions"

    viewer = AppTest.from_file("../app.py", default_timeout=60).run()
    links = [link for link in viewer.get("page_link") if "志愿服务对比" in str(link.proto.label)]
    assert len(links) == 1 and "compare" in links[0].proto.page
