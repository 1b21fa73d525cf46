"""The DuckDB warehouse: schema and forward migrations, short-lived connections, transactions.

DuckDB lets one process at a time hold a database file open, so every caller (the CLI, the app)
opens a connection for one unit of work and closes it, and retries with a bounded back-off while
another process holds the lock. No caller ever sees DuckDB's raw lock error.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import duckdb

from etl import settings

QUALIFIERS = ("exact", "at_least", "approx", "at_most")
SOURCE_KINDS = ("report", "sheet", "correction")
REVIEW_STATUSES = ("pending", "confirmed", "corrected", "rejected")
AWARD_LEVELS = ("national", "provincial", "municipal", "district", "school", "unknown")
RECIPIENTS = ("organization", "individual")
SCHOOL_LEVELS = ("primary", "middle", "high", "nine_year", "vocational", "university", "special", "unknown")
DOC_TYPES = ("case_report", "work_plan", "work_summary", "news")
BATCH_KINDS = ("bundled", "report", "sheet", "correction", "review", "revert")
BATCH_KINDS_V12 = (*BATCH_KINDS, "schools")  # an analyst's change to schools (rename, merge, split)
BATCH_STATUSES = ("committed", "reverted")
INDICATOR_KINDS = ("stock", "flow", "event")
CADENCES = ("day", "week", "month", "quarter", "term", "half_year", "year")
SOURCE_RANK = {"correction": 0, "sheet": 1, "report": 2}


def _values(options: tuple[str, ...]) -> str:
    return ", ".join(f"'{o}'" for o in options)


YEAR_CHECK = "BETWEEN 1949 AND year(today()) + 1"

# Each migration is a list of statements applied in one transaction; never edit a released one,
# append a new version instead.
def _batches_table(name: str, kinds: tuple[str, ...]) -> str:
    """The batches table, accepting `kinds` (version 12 made it anew to accept one more)."""
    return f"""CREATE TABLE {name} (
        id INTEGER PRIMARY KEY,
        kind VARCHAR NOT NULL CHECK (kind IN ({_values(kinds)})),
        file_name VARCHAR,
        content_hash VARCHAR,
        rows_observations INTEGER NOT NULL DEFAULT 0,
        rows_awards INTEGER NOT NULL DEFAULT 0,
        rows_documents INTEGER NOT NULL DEFAULT 0,
        rows_schools INTEGER NOT NULL DEFAULT 0,
        who VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        status VARCHAR NOT NULL DEFAULT 'committed' CHECK (status IN ({_values(BATCH_STATUSES)})),
        reverted_at TIMESTAMP,
        reverts_batch INTEGER,
        note VARCHAR
    )"""


MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "initial schema",
        [
            "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
            "CREATE SEQUENCE batch_ids START 1",
            "CREATE SEQUENCE school_ids START 1",
            "CREATE SEQUENCE document_ids START 1",
            f"""CREATE TABLE indicators (
                id VARCHAR PRIMARY KEY,
                category VARCHAR NOT NULL,
                name_zh VARCHAR NOT NULL,
                name_en VARCHAR NOT NULL,
                unit VARCHAR NOT NULL,
                kind VARCHAR NOT NULL CHECK (kind IN ({_values(INDICATOR_KINDS)})),
                definition VARCHAR,
                max_value DOUBLE CHECK (max_value > 0),
                aliases VARCHAR
            )""",
            _batches_table("batches", BATCH_KINDS),
            f"""CREATE TABLE schools (
                id INTEGER PRIMARY KEY,
                name_zh VARCHAR,
                name_en VARCHAR,
                province VARCHAR,
                city VARCHAR,
                district VARCHAR,
                region VARCHAR,
                level VARCHAR NOT NULL DEFAULT 'unknown' CHECK (level IN ({_values(SCHOOL_LEVELS)})),
                batch_id INTEGER NOT NULL,
                CHECK (name_zh IS NOT NULL OR name_en IS NOT NULL)
            )""",
            """CREATE TABLE school_aliases (
                alias VARCHAR PRIMARY KEY,
                school_id INTEGER NOT NULL,
                spelling VARCHAR NOT NULL,
                batch_id INTEGER NOT NULL
            )""",
            f"""CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                batch_id INTEGER NOT NULL,
                content_hash VARCHAR NOT NULL,
                file_name VARCHAR NOT NULL,
                lang VARCHAR NOT NULL CHECK (lang IN ('zh', 'en')),
                title VARCHAR,
                published DATE,
                doc_type VARCHAR NOT NULL CHECK (doc_type IN ({_values(DOC_TYPES)})),
                school_id INTEGER,
                text VARCHAR
            )""",
            "CREATE SEQUENCE observation_ids START 1",
            f"""CREATE TABLE observations (
                id BIGINT NOT NULL DEFAULT nextval('observation_ids'),
                batch_id INTEGER NOT NULL,
                school_id INTEGER NOT NULL,
                indicator_id VARCHAR NOT NULL,
                year SMALLINT CHECK (year {YEAR_CHECK}),
                period_label VARCHAR,
                period_start SMALLINT CHECK (period_start {YEAR_CHECK}),
                period_end SMALLINT CHECK (period_end {YEAR_CHECK}),
                cadence VARCHAR CHECK (cadence IN ({_values(CADENCES)})),
                value DOUBLE NOT NULL CHECK (value >= 0),
                qualifier VARCHAR NOT NULL CHECK (qualifier IN ({_values(QUALIFIERS)})),
                is_target BOOLEAN NOT NULL DEFAULT false,
                source_kind VARCHAR NOT NULL CHECK (source_kind IN ({_values(SOURCE_KINDS)})),
                document_id INTEGER,
                span_start INTEGER CHECK (span_start >= 0),
                span_end INTEGER,
                evidence VARCHAR,
                sheet_row INTEGER,
                review_status VARCHAR NOT NULL DEFAULT 'pending'
                    CHECK (review_status IN ({_values(REVIEW_STATUSES)})),
                corrects_id BIGINT,
                note VARCHAR,
                CHECK (span_end IS NULL OR span_end >= span_start)
            )""",
            "CREATE SEQUENCE award_ids START 1",
            f"""CREATE TABLE awards (
                id BIGINT NOT NULL DEFAULT nextval('award_ids'),
                batch_id INTEGER NOT NULL,
                school_id INTEGER NOT NULL,
                year SMALLINT CHECK (year {YEAR_CHECK}),
                title VARCHAR NOT NULL CHECK (length(title) > 0),
                level VARCHAR NOT NULL CHECK (level IN ({_values(AWARD_LEVELS)})),
                recipient VARCHAR NOT NULL CHECK (recipient IN ({_values(RECIPIENTS)})),
                source_kind VARCHAR NOT NULL CHECK (source_kind IN ({_values(SOURCE_KINDS)})),
                document_id INTEGER,
                span_start INTEGER,
                span_end INTEGER,
                evidence VARCHAR,
                sheet_row INTEGER,
                review_status VARCHAR NOT NULL DEFAULT 'pending'
                    CHECK (review_status IN ({_values(REVIEW_STATUSES)}))
            )""",
            """CREATE TABLE reviews (
                batch_id INTEGER NOT NULL,
                observation_id BIGINT NOT NULL,
                action VARCHAR NOT NULL CHECK (action IN ('confirm', 'correct', 'reject')),
                previous_status VARCHAR NOT NULL,
                correction_id BIGINT,
                note VARCHAR
            )""",
        ],
    ),
]

MIGRATIONS.append(
    (
        2,
        "current values kept in a table, refreshed by every load",
        [
            """CREATE TABLE current_facts (
                school_id INTEGER NOT NULL,
                indicator_id VARCHAR NOT NULL,
                ref_year SMALLINT,
                cadence VARCHAR,
                is_target BOOLEAN NOT NULL,
                source_kind VARCHAR NOT NULL,
                source_key VARCHAR NOT NULL,
                batch_id INTEGER NOT NULL,
                value DOUBLE NOT NULL,
                qualifier VARCHAR NOT NULL,
                parts BIGINT NOT NULL,
                first_id BIGINT NOT NULL,
                period_label VARCHAR,
                loaded_at TIMESTAMP,
                has_conflict BOOLEAN NOT NULL
            )""",
        ],
    )
)

def source_values_sql(where: str = "TRUE") -> str:
    """One figure per source and key. A report's parts that share a key ("专题会6次 … 专题会4次") add
    up for flows, and for stocks the largest stands; every sheet row and correction is a source of
    its own. `where` filters live observations (alias o)."""
    return f"""
    SELECT school_id, indicator_id, ref_year, cadence, is_target, source_kind,
        'd' || document_id::VARCHAR AS source_key,
        max(batch_id) AS batch_id,
        CASE WHEN any_value(i.kind) = 'stock' THEN max(value) ELSE sum(value) END AS value,
        CASE
            WHEN count(DISTINCT qualifier) = 1 THEN any_value(qualifier)
            WHEN bool_or(qualifier = 'approx') THEN 'approx'
            WHEN bool_or(qualifier = 'at_least') AND bool_or(qualifier = 'at_most') THEN 'approx'
            WHEN bool_or(qualifier = 'at_least') THEN 'at_least'
            ELSE 'at_most'
        END AS qualifier,
        count(*) AS parts, min(o.id) AS first_id, arg_min(period_label, o.id) AS period_label,
        max(loaded_at) AS loaded_at
    FROM live_observations o JOIN indicators i ON i.id = o.indicator_id
    WHERE o.source_kind = 'report' AND ({where})
    GROUP BY ALL
    UNION ALL
    SELECT school_id, indicator_id, ref_year, cadence, is_target, source_kind,
        'b' || batch_id::VARCHAR || ':' || coalesce(sheet_row, o.id)::VARCHAR AS source_key,
        batch_id, value, qualifier, 1 AS parts, o.id AS first_id, period_label, loaded_at
    FROM live_observations o
    WHERE o.source_kind <> 'report' AND ({where})"""


SOURCE_RANK_SQL = "CASE source_kind WHEN 'correction' THEN 0 WHEN 'sheet' THEN 1 ELSE 2 END"


def current_values_sql(where: str = "TRUE") -> str:
    """The current value per school, indicator and year (rates and targets kept apart): correction
    over sheet over report, newest first; `has_conflict` when live sources disagree."""
    return f"""
    SELECT school_id, indicator_id, ref_year, cadence, is_target,
        unnest(arg_min(
            struct_pack(source_kind, batch_id, value, qualifier, parts, first_id, period_label, loaded_at),
            [{SOURCE_RANK_SQL}, -epoch(loaded_at)::BIGINT, -batch_id, -first_id])),
        count(DISTINCT value) > 1 AS has_conflict
    FROM ({source_values_sql(where)})
    GROUP BY school_id, indicator_id, ref_year, cadence, is_target"""


MIGRATIONS.append(
    (
        3,
        "per school and indicator summary (coverage and latest total), refreshed by every load",
        [
            """CREATE TABLE school_indicator_summary (
                school_id INTEGER NOT NULL,
                indicator_id VARCHAR NOT NULL,
                years_with_data INTEGER NOT NULL,
                figures INTEGER NOT NULL,
                years SMALLINT[] NOT NULL,
                latest_value DOUBLE,
                latest_qualifier VARCHAR,
                latest_year SMALLINT,
                latest_period VARCHAR,
                latest_source_kind VARCHAR,
                latest_first_id BIGINT,
                latest_loaded_at TIMESTAMP,
                latest_has_conflict BOOLEAN
            )""",
        ],
    )
)

MIGRATIONS.append(
    (
        4,
        "per school stats (figures, indicators, years) for the overview and the filters",
        [
            """CREATE TABLE school_stats (
                school_id INTEGER NOT NULL,
                figures INTEGER NOT NULL,
                indicators INTEGER NOT NULL,
                years SMALLINT[] NOT NULL
            )""",
        ],
    )
)

MIGRATIONS.append(
    (
        5,
        "leaner derived tables: no source key in current_facts, years as bitmaps in the summaries",
        [
            "DROP TABLE current_facts",
            """CREATE TABLE current_facts (
                school_id INTEGER NOT NULL,
                indicator_id VARCHAR NOT NULL,
                ref_year SMALLINT,
                cadence VARCHAR,
                is_target BOOLEAN NOT NULL,
                source_kind VARCHAR NOT NULL,
                batch_id INTEGER NOT NULL,
                value DOUBLE NOT NULL,
                qualifier VARCHAR NOT NULL,
                parts BIGINT NOT NULL,
                first_id BIGINT NOT NULL,
                period_label VARCHAR,
                loaded_at TIMESTAMP,
                has_conflict BOOLEAN NOT NULL
            )""",
            "DROP TABLE school_indicator_summary",
            """CREATE TABLE school_indicator_summary (
                school_id INTEGER NOT NULL,
                indicator_id VARCHAR NOT NULL,
                years_with_data INTEGER NOT NULL,
                figures INTEGER NOT NULL,
                years_a BIGINT NOT NULL,
                years_b BIGINT NOT NULL,
                undated BOOLEAN NOT NULL,
                latest_value DOUBLE,
                latest_qualifier VARCHAR,
                latest_year SMALLINT,
                latest_period VARCHAR,
                latest_source_kind VARCHAR,
                latest_first_id BIGINT,
                latest_loaded_at TIMESTAMP,
                latest_has_conflict BOOLEAN
            )""",
            "DROP TABLE school_stats",
            """CREATE TABLE school_stats (
                school_id INTEGER NOT NULL,
                figures INTEGER NOT NULL,
                indicators INTEGER NOT NULL,
                years_a BIGINT NOT NULL,
                years_b BIGINT NOT NULL
            )""",
        ],
    )
)

def _enum(name: str, options: tuple[str, ...]) -> str:
    return f"CREATE TYPE {name} AS ENUM ({_values(options)})"


def _observations_table(name: str) -> str:
    """The observations table with its categorical columns typed as ENUMs (version 6 on)."""
    return f"""CREATE TABLE {name} (
        id BIGINT NOT NULL DEFAULT nextval('observation_ids'),
        batch_id INTEGER NOT NULL,
        school_id INTEGER NOT NULL,
        indicator_id VARCHAR NOT NULL,
        year SMALLINT CHECK (year {YEAR_CHECK}),
        period_label VARCHAR,
        period_start SMALLINT CHECK (period_start {YEAR_CHECK}),
        period_end SMALLINT CHECK (period_end {YEAR_CHECK}),
        cadence cadence_t,
        value DOUBLE NOT NULL CHECK (value >= 0),
        qualifier qualifier_t NOT NULL,
        is_target BOOLEAN NOT NULL DEFAULT false,
        source_kind source_kind_t NOT NULL,
        document_id INTEGER,
        span_start INTEGER CHECK (span_start >= 0),
        span_end INTEGER,
        evidence VARCHAR,
        sheet_row INTEGER,
        review_status review_status_t NOT NULL DEFAULT 'pending',
        corrects_id BIGINT,
        note VARCHAR,
        CHECK (span_end IS NULL OR span_end >= span_start)
    )"""


# An ENUM column accepts only its values, as the CHECK (... IN ...) constraints of version 1 did, and
# costs a byte per row instead of a string compared on every insert: writing a million sheet rows
# into observations took 0.8 s with the string checks and 0.3 s with the enums.
MIGRATIONS.append(
    (
        6,
        "categorical columns (qualifier, source kind, review status, cadence) as ENUM types",
        [
            *(f"DROP VIEW IF EXISTS {view}" for view in
              ("current_values", "source_values", "live_documents", "live_awards", "live_observations")),
            _enum("qualifier_t", QUALIFIERS),
            _enum("source_kind_t", SOURCE_KINDS),
            _enum("review_status_t", REVIEW_STATUSES),
            _enum("cadence_t", CADENCES),
            _observations_table("observations_v6"),
            "INSERT INTO observations_v6 SELECT * FROM observations",
            "DROP TABLE observations",
            "ALTER TABLE observations_v6 RENAME TO observations",
            """CREATE TABLE current_facts_v6 (
                school_id INTEGER NOT NULL,
                indicator_id VARCHAR NOT NULL,
                ref_year SMALLINT,
                cadence cadence_t,
                is_target BOOLEAN NOT NULL,
                source_kind source_kind_t NOT NULL,
                batch_id INTEGER NOT NULL,
                value DOUBLE NOT NULL,
                qualifier qualifier_t NOT NULL,
                parts BIGINT NOT NULL,
                first_id BIGINT NOT NULL,
                period_label VARCHAR,
                loaded_at TIMESTAMP,
                has_conflict BOOLEAN NOT NULL
            )""",
            "INSERT INTO current_facts_v6 SELECT * FROM current_facts",
            "DROP TABLE current_facts",
            "ALTER TABLE current_facts_v6 RENAME TO current_facts",
        ],
    )
)


# Sheets bring figures by the million and nothing else: no period, no document, no span. Version 7
# keeps them in a narrow table of their own, and `observations` becomes a view over both tables.
# A sheet figure whose key had no current value when it was loaded is marked `sole`: it is its
# key's current value as it stands, so `current_facts` (a view too) reads it in place. Every other
# current value is resolved from all its sources into `resolved_facts`: a load, review or revert
# that touches a school clears `sole` on that school's rows and resolves all its values.
# A million-row sheet is written once, in a narrow table, instead of three times.
OBSERVATION_TABLES = ("report_observations", "sheet_values")  # behind the observations view
# Figure ids: reports and corrections draw theirs from the sequence observation_ids; a sheet figure's
# id is its batch id times 2^32 plus its place in the sheet, so a load of a million figures names
# them without drawing a million sequence values. The two ranges cannot meet while the sequence
# stays below 2^32 (four billion figures from reports). Figures loaded from sheets before this
# scheme drew their ids from the sequence and keep them.
SHEET_FIGURE_PLACES = 1 << 32


def sheet_figure_id_base(batch_id: int) -> int:
    """The id of the figure in place 0 of sheet batch `batch_id`."""
    return int(batch_id) * SHEET_FIGURE_PLACES


# sheet_values' columns from version 10 on (before, `note` followed sheet_row)
SHEET_VALUES_COLUMNS = ("id, batch_id, school_id, indicator_id, year, value, qualifier, sheet_row, "
                        "review_status, loaded_at, sole")
MIGRATIONS.append(
    (
        7,
        "sheet figures in a narrow table of their own; observations and current_facts become views",
        [
            *(f"DROP VIEW IF EXISTS {view}" for view in
              ("current_values", "source_values", "live_documents", "live_awards", "live_observations")),
            f"""CREATE TABLE sheet_values (
                id BIGINT NOT NULL,
                batch_id INTEGER NOT NULL,
                school_id INTEGER NOT NULL,
                indicator_id VARCHAR NOT NULL,
                year SMALLINT NOT NULL CHECK (year {YEAR_CHECK}),
                value DOUBLE NOT NULL CHECK (value >= 0),
                qualifier qualifier_t NOT NULL,
                sheet_row INTEGER NOT NULL,
                note VARCHAR,
                review_status review_status_t NOT NULL,
                loaded_at TIMESTAMP NOT NULL,
                sole BOOLEAN NOT NULL
            )""",
            """INSERT INTO sheet_values
                SELECT o.id, o.batch_id, o.school_id, o.indicator_id, o.year, o.value, o.qualifier,
                       coalesce(o.sheet_row, 0), o.note, o.review_status, b.created_at, false
                FROM observations o JOIN batches b ON b.id = o.batch_id
                WHERE o.source_kind = 'sheet'""",
            "DELETE FROM observations WHERE source_kind = 'sheet'",
            "ALTER TABLE observations RENAME TO report_observations",
            "ALTER TABLE current_facts RENAME TO resolved_facts",
        ],
    )
)

# Version 8: a sheet figure's indicator id is stored as an ENUM of every indicator id (one byte, where
# text cost 40 ms a million rows to write). The views cast it back to text, so readers see VARCHAR as
# before. The type grows with the catalog (sync_indicator_type) and never loses a value.
MIGRATIONS.append(
    (
        8,
        "sheet figures' indicator ids as an ENUM of the catalog's ids",
        [
            "CREATE TYPE indicator_t AS ENUM "
            "(SELECT id FROM indicators UNION SELECT indicator_id FROM sheet_values ORDER BY 1)",
            "ALTER TABLE sheet_values ALTER indicator_id TYPE indicator_t",
        ],
    )
)

# Version 9: the summary's categorical columns get the ENUM types of the columns they summarise
# (one byte a row instead of text; readers receive plain strings, see dashboard.queries).
MIGRATIONS.append(
    (
        9,
        "the summary's indicator, qualifier and source kind as ENUMs",
        [
            "ALTER TABLE school_indicator_summary ALTER indicator_id TYPE indicator_t",
            "ALTER TABLE school_indicator_summary ALTER latest_qualifier TYPE qualifier_t",
            "ALTER TABLE school_indicator_summary ALTER latest_source_kind TYPE source_kind_t",
        ],
    )
)

# Version 10: sheet figures are written faster, with what they say unchanged.
# - The rule on a year (1949 to next year) is checked in a form DuckDB evaluates once per chunk: the
#   CHECK called today() on every row, 24 ms a million rows. year(get_current_timestamp()) is the
#   same year (the session's time zone) and costs nothing. Report figures keep YEAR_CHECK: they are
#   written a few at a time.
# - Notes move to a table of their own, sheet_notes (id, note), holding only the figures that have
#   one: most sheets have no note column, and a column of NULL text still cost 13 ms a million rows
#   to write. The observations view joins them back.
# - The summary loses two columns: years_with_data (the years' bits plus `undated`, see
#   YEARS_WITH_DATA_SQL) and latest_loaded_at, which nothing read. A sheet writes a summary row for
#   every school and indicator it brings (100,000 for a million figures), and each column cost 3 ms.
# DuckDB cannot alter a CHECK, so the figures are copied into a table made anew. Its indicator column
# is made text and then altered to indicator_t, as version 8 did: DuckDB records a type dependency
# for a column created with the ENUM (and keeps it when the column is altered away), which would
# stop sync_indicator_type from making the type again; it records none for a column altered to it.
YEAR_CHECK_V10 = "BETWEEN 1949 AND year(get_current_timestamp()) + 1"
MIGRATIONS.append(
    (
        10,
        "sheet figures' years checked once per chunk; their notes in sheet_notes; a narrower summary",
        [
            "CREATE TABLE sheet_notes (id BIGINT NOT NULL, note VARCHAR NOT NULL)",
            "INSERT INTO sheet_notes SELECT id, note FROM sheet_values WHERE note IS NOT NULL",
            f"""CREATE TABLE sheet_values_v10 (
                id BIGINT NOT NULL,
                batch_id INTEGER NOT NULL,
                school_id INTEGER NOT NULL,
                indicator_id VARCHAR NOT NULL,
                year SMALLINT NOT NULL CHECK (year {YEAR_CHECK_V10}),
                value DOUBLE NOT NULL CHECK (value >= 0),
                qualifier qualifier_t NOT NULL,
                sheet_row INTEGER NOT NULL,
                review_status review_status_t NOT NULL,
                loaded_at TIMESTAMP NOT NULL,
                sole BOOLEAN NOT NULL
            )""",
            "ALTER TABLE sheet_values_v10 ALTER indicator_id TYPE indicator_t",
            "INSERT INTO sheet_values_v10 SELECT id, batch_id, school_id, indicator_id, year, value, qualifier, "
            "sheet_row, review_status, loaded_at, sole FROM sheet_values",
            "DROP TABLE sheet_values",
            "ALTER TABLE sheet_values_v10 RENAME TO sheet_values",
            "ALTER TABLE school_indicator_summary DROP COLUMN years_with_data",
            "ALTER TABLE school_indicator_summary DROP COLUMN latest_loaded_at",
        ],
    )
)
# Version 11: numbers of reports that no rule assigns ("20名党员参加了参观学习") are kept as review
# candidates, never as figures. A candidate is open until a committed decision assigns it (the
# decision's batch adds the figure, source kind `correction`) or dismisses it; reverting the
# decision's batch makes it open again, and reverting the report's batch takes it away.
MIGRATIONS.append(
    (
        11,
        "unassigned numbers of reports, kept for review, and the analysts' decisions on them",
        [
            "CREATE SEQUENCE candidate_ids START 1",
            """CREATE TABLE candidates (
                id BIGINT NOT NULL DEFAULT nextval('candidate_ids'),
                batch_id INTEGER NOT NULL,
                document_id INTEGER NOT NULL,
                school_id INTEGER NOT NULL,
                value DOUBLE NOT NULL,
                qualifier VARCHAR NOT NULL,
                unit VARCHAR,
                year SMALLINT,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                evidence VARCHAR NOT NULL,
                reason VARCHAR
            )""",
            """CREATE TABLE candidate_decisions (
                batch_id INTEGER NOT NULL,
                candidate_id BIGINT NOT NULL,
                action VARCHAR NOT NULL,
                observation_id BIGINT,
                note VARCHAR
            )""",
        ],
    )
)
# Version 12: analysts change schools (rename, set region and level, merge, split), each change a
# batch of kind `schools` that a revert undoes: `school_changes` keeps each field's value before and
# after, `school_moves` each row (figure, honour, document, candidate, alias) moved from one school to
# another. The batches table is made anew to accept the new kind (DuckDB cannot alter a CHECK).
MIGRATIONS.append(
    (
        12,
        "changes to schools as revertible batches",
        [
            *(f"DROP VIEW IF EXISTS {view}" for view in
              ("open_candidates", "current_values", "source_values", "live_documents", "live_awards",
               "live_observations", "current_facts", "observations")),
            _batches_table("batches_v12", BATCH_KINDS_V12),
            "INSERT INTO batches_v12 SELECT * FROM batches",
            "DROP TABLE batches",
            "ALTER TABLE batches_v12 RENAME TO batches",
            """CREATE TABLE school_changes (
                batch_id INTEGER NOT NULL,
                school_id INTEGER NOT NULL,
                field VARCHAR NOT NULL,
                old VARCHAR,
                new VARCHAR
            )""",
            """CREATE TABLE school_moves (
                batch_id INTEGER NOT NULL,
                table_name VARCHAR NOT NULL,
                row_key VARCHAR NOT NULL,
                from_school INTEGER NOT NULL,
                to_school INTEGER NOT NULL
            )""",
        ],
    )
)
INDICATOR_TYPED = ("sheet_values", "school_indicator_summary")  # tables whose indicator_id is indicator_t


def indicator_type_missing(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Indicator ids in `indicators` that the ENUM indicator_t lacks (none before version 8)."""
    if schema_version(con) < 8:
        return []
    return [r[0] for r in con.execute(
        "SELECT id FROM indicators WHERE NOT list_contains(enum_range(NULL::indicator_t), id) ORDER BY id").fetchall()]


