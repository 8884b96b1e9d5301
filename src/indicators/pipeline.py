"""The main job's table steps: clean a report and write its tables under data/processed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

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
    claims = claims_table(report)
    checked = check_claims(claims, report)
    tables = {
        **clean_tables(report),
        "claims": claims,
        "checks": checked.table,
        "derived": checked.derived_table,
    }
    return write_named_tables(tables, report, out_dir)


def clean_tables(report: Report) -> dict[str, pd.DataFrame]:
    """The tables of the cleaning step alone: paragraphs, comments and tracked changes."""
    return {
        "paragraphs": paragraphs_table(report),
        "comments": comments_table(report),
        "revisions": revisions_table(report),
    }


def write_named_tables(
    tables: dict[str, pd.DataFrame], report: Report, out_dir: str | Path | None = None
) -> dict[str, Path]:
    """Write ``{name: table}`` as ``<name>.csv`` (default folder ``data/processed/<stem>/``)."""
    target = Path(out_dir) if out_dir is not None else processed_dir(report.stem)
    return {name: write_csv_atomic(table, target / f"{name}.csv") for name, table in tables.items()}


def process_report(path: str | Path, out_dir: str | Path | None = None) -> dict[str, Path]:
    """Load, clean and write the tables of the report at ``path``."""
    return write_tables(load_report(path), out_dir)
