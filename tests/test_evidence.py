"""Showing a figure in its sentence, and analysts' reviews (confirm, correct, reject)."""

from __future__ import annotations

import pytest

from dashboard.evidence import highlight_html, sentence_around
from etl.integrity import check_integrity
from etl.load import LoadError, revert_batch
from etl.review import review_figure
from etl.warehouse import session
from tests.conftest import insert_sheet_figure


def test_sentence_around_a_figure():
    text = "第一句。2020年至今，学校党支部开展集中上党课6次，专题组织生活会4次。第三句。"
    start = text.index("开展集中上党课6次")
    before, figure, after = sentence_around(text, start, start + len("开展集中上党课6次"))
    assert before == "2020年至今，学校党支部"
    assert figure == "开展集中上党课6次"
    assert after == "，专题组织生活会4次。"


def test_highlight_escapes_markup():
    html = highlight_html("<script>alert(1)</script>", "20人", "&")
    assert "<script>" not in html and "&lt;script&gt;" in html and "<mark>20人</mark>" in html


def figure_id(con, indicator="members_full"):
    return con.execute("SELECT id FROM observations WHERE indicator_id = ? ORDER BY id LIMIT 1", [indicator]).fetchone()[0]


def current(con, indicator):
    return con.execute(
        "SELECT value, source_kind FROM current_facts WHERE indicator_id = ? AND school_id = "
        "(SELECT school_id FROM observations WHERE indicator_id = ? ORDER BY id LIMIT 1)", [indicator, indicator]
    ).fetchall()


def test_confirm(con):
    fid = figure_id(con)
    result = review_figure(con, fid, "confirm", who="王分析")
    assert con.execute("SELECT review_status FROM observations WHERE id = ?", [fid]).fetchone()[0] == "confirmed"
    assert con.execute("SELECT kind, who FROM batches WHERE id = ?", [result.batch_id]).fetchone() == ("review", "王分析")


def test_a_correction_is_its_own_batch_and_wins(con):
    fid = figure_id(con)
    assert current(con, "members_full") == [(20.0, "report")]
    result = review_figure(con, fid, "correct", who="王分析", note="原文笔误，实为21人", value=21, qualifier="exact")
    assert current(con, "members_full") == [(21.0, "correction")]
    kind, who, note = con.execute("SELECT kind, who, note FROM batches WHERE id = ?", [result.batch_id]).fetchone()
    assert (kind, who) == ("correction", "王分析") and "笔误" in note
    assert con.execute("SELECT review_status FROM observations WHERE id = ?", [fid]).fetchone()[0] == "corrected"
    assert check_integrity(con) == {}
    revert_batch(con, result.batch_id)
    assert current(con, "members_full") == [(20.0, "report")]
    assert con.execute("SELECT review_status FROM observations WHERE id = ?", [fid]).fetchone()[0] == "pending"


def test_reject_sets_a_figure_aside_and_revert_brings_it_back(con):
    fid = figure_id(con)
    result = review_figure(con, fid, "reject", who="王分析", note="不是本校数据")
    assert current(con, "members_full") == []
    revert_batch(con, result.batch_id)
    assert current(con, "members_full") == [(20.0, "report")]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"action": "reject"}, "needs a note"),
        ({"action": "correct", "note": "x", "value": -3}, "negative"),
        ({"action": "correct", "note": "x", "value": 10**7}, "implausible"),
        ({"action": "correct", "note": "x", "year": 1900}, "outside"),
        ({"action": "correct", "note": "x", "indicator": "nope"}, "unknown indicator"),
        ({"action": "correct", "note": "x"}, "changes nothing"),
        ({"action": "maybe"}, "action must be"),
    ],
)
def test_bad_reviews_are_refused_and_change_nothing(con, kwargs, message):
    fid = figure_id(con)
    before = con.execute("SELECT count(*) FROM batches").fetchone()[0]
    action = kwargs.pop("action")
    with pytest.raises(LoadError, match=message):
        review_figure(con, fid, action, who="王分析", **kwargs)
    assert con.execute("SELECT count(*) FROM batches").fetchone()[0] == before


def test_conflicting_sources_are_flagged(rich_db):
    from dashboard import queries
    from dashboard.filters import Filters
    from etl.load import run_batch

    with session(rich_db) as con:
        school, year = con.execute(
            "SELECT school_id, ref_year FROM current_facts WHERE indicator_id = 'members_total' AND ref_year = 2005"
        ).fetchone()

        def write(c, batch_id):
            insert_sheet_figure(c, batch_id, school_id=school, indicator="members_total", year=year, value=140)
            return {"observations": 1}

        run_batch(con, "sheet", file_name="members.csv", digest=None, who="t", write=write)
        rows = queries.evidence_rows(con, Filters(), conflicts_only=True)
        assert set(rows["value"]) == {138.0, 140.0}
        assert rows["has_conflict"].all()
        assert queries.conflict_count(con, Filters()) == 1
        assert current_value(con, school) == (140.0, "sheet")


def current_value(con, school):
    return con.execute("SELECT value, source_kind FROM current_facts WHERE school_id = ? AND indicator_id = "
                       "'members_total' AND ref_year = 2005", [school]).fetchone()


def test_reverting_an_earlier_review_leaves_a_later_one_standing(con):
    fid = con.execute("SELECT id FROM observations WHERE evidence = '有正式党员20人'").fetchone()[0]
    confirmed = review_figure(con, fid, "confirm", who="甲")
    review_figure(con, fid, "reject", who="乙", note="重复")
    revert_batch(con, confirmed.batch_id)
    status = con.execute("SELECT review_status FROM observations WHERE id = ?", [fid]).fetchone()[0]
    assert status == "rejected"  # the later rejection stands; the figure does not come back


def test_reverting_a_load_withdraws_the_reviews_of_its_figures_and_says_so(con):
    from etl.load import dependent_batches
    from etl.sheets import import_sheet

    _, loaded = import_sheet(con, "w.csv", "学校,年份,正式党员,入党积极分子\n城南实验中学,2022,14,3\n".encode(),
                             who="t", new_schools=True)
    members, activists = (con.execute("SELECT id FROM observations WHERE batch_id = ? AND indicator_id = ?",
                                      [loaded.batch_id, ind]).fetchone()[0]
                          for ind in ("members_full", "activists"))
    corrected = review_figure(con, members, "correct", who="甲", note="应为16人", value=16)
    correction = con.execute("SELECT correction_id FROM reviews WHERE batch_id = ?",
                             [corrected.batch_id]).fetchone()[0]
    confirmed_correction = review_figure(con, correction, "confirm", who="乙")  # a review of the correction
    rejected = review_figure(con, activists, "reject", who="乙", note="不是本校")
    unrelated = review_figure(con, figure_id(con), "confirm", who="丙")  # a figure of another load
    expected = sorted([corrected.batch_id, confirmed_correction.batch_id, rejected.batch_id])
    assert dependent_batches(con, loaded.batch_id) == expected

    result = revert_batch(con, loaded.batch_id)
    assert result.counts["withdrawn"] == 3 and "also withdrew 3 review(s)" in result.message
    statuses = dict(con.execute("SELECT id, status FROM batches").fetchall())
    assert all(statuses[b] == "reverted" for b in expected) and statuses[unrelated.batch_id] == "committed"
    school = con.execute("SELECT id FROM schools WHERE name_zh = '城南实验中学'").fetchone()[0]
    # the correction did not outlive the sheet it corrected
    assert con.execute("SELECT count(*) FROM current_facts WHERE school_id = ?", [school]).fetchone()[0] == 0
    check_integrity(con)
