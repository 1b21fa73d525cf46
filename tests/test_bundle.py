"""The bundled data is the extractor's own output on the seed reports, and stays so."""

from etl.bundle import BUNDLE_PATH, read_bundle
from tests.conftest import SEEDS, run_cli


def test_rerunning_the_extractor_reproduces_the_bundled_sheet(tmp_path):
    out = tmp_path / "seed_figures.csv"
    result = run_cli("extract", "--sheet", str(out), str(SEEDS))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == BUNDLE_PATH.read_text(encoding="utf-8"), (
        "data/seed_figures.csv is stale: regenerate it with `python -m etl extract --sheet data/seed_figures.csv "
        "../shared/seeds`"
    )


def test_bundle_round_trips():
    docs = read_bundle()
    assert len(docs) == 5
    jinghua = next(d for d in docs if d.document.doc.startswith("001"))
    assert jinghua.document.school == "黔江区菁华小学校"
    assert ("members_full", 20.0) in {(m.indicator, m.value) for m in jinghua.metrics}
    assert all(m.evidence for d in docs for m in d.metrics)
