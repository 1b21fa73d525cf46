"""Every extraction rule reads the example phrases written beside it (rules_zh.py, rules_en.py)."""

from __future__ import annotations

import pytest

from etl.catalog import by_id
from etl.extract import extract_text, rules_en, rules_zh

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


def test_every_indicator_but_organization_honours_has_a_chinese_rule():
    covered = {r.indicator for r in rules_zh.RULES}
    missing = set(by_id()) - covered - {"awards_org"}  # honours themselves are read by awards.py
    assert not missing
