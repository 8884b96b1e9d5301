"""The same indicator in several places: level, growth and next year's target side by side.

For one subject (``税收收入``), each place's latest report gives the actual of its review year
(level and growth) and the target of its plan year. :func:`place_profile` lines them up in one
table, levels converted exactly into the unit most places print (万元 and 亿元 side by side
would mislead; on a tie the larger unit, 亿元 rather than 万元), figures kept as printed
strings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

from .checkvocab import load_check_vocabulary
from .exact import Fraction
from .facts import Fact
from .intervals import fmt, parse_decimal, split_range

#: Columns of a place profile, in order.
PROFILE_COLUMNS = [
    "place",
    "indicator",
    "report",
    "year",
    "level",
    "unit",
    "growth_pct",
    "target_year",
    "target_level",
    "target_growth_pct",
    "target_qualifier",
    "lines",
]


def _first(facts: Iterable[Fact], kind: str, year: int, field: str) -> Fact | None:
    return next((f for f in facts if f.kind == kind and f.year == year and getattr(f, field)), None)


def _convert(value: str, unit: str, into: str) -> str:
    """``value`` printed in ``unit`` expressed exactly in ``into`` (same kind of unit).

    Examples
    --------
    >>> _convert("8600", "万元", "亿元"), _convert("0.87", "亿元", "亿元")
    ('0.86', '0.87')
    """
    if unit == into or not value:
        return value
    vocab = load_check_vocabulary()
    a, b = vocab.unit(unit), vocab.unit(into)
    if a is None or b is None or a.kind != b.kind:
        return ""
    x = Fraction(parse_decimal(split_range(value)[0])) * a.factor / b.factor
    places = 0
    while x.denominator != 1 and places < 6:
        x *= 10
        places += 1
    return fmt(x / Fraction(10) ** places, places)


def place_profile(key: str, places: Iterable[tuple[str, list[Fact]]]) -> pd.DataFrame:
    """One row per place: its latest actual level and growth of ``key``, and its next target.

    Parameters
    ----------
    key
        The subject (a vocabulary indicator, or a report's own wording).
    places
        ``(place, facts of its latest report about key)``, e.g. from
        :meth:`indicators.fact_store.FactStore.latest_by_place`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`PROFILE_COLUMNS`, all strings; levels in the most common unit.

    Examples
    --------
    >>> def fact(place, kind, year, value, unit, growth):
    ...     return Fact(place + ".txt", place, "2023", 0, "税收收入", "indicator", year, kind,
    ...                 "level", value, unit, growth, "", "", 5, "")
    >>> rows = [("河口镇", [fact("河口镇", "actual", 2022, "8700", "万元", "7.1"),
    ...                      fact("河口镇", "target", 2023, "", "", "5")]),
    ...         ("石门镇", [fact("石门镇", "actual", 2022, "2.01", "亿元", "4.7")]),
    ...         ("龙泉镇", [fact("龙泉镇", "actual", 2022, "1.42", "亿元", "5.2")])]
    >>> table = place_profile("税收收入", rows)
    >>> for row in table[["place", "level", "unit", "growth_pct", "target_growth_pct"]].values:
    ...     print("|".join(row))
    河口镇|0.87|亿元|7.1|5
    石门镇|2.01|亿元|4.7|
    龙泉镇|1.42|亿元|5.2|
    """
    rows = []
    for place, facts in places:
        report = facts[0].report if facts else ""
        report_year = int(facts[0].report_year) if facts and facts[0].report_year else None
        years = [f.year for f in facts if f.kind == "actual"]
        review = report_year - 1 if report_year else max(years, default=None)
        if review is None:
            continue
        level = _first(facts, "actual", review, "value")
        growth = _first(facts, "actual", review, "growth_pct")
        target_level = _first(facts, "target", review + 1, "value")
        target_growth = _first(facts, "target", review + 1, "growth_pct")
        lines = sorted({f.line for f in (level, growth, target_level, target_growth) if f})
        rows.append(
            {
                "place": place,
                "indicator": key,
                "report": report,
                "year": str(review),
                "level": level.value if level else "",
                "unit": level.unit if level else "",
                "growth_pct": growth.growth_pct if growth else "",
                "target_year": str(review + 1),
                "target_level": target_level.value if target_level else "",
                "target_unit": target_level.unit if target_level else "",
                "target_growth_pct": target_growth.growth_pct if target_growth else "",
                "target_qualifier": (
                    (target_growth.growth_qualifier or target_growth.qualifier)
                    if target_growth
                    else ""
                ),
                "lines": "; ".join(str(n) for n in lines),
            }
        )
    table = pd.DataFrame(rows, columns=[*PROFILE_COLUMNS, "target_unit"], dtype=object)
    units = Counter(u for u in table["unit"] if u) + Counter(u for u in table["target_unit"] if u)
    if units:
        vocab = load_check_vocabulary()

        def preference(unit: str) -> tuple[int, Fraction]:
            known = vocab.unit(unit)
            return units[unit], known.factor if known else Fraction(0)

        common = max(sorted(units), key=preference)  # most used; on a tie the larger unit
        table["level"] = [
            _convert(v, u, common) for v, u in zip(table.level, table.unit, strict=True)
        ]
        table["target_level"] = [
            _convert(v, u, common)
            for v, u in zip(table.target_level, table.target_unit, strict=True)
        ]
        table["unit"] = common
    return table[PROFILE_COLUMNS].reset_index(drop=True)
