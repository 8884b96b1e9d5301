"""Targets against outcomes: a target set in one year's report, the actual in the next one's.

A report for year Y sets targets for Y (``税收收入增长6%``, ``力争达到49.25亿元``); the report of
year Y+1 reviews Y and states what was achieved. :func:`judge` compares the two figures of
one subject, rounding-aware:

* the target is a decision, so its printed figure is the threshold (the low end of a printed
  range); ``左右`` adds a tolerance of one significant step, at most a tenth of the figure
  (:func:`indicators.intervals.vague_width`), within which a shortfall is *nearly met*;
  ``以内`` / ``控制在`` and targets of decline (下降) are met from below;
* the actual is a rounded measurement, so it stands for its rounding interval
  (:func:`indicators.intervals.figure_interval`); the verdict is read from the printed
  figure and is *certain* when every value of that interval gives the same verdict;
* levels are compared in the target's unit (万元 against 亿元 is converted exactly), growth
  rates in percentage points.

Verdicts: ``met`` (达到), ``nearly_met`` (基本达到: short of the figure, within 左右),
``missed`` (未达到), ``not_comparable`` (units of different kinds).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

import pandas as pd

from .checkvocab import Unit, load_check_vocabulary
from .exact import Fraction
from .facts import Fact
from .intervals import Interval, decimals, figure_interval, fmt, parse_decimal, split_range
from .intervals import vague_width as about_width
from .phrases import load_phrases

MET = "met"
NEARLY_MET = "nearly_met"
MISSED = "missed"
NOT_COMPARABLE = "not_comparable"

#: Verdicts in Chinese, for the brief and the charts.
VERDICT_LABELS = {
    MET: "达到",
    NEARLY_MET: "基本达到",
    MISSED: "未达到",
    NOT_COMPARABLE: "无法比较",
}
MEASURE_LABELS = {"level": "总量", "new": "新增数", "growth": "增速"}

#: Columns of the targets-vs-outcomes table, in order.
OUTCOME_COLUMNS = [
    "place",
    "indicator",
    "year",
    "measure",
    "target",
    "actual",
    "unit",
    "actual_unit",
    "verdict",
    "certain",
    "margin",
    "margin_low",
    "margin_high",
    "margin_unit",
    "completion_pct",
    "explanation",
    "target_report",
    "target_line",
    "target_location",
    "target_quote",
    "actual_report",
    "actual_line",
    "actual_location",
    "actual_quote",
]


@dataclass(frozen=True)
class Outcome:
    """One target against its outcome (see :data:`OUTCOME_COLUMNS`)."""

    target: Fact
    actual: Fact
    measure: str
    target_text: str
    actual_text: str
    unit: str
    verdict: str
    certain: bool
    margin: Fraction | None
    margin_range: Interval | None
    margin_unit: str
    places: int
    completion: Fraction | None
    explanation: str

    def row(self) -> dict[str, str]:
        """The outcome as a row of the targets-vs-outcomes table."""

        def show(x: Fraction | None, places: int) -> str:
            return "" if x is None else fmt(x, places)

        def bound(x: Fraction | None) -> str:
            return show(x, max(self.places, _exact_places(x, self.places + 2)))

        rng = self.margin_range
        return {
            "place": self.target.place,
            "indicator": self.target.key,
            "year": str(self.target.year),
            "measure": self.measure,
            "target": self.target_text,
            "actual": self.actual_text,
            "unit": self.unit,
            "actual_unit": "%" if self.measure == "growth" else self.actual.unit,
            "verdict": self.verdict,
            "certain": "" if self.verdict == NOT_COMPARABLE else str(self.certain).lower(),
            "margin": show(self.margin, self.places),
            "margin_low": bound(rng.lo if rng else None),
            "margin_high": bound(rng.hi if rng else None),
            "margin_unit": self.margin_unit,
            "completion_pct": show(self.completion, 1),
            "explanation": self.explanation,
            "target_report": self.target.report,
            "target_line": str(self.target.line),
            "target_location": self.target.location,
            "target_quote": self.target.quote,
            "actual_report": self.actual.report,
            "actual_line": str(self.actual.line),
            "actual_location": self.actual.location,
            "actual_quote": self.actual.quote,
        }


def _tokens(text: str) -> list[str]:
    return [t for t in text.split() if t]


def _target_rules(fact: Fact, measure: str) -> tuple[str, ...]:
    """Qualifier rules of the target's level or of its growth (``左右`` of 增长7%左右)."""
    vocab = load_check_vocabulary()
    growth_words = _tokens(fact.growth_qualifier)
    if measure == "growth":
        words = growth_words if fact.value else _tokens(fact.qualifier) + growth_words
    else:
        words = [w for w in _tokens(fact.qualifier) if w not in growth_words]
    return vocab.rules(" ".join(words))


