"""A plain ratio against the two levels it divides (城镇居民人均可支配收入42156元，农村居民人均
可支配收入18325元，城乡居民收入比由2.36缩小到2.30), and a multiple of one figure by another
(出口124.36亿元，…进口62.16亿元，出口是进口的2.0倍).

Which levels a ratio divides is read from the vocabulary (``ratio_of`` in
``indicators.toml``), never from code. The ratio is judged where the report prints both levels
for its time and kind, in a scope the ratio allows (a village's incomes are not the county's);
the ratio of an earlier year (由上年的2.36) is judged only when that year's two levels are
printed too (由上年的40110元增加到42156元). The relation holds when the quotient of the two
rounding intervals meets the interval of the printed ratio.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .. import explain as ex
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, Finding
from ..intervals import Interval, fmt
from ..phrases import load_phrases
from ..quantities import Quantity
from ..relations import ClaimIndex, scopes_compatible


def ratio_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every plain ratio the vocabulary ties to two levels (``ratio_of``).

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("城镇居民人均可支配收入", "42156", "元"),
    ...         ("农村居民人均可支配收入", "18325", "元"), ("城乡居民收入比", "2.32", "")]
    >>> table = pd.DataFrame([dict(indicator=i, name=i, value=v, unit=u) for i, v, u in rows])
    >>> table = table.assign(period="2023", kind="actual", line="3", quote="")
    >>> [(f.verdict, f.recomputed) for f in ratio_checks(ClaimIndex(read_claims(table)))]
    [('inconsistent', '2.30 [2.3003, 2.3006]')]
    """
    findings: list[Finding] = []
    undated = _undated_origins(index)
    levels = _levels_by_time(index, undated)
    for q in index.quantities:
        entry = index.indicator(q.indicator)
        if entry is None or len(entry.ratio_of) != 2 or q.value is None or not q.is_level:
            continue  # not a change of the ratio (缩小0.06)
        if q.unit is not None and q.unit.family != "ratio":
            continue  # 2.30, or 1.86倍
        top = _level(levels, entry.ratio_of[0], q)
        bottom = _level(levels, entry.ratio_of[1], q)
        if top is None or bottom is None or top.unit is None or bottom.unit is None:
            continue
        if top.unit.kind != bottom.unit.kind:
            continue
        findings.append(_judge(q, top, bottom))
    findings.extend(_multiples_of_figures(index))
    return findings


def _multiples_of_figures(index: ClaimIndex) -> list[Finding]:
    """``出口124.36亿元，…进口62.16亿元，出口是进口的2.0倍``: a multiple named ``A是B`` (no
    time after 是: 是2015年的1.7倍 is a growth) against the last levels of A and B printed
    before it in its paragraph, for its time and kind, in one unit."""
    findings: list[Finding] = []
    recent: dict[str, list[Quantity]] = defaultdict(list)  # the levels so far, by paragraph
    for q in index.quantities:
        if q.value is None or not (q.is_level or q.measure == "new"):
            continue
        before = recent[q.paragraph]
        named = _MULTIPLE_OF.fullmatch(q.name) if q.unit_text == "倍" else None
        base = named.group(2) if named else ""
        if (
            named is None
            or q.measure == "new"
            or _TIME_BASE.match(base)
            or load_phrases().plan_name.match(base)
        ):
            if q.unit is not None and q.unit.family not in ("percent", "ratio", "points"):
                before.append(q)
                del before[:-_MULTIPLE_BACK]  # a few figures back: linear in the paragraph
            continue
        a, b = named.group(1), named.group(2)
        rates = a.endswith(_rate_words()) or b.endswith(_rate_words())
        if rates:  # 出口增速是进口增速的1.8倍: of the two growth rates (进口增速 may be said
            a, b = _without_rate_word(a), _without_rate_word(b)  # 进口 after the first)
        top = _named_level(before, a, q, index)
        bottom = _named_level(before, b, q, index)
        if top is None or bottom is None or top is bottom or top.unit is None:
            continue
        if rates:
            if top.growth is not None and bottom.growth is not None:
                findings.append(_judge_rates(q, top, bottom))
            continue
        if bottom.unit is None or top.unit.kind != bottom.unit.kind:
            continue
        findings.append(_judge(q, top, bottom))
    return findings


