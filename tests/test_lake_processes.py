"""Many loaders at once on a DuckLake warehouse whose catalog is in a real PostgreSQL server
(tests/pg.py): each a `python -m etl` process, as on several machines."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from etl.build import build
from etl.integrity import check_integrity
from etl.warehouse import WarehouseError, connect, redacted, session
from tests.conftest import PYTHON, ROOT, run_cli

pytestmark = pytest.mark.slow

INDICATORS = ("members_full", "members_probationary", "activists", "volunteer_sessions")


def write_sheet(path: Path, sheet: int, schools: int, years: int = 5) -> int:
    """A long sheet of schools of its own (named after `sheet`), four indicators a year; returns its figures."""
    lines = ["学校,年份,指标,数值,地区"]
    for school in range(schools):
        for year in range(2016, 2016 + years):
            lines += [f"负载测试{sheet}号学校{school:05d},{year},{indicator},{(school + year) % 40 + 1},浙江省杭州市西湖区"
                      for indicator in INDICATORS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return schools * years * len(INDICATORS)


def start(*args: str, db: str, extra: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([PYTHON, "-m", "etl", *args], cwd=ROOT, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "PBD_DB": db, **(extra or {})})


def sheet_batches(db: str) -> list[tuple]:
    with session(db) as con:
        return con.execute("SELECT id, file_name, rows_observations FROM batches WHERE kind = 'sheet' "
                           "AND status = 'committed' ORDER BY id").fetchall()


def test_four_loaders_at_once_all_land_with_exact_counts(pg_lake, tmp_path):
    build(pg_lake)
    sheets = {tmp_path / f"load{k}.csv": 0 for k in range(4)}
    for k, path in enumerate(sheets):
        sheets[path] = write_sheet(path, k, schools=150)
    loaders = [start("import", str(path), "--new-schools", db=pg_lake) for path in sheets]
    for loader in loaders:
        stdout, stderr = loader.communicate(timeout=300)
        assert loader.returncode == 0, stderr
    landed = sheet_batches(pg_lake)
    assert sorted(name for _, name, _ in landed) == sorted(p.name for p in sheets)
    assert {name: n for _, name, n in landed} == {p.name: n for p, n in sheets.items()}
    with session(pg_lake) as con:
        ids = [batch for batch, _, _ in landed]
        marks = ", ".join("?" * len(ids))
        assert con.execute(f"SELECT count(*) FROM sheet_values WHERE batch_id IN ({marks})", ids).fetchone()[0] == \
            sum(sheets.values())
        assert con.execute("SELECT count(*) FROM schools WHERE name_zh LIKE '负载测试%'").fetchone()[0] == 4 * 150
        assert check_integrity(con) == {}


def test_the_same_file_loaded_twice_at_once_lands_once(pg_lake, tmp_path):
    build(pg_lake)
    path = tmp_path / "twice.csv"
    figures = write_sheet(path, 7, schools=200)
    loaders = [start("import", str(path), "--new-schools", db=pg_lake) for _ in range(2)]
    outputs = [loader.communicate(timeout=300) for loader in loaders]
    assert [loader.returncode for loader in loaders] == [0, 0], outputs
    landed = sheet_batches(pg_lake)
    assert [(name, n) for _, name, n in landed] == [("twice.csv", figures)]
    said = " ".join(out for out, _ in outputs)
    assert "imported as batch" in said and "already" in said
    with session(pg_lake) as con:
        assert con.execute("SELECT count(*) FROM sheet_values").fetchone()[0] == figures
        assert check_integrity(con) == {}


def _data_files(folder: Path) -> set[str]:
    return {str(p) for p in folder.rglob("*.parquet")}


def test_a_loader_killed_mid_load_leaves_nothing_and_maintain_removes_its_files(pg_lake, tmp_path):
    build(pg_lake)
    data = Path(os.environ["PBD_DATA_PATH"])
    with session(pg_lake) as con:
        before = con.execute("SELECT count(*) FROM observations").fetchone()[0]
    path = tmp_path / "killed.csv"
    write_sheet(path, 3, schools=2000)
    marker = tmp_path / "inside"
    existing = _data_files(data)
    loader = start("import", str(path), "--new-schools", db=pg_lake,
                   extra={"PBD_FAILPOINT": f"inside_batch:{marker}"})
    deadline = time.monotonic() + 240
    while not marker.exists():
        assert loader.poll() is None, loader.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.1)
    written = _data_files(data)
    loader.kill()  # SIGKILL, inside the load's transaction, its data files written
    loader.wait(timeout=30)
    with session(pg_lake) as con:
        assert con.execute("SELECT count(*) FROM observations").fetchone()[0] == before
        assert con.execute("SELECT count(*) FROM batches WHERE kind = 'sheet'").fetchone()[0] == 0
    orphans = written - existing
    assert orphans, "the killed load wrote data files of its own"
    done = run_cli("maintain", "--orphan-minutes", "0", db=pg_lake)
    assert done.returncode == 0, done.stderr
    assert "orphaned files" in done.stdout
    assert not (orphans & _data_files(data))
    with session(pg_lake) as con:
        assert con.execute("SELECT count(*) FROM observations").fetchone()[0] == before
        assert check_integrity(con) == {}
    # and the warehouse takes the same sheet afterwards
    again = run_cli("import", str(path), "--new-schools", db=pg_lake, timeout=300)
    assert again.returncode == 0, again.stderr


def test_a_revert_while_another_import_runs(pg_lake, tmp_path):
    build(pg_lake)
    first = tmp_path / "first.csv"
    write_sheet(first, 1, schools=100)
    assert run_cli("import", str(first), "--new-schools", db=pg_lake).returncode == 0
    (first_batch, _, _), = sheet_batches(pg_lake)
    second = tmp_path / "second.csv"
    figures = write_sheet(second, 2, schools=2000)
    loader = start("import", str(second), "--new-schools", db=pg_lake)
    time.sleep(1.0)  # the import is under way (its check takes a few seconds) when the revert starts
    revert = run_cli("revert", str(first_batch), db=pg_lake, timeout=300)
    stdout, stderr = loader.communicate(timeout=300)
    assert revert.returncode == 0, revert.stderr
    assert loader.returncode == 0, stderr
    with session(pg_lake) as con:
        statuses = dict(con.execute("SELECT file_name, status FROM batches WHERE kind = 'sheet'").fetchall())
        assert statuses == {"first.csv": "reverted", "second.csv": "committed"}
        assert con.execute("SELECT count(*) FROM live_observations WHERE source_kind = 'sheet'").fetchone()[0] == figures
        assert check_integrity(con) == {}


def test_the_warehouse_as_it_was_before_a_load(pg_lake, tmp_path):
    build(pg_lake)
    path = tmp_path / "later.csv"
    figures = write_sheet(path, 5, schools=20)
    assert run_cli("import", str(path), "--new-schools", db=pg_lake).returncode == 0
    (batch, _, _), = sheet_batches(pg_lake)
    shown = run_cli("batches", "--as-of", str(batch), "--json", db=pg_lake)
    assert shown.returncode == 0, shown.stderr
    assert '"later.csv"' not in shown.stdout and '"bundled"' in shown.stdout
    text = run_cli("batches", "--as-of", str(batch), db=pg_lake)
    with session(pg_lake) as con:
        now = con.execute("SELECT count(*) FROM current_facts").fetchone()[0]
    assert f"current figures (now {now})" in text.stdout and f"{now - figures} current figures" in text.stdout
    # a DuckDB file keeps no snapshots: a clear refusal, exit 2
    plain = run_cli("batches", "--as-of", "1", db=str(tmp_path / "plain.duckdb"))
    assert plain.returncode == 2


def test_the_password_comes_from_the_environment_or_secrets_never_from_the_location(postgres, pg_lake, tmp_path,
                                                                                      monkeypatch):
    with pytest.raises(WarehouseError, match="must not hold the PostgreSQL password") as refused:
        connect(pg_lake + " password=hunter2")
    assert "hunter2" not in str(refused.value)
    monkeypatch.setenv("PGPASSWORD", "wrong-password")
    with pytest.raises(WarehouseError) as wrong:
        connect(pg_lake)
    assert "wrong-password" not in str(wrong.value)
    # no PGPASSWORD: the one in .streamlit/secrets.toml
    monkeypatch.delenv("PGPASSWORD")
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'warehouse_password = "{postgres.password}"\n')
    monkeypatch.setattr("etl.settings.SECRETS_FILE", secrets)
    build(pg_lake)
    assert os.environ.get("PGPASSWORD") == postgres.password
    os.environ["PGPASSWORD"] = postgres.password  # the session's, for the tests after this one
    assert redacted("dbname=x password=secret host=y") == "dbname=x password=*** host=y"


def test_a_file_warehouse_copied_into_a_lake_reads_the_same(rich_db, pg_lake, tmp_path):
    done = run_cli("copy", "--to", pg_lake, db=rich_db)
    assert done.returncode == 0, done.stderr
    with session(rich_db) as con:
        expected = {view: sorted(con.execute(f"SELECT * FROM {view}").fetchall(), key=repr)
                    for view in ("current_values", "observations", "school_indicator_summary", "batches")}
    with session(pg_lake) as con:
        for view, rows in expected.items():
            assert sorted(con.execute(f"SELECT * FROM {view}").fetchall(), key=repr) == rows, view
        assert check_integrity(con) == {}
    # a warehouse that holds loads is not copied over
    again = run_cli("copy", "--to", pg_lake, db=rich_db)
    assert again.returncode == 2 and "already holds loads" in again.stderr
    # and the lake goes on taking loads, its ids after the copied ones
    path = tmp_path / "after.csv"
    write_sheet(path, 9, schools=5)
    assert run_cli("import", str(path), "--new-schools", db=pg_lake).returncode == 0


@pytest.mark.browser
def test_a_load_through_one_app_server_shows_on_the_other(pg_lake, tmp_path, browser):
    """Two `streamlit run` processes on one DuckLake warehouse, each open in Chromium: a sheet
    uploaded through the first shows on the second at its next rerun, with no restart."""
    from tests.conftest import AppServer, upload_as_analyst, wait_for_app

    build(pg_lake)
    sheet = tmp_path / "两台服务器.csv"
    sheet.write_text("学校,年份,指标,数值,地区\n双服务器测试学校,2022,正式党员,31,浙江省杭州市西湖区\n", encoding="utf-8")
    env = {"PBD_ANALYST_PASSWORD": "browser-secret", "PBD_DATA_PATH": os.environ["PBD_DATA_PATH"]}
    one = AppServer(pg_lake, env=env, log=tmp_path / "one.log")
    two = AppServer(pg_lake, env=env, log=tmp_path / "two.log")
    contexts = [browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN") for _ in range(2)]
    try:
        viewer = contexts[1].new_page()

        def schools_on_two() -> str:
            wait_for_app(viewer)
            metric = viewer.locator("[data-testid=stMetric]").filter(has_text="学校").first
            return metric.locator("[data-testid=stMetricValue]").inner_text()

        viewer.goto(two.url + "/overview")
        before = int(schools_on_two())  # the bundled data's schools
        assert before > 0
        analyst = contexts[0].new_page()
        upload_as_analyst(analyst, one.url, "两台服务器", "browser-secret", sheet)
        analyst.get_by_role("button", name="确认导入").click()
        analyst.get_by_text("已导入").wait_for(timeout=60_000)
        # the second server, never told: its next rerun reads the catalog's new snapshot
        viewer.reload()
        assert int(schools_on_two()) == before + 1
    finally:
        for context in contexts:
            context.close()
        one.stop()
        two.stop()
