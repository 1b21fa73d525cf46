"""Widgets shared by the pages: the sidebar filters (kept in the URL), empty states, chart blocks."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import data, reads, sessions
from dashboard.charts import school_name
from dashboard.exports import Sources, safe_csv
from dashboard.filters import REGION_LEVELS, Filters, from_query_params, to_query_params
from dashboard.i18n import place, t
from etl.textnorm import name_problem

LANG_OPTIONS = {"zh": "中文", "en": "English"}
_FILTER_KEYS = ("f_regions", "f_schools", "f_levels", "f_years", "f_region_level")


@dataclass(frozen=True)
class PageContext:
    filters: Filters
    lang: str


def current_lang() -> str:
    """The UI language: the switch's value, else the URL's, else Chinese."""
    if "lang" in st.session_state:
        return st.session_state["lang"]
    _, lang = from_query_params(dict(st.query_params))
    return lang


def _seed_from_url(year_bounds) -> None:
    """On a session's first run, the URL's query parameters set the filters."""
    if st.session_state.get("_filters_seeded"):
        return
    filters, lang = from_query_params(dict(st.query_params))
    st.session_state["lang"] = lang
    st.session_state["f_region_level"] = filters.region_level
    st.session_state["f_regions"] = list(filters.regions)
    st.session_state["f_schools"] = list(filters.schools)
    st.session_state["f_levels"] = list(filters.levels)
    lo, hi = year_bounds
    if filters.year_from is not None and lo is not None:
        st.session_state["f_years"] = (max(lo, filters.year_from), min(hi, filters.year_to))
    st.session_state["_filters_seeded"] = True


def _reset_filters() -> None:
    for key in _FILTER_KEYS:
        st.session_state.pop(key, None)
    st.session_state["f_regions"], st.session_state["f_schools"], st.session_state["f_levels"] = [], [], []


def _clear_regions() -> None:
    st.session_state["f_regions"] = []  # names of another level mean nothing at this one


def sidebar(page: str = "overview") -> PageContext:
    """Render the language switch and the global filters; mirror them into the URL. `page` is the
    URL path of the page being shown (for saving its view)."""
    try:
        bounds = reads.year_bounds()
    except (data.NoWarehouse, data.WarehouseBusy):
        bounds = (None, None)
    _seed_from_url(bounds)
    if not st.session_state.get("_region_level_seeded"):
        # a warehouse of one city is compared by district: start where there is more than one place
        if "rlevel" not in st.query_params:
            with contextlib.suppress(data.NoWarehouse, data.WarehouseBusy):
                st.session_state["f_region_level"] = reads.useful_region_level()
        st.session_state["_region_level_seeded"] = True
    region_level = st.session_state.get("f_region_level", "province")
    try:
        options = reads.filter_options(region_level=region_level)
    except (data.NoWarehouse, data.WarehouseBusy):
        options = {"regions": [], "levels": [], "schools": 0}
    with st.sidebar:
        # a fixed bilingual label: a label that changed with the language would reset the widget
        st.radio("语言 / Language", list(LANG_OPTIONS), format_func=LANG_OPTIONS.get, key="lang", horizontal=True)
        lang = st.session_state["lang"]
        st.subheader(t("filters", lang))
        st.session_state.setdefault("f_region_level", "province")
        st.radio(t("region_level", lang), list(REGION_LEVELS), key="f_region_level", horizontal=True,
                 format_func=lambda v: t(f"rlevel_{v}", lang), on_change=_clear_regions)
        regions = options["regions"]
        if "_narrow_to" in st.session_state:  # a click on a region's bar (narrow_to_region)
            st.session_state["f_regions"] = [st.session_state.pop("_narrow_to")]
        st.session_state["f_regions"] = [r for r in st.session_state.get("f_regions", []) if r in regions]
        st.multiselect(t("region", lang), regions, key="f_regions", placeholder=t("all", lang),
                       format_func=lambda r: place(r, lang))
        levels = options["levels"]
        st.session_state["f_levels"] = [v for v in st.session_state.get("f_levels", []) if v in levels]
        st.multiselect(t("level", lang), levels, key="f_levels", placeholder=t("all", lang),
                       format_func=lambda v: t(f"level_{v}", lang))
        names = school_choices(lang, options["schools"], tuple(st.session_state["f_regions"]),
                               tuple(st.session_state["f_levels"]), tuple(st.session_state.get("f_schools", [])),
                               region_level=region_level)
        st.session_state["f_schools"] = [s for s in st.session_state.get("f_schools", []) if s in names]
        st.multiselect(t("schools", lang), list(names), key="f_schools", format_func=names.get,
                       placeholder=t("all", lang))
        lo, hi = bounds
        year_from = year_to = None
        if lo is not None and hi is not None and lo < hi:
            current = st.session_state.get("f_years", (lo, hi))
            # a range from the URL or an earlier warehouse is brought inside the years there are
            ends = sorted(min(max(int(lo), int(year)), int(hi)) for year in current)
            st.session_state["f_years"] = (ends[0], ends[1])
            chosen = st.slider(t("year_range", lang), int(lo), int(hi), key="f_years")
            if tuple(chosen) != (lo, hi):
                year_from, year_to = chosen
        st.button(t("reset_filters", lang), on_click=_reset_filters, type="tertiary")
        st.caption(t("filters_hint", lang))
    filters = Filters(
        regions=tuple(st.session_state["f_regions"]),
        schools=tuple(int(s) for s in st.session_state["f_schools"]),
        year_from=year_from,
        year_to=year_to,
        levels=tuple(st.session_state["f_levels"]),
        region_level=region_level,
    )
    sync_url(filters, lang, page_params=None)
    context = PageContext(filters, lang)
    st.session_state["_context"] = context
    saved_views_panel(lang, page)
    return context


def saved_views_panel(lang: str, page: str) -> None:
    """The sidebar's saved views: a link to each for everyone; for analysts, saving the view on
    screen under a name, renaming and deleting (etl.saved)."""
    from etl import saved

    try:
        views = reads.saved_views()
    except (data.NoWarehouse, data.WarehouseBusy):
        return
    with st.sidebar:
        st.subheader(t("saved_views", lang))
        if not views:
            st.caption(t("no_saved_views", lang))
        for view in views:
            st.page_link(f"views/{view.page}.py", label=view.name, query_params=view.params(),
                         icon=":material/bookmark:")
        who = analyst()
        if not who:
            return
        with st.expander(t("save_view", lang)):
            name = st.text_input(t("view_name", lang), key="sv_name", max_chars=saved.MAX_NAME)
            if st.button(t("save_this_view", lang), key="sv_save"):
                try:
                    with writing(lang) as con:
                        made = saved.save(con, name, page, dict(st.query_params), who)
                    st.session_state["sv_message"] = t("view_saved", lang).format(name=made.name)
                    st.rerun()
                except Exception as error:  # a refusal, or any failure: said here
                    st.error(error_text(error, lang))
            if message := st.session_state.pop("sv_message", None):
                st.success(message)
            if not views:
                return
            names = {view.id: view.name for view in views}
            picked = st.selectbox(t("saved_view", lang), list(names), format_func=names.get, key="sv_pick")
            new_name = st.text_input(t("new_view_name", lang), key="sv_new", max_chars=saved.MAX_NAME)
            rename, delete = st.columns(2)
            try:
                if rename.button(t("rename_view", lang), key="sv_rename"):
                    with writing(lang) as con:
                        saved.rename(con, picked, new_name)
                    st.rerun()
                if delete.button(t("delete_view", lang), key="sv_delete"):
                    with writing(lang) as con:
                        saved.delete(con, picked)
                    st.rerun()
            except Exception as error:
                st.error(error_text(error, lang))


def school_choices(lang: str, total: int, regions: tuple, levels: tuple, selected: tuple,
                   key: str = "f_school_search", region_level: str = "province") -> dict[int, str]:
    """School id -> name for a picker: every school when there are few, else a search (plus the chosen)."""
    from dashboard.queries import SCHOOL_LIST_MAX

    try:
        if total <= SCHOOL_LIST_MAX:
            found = reads.schools(region_level=region_level)
            if regions:
                found = found[found["region_top"].isin(regions)]
            if levels:
                found = found[found["level"].isin(levels)]
        else:
            text = st.text_input(t("search_schools", lang).format(n=f"{total:,}"), key=key,
                                 placeholder=t("search_schools_hint", lang))
            found = reads.search_schools(text=text.strip(), regions=regions, levels=levels,
                               region_level=region_level)
            chosen = reads.schools_by_ids(ids=tuple(int(i) for i in selected), region_level=region_level)
            found = pd.concat([chosen, found]).drop_duplicates("school_id")
    except (data.NoWarehouse, data.WarehouseBusy):
        return {}
    return {int(r["school_id"]): school_name(r, lang) for _, r in found.iterrows()}


FILTER_PARAMS = ("lang", "rlevel", "region", "school", "level", "years")


def sync_url(filters: Filters, lang: str, page_params: dict[str, str] | None = None) -> None:
    """Write the view into the query string (only when it changed).

    Page parameters already in the URL stay until the page publishes its own (see publish()).
    """
    wanted = to_query_params(filters, lang)
    if page_params is None:
        page_params = st.session_state.get("_page_params")
    if page_params is None:
        page_params = {k: v for k, v in st.query_params.items() if k not in FILTER_PARAMS}
    wanted.update(page_params)
    if dict(st.query_params) != wanted:
        st.query_params.from_dict(wanted)


def context() -> PageContext:
    """The sidebar's filters and language for the page being rendered."""
    return st.session_state.get("_context") or PageContext(Filters(), current_lang())


