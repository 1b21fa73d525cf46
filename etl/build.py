"""`build`: create or migrate the warehouse, sync the catalog, load the bundled data, check integrity."""

from __future__ import annotations

from dataclasses import dataclass, field

from etl import bundle
from etl.integrity import check_integrity
from etl.load import load_bundle, sync_indicators
from etl.migrations import migrate
from etl.records import content_hash
from etl.warehouse import WarehouseError, bump_data_version, session, transaction

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
    """Bring a warehouse up to date before writing to it: pending migrations, the catalog, the places."""
    migrations = migrate(con)
    changed = sync_indicators(con)
    complete_school_places(con)
    return migrations, changed


PLACES_KEY = "places_completed_with"


def complete_school_places(con) -> int:
    """Give every school the province, city and district its name and region say, completed from the
    gazetteer, once per gazetteer (schools stored before it knew only what their text spelled out).
    Derived data, like a migration: no batch. Returns how many schools changed."""
    from etl.identity import canonical
    from etl.places import complete, gazetteer_version, merged, place_given
    from etl.schools import Region

    version = gazetteer_version()
    done = con.execute("SELECT value FROM meta WHERE key = ?", [PLACES_KEY]).fetchone()
    if done and done[0] == version:
        return 0
    changes = []
    for school_id, name, province, city, district, region in con.execute(
            "SELECT id, coalesce(name_zh, name_en), province, city, district, region FROM schools").fetchall():
        stored = complete(Region(province, city, district))
        given = place_given(region) if region else stored
        place = merged(canonical(name).place if name else stored, stored, given)
        if (place.province, place.city, place.district) != (province, city, district):
            changes.append((place.province, place.city, place.district, school_id))
    with transaction(con):
        if changes:
            con.executemany("UPDATE schools SET province = ?, city = ?, district = ? WHERE id = ?", changes)
            bump_data_version(con)
        con.execute("DELETE FROM meta WHERE key = ?", [PLACES_KEY])
        con.execute("INSERT INTO meta VALUES (?, ?)", [PLACES_KEY, version])
    return len(changes)


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
