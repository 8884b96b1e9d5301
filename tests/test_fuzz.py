"""Property-based fuzzing of the decoder, the cleaner and the readers (hypothesis).

Properties: no exception other than InputError; every paragraph offset maps to a provenance
line inside the report (``1 <= line <= len(raw_lines)``); comment offsets lie inside their
paragraph; every provenance label exists.

``INDICATORS_FUZZ_SCALE=10 python -m pytest tests/test_fuzz.py`` runs ten times the examples
(the suite keeps the default small so that it stays fast).
"""

from __future__ import annotations

import functools
import io
import os
import zipfile
from xml.sax.saxutils import escape as xml_escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indicators import InputError, parse_text
from indicators.decoding import decode_bytes
from indicators.docx_reader import read_docx
from indicators.formats import sniff_format
from indicators.pdf_reader import read_pdf

from .report_files import published_pdf, town_draft

_SCALE = int(os.environ.get("INDICATORS_FUZZ_SCALE", "1"))
FAST = settings(
    max_examples=150 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SLOW = settings(
    max_examples=40 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

#: Pieces that drive the cleaner's rules: headings, comment authors, wrapping, numbers.
REPORT_PIECES = [
    "一、2022年工作回顾",
    "二、2023年工作安排",
    "（三）",
    "1、",
    "——呈现",
    "Administrator",
    "张伟",
    "全镇完成社会总产值 127.99 亿元，同比增长 7%，",
    "１２．５％",
    "。",
    "，",
    " ",
    "\u3000",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\x07",
    "\u200b",
    "\ufeff",
    "<script>",
]
report_text = st.lists(
    st.one_of(st.sampled_from(REPORT_PIECES), st.text(max_size=8)), max_size=60
).map("".join)


def check_report(report):
    n = len(report.raw_lines)
    for p in report.paragraphs:
        assert p.text
        for offset in range(len(p.text) + 1):
            line = p.line_at(offset)
            assert 1 <= line <= n
            report.locate(line)
        assert all(0 <= start <= len(p.text) for start, _ in p.segments)
    for c in report.comments:
        assert 0 <= c.paragraph < max(len(report.paragraphs), 1)
        if report.paragraphs:
            assert 0 <= c.offset <= len(report.paragraphs[c.paragraph].text)
        assert 1 <= c.line <= c.text_line_end <= n
    for v in report.revisions:
        assert 1 <= v.line <= n


@FAST
@given(report_text)
def test_cleaner_on_any_text(text):
    check_report(parse_text(text))


@FAST
@given(st.binary(max_size=400))
def test_decoder_on_any_bytes(data):
    try:
        decoded = decode_bytes(data, "f.txt")
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("f.txt: ")
        return
    assert decoded.text.strip()


@FAST
@given(report_text, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_decoder_then_cleaner_on_encoded_reports(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        decoded = decode_bytes(data, "f.txt")
    except InputError:
        return
    check_report(parse_text(decoded.text))


@functools.cache
def _draft() -> bytes:
    return town_draft()


@functools.cache
def _pdf() -> bytes:
    return published_pdf()[0]


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    buf = bytearray(data)
    for pos, value in edits:
        buf[pos % len(buf)] = value
    return bytes(buf[:cut] if cut else buf)


edits = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=12)


@SLOW
@given(edits, st.one_of(st.none(), st.integers(1, 40_000)))
def test_damaged_docx(changes, cut):
    data = _mutate(_draft(), changes, cut)
    if sniff_format(data) != "docx":
        return
    try:
        check_report(read_docx(data, "d.docx"))
    except InputError as exc:
        assert "\n" not in str(exc)


@SLOW
@given(edits, st.one_of(st.none(), st.integers(1, 20_000)))
def test_damaged_pdf(changes, cut):
    data = _mutate(_pdf(), changes, cut)
    try:
        check_report(read_pdf(data, "d.pdf"))
    except InputError as exc:
        assert "\n" not in str(exc)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
xml_text = st.one_of(
    st.sampled_from(REPORT_PIECES[:10]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=6),
).map(xml_escape)
_run = xml_text.map(lambda t: f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>')
_del_run = xml_text.map(lambda t: f"<w:r><w:delText>{t}</w:delText></w:r>")
_marker = st.sampled_from(
    [
        '<w:commentRangeStart w:id="0"/>',
        '<w:commentRangeEnd w:id="0"/>',
        '<w:commentRangeStart w:id="1"/>',
        '<w:commentRangeEnd w:id="1"/>',
        '<w:r><w:commentReference w:id="1"/></w:r>',
        "<w:r><w:tab/><w:br/></w:r>",
        "<w:r><w:instrText>PAGE</w:instrText></w:r>",
    ]
)
_inline = st.recursive(
    st.one_of(_run, _marker),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3).map(
            lambda xs: '<w:ins w:author="A">' + "".join(xs) + "</w:ins>"
        ),
        st.lists(st.one_of(_del_run, _run), max_size=3).map(
            lambda xs: '<w:del w:author="B">' + "".join(xs) + "</w:del>"
        ),
        st.lists(inner, max_size=3).map(
            lambda xs: "<w:hyperlink>" + "".join(xs) + "</w:hyperlink>"
        ),
    ),
    max_leaves=6,
)
_mark_deleted = '<w:pPr><w:rPr><w:del w:id="9" w:author="B"/></w:rPr></w:pPr>'
_paragraph = st.tuples(st.booleans(), st.lists(_inline, max_size=5)).map(
    lambda t: "<w:p>" + (_mark_deleted if t[0] else "") + "".join(t[1]) + "</w:p>"
)
_tc_pr = st.sampled_from(
    [
        "",
        '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>',
        "<w:tcPr><w:vMerge/></w:tcPr>",
        '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>',
        '<w:tcPr><w:gridSpan w:val="x"/></w:tcPr>',
    ]
)


def _table(cell_content):
    cell = st.tuples(_tc_pr, st.lists(cell_content, min_size=1, max_size=2)).map(
        lambda t: "<w:tc>" + t[0] + "".join(t[1]) + "</w:tc>"
    )
    row = st.lists(cell, max_size=4).map(lambda cs: "<w:tr>" + "".join(cs) + "</w:tr>")
    return st.lists(row, max_size=4).map(lambda rs: "<w:tbl>" + "".join(rs) + "</w:tbl>")


_block = st.one_of(_paragraph, _table(st.one_of(_paragraph, _table(_paragraph))))


def _with_document(body: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_draft()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'.encode()
            zf.writestr(info.filename, data)
    return out.getvalue()


@SLOW
@given(st.lists(_block, max_size=6))
def test_generated_word_bodies(blocks):
    data = _with_document("".join(blocks))
    try:
        report = read_docx(data, "g.docx")
    except InputError as exc:
        assert str(exc) == "g.docx: Word 文档中没有文字"
        return
    check_report(report)
    for c in report.comments:
        assert c.anchor in report.text
