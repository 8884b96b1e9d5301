"""Claims as exact quantities: each row of a claims table read into intervals and a period.

The claims table (see the claims extraction) keeps every figure as printed text. This module
reads those strings with :class:`~decimal.Decimal`, turns each into the interval it stands for
(rounding and qualifier), and normalises periods and units so that relations can be found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property

import pandas as pd

from .checkvocab import CheckVocabulary, Unit, load_check_vocabulary
from .exact import Fraction
from .intervals import (
    Interval,
    decimals,
    figure_interval,
    parse_decimal,
    printed_point,
    split_range,
)
from .period_cells import Period
from .phrases import load_phrases
from .printed import is_average
from .rows import as_rows

_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?（）()]")
_YEAR_WORDS = re.compile(r"\d{4}\s*年度?|\d{1,2}\s*月份?")
_LEADING_PARTICLES = "的了"
_AVERAGE_YEARS = re.compile(r"(\d{4})\.\.(\d{4})")
_FILLER_WORDS = ("目前", "其中", "当前")

#: The word that opens the scope of one market's figure (对东盟进出口, 对欧盟出口).
MARKET = "对"
#: A sum of a counted group before a figure's name (两个行业合计, 上述五个行业合计, 前十大企业合计):
#: the figure, scoped by it, is the sum of those, never the place's whole.
GROUP_SUM = re.compile(
    r"(?:上述|以上|前)?[\d一二三四五六七八九十两]+(?:个|家|大)[^\d，,。；;]{0,6}?(?:合计|共计|总计)"
)


def of_one_market(scope: str) -> bool:
    """Whether a figure's scope is one market or trade partner: opened by 对 (对东盟) or by a
    partner word of the phrases file (与一带一路沿线国家).

    Examples
    --------
    >>> of_one_market("对东盟"), of_one_market("与一带一路沿线国家"), of_one_market("高新区")
    (True, True, False)
    """
    return scope.startswith((MARKET, *load_phrases().partner_words))


#: A full stop, a question or an exclamation mark: where a sentence ends.
_SENTENCE_END = re.compile(r"[。！？]")


@dataclass(frozen=True)
class Quantity:
    """One claim read exactly: its figures as intervals, its unit, period and provenance."""

    row: int
    claim_id: str
    indicator: str
    name: str
    parent: str
    period: Period | None
    kind: str
    value_text: str
    value: Interval | None
    unit_text: str
    unit: Unit | None
    growth_text: str
    growth: Interval | None
    growth_basis: str
    qualifier: str
    scope: str
    section: str
    line: str
    quote: str
    paragraph: str
    measure: str = "level"
    parent_id: str = ""
    linked_to: str = ""
    link: str = ""
    growth_qualifier: str = ""
    lines: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    context: str = ""
    anchor: int | None = None

    @property
    def is_level(self) -> bool:
        """Whether the figure is a level (not a change such as 增加了 2 个, nor a count of new)."""
        return self.measure in ("", "level")

    @property
    def converted(self) -> bool:
        """Whether the figure restates the one before it in another unit (（折合6.24亿美元）)."""
        return self.clause.lstrip("（(").startswith(load_phrases().converted_words)

    @property
    def is_average_growth(self) -> bool:
        """Whether the growth is an average annual growth (年均), not a change over one year."""
        return bool(self.growth_text) and is_average(self.growth_basis)

    @property
    def average_years(self) -> tuple[int, int] | None:
        """First and last year of an average annual growth, when known.

        From the basis (``2016..2020年均``), else from a period of several years.

        Examples
        --------
        >>> table = pd.DataFrame([dict(indicator="固定资产投资", name="", period="2016..2020",
        ...     kind="actual", value="50", unit="亿元", growth_pct="12", growth_basis=b,
        ...     line="3", quote="") for b in ["2016..2020年均", "年均", "比2015年"]])
        >>> [q.average_years for q in read_claims(table)]
        [(2016, 2020), (2016, 2020), None]
        """
        if not self.is_average_growth:
            return None
        m = _AVERAGE_YEARS.search(self.growth_basis)
        if m:
            first, last = int(m.group(1)), int(m.group(2))
        elif self.period is not None and self.period.is_years:
            first, last = self.period.start[0], self.period.end[0]
        else:
            return None
        return (first, last) if first < last else None

    @property
    def is_points(self) -> bool:
        """Whether the figure is a difference of rates in percentage points."""
        return self.family == "points" or self.unit_text == "个百分点"

    @property
    def label(self) -> str:
        """What the figure measures: the canonical indicator, else the report's own words;
        after the market it is of (对日本出口总额), if any."""
        what = self.indicator or self.name or self.clause
        return self.scope + what if of_one_market(self.scope) else what

    @property
    def is_count(self) -> bool:
        """Whether the figure counts whole things or people (printed exactly)."""
        return bool(self.unit and self.unit.whole)

    @property
    def family(self) -> str:
        """The unit family (``money``, ``count``, ``percent``, ...) or empty when unknown."""
        return self.unit.family if self.unit else ""

    @property
    def places(self) -> int:
        """Printed decimals of the value (the precision of suggestions for it)."""
        return decimals(self.value_text) if self.value_text else 0

    @property
    def growth_places(self) -> int:
        """Printed decimals of the growth rate."""
        return decimals(self.growth_text) if self.growth_text else 0

    def value_in(self, unit: Unit) -> Interval | None:
        """The value's interval expressed in ``unit`` (same family), exactly."""
        if self.value is None or self.unit is None or unit.kind != self.unit.kind:
            return None
        return self.value.scale(self.unit.factor / unit.factor)

    def point_in(self, unit: Unit) -> Fraction | None:
        """The printed value expressed in ``unit`` (the centre of the interval, not rounded)."""
        if not self.value_text or self.unit is None or unit.kind != self.unit.kind:
            return None
        return printed_point(self.value_text) * self.unit.factor / unit.factor

    @cached_property
    def value_point(self) -> Fraction | None:
        """The printed value as an exact number (mid-point of a printed range)."""
        return self.point_in(self.unit) if self.unit else None

    @cached_property
    def growth_point(self) -> Fraction | None:
        """The printed growth rate in percent, exactly."""
        if not self.growth_text:
            return None
        return printed_point(self.growth_text)

    @property
    def printed(self) -> str:
        """The value with its unit as printed (``12.40 亿元``)."""
        if not self.value_text:
            return ""
        if self.unit_text in {"%", "‰"}:
            return f"{self.value_text}{self.unit_text}"
        return f"{self.value_text} {self.unit_text}".strip()

    @property
    def printed_growth(self) -> str:
        """The growth as printed with a per-cent sign (``9.30%``)."""
        return f"{self.growth_text}%" if self.growth_text else ""

    @property
    def annual_key(self) -> Period | None:
        """The period used to match figures; a December stock of a count is its year."""
        if self.period is None:
            return None
        return self.period.year_end() if self.is_count else self.period

    @cached_property
    def clause(self) -> str:
        """The clause that holds this figure: the words around it in its paragraph (or quote)."""
        number = self.value_text or self.growth_text
        if self.context and self.anchor is not None and _has_number(self.context, number):
            return figure_clause(self.context, number, self.anchor)
        return figure_clause(self.quote, number)

    def sentence_before(self, limit: int) -> str | None:
        """The words of the figure's sentence before it (the last ``limit`` characters at
        most), or ``None`` when its place in its paragraph is not known.

        Examples
        --------
        >>> import pandas as pd
        >>> table = pd.DataFrame([dict(indicator="", name="税收", period="2022", kind="actual",
        ...     value="9.4", unit="亿元", line="3", quote="税收9.4亿元", paragraph="1")])
        >>> q = read_claims(table, texts={"1": "产值增长5%。分行业看，税收9.4亿元"})[0]
        >>> q.sentence_before(40), read_claims(table)[0].sentence_before(40)
        ('分行业看，', None)
        """
        if not self.context or self.anchor is None:
            return None
        words = self.context[max(0, self.anchor - limit) : self.anchor]
        return _SENTENCE_END.split(words)[-1]

    def scope_words(self, cues: Iterable[str]) -> str:
        """What narrows the figure: its scope, else words before it that name a scope.

        Examples
        --------
        >>> import pandas as pd
        >>> table = pd.DataFrame([dict(indicator="", name="企业", period="2022", kind="actual",
        ...     value="45", unit="家", line="3", quote="纳入产值统计的45家企业")])
        >>> read_claims(table)[0].scope_words(["纳入", "统计"])
        '纳入产值统计'
        """
        if self.scope:
            return self.scope
        clause = self.clause
        number = self.value_text or self.growth_text
        head = clause.split(number, 1)[0] if number and number in clause else ""
        if any(w and w in head for w in cues):
            return head.rstrip("的之 ")
        return ""

    def words_to_figure(self) -> str:
        """The words of the figure's clause up to it, through the figures of its list (分别
        拉动经济增长1.3、2.7和5.0个百分点: for 2.7, from 分别); its clause when not located."""
        at = self.quote.rfind(self.value_text) if self.value_text else -1
        if not self.context or self.anchor is None or at < 0:
            return self.clause
        end = self.anchor + at  # its quote may start at its subject
        start = max(0, end - _LIST_WORDS_MAX)  # bounded: linear on a paragraph of one sentence
        cut = max(self.context.rfind(m, start, end) for m in "，,；;。")
        return self.context[cut + 1 if cut >= 0 else start : end]

    def has_cue(self, words: Iterable[str]) -> bool:
        """Whether the figure's own clause holds one of ``words``."""
        text = self.clause
        return any(w and w in text for w in words)