def _rate_words() -> tuple[str, ...]:
    """Words of a growth rate that end the name of a figure a multiple compares (出口增速)."""
    return (*load_phrases().rate_words, "增长率")


def _without_rate_word(words: str) -> str:
    """``words`` without the rate word it ends with (出口增速: 出口)."""
    return next((words.removesuffix(w) for w in _rate_words() if words.endswith(w)), words)


def _judge_rates(q: Quantity, top: Quantity, bottom: Quantity) -> Finding:
    """The finding of a multiple of two growth rates (出口增速是进口增速的1.8倍) against the
    quotient of the rates printed with the two figures, both rounding-aware."""
    assert top.growth is not None and bottom.growth is not None
    top_pt, bottom_pt = top.growth_point, bottom.growth_point
    if not bottom.growth.positive or not top.growth.positive or not bottom_pt or top_pt is None:
        return Finding(
            verdict="not_assessable",
            recomputed="",
            explanation=f"{bottom.label}或{top.label}的增速不为正，无法核对{q.label}。",
            **_common(q, top, bottom),
        )
    divided = (
        f"{ex.when(q.period)}{top.label}增速 {top.printed_growth}÷{bottom.label}增速 "
        f"{bottom.printed_growth}"
    )
    return _judge_quotient(
        q, top, bottom, top.growth / bottom.growth, top_pt / bottom_pt, divided, "两个增速"
    )


def _named_level(
    before: list[Quantity], words: str, multiple: Quantity, index: ClaimIndex
) -> Quantity | None:
    """The last level before a multiple that ``words`` name, of its time and kind (the new
    ones, when the multiple's name says 新增): the one
    named by them exactly (出口124.36亿元，其中出口农产品20.5亿元: 出口), else a part named by
    them with its whole's measure (进口过货量: 进口 under 口岸过货量, not 进口 of the trade in
    亿元), else the one whole whose name begins or ends with them, nearest first (农村居民:
    农村居民人均可支配收入; 来穗人员: 辖区登记来穗人员)."""
    new = any(w in multiple.name for w in load_phrases().new_words)  # 光伏新增装机是风电的1.2倍
    candidates = [
        q
        for q in reversed(before)
        if q.period == multiple.period
        and q.kind == multiple.kind
        and (q.measure == "new") == new  # the new ones of each, or the levels of each
        and scopes_compatible(q, multiple)  # 同期全省…收入: the province's, not the county's
    ]
    exact = [q for q in candidates if words in (q.name, q.indicator)]
    if exact:
        return exact[0]
    for q in candidates:  # 其中进口312.6万吨…，进口过货量是…: 进口 of 口岸过货量
        whole = index.by_id(q.parent_id) if q.parent_id else None
        rest = words[len(q.name) :] if q.name and words.startswith(q.name) else ""
        if whole is not None and len(rest) >= 2 and whole.name.endswith(rest):
            return q
    prefixed = [
        q
        for q in candidates
        if any(
            len(n) >= 2 and (n.startswith(words) or words.startswith(n) or n.endswith(words))
            for n in (q.name, q.indicator)
        )
    ]
    ids = {q.claim_id for q in prefixed}
    wholes = [q for q in prefixed if q.parent_id not in ids]  # a whole, not its named parts
    return wholes[0] if wholes else None


#: The name of a multiple of one figure by another: A是B (出口是进口的2.0倍).
_MULTIPLE_OF = re.compile(r"(.{2,24}?)(?:是|为|相当于)(.{2,24})")
#: The base of a multiple that is a time, not a figure (是2015年的, 是上年的; a plan: plan_name).
_TIME_BASE = re.compile(r"(?:19|20)\d\d|上年|去年|同期")
#: How many levels back a multiple's two figures are looked for.
_MULTIPLE_BACK = 12


def _undated_origins(index: ClaimIndex) -> set[int]:
    """The rows of the earlier ends of changes dated like their later ends (由26,524元增加到
    37,618元，年均增长7.2%: the year the change started from is not known)."""
    by_row = {q.row: q for q in index.quantities}
    return {
        origin.row
        for row, origin in index.origins.items()
        if row in by_row and by_row[row].period == origin.period
    }