def plain(text) -> str:
    from dashboard.tables import plain as escape

    return escape(text)


def empty_state(lang: str, message_key: str = "empty_body") -> None:
    st.info(f"**{t('empty_title', lang)}**\n\n{t(message_key, lang)}", icon=":material/inbox:")


def _unreadable_errors() -> tuple[type[BaseException], ...]:
    import duckdb

    from etl.warehouse import WarehouseError

    return WarehouseError, duckdb.IOException, duckdb.InternalException, duckdb.SerializationException


# What a warehouse that cannot be read raises; a busy warehouse is not one of them (pages wait for it).
UNREADABLE = _unreadable_errors()


def unreadable_warehouse(error: BaseException, lang: str) -> None:
    """The page shown instead of any other when the warehouse file cannot be read."""
    from dashboard import tables

    if isinstance(error, data.WarehouseBusy):
        raise error  # not damaged: the pages say "busy" and wait
    logging.getLogger("pbd").error("the warehouse cannot be read", exc_info=error)
    db = tables.plain(data.db_path())
    st.title(t("unreadable_title", lang))
    st.error(t("unreadable_body", lang).format(db=db), icon=":material/database:")
    st.code(str(error).splitlines()[0] if str(error) else type(error).__name__, language=None)
    st.markdown(t("unreadable_todo", lang).format(db=db))


