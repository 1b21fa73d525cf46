"""AppTest of the compare, trends, school and evidence pages, driving their main widgets."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from etl.warehouse import session

APP = "../app.py"
PASSWORD = "s3cret-for-tests"


@pytest.fixture
def app(rich_db, monkeypatch):
    monkeypatch.setenv("PBD_DB", rich_db)
    monkeypatch.setenv("PBD_ANALYST_PASSWORD", PASSWORD)
    return AppTest.from_file(APP, default_timeout=60)


def open_page(app, page: str, **params) -> AppTest:
    for key, value in params.items():
        app.query_params[key] = value
    at = app.run()
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    return at


def specs(at) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def array(value) -> list:
    """A plotly JSON array: a plain list, or typed binary data {"dtype": ..., "bdata": base64}."""
    if isinstance(value, dict) and "bdata" in value:
        import base64

        import numpy as np

        data = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        return [None if isinstance(v, float) and v != v else v for v in data.tolist()]
    return list(value)


def school_id(db: str, name: str) -> int:
    with session(db) as con:
        return con.execute("SELECT id FROM schools WHERE name_zh = ? OR name_en = ?", [name, name]).fetchone()[0]


# ------------------------------------------------------------------ compare

def test_compare_defaults_to_the_most_reported_indicator(app):
    at = open_page(app, "compare")
    assert at.selectbox(key="cmp_indicator").value == "members_total"
    bars = specs(at)[0]["data"]
    schools = {y for trace in bars for y in trace["y"]}
    assert {"邢台第三中学", "上海市第一师范学校附属小学", "Chinese Opera School"} <= schools
    ranking = at.dataframe[0].value
    assert list(ranking["排名"]) == list(range(1, len(ranking) + 1))
    assert ranking.iloc[0]["学校"] == "邢台第三中学" and "xingtai_history.txt" in ranking.iloc[0]["来源"]


def test_compare_indicator_year_colour_and_url(app):
    at = open_page(app, "compare")
    at.selectbox(key="cmp_indicator").set_value("volunteer_sessions").run()
    assert not at.exception
    bars = specs(at)[0]["data"]
    texts = [x for trace in bars for x in trace["text"]]
    # 10余次 + 40余次 in one report: at least 50; the bars are of different years, each says its own
    assert "50+ · 截至目前" in texts and "12 · 2016" in texts
    at.radio(key="cmp_color").set_value("level").run()
    assert {trace["name"] for trace in specs(at)[0]["data"]} <= {"小学", "中学", "高中", "未知", "特殊教育"}
    assert at.query_params["indicator"] == "volunteer_sessions" and at.query_params["color"] == "level"


def test_compare_a_year(app):
    at = open_page(app, "compare")
    year = at.selectbox(key="cmp_year")
    assert "2005" in year.options
    year.set_value("2005").run()
    bars = specs(at)[0]["data"]
    assert [y for trace in bars for y in trace["y"]] == ["邢台第三中学"]
    assert bars[0]["text"] == ["138"]


def test_compare_opens_on_the_latest_year_most_schools_report(app, rich_db):
    from etl.sheets import import_sheet

    rows = "".join(f"子丑学校{i},2022,党课次数,{i + 3}\n" for i in range(4)) + "子丑学校9,2023,党课次数,8\n"
    with session(rich_db) as con:
        import_sheet(con, "years.csv", ("学校,年份,指标,数值\n" + rows).encode(), who="t", new_schools=True)
    at = open_page(app, "compare", indicator="party_lectures")
    assert at.selectbox(key="cmp_year").value == "2022"
    bars = specs(at)[0]["data"]
    assert {f"子丑学校{i}" for i in range(4)} <= {y for trace in bars for y in trace["y"]}
    assert "子丑学校9" not in {y for trace in bars for y in trace["y"]}  # its figure is of another year
    assert not any("·" in text for trace in bars for text in trace["text"])  # one year: no year on the bars


def test_compare_per_ten_members(app):
    at = open_page(app, "compare", indicator="party_lectures")
    assert at.selectbox(key="cmp_indicator").value == "party_lectures"
    at.toggle(key="cmp_per10").set_value(True).run()
    assert not at.exception
    layout = specs(at)[0]["layout"]
    assert "每10名党员" in layout["xaxis"]["title"]["text"] and "每10名党员" in layout["title"]["text"]
    ranking = at.dataframe[0].value
    per10 = [float(v) for v in ranking["每10名党员"] if v != "—"]
    assert per10 and per10 == sorted(per10, reverse=True)  # ranked per 10 members, as the chart is


def test_compare_small_multiples(app):
    at = open_page(app, "compare")
    at.multiselect(key="cmp_multi").select("members_total").select("branches").run()
    assert not at.exception
    multiples = specs(at)[-1]
    assert [a["text"] for a in multiples["layout"]["annotations"]] == ["党员总数", "党支部"]
    assert at.query_params["multi"] == "members_total,branches"


def test_compare_in_english(app):
    at = open_page(app, "compare", lang="en")
    assert at.title[0].value == "Compare schools"
    assert "Party members (total)" in specs(at)[0]["layout"]["title"]["text"]


# ------------------------------------------------------------------ trends

def test_trends_lines_composition_and_rates(app):
    at = open_page(app, "trends", indicator="members_total")
    charts = specs(at)
    lines = charts[0]["data"]
    xingtai = next(tr for tr in lines if tr["name"] == "邢台第三中学")
    assert xingtai["mode"] == "lines+markers" and xingtai["connectgaps"] is False
    years, values = array(xingtai["x"]), array(xingtai["y"])
    assert years[0] == 1997 and 2005 in years and values[years.index(2000)] is None  # a gap, not a zero
    rates = charts[-1]
    assert rates["layout"]["title"]["text"].startswith("按频率表述的数据")
    assert any("每月" in text for trace in rates["data"] for text in trace["text"])


def test_trends_follow_the_school_filter(app, rich_db):
    sid = school_id(rich_db, "黔江区菁华小学校")
    at = open_page(app, "trends", indicator="members_full", school=str(sid))
    assert at.sidebar.multiselect(key="f_schools").value == [sid]
    lines = specs(at)
    assert not any("邢台" in trace.get("name", "") for chart in lines for trace in chart["data"])


# ------------------------------------------------------------------ school

def test_school_profile(app, rich_db):
    sid = school_id(rich_db, "黔江区菁华小学校")
    at = open_page(app, "school", id=str(sid))
    assert at.selectbox(key="sch_id").value == sid
    assert at.header[0].value == "黔江区菁华小学校"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["学段"] == "小学" and metrics["荣誉数"] == "7" and int(metrics["指标数据"]) > 0
    assert "地区：重庆市黔江区" in [c.value for c in at.caption]  # in words, never cut short as a metric
    charts = specs(at)
    timeline = charts[0]
    assert {tr["name"] for tr in timeline["data"]} >= {"省级", "区县级", "校级"}
    assert any(c["layout"].get("xaxis", {}).get("type") == "log" for c in charts)  # against the peers' median
    tables = [df.value for df in at.dataframe]
    assert any("001_ca4784f4f015ac9f.txt" in str(df.values) for df in tables)


def test_the_profile_names_the_place_in_full_even_when_it_was_given_in_english(app, rich_db):
    """A school stored before places written in English were read kept "Nanming District" as its
    district and its region, and the profile said so. `build` completes its place (贵阳市南明区, in
    贵州省), and the profile names that place in full."""
    from etl.build import PLACES_KEY, build
    from etl.sheets import import_sheet

    sheet = "school,year,indicator,value,region\nSunrise Road Primary School,2021,members_full,12,Nanming District\n"
    with session(rich_db) as con:
        import_sheet(con, "english.csv", sheet.encode(), who="t")
        # as such a school was stored before
        con.execute("UPDATE schools SET province = NULL, city = NULL, district = 'Nanming District', "
                    "region = 'Nanming District' WHERE name_en = 'Sunrise Road Primary School'")
        con.execute("UPDATE meta SET value = 'cpca, rules 1' WHERE key = ?", [PLACES_KEY])
    build(rich_db)
    at = open_page(app, "school", id=str(school_id(rich_db, "Sunrise Road Primary School")))
    assert "地区：贵州省贵阳市南明区" in [c.value for c in at.caption]


def test_switching_school(app, rich_db):
    at = open_page(app, "school")
    target = school_id(rich_db, "宁化一中")
    at.selectbox(key="sch_id").set_value(target).run()
    assert at.header[0].value == "宁化一中"
    assert at.query_params["id"] == str(target)


# ------------------------------------------------------------------ evidence and review

def test_evidence_lists_figures_with_their_sources(app):
    at = open_page(app, "evidence")
    table = at.dataframe[0].value
    assert len(table) > 50
    assert table["证据"].str.contains("「有正式党员20人」").any()
    at.text_input(key="ev_q").set_value("宁化").run()
    assert not at.exception
    assert set(at.dataframe[0].value["学校"]) == {"宁化一中"}


def test_evidence_shows_the_sentence_and_review_needs_login(app, rich_db):
    with session(rich_db) as con:
        fid = con.execute("SELECT id FROM observations WHERE evidence = '有正式党员20人'").fetchone()[0]
    at = open_page(app, "evidence", fig=str(fid))
    assert at.selectbox(key="ev_fig").value == fid
    sentence = next(m.value for m in at.markdown if "<mark>" in m.value)
    assert "<mark>有正式党员20人</mark>" in sentence and "菁华小学校党支部成立于2014年10月" in sentence
    assert any("仅限分析员" in i.value for i in at.info)
    assert not at.get("form") or all("review_" not in str(f.proto) for f in at.get("form"))


def test_analyst_corrects_a_figure(app, rich_db):
    with session(rich_db) as con:
        fid = con.execute("SELECT id FROM observations WHERE evidence = '有正式党员20人'").fetchone()[0]
    at = open_page(app, "evidence", fig=str(fid))
    at.text_input(key="login_name").set_value("王分析")
    at.text_input(key="login_password").set_value("wrong")
    form_submit = next(b for b in at.get("button") if "登录" in str(b.proto.label))
    form_submit.click().run()
    assert any("密码不正确" in e.value for e in at.error)
    at.text_input(key="login_name").set_value("王分析")
    at.text_input(key="login_password").set_value(PASSWORD)
    next(b for b in at.get("button") if "登录" in str(b.proto.label)).click().run()
    assert not at.exception
    assert at.session_state["analyst_name"] == "王分析"
    at.radio(key=f"rv_action_{fid}_0").set_value("correct")
    at.number_input(key=f"rv_value_{fid}_0").set_value(21.0)
    at.text_input(key=f"rv_note_{fid}_0").set_value("原文笔误")
    next(b for b in at.get("button") if "提交审核" in str(b.proto.label)).click().run()
    assert not at.exception, at.exception
    with session(rich_db) as con:
        value, kind, who = con.execute(
            "SELECT c.value, c.source_kind, b.who FROM observations c JOIN batches b ON b.id = c.batch_id "
            "WHERE c.corrects_id = ?", [fid]).fetchone()
        assert (value, kind, who) == (21.0, "correction", "王分析")
        assert con.execute("SELECT value FROM current_facts WHERE indicator_id = 'members_full' AND school_id = "
                           "(SELECT school_id FROM observations WHERE id = ?)", [fid]).fetchone()[0] == 21.0


# ------------------------------------------------------------------ unassigned numbers

def _log_in(at):
    at.text_input(key="login_name").set_value("王分析")
    at.text_input(key="login_password").set_value(PASSWORD)
    next(b for b in at.get("button") if "登录" in str(b.proto.label)).click().run()
    assert at.session_state["analyst_name"] == "王分析"


def _donghu_candidate(db: str) -> int:
    with session(db) as con:
        return con.execute("SELECT c.id FROM open_candidates c JOIN documents d ON d.id = c.document_id "
                           "WHERE d.file_name = 'donghu_study_visit.txt'").fetchone()[0]


def test_unassigned_numbers_are_listed_with_their_sentence(app, rich_db):
    at = open_page(app, "evidence", q="东湖")
    assert any(m.label == "未识别的数字" and m.value == "1" for m in at.metric)
    table = at.dataframe[-1].value
    assert list(table["学校"]) == ["东湖小学"] and table["证据"].str.contains("20名党员").any()
    assert list(table["原因"]) == ["说法不足以判断"]  # why it was left to review, in the page's language
    sentence = next(m.value for m in at.markdown if "<mark>" in m.value and "20名党员" in m.value)
    assert "红色教育基地" in sentence


def test_assigning_a_number_puts_it_on_the_compare_chart_and_a_revert_takes_it_off(app, rich_db):
    cid = _donghu_candidate(rich_db)
    at = open_page(app, "evidence", q="东湖")
    _log_in(at)
    at.selectbox(key=f"cand_ind_{cid}").set_value("study_sessions")
    at.number_input(key=f"cand_value_{cid}").set_value(1.0)
    next(b for b in at.get("button") if "指派为数据" in str(b.proto.label)).click().run()
    assert not at.exception, at.exception
    assert any("已指派为数据" in s.value for s in at.success)
    assert any(m.label == "未识别的数字" and m.value == "0" for m in at.metric)

    compare = open_page(AppTest.from_file(APP, default_timeout=60), "compare", indicator="study_sessions")
    assert compare.selectbox(key="cmp_indicator").value == "study_sessions"
    assert "东湖小学" in {y for trace in specs(compare)[0]["data"] for y in trace["y"]}

    from etl.load import revert_batch

    with session(rich_db) as con:
        batch = con.execute("SELECT batch_id FROM candidate_decisions WHERE candidate_id = ?", [cid]).fetchone()[0]
        revert_batch(con, batch, who="王分析")
    compare = open_page(AppTest.from_file(APP, default_timeout=60), "compare", indicator="study_sessions")
    charted = {y for chart in specs(compare)[:1] for trace in chart["data"] for y in trace["y"]}
    assert "东湖小学" not in charted
    assert _donghu_candidate(rich_db) == cid


def test_dismissing_a_number_takes_it_off_the_list(app, rich_db):
    cid = _donghu_candidate(rich_db)
    at = open_page(app, "evidence", q="东湖")
    _log_in(at)
    next(b for b in at.get("button") if "忽略" in str(b.proto.label)).click().run()
    assert not at.exception, at.exception
    assert any("已忽略" in s.value for s in at.success)
    assert any(m.label == "未识别的数字" and m.value == "0" for m in at.metric)
    with session(rich_db) as con:
        assert con.execute("SELECT count(*) FROM open_candidates WHERE id = ?", [cid]).fetchone()[0] == 0



# ------------------------------------------------------------------ review forms act on their own figure

def _figure(db: str, evidence: str) -> tuple[int, float]:
    with session(db) as con:
        return con.execute("SELECT id, value FROM observations WHERE evidence = ?", [evidence]).fetchone()


def _field(at, label: str):
    return next(w for w in at.number_input if w.label == label)


def test_the_review_form_holds_the_figure_it_reviews(app, rich_db):
    first, first_value = _figure(rich_db, "有正式党员20人")
    second, second_value = _figure(rich_db, "2005年党员人数增加到138人")
    assert first_value != second_value
    at = open_page(app, "evidence", fig=str(first))
    _log_in(at)
    assert _field(at, "数值").value == first_value
    at.selectbox(key="ev_fig").set_value(second).run()
    assert _field(at, "数值").value == second_value  # not the first figure's value
    # correct only the year: the correction keeps the second figure's value
    next(r for r in at.radio if r.label == "操作").set_value("correct")
    _field(at, "年份（0 表示不详）").set_value(2006)
    next(w for w in at.text_input if w.label == "原因").set_value("年份笔误")
    next(b for b in at.get("button") if "提交审核" in str(b.proto.label)).click().run()
    assert not at.exception, at.exception
    with session(rich_db) as con:
        assert con.execute("SELECT value, year FROM observations WHERE corrects_id = ?", [second]).fetchone() == (
            second_value, 2006)


def test_after_a_review_the_page_stays_on_that_figure_and_says_so(app, rich_db):
    first, _ = _figure(rich_db, "有正式党员20人")
    second, _ = _figure(rich_db, "2005年党员人数增加到138人")
    at = open_page(app, "evidence", fig=str(first))
    _log_in(at)
    next(r for r in at.radio if r.label == "操作").set_value("reject")
    next(w for w in at.text_input if w.label == "原因").set_value("重复")
    next(b for b in at.get("button") if "提交审核" in str(b.proto.label)).click().run()
    assert not at.exception, at.exception
    assert any("已保存" in s.value for s in at.success)  # the message survives the reload
    assert at.selectbox(key="ev_fig").value == first
    assert next(r for r in at.radio if r.label == "操作").value == "confirm"  # a fresh form
    at.selectbox(key="ev_fig").set_value(second).run()
    assert next(r for r in at.radio if r.label == "操作").value == "confirm"
    assert next(w for w in at.text_input if w.label == "原因").value == ""


def test_compare_at_district_level_keeps_it_in_the_url(app):
    at = open_page(app, "compare", rlevel="district", region="黔江区", indicator="members_full")
    assert at.sidebar.radio(key="f_region_level").value == "district"
    assert at.sidebar.multiselect(key="f_regions").value == ["黔江区"]
    bars = specs(at)[0]["data"]
    assert {y for trace in bars for y in trace["y"]} == {"黔江区菁华小学校"}
    at.radio(key="cmp_color").set_value("region").run()
    assert {trace["name"] for trace in specs(at)[0]["data"]} == {"黔江区"}  # coloured at the district level
    assert at.query_params["rlevel"] == "district" and at.query_params["region"] == "黔江区"


# ------------------------------------------------------------------ schools (analysts)

def test_the_schools_page_is_for_analysts_and_renames_merges_and_splits(app, rich_db):
    at = open_page(app, "schools")
    assert any("仅限分析员" in i.value for i in at.info)
    _log_in(at)
    beiling = school_id(rich_db, "北岭中学")
    at.selectbox(key="sch_admin").set_value(beiling).run()
    # no English name stored: the page says what the English pages show instead
    assert any("英文页面显示为：Beiling Middle School" in c.value for c in at.caption), [c.value for c in at.caption]
    assert at.text_input(key=f"sa_en_{beiling}_0").placeholder == "Beiling Middle School"
    at.text_input(key=f"sa_name_{beiling}_0").set_value("北岭第一中学")
    next(b for b in at.get("button") if b.proto.label == "改名").click().run()
    assert not at.exception, at.exception
    assert any("已保存为批次" in s.value for s in at.success)
    with session(rich_db) as con:
        assert con.execute("SELECT name_zh FROM schools WHERE id = ?", [beiling]).fetchone() == ("北岭第一中学",)
    # merge 南湖小学 into it: its figures show under this school
    nanhu = school_id(rich_db, "南湖小学")
    at.selectbox(key=f"sa_merge_{beiling}_1").set_value(nanhu)
    next(b for b in at.get("button") if b.proto.label == "合并").click().run()
    assert not at.exception, at.exception
    with session(rich_db) as con:
        assert con.execute("SELECT count(*) FROM current_facts WHERE school_id = ?", [nanhu]).fetchone()[0] == 0
        merged = con.execute("SELECT max(id) FROM batches WHERE kind = 'schools'").fetchone()[0]
    # and split it out again by its spelling
    at.selectbox(key=f"sa_split_{beiling}_2").set_value("南湖小学")
    next(b for b in at.get("button") if b.proto.label == "拆分").click().run()
    assert not at.exception, at.exception
    with session(rich_db) as con:
        split_out = con.execute("SELECT max(id) FROM schools WHERE name_zh = '南湖小学'").fetchone()[0]
        assert split_out != nanhu
        assert con.execute("SELECT count(*) FROM current_facts WHERE school_id = ?", [split_out]).fetchone()[0] > 0
        assert merged < con.execute("SELECT max(id) FROM batches WHERE kind = 'schools'").fetchone()[0]


def test_a_refused_review_says_why_in_chinese(app, rich_db):
    fid, _ = _figure(rich_db, "有正式党员20人")
    at = open_page(app, "evidence", fig=str(fid))
    _log_in(at)
    next(r for r in at.radio if r.label == "操作").set_value("reject")  # a rejection with no reason
    next(b for b in at.get("button") if "提交审核" in str(b.proto.label)).click().run()
    assert any("请填写原因" in e.value for e in at.error)


@pytest.mark.parametrize("years", ["1990-1991", "2000-2099", "2099-2100", "2024-2016"])
def test_a_year_range_from_the_url_outside_the_data_is_brought_inside(app, years):
    """Found by viewers asking for URLs one after another: a range below the data's first year
    crashed the sidebar's slider."""
    at = open_page(app, "evidence", years=years)
    low, high = at.sidebar.slider(key="f_years").value
    assert low <= high and at.sidebar.slider(key="f_years").min <= low and high <= at.sidebar.slider(key="f_years").max


