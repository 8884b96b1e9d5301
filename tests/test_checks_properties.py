"""No false alarms, and real errors caught: figures at the edges of their rounding, and
property-based tests that round consistent figures as a report would.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction as F

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from indicators.checking import check_claims

from .claims_tables import claim, table

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def printed(x: F, places: int) -> str:
    """``x`` printed with ``places`` decimals, halves rounded away from zero (as reports do)."""
    n = math.floor(abs(x) * 10**places + F(1, 2)) * (1 if x >= 0 else -1)
    return str(Decimal(n).scaleb(-places).quantize(Decimal(1).scaleb(-places)))


def half(text: str) -> F:
    places = len(text.split(".")[1]) if "." in text else 0
    return F(1, 2 * 10**places)


def verdicts(rows, check=None):
    frame = check_claims(table(rows)).table
    if check is not None:
        frame = frame[frame.check == check]
    return list(frame.verdict)


def level(indicator, value, period="2022", kind="actual", growth="", unit="亿元", **kw):
    return claim(
        indicator=indicator,
        name=indicator,
        period=period,
        kind=kind,
        value=value,
        unit=unit,
        growth_pct=growth,
        line=1,
        quote=f"{indicator}{value}{unit}",
        paragraph=1,
        **kw,
    )


def output(total, industry, agriculture):
    return [
        level("工农业总产值", total),
        level("工业总产值", industry),
        level("农业总产值", agriculture),
    ]


# -- figures exactly at the edges of their intervals --------------------------------------


@pytest.mark.parametrize(
    ("industry", "agriculture", "verdict"),
    [("6.64", "3.30", "consistent"), ("6.64", "3.29", "inconsistent")],
)
def test_a_sum_touching_the_total_interval_is_consistent(industry, agriculture, verdict):
    # 6.645 + 3.305 = 9.95, the lowest value 10.0 stands for.
    assert verdicts(output("10.0", industry, agriculture), "sum") == [verdict]


@pytest.mark.parametrize(("growth", "verdict"), [("7.5", "consistent"), ("7.6", "inconsistent")])
def test_a_growth_at_the_edge_of_the_levels_is_consistent(growth, verdict):
    # 214.36275 / 199.5 = 1.0745 exactly: the highest growth 214.3627 over 200 can show is 7.45%.
    rows = [
        level("工业总产值", "200", "2021"),
        level("工业总产值", "214.3627", "2022", "target", growth),
    ]
    assert verdicts(rows, "growth") == [verdict]


@pytest.mark.parametrize(("part", "verdict"), [("10.05", "consistent"), ("10.06", "inconsistent")])
def test_a_part_touching_its_whole_is_consistent(part, verdict):
    rows = [level("工业总产值", "10.0"), level("规模以上工业总产值", part)]
    assert verdicts(rows, "part_of_whole") == [verdict]


@pytest.mark.parametrize(
    ("growth", "verdict"), [("26.83", "consistent"), ("26.82", "inconsistent")]
)
def test_a_count_change_at_two_decimals(growth, verdict):
    rows = [
        level("规模以上工业企业", "41", "2021", unit="家", claim_id="e1"),
        level(
            "规模以上工业企业", "52", growth=growth, unit="家", linked_to="e1", link="changed_from"
        ),
    ]
    assert verdicts(rows, "count_change") == [verdict]


@pytest.mark.parametrize(
    ("rate", "verdict"), [("12", "consistent"), ("13", "consistent"), ("12.6", "inconsistent")]
)
def test_a_share_exactly_at_a_rounding_edge(rate, verdict):
    # 1 of 8 is 12.5%: both 12% and 13% may stand for it; 12.6% may not.
    rows = [
        claim(
            name="项目",
            period="2022",
            value="8",
            unit="个",
            line=1,
            quote="8个项目",
            paragraph=1,
            claim_id="s1",
        ),
        claim(
            name="已投产",
            period="2022",
            value="1",
            unit="个",
            line=1,
            quote="已投产1个",
            paragraph=1,
            parent_id="s1",
            parent="项目",
        ),
        claim(
            name="占", period="2022", value=rate, unit="%", line=1, quote=f"占{rate}%", paragraph=1
        ),
    ]
    assert verdicts(rows, "share") == [verdict]


@pytest.mark.parametrize(("change", "verdict"), [("1.41", "consistent"), ("1.42", "inconsistent")])
def test_a_change_in_points_at_the_edge(change, verdict):
    # 58.25 - 56.845 = 1.405, the lowest value 1.41 stands for.
    rows = [
        level("常住人口城镇化率", "56.85", "2021", unit="%"),
        level("常住人口城镇化率", "58.2", unit="%", claim_id="r1"),
        level(
            "常住人口城镇化率",
            change,
            unit="个百分点",
            measure="change",
            linked_to="r1",
            link="change_of",
        ),
    ]
    assert verdicts(rows, "points_change") == [verdict]


# -- consistent figures rounded as a report would are never judged inconsistent -----------

cents = st.integers(min_value=100, max_value=10**7).map(lambda n: F(n, 100))
places = st.integers(min_value=0, max_value=2)


@PROPERTY
@given(cents, cents, places, places, places, st.booleans(), st.integers(1, 5))
def test_rounded_parts_and_total_always_add_up(a, b, pa, pb, pt, upward, extra):
    total = printed(a + b, pt)
    rows = output(total, printed(a, pa), printed(b, pb))
    assert "inconsistent" not in verdicts(rows)
    # Move the total beyond every rounding of the printed parts: the sum is caught.
    a_text, b_text = printed(a, pa), printed(b, pb)
    slack = half(a_text) + half(b_text) + 2 * half(total)
    moved = F(a_text) + F(b_text) + (1 if upward else -1) * (slack + extra * 2 * half(total))
    assume(moved > 0)
    assert verdicts(output(printed(moved, pt), a_text, b_text), "sum") == ["inconsistent"]


@PROPERTY
@given(
    cents,
    st.integers(min_value=-3000, max_value=8000).map(lambda n: F(n, 100)),
    places,
    places,
    places,
    st.booleans(),
)
def test_rounded_levels_and_growth_are_always_consistent(base, growth, pb, pc, pg, upward):
    current = base * (1 + growth / 100)
    base_text, current_text = printed(base, pb), printed(current, pc)
    assume(F(base_text) - half(base_text) > 0 and F(current_text) > 0)
    growth_text = printed(growth, pg)
    rows = [
        level("工业总产值", base_text, "2021"),
        level("工业总产值", current_text, "2022", "target", growth_text),
    ]
    assert verdicts(rows, "growth") == ["consistent"]
    # Move the rate beyond the width of what the levels allow: it is caught.
    c_lo, c_hi = F(current_text) - half(current_text), F(current_text) + half(current_text)
    b_lo, b_hi = F(base_text) - half(base_text), F(base_text) + half(base_text)
    width = (c_hi / b_lo - c_lo / b_hi) * 100
    step = 2 * half(growth_text)
    moved = F(growth_text) + (1 if upward else -1) * (width + 2 * step)
    rows[1] = level("工业总产值", current_text, "2022", "target", printed(moved, pg))
    assert verdicts(rows, "growth") == ["inconsistent"]


@PROPERTY
@given(
    st.lists(
        st.tuples(cents, st.integers(min_value=-2000, max_value=4000).map(lambda n: F(n, 100))),
        min_size=3,
        max_size=3,
    ),
    places,
    places,
    places,
)
def test_a_total_growth_computed_from_its_parts_is_always_consistent(parts, pl, pg, pt):
    previous = [p for p, _ in parts]
    current = [p * (1 + g / 100) for p, g in parts]
    total_growth = (sum(current) / sum(previous) - 1) * 100
    names = ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    rows = [level("地区生产总值", printed(sum(current), pt), growth=printed(total_growth, pg))]
    for name, c, (_, g) in zip(names, current, parts, strict=True):
        assume(F(printed(c, pl)) - half(printed(c, pl)) > 0)
        rows.append(level(name, printed(c, pl), growth=printed(g, pg)))
    assert "inconsistent" not in verdicts(rows)


@PROPERTY
@given(st.integers(1, 400), st.data(), st.integers(0, 2))
def test_a_share_of_a_whole_count_is_reachable_and_an_impossible_one_is_caught(n, data, p):
    k = data.draw(st.integers(0, n))
    rate = printed(F(100 * k, n), p)
    rows = [
        claim(
            name="行政村中",
            period="2022",
            value=str(n),
            unit="个",
            line=1,
            quote=f"{n}个行政村中",
            paragraph=1,
        ),
        claim(name="", period="2022", value=rate, unit="%", line=1, quote=f"{rate}%", paragraph=1),
    ]
    assert verdicts(rows, "share") == ["consistent"]
    # A printed rate that no whole number of villages reaches is caught.
    unit = 2 * half(rate)
    for j in range(1, 50):
        other = printed(F(rate) + j * unit, p)
        lo, hi = F(other) - half(other), F(other) + half(other)
        if hi > 100:
            break
        if not any(lo <= F(100 * m, n) <= hi for m in range(n + 1)):
            rows[1]["value"] = other
            assert verdicts(rows, "share") == ["inconsistent"]
            break


@PROPERTY
@given(cents, st.fractions(min_value=0, max_value=1, max_denominator=1000), places, places)
def test_a_rounded_part_never_exceeds_its_rounded_whole(whole, share, pw, pp):
    rows = [
        level("工业总产值", printed(whole, pw)),
        level("规模以上工业总产值", printed(whole * share, pp)),
    ]
    assert verdicts(rows, "part_of_whole") == ["consistent"]


def turnout(voters: int, rate: str):
    quote = f"全村共{voters}名选民参选，参选率达{rate}%"
    return [
        claim(
            name="选民",
            period="2022",
            value=str(voters),
            unit="名",
            line=3,
            quote=quote,
            paragraph=1,
        ),
        claim(name="参选率", period="2022", value=rate, unit="%", line=3, quote=quote, paragraph=1),
    ]


def test_a_rate_no_whole_base_reaches_is_caught():
    # 640 of 660 is 96.97%, 640 of 661 is 96.82%: no electorate gives 96.95%.
    frame = check_claims(table(turnout(640, "96.95"))).table
    row = frame.iloc[0]
    assert (row.check, row.verdict) == ("share", "inconsistent")
    assert row.recomputed == "基数 660 为 96.97%；基数 661 为 96.82%"


@PROPERTY
@given(st.integers(1, 5000), st.data(), st.integers(0, 2))
def test_a_rate_of_a_printed_count_is_never_a_false_alarm(n, data, p):
    k = data.draw(st.integers(1, n))
    frame = check_claims(table(turnout(k, printed(F(100 * k, n), p)))).table
    assert list(frame.verdict) == ["not_assessable"]
    bases = frame.iloc[0].recomputed.removeprefix("基数 ").removesuffix(" 名")
    if bases.startswith("不低于 "):
        assert int(bases.split(" ")[1]) <= n
    else:
        ends = bases.split("～")
        assert int(ends[0]) <= n <= int(ends[-1])