@contextlib.contextmanager
def writing(lang: str):
    """A warehouse connection for one write (etl.warehouse.session); while the write waits for a load
    of another process or app server, the page says so instead of standing still."""
    from etl.load import waiting_notice
    from etl.warehouse import session

    notice = st.empty()
    with waiting_notice(lambda: notice.info(t("waiting_for_load", lang), icon=":material/hourglass_top:")), \
            session() as con:
        yield con
    notice.empty()


def guarded(read: Callable, lang: str, **params) -> pd.DataFrame | None:
    """A read (dashboard.reads) whose failure becomes a helpful message on the page (None), never a
    traceback."""
    try:
        return read(**params)
    except data.NoWarehouse:
        empty_state(lang)
    except data.WarehouseBusy:
        st.warning(t("busy", lang), icon=":material/hourglass_top:")
    return None


def indicator_choices(lang: str, filters: Filters) -> tuple[pd.DataFrame, dict[str, str], str]:
    """For a page's indicator picker: the catalog, the indicators with data under `filters` (id ->
    name, grouped by category) and the default pick. Stops the page, with the empty state, when there
    is nothing to pick."""
    from dashboard import tables

    catalog = guarded(reads.indicators, lang)
    counts = guarded(reads.indicator_school_counts, lang, filters=filters)
    if catalog is None or counts is None:
        st.stop()
    if counts.empty:
        empty_state(lang)
        st.stop()
    return catalog, tables.indicator_options(catalog, counts, lang), tables.default_indicator(counts)


