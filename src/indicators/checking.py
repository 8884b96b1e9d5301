"""Check a report's arithmetic: find the relations among its claims and judge each one.

:func:`check_claims` takes a claims table (one row per quantitative claim, see
:data:`~indicators.claims_table.COLUMNS`) and returns a :class:`CheckResult`: the checks
table (one row per relation), the derived values (what the report implies but does not print)
and the summary counts. :func:`check_report` and :func:`check` do the same for a cleaned
report and for a report file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from .checks.additions import addition_checks, net_flow_checks
from .checks.aggregate import aggregate_checks
from .checks.average import average_growth_checks
from .checks.average_span import average_span_checks
from .checks.changes import change_checks
from .checks.classes import class_count_checks
from .checks.disjoint import disjoint_checks
from .checks.duplicates import duplicate_checks
from .checks.growth import growth_checks
from .checks.growth_gap import growth_gap_checks
from .checks.parts import part_checks
from .checks.per_unit import per_unit_checks
from .checks.points import point_change_checks
from .checks.rate_change import rate_change_checks
from .checks.ratios import ratio_checks
from .checks.shares import share_checks
from .checks.structures import structure_checks
from .checks.sums import sum_checks
from .claims_table import claims_table
from .cleaning import Report, load_report
from .explain import tidy
from .findings import INCONSISTENT, NOT_ASSESSABLE, Derived, Finding
from .intervals import fmt, interval_ends
from .quantities import Quantity, read_claims
from .relations import ClaimIndex, key
from .rows import Row, frame

#: Columns of the checks table, in order.
CHECK_COLUMNS = [
    "check",
    "verdict",
    "gap",
    "indicators",
    "period",
    "stated",
    "recomputed",
    "suggestion",
    "explanation",
    "lines",
    "gap_unit",
    "flag",
    "locations",
    "quotes",
    "claim_ids",
]

#: Columns of the derived-values table, in order.
DERIVED_COLUMNS = [
    "what",
    "indicator",
    "period",
    "kind",
    "value",
    "low",
    "high",
    "unit",
    "basis",
    "lines",
    "locations",
    "quotes",
    "claim_ids",
]

#: Order of the check kinds when two relations start at the same claim.
CHECK_ORDER = (
    "sum",
    "residual",
    "disjoint_parts",
    "class_counts",
    "part_of_whole",
    "growth",
    "average_growth",
    "average_span",
    "growth_total_vs_parts",
    "count_change",
    "additions",
    "net_flows",
    "share",
    "change_amount",
    "points_change",
    "growth_gap",
    "rate_change",
    "per_unit",
    "ratio",
    "structure",
    "same_quantity",
)

Checker = Callable[[ClaimIndex], "list[Finding] | tuple[list[Finding], list[Derived]]"]
CHECKERS: tuple[Checker, ...] = (
    sum_checks,
    disjoint_checks,
    class_count_checks,
    part_checks,
    growth_checks,
    average_growth_checks,
    average_span_checks,
    aggregate_checks,
    share_checks,
    point_change_checks,
    growth_gap_checks,
    rate_change_checks,
    per_unit_checks,
    ratio_checks,
    change_checks,
    addition_checks,
    net_flow_checks,
    structure_checks,
    duplicate_checks,
)


@dataclass(frozen=True)
class CheckResult:
    """The outcome of checking one claims table."""

    findings: tuple[Finding, ...]
    derived: tuple[Derived, ...]
    claims_found: int

    @property
    def claims_used(self) -> int:
        """How many claims take part in at least one relation."""
        return len({q.row for f in self.findings for q in f.claims})

    @property
    def inconsistent(self) -> int:
        """How many relations are judged inconsistent."""
        return sum(f.verdict == INCONSISTENT for f in self.findings)

    @property
    def not_assessable(self) -> int:
        """How many relations lack a figure to be judged."""
        return sum(f.verdict == NOT_ASSESSABLE for f in self.findings)

    @property
    def summary(self) -> str:
        """One line: claims found, claims used, relations checked, inconsistent."""
        return (
            f"提取的数据 {self.claims_found} 条，其中参与至少一项关系的 {self.claims_used} 条，"
            f"核查的关系 {len(self.findings)} 项，不一致 {self.inconsistent} 项，"
            f"无法判断 {self.not_assessable} 项"
        )

    @cached_property
    def rows(self) -> list[Row]:
        """The rows of :attr:`table` (:mod:`indicators.rows`), computed once."""
        return [_finding_row(f) for f in self.findings]

    @cached_property
    def derived_rows(self) -> list[Row]:
        """The rows of :attr:`derived_table`, computed once."""
        return [_derived_row(d) for d in self.derived]

    @property
    def table(self) -> pd.DataFrame:
        """The checks table: one row per relation (columns :data:`CHECK_COLUMNS`)."""
        return frame(self.rows, CHECK_COLUMNS)

    @property
    def derived_table(self) -> pd.DataFrame:
        """Values the report implies, with their intervals (columns :data:`DERIVED_COLUMNS`)."""
        return frame(self.derived_rows, DERIVED_COLUMNS)


def check_claims(
    claims: pd.DataFrame | Sequence[Mapping[str, object]], report: Report | None = None
) -> CheckResult:
    """Find and judge every arithmetic relation among the claims of one report.

    Parameters
    ----------
    claims
        A claims table with the columns of :data:`~indicators.claims_table.COLUMNS`
        (figures as printed strings), as a DataFrame or as rows; extra columns such as
        ``claim_id``, ``paragraph``, ``parent_id`` and ``linked_to`` / ``link`` are used when
        present.
    report
        The cleaned report the claims come from, when at hand: the words around each figure
        (已完成, 正在, 占) are then read in its paragraph rather than in its short quote.

    Examples
    --------
    >>> rows = [("地区生产总值", "86.4", "5.1"), ("第一产业增加值", "9.1", ""),
    ...         ("第二产业增加值", "33.0", ""), ("第三产业增加值", "44.0", "")]
    >>> claims = pd.DataFrame([dict(indicator=i, name=i, period="2022", kind="actual", value=v,
    ...     unit="亿元", growth_pct=g, line=str(n + 3), quote="") for n, (i, v, g)
    ...     in enumerate(rows)])
    >>> result = check_claims(claims)
    >>> result.table.set_index("check").loc["sum", ["verdict", "gap", "gap_unit"]].tolist()
    ['inconsistent', '0.100', '亿元']
    >>> text = result.table.set_index("check").loc["sum", "explanation"]
    >>> text.split("（")[1].split("）")[0]
    '按舍入区间为 85.95～86.25 亿元'
    >>> text.split("；")[1]
    '若各部分无误，地区生产总值应为 85.9～86.3 亿元，否则需核实各部分数字。'
    >>> result.summary.split("，")[2:4]
    ['核查的关系 3 项', '不一致 1 项']
    """
    texts = {str(p.index): p.text for p in report.paragraphs} if report is not None else None
    quantities = read_claims(claims, texts, locate=report.locate if report is not None else None)
    index = ClaimIndex(quantities)
    findings: list[Finding] = []
    derived: list[Derived] = []
    for checker in CHECKERS:
        out = checker(index)
        if isinstance(out, tuple):
            findings.extend(out[0])
            derived.extend(out[1])
        else:
            findings.extend(out)
    findings = _unique(findings)
    findings.sort(key=lambda f: (*f.order, _check_rank(f.check)))
    return CheckResult(tuple(findings), tuple(_unique_derived(derived)), len(quantities))


def check_report(report: Report) -> CheckResult:
    """Extract the claims of a cleaned report and check them.

    Examples
    --------
    >>> from indicators import parse_text
    >>> report = parse_text(
    ...     "一、2022年工作回顾\\n\\n全镇工农业总产值58.6亿元，其中工业总产值49.3亿元，"
    ...     "农业总产值9.1亿元。\\n")
    >>> result = check_report(report)
    >>> result.table[["check", "verdict", "gap", "gap_unit"]].values.tolist()
    [['sum', 'inconsistent', '0.050', '亿元']]
    """
    return check_claims(claims_table(report), report)


def check(path: str | Path) -> pd.DataFrame:
    """Check the arithmetic of the report at ``path``: one row per relation among its claims.

    Parameters
    ----------
    path
        A report file (see :func:`indicators.load_report`).

    Returns
    -------
    pandas.DataFrame
        The checks table, columns :data:`CHECK_COLUMNS`.

    Examples
    --------
    >>> from indicators.paths import default_report
    >>> table = check(default_report())
    >>> sorted(set(table.verdict))
    ['consistent', 'inconsistent', 'not_assessable']
    """
    return check_report(load_report(path)).table


def _check_rank(check: str) -> int:
    return CHECK_ORDER.index(check) if check in CHECK_ORDER else len(CHECK_ORDER)


def _unique(findings: list[Finding]) -> list[Finding]:
    """The findings, each relation once: a relation judged again on a figure restated with
    the same value in its paragraph (税收收入15.48亿元 printed twice) is the same relation (one
    stated again in a table or another paragraph is kept: both places need mending)."""
    seen: set[tuple] = set()
    out = []
    for f in findings:
        rows = tuple(sorted(q.row for q in f.claims))
        figures = tuple(
            sorted(
                (key(q), str(q.period), q.value_text, q.unit_text, q.paragraph) for q in f.claims
            )
        )
        if (f.check, rows, f.stated) in seen or (f.check, figures, f.stated, f.verdict) in seen:
            continue
        seen.update({(f.check, rows, f.stated), (f.check, figures, f.stated, f.verdict)})
        out.append(f)
    return out


def _unique_derived(items: list[Derived]) -> list[Derived]:
    seen: set[tuple] = set()
    out = []
    for d in items:
        k = (d.kind, d.what, tuple(q.row for q in d.claims))
        if k not in seen:
            seen.add(k)
            out.append(d)
    return out


def _lines(claims: tuple[Quantity, ...]) -> str:
    ordered = sorted(claims, key=lambda q: q.row)
    lines = [line for q in ordered for line in (q.lines or (q.line,)) if line]
    return "; ".join(sorted(dict.fromkeys(lines), key=lambda x: (len(x), x)))


def _locations(claims: tuple[Quantity, ...]) -> str:
    pairs = [
        (line, label)
        for q in sorted(claims, key=lambda q: q.row)
        for line, label in zip(q.lines, q.locations, strict=False)
    ]
    ordered = sorted(dict(pairs).items(), key=lambda item: (len(item[0]), item[0]))
    return "; ".join(dict.fromkeys(label for _, label in ordered))


def _quotes(claims: tuple[Quantity, ...]) -> str:
    ordered = sorted(claims, key=lambda q: q.row)
    return " | ".join(dict.fromkeys(q.quote for q in ordered if q.quote))


def _finding_row(f: Finding) -> dict[str, str]:
    return {
        "check": f.check,
        "verdict": f.verdict,
        "gap": "" if f.gap is None else fmt(f.gap, f.gap_places),
        "indicators": "; ".join(dict.fromkeys(i for i in f.indicators if i)),
        "period": f.period,
        "stated": f.stated,
        "recomputed": f.recomputed,
        "suggestion": tidy(f.suggestion),
        "explanation": tidy(f.explanation),
        "lines": _lines(f.claims),
        "gap_unit": f.gap_unit if f.gap is not None else "",
        "flag": f.flag,
        "locations": _locations(f.claims),
        "quotes": _quotes(f.claims),
        "claim_ids": "; ".join(q.claim_id for q in sorted(f.claims, key=lambda q: q.row)),
    }


def _derived_row(d: Derived) -> dict[str, str]:
    low, high = interval_ends(d.interval, d.places + 2)
    return {
        "what": d.what,
        "indicator": d.indicator,
        "period": d.period,
        "kind": d.kind,
        "value": fmt(d.value, d.places),
        "low": low,
        "high": high,
        "unit": d.unit,
        "basis": d.basis,
        "lines": _lines(d.claims),
        "locations": _locations(d.claims),
        "quotes": _quotes(d.claims),
        "claim_ids": "; ".join(q.claim_id for q in d.claims),
    }
