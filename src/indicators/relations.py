"""Finding related claims: the same indicator in another period, parts of a total, neighbours.

:class:`ClaimIndex` answers the questions every check asks of a claims table: which claim
gives this indicator's level in that period, which claims share a paragraph, which figure a
change started from. Relations among indicators (a total's exact components, a part's whole,
price basis) come from the indicator vocabulary, never from code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from heapq import merge
from itertools import islice, pairwise
from operator import itemgetter

from .checkvocab import CheckVocabulary, load_check_vocabulary
from .period_cells import Period
from .phrases import load_phrases
from .place import WHOLE_PLACE, is_part_of_place, last_count_of_places
from .printed import is_average
from .quantities import GROUP_SUM, MARKET, Quantity, of_one_market
from .units import unit_family
from .vocabulary import Indicator, load_vocabulary

_YEAR = re.compile(r"(\d{4})\s*年?")
#: Words of a basis that compare with the year before, whatever year it prints (同期 does not:
#: 比2019年同期 compares with the same months of 2019).
PREVIOUS_YEAR_WORDS = ("同比", "上年", "去年", "比上", "上一年")


def _counted(q: Quantity) -> bool:
    """A figure that a split of a total can hold: a level, or a count of new things (新建学校
    9所 under 新建、改扩建学校14所), never a change."""
    return q.is_level or q.measure == "new"


def _all_members(total: Quantity, parts: list[Quantity]) -> bool:
    """Whether a total counts the members it sums and every one is listed under it
    (全乡8个村集体经济收入合计286.4万元，其中桥溪村52.3万元、…: eight villages named).

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> text = ("全乡3个村集体经济收入合计130.0万元，其中桥溪村52.3万元、青龙村48.5万元、"
    ...         "白鹤村29.2万元")
    >>> rows = [("村集体经济收入合计", "130.0"), ("桥溪村", "52.3"), ("青龙村", "48.5"),
    ...         ("白鹤村", "29.2")]
    >>> table = pd.DataFrame([dict(name=n, value=v, quote=f"{n}{v}万元") for n, v in rows])
    >>> table = table.assign(indicator="", period="2022", kind="actual", unit="万元", line="3",
    ...                      paragraph="1")
    >>> total, *parts = read_claims(table, {"1": text})
    >>> _all_members(total, parts), _all_members(total, parts[:2])
    (True, False)
    """
    found = last_count_of_places(total.words_to_figure())
    if found is None:  # 12个村集体经济收入均超过10万元，合计232.3万元: the count before 合计
        found = last_count_of_places(total.sentence_before(_MEMBERS_BACK) or "")
    if found is None:
        return False
    count, kinds = found
    return count == len(parts) > 1 and all(
        (p.name.endswith(kinds) and len(p.name) > 2)
        or (p.scope.endswith(kinds) and len(p.scope) > 2)  # 河铺村…，村集体经济收入21.8万元
        for p in parts
    )


#: A count of the members a total sums, right before its name (8个村集体经济收入合计).
#: How far back in its sentence the count of a total's members is looked for.
_MEMBERS_BACK = 40


def _covers(group: tuple[str, ...], parts: list[Quantity]) -> bool:
    """Whether the names of ``parts`` hold the words of ``group`` one each (续建, 新开工)."""
    if len(parts) != len(group):
        return False
    names = [_own_words(p) for p in parts]
    return all(sum(word in n for n in names) == 1 for word in group) and all(
        sum(word in n for word in group) == 1 for n in names
    )


def _own_words(p: Quantity) -> str:
    """A part's name, or for new ones named by what they add to (其中新建31.2公里: 通组公路)
    the words of its own item too (新建)."""
    name = p.name or p.indicator
    if p.measure != "new":
        return name
    return name + "|" + p.words_to_figure().split("、")[-1]


#: The link of a total printed as the sum of the figures listed before it (…、…，合计 X).
SUM_LINK = "sum"
#: A month named in a growth's basis (比1—5月, 比5月份): a part of a year it compares with.
_MONTH_IN_BASIS = re.compile(r"\d{1,2}月")


def basis_names_part_of_year(basis: str) -> bool:
    """Whether a growth's basis names a part of a year (比一季度, 比上半年, 比1—5月): what it
    compares with is that part, not the year before.

    Examples
    --------
    >>> basis_names_part_of_year("比一季度"), basis_names_part_of_year("比上年全年")
    (True, False)
    """
    ph = load_phrases()
    part = ph.period_part_re.search(basis)
    if part is not None and ph.period_parts.get(part.group(0)) != (1, 12):  # (not 比上年全年)
        return True
    return _MONTH_IN_BASIS.search(basis) is not None


def key(q: Quantity) -> str:
    """What makes two claims the same measure: the canonical indicator, else the name
    without a verb of doing inside it (家用电器制造业实现产值 and 家用电器制造业产值 are one).

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> pairs = [("", "村"), ("工业企业", "企业")]
    >>> table = pd.DataFrame([dict(indicator=i, name=n, period="2022", kind="actual",
    ...     value="3", unit="个", line="1", quote="") for i, n in pairs])
    >>> [key(q) for q in read_claims(table)]
    ['村', '工业企业']
    >>> key(read_claims(table.assign(indicator="", name="食品工业实现产值"))[0])
    '食品工业产值'
    """
    return q.indicator or _without_total_mark(_without_doing_verb(q.name))


def _without_total_mark(name: str) -> str:
    """A name with no vocabulary entry without the 总 of a whole (红枣总产量 and 红枣产量 name
    one thing)."""
    for total in _TOTAL_MEASURES:
        if name.endswith(total) and len(name) > len(total) + 1:
            return name[: -len(total)] + total[1:]
    return name


@cache
def _without_doing_verb(name: str) -> str:
    """A name without a verb of doing inside it (家用电器制造业实现产值: 家用电器制造业产值),
    which names the same measure as the name without it (a target's 家用电器制造业产值); a
    name of what was produced as its output (生产原酒: 原酒产量)."""
    for verb in load_phrases().doing_verbs:
        at = name.find(verb, 2)
        if at > 0 and len(name) > at + len(verb) + 1:
            return name[:at] + name[at + len(verb) :]
    for verb, measure in load_phrases().output_verbs.items():  # 生产原酒: 原酒产量
        if name.startswith(verb) and len(name) >= len(verb) + 2 and not name.endswith(measure):
            return name[len(verb) :] + measure
    return name


#: Measures whose 总 only says they are the whole of one thing (红枣总产量, 旅游总收入); not
#: 总投资 (what projects are planned to cost, beside what was invested) nor 总部.
_TOTAL_MEASURES = ("总产量", "总产值")


def scopes_compatible(a: Quantity, b: Quantity) -> bool:
    """Two figures may be compared when their scopes agree or one of them has none.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> table = pd.DataFrame([dict(indicator="工业企业", name="", period="2022", kind="actual",
    ...     value="3", unit="个", scope=s, line="1", quote="") for s in ["", "全镇", "园区"]])
    >>> a, b, c = read_claims(table)
    >>> scopes_compatible(a, b), scopes_compatible(b, c)
    (True, False)

    A part of the place (a park, a zone) is compared only with figures of that part:

    >>> scopes_compatible(a, c)
    False
    """
    if a.scope == b.scope:
        return True
    if is_part_of_place(a.scope) or is_part_of_place(b.scope):
        return False  # 高新区实现地区生产总值: never the place's own figure
    if of_one_market(a.scope) or of_one_market(b.scope):
        return False  # 对东盟进出口138.4亿元: one market's trade, never the whole trade
    if GROUP_SUM.fullmatch(a.scope) or GROUP_SUM.fullmatch(b.scope):
        return False  # 两个行业合计实现税收103.52亿元: the sum of some, never the whole
    if WIDER_PLACE.fullmatch(a.scope) or WIDER_PLACE.fullmatch(b.scope):
        return False  # 占全市规上工业产值4703.40亿元的31.6%: the city's, in a district's report
    if _one_industry(a.scope) or _one_industry(b.scope):
        return False  # 分行业看，…批发零售业…实现税收2.15亿元: one industry's, never the whole
    return not a.scope or not b.scope


def _one_industry(scope: str) -> bool:
    """Whether ``scope`` names one industry of a breakdown by kind (金融业, 批发零售业), not the
    firms of the place's industry (规上工业, 规模以上工业企业)."""
    return bool(_INDUSTRY.fullmatch(scope)) and not any(w in scope for w in ("工业", "企业"))


#: The scope of one industry of a breakdown by kind (金融业, 批发零售业).
_INDUSTRY = re.compile(r"[\u4e00-\u9fff]{1,8}业")


#: The scope of a figure of a place wider than the report's own, which the extraction gives
#: only to such figures (占全市…的, in a district's report).
WIDER_PLACE = WHOLE_PLACE


def sentence_between(a: Quantity, b: Quantity) -> bool:
    """Whether a full stop lies between two figures of one paragraph (``False`` when their
    places in it are not known)."""
    if not a.context or a.context != b.context or a.anchor is None or b.anchor is None:
        return False
    lo, hi = sorted((a.anchor, b.anchor))
    return any(mark in a.context[lo:hi] for mark in "。！？")


def item_between(a: Quantity, b: Quantity) -> bool:
    """Whether a sentence or an item (a full stop or a semicolon) ends between two figures of
    one paragraph (``False`` when their places in it are not known)."""
    lo, hi = (a, b) if (a.anchor or 0) <= (b.anchor or 0) else (b, a)
    return _sentence_between(lo, hi, "。！？；;")


#: How many statements of one measure's level in one period a lookup reads. A report states
#: one a few times (the level, restated with its growth or share), or once for each of its
#: villages or towns and once for the whole; a text that states it many hundreds of times is
#: one text repeated, of which the first statements are read, so that a lookup takes the same
#: time on any text.
MAX_STATEMENTS = 400


@dataclass
class ClaimIndex:
    """The quantities of one report, indexed for the checks."""

    quantities: list[Quantity]
    vocabulary: dict[str, Indicator] = field(default_factory=load_vocabulary)
    rules: CheckVocabulary = field(default_factory=load_check_vocabulary)

    def __post_init__(self) -> None:
        self._by_id = {q.claim_id: q for q in self.quantities}
        self._by_name: dict[str, list[Quantity]] = defaultdict(list)
        for q in self.quantities:
            # 家具产业实现产值 is named 家具产业产值 as well (占家具产业产值的38.3%)
            for n in dict.fromkeys((q.name, q.indicator, _without_doing_verb(q.name), key(q))):
                if n:
                    self._by_name[n].append(q)
        #: The figure each stated change started from, by the row of the changed figure.
        self.origins: dict[int, Quantity] = {}
        #: Claims that are the earlier end of a stated change (not a second statement).
        self.earlier: set[int] = set()
        for group in self.paragraphs():
            for pos, q in enumerate(group):
                if q.value is None or (q.growth is None and q.link != "changed_from"):
                    continue
                before = group[pos - 1] if pos else None
                if before is not None and pos > 1 and _base_of(before, group[pos - 2]):
                    before = None  # 合计314.20万元，比上年的256.38万元增长22.6%，村均39.28万元
                origin = self.change_origin(q, before)
                if origin is not None:
                    self.origins[q.row] = origin
                    self.earlier.add(origin.row)
        #: Levels (not the earlier end of a change) by key, matching period, whether a count
        #: and kind, each with its place in the report's order: a lookup reads only the
        #: figures of its measure, period and kind.
        self._levels: dict[tuple[str, Period, bool, str], list[tuple[int, Quantity]]]
        self._levels = defaultdict(list)
        for position, q in enumerate(self.quantities):
            if (
                key(q)
                and q.value is not None
                and q.is_level
                and q.annual_key is not None
                and (q.row not in self.earlier or _dated_as_printed(q))
                and not q.converted  # （折合6.24亿美元）: the figure before, restated
            ):
                self._levels[(key(q), q.annual_key, q.is_count, q.kind)].append((position, q))
        self._kinds = sorted({q.kind for q in self.quantities})

    # -- lookups --------------------------------------------------------------------------
    def levels(self, name: str, period: Period | None, kind: str | None = None) -> list[Quantity]:
        """Claims giving a level of ``name`` in ``period`` (of ``kind`` when given)."""
        return list(self.iter_levels(name, period, kind))

    def iter_levels(
        self, name: str, period: Period | None, kind: str | None = None
    ) -> Iterator[Quantity]:
        """The claims of :meth:`levels`, one at a time (a lookup that stops at the first
        reads no further), at most :data:`MAX_STATEMENTS` of them."""
        if period is None:
            return iter(())
        name = _without_doing_verb(name)  # a parent named 企业实现营业收入: of key 企业营业收入
        lists = [
            self._levels.get((name, at, count, k), [])
            for k in ([kind] if kind is not None else self._kinds)
            for at, count in ((period, False), (period.year_end(), True))
        ]
        found = merge(*(found for found in lists if found), key=itemgetter(0))
        return islice((q for _, q in found), MAX_STATEMENTS)

    def level(
        self,
        name: str,
        period: Period | None,
        kind: str | None,
        like: Quantity | None = None,
        near: Quantity | None = None,
    ) -> Quantity | None:
        """The first claim giving ``name``'s level in ``period``, in a scope ``like`` allows:
        one of ``like``'s own scope first (全口径税收收入 before 规上工业企业…实现税收). With
        ``near``, the last such claim before ``near`` in its paragraph, if any, comes first
        (原煤产量3.26亿吨 in the summary, 全年原煤产量3.62亿吨…，两年平均增长8.9% later: 3.62)."""
        allowed = [
            q
            for q in self.iter_levels(name, period, kind)
            if like is None or (scopes_compatible(q, like) and _same_family(q, like))
        ]
        if near is not None:
            close = [
                q
                for q in allowed
                if q.paragraph == near.paragraph
                and q.row < near.row
                and q.scope == near.scope  # (not 高新区实现地区生产总值…: another area's)
            ]
            if close:
                return close[-1]
        own = [q for q in allowed if like is None or q.scope == like.scope]
        if like is not None and like.name != like.indicator:  # 全口径税收收入: named so, before
            named = [q for q in own if q.name == like.name]  # the budget's 税收收入
            own = named or own
        return own[0] if own else next(iter(allowed), None)

    def level_in_scope(
        self, name: str, period: Period | None, kind: str | None, like: Quantity
    ) -> Quantity | None:
        """The first claim giving ``name``'s level in ``period`` in a scope ``like`` allows,
        one of ``like``'s own scope first, whatever its unit (the levels a share of ``like``
        divides: not 全盟地区生产总值 for a banner's 第一产业比重)."""
        found = None
        for q in self.iter_levels(name, period, kind):
            if scopes_compatible(q, like):
                if q.scope == like.scope:
                    return q
                found = found or q
        return found

    def named(self, name: str) -> list[Quantity]:
        """Claims whose name or indicator is ``name`` (or whose name is, without a verb of
        doing inside it: 家具产业实现产值 for 家具产业产值), in order."""
        return self._by_name.get(name, [])

    def by_id(self, claim_id: str) -> Quantity | None:
        """The claim with this ``claim_id``."""
        return self._by_id.get(claim_id)

    def parts_of_another(self, parts: Iterable[Quantity | None], total: Quantity) -> bool:
        """Whether any of ``parts`` is printed as a part of a figure named outside the
        vocabulary (克孜勒口岸完成进出口贸易额312.48亿元。其中，出口…；进口…: the port's, not
        the place's 外贸进出口总额)."""
        for p in parts:
            whole = self.by_id(p.parent_id) if p is not None and p.parent_id else None
            if whole is not None and not whole.indicator and total.indicator:
                return True
        return False

    def indicator(self, name: str) -> Indicator | None:
        """The vocabulary entry of a canonical name."""
        return self.vocabulary.get(name)

    def comparable(self, q: Quantity) -> bool:
        """Whether the growth of this claim may be at comparable prices: the text says so
        (按可比价格计算), or the official growth of its indicator usually is."""
        if "可比价" in q.growth_basis:
            return True
        entry = self.indicator(q.indicator)
        return bool(entry and entry.price_basis == "comparable")

    def paragraphs(self) -> list[list[Quantity]]:
        """Claims grouped by paragraph (or by section when no paragraph is known), in order."""
        groups: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
        for q in self.quantities:
            groups[(q.paragraph, "" if q.paragraph else q.section)].append(q)
        return [sorted(g, key=lambda q: q.row) for g in groups.values()]

    def totals_with_components(self) -> Iterable[Indicator]:
        """Vocabulary entries that decompose exactly into components."""
        return (entry for entry in self.vocabulary.values() if entry.components)

    # -- counts split by what was done ---------------------------------------------------------
    def splits(self) -> list[tuple[Quantity, list[Quantity]]]:
        """Totals and the parts the report lists under them: ``(total, [parts])``.

        When the claims table links parts to their total (``parent_id``, as after 其中 or after
        a counted total), those links are used. Otherwise a count followed, in its paragraph, by
        counts of the same unit whose clauses say "done" (已完成, 已办结) or "ongoing" (正在,
        推进) is split by them. A split with both kinds must add up (:meth:`complete_split`);
        otherwise each part is no larger than the total.

        Examples
        --------
        >>> import pandas as pd
        >>> from indicators.quantities import read_claims
        >>> quote = "排查问题 20 项，已完成整改 17 项，正在整改 3 项"
        >>> table = pd.DataFrame([dict(indicator="", name=n, period="2022", kind="actual",
        ...     value=v, unit="项", line="9", quote=quote, paragraph="4")
        ...     for n, v in [("问题", "20"), ("完成整改", "17"), ("正在整改", "3")]])
        >>> [(t.value_text, [p.value_text for p in parts])
        ...  for t, parts in ClaimIndex(read_claims(table)).splits()]
        [('20', ['17', '3'])]
        """
        if not any(q.parent_id for q in self.quantities):
            return self._cued_splits()
        linked = self._linked_splits()
        taken = {t.row for t, _ in linked} | {p.row for _, parts in linked for p in parts}
        cued = [
            (total, parts)
            for total, parts in self._cued_splits()
            if all(_names_only_its_stage(p, self.rules) for p in parts)
            and not any(_sentence_between(total, p, "。！？；;") for p in parts)
            and total.row not in taken
            and not total.parent_id
            and not any(p.row in taken or p.parent_id for p in parts)
        ]  # 受理群众诉求4126件，办结4071件 in a report that also has 其中 elsewhere
        return linked + cued

    def _linked_splits(self) -> list[tuple[Quantity, list[Quantity]]]:
        children: dict[str, list[Quantity]] = defaultdict(list)
        for q in self.quantities:
            if q.parent_id and q.value is not None and _counted(q):
                children[q.parent_id].append(q)
        found = []
        for parent_id, parts in children.items():
            total = self.by_id(parent_id)
            if total is not None and total.value is None and total.link == "same_as":
                total = self.by_id(total.linked_to)  # 税收总额386.52亿元，…，是2012年的1.9倍。
                # 其中，…: the parts of the level the multiple restates
            if total is None or total.value is None or not _counted(total):
                continue
            if total.link == SUM_LINK:  # …、…，合计X，其中…: the sum is of the items before it
                parts = [p for p in parts if p.row < total.row] or parts  # (else after it: a
                # breakdown, 八幢重点楼宇合计…。分楼宇看，…)
            parts = [
                p
                for p in parts
                if _same_family(p, total)
                and plausible_part(p, total)
                and (p.is_level or _base(p) == _base(total))  # 新增学位 of 14所: no part
            ]
            entry = self.indicator(total.indicator)
            if entry is not None:
                if any(p.indicator in entry.components for p in parts):
                    # 其中一般公共预算收入21.35亿元，税收收入15.48亿元，非税收入5.87亿元: the
                    # taxes and the rest after a component are of that component
                    parts = [p for p in parts if p.indicator not in entry.other_parts]
                parts = [p for p in parts if p.indicator not in entry.components]
            found.extend((total, run) for run in _sentences_of(parts))
        return found

    def _cued_splits(self) -> list[tuple[Quantity, list[Quantity]]]:
        done, ongoing = self.rules.cue("done"), self.rules.cue("ongoing")
        found = []
        for group in self.paragraphs():
            counted = [q for q in group if q.value is not None and q.is_count and q.is_level]
            for i, total in enumerate(counted):
                if total.has_cue(done) or total.has_cue(ongoing) or total.growth is not None:
                    continue
                if total.row in self.earlier:
                    continue  # 受理5862件，比上年的6485件下降9.6%，办结5791件: not of last year's
                if total.link == "changed_from":
                    continue  # 由449户减少到137户，全年脱贫退出312户: those gone, not of the rest
                parts = []
                for q in counted[i + 1 :]:
                    if q.unit_text != total.unit_text or q.growth is not None:
                        break
                    if not (q.has_cue(ongoing) or q.has_cue(done)):
                        break
                    if _sentence_between(total, q, "。！？"):
                        break  # …达到11个。建成公共服务中心4个: no part of the 11
                    if not parts and _listed_after(total, q):
                        break  # 428个贫困村退出、6个贫困县摘帽: a list of things of their own
                    parts.append(q)
                if parts and (len(parts) > 1 or parts[0].has_cue(done)):
                    found.append((total, parts))
        return found

    def complete_split(self, parts: list[Quantity], total: Quantity | None = None) -> bool:
        """Whether ``parts`` cover a total, so that they must add up to it: some done and some
        under way, kinds that cover any whole (``complements``), what was built new and rebuilt
        (``built_complements``), several parts of which the last is the rest (其他作物, 其余), a
        total printed as their sum (``…、…，合计1.93万亩``: link ``sum``), or a total that counts
        its members, every one listed (全乡3个村…合计…，其中桥溪村…、…、…).

        Examples
        --------
        >>> import pandas as pd
        >>> from indicators.quantities import read_claims
        >>> quote = "粮食播种面积12.8万亩，其中水稻9.6万亩，其他作物3.2万亩"
        >>> table = pd.DataFrame([dict(indicator="", name=n, period="2023", kind="actual",
        ...     value=v, unit="万亩", line="9", quote=quote) for n, v in
        ...     [("水稻", "9.6"), ("其他作物", "3.2")]])
        >>> ClaimIndex(read_claims(table)).complete_split(read_claims(table))
        True
        """
        if total is not None and total.link == SUM_LINK:
            return True
        ongoing = self.rules.cue("ongoing")
        if any(p.has_cue(ongoing) for p in parts) and any(not p.has_cue(ongoing) for p in parts):
            return True
        if any(_covers(group, parts) for group in self.rules.complements):
            return True
        built = all(unit_family(p.unit_text) in ("length", "area") for p in parts) or (
            total is not None and "新" in total.name and "改" in total.name  # 新建改扩建学校
        )
        stock = total is not None and any(w in total.name for w in self.rules.cue("stock_names"))
        if (
            built
            and not stock
            and any(
                _covers(group, parts)
                and ((total is not None and "改" in total.name) or "改造" not in group)
                for group in self.rules.built_complements
            )
        ):  # 其中新建31.2公里、改扩建15.6公里: all the roads built (not of 公路总里程, a stock;
            return True  # 改造 covers with 新建 only what a total names as both: 新建改建…)
        if total is not None and _all_members(total, parts):
            return True
        if total is not None and _months_partition(total, parts):
            return True  # 全年…，一至四季度分别为…: the year's quarters
        return len(parts) > 1 and _names_the_rest(parts[-1], self.rules.cue("rest"))

    # -- growth bases ---------------------------------------------------------------------
    def growth_base_period(self, q: Quantity) -> Period | None:
        """The period a stated growth compares with; ``None`` when it is not a plain change.

        同比 / 比上年 / an empty basis compare with the same months a year earlier; "比 2015 年"
        with that year; an average annual growth (年均) is not a change between two levels
        (see :meth:`average_growth_levels`), nor is a growth of a figure of several years.
        """
        if q.period is None:
            return None
        basis = q.growth_basis
        plan = load_phrases().plan_period.search(basis)  # 比十一五时期
        years = load_phrases().plans.get(plan.group("plan")) if plan else None
        if q.period.is_years and years is not None and years[1] < q.period.start[0]:
            return Period((years[0], 1), (years[1], 12))  # 五年累计…是“十一五”时期的2.3倍
        if q.period.is_years:
            return None  # a figure of several years (累计): what it grew over is not known
        if is_average(basis) or "累计" in basis:
            return None  # 年均, 累计增长21.1%: no growth over one year
        if basis_names_part_of_year(basis):
            return None  # 比一季度提高0.9个百分点: over an earlier part of the year, unprinted
        m = _YEAR.search(basis)
        if m and not any(w in basis for w in PREVIOUS_YEAR_WORDS):
            year = int(m.group(1))
            if year >= q.period.end[0]:
                return None
            if q.period.is_year:
                return Period.year(year)
            shift = q.period.start[0] - year
            return Period(
                (q.period.start[0] - shift, q.period.start[1]),
                (q.period.end[0] - shift, q.period.end[1]),
            )
        return q.period.previous()

    def change_origin(self, q: Quantity, before: Quantity | None) -> Quantity | None:
        """The figure a stated change started from (由原来的 A 增加到 B), if the report gives it.

        Either the claims table links the two (a link column naming the earlier claim), or the
        earlier figure is ``before``, the claim right before ``q`` in its paragraph: it has the
        same unit family and its clause holds an "earlier" cue word (原来, 由, 从).
        """
        if q.link == "changed_from" and q.linked_to:
            linked = self.by_id(q.linked_to)
            if linked is not None and linked.value is not None and _same_family(linked, q):
                return linked
            return None
        if (
            before is not None
            and before.value is not None
            and before.is_level  # 比上年增加980元 is no earlier level of the next figure
            and before.row not in self.earlier  # 较上年的49.72亿元 is 53.2's, not the next one's
            and _same_family(before, q)
            and not before.growth_text
            and before.has_cue(self.rules.cue("earlier"))
            and (not key(before) or not key(q) or key(before) == key(q) or not before.indicator)
            and not _sentence_between(before, q)  # …上年同期为110.82亿元。预计全年完成…
        ):
            return before
        return None


def _base_of(base: Quantity, figure: Quantity) -> bool:
    """Whether ``base`` is printed as what ``figure`` is compared with, inside its statement
    (``314.20万元，比上年的256.38万元增长22.6%``): the earlier level of that figure only."""
    return (
        figure.growth is not None
        and base.quote.startswith(("比", "较"))
        and base.quote in figure.quote
    )


def _names_the_rest(part: Quantity, rest: tuple[str, ...]) -> bool:
    """Whether a part is the rest of its total: its clause opens with a word of the rest
    (其他作物1.1万亩, 剩余为园地0.9万亩), not one that only holds it (2020年最后剩余的38户…
    全部脱贫: the last of those lifted out, already among the others)."""
    clause = part.clause
    head = clause.split(part.value_text, 1)[0] if part.value_text in clause else clause
    item = re.split(r"[，,；;、和]", head)[-1]  # the words of this part only
    for word in rest:
        at = item.find(word)
        market = item.startswith(MARKET) and at != len(MARKET)  # 对RCEP其他成员国: the other
        # members of a market, no rest of the total
        if at >= 0 and not any(c.isdigit() for c in item[:at]) and not item.endswith("最后", 0, at):
            return not market
    return False


def _names_only_its_stage(part: Quantity, rules: CheckVocabulary) -> bool:
    """Whether a part's name says nothing but what was done to the total (办结, 已完成整改,
    协调解决), not a thing of its own (建成双语服务窗口, 竣工项目)."""
    name = part.name.removeprefix("已")
    stages = (*rules.cue("done"), *rules.cue("ongoing"))
    at = part.clause.rfind(name) if name else -1
    return (
        len(name) <= _STAGE_MAX_CHARS
        and (
            any(name.startswith(w) or name.endswith(w) for w in stages)
            or (len(name) <= 2 and at > 0 and part.clause[:at].endswith(stages))  # 已完成整改
        )
        and not name.endswith(rules.cue("thing_ends"))
    )


#: The longest name of a part that only says its stage (已完成整改, 协调解决).
_STAGE_MAX_CHARS = 5


def _sentences_of(parts: list[Quantity]) -> list[list[Quantity]]:
    """The parts of one total in runs, one for each sentence they are printed in (其中：A、B、
    其他行业C。规模以上工业产值D: the listed parts, then a part the vocabulary knows)."""
    runs: list[list[Quantity]] = []
    for p in parts:
        if runs and not _sentence_between(runs[-1][-1], p):
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _sentence_between(a: Quantity, b: Quantity, marks: str = "。！？") -> bool:
    """Whether a sentence (or an item, with ``marks`` of items) ends between two figures of
    one paragraph (when their places in it are known)."""
    if a.anchor is None or b.anchor is None or a.context != b.context or a.anchor > b.anchor:
        return False
    return any(a.context.find(mark, a.anchor, b.anchor) >= 0 for mark in marks)


def _listed_after(a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` is the next item of a list with ``a`` (the mark right before its clause
    is 、: 428个贫困村退出、6个贫困县摘帽), when their places in the paragraph are known."""
    if a.anchor is None or b.anchor is None or a.context != b.context or a.anchor > b.anchor:
        return False
    marks = [ch for ch in a.context[a.anchor : b.anchor] if ch in "，,；;、"]
    return bool(marks) and marks[-1] == "、"


def _months_partition(total: Quantity, parts: list[Quantity]) -> bool:
    """Whether ``parts`` are of consecutive months that make up the whole period of
    ``total``, in order (the four quarters of a year, its two halves).

    Examples
    --------
    >>> from indicators.period_cells import Period
    >>> class Q:
    ...     def __init__(self, text): self.period = Period.parse(text)
    >>> quarters = [Q(f"2021-{a:02d}..2021-{a + 2:02d}") for a in (1, 4, 7, 10)]
    >>> _months_partition(Q("2021"), quarters), _months_partition(Q("2021"), quarters[:3])
    (True, False)
    """
    if total.period is None or len(parts) < 2 or any(p.period is None for p in parts):
        return False
    periods = [p.period for p in parts]
    if periods[0].start != total.period.start or periods[-1].end != total.period.end:
        return False
    return all(_next_month(a.end) == b.start for a, b in pairwise(periods))


def _next_month(at: tuple[int, int]) -> tuple[int, int]:
    """The month after ``(year, month)``."""
    year, month = at
    return (year + 1, 1) if month == 12 else (year, month + 1)


def plausible_part(part: Quantity, total: Quantity) -> bool:
    """Whether a part linked to a total (其中, a counted total) may really be a part of it.

    A named indicator is not a part of an unnamed count (but is of the sum printed after it,
    合计), and counts of one thing share their measure word: 45 家规上企业 is not a part of
    八个镇 even if printed next to it.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> table = pd.DataFrame([dict(indicator=i, name=n, value=v, unit=u) for i, n, v, u in
    ...     [("", "镇", "8", "个"), ("规模以上工业企业", "规上企业", "45", "家"),
    ...      ("", "项目", "13", "个"), ("", "投产", "8", "个")]])
    >>> towns, firms, projects, done = read_claims(
    ...     table.assign(period="2020", kind="actual", line="1", quote=""))
    >>> plausible_part(firms, towns), plausible_part(done, projects)
    (False, True)
    """
    if part.indicator and not total.indicator and total.link != SUM_LINK:
        return False  # (…分别完成规上工业总产值A、B，合计C: the sum of those parts, unnamed)
    if not (_additive(part) and _additive(total)) and not _source_of_income(part, total):
        return False
    if part.is_count and not (part.indicator and total.indicator):
        return part.unit_text == total.unit_text or _base(part) == _base(total)  # 台 of 台套
    return True


def _base(q: Quantity) -> str:
    """The unit a count's unit is a multiple or a set of (台 for 台套 and 万台)."""
    return (q.unit.base or q.unit.name) if q.unit is not None else q.unit_text


def _source_of_income(part: Quantity, total: Quantity) -> bool:
    """Whether ``part`` is one of the sources a per-head income adds up from (工资性收入,
    经营净收入 …: ``income_sources`` in ``checking.toml``), unlike the incomes of its groups
    of people (城镇居民 and 农村居民)."""
    entry = load_vocabulary().get(total.indicator)
    if entry is None or entry.family != "income" or part.indicator or part.unit is None:
        return False
    sources = load_check_vocabulary().cue("income_sources")
    same_unit = total.unit is not None and part.unit.name == total.unit.name  # 元 per head
    return same_unit and any(w in part.name for w in sources)


#: Vocabulary families whose figures do not add up (per head, rates, indices, structures).
NOT_ADDITIVE = frozenset({"income", "percent", "index", "structure"})


def _additive(q: Quantity) -> bool:
    """Whether parts of this figure add up: not a per-head income, a rate or an index."""
    entry = load_vocabulary().get(q.indicator)
    if entry is not None and entry.family in NOT_ADDITIVE:
        return False
    return q.family not in ("percent", "points", "ratio", "")


def _same_family(a: Quantity, b: Quantity) -> bool:
    return a.unit is not None and b.unit is not None and a.unit.kind == b.unit.kind


def basis_names_no_time(basis: str) -> bool:
    """Whether a change's basis names no year and no plan (比2015年, 比“十二五”末) and is no
    average: the time just before (比上年, 较上年末, 同比, 比年初).

    Examples
    --------
    >>> basis_names_no_time("比上年"), basis_names_no_time("比2015年"), basis_names_no_time("")
    (True, False, False)
    """
    return bool(basis) and not is_average(basis) and not _NAMED_TIME.search(basis)


def over_unprinted_base(basis: str) -> bool:
    """Whether a growth or change is over a base the report does not print as a year's level:
    the last edition of a fair or the last term of an office (比上届), or last year's figure
    adjusted (扣除留抵退税因素后): ``unprinted_base_words`` in phrases.toml.

    Examples
    --------
    >>> over_unprinted_base("比上届"), over_unprinted_base("扣除留抵退税因素后")
    (True, True)
    >>> over_unprinted_base("比上年")
    False
    """
    return any(w in basis for w in load_phrases().unprinted_base_words)


def _dated_as_printed(q: Quantity) -> bool:
    """Whether the earlier end of a change prints its own year (从2015年的10.2亿元): a level
    of that year as sure as any, which later figures may be compared with."""
    year = _YEAR_PRINTED.search(q.quote)
    return (
        year is not None
        and q.period is not None
        and q.period.is_year
        and q.period.end[0] == int(year.group(1))
    )


#: A year printed in a quote (2015年).
_YEAR_PRINTED = re.compile(r"((?:19|20)\d\d)年")


#: A year or a plan named in a basis.
_NAMED_TIME = re.compile(r"(?:19|20)\d\d年|十[一二三四五六七八九]五")


def of_the_year_before(before: Quantity, level: Quantity) -> bool:
    """Whether ``before`` is of the year before ``level``'s (or the period is not known)."""
    if before.period is None or level.period is None:
        return True
    return before.period.end[0] == level.period.end[0] - 1
