"""Cached reads for the pages: every query result is cached under the warehouse's data version.

Loads move the data version (etl.warehouse.data_version). To learn the version without
opening the database on every rerun, a cheap stamp keys a cached version lookup: for a DuckDB file
its size and mtime (and its WAL's); for a DuckLake warehouse the catalog's current snapshot id, which
every commit of any process on any machine moves, so a load through another app server shows on the
next rerun. The query cache is keyed by the version itself, so a checkpoint that rewrites the file,
or a maintenance commit that merges data files, keeps the cached results.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
import time
import weakref
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import queries
from etl import settings
from etl.migrations import LATEST_VERSION, schema_version
from etl.warehouse import WarehouseBusy, connect, data_version, is_lake, lake_in_server, writer_waiting

IDLE_CLOSE_S = 0.5


_READERS: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _close_readers() -> None:
    for reader in list(_READERS):
        reader.shutdown()


class SharedReader:
    """One connection per warehouse for a burst of reads (a page's queries), closed once it has been
    idle for IDLE_CLOSE_S, so that a loader in another process gets the file within a moment.
    Each read runs on its own cursor: DuckDB connections are not shared between threads."""

    def __init__(self, idle: float = IDLE_CLOSE_S):
        self.idle = idle
        self._lock = threading.Lock()
        self._con = None
        self._db: str | None = None
        self._busy = 0
        self._last = 0.0
        self._timer: threading.Timer | None = None
        _READERS.add(self)

    def shutdown(self) -> None:
        """Close now, in the calling thread (at exit: not in a daemon timer thread that the
        interpreter stops mid-close, which aborts the process inside DuckDB)."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._close()

    @contextlib.contextmanager
    def cursor(self, db: str):
        lake = is_lake(db)  # no file lock to give back: the connection stays open (attaching costs)
        if not lake:
            self._step_aside(db)
        with self._lock:
            if self._con is not None and self._db != db and not self._busy:
                self._close()
            if self._con is None:
                self._con, self._db = connect(db), db
                # the app keeps its memory small: DuckDB spills to disk instead (PBD_APP_MEMORY)
                self._con.execute(f"SET memory_limit = '{settings.app_memory()}'")
            cur = self._con.cursor() if self._db == db else connect(db)
            if lake:
                cur.execute("USE lake")  # a cursor starts in the in-memory database, not the attached lake
            self._busy += 1
        try:
            yield cur
        finally:
            cur.close()
            with self._lock:
                self._busy -= 1
                self._last = time.monotonic()
                if not lake:  # a lake's connection stays open: no file lock to give back
                    self._give_back_file()

    def _give_back_file(self) -> None:
        """After a read (the lock held): close for a waiting writer once no read is in flight, else
        close when idle."""
        if not self._busy and self._db is not None and writer_waiting(self._db, ignore_pid=os.getpid()):
            self._close()  # the last read in flight has ended: the writer gets the file now
        elif self._timer is None:
            self._timer = threading.Timer(self.idle, self._close_when_idle)
            self._timer.daemon = True
            self._timer.start()

    def _step_aside(self, db: str) -> None:
        """While another process waits to write (etl.warehouse.pending_write), close as soon as no read
        is in flight and hold this read back, up to the lock timeout; then read as usual."""
        deadline = time.monotonic() + settings.lock_timeout()
        while writer_waiting(db, ignore_pid=os.getpid()) and time.monotonic() < deadline:
            with self._lock:
                if not self._busy:
                    self._close()
            time.sleep(0.02)

    def _close_when_idle(self) -> None:
        with self._lock:
            self._timer = None
            if self._busy:
                return
            left = self.idle - (time.monotonic() - self._last)
            if left > 0:
                self._timer = threading.Timer(left, self._close_when_idle)
                self._timer.daemon = True
                self._timer.start()
                return
            self._close()

    def _close(self) -> None:
        if self._con is not None:
            self._con.close()
        self._con, self._db = None, None

    def close(self) -> None:
        with self._lock:
            if not self._busy:
                self._close()


READER = SharedReader()


class NoWarehouse(Exception):
    """The warehouse file does not exist or has no schema yet."""


def db_path() -> str:
    return settings.db_path()


def _stamp(db: str) -> tuple:
    if is_lake(db):
        with READER.cursor(db) as con:
            return ("snapshot", con.execute("SELECT id FROM ducklake_current_snapshot('lake')").fetchone()[0])
    parts = []
    for path in (Path(db), Path(db + ".wal")):
        try:
            stat = path.stat()
            parts.append((stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            parts.append(None)
    return tuple(parts)


@st.cache_data(max_entries=32, show_spinner=False)
def _version(db: str, stamp: tuple) -> int | None:
    if stamp[0] is None:  # no file
        return None
    with READER.cursor(db) as con:
        current = schema_version(con)
        if current == 0:
            return None
        if current < LATEST_VERSION:
            # a warehouse from an older release: bring it up to date once, as `etl build` would
            from etl.build import prepare

            prepare(con)
        return data_version(con)


def version(db: str | None = None) -> int:
    db = db or db_path()
    if not is_lake(db) and db != ":memory:" and not os.path.exists(db):
        raise NoWarehouse(db)
    current = _version(db, _stamp(db))
    if current is None:
        raise NoWarehouse(db)
    return current


@st.cache_data(max_entries=1024, show_spinner=False)
def _run(name: str, db: str, data_version_: int, params: tuple) -> object:
    fn = getattr(queries, name)
    with READER.cursor(db) as con:
        return fn(con, **dict(params))


# Connections to a DuckLake warehouse as it was at a snapshot (the evidence page's "as of batch N"),
# kept open (attaching costs) for the few snapshots last asked for. A snapshot never changes, so its
# results are cached without a data version.
_PAST: dict[tuple[str, int], object] = {}
_PAST_LOCK = threading.Lock()
_PAST_KEPT = 2


@contextlib.contextmanager
def _past_cursor(db: str, snapshot: int):
    from etl.lake import connect_as_of

    with _PAST_LOCK:
        con = _PAST.pop((db, snapshot), None) or connect_as_of(db, snapshot)
        _PAST[(db, snapshot)] = con  # the newest last
        while len(_PAST) > _PAST_KEPT:
            _PAST.pop(next(iter(_PAST))).close()
        cur = con.cursor()
    try:
        cur.execute("USE lake")
        yield cur
    finally:
        cur.close()


@st.cache_data(max_entries=256, show_spinner=False)
def _run_as_of(name: str, db: str, snapshot: int, params: tuple) -> object:
    with _past_cursor(db, snapshot) as con:
        return getattr(queries, name)(con, **dict(params))


def query(name: str, as_of: int | None = None, **params) -> pd.DataFrame:
    """Run `queries.<name>(con, **params)` through the cache; with `as_of`, on the DuckLake warehouse as it
    was at that snapshot (read-only). Raises NoWarehouse or WarehouseBusy."""
    db = db_path()
    if as_of is not None:
        return _run_as_of(name, db, int(as_of), tuple(sorted(params.items())))
    return _run(name, db, version(db), tuple(sorted(params.items())))


def past_readable() -> bool:
    """Whether the pages can read the warehouse as it was at a snapshot: a DuckLake catalog in a
    database server. A catalog kept in a DuckDB file cannot be opened twice by one process, and the
    app's reader holds it open."""
    return lake_in_server(db_path())


__all__ = ["NoWarehouse", "WarehouseBusy", "query", "version"]
