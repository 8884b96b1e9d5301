"""The embedded report re-encoded in every supported encoding reads to the same report.

Big5 cannot encode simplified characters (镇, 总, 产 …), so the Big5 case converts the report
to Taiwan-standard traditional characters first (OpenCC ``s2tw``, which maps every character
of the report to one Big5 has) and compares with that traditional text read as UTF-8.
"""

from __future__ import annotations

import codecs

import opencc
import pytest

from indicators import load_report
from indicators.decoding import decode_bytes
from indicators.tables import comments_table, paragraphs_table


def _same_report(a, b):
    assert paragraphs_table(a).equals(paragraphs_table(b))
    assert a.comments == b.comments
    assert (a.review_year, a.plan_year, a.title) == (b.review_year, b.plan_year, b.title)


@pytest.mark.parametrize(
    ("encoding", "prefix", "detected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("gb18030", b"", "gb18030"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ],
)
def test_embedded_report_in_each_encoding(
    tmp_path, embedded_path, embedded, encoding, prefix, detected
):
    text = embedded_path.read_text(encoding="utf-8")
    copy = tmp_path / "report.txt"
    copy.write_bytes(prefix + text.encode(encoding))
    again = load_report(copy)
    assert again.encoding == detected
    _same_report(again, embedded)


@pytest.fixture(scope="module")
def traditional(embedded_path):
    return opencc.OpenCC("s2tw").convert(embedded_path.read_text(encoding="utf-8"))


def test_embedded_report_in_big5(tmp_path, traditional):
    utf8 = tmp_path / "traditional-utf8.txt"
    utf8.write_text(traditional, encoding="utf-8")
    big5 = tmp_path / "traditional-big5.txt"
    big5.write_bytes(traditional.encode("big5"))  # raises if any character were missing
    read = load_report(big5)
    assert read.encoding == "big5"
    _same_report(read, load_report(utf8))
    assert len(read.comments) == 2
    assert any("127.99億元" in p.text for p in read.paragraphs)


def test_traditional_report_in_gb18030_is_not_mistaken_for_big5(tmp_path, traditional):
    """Traditional characters saved as GB18030 are still GB18030 (the scores are per encoding)."""
    path = tmp_path / "trad-gb.txt"
    path.write_bytes(traditional.encode("gb18030"))
    assert decode_bytes(path.read_bytes()).encoding == "gb18030"


@pytest.mark.parametrize("name", ["county-single-spaced.txt", "town-wrapped-cjk-author.txt"])
@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_test_texts_in_legacy_encodings(tmp_path, texts, name, encoding):
    text = (texts / name).read_text(encoding="utf-8")
    if encoding == "big5":
        text = opencc.OpenCC("s2tw").convert(text)
    (tmp_path / "u.txt").write_text(text, encoding="utf-8")
    (tmp_path / "e.txt").write_bytes(text.encode(encoding))
    read = load_report(tmp_path / "e.txt")
    assert read.encoding == encoding
    _same_report(read, load_report(tmp_path / "u.txt"))
    assert (
        comments_table(read).author.tolist()
        == comments_table(load_report(tmp_path / "u.txt")).author.tolist()
    )
