"""A part is never larger than its whole.

Pairs come from the vocabulary (规模以上工业总产值 is part of 工业总产值; 本级税收收入 of
税收收入), from the claims' own 其中 links (``parent``) when the vocabulary does not already
relate them, and from counts of which a part is done (共受理 1338 件，已办结 1278 件). The part
fits when its interval's lower end does not exceed the whole's upper end.
"""

from __future__ import annotations

from .. import explain as ex
from ..findings import CONSISTENT, INCONSISTENT, Derived, Finding, gap_decimals
from ..intervals import Interval
from ..period_cells import Period
from ..phrases import load_phrases
from ..quantities import Quantity
from ..relations import ClaimIndex, plausible_part


def part_checks(index: ClaimIndex) -> tuple[list[Finding], list[Derived]]:
    """Judge every part-of-whole pair the vocabulary, the 其中 links or the cue words give.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("税收收入", "2.35"), ("本级税收收入", "2.41")]
    >>> table = pd.DataFrame([dict(indicator=i, value=v) for i, v in rows])
    >>> table = table.assign(name="", period="2022", kind="actual", unit="亿元", line="3", quote="")
    >>> findings, _ = part_checks(ClaimIndex(read_claims(table)))
    >>> findings[0].verdict, findings[0].gap
    ('inconsistent', Fraction(1, 20))
    """
    findings: list[Finding] = []
    derived: list[Derived] = []
    seen: set[tuple[int, int]] = set()

    def add(part: Quantity, whole: Quantity, named: bool) -> None:
        if (part.row, whole.row) in seen or part.row == whole.row:
            return
        if _several_years(part) and not _several_years(whole):
            return  # 五年累计民生支出246.8亿元: no part of one year's spending
        if _names_a_target(part) and not _names_a_target(whole):
            return  # 累计18.45万人，完成规划目标30万人的61.5%: a target, no part of the actual
        seen.add((part.row, whole.row))
        finding, share = _judge_part(part, whole, named)
        findings.append(finding)
        if share is not None and not named:
            derived.append(share)

    for part in index.quantities:
        if part.value is None or part.row in index.earlier or not part.indicator:
            continue
        entry = index.indicator(part.indicator)
        whole_name = entry.part_of if entry and entry.part_of else None
        by_vocabulary = whole_name is not None
        if whole_name is None and part.parent and not part.parent_id:
            parent = index.indicator(part.parent)
            if part.parent != part.indicator and (
                parent is None or part.indicator not in parent.components
            ):
                whole_name = part.parent
        if whole_name is None:
            continue
        whole_entry = index.indicator(whole_name)
        if whole_entry is not None and part.indicator in whole_entry.components:
            continue  # checked as a sum, or as a residual when components are missing
        whole = index.level(whole_name, part.period, part.kind, like=part)
        if whole is not None and (by_vocabulary or plausible_part(part, whole)):
            add(part, whole, named=True)
    for part, whole in _months_of_years(index):
        add(part, whole, named=True)
    ongoing = index.rules.cue("ongoing")
    linked = any(q.parent_id for q in index.quantities)
    for total, parts in index.splits():
        if index.complete_split(parts, total):
            continue  # checked as a sum
        for part in parts:
            if linked or not part.has_cue(ongoing):
                named = bool(part.indicator and total.indicator)
                add(part, total, named=named)
    return findings, derived


def _names_a_target(q: Quantity) -> bool:
    """Whether a figure is named only by a target word (规划目标, 全年目标)."""
    return q.name in load_phrases().target_words


def _several_years(q: Quantity) -> bool:
    return q.period is not None and q.period.is_years


def _describe(q: Quantity, named: bool, dated: bool = False) -> str:
    if named:
        target = "目标" if q.kind == "target" else ""
        when = ex.when(q.period) if dated else ""
        return f"{when}{q.label}{target} {ex.figure(q)}"
    return f"“{ex.quoted(q)}”"


