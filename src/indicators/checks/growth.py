"""A stated growth against the two levels it connects, and the base it implies.

For a figure ``C`` stated with growth ``g`` and its base ``P`` (last year's actual, or the
figure a change started from), the levels imply ``C/P - 1`` over all values in their
rounding intervals, ``[C_lo/P_hi - 1, C_hi/P_lo - 1]``; the relation holds when that range
meets the interval of ``g``. Whether or not ``P`` is printed, ``C / (1 + g)`` is the base the
report implies (written to ``derived.csv``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from .. import explain as ex
from ..exact import Fraction
from ..findings import (
    CONSISTENT,
    INCONSISTENT,
    NOT_ASSESSABLE,
    Derived,
    Finding,
    at_printed_comparable_prices,
)
from ..intervals import Interval, fmt, growth_factor, implied_growth, implied_price_change
from ..period_cells import Period
from ..phrases import load_phrases
from ..quantities import Quantity
from ..relations import (
    PREVIOUS_YEAR_WORDS,
    ClaimIndex,
    basis_names_no_time,
    item_between,
    key,
    of_the_year_before,
    over_unprinted_base,
    scopes_compatible,
    sentence_between,
)

#: Unit families whose levels a growth rate can connect.
LEVEL_FAMILIES = {
    "money",
    "count",
    "person",
    "area",
    "length",
    "mass",
    "volume",
    "energy",
    "concentration",
    "time",
}


#: A year named in a growth's basis (比2015年, 是2015年的…倍).
_NAMED_YEAR = re.compile(r"(?:19|20)\d\d")
#: The start of a change printed with no time of its own (由1062家, 从9家; not 由2020年的…).
_FROM_A_BARE_FIGURE = re.compile(r"(?:由|从)(?!(?:19|20)\d\d年)\d")
#: Words of one year's doings in a sentence (全年新认定…), and how far back they are read.
_ONE_YEAR = re.compile(r"全年|今年|当年|本年|新认定|新增")
_ONE_YEAR_BACK = 60


def _rate_places(q: Quantity) -> int:
    return max(q.growth_places, 2)


def growth_checks(index: ClaimIndex) -> tuple[list[Finding], list[Derived]]:
    """Judge every stated growth whose base the report gives; list the bases it implies.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [
    ...     dict(indicator="工业总产值", period="2022", kind="actual", value="40.10",
    ...          unit="亿元", growth_pct=""),
    ...     dict(indicator="工业总产值", period="2023", kind="target", value="44.00",
    ...          unit="亿元", growth_pct="12"),
    ... ]
    >>> table = pd.DataFrame(rows).assign(name="", line="1", quote="")
    >>> findings, derived = growth_checks(ClaimIndex(read_claims(table)))
    >>> findings[0].verdict, findings[0].recomputed
    ('inconsistent', '9.73% [9.6995%, 9.7519%]')
    """
    findings: list[Finding] = []
    derived: list[Derived] = []
    for claim in index.quantities:
        q = _with_value(index, claim)
        if q.value is None or q.growth is None or q.family not in LEVEL_FAMILIES:
            continue
        if over_unprinted_base(q.growth_basis):
            continue  # 比上届增长9.3%, 扣除…因素后增长12.3%: no year's level
        origin = _origin_of_basis(index, q)
        # 新注册企业3472家，比上年的3084家增长12.6%: new ones over last year's new ones
        new_over_new = q.measure == "new" and origin is not None and origin.measure == "new"
        if not (q.is_level or new_over_new) or q.is_average_growth:  # 年均: checks/average.py
            continue
        implied_base = None
        if origin is not None:
            base: Quantity | None = origin
            base_period = origin.period
        else:
            base_period = index.growth_base_period(q)
            if base_period is None:
                continue
            several = [] if q.indicator else _levels_named(index, q, base_period)
            topic = _topic(index, q) if len(several) > 1 else ""
            alike = [b for b in several if topic and _topic(index, b) == topic]
            if len(several) > 1 and len(alike) != 1:  # 产值 of each crop, none of the same
                # topic as the growth's: judged only if one fits
                found = (_judge_growth(q, b, index.comparable(q), False) for b in several)
                fits = next((f for f in found if f.verdict == CONSISTENT), None)
                findings.extend([fits] if fits is not None else [])
                continue
            base = (
                alike[0]
                if alike  # 茶园面积2.5万亩，实现产值3.20亿元 for 茶园面积…，产值达到3.80亿元
                else index.level(key(q), base_period, "actual", like=q)
                or _earlier_of_figure(index, q, base_period)
                or _base_printed_before(index, q, base_period)
            )
            implied_base = _implied_base(q, base_period)
            if implied_base is not None:
                derived.append(implied_base)
        if base is not None and _parts_of_others(index, q, base):
            continue  # 其中东区340亿元 of the output against 东区 331.27亿元 of the revenue
        if base is not None and (q.unit is None or base.value_in(q.unit) is None):
            continue  # a base in another kind of unit (元 for 家): no growth between the two
        if base is not None and origin is None and _floor_of_each(base):
            base = None  # 全部社区…仍保持在30万元以上: each one's floor, no level of the whole
        if base is not None and origin is None and q.scope and base.scope != q.scope:
            base = None  # 金融科技企业…实现税收7.86亿元，同比增长28.4%: not the street's taxes
        if base is None:
            findings.append(_missing_base(q, base_period, implied_base))
        else:
            found = _judge_growth(q, base, index.comparable(q), origin is not None)
            findings.append(at_printed_comparable_prices(found, q, _price_change(q, base)))
    return findings, derived


def _origin_of_basis(index: ClaimIndex, q: Quantity) -> Quantity | None:
    """The earlier end of the change ``q`` ends, unless its growth names another year (由上年
    的47家增加到62家，比2014年的31家翻了一番: the doubling is over 2014, not over 47), or is
    over the year before when that end is of an earlier year (由2015年的121家增加到243家，比上年
    增长30.6%: over last year's, not printed)."""
    origin = index.origins.get(q.row)
    if (
        origin is not None
        and basis_names_no_time(q.growth_basis)
        and any(w in q.growth_basis for w in PREVIOUS_YEAR_WORDS)
        and not of_the_year_before(origin, q)
    ):
        return None
    named = _NAMED_YEAR.search(q.growth_basis)
    if origin is None or named is None or origin.period is None:
        return origin
    if origin.period.start[0] == int(named.group(0)):
        return origin
    if origin.has_cue(load_phrases().last_year_end_words):
        return None  # 由上年的4座增加到6座，是2016年的3倍: last year's, over another year
    if _FROM_A_BARE_FIGURE.search(origin.quote) and _ONE_YEAR.search(
        q.sentence_before(_ONE_YEAR_BACK) or q.quote
    ):
        return None  # 全年新认定…362家，总数由1062家增加到1268家，是2016年的3.3倍: a start of
        # no time printed in a sentence of the year is last year's: the multiple is over 2016
        # (not 本届政府任期内，…由41家增加到152家，是2017年的3.7倍: the start of the term)
    base_period = index.growth_base_period(q)  # a level of the year named is printed: that
    printed = base_period is not None and (  # one (else the change's start, misdated maybe)
        index.level(key(q), base_period, "actual", like=q) is not None
        or _base_printed_before(index, q, base_period) is not None
    )
    return None if printed else origin


def _parts_of_others(index: ClaimIndex, q: Quantity, base: Quantity) -> bool:
    """Whether ``q`` and ``base``, named only by the report's words, are parts of totals that
    measure different things (东区 under 规上工业总产值 and 东区 under 营业收入)."""
    if q.indicator or not q.parent_id or not base.parent_id:
        return False
    wholes = index.by_id(q.parent_id), index.by_id(base.parent_id)
    return None not in wholes and key(wholes[0]) != key(wholes[1])  # type: ignore[arg-type]


def _levels_named(index: ClaimIndex, q: Quantity, period: Period) -> list[Quantity]:
    """The levels of ``period`` that the report's own words naming ``q`` give, one for each
    different figure (实现产值6982.5万元 of potatoes and 实现产值1.26亿元 of herbs: the words
    name several things, and which one a growth of ``q`` is over is not printed)."""
    found: list[Quantity] = []
    for level in islice(index.iter_levels(key(q), period, "actual"), _SEVERAL):
        if level.value is None or level.unit is None or not scopes_compatible(level, q):
            continue
        value = level.value_in(level.unit)
        others = (f.value_in(level.unit) for f in found)
        if value is not None and all(o is not None and not o.meets(value) for o in others):
            found.append(level)
    return found


def _topic(index: ClaimIndex, q: Quantity) -> str:
    """What the first figure of ``q``'s item measures (茶园面积 for the 产值 of 茶园面积2.5万亩，
    带动农户800户，实现产值3.20亿元), when it measures something else; else ``""``."""
    topic = ""
    for k in range(q.row - 1, max(-1, q.row - _TOPIC_BACK), -1):
        x = index.quantities[k]
        if x.paragraph != q.paragraph or item_between(x, q):
            break
        topic = key(x) if key(x) != key(q) else topic
    return topic


#: How many figures before a figure its topic may be.
_TOPIC_BACK = 6
#: How many statements of a name :func:`_levels_named` reads.
_SEVERAL = 8


def _earlier_of_figure(index: ClaimIndex, q: Quantity, period: Period) -> Quantity | None:
    """``由2015年的352.48亿元增加到512.36亿元，…，是2015年的1.45倍``: the earlier value of the
    change of the figure a second growth belongs to, when it is of the period compared with."""
    if not _NAMED_YEAR.search(q.growth_basis):
        return None  # 环比增长2.3%, 同比…: no year named, not the change's start
    source = index.by_id(q.linked_to) if q.link == "same_as" and q.linked_to else None
    origin = index.origins.get(source.row) if source is not None else None
    return origin if origin is not None and origin.period == period else None


def _base_printed_before(index: ClaimIndex, q: Quantity, period: Period) -> Quantity | None:
    """``新注册企业586户，比上年…增长12.3%，是2015年（279户）的2.1倍``: a second growth over a
    printed year whose level of the same subject is printed right before it (of new ones as
    the figure is: no level of the stock)."""
    if q.row == 0 or not _NAMED_YEAR.search(q.growth_basis):
        return None
    before = index.quantities[q.row - 1]
    if before.value is None or before.period != period or key(before) != key(q):
        return None
    if before.paragraph != q.paragraph or not scopes_compatible(before, q):
        return None
    return before if before.unit is not None and q.unit is not None else None


def _with_value(index: ClaimIndex, q: Quantity) -> Quantity:
    """A second growth of a figure (比 2015 年增长 …) borrows the figure's value."""
    if q.value is None and not q.link:
        source = _level_of_multiple(index, q)
    elif q.value is not None or q.link != "same_as" or not q.linked_to:
        return q
    else:
        source = index.by_id(q.linked_to)
    if source is None or source.value is None:
        return q
    return replace(
        q,
        value=source.value,
        value_text=source.value_text,
        unit=source.unit,
        unit_text=source.unit_text,
        lines=tuple(dict.fromkeys((*source.lines, *q.lines))),
    )


def _level_of_multiple(index: ClaimIndex, q: Quantity) -> Quantity | None:
    """The level a growth over a year printed (小龙虾产值是2015年0.33亿元的4.3倍) is of when
    the growth prints none: that of its subject and time printed before it in its sentence
    (其中小龙虾产值1.12亿元，…；小龙虾产值是…的4.3倍), if any."""
    named = _NAMED_YEAR.search(q.growth_basis)
    if named is None or q.period is None or int(named.group(0)) >= q.period.end[0] - 1:
        return None
    if "倍" not in q.quote:  # (比2015年增长37.5%: at comparable prices, maybe)
        return None
    if index.level(key(q), Period.year(int(named.group(0))), "actual") is None:
        return None  # no level of that year printed: nothing to judge
    level = index.level(key(q), q.period, q.kind, near=q)  # (q has no unit to be like)
    if level is None or level.value is None or level.row > q.row:
        return None
    if level.paragraph != q.paragraph or sentence_between(level, q):
        return None
    return level if level.scope == q.scope else None


def _implied_base(q: Quantity, base_period: Period | None) -> Derived | None:
    assert q.value is not None and q.growth is not None and q.unit is not None
    f = growth_factor(q.growth)
    if not f.positive:
        return None
    point = q.value_point
    g_point = q.growth_point
    if point is None or g_point is None:
        return None  # 达到31.5亿元—32.1亿元，增长10%—12%: ranges, no one base to print
    what = f"{ex.when(base_period)}{q.label}"
    target = "目标" if q.kind == "target" else ""
    return Derived(
        what=what if q.kind == "actual" else f"{what}（{ex.when(q.period)}目标的基数）",
        indicator=q.indicator,
        period=base_period.text if base_period else "",
        kind="previous_level" if q.kind == "actual" else "target_base",
        value=point / growth_factor(g_point),
        interval=q.value / f,
        places=q.places,
        unit=q.unit_text,
        basis=f"{ex.subject(q)} {ex.figure(q)} ÷ (1 + {q.printed_growth}){target and ''}",
        claims=(q,),
    )


def _missing_base(q: Quantity, base_period: Period | None, implied: Derived | None) -> Finding:
    base_name = f"{ex.when(base_period)}{q.label}"
    check = "count_change" if q.is_count else "growth"
    tail = ""
    if implied is not None:
        tail = (
            f"；按 {ex.figure(q)} 和该增速推算，{base_name}约为 "
            f"{ex.amount(implied.value, implied.places, q.unit_text)}"
            f"（{ex.consistent_range(implied.interval, implied.places, q.unit_text)}）"
        )
    return Finding(
        check=check,
        verdict=NOT_ASSESSABLE,
        indicators=(q.label,),
        period=q.period.text if q.period else "",
        stated=f"{ex.figure(q)}，{ex.growth_words(q)}",
        recomputed="" if implied is None else f"基数 {_interval_of(implied)}",
        explanation=(f"文中未给出{base_name}，无法核对{ex.subject(q)}{ex.growth_words(q)}{tail}。"),
        claims=(q,),
        suggestion=f"补充{base_name}",
    )


def _interval_of(d: Derived) -> str:
    return ex.estimate(d.value, d.interval, d.places, d.unit)


def _judge_growth(q: Quantity, base: Quantity, comparable: bool, from_origin: bool) -> Finding:
    """Judge the growth stated with ``q`` against the level ``base`` it is measured from."""
    assert q.unit is not None and q.growth is not None
    check = "count_change" if q.is_count else "growth"
    current = q.value_in(q.unit)
    previous = base.value_in(q.unit)
    assert current is not None and previous is not None
    cur_pt, base_pt, g_pt = q.value_point, base.point_in(q.unit), q.growth_point
    assert cur_pt is not None and base_pt is not None and g_pt is not None
    base_name = "原来" if from_origin else f"{ex.when(base.period)}"
    stated_words = ex.growth_words(q)
    common = dict(
        check=check,
        indicators=tuple(dict.fromkeys((q.label, base.label))),
        period=period_span(q, base),
        stated=f"{ex.figure(q)}，{stated_words}",
        claims=(base, q),
    )
    if not previous.positive:
        return Finding(
            verdict=NOT_ASSESSABLE,
            recomputed="",
            explanation=f"{base_name}{base.label}为零或无下限，无法由两个水平计算{ex.subject(q)}的增速。",
            **common,
        )
    rate = implied_growth(current, previous)
    if previous.hi is None:  # 突破3500万元: a floor, which bounds the growth from above only
        rate = Interval(None, rate.hi)
    rate_pt = implied_growth(cur_pt, base_pt)
    rp = _rate_places(q)
    recomputed = ex.estimate(rate_pt, rate, rp, "%")
    rate_range = ex.consistent_range(rate, q.growth_places, "%")
    if from_origin:
        lead = f"{q.label}由{ex.figure(base)}{'增至' if rate_pt >= 0 else '减至'}{ex.figure(q)}"
        lead += f"，{ex.change(rate_pt, rp)}"
    else:
        lead = (
            f"{ex.subject(q)} {ex.figure(q)}较{base_name} {ex.figure(base)}{ex.change(rate_pt, rp)}"
        )
    if previous.hi is None and rate.hi is not None:  # 较 800 万元以上: at most that growth
        lead = f"{ex.subject(q)} {ex.figure(q)}较{base_name} {ex.figure(base)}，增速不超过 "
        lead += f"{fmt(rate.hi, rp)}%"
    if rate.meets(q.growth):
        return Finding(
            verdict=CONSISTENT,
            recomputed=recomputed,
            explanation=f"{lead}，与文中所写{stated_words}相符。",
            **common,
        )
    gap = rate.gap(q.growth)
    f_stated = growth_factor(q.growth)
    alt_current = previous * f_stated
    alt_cur_pt = base_pt * growth_factor(g_pt)
    # A stated fall of 100% or more leaves no base that could have produced the figure.
    base_recoverable = f_stated.lo is not None and f_stated.lo > 0
    which = "目标" if q.kind == "target" else f"{ex.when(q.period)}{q.label}"
    base_words = "原来" if from_origin else f"{ex.when(base.period)}{base.label}"
    if q.is_count:
        alt_current_text = _count_range(alt_current, q.unit_text)
    else:
        alt_current_text = ex.amount(alt_cur_pt, q.places, q.unit_text)
    base_clause, base_suggestion = "", ""
    if base_recoverable:
        alt_base = current / f_stated
        alt_base_pt = cur_pt / growth_factor(g_pt)
        alt_base_text = (
            _count_range(alt_base, q.unit_text)
            if q.is_count
            else ex.amount(alt_base_pt, base.places, q.unit_text)
        )
        base_clause = f"{base_words}应约为 {alt_base_text}，或"
        base_suggestion = (
            f"；或{base_words} {ex.consistent_range(alt_base, base.places, q.unit_text)}"
        )
    sentence = (
        f"{lead}（按舍入{'区间为' if '～' in rate_range else '应为'} {rate_range}），"
        f"与文中所写{stated_words}不符，相差 {fmt(gap, 2)} 个百分点；"
        f"若{stated_words}无误，{base_clause}{which}应约为 {alt_current_text}"
    )
    flag = ""
    if comparable and q.family == "money" and base_recoverable:
        sentence += f"；{ex.price_clause(q.growth_text, g_pt, rate_pt, 2)}"
        flag = "comparable_prices"
    suggestion = (
        f"增速 {rate_range}；或{which} "
        f"{ex.consistent_range(alt_current, q.places, q.unit_text)}{base_suggestion}"
    )
    return Finding(
        verdict=INCONSISTENT,
        recomputed=recomputed,
        explanation=sentence + "。",
        gap=gap,
        gap_unit="个百分点",
        suggestion=suggestion,
        flag=flag,
        **common,
    )


def _floor_of_each(base: Quantity) -> bool:
    """Whether a figure is a floor every member of a group keeps (全部社区集体经济收入仍保持在
    30万元以上), not a floor of the whole (突破3500万元, which still bounds a growth)."""
    if base.value is None or base.value.hi is not None:
        return False
    said = base.words_to_figure()
    return any(w in said for w in load_phrases().each_words)


def _price_change(q: Quantity, base: Quantity) -> Fraction | None:
    """The change of prices (in %) that reconciles a growth with the current-price levels of
    its two years; ``None`` when they are not known."""
    cur_pt, base_pt, g_pt = q.value_point, base.point_in(q.unit) if q.unit else None, q.growth_point
    if cur_pt is None or base_pt is None or g_pt is None:
        return None
    return implied_price_change(cur_pt, base_pt, g_pt)


def _count_range(iv: Interval, unit: str) -> str:
    lo = None if iv.lo is None else -((-iv.lo) // 1)
    hi = None if iv.hi is None else iv.hi // 1
    if lo is not None and hi is not None and lo > hi:
        return f"{fmt(iv.lo or Fraction(0), 1)}～{fmt(iv.hi or Fraction(0), 1)} {unit}（无整数解）"
    if lo == hi:
        return f"{lo} {unit}"
    return f"{lo}～{hi} {unit}"


def period_span(q: Quantity, base: Quantity) -> str:
    """The periods a relation connects: ``2020→2021``, or one period when they agree."""
    a = base.period.text if base.period else ""
    b = q.period.text if q.period else ""
    return b if a == b or not a else f"{a}→{b}"
