"""Which period a figure refers to, and whether it is an actual figure or a target.

A period comes from the nearest time phrase before the figure in its sentence (``2020年``,
``截止至2020年1-12月``, ``上半年``, ``1—5月``), else from the headings of its section
(``二、2021年工作安排``), else from the part of the report (the review year or the plan year).
A phrase that states what a growth is compared with (``比2019年``, ``是2015年的3倍``) is not a
period. A span of years (``“十三五”期间``, ``2016—2020年``, ``2016年以来``, ``过去五年``) is the
period of the cumulative figures after it (``2016..2020``); plan names map to years by
``data/phrases.toml``.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import accumulate

from .cleaning import Paragraph, Report
from .layout import Layout
from .numbers import chinese_to_decimal
from .phrases import alternation, load_phrases
from .report_years import year_delivered
from .scanning import leftmost_matches

_CN_YEAR = r"[一二][〇零一二三四五六七八九]{3}"
_ARABIC_YEAR = r"(?:19|20)\d\d"
_YEAR = rf"(?:{_ARABIC_YEAR}|{_CN_YEAR})年度?"
#: ``1-12月``, ``1—5月份``, ``12月底``, and months from a day (8月17日至12月底: August on); the
#: first digit is shared by both forms, so that a pattern starting with months starts with a
#: character class.
_MONTHS = (
    r"\d(?:\d?(?:(?:月份?(?:\d{1,2}[日号])?)?[-—–~至到]|、)\d{1,2}月份?(?:\d{1,2}[日号]|底|末)?"
    r"|\d?月份?(?:底|末)?)"
)
_YEAR_IN = re.compile(rf"((?:19|20)\d\d|{_CN_YEAR})年")
#: Two months joined by 、 (4、5月份) are a span when they follow each other.
_MONTH_RANGE = re.compile(r"(\d{1,2})(?:(?:月份?(?:\d{1,2}[日号])?)?([-—–~至到])|(、))(\d{1,2})月")
_MONTH_ONE = re.compile(r"(?<![\d-])(\d{1,2})月")
_NO_ANCHORS: tuple[list[int], list[int]] = ([], [])
#: Words of the year reported on (今年以来, 当年): after them, 全年 is that year.
_NOW_SINCE = re.compile(r"今年|本年|当年|一年来|过去一年")
#: What ends a time looked from (从1—11月运行情况看，, 从全年来看，): no start of a change.
_VIEWED_FROM = re.compile(r"[^，,。；;：:\d]{0,8}?来?看[，,：:]")
#: A level and a multiple after a base year (是2016年1942户的1.6倍).
_LEVEL_OF_BASE = re.compile(r"[\d.,]+[^\d，,。；;]{0,6}?的[\d.]+倍")
#: The end of a situation a time is named in (扭转了上半年下降3.2%的被动局面): its time
#: dates the figures of that situation only.
_SITUATION_END = re.compile(r"[^。；;：:，,]{0,30}?的(?:被动局面|不利局面|局面)")
#: A level of a year that a figure passes or returns to (超过2015年5.96亿元的水平), after one of
#: ``passed_verbs`` in phrases.toml.
_LEVEL_PASSED = re.compile(r"[\d.,]+[^\d，,。；;]{0,6}?的水平")
#: The same in brackets after a year (是2015年（279户）的2.1倍).
_BRACKETED_LEVEL_OF_BASE = re.compile(
    r"(?:末|底)?[（(][\d.,]+[^\d，,。；;（()）]{0,6}?[）)]的[\d.]+倍"  # 是2017年末（79万千瓦）的
)
#: Words after 全年 that make it no time of a figure (完成全年目标的92%).
_NOT_THE_YEAR = ("目标", "任务", "计划")
#: Most characters between the time of an earlier value and the value (由2015年末的52).
ORIGIN_MAX_GAP = 4


def _year_value(printed: str) -> int:
    """A year printed in ASCII digits or in Chinese numerals (二〇二二).

    Examples
    --------
    >>> _year_value("2022"), _year_value("二〇二二")
    (2022, 2022)
    """
    if printed.isascii():
        return int(printed)
    return int(chinese_to_decimal(printed))  # type: ignore[arg-type]


@cache
def _anchor_patterns() -> tuple[re.Pattern[str], ...]:
    """Time phrases, in the order they are tried where several match at one place.

    A cumulative word (截至) and a time; a year, optionally with months or a part of the year;
    months; a part of the year (上半年). Searched apart (see :mod:`indicators.scanning`), they
    match as the alternation of them all would.
    """
    ph = load_phrases()
    parts = ph.period_part_re.pattern
    after_year = rf"(?:{_MONTHS}|{parts})?"
    since = alternation(ph.since) if ph.since else "(?!)"
    seasons = alternation(ph.seasons) if ph.seasons else "(?!)"
    plan_words = alternation(list(ph.plans)) if ph.plans else "(?!)"
    plan_after = alternation([*ph.plan_span, *ph.plan_end, *ph.plan_first]) if ph.plans else "(?!)"
    recent = alternation(list(ph.recent)) if ph.recent else "(?!)"
    opening = alternation(list(ph.recent_opening)) if ph.recent_opening else "(?!)"
    not_before = alternation(list(ph.recent_opening_not_before) or ["(?!)"])
    change = alternation(list(ph.recent_before_change) or ["(?!)"])
    not_after = re.escape("".join(ph.recent_not_after)) or "\n"
    cumulative_words = alternation(list(ph.span_totals)) if ph.span_totals else "(?!)"
    return (
        re.compile(rf"(?:{ph.cumulative})(?:{_YEAR}{after_year}|{_MONTHS}|{parts})"),
        re.compile(
            rf"{_ARABIC_YEAR}(?:年?[-—–~至到]{_ARABIC_YEAR}年度?|年度?(?:{since}))"
            # 2022—2023雪季, 2021/2022年榨季: a season over two years
            rf"|{_ARABIC_YEAR}年?[-—–~/]{_ARABIC_YEAR}(?=年?(?:{seasons}))"
            # 2020年、2021年两年累计: two years joined, and what they total
            rf"|{_ARABIC_YEAR}年[、和与及]{_ARABIC_YEAR}年(?=(?:两年)?(?:{cumulative_words}))"
            rf"|自{_ARABIC_YEAR}年[^，,。；;：:]{{1,8}}?(?:{since})"  # 自2018年开园以来
        ),
        re.compile(rf"{_ARABIC_YEAR}年度?{after_year}"),
        re.compile(rf"{_CN_YEAR}年度?{after_year}"),
        re.compile(_MONTHS),
        re.compile(parts),
        # “十三五”期间; 回顾“十二五”: the plan looked back on
        re.compile(
            rf"(?:{plan_words})[”\"]?(?:{plan_after})|(?<=回顾[“\"])(?:{plan_words})(?=[”\"])"
            # 进入“十三五”，…年均增长6.7%: the plan's years so far
            rf"|进入[“\"](?:{plan_words})[”\"](?=[，,])"
        ),
        # not the first years of a plan (前两年累计), nor this year and the next (今明两年累计)
        re.compile(
            rf"(?<![前今明后])(?:{recent})"
            rf"|(?:^|(?<=[。；;！？!?—]))(?:{opening})(?!{not_before})"  # 五年新建…: opening
            # 企业数量五年翻了一番 (not 连续三年提高, 每两年提高: no span ending this year)
            rf"|(?<=[\u4e00-\u9fff])(?<![{not_after}])(?:{opening})(?={change})"
        ),
        re.compile(
            rf"(?:{alternation([*ph.last_year_words, *ph.review_year_words])})[末底]?"
            r"(?!同期|末|底|的|度)"
        )
        if ph.last_year_words or ph.review_year_words
        else re.compile("(?!)"),
    )


@cache
def _as_of_words() -> re.Pattern[str]:
    """The words of a moment a figure is counted at before an end of a year (截至, 截止到, and
    到 or 至 alone: 到去年底，全镇…)."""
    return re.compile(load_phrases().cumulative)


#: Indices in :func:`_anchor_patterns` of the phrases that start with a cumulative word, of
#: spans of printed years, of plan periods and of the last years.
_CUMULATIVE, _YEAR_SPAN, _PLAN, _RECENT, _LAST_YEAR = 0, 1, 6, 7, 8
_OPENING_QUOTES = frozenset('“"')
_YEARS_IN_SPAN = re.compile(r"((?:19|20)\d\d)年?[-—–~/至到、和与及]((?:19|20)\d\d)")


@dataclass(frozen=True)
class Anchor:
    """A time phrase: its place, year (if printed) and months (if printed)."""

    start: int
    end: int
    year: int | None
    months: tuple[int, int] | None
    first_year: int | None = None  # the first year of a span of years (2016 of 2016..2020)
    origin: bool = False  # after 由/从: the time of the earlier value of a change only
    reach: int = -1  # 在2023年…的基础上: where the time stops applying (its 的基础上)
    compared: bool = False  # 与2015年相比: the time the figures after it are compared with


def carried_span(
    paragraph: Paragraph, report: Report, carried: Anchor | None, layout: Layout | None = None
) -> Anchor | None:
    """The span of years a paragraph with no figure read passes on to the next one
    (“十四五”时期是…的五年。五年来，…), or stops (回顾2025年，…); ``carried`` is the one it
    received. Read only where the paragraph may name a span or another time.

    Examples
    --------
    >>> from indicators import parse_text
    >>> r = parse_text("一、2025年和“十四五”时期工作回顾\\n\\n五年来，我们攻坚克难。\\n")
    >>> span = carried_span(r.paragraphs[1], r, None)
    >>> span.first_year, span.year
    (2021, 2025)
    >>> r = parse_text("一、2025年工作回顾\\n\\n回顾2025年，我们重点做了以下工作。\\n")
    >>> carried_span(r.paragraphs[1], r, span) is None
    True
    """
    if paragraph.kind != "body":
        return None
    if carried is None and not _SPAN_CUES.search(paragraph.text):
        return None
    finder = PeriodFinder(paragraph, report, layout or Layout.of(paragraph.text), carried)
    return finder.span_going_on()


def heading_span(paragraph: Paragraph, report: Report) -> Anchor | None:
    """The span of past years a heading names alone (一、过去五年工作回顾, “十三五”时期工作回顾),
    which the paragraphs of its section go on about where they name no other time; ``None``
    for a heading that names one year too (2020年和“十三五”时期工作回顾), none, or a span that
    has not ended by the year the report reviews.

    Examples
    --------
    >>> from indicators import parse_text
    >>> r = parse_text("一、过去五年工作回顾\\n\\n五年来，我们攻坚克难。\\n\\n"
    ...                "二、2022年工作安排\\n")
    >>> span = heading_span(r.paragraphs[0], r)
    >>> span.first_year, span.year
    (2017, 2021)
    >>> heading_span(r.paragraphs[2], r) is None
    True
    """
    if paragraph.kind != "heading" or not _SPAN_CUES.search(paragraph.text):
        return None
    finder = PeriodFinder(paragraph, report, Layout.of(paragraph.text))
    if len(finder.anchors) != 1:
        return None
    (span,) = finder.anchors
    now = report.review_year
    if span.first_year is None or span.year is None or now is None or span.year > now:
        return None
    return Anchor(0, 0, span.year, None, span.first_year)


#: Words that open the later year of a change (增加到2020年的).
_CHANGE_TO = ("到", "至")
#: A digit: a figure printed in a stretch of text.
_DIGIT = re.compile(r"[0-9０-９]")
#: How many time phrases before some months the year they are of is looked for.
_YEARS_BACK = 4

#: Words of a span of years that a paragraph may open and the next ones go on with.
_SPAN_CUES = re.compile(r"五年|[十][一二三四五六七八九十]?五|以来|年来|期间|时期")


def anchors_in(
    text: str,
    layout: Layout,
    end_year: int | None = None,
    this_year: int | None = None,
    last_year: int | None = None,
) -> list[Anchor]:
    """The time phrases of a paragraph that can set the period of later figures.

    ``end_year`` is the year a span such as ``2016年以来`` or ``过去五年`` runs to (the year the
    paragraph reports on); without it those phrases are not read. ``this_year`` is the year of
    the paragraph's section: 上年 opening a clause (上年全镇社会总产值为82.56亿元) is the year
    before it, for the figures of its phrase only. ``last_year`` is the year before the report
    is delivered, which 去年 opening a clause names.

    Examples
    --------
    >>> t = "截止至2020年1-12月，产值增长7%，比2019年增长5%，上半年增长3%。"
    >>> [(a.year, a.months) for a in anchors_in(t, Layout.of(t))]
    [(2020, (1, 12)), (None, (1, 6))]
    >>> t = "“十三五”期间，投资年均增长9%；2018年以来，产值是2015年的2倍；过去五年，新增3家。"
    >>> [(a.first_year, a.year) for a in anchors_in(t, Layout.of(t), end_year=2020)]
    [(2016, 2020), (2018, 2020), (2016, 2020)]
    """
    ph = load_phrases()
    as_of_words = _as_of_words()
    out: list[Anchor] = []
    for kind, m in leftmost_matches(_anchor_patterns(), text):
        start = m.start()
        if kind == _PLAN and text[start - 1 : start] in _OPENING_QUOTES:
            start -= 1  # a plan name is usually quoted (“十三五”期间): the quote is no shield
        elif layout.shielded(start):
            continue
        if kind != _PLAN and (reach := _compared_with_described_year(text, start, m.end())) > 0:
            year_m = _YEAR_IN.search(m.group(0))  # 与疫情前的2019年（26.38亿元）相比增长19.1%
            if year_m:
                year = _year_value(year_m.group(1))
                out.append(
                    Anchor(start, m.end(), year, None, origin=True, reach=reach, compared=True)
                )
                continue
        if _basis_before().search(text, max(0, start - 10), start):
            year_m = _YEAR_IN.search(m.group(0))
            opener = text[start - 1 : start]
            year = _year_value(year_m.group(1)) if year_m else None
            if year is None and kind == _PLAN and m.group(0).endswith(ph.plan_end):
                span = _span_of(kind, m.group(0), end_year, ph)  # 与“十二五”末相比: 2015
                year = span[1] if span is not None else None
            if year and _compared_after().match(text, m.end()) and opener in ph.compared_openers:
                # 与2019年相比，…由37124元增加到43518元
                out.append(
                    Anchor(start, m.end(), year, None, origin=True, reach=m.end(), compared=True)
                )
            continue
        if text.endswith(("恢复到", "恢复至"), 0, start) or (
            text.endswith("恢复", 0, start) and text[start] in "到至"
        ):
            continue  # 恢复到2019年的94.7%: the base of a recovery, no time of what follows
        after = m.end() + text.startswith(("末", "底"), m.end())  # 是2010年末的2.7倍 too
        moment = ph.multiple_moment.match(text, after)  # 是2015年开园之初5.42亿元的3.6倍
        after = moment.end() if moment is not None else after
        if text.startswith(("的", "同期", "水平"), after) and ph.multiple_base_after.match(
            text, after
        ):
            continue  # the base of a multiple (是2015年的3倍)
        level_of_base = _LEVEL_OF_BASE.match(text, after) or (
            kind != _PLAN and _BRACKETED_LEVEL_OF_BASE.match(text, m.end())
        )  # not 是“十二五”时期（119.86亿元）的1.52倍: the plan's total is of its years
        if level_of_base and text[start - 1 : start] in ("是", "为"):
            continue  # 是2016年1942户的1.6倍: the base and its level, not the time of what follows
        if kind == _LAST_YEAR:
            word = m.group(0).rstrip("末底")
            if word in ph.review_year_words:
                year = last_year
            else:
                year = this_year - 1 if this_year is not None else None
            base_end = _base_clause_end(text, start, m.end())
            clause = layout.clause_start(start)
            as_of = word != m.group(0) and as_of_words.fullmatch(text, clause, start) is not None
            opens = as_of or (clause == start and text.startswith(("，", ","), m.end()))
            if word != m.group(0) and base_end < 0 and not opens:
                continue  # 去年底 opens no clause of its own: only a base (在去年底…的基础上),
                # unless it opens one with a comma (上年末，全县共有…89户) or after 截至
                # (截至去年底全镇已累计脱贫1205户)
            if year is not None and base_end >= 0:  # 在去年完成户厕改造1268户的基础上
                out.append(Anchor(start, m.end(), year, None, origin=True, reach=base_end))
            elif year is not None and (clause == start or as_of):
                # 上年全镇…52.3亿元，力争达到55.4亿元: its phrase (the next, after 上年，)
                after = m.end() + 1 if text.startswith(("，", ","), m.end()) else start
                reach = layout.phrase_end(after)
                if word in ph.review_year_sentence_words:  # 过去一年，…，办理…386件: the sentence
                    reach = layout.sentence(start)[1]
                out.append(Anchor(start, m.end(), year, None, origin=True, reach=reach))
            continue
        if kind in (_YEAR_SPAN, _PLAN, _RECENT):
            to_year = end_year
            if (
                kind == _RECENT
                and out
                and out[-1].year
                and not out[-1].first_year
                and not out[-1].origin  # 由2011年的6.84亿元…五年累计: not to 2011
                and layout.sentence(start)[0] <= out[-1].start
            ):  # 到2020年…五年累计: the five years to 2020
                to_year = out[-1].year
            span = _span_of(kind, m.group(0), to_year, ph)
            plan = next(  # the last span opening a sentence (among the last few phrases)
                (
                    a
                    for a in reversed(out[-_SPANS_BACK:])
                    if a.first_year and _opens_sentence(text, layout, a)
                ),
                None,
            )
            if (
                kind == _RECENT
                # 五年累计 after the plan, and 五年来, 五年间 after a plan that has just ended
                # (回顾“十二五” in 2016): its years; not 过去五年 (of now)
                and (
                    "累计" in m.group(0)
                    or (
                        ("来" in m.group(0) or "间" in m.group(0))
                        and plan is not None
                        and plan.year is not None
                        and end_year is not None
                        and end_year - plan.year <= 1
                    )
                )
                and plan is not None
                and span is not None
                and to_year == end_year
                and plan is not None
                and plan.first_year is not None
                and plan.year is not None
                and plan.year - plan.first_year == span[1] - span[0]
            ):  # “十二五”期间，…。五年累计完成…: the five years of that plan
                span = (plan.first_year, plan.year)
            if span is not None:
                first, last = span
                first_year = first if first < last else None
                if kind == _YEAR_SPAN and _EACH_YEAR_AFTER.match(text, m.end()):
                    # 2021年至2024年分别为…；旅游综合收入由2020年的…增加到126.85亿元: the years
                    # of the list's figures, to the end of its item only
                    reach = layout.item_end(start)
                    out.append(Anchor(m.start(), m.end(), last, None, first_year, True, reach))
                    continue
                if (
                    kind in (_YEAR_SPAN, _PLAN)
                    and text.startswith(ph.per_year_words, m.end())
                    and not _opens_sentence(text, layout, Anchor(start, m.end(), last, None))
                ):  # …的3.2倍，2016—2019年年均增长34.0%；其中跨境电商…, “十四五”期间年均增长
                    # 12.7%；高新技术企业…: the years of that average growth, to its phrase's end
                    reach = layout.phrase_end(m.end())
                    out.append(Anchor(m.start(), m.end(), last, None, first_year, True, reach))
                    continue
                paren = layout.paren_of(start)
                if paren is not None and kind == _YEAR_SPAN:  # 三年行动计划（2018—2020年）：
                    # the years of the plan named, no time of the figures after the brackets
                    out.append(Anchor(m.start(), m.end(), last, None, first_year, True, paren[1]))
                    continue
                out.append(Anchor(m.start(), m.end(), last, None, first_year))
            continue
        phrase = m.group(0)
        year_m = _YEAR_IN.search(phrase)
        year = _year_value(year_m.group(1)) if year_m else None
        rest = phrase[year_m.end() :] if year_m else phrase
        months: tuple[int, int] | None = None
        part = ph.period_part_re.search(rest)
        rng = _MONTH_RANGE.search(rest)
        one = _MONTH_ONE.search(rest)
        whole_year = False
        if rng:
            months = _months_of_range(rng)
            if months is None:
                continue  # 3、6月: two months apart, no span
        elif one:
            last = int(one.group(1))
            cumulative = kind == _CUMULATIVE and not ph.change_to.search(
                text, max(0, start - 3), start + 1
            )  # 由11月份的2632件下降到12月份的2416件: 到 of the change, not 截至
            months = (1, last) if cumulative else (last, last)
        elif part:
            months = ph.period_parts[part.group(0)]
            if months == (1, 12):
                months = None  # 全年: the whole year, which ends the reach of 上半年 before it
                whole_year = not text.startswith(_NOT_THE_YEAR, m.end())  # 全年目标: no time
        if months and not (1 <= months[0] <= months[1] <= 12):
            continue
        if year is None and months is None and not whole_year:
            continue
        origin = text.endswith(ph.change_from, max(0, start - 1), start) and not (
            _VIEWED_FROM.match(text, m.end())  # 从1—11月运行情况看，…: the time of what follows
        )
        if year is not None and months is None and _compared_after().match(text, m.end()):
            # 与“十二五”末的2015年相比，…由10.36亿元增加到12.48亿元: the time of the earlier
            # values only, not of the figures after it
            out.append(
                Anchor(m.start(), m.end(), year, None, origin=True, reach=m.end(), compared=True)
            )
            continue
        if year is not None and months is None and not origin:
            if text.endswith(ph.year_object_verbs, 0, start):  # 继2022年首次突破80亿元之后，
                # …, 巩固2023年…态势: an earlier event's time, for its own phrase only
                reach = layout.phrase_end(m.end())
                out.append(Anchor(m.start(), m.end(), year, None, origin=True, reach=reach))
                continue
            relative = _RELATIVE_AFTER.match(text, m.end())
            if relative is not None and not _TIME_CHARS.search(relative.group(1)):
                continue  # 2020年引进的…项目今年全面达产: the time of a thing named, no figure's
        reach = _base_clause_end(text, start, m.end())
        if reach < 0 and months is None and (goal := _GOAL_OF_YEAR.match(text, m.end())):
            reach = goal.end()  # 已完成规划确定的2020年目标800亿元的76.6%；…: that goal only
        if reach < 0 and (frame := _SITUATION_END.match(text, m.end())):
            reach = frame.end()  # 扭转了一季度下降8.6%、上半年下降3.2%的被动局面: those only
        if reach < 0 and text.endswith(ph.passed_verbs, 0, start):
            passed = _LEVEL_PASSED.match(text, m.end())
            if passed:  # 收入规模超过2015年5.96亿元的水平: the time of that level only
                reach = passed.end()
        in_effect = next((a.year for a in reversed(out) if a.year is not None), this_year)
        if (
            reach < 0
            and months is None
            and year != in_effect  # (今后五年…年均增长8%左右，到2025年达到600亿元；…: the plan's)
            and _goal_within_item(text, layout, start, m.end())
        ):
            reach = layout.item_end(start)  # 产值达到17.5亿元，到2027年突破20亿元；产量…: that item
        paren = layout.paren_of(start)
        if reach < 0 and paren is not None:
            reach = paren[1]  # （2020年为162.38亿元）: a time in brackets, for them alone
        if reach < 0 and year is not None and _after_of_which(text, start):
            reach = layout.item_end(start)  # …年均增长11.3%，其中2016年增长13.0%；城镇…
        elif reach < 0 and year is not None and out and out[-1].year is not None:
            item_end = layout.item_end(start)  # 其中2015年12个28.6亿元、2016年16个35.6亿元；
            if out[-1].reach == item_end and text[start - 1 : start] in "、，,":  # the list's
                reach = item_end
        out.append(
            Anchor(m.start(), m.end(), year, months, origin=origin or reach >= 0, reach=reach)
        )
    if "季度" in text:
        out = _with_listed_quarters(text, layout, out)
    return out


def _goal_within_item(text: str, layout: Layout, start: int, end: int) -> bool:
    """Whether a year at ``start`` is a later goal's (到2027年) set within an item after a
    figure of its own (力争产值达到17.5亿元，到2027年突破20亿元；…): the goal's time reaches
    to the end of that item only."""
    if not (text.startswith(("到", "至"), start) and text.endswith(_GOAL_YEAR_WORDS, 0, start)):
        return False  # (not 由…增加到2023年的…: the end of a change)
    if text.startswith(("，", ",", "：", ":", "底", "末"), end):
        return False  # 到2025年，…: a time opening what follows, past the item
    item = max(layout.sentence(start)[0], layout.item_start(start))
    return any(ch.isdigit() for ch in text[item : start - 1])


#: The words before 到 and a year that make it the time a goal is to be reached by (，到2027年).
_GOAL_YEAR_WORDS = ("，", ",", "，力争", "，争取")


#: A quarter named by its ordinal alone in a list the last item of which names 季度 (一、二、
#: 三、四季度分别实现…): each ordinal is that quarter.
_LISTED_QUARTER = re.compile(  # (增加值一、二、三、四季度分别增长…; 第一、二季度)
    r"(?<![\d一二三四五六七八九十])([一二三四])(?=(?:[、和及][一二三四])*[、和及][一二三四]季度)"
)


def _with_listed_quarters(text: str, layout: Layout, anchors: list[Anchor]) -> list[Anchor]:
    """``anchors`` with one for each quarter a list names by its ordinal alone (一、二、三、四季度:
    the first three), in order of place."""
    quarters = load_phrases().period_parts
    found = [
        Anchor(m.start(), m.end(), None, quarters[f"{m.group(1)}季度"])
        for m in _LISTED_QUARTER.finditer(text)
        if not layout.shielded(m.start()) and f"{m.group(1)}季度" in quarters
    ]
    return sorted([*anchors, *found], key=lambda a: a.start) if found else anchors


#: How many time phrases before a figure are read for the year it is compared with.
_COMPARED_BACK = 8


@cache
def _compared_with_described_year(text: str, start: int, end: int) -> int:
    """Where a year compared with after words that describe it ends, with its level in
    brackets (与疫情前的2019年（26.38亿元）相比): the end of those brackets or of the year; -1
    when the year is no such one."""
    ph = load_phrases()
    before = text[max(0, start - _DESCRIBED_MAX) : start]
    opener = max((before.rfind(w) for w in ph.compared_openers), default=-1)
    if opener < 0 or not before.endswith("的") or _CLAUSE_MARK.search(before, opener):
        return -1
    level = _BRACKETED_LEVEL.match(text, end)
    after = level.end() if level else end
    if not text.startswith(ph.compared_after, after):
        return -1
    return after


#: How many characters of description a year compared with may follow (与疫情前的2019年).
_DESCRIBED_MAX = 10
_CLAUSE_MARK = re.compile(r"[，,；;。]")
#: A level printed in brackets right after a year (2019年（26.38亿元）).
_BRACKETED_LEVEL = re.compile(r"[（(][^）)]{1,20}[）)]")


def _compared_after() -> re.Pattern[str]:
    """The words after a year compared with (与2015年相比，, 同2015年比较，): ``compared_after``
    in phrases."""
    return re.compile(rf"(?:末|底)?(?:{alternation(load_phrases().compared_after)})[，,]")


#: 在2023年营业收入增长8.9%的基础上，…目标是: the figures of that year are a base only (and
#: 在2017年遭受严重干旱…的情况下，…: the figures of that year are the setting only).
#: The end of a base clause (在2023年…的基础上; 在2020年基础上, right after its year).
_BASE_CLAUSE_END = re.compile(r"(?:[^。；;：:]{0,60}?的)?(?:基础上|情况下|背景下|形势下)")


@cache
def _base_figure_end() -> re.Pattern[str]:
    """``以2021年1.386亿元为基数``, up to its 为基数 (``base_figure_words`` in phrases): the
    figure of that year is the base of the target after it only."""
    return re.compile(
        rf"[^。；;：:，,]{{0,30}}?为(?:{alternation(load_phrases().base_figure_words)})"
    )


def _after_of_which(text: str, start: int) -> bool:
    """Whether the time phrase at ``start`` follows 其中 (其中2016年增长13.0%): a part of a
    span's figure, whose year reaches no further than its item."""
    return text.endswith(("其中", "其中，", "其中,"), max(0, start - 3), start)


