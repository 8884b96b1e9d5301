"""A figure per unit of another printed figure against the quotient of the two (茶园面积2.5万亩，
茶叶产值3.2亿元，亩均产值1.28万元; 水稻种植面积3.2万亩，总产量1.6万吨，亩产500公斤; 农户
8200户，发放补贴1230万元，户均1500元).

The per-unit words and the unit each divides by are data (``per_unit`` in ``checking.toml``).
The three figures must be of one paragraph, time and kind, the divisor and the dividend before
the per-unit figure and in its item (no full stop or semicolon between, unless the figure
opens its item: …；亩均税收34.7万元); the divisor is
printed in the unit divided by or a multiple of it (万亩, 公顷 for 亩; 万户 for 户); the
dividend is the figure the words after the per-unit word name (亩均产值: the 产值 before it),
or for a word alone (亩产, 户均) the one figure of its unit family between the divisor and
it. Where two figures could be the dividend, the relation is not read; where the divisor's
part under 其中 could be the divisor too (种植面积178.6万亩，其中挂果面积142.5万亩，…平均亩产
1766斤: per bearing area), the relation holds if it holds with either. The relation holds when
the quotient of the two rounding intervals meets the interval of the printed per-unit figure.
"""

from __future__ import annotations

import re

from .. import explain as ex
from ..checkvocab import Unit
from ..findings import CONSISTENT, INCONSISTENT, Finding
from ..intervals import fmt
from ..place import is_part_of_place
from ..quantities import Quantity
from ..relations import ClaimIndex, item_between, scopes_compatible, sentence_between

#: How many figures before a per-unit figure its divisor and dividend may be.
_LOOK_BACK = 6


