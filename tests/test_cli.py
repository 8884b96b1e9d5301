"""The command line: CSV output, -o files, the main job, and one-line errors with exit 2."""

from __future__ import annotations

import io
import subprocess
import sys

import pandas as pd
import pytest

from indicators.cli import main


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "indicators", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_clean_prints_paragraph_csv(embedded_path):
    res = run("clean", str(embedded_path))
    assert res.returncode == 0, res.stderr
    table = pd.read_csv(io.StringIO(res.stdout))
    assert list(table.columns) == [
        "paragraph",
        "kind",
        "part",
        "section",
        "line_start",
        "line_end",
        "text",
        "location",
    ]
    row = table[table.text.str.contains("127.99亿元", regex=False)].iloc[0]
    assert (row.line_start, row.line_end) == (38, 53)
    assert row.location == "第 38 行"


def test_comments_writes_csv_file(tmp_path, embedded_path):
    out = tmp_path / "comments.csv"
    assert main(["comments", str(embedded_path), "-o", str(out)]) == 0
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert table.anchor.tolist() == ["2020年，", "一年"]
    assert table.line.tolist() == [140, 192]


def test_main_job_table_step_writes_into_the_folder_given(tmp_path, embedded_path):
    from indicators.pipeline import process_report

    paths = process_report(embedded_path, tmp_path / "out")
    assert {p.name for p in (tmp_path / "out").iterdir()} == {f"{n}.csv" for n in paths}
    assert {"paragraphs", "comments", "claims", "checks", "derived"} <= set(paths)


@pytest.mark.parametrize("command", ["clean", "comments", "revisions", "brief"])
def test_help(command):
    res = run(command, "--help")
    assert res.returncode == 0
    assert "usage: indicators" in res.stdout
    assert "报告文件" in res.stdout


def _bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    return {
        "missing": (tmp_path / "nope.txt", "nope.txt: 文件不存在"),
        "empty": (empty, "empty.txt: 文件为空"),
        "binary": (binary, "binary.txt: 不是文本报告，看起来是二进制文件"),
        "folder": (tmp_path, "是文件夹，不是报告文件"),
    }


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "folder"])
@pytest.mark.parametrize("command", ["clean", "comments", "brief"])
def test_bad_input_exit_2_with_one_line(tmp_path, case, command):
    path, message = _bad_inputs(tmp_path)[case]
    res = run(command, str(path), *(["-o", str(tmp_path / "o")] if command == "brief" else []))
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("indicators: ") and message in lines[0]
    assert res.stdout == ""


def test_a_failed_run_keeps_the_earlier_output(tmp_path, embedded_path):
    out = tmp_path / "clean.csv"
    assert main(["clean", str(embedded_path), "-o", str(out)]) == 0
    before = out.read_bytes()
    assert main(["clean", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["clean.csv"]


def test_refuses_to_write_into_data_raw(embedded_path):
    target = embedded_path.parent / "should-not-exist.csv"
    assert main(["clean", str(embedded_path), "-o", str(target)]) == 2
    assert not target.exists()


def test_a_defect_of_the_package_is_one_line_not_a_traceback(monkeypatch, capsys, embedded_path):
    import indicators.cli as cli

    def broken(*args, **kwargs):
        raise AssertionError

    monkeypatch.setattr(cli, "check_report", broken)
    monkeypatch.delenv("INDICATORS_DEBUG", raising=False)
    assert main(["check", str(embedded_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("indicators: 内部错误: AssertionError，位于 ")
    monkeypatch.setenv("INDICATORS_DEBUG", "1")
    with pytest.raises(AssertionError):
        main(["check", str(embedded_path)])
