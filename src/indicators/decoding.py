"""Read a report file's bytes and decode them, refusing what is not a text report.

Supported: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM, GB18030 (a superset of GBK
and GB2312) and Big5. Anything else, a binary file, an empty file or one larger than
:data:`MAX_BYTES` raises :class:`~indicators.errors.InputError` with a one-line message.

How GB18030 and Big5 are told apart
-----------------------------------
Most Big5 byte strings are also valid GB18030 (and a fair share of GB18030 strings are valid
Big5), so "it decodes" proves nothing. Each candidate decoding is scored by the share of its
Chinese characters that are *common* Chinese characters: the 3,755 level-1 hanzi of GB2312
(simplified) together with the 5,401 frequent hanzi of Big5 (traditional). Real text scores
about 1.0 in its own encoding, whether simplified or traditional (traditional text saved as
GB18030 included); the same bytes read in the other encoding score 0.4 to 0.6 (measured on
the embedded report and the test texts, in both scripts), so the higher score wins by a wide
margin. Text whose best score is still low is mojibake or a mix of encodings and is refused.
"""

from __future__ import annotations

import codecs
import re
import stat
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import InputError

#: Largest report accepted, in bytes (100 MiB). A work report is well under 1 MB; the size is
#: checked before anything is read, so memory stays bounded on hostile input.
MAX_BYTES = 100 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
#: The control characters below a space that are not allowed (counted in one scan).
_STRAY_CONTROL = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x20) if chr(c) not in _ALLOWED_CONTROLS) + "]"
)
#: Above this share of control characters (and :data:`_MAX_STRAY_CONTROLS` of them) a decoded
#: "text" is taken to be binary; fewer are stray characters that normalization drops.
_MAX_CONTROL_SHARE = 0.01
_MAX_STRAY_CONTROLS = 8
#: A legacy-encoded text must have at least this share of common characters to be accepted.
_MIN_COMMON_SHARE = 0.8
#: Below this many Chinese characters the scores are too noisy to refuse a text on.
_MIN_CJK_FOR_REFUSAL = 20
#: Big5 variants tried in order: strict Big5, then Microsoft's cp950 and HKSCS extensions.
_BIG5_CODECS = ("big5", "cp950", "big5hkscs")


@dataclass(frozen=True)
class DecodedText:
    """Decoded text of a file and the encoding it was read with."""

    text: str
    encoding: str


def _size_message(name: object, size: int) -> str:
    return (
        f"{name}: 文件大小为 {size / 2**20:.0f} MiB，超过报告文件 {MAX_BYTES // 2**20} MiB 的上限"
    )


def read_bytes(path: str | Path) -> bytes:
    """Read a report's bytes, with a one-line :class:`InputError` for every failure.

    The size is checked before reading (a file over :data:`MAX_BYTES` is refused without
    being read), only regular files are read, and at most the size the file had when it was
    checked (plus one byte) is read, so memory stays bounded.

    Examples
    --------
    >>> read_bytes("/no/such/report.txt")
    Traceback (most recent call last):
    ...
    indicators.errors.InputError: /no/such/report.txt: 文件不存在
    """
    p = Path(path)
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{p}: 是文件夹，不是报告文件")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{p}: 不是普通文件（而是设备、套接字或管道）")
        if st.st_size > MAX_BYTES:
            raise InputError(_size_message(p, st.st_size))
        with p.open("rb") as fh:
            # read(n) allocates n bytes up front: ask for the size the file has, plus one
            data = fh.read(st.st_size + 1)
    except FileNotFoundError:
        raise InputError(f"{p}: 文件不存在") from None
    except PermissionError:
        raise InputError(f"{p}: 没有读取权限") from None
    except IsADirectoryError:
        raise InputError(f"{p}: 是文件夹，不是报告文件") from None
    except OSError as exc:
        raise InputError(f"{p}: 无法读取（{exc.strerror or exc}）") from None
    if len(data) > MAX_BYTES:
        raise InputError(_size_message(p, len(data)))
    return data


@cache
def _common_hanzi() -> frozenset[str]:
    """GB2312 level-1 hanzi (``B0A1``–``D7F9``) and Big5 frequent hanzi (``A440``–``C67E``)."""
    chars: set[str] = set()
    tables = (
        ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
        ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
    )
    for codec, leads, trails in tables:
        for hi in leads:
            for lo in trails:
                try:
                    chars.add(bytes((hi, lo)).decode(codec))
                except UnicodeDecodeError:
                    continue
    return frozenset(chars)


