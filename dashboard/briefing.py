"""The charts of a briefing: a default set, built from queries, as export Charts (no Streamlit here)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from dashboard import charts, reads, summaries, tables
from dashboard.exports import Chart, Sources
from dashboard.filters import Filters
from dashboard.i18n import joined, labelled, place, t

Query = Callable[..., object]


def filters_subtitle(filters: Filters, schools: pd.DataFrame, lang: str = "zh") -> str:
    """The filters as words: "地区：重庆市 · 学段：小学 · 2019–2021" / "Region: 重庆市 · School level:
    Primary · 2019–2021", or "全部学校" / "All schools"."""
    parts = []
    if filters.regions:
        parts.append(labelled(t("region", lang), joined([place(r, lang) for r in filters.regions], lang), lang))
    if filters.levels:
        parts.append(labelled(t("level", lang), joined((t("level_" + v, lang) for v in filters.levels), lang), lang))
    if filters.schools and not schools.empty:
        names = [charts.school_name(r, lang) for _, r in schools[schools["school_id"].isin(filters.schools)].iterrows()]
        parts.append(labelled(t("schools", lang), joined(names[:4], lang) + ("…" if len(names) > 4 else ""), lang))
    if filters.year_from is not None:
        parts.append(f"{filters.year_from}–{filters.year_to}")
    return " · ".join(parts) if parts else t("all_schools", lang)


def sources_of(df: pd.DataFrame | None) -> Sources:
    """The reports and sheets a chart's figures come from (a frame with `document`, `batch_file` and
    `source_kind` columns, as the reads give them)."""
    if df is None or df.empty:
        return Sources()
    reports = set(df["document"].dropna().astype(str)) if "document" in df else set()
    sheets = set()
    if "batch_file" in df and "source_kind" in df:
        sheets = set(df.loc[df["source_kind"] == "sheet", "batch_file"].dropna().astype(str))
    return Sources(tuple(sorted(reports)), tuple(sorted(sheets)))


def unit(catalog: pd.DataFrame, indicator: str) -> str | None:
    row = catalog[catalog["id"] == indicator]
    return str(row.iloc[0]["unit"]) if not row.empty and "unit" in row else None


def compare_chart(query: Query, filters: Filters, indicator: str, catalog: pd.DataFrame, lang: str,
                  subtitle: str) -> Chart | None:
    data = query(reads.compare_values, filters=filters, indicator=indicator, year=None)
    if data is None or data.empty:
        return None
    name = tables.indicator_name(catalog, indicator, lang)
    title = f"{name}（{t('latest', lang)}）" if lang == "zh" else f"{name} · latest"
    fig = charts.compare_bars(data, name, lang, title=title)
    return Chart(f"compare:{indicator}", title, fig, tables.ranking_table(data, lang), subtitle, sources_of(data),
                 summaries.compare_summary(data, name, unit(catalog, indicator), lang))


def trend_chart(query: Query, filters: Filters, indicator: str, catalog: pd.DataFrame, lang: str,
                subtitle: str) -> Chart | None:
    import dataclasses

    schools = list(filters.schools) or query(reads.trend_schools, filters=filters, indicator=indicator) or []
    if not schools:
        return None
    shown = dataclasses.replace(filters, schools=tuple(schools))
    data = query(reads.trend_values, filters=shown, indicator=indicator)
    if data is None or data.empty:
        return None
    name = tables.indicator_name(catalog, indicator, lang)
    title = f"{name} · {t('by_year', lang)}"
    return Chart(f"trend:{indicator}", title, charts.trend_lines(data, name, lang, title=title),
                 tables.trend_table(data, lang), subtitle,
                 sources_of(query(reads.figure_sources, filters=shown, indicator=indicator)),
                 summaries.trend_summary(data, name, unit(catalog, indicator), lang))


