"""Serve the app: `python -m dashboard.serve [streamlit options]` (what `make run` calls).

The pages/ folder holds st.navigation pages. Streamlit also treats a folder named pages/ as a
legacy auto-discovered page list until the entrypoint has called st.navigation once, so the very
first visitor after start-up would get "Page not found" for a deep link such as /compare. Starting
Streamlit in this process with that legacy mode switched off serves every link from the first request.
"""

from __future__ import annotations

import sys
from pathlib import Path

# asgi.py serves app.py with the login routes (dashboard.sessions)
APP = Path(__file__).resolve().parent.parent / "asgi.py"


def main(argv: list[str] | None = None) -> None:
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.web import cli

    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
