"""Counts by size class against the count they divide (``class_counts``).

A report often splits a count by the size of what it counts: 签约项目46个 … 按投资规模分，
10亿元以上项目8个，5亿—10亿元项目12个，1亿—5亿元项目29个; 12个村 … 50万元以上的村2个，30万—
50万元的村4个，…，10万元以下的村1个. Classes of one sentence whose bounds do not overlap (one
above a bound, ranges, one below) count different things, so their counts never add up to more
than the count of all of them; when they cover every size (from a class below a bound up to one
above a bound, with no gap between), they add up to it exactly. A class that shares sizes with
one before it (10亿元以上 after 亿元以上) opens a set of its own, and a class above a bound is
never the count the others divide (超亿元项目45个（其中超10亿元项目12个）). The count divided
is the nearest count before the classes in their paragraph, of the same period, kind and unit,
that names the classes' noun (签约项目 for 项目; 12个村… for 村), or the count they are among
when their words end before the noun (全区22个街镇中，…的6个).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise

from .. import explain as ex
from ..checkvocab import CheckVocabulary
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, Finding
from ..intervals import Interval
from ..numbers import CN_SMALL, SCALES
from ..quantities import Quantity
from ..relations import ClaimIndex, sentence_between

#: Magnitude words before a unit (30万—50万元: the 万 of 30 is that of 50万元).
_MAGNITUDES = tuple(sorted(SCALES, key=len, reverse=True))


@dataclass(frozen=True)
class SizeClass:
    """A class of sizes: from ``low`` (``None``: from nothing) to ``high`` (``None``: no end),
    in the base unit of the bounds (元 for 万元 and 亿元)."""

    low: Fraction | None
    high: Fraction | None
    noun: str
    base: str

    def overlaps(self, other: SizeClass) -> bool:
        """Whether the two classes share sizes (a bound they touch at is not shared)."""
        below = self.high is not None and other.low is not None and self.high <= other.low
        above = other.high is not None and self.low is not None and other.high <= self.low
        return not (below or above)


def class_count_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every set of counts by size class against the count they divide.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("签约项目", "46", "签约项目46个"), ("10亿元以上项目", "8", "10亿元以上项目8个"),
    ...         ("5亿10亿元项目", "12", "5亿—10亿元项目12个"),
    ...         ("1亿5亿元项目", "29", "1亿—5亿元项目29个")]
    >>> table = pd.DataFrame([dict(name=n, value=v, quote=q) for n, v, q in rows]).assign(
    ...     indicator="", period="2023", kind="actual", unit="个", line="18", paragraph="17")
    >>> [(f.verdict, f.gap) for f in class_count_checks(ClaimIndex(read_claims(table)))]
    [('inconsistent', Fraction(3, 1))]
    """
    findings: list[Finding] = []
    for paragraph in index.paragraphs():
        for classes in _class_sets(paragraph, index.rules):
            whole = _whole(paragraph, classes, index.rules)
            if whole is not None:
                findings.append(_judge(whole, classes))
    return findings


def size_class(q: Quantity, rules: CheckVocabulary) -> SizeClass | None:
    """The size class a count is of, read from the words before it (``5亿—10亿元项目12个``),
    or from its name when its quote holds none (税收超亿元楼宇由4栋增加到5栋: 5).

    Examples
    --------
    >>> from indicators.checkvocab import load_check_vocabulary
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> table = pd.DataFrame([dict(name="村", value="4", quote="30万—50万元的村4个")]).assign(
    ...     indicator="", period="2021", kind="actual", unit="个", line="1")
    >>> c = size_class(read_claims(table)[0], load_check_vocabulary())
    >>> (c.low, c.high, c.noun, c.base)
    (Fraction(300000, 1), Fraction(500000, 1), '村', '元')
    """
    if q.value is None or q.qualifier or not q.value_text or not q.unit_text:
        return None
    end = q.quote.rfind(q.value_text + q.unit_text)
    words = q.quote[:end] if end > 0 else q.name  # (由4栋增加到5栋: 5 of the class named)
    before = rules.cue("class_above_before")
    marks = (*before, *rules.cue("class_above"), *rules.cue("class_below"))
    if not any(w in words for w in (*marks, *rules.cue("class_between"))):
        return None  # no word of a class: the pattern of classes is not needed
    m = _above_pattern(rules).search(words)
    if m is not None:  # 税收超亿元楼宇, 超百亿元的(街镇): above one 亿元, a hundred 亿元
        number = m.group("high") or str(CN_SMALL.get(m.group("cn") or "", 1))
        bound = _bound(number, m.group("unit"), rules)
        noun = m.group("noun") or _elided_noun(q)
        if bound is None or not noun:
            return None
        return SizeClass(bound[0], None, noun, bound[1])
    m = _class_pattern(rules).search(words)
    if m is None:
        return None
    high = _bound(m.group("high"), m.group("unit"), rules)
    if high is None:
        return None
    value, base = high
    noun = m.group("noun") or _elided_noun(q)
    if not noun:
        return None
    if m.group("low"):
        low = _bound(m.group("low"), _low_unit(m.group("low_unit"), m.group("unit")), rules)
        if low is None or low[1] != base or low[0] >= value:
            return None
        return SizeClass(low[0], value, noun, base)
    if m.group("side") in rules.cue("class_above"):
        return SizeClass(value, None, noun, base)
    if m.group("side") in rules.cue("class_below"):
        return SizeClass(None, value, noun, base)
    return None