def honours_chart(query: Query, filters: Filters, lang: str, subtitle: str) -> Chart | None:
    data = query(reads.award_counts, filters=filters)
    if data is None or data.empty:
        return None
    title = t("awards_by_level_title", lang)
    fig = charts.award_level_counts(data, lang, title=title)
    table = pd.DataFrame({t("school", lang): charts.school_names(data, lang),
                          t("level_of_award", lang): data["level"].map(lambda v: t(f"award_{v}", lang)),
                          t("honours_count", lang): data["honours"]})
    return Chart("honours", title, fig, table, subtitle, sources_of(query(reads.award_sources, filters=filters)),
                 summaries.honours_summary(data, lang))


def chart_for(query: Query, filters: Filters, key: str, lang: str = "zh") -> Chart | None:
    """The chart a briefing names by its key ("compare:<indicator>", "trend:<indicator>", "honours"),
    built from today's data: how a saved briefing is opened again. None for a key of no such chart
    (a page's view, which lives only in its session) or with no data."""
    kind, _, indicator = key.partition(":")
    catalog = query(reads.indicators)
    if catalog is None or (kind in ("compare", "trend") and indicator not in set(catalog["id"])):
        return None
    schools = query(reads.schools_by_ids, ids=filters.schools)
    subtitle = filters_subtitle(filters, schools if schools is not None else pd.DataFrame(), lang)
    if kind == "compare":
        return compare_chart(query, filters, indicator, catalog, lang, subtitle)
    if kind == "trend":
        return trend_chart(query, filters, indicator, catalog, lang, subtitle)
    if key == "honours":
        return honours_chart(query, filters, lang, subtitle)
    return None


def default_charts(query: Query, filters: Filters, lang: str = "zh") -> list[Chart]:
    """Membership by school, volunteer sessions by school, a trend, and honours by level."""
    catalog = query(reads.indicators)
    counts = query(reads.indicator_school_counts, filters=filters)
    schools = query(reads.schools_by_ids, ids=filters.schools)
    if catalog is None or counts is None or counts.empty:
        return []
    subtitle = filters_subtitle(filters, schools if schools is not None else pd.DataFrame(), lang)
    have = dict(zip(counts["indicator_id"], counts["schools"], strict=False))
    membership = max(("members_total", "members_full"), key=lambda i: have.get(i, 0))
    picks = [
        compare_chart(query, filters, membership, catalog, lang, subtitle),
        compare_chart(query, filters, "volunteer_sessions", catalog, lang, subtitle),
        trend_chart(query, filters, membership, catalog, lang, subtitle),
        honours_chart(query, filters, lang, subtitle),
    ]
    return [c for c in picks if c is not None]


# ------------------------------------------------------------------ the files

def _pictures(charts_: list[Chart], lang: str) -> list[bytes]:
    """The charts as pictures for the deck and the Word file: their source line is on the slide or
    under the picture there, not inside it."""
    from dashboard import exports

    return [exports.to_png(exports.export_figure(chart, None, lang)) for chart in charts_]


def deck_file(charts_: list[tuple[Chart, str]], title: str, day, lang: str) -> bytes:
    """The briefing as a 16:9 PowerPoint deck: `charts_` are (chart, its source line) in order."""
    from dashboard import slides

    scope = charts_[0][0].subtitle if charts_ else ""
    pages = [slides.Slide(chart.title, png, footer, chart.subtitle,
                          tuple(chart.sources.names() if chart.sources else ()))
             for (chart, footer), png in zip(charts_, _pictures([c for c, _ in charts_], lang), strict=True)]
    labels = (t("notes_chart", lang), t("notes_filters", lang), t("notes_sources", lang))
    return slides.deck(title, f"{day.isoformat()} · {scope}" if scope else day.isoformat(), pages, labels)


def word_file(charts_: list[tuple[Chart, str]], title: str, day, lang: str) -> bytes:
    """The briefing as a Word document (简报): `charts_` are (chart, its source line) in order."""
    from dashboard import word

    scope = charts_[0][0].subtitle if charts_ else ""
    sections = [word.Section(chart.title, png, chart.summary, footer)
                for (chart, footer), png in zip(charts_, _pictures([c for c, _ in charts_], lang), strict=True)]
    return word.briefing(title, day, scope, sections, lang)
