"""The analyst password: where it comes from, how it is stored (scrypt hash) and checked.

Order: PBD_ANALYST_PASSWORD (plain, from the environment), then `analyst_password_hash` in
.streamlit/secrets.toml, then the git-ignored .analyst-password file that `make run` creates on
first start (printing the generated password once, as a notebook server prints its token).
Wrong passwords are slowed down: each failure within the window doubles the wait before the next try.
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
SECRETS_FILE = settings.ROOT / ".streamlit" / "secrets.toml"
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
    """Slows down repeated wrong passwords: after each failure the next try waits twice as long."""

    def __init__(self, base: float = 0.5, cap: float = 30.0, window: float = 600.0):
        self.base, self.cap, self.window = base, cap, window
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, who: str) -> float:
        with self._lock:
            count, last = self._failures.get(who, (0, 0.0))
            if not count or time.monotonic() - last > self.window:
                return 0.0
            return max(0.0, min(self.cap, self.base * 2 ** (count - 1)) - (time.monotonic() - last))

    def failed(self, who: str) -> None:
        with self._lock:
            count, last = self._failures.get(who, (0, 0.0))
            if time.monotonic() - last > self.window:
                count = 0
            self._failures[who] = (count + 1, time.monotonic())

    def succeeded(self, who: str) -> None:
        with self._lock:
            self._failures.pop(who, None)


THROTTLE = Throttle()


def check_password(password: str, who: str = "global", throttle: Throttle = THROTTLE) -> bool:
    """Check a login attempt, sleeping first if this client has failed recently."""
    delay = throttle.wait_seconds(who)
    if delay:
        time.sleep(delay)
    stored, _ = stored_hash()
    ok = bool(stored) and verify_password(password, stored)
    (throttle.succeeded if ok else throttle.failed)(who)
    return ok
