"""What the extractor produces and the loader consumes: a document, its metrics and its awards.

`to_json_records` is the "Extraction output" contract of DESIGN.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass
class DocumentInfo:
    doc: str  # the file's base name
    content_hash: str
    lang: str = "zh"
    school: str | None = None
    region: str | None = None
    school_level: str = "unknown"
    published: dt.date | None = None
    doc_type: str = "news"
    title: str | None = None
    text: str | None = None  # None when only the figures are known (the bundled data)


@dataclass
class Metric:
    indicator: str
    value: float
    qualifier: str = "exact"
    year: int | None = None
    period: str | None = None  # the period words of the text ("2020年至今", "全年", "每月")
    period_start: int | None = None
    period_end: int | None = None
    cadence: str | None = None  # set for rates ("每月1次"): day, week, month, term, half_year, year
    is_target: bool = False  # figures of a work plan are targets, not results
    start: int | None = None
    end: int | None = None
    evidence: str | None = None


@dataclass
class Award:
    title: str
    level: str = "unknown"
    recipient: str = "organization"
    year: int | None = None
    start: int | None = None
    end: int | None = None
    evidence: str | None = None


@dataclass
class Candidate:
    """A number in a sentence about party work that no rule assigns: offered to analysts, never charted."""

    value: float
    qualifier: str = "exact"
    unit: str = ""
    year: int | None = None
    start: int | None = None
    end: int | None = None
    evidence: str | None = None
    reason: str = ""  # why no indicator was given ("unsure", "members attending an event" …)


@dataclass
class Extraction:
    document: DocumentInfo
    metrics: list[Metric] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def to_json_records(ex: Extraction) -> list[dict]:
    """The DESIGN.md contract: one document record, then metric, award and candidate records."""
    d = ex.document
    records: list[dict] = [
        {
            "type": "document",
            "doc": d.doc,
            "school": d.school,
            "region": d.region,
            "school_level": d.school_level,
            "published": d.published.isoformat() if d.published else None,
            "lang": d.lang,
            "doc_type": d.doc_type,
            "title": d.title,
        }
    ]
    for m in ex.metrics:
        records.append(
            {
                "type": "metric",
                "doc": d.doc,
                "indicator": m.indicator,
                "value": _number(m.value),
                "qualifier": m.qualifier,
                "year": m.year,
                "period": m.period,
                "period_start": m.period_start,
                "period_end": m.period_end,
                "cadence": m.cadence,
                "is_target": m.is_target,
                "start": m.start,
                "end": m.end,
                "evidence": m.evidence,
            }
        )
    for a in ex.awards:
        records.append(
            {
                "type": "award",
                "doc": d.doc,
                "title": a.title,
                "level": a.level,
                "recipient": a.recipient,
                "year": a.year,
                "start": a.start,
                "end": a.end,
                "evidence": a.evidence,
            }
        )
    for c in ex.candidates:
        records.append(
            {
                "type": "candidate",
                "doc": d.doc,
                "value": _number(c.value),
                "qualifier": c.qualifier,
                "unit": c.unit,
                "year": c.year,
                "start": c.start,
                "end": c.end,
                "evidence": c.evidence,
                "reason": c.reason,
            }
        )
    return records


def replace(obj, **changes):
    return dataclasses.replace(obj, **changes)


def content_hash(data: bytes | str) -> str:
    """The identity of a report or sheet: sha256 of its bytes (text is hashed as UTF-8)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()
