"""The briefing as a Word document (简报), the form bureau staff write briefings in: the title, the
date, the filters in words, then each chart with a few sentences on what it shows
(dashboard.summaries) and its source line.

A4 portrait with 2 cm margins; each picture spans the text width. Text is in theme.OFFICE_FONT for
Chinese and Latin alike, since a reader's Word has it where it may lack the fonts the PNGs use.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from dashboard import theme

PAGE_WIDTH_CM, PAGE_HEIGHT_CM, MARGIN_CM = 21.0, 29.7, 2.0


@dataclass(frozen=True)
class Section:
    """One chart of the briefing."""

    title: str
    png: bytes
    summary: str
    source_line: str


def _font(run_or_style_font, size: float | None = None, bold: bool | None = None, color: str | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = run_or_style_font
    font.name = theme.OFFICE_FONT
    fonts = font.element.rPr.rFonts if font.element.rPr is not None and font.element.rPr.rFonts is not None else None
    if fonts is None:
        fonts = font.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), theme.OFFICE_FONT)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())


def _paragraph(doc, text: str, size: float, *, bold: bool = False, color: str | None = None, style: str | None = None,
               space_after: float = 6):
    from docx.shared import Pt

    paragraph = doc.add_paragraph(style=style)
    run = paragraph.add_run(text)
    _font(run.font, size, bold, color)
    paragraph.paragraph_format.space_after = Pt(space_after)
    return paragraph


def briefing(title: str, day: dt.date, scope: str, sections: list[Section], lang: str = "zh") -> bytes:
    """The Word briefing as .docx bytes. `scope` is the filters in words."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    doc = Document()
    page = doc.sections[0]
    page.page_width, page.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
    page.left_margin = page.right_margin = page.top_margin = page.bottom_margin = Cm(MARGIN_CM)
    _font(doc.styles["Normal"].font, 11)
    doc.core_properties.title = title
    doc.core_properties.language = "zh-CN" if lang == "zh" else "en"

    heading = _paragraph(doc, title, 20, bold=True, color=theme.INK, style="Title", space_after=4)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dated = f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.strftime("%-d %B %Y")
    line = _paragraph(doc, dated, 11, color=theme.MUTED)
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(doc, ("范围：" if lang == "zh" else "Scope: ") + scope, 11, space_after=12)

    width = page.page_width - page.left_margin - page.right_margin
    for number, section in enumerate(sections, start=1):
        _paragraph(doc, f"{number}. {section.title}" if lang == "en" else f"{_chinese_ordinal(number)}、{section.title}",
                   14, bold=True, color=theme.INK, style="Heading 1", space_after=6)
        doc.add_picture(io.BytesIO(section.png), width=width)
        if section.summary:
            _paragraph(doc, section.summary, 11)
        _paragraph(doc, section.source_line, 9, color=theme.MUTED, space_after=14)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _chinese_ordinal(n: int) -> str:
    """一, 二, … 九十九: how a Chinese document numbers its sections."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return f"{'' if tens == 1 else digits[tens]}十{digits[ones] if ones else ''}"
