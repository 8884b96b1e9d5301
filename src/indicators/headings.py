"""Recognize the numbered headings of a work report and the part each section belongs to."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from .paths import VOCABULARY_DIR

_CN = "一二三四五六七八九十"
#: (level, pattern) in the order they are tried; the pattern matches the marker only.
#: The style of a top-level heading printed without a number (过去一年工作回顾), read by
#: :mod:`indicators.cleaning` from its words alone.
UNNUMBERED_STYLE = -1
#: What follows the numeral of a list of times or kinds, no heading (三、四季度…, 4、5月份…,
#: 二、三产业…): a wrapped line that starts so goes on with its paragraph.
_LISTED_AFTER = r"(?:[、和至到—-]|季度|月|产业|号)"
HEADING_MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^[{_CN}]{{1,3}}、(?![{_CN}]{_LISTED_AFTER})")),
    (1, re.compile(rf"^第[{_CN}]{{1,3}}(?:部分|章)")),
    (1, re.compile(rf"^附(?:件|表|录)[{_CN}\d]{{0,2}}[：:]?(?=\S)")),
    (2, re.compile(rf"^[（(][{_CN}]{{1,3}}[）)]")),
    (2, re.compile(r"^(?:——|──|—|--)(?=\S)")),
    (3, re.compile(rf"^\d{{1,2}}(?:、(?!\d{{1,2}}{_LISTED_AFTER})|[.．](?!\d))")),
    (4, re.compile(r"^[（(]\d{1,2}[）)]")),
)
#: Every marker in one pattern, tried in the order above; group ``m<i>`` is marker ``i``.
_ANY_MARKER = re.compile(
    "|".join(f"(?P<m{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(HEADING_MARKERS))
)
_NUMERAL = re.compile(rf"[{_CN}]+|\d+")
_TITLE_END = re.compile(r"[。！？!?；;]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\s*年)|([一二][〇零○一二三四五六七八九]{3})(?=年)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


@dataclass(frozen=True)
class Heading:
    """A heading found at the start of a paragraph.

    ``style`` names the marker family (so that ``（三）`` and ``（四）`` are siblings) and
    ``number`` is its ordinal, or ``None`` for unnumbered markers such as ``——``.
    """

    level: int
    marker: str
    title: str
    run_in: bool  # True when body text follows the heading in the same paragraph
    style: int = 0
    number: int | None = None


def chinese_ordinal(text: str) -> int | None:
    """Value of a small Chinese or Arabic ordinal (一 … 九十九).

    Examples
    --------
    >>> [chinese_ordinal(t) for t in ("三", "十二", "二十", "7")]
    [3, 12, 20, 7]
    """
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if not text or any(c not in digits and c != "十" for c in text):
        return None
    if "十" not in text:
        return digits[text] if len(text) == 1 else None
    tens, _, units = text.partition("十")
    return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(units, 0) if units else 0)


def heading_level(text: str) -> int | None:
    """Level of the heading marker that starts ``text``, or ``None``.

    Examples
    --------
    >>> [heading_level(t) for t in ("一、2020年工作回顾", "（二）预期目标", "6.3亿元")]
    [1, 2, None]
    """
    found = _marker(text)
    return None if found is None else HEADING_MARKERS[found[0]][0]


def _marker(text: str) -> tuple[int, str] | None:
    """Index in :data:`HEADING_MARKERS` and text of the marker that starts ``text``."""
    m = _ANY_MARKER.match(text)
    if m is None or m.lastgroup is None:
        return None
    return int(m.lastgroup[1:]), m.group(m.lastgroup)


def parse_heading(text: str, max_title: int = 60) -> Heading | None:
    """Split a paragraph that starts with a heading marker into its heading and the rest.

    The heading title runs to the first full stop (a run-in heading) or is the whole
    paragraph when it has none.

    Examples
    --------
    >>> h = parse_heading("（二）2021年经济社会发展的预期目标。预计2021年……")
    >>> h.level, h.title, h.run_in
    (2, '（二）2021年经济社会发展的预期目标', True)
    """
    found = _marker(text)
    if found is None:
        return None
    style, marker = found
    numeral = _NUMERAL.search(marker)
    number = chinese_ordinal(numeral.group(0)) if numeral else None
    end = _TITLE_END.search(text)
    if end is None:
        title, run_in = text, False
    else:
        title, run_in = text[: end.start()], bool(text[end.end() :].strip())
    if len(title) > max_title:
        title = title[:max_title] + "…"
    return Heading(
        level=HEADING_MARKERS[style][0],
        marker=marker,
        title=title,
        run_in=run_in,
        style=style,
        number=number,
    )


#: A colon followed by figures: ``1．城南农贸市场改造：总投资860，2019年计划投资600；``.
_ITEM_FIGURES = re.compile(r"[：:][^。！？!?]*\d")


def is_list_item(heading: Heading, text: str) -> bool:
    """Whether a paragraph that starts with a numbered marker (``1．``, ``（1）``) is an item
    of a list in running text rather than a heading: it ends with a semicolon or a comma, or
    states figures after a colon. A list item is read as body text and opens no section.

    Examples
    --------
    >>> text = "1．城南农贸市场改造：总投资860万元，2019年计划投资600万元；"
    >>> is_list_item(parse_heading(text), text)
    True
    >>> text = "1、坚持项目为王。全年实施重点项目86个。"
    >>> is_list_item(parse_heading(text), text)
    False
    """
    if heading.level < 3 or heading.run_in:
        return False
    return text.rstrip().endswith(("；", ";", "，", ",")) or bool(_ITEM_FIGURES.search(text))


@cache
def _sections() -> dict:
    """The data of ``sections.toml`` (read once)."""
    with (VOCABULARY_DIR / "sections.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def _part_words() -> dict[str, tuple[str, ...]]:
    return {name: tuple(words) for name, words in _sections()["parts"].items()}


@cache
def _speaker_line() -> re.Pattern[str]:
    """An office (市长, 县长 …, after any place or 代) and a name of two to twelve characters."""
    offices = _sections()["front"]["speaker_offices"]
    words = "|".join(sorted(map(re.escape, offices), key=len, reverse=True))
    return re.compile(rf"^\S{{0,12}}?(?:{words})\s*[\u4e00-\u9fff·]{{2,12}}$")


def is_speaker_line(text: str) -> bool:
    """Whether a line before the first heading names who delivers the report.

    Examples
    --------
    >>> is_speaker_line("云岭市市长  周立新"), is_speaker_line("代县长周建国")
    (True, True)
    >>> is_speaker_line("青山镇人民政府工作报告"), is_speaker_line("镇长工作报告")
    (False, False)
    """
    text = text.strip()
    return "报告" not in text and _speaker_line().match(text) is not None


def years_in(text: str) -> list[int]:
    """Calendar years written as ``2020年`` or ``二〇二〇年`` in ``text``.

    Examples
    --------
    >>> years_in("一、2020年以来工作回顾"), years_in("二、二〇二三年工作安排")
    ([2020], [2023])
    """
    years = []
    for arabic, chinese in _YEAR.findall(text):
        year = int(arabic or chinese.translate(_CN_DIGITS))
        if 1900 <= year <= 2099:
            years.append(year)
    return years


def part_of(title: str, after_review: bool = False) -> str:
    """``review`` (the past year), ``plan`` (the next) or ``""`` for a top-level heading.

    ``after_review`` says a review section came before: a heading whose only part word is
    one of ``plan_after_review`` (主要工作) then names the plan.

    Examples
    --------
    >>> part_of("一、2020年以来工作回顾"), part_of("二、2021年工作安排")
    ('review', 'plan')
    >>> part_of("三、2017年主要工作"), part_of("三、2017年主要工作", after_review=True)
    ('review', 'plan')
    """
    words = _part_words()
    for part in ("review", "plan"):
        found = [w for w in words.get(part, ()) if w in title]
        if not found:
            continue
        if (
            part == "review"
            and after_review
            and set(found) <= set(words.get("plan_after_review", ()))
        ):
            return "plan"
        return part
    return ""


def goes_on_with_plan(title: str) -> bool:
    """Whether a top-level heading with no part words, after the plan, goes on with it: it
    names no year and opens no appendix (``appendix`` in ``sections.toml``).

    Examples
    --------
    >>> goes_on_with_plan("三、全面加强政府自身建设"), goes_on_with_plan("附件：")
    (True, False)
    """
    if years_in(title):
        return False
    opening = title.lstrip().lstrip("一二三四五六七八九十、．. ")
    return not opening.startswith(tuple(_part_words().get("appendix", ())))


class SectionTracker:
    """Keep the current section path as headings arrive, trusting numbering over markers.

    Drafts reuse marker styles inconsistently (a ``（三）`` list inside a ``1、`` item that
    itself sits under another ``（三）``). A heading continues the nearest open heading of
    its style when it is that heading's successor (``（三）`` → ``（四）``), starts a new
    level under the current heading when it is the first of its style (``1、``) or its
    number does not continue any open list, and otherwise falls back to its marker level.

    Examples
    --------
    >>> t = SectionTracker()
    >>> for text in ["二、安排", "（三）任务", "1、谋划", "（三）振兴", "（四）绿色", "2、把握"]:
    ...     path = t.enter(parse_heading(text))
    >>> path
    ('二、安排', '（三）任务', '2、把握')
    """

    def __init__(self) -> None:
        self._stack: list[Heading] = []

    @property
    def path(self) -> tuple[str, ...]:
        """Titles of the open headings, outermost first."""
        return tuple(h.title for h in self._stack)

    def enter(self, heading: Heading) -> tuple[str, ...]:
        """Open ``heading`` and return the new section path."""
        stack = self._stack
        if heading.level == 1 or heading.number is None:
            while stack and stack[-1].level >= heading.level:
                stack.pop()
            stack.append(heading)
            return self.path
        same = [i for i, h in enumerate(stack) if h.style == heading.style]
        if same and stack[same[-1]].number == heading.number - 1:
            del stack[same[-1] :]
        elif heading.number == 1 or same:
            pass  # a new list under the current heading
        else:
            while stack and stack[-1].level >= heading.level:
                stack.pop()
        stack.append(heading)
        return self.path