#: A base clause naming no time (在累计租赁飞机1862架的基础上，): in the plan, the level
#: the year under review reached.
_BASE_OF_NOW = re.compile(
    r"(?<![^，,；;。：:\s])在(?=[^。；;：:，,]{0,40}?\d[^。；;：:，,]{0,20}?的基础上)"
)


def _with_bases_of_now(anchors: list[Anchor], text: str, year: int) -> list[Anchor]:
    """``anchors`` with one more for each base clause of a plan paragraph that names no
    time (在累计租赁飞机1862架的基础上，年内力争突破2000架): its figures are of ``year``,
    the year under review, up to its 的基础上."""
    added = []
    for m in _BASE_OF_NOW.finditer(text):
        end = _base_clause_end(text, m.end(), m.end())
        if end < 0 or any(m.start() <= a.start < end for a in anchors):
            continue  # 在2023年…的基础上: dated by its own time
        if any(w in text[m.end() : end] for w in load_phrases().plan_base_words):
            continue  # 在茶园总面积稳定在4.86万亩的基础上, 在实现…增长8%的基础上: the plan's
        added.append(Anchor(m.end(), m.end(), year, None, origin=True, reach=end))
    return sorted([*anchors, *added], key=lambda a: a.start) if added else anchors


@cache
def _basis_before() -> re.Pattern[str]:
    """What makes a time the base of a comparison (比2015年, 与“十二五”末, 比“十二五”末的2015年:
    the plan's end named by its year too)."""
    plan_end = load_phrases().plan_end_pattern
    return re.compile(rf"(?:比|较|与|同|相比|对比)[“\"]?$|(?:比|较|与){plan_end}的$")


