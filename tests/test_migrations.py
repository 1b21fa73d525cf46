"""Today's schema is etl/schema.sql; an older warehouse migrated step by step ends with the same
tables, columns and view results as one made from that file."""

from __future__ import annotations

import duckdb
import pytest

from etl.integrity import check_integrity
from etl.migrations import LATEST_VERSION, STEPS, migrate, schema_statements, schema_tables, schema_version
from etl.review import review_figure
from etl.sheets import import_sheet
from etl.warehouse import session

VIEWS = ("observations", "current_facts", "live_observations", "live_awards", "live_documents", "open_candidates",
         "source_values", "current_values")


@pytest.fixture
def today(rich_db) -> str:
    """A warehouse made from schema.sql, with reports, a sheet and a review in it."""
    with session(rich_db) as con:
        _, result = import_sheet(con, "m.csv", "学校,年份,正式党员,入党积极分子\n杭州市上城区城北小学,2022,14,2\n"
                                 .encode(), who="t", new_schools=True)
        figure = con.execute("SELECT min(id) FROM observations WHERE batch_id = ?", [result.batch_id]).fetchone()[0]
        review_figure(con, figure, "correct", who="t", note="核对", value=15)
    return rich_db


def columns(con, database: str) -> list[tuple]:
    """Every column of every table and view but schema_migrations (its rows differ: a history)."""
    return con.execute(
        "SELECT table_name, column_name, column_index, data_type, is_nullable, column_default "
        "FROM duckdb_columns() WHERE database_name = ? AND schema_name = 'main' AND table_name <> 'schema_migrations' "
        "ORDER BY ALL", [database]).fetchall()


def test_every_step_has_a_name_and_a_one_line_reason():
    assert len(STEPS) == LATEST_VERSION
    for version, step in enumerate(STEPS, start=1):
        assert step.__name__.startswith(f"v{version:02d}_")
        assert step.__doc__ and len(step.__doc__.strip().splitlines()) == 1


def test_schema_sql_uses_only_what_ducklake_accepts():
    code = [line.split("--")[0] for statement in schema_statements() for line in statement.splitlines()]
    text = "\n".join(code).upper()
    for word in ("ENUM", "SEQUENCE", "PRIMARY KEY", "UNIQUE", "CHECK (", "CREATE INDEX", "MACRO", "NEXTVAL",
                 "CURRENT_TIMESTAMP"):
        assert word not in text, word


def test_a_warehouse_migrated_from_version_12_equals_one_made_from_schema_sql(today, tmp_path):
    old = str(tmp_path / "old.duckdb")
    with session(old) as con:
        # the catalog first: version 8 makes the ENUM of indicator ids from it, as it did back then
        assert migrate(con, target=1) == [1]
        con.execute(f"ATTACH '{today}' AS today (READ_ONLY)")
        con.execute("INSERT INTO indicators SELECT * FROM today.indicators")
        assert migrate(con, target=12) == list(range(2, 13))
        existing = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() "
                                               "WHERE database_name = current_database()").fetchall()}
        for table in schema_tables():
            if table in ("id_counters", "schema_migrations", "indicators") or table not in existing:
                continue  # the counters are made at 13, the accounts at 15
            con.execute(f"DELETE FROM {table}")
            # version 12 gave every sheet figure a review status ('confirmed' as loaded)
            rows = ("SELECT * REPLACE (coalesce(review_status, 'confirmed') AS review_status)"
                    if table == "sheet_values" else "SELECT *")
            con.execute(f"INSERT INTO {table} BY NAME {rows} FROM today.{table}")
        con.execute("DETACH today")
    with session(old) as con:
        assert migrate(con) == list(range(13, LATEST_VERSION + 1)) and schema_version(con) == LATEST_VERSION
        con.execute(f"ATTACH '{today}' AS today (READ_ONLY)")
        assert columns(con, "old") == columns(con, "today")
        for name in [*schema_tables(), *VIEWS]:
            if name == "schema_migrations":
                continue
            differ = con.execute(f"SELECT count(*) FROM ((SELECT * FROM main.{name} EXCEPT ALL SELECT * FROM today.{name}) "
                                 f"UNION ALL (SELECT * FROM today.{name} EXCEPT ALL SELECT * FROM main.{name}))"
                                 ).fetchone()[0]
            assert differ == 0, name
        assert con.execute("SELECT count(*) FROM duckdb_sequences()").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM duckdb_types() WHERE database_name = 'old' AND NOT internal"
                           ).fetchone()[0] == 0
        con.execute("DETACH today")
        assert check_integrity(con) == {}


def test_a_new_warehouse_has_no_constraint_sequence_or_enum(built_db):
    with session(built_db) as con:
        assert con.execute("SELECT count(*) FROM duckdb_constraints() WHERE constraint_type IN "
                           "('PRIMARY KEY', 'UNIQUE', 'CHECK', 'FOREIGN KEY')").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM duckdb_sequences()").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM duckdb_columns() WHERE data_type LIKE 'ENUM%'").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM duckdb_indexes()").fetchone()[0] == 0


def test_a_migration_is_one_transaction(tmp_path):
    path = str(tmp_path / "w.duckdb")
    with session(path) as con:
        migrate(con, target=12)
        con.execute("CREATE TABLE id_counters (x INTEGER)")  # v13 will fail making it
    with session(path) as con, pytest.raises(duckdb.Error):
        migrate(con)
    with session(path) as con:
        assert schema_version(con) == 12
        assert con.execute("SELECT data_type FROM duckdb_columns() WHERE table_name = 'sheet_values' "
                           "AND column_name = 'qualifier'").fetchone()[0].startswith("ENUM")
