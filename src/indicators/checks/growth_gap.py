"""A gap in percentage points between two growth rates the report prints (农村居民人均可支配收入
增长8.3%，增速高于城镇居民2.9个百分点, with 城镇居民人均可支配收入增长5.6% printed too).

The gap names the other figure after a comparing word (高于, 快于, 低于, 慢于); the figure
whose growth it compares is the one printed right before it, or the one its own words name
(脱贫人口收入增速高于…). The other must measure the like of it (收入 and 收入) in this place,
in the paragraph or the one before, or be named exactly elsewhere. The relation holds when the
difference of the two growth intervals meets the interval of the printed gap. A gap against a
figure the report does not print (高于全市平均水平, 高于全省) is not judged, nor one of a
growth with an open bound (增长8%以上); one whose other growth is printed in brackets before it
is (增速高于全区（16.7%）4.6个百分点, 比全区平均增速（7.8%）高1.3个百分点), against the growth
before the brackets.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from .. import explain as ex
from ..findings import CONSISTENT, INCONSISTENT, Finding
from ..intervals import fmt
from ..phrases import load_phrases
from ..quantities import Quantity
from ..relations import WIDER_PLACE, ClaimIndex, key, scopes_compatible, sentence_between
from ..subjects import wording_indicator

#: The comparing words of a gap: after the growth (高于全市), or after what it is compared with
#: (比全市高); those that make it a gap below (低于, 低).
_COMPARING = "高于|快于|超过|低于|慢于"
_COMPARING_AFTER = "高|快|低|慢"
_BELOW = ("低于", "慢于", "低", "慢")
#: The name of a gap: a growth word, a comparing word and what it compares with (增速高于城镇
#: 居民, 增幅快于).
_GAP = re.compile(
    r"^(?P<subject>.*?)(?:收入)?(?P<growth>增速|增幅|增长|涨幅|降幅)"
    rf"(?:(?P<word>{_COMPARING})(?P<other>.{{2,}})"
    # 降幅比全市低; not 比上年提高
    rf"|比(?P<other2>.{{2,}}?)(?<!提)(?P<word2>{_COMPARING_AFTER})出?)$"
)
#: The report's own place opening the words (全乡农村居民: 农村居民); a wider place (全市,
#: 全省), whose figures the report does not print; what is left when the words name only an
#: average (平均水平).
_PLACE = re.compile(r"^(?:全[县区乡镇旗]|我[县区乡镇市])")
_WIDER = re.compile(r"^(?:全[国省市州盟]|[国省市州])")
_ELSEWHERE = re.compile(r"^(?:平均水平|平均|水平)?$")


def growth_gap_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every gap in points between the growth of a figure and that of another printed one.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("城镇居民人均可支配收入", "城镇居民人均可支配收入", "", "", "5.6"),
    ...         ("农村居民人均可支配收入", "农村居民人均可支配收入", "", "", "8.3"),
    ...         ("", "增速高于城镇居民", "2.9", "个百分点", "")]
    >>> table = pd.DataFrame([dict(indicator=i, name=n, value=v, unit=u, growth_pct=g)
    ...     for i, n, v, u, g in rows]).assign(period="2020", kind="actual", line="3",
    ...     quote="", paragraph="1")
    >>> [(f.verdict, f.recomputed) for f in growth_gap_checks(ClaimIndex(read_claims(table)))]
    [('inconsistent', '高 2.7 个百分点 [2.600, 2.800]')]
    """
    findings: list[Finding] = []
    previous: list[Quantity] = []
    for group in index.paragraphs():
        earlier, previous = previous[-_OTHERS_BACK:], group
        for pos, gap in enumerate(group):
            bracketed = _bracketed_gap(group, pos)
            if bracketed is not None:  # 增速高于全区（16.7%）4.6个百分点
                found = _judge(*bracketed)
                findings.extend([found] if found is not None else [])  # (增长8%以上: none)
                continue
            m = _GAP.match(gap.name) or _gap_after_growth(gap)
            if m is None or not gap.is_points or gap.value is None or not pos:
                continue
            own = _own(group[max(0, pos - _LOOK_BACK) : pos], m.group("subject"), gap)
            if own is None or own.period != gap.period or not key(own):
                continue
            near = [*earlier, *group[max(0, pos - _OTHERS_BACK) : pos]]  # and the paragraph before
            said = gap.sentence_before(80) or gap.clause
            words, word = m.group("other") or m.group("other2"), m.group("word") or m.group("word2")
            after = group[pos + 1 : pos + 1 + _NEAR]  # …高3.2个百分点（全区增长5.5%）
            other = _other(index, near, own, words, said, after)
            # 降幅比全市低1.2个百分点: a smaller fall, a growth higher by 1.2 points
            below = (word in _BELOW) != (m.group("growth") == "降幅")
            found = _judge(own, other, gap, below) if other else None
            if found is not None:
                findings.append(found)
    return findings