def _base_clause_end(text: str, start: int, end: int) -> int:
    """Where ``在…的基础上`` (or ``以…为基数``) ends, when the time phrase at ``start`` opens
    it; else -1."""
    opener = text[start - 1 : start]
    if opener not in ("在", "以"):
        return -1
    m = (_BASE_CLAUSE_END if opener == "在" else _base_figure_end()).match(text, end)
    return m.end() if m else -1


def _span_of(kind: int, phrase: str, end_year: int | None, ph) -> tuple[int, int] | None:
    """First and last year of a span phrase (a plan's end is one year), or ``None``."""
    if kind == _YEAR_SPAN:
        years = _YEARS_IN_SPAN.match(phrase)
        if years:
            first, last = int(years.group(1)), int(years.group(2))
            return (first, last) if first <= last else None
        first = int(phrase.lstrip("自")[:4])  # 2016年以来: to the year of the report
        return (first, end_year) if end_year is not None and first <= end_year else (first, first)
    if kind == _PLAN:
        entered = phrase.startswith("进入")  # 进入“十三五”: to the year reported on
        phrase = phrase.removeprefix("进入").strip('“”"') if entered else phrase
        for name, (first, last) in ph.plans.items():
            if entered and phrase == name:  # (no span in the plan for its first year:
                if end_year is None or first > end_year:  # 进入“十四五”，…达到306.5亿元)
                    return None
                return first, min(last, end_year)
            if phrase.startswith(name):
                years = next((n for w, n in ph.plan_first.items() if phrase.endswith(w)), 0)
                if years:  # “十三五”前两年: its first two years
                    return first, first + years - 1
                ends = phrase.endswith(ph.plan_end) and not phrase.endswith(ph.plan_span)
                if ends:
                    return last, last
                if phrase.endswith(ph.since) and end_year is not None and first <= end_year:
                    return first, end_year  # “十四五”以来, “十三五”以来: to the year reported on
                return first, last
        return None
    n = ph.recent.get(phrase) or ph.recent_opening.get(phrase)
    if not n or end_year is None:
        return None
    return (end_year - n + 1, end_year) if n > 0 else (end_year + 1, end_year - n)


