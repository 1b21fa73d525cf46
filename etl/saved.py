"""Views saved by name: a page and its URL query (the filters and the page's own choices), kept in
the warehouse (`saved_views`) so that every app server lists them for everyone. Analysts save,
rename and delete them. Opening one opens the page with that query, on today's data."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

import duckdb

from etl import ids
from etl.warehouse import LoadError, bump_data_version, transaction

PAGES = ("overview", "compare", "trends", "school", "evidence", "briefing")  # the pages a view can be of
MAX_NAME = 60


class SavedViewError(LoadError):
    """A view that cannot be saved, renamed or deleted, said in both languages."""


@dataclass(frozen=True)
class SavedView:
    id: int
    name: str
    page: str
    query: str
    saved_by: str

    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query))


def _name(name: str) -> str:
    from etl.textnorm import clean_name, name_problem

    cleaned = clean_name(name)
    if not cleaned:
        raise SavedViewError("a saved view needs a name", "保存的视图需要一个名称")
    problem = name_problem(name)
    if problem:
        raise SavedViewError(problem[0], problem[1])
    if len(cleaned) > MAX_NAME:
        raise SavedViewError(f"a view's name is at most {MAX_NAME} characters", f"视图名称最多 {MAX_NAME} 个字符")
    return cleaned


def _refuse_if_taken(con, name: str, other_than: int | None = None) -> None:
    """Refused when another view has this name, whatever its case."""
    if con.execute("SELECT count(*) FROM saved_views WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?",
                   [name, other_than]).fetchone()[0]:
        raise SavedViewError(f"a view named {name!r} exists already", f"已有名为 {name!r} 的视图")


def save(con: duckdb.DuckDBPyConnection, name: str, page: str, params: dict[str, str], who: str) -> SavedView:
    """Save the view of `page` with its URL `params` under `name` (unique, whatever its case)."""
    name = _name(name)
    if page not in PAGES:
        raise SavedViewError(f"{page!r} is not a page a view can be saved of", f"{page!r} 页面不能保存为视图")
    query = urlencode(sorted(params.items()))
    with transaction(con):
        _refuse_if_taken(con, name)
        view_id = ids.reserve(con, "view")
        con.execute("INSERT INTO saved_views VALUES (?, ?, ?, ?, ?, current_timestamp)",
                    [view_id, name, page, query, who])
        bump_data_version(con)
    return SavedView(view_id, name, page, query, who)


def rename(con: duckdb.DuckDBPyConnection, view_id: int, name: str) -> None:
    name = _name(name)
    with transaction(con):
        _refuse_if_taken(con, name, other_than=view_id)
        con.execute("UPDATE saved_views SET name = ? WHERE id = ?", [name, view_id])
        bump_data_version(con)


def delete(con: duckdb.DuckDBPyConnection, view_id: int) -> None:
    with transaction(con):
        con.execute("DELETE FROM saved_views WHERE id = ?", [view_id])
        bump_data_version(con)


def listing(con: duckdb.DuckDBPyConnection) -> list[SavedView]:
    """Every saved view, by name."""
    return [SavedView(*row) for row in con.execute(
        "SELECT id, name, page, query, saved_by FROM saved_views ORDER BY lower(name), id").fetchall()]
