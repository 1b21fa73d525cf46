"""Benchmarks, measured side by side in one run: `python bench/run.py [--quick] [--only SECTION ...]`.

Prints a table and, as its last line, one JSON object with every figure. All data is SYNTHETIC
(bench/synthetic.py) and lives in a temporary folder, never in a user's warehouse.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic  # noqa: E402

SHARED = ROOT.parent / "shared"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_extract(quick: bool, work: Path) -> dict:
    """Extraction speed on one core: CPU seconds for the real reports plus synthetic ones."""
    from etl.extract import extract_text

    texts = [(p.name, p.read_text(encoding="utf-8"))
             for d in ("seeds", "corpus") for p in sorted((SHARED / d).glob("*.txt"))] if SHARED.exists() else []
    texts += synthetic.report_corpus(1_000_000 if quick else 5_000_000)
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    started = time.process_time()
    figures = 0
    for name, text in texts:
        figures += len(extract_text(name, text).metrics)
    cpu = time.process_time() - started
    return {
        "extract_docs": len(texts),
        "extract_mb": round(size / 1e6, 2),
        "extract_docs_per_s": round(len(texts) / cpu, 1),
        "extract_mb_per_s": round(size / 1e6 / cpu, 2),
        "extract_figures": figures,
    }


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
    return {
        "overview": [lambda c: q.overview_kpis(c, f), lambda c: q.coverage(c, f), lambda c: q.latest_values(c, f),
                     lambda c: q.schools(c), lambda c: q.year_bounds(c)],
        "compare": [lambda c: q.indicator_school_counts(c, f), lambda c: q.indicator_years(c, indicator, f),
                    lambda c: q.compare_values(c, f, indicator, None), lambda c: q.left_out_counts(c, f, indicator)],
        "trends": [lambda c: q.trend_schools(c, f, indicator),
                   lambda c: q.trend_values(c, Filters(schools=tuple(schools[:8])), indicator),
                   lambda c: q.membership_composition(c, Filters(schools=tuple(schools[:6]))),
                   lambda c: q.rate_values(c, f, None)],
        "school": [lambda c: q.school_card(c, school), lambda c: q.school_documents(c, school),
                   lambda c: q.school_figures(c, school), lambda c: q.school_awards(c, school),
                   lambda c: q.peer_medians(c, school)],
        "evidence": [lambda c: q.evidence_rows(c, f), lambda c: q.evidence_awards(c, f)],
    }


def bench_queries(quick: bool, work: Path, observations: int | None = None) -> dict:
    """Every page's queries against a synthetic warehouse, each on a fresh connection as the app does."""
    import random
    import statistics

    from etl.warehouse import session

    observations = observations or (200_000 if quick else 1_000_000)
    db = str(work / f"queries_{observations}.duckdb")
    started = time.perf_counter()
    built = synthetic.build_warehouse(db, observations)
    build_s = time.perf_counter() - started
    rng = random.Random(3)
    timings: dict[str, list[float]] = {}
    rounds = 8 if quick else 20
    for _ in range(rounds):
        for page, fns in page_queries_with(db, rng).items():
            for i, fn in enumerate(fns):
                t0 = time.perf_counter()
                with session(db) as con:
                    fn(con)
                timings.setdefault(f"{page}.{i}", []).append((time.perf_counter() - t0) * 1000)
    p95 = {k: sorted(v)[int(0.95 * (len(v) - 1))] for k, v in timings.items()}
    slowest = max(p95, key=p95.get)
    pages = {}
    for key, value in p95.items():
        page = key.split(".")[0]
        pages[page] = max(pages.get(page, 0), value)
    return {
        "observations": built["observations"],
        "schools": built["schools"],
        "synthetic_build_s": round(build_s, 2),
        "query_p95_ms": round(p95[slowest], 1),
        "query_slowest": slowest,
        "query_median_ms": round(statistics.median(x for v in timings.values() for x in v), 1),
        **{f"query_p95_ms_{page}": round(v, 1) for page, v in pages.items()},
    }


def page_queries_with(db: str, rng) -> dict:
    from etl.warehouse import session

    with session(db) as con:
        return page_queries(con, rng)


def bench_export(quick: bool, work: Path) -> dict:
    """A six-chart briefing deck (PNG on the system Chromium, then PPTX): first from a cold start, then warm."""
    from dashboard import briefing, queries
    from dashboard.exports import deck, export_figure, source_line, to_png
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

        def query(name, **params):
            return getattr(queries, name)(con, **params)

        catalog = query("indicators")
        charts = briefing.default_charts(query, Filters(), "zh")
        for indicator in ("branches", "students_assisted", "party_lectures"):
            if len(charts) < 6:
                made = briefing.compare_chart(query, Filters(), indicator,
                                              str(catalog[catalog["id"] == indicator].iloc[0]["name_zh"]), "zh", "")
                charts += [made] if made else []
    charts = charts[:6]
    footer = source_line(20, 0, "zh")
    timings = {}
    for label in ("cold", "warm"):
        started = time.perf_counter()
        slides = [(c, to_png(export_figure(c, footer, "zh"))) for c in charts]
        data = deck("党建工作简报（基准测试）", "SYNTHETIC BENCHMARK", slides)
        timings[label] = time.perf_counter() - started
    return {"export_charts": len(charts), "export_deck_cold_s": round(timings["cold"], 2),
            "export_deck_warm_s": round(timings["warm"], 2), "export_deck_bytes": len(data)}


SECTIONS = {"extract": bench_extract, "queries": bench_queries, "export": bench_export}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: finishes within two minutes")
    parser.add_argument("--only", nargs="+", choices=sorted(SECTIONS), help="run only these sections")
    args = parser.parse_args(argv)
    results: dict = {"quick": args.quick, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="pbd-bench-") as tmp:
        for name in args.only or list(SECTIONS):
            started = time.perf_counter()
            results.update(SECTIONS[name](args.quick, Path(tmp)))
            results[f"{name}_wall_s"] = round(time.perf_counter() - started, 2)
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
