"""Project a report's targets: what each implies, the monthly path to it, what it leaves out.

For every target the claims table holds, :func:`project_targets` puts the current level
(printed, or derived when the report gives only a growth rate) beside the target and compares
the stated growth with the growth the two levels imply, rounding-aware; it also gives the level
the stated growth would lead to. :func:`monthly_path` spreads each level target over the months
(时序进度: m/12 of the annual target by the end of month m, or a seasonal profile).
:func:`implied_components` says what the targets imply for the components they leave out.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pandas as pd

from .checkvocab import load_check_vocabulary
from .exact import Fraction
from .intervals import (
    Interval,
    average_growth_bounds,
    decimals,
    figure_interval,
    fmt,
    growth_factor,
    implied_growth,
    interval_ends,
    parse_decimal,
)
from .period_cells import annual_year
from .printed import Printed, cell, is_average, parse_optional
from .quantities import split_qualifiers
from .relations import is_part_of_place
from .series import derived_levels
from .units import conversion_factor, unit_family
from .vocabulary import Indicator, load_vocabulary

#: Columns of the projection table, in order.
PROJECTION_COLUMNS = [
    "indicator",
    "name",
    "unit",
    "base_year",
    "target_year",
    "current",
    "current_kind",
    "target",
    "qualifier",
    "stated_growth_pct",
    "implied_growth_pct",
    "implied_growth_lo",
    "implied_growth_hi",
    "gap_pct_points",
    "level_at_stated",
    "level_at_stated_lo",
    "level_at_stated_hi",
    "consistent",
    "note",
    "lines",
]


#: Units of rates: a target on a rate is compared in percentage points, not projected as growth.
RATE_UNITS = ("%", "‰", "个百分点")


def _is_level(row: pd.Series) -> bool:
    """Whether a claim states a level (not a change such as 新增20家 or 提高2个百分点)."""
    return cell(row, "measure") in ("", "level") and cell(row, "unit") not in RATE_UNITS


def _levels(claims: pd.DataFrame, derived: pd.DataFrame | None) -> dict:
    """Annual levels by (indicator, year): printed actuals first, then derived values."""
    levels: dict[tuple[str, int], dict] = {}
    for _, row in claims.iterrows():
        indicator, value = cell(row, "indicator"), cell(row, "value")
        year = annual_year(cell(row, "period"))
        if not indicator or not value or year is None or cell(row, "kind") != "actual":
            continue
        if is_part_of_place(cell(row, "scope")):
            continue  # 工业园区规模以上工业总产值: not the place's level
        if not _is_level(row):
            continue
        levels.setdefault(
            (indicator, year),
            {
                "p": Printed.parse(value),
                "unit": cell(row, "unit"),
                "kind": "actual",
                "line": cell(row, "line"),
                "name": cell(row, "name"),
            },
        )
    for d in derived_levels(derived):
        key = (d["indicator"], int(d["year"]))
        if key in levels:
            continue
        levels[key] = {
            "p": Printed.parse(d["value"], d["value_lo"], d["value_hi"]),
            "unit": d["unit"],
            "kind": "derived",
            "line": d["line"],
            "name": d["indicator"],
            "note": d["note"],
        }
    return levels


def _places(*texts: str) -> int:
    return max((decimals(t) for t in texts if t), default=2)


def project_targets(claims: pd.DataFrame, derived: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per target: current level, target, stated and implied growth, level at stated.

    Parameters
    ----------
    claims
        The claims table. Left out: targets whose ``indicator`` (canonical name) is empty,
        targets on rates (units :data:`RATE_UNITS`) and targets that state a change rather
        than a level (``measure`` other than ``level``).
    derived
        Derived values (``derived.csv``), used where the current level is not printed.

    Returns
    -------
    pandas.DataFrame
        :data:`PROJECTION_COLUMNS`, all strings. ``consistent`` is ``True`` when some values
        within the roundings of the current level, the target and the stated growth agree,
        ``False`` when none do, empty when it cannot be judged.

    Examples
    --------
    >>> claims = pd.DataFrame({
    ...     "indicator": ["工业总产值", "工业总产值"], "name": ["工业总产值"] * 2,
    ...     "period": ["2022", "2023"], "kind": ["actual", "target"],
    ...     "value": ["38.1", "42.5"], "unit": ["亿元", "亿元"], "growth_pct": ["7.0", "8"],
    ...     "qualifier": ["", "力争"], "line": ["9", "31"]})
    >>> row = project_targets(claims).iloc[0]
    >>> row.current, row.target, row.stated_growth_pct, row.implied_growth_pct, row.consistent
    ('38.1', '42.5', '8', '11.55', 'False')
    >>> row.level_at_stated
    '41.1'
    """
    levels = _levels(claims, derived)
    rows = []
    for _, claim in claims.iterrows():
        if cell(claim, "kind") != "target":
            continue
        indicator = cell(claim, "indicator")
        year = annual_year(cell(claim, "period"))
        if not indicator or year is None:
            continue  # only targets of a known indicator (see data/indicators.toml)
        if is_part_of_place(cell(claim, "scope")):
            continue  # 工业园区规模以上工业总产值突破200亿元: a park's target, not the place's
        if not _is_level(claim):
            continue  # a change (新增…) or a rate: nothing to project as growth
        value_words, growth_words = split_qualifiers(claim, "growth_qualifier" in claims)
        target = _qualified(parse_optional(cell(claim, "value")), value_words)
        base_year, base = _base_of(levels, indicator, year)
        span = year - base_year  # 到2025年 against 2020: five years, an average annual growth
        stated = (
            _qualified(parse_optional(cell(claim, "growth_pct")), growth_words)
            if is_average(cell(claim, "growth_basis")) == (span > 1)
            else None
        )
        unit = cell(claim, "unit") or (base["unit"] if base is not None else "")
        row = dict.fromkeys(PROJECTION_COLUMNS, "")
        row.update(
            indicator=indicator,
            name=cell(claim, "name") or indicator,
            unit=unit,
            base_year=str(base_year),
            target_year=str(year),
            target=target.text if target else "",
            qualifier=cell(claim, "qualifier"),
            stated_growth_pct=stated.text if stated else "",
        )
        lines = [cell(claim, "line")]
        notes = []
        current = None
        if base is not None:
            factor = conversion_factor(base["unit"], unit) if unit else Fraction(1)
            if factor is None:
                notes.append(f"{base_year}年水平的单位（{base['unit']}）与目标单位不同，无法比较")
            else:
                current = base["p"].scaled(factor)
                places = (  # 36418户 in 万户 beside a target of 4万户: 3.64, not 4
                    base["p"].places
                    if factor == 1
                    else max(_places(target.text if target else ""), 2)
                )
                row["current"] = base["p"].text if factor == 1 else fmt(current.value, places)
                row["current_kind"] = base["kind"]
                lines.append(base["line"])
                if base["kind"] == "derived":
                    notes.append(f"{base_year}年水平报告未列出，为{base.get('note', '推算值')}")
                if span > 1:
                    notes.append(f"{year}年目标与{base_year}年水平相隔{span}年，增速为年均增速")
        else:
            notes.append(f"报告未给出{base_year}年{row['name']}的水平值")
        if current is not None and current.value <= 0:
            notes.append(f"{base_year}年水平不为正，无法计算增速")
        elif current is not None and target is not None:
            g, implied = _implied(target, current, span)
            row["implied_growth_pct"] = fmt(g, 2)
            row["implied_growth_lo"], row["implied_growth_hi"] = interval_ends(implied, 2)
            circular = (
                base is not None
                and base["kind"] == "derived"
                and cell(claim, "line") in [x.strip() for x in base["line"].split(";")]
            )
            if circular:
                notes.append("该水平由这一目标及其增速本身反推，隐含增速与所述相同不构成核对")
            elif stated is not None:
                row["gap_pct_points"] = fmt(stated.value - g, 2)
                row["consistent"] = str(stated.interval.meets(implied))
        if current is not None and stated is not None:
            at_stated = current.interval
            for _ in range(span):  # compounded over the years of the span
                at_stated = at_stated * growth_factor(stated.interval)
            places = target.places if target else (current.places if current.text else 2)
            at_point = current.value * growth_factor(stated.value) ** span
            row["level_at_stated"] = fmt(at_point, places)
            row["level_at_stated_lo"], row["level_at_stated_hi"] = interval_ends(
                at_stated, places + 2
            )
        if target is None:
            notes.append("目标只给出增速")
        if row["consistent"] == "False":
            notes.append(
                f"目标{row['target']}{unit}比{base_year}年的{row['current']}{unit}"
                f"{'年均' if span > 1 else ''}增长{row['implied_growth_pct']}%，"
                f"不是所述的{row['stated_growth_pct']}%；按所述增速应为{row['level_at_stated']}{unit}"
            )
        row["note"] = "；".join(n for n in notes if n)
        row["lines"] = ";".join(dict.fromkeys(x for x in lines if x))
        rows.append(row)
    return pd.DataFrame(_restatements_merged(rows), columns=PROJECTION_COLUMNS).astype(str)


