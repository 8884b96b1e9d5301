"""Character-level normalization of report text.

Full-width digits, Latin letters, ``％`` and ``．`` become ASCII; invisible and control
characters are dropped; spaces are removed except where they separate two Latin words or two
numbers. Chinese punctuation (``，`` ``。`` ``（`` …) is kept as it is: it carries meaning.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

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

#: A run of spaces: kept as one space between two Latin letters or two digits, else dropped.
_SPACE_RUN = re.compile(r"(?P<keep>(?<=[A-Za-z]) +(?=[A-Za-z])|(?<=[0-9]) +(?=[0-9]))| +")
#: Any character the table changes or drops: lines without one skip the translation.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _is_ascii_alpha(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _space_or_nothing(run: re.Match[str]) -> str:
    return " " if run.lastgroup == "keep" else ""


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
    s = (line.translate(_TABLE) if _TRANSLATED.search(line) else line).strip()
    if " " not in s:
        return s
    return _SPACE_RUN.sub(_space_or_nothing, s)


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


@cache
def _wide_bmp_run() -> re.Pattern[str]:
    """Runs of wide and full-width characters of the Basic Multilingual Plane.

    Built once per process from :func:`unicodedata.east_asian_width`, so that measuring a
    line is one regular-expression pass instead of a lookup per character.
    """
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        if unicodedata.east_asian_width(chr(cp)) in "WF":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    body = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{body}]+")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a fixed-width layout: 2 for wide and full-width characters.

    Examples
    --------
    >>> display_width("增长7%"), display_width("Tencent"), display_width("")
    (6, 7, 0)
    """
    if text.isascii():
        return len(text)
    narrow = _wide_bmp_run().sub("", text)
    width = 2 * len(text) - len(narrow)
    if not narrow.isascii() and _ASTRAL.search(narrow):  # rare: ask about each such character
        width += sum(1 for c in _ASTRAL.findall(narrow) if unicodedata.east_asian_width(c) in "WF")
    return width