def suggest_indicator(lang: str, key: str, current: str, suggested: str, catalog: pd.DataFrame) -> None:
    """Under a page's empty state: a button that switches its indicator picker (`key`) to the one most
    schools report under the filters, when that is another one (after the filters narrowed, say)."""
    from dashboard import tables

    if suggested != current:
        st.button(t("show_indicator", lang).format(name=tables.indicator_name(catalog, suggested, lang)),
                  key=f"{key}_suggested", on_click=lambda: st.session_state.update({key: suggested}))


def chart_block(fig: go.Figure, table: pd.DataFrame, *, key: str, lang: str, file_stem: str,
                briefing: str | None = None, sources: Sources | None = None, summary: str = "",
                on_pick: Callable[[dict], None] | None = None, light: str | None = None) -> None:
    """The chart, with its data table one click away and a CSV download.

    With `briefing` (the chart's title) the view is offered on the briefing page as it is now, with
    the files its figures come from (`sources`, when known) and what it shows in words (`summary`).
    With `on_pick`, a click on a bar or point calls it with that point (plotly's selection event).
    With `light`, the page shows that SVG drawing of the chart (dashboard.light) instead of the plotly
    figure, which the briefing and the exports still use."""
    if light is not None:
        from dashboard import light as light_charts

        light_charts.show(light, key=key, on_pick=on_pick)
    elif on_pick is None:
        st.plotly_chart(fig, key=f"chart_{key}", config=plotly_config(file_stem))
    else:
        # the key changes after a narrowing by a click (narrow_to_region), which drops the old selection
        event = st.plotly_chart(fig, key=f"chart_{key}_{st.session_state.get('_picks', 0)}",
                                config=plotly_config(file_stem), on_select="rerun", selection_mode="points")
        points = event.selection.points if event else []
        if points:
            on_pick(points[0])
    if briefing:
        from dashboard.briefing import filters_subtitle
        from dashboard.exports import Chart

        filters = context().filters
        try:
            schools = reads.schools_by_ids(ids=filters.schools)
        except (data.NoWarehouse, data.WarehouseBusy):
            schools = pd.DataFrame()
        subtitle = filters_subtitle(filters, schools, lang)
        st.session_state.setdefault("briefing_views", {})[key] = Chart(
            f"view:{key}", briefing, fig, table, subtitle, sources, summary)
    # the table is built when the expander is opened: a data grid the page does not show yet would
    # cost every visit its module and its drawing
    with st.expander(t("show_data", lang), key=f"data_{key}", on_change="rerun") as shown:
        if shown.open:
            st.dataframe(table, hide_index=True)
            st.download_button(
                t("download_csv", lang),
                data=safe_csv(table),
                file_name=f"{file_stem}.csv",
                mime="text/csv",
                key=f"csv_{key}",
            )


