"""The app with many schools: filters search instead of listing every school; pages stay bounded."""

from __future__ import annotations

import sys

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import synthetic


@pytest.fixture(scope="module")
def many_schools(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("scale") / "warehouse.duckdb")
    synthetic.build_warehouse(path, 2500 * 4, schools=2500)
    return path


def test_the_school_filter_searches_when_there_are_many(many_schools, monkeypatch):
    monkeypatch.setenv("PBD_DB", many_schools)
    at = AppTest.from_file("../app.py", default_timeout=120).run()
    assert not at.exception
    search = at.sidebar.text_input(key="f_school_search")
    assert "2,500" in search.label
    picker = at.sidebar.multiselect(key="f_schools")
    assert len(picker.options) <= 50
    search.set_value("001234").run()
    picker = at.sidebar.multiselect(key="f_schools")
    assert picker.options == ["合成测试学校001234"]
    picker.select(_id(many_schools, "合成测试学校001234")).run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["学校"] == "1"


def _id(db: str, name: str) -> int:
    from etl.warehouse import session

    with session(db) as con:
        return con.execute("SELECT id FROM schools WHERE name_zh = ?", [name]).fetchone()[0]


def test_compare_shows_the_top_schools_and_says_how_many(many_schools, monkeypatch):
    monkeypatch.setenv("PBD_DB", many_schools)
    at = AppTest.from_file("../app.py", default_timeout=120).run()
    at.switch_page("views/compare.py").run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 60
    assert any("共 2500 所" in c.value or "共 2,500 所" in c.value for c in at.caption)


@pytest.mark.parametrize("page", ["school", "trends", "evidence", "briefing"])
def test_pages_run_with_many_schools(many_schools, monkeypatch, page):
    monkeypatch.setenv("PBD_DB", many_schools)
    at = AppTest.from_file("../app.py", default_timeout=120).run()
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception
