"""What a figure is a figure of: the indicator from the vocabulary, and the report's own words.

Reports name the subject before the figure (``社会总产值12.5亿元``) or, for counts, after
the measure word (``45家规上企业``); the subject may also be carried from the figure before
(``由41间增加到52间``). This module finds vocabulary wordings in a stretch of text, cleans the
report's words into a short name, and checks that an indicator fits the unit of a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .phrases import load_phrases
from .scanning import trie_pattern
from .units import unit_family
from .vocabulary import Indicator, load_vocabulary

#: Unit families each indicator family accepts for a level (growth and changes fit any).
ACCEPTS: dict[str, frozenset[str]] = {
    "money": frozenset({"money", "scale"}),
    "income": frozenset({"money"}),
    "count": frozenset({"count", "person", "scale"}),
    "person": frozenset({"person", "count", "scale"}),
    "percent": frozenset({"percent"}),
    "index": frozenset({""}),
    "structure": frozenset({""}),
    "ratio": frozenset({"", "ratio"}),  # 城乡居民收入比2.30, 收入倍差1.86倍
}

_AS_OF = r"(?:截止至|截止到|截至|截止)"
_YEAR = r"(?:(?:19|20)\d\d年度?(?:以来|末|底|初)?|(?:去年|上年|今年|本年)[末底初])"
_MONTHS = (  # 1—5月份, 12月底, 8月17日至12月底
    r"(?:\d{1,2}(?:月份?(?:\d{1,2}[日号])?)?[-—–~至到]\d{1,2}月份?(?:\d{1,2}[日号]|底|末)?"
    r"|\d{1,2}月份?(?:底|末)?)"
)
#: ``截至2020年1-12月``, ``2020年``, ``1—5月份`` …: each part optional, but never nothing
#: (an empty match at every place would make removing them slow).
_TIME_WORDS = re.compile(
    # 到2025年: by 2025 (not the 至 of 2021年至2025年, a span)
    # 2020年和2021年: a list of years, joined
    rf"{_AS_OF}{_YEAR}?{_MONTHS}?|(?:(?<![年月])(?:到|至))?{_YEAR}(?:[、和与及]{_YEAR})*{_MONTHS}?"
    rf"|{_MONTHS}"
)
_DROP_CHARS = re.compile(r"[“”\"‘’'「」《》，,；;：:。！？!?、~～—–\-\s]")
_PAREN_SPAN = re.compile(r"[（(][^（）()]*[）)]")


@dataclass(frozen=True)
class Wording:
    """A vocabulary wording found in the text."""

    indicator: str
    text: str
    start: int
    end: int


@cache
def _wording_index() -> tuple[re.Pattern[str], dict[str, str]]:
    vocab = load_vocabulary()
    canonical: dict[str, str] = {}
    for ind in vocab.values():
        for w in ind.wordings:
            canonical.setdefault(w, ind.name)
    return re.compile(trie_pattern(canonical)), canonical


def vocabulary() -> dict[str, Indicator]:
    """The packaged indicator vocabulary."""
    return load_vocabulary()


@cache
def wholes_of(indicator: str) -> frozenset[str]:
    """The indicators ``indicator`` is a part of: its ``part_of`` and every composite that
    lists it as a component.

    Examples
    --------
    >>> sorted(wholes_of("规模以上工业总产值"))
    ['工业总产值']
    """
    vocab = load_vocabulary()
    entry = vocab.get(indicator)
    wholes = {entry.part_of} if entry is not None and entry.part_of else set()
    wholes |= {name for name, e in vocab.items() if indicator in e.components}
    return frozenset(wholes)


@cache
def composite_indicators() -> frozenset[str]:
    """The indicators made of components (a structure such as 三次产业结构)."""
    return frozenset(name for name, e in load_vocabulary().items() if e.components)


def wordings_in(text: str, start: int = 0, end: int | None = None) -> list[Wording]:
    """Vocabulary wordings in ``text[start:end]``, longest match at each place.

    A wording right after a word that changes what it measures (``人均``, see
    ``not_after_words`` in ``phrases.toml``) is not that indicator and is left out.

    Examples
    --------
    >>> [(w.indicator, w.text) for w in wordings_in("全镇完成固定项目投资和规上工业总产值")]
    [('固定资产投资', '固定项目投资'), ('规模以上工业总产值', '规上工业总产值')]
    >>> [w.indicator for w in wordings_in("地区生产总值50亿元，人均地区生产总值6万元")]
    ['地区生产总值', '人均地区生产总值']
    >>> [w.indicator for w in wordings_in("人均税收收入")]
    []
    >>> [w.indicator for w in wordings_in("城乡居民收入比为2.30，城乡居民收入比上年增长8%")]
    ['城乡居民收入比']
    """
    pattern, canonical = _wording_index()
    stop = len(text) if end is None else end
    ph = load_phrases()
    not_after = ph.not_after_words
    return [
        Wording(canonical[m.group(0)], m.group(0), m.start(), m.end())
        for m in pattern.finditer(text, start, stop)
        if not (not_after and _narrowed(text, m.start(), not_after, ph.this_year_words))
        and not (m.group(0).endswith("比") and COMPARED_AFTER.match(text, m.end()))
        and not (
            m.group(0) in ph.industry_narrowed_wordings
            and (
                _INDUSTRY_BEFORE.search(text, max(0, m.start() - 2), m.start())
                or text.endswith(ph.industry_name_ends, 0, m.start())
            )
        )  # 袜业规上企业187家, 航空航天规上企业96家: that industry's firms
    ]


def _narrowed(text: str, start: int, words: tuple[str, ...], years: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands right before ``start``, or before a word of this year
    there (农家乐全年接待游客: the visitors of the farm stays)."""
    if text.endswith(words, 0, start):
        return True
    year = next((w for w in years if text.endswith(w, 0, start)), "")
    return bool(year) and text.endswith(words, 0, start - len(year))


