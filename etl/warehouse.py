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
# schools: an analyst's change to schools (rename, merge, split)
BATCH_KINDS = ("bundled", "report", "sheet", "correction", "review", "revert", "schools")
BATCH_STATUSES = ("committed", "reverted")
INDICATOR_KINDS = ("stock", "flow", "event")
CADENCES = ("day", "week", "month", "quarter", "term", "half_year", "year")



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


# Sheets bring figures by the million and nothing else: no period, no document, no span. Version 7
# keeps them in a narrow table of their own, and `observations` becomes a view over both tables.
# A sheet figure whose key had no current value when it was loaded is marked `sole`: it is its
# key's current value as it stands, so `current_facts` (a view too) reads it in place. Every other
# current value is resolved from all its sources into `resolved_facts`: a load, review or revert
# that touches a school clears `sole` on that school's rows and resolves all its values.
# A million-row sheet is written once, in a narrow table, instead of three times.
OBSERVATION_TABLES = ("report_observations", "sheet_values")  # behind the observations view
# Figure ids: reports and corrections reserve theirs from the counter `observation` (etl.ids); a
# sheet figure's id is its batch id times 2^32 plus its place in the sheet, so a load of a million
# figures names them without reserving a million ids. The two ranges cannot meet while the counter
# stays below 2^32 (four billion figures from reports). Figures loaded from sheets before this
# scheme drew their ids from the counter's range and keep them.
SHEET_FIGURE_PLACES = 1 << 32


def sheet_figure_id_base(batch_id: int) -> int:
    """The id of the figure in place 0 of sheet batch `batch_id`."""
    return int(batch_id) * SHEET_FIGURE_PLACES


# sheet_values' columns, in the order the sheet import writes them
SHEET_VALUES_COLUMNS = ("id, batch_id, school_id, indicator_id, year, value, qualifier, sheet_row, "
                        "review_status, loaded_at, sole")
# Years as two bitmaps (bit n of years_a is 1949 + n, of years_b is 2012 + n): cheap to aggregate.
YEARS_A_SQL = "bit_or(CASE WHEN ref_year BETWEEN 1949 AND 2011 THEN 1::BIGINT << (ref_year - 1949) ELSE 0 END)"
YEARS_B_SQL = "bit_or(CASE WHEN ref_year BETWEEN 2012 AND 2074 THEN 1::BIGINT << (ref_year - 2012) ELSE 0 END)"


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


class LoadError(WarehouseError):
    """A load refused for a reason the user can act on (exit status 2). `zh` says it in Chinese, for the
    pages; the CLI prints the English."""

    def __init__(self, message: str, zh: str | None = None):
        super().__init__(message)
        self.zh = zh or message


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


def is_lake(path: str) -> bool:
    """Whether the warehouse location names a DuckLake catalog rather than a DuckDB file."""
    return path.startswith("ducklake:")


def _extension_directory() -> str:
    """Where the duckdb-ext-* wheels put their extensions: loaded from there, never downloaded."""
    import importlib.util

    spec = importlib.util.find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        raise WarehouseError("the DuckLake extension is not installed (the duckdb-ext-ducklake package)")
    return str(Path(next(iter(spec.submodule_search_locations))) / "extensions")


def _connect_lake(path: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the DuckLake catalog `path` attached and in use; its data files go to
    PBD_DATA_PATH. Temp tables (a sheet's staging) stay in the local in-memory database."""
    con = duckdb.connect(config={"extension_directory": _extension_directory(),
                                 "autoinstall_known_extensions": "false"})
    data_path = settings.data_path(path)
    try:
        con.execute(f"ATTACH '{_quoted(path)}' AS lake (DATA_PATH '{_quoted(data_path)}')")
    except duckdb.Error as error:
        con.close()
        raise WarehouseError(f"cannot open the DuckLake warehouse: {error}") from error
    con.execute("USE lake")
    return con


def _quoted(text: str) -> str:
    return text.replace("'", "''")


def connect(db: str | None = None, *, timeout: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying with a bounded back-off while another process holds it."""
    path = db or settings.db_path()
    if is_lake(path):
        return _connect_lake(path)
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
    """None where no file lock keeps writers out (in memory, a DuckLake catalog)."""
    return None if path == ":memory:" or is_lake(path) else Path(path + ".pending-writes")


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


def data_version(con: duckdb.DuckDBPyConnection) -> int:
    """A counter every load bumps; read caches key on it."""
    row = con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
    return int(row[0]) if row else 0


def bump_data_version(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("UPDATE meta SET value = (value::INTEGER + 1)::VARCHAR WHERE key = 'data_version'")
