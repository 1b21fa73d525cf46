"""The whole schema in a DuckLake catalog, kept in a DuckDB file and in PostgreSQL (the extensions
loaded offline from the duckdb-ext-* wheels): build, a sheet import, a report ingest, a review and a
revert run against it, and the pages read it."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from etl.build import build
from etl.extract import extract_file
from etl.integrity import check_integrity
from etl.load import load_report, revert_batch
from etl.review import review_figure
from etl.sheets import import_sheet
from etl.warehouse import session
from tests.conftest import REPORTS


@pytest.fixture(params=["file catalog", "postgres catalog"])
def lake(request, tmp_path, monkeypatch) -> str:
    if request.param == "file catalog":
        monkeypatch.setenv("PBD_DATA_PATH", str(tmp_path / "data"))
        path = f"ducklake:{tmp_path / 'catalog.ducklake'}"
    else:
        path = request.getfixturevalue("pg_lake")
    build(path)
    return path


def test_the_catalog_is_ducklake_and_holds_the_whole_schema(lake):
    with session(lake) as con:
        assert con.execute("SELECT current_database()").fetchone()[0] == "lake"
        assert con.execute("SELECT type FROM duckdb_databases() WHERE database_name = 'lake'").fetchone()[0] == "ducklake"
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'lake'").fetchall()}
        assert {"batches", "sheet_values", "report_observations", "id_counters", "candidates"} <= tables
        assert con.execute("SELECT count(*) FROM current_facts").fetchone()[0] > 0


def test_loads_reviews_and_reverts_run_against_ducklake(lake):
    with session(lake) as con:
        _, sheet = import_sheet(con, "lake.csv", "学校,年份,正式党员,入党积极分子\n杭州市上城区湖滨小学,2022,18,4\n"
                                .encode(), who="t", new_schools=True)
        assert sheet.status == "loaded"
        report = load_report(con, extract_file(REPORTS / "donghu_study_visit.txt"), who="t")
        assert report.status == "loaded"
        figure = con.execute("SELECT id FROM observations WHERE batch_id = ? AND indicator_id = 'members_full'",
                             [sheet.batch_id]).fetchone()[0]
        review = review_figure(con, figure, "correct", who="t", note="复核", value=19)
        assert con.execute("SELECT value, source_kind FROM current_facts WHERE indicator_id = 'members_full' "
                           "AND school_id = (SELECT school_id FROM observations WHERE id = ?)", [figure]).fetchall() == [
            (19.0, "correction")]
        reverted = revert_batch(con, sheet.batch_id, who="t")
        assert reverted.counts["withdrawn"] == 1
        statuses = dict(con.execute("SELECT id, status FROM batches").fetchall())
        assert statuses[sheet.batch_id] == statuses[review.batch_id] == "reverted"
        assert statuses[report.batch_id] == "committed"
        assert check_integrity(con) == {}


@pytest.mark.parametrize("page", ["overview", "compare", "trends", "school", "evidence"])
def test_the_pages_read_a_ducklake_warehouse(lake, monkeypatch, page):
    monkeypatch.setenv("PBD_DB", lake)
    at = AppTest.from_file("../app.py", default_timeout=60).run()
    if page != "overview":
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    # the pages read the lake: the sidebar offers the bundled data's schools
    schools = [m for m in at.sidebar.multiselect if m.label in ("学校", "Schools")]
    assert schools and len(schools[0].options) == 5
    if page == "overview":
        assert at.metric and any(m.value not in ("0", "—", "") for m in at.metric)


def test_the_evidence_page_shows_the_figures_as_they_were_before_a_load(pg_lake, monkeypatch):
    """(A catalog in PostgreSQL: one kept in a DuckDB file cannot be opened twice by the app's process.)"""
    lake = pg_lake
    build(lake)
    with session(lake) as con:
        _, sheet = import_sheet(con, "later.csv", "学校,年份,正式党员,入党积极分子\n杭州市上城区湖滨小学,2022,18,4\n"
                                .encode(), who="t", new_schools=True)
    monkeypatch.setenv("PBD_DB", lake)

    def evidence(as_of: int | None) -> AppTest:
        at = AppTest.from_file("../app.py", default_timeout=60)
        if as_of is not None:
            at.query_params["asof"] = str(as_of)
        at.run()
        at.switch_page("views/evidence.py").run()
        assert not at.exception, at.exception
        return at

    def shown(at: AppTest) -> int:
        return int(next(m.value for m in at.metric if m.label in ("显示的数据", "Figures shown")))

    now, before = evidence(None), evidence(sheet.batch_id)
    assert shown(now) == shown(before) + 2  # the sheet's two figures came with its load
    assert any("导入之前" in i.value or "before batch" in i.value for i in before.info)
    # the past is read, not reviewed: no review form
    assert not before.get("form") or all("review" not in str(f.key) for f in before.get("form"))


def test_batches_as_of_a_load_on_either_catalog(lake, tmp_path):
    from tests.conftest import run_cli

    sheet = tmp_path / "later.csv"
    sheet.write_text("学校,年份,正式党员\n杭州市上城区湖滨小学,2022,18\n", encoding="utf-8")
    loaded = run_cli("import", str(sheet), "--new-schools", db=lake)
    assert loaded.returncode == 0, loaded.stderr
    with session(lake) as con:
        batch = con.execute("SELECT max(id) FROM batches").fetchone()[0]
    shown = run_cli("batches", "--as-of", str(batch), "--json", db=lake)
    assert shown.returncode == 0, shown.stderr
    assert "later.csv" not in shown.stdout and "seed" in shown.stdout
