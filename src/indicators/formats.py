"""Tell a report file's format from its content and read it with the matching reader.

The content decides, not the extension: a zip package is a Word document, ``%PDF-`` is a PDF,
anything else is decoded as text. The extension only sharpens the message when the content
does not match it (a ``.docx`` that is no zip archive is damaged or merely renamed).

==========================  =============================================================
content                     result
==========================  =============================================================
``PK\\x03\\x04`` (zip)        :func:`indicators.docx_reader.read_docx`
``%PDF-`` in the first KiB  :func:`indicators.pdf_reader.read_pdf`
OLE2 with EncryptedPackage  error: a password-protected Office document
other OLE2                  error: a Word 97–2003 (.doc) file, save it as .docx
anything else               :func:`indicators.cleaning.parse_text` after decoding
==========================  =============================================================
"""

from __future__ import annotations

from pathlib import Path

from .cleaning import Report, parse_text
from .decoding import decode_bytes, read_bytes
from .errors import InputError

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF-"
#: Where ``%PDF-`` may start: readers accept leading junk within the first KiB.
PDF_MAGIC_WINDOW = 1024
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

#: Extensions and the format they promise.
EXTENSIONS = {".docx": "docx", ".docm": "docx", ".dotx": "docx", ".pdf": "pdf"}


def sniff_format(data: bytes) -> str:
    """``docx``, ``pdf``, ``encrypted-office``, ``doc`` or ``text`` from a file's bytes.

    Examples
    --------
    >>> sniff_format(b"%PDF-1.7 ..."), sniff_format(b"PK\\x03\\x04...")
    ('pdf', 'docx')
    >>> sniff_format("产值".encode())
    'text'
    """
    if data.startswith(ZIP_MAGIC):
        return "docx"
    if data.startswith(OLE_MAGIC):
        return "encrypted-office" if _ENCRYPTED_PACKAGE in data else "doc"
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW]:
        return "pdf"
    return "text"


def read_report(path: str | Path) -> Report:
    """Read a report in any supported format (.txt, .docx, .pdf) into a :class:`Report`.

    Parameters
    ----------
    path
        The report file.

    Raises
    ------
    InputError
        With a one-line message naming the file and the problem.

    Examples
    --------
    >>> from indicators.paths import default_report
    >>> read_report(default_report()).format
    'text'
    """
    p = Path(path)
    data = read_bytes(p)
    kind = sniff_format(data)
    promised = EXTENSIONS.get(p.suffix.lower())
    if kind == "docx":
        from .docx_reader import read_docx

        return read_docx(data, p)
    if kind == "pdf":
        from .pdf_reader import read_pdf

        return read_pdf(data, p)
    if kind == "encrypted-office":
        raise InputError(f"{p}: 文档设有密码保护（已加密）；请另存一份不加密的 .docx 后重试")
    if kind == "doc":
        raise InputError(f"{p}: 是 Word 97-2003（.doc）文件；请另存为 .docx 后重试")
    if promised == "docx":
        if not data.strip():
            raise InputError(f"{p}: 文件为空")
        raise InputError(f"{p}: 不是 Word 文档（不是 .docx 压缩包）；文件已损坏或扩展名有误")
    if promised == "pdf":
        if not data.strip():
            raise InputError(f"{p}: 文件为空")
        raise InputError(f"{p}: 不是 PDF 文件（缺少 %PDF- 文件头）；文件已损坏或扩展名有误")
    decoded = decode_bytes(data, str(p))
    return parse_text(decoded.text, source=str(p), encoding=decoded.encoding)
