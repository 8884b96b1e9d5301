"""Read the ``period`` column of claims and checks tables (the cells, not the report text).

A period is a year (``2020``), a month range within a year (``2020-01..2020-12``, the
cumulative figure of those months) or a span between two years (``2020..2021``, as checks
write it for a relation that connects two years).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR = re.compile(r"^(\d{4})$")
_MONTHS = re.compile(r"^(\d{4})-(\d{1,2})\.\.(\d{4})-(\d{1,2})$")
_SPAN = re.compile(r"^(\d{4})\.\.(\d{4})$")


@dataclass(frozen=True)
class Period:
    """A parsed period: first and last year, first and last month (1-12)."""

    year: int
    first_month: int = 1
    last_month: int = 12
    end_year: int | None = None

    @property
    def annual(self) -> bool:
        """Whether the period is a whole year (``2020`` or ``2020-01..2020-12``).

        Examples
        --------
        >>> parse_period("2020-01..2020-12").annual, parse_period("2020-01..2020-06").annual
        (True, False)
        """
        return self.end_year is None and (self.first_month, self.last_month) == (1, 12)


def parse_period(text: object) -> Period | None:
    """Parse a period cell; ``None`` when empty or not a period.

    Examples
    --------
    >>> parse_period("2020")
    Period(year=2020, first_month=1, last_month=12, end_year=None)
    >>> parse_period("2021-01..2021-03").last_month
    3
    >>> parse_period("2020..2021").end_year
    2021
    >>> parse_period("") is None
    True
    """
    s = str(text or "").strip()
    if m := _YEAR.match(s):
        return Period(int(m.group(1)))
    if m := _MONTHS.match(s):
        y1, m1, y2, m2 = (int(g) for g in m.groups())
        if y1 == y2 and 1 <= m1 <= m2 <= 12:
            return Period(y1, m1, m2)
        return None
    if m := _SPAN.match(s):
        return Period(int(m.group(1)), end_year=int(m.group(2)))
    return None


def annual_year(text: object) -> int | None:
    """The year of a whole-year period, else ``None``.

    Examples
    --------
    >>> annual_year("2020-01..2020-12"), annual_year("2020-01..2020-11"), annual_year("2021")
    (2020, None, 2021)
    """
    period = parse_period(text)
    return period.year if period is not None and period.annual else None
