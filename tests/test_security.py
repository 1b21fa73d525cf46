"""Untrusted text stays text, exports cannot run formulas, the analyst password is handled with care."""

from __future__ import annotations

import json
import time

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.exports import neutralize, safe_csv, safe_xlsx
from dashboard.tables import plain
from etl import auth
from etl.sheets import import_sheet

HOSTILE = "<script>alert(1)</script>[点我](javascript:alert(2))小学"


def test_formula_prefixes_are_neutralized():
    for text in ("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1"):
        assert neutralize(text).startswith("'")
    assert neutralize("黔江区菁华小学校") == "黔江区菁华小学校" and neutralize(-3) == -3
    frame = pd.DataFrame({"学校": ["=cmd|' /C calc'!A0", "宁化一中"], "数值": [-3, 20]})
    csv_text = safe_csv(frame).decode("utf-8-sig")
    assert "'=cmd" in csv_text and ",-3" in csv_text
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(safe_xlsx({"数据": frame}))).active
    assert sheet["A2"].value.startswith("'=") and sheet["B2"].value == -3


def test_markdown_in_names_is_shown_as_written():
    assert "\\[" in plain(HOSTILE) and "\\<" in plain(HOSTILE) and "\\(" in plain(HOSTILE)


def test_hostile_names_render_as_text_in_pages_and_charts(built_db, monkeypatch):
    from etl.warehouse import session

    with session(built_db) as con:
        import_sheet(con, "hostile.csv", f"学校,年份,指标,数值\n\"{HOSTILE}\",2021,正式党员,20\n".encode(), who="t")
    monkeypatch.setenv("PBD_DB", built_db)
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.query_params["indicator"] = "members_full"
    at.run()
    at.switch_page("views/compare.py").run()
    assert not at.exception
    spec = json.dumps([json.loads(c.proto.spec) for c in at.get("plotly_chart")], ensure_ascii=False)
    assert "<script>" not in spec and "&lt;script&gt;" in spec
    ranking = at.dataframe[0].value
    assert HOSTILE in set(ranking["学校"])  # a table shows the name exactly as written
    for markdown in at.markdown:
        assert "<script>" not in markdown.value


def test_password_hash_round_trip_and_constant_time_check():
    stored = auth.hash_password("正确的密码")
    assert stored.startswith("scrypt$") and "正确的密码" not in stored
    assert auth.verify_password("正确的密码", stored)
    assert not auth.verify_password("wrong", stored)
    assert not auth.verify_password("x", "not-a-hash")


def test_a_generated_password_is_stored_hashed_and_printed_once(tmp_path, monkeypatch):
    monkeypatch.delenv("PBD_ANALYST_PASSWORD", raising=False)
    monkeypatch.setattr(auth, "SECRETS_FILE", tmp_path / "secrets.toml")
    target = tmp_path / ".analyst-password"
    monkeypatch.setattr(auth, "PASSWORD_FILE", target)
    password = auth.ensure_password(target)
    assert password and len(password) >= 12
    stored = target.read_text().strip()
    assert password not in stored and auth.verify_password(password, stored)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert auth.ensure_password(target) is None  # printed once: an existing password is kept
    assert auth.check_password(password, who="t1", throttle=auth.Throttle())


def test_secrets_file_and_environment(tmp_path, monkeypatch):
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'analyst_password_hash = "{auth.hash_password("from-secrets")}"\n')
    monkeypatch.setattr(auth, "SECRETS_FILE", secrets)
    monkeypatch.setattr(auth, "PASSWORD_FILE", tmp_path / "none")
    monkeypatch.delenv("PBD_ANALYST_PASSWORD", raising=False)
    assert auth.check_password("from-secrets", throttle=auth.Throttle())
    monkeypatch.setenv("PBD_ANALYST_PASSWORD", "from-env")
    assert auth.check_password("from-env", throttle=auth.Throttle())
    assert not auth.check_password("from-secrets", throttle=auth.Throttle())


def test_repeated_wrong_passwords_are_slowed_down(monkeypatch):
    monkeypatch.setenv("PBD_ANALYST_PASSWORD", "right")
    throttle = auth.Throttle(base=0.2, cap=1.0)
    started = time.monotonic()
    for _ in range(3):
        assert not auth.check_password("wrong", who="attacker", throttle=throttle)
    slowed = time.monotonic() - started
    assert slowed >= 0.2 + 0.4 - 0.05  # waits of 0.2 s and 0.4 s before the 2nd and 3rd tries
    assert throttle.wait_seconds("someone-else") == 0


