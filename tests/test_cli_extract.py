"""`python -m etl extract` and `ingest` as real processes."""

from __future__ import annotations

import json

from etl.warehouse import session
from tests.conftest import CORPUS, SEEDS, run_cli


def test_extract_json_contract():
    result = run_cli("extract", "--json", str(SEEDS / "001_ca4784f4f015ac9f.txt"))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    text = (SEEDS / "001_ca4784f4f015ac9f.txt").read_text(encoding="utf-8")
    assert records[0]["type"] == "document"
    for r in records[1:]:
        assert r["type"] in ("metric", "award", "candidate")
        assert r["evidence"] == text[r["start"]: r["end"]]


def test_extract_table():
    result = run_cli("extract", str(SEEDS / "002_c020b616ad99d7c6.txt"))
    assert result.returncode == 0
    assert "宁化一中" in result.stdout and "students_assisted" in result.stdout and "省先进基层党组织" in result.stdout


def test_an_unreadable_file_is_reported_and_the_others_go_on(tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"nonsense")
    result = run_cli("extract", "--json", str(bad), str(SEEDS / "001_ca4784f4f015ac9f.txt"))
    assert result.returncode == 2
    assert "broken.docx" in result.stderr and "Traceback" not in result.stderr
    assert '"members_full"' in result.stdout


def test_extract_of_a_missing_path_is_bad_input():
    result = run_cli("extract", "no/such/file.txt")
    assert result.returncode == 2 and "no such file" in result.stderr


def test_ingest_loads_each_report_once(db_path):
    reports = sorted(CORPUS.glob("*.txt"))  # the corpus grows: count what is there
    first = run_cli("ingest", str(CORPUS), "--quiet", db=db_path)
    assert first.returncode == 0, first.stderr
    assert f"{len(reports)} reports loaded" in first.stdout
    again = run_cli("ingest", str(reports[0]), db=db_path)
    assert again.returncode == 0
    assert "already loaded" in again.stdout
    with session(db_path) as con:
        assert con.execute("SELECT count(*) FROM batches WHERE kind = 'report'").fetchone()[0] == len(reports)
        assert con.execute("SELECT count(*) FROM documents WHERE text IS NOT NULL").fetchone()[0] == len(reports)
        evidence, text, start, end = con.execute(
            "SELECT o.evidence, d.text, o.span_start, o.span_end FROM observations o JOIN documents d "
            "ON d.id = o.document_id LIMIT 1").fetchone()
        assert evidence == text[start:end]


def test_ingest_after_build_adds_the_texts_not_the_figures(built_db):
    with session(built_db) as con:
        before = con.execute("SELECT count(*) FROM observations").fetchone()[0]
    result = run_cli("ingest", str(SEEDS), db=built_db)
    assert result.returncode == 0
    with session(built_db) as con:
        assert con.execute("SELECT count(*) FROM observations").fetchone()[0] == before
        assert con.execute("SELECT count(*) FROM documents WHERE text IS NULL").fetchone()[0] == 0


def test_a_new_report_from_a_known_school_joins_that_school(built_db, tmp_path):
    report = tmp_path / "jinghua_2021.txt"
    report.write_text("菁华小学校党支部2021年工作总结\n2021年，菁华小学校党支部开展主题党日活动12次。", encoding="utf-8")
    assert run_cli("ingest", str(report), db=built_db).returncode == 0
    with session(built_db) as con:
        names = con.execute(
            "SELECT s.name_zh FROM observations o JOIN schools s ON s.id = o.school_id "
            "WHERE o.indicator_id = 'theme_party_days' AND o.value = 12").fetchall()
        assert names == [("黔江区菁华小学校",)]


def test_output_whose_reader_stops_early_ends_quietly(tmp_path):
    """`python -m etl extract … | head -1`: the reader goes away; no "internal error", no traceback."""
    import subprocess

    from tests.conftest import PYTHON, ROOT

    # more output than a pipe holds (64 KB), so the writer is still writing when the reader goes, however fast it is
    # (the corpus alone writes less, and a quick writer could end before the reader closed)
    text = (SEEDS / "001_ca4784f4f015ac9f.txt").read_text(encoding="utf-8")
    for i in range(120):
        (tmp_path / f"r{i:03d}.txt").write_text(f"{text}\n（第{i}份）\n", encoding="utf-8")
    process = subprocess.Popen([PYTHON, "-m", "etl", "extract", "--json", str(tmp_path)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().startswith(b'{"type": "document"')
    process.stdout.close()  # as `head -1` does
    _, errors = process.communicate(timeout=120)
    assert errors.decode() == ""
    assert process.returncode == 141
