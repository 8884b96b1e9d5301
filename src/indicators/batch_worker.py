"""What a worker process does with one report of a batch, and the compact result it returns.

:func:`process_report` reads one report, builds its tables and returns a
:class:`ReportResult`: the rows of each combined table as CSV text (already prefixed with the
``report``, ``place`` and ``year`` columns), one overview row, and the report's annual facts.
No DataFrame crosses the process boundary, so the parent only appends text and never holds a
report's tables. Any failure is caught and returned as the report's error message.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from .batch_inputs import BatchInput
from .claims_table import COLUMNS as CLAIM_COLUMNS
from .claims_table import EXTRA_COLUMNS, claims_table
from .cleaning import load_report
from .errors import InputError
from .facts import Fact, facts_of
from .place import detect_place

#: Columns every combined table starts with: which report, its place and its year (the year
#: the report is delivered in and plans for; it reviews the year before).
PREFIX = ["report", "place", "year"]

#: The combined tables of a batch and the columns each report contributes after the prefix.
TABLE_COLUMNS: dict[str, list[str]] = {
    "claims": CLAIM_COLUMNS + EXTRA_COLUMNS,
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
    "worst_lines",
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


def csv_rows(table: pd.DataFrame, columns: Sequence[str], prefix: Sequence[str]) -> str:
    """Rows of ``table`` as CSV text without header, each starting with ``prefix``.

    Examples
    --------
    >>> t = pd.DataFrame({"value": ["9.30", "7"], "unit": ["%", "亿元, 约"]})
    >>> print(csv_rows(t, ["value", "unit"], ["r.txt", "石门镇", "2023"]), end="")
    r.txt,石门镇,2023,9.30,%
    r.txt,石门镇,2023,7,"亿元, 约"
    """
    if list(table.columns) != list(columns):
        raise ValueError(f"unexpected columns {list(table.columns)}; expected {list(columns)}")
    out = table.copy()
    for position, (name, value) in enumerate(zip(PREFIX, prefix, strict=True)):
        out.insert(position, name, value)
    buf = io.StringIO()
    out.to_csv(buf, header=False, index=False, lineterminator="\n")
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
    '/no/such.txt: no such file'
    """
    try:
        return _process(item)
    except InputError as exc:
        return failed_result(item, str(exc))
    except Exception as exc:  # a defect must not stop the other reports of the batch
        return failed_result(item, f"internal error ({type(exc).__name__}: {exc})")


def _process(item: BatchInput) -> ReportResult:
    report = load_report(item.path)
    place = detect_place(report)
    year = str(report.plan_year or "")
    prefix = [item.name, place, year]
    claims = claims_table(report)
    tables = {"claims": claims}
    overview = dict.fromkeys(OVERVIEW_COLUMNS, "")
    overview.update(
        report=item.name,
        place=place,
        year=year,
        review_year=str(report.review_year or ""),
        claims_found=str(len(claims)),
        comments=str(len(report.comments)),
    )
    return ReportResult(
        name=item.name,
        overview=overview,
        tables={
            name: csv_rows(table, TABLE_COLUMNS[name], prefix) for name, table in tables.items()
        },
        facts=tuple(facts_of(claims, item.name, place, year)),
    )


def process_chunk(items: Sequence[BatchInput]) -> list[ReportResult]:
    """:func:`process_report` for several reports (one task of the process pool)."""
    return [process_report(item) for item in items]
