"""Numbers as reports write them."""

import pytest

from etl.numbers import parse_chinese_number, parse_english_number, parse_number


@pytest.mark.parametrize(
    "text, value",
    [("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("两", 2), ("二十余", 20), ("一千多", 1000), ("百余", 100),
     ("一百零五", 105), ("两千", 2000), ("三万五千", 35000), ("一万", 10000), ("九十九", 99), ("五十来", 50)],
)
def test_chinese_numerals(text, value):
    assert parse_chinese_number(text) == value


@pytest.mark.parametrize("text", ["二〇一九", "一二", "", "党员", "三会"])
def test_not_chinese_counts(text):
    assert parse_chinese_number(text) is None


@pytest.mark.parametrize(
    "text, value", [("20", 20), ("1,200", 1200), ("1.2万", 12000), ("3千", 3000), ("2.5", 2.5), ("十二", 12)]
)
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, value",
    [("42", 42), ("forty-two", 42), ("two hundred and five", 205), ("three", 3), ("once", 1), ("twice", 2),
     ("a", 1), ("one thousand", 1000), ("eighty one", 81), ("1,154", 1154), ("a dozen", 12), ("half a dozen", 6),
     ("two dozen", 24), ("3 dozen", 36)],
)
def test_english_numbers(text, value):
    assert parse_english_number(text) == value


def test_english_non_numbers():
    assert parse_english_number("party") is None