#: How far back the words of a listed figure's clause are read (分别拉动经济增长1.3、2.7…).
_LIST_WORDS_MAX = 120


def _has_number(text: str, number: str) -> bool:
    """Whether ``number`` is printed in digits in ``text`` (not in Chinese numerals)."""
    return bool(number) and _find_number(text, number) is not None


def _find_number(text: str, number: str, start: int = 0) -> tuple[int, int] | None:
    """Where ``number`` is printed in ``text`` at or after ``start`` as a whole figure (not
    inside a longer one: no digit or decimal point next to it); ``None`` when it is not.

    Examples
    --------
    >>> _find_number("增长 17.5%，完成 7 项", "7"), _find_number("第 17 项", "7")
    ((12, 13), None)
    """
    at = text.find(number, start)
    while at >= 0:
        end = at + len(number)
        if (at == 0 or not _part_of_figure(text[at - 1])) and (
            end == len(text) or not _part_of_figure(text[end])
        ):
            return at, end
        at = text.find(number, at + 1)
    return None


def _part_of_figure(char: str) -> bool:
    """Whether ``char`` would continue a figure: a digit (``\\d``) or a decimal point."""
    return char == "." or char.isdecimal()


#: How far before a figure its clause is looked for first (characters).
_CLAUSE_WINDOW = 200


