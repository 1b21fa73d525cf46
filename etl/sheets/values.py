"""A sheet's cells as values: a year, a number and its qualifier.

Each rule is written twice from the same patterns: as a pure function for one cell (`parse_year`,
`parse_value`, `parse_qualifier`), which the tests read as the definition, and as a DuckDB expression
for a whole column (`year_sql`, `value_sql`, `qualifier_sql`), which staging runs over a million
rows at once. A test holds the two to the same answers on a table of cells.

- A year is a whole number, optionally followed by 年 or 年度; "2021.0" is 2021, "2021.5" no year.
- A value is a number, with thousands separators allowed, and with qualifier words or marks
  around it ("约20", "10余", "≥5", "10+", "about 20"), which give its qualifier.
- A qualifier column holds a qualifier's name or a word for it (etl/qualifiers.py: "至少", "约", "≥");
  an empty one leaves the qualifier to the marks on the value, else exact.
"""

from __future__ import annotations

import math
import re

from etl import qualifiers
from etl.qualifiers import QUALIFIERS

# \s in DuckDB's regular expressions is ASCII only; cells may carry any Unicode space (Zs).
SPACE = "[\\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_WHOLE_WITH_ZEROS = f"^{SPACE}*([0-9]+)[.]0*{SPACE}*$"  # "2021.0"
_YEAR = f"^{SPACE}*([+-]?[0-9]+){SPACE}*(年度?)?{SPACE}*$"  # "2021", " 2021年度"
# qualifier words and marks on a value ("约20", "10余", "≥5", "10+"), stripped before the number is read
_VALUE_MARKS = (f"^{SPACE}*({qualifiers.alternation(qualifiers.BEFORE | qualifiers.BEFORE_EN)})?{SPACE}*"
                f"|{SPACE}*({qualifiers.alternation(qualifiers.AFTER)})?{SPACE}*$")


def _marks_of(qualifier: str) -> str:
    """A pattern that finds one of `qualifier`'s words or marks on a value."""
    before, after = qualifiers.marked(qualifier)
    parts = [f"^{SPACE}*({qualifiers.alternation(before)})"]
    if after:
        parts.append(f"({qualifiers.alternation(after)}){SPACE}*$")
    return "|".join(parts)


_MARKED = {q: _marks_of(q) for q in ("approx", "at_least", "at_most")}  # tried in this order


# ------------------------------------------------------------------ one cell (pure functions)

_INTEGER = re.compile("^[+-]?[0-9]+$", re.ASCII)
# as DuckDB's cast reads a number: spaces around it, digits grouped by "_", an exponent
_NUMBER = re.compile(r"^\s*[+-]?([0-9]+(_[0-9]+)*[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?\s*$", re.ASCII)
_INT32 = 2**31


def _integer(text: str) -> int | None:
    """DuckDB's TRY_CAST(text AS INTEGER) for the texts a year cell holds."""
    if not _INTEGER.match(text):
        return None
    number = int(text)
    return number if -_INT32 <= number < _INT32 else None


def _number(text: str) -> float | None:
    """DuckDB's TRY_CAST(text AS DOUBLE) for the texts a value cell holds (decimal notation)."""
    if not _NUMBER.match(text):
        return None
    number = float(text)
    return number if math.isfinite(number) else None


def parse_year(text: str | None) -> int | None:
    if text is None:
        return None
    if "." in text:
        whole = re.search(_WHOLE_WITH_ZEROS, text, re.ASCII)
        return _integer(whole.group(1)) if whole and whole.group(1) else None
    found = re.search(_YEAR, text, re.ASCII)
    return _integer(found.group(1)) if found else None


def parse_value(text: str | None) -> float | None:
    if text is None:
        return None
    found = _number(text)
    return found if found is not None else _number(re.sub(_VALUE_MARKS, "", text, flags=re.ASCII).replace(",", ""))


def parse_qualifier(qualifier_text: str | None, value_text: str | None) -> str | None:
    """The qualifier a qualifier cell names (None: a word we do not know), else the one the value's
    marks give, else exact."""
    if qualifier_text in QUALIFIERS:
        return qualifier_text
    word = re.sub(SPACE, "", qualifier_text or "", flags=re.ASCII)
    if word:
        return qualifiers.WORDS.get(word.lower())
    if value_text is None or _number(value_text) is not None:
        return "exact"
    for qualifier, pattern in _MARKED.items():
        if re.search(pattern, value_text, re.ASCII):
            return qualifier
    return "exact"


# ------------------------------------------------------------------ a column (DuckDB expressions)

def year_sql(cell: str) -> str:
    # DuckDB's integer cast also reads "0x7E5", "2_021" and "2.021e3": a year is only digits here;
    # and a cast would round "2021.5" to 2022: a year with a fraction is no year
    return f"""CASE WHEN regexp_full_match({cell}, '[0-9]+') THEN TRY_CAST({cell} AS INTEGER)
        WHEN contains({cell}, '.')
        THEN TRY_CAST(nullif(regexp_extract({cell}, '{_WHOLE_WITH_ZEROS}', 1), '') AS INTEGER)
        ELSE TRY_CAST(nullif(regexp_extract({cell}, '{_YEAR}', 1), '') AS INTEGER) END"""


def value_sql(cell: str) -> str:
    # coalesce evaluates lazily: the regular expression runs only on cells that are not plain numbers;
    # DuckDB's cast reads "nan" and "inf", which are no figure
    number = (f"coalesce(TRY_CAST({cell} AS DOUBLE), "
              f"TRY_CAST(replace(regexp_replace({cell}, '{_VALUE_MARKS}', '', 'g'), ',', '') AS DOUBLE))")
    return f"CASE WHEN isfinite({number}) THEN {number} END"


def qualifier_sql(qualifier_cell: str, value_cell: str) -> str:
    words = " ".join(f"WHEN '{w}' THEN '{q}'" for w, q in qualifiers.WORDS.items())
    word = f"regexp_replace({qualifier_cell}, '{SPACE}', '', 'g')"
    marked = " ".join(f"WHEN regexp_matches({value_cell}, '{pattern}') THEN '{q}'" for q, pattern in _MARKED.items())
    names = ", ".join(f"'{q}'" for q in QUALIFIERS)
    # nested CASEs, not coalesce(): DuckDB evaluated coalesce's second branch on every row
    return f"""CASE WHEN {qualifier_cell} IN ({names}) THEN {qualifier_cell}
        ELSE (CASE WHEN {word} <> '' THEN CASE lower({word}) {words} END
                   WHEN {value_cell} IS NULL OR TRY_CAST({value_cell} AS DOUBLE) IS NOT NULL THEN 'exact'
                   {marked}
                   ELSE 'exact' END) END"""
