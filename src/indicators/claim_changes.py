"""Changes between two values of one subject: which figure a later value changed from, and
when that earlier value was.

``由A增加到B`` links B to A (``changed_from``) and dates A: by the year printed with it (which
reaches no later figure), else by the year of an earlier change to the same time in the
paragraph, else as the year before B's. A growth or change of B that names no basis is then
over A's year, and a net change printed in the same sentence is a change of B. Structures
(``由2022年的a:b:c调整为d:e:f``) are dated the same way. These steps are a part of the
paragraph reader of :mod:`indicators.claims` (:class:`ChangeReading`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mentions import MULTIPLE_QUALIFIER
from .periods import now_words
from .phrases import load_phrases
from .printed import is_average
from .units import unit_family

if TYPE_CHECKING:
    from .claim_index import ClaimIndex
    from .claims import Claim
    from .cleaning import Report
    from .layout import Layout
    from .mentions import Mention
    from .periods import PeriodFinder
    from .respectively import Respective

#: The first figure of a pair before the second (213户 of 减少到2016年底的213户438人).
_PAIR_FIRST = re.compile(r"\d[\d.,]*[^\d的]{1,3}$")


#: The basis of a growth over a printed year (比2010年), and the year.
_BASE_YEAR = re.compile(r"比((?:19|20)\d\d)年")


def _runs_over(earlier: Claim | None, later: Claim, change: Claim) -> bool:
    """Whether the change from ``earlier`` to ``later`` runs over the years of ``change``
    (由2012年的4625万吨压减到3239万吨 over 五年累计, 2013 to 2017)."""
    return (
        earlier is not None
        and earlier.year is not None
        and change.first_year == earlier.year + 1
        and change.year == later.year
    )


class ChangeReading:
    """The change-linking steps of the paragraph reader (see the module docstring).

    The reader provides ``text``, ``layout``, ``index``, ``claims``, ``periods``, ``report``,
    ``respective``, ``structure_parts`` and ``changed_structures``.

    Examples
    --------
    >>> from indicators import parse_text
    >>> from indicators.claims import extract_claims
    >>> r = parse_text("一、2022年工作回顾\\n\\n规上企业由12家增加到15家，增加了3家。\\n")
    >>> [(c.period, c.value, c.link) for c in extract_claims(r)]
    [('2021', '12', ''), ('2022', '15', 'changed_from'), ('2022', '3', 'change_of')]
    """

    text: str
    layout: Layout
    index: ClaimIndex
    claims: list[Claim]
    periods: PeriodFinder | None
    report: Report
    respective: dict[int, Respective]
    structure_parts: dict[int, list[Claim]]
    changed_structures: list[tuple[Claim, Claim]]

    def _link_changes(self) -> None:
        """``由A增加到B``: B is the later value of a change from A, and A is dated: by the
        year printed with it, else that of an earlier change to the same time in the
        paragraph, else the year before B's."""
        # by the time and the sentence of the change
        dated_from: dict[tuple[int | None, tuple[int, int] | None, int], int] = {}
        ended: dict[int, int] = {}  # the year changes from a printed year ran to, by that year
        self._ended_at = -1  # where the last of them ends
        self._first_yearly_growth: int | None = None  # where a growth of one year is first
        for later in self.claims:
            m = later.mention
            if m is not None and _of_one_year(later) and self._says_now(m):
                dated_from.pop(self._dated_key(later, m), None)  # …由2020年的A增加到B，年末…
                dated_from.pop((later.year, later.months, -1), None)
                # 余额486.3亿元，增长10.2%，…由186家增加到213家: the year's own again, as after
                # …年均增长8.8%；今年税收收入由14.06亿元增加到15.27亿元
            if m is None or not m.to_level or not later.value:
                continue
            earlier = self._earlier_of(later)
            if earlier is None:
                continue
            later.link, later.linked_to = "changed_from", f"#{id(earlier)}"
            if not later.name:
                later.indicator, later.name = earlier.indicator, earlier.name
                later.start = min(later.start, earlier.start)
            if earlier.scope and not later.scope:
                later.scope = earlier.scope  # 开发区规上工业总产值由A增加到B: B is the zone's too
            em = self._list_head(earlier)
            assert em is not None
            from_pos = self._from_pos(em)
            own_anchor = self.periods.anchor_before(em.start, floor=from_pos)
            if own_anchor is not None and own_anchor is self.periods.anchor_before(m.start):
                # 由2022年的41家增加到52家: the year belongs to the earlier value; the later
                # one has the period the text gives before 由.
                self._set_period(later, *self.periods.period(from_pos))
            if own_anchor is not None and earlier.mention is not em:
                # 分别由2017年的31260元和13580元增加到…: the year of the list is each one's
                earlier.year, earlier.months, _ = self.periods.span(em.start)
            if own_anchor is not None and earlier.year is not None and not later.months:
                self._same_end(later, earlier.year, em, ended)
                span = self.periods.span_from(m.start, earlier.year)
                if span is not None and later.year != span.year and self._no_end_year(later, em):
                    self._redate(later, span.year)  # 回顾“十二五”，…由2010年的A增加到B: B in 2015
            elif own_anchor is None and not later.months and self._same_span(later, em, ended):
                continue  # …由2010年的A增加到2015年的B；…由4.82亿元增加到11.28亿元: 2010→2015
            compared = self.periods.compared_year(em.start) if own_anchor is None else None
            if compared is not None and later.year is not None and compared < later.year:
                earlier.year, earlier.months, earlier.first_year = compared, None, None
                continue  # 与“十二五”末的2015年相比，…由10.36亿元增加到12.48亿元: 2015
            in_span = later.first_year is not None
            if in_span and own_anchor is None and self._of_last_year_end(from_pos, em.start):
                in_span = False  # 三年来…；贫困发生率由上年的2.99%下降到0.83%: last year's
                later.first_year = None
            if later.first_year is not None and later.year is not None:
                # “十三五”期间，由A增加到B: A is the level of the year before the span (unless
                # printed with its own year), B the level of its last year (an average growth
                # then connects the two).
                if own_anchor is None:
                    earlier.year, earlier.months = later.first_year - 1, None
                    earlier.first_year = None
                later.first_year = None
            if (
                own_anchor is None
                and not in_span
                and later.year is not None
                and (self._of_last_year_end(from_pos, em.start))
            ):  # 由上年的412家, 由年初的86.3%: the end of last year, whatever came before
                earlier.year, earlier.months, earlier.first_year = later.year - 1, None, None
                if earlier.kind == "target" and self._before_plan_year(earlier.year):
                    earlier.kind = "actual"  # 空置率由上年的12.6%降至10%以下 in the plan
                continue
            reached = None if own_anchor or in_span else self.periods.reached_span(m.start)
            if (
                reached is not None
                and reached.first_year is not None
                and (later.year, later.months) == (reached.year, None)
            ):  # 五年来，…。城乡居民收入比由1.79缩小到1.64: from the year before the span
                earlier.year, earlier.months = reached.first_year - 1, None
                earlier.first_year = None
                continue
            if own_anchor is not None or (earlier.year, earlier.months) != (
                later.year,
                later.months,
            ):  # the earlier value is dated already: by its own year, or the span before
                if earlier.year is not None and earlier.year != later.year:
                    dated_from[self._dated_key(later, m)] = earlier.year
                    dated_from.setdefault((later.year, later.months, -2), earlier.year)
                    if self._opens_figures(m):  # ——工业支撑更加有力。…由2010年的89.35亿元增加到
                        # 186.54亿元…。规模以上工业企业由142家增加到236家: all of the paragraph
                        dated_from.setdefault((later.year, later.months, -1), earlier.year)
                continue
            if later.year is None or later.months:
                continue
            origin = dated_from.get(self._dated_key(later, m))
            origin = dated_from.get((later.year, later.months, -1)) if origin is None else origin
            if origin is None:
                # …，从三年看，…由2020年的47.85亿元增加到120.46亿元…。城镇居民人均可支配收入由
                # 15620元增加到24386元，年均增长9.3% (or …，是2020年的2.9倍): over the same years
                origin = dated_from.get((later.year, later.months, -2))
                if origin is not None and not self._says_over_years(later, m, origin):
                    origin = None
            if origin is not None:
                # 由2016年的402.5亿元增加到612.8亿元…；一般公共预算收入由31.2亿元增加到48.36亿元:
                # a change to the same time runs from the same year.
                earlier.year = origin
                dated_from[self._dated_key(later, m)] = origin
            elif not is_average(later.growth_basis) and self._before_plan_year(later.year):
                # 由原来的41间增加到52间, 由68.0%提高到75.0%: from the level of the year before.
                earlier.year, earlier.months = later.year - 1, None
            else:
                continue
            if earlier.kind == "target" and self._before_plan_year(earlier.year):
                earlier.kind = "actual"
        self._over_the_earlier_year()
        self._changes_of_pairs()
        self._multiples_over_a_span()
        self._more_than_last_years_increase()

    def _more_than_last_years_increase(self) -> None:
        """``余额2168.3亿元，增长7.2%，同比多增12.3亿元``: 多增 (少增) says how much more (less)
        the year's increase was than last year's, no change of a stock; only of new ones
        (全年新增存款146.5亿元，比上年多增12.3亿元: last year's new ones are 134.2)."""
        by_ref = {f"#{id(c)}": c for c in self.claims}
        new_words = load_phrases().new_words
        for c in self.claims:
            if c.link != "change_of" or c.mention is None or c.mention.verb not in _MORE_INCREASE:
                continue
            level = by_ref.get(c.linked_to)
            if (
                level is not None
                and level.measure != "new"
                and not level.name.startswith(new_words)
            ):
                c.link, c.linked_to = "", ""

    def _dated_key(
        self, later: Claim, m: Mention
    ) -> tuple[int | None, tuple[int, int] | None, int]:
        """What an earlier change to the same time must share with ``later`` to date its
        earlier value: the time and the sentence (从三年看，…由2020年的47.85亿元增加到120.46
        亿元。…规模以上工业企业由162家增加到178家: 162 in the year before, not in 2020); keys
        of sentence -1 and -2 hold the year for the whole paragraph and for the changes over
        years in it."""
        return later.year, later.months, self.layout.sentence_index(m.start)

    def _opens_figures(self, m: Mention) -> bool:
        """Whether no growth of one year (…营业收入120.46亿元，较上年的131.55亿元下降8.4%) comes
        before the sentence of ``m`` in its paragraph: a change from a printed year there sets
        the time of the paragraph."""
        if self._first_yearly_growth is None:  # found once: linear in the paragraph
            self._first_yearly_growth = min(
                (
                    c.mention.start
                    for c in self.claims
                    if c.mention is not None
                    and c.growth_pct
                    and c.first_year is None
                    and c.growth_basis in _ONE_YEAR_BASES
                ),
                default=len(self.text),
            )
        return self._first_yearly_growth >= self.layout.sentence(m.start)[0]

    def _says_over_years(self, later: Claim, m: Mention, origin: int) -> bool:
        """Whether the sentence of a change to ``later`` says it runs over years: an average
        growth of ``later``, or ``origin``'s year printed after it (是2010年的2.9倍)."""
        if is_average(later.growth_basis):
            return True
        end = min(self.layout.sentence(m.start)[1], m.end + _OVER_YEARS_AHEAD)  # bounded
        return f"{origin}年" in self.text[m.end : end]

    def _says_now(self, m: Mention) -> bool:
        """Whether the clause of ``m`` opens with a word of the year reported on (全年, 今年,
        年末 …), which a plain figure of a review of years does not (规上工业增加值98.2亿元)."""
        words = self.text[self.layout.clause_start(m.start) : m.start]
        return now_words().match(words) is not None

    def _same_end(self, later: Claim, origin: int, em: Mention, ended: dict[int, int]) -> None:
        """``由2010年的86.72亿元增加到2015年的154.54亿元…；财政总收入由2010年的7.46亿元增加到
        16.85亿元``: a change from a printed year with no year of its own runs to the year the
        change from that year before it ran to."""
        assert later.mention is not None
        own_end = self.periods.anchor_before(later.mention.start, floor=em.end)
        if own_end is not None and own_end.year == later.year and later.year is not None:
            ended[origin] = later.year
            self._ended_at = later.mention.end
        elif own_end is None and origin in ended and later.first_year is None:
            self._redate(later, ended[origin])
            self._ended_at = later.mention.end

    def _multiples_over_a_span(self) -> None:
        """``回顾“十二五”，…。规模以上工业总产值1123.6亿元，是2010年402.6亿元的2.8倍``: a level
        with no time of its own, a multiple of the year before a span the paragraph opened,
        is of the span's last year (with its multiple)."""
        for c in self.claims:
            if not c.growth_pct or c.mention is None or MULTIPLE_QUALIFIER not in c.quals:
                continue
            year = _BASE_YEAR.fullmatch(c.growth_basis)
            span = self.periods.span_from(c.mention.start, int(year.group(1))) if year else None
            if span is None or c.year == span.year or c.months:
                continue
            level = c if c.value else self._level_of_multiple(c, int(year.group(1)))
            if level is None or level.mention is None or level.year != c.year:
                continue
            if self.periods.anchor_before(level.mention.start) is not None:
                continue  # 2015年地区生产总值达到512.36亿元，是2010年的2.1倍: its own year
            self._redate(level, span.year)
            c.year = span.year

    def _level_of_multiple(self, c: Claim, base: int) -> Claim | None:
        """The level a multiple with no figure of its own is printed after in its sentence,
        past the base's figure (1123.6亿元，是2010年402.6亿元的2.8倍: 1123.6)."""
        assert c.mention is not None
        start = self.layout.sentence(c.mention.start)[0]
        for x in self.index.before(c.mention.start):
            if x.mention is None or x.mention.start < start:
                return None
            if x.value and x.measure == "level" and x.year != base:
                return x
        return None

    def _no_end_year(self, later: Claim, em: Mention) -> bool:
        """Whether no time phrase stands between the earlier value of a change and its later
        one (…增加到2015年的B prints the later one's year)."""
        assert later.mention is not None
        return self.periods.anchor_before(later.mention.start, floor=em.end) is None

    def _same_span(self, later: Claim, em: Mention, ended: dict[int, int]) -> bool:
        """A change with no printed year after changes from one printed year to one later year
        in its paragraph, with no time phrase between: it runs over the same years (whether it
        was dated so)."""
        if len(ended) != 1 or later.first_year is not None or later.mention is None:
            return False
        ((origin, end),) = ended.items()
        last = self._ended_at
        between = self.periods.anchor_before(later.mention.start, floor=last) if last >= 0 else None
        if last < 0 or (between is not None and between.year != end):
            return False  # 今年，…由12家增加到15家: of another time (not 五年累计, to the end)
        earlier = self._earlier_of(later)
        if earlier is None:
            return False
        self._redate(later, end)
        earlier.year, earlier.months, earlier.first_year = origin, None, None
        return True

    def _redate(self, later: Claim, year: int) -> None:
        """Date the later value of a change, and the growths over a printed year that follow
        it in its sentence with no figure of their own (…增加到16.85亿元，是2010年的2.3倍)."""
        old, later.year = later.year, year
        assert later.mention is not None
        sentence = self.layout.sentence(later.mention.start)
        for c in self.index.between(later.mention.end, sentence[1]):
            if not c.value and c.growth_pct and c.year == old and c.growth_basis.startswith("比"):
                c.year = year

    def _changes_of_pairs(self) -> None:
        """``净增45家、总数由218家增加到256家``: a change printed with no level of its own, in
        the sentence of a change from A to B of the same subject, is a change of B; else of
        the level of that subject printed after it in its sentence (净增8841户，市场主体总量
        达到85946户)."""
        by_ref = {f"#{id(c)}": c for c in self.claims}
        for c in self.claims:  # 由2015年底的45.87万人减少到19.16万人，其中2017年减少12.36万人
            later = by_ref.get(c.linked_to) if c.link == "change_of" else None
            if later is None or later.link != "changed_from" or c.mention is None:
                continue
            earlier = by_ref.get(later.linked_to)
            if self._own_year_of_change(c, earlier, later):
                c.link, c.linked_to = "", ""  # that year's change, over the year before
                if earlier is not None and c.growth_basis == f"比{earlier.year}年":
                    c.growth_basis = ""
            elif (
                c.first_year is not None
                and earlier is not None
                and earlier.year is not None
                and not _runs_over(earlier, later, c)
                and self._span_in_clause(c)
            ):  # 由486家增加到612家（一年），…，三年累计净增289家: no change of the one year
                c.link, c.linked_to = "", ""
        loose: dict[tuple[int, str, str], list[Claim]] = {}  # by sentence, name, unit family
        for c in self.claims:
            if c.measure == "change" and not c.link and c.mention is not None and c.name:
                where = self.layout.sentence_index(c.mention.start)
                loose.setdefault((where, c.name, unit_family(c.unit)), []).append(c)
        if not loose:
            return
        for later in self.claims:
            if later.link != "changed_from" or later.mention is None or not later.name:
                continue
            where = self.layout.sentence_index(later.mention.start)
            for c in loose.pop((where, later.name, unit_family(later.unit)), ()):
                if c.first_year is not None and not _runs_over(
                    by_ref.get(later.linked_to), later, c
                ):
                    continue  # 由2980万吨压减至2660万吨，十三五以来累计压减1860万吨: not A to B
                if self._own_year_of_change(c, by_ref.get(later.linked_to), later):
                    continue  # 由2015年底的45.87万人减少到19.16万人，其中2017年减少12.36万人
                listed = self.respective.get(id(c.mention)) if self.respective else None
                if c.first_year is None and self._of_another_time(c, later, listed):
                    continue  # 由486家增加到612家，2018年、2019年、2020年分别净增68家、95家…
                c.link, c.linked_to = "change_of", f"#{id(later)}"
        for level in self.claims:  # 净增8841户，市场主体总量达到85946户: of the level after it
            if level.measure != "level" or not level.value or level.mention is None:
                continue
            where = self.layout.sentence_index(level.mention.start)
            for c in loose.get((where, level.name, unit_family(level.unit)), ()):
                if c.link or c.mention is None or c.mention.start > level.mention.start:
                    continue
                clause = max(self.layout.clause_start(level.mention.start), c.mention.end)
                if level.scope != c.scope or "其中" in self.text[clause : level.mention.start]:
                    # 净增8481户，高新区市场主体达到12000户 (其中城区…达到52000户): another
                    continue  # place's stock (not 其中企业净增2106户，市场主体总量达到…)
                if (c.year, c.months, c.first_year) == (level.year, level.months, None):
                    c.link, c.linked_to = "change_of", f"#{id(level)}"

    def _span_in_clause(self, c: Claim) -> bool:
        """Whether the clause of ``c`` prints the span of years it is over (三年累计净增…)."""
        assert c.mention is not None
        clause = self.layout.clause_start(c.mention.start)
        own = self.periods.anchor_before(c.mention.start, floor=clause)
        return own is not None and own.first_year is not None

    def _of_another_time(self, c: Claim, level: Claim, listed: Respective | None) -> bool:
        """Whether a change ``c`` of years listed (2018年、2019年、2020年分别净增68家、95家和
        126家) is of another time than ``level`` (the level it would be a change of), so that
        it is no change of that level."""
        own_years = listed is not None and (listed.period_at >= 0 or listed.year >= 0)
        return own_years and (c.year, c.months) != (level.year, level.months)

    def _own_year_of_change(self, c: Claim, earlier: Claim | None, later: Claim) -> bool:
        """Whether the clause of the change ``c`` prints a year of its own (其中2017年减少…,
        其中今年净增…) after a change from ``earlier`` to ``later`` over more than a year: ``c``
        is then that year's change, not the whole change's (今年 dates it to ``later``'s)."""
        assert c.mention is not None
        if earlier is None or earlier.year is None or later.year is None:
            return False
        if later.year - earlier.year <= 1:
            return False
        clause = self.layout.clause_start(c.mention.start)
        own = self.periods.anchor_before(c.mention.start, floor=clause)
        if own is not None and own.year is not None and own.first_year is None:
            return True
        words = self.text[clause : c.mention.start]
        if any(w in words for w in load_phrases().this_year_words):  # 其中今年净增17家: the
            c.first_year = None  # change of the year the span runs to
            self._set_period(c, later.year, later.months)
            return True
        return False

    def _over_the_earlier_year(self) -> None:
        """``由2015年的152.4亿元增加到2020年的306.7亿元，实现翻一番``, ``…增加了143个``: a
        growth or change of the later value that names no basis is over the earlier value's
        year, when that is not the year before; a change of the later value is of its time."""
        by_id = {f"#{id(c)}": c for c in self.claims}
        for c in self.claims:
            if c.link == "changed_from":
                later, earlier = c, by_id.get(c.linked_to)
            elif c.link == "change_of" and by_id.get(c.linked_to) is not None:
                later = by_id[c.linked_to]
                earlier = by_id.get(later.linked_to) if later.link == "changed_from" else None
                if earlier is not None and (c.year, c.months) != (later.year, later.months):
                    self._set_period(c, later.year, later.months)  # a change to B is of B's time
            else:
                continue
            if earlier is None or earlier.year is None or later.year is None or later.months:
                continue
            if (
                earlier.year < later.year - 1
                and not c.growth_basis
                and (c.growth_pct or c.measure == "change")
            ):
                c.growth_basis = f"比{earlier.year}年"

    def _of_last_year_end(self, start: int, end: int) -> bool:
        """Whether the words from 由 to an earlier value name the end of last year (上年的,
        年初的, 上年末的), not the same months of last year (上年同期的)."""
        words = self.text[start:end]
        ph = load_phrases()
        return any(w in words for w in ph.last_year_end_words) and not any(
            w in words for w in ph.same_months_words
        )

    def _before_plan_year(self, year: int) -> bool:
        """Whether ``year`` is not after the report's plan year (or the plan year is unknown)."""
        plan_year = self.report.plan_year
        return plan_year is None or year <= plan_year

    def _date_changed_structures(self) -> None:
        """``由2022年的a:b:c调整为d:e:f``: the year printed after 由 is the earlier structure's;
        the later one has the period the text gives before 由."""
        for earlier, later in self.changed_structures:
            em, lm = earlier.mention, later.mention
            assert em is not None and lm is not None
            from_pos = self._from_pos(em)
            own_anchor = self.periods.anchor_before(em.start, floor=from_pos)
            if own_anchor is not None and own_anchor is self.periods.anchor_before(lm.start):
                self._set_period(later, *self.periods.period(from_pos))

    def _set_period(self, c: Claim, year: int | None, months: tuple[int, int] | None) -> None:
        """Give ``c`` (and the other components of its structure) another period."""
        parts = self.structure_parts.get(id(c.mention), [c]) if c.mention is not None else [c]
        for x in parts:
            x.year, x.months = year, months

    def _list_head(self, c: Claim) -> Mention | None:
        """The first figure of the 分别 list ``c`` is in (``由上年的A和B``), else its own."""
        listed = self.respective.get(id(c.mention)) if self.respective else None
        if listed is None or listed.first == c.start or c.mention is None:
            return c.mention
        found = self.index.between(listed.first - 1, listed.first + 1)
        return found[0].mention if found else c.mention

    def _from_pos(self, em: Mention) -> int:
        ph = load_phrases()
        window = self.text[max(0, em.start - 16) : em.start]
        for word in ph.change_from:
            at = window.rfind(word)
            if at >= 0:
                return em.start - len(window) + at
        return em.start

    def _earlier_in_unit(self, c: Claim | None, m: Mention, unit: str) -> Claim | None:
        """``由2015年底的486户1032人减少到2016年底的213户438人``: past a figure of the later
        pair (213户 before 438人) and past the other figure of the earlier pair (1032人 before
        213户), the earlier figure in the later one's unit family."""
        family = unit_family(unit)
        for _ in range(2):  # at most one of each pair passed over
            if c is None or c.mention is None or unit_family(c.unit) == family:
                return c
            if c.mention.end == m.start or self._pair_before(c) is None:  # the later's pair
                c = self.index.last_valued(c.mention.start)
            else:  # 486户1032人: the earlier pair's first figure
                c = self._pair_before(c)
        return c if c is not None and unit_family(c.unit) == family else None

    def _pair_before(self, c: Claim) -> Claim | None:
        """The figure printed right before ``c`` with nothing between (486户 of 486户1032人)."""
        assert c.mention is not None
        before = self.index.last_valued(c.mention.start)
        if before is None or before.mention is None or before.mention.end != c.mention.start:
            return None
        return before

    def _earlier_of(self, later: Claim) -> Claim | None:
        ph = load_phrases()
        m = later.mention
        assert m is not None
        listed = self.respective.get(id(m)) if self.respective else None
        if listed is not None and listed.earlier >= 0:  # 分别由A和B增加到C和D
            found = self.index.between(listed.earlier - 1, listed.earlier + 1)
            if found and found[0].value and unit_family(found[0].unit) == unit_family(later.unit):
                return found[0]
        c = self._earlier_in_unit(self.index.last_valued(m.start), m, later.unit)
        em = c.mention if c is not None else None
        if c is None or em is None:
            return None
        if self.layout.sentence_index(em.start) != self.layout.sentence_index(m.start):
            return None
        window = self.text[max(0, em.start - 16) : em.start]
        pair = self.index.between(em.end - 1, em.end + 1)  # 486户1032人: past its pair
        end = pair[0].mention.end if pair and pair[0].mention is not None else em.end
        between = self.text[end : m.claim_start]
        verb = _PAIR_FIRST.sub("", self.text[m.claim_start : m.start])  # …到213户438人: 438
        verb = ph.time_of_level.sub("", verb)  # 增加到2020年的, 回升到下半年的
        if (
            any(w in window for w in ph.change_from)
            and ph.change_to.search(verb)
            and len(between) <= 4
            and unit_family(c.unit) == unit_family(later.unit)
        ):
            return c
        return None


#: How far after a change its sentence is read for the year it runs from (是2010年的2.9倍).
_OVER_YEARS_AHEAD = 40

#: Verbs of an increase larger or smaller than last year's (多增, 少增).
_MORE_INCREASE = ("多增", "少增")

#: The bases of a growth over the year before.
_ONE_YEAR_BASES = ("", "同比", "比上年", "较上年")


def _of_one_year(c: Claim) -> bool:
    """Whether ``c`` states a level with its growth over the year before (…余额486.3亿元，增长
    10.2%): the text speaks of that year alone again, not of a change over years."""
    return bool(
        c.value
        and c.growth_pct
        and c.first_year is None
        and c.year is not None
        and c.growth_basis in _ONE_YEAR_BASES
        and not c.link
    )