def figure_clause(quote: str, number: str, near: int = 0) -> str:
    """The clause of ``quote`` that holds ``number``: the words between it and its neighbours.

    A clause runs from the punctuation mark or the figure before ``number`` to the punctuation
    mark or the figure after it, so that cue words (已完成, 正在) are read next to their figure.
    The first occurrence of ``number`` at or after position ``near`` is the one meant.

    Examples
    --------
    >>> figure_clause("共受理工单 80 件，已办结 75 件，满意率 96%", "75")
    '已办结 75 件'
    >>> figure_clause("2022 年度的 12 项考核目前 11 项考核任务已完成，1 项正在推进", "12")
    '12 项考核'
    >>> figure_clause("2022 年度的 12 项考核目前 11 项考核任务已完成，1 项正在推进", "11")
    '考核目前 11 项考核任务已完成'
    >>> figure_clause("排查 9 项，目前已完成整改 7 项", "7")
    '已完成整改 7 项'
    """
    quote = str(quote or "")
    if not number:
        return quote
    found = _find_number(quote, str(number), near) or _find_number(quote, str(number))
    if not found:
        return quote
    at, end = found
    figures = _figure_pattern()
    start = -1
    # The last break or figure before the number: looked for just before it first (a clause
    # is short), in the whole text only when there is none there.
    for window in (max(0, at - _CLAUSE_WINDOW), 0):
        before = [b.end() for b in _CLAUSE_BREAK.finditer(quote, window, at)]
        before += [n.end() for n in figures.finditer(quote, window, at) if n.end() <= at]
        if before or window == 0:
            start = max(before, default=0)
            break
    after = [m.start() for m in (_CLAUSE_BREAK.search(quote, end), figures.search(quote, end)) if m]
    end = min(after, default=len(quote))
    clause = quote[start:end].strip()
    changed = True
    while changed and clause and not clause.startswith(number):
        changed = False
        for word in _FILLER_WORDS:
            if clause.startswith(word):
                clause, changed = clause[len(word) :].lstrip(), True
        if clause and clause[0] in _LEADING_PARTICLES:
            clause, changed = clause[1:].lstrip(), True
    for word in _FILLER_WORDS:
        if clause.endswith(word) and not clause.endswith(number):
            clause = clause[: -len(word)].rstrip()
    return clause


