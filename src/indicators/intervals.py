"""Exact rational intervals: the range of true values a printed figure stands for.

A printed figure is rounded, so it stands for every value that rounds to it: ``12.40`` is
``[12.395, 12.405]``, ``7`` is ``[6.5, 7.5]``. Arithmetic on intervals with
:class:`~fractions.Fraction` endpoints gives the exact range of a sum, difference, product or
quotient over all values inside the operands, so a relation among printed figures is
consistent exactly when the intervals of its two sides meet. An endpoint of ``None`` is
unbounded (``-inf`` for ``lo``, ``+inf`` for ``hi``), which is how qualifiers such as 以上
(at least) and 以内 (at most) open an interval.

This module owns reading a printed figure (:func:`parse_decimal`, :func:`figure_interval`),
growth between levels (:func:`implied_growth`, :func:`growth_factor`) and printing exact
numbers and intervals (:func:`fmt`, :func:`fmt_interval`, :func:`interval_ends`); the
checker and the series and target tables (through :mod:`indicators.printed`) share them.
No float is ever involved: figures are read from their text with :class:`~decimal.Decimal`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache, wraps
from typing import TypeVar

from .exact import Fraction

Bound = Fraction | None

#: How many printed texts the readers below remember: a report reads each of its figures
#: several times (its interval, its decimals, its point).
_TEXTS_REMEMBERED = 4096

_Reader = TypeVar("_Reader", bound=Callable[..., object])


def _by_text(func: _Reader) -> _Reader:
    """Remember ``func``'s results by the text of its first argument (``str(x)``), never by
    the value: ``Decimal("9.30") == Decimal("9.3")``, but they print, and mean, differently.

    Examples
    --------
    >>> parse_decimal(Decimal("9.3")), parse_decimal(Decimal("9.30"))
    (Decimal('9.3'), Decimal('9.30'))
    """
    remembered = lru_cache(maxsize=_TEXTS_REMEMBERED)(func)

    @wraps(func)
    def read(text: object, *args: object, **kwargs: object) -> object:
        return remembered(str(text), *args, **kwargs)

    return read  # type: ignore[return-value]


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_RANGE = re.compile(r"^\s*([+-]?[\d.]+)\s*(?:-|—|–|－|~|～|〜|至|到)+\s*([+-]?[\d.]+)\s*$")


@dataclass(frozen=True)
class Interval:
    """A closed interval ``[lo, hi]`` of rationals; ``None`` marks an unbounded side.

    Examples
    --------
    >>> a = Interval(Fraction(1), Fraction(2))
    >>> b = Interval.point(Fraction(3))
    >>> a + b
    Interval(lo=Fraction(4, 1), hi=Fraction(5, 1))
    >>> (b / a).hi
    Fraction(3, 1)
    >>> a.meets(Interval(Fraction(2), Fraction(9)))
    True
    """

    lo: Bound
    hi: Bound

    def __post_init__(self) -> None:
        if self.lo is not None and self.hi is not None and self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def point(cls, x: Fraction | int | Decimal) -> Interval:
        """The degenerate interval ``[x, x]``."""
        f = Fraction(x)
        return cls(f, f)

    @classmethod
    def everything(cls) -> Interval:
        """The whole line, the conservative answer when a range cannot be bounded."""
        return cls(None, None)

    # -- predicates -----------------------------------------------------------------------
    @property
    def bounded(self) -> bool:
        """Whether both ends are finite."""
        return self.lo is not None and self.hi is not None

    @property
    def positive(self) -> bool:
        """Whether every value is strictly greater than zero."""
        return self.lo is not None and self.lo > 0

    def contains(self, x: Fraction | int) -> bool:
        """Whether ``x`` lies in the interval (ends included)."""
        return (self.lo is None or self.lo <= x) and (self.hi is None or x <= self.hi)

    def meets(self, other: Interval) -> bool:
        """Whether the two intervals share at least one value."""
        return self.gap(other) == 0

    def gap(self, other: Interval) -> Fraction:
        """Distance between the two intervals (zero when they meet).

        Examples
        --------
        >>> Interval(Fraction(1), Fraction(2)).gap(Interval(Fraction(5), None))
        Fraction(3, 1)
        """
        if self.hi is not None and other.lo is not None and self.hi < other.lo:
            return other.lo - self.hi
        if other.hi is not None and self.lo is not None and other.hi < self.lo:
            return self.lo - other.hi
        return Fraction(0)

    def intersection(self, other: Interval) -> Interval | None:
        """The common part, or ``None`` when the intervals do not meet."""
        if not self.meets(other):
            return None
        lo = _max_lo(self.lo, other.lo)
        hi = _min_hi(self.hi, other.hi)
        return Interval(lo, hi)

    # -- arithmetic -----------------------------------------------------------------------
    def __neg__(self) -> Interval:
        return Interval(
            None if self.hi is None else -self.hi, None if self.lo is None else -self.lo
        )

    def __add__(self, other: Interval | Fraction | int) -> Interval:
        o = _as_interval(other)
        lo = None if self.lo is None or o.lo is None else self.lo + o.lo
        hi = None if self.hi is None or o.hi is None else self.hi + o.hi
        return Interval(lo, hi)

    __radd__ = __add__

    def __sub__(self, other: Interval | Fraction | int) -> Interval:
        return self + (-_as_interval(other))

    def __rsub__(self, other: Interval | Fraction | int) -> Interval:
        return _as_interval(other) + (-self)

    def __mul__(self, other: Interval | Fraction | int) -> Interval:
        o = _as_interval(other)
        if self.bounded and o.bounded:
            products = [a * b for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
            return Interval(min(products), max(products))
        if o.bounded and o.lo == o.hi:
            return self.scale(o.lo)
        if self.bounded and self.lo == self.hi:
            return o.scale(self.lo)
        if self.lo is not None and o.lo is not None and self.lo >= 0 and o.lo >= 0:
            hi = None if self.hi is None or o.hi is None else self.hi * o.hi
            return Interval(self.lo * o.lo, hi)
        return Interval.everything()

    __rmul__ = __mul__

    def __truediv__(self, other: Interval | Fraction | int) -> Interval:
        divisor = _as_interval(other)
        if divisor.contains(0):
            return Interval.everything()
        return self * divisor.reciprocal()

    def __rtruediv__(self, other: Interval | Fraction | int) -> Interval:
        return _as_interval(other) * self.reciprocal()

    def reciprocal(self) -> Interval:
        """``{1/x}`` over the interval; the whole line when it contains zero."""
        if self.lo is not None and self.lo > 0:
            return Interval(Fraction(0) if self.hi is None else 1 / self.hi, 1 / self.lo)
        if self.hi is not None and self.hi < 0:
            return -((-self).reciprocal())
        return Interval.everything()

    def scale(self, k: Fraction | int) -> Interval:
        """Multiply by the exact number ``k``."""
        k = Fraction(k)
        lo = None if self.lo is None else self.lo * k
        hi = None if self.hi is None else self.hi * k
        if k < 0:
            lo, hi = hi, lo
        if k == 0:
            return Interval.point(0)
        return Interval(lo, hi)

    def clamp_below(self, floor: Fraction | int) -> Interval:
        """Raise an open or lower left end to ``floor`` (levels and counts are never negative)."""
        f = Fraction(floor)
        if self.hi is not None and self.hi < f:
            return self
        return Interval(f if self.lo is None or self.lo < f else self.lo, self.hi)


def _as_interval(x: Interval | Fraction | int | Decimal) -> Interval:
    return x if isinstance(x, Interval) else Interval.point(x)


def _max_lo(a: Bound, b: Bound) -> Bound:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _min_hi(a: Bound, b: Bound) -> Bound:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


# -- printed figures ------------------------------------------------------------------------


@_by_text
def parse_decimal(text: str) -> Decimal:
    """Read a printed number exactly, keeping its trailing zeros.

    Thousands separators and spaces are ignored.

    Examples
    --------
    >>> parse_decimal("9.30")
    Decimal('9.30')
    >>> parse_decimal("52,348")
    Decimal('52348')
    """
    cleaned = "".join(str(text).split()).replace(",", "").replace("，", "")
    cleaned = cleaned.replace("−", "-").replace("－", "-").replace("＋", "+")
    if not _NUMBER.match(cleaned):
        raise ValueError(f"not a printed number: {text!r}")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - excluded by the pattern
        raise ValueError(f"not a printed number: {text!r}") from exc


def last_digit(d: Decimal) -> Fraction:
    """The place value of the last printed digit: ``0.01`` for ``12.40``, ``1`` for ``7``.

    Examples
    --------
    >>> last_digit(Decimal("12.40"))
    Fraction(1, 100)
    >>> last_digit(Decimal("170"))
    Fraction(1, 1)
    """
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    return Fraction(10) ** exponent


def significant_unit(d: Decimal) -> Fraction:
    """The place value of the last non-zero digit of an integer, else of the last digit.

    This is the step that vague words count in: 170 多 means 170 to 180, 5000 多 means
    5000 to 6000.

    Examples
    --------
    >>> significant_unit(Decimal("170")), significant_unit(Decimal("5000"))
    (Fraction(10, 1), Fraction(1000, 1))
    >>> significant_unit(Decimal("12.5"))
    Fraction(1, 10)
    """
    step = last_digit(d)
    if step != 1 or d == 0:
        return step
    n = abs(int(d))
    unit = 1
    while n % 10 == 0:
        n //= 10
        unit *= 10
    return Fraction(unit)


@_by_text
def decimals(text: str) -> int:
    """Number of printed decimals (``"9.30"`` -> 2); the precision a suggestion keeps.

    Examples
    --------
    >>> decimals("9.30"), decimals("7"), decimals("8—10.5")
    (2, 0, 1)
    """
    return max(printed_places(parse_decimal(p)) for p in split_range(text))


def printed_places(d: Decimal) -> int:
    """Number of decimals a number was printed with (``Decimal("9.30")`` -> 2).

    Examples
    --------
    >>> printed_places(Decimal("9.30")), printed_places(Decimal("170"))
    (2, 0)
    """
    return max(0, -int(d.as_tuple().exponent))


def split_range(text: str) -> tuple[str, ...]:
    """Split a printed range such as ``8—10`` or ``8~10`` into its ends; one item otherwise.

    Examples
    --------
    >>> split_range("8～10")
    ('8', '10')
    >>> split_range("-3.5")
    ('-3.5',)
    """
    m = _RANGE.match(str(text))
    if m and not _NUMBER.match(str(text).strip()):
        return (m.group(1), m.group(2))
    return (str(text).strip(),)


@_by_text
def printed_point(text: str) -> Fraction:
    """The exact value a printed figure stands for: the number, or the middle of a range.

    Examples
    --------
    >>> printed_point("9.30"), printed_point("8—10.5")
    (Fraction(93, 10), Fraction(37, 4))
    """
    ends = [Fraction(parse_decimal(p)) for p in split_range(text)]
    return sum(ends, Fraction(0)) / len(ends)


def rounding_interval(d: Decimal) -> Interval:
    """``[d - u/2, d + u/2]`` where ``u`` is the place of the last printed digit.

    Examples
    --------
    >>> iv = rounding_interval(Decimal("9.30"))
    >>> float(iv.lo), float(iv.hi)
    (9.295, 9.305)
    """
    half = last_digit(d) / 2
    x = Fraction(d)
    return Interval(x - half, x + half)


#: How each kind of qualifier changes the interval of a figure (names used in the data file).
QUALIFIER_RULES = (
    "exact",
    "about",
    "at_least",
    "at_most",
    "more_than",
    "nearly",
    "times",
    "tenths",
)


def vague_width(d: Decimal) -> Fraction:
    """How far 左右 / 约 / 近 may move a figure: one significant step, at most a tenth of it.

    Never less than half the last digit, so a vague figure is never narrower than a rounded one.

    Examples
    --------
    >>> vague_width(Decimal("170")), vague_width(Decimal("7")), vague_width(Decimal("2000"))
    (Fraction(10, 1), Fraction(7, 10), Fraction(200, 1))
    """
    step = significant_unit(d)
    width = min(step, abs(Fraction(d)) / 10)
    return max(width, last_digit(d) / 2)


@_by_text
def figure_interval(text: str, rules: tuple[str, ...] = (), *, integer: bool = False) -> Interval:
    """The interval a printed figure stands for, given the qualifier rules that apply to it.

    Parameters
    ----------
    text
        The number as printed (``"12.40"``, ``"9.30"``, ``"8—10"``).
    rules
        Qualifier rules (see :data:`QUALIFIER_RULES`): ``about`` (左右, 约) widens to one
        significant step (at most a tenth of the figure), ``at_least`` (以上, 不低于) and
        ``at_most`` (以内, 不超过) open one side, ``more_than`` (多, 余: "170 多" is 170 to
        180) adds one significant step above, ``nearly`` (近) allows one step below, ``times``
        (a growth printed as a multiple, 倍) has the precision of the multiple.
        Every rule only widens the rounding interval, so applying one to the wrong figure
        cannot create a false alarm.
    integer
        The figure counts whole things and was printed exactly (no rounding interval).

    Examples
    --------
    >>> def show(iv):
    ...     return [None if b is None else str(b) for b in (iv.lo, iv.hi)]
    >>> show(figure_interval("12.40"))
    ['2479/200', '2481/200']
    >>> show(figure_interval("7", ("at_least",)))
    ['13/2', None]
    >>> show(figure_interval("170", ("more_than",), integer=True))
    ['170', '180']
    >>> show(figure_interval("52", integer=True))
    ['52', '52']
    >>> show(figure_interval("8—10"))
    ['15/2', '21/2']
    >>> show(figure_interval("200", ("times",)))  # 3 倍: 2.5 to 3.5 times, +150% to +250%
    ['150', '250']
    """
    ends = [parse_decimal(p) for p in split_range(text)]
    low_d, high_d = min(ends), max(ends)
    if integer and all(d == d.to_integral_value() for d in ends):
        lo, hi = Fraction(low_d), Fraction(high_d)
    else:
        lo, hi = rounding_interval(low_d).lo, rounding_interval(high_d).hi
    assert lo is not None and hi is not None
    lo_b: Bound = lo
    hi_b: Bound = hi
    for rule in rules:
        if rule == "about":
            w = vague_width(high_d)
            lo_b = _min_lo(lo_b, Fraction(low_d) - w)
            hi_b = _max_hi(hi_b, Fraction(high_d) + w)
        elif rule == "at_least":
            hi_b = None
        elif rule == "at_most":
            lo_b = None
        elif rule == "more_than":
            hi_b = _max_hi(hi_b, Fraction(high_d) + significant_unit(high_d))
        elif rule == "nearly":
            lo_b = _min_lo(lo_b, Fraction(low_d) - vague_width(low_d))
        elif rule == "times":
            lo_b = _min_lo(lo_b, Fraction(low_d) - multiple_width(low_d))
            hi_b = _max_hi(hi_b, Fraction(high_d) + multiple_width(high_d))
        elif rule == "tenths":  # 四成: 4 tenths, ±half a tenth
            lo_b = _min_lo(lo_b, Fraction(low_d) - tenths_width(low_d))
            hi_b = _max_hi(hi_b, Fraction(high_d) + tenths_width(high_d))
        elif rule != "exact":
            raise ValueError(f"unknown qualifier rule {rule!r}")
    return Interval(lo_b, hi_b)


def tenths_width(d: Decimal) -> Fraction:
    """Half a step of the tenths a growth of ``d`` % was printed in (四成 for 40: ±5 %; 3.5成
    for 35: ±0.5 %).

    Examples
    --------
    >>> tenths_width(Decimal("40")), tenths_width(Decimal("35"))
    (Fraction(5, 1), Fraction(1, 2))
    """
    return min(Fraction(1), last_digit(d.scaleb(-1).normalize())) * 5


def multiple_width(d: Decimal) -> Fraction:
    """Half a step of the multiple a growth in percent was printed as, in percent.

    A growth of ``d`` % printed as a multiple (增长 1.5 倍, 是 2015 年的 2.5 倍) stands for
    the multiple ``1 + d/100`` rounded to its last printed digit, a whole number at most
    (2.5 倍: one tenth, ±5 %; 3 倍 or 10 倍: one, ±50 %). The printed digits of the multiple
    are not kept in ``d`` (2.50 倍 reads as 2.5 倍), so the width may be wider than printed,
    never narrower.

    Examples
    --------
    >>> multiple_width(Decimal("200")), multiple_width(Decimal("150")), multiple_width(Decimal("5"))
    (Fraction(50, 1), Fraction(5, 1), Fraction(1, 2))
    """
    times = (d.scaleb(-2) + 1).normalize()
    return min(Fraction(1), last_digit(times)) * 50


def _min_lo(a: Bound, b: Fraction) -> Bound:
    return None if a is None else min(a, b)


def _max_hi(a: Bound, b: Fraction) -> Bound:
    return None if a is None else max(a, b)


# -- growth ---------------------------------------------------------------------------------

#: An exact number or an interval: growth arithmetic reads the same on both.
Exact = TypeVar("Exact", Fraction, Interval)


def growth_factor(rate: Exact) -> Exact:
    """``1 + rate / 100`` for a growth rate in per cent (a number or an interval).

    Examples
    --------
    >>> growth_factor(Fraction("6.85"))
    Fraction(2137, 2000)
    >>> growth_factor(Interval(Fraction(-5), Fraction(10)))
    Interval(lo=Fraction(19, 20), hi=Fraction(11, 10))
    """
    return 1 + rate / 100


def implied_price_change(
    current: Fraction, base: Fraction, growth: Fraction, years: int = 1
) -> Fraction | None:
    """The change of prices (in %, over ``years``) that reconciles a growth at comparable
    prices (``growth`` a year, in %) with the current-price levels ``base`` and ``current``;
    ``None`` when nothing reconciles them (a base of 0, a fall of 100%).

    Examples
    --------
    >>> implied_price_change(Fraction(110), Fraction(100), Fraction(5))
    Fraction(100, 21)
    >>> implied_price_change(Fraction(110), Fraction(0), Fraction(5)) is None
    True
    """
    if not base or not growth_factor(growth):
        return None
    return (current / base / growth_factor(growth) ** years - 1) * 100


def average_growth_interval(ratio: Interval, years: int, places: int) -> Interval:
    """The average annual growths in per cent that turn 1 into a value of ``ratio`` (an
    interval of positive bounds) in ``years`` years, bracketed outward ``places`` decimals
    apart.

    Examples
    --------
    >>> iv = average_growth_interval(Interval(Fraction(121, 100), Fraction(2)), 2, 2)
    >>> str(iv.lo), str(iv.hi)
    ('10', '4143/100')
    """
    assert ratio.lo is not None and ratio.hi is not None
    return Interval(
        average_growth_bounds(ratio.lo, years, places)[0],
        average_growth_bounds(ratio.hi, years, places)[1],
    )


def average_growth_bounds(ratio: Fraction, years: int, places: int) -> tuple[Fraction, Fraction]:
    """The average annual growth in per cent that turns 1 into ``ratio`` in ``years`` years,
    bracketed by two numbers ``places`` decimals apart: ``(1 + lo/100)^n <= ratio <=
    (1 + hi/100)^n``. Exact (bisection with whole powers), no roots.

    Examples
    --------
    >>> lo, hi = average_growth_bounds(Fraction(2), 5, 2)  # doubling in five years: 14.87 %
    >>> str(lo), str(hi)
    ('743/50', '1487/100')
    >>> [str(x) for x in average_growth_bounds(Fraction(121, 100), 2, 2)]
    ['10', '10']
    """
    if ratio <= 0 or years < 1:
        raise ValueError("the ratio of two levels must be positive and the years at least one")
    step = Fraction(1, 10**places)

    def factor(k: int) -> Fraction:
        return (1 + k * step / 100) ** years

    lo, hi = -(100 * 10**places), 1
    while factor(hi) < ratio:
        lo, hi = hi, hi * 2
    while hi - lo > 1:  # factor(lo) < ratio <= factor(hi), or lo is -100 %
        mid = (lo + hi) // 2
        if factor(mid) < ratio:
            lo = mid
        else:
            hi = mid
    if factor(hi) == ratio:
        return hi * step, hi * step
    return lo * step, hi * step


def implied_growth(current: Exact, base: Exact) -> Exact:
    """The growth in per cent from ``base`` to ``current``: ``(current / base - 1) * 100``.

    On intervals it is the exact range over all values inside both (the whole line when
    ``base`` may be zero).

    Examples
    --------
    >>> implied_growth(Fraction(52), Fraction(40))
    Fraction(30, 1)
    >>> iv = implied_growth(Interval(Fraction(9085, 100), Fraction(9095, 100)),
    ...                     Interval(Fraction(8635, 100), Fraction(8645, 100)))
    >>> fmt_interval(iv, 3)
    '5.089～5.328'
    """
    return (current / base - 1) * 100


# -- formatting -----------------------------------------------------------------------------


def round_half_up(x: Fraction, places: int) -> Decimal:
    """Round an exact rational to ``places`` decimals, halves away from zero, as reports do.

    Examples
    --------
    >>> round_half_up(Fraction(1, 8), 2)
    Decimal('0.13')
    >>> round_half_up(Fraction(-1, 8), 2)
    Decimal('-0.13')
    """
    scale = Fraction(10) ** places
    scaled = abs(x) * scale
    n = math.floor(scaled + Fraction(1, 2))
    sign = -1 if x < 0 else 1
    return _decimal_from(sign * n, places)


def _decimal_from(n: int, places: int) -> Decimal:
    return Decimal(n).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def floor_to(x: Fraction, places: int) -> Decimal:
    """Round down to ``places`` decimals (for the left end of a displayed interval)."""
    return _decimal_from(math.floor(x * Fraction(10) ** places), places)


def ceil_to(x: Fraction, places: int) -> Decimal:
    """Round up to ``places`` decimals (for the right end of a displayed interval)."""
    return _decimal_from(math.ceil(x * Fraction(10) ** places), places)


def fmt(x: Fraction, places: int) -> str:
    """``x`` printed with ``places`` decimals, rounded half up; no ``-0``.

    Examples
    --------
    >>> fmt(Fraction(2, 3), 2), fmt(Fraction(-1, 1000), 2)
    ('0.67', '0.00')
    """
    d = round_half_up(x, places)
    if d == 0:
        d = abs(d)
    return f"{d:f}"


def fmt_interval(iv: Interval, places: int, sep: str = "～") -> str:
    """An interval printed outward (left end down, right end up) so it still holds the truth.

    Examples
    --------
    >>> fmt_interval(Interval(Fraction(1, 3), Fraction(2, 3)), 3)
    '0.333～0.667'
    >>> fmt_interval(Interval(Fraction(5), None), 1)
    '≥5.0'
    """
    lo, hi = interval_ends(iv, places)
    if not lo and not hi:
        return "任意值"
    if not hi:
        return f"≥{lo}"
    if not lo:
        return f"≤{hi}"
    return f"{lo}{sep}{hi}"


def interval_ends(iv: Interval, places: int) -> tuple[str, str]:
    """The two ends printed outward with ``places`` decimals; ``""`` for an unbounded end.

    Examples
    --------
    >>> interval_ends(Interval(Fraction("5.17312"), Fraction("5.19688")), 2)
    ('5.17', '5.20')
    >>> interval_ends(Interval(Fraction("-0.004"), None), 2)
    ('-0.01', '')
    """
    lo = "" if iv.lo is None else f"{floor_to(iv.lo, places):f}"
    hi = "" if iv.hi is None else f"{ceil_to(iv.hi, places):f}"
    return lo, hi


def printable_values(target: Interval, places: int) -> tuple[Decimal | None, Decimal | None]:
    """The smallest and largest figures printed with ``places`` decimals consistent with ``target``.

    A figure ``x`` printed with ``places`` decimals stands for ``[x - u/2, x + u/2]``; it is
    consistent when that interval meets ``target``. ``None`` marks an unbounded side.

    Examples
    --------
    >>> printable_values(Interval(Fraction("5.1799"), Fraction("5.1959")), 2)
    (Decimal('5.18'), Decimal('5.20'))
    >>> printable_values(Interval(Fraction("8.79"), Fraction("8.80")), 0)
    (Decimal('9'), Decimal('9'))
    """
    unit = Fraction(10) ** -places
    half = unit / 2
    lo = None if target.lo is None else _decimal_from(math.ceil((target.lo - half) / unit), places)
    hi = None if target.hi is None else _decimal_from(math.floor((target.hi + half) / unit), places)
    return lo, hi
