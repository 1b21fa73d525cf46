"""Loads under stress, with real processes: kill -9 inside a load, imports at once, imports while the app serves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl.integrity import check_integrity
from etl.warehouse import session
from tests.conftest import ROOT, AppServer, run_cli, wait_for_app

sys.path.insert(0, str(ROOT / "bench"))
import synthetic

pytestmark = pytest.mark.slow


def counts(db: str) -> tuple:
    with session(db) as con:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("observations", "schools", "batches", "documents", "current_facts"))


def start_import(db: str, sheet: Path, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "etl", "--db", db, "import", str(sheet)], cwd=ROOT,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_kill_9_inside_a_load_leaves_no_partial_batch(built_db, tmp_path):
    sheet = synthetic.long_sheet(tmp_path / "big.csv", 20_000)
    before = counts(built_db)
    marker = tmp_path / "inside"
    proc = start_import(built_db, sheet, {"PBD_FAILPOINT": f"inside_batch:{marker}"})
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    # every row is written and the current values refreshed, but nothing is committed yet
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert counts(built_db) == before
    with session(built_db) as con:
        assert check_integrity(con) == {}
    # the warehouse is fine for the next load
    result = run_cli("import", str(sheet), db=built_db)
    assert result.returncode == 0, result.stderr
    assert counts(built_db)[0] == before[0] + 20_000


def test_two_imports_at_once_both_land(built_db, tmp_path):
    first = synthetic.long_sheet(tmp_path / "first.csv", 30_000, seed=1)
    second = tmp_path / "second.csv"
    second.write_text(first.read_text(encoding="utf-8").replace("合成测试学校", "另一合成学校"), encoding="utf-8")
    before = counts(built_db)
    procs = [start_import(built_db, first), start_import(built_db, second)]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "lock" not in err.lower()
    after = counts(built_db)
    assert after[0] == before[0] + 60_000 and after[2] == before[2] + 2
    with session(built_db) as con:
        assert check_integrity(con) == {}


@pytest.mark.browser
def test_import_from_the_cli_while_the_app_serves_a_page(built_db, tmp_path, page):
    sheet = synthetic.long_sheet(tmp_path / "live.csv", 200_000)
    server = AppServer(built_db)
    try:
        page.goto(server.url + "/overview")
        wait_for_app(page)
        before_schools = page.locator("[data-testid=stMetricValue]").first.inner_text()
        proc = start_import(built_db, sheet)
        # keep using the app while the import runs
        while proc.poll() is None:
            page.reload()
            wait_for_app(page, timeout=120_000)
            text = page.locator("[data-testid=stApp]").inner_text()
            assert page.locator("[data-testid=stException]").count() == 0
            assert "lock" not in text.lower() and "Conflicting" not in text
        out, err = proc.communicate()
        assert proc.returncode == 0, err
        page.reload()
        wait_for_app(page, timeout=120_000)
        page.wait_for_function(
            "(before) => document.querySelector('[data-testid=stMetricValue]')?.innerText !== before",
            arg=before_schools, timeout=60_000)
        assert page.locator("[data-testid=stException]").count() == 0
    finally:
        server.stop()


def timed_import(db: str, sheet: Path) -> float:
    started = time.monotonic()
    result = run_cli("import", str(sheet), "--db", db, env={"PBD_LOCK_TIMEOUT": "30"})
    assert result.returncode == 0, result.stderr
    return time.monotonic() - started


def test_eight_viewers_reading_over_the_websocket_do_not_keep_an_import_waiting(built_db, tmp_path):
    """Eight viewers run the evidence page over and over (each run asks for something new, so every
    run reads the warehouse). An import from the command line meanwhile takes its usual time, plus at
    most 2 s: the app's reader steps aside for it."""
    from tests.viewers import Viewers

    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("学校,年份,指标,数值\n北京市第一中学,2021,正式党员,30\n", encoding="utf-8")
    second.write_text("学校,年份,指标,数值\n北京市第二中学,2021,正式党员,31\n", encoding="utf-8")
    server = AppServer(built_db)
    try:
        alone = timed_import(built_db, first)
        pages = [("evidence", "q={viewer}-{n}"), ("evidence", "years=2000-20{n}"), ("compare", "years=2000-20{n}")]
        with Viewers(server.url, 8, pages) as viewers:
            viewers.wait_for_runs(1)
            runs_before = viewers.runs
            busy = timed_import(built_db, second)
            runs_during = viewers.runs - runs_before
        assert all(not s.errors for s in viewers.stats), [s.errors for s in viewers.stats]
        assert runs_during >= 4, "the viewers were not reading while the import ran"
        assert busy <= alone + 2, f"alone {alone:.2f} s, with eight viewers {busy:.2f} s"
    finally:
        server.stop()
