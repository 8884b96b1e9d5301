"""indicators: check the numbers of Chinese government work reports.

Examples
--------
>>> from indicators import load_report, default_report
>>> report = load_report(default_report())
>>> report.plan_year
2021
"""

from ._version import __version__
from .checking import check, check_claims, check_report
from .claims import Claim, extract_claims
from .claims_table import claims, claims_table
from .cleaning import Comment, Paragraph, Report, load_report, parse_text
from .errors import InputError
from .paths import default_report

__all__ = [
    "Claim",
    "Comment",
    "InputError",
    "Paragraph",
    "Report",
    "__version__",
    "check",
    "check_claims",
    "check_report",
    "claims",
    "claims_table",
    "default_report",
    "extract_claims",
    "load_report",
    "parse_text",
]
