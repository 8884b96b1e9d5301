"""Property-based fuzzing of the number parser and the claims extractor (hypothesis).

Number parser: Chinese numerals written by an independent generator (standard, 两, 〇, and
positional forms) convert to their integer for every integer 0..10^8; Chinese and Arabic
decimals keep every printed digit (trailing zeros included); the sign and scale helpers are
exact.

Claims extractor, on generated report-like text (headings, comment blocks, wrapped lines,
indicator names, growth verbs, ASCII and full-width digits, Chinese numerals, units,
parentheses, quotations, control characters, HTML): no exception other than InputError; every
claim's ``line``, ``value_line`` and ``growth_line`` is a raw line of the report; every quote
is a substring of its paragraph's clean text; values and growth rates are plain decimal
strings; kinds, measures, links, periods and units are of their vocabularies; ids, parents
and links point at claims of the same paragraph. The text is generated from clauses
(prefix, subject, verb, number, unit, qualifier, mark) and noise, or spliced from real lines
of the embedded report and the test texts.

Word tables generated as WordprocessingML (unit in a caption, a header or a unit column;
growth columns; grouped, negative and empty cells): every figure cell gives exactly one
claim with the row label as name, the column's year as period, the unit, the growth on the
latest level of the row, and value and growth lines at the cells.

``INDICATORS_FUZZ_SCALE=10 python -m pytest tests/test_fuzz_claims.py`` runs ten times the
examples.
"""

from __future__ import annotations

import functools
import os
import re
from decimal import Decimal

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from indicators import InputError, load_report, parse_text
from indicators.claims import extract_claims
from indicators.claims_table import claims_table
from indicators.docx_reader import read_docx
from indicators.mentions import find_mentions
from indicators.numbers import chinese_to_decimal, decimal_text, negate, times_to_percent
from indicators.paths import default_report
from indicators.units import load_units

from .conftest import TEXTS
from .test_fuzz import _with_document

