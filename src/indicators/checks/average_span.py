"""An average annual growth (年均增长, 两年平均增长) against the growth over the same years
stated as one rate (比2019年增长13.7%).

An average growth ``g`` over the ``n`` years ``first..last`` and a growth ``t`` of the last
year over the year before the first (``比{first - 1}年增长 t``) describe the same change:
``1 + t = (1 + g)^n``. Over the rounding intervals the relation holds when
``[1 + t_lo, 1 + t_hi]`` meets ``[(1 + g_lo)^n, (1 + g_hi)^n]``, computed exactly with whole
powers of fractions (no roots). No level is needed: the report often prints none for the
base year (2021年，地区生产总值比2019年增长13.7%，两年平均增长6.6%).
"""

from __future__ import annotations

import re

from .. import explain as ex
from ..findings import CONSISTENT, INCONSISTENT, Finding
from ..intervals import Interval, average_growth_bounds, growth_factor
from ..mentions import MULTIPLE_QUALIFIER
from ..period_cells import Period
from ..phrases import load_phrases
from ..quantities import Quantity
from ..relations import ClaimIndex, key, scopes_compatible

#: Decimals (of per cent) of the exact brackets of an implied average growth.
_RATE_PLACES = 4


def average_span_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every average annual growth whose span the report also states as one growth.

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
    for q in index.quantities:
        if q.growth is None or not q.is_average_growth or not key(q):
            continue
        years = q.average_years or _years_of_months(q)
        if years is None:
            continue
        total = _growth_over(index, q, years)
        if total is not None:
            found = _judge(q, total, years)
            if found is not None:
                findings.append(found)
    return findings


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


def _growth_over(index: ClaimIndex, q: Quantity, years: tuple[int, int]) -> Quantity | None:
    """The growth of ``q``'s measure over the years of its average, stated as one rate: of
    the average's last year (or its months, or the span of its years) over the year before
    its first, of the same kind and scope; the nearest such claim when several restate it."""
    first, last = years
    own = {Period.year(last), Period((first, 1), (last, 12))}
    if q.period is not None and not q.period.is_years and not q.period.is_year:
        own = {q.period}  # an average of some months: the growth of the same months
    found: list[Quantity] = []
    for r in index.named(key(q)):
        if r is q or r.growth is None or r.is_average_growth or key(r) != key(q):
            continue
        if r.kind != q.kind or r.period not in own or not scopes_compatible(r, q):
            continue
        if _base_year(index, r) == first - 1:
            found.append(r)
    return min(found, key=lambda r: abs(r.row - q.row), default=None)


def _judge(q: Quantity, total: Quantity, years: tuple[int, int]) -> Finding | None:
    assert q.growth is not None and total.growth is not None
    first, last = years
    n = last - first + 1
    factor, ratio = growth_factor(q.growth), growth_factor(total.growth)
    if q.growth_point is None or total.growth_point is None:
        return None
    if not (factor.bounded and ratio.bounded and factor.positive and ratio.positive):
        return None
    assert factor.lo is not None and factor.hi is not None
    assert ratio.lo is not None and ratio.hi is not None
    stated = Interval(factor.lo**n, factor.hi**n)
    rate = Interval(
        average_growth_bounds(ratio.lo, n, _RATE_PLACES)[0],
        average_growth_bounds(ratio.hi, n, _RATE_PLACES)[1],
    )
    rate_pt = average_growth_bounds(growth_factor(total.growth_point), n, _RATE_PLACES)[1]
    places = max(q.growth_places, 1)
    base_year = first - 1
    span_words = ex.growth_words(total)  # 是 2015 年的 1.5 倍, as printed
    if MULTIPLE_QUALIFIER not in total.growth_qualifier.split():
        span_words = f"比 {base_year} 年{span_words}"
    stated_words = f"{n} 年年均{ex.growth_words(q)}"
    subject = ex.subject(total)
    if total.period is not None and total.period.is_years:  # “十三五”期间…比2015年增长
        subject = f"{last} 年{total.label}{'目标' if total.kind == 'target' else ''}"
    lead = (
        f"{subject}{span_words}，折合 {n} 年年均{ex.change(rate_pt, places)}"
        f"（按舍入区间为 {ex.range_text(rate, places + 1, '%')}）"
    )
    common = dict(
        check="average_span",
        indicators=(total.label,),
        period=f"{base_year}→{last}",
        stated=f"{stated_words}；{span_words}",
        recomputed=ex.estimate(rate_pt, rate, places, "%"),
        claims=(total, q),
    )
    if ratio.meets(stated):
        return Finding(
            verdict=CONSISTENT, explanation=f"{lead}，与文中所写{stated_words}相符。", **common
        )
    gap = rate.gap(q.growth)
    implied = Interval(stated.lo - 1, stated.hi - 1) * 100  # type: ignore[operator]
    sentence = (
        f"{lead}，与文中所写{stated_words}不符，相差约 {ex.pct(gap, 2).rstrip('%')} 个百分点；"
        f"若年均{ex.growth_words(q)}无误，比 {base_year} 年应增长 "
        f"{ex.consistent_range(implied, total.growth_places, '%')}"
    )
    return Finding(
        verdict=INCONSISTENT,
        explanation=sentence + "。",
        gap=gap,
        gap_unit="个百分点",
        suggestion=(
            f"年均增速 {ex.consistent_range(rate, places, '%')}；"
            f"或比 {base_year} 年增长 {ex.consistent_range(implied, total.growth_places, '%')}"
        ),
        **common,
    )
