"""Reading report files into text: .txt/.md (any common Chinese encoding), .html/.htm (main text only), .docx.

The text returned is what offsets refer to: `evidence == text[start:end]` holds for this string.
"""

from __future__ import annotations

import codecs
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path

from etl import limits

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")
# Encodings a report may come in; anything else is refused rather than guessed (no latin-1 fallback).
ACCEPTED_ENCODINGS = {
    "utf_8", "utf_8_sig", "gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950", "cp936",
    "utf_16", "utf_16_le", "utf_16_be", "ascii",
}


class ReadError(Exception):
    """A file that cannot be read as a report; the message names the file and the reason. `zh` says
    it in Chinese, for the pages."""

    def __init__(self, message: str, zh: str | None = None):
        super().__init__(message)
        self.zh = zh or message


@dataclass
class ReportText:
    name: str
    text: str
    kind: str  # txt, md, html, docx
    encoding: str | None = None
    title: str | None = None  # from <title> or the document's properties, when there is one
    published: str | None = None  # from HTML metadata, when there is one


def decode_bytes(data: bytes, name: str = "file") -> tuple[str, str]:
    """(text, encoding). The whole file is decoded in one encoding or refused, never re-decoded in
    parts: BOMs first, then strict UTF-8, then charset-normalizer among Chinese encodings."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf_8_sig"
        except UnicodeDecodeError as error:
            line = _line_of(data, error.start + len(codecs.BOM_UTF8))
            raise ReadError(
                f"{name}: line {line} is not UTF-8, although the file starts with a UTF-8 byte-order mark; "
                f"save the whole file in one encoding (UTF-8)",
                f"{name}：文件以 UTF-8 标记开头，但第 {line} 行不是 UTF-8 编码；请将整个文件保存为同一种编码（UTF-8）",
            ) from error
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf_16"
        except UnicodeDecodeError as error:
            raise ReadError(f"{name}: not valid UTF-16 text, although it starts with a UTF-16 byte-order mark",
                            f"{name}：文件以 UTF-16 标记开头，但内容不是有效的 UTF-16 文本") from error
    if b"\x00" in data[:4096]:
        raise ReadError(f"{name}: binary data, not a text file", f"{name}：这是二进制数据，不是文本文件")
    try:
        return data.decode("utf-8", errors="strict"), "utf_8"
    except UnicodeDecodeError:
        pass
    _refuse_mixed(name, data)
    from charset_normalizer import from_bytes

    # judge on the lines that are not plain ASCII: in a sheet of mostly Latin names and numbers the
    # few Chinese lines are otherwise too thin a signal, and GB18030 gets taken for Big5
    sample = b"\n".join(line for line in data[:4_000_000].split(b"\n") if not line.isascii()) or data
    results = from_bytes(sample, cp_isolation=["gb18030", "big5", "utf_16"])
    best = results.best()
    if best is None or best.encoding not in ACCEPTED_ENCODINGS:
        raise ReadError(f"{name}: cannot tell the text encoding (tried UTF-8, GB18030/GBK, Big5)",
                        f"{name}：无法识别文本编码（已尝试 UTF-8、GB18030/GBK、Big5）")
    encoding = best.encoding
    if encoding in ("gbk", "gb2312", "cp936"):
        encoding = "gb18030"  # a superset: decodes everything GBK does
    try:
        return data.decode(encoding, errors="strict"), encoding
    except UnicodeDecodeError as error:
        line = _line_of(data, error.start)
        raise ReadError(f"{name}: line {line} is not valid {encoding} text, as the rest of the file is; "
                        f"save the whole file in one encoding (UTF-8)",
                        f"{name}：第 {line} 行不是与文件其余部分相同的 {encoding} 编码；请将整个文件保存为同一种编码（UTF-8）"
                        ) from error


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + data.count(b"\r", 0, offset) - data.count(b"\r\n", 0, offset) + 1


# A run of UTF-8 for a Chinese character: a three-byte sequence. A line of GB18030 text is almost
# never valid UTF-8 with such a run in it, so a file with both kinds of line mixes two encodings.
_UTF8_CJK = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}")


def _refuse_mixed(name: str, data: bytes) -> None:
    """Refuse a file that is not UTF-8 as a whole but has lines that are: decoding it in any single
    encoding would turn one kind of line into mojibake."""
    utf8_line = other_line = None
    for number, line in enumerate(data.splitlines(), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            is_utf8 = bool(_UTF8_CJK.search(line))
        except UnicodeDecodeError:
            is_utf8 = False
        if is_utf8 and utf8_line is None:
            utf8_line = number
        elif not is_utf8 and other_line is None:
            other_line = number
        if utf8_line and other_line:
            raise ReadError(
                f"{name}: the file mixes text encodings: line {utf8_line} is UTF-8 and line {other_line} is not; "
                f"save the whole file in one encoding (UTF-8)",
                f"{name}：文件混用了多种文本编码：第 {utf8_line} 行是 UTF-8，第 {other_line} 行不是；"
                f"请将整个文件保存为同一种编码（UTF-8）")


def read_report(path: str | Path, data: bytes | None = None) -> ReportText:
    """Read a report file (or its bytes, for uploads) into text."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ReadError(f"{name}: not a report file (expected {', '.join(REPORT_SUFFIXES)})",
                        f"{name}：不是报告文件（应为 {'、'.join(REPORT_SUFFIXES)}）")
    try:
        if data is None:
            limits.check_file_size(name, path.stat().st_size)
            data = path.read_bytes()
        limits.check_file_size(name, len(data))
        report = _read(name, suffix, data)
        limits.check_report_text(name, report.text)
    except limits.LimitExceeded as error:
        raise ReadError(str(error), error.zh) from error
    except FileNotFoundError as error:
        raise ReadError(f"{name}: no such file", f"{name}：文件不存在") from error
    except IsADirectoryError as error:
        raise ReadError(f"{name}: is a directory", f"{name}：这是一个文件夹") from error
    except PermissionError as error:
        raise ReadError(f"{name}: not allowed to read the file", f"{name}：没有读取该文件的权限") from error
    return report


