"""What only a DuckLake warehouse has: snapshots, and the upkeep of its data files.

Every commit to a DuckLake catalog is a snapshot. A load records its batch in its snapshot's commit
message, so the warehouse as it was before batch N is the snapshot before the one that committed N
(`snapshot_before`), readable with `connect_as_of`. `maintain` merges the small data files that
many small loads leave, expires snapshots older than a number of days (so that their files can go),
and deletes the files no snapshot knows: those of a loader killed mid-load.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import duckdb

from etl import settings
from etl.warehouse import LoadError, WarehouseError, connect, is_lake


class NotALake(LoadError):
    """A DuckLake-only operation asked of a DuckDB-file warehouse (exit status 2)."""


def require_lake(db: str, what: str) -> None:
    if not is_lake(db):
        raise NotALake(f"{what} needs a DuckLake warehouse (PBD_DB=ducklake:…); {db} is a DuckDB file, "
                       "which keeps no snapshots", f"{what} 需要 DuckLake 数据仓库（PBD_DB=ducklake:…）；{db} 是 DuckDB "
                       "文件，不保留快照")


def record_batch(con: duckdb.DuckDBPyConnection, batch_id: int, kind: str, who: str | None) -> None:
    """Name the batch in the commit message of the snapshot its transaction makes (a DuckLake
    warehouse only; call inside the transaction)."""
    con.execute("CALL ducklake_set_commit_message('lake', ?, ?)", [who or "", f"batch {int(batch_id)} ({kind})"])


_BATCH_MESSAGE = re.compile(r"^batch (\d+) ")


def snapshot_before(con: duckdb.DuckDBPyConnection, batch_id: int) -> int:
    """The snapshot the warehouse was at just before batch `batch_id` committed."""
    rows = con.execute("SELECT snapshot_id, commit_message FROM ducklake_snapshots('lake') ORDER BY snapshot_id"
                       ).fetchall()
    for snapshot, message in rows:
        found = _BATCH_MESSAGE.match(message or "")
        if found and int(found.group(1)) == int(batch_id):
            earlier = [s for s, _ in rows if s < snapshot]
            if not earlier:
                break
            return max(earlier)
    raise WarehouseError(f"batch {batch_id} has no snapshot: it was not loaded into this lake, or its snapshot "
                         "has expired (python -m etl maintain --keep-days)")


def connect_as_of(db: str, snapshot: int) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the lake as it was at `snapshot` (tables and views alike)."""
    require_lake(db, "reading the warehouse as of a batch")
    return connect(db, snapshot=int(snapshot))


@dataclass
class Upkeep:
    merged_files: int
    expired_snapshots: int
    deleted_files: int
    orphaned_files: int

    def message(self) -> str:
        return (f"merged {self.merged_files} small data files, expired {self.expired_snapshots} snapshots, "
                f"deleted {self.deleted_files} files of expired snapshots and {self.orphaned_files} orphaned files")


def maintain(con: duckdb.DuckDBPyConnection, *, keep_days: float | None = None,
             orphan_minutes: float | None = None) -> Upkeep:
    """Merge small files, expire snapshots older than `keep_days` (PBD_SNAPSHOT_DAYS), delete the files
    of expired snapshots and the files no snapshot knows that are older than `orphan_minutes`
    (PBD_ORPHAN_MINUTES: a loader at work has files not committed yet, which must stay)."""
    keep_days = settings.snapshot_days() if keep_days is None else keep_days
    orphan_minutes = settings.orphan_minutes() if orphan_minutes is None else orphan_minutes
    now = dt.datetime.now(dt.UTC)
    merged = con.execute("CALL ducklake_merge_adjacent_files('lake')").fetchall()
    expired = con.execute("CALL ducklake_expire_snapshots('lake', older_than => ?)",
                          [now - dt.timedelta(days=keep_days)]).fetchall()
    deleted = con.execute("CALL ducklake_cleanup_old_files('lake', cleanup_all => true)").fetchall()
    orphans = con.execute("CALL ducklake_delete_orphaned_files('lake', older_than => ?)",
                          [now - dt.timedelta(minutes=orphan_minutes)]).fetchall()
    return Upkeep(len(merged), len(expired), len(deleted), len(orphans))
