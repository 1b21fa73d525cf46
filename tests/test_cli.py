"""The command line: exit codes (0 ok, 2 bad input, 1 internal) and plain messages, run as real processes."""

from __future__ import annotations

import json

from etl.migrations import LATEST_VERSION
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


# ------------------------------------------------------------------ the CLI never crashes on data

def test_db_is_taken_after_the_command_too(tmp_path):
    db = str(tmp_path / "after.duckdb")
    assert run_cli("build", "--quiet", "--db", db).returncode == 0
    listed = run_cli("batches", "--json", "--db", db)
    assert listed.returncode == 0 and json.loads(listed.stdout)[0]["kind"] == "bundled"


def test_untrusted_names_are_printed_as_text_and_batches_works_after_a_revert(built_db, tmp_path):
    sheet = tmp_path / "odd.csv"
    sheet.write_text("学校,年份,正式党员\n[/x]\x1b[31m红旗小学,2023,12\n", encoding="utf-8")
    imported = run_cli("import", str(sheet), db=built_db, env={"PBD_USER": "[bold]分析员[/x]"})
    assert imported.returncode == 0, imported.stderr
    assert "[/x]红旗小学" in imported.stdout and "\x1b" not in imported.stdout
    batch = json.loads(run_cli("batches", "--json", db=built_db).stdout)[0]["id"]
    assert run_cli("revert", str(batch), db=built_db).returncode == 0  # a revert leaves a batch with no note
    listed = run_cli("batches", db=built_db, env={"COLUMNS": "300"})  # wide enough for whole cells
    assert listed.returncode == 0, listed.stderr
    assert "[bold]分析员[/x]" in listed.stdout and "Traceback" not in listed.stderr
