"""The claims command, the main job's claims.csv, and the number and unit helpers."""

from __future__ import annotations

import io
import subprocess
import sys
from decimal import Decimal

import pandas as pd
import pytest

from indicators import claims, default_report
from indicators.claims_table import COLUMNS
from indicators.cli import main
from indicators.mentions import find_mentions
from indicators.numbers import chinese_to_decimal
from indicators.units import load_units


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "indicators", *args], capture_output=True, text=True, timeout=120
    )


def test_claims_command_prints_the_table(embedded_path):
    res = _run("claims", str(embedded_path))
    assert res.returncode == 0, res.stderr
    table = pd.read_csv(io.StringIO(res.stdout), dtype=str, keep_default_na=False)
    assert list(table.columns[: len(COLUMNS)]) == COLUMNS
    row = table[table.indicator == "规模以上工业总产值"].iloc[0]
    assert (row.value, row.growth_pct, row.line) == ("92.63", "9.30", "45")
    api = claims(embedded_path)
    for col in ("claim_id", "indicator", "value", "growth_pct", "quote"):
        assert table[col].tolist() == api[col].tolist()


def test_claims_command_writes_a_file_and_has_help(tmp_path, embedded_path):
    out = tmp_path / "claims.csv"
    assert main(["claims", str(embedded_path), "-o", str(out)]) == 0
    table = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "127.99" in set(table.value)
    res = _run("claims", "--help")
    assert res.returncode == 0 and "usage: indicators claims" in res.stdout


@pytest.mark.parametrize("case", ["missing", "empty"])
def test_claims_bad_input_is_one_line_and_exit_2(tmp_path, case):
    path = tmp_path / "r.txt"
    if case == "empty":
        path.write_bytes(b"")
    res = _run("claims", str(path))
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    problem = "文件为空" if case == "empty" else "文件不存在"
    assert res.stderr == f"indicators: {path}: {problem}\n"


def test_main_job_tables_include_claims_csv(tmp_path):
    from indicators.pipeline import process_report

    paths = process_report(default_report(), tmp_path)
    table = pd.read_csv(paths["claims"], encoding="utf-8-sig", dtype=str)
    assert "134.63" in set(table.value)


@pytest.mark.parametrize(
    ("span", "value"),
    [
        ("三", "3"),
        ("十", "10"),
        ("十五", "15"),
        ("二十", "20"),
        ("两千", "2000"),
        ("一百零五", "105"),
        ("一千二百", "1200"),
        ("一万二千", "12000"),
        ("二万一千三百", "21300"),
        ("三亿五千万", "350000000"),
        ("九十八点五", "98.5"),
        ("二〇二二", "2022"),
    ],
)
def test_chinese_numerals(span, value):
    assert chinese_to_decimal(span) == Decimal(value)


@pytest.mark.parametrize("span", ["十三五", "千万", "万", "点五", "五十十", "〇一"])
def test_malformed_chinese_numerals_are_refused(span):
    assert chinese_to_decimal(span) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成投资9.30亿元", [("9.30", "亿元")]),
        ("发放补贴5000多万元", [("5000", "万元")]),
        ("引进项目两千万元", [("2000", "万元")]),
        ("完成投资五亿八千万元，发放资金一亿二千五百万元", [("58000", "万元"), ("12500", "万元")]),
        ("增长7个百分点，增长7%", [("7", "个百分点"), ("7", "%")]),
        ("培训一千二百人次", [("1200", "人次")]),
        ("2020年1-12月，第6名，前3位，“十四五”，“1+1+9”，五大行动", []),
        ("建成5G基站300个，PM2.5浓度下降", [("300", "个")]),
        ("〔2021〕3号文件，《2021—2025年规划》", []),
        ("一个率先，一户一策，零部件，二元结构", []),
        ("推动“有物业、有业委会、有党组织”三个全覆盖", []),
        ("实现30户以上自然院落通硬化路全覆盖", []),
        ("完成货物周转量3.8亿吨公里", [("3.8", "亿吨公里")]),
        ("建成充电桩1.2万座，快递业务量12.4万单", [("1.2", "万座"), ("12.4", "万单")]),
        ("提前3个月完成", [("3", "个月")]),
    ],
)
def test_what_is_a_quantity(text, expected):
    assert [(m.value, m.unit) for m in find_mentions(text)] == expected


def test_units_file_gives_families_and_exact_factors():
    units = load_units()
    assert units["万亩"].factor == Decimal("10000") and units["万亩"].base == "亩"
    assert units["个百分点"].family == "points" and units["%"].family == "percent"
    assert units["万元"].family == units["亿元"].family == "money"
