"""Settings, declared once: name, default and help; each overridable by an environment variable."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"


@dataclass(frozen=True)
class Setting:
    env: str
    default: str
    help: str

    def get(self) -> str:
        value = os.environ.get(self.env, "").strip()
        return value or self.default


SETTINGS: dict[str, Setting] = {
    "db": Setting(
        "PBD_DB",
        str(DATA_DIR / "warehouse.duckdb"),
        "Warehouse location: a DuckDB file path (default data/warehouse.duckdb), or a DuckLake catalog: "
        "ducklake:PATH (a catalog file) or ducklake:postgres:dbname=… host=… port=… user=… (PostgreSQL; "
        "the password from PGPASSWORD or .streamlit/secrets.toml), with PBD_DATA_PATH.",
    ),
    "data_path": Setting(
        "PBD_DATA_PATH",
        "",
        "Where a DuckLake warehouse (PBD_DB=ducklake:…) keeps its data files; default: beside its catalog.",
    ),
    "snapshot_days": Setting(
        "PBD_SNAPSHOT_DAYS",
        "30",
        "Days of DuckLake snapshots `python -m etl maintain` keeps (the warehouse as of an older load needs them).",
    ),
    "orphan_minutes": Setting(
        "PBD_ORPHAN_MINUTES",
        "60",
        "Age, in minutes, from which `maintain` deletes data files no snapshot knows (a killed loader's); "
        "younger ones may be a running load's.",
    ),
    "lock_timeout": Setting(
        "PBD_LOCK_TIMEOUT",
        "30",
        "Seconds to keep retrying when another process holds the warehouse lock.",
    ),
    "max_upload_mb": Setting(
        "PBD_MAX_UPLOAD_MB",
        "50",
        "Largest sheet or report accepted for upload, in megabytes.",
    ),
    "report_mb": Setting(
        "PBD_MAX_REPORT_MB",
        "20",
        "Largest report file read (from disk or an upload), in megabytes.",
    ),
    "report_chars": Setting(
        "PBD_MAX_REPORT_CHARS",
        "300000",
        "Most characters of text one report may hold.",
    ),
    "report_figures": Setting(
        "PBD_MAX_REPORT_FIGURES",
        "1000",
        "Most figures, honours and unassigned numbers found in one report (honours counted as they are "
        "found, before each is read).",
    ),
    "report_numbers": Setting(
        "PBD_MAX_REPORT_NUMBERS",
        "10000",
        "Most numbers with a measure word one report may hold (each is read against its sentence).",
    ),
    "unzipped_mb": Setting(
        "PBD_MAX_UNZIPPED_MB",
        "200",
        "Most megabytes a .xlsx or .docx may unpack to (all its parts together).",
    ),
    "zip_ratio": Setting(
        "PBD_MAX_ZIP_RATIO",
        "100",
        "Highest compression ratio of any part over 1 MB of a .xlsx or .docx.",
    ),
    "zip_members": Setting(
        "PBD_MAX_ZIP_MEMBERS",
        "10000",
        "Most parts a .xlsx or .docx may hold.",
    ),
    "shared_strings": Setting(
        "PBD_MAX_SHARED_STRINGS",
        "1000000",
        "Most distinct texts (shared strings) a .xlsx may hold.",
    ),
    "sheet_columns": Setting(
        "PBD_MAX_SHEET_COLUMNS",
        "1000",
        "Widest row a sheet may have, in columns.",
    ),
    "analyst_password": Setting(
        "PBD_ANALYST_PASSWORD",
        "",
        "Analyst password (plain). Otherwise .streamlit/secrets.toml or the generated .analyst-password.",
    ),
    "session_hours": Setting(
        "PBD_SESSION_HOURS",
        "12",
        "How long an analyst's login lasts in a browser (reloads, new tabs), in hours.",
    ),
    "session_secret": Setting(
        "PBD_SESSION_SECRET",
        "",
        "Key that signs login cookies; every app server of a site needs the same one. Otherwise "
        "session_secret in .streamlit/secrets.toml, or a key generated into .session-secret.",
    ),
    "browser": Setting(
        "PBD_BROWSER",
        "/usr/bin/chromium",
        "Chromium executable used for PNG export and the browser tests.",
    ),
    "app_memory": Setting(
        "PBD_APP_MEMORY",
        "512MB",
        "Memory DuckDB may use in the app (it spills to disk beyond it); the CLI is not limited.",
    ),
    "shared": Setting(
        "PBD_SHARED",
        "",
        "Folder with the seed and corpus reports (tests and benchmarks); default: ../shared beside the "
        "checkout, or beside the repository it was cloned from.",
    ),
    "user": Setting(
        "PBD_USER",
        "",
        "Name recorded as 'who' on loads from the command line (default: the login name).",
    ),
}


def db_path() -> str:
    return SETTINGS["db"].get()


SECRETS_FILE = ROOT / ".streamlit" / "secrets.toml"


def provide_pg_password() -> None:
    """PGPASSWORD for libpq from `warehouse_password` in .streamlit/secrets.toml, unless the
    environment gives one (PGPASSWORD, or a password file libpq reads itself)."""
    if os.environ.get("PGPASSWORD") or os.environ.get("PGPASSFILE"):
        return
    import tomllib

    try:
        password = tomllib.loads(SECRETS_FILE.read_text(encoding="utf-8")).get("warehouse_password")
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return
    if password:
        os.environ["PGPASSWORD"] = str(password)


def data_path(db: str) -> str:
    """The data folder of the DuckLake warehouse `db`: PBD_DATA_PATH, else `<catalog file>.files/`."""
    explicit = SETTINGS["data_path"].get()
    if explicit:
        return explicit
    catalog = db.removeprefix("ducklake:")
    if ":" in catalog.split("/")[0]:  # a catalog in a database server (postgres:…): no file to sit beside
        raise ValueError("PBD_DATA_PATH must be set for a DuckLake catalog that is not a file")
    return catalog + ".files/"


def snapshot_days() -> float:
    return float(SETTINGS["snapshot_days"].get())


def orphan_minutes() -> float:
    return float(SETTINGS["orphan_minutes"].get())


def lock_timeout() -> float:
    return float(SETTINGS["lock_timeout"].get())


def max_upload_bytes() -> int:
    return int(float(SETTINGS["max_upload_mb"].get()) * 1024 * 1024)


def int_setting(name: str) -> int:
    """A whole-number setting, such as a limit; a value that is not one is refused with its name."""
    setting = SETTINGS[name]
    value = setting.get()
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"{setting.env}={value!r}: expected a whole number") from None
    if number <= 0:
        raise ValueError(f"{setting.env}={value!r}: expected a number above 0")
    return number


def browser_path() -> str:
    return SETTINGS["browser"].get()


def current_user() -> str:
    explicit = SETTINGS["user"].get()
    if explicit:
        return explicit
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER", "cli")


def app_memory() -> str:
    value = SETTINGS["app_memory"].get()
    if not re.fullmatch(r"\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)", value, flags=re.IGNORECASE):
        raise ValueError(f"PBD_APP_MEMORY={value!r}: expected a size such as 512MB")
    return value


def shared_dir() -> Path:
    """The shared seed and corpus reports: PBD_SHARED, else ../shared beside this checkout, else beside
    the local repository this checkout was cloned from (a fresh clone in /tmp still finds them)."""
    import subprocess

    explicit = SETTINGS["shared"].get()
    if explicit:
        return Path(explicit)
    candidates = [ROOT.parent / "shared"]
    try:
        origin = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        origin = ""
    if origin and not re.match(r"^[a-z]+://|^[\w.-]+@", origin):
        candidates.append(Path(origin.removeprefix("file://")).resolve().parent / "shared")
    for candidate in candidates:
        if (candidate / "seeds").is_dir():
            return candidate
    return candidates[0]
