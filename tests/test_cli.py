"""The command line: exit codes (0 ok, 2 bad input, 1 internal) and plain messages, run as real processes."""

from __future__ import annotations

import json

from etl.warehouse import LATEST_VERSION
from tests.conftest import run_cli


def test_build_creates_then_changes_nothing(db_path):
    first = run_cli("build", db=db_path)
    assert first.returncode == 0, first.stderr
    assert f"migrated to schema {LATEST_VERSION}" in first.stdout
    second = run_cli("--db", db_path, "build")
    assert second.returncode == 0
    assert "schema up to date" in second.stdout and "already loaded" in second.stdout
    assert first.stdout.splitlines()[-1] == second.stdout.splitlines()[-1]  # the same row counts


def test_build_quiet_prints_nothing_when_nothing_changed(built_db):
    result = run_cli("build", "--quiet", db=built_db)
    assert result.returncode == 0 and result.stdout == ""


def test_batches_lists_the_bundled_load(built_db):
    result = run_cli("batches", "--json", db=built_db)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows[0]["kind"] == "bundled" and rows[0]["status"] == "committed" and rows[0]["figures"] > 0


def test_revert_then_list(built_db):
    result = run_cli("revert", "1", "--note", "test", db=built_db)
    assert result.returncode == 0, result.stderr
    assert "batch 1" in result.stdout and "reverted" in result.stdout
    rows = json.loads(run_cli("batches", "--json", db=built_db).stdout)
    assert [r["kind"] for r in rows] == ["revert", "bundled"]
    assert rows[1]["status"] == "reverted"


def test_revert_of_an_unknown_batch_is_bad_input(built_db):
    result = run_cli("revert", "999", db=built_db)
    assert result.returncode == 2
    assert "no batch 999" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_mistakes_exit_2_without_traceback(built_db):
    for args in (["revert"], ["revert", "abc"], ["frobnicate"], []):
        result = run_cli(*args, db=built_db)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert "usage:" in result.stderr


def test_a_file_that_is_not_a_warehouse_yet(db_path):
    result = run_cli("batches", db=db_path)
    assert result.returncode == 2
    assert "run `python -m etl build` first" in result.stderr


def test_a_file_that_is_not_duckdb_is_an_error_not_a_traceback(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are not the tables you are looking for")
    result = run_cli("batches", db=str(bogus))
    assert result.returncode == 1
    assert "cannot open the warehouse" in result.stderr
    assert "Traceback" not in result.stderr


def test_db_option_wins_over_environment(tmp_path, built_db):
    other = str(tmp_path / "other.duckdb")
    result = run_cli("--db", other, "build", db=built_db)
    assert result.returncode == 0
    assert other in result.stdout
