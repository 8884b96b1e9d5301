"""The one place that knows where things live: the project folders and the default report."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
VOCABULARY_DIR = PACKAGE_DIR / "data"


def project_root() -> Path:
    """Return the project folder (the one holding ``data/`` and ``notebooks/``).

    ``INDICATORS_HOME`` overrides it; otherwise it is found from the package location
    (``src/indicators`` in an editable install) and, failing that, the working directory.

    Examples
    --------
    >>> (project_root() / "data").name
    'data'
    """
    env = os.environ.get("INDICATORS_HOME")
    if env:
        return Path(env).resolve()
    candidate = PACKAGE_DIR.parent.parent
    if (candidate / "data" / "raw").is_dir():
        return candidate
    return Path.cwd().resolve()


def raw_dir() -> Path:
    """Folder of immutable inputs (``data/raw``); code never writes here."""
    return project_root() / "data" / "raw"


def processed_dir(report_stem: str | None = None) -> Path:
    """Folder of generated tables, ``data/processed/<report-stem>/`` when a stem is given."""
    base = project_root() / "data" / "processed"
    return base / report_stem if report_stem else base


def batch_dir() -> Path:
    """Default output folder of ``indicators batch``: ``data/processed/_batch/``."""
    return processed_dir("_batch")


def figures_dir(report_stem: str | None = None) -> Path:
    """Folder of generated charts, ``figures/<report-stem>/`` when a stem is given."""
    base = project_root() / "figures"
    return base / report_stem if report_stem else base


def reports_dir() -> Path:
    """Folder of generated HTML briefs."""
    return project_root() / "reports"


def notebooks_dir() -> Path:
    """Folder of the notebook suite.

    The notebooks are code that comes with the package's checkout, so ``INDICATORS_HOME``
    (which moves inputs and outputs) does not move them.
    """
    beside_package = PACKAGE_DIR.parent.parent / "notebooks"
    if beside_package.is_dir():
        return beside_package
    return project_root() / "notebooks"


DEFAULT_REPORT_NAME = "taiping-2021-work-report-draft.txt"


def default_report() -> Path:
    """The embedded report, the default input of the main job.

    Examples
    --------
    >>> default_report().name
    'taiping-2021-work-report-draft.txt'
    """
    return raw_dir() / DEFAULT_REPORT_NAME
