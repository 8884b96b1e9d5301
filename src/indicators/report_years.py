"""The years a report reviews and plans: from its headings, else from its front matter.

A work report names its years in its part headings (``一、2022年工作回顾``,
``二、2023年工作安排``). When no heading does (``一、上半年工作回顾``), the front matter
still tells: a mid-year report says so (``2023年上半年工作情况``, ``（年中）``), the session
line dates the meeting (an annual report is delivered early in the year it plans), and the
title names the year it plans (``南江县2023年政府工作报告``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cleaning import Report

_YEAR = r"((?:19|20)\d\d)\s*年"
#: A mid-year report: the part of the year it reviews, right after its year.
_MID_YEAR = re.compile(
    _YEAR + r"(?:上半年|前三季度|一季度|前两个?季度|1\s*[-—–~至到]\s*(?:1[01]|[1-9])\s*月|年中)"
)
_MID_YEAR_WORDS = ("年中", "半年")
#: The date of the session (``——2024年1月12日在…会议上``).
_SESSION = re.compile(_YEAR + r"\s*(\d{1,2})\s*月")
_ANY_YEAR = re.compile(_YEAR)


def names_part_of_year(title: str) -> bool:
    """Whether a heading reviews part of a year (``一、2023年上半年工作回顾``).

    Examples
    --------
    >>> names_part_of_year("一、2023年上半年工作回顾"), names_part_of_year("一、2022年工作回顾")
    (True, False)
    """
    return _MID_YEAR.search(title) is not None


def report_years(
    review_years: Sequence[int],
    plan_years: Sequence[int],
    front: Sequence[str],
    mid_year: bool = False,
) -> tuple[int | None, int | None]:
    """The review year and the plan year of a report.

    Parameters
    ----------
    review_years, plan_years
        Years named by the headings of the review part and of the plan part.
    front
        The front matter: title lines, the session line and the opening paragraphs before
        the first heading; read only when no heading names a year.
    mid_year
        Whether a review heading names a part of its year (``一、2023年上半年工作回顾``): the
        plan is then of the rest of the same year.

    Returns
    -------
    tuple
        ``(review_year, plan_year)``; a plan year one after the review year when only one of
        them is known; ``(None, None)`` when nothing says.

    Examples
    --------
    >>> report_years([2022], [], []), report_years([2023], [], [], mid_year=True)
    ((2022, 2023), (2023, 2023))
    >>> report_years([], [], ["青石镇2023年政府工作报告（年中）"])
    (2023, 2023)
    >>> report_years([], [], ["云溪县人民政府工作报告", "——2024年1月12日在云溪县人民代表大会上"])
    (2023, 2024)
    """
    review = min(review_years) if review_years else None
    plan = max(plan_years) if plan_years else None
    if review is None and plan is None:
        review, plan = front_years(front)
    if plan is None and review is not None:
        plan = review if mid_year else review + 1
    if review is None and plan is not None:
        review = plan - 1
    return review, plan


def front_years(front: Sequence[str]) -> tuple[int | None, int | None]:
    """Review and plan years from the front matter of a report (see the module docstring).

    Examples
    --------
    >>> front_years(["现在，我代表镇人民政府向大会报告2023年上半年工作情况和下半年工作安排"])
    (2023, 2023)
    >>> front_years(["——2022年12月28日在绿水镇人民代表大会上"])
    (2022, 2023)
    >>> front_years(["南江县2023年政府工作报告"]), front_years(["石桥县人民政府工作报告"])
    ((2022, 2023), (None, None))
    """
    text = "".join(front)
    mid = _MID_YEAR.search(text)
    if mid:
        year = int(mid.group(1))
        return year, year
    session = _SESSION.search(text)
    if session:
        year, month = int(session.group(1)), int(session.group(2))
        if month <= 4:  # the annual report, delivered early in the year it plans
            return year - 1, year
        if month >= 11:  # the annual report, delivered at the end of the year it reviews
            return year, year + 1
        return year, year  # a mid-year report
    named = _ANY_YEAR.search(text)
    if named:
        year = int(named.group(1))
        if any(w in text for w in _MID_YEAR_WORDS):
            return year, year
        return year - 1, year
    return None, None


#: The dated session line of a report (``——2021年1月15日在…会议上``).
_DATED_SESSION = re.compile(r"(?:——|—|（|\()\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: Paragraphs after the title searched for the session line.
_FRONT_PARAGRAPHS = 4


def year_delivered(report: Report) -> int | None:
    """The year a report is delivered in, which its 去年 is the year before: the year of its
    session line; else the year it reviews for a 工作总结 (written at the year's end); else
    the year it plans (a government work report is delivered early in that year).

    Examples
    --------
    >>> from indicators import parse_text
    >>> text = "一、2020年工作回顾\\n\\n产值5亿元。\\n\\n二、2021年工作安排\\n\\n增长5%。"
    >>> year_delivered(parse_text(text))
    2021
    >>> year_delivered(parse_text("青山镇2020年工作总结\\n\\n一、2020年工作总结\\n\\n产值5亿元。"))
    2020
    """
    head = report.title + "".join(p.text for p in report.paragraphs[:_FRONT_PARAGRAPHS])
    session = _DATED_SESSION.search(head)
    if session:
        return int(session.group(1))
    if "总结" in report.title and report.review_year:
        return report.review_year
    if report.plan_year:
        return report.plan_year
    return report.review_year + 1 if report.review_year else None
