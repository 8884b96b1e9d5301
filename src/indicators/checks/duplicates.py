"""The same quantity stated twice: one indicator, one period, one kind, two figures.

Two statements agree when their intervals meet. When they do not, the report says two
things about one quantity; if the claims carry different scopes (enterprises in the output
statistics against all above-scale enterprises) the difference is a matter of scope to be
made explicit, which the finding says and flags as ``two_scopes``.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from .. import explain as ex
from ..findings import CONSISTENT, INCONSISTENT, Finding, gap_decimals
from ..intervals import fmt
from ..phrases import load_phrases, whole_place_share_after
from ..quantities import GROUP_SUM, RANGE_LINKS, Quantity, of_one_market
from ..relations import (
    SUM_LINK,
    WIDER_PLACE,
    ClaimIndex,
    is_part_of_place,
    key,
    sentence_between,
)


def duplicate_checks(index: ClaimIndex) -> list[Finding]:
    """Compare every later statement of a quantity with its first statement.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> table = pd.DataFrame([dict(value="36", line="3", quote="规上工业企业36家"),
    ...                       dict(value="38", line="40", quote="规上工业企业达到38家")])
    >>> table = table.assign(indicator="规模以上工业企业", name="规上工业企业", period="2022",
    ...                      kind="actual", unit="家")
    >>> [(f.verdict, f.gap) for f in duplicate_checks(ClaimIndex(read_claims(table)))]
    [('inconsistent', Fraction(2, 1))]
    """
    groups: dict[tuple, list[Quantity]] = defaultdict(list)
    any_sum = any(q.link == SUM_LINK for q in index.quantities)  # 合计 that restate a total
    for q in index.quantities:
        if not (q.indicator or (any_sum and q.name) or _own_words_figure(q)):
            continue
        if q.annual_key is None or not (q.is_level or _plain_new(q)):
            continue  # (new ones of the year too: 新增市场主体1.32万户 … 全年新增市场主体1.23万户)
        unit_kind = q.unit.kind if q.unit else None
        groups[(key(q), q.annual_key, q.kind, unit_kind, q.measure)].append(q)
    findings = []
    bare_sums = load_phrases().sum_after
    for group in groups.values():
        # Figures named by the report's own words only (not the vocabulary) name different
        # things too often; they are compared with a 合计 that restates them, and with each
        # other only where one looks like a slip of the other (58.62 and 56.82万吨).
        summed = any(q.link == SUM_LINK for q in group)
        qs = group if summed else [q for q in group if q.indicator or _own_words_figure(q)]
        if summed:  # two sums named only 合计 are sums of different things
            qs = [q for q in qs if q.indicator or q.name not in bare_sums]
        if not qs:
            continue

        # a level first, where there is one, and a figure before a bound (粮食总产连续五年稳定
        # 在40万吨以上，2020年达到41.72万吨 … 总产量41.27万吨: 41.27 against 41.72, not 40以上)
        qs.sort(key=lambda q: (q.row in index.earlier, _open_bound(q)))
        first = qs[0]
        for later in qs[1:]:
            findings.extend(_pair_findings(index, first, later, summed))
    findings.extend(_slips_under_alike_names(index, groups))
    return findings


def _pair_findings(
    index: ClaimIndex, first: Quantity, later: Quantity, summed: bool
) -> list[Finding]:
    """The findings of a later statement of the quantity ``first`` states (none when the two
    are no statements of one quantity); ``summed``: their group holds a 合计 restating it."""
    found_here: list[Finding] = []
    cues = index.rules.cue("scope")
    if later.line == first.line and later.quote == first.quote:
        return []  # one statement read twice, not two statements
    if _one_list(first, later):
        return []  # 全区、全街道…分别增长4.2%和5.8%: two subjects of one list
    if later.link in RANGE_LINKS and later.linked_to == first.claim_id:
        return []  # the two ends of one printed range
    if later.link == "changed_from" and later.linked_to == first.claim_id:
        return []  # 由 A 增加到 B: two moments, not two statements of one figure
    if first.claim_id in (later.parent_id, later.linked_to) or later.claim_id in (
        first.parent_id,
        first.linked_to,
    ):
        return []  # 外资4.62亿美元，其中制造业外资18650万美元: a part, not the whole
    if first.parent_id and first.parent_id == later.parent_id:
        return []  # 其中，煤炭税收1.32亿元…；非煤税收0.38亿元: two parts of one total
    if _beneficiaries(first) or _beneficiaries(later):
        return []  # 惠及市场主体1.86万户: those a measure reached, not all of them
    if _paid(first) != _paid(later):
        return []  # 新能源…上缴税收0.86亿元: what some payers paid, not the revenue
    if _per_year(first) or _per_year(later):
        return []  # 年均新增城镇就业7166人: the average of several years, not one year's
    if _in_breakdown(first) or _in_breakdown(later):
        return []  # 分行业看，商务服务业实现税收28.64亿元: a part, not the whole
    if _threshold(first) or _threshold(later):
        return []  # 消除集体经济收入低于2万元的“空壳村”: the bound of a class of villages
    if bool(_LEVEL_WORD.match(first.name)) != bool(_LEVEL_WORD.match(later.name)):
        return []  # 县级民生支出 and 全县民生支出: the county's own level and the whole
    if _years_beside_the_year(first, later) or _years_beside_the_year(later, first):
        return []  # 全年城镇新增就业5.86万人，“十二五”累计新增…28.6万人: years, not the year
    if _floor_and_stretch(index, first, later):
        return []  # 确保增长6%、力争8%: a floor and a stretch target, both meant
    every = index.rules.cue("all_items_words")
    if _all_items(first, every) != _all_items(later, every):
        return []  # 全口径税收收入 and the budget's 税收收入: two scopes, both named
    scopes = (first.scope_words(cues), later.scope_words(cues))
    if scopes[0] != scopes[1] and any(_is_sub_area(s) for s in scopes):
        return []  # 工业园区…规上工业总产值: a part of the place, not the place
    subset = _unnamed_whole(index, first) != _unnamed_whole(index, later) or (
        _wholes_differ(index, first, later)
    )
    if first.scope != later.scope and any(WIDER_PLACE.fullmatch(x.scope) for x in (first, later)):
        return []  # 占全市实际使用外资17.11亿美元的28.4%: the city's, not the district's
    if _scoped_part(first) or _scoped_part(later):
        return []  # 对共建“一带一路”国家进出口148.36亿元，…，占全市…的30.5%: a part
    # The earlier end of a change (由去年的7.17万元) is dated less surely than a level
    # is; like a figure outside the vocabulary, it is compared only where it looks like
    # a slip of the other, printed in another sentence.
    earlier = first.row in index.earlier or later.row in index.earlier
    slips_only = earlier or not ((first.indicator and later.indicator) or summed)
    if slips_only and not _digit_slip(first, later):
        return []  # 种植面积 of two crops: two things named alike, not one restated
    if slips_only and first.context == later.context and not sentence_between(first, later):
        return []  # 新建城东幼儿园，新增学位360个；改扩建实验小学，新增学位630个: two schools
    if first.value is not None and later.value is not None:
        found = _judge_values(first, later, scopes, _digit_slip(first, later))
        if not subset or found.verdict == CONSISTENT:  # 入园企业…其中规上企业386家:
            found_here.append(found)  # maybe the park's, not the place's: judged if equal
    if subset:
        return found_here
    same_basis = index.growth_base_period(first) == index.growth_base_period(later)
    if first.is_average_growth or later.is_average_growth:  # 两年平均 and 三年平均
        same_basis = same_basis and first.growth_basis == later.growth_basis
    if first.growth is not None and later.growth is not None and same_basis:
        found_here.append(_judge_growths(first, later, scopes))
    return found_here


def _open_bound(q: Quantity) -> bool:
    """Whether a figure is a bound open on one side (40万吨以上, 不低于5%)."""
    return q.value is not None and (q.value.lo is None or q.value.hi is None)


def _years_beside_the_year(total: Quantity, year: Quantity) -> bool:
    """Whether ``total`` sums several years (累计, and larger) and ``year`` is one year's."""
    cumulative = load_phrases().cumulative_words
    if not any(w in total.clause for w in cumulative) or any(w in year.clause for w in cumulative):
        return False
    if total.value is None or year.value is None or total.value.lo is None:
        return False
    return year.value.hi is not None and total.value.lo > year.value.hi


