"""Shared fixtures: the embedded report and the report texts written for the tests.

Every test runs with ``INDICATORS_HOME`` pointing at a temporary project folder that holds a
copy of ``data/raw``, so that nothing a test runs (the main job included) writes into the
checkout's ``data/processed``, ``figures`` or ``reports``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from indicators import load_report
from indicators.paths import default_report

TEXTS = Path(__file__).parent / "texts"
CHECKOUT = Path(__file__).resolve().parents[1]


def _temporary_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="indicators-home-"))
    shutil.copytree(CHECKOUT / "data" / "raw", home / "data" / "raw")
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    return home


os.environ["INDICATORS_HOME"] = str(_temporary_home())


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
