"""Chart (e): tax and investment by year, derived values drawn as derived."""

from __future__ import annotations

import itertools

import pandas as pd
from matplotlib.figure import Figure

from ..printed import cell
from ..series import load_groups
from . import style
from .meta import ChartMeta, number

_GROUPS = ("tax", "investment")
_LINE_COLOURS = ["#0072B2", "#CC79A7", "#009E73"]
_MARKER = {"actual": "o", "derived": "o", "target": "s"}


def _sentence(rows: pd.DataFrame, label: str) -> str:
    """The finding of one group: the latest printed growth, then the target."""
    for indicator in dict.fromkeys(rows["indicator"]):
        own = rows[rows["indicator"] == indicator]
        parts = []
        grown = own[(own["kind"] != "target") & (own["growth_pct"] != "")]
        if not grown.empty:
            r = grown.iloc[-1]
            g = number(r["growth_pct"])
            verb = "下降" if g is not None and g < 0 else "增长"
            level = f"{r['value']}{r['unit']}，" if r["kind"] == "actual" and r["value"] else ""
            parts.append(f"{r['year']}年{indicator}{level}{verb}{abs(g or 0):g}%")
        target = own[(own["kind"] == "target") & (own["value"] != "")]
        if not target.empty:
            t = target.iloc[-1]
            name = "" if parts else indicator
            growth = f"（增长{t['growth_pct']}%）" if t["growth_pct"] else ""
            parts.append(f"{name}{t['year']}年目标{t['value']}{t['unit']}{growth}")
        if parts:
            return "，".join(parts)
    return f"报告未给出{label}的水平或增速"


def tax_investment_chart(series: pd.DataFrame, meta: ChartMeta) -> Figure:
    """Two panels, tax and investment: each indicator by year, printed values as filled
    markers on solid lines, derived values as hollow markers on dashed lines, targets as
    squares; every point labelled with its value and kind.

    Parameters
    ----------
    series
        From :func:`indicators.series.build_series`.
    meta
        Place, source and years.

    Examples
    --------
    >>> series = pd.DataFrame({"group": ["tax"] * 2, "indicator": ["税收收入"] * 2,
    ...     "year": ["2021", "2022"], "kind": ["derived", "actual"], "value": ["5.1", "5.4"],
    ...     "unit": ["亿元"] * 2, "growth_pct": ["", "5.9"]})
    >>> tax_investment_chart(series, ChartMeta("某镇", "资料来源：测试")).get_label()
    '2022年税收收入5.4亿元，增长5.9%；报告未给出投资的水平或增速'
    """
    labels = {g.key: g.label for g in load_groups()}
    with style.chart_style():
        fig = style.new_figure(8, 4.9)
        axes = fig.subplots(1, 2)
        sentences = []
        years_all: list[int] = []
        for ax, key in zip(axes, _GROUPS, strict=True):
            rows = series[series["group"] == key]
            sentences.append(_sentence(rows, labels.get(key, key)))
            years_all += [int(y) for y in rows["year"]]
            _panel(ax, rows, labels.get(key, key))
        span = f"{min(years_all)}—{max(years_all)}年" if years_all else "—"
        units = "、".join(dict.fromkeys(u for u in series.get("unit", []) if u)) or "—"
        style.frame(
            fig,
            "；".join(sentences),
            f"指标：税收与投资（{units}；空心点与虚线为推算值，方块为目标）｜"
            f"地点：{meta.place_label}｜时期：{span}",
            meta.source,
        )
    return fig


def _panel(ax, rows: pd.DataFrame, label: str) -> None:
    ax.set_title(label, loc="left", fontsize=10.5)
    levels = rows[rows["value"].map(number).notna()]
    if levels.empty:
        growth = rows[rows["growth_pct"] != ""]
        text = "报告未给出水平值" + (
            "".join(
                f"\n{r['year']}年{r['indicator']}增长{r['growth_pct']}%"
                for _, r in growth.iterrows()
            )
        )
        style.no_data(ax, text, fontsize=9)
        return
    years = sorted({int(y) for y in levels["year"]})
    top = 0.0
    for colour, indicator in zip(_LINE_COLOURS, dict.fromkeys(levels["indicator"]), strict=False):
        own = levels[levels["indicator"] == indicator].copy()
        own["px"] = own["year"].astype(int)
        own["py"] = own["value"].map(number)
        own = own.sort_values("px", kind="stable").drop_duplicates("px")
        pts = list(own.itertuples())
        for a, b in itertools.pairwise(pts):
            dashed = "derived" in (a.kind, b.kind) or b.kind == "target"
            ax.plot(
                [a.px, b.px],
                [a.py, b.py],
                color=colour,
                lw=1.8,
                ls=(0, (4, 2.5)) if dashed else "-",
            )
        for p in pts:
            hollow = p.kind == "derived"
            ax.plot(
                p.px,
                p.py,
                marker=_MARKER.get(p.kind, "o"),
                ms=7.5,
                ls="none",
                mfc="white" if hollow else colour,
                mec=colour,
                mew=1.8,
            )
            tag = {"derived": "（推算）", "target": "（目标）"}.get(p.kind, "")
            ax.annotate(
                f"{p.value}{tag}",
                (p.px, p.py),
                xytext=(0, 8),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=8,
                color=style.INK,
                path_effects=style.HALO,
            )
            top = max(top, p.py)
        last = pts[-1]
        ax.annotate(
            f"{indicator}",
            (last.px, last.py),
            xytext=(0, -10),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=8.5,
            color=colour,
            path_effects=style.HALO,
        )
    unit = cell(levels.iloc[0], "unit")
    ax.set_xticks(years, [f"{y}年" for y in years])
    ax.set_xlim(min(years) - 0.6, max(years) + 0.6)
    ax.set_ylim(0, top * 1.25)
    ax.set_ylabel(unit)
    ax.yaxis.grid(True)
