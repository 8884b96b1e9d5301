"""Which total each claim of a paragraph is a part of: the ``parent`` of the claims table.

Three readings, applied in this order by :class:`ParentReading` (a part of the paragraph
reader of :mod:`indicators.claims`):

* the vocabulary: a part and its whole in the same paragraph, period and kind (本级税收收入 is
  part of 税收收入), the nearest whole before the part;
* 其中: the figures after it in its sentence are parts of the figure of the same kind before
  it, unless the vocabulary rules it out (a per-capita income is no part of a revenue);
* a counted total (共排查44项，已完成39项，正在整改5项): the level figures of the same unit
  after it in its sentence, up to the next total.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from .checkvocab import kind_in_group, load_check_vocabulary
from .exact import Fraction
from .intervals import parse_decimal
from .layout import any_between
from .numbers import chinese_to_decimal
from .phrases import load_phrases, sum_words
from .place import (
    ANY_WHOLE_PLACE,
    OWN_LEVEL,
    WHOLE_PLACE,
    is_part_of_place,
    last_count_of_places,
)
from .quantities import of_one_market
from .subjects import (
    clean_name,
    common_tail,
    composite_indicators,
    indicator_ending,
    vocabulary,
    wholes_of,
    wordings_in,
)
from .units import RELATIVE_FAMILIES, conversion_factor, load_units, unit_family

if TYPE_CHECKING:
    from .claim_index import ClaimIndex
    from .claims import Claim
    from .layout import Layout
    from .mentions import Mention
    from .respectively import Respective


_WHOLE_OF_PLACE = re.compile(ANY_WHOLE_PLACE)

#: How far back a count of places before a total of theirs is looked for (12个村…，合计…),
#: and how many figures after the total its places are looked among.
_COUNTED_BACK = 40
_COUNTED_AHEAD = 80

#: What separates the items of a list (A 126名、B 318名和C 1460名).
_LIST_JOINERS = ("、", "和", "及", "与", "以及")
#: The words of a sum that open its clause after a count of what it adds up (三个城区合计,
#: 四个县合计, 两者合计).
_SUM_LEAD = re.compile(
    r"(?:[一二三四五六七八九十两\d]{1,3}(?:个[\u4e00-\u9fff]{1,4}?|[类项大][\u4e00-\u9fff]{0,4}?)"
    r"|两者|三者|以上)(?:合计|总计|共计)"
)


def _listed_count(lead: str) -> int:
    """How many things the words opening a sum count (四个县合计: 4; 两类诉求合计: 2; 两者合计:
    2; 以上合计: 0, any number)."""
    words = {"两者": 2, "三者": 3}
    if lead[:2] in words:
        return words[lead[:2]]
    head = re.match(r"[一二三四五六七八九十两\d]{1,3}", lead)
    if head is None:
        return 0
    digits = head.group(0)
    number = int(digits) if digits.isdigit() else chinese_to_decimal(digits)
    return int(number) if number is not None else 0


#: The clause of the growths of a list between the list and its sum (，分别增长5.8%、4.9%和6.3%).
_GROWTHS_LISTED = re.compile(
    r"[，,](?:同比|比上年)?分别(?:增长|下降)[\d.%、和及]+(?:[，,](?:分别)?(?:增长|下降)[\d.%、和及]+)*"
)
_CLAUSE_ENDS = frozenset("，,；;。：:！？!?")


#: Measure words listed in brackets after a total (（只、匹）), and the closing bracket.
_NOTED_UNITS = re.compile(r"([^（）()，,。；;\d]{1,8})[）)]")
#: A name that says it is a total (油茶总面积, 粮食总产量): no part of another total.
_OWN_TOTAL = re.compile(r"总(?:面积|产量|人口|户数|规模)$")
#: Words of a name that says it sums all items (各项贷款余额, 全口径税收收入): no part of
#: another total either.
_ALL_ITEMS = ("各项", "全口径")

#: A clause opening with the name of a whole and 中 (一般公共预算收入中，…): its parts follow.
_ZHONG = re.compile(r"中(?:[，,：:]|(?=[\u4e00-\u9fff]))")  # 税收收入中：…, 收入中税收…
_WHOLE_WORDS = re.compile(r"[^，,。；;：:、（）()\d]{2,16}")

#: Most figures a clause naming its whole before 中 gives that whole as parts.
_NAMED_PARTS_MAX = 12

#: Most figures looked back over, past the flows of a stock, for the stock itself.
_FLOWS_MAX = 6


#: Words that date a figure (2020年, 1—11月, 一季度, 上半年, 全年, 年末).
_TIME_WORDS = re.compile(r"\d{4}\s*年|\d{1,2}\s*月|季度|半年|全年|年末|年底|年初|同期|上年|去年")


def _one_item(gap: str) -> bool:
    """Whether the words between two figures of a list are one item's name, with no clause
    ending between them."""
    return not any(ch in _CLAUSE_ENDS for ch in gap)


class ParentReading:
    """The parent-finding steps of the paragraph reader (see the module docstring).

    The reader provides ``text``, ``layout``, ``index`` and ``claims``.

    Examples
    --------
    >>> from indicators import parse_text
    >>> from indicators.claims import extract_claims
    >>> r = parse_text("一、2022年工作回顾\\n\\n全县税收收入8.05亿元，其中本级税收收入2.1亿元。\\n")
    >>> [(c.indicator, c.parent) for c in extract_claims(r)]
    [('税收收入', ''), ('本级税收收入', '税收收入')]
    """

    text: str
    layout: Layout
    index: ClaimIndex
    claims: list[Claim]
    respective: dict[int, Respective]  # figures of 分别 lists, by id of their mention
    _compared_to: dict[int, Claim]  # 比上年的A: the figure A is compared with, by id of A

    def _assign_parents(self) -> None:
        self._narrow_parts()
        self._parents_from_vocabulary()
        self._parents_named_whole()
        self._years_of_span_totals()
        self._parents_after_of_which()
        self._places_listed_after()
        self._parents_in_brackets()
        self._parents_of_counted_totals()
        self._parts_summed_after()
        self._places_after_counted_total()
        self._parts_of_breakdowns()
        self._spans_of_parts()
        self._no_parts_as_wholes_of_shares()
        self._parents_named_by_shares()
        self._own_levels_of_wholes()
        self._rest_of_a_part()

    def _rest_of_a_part(self) -> None:
        """``行政村168个，其中建档立卡贫困村77个，已累计退出71个，剩余六个``: what is done of a
        part (已…退出71个) and what remains (剩余六个), printed right after it in its item, are
        its parts, not the total's: the rest is of the 77, not of the 168."""
        cues = load_check_vocabulary()
        rest, done = tuple(cues.cue("rest")), tuple(cues.cue("done"))
        for c in self.claims:
            m = c.mention
            if m is None or not c.parent_id or not c.value or not self._clause_says(m, rest):
                continue
            item = max(self.layout.sentence(m.start)[0], self.layout.item_start(m.start))
            before = [
                x
                for x in self.index.between(item - 1, m.start)
                if x.mention is not None and unit_family(x.unit) == unit_family(c.unit)
            ]
            k = len(before) - 1
            while k >= 0 and self._clause_says(before[k].mention, done):
                k -= 1  # past what is done of it (已完成更新改造296艘)
            if k < 0 or k == len(before) - 1:
                continue
            part = before[k]
            if part.parent_id != c.parent_id or not _larger(part, c):
                continue
            for x in [*before[k + 1 :], c]:
                x.parent_id, x.parent = f"#{id(part)}", part.indicator or part.name

    def _clause_says(self, m: Mention, words: tuple[str, ...]) -> bool:
        """Whether the clause of ``m`` before its figure holds one of ``words``."""
        return any(w in self.text[self.layout.clause_start(m.start) : m.start] for w in words)

    def _years_of_span_totals(self) -> None:
        """``“十四五”以来累计接待游客2186.4万人次，其中2021年630.5万人次、2022年693.5万人次``:
        a figure named by its year alone under the 其中 of a total over years that hold it is
        that year's level of the total's subject, and a part of the total."""
        for c in self.claims:
            if c.name or c.indicator or not c.value or c.mention is None or c.year is None:
                continue
            if c.measure != "level" or c.first_year is not None or c.months:
                continue
            total = next(
                (
                    x
                    for x in self._before_in_sentence(c.mention.start)
                    if x.first_year is not None and x.value and x.unit == c.unit
                ),
                None,
            )
            if total is None or total.mention is None:
                continue
            assert total.year is not None and total.first_year is not None
            if not total.first_year <= c.year <= total.year:
                continue
            k = bisect.bisect_left(self._of_which_at, c.mention.start) - 1
            if k < 0 or self._of_which_at[k] < total.mention.end:
                continue
            c.indicator, c.name = total.indicator, total.name
            c.parent_id, c.parent = f"#{id(total)}", total.indicator or total.name

    def _places_listed_after(self) -> None:
        """``一般公共预算收入完成42.63亿元；景曼市、勐岭县、勐班县和州本级分别完成19.86亿元、…``:
        the figures of a 分别 list of parts of the place (and its own level) are parts of the
        figure of the place printed before the list in its sentence, in their unit, when none
        is larger than it."""
        if not self.respective:
            return
        lists: dict[int, list[Claim]] = {}
        for c in self.claims:
            listed = self.respective.get(id(c.mention)) if c.mention is not None else None
            if listed is not None and listed.start >= 0 and listed.size >= 2:
                lists.setdefault(listed.first, []).append(c)
        places = load_phrases().sub_place_re
        for first, items in lists.items():
            if len(items) < 2 or any(
                c.parent_id
                or c.indicator
                or c.measure != "level"
                or not c.value
                or not (places.fullmatch(c.name) or c.name.endswith(OWN_LEVEL))
                for c in items
            ):
                continue
            total = next(  # past the parts of that figure (其中税收收入28.91亿元，…；…分别)
                (
                    x
                    for x in self._before_in_sentence(first)
                    if x.value
                    and x.measure == "level"
                    and x.unit == items[0].unit
                    and not x.parent_id
                ),
                None,
            )
            if (
                total is None
                or not total.indicator
                or (total.scope and not WHOLE_PLACE.fullmatch(total.scope))  # 全州…: its own
                or unit_family(total.unit) in RELATIVE_FAMILIES
                or any(w in total.name for w in load_phrases().per_unit_words)  # 人均, 亩均
                or not self._lists_the_same_measure(first, total)
                or any(
                    c.unit != total.unit
                    or (c.year, c.months, c.kind) != (total.year, total.months, total.kind)
                    or _larger(c, total)
                    for c in items
                )
            ):
                continue
            for c in items:
                c.parent_id, c.parent = f"#{id(total)}", total.indicator

    def _lists_the_same_measure(self, first: int, total: Claim) -> bool:
        """Whether the words between 分别 and the first figure of its list, at ``first``, name
        no other measure than ``total``'s: none, a bare verb (分别完成), or its own words
        (not 分别到位招商引资资金 after 固定资产投资)."""
        s_start = self.layout.sentence(first)[0]
        at = self.text.rfind("分别", s_start, first)
        if at < 0:
            return False
        words = clean_name(self.text[at + 2 : first])
        for verb in load_phrases().list_verbs:
            words = words.removeprefix(verb)
        return not words or words in (total.name, total.indicator)

    def _own_levels_of_wholes(self) -> None:
        """``全市一般公共预算收入158.72亿元，其中市本级一般公共预算收入46.35亿元``: the figure of
        the place's own level of government is a part of the whole place's figure of its
        indicator printed before it in the paragraph (so that it is never larger)."""
        wholes: dict[tuple[str, object, object, str], Claim] = {}
        for c in self.claims:
            key = (c.indicator, c.year, c.months, c.kind)
            if not c.indicator or c.measure != "level" or not c.value:
                continue
            if not c.scope:
                wholes[key] = c
            elif c.scope.endswith(OWN_LEVEL) and not c.parent_id and key in wholes:
                whole = wholes[key]
                c.parent_id, c.parent = f"#{id(whole)}", whole.indicator

    def _no_parts_as_wholes_of_shares(self) -> None:
        """``累计完成…自然村48个，占全镇52个自然村的92.3%``: the whole a share names inside
        占…的 is no part of the figure before it."""
        for c in self.claims:
            if not c.parent_id or c.mention is None:
                continue
            if self._whole_of_share(c):
                c.parent_id, c.parent = "", ""

    def _parents_named_by_shares(self) -> None:
        """``其中一般公共预算收入11.38亿元；税收收入15.12亿元，占财政总收入的比重为81.1%``: a part
        whose own item states its share of another whole of the vocabulary is a part of that
        whole (the one printed before it in the paragraph, of its time), not of the one the
        vocabulary guessed."""
        for k, c in enumerate(self.claims):
            if not c.parent_id or c.mention is None:
                continue
            share = _SHARE_OF_AFTER.match(
                self.text, c.mention.end, self.layout.item_end(c.mention.end)
            )
            parent = self._by_ref(c.parent_id)
            if share is None or parent is None:
                continue
            words = share.group("whole")
            named = wordings_in(words)
            whole = named[-1].indicator if named else ""
            if not whole or whole in (parent.indicator, parent.name) or parent.name in words:
                continue
            if (
                whole == c.indicator and not parent.indicator
            ):  # 食品加工企业46家，其中规模以上企业14家，占全镇规上工业
                continue  # 企业的66.7%: those of the food firms, a share of all of their kind
            found = next(
                (
                    x
                    for x in reversed(self.claims[:k])
                    if x.indicator == whole
                    and (x.year, x.months, x.kind) == (c.year, c.months, c.kind)
                    and (x.scope == c.scope or not of_one_market(x.scope))  # (not 对“一带一路”
                    # 沿线国家出口: one market's, no whole of 三类产品合计出口…，占出口总额的…)
                ),
                None,
            )
            c.parent_id, c.parent = (f"#{id(found)}", whole) if found is not None else ("", "")

    def _base_of_rate(self, c: Claim) -> bool:
        """Whether the words after ``c`` in its clause name a rate (…户农户卫生厕所普及率达到
        92.6%): the figure is then what the rate is of."""
        assert c.mention is not None
        end = self.layout.clause_end(c.mention.end)
        words = self.text[c.mention.end : end]
        return any(w in words for w in load_phrases().rate_name_ends) and "%" in words

    def _spans_of_parts(self) -> None:
        """``五年累计一般公共预算支出128.65亿元…；其中累计民生支出96.48亿元``: a part of a total
        of several years, said to be cumulative (``cumulative_words``) and with no time words of its
        own, is of the same years (not 2021年至2025年分别为33个…46个: each of its year)."""
        words = load_phrases().cumulative_words
        for c in self.claims:
            if not c.parent_id or c.first_year is not None or c.mention is None:
                continue
            total = self._by_ref(c.parent_id)
            if total is None or total.first_year is None or c.year != total.year:
                continue
            clause = self.layout.clause_start(c.mention.start)
            if not any(w in self.text[clause : c.mention.start] for w in words):
                continue
            if not self._time_word_between(clause, c.mention.start):
                c.first_year = total.first_year

    def _narrow_parts(self) -> None:
        """``农林牧渔业总产值45.6亿元，其中农业产值12.1亿元，林业产值…``: a wording of an
        indicator listed after 其中 of a figure of that same indicator names its narrow sense
        (``as_part`` in the vocabulary: 种植业产值)."""
        vocab = vocabulary()
        if not any(c.indicator in vocab and vocab[c.indicator].as_part for c in self.claims):
            return
        first_at: dict[str, Claim] = {}  # the first figure of each indicator, this sentence
        sentence = -1
        for c in self.claims:
            if c.mention is None:
                continue
            start = self.layout.sentence(c.mention.start)[0]
            if start != sentence:  # …58.63亿元。其中，农业产值…: the sentence before goes on
                kept = first_at if self.text.startswith("其中", start) else {}
                sentence, first_at = start, kept
            entry = vocab.get(c.indicator)
            first = first_at.get(c.indicator)
            if entry is not None and entry.as_part and first is not None and first.mention:
                k = bisect.bisect_left(self._of_which_at, c.mention.start) - 1
                of_which = self._of_which_at[k] if k >= 0 else -1
                if (
                    of_which > first.mention.start
                    and of_which >= self.layout.item_start(c.mention.start)  # 其中…；…: not past ；
                    and c.name != first.name  # 农林牧渔业总产值 restated: the total itself
                ):
                    c.indicator = entry.as_part
                    continue
            first_at.setdefault(c.indicator, c)

    def _places_after_counted_total(self) -> None:
        """``12个村集体经济收入均超过10万元，合计232.3万元。…河铺村…，村集体经济收入21.8万元；…``:
        a total that counts the places it adds up (and says 合计), followed in its paragraph by
        exactly that many figures of its measure, each of a place of that kind named once, has
        them as its parts."""
        if "合计" not in self.text:
            return
        for k, total in enumerate(self.claims):
            m = total.mention
            if m is None or not total.value or total.parent_id or total.measure != "level":
                continue
            s_start = self.layout.sentence(m.start)[0]
            said = self.text[max(s_start, m.start - _COUNTED_BACK) : m.start]
            at = said.rfind("合计")
            counted = last_count_of_places(said[:at]) if at > 0 else None
            if counted is None:
                continue
            size, kinds = counted
            each = self.claims[k - 1] if k else None
            if (
                not (total.indicator or total.name)
                and each is not None
                and each.measure == "each"
                and each.unit == total.unit
                and each.mention is not None
                and each.mention.start >= s_start
            ):  # 12个村集体经济收入均超过10万元，合计232.3万元: the sum of that measure
                total.indicator, total.name = each.indicator, each.name
            if size < 2 or size > _COUNTED_AHEAD:
                continue
            own = f"#{id(total)}"
            after = [
                c
                for c in self.claims[k + 1 : k + 1 + _COUNTED_AHEAD]  # bounded: linear
                if c.mention is not None
                and c.value
                and c.measure == "level"
                and c.parent_id in ("", own)  # (其中，河铺村…: the first one's parent already)
                and c.unit == total.unit
                and (c.year, c.months, c.kind) == (total.year, total.months, total.kind)
                and (c.indicator or c.name) == (total.indicator or total.name)
            ]
            scopes = [c.scope for c in after]
            if len(after) != size or len(set(scopes)) != size:
                continue
            if not all(sc.endswith(kinds) and len(sc) > 2 for sc in scopes):
                continue
            for c in after:
                c.parent_id, c.parent = own, total.indicator or total.name

    def _parts_summed_after(self) -> None:
        """``A1.2万亩、B0.35万亩、C0.28万亩，合计1.93万亩``: a figure whose clause opens with
        合计 (or with the count of what it adds up: 四个县合计) is the sum of the figures of one
        measure listed with 、 right before it, past a clause of their growths (link ``sum``)."""
        words = load_phrases().sum_after
        if not any(w in self.text for w in (*words, *load_phrases().span_totals)):
            return
        for k, total in enumerate(self.claims):
            m = total.mention
            if m is None or not total.value or total.parent_id or k < 2:
                continue
            start = self.layout.clause_start(m.start)
            lead = _SUM_LEAD.match(self.text, start, m.start)  # 四个县合计535.50亿元
            over_years = _opens_with_span_total(self.text, start)
            if not _opens_with_sum(self.text, start) and lead is None and not over_years:
                continue
            said = self.text[start : m.start]
            if any(v in said for v in load_phrases().leverage_verbs):
                continue  # …，共撬动社会投资56.8亿元: what they brought about, no sum of them
            parts = self._listed_before(k, start)
            counted = _listed_count(lead.group(0)) if lead is not None else 0
            if len(parts) < 2 or (counted and counted != len(parts)):
                continue  # 三个园区合计 after two figures of the place: no sum of those
            if (
                over_years
                and (
                    total.name
                    or total.link  # (累计完成228.0亿元，是“十二五”时期…的1.6倍: linked to its base)
                    or not _years_of_span(parts, total)
                    or any(
                        c.parent_id == f"#{id(total)}"
                        for c in self.claims[k + 1 : k + 1 + _OWN_PARTS_AHEAD]
                    )
                )
            ):
                continue  # 累计 after figures that are not the years of its span, naming a
                # thing of its own (…分别为A、B和C；累计兑现补助奖励资金…), or with parts of its
                # own after it (累计1736户，其中2015年462户)
            if over_years:
                total.first_year = parts[0].year  # (五年分别…，累计43.58亿元: dated 2020 alone)
            if not _one_measure(parts):
                continue  # 规上工业总产值A、营业收入B，…合计: figures of different measures
            wholes = {c.parent_id for c in parts}
            whole = self._by_ref(wholes.pop()) if len(wholes) == 1 else None
            if (
                whole is not None
                and not total.name
                and (whole.value, whole.unit) == (total.value, total.unit)
            ):  # 重点项目86个，其中A、B、C，合计86个: the sum restates that total
                total.indicator, total.name = whole.indicator, whole.name
            elif (
                whole is not None
                and whole is not total
                and not total.parent_id
                and not _larger(total, whole)
            ):
                # 支出3862万元，其中A、B、C，三项合计2722万元，占70.5%: a part of that total
                total.parent_id, total.parent = f"#{id(whole)}", whole.indicator or whole.name
            if not total.name or lead is not None:
                total.name = next(
                    (w for w in words if self.text.startswith(w, start)),
                    lead.group(0) if lead is not None else "",
                )
            earlier = self._by_ref(total.linked_to) if total.link == "changed_from" else None
            if earlier is not None:  # 合计25.52亿元，比上年的22.68亿元增长: the sum of last year
                earlier.indicator, earlier.name = total.indicator, total.name
            for c in parts:
                c.parent_id, c.parent = f"#{id(total)}", total.indicator or total.name
            total.link, total.linked_to = "sum", f"#{id(parts[0])}"  # relations.SUM_LINK

    def _parts_of_breakdowns(self) -> None:
        """``八幢重点楼宇合计实现税收19.12亿元…。分楼宇看，苏河中心实现税收4.86亿元…；宝丰大厦
        3.27亿元，…``: the level figures of a breakdown that opens a sentence, in the unit of
        its first one, are parts of the first level in that unit of the sentence before (the
        total it breaks down), when none is larger than it. When the total is a 合计 of a
        count printed right before it of as many things as the breakdown lists, it is their
        sum (link ``sum``)."""
        for b in self._breakdowns:
            s_start, s_end = self.layout.sentence(b)
            if self.text[s_start:b].strip():
                continue  # 全年…，分行业看: a breakdown inside its sentence, read elsewhere
            items = [c for c in self.index.between(b, s_end) if c.value and c.mention]
            if len(items) < 2 or items[0].unit is None:
                continue
            total = self._first_level_before(s_start, items[0].unit)
            if total is None:
                continue
            total = self._count_before_outcome(total)
            total = self._named_by_parts(total, items, s_start) or total
            total = self._subject_of_first_part(total, items[0], s_start) or total
            parts = [
                c
                for c in items
                if c.unit == total.unit
                and c.measure == "level"
                and not c.parent_id
                and (not _averages(c) or _averages(total))  # (人均经营净收入 of 人均可支配收入)
                and (c.year, c.months, c.kind) == (total.year, total.months, total.kind)
            ]
            if len(parts) < 2 or any(_larger(c, total) for c in parts):
                continue
            if not _holds(total, parts):  # …2862栋。…完成1946栋出租屋隐患整改。从类型看，
                start = self.layout.sentence(s_start - 1)[0]  # 1826栋、1036栋: of the 2862
                earlier = self._first_level_before(start, total.unit)
                if earlier is not None and _holds(earlier, parts):
                    total = earlier
            for c in parts:
                c.parent_id, c.parent = f"#{id(total)}", total.indicator or total.name
            if self._counts_sum(total, len(parts)):
                total.link, total.linked_to = "sum", f"#{id(parts[0])}"  # relations.SUM_LINK

    def _subject_of_first_part(self, total: Claim, first: Claim, s_start: int) -> Claim | None:
        """The level of the sentence before a breakdown whose name opens as its first part's
        does, longer than ``total``'s does (城镇常住居民人均可支配收入…，农牧区常住居民人均可支配
        收入14268元。从收入构成看，农牧区常住居民人均经营净收入…: the herders'), or ``None``."""
        start = self.layout.sentence(max(0, s_start - 1))[0]
        shared = _shared_head(total.name, first.name)
        for x in itertools.islice(self.index.between(start, s_start), _SIBLINGS_BACK):
            if x is total or x.unit != total.unit or x.measure != "level" or not x.value:
                continue
            if x.parent_id or (x.year, x.months, x.kind) != (total.year, total.months, total.kind):
                continue
            if _shared_head(x.name, first.name) >= max(_HEAD_SHARED_MIN, shared + 1):
                return x
        return None

    def _named_by_parts(self, total: Claim, items: list[Claim], s_start: int) -> Claim | None:
        """A part of ``total`` printed in the sentence before a breakdown, whose measure the
        breakdown's first item names and ``total`` does not (财政总收入…，其中税收收入29.47亿元。
        分行业看，纺织业税收12.86亿元…: of the taxes), or ``None``."""
        if unit_family(total.unit) in RELATIVE_FAMILIES:
            return None
        start = self.layout.sentence(max(0, s_start - 1))[0]
        first = items[0].name
        for x in itertools.islice(self.index.between(start, s_start), _SIBLINGS_BACK):
            head = x.name[:2]
            if (
                x is not total
                and x.parent_id == f"#{id(total)}"
                and x.measure == "level"
                and x.unit == total.unit
                and len(x.name) >= 2
                and head in first
                and head not in total.name
            ):
                return x
        return None

    def _first_level_before(self, s_start: int, unit: str) -> Claim | None:
        """The first level figure in ``unit`` of the sentence before ``s_start``, if it may be
        a total: no bound (稳定在25亿斤以上), average, figure in brackets or whole of a share."""
        start = self.layout.sentence(max(0, s_start - 1))[0]
        opening = load_phrases().breakdown.search(self.text, start, min(s_start, start + 12))
        if opening is not None and not self.text[start : opening.start()].strip():
            return None  # 从诉求类型看，物业管理类1126件…。从社区分布看，…: of no one of those
        for c in self.index.between(start, s_start):
            if c.mention is None or c.unit != unit or c.measure != "level" or not c.value:
                continue
            if c.mention.start >= s_start:
                return None
            c = self._compared_to.get(id(c), c)
            if c.quals or self.layout.paren_of(c.mention.start) is not None:
                return None
            if self._levels_in(start, s_start, unit) > 1 and not self._holds_sum(c, s_start):
                return None  # 实际到位资金45亿元，协议总投资86亿元。分产业看，…: which one
            if _averages(c) and not c.indicator:  # 粮食平均亩产 (人均可支配收入 is broken
                return None  # down by its sources)
            if c.parent_id:
                return None  # 其中，亿元以上项目78个…。分产业看，…: a part, not what is broken down
            return None if self._whole_of_share(c) else c
        return None

    def _levels_in(self, start: int, end: int, unit: str) -> int:
        """How many level figures in ``unit`` stand between ``start`` and ``end`` (at most
        two are counted)."""
        found = (
            c
            for c in self.index.between(start, end)
            if c.unit == unit
            and c.measure == "level"
            and c.value
            and not c.parent_id
            and not _averages(c)  # 村均12.53万元
            and id(c) not in self._compared_to  # 比上年的18.76亿元: the same figure last year
        )
        return sum(1 for _ in itertools.islice(found, 2))

    def _holds_sum(self, total: Claim, s_start: int) -> bool:
        """Whether ``total`` is no smaller than the sum of the figures of its unit in the
        breakdown that opens at ``s_start`` (when the sentence before holds several totals,
        only one that holds the parts is taken)."""
        assert total.value is not None
        end = self.layout.sentence(s_start)[1]
        parts = [
            c
            for c in self.index.between(s_start, end)
            if c.unit == total.unit
            and c.value
            and c.measure == "level"
            and not _averages(c)
            and (c.year, c.months, c.kind) == (total.year, total.months, total.kind)
        ]
        try:
            values = [parse_decimal(c.value) for c in parts if c.value]
            return sum(values) <= parse_decimal(total.value)
        except ArithmeticError:  # a range (8—10): no one sum
            return False

    def _counts_sum(self, total: Claim, size: int) -> bool:
        """Whether ``total`` is printed as the 合计 of a count of ``size`` things printed right
        before it in its clause (八幢重点楼宇合计实现税收19.12亿元)."""
        assert total.mention is not None
        start = self.layout.clause_start(total.mention.start)
        words = self.text[start : total.mention.start]
        if not any(w in words for w in sum_words()):
            return False
        count = next(
            (
                c
                for c in self.index.between(start, total.mention.start)
                if c.mention is not None and c is not total
            ),
            None,
        )
        return count is not None and count.value == str(size) and not count.months

    def _before_in_sentence(self, pos: int, limit: int = _FLOWS_MAX) -> Iterator[Claim]:
        """The claims printed before ``pos`` in its sentence, nearest first, ``limit`` at most
        (bounded: linear on any text); none past a claim with no mention."""
        start = self.layout.sentence(pos)[0]
        for x in itertools.islice(self.index.before(pos), limit):
            if x.mention is None or x.mention.start < start:
                return
            yield x

    def _by_ref(self, ref: str) -> Claim | None:
        """The claim of this paragraph a ``#id`` reference names, if any."""
        return self._claims_by_ref.get(ref) if ref else None

    @cached_property
    def _claims_by_ref(self) -> dict[str, Claim]:
        return {f"#{id(c)}": c for c in self.claims}

    def _listed_before(self, k: int, clause_start: int) -> list[Claim]:
        """The figures listed with 、 / 和 that end the clause before ``clause_start``, when each
        is a level of the unit family of ``claims[k]`` (parts of a total before, 其中A、B、C，
        合计86个, become the parts of the sum)."""
        family = unit_family(self.claims[k].unit)
        parts: list[Claim] = []
        end = clause_start - 1  # the mark that ends the list's clause
        while k > 0 and (cm := self.claims[k - 1].mention) is not None and cm.start >= end:
            k -= 1  # 四个县合计: past the count of the list, in the clause of the sum
        grown = False  # …分别为A、B、C，分别增长a%、b%、c%，合计…: levels and their growths
        for i in range(k - 1, -1, -1):  # no slice: a paragraph may hold many sums
            c = self.claims[i]
            cm = c.mention
            if cm is None or cm.end > end or c.measure not in ("level", "new"):
                break
            gap = self.text[cm.end : end]
            if not parts and gap:
                grown = _GROWTHS_LISTED.fullmatch(gap) is not None
                if not grown or not c.growth_pct:
                    break
            # (…分别为A、B、C，合计…；分别增长a%、b%、c%: growths printed after the sum)
            if unit_family(c.unit) != family or (c.growth_pct and not grown and c.end <= end):
                break
            if parts and not (gap.startswith(_LIST_JOINERS) and _one_item(gap)):
                break
            parts.append(c)
            end = cm.claim_start
        parts.reverse()
        return parts

    def _parents_from_vocabulary(self) -> None:
        """A part and its whole (by the vocabulary) in the same paragraph, same period and
        kind: the nearest whole before the part."""
        vocab = vocabulary()
        # Claim indices by indicator, kind and time (a whole-year part is no part of 1—11月).
        same_time: dict[tuple[str, str, int | None, tuple[int, int] | None], list[int]] = {}
        for i, c in enumerate(self.claims):
            if c.measure not in ("change", "new"):  # 比上年增加1.35亿元, 新培育入规工业企业9家:
                # no whole of 镇级税收, nor of the stock of 规模以上工业企业
                same_time.setdefault((c.indicator, c.kind, c.year, _part(c)), []).append(i)
        for c in self.claims:
            entry = vocab.get(c.indicator)
            if entry is None or (not c.value and not c.growth_pct):
                continue
            if of_one_market(c.scope) and self._after_of_which_in_item(c):
                continue  # 对日韩出口96.82亿元，…，其中对日本出口…: parts of that market's
            # The whole of the same months, else of the whole year (1—11月 of a part within
            # the year's total); never a whole of fewer months than the part.
            times = (_part(c), None) if _part(c) is not None else (None,)
            found = []
            for w in wholes_of(c.indicator):
                keys = [(w, c.kind, c.year, t) for t in times]
                candidates = next((same_time[k] for k in keys if k in same_time), [])
                found.append(self._whole_before(c, candidates, entry.part_of))
            whole_index = max((k for k in found if k is not None), default=None)
            if whole_index is not None and self._of_which_total_after(c, self.claims[whole_index]):
                continue  # …42.36亿元。口岸完成进出口贸易额312.48亿元。其中，出口…: of the port's
            if whole_index is not None:
                t = self.claims[whole_index]
                c.parent_id = f"#{id(t)}"
                c.parent = t.indicator
                if not c.scope and is_part_of_place(t.scope):  # 克孜勒口岸完成进出口贸易额…，
                    c.scope = t.scope  # 其中出口…；进口…: the port's, as its total

    def _listed_whole(self, c: Claim, at: int) -> Claim | None:
        """The figure of a 分别 list right before the 其中 at ``at`` whose subject ends the
        name of ``c`` (孵化器和众创空间分别达到18家和24家，其中国家级孵化器6家: of the 18
        孵化器), in the unit of ``c``; ``None`` when there is none, or ``c`` is in no clause
        of that 其中."""
        assert c.mention is not None
        if not self.respective or at < self.layout.item_start(c.mention.start):
            return None
        before = self.index.last_level_outside(self.layout.paren_of(at), unit_family(c.unit), at)
        first = self.respective.get(id(before.mention)) if before and before.mention else None
        if first is None or first.start < 0 or first.size < 2:
            return None
        found = [
            x
            for x in self.index.between(first.first - 1, at)
            if x.mention is not None
            and (r := self.respective.get(id(x.mention))) is not None
            and r.first == first.first
            and len(r.name) >= 2
            and c.name.endswith(r.name)
            and c.name != r.name
            and x.unit == c.unit
        ]
        return found[0] if len(found) == 1 else None

    def _after_of_which_in_item(self, c: Claim) -> bool:
        """Whether a 其中 stands before ``c`` in its item."""
        if c.mention is None:
            return False
        k = bisect.bisect_left(self._of_which_at, c.mention.start) - 1
        return k >= 0 and self._of_which_at[k] >= self.layout.item_start(c.mention.start)

    def _whole_of_its_head_before(self, c: Claim, total: Claim) -> Claim | None:
        """A level printed before ``total`` in its sentence, no smaller than ``c``, named as
        ``c`` is or whose indicator holds the last two characters of ``c``'s name (工业税收 of
        全口径税收收入, the indicator 税收收入), when ``c`` is larger than ``total``; else
        ``None``."""
        if total.mention is None or len(c.name) < 2:
            return None
        head = c.name[-2:]
        # 解决就业困难人员就业420人。其中，…残疾人就业464人: more than its whole, an error
        by_head = len(c.name) >= 3 and head not in total.name + total.indicator
        for x in self._before_in_sentence(total.mention.start):
            if (
                x.value
                and x.measure == "level"
                and unit_family(x.unit) == unit_family(c.unit)
                and not _larger(c, x)
                and ((by_head and head in x.indicator) or x.name == c.name)  # 总投资…，总投资…
                and x.value != c.value  # not the same figure restated
                and id(x) not in self._compared_to  # 比上年的10.29亿元: last year's
                and (x.year, x.months, x.kind) == (c.year, c.months, c.kind)
            ):
                return x
        return None

    def _other_figure_between(self, total: Claim, at: int) -> bool:
        """Whether a figure of another kind of unit than ``total``'s stands between it and the
        其中 at ``at`` (…其中5000万元以上项目57个，完成投资52.6亿元，其中…)."""
        if total.mention is None:
            return False
        family = unit_family(total.unit)
        return any(unit_family(x.unit) != family for x in self.index.between(total.mention.end, at))

    def _level_before_own(self, own: Claim) -> Claim | None:
        """The level in the unit of ``own``, a figure of the place's own level of government
        (市本级), printed right before it in its sentence and of no own level; else ``None``."""
        if own.mention is None:
            return None
        for x in self._before_in_sentence(own.mention.start):
            if x.value and x.measure == "level" and x.unit == own.unit and not x.parent_id:
                if x.name.endswith(OWN_LEVEL) or x.scope.endswith(OWN_LEVEL):
                    return None
                return x  # past 其中税收收入68.2亿元: a part of the figure before
        return None

    def _earlier_level_of(self, total: Claim, c: Claim) -> Claim | None:
        """The level ``total`` is compared with (比上年的158.37亿元, 与2019年的142.63亿元相比)
        that is of the time of ``c``, printed after ``total`` and before ``c``, if any."""
        if total.mention is None or c.mention is None:
            return None
        for x in itertools.islice(self.index.before(c.mention.start), _HEAD_BACK):
            if x.mention is None or x.mention.start <= total.mention.start:
                return None
            if self._compared_to.get(id(x)) is total and (x.year, x.months, x.kind) == (
                c.year,
                c.months,
                c.kind,
            ):
                return x
        return None

    def _total_of_its_head(self, c: Claim, total: Claim, at: int) -> Claim | None:
        """For a 其中 that opens its sentence: the level of the sentence before whose name
        opens as the name of ``c`` does (…规模以上工业企业…158家…；高新技术企业…26家…。其中，
        规上白酒食品企业64家: of the 158), when ``total`` does not and it is the only one."""
        if not load_phrases().of_which.match(self.text, self.layout.sentence(at)[0]):
            return None
        head = _head(c.name)
        if len(head) < 2 or _head(total.name).startswith(head) or c.mention is None:
            return None
        start = self.layout.sentence(max(0, self.layout.sentence(at)[0] - 1))[0]
        found = [
            x
            for x in itertools.islice(self.index.before(at), _HEAD_BACK)
            if x.mention is not None
            and x.mention.start >= start
            and x.unit == c.unit
            and x.measure == "level"
            and x.value
            and id(x) not in self._compared_to
            and (x.year, x.months, x.kind) == (c.year, c.months, c.kind)
            and _head(x.indicator or x.name).startswith(head)
        ]
        return found[0] if len({x.value for x in found}) == 1 else None

    def _total_of_its_measure(self, c: Claim, total: Claim, at: int) -> Claim:
        """A level whose name ends as the name of ``c`` does, when ``total``'s does not: the one
        listed with 、 right before ``total`` (营业收入186.4亿元、利税38.5亿元，其中凤鸣酒业集团实现
        营业收入142.7亿元: of the 186.4), or, for a 其中 at ``at`` that opens its sentence, the
        nearest of the sentence before (…营业收入…增加到186.4亿元，…，实现利税38.5亿元。其中，…);
        else ``total``."""
        if c.mention is None or total.mention is None or common_tail(c.name, total.name) > 1:
            return total
        opening = load_phrases().of_which.match(self.text, self.layout.sentence(at)[0])
        start = self.layout.sentence(total.mention.start)[0]
        for k, x in enumerate(self.index.before(total.mention.start)):
            if x.mention is None or x.mention.start < start or k >= _HEAD_BACK:
                return total
            listed = self.text.startswith("、", x.mention.end)  # 营业收入186.4亿元、利税38.5亿元
            if not (opening or (k == 0 and listed)):
                return total
            if (
                x.unit == c.unit
                and x.measure == "level"
                and x.value
                and x.name != c.name
                and (x.year, x.months, x.kind) == (c.year, c.months, c.kind)
                and common_tail(c.name, x.name) >= _MEASURE_CHARS
            ):
                return x
        return total

    def _whole_of_listed_part(self, total: Claim, c: Claim) -> Claim:
        """For a 其中 that opens its sentence: when ``total`` is itself a part listed under
        the 其中 of the sentence before, and ``c`` is larger than it, the whole it is a part
        of (…186个，其中社会民生项目24个。其中省级重点项目52个: of the 186); else ``total``."""
        whole = self._by_ref(total.parent_id) if total.parent_id else None
        return whole if whole is not None and _larger(c, total) else total

    def _count_before_outcome(self, total: Claim) -> Claim:
        """For the parts listed in a sentence of their own (其中…, 从诉求类别看，…): when
        ``total`` counts what came of the things counted before it (受理工单18624件，已办结17586件。
        其中物业管理类…: ``outcome_words`` in its clause), the larger count printed before it in
        the paragraph, a few figures back at most, is the total; else ``total``."""
        words = load_phrases().outcome_words
        if not words or total.mention is None:
            return total
        clause = self.text[self.layout.clause_start(total.mention.start) : total.mention.start]
        if not any(w in clause for w in words):  # 全年已解决诉求17586件
            return total
        for x in itertools.islice(self.index.before(total.mention.start), _HEAD_BACK):
            if x.mention is None:
                continue
            if (
                x.unit == total.unit
                and x.measure == "level"
                and x.value
                and (x.year, x.months, x.kind) == (total.year, total.months, total.kind)
                and not any(w in x.name for w in words)
                and not _larger(total, x)
            ):
                return x
        return total

    def _parts_after(self, c: Claim, positions: list[int]) -> bool:
        """Whether a 其中 follows ``c`` in its own item: it is a total with parts of its own."""
        assert c.mention is not None
        k = bisect.bisect_left(positions, c.mention.end)
        return k < len(positions) and positions[k] < self.layout.item_end(c.mention.start)

    def _next_sibling_part(self, c: Claim, total: Claim) -> bool:
        """``其中，电子信息产业链实现营业收入128.6亿元，…；现代家具产业链72.4亿元，…``: after a
        semicolon, an item named as a thing of the kind of the part before it (产业链), with no
        measure of its own, or a sibling of a part before it in the vocabulary (出口…；进口…),
        is the next part of the same total."""
        assert c.mention is not None
        ref = f"#{id(total)}"
        parts = [
            x
            for x in itertools.islice(self.index.before(c.mention.start), _SIBLINGS_BACK)
            if x.parent_id == ref and x.name
        ]
        if not parts or unit_family(parts[0].unit) != unit_family(c.unit):
            return False
        if c.indicator and any(  # 其中，出口236.15亿元，增长16.2%；进口76.33亿元: the other
            x.indicator and set(wholes_of(x.indicator)) & set(wholes_of(c.indicator))  # part
            for x in parts  # of one whole in the vocabulary
        ):
            return True
        if any(  # a part before names its measure after the head (电子信息产业链实现营业
            c.name.endswith(head) and head in x.name and not x.name.endswith(head)  # 收入)
            for head in load_phrases().sibling_heads
            for x in parts
        ):
            return True
        return self._bare_item_alike(c, parts[0], total)

    def _bare_item_alike(self, c: Claim, part: Claim, total: Claim) -> bool:
        """Whether ``c`` is a bare item (its name, then its figure) right after the part
        before it and a semicolon (or a 、 in that part's item), of a kind that excludes the
        part's (``disjoint`` in ``checking.toml``: 其中，水稻种植128.4万亩；大豆种植96.3万亩),
        when the total is of none of those kinds (not 幼儿园42所，其中公办幼儿园30所；小学28所:
        a sibling)."""
        assert c.mention is not None
        if part.mention is None or not (part.unit == c.unit or _heads_alike(part.unit, c.unit)):
            return False
        between = self.text[part.mention.end : c.mention.start]
        split = _SEMICOLON.split(between, maxsplit=1)
        rest, item = split if len(split) == 2 else ("", "")
        if between.startswith("、"):  # …；马3.18万匹、骆驼0.74万峰: listed right after it
            rest, item = "", between[1:]
        if item != c.name or not _rest_of_item(rest):
            return False  # (其中，产业项目96个，完成投资158.3亿元；基础设施项目47个: the part's
            # item may go on with figures of its own)
        if _averages(c) or c.name.startswith("每"):  # 每万人发明专利拥有量: a density
            return False
        group = load_check_vocabulary().exclusive_group(part.name, c.name)
        return group is not None and not kind_in_group(total.name or total.indicator, group)

    def _unlike_parts_before(self, c: Claim, total: Claim) -> bool:
        """Whether ``c`` (after a semicolon) is unlike the parts given to ``total`` before it,
        so that it is no next one: they are new ones and it a stock larger than the total
        (426家，其中新认定95家、…；入库科技型中小企业612家), it is the end of a change larger
        than the total and they are not (…，其中超50亿元企业两家；超亿元企业由86家增加到103家),
        or they are named by a bare
        qualifier (省级, 市级) and it by the total's head with words of its own (示范村6个，其中
        省级2个、市级4个；创建美丽乡村示范村12个)."""
        assert c.mention is not None
        ref = f"#{id(total)}"
        parts = [
            x
            for x in itertools.islice(self.index.before(c.mention.start), _SIBLINGS_BACK)
            if x.parent_id == ref
        ]
        if not parts or (c.indicator and total.indicator in wholes_of(c.indicator)):
            return False  # 大口径财政收入…，其中上划税收…；一般公共预算收入…: a part by name
        if all(x.measure == "new" for x in parts) and c.measure == "level" and _larger(c, total):
            return True  # 426家，其中新认定95家…；入库科技型中小企业612家: a stock of its own
        changed = c.mention is not None and c.mention.to_level
        if (
            changed
            and _larger(c, total)
            and not any(x.mention is not None and x.mention.to_level for x in parts)
        ):  # 超10亿元企业十一家，其中超50亿元企业两家；超亿元企业由86家增加到103家: its own
            return True
        if self._parallel_to(c, total, parts):  # 石化产业完成产值…，其中炼油产值…；装备制造业
            return True  # 完成产值892.6亿元: a sibling of the total, doing what it does
        head = total.name[-2:]
        return (
            len(head) == 2
            and not c.name.endswith(total.name)  # 国家级2家、省级5家；市级农业龙头企业25家
            and c.name.endswith(head)
            and len(c.name) > len(head) + 2
            and all(len(x.name) <= _BARE_PART_MAX and not x.name.endswith(head) for x in parts)
        )

    def _parallel_to(self, c: Claim, total: Claim, parts: list[Claim]) -> bool:
        """Whether ``c`` and ``total`` are named by their own subjects before one verb of
        doing and measure (石化产业完成产值, 装备制造业完成产值), which the parts given to the
        total before ``c`` are not named by (炼油产值), and the total's subject is no whole of
        industries (not 规上工业完成产值…，其中…；纺织服装产业完成产值: its industries)."""
        ph = load_phrases()
        sums = tuple(w for w in ph.sum_after if len(w) > 1)  # (not 共 of 公共)
        for verb in ph.doing_verbs:
            at = total.name.find(verb, 2)
            if at < 0:
                continue
            tail, head = total.name[at:], total.name[:at]
            if any(w in head for w in sums) or ph.group_of_kinds.search(head):
                return False  # 四大产业链合计完成产值…。其中，…；机械装备产业链完成产值: its parts
            if head.startswith("全") or any(w in head for w in ph.industry_wholes):
                return False  # 规上工业完成产值…，其中…；纺织服装产业完成产值: its industries
            if len(tail) > len(verb) and c.name.endswith(tail) and len(c.name) >= len(tail) + 2:
                return c.name != total.name and not any(x.name.endswith(tail) for x in parts)
        return False

    def _parts_listed_before(self, c: Claim) -> bool:
        """Whether the figure right before ``c`` in its sentence was given a total (其中A、B，
        两类合计…: the parts the sum adds up)."""
        assert c.mention is not None
        clause = self.layout.clause_start(c.mention.start)
        before = next(  # (past the count of the lead: 三项合计; the last few: linear)
            (
                x
                for x in itertools.islice(self.index.before(c.mention.start), _SIBLINGS_BACK)
                if x.mention and x.mention.start < clause
            ),
            None,
        )
        return (
            before is not None
            and before.mention is not None
            and bool(before.parent_id)
            and self.layout.sentence_index(before.mention.start)
            == self.layout.sentence_index(c.mention.start)
        )

    def _other_figure_since(self, at: int, c: Claim) -> bool:
        """Whether a level of another unit family than ``c``'s (not a growth or a share) is
        printed between ``at`` and ``c``."""
        assert c.mention is not None
        family = unit_family(c.unit)
        return any(
            x.mention is not None
            and x.value
            and unit_family(x.unit) not in (family, *RELATIVE_FAMILIES)
            for x in itertools.islice(self.index.between(at, c.mention.start), _SIBLINGS_BACK)
        )

    def _parts_complete(self, c: Claim, total: Claim) -> bool:
        """Whether the parts given to ``total`` before ``c`` add up to it exactly and ``c``
        stands after a comma (not in their list): a figure larger than the total is then no
        further part (关停企业46家，其中喷涂企业28家、电镀作坊18家，完成…改造企业132家)."""
        assert c.mention is not None
        ref = f"#{id(total)}"
        parts = [
            x
            for x in itertools.islice(self.index.before(c.mention.start), _SIBLINGS_BACK)
            if x.parent_id == ref
        ]
        if len(parts) < 2 or parts[0].mention is None:
            return False
        if self.text[parts[0].mention.end : parts[0].mention.end + 1] not in ("，", ","):
            return False  # 其中A 28家、B 18家、C 5家: still the list
        total_value = _exact(total.value, total.unit, total.unit)
        values = [_exact(x.value, self._noted_as(x.unit, total), total.unit) for x in parts]
        return total_value is not None and None not in values and sum(values) == total_value

    def _campaign_of_its_own(self, c: Claim, total: Claim) -> bool:
        """Whether ``c``, after a comma or semicolon past a part given to ``total``, is named by
        a verb of a campaign (整治, 统筹: ``campaign_verbs``) that ``total``'s name does not open
        with: the things a work dealt with, not one more part (印染企业由38家减少到24家，其中规上
        印染企业18家，整治“散乱污”企业216家; …，其中中央资金2.93亿元；统筹整合涉农资金6.38亿元)."""
        assert c.mention is not None
        verbs = load_phrases().campaign_verbs
        if not c.name.startswith(verbs) or total.name.startswith(verbs):
            return False
        ref = f"#{id(total)}"
        before = next(
            (
                x
                for x in itertools.islice(self.index.before(c.mention.start), _SIBLINGS_BACK)
                if x.parent_id == ref and x.mention is not None
            ),
            None,
        )
        if before is None or before.mention is None:
            return False
        return self.text[before.mention.end : before.mention.end + 1] in ("，", ",", "；", ";")

    def _noted_as(self, unit: str, total: Claim) -> str:
        """The unit of a part in the terms of its total: the total's own when the measure word
        is noted in brackets after the total (存栏60.9万头（只），其中羊48.3万只: 万头)."""
        found, own = load_units().get(unit), load_units().get(total.unit)
        if found is None or own is None or found.factor != own.factor:
            return unit
        return total.unit if self._unit_noted(total, unit) else unit

    def _item_of_its_own(self, c: Claim) -> bool:
        """Whether the item of ``c`` (after a semicolon) opens with a figure of an indicator that
        is no part of a total: the item is then about other things, and ``c`` with it."""
        assert c.mention is not None
        start = max(
            self.layout.sentence(c.mention.start)[0], self.layout.item_start(c.mention.start)
        )
        return any(
            x.indicator
            and not x.parent_id
            and x.mention is not None
            and c.linked_to != f"#{id(x)}"  # 高新技术企业由18家增加到146家: its own change
            for x in self.index.between(start - 1, c.mention.start)
        )

    def _kinds_of_part(self, c: Claim, total: Claim) -> Claim:
        """``其中，水稻播种面积98.6万亩，早稻、一季稻、晚稻分别为28.4万亩、…``: the items of a 分别
        list right after a part, in its item, named as kinds of it (稻 of 水稻), are its
        parts."""
        listed = self.respective.get(id(c.mention)) if self.respective else None
        if listed is None or listed.start < 0 or c.mention is None or not c.name:
            return total
        part = next(iter(self.index.before(listed.first)), None)
        if (
            part is None
            or part.mention is None
            or part.parent_id != f"#{id(total)}"
            or _not_one_clause_on(self.text[part.mention.end : listed.first])
            or c.name[-1] not in (part.name or part.indicator)
        ):
            return total
        return part

    def _component_listed(self, c: Claim, total: Claim) -> Claim:
        """``财政总收入…，其中一般公共预算收入12.50亿元，税收收入9.60亿元，非税收入2.90亿元``:
        after a component of the total (``components``), its other parts (``other_parts``)
        are of that component."""
        entry = vocabulary().get(total.indicator)
        if entry is None or c.indicator not in entry.other_parts or c.mention is None:
            return total
        s_start = self.layout.sentence(c.mention.start)[0]
        for x in itertools.islice(self.index.before(c.mention.start), _FLOWS_MAX):
            if x.mention is None or x.mention.start < s_start:
                break
            if x.parent_id == f"#{id(total)}" and x.indicator in entry.components:
                return x
        return total

    def _parents_named_whole(self) -> None:
        """``一般公共预算收入中，税收收入15.48亿元``, ``税收收入中：增值税6860万元、…``,
        ``地方一般公共预算收入中税收收入86.95亿元``: a clause that opens with the name of a
        figure printed before it and 中 lists parts of that figure, up to the end of its
        item."""
        if "中" not in self.text:
            return
        for cue in _ZHONG.finditer(self.text):  # 中 and a mark: then the words of the clause
            opening = max(
                self.text.rfind(x, max(0, cue.start() - 17), cue.start()) for x in "。；;，,"
            )
            words = self.text[opening + 1 : cue.start()]
            if (opening < 0 and cue.start() > 16) or not _WHOLE_WORDS.fullmatch(words):
                continue
            total = next(
                (
                    c
                    for c in itertools.islice(self.index.before(opening + 1), _FLOWS_MAX)
                    if c.value
                    and c.measure == "level"
                    and not c.scope  # 龙井村集体经济收入53.8万元。…集体经济收入中…: not its
                    and words in (c.name, c.indicator, *_wordings(c.indicator))
                ),
                None,
            )
            if total is None or unit_family(total.unit) in RELATIVE_FAMILIES:
                continue
            total = self._compared_to.get(id(total), total)  # 比上年的102.46亿元: of 112.68
            family = unit_family(total.unit)
            end = self.layout.item_end(cue.end())
            k = bisect.bisect_right(self._of_which_at, cue.end())
            if k < len(self._of_which_at):
                end = min(end, self._of_which_at[k])  # …，其中增值税…: the parts of a part
            parts = self.index.between(cue.end(), end)[:_NAMED_PARTS_MAX]
            for c in parts:
                if c.parent_id or not c.value or c.measure != "level":
                    continue
                if unit_family(c.unit) != family:
                    continue
                if (c.year, c.months, c.kind) != (total.year, total.months, total.kind):
                    continue
                if not self._may_be_whole(c.indicator, total) or _alike_total(c, total):
                    break  # …，一般公共预算支出35.60亿元: a total of its own, past the parts
                c.parent_id, c.parent = f"#{id(total)}", total.indicator or total.name

    def _whole_before(self, part: Claim, candidates: list[int], whole: str | None) -> int | None:
        """The nearest claim among ``candidates`` (indices of claims of one indicator, of the
        period and kind of ``part``) before ``part`` that can be its whole: a composite (a:b:c)
        only after 其中 or when the vocabulary names it as the whole."""
        if not candidates:
            return None
        assert part.mention is not None
        end = part.mention.start
        indicator = self.claims[candidates[0]].indicator
        if indicator in composite_indicators() and whole != indicator:
            # Only a composite printed before the last 其中 that ends before the part.
            k = bisect.bisect_right(self._of_which_at, end - len("其中")) - 1
            if k < 0:
                return None
            end = self._of_which_at[k] + 1
        k = bisect.bisect_left(candidates, end, key=self.index.starts.__getitem__)
        for j in range(k - 1, max(-1, k - 1 - _HOLDERS_BACK), -1):
            total = self.claims[candidates[j]]
            if _may_hold(total, part) or self._of_which_between(total, part):
                return candidates[j]  # not a park's for the place's, unless 其中 makes it so
        return None

    def _opens_with_whole_place(self, c: Claim) -> bool:
        """Whether the clause of ``c`` names the whole place before its name (全镇农作物…)."""
        assert c.mention is not None
        start = self.layout.clause_start(c.mention.start)
        end = c.name_start if c.name_start >= start else c.mention.start
        return _WHOLE_OF_PLACE.search(self.text, start, end) is not None

    def _of_which_total_after(self, c: Claim, whole: Claim) -> bool:
        """Whether the 其中 that ``c`` follows in its sentence has a total of its own printed
        after ``whole``, named outside the vocabulary by a part of the place (克孜勒口岸完成
        进出口贸易额312.48亿元。其中，出口…): ``c`` is a part of that total, not of ``whole``."""
        if c.mention is None or whole.mention is None:
            return False
        k = bisect.bisect_left(self._of_which_at, c.mention.start) - 1
        if k < 0 or self._of_which_at[k] < self.layout.sentence(c.mention.start)[0]:
            return False
        total = self._total_before(self._of_which_at[k], unit_family(c.unit))
        return (
            total is not None
            and total is not whole
            and not total.indicator
            and is_part_of_place(total.name)  # named by a part of the place (克孜勒口岸…)
            and total.mention is not None
            and total.mention.start > whole.mention.start
        )

    def _of_which_between(self, total: Claim, part: Claim) -> bool:
        """Whether a 其中 stands between ``total`` and ``part`` in their sentence, with no
        place named for ``part`` (口岸完成进出口贸易额312.48亿元，其中出口…；进口…)."""
        if part.scope or total.mention is None or part.mention is None:
            return False
        start, end = total.mention.end, part.mention.start
        if self.layout.sentence_index(start) != self.layout.sentence_index(end):
            return False
        k = bisect.bisect_left(self._of_which_at, start)
        return k < len(self._of_which_at) and self._of_which_at[k] < end

    def _parents_after_of_which(self) -> None:
        """其中: the figures after it in its sentence are parts of the figure of the same kind
        before it. A figure takes the first 其中 before it that gives it a whole."""
        of_which = _OfWhichTotals(self._of_which_at, self._total_before, self._may_be_whole)
        positions = of_which.positions
        k = 0
        while k < len(positions):  # each sentence with a 其中, from its first 其中
            _, s_end = self.layout.sentence(positions[k])
            dated: Claim | None = None  # the total whose time its parts took
            for c in self.index.between(positions[k], s_end):
                before = (c.year, c.months)
                self._whole_after_of_which(c, of_which, k)
                if (c.year, c.months) != before and c.parent_id:
                    dated = self._by_ref(c.parent_id)
                elif (
                    dated is not None
                    and c.mention is not None
                    and (c.year, c.months)
                    == (
                        dated.year,
                        None,
                    )
                ):  # …其中税收收入23.18亿元，税收收入占一般公共预算收入的81.4%: the same months
                    start = self.layout.sentence(c.mention.start)[0]
                    if not self._time_word_between(start, c.mention.start):
                        c.months = dated.months
            k = bisect.bisect_left(positions, s_end)

    def _complement_after(self, c: Claim) -> bool:
        """Whether the figure after ``c`` in its sentence names its complement (税收收入 and
        then 非税收入: ``complements`` in ``checking.toml``): the two split one whole."""
        k = self._claim_positions.get(id(c), -1) + 1
        nxt = self.claims[k] if 0 < k < len(self.claims) else None
        if nxt is None or nxt.mention is None or c.mention is None:
            return False
        here = self.layout.sentence_index(c.mention.start)
        if self.layout.sentence_index(nxt.mention.start) != here:
            return False
        a, b = c.indicator or c.name, nxt.indicator or nxt.name
        for group in load_check_vocabulary().complements:
            first, second = kind_in_group(a, group), kind_in_group(b, group)
            if first and second and first != second:
                return True
        return False

    @cached_property
    def _claim_positions(self) -> dict[int, int]:
        """The place of each claim in the paragraph's list, by its ``id``."""
        return {id(c): k for k, c in enumerate(self.claims)}

    def _among(self, c: Claim) -> bool:
        """Whether the item of ``c`` opens with what it is among (127家规上工业企业中，有…)."""
        assert c.mention is not None
        start = max(self.layout.item_start(c.mention.start), c.mention.start - _AMONG_BACK)
        words = self.text[start : c.mention.start]  # (bounded: linear on an endless item)
        return "中，" in words or "中," in words

    def _level_of_its_own_clause(self, c: Claim, at: int) -> bool:
        """Whether ``c`` is reached in a clause of its own after that of the 其中 at ``at``,
        whose part reaches none (…，其中4A级景区3家，全市A级旅游景区由上年的21家增加到25家):
        a level named anew."""
        assert c.mention is not None
        clause = self.layout.clause_start(c.mention.start)
        of_which_end = self.layout.clause_end(at)
        if clause <= of_which_end or _OWN_LEVEL_VERB.search(self.text, at, of_which_end):
            return False  # (其中规上工业企业由41家增加到52家；高新技术企业由18家…: parts alike)
        return _OWN_LEVEL_VERB.search(self.text, clause, c.mention.start) is not None

    def _change_right_before(self, total: Claim, at: int) -> bool:
        """Whether the figure printed right before the 其中 at ``at`` is a change of ``total``
        printed after it (…减少到442人，累计减少11926人，其中…): what follows is of the change."""
        last = next(iter(self.index.before(at)), None)
        return (
            last is not None
            and last is not total
            and last.measure == "change"
            and unit_family(last.unit) == unit_family(total.unit)  # (not 跑赢…0.3个百分点)
            and last.mention is not None
            and total.mention is not None
            and last.mention.start > total.mention.start
        )

    def _whole_after_of_which(self, c: Claim, of_which: _OfWhichTotals, first: int) -> None:
        """Give ``c`` the total of the first 其中 before it in its sentence (from number
        ``first`` on) that has a total it can be a part of."""
        if c.parent_id or c.mention is None or not c.value:
            return
        if c.measure in ("change", "each") or self.text.startswith("的", c.mention.end):
            return  # a change, a bound of each member, or a threshold (超过50万元的村)
        before = self.text[max(0, c.mention.start - 4) : c.mention.start]
        if before.endswith(load_phrases().beneficiary_words):
            return  # 其中…，缓解了九个社区夜间停车压力: those the parts reached, no part
        floor = max(0, c.mention.start - _LEVERAGE_BACK)  # bounded: linear on any text
        mark = max(self.text.rfind(m, floor, c.mention.start) for m in "，,；;。")
        if mark >= 0 and self.text.startswith(load_phrases().leverage_verbs, mark + 1):
            return  # 其中…，带动上下游配套企业超过1200家: what they brought about, no part
        clause = self.layout.clause_start(c.start)
        if _opens_with_sum(self.text, clause) or (
            _SUM_LEAD.match(self.text, clause, c.mention.start) and self._parts_listed_before(c)
        ):
            return  # 其中A、B、C，合计86个 (两类合计53个): the sum of the parts, not one of them
        family = unit_family(c.unit)
        if family in RELATIVE_FAMILIES:
            return
        if not c.indicator and load_phrases().average_name.search(c.name):
            return  # 粮食平均亩产578.8公斤，其中玉米亩产712公斤: an average of a part, no part
            # (the vocabulary's own, 其中农村居民人均可支配收入, keep their total)
        last = bisect.bisect_left(of_which.positions, c.mention.start)
        if last and self._after_of_which_in_item(c):
            first = max(first, last - 1)  # …；新增860张，其中520张: the 其中 of its own item
        listed = self._listed_whole(c, of_which.positions[last - 1]) if last else None
        if listed is not None:  # 孵化器和众创空间分别达到18家和24家，其中国家级孵化器6家
            c.parent_id, c.parent = f"#{id(listed)}", listed.indicator or listed.name
            return
        if of_one_market(c.scope) and last:  # 对日韩出口96.82亿元，其中对日本出口…
            market = of_which.total(last - 1, family)
            if (
                market is not None
                and market.indicator == c.indicator
                and of_one_market(market.scope)
                and market.scope != c.scope
                and self._after_of_which_in_item(c)
            ):
                c.parent_id, c.parent = f"#{id(market)}", market.indicator
                return
        j = of_which.next_accepting(first, family, c.indicator)
        if j < last:
            total = of_which.total(j, family)
            assert total is not None
            if id(total) in self._additions and c.measure != "new":
                total = self._additions[id(total)]  # 由A增加到B，新增N，其中…: parts of B
            at = of_which.positions[j]
            total = self._total_of_its_head(c, total, at) or self._total_of_its_measure(
                c, total, at
            )
            if (total.name.endswith(OWN_LEVEL) or total.scope.endswith(OWN_LEVEL)) and (
                load_phrases().sub_place_re.fullmatch(c.name)
            ):  # …合计162.8亿元，市本级完成52.57亿元。其中曹西县…: counties, of the counties' sum
                total = self._level_before_own(total) or total
            if (
                total.parent_id
                and load_phrases().amount_class_name.match(total.name)
                and not load_phrases().amount_class_name.match(c.name)
                and self._other_figure_between(total, at)
            ):
                # 重点项目68个，其中5000万元以上项目57个，…，其中工业项目24个: kinds of all 68
                total = self._by_ref(total.parent_id) or total
            if _larger(c, total) and (total.measure != "new" or c.measure != "new"):
                total = self._stock_behind(total) or total  # 71家，退出2家，其中…22家: of the 71
                # (not of 新增1200户，其中新增企业1500户: more new ones than all, an error)
            if _larger(c, total):  # 税收收入32.68亿元，…留抵退税3.26亿元；其中工业税收27.41亿元
                total = self._whole_of_its_head_before(c, total) or total
            if load_phrases().of_which.match(self.text, self.layout.sentence(at)[0]):
                total = self._whole_of_listed_part(self._count_before_outcome(total), c)
            if _larger(c, total) and self._last_of_a_list(total):
                return  # 因病致贫26户、…、缺劳力致贫13户，其中纳入兜底保障31户: of them all
            if _larger(c, total) and not _averages(total) and self._change_right_before(total, at):
                return  # 由12368人减少到442人，累计减少11926人，其中2018年1862人: of the change
            if _larger(c, total) and self._level_of_its_own_clause(c, at):
                return  # 其中龙头企业37家，农民专业合作社达到2386家: a stock of its own
            if _other_measure(self.text[at : min(c.mention.start, at + _HEAD_MAX)], total.name):
                return  # …实现增加值792.6亿元。其中，…分别实现产值1386.24亿元: of the output
            if _other_kind(c, total):
                return  # …进口48.27亿元。其中机电产品出口86.45亿元: a part of exports, not imports
            if c.indicator and total.indicator and c.indicator in wholes_of(total.indicator):
                return  # 工业投资…，其中技改投资…；全镇固定资产投资48.6亿元: its whole, no part
            if _larger(c, total) and _names_a_total(c.name) and not _names_a_total(total.name):
                return  # 新改建农村公路38.6公里，其中…，公路总里程451.1公里: the whole network
            paren = self.layout.paren_of(at)
            if paren is not None and self.layout.paren_of(c.mention.start) != paren:
                return  # 九个苏木镇（其中苏木五个、镇四个），八十六个嘎查村: 其中 ends with ）
            own = self.layout.paren_of(c.mention.start)
            if own is not None and own != paren and self._figure_before(own[0]) is not total:
                return  # 其中产业项目52个（工业项目35个、…）: parts of the part before （
            if (
                c.mention.start > self.layout.item_end(at)
                and not self.text.startswith(("：", ":"), at + 2)
                and not self._next_sibling_part(c, total)
                and (
                    c.name[-2:] != total.name[-2:]
                    or _sibling_names(c.name, total.name)
                    or (_larger(c, total) and _other_measure_of_one_thing(c.name, total.name))
                    # 茶叶一产产值…，其中名优茶产值18.6亿元；茶叶综合产值68.4亿元: a wider measure
                    or any(w in c.name for w in _ALL_ITEMS)
                    or (c.link == "changed_from" and total.measure == "new")  # …新认定21家，
                    # 其中…；总部企业由168家增加到186家: a stock, no part of new ones
                    or (total.measure == "new" and self._says(c, load_phrases().stock_words))
                    # 新登记市场主体…，其中…；年末实有市场主体12.64万户: the stock
                    or (total.measure != "new" and self._item_opens_new(c))
                    # 超百亿元企业6家，其中…；新增上市企业三家、挂牌企业14家: new ones
                    or self._unlike_parts_before(c, total)
                    or (_larger(c, total) and self._parts_after(c, of_which.positions))
                    or (_larger(c, total) and self._opens_with_whole_place(c))
                    # …，其中茶园…、精品水果…；全镇农作物播种面积10.52万亩: the place's own
                    # 鞋服企业186家，其中…；食品企业212家，其中…: a total of its own
                    or (
                        _larger(c, total)
                        and not c.name.endswith(total.name)  # (…；市级农业龙头企业25家: a part)
                        and not self._among(c)
                        and not _OWN_LEVEL_VERB.search(self.text, at, self.layout.clause_end(at))
                    )  # 在飞全货机航线34条，其中…；客运航线206条: more than all, no part of them
                    # (其中A由41家增加到52家；B由18家增加到146家: parts alike, B too many)
                )
            ):
                return  # 其中A、B；新增污水管网21.6公里: past a semicolon, only the same head,
                # not a sibling (新材料产业产值…，其中…；电子信息产业产值…), nor all items of
                # their own (存款余额…，其中住户存款…；各项贷款余额112.58亿元)
            if _larger(c, total) and self._other_figure_since(at, c):
                return  # …57家，其中国家级9家、省级18家，孵化面积86.4万平方米，在孵企业2376家:
                # a figure of another kind between ends the parts (more than all, no part)
            if total.measure == "each":
                return  # 7个村集体经济收入全部超过10万元，其中…: no total of the villages
            if _larger(c, total) and self._parts_complete(c, total):
                return  # 46家，其中28家、18家，完成…改造企业132家: the parts are all given
            if _larger(c, total) and self._campaign_of_its_own(c, total):
                return  # 印染企业…24家，其中规上…18家，整治“散乱污”企业216家: another work
            if c.mention.start > self.layout.item_end(at) and self._item_of_its_own(c):
                return  # 其中…；规模以上工业增加值增长9%左右，规上工业主营业务收入…: not parts
            if total.measure == "new" and self._is_level_reached(c):
                return  # 新增平台9个，其中国家级2个、省级7个，累计达到86个: all of them
            if self._says(c, load_phrases().deducted_words):
                return  # 其中新认定95家，扣除到期未通过复审21家: taken off, no part
            if total.measure == "new" and c.name.startswith(load_phrases().outflow_words):
                return  # 新登记市场主体…，其中企业…；注销市场主体4361户: those that left
            cumulative = load_phrases().cumulative_words
            if (
                self._says(c, cumulative)
                and not self._says(total, cumulative)
                and total.first_year is None
                and not any(w in _first_item(self.text, at) for w in cumulative)
            ):  # unless the parts are all-years' too (以来…共投入…，其中，累计投入…)
                return  # 全年完成改厕1286户，其中…，全乡累计完成改厕4152户: all years'
            if _negates(c.name, total.name):
                return  # 累计脱贫956户，其中…剩余未脱贫130户: not a part of those lifted out
            if _OWN_TOTAL.search(c.name) and not _OWN_TOTAL.search(total.name):
                return  # 茶叶面积…，其中…；…油茶总面积2.4万亩: a total of its own
            if _other_time_of_year(c.scope, total.scope):
                return  # 春节黄金周接待游客…，其中…；国庆黄金周接待游客…: another holiday's
            same_time = (total.year, total.months, total.kind) == (c.year, c.months, c.kind)
            now = self._compared_to.get(id(c))
            if not same_time and now is not None and now.parent_id == f"#{id(total)}":
                # 其中，工业应税销售152.36亿元，比上年的130.18亿元增长17.0%: last year's part
                # of the total's level of last year, when this year's is a part of the total
                total = self._earlier_level_of(total, c) or total
                same_time = (total.year, total.months, total.kind) == (c.year, c.months, c.kind)
            dated = not same_time and self._dated_by_total(c, total, at)
            if not same_time and not dated:
                return  # 1—11月 total …，其中…；预计全年完成…: a whole of another period;
                # 完成年初确定的60万元目标的114%。其中，经营性收入42.6万元: no part of a target
            if (
                c.unit != total.unit
                and self._parts_in_unit.get(id(total)) == total.unit
                and not self._unit_noted(total, c.unit)
                and not self._part_in_smaller_money(c, total, at)
            ):
                return  # …其中A 5420套、B 3860套，2.6万户群众…: a figure of something else
            narrowed = self._kinds_of_part(c, self._component_listed(c, total))
            widen = _larger(c, narrowed) and not self._complement_after(c)
            if narrowed is not total and widen:
                narrowed = total  # 财政总收入…，其中一般公共预算收入41.2亿元，税收收入78.2亿元:
                # taxes counted in full, more than the part listed before them, no part of it
                # (unless its complement follows: …税收收入23.6亿元，非税收入4.25亿元, a split)
            self._parts_in_unit.setdefault(id(total), c.unit)
            total = narrowed
            c.parent_id, c.parent = f"#{id(total)}", total.indicator or total.name
            if dated:
                c.months = total.months
            if total.measure == "new" and c.measure == "level":
                c.measure = "new"  # 新引进企业37家，其中规模以上企业5家: 5 new ones

    @cached_property
    def _time_words_at(self) -> list[int]:
        """Where the paragraph prints a time word (sorted)."""
        return [m.start() for m in _TIME_WORDS.finditer(self.text)]

    def _time_word_between(self, start: int, end: int) -> bool:
        return any_between(self._time_words_at, start, end)

    def _says(self, c: Claim, words: Iterable[str]) -> bool:
        """Whether the clause of ``c``, up to its figure, holds one of ``words``."""
        if c.mention is None:
            return False
        clause = self.text[self.layout.clause_start(c.mention.start) : c.mention.start]
        return any(w in clause for w in words)

    def _item_opens_new(self, c: Claim) -> bool:
        """Whether the item of ``c`` (past a semicolon) opens with a word of new ones (新增,
        新引进 …): ``新增上市企业三家、挂牌企业14家`` counts new ones, all of them."""
        assert c.mention is not None
        start = self.layout.item_start(c.mention.start)
        head = self.text[start : start + 12].lstrip("，,、 ")
        head = load_phrases().strip_before.sub("", head)  # 全年新增市场主体1.23万户
        new = tuple(w for w in load_phrases().new_words if w not in _KINDS_OF_PROJECT)
        return head.startswith(new)  # not 新建项目完成投资63.2亿元: a kind of project

    def _is_level_reached(self, c: Claim) -> bool:
        """Whether the clause of ``c`` says it is a level reached (累计达到, 总数达到)."""
        assert c.mention is not None
        words = self.text[self.layout.clause_start(c.mention.start) : c.mention.start]
        return any(w in words for w in load_phrases().span_levels)

    def _dated_by_total(self, c: Claim, total: Claim, at: int) -> bool:
        """``1-11月，完成…28.46亿元。其中，税收收入23.18亿元``: a part after 其中 opening the
        sentence after its total's, with no time words of its own, is of the total's time
        (the reach of the total's time words ends with its sentence). Whether ``c`` is of
        the total's months (the caller gives them once ``c`` is its part)."""
        assert c.mention is not None and total.mention is not None
        start = self.layout.sentence(at)[0]
        if total.mention.start >= start or total.kind != c.kind or total.year is None:
            return False
        if (c.year, c.months) != (total.year, None) or total.months is None:
            return False  # only the months of its year: 由上年的2.10万亩 keeps its year
        return not self._time_word_between(start, c.mention.start)

    @classmethod
    def _may_be_whole(cls, indicator: str, total: Claim) -> bool:
        """Whether a figure of ``indicator`` (empty: not in the vocabulary) may be a part of
        ``total`` as far as the vocabulary knows."""
        if not indicator or total.indicator not in vocabulary():
            return True
        return not cls._not_a_part(indicator, total)

    @staticmethod
    def _not_a_part(indicator: str, total: Claim) -> bool:
        """Whether the vocabulary rules out ``indicator`` as a part of the vocabulary
        indicator of ``total``: the total lists its components and this is not one, this has
        wholes and the total is not one of them, or the two measure different things (a
        per-capita income is no part of a budget revenue: ``一般公共预算收入…，其中税收收入…；
        城镇居民人均可支配收入…``)."""
        vocab = vocabulary()
        entry = vocab[total.indicator]
        if entry.components and indicator not in (*entry.components, *entry.other_parts):
            return True
        wholes = wholes_of(indicator)
        if wholes and total.indicator not in wholes and indicator not in entry.other_parts:
            return True  # (国税收入 of all taxes, and of a 财政总收入 that lists it)
        part = vocab.get(indicator)
        return (
            part is not None
            and bool(part.family and entry.family)
            and (part.family != entry.family)
        )

    def _parents_of_counted_totals(self) -> None:
        """A counted total (共排查44项) and the level figures of the same unit after it in its
        sentence, up to the next total."""
        ph = load_phrases()
        ends = sorted(c.mention.end for c in self.claims if c.mention is not None)
        levels: dict[str, list[int]] = {}  # indices of level figures without a whole, by unit
        for i, c in enumerate(self.claims):
            if c.measure == "level" and not c.parent_id:
                levels.setdefault(c.unit, []).append(i)
        starts = self.index.starts.__getitem__
        ends_of_changes = {c.linked_to for c in self.claims if c.link == "changed_from"}
        for total in self.claims:
            m = total.mention
            if m is None or not total.value or unit_family(total.unit) not in ("count", "person"):
                continue
            ws = self.layout.clause_start(m.start, _last_at_most(ends, m.start))
            among = _AMONG_THEM.match(self.text, m.end)  # 覆盖168个行政村中的152个
            if not ph.total_markers.search(self.text, ws, m.start) and among is None:
                continue
            if self.text.startswith("、", m.end):
                continue  # 共评出A类企业38家、B类41家: the first item of a list, no total
            if self.text.endswith("、", 0, ws) and not clean_name(total.name):
                continue  # 新增家庭农场12家、累计58家: the stock of the thing before, no total
            listed = self.respective.get(id(m)) if self.respective else None
            if listed is not None and listed.size > 1:
                continue  # 累计分别达到3家和21家: the first figure of a list, no total
            _, s_end = self.layout.sentence(m.start)
            same_unit = levels.get(total.unit, [])
            first = bisect.bisect_right(same_unit, m.start, key=starts)
            last = bisect.bisect_left(same_unit, s_end, key=starts)
            item_end = self.layout.item_end(m.start)
            for k in range(first, last):  # no slice: a paragraph may hold many totals
                c = self.claims[same_unit[k]]
                if c.mention is None or c.parent_id or c.name.startswith("占"):
                    continue  # 占全镇农户总数9676户: the whole of a share, no part
                if not _within(c, total):
                    continue  # 1—6月累计助餐1.47万人次，…其中第四季度1.57万人次: other months
                if _negates(c.name, total.name):
                    continue  # 累计脱贫956户，…剩余未脱贫130户: not a part of those lifted out
                if total.unit.endswith("人次") and not _share_words(c.name, total.name):
                    continue  # 累计排查重点人员1.36万人次，完成核酸检测8.72万人次: two activities
                if self._base_of_rate(c):
                    continue  # 累计改厕8435户，全镇9109户农户卫生厕所普及率92.6%: the rate's base
                if self._says(total, ph.new_words) and self._is_level_reached(c):
                    continue  # 累计新增城镇就业7.86万人，…参保人数达到48.6万人: a stock
                if c.link == "changed_from" or f"#{id(c)}" in ends_of_changes:
                    continue  # 累计关闭退出煤矿9座，全县煤矿由27座减少到18座: the stock
                if not _kind_of_counted(c, total):
                    continue  # 共有规上企业47家，农民专业合作社36家: another kind of unit
                if total.first_year is not None and among is None and _larger(c, total):
                    continue  # 五年累计引进世界500强企业投资项目12个，京津冀协同发展项目232个:
                    # more than all, another count over the years (not 共有规上企业47家，营业
                    # 收入超亿元企业52家, nor 168个行政村中的182个: too many of them)
                if c.name.startswith(ph.per_year_words):
                    continue  # 五年累计新增城镇就业2046人，年均409人: an average, no part
                cm = c.mention.start
                if cm >= item_end:
                    break  # 合计29户；脱贫户58户: another item of the sentence
                cws = self.layout.clause_start(cm, _last_at_most(ends, cm))
                if ph.total_markers.search(self.text, cws, cm):
                    break
                c.parent_id, c.parent = f"#{id(total)}", total.indicator or total.name

    def _part_in_smaller_money(self, c: Claim, total: Claim, at: int) -> bool:
        """``完成投资3.64亿元，其中…1.12亿元，文旅项目投资8600万元，…``: a part in another unit
        of money, in the item of its 其中 at ``at``, named by the total's last words (投资,
        资金) and not as an amount for each one (每户补助2000元, 村均…)."""
        if c.mention is None or not _money_alike(c.unit, total.unit):
            return False
        if self.layout.item_start(c.mention.start) > at or c.name[-2:] != total.name[-2:]:
            return False
        return not (_averages(c) or "每" in c.name)  # (not 每户补助, 每平方米税收, 村均…)

    def _unit_noted(self, total: Claim, unit: str) -> bool:
        """``牲畜存栏31.86万头（只、匹），其中牦牛12.41万头、绵羊17.92万只``: the measure words
        in brackets right after a total count its parts too."""
        if total.mention is None or not self.text.startswith(("（", "("), total.mention.end):
            return False
        found = load_units().get(unit)
        close = _NOTED_UNITS.match(self.text, total.mention.end + 1)
        return found is not None and close is not None and found.base in close.group(1).split("、")

    @cached_property
    def _parts_in_unit(self) -> dict[int, str]:
        """The unit of the first part given to each total after 其中, by id of the total."""
        return {}

    @cached_property
    def _of_which_at(self) -> list[int]:
        return [m.start() for m in load_phrases().of_which.finditer(self.text)]

    def _stock_before_flows(self, c: Claim, pos: int, family: str) -> Claim:
        """``企业总数达到96家，新增入规企业14家、退规企业5家，净增9家；其中…``: after the flows
        in and out of a stock and their net change, 其中 is of the stock, not of the last flow.
        ``c`` is the last level before 其中 at ``pos``."""
        assert c.mention is not None
        net = self.index.between(c.mention.end, pos)
        if not any(x.measure == "change" and unit_family(x.unit) == family for x in net):
            return c
        return self._stock_behind(c) or c

    def _stock_behind(self, flow: Claim) -> Claim | None:
        """The stock a flow in or out of it is printed after, in its sentence (企业总数达到96家，
        新增入规企业14家、退规企业5家): ``None`` when ``flow`` is no flow or there is none."""
        ph = load_phrases()
        if flow.mention is None or not (
            flow.measure == "new" or flow.name.startswith(ph.flow_words)
        ):
            return None
        family = unit_family(flow.unit)
        s_start = self.layout.sentence(flow.mention.start)[0]
        for k, x in enumerate(self.index.before(flow.mention.start)):
            if x.mention is None or x.mention.start < s_start or k >= _FLOWS_MAX:
                break
            if (
                x.measure == "level"
                and x.value
                and unit_family(x.unit) == family
                and conversion_factor(x.unit, flow.unit) is not None  # not 146项 for 万户
                and not any(w in x.name for w in ph.flow_words)  # 四年新增入规31家: a flow
                and not self._of_which_part(x)  # 新登记…，其中企业3000户；注销…: no stock
            ):
                return x
        return None

    def _last_of_a_list(self, c: Claim) -> bool:
        """Whether ``c`` is an item after 、 of a list of figures (…、缺劳力致贫13户)."""
        if c.mention is None:
            return False
        start = max(self.layout.sentence(c.mention.start)[0], c.mention.start - _LIST_BACK)
        marks = [self.text.rfind(mark, start, c.mention.start) for mark in "，,；;、"]
        return max(marks) >= 0 and max(marks) == marks[-1]  # (bounded: linear on any text)

    def _of_which_part(self, c: Claim) -> bool:
        """Whether ``c`` is printed in a clause opened by 其中 (其中企业3000户, 其中，企业…), or
        in a list with 、 that such a clause opens (其中企业3216户、个体工商户6426户)."""
        if c.mention is None:
            return False
        start = self.layout.sentence(c.mention.start)[0]
        clause = self.layout.clause_start(c.mention.start)
        while clause > start and self.text[clause - 1] == "、":  # back over the list's items
            clause = self.layout.clause_start(clause - 1)
        opening = max(start, clause - _OF_WHICH_BACK)
        return "其中" in self.text[opening : c.mention.start]

    def _parents_in_brackets(self) -> None:
        """``税收收入98.46亿元（增值税42.36亿元、企业所得税18.72亿元）``: the named figures in
        brackets right after a figure, of its year, kind and kind of unit and no larger, are
        its parts (not those of another year: （上年为7.52亿元））."""
        ph = load_phrases()
        for c in self.claims:
            m = c.mention
            if c.parent_id or m is None or not c.value or c.measure != "level" or not c.name:
                continue
            if (
                m.range_with is not None
                or ph.average_name.search(c.name)
                or c.name in ph.target_words
                or self.text.startswith("的", m.end)
            ):
                continue  # 每户2~5万元, （亩产612公斤）, （完成年度目标2.2万人的107.3%）: no part
            own = self.layout.paren_of(m.start)
            total = self._figure_before(own[0]) if own is not None else None
            if (
                own is None
                or total is None
                or total is c
                or total.measure != "level"
                or (c.year, c.months, c.kind) != (total.year, total.months, total.kind)
                or unit_family(c.unit) in RELATIVE_FAMILIES
                or any(w in self.text[own[0] : m.start] for w in ph.earlier)
                or any(w in self.text[own[0] : m.start] for w in _RESTATING)  # （扣除…后为）
            ):
                continue
            part, whole = (
                _exact(c.value, c.unit, total.unit),
                _exact(total.value, total.unit, total.unit),
            )
            if part is not None and whole is not None and part <= whole:
                c.parent_id, c.parent = f"#{id(total)}", total.indicator or total.name

    def _figure_before(self, at: int) -> Claim | None:
        """The claim whose words end right at ``at`` (an opening bracket), if any."""
        for c in self.index.in_paren_before(self.layout.paren_of(at), at):
            if c.mention is None or at not in (c.end, c.mention.end):
                return None
            return c
        return None

    @cached_property
    def _breakdowns(self) -> list[int]:
        """Where the paragraph opens a breakdown (分园区看), in order."""
        return [m.start() for m in load_phrases().breakdown.finditer(self.text)]

    def _total_before_breakdown(self, c: Claim, pos: int, family: str) -> Claim | None:
        """``营业收入1288.88亿元。分园区看，东区…；西区476.52亿元…。其中，规上工业企业…``: the
        total before the breakdown that ``c``, the last figure before 其中, ends, if any."""
        if c.mention is None or (c.growth_pct and self.layout.item_start(pos) <= c.mention.start):
            return None  # 从产业投向看，工业投资212.64亿元，增长18.3%，…，其中技术改造投资…: a
            # figure stated with its growth, whose item goes on with its parts
        start = self.layout.sentence(c.mention.start)[0]
        k = bisect.bisect_left(self._breakdowns, start)  # the sentence's first: found once
        if k >= len(self._breakdowns) or self._breakdowns[k] >= c.mention.start:
            return None
        total = self.index.last_level_outside(
            self.layout.paren_of(pos), family, self._breakdowns[k]
        )
        if total is None or total.mention is None:
            return None
        if self.layout.sentence_index(total.mention.start) < self.layout.sentence_index(start) - 1:
            return None
        return total

    def _whole_of_share(self, c: Claim) -> bool:
        """Whether ``c`` is printed as the whole of a share in its clause (占全县16.8万亩的)."""
        assert c.mention is not None
        start = self.layout.clause_start(c.mention.start)
        before = _SHARE_WHOLE_BEFORE.search(self.text[start : c.mention.start])
        return before is not None and _SHARE_AFTER_WHOLE.match(self.text, c.mention.end) is not None

    def _whole_of_part_before(self, c: Claim, pos: int, family: str) -> Claim:
        """For a 其中 that opens an item or a sentence right after a part of a total, that
        total when the part closes a list of parts (…社会民生项目27个，…。其中，总投资10亿元以上
        项目9个: a second breakdown of the whole) or is smaller than the first figure after
        the 其中 (其中总投资亿元以上项目9个；其中产业项目14个、…); else the part (其中民生支出
        37.62亿元。其中，教育支出…: of that part), also when the words after 其中 name it
        again (其中亿元以上工业项目12个 after 工业项目28个)."""
        if not c.parent_id or pos < 1 or self.text[pos - 1] not in "；;。":
            return c
        whole = self._by_ref(c.parent_id)
        if whole is None or whole.mention is None or unit_family(whole.unit) != family:
            return c
        at = self._claim_positions
        if at.get(id(c), 0) - at.get(id(whole), 0) > _HEAD_BACK:
            return c  # (bounded: a total a few figures back only, linear on endless 其中)
        end = self.layout.clause_end(pos)
        if c.name and c.name in self.text[pos:end]:
            return c
        k = at.get(id(c), -1)
        # 其中，总投资10亿元以上项目: a class of the whole's (not 其中，城乡居民基本养老保险支出:
        # the last part's)
        listed = (
            k > 0
            and self.claims[k - 1].parent_id == c.parent_id
            and _AMOUNT_CLASS.search(self.text, pos, pos + 24) is not None
        )
        first = next(iter(self.index.between(pos, end)), None)
        larger = first is not None and bool(first.value) and _larger(first, c)
        return whole if listed or larger else c

    def _total_before(self, pos: int, family: str) -> Claim | None:
        """The last level figure of ``family`` before 其中 at ``pos`` (this sentence or the one
        before), outside the parenthetical 其中 opens, if any."""
        c = self.index.last_level_outside(self.layout.paren_of(pos), family, pos)
        if c is None or c.mention is None:
            return None
        paren = self.layout.paren_of(c.mention.start)
        if paren is not None and paren != self.layout.paren_of(pos) and paren[1] <= pos:
            # 重点项目148个（新开工72个、续建76个），…，其中…: not a figure of the brackets, but
            # the one they follow; 完成年度目标任务（600人）的102.0%；其中…: the one before
            owner = self._figure_before(paren[0])
            if owner is None or unit_family(owner.unit) != family:
                owner = self.index.last_level_outside(paren, family, paren[0])
            if owner is None or owner.mention is None:
                return None
            c = owner
        if c.measure == "each" and c.first_year is not None and c.mention is not None:
            # 粮食总产量312.46万吨，连续八年稳定在300万吨以上，其中…: past the floor over years
            c = self.index.last_level_outside(self.layout.paren_of(pos), family, c.start)
            if c is None or c.mention is None:
                return None
        c = self._whole_of_part_before(c, pos, family)
        if any(
            x.measure == "each"
            and x.first_year is None  # (not 连续十年稳定在…以上: a floor over years)
            and x.mention is not None
            and any(m in self.text[c.mention.end : x.mention.start] for m in "，,；;")
            and not _share_two(x.name, c.name)
            for x in self.index.between(c.mention.end, pos)
        ):  # 示范村3个，村级集体经济收入全部超过20万元，其中…: of all the villages (not 210个
            return None  # 行政村集体经济收入全部超过10万元，其中…: of those 210)
        if c.mention is not None and self._whole_of_share(c):
            # 种植面积3.12万亩，占全县16.8万亩的18.6%，其中…: of the area, not the county's
            c = self.index.last_level_outside(self.layout.paren_of(pos), family, c.start)
            if c is None or c.mention is None:
                return None
        c = self._stock_before_flows(c, pos, family)
        for _ in range(_FLOWS_MAX):  # 户均建筑面积76.8平方米，…其中…: an average is no total
            ph = load_phrases()
            average = c.name.startswith(ph.per_unit_words) or (
                not c.indicator and ph.average_name.search(c.name) is not None
            )  # 村均986万元，比上年村均900万元…；其中…: nor a compared average
            if not average or c.mention is None:
                break
            earlier = self.index.last_level_outside(self.layout.paren_of(pos), family, c.start)
            if earlier is None or earlier.mention is None:
                return None
            c = earlier
        c = self._compared_to.get(id(c), c)  # 比2020年的12.3亿元翻了一番；其中…: of the level now
        if c.mention is not None and self.text.startswith("的", c.mention.end):
            return None  # 20万—30万元的村4个；其中…: the bound of a class, no total
        listed = self.respective.get(id(c.mention)) if self.respective else None
        if listed is not None and listed.size > 1 and listed.start >= 0:
            # 东湖街道、…、北关街道分别完成…；其中…: not the last place's, but the total's
            before = self.index.last_level_outside(self.layout.paren_of(pos), family, listed.start)
            if before is None or before.mention is None:
                return None
            c = before
        here = self.layout.sentence_index(pos)
        there = self.layout.sentence_index(c.mention.start)
        if there < here - 1:
            return None
        if there < here and self.layout.sentence(pos)[0] < pos - 1:
            return None  # …1286人。开展活动326场，其中…: only 其中 opening a sentence looks back
        item = self.layout.item_start(pos)
        if c.mention.start < item < pos - 1:
            return None  # 水果产值2846万元；中药材种植面积4500亩，其中…: nor one opening an item
        return self._total_before_breakdown(c, pos, family) or c


