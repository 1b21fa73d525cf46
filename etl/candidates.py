"""Numbers no rule assigned: an analyst assigns one (indicator, qualifier, year) or dismisses it.

Each decision is a batch of its own. An assignment adds the figure as a correction (it is a person's
reading of the sentence, so it wins over other sources like any correction); a dismissal adds nothing.
Reverting the decision's batch takes the figure away and opens the candidate again.
"""

from __future__ import annotations

from etl import ids
from etl.load import LoadError, LoadResult, run_batch
from etl.review import check_figure

ACTIONS = ("assign", "dismiss")


def _open_candidate(con, candidate_id: int) -> tuple:
    row = con.execute(
        "SELECT school_id, document_id, value, qualifier, year, span_start, span_end, evidence "
        "FROM open_candidates WHERE id = ?",
        [candidate_id],
    ).fetchone()
    if row is None:
        known = con.execute("SELECT count(*) FROM candidates WHERE id = ?", [candidate_id]).fetchone()[0]
        if not known:
            raise LoadError(f"there is no candidate {candidate_id}", f"没有待识别的数字 {candidate_id}")
        raise LoadError(f"candidate {candidate_id} was already decided, or its report was reverted",
                        f"数字 {candidate_id} 已经处理过，或其报告已被撤销")
    return row


def assign_candidate(con, candidate_id: int, *, indicator: str, who: str, value=None, qualifier: str | None = None,
                     year: int | None = None, note: str = "") -> LoadResult:
    """Make a candidate a figure of `indicator`, as one batch."""
    if not who or not who.strip():
        raise LoadError("an assignment needs the analyst's name", "指派需要分析员姓名")
    school_id, document_id, old_value, old_qualifier, old_year, start, end, evidence = _open_candidate(con, candidate_id)
    value = old_value if value is None else value
    qualifier = qualifier or old_qualifier
    check_figure(value, qualifier, year, indicator)

    def write(c, batch_id):
        figure_id = ids.reserve(c, "observation")
        c.execute(
            "INSERT INTO report_observations (id, batch_id, school_id, indicator_id, year, value, qualifier, "
            "is_target, source_kind, document_id, span_start, span_end, evidence, review_status, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, false, 'correction', ?, ?, ?, ?, 'confirmed', ?)",
            [figure_id, batch_id, school_id, indicator, year, float(value), qualifier, document_id, start, end,
             evidence, note or None],
        )
        c.execute("INSERT INTO candidate_decisions VALUES (?, ?, 'assign', ?, ?)",
                  [batch_id, candidate_id, figure_id, note or None])
        return {"observations": 1}

    result = run_batch(con, "correction", file_name=None, digest=None, who=who.strip(), write=write,
                       note=f"assign candidate {candidate_id} to {indicator}: {note}".strip(": "))
    result.message = f"candidate {candidate_id}: assigned to {indicator} as batch {result.batch_id}"
    return result


def dismiss_candidate(con, candidate_id: int, *, who: str, note: str = "") -> LoadResult:
    """Take a candidate off the list (it counts nothing), as one batch."""
    if not who or not who.strip():
        raise LoadError("a dismissal needs the analyst's name", "忽略需要分析员姓名")
    _open_candidate(con, candidate_id)

    def write(c, batch_id):
        c.execute("INSERT INTO candidate_decisions VALUES (?, ?, 'dismiss', NULL, ?)",
                  [batch_id, candidate_id, note or None])
        return {}

    result = run_batch(con, "review", file_name=None, digest=None, who=who.strip(), write=write,
                       note=f"dismiss candidate {candidate_id}: {note}".strip(": "))
    result.message = f"candidate {candidate_id}: dismissed as batch {result.batch_id}"
    return result
