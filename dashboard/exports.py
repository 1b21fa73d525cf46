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
from dataclasses import dataclass  # noqa: E402

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


def warm_up() -> None:
    """Start the renderer and draw a small figure, so that the first export a user asks for does not
    wait for Chromium to start (asgi.py calls it in the background at server start). Where exports
    cannot run, nothing happens: the briefing page explains why."""
    import logging

    try:
        to_png(go.Figure(go.Bar(x=[1], y=[1])), width=200, height=120, scale=1)
    except ExportUnavailable:
        pass
    except Exception:  # a renderer that fails here will say why when a user exports
        logging.getLogger("pbd").warning("the export renderer did not start", exc_info=True)


def to_png(fig: go.Figure, width: int = PNG_WIDTH, height: int = PNG_HEIGHT, scale: int = PNG_SCALE) -> bytes:
    """Render a figure to PNG on the server (kaleido driving the system Chromium)."""
    import kaleido

    with _server_lock:
        _ensure_server()
        return kaleido.calc_fig_sync(fig.to_plotly_json(), opts={"format": "png", "width": width, "height": height,
                                                                  "scale": scale})


@dataclass(frozen=True)
class Sources:
    """The files a chart's figures come from: reports by file name, sheets by the name they were
    uploaded under."""

    reports: tuple[str, ...] = ()
    sheets: tuple[str, ...] = ()

    def names(self) -> list[str]:
        return sorted({*self.reports, *self.sheets})


@dataclass
class Chart:
    """One chart of a briefing: its figure, the data behind it, where that data comes from (None:
    not known apart from the page's filters) and a few sentences on what it shows."""

    key: str
    title: str
    figure: go.Figure
    data: pd.DataFrame
    subtitle: str = ""
    sources: Sources | None = None
    summary: str = ""


def source_line(reports: int, sheets: int, lang: str = "zh", day: dt.date | None = None) -> str:
    """"来源：3 份报告、1 份报表 · 生成于 …" / "Sources: 3 reports, 1 sheet · generated …": the kinds
    there are, each counted with its measure word or in the singular or plural."""
    from dashboard.summaries import COUNTED, count_words

    day = day or dt.date.today()
    counts = [(n, kind) for n, kind in ((reports, "report"), (sheets, "sheet")) if n]
    if lang == "zh":  # spaced as the app's own labels are ("3 份报告")
        parts = [f"{n} {COUNTED[kind][0]}" for n, kind in counts]
        return f"来源：{'、'.join(parts) or '无'} · 生成于 {day.isoformat()}"
    parts = [count_words(n, kind, "en") for n, kind in counts]
    label = "Source" if reports + sheets == 1 else "Sources"
    return f"{label}: {', '.join(parts) or 'none'} · generated {day.isoformat()}"


def chart_source_line(chart: Chart, page_counts: tuple[int, int], lang: str = "zh",
                      day: dt.date | None = None) -> str:
    """The source line of one chart: its own sources when they are known, else those of every figure
    under the page's filters (`page_counts`: reports, sheets)."""
    if chart.sources is not None:
        return source_line(len(chart.sources.reports), len(chart.sources.sheets), lang, day)
    return source_line(*page_counts, lang, day)


QUALIFIER_LEGEND = {"zh": "“40+” 至少40　“≈40” 约40　“≤40” 至多40",
                    "en": "\"40+\" at least 40 · \"≈40\" about 40 · \"≤40\" at most 40"}


LEGEND_SIZE = 16


def _legend_width(fig: go.Figure) -> int:
    """The room the legend takes right of the plot (0 without one): the longest entry, its symbol."""
    from dashboard.charts import plain_label, text_width

    shown = [plain_label(trace.name or "") for trace in fig.data if trace.showlegend is not False and trace.name]
    if fig.layout.showlegend is False or (len(shown) < 2 and not any(trace.showlegend for trace in fig.data)):
        return 0
    title = fig.layout.legend.title.text or ""
    widest = max(text_width(text) for text in [*shown, plain_label(title)]) * LEGEND_SIZE
    return int(widest) + 60


