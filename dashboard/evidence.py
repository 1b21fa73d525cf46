"""The source of a figure shown in its sentence, with the figure marked (pure, HTML-escaped)."""

from __future__ import annotations

import html
import re

_SENTENCE_END = re.compile(r"[。！？!?\n]|(?<=[.;])\s")


def sentence_around(text: str, start: int, end: int, limit: int = 240) -> tuple[str, str, str]:
    """(before, figure, after): the sentence holding text[start:end], cut at `limit` characters."""
    if not text or start is None or end is None or not (0 <= start <= end <= len(text)):
        return "", "", ""
    left = start
    while left > 0 and not _SENTENCE_END.match(text, left - 1) and start - left < limit:
        left -= 1
    right = end
    while right < len(text) and not _SENTENCE_END.match(text, right) and right - end < limit:
        right += 1
    if right < len(text) and text[right] in "。！？!?.;":
        right += 1
    return text[left:start].lstrip(), text[start:end], text[end:right].rstrip()


def highlight_html(before: str, figure: str, after: str) -> str:
    """The sentence as HTML with the figure in <mark>; every part escaped (names may hold markup)."""
    return f"{html.escape(before)}<mark>{html.escape(figure)}</mark>{html.escape(after)}"
