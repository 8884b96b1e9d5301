"""Scan text for an alternation of patterns quickly, by searching each pattern on its own.

Python's regular-expression engine skips straight to the characters that can start a match
only when a pattern starts with a literal or a character class. An alternation of patterns
that start differently (``\\d…|[一二三]…|百分之…``) is instead tried at every position of the
text, which costs several times as much. :func:`leftmost_matches` gives the matches that
``re.finditer`` gives for the alternation ``p0|p1|…`` while searching each pattern alone.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator, Sequence


def leftmost_matches(
    patterns: Sequence[re.Pattern[str]], text: str
) -> Iterator[tuple[int, re.Match[str]]]:
    """``(index of the pattern, match)`` for the alternation of ``patterns`` over ``text``.

    Matches come in the order and with the extent ``re.finditer`` gives for
    ``p0|p1|…``: the leftmost match first; where several patterns match at the same place,
    the first of them; the next match is looked for after the end of the last. None of the
    patterns may match the empty string.

    Examples
    --------
    >>> pats = [re.compile(r"\\d+%"), re.compile(r"\\d+"), re.compile("百分之[一二三]")]
    >>> [(i, m.group(0)) for i, m in leftmost_matches(pats, "增长7%，共12个，百分之三")]
    [(0, '7%'), (1, '12'), (2, '百分之三')]
    """
    # The next match of each pattern, keyed by (start, pattern index): the first of equals wins.
    queue = []
    for i, pattern in enumerate(patterns):
        m = pattern.search(text)
        if m is not None:
            queue.append((m.start(), i, m))
    heapq.heapify(queue)
    while len(queue) > 1:
        start, i, found = heapq.heappop(queue)
        yield i, found
        pos = found.end()
        if pos == start:
            raise ValueError(f"pattern {patterns[i].pattern!r} matched the empty string")
        _push_next(queue, patterns, i, text, pos)
        while queue and queue[0][0] < pos:  # matches overlapping this one: look again after it
            _push_next(queue, patterns, heapq.heappop(queue)[1], text, pos)
    for _, i, found in queue:  # one pattern left: the rest of its matches in one scan
        yield i, found
        for later in patterns[i].finditer(text, found.end()):
            yield i, later


def _push_next(
    queue: list[tuple[int, int, re.Match[str]]],
    patterns: Sequence[re.Pattern[str]],
    i: int,
    text: str,
    pos: int,
) -> None:
    m = patterns[i].search(text, pos)
    if m is not None:
        heapq.heappush(queue, (m.start(), i, m))


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression for a set of literal words, as a trie (longest match first).

    Examples
    --------
    >>> trie_pattern(["万元", "万亩", "元"])
    '(?:万(?:亩|元)|元)'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)