def _actual_rules(fact: Fact, measure: str) -> tuple[str, ...]:
    vocab = load_check_vocabulary()
    if measure == "growth":
        return vocab.rules(fact.growth_qualifier)
    growth_words = _tokens(fact.growth_qualifier)
    return vocab.rules(" ".join(w for w in _tokens(fact.qualifier) if w not in growth_words))


def _verdict(x: Fraction | None, threshold: Fraction, tolerance: Fraction, lower: bool) -> str:
    """The verdict for a true value ``x`` (``None``: unbounded in the good direction)."""
    if x is None:
        return MET
    gain = threshold - x if lower else x - threshold
    if gain >= 0:
        return MET
    if tolerance and -gain <= tolerance:
        return NEARLY_MET
    return MISSED


def judge(target: Fact, actual: Fact) -> list[Outcome]:
    """Compare a target with the actual of the same subject and year: level and growth.

    Parameters
    ----------
    target, actual
        Facts of two reports (same place, subject, year and measure).

    Returns
    -------
    list[Outcome]
        One outcome for the level (when both print one) and one for the growth rate.

    Examples
    --------
    >>> def fact(kind, value, unit, growth, qualifier="", growth_qualifier=""):
    ...     return Fact("r.txt", "石门镇", "2023", 0, "工农业总产值", "indicator", 2022, kind,
    ...                 "level", value, unit, growth, qualifier, growth_qualifier, 9, "")
    >>> target = fact("target", "49.25", "亿元", "8", "左右 力争", "左右")
    >>> actual = fact("actual", "48.96", "亿元", "7.4")
    >>> for o in judge(target, actual):
    ...     print(o.measure, o.verdict, o.certain, fmt(o.margin, o.places), o.margin_unit)
    level missed True -0.29 亿元
    growth nearly_met True -0.6 个百分点
    >>> for part in judge(target, actual)[1].explanation.split("，"):
    ...     print(part)
    2022 年工农业总产值增长 7.4%
    低于目标（增长 8%左右）0.6 个百分点
    在“左右”的幅度（±0.8 个百分点）以内
    基本达到。
    """
    out = []
    if target.value and actual.value:
        out.append(_judge_level(target, actual))
    if target.growth_pct and actual.growth_pct:
        out.append(_judge_growth(target, actual))
    return out


def _unit(printed: str) -> Unit | None:
    return load_check_vocabulary().unit(printed)


def _threshold(text: str, lower: bool) -> Fraction:
    ends = [Fraction(parse_decimal(p)) for p in split_range(text)]
    return max(ends) if lower else min(ends)


def _judge_level(target: Fact, actual: Fact) -> Outcome:
    t_unit, a_unit = _unit(target.unit), _unit(actual.unit)
    measure = "new" if target.measure == "new" else "level"
    if t_unit is None or a_unit is None or t_unit.kind != a_unit.kind:
        return _not_comparable(target, actual, measure)
    rules = _target_rules(target, measure)
    lower = "at_most" in rules
    threshold = _threshold(target.value, lower)
    whole = a_unit.whole
    scale = a_unit.factor / t_unit.factor
    interval = figure_interval(actual.value, _actual_rules(actual, measure), integer=whole)
    interval = interval.scale(scale)
    printed = Fraction(parse_decimal(split_range(actual.value)[0])) * scale
    places = max(decimals(target.value), _places_in(actual.value, scale))
    tolerance = about_width(parse_decimal(target.value)) if "about" in rules else Fraction(0)
    completion = printed / threshold * 100 if threshold > 0 and not lower else None
    return _outcome(
        target,
        actual,
        measure,
        printed,
        interval,
        threshold,
        tolerance,
        lower,
        places,
        target.unit,
        completion,
    )