def _read(name: str, suffix: str, data: bytes) -> ReportText:
    if not data.strip():
        raise ReadError(f"{name}: the file is empty", f"{name}：文件是空的")
    if suffix == ".docx":
        return _read_docx(name, data)
    text, encoding = decode_bytes(data, name)
    text = normalize_newlines(text)
    if suffix in (".html", ".htm"):
        return _read_html(name, text, encoding)
    return ReportText(name, _without_entities(text), suffix.lstrip("."), encoding)


# Text copied from a page's source keeps its character references ("党员&nbsp;23名", "&ldquo;…&rdquo;"),
# which split the words and numbers around them: they are read as the characters they stand for.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def _without_entities(text: str) -> str:
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\xa0", " "), text)


def normalize_newlines(text: str) -> str:
    return _PINYIN_NOTE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# Some mirror sites annotate a character with its pinyin ("發(fā)展", "結(jié)對"); the note splits the
# word it sits in, so it is dropped. Only a tone-marked syllable right after a Han character goes.
_PINYIN_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def _read_docx(name: str, data: bytes) -> ReportText:
    import zipfile
    import zlib

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    limits.check_zip(name, data, ".docx")
    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError, etree.LxmlError, zlib.error,
            EOFError, NotImplementedError) as error:
        raise ReadError(f"{name}: not a readable .docx file ({error})",
                        f"{name}：不是可读取的 .docx 文件（{error}）") from error
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    text = "\n".join(lines).strip()
    if not text:
        raise ReadError(f"{name}: the document has no text", f"{name}：文档中没有文字")
    title = document.core_properties.title or None
    return ReportText(name, text, "docx", None, title=title)


# Blocks that are never the article: navigation, page furniture, lists of other articles.
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
              "button", "select", "template")