def _floor_and_stretch(index: ClaimIndex, a: Quantity, b: Quantity) -> bool:
    """Whether of two targets one is a floor (确保) and the other a stretch (力争), or one is
    the expected target and the other a stretch printed right after it (增长12%，力争15%)."""
    if a.kind != "target" or b.kind != "target":
        return False
    floors, stretches = (
        index.rules.cue("floor_target_words"),
        index.rules.cue("stretch_target_words"),
    )

    def commits(q: Quantity, words: tuple[str, ...]) -> bool:
        said = {*q.qualifier.split(), *q.growth_qualifier.split()}
        return any(w in said for w in words)

    if commits(a, floors) and commits(b, stretches):
        return _not_above(a, b)
    if commits(a, stretches) and commits(b, floors):
        return _not_above(b, a)
    # 固定资产投资增长12%，力争15%: the expected target and a stretch one, in one sentence
    return (
        commits(a, stretches) != commits(b, stretches)
        and abs(a.row - b.row) == 1
        and a.paragraph == b.paragraph
        and not sentence_between(a, b)
    )


def _not_above(floor: Quantity, stretch: Quantity) -> bool:
    """Whether a floor target is no higher than the stretch one (确保增长6%、力争8%), so that
    the two are meant; a floor above its stretch (确保增长8%，力争增长6%) is a slip."""
    low = floor.growth if floor.growth is not None else floor.value
    high = stretch.growth if stretch.growth is not None else stretch.value
    if low is None or high is None or low.lo is None or high.hi is None:
        return True  # (an open bound: 5万元以上)
    return low.lo <= high.hi


