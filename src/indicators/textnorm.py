"""Character-level normalization of report text.

Full-width digits, Latin letters, ``％`` and ``．`` become ASCII; invisible and control
characters are dropped; spaces are removed except where they separate two Latin words or two
numbers. Chinese punctuation (``，`` ``。`` ``（`` …) is kept as it is: it carries meaning.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence
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
        0x2236: "：",  # ∶ ratio sign of typeset documents (三次产业结构12.9∶40.4∶46.7)
        0xFE30: "：",  # ︰
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

# A run of spaces is kept as one space between two Latin letters or two digits, else dropped.
#: The runs to drop. The pattern starts with a space so that the engine skips straight to
#: spaces; the look-behind after it checks that the run starts there, the look-aheads that it
#: is not between two letters or two digits, and the run is taken whole.
_DROPPED_SPACES = re.compile(r" (?<!  )(?!(?<=[A-Za-z] ) *[A-Za-z])(?!(?<=[0-9] ) *[0-9]) *(?! )")
#: The runs left are kept: one space each.
_KEPT_SPACES = re.compile("  +")
#: Any character the table changes or drops: lines without one skip the translation.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


#: ASCII letters: a space survives between two of them.
_LATIN = frozenset(string.ascii_letters)


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
    return _spaces_dropped(s)


def normalize_lines(lines: Sequence[str]) -> list[str]:
    """:func:`normalize_line` of every line, faster than one call per line.

    When no line has a character to translate (the common case), the lines are only
    stripped and their spaces dropped.

    Examples
    --------
    >>> normalize_lines([" 增长 7％，", "Tencent Cloud 项目", ""])
    ['增长7%，', 'Tencent Cloud项目', '']
    """
    if _TRANSLATED.search("".join(lines)):
        return [normalize_line(line) for line in lines]
    return [_spaces_dropped(line.strip()) for line in lines]


def _spaces_dropped(stripped: str) -> str:
    if " " not in stripped:
        return stripped
    return _KEPT_SPACES.sub(" ", _DROPPED_SPACES.sub("", stripped))


def join_separator(left_text: str, right_text: str) -> str:
    """The separator to put between two wrapped lines: a space only between Latin words.

    Examples
    --------
    >>> join_separator("同比增", "长7%")
    ''
    >>> join_separator("Tencent", "Cloud")
    ' '
    """
    if left_text[-1:] in _LATIN and right_text[:1] in _LATIN:
        return " "
    return ""


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


_DECIMAL_DIGITS = re.compile(r"\d+")
#: Characters already looked at, and those of them that are digits without being decimal
#: digits (², ①, ⑴ …): a text rarely holds one, so only then is it scanned for them.
_classified: set[str] = set()
_other_digits: set[str] = set()


def digit_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of characters that :meth:`str.isdigit` accepts, in order.

    Examples
    --------
    >>> digit_runs("增长7.5%，见①②和²")
    [(2, 3), (4, 5), (8, 10), (11, 12)]
    """
    unseen = set(text).difference(_classified)
    if unseen:
        _other_digits.update(c for c in unseen if c.isdigit() and not c.isdecimal())
        _classified.update(unseen)
    others = _other_digits.intersection(text)
    if not others:
        return [m.span() for m in _DECIMAL_DIGITS.finditer(text)]
    extra = "".join(re.escape(c) for c in sorted(others))
    return [m.span() for m in re.finditer(rf"[\d{extra}]+", text)]


def is_cjk(char: str) -> bool:
    """Whether ``char`` is one Chinese character (of the unified ideographs' main block).

    Examples
    --------
    >>> is_cjk("产"), is_cjk("，"), is_cjk("产值")
    (True, False, False)
    """
    return len(char) == 1 and "\u4e00" <= char <= "\u9fff"