@cache
def _figure_pattern() -> re.Pattern[str]:
    """A figure with its unit, or a date: the neighbours that bound a figure's clause."""
    units = sorted(load_check_vocabulary().units, key=len, reverse=True)
    unit = "|".join(re.escape(u) for u in units)
    return re.compile(rf"{_YEAR_WORDS.pattern}|\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:{unit})?")


def _interval(text: str, rules: tuple[str, ...], integer: bool) -> Interval | None:
    if not text:
        return None
    try:
        return figure_interval(text, rules, integer=integer)
    except ValueError:
        return None


def read_claims(
    claims: pd.DataFrame | Sequence[Mapping[str, object]],
    texts: dict[str, str] | None = None,
    vocab: CheckVocabulary | None = None,
    locate: Callable[[int], str] | None = None,
) -> list[Quantity]:
    """Read every row of a claims table into a :class:`Quantity`.

    Values and growth rates are parsed from their printed strings; a figure that is not a
    number (or a unit the checker does not know) is kept with ``None`` for what cannot be read.
    The qualifier of the value widens the value; the qualifier printed with the growth
    (``growth_qualifier``) widens the growth. The two ends of a printed range (claims linked as
    ``range_low`` / ``range_high``) both stand for the whole range.

    Parameters
    ----------
    claims
        A claims table (:data:`~indicators.claims_table.COLUMNS`, then optional extra columns),
        as a DataFrame or as rows (:mod:`indicators.rows`).
    texts
        The clean text of each paragraph by paragraph number, when the report is at hand: the
        words around a figure are then read in its paragraph rather than in its short quote.
    vocab
        The checker's data (units, qualifiers); the packaged one by default.
    locate
        Turns a provenance line into the label an analyst looks up (``第 12 行``,
        ``第 14 段``); ``Report.locate`` when the report is at hand.

    Examples
    --------
    >>> table = pd.DataFrame([{"indicator": "工业总产值", "name": "工业总产值", "parent": "",
    ...     "period": "2022", "kind": "actual", "value": "40.10", "unit": "亿元",
    ...     "growth_pct": "6.0", "growth_basis": "同比", "qualifier": "", "scope": "",
    ...     "section": "一", "line": 12, "quote": "工业总产值 40.10 亿元，增长 6.0%"}])
    >>> q = read_claims(table)[0]
    >>> q.value.lo, q.growth.hi, q.places, q.period.label
    (Fraction(8019, 200), Fraction(121, 20), 2, '2022 年')
    """
    vocab = vocab or load_check_vocabulary()
    rows = as_rows(claims)
    columns = set(claims.columns if isinstance(claims, pd.DataFrame) else rows[0] if rows else ())
    missing = [
        c for c in ("indicator", "name", "period", "kind", "value", "unit") if c not in columns
    ]
    if missing and (rows or isinstance(claims, pd.DataFrame)):
        raise ValueError(f"claims table lacks columns {missing}")
    texts = {str(k): v for k, v in (texts or {}).items()}
    has_growth_qualifier = "growth_qualifier" in columns
    quantities = []
    seen: dict[tuple[str, str], int] = {}  # where each quote of a paragraph was last placed
    spans: dict[str, _Placed] = {}  # the quotes placed so far, by paragraph
    for row, get in enumerate(rows):
        unit = vocab.unit(get.get("unit", ""))
        value_text = get.get("value", "")
        growth_text = get.get("growth_pct", "").rstrip("%")
        value_qualifier, growth_qualifier = split_qualifiers(get, has_growth_qualifier)
        value_rules = vocab.rules(value_qualifier)
        growth_rules = vocab.rules(growth_qualifier)
        value = _interval(value_text, value_rules, integer=bool(unit and unit.whole))
        if value is not None and unit is not None and unit.family not in {"percent"}:
            value = value.clamp_below(0) if value.lo is None else value
        growth = _interval(growth_text, growth_rules, integer=False)
        context = texts.get(get.get("paragraph", ""), "")
        quote = get.get("quote", "")
        paragraph = get.get("paragraph", "")
        anchor = _anchor(context, quote, seen, spans.setdefault(paragraph, _Placed()), paragraph)
        lines = tuple(
            dict.fromkeys(
                x for x in (get.get("line"), get.get("value_line"), get.get("growth_line")) if x
            )
        )
        quantities.append(
            Quantity(
                row=row,
                claim_id=get.get("claim_id", "") or str(row),
                indicator=get.get("indicator", ""),
                name=get.get("name", ""),
                parent=get.get("parent", ""),
                period=Period.parse(get.get("period", "")),
                kind=get.get("kind", "") or "actual",
                value_text=value_text if value is not None else "",
                value=value,
                unit_text=get.get("unit", ""),
                unit=unit,
                growth_text=growth_text if growth is not None else "",
                growth=growth,
                growth_basis=get.get("growth_basis", ""),
                qualifier=value_qualifier if value_text else "",
                growth_qualifier=growth_qualifier if growth_text else "",
                scope=get.get("scope", ""),
                section=get.get("section", ""),
                line=get.get("line", ""),
                quote=quote,
                paragraph=get.get("paragraph", ""),
                measure=get.get("measure", "") or "level",
                parent_id=get.get("parent_id", ""),
                linked_to=get.get("linked_to", ""),
                link=get.get("link", ""),
                lines=lines,
                locations=tuple(_label(line, locate) for line in lines),
                context=context if anchor is not None else "",
                anchor=anchor,
            )
        )
    return _percent_structures(_join_ranges(quantities), vocab)


