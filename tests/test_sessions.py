"""The lasting login's cookie (dashboard.sessions): signed, expiring, and sending the browser back
only to a page of this site."""

from __future__ import annotations

import pytest

from dashboard import sessions


@pytest.fixture(autouse=True)
def key(monkeypatch):
    monkeypatch.setenv("PBD_SESSION_SECRET", "a-key-for-the-tests")


def test_a_signed_login_reads_back():
    login = sessions.read(sessions.sign("王分析", "admin", True, hours=1))
    assert (login.name, login.role, login.account) == ("王分析", "admin", True)
    assert "=" not in sessions.sign("王分析", "admin", True, hours=1)  # sent unquoted


def test_a_changed_or_foreign_cookie_is_no_login(monkeypatch):
    value = sessions.sign("王分析", "analyst", False, hours=1)
    payload, mac = value.split(".")
    forged = sessions.sign("管理员", "admin", True, hours=1).split(".")[0]
    assert sessions.read(f"{forged}.{mac}") is None  # another login under this one's signature
    assert sessions.read(value[:-1] + ("0" if value[-1] != "0" else "1")) is None
    assert sessions.read("") is None and sessions.read("garbage") is None and sessions.read("a.b.c") is None
    monkeypatch.setenv("PBD_SESSION_SECRET", "another-site's-key")
    assert sessions.read(value) is None


def test_an_expired_login_is_no_login():
    assert sessions.read(sessions.sign("王分析", "analyst", False, hours=-0.01)) is None


@pytest.mark.parametrize("target, safe", [
    ("/upload?lang=en", "/upload?lang=en"), ("/", "/"), (None, "/"), ("https://evil.example/x", "/"),
    ("//evil.example/x", "/"), ("/\\evil.example", "/"), ("upload", "/"),
])
def test_the_browser_goes_back_only_to_a_page_of_this_site(target, safe):
    assert sessions.safe_next(target) == safe


def test_a_generated_key_is_kept_private(monkeypatch, tmp_path):
    monkeypatch.delenv("PBD_SESSION_SECRET")
    monkeypatch.setattr(sessions, "SECRET_FILE", tmp_path / ".session-secret")
    monkeypatch.setattr(sessions.settings, "SECRETS_FILE", tmp_path / "secrets.toml")
    value = sessions.sign("王分析", "analyst", False, hours=1)
    assert sessions.read(value) is not None
    assert (tmp_path / ".session-secret").stat().st_mode & 0o077 == 0
