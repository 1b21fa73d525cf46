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


SECTIONS = {"extract": bench_extract}


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
