"""The app as `make run` serves it (`streamlit run asgi.py`): app.py's pages, the login
routes that keep an analyst logged in across reloads and tabs (dashboard.sessions), and, at server
start, the export renderer started in the background so that a first briefing does not wait for it."""

import contextlib
import threading

import streamlit as st

from dashboard import exports, sessions


@contextlib.asynccontextmanager
async def _lifespan(_app):
    threading.Thread(target=exports.warm_up, name="export-warm-up", daemon=True).start()
    yield


sessions.MOUNTED = True
app = st.App("app.py", routes=sessions.routes(), lifespan=_lifespan)
