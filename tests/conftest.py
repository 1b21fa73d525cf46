"""Tiny fixtures shared by the test files."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from etl.settings import shared_dir

ROOT = Path(__file__).resolve().parent.parent
SHARED = shared_dir()
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
REPORTS = Path(__file__).resolve().parent / "data" / "reports"  # the tests' own short reports
ARTIFACTS = ROOT / "test-artifacts"
PYTHON = sys.executable


def pytest_addoption(parser):
    parser.addoption("--backend", choices=("file", "lake"), default="file",
                     help="the warehouse of the db_path, built_db, con and rich_db fixtures: a DuckDB file, or a "
                          "DuckLake warehouse with its catalog in PostgreSQL (make test runs the loader and page "
                          "tests on both)")


def pytest_collection_modifyitems(config, items):
    """With --backend=lake, the tests about the DuckDB file itself are left out (they run with the file)."""
    if config.getoption("--backend") != "lake":
        return
    left_out = [item for item in items if item.get_closest_marker("file_only")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker("file_only")]


def lake_backend(request) -> bool:
    return request.config.getoption("--backend") == "lake"


@pytest.fixture
def db_path(request, tmp_path) -> str:
    """A warehouse location with nothing there yet."""
    if lake_backend(request):
        return request.getfixturevalue("pg_lake")
    return str(tmp_path / "warehouse.duckdb")


@pytest.fixture
def built_db(request, db_path) -> str:
    from etl.build import build

    if lake_backend(request):  # a copy of a lake built once: building one takes a second or two
        return request.getfixturevalue("postgres").clone(request.getfixturevalue("built_lake_template"), db_path)
    build(db_path)
    return db_path


@pytest.fixture
def con(built_db):
    from etl.warehouse import session

    with session(built_db) as connection:
        yield connection


def run_cli(*args: str, db: str | None = None, env: dict | None = None, timeout: float = 120,
            stdin: str = ""):
    """Run `python -m etl ...` as a real process, `stdin` on its standard input (not a terminal)."""
    full_env = {**os.environ, **(env or {})}
    if db:
        full_env["PBD_DB"] = db
    return subprocess.run(
        [PYTHON, "-m", "etl", *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout,
        input=stdin,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppServer:
    """The app served as `make run` serves it (`streamlit run asgi.py`; or `script`, such as the bare
    app.py), on a free port, against a given warehouse."""

    def __init__(self, db: str, env: dict | None = None, log: Path | None = None, script: str = "asgi.py"):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # the server's output, beside a warehouse file by default (a DuckLake location names none)
        log = open(log or Path(db).with_suffix(".server.log"), "w")  # noqa: SIM115 - closed in stop()
        self.log = log
        self.process = subprocess.Popen(
            [PYTHON, "-m", "streamlit", "run", script, "--server.port", str(self.port),
             "--server.headless", "true", "--server.fileWatcherType", "none"],
            cwd=ROOT, env={**os.environ, "PBD_DB": db, **(env or {})}, stdout=log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("streamlit did not start: " + Path(log.name).read_text()[-2000:])

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture
def app_server(built_db):
    server = AppServer(built_db)
    yield server
    server.stop()


CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from etl.settings import browser_path

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=browser_path(), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN", accept_downloads=True)
    pg = context.new_page()
    yield pg
    context.close()


def upload_as_analyst(pg, url: str, name: str, password: str, sheet: Path) -> None:
    """On the upload page at `url`: log in, give the uploader `sheet`, and wait for its preview."""
    pg.goto(url + "/upload")
    wait_for_app(pg)
    pg.get_by_label("姓名（记录在每次操作中）").fill(name)
    pg.get_by_label("密码").fill(password)
    with pg.expect_navigation(timeout=60_000):  # the form posts to the login route, which sends it back
        pg.get_by_role("button", name="登录").click()
    # logged in once the sidebar offers to log out: the reruns after the login are over, so the
    # file goes to the uploader that stays (one set mid-rerun is replaced, and the file with it)
    pg.get_by_role("button", name="退出登录").wait_for(timeout=60_000)
    wait_for_app(pg)
    pg.locator("[data-testid=stFileUploader]:visible input[type=file]").first.set_input_files(str(sheet))
    pg.get_by_role("button", name="确认导入").wait_for(timeout=60_000)
    wait_for_app(pg)


def wait_for_app(pg, timeout: float = 60_000) -> None:
    """Wait until Streamlit has finished running the script (a server's first run of a page, on a
    busy machine, has taken over 30 s)."""
    pg.wait_for_selector("[data-testid=stApp]", timeout=timeout)
    # the app's root says whether a run has begun and ended ('initial' until the first run starts)
    pg.wait_for_function(
        "() => ['notRunning', 'compilationError'].includes("
        "document.querySelector('[data-testid=stApp]')?.dataset.testScriptState)"
        " && !document.querySelector('[data-testid=stStatusWidget]')", timeout=timeout
    )
    pg.wait_for_timeout(300)


@pytest.fixture(scope="session")
def rich_db_template(tmp_path_factory) -> str:
    """A warehouse with the bundled data, the seed reports and the tests' own reports (built once per session).

    The growing corpus in ../shared is not used here, so that what the app tests see does not change with it.
    """
    from etl.build import build
    from etl.extract import extract_file
    from etl.load import load_report
    from etl.reading import report_files
    from etl.warehouse import session

    path = str(tmp_path_factory.mktemp("rich") / "warehouse.duckdb")
    build(path)
    with session(path) as con:
        for report in report_files([SEEDS, REPORTS]):
            load_report(con, extract_file(report), who="fixture")
    return path


@pytest.fixture
def rich_db(request, rich_db_template, tmp_path) -> str:
    """A private copy of the rich warehouse, free to change."""
    import shutil

    if lake_backend(request):
        return request.getfixturevalue("postgres").clone(request.getfixturevalue("rich_lake_template"),
                                                         request.getfixturevalue("pg_lake"))
    path = tmp_path / "rich.duckdb"
    shutil.copy(rich_db_template, path)
    return str(path)


def insert_sheet_figure(c, batch_id, *, school_id=1, indicator="members_full", year=2020, value=5.0, row=2):
    """A sheet figure written straight to sheet_values, not `sole`: the batch's refresh resolves it."""
    from etl.warehouse import sheet_figure_id_base

    figure_id = sheet_figure_id_base(batch_id) + row
    c.execute(
        "INSERT INTO sheet_values (id, batch_id, school_id, indicator_id, year, value, qualifier, sheet_row, "
        "review_status, loaded_at, sole) SELECT ?, ?, ?, ?, ?, ?, 'exact', ?, 'confirmed', "
        "created_at, false FROM batches WHERE id = ?",
        [figure_id, batch_id, school_id, indicator, year, value, row, batch_id],
    )
    return figure_id


