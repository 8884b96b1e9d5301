"""indicators: check the numbers of Chinese government work reports.

Examples
--------
>>> from indicators import load_report, default_report
>>> report = load_report(default_report())
>>> report.plan_year
2021
"""

from ._version import __version__
from .cleaning import Comment, Paragraph, Report, load_report, parse_text
from .errors import InputError
from .paths import default_report

__all__ = [
    "Comment",
    "InputError",
    "Paragraph",
    "Report",
    "__version__",
    "default_report",
    "load_report",
    "parse_text",
]
