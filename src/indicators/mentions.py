"""Find the quantities printed in a paragraph and what role each plays.

A *mention* is one printed figure with its unit and the words glued to it: the qualifiers
before and after it (约, 多, 左右 …), and the growth verb before it, which makes it a growth
rate (``同比增长7%``), an absolute change (``增加了2个``, ``提高1.2个百分点``) or a new level
(``增加到52间``). Numbers that are not quantities are dropped here: years, months and dates
(they have no unit), ranks and ordinals (``第6名``, ``前3位``), plan and policy names
(``十四五``, ``1+1+9``, ``三个一批``), slogans in short quotations, document numbers, codes
glued to Latin letters (``5G``, ``PM2.5``). Ranges and enumerations give their unit to the
figures before them (``8—10%``, ``2~5万元``, ``12、15个``).
"""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from .layout import Layout
from .numbers import CN_DIGITS, CN_NUMERAL_CHARS, SCALES, chinese_to_decimal
from .phrases import Phrases, load_phrases
from .scanning import leftmost_matches
from .subjects import COMPARED_AFTER
from .textnorm import is_cjk
from .units import load_units, unit_alternation, unit_family
from .vocabulary import ratio_wordings

#: Characters between two figures that make a range (8%—10%, 2~5万元, 3至5个).
RANGE_SEPARATORS = frozenset("-—–~〜至到")
#: Characters between two figures of an enumeration sharing the unit of the last one.
LIST_SEPARATORS = frozenset("、和及与或")


@dataclass(eq=False, slots=True)
class Mention:
    """One printed quantity (or a growth stated in words, such as 持平 or 翻一番)."""

    start: int  # first character of the number
    num_end: int  # just after the number
    end: int  # just after the unit and the qualifiers glued to it
    value: str  # the number as printed (unsigned), or as converted from Chinese numerals
    unit: str
    role: str = "level"  # level | growth | change
    sign: str = ""  # "-" for declines
    basis: str = ""
    verb: str = ""
    # Where the words that state the figure start: its growth phrase (basis and verb), 上 of
    # 上百, or 比上年的 of a level compared with.
    verb_start: int = -1
    to_level: bool = False  # verb + 到/至: the figure is the new level
    quals: list[str] = field(default_factory=list)  # qualifiers printed with the figure
    words: bool = False  # a growth stated in words (持平, 翻一番), no printed number
    range_with: Mention | None = field(default=None, repr=False)  # other end of a range
    range_role: str = ""  # low | high
    structure: Mention | None = field(default=None, repr=False)  # first part of a:b:c
    base: str = ""  # base of an index (上年同期=100)
    unit_carried: bool = False
    multiple: bool = False  # 是2015年的3倍: the value is a multiple of the level of the base
    compared: str = ""  # 比上年的221.8亿元: the figure is the level compared with (上年, 2020年)
    ratio: bool = False  # 城乡居民收入比为2.30: a plain ratio, printed without a unit

    @property
    def claim_start(self) -> int:
        """Where the words that state this figure start (the growth phrase, else the number)."""
        return self.verb_start if self.verb_start >= 0 else self.start


#: The ways a quantity is printed (the patterns of :func:`_number_patterns`).
_ARABIC, _CHINESE, _PERCENT_WORDS = range(3)


@cache
def _number_patterns() -> tuple[re.Pattern[str], ...]:
    """Printed quantities, in the order they are tried where several match at one place.

    ASCII digits with an optional vague word and unit; Chinese numerals followed by a unit;
    百分之 and a Chinese numeral. Groups: ``num`` (the number), ``vague``, ``unit``. Each
    pattern starts with a character class or a literal, so that the engine skips straight to
    where it can match (see :mod:`indicators.scanning`).
    """
    units = unit_alternation()
    vague = re.escape(load_phrases().vague)
    digits = "".join(CN_DIGITS)
    unit = rf"(?:{units})(?:/(?:{units}))?"
    chinese = rf"[{CN_NUMERAL_CHARS}]+(?:点[{digits}]+)?"
    return (
        # The look-behind after the first digit: the number does not continue another one.
        re.compile(
            rf"(?P<num>\d(?<![\d.,]\d)\d*(?:,\d{{3}})*(?:\.\d+)?)"
            # 5万余人次, 1.2万多人: the vague word between the scale and the unit
            rf"(?:(?P<scale>万)(?P<vague_in>[{vague}])(?=(?:{_after_scale('万')}))"
            rf"|(?P<scale_yi>亿)(?P<vague_yi>[{vague}])(?=(?:{_after_scale('亿')})))?"
            rf"(?P<vague>[{vague}])?(?P<unit>{unit})?"
        ),
        re.compile(  # 三至五个: the low end of a range takes the unit of the high end
            rf"(?P<num>{chinese})(?:(?=[{vague}]?(?:{unit}))(?P<vague>[{vague}])?(?P<unit>{unit})"
            rf"|(?=[至到][{CN_NUMERAL_CHARS}]+[{vague}]?(?:{unit})))"
        ),
        re.compile(rf"百分之(?P<num>{chinese})"),
    )


