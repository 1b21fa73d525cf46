"""The bundled default data: the extractor's output on the seed reports, kept as a sheet in data/.

One row per document, metric or award (`record` says which), document fields repeated on each row,
so that the sheet reads on its own in a spreadsheet and `build` can load it without the reports.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from etl.records import Award, DocumentInfo, Extraction, Metric
from etl.settings import DATA_DIR

BUNDLE_PATH = DATA_DIR / "seed_figures.csv"

DOC_COLUMNS = ["doc", "content_hash", "lang", "doc_type", "published", "title", "school", "region", "school_level"]
FIGURE_COLUMNS = [
    "indicator", "value", "qualifier", "year", "period", "period_start", "period_end", "cadence", "is_target",
    "award_title", "award_level", "recipient", "start", "end", "evidence",
]
COLUMNS = ["record", *DOC_COLUMNS, *FIGURE_COLUMNS]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_bundle(extractions: list[Extraction], path: Path = BUNDLE_PATH) -> int:
    rows = []
    for ex in extractions:
        d = ex.document
        doc = [d.doc, d.content_hash, d.lang, d.doc_type, d.published, d.title, d.school, d.region, d.school_level]
        rows.append(["document", *doc] + [None] * len(FIGURE_COLUMNS))
        for m in ex.metrics:
            rows.append(["metric", *doc, m.indicator, m.value, m.qualifier, m.year, m.period, m.period_start,
                         m.period_end, m.cadence, m.is_target, None, None, None, m.start, m.end, m.evidence])
        for a in ex.awards:
            rows.append(["award", *doc, None, None, None, a.year, None, None, None, None, None, a.title, a.level,
                         a.recipient, a.start, a.end, a.evidence])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows([[_cell(v) for v in row] for row in rows])
    return len(rows)


def _int(text: str) -> int | None:
    return int(text) if text else None


def read_bundle(path: Path = BUNDLE_PATH) -> list[Extraction]:
    docs: dict[str, Extraction] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = row["content_hash"]
            if key not in docs:
                docs[key] = Extraction(
                    DocumentInfo(
                        doc=row["doc"], content_hash=key, lang=row["lang"], doc_type=row["doc_type"],
                        published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
                        title=row["title"] or None, school=row["school"] or None, region=row["region"] or None,
                        school_level=row["school_level"] or "unknown",
                    )
                )
            ex = docs[key]
            if row["record"] == "metric":
                ex.metrics.append(Metric(
                    indicator=row["indicator"], value=float(row["value"]), qualifier=row["qualifier"],
                    year=_int(row["year"]), period=row["period"] or None, period_start=_int(row["period_start"]),
                    period_end=_int(row["period_end"]), cadence=row["cadence"] or None,
                    is_target=row["is_target"] == "true", start=_int(row["start"]), end=_int(row["end"]),
                    evidence=row["evidence"] or None,
                ))
            elif row["record"] == "award":
                ex.awards.append(Award(
                    title=row["award_title"], level=row["award_level"], recipient=row["recipient"],
                    year=_int(row["year"]), start=_int(row["start"]), end=_int(row["end"]),
                    evidence=row["evidence"] or None,
                ))
    return list(docs.values())
