"""Charts of a batch: one indicator across places, and targets against next year's actuals.

* :func:`places_chart`: for one indicator, each place's level, growth and next year's target
  growth in three panels that share the places, so a place reads across one row.
* :func:`targets_chart`: every target of one year against the actual the next year's report
  states; growth targets as target and actual on one line (percentage), level targets as the
  share of the target achieved (100% = met). The verdict is printed next to each row, and
  marked by shape as well as colour.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from . import style
from .meta import number

#: Most rows a chart shows (the largest shortfalls and the largest places first).
MAX_ROWS = 25

_VERDICT_STYLE = {
    "met": (style.CONSISTENT, "o", "达到"),
    "nearly_met": (style.TARGET, "s", "基本达到"),
    "missed": (style.INCONSISTENT, "X", "未达到"),
}


def _empty(fig: Figure, text: str) -> None:
    ax = fig.subplots()
    ax.text(0.5, 0.5, text, ha="center", va="center", color=style.MUTED, transform=ax.transAxes)
    ax.set_axis_off()


def _places_finding(profile: pd.DataFrame, indicator: str) -> str:
    parts = []
    levels = profile.assign(_v=profile["level"].map(number)).dropna(subset=["_v"])
    if not levels.empty:
        top = levels.sort_values("_v", ascending=False, kind="stable").iloc[0]
        parts.append(f"{top['place']}总量最大（{top['level']}{top['unit']}）")
    growth = profile.assign(_v=profile["growth_pct"].map(number)).dropna(subset=["_v"])
    if len(growth) > 1:
        fast = growth.sort_values("_v", ascending=False, kind="stable").iloc[0]
        slow = growth.sort_values("_v", kind="stable").iloc[0]
        parts.append(
            f"{fast['place']}增长最快（{fast['growth_pct']}%），{slow['place']}最慢"
            f"（{slow['growth_pct']}%）"
        )
    targets = profile.assign(_v=profile["target_growth_pct"].map(number)).dropna(subset=["_v"])
    if not targets.empty:
        high = targets.sort_values("_v", ascending=False, kind="stable").iloc[0]
        parts.append(f"{high['place']}的目标增速最高（{high['target_growth_pct']}%）")
    return f"{indicator}：" + "，".join(parts) if parts else f"{indicator}：各地未列出可比数字"


def places_chart(profile: pd.DataFrame, source: str) -> Figure:
    """One indicator across places: level, growth and the next year's target growth.

    Parameters
    ----------
    profile
        From :func:`indicators.across_places.place_profile`.
    source
        The source line (names the reports).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> profile = pd.DataFrame({"place": ["石门镇", "河口镇"], "indicator": ["税收收入"] * 2,
    ...     "report": ["a.txt", "b.txt"], "year": ["2022"] * 2, "level": ["2.01", "0.87"],
    ...     "unit": ["亿元"] * 2, "growth_pct": ["4.7", "7.1"], "target_year": ["2023"] * 2,
    ...     "target_level": ["", ""], "target_growth_pct": ["5", "5"],
    ...     "target_qualifier": ["以上", ""], "lines": ["27", "8"]})
    >>> places_chart(profile, "资料来源：测试").get_label()
    '税收收入：石门镇总量最大（2.01亿元），河口镇增长最快（7.1%），石门镇最慢（4.7%），石门镇的目标增速最高（5%）'
    """
    indicator = str(profile["indicator"].iloc[0]) if not profile.empty else "指标"
    shown = profile.assign(_v=profile["level"].map(number).fillna(-1))
    shown = shown.sort_values(["_v", "place"], ascending=[False, True], kind="stable")
    hidden = max(0, len(shown) - MAX_ROWS)
    shown = shown.head(MAX_ROWS).reset_index(drop=True)
    years = sorted(set(shown["year"]))
    unit = next((u for u in shown["unit"] if u), "")
    with style.chart_style():
        fig = style.new_figure(9, 2.2 + 0.42 * max(len(shown), 2))
        if shown.empty:
            _empty(fig, "没有可比的地区")
        else:
            axes = fig.subplots(1, 3, sharey=True)
            labels = [
                f"{r.place}（{r.year}）" if len(years) > 1 else r.place for r in shown.itertuples()
            ]
            ys = list(range(len(shown)))[::-1]
            year = f"{years[0]} 年" if len(years) == 1 else ""
            targets = sorted(set(shown["target_year"]))
            target_year = f"{targets[0]} 年" if len(targets) == 1 else "下一年"
            panels = [
                ("level", f"{year}总量（{unit or '—'}）", style.ACTUAL, ""),
                ("growth_pct", f"{year}增速（%）", style.ACTUAL, "%"),
                ("target_growth_pct", f"{target_year}目标增速（%）", style.TARGET, "%"),
            ]
            for ax, (column, heading, colour, suffix) in zip(axes, panels, strict=True):
                _bars(ax, shown, column, ys, colour, suffix)
                ax.set_title(heading, loc="left", fontsize=9.5, color=style.INK)
            axes[0].set_yticks(ys, labels)
        year_text = "、".join(years) if years else ""
        note = f"；另有 {hidden} 个地区未显示" if hidden else ""
        style.frame(
            fig,
            _places_finding(shown, indicator),
            f"指标：{indicator}｜地点：{len(profile)} 个地区｜时期：{year_text} 年实际，"
            f"下一年目标（各地最新一份报告）{note}",
            source,
        )
    return fig


def _bars(ax, rows: pd.DataFrame, column: str, ys: list[int], colour: str, suffix: str) -> None:
    values = [number(v) for v in rows[column]]
    present = [v for v in values if v is not None]
    span = max([abs(v) for v in present] + [1e-9])
    for y, value, text, qualifier in zip(
        ys, values, rows[column], rows.get("target_qualifier", [""] * len(rows)), strict=True
    ):
        if value is None:
            ax.text(0, y, " 未列出", va="center", ha="left", fontsize=8, color=style.MUTED)
            continue
        target = column == "target_growth_pct"
        ax.barh(
            y,
            value,
            0.6,
            color="white" if target else colour,
            edgecolor=colour,
            hatch="..." if target else None,
            linewidth=1.2,
        )
        label = f" {text}{suffix}{qualifier if target else ''}"
        ax.text(
            value,
            y,
            label,
            va="center",
            ha="left" if value >= 0 else "right",
            fontsize=8.5,
            color=style.INK,
            path_effects=style.HALO,
        )
    ax.axvline(0, color=style.INK, linewidth=0.8)
    if not present:
        ax.set_xticks([])
        ax.set_xlim(0, 1)
        return
    ax.set_xlim(min(0, min(present)) * 1.35, span * 1.45)
    ax.tick_params(axis="x", labelsize=8)


def _targets_finding(outcomes: pd.DataFrame) -> str:
    judged = outcomes[outcomes["verdict"].isin(list(_VERDICT_STYLE))]
    if judged.empty:
        return "没有可与下一年实际数对照的目标"
    counts = judged["verdict"].value_counts()
    parts = [f"{counts.get(v, 0)} 项{label}" for v, (_, _, label) in _VERDICT_STYLE.items()]
    years = sorted(set(judged["year"]))
    head = f"{'、'.join(years)} 年 {len(judged)} 项目标中 " + "、".join(parts)
    missed = judged[judged["verdict"] == "missed"]
    growth = missed[missed["measure"] == "growth"]
    if not growth.empty:
        worst = growth.assign(_g=growth["margin"].map(number)).sort_values("_g", kind="stable")
        w = worst.iloc[0]
        gap = w["margin"].lstrip("-")
        head += f"；差距最大：{w['place']}{w['indicator']}增速低于目标 {gap} 个百分点"
    return head


def _row_label(row: pd.Series) -> str:
    return f"{row['place']} {row['indicator']}"


def targets_chart(outcomes: pd.DataFrame, source: str) -> Figure:
    """Targets of one year against the next year's actuals, by place and indicator.

    Parameters
    ----------
    outcomes
        The targets-vs-outcomes table (:data:`indicators.outcomes.OUTCOME_COLUMNS`).
    source
        The source line (names the reports).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> t = pd.DataFrame({"place": ["石门镇", "石门镇"], "indicator": ["税收收入"] * 2,
    ...     "year": ["2022"] * 2, "measure": ["growth", "level"], "target": ["6", "2.04"],
    ...     "actual": ["4.7", "2.01"], "unit": ["%", "亿元"], "verdict": ["missed"] * 2,
    ...     "margin": ["-1.3", "-0.03"], "completion_pct": ["", "98.5"]})
    >>> fig = targets_chart(t, "资料来源：测试")
    >>> print(fig.get_label().replace("；", "\\n"))
    2022 年 2 项目标中 0 项达到、0 项基本达到、2 项未达到
    差距最大：石门镇税收收入增速低于目标 1.3 个百分点
    """
    judged = outcomes[outcomes["verdict"].isin(list(_VERDICT_STYLE))].copy()
    judged["_gap"] = judged["margin"].map(number)
    growth = judged[judged["measure"] == "growth"].sort_values("_gap", kind="stable")
    levels = judged[judged["measure"] != "growth"].copy()
    levels["_done"] = levels["completion_pct"].map(number)
    levels = levels.dropna(subset=["_done"]).sort_values("_done", kind="stable")
    hidden = max(0, len(growth) - MAX_ROWS) + max(0, len(levels) - MAX_ROWS)
    growth, levels = growth.head(MAX_ROWS), levels.head(MAX_ROWS)
    panels = [p for p in (("growth", growth), ("level", levels)) if not p[1].empty]
    with style.chart_style():
        rows = max([len(p[1]) for p in panels] + [2])
        fig = style.new_figure(10 if len(panels) == 2 else 7.5, 2.3 + 0.4 * rows)
        if not panels:
            _empty(fig, "没有可与下一年实际数对照的目标")
        else:
            axes = fig.subplots(1, len(panels), squeeze=False)[0]
            for ax, (kind, rows_) in zip(axes, panels, strict=True):
                if kind == "growth":
                    _growth_panel(ax, rows_.reset_index(drop=True))
                else:
                    _level_panel(ax, rows_.reset_index(drop=True))
        note = f"；另有 {hidden} 项未显示" if hidden else ""
        style.frame(
            fig,
            _targets_finding(outcomes),
            "目标（上一年报告）与实际（下一年报告）｜左：增速目标，◇ 目标、● 实际；"
            f"右：总量目标完成率（实际 ÷ 目标）{note}",
            source,
        )
    return fig


def _verdict_mark(ax, x: float, y: float, verdict: str, label: str, certain: bool) -> None:
    colour, marker, word = _VERDICT_STYLE[verdict]
    word += "" if certain else "（不确定）"
    ax.plot([x], [y], marker=marker, color=colour, markersize=7, linestyle="none", zorder=3)
    ax.text(
        x,
        y + 0.28,
        f"{label} {word}",
        ha="center",
        va="bottom",
        fontsize=7.5,
        color=colour if verdict != "met" else style.INK,
        path_effects=style.HALO,
    )


def _certain(row: object) -> bool:
    return str(getattr(row, "certain", "true")) != "false"


def _growth_panel(ax, rows: pd.DataFrame) -> None:
    ys = list(range(len(rows)))[::-1]
    for y, row in zip(ys, rows.itertuples(), strict=True):
        target, actual = number(row.target), number(row.actual)
        if target is None or actual is None:
            continue
        ax.plot([target, actual], [y, y], color=style.MUTED, linewidth=1.2, zorder=1)
        ax.plot(
            [target],
            [y],
            marker="D",
            markerfacecolor="white",
            markeredgecolor=style.TARGET,
            markersize=7,
            linestyle="none",
            zorder=2,
        )
        ax.text(
            target,
            y - 0.3,
            f"目标 {row.target}%",
            ha="center",
            va="top",
            fontsize=7.5,
            color=style.MUTED,
        )
        _verdict_mark(ax, actual, y, row.verdict, f"{row.actual}%", _certain(row))
    ax.set_yticks(ys, [_row_label(r) for _, r in rows.iterrows()])
    ax.set_ylim(-0.8, len(rows) - 0.2)
    ax.margins(x=0.18)
    ax.set_title("增速目标与实际（%）", loc="left", fontsize=9.5, color=style.INK)


def _level_panel(ax, rows: pd.DataFrame) -> None:
    ys = list(range(len(rows)))[::-1]
    for y, row in zip(ys, rows.itertuples(), strict=True):
        done = number(row.completion_pct)
        if done is None:
            continue
        ax.plot([100, done], [y, y], color=style.MUTED, linewidth=1.2, zorder=1)
        _verdict_mark(ax, done, y, row.verdict, f"{row.completion_pct}%", _certain(row))
    ax.axvline(100, color=style.TARGET, linewidth=1.2, linestyle=(0, (4, 2)))
    ax.text(
        100,
        len(rows) - 0.35,
        "目标 100%",
        ha="center",
        va="bottom",
        fontsize=7.5,
        color=style.TARGET,
    )
    labels = [
        f"{_row_label(r)}（{r['actual']}/{r['target']}{r['unit']}）" for _, r in rows.iterrows()
    ]
    ax.set_yticks(ys, labels)
    ax.set_ylim(-0.8, len(rows) - 0.2)
    ax.margins(x=0.2)
    ax.set_title("总量目标完成率（%）", loc="left", fontsize=9.5, color=style.INK)