def per_unit_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every per-unit figure (亩均, 亩产, 户均 …) against the quotient of the two figures
    of its sentence it divides.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("茶园面积", "2.5", "万亩"), ("茶叶产值", "3.2", "亿元"),
    ...         ("亩均产值", "1.38", "万元")]
    >>> table = pd.DataFrame([dict(indicator="", name=n, value=v, unit=u) for n, v, u in rows])
    >>> table = table.assign(period="2020", kind="actual", line="3", quote="", paragraph="1")
    >>> [(f.verdict, f.recomputed) for f in per_unit_checks(ClaimIndex(read_claims(table)))]
    [('inconsistent', '1.28 万元 [1.2352, 1.3266]')]
    """
    words = index.rules.per_unit
    if not words:
        return []
    findings: list[Finding] = []
    for group in index.paragraphs():
        for pos, q in enumerate(group):
            word = _per_unit_word(q, words)
            if word is None or q.value is None or q.unit is None or not q.is_level:
                continue
            opens = _opens_item(q, word)  # …税收31.64亿元；亩均税收34.7万元: of the item before
            before = [
                x
                for x in group[max(0, pos - _LOOK_BACK) : pos]
                if x.is_level
                and x.value is not None
                and x.unit is not None
                and x.row not in index.earlier  # 由34.7万亩增加到36.8万亩: the later area
                and x.period == q.period
                and x.kind == q.kind
                # 泾南生命科学港…实现税收26.84亿元，…，亩均税收85.2万元: the park's, unnamed
                and (
                    scopes_compatible(x, q)
                    or (not q.scope and is_part_of_place(x.scope) and not item_between(x, q))
                )
                and not sentence_between(x, q)
                and (opens or not item_between(x, q))
            ]
            divisor_unit = index.rules.unit(words[word])
            if divisor_unit is None:
                continue
            counted = [x for x in before if _counts_in(x, divisor_unit)]
            barred = index.rules.per_unit_not_names.get(word, ())
            counted = [x for x in counted if not any(w in (x.name or x.indicator) for w in barred)]
            names = index.rules.per_unit_names.get(word)
            if names and not _counts_the_kind(counted, names):
                continue  # 9个村1个社区…合计344.8万元，村均34.5万元: of ten, not of nine
            rows = {x.claim_id for x in counted}  # 接待游客…，其中过夜游客…: the total, not a part
            divisor = _one(x for x in counted if x.parent_id not in rows) or _named_divisor(
                q, word, group[:pos], divisor_unit
            )
            if divisor is None:
                continue
            if not _prefix_names(q, word, divisor):
                continue  # 其中高标准生态茶园亩均产值: of a part of the area, not all of it
            stem = _stem(q, word)
            dividend = _one(
                x
                for x in before
                if x.row > divisor.row or stem
                if x is not divisor
                and x.family == q.family
                and _per_unit_word(x, words) is None  # 亩均补贴588元，户均补贴…: no amount
                and _names(x, stem, q, word)
                and not (
                    divisor_unit.family == "area"  # (旅游综合收入 per visitor is all of it)
                    and _wider_output(x, q, word, index.rules.cue("wider_output"))
                )
            )
            found = _judge(q, dividend, divisor, divisor_unit) if dividend is not None else None
            if found is not None and found.verdict != CONSISTENT:
                # 种植面积178.6万亩，其中挂果面积142.5万亩，…平均亩产1766斤: per bearing area
                parts = [x for x in counted if x.parent_id == divisor.claim_id]
                other = (_judge(q, dividend, x, divisor_unit) for x in parts)
                found = next((f for f in other if f and f.verdict == CONSISTENT), found)
                if found.verdict != CONSISTENT and parts and parts[-1].row > dividend.row:
                    continue  # …，其中水稻种植面积8.6万亩，平均单产512公斤: the part's, whose
                    # output is not printed
            if found is not None:
                findings.append(found)
    return findings


def _opens_item(q: Quantity, word: str) -> bool:
    """Whether the per-unit figure opens its item after a semicolon (…；亩均税收34.7万元): it
    is then of the figures of the item before."""
    before = q.sentence_before(_ITEM_CHARS)
    if before is None or not re.search("[；;]", before):
        return False
    item = re.split("[；;]", before)[-1].strip()  # the words before its quote, if any
    return not item or item.startswith(word)


#: How far back in its sentence the opening of a per-unit figure's item is looked for.
_ITEM_CHARS = 40


def _counts_in(x: Quantity, unit: Unit) -> bool:
    """Whether ``x`` is printed in ``unit`` or a multiple of it (万亩, 公顷 for 亩; 万户 for 户,
    not 个 or 家, which count other things)."""
    if x.unit is None or x.value_in(unit) is None:
        return False
    return (x.unit.base or x.unit.name) == (unit.base or unit.name)


def _counts_the_kind(counted: list[Quantity], names: tuple[str, ...]) -> bool:
    """Whether the counts before a per-unit figure whose divisor must be so named (村均:
    ``divisor_names``) are one count of that name, printed with no words of a class (43个
    行政村, not 过10万元的村由15个增加到24个, nor 9个村1个社区: two kinds)."""
    if len(counted) != 1:
        return False
    x = counted[0]
    name = x.name or x.indicator
    return name in names and "元" not in x.words_to_figure()


def _per_unit_word(q: Quantity, words: dict[str, str]) -> str | None:
    """The per-unit word of the figure's name (亩均产值, 投产果园亩均产值: 亩均), if any."""
    name = q.name or q.indicator
    return next((w for w in words if w in name), None)


def _named_divisor(q: Quantity, word: str, earlier: list[Quantity], unit: Unit) -> Quantity | None:
    """``按油茶林面积计算亩均产值3800元``: the divisor the per-unit figure names (按…计算), printed
    earlier in its paragraph, of its time and kind, when there is one such figure."""
    name = q.name or q.indicator
    named = _prefix(q, word)
    if not name.startswith("按") or len(named) < 2:
        return None
    return _one(
        x
        for x in earlier[-_NAMED_BACK:]
        if x.name == named
        and x.is_level
        and x.period == q.period
        and x.kind == q.kind
        and _counts_in(x, unit)
    )


#: How many figures before a per-unit figure the divisor it names may be.
_NAMED_BACK = 24


def _prefix_names(q: Quantity, word: str, divisor: Quantity) -> bool:
    """Whether the words before the per-unit word, if any, name the divisor (投产果园 of
    投产果园亩均产值 and 投产果园1.58万亩; 按油茶林面积计算 and 油茶林面积): not a part of it."""
    prefix = _prefix(q, word)
    if not prefix:
        return True
    return any(prefix in n or n in prefix for n in (divisor.name, divisor.indicator) if n)


