"""Pages call their reads by name (dashboard.reads), never by a string naming a query."""

from __future__ import annotations

import inspect
import re

from dashboard import queries, reads
from tests.conftest import ROOT


def test_every_read_is_a_query_of_the_same_name_and_signature():
    for name, read in vars(reads).items():
        if name.startswith("_") or not callable(read) or getattr(read, "__module__", "") != "dashboard.reads":
            continue
        query = getattr(queries, name)
        assert read.__wrapped__ is query
        assert list(inspect.signature(query).parameters)[0] == "con"


def test_no_page_names_a_query_by_a_string():
    sources = [*sorted((ROOT / "pages").glob("*.py")), ROOT / "app.py", *sorted((ROOT / "dashboard").glob("*.py"))]
    for path in sources:
        if path.name in ("data.py", "reads.py"):
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bquery\(\s*[\"']", text), path.name
        assert "guarded_query" not in text, path.name
