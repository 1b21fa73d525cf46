"""The app as `python -m dashboard.serve` serves it: Streamlit's own routes, app.py's pages, and the
login routes that keep an analyst logged in across reloads and tabs (dashboard.sessions)."""

import streamlit as st

from dashboard import sessions

sessions.MOUNTED = True
app = st.App("app.py", routes=sessions.routes())