def _x_label_room(fig: go.Figure, size: int) -> tuple[int, int]:
    """How far below the plot the category labels of upright bars reach, and how far left of it the
    first one does, in pixels ((0, 0) without them). Labels too wide to stand side by side are drawn
    slanted at 30 degrees, as plotly would, ending under their bar."""
    import math

    from dashboard.charts import plain_label, text_width

    names = [plain_label(x) for trace in fig.data if trace.type == "bar" and trace.orientation != "h"
             for x in (trace.x if trace.x is not None else ()) if isinstance(x, str)]
    if not names:
        return 0, 0
    names = list(dict.fromkeys(names))
    widest = max(text_width(name) for name in names) * size
    if len(names) * (widest + size) <= PNG_WIDTH - 200:
        return 2 * size, 0
    slant = math.radians(30)
    below = int(widest * math.sin(slant) + size * math.cos(slant)) + size
    half_bar = (PNG_WIDTH - 200) / len(names) / 2
    left = int(text_width(names[0]) * size * math.cos(slant) - half_bar) + size
    return below, left


BAR_ROW = 64  # px: the most a row of horizontal bars takes in an export before its bars get thinner


def _thin_bars(fig: go.Figure, plot_height: float) -> None:
    """Horizontal bars of a few rows keep about the thickness they have on the page: the export's
    fixed height would otherwise draw two schools as two bars a third of the picture high."""
    bars = [trace for trace in fig.data if trace.type == "bar" and trace.orientation == "h" and trace.width is None]
    rows = len({y for trace in bars if trace.y is not None for y in trace.y})  # y: a tuple or an array
    if bars and rows and plot_height / rows > BAR_ROW:
        for trace in bars:
            trace.width = 0.8 * BAR_ROW * rows / plot_height


def export_figure(chart: Chart, footer: str | None, lang: str = "zh") -> go.Figure:
    """The figure as it goes into a briefing: 16:9, CJK font, title, subtitle, source line (`footer`;
    None where the slide or page around the picture carries it) and qualifier legend."""
    from dashboard.charts import label

    fig = go.Figure(chart.figure)
    subtitle = f"<br><span style='font-size:20px;color:{theme.MUTED}'>{label(chart.subtitle)}</span>" \
        if chart.subtitle else ""
    # the bottom margin holds the category labels (when they run long and slant), then the footer
    labels, left = _x_label_room(fig, 18)
    top, bottom = 150, max(150, labels + 80)
    if labels:
        fig.update_xaxes(tickangle=-30 if labels > 36 else 0, automargin=False)
    fig.update_layout(
        template=theme.TEMPLATE_NAME,
        width=PNG_WIDTH, height=PNG_HEIGHT,
        font=dict(family=theme.EXPORT_FONT, size=18, color=theme.INK),
        title=dict(text=f"<b>{label(chart.title)}</b>{subtitle}", x=0.02, xanchor="left", yref="container",
                   y=1 - 58 / PNG_HEIGHT, yanchor="top", font=dict(family=theme.EXPORT_FONT, size=30)),
        margin=dict(l=max(70, left), r=70 + _legend_width(fig), t=top, b=bottom),
        legend=dict(font=dict(family=theme.EXPORT_FONT, size=LEGEND_SIZE), x=1.01, xanchor="left"),
    )
    _thin_bars(fig, PNG_HEIGHT - top - bottom)
    # the footer sits in the bottom margin, below the axis labels: paper coordinates from the plot area
    footer_y = -(bottom - 40) / (PNG_HEIGHT - top - bottom)
    notes = [(footer, 0, "left")] if footer else []
    for text, x, anchor in [*notes, (QUALIFIER_LEGEND.get(lang, QUALIFIER_LEGEND["zh"]), 1, "right")]:
        fig.add_annotation(text=label(text), xref="paper", yref="paper", x=x, y=footer_y, xanchor=anchor,
                           yanchor="top", showarrow=False,
                           font=dict(family=theme.EXPORT_FONT, size=16, color=theme.MUTED))
    return fig


def png_zip(pngs: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in pngs.items():
            archive.writestr(name, data)
    return buffer.getvalue()
