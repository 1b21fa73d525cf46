"""Length-preserving text folding for matching: Traditional -> Simplified, full-width -> ASCII.

Every function here maps one character to one character, so an offset into the folded text is
the same offset into the original: extraction runs on the folded text and quotes the original.
"""

from __future__ import annotations

import functools
import re
import unicodedata
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


# Characters that show nothing: controls (C0, DEL, C1) and format characters (zero-width space and
# joiners, the byte-order mark, soft hyphen, word joiner, invisible operators, Arabic and Mongolian
# marks, tag characters) and the bidirectional controls. Copied text often carries zero-width ones;
# a spoofed name hides behind them.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f]"
)
# The bidirectional embeddings, overrides and isolates: they reorder what is shown, so a name holding
# one may read as another; such a name is refused rather than cleaned.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def clean_name(name: str) -> str:
    """A name as stored and matched: NFKC (full-width letters and compatibility forms folded), the
    invisible characters removed, runs of white space made one space, trimmed."""
    name = unicodedata.normalize("NFKC", name)
    return _SPACES.sub(" ", _INVISIBLE.sub("", name)).strip()


def name_problem(name: str) -> tuple[str, str] | None:
    """Why a name a person gave cannot be taken, (English, Chinese), or None when it can."""
    if found := _BIDI_CONTROLS.search(name):
        code = f"U+{ord(found.group(0)):04X}"
        return (f"the name holds a hidden text-direction control ({code}) that can make it look like another; "
                "retype it", f"名称中含有隐藏的文字方向控制符（{code}），可能伪装成其他名称；请重新输入")
    if not clean_name(name):
        return "the name has no visible character", "名称中没有可见的字符"
    return None