def section_year(paragraph: Paragraph, report: Report) -> int | None:
    """The year a paragraph is about when its sentences do not say it.

    The innermost heading of its section that names a year wins; otherwise the review year
    for the review part and the plan year for the plan part.
    """
    for title in reversed(paragraph.section):
        years = list(_YEAR_IN.finditer(title))
        if len(years) > 1 and _appendix_years(
            title, years[-2].end(), years[-1].start(), years[-1].end()
        ):
            # 附件：2016年主要经济指标完成情况和2017年预期目标: the figures are 2016's; the
            # targets say their own year
            return _year_value(years[-2].group(1))
        if years:
            return _year_value(years[-1].group(1))
    if paragraph.part == "review":
        return report.review_year
    if paragraph.part == "plan":
        plan_end = _plan_end_of_titles(paragraph.section, report.plan_year)
        return plan_end or report.plan_year
    return None


def _plan_end_of_titles(titles: tuple[str, ...], plan_year: int | None) -> int | None:
    """``二、“十四五”时期主要目标``: the last year of the five-year plan whose period (时期,
    期间, 规划) a heading of the plan part names with its targets, when that plan runs past
    the year planned (its targets are for its end)."""
    ph = load_phrases()
    for title in reversed(titles):
        if not any(w in title for w in ph.appendix_target_words):
            continue  # （一）奋力开好“十四五”新局: the plan named, not its targets
        for name, (_, last) in ph.plans.items():
            at = title.find(name)
            if at < 0 or (plan_year is not None and last <= plan_year):
                continue
            after = title[at + len(name) :].lstrip('”"')
            if after.startswith((*ph.plan_span, "规划")):  # “十四五”时期主要目标
                return last
    return None


def _appendix_years(title: str, first_end: int, last_start: int, last_end: int) -> bool:
    """Whether a heading names the year of its figures and, last, the year of its targets
    (附件：2016年主要经济指标完成情况和2017年预期目标), not a span of years."""
    ph = load_phrases()
    between = title[first_end:last_start]
    after = title[last_end : last_end + _TARGET_WORDS_CHARS]
    return any(w in between for w in ph.appendix_done_words) and any(
        w in after for w in ph.appendix_target_words
    )


#: How far after the last year of a heading its target words are looked for (主要…预期目标).
_TARGET_WORDS_CHARS = 12


