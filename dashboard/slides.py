"""The briefing as a 16:9 PowerPoint deck: a title slide, then one chart per slide.

python-pptx's built-in template is 4:3 (10 by 7.5 inches). Widening the slides alone leaves every
layout's boxes where they were, ending at three quarters of the width; `template()` widens the
master's and every layout's boxes with the slides, so that a title is centred on a 16:9 slide.

A chart slide holds the chart's picture, centred, and a footer with its source line and the slide's
number. The chart's title is inside the picture (exports.export_figure), so the slide repeats no
title. The speaker notes carry the chart's title, its filters and the files its figures come from.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pptx.oxml.ns import qn

from dashboard import theme

SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN = 13.333, 7.5
MARGIN_IN = 0.4
FOOTER_HEIGHT_IN = 0.4
FOOTER_PT = 12


@dataclass(frozen=True)
class Slide:
    """One chart's slide: its picture (a 16:9 PNG), its footer and its notes."""

    title: str  # in the notes only: the picture shows it
    png: bytes
    source_line: str
    filters: str
    sources: tuple[str, ...] = ()


def template():
    """An empty 16:9 presentation whose master and layouts fit the width."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    factor = Inches(SLIDE_WIDTH_IN) / prs.slide_width
    prs.slide_width, prs.slide_height = Inches(SLIDE_WIDTH_IN), Inches(SLIDE_HEIGHT_IN)
    for holder in [*prs.slide_master.placeholders, *(p for layout in prs.slide_layouts for p in layout.placeholders)]:
        if holder.width is not None:  # a layout's box that inherits the master's has none of its own
            holder.left, holder.width = round(holder.left * factor), round(holder.width * factor)
    return prs


def _text_box(slide, left, top, width, height, text: str, size: int, color: str, align) -> None:
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())
    office_font(run.font)


def office_font(font) -> None:
    """Text in the font a reader's Office has for Chinese and Latin alike (theme.OFFICE_FONT): a run
    names its East Asian font apart from its Latin one."""
    font.name = theme.OFFICE_FONT
    properties = font._element  # a:rPr
    for tag in ("a:ea", "a:cs"):
        found = properties.find(qn(tag))
        if found is None:
            found = properties.makeelement(qn(tag), {})
            properties.append(found)
        found.set("typeface", theme.OFFICE_FONT)


def deck(title: str, subtitle: str, slides: list[Slide], notes_labels: tuple[str, str, str]) -> bytes:
    """The deck as .pptx bytes. `subtitle` goes under the title (the date and filters);
    `notes_labels` name the title, filters and sources in the notes, in the briefing's language."""
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches

    prs = template()
    width, height = prs.slide_width, prs.slide_height
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = title
    cover.placeholders[1].text = subtitle
    margin, footer_height = Inches(MARGIN_IN), Inches(FOOTER_HEIGHT_IN)
    picture_height = height - 2 * margin - footer_height
    picture_width = round(picture_height * 16 / 9)
    if picture_width > width - 2 * margin:
        picture_width = width - 2 * margin
        picture_height = round(picture_width * 9 / 16)
    left = (width - picture_width) // 2
    title_label, filters_label, sources_label = notes_labels
    for number, slide in enumerate(slides, start=2):
        page = prs.slides.add_slide(prs.slide_layouts[6])  # blank
        page.shapes.add_picture(io.BytesIO(slide.png), left, margin, width=picture_width, height=picture_height)
        footer_top = margin + picture_height
        _text_box(page, left, footer_top, picture_width - Inches(1), footer_height, slide.source_line, FOOTER_PT,
                  theme.MUTED, PP_ALIGN.LEFT)
        _text_box(page, left + picture_width - Inches(1), footer_top, Inches(1), footer_height,
                  f"{number} / {len(slides) + 1}", FOOTER_PT, theme.MUTED, PP_ALIGN.RIGHT)
        notes = [f"{title_label}{slide.title}", f"{filters_label}{slide.filters}"]
        if slide.sources:
            notes += [sources_label, *slide.sources]
        page.notes_slide.notes_text_frame.text = "\n".join(notes)
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()