def _label(line: str, locate: Callable[[int], str] | None) -> str:
    """The label of a provenance line: ``第 12 行`` for a text file, else what ``locate`` says."""
    if locate is not None and line.isdigit():
        try:
            return locate(int(line))
        except (IndexError, ValueError):
            pass
    return f"第 {line} 行" if line.isdigit() else line


def split_qualifiers(
    row: Mapping[str, object], has_growth_qualifier: bool = True
) -> tuple[str, str]:
    """The qualifiers of a claim's value and of its growth (``增长7.5%左右，突破550亿元``:
    突破 and 左右), from its ``qualifier`` and ``growth_qualifier`` cells.

    Examples
    --------
    >>> split_qualifiers({"value": "550", "qualifier": "左右 突破", "growth_qualifier": "左右"})
    ('突破', '左右')
    >>> split_qualifiers({"value": "", "qualifier": "左右", "growth_qualifier": ""})
    ('左右', '左右')
    """
    value_qualifier = str(row.get("qualifier", "") or "")
    if not (has_growth_qualifier and str(row.get("value", "") or "")):
        return value_qualifier, value_qualifier
    growth_qualifier = str(row.get("growth_qualifier", "") or "")
    return _without(value_qualifier, growth_qualifier), growth_qualifier


def _without(qualifier: str, growth_qualifier: str) -> str:
    """The value's own qualifiers: the claim's qualifiers less those printed with its growth.

    Examples
    --------
    >>> _without("左右 左右", "左右"), _without("约 以上", "以上")
    ('左右', '约')
    """
    words = qualifier.split()
    for word in growth_qualifier.split():
        if word in words:
            words.remove(word)
    return " ".join(words)


