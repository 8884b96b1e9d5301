"""Read a published report (.pdf with a text layer) into clean, traceable paragraphs.

The text layer is read with pdfminer.six, which gives every text line with its box on the
page. From those boxes:

* **Page furniture is removed.** A line in the top or bottom band of a page (the outer 12 %
  of its height, at most the two outermost lines) is dropped when it is a page number
  (``3``, ``- 3 -``, ``第 3 页``, ``3/12``, ``第3页 共12页``) or when the same text, digits
  aside, stands in that band on at least half of the pages (running headers and footers).
* **Lines are re-joined into paragraphs** by layout: a line starts a paragraph when it is
  indented from the page's text margin (or starts with spaces), when the line before ends
  short of the right margin, or when the gap above it is clearly wider than the line spacing.
  A paragraph runs on across a page break. Headings, sections and parts then come from
  :func:`~indicators.cleaning.assemble_paragraphs`, as for plain text.
* **Provenance.** Every kept line is one raw line (``Report.raw_lines``), labelled with its
  page and its line counted from the top of that page, furniture included (what a reader of
  the printed page counts): ``第 3 页第 12 行``.

A PDF whose pages carry no text (a scan) is refused with a message saying so. Before pdfminer
sees the file, every Flate stream is decompressed with a bound (:data:`MAX_STREAM_BYTES` each,
:data:`MAX_TOTAL_STREAM_BYTES` in all), because pdfminer decompresses without one.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .cleaning import Report, SourceLine, assemble_paragraphs
from .errors import InputError
from .textnorm import normalize_line

logging.getLogger("pdfminer").addHandler(logging.NullHandler())

#: Largest decompressed size of one stream of a PDF.
MAX_STREAM_BYTES = 64 * 1024 * 1024
#: Largest decompressed size of all streams of a PDF.
MAX_TOTAL_STREAM_BYTES = 256 * 1024 * 1024
#: Share of the page height, at the top and at the bottom, where headers and footers live.
FURNITURE_BAND = 0.12

_STREAM = re.compile(rb"stream\r?\n")
_PAGE_NUMBER = re.compile(
    r"^[-—–－~～·•\s]*(?:第\s*)?\d{1,4}(?:\s*页)?"
    r"(?:\s*[/／]\s*\d{1,4}|\s*[,，]?\s*共\s*\d{1,4}\s*页)?[-—–－~～·•\s]*$"
    r"|^(?:[-—–]\s*)?[ivxlcIVXLC]{1,6}(?:\s*[-—–])?$"
)
_INDENT_TEXT = re.compile(r"^(?:\u3000|\s{2,})")


@dataclass
class PdfLine:
    """A text line on a page: its text and box (PDF points, origin at the bottom left)."""

    page: int
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    number_on_page: int = 0

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)


def guard_streams(data: bytes, name: str) -> None:
    """Refuse a PDF whose Flate streams decompress beyond the bounds (a compression bomb).

    Streams that are not Flate data (or are encrypted) fail to decompress here and are left
    to the parser.

    Examples
    --------
    >>> stream = b"1 0 obj<<>>stream\\n" + zlib.compress(b"BT ET") + b"endstream"
    >>> guard_streams(b"%PDF-1.4 " + stream, "r.pdf")
    """
    total = 0
    for m in _STREAM.finditer(data):
        start = m.end()
        end = data.find(b"endstream", start)
        chunk = data[start : end if end >= 0 else len(data)]
        d = zlib.decompressobj()
        size = 0
        try:
            out = d.decompress(chunk, 1 << 20)
            while out:
                size += len(out)
                if size > MAX_STREAM_BYTES or total + size > MAX_TOTAL_STREAM_BYTES:
                    raise InputError(
                        f"{name}: PDF 中的数据流解压后超过 "
                        f"{MAX_STREAM_BYTES // 2**20} MiB（疑似压缩炸弹），拒绝读取"
                    )
                out = d.decompress(d.unconsumed_tail, 1 << 20)
        except zlib.error:
            pass
        total += size


def _page_lines(data: bytes, name: str) -> list[tuple[float, list[PdfLine]]]:
    """(page height, its text lines top to bottom) for every page."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    def lines_of(container, page: int):
        for el in container:
            if isinstance(el, LTTextLine):
                text = el.get_text().rstrip("\r\n")
                if text.strip():
                    yield PdfLine(page, text, el.x0, el.x1, el.y0, el.y1)
            elif isinstance(el, LTTextContainer):
                yield from lines_of(el, page)

    pages: list[tuple[float, list[PdfLine]]] = []
    try:
        for number, layout in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()), 1):
            found = sorted(lines_of(layout, number), key=lambda ln: (-ln.y1, ln.x0))
            pages.append((float(layout.height), _merge_same_baseline(found)))
    except PDFPasswordIncorrect:
        raise InputError(f"{name}: PDF 设有密码保护；请另存一份不带密码的副本") from None
    except PDFEncryptionError:
        raise InputError(f"{name}: PDF 采用了无法读取的加密方式") from None
    except InputError:
        raise
    except RecursionError:
        raise InputError(f"{name}: PDF 已损坏（嵌套层级过深）") from None
    except Exception as exc:  # pdfminer signals damage with many exception types
        raise InputError(f"{name}: PDF 已损坏或不完整（{type(exc).__name__}）") from None
    return pages


