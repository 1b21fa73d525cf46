"""Loads: every write to the warehouse is one batch inside one explicit transaction.

An exception anywhere inside a load rolls the whole batch back. Loading content that a committed
batch already holds (same content hash) adds nothing. A revert marks the batch reverted (its rows
stay for the record but leave every view) and is itself recorded as a batch.
"""

from __future__ import annotations

import contextlib
import os
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from etl import catalog, identity, ids, integrity, lake, settings
from etl.current import refresh_current
from etl.places import Place, conflicts, merged, place_given
from etl.records import Award, Extraction, Metric
from etl.schools import (
    MATCH_THRESHOLD,
    SchoolIndex,
    alias_key,
    is_english_name,
    school_level_from_name,
    unknown_school_name,
)
from etl.textnorm import clean_name, fold, name_problem
from etl.warehouse import (
    OBSERVATION_TABLES,
    LoadError,
    WarehouseBusy,
    bump_data_version,
    insert_rows,
    on_lake,
    transaction,
)


@dataclass
class LoadResult:
    status: str  # loaded | unchanged | updated | reverted
    batch_id: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    message: str = ""


def sync_indicators(con: duckdb.DuckDBPyConnection) -> int:
    """Make the indicators table equal the catalog file; returns how many rows changed."""
    rows = [
        (i.id, i.category, i.name_zh, i.name_en, i.unit, i.kind, i.definition, i.max_value, ";".join(i.aliases))
        for i in catalog.load_catalog()
    ]
    existing = set(con.execute("SELECT * FROM indicators").fetchall())
    wanted = set(rows)
    if existing == wanted:
        return 0
    with transaction(con):
        con.execute("DELETE FROM indicators")
        con.executemany("INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        bump_data_version(con)
    return len(existing ^ wanted)


def committed_batch(con: duckdb.DuckDBPyConnection, kind: str, digest: str) -> int | None:
    row = con.execute(
        "SELECT id FROM batches WHERE kind = ? AND content_hash = ? AND status = 'committed' ORDER BY id DESC LIMIT 1",
        [kind, digest],
    ).fetchone()
    return row[0] if row else None


def open_batch(con, kind: str, *, file_name: str | None, digest: str | None, who: str | None, note=None) -> int:
    """Insert the batch record; call inside a transaction."""
    batch_id = ids.reserve(con, "batch")
    con.execute(
        "INSERT INTO batches (id, kind, file_name, content_hash, who, note, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, current_timestamp)",
        [batch_id, kind, file_name, digest, who or settings.current_user(), note],
    )
    return batch_id


def close_batch(con, batch_id: int, counts: dict[str, int], refresh=None, checked: tuple[str, ...] = (),
                writes: tuple[str, ...] | None = None) -> None:
    """Check the rows the batch wrote against the schema's rules (etl.integrity; those of the tables
    in `checked` were checked as they were written; `writes`, when given, the only tables it writes),
    record its row counts, refresh the current values it touched, bump the data version."""
    integrity.check_batch(con, batch_id, checked, writes)
    if refresh is None:
        refresh_current(con, _schools_of_batch_sql(), _batch_params(batch_id))
    else:
        refresh(con, batch_id)
    con.execute(
        "UPDATE batches SET rows_observations = ?, rows_awards = ?, rows_documents = ?, rows_schools = ? WHERE id = ?",
        [counts.get("observations", 0), counts.get("awards", 0), counts.get("documents", 0),
         counts.get("schools", 0), batch_id],
    )
    bump_data_version(con)


def run_batch(
    con: duckdb.DuckDBPyConnection,
    kind: str,
    *,
    file_name: str | None,
    digest: str | None,
    who: str | None,
    write: Callable[[duckdb.DuckDBPyConnection, int], dict[str, int]],
    note: str | None = None,
    refresh: Callable[[duckdb.DuckDBPyConnection, int], None] | None = None,
    checked: tuple[str, ...] = (),
    writes: tuple[str, ...] | None = None,
) -> LoadResult:
    """Run `write(con, batch_id)` as one committed batch, or nothing at all.

    Writers collide: two analysts in the app, or, on a DuckLake warehouse, loaders in other processes
    and on other machines (every load takes ids from the shared counters, so two loads at once meet).
    The loser's transaction is rolled back whole and run again after a pause that grows, until
    PBD_LOCK_TIMEOUT; `waiting()` hears of each pause (the CLI and the pages say "waiting for
    another load"). Content loaded by a batch that committed meanwhile is not loaded again.
    """
    deadline = time.monotonic() + settings.lock_timeout()
    pause = 0.05
    while True:
        try:
            with transaction(con):
                if digest is not None and kind in ("sheet", "report") and (
                        existing := committed_batch(con, kind, digest)):
                    return LoadResult("unchanged", existing, {},
                                      f"{file_name}: already loaded as batch {existing}; nothing added")
                batch_id = open_batch(con, kind, file_name=file_name, digest=digest, who=who, note=note)
                if on_lake(con):  # its snapshot names it: the warehouse before it can be read (etl.lake)
                    lake.record_batch(con, batch_id, kind, who)
                counts = write(con, batch_id)
                close_batch(con, batch_id, counts, refresh, checked, writes)
                _failpoint("inside_batch")
            return LoadResult("loaded", batch_id, counts)
        except duckdb.TransactionException as error:
            if "onflict" not in str(error):
                raise
            if time.monotonic() + pause > deadline:
                raise WarehouseBusy("another load kept changing the warehouse for too long; nothing was "
                                    "written. Try again in a moment.") from error
            _announce_wait()
            time.sleep(pause * (0.5 + random.random()))
            pause = min(pause * 2, 2.0)


# Who is told when a load waits for another (a function of no arguments), for this thread: the CLI
# prints a line, a page shows a notice.
_WAITING = threading.local()


@contextlib.contextmanager
def waiting_notice(notify: Callable[[], None]) -> Iterator[None]:
    """Within the block, `notify()` is called each time a load of this thread waits for another."""
    previous = getattr(_WAITING, "notify", None)
    _WAITING.notify = notify
    try:
        yield
    finally:
        _WAITING.notify = previous


def _announce_wait() -> None:
    notify = getattr(_WAITING, "notify", None)
    if notify is not None:
        notify()


def _failpoint(name: str) -> None:
    """Test hook (PBD_FAILPOINT=name:marker-file): announce reaching `name`, then hang there until
    killed — how the tests show that kill -9 inside a load leaves nothing behind."""
    spec = os.environ.get("PBD_FAILPOINT", "")
    if spec.split(":", 1)[0] == name:
        Path(spec.split(":", 1)[1]).touch()
        time.sleep(600)


def _read_index(con: duckdb.DuckDBPyConnection) -> SchoolIndex:
    schools = {row[0]: row[1:] for row in con.execute(
        "SELECT id, coalesce(name_zh, name_en), province, city, district FROM schools").fetchall()}
    return SchoolIndex(dict(con.execute("SELECT alias, school_id FROM school_aliases").fetchall()), keyed=True,
                       schools=schools)


# The last index read, per database file, with the data version it was read at. Every load moves the
# version, so an index is reused only while no load has committed: a sheet's preview, the preview
# again when the sheet is imported, and its write share one, since indexing a warehouse of many
# schools is slow. In-memory databases are not cached (their path is not theirs alone).
_INDEXES: dict[str, tuple[int, SchoolIndex]] = {}


def school_index(con: duckdb.DuckDBPyConnection, version: int) -> SchoolIndex:
    """Every known spelling, as of this connection's view of the warehouse, whose data version
    (`warehouse.data_version`) the caller has read in the same transaction. Shared: read it, never
    add to it (SchoolResolver keeps an index of its own for that)."""
    path = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()[0]
    if path and (cached := _INDEXES.get(path)) and cached[0] == version:
        return cached[1]
    index = _read_index(con)
    if path:
        _INDEXES.clear()  # one warehouse per process in practice: keep the memory of one index
        _INDEXES[path] = (version, index)
    return index


class SchoolResolver:
    """Finds or creates schools within a batch: a known school when nothing about the name and its place
    contradicts it (etl.identity), else, for a spelling with no school of its own, a very close one."""

    def __init__(self, con: duckdb.DuckDBPyConnection, batch_id: int):
        self.con = con
        self.batch_id = batch_id
        self.created = 0
        self.index = _read_index(con)

    def resolve(self, name: str, *, region: str | None = None, level: str | None = None,
                context: str = "", create: bool = True) -> int | None:
        if problem := name_problem(name):
            raise LoadError(f"school {clean_name(name) or name!r}: {problem[0]}", f"学校“{clean_name(name)}”：{problem[1]}")
        decision = identity.find(self.index, name, region)
        school_id = decision.school_id if decision.kind == "match" else None
        if decision.kind == "new" and not decision.candidates and not identity.is_generic(name):
            # a slip of the pen ("菁华小校") for a school no place keeps apart
            close, score, _ = self.index.best(name)
            if close is not None and score >= MATCH_THRESHOLD and not conflicts(
                    identity.place_of_row(name, region), identity.known_school(self.index, close).place):
                school_id = close
        if school_id is not None:
            self.remember(name, school_id)
            return school_id
        if not create:
            return None
        # "needs a choice" cannot be asked here: a report's generic name with no place is a school of its own
        return self.create(name, region, level, context)

    def create(self, name: str, region_text: str | None, level: str | None, context: str = "") -> int:
        name = clean_name(name)  # stored without invisible characters (its spelling is kept as an alias)
        place = school_place(name, region_text, context)
        is_en = is_english_name(name)
        school_id = ids.reserve(self.con, "school")
        self.con.execute(
            "INSERT INTO schools (id, name_zh, name_en, province, city, district, region, level, batch_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [school_id, None if is_en else name, name if is_en else None, place.province, place.city,
             place.district, place.label or region_text, level or school_level_from_name(name), self.batch_id],
        )
        self.index.schools[school_id] = (name, place.province, place.city, place.district)
        self.created += 1
        self.remember(name, school_id)
        return school_id

    def remember(self, name: str, school_id: int) -> None:
        key = name.strip()
        alias = alias_key(key)
        if alias and alias not in self.index.by_alias:
            self.con.execute("INSERT INTO school_aliases VALUES (?, ?, ?, ?)", [alias, school_id, key, self.batch_id])
            self.index.add(key, school_id)