def _other_kind(part: Claim, total: Claim) -> bool:
    """Whether the words of ``part`` name an indicator of the vocabulary that is a sibling of
    ``total``'s, both parts of one whole (机电产品出口 under 进口总额: of 进出口总额).

    Examples
    --------
    >>> from indicators.claims import Claim
    >>> part, total = Claim(name="机电产品出口"), Claim(indicator="进口总额", name="进口")
    >>> _other_kind(part, total)
    True
    """
    if not total.indicator or part.indicator:
        return False
    named = indicator_ending(part.name)
    if not named or named == total.indicator:
        return False
    return bool(wholes_of(named) & wholes_of(total.indicator))  # two parts of one whole


#: How many figures before a 其中 are read for a total named like its part.
_HEAD_BACK = 12

#: How many figures of a whole's indicator before a part are read for one of its place.
_HOLDERS_BACK = 8
#: Words of new ones that also name a kind of project (新建项目, against 续建项目).
_KINDS_OF_PROJECT = frozenset({"新建"})
#: 占 and the words of a whole before its figure (占全镇52个自然村的…), and what follows it.
_SHARE_WHOLE_BEFORE = re.compile(r"占[^，,。；;]{0,12}$")
_SHARE_AFTER_WHOLE = re.compile(r"[^，,。；;\d]{0,12}的(?:比重|比例)?(?:为|达到|是)?[\d.]")
#: Words in brackets that restate the figure before them otherwise (扣除政策性转贷后为280亿元,
#: 同口径, 折合): no part of it.
_RESTATING = ("扣除", "剔除", "后为", "同口径", "折合", "按可比")
#: A share stated right after a figure in its item, and the whole it names (，占财政总收入的).
_SHARE_OF_AFTER = re.compile(r"[^。；;\d（）()]{0,4}?占(?P<whole>[^，,。；;的\d]{2,16})的")
#: The longest name of a part that is a bare qualifier (省级, 国家级), naming no thing.
_BARE_PART_MAX = 3
#: How many figures back the parts before a sibling item after a semicolon are looked for.
_SIBLINGS_BACK = 12
#: How many figures after a total over years its own parts (其中…) are looked for.
_OWN_PARTS_AHEAD = 8
#: A semicolon that ends an item.
_SEMICOLON = re.compile("[；;]")
#: The most characters a part's item goes on with after its figure, up to its semicolon.
_REST_OF_ITEM_CHARS = 40


