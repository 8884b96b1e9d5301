"""Figures stated with 分别 (respectively): each subject of a list gets its figure of a list.

Work reports often name several subjects and then give their figures in the same order::

    工业总产值和农业总产值分别为103亿元和12亿元，同比分别增长9.8%和3.2%。
    第一、二、三产业增加值分别占地区生产总值的13.2%、41.1%和45.7%。

:func:`respective_subjects` reads these lists before the claims of a paragraph are made and
says, for each figure of a list, what it is a figure of:

* the subjects before 分别, joined by 和 / 与 / 及 / 、 (and by a comma for vocabulary
  wordings), with a head they share distributed (``工业和农业总产值``: 工业总产值,
  农业总产值; ``第一、二、三产业增加值``: 第一产业增加值 …);
* when the clause of 分别 names no subject (``…分别为A和B，分别增长a%和b%``), the growths
  belong, in order, to the level figures just before them in the sentence;
* 分别占 … makes each figure the share of its subject in the whole named after 占;
* a second list with no subject of its own (…分别增长7%和8%，分别达到A和B) takes the
  subjects of the list before it;
* a list of periods (一季度、上半年、前三季度分别增长…) gives each figure its own period;
* 均 gives its one figure to each subject listed before it (城镇和农村居民收入均增长6%), or
  to each of the figures listed just before it (出口A、进口B，均增长g).

A list is read only when it has as many subjects as figures; otherwise nothing is said about
it and the figures are read as any others (no guess).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from .layout import Layout
from .mentions import LIST_SEPARATORS, Mention, assign_role, inherit_verb
from .numbers import CN_DIGITS
from .phrases import load_phrases
from .place import LISTED_PLACE_LEVEL
from .scanning import trie_pattern
from .subjects import clean_name, fits, wordings_in
from .units import unit_family
from .vocabulary import load_vocabulary

#: How far before 分别 its subjects are looked for (real lists are short; the bound keeps
#: a paragraph of one endless sentence linear).
SUBJECTS_MAX_CHARS = 120
_CLAUSE_MARKS = frozenset("，,；;：:。！？!?")


@cache
def _period_end() -> re.Pattern[str]:
    """A period word that ends a list item (上半年, 1—6月, 2021年)."""
    parts = "|".join(sorted(load_phrases().period_parts, key=len, reverse=True))
    return re.compile(
        rf"(?:{parts}|\d{{1,2}}\s*[-—–~至到]\s*\d{{1,2}}月份?|\d{{1,2}}月份?|(?:19|20)\d\d年"
        r"|(?<![一二三四五六七八九十])[一二三])$"  # 一、二、三、四季度: quarters by ordinals
    )


_COMMAS = re.compile("[，,]")
#: What ends the clause of the subjects of a list (a comma or a semicolon).
_SUBJECT_BOUNDS = re.compile("[，,；;]")
#: A year that opens a list of periods (2021年一季度、上半年…).
_LEADING_YEAR = re.compile(r"(?:19|20)\d\d年")
_CLAUSE_BREAKS = re.compile("[，,；;]")
#: A span of years that opens a list (2016年至2020年分别减贫…): one figure per year.
_YEAR_SPAN = re.compile(
    r"(?P<first>(?:19|20)\d\d)年?\s*(?:至|到|—|–|-|～|~)\s*(?P<last>(?:19|20)\d\d)年"
)


@dataclass(frozen=True, slots=True)
class Respective:
    """What one figure of a 分别 list is a figure of.

    ``start`` is -1 when the list names no subject: the figure then belongs to the
    ``position``-th of the ``size`` level figures before the list (``first`` is where the
    list's first figure starts); with a ``name`` then, it is that amount of the thing that
    figure counts (其中服装市场14个、…，分别实现交易额186.3亿元、…: 服装市场交易额).
    """

    position: int
    size: int
    first: int
    indicator: str = ""
    name: str = ""
    start: int = -1
    end: int = -1
    earlier: int = -1  # 由A和B增加到C和D: where the earlier figure (A for C) starts
    period_at: int = -1  # 一季度、上半年分别…: where the figure's own period word ends
    months: tuple[int, int] | None = None  # 四个季度…分别为: the months of the figure's quarter
    years_back: int = -1  # 五年…分别为: how many years before the list's year the figure is of
    year: int = -1  # 2016年至2020年分别…: the figure's own year
    new: bool = False  # 新增A、B和C分别为…: each figure counts new ones
    target: bool = False  # 分别完成规划目标250亿元、13亿元: each figure is its subject's target
    progress_of: int = 0  # …的101.3%和98.6%: ``id`` of the target mention this rate reaches


@dataclass(frozen=True)
class _Words:
    words: tuple[str, ...]
    word_re: re.Pattern[str]
    subject_joiners: re.Pattern[str]
    figure_joiners: frozenset[str]
    heads: tuple[str, ...]
    share_verbs: tuple[str, ...]
    max_gap: int
    canonical: dict[str, str]
    shares: dict[tuple[str, str], str]
    collective: dict[str, tuple[str, ...]]
    each_re: re.Pattern[str]
    period_months: dict[str, tuple[tuple[int, int], ...]]
    period_years: dict[str, int]
    periods_re: re.Pattern[str]


@cache
def _words() -> _Words:
    d = load_phrases().raw["respectively"]  # the [respectively] section of phrases.toml
    vocab = load_vocabulary()
    canonical: dict[str, str] = {}
    for ind in vocab.values():
        for w in ind.wordings:
            canonical.setdefault(w, ind.name)
    shares = {
        (e.share_of[0], e.share_of[1]): name
        for name, e in vocab.items()
        if getattr(e, "share_of", None) and len(e.share_of) == 2
    }
    period_months = {
        k: tuple((int(a), int(b)) for a, b in v) for k, v in d.get("period_months", {}).items()
    }
    period_years = {k: int(v) for k, v in d.get("period_years", {}).items()}
    return _Words(
        words=tuple(d["words"]),
        word_re=re.compile(trie_pattern(d["words"])),
        subject_joiners=re.compile(trie_pattern(d["subject_joiners"])),
        figure_joiners=frozenset(d["figure_joiners"]),
        heads=tuple(sorted(d["shared_heads"], key=len, reverse=True)),
        share_verbs=tuple(d["share_verbs"]),
        max_gap=int(d["max_gap"]),
        canonical=canonical,
        shares=shares,
        collective={k: tuple(v) for k, v in d.get("collective", {}).items()},
        each_re=re.compile("|".join(d.get("each", ())) or "(?!)"),
        period_months=period_months,
        period_years=period_years,
        periods_re=re.compile(trie_pattern([*period_months, *period_years] or ["(?!)"])),
    )


def has_respectively(text: str) -> bool:
    """Whether ``text`` has a word such as 分别 or 均 at all (the cheap test before any work).

    Examples
    --------
    >>> has_respectively("工业和农业总产值分别为5亿元和2亿元"), has_respectively("增长5%")
    (True, False)
    >>> has_respectively("城乡居民收入均增长6%"), has_respectively("人均收入增长6%")
    (True, False)
    """
    w = _words()
    return any(word in text for word in w.words) or w.each_re.search(text) is not None


def respective_subjects(
    text: str, mentions: list[Mention], layout: Layout
) -> dict[int, Respective]:
    """The figures of the 分别 lists of a paragraph, by ``id`` of their mention.

    A figure of a list that prints no verb of its own takes the verb of the list's first
    figure (``分别增长9.8%和3.2%``): the mentions are updated in place.

    Parameters
    ----------
    text
        Clean paragraph text.
    mentions
        Its mentions (:func:`indicators.mentions.scan`), in reading order.
    layout
        Its layout.

    Returns
    -------
    dict
        ``id(mention)`` -> :class:`Respective`, for the figures of the lists read.

    Examples
    --------
    >>> from indicators.mentions import scan
    >>> text = "全镇工业和农业总产值分别为10.3亿元和2.9亿元，同比分别增长9.8%和3.2%。"
    >>> ms, lay = scan(text)
    >>> found = respective_subjects(text, ms, lay)
    >>> [(m.value, found[id(m)].indicator, found[id(m)].start) for m in ms]
    [('10.3', '工业总产值', 2), ('2.9', '农业总产值', 5), ('9.8', '', -1), ('3.2', '', -1)]
    >>> ms[3].role, ms[3].basis
    ('growth', '同比')
    """
    if not mentions or not has_respectively(text):
        return {}
    w = _words()
    found: dict[int, Respective] = {}
    starts = [m.start for m in mentions]
    # the sentence, subjects and printed items of the last list
    recent: tuple[int, list[_Subject], list[_Item]] | None = None
    for hit in w.word_re.finditer(text):
        after = hit.end()
        i = _first_figure(text, mentions, starts, layout, after, w)
        if i is None:
            continue
        first = mentions[i]
        end = min(hit.start(), first.claim_start)
        floor = _subjects_floor(mentions, i, layout, hit.start(), end)
        if floor > end:
            continue
        counted = mentions[i - 1] if i > 0 else None
        if counted is not None and floor <= counted.start < end:  # 新塘三个镇: no 三个镇
            end = counted.start if _counts_the_list(counted, layout, floor) else end
        if _TIME_ONLY.fullmatch(text[floor:end].strip("，,")):
            floor = end  # …、数字化车间30个，到年底分别累计达到52个和215个: a time, no subject
        periods = _period_list(text, floor, end)
        if periods is not None:  # 一季度、上半年、前三季度分别增长…: a list of periods
            _give_periods(text, mentions, i, *periods, found)
            continue
        if _give_collective_periods(text, mentions, i, (floor, end, after), found):
            continue  # 四个季度…分别为, 五年…分别为: one figure per quarter or year
        last, before = _subject_items(text, floor, end)
        if len(last) == 1 and not before and clean_name(last[0][0]) in load_phrases().level_words:
            last = []  # …分别为2家、9家和23家，总数分别达到5家…: the subjects of the list before
        _share_last_unit(mentions, i, w, text)
        share_words = ""
        if len(last) == 1 and not before and _rates_of_list_before(text, mentions, i, last[0], w):
            last = []  # 地区生产总值分别为a、b和c，增速依次为x%、y%和z%: growths of a, b and c
        if len(last) == 1 and not before and _named_inline(text[after : first.start]):
            continue  # 各村集体经济收入分别为芒允村14.2万元、南坝村12.6万元: each named by its own
        if (
            len(last) == 1
            and not before
            and recent
            and recent[0] == layout.sentence(hit.start())[0]
        ):
            part = _PLACE_OF_ITEMS.fullmatch(last[0][0])  # 后两项分别比上年提高…: the last two
            figures = _figure_list(text, mentions, i, 0, w)
            if part is not None and CN_DIGITS[part.group(2)] == len(figures) <= len(recent[1]):
                n = len(figures)
                chosen = recent[1][:n] if part.group(1) == "前" else recent[1][-n:]
                for k, (m, subject) in enumerate(zip(figures, chosen, strict=True)):
                    inherit_verb(m, first)
                    found[id(m)] = Respective(k, n, first.start, *subject)
                continue
            remeasured = _remeasured(recent[2], last[0], w)
            if remeasured and len(figures) == len(remeasured):
                # 玉米、水稻、大豆播种面积分别为…，产量分别为…: the same crops' output
                subjects = _resolve(remeasured, text, first, "")
                for k, (m, subject) in enumerate(zip(figures, subjects, strict=True)):
                    inherit_verb(m, first)
                    found[id(m)] = Respective(k, len(figures), first.start, *subject)
                continue
        if last:
            last[-1], share_words = _share_cut(text, last[-1], w)
            last = _collective(last, text) or last
            figures = _figure_list(text, mentions, i, len(last) + len(before), w)
            extra = len(figures) - len(last)
            if len(last) == 1 and not before and extra > 0:
                figures = _figure_list(text, mentions, i, 0, w)
                places = _places_before(text, last[0][1], len(figures))
                if places:  # …的村4个，分别为东湖村、柳塘村，集体经济收入分别为86.2万元、72.5万元
                    (indicator, name, _, _), *_ = _resolve(last, text, first, "")
                    for k, (m, (_, s, e)) in enumerate(zip(figures, places, strict=True)):
                        inherit_verb(m, first)
                        size = len(figures)
                        found[id(m)] = Respective(k, size, first.start, indicator, name, s, e)
                    continue
            if extra < 0:  # 教育、社会保障和就业、医疗卫生、农林水支出分别…: one 和 is in a name
                last, figures = (
                    _at_enumeration_commas(text, last),
                    _figure_list(text, mentions, i, 0, w),
                )
                extra = len(figures) - len(last) if last and not before else -1
            if extra < 0 or extra > len(before):
                continue
            items = before[len(before) - extra :] + last
            subjects = _resolve(items, text, first, share_words + text[after : first.start])
            new = items[0][0].startswith(load_phrases().new_words)
            recent = (layout.sentence(hit.start())[0], subjects, items)
            for k, (m, subject) in enumerate(zip(figures, subjects, strict=True)):
                inherit_verb(m, first)
                found[id(m)] = Respective(k, len(figures), first.start, *subject, new=new)
            _share_last_bound(figures, text)
            later = _later_list(text, mentions, i + len(figures), len(figures), w)
            for k, (m, subject) in enumerate(zip(later, subjects, strict=False)):
                inherit_verb(m, later[0])
                found[id(m)] = Respective(
                    k, len(later), later[0].start, *subject, earlier=figures[k].start
                )
            target = _names_target(text[after : first.start])  # not 分别完成年度目标的…%
            if target:
                for m in figures:
                    found[id(m)] = replace(found[id(m)], target=True)
            # …分别完成规划目标250亿元、13亿元的101.3%和98.6%: the progress towards each
            nxt = i + len(figures) + len(later)
            rates = _progress_list(text, mentions, nxt, figures, w) if target else []
            words = clean_name(text[after : first.start])  # 规划目标: the name of each rate
            for k, (m, subject) in enumerate(zip(rates, subjects, strict=False)):
                inherit_verb(m, rates[0])
                at = rates[0].start
                found[id(m)] = Respective(
                    k, len(rates), at, "", words, *subject[2:], progress_of=id(figures[k])
                )
            nxt += len(rates)
            # …分别达到29856元和10472元，比上年增加2236元和900元: changes of the levels listed
            changes = _figures_after_list(text, mentions, nxt, len(figures), w, role="change")
            for k, m in enumerate(changes):
                if id(m) not in found:
                    found[id(m)] = Respective(k, len(figures), mentions[nxt].start)
            nxt += len(changes)
            # …分别比年初增加176户和242户，增长8.2%和5.6%: growths of the levels listed before
            for k, m in enumerate(_figures_after_list(text, mentions, nxt, len(figures), w)):
                if id(m) not in found:
                    found[id(m)] = Respective(k, len(figures), mentions[nxt].start)
            # 城镇和农村居民人均可支配收入分别增长7.5%和9%，达到41551元和17273元: the levels
            # the growths reach, of the same subjects
            reached = _levels_after(text, mentions, nxt, len(figures), w) if later == [] else []
            for k, (m, subject) in enumerate(zip(reached, subjects, strict=False)):
                if first.role == "growth" and id(m) not in found:
                    inherit_verb(m, reached[0])
                    found[id(m)] = Respective(k, len(reached), reached[0].start, *subject)
        elif first.role in ("growth", "change"):
            figures = _figure_list(text, mentions, i, 0, w)
            if len(figures) < 2:
                continue
            for k, m in enumerate(figures):
                inherit_verb(m, first)
                found[id(m)] = Respective(k, len(figures), first.start)
            nxt = i + len(figures)  # …分别比年初增加176户和242户，增长8.2%和5.6%
            for k, m in enumerate(_figures_after_list(text, mentions, nxt, len(figures), w)):
                if id(m) not in found:
                    found[id(m)] = Respective(k, len(figures), mentions[nxt].start)
        elif (
            first.role == "level"
            and (i == 0 or id(mentions[i - 1]) not in found)  # 分别增长…，分别达到…: see below
            and _reached_only(text[floor:end] + text[after : first.start])
        ):
            # 新增A两家、B8家，累计分别达到3家和21家: the stocks of the items before
            figures = _figure_list(text, mentions, i, 0, w)
            if len(figures) < 2:
                continue
            for k, m in enumerate(figures):
                found[id(m)] = Respective(k, len(figures), first.start)
        elif (
            first.role == "level"
            and (i == 0 or id(mentions[i - 1]) not in found)
            and not clean_name(text[floor:end])
            and (of_each := _of_each_before(text[after : first.start]))
        ):
            # 风电由…增加到248.5万千瓦，光伏由…增加到215.6万千瓦，分别新增62.5万千瓦和73.6万千瓦:
            # what is new of each level reached before the list; 其中服装市场14个、皮具箱包市场9个，
            # 全年分别实现交易额186.3亿元、79.5亿元: an amount of each of the things counted
            figures = _figure_list(text, mentions, i, 0, w)
            if len(figures) < 2:
                continue
            new, amount = of_each
            for k, m in enumerate(figures):
                found[id(m)] = Respective(k, len(figures), first.start, name=amount, new=new)
        elif i > 0:  # …分别增长7%和8%，分别达到3.94万元和1.83万元: the subjects of the list before
            earlier = found.get(id(mentions[i - 1]))
            if earlier is None or earlier.start < 0 or earlier.size < 2 or i < earlier.size:
                continue
            figures = _figure_list(text, mentions, i, earlier.size, w)
            subjects = [found.get(id(mentions[i - earlier.size + k])) for k in range(earlier.size)]
            if len(figures) != earlier.size or any(s is None or s.start < 0 for s in subjects):
                continue
            for k, (m, s) in enumerate(zip(figures, subjects, strict=True)):
                assert s is not None
                found[id(m)] = Respective(
                    k, len(figures), first.start, s.indicator, s.name, s.start, s.end
                )
    _each_lists(text, mentions, starts, layout, found)
    return found


def _remeasured(items: list[_Item], measure: _Item, w: _Words) -> list[_Item]:
    """The subjects of a list before, of another measure named alone (玉米、水稻、大豆播种面积
    分别为…，产量分别为…: 玉米产量, 水稻产量, 大豆产量), when the last of them ends with a
    measure word; ``[]`` otherwise."""
    word, s, e = measure
    word = clean_name(word)
    measures = _measures()
    if len(items) < 2 or word not in measures:
        return []
    head = next((h for h in measures if items[-1][0].endswith(h) and h != word), "")
    if not head or len(items[-1][0]) == len(head):
        return []
    stems = [name.removesuffix(head) for name, _, _ in items]
    if any(not stem or any(h in stem for h in measures) for stem in stems):
        return []
    return [(stem + word, s, e) for stem in stems]


@cache
def _measures() -> tuple[str, ...]:
    """Words of a measure a list's subjects may share (产量, 播种面积, 产值), longest first."""
    ph = load_phrases()
    found = {*ph.area_measures, *ph.shared_head_measures, *_words().heads}
    return tuple(sorted(found, key=len, reverse=True))


def _named_inline(words: str) -> bool:
    """Whether the words between 分别 and the first figure name a part of the place (分别为
    芒允村14.2万元、南坝村…): each figure is then named by the words before it.

    Examples
    --------
    >>> _named_inline("为芒允村"), _named_inline("为"), _named_inline("达到")
    (True, False, False)
    """
    name = clean_name(words)
    return bool(name) and load_phrases().sub_place_re.fullmatch(name) is not None


def _period_list(text: str, floor: int, end: int) -> tuple[list[_Item], _Item] | None:
    """``全县地区生产总值一季度、上半年、前三季度`` before 分别: when the last clause of
    ``text[floor:end]`` lists periods (the first after the subject's words), the periods as
    items and the subject's words as an item (empty when there are none); else ``None``."""
    commas = [m.end() for m in _COMMAS.finditer(text, floor, end)]
    start = max([floor, *commas])
    item = max(text.rfind(mark, start, end) for mark in "；;")  # …增长9.5%；上半年、前三季度…
    start = item + 1 if item >= 0 else start
    pieces = _split(text, start, end)
    if len(pieces) < 2 and start > floor:  # 一季度、上半年、前三季度，规上工业总产值分别增长…
        before = max([floor, *commas[:-1]])
        while before < start - 1 and text[before] in "；;：:":
            before += 1  # …84.9%；一季度、上半年…: from after the semicolon
        listed = _split(text, before, start - 1)
        if len(listed) >= 2 and all(
            _period_end().fullmatch(text, s, e) or _period_lead().fullmatch(text, s, e)
            for s, e in listed
        ):
            subject = clean_name(text[start:end])
            return [(text[s:e], s, e) for s, e in listed], (subject, start, end)
    if len(pieces) < 2:
        return None
    year = _LEADING_YEAR.match(text, pieces[0][0], pieces[0][1])
    if year is not None and year.end() < pieces[0][1]:  # 2021年一季度、上半年…: the year's
        pieces[0] = (year.end(), pieces[0][1])
    ends = [_period_end().search(text, s, e) for s, e in pieces]
    rate = None  # 一季度、上半年、前三季度和全年增速依次为…: the rates of the list's periods
    named = None  # 一季度、上半年和前三季度地区生产总值分别增长…: the subject after the periods
    if ends[-1] is None and ends[0] is not None and ends[0].start() == pieces[0][0]:
        last_s, last_e = pieces[-1]
        lead = _period_lead().match(text, last_s, last_e)
        words = clean_name(text[lead.end() : last_e]) if lead is not None else ""
        if lead is not None:  # 2017年和2018年全市分别…: only the place after the periods
            if words in load_phrases().rate_words:
                rate = (words, lead.end(), last_e)
            elif words:
                named = (words, text.find(words, lead.end(), last_e), last_e)
            pieces[-1] = (last_s, lead.end())
            ends[-1] = _period_end().search(text, last_s, lead.end())
    if ends[0] is None or any(
        e is None or e.start() > s for e, (s, _) in zip(ends[1:], pieces[1:], strict=True)
    ):
        return None
    items = [(text[s:e], s, e) for s, e in pieces]
    if rate is not None:
        return items, rate
    if named is not None:
        return items, named
    s0, cut = pieces[0][0], ends[0].start()
    subject = clean_name(text[s0:cut])
    return items, (subject, s0, cut)


@cache
def _period_lead() -> re.Pattern[str]:
    """A period word that opens a list item (全年增速: 全年; 2018年全市: 2018年)."""
    parts = "|".join(sorted([*load_phrases().period_parts, "全年"], key=len, reverse=True))
    return re.compile(rf"(?:{parts}|(?:19|20)\d\d年)")


def _give_periods(
    text: str,
    mentions: list[Mention],
    i: int,
    items: list[_Item],
    subject_item: _Item,
    found: dict[int, Respective],
) -> None:
    """Each figure of a list after a list of periods gets its period (and the subject named
    before the periods, if any)."""
    w = _words()
    first = mentions[i]
    figures = _figure_list(text, mentions, i, len(items), w)
    if len(figures) != len(items):
        return
    if subject_item[0] in load_phrases().rate_words:  # …全年增速依次为: growths of a subject
        if any(unit_family(m.unit) != "percent" for m in figures):
            return
        for m in figures:
            m.role, m.verb = "growth", m.verb or "增长"
        subject_item = _last_wording_before(text, items[0][1])
    subject = _resolve([subject_item], text, first, "")[0] if subject_item[0] else None
    for k, (m, (_, _, item_end)) in enumerate(zip(figures, items, strict=True)):
        inherit_verb(m, first)
        named = subject if subject is not None else ("", "", -1, -1)
        found[id(m)] = Respective(k, len(figures), first.start, *named, period_at=item_end)


def _last_wording_before(text: str, pos: int) -> _Item:
    """The last vocabulary wording in the sentence before ``pos``, as an item (empty when
    there is none): what the rates of a list of periods are of."""
    start = max(0, pos - SUBJECTS_MAX_CHARS)
    stop = max(text.rfind(mark, start, pos) for mark in "。！？!?")
    found = wordings_in(text, max(start, stop + 1), pos)
    if not found:
        return ("", -1, -1)
    return (found[-1].text, found[-1].start, found[-1].end)


def _give_collective_periods(
    text: str,
    mentions: list[Mention],
    i: int,
    bounds: tuple[int, int, int],
    found: dict[int, Respective],
) -> bool:
    """``四个季度规上工业总产值分别为a、b、c和d``, ``五年新增城镇就业分别为…``: a word that
    stands for the periods of the list opens the last clause before 分别 (the list's words
    run from ``floor`` to ``end``; 分别 ends at ``after``); each figure gets its quarter, or
    its year counted back from the list's, and the subject after the word (else the one
    after 分别: 一至四季度分别接待游客…). Whether the list was read so."""
    floor, end, after = bounds
    w = _words()
    commas = [floor, *(m.end() for m in _CLAUSE_BREAKS.finditer(text, floor, end))]
    start = commas[-1]
    hit = _periods_word(text, start, end, w, whole=False)
    subject_from, subject_end = (hit.end() if hit is not None else start), end
    plan_start = 0  # “十四五”前三年，…分别为…: the first years of the plan
    if hit is None and len(commas) > 1:  # 2021年至2025年，地区生产总值分别为…
        lead = load_phrases().plan_name.match(text, commas[-2], start - 1)
        hit = _periods_word(text, lead.end() if lead else commas[-2], start - 1, w, whole=True)
        if hit is not None and lead is not None:
            plan_start = load_phrases().plans.get(lead.group("plan"), (0, 0))[0]
    if hit is None:  # 地区生产总值2021年至2024年分别为…, 固定资产投资四年分别完成…: the years
        hit = _years_ending(text, start, end, w)  # after the subject
        if hit is not None:
            subject_end = hit.start()
    plan_years = None if hit is not None else _plan_opening_sentence(text, floor)
    recent = 0 if hit is not None or plan_years else _recent_opening_sentence(text, floor)
    if hit is None and plan_years is None and not recent:
        return False
    named = clean_name(text[floor:end])
    if hit is None and (not named or named.endswith(tuple(load_phrases().rate_words))):
        return False  # 2021年至2024年，…分别为a…d，分别增长… (增速依次为…): the growths of the
        # levels listed
    counted = _COUNTED_SUBJECTS.search(text, max(0, floor - _COUNT_BACK), end)
    if hit is None and counted is not None:
        return False  # “十三五”期间，全县五个中心镇分别完成…: the towns, not the years
    word = hit.group(0) if hit is not None else ""
    months = w.period_months.get(word)
    first_year = int(hit.group("first")) if hit is not None and hit.re is _YEAR_SPAN else plan_start
    if plan_years is not None:  # 回顾“十二五”，…；全社会固定资产投资分别完成a…e: its years
        first_year, size = plan_years[0], plan_years[1] - plan_years[0] + 1
    elif recent:  # 五年间，…；全社会固定资产投资分别完成a、b、c、d和e: the last five years
        first_year, size = 0, recent
    elif first_year and hit is not None and hit.re is _YEAR_SPAN:
        size = int(hit.group("last")) - first_year + 1
        if not 2 <= size <= 10:
            return False
    else:
        size = len(months) if months is not None else w.period_years[word]
    first = mentions[i]
    figures = _figure_list(text, mentions, i, size, w)
    if len(figures) != size:
        return False
    if len(_split(text, subject_from, subject_end)) > 1:
        return False  # 两年间城镇和农村居民人均可支配收入分别增长…: a list of subjects, not years
    item = (clean_name(text[subject_from:subject_end]), subject_from, subject_end)
    if not item[0]:
        item = (clean_name(text[after : first.claim_start]), after, first.claim_start)
    named = _resolve([item], text, first, "")[0] if item[0] else ("", "", -1, -1)
    words = load_phrases().new_words  # 2021年至2024年新登记市场主体分别为…: new ones, but not
    new = item[0].startswith(words) and not named[1].startswith(words)  # 新增城镇就业 itself
    for k, m in enumerate(figures):
        inherit_verb(m, first)
        if months is not None:
            found[id(m)] = Respective(k, size, first.start, *named, months=months[k], new=new)
        elif first_year:
            found[id(m)] = Respective(k, size, first.start, *named, year=first_year + k, new=new)
        else:
            back = size - 1 - k
            found[id(m)] = Respective(k, size, first.start, *named, years_back=back, new=new)
    return True


def _plan_opening_sentence(text: str, pos: int) -> tuple[int, int] | None:
    """The years of a five-year plan whose review opens the sentence of ``pos`` (回顾“十二五”，
    …; “十二五”期间，…), or of a span of years printed there (2021年至2024年分别…；…分别为…),
    or ``None``: a list of as many figures as its years with one subject and no years of its
    own is of those years, in order."""
    start = _sentence_start(text, pos)
    printed = _YEAR_SPAN.match(text, start)  # 2021年至2024年分别接待游客…；实现…收入分别为…
    if printed is None:  # …，2021年至2024年分别接待游客…；实现旅游综合收入分别为…: the years of
        printed = next(  # the list before, in the sentence
            (y for y in _YEAR_SPAN.finditer(text, start, pos) if _EACH_AFTER.match(text, y.end())),
            None,
        )
    if printed is not None:
        return int(printed.group("first")), int(printed.group("last"))
    ph = load_phrases()
    review = next((w for w in ph.plan_review_words if text.startswith(w, start)), "")
    plan = ph.plan_name.match(text, start + len(review))
    if plan is None:
        return None
    if not review and not text.startswith(ph.plan_span, plan.end()):
        return None  # (“十二五”规划…: no review of its years)
    return ph.plans.get(plan.group("plan"))


def _recent_opening_sentence(text: str, pos: int) -> int:
    """How many last years a word that opens the sentence of ``pos`` with a comma names
    (五年间，…；…分别完成…: 5), or 0."""
    start = _sentence_start(text, pos)
    for word, years in load_phrases().recent.items():
        opens = text.startswith(word, start) and text.startswith(("，", ","), start + len(word))
        if years > 0 and opens:
            return years
    return 0


#: A span of years right before 分别 / 依次 (2021年至2024年分别接待…): the years of a list.
_EACH_AFTER = re.compile(r"[，,]?(?:分别|依次)")
#: A count of the subjects of a list (五个中心镇, 五大产业集群, 3家企业): a list of them.
_COUNTED_SUBJECTS = re.compile(r"[\d一二两三四五六七八九十]+[个大家项座所条类](?!百分点)")
#: How far before the words of a list its count of subjects is looked for.
_COUNT_BACK = 4


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence of ``pos`` starts, looked for a bounded way back (linear on a text
    without full stops: past the bound, the sentence is taken to start there)."""
    floor = max(0, pos - _SENTENCE_BACK)
    return max(max(text.rfind(mark, floor, pos) for mark in "。！？!?") + 1, floor)


#: How far back the start of a sentence is looked for.
_SENTENCE_BACK = 300
#: How many characters a span of years may take before 分别 (2021年至2024年依次).
_YEARS_BEFORE_MAX = 16


def _years_ending(text: str, start: int, end: int, w: _Words) -> re.Match[str] | None:
    """A span of years or a word for the last years that ends ``text[start:end]`` (地区生产
    总值2021年至2024年, 固定资产投资四年), with only a verb of the list after it (完成, 实现),
    or ``None``."""
    for pattern in (_YEAR_SPAN, w.periods_re):
        for hit in pattern.finditer(text, max(start, end - _YEARS_BEFORE_MAX), end):
            if hit.start() <= start or len(text[hit.end() : end].strip()) > 2:
                continue
            subjects = text[start : hit.start()]
            if pattern is w.periods_re and any(k in subjects for k in w.collective):
                return None  # 城乡居民人均可支配收入两年分别增长…: urban and rural, over two years
            return hit
    return None


def _periods_word(
    text: str, start: int, end: int, w: _Words, *, whole: bool
) -> re.Match[str] | None:
    """A word for the periods of a list (四个季度, 五年, 2016年至2020年) at ``start``, or
    making up all of ``text[start:end]`` when ``whole``."""
    for pattern in (w.periods_re, _YEAR_SPAN):
        hit = pattern.fullmatch(text, start, end) if whole else pattern.match(text, start, end)
        if hit is not None:
            return hit
    return None


def _subjects_floor(mentions: list[Mention], i: int, layout: Layout, word: int, end: int) -> int:
    """Where the subjects of a list whose word (分别, 均) is at ``word`` and whose first
    figure is ``mentions[i]`` may start: in the sentence, after the figure before."""
    floor = max(layout.sentence(word)[0], end - SUBJECTS_MAX_CHARS)
    k = i - 1
    if k >= 0 and _counts_the_list(mentions[k], layout, floor):
        k -= 1  # 春节、“五一”、国庆三个假期分别…: the count of the list, no figure before it
    if k >= 0 and mentions[k].end > floor:
        floor = mentions[k].end
    return floor


def _counts_the_list(m: Mention, layout: Layout, floor: int) -> bool:
    """Whether ``m`` counts the subjects listed right before it (城关、河口、新塘三个镇): a
    whole number that many 、 and 和 before it in its clause make up."""
    if m.role != "level" or not m.value.isdigit() or m.start <= floor:
        return False
    start = max(layout.phrase_start(m.start), floor)
    joiners = len(_words().subject_joiners.findall(layout.text, start, m.start))
    return joiners > 0 and int(m.value) == joiners + 1


def _each_lists(
    text: str,
    mentions: list[Mention],
    starts: list[int],
    layout: Layout,
    found: dict[int, Respective],
) -> None:
    """One figure after 均 given to each subject listed before it: the figure's mention is
    copied once for each further subject, right after it in ``mentions`` (updated in place).

    ``城镇和农村居民人均可支配收入均增长6%``: a growth of each. ``…分别为A和B，均增长5%``
    (no subject in the clause of 均): a growth of each figure of the list before it.
    """
    w = _words()
    copies: dict[int, list[Mention]] = {}  # by index of the figure in ``mentions``
    for hit in w.each_re.finditer(text):
        i = _first_figure(text, mentions, starts, layout, hit.end(), w)
        if i is None or id(mentions[i]) in found or i in copies:
            continue
        first = mentions[i]
        if len(_figure_list(text, mentions, i, 0, w)) != 1:
            continue  # 均增长6%和7%: no one figure for each
        end = min(hit.start(), first.claim_start)
        floor = _subjects_floor(mentions, i, layout, hit.start(), end)
        if floor > end:
            continue
        last, _ = _subject_items(text, floor, end)
        last = (_collective(last, text) or last) if last else last
        if len(last) >= 2:
            subjects = _resolve(last, text, first, text[hit.end() : first.start])
            figures = [first, *(_copy(first) for _ in subjects[1:])]
            for k, (m, subject) in enumerate(zip(figures, subjects, strict=True)):
                found[id(m)] = Respective(k, len(figures), first.start, *subject)
            copies[i] = figures[1:]
        elif not last and i > 0 and first.role in ("growth", "change"):
            if text[mentions[i - 1].end : first.claim_start].strip("，,") != text[
                hit.start() : first.claim_start
            ].strip("，,"):
                continue  # something besides 均 between the list and the figure
            listed = found.get(id(mentions[i - 1]))
            size = listed.size if listed is not None and listed.start >= 0 else 0
            size = size or _levels_listed_before(text, mentions, i, w)
            if size < 2:
                continue
            figures = [first, *(_copy(first) for _ in range(size - 1))]
            for k, m in enumerate(figures):
                found[id(m)] = Respective(k, len(figures), first.start)
            copies[i] = figures[1:]
    if copies:
        mentions[:] = [x for k, m in enumerate(mentions) for x in (m, *copies.get(k, ()))]


def _levels_listed_before(text: str, mentions: list[Mention], i: int, w: _Words) -> int:
    """How many level figures right before ``mentions[i]`` are listed with 、 / 和 between
    them (出口18.6亿元、进口6.2亿元，均增长11.5%: two), each with its own words."""
    k = i - 1
    family = unit_family(mentions[k].unit)
    while k > 0:
        a, b = mentions[k - 1], mentions[k]
        gap = text[a.end : b.claim_start]
        joined = any(j in gap[:2] for j in w.figure_joiners)
        if not joined or any(c in _CLAUSE_MARKS for c in gap) or a.verb or b.verb:
            break
        if unit_family(a.unit) != family:
            break
        k -= 1
    return i - k if not mentions[i - 1].verb else 0


def _copy(m: Mention) -> Mention:
    """A copy of a mention for one more subject (its own list of qualifiers)."""
    return replace(m, quals=list(m.quals))


def _first_figure(
    text: str, mentions: list[Mention], starts: list[int], layout: Layout, after: int, w: _Words
) -> int | None:
    """Index of the first figure after 分别 at ``after``, if it follows closely in its clause."""
    i = bisect.bisect_left(starts, after)
    if i >= len(mentions):
        return None
    m = mentions[i]
    gap = text[after : m.start]
    if len(gap) > w.max_gap or any(c in _CLAUSE_MARKS or c == "、" for c in gap):
        return None
    if m.structure is not None or m.range_role == "high" or layout.shielded(m.start):
        return None  # a list may open with a range (分别增长5%—5.5%和6%—6.5%): its low end
    return i


def _share_last_unit(mentions: list[Mention], i: int, w: _Words, text: str) -> None:
    """``分别提高1.2个和0.5个百分点``: a figure of a list whose unit begins the unit of the
    next one (个, 个百分点) has that unit."""
    for k in range(i, len(mentions) - 1):  # no slices: a paragraph may hold many lists
        a, b = mentions[k], mentions[k + 1]
        if text[a.end : b.claim_start] not in w.figure_joiners:
            return
        if a.unit and b.unit != a.unit and b.unit.startswith(a.unit) and not b.verb:
            a.unit, a.unit_carried = b.unit, True
            a.role, a.sign = "level", ""
            assign_role(a)


def _figures_after_list(
    text: str, mentions: list[Mention], i: int, size: int, w: _Words, role: str = "growth"
) -> list[Mention]:
    """A list of growths (or of changes, with ``role``) of ``size`` right after a 分别 list of
    changes or of levels, past one comma and with no 分别 of its own (…分别比年初增加176户和
    242户，增长8.2%和5.6%; …分别由A和B增加到C和D，增长8.1%和9.4%; …分别达到A和B，比上年增加
    C和D); else empty."""
    if i >= len(mentions) or i == 0 or mentions[i].role != role:
        return []
    before = mentions[i - 1]
    if (before.role not in ("change", "level")) or text[
        before.end : mentions[i].claim_start
    ] not in ("，", ","):
        return []
    growths = _figure_list(text, mentions, i, size, w)
    if len(growths) != size:
        return []
    if role == "growth" and any(unit_family(m.unit) != "percent" for m in growths):
        return []
    if role == "change" and any(m.unit != before.unit for m in growths):
        return []
    for m in growths[1:]:
        inherit_verb(m, growths[0])
    return growths


def _levels_after(
    text: str, mentions: list[Mention], i: int, size: int, w: _Words
) -> list[Mention]:
    """A list of levels of ``size`` right after a 分别 list of growths, past one comma and a
    verb of reaching, with no 分别 of its own (…分别增长7.5%和9%，达到41551元和17273元); else
    empty."""
    if i >= len(mentions) or i == 0 or mentions[i].role != "level":
        return []
    if mentions[i - 1].role != "growth" or not _REACHING.fullmatch(
        text, mentions[i - 1].end, mentions[i].claim_start
    ):
        return []
    levels = _figure_list(text, mentions, i, size, w)
    return levels if len(levels) == size else []


#: The words between a list of growths and the levels they reach (，达到, ，分别为).
_REACHING = re.compile(r"[，,](?:预计|力争|分别|均)?(?:达到|达|为|突破|超过)")


#: ``分别为东湖村、柳塘村、石桥村和新港村``: the places a clause lists as its last words.
_PLACES_LISTED = re.compile(r"(?:为|是|有)([^，,。；;：:为是有]{2,60})$")
#: How far back the clause that lists the places is looked at.
_PLACES_MAX_CHARS = 80


def _places_before(text: str, floor: int, size: int) -> list[_Item]:
    """The ``size`` parts of the place the clause right before ``floor`` lists at its end
    (…的村达到4个，分别为东湖村、柳塘村、石桥村、新港村，), each a sub-place; else empty."""
    if floor < 1 or text[floor - 1] not in "，,":
        return []
    low = max(0, floor - 1 - _PLACES_MAX_CHARS)  # bounded: linear on endless text
    start = max(low - 1, *(text.rfind(c, low, floor - 1) for c in "，,。；;：:")) + 1
    hit = _PLACES_LISTED.search(text, start, floor - 1)
    if hit is None:
        return []
    items = _split(text, hit.start(1), hit.end(1))
    if len(items) != size:
        return []
    ph = load_phrases()
    out = [(text[s:e], s, e) for s, e in items]
    if not all(ph.sub_place_re.fullmatch(name) for name, _, _ in out):
        return []
    return out


#: A time that names no subject before 分别 (到年底, 到2025年底, 届时).
_TIME_ONLY = re.compile(r"(?:到|至|截至)?(?:(?:19|20)\d\d年)?(?:年底|年末|底)|届时|到时")


def _reached_only(words: str) -> bool:
    """Whether the words around 分别 say only that levels were reached (累计分别达到, 总数分别
    为): the figures are then the levels of the subjects of the figures before the list."""
    ph = load_phrases()
    rest = words.strip("，,")
    for w in sorted((*ph.span_totals, *ph.span_levels, "为"), key=len, reverse=True):
        rest = rest.replace(w, "")
    return bool(words.strip()) and not rest


def _of_each_before(verb_words: str) -> tuple[bool, str] | None:
    """What the words between 分别 and a list's first figure say each figure is of the figure
    of the same place before the list: the new ones of it (分别新增: ``(True, "")``), or an
    amount of the things it counts (分别实现交易额: ``(False, "交易额")``, ``amount_ends`` in
    phrases.toml); ``None`` otherwise.

    Examples
    --------
    >>> _of_each_before("新增"), _of_each_before("实现交易额"), _of_each_before("为")
    ((True, ''), (False, '交易额'), None)
    """
    ph = load_phrases()
    words = clean_name(verb_words)
    if words in ph.new_words:
        return True, ""
    if len(words) >= 2 and words.endswith(ph.amount_ends):
        return False, words
    return None


def _names_target(verb_words: str) -> bool:
    """Whether the words between 分别 and a list's first figure end by naming a target
    (分别完成规划目标250亿元、13亿元): the figures are then targets. Not when the figures are
    the progress towards targets left unprinted (分别完成年度目标的102.3%和98.6%)."""
    if verb_words.endswith("的"):
        return False
    words = clean_name(verb_words)
    return any(words.endswith(t) for t in load_phrases().target_words)


def _progress_list(
    text: str, mentions: list[Mention], i: int, targets: list[Mention], w: _Words
) -> list[Mention]:
    """``…目标250亿元、13亿元的101.3%和98.6%``: the per-cent figures right after a list of
    targets and 的, one for each target (empty when there is no such list)."""
    if i >= len(mentions) or text[targets[-1].end : mentions[i].claim_start] != "的":
        return []
    rates = _figure_list(text, mentions, i, len(targets), w)
    if len(rates) != len(targets) or any(unit_family(m.unit) != "percent" for m in rates):
        return []
    return rates


def _later_list(text: str, mentions: list[Mention], i: int, size: int, w: _Words) -> list[Mention]:
    """``分别由A和B增加到C和D``: the list C, D of later values right after the list A, B
    (empty when there is none of the same size)."""
    if i >= len(mentions) or not mentions[i].to_level:
        return []
    if text[mentions[i - 1].end : mentions[i].claim_start]:
        return []
    later = _figure_list(text, mentions, i, size, w)
    return later if len(later) == size else []


def _collective(items: list[_Item], text: str) -> list[_Item] | None:
    """``三次产业增加值``: one subject standing for several, as several subjects."""
    if len(items) != 1:
        return None
    name, s, e = items[0]
    for word, parts in _words().collective.items():
        at = name.find(word)
        if at >= 0:
            return [(name[:at] + part + name[at + len(word) :], s, e) for part in parts]
    return None


def _figure_list(
    text: str, mentions: list[Mention], i: int, wanted: int, w: _Words
) -> list[Mention]:
    """The figures from ``mentions[i]`` on joined by list separators (a comma too while fewer
    than ``wanted``); a figure with a verb of its own ends a list of levels. A range (7%—8%)
    is one figure of the list, its low end: the high end takes the subject of the low."""
    first = mentions[i]
    if first.range_role == "high":
        return []
    out = [first]
    end = first.end
    for k in range(i + 1, len(mentions)):  # no slice: a paragraph may hold many lists
        m = mentions[k]
        if m.range_role == "high" and m.range_with is out[-1]:
            end = m.end  # 分别增长5.5%左右和7%—8%: the high end of the last figure
            continue
        gap = text[end : m.claim_start]
        per = _PER_WHAT.search(gap)  # 由每人每月528元和每人每年3960元: the unit's 每…
        gap = gap[: per.start()] if per is not None else gap
        if gap not in w.figure_joiners and not (gap in ("，", ",") and len(out) < wanted):
            break
        if m.structure is not None or m.range_role == "high":
            return []
        if m.verb and not first.verb:
            break
        out.append(m)
        end = m.end
        if wanted and len(out) == wanted:
            break
    return out


#: What a figure is per, printed before it (每人每年3960元, 每亩1200元).
_PER_WHAT = re.compile(r"每[\u4e00-\u9fff]{1,4}$")


#: A subject as printed: its cleaned words, and where its words are.
_Item = tuple[str, int, int]
#: Indicator, name, start and end of a subject.
_Subject = tuple[str, str, int, int]


def _subject_items(text: str, floor: int, end: int) -> tuple[list[_Item], list[_Item]]:
    """The subjects printed in ``text[floor:end]``: those of its last clause (cut at the
    subject joiners), and before them, nearest last, the comma-separated ones that are each a
    vocabulary wording. Nothing when an item of the last clause is empty."""
    w = _words()
    bounds = [floor, *(m.end() for m in _SUBJECT_BOUNDS.finditer(text, floor, end))]
    last: list[_Item] = []
    for s, e in _split(text, bounds[-1], end):
        name = clean_name(text[s:e])
        if not name:
            if last or e < end:
                return [], []
            continue
        last.append((name, s, e))
    before: list[_Item] = []
    for k in range(len(bounds) - 2, -1, -1):
        s, e = bounds[k], bounds[k + 1] - 1
        name = clean_name(text[s:e])
        if not name or _vocabulary_word(name, w) != name:
            break
        before.insert(0, (name, s, e))
    return last, before


def _rates_of_list_before(
    text: str, mentions: list[Mention], i: int, item: _Item, w: _Words
) -> bool:
    """Whether the one subject of a list of per-cent figures only says "its growth rate"
    (增速依次为9.1%、5.0%和6.4%): the figures are then made growths (updated in place), of
    the figures of the list before, which :mod:`indicators.claims` pairs with them."""
    first = mentions[i]
    if item[0] not in load_phrases().rate_words or unit_family(first.unit) != "percent":
        return False
    figures = _figure_list(text, mentions, i, 0, w)
    if len(figures) < 2 or any(unit_family(m.unit) != "percent" for m in figures):
        return False
    for m in figures:
        m.role, m.verb = "growth", m.verb or "增长"
    return True


def _share_cut(text: str, item: _Item, w: _Words) -> tuple[_Item, str]:
    """``河口镇占全县的比重`` (城关镇和河口镇占全县的比重依次为…): the last subject without the
    words of the share that all subjects have, and those words (``""`` when there are none)."""
    _, s, e = item
    at = min((a for v in w.share_verbs if (a := text.find(v, s + 1, e)) >= 0), default=-1)
    name = clean_name(text[s:at]) if at > s else ""
    if not name:
        return item, ""
    return (name, s, at), text[at:e]


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at the subject joiners."""
    out = []
    at = start
    for m in _words().subject_joiners.finditer(text, start, end):
        if m.group(0) == "同" and text[m.end() : m.end() + 1] in _NOT_JOINED_AFTER_TONG:
            continue  # 同期, 同时, 同比: a word of its own, not A同B
        if m.start() == at > start:
            continue  # 城关街道、和尚桥镇: 和 right after a joiner opens a name
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return out


#: What follows 同 when it joins no subjects (同期, 同时, 同比, 同样, 同步).
_NOT_JOINED_AFTER_TONG = frozenset("期时比样步口")


#: Items of the list before referred to by their place (后两项, 前三项).
_PLACE_OF_ITEMS = re.compile(r"([前后])([两二三四五])项")


def _at_enumeration_commas(text: str, items: list[_Item]) -> list[_Item]:
    """The subjects of ``items`` cut at the enumeration commas only (、), when the list holds
    one: 社会保障和就业 of 教育、社会保障和就业、医疗卫生支出 is one name; ``[]`` otherwise."""
    start, end = items[0][1], items[-1][2]
    if "、" not in text[start:end]:
        return []
    out: list[_Item] = []
    at = start
    for cut in [*(k for k in range(start, end) if text[k] == "、"), end]:
        name = clean_name(text[at:cut])
        if not name:
            return []
        out.append((name, at, cut))
        at = cut + 1
    return out


def _resolve(items: list[_Item], text: str, first: Mention, verb_words: str) -> list[_Subject]:
    """Indicator, name and span of each subject (the indicator only when it fits the figure)."""
    w = _words()
    items = _without_count_of_all(items)
    printed = [name for name, _, _ in items]
    names = _with_ordinals(printed)
    share = _share_of(verb_words, first)
    out: list[_Subject] = []
    for k, (name, (own, s, e)) in enumerate(zip(names, items, strict=True)):
        word = _vocabulary_word(name, w)
        if word is None:
            later = names[-1] if k < len(names) - 1 else ""
            word = _distributed(name, later, names[0] if k else "", w)
        word = word or name
        at = text.find(own[:2], s, e)
        start = at if at >= 0 else s
        indicator = w.canonical.get(word, "")
        if share is not None:
            whole_words, whole = share
            indicator = w.shares.get((indicator, whole), "") if indicator else ""
            word += whole_words
        elif indicator and not _unit_fits(indicator, first):
            indicator = ""
        out.append((indicator, word, start, e))
    if _names_parts(out, w):  # 东区、西区工业总产值: figures of parts of the place
        out = [
            ("", name if word != name and name.endswith(word) else word, s, e)
            for (_, word, s, e), name in zip(out, names, strict=True)
        ]
    places = load_phrases().sub_place_re
    if not any(x[0] for x in out) and all(places.match(name) for name in printed):
        # 东区、西区分别完成规上工业总产值618.35亿元和403.11亿元: the measure after 分别, of
        # each place (the place stays the scope, read from the subject's span)
        found = wordings_in(verb_words)
        indicator = w.canonical.get(found[-1].text, "") if found else ""
        if indicator and _unit_fits(indicator, first):
            out = [(indicator, found[-1].text, s, e) for _, _, s, e in out]
    return out


def _names_parts(out: list[_Subject], w: _Words) -> bool:
    """Whether a subject of the list keeps words before the vocabulary wording it ends with
    and so names a part of the place (东区工业总产值): then each subject is named by its own
    words, none by the vocabulary."""
    for indicator, word, _, _ in out:
        own = _vocabulary_word(word, w)
        if not indicator and own is not None and own != word:
            return True
    return False


def _share_of(verb_words: str, first: Mention) -> tuple[str, str] | None:
    """``占地区生产总值的``: the words of the whole and its indicator, when the figures are
    per-cent shares of it."""
    w = _words()
    if unit_family(first.unit) != "percent" or not verb_words.startswith(w.share_verbs):
        return None
    words = clean_name(verb_words)
    found = wordings_in(words)
    whole = w.canonical.get(found[-1].text, "") if found else ""
    return words, whole


#: A count of all the subjects of a list after its last one (A、B、C三大主导产业分别…).
_COUNT_OF_ALL = re.compile(r"([一二两三四五六七八九十])(?:大|个|项|类|种|条)[^、，,]{1,8}$")


def _without_count_of_all(items: list[_Item]) -> list[_Item]:
    """``电子信息、装备制造、生物医药三大主导产业``: words after the last subject that count
    all of them (as many as there are subjects) name none of their own; a measure word they
    end with (三大产业集群产值) stays the subjects' measure.

    Examples
    --------
    >>> _without_count_of_all([("电子信息", 0, 4), ("生物医药三大主导产业", 5, 15)])[-1]
    ('生物医药三大主导产业', 5, 15)
    >>> _without_count_of_all([("A", 0, 1), ("B", 2, 3), ("生物医药三大主导产业", 4, 14)])[-1]
    ('生物医药', 4, 8)
    >>> _without_count_of_all([("新材料", 0, 3), ("新能源两大产业营业收入", 4, 15)])[-1]
    ('新能源营业收入', 4, 15)
    """
    name, s, e = items[-1]
    found = _COUNT_OF_ALL.search(name, 1)
    if len(items) < 2 or found is None or CN_DIGITS.get(found.group(1), 0) != len(items):
        return items
    measure = next((m for m in load_phrases().measure_words if name.endswith(m)), "")
    if measure:
        return [*items[:-1], (name[: found.start()] + measure, s, e)]
    cut = name[: found.start()]
    return [*items[:-1], (cut, s, e - (len(name) - len(cut)))]


def _with_ordinals(names: list[str]) -> list[str]:
    """``第一、二、三产业``: the ordinal prefix of the first subject given to the others.

    Examples
    --------
    >>> _with_ordinals(["第一", "二", "三产业增加值"])
    ['第一', '第二', '第三产业增加值']
    >>> _with_ordinals(["一", "二", "三产业增加值"])
    ['第一', '第二', '第三产业增加值']
    """
    head = names[0]
    if (  # 一、二、三产业增加值: the sectors by their ordinals alone
        len(names) > 1
        and all(len(n) == 1 and n in CN_DIGITS for n in names[:-1])
        and names[-1][:1] in CN_DIGITS
        and names[-1][1:].startswith("产业")
    ):
        return ["第" + n for n in names]
    if len(head) < 2 or head[-2] != "第" or head[-1] not in CN_DIGITS:
        return names
    return [names[0], *(n if n[0] not in CN_DIGITS else "第" + n for n in names[1:])]


#: Words of a place's own level before a wording (区级税收收入), read with the report's level.
_OWN_LEVELS = frozenset({"区级", "县级", "市级", "镇级", "乡级", "街道级"})


def _vocabulary_word(name: str, w: _Words) -> str | None:
    """The longest vocabulary wording that ends ``name`` (``name`` itself first)."""
    for i in range(len(name)):
        if name[i:] in w.canonical:
            if name[:i] in _OWN_LEVELS:  # 区级税收收入: the own level's, read by the claims
                return None
            if _kind_of_bare(name[:i], name[i:]):  # 信息服务业增加值: one kind's, not all
                return None
            return name[i:]
    return None


def _kind_of_bare(kind: str, word: str) -> bool:
    """Whether ``kind`` glued before ``word`` names one kind of it (信息 of 信息服务业增加值:
    ``narrowed_wordings``)."""
    ph = load_phrases()
    return bool(kind) and word in ph.narrowed_wordings and kind not in ph.not_kinds


def _distributed(name: str, last: str, first: str, w: _Words) -> str | None:
    """``name`` completed with the head it shares with the last subject (工业 + 总产值) or
    with the beginning it shares with the first one (一般公共预算 + 支出), when that makes
    a vocabulary wording; else with a shared head of the data file. Places listed before the
    measure (凤塘、桃林、新埔街道规上工业总产值) each take the measure whole (not 林业总产值)."""
    own = _vocabulary_word(last, w)
    bare = len(name) <= 3 and not name.endswith(_LEVELS_OF_PLACE)  # 凤塘 (not 李家村)
    if own and bare and _PLACE_WITH_LEVEL.match(last) and not name.endswith(own):
        return name + own
    for i in range(len(name)):
        for j in range(1, len(last)):
            if name[i:] + last[j:] in w.canonical:
                if _kind_of_bare(name[:i], name[i:] + last[j:]):
                    return name + last[j:]  # 科技服务业、信息服务业增加值: 科技服务业增加值
                return name[i:] + last[j:]
    if own and len(own) < len(last) and not name.endswith(own):
        return name + own  # 东区、西区工业总产值: 东区工业总产值, no vocabulary wording
    for j in range(len(first) - 1, 0, -1):
        if first[:j] + name in w.canonical:
            return first[:j] + name
    for head in w.heads:
        if last.endswith(head) and len(last) > len(head) and not name.endswith(head):
            return name + head
    return None


#: The last of places listed with the level printed once (…、新埔街道规上工业总产值).
_PLACE_WITH_LEVEL = re.compile(rf"[\u4e00-\u9fff]{{2,3}}{LISTED_PLACE_LEVEL}")
_LEVELS_OF_PLACE = ("街道", "镇", "乡", "社区", "村", "县", "区", "市")


def _unit_fits(indicator: str, m: Mention) -> bool:
    return fits(indicator, m.unit, m.role) if unit_family(m.unit) else True


def _share_last_bound(figures: list[Mention], text: str) -> None:
    """Give the figures of a 分别 list with no qualifier of their own the bound printed after
    the last one (分别增长5.5%和6.5%左右: both about; 分别增长6.5%和8%以上: both at least), when
    only list separators stand between them."""
    if len(figures) < 2:
        return
    after = load_phrases().qual_after
    bound = next((q for q in figures[-1].quals if after.fullmatch(q)), None)
    if bound is None:
        return
    for m, nxt in itertools.pairwise(figures):
        gap = text[m.end : nxt.start]
        if not m.quals and len(gap.strip()) == 1 and gap.strip() in LIST_SEPARATORS:
            m.quals.append(bound)
