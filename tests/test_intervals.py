"""Exact interval arithmetic and the intervals printed figures stand for."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.checkvocab import load_check_vocabulary
from indicators.intervals import (
    Interval,
    figure_interval,
    fmt,
    fmt_interval,
    printable_values,
    round_half_up,
)

F = Fraction


def iv(lo, hi):
    return Interval(None if lo is None else F(lo), None if hi is None else F(hi))


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("127.99", "127.985", "127.995"),
        ("7", "6.5", "7.5"),
        ("9.30", "9.295", "9.305"),
        ("9.3", "9.25", "9.35"),
        ("-3.2", "-3.25", "-3.15"),
        ("10100", "10099.5", "10100.5"),
        ("8—10", "7.5", "10.5"),
        ("8~10.5", "7.5", "10.55"),
    ],
)
def test_a_printed_figure_stands_for_the_interval_its_decimals_imply(text, lo, hi):
    assert figure_interval(text) == iv(lo, hi)


def test_trailing_zeros_carry_precision():
    assert figure_interval("9.30") != figure_interval("9.3")


@pytest.mark.parametrize(
    ("qualifier", "text", "lo", "hi"),
    [
        ("左右", "7", "6.3", "7.7"),  # one significant step, at most a tenth of the figure
        ("约", "170", "160", "180"),
        ("以上", "85", "84.5", None),
        ("不低于", "8", "7.5", None),
        ("以内", "3", None, "3.5"),
        ("控制在", "3.5", None, "3.55"),
        ("多", "170", "169.5", "180"),
        ("多", "5000", "4999.5", "6000"),
        ("近", "200", "180", "200.5"),
        ("力争", "11.97", "11.965", "11.975"),
    ],
)
def test_qualifiers_widen_or_open_the_interval(qualifier, text, lo, hi):
    rules = load_check_vocabulary().rules(qualifier)
    assert figure_interval(text, rules) == iv(lo, hi)


def test_a_count_is_exact_and_a_vague_count_a_range_of_whole_numbers():
    assert figure_interval("52", integer=True) == iv(52, 52)
    rules = load_check_vocabulary().rules("多")
    assert figure_interval("170", rules, integer=True) == iv(170, 180)


def test_growth_interval_is_lowest_over_highest_to_highest_over_lowest():
    current, previous = figure_interval("134.63"), figure_interval("127.99")
    growth = (current / previous - 1).scale(100)
    assert growth.lo == (F("134.625") / F("127.995") - 1) * 100
    assert growth.hi == (F("134.635") / F("127.985") - 1) * 100


def test_unbounded_sides_and_division_by_an_interval_holding_zero():
    assert iv(1, None) + iv(2, 3) == iv(3, None)
    assert iv(1, 2) - iv(0, None) == iv(None, 2)
    assert iv(1, 2) / iv(-1, 1) == Interval.everything()
    assert iv(2, None) * iv(3, 4) == iv(6, None)
    assert iv(1, 2).gap(iv(None, F(1, 2))) == F(1, 2)
    assert iv(1, 2).intersection(iv(2, 5)) == iv(2, 2)
    assert iv(1, 2).intersection(iv(3, 5)) is None


def test_rounding_is_half_up_as_reports_round():
    assert round_half_up(F("2.675"), 2) == Decimal("2.68")
    assert fmt(F("-0.004"), 2) == "0.00"


def test_displayed_intervals_are_rounded_outward():
    assert fmt_interval(iv(F(1, 3), F(2, 3)), 2) == "0.33～0.67"
    assert fmt_interval(iv(F("0.331"), F("0.339")), 2) == "0.33～0.34"


def brute_printable(target: Interval, places: int):
    """Printable figures meeting ``target``, by trying every candidate around it."""
    unit = F(1, 10**places)
    lo = int((target.lo / unit).__floor__()) - 3
    hi = int((target.hi / unit).__ceil__()) + 3
    found = [
        k * unit
        for k in range(lo, hi + 1)
        if Interval(k * unit - unit / 2, k * unit + unit / 2).meets(target)
    ]
    return Decimal(str(float(found[0]))), Decimal(str(float(found[-1])))


@settings(max_examples=200, deadline=None)
@given(
    st.fractions(min_value=-50, max_value=50, max_denominator=10**6),
    st.fractions(min_value=0, max_value=F(1, 2), max_denominator=10**5),
    st.integers(min_value=0, max_value=3),
)
def test_printable_values_are_exactly_the_figures_that_meet_the_target(lo, width, places):
    target = Interval(lo, lo + width)
    got = printable_values(target, places)
    expected = brute_printable(target, places)
    assert tuple(Decimal(str(x)) for x in got) == tuple(
        e.quantize(Decimal(1).scaleb(-places)) for e in expected
    )


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.fractions(min_value=-100, max_value=100, max_denominator=1000),
            st.fractions(min_value=0, max_value=10, max_denominator=1000),
        ),
        min_size=2,
        max_size=2,
    ),
    st.sampled_from(["+", "-", "*", "/"]),
    st.fractions(min_value=0, max_value=1, max_denominator=97),
    st.fractions(min_value=0, max_value=1, max_denominator=89),
)
def test_arithmetic_contains_every_result_of_values_inside(pair, op, s, t):
    (a_lo, a_w), (b_lo, b_w) = pair
    a, b = Interval(a_lo, a_lo + a_w), Interval(b_lo, b_lo + b_w)
    x, y = a_lo + s * a_w, b_lo + t * b_w
    if op == "/" and b.contains(0):
        assert (a / b) == Interval.everything()
        return
    result = {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
    value = {"+": x + y, "-": x - y, "*": x * y, "/": x / y if y else None}[op]
    assert value is not None
    assert result.contains(value)