_SCALE = int(os.environ.get("INDICATORS_FUZZ_SCALE", "1"))
NUMBERS = settings(
    max_examples=300 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SLOW = settings(
    max_examples=40 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
REPORTS = settings(
    max_examples=200 * _SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# -- Chinese numerals, written independently of the parser --------------------------------

_DIGITS = "零一二三四五六七八九"
_SMALL = ("千", "百", "十", "")


def _section(n: int, two: bool) -> str:
    """0 < n < 10^4 as Chinese, zeros inside collapsed to one 零, trailing zeros dropped."""
    out, zero = [], False
    for digit, unit in zip(f"{n:04d}", _SMALL, strict=True):
        d = int(digit)
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        word = "两" if two and d == 2 and unit in ("千", "百") else _DIGITS[d]
        out.append(word + unit)
    return "".join(out)


def to_chinese(n: int, two: bool = False, short_ten: bool = True) -> str:
    """Standard Chinese numeral of ``0 <= n <= 10^8`` (一万零五, 十二, 一百一十, 一亿).

    ``two`` writes 2 as 两 before 千, 百, 万 and 亿; ``short_ten`` writes 10..19 at the start
    as 十… (else 一十…).
    """
    if n == 0:
        return "零"
    parts: list[str] = []
    groups = [(n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")]
    started = False
    pending_zero = False
    for value, big in groups:
        if value == 0:
            pending_zero = started
            continue
        if started and (pending_zero or value < 1000):
            parts.append("零")
        text = _section(value, two)
        if two and value == 2 and big:
            text = "两"
        parts.append(text + big)
        started, pending_zero = True, False
    text = "".join(parts)
    if short_ten and text.startswith("一十"):
        text = text[1:]
    return text


def test_the_generator_writes_what_people_write():
    assert [to_chinese(n) for n in (0, 10, 12, 105, 110, 1050, 10005, 100000, 2020)] == [
        "零",
        "十",
        "十二",
        "一百零五",
        "一百一十",
        "一千零五十",
        "一万零五",
        "十万",
        "二千零二十",
    ]
    assert to_chinese(100_000_005) == "一亿零五"
    assert to_chinese(105_000_000) == "一亿零五百万"
    assert to_chinese(2_200_000, two=True) == "两百二十万"
    assert to_chinese(10**8) == "一亿"


@NUMBERS
@given(st.integers(0, 10**8), st.booleans(), st.booleans())
@example(10**8, False, True)
@example(100_010_000, False, True)
def test_chinese_integers_convert_exactly(n, two, short_ten):
    n = min(n, 10**8)
    text = to_chinese(n, two=two, short_ten=short_ten)
    value = chinese_to_decimal(text)
    assert value == n, text
    assert str(value) == str(n)


@NUMBERS
@given(st.integers(1, 10**6).map(str))
def test_positional_chinese_numerals(digits):
    text = "".join("〇一二三四五六七八九"[int(d)] for d in digits)
    assert str(chinese_to_decimal(text)) == digits


@NUMBERS
@given(st.integers(0, 10**8), st.text("0123456789", min_size=1, max_size=6))
def test_chinese_decimals_keep_every_digit(n, frac):
    text = to_chinese(n) + "点" + "".join(_DIGITS[int(d)] for d in frac)
    value = chinese_to_decimal(text)
    assert value is not None and str(value) == f"{n}.{frac}"


@NUMBERS
@given(st.text("零〇一二两三四五六七八九十百千万亿点", max_size=12))
def test_any_numeral_string_gives_a_value_or_none(text):
    value = chinese_to_decimal(text)
    assert value is None or (value.is_finite() and value >= 0)


# -- Arabic numbers as printed ------------------------------------------------------------

arabic = st.tuples(
    st.integers(0, 10**9), st.one_of(st.none(), st.text("0123456789", min_size=1, max_size=4))
).map(lambda t: str(t[0]) + (f".{t[1]}" if t[1] is not None else ""))


def _grouped(printed: str) -> str:
    whole, dot, frac = printed.partition(".")
    return f"{int(whole):,}" + dot + frac


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or c in ".," else c for c in text)


@NUMBERS
@given(arabic, st.sampled_from(["亿元", "万元", "%", "家", "万亩", "个百分点"]))
def test_arabic_numbers_keep_their_digits(printed, unit):
    (m,) = find_mentions(f"完成{printed}{unit}。")
    assert (m.value, m.unit) == (printed, unit)
    grouped = _grouped(printed)
    (g,) = find_mentions(f"完成{grouped}{unit}。")
    assert g.value == printed


@NUMBERS
@given(arabic, st.booleans(), st.booleans())
def test_claims_keep_printed_digits_in_any_width(printed, full_width, spaced):
    number = _full_width(printed) if full_width else printed
    gap = " " if spaced else ""
    text = (
        f"一、2022年工作回顾\n\n全镇完成社会总产值{gap}{number}{gap}亿元，"
        f"同比增长{gap}{number}%。\n"
    )
    (claim,) = extract_claims(parse_text(text))
    assert (claim.value, claim.unit, claim.growth_pct) == (printed, "亿元", printed)
    assert (claim.line, claim.value_line, claim.growth_line) == (3, 3, 3)


@NUMBERS
@given(arabic, st.sampled_from(["增长", "下降", "减少", "提高"]))
def test_growth_sign_follows_the_verb(printed, verb):
    text = f"一、2022年工作回顾\n\n全镇完成社会总产值12.5亿元，同比{verb}{printed}%。\n"
    (claim,) = extract_claims(parse_text(text))
    down = verb in ("下降", "减少")
    expected = negate(printed) if down else printed
    assert claim.growth_pct == expected
    assert Decimal(claim.growth_pct) == (-Decimal(printed) if down else Decimal(printed))


@NUMBERS
@given(arabic)
def test_sign_and_scale_helpers_are_exact(printed):
    assert negate(negate(printed)) == printed or Decimal(printed) == 0
    assert Decimal(times_to_percent(printed)) == Decimal(printed) * 100
    assert decimal_text(Decimal(printed)) == printed


# -- The claims extractor on generated report-like text ----------------------------------

_HEADINGS = ["一、2022年工作回顾", "二、2023年工作安排", "（一）经济运行", "（二）", "1、", "一是"]
_PREFIXES = [
    "",
    "全镇完成",
    "其中",
    "共排查",
    "已完成",
    "力争",
    "预计",
    "确保",
    "由",
    "截至",
    "2021年",
    "二〇二二年",
    "1-12月",
    "上半年",
    "“",
    "《",
    "（",
    "第",
    "前",
    "一是",
]
_SUBJECTS = [
    "社会总产值",
    "规上工业总产值",
    "地区生产总值",
    "固定资产投资",
    "税收收入",
    "本级税收收入",
    "规上企业",
    "十四五",
    "三个一批",
    "三次产业结构为",
    "居民消费价格指数",
    "百分之",
    "农民人均可支配收入",
    "",
    "项目",
]
_VERBS = [
    "",
    "",
    "同比增长",
    "比上年增长",
    "增长",
    "下降",
    "减少",
    "提高",
    "增加到",
    "约",
    "达到",
    "为",
    "持平",
    "翻一番",
]
_UNITS = [
    "亿元",
    "万元",
    "元",
    "%",
    "个百分点",
    "倍",
    "家",
    "间",
    "项",
    "个",
    "人",
    "万亩",
    "",
    "月",
    "年",
    "（上年同期=100）",
    "多亿元",
    "余人",
]
_AFTER = ["", "", "左右", "以上", "以内", "”", "》", "）", "规上企业", "的", "—", "~", "、"]
_MARKS = ["，", "。", "；", "、", "：", ":", "", " ", "\u3000", "（", "）", "(", ")"]
_NOISE = [
    "\n",
    "\n\n",
    "\r\n",
    "\nAdministrator\n",
    "\n张伟\n",
    "\t",
    "\x07",
    "\x00",
    "\u200b",
    "\ufeff",
    "<script>alert(1)</script>",
    "<b>",
    "&amp;",
    "指标：地区生产总值；2021年：27.0亿元；2022年：28.6亿元；比上年增长：6.1%。",
    "指标：新增就业；2022年：1200人。",
    "年份：2022年；税收收入：5.9亿元；增速：-3.5%。",
]
_number = st.one_of(
    arabic,
    arabic.map(_full_width),
    arabic.map(_grouped),
    st.integers(0, 10**8).map(to_chinese),
    st.sampled_from(
        ["0", "00", "0.0", "1.", ".5", "1..2", "1,2", "9.30", "-3", "+2", "8—10", "6:3:1"]
    ),
)
_clause = st.tuples(
    st.sampled_from(_PREFIXES),
    st.sampled_from(_SUBJECTS),
    st.sampled_from(_VERBS),
    _number,
    st.sampled_from(_UNITS),
    st.sampled_from(_AFTER),
    st.sampled_from(_MARKS),
).map("".join)
_piece = st.one_of(
    _clause,
    _clause,
    _clause,
    st.sampled_from(_HEADINGS).map(lambda h: f"\n{h}\n"),
    st.sampled_from(_NOISE),
    st.text(max_size=3),
)
_OPENING = [
    "",
    "某镇人民政府工作报告\n\n一、2022年工作回顾\n\n",
    "标题\n（征求意见稿）\n二、2023年工作安排\n",
    "一、2022年工作回顾\n",
]
report_like = st.tuples(st.sampled_from(_OPENING), st.lists(_piece, max_size=30).map("".join)).map(
    "".join
)


@functools.cache
def _corpus_lines() -> tuple[str, ...]:
    """Lines of the embedded report and of the test texts: real sentences to splice."""
    files = [default_report(), *sorted(TEXTS.glob("*.txt"))]
    lines = []
    for path in files:
        lines.extend(x for x in load_report(path).raw_lines if x.strip())
    return tuple(lines)


#: Real report lines, cut and spliced with generated clauses and noise.
spliced = st.lists(
    st.one_of(
        st.tuples(st.integers(0, 10**6), st.integers(0, 40), st.integers(0, 40)).map(
            lambda t: _slice(_corpus_lines()[t[0] % len(_corpus_lines())], t[1], t[2])
        ),
        _piece,
    ),
    max_size=25,
).map("\n".join)


def _slice(line: str, cut_front: int, cut_back: int) -> str:
    return line[cut_front % (len(line) + 1) :][: max(len(line) - cut_back, 1)]


_PLAIN_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")
# A year, a span of months (its year may be unknown), or a span of years (2016..2020).
_PERIOD = re.compile(r"(?:\d{4})?(?:(\d{4})?-\d\d\.\.(\d{4})?-\d\d)?|\d{4}\.\.\d{4}")
_MEASURES = ("level", "change", "new")
#: Every link the claims table may hold (``reading.py`` labels each for the analysts).
_LINKS = (
    "",
    "changed_from",
    "range_low",
    "range_high",
    "same_as",
    "change_of",
    "structure",
    "sum",
    "progress_of",
    "rate_change_of",
)


def check_claims(report) -> int:
    n = len(report.raw_lines)
    claims = extract_claims(report)
    by_paragraph: dict[int, set[str]] = {}
    for c in claims:
        by_paragraph.setdefault(c.paragraph, set()).add(c.claim_id)
    for c in claims:
        text = report.paragraphs[c.paragraph].text
        assert 1 <= c.line <= n, c
        for line in (c.value_line, c.growth_line):
            assert line is None or 1 <= line <= n, c
        assert c.value_line is not None or c.growth_line is not None, c
        assert c.quote and c.quote in text, c
        assert c.value or c.growth_pct, c
        assert c.kind in ("actual", "target") and c.measure in _MEASURES, c
        assert c.link in _LINKS and _PERIOD.fullmatch(c.period), c
        assert not c.unit or c.unit in load_units(), c
        for number in (c.value, c.growth_pct):
            if number:
                assert _PLAIN_DECIMAL.fullmatch(number), c
                assert Decimal(number).is_finite()
        ids = by_paragraph[c.paragraph]
        assert c.claim_id.startswith(f"p{c.paragraph}.")
        for ref in (c.parent_id, c.linked_to):
            assert not ref or (ref in ids and ref != c.claim_id), c
        assert not c.link or c.linked_to, c
    assert len({c.claim_id for c in claims}) == len(claims)
    table = claims_table(report)
    assert len(table) == len(claims)
    return len(claims)


@REPORTS
@given(report_like)
@example("一、2022年工作回顾\n\n社会总产值 1,234.50 亿元，同比下降 0.0%（上年同期=100）。")
def test_extractor_on_report_like_text(text):
    try:
        report = parse_text(text)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    found = check_claims(report)
    event(f"claims: {min(found, 5)}")


@REPORTS
@given(spliced)
def test_extractor_on_spliced_report_lines(text):
    try:
        report = parse_text(text)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    event(f"claims: {min(check_claims(report), 5)}")


# -- Generated tables of Word drafts: every figure cell is a claim traced to its cell -----

_LABELS = ["地区生产总值", "税收收入", "新增就业", "粮食产量", "一般公共预算收入", "项目个数"]
_GROWTH_HEADERS = ["比上年增长", "增速", "同比增长", "增减"]
_TABLE_UNITS = ["亿元", "万元", "人", "%", "万吨"]


@st.composite
def word_tables(draw):
    """A statistics table as (heading text, caption, header row, data rows, expectations)."""
    first_year = draw(st.integers(2015, 2025))
    years = [first_year + k for k in range(draw(st.integers(1, 3)))]
    unit = draw(st.sampled_from([None, *_TABLE_UNITS]))
    unit_place = draw(st.sampled_from(["caption", "header", "column"])) if unit else "none"
    growth = draw(st.one_of(st.none(), st.sampled_from(_GROWTH_HEADERS)))
    suffix = f"（{unit}）" if unit_place == "header" else ""
    header = [draw(st.sampled_from(["指标", "项目", ""]))]
    header += ["单位"] if unit_place == "column" else []
    header += [f"{y}年{suffix}" for y in years]
    header += [f"{growth}（%）"] if growth else []
    cell = st.one_of(st.just(""), arabic, arabic.map(_grouped), arabic.map(lambda x: "-" + x))
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        row = [draw(st.sampled_from(_LABELS))]
        row += [unit] if unit_place == "column" else []
        row += [draw(cell) for _ in years]
        row += [draw(cell)] if growth else []
        rows.append(row)
    caption = f"单位：{unit}" if unit_place == "caption" else "（二）主要指标"
    return caption, header, rows, years, unit or "", growth


def _xml_table(rows: list[list[str]]) -> str:
    def tc(text: str) -> str:
        run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
        return f"<w:tc><w:p>{run}</w:p></w:tc>"

    return (
        "<w:tbl>" + "".join("<w:tr>" + "".join(map(tc, r)) + "</w:tr>" for r in rows) + "</w:tbl>"
    )


def _plain(printed: str) -> str:
    """A cell as the claim prints it: commas dropped, minus kept, zero unsigned."""
    number = printed.replace(",", "")
    return negate(number[1:]) if number.startswith("-") else number


@SLOW
@given(word_tables())
def test_generated_word_tables_give_one_claim_per_figure_cell(table):
    caption, header, rows, years, unit, growth = table
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        for t in ("某县人民政府工作报告", f"一、{years[-1]}年工作回顾", caption)
    )
    report = read_docx(_with_document(body + _xml_table([header, *rows])), "t.docx")
    claims = [c for c in extract_claims(report) if report.locate(c.line).startswith("表")]
    check_claims(report)
    first = 1 + (header[1] == "单位")
    expected = []
    for r, row in enumerate(rows, start=2):
        levels = []
        for k, year in enumerate(years):
            if row[first + k]:
                where = f"表 1 第 {r} 行第 {first + k + 1} 列"
                levels.append([row[0], str(year), _plain(row[first + k]), unit, "", where, ""])
        if growth and row[-1]:
            where = f"表 1 第 {r} 行第 {len(row)} 列"
            host = levels[-1] if levels else None
            if host is None:
                levels.append([row[0], str(years[-1]), "", "", _plain(row[-1]), "", where])
            else:
                host[4], host[6] = _plain(row[-1]), where
        expected.extend(tuple(x) for x in levels)
    got = [
        (
            c.name,
            c.period,
            c.value,
            c.unit,
            c.growth_pct,
            report.locate(c.value_line) if c.value_line else "",
            report.locate(c.growth_line) if c.growth_line else "",
        )
        for c in claims
    ]
    assert sorted(got) == sorted(expected)
    for c in claims:
        for number, line in ((c.value, c.value_line), (c.growth_pct, c.growth_line)):
            if number:
                assert _plain(report.raw_lines[line - 1].replace(unit, "")) == number


def test_every_link_of_the_claims_table_has_a_chinese_label_for_the_analysts():
    from indicators.reading import _CODES

    assert set(_LINKS) - {""} <= set(_CODES["link"])
