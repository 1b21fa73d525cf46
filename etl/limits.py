"""Caps on what a file may make the readers do, checked before any parser sees the file.

A small hostile file can ask for a lot: a zip member that inflates a thousandfold, a sheet that
declares a million rows by sixteen thousand columns, XML entities that expand exponentially, a page
with a hundred thousand numbers. Each cap below is a setting (etl/settings.py, listed in the README's
"Limits" section). Over a cap, the file is refused with a message naming the cap and its setting;
nothing is parsed past it, so a refusal takes bounded time and memory.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import NoReturn

from etl import settings


class LimitExceeded(Exception):
    """A file over one of the caps. `reason` (and `reason_zh`, for the pages) says which cap and its
    setting; the message puts the file's name in front."""

    def __init__(self, name: str, reason: str, reason_zh: str):
        super().__init__(f"{name}: {reason}")
        self.reason, self.reason_zh = reason, reason_zh
        self.zh = f"{name}：{reason_zh}"


def cap(name: str) -> int:
    """The value of one cap, from its setting (an integer)."""
    return settings.int_setting(name)


MB = 1024 * 1024
# Below this size a member's compression ratio is not judged: tiny XML parts compress very well.
RATIO_FLOOR_BYTES = 1 * MB
# XML that a workbook or a Word document never needs, and that entity attacks (billion laughs, XXE)
# depend on. Looked for in every XML member before any parser reads it.
_DOCTYPE_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
_DOCTYPE_SEARCH_BYTES = 4 * MB  # a DOCTYPE comes before the root element
# A shared string is an `<si>` element; openpyxl loads every one of them into a list.
_SHARED_STRING_TAGS = (b"<si>", b"<si ")
_TAIL = 16  # bytes of a chunk kept for the next: more than any mark looked for


