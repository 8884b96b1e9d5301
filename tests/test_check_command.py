"""`indicators check`, `indicators.check(path)`, and the checks in the main job's tables."""

from __future__ import annotations

import io
import subprocess
import sys

import pandas as pd

import indicators
from indicators.checking import CHECK_COLUMNS, DERIVED_COLUMNS
from indicators.cli import main
from indicators.pipeline import process_report


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "indicators", *args], capture_output=True, text=True, timeout=120
    )


def test_check_prints_one_row_per_relation_and_a_summary_line(embedded_path):
    res = run("check", str(embedded_path))
    assert res.returncode == 0, res.stderr
    table = pd.read_csv(io.StringIO(res.stdout), dtype=str).fillna("")
    assert list(table.columns) == CHECK_COLUMNS
    summary = res.stderr.strip().splitlines()
    assert len(summary) == 1
    assert summary[0].startswith("indicators check: ")
    parts = [part.split(" ") for part in summary[0].split(": ")[1].split("，")]
    assert [(label, unit) for label, _, unit in parts] == [
        ("提取的数据", "条"),
        ("其中参与至少一项关系的", "条"),
        ("核查的关系", "项"),
        ("不一致", "项"),
        ("无法判断", "项"),
    ]
    found = {label: int(number) for label, number, _ in parts}
    assert found["核查的关系"] == len(table)
    assert found["不一致"] == (table.verdict == "inconsistent").sum() == 5
    assert found["提取的数据"] > found["其中参与至少一项关系的"] > 0
    targets = table[(table.check == "growth") & (table.period == "2020→2021")]
    assert set(targets.verdict) == {"inconsistent"} and len(targets) == 3


def test_check_writes_the_table_with_o(tmp_path, embedded_path):
    out = tmp_path / "checks.csv"
    assert main(["check", str(embedded_path), "-o", str(out)]) == 0
    table = pd.read_csv(out, encoding="utf-8-sig", dtype=str)
    assert (table.explanation.str.endswith("。")).all()


def test_check_on_bad_input_is_one_line_and_exit_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = run("check", str(empty))
    assert res.returncode == 2
    assert res.stderr.startswith(f"indicators: {empty}: 文件为空")
    assert len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.stderr


def test_check_from_python_on_a_report_never_seen(texts, embedded_path):
    for path in [embedded_path, *sorted(texts.glob("*.txt"))]:
        table = indicators.check(path)
        assert list(table.columns) == CHECK_COLUMNS
        assert set(table.verdict) <= {"consistent", "inconsistent", "not_assessable"}
        assert (table.lines != "").all() and (table.quotes != "").all()
        # Each explanation is one sentence, fit to paste into a brief.
        assert (table.explanation.str.count("。") == 1).all()
        assert table.explanation.str.endswith("。").all()
        assert (table[table.verdict == "inconsistent"].gap != "").all()


def test_the_main_job_writes_checks_and_derived_values(tmp_path, embedded_path):
    paths = process_report(embedded_path, tmp_path / "out")
    assert paths["checks"].name == "checks.csv" and paths["derived"].name == "derived.csv"
    checks = pd.read_csv(tmp_path / "out" / "checks.csv", encoding="utf-8-sig", dtype=str)
    derived = pd.read_csv(tmp_path / "out" / "derived.csv", encoding="utf-8-sig", dtype=str)
    assert list(checks.columns) == CHECK_COLUMNS
    assert list(derived.columns) == DERIVED_COLUMNS
    base = derived[derived.what == "2020 年社会总产值（2021 年目标的基数）"].iloc[0]
    assert (base.value, base.low, base.high, base.lines) == (
        "120.24",
        "120.2277",
        "120.2474",
        "306",
    )