def section_months(paragraph: Paragraph) -> tuple[int, int] | None:
    """The months a paragraph is about when its sentences do not say: those of the innermost
    heading of its section that names a part of the year or months (``一、上半年工作回顾``,
    ``一、1—9月工作情况``); ``None`` for a whole year.

    Examples
    --------
    >>> from indicators import parse_text
    >>> r = parse_text("一、上半年工作回顾\\n\\n投资9.86亿元。\\n\\n二、下半年安排\\n\\n增长5%。")
    >>> [section_months(p) for p in r.paragraphs if p.kind == "body"]
    [(1, 6), None]
    """
    return _months_of_titles(paragraph.section)


def _months_of_range(rng: re.Match[str]) -> tuple[int, int] | None:
    """The first and last month of a range of months (1—5月; 4、5月份 when they follow each
    other); ``None`` for two months joined by 、 that do not (3、6月)."""
    months = (int(rng.group(1)), int(rng.group(4)))
    if rng.group(3) and months[1] != months[0] + 1:
        return None
    return months


@lru_cache(maxsize=256)
def _months_of_titles(section: tuple[str, ...]) -> tuple[int, int] | None:
    ph = load_phrases()
    for title in reversed(section):
        rng = _MONTH_RANGE.search(title)
        months = _months_of_range(rng) if rng else None
        if months is not None and 1 <= months[0] <= months[1] <= 12:
            return None if months == (1, 12) else months
        part = ph.period_part_re.search(title)
        if part:
            months = ph.period_parts[part.group(0)]
            return None if months == (1, 12) or months[0] != 1 else months
    return None


def format_period(
    year: int | None, months: tuple[int, int] | None, first_year: int | None = None
) -> str:
    """Period text: ``2020``, ``2020-01..2020-06``, ``-01..-06`` when the year is unknown, or
    ``2016..2020`` for the years ``first_year`` to ``year``.

    Examples
    --------
    >>> format_period(2020, None), format_period(2020, (1, 12)), format_period(None, (1, 6))
    ('2020', '2020-01..2020-12', '-01..-06')
    >>> format_period(None, None), format_period(2020, None, 2016)
    ('', '2016..2020')
    """
    if first_year and year and first_year < year and months is None:
        return f"{first_year}..{year}"
    y = str(year) if year else ""
    if months is None:
        return y
    a, b = months
    return f"{y}-{a:02d}..{y}-{b:02d}"


#: Words after a span of years that make it the years of a list of figures (2021年至2024年
#:分别为…, 2016年至2020年依次为…).
_EACH_YEAR_AFTER = re.compile(r"[^，,；;。]{0,12}?(?:分别|依次)")
#: How many parts joined by 、 a part of a total over a span of years is looked back through.
_LISTED_PARTS_MAX = 8
#: How many time phrases back a span of years is looked for (五年累计 after “十二五”期间).
_SPANS_BACK = 12
#: How far (characters) a span of years opening a sentence dates the changes after it.
_SPAN_REACH = 600
#: Words of the time of the report, which end the reach of a span of years before them.
_NOW_WORDS = re.compile(
    r"今年|本年|当年|一年来|过去一年|全年|去年|上年|年内|同比|(?:^|(?<=[，,。；;]))年(?:末|底)"
)


#: A word of the report's year opening a clause (…；今年税收收入…): a span of years before it
#: in its sentence no longer dates the figures after it.
_NOW_OPENING = re.compile(r"[，,；;：:](?:今年|本年|当年|一年来|过去一年|全年|年内)")


def now_words() -> re.Pattern[str]:
    """The words of the time of the report (今年, 全年, 年末 …), which end the reach of a
    span of years before them.

    Examples
    --------
    >>> bool(now_words().match("全年")), bool(now_words().match("五年来"))
    (True, False)
    """
    return _NOW_WORDS


#: A goal for a year named after the year (2020年目标800亿元): the year is the goal's alone.
_GOAL_OF_YEAR = re.compile(
    r"(?:的)?(?:目标|奋斗目标|目标任务)(?:值|为)?\d[\d.]*[^\d\s，,。；;的]{0,4}"
)

#: A year that opens a relative clause (2020年引进的…, 2021年出台的…): the words of the
#: clause, which must name no time (not 2020年全年的…).
_RELATIVE_AFTER = re.compile(r"([\u4e00-\u9fff]{2,4}?)的(?![\d一二三四五六七八九十两])")
_TIME_CHARS = re.compile(r"[年月季底末全期来半初内]")
#: Words of the whole year (or of an estimate of it), which end the reach of months to date
#: before them.
_WHOLE_YEAR_WORDS = re.compile(r"全年|今年|本年|当年|年内|一年来|过去一年|预计|预期")
#: A year printed as a number (2015年).
_YEAR_NUMBER = re.compile(r"((?:19|20)\d\d)年")


