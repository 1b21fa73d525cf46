"""Reading report files: encodings, HTML main text, .docx, .md, and files that cannot be read."""

from __future__ import annotations

import codecs

import pytest

from etl.extract import extract_file
from etl.reading import ReadError, read_report, report_files
from tests.conftest import SEEDS

SEED = SEEDS / "001_ca4784f4f015ac9f.txt"
TEXT = SEED.read_text(encoding="utf-8")
FIGURES = {(m.indicator, m.value) for m in extract_file(SEED).metrics}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_encodings_are_detected(tmp_path, encoding):
    source = TEXT.replace("©", "(c)") if encoding == "gbk" else TEXT  # GBK has no ©
    path = tmp_path / "report.txt"
    path.write_bytes(source.encode(encoding))
    report = read_report(path)
    assert report.text == source
    assert {(m.indicator, m.value) for m in extract_file(path).metrics} == FIGURES


def test_big5_traditional_reads_like_simplified_with_offsets_into_the_original(tmp_path):
    import opencc

    traditional = opencc.OpenCC("s2t").convert(TEXT)
    data = traditional.encode("big5", errors="ignore")
    path = tmp_path / "report_big5.txt"
    path.write_bytes(data)
    report = read_report(path)
    assert report.encoding in ("big5", "cp950", "big5hkscs")
    ex = extract_file(path)
    got = {(m.indicator, m.value) for m in ex.metrics}
    assert {("members_full", 20), ("members_probationary", 3), ("party_groups", 3)} <= got
    assert len(got & FIGURES) >= len(FIGURES) - 2
    for m in ex.metrics:
        assert m.evidence == report.text[m.start: m.end]
    assert "黨" in report.text  # the stored text stays traditional


def test_html_keeps_the_article_and_drops_page_furniture(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT.split("\n") if line.strip() and "ICP" not in line)
    page = f"""<html><head><meta charset="gb18030"><title>党建促校建_武陵传媒网</title>
        <meta name="publishdate" content="2021-05-06"></head><body>
        <div class="nav"><a href="/">首页</a> <a href="/news">新闻中心 123次</a></div>
        <div id="content" class="article">{paragraphs}</div>
        <div class="related"><h3>相关阅读</h3><ul><li><a href="/a">某校开展志愿服务99次</a></li></ul></div>
        <div class="footer">版权所有 渝ICP备11002633号-1 电话: 023-79310379</div>
        </body></html>"""
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gb18030"))
    report = read_report(path)
    assert "有正式党员20人" in report.text
    for furniture in ("新闻中心", "相关阅读", "99次", "ICP", "版权所有"):
        assert furniture not in report.text
    ex = extract_file(path)
    assert {(m.indicator, m.value) for m in ex.metrics} == FIGURES
    assert str(ex.document.published) == "2021-05-06"


def test_a_table_in_a_page_or_a_docx_keeps_its_cells_apart_and_its_rows_are_read(tmp_path):
    from docx import Document

    rows = [("指标", "2022年", "2023年"), ("党员总数", "30", "32"), ("发展党员", "1", "2")]
    cells = "".join("<tr>" + "".join(f"<td> {c} </td>" for c in row) + "</tr>" for row in rows)
    page = (f"<html><head><title>某小学党建数据</title></head><body><div class='content'><p>某小学党支部近两年党建"
            f"工作数据如下，供参考。</p><table>{cells}</table></div></body></html>")
    (tmp_path / "data.html").write_text(page, encoding="utf-8")
    assert "党员总数\t30\t32" in read_report(tmp_path / "data.html").text
    document = Document()
    document.add_paragraph("某小学党建数据")
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.save(tmp_path / "data.docx")
    expected = [("members_total", 30, 2022), ("members_total", 32, 2023), ("members_developed", 1, 2022),
                ("members_developed", 2, 2023)]
    for name in ("data.html", "data.docx"):
        assert [(m.indicator, m.value, m.year) for m in extract_file(tmp_path / name).metrics] == expected, name


def test_docx(tmp_path):
    from docx import Document

    document = Document()
    for line in TEXT.split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "report.docx"
    document.save(path)
    assert {(m.indicator, m.value) for m in extract_file(path).metrics} == FIGURES


def test_markdown(tmp_path):
    path = tmp_path / "report.md"
    path.write_text("# 党建工作\n\n" + TEXT, encoding="utf-8")
    assert {(m.indicator, m.value) for m in extract_file(path).metrics} == FIGURES


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("bad.docx", b"not a zip file at all", "not a readable .docx"),
        ("sheet.csv", b"a,b\n1,2\n", "not a report file"),
    ],
)
def test_unreadable_files_say_why(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_report(path)
    assert name in str(info.value) and reason in str(info.value)


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "有正式党员20人".encode("utf-16-le"))
    assert read_report(path).text == "有正式党员20人"


def test_folders_expand_to_reports_without_readmes():
    names = [p.name for p in report_files([SEEDS])]
    assert len(names) == 5 and "README.md" not in names


def test_character_references_in_a_text_file_read_as_their_characters(tmp_path):
    """Text copied from a page's source keeps "&nbsp;" and the like, which split numbers from words."""
    path = tmp_path / "entities.txt"
    path.write_text("城西小学党建\n支部现有党员&nbsp;23名，开展主题党日&nbsp;12&nbsp;次&#12290;荣获&ldquo;先进党支部&rdquo;称号。"
                    "AT&T 与 &unknown; 照录。", encoding="utf-8")
    extraction = extract_file(path)
    assert [(m.indicator, m.value) for m in extraction.metrics] == [("members_total", 23), ("theme_party_days", 12)]
    assert [a.title for a in extraction.awards] == ["先进党支部"]
    assert "AT&T 与 &unknown; 照录" in read_report(path).text  # what is no reference is kept as written


def test_a_page_whose_text_is_over_the_cap_is_refused_before_its_article_is_looked_for(tmp_path, monkeypatch):
    """The page's whole text (scripts and styles left out) is held to the report cap, so a page of a few MB
    of markup is refused before it is walked element by element; a page under the cap reads as before."""
    monkeypatch.setenv("PBD_MAX_REPORT_CHARS", "2000")
    article = "".join(f"<p>我校第{n}党小组有党员{n + 3}名。</p>" for n in range(1, 40))
    script = "<script>" + "var x = 1;" * 500 + "</script>"
    page = f"<html><head><title>某中学党建</title>{script}</head><body><div class='content'>{article}</div>"
    (tmp_path / "fits.html").write_text(page + "</body></html>", encoding="utf-8")
    assert "我校第39党小组有党员42名。" in read_report(tmp_path / "fits.html").text

    menu = "<div class='nav'>" + "<a href='/'>栏目</a>" * 1000 + "</div>"
    (tmp_path / "big.html").write_text(page + menu + "</body></html>", encoding="utf-8")
    with pytest.raises(ReadError, match=r"big\.html: the page holds 2,575 characters of text, more than the limit "
                                        r"of 2,000 per report \(PBD_MAX_REPORT_CHARS\)"):
        read_report(tmp_path / "big.html")
