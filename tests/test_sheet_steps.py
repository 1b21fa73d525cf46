"""The sheet import's steps on their own: layout and value parsing as pure functions (no database),
the SQL staging held to the same answers, and a StagedSheet handed from step to step."""

from __future__ import annotations

import math

import duckdb
import pytest

from etl.sheets import check_sheet, import_sheet
from etl.sheets.layout import detect_layout, suggest_indicator, title_rows
from etl.sheets.values import parse_qualifier, parse_value, parse_year, qualifier_sql, value_sql, year_sql
from etl.warehouse import session

# ------------------------------------------------------------------ pure functions

YEARS = {"2021": 2021, " 2021 ": 2021, "2021年": 2021, "2021 年度": 2021, "2021.0": 2021, "2021.00 ": 2021,
         "\u30002021\u3000": 2021, "+2021": 2021, "2021.5": None, "二〇二一": None, "2021/22": None, "": None,
         "0x7E5": None, "2_021": None, "2.021e3": None, "year": None, None: None}


@pytest.mark.parametrize("text, year", YEARS.items())
def test_a_year_is_a_whole_number(text, year):
    assert parse_year(text) == year


VALUES = {"12": 12, "12.5": 12.5, " 12 ": 12, "1,234": 1234, "1,234.5": 1234.5, "约20": 20, "≈ 20 ": 20,
          "10余": 10, "10+": 10, "≥5": 5, "20左右": 20, "不超过5": 5, "100以上": 100, "1e3": 1000, "12人": None,
          "abc": None, "": None, "nan": None, "inf": None, "-inf": None, "1e400": None, "--5": None, "-3": -3,
          "about 15": 15, "More than 30": 30, "no more than 5": 5, "approximately 1,200": 1200, "over": None,
          None: None}


@pytest.mark.parametrize("text, value", VALUES.items())
def test_a_value_is_a_finite_number_with_its_marks_read(text, value):
    assert parse_value(text) == value


QUALIFIED = [((None, "12"), "exact"), (("", "约20"), "approx"), ((None, "10余"), "at_least"),
             ((None, "10+"), "at_least"), ((None, "≥5"), "at_least"), ((None, "不超过5"), "at_most"),
             (("at_least", "12"), "at_least"), (("至少", "12"), "at_least"), ((" 约 ", "12"), "approx"),
             (("About", "12"), "approx"), (("lots", "12"), None), ((None, None), "exact"),
             ((None, "abc"), "exact"),
             # English words on the value, in any case
             ((None, "about 15"), "approx"), ((None, "More than 30"), "at_least"), ((None, "no more than 5"), "at_most"),
             ((None, "no less than 5"), "at_least"), ((None, "less than 5"), "at_most"), (("more than", "5"), "at_least"),
             (("Up to", "5"), "at_most")]


@pytest.mark.parametrize("cells, qualifier", QUALIFIED)
def test_a_qualifier_comes_from_its_column_else_from_the_marks_on_the_value(cells, qualifier):
    assert parse_qualifier(*cells) == qualifier


def test_the_sql_staging_parses_every_cell_as_the_pure_functions_do():
    con = duckdb.connect()
    cells = [*YEARS, *VALUES, "1_000", "Infinity", "12\u00a0", "0x10", "20 以上", "20 21", "3000000000",
             "99999999999999999999", "NULL", "١٢"]
    qualifier_cells = [None, "", "exact", "至少", " 约 ", "About", "≥", "lots", "ATLEAST"]
    for cell in cells:
        year, value = con.execute(f"SELECT {year_sql('$1')}, {value_sql('$1')}", [cell]).fetchone()
        assert year == parse_year(cell), cell
        expected = parse_value(cell)
        assert value == expected or (value is not None and expected is not None
                                     and math.isclose(value, expected)), cell
        for qualifier_cell in qualifier_cells:
            sql = con.execute(f"SELECT {qualifier_sql('$1', '$2')}", [qualifier_cell, cell]).fetchone()[0]
            assert sql == parse_qualifier(qualifier_cell, cell), (qualifier_cell, cell)


def test_layout_is_read_from_the_header_alone():
    layout, problems = detect_layout("s.csv", ["学校名称", "年度", "正式党员(人)", "入党积极分子"])
    assert problems == [] and layout.kind == "wide"
    assert sorted(layout.indicator_columns.values()) == ["activists", "members_full"]
    layout, problems = detect_layout("s.csv", ["school", "year", "indicator", "value", "备注"])
    assert problems == [] and layout.kind == "long" and "note" in layout.roles.values()
    layout, problems = detect_layout("s.csv", ["学校", "指标", "数值"])
    assert [p.reason for p in problems] == ["missing column: year (年份)"]
    _, problems = detect_layout("s.csv", ["学校;年份;正式党员"])
    assert "wrong delimiter" in problems[0].reason