class PeriodFinder:
    """Periods and kinds of the figures of one paragraph."""

    def __init__(
        self,
        paragraph: Paragraph,
        report: Report,
        layout: Layout,
        carried: Anchor | None = None,
    ) -> None:
        self.paragraph = paragraph
        self.report = report
        self.layout = layout
        #: The span of years the paragraphs before went on about (这五年，…), which this one
        #: goes on with until it names another time (see :func:`carried_span`).
        self.carried = carried
        self.default_year = section_year(paragraph, report)
        self.default_months = section_months(paragraph)
        review_words = load_phrases().review_year_words
        delivered = (  # 去年 is the year before the report is delivered (read only when printed)
            year_delivered(report) if any(w in paragraph.text for w in review_words) else None
        )
        end_year = report.review_year or self.default_year
        if carried is not None and carried.first_year and carried.year and end_year:
            end_year = min(end_year, carried.year)  # 十二五 reviewed in 2017: its five years
        self.anchors = anchors_in(
            paragraph.text,
            layout,
            end_year=end_year,
            this_year=self.default_year,
            last_year=delivered - 1 if delivered else None,
        )
        reviewing_years = carried is not None or _SPAN_CUES.search("".join(paragraph.section))
        dated = self._dated_change_opening() if paragraph.part == "review" else None
        dated = dated if reviewing_years else None  # (…2023年工作回顾: a census year cited)
        if dated is not None and dated != carried:
            # 地区生产总值由2015年的…增加到2020年的…；…。五年累计…: the paragraph reviews the
            # span its first change runs over, as if it were carried in (its 五年 end in 2020)
            self.carried = dated
            if end_year is None or dated.year < end_year:
                self.anchors = anchors_in(
                    paragraph.text,
                    layout,
                    end_year=dated.year,
                    this_year=self.default_year,
                    last_year=delivered - 1 if delivered else None,
                )
        ph = load_phrases()
        if paragraph.part == "plan":  # 三年实现…翻番: years ahead, no span of past years
            opening = ph.recent_opening
            self.anchors = [
                a for a in self.anchors if paragraph.text[a.start : a.end] not in opening
            ]
        if paragraph.part == "plan" and self.default_year is not None:
            self.anchors = _with_bases_of_now(self.anchors, paragraph.text, self.default_year - 1)
        text = paragraph.text
        blocked = [m.span() for m in ph.not_target.finditer(text)]
        self.targets = [
            (m.start(), m.group(0))
            for m in ph.target.finditer(text)
            if not _inside(blocked, m.start())
        ]
        self.stances = [
            (m.start(), m.group(0))
            for m in ph.stance.finditer(text)
            if not _inside(blocked, m.start())
        ]
        self._anchor_starts = [a.start for a in self.anchors]
        # Indices of the anchors in each parenthetical (None: outside any), and their starts.
        self._anchors_in_paren: dict[tuple[int, int] | None, tuple[list[int], list[int]]] = {}
        for i, a in enumerate(self.anchors):
            where = layout.paren_of(a.start)
            if where not in self._anchors_in_paren:
                self._anchors_in_paren[where] = ([], [])
            indices, starts = self._anchors_in_paren[where]
            indices.append(i)
            starts.append(a.start)
        # For each anchor, the last one up to it that is not the time of an earlier value
        # (only needed when there is such an anchor).
        self._plain_up_to: dict[tuple[int, int] | None, list[int]] = {}
        if any(a.origin for a in self.anchors):
            self._plain_up_to = {
                where: list(
                    accumulate(
                        indices, lambda last, i: last if self.anchors[i].origin else i, initial=-1
                    )
                )[1:]
                for where, (indices, _) in self._anchors_in_paren.items()
            }
        self._target_starts = [at for at, _ in self.targets]
        self._actual_starts = [m.start() for m in ph.actual.finditer(text)]
        # How many of the first n target words are more than an estimate (预计) or, in a
        # review, than what was obtained (争取).
        self._firm_targets = list(
            accumulate(
                (w not in ph.estimate and w not in ph.obtained for _, w in self.targets),
                initial=0,
            )
        )
        # Where each target word stops reaching: the clause mark after 目标 when it names a
        # target compared with (…的预期目标，), else nowhere in the paragraph.
        self._reach = [_target_reach(text, at + len(w)) for at, w in self.targets]
        self._stance_starts = [at for at, _ in self.stances]
        # The time of an earlier value (由2020年末的86万千瓦) is not the year of later time words
        # (全年, 上半年), nor is a plan's time or a span of years closed before the year
        # reported on (“十二五”末，…186家；全年新增…: the year under review); see _of_plan.
        self._years_so_far = list(
            accumulate(
                (None if a.origin or self._of_plan(a) else a.year for a in self.anchors),
                _latest_year,
            )
        )
        # The last span of years (过去五年, “十三五”期间) up to each anchor, if any, and the
        # last one that opens its sentence (not 是“十二五”时期的1.7倍, the base of a multiple).
        self._spans_so_far: list[Anchor | None] = []
        self._opening_spans_so_far: list[Anchor | None] = []
        if any(a.first_year for a in self.anchors):
            self._spans_so_far = list(
                accumulate((a if a.first_year else None for a in self.anchors), _latest_span)
            )
            opening = (
                a if a.first_year and _opens_sentence(paragraph.text, layout, a) else None
                for a in self.anchors
            )
            self._opening_spans_so_far = list(accumulate(opening, _latest_span))

    def _dated_change_opening(self) -> Anchor | None:
        """The span of the change that opens the paragraph's figures with both its years
        printed (地区生产总值由2015年的562.40亿元增加到2020年的1018.62亿元, as 2016..2020),
        when it runs over two years or more and ends before the year the section reviews;
        ``None`` otherwise."""
        if len(self.anchors) < 2:
            return None
        first, then = self.anchors[0], self.anchors[1]
        now = self.default_year or self.report.review_year
        if not first.origin or then.origin or first.year is None or then.year is None:
            return None
        if then.first_year is not None or then.months or first.months or now is None:
            return None
        text = self.paragraph.text
        if not text.startswith(_CHANGE_TO, then.start) or _DIGIT.search(text, 0, first.start):
            return None  # (a figure before: the paragraph opens with another)
        if self.layout.sentence(first.start) != self.layout.sentence(then.start):
            return None
        if not (then.year - first.year >= 2 and then.year < now):
            return None
        return Anchor(0, 0, then.year, None, first.year + 1)

    def _of_plan(self, a: Anchor) -> bool:
        """Whether a time phrase names a plan's time (“十二五”末, “十三五”时期) or a span of
        years closed before the year reported on (2020—2022年): not the year of the figures
        after it (2019年以来, open, still names this year)."""
        phrase = self.paragraph.text[a.start : a.end]
        if any(plan in phrase for plan in load_phrases().plans):
            return True
        closed = a.first_year is not None and a.year is not None
        return closed and self.default_year is not None and a.year < self.default_year

    def anchor_before(self, pos: int, floor: int | None = None) -> Anchor | None:
        """The last time phrase before ``pos`` in its sentence (and its parenthetical)."""
        start = self.layout.sentence(pos)[0] if floor is None else floor
        paren = self.layout.paren_of(pos)
        found = -1
        for where in (None,) if paren is None else (None, paren):
            indices, starts = self._anchors_in_paren.get(where, _NO_ANCHORS)
            k = bisect.bisect_left(starts, pos)
            if not k or starts[k - 1] < start:
                continue
            i = indices[k - 1]
            if self.anchors[i].origin and not self._own_figure(self.anchors[i], pos):
                # 由2016年的402.5亿元增加到612.8亿元；…由64.2%提高到71.5%: 2016 is the time of
                # 402.5 alone, not of the figures after it.
                i = self._plain_up_to[where][k - 1]
                if i < 0 or self.anchors[i].start < start:
                    continue
            found = max(found, i)
        if found < 0:
            return None
        a = self.anchors[found]
        if a.first_year is not None and self._now_opening_between(a.end, pos):
            return None  # 三年来，…年均增长8.8%；今年税收收入由14.06亿元…: the year's own
        if floor is None and a.months and self.layout.item_start(pos) > a.end:
            item = self.layout.item_start(a.start)
            if not self._opens(a) and self._figure_between(item, found):
                # …，下降5.3%，1—4月仅恢复到…；网络零售额增长24.7%: months named inside an
                # item, after a figure of its own, end with it (2022年，…: the year before them)
                own = self.anchor_before(pos, floor=self.layout.item_start(pos))
                return own or self._year_before_months(found, start)
        return a

    def _figure_between(self, start: int, k: int) -> bool:
        """Whether a figure is printed from ``start`` to the ``k``-th time phrase: a digit
        outside the time phrases there (与2021年相比，1—4月…: none)."""
        text = self.paragraph.text
        pos = start
        for a in self.anchors[max(0, k - _YEARS_BACK) : k]:
            if a.end <= pos:
                continue
            if _DIGIT.search(text, pos, max(pos, a.start)):
                return True
            pos = max(pos, a.end)
        return _DIGIT.search(text, pos, self.anchors[k].start) is not None

    def _year_before_months(self, k: int, start: int) -> Anchor | None:
        """The year printed for the whole year before the ``k``-th time phrase, from ``start``
        on (2022年，…，1—4月…: 2022), else ``None``."""
        for a in reversed(self.anchors[max(0, k - _YEARS_BACK) : k]):
            if a.start < start:
                return None
            if a.year is not None and a.months is None and a.first_year is None and not a.origin:
                return a
        return None

    def compared_year(self, pos: int, item: bool = False) -> int | None:
        """The year the figures at ``pos`` are compared with, when a phrase before it in its
        sentence (or, with ``item``, its item) names one (与“十二五”末的2015年相比，…由10.36亿元
        增加到12.48亿元: 2015).

        Examples
        --------
        >>> from indicators import parse_text as parse
        >>> report = parse("一、2017年工作回顾\\n\\n与2015年相比，收入由10.36亿元增至12.48亿元")
        >>> p = report.paragraphs[-1]
        >>> PeriodFinder(p, report, Layout.of(p.text)).compared_year(p.text.index("10.36"))
        2015
        """
        start = self.layout.item_start(pos) if item else self.layout.sentence(pos)[0]
        k = bisect.bisect_left(self._anchor_starts, pos)
        floor = max(0, k - _COMPARED_BACK)  # the last few: linear on an endless sentence
        while k > floor and self.anchors[k - 1].start >= start:
            k -= 1
            if self.anchors[k].compared:
                return self.anchors[k].year
            if not self.anchors[k].origin and self.anchors[k].year is not None:
                return None  # 与2019年相比，…；2021年…: a time of its own
        return None

    def _own_figure(self, anchor: Anchor, pos: int) -> bool:
        """Whether the figure at ``pos`` is the one right after a time phrase (由2016年的402.5),
        or inside the base clause it opens (在2023年营业收入增长8.9%的基础上)."""
        if anchor.reach >= 0:
            return pos < anchor.reach
        between = self.paragraph.text[anchor.end : pos]
        return len(between) <= ORIGIN_MAX_GAP and not any(c.isdigit() for c in between)

    def year_before(self, pos: int, whole_year: bool = False) -> int | None:
        """The last year printed before ``pos`` in the paragraph (or the section's year), other
        than the time of an earlier value or of a plan; with ``whole_year`` (the year of 全年),
        a year of an earlier sentence only when it opens that sentence and no word of the year
        reported on (今年以来) comes between, nor, in the plan, when it is past (…增加到2015年的
        228.60亿元。…全年新增…: the year under review; 2020年，面对…。全年新增…: 2020)."""
        i = bisect.bisect_left(self._anchor_starts, pos)
        year = self._years_so_far[i - 1] if i else None
        if whole_year and year is not None:
            start = self.layout.sentence(pos)[0]
            given = next(
                (a for a in reversed(self.anchors[:i]) if a.year == year and not a.origin), None
            )
            past = (  # (2024年我镇…。…全年组织…: in the plan, the year planned for)
                self.paragraph.part == "plan"
                and self.default_year is not None
                and year < self.default_year
            )
            now = given is not None and _NOW_SINCE.search(self.paragraph.text, given.end, pos)
            if (
                given is not None
                and given.start < start
                and (past or now or not self._opens(given))
            ):
                year = None  # …增加到2015年的228.60亿元。…全年新增…: not of that year (but
                # 2020年，面对…。全年新增…: of the year that opened the sentence before)
        return year or self.default_year

    def _opens(self, a: Anchor) -> bool:
        """Whether a time phrase opens its sentence or its paragraph (2020年，…)."""
        return _opens_sentence(self.paragraph.text, self.layout, a)

    def period(self, pos: int) -> tuple[int | None, tuple[int, int] | None]:
        """Year and months of a figure at ``pos``."""
        year, months, _ = self.span(pos)
        return year, months

    def span(self, pos: int) -> tuple[int | None, tuple[int, int] | None, int | None]:
        """Year and months of a figure at ``pos``, and the first year when it is of a span of
        years (``“十三五”期间``: 2020, no months, 2016)."""
        anchor = self.anchor_before(pos)
        if anchor is None:
            span = self._span_total(pos)
            if span is not None:
                return span.year, None, span.first_year
            span = self._span_reached(pos)
            if span is not None:
                return span.year, None, None
            months = self._months_opening(pos)
            if months is not None:  # 1—11月，辖区实现税收总额…。批发零售业实现税收…
                return months.year or self.year_before(months.start), months.months, None
            return self.default_year, self.default_months, None
        year = anchor.year or self.year_before(anchor.start, whole_year=anchor.months is None)
        return year, anchor.months, anchor.first_year

    def span_from(self, pos: int, origin: int) -> Anchor | None:
        """The span of years opened earlier in the paragraph (or carried into it) that starts
        the year after ``origin``, the printed year a change at ``pos`` runs from (回顾“十二五”，
        …。一般公共预算收入由2010年的18.70亿元增加到48.62亿元: to 2015), when it has ended by
        the section's year; ``None`` otherwise."""
        i = bisect.bisect_left(self._anchor_starts, pos)
        span = self._opening_spans_so_far[i - 1] if i and self._opening_spans_so_far else None
        s_start = self.layout.sentence(pos)[0]
        if span is None and any(
            a.year is not None and not a.origin and a.first_year is None and a.start >= s_start
            for a in self.anchors[max(0, i - _SPANS_BACK) : i]
        ):
            return None  # 2016年，…由2015年的118.36亿元降至98.72亿元: that year's, not the span's
        span = span or self.carried
        now = self.default_year or self.report.review_year
        if span is None or span.first_year != origin + 1 or span.year is None:
            return None
        return span if now is not None and span.year <= now else None

    def reached_span(self, pos: int) -> Anchor | None:
        """The span of years whose end a level at ``pos`` is dated to, when no time phrase of
        its own comes before it (五年来，…。城乡居民收入比由1.79缩小到1.64: 1.64 in the
        span's last year, and 1.79 in the year before its first); ``None`` otherwise."""
        return self._span_reached(pos) if self.anchor_before(pos) is None else None

    def _span_total(self, pos: int) -> Anchor | None:
        """The span of years named earlier in the paragraph, for a figure its clause makes a
        total (过去五年，…。实际利用外资累计9.8亿美元); ``None`` otherwise."""
        i = bisect.bisect_left(self._anchor_starts, pos)
        span = self._spans_so_far[i - 1] if i and self._spans_so_far else None
        if span is None and not i:
            span = self.carried  # 这五年，…。（next paragraph）累计新增城镇就业7.62万人
        if span is None:
            return None
        totals = load_phrases().span_totals
        text = self.paragraph.text
        clause = self.layout.clause_start(pos)
        if any(w in text[clause:pos] for w in totals):
            return span
        # …累计接待游客342.6万人次，实现旅游综合收入15.8亿元: the clause that goes on with
        # what the clause of 累计 before it did (not …累计达到118万亩，新增农机合作社8家)
        item = self.layout.item_start(pos)
        if clause > item and text.startswith(load_phrases().doing_verbs, clause):
            before = self.layout.clause_start(clause - 1, item)
            return span if any(w in text[before:clause] for w in totals) else None
        # 累计搬迁286户，其中县城集中安置218户、分散安置68户: parts of the total, of its span
        for _ in range(_LISTED_PARTS_MAX):
            if clause <= item or text[clause - 1] != "、":
                break
            clause = self.layout.clause_start(clause - 1, item)
        if clause > item and load_phrases().of_which.match(text, clause):
            before = self.layout.clause_start(clause - 1, item)
            return span if any(w in text[before:clause] for w in totals) else None
        return None

    def _months_opening(self, pos: int) -> Anchor | None:
        """The months that open a sentence before (``1—11月，辖区实现税收总额18.64亿元。批发
        零售业实现税收9.86亿元``), for a figure of a later sentence with no time of its own, when
        no other time phrase, nor a word of the whole year (全年, 今年), is printed between;
        else ``None``."""
        if self.paragraph.part == "plan":
            return None
        i = bisect.bisect_left(self._anchor_starts, pos)
        if not i:
            return None
        while i and self.anchors[i - 1].origin:
            i -= 1  # (比上年同期增加…: the time of a base only)
        if not i:
            return None
        last = self.anchors[i - 1]  # the last time phrase before the figure
        if last.months is None or last.months[0] != 1 or last.months[1] == 1:
            return None  # (4月，…: a month's event; only months to date are a period so carried)
        if last.first_year is not None:
            return None
        viewed = _VIEWED_FROM.match(self.paragraph.text, last.end) is not None
        if not (self.paragraph.text.startswith(("，", ","), last.end) or viewed):
            return None  # (1—11月完成投资…: the time of its own figure; 从1—11月运行情况看，…)
        if not _opens_sentence(self.paragraph.text, self.layout, last):
            return None
        if pos - last.end > _SPAN_REACH:
            return None  # (bounded: linear on an endless paragraph)
        text = self.paragraph.text
        if _WHOLE_YEAR_WORDS.search(text, last.end, pos):
            return None  # …。全年辖区税收总额20.83亿元: the whole year's
        if last.start > _OPENING_MAX and not self._breakdowns_only(last.end, pos):
            return None  # 1—11月，…。数字经济核心产业增加值…，占地区生产总值的比重: the year's
        return last

    def _breakdowns_only(self, start: int, pos: int) -> bool:
        """Whether every sentence after the one at ``start`` up to that of ``pos`` opens a
        breakdown (1—11月，辖区实现税收总额…。从行业看，批发零售业实现税收…): the parts of what
        the months' sentence gave, of those months."""
        breakdown = load_phrases().breakdown
        s_end = self.layout.sentence(start)[1]
        while s_end < pos:
            s_start = s_end
            while s_start < len(self.paragraph.text) and self.paragraph.text[s_start] in "。！？!?":
                s_start += 1
            if not breakdown.match(self.paragraph.text, s_start):
                return False
            s_end = self.layout.sentence(s_start)[1]
            if s_end <= s_start:
                return False
        return True

    def _span_reached(self, pos: int) -> Anchor | None:
        """The span of years that opens a sentence earlier in the paragraph, for a figure its
        clause makes the level reached at its end (“十二五”期间，…。高新技术企业由128家增加到
        386家: 386 in 2015), when the span has ended before the section's year and nothing
        printed between them names another time (今年, 上年, 2021年); ``None`` otherwise."""
        if self.paragraph.part == "plan":
            return None  # “十四五”期间…。主要预期目标是：…达到: the plan year's
        i = bisect.bisect_left(self._anchor_starts, pos)
        span = self._opening_spans_so_far[i - 1] if i and self._opening_spans_so_far else None
        if span is None and (not i or self._carried_on_to(pos, i)):
            span = self.carried  # 五年来，…。（next paragraph）城乡居民收入比由1.79缩小到1.64
        if span is None or span.first_year is None or span.year is None:
            return None
        now = self.default_year or self.report.review_year
        if now is not None and span.year > now:
            return None  # “十四五”时期是…起步期。一年来…: no span that has not ended
        if span is not self.carried and pos - span.end > _SPAN_REACH:
            return None
        head = self.paragraph.text[self.layout.clause_start(pos) : pos]
        ph = load_phrases()
        if not ph.change_to.search(head) and not head.endswith(ph.change_from):
            return None  # neither 增加到386家 nor 由128家 (dated by the change then)
        if span is self.carried:  # no time phrase before pos here: only a word of now stops it
            return span if self._first_now_word is None or pos < self._first_now_word else None
        between = self.paragraph.text[span.end : pos]
        if _NOW_WORDS.search(between):
            return None  # …。今年，…由上年的128家增加到186家: this year's change
        years = {int(y) for y in _YEAR_NUMBER.findall(between)}
        if any(not span.first_year - 1 <= y <= span.year for y in years):
            return None  # …。2021年，…: a time out of the span
        k = bisect.bisect_right(self._anchor_starts, span.end)
        if any(
            not a.origin
            and a.first_year is None
            and a.year is not None
            and not (a.year == span.year < now)  # 回顾“十二五”，…。2015年…: its last year
            for a in self.anchors[k:i]
        ):
            return None  # 五年来，…。回顾2020年，…: that one year's from there on
        return span

    def _now_opening_between(self, start: int, end: int) -> bool:
        """Whether a clause opening with a word of the report's year (…；今年…) starts in
        ``[start, end)``: looked up among the paragraph's, found once (linear)."""
        found = self._now_openings
        k = bisect.bisect_left(found, start)
        return k < len(found) and found[k] < end

    @cached_property
    def _now_openings(self) -> list[int]:
        """Where the paragraph's clauses that open with a word of the report's year start."""
        return [m.start() for m in _NOW_OPENING.finditer(self.paragraph.text)]

    @cached_property
    def _first_now_word(self) -> int | None:
        """Where the paragraph first prints a word of the report's time (今年, 一年来), if it
        does: the span carried into it stops there. Read once: linear in the paragraph."""
        found = _NOW_WORDS.search(self.paragraph.text)
        return found.start() if found else None

    def names_now(self) -> bool:
        """Whether the paragraph prints a word of the report's time (今年, 过去一年): the span a
        section's heading names no longer dates the paragraphs after it."""
        return self._first_now_word is not None

    def span_going_on(self) -> Anchor | None:
        """The span of years the next paragraph goes on with: the last one opening a
        sentence here (or the one carried into this paragraph), when it has ended by the
        section's year and nothing after it names another time (今年, 一年来, 回顾2025年).
        Its place is the start of the next paragraph."""
        own = self._opening_spans_so_far[-1] if self._opening_spans_so_far else None
        # …。（next paragraph）森林覆盖率由2016年的71.2%提高到76.3%: a year a change runs from
        # does not end the span carried in
        span = own or (self.carried if all(self._within_carried(a) for a in self.anchors) else None)
        if span is None or span.first_year is None or span.year is None:
            return None
        now = self.default_year or self.report.review_year
        if now is None or span.year > now:
            return None
        after = self.paragraph.text[span.end if span is own else 0 :]
        if _NOW_WORDS.search(after):
            return None
        later = [a for a in self.anchors if a.start >= span.end and not a.origin]
        if span is own and any(a.first_year is None for a in later):
            return None  # 五年来…。2025年，…: the year's from there on
        return Anchor(0, 0, span.year, None, span.first_year)

    def _carried_on_to(self, pos: int, i: int) -> bool:
        """Whether the span carried in still holds at ``pos``, after the first ``i`` time
        phrases of the paragraph: none in its sentence, and each before it keeps to the span
        (…建成投产，2020年新能源汽车产量达到5.83万辆；…。高新技术企业由97家增加到358家)."""
        if self.carried is None or self.anchors[i - 1].start >= self.layout.sentence(pos)[0]:
            return False
        return self._within_carried_so_far[i - 1]

    @cached_property
    def _within_carried_so_far(self) -> list[bool]:
        """For each time phrase, whether it and all before it keep to the span carried in
        (read once: linear in the phrases of a paragraph)."""
        return list(accumulate((self._within_carried(a) for a in self.anchors), operator.and_))

    def _within_carried(self, a: Anchor) -> bool:
        """Whether the time phrase ``a`` keeps to the span carried into the paragraph: the
        year a change runs from, the span's last year a change runs to (增加到2015年的), or
        the span itself (五年累计 after 五年来)."""
        span = self.carried
        if a.origin or span is None:
            return a.origin
        text = self.paragraph.text[a.start : a.end]
        if a.first_year is None and a.year == span.year and text.startswith(_CHANGE_TO):
            return True
        if a.first_year is None and a.year == span.year and not a.months and not self._opens(a):
            return True  # …建成投产，2020年新能源汽车产量达到5.83万辆: the span's last year
        return (a.first_year, a.year) == (span.first_year, span.year)

    def kind(self, pos: int, year: int | None) -> str:
        """``target`` or ``actual`` for a figure at ``pos`` of the given year."""
        start = self.layout.sentence(pos)[0]
        first = bisect.bisect_left(self._target_starts, start)
        last = bisect.bisect_left(self._target_starts, pos)
        plan_year = self.report.plan_year
        part = self.paragraph.part
        if part == "plan":
            if year is not None and plan_year is not None and year < plan_year:
                return "actual"
            return "target"
        if part == "review":
            # In a review a target word reaches to the end of its item only (…略低于年初确定的
            # 9%的预期目标；一般公共预算收入7.86亿元: an actual), unless it opens a list of
            # targets (主要预期目标是：…；…)
            in_item = bisect.bisect_left(self._target_starts, self.layout.item_start(pos))
            if not any(w.startswith("目标") for _, w in self.targets[first:in_item]):
                first = in_item
            # …高于规划确定的年均增长6%左右的预期目标，2021年至2025年分别为…: a target named
            # as a thing compared with reaches to the end of its clause only
            firm = [
                k
                for k in range(first, last)
                if self._firm_targets[k + 1] > self._firm_targets[k] and self._reach[k] > pos
            ]
            if not firm:
                return "actual"
            # …计划投资60亿元，实际完成投资68.5亿元: 实际 after the last target word
            k = bisect.bisect_left(self._actual_starts, pos)
            if not k or self._actual_starts[k - 1] <= self._target_starts[last - 1]:
                return "target"
            review_year = self.report.review_year
            later = year is not None and review_year is not None and year > review_year
            if later and not self.paragraph.text.startswith("实际", self._actual_starts[k - 1]):
                return "target"  # 力争到2025年…达到300家，实现产值1000亿元: still the plan's
            return "actual"  # (…计划完成投资10亿元，实际完成投资12.5亿元: done, whatever the year)
        if last > first:
            return "target"
        if year is not None and plan_year is not None and year >= plan_year:
            return "target"
        return "actual"

    def stance(self, pos: int) -> str:
        """The stance word (力争, 确保, 预计 …) before ``pos`` in its sentence, or ``""``.

        A semicolon ends its reach too: ``力争达到62.7亿元；固定资产投资增长12%`` states
        the second target without 力争.
        """
        start = self.layout.item_start(pos)
        i = bisect.bisect_left(self._stance_starts, pos)
        if i and self._stance_starts[i - 1] >= start:
            return self.stances[i - 1][1]
        return ""


