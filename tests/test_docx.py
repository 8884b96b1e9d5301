"""Word drafts: text with tracked changes accepted, tables as labelled rows, comments."""

from __future__ import annotations

import io

import docx
import pandas as pd
import pytest

from indicators import load_report
from indicators.cli import main
from indicators.paths import processed_dir
from indicators.tables import comments_table, paragraphs_table, revisions_table

from .report_files import delete_paragraph_mark, town_draft, tracked, write


@pytest.fixture(scope="module")
def draft_path(tmp_path_factory):
    return write(tmp_path_factory.mktemp("docx") / "yunxi-2023-draft.docx", town_draft())


@pytest.fixture(scope="module")
def draft(draft_path):
    return load_report(draft_path)


def _para(report, needle):
    for p in report.paragraphs:
        if needle in p.text:
            return p
    raise AssertionError(f"{needle!r} not in any paragraph")


def test_text_reads_with_tracked_changes_accepted(draft):
    p = _para(draft, "全镇完成地区生产总值")
    assert p.text == (
        "（一）经济运行稳中有进。全镇完成地区生产总值28.6亿元，同比增长6.1%；"
        "规模以上工业增加值9.3亿元，增长7.2%。"
    )
    assert "5.8%" not in draft.text
    assert "99.9" not in draft.text  # a deleted paragraph is gone


def test_deleted_paragraph_mark_joins_the_next_paragraph(draft):
    p = _para(draft, "全年新增市场主体")
    assert p.text == "全年新增市场主体320户，完成年度任务的105%。"
    assert [draft.locate(n) for _, n in p.segments] == ["第 5 段", "第 6 段"]
    assert draft.locate(p.line_at(p.text.index("105%"))) == "第 6 段"


def test_tracked_changes_are_listed(draft):
    assert [(v.kind, v.author, v.text, draft.locate(v.line)) for v in draft.revisions] == [
        ("deletion", "李明", "5.8%", "第 4 段"),
        ("insertion", "李明", "6.1%", "第 4 段"),
        ("deletion", "李明", "此段已删除：旧口径产值 99.9 亿元。", "第 7 段"),
    ]
    assert {v.date for v in draft.revisions} == {"2023-01-05T09:30:00Z"}


def test_comments_carry_author_date_text_and_anchored_text(draft):
    first, second = draft.comments
    assert (first.author, first.text, first.anchor) == (
        "王芳",
        "请核对规上口径",
        "规模以上工业增加值9.3亿元",
    )
    assert first.date.startswith("20") and "T" in first.date
    para = draft.paragraphs[first.paragraph]
    assert para.text[: first.offset].endswith(first.anchor)
    assert draft.locate(first.line) == "第 4 段"
    assert (second.text, second.anchor) == ("含灵活就业？", "1200")
    assert draft.locate(second.line) == "表 2 第 3 行第 3 列"
    assert draft.paragraphs[second.paragraph].text[: second.offset].endswith("1200")


def test_table_rows_become_labelled_sentences_with_units(draft):
    rows = [p.text for p in draft.paragraphs if p.text.startswith("指标：")]
    assert rows == [
        "指标：地区生产总值；2021年：27.0亿元；2022年：28.6亿元；比上年增长：6.1%。",
        "指标：规模以上工业增加值；2021年：8.7亿元；2022年：9.3亿元；比上年增长：7.2%。",
        "指标：固定资产投资；2022年：12.4亿元；增速：-3.5%。",
        "指标：新增就业；2022年：1200人。",
    ]


def test_every_table_figure_traces_to_its_cell(draft):
    p = _para(draft, "指标：地区生产总值")
    assert draft.locate(p.line_at(p.text.index("28.6"))) == "表 1 第 2 行第 3 列"
    assert draft.locate(p.line_at(p.text.index("6.1%"))) == "表 1 第 2 行第 4 列"
    assert draft.raw_lines[p.line_at(p.text.index("28.6")) - 1] == "28.6"
    p = _para(draft, "指标：固定资产投资")
    assert draft.locate(p.line_at(p.text.index("-3.5"))) == "表 2 第 2 行第 4 列"


