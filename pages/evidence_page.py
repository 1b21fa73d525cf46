"""Evidence page (filled in by a later issue)."""

import streamlit as st

from dashboard import ui
from dashboard.i18n import t

lang = ui.context().lang
st.title(t("page_evidence", lang))
st.info(t("stub", lang))
