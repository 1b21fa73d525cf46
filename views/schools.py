"""Schools (analysts): rename, set region, level and English name, merge two, split a spelling out."""

import streamlit as st

from dashboard import reads, tables, ui
from dashboard.i18n import joined, labelled, place, t

ctx = ui.context()
lang = ctx.lang
st.title(t("page_schools", lang))

who = ui.require_analyst(lang, "schools_needs_analyst")

from etl.english_names import school_name_en  # noqa: E402
from etl.school_admin import merge, rename, set_details, split  # noqa: E402
from etl.warehouse import SCHOOL_LEVELS  # noqa: E402

st.caption(t("schools_help", lang))
notice = st.container()  # always there, so that what follows keeps its place when a message shows
if message := st.session_state.pop("schools_done", None):
    notice.success(message)  # after the page reloads

everyone = ui.guarded(reads.schools, lang)
if everyone is None or everyone.empty:
    ui.empty_state(lang)
    st.stop()
names = {int(r["school_id"]): tables.school_label(r, lang) for _, r in everyone.iterrows()}
ui.bind("sch_admin", "id", next(iter(names)), options=list(names), parse=int)
school_id = st.selectbox(t("school_to_manage", lang), list(names), format_func=names.get, key="sch_admin")
card = ui.guarded(reads.school_admin_card, lang, school_id=school_id)
if card is None or card.empty:
    st.stop()
c = card.iloc[0]
st.caption(" · ".join([labelled(t("region", lang), tables.plain(place(c["region"], lang) or "—"), lang),
                        labelled(t("level", lang), t("level_" + (c["level"] or "unknown"), lang), lang),
                        labelled(t("english_name", lang), tables.plain(c["name_en"] or "—"), lang)]
                       # no English name stored: what the English pages show instead
                       + ([labelled(t("english_reading", lang), tables.plain(school_name_en(c["name_zh"])), lang)]
                          if not c["name_en"] and c["name_zh"] else [])))
spellings = [] if c["spellings"] is None else list(c["spellings"])
st.markdown(labelled(f"**{t('spellings', lang)}**", joined((tables.plain(s) for s in spellings), lang), lang))

# every form is keyed by the school and by the round of changes: another school never shows these values
round_key = f"{school_id}_{st.session_state.get('schools_round', 0)}"


def done(result) -> None:
    st.session_state["schools_done"] = t("school_changed", lang).format(batch=result.batch_id)
    st.session_state["schools_round"] = st.session_state.get("schools_round", 0) + 1
    st.rerun()


def attempt(change) -> None:
    try:
        with ui.writing(lang) as con:
            result = change(con)
    except Exception as error:  # a refusal, or any failure: said on the page (ui.error_text)
        st.error(ui.error_text(error, lang))
        return
    done(result)


tab_rename, tab_details, tab_merge, tab_split = st.tabs(
    [t("rename", lang), t("details", lang), t("merge", lang), t("split", lang)])
with tab_rename, st.form(f"rename_{round_key}"):
    new_name = st.text_input(t("new_name", lang), value=c["name_zh"] or c["name_en"] or "", key=f"sa_name_{round_key}")
    if st.form_submit_button(t("rename", lang), type="primary"):
        attempt(lambda con: rename(con, school_id, new_name, who=who))
with tab_details, st.form(f"details_{round_key}"):
    region = st.text_input(t("region_text", lang), value=c["region"] or "", key=f"sa_region_{round_key}")
    levels = list(SCHOOL_LEVELS)
    level = st.selectbox(t("level", lang), levels, index=levels.index(c["level"]) if c["level"] in levels else None,
                         format_func=lambda v: t(f"level_{v}", lang), key=f"sa_level_{round_key}",
                         placeholder=t("choose_options", lang))
    name_en = st.text_input(t("english_name", lang), value=c["name_en"] or "", key=f"sa_en_{round_key}",
                            placeholder=school_name_en(c["name_zh"]) if c["name_zh"] else "")
    if st.form_submit_button(t("save", lang), type="primary"):
        attempt(lambda con: set_details(
            con, school_id, who=who, region=region if region != (c["region"] or "") else None,
            level=level if level != c["level"] else None, name_en=name_en if name_en != (c["name_en"] or "") else None))
with tab_merge, st.form(f"merge_{round_key}"):
    st.caption(t("merge_into_this", lang))
    others = [s for s in names if s != school_id]
    other = st.selectbox(t("school_to_merge", lang), others, index=None, format_func=names.get,
                         placeholder=t("choose_options", lang), key=f"sa_merge_{round_key}")
    if st.form_submit_button(t("merge", lang), type="primary") and other is not None:
        attempt(lambda con: merge(con, school_id, int(other), who=who))
with tab_split, st.form(f"split_{round_key}"):
    st.caption(t("split_help", lang))
    keys = dict(zip([] if c["alias_keys"] is None else list(c["alias_keys"]), spellings, strict=False))
    alias = st.selectbox(t("spelling_to_split", lang), list(keys), index=None, format_func=keys.get,
                         placeholder=t("choose_options", lang), key=f"sa_split_{round_key}")
    if st.form_submit_button(t("split", lang), type="primary") and alias is not None:
        attempt(lambda con: split(con, school_id, alias, who=who))
