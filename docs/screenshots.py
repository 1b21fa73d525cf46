"""Make the README's pictures (`make screenshots`): the overview page as Chromium shows it, a chart
exported as PNG in Chinese and in English, and one slide of the PowerPoint deck as
PowerPoint-compatible software draws it (LibreOffice, then pdftoppm; both from Debian's packages,
installed by this target only).

The warehouse is built in a temporary folder from the bundled data and the reports in ../shared
(seeds and corpus); the footers carry a fixed date.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DAY = dt.date(2026, 11, 30)  # a fixed date in the footers, so that the pictures do not change daily


def _warehouse(folder: Path) -> str:
    from etl.build import build
    from etl.extract import extract_file
    from etl.load import load_report
    from etl.reading import report_files
    from etl.settings import shared_dir
    from etl.warehouse import session

    path = str(folder / "warehouse.duckdb")
    build(path)
    with session(path) as con:
        for report in report_files([shared_dir() / "seeds", shared_dir() / "corpus"]):
            load_report(con, extract_file(report), who="docs")
    return path


def _charts(lang: str):
    from dashboard import briefing
    from dashboard.filters import Filters

    def query(read, **params):
        return read(**params)

    return briefing.default_charts(query, Filters(), lang)


def _slide_png(deck: bytes, folder: Path, slide: int) -> bytes:
    """One slide of a deck as LibreOffice draws it."""
    pptx = folder / "deck.pptx"
    pptx.write_bytes(deck)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(pptx)],
                   check=True, capture_output=True, timeout=180)
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", str(slide), "-l", str(slide), "-singlefile",
                    str(folder / "deck.pdf"), str(folder / "slide")], check=True, timeout=120)
    return (folder / "slide.png").read_bytes()


def _page_png(db: str, path: str) -> bytes:
    """A page of the app as `make run` serves it, in Chromium, once its first chart is drawn."""
    from playwright.sync_api import sync_playwright

    from etl.settings import browser_path
    from tests.conftest import CHROMIUM_ARGS, AppServer, wait_for_app

    server = AppServer(db)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=browser_path(), args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
            page.goto(server.url + path)
            wait_for_app(page)
            page.locator("svg.pbd-chart").first.wait_for(timeout=60_000)
            page.wait_for_timeout(1000)  # the page's last elements settle
            shot = page.screenshot()
            browser.close()
            return shot
    finally:
        server.stop()


def main() -> None:
    import os

    from dashboard import briefing, exports
    from dashboard.i18n import t

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["PBD_DB"] = _warehouse(folder)
        (DOCS / "overview.png").write_bytes(_page_png(os.environ["PBD_DB"], "/overview"))
        print("docs/overview.png: the overview page")
        for lang in ("zh", "en"):
            chart = max(_charts(lang), key=lambda c: len(c.data))  # the default chart with the most rows
            footer = exports.chart_source_line(chart, (0, 0), lang, DAY)
            (DOCS / f"export_{lang}.png").write_bytes(exports.to_png(exports.export_figure(chart, footer, lang)))
            print(f"docs/export_{lang}.png: {chart.title}")
        made = [(c, exports.chart_source_line(c, (0, 0), "zh", DAY)) for c in _charts("zh")]
        deck = briefing.deck_file(made, t("briefing_default_title", "zh"), DAY, "zh")
        (DOCS / "deck_slide.png").write_bytes(_slide_png(deck, folder, 2))
        print("docs/deck_slide.png: slide 2 of the deck")


if __name__ == "__main__":
    sys.exit(main())
