"""Numbers as reports write them: Arabic digits, Chinese numerals, English number words.

`parse_chinese_number("二十余")` -> 20; `parse_number("1.2万")` -> 12000; `parse_english_number("forty-two")` -> 42.
Approximation marks (余, 多, 来) are stripped here; the extractor turns them into qualifiers.
"""

from __future__ import annotations

import re

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_BIG)


def parse_chinese_number(text: str) -> int | None:
    """'三' 3, '十二' 12, '二十' 20, '一百零五' 105, '两千' 2000, '百余' 100, '三万五千' 35000."""
    text = text.strip().rstrip("余多来几")
    if not text or any(ch not in CN_NUMERAL_CHARS for ch in text):
        return None
    # digit-by-digit years or codes ("二〇一九") are not counts
    if len(text) > 1 and all(ch in CN_DIGITS for ch in text):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row: not a well-formed count
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        else:  # 万, 亿
            section += digit or 0
            total += (section or 1) * CN_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


_ARABIC = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?)(万|千|百|亿)?$")


def parse_number(text: str) -> float | None:
    """An Arabic or Chinese number, with an optional 万/千 multiplier ('1.2万', '3千', '二十')."""
    text = text.strip().rstrip("余多来")
    m = _ARABIC.match(text)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= {"百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}[m.group(2)]
        return value
    n = parse_chinese_number(text)
    return float(n) if n is not None else None


EN_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
EN_SPECIAL = {"a": 1, "an": 1, "once": 1, "twice": 2, "thrice": 3, "a dozen": 12, "dozen": 12, "half a dozen": 6,
              "a couple of": 2}
EN_NUMBER_WORDS = tuple(EN_SMALL) + tuple(EN_TENS) + tuple(EN_SCALES)


def parse_english_number(text: str) -> float | None:
    """'42', '1,200', 'forty-two', 'two hundred and five', 'once', 'twice', 'a'."""
    text = re.sub(r"^an?\s+(?=hundred|thousand)", "one ", text.strip().lower())  # "a hundred"
    if text in EN_SPECIAL:
        return float(EN_SPECIAL[text])
    if (dozens := re.fullmatch(r"(.+?)\s+dozen", text)) and (n := parse_english_number(dozens.group(1))) is not None:
        return n * 12  # "two dozen"
    plain = text.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", plain):
        return float(plain)
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text):
        if word in ("and", ""):
            continue
        if word in EN_SMALL:
            current += EN_SMALL[word]
        elif word in EN_TENS:
            current += EN_TENS[word]
        elif word in EN_SCALES:
            scale = EN_SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None
