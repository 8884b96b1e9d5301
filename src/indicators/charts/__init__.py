"""Publishable charts of a report's claims, checks and series.

Each chart function takes tables (claims, checks, derived values, series, target projections)
and returns a :class:`matplotlib.figure.Figure`; :func:`save_figure` writes it as PNG and SVG.
"""

from .fonts import file_families, packaged_font_path, screen_families
from .style import chart_style, figure_bytes, save_figure, strict_glyphs

__all__ = [
    "chart_style",
    "figure_bytes",
    "file_families",
    "packaged_font_path",
    "save_figure",
    "screen_families",
    "strict_glyphs",
]
