"""What a check produces: one finding per relation, and the values the report implies."""

from __future__ import annotations

from dataclasses import dataclass, field

from .exact import Fraction
from .intervals import Interval
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
    (``two_scopes``, ``implied_decline``, ``comparable_prices``, ``gross_additions``).
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