#: An industry glued right before a wording (袜业规上企业, 袜业及配套规上企业), not 企业 nor 就业.
_INDUSTRY_BEFORE = re.compile(r"(?:(?<![企就])[\u4e00-\u9fff]业|配套)$")


#: After a wording ending in 比 (城乡居民收入比), the basis of a comparison: the 比 is the
#: comparison's (城乡居民收入比上年增长8%), not a ratio's.
COMPARED_AFTER = re.compile(r"上年|去年|上一年|同期|年初|(?:19|20)\d\d年")


def wording_indicator(text: str) -> str:
    """The canonical indicator ``text`` is a wording of, exactly; ``""`` when none.

    Examples
    --------
    >>> wording_indicator("规上工业总产值"), wording_indicator("总产值")
    ('规模以上工业总产值', '')
    """
    return _wording_index()[1].get(text, "")


def own_level_indicator(name: str, level: str, *, plain: bool = True) -> str:
    """The indicator of ``name`` when it names the report's own level, else ``""``.

    In a district's report 区级税收收入 is its own tax (本级税收收入); in a town's report
    it is the district's share. A wording with no 本级 entry is the report's own figure
    (县级一般公共预算收入 in a county's report), unless ``plain`` is false (a part after
    其中 of the whole place's figure). ``level`` is the level of the place the report is about.

    Examples
    --------
    >>> own_level_indicator("区级税收收入", "区"), own_level_indicator("区级税收收入", "镇")
    ('本级税收收入', '')
    >>> own_level_indicator("县级一般公共预算收入", "县")
    '一般公共预算收入'
    >>> own_level_indicator("县级一般公共预算收入", "县", plain=False)
    ''
    """
    prefix = f"{level}级"
    if not level or not name.startswith(prefix) or len(name) == len(prefix):
        return ""
    _, canonical = _wording_index()
    rest = name[len(prefix) :]
    return canonical.get("本级" + rest, "") or (canonical.get(rest, "") if plain else "")