def _rest_of_item(rest: str) -> bool:
    """Whether ``rest``, between a part's figure and the semicolon that ends its item, is
    nothing or the part's own further figures (，完成投资158.3亿元), with no parts of its own.

    Examples
    --------
    >>> _rest_of_item(""), _rest_of_item("，完成投资158.3亿元"), _rest_of_item("，其中省级3个")
    (True, True, False)
    """
    if not rest:
        return True
    return (
        rest[0] in "，,"
        and len(rest) <= _REST_OF_ITEM_CHARS
        and "。" not in rest
        and not load_phrases().of_which.search(rest)
    )


#: How many characters after 其中 may name what its parts measure (其中，电子信息、装备制造、
#: 纺织服装、新材料产业分别实现产值…).
_HEAD_MAX = 48


def _exact(value: str, unit: str, to_unit: str) -> Fraction | None:
    """``value`` printed in ``unit`` as an exact number of ``to_unit``; ``None`` when it is
    not a plain number or the units do not convert."""
    factor = conversion_factor(unit, to_unit)
    if factor is None or not value:
        return None
    try:
        return Fraction(parse_decimal(value)) * factor
    except ValueError:
        return None


def _larger(c: Claim, total: Claim) -> bool:
    """Whether the figure of ``c`` is larger than that of ``total`` (so no part of it).

    Examples
    --------
    >>> from indicators.claims import Claim
    >>> part = Claim(value="612", unit="家")
    >>> _larger(part, Claim(value="426", unit="家")), _larger(part, Claim(value="6.2", unit="万家"))
    (True, False)
    """
    part, whole = _exact(c.value, c.unit, total.unit), _exact(total.value, total.unit, total.unit)
    return part is not None and whole is not None and part > whole


