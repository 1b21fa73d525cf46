"""Trends by year: one indicator over the years per school, membership composition, rates apart."""

import dataclasses

import streamlit as st

from dashboard import charts, reads, tables, ui
from dashboard.i18n import t

ctx = ui.context()
lang, filters = ctx.lang, ctx.filters
st.title(t("page_trends", lang))

catalog, options, default_indicator = ui.indicator_choices(lang, filters)
ids = list(options)
ui.bind("trd_indicator", "indicator", default_indicator, options=ids)
indicator = st.selectbox(t("indicator", lang), ids, format_func=options.get, key="trd_indicator")
name = tables.indicator_name(catalog, indicator, lang)

# the sidebar's schools, or else the schools with the most years of data for this indicator
chosen = list(filters.schools) or (ui.guarded(reads.trend_schools, lang, filters=filters, indicator=indicator) or [])
scope = dataclasses.replace(filters, schools=tuple(chosen))
if not filters.schools and chosen:
    st.caption(t("trend_default_schools", lang).format(n=len(chosen)))

data = ui.guarded(reads.trend_values, lang, filters=scope, indicator=indicator) if chosen else None
if data is None or data.empty:
    ui.empty_state(lang, "empty_trend")
else:
    fig = charts.trend_lines(data, name, lang, title=f"{name} · {t('by_year', lang)}")
    ui.chart_block(fig, tables.trend_table(data, lang), key="trend", lang=lang, file_stem=f"trend_{indicator}",
                   briefing=f"{name} · {t('by_year', lang)}")
    st.caption(t("trend_caption", lang))

st.divider()
composition = ui.guarded(reads.membership_composition, lang, filters=scope) if chosen else None
if composition is not None and not composition.empty:
    names = dict(zip(catalog["id"], catalog[f"name_{lang}"], strict=False))
    fig = charts.composition_bars(composition, lang, names)
    ui.chart_block(fig, tables.composition_table(composition, names, lang), key="composition", lang=lang,
                   file_stem="membership_composition")
else:
    st.subheader(t("composition_title", lang))
    st.caption(t("no_composition", lang))

st.divider()
rates = ui.guarded(reads.rate_values, lang, filters=filters, indicator=None)
if rates is not None and not rates.empty:
    fig = charts.rate_bars(rates, lang)
    ui.chart_block(fig, tables.rates_table(rates, lang), key="rates", lang=lang, file_stem="rates")
    st.caption(t("rates_caption", lang))

ui.publish(indicator=indicator)