def school_place(name: str, region_text: str | None, context: str = "") -> Place:
    """Where a new school is: its name's own region, then the region given with it, each completed from
    the gazetteer ("昆山市" is in 苏州市, 江苏省); a bare municipal district takes the municipality the
    text names."""
    return merged(identity.canonical(name).place, place_given(region_text, context))


def live_document(con, digest: str) -> tuple[int, bool] | None:
    """(document id, has text) of a committed document with this content hash."""
    row = con.execute(
        "SELECT id, text IS NOT NULL FROM live_documents WHERE content_hash = ? LIMIT 1", [digest]
    ).fetchone()
    return (row[0], bool(row[1])) if row else None


def _metric_rows(ex: Extraction, batch_id: int, school_id: int, document_id: int) -> list[tuple]:
    status = "pending"
    return [
        (batch_id, school_id, m.indicator, m.year, m.period, m.period_start, m.period_end, m.cadence,
         float(m.value), m.qualifier, m.is_target, "report", document_id, m.start, m.end, m.evidence, status)
        for m in ex.metrics
    ]


def _award_rows(ex: Extraction, batch_id: int, school_id: int, document_id: int) -> list[tuple]:
    return [
        (batch_id, school_id, a.year, fold(a.title), a.level, a.recipient, "report", document_id, a.start, a.end,
         a.evidence, "pending")
        for a in ex.awards
    ]


