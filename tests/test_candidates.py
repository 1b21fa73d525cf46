"""Numbers no rule assigned: kept as candidates, assigned or dismissed by analysts, undone by a revert."""

from __future__ import annotations

import pytest

from etl.candidates import assign_candidate, dismiss_candidate
from etl.extract import extract_text
from etl.integrity import check_integrity
from etl.load import LoadError, load_report, revert_batch

REPORT = ("东湖小学党支部开展红色研学\n发布时间：2022-05-20\n"
          "5月18日，东湖小学党支部组织20名党员参加了红色教育基地的参观学习。")


@pytest.fixture
def loaded(con):
    result = load_report(con, extract_text("donghu.txt", REPORT), who="t")
    assert result.counts["candidates"] == 1
    candidate = con.execute("SELECT id, value, evidence, year FROM open_candidates").fetchone()
    return result.batch_id, candidate


def school_figures(con, indicator):
    return con.execute(
        "SELECT f.value, f.ref_year, f.source_kind FROM current_facts f JOIN schools s ON s.id = f.school_id "
        "WHERE s.name_zh = '东湖小学' AND f.indicator_id = ?", [indicator]).fetchall()


def test_a_candidate_is_kept_with_its_span_and_never_charted(con, loaded):
    _, (cid, value, evidence, year) = loaded
    assert value == 20 and "20名党员" in evidence and year == 2022
    text = con.execute("SELECT text FROM documents WHERE file_name = 'donghu.txt'").fetchone()[0]
    start, end = con.execute("SELECT span_start, span_end FROM candidates WHERE id = ?", [cid]).fetchone()
    assert text[start:end] == evidence
    assert con.execute("SELECT count(*) FROM current_facts f JOIN schools s ON s.id = f.school_id "
                       "WHERE s.name_zh = '东湖小学'").fetchone()[0] == 0


def test_assigning_makes_a_figure_and_a_revert_undoes_it(con, loaded):
    _, (cid, *_) = loaded
    result = assign_candidate(con, cid, indicator="study_sessions", value=1, qualifier="exact", year=2022,
                              who="分析员", note="one study visit")
    assert school_figures(con, "study_sessions") == [(1.0, 2022, "correction")]
    assert con.execute("SELECT count(*) FROM open_candidates").fetchone()[0] == 0
    assert check_integrity(con) == {}
    revert_batch(con, result.batch_id, who="分析员")
    assert school_figures(con, "study_sessions") == []
    assert con.execute("SELECT id FROM open_candidates").fetchall() == [(cid,)]


def test_dismissing_takes_it_off_the_list_and_a_revert_brings_it_back(con, loaded):
    _, (cid, *_) = loaded
    result = dismiss_candidate(con, cid, who="分析员", note="members attending a visit")
    assert con.execute("SELECT count(*) FROM open_candidates").fetchone()[0] == 0
    with pytest.raises(LoadError, match="already decided"):
        assign_candidate(con, cid, indicator="study_sessions", who="分析员")
    revert_batch(con, result.batch_id)
    assert con.execute("SELECT id FROM open_candidates").fetchall() == [(cid,)]


def test_reverting_the_report_takes_its_candidates_away(con, loaded):
    batch_id, _ = loaded
    revert_batch(con, batch_id)
    assert con.execute("SELECT count(*) FROM open_candidates").fetchone()[0] == 0


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"indicator": "no_such_indicator"}, "unknown indicator"),
        ({"indicator": "study_sessions", "value": -1}, "negative"),
        ({"indicator": "study_sessions", "qualifier": "roughly"}, "qualifier"),
        ({"indicator": "study_sessions", "year": 1800}, "year"),
        ({"indicator": "study_sessions", "who": " "}, "name"),
    ],
)
def test_a_bad_assignment_is_refused_and_changes_nothing(con, loaded, kwargs, message):
    _, (cid, *_) = loaded
    before = con.execute("SELECT count(*) FROM batches").fetchone()[0]
    with pytest.raises(LoadError, match=message):
        assign_candidate(con, cid, **{"who": "分析员", **kwargs})
    assert con.execute("SELECT count(*) FROM batches").fetchone()[0] == before
    assert con.execute("SELECT id FROM open_candidates").fetchall() == [(cid,)]


def test_there_is_no_such_candidate(con):
    with pytest.raises(LoadError, match="no candidate"):
        dismiss_candidate(con, 999, who="分析员")
