"""Cleaning: paragraphs, sections, comments and the offset map, on real and written texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators import load_report, parse_text
from indicators.tables import paragraphs_table

TEXTS = Path(__file__).parent / "texts"


def _find(report, needle):
    for p in report.paragraphs:
        at = p.text.find(needle)
        if at >= 0:
            return p, at
    raise AssertionError(f"{needle!r} not in any paragraph")


def test_embedded_comments_come_out_with_the_words_they_follow(embedded):
    comments = [(c.author, c.text, c.anchor, c.line) for c in embedded.comments]
    assert comments == [
        ("Administrator", "将成效改为成果 会不会好一点？", "2020年，", 140),
        ("Administrator", "重大工作？", "一年", 192),
    ]


def test_no_paragraph_contains_the_comment_or_its_author(embedded):
    for p in embedded.paragraphs:
        assert "Administrator" not in p.text
        assert "会不会好一点" not in p.text
        assert "重大工作？" not in p.text


def test_sentence_around_a_comment_reads_continuously(embedded):
    p, _ = _find(
        embedded, "2020年，中共清远市清新区太平镇委员会被市委市政府表彰为抗击新冠肺炎先进集体。"
    )
    assert p.line_start == 130 and p.line_end == 144
    _find(embedded, "同步推进。一年来，太平镇把重大工作目标考核任务")


def test_comment_anchor_points_into_its_paragraph(embedded):
    for c in embedded.comments:
        para = embedded.paragraphs[c.paragraph]
        assert para.text[: c.offset].endswith(c.anchor)


def test_raw_line_ranges_and_offset_map(embedded):
    p, _at = _find(embedded, "社会总产值127.99亿元")
    assert (p.line_start, p.line_end) == (38, 53)
    value = p.text.index("127.99")
    assert p.line_at(value) == 42
    growth = p.text.index("长7%", value)
    assert p.line_at(growth) == 43  # the page-start line
    assert p.lines_of(value, growth + 3) == (42, 43)
    tax = p.text.index("4.35%")
    assert p.line_at(tax) == 53
    assert embedded.raw_lines[p.line_at(tax) - 1].find("4.35%") >= 0


def test_every_character_maps_to_a_raw_line_that_contains_it(embedded):
    for p in embedded.paragraphs:
        for offset, ch in enumerate(p.text):
            raw = embedded.raw_lines[p.line_at(offset) - 1]
            if ch.isdigit() or "\u4e00" <= ch <= "\u9fff":
                assert ch in raw, (p.index, offset, ch)


def test_sections_and_parts(embedded):
    p, _ = _find(embedded, "社会总产值127.99亿元")
    assert p.section == ("一、2020年以来工作回顾", "——呈现“一个率先”")
    assert p.part == "review"
    t, _ = _find(embedded, "社会总产值134.63亿元")
    assert t.section == ("二、2021年工作安排", "（二）2021年经济社会发展的预期目标")
    assert t.part == "plan"
    assert embedded.title == "政府工作报告（征求意见稿）"
    assert (embedded.review_year, embedded.plan_year) == (2020, 2021)


def test_wrapped_heading_is_joined_and_numbering_beats_marker_style(embedded):
    heading, _ = _find(embedded, "1、科学谋划“十四五”规划任务，推动太平镇新一轮高质量快发展")
    assert heading.kind == "heading"
    body, _ = _find(embedded, "太平镇将坚持工业立镇")
    assert body.section[-1] == "2、准确把握经济社会发展新要求，打造产业集聚发展高地"
    assert len(body.section) == 3


def test_numbers_lose_their_spaces_but_keep_their_digits(embedded):
    p, _ = _find(
        embedded,
        "规模以上工业总产值92.63亿元（此总产值为截止至12月纳入产值统计的45家规上企业产值总和），同比增长9.30%",
    )
    assert " " not in p.text


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_same_paragraphs_in_every_encoding(tmp_path, embedded_path, embedded, encoding):
    copy = tmp_path / f"report-{encoding}.txt"
    copy.write_bytes(embedded_path.read_text(encoding="utf-8").encode(encoding))
    again = load_report(copy)
    assert again.encoding.replace("-sig", "") in {encoding.replace("-sig", ""), "utf-16"}
    assert paragraphs_table(again).equals(paragraphs_table(embedded))
    assert again.comments == embedded.comments


def test_single_spaced_county_report_with_latin_author(texts):
    r = load_report(texts / "county-single-spaced.txt")
    assert [c.author for c in r.comments] == ["Lenovo"]
    assert r.comments[0].text == "建议核对人均可支配收入口径"
    assert r.comments[0].anchor == "增长6.0%。"
    texts = [p.text for p in r.paragraphs]
    assert "（一）工业经济稳中有进。规模以上工业增加值增长7.5%，新增规模以上工业企业12家。" in texts
    assert not any("Lenovo" in t for t in texts)
    assert (r.review_year, r.plan_year) == (2022, 2023)
    assert r.paragraphs[-1].part == "plan"


def test_wrapped_town_report_with_chinese_author_and_full_width_digits(texts):
    r = load_report(texts / "town-wrapped-cjk-author.txt")
    [c] = r.comments
    assert (c.author, c.text, c.anchor, c.line) == (
        "张伟",
        "此处请补充市场主体总数",
        "完成年度",
        17,
    )
    p, _at = _find(r, "全年新增市场主体320户，完成年度任务的105%。")
    assert p.line_at(p.text.index("105%")) == 19
    _find(r, "工业总产值38.1亿元，同比增长7.0%")
    assert r.title == "绿水镇人民政府工作报告（征求意见稿）"


def test_unwrapped_lines_are_paragraphs_each():
    text = "一、2022年工作回顾\n全年完成产值12.5亿元，同比增长7%。\n新增企业8家。\n"
    r = parse_text(text)
    assert [p.text for p in r.paragraphs] == [
        "一、2022年工作回顾",
        "全年完成产值12.5亿元，同比增长7%。",
        "新增企业8家。",
    ]
    assert [p.line_start for p in r.paragraphs] == [1, 2, 3]


def test_crlf_line_ends_count_like_lf():
    r = parse_text("一、回顾\r\n\r\n产值 5 亿元。\r\n")
    assert r.paragraphs[1].line_start == 3


def test_numbered_items_of_a_list_are_text_not_headings():
    """1．…：总投资860万元，…； is an item of a list: read as text, it opens no section."""
    from indicators import parse_text

    report = parse_text(
        "二、2019年工作安排\n\n重点建设项目安排如下：\n\n"
        "1．城南农贸市场改造：总投资860万元，2019年计划投资600万元；\n\n"
        "2．幸福路提质改造：总投资1250万元，2019年计划投资1250万元。\n\n"
        "（一）聚焦招商稳增长。全年引进企业40家以上。\n"
    )
    kinds = [(p.kind, p.section) for p in report.paragraphs]
    assert kinds == [
        ("heading", ("二、2019年工作安排",)),
        ("body", ("二、2019年工作安排",)),
        ("body", ("二、2019年工作安排",)),
        ("body", ("二、2019年工作安排",)),
        ("body", ("二、2019年工作安排", "（一）聚焦招商稳增长")),
    ]


def test_a_comment_in_brackets_inside_a_line_is_cut_out_and_kept():
    from indicators import parse_text

    report = parse_text(
        "一、2020年工作回顾\n\n全乡返乡人员中，湖北返乡人员23【王敏：此数据需核实】人全部落实隔离措施。"
        "高标准农田1.05万亩【专栏：高标准农田建设】。\n"
    )
    [comment] = report.comments
    assert (comment.author, comment.text, comment.anchor, comment.line) == (
        "王敏",
        "此数据需核实",
        "湖北返乡人员23",
        3,
    )
    text = report.paragraphs[1].text
    assert "湖北返乡人员23人全部落实" in text and "王敏" not in text
    assert "【专栏：高标准农田建设】" in text  # a box of the report's own, not a reviewer


def test_the_speaker_line_before_the_first_heading_is_no_part_of_the_title():
    # 政府工作报告 / ——2023年1月10日在云岭市…会议上 / 云岭市市长  周立新
    assert load_report(TEXTS / "review" / "city-2023.txt").title == "政府工作报告"
    # 安平县人民政府工作报告（讨论稿） / 代县长周建国
    docx = load_report(TEXTS / "word" / "county-2023-planted.docx")
    assert docx.title == "安平县人民政府工作报告（讨论稿）"


@pytest.mark.parametrize("mark", ["— 2 —", "－2－", "-2-", "第2页", "第 2 页 共 9 页", "2/9"])
@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_page_number_inside_a_wrapped_paragraph_joins_its_two_halves(mark, blank):
    # Exported from a paginated draft: the page number falls between two wrapped lines of
    # one paragraph, cutting 203 in two (with or without blank lines around it).
    lines = [
        "一、2016年工作回顾",
        "",
        "（三）工业转型步伐加快。全县规模以上工业企业由186家增加到2",
        blank + mark + blank,
        "03家，净增17家。工业投资92.35亿元，增长12.3%，占全部投资的49",
        ".5%；基础设施投资41.68亿元，增长25.4%，民间投资52.16亿元，增",
        "长8.7%。全年完成固定资产投资186.72亿元，同比增长14.6%，完成年",
        "度目标任务的103.7%，项目建设保持良好态势，为全县经济稳定增长提",
        "供了有力支撑。",
        "",
        "（四）农业基础更加稳固。全年粮食总产量达到65.62万吨，增长2.0%。",
    ]
    report = parse_text("\n".join(lines) + "\n")
    body = [p for p in report.paragraphs if p.kind == "body"]
    assert len(body) == 2 and "增加到203家" in body[0].text and "49.5%" in body[0].text
    assert all(mark.strip() not in p.text for p in report.paragraphs)
    assert [p.section[-1][:3] for p in body] == ["（三）", "（四）"]
    at = body[0].text.index("49.5%")
    assert report.raw_lines[body[0].line_at(at) - 1].startswith("03家")


def test_a_page_number_after_a_sentence_s_end_keeps_the_paragraphs_apart():
    lines = [
        "一、2023年工作回顾",
        "",
        "工业经济稳中有进。1—11月，全县完成规模以上工业总产值186.4亿元，同比增长",
        "8.2%，规模以上工业增加值增长7.6%，工业对经济增长的贡献率持续不断地明显增强。",
        "",
        "— 2 —",
        "",
        "财政实力不断增强。一般公共预算收入完成8.6亿元，增长6.2%，其中税收收入5.9",
        "亿元，占一般公共预算收入的68.6%，比上年提高1.2个百分点，财政收入质量提高。",
        "全年一般公共预算支出完成32.5亿元，增长4.8%，民生支出占比达到81.2%，较好。",
        "民生保障水平持续提高，各项社会事业全面进步，人民群众获得感不断增强明显。",
    ]
    report = parse_text("\n".join(lines) + "\n")
    body = [p for p in report.paragraphs if p.kind == "body"]
    assert [p.text[:5] for p in body] == ["工业经济稳", "财政实力不"]


def test_a_wrapped_line_that_starts_with_a_list_of_times_or_sectors_is_no_heading():
    text = (
        "一、2016年工作回顾\n"
        "　　全镇蚕茧产量5960吨，其中4、5月份上市的春蚕茧1620吨，夏秋\n"
        "蚕茧4340吨；鲜茧平均收购价每公斤46.0元，比上年提高4.6元，\n"
        "三、四季度鲜茧收购价格始终保持在每公斤45元以上。第一产业和\n"
        "二、三产业协调发展。\n"
        "二、2017年工作安排\n"
        "　　蚕茧产量力争达到6200吨。\n"
    )
    report = parse_text(text)
    titles = [p.text for p in report.paragraphs if p.kind == "heading"]
    assert titles == ["一、2016年工作回顾", "二、2017年工作安排"]
    body = next(p for p in report.paragraphs if "蚕茧产量5960吨" in p.text)
    assert "三、四季度鲜茧收购价格" in body.text and "二、三产业协调发展" in body.text
