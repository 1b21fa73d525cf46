"""Chart builders: DataFrame in, plotly Figure out. No Streamlit here; tests assert on the figures."""

from __future__ import annotations

import html
import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard import theme
from dashboard.i18n import bracketed, format_rate, format_value, place, t


def label(text: str) -> str:
    """`text` as plotly should print it. Plotly reads a subset of HTML in every label (<b>, <br>, <a>)
    but only a few entities (&amp;, &lt;, &gt;, numeric ones): <, > and & are escaped; a quote is
    left as it is, since plotly would print `&quot;` as written."""
    return html.escape(text, quote=False)


def plain_label(text: str) -> str:
    """A label as plotly prints it (what `label` escaped, back as text)."""
    return html.unescape(text)


def school_name(row, lang: str) -> str:
    """The school's name in the UI language, falling back to the other one. In English, a school with
    no English name stored reads its Chinese name in English (etl.english_names: 城南小学 "Chengnan
    Primary School"); a report's school that was not recognised, stored as "未识别学校（file）", reads
    "Unrecognised school (file)"."""
    from etl.english_names import school_name_en
    from etl.schools import unknown_school_document

    zh, en = row.get("name_zh"), row.get("name_en")
    document = unknown_school_document(zh) if isinstance(zh, str) else None
    if lang == "en" and not (isinstance(en, str) and en):
        if document:
            return f"Unrecognised school ({document})"
        if isinstance(zh, str) and zh:
            return school_name_en(zh)
    first, second = (zh, en) if lang == "zh" else (en, zh)
    return first if isinstance(first, str) and first else (second if isinstance(second, str) and second else "?")


def school_names(df: pd.DataFrame, lang: str, *, escape: bool = False) -> pd.Series:
    """Names in the UI language; `escape` for chart labels, where plotly would read <a>, <b> and the like.

    A chart puts rows of the same label on one bar, line or row, so schools that share a name in the
    frame (two "第一中学" of different cities) are told apart by their place, "第一中学（重庆市）",
    or, in one place, by their id, "第一中学 #12"."""
    if df.empty:
        return pd.Series([], dtype=object)
    names = df.apply(lambda r: school_name(r, lang), axis=1)
    if "school_id" in df:
        names = _told_apart(names, df, lang)
    return names.map(label) if escape else names


def _told_apart(names: pd.Series, df: pd.DataFrame, lang: str) -> pd.Series:
    def shared(current: pd.Series) -> pd.Series:
        schools = pd.DataFrame({"name": current, "id": df["school_id"]}).groupby("name")["id"].transform("nunique")
        return schools > 1

    clash = shared(names)
    if not clash.any():
        return names
    # the school's own region label, else its region at the filters' level
    where = df.get("region_label", pd.Series(None, index=df.index)).where(
        lambda v: v.map(lambda x: isinstance(x, str) and bool(x)), df.get("region_top"))
    with_place = [n + bracketed(place(p, lang), lang) if c and isinstance(p, str) and p else n
                  for n, c, p in zip(names, clash, where, strict=True)]
    names = pd.Series(with_place, index=df.index)
    clash = shared(names)
    return names.where(~clash, names + " #" + df["school_id"].astype(str))


def indicator_names(df: pd.DataFrame, lang: str, column: str = "indicator") -> pd.Series:
    return df[f"{column}_{lang}"] if f"{column}_{lang}" in df else df[f"{column}_id"]


def _base(fig: go.Figure, title: str) -> go.Figure:
    fig.update_layout(template=theme.TEMPLATE_NAME, title=dict(text=title))
    return fig


def _whole_ticks(values) -> dict:
    """Axis settings for counts: ticks at whole numbers when the largest is small, where plotly would
    tick 0.2, 0.4 … along a count of 1 or 2. Nothing for fractions or larger counts (their automatic
    ticks are whole already)."""
    numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").dropna()
    if numbers.empty or (numbers % 1 != 0).any() or numbers.max() > 5:
        return {}
    return {"dtick": 1, "tick0": 0}


