"""What the schema's constraints would guarantee, checked by the loads themselves.

The schema (etl/schema.sql) declares no PRIMARY KEY, UNIQUE or CHECK constraint, since DuckLake
accepts none. Every load validates what it writes; then, inside its transaction, `check_batch` runs
the rules below on the rows that batch wrote (a sheet's figures are checked as they are written:
`insert_checked`), and a load that would break one is rolled back with the rule named. `check_integrity` runs them, and the relations between tables, on the whole
warehouse (the build and the tests).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from etl.accounts import ROLES
from etl.current import CURRENT_COLUMNS, SUMMARY_SQL
from etl.qualifiers import QUALIFIERS
from etl.warehouse import (
    AWARD_LEVELS,
    BATCH_KINDS,
    BATCH_STATUSES,
    CADENCES,
    DOC_TYPES,
    INDICATOR_KINDS,
    RECIPIENTS,
    REVIEW_STATUSES,
    SCHOOL_LEVELS,
    SHEET_FIGURE_PLACES,
    SOURCE_KINDS,
    LoadError,
    sql_string,
)


def _one_of(column: str, values: tuple[str, ...], nullable: bool = False) -> tuple[str, str]:
    listed = ", ".join(f"'{v}'" for v in values)
    check = f"{column} NOT IN ({listed})" + (f" AND {column} IS NOT NULL" if nullable else f" OR {column} IS NULL")
    return f"{column} is one of {', '.join(values)}", check


_YEAR = "BETWEEN 1949 AND year(current_date) + 1"
_KNOWN_INDICATOR = ("indicator_id names an indicator of the catalog",
                    "indicator_id NOT IN (SELECT id FROM indicators) OR indicator_id IS NULL")


def _year(column: str) -> tuple[str, str]:
    return f"{column} lies in 1949 to next year", f"{column} NOT {_YEAR}"


@dataclass(frozen=True)
class Rules:
    """The rules on one table's rows: (what it guarantees, SQL true for a row that breaks it)."""
    table: str
    rules: tuple[tuple[str, str], ...]
    batch_column: str | None = "batch_id"  # None: not written by batches (the catalog)


ROW_RULES: tuple[Rules, ...] = (
    Rules("batches", (_one_of("kind", BATCH_KINDS), _one_of("status", BATCH_STATUSES)), batch_column="id"),
    Rules("indicators", (_one_of("kind", INDICATOR_KINDS), ("max_value is above 0", "max_value <= 0")),
          batch_column=None),
    Rules("schools", (_one_of("level", SCHOOL_LEVELS),
                      ("a school has a name", "name_zh IS NULL AND name_en IS NULL"))),
    Rules("documents", (_one_of("lang", ("zh", "en")), _one_of("doc_type", DOC_TYPES))),
    Rules("report_observations", (
        _KNOWN_INDICATOR, _one_of("qualifier", QUALIFIERS), _one_of("source_kind", SOURCE_KINDS),
        _one_of("review_status", REVIEW_STATUSES), _one_of("cadence", CADENCES, nullable=True),
        ("value is 0 or more", "value < 0 OR value IS NULL"),
        _year("year"), _year("period_start"), _year("period_end"),
        ("a span starts at 0 or later and ends after it", "span_start < 0 OR span_end < span_start"),
    )),
    Rules("sheet_values", (
        _KNOWN_INDICATOR, _one_of("qualifier", QUALIFIERS), _one_of("review_status", REVIEW_STATUSES, nullable=True),
        ("value is 0 or more", "value < 0 OR value IS NULL"), _year("year"),
        # figures loaded before version 7 kept their ids from the observations' range, below 2^32
        ("a sheet figure's id is in its batch's range, or below 2^32",
         f"id // {SHEET_FIGURE_PLACES} <> batch_id AND id >= {SHEET_FIGURE_PLACES}"),
    )),
    Rules("awards", (
        _one_of("level", AWARD_LEVELS), _one_of("recipient", RECIPIENTS), _one_of("source_kind", SOURCE_KINDS),
        _one_of("review_status", REVIEW_STATUSES), ("an honour has a title", "title IS NULL OR length(title) = 0"),
        _year("year"),
    )),
    Rules("reviews", (_one_of("action", ("confirm", "correct", "reject")),
                      _one_of("previous_status", REVIEW_STATUSES))),
    Rules("candidates", (_one_of("qualifier", QUALIFIERS), ("value is 0 or more", "value < 0"), _year("year"))),
    Rules("candidate_decisions", (_one_of("action", ("assign", "dismiss")),)),
    Rules("accounts", (_one_of("role", ROLES), ("an account's password is a scrypt hash",
                                                "NOT starts_with(password_hash, 'scrypt$')")), batch_column=None),
)
# Rules on the rows a load writes that older rows need not keep.
NEW_ROW_RULES: tuple[Rules, ...] = (
    Rules("sheet_values", (("a sheet figure's id is in its batch's range", f"id // {SHEET_FIGURE_PLACES} <> batch_id"),)),
)
# Ids that are unique (table, key column). sheet_values' ids are made from their batch and their place
# in the sheet: a row rule checks the range, and the whole-warehouse check their uniqueness.
UNIQUE_KEYS = (("batches", "id"), ("schools", "id"), ("documents", "id"), ("report_observations", "id"),
               ("awards", "id"), ("candidates", "id"), ("school_aliases", "alias"), ("indicators", "id"),
               ("meta", "key"), ("id_counters", "name"), ("accounts", "name_key"), ("saved_views", "id"))