class _Placed:
    """The quotes placed so far in one paragraph, by start (the longest at each start)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: dict[int, int] = {}

    def add(self, start: int, end: int) -> None:
        if start not in self.ends:
            bisect.insort(self.starts, start)
        self.ends[start] = max(end, self.ends.get(start, end))

    def inside_longer(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside a longer quote placed before (one starting at
        most :data:`_QUOTE_MAX` characters before it: quotes are short)."""
        k = bisect.bisect_right(self.starts, start)
        for s in reversed(self.starts[max(0, k - _NEAR_STARTS) : k]):
            if start - s > _QUOTE_MAX:
                break
            e = self.ends[s]
            if end <= e and e - s > end - start:
                return True
        return False


#: The longest quote looked back over, and how many quotes starting before a place are read.
_QUOTE_MAX = 400
_NEAR_STARTS = 8


def _anchor(
    context: str,
    quote: str,
    seen: dict[tuple[str, str], int] | None = None,
    placed: _Placed | None = None,
    paragraph: str = "",
) -> int | None:
    """Where a claim's quote starts in its paragraph (spaces ignored by the clean text).

    Where the quote is printed more than once, the claims with it take its places in order
    (after the place the last of them took, from ``seen``), passing over a place inside a
    longer quote already ``placed`` (税收收入24.86亿元 is not the end of 区级税收收入24.86亿元,
    the quote of the claim before). Each search starts where the last one of the quote
    stopped, so that a paragraph of one quote repeated stays linear.

    Examples
    --------
    >>> text = "区级税收收入24.86亿元。其中税收收入24.86亿元"
    >>> seen, placed = {}, _Placed()
    >>> _anchor(text, "区级税收收入24.86亿元", seen, placed)
    0
    >>> _anchor(text, "税收收入24.86亿元", seen, placed)
    16
    """
    if not context or not quote:
        return None
    if quote not in context:
        quote = "".join(quote.split())
        if not quote or quote not in context:
            return None
    seen = {} if seen is None else seen
    placed = _Placed() if placed is None else placed
    key = (paragraph, quote)
    first = context.find(quote)
    at = context.find(quote, seen[key] + 1) if key in seen else first
    while at >= 0 and placed.inside_longer(at, at + len(quote)):
        at = context.find(quote, at + 1)
    if at < 0:  # more claims than places, or every place inside a longer quote
        at = seen.get(key, first)
    seen[key] = at
    placed.add(at, at + len(quote))
    return at


#: Links between the two ends of a printed range (8%—10%).
RANGE_LINKS = ("range_low", "range_high")