def _gap_after_growth(gap: Quantity) -> re.Match[str] | None:
    """The name of a gap with no growth word, right after the growth it compares (同比增长
    6.8%，高于全区平均水平0.7个百分点), read as :data:`_GAP` reads a named one; ``None`` when
    no growth stands right before it (占比35%，高于全市…: a share's)."""
    if not _GROWTH_JUST_BEFORE.search(gap.sentence_before(_GROWTH_BEFORE_CHARS) or ""):
        return None
    return _BARE_GAP.match(gap.name)


#: A gap's name that is only a comparing word and what it compares with (高于全区平均水平),
#: with the groups of :data:`_GAP` (empty).
_BARE_GAP = re.compile(
    rf"^(?P<subject>)(?P<growth>)(?P<word>{_COMPARING})(?P<other>.{{2,}})(?P<other2>)(?P<word2>)$"
)
#: A growth printed right before a gap, ending its clause (增长6.8%，).
_GROWTH_JUST_BEFORE = re.compile(r"(?:增长|下降)\d+(?:\.\d+)?[%％][，,]$")
_GROWTH_BEFORE_CHARS = 16


#: A gap whose other growth is printed in brackets right before it: after a comparing word
#: (增速高于全区（16.7%）4.6个百分点, 高于全市平均水平（6.5%）1.7个百分点), or between 比 and
#: the comparing word (比全区平均增速（7.8%）高1.3个百分点, 高出1.2个百分点).
_BRACKETED = re.compile(
    rf"(?:(?P<word>{_COMPARING})[^，,；;。（(]{{0,12}}[（(](?P<rate>\d+(?:\.\d+)?)%[）)]"
    rf"|比[^，,；;。（(]{{0,12}}[（(](?P<rate2>\d+(?:\.\d+)?)%[）)](?P<word2>{_COMPARING_AFTER})出?)$"
)
#: The growth words ending the subject of a gap (税收增速).
_GROWTH_WORDS_END = re.compile(r"(?:增速|增幅|增长|涨幅|降幅)$")
#: How many characters of a gap's sentence before it are read for a growth in brackets.
_SAID = 40
#: The comparing words around what a gap compares with (高于…, 比…).
_COMPARED_WORDS = re.compile(rf"^(?:{_COMPARING}|比)")


def _bracketed_gap(
    group: list[Quantity], pos: int
) -> tuple[Quantity, Quantity, Quantity, bool] | None:
    """A gap in points whose other growth is printed in brackets right before it, and the
    figure whose growth it compares (the nearest one before with a growth): ``(own, other,
    gap, below)``, the other named as ``own`` in the place or average the words name."""
    gap = group[pos]
    if not gap.is_points or gap.value is None or pos < 2:
        return None
    at = gap.quote.rfind(gap.value_text)
    said = (gap.sentence_before(_SAID) or "") + gap.quote[: max(at, 0)]  # the words up to it
    m = _BRACKETED.search(said)
    if m is None:
        return None
    rate, word = m.group("rate") or m.group("rate2"), m.group("word") or m.group("word2")
    printed = group[pos - 1]  # the figure in the brackets
    if rate != printed.growth_text and (printed.family != "percent" or rate != printed.value_text):
        return None
    before = group[max(0, pos - 1 - _LOOK_BACK) : pos - 1]
    if before[-1].family == "percent" and before[-1].value is not None:
        return None  # 占…的55.4%，比全区楼宇税收占比（36.8%）高18.6个百分点: rates, no growths
    named = _GAP.match(gap.name)  # 投资增速高于全市（8.9%）: the figure its words name
    subject = named.group("subject") if named is not None else ""
    if not subject and m.group("word2"):  # 税收增速比全市平均水平（7.8%）高2.4个百分点
        clause = re.split(r"[，,；;。]", said[: m.start()])[-1]
        subject = _GROWTH_WORDS_END.sub("", clause)
    fall = named is not None and named.group("growth") == "降幅"  # 降幅低于全市（5.6%）: falls
    own = _own(before, subject, gap)
    if own is None or own.period != gap.period or own.growth is None:
        return None
    if any(
        q.growth is not None and key(q) == key(own) and q.period != own.period
        for q in before
        if not sentence_between(q, gap) and not _compared_in_brackets(q, said)
    ):  # 增速由一季度的下降5.6%、上半年的增长0.3%…逐季回升，比全市平均水平（3.1%）高…: of
        return None  # which of its times, the sentence does not say
    growth = printed.growth if printed.growth_text == rate else printed.value
    if fall and growth is not None:
        growth, rate = -growth, f"-{rate}"  # 降幅…（5.6%）: a fall of 5.6%, printed as its size
    words = _COMPARED_WORDS.sub("", m.group(0).split("（")[0].split("(")[0])
    place = WIDER_PLACE.match(words) or _WIDER.match(words)
    if place is not None:  # 全区, 全市平均水平: the place's growth of the same figure
        named = dict(indicator=own.indicator, name=own.name, scope=place.group(0))
    else:  # 高于城镇居民（6.5%）: the growth of the figure so named
        named = dict(indicator="", name=words, scope=own.scope)
    if not named["name"] and not named["indicator"]:
        return None
    other = replace(printed, growth_text=rate, growth=growth, growth_basis="", **named)
    return own, other, gap, (word in _BELOW) != fall


