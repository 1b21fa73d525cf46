"""Analysts' changes to schools: rename, set region, level and English name, merge two, split an alias out.

Each change is one batch of kind `schools`. What it changed is recorded as it is made — a field's value
before and after (`school_changes`), each row moved from one school to another (`school_moves`) — so
that reverting the batch (etl.load.revert_batch) puts everything back, as for any load.
"""

from __future__ import annotations

from etl import identity, ids
from etl.load import LoadError, LoadResult, run_batch, school_place
from etl.places import merged, place_given
from etl.schools import alias_key, is_english_name, school_level_from_name
from etl.textnorm import clean_name, name_problem
from etl.warehouse import SCHOOL_LEVELS

# the tables whose rows belong to a school, and the column naming each row
SCHOOL_ROWS = (("report_observations", "id"), ("sheet_values", "id"), ("awards", "id"), ("documents", "id"),
               ("candidates", "id"), ("school_aliases", "alias"))
_FIELDS = ("name_zh", "name_en", "province", "city", "district", "region", "level")


def _school(con, school_id: int) -> dict:
    row = con.execute(f"SELECT {', '.join(_FIELDS)} FROM schools WHERE id = ?", [school_id]).fetchone()
    if row is None:
        raise LoadError(f"there is no school {school_id}", f"没有学校 {school_id}")
    return dict(zip(_FIELDS, row, strict=True))


def _change(c, batch_id: int, school_id: int, before: dict, after: dict) -> int:
    changed = {field: value for field, value in after.items() if before.get(field) != value}
    for field, value in changed.items():
        c.execute(f"UPDATE schools SET {field} = ? WHERE id = ?", [value, school_id])
        c.execute("INSERT INTO school_changes VALUES (?, ?, ?, ?, ?)",
                  [batch_id, school_id, field, before.get(field), value])
    return len(changed)


def _add_alias(c, batch_id: int, school_id: int, spelling: str) -> None:
    key = alias_key(spelling)
    if key and not c.execute("SELECT 1 FROM school_aliases WHERE alias = ?", [key]).fetchone():
        c.execute("INSERT INTO school_aliases VALUES (?, ?, ?, ?)", [key, school_id, spelling, batch_id])


def _move(c, batch_id: int, table: str, key_column: str, where: str, params: list, to_school: int) -> int:
    """Move the rows of `table` that `where` picks to `to_school`, recording each."""
    c.execute(f"INSERT INTO school_moves SELECT ?, ?, {key_column}::VARCHAR, school_id, ? FROM {table} WHERE {where}",
              [batch_id, table, to_school, *params])
    moved = c.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
    c.execute(f"UPDATE {table} SET school_id = ? WHERE {where}", [to_school, *params])
    return moved


def _run(con, who: str, note: str, write) -> LoadResult:
    if not who or not who.strip():
        raise LoadError("a change to schools needs the analyst's name", "修改学校需要分析员姓名")
    return run_batch(con, "schools", file_name=None, digest=None, who=who.strip(), write=write, note=note)


def rename(con, school_id: int, name: str, *, who: str) -> LoadResult:
    """Give a school another name (its old spellings still find it)."""
    if not (name or "").strip():
        raise LoadError("a school needs a name", "学校名称不能为空")
    if problem := name_problem(name):
        raise LoadError(f"a school's name: {problem[0]}", f"学校名称：{problem[1]}")
    name = clean_name(name)
    before = _school(con, school_id)
    field = "name_en" if is_english_name(name) else "name_zh"
    if before[field] == name:
        raise LoadError("the school has that name already", "学校已经是这个名称")

    def write(c, batch_id):
        _change(c, batch_id, school_id, before, {**before, field: name})
        _add_alias(c, batch_id, school_id, name)
        return {}

    result = _run(con, who, f"rename school {school_id} to {name}", write)
    result.message = f"school {school_id} renamed {name} as batch {result.batch_id}"
    return result