def _first_item(text: str, at: int) -> str:
    """The words after 其中 at ``at`` up to the first figure (其中，累计投入产业扶贫资金)."""
    head = text[at : at + _HEAD_MAX]
    first = next((k for k, ch in enumerate(head) if ch.isdigit()), len(head))
    return head[:first]


def _other_measure(words: str, total_name: str) -> bool:
    """Whether the words from 其中 to a part name a measure (产值) other than the one that
    ends the name of the total (增加值); measures that hold one another (总产值, 产值) are one."""
    measures = load_phrases().measure_words
    own = next((m for m in measures if total_name.endswith(m)), "")
    at = {m: words.rfind(m) for m in measures}
    said = max((m for m in measures if at[m] >= 0), key=lambda m: at[m], default="")
    # the last one said, nearest the figure: 产值超亿元企业实现税收 measures 税收
    return bool(own and said) and own not in said and said not in own


def _one_measure(parts: list[Claim]) -> bool:
    """Whether ``parts`` measure one thing: one indicator (or none), or kinds of one whole of
    the vocabulary, two at least named (增值税、企业所得税、…、其他税种: all of 税收收入)."""
    indicators = {c.indicator for c in parts}
    if len(indicators) <= 1:
        return True
    named = indicators - {""}
    if len(named) < 2:
        return False
    return bool(set.intersection(*(set(wholes_of(i)) for i in named)))