def _slips_under_alike_names(
    index: ClaimIndex, groups: dict[tuple, list[Quantity]]
) -> list[Finding]:
    """Figures outside the vocabulary of one time and unit, named alike but not the same
    (农村危房改造148户 and 危房改造184户; 核桃产量3240吨 and 核桃干果产量3420吨), that look like
    a slip of each other: of as many digits before the point, three at least, in another
    order; one name ends with the other, or is the other with words left out inside it."""
    by_digits: dict[tuple, list[Quantity]] = defaultdict(list)
    for (_, annual, kind, unit_kind, measure), group in groups.items():
        for q in group:
            whole, _, _ = q.value_text.partition(".")
            figures = sum(ch.isdigit() for ch in q.value_text)
            if figures < _SLIP_DIGITS or q.indicator or q.row in index.earlier:
                continue  # 34家 and 43家: two digits agree too often by chance
            if _own_words_figure(q):
                digits = f"{len(whole)}:{''.join(sorted(q.value_text))}"
                by_digits[(annual, kind, unit_kind, measure, q.unit_text, digits)].append(q)
    findings: list[Finding] = []
    for alike in by_digits.values():
        for a, b in itertools.combinations(alike, 2):
            if key(a) != key(b) and _alike_names(a.name, b.name):
                findings.extend(_pair_findings(index, a, b, summed=False))
    return findings


def _alike_names(a: str, b: str) -> bool:
    """Whether two names outside the vocabulary may name one thing: one ends with the other
    (农村危房改造, 危房改造), or is the other with words left out inside it (核桃产量,
    核桃干果产量)."""
    short, long = sorted((a, b), key=len)
    if len(short) < _ALIKE_CHARS or short == long or "中" in long:
        return False  # 签约项目中制造业项目: some of them, not all
    return (
        long.endswith(short)
        or any(  # 核桃(干果)产量: words inserted inside the name
            long.startswith(short[:k]) and long.endswith(short[k:])
            for k in range(2, len(short) - 1)
        )
    )


#: The shortest name compared with a longer one that ends with it.
_ALIKE_CHARS = 4
#: The fewest digits of figures named differently that are taken for a slip of each other.
_SLIP_DIGITS = 3


def _own_words_figure(q: Quantity) -> bool:
    """Whether a figure named only by the report's own words may be compared with another
    of that name: one with a value and at least three characters of name, not a share of a
    whole it names (占全镇工业总产值), which says nothing of its part."""
    share = q.unit_text == "%" and "占" in q.name  # 占全镇工业总产值: of whose part, unsaid
    return len(q.name) >= _OWN_NAME_CHARS and bool(q.value_text) and not share


