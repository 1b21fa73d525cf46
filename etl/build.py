"""`build`: create or migrate the warehouse, sync the catalog, load the bundled data, check integrity."""

from __future__ import annotations

from dataclasses import dataclass, field

from etl import bundle
from etl.load import load_bundle, sync_indicators
from etl.records import content_hash
from etl.warehouse import WarehouseError, check_integrity, migrate, session

TABLES = ("indicators", "schools", "school_aliases", "documents", "observations", "awards", "batches")


@dataclass
class BuildReport:
    db: str
    migrations: list[int] = field(default_factory=list)
    indicators_changed: int = 0
    bundle_message: str = ""
    bundle_loaded: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.migrations or self.indicators_changed or self.bundle_loaded)

    def lines(self) -> list[str]:
        head = f"warehouse {self.db}: " + (
            f"migrated to schema {self.migrations[-1]}" if self.migrations else "schema up to date"
        )
        rows = ", ".join(f"{n} {t}" for t, n in self.counts.items())
        return [head, f"catalog: {self.indicators_changed} indicator rows changed", self.bundle_message, rows]


def prepare(con) -> tuple[list[int], int]:
    """Bring a warehouse up to date before writing to it: pending migrations, then the catalog."""
    return migrate(con), sync_indicators(con)


def build(db: str) -> BuildReport:
    report = BuildReport(db)
    with session(db) as con:
        report.migrations, report.indicators_changed = prepare(con)
        if bundle.BUNDLE_PATH.exists():
            digest = content_hash(bundle.BUNDLE_PATH.read_bytes())
            result = load_bundle(con, bundle.read_bundle(), file_name=bundle.BUNDLE_PATH.name, digest=digest)
            report.bundle_loaded = result.status == "loaded"
            report.bundle_message = result.message
        failures = check_integrity(con)
        if failures:
            raise WarehouseError("integrity checks failed: " + "; ".join(f"{k} ({v} rows)" for k, v in failures.items()))
        report.counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    return report
