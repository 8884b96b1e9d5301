"""Claims of the embedded report: the economic figures exactly, and every other quantity.

The expected (line, value, unit) of every quantity with a unit in the embedded report is
hand-labelled in ``tests/fixtures/embedded_quantities.csv``; recall and precision against it
are asserted here.
"""

from __future__ import annotations

import collections
from pathlib import Path

import pandas as pd
import pytest

from indicators import claims_table
from indicators.claims_table import COLUMNS

FIXTURE = Path(__file__).parent / "fixtures" / "embedded_quantities.csv"
KEY = ["indicator", "period", "kind", "value", "unit", "growth_pct", "qualifier", "line"]


@pytest.fixture(scope="module")
def table(embedded):
    return claims_table(embedded)


def _row(table, **where):
    sel = table
    for col, val in where.items():
        sel = sel[sel[col] == val]
    assert len(sel) == 1, f"{where}: {len(sel)} rows"
    return sel.iloc[0]


def _key(row):
    return tuple(int(row[k]) if k == "line" else row[k] for k in KEY)


def test_columns_in_the_agreed_order(table):
    assert list(table.columns[: len(COLUMNS)]) == [
        "indicator",
        "name",
        "parent",
        "period",
        "kind",
        "value",
        "unit",
        "growth_pct",
        "growth_basis",
        "qualifier",
        "scope",
        "section",
        "line",
        "quote",
    ]


ACTUALS_2020 = [
    ("社会总产值", "2020-01..2020-12", "actual", "127.99", "亿元", "7", "", 42),
    ("工业总产值", "2020-01..2020-12", "actual", "103.63", "亿元", "9.8", "", 43),
    ("规模以上工业总产值", "2020-01..2020-12", "actual", "92.63", "亿元", "9.30", "", 45),
    ("农业总产值", "2020-01..2020-12", "actual", "12.98", "亿元", "4.52", "", 47),
    ("第三产业总产值", "2020-01..2020-12", "actual", "11.38", "亿元", "4.87", "", 49),
    ("固定资产投资", "2020-01..2020-12", "actual", "", "", "50.8", "", 51),
    ("税收收入", "2020", "actual", "5.9", "亿元", "4.35", "", 53),
    ("本级税收收入", "2020", "actual", "1.86", "亿元", "", "", 53),
]
TARGETS_2021 = [
    ("社会总产值", "2021", "target", "134.63", "亿元", "11.97", "预计", 306),
    ("工业总产值", "2021", "target", "112.27", "亿元", "11.38", "", 308),
    ("规模以上工业总产值", "2021", "target", "100.93", "亿元", "12.55", "", 308),
    ("固定资产投资", "2021", "target", "30.79", "亿元", "13.04", "", 310),
]


@pytest.mark.parametrize("expected", ACTUALS_2020 + TARGETS_2021, ids=lambda e: f"{e[0]}-{e[1]}")
def test_economic_claims_exactly(table, expected):
    indicator, period, kind = expected[:3]
    row = _row(table, indicator=indicator, period=period, kind=kind)
    assert _key(row) == expected


def test_economic_claims_are_all_there_is_for_these_indicators(table):
    economic = {e[0] for e in ACTUALS_2020 + TARGETS_2021}
    got = sorted(_key(r) for _, r in table[table.indicator.isin(economic)].iterrows())
    assert got == sorted(ACTUALS_2020 + TARGETS_2021)


def test_names_parents_basis_and_scope_of_the_2020_figures(table):
    fixed = _row(table, indicator="固定资产投资", kind="actual")
    assert (fixed["name"], fixed.growth_basis, int(fixed.growth_line)) == (
        "固定项目投资",
        "与上年同期比",
        51,
    )
    assert pd.isna(fixed.value_line)
    parents = {
        r.indicator: r.parent for r in table[table.kind == "actual"].itertuples() if r.parent
    }
    assert parents["工业总产值"] == "社会总产值"
    assert parents["农业总产值"] == "社会总产值"
    assert parents["第三产业总产值"] == "社会总产值"
    assert parents["规模以上工业总产值"] == "工业总产值"
    assert parents["本级税收收入"] == "税收收入"
    assert "固定资产投资" not in parents
    above = _row(table, indicator="规模以上工业总产值", kind="actual")
    assert "45家规上企业" in above.scope
    assert int(above.growth_line) == 47
    tax = _row(table, indicator="税收收入")
    assert tax.growth_basis == "同比"
    assert tax.quote.startswith("税收收入为5.9亿元") and tax.quote.endswith("同比增加4.35%")
    total = _row(table, indicator="社会总产值", kind="actual")
    assert total.quote == "社会总产值127.99亿元，同比增长7%"


