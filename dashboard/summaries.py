"""What a chart shows, in two or three sentences of Chinese or English, written from its data (the
Word briefing puts one under each chart). Pure functions: DataFrames in, text out.

Each language is written on its own terms: Chinese counts with measure words ("3所学校", "12项荣誉"),
English with singular and plural ("1 school", "3 schools"). A value keeps its qualifier in words
("至少40人", "at least 40 people"), and a sentence never claims more than the figures say: the
highest and lowest are named with their year when the years differ.
"""

from __future__ import annotations

import pandas as pd

from dashboard.charts import school_name
from dashboard.i18n import format_number, t

# The catalog's units (data/indicators.csv): Chinese measure word, English singular and plural.
UNITS: dict[str, tuple[str, str, str]] = {
    "people": ("人", "person", "people"),
    "person-times": ("人次", "person-time", "person-times"),
    "sessions": ("次", "session", "sessions"),
    "meetings": ("次", "meeting", "meetings"),
    "lessons": ("节", "lesson", "lessons"),
    "hours": ("小时", "hour", "hours"),
    "pairs": ("对", "pair", "pairs"),
    "projects": ("项", "project", "projects"),
    "branches": ("个", "branch", "branches"),
    "groups": ("个", "group", "groups"),
    "honours": ("项", "honour", "honours"),
}


# Things counted in sentences and source lines: (Chinese measure word and noun, English singular, plural).
COUNTED: dict[str, tuple[str, str, str]] = {
    "school": ("所学校", "school", "schools"),
    "report": ("份报告", "report", "reports"),
    "sheet": ("份报表", "sheet", "sheets"),
    "honour": ("项荣誉", "honour", "honours"),
}


def count_words(n: int, thing: str, lang: str) -> str:
    """"3所学校" / "3 schools" / "1 school": `thing` is a key of COUNTED."""
    zh, one, many = COUNTED[thing]
    if lang == "zh":
        return f"{n}{zh}"
    return f"{n:,} {one if n == 1 else many}"



def value_words(value: float, qualifier: str | None, unit: str | None, lang: str) -> str:
    """"至少40人" / "at least 40 people": the value with its qualifier and unit in words."""
    zh, one, many = UNITS.get(unit or "", ("", "", ""))
    text = format_number(value)
    if lang == "zh":
        before = {"at_least": "至少", "approx": "约", "at_most": "至多"}.get(qualifier or "exact", "")
        return f"{before}{text}{zh}"
    before = {"at_least": "at least ", "approx": "about ", "at_most": "at most "}.get(qualifier or "exact", "")
    word = one if float(value) == 1 and not before else many
    return f"{before}{text}{' ' + word if word else ''}"


def _lower(name: str) -> str:
    """An English indicator name inside a sentence ("Full party members" -> "full party members")."""
    return name[:1].lower() + name[1:] if name[:2].istitle() else name


def _year(value) -> int | None:
    return int(value) if pd.notna(value) else None


def compare_summary(rows: pd.DataFrame, indicator: str, unit: str | None, lang: str = "zh") -> str:
    """Schools side by side on one indicator (`reads.compare_values`, highest first): how many report
    it, the highest and lowest, and the median, with the years when they differ."""
    if rows.empty:
        return ""
    data = rows.sort_values("value", ascending=False)
    shown = len(data)
    total = int(data["schools_total"].iloc[0]) if "schools_total" in data and pd.notna(data["schools_total"].iloc[0]) \
        else shown
    top, bottom = data.iloc[0], data.iloc[-1]
    years = sorted({y for y in (_year(v) for v in data["ref_year"]) if y is not None})
    mixed = len(years) > 1

    def at(row) -> str:
        year = _year(row["ref_year"])
        words = value_words(row["value"], row["qualifier"], unit, lang)
        if not mixed or year is None:
            return words
        return f"{words}（{year}年）" if lang == "zh" else f"{words} ({year})"

    median = format_number(round(float(data["value"].median()), 1))
    median_unit = UNITS.get(unit or "", ("", "", ""))
    if lang == "zh":
        first = f"共有{count_words(total, 'school', lang)}报告了{indicator}"
        first += f"，图中为数值最高的{shown}所。" if total > shown else "。"
        if shown == 1:
            return first + f"{school_name(top, lang)}为{at(top)}。"
        second = f"{school_name(top, lang)}最高，为{at(top)}；{school_name(bottom, lang)}最低，为{at(bottom)}。"
        third = f"中位数为{median}{median_unit[0]}。"
        if mixed:
            third += f"各校最新数据的年份在{years[0]}年至{years[-1]}年之间。"
        return first + second + third
    first = f"{count_words(total, 'school', lang)} {'reports' if total == 1 else 'report'} {_lower(indicator)}"
    first += f"; the chart shows the {shown} highest." if total > shown else "."
    if shown == 1:
        return f"{first} {school_name(top, lang)}: {at(top)}."
    second = f"{school_name(top, lang)} has the highest, {at(top)}; {school_name(bottom, lang)} the lowest, {at(bottom)}."
    third = f"The median is {median}{' ' + median_unit[2] if median_unit[2] else ''}."
    if mixed:
        third += f" The latest figures date from {years[0]} to {years[-1]}."
    return f"{first} {second} {third}"