#: A rank right before 持平 (居全省第3位、与上年持平, 位次与上年持平): the rank is unchanged.
_RANK_BEFORE = re.compile(r"(?:第[\d一二三四五六七八九十]+位[、，,]?|位次)$")
#: ``比上年的221.8亿元``, ``较2020年的235.5亿元``: the level a figure is compared with (年初
#: and 上年末: the stock at the end of the year before).
_COMPARED_WITH = re.compile(
    r"(?:比|较|与)(上年同期|去年同期|上年同月|去年同月|上年末|上年底|上年|去年|年初"
    r"|(?:19|20)\d\d年(?:同期|末|底)?"
    r"|[“\"]?[十][一二三四五六七八九十]五[”\"]?末"  # 比“十二五”末的86.50万亩: its last year
    r"|\d{1,2}月份?)的$"
)
#: ``340万千瓦，由上年末的244万千瓦增长39.3%``: the level grown from, when a growth or a change
#: and not 到 follows it (由上年的5.53亿元增加0.68亿元; 由上年的132家增加到146家 is a change to
#: a new level).
_GROWN_FROM = re.compile(
    r"(?:由|从)(上年同期|去年同期|上年末|上年底|上年|去年|年初|(?:19|20)\d\d年(?:末|底)?)的$"
)
_GROWTH_RIGHT_AFTER = re.compile(
    r"(?:同比)?(?:年均)?(?:净增|净减|增长|下降|提高|降低|减少|增加)了?[\d.]+"
)
#: What follows the level of the base of a multiple (是2016年1942户的1.6倍, 是上年438.6亿元的
#: 1.4倍): the multiple; the base itself is :func:`_base_of_multiple`.
_MULTIPLE_AFTER = re.compile(r"的[\d.]+倍")
#: ``6.8：77.3：15.9`` (the look-behind after the first digit: it does not continue a number).
_STRUCTURE = re.compile(r"\d(?<![\d.]\d)\d*(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?){1,5}(?![\d.])")
_STRUCTURE_WORDS = re.compile(
    r"(?:结构|比例|之比|比重|比)(?:为|是|达到|调整为|优化为|变为"
    r"|(?:由|从)(?:上年|去年|原来|\d{4}年)?的?)?$"
    r"|\d(?:调整为|优化为|变为|到|至)$"
)
_INDEX_BASE = re.compile(r"[（(]((?:[^（）()]{0,12}?)=\s*100)[）)]")
#: An index whose base is printed before its value: ``价格指数（上年=100）为101.2``.
_BASE_THEN_INDEX = re.compile(r"指数[（(]((?:[^（）()]{0,12}?)=\s*100)[）)](?:为|达|达到|是)?$")
_LATIN = frozenset(string.ascii_letters)
_SCALE_WORDS = tuple(SCALES)
#: Orders of magnitude that are a figure on their own after a qualifier (突破百亿元, 近千人).
_BARE_MAGNITUDES = {"百": "100", "千": "1000", "万": "10000"}


def find_mentions(text: str, layout: Layout | None = None) -> list[Mention]:
    """The quantities of one paragraph of clean text, in reading order.

    Parameters
    ----------
    text
        Clean paragraph text (see :mod:`indicators.textnorm`).
    layout
        Its :class:`~indicators.layout.Layout`, when already computed.

    Examples
    --------
    >>> ms = find_mentions("2020年完成产值58.30亿元，同比增长7%，排名第6名，新增企业三个。")
    >>> [(m.value, m.unit, m.role, m.basis) for m in ms]
    [('58.30', '亿元', 'level', ''), ('7', '%', 'growth', '同比'), ('3', '个', 'level', '')]
    >>> [(m.value, m.unit, m.range_role) for m in find_mentions("增长8—10%，投资2~5万元")]
    [('8', '%', 'low'), ('10', '%', 'high'), ('2', '万元', 'low'), ('5', '万元', 'high')]
    """
    return scan(text, layout)[0]


def scan(text: str, layout: Layout | None = None) -> tuple[list[Mention], Layout | None]:
    """:func:`find_mentions`, also returning the layout (``None`` when nothing was found).

    The layout is computed only for a paragraph that holds a candidate quantity, which keeps
    paragraphs of prose cheap.
    """
    candidates = [
        (kind, m)
        for kind, m in leftmost_matches(_number_patterns(), text)
        if _may_be_quantity(kind, m, text)
    ]
    flat = "持平" in text
    double = "翻" in text
    colon = "：" in text or ":" in text
    if not candidates and not flat and not double and not colon:
        return [], layout
    lay = layout or Layout.of(text)
    ph = load_phrases()
    found: list[Mention] = []
    for kind, m in candidates:
        mention = _mention_of(kind, m, text, lay, ph.excluded_names)
        if mention is not None:
            found.append(mention)
    found = _link_ranges(found, text)
    if colon:
        found.extend(_structures(text, lay))
    if flat or double:
        found.extend(_growth_words(text, lay))
    found.sort(key=lambda x: x.start)
    kept = [m for m in found if m.unit or m.structure is not None or m.base or m.words or m.ratio]
    bounds = ph.class_bounds | ph.class_bounds_before
    if bounds and any(q in bounds for m in kept for q in m.quals):
        kept = _without_class_bounds(kept, text, lay, ph)
    if any(q in ph.milestone_quals for m in kept for q in m.quals):
        kept = _without_milestones(kept, text, ph)
    if any(m.range_role == "high" for m in kept):
        kept = _without_class_ranges(kept, text, lay)
    return kept, lay


@cache
def _base_of_multiple() -> re.Pattern[str]:
    """The base printed right before the figure a multiple is of: a year (是2016年1942户的1.6倍),
    its end (是2012年末…的), last year, or a plan's years (是“十一五”时期12.4亿元的2.3倍)."""
    ph = load_phrases()
    plan = ph.plan_period.pattern.replace("?P<plan>", "?:")
    # 是2015年开园之初5.42亿元的3.6倍: words of the time of the base (multiple_after_base)
    moment = ph.multiple_moment.pattern
    return re.compile(rf"(?:是|为)((?:19|20)\d\d年(?:末|底)?(?:{moment})?|上年末?|去年|{plan})$")


