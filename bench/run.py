"""Benchmarks, measured side by side in one run: `python bench/run.py [--quick] [--only SECTION ...]`.

Prints a table and, as its last line, one JSON object with every figure. All data is SYNTHETIC
(bench/synthetic.py) and lives in a temporary folder, never in a user's warehouse.

  extract  report text per second on one core (the seed and corpus reports plus synthetic ones)
  import   our validated import of a long sheet vs DuckDB's own read_csv of the same file into a table
  queries  every page's queries (p95, on the app's shared reader) at 1M observations, and 10M in the full run
  render   AppTest of the compare page at the largest scale, and the app's peak memory over every page
  export   a six-chart briefing (PNG on Chromium, then the PPTX deck and the Word briefing), cold and warm
  lake     on DuckLake (catalog in a throwaway PostgreSQL, data files in a folder): the import against
           DuckLake's own CREATE TABLE AS read_csv, page queries at 1M, four loaders at once against one
  paint    in Chromium, the first chart of a cold visit (a server just started; a new browser on a warm
           server) and the briefing page's first picture on a server just started
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic  # noqa: E402

from etl.settings import shared_dir  # noqa: E402

SHARED = shared_dir()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------ extract

def bench_extract(quick: bool, work: Path, state: dict) -> dict:
    """Extraction speed on one core: CPU seconds for the real reports plus synthetic ones."""
    from etl.extract import extract_text

    texts = [(p.name, p.read_text(encoding="utf-8"))
             for d in ("seeds", "corpus") for p in sorted((SHARED / d).glob("*.txt"))] if SHARED.exists() else []
    texts += synthetic.report_corpus(1_000_000 if quick else 5_000_000)
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    started = time.process_time()
    figures = sum(len(extract_text(name, text).metrics) for name, text in texts)
    cpu = time.process_time() - started
    return {"extract_docs": len(texts), "extract_mb": round(size / 1e6, 2),
            "extract_docs_per_s": round(len(texts) / cpu, 1), "extract_mb_per_s": round(size / 1e6 / cpu, 2),
            "extract_figures": figures}


# ------------------------------------------------------------------ import

def _remove_db(db: Path | str) -> None:
    if str(db).startswith("ducklake:"):  # a new lake is a new database (_Lakes)
        return
    for p in (Path(db), Path(str(db) + ".wal")):
        p.unlink(missing_ok=True)


def _read_csv_baseline(sheet: Path, db: Path, storage_version: str | None = None) -> float:
    """DuckDB's own read_csv of the sheet into a table of a new file: in DuckDB's default file format,
    or in `storage_version` (the warehouse's, for a like-for-like figure)."""
    import duckdb

    _remove_db(db)
    started = time.perf_counter()
    con = duckdb.connect(str(db), config={"storage_compatibility_version": storage_version} if storage_version else {})
    con.execute("CREATE TABLE sheet AS SELECT * FROM read_csv(?)", [str(sheet)])
    con.close()
    return time.perf_counter() - started


def _new_warehouse(db: Path) -> None:
    from etl.build import prepare
    from etl.warehouse import session

    _remove_db(db)
    with session(str(db)) as con:
        prepare(con)


def _timed_import(sheet: Path, db: Path) -> tuple[float, int]:
    """Seconds to import `sheet` into `db` (opening and closing it included), and the figures loaded."""
    from etl.sheets import import_sheet
    from etl.warehouse import session

    data = sheet.read_bytes()
    started = time.perf_counter()
    with session(str(db)) as con:
        _, result = import_sheet(con, sheet.name, data, who="bench", original=sheet)
    return time.perf_counter() - started, result.counts["observations"]


def _our_import(sheet: Path, db: Path) -> tuple[float, int]:
    _new_warehouse(db)
    return _timed_import(sheet, db)


def bench_import(quick: bool, work: Path, state: dict) -> dict:
    """Our import (read, validate, preview, write, refresh, commit) against DuckDB's read_csv, alternately;
    the best of four runs each: on a shared two-core machine single runs vary by 30 %."""
    from etl.warehouse import STORAGE_VERSION

    rows = 200_000 if quick else 1_000_000
    sheet = synthetic.long_sheet(work / "long.csv", rows)
    ours, baseline, same_format, loaded = [], [], [], 0
    for _ in range(4):
        baseline.append(_read_csv_baseline(sheet, work / "baseline.duckdb"))
        same_format.append(_read_csv_baseline(sheet, work / "baseline.duckdb", STORAGE_VERSION))
        seconds, loaded = _our_import(sheet, work / "import.duckdb")
        ours.append(seconds)
    out = {"rows": loaded, "sheet_mb": round(sheet.stat().st_size / 1e6, 1), "import_s": round(min(ours), 2),
           "duckdb_read_csv_s": round(min(baseline), 2), "import_ratio": round(min(ours) / min(baseline), 2),
           "duckdb_read_csv_same_format_s": round(min(same_format), 2),
           "import_ratio_same_format": round(min(ours) / min(same_format), 2),
           "import_runs_s": [round(x, 2) for x in ours], "duckdb_read_csv_runs_s": [round(x, 2) for x in baseline]}
    return out | _import_many_schools(quick, work)


def _import_many_schools(quick: bool, work: Path) -> dict:
    """The same number of rows naming 100,000 schools (20,000 with --quick), 10 figures each: once into
    an empty warehouse (every school new), once more into it (every school known, the years new).
    School names are matched in Python, so this is where a national sheet differs from the 1M-row one."""
    schools = 20_000 if quick else 100_000
    first = synthetic.wide_spread_sheet(work / "schools_a.csv", schools)
    again = synthetic.wide_spread_sheet(work / "schools_b.csv", schools, years=(2020, 2021))
    db = work / "schools.duckdb"
    best = {"new": [], "known": []}
    for _ in range(1 if quick else 2):
        _new_warehouse(db)
        for kind, sheet in (("new", first), ("known", again)):
            best[kind].append(_timed_import(sheet, db)[0])
    baseline = min(_read_csv_baseline(first, work / "baseline.duckdb") for _ in range(2))
    return {"many_schools": schools, "many_schools_rows": schools * 10,
            "import_many_schools_new_s": round(min(best["new"]), 2),
            "import_many_schools_known_s": round(min(best["known"]), 2),
            "import_many_schools_ratio": round(min(best["new"]) / baseline, 2)}


# ------------------------------------------------------------------ queries

def page_queries(con, rng) -> dict:
    """The queries each page runs for one view, with filters picked at random like a user would."""
    from dashboard import queries as q
    from dashboard.filters import Filters

    schools = [r[0] for r in con.execute("SELECT id FROM schools USING SAMPLE 20 ROWS").fetchall()]
    regions = [r[0] for r in con.execute("SELECT DISTINCT province FROM schools LIMIT 40").fetchall() if r[0]]
    views = [Filters(), Filters(regions=(rng.choice(regions),)), Filters(schools=tuple(rng.sample(schools, 3))),
             Filters(year_from=2018, year_to=2021)]
    f = rng.choice(views)
    school = rng.choice(schools)
    indicator = rng.choice(["members_full", "volunteer_sessions", "party_lectures", "students_assisted"])
    top = tuple(schools[:8])
    return {
        # the sidebar's queries run on every page view: filter options, then the school list or a search
        "overview": [lambda c: q.overview_kpis(c, f), lambda c: q.coverage(c, f), lambda c: q.latest_values(c, f),
                     lambda c: q.filter_options(c), lambda c: q.year_bounds(c),
                     lambda c: (q.schools(c) if q.filter_options(c)["schools"] <= q.SCHOOL_LIST_MAX
                                else q.search_schools(c, "0012"))],
        "compare": [lambda c: q.indicator_school_counts(c, f), lambda c: q.indicator_years(c, indicator, f),
                    lambda c: q.compare_values(c, f, indicator, None), lambda c: q.left_out_counts(c, f, indicator)],
        "trends": [lambda c: q.trend_schools(c, f, indicator),
                   lambda c: q.trend_values(c, Filters(schools=top), indicator),
                   lambda c: q.membership_composition(c, Filters(schools=top[:6])),
                   lambda c: q.rate_values(c, f, None)],
        "school": [lambda c: q.school_card(c, school), lambda c: q.school_documents(c, school),
                   lambda c: q.school_figures(c, school), lambda c: q.school_awards(c, school),
                   lambda c: q.peer_medians(c, school)],
        "evidence": [lambda c: q.evidence_rows(c, f), lambda c: q.evidence_awards(c, f)],
    }


def measure_queries(db: str, rounds: int) -> dict:
    """p95 of each query as the app runs it: on a shared reader, one page's queries after another."""
    from dashboard.data import SharedReader

    reader = SharedReader()
    rng = random.Random(3)
    timings: dict[str, list[float]] = {}
    for _ in range(rounds):
        with reader.cursor(db) as con:
            pages = page_queries(con, rng)
        for page, fns in pages.items():
            time.sleep(reader.idle + 0.1)  # a new page view: the reader was closed meanwhile
            for i, fn in enumerate(fns):
                started = time.perf_counter()
                with reader.cursor(db) as con:
                    fn(con)
                timings.setdefault(f"{page}.{i}", []).append((time.perf_counter() - started) * 1000)
    reader.close()
    p95 = {k: sorted(v)[round(0.95 * (len(v) - 1))] for k, v in timings.items()}
    slowest = max(p95, key=p95.get)
    per_page: dict[str, float] = {}
    for key, value in p95.items():
        page = key.split(".")[0]
        per_page[page] = max(per_page.get(page, 0), value)
    return {"p95": round(p95[slowest], 1), "slowest": slowest,
            "median": round(statistics.median(x for v in timings.values() for x in v), 1),
            "pages": {k: round(v, 1) for k, v in per_page.items()}}


def bench_queries(quick: bool, work: Path, state: dict) -> dict:
    out: dict = {}
    scales = [(200_000, None)] if quick else [(1_000_000, None), (10_000_000, 500_000)]
    for observations, schools in scales:
        db = str(work / f"queries_{observations}.duckdb")
        started = time.perf_counter()
        built = synthetic.build_warehouse(db, observations, schools=schools)
        build_s = time.perf_counter() - started
        label = "" if observations <= 1_000_000 else f"_{observations // 1_000_000}m"
        result = measure_queries(db, 6 if quick else (12 if observations <= 1_000_000 else 6))
        out.update({
            f"observations{label}": built["observations"], f"schools{label}": built["schools"],
            f"synthetic_build_s{label}": round(build_s, 1),
            f"query_p95_ms{label}": result["p95"], f"query_slowest{label}": result["slowest"],
            f"query_median_ms{label}": result["median"],
            **{f"query_p95_ms_{page}{label}": v for page, v in result["pages"].items()},
        })
        state["largest_db"] = db
    return out


# ------------------------------------------------------------------ DuckLake

class _Lakes:
    """New, empty DuckLake warehouses, each a database of one throwaway PostgreSQL server (the
    tests' tests/pg.py) with a data folder of its own."""

    def __init__(self, work: Path):
        from tests.conftest import free_port
        from tests.pg import Cluster

        self.work = work
        self.cluster = Cluster(Path(tempfile.mkdtemp(prefix="pbd-bench-pg-")), free_port()).start()
        os.environ["PGPASSWORD"] = self.cluster.password
        self.made = 0

    def new(self) -> str:
        self.made += 1
        name = f"bench{self.made}"
        self.cluster.create_database(name)
        os.environ["PBD_DATA_PATH"] = str(self.work / f"{name}-data")
        return self.cluster.catalog(name)


def _lake_read_csv_baseline(sheet: Path, lake: str) -> float:
    """DuckLake's own CREATE TABLE AS read_csv of the sheet, connection included."""
    from etl.warehouse import connect

    started = time.perf_counter()
    con = connect(lake)
    con.execute("CREATE TABLE sheet AS SELECT * FROM read_csv(?)", [str(sheet)])
    con.close()
    return time.perf_counter() - started


def _loaders(sheets: list[Path], lake: str) -> float:
    """Wall seconds for one `python -m etl import` process per sheet, all started at once."""
    env = {**os.environ, "PBD_DB": lake}
    started = time.perf_counter()
    processes = [subprocess.Popen([sys.executable, "-m", "etl", "import", str(s), "--new-schools"], cwd=ROOT,
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for s in sheets]
    for process in processes:
        _, stderr = process.communicate()
        if process.returncode:
            raise RuntimeError(f"a loader failed: {stderr.decode()[-500:]}")
    return time.perf_counter() - started


def bench_lake(quick: bool, work: Path, state: dict) -> dict:
    lakes = _Lakes(work)
    try:
        rows = 200_000 if quick else 1_000_000
        sheet = synthetic.long_sheet(work / "lake_long.csv", rows)
        ours, baseline = [], []
        for _ in range(2 if quick else 3):
            baseline.append(_lake_read_csv_baseline(sheet, lakes.new()))
            lake = lakes.new()
            _new_warehouse(lake)
            ours.append(_timed_import(sheet, lake)[0])
        out = {"lake_import_s": round(min(ours), 2), "lake_read_csv_s": round(min(baseline), 2),
               "lake_import_ratio": round(min(ours) / min(baseline), 2)}
        lake = lakes.new()
        built = synthetic.build_warehouse(lake, rows)
        result = measure_queries(lake, 6 if quick else 12)
        out |= {"lake_observations": built["observations"], "lake_query_p95_ms": result["p95"],
                "lake_query_slowest": result["slowest"],
                **{f"lake_query_p95_ms_{page}": v for page, v in result["pages"].items()}}
        # loaders: each sheet names schools of its own, so that four loads at once are four loads
        per_sheet = rows // 10
        sheets = [synthetic.long_sheet(work / f"loader{k}.csv", per_sheet, seed=k, school_prefix=f"装载{k}号学校")
                  for k in range(5)]
        lake = lakes.new()
        _new_warehouse(lake)
        one = _loaders(sheets[4:], lake)
        four = _loaders(sheets[:4], lake)
        out |= {"lake_loader_rows": per_sheet, "lake_one_loader_s": round(one, 2), "lake_four_loaders_s": round(four, 2),
                "lake_one_loader_rows_per_s": round(per_sheet / one),
                "lake_four_loaders_rows_per_s": round(4 * per_sheet / four),
                "lake_four_loaders_throughput_ratio": round((4 * per_sheet / four) / (per_sheet / one), 2)}
        return out
    finally:
        lakes.cluster.stop()


# ------------------------------------------------------------------ render and memory

_APP_SCRIPT = textwrap.dedent("""
    import json, resource, sys, time
    from streamlit.testing.v1 import AppTest
    pages = sys.argv[1].split(",")
    at = AppTest.from_file(sys.argv[2], default_timeout=600).run()
    timings = {}
    for page in pages:
        started = time.perf_counter()
        at.switch_page(f"views/{page}.py").run()
        timings[page] = round((time.perf_counter() - started) * 1000, 1)
        assert not at.exception, (page, at.exception)
    # VmHWM starts afresh at exec; ru_maxrss would include the parent's memory at fork
    hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
    print(json.dumps({"ms": timings, "rss_mb": hwm / 1024}))
""")


def _run_app(db: str, pages: list[str]) -> dict:
    result = subprocess.run([sys.executable, "-c", _APP_SCRIPT, ",".join(pages), str(ROOT / "app.py")], cwd=ROOT,
                            env={**os.environ, "PBD_DB": db}, capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def bench_render(quick: bool, work: Path, state: dict) -> dict:
    """AppTest of the compare page (a fresh process, nothing cached), and the app's memory over every page."""
    db = state.get("largest_db")
    if db is None:
        db = str(work / "render.duckdb")
        synthetic.build_warehouse(db, 200_000 if quick else 1_000_000)
    compare = _run_app(db, ["compare"])
    every = _run_app(db, ["overview", "compare", "trends", "school", "evidence"])
    return {"page_render_ms": compare["ms"]["compare"], "app_peak_rss_mb": round(every["rss_mb"], 1),
            **{f"page_render_ms_{k}": v for k, v in every["ms"].items()}}


# ------------------------------------------------------------------ export

def bench_export(quick: bool, work: Path, state: dict) -> dict:
    """A six-chart briefing (PNG on the system Chromium, then the PPTX deck and the Word briefing):
    first from a cold start, then warm."""
    import datetime as dt

    from dashboard import briefing, queries, slides, word
    from dashboard.exports import chart_source_line, export_figure, to_png
    from dashboard.filters import Filters
    from etl.build import build
    from etl.extract import extract_file
    from etl.load import load_report
    from etl.reading import report_files
    from etl.warehouse import session

    db = str(work / "export.duckdb")
    build(db)
    with session(db) as con:
        for path in report_files([SHARED / "seeds", SHARED / "corpus"]) if SHARED.exists() else []:
            load_report(con, extract_file(path), who="bench")

        def query(read, **params):  # a read of dashboard.reads, answered from the connection directly
            return getattr(queries, read.__name__)(con, **params)

        catalog = queries.indicators(con)
        charts = briefing.default_charts(query, Filters(), "zh")
        for indicator in ("branches", "students_assisted", "party_lectures"):
            if len(charts) < 6:
                made = briefing.compare_chart(query, Filters(), indicator, catalog, "zh", "")
                charts += [made] if made else []
        page_counts = queries.source_counts(con, Filters())
    charts = charts[:6]
    timings = {}
    for label in ("cold", "warm"):
        started = time.perf_counter()
        footers = [chart_source_line(c, page_counts, "zh") for c in charts]
        pngs = [to_png(export_figure(c, footer, "zh")) for c, footer in zip(charts, footers, strict=True)]
        deck = slides.deck("党建工作简报（基准测试）", "SYNTHETIC BENCHMARK",
                           [slides.Slide(c.title, png, footer, c.subtitle) for c, png, footer in
                            zip(charts, pngs, footers, strict=True)], ("图表：", "筛选条件：", "数据来源文件："))
        document = word.briefing("党建工作简报（基准测试）", dt.date.today(), "全部学校",
                                 [word.Section(c.title, png, c.summary, footer) for c, png, footer in
                                  zip(charts, pngs, footers, strict=True)])
        timings[label] = time.perf_counter() - started
    return {"export_charts": len(charts), "export_deck_cold_s": round(timings["cold"], 2),
            "export_deck_warm_s": round(timings["warm"], 2), "export_deck_bytes": len(deck),
            "export_docx_bytes": len(document)}


# ------------------------------------------------------------------ first paint

def _first_chart_ms(browser, url: str, selector: str) -> float:
    """Milliseconds from asking for `url` in a new browser context (nothing cached) to `selector`
    being drawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    started = time.perf_counter()
    page.goto(url)
    page.locator(selector).first.wait_for(state="visible", timeout=120_000)
    elapsed = (time.perf_counter() - started) * 1000
    context.close()
    return elapsed


def bench_paint(quick: bool, work: Path, state: dict) -> dict:
    """The first chart on a cold visit, in Chromium, against the app as `make run` serves it: the
    overview's first chart on a server just started, then in a new browser (nothing cached) on a
    warm server; the briefing page's first picture on a server just started."""
    from playwright.sync_api import sync_playwright

    from etl.build import build
    from etl.settings import browser_path
    from tests.conftest import CHROMIUM_ARGS, AppServer

    db = str(work / "paint.duckdb")
    build(db)
    chart = "svg.pbd-chart"  # the overview's first chart, a light one (dashboard.light)
    picture = "[data-testid=stImage] img"
    out: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path(), args=CHROMIUM_ARGS, headless=True)
        server = AppServer(db, log=work / "paint.server.log")
        try:
            out["first_chart_cold_server_ms"] = round(_first_chart_ms(browser, server.url, chart))
            warm = [_first_chart_ms(browser, server.url, chart) for _ in range(3)]
            out["first_chart_cold_browser_ms"] = round(min(warm))
        finally:
            server.stop()
        server = AppServer(db, log=work / "paint2.server.log")
        try:
            out["briefing_first_picture_cold_server_s"] = round(
                _first_chart_ms(browser, f"{server.url}/briefing", picture) / 1000, 1)
        finally:
            server.stop()
        browser.close()
    return out


SECTIONS = {"extract": bench_extract, "import": bench_import, "queries": bench_queries, "render": bench_render,
            "export": bench_export, "lake": bench_lake, "paint": bench_paint}


def machine() -> dict:
    import duckdb

    return {"machine": f"{platform.machine()} {os.cpu_count()} cpus, "
                       f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB",
            "python": platform.python_version(), "duckdb": duckdb.__version__}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: finishes within two minutes")
    parser.add_argument("--only", nargs="+", choices=sorted(SECTIONS), help="run only these sections")
    args = parser.parse_args(argv)
    results: dict = {"quick": args.quick, **machine()}
    state: dict = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pbd-bench-") as tmp:
        for name in args.only or list(SECTIONS):
            section_started = time.perf_counter()
            results.update(SECTIONS[name](args.quick, Path(tmp), state))
            results[f"{name}_wall_s"] = round(time.perf_counter() - section_started, 1)
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)
    results["wall_s"] = round(time.perf_counter() - started, 1)
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
