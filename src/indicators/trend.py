"""Trend fits for indicators with enough annual points, compared with their targets.

A log-linear trend (constant growth) is fitted by ordinary least squares with statsmodels
when an indicator has at least :data:`MIN_POINTS` annual levels: from the report itself
(printed actuals and derived previous-year levels), from several reports, or from a history
table the analyst supplies. With fewer points no model is fitted and the result says why.
Statistical fitting works on floats; the figures it returns are rounded for display and are
never used in the arithmetic checks.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import statsmodels.api as sm

from .printed import Printed, cell, parse_optional

#: Fewest annual points a trend is fitted on.
MIN_POINTS = 3

#: Columns of :func:`fit_trends`.
TREND_COLUMNS = [
    "indicator",
    "unit",
    "target_year",
    "points",
    "years",
    "model",
    "predicted",
    "pi_lo",
    "pi_hi",
    "trend_growth_pct",
    "target",
    "target_vs_trend",
    "reason",
]


def history_points(series: pd.DataFrame, history: pd.DataFrame | None = None) -> pd.DataFrame:
    """Annual levels per indicator from the series table and an optional history table.

    Parameters
    ----------
    series
        From :func:`indicators.series.build_series` (actual and derived rows are used).
    history
        Analyst-supplied table with columns ``indicator, year, value, unit``; its values win
        over the report's for the same indicator and year.

    Returns
    -------
    pandas.DataFrame
        Columns ``indicator, year, value, unit, source`` (``actual``, ``derived`` or
        ``history``), sorted.

    Examples
    --------
    >>> series = pd.DataFrame({"indicator": ["税收收入"] * 2, "year": ["2021", "2022"],
    ...     "kind": ["derived", "actual"], "value": ["5.1", "5.4"], "unit": ["亿元"] * 2})
    >>> history = pd.DataFrame({"indicator": ["税收收入"], "year": [2020], "value": ["4.8"],
    ...     "unit": ["亿元"]})
    >>> history_points(series, history).source.tolist()
    ['history', 'derived', 'actual']
    """
    rows = {}
    for _, row in series.iterrows():
        if cell(row, "kind") in ("actual", "derived") and cell(row, "value"):
            key = (cell(row, "indicator"), int(cell(row, "year")))
            rows.setdefault(key, (cell(row, "value"), cell(row, "unit"), cell(row, "kind")))
    if history is not None:
        for _, row in history.iterrows():
            key = (cell(row, "indicator"), int(float(cell(row, "year"))))
            rows[key] = (cell(row, "value"), cell(row, "unit"), "history")
    table = pd.DataFrame(
        [(i, str(y), v, u, s) for (i, y), (v, u, s) in rows.items()],
        columns=["indicator", "year", "value", "unit", "source"],
    )
    return table.sort_values(["indicator", "year"], kind="stable").reset_index(drop=True)


def fit_trends(
    points: pd.DataFrame, projections: pd.DataFrame, alpha: float = 0.05
) -> pd.DataFrame:
    """Fit a trend for each target indicator and compare its prediction with the target.

    Parameters
    ----------
    points
        From :func:`history_points`.
    projections
        From :func:`indicators.targets.project_targets` (one row per target).
    alpha
        1 − the prediction interval's coverage (0.05: a 95% interval).

    Returns
    -------
    pandas.DataFrame
        :data:`TREND_COLUMNS`. ``reason`` says, in Chinese, why no model was fitted;
        ``target_vs_trend`` is ``above``, ``within`` or ``below`` the prediction interval.

    Examples
    --------
    >>> points = pd.DataFrame({"indicator": ["x"] * 4, "year": ["2019", "2020", "2021", "2022"],
    ...     "value": ["10", "11.3", "11.9", "13.4"], "unit": ["亿元"] * 4})
    >>> proj = pd.DataFrame({"indicator": ["x", "y"], "unit": ["亿元"] * 2,
    ...     "target_year": ["2023", "2023"], "target": ["14.6", "3"]})
    >>> fits = fit_trends(points, proj)
    >>> fits.loc[0, ["model", "predicted", "target_vs_trend"]].tolist()
    ['对数线性趋势（OLS）', '14.62', 'within']
    >>> fits.loc[1, "reason"]
    '产值、税收、投资序列中没有该指标的年度数值，也未提供历年数据（history_csv），不拟合趋势模型'
    """
    rows = []
    for _, proj in projections.iterrows():
        indicator = cell(proj, "indicator")
        unit = cell(proj, "unit")
        year = int(cell(proj, "target_year"))
        own = points[(points["indicator"] == indicator) & (points["unit"] == unit)]
        own = own[own["year"].astype(int) < year]
        row = dict.fromkeys(TREND_COLUMNS, "")
        row.update(
            indicator=indicator,
            unit=unit,
            target_year=str(year),
            points=str(len(own)),
            years="、".join(
                y + ("（推算）" if src == "derived" else "")
                for y, src in zip(own["year"], own.get("source", [""] * len(own)), strict=True)
            ),
            target=cell(proj, "target"),
        )
        values = [Printed.parse(v).value for v in own["value"]]
        if own.empty:
            row["reason"] = (
                "产值、税收、投资序列中没有该指标的年度数值，也未提供历年数据（history_csv），"
                "不拟合趋势模型"
            )
        elif len(own) < MIN_POINTS:
            row["reason"] = f"只有{len(own)}个年度数据点，少于{MIN_POINTS}个，不拟合趋势模型"
        elif any(v <= 0 for v in values):
            row["reason"] = "存在非正的水平值，对数线性趋势不适用"
        else:
            x = own["year"].astype(int).to_numpy(dtype=float)
            y = np.log([float(v) for v in values])
            model = sm.OLS(y, sm.add_constant(x)).fit()
            frame = model.get_prediction(np.array([[1.0, float(year)]])).summary_frame(alpha)
            predicted = math.exp(frame["mean"].iloc[0])
            lo, hi = (
                math.exp(frame["obs_ci_lower"].iloc[0]),
                math.exp(frame["obs_ci_upper"].iloc[0]),
            )
            row.update(
                model="对数线性趋势（OLS）",
                predicted=f"{predicted:.2f}",
                pi_lo=f"{lo:.2f}",
                pi_hi=f"{hi:.2f}",
                trend_growth_pct=f"{(math.exp(model.params[1]) - 1) * 100:.2f}",
            )
            target = parse_optional(row["target"])
            if target is not None:
                t = float(target.value)
                row["target_vs_trend"] = "above" if t > hi else "below" if t < lo else "within"
        rows.append(row)
    return pd.DataFrame(rows, columns=TREND_COLUMNS).astype(str)
