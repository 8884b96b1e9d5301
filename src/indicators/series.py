"""The tidy output, tax and investment series of a report.

Built from the claims table (printed actual and target levels and growth rates) and the
derived values (levels the report implies but does not print: last year's level from a value
and its growth, the base a target and its growth imply). Every row says whether its value is
``actual`` (printed, past), ``target`` (printed, planned) or ``derived`` (computed), keeps
its rounding interval, and points back to the report lines it comes from.

Which indicators belong to which series is data: ``data/series.toml``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from .intervals import fmt, growth_factor, interval_ends
from .paths import VOCABULARY_DIR
from .period_cells import annual_year
from .printed import Printed, cell, is_average, parse_optional
from .rows import Row, as_rows, frame

DEFAULT_GROUPS = VOCABULARY_DIR / "series.toml"

#: Columns of the series table, in order.
SERIES_COLUMNS = [
    "group",
    "indicator",
    "name",
    "year",
    "period",
    "kind",
    "value",
    "value_lo",
    "value_hi",
    "unit",
    "growth_pct",
    "growth_basis",
    "qualifier",
    "scope",
    "note",
    "line",
    "quote",
]


@dataclass(frozen=True)
class Group:
    """One series group: its key, label and indicators in chart order."""

    key: str
    label: str
    indicators: tuple[str, ...]


@cache
def load_groups(path: str | Path | None = None) -> tuple[Group, ...]:
    """Read the series groups (``data/series.toml`` by default).

    Examples
    --------
    >>> [g.key for g in load_groups()]
    ['output', 'tax', 'investment']
    >>> "固定资产投资" in load_groups()[2].indicators
    True
    """
    with Path(path or DEFAULT_GROUPS).open("rb") as fh:
        data = tomllib.load(fh)
    return tuple(
        Group(key, spec.get("label", key), tuple(spec.get("indicators", ())))
        for key, spec in data.get("group", {}).items()
    )


#: Kinds of derived values that are levels of an indicator in a year (``derived.csv``).
LEVEL_KINDS = ("previous_level", "target_base")


def derived_levels(
    derived: pd.DataFrame | Sequence[Mapping[str, object]] | None,
) -> list[dict[str, str]]:
    """Derived annual levels (``derived.csv`` of the checks) as dicts with indicator, year,
    value, value_lo, value_hi, unit, note and line.

    Only levels are kept (kinds :data:`LEVEL_KINDS`: a previous year's level implied by a
    value and its growth, the base implied by a target and its growth); implied shares and
    residuals are not levels of one indicator.

    Examples
    --------
    >>> derived = pd.DataFrame({"what": ["2021 年税收收入", "x"], "indicator": ["税收收入", ""],
    ...     "period": ["2021", "2022"], "kind": ["previous_level", "implied_share"],
    ...     "value": ["5.1", "41.30"], "low": ["5.08", "41.30"], "high": ["5.12", "41.31"],
    ...     "unit": ["亿元", "%"], "basis": ["2022 年税收收入 5.4 亿元 ÷ (1 + 5.9%)", ""],
    ...     "lines": ["12; 13", "15"]})
    >>> [(d["indicator"], d["year"], d["value_lo"], d["line"]) for d in derived_levels(derived)]
    [('税收收入', '2021', '5.08', '12;13')]
    """
    rows: list[dict[str, str]] = []
    if derived is None:
        return rows
    for row in as_rows(derived):
        kind = cell(row, "kind")
        if kind and kind not in LEVEL_KINDS:
            continue
        year = annual_year(cell(row, "period", "year"))
        value = cell(row, "value")
        if year is None or not value or not cell(row, "indicator"):
            continue
        lines = cell(row, "lines", "from_lines", "line")
        rows.append(
            {
                "indicator": cell(row, "indicator"),
                "year": str(year),
                "value": value,
                "value_lo": cell(row, "low", "value_lo"),
                "value_hi": cell(row, "high", "value_hi"),
                "unit": cell(row, "unit"),
                "note": "推算：" + (cell(row, "basis", "explanation", "what") or "由其他数字推算"),
                "line": ";".join(x.strip() for x in lines.split(";") if x.strip()),
            }
        )
    return rows


def build_series(
    claims: pd.DataFrame | Sequence[Mapping[str, object]],
    derived: pd.DataFrame | Sequence[Mapping[str, object]] | None = None,
    groups: tuple[Group, ...] | None = None,
) -> pd.DataFrame:
    """Build the tidy series table.

    Parameters
    ----------
    claims
        The claims table (``indicators.claims``), as a DataFrame or as rows.
    derived
        The derived values (``derived.csv`` of the checks), as a DataFrame or as rows;
        optional.
    groups
        Series groups; defaults to :func:`load_groups`.

    Returns
    -------
    pandas.DataFrame
        One row per indicator, year and kind (:data:`SERIES_COLUMNS`), all cells strings.
        A year whose level the report gives only as a growth rate gets a ``derived`` level
        when one is implied (by a derived value, or by chaining a derived level back through
        the growth printed for its year); otherwise the growth row keeps an empty value.

    Examples
    --------
    >>> claims = pd.DataFrame({
    ...     "indicator": ["固定资产投资", "固定资产投资"], "name": ["固定资产投资"] * 2,
    ...     "period": ["2022", "2023"], "kind": ["actual", "target"], "value": ["", "18.36"],
    ...     "unit": ["亿元", "亿元"], "growth_pct": ["20.5", "12.04"], "line": ["7", "30"]})
    >>> derived = pd.DataFrame({"indicator": ["固定资产投资"], "period": ["2022"],
    ...     "value": ["16.39"], "value_lo": ["16.382"], "value_hi": ["16.392"],
    ...     "unit": ["亿元"], "explanation": ["由2023年目标和增速推算"], "from_lines": ["30"]})
    >>> s = build_series(claims, derived)
    >>> for row in s[["year", "kind", "value", "growth_pct"]].values.tolist():
    ...     print(row)
    ['2021', 'derived', '13.60', '']
    ['2022', 'derived', '16.39', '20.5']
    ['2023', 'target', '18.36', '12.04']
    """
    return frame(series_rows(claims, derived, groups), SERIES_COLUMNS)


def series_rows(
    claims: pd.DataFrame | Sequence[Mapping[str, object]],
    derived: pd.DataFrame | Sequence[Mapping[str, object]] | None = None,
    groups: tuple[Group, ...] | None = None,
) -> list[Row]:
    """The rows of :func:`build_series` (:mod:`indicators.rows`), in the same order.

    Examples
    --------
    >>> rows = series_rows([{"indicator": "税收收入", "period": "2022", "kind": "actual",
    ...     "value": "5.40", "unit": "亿元", "growth_pct": "8", "line": "12"}])
    >>> [(r["year"], r["kind"], r["value"], r["value_lo"]) for r in rows]
    [('2021', 'derived', '5.00', '4.9723'), ('2022', 'actual', '5.40', '5.395')]
    """
    groups = groups if groups is not None else load_groups()
    group_of = {name: g.key for g in groups for name in g.indicators}
    order = {name: i for i, name in enumerate(n for g in groups for n in g.indicators)}
    rows: list[dict[str, str]] = []
    levels: dict[tuple[str, int], dict[str, str]] = {}
    growth_only: dict[tuple[str, int], dict[str, str]] = {}

    for claim in as_rows(claims):
        indicator = cell(claim, "indicator")
        if indicator not in group_of:
            continue
        period = cell(claim, "period")
        year = annual_year(period)
        if year is None:
            continue
        kind = cell(claim, "kind") or "actual"
        value = cell(claim, "value")
        row = {
            "group": group_of[indicator],
            "indicator": indicator,
            "name": cell(claim, "name") or indicator,
            "year": str(year),
            "period": period,
            "kind": kind,
            "value": value,
            "value_lo": "",
            "value_hi": "",
            "unit": cell(claim, "unit"),
            "growth_pct": cell(claim, "growth_pct"),
            "growth_basis": cell(claim, "growth_basis"),
            "qualifier": cell(claim, "qualifier"),
            "scope": cell(claim, "scope"),
            "note": "报告所列目标" if kind == "target" else "报告所列实际值",
            "line": cell(claim, "line"),
            "quote": cell(claim, "quote"),
        }
        if value:
            p = Printed.parse(value)
            row["value_lo"], row["value_hi"] = interval_ends(p.interval, p.places + 1)
            key = (indicator, year) if kind == "actual" else (indicator + "\0target", year)
            if key in levels:
                continue  # the same quantity stated twice: the checks report it
            levels[key] = row
        elif row["growth_pct"] and kind == "actual" and not is_average(row["growth_basis"]):
            growth_only.setdefault((indicator, year), row)
            continue
        else:
            continue
        rows.append(row)

    def add_derived(indicator: str, year: int, p: Printed, unit: str, note: str, line: str) -> None:
        stated = growth_only.pop((indicator, year), None)
        lo, hi = interval_ends(p.interval, p.places + 2)
        row = {
            "group": group_of[indicator],
            "indicator": indicator,
            "name": stated["name"] if stated else indicator,
            "year": str(year),
            "period": stated["period"] if stated else str(year),
            "kind": "derived",
            "value": fmt(p.value, p.places),
            "value_lo": lo,
            "value_hi": hi,
            "unit": unit,
            "growth_pct": stated["growth_pct"] if stated else "",
            "growth_basis": stated["growth_basis"] if stated else "",
            "qualifier": "",
            "scope": stated["scope"] if stated else "",
            "note": note + ("；增速为报告所列" if stated else ""),
            "line": ";".join(x for x in (line, stated["line"] if stated else "") if x),
            "quote": stated["quote"] if stated else "",
        }
        levels[(indicator, year)] = row
        rows.append(row)

    for d in derived_levels(derived):
        indicator, year = d["indicator"], int(d["year"])
        if indicator not in group_of or (indicator, year) in levels:
            continue
        p = Printed.parse(d["value"], d["value_lo"], d["value_hi"])
        add_derived(indicator, year, p, d["unit"], d["note"], d["line"])

    # Chain back: a level of year Y and the growth printed for Y imply the level of Y-1.
    changed = True
    while changed:
        changed = False
        for (indicator, year), row in list(levels.items()):
            if "\0" in indicator or (indicator, year - 1) in levels:
                continue
            growth = parse_optional(row["growth_pct"])
            if growth is None or not row["value"] or is_average(row["growth_basis"]):
                continue
            level = Printed.parse(row["value"], row["value_lo"], row["value_hi"])
            previous = Printed(
                "",
                level.value / growth_factor(growth.value),
                level.interval / growth_factor(growth.interval),
                level.places,
            )
            note = f"由{year}年{row['value']}{row['unit']}和增速{row['growth_pct']}%推算" + (
                "（前者本身为推算值）" if row["kind"] == "derived" else ""
            )
            add_derived(indicator, year - 1, previous, row["unit"], note, row["line"])
            changed = True

    rows.extend(growth_only.values())
    kind_order = {"derived": 0, "actual": 1, "target": 2}
    return sorted(
        rows, key=lambda r: (order[r["indicator"]], r["year"], kind_order.get(r["kind"], 3))
    )