def _noun_after(text: str, start: int) -> str:
    """The words from ``start`` to the next mark or digit, a few characters at most (the
    noun after 以上的: 年度目标, 标准化牧场)."""
    end = start
    while end < len(text) and end - start < _NOUN_AFTER_MAX and is_cjk(text[end]):
        end += 1
    return text[start:end]


#: The most characters read as the noun after a bound and 的.
_NOUN_AFTER_MAX = 8


def _names_a_goal(noun: str, ph: Phrases) -> bool:
    """Whether the noun after a bound and 的 is a goal or a mark it reaches (超过50亿元的年度
    目标, 30万吨以上的历史新高, 突破千亿元的目标越来越近): it holds one of ``bound_goal_nouns``,
    or one of ``bound_goal_ends`` ends it (超过100亿元的规模), not when it opens the name of a
    class of things (存栏100头以上的规模养殖场).

    Examples
    --------
    >>> from indicators.phrases import load_phrases
    >>> [_names_a_goal(n, load_phrases()) for n in ("年度目标", "规模", "规模养殖场")]
    [True, True, False]
    """
    ends = noun.removesuffix("之上").rstrip("上")  # 30万吨以上的水平上: the level reached
    return any(w in noun for w in ph.bound_goal_nouns) or ends.endswith(ph.bound_goal_ends)


def _without_class_ranges(found: list[Mention], text: str, lay: Layout) -> list[Mention]:
    """Drop the ranges that only bound a class of things counted right after them
    (10亿—50亿元项目11个): the count is the figure, the range names its class."""
    dropped: set[int] = set()
    for high, counted in itertools.pairwise(found):
        low = high.range_with
        if high.range_role != "high" or low is None or counted.role != "level":
            continue
        if not is_cjk(text[high.end : high.end + 1]) or lay.marks_between(high.end, counted.start):
            continue
        counts = unit_family(counted.unit) in _PAIR_FAMILIES
        if counts and unit_family(high.unit) not in _PAIR_FAMILIES:  # 亿元 bounds, 个 counts
            dropped |= {id(low), id(high)}
    return [m for m in found if id(m) not in dropped]


#: Between a threshold and the exact level in brackets after it (新台阶（612.38亿元）).
_EXACT_AFTER = re.compile(r"(?:新台阶|台阶|大关|关口)?[（(]")

#: Words after a threshold that make it a goal (完成85亿元，超过80亿元目标).
_GOAL_WORDS = ("目标", "的目标", "任务", "计划", "的年度", "年度")


def _without_milestones(found: list[Mention], text: str, ph: Phrases) -> list[Mention]:
    """Drop a round threshold passed by the level printed right before it (1024.6亿元，首次
    突破千亿元大关，增长7.4%): it restates that level, whose growth and parts follow it.

    A threshold with the exact level in brackets right after it (迈上六百亿元新台阶（612.38
    亿元）) is that level: the threshold's mention takes the bracketed figure, which is
    dropped.
    """
    out: list[Mention] = []
    skip: Mention | None = None
    for k, m in enumerate(found):
        if m is skip:
            continue
        prev = out[-1] if out else None
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (
            nxt is not None
            and _passed_threshold(m, nxt, ph.milestone_quals)
            and _EXACT_AFTER.fullmatch(text, m.end, nxt.start) is not None
            and text.startswith(("）", ")"), nxt.end)
        ):
            m.value, m.end = nxt.value, nxt.end
            m.quals = [q for q in m.quals if q not in ph.milestone_quals]
            skip = nxt
            out.append(m)
            continue
        if (
            prev is not None
            and _passed_threshold(m, prev, ph.milestone_quals)
            and ph.milestone_gap.fullmatch(text, prev.end, m.start) is not None
            and not text.startswith(_GOAL_WORDS, m.end)  # 超过80亿元目标: a target of its own
        ):
            continue
        out.append(m)
    return out


def _passed_threshold(threshold: Mention, level: Mention, quals: frozenset[str]) -> bool:
    """Whether ``threshold`` (突破千亿元) is a round mark that ``level``, of its unit, reached."""
    return (
        threshold.role == "level"
        and level.role == "level"
        and level.unit == threshold.unit
        and any(q in quals for q in threshold.quals)
        and _at_most(threshold.value, level.value)
    )


def _at_most(a: str, b: str) -> bool:
    """Whether the printed figure ``a`` is at most ``b`` (``False`` when either is no number)."""
    try:
        return Decimal(a) <= Decimal(b)
    except ArithmeticError:
        return False


def _without_class_bounds(
    found: list[Mention], text: str, lay: Layout, ph: Phrases
) -> list[Mention]:
    """Drop the figures that only bound a class of things (10亿元以上项目3个, 50万元以上的村
    达到42个, 超10亿元项目6个, 60岁以上老年人): a figure with 以上 / 以下 after it or 超 before
    it, glued to the noun after it, counted by a later figure of its clause (or an age, which
    needs no count)."""
    out: list[Mention] = []
    for k, m in enumerate(found):
        nxt = text[m.end : m.end + 1]
        over = (
            m.start >= 1
            and text[m.start - 1] == "过"
            and (m.start == 1 or text[m.start - 2] not in ph.not_over_before)
        )
        bound = m.role == "level" and (
            over or any(q in ph.class_bounds or q in ph.class_bounds_before for q in m.quals)
        )
        if (
            bound
            and nxt == "的"
            and unit_family(m.unit) != "percent"
            and is_cjk(text[m.end + 1 : m.end + 2])
            and not _names_a_goal(_noun_after(text, m.end + 1), ph)
        ):
            continue  # 存栏300头以上的标准化牧场, 收入过10万元的村: the bound of a class
        if bound and is_cjk(nxt):
            family = unit_family(m.unit)
            nxt_m = found[k + 1] if k + 1 < len(found) else None  # the figure it would bound
            counted = nxt_m if nxt_m and not lay.marks_between(m.end, nxt_m.start) else None
            if counted is not None and counted.role != "level":
                counted = None  # 旅游总收入超过5亿元同比增长12%: a growth counts nothing
            counts = counted is not None and unit_family(counted.unit) in (
                "count",
                "person",
                "percent",  # 50万元以上的村占比提高到65%
            )
            if family == "age" or (counts and m.unit != counted.unit):
                continue  # (100头以上规模养殖场三个: heads bound, farms counted)
            if counted is None and family != "percent" and text.startswith(ph.class_nouns, m.end):
                continue  # 谋划储备10亿元以上项目，…: a class of projects, none counted
        if bound and "以下" in m.quals and text.startswith("的", m.end):
            nxt_m = found[k + 1] if k + 1 < len(found) else None
            if nxt_m is None or lay.marks_between(m.end, nxt_m.start):
                continue  # 消除集体经济收入十万元以下的薄弱村: the bound of a class, none counted
        out.append(m)
    return out


