"""An average annual growth (年均增长, 两年平均增长) against the growth over the same years
stated as one rate (比2019年增长13.7%) or year by year.

An average growth ``g`` over the ``n`` years ``first..last`` and a growth ``t`` of the last
year over the year before the first (``比{first - 1}年增长 t``) describe the same change:
``1 + t = (1 + g)^n``. Over the rounding intervals the relation holds when
``[1 + t_lo, 1 + t_hi]`` meets ``[(1 + g_lo)^n, (1 + g_hi)^n]``, computed exactly with whole
powers of fractions (no roots). No level is needed: the report often prints none for the
base year (2021年，地区生产总值比2019年增长13.7%，两年平均增长6.6%).

When no such rate is printed but the growth of each year of the span is (比上年增长8.7%，在上年
增长3.9%的基础上，两年平均增长6.3%), their product stands for ``1 + t``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice

from .. import explain as ex
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, Finding, said_at_comparable_prices
from ..intervals import Interval, average_growth_bounds, average_growth_interval, growth_factor
from ..mentions import MULTIPLE_QUALIFIER
from ..period_cells import Period
from ..phrases import load_phrases
from ..quantities import Quantity
from ..relations import ClaimIndex, key
from ..respectively import has_respectively

#: Decimals (of per cent) of the exact brackets of an implied average growth.
_RATE_PLACES = 4


def average_span_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every average annual growth whose span the report also states as one growth, or
    as the growth of each of its years.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("13.7", "比2019年"), ("6.6", "2020..2021年均"), ("7.2", "2020..2021年均")]
    >>> table = pd.DataFrame([dict(indicator="地区生产总值", period="2021", growth_pct=g,
    ...     growth_basis=b) for g, b in rows]).assign(name="", kind="actual", value="",
    ...     unit="", line="1", quote="")
    >>> [(f.verdict, f.period) for f in average_span_checks(ClaimIndex(read_claims(table)))]
    [('consistent', '2019→2021'), ('inconsistent', '2019→2021')]
    """
    findings: list[Finding] = []
    for group in index.paragraphs():
        for k, q in enumerate(group):
            if q.growth is None or not q.is_average_growth or not key(q):
                continue
            if has_respectively(q.clause):
                continue  # 两年平均分别增长6.4%和8.7%: which rate is whose is not read
            years = q.average_years or _years_of_months(q)
            if years is None:
                continue
            near = [  # the growths around it, of the same measure, scope and place
                r
                for r in group[max(0, k - _NEAR) : k + _NEAR + 1]
                if r is not q
                and r.growth is not None
                and not r.is_average_growth
                and key(r) == key(q)
                and r.measure == q.measure
                and r.scope == q.scope
                and _same_place(r, q)
            ]
            total = _growth_over(index, q, years, near + _elsewhere(index, q))
            span = _over_one_rate(total, q, years) if total is not None else None
            if span is None:  # the growth of each year, said around it or elsewhere
                rates = _each_year(index, q, years, near + _elsewhere(index, q))
                span = _year_by_year(rates) if rates else None
            if span is not None and span.multiple and said_at_comparable_prices(q):
                continue  # 是2010年的1.96倍，按可比价格计算年均增长11.2%: levels at current
                # prices against a growth at comparable ones, which they cannot check
            found = _judge(q, span, years) if span is not None else None
            if found is not None:
                findings.append(found)
    return findings


#: How many figures of its paragraph, before and after an average, may state its span.
_NEAR = 8
#: Words naming a whole place (全市, 我县) before a figure.
_PLACE_WORD = re.compile(r"[全我本][省市县区镇乡]")


#: How many figures of a measure elsewhere in the report are read for the years of an average.
_ELSEWHERE = 200


def _elsewhere(index: ClaimIndex, q: Quantity) -> list[Quantity]:
    """Growths of ``q``'s measure elsewhere in the report (the first few), of its scope."""
    found = (
        r
        for r in islice(index.named(key(q)), _ELSEWHERE)  # read so far: linear on any text
        if r.growth is not None
        and not r.is_average_growth
        and key(r) == key(q)
        and r.measure == q.measure
        and r.scope == q.scope
        and r.paragraph != q.paragraph
        and _same_place(r, q, strict=True)
    )
    return list(found)


def _same_place(a: Quantity, b: Quantity, *, strict: bool = False) -> bool:
    """Whether the words before two figures name no two different places (全市地区生产总值比
    2019年增长11.9%，我县地区生产总值两年平均增长6.8%: the city's and the county's); when
    ``strict`` (figures of two paragraphs), whether they name the same place or none."""
    places = [_PLACE_WORD.findall(q.sentence_before(60) or q.clause) for q in (a, b)]
    if strict:
        return places[0][-1:] == places[1][-1:]
    return not all(places) or places[0][-1] == places[1][-1]


