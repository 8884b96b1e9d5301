"""Parts of a year printed in turn: quarters, halves or months, each opening its own clause.

``分季度看，一季度完成规上工业总产值186.2亿元，二季度完成280.7亿元，三季度…`` names its subject
with the first part only; ``全年新引进亿元以上项目46个，其中一季度9个、二季度12个、…`` names it
with the year's total before 其中. Each figure after the first that names no subject of its own
is of the same subject and, while the parts follow each other (the second quarter after the
first), each is a part of the year's total printed before them: four quarters must add up to
it. Figures to date (一季度…，上半年…，前三季度…) overlap and are no parts. Only flows are
split so: amounts of money that are not balances, and counts of new ones or of visits. These
steps are a part of the paragraph reader of :mod:`indicators.claims` (:class:`YearPartsReading`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .phrases import load_phrases
from .units import unit_family

if TYPE_CHECKING:
    from .claim_index import ClaimIndex
    from .claims import Claim
    from .layout import Layout

#: The marks that may follow 其中 before the first part of a total's year (其中，一季度9个).
_AFTER_OF_WHICH = "，,：:"
#: One month opening a clause (3月, 11月份), not one of a range or a date (1—5月, 8月17日).
_ONE_MONTH = re.compile(r"(?<![\d—–\-~至到])(\d{1,2})月份?(?![\d日号底末])")
#: How many claims back the year's total and the part before are looked for.
_LOOK_BACK = 12


@cache
def _part_words() -> re.Pattern[str]:
    """Words of a part of the year that may open a clause (一季度, 下半年), never 全年."""
    ph = load_phrases()
    words = [w for w, months in ph.period_parts.items() if months != (1, 12)]
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _flow(c: Claim) -> bool:
    """Whether ``c`` is a flow over its time, which parts of the time add up to: money that is
    no balance, or a count of new ones or of visits (人次)."""
    family = unit_family(c.unit)
    if family == "money":
        return not any(w in c.name for w in load_phrases().stock_words)
    if family in ("count", "person", "scale"):
        new = c.measure == "new" or any(w in c.name for w in load_phrases().new_words)
        return new or c.unit.endswith("次")
    return False


def _alike(a: Claim, b: Claim) -> bool:
    """Whether two figures name one subject (by indicator, else by their own words)."""
    return (a.indicator == b.indicator) if a.indicator or b.indicator else a.name == b.name


class YearPartsReading:
    """The step of the paragraph reader that reads parts of a year printed in turn (see the
    module docstring).

    The reader provides ``text``, ``layout``, ``index`` and ``claims``.

    Examples
    --------
    >>> from indicators import parse_text
    >>> from indicators.claims import extract_claims
    >>> r = parse_text("一、2023年工作回顾\\n\\n全年实现税收9.6亿元。一季度实现税收2.1亿元，"
    ...     "二季度2.3亿元，三季度2.4亿元，四季度2.8亿元。\\n")
    >>> [(c.name, c.period, c.parent) for c in extract_claims(r)][1:3]
    [('税收', '2023-01..2023-03', '税收收入'), ('税收', '2023-04..2023-06', '税收收入')]
    """

    text: str
    layout: Layout
    index: ClaimIndex
    claims: list[Claim]

    def _link_parts_of_year(self) -> None:
        """Name the parts of a year printed in turn and give them the year's total, in the
        reading order of the paragraph's claims."""
        whole_of: dict[int, Claim | None] = {}  # the year's total of each part read, by id
        for k, c in enumerate(self.claims):
            if not self._opens_with_part(c):
                continue
            before = self._part_before(k)
            if before is not None and (c.name or c.indicator) and not _alike(c, before):
                before = None  # 一季度完成固定资产投资…，二季度实现规上工业总产值…: its own
            if before is not None:
                if not c.name and not c.indicator:
                    c.indicator, c.name = before.indicator, before.name
                whole = whole_of.get(id(before))
                follows = before.months is not None and c.months[0] == before.months[1] + 1
                whole_of[id(c)] = whole if follows else None
            elif c.name or c.indicator or self._opens_with_of_which(c):
                whole = self._year_total(k)
                if whole is not None and not c.name and not c.indicator:
                    c.indicator, c.name = whole.indicator, whole.name
                whole_of[id(c)] = whole
            whole = whole_of.get(id(c))
            if whole is not None and not c.parent_id and _flow(whole):
                c.parent_id, c.parent = f"#{id(whole)}", whole.indicator or whole.name

    def _opens_with_part(self, c: Claim) -> bool:
        """Whether ``c`` is a level of one part of a year (a quarter, a half, a month) whose
        clause opens with that part (二季度完成280.7亿元, 其中一季度9个)."""
        m = c.mention
        if m is None or m.role != "level" or c.measure not in ("level", "new") or not c.value:
            return False
        if c.months is None or c.year is None or c.first_year is not None or c.kind != "actual":
            return False
        at = self._after_of_which(m.claim_start)
        part = _part_words().match(self.text, at) or _ONE_MONTH.match(self.text, at)
        if part is None or self.text.startswith(("末", "底"), part.end()):
            return False  # (一季度末存款余额: a stock at a moment)
        return part.end() <= m.claim_start

    def _part_before(self, k: int) -> Claim | None:
        """The part of the year read right before claim ``k`` in its sentence, in its unit."""
        c = self.claims[k]
        assert c.mention is not None
        sentence = self.layout.sentence_index(c.mention.start)
        for b in reversed(self.claims[max(0, k - _LOOK_BACK) : k]):
            if b.mention is None or self.layout.sentence_index(b.mention.start) != sentence:
                return None
            if b.unit != c.unit or b.mention.role != "level":
                continue
            if b.year == c.year and b.months is not None and self._opens_with_part(b):
                return b
            return None
        return None

    def _after_of_which(self, pos: int) -> int:
        """Where the clause of ``pos`` goes on after the 其中 that opens it (全年…46个，其中一季度
        9个: at 一季度); the clause's start when no 其中 opens it."""
        at = self.layout.clause_start(pos)
        lead = load_phrases().of_which.match(self.text, at)
        if lead is None:
            return at
        end = lead.end()
        return end + 1 if self.text.startswith(tuple(_AFTER_OF_WHICH), end) else end

    def _opens_with_of_which(self, c: Claim) -> bool:
        """Whether the clause of ``c`` opens with 其中 (全年…46个，其中一季度9个)."""
        assert c.mention is not None
        return self._after_of_which(c.mention.claim_start) != self.layout.clause_start(
            c.mention.claim_start
        )

    def _year_total(self, k: int) -> Claim | None:
        """The figure of the whole year before the first part ``k``: in the part's sentence
        after 其中, the level right before it; else the last level of the year before it in
        the paragraph with the part's subject and unit."""
        c = self.claims[k]
        assert c.mention is not None
        of_which = self._opens_with_of_which(c) and not c.name and not c.indicator
        sentence = self.layout.sentence_index(c.mention.start)
        for b in reversed(self.claims[max(0, k - _LOOK_BACK) : k]):
            if b.mention is None or b.unit != c.unit or not b.value:
                continue
            if b.measure not in ("level", "new") or b.first_year is not None or b.scope:
                continue  # (国庆黄金周接待游客…: the holiday's, no whole of the year)
            same = self.layout.sentence_index(b.mention.start) == sentence
            if of_which:
                whole = same and b.months is None and b.year == c.year and b.kind == c.kind
                return b if whole else None
            named = (c.indicator and b.indicator == c.indicator) or b.name == c.name
            if named and b.months is None and b.year == c.year and b.kind == c.kind:
                return b
        return None