def _other_measure_of_one_thing(name: str, total: str) -> bool:
    """Whether ``name`` and ``total`` open with the same two characters and neither holds the
    other: two measures of one thing (茶叶综合产值, 茶叶一产产值). Only a cue: used with a
    figure larger than the total, past the item of its parts.

    Examples
    --------
    >>> _other_measure_of_one_thing("茶叶综合产值", "茶叶一产产值")
    True
    >>> _other_measure_of_one_thing("规上工业企业", "产值超亿元企业")
    False
    """
    if name in total or total in name:
        return False
    return name[:2] == total[:2]


def _sibling_names(name: str, total: str) -> bool:
    """Whether ``name`` names another thing of the kind ``total`` names: neither holds the
    other, and the words they end with alike hold a head of kinds (``sibling_heads``:
    电子信息产业产值 beside 新材料产业产值; not 规上工业总产值 within 工业总产值, nor
    仓储和邮政业营业收入 under 规上服务业营业收入).

    Examples
    --------
    >>> _sibling_names("电子信息产业产值", "新材料产业产值")
    True
    >>> _sibling_names("规上工业总产值", "工业总产值")
    False
    """
    if name in total or total in name:
        return False
    n = 0
    while n < min(len(name), len(total)) and name[-1 - n] == total[-1 - n]:
        n += 1
    common = name[len(name) - n :]
    return any(head in common for head in load_phrases().sibling_heads)


