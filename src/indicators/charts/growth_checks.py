"""Chart (b): stated against recomputed growth for every growth relation, as a dot plot."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from . import style
from .meta import ChartMeta, cell, number

#: Checks that compare a stated growth with one recomputed from levels.
GROWTH_CHECKS = ("growth", "growth_total_vs_parts", "count_change", "points_change")

_VERDICT_TEXT = {"inconsistent": "× 不一致", "consistent": "✓ 一致", "not_assessable": "? 无法核对"}
_ORDER = {"inconsistent": 0, "not_assessable": 2, "consistent": 1}


def _label(row: pd.Series) -> str:
    period = cell(row, "period").replace("..", "→").replace("-01→", "→")
    subject = cell(row, "indicators")
    if cell(row, "check") == "growth_total_vs_parts":
        subject = subject.split("←")[0].strip() + "（按分项）"
    return f"{subject}\n{period}"


def growth_checks_chart(checks: pd.DataFrame, meta: ChartMeta) -> Figure:
    """Dot plot of stated (●) and recomputed (◇) growth; inconsistent relations stand out
    by colour, by a connecting bar, by a "× 不一致" label and by coming first.

    Parameters
    ----------
    checks
        The checks table (``indicators.check``).
    meta
        Place, source and years.

    Examples
    --------
    >>> checks = pd.DataFrame({"check": ["growth"], "verdict": ["inconsistent"],
    ...     "gap": ["3.55"], "indicators": ["工业总产值"], "period": ["2022..2023"],
    ...     "stated": ["8%"], "recomputed": ["11.55%"]})
    >>> growth_checks_chart(checks, ChartMeta("某镇", "资料来源：测试")).get_label()
    '1项增长关系中1项与水平值不一致，最大相差3.55个百分点'
    """
    rows = checks[checks["check"].isin(GROWTH_CHECKS)].copy()
    rows["_stated"] = rows["stated"].map(number)
    rows["_recomputed"] = rows["recomputed"].map(number)
    rows = rows[rows["_stated"].notna()]
    rows["_o"] = rows["verdict"].map(_ORDER).fillna(3)
    rows["_gap"] = (rows["_stated"] - rows["_recomputed"]).abs().fillna(0)
    rows = rows.sort_values(["_o", "_gap"], ascending=[True, False], kind="stable")
    rows = rows.reset_index(drop=True)
    inconsistent = rows[rows["verdict"] == "inconsistent"]
    if rows.empty:
        title = "报告中没有可核对的增长关系"
    elif inconsistent.empty:
        assessed = int((rows["verdict"] == "consistent").sum())
        title = f"{assessed}项可核对的增长关系均与水平值一致"
    else:
        worst = inconsistent["_gap"].max()
        title = (
            f"{len(rows)}项增长关系中{len(inconsistent)}项与水平值不一致，"
            f"最大相差{worst:.2f}个百分点"
        )
    with style.chart_style():
        fig = style.new_figure(8, 1.9 + 0.62 * max(len(rows), 1))
        ax = fig.add_subplot()
        values = [*rows["_stated"], *rows["_recomputed"].dropna()] or [0.0]
        lo, hi = min(0.0, *values), max(values)
        span = max(hi - lo, 1.0)
        for i, row in rows.iterrows():
            y = len(rows) - 1 - i
            bad = row["verdict"] == "inconsistent"
            colour = style.INCONSISTENT if bad else style.UNASSESSED
            if row["verdict"] == "consistent":
                colour = style.CONSISTENT
            stated, recomputed = row["_stated"], row["_recomputed"]
            if bad:
                ax.axhspan(y - 0.45, y + 0.45, color=style.INCONSISTENT, alpha=0.07, lw=0)
            if recomputed is not None and not pd.isna(recomputed):
                ax.plot(
                    [stated, recomputed],
                    [y, y],
                    color=colour,
                    lw=3 if bad else 1.5,
                    alpha=0.55,
                    solid_capstyle="butt",
                )
                ax.plot(
                    recomputed, y, marker="D", ms=8, mfc="white", mec=colour, mew=1.8, ls="none"
                )
                left = recomputed <= stated
                ax.annotate(
                    f"推算 {cell(row, 'recomputed')}",
                    (recomputed, y),
                    xytext=(-9 if left else 9, 0),
                    textcoords="offset points",
                    ha="right" if left else "left",
                    va="center",
                    fontsize=8.5,
                    color=colour,
                    path_effects=style.HALO,
                )
            else:
                left = False
            ax.plot(stated, y, marker="o", ms=8, color=colour, ls="none")
            ax.annotate(
                f"所述 {cell(row, 'stated')}",
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
        ax.set_xlim(lo - span * 0.25, hi + span * 0.25)
        ax.xaxis.grid(True)
        ax.set_xlabel("增长率（%）")
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        years = sorted({p for v in rows["period"] for p in str(v).replace("..", " ").split()})
        period = f"{years[0][:4]}—{years[-1][:4]}年" if years else "—"
        style.frame(
            fig,
            title,
            f"指标：所述增速（●）与按水平值推算的增速（◇），%｜地点：{meta.place_label}｜"
            f"时期：{period}",
            meta.source,
        )
    return fig