def _prefix(q: Quantity, word: str) -> str:
    """The words before the per-unit word of ``q``'s name that name what it is per unit of
    (投产果园 of 投产果园亩均产值; nothing for 平均亩产)."""
    name = q.name or q.indicator
    return _PREFIX_WORDS.sub("", name[: name.find(word)])


#: Words before a per-unit word that name no part of its divisor (平均亩产, 按…计算).
_PREFIX_WORDS = re.compile(r"^按|计算$|^平均$|^全[县区乡镇市]")


def _stem(q: Quantity, word: str) -> str:
    """What a per-unit figure measures per unit, the words after its per-unit word (亩均产值:
    产值; 亩产, 户均: nothing)."""
    name = q.name or q.indicator
    return name[name.find(word) + len(word) :]


def _names(x: Quantity, stem: str, q: Quantity, word: str) -> bool:
    """Whether ``x`` is what ``q`` divides: named by the stem (茶叶产值 for 亩均产值), a yield's
    output (总产量 for 亩产), or, for a word alone (户均), any figure of its unit."""
    names = [n for n in (x.name, x.indicator) if n]
    if any(word in n for n in names):
        return False  # another per-unit figure
    if stem:
        return any(n.endswith(stem) or n.endswith(stem + "收入") for n in names)
    if x.family == "mass":
        return any("产量" in n for n in names)
    return True


def _wider_output(x: Quantity, q: Quantity, word: str, wider: tuple[str, ...]) -> bool:
    """Whether ``x`` names a measure wider than the per-unit figure ``q``, which names its
    crop, does (综合产值 for 酿酒葡萄亩均产值: the industry's, not the growing's; but 茶叶综合
    产值 for a bare 亩均产值 may be what it divides)."""
    if not _prefix(q, word):
        return False
    name = q.name or q.indicator
    return any(w in (x.name or x.indicator) and w not in name for w in wider)


def _one(found: object) -> Quantity | None:
    """The only figure found; ``None`` when there is none or more than one."""
    items = list(found)  # type: ignore[call-overload]
    return items[0] if len(items) == 1 else None


def _judge(q: Quantity, dividend: Quantity, divisor: Quantity, per: Unit) -> Finding | None:
    assert q.unit is not None and q.value is not None
    top, bottom = dividend.value_in(q.unit), divisor.value_in(per)
    top_pt, bottom_pt = dividend.point_in(q.unit), divisor.point_in(per)
    assert top is not None and bottom is not None and top_pt is not None
    if not bottom_pt or not bottom.positive:
        return None
    implied, implied_pt = top / bottom, top_pt / bottom_pt
    places = q.places
    lead = (
        f"{ex.when(q.period)}{dividend.label} {ex.figure(dividend)}÷{divisor.label} "
        f"{ex.figure(divisor)}，每{per.name} {ex.amount(implied_pt, places, q.unit_text)}"
    )
    common = dict(
        check="per_unit",
        indicators=(q.label, dividend.label, divisor.label),
        period=q.period.text if q.period else "",
        stated=f"{q.label} {ex.figure(q)}",
        recomputed=ex.estimate(implied_pt, implied, places, q.unit_text),
        claims=(divisor, dividend, q),
    )
    if implied.meets(q.value):
        said = f"与文中{q.label} {ex.figure(q)}相符"
        return Finding(verdict=CONSISTENT, explanation=f"{lead}，{said}。", **common)
    gap = implied.gap(q.value)
    alternative = ex.consistent_range(implied, q.places, q.unit_text)
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{lead}（按舍入应为 {alternative}），与文中{q.label} {ex.figure(q)}不符，"
            f"相差约 {fmt(gap, max(q.places, 1))} {q.unit_text}；"
            f"若{dividend.label}和{divisor.label}无误，{q.label}应为 {alternative}。"
        ),
        gap=gap,
        gap_unit=q.unit_text,
        suggestion=f"{q.label} {alternative}",
        **common,
    )
