"""Row ids without sequences: each kind of row has a counter in `id_counters`, and a writer reserves
a run of ids inside the transaction that writes the rows. Two writers that reserve at once touch the
same counter row, so one of them fails on the conflict and is run again whole (etl.load.run_batch):
ids never collide.

Sheet figures take no counter: a sheet figure's id is its batch id times 2^32 plus its place in the
sheet (etl.warehouse.sheet_figure_id_base).
"""

from __future__ import annotations

import duckdb

COUNTERS = ("batch", "school", "document", "observation", "award", "candidate", "view")


def reserve(con: duckdb.DuckDBPyConnection, name: str, count: int = 1) -> int:
    """The first of `count` new ids of kind `name` (the others follow it); call inside the transaction
    that writes the rows."""
    if name not in COUNTERS:
        raise ValueError(f"no id counter {name!r}")
    first = con.execute("SELECT next_id FROM id_counters WHERE name = ?", [name]).fetchone()[0]
    con.execute("UPDATE id_counters SET next_id = next_id + ? WHERE name = ?", [count, name])
    return first


def seed(con: duckdb.DuckDBPyConnection, next_ids: dict[str, int] | None = None) -> None:
    """Make every counter (a new warehouse starts them at 1)."""
    next_ids = next_ids or {}
    con.executemany("INSERT INTO id_counters VALUES (?, ?)", [(name, next_ids.get(name, 1)) for name in COUNTERS])