# ------------------------------------------------------------------ DuckLake on PostgreSQL

@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server of its own for the session (tests/pg.py); its password in PGPASSWORD, as a
    deployment gives it, for this process and the processes it starts."""
    import tempfile

    from tests.pg import Cluster

    cluster = Cluster(Path(tempfile.mkdtemp(prefix="pbd-postgres-")), free_port()).start()
    previous = os.environ.get("PGPASSWORD")
    os.environ["PGPASSWORD"] = cluster.password
    try:
        yield cluster
    finally:
        cluster.stop()
        if previous is None:
            os.environ.pop("PGPASSWORD", None)
        else:
            os.environ["PGPASSWORD"] = previous


_DATABASES = iter(range(1, 1_000_000))


@pytest.fixture(scope="session")
def built_lake_template(postgres, tmp_path_factory) -> tuple[str, str]:
    """(location, data folder) of a lake with the bundled data, built once; tests get clones."""
    from etl.build import build

    postgres.create_database("template_built")
    data = str(tmp_path_factory.mktemp("template-built-data"))
    os.environ["PBD_DATA_PATH"] = data
    build(postgres.catalog("template_built"))
    return postgres.catalog("template_built"), data


@pytest.fixture(scope="session")
def rich_lake_template(postgres, rich_db_template, tmp_path_factory) -> tuple[str, str]:
    """The rich warehouse copied into a lake once (python -m etl copy's code); tests get clones."""
    from etl.copying import copy_warehouse

    postgres.create_database("template_rich")
    data = str(tmp_path_factory.mktemp("template-rich-data"))
    os.environ["PBD_DATA_PATH"] = data
    copy_warehouse(rich_db_template, postgres.catalog("template_rich"))
    return postgres.catalog("template_rich"), data


@pytest.fixture
def pg_lake(postgres, tmp_path, monkeypatch) -> str:
    """An empty DuckLake warehouse location: a new database of the session's server for its catalog,
    a folder of this test for its data files (PBD_DATA_PATH)."""
    name = f"lake{next(_DATABASES)}"
    postgres.create_database(name)
    monkeypatch.setenv("PBD_DATA_PATH", str(tmp_path / "lake-data"))
    return postgres.catalog(name)