@cache
def _pattern(
    units: tuple[str, ...],
    above: tuple[str, ...],
    below: tuple[str, ...],
    between: tuple[str, ...],
) -> re.Pattern[str]:
    def either(words: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    number = r"\d+(?:\.\d+)?"
    unit = rf"(?:{either(units + _MAGNITUDES)})?"
    return re.compile(
        rf"(?:(?P<low>{number})(?P<low_unit>{unit})(?:{either(between)}))?"
        rf"(?P<high>{number})(?P<unit>{unit})(?P<side>{either(above + below)})?"
        r"(?:的|的?(?P<noun>[\u4e00-\u9fff]{1,6}))$"  # …的6个: the noun of the count before
    )


#: A count leading the words of what the classes are among (22个街镇).
_COUNT_LEAD = re.compile(r"^\d+[\u4e00-\u9fff]?")


def _elided_noun(q: Quantity) -> str:
    """The things a class counts when its words end before them (…超百亿元的6个): those of
    the count it is among (全区22个街镇中，…: 街镇); empty when there is none."""
    scope = q.scope.removesuffix("中") if q.scope.endswith("中") else ""
    return _COUNT_LEAD.sub("", scope)  # (22个街镇中: 街镇)


@cache
def _before_pattern(units: tuple[str, ...], before: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(before, key=len, reverse=True)))
    unit = "|".join(map(re.escape, sorted(units, key=len, reverse=True)))
    return re.compile(
        rf"(?:{words})(?:(?P<high>\d+(?:\.\d+)?)|(?P<cn>[{''.join(CN_SMALL)}]))?(?P<unit>{unit})"
        r"(?:的|的?(?P<noun>[\u4e00-\u9fff]{1,6}))$"
    )


def _above_pattern(rules: CheckVocabulary) -> re.Pattern[str]:
    """A class above a bound printed before it (超亿元楼宇, 超过10亿元项目)."""
    return _before_pattern(tuple(rules.units), rules.cue("class_above_before"))


def _class_pattern(rules: CheckVocabulary) -> re.Pattern[str]:
    return _pattern(
        tuple(rules.units),
        rules.cue("class_above"),
        rules.cue("class_below"),
        rules.cue("class_between"),
    )


def _low_unit(low_unit: str, unit: str) -> str:
    """The unit of the low bound: its own, else its magnitude with the high bound's unit
    (30万—50万元: 万元), else the high bound's."""
    if not low_unit:
        return unit
    if low_unit in _MAGNITUDES:
        base = next((unit[len(m) :] for m in _MAGNITUDES if unit.startswith(m)), unit)
        return low_unit + base
    return low_unit


def _bound(number: str, unit: str, rules: CheckVocabulary) -> tuple[Fraction, str] | None:
    """A bound in its base unit (50万元: 500000 元), or ``None`` for a unit not known."""
    u = rules.units.get(unit)
    if u is None:
        return None
    return Fraction(Decimal(number)) * u.factor, u.base


def _class_sets(
    paragraph: list[Quantity], rules: CheckVocabulary
) -> list[list[tuple[Quantity, SizeClass]]]:
    """The sets of classes of one sentence, noun, bound unit, count unit, period and kind, of
    two classes or more that do not overlap: a class that overlaps one before it opens a set of
    its own."""
    groups: dict[tuple, list[list[tuple[Quantity, SizeClass]]]] = {}
    for q in paragraph:
        c = size_class(q, rules)
        if c is None or q.unit is None or not q.is_level:
            continue
        runs = groups.setdefault((c.noun, c.base, q.unit_text, q.period, q.kind), [[]])
        if runs[-1] and (
            sentence_between(runs[-1][-1][0], q) or any(c.overlaps(b) for _, b in runs[-1])
        ):  # another sentence, or a class sharing sizes with one before (超过100万元的村4个，
            # 50万—100万元的村9个；超过50万元的村13个): the classes of another split
            runs.append([])
        runs[-1].append((q, c))
    return [run for runs in groups.values() for run in runs if len(run) >= 2]