def _months_of_years(index: ClaimIndex) -> list[tuple[Quantity, Quantity]]:
    """An amount of the first months of a year and the amount of that whole year (前三季度
    251.36亿元 and 全年245.18亿元): flows of money only, where the months are a part of the
    year; balances (余额) are stocks at a date, which may fall."""
    pairs = []
    for q in index.quantities:
        p = q.period
        if p is None or p.is_year or q.value is None or not q.indicator or not q.is_level:
            continue
        if q.family != "money" or q.kind != "actual" or p.start[0] != p.end[0] or p.start[1] != 1:
            continue
        if any("余额" in n for n in (q.name, q.indicator)):
            continue
        year = index.level(q.indicator, Period.year(p.start[0]), "actual", like=q)
        if year is None or year.value is None:
            continue
        if ("全口径" in q.name) != ("全口径" in year.name):
            continue  # 1—11月全口径税收312.56亿元 and the budget's 税收收入68.52亿元: two scopes
        pairs.append((q, year))
    return pairs


def _judge_part(part: Quantity, whole: Quantity, named: bool) -> tuple[Finding, Derived | None]:
    """Judge ``part <= whole`` and give the part's share of the whole."""
    assert whole.unit is not None and part.value is not None
    unit = whole.unit
    p_iv = part.value_in(unit)
    w_iv = whole.value_in(unit)
    p_pt = part.point_in(unit)
    w_pt = whole.point_in(unit)
    assert p_iv is not None and w_iv is not None and p_pt is not None and w_pt is not None
    u = whole.unit_text
    places = max(part.places, whole.places)
    dated = part.period != whole.period  # 前三季度 … ≤ 全年 …: each with its own time
    when = ex.when(whole.period) if named and not dated else ""
    share_pt = p_pt / w_pt * 100 if w_pt else None
    share_iv = (p_iv / w_iv).scale(100) if w_iv.positive else None
    about = "约" if whole.value.lo != whole.value.hi and whole.is_count else ""  # type: ignore[union-attr]
    share_text = f"（占{about} {ex.pct(share_pt, 2)}）" if share_pt is not None else ""
    common = dict(
        check="part_of_whole",
        indicators=(part.label, whole.label),
        period=whole.period.text if whole.period else "",
        stated=f"{part.label} {ex.figure(part)} ≤ {whole.label} {ex.figure(whole)}",
        recomputed="" if share_pt is None else f"占{about} {ex.pct(share_pt, 2)}",
        claims=(whole, part),
    )
    share = None
    if share_pt is not None and share_iv is not None:
        share = Derived(
            what=f"{_describe(part, named)}占{_describe(whole, named)}的比例",
            indicator=part.indicator,
            period=whole.period.text if whole.period else "",
            kind="implied_share",
            value=share_pt,
            interval=share_iv,
            places=2,
            unit="%",
            basis=f"{ex.figure(part)} ÷ {ex.figure(whole)}",
            claims=(whole, part),
        )
    lowest_part = p_iv.lo if p_iv.lo is not None else 0
    if w_iv.hi is None or lowest_part <= w_iv.hi:
        return (
            Finding(
                verdict=CONSISTENT,
                explanation=(
                    f"{when}{_describe(part, named, dated)}未超过"
                    f"{_describe(whole, named, dated)}{share_text}，"
                    "两者相符。"
                ),
                **common,
            ),
            share,
        )
    gap = lowest_part - w_iv.hi
    part_max = ex.consistent_range(Interval(None, w_iv.hi), part.places, u)
    whole_min = ex.consistent_range(Interval(lowest_part, None), whole.places, u)
    return (
        Finding(
            verdict=INCONSISTENT,
            explanation=(
                f"{when}{_describe(part, named, dated)}超过了{_describe(whole, named, dated)}，"
                f"超出 {ex.difference(gap, places, u, unit.whole)}；"
                "部分不应大于整体，请核实两者数字或口径。"
            ),
            gap=gap,
            gap_places=gap_decimals(places, bool(whole.unit.whole)),
            gap_unit=u,
            suggestion=f"{part.label} {part_max}；或{whole.label} {whole_min}",
            **common,
        ),
        share,
    )