def test_a_url_naming_many_indicators_for_small_multiples_takes_the_first_four(app):
    many = "members_total,branches,members_total,activists,members_full,volunteer_sessions,lectures,nonsense"
    at = open_page(app, "compare", multi=many)
    assert not at.exception
    assert at.multiselect(key="cmp_multi").value == ["members_total", "branches", "activists", "members_full"]


def log_in(at, name: str):
    at.text_input(key="login_name").set_value(name)
    at.text_input(key="login_password").set_value(PASSWORD)
    next(b for b in at.get("button") if "登录" in str(b.proto.label)).click().run()
    return at


def test_the_analyst_name_is_shown_as_text_not_markdown(app):
    at = log_in(open_page(app, "upload"), "**粗体** [链接](http://x)")
    assert at.session_state["analyst_name"] == "**粗体** [链接](http://x)"
    shown = [c.value for c in at.sidebar.caption if "粗体" in c.value]
    assert shown and "\\*\\*粗体\\*\\*" in shown[0] and "\\[链接\\]" in shown[0]  # escaped: shown as typed


@pytest.mark.parametrize("name", ["\u200b\u200b", "王\u202e分析"])
def test_a_login_name_with_nothing_visible_or_a_direction_control_is_refused(app, name):
    at = log_in(open_page(app, "upload"), name)
    assert "analyst_name" not in at.session_state
    assert any("名称" in e.value for e in at.error)