#: A target word that ends a noun phrase (预期目标，, 的目标；): a target named, not set.
_TARGET_NOUN_END = re.compile(r"[^，,；;。\d]{0,3}?目标(?:任务)?(?=[，,；;。])")
#: A target named in the progress towards it (完成年度计划投资381.6亿元的112.6%，…): it
#: reaches to the end of the progress rate only.
_PROGRESS_OF_TARGET = re.compile(
    r"[^，,；;。\d]{0,8}?\d+(?:\.\d+)?[^，,；;。\d]{1,6}?的\d+(?:\.\d+)?%(?=[，,；;。])"
)


def _target_reach(text: str, end: int) -> int:
    """Where a target word ending at ``end`` stops reaching: at the clause mark after 目标
    when the word ends a noun phrase there, or after the progress rate towards it (年度计划
    投资381.6亿元的112.6%), else past the end of the text."""
    m = _TARGET_NOUN_END.match(text, end) or _PROGRESS_OF_TARGET.match(text, end)
    return m.end() if m else len(text) + 1


def _opens_sentence(text: str, layout: Layout, anchor: Anchor) -> bool:
    """Whether a time phrase opens its sentence (——“十二五”期间，…), as the time of what the
    sentence says, not a base within it (是“十二五”时期的1.7倍)."""
    start = layout.sentence(anchor.start)[0]
    if anchor.start - start > _OPENING_MAX:
        return False
    opening = text[start : anchor.start].strip("—“”\"' 　，,")
    return not opening.removeprefix("回顾").removeprefix("从")  # 回顾“十二五”, 从1—11月…看


