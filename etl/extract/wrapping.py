"""Chinese text broken into lines at a width (copied from a PDF or a fixed-width page).

A Chinese report copied from a PDF keeps the page's line breaks: "学校党支部现有党员\\n47名" breaks a
count from its noun, and "获\\n奖" a word in two. Such a text is recognised by its lines: several of
them reach the same display width (a CJK character counts two columns, as on the page) and end in
the middle of a sentence. The breaks after those full lines are taken out before the text is read,
and every span found is mapped back onto the text as it was, so that evidence quotes the original.

Headings, list items and short last lines of paragraphs are left as they are: only a line at the
width that ends no sentence continues on the next line.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from etl.records import Extraction

# a line ending here ends its sentence or its heading (or a table's row: "| 党员总数 | 30 | 32 |")
_ENDS_SENTENCE = re.compile(r"[。！？!?；;：:…”」』）)|｜]\s*$")
# a form's field, its label before a colon: "党员人数：32人"
_FIELD_LABEL = r"[^\s，,。；;：:、]{2,12}[：:]"
# a line starting with one of these starts a new item, whatever the line before it (or a table's row)
_STARTS_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．)）]|[|｜]|"
                          rf"{_FIELD_LABEL}|"
                          # (or a date, bracketed as a list of news items dates each: "[2023-10-30] …")
                          r"[•·\-*●■◆]|第[一二三四五六七八九十\d]+[章节条部分]|[\[【(（]?\s*(?:19|20)\d{2}[-/.年])")
# a line parted into cells ("党员人数：27人　　发展党员：1人"), or a field with its label ("入党积极分子：4人"): a form's or a
# table's row, not a wrapped sentence
_CELLS = re.compile(rf"\S(?:\u3000+| {{2,}}|\t+)\S|^\s*{_FIELD_LABEL}")
_SLACK = 0.1  # how much shorter than the width a full line may be
_MIN_WRAPPED = 3  # full lines that end mid-sentence, for a text to count as wrapped


# the characters a page sets two columns wide (East Asian Wide and Fullwidth: CJK, kana, hangul, full-width forms)
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _width(line: str) -> int:
    line = line.rstrip()
    return len(line) + len(_WIDE.findall(line))


def wrap_breaks(text: str) -> list[tuple[int, int]]:
    """The spans (a line break and the spaces around it) that a wrap at a width put into `text`;
    empty when the text is not wrapped."""
    lines = text.split("\n")
    if sum(1 for line in lines if len(line) >= 15 and not _ENDS_SENTENCE.search(line)) < _MIN_WRAPPED:
        return []  # (most texts: no three long lines that end mid-sentence, and no widths to measure)
    widths = [_width(line) for line in lines]
    if not widths or max(widths) < 30:
        return []
    open_ended = [w for line, w in zip(lines, widths, strict=True)
                  if w >= 30 and not _ENDS_SENTENCE.search(line) and not _CELLS.search(line)]
    if len(open_ended) < _MIN_WRAPPED:
        return []

    # the width is the one most open-ended lines reach; a line is full within a tenth of it (digits and
    # Latin letters set in a proportional font take less room than two to a CJK character)
    def is_full(w: int, width: int) -> bool:
        return width * (1 - _SLACK) <= w <= width

    ordered = sorted(open_ended)

    def lines_full_at(w: int) -> int:
        return bisect.bisect_right(ordered, w) - bisect.bisect_left(ordered, w * (1 - _SLACK))

    width = max(set(ordered), key=lines_full_at)
    full_open = [w for w in open_ended if is_full(w, width)]
    full = [w for w in widths if is_full(w, width)]
    wider = [w for w in widths if w > width * (1 + _SLACK)]
    if len(full_open) < _MIN_WRAPPED or len(full_open) < 0.6 * len(full) or \
            len(wider) * 10 > len([w for w in widths if w]):
        return []  # headings of a similar length, or paragraphs with breaks of their own: no wrap
    breaks = []
    pos = 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        following = lines[i + 1]
        if is_full(widths[i], width) and not _ENDS_SENTENCE.search(line) and not _CELLS.search(line) and following.strip() \
                and not _STARTS_ITEM.match(following) and (_is_cjk(line.rstrip()[-1:]) or _is_cjk(following.lstrip()[:1])):
            start = pos + len(line.rstrip())
            stop = end + 1 + len(following) - len(following.lstrip())
            breaks.append((start, stop))
        pos = end + 1
    return breaks


# a line set with a space after every character ("本 学 期 ， 支 部 开 展 主 题 党 日 5 次", as some PDFs copy): its
# spaces between two characters are no part of the text
_LETTER_SPACED = re.compile(r"(?:\S ){6,}\S")
_SPACE_BETWEEN = re.compile(r"(?<=\S) (?=\S)")
_SPACED_CJK = re.compile(r"[\u4e00-\u9fff] \S [\u4e00-\u9fff]")


def letter_spacing(text: str) -> list[tuple[int, int]]:
    """The spaces of the lines of a Chinese text set with a space after each character (most of the line's
    characters, CJK among them, each followed by one space): each a span to take out."""
    if not _SPACED_CJK.search(text):
        return []  # (most texts: the lines are looked at only where three characters stand spaced)
    spans, pos = [], 0
    for line in text.split("\n"):
        chars = len(line.replace(" ", ""))
        spaced = sum(len(m.group(0)) // 2 for m in _LETTER_SPACED.finditer(line))
        if chars >= 8 and spaced >= 0.7 * chars and sum(map(_is_cjk, line)) >= 2:
            spans += [(pos + m.start(), pos + m.end()) for m in _SPACE_BETWEEN.finditer(line)]
        pos += len(line) + 1
    return spans


# a character's reading in brackets right after it, as some pages print the readings of characters read more than one
# way ("發(fā)展", "培養(yǎng)"): pinyin with its tone mark
_READING = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def readings(text: str) -> list[tuple[int, int]]:
    """The readings printed after characters ("發(fā)展"): each a span to take out, so that the words read whole."""
    return [m.span() for m in _READING.finditer(text)]


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_WIDE.match(ch))


class Places:
    """Where each position of the joined text was in the text as it was: after each break taken out,
    the positions move on by its length."""

    def __init__(self, breaks: list[tuple[int, int]]):
        self._at: list[int] = []  # each break's position in the joined text
        self._moved: list[int] = []  # how far positions from there on moved, all breaks before included
        moved = 0
        for start, stop in breaks:
            self._at.append(start - moved)
            moved += stop - start
            self._moved.append(moved)

    def __call__(self, position: int) -> int:
        i = bisect.bisect_right(self._at, position)
        return position + (self._moved[i - 1] if i else 0)


def joined(text: str, breaks: list[tuple[int, int]]) -> tuple[str, Places]:
    """`text` without the `breaks`, and where each of its positions was in `text`."""
    parts, pos = [], 0
    for start, stop in breaks:
        parts.append(text[pos:start])
        pos = stop
    parts.append(text[pos:])
    return "".join(parts), Places(breaks)


def mapped_back(extraction: Extraction, text: str, places: Places) -> Extraction:
    """`extraction` of the joined text, its spans and evidence put back on `text` as it was."""
    def back(record):
        if record.start is None or record.end is None:
            return record
        start = places(record.start)
        end = places(record.end - 1) + 1 if record.end > record.start else start
        return dataclasses.replace(record, start=start, end=end, evidence=text[start:end])

    document = dataclasses.replace(extraction.document, text=text)
    return dataclasses.replace(extraction, document=document, metrics=[back(m) for m in extraction.metrics],
                               awards=[back(a) for a in extraction.awards],
                               candidates=[back(c) for c in extraction.candidates])

