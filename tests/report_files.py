"""Build report files for the tests in code: Word drafts and published PDFs.

The documents are in the genre of a town's work report; the town, its figures and the people
are invented for the tests.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

REVIEWER = "李明"
CHANGE_DATE = "2023-01-05T09:30:00Z"


def _run(tag: str, text: str) -> OxmlElement:
    r = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(paragraph, kind: str, text: str, rid: int, author: str = REVIEWER) -> None:
    """Append a tracked insertion (``ins``) or deletion (``del``) of ``text`` to a paragraph."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(rid))
    change.set(qn("w:author"), author)
    change.set(qn("w:date"), CHANGE_DATE)
    change.append(_run("w:delText" if kind == "del" else "w:t", text))
    paragraph._p.append(change)


def delete_paragraph_mark(paragraph, rid: int) -> None:
    """Mark the paragraph's end as deleted: accepted, it joins the next paragraph."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    mark = OxmlElement("w:del")
    mark.set(qn("w:id"), str(rid))
    mark.set(qn("w:author"), REVIEWER)
    mark.set(qn("w:date"), CHANGE_DATE)
    rpr.append(mark)
    ppr.append(rpr)


def _table(doc, rows: list[list[str]]):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    return table


def town_draft() -> bytes:
    """A town's work-report draft with review comments, tracked changes and two tables."""
    doc = docx.Document()
    doc.add_paragraph("云溪镇人民政府工作报告")
    doc.add_paragraph("（征求意见稿）")
    doc.add_paragraph("一、2022年工作回顾")
    p = doc.add_paragraph("（一）经济运行稳中有进。全镇完成地区生产总值 28.6 亿元，同比增长")
    tracked(p, "del", "5.8%", 1)
    tracked(p, "ins", "6.1%", 2)
    p.add_run("；")
    commented = p.add_run("规模以上工业增加值 9.3 亿元")
    p.add_run("，增长 7.2%。")
    doc.add_comment(commented, text="请核对规上口径", author="王芳", initials="WF")
    first = doc.add_paragraph("全年新增市场主体 320 户，")
    delete_paragraph_mark(first, 3)
    doc.add_paragraph("完成年度任务的 105%。")
    gone = doc.add_paragraph()
    tracked(gone, "del", "此段已删除：旧口径产值 99.9 亿元。", 4)
    delete_paragraph_mark(gone, 5)
    doc.add_paragraph("（二）主要指标完成情况如下。")
    doc.add_paragraph("单位：亿元")
    _table(
        doc,
        [
            ["指标", "2021年", "2022年", "比上年增长（%）"],
            ["地区生产总值", "27.0", "28.6", "6.1"],
            ["规模以上工业增加值", "8.7", "9.3", "7.2"],
        ],
    )
    table = _table(
        doc,
        [
            ["指标", "单位", "2022年", "增速"],
            ["固定资产投资", "亿元", "12.4", "-3.5"],
            ["新增就业", "人", "1200", ""],
        ],
    )
    cell_run = table.cell(2, 2).paragraphs[0].runs[0]
    doc.add_comment(cell_run, text="含灵活就业？", author="王芳", initials="WF")
    doc.add_paragraph("二、2023年工作安排")
    doc.add_paragraph("2023年全镇地区生产总值预期增长 6% 左右，固定资产投资增长 5% 以上。")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


_FONT = "STSong-Light"


def _font() -> str:
    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    return _FONT


#: A published report: (kind, text) blocks; kind is "title", "heading" or "body".
PUBLISHED = [
    ("title", "云溪镇人民政府工作报告"),
    ("heading", "一、2022年工作回顾"),
    (
        "body",
        "2022年，全镇完成地区生产总值28.6亿元，同比增长6.1%；规模以上工业增加值9.3亿元，"
        "增长7.2%；固定资产投资12.4亿元，下降3.5%。",
    ),
    (
        "body",
        "全年新增市场主体320户，完成年度任务的105%。新增城镇就业1200人，"
        "城镇登记失业率控制在3%以内。农村居民人均可支配收入21860元，增长6.4%。",
    ),
    ("heading", "二、2023年工作安排"),
    (
        "body",
        "2023年全镇经济社会发展的主要预期目标是：地区生产总值增长6%左右；"
        "固定资产投资增长5%以上；农村居民人均可支配收入增长6.5%。",
    ),
    ("body", "各位代表，新的一年任务艰巨，我们将以更加昂扬的斗志，奋力完成全年目标任务。"),
]


def published_pdf(
    blocks: list[tuple[str, str]] = PUBLISHED,
    measure_chars: int = 24,
    lines_per_page: int = 8,
    header: str = "云溪镇人民政府工作报告（2023年）",
) -> tuple[bytes, list[list[str]]]:
    """Typeset ``blocks`` as a published PDF: indented paragraphs, running header, page numbers.

    Returns the PDF and, per page, the body lines as drawn (for checking provenance).
    """
    font = _font()
    size, leading = 14.0, 22.0
    width, height = 595.0, 842.0
    left = (width - measure_chars * size) / 2
    measure = width - 2 * left
    lines: list[tuple[str, float]] = []  # (text, x)
    for kind, text in blocks:
        if kind == "title":
            lines.append((text, (width - pdfmetrics.stringWidth(text, font, size)) / 2))
            continue
        indent, current = 2 * size, ""
        for ch in text:  # wrap by measured width, as a typesetter does
            if pdfmetrics.stringWidth(current + ch, font, size) > measure - indent:
                lines.append((current, left + indent))
                indent, current = 0.0, ""
            current += ch
        lines.append((current, left + indent))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    drawn: list[list[str]] = []
    for start in range(0, len(lines), lines_per_page):
        page = len(drawn) + 1
        c.setFont(font, 10)
        c.drawString(left, height - 50, header)
        c.setFont(font, size)
        y = height - 110
        drawn.append([])
        for text, x in lines[start : start + lines_per_page]:
            c.drawString(x, y, text)
            drawn[-1].append(text)
            y -= leading
        c.setFont(font, 10)
        c.drawCentredString(width / 2, 40, f"- {page} -")
        c.showPage()
    c.save()
    return buf.getvalue(), drawn


def scanned_pdf() -> bytes:
    """A PDF whose pages are pictures only (no text layer), like a scan."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for _ in range(2):
        for k in range(20):
            c.rect(72, 700 - 25 * k, 400, 12, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()
