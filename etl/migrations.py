"""Bringing an older warehouse to today's schema (etl/schema.sql), one step per version.

A new warehouse is made from schema.sql directly. An older one runs the steps after its version,
each in one transaction, and records each in `schema_migrations`. A step is never edited once
released; a change to the schema is schema.sql changed plus a new step here that brings the version
before it to the same tables, columns and views (tests/test_warehouse.py checks that they agree).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import duckdb

from etl import ids
from etl.current import current_values_sql, refresh_current, source_values_sql
from etl.qualifiers import QUALIFIERS
from etl.warehouse import (
    AWARD_LEVELS,
    BATCH_STATUSES,
    CADENCES,
    DOC_TYPES,
    INDICATOR_KINDS,
    RECIPIENTS,
    REVIEW_STATUSES,
    SCHOOL_LEVELS,
    SHEET_FIGURE_PLACES,
    SOURCE_KINDS,
    transaction,
)

SCHEMA_FILE = Path(__file__).with_name("schema.sql")
BATCH_KINDS_V1 = ("bundled", "report", "sheet", "correction", "review", "revert")  # the kinds before version 12


def schema_statements() -> list[str]:
    """The statements of schema.sql, in order (each ends with a semicolon at the end of a line)."""
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    return [s.strip() for s in re.split(r";\s*$", text, flags=re.M) if _code(s)]


def _code(statement: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in statement.splitlines())


def schema_tables() -> dict[str, str]:
    """Table name -> its CREATE TABLE statement, from schema.sql."""
    tables = {}
    for statement in schema_statements():
        if match := re.search(r"^CREATE TABLE (\w+)", statement, flags=re.M):
            tables[match.group(1)] = statement
    return tables


def derived_views() -> list[str]:
    """The two views made from Python (their SQL is shared with the refreshes)."""
    return [f"CREATE OR REPLACE VIEW source_values AS {source_values_sql()}",
            f"CREATE OR REPLACE VIEW current_values AS {current_values_sql()}"]


VIEW_NAMES = ("open_candidates", "current_values", "source_values", "live_documents", "live_awards",
              "live_observations", "current_facts", "observations")


def _apply(con: duckdb.DuckDBPyConnection, statements: list[str]) -> None:
    for statement in statements:
        con.execute(statement)


def _values(options: tuple[str, ...]) -> str:
    return ", ".join(f"'{o}'" for o in options)


YEAR_CHECK = "BETWEEN 1949 AND year(today()) + 1"

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



def v01_initial_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Initial schema."""
    _apply(con, [
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
            _batches_table("batches", BATCH_KINDS_V1),
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
    ])

def v02_current_facts_table(con: duckdb.DuckDBPyConnection) -> None:
    """Current values kept in a table, refreshed by every load."""
    _apply(con, [
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
    ])

def v03_indicator_summary(con: duckdb.DuckDBPyConnection) -> None:
    """Per school and indicator summary (coverage and latest total), refreshed by every load."""
    _apply(con, [
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
    ])

def v04_school_stats(con: duckdb.DuckDBPyConnection) -> None:
    """Per school stats (figures, indicators, years) for the overview and the filters."""
    _apply(con, [
            """CREATE TABLE school_stats (
                school_id INTEGER NOT NULL,
                figures INTEGER NOT NULL,
                indicators INTEGER NOT NULL,
                years SMALLINT[] NOT NULL
            )""",
    ])

def v05_leaner_derived_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Leaner derived tables: no source key in current_facts, years as bitmaps in the summaries."""
    _apply(con, [
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
    ])


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
# costs a byte per row instead of a string compared on every insert (version 13 went back to text,
# for DuckLake).
def v06_enum_types(con: duckdb.DuckDBPyConnection) -> None:
    """Categorical columns (qualifier, source kind, review status, cadence) as ENUM types."""
    _apply(con, [
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
    ])



def v07_sheet_values_table(con: duckdb.DuckDBPyConnection) -> None:
    """Sheet figures in a narrow table of their own; observations and current_facts become views."""
    _apply(con, [
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
    ])

# Version 8: a sheet figure's indicator id is stored as an ENUM of every indicator id (one byte, cheaper
# to write than text). The views cast it back to text, so readers see VARCHAR as
# before. The type grows with the catalog (sync_indicator_type) and never loses a value.
def v08_indicator_enum(con: duckdb.DuckDBPyConnection) -> None:
    """Sheet figures' indicator ids as an ENUM of the catalog's ids."""
    _apply(con, [
            "CREATE TYPE indicator_t AS ENUM "
            "(SELECT id FROM indicators UNION SELECT indicator_id FROM sheet_values ORDER BY 1)",
            "ALTER TABLE sheet_values ALTER indicator_id TYPE indicator_t",
    ])

# Version 9: the summary's categorical columns get the ENUM types of the columns they summarise
# (one byte a row instead of text; readers receive plain strings, see dashboard.queries).
def v09_summary_enums(con: duckdb.DuckDBPyConnection) -> None:
    """The summary's indicator, qualifier and source kind as ENUMs."""
    _apply(con, [
            "ALTER TABLE school_indicator_summary ALTER indicator_id TYPE indicator_t",
            "ALTER TABLE school_indicator_summary ALTER latest_qualifier TYPE qualifier_t",
            "ALTER TABLE school_indicator_summary ALTER latest_source_kind TYPE source_kind_t",
    ])