#: How far before a figure the clause a verb of leverage opens is looked for (带动…企业1200家).
_LEVERAGE_BACK = 30
#: How far before a figure's clause its 其中 may stand (其中，企业3000户: the comma between).
_OF_WHICH_BACK = 3


def _holds(total: Claim, parts: list[Claim]) -> bool:
    """Whether ``total`` is no smaller than the sum of ``parts`` (of its unit); ``True`` when a
    value is no single number (a range)."""
    try:
        values = [parse_decimal(c.value) for c in parts if c.value]
        return sum(values) <= parse_decimal(total.value or "0")
    except ArithmeticError:
        return True


def _names_a_total(name: str) -> bool:
    """Whether a name says it is the whole stock (公路总里程, 企业总数: ``total_name_words``)."""
    return any(w in name for w in load_phrases().total_name_words)


#: How many characters two names must end with alike to name one measure (营业收入).
_MEASURE_CHARS = 3


def _head(name: str) -> str:
    """The first two characters of a name, its short forms spelt out (规上 as 规模以上)."""
    for short, full in load_phrases().short_forms.items():
        if name.startswith(short):
            name = full + name[len(short) :]
    return name[:2]


def _averages(c: Claim) -> bool:
    """Whether ``c`` is an average (粮食平均亩产, 户均, 村均), no part of a total."""
    ph = load_phrases()
    return c.name.startswith(ph.per_unit_words) or ph.average_name.search(c.name) is not None


