"""New additions to a stock over a year are no fewer than its net increase (``additions``),
and the new ones less those that left make the net increase printed beside them
(``net_flows``: 新登记市场主体12856户，注销4375户，净增8481户).

A stock that went from ``A`` to ``B`` in a year (规上企业总数由 71 家增加到 86 家) grew by the
new ones (新增规上工业企业 12 家) less those that left it, so the new ones stated for that
year and that stock are at least ``B - A``. An amount that is no count of things (an area,
a length: 由5.86万亩增加到6.32万亩，新增0.46万亩) grew by exactly what it added. The same
stock, year and scope are required; the new ones are looked for in the paragraph of the
change.
"""

from __future__ import annotations

from .. import explain as ex
from ..findings import CONSISTENT, INCONSISTENT, Finding, gap_decimals
from ..intervals import Interval
from ..phrases import load_phrases
from ..quantities import Quantity
from ..relations import ClaimIndex, key, scopes_compatible, sentence_between


def addition_checks(index: ClaimIndex) -> list[Finding]:
    """Judge the new additions of every stock whose change over a year the report states.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("p1", "新增规上工业企业", "12", "2018", "new", "", ""),
    ...         ("p2", "规上工业企业", "71", "2017", "level", "", ""),
    ...         ("p3", "规上工业企业", "86", "2018", "level", "p2", "changed_from")]
    >>> table = pd.DataFrame([dict(claim_id=i, name=n, value=v, period=p, measure=m,
    ...                            linked_to=t, link=k) for i, n, v, p, m, t, k in rows])
    >>> table = table.assign(indicator="规模以上工业企业", kind="actual", unit="家", line="17",
    ...                      quote="", paragraph="8")
    >>> [(f.verdict, f.gap) for f in addition_checks(ClaimIndex(read_claims(table)))]
    [('inconsistent', Fraction(3, 1))]
    """
    findings = []
    for group in index.paragraphs():
        if not any(q.measure == "new" for q in group):
            continue
        for k, level in enumerate(group):
            before = index.origins.get(level.row)
            if before is None or not _over_one_year(before, level):
                continue
            candidates = [  # the new ones printed near the change (linear on any text)
                n
                for n in group[max(0, k - _NEAR) : k + _NEAR + 1]
                if n.measure == "new"
                and n.value is not None
                and not n.parent_id
                and key(n) == key(level)
                and _of_stock(n, level)
            ]
            if len(candidates) == 1:
                findings.append(_judge(before, level, candidates[0]))
    return findings


#: How many figures before and after a change its new ones may be printed.
_NEAR = 8


def _over_one_year(before: Quantity, level: Quantity) -> bool:
    if before.period is None or level.period is None or not level.is_level:
        return False
    end = level.period.year_end()
    return end.is_year and before.period.year_end() == end.previous()


def _of_stock(new: Quantity, level: Quantity) -> bool:
    """Whether ``new`` counts additions to ``level``'s stock in its year (not to an average
    per head: 人均公园绿地面积)."""
    return (
        not load_phrases().average_name.search(level.name)
        and new.period is not None
        and level.period is not None
        and new.period.year_end() == level.period.year_end()
        and new.kind == level.kind
        and scopes_compatible(new, level)
        and level.unit is not None
        and new.value_in(level.unit) is not None
    )


def _judge(before: Quantity, level: Quantity, new: Quantity) -> Finding:
    """Whether ``new`` is at least ``level - before``; more new of an amount than its net
    increase (an area, a length: 由5.86万亩增加到6.32万亩，新增0.56万亩) holds only if as
    much was lost, which the finding flags (``gross_additions``) for the analyst to see."""
    assert level.unit is not None and level.value is not None
    unit, u = level.unit, level.unit_text
    earlier, added = before.value_in(unit), new.value_in(unit)
    assert earlier is not None and added is not None
    net = level.value - earlier
    net_pt = (level.value_point or 0) - (before.point_in(unit) or 0)
    places = max(level.places, before.places, new.places)
    lead = (
        f"{level.label}由{ex.when(before.period)} {ex.figure(before)}变为"
        f"{ex.when(level.period)} {ex.figure(level)}，净增 {ex.amount(net_pt, places, u)}"
    )
    common = dict(
        check="additions",
        indicators=(level.label,),
        period=level.period.text if level.period else "",
        stated=f"新增 {ex.figure(new)}",
        recomputed=ex.estimate(net_pt, net, places, u, extra=1),
        claims=(before, level, new),
    )
    at_least = Interval(net.lo, None)
    if added.meets(at_least):
        if unit.whole or added.meets(net):
            return Finding(
                verdict=CONSISTENT,
                explanation=f"{lead}；新增 {ex.figure(new)}不少于净增数，两者相符。",
                **common,
            )
        return Finding(  # 新增0.56万亩 for a net increase of 0.46: as much lost, or a slip
            verdict=CONSISTENT,
            explanation=(
                f"{lead}；文中新增 {ex.figure(new)}，比净增数多 "
                f"{ex.amount((new.point_in(unit) or 0) - net_pt, places, u)}，"
                f"仅当同期减少了同样多时才相符，"
                f"请核实新增数与首末两年的数值。"
            ),
            flag="gross_additions",
            suggestion=f"新增 {ex.consistent_range(net, new.places, u)}（若无减少）",
            **common,
        )
    gap = added.gap(at_least)
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{lead}；而文中新增仅 {ex.figure(new)}，少于净增数 "
            f"{ex.difference(gap, places, u, unit.whole)}。新增数扣除退出数才是净增数，"
            f"新增不应少于净增，需核实新增数或首末两年的总数。"
        ),
        gap=gap,
        gap_places=gap_decimals(places, unit.whole),
        gap_unit=u,
        suggestion=f"新增不少于 {ex.amount(net_pt, places, u)}",
        **common,
    )