def plotly_config(file_stem: str) -> dict:
    """Plotly's toolbar PNG: 1600 px wide at scale 2 with a sensible file name."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": file_stem, "width": 1600, "height": 900, "scale": 2},
    }


# ------------------------------------------------------------------ page parameters in the URL

def bind(key: str, param: str, default, *, options=None, parse=str):
    """Give a page widget its first value from the URL (once per session), else the default."""
    if key in st.session_state and (options is None or st.session_state[key] in options):
        return
    raw = st.query_params.get(param)
    value = default
    if raw is not None:
        try:
            value = parse(raw)
        except (TypeError, ValueError):
            value = default
    if options is not None and value not in options:
        value = default
    st.session_state[key] = value


def filter_params() -> dict[str, str]:
    """The current filters and language as URL parameters: a link to another page keeps them."""
    ctx = context()
    return to_query_params(ctx.filters, ctx.lang)


def open_school(point: dict) -> None:
    """Open the profile of the school a clicked bar stands for (its id last in the bar's customdata),
    keeping the filters."""
    school_id = (point.get("customdata") or [None])[-1]
    if isinstance(school_id, (int, float)):
        st.switch_page("views/school.py", query_params={**filter_params(), "id": str(int(school_id))})


def narrow_to_region(point: dict) -> None:
    """Narrow the filters to the region a clicked bar stands for (its name last in the bar's
    customdata; "" where unknown). The sidebar takes it on the next run, before its widgets."""
    region = (point.get("customdata") or [""])[-1]
    if isinstance(region, str) and region and list(st.session_state.get("f_regions", [])) != [region]:
        st.session_state["_narrow_to"] = region
        # a new chart key on the next run: the old chart's selection would narrow again after a clear
        st.session_state["_picks"] = st.session_state.get("_picks", 0) + 1
        st.rerun()


def page_url(page: str, **params) -> str:
    """A link to another page (its URL path) with the current filters and `params`."""
    from urllib.parse import urlencode

    return f"/{page}?{urlencode({**filter_params(), **{k: str(v) for k, v in params.items()}})}"


def publish(**params) -> None:
    """Put the page's own choices into the URL beside the filters, so that a link reproduces the view."""
    page_params = {k: ",".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v)
                   for k, v in params.items() if v not in (None, "", False, [], ())}
    st.session_state["_page_params"] = page_params
    ctx = context()
    sync_url(ctx.filters, ctx.lang)


def int_list(raw: str) -> list[int]:
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


# ------------------------------------------------------------------ analysts

def error_text(error: Exception, lang: str) -> str:
    """What went wrong, in the page's language. A refusal (a LoadError, an unreadable file, a file over
    a limit) carries its reason in both languages. Anything else is a failure the page did not expect:
    it is logged with its traceback and said plainly, since the transaction has rolled it back."""
    from etl.warehouse import WarehouseError, no_room

    zh = getattr(error, "zh", None)
    if zh is not None or isinstance(error, WarehouseError):
        return zh if lang == "zh" and zh else str(error)
    if no_room(error):
        return t("no_room", lang)
    logging.getLogger("pbd").error("a write or read failed on a page", exc_info=error)
    return t("unexpected_failure", lang).format(error=f"{type(error).__name__}: {error}")


def require_analyst(lang: str, why: str) -> str:
    """The logged-in analyst's name; for anyone else the page says `why` (an i18n key), offers the login
    form and stops. Logged in, the sidebar shows who, with a log-out button."""
    who = analyst()
    if not who:
        st.info(t(why, lang), icon=":material/lock:")
        analyst_login(lang, where=st.container())
        st.stop()
    analyst_login(lang)
    return who


def analyst() -> str | None:
    """The logged-in analyst's name, or None for a viewer: this session's login, else the browser's
    lasting one (dashboard.sessions), while the account it names still exists."""
    name = st.session_state.get("analyst_name")
    if name or not sessions.MOUNTED:
        return name
    login = sessions.read(st.context.cookies.get(sessions.COOKIE))
    if login is None:
        return None
    if login.account:
        try:
            account = reads.account(login=login.name)
        except (data.NoWarehouse, data.WarehouseBusy):
            account = None
        if account is None:  # removed since: its cookie no longer logs in
            return None
        login = dataclasses.replace(login, name=account.name, role=account.role)
    st.session_state["analyst_name"], st.session_state["analyst_role"] = login.name, login.role
    return login.name