def _candidate_rows(ex: Extraction, batch_id: int, school_id: int, document_id: int) -> list[tuple]:
    return [
        (batch_id, document_id, school_id, float(c.value), c.qualifier, c.unit or None, c.year, c.start, c.end,
         c.evidence, c.reason or None)
        for c in ex.candidates
    ]


def write_extractions(con, batch_id: int, extractions: Iterable[Extraction]) -> dict[str, int]:
    """Write documents with their metrics, awards and review candidates into an open batch."""
    resolver = SchoolResolver(con, batch_id)
    counts = {"documents": 0, "observations": 0, "awards": 0}
    metric_rows: list[tuple] = []
    award_rows: list[tuple] = []
    candidate_rows: list[tuple] = []
    for ex in extractions:
        d = ex.document
        if live_document(con, d.content_hash):
            continue
        name = d.school or unknown_school_name(d.doc)
        school_id = resolver.resolve(name, region=d.region, level=d.school_level, context=d.text or "")
        document_id = ids.reserve(con, "document")
        con.execute(
            "INSERT INTO documents (id, batch_id, content_hash, file_name, lang, title, published, doc_type, "
            "school_id, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [document_id, batch_id, d.content_hash, d.doc, d.lang, d.title, d.published, d.doc_type, school_id,
             d.text],
        )
        counts["documents"] += 1
        metric_rows += _metric_rows(ex, batch_id, school_id, document_id)
        award_rows += _award_rows(ex, batch_id, school_id, document_id)
        candidate_rows += _candidate_rows(ex, batch_id, school_id, document_id)
    if metric_rows:
        insert_rows(con, "report_observations", (
            "id", "batch_id", "school_id", "indicator_id", "year", "period_label", "period_start", "period_end",
            "cadence", "value", "qualifier", "is_target", "source_kind", "document_id", "span_start", "span_end",
            "evidence", "review_status"), _numbered(con, "observation", metric_rows))
    if award_rows:
        insert_rows(con, "awards", (
            "id", "batch_id", "school_id", "year", "title", "level", "recipient", "source_kind", "document_id",
            "span_start", "span_end", "evidence", "review_status"), _numbered(con, "award", award_rows))
    if candidate_rows:
        insert_rows(con, "candidates", (
            "id", "batch_id", "document_id", "school_id", "value", "qualifier", "unit", "year", "span_start",
            "span_end", "evidence", "reason"), _numbered(con, "candidate", candidate_rows))
    counts["observations"] = len(metric_rows)
    counts["awards"] = len(award_rows)
    counts["candidates"] = len(candidate_rows)
    counts["schools"] = resolver.created
    return counts


