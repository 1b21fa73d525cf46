"""党建指标看板 · entry point: page config, navigation, sidebar (language and global filters)."""

import streamlit as st

from dashboard import ui
from dashboard.i18n import t

st.set_page_config(page_title="党建指标看板 · Party-Building Indicators", page_icon="🏫", layout="wide")

lang = ui.current_lang()
# Page files are named <url>_page.py: a file named like its url path collides with Streamlit's
# legacy pages/ folder handling, which then runs the page without this entrypoint on reruns.
PAGES = [
    ("pages/overview_page.py", "page_overview", "overview", ":material/dashboard:"),
    ("pages/compare_page.py", "page_compare", "compare", ":material/bar_chart:"),
    ("pages/trends_page.py", "page_trends", "trends", ":material/show_chart:"),
    ("pages/school_page.py", "page_school", "school", ":material/school:"),
    ("pages/evidence_page.py", "page_evidence", "evidence", ":material/fact_check:"),
    ("pages/upload_page.py", "page_upload", "upload", ":material/upload_file:"),
    ("pages/briefing_page.py", "page_briefing", "briefing", ":material/slideshow:"),
    ("pages/schools_page.py", "page_schools", "schools", ":material/domain:"),
]
pages = [st.Page(path, title=t(title, lang), url_path=url, icon=icon) for path, title, url, icon in PAGES]


def _home() -> None:
    """The root address opens the Overview at /overview, keeping the query string."""
    st.switch_page(pages[0], query_params=dict(st.query_params))


navigation = st.navigation([st.Page(_home, title=t("page_overview", lang), default=True, visibility="hidden"), *pages])
st.logo("data/logo.svg", size="large")
st.session_state["_page_params"] = None  # each page publishes its own URL parameters
try:
    ui.sidebar(page=navigation.url_path or "overview")
    navigation.run()
except ui.UNREADABLE as error:  # a damaged or foreign file: a page that says so and what to do
    ui.unreadable_warehouse(error, lang)