_Levels = dict[tuple[str, object, str], list[Quantity]]


def _levels_by_time(index: ClaimIndex, undated: set[int]) -> _Levels:
    """The levels of the indicators ratios divide, by name (indicator or the report's own
    words), time and kind, in the report's order; the earlier end of a change counts when it
    is dated (由上年的40110元增加到42156元: 40110 is last year's level). Read once, so that each
    ratio looks up its two levels directly."""
    names = {n for e in index.vocabulary.values() if len(e.ratio_of) == 2 for n in e.ratio_of}
    found: _Levels = defaultdict(list)
    for q in index.quantities:
        if q.value is None or not q.is_level or q.annual_key is None or q.row in undated:
            continue
        for name in {q.indicator, q.name} & names:
            found[(name, q.annual_key, q.kind)].append(q)
    return found


def _level(levels: _Levels, name: str, ratio: Quantity) -> Quantity | None:
    """The first level of ``name`` of the ratio's time and kind in a scope the ratio allows,
    one of the ratio's own scope first."""
    found = None
    for q in levels.get((name, ratio.period, ratio.kind), ()):
        if scopes_compatible(q, ratio):
            if q.scope == ratio.scope:
                return q
            found = found or q
    return found


def _judge(q: Quantity, top: Quantity, bottom: Quantity) -> Finding:
    """The finding of the ratio ``q`` against ``top / bottom``, both rounding-aware."""
    assert q.value is not None and bottom.unit is not None
    top_iv, bottom_iv = top.value_in(bottom.unit), bottom.value
    top_pt, bottom_pt = top.point_in(bottom.unit), bottom.value_point
    assert top_iv is not None and bottom_iv is not None and top_pt is not None
    if not bottom_pt or not bottom_iv.positive:
        return Finding(
            verdict="not_assessable",
            recomputed="",
            explanation=f"{bottom.label}为零，无法核对{q.label}。",
            **_common(q, top, bottom),
        )
    divided = f"{ex.when(q.period)}{top.label} {ex.figure(top)}÷{bottom.label} {ex.figure(bottom)}"
    both = f"{top.label}和{bottom.label}"
    return _judge_quotient(q, top, bottom, top_iv / bottom_iv, top_pt / bottom_pt, divided, both)


def _common(q: Quantity, top: Quantity, bottom: Quantity) -> dict[str, object]:
    """The fields every finding of the ratio ``q`` of ``top`` by ``bottom`` shares."""
    return dict(
        check="ratio",
        indicators=(q.label, top.label, bottom.label),
        period=q.period.text if q.period else "",
        stated=f"{q.label} {ex.figure(q)}",
        claims=(top, bottom, q),
    )


def _judge_quotient(
    q: Quantity,
    top: Quantity,
    bottom: Quantity,
    implied: Interval,
    implied_pt: Fraction,
    divided: str,
    inputs: str,
) -> Finding:
    """The finding of the ratio ``q`` against the quotient ``implied`` (its printed-figure
    value ``implied_pt``) of what ``divided`` says was divided; ``inputs`` names the two
    figures a consistent ratio assumes right."""
    assert q.value is not None
    places = max(q.places, 2)
    lead = f"{divided} = {fmt(implied_pt, places)}"
    recomputed = ex.estimate(implied_pt, implied, places, "")
    common = _common(q, top, bottom)
    if implied.meets(q.value):
        return Finding(
            verdict=CONSISTENT,
            recomputed=recomputed,
            explanation=f"{lead}，与文中{q.label} {ex.figure(q)}相符。",
            **common,
        )
    gap = implied.gap(q.value)
    alternative = ex.consistent_range(implied, q.places, "")
    return Finding(
        verdict=INCONSISTENT,
        recomputed=recomputed,
        explanation=(
            f"{lead}（按舍入应为 {alternative}），与文中{q.label} {ex.figure(q)}不符，"
            f"相差约 {fmt(gap, max(q.places, 1))}；若{inputs}无误，{q.label}应为 {alternative}。"
        ),
        gap=gap,
        gap_unit="",
        suggestion=f"{q.label} {alternative}",
        **common,
    )
