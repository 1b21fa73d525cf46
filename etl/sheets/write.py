"""Write: the checked sheet as one batch (schools, figures, notes, summaries)."""

from __future__ import annotations

import duckdb

from etl import identity
from etl.current import find_sheet_clashes, refresh_school_stats
from etl.ids import reserve as reserve_ids
from etl.integrity import insert_checked
from etl.load import school_index
from etl.schools import alias_key
from etl.sheets.model import Preview, StagedSheet
from etl.sheets.preview import _school_record
from etl.sheets.problems import _latest
from etl.sheets.staging import _arrow
from etl.warehouse import SHEET_FIGURE_PLACES, SHEET_VALUES_COLUMNS, data_version, sheet_figure_id_base

# Every table a sheet's import writes to (besides the catalog's counters and data version): the
# batch's integrity checks read only these (tests/test_sheet_steps.py holds the list to the import).
WRITES = ("batches", "schools", "school_aliases", "sheet_values", "sheet_notes", "school_indicator_summary",
          "school_stats", "resolved_facts")


def write_sheet(con: duckdb.DuckDBPyConnection, batch_id: int, staged: StagedSheet, preview: Preview) -> dict[str, int]:
    """Schools first (matched by spelling, else created in bulk), then every figure in one INSERT."""
    version = data_version(con)
    index = school_index(con, version)  # the preview's, unless a load has committed since
    names = preview.schools
    keys = preview.alias_keys
    ids: dict[str, int] = {}
    new: list[tuple[str, str | None, str | None]] = []
    aliases: dict[str, tuple[int, str]] = {}
    # the preview's matches (and the analyst's choices) hold if no load has committed since (this
    # transaction sees that state); otherwise each school is looked up again
    same_version = preview.data_version == version
    chosen = dict(preview.matched_ids)

    def match(school: str, region: str | None) -> int | None:
        if same_version:
            return chosen.get(school)
        decision = identity.find(index, school, region, keys.get(school))
        return decision.school_id if decision.kind == "match" else chosen.get(school)

    for school, region, level in names:
        school_id = match(school, region)
        if school_id is None:
            new.append((school, region, level))
        else:
            ids[school] = school_id
            key = keys.get(school) or alias_key(school)
            if key and key not in index.by_alias:
                aliases[key] = (school_id, school)
    if new:
        first = reserve_ids(con, "school", len(new))
        fresh = list(range(first, first + len(new)))
        rows = []
        records = preview.school_records
        regions: dict[str | None, tuple] = {}
        for school_id, (school, region_text, level) in zip(fresh, new, strict=True):
            record = records.get(school) or _school_record(school, region_text, level, regions)
            rows.append((school_id, *record, batch_id))
            ids[school] = school_id
            key = keys.get(school) or alias_key(school)
            if key and key not in aliases:
                aliases[key] = (school_id, school)
        con.register("new_schools", _arrow(rows, [
            "id", "name_zh", "name_en", "province", "city", "district", "region", "level", "batch_id"]))
        con.execute("INSERT INTO schools SELECT * FROM new_schools")
        con.unregister("new_schools")
    if aliases:
        con.register("new_aliases", _arrow([(k, sid, spelling, batch_id) for k, (sid, spelling) in aliases.items()],
                                           ["alias", "school_id", "spelling", "batch_id"]))
        con.execute("INSERT INTO school_aliases SELECT * FROM new_aliases")
        con.unregister("new_aliases")
    created = {school for school, _, _ in new}
    con.register("school_ids", _arrow([(school, school_id, school in created) for school, school_id in ids.items()],
                                      ["school", "school_id", "is_new"]))
    con.execute("CREATE OR REPLACE TEMP TABLE sheet_school_map AS SELECT school::VARCHAR AS school, "
                "school_id::INTEGER AS school_id, is_new::BOOLEAN AS is_new FROM school_ids")
    con.unregister("school_ids")
    # A sheet figure's id is its batch and its place in the sheet (see sheet_figure_id_base): unique,
    # never reused, and given without drawing a million values from a sequence. The place is its row
    # (times the number of indicator columns plus its column, for wide sheets).
    def ordinal(row: str, indicator: str) -> str:
        place = f"({row} - 2)::BIGINT"
        if wide_columns:
            place = f"{place} * {len(wide_columns)} + list_position({wide_columns!r}, {indicator}) - 1"
        return place

    wide_columns = staged.wide_columns
    rows = con.execute(f"SELECT sum(figures)::BIGINT FROM {staged.schools}").fetchone()[0]
    last_row = con.execute(f"SELECT max(sheet_row) FROM {staged.numbered}").fetchone()[0]
    places = (last_row - 1) * max(1, len(wide_columns))
    if places > SHEET_FIGURE_PLACES:
        raise ValueError(f"a sheet of {places} cells is too large to load as one batch")
    base = sheet_figure_id_base(batch_id)
    keyed = f"""SELECT {base} + {ordinal("s.sheet_row", "s.indicator_id")} AS id, m.school_id, s.indicator_id, s.year::SMALLINT AS year, s.value,
                       s.qualifier, s.sheet_row
                FROM {staged.final} s JOIN sheet_school_map m USING (school)"""
    clashes = find_sheet_clashes(con, f"({keyed})")
    sole = "true"
    if clashes:
        sole = ("NOT EXISTS (SELECT 1 FROM sheet_clashes c WHERE c.school_id = k.school_id "
                "AND c.indicator_id = k.indicator_id AND c.y = k.year)")
    # loaded_at: the transaction's start, which is also its batch's created_at (etl.load.open_batch)
    con.execute(
        f"""CREATE OR REPLACE TEMP VIEW batch_rows AS
        SELECT id, {int(batch_id)}::INTEGER AS batch_id, school_id, indicator_id, year, value, qualifier, sheet_row,
               NULL::VARCHAR AS review_status, current_timestamp::TIMESTAMP AS loaded_at,
               {sole} AS sole
        FROM ({keyed}) k"""
    )
    # each figure is checked against the table's rules as it is written (not read back afterwards)
    insert_checked(con, "sheet_values", SHEET_VALUES_COLUMNS, "SELECT * FROM batch_rows", batch_id)
    # notes apart (see warehouse migration 10); a sheet without a note column has NULL there, which
    # the planner sees: nothing is scanned
    con.execute(f"""INSERT INTO sheet_notes SELECT {base} + {ordinal("sheet_row", "indicator_id")}, note
                    FROM {staged.final} WHERE note IS NOT NULL""")
    if created:
        # a new school's figures are all this sheet's and all current: its summary is its groups (not
        # read back from sheet_values: a scan of a transaction's own uncommitted rows is slow)
        latest = _latest("g.latest_key")
        con.execute(
            f"""INSERT INTO school_indicator_summary
            SELECT m.school_id, g.indicator_id, g.figures::INTEGER, g.years_a, g.years_b, false, g.latest_value,
                   {latest["qualifier"]}, {latest["year"]},
                   NULL, 'sheet', {base} + {ordinal(latest["row"], "g.indicator_id")}, false
            FROM {staged.groups} g JOIN sheet_school_map m USING (school) WHERE m.is_new"""
        )
        refresh_school_stats(con, "SELECT school_id FROM sheet_school_map WHERE is_new", new=True)
    return {"observations": int(rows), "schools": len(new)}


# ------------------------------------------------------------------ templates