def common_share(text: str) -> tuple[float, int]:
    """Share of the Chinese characters of ``text`` that are common ones, and their count.

    Parameters
    ----------
    text
        A candidate decoding.

    Examples
    --------
    >>> common_share("社会总产值增长"), common_share("社會總產值增長")
    ((1.0, 7), (1.0, 7))
    >>> round(common_share("社會總產值增長".encode("big5").decode("gb18030"))[0], 2)
    0.25
    """
    cjk = [c for c in text if "\u3400" <= c <= "\u9fff"]
    if not cjk:
        return 0.0, 0
    common = _common_hanzi()
    return sum(1 for c in cjk if c in common) / len(cjk), len(cjk)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf8_error_line(data: bytes) -> tuple[int, int] | None:
    """(line, byte offset) of the first invalid UTF-8 sequence when the rest looks like UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        multibyte = sum(1 for b in data if b >= 0x80)
        bad = text.count("\ufffd")
        if multibyte and bad <= max(2, multibyte // 200):
            return data.count(b"\n", 0, exc.start) + 1, exc.start
    return None


def _decode_legacy(data: bytes, name: str) -> DecodedText:
    """Decode bytes that are not UTF-8: GB18030 or Big5, whichever reads as real text."""
    candidates: list[tuple[float, int, int, DecodedText]] = []
    gb = _strict(data, "gb18030")
    if gb is not None:
        share, count = common_share(gb)
        # GB18030 wins ties: mainland reports are the common case.
        candidates.append((share, 1, count, DecodedText(text=gb, encoding="gb18030")))
    for codec in _BIG5_CODECS:
        big5 = _strict(data, codec)
        if big5 is not None:
            share, count = common_share(big5)
            candidates.append((share, 0, count, DecodedText(text=big5, encoding=codec)))
            break
    best = max(candidates, key=lambda c: c[:2], default=None)
    if best is not None and best[0] >= _MIN_COMMON_SHARE:
        return best[3]
    damaged = _utf8_error_line(data)
    if damaged is not None:
        line, offset = damaged
        raise InputError(
            f"{name}: 第 {line} 行有无效的 UTF-8 字节序列（字节偏移 {offset}）；"
            "文件已损坏或混用了多种编码"
        )
    if best is not None and best[2] < _MIN_CJK_FOR_REFUSAL:
        return best[3]  # too few Chinese characters to judge: take the likelier reading
    raise InputError(
        f"{name}: 不是受支持编码的文本（支持 UTF-8、带 BOM 的 UTF-16、GB18030/GBK/GB2312 和 Big5）"
    )


def decode_bytes(data: bytes, name: str = "<bytes>") -> DecodedText:
    """Decode a report's bytes, detecting the encoding.

    Parameters
    ----------
    data
        The file's content.
    name
        Used in error messages (normally the file path).

    Returns
    -------
    DecodedText
        The text (with any BOM removed) and the encoding used.

    Raises
    ------
    InputError
        Empty, binary, damaged or in an unsupported encoding.

    Examples
    --------
    >>> decode_bytes("增长 7%".encode("gb18030")).encoding
    'gb18030'
    >>> decode_bytes("全鎮社會總產值增長 7%".encode("big5")).encoding
    'big5'
    >>> decode_bytes(b"\\xef\\xbb\\xbf7%").text
    '7%'
    """
    if not data.strip():
        raise InputError(f"{name}: 文件为空")
    decoded: DecodedText | None = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data, enc)
            if text is None:
                raise InputError(f"{name}: 以 {enc} 字节顺序标记（BOM）开头，但内容不是 {enc} 编码")
            decoded = DecodedText(text=text.lstrip("\ufeff"), encoding=enc)
            break
    if decoded is None:
        if b"\x00" in data:
            raise InputError(f"{name}: 不是文本报告，看起来是二进制文件")
        text = _strict(data, "utf-8")
        decoded = (
            DecodedText(text=text, encoding="utf-8")
            if text is not None
            else _decode_legacy(data, name)
        )
    text = decoded.text
    controls = len(_STRAY_CONTROL.findall(text))
    if controls > max(_MAX_STRAY_CONTROLS, _MAX_CONTROL_SHARE * len(text)):
        raise InputError(f"{name}: 不是文本报告，看起来是二进制文件")
    if not text.strip():
        raise InputError(f"{name}: 文件为空")
    return decoded


def read_text(path: str | Path) -> DecodedText:
    """Read and decode a plain-text report.

    Examples
    --------
    >>> from indicators.paths import default_report
    >>> read_text(default_report()).encoding
    'utf-8'
    """
    return decode_bytes(read_bytes(path), str(path))
