"""Many reports at once: inputs, the ordered pool, combined tables, failures, atomic outputs."""

from __future__ import annotations

import io
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from indicators import load_report
from indicators.batch import run_batch
from indicators.batch_inputs import find_reports
from indicators.batch_pool import ordered_map
from indicators.batch_worker import OVERVIEW_COLUMNS, PREFIX, TABLE_COLUMNS
from indicators.claims_table import claims_table
from indicators.cli import main
from indicators.errors import InputError

BATCH = Path(__file__).parent / "texts" / "batch"
REPORTS = [
    "hekou-2022.txt",
    "hekou-2023.txt",
    "longquan-2022.txt",
    "longquan-2023.txt",
    "qingshan-2023-draft.doc",
    "shimen-2022-draft.txt",
    "shimen-2023-draft.txt",
]
PLACES = {"hekou": "河口镇", "longquan": "龙泉镇", "shimen": "石门镇"}


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("batch") / "out"
    summary = run_batch([BATCH], out, workers=2, chunksize=2, progress=False, brief=False)
    return summary, out


# -- inputs ------------------------------------------------------------------------------------


def test_inputs_are_sorted_unique_and_found_in_folders(tmp_path):
    items = find_reports([BATCH, BATCH / "hekou-2023.txt"])
    assert [i.name for i in items] == [f"{BATCH.as_posix()}/{n}" for n in REPORTS]
    (tmp_path / "notes.csv").write_text("x")
    with pytest.raises(InputError, match="中未找到报告文件"):
        find_reports([tmp_path])
    with pytest.raises(InputError, match="missing: 文件或文件夹不存在"):
        find_reports([tmp_path / "missing"])


# -- combined tables ---------------------------------------------------------------------------


def test_every_report_is_recorded_in_order_with_place_and_year(batch_out):
    summary, out = batch_out
    assert (summary.reports, summary.failed) == (7, 1)
    overview = _read(out / "overview.csv")
    assert list(overview.columns) == OVERVIEW_COLUMNS
    assert [Path(r).name for r in overview.report] == REPORTS
    ok = overview[overview.error == ""]
    assert ok.place.tolist() == [PLACES[Path(r).name.split("-")[0]] for r in ok.report]
    assert ok.year.tolist() == [Path(r).name.split("-")[1][:4] for r in ok.report]
    assert (ok.review_year.astype(int) == ok.year.astype(int) - 1).all()
    assert ok.comments.tolist() == ["0", "1", "0", "1", "1", "2"]


def test_a_failing_report_is_recorded_with_its_error_and_others_go_on(batch_out):
    _, out = batch_out
    overview = _read(out / "overview.csv").set_index("report")
    failed = overview.loc[f"{BATCH.as_posix()}/qingshan-2023-draft.doc"]
    assert "Word 97-2003（.doc）文件" in failed.error and "请另存为 .docx 后重试" in failed.error
    assert failed.place == "" and failed.claims_found == ""
    claims = _read(out / "claims.csv")
    assert not claims.report.str.endswith(".doc").any()
    assert claims.report.nunique() == 6


def test_combined_claims_are_each_reports_claims_with_the_prefix(batch_out):
    _, out = batch_out
    claims = _read(out / "claims.csv")
    assert list(claims.columns) == PREFIX + TABLE_COLUMNS["claims"]
    for name in ("shimen-2023-draft.txt", "longquan-2022.txt", "hekou-2023.txt"):
        report = f"{BATCH.as_posix()}/{name}"
        mine = claims[claims.report == report].drop(columns=PREFIX).reset_index(drop=True)
        single = claims_table(load_report(BATCH / name))
        buf = io.StringIO()
        single.to_csv(buf, index=False)
        expected = pd.read_csv(io.StringIO(buf.getvalue()), dtype=str, keep_default_na=False)
        pd.testing.assert_frame_equal(mine, expected)
        assert set(claims[claims.report == report].place) == {PLACES[name.split("-")[0]]}


