"""Hostile files, generated when a test asks for one (none is committed).

Each writer makes a small file that asks a reader for far more than it holds: a zip bomb, a sheet
that declares a million rows, XML entities that expand, a page full of numbers. The tests feed them
to the command line and measure the time and the peak memory of the refusal.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from etl.limits import cap

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets>{sheets}</sheets></workbook>"""
_ONE_SHEET = '<sheet name="Sheet1" sheetId="1" r:id="rId1"/>'
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _sheet_xml(rows: str, dimension: str = "A1:D3", prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<worksheet xmlns="{_MAIN_NS}"><dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>')


def _strings_xml(items: str, prolog: str = "") -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}<sst xmlns="{_MAIN_NS}">{items}</sst>'


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _write_padded(archive: zipfile.ZipFile, part: str, head: str, tail: str, megabytes: int) -> None:
    """Write `head`, then `megabytes` of blank space, then `tail` as one part, streamed (never whole)."""
    with archive.open(part, "w", force_zip64=True) as member:
        member.write(head.encode())
        block = b" " * (1024 * 1024)
        for _ in range(megabytes):
            member.write(block)
        member.write(tail.encode())


def _xlsx(path: Path, sheet: str | bytes, strings: str | bytes | None = None, sheets: str = _ONE_SHEET,
          pad_megabytes: int = 0) -> Path:
    """A workbook of one sheet; with `pad_megabytes`, blank space before the sheet's closing tag."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(sheets=sheets))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        if pad_megabytes:
            closing = "</worksheet>"
            _write_padded(archive, "xl/worksheets/sheet1.xml", sheet.removesuffix(closing), closing, pad_megabytes)
        else:
            archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/sharedStrings.xml", strings if strings is not None else _strings_xml(""))
    return path


_HEADER_ROW = ('<row r="1">' + _inline("A1", "学校") + _inline("B1", "年份") + _inline("C1", "指标")
               + _inline("D1", "数值") + "</row>")


def xlsx_declared_huge(path: Path) -> Path:
    """Declares A1:XFD1048576 and holds a header and one cell in the very last row."""
    rows = _HEADER_ROW + '<row r="1048576">' + _inline("A1048576", "某某中学") + "</row>"
    return _xlsx(path, _sheet_xml(rows, "A1:XFD1048576"))


def xlsx_wide_row(path: Path) -> Path:
    """A header, then rows whose one cell sits in the last column, XFD."""
    rows = _HEADER_ROW + "".join(f'<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>' for n in range(2, 2000))
    return _xlsx(path, _sheet_xml(rows, "A1:XFD2000"))


def xlsx_shared_strings_bomb(path: Path, count: int = 1_200_000) -> Path:
    """More distinct shared strings than the cap, each short and different, so the zip's ratio stays
    modest and only the count gives the bomb away."""
    items = "".join(f"<si><t>{n:x}</t></si>" for n in range(count))
    return _xlsx(path, _sheet_xml(_HEADER_ROW), _strings_xml(items))


def xlsx_inflating(path: Path, megabytes: int = 50) -> Path:
    """A sheet part of `megabytes` of blank space that compresses about a thousand to one."""
    return _xlsx(path, _sheet_xml(_HEADER_ROW), pad_megabytes=megabytes)


_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10))
           + "]>")
_XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def xlsx_billion_laughs(path: Path) -> Path:
    return _xlsx(path, _sheet_xml(_HEADER_ROW), _strings_xml("<si><t>&lol9;</t></si>", prolog=_LAUGHS))


def xlsx_xxe(path: Path) -> Path:
    rows = _HEADER_ROW + '<row r="2">' + _inline("A2", "&xxe;") + "</row>"
    return _xlsx(path, _sheet_xml(rows, prolog=_XXE))


def xlsx_no_sheet(path: Path) -> Path:
    return _xlsx(path, _sheet_xml(_HEADER_ROW), sheets="")


def xlsx_lying_sizes(path: Path) -> Path:
    """A part whose declared size (in both headers) is a tenth of what its data inflates to."""
    target = b"xl/worksheets/sheet1.xml"
    sheet = _sheet_xml(_HEADER_ROW + " " * (2 * 1024 * 1024)).encode()
    data = bytearray(_xlsx(path, sheet).read_bytes())
    fake = (len(sheet) // 10).to_bytes(4, "little")
    # (signature, offset of the uncompressed size, of the name's length, of the name) in the local
    # header and in the central directory entry
    for signature, offset, length_at, name_offset in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_length = int.from_bytes(data[start + length_at:start + length_at + 2], "little")
            if data[start + name_offset:start + name_offset + name_length] == target:
                data[start + offset:start + offset + 4] = fake
            start += 4
    path.write_bytes(bytes(data))
    return path


_DOCX_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
_DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, body: str, prolog: str = "", pad_megabytes: int = 0) -> Path:
    """A document of `body`; with `pad_megabytes`, blank space at the end of the body."""
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}<w:document xmlns:w="{_W}"><w:body>{body}'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        _write_padded(archive, "word/document.xml", head, "</w:body></w:document>", pad_megabytes)
    return path


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_zip_bomb(path: Path, megabytes: int = 400) -> Path:
    return _docx(path, _paragraph("某某中学有党员20人。"), pad_megabytes=megabytes)


def docx_billion_laughs(path: Path) -> Path:
    return _docx(path, _paragraph("&lol9;"), prolog=_LAUGHS)


def html_many_figures(path: Path, figures: int = 200_000) -> Path:
    rows = "".join(f"<p>第{n}支部有党员{n % 90 + 10}人。</p>" for n in range(figures))
    path.write_text(f"<html><head><title>某某中学党建工作</title></head><body><div class='content'>{rows}"
                    f"</div></body></html>", encoding="utf-8")
    return path


def text_many_figures(path: Path, figures: int = 3_000) -> Path:
    """Under the text cap, over the cap on figures per report."""
    lines = "".join(f"第{n}党小组有党员{n % 9 + 3}人，开展主题党日活动{n % 7 + 2}次。\n" for n in range(figures))
    path.write_text("某某中学党建工作总结\n" + lines, encoding="utf-8")
    return path


def text_run_of_digits(path: Path, digits: int = 20_000) -> Path:
    """A long run of digits, then a sentence with a figure: slow for a pattern that tries every digit."""
    run = "".join(str(n * 7 % 10) for n in range(digits))
    path.write_text(f"某某中学党建工作总结\n{run}\n我校有党员20人。\n", encoding="utf-8")
    return path


def text_long_sentence(path: Path, items: int | None = None) -> Path:
    """Under every cap: one sentence of nine tenths of the characters a report may hold, a count every 480 or so."""
    words = "学校党支部组织全体党员教师认真学习" * 28
    counts = ("开展主题党日活动{}次", "讲党课{}次", "发展党员{}名", "帮扶学生{}名")
    items = long_sentence_items() if items is None else items
    sentence = "，".join(words + counts[n % 4].format(n % 29 + 1) for n in range(items))
    path.write_text(f"某某中学党建工作总结\n2023年，{sentence}。\n", encoding="utf-8")
    return path


def text_long_paragraph(path: Path, sentences: int = 5_000) -> Path:
    """One English paragraph of dated sentences, each with a figure: over the cap on figures."""
    body = " ".join(f"On March {n % 28 + 1}, 2023, the branch held {n % 9 + 1} party lectures." for n in range(sentences))
    path.write_text(f"Party building at No. 1 Middle School\n{body}\n", encoding="utf-8")
    return path


def long_sentence_items() -> int:
    """How many counts `text_long_sentence` holds: as many as fill nine tenths of the cap on a report's text."""
    return cap("report_chars") * 9 // 10 // 484