_DROP_HINT = re.compile(
    r"nav|menu|footer|foot|copyright|breadcrumb|crumb|sidebar|side-bar|related|recommend|hot|rank|share|"
    r"comment|advert|\bad\b|ads|banner|login|header|topbar|toolbar|pager|pagination|friend-?link|links",
    re.I,
)
_BOILERPLATE_LINE = re.compile(
    r"ICP备|ICP证|公网安备|版权所有|Copyright|All Rights Reserved|联系电话|电话[:：]|传真|邮编|"
    r"技术支持|主办单位|承办单位|网站地图|设为首页|加入收藏|上一篇|下一篇|相关阅读|相关文章|推荐阅读|"
    r"责任编辑|扫一扫|分享到|打印本页|关闭窗口|【字体|字号",
    re.I,
)


def _read_html(name: str, html: str, encoding: str | None) -> ReportText:
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, Exception) as error:  # lxml raises ParserError, a ValueError subclass, or XMLSyntaxError
        raise ReadError(f"{name}: not readable HTML ({error})", f"{name}：无法读取的 HTML（{error}）") from error
    title = (root.findtext(".//title") or "").strip() or None
    published = None
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        if key in ("publishdate", "pubdate", "article:published_time", "date", "publish_date"):
            published = meta.get("content")
            break
    for element in list(root.iter(*_DROP_TAGS)):
        element.drop_tree()
    # The page's text bounds its article's; a page over the cap is refused before its elements are walked
    # one by one in Python, which for a page of a few MB of markup takes longer than reading any report.
    limits.check_report_text(name, root.text_content(), of_page=True)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        hint = f"{element.get('class', '')} {element.get('id', '')}"
        if hint.strip() and _DROP_HINT.search(hint) and not _looks_like_article(element):
            element.drop_tree()
    body = _main_block(root)
    lines = _block_lines(body)
    lines = [ln for ln in lines if not _BOILERPLATE_LINE.search(ln)]
    text = "\n".join(lines).strip()
    if title and not text.startswith(title.split("_")[0].split("|")[0].strip()[:10]):
        heading = re.split(r"[_|\-–—]", title)[0].strip()
        if heading and heading not in text[:500]:
            text = heading + "\n" + text
    if not text:
        raise ReadError(f"{name}: no article text found in the page", f"{name}：网页中没有找到正文")
    return ReportText(name, text, "html", encoding, title=title, published=published)


def _looks_like_article(element) -> bool:
    hint = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return any(word in hint for word in ("article", "content", "main", "detail", "正文", "text", "body"))


def _text_weight(element) -> float:
    text = element.text_content()
    links = sum(len(a.text_content()) for a in element.iter("a"))
    return len(text.strip()) - 2 * links


def _main_block(root):
    """The element holding most of the page's non-link text, preferring a single article container."""
    body = root.find("body") if root.find("body") is not None else root
    best, best_score = body, _text_weight(body) * 0.5
    for element in body.iter("article", "main", "div", "section", "td"):
        score = _text_weight(element)
        paragraphs = len(element.findall(".//p"))
        score += 20 * paragraphs
        if score > best_score:
            best, best_score = element, score
    return best


_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "blockquote", "pre", "table", "ul", "ol", "dd", "dt"}


def _block_lines(element) -> list[str]:
    parts: list[str] = []

    def walk(node):
        if not isinstance(node.tag, str):
            if node.tail:
                parts.append(node.tail)
            return
        block = node.tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        elif node.tag in ("td", "th"):
            parts.append("\t")  # a table's cells stay apart, as a .docx table's do
        if node.tail:
            parts.append(node.tail)

    walk(element)
    raw = "".join(parts)
    return [_CELL_GAP.sub("\t", _SPACES.sub(" ", ln)).strip() for ln in raw.split("\n") if ln.strip()]


_SPACES = re.compile(r"[ \u3000\xa0]+")
_CELL_GAP = re.compile(r" ?\t[\t ]*")


def report_files(paths: list[Path]) -> list[Path]:
    """Expand folders into the report files they hold (sorted; READMEs left out), keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*")
                if p.suffix.lower() in REPORT_SUFFIXES and p.is_file() and not p.stem.upper().startswith("README")
            )
        else:
            found.append(path)
    return found