@cache
def listed_wordings() -> re.Pattern[str] | None:
    """The vocabulary wordings that hold 、 (上划中央、省、市税收), as one pattern; ``None``
    when there are none."""
    _, canonical = _wording_index()
    words = sorted((w for w in canonical if "、" in w), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


def fits(indicator: str, unit: str, role: str) -> bool:
    """Whether a figure with ``unit`` and ``role`` can be a value of ``indicator``.

    Examples
    --------
    >>> fits("税收收入", "亿元", "level"), fits("税收收入", "%", "level")
    (True, False)
    >>> fits("税收收入", "%", "growth"), fits("规模以上工业企业", "家", "level")
    (True, True)
    """
    entry = load_vocabulary().get(indicator)
    if entry is None:
        return False
    if role == "growth":
        return True
    family = unit_family(unit)
    if role == "change" and family == "points":
        return entry.family in ("percent", "")
    accepted = ACCEPTS.get(entry.family)
    if accepted is None:
        return not entry.family or family == entry.family
    return family in accepted


@lru_cache(maxsize=4096)  # the same words come back across figures and reports
def clean_name(window: str) -> str:
    """The report's own words for a figure, from the text before it in its clause.

    Drops parentheticals, dates and periods, quotation marks, area words (全镇, 我县 …) and
    the linking words around the subject (共有, 达, 为 …).

    Examples
    --------
    >>> clean_name("2020年，我镇重点项目共有")
    '重点项目'
    >>> clean_name("产生新一届村（社区）“两委”干部")
    '产生新一届村两委干部'
    >>> clean_name("截至目前我镇工业企业数量达")
    '工业企业数量'
    >>> clean_name("“十三五”期间")
    ''
    >>> clean_name("因规模下降退出")
    '退出'
    >>> clean_name("现在已是"), clean_name("如今全镇肉牛饲养量")
    ('', '肉牛饲养量')
    """
    ph = load_phrases()
    text = _PAREN_SPAN.sub("", window)
    text = _IN_TIME.sub("", text)  # 在2017年甘蔗总产量…的基础上: not 在 of 在建项目
    if "五" in text or "年" in text or "/" in text:  # 2019/2020榨季 too
        text = ph.time_spans.sub("", text)
    text = _TIME_WORDS.sub("", text)
    text = ph.period_part_re.sub("", text)
    text = _DROP_CHARS.sub("", text)
    inline = _LIST_VERB.split(text)[-1]
    if inline and inline != text:  # 各村集体经济收入分别为芒允村: the one named before its figure
        text = inline
    signed = text.endswith(ph.not_about)  # 签约 keeps its 约, which is no qualifier
    for _ in range(6):
        before = text
        text = ph.area.sub("", text, count=1)
        text = ph.strip_before.sub("", text)
        text = ph.strip_after.sub("", text)
        if text == before:
            break
    if signed and (text + "约").endswith(ph.not_about):
        text += "约"
    if text in _SPAN_REMNANTS:
        return ""  # 前 of 前三年年均增长8.8%, whose years are read as a time span
    if text.startswith("因") and text.endswith(ph.outflow_words):  # 因规模下降退出: 退出
        text = next(w for w in ph.outflow_words if text.endswith(w))
    elif text.startswith("因") and (left := _outflow_tail().search(text)) is not None:
        text = left.group(0)  # 因经营调整退出统计: 退出统计
    return text[-ph.name_max :]


@cache
def _outflow_tail() -> re.Pattern[str]:
    """A word of leaving a stock and a short noun after it, ending a name (退出统计, 退出库,
    退出规上统计)."""
    words = "|".join(re.escape(w) for w in load_phrases().outflow_words) or "(?!)"
    return re.compile(rf"(?:{words})[\u4e00-\u9fff]{{1,4}}$")


#: 在 opening the words before a figure when a time follows it (在2017年…的基础上).
_IN_TIME = re.compile(r"^在(?=(?:19|20)\d\d年)")
#: The verb of a list whose items are each named before their figure (分别为芒允村14.2万元).
_LIST_VERB = re.compile(r"(?:分别|依次)(?:为|是)")

#: What is left of a span of years (前三年, 近两年, 头两年) once its years are read as time.
_SPAN_REMNANTS = frozenset("前后近头")


@cache
def _wordings_by_length() -> tuple[tuple[str, str], ...]:
    """Every wording of the vocabulary with its indicator, longest first."""
    pairs = {(w, ind.name) for ind in load_vocabulary().values() for w in ind.wordings}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def indicator_ending(name: str) -> str:
    """The indicator of the longest vocabulary wording ``name`` ends with, whatever words
    come before it (机电产品出口: 出口总额), else ``""``.

    Examples
    --------
    >>> indicator_ending("机电产品出口"), indicator_ending("村集体经济")
    ('出口总额', '')
    """
    return next((ind for w, ind in _wordings_by_length() if name.endswith(w)), "")


def common_tail(a: str, b: str) -> int:
    """How many characters two names end with alike.

    Examples
    --------
    >>> common_tail("集团实现营业收入", "产业实现营业收入"), common_tail("东盟进出口", "美国进出口")
    (6, 3)
    """
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def plain_name(name: str) -> str:
    """A name without the words that only say it is a total (``name_total_marks``: 旅游总收入
    and 旅游收入 name one thing).

    Examples
    --------
    >>> plain_name("村集体经济总收入"), plain_name("旅游收入")
    ('村集体经济收入', '旅游收入')
    """
    for mark in load_phrases().name_total_marks:
        name = name.replace(mark, "")
    return name


_DIGIT = re.compile(r"\d")
#: Short words listed with 、 before the noun they share (省、市、县重点项目).
_LEVELS_LISTED = re.compile(
    r"(?:[^\W\d一二两三四五六七八九十百千万零]{1,2}、)+(?=[^\W\d一二两三四五六七八九十百千万零]{2})"
)


def levels_listed_end(text: str, pos: int) -> int:
    """Where short words listed with 、 before the noun they share end (``58个省、市、县重点
    项目`` at 省: after 市、), or ``pos`` when none are listed there.

    Examples
    --------
    >>> levels_listed_end("省、市、县重点项目", 0), levels_listed_end("重点项目", 0)
    (4, 0)
    """
    levels = _LEVELS_LISTED.match(text, pos)
    return levels.end() if levels is not None else pos


def following_noun(text: str, pos: int, end: int) -> str:
    """The noun right after a measure word (``52348名选民参选`` gives ``选民``), or ``""``.

    Examples
    --------
    >>> t = "全镇352户有劳动力贫困户和666户无劳动力贫困户人均可支配收入"
    >>> following_noun(t, 6, len(t)), following_noun(t, 18, len(t))
    ('有劳动力贫困户', '无劳动力贫困户')
    """
    ph = load_phrases()
    stretch = text[pos : min(end, pos + 14)]
    if not stretch or not ("\u4e00" <= stretch[0] <= "\u9fff"):
        return ""
    skip = levels_listed_end(stretch, 0)  # 58个省、市、县重点项目: the levels share a noun
    stop = ph.noun_stop.search(stretch, skip)
    noun = stretch[: stop.start()] if stop else stretch
    digit = _DIGIT.search(noun)
    if digit:  # the next figure ends the noun (28家非公企业中建立党组织21个)
        noun = noun[: digit.start()]
    noun = _DROP_CHARS.sub("", _PAREN_SPAN.sub("", noun))
    if len(noun) > 2 and noun[0] == noun[1] and noun[0] in ph.doubled_place_chars:
        return noun[0]  # 12个村村集体经济收入合计: the villages, then their own figure's name
    for place in ("行政村", "村", "社区"):  # 186个行政村集体经营性收入合计: the villages
        if noun.startswith((place + "集体", place + "村级")) and len(noun) > len(place) + 2:
            return place  # (十八个行政村村级集体经济总收入: the villages too)
    return noun[:12]
