"""School names: the distinctive part of a name, the index of known spellings and its reuse."""

from __future__ import annotations

import pytest

from etl.build import prepare
from etl.load import school_index
from etl.schools import SchoolIndex, alias_key, core_name
from etl.sheets import import_sheet
from etl.warehouse import data_version, session


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("黔江区菁华小学校", "菁华小学"),  # a district in front, and 小学校 for 小学
        ("重庆市黔江区菁华小学校", "菁华小学"),  # municipality and district
        ("沙坪坝区第一中学校", "第一中学"),
        ("河北师范大学附属中学", "河北师范大学附属中学"),  # a province's short name: not a prefix to drop
        ("福州一中", "福州一中"),  # a city, but too little would be left without it
        ("宁化一中", "宁化一中"),  # nothing that ends like a region
        ("合成测试学校000123", "合成测试学校000123"),
        ("黔江區菁華小學校", "菁华小学"),  # traditional characters fold first
        ("Beijing No.4 High School", "beijing4highschool"),
    ],
)
def test_the_distinctive_part_of_a_name(name, core):
    assert core_name(name) == core


def test_an_index_of_alias_keys_equals_one_of_spellings():
    spellings = {"黔江区菁华小学校": 1, "宁化县第一中学": 2, "Beijing No.4 High School": 3, "福州一中": 4}
    plain = SchoolIndex(spellings)
    keyed = SchoolIndex({alias_key(s): i for s, i in spellings.items()}, keyed=True)
    assert keyed.by_alias == plain.by_alias and keyed.by_core == plain.by_core
    assert keyed.best_exact("菁华小学") == (1, 99.0, "菁华小学")


def test_the_index_is_read_again_once_a_load_has_committed(tmp_path):
    db = str(tmp_path / "w.duckdb")
    with session(db) as con:
        prepare(con)
        first = school_index(con, data_version(con))
        assert school_index(con, data_version(con)) is first  # nothing loaded since: the same index
        assert first.best_exact("云杉实验小学")[0] is None
        import_sheet(con, "a.csv", "学校,年份,指标,数值\n云杉实验小学,2021,正式党员,20\n".encode(), who="t")
        again = school_index(con, data_version(con))
        assert again is not first
        school_id = con.execute("SELECT id FROM schools WHERE name_zh = '云杉实验小学'").fetchone()[0]
        assert again.best_exact("云杉实验小学")[0] == school_id
    # another connection to the same file, nothing loaded: the index is shared
    with session(db) as con:
        assert school_index(con, data_version(con)) is again


def test_in_memory_warehouses_never_share_an_index():
    # an in-memory database has no path of its own: two of them at the same data version must not
    # be served one index
    import duckdb

    from etl.build import prepare

    one, two = duckdb.connect(), duckdb.connect()
    for c in (one, two):
        prepare(c)
    import_sheet(one, "a.csv", "学校,年份,指标,数值\n云杉实验小学,2021,正式党员,20\n".encode(), who="t")
    import_sheet(two, "b.csv", "学校,年份,指标,数值\n白桦中学,2021,正式党员,20\n".encode(), who="t")
    assert school_index(one, data_version(one)).best_exact("云杉实验小学")[0] is not None
    assert school_index(two, data_version(two)).best_exact("云杉实验小学")[0] is None


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("黔江区菁华小学校", "primary"),
        ("北京市第四中學", "middle"),  # traditional characters fold first
        ("宁化一中", "middle"),  # a numbered 中
        ("漯河二高", "high"),  # a numbered senior high school
        ("实验3小", "primary"),
        ("重庆市黔江区职业教育中心", "vocational"),
        ("某某十二年一贯制学校", "nine_year"),
        ("某某高级中学", "high"),  # the longer word wins over 中学
        ("Beijing No.4 High School", "high"), ("Westwood Junior High School", "middle"),
        ("Sunshine Primary School", "primary"),
        ("合成测试学校000001", "unknown"),
        # a school attached to a university is of the kind it names, not a university
        ("某某师范大学附属中学", "middle"), ("某大附小", "primary"), ("某某大学附属实验学校", "unknown"),
        # (in English, named before or after what it is attached to)
        ("The High School Affiliated to Elm University", "high"), ("Elm Normal University Affiliated Primary School", "primary"),
        ("Primary School of Elm University", "primary"), ("Elm University", "university"),
    ],
)
def test_the_level_a_name_says(name, level):
    from etl.schools import school_level_from_name

    assert school_level_from_name(name) == level


def test_a_sheet_creates_schools_with_their_name_region_and_level(con):
    sheet = ("school,year,indicator,value,region\nSunshine Primary School,2021,members_full,20,Nanming District\n"
             "云杉实验中学,2021,members_full,3,重庆市黔江区\n")
    _, result = import_sheet(con, "new.csv", sheet.encode(), who="t")
    rows = con.execute("SELECT name_zh, name_en, province, city, district, region, level FROM schools "
                       "WHERE batch_id = ? ORDER BY id", [result.batch_id]).fetchall()
    # the English district is read as the one unit of that name: 南明区 of 贵阳市
    assert rows == [(None, "Sunshine Primary School", "贵州省", "贵阳市", "南明区", "贵州省贵阳市南明区", "primary"),
                    ("云杉实验中学", None, "重庆市", None, "黔江区", "重庆市黔江区", "middle")]


def test_build_completes_the_places_of_schools_stored_before(built_db):
    from etl.build import PLACES_KEY, build
    from etl.warehouse import session

    with session(built_db) as con:
        # as a warehouse stored them before the gazetteer: only what the region text spelled out
        con.execute("UPDATE schools SET province = NULL, city = NULL, district = '宁化县' WHERE name_zh = '宁化一中'")
        con.execute("DELETE FROM meta WHERE key = ?", [PLACES_KEY])
    build(built_db)
    with session(built_db) as con:
        assert con.execute("SELECT province, city, district FROM schools WHERE name_zh = '宁化一中'").fetchone() == (
            "福建省", "三明市", "宁化县")


def test_a_report_naming_its_school_with_a_direction_control_is_refused(con):
    from etl.extract import extract_text
    from etl.load import LoadError, load_report

    extraction = extract_text("spoof.txt", "东湖小学党支部现有党员12名。")
    extraction.document.school = "东湖\u202e小学"
    with pytest.raises(LoadError, match="U\\+202E"):
        load_report(con, extraction, who="t")
    assert con.execute("SELECT count(*) FROM documents WHERE file_name = 'spoof.txt'").fetchone()[0] == 0