class IntegrityError(LoadError):
    """A load whose rows would break a rule of the schema; its transaction is rolled back."""


def _rules(table: str, new: bool) -> tuple[tuple[str, str], ...]:
    """The row rules of `table`, with those on new rows when `new`."""
    rules = next((t.rules for t in ROW_RULES if t.table == table), ())
    return rules + (next((t.rules for t in NEW_ROW_RULES if t.table == table), ()) if new else ())


_GUARD = "integrity rule broken: "


def insert_checked(con: duckdb.DuckDBPyConnection, table: str, columns: str, rows_sql: str, batch_id: int) -> None:
    """INSERT the rows of `rows_sql` into `table`, each checked against the table's row rules as it
    passes, in the same statement; the first row that breaks one stops the statement, and the load is
    refused (IntegrityError) with the rule named. For the bulk writes (a sheet's figures), where
    reading the rows back afterwards would be a second pass over all of them; `check_batch` is then
    told the table was checked."""
    # the catalog's ids as a list: a subquery would be a join per row
    known = ", ".join(sql_string(i) for (i,) in con.execute("SELECT id FROM indicators").fetchall())
    rules = [(rule, check.replace("SELECT id FROM indicators", known)) for rule, check in _rules(table, new=True)]
    cases = " ".join(f"WHEN {check} THEN error({sql_string(_GUARD + table + ': ' + rule)} || ' (id ' || id || ')')"
                     for rule, check in rules)
    try:
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM ({rows_sql}) "
                    f"WHERE CASE {cases} ELSE true END")
    except duckdb.InvalidInputException as error:
        text = str(error)
        if _GUARD not in text:
            raise
        broken = text.split(_GUARD, 1)[1].splitlines()[0]
        raise IntegrityError(f"batch {batch_id} was not written: it would break {broken}",
                             f"批次 {batch_id} 未写入：它会违反数据规则（{broken}）") from None


def _breaches(con: duckdb.DuckDBPyConnection, batch_id: int | None, checked: tuple[str, ...] = (),
              writes: tuple[str, ...] | None = None) -> dict[str, int]:
    """{rule: rows breaking it} for the rules that are broken: of batch `batch_id`'s rows (in the
    tables of `writes`, when the load says which it writes), or of the whole warehouse (None). Every
    check is one subquery of a single statement: on a DuckLake warehouse each statement is a round
    trip to the catalog, and each table read asks it for the table's files."""
    batch = int(batch_id) if batch_id is not None else None

    def skipped(table: str) -> bool:
        return batch is not None and writes is not None and table not in writes

    checks: list[tuple[list[str], str]] = []  # (the rules, a query of one row: the list of their counts)
    for table in ROW_RULES:
        # one scan per table: a batch's rows meet the new-row rules as well
        rules = _rules(table.table, new=batch is not None)
        if batch is None:
            source = table.table
        elif table.batch_column is None or table.table in checked or skipped(table.table):
            continue
        else:
            source = f"(SELECT * FROM {table.table} WHERE {table.batch_column} = {batch})"
        counts = ", ".join(f"count(*) FILTER (WHERE {check})" for _, check in rules)
        checks.append(([f"{table.table}: {rule}" for rule, _ in rules], f"SELECT [{counts}] FROM {source}"))
    for table, key in UNIQUE_KEYS:
        if batch is None:
            query = f"SELECT {key} FROM {table} GROUP BY {key} HAVING count(*) > 1"
        elif table in ("indicators", "meta", "id_counters", "accounts", "saved_views") or skipped(table):
            continue
        else:  # the keys the batch wrote that repeat: one scan of the table
            column = "id" if table == "batches" else "batch_id"
            query = f"SELECT {key} FROM {table} GROUP BY {key} HAVING count(*) > 1 AND bool_or({column} = {batch})"
        checks.append(([f"{table}: {key} is unique"], f"SELECT [count(*)] FROM ({query})"))
    # a batch's sheet figures are numbered by their place in the sheet, each place once (etl.sheets)
    if batch is None:
        checks.append((["sheet_values: id is unique"], "SELECT [count(*) - count(DISTINCT id)] FROM sheet_values"))
    # the same content is loaded once: among committed batches of a kind, and among live documents
    batch_scope = document_scope = ""
    if batch is not None:
        batch_scope, document_scope = f"AND bool_or(id = {batch})", f"AND bool_or(batch_id = {batch})"
    checks.append((["batches: the same content is committed once"],
                   f"""SELECT [count(*)] FROM (SELECT kind, content_hash FROM batches
                       WHERE status = 'committed' AND content_hash IS NOT NULL
                       GROUP BY kind, content_hash HAVING count(*) > 1 {batch_scope})"""))
    if not skipped("documents"):
        checks.append((["documents: the same report is live once"],
                       "SELECT [count(*)] FROM (SELECT content_hash FROM live_documents "
                       f"GROUP BY content_hash HAVING count(*) > 1 {document_scope})"))
    row = con.execute("SELECT " + ", ".join(f"({sql})" for _, sql in checks)).fetchone()
    found: dict[str, int] = {}
    for (names, _), counts in zip(checks, row, strict=True):
        for name, n in zip(names, counts, strict=True):
            if n:
                found[name] = n
    return found


