"""党建指标看板 · entry point: page config, navigation, sidebar (language and global filters)."""

import streamlit as st

from dashboard import ui
from dashboard.i18n import t

st.set_page_config(page_title="党建指标看板 · Party-Building Indicators", page_icon="🏫", layout="wide")

lang = ui.current_lang()
# The page files live in views/, not pages/: Streamlit takes a folder named pages/ for a page list of
# its own until st.navigation has run once, so a first visitor's deep link would find no page.
PAGES = [
    ("views/overview.py", "page_overview", "overview", ":material/dashboard:"),
    ("views/compare.py", "page_compare", "compare", ":material/bar_chart:"),
    ("views/trends.py", "page_trends", "trends", ":material/show_chart:"),
    ("views/school.py", "page_school", "school", ":material/school:"),
    ("views/evidence.py", "page_evidence", "evidence", ":material/fact_check:"),
    ("views/upload.py", "page_upload", "upload", ":material/upload_file:"),
    ("views/briefing.py", "page_briefing", "briefing", ":material/slideshow:"),
    ("views/schools.py", "page_schools", "schools", ":material/domain:"),
]
pages = [st.Page(path, title=t(title, lang), url_path=url, icon=icon) for path, title, url, icon in PAGES]


def _home() -> None:
    """The root address opens the Overview at /overview, keeping the query string."""
    st.switch_page(pages[0], query_params=dict(st.query_params))


navigation = st.navigation([st.Page(_home, title=t("page_overview", lang), default=True, visibility="hidden"), *pages])
st.logo("data/logo_en.svg" if lang == "en" else "data/logo.svg", size="large")  # the name in the page's language
st.session_state["_page_params"] = None  # each page publishes its own URL parameters
if not navigation.url_path:  # the root address: on to /overview before drawing anything twice
    navigation.run()
try:
    ui.sidebar(page=navigation.url_path)
    navigation.run()
except ui.UNREADABLE as error:  # a damaged or foreign file: a page that says so and what to do
    ui.unreadable_warehouse(error, lang)
