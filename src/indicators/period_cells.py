"""Read the ``period`` column of claims and derived-values tables (the cells, not the text).

A period is a year (``2020``), a month (``2020-12``) or a span of months (``2020-01..2020-12``,
the cumulative figure of those months; a whole year is the same as ``2020``). The claims
extraction writes these cells (see :mod:`indicators.periods` for reading them from the report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:\.\.(\d{4})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, order=True)
class Period:
    """A span of months, ``(year, month)`` to ``(year, month)``; a year is January to December.

    Examples
    --------
    >>> Period.parse("2020-01..2020-12") == Period.parse("2020")
    True
    >>> Period.parse("2021-01..2021-06").previous().label
    '2020 年 1—6 月'
    >>> Period.parse("2016..2020").label, Period.parse("2016..2020").text
    ('2016—2020 年', '2016..2020')
    """

    start: tuple[int, int]
    end: tuple[int, int]

    @classmethod
    def parse(cls, text: str) -> Period | None:
        """Read ``2020``, ``2020-12`` or ``2020-01..2020-12``; ``None`` when empty or unknown."""
        return _parse(str(text or "").strip())

    @classmethod
    def year(cls, y: int) -> Period:
        """The calendar year ``y``."""
        return cls((y, 1), (y, 12))

    @property
    def is_year(self) -> bool:
        """Whether the period is one whole calendar year."""
        return self.start[1] == 1 and self.end[1] == 12 and self.start[0] == self.end[0]

    @property
    def is_years(self) -> bool:
        """Whether the period is several whole calendar years (``2016..2020``).

        Examples
        --------
        >>> Period.parse("2016..2020").is_years, Period.parse("2020").is_years
        (True, False)
        """
        return self.start[1] == 1 and self.end[1] == 12 and self.start[0] < self.end[0]

    def previous(self) -> Period:
        """The same months one year earlier (the base of a year-on-year growth)."""
        return Period((self.start[0] - 1, self.start[1]), (self.end[0] - 1, self.end[1]))

    def year_end(self) -> Period:
        """A stock at the end of December stands for its year (counts of enterprises)."""
        if self.start == self.end and self.end[1] == 12:
            return Period.year(self.end[0])
        return self

    @property
    def label(self) -> str:
        """The period in Chinese (``2020 年``, ``2021 年 1—6 月``)."""
        if self.is_year:
            return f"{self.start[0]} 年"
        if self.is_years:
            return f"{self.start[0]}—{self.end[0]} 年"
        if self.start[0] == self.end[0]:
            if self.start[1] == self.end[1]:
                return f"{self.start[0]} 年 {self.start[1]} 月"
            return f"{self.start[0]} 年 {self.start[1]}—{self.end[1]} 月"
        return f"{self.start[0]} 年 {self.start[1]} 月—{self.end[0]} 年 {self.end[1]} 月"

    @property
    def text(self) -> str:
        """The period in the claims table's notation."""
        if self.is_year:
            return str(self.start[0])
        if self.is_years:
            return f"{self.start[0]}..{self.end[0]}"
        return f"{self.start[0]}-{self.start[1]:02d}..{self.end[0]}-{self.end[1]:02d}"


def period_label(text: str) -> str:
    """A period of the tables (``2020-01..2020-06``, ``2016..2020年均``, ``2021→2022``) as an
    analyst reads it; a text that is no period is returned as it is.

    Examples
    --------
    >>> period_label("2020-01..2020-06"), period_label("2016..2020年均")
    ('2020 年 1—6 月', '2016—2020 年年均')
    >>> period_label("2021→2022"), period_label("")
    ('2021 年→2022 年', '')
    """
    parts = []
    for part in str(text or "").split("→"):
        core, average = (part[:-2], "年均") if part.endswith("年均") else (part, "")
        period = Period.parse(core)
        if period is None:
            return str(text or "")
        parts.append(period.label + average)
    return "→".join(parts)


@lru_cache(maxsize=1024)
def _parse(text: str) -> Period | None:
    """:meth:`Period.parse` of a stripped text (a report has few distinct periods)."""
    m = _PERIOD.match(text)
    if not m:
        return None
    y1, m1, y2, m2 = m.groups()
    start = (int(y1), int(m1) if m1 else 1)
    end_year, end_month = (y2, m2) if y2 else (y1, m1)
    end = (int(end_year), int(end_month) if end_month else 12)
    if not (1 <= start[1] <= 12 and 1 <= end[1] <= 12) or end < start:
        return None
    return Period(start, end)


def annual_year(text: object) -> int | None:
    """The year of a whole-year period, else ``None``.

    Examples
    --------
    >>> annual_year("2020-01..2020-12"), annual_year("2020-01..2020-11"), annual_year("2021")
    (2020, None, 2021)
    >>> annual_year("2020..2021"), annual_year(""), annual_year(None)
    (None, None, None)
    """
    period = Period.parse(str(text or ""))
    return period.start[0] if period is not None and period.is_year else None
