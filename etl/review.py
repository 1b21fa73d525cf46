"""Analysts' review of extracted figures: confirm, correct or reject — each one batch of its own.

A correction is a new observation (source kind `correction`) that wins over the figure it corrects;
the original is kept with status `corrected`. A reject sets a figure aside (status `rejected`).
Every review records who, when, why and the status it replaced, so reverting it puts things back.
"""

from __future__ import annotations

import datetime as dt

from etl import catalog, ids
from etl.load import LoadError, LoadResult, run_batch
from etl.qualifiers import QUALIFIERS
from etl.warehouse import OBSERVATION_TABLES

ACTIONS = ("confirm", "correct", "reject")


def check_figure(value, qualifier: str, year, indicator: str) -> None:
    """Refuse a figure a person typed that the warehouse would not take (LoadError says why)."""
    ind = catalog.by_id().get(indicator)
    if ind is None:
        raise LoadError(f"unknown indicator {indicator!r}", f"无法识别的指标“{indicator}”")
    if qualifier not in QUALIFIERS:
        raise LoadError(f"qualifier must be one of {', '.join(QUALIFIERS)}", "限定词只能是 精确、至少、约、至多")
    try:
        value = float(value)
    except (TypeError, ValueError) as error:
        raise LoadError(f"value {value!r} is not a number", f"数值“{value}”不是数字") from error
    if value < 0:
        raise LoadError("a value cannot be negative", "数值不能为负")
    if value > ind.max_value:
        raise LoadError(f"{value:g} is implausible for {ind.name_en} (at most {ind.max_value:g})",
                        f"{value:g} 对“{ind.name_zh}”不合理（最多 {ind.max_value:g}）")
    if year is not None and not (1949 <= int(year) <= dt.date.today().year + 1):
        raise LoadError(f"year {year} is outside 1949–{dt.date.today().year + 1}",
                        f"年份 {year} 不在 1949–{dt.date.today().year + 1} 之间")


def review_figure(con, observation_id: int, action: str, *, who: str, note: str = "", value=None,
                  qualifier: str | None = None, year: int | None = None, indicator: str | None = None) -> LoadResult:
    """Confirm, correct or reject one figure, as one batch."""
    if action not in ACTIONS:
        raise LoadError(f"action must be one of {', '.join(ACTIONS)}", "操作只能是 确认、更正、驳回")
    if not who or not who.strip():
        raise LoadError("a review needs the reviewer's name", "审核需要审核人姓名")
    if action in ("correct", "reject") and not note.strip():
        raise LoadError("say why: a correction or a rejection needs a note", "请填写原因：更正或驳回都需要说明")
    row = con.execute(
        "SELECT o.school_id, o.indicator_id, o.year, o.period_label, o.period_start, o.period_end, o.cadence, "
        "o.value, o.qualifier, o.is_target, o.document_id, o.span_start, o.span_end, o.evidence, o.sheet_row, "
        "o.review_status, b.status FROM observations o JOIN batches b ON b.id = o.batch_id WHERE o.id = ?",
        [observation_id],
    ).fetchone()
    if row is None:
        raise LoadError(f"there is no figure {observation_id}", f"没有数据 {observation_id}")
    (school_id, old_indicator, old_year, period, p_start, p_end, cadence, old_value, old_qualifier, is_target,
     document_id, span_start, span_end, evidence, sheet_row, status, batch_status) = row
    if batch_status != "committed":
        raise LoadError(f"figure {observation_id} belongs to a reverted load", f"数据 {observation_id} 所在的批次已被撤销")
    if action == "correct":
        indicator = indicator or old_indicator
        qualifier = qualifier or old_qualifier
        year = old_year if year is None else year
        value = old_value if value is None else value
        check_figure(value, qualifier, year, indicator)
        if (indicator, float(value), qualifier, year) == (old_indicator, old_value, old_qualifier, old_year):
            raise LoadError("the correction changes nothing: use confirm instead", "更正没有改变任何内容：请选择“确认”")

    def write(c, batch_id):
        correction_id = None
        if action == "correct":
            correction_id = ids.reserve(c, "observation")
            c.execute(
                "INSERT INTO report_observations (id, batch_id, school_id, indicator_id, year, period_label, "
                "period_start, period_end, cadence, value, qualifier, is_target, source_kind, document_id, span_start, "
                "span_end, evidence, sheet_row, review_status, corrects_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, 'correction', ?, ?, ?, ?, ?, 'confirmed', ?, ?)",
                [correction_id, batch_id, school_id, indicator, year, period, p_start, p_end, cadence, float(value),
                 qualifier, is_target, document_id, span_start, span_end, evidence, sheet_row, observation_id, note],
            )
        new_status = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}[action]
        for table in OBSERVATION_TABLES:
            c.execute(f"UPDATE {table} SET review_status = ? WHERE id = ?", [new_status, observation_id])
        c.execute("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?)",
                  [batch_id, observation_id, action, status, correction_id, note or None])
        return {"observations": 1 if correction_id else 0}

    kind = "correction" if action == "correct" else "review"
    result = run_batch(con, kind, file_name=None, digest=None, who=who.strip(), write=write,
                       note=f"{action} figure {observation_id}: {note}".strip(": "))
    result.message = f"figure {observation_id}: {action} recorded as batch {result.batch_id}"
    return result
