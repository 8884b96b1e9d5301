"""Publishable charts of a report's claims, checks and series.

Each chart function takes tables (claims, checks, derived values, series, target projections)
and returns a :class:`matplotlib.figure.Figure`; :func:`save_figure` writes it as PNG and SVG.
"""

from .fonts import file_families, packaged_font_path, screen_families
from .growth_checks import growth_checks_chart
from .meta import ChartMeta
from .monthly_path import monthly_path_chart
from .report_charts import CHARTS, report_charts, save_charts
from .sector_output import sector_output_chart
from .style import chart_style, figure_bytes, save_figure, strict_glyphs
from .target_levels import target_levels_chart
from .tax_investment import tax_investment_chart

__all__ = [
    "CHARTS",
    "ChartMeta",
    "chart_style",
    "figure_bytes",
    "file_families",
    "growth_checks_chart",
    "monthly_path_chart",
    "packaged_font_path",
    "report_charts",
    "save_charts",
    "save_figure",
    "screen_families",
    "sector_output_chart",
    "strict_glyphs",
    "target_levels_chart",
    "tax_investment_chart",
]