def _years_of_months(q: Quantity) -> tuple[int, int] | None:
    """The years of an average growth of some months that says how many (1—11月…两年平均增长
    7.5%: 2020 and 2021, over the same months of 2019)."""
    n = load_phrases().average.get(q.growth_basis, 0)
    if n < 2 or q.period is None or q.period.is_years:
        return None
    last = q.period.end[0]
    return last - n + 1, last


def _base_year(index: ClaimIndex, r: Quantity) -> int | None:
    """The year a growth compares with: of its base period, or for a growth of a span of
    years (“十三五”期间…比2015年增长43.6%) the year its basis prints."""
    if r.period is not None and r.period.is_years:
        m = _BASIS_YEAR.fullmatch(r.growth_basis)
        return int(m.group(1)) if m else None
    base = index.growth_base_period(r)
    return base.end[0] if base is not None and base.start[0] == base.end[0] else None


#: The basis of a growth over a printed year (比2015年, 较2015年).
_BASIS_YEAR = re.compile(r"[比较](\d{4})年")


def _growth_over(
    index: ClaimIndex, q: Quantity, years: tuple[int, int], near: list[Quantity]
) -> Quantity | None:
    """The growth of ``q``'s measure over the years of its average, stated as one rate among
    the figures ``near`` it: of the average's last year (or its months, or the span of its
    years) over the year before its first, of the same kind; the nearest one."""
    first, last = years
    own = {Period.year(last), Period((first, 1), (last, 12))}
    if q.period is not None and not q.period.is_years and not q.period.is_year:
        own = {q.period}  # an average of some months: the growth of the same months
    found = [
        r
        for r in near
        if r.kind == q.kind and r.period in own and _base_year(index, r) == first - 1
    ]
    return min(found, key=lambda r: abs(r.row - q.row), default=None)


@dataclass(frozen=True)
class _Span:
    """How the report states the change over the years of an average: one growth over the
    year before the first (比2019年增长13.7%), or the growth of each year (上年增长3.9%，今年
    增长8.7%)."""

    ratio: Interval  # last level / level of the year before the first, over the roundings
    point: Fraction  # the same from the printed figures
    words: str  # the statement, as an analyst reads it
    lead: str  # who and when, opening the explanation
    claims: tuple[Quantity, ...]
    fix: str  # the words of a statement that would agree with the average, or empty
    places: int = 1  # decimals of that statement
    multiple: bool = False  # a multiple (是2015年的1.9倍), not a growth in per cent


def _over_one_rate(total: Quantity, q: Quantity, years: tuple[int, int]) -> _Span | None:
    """The span stated as one growth (比2019年增长13.7%, 是2015年的1.5倍)."""
    if total.growth is None or total.growth_point is None or total.growth_text == "":
        return None
    first, last = years
    base = f"比 {first - 1} 年{_same_months(q)}"
    words = ex.growth_words(total)  # 是 2015 年的 1.5 倍, as printed
    multiple = MULTIPLE_QUALIFIER in total.growth_qualifier.split()
    if not multiple:
        words = f"{base}{words}"
    subject = ex.subject(total)
    if total.period is not None and total.period.is_years:  # “十三五”期间…比2015年增长
        subject = f"{last} 年{total.label}{'目标' if total.kind == 'target' else ''}"
    return _Span(
        ratio=growth_factor(total.growth),
        point=growth_factor(total.growth_point),
        words=words,
        lead=f"{subject}{words}",
        claims=(total,),
        fix=f"是 {first - 1} 年的" if multiple else base,
        places=_multiple_places(total.growth_text) if multiple else total.growth_places,
        multiple=multiple,
    )


def _same_months(q: Quantity) -> str:
    """同期 for an average of some months of the year (1—11月…两年平均增长7.5%)."""
    p = q.period
    return "同期" if p is not None and not p.is_years and not p.is_year else ""


def _multiple_places(growth_text: str) -> int:
    """Decimals of a multiple printed as ``growth_text`` per cent (90 for 1.9 倍: one)."""
    times = (Decimal(growth_text) / 100 + 1).normalize()
    exponent = times.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _year_by_year(rates: list[Quantity]) -> _Span | None:
    """The span stated as the growth of each of its years (上年增长3.9%，今年增长8.7%)."""
    if any(r.growth is None or r.growth_point is None for r in rates):
        return None
    ratio: Interval = Interval.point(Fraction(1))
    point = Fraction(1)
    for r in rates:
        assert r.growth is not None and r.growth_point is not None
        ratio = ratio * growth_factor(r.growth)
        point *= growth_factor(r.growth_point)
    words = "、".join(f"{ex.when(r.period)}{ex.growth_words(r)}" for r in rates)
    total = (point - 1) * 100
    return _Span(
        ratio=ratio,
        point=point,
        words=words,
        lead=f"{rates[-1].label}{words}，{len(rates)} 年累计{ex.change(total, 2)}",
        claims=tuple(rates),
        fix="",
    )


