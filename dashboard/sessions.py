"""A login that lasts: a signed, HTTP-only cookie, so that an analyst stays logged in across a reload,
a new tab and a link, on any app server of the site, until it expires (PBD_SESSION_HOURS).

Streamlit's pages cannot set a cookie, and a cookie a page's script could read would be a cookie a
script injected into the page could steal. The app is therefore served as an ASGI app (`asgi.py`,
what `make run` serves with `streamlit run asgi.py`) with two routes of its own: the login form posts to
`/_session/login` (its fields are not called "name" or "password": the page's HTML sanitiser drops
names that would shadow a form's own properties), which checks the name and password as the in-page form does (etl.accounts, the
shared password, the throttle), sets the cookie and sends the browser back to the page it came
from; `/_session/logout` clears it. A page reads the cookie (`st.context.cookies`) and trusts it when
its signature holds, it has not expired, and the account it names still exists.

The cookie is signed with HMAC-SHA256 under a key that every app server of a site must share:
PBD_SESSION_SECRET, else `session_secret` in .streamlit/secrets.toml, else a key generated once
into the git-ignored .session-secret file (enough for one server).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
import tomllib
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from etl import settings

COOKIE = "pbd_session"
SECRET_FILE = settings.ROOT / ".session-secret"
LOGIN_PATH, LOGOUT_PATH = "/_session/login", "/_session/logout"
# Set by asgi.py, which serves the app with the routes below: the pages then offer the form that
# posts to them. Without them (AppTest, a bare `streamlit run app.py`) a login lasts for the session.
MOUNTED = False


@dataclass(frozen=True)
class Login:
    name: str
    role: str
    account: bool  # logged in as an account (etl.accounts), not with the shared password
    expires: float


def _secret() -> bytes:
    explicit = settings.SETTINGS["session_secret"].get()
    if explicit:
        return explicit.encode("utf-8")
    try:
        configured = tomllib.loads(settings.SECRETS_FILE.read_text(encoding="utf-8")).get("session_secret")
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        configured = None
    if configured:
        return str(configured).encode("utf-8")
    if not SECRET_FILE.is_file():
        SECRET_FILE.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
        os.chmod(SECRET_FILE, 0o600)
    return SECRET_FILE.read_text(encoding="utf-8").strip().encode("utf-8")


def _mac(payload: str) -> str:
    return hmac.new(_secret(), payload.encode("ascii"), hashlib.sha256).hexdigest()


def sign(name: str, role: str, account: bool, hours: float | None = None) -> str:
    """The cookie's value for a login: the login, then its signature."""
    hours = float(settings.SETTINGS["session_hours"].get()) if hours is None else hours
    body = json.dumps({"n": name, "r": role, "a": account, "e": time.time() + hours * 3600}, ensure_ascii=False)
    # unpadded: a cookie value holding "=" would be sent quoted
    payload = base64.urlsafe_b64encode(body.encode("utf-8")).decode("ascii").rstrip("=")
    return f"{payload}.{_mac(payload)}"


def read(value: str | None) -> Login | None:
    """The login a cookie's value carries, when its signature holds and it has not expired."""
    if not value or value.count(".") != 1:
        return None
    payload, mac = value.split(".")
    if not hmac.compare_digest(mac, _mac(payload)):
        return None
    try:
        body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        login = Login(str(body["n"]), str(body["r"]), bool(body["a"]), float(body["e"]))
    except (ValueError, KeyError, TypeError):
        return None
    return login if login.expires > time.time() else None


def safe_next(target: str | None) -> str:
    """Where to send the browser after a login or logout: a path of this site, never another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    parts = urlsplit(target)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def with_param(target: str, **params: str) -> str:
    parts = urlsplit(target)
    query = "&".join(p for p in (parts.query, urlencode(params)) if p)
    return parts.path + (f"?{query}" if query else "")


def _check(name: str, password: str) -> tuple[Login | None, str]:
    """A login, or the reason there is none ('name' or 'password')."""
    from dashboard import data, queries
    from etl import accounts
    from etl.textnorm import name_problem

    if not name.strip() or name_problem(name):
        return None, "name"

    def account(login: str) -> accounts.Account | None:
        try:
            with data.READER.cursor(data.db_path()) as con:
                return queries.account(con, login)
        except Exception:  # no warehouse yet, or one older than accounts: the shared password only
            return None

    analyst = accounts.log_in(name, password, account)
    if analyst is None:
        return None, "password"
    return Login(analyst.name, analyst.role, analyst.account, 0.0), ""


def _cookie_options(request) -> dict:
    return {"httponly": True, "samesite": "lax", "path": "/", "secure": request.url.scheme == "https"}


async def _login(request):
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import RedirectResponse

    form = await request.form()
    target = safe_next(str(form.get("return_to") or "/"))
    login, problem = await run_in_threadpool(_check, str(form.get("login_name") or ""),
                                             str(form.get("login_password") or ""))
    if login is None:
        return RedirectResponse(with_param(target, login=problem), status_code=303)
    response = RedirectResponse(target, status_code=303)
    hours = float(settings.SETTINGS["session_hours"].get())
    response.set_cookie(COOKIE, sign(login.name, login.role, login.account, hours), max_age=int(hours * 3600),
                        **_cookie_options(request))
    return response


async def _logout(request):
    from starlette.responses import RedirectResponse

    response = RedirectResponse(safe_next(request.query_params.get("return_to")), status_code=303)
    response.delete_cookie(COOKIE, **_cookie_options(request))
    return response


def routes() -> list:
    from starlette.routing import Route

    return [Route(LOGIN_PATH, _login, methods=["POST"]), Route(LOGOUT_PATH, _logout, methods=["GET"])]