def _qualified(printed: Printed | None, words: str) -> Printed | None:
    """A target's figure with the interval its qualifiers give it (增长7.5%左右, 突破550亿元),
    as the checks read it."""
    rules = load_check_vocabulary().rules(words)
    if printed is None or not rules or not printed.text:
        return printed
    return replace(printed, interval=figure_interval(printed.text, rules))


def _base_of(levels: dict, indicator: str, year: int) -> tuple[int, dict | None]:
    """The year and level a target of ``year`` is measured from: last year's level, else,
    for a target some years ahead (到2025年), the latest printed actual of the ten years
    before (``(year - 1, None)`` when there is none)."""
    base = levels.get((indicator, year - 1))
    if base is not None:
        return year - 1, base
    for earlier in range(year - 2, year - 11, -1):
        base = levels.get((indicator, earlier))
        if base is not None and base["kind"] == "actual":
            return earlier, base
    return year - 1, None


def _implied(target: Printed, current: Printed, span: int) -> tuple[Fraction, Interval]:
    """The growth a target implies over its current level, in per cent, and its range over
    the roundings: over one year, or the average annual growth over ``span`` years."""
    if span == 1:
        return (
            implied_growth(target.value, current.value),
            implied_growth(target.interval, current.interval),
        )
    g = average_growth_bounds(target.value / current.value, span, 4)[0]
    t, c = target.interval, current.interval
    lo = (
        average_growth_bounds(t.lo / c.hi, span, 4)[0]
        if t.lo is not None and t.lo > 0 and c.hi is not None
        else None
    )
    hi = (
        average_growth_bounds(t.hi / c.lo, span, 4)[1]
        if t.hi is not None and c.lo is not None and c.lo > 0
        else None
    )
    return g, Interval(lo, hi)