#: The shortest name of a figure outside the vocabulary that is compared with its namesakes.
_OWN_NAME_CHARS = 3


def _digit_slip(a: Quantity, b: Quantity) -> bool:
    """Whether two figures of one unit are printed with the same digits in another order
    (58.62 and 56.82, 148 and 184, 3.86 and 38.6): one reads as a slip of the other.

    Two figures named alike outside the vocabulary are often of two things (种植面积 of
    two crops, 新建 of two kinds of works); two that share their digits rarely are.
    """
    x, y = a.value_text, b.value_text
    return a.unit_text == b.unit_text and x != y and sorted(x) == sorted(y)


def _plain_new(q: Quantity) -> bool:
    """Whether ``q`` counts the new ones of the year: nothing but time words before its 新增
    (全年新增市场主体1.23万户), and no programme in the clause before (线上办理新增…, 实施科技型
    企业培育工程，新增高新技术企业9家: those of one channel or programme)."""
    if q.measure != "new" or not q.value_text:
        return False
    ph = load_phrases()
    head = ph.strip_before.sub("", q.clause.split(q.value_text, 1)[0])
    if not head.startswith(ph.new_words):
        return False
    lead = (q.sentence_before(_PROGRAMME_REACH) or "").rstrip("，,、 ")
    for word in ph.new_words:  # (the claim may start after its 新增)
        lead = lead.removesuffix(word)
    return not lead.rstrip("，,、 ").endswith(ph.programme_ends)


#: How far before a figure of new ones the programme it may be of is looked for.
_PROGRAMME_REACH = 40


def _paid(q: Quantity) -> bool:
    """Whether a figure's words say what payers paid (上缴税收, 缴纳税收: ``paid_verbs`` in
    ``phrases.toml``), rather than the revenue of the place."""
    words = q.words_to_figure()
    return any(v + q.name in words or q.name.startswith(v) for v in load_phrases().paid_verbs)


def _all_items(q: Quantity, words: tuple[str, ...]) -> bool:
    """Whether a figure is named as counting every item (全口径税收收入, 税收总额（全口径）,
    组织税收收入: ``all_items_words`` in checking.toml)."""
    said = re.split("[、，,]", q.words_to_figure())[-1]  # (not 全口径…8.64亿元、本级…2.45亿元)
    return any(w in q.name or w in q.scope or w in said for w in words)


def _beneficiaries(q: Quantity) -> bool:
    """Whether the words right before a figure's name say it counts those a measure reached
    (惠及市场主体1.86万户, 带动农户3200户: ``beneficiary_words`` in ``phrases.toml``)."""
    before = q.sentence_before(_BENEFICIARY_CHARS)
    if before is None:
        return False
    words = load_phrases().beneficiary_words
    head = before.split("，")[-1].split(",")[-1]
    return any(head.endswith(w) or (w + (q.name or "")) in head for w in words)


#: How far before a figure the words that make it a count of beneficiaries are looked for.
_BENEFICIARY_CHARS = 30


def _unnamed_whole(index: ClaimIndex, q: Quantity) -> str:
    """The name of the total ``q`` is listed under when that total is named only by the
    report's own words (入园企业, not an indicator): ``q`` then counts a subset of it, which
    is not the place's own figure of ``q``'s indicator; ``""`` otherwise."""
    whole = index.by_id(q.parent_id) if q.parent_id else None
    return whole.name if whole is not None and not whole.indicator else ""


def _wholes_differ(index: ClaimIndex, a: Quantity, b: Quantity) -> bool:
    """Whether ``a`` and ``b`` are listed under totals of two different measures (税收收入 of
    财政总收入 and 税收收入 of 一般公共预算收入: the taxes counted in each)."""
    wholes = [index.by_id(q.parent_id) if q.parent_id else None for q in (a, b)]
    if wholes[0] is None or wholes[1] is None:
        return False
    return key(wholes[0]) != key(wholes[1])


