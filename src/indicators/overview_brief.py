"""The overview brief of a batch: one self-contained HTML file in Chinese.

It shows, by report, what was found (claims, relations, inconsistencies, the worst finding,
the error of a report that failed); across places, one indicator's level, growth and target
side by side; across years, each target against the actual of the next year's report. The
rendering follows the single-report brief (:mod:`indicators.brief_html`): the same style
sheet, Jinja2 autoescaping of every report text, images and a subset font as ``data:`` URIs,
and a Content-Security-Policy that forbids any network request.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ._version import __version__
from .brief_html import BriefFigure, _png_size, font_face, template_environment
from .outcomes import MEASURE_LABELS, VERDICT_LABELS

OVERVIEW_TEMPLATE = "overview.html.j2"


@dataclass
class PlaceComparison:
    """One indicator across places: its profile table and its chart."""

    profile: pd.DataFrame
    figure: BriefFigure


@dataclass
class OverviewContent:
    """Everything the overview brief shows."""

    title: str
    overview: pd.DataFrame
    outcomes: pd.DataFrame
    comparisons: list[PlaceComparison] = field(default_factory=list)
    targets_figure: BriefFigure | None = None
    font_path: Path | None = None


def _text(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def _int(value: object) -> int:
    text = _text(value)
    return int(text) if text.isdigit() else 0


def _figure(fig: BriefFigure | None) -> dict[str, object] | None:
    if fig is None:
        return None
    width, height = _png_size(fig.png)
    return {
        "caption": fig.caption,
        "data": base64.b64encode(fig.png).decode("ascii"),
        "width": width,
        "height": height,
    }


def _target_text(row: pd.Series) -> str:
    parts = []
    if _text(row.get("target_growth_pct")):
        parts.append(f"增长 {row['target_growth_pct']}%{_text(row.get('target_qualifier'))}")
    if _text(row.get("target_level")):
        parts.append(f"{row['target_level']} {_text(row.get('unit'))}")
    return f"{row['target_year']} 年：" + "，".join(parts) if parts else ""


def overview_title(overview: pd.DataFrame) -> str:
    """A title naming the places and years of a batch.

    Examples
    --------
    >>> t = pd.DataFrame({"place": ["石门镇", "河口镇", ""], "year": ["2022", "2023", ""]})
    >>> overview_title(t)
    '石门镇、河口镇 2022—2023 年政府工作报告'
    >>> overview_title(pd.DataFrame({"place": ["石门镇"], "year": ["2023"]}))
    '石门镇 2023 年政府工作报告'
    """
    places = list(dict.fromkeys(p for p in overview["place"].map(_text) if p))
    years = sorted({y for y in overview["year"].map(_text) if y})
    who = "、".join(places) if len(places) <= 4 else f"{'、'.join(places[:3])}等 {len(places)} 地"
    when = f"{years[0]}—{years[-1]} 年" if len(years) > 1 else (f"{years[0]} 年" if years else "")
    return f"{who} {when}政府工作报告".strip() if who or when else "政府工作报告"


def render_overview(content: OverviewContent) -> str:
    """Render the overview brief as one HTML document.

    Parameters
    ----------
    content
        The overview and targets-vs-outcomes tables, the comparisons and their charts.

    Returns
    -------
    str
        The HTML text; report text in it is escaped.

    Examples
    --------
    >>> overview = pd.DataFrame({"report": ["a<script>.txt"], "place": ["石门镇"],
    ...     "year": ["2023"], "claims_found": ["12"], "relations_checked": ["5"],
    ...     "inconsistent": ["1"], "not_assessable": ["0"], "worst_finding": ["合计不符"],
    ...     "worst_location": ["第 7 行"], "error": [""]})
    >>> html = render_overview(OverviewContent("测试", overview, pd.DataFrame()))
    >>> "<script>" in html, "a&lt;script&gt;.txt" in html
    (False, True)
    """
    env = template_environment()
    overview = content.overview
    reports = [{k: _text(v) for k, v in row.items()} for _, row in overview.iterrows()]
    outcomes = []
    for _, row in content.outcomes.iterrows():
        item = {k: _text(v) for k, v in row.items()}
        item["verdict_label"] = VERDICT_LABELS.get(item.get("verdict", ""), item.get("verdict"))
        item["measure"] = MEASURE_LABELS.get(item.get("measure", ""), item.get("measure", ""))
        item["certain"] = item.get("certain") != "false"
        for key in ("unit", "actual_unit"):
            unit = item.get(key, "")
            item[f"{key}_text"] = unit if unit in ("%", "") else f" {unit}"
        if item.get("margin"):
            item["margin"] = f"{item['margin']} {item.get('margin_unit', '')}".strip()
        outcomes.append(item)
    verdicts = content.outcomes["verdict"].tolist() if "verdict" in content.outcomes else []
    summary = {
        "reports": len(overview),
        "failed": sum(bool(r.get("error")) for r in reports),
        "claims": sum(_int(r.get("claims_found")) for r in reports),
        "relations": sum(_int(r.get("relations_checked")) for r in reports),
        "inconsistent": sum(_int(r.get("inconsistent")) for r in reports),
        "outcomes": len(outcomes),
        "missed": verdicts.count("missed"),
    }
    profiles = []
    for comparison in content.comparisons:
        rows = []
        for _, row in comparison.profile.iterrows():
            item = {k: _text(v) for k, v in row.items()}
            item["target"] = _target_text(row)
            rows.append(item)
        profiles.append({"figure": _figure(comparison.figure), "rows": rows})
    places = "、".join(dict.fromkeys(r["place"] for r in reports if r.get("place")))
    years = "、".join(sorted({r["year"] for r in reports if r.get("year")}))
    context = {
        "c": content,
        "s": summary,
        "reports": reports,
        "outcomes": outcomes,
        "profiles": profiles,
        "targets_figure": _figure(content.targets_figure),
        "places": places,
        "years": years,
        "version": __version__,
        "font_face": None,
    }
    html = env.get_template(OVERVIEW_TEMPLATE).render(**context)
    if content.font_path is not None:
        context["font_face"] = font_face(content.font_path, html)
        html = env.get_template(OVERVIEW_TEMPLATE).render(**context)
    return html


def source_line(overview: pd.DataFrame) -> str:
    """The charts' source line: the reports the figures come from.

    Examples
    --------
    >>> t = pd.DataFrame({"report": ["d/a.txt", "d/b.txt"], "place": ["石门镇", "河口镇"],
    ...     "year": ["2022", "2023"], "error": ["", ""]})
    >>> source_line(t)
    '资料来源：石门镇、河口镇 2022—2023 年政府工作报告（a.txt、b.txt），indicators 自动提取与核算'
    """
    ok = overview[overview["error"].map(_text) == ""]
    names = [Path(r).name for r in ok["report"].map(_text)]
    listed = "、".join(names) if len(names) <= 4 else f"{'、'.join(names[:3])}等 {len(names)} 份"
    return f"资料来源：{overview_title(ok)}（{listed}），indicators 自动提取与核算"


def build_overview(
    overview: pd.DataFrame,
    outcomes: pd.DataFrame,
    profiles: list[pd.DataFrame],
    font_path: Path | None = None,
) -> tuple[OverviewContent, dict[str, bytes]]:
    """Draw the charts and assemble the overview brief's content.

    Parameters
    ----------
    overview
        The overview table (one row per report).
    outcomes
        The targets-vs-outcomes table.
    profiles
        Place profiles (:func:`indicators.across_places.place_profile`), one per indicator.
    font_path
        Font embedded (as a subset) in the HTML; ``None`` leaves the reader's fonts.

    Returns
    -------
    tuple
        The content, and the chart files by name (``places-1.png``, ``targets.svg`` ...).
    """
    from .charts import figure_bytes
    from .charts.batch_charts import places_chart, targets_chart

    source = source_line(overview)
    files: dict[str, bytes] = {}
    comparisons = []
    for number, profile in enumerate(profiles, start=1):
        fig = places_chart(profile, source)
        png = figure_bytes(fig, "png")
        files[f"places-{number}.png"] = png
        files[f"places-{number}.svg"] = figure_bytes(fig, "svg")
        comparisons.append(PlaceComparison(profile, BriefFigure(fig.get_label(), png)))
    targets_figure = None
    if not outcomes.empty:
        fig = targets_chart(outcomes, source)
        png = figure_bytes(fig, "png")
        files["targets.png"] = png
        files["targets.svg"] = figure_bytes(fig, "svg")
        targets_figure = BriefFigure(fig.get_label(), png)
    content = OverviewContent(
        title=overview_title(overview),
        overview=overview,
        outcomes=outcomes,
        comparisons=comparisons,
        targets_figure=targets_figure,
        font_path=font_path,
    )
    return content, files
