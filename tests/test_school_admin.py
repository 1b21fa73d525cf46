"""Analysts' changes to schools: each one batch, each undone by a revert."""

from __future__ import annotations

import re

import pytest

from etl.extract import extract_text
from etl.integrity import check_integrity
from etl.load import LoadError, load_report, revert_batch
from etl.school_admin import merge, rename, set_details, split


def school(con, name: str) -> int:
    """The newest school of that name (a merged school keeps its row, empty, beside the one split out)."""
    return con.execute("SELECT max(id) FROM schools WHERE name_zh = ?", [name]).fetchone()[0]


def figures(con, school_id: int) -> set:
    return set(con.execute("SELECT indicator_id, value FROM current_facts WHERE school_id = ?", [school_id]).fetchall())


@pytest.fixture
def two(con):
    load_report(con, extract_text("a.txt", "东湖小学党支部现有党员12名。"), who="t")
    load_report(con, extract_text("b.txt", "湖东小学党支部2022年开展主题党日活动10次。"), who="t")
    return school(con, "东湖小学"), school(con, "湖东小学")


def test_a_rename_and_its_revert(con, two):
    a, _ = two
    result = rename(con, a, "武汉市东湖小学", who="分析员")
    assert con.execute("SELECT name_zh FROM schools WHERE id = ?", [a]).fetchone()[0] == "武汉市东湖小学"
    assert con.execute("SELECT school_id FROM school_aliases WHERE spelling = '武汉市东湖小学'").fetchone()[0] == a
    revert_batch(con, result.batch_id)
    assert con.execute("SELECT name_zh FROM schools WHERE id = ?", [a]).fetchone()[0] == "东湖小学"
    assert not con.execute("SELECT 1 FROM school_aliases WHERE spelling = '武汉市东湖小学'").fetchone()
    assert check_integrity(con) == {}


def test_setting_region_and_level_and_its_revert(con, two):
    a, _ = two
    result = set_details(con, a, who="分析员", region="昆山市", level="primary", name_en="Donghu Primary School")
    assert con.execute("SELECT province, city, district, level, name_en FROM schools WHERE id = ?", [a]).fetchone() == (
        "江苏省", "苏州市", "昆山市", "primary", "Donghu Primary School")
    revert_batch(con, result.batch_id)
    assert con.execute("SELECT province, city, district, name_en FROM schools WHERE id = ?", [a]).fetchone() == (
        None, None, None, None)


def test_a_merge_moves_everything_and_its_revert_moves_it_back(con, two):
    a, b = two
    before_a, before_b = figures(con, a), figures(con, b)
    result = merge(con, a, b, who="分析员")
    assert figures(con, a) == before_a | before_b and figures(con, b) == set()
    assert con.execute("SELECT count(*) FROM documents WHERE school_id = ?", [a]).fetchone()[0] == 2
    assert check_integrity(con) == {}
    revert_batch(con, result.batch_id)
    assert figures(con, a) == before_a and figures(con, b) == before_b
    assert con.execute("SELECT school_id FROM school_aliases WHERE spelling = '湖东小学'").fetchone()[0] == b
    assert check_integrity(con) == {}


def test_a_split_takes_the_load_of_that_spelling_and_its_revert_joins_it_again(con, two):
    a, b = two
    merged_batch = merge(con, a, b, who="分析员").batch_id
    result = split(con, a, "湖东小学", who="分析员")
    new = school(con, "湖东小学")
    assert new not in (a, b)
    assert figures(con, new) == {("theme_party_days", 10.0)} and figures(con, a) == {("members_total", 12.0)}
    revert_batch(con, result.batch_id)
    assert figures(con, a) == {("members_total", 12.0), ("theme_party_days", 10.0)}
    revert_batch(con, merged_batch)
    assert figures(con, b) == {("theme_party_days", 10.0)}
    assert check_integrity(con) == {}


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda con, a, b: merge(con, a, a, who="x"), "itself"),
        (lambda con, a, b: rename(con, a, " ", who="x"), "needs a name"),
        (lambda con, a, b: rename(con, a, "东湖小学", who="x"), "already"),
        (lambda con, a, b: set_details(con, a, who="x", level="college"), "level"),
        (lambda con, a, b: split(con, a, "东湖小学", who="x"), "only spelling"),
        (lambda con, a, b: split(con, a, "没有这个", who="x"), "not a spelling"),
        (lambda con, a, b: merge(con, a, b, who=" "), "name"),
    ],
)
def test_changes_that_cannot_be_made_are_refused_and_change_nothing(con, two, change, message):
    a, b = two
    before = con.execute("SELECT count(*) FROM batches").fetchone()[0]
    with pytest.raises(LoadError, match=message):
        change(con, a, b)
    assert con.execute("SELECT count(*) FROM batches").fetchone()[0] == before


@pytest.mark.parametrize("name, reason", [("\u200b\u2060", "no visible character"), ("城东\u202e中学", "U+202E")])
def test_a_rename_to_an_invisible_or_disguised_name_is_refused(con, two, name, reason):
    with pytest.raises(LoadError, match=re.escape(reason)):
        rename(con, two[0], name, who="t")
    assert con.execute("SELECT name_zh FROM schools WHERE id = ?", [two[0]]).fetchone()[0] == "东湖小学"