def check_batch(con: duckdb.DuckDBPyConnection, batch_id: int, checked: tuple[str, ...] = (),
                writes: tuple[str, ...] | None = None) -> None:
    """Refuse (IntegrityError) a batch whose rows break a rule; call inside its transaction. The row
    rules of the tables in `checked` were checked as the rows were written (`insert_checked`).
    `writes`: the only tables a load of its kind writes rows to, when it says (a sheet's import: on
    a DuckLake warehouse every table read costs a question to the catalog); None: any table."""
    found = _breaches(con, batch_id, checked, writes)
    if found:
        listed = "; ".join(f"{rule} ({n} row{'s' if n > 1 else ''})" for rule, n in found.items())
        raise IntegrityError(f"batch {batch_id} was not written: it would break {listed}",
                             f"批次 {batch_id} 未写入：它会违反数据规则（{listed}）")


RELATIONS: dict[str, str] = {
    "observations.indicator_id relates to indicators":
        "SELECT o.id FROM observations o ANTI JOIN indicators i ON i.id = o.indicator_id",
    "observations.school_id relates to schools":
        "SELECT o.id FROM observations o ANTI JOIN schools s ON s.id = o.school_id",
    "observations.batch_id relates to batches":
        "SELECT o.id FROM observations o ANTI JOIN batches b ON b.id = o.batch_id",
    "observations.document_id relates to documents":
        "SELECT o.id FROM observations o WHERE o.document_id IS NOT NULL "
        "AND o.document_id NOT IN (SELECT id FROM documents)",
    "report observations carry their source":
        "SELECT id FROM observations WHERE source_kind = 'report' AND (document_id IS NULL OR evidence IS NULL)",
    "sheet observations carry their row":
        "SELECT id FROM observations WHERE source_kind = 'sheet' AND sheet_row IS NULL",
    "awards.school_id relates to schools":
        "SELECT a.id FROM awards a ANTI JOIN schools s ON s.id = a.school_id",
    "observations.id is unique (report figures, and sheet figures loaded before version 7)":
        f"SELECT id FROM (SELECT id FROM report_observations UNION ALL SELECT id FROM sheet_values "
        f"WHERE id < {SHEET_FIGURE_PLACES}) GROUP BY id HAVING count(*) > 1",
    "school_aliases.school_id relates to schools":
        "SELECT a.alias FROM school_aliases a ANTI JOIN schools s ON s.id = a.school_id",
    "candidates.document_id relates to documents":
        "SELECT c.id FROM candidates c ANTI JOIN documents d ON d.id = c.document_id",
    "candidate decisions name a candidate":
        "SELECT d.candidate_id FROM candidate_decisions d ANTI JOIN candidates c ON c.id = d.candidate_id",
    # the whole summary, figure counts included, recomputed from current_facts
    "school_indicator_summary equals its definition over current_facts":
        f"(SELECT * FROM school_indicator_summary EXCEPT ALL SELECT * FROM ({SUMMARY_SQL.format(where='')})) "
        f"UNION ALL (SELECT * FROM ({SUMMARY_SQL.format(where='')}) EXCEPT ALL SELECT * FROM school_indicator_summary)",
    "school_stats agrees with the summary":
        "SELECT school_id, sum(figures) FROM school_indicator_summary GROUP BY ALL "
        "EXCEPT SELECT school_id, figures FROM school_stats",
    "current_facts equals the current_values view":
        f"(SELECT {CURRENT_COLUMNS} FROM current_facts EXCEPT ALL SELECT {CURRENT_COLUMNS} FROM current_values) "
        f"UNION ALL (SELECT {CURRENT_COLUMNS} FROM current_values EXCEPT ALL SELECT {CURRENT_COLUMNS} FROM current_facts)",
}


def check_integrity(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Every rule and relation on the whole warehouse; {check: offending rows} for the failing ones."""
    failures = _breaches(con, None)
    for name, query in RELATIONS.items():
        n = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
        if n:
            failures[name] = n
    return failures
