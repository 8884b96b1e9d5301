"""Figures in the cells of the series and target tables, read with :mod:`indicators.intervals`.

The tables that the series, targets and trend modules read and write keep every figure as the
string the report printed ("9.30", trailing zeros carry precision). This module is a thin
adapter: it reads a cell (:func:`cell`, :func:`parse_optional`) into a :class:`Printed`, the
text with its exact value, the interval its rounding stands for and its printed decimals. The
reading, the interval, growth and formatting are those of :mod:`indicators.intervals`, the
same the checker uses; unit conversions are those of :mod:`indicators.units`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from .exact import Fraction
from .intervals import Interval, parse_decimal, printed_places, rounding_interval
from .rows import MISSING_TEXTS


def cell(row: pd.Series | Mapping[str, object], *names: str) -> str:
    """The first of the named cells that a table row has, stripped; ``""`` when missing.

    The row is a DataFrame row or a mapping (a row of :mod:`indicators.rows`).

    A cell whose text stands for a missing value (``nan``, ``<NA>``, ``None``) passes on to
    the next name.

    Examples
    --------
    >>> row = pd.Series({"value": float("nan"), "low": " 5.08 ", "high": "nan"})
    >>> cell(row, "value"), cell(row, "missing", "low"), cell(row, "high", "low")
    ('', '5.08', '5.08')
    >>> cell({"low": "5.08"}, "high", "low")
    '5.08'
    """
    keys = row.index if isinstance(row, pd.Series) else row
    for name in names:
        if name in keys:
            value = row[name]
            if value is None or (isinstance(value, float) and pd.isna(value)):
                return ""
            text = str(value).strip()
            if text.lower() not in MISSING_TEXTS:
                return text
    return ""


@dataclass(frozen=True)
class Printed:
    """A figure: its text, exact value, the interval it stands for and its printed decimals.

    A figure computed from others (a derived level) has an empty text and the interval of all
    values consistent with the figures it comes from.

    Examples
    --------
    >>> p = Printed.parse("86.40")
    >>> p.value, p.interval.lo, p.interval.hi, p.places
    (Fraction(432, 5), Fraction(17279, 200), Fraction(17281, 200), 2)
    """

    text: str
    value: Fraction
    interval: Interval
    places: int

    @classmethod
    def parse(cls, text: object, lo: str = "", hi: str = "") -> Printed:
        """Read a printed number (``"9.30"``, ``"-3.2"``); raise ``ValueError`` otherwise.

        The interval is the figure's rounding interval, unless both ends ``lo`` and ``hi``
        are given (the interval of a derived value, as the derived-values table prints it).

        Examples
        --------
        >>> Printed.parse("7").interval
        Interval(lo=Fraction(13, 2), hi=Fraction(15, 2))
        >>> Printed.parse("16.39", "16.382", "16.392").interval.hi
        Fraction(2049, 125)
        """
        s = str(text).strip().replace("−", "-").replace(",", "")
        d = parse_decimal(s)
        interval = rounding_interval(d)
        if lo and hi:
            interval = Interval(Fraction(parse_decimal(lo)), Fraction(parse_decimal(hi)))
        return cls(s, Fraction(d), interval, printed_places(d))

    def scaled(self, factor: Fraction) -> Printed:
        """The figure in another unit (``factor`` from :func:`indicators.units.conversion_factor`).

        Its decimals grow by as many places as ``factor`` moves its digits right (万元 to 亿元
        adds four), so no printed digit is lost.

        Examples
        --------
        >>> p = Printed.parse("1234.5").scaled(Fraction(1, 10000))
        >>> p.value, p.places
        (Fraction(2469, 20000), 5)
        """
        if factor == 1:
            return self
        shift = 0
        while factor * 10**shift < 1:
            shift += 1
        return Printed(
            self.text, self.value * factor, self.interval.scale(factor), self.places + shift
        )


def parse_optional(text: object) -> Printed | None:
    """:meth:`Printed.parse`, or ``None`` for an empty cell.

    Examples
    --------
    >>> parse_optional("") is None, parse_optional(float("nan")) is None
    (True, True)
    """
    if text is None:
        return None
    s = str(text).strip()
    if not s or s.lower() in MISSING_TEXTS:
        return None
    return Printed.parse(s)


#: Words of a growth basis that make the growth an average annual one (年均, 两年平均 …).
AVERAGE_WORDS = ("年均", "平均")


def is_average(basis: object) -> bool:
    """Whether a ``growth_basis`` cell states an average annual growth over several years
    (``2016..2020年均``, ``年均``, ``两年平均``), which is not a growth over one year.

    Examples
    --------
    >>> is_average("2016..2020年均"), is_average("两年平均"), is_average("比2015年")
    (True, True, False)
    """
    text = str(basis or "")
    return any(w in text for w in AVERAGE_WORDS)