def _merge_same_baseline(lines: list[PdfLine]) -> list[PdfLine]:
    """Join pieces of one visual line (pdfminer splits a line at wide gaps)."""
    merged: list[PdfLine] = []
    for ln in lines:
        prev = merged[-1] if merged else None
        if prev is not None and abs(prev.y0 - ln.y0) < 0.5 * min(prev.height, ln.height):
            first, second = (prev, ln) if prev.x0 <= ln.x0 else (ln, prev)
            merged[-1] = PdfLine(
                ln.page,
                first.text + " " + second.text,
                min(prev.x0, ln.x0),
                max(prev.x1, ln.x1),
                min(prev.y0, ln.y0),
                max(prev.y1, ln.y1),
            )
        else:
            merged.append(ln)
    for k, ln in enumerate(merged, 1):
        ln.number_on_page = k
    return merged


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def remove_furniture(pages: list[tuple[float, list[PdfLine]]]) -> list[list[PdfLine]]:
    """Each page's lines without page numbers and running headers or footers.

    Examples
    --------
    >>> def page(n):
    ...     return (800.0, [PdfLine(n, "某镇政府工作报告", 72, 300, 770, 780),
    ...                     PdfLine(n, "正文第一行。", 72, 500, 700, 714),
    ...                     PdfLine(n, f"- {n} -", 280, 310, 30, 40)])
    >>> [[ln.text for ln in p] for p in remove_furniture([page(1), page(2)])]
    [['正文第一行。'], ['正文第一行。']]
    """
    band_lines: list[list[PdfLine]] = []
    for height, lines in pages:
        top = [ln for ln in lines[:2] if ln.y0 >= height * (1 - FURNITURE_BAND)]
        bottom = [ln for ln in lines[-2:] if ln.y1 <= height * FURNITURE_BAND]
        band_lines.append(top + [ln for ln in bottom if ln not in top])
    counts = Counter(key for band in band_lines for key in {_furniture_key(ln.text) for ln in band})
    needed = max(2, (len(pages) + 1) // 2)
    out: list[list[PdfLine]] = []
    for (_, lines), band in zip(pages, band_lines, strict=True):
        drop = {
            id(ln)
            for ln in band
            if _PAGE_NUMBER.match(ln.text.strip()) or counts[_furniture_key(ln.text)] >= needed
        }
        out.append([ln for ln in lines if id(ln) not in drop])
    return out


def _page_geometry(lines: list[PdfLine]) -> tuple[float, float, float, float]:
    """(left margin, right margin, text size, usual gap between lines) of a page's body."""
    lefts = Counter(round(ln.x0) for ln in lines)
    left = float(min(x for x, n in lefts.items() if n == max(lefts.values())))
    rights = sorted(ln.x1 for ln in lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    size = statistics.median(ln.height for ln in lines)
    gaps = [a.y0 - b.y1 for a, b in itertools.pairwise(lines) if a.y0 > b.y1 - 1]
    gap = statistics.median(gaps) if gaps else size
    return left, right, size, gap


def group_lines(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """Re-join the body lines of all pages into paragraphs (see the module docstring).

    Examples
    --------
    >>> lines = [PdfLine(1, "一、回顾", 100, 170, 700, 714),
    ...          PdfLine(1, "全年完成产值 12.5 亿元，同比", 100, 500, 680, 694),
    ...          PdfLine(1, "增长 7%。", 72, 150, 660, 674),
    ...          PdfLine(1, "新增企业 8 家，占全区的三成，", 100, 500, 640, 654),
    ...          PdfLine(1, "较上年多 2 家，完成计划任务。", 72, 500, 620, 634)]
    >>> for g in group_lines([lines]):
    ...     print([ln.text for ln in g])
    ['一、回顾']
    ['全年完成产值 12.5 亿元，同比', '增长 7%。']
    ['新增企业 8 家，占全区的三成，', '较上年多 2 家，完成计划任务。']
    """
    groups: list[list[PdfLine]] = []
    prev: PdfLine | None = None
    prev_geometry: tuple[float, float, float, float] | None = None
    for lines in pages:
        if not lines:
            continue
        geometry = _page_geometry(lines)
        left, _, size, gap = geometry
        for ln in lines:
            new = prev is None or prev_geometry is None
            if not new:
                assert prev is not None and prev_geometry is not None
                _, prev_right, prev_size, _ = prev_geometry
                indented = ln.x0 - left > 0.8 * size or bool(_INDENT_TEXT.match(ln.text))
                short = prev.x1 < prev_right - 1.5 * prev_size
                spaced = prev.page == ln.page and (prev.y0 - ln.y1) > gap + 0.6 * size
                new = indented or short or spaced
            if new:
                groups.append([ln])
            else:
                groups[-1].append(ln)
            prev, prev_geometry = ln, geometry
    return groups


def read_pdf(data: bytes, source: str | Path, stem: str | None = None) -> Report:
    """Read a PDF's bytes into a :class:`~indicators.cleaning.Report`.

    Parameters
    ----------
    data
        The .pdf file's bytes.
    source
        Its path (for provenance and messages).
    stem
        Short name for output folders; defaults to the file stem.

    Raises
    ------
    InputError
        Damaged, password-protected, a compression bomb, or no text layer.
    """
    name = str(source)
    guard_streams(data, name)
    pages = _page_lines(data, name)
    if not any(lines for _, lines in pages):
        raise InputError(
            f"{name}: PDF 没有文字层（可能是扫描图像）；请先进行文字识别（OCR），或改用 Word 稿"
        )
    body = remove_furniture(pages)
    kept = [ln for lines in body for ln in lines]
    number = {id(ln): k for k, ln in enumerate(kept, 1)}
    groups: list[list[SourceLine]] = []
    for group in group_lines(body):
        lines = [SourceLine(number[id(ln)], normalize_line(ln.text)) for ln in group]
        lines = [ln for ln in lines if ln.clean]
        if lines:
            groups.append(lines)
    if not groups:
        raise InputError(f"{name}: PDF 中除页眉和页码外没有报告正文")
    assembled = assemble_paragraphs(groups)
    return Report(
        source=name,
        stem=stem or Path(name).stem,
        encoding="pdf",
        title=assembled.title,
        paragraphs=assembled.paragraphs,
        comments=(),
        raw_lines=tuple(ln.text for ln in kept),
        review_year=assembled.review_year,
        plan_year=assembled.plan_year,
        format="pdf",
        line_labels=tuple(f"第 {ln.page} 页第 {ln.number_on_page} 行" for ln in kept),
    )
