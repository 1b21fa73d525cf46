"""Whose figure a number is: the report's school's, or another school's or a wider area's.

A report is about one school, but it may name others: a partner school ("白云小学党支部现有党员18名"
in a story about 青松中学), or the district around it ("全区教育系统共发展党员68名"). A figure whose
clause opens with another school's party organization, or with a wider area, is not the report's
school's: it goes to review (and such an honour is left out).
"""

from __future__ import annotations

import bisect
import re

from etl.extract.document import without_region
from etl.extract.text import Segmenter


def same_school(name: str, school: str | None) -> bool:
    """Whether a mention names the report's school: its name, or a shorter or longer form of it, or the
    same name after its place (市一中 and 天水市一中)."""
    if not school:
        return False
    core, school_core = without_region(name), without_region(school)
    return name in school or school in name or core in school_core or school_core in core


# the whole of a wider area, said as the subject of a figure: its figure, not the school's
_WIDE_AREA = re.compile(r"全(?:国|省|市|区|县|旗|镇|乡)(?:教育系统|中小学校?|各级各类学校|各(?:类)?学校|学校|各校)|"
                        r"(?:省|市|区|县)(?:教育系统|教育局|教委|教育工委)(?:共|现有|今年|全年)")
_LEAD_ONLY = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?|去年|上年度)?\s*(?:其中|目前|截至目前|现|今年|全年|近年来)?\s*")
# a subject of its own between the area and the figure: the figure is that subject's, not the area's
_OWN_SUBJECT = re.compile(r"我校|本校|该校|学校|我园|本园|支部|党总支|党委")
# a school named as the subject whose party organization has the figure: "白云小学党支部现有党员18名"
_ITS_PARTY = re.compile(r"党支部|党总支|党委")


class Others:
    """What else than the report's school a figure may belong to: another school whose party
    organization is the subject of the figure's clause, or a wider area (全区教育系统) that is the
    subject of its sentence. Chinese reports only."""

    def __init__(self, mentions: list[tuple[int, str, bool]], lang: str):
        self.lang = lang
        self.mentions = mentions  # (position, name, whether it is another school than the report's)
        self.positions = [pos for pos, _, _ in mentions]

    def owner(self, low: str, seg: Segmenter, pos: int, sentence_start: int | None = None, *,
              areas: bool = True) -> str | None:
        if self.lang != "zh":
            return None
        if sentence_start is None:
            sentence_start = seg.sentence_span(pos)[0]
        i = bisect.bisect_left(self.positions, pos)
        maybe_area = areas and (low.find("全", sentence_start, pos) >= 0 or low.find("教", sentence_start, pos) >= 0)
        if not maybe_area and not (i and self.mentions[i - 1][2] and self.positions[i - 1] >= sentence_start):
            return None  # (most figures: neither an area nor another school in their sentence)
        clause_start = max(seg.clause_start(pos), sentence_start)
        for area in _WIDE_AREA.finditer(low, sentence_start, pos) if maybe_area else ():
            # the area opens its clause: it is the subject ("在全区教育系统党建工作会上" is not), of this
            # clause or of the ones after it that name none of their own ("全区共发展党员45名，表彰…50名")
            if _LEAD_ONLY.fullmatch(low, max(seg.clause_start(area.start()), sentence_start), area.start()) and \
                    not _OWN_SUBJECT.search(low, area.end(), pos):
                return "a figure of a wider area"
        if not i:
            return None
        at, name, other = self.mentions[i - 1]
        if other and at >= clause_start and _ITS_PARTY.match(low, at + len(name)):
            return "a figure of another school"
        return None