def _numbered(con, counter: str, rows: list[tuple]) -> list[tuple]:
    """The rows with a new id of kind `counter` in front of each."""
    first = ids.reserve(con, counter, len(rows))
    return [(first + n, *row) for n, row in enumerate(rows)]


def load_report(con, ex: Extraction, *, who: str | None = None) -> LoadResult:
    """Load one report as one batch. The same content again adds nothing (or only its missing text)."""
    d = ex.document
    known = live_document(con, d.content_hash)
    if known:
        document_id, has_text = known
        if d.text and not has_text:
            with transaction(con):
                con.execute("UPDATE documents SET text = ? WHERE id = ?", [d.text, document_id])
                bump_data_version(con)
            return LoadResult("updated", None, {}, f"{d.doc}: already loaded; its full text was added")
        return LoadResult("unchanged", None, {}, f"{d.doc}: already loaded, nothing added")
    result = run_batch(con, "report", file_name=d.doc, digest=d.content_hash, who=who,
                       write=lambda c, b: write_extractions(c, b, [ex]))
    if result.status != "loaded":  # another process loaded it while this one waited
        return result
    result.message = (f"{d.doc}: loaded as batch {result.batch_id} "
                      f"({result.counts['observations']} figures, {result.counts['awards']} honours, "
                      f"{result.counts['candidates']} numbers to review)")
    return result


