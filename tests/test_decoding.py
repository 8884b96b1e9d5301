"""Decoding of report bytes and character normalization."""

from __future__ import annotations

import pytest

from indicators.decoding import decode_bytes
from indicators.errors import InputError
from indicators.textnorm import normalize_line

SAMPLE = "全镇完成社会总产值 127.99 亿元，同比增长 7%。"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
        ("big5", "big5"),
    ],
)
def test_supported_encodings_decode_to_the_same_text(encoding, expected):
    text = SAMPLE if encoding != "big5" else "全鎮完成社會總產值 127.99 億元，同比增長 7%。"
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "文件为空"),
        (b"  \n\n ", "文件为空"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "看起来是二进制文件"),
        (bytes(range(256)) * 4, "看起来是二进制文件"),
        (b"\xff\xfe\x00", "字节顺序标记（BOM）"),
    ],
)
def test_bad_bytes_give_one_line_errors(data, message):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "r.txt")
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("r.txt: ")


def test_full_width_normalization_keeps_chinese_punctuation():
    assert (
        normalize_line("投入 ４．６ 万元，完成 １０５％（含）。") == "投入4.6万元，完成105%（含）。"
    )


def test_spaces_survive_only_between_words_or_numbers():
    assert normalize_line("Tencent Cloud 与 2020 1338 件") == "Tencent Cloud与2020 1338件"


def test_invisible_and_control_characters_are_dropped():
    assert normalize_line("增\u200b长\u202e7\x07%") == "增长7%"
