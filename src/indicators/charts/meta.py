"""What every chart says about where its numbers come from: place, report, years."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..cleaning import Report
from ..place import detect_place

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class ChartMeta:
    """Place, source line and years shared by a report's charts.

    Examples
    --------
    >>> from indicators.cleaning import parse_text
    >>> r = parse_text("青山县人民政府工作报告\\n\\n一、2022年工作回顾\\n\\n全县增长5%。\\n",
    ...                source="qs.txt")
    >>> meta = ChartMeta.from_report(r)
    >>> meta.place, meta.review_year, meta.plan_year
    ('青山县', 2022, 2023)
    >>> meta.source
    '资料来源：《青山县人民政府工作报告》（qs.txt），indicators 自动提取与核算'
    """

    place: str
    source: str
    review_year: int | None = None
    plan_year: int | None = None

    @classmethod
    def from_report(cls, report: Report) -> ChartMeta:
        """Take place, title and years from a cleaned report."""
        place = detect_place(report)
        title = report.title or "政府工作报告"  # the title lines, without the speaker's
        owner = place if place and place not in title else ""
        return cls(
            place=place,
            source=(
                f"资料来源：{owner}《{title}》（{Path(report.source).name}），"
                "indicators 自动提取与核算"
            ),
            review_year=report.review_year,
            plan_year=report.plan_year,
        )

    @property
    def place_label(self) -> str:
        """The place, or a plain word when the report does not say."""
        return self.place or "地点未识别"


def number(text: object) -> float | None:
    """The first number in a cell (``"11.97%"`` → 11.97), as a float for drawing only.

    Examples
    --------
    >>> number("11.97%"), number(""), number("−3.2个百分点")
    (11.97, None, -3.2)
    """
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return None
    m = _NUMBER.search(str(text).replace("−", "-").replace(",", ""))
    return float(m.group()) if m else None


_GROWTH = re.compile(r"(增长|增加|提高|上升|下降|减少|回落|降低)\s*(-?\d+(?:\.\d+)?)\s*%")
_PERCENT = re.compile(r"(-?\d+(?:\.\d+)?)\s*%")
_BRACKET = re.compile(r"\[\s*(-?\d+(?:\.\d+)?)%?\s*,\s*(-?\d+(?:\.\d+)?)%?\s*\]")


def stated_growth(text: object) -> tuple[float, str] | None:
    """The growth rate a check's ``stated`` cell gives, as (value, printed text).

    Examples
    --------
    >>> stated_growth("86.4 亿元，增长 12%")
    (12.0, '12%')
    >>> stated_growth("产值 下降 3.5%"), stated_growth("11.97%")
    ((-3.5, '-3.5%'), (11.97, '11.97%'))
    >>> stated_growth("45 家；52 间") is None
    True
    """
    s = str(text or "").replace("−", "-")
    m = _GROWTH.search(s)
    if m:
        sign = -1 if m.group(1) in ("下降", "减少", "回落", "降低") else 1
        value = sign * float(m.group(2))
        printed = ("-" if sign < 0 else "") + m.group(2) + "%"
        return value, printed
    m = _PERCENT.search(s)
    return (float(m.group(1)), m.group(1) + "%") if m else None


def recomputed_growth(text: object) -> tuple[float, str, tuple[float, float] | None] | None:
    """The growth rate a check's ``recomputed`` cell gives: value, printed text, interval.

    Examples
    --------
    >>> recomputed_growth("5.19% [5.1798%, 5.1960%]")
    (5.19, '5.19%', (5.1798, 5.196))
    >>> recomputed_growth("基数 119.62 亿元 [119.0558, 120.1831]") is None
    True
    """
    s = str(text or "").replace("−", "-")
    m = _PERCENT.match(s.strip())
    if not m:
        return None
    b = _BRACKET.search(s)
    interval = (float(b.group(1)), float(b.group(2))) if b else None
    return float(m.group(1)), m.group(1) + "%", interval