@pytest.mark.parametrize("content", [b"not a warehouse at all", bytes(range(256)) * 2000])
def test_a_damaged_warehouse_shows_a_page_that_says_so_and_what_to_do(tmp_path, monkeypatch, content):
    damaged = tmp_path / "damaged.duckdb"
    damaged.write_bytes(content)
    monkeypatch.setenv("PBD_DB", str(damaged))
    for page in ("overview", "evidence"):
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params["lang"] = "en"
        at.run()
        if page != "overview":
            at.switch_page(f"views/{page}.py").run()
        assert not at.exception, at.exception
        assert any("cannot be read" in title.value for title in at.title)
        assert any("damaged" in error.value for error in at.error)
        assert any("make warehouse" in block.value for block in at.markdown)
    assert damaged.read_bytes() == content  # left as it was, for the administrator


def test_a_review_that_fails_unexpectedly_says_so_on_the_page(app, rich_db, monkeypatch):
    import etl.review

    def broken(*args, **kwargs):
        raise RuntimeError("the disk controller hiccuped")

    monkeypatch.setattr(etl.review, "review_figure", broken)
    with session(rich_db) as con:
        fid = con.execute("SELECT id FROM observations WHERE evidence = '有正式党员20人'").fetchone()[0]
    at = open_page(app, "evidence", fig=str(fid))
    _log_in(at)
    next(b for b in at.get("button") if "提交审核" in str(b.proto.label)).click().run()
    assert not at.exception, at.exception
    assert any("未写入任何内容" in e.value and "RuntimeError" in e.value for e in at.error)


