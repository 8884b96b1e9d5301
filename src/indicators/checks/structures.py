"""Structure shares: a:b:c that add up to 100, and each share against the levels it comes from.

"三次产业结构为 13.2:41.1:45.7" holds when the three shares add up to 100 within their
rounding and, where the report prints the value added of each sector and the total, when each
share meets ``100 * part / whole``. Which levels a share comes from is read from the
vocabulary (``share_of``), never from code.
"""

from __future__ import annotations

from .. import explain as ex
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, Finding
from ..intervals import Interval, fmt
from ..quantities import Quantity, structure_groups
from ..relations import ClaimIndex
from .shares import judge_share


def structure_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every printed structure and every share the vocabulary ties to two levels.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [dict(claim_id="s1", indicator="第一产业比重", value="9.5", link=""),
    ...         dict(claim_id="s2", indicator="第二产业比重", value="40.2", link="structure"),
    ...         dict(claim_id="s3", indicator="第三产业比重", value="50.1", link="structure")]
    >>> table = pd.DataFrame(rows).assign(name="三次产业结构", period="2022", kind="actual",
    ...     unit="", linked_to=["", "s1", "s1"], line="4", quote="")
    >>> [(f.check, f.verdict, f.gap) for f in structure_checks(ClaimIndex(read_claims(table)))]
    [('structure', 'inconsistent', Fraction(1, 20))]
    """
    findings = []
    for group in structure_groups(index.quantities):
        if all(q.family == "percent" and q.value is not None for q in group):
            findings.append(_judge_structure(group))
    for q in index.quantities:
        entry = index.indicator(q.indicator)
        if q.family != "percent" or q.value is None or entry is None or len(entry.share_of) != 2:
            continue
        part = index.level_in_scope(entry.share_of[0], q.period, q.kind, q)
        whole = index.level_in_scope(entry.share_of[1], q.period, q.kind, q)
        comparable = bool(part and whole and part.unit and whole.unit)
        if comparable and part.unit.kind == whole.unit.kind:  # type: ignore[union-attr]
            findings.append(judge_share(q, part, whole, named=True))  # type: ignore[arg-type]
    return findings


def _judge_structure(group: list[Quantity]) -> Finding:
    """Judge whether the shares of a structure add up to 100."""
    intervals = [q.value for q in group]
    total = sum(intervals[1:], intervals[0])  # type: ignore[arg-type, operator]
    assert isinstance(total, Interval)
    point = sum((q.value_point or Fraction(0) for q in group), Fraction(0))
    places = max(q.places for q in group)
    head = group[0]
    printed = ":".join(q.value_text for q in group)
    name = head.name or "结构"
    common = dict(
        check="structure",
        indicators=tuple(q.label for q in group),
        period=head.period.text if head.period else "",
        stated=f"{name} {printed}",
        recomputed=ex.estimate(point, total, places, "%", extra=1),
        claims=tuple(group),
    )
    lead = f"{ex.when(head.period)}{name} {printed} 合计 {fmt(point, places)}%"
    if total.contains(100):
        return Finding(verdict=CONSISTENT, explanation=f"{lead}，相符。", **common)
    gap = total.gap(Interval.point(100))
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{lead}（按舍入区间为 {ex.range_text(total, places + 1, '%')}），不等于 100%，"
            f"相差 {fmt(gap, places + 1)} 个百分点，请核实各项比重。"
        ),
        gap=gap,
        gap_places=places + 2,
        gap_unit="个百分点",
        suggestion="核实各项比重，使其合计为 100",
        **common,
    )
