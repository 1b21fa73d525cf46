"""The warehouse: its vocabulary (the values categorical columns take), short-lived connections,
transactions, and the errors a caller can act on. The schema is etl/schema.sql, its history
etl/migrations.py, the current values etl/current.py, the rules loads enforce etl/integrity.py.

DuckDB lets one process at a time hold a database file open, so every caller (the CLI, the app)
opens a connection for one unit of work and closes it, and retries with a bounded back-off while
another process holds the lock. No caller ever sees DuckDB's raw lock error.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import re
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import duckdb

from etl import settings

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

# Figures are kept in two tables: from reports and corrections, and from sheets (by the million, and
# nothing else: no period, no document, no span; a narrow table). The view `observations` shows both.
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


def _connect_lake(path: str, snapshot: int | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the DuckLake catalog `path` attached and in use; its data files go to
    PBD_DATA_PATH. Temp tables (a sheet's staging) stay in the local in-memory database.

    A catalog in PostgreSQL (`ducklake:postgres:dbname=… host=… user=…`) takes its password from
    PGPASSWORD (or the other libpq variables), or from .streamlit/secrets.toml, never from PBD_DB: a
    password in the location would be printed in DuckDB's errors."""
    if lake_in_server(path):
        if re.search(r"\bpassword\s*=", path, flags=re.IGNORECASE):
            raise WarehouseError("PBD_DB must not hold the PostgreSQL password: set PGPASSWORD, or "
                                 "warehouse_password in .streamlit/secrets.toml")
        settings.provide_pg_password()
    con = duckdb.connect(config={"extension_directory": _extension_directory(),
                                 "autoinstall_known_extensions": "false"})
    data_path = settings.data_path(path)
    # at a snapshot: the warehouse as it was then, read-only (etl.lake.connect_as_of)
    as_of = f", SNAPSHOT_VERSION {int(snapshot)}, READ_ONLY" if snapshot is not None else ""
    for attempt in range(1, FIRST_ATTACH_TRIES + 1):
        try:
            con.execute(f"ATTACH {sql_string(path)} AS lake (DATA_PATH {sql_string(data_path)}{as_of})")
            break
        except duckdb.Error as error:
            # processes attaching an empty catalog at once race to create its tables: all but one fail
            # on a duplicate key, and find the tables made when they try again
            if "duplicate key" in str(error) and attempt < FIRST_ATTACH_TRIES:
                time.sleep(0.1 * attempt * (1 + random.random()))
                continue
            con.close()
            raise WarehouseError(f"cannot open the DuckLake warehouse: {redacted(str(error))}") from None
    con.execute("USE lake")
    return con


FIRST_ATTACH_TRIES = 5


def redacted(text: str) -> str:
    """`text` with any password=… of a connection string blanked (PBD_DB refuses one, but an error
    may quote another string)."""
    return re.sub(r"(password\s*=\s*)('[^']*'|\S+)", r"\1***", text, flags=re.IGNORECASE)


def sql_string(text: str) -> str:
    """`text` as an SQL string literal, quotes and all (for statements that take no parameters,
    such as ATTACH, or text built into a query)."""
    return "'" + text.replace("'", "''") + "'"


def lake_in_server(path: str) -> bool:
    """Whether the warehouse is a DuckLake catalog kept in a database server (PostgreSQL), which many
    processes, and one process many times, may open; a catalog file opens once per process."""
    return is_lake(path) and path.removeprefix("ducklake:").startswith("postgres:")


# The file format of a new warehouse: DuckDB 1.4's, which writes text columns at about half the cost
# of the older default format (BENCHMARKS.md). The pinned DuckDB reads it; a warehouse file made
# earlier keeps its format.
STORAGE_VERSION = "v1.4.0"


def connect(db: str | None = None, *, timeout: float | None = None,
            snapshot: int | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying with a bounded back-off while another process holds it (a DuckLake
    warehouse, as of `snapshot` when given)."""
    path = db or settings.db_path()
    if is_lake(path):
        return _connect_lake(path, snapshot)
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + (settings.lock_timeout() if timeout is None else timeout)
    delay = 0.02
    while True:
        try:
            return duckdb.connect(path, config={"storage_compatibility_version": STORAGE_VERSION})
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


# rows per INSERT statement of `insert_rows`: its parameters stay few enough to bind quickly
_ROWS_PER_INSERT = 250


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """INSERT `rows` into `table`'s `columns`, many rows to a statement: `executemany` runs one statement a
    row, which takes seconds for a report of a thousand figures."""
    marks = "(" + ", ".join("?" * len(columns)) + ")"
    for first in range(0, len(rows), _ROWS_PER_INSERT):
        chunk = rows[first: first + _ROWS_PER_INSERT]
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([marks] * len(chunk))}",
                    [value for row in chunk for value in row])


def on_lake(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the connection's warehouse is a DuckLake catalog."""
    return con.execute("SELECT type FROM duckdb_databases() WHERE database_name = current_database()"
                       ).fetchone()[0] == "ducklake"


def data_version(con: duckdb.DuckDBPyConnection) -> int:
    """A number that moves whenever a load commits; read caches key on it. A DuckDB file keeps a
    counter that every load bumps. On a DuckLake warehouse every commit makes a snapshot, and the
    number is the id of the snapshot this connection's transaction reads: one small question to the
    catalog, where reading a table asks for its files and opens one."""
    name, kind = con.execute("SELECT database_name, type FROM duckdb_databases() "
                             "WHERE database_name = current_database()").fetchone()
    if kind == "ducklake":
        return con.execute(f"SELECT id FROM ducklake_current_snapshot({sql_string(name)})").fetchone()[0]
    row = con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
    return int(row[0]) if row else 0


def bump_data_version(con: duckdb.DuckDBPyConnection) -> None:
    """Move the data version, inside a load's transaction. Not on a DuckLake warehouse, where the
    commit moves it, and where a row that every load updated would make any two loads conflict."""
    if not on_lake(con):
        con.execute("UPDATE meta SET value = (value::INTEGER + 1)::VARCHAR WHERE key = 'data_version'")
