"""Read a report file's bytes and decode them, refusing what is not a text report.

Supported: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM, GB18030 (a superset of GBK
and GB2312) and Big5. Anything else, a binary file, an empty file or one larger than
:data:`MAX_BYTES` raises :class:`~indicators.errors.InputError` with a one-line message.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

#: Largest report accepted, in bytes. A work report is well under 1 MB; this bound keeps
#: memory bounded on hostile input.
MAX_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
#: Above this share of control characters a decoded "text" is taken to be binary.
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class DecodedText:
    """Decoded text of a file and the encoding it was read with."""

    text: str
    encoding: str


def read_bytes(path: str | Path) -> bytes:
    """Read a report's bytes, with a one-line :class:`InputError` for every failure.

    Examples
    --------
    >>> read_bytes("/no/such/report.txt")
    Traceback (most recent call last):
    ...
    indicators.errors.InputError: /no/such/report.txt: no such file
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not a report file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{p}: file is {size / 1e6:.0f} MB, larger than the {MAX_BYTES // 2**20} MiB "
                "a report may have"
            )
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a report file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{p}: larger than the {MAX_BYTES // 2**20} MiB a report may have")
    return data


def _share_outside_gb2312(text: str) -> float:
    cjk = [c for c in text if "\u3400" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    outside = 0
    for c in cjk:
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            outside += 1
    return outside / len(cjk)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


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

    Examples
    --------
    >>> decode_bytes("增长 7%".encode("gb18030")).encoding
    'gb18030'
    >>> decode_bytes(b"\\xef\\xbb\\xbf7%").text
    '7%'
    """
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    text: str | None = None
    encoding = ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data, enc)
            if text is None:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but is not {enc}")
            encoding = enc
            text = text.lstrip("\ufeff")
            break
    if text is None:
        if b"\x00" in data:
            raise InputError(f"{name}: looks like a binary file, not a text report")
        text = _strict(data, "utf-8")
        encoding = "utf-8"
    if text is None:
        gb = _strict(data, "gb18030")
        big5 = _strict(data, "big5")
        if gb is not None and (big5 is None or _share_outside_gb2312(gb) < 0.03):
            text, encoding = gb, "gb18030"
        elif big5 is not None:
            text, encoding = big5, "big5"
        elif gb is not None:
            text, encoding = gb, "gb18030"
        else:
            raise InputError(
                f"{name}: not text in a supported encoding "
                "(UTF-8, UTF-16 with BOM, GB18030/GBK/GB2312 or Big5)"
            )
    controls = sum(1 for c in text if c < " " and c not in _ALLOWED_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError(f"{name}: looks like a binary file, not a text report")
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    return DecodedText(text=text, encoding=encoding)


def read_text(path: str | Path) -> DecodedText:
    """Read and decode a plain-text report.

    Examples
    --------
    >>> from indicators.paths import default_report
    >>> read_text(default_report()).encoding
    'utf-8'
    """
    return decode_bytes(read_bytes(path), str(path))