def test_title_rows_above_the_header_are_counted():
    assert title_rows("学校,年份,正式党员\n甲,2021,3\n") == 0
    assert title_rows("2023年各校党建数据统计表\n填报日期：2024-01-05\n学校,年份,正式党员\n甲,2021,3\n") == 2
    assert title_rows("no header here\nat all\n") == 0


def test_an_unknown_indicator_gets_the_nearest_one():
    assert suggest_indicator("membres_ful") == "members_full"
    assert suggest_indicator("zzzz") == ""


# ------------------------------------------------------------------ the steps in DuckDB

SHEET = "学校,年份,正式党员,入党积极分子\n甲中学,2021,12,3\n乙小学,2021,约8,\n".encode()


def test_a_sheet_is_checked_without_a_warehouse():
    """Validation needs no warehouse table: a bare in-memory DuckDB checks a sheet."""
    con = duckdb.connect()
    check = check_sheet(con, "s.csv", SHEET, preview=False)
    assert check.ok and (check.staged.figures, check.staged.school_names) == (3, 2)
    rows = con.execute(f"SELECT school, indicator_id, year, value, qualifier FROM {check.staged.final} "
                       "ORDER BY sheet_row, indicator_id").fetchall()
    assert rows == [("甲中学", "activists", 2021, 3.0, "exact"), ("甲中学", "members_full", 2021, 12.0, "exact"),
                    ("乙小学", "members_full", 2021, 8.0, "approx")]
    bad = check_sheet(con, "s.csv", "学校,年份,正式党员\n甲中学,二〇二一,x\n".encode(), preview=False)
    assert sorted(p.reason for p in bad.problems) == ["'x' is not a number", "the year '二〇二一' is not a whole number"]


def test_each_staging_has_relations_of_its_own_and_an_import_removes_them(built_db):
    with session(built_db) as con:
        first = check_sheet(con, "a.csv", SHEET)
        second = check_sheet(con, "b.csv", "学校,年份,正式党员\n丙中学,2022,5\n".encode())
        assert first.staged.prefix != second.staged.prefix
        # the first check's rows are still its own after the second one
        assert con.execute(f"SELECT count(*) FROM {first.staged.final}").fetchone()[0] == 3
        _, result = import_sheet(con, "b.csv", "学校,年份,正式党员\n丙中学,2022,5\n".encode(), who="t",
                                 new_schools=True)
        assert result.counts["observations"] == 1
        left = con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary AND "
                           "table_name LIKE 'sheet%' AND table_name NOT LIKE ? AND table_name NOT LIKE ?",
                           [first.staged.prefix + "%", second.staged.prefix + "%"]).fetchone()[0]
        assert left == 0


def _contents(con) -> dict[str, tuple]:
    """Each table's row count and a hash of its rows (any row written, changed or removed moves it)."""
    tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE NOT temporary "
                                        "AND database_name = current_database()").fetchall()]
    return {t: con.execute(f"SELECT count(*), bit_xor(hash(r)) FROM {t} r").fetchone() for t in tables}


def test_a_sheet_import_writes_only_the_tables_its_checks_read(built_db):
    """The batch's integrity checks read only `write.WRITES`: an import that wrote anywhere else would
    go unchecked there. Both paths of the write: a clash with a stored figure of a known school (its
    key resolved again, the school's summaries refreshed), and a new school with a note."""
    from etl.sheets.write import WRITES

    with session(built_db) as con:
        import_sheet(con, "first.csv", "学校,年份,正式党员\n甲子中学,2021,12\n".encode(), who="t", new_schools=True)
        before = _contents(con)
        data = "学校,年份,正式党员,备注\n甲子中学,2021,13,复核\n乙丑小学,2022,8,新建\n".encode()
        _, result = import_sheet(con, "second.csv", data, who="t", new_schools=True)
        assert result.status == "loaded"
        changed = {t for t, now in _contents(con).items() if now != before[t]}
        # a figure's loaded_at is its batch's created_at
        assert con.execute("SELECT count(*), count(*) FILTER (WHERE v.loaded_at <> b.created_at) FROM sheet_values v "
                           "JOIN batches b ON b.id = v.batch_id").fetchone() == (3, 0)
    assert {"batches", "schools", "school_aliases", "sheet_values", "sheet_notes", "resolved_facts"} <= changed
    assert changed - {"id_counters", "meta"} <= set(WRITES)