def _each_year(
    index: ClaimIndex, q: Quantity, years: tuple[int, int], near: list[Quantity]
) -> list[Quantity]:
    """The growth over the year before of each year of ``q``'s average (or of its months in
    each year), among the figures ``near`` it, the nearest; empty unless every year has one
    (在上年增长3.9%的基础上，今年增长8.7%，两年平均增长6.3%)."""
    first, last = years
    months = q.period if q.period is not None and not q.period.is_years else None
    if months is not None and months.is_year:
        months = None
    found: list[Quantity] = []
    for year in range(first, last + 1):
        own = Period.year(year)
        if months is not None:
            shift = year - last
            own = Period((months.start[0] + shift, months.start[1]), (year, months.end[1]))
        candidates = [
            r
            for r in near
            if r.period == own
            and (r.kind == q.kind or year < last)
            and index.growth_base_period(r) == own.previous()
        ]
        if not candidates:
            return []
        found.append(min(candidates, key=lambda r: abs(r.row - q.row)))
    return found


def _judge(q: Quantity, span: _Span, years: tuple[int, int]) -> Finding | None:
    assert q.growth is not None
    first, last = years
    n = last - first + 1
    factor, ratio = growth_factor(q.growth), span.ratio
    if q.growth_point is None:
        return None
    if not (factor.bounded and ratio.bounded and factor.positive and ratio.positive):
        return None
    assert factor.lo is not None and factor.hi is not None
    assert ratio.lo is not None and ratio.hi is not None
    stated = Interval(factor.lo**n, factor.hi**n)
    rate = average_growth_interval(ratio, n, _RATE_PLACES)
    rate_pt = average_growth_bounds(span.point, n, _RATE_PLACES)[1]
    places = max(q.growth_places, 1)
    stated_words = f"{n} 年年均{ex.growth_words(q)}"
    shown = -rate if rate.hi is not None and rate.hi < 0 else rate  # 下降 2.66%～2.77%
    lead = (
        f"{span.lead}，折合 {n} 年年均{ex.change(rate_pt, places)}"
        f"（按舍入区间为 {ex.range_text(shown, places + 1, '%')}）"
    )
    common = dict(
        check="average_span",
        indicators=(q.label,),
        period=f"{first - 1}→{last}",
        stated=f"{stated_words}；{span.words}",
        recomputed=ex.estimate(rate_pt, rate, places, "%"),
        claims=(*span.claims, q),
    )
    if ratio.meets(stated):
        return Finding(
            verdict=CONSISTENT, explanation=f"{lead}，与文中所写{stated_words}相符。", **common
        )
    gap = rate.gap(q.growth)
    sentence = f"{lead}，与文中所写{stated_words}不符，相差约 {ex.pct(gap, 2).rstrip('%')} 个百分点"
    suggestion = f"年均增速 {ex.consistent_range(rate, places, '%')}"
    if rate.hi is not None and rate.hi < 0:
        suggestion = f"年均下降 {ex.consistent_range(-rate, places, '%')}"
    if span.fix:
        alternative = _alternative(span, stated)
        sentence += f"；若年均{ex.growth_words(q)}无误，应为{alternative}"
        suggestion += f"；或{alternative}"
    return Finding(
        verdict=INCONSISTENT,
        explanation=sentence + "。",
        gap=gap,
        gap_unit="个百分点",
        suggestion=suggestion,
        **common,
    )


def _alternative(span: _Span, stated: Interval) -> str:
    """The statement of the span that the stated average implies, as the report would print
    it: a multiple (是 2015 年的 1.9～2.0 倍), a decline (比 2019 年下降 2.1%～2.3%) or a growth."""
    if span.multiple:
        return f"{span.fix} {ex.consistent_range(stated, span.places, '')} 倍"
    assert stated.lo is not None and stated.hi is not None
    implied = Interval(stated.lo - 1, stated.hi - 1) * 100
    if implied.hi is not None and implied.hi < 0:
        return f"{span.fix}下降 {ex.consistent_range(-implied, span.places, '%')}"
    return f"{span.fix}增长 {ex.consistent_range(implied, span.places, '%')}"