def test_sections_parts_years_and_title(draft):
    p = _para(draft, "指标：地区生产总值")
    assert p.section == ("一、2022年工作回顾", "（二）主要指标完成情况如下")
    assert p.part == "review"
    assert _para(draft, "预期增长6%左右").part == "plan"
    assert (draft.review_year, draft.plan_year) == (2022, 2023)
    assert draft.title == "云溪镇人民政府工作报告（征求意见稿）"
    assert draft.format == "docx"


def test_every_provenance_line_is_inside_the_report(draft):
    n = len(draft.raw_lines)
    for p in draft.paragraphs:
        for offset in range(len(p.text) + 1):
            assert 1 <= p.line_at(offset) <= n
    for c in draft.comments:
        assert 1 <= c.line <= c.text_line_end <= n
        assert 0 <= c.offset <= len(draft.paragraphs[c.paragraph].text)
    assert all(1 <= v.line <= n for v in draft.revisions)


def test_tables_of_a_draft(draft):
    assert comments_table(draft).location.tolist() == ["第 4 段", "表 2 第 3 行第 3 列"]
    assert revisions_table(draft).kind.tolist() == ["deletion", "insertion", "deletion"]
    assert paragraphs_table(draft).location.iloc[0] == "第 1 段"


def test_cli_reads_a_draft(tmp_path, draft_path):
    out = tmp_path / "revisions.csv"
    assert main(["revisions", str(draft_path), "-o", str(out)]) == 0
    assert pd.read_csv(out, encoding="utf-8-sig").text.tolist()[:2] == ["5.8%", "6.1%"]
    assert main(["brief", "-q", str(draft_path), "-o", str(tmp_path / "job")]) == 0
    assert (tmp_path / "job" / f"{draft_path.stem}.html").is_file()
    comments = pd.read_csv(processed_dir(draft_path.stem) / "comments.csv", encoding="utf-8-sig")
    assert comments.author.tolist() == ["王芳", "王芳"]


def test_content_decides_not_the_extension(tmp_path):
    renamed = write(tmp_path / "draft.txt", town_draft())
    assert load_report(renamed).format == "docx"