def _log_ticks(low: float, high: float) -> list[float]:
    """Ticks of a log axis at 1, 2 and 5 times the powers of ten around `low` to `high`, each labelled
    in full: plotly's own labels the second decade "2 3 4 …", meaning 20, 30, 40."""
    ticks, decade = [], 10.0 ** math.floor(math.log10(low))
    while decade <= high * 10:
        ticks += [decade * m for m in (1, 2, 5)]
        decade *= 10
    inside = [v for v in ticks if low / 2 <= v <= high * 2]
    if len(inside) > 8:  # many decades: 1 and 5 times each power of ten
        inside = [v for v in inside if round(v / 10 ** math.floor(math.log10(v))) in (1, 5)]
    return inside if len(inside) >= 2 else ticks[:3]


def _bar_width(categories: int) -> float:
    """The width of upright bars on a category axis of `categories` places, in places: a quarter of
    the chart's width a bar at most, so that one or two categories are not drawn as wide blocks."""
    return min(0.8, 0.25 * max(categories, 1))


def coverage_grid(df: pd.DataFrame, lang: str, *, escape: bool = False) -> tuple[pd.DataFrame, dict, dict]:
    """The coverage heatmap's grid: years with data by school (rows) and indicator (columns, the most
    reported first); the years of each cell in words, by (school, indicator); each row's school id.
    `escape` the names for plotly (`label`)."""
    names = school_names(df, lang, escape=escape)
    indicators = indicator_names(df, lang)
    data = df.assign(school=names, indicator=indicators.map(label) if escape else indicators)
    grid = data.pivot_table(index="school", columns="indicator", values="years_with_data", aggfunc="max")
    grid = grid.reindex(columns=sorted(grid.columns, key=lambda c: (-grid[c].notna().sum(), c)))
    years_text = {
        (r.school, r.indicator): ", ".join(str(int(y)) if y else t("no_year", lang) for y in r.years)
        for r in data.itertuples()
    }
    return grid, years_text, dict(zip(data["school"], data["school_id"], strict=False))


def coverage_heatmap(df: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """School x indicator, shaded by the number of years with data (`years` lists them, 0 = undated)."""
    title = t("coverage_title", lang)
    if df.empty:
        return _base(go.Figure(), title)
    grid, years_text, ids = coverage_grid(df, lang, escape=True)
    fig = go.Figure(
        go.Heatmap(
            z=grid.values,
            x=list(grid.columns),
            y=list(grid.index),
            colorscale=[[0, "#fde0dd"], [1, theme.PRIMARY]],
            zmin=0,
            zmax=max(1, int(grid.max().max())),
            xgap=2,
            ygap=2,
            colorbar=dict(title=dict(text=t("years_with_data", lang)), dtick=1),
            hoverinfo="skip",
        )
    )
    # Plotly's selection events skip heatmaps, so each cell with data carries an invisible square
    # marker: hovering it shows the cell, and a click on it selects it (its school's id last).
    cells = [(school, indicator, grid.at[school, indicator]) for school in grid.index for indicator in grid.columns
             if pd.notna(grid.at[school, indicator])]
    fig.add_trace(go.Scatter(
        x=[c[1] for c in cells], y=[c[0] for c in cells], mode="markers", showlegend=False,
        marker=dict(symbol="square", size=30, color="rgba(0,0,0,0)"),
        customdata=[[years_text.get((school, indicator), ""), int(z), int(ids[school])] for school, indicator, z in cells],
        hovertemplate=(
            f"{t('school', lang)}: %{{y}}<br>{t('indicator', lang)}: %{{x}}<br>"
            f"{t('years_with_data', lang)}: %{{customdata[1]}}<br>%{{customdata[0]}}<extra></extra>"
        ),
    ))
    fig.update_xaxes(tickangle=-40, side="bottom")
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=max(320, 90 + 36 * len(grid.index)))
    return _base(fig, title)


