"""The notebook suite: committed without outputs, generated from its source, and executed
top to bottom on the embedded report and on a report written for the tests."""

from __future__ import annotations

import importlib.util
import json
import os
import re
from pathlib import Path

import nbformat
import pytest

import indicators.charts
from indicators import suite
from indicators.notebook_sources import NOTEBOOKS, notebook_text
from indicators.paths import default_report

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "notebooks"
TEXTS = Path(__file__).parent / "texts"
FIXTURES = Path(__file__).parent / "fixtures"

#: Notebooks 02-04 need the arithmetic checks (issue 4).
HAVE_TABLES = importlib.util.find_spec("indicators.checking") is not None


def test_committed_notebooks_carry_no_outputs():
    for name in NOTEBOOKS:
        nb = nbformat.read(SOURCE / name, as_version=4)
        nbformat.validate(nb)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, (name, cell.id)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1 and "report = None" in tagged[0].source, name


def test_committed_notebooks_match_their_source():
    for name in NOTEBOOKS:
        assert (SOURCE / name).read_text(encoding="utf-8") == notebook_text(name), (
            f"{name} differs from indicators.notebook_sources: run "
            "`python -m indicators.notebook_sources`"
        )


def test_the_executor_runs_these_notebooks_in_order():
    assert tuple(NOTEBOOKS) == suite.SUITE


def test_notebooks_are_thin():
    for name in NOTEBOOKS:
        nb = json.loads((SOURCE / name).read_text(encoding="utf-8"))
        code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(len(src.splitlines()) <= 8 for src in code), name
        assert not any(src.lstrip().startswith(("def ", "class ")) for src in code), name


@pytest.fixture(
    scope="module",
    params=[
        pytest.param((default_report(), None), id="embedded"),
        pytest.param(
            (TEXTS / "county-gdp-targets.txt", FIXTURES / "county-gdp-history.csv"), id="county"
        ),
    ],
)
def executed(request, tmp_path_factory):
    """Run the suite (a single kernel) with all outputs under a temporary project root."""
    report, history = request.param
    home = tmp_path_factory.mktemp("home")
    out = tmp_path_factory.mktemp("executed")
    names = suite.SUITE if HAVE_TABLES else suite.SUITE[:1]
    previous = os.environ.get("INDICATORS_HOME")
    os.environ["INDICATORS_HOME"] = str(home)
    try:
        suite.execute_suite(
            {"report": str(report), "history_csv": str(history) if history else None, "dpi": 40},
            out,
            notebooks=names,
            source_dir=SOURCE,
            progress=False,
        )
    finally:
        if previous is None:
            os.environ.pop("INDICATORS_HOME", None)
        else:
            os.environ["INDICATORS_HOME"] = previous
    return home, out, Path(report).stem


