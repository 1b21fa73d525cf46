"""Cached reads for the pages: every query result is cached under the warehouse's data version.

Loads bump the data version (etl.warehouse.bump_data_version). To learn the version without
opening the database on every rerun, a cheap stamp of the file (size and mtime of the file and its
WAL) keys a cached version lookup; the query cache is keyed by the version itself, so a checkpoint
that rewrites the file without new data keeps the cached results.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import queries
from etl import settings
from etl.warehouse import LATEST_VERSION, WarehouseBusy, data_version, schema_version, session


class NoWarehouse(Exception):
    """The warehouse file does not exist or has no schema yet."""


def db_path() -> str:
    return settings.db_path()


def _stamp(db: str) -> tuple:
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
    if stamp[0] is None:
        return None
    with session(db) as con:
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
    if db != ":memory:" and not os.path.exists(db):
        raise NoWarehouse(db)
    current = _version(db, _stamp(db))
    if current is None:
        raise NoWarehouse(db)
    return current


@st.cache_data(max_entries=1024, show_spinner=False)
def _run(name: str, db: str, data_version_: int, params: tuple) -> object:
    fn = getattr(queries, name)
    with session(db) as con:
        return fn(con, **dict(params))


def query(name: str, **params) -> pd.DataFrame:
    """Run `queries.<name>(con, **params)` through the cache. Raises NoWarehouse or WarehouseBusy."""
    db = db_path()
    return _run(name, db, version(db), tuple(sorted(params.items())))


__all__ = ["NoWarehouse", "WarehouseBusy", "query", "version"]
