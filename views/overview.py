"""Overview: KPIs, coverage heatmap (school x indicator), latest headline figures per school.

The first page a visitor sees draws its charts as light SVG (dashboard.light), not plotly, so that its
first chart does not wait for plotly's module."""

import streamlit as st

from dashboard import charts, light, reads, tables, ui
from dashboard.i18n import format_year_span, place, t

ctx = ui.context()
lang, filters = ctx.lang, ctx.filters

st.title(t("app_title", lang))
st.caption(t("app_subtitle", lang))

kpis = ui.guarded(reads.overview_kpis, lang, filters=filters)
if kpis is not None:
    k = kpis.iloc[0]
    if not k["figures"]:
        ui.empty_state(lang)
    else:
        c1, c2, c3, c4 = st.columns(4)
        c1.metric(t("kpi_schools", lang), int(k["schools"]))
        c2.metric(t("kpi_reports", lang), int(k["reports"]))
        c3.metric(t("kpi_figures", lang), int(k["figures"]))
        c4.metric(t("kpi_years", lang), format_year_span(k["year_min"], k["year_max"]))

        coverage = ui.guarded(reads.coverage, lang, filters=filters)
        fig = charts.coverage_heatmap(coverage, lang)
        ui.chart_block(fig, coverage.drop(columns=["years"]), key="coverage", lang=lang, file_stem="coverage",
                       briefing=t("coverage_title", lang), on_pick=ui.open_school,
                       light=light.coverage_svg(coverage, lang))
        st.caption(f"{t('coverage_caption', lang)} {t('coverage_click', lang)}")

        regions = ui.guarded(reads.region_counts, lang, filters=filters)
        if regions is not None and not regions.empty:
            level_name = t("region", lang)
            table = regions.rename(columns={"region": level_name, "schools": t("schools", lang),
                                            "figures": t("figures_count", lang)})
            table[level_name] = table[level_name].map(lambda r: place(r, lang)).fillna(t("region_unknown", lang))
            ui.chart_block(charts.region_bars(regions, level_name, lang), table, key="regions", lang=lang,
                           file_stem="regions", briefing=t("regions_title", lang), on_pick=ui.narrow_to_region,
                           light=light.region_svg(regions, level_name, lang))
            st.caption(t("regions_caption", lang))

        st.subheader(t("latest_title", lang))
        st.caption(t("latest_caption", lang))
        latest = ui.guarded(reads.latest_values, lang, filters=filters)
        indicators = ui.guarded(reads.indicators, lang)
        table = tables.latest_table(latest, indicators, lang)
        if not table.empty:
            # A static table whose cells are Markdown, written as plain text: a data grid's module
            # would hold up the page's first chart. A profile opens with the filters of this view, as
            # the links below do.
            shown = table.drop(columns=["school_id"]).map(tables.plain)
            shown.columns = [tables.plain(c) for c in shown.columns]
            shown.insert(1, t("profile", lang), [f"[{t('open', lang)}]({ui.page_url('school', id=int(i))})"
                                                 for i in table["school_id"]])
            st.table(shown, hide_index=True)
            if kpis.iloc[0]["schools"] > len(table):
                st.caption(t("overview_limited", lang).format(shown=len(table), total=int(kpis.iloc[0]["schools"])))
        c1, c2 = st.columns(2)
        c1.page_link("views/school.py", label=t("open_school", lang), icon=":material/school:",
                     query_params=ui.filter_params())
        c2.page_link("views/compare.py", label=t("open_compare", lang), icon=":material/bar_chart:",
                     query_params=ui.filter_params())
