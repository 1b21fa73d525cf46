"""Compare schools on one indicator: sorted bars with qualifiers, ranking with sources, small multiples."""

import streamlit as st

from dashboard import briefing, charts, reads, summaries, tables, ui
from dashboard.i18n import t

ctx = ui.context()
lang, filters = ctx.lang, ctx.filters
st.title(t("page_compare", lang))

catalog, options, default_indicator = ui.indicator_choices(lang, filters)
ids = list(options)
ui.bind("cmp_indicator", "indicator", default_indicator, options=ids)
c1, c2, c3 = st.columns([2, 1, 1])
indicator = c1.selectbox(t("indicator", lang), ids, format_func=options.get, key="cmp_indicator")
years = ui.guarded(reads.indicator_years, lang, indicator=indicator, filters=filters)
year_options = ["latest", *([] if years is None else [str(int(y)) for y in years["ref_year"]])]
# the first view is one year, the latest that most schools report; "latest" mixes each school's own
busiest = tables.busiest_year(years)
ui.bind("cmp_year", "year", str(busiest) if busiest else "latest", options=year_options)
year = c2.selectbox(t("year", lang), year_options, key="cmp_year",
                    format_func=lambda y: t("latest", lang) if y == "latest" else y)
color_options = ["school", "region", "level"]
ui.bind("cmp_color", "color", "school", options=color_options)
color_by = c3.radio(t("color_by", lang), color_options, key="cmp_color", horizontal=True,
                    format_func=lambda c: t(f"color_{c}", lang))
is_membership = indicator in ("members_total", "members_full", "members_probationary", "activists")
ui.bind("cmp_per10", "per10", False, parse=lambda v: v == "1")
per10 = st.toggle(t("per10", lang), key="cmp_per10", disabled=is_membership, help=t("per10_help", lang))
per10 = per10 and not is_membership

data = ui.guarded(reads.compare_values, lang, filters=filters, indicator=indicator,
                        year=None if year == "latest" else int(year))
name = tables.indicator_name(catalog, indicator, lang)
if data is None:
    st.stop()
if data.empty:
    ui.empty_state(lang, "empty_compare")
    ui.suggest_indicator(lang, "cmp_indicator", indicator, default_indicator, catalog)
else:
    subtitle = t("latest", lang) if year == "latest" else year
    shown = t("per10_axis", lang).format(indicator=name) if per10 else name
    fig = charts.compare_bars(data, name, lang, color_by=color_by, per10=per10, title=f"{shown} · {subtitle}")
    ranking = tables.ranking_table(data, lang, per10=per10)
    ui.chart_block(fig, ranking, key="compare", lang=lang,
                   file_stem=f"compare_{indicator}_{year}{'_per10' if per10 else ''}",
                   briefing=f"{shown} · {subtitle}", sources=briefing.sources_of(data),
                   summary=summaries.compare_summary(tables.per10_frame(data) if per10 else data, shown,
                                                     briefing.unit(catalog, indicator), lang),
                   on_pick=ui.open_school)
    if per10:
        missing = int(data["members"].isna().sum())
        if missing:
            st.caption(t("per10_missing", lang).format(n=missing))
    st.caption(t("qualifier_legend", lang) + ("　" if lang == "zh" else " · ") + t("click_to_open", lang))
    total = int(data["schools_total"].iloc[0])
    if total > len(data):
        st.caption(t("compare_limited", lang).format(shown=len(data), total=total))
    left_out = ui.guarded(reads.left_out_counts, lang, filters=filters, indicator=indicator)
    if left_out is not None and (left_out.iloc[0]["rates"] or left_out.iloc[0]["targets"]):
        st.caption(t("left_out", lang).format(rates=int(left_out.iloc[0]["rates"]),
                                                targets=int(left_out.iloc[0]["targets"])))
    st.subheader(t("ranking", lang))
    st.dataframe(ranking, hide_index=True, column_config={t("source", lang): st.column_config.TextColumn(width="large")})

st.divider()
st.subheader(t("small_multiples", lang))
# a URL may name any number of indicators: the first four known ones, each once (the widget takes four)
MAX_MULTIPLES = 4
ui.bind("cmp_multi", "multi", [],
        parse=lambda raw: list(dict.fromkeys(i for i in raw.split(",") if i in options))[:MAX_MULTIPLES])
multi = st.multiselect(t("pick_up_to_four", lang), ids, key="cmp_multi", max_selections=MAX_MULTIPLES, format_func=options.get,
                       placeholder=t("choose_options", lang))
if multi:
    frames = {}
    for other in multi:
        frame = ui.guarded(reads.compare_values, lang, filters=filters, indicator=other,
                                 year=None if year == "latest" else int(year))
        if frame is not None:
            frames[tables.indicator_name(catalog, other, lang)] = frame
    fig = charts.small_multiples(frames, lang, title=t("small_multiples", lang))
    table = tables.multiples_table(frames, lang)
    ui.chart_block(fig, table, key="multiples", lang=lang, file_stem="compare_multiples")
else:
    st.caption(t("small_multiples_hint", lang))

ui.publish(indicator=indicator, year=None if year == "latest" else year, color=None if color_by == "school" else color_by,
           per10="1" if per10 else None, multi=multi)
