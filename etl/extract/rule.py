"""A rule maps a quantity in its context to an indicator.

Each quantity is seen through four windows of folded, cleaned text:
- `left`:  the clause before the number, from the clause start or the previous quantity
           (link words such as 共/累计/开展/达 and rate words such as 每月 trimmed from its end);
- `right`: the clause after the measure word (parentheticals dropped, up to the next quantity);
- `sentence`: the whole sentence before the number (for verb frames such as 走访慰问 ... N人);
- `unit`: the measure word (Chinese only).

A rule holds regular expressions for some of them; all given must match (`before` is searched in
`left`, `after` is matched at the start of `right`, `frame` is searched in `sentence`). Rules are
tried in table order and the first match wins, so specific rules come before general ones.
Every rule carries example phrases that the test suite runs through the whole extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Window:
    left: str
    right: str
    sentence: str
    unit: str


@dataclass
class Rule:
    indicator: str | None  # None: the quantity is recognized as *not* an indicator and left out
    examples: tuple[str, ...]
    units: frozenset[str] | None = None
    before: str | None = None
    after: str | None = None
    frame: str | None = None
    not_before: str | None = None
    not_after: str | None = None
    name: str = ""
    _compiled: dict = field(default_factory=dict, repr=False)

    def _re(self, key: str) -> re.Pattern | None:
        pattern = getattr(self, key)
        if pattern is None:
            return None
        if key not in self._compiled:
            self._compiled[key] = re.compile(pattern, re.I)
        return self._compiled[key]

    def matches(self, w: Window) -> bool:
        if self.units is not None and w.unit not in self.units:
            return False
        before, after, frame = self._re("before"), self._re("after"), self._re("frame")
        if before is not None and not before.search(w.left):
            return False
        if after is not None and not after.match(w.right):
            return False
        if frame is not None and not frame.search(w.sentence):
            return False
        not_before, not_after = self._re("not_before"), self._re("not_after")
        if not_before is not None and not_before.search(w.left):
            return False
        return not (not_after is not None and not_after.match(w.right))


def classify(rules: list[Rule], window: Window) -> Rule | None:
    for rule in rules:
        if rule.matches(window):
            return rule
    return None