_JOINERS = RANGE_SEPARATORS | LIST_SEPARATORS


def _may_be_quantity(kind: int, m: re.Match[str], text: str) -> bool:
    """Cheap test: a number without unit can only matter in a range, a list or an index."""
    if kind != _ARABIC or m.group("unit"):
        return True
    end = m.end()
    nxt = text[end : end + 1]
    if nxt in _JOINERS and nxt:
        return True
    before = text[max(0, m.start() - 20) : m.start()]
    if "指数" in before:
        return True
    return ("比" in before or "倍差" in before) and _ratio_before() is not None


#: ``(value, unit, vague word, end of the number)`` of a printed quantity.
_Printed = tuple[str, str, str, int]


def _mention_of(
    kind: int, m: re.Match[str], text: str, lay: Layout, excluded: re.Pattern[str]
) -> Mention | None:
    """The mention a candidate match is, or ``None`` when it is not a quantity.

    The cheap tests on the number itself come first, the searches of its surroundings last.
    """
    if kind == _ARABIC:
        printed = _arabic_number(m, text)
    elif kind == _PERCENT_WORDS:
        printed = _percent_in_words(m)
    else:
        printed = _chinese_number(m, text)
    if printed is None:
        return None
    value, unit, vague, num_end = printed
    if unit and text.startswith("级", m.end()):
        return None  # 百亿级企业, 10亿级产业集群: a class of size, not a figure
    ph = load_phrases()
    start = m.start()
    before = text[max(0, start - 24) : start]
    last = before[-1:]
    if unit and last in ph.rank_last_chars and _is_rank(before, ph):
        return None
    if unit and _RANK_SET_BEFORE.search(before) and _RANK_AFTER.match(text, m.end()):
        return None  # 居全区16个街道（镇）首位: the places ranked among, no figure
    if lay.shielded(start) or _in_excluded_name(excluded, text, start, m.end()):
        return None
    end = m.end()
    quals: list[str] = []
    mention = Mention(start=start, num_end=num_end, end=end, value=value, unit=unit)
    growth = (
        ph.growth_before.search(before) or ph.based_change.search(before)
        if last in ph.growth_last_chars
        else None
    )
    rate_end = growth.start("verb") + len("增长率") if growth else 0
    if growth and (
        before.endswith(ph.own_rate_names, 0, growth.end("verb"))
        or before.endswith(ph.own_rate_names, 0, rate_end)
    ):
        growth = None  # 人口自然增长率控制在6.5‰以内, …增长率为5.2‰: a rate of its own
    elif (
        growth
        and (not unit or unit_family(unit) == "points")  # 1.3、2.7和5.0个百分点: carried
        and _pulled().search(before, max(0, growth.start() - _PULL_BACK), growth.start())
    ):
        growth = None  # 拉动经济增长1.3个百分点: the points a part adds to a growth, a level
    elif (
        growth
        and not growth.group("basis")
        and unit
        and unit_family(unit) == "count"
        and before.endswith(ph.name_before_verb, 0, growth.start("verb"))
    ):
        growth = None  # 关停淘汰128家、规范提升147家: the firms so dealt with, no change
    if growth:
        mention.verb = growth.group("verb")
        mention.basis = _plain_basis(growth.group("basis") or "", ph)
        # 比上年的108家新增18家: the words of the change start at its verb, past that level
        past_level = "level" in growth.re.groupindex and growth.group("level")
        mention.verb_start = start - (len(before) - growth.start("verb" if past_level else 0))
        mention.to_level = bool(growth.group("to")) or mention.verb in ph.level_only
        rates = ph.rate_words  # 降幅收窄至11.6%, 增速回升到8.2%: the level reached is the growth
        rate = next((w for w in rates if before.endswith(w, 0, growth.start("verb"))), "")
        if mention.to_level and unit == "%" and rate:
            mention.to_level, mention.verb = False, rate  # 降幅收窄至11.6%: a fall of 11.6%
        if growth.group("estimate"):
            quals.append(growth.group("estimate"))
        if growth.group("qual"):
            quals.append(growth.group("qual"))
    elif last in ph.qual_last_chars:
        q = ph.qual_before.search(before)
        if q and not (q.group(0) == "约" and before.endswith(ph.not_about)):
            quals.append(q.group(0))  # not the 约 of 签约1281户
    elif unit == "倍" and last == "的":
        multiple = ph.multiple_before.search(before)
        if multiple:
            mention.verb, mention.multiple = multiple.group("verb"), True
            mention.basis = _multiple_basis(multiple.group("base"), ph)
            mention.verb_start = start - (len(before) - multiple.start())
    elif unit == "%" and last == "的" and kind == _ARABIC:
        recovered = _RECOVERED_TO.search(before)
        if recovered:  # 恢复到上年同期的85.6%: a growth of −14.4% over that time
            _as_recovery(mention, recovered, start - (len(before) - recovered.start()))
    if not quals and kind == _CHINESE and num_end - start == 1 and text[start] in _BARE_MAGNITUDES:
        for word in ph.bare_magnitude_only:  # 上百家: the qualifier is no part of the name
            if before.endswith(word):
                quals.append(word)
                mention.verb_start = start - len(word)
    if not mention.verb and unit and last in ("的", "年", "末", "底", "期", "间", "初", "（", "("):
        compared = _COMPARED_WITH.search(before) if last == "的" else None
        if last == "的" and compared is None and _GROWTH_RIGHT_AFTER.match(text, end):
            compared = _GROWN_FROM.search(before)  # 由上年末的244万千瓦增长39.3%: no 到
        bracket = last in ("（", "(")
        if last != "的" and _MULTIPLE_AFTER.match(text, end + bracket):
            # 是2016年1942户的1.6倍, 是2012年末75.6亿元的2.1倍, 是2015年（279户）的2.1倍
            compared = _base_of_multiple().search(before[:-1] if bracket else before)
        if compared:  # 比上年的221.8亿元增长40.9%: the level the figure before is compared with
            base = _plan_end_year(compared.group(1), ph)
            unknown_plan = "五" in base and base.endswith("末")  # 比“十X五”末 of no plan known
            mention.compared = "" if unknown_plan else base
            mention.verb_start = start - (len(before) - compared.start())
    if unit == "倍" and mention.verb:
        quals.append(MULTIPLE_QUALIFIER)
    elif unit == TENTHS_QUALIFIER and mention.verb and not mention.to_level:
        quals.append(TENTHS_QUALIFIER)
    if vague:
        quals.append(vague)
    post = ph.qual_after.match(text, end)
    if post and unit:
        quals.append(post.group(0))
        end = post.end()
    mention.quals = quals
    mention.end = end
    if unit in ("", "倍") and not mention.base and _is_ratio(text, start, m.end()):
        mention.ratio = True  # 城乡居民收入比由2.11缩小到1.93, 收入倍差缩小到1.86倍
        mention.quals = quals = [q for q in quals if q != MULTIPLE_QUALIFIER]
        if before.endswith(("到", "至", "为")):
            mention.to_level = True  # 缩小为2.30, 缩小0.05至2.30: the new level
        elif mention.verb:  # 缩小0.06: a change of the ratio, not its level
            mention.role = "change"
            mention.sign = "-" if mention.verb in ph.down_words else ""
        post = _RATIO_OF_ONE.match(text, end)  # 2.36：1
        end = post.end() if post else end
        post = ph.qual_after.match(text, end)  # 缩小到1.85以内
        if post:
            quals.append(post.group(0))
            end = post.end()
        mention.end = end
        return mention
    if not unit:
        base = _INDEX_BASE.match(text, end)
        if base and _index_word_before(before):
            mention.base = base.group(1).replace(" ", "")
        elif base is None:
            ahead = _BASE_THEN_INDEX.search(before)  # 价格指数（上年=100）为101.2
            if ahead:
                mention.base = ahead.group(1).replace(" ", "")
    return mention


