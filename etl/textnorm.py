"""Length-preserving text folding for matching: Traditional -> Simplified, full-width -> ASCII.

Every function here maps one character to one character, so an offset into the folded text is
the same offset into the original: extraction runs on the folded text and quotes the original.
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def _t2s_table() -> dict[int, str]:
    """OpenCC's character table (TSCharacters), first candidate, one-to-one entries only."""
    table: dict[int, str] = {}
    dictionary = resources.files("opencc") / "dictionary"
    for name in ("TSCharacters.txt",):
        path = dictionary / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            src, _, targets = line.partition("\t")
            target = targets.split(" ")[0] if targets else ""
            if len(src) == 1 and len(target) == 1 and src != target:
                table.setdefault(ord(src), target)
    return table


@functools.cache
def _width_table() -> dict[int, str]:
    """Full-width ASCII (！ to ～) and the ideographic space to their half-width forms."""
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    return table


@functools.cache
def _fold_table() -> dict[int, str]:
    return {**_t2s_table(), **_width_table()}


def to_simplified(text: str) -> str:
    return text.translate(_t2s_table())


def fold(text: str) -> str:
    """Simplified characters and half-width digits and punctuation; same length as `text`."""
    return text.translate(_fold_table())


def has_traditional(text: str) -> bool:
    table = _t2s_table()
    return any(ord(ch) in table for ch in text)
