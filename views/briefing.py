"""Briefing export: chosen charts as PNG (one, or all as a ZIP), as a PowerPoint deck and as a Word
briefing, with their data."""

import datetime as dt

import streamlit as st

from dashboard import briefing, data, exports, reads, ui
from dashboard.i18n import bracketed, t

ctx = ui.context()
lang, filters = ctx.lang, ctx.filters
st.title(t("page_briefing", lang))


def query(read, **params):
    """A read (dashboard.reads) for the briefing's charts: None where there is no warehouse to read."""
    try:
        return read(**params)
    except (data.NoWarehouse, data.WarehouseBusy):
        return None


problem = exports.export_problem()
if problem:
    st.warning(t("png_unavailable", lang).format(problem=problem), icon=":material/warning:")

defaults = briefing.default_charts(query, filters, lang)
views = st.session_state.get("briefing_views", {})
# a briefing's charts, title and date are in the URL (a saved view of this page is a saved briefing):
# the charts it names are built again from today's data
named = [k for k in st.query_params.get("charts", "").split(",") if k]
wanted = {key: chart for key in named if key not in {c.key for c in defaults}
          and (chart := briefing.chart_for(query, filters, key, lang)) is not None}
candidates = {c.key: c for c in [*views.values(), *defaults, *wanted.values()]}
if not candidates:
    ui.empty_state(lang, "no_charts")
    st.stop()
labels = {key: c.title + bracketed(t("current_view" if key.startswith("view:") else "default_set", lang), lang)
          for key, c in candidates.items()}

ui.bind("brf_title", "title", t("briefing_default_title", lang))
ui.bind("brf_date", "date", dt.date.today(), parse=dt.date.fromisoformat)
c1, c2 = st.columns([3, 1])
title = c1.text_input(t("briefing_title", lang), key="brf_title")
day = c2.date_input(t("briefing_date", lang), key="brf_date")
if "brf_charts" not in st.session_state or not set(st.session_state["brf_charts"]) <= set(candidates):
    from_url = [k for k in named if k in candidates]
    st.session_state["brf_charts"] = from_url or [c.key for c in defaults] or list(candidates)[:4]
    st.session_state["brf_order"] = list(st.session_state["brf_charts"])
chosen = st.multiselect(t("choose_charts", lang), list(candidates), key="brf_charts", format_func=labels.get,
                        placeholder=t("choose_options", lang))

# the order is kept apart from the selection so that it survives changes to it
order = [k for k in st.session_state.get("brf_order", []) if k in chosen] + \
        [k for k in chosen if k not in st.session_state.get("brf_order", [])]
st.session_state["brf_order"] = order
if any(k.startswith("view:") for k in order):
    st.caption(t("views_not_saved", lang))
# the briefing into the URL: the charts that can be built again (not a page's session view), in order
ui.publish(charts=[k for k in order if not k.startswith("view:")],
           title=title if title != t("briefing_default_title", lang) else None, date=day.isoformat())


def move(key: str, step: int) -> None:
    current = st.session_state["brf_order"]
    i = current.index(key)
    j = max(0, min(len(current) - 1, i + step))
    current[i], current[j] = current[j], current[i]


page_counts = query(reads.source_counts, filters=filters) or (0, 0)
rendered: list[tuple[exports.Chart, bytes | None, str]] = []
for n, key in enumerate(order, start=1):
    chart = candidates[key]
    footer = exports.chart_source_line(chart, page_counts, lang, day)
    figure = exports.export_figure(chart, footer, lang)
    with st.container(border=True):
        head, up, down = st.columns([8, 1, 1])
        head.markdown(f"**{n}. {ui.plain(chart.title)}**")
        up.button("↑", key=f"up_{key}", help=t("move_up", lang), on_click=move, args=(key, -1), disabled=n == 1)
        down.button("↓", key=f"down_{key}", help=t("move_down", lang), on_click=move, args=(key, 1),
                    disabled=n == len(order))
        png = None
        if not problem:
            try:
                png = ui.png_of(figure)
                st.image(png)
            except exports.ExportUnavailable as error:
                st.warning(t("png_unavailable", lang).format(problem=error))
        if png is None:
            st.plotly_chart(figure, key=f"preview_{key}", config=ui.plotly_config(f"chart_{n}"))
        rendered.append((chart, png, footer))
        d1, d2 = st.columns(2)
        if png is not None:
            d1.download_button(t("download_png", lang), data=png, file_name=f"{n:02d}_{chart.key.replace(':', '_')}.png",
                               mime="image/png", key=f"png_{key}", on_click="ignore")
        d2.download_button(t("download_csv", lang), data=exports.safe_csv(chart.data),
                           file_name=f"{n:02d}_{chart.key.replace(':', '_')}.csv", mime="text/csv", key=f"csv_{key}", on_click="ignore")

if rendered:
    st.divider()
    b1, b2, b3, b4 = st.columns(4)
    if all(png is not None for _, png, _ in rendered):
        pngs = {f"{i:02d}_{c.key.replace(':', '_')}.png": png for i, (c, png, _) in enumerate(rendered, start=1)}
        b1.download_button(t("download_all_png", lang), data=exports.png_zip(pngs), file_name="briefing_png.zip",
                           mime="application/zip", key="png_zip", on_click="ignore")
        made = [(c, footer) for c, _, footer in rendered]
        # the deck and the Word file are made when their button is clicked, not on every run of the page
        b2.download_button(t("download_pptx", lang), key="pptx", type="primary", on_click="ignore",
                           data=lambda: briefing.deck_file(made, title, day, lang), file_name="briefing.pptx",
                           mime="application/vnd.openxmlformats-officedocument.presentationml.presentation")
        b3.download_button(t("download_docx", lang), key="docx", on_click="ignore",
                           data=lambda: briefing.word_file(made, title, day, lang), file_name="briefing.docx",
                           mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    else:
        b2.caption(t("pptx_needs_png", lang))
    b4.download_button(t("download_xlsx", lang),
                       data=exports.safe_xlsx({f"{i:02d}": c.data for i, (c, _, _) in enumerate(rendered, start=1)}),
                       file_name="briefing_data.xlsx", key="xlsx", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
