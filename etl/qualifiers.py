"""Qualifier words and marks, in one place for the extractor and the sheets.

A figure is exact, or at least, about or at most its number: "10余次" and "10+" are at least 10,
"约20人", "≈20" and "about 20" about 20, "不超过5" at most 5. Reports write these as words around the
number; sheets write them in a qualifier column or as marks on the value. Both read them from here.
"""

from __future__ import annotations

import re

QUALIFIERS = ("exact", "at_least", "approx", "at_most")

# Chinese words and marks before the number ("约20", "超过30" or "超30", "≥5").
BEFORE = {
    "将近": "approx", "接近": "approx", "大约": "approx", "大概": "approx", "约": "approx", "近": "approx",
    "≈": "approx", "~": "approx", "～": "approx",
    "超过": "at_least", "超": "at_least", "逾": "at_least", "多达": "at_least", "不少于": "at_least", "不低于": "at_least", "突破": "at_least",
    "至少": "at_least", "最少": "at_least", ">=": "at_least", "≥": "at_least",
    "不超过": "at_most", "最多": "at_most", "至多": "at_most", "不到": "at_most", "不足": "at_most",
    "<=": "at_most", "≤": "at_most",
}
# Between the number and its measure word ("10余次", "20多人", "30来人", "1200+小时").
BETWEEN = {"余": "at_least", "多": "at_least", "来": "approx", "+": "at_least"}
# After the number or its measure word ("50人左右", "100人以上", "10+").
AFTER = {"左右": "approx", "以上": "at_least", "之多": "at_least", "余": "at_least", "多": "at_least", "+": "at_least"}

# English words before the number ("more than 20", "about 15"), in reports and on a sheet's values;
# matched in any case.
BEFORE_EN = {
    "more than": "at_least", "over": "at_least", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "not less than": "at_least", "upwards of": "at_least", "in excess of": "at_least", "exceeded": "at_least",
    "exceeding": "at_least", "surpassed": "at_least", "topped": "at_least", "passed": "at_least",
    "well over": "at_least", "just over": "at_least", "a little over": "at_least", "slightly over": "at_least",
    "well above": "at_least", "just under": "at_most",
    "nearly": "approx", "almost": "approx", "about": "approx", "around": "approx", "approximately": "approx",
    "roughly": "approx", "close to": "approx", "some": "approx", "an estimated": "approx", "estimated": "approx",
    "approx.": "approx", "circa": "approx", "c.": "approx", "ca.": "approx",
    "up to": "at_most", "no more than": "at_most", "at most": "at_most", "fewer than": "at_most", "less than": "at_most",
}

# A sheet's qualifier column: the names, and words a person writes there (folded: no spaces, lower case).
WORDS = {
    **{w.replace(" ", ""): q for w, q in BEFORE_EN.items()},
    **{q: q for q in QUALIFIERS}, "atleast": "at_least", "about": "approx", "atmost": "at_most",
    "精确": "exact", "准确": "exact", "=": "exact",
    "至少": "at_least", "以上": "at_least", "余": "at_least", "多": "at_least", "超过": "at_least", "不少于": "at_least",
    "+": "at_least", ">=": "at_least", "≥": "at_least",
    "约": "approx", "左右": "approx", "近": "approx", "≈": "approx",
    "至多": "at_most", "不超过": "at_most", "<=": "at_most", "≤": "at_most",
}
# How the templates write each qualifier in Chinese.
WORDS_ZH = {"exact": "精确", "at_least": "至少", "approx": "约", "at_most": "至多"}


_LATIN = re.compile("[A-Za-z]")


def alternation(words, *, text_only: bool = False) -> str:
    """A regular-expression alternation of `words`, longest first (so "不超过" wins over "超过"), English
    words in any case; with `text_only`, the words that are not marks (what the extractor's patterns
    look for). Python's and DuckDB's regular expressions both read it."""
    chosen = [w for w in words if not text_only or w.isalpha()]
    return "|".join(f"(?i:{re.escape(w)})" if _LATIN.search(w) else re.escape(w)
                    for w in sorted(chosen, key=len, reverse=True))


def marked(qualifier: str) -> tuple[list[str], list[str]]:
    """(words before the number, words after it) that give `qualifier` on a sheet's value."""
    before = [w for w, q in (BEFORE | BEFORE_EN).items() if q == qualifier]
    after = [w for w, q in AFTER.items() if q == qualifier]
    return before, after
