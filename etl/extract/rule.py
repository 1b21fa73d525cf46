"""A rule maps a quantity in its context to an indicator.

Each quantity is seen through four windows of folded, cleaned text:
- `left`:  the clause before the number, from the clause start or the previous quantity
           (link words such as 共/累计/开展/达 and rate words such as 每月 trimmed from its end);
- `right`: the clause after the measure word (parentheticals dropped, up to the next quantity);
- `sentence`: the whole sentence before the number (for verb frames such as 走访慰问 ... N人);
- `unit`: the measure word (Chinese only);
- `previous`: the sentence before ("The branch held a volunteer day. 40 teachers took part.");
- `following`: the sentence after, on the same line ("It took on six new teachers. Each was given a mentor.");
- `required`: the quantity opens with the words of a minimum required (不少于, 至少, 不低于), which are
  part of it and so in no window of text;
- `one`: the quantity is one ("一堂", "一次"), which a description may make no count at all;
- `value`: the quantity's value (English), which a rule may compare with a count its `after` names (`as_many`).

A rule holds regular expressions for some of them; all given must match (`before` is searched in
`left`, `after` is matched at the start of `right`, `frame` is searched in `sentence`, `earlier` in
`previous`, `later` in `following`). Rules are
tried in table order and the first match wins, so specific rules come before general ones.
Every rule carries example phrases that the test suite runs through the whole extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.numbers import parse_english_number


@dataclass(frozen=True)
class Window:
    left: str
    right: str
    sentence: str
    unit: str
    previous: str = ""
    following: str = ""
    required: bool = False
    one: bool = False
    value: float | None = None


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
    earlier: str | None = None
    later: str | None = None
    name: str = ""
    # the count's time is read from its sentence only up to where this matches (searched in
    # `sentence`): "由去年的26人增加到29人" — 去年 is the earlier count's time, not the later one's
    time_until: str | None = None
    # the evidence quotes the sentence from where `frame` matches: "held monthly theme party days, 12 in total"
    quotes_frame: bool = False
    # the count is of when its organization was founded, the year its sentence says: "founded in 2010 with 7 members"
    of_the_founding: bool = False
    # (a rule of no indicator) the number may still be a figure, which an analyst decides: left to review, `name` its reason
    review: bool = False
    # the rule applies only to a minimum required ("不少于2次"), a requirement the quantity's own words say
    required: bool = False
    # the rule applies only to a count of one ("讲授了一堂生动的党课": one event described, no count of events)
    only_one: bool = False
    # the rule applies only where the count its `after` names (group "n"; or its `frame`'s, or `earlier`'s, where `after` has
    # none) is as many as this one: "paired 14 mentors with 14 new teachers" is 14 pairs
    as_many: bool = False

    def __post_init__(self):
        self._compiled = False

    def _compile(self) -> None:
        """Compiles the rule's patterns, the first time it is tried: a text in one language never compiles the
        other's rules, which is most of the time a report's first reading would take."""
        def compiled(pattern: str | None) -> re.Pattern | None:
            return re.compile(pattern, re.I) if pattern is not None else None

        self._before, self._after, self._frame = compiled(self.before), compiled(self.after), compiled(self.frame)
        self._not_before, self._not_after = compiled(self.not_before), compiled(self.not_after)
        self._time_until = compiled(self.time_until)
        self._earlier = compiled(self.earlier)
        self._later = compiled(self.later)
        self._compiled = True

    def time_end(self, sentence: str) -> int:
        """Where the words that date the count end, in `sentence` (the sentence before the number)."""
        if not self._compiled:
            self._compile()
        m = self._time_until.search(sentence) if self._time_until is not None else None
        return m.start() if m else len(sentence)

    def frame_start(self, sentence: str) -> int | None:
        """Where the frame starts in `sentence`, for a rule whose evidence quotes it."""
        if not self._compiled:
            self._compile()
        m = self._frame.search(sentence) if self.quotes_frame and self._frame is not None else None
        return m.start() if m else None

    def matches(self, w: Window) -> bool:
        if not self._compiled:
            self._compile()
        if self.units is not None and w.unit not in self.units:
            return False
        if self.required and not w.required:
            return False
        if self.only_one and not w.one:
            return False
        if self._before is not None and not self._before.search(w.left):
            return False
        after = self._after.match(w.right) if self._after is not None else None
        if self._after is not None and after is None:
            return False
        frame = self._frame.search(w.sentence) if self._frame is not None else None
        if self._frame is not None and frame is None:
            return False
        earlier = self._earlier.search(w.previous) if self._earlier is not None else None
        if self._earlier is not None and earlier is None:
            return False
        if self.as_many:
            # (the other count is said after this one, or before it in the frame: "eleven new teachers were paired with eleven
            # …", or in the sentence before: "14 new teachers joined. The branch paired them with 14 members.")
            other = next((m for m in (after, frame, earlier) if m is not None and "n" in m.re.groupindex), None)
            if other is None or w.value is None or parse_english_number(other.group("n")) != w.value:
                return False
        if self._not_before is not None and self._not_before.search(w.left):
            return False
        if self._later is not None and not self._later.search(w.following):
            return False
        return not (self._not_after is not None and self._not_after.match(w.right))


class RuleTable:
    """Rules in order, with the ones that can apply to each measure word listed once in advance."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        units = {u for r in rules if r.units for u in r.units}
        self._by_unit = {u: [r for r in rules if r.units is None or u in r.units] for u in units}
        self._unitless = [r for r in rules if r.units is None]

    def classify(self, window: Window) -> Rule | None:
        for rule in self._by_unit.get(window.unit, self._unitless):
            if rule.matches(window):
                return rule
        return None