# Version 10: sheet figures are written faster, with what they say unchanged.
# - The rule on a year (1949 to next year) is checked in a form DuckDB evaluates once per chunk: the
#   CHECK called today() on every row. year(get_current_timestamp()) is the same year (the
#   session's time zone) and is evaluated once. Report figures keep YEAR_CHECK: they are
#   written a few at a time.
# - Notes move to a table of their own, sheet_notes (id, note), holding only the figures that have
#   one: most sheets have no note column, and a column of NULL text still costs a write per row. The observations view joins them back.
# - The summary loses two columns: years_with_data (the years' bits plus `undated`, see
#   YEARS_WITH_DATA_SQL) and latest_loaded_at, which nothing read. A sheet writes a summary row for
#   every school and indicator it brings, and each column costs in every one.
# DuckDB cannot alter a CHECK, so the figures are copied into a table made anew. Its indicator column
# is made text and then altered to indicator_t, as version 8 did: DuckDB records a type dependency
# for a column created with the ENUM (and keeps it when the column is altered away), which would
# stop sync_indicator_type from making the type again; it records none for a column altered to it.
YEAR_CHECK_V10 = "BETWEEN 1949 AND year(get_current_timestamp()) + 1"
def v10_narrower_sheet_values(con: duckdb.DuckDBPyConnection) -> None:
    """Sheet figures' years checked once per chunk; their notes in sheet_notes; a narrower summary."""
    _apply(con, [
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
    ])
# Version 11: numbers of reports that no rule assigns ("20名党员参加了参观学习") are kept as review
# candidates, never as figures. A candidate is open until a committed decision assigns it (the
# decision's batch adds the figure, source kind `correction`) or dismisses it; reverting the
# decision's batch makes it open again, and reverting the report's batch takes it away.
def v11_candidates(con: duckdb.DuckDBPyConnection) -> None:
    """Unassigned numbers of reports, kept for review, and the analysts' decisions on them."""
    _apply(con, [
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
    ])
# Version 12: analysts change schools (rename, set region and level, merge, split), each change a
# batch of kind `schools` that a revert undoes: `school_changes` keeps each field's value before and
# after, `school_moves` each row (figure, honour, document, candidate, alias) moved from one school to
# another. The batches table is made anew to accept the new kind (DuckDB cannot alter a CHECK).
def v12_school_changes(con: duckdb.DuckDBPyConnection) -> None:
    """Changes to schools as revertible batches."""
    _apply(con, [
            *(f"DROP VIEW IF EXISTS {view}" for view in
              ("open_candidates", "current_values", "source_values", "live_documents", "live_awards",
               "live_observations", "current_facts", "observations")),
            _batches_table("batches_v12", (*BATCH_KINDS_V1, "schools")),
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
    ])

def v13_portable(con: duckdb.DuckDBPyConnection) -> None:
    """Today's schema in schema.sql, in what DuckLake accepts: text for ENUMs, id counters for sequences, no constraints."""
    for view in VIEW_NAMES:
        con.execute(f"DROP VIEW IF EXISTS {view}")
    next_ids = {
        "batch": "SELECT max(id) FROM batches", "school": "SELECT max(id) FROM schools",
        "document": "SELECT max(id) FROM documents", "award": "SELECT max(id) FROM awards",
        "candidate": "SELECT max(id) FROM candidates",
        # sheet figures' ids (batch times 2^32 plus place) are not drawn from the counter
        "observation": f"SELECT max(id) FROM (SELECT id FROM report_observations UNION ALL "
                       f"SELECT id FROM sheet_values WHERE id < {SHEET_FIGURE_PLACES})",
    }
    next_ids = {name: (con.execute(sql).fetchone()[0] or 0) + 1 for name, sql in next_ids.items()}
    for table, create in schema_tables().items():
        if table in ("accounts", "saved_views"):  # made later (v15, v16)
            continue
        if table == "id_counters":
            con.execute(create)
            continue
        con.execute(f"ALTER TABLE {table} RENAME TO {table}_v12")
        con.execute(create)
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {table}_v12")
        con.execute(f"DROP TABLE {table}_v12")
    ids.seed(con, next_ids)
    for sequence in ("batch_ids", "school_ids", "document_ids", "observation_ids", "award_ids", "candidate_ids"):
        con.execute(f"DROP SEQUENCE IF EXISTS {sequence}")
    for enum in ("indicator_t", "qualifier_t", "source_kind_t", "review_status_t", "cadence_t"):
        con.execute(f"DROP TYPE IF EXISTS {enum}")