def test_outputs_are_byte_identical_whatever_the_workers_and_chunks(batch_out, tmp_path):
    _, out = batch_out
    again = tmp_path / "again"
    run_batch([BATCH], again, workers=1, chunksize=5, progress=False, brief=False)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    for name in names:
        if (out / name).is_file():
            assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_no_temporary_file_is_left_and_an_interrupted_run_keeps_old_outputs(batch_out, tmp_path):
    _, out = batch_out
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
    target = tmp_path / "kept"
    run_batch([BATCH / "hekou-2022.txt"], target, progress=False, brief=False)
    before = {p.name: p.read_bytes() for p in target.iterdir()}

    def interrupt(count, result):
        if count == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(
            [BATCH],
            target,
            workers=2,
            chunksize=1,
            progress=False,
            on_result=interrupt,
            brief=False,
        )
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before


# -- the pool ----------------------------------------------------------------------------------


def crash_on_boom(chunk):
    """A task that kills its worker process on the item ``boom`` (as an out-of-memory kill)."""
    if "boom" in chunk:
        os._exit(1)
    return [item.upper() for item in chunk]


@pytest.mark.parametrize("start", ["fork", "forkserver"])
def test_a_worker_that_dies_costs_only_its_report(start):
    items = ["a", "b", "boom", "c", "d", "e", "f"]
    context = multiprocessing.get_context(start)
    results = list(
        ordered_map(
            crash_on_boom,
            items,
            fail=lambda i, m: f"failed {i}: {m}",
            workers=2,
            chunksize=2,
            context=context,
        )
    )
    assert results[:2] == ["A", "B"] and results[3:] == ["C", "D", "E", "F"]
    assert results[2] == "failed boom: 处理此报告时工作进程意外终止"


# -- command line ------------------------------------------------------------------------------


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "indicators", *args], capture_output=True, text=True, timeout=120
    )


def test_command_writes_outputs_and_exits_1_when_a_report_failed(tmp_path):
    res = _run("batch", str(BATCH), "-o", str(tmp_path / "out"), "-q", "--no-brief")
    assert res.returncode == 1, res.stderr
    assert "7 份报告中有 1 份处理失败" in res.stderr
    assert (tmp_path / "out" / "claims.csv").is_file()
    assert not (tmp_path / "out" / "brief.html").exists()
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/no/such/folder"], "/no/such/folder: 文件或文件夹不存在"),
        ([str(BATCH), "-j", "0"], "--workers 应为不小于 1 的整数，不能是 '0'"),
    ],
)
def test_bad_arguments_get_one_line_and_exit_2(tmp_path, capsys, args, message):
    assert main(["batch", *args, "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert not (tmp_path / "out").exists()


def test_output_folder_that_is_a_file_is_refused(tmp_path, capsys):
    blocker = tmp_path / "out"
    blocker.write_text("x")
    assert main(["batch", str(BATCH / "hekou-2022.txt"), "-o", str(blocker), "-q"]) == 2
    assert f"indicators: {blocker}: 已存在，但不是文件夹" in capsys.readouterr().err


def test_a_dead_worker_the_pool_does_not_notice_still_breaks_the_wait(monkeypatch):
    """The pool's own thread can miss a worker killed at the wrong moment and leave the wait
    for a result hanging (one run in twenty of the crash test above hung so): the wait looks
    at the workers itself."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool
    from types import SimpleNamespace

    from indicators import batch_pool

    monkeypatch.setattr(batch_pool, "_POLL_SECONDS", 0.01)
    monkeypatch.setattr(batch_pool, "_GRACE_SECONDS", 0.05)
    dead = SimpleNamespace(exitcode=1)
    pool = SimpleNamespace(_processes={1: dead})
    with pytest.raises(BrokenProcessPool):
        batch_pool._result(pool, Future())
    done = Future()
    done.set_result(["A"])
    assert batch_pool._result(SimpleNamespace(_processes={}), done) == ["A"]