def _may_hold(total: Claim, c: Claim) -> bool:
    """Whether ``total`` may be a whole of ``c`` by their places: not a figure of a part of the
    place (a park's 工业总产值) for one of the whole place or of another part."""
    return not is_part_of_place(total.scope) or c.scope.startswith(total.scope)


#: The words after a count that make the count right after them some of its things
#: (覆盖全县168个行政村中的152个).
_AMONG_THEM = re.compile(r"[\u4e00-\u9fff]{1,8}中的(?=[\d一二三四五六七八九十两])")


#: Verbs of a clause that reaches a level of its own (达到2386家, 由21家增加到25家).
_OWN_LEVEL_VERB = re.compile(r"达到|增加到|增长到|发展到|提高到|由|从")


def _opens_with_span_total(text: str, start: int) -> bool:
    """Whether the clause at ``start`` opens with a word of a total over years (累计57.68亿元),
    the sum of the years listed before it when they are all its years; the number of those
    years may come first (五年累计实现143.7亿元)."""
    ph = load_phrases()
    counted = next((w for w in ph.recent_opening if text.startswith(w, start)), "")
    return text.startswith(ph.span_totals, start + len(counted))


def _years_of_span(parts: list[Claim], total: Claim) -> bool:
    """Whether ``parts`` are the figures of each year of the span of ``total``, in order
    (四年分别完成a、b、c和d，累计…: 2021, 2022, 2023 and 2024 of 2021..2024).

    A total dated by the last year only (its span not read) is of the years listed when they
    end with it.

    Examples
    --------
    >>> from indicators.claims import Claim
    >>> years = [Claim(year=y) for y in (2021, 2022, 2023)]
    >>> _years_of_span(years, Claim(year=2023, first_year=2021))
    True
    >>> _years_of_span(years, Claim(year=2023)), _years_of_span(years, Claim(year=2024))
    (True, False)
    >>> _years_of_span(years[:2], Claim(year=2023, first_year=2021))
    False
    """
    if total.year is None:
        return False
    first = total.first_year if total.first_year is not None else parts[0].year
    if first is None:
        return False
    years = [(c.year, c.first_year, c.months) for c in parts]
    return years == [(y, None, None) for y in range(first, total.year + 1)]


