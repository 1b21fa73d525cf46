"""Data upload (analysts): sheets and reports — validated, previewed, confirmed; batch history with revert."""

import streamlit as st

from dashboard import reads, tables, ui
from dashboard.exports import safe_csv
from dashboard.i18n import t
from etl import settings

ctx = ui.context()
lang = ctx.lang
st.title(t("page_upload", lang))

who = ui.require_analyst(lang, "upload_needs_analyst")

from etl.build import prepare  # noqa: E402  (after the access check: viewers never load the write side)
from etl.load import load_report, revert_batch  # noqa: E402
from etl.sheets import SheetRejected, check_sheet, import_sheet, template  # noqa: E402

limit_mb = settings.max_upload_bytes() // (1024 * 1024)
tab_sheets, tab_reports, tab_history, tab_templates = st.tabs(
    [t("tab_sheets", lang), t("tab_reports", lang), t("tab_history", lang), t("tab_templates", lang)])

# ------------------------------------------------------------------ sheets
with tab_sheets:
    st.caption(t("sheet_help", lang).format(mb=limit_mb))
    if "upload_message" in st.session_state:
        st.success(st.session_state.pop("upload_message"))
    upload = st.file_uploader(t("choose_sheet", lang), type=["csv", "xlsx"], key="sheet_file")
    if upload is not None:
        data = upload.getvalue()
        try:
            with ui.writing(lang) as con:
                prepare(con)
                check = check_sheet(con, upload.name, data, max_bytes=settings.max_upload_bytes())
        except Exception as error:  # a refusal, or any failure: said on the page (ui.error_text)
            st.error(ui.error_text(error, lang))
            st.stop()
        if not check.ok:
            st.error(t("sheet_problems", lang).format(n=len(check.problems), file=check.file))
            problems = tables.problems_table(check.problems_frame(), lang)
            st.dataframe(problems, hide_index=True)
            st.download_button(t("download_problems", lang), data=safe_csv(problems),
                               file_name=f"{check.file}.problems.csv", mime="text/csv", key="problems_csv")
        else:
            preview = check.preview
            # every figure already there with the same value (the sheet reordered, or saved again)
            nothing_new = bool(preview.rows) and not preview.new_figures and preview.changed.empty
            if preview.already_loaded_as:
                st.info(t("already_imported", lang).format(batch=preview.already_loaded_as))
            elif nothing_new:
                st.info(t("nothing_new", lang).format(n=preview.rows))
            c1, c2, c3, c4 = st.columns(4)
            c1.metric(t("figures", lang), preview.rows)
            c2.metric(t("new_figures", lang), preview.new_figures)
            c3.metric(t("changed_figures", lang), len(preview.changed))
            c4.metric(t("new_schools", lang), len(preview.new_schools))
            if check.header_row > 1:
                st.caption(t("header_below_titles", lang).format(row=check.header_row, n=check.header_row - 1))
            if preview.duplicates_ignored:
                st.caption(t("duplicates_ignored", lang).format(n=preview.duplicates_ignored))
            if not preview.matched_schools.empty:
                st.markdown(f"**{t('matched_schools', lang)}**")
                st.dataframe(preview.matched_schools.rename(columns={"school": t("in_sheet", lang),
                                                                     "existing": t("existing_school", lang)}),
                             hide_index=True)
            if not preview.new_schools.empty:
                st.markdown(f"**{t('new_schools', lang)}**")
                st.dataframe(tables.new_schools_table(preview.new_schools, lang), hide_index=True)
            if not preview.changed.empty:
                st.markdown(f"**{t('changed_figures', lang)}**")
                st.dataframe(tables.changed_table(preview.changed, lang), hide_index=True)
            choices: dict[str, int | None] = {}
            if preview.needs_choice:
                # a name the warehouse cannot place: the analyst says which school it is, or a new one
                st.markdown(f"**{t('needs_choice', lang)}**")
                st.caption(t("needs_choice_help", lang))
                for i, (school, region, candidates) in enumerate(preview.needs_choice):
                    options = [0, *(school_id for school_id, _ in candidates)]
                    labels = {0: t("a_new_school", lang), **dict(candidates)}
                    picked = st.selectbox(f"{school}" + (f"（{region}）" if region else ""), options, index=None,
                                          format_func=labels.get, placeholder=t("choose_school", lang),
                                          key=f"choice_{upload.name}_{i}")
                    if picked is not None:
                        choices[school] = picked or None
            undecided = len(preview.needs_choice) - len(choices)
            if undecided:
                st.warning(t("choices_missing", lang).format(n=undecided))
            if st.button(t("confirm_import", lang), type="primary", key="confirm_sheet",
                         disabled=bool(preview.already_loaded_as) or nothing_new or bool(undecided)):
                try:
                    with ui.writing(lang) as con:
                        _, result = import_sheet(con, upload.name, data, who=who,
                                                 max_bytes=settings.max_upload_bytes(), choices=choices)
                    # another analyst may have imported the same file meanwhile
                    st.session_state["upload_message"] = t("imported", lang).format(
                        batch=result.batch_id, n=result.counts.get("observations", 0)) if result.status == "loaded" \
                        else t("already_imported", lang).format(batch=result.batch_id)
                    st.rerun()
                except SheetRejected as rejected:
                    st.error(t("sheet_problems", lang).format(n=len(rejected.problems), file=upload.name))
                except Exception as error:  # a refusal, or any failure: said on the page (ui.error_text)
                    st.error(ui.error_text(error, lang))

