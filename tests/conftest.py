"""Shared fixtures: the embedded report and the report texts written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators import load_report
from indicators.paths import default_report

TEXTS = Path(__file__).parent / "texts"


@pytest.fixture(scope="session")
def embedded_path() -> Path:
    return default_report()


@pytest.fixture(scope="session")
def embedded(embedded_path):
    return load_report(embedded_path)


@pytest.fixture(scope="session")
def texts() -> Path:
    """Folder of the report texts written for the tests."""
    return TEXTS
