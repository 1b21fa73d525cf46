"""Preview: what loading the staged sheet would change (new and changed figures, new schools)."""

from __future__ import annotations

import re

import duckdb
import pandas as pd
from rapidfuzz import fuzz

from etl import identity
from etl.load import committed_batch, school_index
from etl.places import Place, merged, place_given
from etl.schools import alias_key, is_english_name, school_level_from_name
from etl.sheets.model import LEVEL_WORDS, Preview, Problem, StagedSheet
from etl.textnorm import clean_name
from etl.warehouse import (
    SCHOOL_LEVELS,
    data_version,
)


def preview(con: duckdb.DuckDBPyConnection, staged: StagedSheet) -> Preview:
    """What loading the staged sheet would change; its digest (the file's hash, being computed) is read last."""
    out = Preview()
    out.data_version = data_version(con)
    out.rows, total = con.execute(f"SELECT sum(figures)::BIGINT, sum(rows)::BIGINT FROM {staged.schools}").fetchone()
    out.rows = int(out.rows or 0)
    out.duplicates_ignored = int(total or 0) - out.rows
    rows = con.execute(f"SELECT school, region, level_text, first_row FROM {staged.schools} ORDER BY first_row").fetchall()
    out.schools = names = [row[:3] for row in rows]
    out.first_rows = {row[0]: row[3] for row in rows}
    index = school_index(con, out.data_version)
    matched, new = [], []
    mapping = {}
    keys = out.alias_keys
    regions: dict[str | None, tuple] = {}
    for school, region, level in names:
        keys[school] = key = alias_key(school)
        decision = identity.find(index, school, region, key)
        if decision.kind == "match":
            mapping[school] = decision.school_id
            if key not in index.by_alias:
                matched.append((school, _school_display(con, decision.school_id)))
        elif decision.kind == "choose":
            out.needs_choice.append((school, region or "", [
                (k.school_id, f"{k.name}（{k.place.label or '地区不详'}）") for k in decision.candidates]))
            out.school_records[school] = _school_record(school, region, level, regions)
        else:
            similar = ""
            if len(new) < 200:
                candidate, cscore, _ = index.best(school)
                if candidate is not None and cscore >= 70 and _alike(school, known := _school_display(con, candidate)):
                    similar = known
            record = out.school_records[school] = _school_record(school, region, level, regions)
            place = record[_RECORD_REGION]  # as it will be stored: "Nanming District" is 贵州省贵阳市南明区
            new.append((school, place or "", similar))
    out.matched_ids = mapping
    # plain object columns: pandas' default string type would convert every cell
    out.new_schools = pd.DataFrame(new, columns=["school", "region", "similar_existing"], dtype=object)
    out.matched_schools = pd.DataFrame(matched, columns=["school", "existing"], dtype=object)
    con.register("school_map", pd.DataFrame({"school": list(mapping), "school_id": list(mapping.values())},
                                            dtype=object))
    compared = con.execute(
        f"""SELECT s.sheet_row, s.school, s.year, s.indicator_id::VARCHAR AS indicator_id, s.value,
                  s.qualifier::VARCHAR AS qualifier,
                  f.value AS stored,
                  f.qualifier::VARCHAR AS stored_qualifier, f.source_kind::VARCHAR AS source_kind
        FROM {staged.final} s JOIN school_map m USING (school)
        JOIN current_facts f ON f.school_id = m.school_id AND f.indicator_id = s.indicator_id
            AND f.ref_year = s.year AND f.cadence IS NULL AND NOT f.is_target"""
    ).df()
    con.unregister("school_map")
    differs = compared[(compared["value"] != compared["stored"]) | (compared["qualifier"] != compared["stored_qualifier"])]
    out.changed = differs.sort_values("sheet_row").reset_index(drop=True)
    out.unchanged = len(compared) - len(differs)
    out.new_figures = out.rows - len(compared)
    out.already_loaded_as = committed_batch(con, "sheet", staged.digest.result())
    return out


_RECORD_REGION = 5  # where a _school_record holds the region label


def _school_record(school: str, region_text: str | None, level: str | None,
                   regions: dict[str | None, tuple]) -> tuple:
    """A new school's row as `schools` stores it, without its id and batch: (name_zh, name_en, province,
    city, district, region, level). `regions` caches parsed regions (province, city, district, label):
    many schools share one."""
    region_text = region_text.strip() if region_text else region_text
    if (region := regions.get(region_text)) is None:
        parsed = place_given(region_text)
        region = regions[region_text] = (parsed.province, parsed.city, parsed.district,
                                         parsed.label or region_text)
    own = identity.canonical(school).place if _REGION_IN_NAME.search(school) else None
    if own is not None and own.known:  # the name's own region, then the region column for the rest
        place = merged(own, Place(*region[:3]))
        region = (place.province, place.city, place.district, region[3] or place.label)
    is_en = is_english_name(school)
    name = clean_name(school)  # stored without invisible characters; the spelling is kept as an alias
    return (None if is_en else name, name if is_en else None, *region, _level(level, school))


_REGION_IN_NAME = re.compile("[省市州盟区县旗]")  # only such a name can start with its region


def _choice_problem(file: str, preview: Preview, school: str, region: str,
                    candidates: list[tuple[int, str]]) -> Problem:
    listed = "; ".join(f"{school_id}: {label}" for school_id, label in candidates)
    written = f"{school}{'（' + region + '）' if region else ''}"
    return Problem(file, preview.first_rows.get(school), "school",
                   f"{written} may be one of several known schools: {listed}",
                   "add a region column, or choose one on the upload page, or import with --new-schools to make "
                   "it a new school",
                   reason_zh=f"{written} 可能是以下已有学校之一：{listed}",
                   suggestion_zh="请在报表中加一列地区，或在上传页面选择对应的学校，或用 --new-schools 导入为新学校")


def _alike(name: str, known: str) -> bool:
    """Whether a known school is worth showing as like a new one. English names end in their kind
    ("Primary School"), which alone makes two of them score 70 % alike: what comes before must be
    alike too."""
    if not (is_english_name(name) and is_english_name(known)):
        return True
    ours, theirs = identity.distinctive_part(name), identity.distinctive_part(known)
    return bool(ours and theirs) and fuzz.ratio(ours, theirs) >= 70


def _school_display(con, school_id: int) -> str:
    row = con.execute("SELECT coalesce(name_zh, name_en) FROM schools WHERE id = ?", [school_id]).fetchone()
    return row[0] if row else str(school_id)


def _level(text: str | None, school: str) -> str:
    if text:
        value = text.strip().lower()
        if value in SCHOOL_LEVELS:
            return value
        if text.strip() in LEVEL_WORDS:
            return LEVEL_WORDS[text.strip()]
    return school_level_from_name(school)