def region_bars(df: pd.DataFrame, level_name: str, lang: str = "zh", title: str | None = None) -> go.Figure:
    """Schools with data per region (`region_counts`), most first; each bar carries its region's name
    last in its customdata ("" where the region is unknown), for a click to narrow the filters to it."""
    title = title or t("regions_title", lang)
    if df.empty:
        return _base(go.Figure(), title)
    regions = [r if isinstance(r, str) else "" for r in df["region"]]  # "": unknown
    fig = go.Figure(go.Bar(
        x=[int(n) for n in df["schools"]], y=[label(place(r, lang)) if r else t("region_unknown", lang) for r in regions],
        orientation="h", text=df["schools"], textposition="outside", cliponaxis=False,
        marker_color=[theme.PRIMARY if r else theme.OTHER_COLOR for r in regions],
        customdata=[[int(f), r] for f, r in zip(df["figures"], regions, strict=True)],
        hovertemplate=(f"{level_name}: %{{y}}<br>{t('schools', lang)}: %{{x}}<br>"
                       f"{t('figures_count', lang)}: %{{customdata[0]}}<extra></extra>"),
    ))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text=t("schools", lang), rangemode="tozero", dtick=max(1, int(df["schools"].max()) // 8))
    fig.update_layout(height=max(240, 90 + 28 * len(df)))
    return _base(fig, title)


# ------------------------------------------------------------------ compare

def school_palette(ranked: list[int]) -> tuple[dict[int, str], set[int]]:
    """Colours for the schools of one chart, `ranked` highest first, and the schools drawn as
    "others". Each school has its usual colour (theme.school_color) unless a higher-ranked school of
    the chart has it already; then the next free one. When there are more schools than colours,
    the first len(palette) - 1 keep theirs and the rest share one grey, named in the legend."""
    palette = theme.SCHOOL_PALETTE
    shown = ranked if len(ranked) <= len(palette) else ranked[:len(palette) - 1]
    colors: dict[int, str] = {}
    for school_id in shown:
        color = theme.school_color(school_id)
        start = palette.index(color)
        taken = set(colors.values())
        colors[school_id] = next(palette[(start + i) % len(palette)] for i in range(len(palette))
                                 if palette[(start + i) % len(palette)] not in taken)
    others = set(ranked[len(shown):])
    colors.update({school_id: theme.OTHER_COLOR for school_id in others})
    return colors, others


def _group_colors(values) -> dict[str, str]:
    return {v: theme.CATEGORICAL[i % len(theme.CATEGORICAL)] for i, v in enumerate(sorted(set(values), key=str))}


def _when(year, period, lang: str) -> str:
    """A figure's year, else its period, else "no year" (tables.year_label), for a chart label."""
    from dashboard.tables import year_label

    return label(year_label(year, period, lang))


def compare_bars(df: pd.DataFrame, indicator_name: str, lang: str = "zh", *, color_by: str = "school",
                 per10: bool = False, title: str | None = None) -> go.Figure:
    """Schools side by side on one indicator, sorted, with the qualifier on each bar ("40+", "≈40"),
    and each bar's year when the bars are not all of one year ("40+ · 2019")."""
    title = title or indicator_name
    if df.empty:
        return _base(go.Figure(), title)
    data = df.assign(school=school_names(df, lang, escape=True))
    column = "per10" if per10 else "value"
    if per10:
        data = data[data["members"].notna() & (data["members"] > 0)].copy()
        data["per10"] = data["value"] / data["members"] * 10
    data = data.sort_values(column, ascending=True)
    if per10:
        labels = [format_value(round(v, 1), q) for v, q in zip(data[column], data["qualifier"], strict=False)]
    else:
        labels = [format_value(v, q) for v, q in zip(data[column], data["qualifier"], strict=False)]
    # each school's latest figure may be of another year: then every bar says which
    when = [_when(y, p, lang) for y, p in zip(data["ref_year"], data.get("period_label", [None] * len(data)),
                                              strict=False)]
    if len(set(when)) > 1:
        labels = [f"{text} · {w}" for text, w in zip(labels, when, strict=True)]
    others: set[int] = set()
    if color_by == "region":
        groups = data["region_top"].map(lambda r: place(r, lang)).fillna(t("level_unknown", lang))
    elif color_by == "level":
        groups = data["level"].map(lambda v: t(f"level_{v}", lang))
    else:
        by_id, others = school_palette(list(data.sort_values(column, ascending=False)["school_id"]))
        groups = pd.Series([t("others", lang) if i in others else name
                            for i, name in zip(data["school_id"], data["school"], strict=True)], index=data.index)
        colors = {group: by_id[i] for i, group in zip(data["school_id"], groups, strict=True)}
    if color_by != "school":
        colors = _group_colors(groups)
    years = [str(int(y)) if pd.notna(y) else t("no_year", lang) for y in data["ref_year"]]
    ids = list(data["school_id"])
    fig = go.Figure()
    for group in dict.fromkeys(groups):
        mask = (groups == group).to_numpy()
        fig.add_trace(go.Bar(
            x=data[column][mask], y=data["school"][mask], orientation="h", name=str(group),
            marker_color=colors.get(group), text=[labels[i] for i in range(len(labels)) if mask[i]],
            textposition="outside", cliponaxis=False,
            # the school's id last: a click on the bar opens its profile (ui.chart_block's on_pick)
            customdata=[[years[i], labels[i], int(ids[i])] for i in range(len(labels)) if mask[i]],
            hovertemplate=(f"%{{y}}<br>{indicator_name}: %{{customdata[1]}}<br>"
                           f"{t('year', lang)}: %{{customdata[0]}}<extra></extra>"),
            # by school, the names are on the axis: a legend only says which bars are the others
            showlegend=color_by != "school" or bool(others),
        ))
    fig.update_yaxes(categoryorder="array", categoryarray=list(data["school"]))
    axis = t("per10_axis", lang).format(indicator=indicator_name) if per10 else indicator_name
    # room right of the longest bar for its label, which is not clipped (cliponaxis) but would run
    # past the plot, and in an export past the picture's edge
    fig.update_xaxes(title_text=axis, range=[0, _LABEL_ROOM * max(float(data[column].max()), 1.0)],
                     **({} if per10 else _whole_ticks(data[column])))
    fig.update_layout(height=max(220, 120 + 36 * len(data)), barmode="overlay", legend_title_text=t(
        "region" if color_by == "region" else "level", lang) if color_by != "school" else None)
    return _base(fig, title)


def small_multiples(frames: dict[str, pd.DataFrame], lang: str = "zh", title: str = "") -> go.Figure:
    """Up to four indicators side by side, one panel each, schools in their own colours."""
    names = list(frames)[:4]
    if not names:
        return _base(go.Figure(), title)
    fig = make_subplots(rows=1, cols=len(names), subplot_titles=panel_titles(names, len(names), lang),
                        horizontal_spacing=0.12)
    all_schools = pd.concat([frames[n] for n in names]) if names else pd.DataFrame()
    order = list(dict.fromkeys(school_names(all_schools, lang, escape=True))) if not all_schools.empty else []
    for col, name in enumerate(names, start=1):
        df = frames[name]
        if df.empty:
            continue
        data = df.assign(school=school_names(df, lang, escape=True))
        fig.add_trace(go.Bar(
            x=data["value"], y=data["school"], orientation="h", name=name, showlegend=False,
            marker_color=[theme.school_color(s) for s in data["school_id"]],
            text=[format_value(v, q) for v, q in zip(data["value"], data["qualifier"], strict=False)],
            textposition="outside", cliponaxis=False,
            hovertemplate=f"%{{y}}<br>{name}: %{{text}}<extra></extra>",
        ), row=1, col=col)
        fig.update_yaxes(categoryorder="array", categoryarray=order[::-1], row=1, col=col,
                         showticklabels=col == 1)
        # the value labels sit right of the bars: the axis leaves them room inside the panel, or the
        # next panel (or, for the last, the figure's edge) would cut them
        fig.update_xaxes(range=[0, _LABEL_ROOM * max(float(data["value"].max()), 1.0)], row=1, col=col,
                         **_whole_ticks(data["value"]))
    fig.update_layout(height=max(320, 120 + 28 * len(order)))
    return _base(fig, title)


# An axis of bars labelled at their ends runs this far past the longest bar.
_LABEL_ROOM = 1.3


def text_width(text: str) -> float:
    """About how wide `text` is drawn, in ems of its font: a Chinese character is as wide as the font
    is high, a Latin one a little over half as wide."""
    return sum(1.0 if ord(char) > 0x2E80 else 0.6 for char in text)


def panel_titles(names: list[str], panels: int, lang: str) -> list[str]:
    """Titles of side-by-side panels that fit above their panels: each broken into lines of about
    the panel's width (a Chinese character is twice a Latin one), at most two, the rest cut with "…"."""
    width = max(6, 48 // max(panels, 1))  # in Chinese characters, for a chart about 1,000 px wide
    out = []
    for name in names:
        lines, line, used = [], "", 0.0
        for char in plain_label(name):
            step = text_width(char)
            if used + step > width:
                lines.append(line)
                line, used = "", 0.0
            line += char
            used += step
        lines.append(line)
        if len(lines) > 2:
            lines = [lines[0], lines[1][:-1] + "…"]
        out.append("<br>".join(label(part) for part in lines))
    return out


# ------------------------------------------------------------------ trends

def trend_lines(df: pd.DataFrame, indicator_name: str, lang: str = "zh", title: str | None = None) -> go.Figure:
    """One line per school over the years; a missing year is a gap, never a zero; targets dashed."""
    title = title or indicator_name
    if df.empty:
        return _base(go.Figure(), title)
    data = df.assign(school=school_names(df, lang, escape=True))
    years = list(range(int(data["ref_year"].min()), int(data["ref_year"].max()) + 1))
    # distinct colours, the schools with the most recent largest figures first
    ranked = list(data.sort_values(["ref_year", "value"], ascending=False)["school_id"].drop_duplicates())
    colors, _ = school_palette(ranked)
    fig = go.Figure()
    for (school_id, school, is_target), group in data.groupby(["school_id", "school", "is_target"], sort=False):
        series = group.drop_duplicates("ref_year").set_index("ref_year").reindex(years)
        label = school + bracketed(t('target', lang), lang) if is_target else school
        text = [format_value(v, q) if pd.notna(v) else ""
                for v, q in zip(series["value"], series["qualifier"], strict=False)]
        fig.add_trace(go.Scatter(
            x=years, y=series["value"], mode="lines+markers", name=label, connectgaps=False,
            line=dict(color=colors[school_id], dash="dash" if is_target else "solid", width=2.5),
            marker=dict(symbol="diamond-open" if is_target else "circle", size=9),
            text=text, hovertemplate=f"{label}<br>{t('year', lang)}: %{{x}}<br>{indicator_name}: %{{text}}<extra></extra>",
        ))
    fig.update_xaxes(title_text=t("year", lang), dtick=1 if len(years) <= 15 else None, tickformat="d")
    fig.update_yaxes(title_text=indicator_name, rangemode="tozero", **_whole_ticks(data["value"]))
    fig.update_layout(legend_title_text=t("school", lang), hovermode="closest")
    return _base(fig, title)


def composition_bars(df: pd.DataFrame, lang: str = "zh", names: dict[str, str] | None = None,
                     title: str | None = None) -> go.Figure:
    """Full members, probationary members and activists by year, stacked, one panel per school."""
    title = title or t("composition_title", lang)
    if df.empty:
        return _base(go.Figure(), title)
    names = names or {}
    data = df.assign(school=school_names(df, lang, escape=True))
    schools = list(dict.fromkeys(data["school"]))[:6]
    titles = panel_titles([plain_label(s) for s in schools], len(schools), lang)
    fig = make_subplots(rows=1, cols=len(schools), subplot_titles=titles, shared_yaxes=True,
                        horizontal_spacing=0.04)
    for col, school in enumerate(schools, start=1):
        part = data[data["school"] == school]
        width = _bar_width(part["ref_year"].nunique())
        for indicator in ("members_full", "members_probationary", "activists"):
            rows = part[part["indicator_id"] == indicator]
            fig.add_trace(go.Bar(
                x=rows["ref_year"].astype(int).astype(str), y=rows["value"], name=names.get(indicator, indicator),
                width=width,
                marker_color=theme.MEMBERSHIP_COLORS[indicator], legendgroup=indicator, showlegend=col == 1,
                hovertemplate=f"{names.get(indicator, indicator)}: %{{y}}<br>{t('year', lang)}: %{{x}}<extra></extra>",
            ), row=1, col=col)
    fig.update_xaxes(type="category")  # years, never 2,017.6: plotly would read "2018" as a number
    fig.update_yaxes(**_whole_ticks(data.groupby(["school", "ref_year"])["value"].sum()))  # the stacks' heights
    fig.update_layout(barmode="stack", height=440, margin=dict(t=110))
    return _base(fig, title)


def rate_bars(df: pd.DataFrame, lang: str = "zh", title: str | None = None) -> go.Figure:
    """Rates ("每月1次") with their cadence: one bar per school and cadence, labelled "1 / month"."""
    title = title or t("rates_title", lang)
    if df.empty:
        return _base(go.Figure(), title)
    data = df.assign(school=school_names(df, lang, escape=True))
    data["label"] = [
        format_rate(v, q, c, lang) for v, q, c in zip(data["value"], data["qualifier"], data["cadence"], strict=False)
    ]
    data["row"] = data["school"] + " · " + data[f"indicator_{lang}"]
    # one bar a row: a school's indicator stated in two cadences has a row for each, named by it
    cadences = data.groupby("row")["cadence"].transform("nunique")
    data["row"] = [row + bracketed(t(f"cadence_{c}", lang), lang) if n > 1 else row
                   for row, c, n in zip(data["row"], data["cadence"], cadences, strict=True)]
    fig = go.Figure()
    for cadence, group in data.groupby("cadence", sort=False):
        fig.add_trace(go.Bar(
            x=group["value"], y=group["row"], orientation="h", name=t(f"cadence_{cadence}", lang),
            text=group["label"], textposition="outside", cliponaxis=False, constraintext="none",
            marker_color=theme.CATEGORICAL[list(data["cadence"].unique()).index(cadence) % len(theme.CATEGORICAL)],
            hovertemplate="%{y}: %{text}<extra></extra>",
        ))
    # room after the longest bar for its label
    fig.update_xaxes(title_text=t("times_per_period", lang), range=[0, max(1.0, float(data["value"].max())) * 1.35],
                     **_whole_ticks(data["value"]))
    fig.update_layout(barmode="overlay", height=max(260, 100 + 32 * len(data)), legend_title_text=t("cadence", lang))
    return _base(fig, title)


# ------------------------------------------------------------------ school profile

def awards_timeline(df: pd.DataFrame, lang: str = "zh", title: str | None = None) -> go.Figure:
    """Honours by year (undated ones at the end), one row per level, coloured by level."""
    title = title or t("awards_timeline_title", lang)
    if df.empty:
        return _base(go.Figure(), title)
    undated = t("no_year", lang)
    data = df.assign(x=[str(int(y)) if pd.notna(y) else undated for y in df["year"]])
    years = sorted({x for x in data["x"] if x != undated}) + ([undated] if undated in set(data["x"]) else [])
    levels = [lv for lv in theme.AWARD_LEVEL_ORDER if lv in set(data["level"])]
    fig = go.Figure()
    for level in levels:
        part = data[data["level"] == level]
        # stack several honours of one year and level so that none hides another
        offsets = part.groupby("x").cumcount() * 0.18
        fig.add_trace(go.Scatter(
            x=part["x"], y=[levels.index(level) + o for o in offsets], mode="markers",
            name=t(f"award_{level}", lang),
            marker=dict(size=16, color=theme.AWARD_LEVEL_COLORS[level], line=dict(width=1, color=theme.INK)),
            text=part["title"].map(label), customdata=part["recipient"].map(lambda r: t(f"recipient_{r}", lang)),
            hovertemplate="%{x} · %{text}<br>%{customdata}<extra></extra>",
        ))
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=years, title_text=t("year", lang))
    fig.update_yaxes(tickvals=list(range(len(levels))), ticktext=[t(f"award_{lv}", lang) for lv in levels],
                     range=[-0.6, len(levels) - 0.2])
    fig.update_layout(height=max(260, 120 + 60 * len(levels)), legend_title_text=t("level_of_award", lang))
    return _base(fig, title)


def award_level_counts(df: pd.DataFrame, lang: str = "zh", title: str | None = None) -> go.Figure:
    """Number of honours per level (and per school when several are shown)."""
    title = title or t("awards_by_level_title", lang)
    if df.empty:
        return _base(go.Figure(), title)
    data = df.assign(school=school_names(df, lang, escape=True)) if "name_zh" in df else df.assign(school="")
    by_school = bool(data["school"].any())
    fig = go.Figure()
    for level in theme.AWARD_LEVEL_ORDER:
        part = data[data["level"] == level]
        if part.empty:
            continue
        fig.add_trace(go.Bar(
            x=part["school"] if by_school else [t(f"award_{level}", lang)], y=part["honours"],
            name=t(f"award_{level}", lang), marker_color=theme.AWARD_LEVEL_COLORS[level], text=part["honours"],
            # stacked, a segment's count sits inside it and the school's total above the stack
            textposition="inside" if by_school else "outside", insidetextanchor="middle", cliponaxis=False,
            hovertemplate=f"{t(f'award_{level}', lang)}: %{{y}}<extra></extra>",
        ))
    if by_school:
        totals = data.groupby("school", sort=False)["honours"].sum()
        fig.add_trace(go.Scatter(
            x=list(totals.index), y=list(totals.values), mode="text", text=[str(int(v)) for v in totals.values],
            textposition="top center", showlegend=False, hoverinfo="skip", cliponaxis=False,
            textfont=dict(color=theme.INK), name=t("honours_count", lang),
        ))
        fig.update_yaxes(range=[0, max(1.0, float(totals.max())) * 1.15])
    categories = data["school"].nunique() if by_school else data["level"].nunique()
    fig.update_traces(width=_bar_width(categories), selector=dict(type="bar"))
    fig.update_layout(barmode="stack", legend_title_text=t("level_of_award", lang))
    fig.update_yaxes(title_text=t("honours_count", lang), rangemode="tozero", dtick=1)
    return _base(fig, title)


def peer_dumbbell(df: pd.DataFrame, school: str, school_id: int, lang: str = "zh",
                  title: str | None = None) -> go.Figure:
    """The school's latest figure per indicator beside the median of schools of its level (log scale)."""
    title = title or t("peers_title", lang)
    if df.empty:
        return _base(go.Figure(), title)
    data = df[(df["value"] > 0) & (df["median"] > 0)].copy()
    if data.empty:
        return _base(go.Figure(), title)
    names = data[f"indicator_{lang}"]
    fig = go.Figure()
    for name, value, median in zip(names, data["value"], data["median"], strict=False):
        fig.add_trace(go.Scatter(x=[value, median], y=[name, name], mode="lines", showlegend=False,
                                 line=dict(color=theme.GRID, width=6), hoverinfo="skip"))
    fig.add_trace(go.Scatter(
        x=data["median"], y=names, mode="markers", name=t("peer_median", lang),
        marker=dict(size=12, color=theme.MUTED, symbol="line-ns-open", line=dict(width=3)),
        customdata=data["schools"], hovertemplate=(f"%{{y}}<br>{t('peer_median', lang)}: %{{x:,.0f}}"
                                                   f" (%{{customdata}} {t('schools', lang)})<extra></extra>"),
    ))
    fig.add_trace(go.Scatter(
        x=data["value"], y=names, mode="markers", name=label(school),
        marker=dict(size=14, color=theme.school_color(school_id)),
        text=[format_value(v, q) for v, q in zip(data["value"], data["qualifier"], strict=False)],
        hovertemplate=f"%{{y}}<br>{label(school)}: %{{text}}<extra></extra>",
    ))
    ticks = _log_ticks(min(data["value"].min(), data["median"].min()), max(data["value"].max(), data["median"].max()))
    fig.update_xaxes(type="log", title_text=t("value_log", lang), tickvals=ticks, ticktext=[f"{v:,g}" for v in ticks])
    fig.update_layout(height=max(280, 100 + 34 * len(data)))
    return _base(fig, title)
