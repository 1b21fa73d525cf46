"""One school's profile: card, documents, all figures by category, honours, and its peers' median."""

import streamlit as st

from dashboard import charts, reads, tables, ui
from dashboard.charts import school_name
from dashboard.exports import Sources
from dashboard.i18n import bracketed, joined, labelled, place, t

ctx = ui.context()
lang, filters = ctx.lang, ctx.filters
st.title(t("page_school", lang))

options = ui.guarded(reads.filter_options, lang)
if options is None:
    st.stop()
if not options["schools"]:
    ui.empty_state(lang)
    st.stop()
wanted = st.session_state.get("sch_id") or (int(st.query_params["id"]) if st.query_params.get("id", "").isdigit()
                                            else None)
if filters.schools:
    chosen = ui.guarded(reads.schools_by_ids, lang, ids=filters.schools)
    names = {int(r["school_id"]): school_name(r, lang) for _, r in chosen.iterrows()} if chosen is not None else {}
else:
    names = ui.school_choices(lang, options["schools"], filters.regions, filters.levels,
                              (wanted,) if wanted else (), key="sch_search")
if not names:
    ui.empty_state(lang)
    st.stop()
default = next(iter(names))
ui.bind("sch_id", "id", default, options=list(names), parse=int)
school_id = st.selectbox(t("school", lang), list(names), format_func=names.get, key="sch_id")

card = ui.guarded(reads.school_card, lang, school_id=school_id)
documents = ui.guarded(reads.school_documents, lang, school_id=school_id)
figures = ui.guarded(reads.school_figures, lang, school_id=school_id)
awards = ui.guarded(reads.school_awards, lang, school_id=school_id)
if card is None or card.empty or figures is None or awards is None or documents is None:
    st.stop()

row = card.iloc[0]
st.header(tables.plain(names[school_id]))
# the region in words under the name: a metric's large figure cuts a long place name short
st.caption(labelled(t("region", lang), tables.plain(place(row["region_label"] or row["region_top"], lang) or "—"), lang))
aliases = [a for a in tables.as_list(row["aliases"]) if a != names[school_id]]
if aliases:
    st.caption(labelled(t("also_written", lang), joined((tables.plain(a) for a in aliases), lang), lang))
c1, c2, c3, c4 = st.columns(4)
c1.metric(t("level", lang), t(f"level_{row['level']}", lang))
c2.metric(t("kpi_reports", lang), len(documents))
c3.metric(t("kpi_figures", lang), len(figures))
c4.metric(t("honours_count", lang), len(awards))

st.subheader(t("documents", lang))
if documents.empty:
    st.caption(t("no_documents", lang))
else:
    st.dataframe(tables.documents_table(documents, lang), hide_index=True,
                 column_config={t("evidence_link", lang): st.column_config.LinkColumn(display_text=t("open", lang))})

st.subheader(t("figures_by_category", lang))
if figures.empty:
    st.caption(t("no_figures", lang))
else:
    for category, part in tables.figures_by_category(figures, lang):
        with st.expander(category + bracketed(str(len(part)), lang), expanded=True):
            st.dataframe(part, hide_index=True)

st.subheader(t("awards_timeline_title", lang))
if awards.empty:
    st.caption(t("no_awards", lang))
else:
    left, right = st.columns([3, 2])
    with left:
        ui.chart_block(charts.awards_timeline(awards, lang), tables.awards_table(awards, lang), key="timeline",
                       lang=lang, file_stem=f"honours_{school_id}",
                       briefing=f"{names[school_id]} · {t('awards_timeline_title', lang)}",
                       sources=Sources(reports=tuple(sorted(set(awards["document"].dropna())))))
    with right:
        counts = awards.groupby("level").size().reset_index(name="honours")
        ui.chart_block(charts.award_level_counts(counts, lang), counts, key="levels", lang=lang,
                       file_stem=f"honours_by_level_{school_id}")

st.subheader(t("peers_title", lang))
peers = ui.guarded(reads.peer_medians, lang, school_id=school_id)
if peers is None or peers.empty:
    st.caption(t("no_peers", lang))
else:
    fig = charts.peer_dumbbell(peers, names[school_id], school_id, lang)
    ui.chart_block(fig, tables.peers_table(peers, lang), key="peers", lang=lang, file_stem=f"peers_{school_id}")
    st.caption(t("peers_caption", lang).format(level=t(f"level_{row['level']}", lang)))

ui.publish(id=school_id)