def text_many_numbers(path: Path, numbers: int | None = None) -> Path:
    """Numbers with a measure word, each in parentheses, so that none is a figure: twice the cap on numbers (and
    under the cap on text)."""
    numbers = 2 * cap("report_numbers") if numbers is None else numbers
    path.write_text("某某中学党建工作总结\n" + "".join(f"（{n}名党员）" for n in range(numbers)), encoding="utf-8")
    return path


def text_many_honours(path: Path, honours: int | None = None) -> Path:
    """One paragraph of honours: three times the cap on figures (and under the cap on text)."""
    honours = 3 * cap("report_figures") if honours is None else honours
    levels = "区市省"
    body = "".join(f"{2000 + n % 24}年被{levels[n % 3]}教委评为“先进基层党组织”，" for n in range(honours))
    path.write_text(f"某某中学党建工作总结\n{body}\n", encoding="utf-8")
    return path


def csv_cr_only(path: Path) -> Path:
    path.write_bytes("学校,年份,指标,数值\r北京市第一中学,2021,正式党员,30\r北京市第二中学,2021,正式党员,12\r"
                     .encode())
    return path


def csv_bom_then_gb18030(path: Path) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + "学校,年份,指标,数值\n北京市第一中学,2021,正式党员,30\n".encode("gb18030"))
    return path


def csv_mixed_encodings(path: Path) -> Path:
    path.write_bytes("学校,年份,指标,数值\n北京市第一中学,2021,正式党员,30\n".encode()
                     + "北京市第二中学,2021,正式党员,12\n".encode("gb18030"))
    return path