def load_bundle(con, extractions: list[Extraction], *, file_name: str, digest: str) -> LoadResult:
    """Load the bundled default data; a newer bundle supersedes (reverts) the older one."""
    if committed_batch(con, "bundled", digest):
        return LoadResult("unchanged", None, {}, "bundled data already loaded")

    def write(c, batch_id):
        older = [r[0] for r in c.execute(
            "SELECT id FROM batches WHERE kind = 'bundled' AND status = 'committed' AND id <> ?", [batch_id]
        ).fetchall()]
        for old in older:
            _mark_reverted(c, old, batch_id)
            refresh_current(c, _schools_of_batch_sql(), _batch_params(old))
        return write_extractions(c, batch_id, extractions)

    result = run_batch(con, "bundled", file_name=file_name, digest=digest, who="build", write=write)
    result.message = f"bundled data loaded as batch {result.batch_id}"
    return result


def _batch_params(batch_id: int) -> list[int]:
    return [batch_id] * 4


def _schools_of_batch_sql() -> str:
    """The schools a batch's rows belong to, including the rows its reviews changed and the schools it
    moved rows between (four parameters, the batch each time: see _batch_params)."""
    return ("SELECT school_id FROM observations WHERE batch_id = ? UNION "
            "SELECT o.school_id FROM reviews r JOIN observations o ON o.id = r.observation_id WHERE r.batch_id = ? "
            "UNION SELECT from_school FROM school_moves WHERE batch_id = ? "
            "UNION SELECT to_school FROM school_moves WHERE batch_id = ?")


def _mark_reverted(con, batch_id: int, by_batch: int | None) -> None:
    con.execute(
        "UPDATE batches SET status = 'reverted', reverted_at = current_timestamp, reverts_batch = ? WHERE id = ?",
        [by_batch, batch_id],
    )
    # a change to schools: put back the fields it set and the rows it moved
    if con.execute("SELECT kind FROM batches WHERE id = ?", [batch_id]).fetchone()[0] == "schools":
        from etl.school_admin import undo

        undo(con, batch_id)
    # review batches change other rows' status: put back what they found, unless a later review of the
    # same figure still stands (reverting an early "confirm" must not bring back what a later "reject" set aside)
    for table in OBSERVATION_TABLES:
        con.execute(
            f"""UPDATE {table} SET review_status = r.previous_status FROM reviews r
            WHERE r.batch_id = ? AND {table}.id = r.observation_id AND NOT EXISTS (
                SELECT 1 FROM reviews later JOIN batches b ON b.id = later.batch_id
                WHERE later.observation_id = r.observation_id AND later.batch_id > r.batch_id
                  AND b.status = 'committed')""",
            [batch_id],
        )


def dependent_batches(con, batch_id: int) -> list[int]:
    """The committed reviews, corrections and decisions on numbers that act on what `batch_id` loaded,
    and on what those added in turn (a review of a correction): reverting the load withdraws them too,
    so that no correction stays current with its source gone."""
    found: list[int] = []
    frontier = [batch_id]
    while frontier:
        marks = ", ".join("?" * len(frontier))
        figures = " UNION ALL ".join(f"SELECT id FROM {table} WHERE batch_id IN ({marks})"
                                     for table in OBSERVATION_TABLES)
        rows = con.execute(
            f"""SELECT DISTINCT b.id FROM batches b WHERE b.status = 'committed' AND b.id IN (
                    SELECT r.batch_id FROM reviews r WHERE r.observation_id IN ({figures})
                    UNION SELECT d.batch_id FROM candidate_decisions d JOIN candidates c ON c.id = d.candidate_id
                          WHERE c.batch_id IN ({marks}))
                ORDER BY b.id""",
            frontier * (len(OBSERVATION_TABLES) + 1),
        ).fetchall()
        frontier = [row[0] for row in rows if row[0] not in found and row[0] != batch_id]
        found += frontier
    return sorted(found)


