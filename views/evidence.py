"""Evidence & review: every figure beside its source; analysts confirm, correct or reject."""

import pandas as pd
import streamlit as st

from dashboard import data, reads, tables, ui
from dashboard.evidence import highlight_html, sentence_around
from dashboard.i18n import bracketed, format_value, labelled, quote, t
from etl.qualifiers import QUALIFIERS
from etl.warehouse import REVIEW_STATUSES, SOURCE_KINDS

ctx = ui.context()
lang, filters = ctx.lang, ctx.filters
st.title(t("page_evidence", lang))

catalog = ui.guarded(reads.indicators, lang)
if catalog is None:
    st.stop()
indicator_names = dict(zip(catalog["id"], catalog[f"name_{lang}"], strict=False))

ui.bind("ev_q", "q", "")
ui.bind("ev_ind", "ind", [], parse=lambda raw: [i for i in raw.split(",") if i in indicator_names])
ui.bind("ev_status", "status", [], parse=lambda raw: [s for s in raw.split(",") if s in REVIEW_STATUSES])
ui.bind("ev_kind", "kind", [], parse=lambda raw: [s for s in raw.split(",") if s in SOURCE_KINDS])
ui.bind("ev_conflicts", "conflicts", False, parse=lambda v: v == "1")
c1, c2, c3, c4 = st.columns([2, 2, 1.4, 1.4])
search = c1.text_input(t("search", lang), key="ev_q", placeholder=t("search_hint", lang))
chosen_indicators = c2.multiselect(t("indicator", lang), list(indicator_names), key="ev_ind",
                                   format_func=indicator_names.get, placeholder=t("all", lang))
statuses = c3.multiselect(t("status", lang), list(REVIEW_STATUSES), key="ev_status",
                          format_func=lambda s: t(f"status_{s}", lang), placeholder=t("all", lang))
kinds = c4.multiselect(t("source", lang), list(SOURCE_KINDS), key="ev_kind",
                       format_func=lambda s: t(f"source_{s}", lang), placeholder=t("all", lang))
conflicts_only = st.toggle(t("conflicts_only", lang), key="ev_conflicts")

# On a DuckLake warehouse, the figures as they were before any load (its snapshots); read-only
as_of_batch, as_of = None, None
if data.past_readable():
    history = ui.guarded(reads.batch_history, lang)
    loads = [] if history is None else [int(b) for b in history["id"]]
    ui.bind("ev_asof", "asof", None, options=[None, *loads], parse=int)
    as_of_batch = st.selectbox(
        t("as_of", lang), [None, *loads], key="ev_asof",
        format_func=lambda b: t("as_of_now", lang) if b is None else
        t("as_of_before", lang).format(batch=tables.batch_label(history, b, lang)))
    if as_of_batch is not None:
        try:
            as_of = reads.snapshot_before(batch_id=as_of_batch)
        except Exception as error:  # an expired snapshot: said on the page
            st.error(ui.error_text(error, lang))
            st.stop()
        st.info(t("as_of_showing", lang).format(batch=as_of_batch), icon=":material/history:")

rows = ui.guarded(reads.evidence_rows, lang, as_of=as_of, filters=filters, indicator_ids=tuple(chosen_indicators),
                        source_kinds=tuple(kinds), statuses=tuple(statuses), conflicts_only=conflicts_only,
                        search=search.strip())
if rows is None:
    st.stop()
conflicts = int(rows["has_conflict"].sum()) if not rows.empty else 0
m1, m2, m3, m4 = st.columns(4)
m1.metric(t("figures_shown", lang), len(rows))
m2.metric(t("conflicts", lang), conflicts)
m3.metric(t("pending", lang), int((rows["review_status"] == "pending").sum()) if not rows.empty else 0)
if len(rows) >= 500:
    st.caption(t("evidence_limit", lang))

candidates = ui.guarded(reads.open_candidates, lang, as_of=as_of, filters=filters, search=search.strip())
n_candidates = 0 if candidates is None else len(candidates)
m4.metric(t("candidates", lang), n_candidates)
for done in ("ev_review_done", "ev_candidate_done"):
    if message := st.session_state.pop(done, None):
        st.success(message)  # above the tabs, after the page reloads
login_shown = False
tab_figures, tab_honours, tab_candidates = st.tabs(
    [t("figures", lang), t("honours", lang), t('candidates', lang) + bracketed(str(n_candidates), lang)])