@cache
def _ratio_before() -> re.Pattern[str] | None:
    """The words before the figure of a plain ratio (``ratio_of`` in the vocabulary): its
    name, then 由上年的, 为, 缩小到, or the earlier figure and its verb (城乡居民收入比由2.11
    缩小到); ``None`` when the vocabulary has no ratio."""
    names = ratio_wordings()
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(  # not 城乡居民收入比上年缩小0.06 (a comparison, see subjects.wordings_in)
        rf"(?:{alternatives})(?!{COMPARED_AFTER.pattern})"
        rf"(?:(?:由|从)(?:(?:19|20)\d\d年|上年末?|去年|上一年|年初)?的?)?"
        rf"[^，,。；;：:\d（()）]{{0,8}}(?:\d+(?:\.\d+)?(?:[:：]1)?[^，,。；;：:\d（()）]{{1,8}})?$"
    )


#: ``2.36：1``: the ratio printed against one.
_RATIO_OF_ONE = re.compile(r"[:：]1(?![\d.])")


def _is_ratio(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` (without a unit) is the figure of a plain ratio named
    right before it (城乡居民收入比为2.30, 城乡收入比由上年的2.36：1缩小为2.35：1), not the part
    of a structure.

    Examples
    --------
    >>> text = "城乡居民收入比由上年的2.36：1缩小为2.35：1，三次产业结构为6.8：77.3：15.9"
    >>> [_is_ratio(text, k, k + 4) for k in (11, 18, 34)]
    [True, True, False]
    """
    pattern = _ratio_before()
    if pattern is None or text.startswith(("年", "月"), end):
        return False  # 由2020年的2.20: a year
    if text.startswith(("：", ":"), end) and not _RATIO_OF_ONE.match(text, end):
        return False
    return pattern.search(text, max(0, start - 30), start) is not None


def _after_scale(scale: str) -> str:
    """A pattern of the units that ``scale`` starts a unit with (人次 of 万人次), longest
    first."""
    units = sorted(
        (u[len(scale) :] for u in load_units() if u.startswith(scale) and len(u) > len(scale)),
        key=len,
        reverse=True,
    )
    return "|".join(re.escape(u) for u in units) or "(?!)"


#: A level printed as the share of an earlier one it came back to or is (恢复到上年同期的85.6%,
#: 恢复至2019年水平的92.6%, 仅为上年的97.4%): the base of the growth it states.
_RECOVERED_TO = re.compile(
    r"(?:恢复(?:到|至)|(?:仅|只)?为|相当于)"
    r"(?P<base>上年同期|去年同期|上年|去年|(?:19|20)\d\d年(?:同期)?)(?:水平)?的$"
)


#: The verb of a growth stated as a share of an earlier level (恢复到上年同期的85.6%).
_RECOVERED = "恢复"


def _change_of_recovery(printed: str) -> tuple[str, str]:
    """The growth (its size and sign) a level recovered to ``printed`` per cent of an earlier
    one states, with as many decimals as printed (85.6: 14.4, ``-``)."""
    change = Decimal(printed) - 100
    return str(abs(change)), "-" if change < 0 else ""


def _as_recovery(mention: Mention, recovered: re.Match[str], verb_start: int) -> None:
    """Make ``mention`` the growth its share of an earlier level states (85.6 of 上年同期:
    −14.4 同比), with as many decimals as printed.

    Examples
    --------
    >>> [(m.value, m.sign, m.basis, m.role) for m in find_mentions("游客恢复到上年同期的85.6%")]
    [('14.4', '-', '同比', 'growth')]
    >>> [(m.value, m.sign, m.basis) for m in find_mentions("恢复至2019年水平的102.5%")]
    [('2.5', '', '比2019年')]
    """
    mention.value, mention.sign = _change_of_recovery(mention.value)
    base = recovered.group("base")
    mention.basis = "同比" if base.endswith("同期") and not base[0].isdigit() else f"比{base}"
    if base in ("上年", "去年"):
        mention.basis = "比上年"
    mention.verb, mention.verb_start = _RECOVERED, verb_start


#: The qualifier of a growth printed as a multiple (增长1.5倍, 是2015年的3倍): its precision is
#: that of the multiple (3 倍 stands for 2.5 to 3.5 times), see ``data/checking.toml``.
MULTIPLE_QUALIFIER = "倍"
#: The qualifier of a growth printed in tenths (压缩四成): its precision is that of the tenths.
TENTHS_QUALIFIER = "成"


def _plan_end_year(base: str, ph: Phrases) -> str:
    """The year a plan's end names (“十二五”末: 2015年); any other base as printed.

    Examples
    --------
    >>> ph = load_phrases()
    >>> _plan_end_year("“十二五”末", ph), _plan_end_year("上年", ph)
    ('2015年', '上年')
    """
    plan = re.sub('[“”"]', "", base).removesuffix("末")
    return f"{ph.plans[plan][1]}年" if base.endswith("末") and plan in ph.plans else base


def _multiple_basis(base: str, ph: Phrases) -> str:
    """The growth basis of a multiple of ``base``, as a growth over that base is written.

    Examples
    --------
    >>> ph = load_phrases()
    >>> [_multiple_basis(base, ph) for base in ("2015年", "上年", "“十二五”末")]
    ['比2015年', '比上年', '比2015年']
    """
    plan = base.strip('“”"')
    if plan.endswith(("时期", "期间")):
        return f"比{plan.replace('”', '').replace('“', '')}"  # the plan's years, no one year
    for name, (_, last) in ph.plans.items():
        if plan.startswith(name):
            return f"比{last}年"
    return f"比{base}"


#: A year a growth builds on (在2020年基础上翻一番): the basis 比2020年.
_BASE_YEAR = re.compile(r"在((?:19|20)\d\d)年的?基础上")


def _plain_basis(basis: str, ph: Phrases) -> str:
    """A growth basis naming a plan's end as its year (比“十三五”末 is 比2020年); any other
    basis as printed.

    Examples
    --------
    >>> ph = load_phrases()
    >>> [_plain_basis(b, ph) for b in ("比“十三五”末", "同比", "比2019年", "在2020年基础上")]
    ['比2020年', '同比', '比2019年', '比2020年']
    """
    base_year = _BASE_YEAR.fullmatch(basis)
    if base_year is not None:  # 在2020年基础上翻一番: over 2020
        return f"比{base_year.group(1)}年"
    if basis[:1] not in ("比", "较", "与"):
        return basis
    base = basis[1:].removesuffix("相比").removesuffix("比")
    if base.strip('“”"').startswith(tuple(ph.plans)):
        return _multiple_basis(base, ph)
    return basis


def _arabic_number(m: re.Match[str], text: str) -> _Printed | None:
    printed = m.group("num")
    value = printed.replace(",", "") if "," in printed else printed
    vague = m.group("vague") or ""
    unit = m.group("unit") or ""
    num_end = m.end("num")
    if m.group("scale"):  # 5万余人次: 5 万人次, 余
        unit, vague = m.group("scale") + unit, m.group("vague_in")
    elif m.group("scale_yi"):  # 1.2亿多元: 1.2 亿元, 多
        unit, vague = m.group("scale_yi") + unit, m.group("vague_yi")
    if text[m.end() : m.end() + 1] in _LATIN or (
        not unit and text[num_end : num_end + 1] in _LATIN
    ):
        return None  # a code: 5G, G75, 4A
    if not unit and vague:
        unit, vague = "", ""
    return value, unit, vague, num_end


def _percent_in_words(m: re.Match[str]) -> _Printed | None:
    number = chinese_to_decimal(m.group("num"))
    if number is None:
        return None
    return str(number), "%", "", m.end()


def _chinese_number(m: re.Match[str], text: str) -> _Printed | None:
    start = m.start()
    span = m.group("num")
    vague = m.group("vague") or ""
    unit = m.group("unit") or ""  # 三至五个: the low end, whose unit is the high end's
    # A scale word that ends the numeral belongs to the unit when the unit exists so
    # (两千万元 is 2000 万元, like 2000万元).
    for scale in ("万亿", "亿", "万"):
        if (
            not vague
            and span.endswith(scale)
            and len(span) > len(scale)
            and scale + unit in load_units()
        ):
            if scale == "万" and "亿" in span:  # 五亿八千万元: 5亿 and 8000万, 58000 万元
                whole = chinese_to_decimal(span)
                if whole is None:
                    return None
                return str(whole / 10_000), scale + unit, vague, start + len(span)
            span, unit = span[: -len(scale)], scale + unit
            break
    if span == "一" and not unit.startswith(_SCALE_WORDS) and unit != "倍":
        return None  # 一个, 一批, 一次: an article, not a count
    if unit in load_phrases().digits_only_units:
        return None  # 四类重点对象: a group's name
    if span == "二" and unit in load_phrases().ordinal_after_two:
        return None  # 二轮征询, 二次供水: an ordinal or a word (two rounds is 两轮)
    nxt = text[m.end() : m.end() + 1]
    if nxt and nxt in CN_DIGITS:
        return None  # an idiom such as 一户一策, 三个一批
    ph = load_phrases()
    if (
        len(span) == 1
        and len(unit) == 1
        and not vague
        and unit in ph.place_name_units
        and ph.name_place_words.match(text, m.end())
    ):
        return None  # 九峰街道, 三台县, 五台山: a place's name
    prev = text[start - 1 : start]
    if prev and (prev in CN_NUMERAL_CHARS or prev == "第"):
        return None
    if span in _BARE_MAGNITUDES and text.endswith(
        ph.bare_magnitude_after + ph.bare_magnitude_only, 0, start
    ):
        return _BARE_MAGNITUDES[span], unit, vague, start + len(span)
    if len(span) == 1 and unit_family(unit) == "money" and unit in ("元", "美元"):
        return None  # 二元结构: a word, not an amount
    number = chinese_to_decimal(span)
    if number is None or not any(c in CN_DIGITS or c == "十" for c in span[:1]):
        return None
    if number == 0:
        return None  # 零部件
    return str(number), unit, vague, start + len(span)


#: How far before a growth phrase a word of the points a part adds to it is looked for.
_PULL_BACK = 8


@cache
def _pulled() -> re.Pattern[str]:
    """A word of the points a part adds to the growth of its whole, then the words of that
    growth in the same clause (拉动经济增长1.3个百分点)."""
    words = "|".join(map(re.escape, load_phrases().pull_words)) or "(?!)"
    return re.compile(rf"(?:{words})[^，,；;。\d]{{0,6}}$")


#: A set of places a figure ranks among (居全区16个街道首位, 位列全市12个县区第3).
_RANK_SET_BEFORE = re.compile(r"(?:居|位居|位列|排名|列)(?:全国|全[省市县区州盟])?$")
_RANK_AFTER = re.compile(
    r"[^，,。；;\d]{0,8}?(?:首位|第[一二三四五六七八九十\d]+|前列|前茅|榜首|之首)"
)


def _is_rank(before: str, ph: Phrases) -> bool:
    """Whether the words before a figure make it a rank or an ordinal (第6名, 前3位)."""
    rank = ph.rank_before.search(before)
    if rank is None:
        return False
    return rank.group(0) != "前" or before[: rank.start()][-1:] not in ph.rank_not_after


#: How far around a figure an excluded name may start or end (the capacity pattern's bound).
_EXCLUDED_NAME_REACH = 40


def _in_excluded_name(excluded: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start`` is part of a plan or policy name (十四五, 三个一批), or of
    the capacities of projects (年产30万吨…、50万千瓦…等一批重大项目), which reach further."""
    reach = _EXCLUDED_NAME_REACH
    for name in excluded.finditer(text, max(0, start - reach), min(len(text), end + reach)):
        if name.start() <= start < name.end():
            return True
    return False


def _index_word_before(before: str) -> bool:
    return bool(re.search(r"指数(?:为|达|达到|是)?$", before))


def assign_role(m: Mention) -> None:
    """Growth, change or level, from the verb before the figure and its unit.

    Examples
    --------
    >>> m = find_mentions("比上年减少3家")[0]
    >>> m.role, m.sign = "level", ""
    >>> assign_role(m)
    >>> (m.role, m.sign)
    ('change', '-')
    """
    if not m.verb or m.to_level or not m.unit:
        return
    family = unit_family(m.unit)
    m.role = "growth" if family in ("percent", "ratio") else "change"
    if m.verb in load_phrases().down_words:
        m.sign = "-"


def inherit_verb(m: Mention, first: Mention) -> None:
    """Give a figure of a list that prints no verb the verb of the list's first figure.

    ``分别增长9.8%和3.2%``: 3.2% is a growth too, on the same basis and with the same sign.

    Examples
    --------
    >>> a, b = find_mentions("同比分别下降9.8%和3.2%")
    >>> inherit_verb(b, a)
    >>> (b.role, b.sign, b.basis)
    ('growth', '-', '同比')
    """
    if m.verb or not first.verb:
        return
    m.verb, m.basis, m.to_level = first.verb, first.basis, first.to_level
    m.multiple = first.multiple  # 分别是2020年的2.2倍和2.9倍: times, not 增长2.9倍
    if m.unit == "倍" and MULTIPLE_QUALIFIER not in m.quals:
        m.quals.append(MULTIPLE_QUALIFIER)  # as precise as the multiple printed (2.9倍)
    m.role, m.sign = "level", ""
    assign_role(m)
    if first.verb == _RECOVERED and m.unit == "%":  # 分别恢复到2019年的86.4%和82.5%: −17.5
        m.value, m.sign = _change_of_recovery(m.value)


def _link_ranges(found: list[Mention], text: str) -> list[Mention]:
    """Give ranges and enumerations the unit of their last figure; link the ends of ranges."""
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        gap = text[a.end : b.start]
        if not gap or len(gap) > 2 or not b.unit:
            continue
        joined = all(c in RANGE_SEPARATORS for c in gap) or (
            len(gap) == 1 and gap in LIST_SEPARATORS
        )
        if joined and _scale_of(a.unit, b.unit):
            a.unit, a.unit_carried = b.unit, True  # 1369.9万—1395.2万人次: 万 scales 人次 too
        if all(c in RANGE_SEPARATORS for c in gap) and (not a.unit or _same_family(a.unit, b.unit)):
            if not a.unit:
                a.unit, a.unit_carried = b.unit, True
            a.range_with, b.range_with = b, a
            a.range_role, b.range_role = "low", "high"
        elif len(gap) == 1 and gap in LIST_SEPARATORS and not a.unit:
            a.unit, a.unit_carried = b.unit, True
        else:
            continue
        if a.verb and not b.verb:
            b.verb, b.basis, b.to_level = a.verb, a.basis, a.to_level
    _share_longer_units(found, text)
    for m in found:
        assign_role(m)
    _share_pair_verbs(found, text)
    return found


def _share_longer_units(found: list[Mention], text: str) -> None:
    """``加快0.6个、0.3个和0.1个百分点``: in a list, a figure whose unit begins the unit of the
    next one (个, 个百分点) has that unit; read from the last, so that it reaches the first."""
    for k in range(len(found) - 2, -1, -1):
        a, b = found[k], found[k + 1]
        if text[a.end : b.start] not in LIST_SEPARATORS or not a.unit or b.verb:
            continue
        if b.unit != a.unit and b.unit.startswith(a.unit):
            a.unit, a.unit_carried = b.unit, True


def _share_pair_verbs(found: list[Mention], text: str) -> None:
    """``减少到2016年底的213户438人``, ``减少163户356人``: the second figure of a pair printed
    side by side in two units of count is the new level, or the change, too (the verb before
    the first is of both)."""
    for a, b in itertools.pairwise(found):
        if b.start != a.end or b.verb or not a.verb or not a.unit or not b.unit:
            continue
        if not (a.to_level or a.role == "change"):
            continue  # 减少到23户47人, and 全年减少163户356人: both figures of the pair
        if unit_family(a.unit) not in _PAIR_FAMILIES or unit_family(b.unit) not in _PAIR_FAMILIES:
            continue
        if unit_family(a.unit) == unit_family(b.unit) and a.unit == b.unit:
            continue
        b.verb, b.basis, b.to_level, b.verb_start = a.verb, a.basis, a.to_level, a.verb_start
        b.role, b.sign = a.role, a.sign


#: Unit families of a pair of figures that count one thing two ways (213户438人).
_PAIR_FAMILIES = frozenset({"count", "person"})


def _scale_of(a: str, b: str) -> bool:
    """Whether the unit ``a`` of a first figure is only the scale that starts the unit ``b``
    of the figure after it (万 before 万人次, 亿 before 亿元)."""
    return a != b and b.startswith(a) and unit_family(a) == "scale" != unit_family(b)


def _same_family(a: str, b: str) -> bool:
    return a == b or (unit_family(a) != "" and unit_family(a) == unit_family(b))


def _structures(text: str, lay: Layout) -> list[Mention]:
    """Components of a structure such as ``三次产业结构为6.8：77.3：15.9``."""
    out: list[Mention] = []
    for m in _STRUCTURE.finditer(text):
        if not _STRUCTURE_WORDS.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        first_end = m.start() + len(re.split(r"[:：]", m.group(0), maxsplit=1)[0])
        if lay.shielded(m.start()) or _is_ratio(text, m.start(), first_end):
            continue  # 城乡居民收入比为2.36：1: one ratio, not a structure
        pos = m.start()
        first: Mention | None = None
        for part in re.split(r"[:：]", m.group(0)):
            end = pos + len(part)
            comp = Mention(start=pos, num_end=end, end=end, value=part, unit="")
            first = first or comp
            comp.structure = first
            out.append(comp)
            pos += len(part) + 1
    return out


def _growth_words(text: str, lay: Layout) -> list[Mention]:
    """Growths stated in words: 持平 (0), 翻一番 (+100%), 翻两番 (+300%)."""
    ph = load_phrases()
    out: list[Mention] = []
    if "持平" in text:
        for m in ph.flat.finditer(text):
            if _RANK_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # 总量居全省第3位、与上年持平: the rank is unchanged, not the figure
            qual = m.group("qual") or m.group("qual2")
            quals = [qual] if qual else []
            out.append(
                Mention(
                    start=m.start(),
                    num_end=m.end(),
                    end=m.end(),
                    value="0",
                    unit="%",
                    role="growth",
                    basis=m.group("basis") or "",
                    verb="持平",
                    verb_start=m.start(),
                    quals=quals,
                    words=True,
                )
            )
    if "翻" in text:
        for m in ph.double.finditer(text):
            four = m.group("four") is not None
            out.append(
                Mention(
                    start=m.start(),
                    num_end=m.end(),
                    end=m.end(),
                    value="300" if four else "100",
                    unit="%",
                    role="growth",
                    basis=_plain_basis((m.group("basis4") if four else m.group("basis")) or "", ph),
                    verb=m.group("four") if four else m.group("two"),
                    verb_start=m.start(),
                    quals=[MULTIPLE_QUALIFIER],  # a doubling is as precise as "2 倍"
                    words=True,
                )
            )
    return [x for x in out if not lay.shielded(x.start)]
