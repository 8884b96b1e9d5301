"""The same report gives byte-identical tables on every run.

Two fresh interpreters with different hash seeds (so that set and dict orders built from
hashed strings differ) run the main job's table step (``pipeline.process_report``) and
``indicators claims`` (to a file and to standard output) on the embedded report, a Word draft
and a published PDF; every file must be the same bytes in both runs and in this process.
"""

from __future__ import annotations

import os
import subprocess
import sys

from indicators.pipeline import process_report

from .report_files import published_pdf, town_draft, write

_SCRIPT = """
import contextlib, pathlib, sys
from indicators.cli import main
from indicators.pipeline import process_report
out = pathlib.Path(sys.argv[1])
for report in sys.argv[2:]:
    stem = pathlib.Path(report).stem
    process_report(report, out / stem)
    with open(out / f"claims-{stem}.stdout", "w", encoding="utf-8", newline="") as fh:
        with contextlib.redirect_stdout(fh):
            assert main(["claims", report]) == 0
"""


def _files(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_tables_are_byte_identical_across_runs(tmp_path, embedded_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    reports = [
        str(embedded_path),
        str(write(inputs / "yunxi-2023-draft.docx", town_draft())),
        str(write(inputs / "yunxi-2023-published.pdf", published_pdf()[0])),
    ]
    procs = []
    for seed in ("1", "2"):  # both at once: the machine has two cores
        out = tmp_path / f"run{seed}"
        out.mkdir()
        env = dict(os.environ, PYTHONHASHSEED=seed)
        cmd = [sys.executable, "-c", _SCRIPT, str(out), *reports]
        procs.append((out, subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)))
    runs = []
    for out, proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        runs.append(_files(out))
    here = tmp_path / "here"
    process_report(reports[1], here)

    first, second = runs
    stems = [embedded_path.stem, "yunxi-2023-draft", "yunxi-2023-published"]
    tables = [
        "checks.csv",
        "claims.csv",
        "comments.csv",
        "derived.csv",
        "paragraphs.csv",
        "revisions.csv",
    ]
    assert set(first) == {f"{s}/{t}" for s in stems for t in tables} | {
        f"claims-{s}.stdout" for s in stems
    }
    for name, data in first.items():
        assert data == second[name], f"{name} differs between runs"
        assert data.count(b"\n") >= 1
    for name, data in _files(here).items():
        assert data == first[f"yunxi-2023-draft/{name}"]
    for stem in stems:
        claims = first[f"{stem}/claims.csv"]
        assert claims.decode("utf-8-sig") == first[f"claims-{stem}.stdout"].decode("utf-8")
        assert claims.count(b"\n") > 5  # real claims, not just a header