with tab_figures:
    if rows.empty:
        ui.empty_state(lang, "empty_evidence")
    else:
        table = tables.evidence_table(rows, lang)
        st.dataframe(table, hide_index=True, column_config={
            t("evidence", lang): st.column_config.TextColumn(width="large")})
        st.download_button(t("download_csv", lang), data=ui.safe_csv(table), file_name="evidence.csv",
                           mime="text/csv", key="csv_evidence")

        labels = tables.evidence_labels(rows, lang)
        ids = list(labels)
        if (stay := st.session_state.pop("ev_stay_on", None)) is not None:
            # after a review: the same figure again, with a fresh form (widgets are made below, so this may)
            for key in [k for k in st.session_state if str(k).startswith("rv_")]:
                del st.session_state[key]
            if stay in ids:
                st.session_state["ev_fig"] = stay
        ui.bind("ev_fig", "fig", ids[0], options=ids, parse=int)
        figure_id = st.selectbox(t("pick_figure", lang), ids, format_func=labels.get, key="ev_fig")
        detail = ui.guarded(reads.evidence_detail, lang, as_of=as_of, observation_id=figure_id)
        if detail is not None and not detail.empty:
            d = detail.iloc[0]
            with st.container(border=True):
                st.markdown(f"**{tables.plain(tables.school_label(d, lang))} · {d[f'indicator_{lang}']}** — "
                            f"{format_value(d['value'], d['qualifier'])}"
                            f"{bracketed(t('target', lang), lang) if d['is_target'] else ''}")
                if d["source_kind"] in ("report", "correction") and isinstance(d["document_text"], str):
                    before, fig_text, after = sentence_around(d["document_text"], int(d["span_start"]),
                                                              int(d["span_end"]))
                    st.markdown(f"<div class='pbd-evidence'>{highlight_html(before, fig_text, after)}</div>",
                                unsafe_allow_html=True)
                    st.caption(labelled(t('document', lang), tables.plain(d['document']), lang))
                elif d["source_kind"] == "report":
                    st.markdown(quote(tables.plain(d["evidence"]), lang))
                    st.caption(t("no_full_text", lang).format(document=tables.plain(d["document"])))
                else:
                    sheet_row = int(d['sheet_row']) if pd.notna(d['sheet_row']) else '—'
                    st.caption(labelled(t('source_sheet', lang),
                                        f"{tables.plain(d['batch_file'] or '')} {t('row', lang)} {sheet_row}", lang))
                st.caption(tables.plain(tables.figure_meta(d, lang)))
            reviews = ui.guarded(reads.review_history, lang, as_of=as_of, observation_id=figure_id)
            if reviews is not None and not reviews.empty:
                st.markdown(f"**{t('review_history', lang)}**")
                st.dataframe(tables.history_table(reviews, lang), hide_index=True)

            st.markdown(f"**{t('review', lang)}**")
            who = ui.analyst()
            if as_of is not None:  # the past is read, not reviewed
                st.caption(t("as_of_no_review", lang))
            elif not who:
                st.info(t("analysts_only", lang), icon=":material/lock:")
                ui.analyst_login(lang, where=st.container())
                login_shown = True
            else:
                from etl.review import review_figure

                # every input is keyed by the figure, and by the round of reviews: another figure never
                # shows (or submits) these values, and after a review the browser starts from a fresh form
                form_key = f"{figure_id}_{st.session_state.get('ev_form_round', 0)}"
                with st.form(f"review_{form_key}"):
                    action = st.radio(t("action", lang), ["confirm", "correct", "reject"], horizontal=True,
                                      format_func=lambda a: t(f"action_{a}", lang), key=f"rv_action_{form_key}")
                    r1, r2, r3, r4 = st.columns(4)
                    # "%g": a count of 4 reads 4, not 4.00 (a rate of 2.5 still reads 2.5)
                    new_value = r1.number_input(t("value", lang), min_value=0.0, value=float(d["value"]), step=1.0,
                                                format="%g", key=f"rv_value_{form_key}")
                    new_qualifier = r2.selectbox(t("qualifier", lang), list(QUALIFIERS),
                                                 index=list(QUALIFIERS).index(d["qualifier"]),
                                                 format_func=lambda q: t(f"q_{q}", lang),
                                                 key=f"rv_qualifier_{form_key}")
                    year_value = int(d["year"]) if pd.notna(d["year"]) else 0
                    new_year = r3.number_input(t("year_zero_none", lang), min_value=0, max_value=2100,
                                               value=year_value, step=1, key=f"rv_year_{form_key}")
                    new_indicator = r4.selectbox(t("indicator", lang), list(indicator_names),
                                                 index=list(indicator_names).index(d["indicator_id"]),
                                                 format_func=indicator_names.get, key=f"rv_indicator_{form_key}")
                    note = st.text_input(t("why", lang), key=f"rv_note_{form_key}")
                    submitted = st.form_submit_button(t("submit_review", lang), type="primary")
                if submitted:
                    try:
                        with ui.writing(lang) as con:
                            result = review_figure(
                                con, figure_id, action, who=who, note=note, value=new_value,
                                qualifier=new_qualifier, year=int(new_year) or None, indicator=new_indicator)
                        # stay on this figure, its form showing what is stored now, and say what was done
                        st.session_state["ev_stay_on"] = figure_id
                        st.session_state["ev_form_round"] = st.session_state.get("ev_form_round", 0) + 1
                        st.session_state["ev_review_done"] = t("review_saved", lang).format(batch=result.batch_id)
                        st.rerun()
                    except Exception as error:  # a refusal, or any failure: said on the page (ui.error_text)
                        st.error(ui.error_text(error, lang))

