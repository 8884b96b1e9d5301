"""Annual facts: the claims of a report that can be compared across places and years.

A fact is an annual actual or target figure (of a year, or of its cumulative 1–12 月) whose
subject is named the same way in every report: a vocabulary indicator (``税收收入``), or
failing that the report's own words when they are specific enough (``改造农村公路``). Facts
are what a batch keeps of each report to compare a target set in one year's report with the
actual stated in the next year's report, and one place's figures with another's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

import pandas as pd

from .period_cells import annual_year
from .printed import is_average
from .rows import as_rows

#: Fewest characters of a report's own wording for it to identify a subject across reports.
MIN_NAME_CHARS = 4

_HAS_DIGIT = re.compile(r"\d")


class Fact(NamedTuple):
    """One annual figure of one report (strings as printed; ``seq`` is its reading order)."""

    report: str
    place: str
    report_year: str
    seq: int
    key: str
    named_by: str
    year: int
    kind: str
    measure: str
    value: str
    unit: str
    growth_pct: str
    qualifier: str
    growth_qualifier: str
    line: int
    quote: str
    location: str = ""


def _location(line: int, locate: Callable[[int], str] | None) -> str:
    if locate is not None and line > 0:
        try:
            return locate(line)
        except IndexError:
            pass
    return f"第 {line} 行"


def subject_key(indicator: str, name: str) -> tuple[str, str]:
    """What identifies a figure's subject across reports, and how: ``indicator`` or ``name``.

    Returns ``("", "")`` when the subject is too vague to be matched (a short or numeric
    wording such as ``投资`` or ``总数``).

    Examples
    --------
    >>> subject_key("税收收入", "税收")
    ('税收收入', 'indicator')
    >>> subject_key("", "改造农村公路")
    ('改造农村公路', 'name')
    >>> subject_key("", "总数")
    ('', '')
    """
    if indicator:
        return indicator, "indicator"
    if len(name) >= MIN_NAME_CHARS and not _HAS_DIGIT.search(name):
        return name, "name"
    return "", ""


def facts_of(
    claims: pd.DataFrame | Sequence[Mapping[str, object]],
    report: str,
    place: str,
    report_year: str,
    locate: Callable[[int], str] | None = None,
) -> list[Fact]:
    """The annual actual and target figures of a claims table, as facts.

    Parameters
    ----------
    claims
        A claims table (``indicators.claims_table``), as a DataFrame or as rows.
    report, place, report_year
        What the batch calls the report, its place and its year.
    locate
        Labels a raw line for citing it (:meth:`indicators.cleaning.Report.locate`: 第 12 行,
        or a page or paragraph of a Word or PDF report); default ``第 N 行``.

    Examples
    --------
    >>> from indicators import parse_text, claims_table
    >>> text = ("一、2022年工作回顾\\n\\n税收收入2.01亿元，同比增长4.7%。\\n\\n"
    ...         "二、2023年工作安排\\n\\n税收收入增长5%以上。\\n")
    >>> for f in facts_of(claims_table(parse_text(text)), "r.txt", "石门镇", "2023"):
    ...     print(f.key, f.year, f.kind, repr(f.value), f.growth_pct, repr(f.qualifier))
    税收收入 2022 actual '2.01' 4.7 ''
    税收收入 2023 target '' 5 '以上'
    """
    out: list[Fact] = []
    fields = ["period", "kind", "measure", "value", "growth_pct", "indicator", "name", "unit"]
    fields += ["qualifier", "growth_qualifier", "line", "quote", "growth_basis"]
    for seq, row in enumerate(as_rows(claims)):
        cells = [row.get(name, "") for name in fields]
        period, kind, measure, value, growth, indicator, name, unit = cells[:8]
        qualifier, growth_qualifier, line, quote, basis = cells[8:]
        measure = measure or "level"
        if growth and is_average(basis):
            growth, growth_qualifier = "", ""  # an average over several years, not the year's
        year = annual_year(period)  # 2020, or the cumulative 2020-01..2020-12
        if year is None or kind not in ("actual", "target"):
            continue
        if measure not in ("level", "new") or (not value and not growth):
            continue
        key, named_by = subject_key(indicator, name)
        if not key:
            continue
        out.append(
            Fact(
                report=report,
                place=place,
                report_year=report_year,
                seq=seq,
                key=key,
                named_by=named_by,
                year=year,
                kind=kind,
                measure=measure,
                value=value,
                unit=unit,
                growth_pct=growth,
                qualifier=qualifier,
                growth_qualifier=growth_qualifier,
                line=int(line or 0),
                quote=quote,
                location=_location(int(line or 0), locate),
            )
        )
    return out