def test_after_the_filters_narrow_an_empty_indicator_offers_one_with_data(app):
    """The indicator compared before the region was narrowed has no figure there: the page says so and
    offers the indicator most schools of the region report, which a click shows."""
    key = "cmp_indicator"
    at = open_page(app, "compare", indicator="members_total")
    assert at.selectbox(key=key).value == "members_total" and not at.info
    at.sidebar.multiselect(key="f_regions").set_value(["重庆市"]).run()
    assert at.selectbox(key=key).value == "members_total"
    assert any("还没有数据" in i.value for i in at.info)
    offer = next(b for b in at.button if b.key == f"{key}_suggested")
    assert offer.label.startswith("改看")
    offer.click().run()
    assert not at.exception
    assert at.selectbox(key=key).value != "members_total"
    assert not any("还没有数据" in i.value for i in at.info) and at.get("plotly_chart")


PAGES_EN = ["overview", "compare", "trends", "school", "evidence", "upload", "briefing", "schools"]


@pytest.mark.parametrize("page", PAGES_EN)
def test_english_pages_write_no_chinese_punctuation_of_their_own(rich_db, monkeypatch, page):
    """An English page is complete on its own: its labels, captions, notes and choices use English
    punctuation. Quoted report text (the evidence) is shown as written and is left out."""
    import re

    monkeypatch.setenv("PBD_DB", rich_db)
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = "en"
    at.run()
    at.session_state["analyst_name"] = "Tester"
    at.session_state["analyst_role"] = "admin"
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    texts = []
    for kind in ("markdown", "caption", "info", "warning", "error", "subheader", "title", "metric", "button",
                 "selectbox", "multiselect", "text_input", "radio", "toggle", "expander", "tab"):
        for element in at.get(kind):
            texts += [getattr(element, attr) for attr in ("value", "label") if isinstance(getattr(element, attr, None), str)]
            texts += [str(option) for option in (getattr(element, "options", None) or [])]
    written = [text for text in texts if "pbd-evidence" not in text]
    assert written  # the page was read
    assert not [text for text in written if re.search(r"[：（）、「」；。]", text)]


def test_a_chart_s_data_table_is_built_when_its_expander_is_opened(app):
    """The table under a chart and its CSV download come when "show data" is opened, not on every
    run: a data grid the page does not show yet would cost every visit its module."""
    def csv_buttons(at) -> list:
        return [b for b in at.get("download_button") if "csv_compare" in b.proto.id]

    at = open_page(app, "compare", indicator="volunteer_sessions")
    grids = len(at.dataframe)
    assert not csv_buttons(at)
    at.session_state["data_compare"] = True  # what a click on the expander sets
    at.run()
    assert not at.exception
    assert len(at.dataframe) == grids + 1 and csv_buttons(at)
    assert "黔江区菁华小学校" in at.dataframe[-1].value.astype(str).values.ravel()