def test_parent_ids_point_at_the_total(table):
    by_id = table.set_index("claim_id")
    for r in table[table.parent_id != ""].itertuples():
        parent = by_id.loc[r.parent_id]
        assert parent.paragraph == r.paragraph
        assert (parent.indicator or parent["name"]) == r.parent


def test_enterprise_counts_41_to_52_and_the_45_in_the_output_statistics(table):
    counts = table[table.indicator == "规模以上工业企业"]
    got = {(r.value, r.unit, r.period, int(r.line), r.growth_pct) for r in counts.itertuples()}
    assert got == {
        ("45", "家", "2020-01..2020-12", 47, ""),
        ("41", "间", "2019", 90, ""),
        ("52", "间", "2020", 90, "26.8"),
    }
    later = _row(table, indicator="规模以上工业企业", value="52")
    earlier = _row(table, indicator="规模以上工业企业", value="41")
    assert (later.link, later.linked_to) == ("changed_from", earlier.claim_id)
    assert _row(table, value="45", unit="家")["name"] == "规上企业"
    assert _row(table, value="170", unit="间").qualifier == "多"


def _parts_of(table, total_value, unit):
    total = _row(table, value=total_value, unit=unit)
    return total, table[table.parent_id == total.claim_id]


def test_counted_totals_and_their_parts(table):
    total, parts = _parts_of(table, "44", "项")
    assert sorted(parts.value) == ["39", "5"] and int(total.line) == 71
    total, parts = _parts_of(table, "30", "项")
    assert sorted(parts.value) == ["1", "29"]
    assert [int(x) for x in parts.line] == [196, 198]
    total, parts = _parts_of(table, "1338", "件")
    assert list(parts.value) == ["1278"]
    assert (int(total.line), int(parts.iloc[0].line)) == (214, 214)
    total, parts = _parts_of(table, "13", "个")
    assert list(parts.value) == ["8"] and parts.iloc[0].scope == "一期"


def test_no_year_ordinal_rank_plan_or_policy_name_is_a_quantity(table):
    values = set(table.value)
    for year in ("2019", "2020", "2021", "2022"):
        assert year not in values
    quotes = " ".join(table.quote)
    for name in (
        "十三五",
        "十四五",
        "1+1+9",
        "五大行动",
        "三个一批",
        "前3",
        "第6",
        "周年",
        "号厂房",
    ):
        assert name not in quotes, name
    assert not ((table.value == "6") | (table.value == "9")).any()
    assert not ((table.value == "100") & (table.unit != "%")).any()
    # Chinese numerals: 八个镇 is a count; slogans (“三个百分百”, “四个同步”) are not.
    assert _row(table, value="8", unit="个", line=38)["name"] == "镇"
    assert table[table.unit.isin(["个", "家"]) & table.quote.str.contains("“")].empty


def test_a_change_and_a_range_of_counts(table):
    change = _row(table, value="2", measure="change")
    assert (change["name"], change.unit, int(change.line)) == ("市农业龙头企业", "个", 108)
    area = _row(table, value="30000")
    assert (area.unit, area.measure, area.kind, area.period) == (
        "平方米",
        "change",
        "target",
        "2021",
    )


def _quantities(table):
    got = collections.Counter()
    for r in table.itertuples():
        if r.value:
            got[(int(r.value_line), r.value.lstrip("-"), r.unit, "value")] += 1
        if r.growth_pct and not pd.isna(r.growth_line):
            got[(int(r.growth_line), r.growth_pct.lstrip("-"), "%", "growth")] += 1
    return got


def test_recall_and_precision_of_all_quantities_with_a_unit(table):
    labelled = pd.read_csv(FIXTURE, dtype=str, keep_default_na=False)
    expected = collections.Counter(
        (int(r.line), r.value, r.unit, r.role) for r in labelled.itertuples()
    )
    got = _quantities(table)
    hit = sum((got & expected).values())
    recall = hit / sum(expected.values())
    precision = hit / sum(got.values())
    assert len(labelled) >= 75
    assert recall >= 0.95, f"recall {recall:.3f}; missing {expected - got}"
    assert precision >= 0.95, f"precision {precision:.3f}; extra {got - expected}"


def test_every_claim_has_provenance(table, embedded):
    raw = embedded.raw_lines
    for r in table.itertuples():
        assert r.quote and r.section and r.claim_id
        digits = r.value.lstrip("-") or r.growth_pct.lstrip("-")
        line = raw[int(r.line) - 1].replace(" ", "")
        if digits in r.quote:  # printed in digits (not in Chinese numerals)
            assert digits.split(".")[0] in line, (r.claim_id, line)
    assert table.claim_id.is_unique
