"""All charts of one report, built from its tables and saved under ``figures/<stem>/``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from ..targets import implied_components, monthly_path, project_targets
from .growth_checks import growth_checks_chart
from .meta import ChartMeta
from .monthly_path import monthly_path_chart
from .sector_output import sector_output_chart
from .style import save_figure
from .target_levels import target_levels_chart
from .tax_investment import tax_investment_chart

#: File names (without extension) and captions of the charts, in the order of the issue.
CHARTS = {
    "a-target-levels": "目标与当前水平：所述增速与隐含增速",
    "b-growth-checks": "所述增速与按水平值推算的增速",
    "c-sector-output": "分行业产值：推算的上年、本年与目标年",
    "d-monthly-path": "实现各项水平目标的逐月累计进度",
    "e-tax-investment": "税收与投资（推算值以空心点、虚线表示）",
}


def report_charts(
    claims: pd.DataFrame,
    checks: pd.DataFrame,
    derived: pd.DataFrame | None,
    series: pd.DataFrame,
    meta: ChartMeta,
    profile: pd.DataFrame | None = None,
) -> dict[str, Figure]:
    """Build every chart of a report, keyed by the names in :data:`CHARTS`.

    Parameters
    ----------
    claims, checks, derived
        The report's tables.
    series
        From :func:`indicators.series.build_series`.
    meta
        Place, source and years.
    profile
        Optional seasonal profile for the monthly path (see
        :func:`indicators.targets.seasonal_shares`).
    """
    projections = project_targets(claims, derived)
    return {
        "a-target-levels": target_levels_chart(projections, meta),
        "b-growth-checks": growth_checks_chart(checks, meta),
        "c-sector-output": sector_output_chart(series, implied_components(claims, derived), meta),
        "d-monthly-path": monthly_path_chart(monthly_path(projections, profile), meta),
        "e-tax-investment": tax_investment_chart(series, meta),
    }


def save_charts(
    figures: dict[str, Figure], out_dir: str | Path, dpi: float = 150
) -> dict[str, dict[str, Path]]:
    """Save each chart as PNG and SVG in ``out_dir``; return the paths by chart and format."""
    return {name: save_figure(fig, out_dir, name, dpi=dpi) for name, fig in figures.items()}