# ------------------------------------------------------------------ reports
with tab_reports:
    from etl.extract import extract_file

    st.caption(t("report_help", lang).format(mb=limit_mb))
    reports = st.file_uploader(t("choose_reports", lang), type=["txt", "html", "htm", "docx", "md"],
                               accept_multiple_files=True, key="report_files")
    extractions = []
    for report in reports or []:
        data = report.getvalue()
        if len(data) > settings.max_upload_bytes():
            st.error(t("too_large", lang).format(file=report.name, mb=limit_mb))
            continue
        try:
            extractions.append(extract_file(report.name, data))
        except Exception as error:  # unreadable or over a limit, or any failure: said on the page
            st.error(ui.error_text(error, lang))
    for ex in extractions:
        d = ex.document
        with st.expander(f"{tables.plain(d.doc)} · {tables.plain(d.school) or t('no_school', lang)} · "
                         f"{len(ex.metrics)} {t('figures', lang)}",
                         expanded=len(extractions) == 1):
            st.caption(tables.document_facts(d, lang))
            if ex.metrics:
                st.dataframe(tables.extraction_table(ex, lang), hide_index=True,
                             column_config={t("sentence", lang): st.column_config.TextColumn(width="large")})
            else:
                st.caption(t("no_figures_found", lang))
            if ex.awards:
                st.dataframe(tables.extraction_awards_table(ex, lang), hide_index=True)
    if extractions and st.button(t("confirm_reports", lang).format(n=len(extractions)), type="primary",
                                 key="confirm_reports"):
        for ex in extractions:
            try:
                with ui.writing(lang) as con:
                    prepare(con)
                    result = load_report(con, ex, who=who)
                if result.status == "loaded":
                    st.success(t("report_loaded", lang).format(
                        doc=ex.document.doc, batch=result.batch_id, figures=result.counts.get("observations", 0),
                        honours=result.counts.get("awards", 0), candidates=result.counts.get("candidates", 0)))
                else:
                    st.info(t(f"report_{result.status}", lang).format(doc=ex.document.doc))
            except Exception as error:  # a refusal, or any failure: said on the page (ui.error_text)
                st.error(f"{ex.document.doc}: {ui.error_text(error, lang)}")

# ------------------------------------------------------------------ history
with tab_history:
    if message := st.session_state.pop("revert_done", None):
        # the list starts with nothing chosen again: a new key, since the browser keeps a widget's last value
        st.session_state["revert_round"] = st.session_state.get("revert_round", 0) + 1
        st.success(message)
    # read through the app's shared reader, as every page reads: no write lock for a look at the list
    history = ui.guarded(reads.batch_history, lang)
    if history is None or history.empty:
        st.caption(t("no_batches", lang))
    else:
        st.dataframe(tables.history_batches_table(history, lang), hide_index=True)
        revertible = history[(history["status"] == "committed") & (history["kind"] != "revert")]
        if not revertible.empty:
            st.markdown(f"**{t('revert', lang)}**")
            # nothing is chosen until the analyst chooses: a revert never falls on the next batch by itself
            round_key = st.session_state.get("revert_round", 0)
            batch = st.selectbox(t("batch_to_revert", lang), list(revertible["id"]), index=None,
                                 key=f"revert_batch_{round_key}",
                                 placeholder=t("choose_batch", lang),
                                 format_func=lambda b: tables.batch_label(history, b, lang))
            if batch is not None:
                row = history[history["id"] == batch].iloc[0]
                what = tables.batch_contents(row, lang)
                withdrawn = reads.dependent_batches(batch_id=int(batch)) or []
                warning = t("revert_will_remove", lang).format(batch=batch, what=what)
                if withdrawn:
                    warning += " " + t("revert_withdraws", lang).format(
                        n=len(withdrawn), batches=", ".join(map(str, withdrawn)))
                st.warning(warning, icon=":material/undo:")
                note = st.text_input(t("why", lang), key=f"revert_note_{batch}")
                if st.button(t("confirm_revert", lang).format(batch=batch), type="primary", key=f"revert_go_{batch}"):
                    try:
                        with ui.writing(lang) as con:
                            result = revert_batch(con, int(batch), who=who, note=note or None)
                        st.session_state["revert_done"] = t("reverted_done", lang).format(
                            batch=batch, what=what, revert=result.batch_id) + (
                            " " + t("reverted_withdrew", lang).format(n=result.counts["withdrawn"])
                            if result.counts.get("withdrawn") else "")
                        st.rerun()
                    except Exception as error:  # a refusal, or any failure: said on the page (ui.error_text)
                        st.error(ui.error_text(error, lang))

# ------------------------------------------------------------------ templates
with tab_templates:
    st.caption(t("template_help", lang))
    for layout in ("long", "wide"):
        st.markdown(f"**{t('template_' + layout, lang)}**")
        cols = st.columns(4)
        for i, (tl, fmt) in enumerate((("zh", "csv"), ("zh", "xlsx"), ("en", "csv"), ("en", "xlsx"))):
            label = f"{'中文表头' if tl == 'zh' else 'English headers'} · {fmt.upper()}"
            mime = "text/csv" if fmt == "csv" else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            cols[i].download_button(label, data=template(layout, tl, fmt), file_name=f"template_{layout}_{tl}.{fmt}",
                                    mime=mime, key=f"template_{layout}_{tl}_{fmt}")
