"""The warehouse: schema, the rules loads enforce, atomic batches, idempotent build, revert, current values, locking."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import time

import pytest

from etl.build import TABLES, build
from etl.ids import reserve
from etl.integrity import IntegrityError, check_integrity
from etl.load import LoadError, revert_batch, run_batch
from etl.migrations import LATEST_VERSION, migrate, schema_version
from etl.warehouse import WarehouseBusy, connect, data_version, session
from tests.conftest import insert_sheet_figure


def counts(con) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_schema_has_the_design_tables_and_version(con):
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"indicators", "schools", "school_aliases", "documents", "observations", "awards", "batches"} <= tables
    assert {"current_values", "live_observations"} <= tables  # views are listed too
    assert schema_version(con) == LATEST_VERSION
    assert migrate(con) == []  # nothing pending


def test_catalog_is_loaded(con):
    rows = con.execute("SELECT id, kind FROM indicators").fetchall()
    assert len(rows) == 28
    assert ("members_full", "stock") in rows


BAD_OBSERVATIONS = {
    "qualifier outside the accepted values": ({"qualifier": "'lots'"}, "qualifier is one of"),
    "negative value": ({"value": "-1"}, "value is 0 or more"),
    "year before 1949": ({"year": "1900"}, "year lies in 1949 to next year"),
    "year after next year": ({"year": str(dt.date.today().year + 2)}, "year lies in 1949 to next year"),
    "unknown source kind": ({"source_kind": "'web'"}, "source_kind is one of"),
    "unknown review status": ({"review_status": "'maybe'"}, "review_status is one of"),
    "unknown cadence": ({"cadence": "'fortnight'"}, "cadence is one of"),
    "a span that ends before it starts": ({"span_start": "5", "span_end": "2"}, "a span starts at 0"),
}


def _refused(con, write, rule: str) -> None:
    """`write(c, batch_id)` inside a load is refused for `rule`, and nothing of it stays."""
    before, version = counts(con), data_version(con)
    with pytest.raises(IntegrityError, match=rule):
        run_batch(con, "correction", file_name=None, digest=None, who="t", write=write)
    assert counts(con) == before and data_version(con) == version


@pytest.mark.parametrize("change, rule", BAD_OBSERVATIONS.values(), ids=BAD_OBSERVATIONS.keys())
def test_a_load_with_a_bad_observation_is_refused_and_leaves_nothing(con, change, rule):
    def write(c, batch_id):
        row = {"id": str(reserve(c, "observation")), "batch_id": str(batch_id), "school_id": "1",
               "indicator_id": "'members_full'", "year": "2020", "value": "3", "qualifier": "'exact'",
               "source_kind": "'correction'", "sheet_row": "2", "review_status": "'pending'", "cadence": "NULL",
               "is_target": "false"}
        row.update(change)
        c.execute(f"INSERT INTO report_observations ({', '.join(row)}) VALUES ({', '.join(row.values())})")
        return {"observations": 1}

    _refused(con, write, rule)


BAD_SHEET_VALUES = {k: v for k, v in BAD_OBSERVATIONS.items()
                    if not {"source_kind", "cadence", "span_start"} & set(v[0])}
BAD_SHEET_VALUES["an id outside its batch's range"] = ({"id": "7"}, "a sheet figure's id is in its batch's range")


@pytest.mark.parametrize("change, rule", BAD_SHEET_VALUES.values(), ids=BAD_SHEET_VALUES.keys())
def test_a_load_with_a_bad_sheet_figure_is_refused_and_leaves_nothing(con, change, rule):
    def write(c, batch_id):
        row = {"id": str(batch_id * 2**32 + 2), "batch_id": str(batch_id), "school_id": "1",
               "indicator_id": "'members_full'", "year": "2020", "value": "3", "qualifier": "'exact'",
               "sheet_row": "2", "review_status": "'confirmed'", "loaded_at": "current_timestamp", "sole": "false"}
        row.update(change)
        c.execute(f"INSERT INTO sheet_values ({', '.join(row)}) VALUES ({', '.join(row.values())})")
        return {"observations": 1}

    _refused(con, write, rule)


def test_next_year_is_accepted_but_not_the_one_after(con):
    def figure(year):
        def write(c, batch_id):
            c.execute("INSERT INTO report_observations (id, batch_id, school_id, indicator_id, year, value, qualifier, "
                      "source_kind, is_target) VALUES (?, ?, 1, 'members_full', ?, 1, 'exact', 'correction', false)",
                      [reserve(c, "observation"), batch_id, year])
            return {"observations": 1}
        return write

    run_batch(con, "correction", file_name=None, digest=None, who="t", write=figure(dt.date.today().year + 1))
    _refused(con, figure(dt.date.today().year + 2), "year lies in 1949 to next year")


@pytest.mark.parametrize("column, value, rule", [
    ("level", "'galactic'", "level is one of"), ("recipient", "'team'", "recipient is one of"),
    ("title", "''", "an honour has a title"), ("source_kind", "'x'", "source_kind is one of")])
def test_a_load_with_a_bad_award_is_refused(con, column, value, rule):
    def write(c, batch_id):
        row = {"id": str(reserve(c, "award")), "batch_id": str(batch_id), "school_id": "1",
               "title": "'先进基层党组织'", "level": "'district'", "recipient": "'organization'", "source_kind": "'report'"}
        row[column] = value
        c.execute(f"INSERT INTO awards ({', '.join(row)}) VALUES ({', '.join(row.values())})")
        return {"awards": 1}

    _refused(con, write, rule)


@pytest.mark.parametrize("table, key", [("schools", "id"), ("documents", "id"), ("report_observations", "id"),
                                        ("awards", "id"), ("school_aliases", "alias")])
def test_a_load_that_repeats_an_id_is_refused(con, table, key):
    """An id taken by another row (as a writer that skipped the counter would write it)."""
    def write(c, batch_id):
        c.execute(f"CREATE TEMP TABLE copied AS SELECT * FROM {table} WHERE {key} = (SELECT min({key}) FROM {table})")
        c.execute("UPDATE copied SET batch_id = ?", [batch_id])
        c.execute(f"INSERT INTO {table} SELECT * FROM copied")
        c.execute("DROP TABLE copied")
        return {}

    _refused(con, write, f"{table}: {key} is unique")


def test_the_same_content_twice_is_refused(con):
    def write(c, batch_id):
        c.execute("UPDATE batches SET content_hash = (SELECT content_hash FROM batches WHERE id = 1), kind = 'bundled' "
                  "WHERE id = ?", [batch_id])
        return {}

    _refused(con, write, "the same content is committed once")


def test_ids_come_from_the_counters_and_never_repeat(con):
    first = con.execute("SELECT next_id FROM id_counters WHERE name = 'batch'").fetchone()[0]
    a = _add_figure(con, "correction", 3)
    b = _add_figure(con, "correction", 4)
    assert (a, b) == (first, first + 1)
    assert check_integrity(con) == {}


def test_a_failure_mid_batch_leaves_nothing(con):
    before, version = counts(con), data_version(con)

    def write(c, batch_id):
        c.execute("INSERT INTO schools (id, name_zh, batch_id) VALUES (9001, '测试学校', ?)", [batch_id])
        insert_sheet_figure(c, batch_id, school_id=9001)
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        run_batch(con, "sheet", file_name="x.csv", digest="abc", who="test", write=write)
    assert counts(con) == before
    assert data_version(con) == version


def test_a_rule_broken_mid_batch_leaves_nothing(con):
    before = counts(con)

    def write(c, batch_id):
        insert_sheet_figure(c, batch_id)
        insert_sheet_figure(c, batch_id, value=-5, row=3)
        return {}

    with pytest.raises(IntegrityError, match="value is 0 or more"):
        run_batch(con, "sheet", file_name="x.csv", digest="abc", who="test", write=write)
    assert counts(con) == before


BAD_SHEET_FIGURES = {
    "negative value": ("-1", "2020", "'exact'", "value is 0 or more"),
    "year before 1949": ("3", "1900", "'exact'", "year lies in 1949 to next year"),
    "qualifier outside the accepted values": ("3", "2020", "'lots'", "qualifier is one of"),
}


@pytest.mark.parametrize("value, year, qualifier, rule", BAD_SHEET_FIGURES.values(), ids=BAD_SHEET_FIGURES.keys())
def test_figures_checked_as_they_are_written_refuse_the_load(con, value, year, qualifier, rule):
    """A sheet's figures are checked in the INSERT that writes them (not read back): one bad row among
    good ones stops the load, names the rule, and leaves nothing."""
    from etl.integrity import insert_checked
    from etl.warehouse import SHEET_VALUES_COLUMNS, sheet_figure_id_base

    before, version = counts(con), data_version(con)

    def write(c, batch_id):
        base = sheet_figure_id_base(batch_id)
        rows = (f"SELECT {base} + i AS id, {batch_id} AS batch_id, 1 AS school_id, 'members_full' AS indicator_id, "
                f"CASE WHEN i = 500 THEN {year} ELSE 2020 END AS year, CASE WHEN i = 500 THEN {value} ELSE 3 END AS value, "
                f"CASE WHEN i = 500 THEN {qualifier} ELSE 'exact' END AS qualifier, i + 2 AS sheet_row, "
                "NULL AS review_status, TIMESTAMP '2024-01-01' AS loaded_at, false AS sole FROM range(1000) t(i)")
        insert_checked(c, "sheet_values", SHEET_VALUES_COLUMNS, rows, batch_id)
        return {"observations": 1000}

    with pytest.raises(IntegrityError, match=rule):
        run_batch(con, "sheet", file_name="x.csv", digest="bad", who="t", write=write, checked=("sheet_values",))
    assert counts(con) == before and data_version(con) == version


def test_build_twice_changes_nothing(db_path):
    first = build(db_path)
    assert first.changed
    second = build(db_path)
    assert not second.changed
    assert second.counts == first.counts
    assert first.counts["observations"] > 0 and first.counts["documents"] == 5


def test_build_passes_integrity_checks(con):
    assert check_integrity(con) == {}


def test_revert_hides_the_batch_and_is_recorded(con):
    assert con.execute("SELECT count(*) FROM current_values").fetchone()[0] > 0
    version = data_version(con)
    result = revert_batch(con, 1, who="tester", note="wrong file")
    assert result.status == "reverted"
    assert con.execute("SELECT count(*) FROM current_values").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM live_awards").fetchone()[0] == 0
    status, reverts = con.execute("SELECT status, reverts_batch FROM batches WHERE id = 1").fetchone()
    assert status == "reverted" and reverts == result.batch_id
    kind, who, note, target = con.execute(
        "SELECT kind, who, note, reverts_batch FROM batches WHERE id = ?", [result.batch_id]
    ).fetchone()
    assert (kind, who, note, target) == ("revert", "tester", "wrong file", 1)
    assert data_version(con) > version
    # the rows stay for the record
    assert con.execute("SELECT count(*) FROM observations WHERE batch_id = 1").fetchone()[0] > 0
    assert revert_batch(con, 1).status == "unchanged"


def test_revert_refuses_unknown_batches_and_reverts(con):
    with pytest.raises(LoadError, match="no batch 999"):
        revert_batch(con, 999)
    revert_id = revert_batch(con, 1).batch_id
    with pytest.raises(LoadError, match="itself a revert"):
        revert_batch(con, revert_id)


def _add_figure(con, source_kind: str, value: float, *, school_id=1, year=2021, indicator="members_full"):
    def write(c, batch_id):
        if source_kind == "sheet":
            insert_sheet_figure(c, batch_id, school_id=school_id, indicator=indicator, year=year, value=value)
            return {"observations": 1}
        c.execute(
            "INSERT INTO report_observations (id, batch_id, school_id, indicator_id, year, value, qualifier, "
            "source_kind, sheet_row, document_id, evidence, review_status, is_target) VALUES (?, ?, ?, ?, ?, ?, "
            "'exact', ?, 2, ?, ?, ?, false)",
            [reserve(c, "observation"), batch_id, school_id, indicator, year, value, source_kind,
             1 if source_kind == "report" else None,
             "有正式党员20人" if source_kind == "report" else None,
             "pending" if source_kind == "report" else "confirmed"],
        )
        return {"observations": 1}

    return run_batch(con, "correction" if source_kind == "correction" else "sheet", file_name="t",
                     digest=None, who="t", write=write).batch_id


def current(con, school_id=1, indicator="members_full", year=2021):
    return con.execute(
        "SELECT value, source_kind, has_conflict FROM current_values WHERE school_id = ? AND indicator_id = ? "
        "AND ref_year = ?", [school_id, indicator, year]
    ).fetchall()


def test_current_value_prefers_correction_over_sheet_over_report(con):
    _add_figure(con, "report", 10)
    assert current(con) == [(10.0, "report", False)]
    _add_figure(con, "sheet", 12)
    assert current(con) == [(12.0, "sheet", True)]
    _add_figure(con, "correction", 11)
    newer_sheet = _add_figure(con, "sheet", 13)
    assert current(con) == [(11.0, "correction", True)]
    revert_batch(con, newer_sheet)
    assert current(con) == [(11.0, "correction", True)]


def test_newest_sheet_wins_among_sheets(con):
    _add_figure(con, "sheet", 12)
    time.sleep(0.01)
    _add_figure(con, "sheet", 14)
    assert current(con) == [(14.0, "sheet", True)]


def _hold_lock(db: str, seconds: float) -> subprocess.Popen:
    code = textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({db!r})
        print("locked", flush=True)
        time.sleep({seconds})
        con.close()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.mark.file_only
def test_connect_waits_for_another_process(built_db):
    holder = _hold_lock(built_db, 1.0)
    try:
        started = time.monotonic()
        with session(built_db) as con:
            assert con.execute("SELECT count(*) FROM indicators").fetchone()[0] == 28
        assert time.monotonic() - started > 0.3
    finally:
        holder.wait()


@pytest.mark.file_only
def test_connect_gives_a_plain_message_when_the_lock_is_held_too_long(built_db):
    holder = _hold_lock(built_db, 3.0)
    try:
        with pytest.raises(WarehouseBusy) as info:
            connect(built_db, timeout=0.5)
        assert "busy" in str(info.value) and "Conflicting lock" not in str(info.value)
    finally:
        holder.wait()


@pytest.mark.file_only
def test_forward_migration_from_schema_1_keeps_the_data(db_path, tmp_path):
    # the data a schema-1 warehouse would hold: the bundled reports as today's build loads them
    source = str(tmp_path / "today.duckdb")
    build(source)
    with session(db_path) as con:
        assert migrate(con, target=1) == [1]
        con.execute(f"ATTACH '{source}' AS today (READ_ONLY)")
        for table in ("indicators", "batches", "schools", "school_aliases", "documents", "awards", "reviews"):
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM today.{table}")
        con.execute("INSERT INTO observations BY NAME SELECT * FROM today.observations")
        con.execute("DETACH today")
        for sequence, table in (("batch_ids", "batches"), ("observation_ids", "observations")):
            con.execute(f"SELECT nextval('{sequence}') FROM range((SELECT max(id) FROM {table}))")
        # and a sheet figure, which version 7 moves to sheet_values
        con.execute("INSERT INTO batches (id, kind, file_name, who) VALUES (nextval('batch_ids'), 'sheet', 'a.csv', 't')")
        con.execute("INSERT INTO observations (batch_id, school_id, indicator_id, year, value, qualifier, source_kind, "
                    "sheet_row, review_status, note) SELECT max(id), 2, 'activists', 2019, 4, 'at_least', 'sheet', 2, "
                    "'confirmed', '含入党积极分子培训班学员' FROM batches")
        before = con.execute("SELECT id, qualifier, source_kind, review_status FROM observations ORDER BY id").fetchall()
    with session(db_path) as con:
        assert schema_version(con) == 1
        assert migrate(con) == list(range(2, LATEST_VERSION + 1))
        assert schema_version(con) == LATEST_VERSION
        after = con.execute("SELECT id, qualifier::VARCHAR, source_kind::VARCHAR, review_status::VARCHAR "
                            "FROM observations ORDER BY id").fetchall()
        assert after == before
        # version 13 made every column a plain type, and the id counters carry on after the sequences
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_name = 'report_observations'").fetchall())
        assert types["qualifier"] == "VARCHAR" and types["review_status"] == "VARCHAR"
        assert con.execute("SELECT next_id FROM id_counters WHERE name = 'observation'").fetchone()[0] > before[-1][0]
        # version 7 keeps sheet figures apart, and the figure is current (resolved, since it is not `sole`)
        assert con.execute("SELECT indicator_id, value, sole FROM sheet_values").fetchall() == [("activists", 4, False)]
        # version 10 keeps its note apart, and the view shows it with the figure
        assert con.execute("SELECT note FROM observations WHERE source_kind = 'sheet'").fetchall() == [
            ("含入党积极分子培训班学员",)]
        assert con.execute("SELECT count(*) FROM report_observations WHERE source_kind = 'sheet'").fetchone()[0] == 0
        assert con.execute("SELECT value, source_kind::VARCHAR FROM current_facts WHERE indicator_id = 'activists' "
                           "AND school_id = 2 AND ref_year = 2019").fetchall() == [(4, "sheet")]
        _add_figure(con, "sheet", 7, school_id=2, year=2020)
        assert con.execute("SELECT max(id) FROM observations").fetchone()[0] > before[-1][0]
        assert con.execute("SELECT count(*) FROM current_facts").fetchone()[0] > 0
        assert check_integrity(con) == {}


def test_current_facts_follow_every_load_and_revert(con):
    def facts():
        return con.execute("SELECT count(*) FROM current_facts").fetchone()[0]

    n = facts()
    batch = _add_figure(con, "sheet", 99, school_id=2, year=2030 - 10)
    assert facts() == n + 1
    revert_batch(con, batch)
    assert facts() == n
    assert check_integrity(con) == {}


def test_a_sheet_figure_names_a_known_indicator(con):
    def write(c, batch_id):
        insert_sheet_figure(c, batch_id, indicator="members_ful")
        return {}

    with pytest.raises(IntegrityError):
        run_batch(con, "sheet", file_name="x.csv", digest="x", who="t", write=write)
    assert check_integrity(con) == {}


def test_a_new_catalog_indicator_is_taken_at_once_and_sheet_figures_keep_theirs(con, monkeypatch):
    import dataclasses

    from etl import catalog
    from etl.load import sync_indicators
    from etl.sheets import import_sheet

    _, loaded = import_sheet(con, "a.csv", "学校,年份,指标,数值\n云杉实验小学,2021,正式党员,20\n"
                             "云杉实验小学,2021,志愿服务次数,12余\n".encode(), who="t")
    before = con.execute("SELECT id, indicator_id, value, qualifier FROM sheet_values ORDER BY id").fetchall()
    summary = con.execute("SELECT * FROM school_indicator_summary ORDER BY ALL").fetchall()
    original = catalog.load_catalog()
    extra = dataclasses.replace(original[0], id="mentor_meetings", name_zh="师徒交流会", name_en="Mentor meetings",
                                aliases=())
    monkeypatch.setattr(catalog, "load_catalog", lambda: [*original, extra])
    assert sync_indicators(con) == 1
    assert con.execute("SELECT id, indicator_id, value, qualifier FROM sheet_values ORDER BY id").fetchall() == before
    assert con.execute("SELECT * FROM school_indicator_summary ORDER BY ALL").fetchall() == summary
    assert check_integrity(con) == {}

    def write(c, batch_id):
        insert_sheet_figure(c, batch_id, indicator="mentor_meetings", year=2022, value=3)
        return {"observations": 1}

    batch = run_batch(con, "sheet", file_name="b.csv", digest="b", who="t", write=write).batch_id
    assert con.execute("SELECT indicator_id FROM observations WHERE batch_id = ?", [batch]).fetchone() == (
        "mentor_meetings",)
    assert sync_indicators(con) == 0  # nothing left to change


def test_a_pending_write_is_seen_by_readers_and_a_dead_writers_marker_is_ignored(tmp_path):
    import os
    import subprocess

    from etl.warehouse import pending_write, writer_waiting

    db = str(tmp_path / "w.duckdb")
    assert not writer_waiting(db)
    with pending_write(db):
        assert writer_waiting(db)
        assert not writer_waiting(db, ignore_pid=os.getpid())  # the app's own writes
    assert not writer_waiting(db)
    dead = subprocess.Popen(["true"])
    dead.wait()
    marker = tmp_path / "w.duckdb.pending-writes" / f"{dead.pid}-abcd"
    marker.touch()
    assert not writer_waiting(db) and not marker.exists()


@pytest.mark.file_only
def test_the_shared_reader_closes_for_a_waiting_writer_and_reads_again_after(built_db, tmp_path):
    import subprocess
    import threading
    import time

    from dashboard.data import SharedReader

    reader = SharedReader(idle=60)  # without a writer waiting it would stay open for a minute
    with reader.cursor(built_db) as cur:
        assert cur.execute("SELECT count(*) FROM batches").fetchone()[0] >= 1
    assert reader._con is not None
    other = subprocess.Popen(["sleep", "60"])  # stands for the writing process
    marker = tmp_path / "warehouse.duckdb.pending-writes" / f"{other.pid}-test"
    marker.parent.mkdir(exist_ok=True)
    marker.touch()
    results = []
    thread = threading.Thread(target=lambda: results.append(_read_one(reader, built_db)))
    try:
        thread.start()
        time.sleep(0.5)
        assert reader._con is None  # closed for the writer
        assert results == []  # and the new read is held back while the write is pending
        marker.unlink()
        thread.join(timeout=10)
        assert results == [1]
    finally:
        other.kill()
        other.wait()
        reader.shutdown()


def _read_one(reader, db: str) -> int:
    with reader.cursor(db) as cur:
        return cur.execute("SELECT 1").fetchone()[0]


def test_many_analysts_writing_at_once_in_one_process_all_land(built_db):
    """Eight threads (the app's analysts) import three sheets each at the same moment: every import
    lands, none sees a transaction conflict."""
    import threading

    from etl.sheets import import_sheet
    from etl.warehouse import session

    errors, results = [], []
    start = threading.Barrier(8)

    def analyst(n: int):
        start.wait()
        for k in range(3):
            sheet = f"学校,年份,正式党员,入党积极分子\n第{n}号测试学校,{2015 + k},{n + k},{k}\n".encode()
            try:
                with session(built_db) as con:
                    _, result = import_sheet(con, f"a{n}-{k}.csv", sheet, who=f"analyst{n}", new_schools=True)
                results.append(result.batch_id)
            except Exception as error:
                errors.append(f"{type(error).__name__}: {error}")

    threads = [threading.Thread(target=analyst, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    assert len(set(results)) == 24
    with session(built_db) as con:
        assert con.execute("SELECT count(*) FROM batches WHERE kind = 'sheet' AND status = 'committed'"
                           ).fetchone()[0] == 24
        check_integrity(con)


def test_an_honour_read_in_traditional_characters_is_kept_under_its_simplified_title(con):
    from etl.extract import extract_text
    from etl.load import load_report

    traditional = extract_text("t.txt", "東湖小學黨支部\n2019年，東湖小學黨支部獲評「市先進黨支部」。")
    assert [a.title for a in traditional.awards] == ["市先進黨支部"]  # the output quotes the text
    load_report(con, traditional, who="t")
    load_report(con, extract_text("s.txt", "西湖小学党支部\n2020年，西湖小学党支部获评“市先进党支部”。"), who="t")
    titles = con.execute("SELECT title, count(*) FROM awards WHERE title LIKE '市先%' GROUP BY title").fetchall()
    assert titles == [("市先进党支部", 2)]


def test_insert_rows_writes_every_row_across_its_statements_with_nulls_and_types_kept():
    import duckdb

    from etl.warehouse import insert_rows

    con = duckdb.connect()
    con.execute("CREATE TABLE t (id BIGINT, year INTEGER, label VARCHAR, value DOUBLE, flag BOOLEAN)")
    rows = [(n, 2000 + n % 20 if n % 3 else None, None if n % 5 == 0 else f"第{n}项", n / 4, n % 2 == 0)
            for n in range(601)]  # (more rows than one statement takes, and not a multiple of it)
    insert_rows(con, "t", ("id", "year", "label", "value", "flag"), rows)
    assert con.execute("SELECT * FROM t ORDER BY id").fetchall() == rows
