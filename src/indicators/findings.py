"""What a check produces: one finding per relation, and the values the report implies."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .checkvocab import load_check_vocabulary
from .exact import Fraction
from .intervals import Interval
from .printed import is_average
from .quantities import Quantity

CONSISTENT = "consistent"
INCONSISTENT = "inconsistent"
NOT_ASSESSABLE = "not_assessable"
VERDICTS = (CONSISTENT, INCONSISTENT, NOT_ASSESSABLE)


@dataclass(frozen=True)
class Finding:
    """One relation among claims and its verdict.

    ``gap`` is how far outside the rounding intervals the relation falls, in ``gap_unit``
    (percentage points for a growth, the unit of the figures for a sum), ``None`` unless the
    relation is inconsistent; ``gap_places`` is how many decimals the table prints it with.
    ``flag`` names what an analyst should look at even when the arithmetic holds
    (``two_scopes``, ``implied_decline``, ``comparable_prices``, ``gross_additions``,
    ``digit_slip``).
    """

    check: str
    verdict: str
    indicators: tuple[str, ...]
    period: str
    stated: str
    recomputed: str
    explanation: str
    claims: tuple[Quantity, ...]
    gap: Fraction | None = None
    gap_places: int = 4
    gap_unit: str = ""
    suggestion: str = ""
    flag: str = ""

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")

    @property
    def order(self) -> tuple[int, int]:
        """Sort key: where in the report the relation starts, then where it ends."""
        rows = [q.row for q in self.claims] or [0]
        return (min(rows), max(rows))


#: How far back in its sentence an average growth's words of comparable prices are looked for.
_PRICE_WORDS_BACK = 80


def said_at_comparable_prices(q: Quantity) -> bool:
    """Whether the report says a growth is at comparable prices (按可比价格计算年均增长8.4%;
    for an average, in its sentence before it too: 按可比价格计算，…，年均增长6.0%).

    Examples
    --------
    >>> from indicators.quantities import read_claims
    >>> import pandas as pd
    >>> table = pd.DataFrame([dict(indicator="地区生产总值", name="", period="2016",
    ...     kind="actual", value="", unit="", growth_pct="8.4", line="3",
    ...     quote="按可比价格计算年均增长8.4%")])
    >>> said_at_comparable_prices(read_claims(table)[0])
    True
    """
    said = (q.sentence_before(_PRICE_WORDS_BACK) or "") if is_average(q.growth_basis) else ""
    return any(
        word in q.quote or word in q.growth_basis or word in q.clause or word in said
        for word in load_check_vocabulary().price_words
    )


def at_printed_comparable_prices(
    found: Finding, q: Quantity, price_change: Fraction | None, years: int = 1
) -> Finding:
    """A growth that disagrees with the current-price levels is not judged when the report
    says it is at comparable prices (按可比价格计算年均增长8.4%) and the change of prices the
    two imply over ``years`` (``price_change``, in %) is a plausible one (``[prices]`` in
    ``checking.toml``): the levels cannot check it; the finding keeps the price change, to be
    checked by the office.

    Examples
    --------
    >>> from indicators.quantities import read_claims
    >>> import pandas as pd
    >>> table = pd.DataFrame([dict(indicator="地区生产总值", name="", period="2016",
    ...     kind="actual", value="186.42", unit="亿元", growth_pct="8.4", line="3",
    ...     quote="按可比价格计算年均增长8.4%")])
    >>> [q] = read_claims(table)
    >>> found = Finding(check="average_growth", verdict=INCONSISTENT, indicators=(),
    ...     period="", stated="", recomputed="", explanation="…不符。", claims=(),
    ...     flag="comparable_prices")
    >>> at_printed_comparable_prices(found, q, Fraction(5), years=5).verdict
    'not_assessable'
    >>> at_printed_comparable_prices(found, q, Fraction(-5), years=1).verdict
    'inconsistent'
    """
    vocab = load_check_vocabulary()
    if found.verdict != INCONSISTENT or found.flag != "comparable_prices":
        return found
    if not said_at_comparable_prices(q):
        return found
    lowest, highest = vocab.price_change
    low = ((1 + lowest / 100) ** years - 1) * 100
    high = ((1 + highest / 100) ** years - 1) * 100
    if price_change is None or not low <= price_change <= high:
        return found  # 按可比价格计算增长19.6% against +13.2% at current prices: prices −5.4%
    return replace(
        found,
        verdict=NOT_ASSESSABLE,
        explanation=_AT_COMPARABLE_PRICES + found.explanation,
        gap=None,
        suggestion="",
    )


#: What a finding on a growth stated at comparable prices opens with.
_AT_COMPARABLE_PRICES = "文中注明增速按可比价（不变价）计算，现价水平无法直接核对。"


def gap_decimals(places: int, whole: bool) -> int:
    """Decimals to print a gap with: exact for whole counts, two finer than the figures."""
    return 0 if whole else places + 2


@dataclass(frozen=True)
class Derived:
    """A value the report implies but does not print, with its exact interval."""

    what: str
    indicator: str
    period: str
    kind: str
    value: Fraction
    interval: Interval
    places: int
    unit: str
    basis: str
    claims: tuple[Quantity, ...] = field(default=())
