"""The extractor against the hand-made gold annotations, scored by ../shared/tools/score_extraction.py."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, SEEDS, SHARED, run_cli

FLOORS = {"metric_f1": 0.90, "award_f1": 0.80, "school_names": 0.90, "qualifiers": 0.95}


@pytest.mark.parametrize("gold", [SEEDS, CORPUS], ids=["seeds", "corpus"])
def test_accuracy_floors(gold, tmp_path):
    extracted = run_cli("extract", "--json", str(gold))
    assert extracted.returncode == 0, extracted.stderr
    pred = tmp_path / "pred.jsonl"
    pred.write_text(extracted.stdout, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_extraction.py"), "--gold", str(gold), "--pred", str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )
    result = json.loads(scored.stdout)
    got = {
        "metric_f1": result["metrics"]["f1"],
        "award_f1": result["awards"]["f1"],
        "school_names": result["school_name_accuracy"],
        "qualifiers": result["qualifier_agreement"],
    }
    below = {k: v for k, v in got.items() if v is None or v < FLOORS[k]}
    assert not below, f"under the floors {FLOORS}: {below}; missed {result['missed']}; spurious {result['spurious']}"
