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

from etl import settings


class LimitExceeded(Exception):
    """A file over one of the caps; the message names the file, the cap and its setting. `zh` says it
    in Chinese, for the pages."""

    def __init__(self, message: str, zh: str):
        super().__init__(message)
        self.zh = zh


def cap(name: str) -> int:
    """The value of one cap, from its setting (an integer)."""
    return settings.int_setting(name)


MB = 1024 * 1024
# Below this size a member's compression ratio is not judged: tiny XML parts compress very well.
RATIO_FLOOR_BYTES = 1 * MB
# XML that a workbook or a Word document never needs, and that entity attacks (billion laughs, XXE)
# depend on. Looked for in every XML member before any parser reads it.
_DOCTYPE_MARKS = (b"<!DOCTYPE", b"<!ENTITY")


def check_zip(name: str, data: bytes, kind: str) -> None:
    """Refuse a .xlsx or .docx whose members would inflate past the caps, or declare XML entities.

    The declared sizes are checked first (cheap); then each member is inflated in chunks and counted,
    so a member that lies about its size is stopped at the cap too, never held in memory whole.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        what, what_zh = (".xlsx workbook", ".xlsx 工作簿") if kind == ".xlsx" else (f"{kind} file", f"{kind} 文件")
        raise LimitExceeded(f"{name}: not a readable {what} ({error})",
                            f"{name}：不是可读取的 {what_zh}（{error}）") from error
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
        total += _inflated_size(name, archive, member, total_cap - total)
    if kind == ".xlsx":
        _check_shared_strings(name, archive, members)
    archive.close()


def _check_shared_strings(name: str, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Count the workbook's shared strings (`<si>` elements) in the raw XML, before openpyxl loads
    every one of them into a list."""
    limit = cap("shared_strings")
    for member in members:
        if not member.filename.lower().endswith("sharedstrings.xml"):
            continue
        count, tail = 0, b""
        with archive.open(member) as stream:
            while chunk := stream.read(256 * 1024):
                window = tail + chunk
                # the tail (3 bytes) is shorter than a tag (4), so a tag split across two chunks is
                # found once, in the window, and no tag is found twice
                count += window.count(b"<si>") + window.count(b"<si ")
                tail = chunk[-3:]
                if count > limit:
                    raise _over(name, f"more than {limit:,} distinct texts in the workbook (shared strings)",
                                f"工作簿中不同的文本（共享字符串）超过 {limit:,} 个", "shared_strings")


def _inflated_size(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo, room: int) -> int:
    """The member's real size, reading at most `room` bytes of it; refuses entity declarations in XML."""
    is_xml = member.filename.endswith((".xml", ".rels", ".vml"))
    size, tail = 0, b""
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(256 * 1024):
                size += len(chunk)
                if size > room:
                    raise _unzipped(name, size, room)
                if is_xml and size <= 4 * MB:  # a DOCTYPE comes before the root element
                    window = tail + chunk
                    if any(mark in window for mark in _DOCTYPE_MARKS):
                        raise LimitExceeded(
                            f"{name}: {member.filename} declares XML entities (a DOCTYPE), which no "
                            f"workbook or document needs; refused",
                            f"{name}：{member.filename} 含有 XML 实体声明（DOCTYPE），正常的工作簿和文档不会有，已拒绝")
                    tail = chunk[-16:]
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError, zlib.error) as error:
        raise LimitExceeded(f"{name}: a damaged part in the zip ({member.filename}: {error})",
                            f"{name}：压缩包内的部件已损坏（{member.filename}：{error}）") from error
    return size


def _over(name: str, what: str, what_zh: str, setting: str) -> LimitExceeded:
    env = settings.SETTINGS[setting].env
    return LimitExceeded(f"{name}: {what} ({env}); refused", f"{name}：{what_zh}（{env}），已拒绝")


def _unzipped(name: str, size: int, limit: int) -> LimitExceeded:
    return _over(name, f"unpacks to more than {limit // MB} MB", f"解压后超过 {limit // MB} MB", "unzipped_mb")


def _ratio(name: str, member: str, ratio: float, limit: int) -> LimitExceeded:
    return _over(name, f"{member} is compressed {ratio:.0f} to 1, more than the limit of {limit} to 1 "
                       f"(a zip bomb?)",
                 f"{member} 的压缩比为 {ratio:.0f}:1，超过上限 {limit}:1（疑似压缩炸弹）", "zip_ratio")


def check_report_text(name: str, text: str) -> None:
    limit = cap("report_chars")
    if len(text) > limit:
        raise _over(name, f"{len(text):,} characters of text, more than the limit of {limit:,} per report",
                    f"正文 {len(text):,} 字，超过每份报告 {limit:,} 字的上限", "report_chars")


def check_report_figures(name: str, count: int) -> None:
    limit = cap("report_figures")
    if count > limit:
        raise _over(name, f"{count:,} figures found, more than the limit of {limit:,} per report",
                    f"识别出 {count:,} 个数字，超过每份报告 {limit:,} 个的上限", "report_figures")


def check_file_size(name: str, size: int, setting: str = "report_mb") -> None:
    limit = cap(setting) * MB
    if size > limit:
        raise _over(name, f"the file is larger than the {limit // MB} MB limit",
                    f"文件超过 {limit // MB} MB 上限", setting)


def check_sheet_columns(name: str, row: int, columns: int) -> None:
    limit = cap("sheet_columns")
    if columns > limit:
        raise _over(name, f"row {row} reaches column {columns:,}, more than the limit of {limit:,} columns",
                    f"第 {row} 行用到第 {columns:,} 列，超过 {limit:,} 列的上限", "sheet_columns")