def _whole(
    paragraph: list[Quantity], classes: list[tuple[Quantity, SizeClass]], rules: CheckVocabulary
) -> Quantity | None:
    """The nearest count before the classes that counts all of them (签约项目46个, 12个村)."""
    first, noun = classes[0][0], classes[0][1].noun
    for q in reversed([q for q in paragraph if q.row < first.row]):
        if (
            q.value is not None
            and q.is_level
            and q.unit_text == first.unit_text
            and q.period == first.period
            and q.kind == first.kind
            and not q.qualifier
            and not q.parent_id  # 行政村14个，其中脱贫村5个: a part, not all of them
            and not _SIZE_WORDS.search(q.quote)  # 亿元以上项目30个: a class, not all of them
            and _counts(q, noun, rules.cue("class_noun_forms"))
        ):
            return q
    return None


#: Words of a size class in a figure's words (亿元以上项目, 超亿元项目): no count of all the
#: things.
_SIZE_WORDS = re.compile(r"以上|以下|(?:超过|超)(?:\d+(?:\.\d+)?|[十百千])?[万亿]")


def _counts(q: Quantity, noun: str, forms: tuple[str, ...] = ()) -> bool:
    """Whether ``q`` counts the things of ``noun``: its name ends with it (签约项目), or the
    noun, or a longer form of it (``class_noun_forms``: 行政村 for 村), follows its measure
    word (12个村…, 42个行政村…)."""
    if any(ch.isdigit() for ch in q.name):
        return False  # a class itself, or a figure named with another
    figure = q.value_text + q.unit_text
    at = q.quote.find(figure)
    if q.name.endswith(noun) or at < 0:
        return q.name.endswith(noun)
    names = (noun, *(f for f in forms if f.endswith(noun)))
    return q.quote.startswith(names, at + len(figure))


def _covers_all(classes: list[SizeClass]) -> bool:
    """Whether the classes cover every size, from nothing to no end, without a gap."""
    ordered = sorted(classes, key=lambda c: (c.low is not None, c.low or 0))
    if ordered[0].low is not None or ordered[-1].high is not None:
        return False
    return all(a.high == b.low for a, b in pairwise(ordered))


def _judge(whole: Quantity, classes: list[tuple[Quantity, SizeClass]]) -> Finding:
    assert whole.value is not None and whole.unit is not None
    parts = [q for q, _ in classes]
    exact = _covers_all([c for _, c in classes])
    counted = sum((q.value for q in parts if q.value is not None), Interval.point(0))
    point = sum((q.point_in(whole.unit) or Fraction(0) for q in parts), Fraction(0))
    u, noun = whole.unit_text, classes[0][1].noun
    listed = ex.names([f"“{q.quote}”" for q in parts])
    against = f"“{whole.quote}”"
    common = dict(
        check="class_counts",
        indicators=(whole.label, *(q.label for q in parts)),
        period=whole.period.text if whole.period else "",
        stated=f"{whole.label} {ex.figure(whole)}",
        recomputed=ex.estimate(point, counted, 0, u, extra=0),
        claims=(whole, *parts),
    )
    kind = "各档从最低到最高覆盖全部" if exact else "各档互不重叠"
    lead = f"{listed}按规模分档，{kind}，合计 {ex.amount(point, 0, u)}"
    bound = whole.value if exact else Interval(None, whole.value.hi)
    if counted.meets(bound):
        relation = "等于" if exact else "未超过"
        return Finding(
            verdict=CONSISTENT, explanation=f"{lead}，{relation}{against}，两者相符。", **common
        )
    gap = counted.gap(bound)
    rule = "各档之和应等于总数" if exact else "各档之和不应大于总数"
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{lead}，与{against}不符，相差 {ex.difference(gap, 0, u, True)}；{rule}，"
            f"需核实{noun}的总数或各档数字。"
        ),
        gap=gap,
        gap_places=0,
        gap_unit=u,
        suggestion=(
            f"{noun}的总数为 {ex.amount(point, 0, u)}，或各档合计为 {ex.figure(whole)}"
            if exact
            else f"各档合计不超过 {ex.figure(whole)}"
        ),
        **common,
    )