def _scoped_part(q: Quantity) -> bool:
    """Whether a figure with a scope goes on to give its share of the whole place (the
    extraction scopes such figures only when that place is the report's own)."""
    if not q.scope or not q.context or q.anchor is None or not q.value_text:
        return False
    at = q.context.find(q.value_text, q.anchor)
    return at >= 0 and whole_place_share_after(q.context, at + len(q.value_text))


def _in_breakdown(q: Quantity) -> bool:
    """Whether a figure's sentence opens a breakdown before it (分行业看，…): a part."""
    head = q.sentence_before(200)
    return head is not None and load_phrases().breakdown.search(head) is not None


def _threshold(q: Quantity) -> bool:
    """Whether a figure is the bound of a class it names (低于2万元的村, 50万元以上的村): it has
    a bound word, and its unit (and the bound word after it) are followed by 的; not a figure
    named before 的 (完成全年目标2600万元的98.6%)."""
    if not q.context or q.anchor is None or not q.value_text:
        return False
    if not set(q.qualifier.split()) & _BOUNDS:
        return False
    at = q.context.find(q.value_text, q.anchor)
    if at < 0:
        return False
    after = q.context[at + len(q.value_text) : at + len(q.value_text) + 12].lstrip()
    after = after.removeprefix(q.unit_text)
    return after.startswith(("的", "以上的", "以下的", "以内的", "左右的"))


#: Qualifiers that make a figure a bound (低于, 以上): with 的 after it, the bound of a class.
_BOUNDS = frozenset({"低于", "超过", "以上", "以下", "不足", "不到", "高于", "以内"})


def _per_year(q: Quantity) -> bool:
    """Whether a figure is an average per year (年均新增…7166人, 平均每年…), by the words of
    its clause before it."""
    clause = q.clause
    head = clause.split(q.value_text, 1)[0] if q.value_text and q.value_text in clause else ""
    return any(w in head for w in load_phrases().per_year_words)


#: A name of one level's own figure (县级民生支出, 区级税收).
_LEVEL_WORD = re.compile(r"^(?:全)?[省市县区镇乡]级|^街道级")


def _is_sub_area(scope: str) -> bool:
    return (
        is_part_of_place(scope)  # 工业园区, 石门村, 市本级
        or any(group in scope for group in load_phrases().sub_groups)
        or of_one_market(scope)  # 对东盟进出口: the trade with one market
        or GROUP_SUM.fullmatch(scope) is not None  # 两个行业合计: the sum of some
        or scope.endswith(_GROUPS_OF_FIRMS)  # 工程机械零部件产业集群…拥有规上企业63家: its own
    )


#: Ends of the name of a group of firms a figure may be scoped to (产业集群, 产业链).
_GROUPS_OF_FIRMS = ("集群", "产业链", "产业园", "产业基地")


def _one_list(a: Quantity, b: Quantity) -> bool:
    """Whether the figures of ``a`` and ``b`` are printed next to each other in one list of
    one paragraph (4.2%和5.8%, 42661元、20708元): figures of two subjects, not one restated."""
    if a.paragraph != b.paragraph or not a.context or a.anchor is None or b.anchor is None:
        return False
    lo, hi = sorted((a.anchor, b.anchor))
    if hi - lo > _LIST_SPAN:
        return False  # far apart: no list of the two
    window = a.context[lo : hi + len(b.quote) + len(a.quote) + _LIST_SPAN]
    for x, y in ((a, b), (b, a)):
        for first, second in ((x.value_text, y.value_text), (x.growth_text, y.growth_text)):
            if not first or not second:
                continue
            unit = x.unit_text if first == x.value_text else "%"
            if any(f"{first}{unit}{j}{second}" in window for j in _LIST_JOINERS):
                return True
            if _listed_apart(x, y, first, second, unit):  # 9.3%、8.1%、7.6%: the first and
                return True  # the third too
    return False


def _listed_apart(x: Quantity, y: Quantity, first: str, second: str, unit: str) -> bool:
    """Whether the figure ``first`` of ``x`` and ``second`` of ``y``, printed at their own
    places, are two figures of one list with others between (9.3%、8.1%、7.6%)."""
    assert x.anchor is not None and y.anchor is not None
    at = x.context.find(f"{first}{unit}", x.anchor)
    end = x.context.find(second, y.anchor)
    if at < 0 or end <= at:
        return False
    u = re.escape(unit)
    listed = rf"{re.escape(first)}{u}(?:[、和与及][\d.]+{u}){{1,12}}[、和与及]{re.escape(second)}"
    return re.fullmatch(listed, x.context[at : end + len(second)]) is not None