def _opens_with_sum(text: str, start: int) -> bool:
    """Whether the clause at ``start`` opens with a word of a sum: 合计, 总计, or 共 before the
    figure or a verb of it (共108家, 共计, 共实现), not 共 of 共享经济企业 or 共建.

    Examples
    --------
    >>> _opens_with_sum("合计1.93万亩", 0), _opens_with_sum("共实现12亿元", 0)
    (True, True)
    >>> _opens_with_sum("共享经济企业108家", 0)
    False
    """
    if text.startswith(sum_words(), start):
        return True
    return text.startswith(load_phrases().sum_after, start) and bool(
        _SUM_ONE_CHAR.match(text, start)
    )


#: 共 as a word of a sum: before a figure or the verb of it (共108家, 共有, 共实现).
_SUM_ONE_CHAR = re.compile(
    r"共(?:[\d一二三四五六七八九十两]|有|计|实现|完成|达|投入|落实|争取|新增)"
)


#: How far before a figure the words of what it is among are looked for (127家…中，有…), and
#: the mark that ends the clause before it.
_AMONG_BACK = 40
_LIST_BACK = 200


def _within(c: Claim, total: Claim) -> bool:
    """Whether the time of ``c`` is that of ``total`` or one year of its span of years."""
    if (c.year, c.months, c.first_year, c.kind) == (
        total.year,
        total.months,
        total.first_year,
        total.kind,
    ):
        return True
    return (
        total.first_year is not None
        and total.year is not None
        and c.year is not None
        and c.months is None
        and c.first_year is None
        and c.kind == total.kind
        and total.first_year <= c.year <= total.year
    )


def _kind_of_counted(c: Claim, total: Claim) -> bool:
    """Whether ``c``, printed after a counted total of a vocabulary indicator (the caller's
    total has no 其中), may count a kind of it: the vocabulary makes it a part of the total's
    indicator; outside the vocabulary, unless it is of a kind that excludes the total's
    (``disjoint`` in ``checking.toml``: 规上企业47家，农民专业合作社36家).

    Examples
    --------
    >>> from indicators.claims import Claim
    >>> total = Claim(indicator="规模以上工业企业", name="规上企业")
    >>> _kind_of_counted(Claim(name="农民专业合作社"), total)
    False
    >>> _kind_of_counted(Claim(name="营业收入超亿元企业"), total)
    True
    >>> _kind_of_counted(Claim(name="个体工商户"), Claim(indicator="市场主体", name="市场主体"))
    True
    """
    if not total.indicator or not c.name:
        return True
    if c.indicator:
        return c.indicator == total.indicator or total.indicator in wholes_of(c.indicator)
    vocab = load_check_vocabulary()
    return vocab.exclusive_group(total.name or total.indicator, c.name) is None


def _share_words(a: str, b: str) -> bool:
    """Whether two names share two characters in a row (排查重点人员, 已排查人员).

    Examples
    --------
    >>> _share_words("完成核酸检测", "排查重点人员"), _share_words("已排查人员", "排查重点人员")
    (False, True)
    """
    return any(a[i : i + 2] in b for i in range(len(a) - 1))


#: How many characters a part's name must share with the opening of a total's to name its
#: subject (农牧区常住居民人均…).
_HEAD_SHARED_MIN = 4


def _money_alike(unit: str, other: str) -> bool:
    """Whether two units are both of money and convert into each other (万元, 亿元)."""
    if unit_family(unit) != "money" or unit_family(other) != "money":
        return False
    return conversion_factor(unit, other) is not None


def _shared_head(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` open with alike."""
    alike = itertools.takewhile(lambda pair: pair[0] == pair[1], zip(a, b, strict=False))
    return sum(1 for _ in alike)


#: A class of things by an amount (总投资10亿元以上, 5亿—10亿元, 亿元以上): a breakdown that cuts
#: across the kinds listed before it.
_AMOUNT_CLASS = re.compile(r"\d*[万亿]元(?:以上|以下)|\d+亿[—\-~至到]\d+亿元|亿元以上")


def _other_time_of_year(scope: str, total_scope: str) -> bool:
    """Whether a part's scope is a time of the year (a holiday, a date) other than its total's
    (国庆黄金周 under 春节黄金周).

    Examples
    --------
    >>> _other_time_of_year("国庆黄金周", "春节黄金周"), _other_time_of_year("国庆黄金周", "")
    (True, False)
    """
    times = load_phrases().sub_period_re
    return (
        bool(scope)
        and bool(total_scope)
        and scope != total_scope
        and times.search(scope) is not None
        and times.search(total_scope) is not None
    )


def _negates(name: str, total: str) -> bool:
    """Whether ``name`` says "not" the words of ``total`` (剩余未脱贫 and 累计脱贫).

    Examples
    --------
    >>> _negates("剩余未脱贫", "累计脱贫"), _negates("已脱贫", "累计脱贫")
    (True, False)
    >>> _negates("非税收入", "税收收入"), _negates("非税收入", "财税收入")
    (True, False)

    What remains (剩余, 尚余) is no part of what is done (已累计退出):

    >>> _negates("剩余", "贫困村已累计退出"), _negates("剩余", "贫困村")
    (True, False)

    Nor is what has left a group (脱贫) a part of what remains of it:

    >>> _negates("脱贫", "剩余贫困人口"), _negates("未享受政策", "剩余贫困人口")
    (True, False)
    >>> _negates("剩余贫困户", "脱贫")
    True

    Nor are those still to join (储备拟上市企业) a part of those that have:

    >>> _negates("储备拟上市企业", "上市企业"), _negates("境内上市企业", "上市企业")
    (True, False)
    """
    at = name.find(total) if len(total) >= 2 else -1
    if at > 0 and any(w in name[:at] for w in _PENDING_WORDS):
        return True
    at = name.find("未")
    if at >= 0 and len(name) >= at + 3 and name[at + 1 : at + 3] in total:
        return True
    if name.startswith("非") and total.startswith(name[1:3]):
        return True  # 非税收入 and 税收收入: the rest, not a part (of 财税收入 it is)
    ph = load_phrases()
    if total.startswith(ph.remaining_words) and any(w in name for w in ph.left_words):
        return True
    if name.startswith(ph.remaining_words) and any(w in total for w in ph.left_words):
        return True  # 累计脱贫1124户，其中…，目前剩余贫困户162户: what remains, not who left
    return name.startswith(ph.remaining_words) and any(w in total for w in ph.done_words)


#: Words before a name that make the things named ones still to become such (拟上市企业,
#: 后备上市企业, 储备项目): no part of those that are.
_PENDING_WORDS = ("拟", "储备", "后备", "待", "潜在")


def _part(c: Claim) -> tuple[int, int] | None:
    """The months of the year a claim is of; ``None`` for the whole year (1—12月 too)."""
    return None if c.months == (1, 12) else c.months


def _last_at_most(ends: list[int], pos: int) -> int:
    """The largest of the sorted ``ends`` that is at most ``pos`` (0 when none)."""
    i = bisect.bisect_right(ends, pos)
    return ends[i - 1] if i else 0


class _OfWhichTotals:
    """The 其中 of a paragraph and, by unit family, the total each refers back to.

    :meth:`next_with_total` passes over a run of 其中 without a total at once, and
    :meth:`next_accepting` over a run whose totals the vocabulary rules out for an indicator,
    so that a sentence of many 其中 costs no more per figure than one.
    """

    def __init__(
        self,
        positions: list[int],
        total_before: Callable[[int, str], Claim | None],
        accepts: Callable[[str, Claim], bool],
    ) -> None:
        self.positions = positions
        self._total_before = total_before
        self._accepts = accepts  # whether a figure of an indicator may be part of a total
        self._totals: dict[tuple[int, str], Claim | None] = {}
        self._next: dict[tuple[int, str], int] = {}
        self._accepting: dict[tuple[str, str], dict[int, int]] = {}

    def total(self, j: int, family: str) -> Claim | None:
        """The total of unit ``family`` before 其中 number ``j``."""
        key = (j, family)
        if key not in self._totals:
            self._totals[key] = self._total_before(self.positions[j], family)
        return self._totals[key]

    def next_accepting(self, j: int, family: str, indicator: str) -> int:
        """The first 其中 from number ``j`` on whose total of ``family`` a figure of
        ``indicator`` may be a part of (``accepts``); the number of 其中 when none is.

        Like :meth:`next_with_total`, the 其中 passed over are remembered for the pair of
        ``family`` and ``indicator``, so that a sentence of many 其中 whose totals the
        vocabulary rules out costs no more per figure than one.
        """
        memo = self._accepting.setdefault((family, indicator), {})
        passed = []
        j = self.next_with_total(j, family)
        while j < len(self.positions) and j not in memo:
            total = self.total(j, family)
            assert total is not None
            if self._accepts(indicator, total):
                break
            passed.append(j)
            j = self.next_with_total(j + 1, family)
        found = memo.get(j, j)
        for k in (*passed, j):
            memo[k] = found
        return found

    def next_with_total(self, j: int, family: str) -> int:
        """The first 其中 from number ``j`` on that has a total of ``family`` (the number of
        其中 when none has)."""
        passed = []
        while (
            j < len(self.positions)
            and (j, family) not in self._next
            and self.total(j, family) is None
        ):
            passed.append(j)
            j += 1
        found = self._next.get((j, family), j)
        for k in (*passed, j):
            self._next[k, family] = found
        return found


def _wordings(indicator: str) -> tuple[str, ...]:
    """The vocabulary's wordings of ``indicator`` (none when it is not in the vocabulary)."""
    entry = vocabulary().get(indicator) if indicator else None
    return entry.wordings if entry is not None else ()


def _alike_total(c: Claim, total: Claim) -> bool:
    """Whether ``c`` is named like ``total`` but is another thing (一般公共预算支出 after
    一般公共预算收入中，…): the two names open alike and neither holds the other."""
    a, b = c.indicator or c.name, total.indicator or total.name
    return len(a) >= 4 and a[:4] == b[:4] and a not in b and b not in a


def _share_two(a: str, b: str) -> bool:
    """Whether two names have two characters in a row in common (各村收入, 村集体经济收入)."""
    return any(a[i : i + 2] in b for i in range(len(a) - 1))


def _not_one_clause_on(between: str) -> bool:
    """Whether more than the next clause lies in ``between`` (an item or sentence ends, or a
    second comma)."""
    return any(m in between for m in "；;。") or between.count("，") + between.count(",") > 1


def _heads_alike(a: str, b: str) -> bool:
    """Whether two units both count head of livestock with the same multiplier (万头, 万只,
    万匹: parts of one 万头只), though their measure words differ.

    Examples
    --------
    >>> _heads_alike("万头", "万只"), _heads_alike("万头", "头"), _heads_alike("万头", "万亩")
    (True, False, False)
    """
    return len(a) == len(b) and a[:-1] == b[:-1] and a[-1:] in _HEAD_WORDS and b[-1:] in _HEAD_WORDS


#: The measure words of head of livestock (头 of cattle and pigs, 只 of sheep, 匹 of horses,
#: 峰 of camels).
_HEAD_WORDS = frozenset("头只匹峰口")