def _doc_bytes(build) -> bytes:
    doc = docx.Document()
    build(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_plain_text_report_in_a_word_file_reads_like_the_text(tmp_path, texts):
    """A report typed into Word, one paragraph per line, reads as the same paragraphs."""
    lines = [line for line in (texts / "county-single-spaced.txt").read_text("utf-8").splitlines()]
    body = [line for line in lines if line.strip() and line.strip() not in ("Lenovo",)]
    body = [line for line in body if "建议核对" not in line]

    def build(doc):
        for line in body:
            doc.add_paragraph(line)

    r = load_report(write(tmp_path / "county.docx", _doc_bytes(build)))
    text = load_report(texts / "county-single-spaced.txt")
    assert [p.text for p in r.paragraphs] == [p.text for p in text.paragraphs]
    assert [p.section for p in r.paragraphs] == [p.section for p in text.paragraphs]


def test_insertion_inside_a_number_reads_as_the_new_number(tmp_path):
    def build(doc):
        p = doc.add_paragraph("全年完成产值 1")
        tracked(p, "del", "2", 1)
        tracked(p, "ins", "3", 2)
        p.add_run(".5 亿元。")
        q = doc.add_paragraph("增长 7%，")
        delete_paragraph_mark(q, 3)
        doc.add_paragraph("高于全区 1.2 个百分点。")

    r = load_report(write(tmp_path / "n.docx", _doc_bytes(build)))
    assert [p.text for p in r.paragraphs] == [
        "全年完成产值13.5亿元。",
        "增长7%，高于全区1.2个百分点。",
    ]


def test_layout_table_cells_are_paragraphs(tmp_path):
    def build(doc):
        t = doc.add_table(rows=2, cols=1)
        t.cell(0, 0).text = "一、2022年工作回顾"
        t.cell(1, 0).text = "全年完成产值 5 亿元。"

    r = load_report(write(tmp_path / "layout.docx", _doc_bytes(build)))
    assert [(p.text, r.locate(p.line_start)) for p in r.paragraphs] == [
        ("一、2022年工作回顾", "表 1 第 1 行第 1 列"),
        ("全年完成产值5亿元。", "表 1 第 2 行第 1 列"),
    ]


def test_embedded_report_typed_into_word_reads_back_the_same(tmp_path, embedded):
    def build(doc):
        for p in embedded.paragraphs:
            doc.add_paragraph(p.text)

    report = load_report(write(tmp_path / "embedded.docx", _doc_bytes(build)))
    assert [p.text for p in report.paragraphs] == [p.text for p in embedded.paragraphs]
    assert [p.section for p in report.paragraphs] == [p.section for p in embedded.paragraphs]
    assert [p.part for p in report.paragraphs] == [p.part for p in embedded.paragraphs]


def test_a_header_of_two_rows_names_each_column_and_targets_restated_in_a_table(tmp_path):
    """指标 | 单位 | 2023年完成 | 2024年 (over 目标值 | 增长（%）): the second header row is no data
    row, the growth column is a growth, and the targets the table restates are no second
    figures; the projections keep one row per target and the monthly path one per month."""
    from indicators.checking import check_report
    from indicators.claims_table import claims_table
    from indicators.targets import monthly_path, project_targets

    def build(doc):
        doc.add_paragraph("一、2023年工作回顾")
        doc.add_paragraph("全年实现地区生产总值312.48亿元，增长5.6%。")
        doc.add_paragraph("二、2024年工作安排")
        doc.add_paragraph("地区生产总值增长6.5%左右，达到332.79亿元。")
        t = doc.add_table(rows=3, cols=5)
        for c, text in enumerate(["指标", "单位", "2023年完成", "2024年", ""]):
            t.cell(0, c).text = text
        t.cell(0, 3).merge(t.cell(0, 4))
        for c in range(3):
            t.cell(0, c).merge(t.cell(1, c))
        t.cell(1, 3).text, t.cell(1, 4).text = "目标值", "增长（%）"
        for c, text in enumerate(["地区生产总值", "亿元", "312.48", "332.79", "6.5"]):
            t.cell(2, c).text = text

    report = load_report(write(tmp_path / "targets.docx", _doc_bytes(build)))
    claims = claims_table(report)
    row = claims[claims.location == "表 1 第 3 行第 4 列"]
    assert row[["period", "kind", "value", "unit", "growth_pct"]].values.tolist() == [
        ["2024", "target", "332.79", "亿元", "6.5"]
    ]
    table = check_report(report).table
    assert "inconsistent" not in set(table.verdict)
    projections = project_targets(claims)
    assert projections.target.tolist() == ["332.79"]
    assert len(monthly_path(projections)) == 12


def test_a_title_row_spanning_the_table_is_no_header(tmp_path):
    from indicators.claims_table import claims_table

    def build(doc):
        doc.add_paragraph("一、2023年工作回顾")
        t = doc.add_table(rows=3, cols=4)
        t.cell(0, 0).text = "2023年主要经济指标"
        t.cell(0, 0).merge(t.cell(0, 3))
        for c, text in enumerate(["指标", "单位", "2023年", "增长（%）"]):
            t.cell(1, c).text = text
        for c, text in enumerate(["地区生产总值", "亿元", "312.48", "5.6"]):
            t.cell(2, c).text = text

    claims = claims_table(load_report(write(tmp_path / "title.docx", _doc_bytes(build))))
    assert claims[
        ["indicator", "period", "kind", "value", "unit", "growth_pct", "scope"]
    ].values.tolist() == [["地区生产总值", "2023", "actual", "312.48", "亿元", "5.6", ""]]