#: How far apart the quotes of two figures of one list may start.
_LIST_SPAN = 120
#: What joins the figures of one list.
_LIST_JOINERS = ("和", "、", "与", "及")


def _where(q: Quantity, scope_text: str) -> str:
    scope = f"，{scope_text}" if scope_text else ""
    line = q.locations[0] if q.locations else (f"第 {q.line} 行" if q.line else "")
    inner = "".join(x for x in (line, scope) if x).lstrip("，")
    return f"（{inner}）" if inner else ""


def _judge_values(a: Quantity, b: Quantity, scopes: tuple[str, str], slip: bool = False) -> Finding:
    assert a.value is not None
    b_iv = b.value_in(a.unit) if a.unit is not None else b.value  # a plain ratio: no unit
    assert b_iv is not None
    whole = a.unit is not None and a.unit.whole
    two_scopes = scopes[0] != scopes[1]
    common = dict(
        check="same_quantity",
        indicators=(a.label,),
        period=a.annual_key.text if a.annual_key else "",
        stated=f"{ex.figure(a)}；{ex.figure(b)}",
        recomputed="",
        claims=(a, b),
    )
    subject = f"{ex.when(a.annual_key)}{a.label}{'目标' if a.kind == 'target' else ''}"
    if a.value.meets(b_iv):
        return Finding(
            verdict=CONSISTENT,
            explanation=f"{subject}两次出现，{ex.figure(a)}与{ex.figure(b)}一致。",
            **common,
        )
    gap = a.value.gap(b_iv)
    places = max(a.places, b.places)
    diff = ex.difference(gap, places, a.unit_text, whole)
    if slip:
        advice = "两数所用数字相同而顺序不同，疑为笔误，请核实后统一"
    elif two_scopes:
        advice = "两者口径不同，应在文中注明各自口径，或统一为同一口径"
    else:
        advice = "若为不同口径（如纳入统计的部分与全部），应在文中注明，否则需统一为一个数字"
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{subject}在文中出现两个不同数字：{ex.figure(a)}{_where(a, scopes[0])}与"
            f"{ex.figure(b)}{_where(b, scopes[1])}，相差 {diff}；{advice}。"
        ),
        gap=gap,
        gap_places=gap_decimals(places, whole),
        gap_unit=a.unit_text,
        suggestion=f"核实后统一为 {ex.figure(a)} 或 {ex.figure(b)}"
        if slip
        else f"统一为 {ex.figure(a)} 或 {ex.figure(b)}，或注明口径",
        flag="digit_slip" if slip else "two_scopes" if two_scopes else "",
        **common,
    )


def _judge_growths(a: Quantity, b: Quantity, scopes: tuple[str, str]) -> Finding:
    assert a.growth is not None and b.growth is not None
    common = dict(
        check="same_quantity",
        indicators=(a.label,),
        period=a.annual_key.text if a.annual_key else "",
        stated=f"{ex.stated_change(a.growth_text)}；{ex.stated_change(b.growth_text)}",
        recomputed="",
        claims=(a, b),
    )
    subject = f"{ex.when(a.annual_key)}{a.label}{'目标' if a.kind == 'target' else ''}的增速"
    if a.growth.meets(b.growth):
        return Finding(
            verdict=CONSISTENT,
            explanation=f"{subject}两次出现，{a.printed_growth}与{b.printed_growth}一致。",
            **common,
        )
    gap = a.growth.gap(b.growth)
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{subject}在文中出现两个不同数字：{a.printed_growth}{_where(a, scopes[0])}与"
            f"{b.printed_growth}{_where(b, scopes[1])}，相差 {fmt(gap, 2)} 个百分点，需统一。"
        ),
        gap=gap,
        gap_unit="个百分点",
        suggestion=f"统一为 {a.printed_growth} 或 {b.printed_growth}",
        flag="two_scopes" if scopes[0] != scopes[1] else "",
        **common,
    )
