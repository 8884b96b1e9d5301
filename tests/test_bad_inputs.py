"""Bad inputs: correct output, or one stderr line naming the file and the problem, exit 2.

Most cases run the command line in-process (``main``) so the suite stays fast; an uncaught
exception would fail the test just as a traceback would. One case per kind of reader also
runs the real ``python -m indicators`` to check that stderr holds a single line.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import tracemalloc
import zipfile
import zlib

import msoffcrypto
import pandas as pd
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from indicators import InputError, load_report
from indicators.cli import main
from indicators.decoding import MAX_BYTES
from indicators.ooxml_package import MAX_PART_BYTES

from .report_files import scanned_pdf, town_draft, write

assert msoffcrypto  # the package that encrypts the password-protected draft


def _encrypted_docx() -> bytes:
    plain = io.BytesIO(town_draft())
    out = io.BytesIO()
    OOXMLFile(plain).encrypt("secret", out)
    return out.getvalue()


def _zip_bomb(lie_about_size: bool = False) -> bytes:
    """A .docx-looking zip whose document.xml inflates past the bound from ~70 KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w") as fh:
            block = b" " * (1 << 20)
            for _ in range(MAX_PART_BYTES // len(block) + 2):
                fh.write(block)
    data = bytearray(buf.getvalue())
    if lie_about_size:  # declare 1,000 bytes in both headers; the real stream is ~66 MB
        info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
        struct.pack_into("<I", data, info.header_offset + 22, 1000)
        central = bytes(data).rfind(b"PK\x01\x02")
        struct.pack_into("<I", data, central + 24, 1000)
        assert (
            zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").file_size == 1000
        )
    return bytes(data)


def _pdf_bomb() -> bytes:
    stream = zlib.compress(b"\0" * (70 * 2**20), 9)
    return (
        b"%PDF-1.4\n1 0 obj<</Length "
        + str(len(stream)).encode()
        + b"/Filter/FlateDecode>>stream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def _big_sparse(path):
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    return path


#: name -> (build(tmp_path) -> path, expected stderr fragment or None for correct output)
CASES = {
    "missing file": (lambda d: d / "nope.txt", "文件不存在"),
    "folder": (lambda d: d, "是文件夹，不是报告文件"),
    "empty file": (lambda d: write(d / "empty.txt", b""), "文件为空"),
    "empty .docx": (lambda d: write(d / "empty.docx", b""), "文件为空"),
    "binary with text extension": (
        lambda d: write(d / "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40),
        "不是文本报告，看起来是二进制文件",
    ),
    "truncated .docx": (
        lambda d: write(d / "cut.docx", town_draft()[:5000]),
        "Word 文档已损坏或不完整",
    ),
    "password-protected .docx": (
        lambda d: write(d / "locked.docx", _encrypted_docx()),
        "设有密码保护",
    ),
    "zip bomb disguised as .docx": (
        lambda d: write(d / "bomb.docx", _zip_bomb()),
        "疑似 zip 炸弹",
    ),
    "zip bomb with a lying size header": (
        lambda d: write(d / "liar.docx", _zip_bomb(lie_about_size=True)),
        "Word 文档已损坏或不完整",
    ),
    "zip that is not a Word document": (
        lambda d: write(d / "sheet.docx", _plain_zip()),
        "不是 Word 文档",
    ),
    ".docx that is not a zip": (
        lambda d: write(d / "renamed.docx", "产值 5 亿元".encode()),
        "不是 Word 文档",
    ),
    "Word 97-2003 .doc": (
        lambda d: write(d / "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
        "Word 97-2003（.doc）文件",
    ),
    "PDF without a text layer": (lambda d: write(d / "scan.pdf", scanned_pdf()), "没有文字层"),
    "PDF compression bomb": (lambda d: write(d / "bomb.pdf", _pdf_bomb()), "疑似压缩炸弹"),
    "text over 100 MB": (lambda d: _big_sparse(d / "huge.txt"), "超过报告文件 100 MiB 的上限"),
    "invalid UTF-8 byte sequence": (
        lambda d: write(
            d / "damaged.txt",
            "一、2022年工作回顾\n".encode()
            + "全年产值 12.5 亿元，增长 7%。\n".encode() * 50
            + b"\xff\xfe\xfa broken\n",
        ),
        "第 52 行有无效的 UTF-8 字节序列",
    ),
    "mostly control characters": (
        lambda d: write(d / "controls.txt", ("增长\x01\x02\x03\x04" * 100).encode()),
        "不是文本报告，看起来是二进制文件",
    ),
    "text with no numbers": (
        lambda d: write(
            d / "words.txt", "一、工作回顾\n\n全镇上下团结一心，各项工作稳步推进。\n".encode()
        ),
        None,
    ),
    "a few control characters": (
        lambda d: write(d / "ctl.txt", "全年产值\x07 12.5\x1b 亿元，增长 7%。\n".encode()),
        None,
    ),
    "HTML and script in the text": (
        lambda d: write(
            d / "html.txt",
            "<h1>一、2022年工作回顾</h1>\n<script>alert('x')</script>产值 5 亿元。\n".encode(),
        ),
        None,
    ),
}


def _plain_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("command", ["clean", "claims", "brief"])
def test_bad_input(tmp_path, capsys, case, command):
    build, message = CASES[case]
    path = build(tmp_path)
    extra = ["-o", str(tmp_path / "out")] if command == "brief" else []
    status = main([command, str(path), *extra])
    out, err = capsys.readouterr()
    if message is None:
        assert status == 0, err
        return
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"indicators: {path}: ")
    assert message in lines[0]
    assert out == ""
    assert not (tmp_path / "out").exists()


def test_no_numbers_gives_paragraphs_and_empty_comments(tmp_path, capsys):
    path = CASES["text with no numbers"][0](tmp_path)
    assert main(["clean", str(path)]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert table.text.tolist() == ["一、工作回顾", "全镇上下团结一心，各项工作稳步推进。"]


def test_control_characters_are_dropped(tmp_path):
    report = load_report(CASES["a few control characters"][0](tmp_path))
    assert report.paragraphs[0].text == "全年产值12.5亿元，增长7%。"


def test_html_and_script_are_kept_as_text_not_interpreted(tmp_path, capsys):
    path = CASES["HTML and script in the text"][0](tmp_path)
    assert main(["clean", str(path)]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert "<script>alert('x')</script>产值5亿元。" in table.text.tolist()


@pytest.mark.parametrize(
    "case", ["password-protected .docx", "zip bomb disguised as .docx", "PDF compression bomb"]
)
def test_real_command_prints_one_line(tmp_path, case):
    build, message = CASES[case]
    res = subprocess.run(
        [sys.executable, "-m", "indicators", "clean", str(build(tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and message in res.stderr


@pytest.mark.parametrize(
    "case",
    ["zip bomb disguised as .docx", "zip bomb with a lying size header", "PDF compression bomb"],
)
def test_bombs_are_refused_in_bounded_memory(tmp_path, case):
    path = CASES[case][0](tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(InputError):
            load_report(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * path.stat().st_size + 16 * 2**20


def test_huge_text_is_refused_before_reading(tmp_path):
    path = _big_sparse(tmp_path / "huge.txt")
    assert path.stat().st_size > 100 * 2**20
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="100 MiB"):
            load_report(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2**20


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = write(tmp_path / "secret.txt", "产值".encode())
    path.chmod(0)
    with pytest.raises(InputError, match="没有读取权限"):
        load_report(path)