def _restatements_merged(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per target stated more than once alike (in the text and again in a table of
    targets): the first, with the lines of all. Targets stated differently stay apart."""
    kept: dict[tuple[str, ...], dict[str, str]] = {}
    for row in rows:
        key = (row["indicator"], row["target_year"], row["target"], row["stated_growth_pct"])
        first = kept.setdefault(key, row)
        if first is not row:
            lines = [*first["lines"].split(";"), *row["lines"].split(";")]
            first["lines"] = ";".join(dict.fromkeys(x for x in lines if x))
    return list(kept.values())


def seasonal_shares(profile: pd.DataFrame | None, indicator: str) -> list[Decimal] | None:
    """Cumulative shares (month 1..12) from a seasonal profile, or ``None`` for 时序进度.

    A profile has columns ``month`` (1-12) and ``weight`` (any non-negative numbers, e.g.
    last year's monthly values), and optionally ``indicator`` (rows with an empty indicator
    apply to every indicator).

    Examples
    --------
    >>> profile = pd.DataFrame({"month": range(1, 13), "weight": [1] * 6 + [3] * 6})
    >>> [str(s) for s in seasonal_shares(profile, "x")[5::6]]
    ['0.25', '1']
    """
    if profile is None or profile.empty:
        return None
    table = profile.astype(str)
    if "indicator" in table.columns:
        own = table[table["indicator"] == indicator]
        table = own if not own.empty else table[table["indicator"].isin(["", "nan"])]
    if table.empty:
        return None
    weights = {int(m): Decimal(w) for m, w in zip(table["month"], table["weight"], strict=True)}
    if sorted(weights) != list(range(1, 13)) or any(w < 0 for w in weights.values()):
        raise ValueError("a seasonal profile needs one non-negative weight for each month 1-12")
    total = sum(weights.values())
    shares, running = [], Decimal(0)
    for month in range(1, 13):
        running += weights[month]
        shares.append(running / total)
    return shares


def monthly_path(
    projections: pd.DataFrame, profile: pd.DataFrame | None = None, year: int | None = None
) -> pd.DataFrame:
    """The cumulative level needed by the end of each month to reach each level target.

    Only targets in money units are spread over the months: 时序进度 tracks cumulative flows
    (output, investment, revenue); a count such as the number of enterprises is a stock.
    Only the targets of one year are: those of the year the report plans; a target for the
    end of a five-year plan (到2025年) or one of last year's, quoted in the review, is not.

    Parameters
    ----------
    projections
        From :func:`project_targets`; rows without a target level are skipped.
    profile
        Optional seasonal profile (see :func:`seasonal_shares`); without it, 时序进度 m/12.
    year
        The year the report plans; when ``None`` (or when it has no target in money), the
        earliest year with a target in money.

    Returns
    -------
    pandas.DataFrame
        Columns ``indicator, name, unit, target_year, month, share_pct, required, basis,
        previous_year_level, previous_year_kind``.

    Examples
    --------
    >>> proj = pd.DataFrame({"indicator": ["工业总产值"], "name": ["工业总产值"],
    ...     "unit": ["亿元"], "target_year": ["2023"], "target": ["42.5"], "current": ["38.1"]})
    >>> path = monthly_path(proj)
    >>> path.loc[path.month == "6", ["share_pct", "required"]].values.tolist()
    [['50.00', '21.25']]
    """
    rows = []
    seen: set[tuple[str, str]] = set()
    spread = [
        proj
        for _, proj in projections.iterrows()
        if parse_optional(cell(proj, "target")) is not None
        and unit_family(cell(proj, "unit")) == "money"  # flows (output, revenue), not stocks
    ]
    years = sorted({cell(proj, "target_year") for proj in spread})
    chosen = str(year) if year is not None and str(year) in years else min(years, default="")
    for proj in spread:
        if cell(proj, "target_year") != chosen:
            continue  # 到2025年: a target of another year is not spread over this year's months
        target = parse_optional(cell(proj, "target"))
        assert target is not None
        key = (cell(proj, "name") or cell(proj, "indicator"), cell(proj, "target_year"))
        if key in seen:
            continue  # one path per target: the first stated (another is a finding of checks)
        seen.add(key)
        amount = parse_decimal(target.text)  # shares are Decimal (m/12): reckoned in Decimal
        indicator = cell(proj, "indicator")
        shares = seasonal_shares(profile, indicator)
        basis = "季节性分布" if shares is not None else "时序进度"
        if shares is None:
            shares = [Decimal(m) / 12 for m in range(1, 13)]
        places = max(target.places, 2)
        for month, share in enumerate(shares, start=1):
            rows.append(
                {
                    "indicator": indicator,
                    "name": cell(proj, "name") or indicator,
                    "unit": cell(proj, "unit"),
                    "target_year": cell(proj, "target_year"),
                    "month": str(month),
                    "share_pct": fmt(Fraction(share * 100), 2),
                    "required": target.text
                    if month == 12 and share == 1
                    else fmt(Fraction(amount * share), places),
                    "basis": basis,
                    "previous_year_level": cell(proj, "current"),
                    "previous_year_kind": cell(proj, "current_kind"),
                }
            )
    columns = [
        "indicator",
        "name",
        "unit",
        "target_year",
        "month",
        "share_pct",
        "required",
        "basis",
        "previous_year_level",
        "previous_year_kind",
    ]
    return pd.DataFrame(rows, columns=columns).astype(str)


#: Columns of :func:`implied_components`.
COMPONENT_COLUMNS = [
    "whole",
    "relation",
    "left_out",
    "target_year",
    "unit",
    "residual_target",
    "residual_target_lo",
    "residual_target_hi",
    "residual_current",
    "residual_current_kind",
    "implied_growth_pct",
    "implied_growth_lo",
    "implied_growth_hi",
    "explanation",
]


def _sum(parts: list[Printed]) -> Printed:
    return Printed(
        "",
        sum((p.value for p in parts), Fraction(0)),
        sum((p.interval for p in parts), Interval.point(0)),
        max((p.places for p in parts), default=0),
    )


def _minus(whole: Printed, parts: list[Printed]) -> Printed:
    s = _sum(parts)
    places = max(whole.places, s.places)
    return Printed("", whole.value - s.value, whole.interval - s.interval, places)


def implied_components(
    claims: pd.DataFrame,
    derived: pd.DataFrame | None = None,
    vocabulary: dict[str, Indicator] | None = None,
) -> pd.DataFrame:
    """What the targets imply for the parts of a whole that they leave out.

    When a whole has a level target and some of its components (or a part, such as the
    above-scale share of industry) have level targets too, the rest of the whole is implied:
    whole target minus the targeted parts. It is compared with the same rest in the current
    year, which gives the growth the targets imply for what they leave out.

    Examples
    --------
    >>> claims = pd.DataFrame({
    ...     "indicator": ["工农业总产值", "工业总产值", "农业总产值", "工农业总产值", "工业总产值"],
    ...     "period": ["2022", "2022", "2022", "2023", "2023"],
    ...     "kind": ["actual", "actual", "actual", "target", "target"],
    ...     "value": ["45.6", "38.1", "7.5", "49", "42.5"], "unit": ["亿元"] * 5})
    >>> row = implied_components(claims).iloc[0]
    >>> row.left_out, row.residual_target, row.residual_current, row.implied_growth_pct
    ('农业总产值', '6.5', '7.5', '-13.33')
    """
    vocabulary = vocabulary if vocabulary is not None else load_vocabulary()
    levels = _levels(claims, derived)
    targets: dict[tuple[str, int], Printed] = {}
    units: dict[str, str] = {}
    for _, row in claims.iterrows():
        value = parse_optional(cell(row, "value"))
        year = annual_year(cell(row, "period"))
        if cell(row, "kind") == "target" and value is not None and year is not None:
            targets.setdefault((cell(row, "indicator"), year), value)
            units.setdefault(cell(row, "indicator"), cell(row, "unit"))
    relations: list[tuple[str, tuple[str, ...], str]] = []
    for name, entry in vocabulary.items():
        if entry.components:
            relations.append((name, entry.components, "components"))
    for name, entry in vocabulary.items():
        whole = vocabulary.get(entry.part_of or "")
        if whole is not None and name not in whole.components:
            relations.append((whole.name, (name,), "part_of"))
    rows = []
    for (whole, year), whole_target in sorted(targets.items(), key=lambda kv: kv[0][1]):
        unit = units.get(whole, "")
        for rel_whole, parts, relation in relations:
            if rel_whole != whole:
                continue
            targeted = [p for p in parts if (p, year) in targets and units.get(p) == unit]
            if not targeted or (len(targeted) == len(parts) and relation == "components"):
                continue
            left_out = [p for p in parts if p not in targeted] if relation == "components" else []
            residual = _minus(whole_target, [targets[(p, year)] for p in targeted])
            label = "、".join(left_out) if left_out else f"{whole}中{'、'.join(targeted)}以外部分"
            row = dict.fromkeys(COMPONENT_COLUMNS, "")
            row.update(
                whole=whole, relation=relation, left_out=label, target_year=str(year), unit=unit
            )
            places = _places(whole_target.text, *(targets[(p, year)].text for p in targeted))
            row["residual_target"] = fmt(residual.value, places)
            row["residual_target_lo"], row["residual_target_hi"] = interval_ends(
                residual.interval, places + 1
            )
            current = None
            if left_out and all((p, year - 1) in levels for p in left_out):
                parts_now = [levels[(p, year - 1)] for p in left_out]
                if all(x["unit"] == unit for x in parts_now):
                    current = _sum([x["p"] for x in parts_now])
                    kinds = {x["kind"] for x in parts_now}
            elif (whole, year - 1) in levels and all((p, year - 1) in levels for p in targeted):
                now = levels[(whole, year - 1)]
                parts_now = [levels[(p, year - 1)] for p in targeted]
                if all(x["unit"] == unit for x in [now, *parts_now]):
                    current = _minus(now["p"], [x["p"] for x in parts_now])
                    kinds = {x["kind"] for x in [now, *parts_now]}
            sentence = (
                f"{year}年{whole}目标{whole_target.text}{unit}减去"
                f"{'、'.join(targeted)}目标后，{label}为{row['residual_target']}{unit}"
            )
            if current is not None and current.value > 0:
                row["residual_current"] = fmt(current.value, places)
                row["residual_current_kind"] = "derived" if "derived" in kinds else "actual"
                g = implied_growth(residual.value, current.value)
                implied = implied_growth(residual.interval, current.interval)
                row["implied_growth_pct"] = fmt(g, 2)
                row["implied_growth_lo"], row["implied_growth_hi"] = interval_ends(implied, 2)
                trend = "下降" if g < 0 else "增长"
                sentence += (
                    f"，{year - 1}年为{row['residual_current']}{unit}，隐含{trend}{fmt(abs(g), 2)}%"
                )
            else:
                sentence += f"；{year - 1}年对应水平未知，无法推算增速"
            row["explanation"] = sentence + "。"
            rows.append(row)
    return pd.DataFrame(rows, columns=COMPONENT_COLUMNS).astype(str)