@pytest.mark.parametrize("size_mb", [1])
def test_uploads_above_the_limit_get_a_message(con, monkeypatch, size_mb):
    from etl import settings
    from etl.sheets import check_sheet

    monkeypatch.setenv("PBD_MAX_UPLOAD_MB", str(size_mb))
    data = b"school,year,indicator,value\n" + b"a,2021,members_full,1\n" * 60_000
    problems = check_sheet(con, "big.csv", data, max_bytes=settings.max_upload_bytes()).problems
    assert problems[0].reason == "the file is larger than the 1 MB limit (PBD_MAX_UPLOAD_MB)"


def test_wrong_passwords_are_slowed_per_account_and_parallel_tries_queue(monkeypatch):
    import threading

    monkeypatch.setenv("PBD_ANALYST_PASSWORD", "right")
    throttle = auth.Throttle(base=0.2, cap=5.0, free=100)
    for _ in range(2):
        assert not auth.check_password("wrong", who="甲", throttle=throttle)
    assert throttle.wait_seconds("乙") == 0  # another account is not slowed by 甲's failures
    # five tries for 甲 sent at once from parallel sessions run one after another, not side by side
    started = time.monotonic()
    threads = [threading.Thread(target=auth.check_password, args=("wrong",),
                                kwargs={"who": "甲", "throttle": throttle}) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert time.monotonic() - started >= 0.4 * 5 - 0.1  # each waited at least the interval of 2 failures


def test_many_accounts_failing_slow_every_login_down(monkeypatch):
    monkeypatch.setenv("PBD_ANALYST_PASSWORD", "right")
    throttle = auth.Throttle(base=0.2, free=5, global_base=0.3, global_cap=1.0)
    for n in range(8):  # a new name for every try
        assert not auth.check_password("wrong", who=f"name{n}", throttle=throttle)
    assert throttle.wait_seconds("a-fresh-name") > 0.1
    started = time.monotonic()
    assert auth.check_password("right", who="a-fresh-name", throttle=throttle)
    assert time.monotonic() - started > 0.1


def test_the_account_key_ignores_case_width_and_invisible_characters():
    assert auth.account_key("Ａnalyst\u200b ") == auth.account_key("analyst") == "analyst"


@pytest.mark.parametrize("name", ["\u200b\u200c", " \u2060 ", "\ufeff"])
def test_a_school_named_only_by_invisible_characters_is_refused(con, name):
    from etl.sheets import check_sheet

    check = check_sheet(con, "z.csv", f"学校,年份,正式党员\n{name},2021,12\n".encode())
    assert not check.ok and check.problems[0].row == 2
    assert any("no visible character" in p.reason or "school is empty" in p.reason for p in check.problems)


def test_a_zero_width_spoof_joins_the_school_and_a_direction_control_is_refused(con):
    from etl.sheets import import_sheet

    _, first = import_sheet(con, "a.csv", "学校,年份,正式党员\n杭州市上城区城东中学,2021,12\n".encode(),
                            who="t", new_schools=True)
    spoof = "杭州市上城区城东\u200b中学"
    check, result = import_sheet(con, "b.csv", f"学校,年份,入党积极分子\n{spoof},2021,3\n".encode(), who="t")
    assert check.preview.new_schools.empty  # it is the same school
    assert con.execute("SELECT count(*) FROM schools WHERE name_zh LIKE '%城东%'").fetchone()[0] == 1
    from etl.sheets import check_sheet

    bidi = check_sheet(con, "c.csv", "学校,年份,正式党员\n杭州市上城区\u202e学中东城,2021,12\n".encode())
    assert not bidi.ok and "U+202E" in bidi.problems[0].reason


def test_a_new_school_is_stored_without_invisible_characters(con):
    from etl.sheets import import_sheet

    import_sheet(con, "a.csv", "学校,年份,正式党员\n宁波市海曙区\u200b\ufeff新芽小学,2021,12\n".encode(), who="t",
                 new_schools=True)
    assert con.execute("SELECT count(*) FROM schools WHERE name_zh = '宁波市海曙区新芽小学'").fetchone()[0] == 1