def trend_summary(rows: pd.DataFrame, indicator: str, unit: str | None, lang: str = "zh") -> str:
    """One indicator over the years (`reads.trend_values`; targets left out): the span, how many
    schools rose or fell from their first figure to their last, and the largest rise or fall."""
    data = rows[~rows["is_target"].astype(bool)] if "is_target" in rows else rows
    data = data.dropna(subset=["ref_year", "value"]).sort_values(["school_id", "ref_year"])
    if data.empty:
        return ""
    first_year, last_year = int(data["ref_year"].min()), int(data["ref_year"].max())
    changes = []
    for _, group in data.groupby("school_id", sort=False):
        if len(group) > 1:
            a, b = group.iloc[0], group.iloc[-1]
            changes.append((float(b["value"]) - float(a["value"]), a, b))
    schools = data["school_id"].nunique()
    up = sum(1 for c, _, _ in changes if c > 0)
    down = sum(1 for c, _, _ in changes if c < 0)
    if lang == "zh":
        text = f"图中为{count_words(schools, 'school', lang)}{first_year}年至{last_year}年的{indicator}。"
        if not changes:
            return text + "每所学校只有一年的数据，看不出变化。"
        text += f"有多年数据的{len(changes)}所学校中，{up}所上升，{down}所下降"
        text += f"，{len(changes) - up - down}所持平。" if len(changes) - up - down else "。"
    else:
        text = f"The chart shows {_lower(indicator)} for {count_words(schools, 'school', lang)} from {first_year} to {last_year}."
        if not changes:
            return text + " Each school has figures for one year only, so no change can be seen."
        flat = len(changes) - up - down
        text += (f" Of the {count_words(len(changes), 'school', lang)} with more than one year, {up} rose and "
                 f"{down} fell{f', and {flat} stayed level' if flat else ''}.")
    change, a, b = max(changes, key=lambda c: abs(c[0]))
    if change == 0:
        return text
    va = value_words(a["value"], a["qualifier"], unit, lang)
    vb = value_words(b["value"], b["qualifier"], unit, lang)
    if lang == "zh":
        verb = "增幅最大，从" if change > 0 else "降幅最大，从"
        return text + f"{school_name(a, lang)}{verb}{int(a['ref_year'])}年的{va}{'增至' if change > 0 else '降至'}" \
                      f"{int(b['ref_year'])}年的{vb}。"
    verb = "rose the most" if change > 0 else "fell the most"
    return text + f" {school_name(a, lang)} {verb}, from {va} in {int(a['ref_year'])} to {vb} in {int(b['ref_year'])}."


# An honour's level inside an English sentence ("3 provincial, 1 school-level").
LEVEL_WORDS = {"national": "national", "provincial": "provincial", "municipal": "municipal",
               "district": "district or county", "school": "school-level", "unknown": "of unknown level"}


def honours_summary(rows: pd.DataFrame, lang: str = "zh") -> str:
    """Honours by level (`reads.award_counts`: one row per school and level): the total, by level,
    and the school with the most."""
    if rows.empty:
        return ""
    from dashboard.theme import AWARD_LEVEL_ORDER

    total = int(rows["honours"].sum())
    by_level = rows.groupby("level")["honours"].sum()
    levels = [(level, int(by_level[level])) for level in AWARD_LEVEL_ORDER if level in by_level]
    per_school = rows.groupby("school_id")["honours"].sum().sort_values(ascending=False)
    schools = len(per_school)
    best = rows[rows["school_id"] == per_school.index[0]].iloc[0]
    tied = (per_school == per_school.iloc[0]).sum() > 1
    if lang == "zh":
        parts = "、".join(f"{t(f'award_{level}', lang)}{n}项" for level, n in levels)
        text = f"{count_words(schools, 'school', lang)}共获得{count_words(total, 'honour', lang)}，其中{parts}。"
        if schools > 1 and not tied:
            text += f"{school_name(best, lang)}最多，共{int(per_school.iloc[0])}项。"
        return text
    parts = ", ".join(f"{n} {LEVEL_WORDS[level]}" for level, n in levels)
    text = f"{count_words(schools, 'school', lang)} received {count_words(total, 'honour', lang)}: {parts}."
    if schools > 1 and not tied:
        text += f" {school_name(best, lang)} has the most, {int(per_school.iloc[0])}."
    return text
