"""Published PDFs: page furniture removed, paragraphs re-joined, page-and-line provenance.

The PDFs are typeset in code with reportlab's built-in ``STSong-Light`` CID font (a standard
Adobe CJK font, referenced rather than embedded; readers map it to Unicode through its
``UniGB-UCS2-H`` CMap), so the tests need no font file.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from indicators import InputError, load_report

from .report_files import PUBLISHED, published_pdf, scanned_pdf, write


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    data, drawn = published_pdf()
    path = write(tmp_path_factory.mktemp("pdf") / "yunxi-2023.pdf", data)
    return load_report(path), drawn


def test_paragraphs_are_the_published_blocks(published):
    report, _ = published
    assert [p.text for p in report.paragraphs] == [text for _, text in PUBLISHED]
    assert report.format == "pdf"


def test_headers_footers_and_page_numbers_are_removed(published):
    report, drawn = published
    assert len(drawn) == 2
    assert not any(
        "（2023年）" in line or line.strip().startswith("-") for line in report.raw_lines
    )
    assert list(report.raw_lines) == [line for page in drawn for line in page]


def test_sections_title_and_years(published):
    report, _ = published
    assert report.title == "云溪镇人民政府工作报告"
    kinds = [(p.kind, p.part) for p in report.paragraphs]
    assert kinds[1] == ("heading", "review") and kinds[4] == ("heading", "plan")
    assert report.paragraphs[5].section == ("二、2023年工作安排",)
    assert (report.review_year, report.plan_year) == (2022, 2023)


def test_provenance_is_page_and_line(published):
    report, _ = published
    p = report.paragraphs[2]
    # line 1 of every page is the running header, so body lines start at line 2
    assert report.locate(p.line_start) == "第 1 页第 4 行"
    at = p.text.index("下降3.5%")
    line = p.line_at(at)
    assert report.locate(line) == "第 1 页第 6 行"
    assert "下降3.5%" in report.raw_lines[line - 1].replace(" ", "")
    plan = report.paragraphs[5]
    assert report.locate(plan.line_at(plan.text.index("6.5%"))) == "第 2 页第 5 行"


def test_every_character_maps_to_a_line_that_contains_it(published):
    report, _ = published
    for p in report.paragraphs:
        for offset, ch in enumerate(p.text):
            line = p.line_at(offset)
            assert 1 <= line <= len(report.raw_lines)
            if ch.isdigit() or "\u4e00" <= ch <= "\u9fff":
                assert ch in report.raw_lines[line - 1]


def test_a_paragraph_runs_on_across_a_page_break(tmp_path):
    data, _ = published_pdf(lines_per_page=7)
    report = load_report(write(tmp_path / "r.pdf", data))
    assert [p.text for p in report.paragraphs] == [text for _, text in PUBLISHED]
    p = report.paragraphs[3]
    pages = {report.locate(n).split("页")[0] for _, n in p.segments}
    assert pages == {"第 1 ", "第 2 "}


def test_single_page_without_running_header_keeps_its_lines(tmp_path):
    data, _ = published_pdf(blocks=PUBLISHED[:3], lines_per_page=40, header="")
    report = load_report(write(tmp_path / "one.pdf", data))
    assert [p.text for p in report.paragraphs] == [text for _, text in PUBLISHED[:3]]


def test_scanned_pdf_says_it_has_no_text_layer(tmp_path):
    with pytest.raises(InputError, match=r"scan\.pdf: PDF 没有文字层"):
        load_report(write(tmp_path / "scan.pdf", scanned_pdf()))


def test_password_protected_pdf(tmp_path):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=StandardEncryption("secret"))
    c.drawString(72, 700, "GDP 5")
    c.showPage()
    c.save()
    with pytest.raises(InputError, match=r"locked\.pdf: PDF 设有密码保护"):
        load_report(write(tmp_path / "locked.pdf", buf.getvalue()))


def test_truncated_pdf_is_a_one_line_error(tmp_path):
    data, _ = published_pdf()
    with pytest.raises(InputError, match=r"cut\.pdf: PDF 已损坏或不完整"):
        load_report(write(tmp_path / "cut.pdf", data[: len(data) // 3]))


def test_embedded_report_typeset_as_pdf_reads_back_the_same(tmp_path, embedded):
    blocks = [("title" if p.kind == "title" else "body", p.text) for p in embedded.paragraphs]
    data, drawn = published_pdf(blocks=blocks, lines_per_page=30)
    assert len(drawn) > 10
    report = load_report(write(tmp_path / "embedded.pdf", data))
    assert [p.text for p in report.paragraphs] == [p.text for p in embedded.paragraphs]
    assert [p.section for p in report.paragraphs] == [p.section for p in embedded.paragraphs]
    assert (report.review_year, report.plan_year) == (embedded.review_year, embedded.plan_year)
