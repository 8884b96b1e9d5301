"""The main job's table steps: clean a report and write its tables under data/processed."""

from __future__ import annotations

from pathlib import Path

from .checking import check_claims
from .claims_table import claims_table
from .cleaning import Report, load_report
from .outputs import write_csv_atomic
from .paths import processed_dir
from .tables import comments_table, paragraphs_table, revisions_table


def write_tables(report: Report, out_dir: str | Path | None = None) -> dict[str, Path]:
    """Write every table of ``report`` as CSV and return their paths by name.

    Parameters
    ----------
    report
        A cleaned report.
    out_dir
        Target folder; defaults to ``data/processed/<report-stem>/``.

    Examples
    --------
    >>> import tempfile
    >>> from indicators.paths import default_report
    >>> paths = write_tables(load_report(default_report()), tempfile.mkdtemp())
    >>> sorted(paths)
    ['checks', 'claims', 'comments', 'derived', 'paragraphs', 'revisions']
    """
    target = Path(out_dir) if out_dir is not None else processed_dir(report.stem)
    claims = claims_table(report)
    checked = check_claims(claims, report)
    tables = {
        "paragraphs": paragraphs_table(report),
        "comments": comments_table(report),
        "claims": claims,
        "revisions": revisions_table(report),
        "checks": checked.table,
        "derived": checked.derived_table,
    }
    return {name: write_csv_atomic(table, target / f"{name}.csv") for name, table in tables.items()}


def process_report(path: str | Path, out_dir: str | Path | None = None) -> dict[str, Path]:
    """Load, clean and write the tables of the report at ``path``."""
    return write_tables(load_report(path), out_dir)