def _outputs(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error"
            data = output.get("data", {})
            texts.append(
                output.get("text", "") + data.get("text/plain", "") + data.get("text/html", "")
            )
    return "\n".join(texts)


def test_clean_notebook_shows_raw_and_clean_text_sections_and_comments(executed):
    home, out, stem = executed
    shown = _outputs(out / "01-clean.ipynb")
    assert "原文行数" in shown and "review" in shown and "plan" in shown
    assert "<th>raw</th>" in shown and "<th>clean</th>" in shown
    if stem == default_report().stem:  # hard-wrapped: paragraphs span several raw lines
        assert "⏎" in shown and "Administrator" in shown
    assert (home / "data" / "processed" / stem / "paragraphs.csv").is_file()
    assert (home / "data" / "processed" / stem / "comments.csv").is_file()


@pytest.mark.skipif(not HAVE_TABLES, reason="the arithmetic checks are not merged yet")
def test_tables_and_figures_are_written(executed):
    home, out, stem = executed
    processed = home / "data" / "processed" / stem
    for table in ("claims", "checks", "series", "targets", "monthly-path"):
        assert (processed / f"{table}.csv").is_file(), table
    figures = sorted(p.name for p in (home / "figures" / stem).iterdir())
    assert figures == sorted(
        f"{name}.{fmt}" for name in indicators.charts.CHARTS for fmt in ("png", "svg")
    )
    targets = (out / "04-targets.ipynb").read_text(encoding="utf-8")
    assert "image/png" in targets
    if stem == default_report().stem:
        assert "少于3个，不拟合趋势模型" in _outputs(out / "04-targets.ipynb")
    else:  # the analyst's history gives the county's GDP enough points for a trend
        assert "对数线性趋势（OLS）基于" in _outputs(out / "04-targets.ipynb")


@pytest.mark.skipif(not HAVE_TABLES, reason="needs the table notebooks")
def test_the_tables_shown_read_in_chinese(executed):
    _, out, _ = executed
    shown = "".join(
        _outputs(out / name)
        for name in ("02-claims-and-series.ipynb", "03-check-arithmetic.ipynb", "04-targets.ipynb")
    )
    assert "<th>结论</th>" in shown and "<th>核查</th>" in shown and "<th>时期</th>" in shown
    assert "<th>类别</th>" in shown and "<td>产值</td>" in shown  # the series' groups
    assert "not_assessable" not in shown and "inconsistent" not in shown
    # No column is headed by its code, and no link, group or flag shows as one.
    assert re.findall(r"<th>[a-z_]+</th>", shown) == []
    for code in ("changed_from", "two_scopes", "<td>output</td>", "<td>tax</td>", "part_of"):
        assert code not in shown


def _kernel_gives_no_answer(times: int, monkeypatch) -> list[int]:
    """Make the first ``times`` kernels started give no answer, as one whose ports another
    process's kernel took; return the list that counts the kernels started."""
    from jupyter_client.blocking.client import BlockingKernelClient
    from jupyter_client.manager import KernelManager

    real_wait = BlockingKernelClient.wait_for_ready
    real_kernel = KernelManager.start_kernel
    started: list[int] = []

    def start_kernel(self, **kwargs):
        started.append(1)
        return real_kernel(self, **kwargs)

    def no_answer(self, timeout=None):
        if len(started) <= times:
            raise RuntimeError(f"Kernel didn't respond in {timeout:g} seconds")
        return real_wait(self, timeout=timeout)

    monkeypatch.setattr(KernelManager, "start_kernel", start_kernel)
    monkeypatch.setattr(BlockingKernelClient, "wait_for_ready", no_answer)
    return started


def _run_clean_notebook(tmp_path, monkeypatch, progress=False):
    monkeypatch.setenv("INDICATORS_HOME", str(tmp_path / "home"))
    return suite.execute_suite(
        {"report": str(TEXTS / "county-gdp-targets.txt")},
        tmp_path / "out",
        notebooks=["01-clean.ipynb"],
        source_dir=SOURCE,
        progress=progress,
        workers=1,
    )


def test_a_kernel_that_gives_no_answer_is_replaced_by_a_fresh_one(tmp_path, monkeypatch, capsys):
    started = _kernel_gives_no_answer(1, monkeypatch)
    [executed] = _run_clean_notebook(tmp_path, monkeypatch, progress=True)
    assert len(started) == 2
    assert "原文行数" in _outputs(executed.path)
    said = capsys.readouterr().err.splitlines()
    assert said[1] == (
        "Jupyter 内核无响应（Kernel didn't respond in 180 seconds），"
        "换用新内核重新执行 01-clean.ipynb"
    )
    assert said[-1].startswith("完成 01-clean.ipynb")


def test_a_kernel_that_never_answers_is_reported_in_one_line(tmp_path, monkeypatch):
    started = _kernel_gives_no_answer(suite.KERNEL_ATTEMPTS, monkeypatch)
    with pytest.raises(suite.SuiteError) as raised:
        _run_clean_notebook(tmp_path, monkeypatch)
    assert len(started) == suite.KERNEL_ATTEMPTS
    assert str(raised.value) == (
        "笔记本 01-clean.ipynb: Jupyter 内核出错（Kernel didn't respond in 180 seconds）"
    )
    assert not (tmp_path / "out" / "01-clean.ipynb").exists()