def _compared_in_brackets(q: Quantity, said: str) -> bool:
    """Whether the growth of ``q`` is printed in brackets after 比 and what it is of, as the
    rate another growth is compared with (增长9.6%，比前三季度（8.9%）提高0.7个百分点): no
    growth of the time a gap after it is of."""
    size = (q.growth_text or "").lstrip("-")
    if not size:
        return False
    found = re.search(
        rf"[比较][^，,；;。（()]{{1,8}}[（(](?:增长|下降)?{re.escape(size)}%[）)]", said
    )
    return found is not None


#: How many figures before a gap the other figure it names may be.
_OTHERS_BACK = 16
#: How many figures before a gap the figure it names may be, and the one it follows.
_LOOK_BACK = 6
_NEAR = 2


#: The basis of a growth over a year named, not over last year (比2015年增长20.1%).
_OVER_A_NAMED_YEAR = re.compile(r"(?:19|20)\d\d")


def _own(before: list[Quantity], subject: str, gap: Quantity) -> Quantity | None:
    """The figure whose growth a gap compares: the nearest one before it with a growth (past
    its change, 比上年增加1427元; past an average growth and a growth of another year, 两年
    平均增长6.6%（2020年增长4.6%）), or the nearest one its subject names (脱贫人口收入增速
    高于…: 脱贫人口人均纯收入 … 增长12.2%)."""
    before = [q for q in before if not WIDER_PLACE.fullmatch(q.scope)]  # not 全市社零's
    if not subject:
        near = [
            q
            for q in before
            if q.growth is not None
            and not (q.is_average_growth or (q.period != gap.period and q.value is None))
            and not _OVER_A_NAMED_YEAR.search(q.growth_basis)  # 比2015年增长20.1%: over years
        ]
        nearest = next((q for q in reversed(before[-_NEAR:]) if q.growth is not None), None)
        if nearest is not None and nearest in near:
            return nearest
        return near[-1] if near else nearest
    head = subject[:4]
    for q in reversed(before):
        if q.growth is not None and any(n.startswith(head) for n in (q.indicator, q.name) if n):
            return q
    return None


