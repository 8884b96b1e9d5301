"""Where the sentences, clauses, parentheses and quotations of a paragraph are.

The claim extractor asks questions such as "which sentence is this figure in?", "is it inside a
parenthetical?" or "where does its clause start?"; :class:`Layout` answers them from a few
regular-expression scans of the paragraph, without walking it character by character.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[。！？!?]+")
_CLAUSE_MARK = re.compile(r"[，,；;。！？!?、（）()\[\]【】〔〕]|(?<!\d)[：:]|[：:](?!\d)")
_PAREN = re.compile(r"[（）()]")
#: Short quotations are slogans or names (“三个一批”); titles and document numbers never hold
#: quantities.
_SHIELD = re.compile(
    r"“[^“”\n]{1,24}”|\"[^\"\n]{1,24}\"|「[^「」]{1,24}」|《[^《》]*》|〔[^〔〕]*〕|【[^【】]*】"
)


@dataclass(frozen=True)
class Layout:
    """Sentence, clause, parenthesis and quotation spans of one paragraph."""

    text: str
    sentence_ends: tuple[int, ...]
    clause_marks: tuple[int, ...]
    parens: tuple[tuple[int, int], ...]
    shields: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str) -> Layout:
        """Scan ``text``.

        Examples
        --------
        >>> lay = Layout.of("税收5.9亿元（本级1.86亿元），增长4%。其中“三个一批”。")
        >>> lay.sentence(8), lay.paren_of(12), lay.paren_of(3)
        ((0, 23), (7, 17), None)
        >>> lay.shielded(27)
        True
        """
        ends = tuple(m.end() for m in _SENTENCE_END.finditer(text))
        marks = tuple(m.start() for m in _CLAUSE_MARK.finditer(text))
        stack: list[int] = []
        parens: list[tuple[int, int]] = []
        for m in _PAREN.finditer(text):
            if m.group(0) in "（(":
                stack.append(m.start())
            elif stack:
                parens.append((stack.pop(), m.end()))
        parens.extend((start, len(text)) for start in stack)  # unclosed: runs to the end
        parens.sort()
        shields = tuple((m.start(), m.end()) for m in _SHIELD.finditer(text))
        return cls(text, ends, marks, tuple(parens), shields)

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``pos`` (ends after its full stop)."""
        i = bisect.bisect_right(self.sentence_ends, pos)
        start = self.sentence_ends[i - 1] if i else 0
        end = self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)
        return start, end

    def sentence_index(self, pos: int) -> int:
        """Number of the sentence holding ``pos`` (from 0)."""
        return bisect.bisect_right(self.sentence_ends, pos)

    def clause_start(self, pos: int, floor: int = 0) -> int:
        """Start of the clause ending at ``pos``: just after the last clause mark before it."""
        i = bisect.bisect_left(self.clause_marks, pos)
        start = self.clause_marks[i - 1] + 1 if i else 0
        return max(start, floor)

    def clause_end(self, pos: int) -> int:
        """Position of the first clause mark at or after ``pos`` (or the end of the text)."""
        i = bisect.bisect_left(self.clause_marks, pos)
        return self.clause_marks[i] if i < len(self.clause_marks) else len(self.text)

    def marks_between(self, start: int, end: int) -> bool:
        """Whether a clause mark lies in ``text[start:end]``."""
        i = bisect.bisect_left(self.clause_marks, start)
        return i < len(self.clause_marks) and self.clause_marks[i] < end

    def paren_of(self, pos: int) -> tuple[int, int] | None:
        """The innermost parenthetical holding ``pos``, or ``None``."""
        found = None
        for start, end in self.parens:
            if start > pos:
                break
            if start < pos < end - 1 or (start < pos and end == len(self.text) and pos < end):
                found = (start, end)
        return found

    def paren_at(self, pos: int) -> tuple[int, int] | None:
        """The parenthetical that opens exactly at ``pos``, or ``None``."""
        for start, end in self.parens:
            if start == pos:
                return start, end
            if start > pos:
                break
        return None

    def shielded(self, pos: int) -> bool:
        """Whether ``pos`` lies in a short quotation, a title or a document number."""
        for start, end in self.shields:
            if start > pos:
                return False
            if pos < end:
                return True
        return False
