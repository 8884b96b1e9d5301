"""Wall time of the brief against running the same notebooks one at a time by hand.

Prints three figures for the embedded report (or the report given as argument):
- ``indicators brief`` end to end (notebooks in one shared kernel, then the HTML);
- the four notebooks through the ``papermill`` command line, one process each;
- the four notebooks through ``jupyter nbconvert --execute``, one process each.
The goal is the brief in at most half the time of either one-at-a-time route.

Run: ``.venv/bin/python benchmarks/bench_brief.py [REPORT]``
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from indicators.paths import default_report, notebooks_dir
from indicators.suite import SUITE

BIN = Path(sys.executable).parent


def _timed(cmds: list[list[str]], cwd: Path) -> float:
    start = time.perf_counter()
    for cmd in cmds:
        subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    report = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else default_report()
    nbs = notebooks_dir()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        brief = _timed([[str(BIN / "indicators"), "brief", str(report), "-o", str(out / "b")]], nbs)
        papermill = _timed(
            [
                [
                    str(BIN / "papermill"),
                    "-p",
                    "report",
                    str(report),
                    "--log-level",
                    "ERROR",
                    str(nbs / name),
                    str(out / f"pm-{name}"),
                ]
                for name in SUITE
            ],
            nbs,
        )
        nbconvert_dir = out / "nbconvert"
        nbconvert_dir.mkdir()
        for name in SUITE:
            shutil.copy(nbs / name, nbconvert_dir / name)
        nbconvert = _timed(
            [
                [
                    str(BIN / "jupyter"),
                    "nbconvert",
                    "--to",
                    "notebook",
                    "--execute",
                    "--output-dir",
                    str(out / "nbc"),
                    str(nbconvert_dir / name),
                ]
                for name in SUITE
            ],
            nbs,
        )
    print(f"report: {report.name}")
    print(f"indicators brief (4 notebooks + HTML): {brief:6.2f} s")
    for label, seconds in (("papermill CLI", papermill), ("jupyter nbconvert", nbconvert)):
        print(f"{label + ', one at a time:':38} {seconds:6.2f} s  (brief = {brief / seconds:.0%})")
    print("goal: brief <= 50% of each")


if __name__ == "__main__":
    main()
