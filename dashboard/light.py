"""Light charts for the first page: SVG drawn here and shown by a small component of our own.

A first visit to the overview would otherwise wait for plotly's module (4.7 MB, most of a second of
the browser's main thread on this machine) before its first chart; BENCHMARKS.md "First paint" has
the timings. The overview's two charts are therefore drawn as SVG on the server: each mark says what
it is on hover (an SVG title), and a mark with a `data-pick` value hands it to the page when clicked
or chosen with the keyboard. Exports and the briefing still use the plotly figures of `charts`.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from dashboard import theme
from dashboard.charts import coverage_grid, text_width
from dashboard.i18n import labelled, place, t

WIDTH = 1000  # the drawing's own width in px; the page scales it to the column
FONT = 13  # px, labels
TITLE_FONT = 16
LOW = "#fde0dd"  # the colour of a cell with the fewest years; the most have theme.PRIMARY
EMPTY = "#f5f7fa"
SLANT = math.radians(40)  # the indicator names under the heatmap

_HERE = Path(__file__).parent


def _text(value) -> str:
    return html.escape(str(value), quote=True)


def _fit(text: str, ems: float) -> str:
    """`text` cut with "…" to about `ems` ems of its font (charts.text_width)."""
    if text_width(text) <= ems:
        return text
    while text and text_width(text) > ems - 1:
        text = text[:-1]
    return text + "…"


def _mix(low: str, high: str, share: float) -> str:
    """The colour `share` of the way from `low` to `high` (#rrggbb)."""
    a = [int(low[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(high[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def _svg(width: float, height: float, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="pbd-chart" viewBox="0 0 {width:.0f} {height:.0f}" '
            f'role="img" aria-label="{_text(title)}" font-family="{_text(theme.FONT_FAMILY)}" '
            f'font-size="{FONT}" fill="currentColor">'
            f'<text x="0" y="{TITLE_FONT + 4}" font-size="{TITLE_FONT}" font-weight="600">{_text(title)}</text>'
            + "".join(body) + "</svg>")


def _mark(tag: str, attributes: str, tip: str, pick=None) -> str:
    """A shape with its hover text; with `pick`, clickable and reachable with the keyboard."""
    if pick is not None:
        attributes += (f' data-pick="{_text(json.dumps(pick, ensure_ascii=False))}" tabindex="0" role="link"'
                       f' aria-label="{_text(tip)}"')
    return f"<{tag} {attributes}><title>{_text(tip)}</title></{tag}>"


def coverage_svg(df: pd.DataFrame, lang: str) -> str:
    """The coverage heatmap (charts.coverage_heatmap) as SVG; a cell with data picks its school's id."""
    title = t("coverage_title", lang)
    if df.empty:
        return _svg(WIDTH, 40, title, [])
    grid, years_text, ids = coverage_grid(df, lang)
    schools, indicators = list(grid.index), list(grid.columns)
    top_z = max(1, int(grid.max().max()))
    legend_title = t("years_with_data", lang)
    legend = max(70.0, text_width(legend_title) * (FONT - 2) + 16)
    left = min(280.0, max(text_width(s) for s in schools) * FONT + 12)
    cell_w = max(26.0, min(80.0, (WIDTH - left - legend) / len(indicators)))
    width = max(WIDTH, left + cell_w * len(indicators) + legend)  # many indicators: a wider drawing, scaled down
    cell_h, top = 30.0, TITLE_FONT + 24
    label_ems = 20
    labels = [_fit(i, label_ems) for i in indicators]
    bottom = max(text_width(x) for x in labels) * FONT * math.sin(SLANT) + FONT * 2
    height = top + cell_h * len(schools) + bottom
    body = []
    for row, school in enumerate(schools):
        y = top + row * cell_h
        body.append(f'<text x="{left - 8:.1f}" y="{y + cell_h / 2 + FONT * 0.35:.1f}" text-anchor="end">'
                    f'{_text(_fit(school, (left - 12) / FONT))}<title>{_text(school)}</title></text>')
        for col, indicator in enumerate(indicators):
            x = left + col * cell_w
            box = f'x="{x + 1:.1f}" y="{y + 1:.1f}" width="{cell_w - 2:.1f}" height="{cell_h - 2:.1f}"'
            z = grid.at[school, indicator]
            if pd.isna(z):
                body.append(f'<rect {box} class="empty" fill="{EMPTY}"/>')
                continue
            tip = "\n".join([labelled(t("school", lang), school, lang), labelled(t("indicator", lang), indicator, lang),
                             labelled(legend_title, int(z), lang), years_text.get((school, indicator), "")])
            body.append(_mark("rect", f'{box} fill="{_mix(LOW, theme.PRIMARY, z / top_z)}"', tip.strip(),
                              pick=int(ids[school])))
    base = top + cell_h * len(schools) + FONT
    for col, name in enumerate(labels):
        x = left + (col + 0.5) * cell_w
        body.append(f'<text transform="translate({x:.1f},{base:.1f}) rotate(-40)" text-anchor="end">'
                    f'{_text(name)}<title>{_text(indicators[col])}</title></text>')
    body += _scale(width - legend + 12, top, min(160.0, cell_h * max(3, len(schools))), top_z, legend_title)
    return _svg(width, height, title, body)


def _scale(x: float, y: float, length: float, top_z: int, title: str) -> list[str]:
    """The heatmap's colour scale: a bar from 0 (bottom) to `top_z` years, whole years marked."""
    out = [f'<text x="{x:.1f}" y="{y - 6:.1f}" font-size="{FONT - 2}">{_text(title)}</text>',
           '<defs><linearGradient id="pbd-scale" x1="0" y1="1" x2="0" y2="0">'
           f'<stop offset="0" stop-color="{LOW}"/><stop offset="1" stop-color="{theme.PRIMARY}"/></linearGradient></defs>',
           f'<rect x="{x:.1f}" y="{y:.1f}" width="14" height="{length:.1f}" fill="url(#pbd-scale)"/>']
    step = max(1, math.ceil(top_z / 6))
    for z in range(0, top_z + 1, step):
        ty = y + length * (1 - z / top_z)
        out.append(f'<text x="{x + 20:.1f}" y="{ty + FONT * 0.35:.1f}" font-size="{FONT - 2}">{z}</text>')
    return out


def region_svg(df: pd.DataFrame, level_name: str, lang: str) -> str:
    """Schools with data per region (charts.region_bars) as SVG; a known region's bar picks its name."""
    title = t("regions_title", lang)
    if df.empty:
        return _svg(WIDTH, 40, title, [])
    regions = [r if isinstance(r, str) and r else "" for r in df["region"]]  # "": unknown
    names = [place(r, lang) or t("region_unknown", lang) for r in regions]
    left = min(240.0, max(text_width(n) for n in names) * FONT + 12)
    bar_h, top = 28.0, TITLE_FONT + 20
    room = WIDTH - left - 60  # the longest bar, with its count after it
    most = max(1, int(df["schools"].max()))
    body = []
    for row, (region, name, schools, figures) in enumerate(zip(regions, names, df["schools"], df["figures"],
                                                              strict=True)):
        y = top + row * bar_h
        length = max(2.0, room * int(schools) / most)
        tip = "\n".join([labelled(level_name, name, lang), labelled(t("schools", lang), int(schools), lang),
                         labelled(t("figures_count", lang), int(figures), lang)])
        body.append(f'<text x="{left - 8:.1f}" y="{y + bar_h / 2 + FONT * 0.35:.1f}" text-anchor="end">'
                    f'{_text(_fit(name, (left - 12) / FONT))}<title>{_text(name)}</title></text>')
        body.append(_mark("rect", f'x="{left:.1f}" y="{y + 4:.1f}" width="{length:.1f}" height="{bar_h - 8:.1f}" '
                                  f'fill="{theme.PRIMARY if region else theme.OTHER_COLOR}"', tip,
                          pick=region or None))
        body.append(f'<text x="{left + length + 6:.1f}" y="{y + bar_h / 2 + FONT * 0.35:.1f}">{int(schools)}</text>')
    axis_y = top + bar_h * len(regions) + FONT + 6
    body.append(f'<text x="{left:.1f}" y="{axis_y:.1f}" class="muted" fill="{theme.MUTED}">{_text(t("schools", lang))}</text>')
    return _svg(WIDTH, axis_y + 8, title, body)


_COMPONENT = None


def _component():
    """The component, registered once per process (Streamlit keeps it by name)."""
    global _COMPONENT
    if _COMPONENT is None:
        import streamlit as st

        _COMPONENT = st.components.v2.component(
            "pbd_light_chart", js=(_HERE / "light.js").read_text(), css=(_HERE / "light.css").read_text())
    return _COMPONENT


def show(svg: str, *, key: str, on_pick: Callable[[dict], None] | None = None) -> None:
    """Draw `svg`; a click on a mark with a `data-pick` value calls `on_pick` with it, in the shape of
    a plotly point (the value last in its customdata), so that one handler serves both kinds of chart."""
    result = _component()(data=svg, key=f"light_{key}", on_pick_change=lambda: None)
    picked = getattr(result, "pick", None) if result is not None else None
    if picked and on_pick is not None:
        on_pick({"customdata": [json.loads(picked)]})
