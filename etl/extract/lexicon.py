"""The indicator lexicon (lexicon.csv): which words name what a count counts, and which words frame it.

Each line is `lang,word,role,indicator`. A noun's role says what kind of thing it is (a party
member, a pupil, a household …) and the indicator a plain count of it gives; a frame word's role
says what the clause does with the people counted (has them, honours them, helps them …).
`…` inside a word stands for a gap of up to 12 characters within the clause ("走进…家" reads
"走进结对学生的家中"). Adding a synonym is one line of the CSV.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

LEXICON_CSV = Path(__file__).with_name("lexicon.csv")

NOUN_ROLES = frozenset({
    "member", "full_member", "probationary", "activist", "applicant", "new_member", "honoured", "volunteer",
    "young_teacher", "pupil", "staff", "public", "household", "person", "organization", "league", "officer",
})
FRAME_ROLES = frozenset({
    "exist", "honour", "honoured_by", "help", "develop", "join", "apply", "serve", "home_visit", "attend", "team", "lead",
    "benefit", "mentor", "review", "whole", "breakdown", "designate", "promote",
})
_GAP = {"zh": r"[^，,。；;！？!?\n]{0,12}?", "en": r"[^,.;!?\n]{0,40}?"}
# words that open with a noun and are none: "26名党员人均积分超过95分" (人均, per head, counts no one)
_NOT_NOUNS_ZH = ("人均",)


@dataclass(frozen=True)
class Entry:
    lang: str
    word: str
    role: str
    indicator: str | None


@dataclass(frozen=True)
class Noun:
    word: str
    role: str
    indicator: str | None
    start: int
    end: int


@functools.cache
def entries() -> tuple[Entry, ...]:
    rows = []
    with LEXICON_CSV.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            rows.append(Entry(row["lang"], row["word"], row["role"], row["indicator"] or None))
    return tuple(rows)


class Lexicon:
    """The words of one language: nouns found by longest match, frame words as one pattern per role."""

    def __init__(self, lang: str):
        self.lang = lang
        rows = [e for e in entries() if e.lang == lang]
        self.nouns = {e.word: e for e in rows if e.role in NOUN_ROLES}
        self._longest = max((len(w) for w in self.nouns), default=0)
        self.frames: dict[str, re.Pattern] = {}
        self.frame_indicator: dict[str, str | None] = {}
        by_role: dict[str, list[str]] = {}
        for e in rows:
            if e.role in FRAME_ROLES:
                by_role.setdefault(e.role, []).append(e.word)
                self.frame_indicator.setdefault(e.role, e.indicator)
        for role, words in by_role.items():
            alternatives = [_word_pattern(w, lang) for w in sorted(words, key=len, reverse=True)]
            self.frames[role] = re.compile("|".join(alternatives), re.I)

    def noun_at(self, text: str, pos: int) -> Noun | None:
        """The longest lexicon noun that starts at `pos` (not the start of a word that is no noun: "人均", per head)."""
        if self.lang == "zh" and text.startswith(_NOT_NOUNS_ZH, pos):
            return None
        for length in range(min(self._longest, len(text) - pos), 0, -1):
            entry = self.nouns.get(text[pos: pos + length])
            if entry and (self.lang == "zh" or _word_bounded(text, pos, pos + length)):
                return Noun(entry.word, entry.role, entry.indicator, pos, pos + length)
        return None

    def noun_ending_at(self, text: str, end: int) -> Noun | None:
        """The longest lexicon noun that ends at `end`."""
        for length in range(min(self._longest, end), 0, -1):
            entry = self.nouns.get(text[end - length: end])
            if entry and (self.lang == "zh" or _word_bounded(text, end - length, end)):
                return Noun(entry.word, entry.role, entry.indicator, end - length, end)
        return None

    def frame(self, role: str, text: str) -> re.Match | None:
        pattern = self.frames.get(role)
        return pattern.search(text) if pattern else None

    def last_frame(self, role: str, text: str) -> re.Match | None:
        pattern = self.frames.get(role)
        found = None
        if pattern:
            for found in pattern.finditer(text):  # noqa: B007 - the last one is wanted
                pass
        return found


def _word_pattern(word: str, lang: str) -> str:
    parts = [re.escape(p) for p in word.split("…")]
    pattern = _GAP[lang].join(parts)
    return rf"\b{pattern}\b" if lang == "en" else pattern


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


@functools.cache
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang)
