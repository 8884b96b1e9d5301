"""What a worker process does with one report of a batch, and the compact result it returns.

:func:`process_report` reads one report, builds its tables and returns a
:class:`ReportResult`: the rows of each combined table as CSV text (already prefixed with the
``report``, ``place`` and ``year`` columns), one overview row, and the report's annual facts.
No DataFrame crosses the process boundary, so the parent only appends text and never holds a
report's tables. Any failure is caught and returned as the report's error message.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from .batch_inputs import BatchInput
from .brief_html import reading_key
from .checking import CHECK_COLUMNS, DERIVED_COLUMNS, check_claims
from .claims import extract_claims
from .claims_table import COLUMNS as CLAIM_COLUMNS
from .claims_table import EXTRA_COLUMNS, claim_rows
from .cleaning import load_report
from .errors import InputError
from .facts import Fact, facts_of
from .place import detect_place
from .rows import Row
from .series import SERIES_COLUMNS, series_rows

#: Columns every combined table starts with: which report, its place and its year (the year
#: the report is delivered in and plans for; it reviews the year before).
PREFIX = ["report", "place", "year"]

#: In the combined series table the series' own ``year`` (the year a value is for) is renamed,
#: since ``year`` there is the report's year as in every combined table.
SERIES_YEAR = "series_year"

#: The combined tables of a batch and the columns each report contributes after the prefix.
TABLE_COLUMNS: dict[str, list[str]] = {
    "claims": CLAIM_COLUMNS + EXTRA_COLUMNS,
    "checks": CHECK_COLUMNS,
    "derived": DERIVED_COLUMNS,
    "series": [SERIES_YEAR if c == "year" else c for c in SERIES_COLUMNS],
}

#: Columns of the overview table (one row per report).
OVERVIEW_COLUMNS = [
    *PREFIX,
    "review_year",
    "claims_found",
    "claims_used",
    "relations_checked",
    "inconsistent",
    "not_assessable",
    "comments",
    "worst_check",
    "worst_finding",
    "worst_gap",
    "worst_location",
    "error",
]


@dataclass(frozen=True)
class ReportResult:
    """One report's contribution to the batch outputs (small, cheap to send between processes).

    ``tables`` maps a table name of :data:`TABLE_COLUMNS` to its CSV rows (no header);
    ``overview`` is the report's row of the overview table; ``error`` is empty on success.
    """

    name: str
    overview: dict[str, str]
    tables: dict[str, str] = field(default_factory=dict)
    facts: tuple[Fact, ...] = ()
    error: str = ""

    @property
    def failed(self) -> bool:
        """Whether the report could not be processed."""
        return bool(self.error)


def csv_rows(rows: Sequence[Row], columns: Sequence[str], prefix: Sequence[str]) -> str:
    """``rows`` (:mod:`indicators.rows`) as CSV text without header, each after ``prefix``.

    The text is what :meth:`pandas.DataFrame.to_csv` writes for the same table (missing
    values empty, minimal quoting, ``\\n`` line ends); a row must have exactly ``columns``.

    Examples
    --------
    >>> rows = [{"value": "9.30", "unit": "%"}, {"value": "7", "unit": "亿元, 约"}]
    >>> print(csv_rows(rows, ["value", "unit"], ["r.txt", "石门镇", "2023"]), end="")
    r.txt,石门镇,2023,9.30,%
    r.txt,石门镇,2023,7,"亿元, 约"
    """
    expected = list(columns)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    head = list(prefix)
    for row in rows:
        if list(row) != expected:
            raise ValueError(f"unexpected columns {list(row)}; expected {expected}")
        writer.writerow(head + list(row.values()))
    return buf.getvalue()


def failed_result(item: BatchInput, message: str) -> ReportResult:
    """The result of a report that could not be processed, with its one-line reason."""
    overview = dict.fromkeys(OVERVIEW_COLUMNS, "")
    overview["report"] = item.name
    overview["error"] = " ".join(message.split())
    return ReportResult(name=item.name, overview=overview, error=overview["error"])


def process_report(item: BatchInput) -> ReportResult:
    """Read one report and build its part of every combined table.

    Parameters
    ----------
    item
        The report (see :func:`indicators.batch_inputs.find_reports`).

    Returns
    -------
    ReportResult
        On failure, a result whose ``error`` holds the one-line reason; never raises for a
        problem with the report.

    Examples
    --------
    >>> from indicators.batch_inputs import BatchInput
    >>> from pathlib import Path
    >>> process_report(BatchInput("missing.txt", Path("/no/such.txt"))).error
    '/no/such.txt: 文件不存在'
    """
    try:
        return _process(item)
    except InputError as exc:
        return failed_result(item, str(exc))
    except Exception as exc:  # a defect must not stop the other reports of the batch
        return failed_result(item, f"内部错误（{type(exc).__name__}: {exc}）")


def _process(item: BatchInput) -> ReportResult:
    report = load_report(item.path)
    place = detect_place(report)
    year = str(report.plan_year or "")
    prefix = [item.name, place, year]
    claims = claim_rows(extract_claims(report))
    checked = check_claims(claims, report)
    checks, derived = checked.rows, checked.derived_rows
    tables = {
        "claims": claims,
        "checks": checks,
        "derived": derived,
        "series": [
            {(SERIES_YEAR if k == "year" else k): v for k, v in row.items()}
            for row in series_rows(claims, derived)
        ],
    }
    overview = dict.fromkeys(OVERVIEW_COLUMNS, "")
    overview.update(
        report=item.name,
        place=place,
        year=year,
        review_year=str(report.review_year or ""),
        claims_found=str(checked.claims_found),
        claims_used=str(checked.claims_used),
        relations_checked=str(len(checked.findings)),
        inconsistent=str(checked.inconsistent),
        not_assessable=str(checked.not_assessable),
        comments=str(len(report.comments)),
    )
    overview.update(worst_finding(checks))
    return ReportResult(
        name=item.name,
        overview=overview,
        tables={
            name: csv_rows(table, TABLE_COLUMNS[name], prefix) for name, table in tables.items()
        },
        facts=tuple(facts_of(claims, item.name, place, year, report.locate)),
    )


def worst_finding(checks: Sequence[Row]) -> dict[str, str]:
    """The overview's worst-finding cells: the first inconsistency in reading priority.

    Inconsistencies come first, then by kind of check (growth, sum, residual, ...) and by
    the size of the gap (:func:`indicators.brief_html.reading_key`); nothing when the
    report has no inconsistency.

    Examples
    --------
    >>> t = [{"check": "sum", "verdict": "inconsistent", "gap": "0.10", "gap_unit": "亿元",
    ...       "explanation": "合计不符", "lines": "7", "locations": "第 7 行"},
    ...      {"check": "growth", "verdict": "inconsistent", "gap": "6.78",
    ...       "gap_unit": "个百分点", "explanation": "增速不符", "lines": "9; 30",
    ...       "locations": "第 9 行; 第 30 行"}]
    >>> for name, value in worst_finding(t).items():
    ...     print(name, value)
    worst_check growth
    worst_finding 增速不符
    worst_gap 6.78 个百分点
    worst_location 第 9 行; 第 30 行
    """
    top = min(checks, key=reading_key, default=None)
    if top is None or top["verdict"] != "inconsistent":
        return {}
    return {
        "worst_check": str(top["check"]),
        "worst_finding": str(top["explanation"]),
        "worst_gap": f"{top['gap']} {top['gap_unit']}".strip(),
        "worst_location": str(top.get("locations", "") or top["lines"]),
    }


def process_chunk(items: Sequence[BatchInput]) -> list[ReportResult]:
    """:func:`process_report` for several reports (one task of the process pool)."""
    return [process_report(item) for item in items]
