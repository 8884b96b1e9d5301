"""Claims from the tables of Word drafts: each figure cell is a claim traced to its cell.

The documents are built in code; the town and its figures are invented for the tests.
"""

from __future__ import annotations

import io

import docx
import pandas as pd
import pytest

from indicators import load_report, parse_text
from indicators.claims import extract_claims
from indicators.claims_table import claims_table
from indicators.row_claims import cell_figures, split_row

from .report_files import town_draft, write

COLUMNS = ["indicator", "name", "period", "kind", "value", "unit", "growth_pct", "growth_basis"]


def _doc(build) -> bytes:
    doc = docx.Document()
    doc.add_paragraph("青山县人民政府工作报告")
    build(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    return table


def _where(report, line) -> str:
    return "" if pd.isna(line) else report.locate(int(line))


def _rows(report):
    """Claims whose value or growth comes from a table cell: columns, then the cells."""
    out = []
    for row in claims_table(report).itertuples():
        cells = (_where(report, row.value_line), _where(report, row.growth_line))
        if any(c.startswith("表") for c in cells):
            out.append((*(getattr(row, c) for c in COLUMNS), *cells))
    return out


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    return load_report(write(tmp_path_factory.mktemp("rows") / "yunxi.docx", town_draft()))


def test_each_cell_of_the_draft_tables_is_a_claim(draft):
    assert _rows(draft) == [
        ("地区生产总值", "地区生产总值", "2021", "actual", "27.0", "亿元", "", "",
         "表 1 第 2 行第 2 列", ""),
        ("地区生产总值", "地区生产总值", "2022", "actual", "28.6", "亿元", "6.1", "比上年",
         "表 1 第 2 行第 3 列", "表 1 第 2 行第 4 列"),
        ("规模以上工业增加值", "规模以上工业增加值", "2021", "actual", "8.7", "亿元", "", "",
         "表 1 第 3 行第 2 列", ""),
        ("规模以上工业增加值", "规模以上工业增加值", "2022", "actual", "9.3", "亿元", "7.2",
         "比上年", "表 1 第 3 行第 3 列", "表 1 第 3 行第 4 列"),
        ("固定资产投资", "固定资产投资", "2022", "actual", "12.4", "亿元", "-3.5", "",
         "表 2 第 2 行第 3 列", "表 2 第 2 行第 4 列"),
        ("", "新增就业", "2022", "actual", "1200", "人", "", "", "表 2 第 3 行第 3 列", ""),
    ]  # fmt: skip


def test_row_claims_quote_their_cells_and_have_ids(draft):
    table = claims_table(draft)
    gdp = table[(table.name == "地区生产总值") & (table.period == "2022")]
    assert gdp.quote.tolist() == [
        "地区生产总值28.6亿元，同比增长6.1%",
        "2022年：28.6亿元；比上年增长：6.1%",
    ]
    row = gdp.iloc[1]
    assert draft.raw_lines[row.line - 1] == "28.6"
    assert draft.raw_lines[int(row.growth_line) - 1] == "6.1"
    assert row.claim_id.startswith(f"p{row.paragraph}.")
    assert row.quote in draft.paragraphs[row.paragraph].text


def test_table_forms_of_a_county_draft(tmp_path):
    def build(doc):
        doc.add_paragraph("一、2022年工作回顾")
        doc.add_paragraph("（单位：万元）")
        # A serial column, a unit column, a target column, a growth in points, a vague cell.
        _table(
            doc,
            [
                ["序号", "指标名称", "单位", "2021年", "2022年", "2023年目标", "增减"],
                ["1", "一般公共预算收入", "万元", "52,340", "55,120", "58,000", "5.3"],
                ["2", "城镇登记失业率", "%", "2.8", "2.6", "3以内", "-0.2个百分点"],
                ["3", "其中：规上工业企业", "家", "41", "约45", "", ""],
            ],
        )
        # Rows are years: the headers name the indicators.
        _table(
            doc,
            [
                ["年份", "税收收入（亿元）", "增速（%）", "农村居民人均可支配收入（元）"],
                ["2021年", "5.9", "4.3", "21860"],
                ["2022年", "6.2", "-2.1", "23180"],
            ],
        )
        # A monthly report: relative periods.
        _table(
            doc,
            [
                ["指标", "本年累计", "上年同期", "同比增长（%）"],
                ["社会消费品零售总额（亿元）", "14.2", "13.5", "5.2"],
            ],
        )
        doc.add_paragraph("二、2023年工作安排")

    report = load_report(write(tmp_path / "county.docx", _doc(build)))
    assert _rows(report) == [
        # 55120 / 52340 - 1 = 5.31%: the growth column belongs to the latest actual figure.
        ("一般公共预算收入", "一般公共预算收入", "2021", "actual", "52340", "万元", "", "",
         "表 1 第 2 行第 4 列", ""),
        ("一般公共预算收入", "一般公共预算收入", "2022", "actual", "55120", "万元", "5.3", "",
         "表 1 第 2 行第 5 列", "表 1 第 2 行第 7 列"),
        ("一般公共预算收入", "一般公共预算收入", "2023", "target", "58000", "万元", "", "",
         "表 1 第 2 行第 6 列", ""),
        ("城镇登记失业率", "城镇登记失业率", "2021", "actual", "2.8", "%", "", "",
         "表 1 第 3 行第 4 列", ""),
        ("城镇登记失业率", "城镇登记失业率", "2022", "actual", "2.6", "%", "", "",
         "表 1 第 3 行第 5 列", ""),
        ("城镇登记失业率", "城镇登记失业率", "2023", "target", "3", "%", "", "",
         "表 1 第 3 行第 6 列", ""),
        # 2.6 - 2.8 = -0.2 points: a change of the latest actual rate.
        ("城镇登记失业率", "城镇登记失业率", "2022", "actual", "-0.2", "个百分点", "", "",
         "表 1 第 3 行第 7 列", ""),
        ("规模以上工业企业", "规上工业企业", "2021", "actual", "41", "家", "", "",
         "表 1 第 4 行第 4 列", ""),
        ("规模以上工业企业", "规上工业企业", "2022", "actual", "45", "家", "", "",
         "表 1 第 4 行第 5 列", ""),
        ("税收收入", "税收收入", "2021", "actual", "5.9", "亿元", "4.3", "",
         "表 2 第 2 行第 2 列", "表 2 第 2 行第 3 列"),
        ("农村居民人均可支配收入", "农村居民人均可支配收入", "2021", "actual", "21860", "元", "",
         "", "表 2 第 2 行第 4 列", ""),
        ("税收收入", "税收收入", "2022", "actual", "6.2", "亿元", "-2.1", "",
         "表 2 第 3 行第 2 列", "表 2 第 3 行第 3 列"),
        ("农村居民人均可支配收入", "农村居民人均可支配收入", "2022", "actual", "23180", "元", "",
         "", "表 2 第 3 行第 4 列", ""),
        ("社会消费品零售总额", "社会消费品零售总额", "2022", "actual", "14.2", "亿元", "5.2",
         "同比", "表 3 第 2 行第 2 列", "表 3 第 2 行第 4 列"),
        ("社会消费品零售总额", "社会消费品零售总额", "2021", "actual", "13.5", "亿元", "", "",
         "表 3 第 2 行第 3 列", ""),
    ]  # fmt: skip
    table = claims_table(report)
    change = table[table.measure == "change"].iloc[0]
    of = table[table.claim_id == change.linked_to].iloc[0]
    assert (change.link, of.value, of.period) == ("change_of", "2.6", "2022")
    target = table[(table.name == "城镇登记失业率") & (table.kind == "target")].iloc[0]
    assert (target.qualifier, target.quote) == ("以内", "2023年目标：3%以内")
    vague = table[(table.name == "规上工业企业") & (table.value == "45")].iloc[0]
    assert vague.qualifier == "约"
    assert report.raw_lines[vague.line - 1] == "约45"


def test_unitless_cells_and_cells_with_words(tmp_path):
    def build(doc):
        doc.add_paragraph("一、2022年工作回顾")
        _table(
            doc,
            [
                ["项目", "2022年", "备注"],
                ["居民消费价格指数", "101.8", ""],
                ["粮食产量", "3.2万吨", "比上年下降1.5%"],
            ],
        )

    report = load_report(write(tmp_path / "words.docx", _doc(build)))
    assert [r[:7] for r in _rows(report)] == [
        ("居民消费价格指数", "居民消费价格指数", "2022", "actual", "101.8", "", ""),
        ("粮食产量", "粮食产量", "2022", "actual", "3.2", "万吨", "-1.5"),
    ]


def test_a_typed_row_reads_like_a_table_row():
    text = (
        "一、2022年工作回顾\n\n"
        "指标：地区生产总值；2021年：27.0亿元；2022年：28.6亿元；比上年增长：6.1%。\n"
    )
    claims = extract_claims(parse_text(text))
    assert [(c.period, c.value, c.growth_pct, c.line) for c in claims] == [
        ("2021", "27.0", "", 3),
        ("2022", "28.6", "6.1", 3),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "主要目标：地区生产总值增长6%；固定资产投资增长5%。",
        "一是产业：新建项目12个；二是民生：新增就业1200人，",
        "工业：完成产值，增长较快；农业：稳定。",
        "备注：见附表；说明：无。",
    ],
)
def test_prose_with_colons_is_not_a_row(text):
    assert split_row(text) is None


