"""Character-level normalization of report text.

Full-width digits, Latin letters, ``％`` and ``．`` become ASCII; invisible and control
characters are dropped; spaces are removed except where they separate two Latin words or two
numbers. Chinese punctuation (``，`` ``。`` ``（`` …) is kept as it is: it carries meaning.
"""

from __future__ import annotations

import re

_TABLE: dict[int, str] = {}
for _i in range(10):
    _TABLE[0xFF10 + _i] = chr(0x30 + _i)
for _i in range(26):
    _TABLE[0xFF21 + _i] = chr(0x41 + _i)
    _TABLE[0xFF41 + _i] = chr(0x61 + _i)
_TABLE.update(
    {
        0xFF05: "%",  # ％
        0xFE6A: "%",  # ﹪
        0xFF0E: ".",  # ．
        0xFF5E: "~",  # ～
        0xFF0B: "+",  # ＋
        0x3000: " ",  # ideographic space
        0x00A0: " ",
        0x2002: " ",
        0x2003: " ",
        0x2009: " ",
        0x0009: " ",
    }
)
# Invisible characters: zero-width, bidi controls, BOM, soft hyphen.
for _cp in (0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF):
    _TABLE[_cp] = ""
for _cp in list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)):
    _TABLE[_cp] = ""
for _cp in list(range(0x00, 0x09)) + list(range(0x0A, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
    _TABLE.setdefault(_cp, "")

_SPACES = re.compile(r" +")


def _is_ascii_alpha(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _keeps_space(left: str, right: str) -> bool:
    """A space survives only between two Latin letters or two digits."""
    return (_is_ascii_alpha(left) and _is_ascii_alpha(right)) or (
        left.isascii() and left.isdigit() and right.isascii() and right.isdigit()
    )


def normalize_line(line: str) -> str:
    """Normalize one line of report text.

    Parameters
    ----------
    line
        A raw line (without its line break).

    Returns
    -------
    str
        The line with ASCII digits, letters, ``%`` and ``.``, no invisible characters, and
        spaces only where two Latin words or two numbers need them.

    Examples
    --------
    >>> normalize_line(" 完成工业总产值 ４５．６０ 亿元，同比增长 7％，")
    '完成工业总产值45.60亿元，同比增长7%，'
    >>> normalize_line("Tencent Cloud 项目")
    'Tencent Cloud项目'
    """
    s = line.translate(_TABLE).strip()
    if " " not in s:
        return s
    out: list[str] = []
    pos = 0
    for m in _SPACES.finditer(s):
        out.append(s[pos : m.start()])
        left = s[m.start() - 1] if m.start() > 0 else ""
        right = s[m.end()] if m.end() < len(s) else ""
        if left and right and _keeps_space(left, right):
            out.append(" ")
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)


def join_separator(left_text: str, right_text: str) -> str:
    """The separator to put between two wrapped lines: a space only between Latin words.

    Examples
    --------
    >>> join_separator("同比增", "长7%")
    ''
    >>> join_separator("Tencent", "Cloud")
    ' '
    """
    if not left_text or not right_text:
        return ""
    a, b = left_text[-1], right_text[0]
    return " " if _is_ascii_alpha(a) and _is_ascii_alpha(b) else ""