def analyst_login(lang: str, *, where=None) -> str | None:
    """A login form for the analyst role (upload, review, revert). Returns the analyst's name."""
    from dashboard import tables
    from etl import accounts, auth

    if analyst():
        box = where or st.sidebar
        box.caption(t("logged_in_as", lang).format(name=tables.plain(analyst())))  # a name, not Markdown
        if sessions.MOUNTED:
            _session_logout(box, lang)
        elif box.button(t("log_out", lang), key="logout"):
            st.session_state.pop("analyst_name", None)
            st.session_state.pop("analyst_role", None)
            st.rerun()
        return analyst()
    container = where or st
    stored, _ = auth.stored_hash()
    if sessions.MOUNTED:
        _session_form(container, lang, stored)
        return None
    with container.form("analyst_login", clear_on_submit=True):
        st.markdown(f"**{t('analyst_login', lang)}**")
        if not stored:
            st.caption(t("no_password_configured", lang))
        name = st.text_input(t("your_name", lang), key="login_name", max_chars=40)
        password = st.text_input(t("password", lang), type="password", key="login_password")
        submitted = st.form_submit_button(t("log_in", lang))
    if submitted:
        problem = name_problem(name)
        if not name.strip():
            container.error(t("name_required", lang))
        elif problem:
            container.error(problem[1] if lang == "zh" else problem[0])
        else:
            def account(login: str):
                try:
                    return reads.account(login=login)
                except (data.NoWarehouse, data.WarehouseBusy):
                    return None

            who = accounts.log_in(name, password, account)
            if who:
                st.session_state["analyst_name"] = who.name
                st.session_state["analyst_role"] = who.role
                st.rerun()
            else:
                container.error(t("wrong_password", lang))
    return None


def _here() -> str:
    """This page's path and query, where a login or logout sends the browser back to."""
    from urllib.parse import urlencode, urlsplit

    path = urlsplit(st.context.url or "/").path or "/"
    query = urlencode({k: v for k, v in st.query_params.to_dict().items() if k != "login"})
    return sessions.safe_next(path + (f"?{query}" if query else ""))


def _session_form(container, lang: str, stored: str | None) -> None:
    """The login form that posts to the app's own route (dashboard.sessions), which keeps the login
    in an HTTP-only cookie; a failed try comes back with ?login=password or ?login=name."""
    import html

    failed = st.query_params.get("login")
    if failed in ("password", "name"):
        container.error(t("wrong_password" if failed == "password" else "name_required", lang))
        del st.query_params["login"]
    note = f"<p class='pbd-note'>{html.escape(t('no_password_configured', lang))}</p>" if not stored else ""
    container.html(f"""
<form class="pbd-login" method="post" action="{sessions.LOGIN_PATH}">
  <p><b>{html.escape(t('analyst_login', lang))}</b></p>{note}
  <label>{html.escape(t('your_name', lang))}
    <input name="login_name" maxlength="40" autocomplete="username" required></label>
  <label>{html.escape(t('password', lang))}
    <input name="login_password" type="password" autocomplete="current-password" required></label>
  <input type="hidden" name="return_to" value="{html.escape(_here())}">
  <button type="submit">{html.escape(t('log_in', lang))}</button>
</form>
<style>
.pbd-login {{ display: flex; flex-direction: column; gap: .35rem; padding: 1rem; border: 1px solid #d5dbe1;
             border-radius: .5rem; max-width: 28rem; }}
.pbd-login p {{ margin: 0 0 .25rem 0; }}
.pbd-login .pbd-note {{ color: #7b8794; font-size: .85rem; }}
.pbd-login label {{ font-size: .875rem; display: flex; flex-direction: column; gap: .25rem; }}
.pbd-login input {{ padding: .45rem .6rem; border: 1px solid #d5dbe1; border-radius: .4rem; font-size: 1rem; }}
.pbd-login button {{ margin-top: .5rem; align-self: flex-start; padding: .4rem .9rem; border-radius: .4rem;
                    border: 1px solid #d5dbe1; background: #fff; cursor: pointer; font-size: 1rem; }}
</style>""")


def _session_logout(box, lang: str) -> None:
    import html

    box.html(f"""<form method="get" action="{sessions.LOGOUT_PATH}" class="pbd-logout">
  <input type="hidden" name="return_to" value="{html.escape(_here())}">
  <button type="submit">{html.escape(t('log_out', lang))}</button>
</form>
<style>.pbd-logout button {{ padding: .3rem .8rem; border-radius: .4rem; border: 1px solid #d5dbe1;
  background: #fff; cursor: pointer; }}</style>""")


@st.cache_data(max_entries=64, show_spinner=False)
def _png(fig_json: str) -> bytes:
    import plotly.io as pio

    from dashboard.exports import to_png

    return to_png(pio.from_json(fig_json))


def png_of(fig: go.Figure) -> bytes:
    """Server-side PNG of a figure, cached by its content."""
    return _png(fig.to_json())