def test_prose_with_colons_keeps_its_sentence_claims():
    text = "一、2022年工作回顾\n\n主要目标：地区生产总值增长6%；固定资产投资增长5%。\n"
    claims = extract_claims(parse_text(text))
    assert [(c.indicator, c.growth_pct) for c in claims] == [
        ("地区生产总值", "6"),
        ("固定资产投资", "5"),
    ]


def test_cell_figures_keep_printed_digits_and_signs():
    assert [(f.value, f.unit) for f in cell_figures("−0.50%")] == [("-0.50", "%")]
    assert [(f.value, f.unit) for f in cell_figures("8-10%")] == [("8", "%"), ("10", "%")]
    assert cell_figures("—") == [] and cell_figures("-0")[0].value == "0"


def test_plan_sentence_after_the_tables_names_its_indicator(draft):
    """Regression: ``地区生产总值预期增长6%`` is a growth of 地区生产总值 (预期 between the
    name and the verb left the claim without an indicator)."""
    table = claims_table(draft)
    plan = table[table.kind == "target"]
    assert plan[["indicator", "name", "growth_pct", "qualifier"]].values.tolist() == [
        ["地区生产总值", "地区生产总值", "6", "左右"],
        ["固定资产投资", "固定资产投资", "5", "以上"],
    ]
