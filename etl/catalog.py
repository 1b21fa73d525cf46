"""The indicator catalog (data/indicators.csv): ids, names in both languages, units, kinds, limits."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from etl.settings import DATA_DIR

CATALOG_PATH = DATA_DIR / "indicators.csv"

CATEGORY_NAMES = {
    "membership": ("党员队伍", "Membership"),
    "organization": ("组织建设", "Organization"),
    "study": ("学习教育", "Study"),
    "volunteering": ("志愿服务", "Volunteering"),
    "mentoring": ("结对帮扶", "Mentoring"),
    "care": ("关怀慰问", "Care"),
    "teaching": ("教学引领", "Teaching"),
    "awards": ("荣誉表彰", "Honours"),
}


@dataclass(frozen=True)
class Indicator:
    id: str
    category: str
    name_zh: str
    name_en: str
    unit: str
    kind: str
    definition: str
    max_value: float
    aliases: tuple[str, ...]

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en


# the units of data/indicators.csv as Chinese sheets and pages write them
UNITS_ZH = {"people": "人", "person-times": "人次", "sessions": "次", "meetings": "次", "lessons": "节", "groups": "个",
            "branches": "个", "pairs": "对", "hours": "小时", "projects": "项", "honours": "项"}


def normalize_label(text: str) -> str:
    """Fold a header or indicator label for lookup: case, spaces, units in brackets, punctuation."""
    text = re.sub(r"[（(\[【][^）)\]】]*[）)\]】]", "", str(text))
    return re.sub(r"[\s_\-·:：/、]+", "", text).lower()


def _spelling_key(text: str) -> str:
    """A catalog spelling folded with what its brackets say kept: "党员(正式)" names full members, and must not
    become "党员", which names them all."""
    return re.sub(r"[\s_\-·:：/、（()）\[\]【】]+", "", str(text)).lower()


@functools.cache
def load_catalog(path: Path = CATALOG_PATH) -> tuple[Indicator, ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        Indicator(
            id=r["id"],
            category=r["category"],
            name_zh=r["name_zh"],
            name_en=r["name_en"],
            unit=r["unit"],
            kind=r["kind"],
            definition=r["definition"],
            max_value=float(r["max_value"]),
            aliases=tuple(a for a in r.get("aliases", "").split(";") if a),
        )
        for r in rows
    )


@functools.cache
def indicator_lookup() -> dict[str, Indicator]:
    """Every spelling that names an indicator (id, Chinese and English names, aliases), folded."""
    table: dict[str, Indicator] = {}
    for ind in load_catalog():
        for label in (ind.id, ind.name_zh, ind.name_en, *ind.aliases, *ind.name_zh.split("/")):
            table.setdefault(_spelling_key(label), ind)
    return table


def by_id() -> dict[str, Indicator]:
    return {ind.id: ind for ind in load_catalog()}


def stock_ids() -> frozenset[str]:
    """Indicators counted at a moment (a head count), not over a period."""
    return frozenset(ind.id for ind in load_catalog() if ind.kind == "stock")


MEMBERSHIP_TOTAL = "members_total"


def membership_parts() -> frozenset[str]:
    """The head counts that are parts of a school's membership total (full, probationary members,
    activists, applicants): the membership category's stocks other than the total itself."""
    return frozenset(ind.id for ind in load_catalog()
                     if ind.category == "membership" and ind.kind == "stock" and ind.id != MEMBERSHIP_TOTAL)


def find_indicator(label: str) -> Indicator | None:
    """The indicator a label names: as written ("党员(正式)"), or with a unit in brackets left out ("正式党员(人)")."""
    lookup = indicator_lookup()
    return lookup.get(_spelling_key(label)) or lookup.get(normalize_label(label))
