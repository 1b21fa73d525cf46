"""Where sentences and clauses start and end, and which spans are quoted labels or book titles."""

from __future__ import annotations

import bisect
import re

from etl import qualifiers
from etl.numbers import EN_SMALL, EN_TENS

_ZH_SENTENCE_END = re.compile(r"[。！？!?\n]")
# an English sentence ends at . ! ? followed by space, unless the dot ends an abbreviation like "No." or "incl."
# (a time of day, "at 6 a.m.", ends one only where a capital or the text's end follows: "at 6 a.m. to clear the roads")
_EN_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?](?=\s|$)|(?<=[ap]\.m)\.(?=\s*$|\s+[A-Z“\"])|\n")
# (a number ends a sentence, "founded in 2005.", unless it numbers a line: "1. Membership")
# (or "c." and "ca.", circa, before a number: "for c. 45 children")
_EN_ABBREVIATION = re.compile(r"(?:\b(?:No|no|Mr|Dr|St|Mrs|Ms|incl|approx|esp|vs|e\.g|i\.e|c|ca)|^[ \t]*\d{1,2})\.$",
                              re.M)
# a colon between a field's label and its number ("党员总数：38人") joins them in one clause
# (a comma between digits groups them, "32,000", and ends no clause)
_ZH_NUMBER_NEXT = re.compile(r"[ \t\u3000]*(?:\d|[一二两三四五六七八九十百])")
_ZH_CLAUSE_MARK = re.compile(rf"[；;]|，|,(?!(?<=\d,)\d)|[：:](?!{_ZH_NUMBER_NEXT.pattern})")
# (and so does a table's bar between a row's label and its number, "| 党员总数 | 38人 |"; a bar after a cell, before
# words, ends the cell's clause: "| 党员人数 | 在册党员108名 |", but not the bar that opens the row)
_BAR = re.compile(r"[ \t\u3000]*[|｜]")


def _cell_ends(text: str) -> list[int]:
    """Where the clause after a Chinese table's cell starts: after a bar that follows the cell's words and goes before
    words of the next cell (the bars are looked for apart: a look behind at every place of the text slowed every
    clause mark's search)."""
    return [m.end() for m in _BAR.finditer(text)
            if m.start() and text[m.start() - 1] not in " \t\u3000\n|｜" and not _ZH_NUMBER_NEXT.match(text, m.end())]
# (a vertical bar parts the fields of a line, "Branches: 5 | Party members: 96", as a semicolon would; so does a dot set
# between spaces: "3 Party groups · 47 members · 6 activists")
# (and a colon before a number, a qualifier's words allowed: "Party lectures: at least 4")
# (a number said in words is a number too: "Party members: forty-one")
_EN_NUMBER_WORD = "|".join(sorted(EN_SMALL | EN_TENS, key=len, reverse=True))
_EN_CLAUSE_MARK = re.compile(rf";|[|｜]|(?<=\s)[·•](?=\s)|,(?!(?<=\d,)\d)|:(?![ \t]*(?:(?:{qualifiers.alternation(qualifiers.BEFORE_EN)})[ \t]+)?"
                             rf"(?:\d|(?:{_EN_NUMBER_WORD})(?![a-z])))", re.I)
# a class or a year of a school's or a kindergarten's pupils, named before their parents or them: "大班", "一年级", "新生"
CLASS_OR_YEAR_ZH = r"(?:(?:大|中|小)班|[一二三四五六]年级|新生)"
# the months' names in English, as alternatives of a pattern (of lowered text, or one that ignores case)
EN_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
EN_MONTH_NUMBERS = {name: i for i, name in enumerate(EN_MONTHS.split("|"), start=1)}
_BOOK = re.compile(r"《[^《》\n]{1,80}》")
_ZH_QUOTE = re.compile(r"“[^“”\n]{0,60}”|「[^「」\n]{0,60}」|『[^『』\n]{0,60}』")
_ASCII_QUOTE = re.compile(r"\"[^\"\n]{0,60}\"")
_PAREN = re.compile(r"[(（][^()（）\n]{0,60}[)）]")
def line_start_within(text: str, pos: int, reach: int) -> int | None:
    """Where the line `pos` is on starts, if no further back than `reach` (looked for only so far back, so that a
    long line is not rescanned for every place in it that asks), else None."""
    floor = max(0, pos - reach)
    newline = text.rfind("\n", floor, pos)
    return newline + 1 if newline >= 0 else (0 if floor == 0 else None)


_BLANK_AFTER = re.compile(r"[ \t\u3000。.]*(?:\n|$)")


def _alone_on_its_line(text: str, m: re.Match) -> bool:
    """Whether nothing but blanks (and a full stop) stands beside the match on its line (looked at only next to it,
    so that a line of many brackets costs no rescan of the line for each)."""
    line_start = line_start_within(text, m.start(), 8)
    return line_start is not None and not text[line_start: m.start()].strip() and \
        bool(_BLANK_AFTER.match(text, m.end(), m.end() + 8))

# the marks that open an item of a list: bullets, dashes, geometric shapes, pictographs ("◆", "•", "📌", "✅")
LIST_MARKS = r"[\s\-*•·\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"

LABEL_MAX = 30  # a quoted span this short is a label or slogan, not a reported figure
# the end of a short quoted speech, its speaker said after it: ',” says', '," she said'
_SPEECH_SAID = re.compile(r"[,!?][\"”]\s*(?:(?:he|she|they|we) )?(?:says|said|adds|added|replies|replied|explains|explained)\b")
# The longest sentence the rules read as one. Every count looks back over its sentence, so a sentence
# of unbounded length makes the work grow with the square of it; real reports' sentences stay well
# under this. A longer run of text is cut at its last clause mark within the limit.
SENTENCE_MAX = 1000


_LEADING_SPACE = re.compile(r"\s*")


class Segmenter:
    def __init__(self, text: str, lang: str):
        self.text = text
        self.lang = lang
        if lang == "zh":
            self._sentence_ends = [m.end() for m in _ZH_SENTENCE_END.finditer(text)]
        else:  # a dot after "No" or a digit ("No. 1", "2.5") ends no sentence
            self._sentence_ends = [m.end() for m in _EN_SENTENCE_END.finditer(text)
                                   if not _EN_ABBREVIATION.search(text, max(0, m.end() - 8), m.end())]
        clause = _ZH_CLAUSE_MARK if lang == "zh" else _EN_CLAUSE_MARK
        self._clause_marks = [m.end() for m in clause.finditer(text)]
        if lang == "zh" and ("|" in text or "｜" in text):
            self._clause_marks = sorted(self._clause_marks + _cell_ends(text))
        self._sentence_ends = _cut_long(self._sentence_ends, self._clause_marks, len(text))
        self._paragraph_starts = [m.end() for m in re.finditer("\n", text)]
        self._found: dict[re.Pattern, tuple[list[int], list[re.Match]]] = {}
        self._books = [(m.start(), m.end()) for m in _BOOK.finditer(text)]
        quotes = list(_ZH_QUOTE.finditer(text)) + list(_ASCII_QUOTE.finditer(text))
        # (not a short speech, its speaker after it: '"About twenty," says the secretary')
        self._labels = sorted((m.start(), m.end()) for m in quotes
                              if m.end() - m.start() - 2 <= LABEL_MAX and not _SPEECH_SAID.match(text, m.end() - 2))
        # (a line that is nothing but a bracket is a note of its own, no aside: "（上半年共讲党课2次，开展主题党日6次）")
        self._asides = [(m.start(), m.end()) for m in _PAREN.finditer(text) if not _alone_on_its_line(text, m)]

    def sentence_span(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_ends, pos)
        start = self._sentence_ends[i - 1] if i else 0
        end = self._sentence_ends[i] if i < len(self._sentence_ends) else len(self.text)
        return start, end

    def sentence_before(self, s_start: int) -> int:
        """Where the sentence before the one that starts at `s_start` starts, if it is on the same line; else
        `s_start` (a sentence's start may hold the line break before its first word)."""
        if not s_start:
            return s_start
        previous = self.sentence_span(s_start - 1)[0]
        first_word = _LEADING_SPACE.match(self.text, previous).end()
        return previous if first_word >= self.paragraph_start(_LEADING_SPACE.match(self.text, s_start).end()) else s_start

    def paragraph_start(self, pos: int) -> int:
        i = bisect.bisect_right(self._paragraph_starts, pos)
        return self._paragraph_starts[i - 1] if i else 0

    def last_in_paragraph(self, pattern: re.Pattern, pos: int) -> re.Match | None:
        """The last match of `pattern` that ends by `pos`, in the paragraph `pos` is in. The text is
        searched once for each pattern, so asking at every count costs no rescan of the paragraph."""
        if pattern not in self._found:
            matches = list(pattern.finditer(self.text))
            self._found[pattern] = ([m.end() for m in matches], matches)
        ends, matches = self._found[pattern]
        i = bisect.bisect_right(ends, pos)
        if i and matches[i - 1].start() >= self.paragraph_start(pos):
            return matches[i - 1]
        return None

    def clause_start(self, pos: int) -> int:
        """After the last clause mark or sentence end before `pos`."""
        i = bisect.bisect_right(self._clause_marks, pos)
        j = bisect.bisect_right(self._sentence_ends, pos)
        return max(self._clause_marks[i - 1] if i else 0, self._sentence_ends[j - 1] if j else 0)

    def _inside(self, spans: list[tuple[int, int]], start: int, end: int) -> bool:
        i = bisect.bisect_right(spans, (start, 10**12)) - 1
        return i >= 0 and spans[i][0] < start and end <= spans[i][1]

    def in_label(self, start: int, end: int) -> bool:
        """Inside a short quotation (“343”, "5+2", “上好一堂党课”): a label, not a figure."""
        return self._inside(self._labels, start, end)

    def in_aside(self, start: int, end: int) -> bool:
        """Inside parentheses ("18名教师(其中12名党员)"): a breakdown of the figure before it."""
        return self._inside(self._asides, start, end)

    def in_book_title(self, pos: int) -> bool:
        return self._inside(self._books, pos, pos + 1)


def _cut_long(ends: list[int], clause_marks: list[int], length: int) -> list[int]:
    """Sentence ends with a cut added wherever a sentence runs over SENTENCE_MAX characters: at the
    last clause mark within the limit, or at the limit when the run has none."""
    out: list[int] = []
    start = 0
    for end in [*ends, length]:
        while end - start > SENTENCE_MAX:
            i = bisect.bisect_right(clause_marks, start + SENTENCE_MAX) - 1
            start = clause_marks[i] if i >= 0 and clause_marks[i] > start else start + SENTENCE_MAX
            out.append(start)
        out.append(end)
        start = end
    return out[:-1]  # the text's own end, added above to cut its last sentence, is no sentence end
