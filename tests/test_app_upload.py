"""AppTest of the upload page: log in, upload a sheet, see problems or the preview, confirm, revert."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from etl.integrity import check_integrity
from etl.warehouse import session
from tests.conftest import REPORTS

APP = "../app.py"
PASSWORD = "s3cret-for-tests"
DATA = Path(__file__).parent / "data"


@pytest.fixture
def app(built_db, monkeypatch):
    monkeypatch.setenv("PBD_DB", built_db)
    monkeypatch.setenv("PBD_ANALYST_PASSWORD", PASSWORD)
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("views/upload.py").run()
    return at


def log_in(at: AppTest, name: str = "李分析", password: str = PASSWORD) -> AppTest:
    at.text_input(key="login_name").set_value(name)
    at.text_input(key="login_password").set_value(password)
    next(b for b in at.get("button") if "登录" in str(b.proto.label)).click().run()
    return at


def button(at: AppTest, text: str):
    return next(b for b in at.button if text in b.label)


def test_viewers_cannot_upload(app):
    assert not app.exception
    assert any("需要分析员权限" in i.value for i in app.info)
    assert not app.get("file_uploader")


def test_wrong_password_is_refused(app):
    log_in(app, password="guess")
    assert any("密码不正确" in e.value for e in app.error)
    assert "analyst_name" not in app.session_state


def test_a_bad_sheet_shows_every_problem_and_writes_nothing(app, built_db):
    at = log_in(app)
    before = batches(built_db)
    data = (DATA / "bad_sheets" / "two_values_one_key.csv").read_bytes()
    at.file_uploader(key="sheet_file").set_value(("two_values_one_key.csv", data, "text/csv")).run()
    assert not at.exception
    assert any("2 个问题" in e.value for e in at.error)
    problems = at.dataframe[0].value
    assert list(problems["行"]) == [2, 4] and problems["问题"].str.contains("有两个不同的数值").all()
    assert batches(built_db) == before


def batches(db: str) -> int:
    with session(db) as con:
        return con.execute("SELECT count(*) FROM batches").fetchone()[0]


def test_upload_preview_confirm_and_revert(app, built_db):
    at = log_in(app)
    assert at.session_state["analyst_name"] == "李分析"
    data = (DATA / "good_sheets" / "long_zh_bom.csv").read_bytes()
    at.file_uploader(key="sheet_file").set_value(("long_zh_bom.csv", data, "text/csv")).run()
    assert not at.exception, at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["数据"] == "3" and metrics["新学校"] == "0"
    matched = at.dataframe[0].value
    assert list(matched.iloc[0]) == ["菁华小学", "黔江区菁华小学校"]
    button(at, "确认导入").click().run()
    assert any("已导入" in s.value for s in at.success), [e.value for e in at.error]
    with session(built_db) as con:
        batch, who, kind = con.execute("SELECT id, who, kind FROM batches ORDER BY id DESC LIMIT 1").fetchone()
        assert (who, kind) == ("李分析", "sheet")
        assert con.execute("SELECT count(*) FROM current_facts WHERE batch_id = ?", [batch]).fetchone()[0] == 3
    # the batch history lists it; nothing is chosen to revert until the analyst chooses, then the
    # page names what will go and asks to confirm
    assert at.selectbox(key="revert_batch_0").value is None
    at.selectbox(key="revert_batch_0").set_value(batch).run()
    shown = [w.value.replace("\\", "") for w in at.warning]  # markdown escapes in the file name
    assert any(f"批次 {batch}（3 条数据，来自 long_zh_bom.csv）" in w for w in shown), shown
    at.text_input(key=f"revert_note_{batch}").set_value("错误的文件")
    at.button(key=f"revert_go_{batch}").click().run()
    assert not at.exception
    # the result is shown after the page reloads, and the next batch is not chosen in its place
    assert any(f"已撤销批次 {batch}" in s.value for s in at.success)
    assert not [b for b in at.selectbox if b.label == "要撤销的批次" and b.value is not None]
    with session(built_db) as con:
        assert con.execute("SELECT status FROM batches WHERE id = ?", [batch]).fetchone()[0] == "reverted"
        assert con.execute("SELECT who, note FROM batches WHERE kind = 'revert'").fetchone() == ("李分析", "错误的文件")
        assert con.execute("SELECT count(*) FROM current_facts WHERE batch_id = ?", [batch]).fetchone()[0] == 0
        assert check_integrity(con) == {}


def test_reports_are_extracted_for_review_then_loaded(app, built_db):
    at = log_in(app)
    text = (REPORTS / "xingtai_history.txt").read_bytes()
    at.file_uploader(key="report_files").set_value([("xingtai_history.txt", text, "text/plain")]).run()
    assert not at.exception
    table = next(df.value for df in at.dataframe if "原句" in df.value.columns)
    assert table["原句"].str.contains("【2005年党员人数增加到138人】").any()
    button(at, "确认导入 1 份报告").click().run()
    assert any("已导入为批次" in s.value and "xingtai_history.txt" in s.value for s in at.success)
    with session(built_db) as con:
        assert con.execute("SELECT count(*) FROM documents WHERE file_name = 'xingtai_history.txt'").fetchone()[0] == 1


def test_templates_are_offered(app):
    at = log_in(app)
    labels = [b.proto.label for b in at.get("download_button")]
    assert sum("CSV" in label for label in labels) >= 4 and sum("XLSX" in label for label in labels) >= 4


def test_a_name_that_may_be_several_schools_waits_for_the_analysts_choice(app, built_db):
    from etl.sheets import import_sheet

    sheets = DATA / "sheets"
    with session(built_db) as con:
        import_sheet(con, "kunshan.csv", (sheets / "kunshan.csv").read_bytes(), who="t")
        kunshan = con.execute("SELECT id FROM schools WHERE name_zh = '昆山市第二中学'").fetchone()[0]
    at = log_in(app)
    data = (sheets / "chongqing_and_a_bare_name.csv").read_bytes()
    at.file_uploader(key="sheet_file").set_value(("chongqing_and_a_bare_name.csv", data, "text/csv")).run()
    assert not at.exception, at.exception
    assert any("还有 1 个校名需要选择" in w.value for w in at.warning)
    assert button(at, "确认导入").disabled
    choice = next(b for b in at.selectbox if b.label.startswith("第二中学"))
    assert choice.options == ["新学校", "昆山市第二中学（江苏省苏州市昆山市）"]  # a new school, or the Kunshan one
    choice.set_value(kunshan).run()
    assert not button(at, "确认导入").disabled
    button(at, "确认导入").click().run()
    assert any("已导入" in s.value for s in at.success), [e.value for e in at.error]
    with session(built_db) as con:
        assert con.execute("SELECT count(*) FROM schools WHERE name_zh LIKE '%第二中学'").fetchone()[0] == 2
        assert con.execute("SELECT value FROM current_facts WHERE school_id = ? AND ref_year = 2022",
                           [kunshan]).fetchone() == (12.0,)


def test_the_batch_history_says_what_each_review_did_in_the_page_language(app, built_db):
    from etl.review import review_figure

    with session(built_db) as con:
        figure = con.execute("SELECT id FROM observations WHERE evidence = '有正式党员20人'").fetchone()[0]
        review_figure(con, figure, "reject", who="李分析", note="重复")
    at = log_in(app)
    history = next(df.value for df in at.dataframe if "说明" in df.value.columns)
    assert f"驳回 数据 #{figure}：重复" in list(history["说明"])
