"""Notebook 05 (many reports): committed clean, generated from its source, thin, and executed
on the test towns."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from indicators.notebook_sources import BATCH_NOTEBOOKS, notebook_text

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "notebooks"
BATCH = Path(__file__).parent / "texts" / "batch"
NAME = "05-many-reports.ipynb"


def test_notebook_is_committed_clean_and_matches_its_source():
    assert list(BATCH_NOTEBOOKS) == [NAME]
    nb = nbformat.read(SOURCE / NAME, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.id
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and "reports = None" in tagged[0].source
    assert (SOURCE / NAME).read_text(encoding="utf-8") == notebook_text(NAME), (
        "run `python -m indicators.notebook_sources`"
    )


def test_notebook_is_thin_and_its_prose_is_chinese():
    nb = json.loads((SOURCE / NAME).read_text(encoding="utf-8"))
    code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(len(src.splitlines()) <= 8 for src in code)
    assert not any(src.lstrip().startswith(("def ", "class ")) for src in code)
    prose = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert sum("\u4e00" <= ch <= "\u9fff" for ch in prose) > 200


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Run the notebook in a separate process: a kernel client leaves threads behind, and a
    later test that forks (the suite's parallel kernels) must not inherit them."""
    out = tmp_path_factory.mktemp("batch-out")
    done = tmp_path_factory.mktemp("executed")
    parameters = {"reports": [str(BATCH)], "out": str(out), "workers": 2, "dpi": 40}
    code = (
        "import json, sys\n"
        "from indicators import suite\n"
        "suite.execute_suite(json.loads(sys.argv[1]), sys.argv[2], notebooks=[sys.argv[3]],\n"
        "                    source_dir=sys.argv[4], progress=False)\n"
    )
    args = [json.dumps(parameters), str(done), NAME, str(SOURCE)]
    res = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=600
    )
    assert res.returncode == 0, res.stderr
    return out, nbformat.read(done / NAME, as_version=4)


def _shown(nb) -> str:
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error"
            data = output.get("data", {})
            texts.append(output.get("text", "") + data.get("text/plain", ""))
    return "\n".join(texts)


def test_notebook_explores_the_combined_tables(executed):
    out, nb = executed
    shown = _shown(nb)
    for text in ("处理失败", "石门镇", "河口镇", "龙泉镇", "qingshan-2023-draft.doc", "nearly_met"):
        assert text in shown, text
    assert "与工农业总产值 48.96 亿元不符" in shown  # an inconsistency of all reports
    images = sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
    assert images == 4  # three indicators across places, targets against outcomes
    assert "TqdmWarning" not in shown and "Warning" not in shown
    assert (out / "brief.html").is_file() and (out / "figures" / "targets.png").is_file()
