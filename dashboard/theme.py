"""One theme for the screen and the exports: fonts, palette, one colour per school, award levels."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

# Noto Sans CJK SC is what the exports render with (Debian fonts-noto-cjk); browsers fall back to
# the system's Chinese UI fonts.
FONT_FAMILY = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
EXPORT_FONT = "Noto Sans CJK SC"
# The font of text in PowerPoint and Word files: the one every Windows Office has for Chinese.
OFFICE_FONT = "Microsoft YaHei"

PRIMARY = "#c8102e"
INK = "#1f2933"
MUTED = "#7b8794"
GRID = "#e4e7eb"

# 24 distinguishable colours; a school keeps its colour on every page and in every export.
SCHOOL_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d",
    "#31a354", "#756bb1", "#636363", "#fd8d3c", "#6baed6", "#74c476", "#9e9ac8", "#e7969c",
)

AWARD_LEVEL_COLORS = {
    "national": "#b2182b",
    "provincial": "#ef8a62",
    "municipal": "#fddbc7",
    "district": "#67a9cf",
    "school": "#2166ac",
    "unknown": "#bababa",
}
AWARD_LEVEL_ORDER = ("national", "provincial", "municipal", "district", "school", "unknown")

MEMBERSHIP_COLORS = {
    "members_full": "#c8102e",
    "members_probationary": "#f4a582",
    "activists": "#92c5de",
    "members_total": "#b2182b",
}

CATEGORICAL = SCHOOL_PALETTE
# Schools beyond the palette, drawn together as "others".
OTHER_COLOR = "#c1c7cd"


def school_color(school_id: int) -> str:
    return SCHOOL_PALETTE[int(school_id) % len(SCHOOL_PALETTE)]


def template() -> go.layout.Template:
    return go.layout.Template(
        layout=go.Layout(
            font=dict(family=FONT_FAMILY, size=14, color=INK),
            title=dict(font=dict(size=20), x=0.01, xanchor="left"),
            paper_bgcolor="white",
            plot_bgcolor="white",
            colorway=list(SCHOOL_PALETTE),
            xaxis=dict(gridcolor=GRID, zerolinecolor=GRID, automargin=True),
            yaxis=dict(gridcolor=GRID, zerolinecolor=GRID, automargin=True),
            legend=dict(bgcolor="rgba(255,255,255,0.8)"),
            hoverlabel=dict(font=dict(family=FONT_FAMILY)),
            margin=dict(l=16, r=16, t=64, b=16),
        )
    )


pio.templates["pbd"] = template()
TEMPLATE_NAME = "pbd"
