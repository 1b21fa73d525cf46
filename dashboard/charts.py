"""Chart builders: DataFrame in, plotly Figure out. No Streamlit here; tests assert on the figures."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard import theme
from dashboard.i18n import t


def school_name(row, lang: str) -> str:
    """The school's name in the UI language, falling back to the other one."""
    zh, en = row.get("name_zh"), row.get("name_en")
    first, second = (zh, en) if lang == "zh" else (en, zh)
    return first if isinstance(first, str) and first else (second or "?")


def school_names(df: pd.DataFrame, lang: str) -> pd.Series:
    if df.empty:
        return pd.Series([], dtype=object)
    return df.apply(lambda r: school_name(r, lang), axis=1)


def indicator_names(df: pd.DataFrame, lang: str, column: str = "indicator") -> pd.Series:
    return df[f"{column}_{lang}"] if f"{column}_{lang}" in df else df[f"{column}_id"]


def _base(fig: go.Figure, title: str) -> go.Figure:
    fig.update_layout(template=theme.TEMPLATE_NAME, title=dict(text=title))
    return fig


def coverage_heatmap(df: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """School x indicator, shaded by the number of years with data (`years` lists them, 0 = undated)."""
    title = t("coverage_title", lang)
    if df.empty:
        return _base(go.Figure(), title)
    data = df.assign(school=school_names(df, lang), indicator=indicator_names(df, lang))
    grid = data.pivot_table(index="school", columns="indicator", values="years_with_data", aggfunc="max")
    grid = grid.reindex(columns=sorted(grid.columns, key=lambda c: (-grid[c].notna().sum(), c)))
    years_text = {
        (r.school, r.indicator): ", ".join(str(int(y)) if y else t("no_year", lang) for y in r.years)
        for r in data.itertuples()
    }
    hover = [[years_text.get((s, i), "") for i in grid.columns] for s in grid.index]
    fig = go.Figure(
        go.Heatmap(
            z=grid.values,
            x=list(grid.columns),
            y=list(grid.index),
            customdata=hover,
            colorscale=[[0, "#fde0dd"], [1, theme.PRIMARY]],
            zmin=0,
            zmax=max(1, int(grid.max().max())),
            xgap=2,
            ygap=2,
            colorbar=dict(title=dict(text=t("years_with_data", lang)), dtick=1),
            hovertemplate=(
                f"{t('school', lang)}: %{{y}}<br>{t('indicator', lang)}: %{{x}}<br>"
                f"{t('years_with_data', lang)}: %{{z}}<br>%{{customdata}}<extra></extra>"
            ),
        )
    )
    fig.update_xaxes(tickangle=-40, side="bottom")
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=max(320, 90 + 36 * len(grid.index)))
    return _base(fig, title)
