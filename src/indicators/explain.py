"""Chinese wording of findings: figures with units, changes, ranges, and the sentences.

Every sentence is one sentence (ending in a single 。) that an analyst can paste into a brief.
Figures keep the precision the report printed them with; recomputed ranges are printed
outward so that they still contain the exact range.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from .exact import Fraction
from .intervals import Interval, fmt, fmt_interval, parse_decimal, printable_values, split_range
from .mentions import MULTIPLE_QUALIFIER
from .period_cells import Period
from .quantities import Quantity

_CJK = "\u4e00-\u9fff"
_BASIS_YEAR = re.compile(r"((?:19|20)\d\d)年")
_PUNCTUATION = "，。；、：（）“”！？"
# Each pattern starts with the character it acts on, so that the engine skips straight to the
# places where it can match (a pattern that starts with a look-behind or with an optional
# part is tried at every character of the sentence).
#: The first character of a figure right after a Chinese character.
_CJK_THEN_NUMBER = re.compile(rf"[-+0-9≥≤\[](?<=[{_CJK}].)")
#: A Chinese character right after a figure.
_NUMBER_THEN_CJK = re.compile(rf"[{_CJK}](?<=[0-9%\]].)")
#: A punctuation mark with white space on either side.
_SPACE_AT_PUNCT = re.compile(rf"\s+([{_PUNCTUATION}])\s*|([{_PUNCTUATION}])\s+")
#: Spaces before a Chinese character (dropped when a Chinese character precedes them).
_SPACES_BEFORE_CJK = re.compile(rf" +(?=[{_CJK}])")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_SPACES = re.compile(" {2,}")


def tidy(sentence: str) -> str:
    """Space figures the way the brief prints them: one space between a figure and Chinese.

    Spaces next to Chinese punctuation are removed, runs of spaces collapsed.

    Examples
    --------
    >>> tidy("增长11.97%无误 ，目标应约为143.31 亿元 和（按舍入）。")
    '增长 11.97% 无误，目标应约为 143.31 亿元和（按舍入）。'
    """
    text = _CJK_THEN_NUMBER.sub(_space_before, sentence)
    text = _NUMBER_THEN_CJK.sub(_space_before, text)
    text = _SPACE_AT_PUNCT.sub(_mark_alone, text)
    if " " in text:
        text = _SPACES_BEFORE_CJK.sub(_unless_after_cjk, text)
        text = _SPACES.sub(" ", text)
    return text.strip()


def _space_before(m: re.Match[str]) -> str:
    return " " + m.group()


def _mark_alone(m: re.Match[str]) -> str:
    return m.group(1) or m.group(2)


def _unless_after_cjk(m: re.Match[str]) -> str:
    at = m.start()
    return "" if at and _CJK_CHAR.match(m.string, at - 1) else m.group()


def amount(x: Fraction, places: int, unit: str) -> str:
    """A figure with its unit, as a report prints it.

    Examples
    --------
    >>> amount(Fraction(14331, 100), 2, "亿元"), amount(Fraction(7), 0, "%")
    ('143.31 亿元', '7%')
    """
    number = fmt(x, places)
    return f"{number}%" if unit == "%" else f"{number} {unit}".strip()


def difference(gap: Fraction, places: int, unit: str, whole: bool = False) -> str:
    """How far apart two sides are, one decimal finer than the figures (exact for counts).

    Examples
    --------
    >>> difference(Fraction(1, 10), 1, "亿元"), difference(Fraction(7), 0, "家", whole=True)
    ('0.10 亿元', '7 家')
    """
    return amount(gap, 0 if whole else places + 1, unit)


def pct(x: Fraction, places: int) -> str:
    """A rate in per cent.

    Examples
    --------
    >>> pct(Fraction(519, 100), 2), pct(Fraction(7), 0)
    ('5.19%', '7%')
    """
    return f"{fmt(x, places)}%"


def change(x: Fraction, places: int) -> str:
    """A change in per cent as words: 增长 5.19%, 下降 8.21%, 持平.

    Examples
    --------
    >>> change(Fraction(-821, 100), 2), change(Fraction(0), 1)
    ('下降 8.21%', '持平')
    """
    if fmt(x, places).strip("0.-") == "":
        return "持平"
    return f"增长 {pct(x, places)}" if x > 0 else f"下降 {pct(-x, places)}"


def stated_change(text: str) -> str:
    """A printed growth rate as words.

    Examples
    --------
    >>> stated_change("-3.2"), stated_change("9.30")
    ('下降 3.2%', '增长 9.30%')

    A range of growths as the checker joins it (增长6%—7%):

    >>> stated_change("6—7")
    '增长 6%—7%'
    """
    text = text.strip()
    if text.startswith("-"):
        return f"下降 {text[1:]}%"
    return f"增长 {'%—'.join(split_range(text.lstrip('+')))}%"


def span(lo: Decimal | None, hi: Decimal | None, unit: str = "") -> str:
    """A range of printable figures (``5.18%～5.20%``), or the one figure when they agree.

    Examples
    --------
    >>> span(Decimal("5.18"), Decimal("5.20"), "%"), span(Decimal("9"), Decimal("9"), "%")
    ('5.18%～5.20%', '9%')
    """

    def one(d: Decimal | None) -> str:
        if d is None:
            return "不限"
        return f"{d}%" if unit == "%" else f"{d}"

    if lo == hi:
        return one(lo) if unit == "%" else f"{one(lo)} {unit}".strip()
    tail = "" if unit == "%" else f" {unit}".rstrip()
    if lo is None:
        return f"不超过 {one(hi)}{tail}"
    if hi is None:
        return f"不低于 {one(lo)}{tail}"
    return f"{one(lo)}～{one(hi)}{tail}"


def consistent_range(target: Interval, places: int, unit: str) -> str:
    """The figures printable with ``places`` decimals that would satisfy a relation.

    Examples
    --------
    >>> consistent_range(Interval(Fraction("143.2984"), Fraction("143.3224")), 2, "亿元")
    '143.30～143.32 亿元'
    """
    lo, hi = printable_values(target, places)
    return span(lo, hi, unit)


def estimate(point: Fraction, iv: Interval, places: int, unit: str, extra: int = 2) -> str:
    """A recomputed figure with its exact interval printed outward, ``extra`` digits finer.

    Examples
    --------
    >>> estimate(Fraction(519, 100), Interval(Fraction("5.1798"), Fraction("5.196")), 2, "%")
    '5.19% [5.1798%, 5.1960%]'
    >>> estimate(Fraction(44), Interval.point(44), 0, "项")
    '44 项'
    """
    main = amount(point, places, unit)
    if iv.bounded and iv.lo == iv.hi:
        return main
    bounds = fmt_interval(iv, places + extra, sep=", ")
    if iv.bounded:
        if unit == "%":
            bounds = ", ".join(f"{b}%" for b in bounds.split(", "))
        return f"{main} [{bounds}]"
    return f"{main} ({bounds})"


def range_text(iv: Interval, places: int, unit: str) -> str:
    """An exact interval printed outward for a sentence (``85.95～86.25 亿元``).

    Examples
    --------
    >>> range_text(Interval(Fraction(-8215, 1000), Fraction(-8205, 1000)), 2, "%")
    '-8.22%～-8.20%'
    """
    text = fmt_interval(iv, places)
    if unit == "%":
        return "～".join(f"{part}%" for part in text.split("～"))
    return f"{text} {unit}".rstrip()


_AFTER = ("左右", "以上", "以内", "以下", "上下")
_BEFORE = ("约", "近", "超过", "不低于", "不超过", "不少于", "控制在", "力争", "确保")


def _qualified(text: str, qualifier: str) -> str:
    words = qualifier.split()
    before = "".join(w for w in words if w in _BEFORE)
    after = "".join(w for w in words if w in _AFTER)
    return f"{before}{text}{after}"


def quoted(q: Quantity) -> str:
    """The words that quote a figure in an explanation: its clause, or its own words with the
    figure when the clause runs into the next item of a list (牛 28.6 万头, not 牛28.6万头、羊).

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> table = pd.DataFrame([dict(indicator="", name=n, period="2021", kind="actual",
    ...     value=v, unit="万头", line="1", quote=qt) for n, v, qt in
    ...     [("牛", "28.6", "牛28.6万头、羊"), ("存栏", "40", "存栏40万头")]])
    >>> [quoted(q) for q in read_claims(table)]
    ['牛 28.6 万头', '存栏40万头']
    """
    clause = q.clause
    if "、" in clause and q.name:
        return f"{q.name} {figure(q)}"
    return clause


def figure(q: Quantity) -> str:
    """A claim's value as printed, with unit and qualifier (``170 多间``, ``7%左右``).

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> table = pd.DataFrame([dict(indicator="", name="企业", period="2022", kind="actual",
    ...     value=v, unit=u, qualifier=ql, line="1", quote="") for v, u, ql in
    ...     [("170", "间", "多"), ("7", "%", "左右"), ("12.5", "亿元", "约")]])
    >>> [figure(q) for q in read_claims(table)]
    ['170 多间', '7%左右', '约12.5 亿元']
    """
    if not q.value_text:
        return ""
    words = q.qualifier.split()
    if any(w in ("多", "余") for w in words):
        more = "".join(w for w in words if w in ("多", "余"))
        return _qualified(f"{q.value_text} {more}{q.unit_text}", q.qualifier)
    return _qualified(q.printed, q.qualifier)


def growth_words(q: Quantity) -> str:
    """A claim's growth as printed, in words, with its qualifier.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> table = pd.DataFrame([dict(indicator="", name="", period="2023", kind="target",
    ...     value="", unit="", growth_pct="8", qualifier="左右", line="1", quote="")])
    >>> growth_words(read_claims(table)[0])
    '增长 8%左右'

    A growth printed as a multiple (qualifier ``倍``) is said as one:

    >>> table = table.assign(growth_pct="200", qualifier="倍", growth_basis="比2015年")
    >>> growth_words(read_claims(table)[0])
    '是 2015 年的 3 倍'
    """
    if q.growth_text and MULTIPLE_QUALIFIER in q.growth_qualifier.split():
        return _qualified(_multiple_words(q.growth_text, q.growth_basis), q.growth_qualifier)
    return _qualified(stated_change(q.growth_text), q.growth_qualifier)


def _multiple_words(growth: str, basis: str) -> str:
    """``是 2015 年的 3 倍`` for a growth of 200% over 2015, ``增长 1 倍`` without a year."""
    times = (parse_decimal(growth) / 100 + 1).normalize()
    year = _BASIS_YEAR.search(basis)
    if year:
        return f"是 {year.group(1)} 年的 {times:f} 倍"
    return f"增长 {times - 1:f} 倍"


def when(period: Period | None) -> str:
    """A period label, empty when the period is unknown.

    Examples
    --------
    >>> when(Period.parse("2021")), when(None)
    ('2021 年', '')
    """
    return period.label if period else ""


def subject(q: Quantity) -> str:
    """Period, what a claim measures, and 目标 for a target.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> table = pd.DataFrame([dict(indicator="工业总产值", name="", period="2023",
    ...     kind="target", value="55.0", unit="亿元", line="1", quote="")])
    >>> subject(read_claims(table)[0])
    '2023 年工业总产值目标'
    """
    target = "目标" if q.kind == "target" else ""
    return f"{when(q.period)}{q.label}{target}"


def names(items: Sequence[str]) -> str:
    """Join names the Chinese way: 甲、乙和丙.

    Examples
    --------
    >>> names(["工业", "农业", "服务业"]), names(["工业"])
    ('工业、农业和服务业', '工业')
    """
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + "和" + items[-1]


def price_clause(stated_text: str, stated: Fraction, implied: Fraction, places: int) -> str:
    """For a comparable-price growth: the price change that would reconcile it with levels.

    ``(1 + implied) / (1 + stated) - 1`` is the change of the price index between the years.

    Examples
    --------
    >>> price_clause("8.0", Fraction(8), Fraction(5), 2)
    '若增长 8.0%为按可比价计算的增速，与现价水平之差意味着价格下降约 2.78%，仍需核实'
    """
    price = ((1 + implied / 100) / (1 + stated / 100) - 1) * 100
    verb = "上涨" if price > 0 else "下降"
    return (
        f"若{stated_change(stated_text)}为按可比价计算的增速，"
        f"与现价水平之差意味着价格{verb}约 {pct(abs(price), places)}，仍需核实"
    )
