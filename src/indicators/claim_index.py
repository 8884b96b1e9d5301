"""The claims of one paragraph, indexed so that "the last figure before here" is quick.

The claim extractor keeps asking which claim comes last before a place: the last one in the
same parenthetical, the last level figure of a unit family, the last figure with a value.
Walking back claim by claim answers that in time proportional to the claims passed over,
which makes a paragraph of one endless sentence quadratic. :class:`ClaimIndex` answers each
question with a binary search instead.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar

from .units import unit_family

if TYPE_CHECKING:
    from .claims import Claim

Paren = tuple[int, int] | None


class _Ordered:
    """Indices of claims in reading order, with the starts of their figures beside them."""

    __slots__ = ("indices", "starts")

    def __init__(self) -> None:
        self.indices: list[int] = []
        self.starts: list[int] = []

    def insert(self, i: int, start: int) -> None:
        if not self.indices or self.indices[-1] < i:
            self.indices.append(i)
            self.starts.append(start)
            return
        k = bisect.bisect_left(self.indices, i)
        self.indices.insert(k, i)
        self.starts.insert(k, start)

    def count_before(self, pos: int) -> int:
        """How many of the claims have a figure starting before ``pos``."""
        return bisect.bisect_left(self.starts, pos)


_NONE = _Ordered()
_K = TypeVar("_K")


def _ordered(table: dict[_K, _Ordered], key: _K) -> _Ordered:
    found = table.get(key)
    if found is None:
        found = table[key] = _Ordered()
    return found


class ClaimIndex:
    """Claims in reading order (their figures' starts never decrease), with indexes.

    A claim is :meth:`add`-ed when it is created; once its value, unit and measure are set,
    :meth:`valued` records it among the level figures of its parenthetical (unless it is a
    change). The indexes of all figures with a value, by unit family, are built when first
    asked for after a change (in practice once, after the paragraph is read).

    Examples
    --------
    >>> from indicators.claims import Claim
    >>> from indicators.mentions import Mention
    >>> index = ClaimIndex()
    >>> for start, unit in ((0, "亿元"), (10, "%"), (20, "亿元")):
    ...     c = Claim(value="1", unit=unit, mention=Mention(start, start + 1, start + 3, "1", unit))
    ...     index.valued(index.add(c))
    >>> index.last_level(None, "money", 20).mention.start, index.last_level(None, None, 20).unit
    (0, '%')
    """

    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.starts: list[int] = []
        self._position: dict[int, int] = {}  # id of a claim -> its index
        self._in_paren: dict[Paren, _Ordered] = {}
        self._levels: dict[tuple[Paren, str | None], _Ordered] = {}
        self._valued_count = 0  # claims recorded by valued(), to know when to rebuild:
        self._built_for = -1
        self._valued = _Ordered()
        self._family_levels: dict[str, _Ordered] = {}
        self._other_paren: dict[str, list[int]] = {}  # see _previous_in_other_paren

    def add(self, c: Claim) -> Claim:
        """Append a new claim (its figure starts at or after every earlier one)."""
        assert c.mention is not None
        i = len(self.claims)
        start = c.mention.start
        self._position[id(c)] = i
        _ordered(self._in_paren, c.depth_paren).insert(i, start)
        self.claims.append(c)
        self.starts.append(start)
        return c

    def valued(self, c: Claim) -> None:
        """Record that ``c`` now has its value (and its final unit and measure)."""
        self._valued_count += 1
        if c.measure == "change":
            return
        i = self._position[id(c)]
        start = self.starts[i]
        _ordered(self._levels, (c.depth_paren, None)).insert(i, start)
        _ordered(self._levels, (c.depth_paren, unit_family(c.unit))).insert(i, start)

    def before(self, pos: int) -> Iterator[Claim]:
        """The claims whose figure starts before ``pos``, nearest first."""
        for i in range(bisect.bisect_left(self.starts, pos) - 1, -1, -1):
            yield self.claims[i]

    def in_paren_before(self, paren: Paren, pos: int) -> Iterator[Claim]:
        """The claims in the parenthetical ``paren`` whose figure starts before ``pos``,
        nearest first (``paren`` ``None``: outside any parenthetical)."""
        found = self._in_paren.get(paren, _NONE)
        for k in range(found.count_before(pos) - 1, -1, -1):
            yield self.claims[found.indices[k]]

    def between(self, start: int, end: int) -> list[Claim]:
        """The claims whose figure starts strictly between ``start`` and ``end``, in order."""
        lo = bisect.bisect_right(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.claims[lo:hi]

    def any_between(self, start: int, end: int) -> bool:
        """Whether a claim's figure starts strictly between ``start`` and ``end`` (in time
        independent of how many do, unlike ``between``)."""
        return bisect.bisect_left(self.starts, end) > bisect.bisect_right(self.starts, start)

    def last_valued(self, pos: int) -> Claim | None:
        """The last claim with a value whose figure starts before ``pos``."""
        self._build()
        return self._last(self._valued, pos)

    def last_level(self, paren: Paren, family: str | None, pos: int) -> Claim | None:
        """The last level figure (a value, not a change) before ``pos`` in the parenthetical
        ``paren``, of unit ``family`` (any family when ``None``)."""
        return self._last(self._levels.get((paren, family), _NONE), pos)

    def last_level_outside(self, paren: Paren, family: str, pos: int) -> Claim | None:
        """The last level figure of unit ``family`` before ``pos`` that is not in the
        parenthetical ``paren`` (anywhere when ``paren`` is ``None``)."""
        self._build()
        levels = self._family_levels.get(family, _NONE)
        k = levels.count_before(pos) - 1
        if k >= 0 and paren is not None and self.claims[levels.indices[k]].depth_paren == paren:
            k = self._previous_in_other_paren(family)[k]
        return self.claims[levels.indices[k]] if k >= 0 else None

    def _build(self) -> None:
        """The indexes of the figures with a value, and of the level figures by unit family."""
        if self._built_for == self._valued_count:
            return
        self._valued = _Ordered()
        self._family_levels = {}
        self._other_paren = {}
        for i, c in enumerate(self.claims):
            if not c.value:
                continue
            self._valued.insert(i, self.starts[i])
            if c.measure != "change":
                _ordered(self._family_levels, unit_family(c.unit)).insert(i, self.starts[i])
        self._built_for = self._valued_count

    def _last(self, ordered: _Ordered, pos: int) -> Claim | None:
        k = ordered.count_before(pos)
        return self.claims[ordered.indices[k - 1]] if k else None

    def _previous_in_other_paren(self, family: str) -> list[int]:
        """For each level figure of ``family`` (by its place in that list), the place of the
        last one before it in another parenthetical (-1 when none)."""
        found = self._other_paren.get(family)
        if found is None:
            indices = self._family_levels.get(family, _NONE).indices
            found = []
            for k, i in enumerate(indices):
                if k == 0:
                    found.append(-1)
                elif self.claims[indices[k - 1]].depth_paren != self.claims[i].depth_paren:
                    found.append(k - 1)
                else:
                    found.append(found[k - 1])
            self._other_paren[family] = found
        return found
