"""Throughput and memory of ``indicators batch`` on 1,000 reports.

The reports are made from the embedded report by changing its place name and its figures
(every decimal figure and every whole number of three digits or more that is not a year is
scaled by a factor drawn per report, keeping its printed decimals), written into a temporary
folder. The batch runs with one worker per core, claims and checks, no notebooks and no brief
(``--brief`` adds it; its cost does not depend on the number of reports); the figures printed are
reports per second and the resident memory of the parent and of the workers after 250, 500
and 1,000 reports, then the peak resident memory of each. A per-stage timing of one report in
one process shows where the time goes.

The machine may be shared: the CPU time of the workers is printed too, and the throughput the
batch would reach with the cores to itself.

Run: ``.venv/bin/python benchmarks/bench_batch.py [--reports N] [--workers N] [--profile N]``
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import os
import pstats
import random
import re
import resource
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import pandas as pd
import psutil

from indicators import load_report
from indicators.batch import run_batch
from indicators.batch_pool import default_workers
from indicators.batch_worker import SERIES_YEAR, TABLE_COLUMNS, csv_rows, worst_finding
from indicators.checking import check_claims
from indicators.claims import extract_claims
from indicators.claims_table import claim_rows
from indicators.decoding import read_text
from indicators.facts import facts_of
from indicators.paths import default_report
from indicators.place import detect_place
from indicators.series import series_rows

CHECKPOINTS = (250, 500, 1000)
#: How often (in results) the parent samples the workers' CPU time and memory.
SAMPLE_EVERY = 50
_FIGURE = re.compile(r"(?<![\d.])(\d+\.\d+|\d{3,})(?![\d.])(\s*%)?")
_FIRST = "青白石金银龙凤云山水东西南北新长安和兴宝福高红黄绿大小古永丰嘉春桃梅"
_SECOND = "山石江河湖溪岭岗桥坪塘田林园城源泉峰洲湾坝口门庄寨阳沙湖埠岩滩铺"


def place_names(count: int) -> list[str]:
    """``count`` distinct two-character place names (without the level, 镇 or 县)."""
    names = [a + b for a in _FIRST for b in _SECOND if a != b]
    return random.Random(7).sample(names, count)


def vary(text: str, factor: Decimal) -> str:
    """Scale the figures of ``text`` by ``factor``, keeping their printed decimals; years stay,
    and a percentage stays below 100 (a share such as 参选率 cannot exceed it).

    Examples
    --------
    >>> vary("2020 年产值 127.99 亿元，参选率 96.95%，增长 9.30%", Decimal("1.1"))
    '2020 年产值 140.79 亿元，参选率 96.95%，增长 10.23%'
    """

    def scaled(m: re.Match[str]) -> str:
        figure, percent = m.group(1), m.group(2) or ""
        if "." not in figure and 1900 <= int(figure) <= 2100:
            return m.group(0)
        d = Decimal(figure)
        new = (d * factor).quantize(Decimal(1).scaleb(d.as_tuple().exponent))
        if percent and new >= 100:
            new = d
        return f"{new}{percent}"

    return _FIGURE.sub(scaled, text)


def make_reports(folder: Path, count: int) -> list[Path]:
    """Write ``count`` variants of the embedded report into ``folder``."""
    raw = read_text(default_report()).text
    place = detect_place(load_report(default_report()))
    stem, level = place[:-1], place[-1]
    rng = random.Random(2021)
    paths = []
    names = place_names(count)
    for i, name in enumerate(names):
        factor = Decimal(rng.randint(800, 1250)) / 1000
        text = vary(raw, factor).replace(stem, name)
        path = folder / f"{i:04d}-{name}{level}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _mb(n_bytes: float) -> str:
    return f"{n_bytes / 2**20:7.1f} MB"


STAGES = ("read and clean", "place", "claims", "checks", "series", "CSV rows, facts")


def _one(path: Path) -> list[float]:
    """The steps of a worker on one report (as :mod:`indicators.batch_worker` does them),
    with the time of each."""
    t = [time.perf_counter()]
    report = load_report(path)
    t.append(time.perf_counter())
    place = detect_place(report)
    t.append(time.perf_counter())
    claims = claim_rows(extract_claims(report))
    t.append(time.perf_counter())
    checked = check_claims(claims, report)
    checks, derived = checked.rows, checked.derived_rows
    worst_finding(checks)
    t.append(time.perf_counter())
    series = [
        {(SERIES_YEAR if k == "year" else k): v for k, v in row.items()}
        for row in series_rows(claims, derived)
    ]
    t.append(time.perf_counter())
    prefix = [path.name, place, "2021"]
    for name, table in zip(TABLE_COLUMNS, (claims, checks, derived, series), strict=True):
        csv_rows(table, TABLE_COLUMNS[name], prefix)
    facts_of(claims, path.name, place, "2021", report.locate)
    t.append(time.perf_counter())
    return [b - a for a, b in itertools.pairwise(t)]


def stage_times(paths: list[Path], n: int = 40) -> tuple[dict[str, float], int]:
    """Mean seconds per report of each step of a worker, in one process, over the first
    ``n`` reports that go through; and how many were skipped because a step raised."""
    totals = [0.0] * len(STAGES)
    done = skipped = 0
    for path in paths:
        if done == n:
            break
        try:
            times = _one(path)
        except Exception:
            skipped += 1
            continue
        totals = [a + b for a, b in zip(totals, times, strict=True)]
        done += 1
    return {name: total / max(done, 1) for name, total in zip(STAGES, totals, strict=True)}, skipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--brief", action="store_true", help="also write the overview brief")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="print the N costliest functions"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        paths = make_reports(folder, args.reports)
        size = sum(p.stat().st_size for p in paths)
        print(f"{len(paths)} reports ({size / 1e6:.1f} MB) in {folder}; {args.workers} workers")
        parent = psutil.Process()
        seen: dict[int, tuple[float, int]] = {}  # worker pid -> (CPU seconds, peak RSS)

        def on_result(count: int, result: object) -> None:
            # Looking up the workers costs the parent about a millisecond (a scan of /proc):
            # done every SAMPLE_EVERY results, at the checkpoints and at the last result,
            # which is enough for the workers' cumulated CPU time and peak memory.
            last = count == len(paths)
            if count % SAMPLE_EVERY and count not in CHECKPOINTS and not last:
                return
            workers, helpers = _pool_processes(parent)
            for proc in workers:
                try:
                    times = proc.cpu_times()
                    seen[proc.pid] = (times.user + times.system, _peak_rss(proc))
                except psutil.Error:
                    pass
            if count in CHECKPOINTS or last:
                rss = sum(_safe_rss(p) for p in workers)
                print(
                    f"  after {count:5d} reports: parent RSS {_mb(parent.memory_info().rss)}, "
                    f"{len(workers)} workers RSS {_mb(rss)}"
                    + (f" (+ helpers {_mb(sum(_safe_rss(p) for p in helpers))})" if helpers else "")
                )

        cpu_self = _cpu(resource.RUSAGE_SELF)
        start = time.perf_counter()
        summary = run_batch(
            [folder],
            Path(tmp) / "out",
            workers=args.workers,
            progress=False,
            on_result=on_result,
            brief=args.brief,
        )
        seconds = time.perf_counter() - start
        workers_cpu = sum(cpu for cpu, _ in seen.values())
        parent_cpu = _cpu(resource.RUSAGE_SELF) - cpu_self
        load = os.getloadavg()[0]
        print(
            f"batch: {summary.reports} reports in {seconds:.2f} s = "
            f"{summary.reports / seconds:.1f} reports/s ({summary.failed} failed); "
            f"load average {load:.1f} on {os.cpu_count()} cores"
        )
        print(
            f"CPU time: workers {workers_cpu:.1f} s ({workers_cpu / summary.reports * 1000:.1f} ms "
            f"per report), parent {parent_cpu:.1f} s; with {args.workers} cores to itself the "
            f"batch would run at about {args.workers * summary.reports / workers_cpu:.0f} reports/s"
        )
        if summary.failed:
            errors = pd.read_csv(summary.files["overview"], dtype=str, keep_default_na=False)
            counts = errors.loc[errors["error"] != "", "error"].str.replace(
                r"^.*?\.txt: ", "", regex=True
            )
            for message, n in counts.value_counts().head(3).items():
                print(f"  {n} failed with: {message}")
        for path in summary.files.values():
            print(f"  {path.name:24s} {path.stat().st_size / 1e6:6.1f} MB")
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        peak_worker = max((peak for _, peak in seen.values()), default=0)
        print(f"peak RSS: parent {_mb(peak_self)}, largest worker {_mb(peak_worker)}")

        stages, skipped = stage_times(paths)
        total = sum(stages.values())
        print(
            f"one report in one process: {total * 1000:.1f} ms "
            f"(= {1 / total:.1f} reports/s per core; {skipped} failing reports skipped); by stage:"
        )
        for name, dt in stages.items():
            print(f"  {name:16s} {dt * 1000:6.1f} ms  {dt / total:5.1%}")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(stage_times, paths, 20)
            stats = pstats.Stats(profiler, stream=sys.stdout)
            by_module: dict[str, float] = {}
            for (filename, _, _), row in stats.stats.items():  # type: ignore[attr-defined]
                name = _module_of(filename)
                by_module[name] = by_module.get(name, 0.0) + row[2]
            total_own = sum(by_module.values())
            print("own time by module (20 reports in one process):")
            for name, own in sorted(by_module.items(), key=lambda kv: -kv[1])[: args.profile]:
                print(f"  {name:32s} {own / 20 * 1000:6.1f} ms per report  {own / total_own:5.1%}")
            print("costliest functions (own time):")
            stats.strip_dirs().sort_stats("tottime").print_stats(args.profile)


def _module_of(filename: str) -> str:
    """``indicators.checks.shares``, ``pandas``, ``fractions``: where a profiled function lives."""
    path = Path(filename)
    parts = path.with_suffix("").parts
    if "indicators" in parts:
        return ".".join(parts[len(parts) - 1 - parts[::-1].index("indicators") :])
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    return path.stem or filename


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _pool_processes(parent: psutil.Process) -> tuple[list[psutil.Process], list[psutil.Process]]:
    """The pool's workers, and its helpers (a fork server, the resource tracker) if any."""
    workers, helpers = [], []
    for proc in parent.children(recursive=True):
        try:
            helper = proc.ppid() == parent.pid and "import main" in " ".join(proc.cmdline())
        except psutil.Error:
            continue
        (helpers if helper else workers).append(proc)
    return workers, helpers


def _peak_rss(proc: psutil.Process) -> int:
    """Peak resident memory of a process (VmHWM on Linux; current RSS elsewhere)."""
    try:
        for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return _safe_rss(proc)


def _safe_rss(proc: psutil.Process) -> int:
    try:
        return proc.memory_info().rss
    except psutil.Error:
        return 0


if __name__ == "__main__":
    main()