def _places_in(text: str, scale: Fraction) -> int:
    """Decimals needed to print ``text`` exactly after scaling (0.87 亿元 in 万元: 0)."""
    return _exact_places(Fraction(parse_decimal(split_range(text)[0])) * scale, 8)


def _exact_places(x: Fraction | None, cap: int) -> int:
    """Fewest decimals that print ``x`` exactly, at most ``cap``.

    Examples
    --------
    >>> _exact_places(Fraction(50), 3), _exact_places(Fraction(-1, 40), 3), _exact_places(None, 2)
    (0, 3, 0)
    """
    places = 0
    while x is not None and (x * 10**places).denominator != 1 and places < cap:
        places += 1
    return places


def _judge_growth(target: Fact, actual: Fact) -> Outcome:
    rules = _target_rules(target, "growth")
    negative = _threshold(target.growth_pct, False) < 0
    lower = negative != ("at_most" in rules)
    threshold = _threshold(target.growth_pct, lower)
    interval = figure_interval(actual.growth_pct, _actual_rules(actual, "growth"))
    printed = Fraction(parse_decimal(split_range(actual.growth_pct)[0]))
    places = max(decimals(target.growth_pct), decimals(actual.growth_pct))
    tolerance = about_width(parse_decimal(target.growth_pct)) if "about" in rules else Fraction(0)
    return _outcome(
        target,
        actual,
        "growth",
        printed,
        interval,
        threshold,
        tolerance,
        lower,
        places,
        "%",
        None,
    )


def _outcome(
    target: Fact,
    actual: Fact,
    measure: str,
    printed: Fraction,
    interval: Interval,
    threshold: Fraction,
    tolerance: Fraction,
    lower: bool,
    places: int,
    unit: str,
    completion: Fraction | None,
) -> Outcome:
    verdict = _verdict(printed, threshold, tolerance, lower)
    ends = (interval.hi, interval.lo) if lower else (interval.lo, interval.hi)
    worst, best = ends
    worst_verdict = _verdict(worst, threshold, tolerance, lower) if worst is not None else None
    certain = worst_verdict == verdict and _verdict(best, threshold, tolerance, lower) == verdict
    margin = printed - threshold
    lo = None if interval.lo is None else interval.lo - threshold
    hi = None if interval.hi is None else interval.hi - threshold
    margin_unit = "个百分点" if measure == "growth" else unit
    outcome = Outcome(
        target=target,
        actual=actual,
        measure=measure,
        target_text=target.growth_pct if measure == "growth" else target.value,
        actual_text=actual.growth_pct if measure == "growth" else actual.value,
        unit=unit,
        verdict=verdict,
        certain=certain,
        margin=margin,
        margin_range=Interval(lo, hi),
        margin_unit=margin_unit,
        places=places,
        completion=completion,
        explanation="",
    )
    return _with_explanation(outcome, interval, tolerance)


def _not_comparable(target: Fact, actual: Fact, measure: str) -> Outcome:
    text = (
        f"{target.year} 年{target.key}的目标 {target.value}{target.unit} 与实际 "
        f"{actual.value}{actual.unit} 单位不同类，无法比较。"
    )
    return Outcome(
        target=target,
        actual=actual,
        measure=measure,
        target_text=target.value,
        actual_text=actual.value,
        unit=target.unit,
        verdict=NOT_COMPARABLE,
        certain=False,
        margin=None,
        margin_range=None,
        margin_unit="",
        places=0,
        completion=None,
        explanation=text,
    )


#: Qualifiers printed after the figure (8%左右, 250 人以上); others go before it (突破 30 亿元).
_SUFFIX_WORDS = ("左右", "上下", "以上", "以内", "以下", "多", "余")


