"""Where the sentences, clauses, parentheses and quotations of a paragraph are.

The claim extractor asks questions such as "which sentence is this figure in?", "is it inside a
parenthetical?" or "where does its clause start?"; :class:`Layout` answers them from a few
regular-expression scans of the paragraph, without walking it character by character.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from .textnorm import digit_runs

# Each pattern starts with a character class, so that the engine skips straight to it.
_SENTENCE_END = re.compile(r"[。！？!?][。！？!?]*")
#: Punctuation that ends a clause; a colon between two digits is a ratio (6.8：77.3), not one.
_CLAUSE_MARK = re.compile(r"[，,；;。！？!?、（）()\[\]【】〔〕：:](?!(?<=\d[：:])\d)")
_PAREN = re.compile(r"[（）()]")
#: Short quotations are slogans or names (“三个一批”); titles and document numbers never hold
#: quantities.
_SHIELD = re.compile(
    r"“[^“”\n]{1,24}”|\"[^\"\n]{1,24}\"|「[^「」]{1,24}」|《[^《》]*》|〔[^〔〕]*〕|【[^【】]*】"
)
#: Marks after which :meth:`Layout.phrase_start` starts a phrase (any colon counts here).
_PHRASE_MARK = re.compile(r"[，,；;。：:]")
_SEMICOLON = re.compile("[；;]")
#: The dashes of a bullet opening a sentence (——潭洲街道…).
_BULLET = re.compile("(?:——|──|—)+")
_BULLET_MARKS = frozenset("—─")

_Span = tuple[int, int]
_T = TypeVar("_T")


class _once(Generic[_T]):
    """An attribute computed on first use and then stored on the instance.

    Like :func:`functools.cached_property` without its lock, whose cost (in Python 3.11) is
    larger than that of the small scans computed here.
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj: Any, owner: type | None = None) -> _T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class Layout:
    """Sentence, clause, parenthesis and quotation spans of one paragraph.

    Each kind of span is found by one regular-expression scan, the first time it is asked
    about; every question is then a binary search, so that a long paragraph costs no more per
    figure than a short one.

    Examples
    --------
    >>> lay = Layout.of("税收6.3亿元（本级2.14亿元），增长4%。其中“三个一批”。")
    >>> lay.sentence(8), lay.paren_of(12), lay.paren_of(3)
    ((0, 23), (7, 17), None)
    >>> lay.shielded(27)
    True
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @classmethod
    def of(cls, text: str) -> Layout:
        """The layout of ``text``."""
        return cls(text)

    @_once
    def sentence_ends(self) -> list[int]:
        """Positions just after each run of full stops."""
        return [m.end() for m in _SENTENCE_END.finditer(self.text)]

    @_once
    def clause_marks(self) -> list[int]:
        """Positions of the punctuation that ends clauses."""
        return [m.start() for m in _CLAUSE_MARK.finditer(self.text)]

    @_once
    def phrase_marks(self) -> list[int]:
        """Positions of commas, semicolons, full stops and colons."""
        return [m.start() for m in _PHRASE_MARK.finditer(self.text)]

    @_once
    def parens(self) -> list[_Span]:
        """Parentheticals, from the opening bracket to just after the closing one, sorted."""
        return _paired_parens(self.text)

    @_once
    def shields(self) -> list[_Span]:
        """Short quotations, titles and document numbers, in order."""
        return [m.span() for m in _SHIELD.finditer(self.text)]

    @_once
    def _shield_starts(self) -> list[int]:
        return [start for start, _ in self.shields]

    @_once
    def _paren_steps(self) -> tuple[list[int], list[_Span | None]]:
        return _innermost_steps(self.parens, len(self.text))

    @_once
    def _paren_by_start(self) -> dict[int, _Span]:
        return {span[0]: span for span in self.parens}

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``pos`` (ends after its full stop), past the
        dashes of a bullet that opens it (——潭洲街道实现…: 潭洲街道 opens it).

        Examples
        --------
        >>> Layout.of("——潭洲街道实现产值3亿元。").sentence(6)
        (2, 14)
        """
        i = bisect.bisect_right(self.sentence_ends, pos)
        start = self.sentence_ends[i - 1] if i else 0
        end = self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)
        if self.text[start : start + 1] in _BULLET_MARKS:  # (checked here: called very often)
            start = self._past_bullet(start, pos)
        return start, end

    def _past_bullet(self, start: int, pos: int) -> int:
        """``start`` moved past the dashes of a bullet there, when ``pos`` lies beyond them."""
        bullet = _BULLET.match(self.text, start)
        return bullet.end() if bullet is not None and bullet.end() <= pos else start

    def sentence_index(self, pos: int) -> int:
        """Number of the sentence holding ``pos`` (from 0)."""
        return bisect.bisect_right(self.sentence_ends, pos)

    @_once
    def _semicolons(self) -> list[int]:
        return [m.start() for m in _SEMICOLON.finditer(self.text)]

    def item_end(self, pos: int) -> int:
        """End of the semicolon item holding ``pos``: the next semicolon in its sentence, else
        the sentence's end.

        Examples
        --------
        >>> layout = Layout.of("产值增长6%；税收力争2.3亿元。投资8亿元")
        >>> layout.item_end(2), layout.item_end(9)
        (6, 17)
        """
        s_end = self.sentence(pos)[1]
        i = bisect.bisect_right(self._semicolons, pos)
        semicolon = self._semicolons[i] if i < len(self._semicolons) else s_end
        return min(semicolon, s_end)

    def item_start(self, pos: int) -> int:
        """Start of the semicolon item holding ``pos``: just after the last semicolon before
        it in its sentence, else the sentence's start.

        Examples
        --------
        >>> layout = Layout.of("产值增长6%；税收力争2.3亿元。投资8亿元")
        >>> layout.item_start(12), layout.item_start(18)
        (7, 17)
        """
        s_start = self.sentence(pos)[0]
        i = bisect.bisect_left(self._semicolons, pos)
        semicolon = self._semicolons[i - 1] if i else -1
        return semicolon + 1 if semicolon >= s_start else s_start

    def clause_start(self, pos: int, floor: int = 0) -> int:
        """Start of the clause ending at ``pos``: just after the last clause mark before it
        (past the dashes of a bullet that opens it)."""
        i = bisect.bisect_left(self.clause_marks, pos)
        start = self.clause_marks[i - 1] + 1 if i else 0
        if self.text[start : start + 1] in _BULLET_MARKS:
            start = self._past_bullet(start, pos)
        return max(start, floor)

    def clause_end(self, pos: int) -> int:
        """Position of the first clause mark at or after ``pos`` (or the end of the text)."""
        i = bisect.bisect_left(self.clause_marks, pos)
        return self.clause_marks[i] if i < len(self.clause_marks) else len(self.text)

    def marks_between(self, start: int, end: int) -> bool:
        """Whether a clause mark lies in ``text[start:end]``."""
        i = bisect.bisect_left(self.clause_marks, start)
        return i < len(self.clause_marks) and self.clause_marks[i] < end

    def phrase_start(self, pos: int) -> int:
        """Just after the last comma, semicolon, full stop or colon before ``pos`` (else 0).

        Examples
        --------
        >>> Layout.of("比例为6.8：77.3，增长5%").phrase_start(14)
        12
        """
        i = bisect.bisect_left(self.phrase_marks, pos)
        return self.phrase_marks[i - 1] + 1 if i else 0

    def phrase_end(self, pos: int) -> int:
        """Position of the first comma, semicolon, full stop or colon at or after ``pos`` (or
        the end of the text).

        Examples
        --------
        >>> Layout.of("去年接待游客8万人次、收入2亿元，今年…").phrase_end(0)
        16
        """
        i = bisect.bisect_left(self.phrase_marks, pos)
        return self.phrase_marks[i] if i < len(self.phrase_marks) else len(self.text)

    def paren_of(self, pos: int) -> _Span | None:
        """The innermost parenthetical holding ``pos``, or ``None``.

        A parenthetical holds the characters between its brackets; one left open holds
        everything after its opening bracket.
        """
        bounds, owners = self._paren_steps
        return owners[bisect.bisect_right(bounds, pos) - 1]

    def paren_at(self, pos: int) -> _Span | None:
        """The parenthetical that opens exactly at ``pos``, or ``None``."""
        return self._paren_by_start.get(pos)

    def first_plain_paren(self, start: int, end: int) -> _Span | None:
        """The first parenthetical opening at or after ``start`` and closing by ``end`` whose
        text has no digit and more than one character (``（本级）``), or ``None``.

        Examples
        --------
        >>> lay = Layout.of("产值（含3项）（本级）（区）5亿元")
        >>> lay.first_plain_paren(0, 14)
        (7, 11)
        """
        k = bisect.bisect_left(self.parens, (start, -1))
        if k == len(self.parens) or self.parens[k][0] >= end:
            return None  # none opens there: no need to look for digits
        plain = self._plain_parens
        for k in range(bisect.bisect_left(plain, (start, -1)), len(plain)):
            span = plain[k]
            if span[0] >= end:
                break
            if span[1] <= end:
                return span
        return None

    @_once
    def _plain_parens(self) -> list[_Span]:
        # More than one character between the brackets, and no digit.
        return [(a, b) for a, b in self.parens if b - a > 3 and not self._has_digit(a + 1, b - 1)]

    def place_alternative_before(self, pos: int) -> int:
        """Where a place and the other kinds of place printed with it in brackets start, when
        they end at ``pos`` (``村（社区）`` of 村（社区）均3111.5万元); else ``pos``.

        Examples
        --------
        >>> Layout.of("全镇村（社区）均3111.5万元").place_alternative_before(7)
        2
        """
        if not self.text.startswith("）", pos - 1):
            return pos
        found = _PLACE_ALTERNATIVE_END.search(self.text, max(0, pos - _ALTERNATIVE_CHARS), pos)
        return found.start() if found is not None else pos

    def _has_digit(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a digit (7, ７, ², ① …)."""
        runs, ends = self._digit_runs
        i = bisect.bisect_right(ends, start)  # the first run that ends after start
        return start < end and i < len(runs) and runs[i][0] < end

    @_once
    def _digit_runs(self) -> tuple[list[_Span], list[int]]:
        runs = digit_runs(self.text)
        return runs, [end for _, end in runs]

    def shielded(self, pos: int) -> bool:
        """Whether ``pos`` lies in a short quotation, a title or a document number."""
        i = bisect.bisect_right(self._shield_starts, pos) - 1
        return i >= 0 and pos < self.shields[i][1]


#: A place and, in brackets, the other kinds of place it goes with (村（社区）, 县（市、区）).
PLACE_ALTERNATIVE = re.compile(r"[村乡镇县市区]（(?:社区|居委会|居|街道|乡|镇|县|市|区|[、和])+）")
_PLACE_ALTERNATIVE_END = re.compile(PLACE_ALTERNATIVE.pattern + "$")
#: The longest such place with its brackets.
_ALTERNATIVE_CHARS = 12


def _paired_parens(text: str) -> list[_Span]:
    """Spans of the parentheticals, each from its opening bracket to just after its closing
    one (an unclosed one runs to the end of the text), sorted."""
    stack: list[int] = []
    parens: list[_Span] = []
    for m in _PAREN.finditer(text):
        if m.group(0) in "（(":
            stack.append(m.start())
        elif stack:
            parens.append((stack.pop(), m.end()))
    parens.extend((start, len(text)) for start in stack)  # unclosed: runs to the end
    parens.sort()
    return parens


def _innermost_steps(parens: list[_Span], length: int) -> tuple[list[int], list[_Span | None]]:
    """The innermost parenthetical at every position, as a step function.

    Returns ``(bounds, owners)``: from ``bounds[i]`` up to ``bounds[i + 1]`` the innermost
    parenthetical is ``owners[i]``. A closed parenthetical holds the positions after its
    opening bracket and before its closing one; an unclosed one (or one closing at the very
    end) holds every position after its opening bracket. Parentheticals nest, so a stack of
    the open ones gives the innermost.

    Examples
    --------
    >>> _innermost_steps([(0, 9), (2, 5)], 12)
    ([0, 1, 3, 4, 8], [None, (0, 9), (2, 5), (0, 9), None])
    """
    bounds: list[int] = [0]
    owners: list[_Span | None] = [None]

    def step(pos: int, owner: _Span | None) -> None:
        if bounds[-1] == pos:
            owners[-1] = owner
        else:
            bounds.append(pos)
            owners.append(owner)

    open_spans: list[tuple[int, _Span]] = []  # (end of what it holds, span), innermost last
    for span in parens:
        first = span[0] + 1
        stop = span[1] - 1 if span[1] < length else length
        if first >= stop:
            continue
        while open_spans and open_spans[-1][0] <= first:
            end, _ = open_spans.pop()
            step(end, open_spans[-1][1] if open_spans else None)
        open_spans.append((stop, span))
        step(first, span)
    while open_spans:
        end, _ = open_spans.pop()
        step(end, open_spans[-1][1] if open_spans else None)
    return bounds, owners


def any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``positions`` lies in ``[start, end)``.

    Examples
    --------
    >>> any_between([3, 9], 4, 9), any_between([3, 9], 4, 10)
    (False, True)
    """
    k = bisect.bisect_left(positions, start)
    return k < len(positions) and positions[k] < end
