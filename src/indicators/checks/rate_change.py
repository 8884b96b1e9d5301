"""A change in points of a growth rate against the same subject's growth in an earlier part of
the year (一季度地区生产总值下降38.2%…全年下降4.6%，降幅比一季度收窄33.6个百分点; 增长21.0%，
增速较上半年回落1.2个百分点; 降幅比一季度的42.5%收窄37.2个百分点).

The extraction links the change to the growth it is of (``rate_change_of``) and names the
period compared with in its basis (比一季度). The earlier growth is the subject's growth of
those months of the same year, printed anywhere in the report. A rate word for a decline
(降幅) measures the fall: its change is the opposite of the change of the growth. The relation
holds when the difference of the two growth intervals meets the interval of the stated change.
"""

from __future__ import annotations

from itertools import chain, islice

from .. import explain as ex
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, Finding
from ..intervals import Interval, fmt
from ..period_cells import Period
from ..periods import RATE_WORDS, period_months
from ..quantities import Quantity
from ..relations import ClaimIndex, key, scopes_compatible

#: The link from a change in points of a growth to that growth.
RATE_CHANGE_LINK = "rate_change_of"
#: How many statements of a subject are read for its growth in the earlier months.
_LOOK = 40


def rate_change_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every change in points of a growth against an earlier period's growth.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("c1", "2020-01..2020-03", "-38.2", "", "", "", ""),
    ...         ("c2", "2020", "-4.6", "", "", "", ""),
    ...         ("c3", "2020", "", "-32.6", "个百分点", "rate_change_of", "c2")]
    >>> table = pd.DataFrame([dict(claim_id=i, period=p, growth_pct=g, value=v, unit=u, link=k,
    ...     linked_to=t) for i, p, g, v, u, k, t in rows])
    >>> table = table.assign(indicator=["地区生产总值"] * 2 + [""], kind="actual", line="3",
    ...     name=["地区生产总值"] * 2 + ["地区生产总值降幅"], growth_basis=["", "", "比一季度"],
    ...     quote="")
    >>> [(f.verdict, f.recomputed) for f in rate_change_checks(ClaimIndex(read_claims(table)))]
    [('inconsistent', '收窄 33.6 个百分点 [33.500, 33.700]')]
    """
    findings: list[Finding] = []
    for q in index.quantities:
        if q.link != RATE_CHANGE_LINK or q.value is None or not q.is_points:
            continue
        now = index.by_id(q.linked_to)
        word = next((w for w in RATE_WORDS if q.name.endswith(w)), "")
        if now is None or now.growth is None or now.period is None or not word:
            continue
        months = period_months(q.growth_basis[1:])
        year = now.period.end[0]
        if months is None:
            continue
        earlier = _growth_of(index, now, Period((year, months[0]), (year, months[1])))
        if earlier is not None:
            findings.append(_judge(q, now, earlier, RATE_WORDS[word]))
    return findings


def _growth_of(index: ClaimIndex, now: Quantity, period: Period) -> Quantity | None:
    """The growth of ``now``'s subject in ``period``, the first statement of it."""
    if period == now.period:
        return None
    named = chain(index.named(now.indicator), index.named(now.name)) if now.indicator else ()
    for q in islice(chain(named, () if now.indicator else index.named(now.name)), _LOOK):
        if (
            q.growth is not None
            and q.period == period
            and key(q) == key(now)
            and q.kind == now.kind
            and not q.is_average_growth
            and scopes_compatible(q, now)
        ):
            return q
    return None


def _judge(q: Quantity, now: Quantity, earlier: Quantity, sign: int) -> Finding:
    assert q.value is not None and now.growth is not None and earlier.growth is not None
    assert now.growth_point is not None and earlier.growth_point is not None
    diff = (now.growth - earlier.growth).scale(sign)  # of the rate word: a fall for 降幅
    diff_pt = (now.growth_point - earlier.growth_point) * sign
    word = q.name[-2:]
    up, down = ("扩大", "收窄") if sign < 0 else ("加快", "回落")
    verb = up if diff_pt >= 0 else down
    size, size_pt = (diff, diff_pt) if diff_pt >= 0 else (-diff, -diff_pt)
    places = max(q.places, 1)
    both = size.lo is not None and size.lo < 0  # 增长5%, 一季度5.2%: 回落 up to 0.75 or 加快
    bounds = (
        f"{down} {fmt(-diff.lo, places + 1)} 至{up} {fmt(diff.hi, places + 1)} 之间"
        if both and diff.lo is not None and diff.hi is not None
        else ex.range_text(size, places + 1, "")
    )
    lead = (
        f"{ex.when(now.period)}{now.label}{ex.growth_words(now)}，"
        f"{ex.when(earlier.period)}{ex.growth_words(earlier)}，{word}{verb} "
        f"{fmt(size_pt, places)} 个百分点（按舍入区间为 {bounds}）"
    )
    said = down if q.value_text.startswith("-") else up
    stated_text = f"{q.name}{q.growth_basis}{said} {q.value_text.lstrip('-')} 个百分点"
    common = dict(
        check="rate_change",
        indicators=(now.label,),
        period=now.period.text if now.period else "",
        stated=stated_text,
        recomputed=f"{verb} {ex.estimate(size_pt, size, places, '个百分点')}",
        claims=(earlier, now, q),
    )
    if diff.meets(q.value):
        return Finding(
            verdict=CONSISTENT, explanation=f"{lead}，与文中“{stated_text}”相符。", **common
        )
    miss = diff.gap(q.value)
    alternative = f"{verb} {ex.consistent_range(size, q.places, '个百分点')}"
    if both and diff.lo is not None and diff.hi is not None:  # either way, a little
        falls, rises = Interval(Fraction(0), -diff.lo), Interval(Fraction(0), diff.hi)
        alternative = (
            f"{down} {ex.consistent_range(falls, q.places, '个百分点')}"
            f"或{up} {ex.consistent_range(rises, q.places, '个百分点')}"
        )
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{lead}，与文中“{stated_text}”不符，相差约 {fmt(miss, 2)} 个百分点；"
            f"若两个增速无误，应为{alternative}。"
        ),
        gap=miss,
        gap_unit="个百分点",
        suggestion=alternative,
        **common,
    )
