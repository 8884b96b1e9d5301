"""Printed figures as exact decimals with the interval their rounding stands for.

"86.40" stands for every value in [86.395, 86.405]; "7" (as in 7%) for [6.5, 7.5]; "9.30"
for [9.295, 9.305]: trailing zeros carry precision, so figures are kept as the strings the
report printed and parsed with :class:`~decimal.Decimal`, never as floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

#: Money units by their size in yuan (to put two money figures on one scale).
MONEY_UNITS = {
    "元": Decimal(1),
    "万元": Decimal(10) ** 4,
    "亿元": Decimal(10) ** 8,
    "万亿元": Decimal(10) ** 12,
}


@dataclass(frozen=True)
class Printed:
    """A printed figure: its exact value and the interval its rounding stands for.

    Examples
    --------
    >>> p = Printed.parse("86.40")
    >>> p.value, p.lo, p.hi
    (Decimal('86.40'), Decimal('86.395'), Decimal('86.405'))
    >>> Printed.parse("7").lo
    Decimal('6.5')
    """

    text: str
    value: Decimal
    lo: Decimal
    hi: Decimal

    @classmethod
    def parse(cls, text: object) -> Printed:
        """Parse a printed number (``"9.30"``, ``"-3.2"``); raise ``ValueError`` otherwise."""
        s = str(text).strip().replace("−", "-").replace(",", "")
        try:
            value = Decimal(s)
        except InvalidOperation:
            raise ValueError(f"not a printed number: {text!r}") from None
        if not value.is_finite():
            raise ValueError(f"not a printed number: {text!r}")
        exponent = value.as_tuple().exponent
        half = Decimal(5).scaleb(int(exponent) - 1)
        return cls(s, value, value - half, value + half)

    @property
    def places(self) -> int:
        """Decimal places as printed (``"9.30"`` has 2).

        Examples
        --------
        >>> Printed.parse("9.30").places
        2
        """
        return max(0, -int(self.value.as_tuple().exponent))


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
    if s in ("", "nan", "None", "<NA>"):
        return None
    return Printed.parse(s)


def growth_factor(pct: Decimal) -> Decimal:
    """``1 + pct/100``.

    Examples
    --------
    >>> growth_factor(Decimal("6.85"))
    Decimal('1.0685')
    """
    return 1 + pct / 100


def fmt(value: Decimal, places: int, rounding: str = "ROUND_HALF_UP") -> str:
    """Round to ``places`` decimals (half-up unless told) and format without exponent.

    Interval ends are rounded outwards (``ROUND_FLOOR`` for a lower end, ``ROUND_CEILING``
    for an upper end) so that the printed interval still contains the exact one.

    Examples
    --------
    >>> fmt(Decimal("18.0530328"), 4, "ROUND_FLOOR"), fmt(Decimal("18.07231"), 4, "ROUND_CEILING")
    ('18.0530', '18.0724')
    >>> fmt(Decimal("5.18666"), 2), fmt(Decimal("92.31501"), 2), fmt(Decimal("-0.004"), 2)
    ('5.19', '92.32', '0.00')
    """
    with localcontext() as ctx:
        ctx.prec = 40
        q = value.quantize(Decimal(1).scaleb(-places), rounding=rounding)
    if q == 0:
        q = abs(q)
    return f"{q:f}"


def fmt_interval(lo: Decimal, hi: Decimal, places: int) -> tuple[str, str]:
    """Format an interval rounded outwards to ``places`` decimals.

    Examples
    --------
    >>> fmt_interval(Decimal("5.17312"), Decimal("5.19688"), 2)
    ('5.17', '5.20')
    """
    return fmt(lo, places, "ROUND_FLOOR"), fmt(hi, places, "ROUND_CEILING")


def ratio_growth(current: Printed, base: Printed) -> tuple[Decimal, Decimal, Decimal]:
    """Growth in % from ``base`` to ``current``: point value and the interval of all values
    consistent with both roundings.

    Examples
    --------
    >>> g, lo, hi = ratio_growth(Printed.parse("90.88"), Printed.parse("86.40"))
    >>> fmt(g, 2), fmt(lo, 3), fmt(hi, 3)
    ('5.19', '5.173', '5.197')
    """
    with localcontext() as ctx:
        ctx.prec = 40
        point = (current.value / base.value - 1) * 100
        lo = (current.lo / base.hi - 1) * 100
        hi = (current.hi / base.lo - 1) * 100
    return point, lo, hi


def grow(level: Printed, pct: Printed) -> tuple[Decimal, Decimal, Decimal]:
    """``level × (1 + pct%)``: point value and interval.

    Examples
    --------
    >>> v, lo, hi = grow(Printed.parse("86.40"), Printed.parse("6.85"))
    >>> fmt(v, 2), fmt(lo, 3), fmt(hi, 3)
    ('92.32', '92.309', '92.328')
    """
    with localcontext() as ctx:
        ctx.prec = 40
        return (
            level.value * growth_factor(pct.value),
            level.lo * growth_factor(pct.lo),
            level.hi * growth_factor(pct.hi),
        )


def shrink(level: Printed, pct: Printed) -> tuple[Decimal, Decimal, Decimal]:
    """``level / (1 + pct%)``, the base a level and its growth imply: point and interval.

    Examples
    --------
    >>> v, lo, hi = shrink(Printed.parse("18.36"), Printed.parse("12.04"))
    >>> fmt(v, 2), fmt(lo, 3), fmt(hi, 3)
    ('16.39', '16.382', '16.392')
    """
    with localcontext() as ctx:
        ctx.prec = 40
        return (
            level.value / growth_factor(pct.value),
            level.lo / growth_factor(pct.hi),
            level.hi / growth_factor(pct.lo),
        )


def unit_scale(from_unit: str, to_unit: str) -> Decimal | None:
    """Factor turning a figure in ``from_unit`` into ``to_unit`` (None when not convertible).

    Examples
    --------
    >>> unit_scale("万元", "亿元")
    Decimal('0.0001')
    >>> unit_scale("家", "亿元") is None
    True
    """
    if from_unit == to_unit:
        return Decimal(1)
    if from_unit in MONEY_UNITS and to_unit in MONEY_UNITS:
        return MONEY_UNITS[from_unit] / MONEY_UNITS[to_unit]
    return None