def _join_ranges(quantities: list[Quantity]) -> list[Quantity]:
    """Both ends of a printed range (8%—10%) stand for the whole range; so do all the claims
    of a range of levels with a growth that is not a range of its own (达到12亿元—13亿元，
    增长8%左右). The ends of a range of levels with a range of growths are paired instead
    (:func:`_paired_ends`)."""
    by_id = {q.claim_id: q for q in quantities}
    group_of: dict[str, list[Quantity]] = {}
    for q in quantities:
        other = by_id.get(q.linked_to) if q.link in RANGE_LINKS else None
        if other is None:
            continue
        group = group_of.get(other.claim_id) or [other]
        joined = group_of.get(q.claim_id) or [q]
        if joined is not group:
            group.extend(x for x in joined if x not in group)
        for x in (other, *joined):
            group_of[x.claim_id] = group
    out = []
    for q in quantities:
        group = group_of.get(q.claim_id)
        if group is None or _paired_ends(group):
            out.append(q)
            continue
        ordered = sorted(group, key=lambda x: x.row)
        value, growth = None, None
        for x in ordered:
            value, growth = _hull(value, x.value), _hull(growth, x.growth)
        grown = [x for x in ordered if x.growth is not None]
        growths = [x.growth_text for x in grown]
        growth_text = _range_text(growths[0], growths[-1]) if growths else q.growth_text
        basis = grown[-1].growth_basis if grown else q.growth_basis  # 达到A—B，年均增长7%:
        out.append(  # the average is of both ends
            replace(q, value=value, growth=growth, growth_text=growth_text, growth_basis=basis)
        )
    return out


def _paired_ends(group: list[Quantity]) -> bool:
    """Whether each end of a range of levels has its own end of a range of growths
    (达到1369.9万—1395.2万人次，增长8%—10%): each end is then a figure of its own, the low
    level with the low growth and the high with the high."""
    return (
        len(group) == 2
        and all(x.value is not None and x.growth is not None for x in group)
        and group[0].growth_text != group[1].growth_text
    )


def _range_text(low: str, high: str) -> str:
    """``6—7`` for a growth printed as ``6%—7%``: the ends as printed, read back by
    :func:`~indicators.intervals.split_range`. A range with a decline keeps its own end (a
    printed range has no sign of its own)."""
    if low == high or low.startswith("-") or high.startswith("-"):
        return low
    return f"{low}—{high}"


#: The link from each later component of a structure a:b:c to its first component.
STRUCTURE_LINK = "structure"


def structure_groups(quantities: list[Quantity]) -> list[list[Quantity]]:
    """The components of each printed structure a:b:c, first component first.

    Examples
    --------
    >>> table = pd.DataFrame([dict(claim_id=c, value=v, linked_to=t, link=k) for c, v, t, k in
    ...     [("a", "10", "", ""), ("b", "30", "a", "structure"), ("c", "60", "a", "structure")]])
    >>> quantities = read_claims(table.assign(indicator="", name="产业结构", period="2022",
    ...                                       kind="actual", unit="", line="1", quote=""))
    >>> [[(q.value_text, q.unit_text) for q in g] for g in structure_groups(quantities)]
    [[('10', '%'), ('30', '%'), ('60', '%')]]
    """
    members: dict[str, list[Quantity]] = {}
    by_id = {q.claim_id: q for q in quantities}
    for q in quantities:
        if q.link == STRUCTURE_LINK and q.linked_to in by_id:
            members.setdefault(q.linked_to, []).append(q)
    return [[by_id[head], *rest] for head, rest in members.items()]


def _percent_structures(quantities: list[Quantity], vocab: CheckVocabulary) -> list[Quantity]:
    """Components of a structure printed without unit are per-cent shares when they sum to
    about 100 (三次产业结构 10.5:38.5:51.0); other ratios (1:2) are left alone."""
    percent = vocab.unit("%")
    changed: dict[int, Quantity] = {}
    for group in structure_groups(quantities):
        if any(q.unit_text or q.value is None or len(split_range(q.value_text)) > 1 for q in group):
            continue
        if percent is None:
            continue
        total = sum((Fraction(parse_decimal(q.value_text)) for q in group), Fraction(0))
        if 95 <= total <= 105:
            for q in group:
                changed[q.row] = replace(q, unit=percent, unit_text="%")
    return [changed.get(q.row, q) for q in quantities]


def _hull(a: Interval | None, b: Interval | None) -> Interval | None:
    if a is None or b is None:
        return a or b
    lo = None if a.lo is None or b.lo is None else min(a.lo, b.lo)
    hi = None if a.hi is None or b.hi is None else max(a.hi, b.hi)
    return Interval(lo, hi)