def _new_ones_of(new: Quantity, net: Quantity) -> bool:
    """Whether ``new`` are new ones of what ``net`` is the net change of: named alike, or
    named by a new word and the stock's name (新开火锅门店 of 火锅门店, 新增入规企业 of 规模以上
    工业企业 when the vocabulary names both)."""
    if key(new) == key(net) or (new.indicator and new.indicator == net.indicator):
        return True
    ph = load_phrases()
    for word in (*ph.new_words, *ph.opened_words):
        if new.name.startswith(word) and new.name[len(word) :] in (net.name, key(net)):
            return True
    return False


#: How many figures before a net change the flows it sums are looked for.
_FLOWS_BACK = 6


def net_flow_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every net change printed after the new ones and those that left, in one sentence
    (新登记市场主体12856户，注销4375户，净增8841户: 8481, not 8841): new − all that left = net.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> text = "全年新登记市场主体12856户，注销4375户，净增8841户。"
    >>> rows = [("市场主体", "12856", "new"), ("注销", "4375", "level"),
    ...         ("市场主体", "8841", "change")]
    >>> table = pd.DataFrame([dict(name=n, value=v, measure=m, quote=f"{n}{v}户")
    ...                       for n, v, m in rows]).assign(indicator="", period="2018",
    ...     kind="actual", unit="户", line="9", paragraph="4")
    >>> [(f.verdict, f.gap) for f in net_flow_checks(ClaimIndex(read_claims(table, {"4": text})))]
    [('inconsistent', Fraction(360, 1))]
    """
    outs = load_phrases().outflow_words
    findings = []
    for group in index.paragraphs():
        for k, net in enumerate(group):
            if net.measure != "change" or net.value is None or net.unit is None:
                continue
            before = [q for q in group[max(0, k - _FLOWS_BACK) : k] if not sentence_between(q, net)]
            new = next(  # (not a part of the new ones: 其中个体工商户2716户)
                (
                    q
                    for q in reversed(before)
                    if q.measure == "new" and _new_ones_of(q, net) and not q.parent_id
                ),
                None,
            )
            if new is None or new.value is None or new.period != net.period:
                continue
            outs_after = [
                q
                for q in before
                if q.row > new.row and q.name.startswith(outs) and q.period == net.period
            ]
            ids = {q.claim_id for q in outs_after}  # 注销4375户，其中吊销1200户: a part of it
            outs_after = [q for q in outs_after if q.parent_id not in ids]
            left = [x for q in outs_after if (x := q.value_in(net.unit)) is not None]
            added = new.value_in(net.unit)
            if not outs_after or added is None or len(left) != len(outs_after):
                continue  # 注销3175户，迁出1200户: every outflow, in the net's unit
            flows = added - sum(left[1:], left[0])
            findings.append(_judge_flows(new, outs_after, net, flows))
    return findings


def _judge_flows(new: Quantity, outs: list[Quantity], net: Quantity, flows: Interval) -> Finding:
    assert net.value is not None and net.unit is not None
    places = max(new.places, net.places, *(o.places for o in outs))
    u = net.unit_text
    point = (new.point_in(net.unit) or 0) - sum((o.point_in(net.unit) or 0) for o in outs)
    gone = "、".join(f"{o.name} {ex.figure(o)}" for o in outs)
    lead = (
        f"{ex.when(net.period)}{net.label}新增 {ex.figure(new)}，{gone}，"
        f"相减为 {ex.amount(point, places, u)}"
    )
    common = dict(
        check="net_flows",
        indicators=(net.label,),
        period=net.period.text if net.period else "",
        stated=f"净增 {ex.figure(net)}",
        recomputed=ex.estimate(point, flows, places, u, extra=1),
        claims=(new, *outs, net),
    )
    if flows.meets(net.value):
        return Finding(
            verdict=CONSISTENT, explanation=f"{lead}，与净增 {ex.figure(net)}相符。", **common
        )
    gap = flows.gap(net.value)
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{lead}，而文中净增 {ex.figure(net)}，相差 "
            f"{ex.difference(gap, places, u, net.unit.whole)}；需核实新增数、减少数或净增数。"
        ),
        gap=gap,
        gap_places=gap_decimals(places, net.unit.whole),
        gap_unit=u,
        suggestion=f"净增 {ex.amount(point, places, u)}",
        **common,
    )