def set_details(con, school_id: int, *, who: str, region: str | None = None, level: str | None = None,
                name_en: str | None = None) -> LoadResult:
    """Set a school's region (its province, city and district, completed from the gazetteer), its level
    and its English name; fields left None stay as they are."""
    before = _school(con, school_id)
    after = dict(before)
    if region is not None:
        # the region the analyst gives first, then what the name says for the levels it leaves open
        place = merged(place_given(region), identity.canonical(before["name_zh"] or before["name_en"] or "").place)
        after.update(province=place.province, city=place.city, district=place.district,
                     region=region.strip() or None)
    if level is not None:
        if level not in SCHOOL_LEVELS:
            raise LoadError(f"level must be one of {', '.join(SCHOOL_LEVELS)}", "学段无效")
        after["level"] = level
    if name_en is not None:
        after["name_en"] = name_en.strip() or None
    if after == before:
        raise LoadError("nothing to change", "没有需要修改的内容")

    def write(c, batch_id):
        _change(c, batch_id, school_id, before, after)
        if name_en:
            _add_alias(c, batch_id, school_id, name_en.strip())
        return {}

    result = _run(con, who, f"set details of school {school_id}", write)
    result.message = f"school {school_id} updated as batch {result.batch_id}"
    return result


def merge(con, keep: int, drop: int, *, who: str) -> LoadResult:
    """Make two schools one: `drop`'s figures, honours, reports, numbers and spellings move to `keep`."""
    if keep == drop:
        raise LoadError("a school cannot be merged into itself", "学校不能与自身合并")
    _school(con, keep)
    _school(con, drop)

    def write(c, batch_id):
        moved = {table: _move(c, batch_id, table, key, "school_id = ?", [drop], keep) for table, key in SCHOOL_ROWS}
        return {"observations": moved["report_observations"] + moved["sheet_values"], "awards": moved["awards"]}

    result = _run(con, who, f"merge school {drop} into {keep}", write)
    result.message = f"school {drop} merged into {keep} as batch {result.batch_id}"
    return result


def split(con, school_id: int, alias: str, *, who: str) -> LoadResult:
    """Make a spelling a school of its own, with the figures, honours, reports and numbers of the load
    that brought that spelling."""
    row = con.execute("SELECT spelling, batch_id FROM school_aliases WHERE alias = ? AND school_id = ?",
                      [alias, school_id]).fetchone()
    if row is None:
        raise LoadError(f"{alias!r} is not a spelling of school {school_id}", f"“{alias}”不是这所学校的写法")
    spelling, brought_by = row
    if con.execute("SELECT count(*) FROM school_aliases WHERE school_id = ?", [school_id]).fetchone()[0] < 2:
        raise LoadError("a school's only spelling cannot be split from it", "学校唯一的写法不能拆出")
    before = _school(con, school_id)

    def write(c, batch_id):
        new_id = ids.reserve(c, "school")
        place = school_place(spelling, None)
        is_en = is_english_name(spelling)
        c.execute("INSERT INTO schools (id, name_zh, name_en, province, city, district, region, level, batch_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  [new_id, None if is_en else spelling, spelling if is_en else None,
                   place.province or before["province"], place.city or before["city"],
                   place.district or before["district"], place.label or before["region"],
                   school_level_from_name(spelling) if school_level_from_name(spelling) != "unknown"
                   else before["level"], batch_id])
        moved = {}
        for table, key in SCHOOL_ROWS:
            if table == "school_aliases":
                moved[table] = _move(c, batch_id, table, key, "alias = ?", [alias], new_id)
            else:
                moved[table] = _move(c, batch_id, table, key, "school_id = ? AND batch_id = ?",
                                     [school_id, brought_by], new_id)
        return {"observations": moved["report_observations"] + moved["sheet_values"], "awards": moved["awards"],
                "schools": 1}

    result = _run(con, who, f"split {spelling} from school {school_id}", write)
    result.message = f"{spelling} split from school {school_id} as batch {result.batch_id}"
    return result


def undo(con, batch_id: int) -> None:
    """Put back what a `schools` batch changed (called by the revert, inside its transaction)."""
    for school_id, field, old in con.execute(
            "SELECT school_id, field, old FROM school_changes WHERE batch_id = ? ORDER BY rowid DESC",
            [batch_id]).fetchall():
        con.execute(f"UPDATE schools SET {field} = ? WHERE id = ?", [old, school_id])
    for table, key in SCHOOL_ROWS:
        cast = "" if key == "alias" else "::BIGINT"
        con.execute(
            f"UPDATE {table} SET school_id = m.from_school FROM school_moves m "
            f"WHERE m.batch_id = ? AND m.table_name = ? AND {table}.{key} = m.row_key{cast}",
            [batch_id, table])
    con.execute("DELETE FROM school_aliases WHERE batch_id = ? AND alias NOT IN "
                "(SELECT row_key FROM school_moves WHERE table_name = 'school_aliases' AND batch_id = ?)",
                [batch_id, batch_id])
