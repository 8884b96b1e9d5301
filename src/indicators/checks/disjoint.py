"""Parts of kinds that exclude each other never add up to more than their total.

Parts listed under a total (其中…, a 分别 list) need not cover it, so their sum may fall
short of it; but when their names hold different words of one group of exclusive kinds
(``disjoint`` in ``checking.toml``: 工业项目, 农业项目, 文旅项目), they cannot overlap either,
and their sum may not exceed the total. Parts of other kinds listed with them (亿元以上项目,
which may be of any sector) are left out of the sum.
"""

from __future__ import annotations

import re

from .. import explain as ex
from ..checkvocab import kind_in_group, load_check_vocabulary
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, Finding, gap_decimals
from ..intervals import Interval
from ..phrases import load_phrases
from ..quantities import Quantity, of_one_market
from ..relations import ClaimIndex
from .sums import total_of, words_of


def disjoint_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every total listed with parts of exclusive kinds: their sum is at most the total.

    Totals whose parts must add up to them exactly are judged by :mod:`.sums` instead.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("p1", "新签约项目", "15", ""), ("p2", "工业项目", "7", "p1"),
    ...         ("p3", "现代农业项目", "5", "p1"), ("p4", "文旅项目", "4", "p1")]
    >>> table = pd.DataFrame([dict(claim_id=i, name=n, value=v, parent_id=t)
    ...                       for i, n, v, t in rows])
    >>> table = table.assign(indicator="", period="2025", kind="actual", unit="个", line="15",
    ...                      quote="", paragraph="7")
    >>> [(f.verdict, f.gap) for f in disjoint_checks(ClaimIndex(read_claims(table)))]
    [('inconsistent', Fraction(1, 1))]
    """
    findings = []
    for total, parts in index.splits():
        if index.complete_split(parts, total):
            continue
        exclusive = (
            _markets_within(total, parts)
            or _places_within(total, parts)
            or exclusive_parts(parts, index.rules.disjoint)
        )
        if len(exclusive) >= 2 and _convertible(total, exclusive):
            findings.append(_judge_at_most(total, exclusive))
    return findings


def exclusive_parts(parts: list[Quantity], groups: tuple[tuple[str, ...], ...]) -> list[Quantity]:
    """The largest set of ``parts`` whose names hold different words of one group, one each.

    A word inside another word of the group stands for it (社会民生 is 民生). Two parts of the
    same kind may overlap, so neither is kept.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> names = ["工业项目", "社会民生项目", "亿元以上项目", "基础设施项目"]
    >>> table = pd.DataFrame([dict(name=n, value="3") for n in names]).assign(
    ...     indicator="", period="2022", kind="actual", unit="个", line="1", quote="")
    >>> groups = (("产业", "基础设施", "社会民生", "民生"), ("工业", "农业"))
    >>> [q.name for q in exclusive_parts(read_claims(table), groups)]
    ['社会民生项目', '基础设施项目']
    """
    best: list[Quantity] = []
    for group in groups:
        kinds: dict[str, list[Quantity]] = {}
        for p in parts:
            kind = kind_in_group(p.name or p.indicator, group)
            if kind:
                kinds.setdefault(kind, []).append(p)
        found = [qs[0] for qs in kinds.values() if len(qs) == 1]
        if len(found) > len(best):
            best = sorted(found, key=lambda q: q.row)
    classes: dict[str, list[Quantity]] = {}  # 咨询类, 求助类, 投诉类; A类企业, B类企业
    for p in parts:
        named = _CLASS.search(p.name)
        if named:
            classes.setdefault(named.group(1) or named.group(2), []).append(p)
    found = [qs[0] for qs in classes.values() if len(qs) == 1]
    if len(found) > len(best):
        best = sorted(found, key=lambda q: q.row)
    return best


#: A class of things by its label (咨询类诉求, A类企业) or its letter grade (D级危房): classes
#: of one list do not overlap.
_CLASS = re.compile(r"^([^类，,、]{1,6})类|^([A-ZＡ-Ｚ])级")


def _markets_within(total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts of one market's figure that are each of another market within it (对日韩出口,
    其中对日本出口…、对韩国出口…): markets listed side by side do not overlap, unless one of
    them holds others (``market_blocs`` in ``checking.toml``)."""
    if not of_one_market(total.scope):
        return []
    markets = [p for p in parts if of_one_market(p.scope) and p.scope != total.scope]
    blocs = load_check_vocabulary().cue("market_blocs")
    if any(b in p.scope for p in markets for b in blocs):
        return []  # 对“一带一路”…，其中对东盟…、对RCEP其他成员国…: markets that overlap
    if len(markets) < 2 or len({p.scope for p in markets}) < len(markets):
        return []
    return markets


def _places_within(total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts of the place's figure that are each named by a part of the place (其中沙坡区
    186.2万千瓦、金积县342.7万千瓦…): places side by side do not overlap."""
    if total.scope:
        return []
    places = load_phrases().sub_place_re
    named = [p for p in parts if places.fullmatch(p.name)]
    if len(named) < 2 or len({p.name for p in named}) < len(named):
        return []
    return named


def _convertible(total: Quantity, parts: list[Quantity]) -> bool:
    return (
        total.unit is not None
        and total.value is not None
        and all(p.value_in(total.unit) is not None for p in parts)
    )


def _judge_at_most(total: Quantity, parts: list[Quantity]) -> Finding:
    """Whether ``parts`` of exclusive kinds add up to no more than ``total``."""
    assert total.unit is not None and total.value is not None
    unit, u = total.unit, total.unit_text
    intervals: list[Interval] = [p.value_in(unit) for p in parts]  # type: ignore[misc]
    points = [p.point_in(unit) or Fraction(0) for p in parts]
    whole = total_of(intervals)
    whole_pt = sum(points, Fraction(0))
    places = max([total.places, *(p.places for p in parts)])
    listed = ex.names([f"“{words_of(p)}”" for p in parts])
    lead = f"{listed}类别互不重叠，合计 {ex.amount(whole_pt, places, u)}"
    against = f"“{words_of(total)}”"
    common = dict(
        check="disjoint_parts",
        indicators=(total.label, *(p.label for p in parts)),
        period=total.period.text if total.period else "",
        stated=f"{total.label} {ex.figure(total)}",
        recomputed=ex.estimate(whole_pt, whole, places, u, extra=1),
        claims=(total, *parts),
    )
    at_most = Interval(None, total.value.hi)
    if whole.meets(at_most):
        return Finding(
            verdict=CONSISTENT, explanation=f"{lead}，未超过{against}，两者相符。", **common
        )
    gap = whole.gap(at_most)
    need = ex.amount(whole_pt, places, u)
    sentence = (
        f"{lead}，超过{against}，多出 {ex.difference(gap, places, u, unit.whole)}；"
        f"互不重叠的部分之和不应大于总数，需核实{total.label}（应不少于 {need}）或各部分数字。"
    )
    return Finding(
        verdict=INCONSISTENT,
        explanation=sentence,
        gap=gap,
        gap_places=gap_decimals(places, unit.whole),
        gap_unit=u,
        suggestion=f"{total.label}不少于 {need}",
        **common,
    )