def revert_batch(con, batch_id: int, *, who: str | None = None, note: str | None = None) -> LoadResult:
    """Undo one load, and withdraw the reviews made of its figures (dependent_batches); the revert is
    recorded as a batch of its own."""
    row = con.execute("SELECT kind, status, file_name FROM batches WHERE id = ?", [batch_id]).fetchone()
    if row is None:
        raise LoadError(f"there is no batch {batch_id} (see `python -m etl batches`)", f"没有批次 {batch_id}")
    kind, status, file_name = row
    if kind == "revert":
        raise LoadError(f"batch {batch_id} is itself a revert; load the file again instead",
                        f"批次 {batch_id} 本身就是一次撤销；请重新导入该文件")
    if status == "reverted":
        return LoadResult("unchanged", batch_id, {}, f"batch {batch_id} was already reverted")

    withdrawn: list[int] = []

    def write(c, revert_id):
        withdrawn[:] = dependent_batches(c, batch_id)  # read inside the transaction that reverts them
        for dependent in reversed(withdrawn):  # the latest first, as if each were undone in turn
            _mark_reverted(c, dependent, revert_id)  # on the batch's own schools: refreshed below
        _mark_reverted(c, batch_id, revert_id)
        c.execute("UPDATE batches SET reverts_batch = ? WHERE id = ?", [batch_id, revert_id])
        refresh_current(c, _schools_of_batch_sql(), _batch_params(batch_id))
        return {}

    result = run_batch(con, "revert", file_name=file_name, digest=None, who=who, write=write,
                       note=note or f"revert of batch {batch_id}")
    result.status = "reverted"
    result.counts = {"withdrawn": len(withdrawn)}
    also = (f"; also withdrew {len(withdrawn)} review(s) of its figures (batch "
            f"{', '.join(map(str, withdrawn))})" if withdrawn else "")
    result.message = f"batch {batch_id} ({file_name or kind}) reverted{also}; recorded as batch {result.batch_id}"
    return result


def batches_frame(con) -> pd.DataFrame:
    """Every load, newest first, with what a review or a decision on a number did (for describing it in
    the page's language: `note` is the English line the CLI prints)."""
    return con.execute(
        """SELECT b.id, b.kind, b.file_name, b.status, b.rows_observations AS figures, b.rows_awards AS honours,
               b.rows_documents AS documents, b.rows_schools AS schools, b.who, b.created_at, b.reverts_batch,
               b.note, r.action AS review_action, r.observation_id AS review_figure, r.note AS review_note,
               d.action AS decision_action, d.candidate_id AS decision_candidate, d.note AS decision_note
        FROM batches b
        LEFT JOIN reviews r ON r.batch_id = b.id
        LEFT JOIN candidate_decisions d ON d.batch_id = b.id
        ORDER BY b.id DESC"""
    ).df()


def metric_from_record(r: dict) -> Metric:
    return Metric(
        indicator=r["indicator"], value=float(r["value"]), qualifier=r.get("qualifier") or "exact",
        year=r.get("year"), period=r.get("period"), period_start=r.get("period_start"),
        period_end=r.get("period_end"), cadence=r.get("cadence"), is_target=bool(r.get("is_target")),
        start=r.get("start"), end=r.get("end"), evidence=r.get("evidence"),
    )


def award_from_record(r: dict) -> Award:
    return Award(
        title=r["title"], level=r.get("level") or "unknown", recipient=r.get("recipient") or "organization",
        year=r.get("year"), start=r.get("start"), end=r.get("end"), evidence=r.get("evidence"),
    )
