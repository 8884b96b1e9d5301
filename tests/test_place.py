"""Which place a report is about: real report texts, and the fast search of place names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators import claims_table, load_report, parse_text
from indicators.paths import default_report
from indicators.place import detect_place, fiscal_level, names_before

TEXTS = Path(__file__).parent / "texts"


@pytest.mark.parametrize(
    ("path", "place"),
    [
        (default_report(), "太平镇"),  # named only by 我镇 and the name in the text
        (TEXTS / "county-single-spaced.txt", "青山县"),
        (TEXTS / "district-2020-declines.txt", "东湖区"),
        (TEXTS / "town-wrapped-cjk-author.txt", "绿水镇"),
        (TEXTS / "batch" / "hekou-2023.txt", "河口镇"),
    ],
)
def test_the_place_of_real_and_written_reports(path: Path, place: str) -> None:
    assert detect_place(load_report(path)) == place


# Characters that make the search interesting: levels, names, punctuation, self-references.
_ALPHABET = "镇县区乡我全本石门青山河口与、，。的 1"


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=60), level=st.sampled_from("镇县区乡"))
def test_names_are_the_matches_of_a_full_scan(text: str, level: str) -> None:
    full = [(m.span(), m.group(1)) for m in re.finditer(rf"([\u4e00-\u9fff]{{2,3}}){level}", text)]
    fast = [(m.span(), m.group(1)) for m in names_before(text, level)]
    assert fast == full


@pytest.mark.parametrize(
    ("head", "place", "tier"),
    [
        ("营州市河西区兴华街道办事处工作报告\n（征求意见稿）", "兴华街道", "区"),
        ("兴华街道2019年政府工作报告", "兴华街道", "区"),
        ("青山县人民政府工作报告", "青山县", "县"),
        (
            "各位代表：\n\n现在，我代表街道办事处，在滨江街道第三届居民代表大会上报告工作",
            "滨江街道",
            "区",
        ),
    ],
)
def test_a_street_is_found_in_its_title_and_its_district_tax_is_its_own(head, place, tier):
    body = "一、2018年工作回顾\n\n全年完成区级税收3.86亿元，增长8.7%，全区增长5.5%。"
    report = parse_text(f"{head}\n\n{body}\n")
    assert detect_place(report) == place
    assert fiscal_level(report) == tier
    claims = claims_table(report)
    assert claims.indicator[0] == ("本级税收收入" if tier == "区" else "")


def test_a_street_that_names_its_own_level_keeps_the_district_tax_apart():
    report = parse_text(
        "滨江街道办事处工作报告\n\n一、2017年工作回顾\n\n全年完成全口径税收28.46亿元，其中区级税收"
        "11.37亿元，街道级税收3.82亿元，比上年的3.49亿元增长9.5%。\n"
    )
    assert fiscal_level(report) == "街道"
    claims = claims_table(report)
    own = claims[claims.indicator == "本级税收收入"]
    assert list(own.value) == ["3.82", "3.49"]


@pytest.mark.parametrize("title", ["兴华街道2024年工作报告", "河西区兴华街道办事处2023年工作报告"])
def test_street_titles_without_a_government(title):
    report = parse_text(f"{title}\n\n一、2023年工作回顾\n\n全区增长5%。\n")
    assert (detect_place(report), fiscal_level(report)) == ("兴华街道", "区")
