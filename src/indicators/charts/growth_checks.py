"""Chart (b): stated against recomputed growth for every growth relation, as a dot plot."""

from __future__ import annotations

import re

import pandas as pd
from matplotlib.figure import Figure

from ..exact import Fraction
from ..intervals import fmt, parse_decimal
from ..printed import cell
from . import style
from .meta import ChartMeta, recomputed_growth, stated_growth

#: Checks that compare a stated growth with one recomputed from levels.
GROWTH_CHECKS = (
    "growth",
    "average_growth",
    "average_span",
    "growth_total_vs_parts",
    "count_change",
    "points_change",
)

_VERDICT_TEXT = {"inconsistent": "× 不一致", "consistent": "✓ 一致", "not_assessable": "? 无法核对"}
_ORDER = {"inconsistent": 0, "not_assessable": 2, "consistent": 1}


def _label(row: pd.Series) -> str:
    period = cell(row, "period").replace("..", "→")
    subject = re.split(r"\s*[;；←]\s*", cell(row, "indicators"))[0]
    if cell(row, "check") == "growth_total_vs_parts":
        subject += "（按分项）"
    elif cell(row, "check") in ("average_growth", "average_span"):
        subject += "（年均）"
    return f"{subject}\n{period}"


def _rows(checks: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Growth relations with a stated and a recomputed rate, and how many lack the latter."""
    rows = checks[checks["check"].isin(GROWTH_CHECKS)].copy()
    stated = rows["stated"].map(stated_growth)
    recomputed = rows["recomputed"].map(recomputed_growth)
    rows["_stated"] = [s[0] if s else None for s in stated]
    rows["_stated_text"] = [s[1] if s else "" for s in stated]
    rows["_recomputed"] = [r[0] if r else None for r in recomputed]
    rows["_recomputed_text"] = [r[1] if r else "" for r in recomputed]
    rows["_interval"] = [r[2] if r else None for r in recomputed]
    usable = rows["_stated"].notna() & rows["_recomputed"].notna()
    missing = int((rows["_stated"].notna() & ~usable).sum())
    rows = rows[usable].copy()
    rows["_o"] = rows["verdict"].map(_ORDER).fillna(3)
    rows["_gap"] = (rows["_stated"] - rows["_recomputed"]).abs()
    rows = rows.sort_values(["_o", "_gap"], ascending=[True, False], kind="stable")
    return rows.reset_index(drop=True), missing


def _largest_gap(rows: pd.DataFrame) -> str:
    """The largest gap of the checks (their ``gap`` column, the distance to the nearest
    consistent rate, as the brief prints it), else that of the points plotted."""
    gaps = []
    for _, row in rows.iterrows():
        try:
            gaps.append(Fraction(parse_decimal(cell(row, "gap"))))
        except ValueError:
            continue  # no gap printed for this row
    if gaps:
        return fmt(max(gaps), 2)
    return f"{rows['_gap'].max():.2f}"


def growth_checks_chart(checks: pd.DataFrame, meta: ChartMeta) -> Figure:
    """Dot plot of stated (●) and recomputed (◇) growth for every growth relation that can
    be recomputed; inconsistent relations stand out by colour, a shaded band, a thick bar,
    a "× 不一致" label and by coming first.

    Parameters
    ----------
    checks
        The checks table (``indicators.check``).
    meta
        Place, source and years.

    Examples
    --------
    >>> checks = pd.DataFrame({"check": ["growth", "growth"],
    ...     "verdict": ["inconsistent", "not_assessable"], "indicators": ["工业总产值"] * 2,
    ...     "period": ["2022→2023", "2022"], "stated": ["42.5 亿元，增长 8%", "38.1 亿元，增长 7%"],
    ...     "recomputed": ["11.55% [11.5%, 11.6%]", "基数 35.6 亿元"]})
    >>> growth_checks_chart(checks, ChartMeta("某镇", "资料来源：测试")).get_label()
    '1项可核对的增长关系中1项与水平值不一致，最大相差3.55个百分点'
    """
    rows, missing = _rows(checks)
    inconsistent = rows[rows["verdict"] == "inconsistent"]
    if rows.empty:
        title = "报告中没有可核对的增长关系"
    elif inconsistent.empty:
        title = f"{len(rows)}项可核对的增长关系均与水平值一致"
    else:
        title = (
            f"{len(rows)}项可核对的增长关系中{len(inconsistent)}项与水平值不一致，"
            f"最大相差{_largest_gap(inconsistent)}个百分点"
        )
    with style.chart_style():
        fig = style.new_figure(8, 1.9 + 0.62 * max(len(rows), 1))
        ax = fig.add_subplot()
        values = [*rows["_stated"], *rows["_recomputed"]] or [0.0]
        lo, hi = min(0.0, *values), max(values)
        span = max(hi - lo, 1.0)
        for i, row in rows.iterrows():
            y = len(rows) - 1 - i
            bad = row["verdict"] == "inconsistent"
            colour = {"inconsistent": style.INCONSISTENT, "consistent": style.CONSISTENT}.get(
                row["verdict"], style.UNASSESSED
            )
            stated, recomputed = row["_stated"], row["_recomputed"]
            if bad:
                ax.axhspan(y - 0.45, y + 0.45, color=style.INCONSISTENT, alpha=0.07, lw=0)
            if row["_interval"]:
                ax.plot(
                    row["_interval"], [y, y], color=colour, lw=7, alpha=0.25, solid_capstyle="butt"
                )
            ax.plot(
                [stated, recomputed],
                [y, y],
                color=colour,
                lw=3 if bad else 1.5,
                alpha=0.55,
                solid_capstyle="butt",
            )
            ax.plot(recomputed, y, marker="D", ms=8, mfc="white", mec=colour, mew=1.8, ls="none")
            left = recomputed <= stated
            ax.annotate(
                f"推算 {row['_recomputed_text']}",
                (recomputed, y),
                xytext=(-9 if left else 9, 0),
                textcoords="offset points",
                ha="right" if left else "left",
                va="center",
                fontsize=8.5,
                color=colour,
                path_effects=style.HALO,
            )
            ax.plot(stated, y, marker="o", ms=8, color=colour, ls="none")
            ax.annotate(
                f"所述 {row['_stated_text']}",
                (stated, y),
                xytext=(9 if left else -9, 0),
                textcoords="offset points",
                ha="left" if left else "right",
                va="center",
                fontsize=8.5,
                color=colour,
                path_effects=style.HALO,
            )
            ax.text(
                1.02,
                y,
                _VERDICT_TEXT.get(row["verdict"], row["verdict"]),
                transform=ax.get_yaxis_transform(),
                ha="left",
                va="center",
                fontsize=9,
                color=colour,
                clip_on=False,
            )
        ax.set_yticks(range(len(rows)), [_label(r) for _, r in rows.iterrows()][::-1], fontsize=8.5)
        ax.set_ylim(-0.6, max(len(rows), 1) - 0.4)
        ax.set_xlim(lo - span * 0.3, hi + span * 0.3)
        ax.xaxis.grid(True)
        ax.set_xlabel("增长率（%）")
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        years = sorted(set(re.findall(r"(?:19|20)\d\d", " ".join(rows["period"]))))
        period = f"{years[0]}—{years[-1]}年" if years else "—"
        note = f"；另有{missing}项增速缺少上年水平，无法核对" if missing else ""
        style.frame(
            fig,
            title,
            f"指标：所述增速（●）与按水平值推算的增速（◇，浅色带为舍入区间），%{note}｜"
            f"地点：{meta.place_label}｜时期：{period}",
            meta.source,
        )
    return fig