def sync_indicator_type(con: duckdb.DuckDBPyConnection) -> None:
    """Give indicator_t every id of `indicators`, keeping the ids it has (stored rows may use them).
    DuckDB cannot add a value to an ENUM: the columns go through text while the type is made again
    (a rewrite of the tables, which only a catalog change does). Call inside a transaction."""
    missing = indicator_type_missing(con)
    if not missing:
        return
    have = [r[0] for r in con.execute("SELECT unnest(enum_range(NULL::indicator_t))").fetchall()]
    tables = [t for t in INDICATOR_TYPED if _is_enum(con, t, "indicator_id")]
    for table in tables:
        con.execute(f"ALTER TABLE {table} ALTER indicator_id TYPE VARCHAR")
    con.execute("DROP TYPE indicator_t")
    con.execute(_enum("indicator_t", tuple(sorted(set(have) | set(missing)))))
    for table in tables:
        con.execute(f"ALTER TABLE {table} ALTER indicator_id TYPE indicator_t")


def _is_enum(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    row = con.execute("SELECT data_type FROM duckdb_columns() WHERE table_name = ? AND column_name = ? "
                      "AND schema_name = 'main'", [table, column]).fetchone()
    return row is not None and row[0].startswith("ENUM(")


# Years as two bitmaps (bit n of years_a is 1949 + n, of years_b is 2012 + n): cheap to aggregate.
YEARS_A_SQL = "bit_or(CASE WHEN ref_year BETWEEN 1949 AND 2011 THEN 1::BIGINT << (ref_year - 1949) ELSE 0 END)"
YEARS_B_SQL = "bit_or(CASE WHEN ref_year BETWEEN 2012 AND 2074 THEN 1::BIGINT << (ref_year - 2012) ELSE 0 END)"


def years_from_bitmaps(years_a: int, years_b: int) -> list[int]:
    return ([1949 + n for n in range(63) if years_a >> n & 1] + [2012 + n for n in range(63) if years_b >> n & 1])


# Views are derived, so they are (re)created after every migration rather than versioned.
# From version 7 on, `observations` and `current_facts` are views over two tables each (from version
# 8 on, sheet_values.indicator_id is an ENUM, shown as text).
def _observations_view(version: int) -> str:
    """Every figure: from reports and review corrections, and from sheets (their notes from version 10
    on in sheet_notes)."""
    note, notes = ("n.note", " s LEFT JOIN sheet_notes n ON n.id = s.id") if version >= 10 else ("note", " s")
    return f"""CREATE OR REPLACE VIEW observations AS
    SELECT id, batch_id, school_id, indicator_id, year, period_label, period_start, period_end, cadence, value,
           qualifier, is_target, source_kind, document_id, span_start, span_end, evidence, sheet_row, review_status,
           corrects_id, note
    FROM report_observations
    UNION ALL
    SELECT s.id, s.batch_id, s.school_id, s.indicator_id::VARCHAR, s.year, NULL::VARCHAR, NULL::SMALLINT,
           NULL::SMALLINT, NULL::cadence_t, s.value, s.qualifier, false, 'sheet'::source_kind_t, NULL::INTEGER,
           NULL::INTEGER, NULL::INTEGER, NULL::VARCHAR, s.sheet_row, s.review_status, NULL::BIGINT, {note}
    FROM sheet_values{notes}"""


SPLIT_VIEWS: list[str] = [
    # One current value per key: the resolved ones, and sheet figures that are their key's only source.
    """CREATE OR REPLACE VIEW current_facts AS
    SELECT school_id, indicator_id, ref_year, cadence, is_target, source_kind, batch_id, value, qualifier, parts,
           first_id, period_label, loaded_at, has_conflict
    FROM resolved_facts
    UNION ALL
    SELECT school_id, indicator_id::VARCHAR, year, NULL::cadence_t, false, 'sheet'::source_kind_t, batch_id, value,
           qualifier, 1::BIGINT, id, NULL::VARCHAR, loaded_at, false
    FROM sheet_values WHERE sole""",
]
VIEWS: list[str] = [
    # Rows of committed batches that no review has set aside.
    """CREATE OR REPLACE VIEW live_observations AS
    SELECT o.*, coalesce(o.year, o.period_end) AS ref_year, b.created_at AS loaded_at
    FROM observations o JOIN batches b ON b.id = o.batch_id
    WHERE b.status = 'committed' AND o.review_status NOT IN ('rejected', 'corrected')""",
    """CREATE OR REPLACE VIEW live_awards AS
    SELECT a.* FROM awards a JOIN batches b ON b.id = a.batch_id
    WHERE b.status = 'committed' AND a.review_status <> 'rejected'""",
    """CREATE OR REPLACE VIEW live_documents AS
    SELECT d.* FROM documents d JOIN batches b ON b.id = d.batch_id WHERE b.status = 'committed'""",
    f"CREATE OR REPLACE VIEW source_values AS {source_values_sql()}",
    f"CREATE OR REPLACE VIEW current_values AS {current_values_sql()}",
]
# Candidates of committed reports that no committed decision has settled (from version 11 on).
CANDIDATE_VIEWS: list[str] = [
    """CREATE OR REPLACE VIEW open_candidates AS
    SELECT c.* FROM candidates c JOIN batches b ON b.id = c.batch_id
    WHERE b.status = 'committed' AND NOT EXISTS (
        SELECT 1 FROM candidate_decisions d JOIN batches db ON db.id = d.batch_id
        WHERE d.candidate_id = c.id AND db.status = 'committed')""",
]

LATEST_VERSION = MIGRATIONS[-1][0]
CURRENT_COLUMNS = ("school_id, indicator_id, ref_year, cadence, is_target, source_kind, batch_id, value, "
                   "qualifier, parts, first_id, period_label, loaded_at, has_conflict")


# The years a summary row has figures for (the undated ones counting as one), from its stored columns.
YEARS_WITH_DATA_SQL = "(bit_count({t}years_a) + bit_count({t}years_b) + {t}undated::INTEGER)"

SUMMARY_SQL = """
    SELECT school_id, indicator_id, figures, years_a, years_b, undated, latest.*
    FROM (
        SELECT school_id, indicator_id,
            count(*)::INTEGER AS figures,
            {years_a} AS years_a, {years_b} AS years_b, bool_or(ref_year IS NULL) AS undated,
            -- the newest total: newest year first (undated after dated), then the newest load
            arg_max(struct_pack(latest_value := value, latest_qualifier := qualifier, latest_year := ref_year,
                                latest_period := period_label, latest_source_kind := source_kind,
                                latest_first_id := first_id, latest_has_conflict := has_conflict),
                    coalesce(ref_year, 0)::BIGINT * 10000000000 + epoch(loaded_at)::BIGINT)
                FILTER (WHERE cadence IS NULL AND NOT is_target) AS latest
        FROM current_facts {where}
        GROUP BY school_id, indicator_id
    )""".replace("{years_a}", YEARS_A_SQL).replace("{years_b}", YEARS_B_SQL)

STATS_SQL = """
    SELECT school_id, sum(figures)::INTEGER AS figures, count(*)::INTEGER AS indicators,
           bit_or(years_a) AS years_a, bit_or(years_b) AS years_b
    FROM school_indicator_summary {where}
    GROUP BY school_id"""


def _refresh_summaries(con: duckdb.DuckDBPyConnection, touched: str | None) -> None:
    """The per-school-and-indicator summary and the per-school stats, for touched schools or all."""
    where = f"WHERE school_id IN ({touched})" if touched else ""
    if _has_table(con, "school_indicator_summary"):
        con.execute(f"DELETE FROM school_indicator_summary {where}")
        con.execute("INSERT INTO school_indicator_summary " + SUMMARY_SQL.format(where=where))
    refresh_school_stats(con, touched)


def refresh_school_stats(con: duckdb.DuckDBPyConnection, touched: str | None) -> None:
    """The per-school stats from the summary, for the schools `touched` returns (or all)."""
    where = f"WHERE school_id IN ({touched})" if touched else ""
    if _has_table(con, "school_stats"):
        con.execute(f"DELETE FROM school_stats {where}")
        con.execute("INSERT INTO school_stats " + STATS_SQL.format(where=where))


def refresh_summaries(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every summary from current_facts (after a bulk write that keeps current_facts right)."""
    _refresh_summaries(con, None)


def _clear_sole(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """Sheet figures matching `where` stop standing in for their key's current value by themselves."""
    if _has_table(con, "sheet_values"):
        con.execute(f"UPDATE sheet_values SET sole = false WHERE sole AND ({where})")


def refresh_current(con: duckdb.DuckDBPyConnection, school_ids_sql: str | None = None, params: list | None = None) -> None:
    """Recompute the current values (the current_values view) into resolved_facts.

    With `school_ids_sql` (a query returning school ids) only those schools are recomputed: a load
    refreshes just what it touched. Their sheet figures lose `sole`, so every current value of a
    touched school is resolved. Call inside the load's transaction.
    """
    if school_ids_sql is None:
        _clear_sole(con, "TRUE")
        con.execute("DELETE FROM resolved_facts")
        con.execute(f"INSERT INTO resolved_facts SELECT {CURRENT_COLUMNS} FROM current_values")
        _refresh_summaries(con, None)
        return
    con.execute(f"CREATE OR REPLACE TEMP TABLE touched_schools AS SELECT DISTINCT * FROM ({school_ids_sql}) t(id)",
                params or [])
    _clear_sole(con, "school_id IN (SELECT id FROM touched_schools)")
    con.execute("DELETE FROM resolved_facts WHERE school_id IN (SELECT id FROM touched_schools)")
    # the filter sits at the scan of observations: recomputing a few schools reads only their rows
    touched = "o.school_id IN (SELECT id FROM touched_schools)"
    con.execute(f"INSERT INTO resolved_facts SELECT {CURRENT_COLUMNS} FROM ({current_values_sql(touched)})")
    _refresh_summaries(con, "SELECT id FROM touched_schools")
    con.execute("DROP TABLE touched_schools")


# A sheet batch is written through three temp tables, made by etl.sheets in the load's transaction:
#   sheet_school_map (school, school_id, is_new): every school the sheet names;
#   sheet_clashes (school_id, indicator_id, y): keys of the sheet that already had a current value;
#   batch_rows (a view): the batch's rows as written to sheet_values, `sole` unless their key clashes.
def find_sheet_clashes(con: duckdb.DuckDBPyConnection, rows: str) -> int:
    """Fill `sheet_clashes` with the keys among `rows` (school_id, indicator_id, year) that already
    have a current value; only schools that existed before the batch can have one."""
    con.execute("CREATE OR REPLACE TEMP TABLE sheet_clashes (school_id INTEGER, indicator_id VARCHAR, y SMALLINT)")
    if con.execute("SELECT count(*) FROM sheet_school_map WHERE NOT is_new").fetchone()[0]:
        con.execute(
            f"""INSERT INTO sheet_clashes
            SELECT DISTINCT f.school_id, f.indicator_id, f.ref_year
            FROM (SELECT * FROM {rows} WHERE school_id IN (SELECT school_id FROM sheet_school_map WHERE NOT is_new)) o
            JOIN current_facts f ON f.school_id = o.school_id AND f.indicator_id = o.indicator_id
                AND f.ref_year = o.year AND f.cadence IS NULL AND NOT f.is_target"""
        )
    return con.execute("SELECT count(*) FROM sheet_clashes").fetchone()[0]


def refresh_sheet_batch(con: duckdb.DuckDBPyConnection, batch_id: int) -> None:
    """The current values after a sheet batch, cheaply: its figures for keys that had no current value
    were written `sole` and are current as they stand; only the clashing keys are resolved again from
    all their sources. Then the summaries of the schools that existed before the batch."""
    if con.execute("SELECT count(*) FROM sheet_clashes").fetchone()[0]:
        keys = ("EXISTS (SELECT 1 FROM sheet_clashes c WHERE c.school_id = {t}.school_id "
                "AND c.indicator_id = {t}.indicator_id AND c.y = {t}.{year})")
        _clear_sole(con, keys.format(t="sheet_values", year="year"))
        con.execute("DELETE FROM resolved_facts WHERE cadence IS NULL AND NOT is_target AND "
                    + keys.format(t="resolved_facts", year="ref_year"))
        resolved = keys.format(t="o", year="ref_year") + " AND o.cadence IS NULL AND NOT o.is_target"
        con.execute(f"INSERT INTO resolved_facts SELECT {CURRENT_COLUMNS} FROM ({current_values_sql(resolved)})")
    # new schools' summaries were written with their rows (etl.sheets, from the sheet's groups)
    if con.execute("SELECT count(*) FROM sheet_school_map WHERE NOT is_new").fetchone()[0]:
        _refresh_summaries(con, "SELECT school_id FROM sheet_school_map WHERE NOT is_new")
    con.execute("DROP VIEW batch_rows")
    for table in ("sheet_clashes", "sheet_school_map"):
        con.execute(f"DROP TABLE {table}")


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the warehouse has table `name` yet (migrations call the refreshes on older schemas).
    Binding a query costs nothing, where duckdb_tables() took 5 ms in a load's transaction; a missing
    table is an error of binding, which leaves the transaction usable (tests migrate from schema 1)."""
    try:
        con.execute(f"SELECT 1 FROM main.{name} LIMIT 0")
    except duckdb.CatalogException:
        return False
    return True


class WarehouseError(Exception):
    """A warehouse problem worth a plain message (never a traceback)."""


class WarehouseBusy(WarehouseError):
    """Another process kept the warehouse locked for longer than the lock timeout."""


def no_room(error: BaseException) -> bool:
    """Whether a write failed for want of disk space (or of the file-size limit), not for a bug."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return True
    text = str(error)
    return isinstance(error, (duckdb.Error, OSError)) and (
        "No space left on device" in text or "File too large" in text or "Disk quota exceeded" in text)


def _is_lock_conflict(error: Exception) -> bool:
    text = str(error)
    return "Could not set lock" in text or "Conflicting lock" in text


def connect(db: str | None = None, *, timeout: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying with a bounded back-off while another process holds it."""
    path = db or settings.db_path()
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + (settings.lock_timeout() if timeout is None else timeout)
    delay = 0.02
    while True:
        try:
            return duckdb.connect(path)
        except duckdb.IOException as error:
            if not _is_lock_conflict(error):
                raise WarehouseError(f"cannot open the warehouse {path}: {error}") from error
            if time.monotonic() + delay > deadline:
                raise WarehouseBusy(
                    f"the warehouse {path} is busy: another process has been writing to it for too long. "
                    "Try again in a moment."
                ) from error
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 0.25)


@contextlib.contextmanager
def session(db: str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection: opened for one unit of work, always closed. While it waits for the
    file and while it holds it, a pending-write marker asks the app's readers to step aside."""
    path = db or settings.db_path()
    with pending_write(path):
        con = connect(path)
        try:
            yield con
        finally:
            con.close()


# A process that wants the warehouse file leaves a marker file (named by its process id) in a folder
# beside it. The app's shared reader (dashboard/data.py) sees it, closes its connection as soon as the
# reads in flight end, and holds new reads until the marker is gone, so that viewers, however many,
# never keep a writer out for longer than one read. A marker whose process has died is ignored.
def _pending_folder(path: str) -> Path | None:
    return None if path == ":memory:" else Path(path + ".pending-writes")


@contextlib.contextmanager
def pending_write(path: str) -> Iterator[None]:
    folder = _pending_folder(path)
    if folder is None:
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
    marker.touch()
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            marker.unlink()


def writer_waiting(path: str, *, ignore_pid: int | None = None) -> bool:
    """Whether another live process has announced that it wants the warehouse file."""
    folder = _pending_folder(path)
    if folder is None:
        return False
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return False
    for name in names:
        pid = name.partition("-")[0]
        if not pid.isdigit() or int(pid) == ignore_pid:
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:  # its writer died without cleaning up
            with contextlib.suppress(OSError):
                (folder / name).unlink()
            continue
        except PermissionError:  # alive, another user's
            pass
        return True
    return False


# Writers in one process (analysts in the app, each on a thread) take turns: DuckDB would let their
# transactions run at once and then fail all but one of them on the rows they all touch (the data
# version, the current values). Writers in other processes are kept out by the file lock.
_WRITE_TURN = threading.RLock()


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT, one writer of this process at a time; any exception rolls everything back
    and propagates."""
    with _WRITE_TURN:
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> list[int]:
    """Apply pending migrations up to `target` (default: all), each in one transaction; refresh the views."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    applied = []
    current = schema_version(con)
    for version, name, statements in MIGRATIONS:
        if version <= current or (target is not None and version > target):
            continue
        with transaction(con):
            for statement in statements:
                con.execute(statement)
            if version == 1:
                con.execute("INSERT INTO meta VALUES ('data_version', '0')")
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)", [version, name])
        applied.append(version)
    if applied or not _views_exist(con):
        with transaction(con):
            version = schema_version(con)
            views = ([_observations_view(version), *SPLIT_VIEWS] if version >= 7 else []) + VIEWS
            for view in views + (CANDIDATE_VIEWS if version >= 11 else []):
                con.execute(view)
            if {2, 3, 4, 5} & set(applied) or (current >= 2 and target is None and not applied):
                refresh_current(con)
    return applied


def _views_exist(con: duckdb.DuckDBPyConnection) -> bool:
    names = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    return "current_values" in names


def data_version(con: duckdb.DuckDBPyConnection) -> int:
    """A counter every load bumps; read caches key on it."""
    row = con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
    return int(row[0]) if row else 0


def bump_data_version(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("UPDATE meta SET value = (value::INTEGER + 1)::VARCHAR WHERE key = 'data_version'")


# dbt-style tests declared next to the schema: each query returns offending rows.
INTEGRITY_CHECKS: dict[str, str] = {
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
    "school_aliases.school_id relates to schools":
        "SELECT a.alias FROM school_aliases a ANTI JOIN schools s ON s.id = a.school_id",
    "documents.content_hash is unique among committed batches":
        "SELECT content_hash FROM live_documents GROUP BY content_hash HAVING count(*) > 1",
    "candidates.document_id relates to documents":
        "SELECT c.id FROM candidates c ANTI JOIN documents d ON d.id = c.document_id",
    "candidate decisions name a candidate":
        "SELECT d.candidate_id FROM candidate_decisions d ANTI JOIN candidates c ON c.id = d.candidate_id",
    "candidate decisions are assign or dismiss":
        "SELECT candidate_id FROM candidate_decisions WHERE action NOT IN ('assign', 'dismiss')",
    "observations.id is unique":
        "SELECT id FROM observations GROUP BY id HAVING count(*) > 1",
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
    """Run every integrity check; returns {check: offending row count} for the failing ones."""
    failures = {}
    for name, query in INTEGRITY_CHECKS.items():
        n = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
        if n:
            failures[name] = n
    return failures
