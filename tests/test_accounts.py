"""Analysts' and admins' own accounts: made with the CLI, kept as hashes in the warehouse, checked at
the app's login, where the shared password never logs in as an account."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from etl import accounts, auth
from etl.integrity import check_integrity
from etl.warehouse import session
from tests.conftest import run_cli

OWN = "ein-langes-Passwort-7"
SHARED = "s3cret-for-tests"


def test_user_add_list_and_remove_through_the_command_line(built_db):
    added = run_cli("user", "add", "王分析", "--role", "admin", db=built_db, stdin=OWN + "\n")
    assert added.returncode == 0, added.stderr
    assert "王分析" in added.stdout and OWN not in added.stdout + added.stderr
    listed = json.loads(run_cli("user", "list", "--json", db=built_db).stdout)
    assert [(a["name"], a["role"]) for a in listed] == [("王分析", "admin")]
    with session(built_db) as con:
        stored = con.execute("SELECT password_hash FROM accounts").fetchone()[0]
        assert stored.startswith("scrypt$") and OWN not in stored
        assert check_integrity(con) == {}
    removed = run_cli("user", "remove", "王分析", db=built_db)
    assert removed.returncode == 0, removed.stderr
    assert json.loads(run_cli("user", "list", "--json", db=built_db).stdout) == []


@pytest.mark.parametrize("args, stdin, reason", [
    (["user", "add", "Wang"], "short\n", "shorter than 10"),
    (["user", "add", "Wang", "--role", "owner"], OWN + "\n", "invalid choice"),
    (["user", "add"], OWN + "\n", "needs a NAME"),
    (["user", "remove", "nobody"], "", "no account named"),
])
def test_user_refusals_exit_2_with_the_reason(built_db, args, stdin, reason):
    result = run_cli(*args, db=built_db, stdin=stdin)
    assert result.returncode == 2 and reason in result.stderr


def test_one_account_per_name_whatever_its_case_or_width(built_db):
    with session(built_db) as con:
        accounts.add(con, "Wang Li", "analyst", OWN)
        with pytest.raises(accounts.AccountError, match="exists already"):
            accounts.add(con, "ＷＡＮＧ ｌｉ", "analyst", OWN)  # full-width capitals: the same account
        assert accounts.find(con, "wang li").name == "Wang Li"
        assert [row[:2] for row in accounts.listing(con)] == [("Wang Li", "analyst")]


def test_an_account_with_another_role_breaks_a_rule(built_db):
    with session(built_db) as con:
        accounts.add(con, "Li", "analyst", OWN)
        con.execute("UPDATE accounts SET role = 'owner'")
        assert "accounts: role is one of analyst, admin" in check_integrity(con)


@pytest.fixture
def app(rich_db, monkeypatch):
    monkeypatch.setenv("PBD_DB", rich_db)
    monkeypatch.setenv("PBD_ANALYST_PASSWORD", SHARED)
    return AppTest.from_file("../app.py", default_timeout=60)


def _log_in(at, name: str, password: str):
    at.text_input(key="login_name").set_value(name)
    at.text_input(key="login_password").set_value(password)
    next(b for b in at.get("button") if "登录" in str(b.proto.label)).click().run()
    assert not at.exception, at.exception


def test_an_account_logs_in_with_its_own_password_and_never_with_the_shared_one(app, rich_db):
    with session(rich_db) as con:
        accounts.add(con, "王分析", "admin", OWN)
    at = app.run()
    at.switch_page("views/upload.py").run()
    _log_in(at, "王分析", SHARED)  # the shared password does not open an account
    assert "analyst_name" not in at.session_state and any("密码不正确" in e.value for e in at.error)
    _log_in(at, " 王分析", OWN)
    assert at.session_state["analyst_name"] == "王分析" and at.session_state["analyst_role"] == "admin"


def test_the_shared_password_still_logs_in_under_other_names(app):
    at = app.run()
    at.switch_page("views/upload.py").run()
    _log_in(at, "赵老师", SHARED)
    assert at.session_state["analyst_name"] == "赵老师" and at.session_state["analyst_role"] == "analyst"


def test_one_login_rule_for_the_page_form_and_the_login_route(built_db, monkeypatch):
    """etl.accounts.log_in decides every login: an account's own password logs in as the account
    (its stored name and role), the shared password under any other name, nothing else."""
    monkeypatch.setenv("PBD_ANALYST_PASSWORD", SHARED)
    with session(built_db) as con:
        accounts.add(con, "Li Analyst", "admin", OWN)

        def log_in(name, password):
            return accounts.log_in(name, password, lambda login: accounts.find(con, login), auth.Throttle())

        assert log_in("li analyst", OWN) == accounts.Analyst("Li Analyst", "admin", True)
        assert log_in("Li Analyst", SHARED) is None
        assert log_in(" 钱老师 ", SHARED) == accounts.Analyst("钱老师", "analyst", False)
        assert log_in("钱老师", OWN) is None
