"""The overview brief of a batch and its charts: content, escaping, fonts, stable bytes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from indicators.across_places import place_profile
from indicators.batch import run_batch
from indicators.charts.batch_charts import places_chart, targets_chart
from indicators.facts import Fact

BATCH = Path(__file__).parent / "texts" / "batch"
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The test towns plus a copy of one report under a hostile file name."""
    folder = tmp_path_factory.mktemp("inputs")
    shutil.copytree(BATCH, folder / "batch")
    shutil.copy(BATCH / "hekou-2022.txt", folder / f"x{HOSTILE}.txt")
    return folder


@pytest.fixture(scope="module")
def out(inputs, tmp_path_factory):
    """The command's outputs over ``inputs``."""
    target = tmp_path_factory.mktemp("out")
    res = subprocess.run(
        [sys.executable, "-m", "indicators", "batch", str(inputs), "-o", str(target), "-q"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 1, res.stderr  # the .doc file fails
    assert "brief: " in res.stderr
    return target


def test_the_brief_is_written_with_its_charts(out):
    assert (out / "brief.html").is_file()
    names = sorted(p.name for p in (out / "figures").iterdir())
    assert names == sorted(
        f"{stem}.{ext}"
        for stem in ("places-1", "places-2", "places-3", "targets")
        for ext in ("png", "svg")
    )


def test_brief_shows_reports_places_and_targets_in_chinese(out):
    html = (out / "brief.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in html
    for text in ("逐份报告", "各地对比", "目标与下一年实际", "石门镇", "河口镇", "龙泉镇"):
        assert text in html, text
    # the worst finding of a report, its error, and an outcome explained
    assert "与工农业总产值 48.96 亿元不符" in html
    assert "是 Word 97-2003（.doc）文件" in html
    assert "2022 年税收收入 0.87 亿元（合 8700 万元），高于目标（8600 万元）100 万元" in html
    # cards: 8 reports of which 1 failed
    assert re.search(r"<span>报告</span><b>8 <small>", html)
    assert re.search(r"<span>处理失败</span><b>1 <small>", html)


def test_brief_escapes_report_text_and_is_self_contained(out):
    html = (out / "brief.html").read_text(encoding="utf-8")
    assert HOSTILE not in html and "onerror=alert(1)&gt;" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", html)
    assert "default-src 'none'" in html
    assert html.count('src="data:image/png;base64,') == 4
    assert '@font-face { font-family: "BriefCJK"; src: url(data:font/woff;base64,' in html


def _fact(place, kind, year, value, unit, growth, report_year="2023"):
    return Fact(
        f"{place}.txt",
        place,
        report_year,
        0,
        "税收收入",
        "indicator",
        year,
        kind,
        "level",
        value,
        unit,
        growth,
        "",
        "",
        5,
        "",
    )


def test_places_chart_states_the_finding_and_labels_every_place():
    profile = place_profile(
        "税收收入",
        [
            (
                "河口镇",
                [
                    _fact("河口镇", "actual", 2022, "8700", "万元", "7.1"),
                    _fact("河口镇", "target", 2023, "", "", "5"),
                ],
            ),
            ("石门镇", [_fact("石门镇", "actual", 2022, "2.01", "亿元", "4.7")]),
        ],
    )
    fig = places_chart(profile, "资料来源：测试报告")
    assert fig.get_label() == (
        "税收收入：石门镇总量最大（2.01亿元），河口镇增长最快（7.1%），石门镇最慢（4.7%），"
        "河口镇的目标增速最高（5%）"
    )
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert " 0.87" in texts and " 2.01" in texts and " 5%" in texts and " 未列出" in texts
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["石门镇", "河口镇"]
    assert any("资料来源：测试报告" in t.get_text() for t in fig.texts)


def test_a_character_the_font_cannot_draw_fails_the_chart():
    from indicators.charts import figure_bytes

    profile = place_profile(
        "税收收入", [("\U0001f600镇", [_fact("\U0001f600镇", "actual", 2022, "1.2", "亿元", "3")])]
    )
    with pytest.raises(UserWarning, match="missing from font"):
        figure_bytes(places_chart(profile, "资料来源：测试"), "png")


def test_chinese_renders_without_any_warning():
    from indicators.charts import figure_bytes

    outcomes = pd.DataFrame(
        {
            "place": ["石门镇"] * 2,
            "indicator": ["税收收入"] * 2,
            "year": ["2022"] * 2,
            "measure": ["growth", "level"],
            "target": ["6", "2.04"],
            "actual": ["4.7", "2.01"],
            "unit": ["%", "亿元"],
            "verdict": ["missed"] * 2,
            "certain": ["true", "false"],
            "margin": ["-1.3", "-0.03"],
            "completion_pct": ["", "98.5"],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        png = figure_bytes(targets_chart(outcomes, "资料来源：测试"), "png")
    assert png.startswith(b"\x89PNG")


def test_brief_and_charts_are_byte_identical_across_runs(inputs, out, tmp_path):
    again = tmp_path / "again"
    run_batch([inputs], again, progress=False, workers=1, chunksize=3)
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for name in files:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