#: How many characters (dashes, quotes, spaces) may come before a time phrase that opens its
#: sentence.
_OPENING_MAX = 6


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and pos < spans[i][1]


def _latest_year(earlier: int | None, year: int | None) -> int | None:
    return year or earlier


def _latest_span(earlier: Anchor | None, span: Anchor | None) -> Anchor | None:
    return span or earlier


#: Words for a growth rate, and the sign of the growth each measures (降幅: a decline).
RATE_WORDS = {"增速": 1, "增幅": 1, "涨幅": 1, "降幅": -1}
_MONTH_SPAN = re.compile(r"(\d{1,2})\s*[-—–至]\s*(\d{1,2})\s*月份?")


def period_months(words: str) -> tuple[int, int] | None:
    """The months of a part of the year named by ``words`` (一季度, 上半年, 1—9月), or ``None``.

    Examples
    --------
    >>> period_months("一季度"), period_months("前三季度"), period_months("1—5月")
    ((1, 3), (1, 9), (1, 5))
    >>> period_months("去年") is None
    True

    """
    parts = load_phrases().period_parts
    if words in parts:
        return parts[words]
    m = _MONTH_SPAN.fullmatch(words)
    if m is None:
        return None
    first, last = int(m.group(1)), int(m.group(2))
    return (first, last) if 1 <= first <= last <= 12 else None