def v14_unreviewed_sheet_figures(con: duckdb.DuckDBPyConnection) -> None:
    """A sheet figure no review has decided keeps no review status (written for a million rows, the constant cost a column of text)."""
    con.execute("ALTER TABLE sheet_values ALTER COLUMN review_status DROP NOT NULL")
    con.execute("UPDATE sheet_values SET review_status = NULL WHERE review_status = 'confirmed' "
                "AND id NOT IN (SELECT observation_id FROM reviews)")


def v15_accounts(con: duckdb.DuckDBPyConnection) -> None:
    """Analysts' and admins' own accounts, beside the shared password."""
    con.execute("""CREATE TABLE accounts (
        name VARCHAR NOT NULL,
        name_key VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        password_hash VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL
    )""")


def v16_saved_views(con: duckdb.DuckDBPyConnection) -> None:
    """Views saved by name, for everyone to open."""
    con.execute("""CREATE TABLE saved_views (
        id INTEGER NOT NULL,
        name VARCHAR NOT NULL,
        page VARCHAR NOT NULL,
        query VARCHAR NOT NULL,
        saved_by VARCHAR NOT NULL,
        saved_at TIMESTAMP NOT NULL
    )""")
    # a warehouse made from schema.sql at version 13 or later has every counter already
    con.execute("INSERT INTO id_counters SELECT 'view', 1 WHERE NOT EXISTS "
                "(SELECT 1 FROM id_counters WHERE name = 'view')")


STEPS: list[Callable[[duckdb.DuckDBPyConnection], None]] = [
    v01_initial_schema, v02_current_facts_table, v03_indicator_summary, v04_school_stats,
    v05_leaner_derived_tables, v06_enum_types, v07_sheet_values_table, v08_indicator_enum, v09_summary_enums,
    v10_narrower_sheet_values, v11_candidates, v12_school_changes, v13_portable, v14_unreviewed_sheet_figures,
    v15_accounts, v16_saved_views,
]
LATEST_VERSION = len(STEPS)  # schema.sql's version


def _reason(step: Callable) -> str:
    return (step.__doc__ or step.__name__).strip().splitlines()[0].rstrip(".")


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def create(con: duckdb.DuckDBPyConnection) -> None:
    """A new warehouse, from schema.sql, at the latest version."""
    with transaction(con):
        _apply(con, [*schema_statements(), *derived_views()])
        ids.seed(con)
        con.execute("INSERT INTO meta VALUES ('data_version', '0')")
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)",
                    [LATEST_VERSION, "made from schema.sql"])


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> list[int]:
    """Bring the warehouse to `target` (default: the latest version); returns the versions applied.
    An empty database is made from schema.sql (all versions at once, recorded as the latest)."""
    current = schema_version(con)
    if current == 0 and target is None:
        create(con)
        return list(range(1, LATEST_VERSION + 1))
    if current == 0:
        con.execute("CREATE TABLE schema_migrations "
                    "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
    applied = []
    for version, step in enumerate(STEPS, start=1):
        if version <= current or (target is not None and version > target):
            continue
        with transaction(con):
            step(con)
            if version == 1:
                con.execute("INSERT INTO meta VALUES ('data_version', '0')")
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)", [version, _reason(step)])
        applied.append(version)
    if schema_version(con) == LATEST_VERSION and (applied or not _views_exist(con)):
        with transaction(con):
            views = [s.replace("CREATE VIEW", "CREATE OR REPLACE VIEW", 1) for s in schema_statements()
                     if re.search(r"^CREATE VIEW", s, flags=re.M)]
            _apply(con, views + derived_views())
            refresh_current(con)
    return applied


def _views_exist(con: duckdb.DuckDBPyConnection) -> bool:
    names = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    return "current_values" in names