def _printed(text: str, unit: str) -> str:
    """A figure with its unit as reports print it: ``7.4%``, ``48.96 亿元``."""
    negative = text.startswith("-")
    body = text.lstrip("-")
    return (f"{body}%" if unit == "%" else f"{body} {unit}") if not negative else body


def _target_words(o: Outcome) -> tuple[str, str]:
    """The target's qualifier words that change its meaning, before and after the figure."""
    t = o.target
    growth_words = _tokens(t.growth_qualifier)
    if o.measure == "growth":
        words = growth_words if t.value else _tokens(t.qualifier) + growth_words
    else:
        words = [w for w in _tokens(t.qualifier) if w not in growth_words]
    known = load_check_vocabulary().qualifiers
    words = [w for w in dict.fromkeys(words) if known.get(w, "exact") != "exact"]
    before = "".join(w for w in words if w not in _SUFFIX_WORDS)
    after = "".join(w for w in words if w in _SUFFIX_WORDS)
    return before, after


def _with_explanation(o: Outcome, interval: Interval, tolerance: Fraction) -> Outcome:
    """The outcome with its explanation in Chinese: what was achieved against what target."""
    t, a = o.target, o.actual
    assert o.margin is not None
    before, after = _target_words(o)
    target = f"{before}{' ' if before else ''}{_printed(o.target_text.lstrip('-'), o.unit)}{after}"
    if o.measure == "growth":
        verb = "下降" if o.actual_text.startswith("-") else "增长"
        what = f"{t.year} 年{t.key}{verb} {_printed(o.actual_text.lstrip('-'), '%')}"
        target = f"{'下降' if o.target_text.startswith('-') else '增长'} {target}"
    else:
        named_new = t.key.startswith(load_phrases().new_words)  # 新建高标准农田: said already
        new = "新增" if o.measure == "new" and not named_new else ""
        what = f"{t.year} 年{new}{t.key} {_printed(o.actual_text, a.unit)}"
        if a.unit != t.unit:
            converted = Fraction(parse_decimal(split_range(o.actual_text)[0])) * _scale(a, t)
            what += f"（合 {fmt(converted, o.places)} {t.unit}）"
    gap = f"{fmt(abs(o.margin), o.places)} {o.margin_unit}"
    if o.margin == 0:
        compared = f"与目标（{target}）持平"
    else:
        compared = f"{'低于' if o.margin < 0 else '高于'}目标（{target}）{gap}"
    done = f"（完成目标的 {fmt(o.completion, 1)}%）" if o.completion is not None else ""
    if o.verdict == MET:
        text = f"{what}，{compared}，达到目标{done}。"
    elif o.verdict == NEARLY_MET:
        width = f"±{fmt(tolerance, o.places)} {o.margin_unit}"
        text = f"{what}，{compared}，在“左右”的幅度（{width}）以内，基本达到。"
    else:
        text = f"{what}，{compared}，未达到目标{done}。"
    if not o.certain:
        span = f"{_bound(interval.lo, o.places + 1)}～{_bound(interval.hi, o.places + 1)}"
        unit = "%" if o.measure == "growth" else f" {o.unit}"
        text += f"实际数按舍入区间为 {span}{unit}，真实值可能在目标的另一侧，结论不确定。"
    return replace(o, explanation=text)


def _bound(x: Fraction | None, places: int) -> str:
    return "无上限" if x is None else fmt(x, places)


def _scale(actual: Fact, target: Fact) -> Fraction:
    a_unit, t_unit = _unit(actual.unit), _unit(target.unit)
    assert a_unit is not None and t_unit is not None
    return a_unit.factor / t_unit.factor


def outcomes_table(pairs: Iterable[tuple[Fact, Fact]]) -> pd.DataFrame:
    """The targets-vs-outcomes table of target/actual pairs (see :data:`OUTCOME_COLUMNS`).

    Examples
    --------
    >>> outcomes_table([]).columns[:4].tolist()
    ['place', 'indicator', 'year', 'measure']
    """
    rows = [o.row() for target, actual in pairs for o in judge(target, actual)]
    return pd.DataFrame(rows, columns=OUTCOME_COLUMNS, dtype=object)
