"""Chart (d): the cumulative monthly path to each level target (时序进度 or seasonal)."""

from __future__ import annotations

import math

import pandas as pd
from matplotlib.figure import Figure

from ..printed import cell
from . import style
from .meta import ChartMeta, number

_LABELLED_MONTHS = (3, 6, 9, 12)


def monthly_path_chart(paths: pd.DataFrame, meta: ChartMeta) -> Figure:
    """One small panel per level target: the cumulative level needed by the end of each
    month, labelled at the end of each quarter, against last year's annual level.

    Parameters
    ----------
    paths
        From :func:`indicators.targets.monthly_path`.
    meta
        Place, source and years.

    Examples
    --------
    >>> from indicators.targets import monthly_path
    >>> proj = pd.DataFrame({"indicator": ["工业总产值"], "name": ["工业总产值"],
    ...     "unit": ["亿元"], "target_year": ["2023"], "target": ["42.5"], "current": ["38.1"]})
    >>> fig = monthly_path_chart(monthly_path(proj), ChartMeta("某镇", "资料来源：测试"))
    >>> fig.get_label()
    '按时序进度，2023年上半年须累计完成工业总产值21.25亿元'
    """
    names = list(dict.fromkeys(paths["indicator"]))
    with style.chart_style():
        cols = 1 if len(names) <= 1 else 2
        nrows = max(math.ceil(len(names) / cols), 1)
        fig = style.new_figure(8, 1.6 + 2.5 * nrows)
        axes = fig.subplots(nrows, cols, squeeze=False).ravel()
        for ax, indicator in zip(axes, names, strict=False):
            _panel(ax, paths[paths["indicator"] == indicator].reset_index(drop=True))
        for ax in axes[len(names) :]:
            ax.set_axis_off()
        if not names:
            style.no_data(axes[0], "报告未列出带水平值的目标")
            style.frame(fig, "报告未列出带水平值的目标", f"地点：{meta.place_label}", meta.source)
            return fig
        first = paths[paths["indicator"] == names[0]]
        half = first[first["month"] == "6"].iloc[0]
        basis = cell(half, "basis")
        share = half["share_pct"].rstrip("0").rstrip(".")
        if len(names) > 1:
            title = (
                f"按{basis}，{half['target_year']}年上半年须累计完成{len(names)}项目标的"
                f"{share}%，如{half['name']}{half['required']}{half['unit']}"
            )
        else:
            title = (
                f"按{basis}，{half['target_year']}年上半年须累计完成{half['name']}"
                f"{half['required']}{half['unit']}"
            )
        rule = "第m月末累计完成全年目标的m/12" if basis == "时序进度" else "按季节性分布累计"
        style.frame(
            fig,
            title,
            f"指标：各月末累计须完成值（{rule}）｜地点：{meta.place_label}｜"
            f"时期：{half['target_year']}年1—12月",
            meta.source,
        )
    return fig


def _panel(ax, rows: pd.DataFrame) -> None:
    months = [int(m) for m in rows["month"]]
    values = [number(v) for v in rows["required"]]
    name, unit = rows.loc[0, "name"], rows.loc[0, "unit"]
    ax.plot(months, values, color=style.TARGET, marker="s", ms=4.5, lw=2)
    for month, value, text in zip(months, values, rows["required"], strict=True):
        if month in _LABELLED_MONTHS:
            ax.annotate(
                f"{month}月 {text}",
                (month, value),
                xytext=(-4, 7),
                textcoords="offset points",
                ha="right",
                va="bottom",
                fontsize=7.5,
                color=style.INK,
                path_effects=style.HALO,
            )
    previous = number(rows.loc[0, "previous_year_level"])
    top = max(v for v in values if v is not None)
    if previous is not None:
        ax.axhline(previous, color=style.ACTUAL, lw=1.2, ls=(0, (4, 2)))
        derived = cell(rows.loc[0], "previous_year_kind") == "derived"
        label = f"上年全年{'（推算）' if derived else ' '}{rows.loc[0, 'previous_year_level']}"
        ax.annotate(
            label,
            (1, previous),
            xytext=(0, 3),
            textcoords="offset points",
            ha="left",
            va="bottom",
            fontsize=7.5,
            color=style.ACTUAL,
            path_effects=style.HALO,
        )
        top = max(top, previous)
    ax.set_title(f"{name}（{unit}）", fontsize=10, loc="left")
    ax.set_xticks(range(1, 13), [str(m) for m in range(1, 13)], fontsize=8)
    ax.set_xlim(0.5, 12.5)
    ax.set_ylim(0, top * 1.18)
    ax.set_xlabel("月", fontsize=8.5)
    ax.yaxis.grid(True)
