"""Numbers as printed in reports: ASCII decimals, Chinese numerals, years and scales.

A figure keeps the exact text it was printed with (``"9.30"`` is not ``"9.3"``): values are
returned as strings that :class:`decimal.Decimal` parses exactly. Chinese numerals are
converted only for an isolated numeral span (``三``, ``两千``, ``一百零五``); a whole sentence is
never fed to the converter.

The converter is written here rather than taken from a package: it is short, it returns
exact decimals (the common package returns floats for ``一点五``), and it refuses spans that
are not well-formed numbers (``十三五`` is a plan name, not 135).
"""

from __future__ import annotations

from decimal import Decimal

#: Chinese digit characters and their values (两 is 2 in counts, 〇 and 零 are 0).
CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
#: The small magnitudes of Chinese numerals (also printed alone: 超百亿元, a hundred 亿元).
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
#: Scale words a unit can start with, and their factors.
SCALES: dict[str, int] = {
    "万亿": 10**12,
    "千万": 10**7,
    "百万": 10**6,
    "亿": 10**8,
    "万": 10**4,
    "千": 10**3,
}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(_CN_BIG)


def chinese_to_decimal(span: str) -> Decimal | None:
    """Value of a Chinese numeral span, or ``None`` when it is not a well-formed number.

    Parameters
    ----------
    span
        Numeral characters only, optionally with a decimal part after ``点``.

    Examples
    --------
    >>> [str(chinese_to_decimal(s)) for s in ("三", "十二", "两千", "一百零五", "一万五千")]
    ['3', '12', '2000', '105', '15000']
    >>> str(chinese_to_decimal("三亿五千万")), str(chinese_to_decimal("二〇二〇"))
    ('350000000', '2020')
    >>> str(chinese_to_decimal("一点五")), chinese_to_decimal("十三五"), chinese_to_decimal("点")
    ('1.5', None, None)
    """
    whole, sep, frac = span.partition("点")
    if not whole or (sep and not frac):
        return None
    if sep and any(c not in CN_DIGITS for c in frac):
        return None
    if all(c in CN_DIGITS for c in whole) and len(whole) > 1:
        # Positional form (二〇二〇): digits only, no unit characters.
        if whole[0] in "零〇":
            return None
        integer = int("".join(str(CN_DIGITS[c]) for c in whole))
    else:
        integer = _chinese_integer(whole)
        if integer is None:
            return None
    if sep:
        digits = "".join(str(CN_DIGITS[c]) for c in frac)
        return Decimal(f"{integer}.{digits}")
    return Decimal(integer)


def _chinese_integer(text: str) -> int | None:
    total = 0  # whole multiples of 亿
    wan = 0  # whole multiples of 万 below 亿
    section = 0  # below 万
    digit: int | None = None  # a digit waiting for its unit
    last_small = 10**5  # units inside a section must decrease (千 > 百 > 十)
    for c in text:
        if c in CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row without a unit (十三五)
            digit = CN_DIGITS[c]
        elif c in CN_SMALL:
            unit = CN_SMALL[c]
            if unit >= last_small:
                return None
            if digit is None:
                if c != "十" or section:
                    return None
                digit = 1
            section += digit * unit
            digit = None
            last_small = unit
        elif c in _CN_BIG:
            block = section + (digit or 0)
            if c == "万":
                if wan or not block:
                    return None
                wan = block * 10_000
            else:
                if not (block or wan):
                    return None
                total = (total + wan + block) * 100_000_000
                wan = 0
            section, digit, last_small = 0, None, 10**5
        else:
            return None
    return total + wan + section + (digit or 0)


def decimal_text(value: Decimal) -> str:
    """A decimal as plain text without exponent, keeping its digits.

    Examples
    --------
    >>> decimal_text(Decimal("1.5").scaleb(2)), decimal_text(Decimal("-0.0"))
    ('150', '0.0')
    """
    text = format(value, "f")
    return text[1:] if text.startswith("-") and Decimal(text) == 0 else text


def times_to_percent(printed: str) -> str:
    """A growth printed as a multiple (增长 1.5 倍) in percent.

    Examples
    --------
    >>> times_to_percent("1"), times_to_percent("1.5")
    ('100', '150')
    """
    return decimal_text(Decimal(printed).scaleb(2))


def tenths_to_percent(printed: str) -> str:
    """A growth printed in tenths (压缩四成, 增长三成) in percent.

    Examples
    --------
    >>> tenths_to_percent("4"), tenths_to_percent("3.5")
    ('40', '35')
    """
    return decimal_text(Decimal(printed).scaleb(1))


def multiple_to_percent(printed: str) -> str:
    """The growth of a figure printed as a multiple of its base (是 2015 年的 3 倍), in percent.

    Examples
    --------
    >>> multiple_to_percent("3"), multiple_to_percent("2.5"), multiple_to_percent("0.8")
    ('200', '150', '-20')
    """
    return decimal_text((Decimal(printed) - 1).scaleb(2))


def negate(printed: str) -> str:
    """The printed number with a minus sign (for declines), zero left unsigned.

    Examples
    --------
    >>> negate("3.2"), negate("0"), negate("-1")
    ('-3.2', '0', '1')
    """
    if printed.startswith("-"):
        return printed[1:]
    return printed if Decimal(printed) == 0 else "-" + printed
