"""Sheets: every bad sheet gets its message; good ones load in every layout, language and encoding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.integrity import check_integrity
from etl.sheets import SheetRejected, check_sheet, import_sheet, template
from etl.warehouse import session
from tests.conftest import run_cli

DATA = Path(__file__).parent / "data"
BAD = DATA / "bad_sheets"
GOOD = DATA / "good_sheets"
EXPECTED = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))


def counts(con) -> tuple:
    return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("observations", "schools", "batches", "current_facts"))


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=sorted(EXPECTED))
def test_bad_sheets_get_every_problem_with_file_row_column_and_reason(con, name):
    check = check_sheet(con, name, (BAD / name).read_bytes())
    assert not check.ok
    got = [(p.row, p.column, p.reason, p.suggestion) for p in check.problems]
    assert len(got) == len(EXPECTED[name]), got
    for problem, expected in zip(check.problems, EXPECTED[name], strict=True):
        row, column, reason, *suggestion = expected
        assert problem.file == name
        assert (problem.row, problem.column) == (row, column), problem
        assert reason in problem.reason, problem
        if suggestion:
            assert problem.suggestion == suggestion[0]


def test_every_problem_at_once(con):
    data = ("school,year,indicator,value\n"
            ",2021,members_full,20\n"
            "宁化一中,1900,members_full,20\n"
            "宁化一中,2021,nonsense,20\n"
            "宁化一中,2021,members_full,-1\n").encode()
    check = check_sheet(con, "many.csv", data)
    assert [p.row for p in check.problems] == [2, 3, 4, 5]
    assert str(check.problems[2]) == "many.csv, row 4, column indicator: unknown indicator 'nonsense'"


def test_row_numbers_count_the_header_as_row_one(con):
    rows = [f"合成学校{i},2010,members_full,{i % 50}" for i in range(1, 2000)]
    rows[1499] = "合成学校1500,2010,members_full,x"
    data = ("school,year,indicator,value\n" + "\n".join(rows) + "\n").encode()
    problems = check_sheet(con, "long.csv", data).problems
    assert [(p.row, p.reason) for p in problems if "not a number" in p.reason] == [(1501, "'x' is not a number")]


def test_the_cli_prints_every_problem_and_changes_nothing(built_db):
    with session(built_db) as con:
        before = counts(con)
    result = run_cli("import", str(BAD / "two_values_one_key.csv"), db=built_db)
    assert result.returncode == 2
    assert "two_values_one_key.csv, row 2, column value: two different values" in result.stderr
    assert "row 4" in result.stderr and "nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
    with session(built_db) as con:
        assert counts(con) == before


def test_a_long_chinese_sheet_with_bom_and_qualifiers(con):
    check, result = import_sheet(con, "long_zh_bom.csv", (GOOD / "long_zh_bom.csv").read_bytes(), who="tester")
    assert result.status == "loaded" and result.counts == {"observations": 3, "schools": 0}
    # "菁华小学" is the existing 黔江区菁华小学校; 宁化一中 is known too
    assert set(check.preview.matched_schools["school"]) == {"菁华小学"}
    rows = con.execute(
        "SELECT s.name_zh, o.indicator_id, o.value, o.qualifier FROM observations o JOIN schools s ON s.id = o.school_id "
        "WHERE o.batch_id = ? ORDER BY o.sheet_row", [result.batch_id]).fetchall()
    assert rows == [("黔江区菁华小学校", "members_full", 22.0, "exact"),
                    ("黔江区菁华小学校", "volunteer_sessions", 10.0, "at_least"),
                    ("宁化一中", "students_assisted", 560.0, "approx")]
    assert check_integrity(con) == {}


def test_gb18030_is_detected(con):
    check, result = import_sheet(con, "long_en_gb18030.csv", (GOOD / "long_en_gb18030.csv").read_bytes(), who="t")
    assert result.counts["observations"] == 3
    assert list(check.preview.new_schools["school"]) == ["北岭实验小学"]
    province, level = con.execute("SELECT province, level FROM schools WHERE name_zh = '北岭实验小学'").fetchone()
    assert (province, level) == ("浙江省", "primary")


@pytest.mark.parametrize("as_file", [False, True], ids=["uploaded", "from disk"])
def test_a_gb18030_sheet_that_starts_with_64_kb_of_ascii(con, tmp_path, as_file):
    # the start looks like UTF-8, so the file goes to DuckDB as it is; the Chinese rows further on
    # send it back to be decoded in Python, where the Chinese lines alone decide the encoding
    latin = "".join(f"School No. {i:05d},2020,members_full,{i % 50}\n" for i in range(3000))
    chinese = "".join(f"黔江区第{i}中学,2021,正式党员,{i}\n" for i in range(1, 4))
    data = ("school,year,indicator,value\n" + latin + chinese).encode("gb18030")
    assert data[:65536].isascii()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path = tmp_path / "late_chinese.csv"
    path.write_bytes(data)
    check, result = import_sheet(con, path.name, data, who="t", original=path if as_file else None)
    assert check.ok and result.counts["observations"] == 3003
    got = con.execute("SELECT s.name_zh, o.indicator_id, o.value FROM observations o JOIN schools s ON s.id = o.school_id "
                      "WHERE o.batch_id = ? AND o.year = 2021 ORDER BY o.value", [result.batch_id]).fetchall()
    assert got == [("黔江区第1中学", "members_full", 1.0), ("黔江区第2中学", "members_full", 2.0),
                   ("黔江区第3中学", "members_full", 3.0)]


def test_a_wide_sheet_with_units_in_headers(con):
    check, result = import_sheet(con, "wide_zh_units.csv", (GOOD / "wide_zh_units.csv").read_bytes(), who="t")
    assert check.layout == "wide"
    got = con.execute("SELECT indicator_id, value, qualifier FROM observations WHERE batch_id = ? ORDER BY sheet_row, "
                      "indicator_id", [result.batch_id]).fetchall()
    assert ("volunteer_sessions", 15.0, "at_least") in got and ("members_probationary", 2.0, "exact") in got
    assert len(got) == 6  # empty cells are no figures


def test_a_column_of_party_members_is_the_membership_and_one_of_full_members_says_so(con):
    # (the catalog's spelling "党员(正式)" names full members; with its brackets left out, as a unit's are, it had made a
    # column "党员" full members)
    data = "学校,年份,党员,党员(正式),预备党员(人)\n甲小学,2023,25,23,2\n".encode()
    check, result = import_sheet(con, "wide_members.csv", data, who="t")
    got = con.execute("SELECT indicator_id, value FROM observations WHERE batch_id = ? ORDER BY value",
                      [result.batch_id]).fetchall()
    assert got == [("members_probationary", 2.0), ("members_full", 23.0), ("members_total", 25.0)]


@pytest.mark.parametrize("space", [" ", "\u3000", "\u00a0", "\u2003", "\u205f"],
                         ids=["space", "ideographic", "no-break", "em", "math"])
def test_cells_are_trimmed_of_every_kind_of_space(con, space):
    # the same school, indicator and qualifier, once bare and once padded: one school, and the
    # padded repeat of a key is a repeat, not a second figure
    data = (f"学校,年份,指标,数值,限定\n云杉实验小学,2021,正式党员,20,精确\n"
            f"{space}云杉实验小学{space},2021,{space}正式党员{space},20,{space}精确{space}\n"
            f"{space}云杉实验小学,2022,正式党员,21{space},至少{space}\n").encode()
    check, result = import_sheet(con, "padded.csv", data, who="t")
    assert check.preview.duplicates_ignored == 1
    assert list(check.preview.new_schools["school"]) == ["云杉实验小学"]
    rows = con.execute("SELECT s.name_zh, o.year, o.value, o.qualifier::VARCHAR FROM observations o "
                       "JOIN schools s ON s.id = o.school_id WHERE o.batch_id = ? ORDER BY o.year",
                       [result.batch_id]).fetchall()
    assert rows == [("云杉实验小学", 2021, 20.0, "exact"), ("云杉实验小学", 2022, 21.0, "at_least")]
    assert check_integrity(con) == {}


def test_a_second_sheet_for_the_same_keys_takes_over_and_its_revert_gives_back(con):
    from etl.load import revert_batch

    def current():
        return con.execute("SELECT value, source_kind::VARCHAR, has_conflict FROM current_facts f JOIN schools s "
                           "ON s.id = f.school_id WHERE s.name_zh = '云杉实验小学' ORDER BY ref_year").fetchall()

    import_sheet(con, "first.csv", "学校,年份,指标,数值\n云杉实验小学,2021,正式党员,20\n云杉实验小学,2022,正式党员,22\n"
                 .encode(), who="t")
    # a figure that is its key's only source is current in place, without a resolved copy
    assert con.execute("SELECT count(*) FROM sheet_values WHERE sole").fetchone()[0] == 2
    assert current() == [(20.0, "sheet", False), (22.0, "sheet", False)]
    _, second = import_sheet(con, "second.csv", "学校,年份,指标,数值\n云杉实验小学,2021,正式党员,25\n".encode(), who="t")
    assert current() == [(25.0, "sheet", True), (22.0, "sheet", False)]
    assert check_integrity(con) == {}
    revert_batch(con, second.batch_id)
    assert current() == [(20.0, "sheet", False), (22.0, "sheet", False)]
    assert check_integrity(con) == {}


def test_preview_shows_what_changes(con):
    data = "学校,年份,指标,数值\n邢台第三中学,2005,党员总数,140\n".encode()
    import_sheet(con, "one.csv", "学校,年份,指标,数值\n邢台第三中学,2005,党员总数,138\n".encode(), who="t")
    check = check_sheet(con, "two.csv", data)
    assert check.preview.new_figures == 0
    changed = check.preview.changed.iloc[0]
    assert (changed["value"], changed["stored"]) == (140.0, 138.0)


def test_the_same_file_again_adds_nothing(con):
    data = (GOOD / "wide_zh_units.csv").read_bytes()
    import_sheet(con, "wide_zh_units.csv", data, who="t")
    before = counts(con)
    _, again = import_sheet(con, "renamed.csv", data, who="t")
    assert again.status == "unchanged" and "already imported" in again.message
    assert counts(con) == before


def test_dry_run_writes_nothing(con):
    before = counts(con)
    check, result = import_sheet(con, "wide_zh_units.csv", (GOOD / "wide_zh_units.csv").read_bytes(), who="t",
                                 dry_run=True)
    assert result is None and check.preview.rows == 6
    assert counts(con) == before


def test_a_rejected_sheet_raises_with_its_problems(con):
    with pytest.raises(SheetRejected) as info:
        import_sheet(con, "negative_value.csv", (BAD / "negative_value.csv").read_bytes(), who="t")
    assert "negative" in info.value.problems[0].reason


def test_the_upload_limit(con):
    check = check_sheet(con, "big.csv", b"school,year,indicator,value\n" + b"x" * 2048, max_bytes=1024)
    assert "larger than the 0 MB limit" in check.problems[0].reason or "limit" in check.problems[0].reason


@pytest.mark.parametrize("layout", ["long", "wide"])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_templates_import_as_they_are(con, layout, lang, fmt):
    data = template(layout, lang, fmt)
    check, result = import_sheet(con, f"template.{fmt}", data, who="t")
    assert check.ok and result.counts["observations"] >= 2
    assert con.execute("SELECT count(*) FROM observations WHERE batch_id = ? AND indicator_id = 'members_full' "
                       "AND value = 20", [result.batch_id]).fetchone()[0] == 1


def test_cli_import_and_revert(built_db):
    result = run_cli("import", str(GOOD / "wide_zh_units.csv"), db=built_db)
    assert result.returncode == 0, result.stderr
    assert "imported as batch 2" in result.stdout and "2 new schools" in result.stdout
    again = run_cli("import", str(GOOD / "wide_zh_units.csv"), db=built_db)
    assert "already imported as batch 2" in again.stdout
    assert run_cli("revert", "2", db=built_db).returncode == 0
    with session(built_db) as con:
        assert con.execute("SELECT count(*) FROM current_facts WHERE batch_id = 2").fetchone()[0] == 0
        assert check_integrity(con) == {}
    # after a revert the same file can be imported again
    assert "imported as batch 4" in run_cli("import", str(GOOD / "wide_zh_units.csv"), db=built_db).stdout


def test_the_summaries_written_with_a_sheet_equal_their_definition(con):
    # new schools get their summary from the sheet's own groups, not from current_facts: the
    # integrity check recomputes it from current_facts and would see any difference
    data = ("学校,年份,指标,数值\n云杉实验小学,2021,正式党员,20\n云杉实验小学,2019,正式党员,18余\n"
            "云杉实验小学,2023,志愿服务次数,约12\n菁华小学,2022,正式党员,31\n").encode()
    import_sheet(con, "summary.csv", data, who="t")
    assert check_integrity(con) == {}
    latest = con.execute("SELECT latest_value, latest_year, latest_qualifier, bit_count(years_a) + bit_count(years_b) "
                         "FROM school_indicator_summary "
                         "JOIN schools s ON s.id = school_id WHERE s.name_zh = '云杉实验小学' "
                         "AND indicator_id = 'members_full'").fetchone()
    assert latest == (20.0, 2021, "exact", 2)
    con.execute("UPDATE school_indicator_summary SET latest_value = latest_value + 1 WHERE indicator_id = "
                "'volunteer_sessions' AND school_id = (SELECT id FROM schools WHERE name_zh = '云杉实验小学')")
    assert set(check_integrity(con)) == {"school_indicator_summary equals its definition over current_facts"}


def test_cells_of_spaces_only_count_as_empty(con):
    # a qualifier of spaces falls back to the marks on the value; an indicator of spaces is empty
    ok = "学校,年份,指标,数值,限定\n云杉实验小学,2021,正式党员,20余,\u3000\u3000\n".encode()
    check, result = import_sheet(con, "blank_qualifier.csv", ok, who="t")
    assert con.execute("SELECT value, qualifier::VARCHAR FROM observations WHERE batch_id = ?",
                       [result.batch_id]).fetchall() == [(20.0, "at_least")]
    bad = "学校,年份,指标,数值\n云杉实验小学,2021,\u2003 ,20\n".encode()
    problems = check_sheet(con, "blank_indicator.csv", bad).problems
    assert [(p.row, p.reason) for p in problems] == [(2, "the indicator is empty")]


def test_reviewing_a_sheet_figure_that_stands_alone(con):
    from etl.load import revert_batch
    from etl.review import review_figure

    _, loaded = import_sheet(con, "alone.csv", "学校,年份,指标,数值\n云杉实验小学,2021,正式党员,20\n"
                             "云杉实验小学,2021,入党积极分子,4\n".encode(), who="t")
    figure = con.execute("SELECT id FROM sheet_values WHERE batch_id = ? AND indicator_id = 'members_full'",
                         [loaded.batch_id]).fetchone()[0]

    def current():
        return con.execute("SELECT indicator_id, value, source_kind::VARCHAR FROM current_facts WHERE school_id = "
                           "(SELECT school_id FROM sheet_values WHERE id = ?) ORDER BY 1", [figure]).fetchall()

    assert current() == [("activists", 4.0, "sheet"), ("members_full", 20.0, "sheet")]
    rejected = review_figure(con, figure, "reject", who="王分析", note="不是本校数据")
    assert current() == [("activists", 4.0, "sheet")]
    assert con.execute("SELECT count(*) FROM sheet_values WHERE batch_id = ? AND sole",
                       [loaded.batch_id]).fetchone()[0] == 0  # the school's figures are resolved now
    assert check_integrity(con) == {}
    confirmed = review_figure(con, figure, "confirm", who="王分析")
    assert current() == [("activists", 4.0, "sheet"), ("members_full", 20.0, "sheet")]
    revert_batch(con, confirmed.batch_id)
    revert_batch(con, rejected.batch_id)
    assert current() == [("activists", 4.0, "sheet"), ("members_full", 20.0, "sheet")]
    assert check_integrity(con) == {}


def test_sheet_figure_ids_are_their_batch_and_place(con):
    # a sheet figure's id is batch << 32 | place: the row (and, in a wide sheet, the column) it came
    # from; reports keep drawing from the sequence, below 2^32, so no two figures share an id
    _, long = import_sheet(con, "ids.csv", "学校,年份,指标,数值\n云杉实验小学,2021,正式党员,20\n\"云杉实验小学\",2022,"
                           "正式党员,22\n".encode(), who="t")
    got = con.execute("SELECT id, sheet_row FROM sheet_values WHERE batch_id = ? ORDER BY id", [long.batch_id]).fetchall()
    assert got == [((long.batch_id << 32) + 0, 2), ((long.batch_id << 32) + 1, 3)]
    _, wide = import_sheet(con, "wide_zh_units.csv", (GOOD / "wide_zh_units.csv").read_bytes(), who="t")
    ids = [i - (wide.batch_id << 32) for (i,) in con.execute(
        "SELECT id FROM sheet_values WHERE batch_id = ? ORDER BY id", [wide.batch_id]).fetchall()]
    assert len(ids) == 6 and all(0 <= i < 1 << 32 for i in ids) and len(set(ids)) == 6
    assert con.execute("SELECT max(id) < 4294967296 FROM report_observations").fetchone()[0]
    assert con.execute("SELECT count(*) = count(DISTINCT id) FROM observations").fetchone()[0]


@pytest.mark.parametrize("layout", ["long", "wide"])
def test_notes_stay_with_their_figures(con, layout):
    # notes are kept apart from the figures (only the rows that have one), and shown with them
    if layout == "long":
        text = ("学校,年份,指标,数值,备注\n云杉实验小学,2021,正式党员,20,含转入2人\n云杉实验小学,2022,正式党员,22,\n"
                "云杉实验小学,2022,志愿服务次数,12余,\"寒假, 暑假各一次\"\n")
        expected = {("members_full", 2021): "含转入2人", ("members_full", 2022): None,
                    ("volunteer_sessions", 2022): "寒假, 暑假各一次"}
    else:
        text = "学校,年份,正式党员,预备党员,备注\n云杉实验小学,2021,20,3,年中统计\n云杉实验小学,2022,22,1,\n"
        expected = {("members_full", 2021): "年中统计", ("members_probationary", 2021): "年中统计",
                    ("members_full", 2022): None, ("members_probationary", 2022): None}
    _, result = import_sheet(con, f"notes_{layout}.csv", text.encode(), who="t")
    got = {(i, y): n for i, y, n in con.execute(
        "SELECT indicator_id, year, note FROM observations WHERE batch_id = ?", [result.batch_id]).fetchall()}
    assert got == expected
    stored = con.execute("SELECT count(*) FROM sheet_notes n JOIN sheet_values s USING (id) WHERE s.batch_id = ?",
                         [result.batch_id]).fetchone()[0]
    assert stored == sum(n is not None for n in expected.values())
    assert check_integrity(con) == {}


# ------------------------------------------------------------------ school identity respects place

SHEETS = Path(__file__).parent / "data" / "sheets"


def _school_of(con, name: str):
    return con.execute("SELECT id, province, city, district FROM schools WHERE name_zh = ?", [name]).fetchone()


def test_a_school_of_another_city_is_not_merged_and_a_bare_generic_name_waits_for_a_choice(con):
    from etl.sheets import SheetRejected, import_sheet

    import_sheet(con, "kunshan.csv", (SHEETS / "kunshan.csv").read_bytes(), who="t")
    kunshan = _school_of(con, "昆山市第二中学")
    assert kunshan[1:] == ("江苏省", "苏州市", "昆山市")
    data = (SHEETS / "chongqing_and_a_bare_name.csv").read_bytes()
    with pytest.raises(SheetRejected) as refused:
        import_sheet(con, "chongqing_and_a_bare_name.csv", data, who="t")
    (problem,) = refused.value.problems
    assert problem.row == 3 and "第二中学" in problem.reason and "昆山市第二中学" in problem.reason
    assert "--new-schools" in problem.suggestion
    assert con.execute("SELECT count(*) FROM batches WHERE file_name = 'chongqing_and_a_bare_name.csv'").fetchone()[0] == 0
    # the analyst says the bare name is the Kunshan school; the Chongqing school is a new one
    check, result = import_sheet(con, "chongqing_and_a_bare_name.csv", data, who="t",
                                 choices={"第二中学": kunshan[0]})
    chongqing = _school_of(con, "重庆市巴南区第二中学")
    assert chongqing is not None and chongqing[0] != kunshan[0]
    assert chongqing[1:] == ("重庆市", None, "巴南区")
    figures = dict(con.execute(
        "SELECT s.name_zh, f.value FROM current_facts f JOIN schools s ON s.id = f.school_id "
        "WHERE f.indicator_id = 'members_full' AND f.ref_year = 2022").fetchall())
    assert figures == {"昆山市第二中学": 12.0, "重庆市巴南区第二中学": 30.0}
    assert check_integrity(con) == {}


def test_new_schools_makes_every_undecided_name_a_school_of_its_own(con):
    from etl.sheets import import_sheet

    import_sheet(con, "kunshan.csv", (SHEETS / "kunshan.csv").read_bytes(), who="t")
    data = (SHEETS / "chongqing_and_a_bare_name.csv").read_bytes()
    _, result = import_sheet(con, "chongqing_and_a_bare_name.csv", data, who="t", new_schools=True)
    assert result.counts["schools"] == 2
    assert _school_of(con, "第二中学") is not None


def test_the_cli_refuses_an_undecided_name_with_its_candidates(built_db):
    from tests.conftest import run_cli

    assert run_cli("import", str(SHEETS / "kunshan.csv"), db=built_db).returncode == 0
    refused = run_cli("import", str(SHEETS / "chongqing_and_a_bare_name.csv"), db=built_db)
    assert refused.returncode == 2
    assert "row 3" in refused.stderr and "昆山市第二中学" in refused.stderr and "--new-schools" in refused.stderr
    done = run_cli("import", str(SHEETS / "chongqing_and_a_bare_name.csv"), "--new-schools", db=built_db)
    assert done.returncode == 0, done.stderr
    assert "第二中学: may be one of" in done.stdout


# ------------------------------------------------------------------ sheets as people send them

def _titled_workbook(value) -> bytes:
    import io

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["2023年各校党建工作数据统计表"])
    sheet.merge_cells("A1:E1")  # a title across the columns
    sheet.append(["填报单位：某某区教育局", None, None, None, "填报日期：2024-01-05"])
    sheet.append(["学校名称", "所属区县", "年度", "正式党员（人）", "预备党员（人）"])
    sheet.append(["城东中学", "黔江区", 2023, 25, 2])
    sheet.append(["城西小学", "黔江区", 2023, value, 1])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_an_xlsx_with_title_rows_loads_and_counts_rows_as_excel_does(con):
    from etl.sheets import SheetRejected, check_sheet, import_sheet

    refused = check_sheet(con, "titled.xlsx", _titled_workbook("abc"))
    assert refused.header_row == 3
    assert [(p.row, p.reason) for p in refused.problems] == [(5, "'abc' is not a number")]
    with pytest.raises(SheetRejected):
        import_sheet(con, "titled.xlsx", _titled_workbook("abc"), who="t")
    check, result = import_sheet(con, "titled.xlsx", _titled_workbook(12), who="t")
    assert check.header_row == 3 and result.counts["observations"] == 4
    rows = con.execute("SELECT s.name_zh, v.sheet_row, s.district FROM sheet_values v JOIN schools s "
                       "ON s.id = v.school_id WHERE v.indicator_id = 'members_full' ORDER BY 2").fetchall()
    assert rows == [("城东中学", 4, "黔江区"), ("城西小学", 5, "黔江区")]  # the rows Excel shows


def test_a_csv_with_a_title_line_says_which_row_is_the_header(con):
    from etl.sheets import check_sheet

    data = "2023年各校党建工作数据统计表\n学校,年份,正式党员\n城东中学,2023,25\n城南中学,2023,x\n".encode()
    check = check_sheet(con, "titled.csv", data)
    assert check.header_row == 2
    assert [(p.row, p.reason) for p in check.problems] == [(4, "'x' is not a number")]


def test_a_sheet_whose_header_cannot_be_found_says_which_row_it_read(con):
    from etl.sheets import check_sheet

    check = check_sheet(con, "no_header.csv", "说明：以下为各校数据\n城东中学,2023,25\n".encode())
    assert check.problems[0].row == 1 and "missing column: school" in check.problems[0].reason
    assert "title row" in check.problems[0].suggestion


@pytest.mark.parametrize("label", ["所属区县", "区县", "所在地区", "地区名称"])
def test_region_headers_people_use(con, label):
    from etl.sheets import check_sheet

    check = check_sheet(con, "r.csv", f"学校,年份,{label},正式党员\n城东中学,2023,黔江区,25\n".encode())
    assert check.ok and list(check.preview.new_schools["region"]) == ["重庆市黔江区"]  # the place, as it is read


def test_the_preview_shows_each_new_school_in_the_place_its_region_is_read_as(con):
    """The analyst checks the places before confirming: "Nanming District" is read as 贵阳市南明区; a
    region no single place reads as ("Suzhou City": 苏州市 or 宿州市) is shown, and kept, as written."""
    from etl.sheets import check_sheet

    sheet = ("school,year,indicator,value,region\nSunrise Road Primary School,2021,members_full,12,Nanming District\n"
             "Riverside Middle School,2021,members_full,30,Suzhou City\n")
    check = check_sheet(con, "places.csv", sheet.encode())
    assert check.ok
    assert dict(zip(check.preview.new_schools["school"], check.preview.new_schools["region"], strict=True)) == {
        "Sunrise Road Primary School": "贵州省贵阳市南明区", "Riverside Middle School": "Suzhou City"}


def test_the_chinese_templates_are_chinese_throughout(con):
    from etl.sheets import check_sheet, template

    wide = template("wide", "zh", "csv").decode("utf-8-sig")
    assert "正式党员（人）" in wide and "师徒结对（对）" in wide and "people" not in wide and "pairs" not in wide
    long = template("long", "zh", "csv").decode("utf-8-sig")
    assert "精确" in long and "exact" not in long
    for layout in ("long", "wide"):  # and they import as they are
        assert check_sheet(con, "t.csv", template(layout, "zh", "csv")).ok


@pytest.mark.parametrize("year, refused", [("2021.5", True), ("2021.4", True), ("2021.0", False), ("2021", False)])
def test_a_year_with_a_fraction_is_refused_not_rounded(con, year, refused):
    from etl.sheets import check_sheet

    check = check_sheet(con, "y.csv", f"学校,年份,正式党员\n城东中学,{year},12\n".encode())
    assert bool(check.problems) is refused
    if refused:
        assert check.problems[0].row == 2 and "whole number" in check.problems[0].reason


@pytest.mark.parametrize("year, refused", [(2021.5, True), (2021.4, True), (2021.0, False), (2021, False)])
def test_a_year_with_a_fraction_in_a_workbook_is_refused_not_rounded(con, year, refused):
    import io

    from openpyxl import Workbook

    from etl.sheets import check_sheet

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["学校", "年份", "正式党员"])
    sheet.append(["城东中学", year, 12])
    buffer = io.BytesIO()
    workbook.save(buffer)
    check = check_sheet(con, "y.xlsx", buffer.getvalue())
    assert bool(check.problems) is refused
    if refused:
        assert check.problems[0].row == 2 and "whole number" in check.problems[0].reason


def test_the_same_figures_reordered_or_with_crlf_add_nothing(con):
    from etl.sheets import import_sheet

    rows = ["杭州市上城区城东中学,2021,正式党员,12", "杭州市上城区城西中学,2021,正式党员,9",
            "杭州市上城区城东中学,2022,入党积极分子,3"]
    header = "学校,年份,指标,数值"
    _, first = import_sheet(con, "a.csv", "\n".join([header, *rows, ""]).encode(), who="t", new_schools=True)
    assert first.status == "loaded"
    batches = con.execute("SELECT count(*) FROM batches").fetchone()[0]
    for name, text in (("reordered.csv", "\n".join([header, *reversed(rows), ""])),
                       ("crlf.csv", "\r\n".join([header, *rows, ""])),
                       ("columns.csv", "数值,学校,指标,年份\n" + "\n".join(
                           ",".join([r.split(",")[3], r.split(",")[0], r.split(",")[2], r.split(",")[1]])
                           for r in rows))):
        check, result = import_sheet(con, name, text.encode(), who="t")
        assert check.preview.new_figures == 0 and check.preview.unchanged == 3
        assert result.status == "unchanged" and "all 3 figures are already in the warehouse" in result.message
    assert con.execute("SELECT count(*) FROM batches").fetchone()[0] == batches
    # one changed value is a real change, and loads
    changed = "\n".join([header, rows[0].replace(",12", ",13"), *rows[1:], ""])
    _, result = import_sheet(con, "changed.csv", changed.encode(), who="t")
    assert result.status == "loaded"


@pytest.mark.parametrize("value, qualifier", [("至少12", "at_least"), ("12余", "at_least"), ("约12", "approx"),
                                              ("12左右", "approx"), ("不超过12", "at_most"), ("≥12", "at_least"),
                                              ("将近12", "approx"), ("12", "exact"), ("about 12", "approx"),
                                              ("More than 12", "at_least"), ("up to 12", "at_most"), ("超12", "at_least")])
def test_a_value_marked_with_a_qualifier_word_the_extractor_knows_is_read_with_it(con, value, qualifier):
    """The sheets and the extractor read qualifier words from one place (etl/qualifiers.py)."""
    from etl.sheets import import_sheet

    _, result = import_sheet(con, "q.csv", f"学校,年份,正式党员\n杭州市上城区青园小学,2021,{value}\n".encode(), who="t",
                             new_schools=True)
    assert con.execute("SELECT value, qualifier FROM observations WHERE batch_id = ?", [result.batch_id]).fetchall() == [
        (12.0, qualifier)]


def _gap_workbook() -> bytes:
    import io

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in (["学校", "年份", "指标", "数值"], ["杭州市上城区城东中学", 2021, "正式党员", 30], [], [],
                ["杭州市上城区城西中学", 2021, "正式党员", None], []):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("name, data", [
    ("gaps.csv", "学校,年份,指标,数值\n杭州市上城区城东中学,2021,正式党员,30\n\n,,,\n杭州市上城区城西中学,2021,正式党员,\n"
                 .encode()),
    ("gaps_crlf.csv", "学校,年份,指标,数值\r\n杭州市上城区城东中学,2021,正式党员,30\r\n\r\n  \r\n杭州市上城区城西中学,2021,正式党员,\r\n"
                      .encode()),
    ("gaps.xlsx", _gap_workbook()),
])
def test_a_problem_after_empty_rows_names_the_row_of_the_file(con, name, data):
    problems = check_sheet(con, name, data).problems
    assert [(p.row, p.reason) for p in problems] == [(5, "the value is empty")]


def test_rows_of_empty_cells_are_skipped_and_the_rows_keep_their_numbers(con):
    """An Excel export ends with rows of commas; a hand-edited file has an empty line in the middle."""
    sheet = "学校,年份,指标,数值\n杭州市上城区城东中学,2021,正式党员,30\n\n杭州市上城区城西中学,2021,正式党员,12\n,,,\n,,,\n"
    check, result = import_sheet(con, "excel.csv", sheet.encode(), who="t", new_schools=True)
    assert check.ok and result.status == "loaded"
    rows = con.execute("SELECT sheet_row, value FROM observations WHERE batch_id = ? ORDER BY sheet_row",
                       [result.batch_id]).fetchall()
    assert rows == [(2, 30.0), (4, 12.0)]


def test_a_new_english_school_is_shown_as_like_a_known_one_only_when_their_names_are(con):
    """"Sunrise Road Primary School" was shown as like the known "Luchiwan Primary School": sharing
    "Primary School" alone scored 71 %. A slip in the distinctive part is still shown."""
    import_sheet(con, "known.csv", b"school,year,indicator,value\nLuchiwan Primary School,2021,members_full,12\n",
                 who="t", new_schools=True)
    sheet = ("school,year,indicator,value\nSunrise Road Primary School,2021,members_full,12\n"
             "Luchiwen Primary School,2021,members_full,9\n")
    check = check_sheet(con, "like.csv", sheet.encode())
    assert check.ok
    similar = dict(zip(check.preview.new_schools["school"], check.preview.new_schools["similar_existing"], strict=True))
    assert similar == {"Sunrise Road Primary School": "", "Luchiwen Primary School": "Luchiwan Primary School"}
