"""Chart (a): each target against the current level, with stated and implied growth."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from ..checkvocab import load_check_vocabulary
from ..printed import cell
from . import style
from .meta import ChartMeta, number


def _finding(rows: pd.DataFrame) -> str:
    inconsistent = rows[rows["consistent"] == "False"]
    judged = rows[rows["consistent"].isin(["True", "False"])]
    if inconsistent.empty:
        if judged.empty:
            projected = rows[rows["level_at_stated"] != ""]
            if projected.empty:
                return f"{len(rows)}项目标均无法与当前水平核对增速"
            first = projected.iloc[0]
            return (
                f"{len(rows)}项目标无法核对增速；按所述增速，{first['name']}"
                f"{first['target_year']}年应达{first['level_at_stated']}{first['unit']}"
            )
        return f"{len(judged)}项目标的增速与当前水平、目标水平一致"
    gaps = inconsistent.assign(_g=inconsistent["gap_pct_points"].map(number).abs())
    worst = gaps.sort_values("_g", ascending=False, kind="stable").iloc[0]
    lead = (
        f"{len(inconsistent)}项目标的所述增速与水平值不符"
        if len(inconsistent) > 1
        else ("目标的所述增速与水平值不符")
    )
    implied, stated = number(worst["implied_growth_pct"]), number(worst["stated_growth_pct"])
    than = "高于" if implied is not None and stated is not None and implied > stated else "低于"
    if implied is None or stated is None:
        than = "不同于"  # no rate to compare on one side: say only that they differ
    return (
        f"{lead}：{worst['name']}目标{worst['target']}{worst['unit']}比"
        f"{worst['base_year']}年增长{worst['implied_growth_pct']}%，{than}所述的"
        f"{worst['stated_growth_pct']}%"
    )


def _growth_text(row: pd.Series) -> str:
    stated, implied = cell(row, "stated_growth_pct"), cell(row, "implied_growth_pct")
    parts = []
    if stated:
        parts.append(f"所述增长{stated}%")
    floor = "at_least" in load_check_vocabulary().rules(cell(row, "qualifier"))
    if implied and cell(row, "current_kind") == "actual" and floor and implied.startswith("-"):
        parts.append("目标为下限，低于当前水平")  # 粮食总产量15万吨以上 after 15.26: a floor
    elif implied and cell(row, "current_kind") == "actual":
        parts.append(f"隐含增长{implied}%")
    mark = {"False": "× 不一致", "True": "✓ 一致"}.get(cell(row, "consistent"), "")
    if mark:
        parts.append(mark)
    elif cell(row, "current_kind") == "derived":
        parts.append("基数为推算值")
    return "\n".join(parts)


def target_levels_chart(projections: pd.DataFrame, meta: ChartMeta) -> Figure:
    """Bars of the current level and the target of every level target, labelled with their
    values, the stated and the implied growth.

    Parameters
    ----------
    projections
        From :func:`indicators.targets.project_targets`.
    meta
        Place, source and years (:class:`~indicators.charts.meta.ChartMeta`).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> proj = pd.DataFrame({"indicator": ["工业总产值"], "name": ["工业总产值"],
    ...     "unit": ["亿元"], "base_year": ["2022"], "target_year": ["2023"],
    ...     "current": ["38.1"], "current_kind": ["actual"], "target": ["42.5"],
    ...     "stated_growth_pct": ["8"], "implied_growth_pct": ["11.55"],
    ...     "gap_pct_points": ["-3.55"], "level_at_stated": ["41.1"], "consistent": ["False"]})
    >>> fig = target_levels_chart(proj, ChartMeta("某镇", "资料来源：测试", 2022, 2023))
    >>> fig.get_label()
    '目标的所述增速与水平值不符：工业总产值目标42.5亿元比2022年增长11.55%，高于所述的8%'
    """
    rows = projections[
        projections["target"].map(number).notna()
        | projections["level_at_stated"].map(number).notna()
    ]
    planned = rows[rows["target_year"] == str(meta.plan_year)]
    if not planned.empty:  # the year planned, not 到2025年 nor last year's targets quoted
        rows = planned
    rows = rows.reset_index(drop=True)
    with style.chart_style():
        units = list(dict.fromkeys(rows["unit"])) or [""]
        counts = [max(int((rows["unit"] == u).sum()), 1) for u in units]
        fig = style.new_figure(8, 1.9 + 0.95 * sum(counts) + 0.5 * len(units))
        axes = fig.subplots(len(units), 1, squeeze=False, height_ratios=counts)[:, 0]
        for ax, unit in zip(axes, units, strict=True):
            if not rows.empty:
                _draw_unit(ax, rows[rows["unit"] == unit].reset_index(drop=True), unit)
        if rows.empty:
            style.no_data(axes[0], "报告未列出带水平值的目标")
        base = rows["base_year"].iloc[0] if not rows.empty else str(meta.review_year or "")
        year = rows["target_year"].iloc[0] if not rows.empty else str(meta.plan_year or "")
        title = _finding(rows) if not rows.empty else "报告未列出带水平值的目标"
        unit_text = "、".join(u for u in units if u) or "—"
        style.frame(
            fig,
            title,
            f"指标：目标与当前水平（{unit_text}）｜地点：{meta.place_label}｜时期：{base}年实际，"
            f"{year}年目标",
            meta.source,
        )
    return fig


def _draw_unit(ax, rows: pd.DataFrame, unit: str) -> None:
    height = 0.36
    top = max(
        max((number(v) or 0) for v in rows["current"]),
        max((number(v) or 0) for v in rows["target"]),
        max((number(v) or 0) for v in rows["level_at_stated"]),
        1e-9,
    )
    for i, row in rows.iterrows():
        y = len(rows) - 1 - i
        current, target = number(row["current"]), number(row["target"])
        derived = row["current_kind"] == "derived"
        if current is not None:
            ax.barh(
                y + height / 2,
                current,
                height,
                color="white" if derived else style.ACTUAL,
                edgecolor=style.DERIVED if derived else style.ACTUAL,
                hatch=style.DERIVED_HATCH if derived else None,
                linewidth=1,
            )
            label = f" {row['base_year']}年{'（推算）' if derived else ' '}{row['current']}"
            ax.text(
                current,
                y + height / 2,
                label,
                va="center",
                ha="left",
                fontsize=8.5,
                color=style.INK,
            )
        stated_level = number(row["level_at_stated"])
        if target is not None:
            ax.barh(y - height / 2, target, height, color=style.TARGET, edgecolor=style.TARGET)
            marked = stated_level if row["consistent"] == "False" and stated_level else 0
            ax.text(
                max(target, marked),
                y - height / 2,
                f" {row['target_year']}年目标 {row['target']}",
                va="center",
                ha="left",
                fontsize=8.5,
                color=style.INK,
            )
        if stated_level is not None and row["consistent"] == "False":
            ax.plot(
                [stated_level, stated_level],
                [y - height, y],
                color=style.INCONSISTENT,
                linewidth=1.6,
                linestyle=(0, (2, 1.5)),
            )
            ax.text(
                stated_level,
                y - height - 0.04,
                f"按所述增速 {row['level_at_stated']}",
                va="top",
                ha="center",
                fontsize=7.5,
                color=style.INCONSISTENT,
            )
        elif target is None and stated_level is not None:
            ax.barh(
                y - height / 2,
                stated_level,
                height,
                color="white",
                edgecolor=style.TARGET,
                linestyle="--",
                linewidth=1.2,
            )
            ax.text(
                stated_level,
                y - height / 2,
                f" 按目标增速 {row['level_at_stated']}",
                va="center",
                ha="left",
                fontsize=8.5,
                color=style.INK,
            )
        colour = style.INCONSISTENT if row["consistent"] == "False" else style.INK
        ax.text(
            1.03,
            y,
            _growth_text(row),
            va="center",
            ha="left",
            fontsize=8.5,
            color=colour,
            linespacing=1.4,
            transform=ax.get_yaxis_transform(),
            clip_on=False,
        )
    ax.set_yticks(range(len(rows)), list(rows["name"])[::-1])
    ax.set_ylim(-0.75, len(rows) - 0.25)
    ax.set_xlim(0, top * 1.45)
    ax.set_xlabel(unit)
    ax.xaxis.grid(True)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