def _other(
    index: ClaimIndex,
    before: list[Quantity],
    own: Quantity,
    words: str,
    sentence: str,
    after: list[Quantity] | None = None,
) -> Quantity | None:
    """The one figure among ``before`` (of the paragraph), or named exactly by ``words``
    elsewhere, of the same time and kind as ``own``, with a growth, that ``words`` name and
    that measures what ``own`` measures (城镇居民 and 农村居民人均可支配收入: 城镇居民人均可支配
    收入), other than ``own``."""
    whole = WIDER_PLACE.match(words)  # a wider place (全区 in a street's report): compared
    if whole and _ELSEWHERE.match(words[whole.end() :]):  # 全市社零下降3.6%，我区…降幅比全市低
        return _of_wider_place([*before, *(after or [])], own, whole.group(0))
    wider = _WIDER.match(words)
    rest = _PLACE.sub("", words[wider.end() :] if wider else words)
    if wider and wider.group(0) not in sentence[: max(0, len(sentence) - len(words))]:
        return None  # 高于全市规上工业1.2个百分点: the city's growth, not printed here
    words = rest  # 全市城镇居民…高于全市…
    if _ELSEWHERE.match(words):
        return None
    named = [*islice(index.named(words), _OTHERS_BACK)]
    indicator = wording_indicator(words)
    if indicator:
        named += islice(index.named(indicator), _OTHERS_BACK)
    found = {
        q.row: q
        for q in [*before, *named]
        if q.growth is not None
        and q.row != own.row
        and key(q) != key(own)
        and q.period == own.period
        and q.kind == own.kind
        and not q.is_average_growth
        and scopes_compatible(q, own)
        and _names_the_like(q, own, words)
    }
    near = {row: q for row, q in found.items() if not sentence_between(q, own)}
    if near:  # 实现营业收入452.6亿元，增长8.3%；实现利润…，利润增速高于营业收入: its sentence's
        found = near
    keys = {key(q) for q in found.values()}
    return next(iter(found.values())) if len(keys) == 1 else None


def _of_wider_place(before: list[Quantity], own: Quantity, place: str) -> Quantity | None:
    """The one growth of ``own``'s indicator, time and kind printed for the wider ``place``
    (scope 全市) among ``before``."""
    found = [
        q
        for q in before
        if q.growth is not None
        and q.scope == place
        and key(q) == key(own)
        and q.period == own.period
        and q.kind == own.kind
        and not q.is_average_growth
    ]
    return found[-1] if len({q.growth_text for q in found}) == 1 else None


def _names_the_like(q: Quantity, own: Quantity, words: str) -> bool:
    """Whether ``words`` name ``q`` and its name ends as ``own``'s does (城镇居民 + 人均可支配
    收入 for 脱贫人口人均纯收入: both 收入; not 城镇居民人均可支配收入 for 农村居民人均消费
    支出, nor 规上工业总产值 for 规上工业增加值)."""
    ends = {n[-2:] for n in (own.indicator, own.name) if n}
    for name in (q.indicator, q.name):
        if name and name.startswith(words):
            rest = name[len(words) :]
            if not rest or rest[-2:] in ends:
                return True
        doing = load_phrases().doing_verbs
        if name and len(words) >= 2 and any(name.endswith(d + words) for d in doing):
            return True  # 规上工业企业实现营业收入: the firms' 营业收入
    return False


def _judge(own: Quantity, other: Quantity, gap: Quantity, below: bool) -> Finding | None:
    assert own.growth is not None and other.growth is not None and gap.value is not None
    assert own.growth_point is not None and other.growth_point is not None
    diff = own.growth - other.growth  # own minus other, signed
    if not diff.bounded:
        return None  # 增长8%以上: no gap in points to judge
    diff_pt = own.growth_point - other.growth_point
    stated = -gap.value if below else gap.value
    places = max(gap.places, 1)
    higher = diff_pt >= 0  # the direction the two growths give, whatever the text says
    word = "高" if higher else "低"
    size, size_pt = (diff, diff_pt) if higher else (-diff, -diff_pt)
    # 全市社会消费品零售总额: the wider place's figure named with its place
    other_label = f"{other.scope}{other.label}" if other.scope != own.scope else other.label
    lead = (
        f"{ex.subject(own)}{ex.growth_words(own)}，{other_label}{ex.growth_words(other)}，"
        f"前者比后者{word} {fmt(size_pt, places)} 个百分点"
        f"（按舍入区间为 {ex.range_text(size, places + 1, '')}）"
    )
    stated_words = f"“{gap.name}{gap.value_text}个百分点”"
    common = dict(
        check="growth_gap",
        indicators=(own.label, other_label),
        period=gap.period.text if gap.period else "",
        stated=f"{gap.name} {gap.value_text} 个百分点",
        recomputed=f"{word} {ex.estimate(size_pt, size, places, '个百分点')}",
        claims=(other, own, gap),
    )
    if diff.meets(stated):
        return Finding(
            verdict=CONSISTENT, explanation=f"{lead}，与文中{stated_words}相符。", **common
        )
    miss = diff.gap(stated)
    alternative = f"{word} {ex.consistent_range(size, gap.places, '个百分点')}"
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{lead}，与文中{stated_words}不符，相差约 {fmt(miss, 2)} 个百分点；"
            f"若两个增速无误，应为{alternative}。"
        ),
        gap=miss,
        gap_unit="个百分点",
        suggestion=alternative,
        **common,
    )
