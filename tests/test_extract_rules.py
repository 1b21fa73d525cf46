"""Every extraction rule reads the example phrases written beside it (rules_zh.py, rules_en.py)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from etl.catalog import by_id
from etl.extract import extract_text, people, rules_en, rules_zh
from etl.extract.lexicon import FRAME_ROLES, NOUN_ROLES, entries

CASES = [
    (lang, rule, example)
    for lang, table in (("zh", rules_zh.RULES), ("en", rules_en.RULES))
    for rule in table
    for example in rule.examples
]


def _id(case):
    lang, rule, example = case
    return f"{lang}:{rule.indicator or rule.name}:{example[:24]}"


@pytest.mark.parametrize("lang, rule, example", CASES, ids=[_id(c) for c in CASES])
def test_rule_reads_its_examples(lang, rule, example):
    ex = extract_text("example.txt", example)
    assert ex.document.lang == lang
    found = [m.indicator for m in ex.metrics]
    if rule.indicator is None:
        assert found == [], f"{example!r} is not a figure, but gave {found}"
    else:
        assert rule.indicator in found, f"{example!r} gave {found}, expected {rule.indicator}"


def test_rules_name_catalog_indicators():
    known = set(by_id())
    for table in (rules_zh.RULES, rules_en.RULES):
        for rule in table:
            assert rule.indicator is None or rule.indicator in known, rule.indicator
            assert rule.examples, f"rule for {rule.indicator} has no example"


FRAME_CASES = [(frame, example) for frame in people.FRAMES for example in frame.examples]


@pytest.mark.parametrize("frame, example", FRAME_CASES, ids=[f"{f.name}:{e[:20]}" for f, e in FRAME_CASES])
def test_people_frame_reads_its_examples(frame, example):
    found = [m.indicator for m in extract_text("example.txt", example + "。").metrics]
    if frame.indicator is None:
        assert found == [], f"{example!r} is not a figure, but gave {found}"
    else:
        assert frame.indicator in found, f"{example!r} gave {found}, expected {frame.indicator}"


def test_every_indicator_but_organization_honours_has_a_chinese_rule():
    covered = {r.indicator for r in rules_zh.RULES} | {f.indicator for f in people.FRAMES}
    missing = set(by_id()) - covered - {"awards_org"}  # honours themselves are read by awards.py
    assert not missing


def test_the_lexicon_is_well_formed():
    known = set(by_id())
    seen = set()
    for e in entries():
        assert e.lang in ("zh", "en"), e
        assert e.role in NOUN_ROLES | FRAME_ROLES, e
        assert e.indicator is None or e.indicator in known, e
        assert e.word.strip() == e.word and e.word, e
        kind = "noun" if e.role in NOUN_ROLES else "frame"
        assert (e.lang, e.word, kind) not in seen, f"{e.word} is listed twice as a {kind}"
        seen.add((e.lang, e.word, kind))


def test_examples_are_our_own_words():
    """A rule's examples paraphrase its construction; none is a phrase copied from the reports it is
    measured on (../shared/seeds and ../shared/corpus)."""
    from etl.textnorm import fold
    from tests.conftest import CORPUS, SEEDS

    reports = [fold(p.read_text(encoding="utf-8")).lower() for d in (SEEDS, CORPUS) for p in sorted(d.glob("*.txt"))]
    examples = [e for _, _, e in CASES] + [e for _, e in FRAME_CASES]
    copied = [e for e in examples if len(e) >= 6 and any(fold(e).lower() in text for text in reports)]
    assert not copied, copied



def _top_level_alternation(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside every group and character class."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


# the text between two string literals a pattern is written in: the closing quote, space and comments, the next opening
_BETWEEN_LITERALS = re.compile(r'"\s*(?:#[^\n]*\s*)*(?:rf|fr|r|f)?"')
_BETWEEN_LITERALS_BACK = re.compile(r'"\s*(?:#[^\n]*\s*)*(?:rf|fr|r|f)?"$')


def _next_pattern_char(src: str, at: int) -> str:
    """The pattern's next character at `at`, across the string literals it is written in ("" at its end)."""
    while src[at] == '"':
        joined = _BETWEEN_LITERALS.match(src, at)
        if joined is None:
            return ""
        at = joined.end()
    return src[at]


def _previous_pattern_text(src: str, at: int) -> str:
    """The pattern's text just before `at` (a few characters), across the string literals it is written in."""
    before = src[max(0, at - 400):at]
    while before.endswith('"'):
        joined = _BETWEEN_LITERALS_BACK.search(before)
        if joined is None or joined.start() == 0 or before[joined.start() - 1] in "(,=[ \n":
            return ""
        before = before[:joined.start()]
    return before[-3:]


@pytest.mark.parametrize("module", ["etl.extract.rules_en", "etl.extract.rules_zh", "etl.extract.people", "etl.extract",
                                    "etl.extract.awards", "etl.extract.periods", "etl.extract.document"])
def test_alternations_spliced_into_patterns_are_grouped(module):
    # a constant of several alternatives spliced into a longer pattern must be one group there: "{X}[^.;]*\bwhere" would
    # ask the rest of the pattern of X's last alternative only (three rules were read that way before this test)
    mod = importlib.import_module(module)
    src = Path(mod.__file__).read_text(encoding="utf-8")
    constants = [name for name, value in vars(mod).items()
                 if isinstance(value, str) and re.fullmatch(r"_?[A-Z][A-Z0-9_]*", name) and _top_level_alternation(value)]
    loose = []
    for name in constants:
        for m in re.finditer(r"\{" + re.escape(name) + r"(?:\[[^\]]*\])?\}", src):
            before, after = _previous_pattern_text(src, m.start()), _next_pattern_char(src, m.end())
            opened = before == "" or before.endswith(("(?:", "(", "|"))
            closed = after in ("", ")", "|")
            if not (opened and closed):
                loose.append(f"line {src.count(chr(10), 0, m.start()) + 1}: {src[m.start() - 20:m.end() + 20]!r}")
    assert loose == []