with tab_honours:
    awards = ui.guarded(reads.evidence_awards, lang, as_of=as_of, filters=filters, search=search.strip())
    if awards is None or awards.empty:
        st.caption(t("no_awards", lang))
    else:
        st.dataframe(tables.evidence_awards_table(awards, lang), hide_index=True)

with tab_candidates:
    st.caption(t("candidates_caption", lang))
    if not n_candidates:
        st.caption(t("no_candidates", lang))
    else:
        st.dataframe(tables.candidates_table(candidates, lang), hide_index=True,
                     column_config={t("evidence", lang): st.column_config.TextColumn(width="large")})
        labels = tables.candidate_labels(candidates, lang)
        candidate_ids = list(labels)
        ui.bind("ev_cand", "cand", candidate_ids[0], options=candidate_ids, parse=int)
        candidate_id = st.selectbox(t("pick_candidate", lang), candidate_ids, format_func=labels.get, key="ev_cand")
        c = candidates[candidates["id"] == candidate_id].iloc[0]
        text = ui.guarded(reads.candidate_text, lang, as_of=as_of, document_id=int(c["document_id"]))
        with st.container(border=True):
            if isinstance(text, str):
                before, number_text, after = sentence_around(text, int(c["span_start"]), int(c["span_end"]))
                st.markdown(f"<div class='pbd-evidence'>{highlight_html(before, number_text, after)}</div>",
                            unsafe_allow_html=True)
            st.caption(labelled(t('document', lang), tables.plain(c['document']), lang))
        who = ui.analyst()
        if as_of is not None:
            st.caption(t("as_of_no_review", lang))
        elif not who:
            st.info(t("analysts_only", lang), icon=":material/lock:")
            if login_shown:
                st.caption(t("login_in_figures_tab", lang))
            else:
                ui.analyst_login(lang, where=st.container())
        else:
            from etl.candidates import assign_candidate, dismiss_candidate

            # every widget is keyed by the candidate, so another candidate never inherits these values
            with st.form(f"candidate_{candidate_id}"):
                a1, a2, a3, a4 = st.columns([2, 1, 1, 1])
                indicator = a1.selectbox(t("assign_to", lang), list(indicator_names), index=None,
                                         format_func=indicator_names.get, placeholder=t("choose_indicator", lang),
                                         key=f"cand_ind_{candidate_id}")
                value = a2.number_input(t("value", lang), min_value=0.0, value=float(c["value"]), step=1.0,
                                        format="%g", key=f"cand_value_{candidate_id}")
                qualifier = a3.selectbox(t("qualifier", lang), list(QUALIFIERS),
                                         index=list(QUALIFIERS).index(c["qualifier"]),
                                         format_func=lambda q: t(f"q_{q}", lang), key=f"cand_q_{candidate_id}")
                year = a4.number_input(t("year_zero_none", lang), min_value=0, max_value=2100,
                                       value=int(c["year"]) if pd.notna(c["year"]) else 0, step=1,
                                       key=f"cand_year_{candidate_id}")
                note = st.text_input(t("why", lang), key=f"cand_note_{candidate_id}")
                b1, b2 = st.columns([1, 4])
                assign = b1.form_submit_button(t("assign", lang), type="primary")
                dismiss = b2.form_submit_button(t("dismiss", lang))
            if assign and indicator is None:
                st.error(t("choose_indicator", lang))
            elif assign or dismiss:
                try:
                    with ui.writing(lang) as con:
                        if assign:
                            result = assign_candidate(con, candidate_id, indicator=indicator, value=value,
                                                      qualifier=qualifier, year=int(year) or None, who=who, note=note)
                            done = t("candidate_assigned", lang).format(batch=result.batch_id)
                        else:
                            result = dismiss_candidate(con, candidate_id, who=who, note=note)
                            done = t("candidate_dismissed", lang).format(batch=result.batch_id)
                    st.session_state["ev_candidate_done"] = done  # shown after the page reloads
                    st.session_state.pop("ev_cand", None)
                    st.rerun()
                except Exception as error:  # a refusal, or any failure: said on the page (ui.error_text)
                    st.error(ui.error_text(error, lang))

ui.publish(q=search.strip(), ind=chosen_indicators, status=statuses, kind=kinds,
           conflicts="1" if conflicts_only else None, asof=as_of_batch)
