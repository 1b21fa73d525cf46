"""Passwords: the shared analyst password (where it comes from), how passwords are stored (scrypt
hash) and checked. Analysts' and admins' own accounts are in the warehouse (etl.accounts); the
shared password logs in under any other name.

Order: PBD_ANALYST_PASSWORD (plain, from the environment), then `analyst_password_hash` in
.streamlit/secrets.toml, then the git-ignored .analyst-password file that `make run` creates on
first start (printing the generated password once, as a notebook server prints its token).
Wrong passwords are slowed down per account name and across all accounts (Throttle).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
import time
import tomllib
from pathlib import Path

from etl import settings

PASSWORD_FILE = settings.ROOT / ".analyst-password"
SECRETS_FILE = settings.SECRETS_FILE
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison against a stored scrypt hash."""
    try:
        scheme, salt_hex, digest_hex = stored.strip().split("$")
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(password.encode("utf-8"), salt=salt, **_SCRYPT)
    return hmac.compare_digest(candidate.hex(), digest_hex)


def _secrets_hash(path: Path | None = None) -> str | None:
    path = path or SECRETS_FILE
    if not path.is_file():
        return None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")).get("analyst_password_hash") or None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None


def stored_hash() -> tuple[str | None, str]:
    """(hash, where it came from); hash is None when no password is configured anywhere."""
    plain = settings.SETTINGS["analyst_password"].get()
    if plain:
        return _hash_of_env(plain), "PBD_ANALYST_PASSWORD"
    from_secrets = _secrets_hash()
    if from_secrets:
        return from_secrets, ".streamlit/secrets.toml"
    if PASSWORD_FILE.is_file():
        return PASSWORD_FILE.read_text(encoding="utf-8").strip() or None, ".analyst-password"
    return None, "none"


_env_cache: dict[str, str] = {}


def _hash_of_env(plain: str) -> str:
    # hashed once per process with a fixed random salt, so the comparison is still constant-time
    if plain not in _env_cache:
        _env_cache.clear()
        _env_cache[plain] = hash_password(plain)
    return _env_cache[plain]


def ensure_password(path: Path | None = None) -> str | None:
    """Generate and store a password when none is configured; returns it (to print once) or None."""
    path = path or PASSWORD_FILE
    current, _ = stored_hash()
    if current:
        return None
    password = secrets.token_urlsafe(12)
    path.write_text(hash_password(password) + "\n", encoding="utf-8")
    os.chmod(path, 0o600)
    return password


class Throttle:
    """Slows down wrong passwords, per account and across all accounts.

    Each try books a time slot before it runs. An account's slots are spaced by an interval that
    doubles with each failure in the window (base, 2 base, 4 base … up to cap); all tries, whatever
    the account, are spaced by a global interval once more than `free` failures have happened in the
    window. Tries sent at once from parallel sessions therefore queue up in time instead of running
    side by side, and a new name per try still meets the global spacing.
    """

    def __init__(self, base: float = 0.5, cap: float = 30.0, window: float = 600.0, free: int = 10,
                 global_base: float = 0.25, global_cap: float = 5.0):
        self.base, self.cap, self.window = base, cap, window
        self.free, self.global_base, self.global_cap = free, global_base, global_cap
        self._failures: dict[str, tuple[int, float]] = {}  # account -> (failures in the window, last)
        self._next: dict[str, float] = {}  # account -> earliest start of its next try
        self._global_failures: list[float] = []
        self._global_next = 0.0
        self._lock = threading.Lock()

    def _interval(self, account: str, now: float) -> float:
        count, last = self._failures.get(account, (0, 0.0))
        if not count or now - last > self.window:
            return 0.0
        return min(self.cap, self.base * 2 ** (count - 1))

    def _global_interval(self, now: float) -> float:
        self._global_failures = [t for t in self._global_failures if now - t <= self.window]
        over = len(self._global_failures) - self.free
        return 0.0 if over < 0 else min(self.global_cap, self.global_base * 2 ** (over / 5))

    def reserve(self, account: str) -> float:
        """Book the next try for `account`; the seconds to wait before running it."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(account, 0.0), self._global_next)
            self._next[account] = start + self._interval(account, now)
            self._global_next = start + self._global_interval(now)
            return start - now

    def wait_seconds(self, account: str) -> float:
        """How long a try for `account` would wait now (without booking it)."""
        with self._lock:
            return max(0.0, max(self._next.get(account, 0.0), self._global_next) - time.monotonic())

    def failed(self, account: str) -> None:
        with self._lock:
            now = time.monotonic()
            count, last = self._failures.get(account, (0, 0.0))
            if now - last > self.window:
                count = 0
            self._failures[account] = (count + 1, now)
            self._global_failures.append(now)
            # the next try of this account waits the doubled interval from now
            self._next[account] = max(self._next.get(account, 0.0), now + self._interval(account, now))

    def succeeded(self, account: str) -> None:
        with self._lock:
            self._failures.pop(account, None)
            self._next.pop(account, None)


THROTTLE = Throttle()


def account_key(name: str) -> str:
    """The account a login names, as the throttle counts it (case, width and invisible characters aside)."""
    from etl.textnorm import clean_name

    return clean_name(name).casefold()


def check_password(password: str, who: str = "global", throttle: Throttle = THROTTLE,
                   own_hash: str | None = None) -> bool:
    """Check a login attempt for the account `who`, first waiting for its slot (Throttle): against
    the account's own password hash when it has one (etl.accounts), else the shared password."""
    delay = throttle.reserve(who)
    if delay:
        time.sleep(delay)
    stored = own_hash or stored_hash()[0]
    ok = bool(stored) and verify_password(password, stored)
    (throttle.succeeded if ok else throttle.failed)(who)
    return ok
