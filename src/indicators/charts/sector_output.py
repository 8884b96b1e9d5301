"""Chart (c): output by sector, from the derived previous year through the current year to
the target year."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from ..printed import cell
from ..vocabulary import Indicator, load_vocabulary
from . import style
from .meta import ChartMeta, number

_PART_COLOURS = ["#0072B2", "#56B4E9", "#009E73", "#CC79A7", "#F0E442", "#000000"]
_KIND_LABEL = {"derived": "推算", "actual": "实际", "target": "目标"}


def _pick_total(series: pd.DataFrame, vocabulary: dict[str, Indicator]):
    """The output total with the most component levels in the series, and its components."""
    best = None
    for name, entry in vocabulary.items():
        if not entry.components:
            continue
        present = [c for c in entry.components if (series["indicator"] == c).any()]
        score = (len(present), (series["indicator"] == name).any())
        if present and (best is None or score > best[0]):
            best = (score, name, entry.components)
    return (best[1], best[2]) if best else (None, ())


def sector_output_chart(
    series: pd.DataFrame,
    components: pd.DataFrame,
    meta: ChartMeta,
    vocabulary: dict[str, Indicator] | None = None,
) -> Figure:
    """Stacked bars of a total's components by year: derived, actual and target levels, with
    the part of a target the report leaves to the components it does not target.

    Parameters
    ----------
    series
        From :func:`indicators.series.build_series`.
    components
        From :func:`indicators.targets.implied_components`.
    meta
        Place, source and years.
    vocabulary
        Indicator vocabulary (which components make which total); the packaged one by default.

    Examples
    --------
    >>> series = pd.DataFrame({"group": ["output"] * 3, "indicator": ["工农业总产值", "工业总产值",
    ...     "农业总产值"], "year": ["2022"] * 3, "kind": ["actual"] * 3,
    ...     "value": ["45.6", "38.1", "7.5"], "unit": ["亿元"] * 3})
    >>> fig = sector_output_chart(series, pd.DataFrame(), ChartMeta("某镇", "资料来源：测试"))
    >>> fig.get_label()
    '2022年工农业总产值45.6亿元，其中工业总产值占83.6%'
    """
    vocabulary = vocabulary if vocabulary is not None else load_vocabulary()
    output = series[series["group"] == "output"] if "group" in series else series
    total, parts = _pick_total(output, vocabulary)
    with style.chart_style():
        fig = style.new_figure(8, 5.4)
        ax = fig.add_subplot()
        if total is None:
            style.no_data(ax, "报告未给出分行业产值")
            style.frame(fig, "报告未给出分行业产值", f"地点：{meta.place_label}", meta.source)
            return fig
        rows = output[output["indicator"].isin([total, *parts])]
        unit = rows["unit"].mode().iloc[0] if not rows.empty else ""
        rows = rows[rows["unit"] == unit]
        years = sorted(rows["year"].unique(), key=int)
        residual = None
        if not components.empty:
            match = components[
                (components["whole"] == total) & (components["relation"] == "components")
            ]
            if not match.empty:
                residual = match.iloc[0]
                if residual["target_year"] not in years:
                    years.append(residual["target_year"])
        x_labels = []
        for x, year in enumerate(years):
            in_year = rows[rows["year"] == year]
            kinds = set(in_year["kind"])
            bottom = 0.0
            for colour, part in zip(_PART_COLOURS, parts, strict=False):
                hit = in_year[in_year["indicator"] == part]
                if hit.empty:
                    continue
                r = hit.iloc[0]
                value = number(r["value"])
                if value is None:
                    continue
                _segment(ax, x, bottom, value, colour, r["kind"], f"{part}\n{r['value']}")
                bottom += value
            if residual is not None and residual["target_year"] == year:
                value = number(residual["residual_target"])
                if value is not None and value > 0:
                    label = (
                        f"{residual['left_out']}\n合计 {residual['residual_target']}（目标隐含）"
                    )
                    _segment(ax, x, bottom, value, "#BBBBBB", "implied", label)
                    bottom += value
            hit = in_year[in_year["indicator"] == total]
            if not hit.empty and number(hit.iloc[0]["value"]) is not None:
                r = hit.iloc[0]
                value = number(r["value"])
                ax.plot([x - 0.36, x + 0.36], [value, value], color=style.INK, lw=1.6)
                ax.annotate(
                    f"{total} {r['value']}",
                    (x, max(value, bottom)),
                    xytext=(0, 5),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=8.5,
                    color=style.INK,
                )
                kinds.add(r["kind"])
            kind = "target" if "target" in kinds else "actual" if "actual" in kinds else "derived"
            x_labels.append(f"{year}年\n（{_KIND_LABEL[kind]}）")
        ax.set_xticks(range(len(years)), x_labels)
        ax.set_xlim(-0.6, len(years) - 0.4)
        ax.set_ylabel(unit)
        ax.yaxis.grid(True)
        ax.margins(y=0.12)
        title = _finding(total, parts, rows, residual, unit)
        span = f"{years[0]}—{years[-1]}年" if years else "—"
        style.frame(
            fig,
            title,
            f"指标：{total}及其构成（{unit}；斜线为推算值，灰色为目标隐含）｜地点：{meta.place_label}"
            f"｜时期：{span}",
            meta.source,
        )
    return fig


def _segment(ax, x: int, bottom: float, value: float, colour: str, kind: str, label: str) -> None:
    if kind == "derived":
        ax.bar(
            x,
            value,
            0.62,
            bottom=bottom,
            color="white",
            edgecolor=colour,
            hatch=style.DERIVED_HATCH,
            linewidth=1.2,
        )
    elif kind == "implied":
        ax.bar(
            x,
            value,
            0.62,
            bottom=bottom,
            color="#EEEEEE",
            edgecolor="#888888",
            hatch="..",
            linewidth=1.0,
            linestyle="--",
        )
    else:
        ax.bar(x, value, 0.62, bottom=bottom, color=colour, edgecolor="white", linewidth=0.8)
    filled = kind in ("actual", "target")
    dark = filled and colour in ("#0072B2", "#009E73", "#000000", "#CC79A7")
    backing = (
        None
        if filled
        else {"boxstyle": "round,pad=0.25", "fc": "white", "ec": "none", "alpha": 0.85}
    )
    ax.text(
        x,
        bottom + value / 2,
        label,
        ha="center",
        va="center",
        fontsize=8,
        color="white" if dark else style.INK,
        linespacing=1.15,
        bbox=backing,
    )


def _finding(total, parts, rows, residual, unit) -> str:
    if residual is not None and cell(residual, "implied_growth_pct"):
        g = number(residual["implied_growth_pct"])
        verb = "下降" if g is not None and g < 0 else "增长"
        return (
            f"{residual['target_year']}年目标隐含{residual['left_out']}合计"
            f"{verb}{abs(g or 0):.2f}%（由{residual['residual_current']}降至"
            f"{residual['residual_target']}{unit}）".replace(
                "降至", "降至" if verb == "下降" else "增至"
            )
        )
    actual = rows[rows["kind"] == "actual"]
    if actual.empty:
        return f"{total}构成"
    year = max(actual["year"], key=int)
    in_year = actual[actual["year"] == year]
    whole = in_year[in_year["indicator"] == total]
    present = in_year[in_year["indicator"].isin(parts)].copy()
    present["_v"] = present["value"].map(number)
    if whole.empty or present.empty:
        return f"{year}年{total}构成"
    top = present.sort_values("_v", ascending=False).iloc[0]
    share = top["_v"] / number(whole.iloc[0]["value"]) * 100
    return f"{year}年{total}{whole.iloc[0]['value']}{unit}，其中{top['indicator']}占{share:.1f}%"