def check_zip(name: str, data: bytes, kind: str) -> None:
    """Refuse a .xlsx or .docx whose members would inflate past the caps, or declare XML entities.

    The declared sizes are checked first (cheap); then each member is inflated in chunks and counted,
    so a member that lies about its size is stopped at the cap too, never held in memory whole.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        what, what_zh = (".xlsx workbook", ".xlsx 工作簿") if kind == ".xlsx" else (f"{kind} file", f"{kind} 文件")
        raise LimitExceeded(name, f"not a readable {what} ({error})", f"不是可读取的 {what_zh}（{error}）") from error
    with archive:
        members = archive.infolist()
        max_members = cap("zip_members")
        if len(members) > max_members:
            raise _over(name, f"{len(members)} parts in the zip, more than the limit of {max_members}",
                        f"压缩包内有 {len(members)} 个部件，超过上限 {max_members}", "zip_members")
        total_cap = cap("unzipped_mb") * MB
        declared = sum(member.file_size for member in members)
        if declared > total_cap:
            raise _unzipped(name, declared, total_cap)
        ratio_cap = cap("zip_ratio")
        for member in members:
            if member.file_size > RATIO_FLOOR_BYTES and member.file_size > ratio_cap * max(member.compress_size, 1):
                raise _ratio(name, member.filename, member.file_size / max(member.compress_size, 1), ratio_cap)
        total = 0
        for member in members:
            total += _inflated_size(name, archive, member, total_cap - total,
                                    count_strings=kind == ".xlsx" and member.filename.lower().endswith("sharedstrings.xml"))


def _inflated_size(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo, room: int, *,
                   count_strings: bool = False) -> int:
    """The member's real size, reading at most `room` bytes of it, in one pass that also refuses
    entity declarations in XML and, with `count_strings`, more shared strings than the cap."""
    is_xml = member.filename.endswith((".xml", ".rels", ".vml"))
    strings_cap = cap("shared_strings") if count_strings else 0
    size, strings, tail = 0, 0, b""
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(256 * 1024):
                size += len(chunk)
                if size > room:
                    raise _unzipped(name, size, room)
                # the window is the chunk with the end of the one before, so that a mark split
                # across two chunks is found; a tag wholly in that end was counted already
                window = tail + chunk
                if is_xml and size <= _DOCTYPE_SEARCH_BYTES and any(mark in window for mark in _DOCTYPE_MARKS):
                    raise LimitExceeded(
                        name, f"{member.filename} declares XML entities (a DOCTYPE), which no workbook or "
                              f"document needs; refused",
                        f"{member.filename} 含有 XML 实体声明（DOCTYPE），正常的工作簿和文档不会有，已拒绝")
                if count_strings:
                    strings += sum(window.count(tag) - tail.count(tag) for tag in _SHARED_STRING_TAGS)
                    if strings > strings_cap:
                        raise _over(name, f"more than {strings_cap:,} distinct texts in the workbook (shared strings)",
                                    f"工作簿中不同的文本（共享字符串）超过 {strings_cap:,} 个", "shared_strings")
                tail = chunk[-_TAIL:]
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError, zlib.error) as error:
        raise LimitExceeded(name, f"a damaged part in the zip ({member.filename}: {error})",
                            f"压缩包内的部件已损坏（{member.filename}：{error}）") from error
    return size


def _over(name: str, what: str, what_zh: str, setting: str) -> LimitExceeded:
    env = settings.SETTINGS[setting].env
    return LimitExceeded(name, f"{what} ({env}); refused", f"{what_zh}（{env}），已拒绝")


def _unzipped(name: str, size: int, limit: int) -> LimitExceeded:
    return _over(name, f"unpacks to more than {limit // MB} MB", f"解压后超过 {limit // MB} MB", "unzipped_mb")


def _ratio(name: str, member: str, ratio: float, limit: int) -> LimitExceeded:
    return _over(name, f"{member} is compressed {ratio:.0f} to 1, more than the limit of {limit} to 1 "
                       f"(a zip bomb?)",
                 f"{member} 的压缩比为 {ratio:.0f}:1，超过上限 {limit}:1（疑似压缩炸弹）", "zip_ratio")


def check_report_text(name: str, text: str, *, of_page: bool = False) -> None:
    """(`of_page`: the text is a web page's whole text, read before its article is found)"""
    limit = cap("report_chars")
    if len(text) > limit:
        what, what_zh = ("the page holds ", "网页文字 ") if of_page else ("", "正文 ")
        raise _over(name, f"{what}{len(text):,} characters of text, more than the limit of {limit:,} per report",
                    f"{what_zh}{len(text):,} 字，超过每份报告 {limit:,} 字的上限", "report_chars")


def check_report_figures(name: str, count: int) -> None:
    limit = cap("report_figures")
    if count > limit:
        raise _over(name, f"{count:,} figures found, more than the limit of {limit:,} per report",
                    f"识别出 {count:,} 个数字，超过每份报告 {limit:,} 个的上限", "report_figures")


def refuse_report_figures(name: str) -> NoReturn:
    """Refuse a report whose reading stopped once it had found more figures than the cap allows."""
    limit = cap("report_figures")
    raise _over(name, f"more figures found than the limit of {limit:,} per report",
                f"识别出的数字超过每份报告 {limit:,} 个的上限", "report_figures")


def check_report_numbers(name: str, count: int) -> None:
    limit = cap("report_numbers")
    if count > limit:
        raise _over(name, f"{count:,} numbers with a measure word, more than the limit of {limit:,} per report",
                    f"带量词的数字 {count:,} 个，超过每份报告 {limit:,} 个的上限", "report_numbers")


def check_file_size(name: str, size: int, setting: str = "report_mb") -> None:
    limit = cap(setting) * MB
    if size > limit:
        raise _over(name, f"the file is larger than the {limit // MB} MB limit",
                    f"文件超过 {limit // MB} MB 上限", setting)


def check_sheet_columns(name: str, row: int, columns: int, limit: int | None = None) -> None:
    """(`limit`, read once by a caller that checks every row of a sheet: a sheet may have a million)"""
    limit = cap("sheet_columns") if limit is None else limit
    if columns > limit:
        raise _over(name, f"row {row} reaches column {columns:,}, more than the limit of {limit:,} columns",
                    f"第 {row} 行用到第 {columns:,} 列，超过 {limit:,} 列的上限", "sheet_columns")
