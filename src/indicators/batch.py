"""Many reports at once: process them in parallel and write combined tables and an overview.

:func:`run_batch` finds the reports (:mod:`indicators.batch_inputs`), processes them in a
process pool (:mod:`indicators.batch_pool`, one worker per core) with a progress bar on
standard error, and appends each report's rows to the combined tables as its result arrives.

Order and memory. The reports are sorted by name first, and the pool yields results in that
order through a bounded window of tasks in flight, so each report's rows are appended in
their final place at once: the outputs are byte-identical from run to run, and the parent
holds only the results in the window, never a table of the whole batch. The annual facts that
the cross-report comparisons need go to an SQLite file beside the outputs, which does the
joins on disk.

Atomicity. Every output is written to a temporary file in the output folder and renamed when
the whole batch is complete; an interrupted run leaves the previous outputs as they were.

A report that fails is recorded in the overview table with its error and does not stop the
others.
"""

from __future__ import annotations

import contextlib
import csv
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import pandas as pd

from .across_places import place_profile
from .batch_inputs import find_reports
from .batch_pool import default_workers, ordered_map, pool_context
from .batch_worker import (
    OVERVIEW_COLUMNS,
    PREFIX,
    TABLE_COLUMNS,
    ReportResult,
    failed_result,
    process_chunk,
)
from .errors import InputError
from .fact_store import FactStore
from .outcomes import OUTCOME_COLUMNS, judge
from .outputs import CSV_ENCODING, atomic_path
from .overview_brief import build_overview, render_overview

#: Name of the targets-vs-outcomes table.
OUTCOMES = "targets_vs_outcomes"


@dataclass
class BatchSummary:
    """What a batch run did: how many reports, how many failed, which files it wrote."""

    out_dir: Path
    reports: int = 0
    failed: int = 0
    files: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def processed(self) -> int:
        """Reports processed without error."""
        return self.reports - self.failed


class _CsvOut:
    """A CSV output being written: its header at once, rows appended as results arrive."""

    def __init__(self, path: Path, handle: TextIO, columns: list[str]) -> None:
        self.path = path
        self.handle = handle
        self.writer = csv.writer(handle, lineterminator="\n")
        self.writer.writerow(columns)

    def rows_text(self, text: str) -> None:
        self.handle.write(text)

    def row(self, values: Iterable[str]) -> None:
        self.writer.writerow(values)

    def read(self) -> pd.DataFrame:
        """What has been written so far, as strings."""
        self.handle.flush()
        return pd.read_csv(self.path, encoding=CSV_ENCODING, dtype=str, keep_default_na=False)


def _open_csv(stack: contextlib.ExitStack, path: Path, columns: list[str]) -> _CsvOut:
    tmp = stack.enter_context(atomic_path(path))
    handle = stack.enter_context(tmp.open("w", encoding=CSV_ENCODING, newline=""))
    return _CsvOut(tmp, handle, columns)


def _check_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir}: 已存在，但不是文件夹")


def run_batch(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    workers: int | None = None,
    chunksize: int | None = None,
    progress: bool = True,
    on_result: Callable[[int, ReportResult], None] | None = None,
    brief: bool = True,
) -> BatchSummary:
    """Process every report under ``paths`` and write the combined tables into ``out_dir``.

    Parameters
    ----------
    paths
        Report files and folders (folders are searched for .txt, .docx, .pdf and .doc files).
    out_dir
        Folder of the outputs (created if missing).
    workers
        Worker processes; defaults to the number of cores.
    chunksize
        Reports per pool task; defaults to about eight tasks per worker, at most 16.
    progress
        Show a progress bar on standard error.
    on_result
        Called in the parent with the count so far and each report's result, in order.
    brief
        Also write the overview brief (``brief.html``) and its charts (``figures/``).

    Returns
    -------
    BatchSummary

    Raises
    ------
    InputError
        A path does not exist, no report is found, or ``out_dir`` cannot be written.
    """
    from tqdm import tqdm

    start = time.perf_counter()
    items = find_reports(paths)
    target = Path(out_dir)
    _check_out_dir(target)
    summary = BatchSummary(out_dir=target, reports=len(items))
    workers = workers or default_workers()
    context = pool_context()  # before the progress bar starts its thread
    with contextlib.ExitStack() as stack:
        outs = {
            name: _open_csv(stack, target / f"{name}.csv", PREFIX + columns)
            for name, columns in TABLE_COLUMNS.items()
        }
        overview = _open_csv(stack, target / "overview.csv", OVERVIEW_COLUMNS)
        store = stack.enter_context(FactStore(_scratch_file(stack, target)))
        bar = stack.enter_context(
            tqdm(
                total=len(items),
                desc="处理报告",
                unit="份",
                file=sys.stderr,
                disable=not progress,
                dynamic_ncols=True,
            )
        )
        results = ordered_map(
            process_chunk,
            items,
            fail=failed_result,
            workers=workers,
            chunksize=chunksize,
            context=context,
        )
        for count, result in enumerate(results, start=1):
            for name, rows in result.tables.items():
                outs[name].rows_text(rows)
            overview.row(result.overview.get(c, "") for c in OVERVIEW_COLUMNS)
            store.add(result.facts)
            if result.failed:
                summary.failed += 1
                bar.set_postfix_str(f"失败 {summary.failed} 份")
            bar.update(1)
            if on_result is not None:
                on_result(count, result)
        outcomes = _open_csv(stack, target / f"{OUTCOMES}.csv", OUTCOME_COLUMNS)
        for pair in store.target_actual_pairs():
            for outcome in judge(*pair):
                row = outcome.row()
                outcomes.row(row[c] for c in OUTCOME_COLUMNS)
        summary.files = {name: target / f"{name}.csv" for name in TABLE_COLUMNS}
        summary.files["overview"] = target / "overview.csv"
        summary.files[OUTCOMES] = target / f"{OUTCOMES}.csv"
        if brief:
            summary.files.update(
                _write_brief(stack, target, overview.read(), outcomes.read(), store)
            )
    summary.seconds = time.perf_counter() - start
    return summary


#: How many indicators the brief compares across places (those stated by the most places).
PLACE_COMPARISONS = 3


def _write_brief(
    stack: contextlib.ExitStack,
    target: Path,
    overview: pd.DataFrame,
    outcomes: pd.DataFrame,
    store: FactStore,
) -> dict[str, Path]:
    """Draw the charts and render the overview brief into temporary files of ``target``."""
    from .charts import packaged_font_path

    profiles = [
        place_profile(key, store.latest_by_place(key))
        for key, _ in store.subjects_by_places(PLACE_COMPARISONS)
    ]
    content, figures = build_overview(overview, outcomes, profiles, packaged_font_path())
    written = {}
    for name, data in figures.items():
        path = target / "figures" / name
        stack.enter_context(atomic_path(path)).write_bytes(data)
        written[f"figures/{name}"] = path
    path = target / "brief.html"
    stack.enter_context(atomic_path(path)).write_text(render_overview(content), encoding="utf-8")
    written["brief"] = path
    return written


def _scratch_file(stack: contextlib.ExitStack, out_dir: Path) -> Path:
    """A hidden temporary file in ``out_dir``, removed when the batch ends."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".facts.", suffix=".sqlite", dir=out_dir)
    except OSError as exc:
        raise InputError(f"{out_dir}: 无法写入（{exc.strerror or exc}）") from None
    os.close(fd)
    path = Path(name)
    stack.callback(lambda: path.unlink(missing_ok=True))
    return path
