"""Data exports (CSV, XLSX) that are safe to open in a spreadsheet."""

from __future__ import annotations

import io

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """Prefix text that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out.columns = [neutralize(str(c)) for c in out.columns]
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralize)
    return out


def safe_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, so that Excel shows Chinese correctly; formulas neutralized."""
    return safe_frame(df).to_csv(index=False).encode("utf-8-sig")


def safe_xlsx(frames: dict[str, pd.DataFrame]) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, df in frames.items():
            safe_frame(df).to_excel(writer, sheet_name=str(name)[:31] or "data", index=False)
    return buffer.getvalue()


# ------------------------------------------------------------------ PNG and PowerPoint

import datetime as dt  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import threading  # noqa: E402
import zipfile  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402

import plotly.graph_objects as go  # noqa: E402

from dashboard import theme  # noqa: E402

PNG_WIDTH, PNG_HEIGHT, PNG_SCALE = 1600, 900, 2
_server_lock = threading.Lock()
_server_started = False


class ExportUnavailable(Exception):
    """PNG export cannot run here; the message says what to install."""


def export_problem() -> str | None:
    """Why server-side PNG export cannot run, or None when Chromium and the CJK fonts are there."""
    from etl.settings import browser_path

    path = browser_path()
    if not (shutil.which(path) or (path and __import__("os").path.exists(path))):
        return f"chromium ({path}) is not installed: sudo apt-get install chromium"
    if shutil.which("fc-list"):
        families = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
        if theme.EXPORT_FONT not in families:
            return f"the {theme.EXPORT_FONT} font is not installed: sudo apt-get install fonts-noto-cjk"
    else:
        return "fontconfig is not installed: sudo apt-get install fonts-noto-cjk"
    return None


def _ensure_server() -> None:
    """One warm kaleido server for the process: a cold start costs seconds, a warm render well under one."""
    global _server_started
    if _server_started:
        return
    problem = export_problem()
    if problem:
        raise ExportUnavailable(problem)
    import kaleido

    from etl.settings import browser_path

    # MathJax would otherwise be fetched from a CDN; the charts use none
    kaleido.start_sync_server(path=browser_path(), mathjax=False, silence_warnings=True)
    _server_started = True


def to_png(fig: go.Figure, width: int = PNG_WIDTH, height: int = PNG_HEIGHT, scale: int = PNG_SCALE) -> bytes:
    """Render a figure to PNG on the server (kaleido driving the system Chromium)."""
    import kaleido

    with _server_lock:
        _ensure_server()
        return kaleido.calc_fig_sync(fig.to_plotly_json(), opts={"format": "png", "width": width, "height": height,
                                                                  "scale": scale})


@dataclass
class Chart:
    """One chart of a briefing: its figure, the data behind it and where that data comes from."""

    key: str
    title: str
    figure: go.Figure
    data: pd.DataFrame
    subtitle: str = ""
    sources: list[str] = field(default_factory=list)


def source_line(reports: int, sheets: int, lang: str = "zh", day: dt.date | None = None) -> str:
    day = day or dt.date.today()
    if lang == "zh":
        return f"来源：{reports} 份报告、{sheets} 份报表 · 生成于 {day.isoformat()}"
    return f"Sources: {reports} reports, {sheets} sheets · generated {day.isoformat()}"


QUALIFIER_LEGEND = {"zh": "“40+” 至少40　“≈40” 约40　“≤40” 至多40",
                    "en": "\"40+\" at least 40 · \"≈40\" about 40 · \"≤40\" at most 40"}


def export_figure(chart: Chart, footer: str, lang: str = "zh") -> go.Figure:
    """The figure as it goes into a briefing: 16:9, CJK font, title, subtitle, source and qualifier legend."""
    import html

    fig = go.Figure(chart.figure)
    subtitle = f"<br><span style='font-size:20px;color:{theme.MUTED}'>{html.escape(chart.subtitle)}</span>" \
        if chart.subtitle else ""
    top, bottom = 150, 150
    fig.update_layout(
        template=theme.TEMPLATE_NAME,
        width=PNG_WIDTH, height=PNG_HEIGHT,
        font=dict(family=theme.EXPORT_FONT, size=18, color=theme.INK),
        title=dict(text=f"<b>{html.escape(chart.title)}</b>{subtitle}", x=0.02, xanchor="left", yref="container",
                   y=1 - 58 / PNG_HEIGHT, yanchor="top", font=dict(family=theme.EXPORT_FONT, size=30)),
        margin=dict(l=70, r=70, t=top, b=bottom),
        legend=dict(font=dict(family=theme.EXPORT_FONT, size=16)),
    )
    # the footer sits in the bottom margin, below the axis labels: paper coordinates from the plot area
    footer_y = -(bottom - 40) / (PNG_HEIGHT - top - bottom)
    for text, x, anchor in ((footer, 0, "left"), (QUALIFIER_LEGEND.get(lang, QUALIFIER_LEGEND["zh"]), 1, "right")):
        fig.add_annotation(text=html.escape(text), xref="paper", yref="paper", x=x, y=footer_y, xanchor=anchor,
                           yanchor="top", showarrow=False,
                           font=dict(family=theme.EXPORT_FONT, size=16, color=theme.MUTED))
    return fig


def png_zip(pngs: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in pngs.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def deck(title: str, subtitle: str, slides: list[tuple[Chart, bytes]]) -> bytes:
    """A 16:9 PowerPoint: a title slide, then one slide per chart (title and picture; sources in the notes)."""
    from pptx import Presentation
    from pptx.util import Emu, Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = title
    cover.placeholders[1].text = subtitle
    for chart, png in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = chart.title
        slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(28)
        top = Inches(1.35)
        height = prs.slide_height - top - Inches(0.25)
        width = int(height * PNG_WIDTH / PNG_HEIGHT)
        left = Emu((prs.slide_width - width) // 2)
        slide.shapes.add_picture(io.BytesIO(png), left, top, width=width, height=height)
        notes = [chart.subtitle] if chart.subtitle else []
        notes += chart.sources
        slide.notes_slide.notes_text_frame.text = "\n".join(notes)
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()
