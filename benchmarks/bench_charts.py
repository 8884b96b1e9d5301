"""Print how long the five charts of a report take to build and to save (PNG + SVG).

Usage: ``python benchmarks/bench_charts.py [REPORT]`` (default: the embedded report). Uses
the claims and derived tables computed from the report, and the checks when installed.
"""

from __future__ import annotations

import sys
import tempfile
import time

from indicators import charts
from indicators.analysis import ReportRun


def main() -> None:
    run = ReportRun(sys.argv[1] if len(sys.argv) > 1 else None)
    with tempfile.TemporaryDirectory() as tmp:
        import os

        os.environ["INDICATORS_HOME"] = tmp  # keep generated tables out of the project
        try:
            claims, checks, derived, series = run.claims, run.checks, run.derived, run.series
        except RuntimeError as exc:  # the checks are not installed yet
            print(f"skipped: {exc}")
            return
        for label, dpi in (("150 dpi", 150), ("40 dpi (tests)", 40)):
            t0 = time.perf_counter()
            figures = charts.report_charts(claims, checks, derived, series, run.meta)
            t1 = time.perf_counter()
            charts.save_charts(figures, tmp, dpi=dpi)
            t2 = time.perf_counter()
            print(
                f"{run.report.stem}, {label}: build 5 charts {t1 - t0:.2f} s, "
                f"save 10 files {t2 - t1:.2f} s"
            )


if __name__ == "__main__":
    main()
