"""Turn a decoded report into clean, traceable paragraphs and a separate table of comments.

The exported drafts this package reads are hard-wrapped at a fixed width, often with a blank
line between wrapped lines, a leading space on the first line of each page, and reviewer
comments inlined as an author line followed by the comment text (or in brackets inside a line:
``【王敏：此数据需核实】``), sometimes in the middle of a sentence. :func:`parse_text` undoes
all of that:

* each raw line is normalized (:mod:`indicators.textnorm`);
* comment blocks are cut out and kept with their author and anchor;
* wrapped lines are re-joined into paragraphs, and the interrupted sentence re-joined;
* headings give every paragraph its section path and its part (review or plan);
* every paragraph keeps an offset map from clean characters back to raw line numbers.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from .headings import (
    UNNUMBERED_STYLE,
    Heading,
    SectionTracker,
    goes_on_with_plan,
    heading_level,
    is_list_item,
    is_speaker_line,
    parse_heading,
    part_of,
    years_in,
)
from .report_years import names_part_of_year, report_years
from .textnorm import display_width, join_separator, normalize_line, normalize_lines

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LATIN_AUTHOR = re.compile(r"^[A-Za-z][A-Za-z0-9_.@\- ]{0,39}$")
_CJK_AUTHOR = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
#: A comment written inside the text: ``【王敏：此数据需核实】`` (an author, a colon, the text).
_BRACKETED_COMMENT = re.compile(
    r"【([\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9_.\- ]{0,29})[：:]([^【】]{1,300})】"
)
#: Words before a colon in brackets that label the report's own text, not a reviewer.
_NOT_AUTHORS = frozenset(
    ["专栏", "注释", "说明", "备注", "附件", "附表", "链接", "案例", "来源", "图表", "数据"]
)
_TERMINAL = re.compile(r"[。！？!?][”’」』）)\"']*$")
_CLAUSE_PUNCT = "，。；：！？、,;:!?"
_DASH_LINE = re.compile(r"^(?:——|──|—|--)")
#: A sentence with figures in clauses: a bullet that says so is body, not a heading.
_STATEMENT = re.compile(r"\d[^，,]*[，,]|[，,][^，,]*\d")
_FIRST_STOP = re.compile(r"[。！？!?；;]")
#: Opening paragraphs (before the first heading) read for the years when no heading names one:
#: how many, and how long one may be (``现在，我代表镇人民政府向大会报告…，请予审议。``).
FRONT_MAX_PARAGRAPHS = 6
OPENING_MAX_CHARS = 200
#: A page number on a line of its own, as printed by a document exported to text (— 2 —,
#: －3－, 第4页, 第4页 共12页, 5/12): no content, and no break of the paragraph around it.
_PAGE_MARK = re.compile(
    r"[-—–－~～·•]+\s*\d{1,4}\s*[-—–－~～·•]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"
)
_OPENER = re.compile(r"^(?:[一二三四五六七八九十]{1,2}是|各位代表|同志们)")


def _segment_start(segment: tuple[int, int]) -> int:
    return segment[0]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of clean text with its place in the report and in the raw file.

    Attributes
    ----------
    index
        Position among the report's paragraphs, from 0.
    text
        Clean text (see :mod:`indicators.textnorm`).
    section
        Section path: the titles of the enclosing headings, outermost first.
    part
        ``review`` (the past year), ``plan`` (the coming year) or ``""``.
    kind
        ``title``, ``heading`` (a heading alone) or ``body``.
    segments
        ``(clean offset, raw line)`` pairs: the raw line (1-based) from which the clean text
        starting at that offset comes.
    """

    index: int
    text: str
    section: tuple[str, ...]
    part: str
    kind: str
    segments: tuple[tuple[int, int], ...] = field(repr=False)

    @property
    def line_start(self) -> int:
        """First raw line of the paragraph."""
        return self.segments[0][1]

    @property
    def line_end(self) -> int:
        """Last raw line of the paragraph."""
        return self.segments[-1][1]

    @property
    def section_path(self) -> str:
        """The section path joined with `` > ``."""
        return " > ".join(self.section)

    def line_at(self, offset: int) -> int:
        """Raw line (1-based) of the clean character at ``offset``.

        Examples
        --------
        >>> p = Paragraph(0, "同比增长7%", (), "", "body", ((0, 42), (3, 43)))
        >>> p.line_at(0), p.line_at(3), p.line_at(5)
        (42, 43, 43)
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside paragraph of length {len(self.text)}")
        i = bisect.bisect_right(self.segments, offset, key=_segment_start)
        return self.segments[max(i - 1, 0)][1]

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        """First and last raw line of the clean span ``text[start:end]``.

        Examples
        --------
        >>> p = Paragraph(0, "同比增长7%", (), "", "body", ((0, 42), (3, 43)))
        >>> p.lines_of(0, 5)
        (42, 43)
        """
        last = max(start, end - 1)
        return self.line_at(start), self.line_at(last)


@dataclass(frozen=True)
class Comment:
    """A reviewer comment, kept apart from the report text, with what it is anchored to.

    ``paragraph`` and ``offset`` place the comment in the clean text (it follows
    ``paragraphs[paragraph].text[:offset]``); ``anchor`` is the text it is anchored to: the
    words it follows in a plain-text export, the commented range in a Word document.
    ``line`` and ``text_line_end`` are provenance lines (see :meth:`Report.locate`);
    ``date`` is the ISO date-time Word records, empty for plain text.
    """

    index: int
    author: str
    text: str
    paragraph: int
    offset: int
    anchor: str
    line: int
    text_line_end: int
    date: str = ""


@dataclass(frozen=True)
class Revision:
    """A tracked change of a Word draft (the report text is read with every change accepted).

    ``kind`` is ``insertion``, ``deletion``, ``move-to`` or ``move-from``; ``text`` the text
    inserted or deleted; ``line`` the provenance line of the paragraph or table cell it is in.
    """

    index: int
    kind: str
    author: str
    date: str
    text: str
    line: int


@dataclass(frozen=True)
class Report:
    """A cleaned report: paragraphs, comments and what the headings say about it.

    Provenance is an ``int`` for every format: a 1-based index into :attr:`raw_lines`
    (``Paragraph.line_at``, ``Comment.line``). What a raw line is depends on the format:

    * ``text``: a line of the file, labelled ``第 12 行``;
    * ``docx``: a body paragraph (``第 14 段``) or a table cell (``表 2 第 3 行第 2 列``), its
      text read with tracked changes accepted;
    * ``pdf``: a text line kept after page headers, footers and numbers are removed,
      labelled with its page and its line counted from the top of that page
      (``第 3 页第 12 行``).

    :meth:`locate` turns a provenance int into that label; :attr:`line_labels` holds one
    label per raw line (empty for plain text, whose label is computed).
    """

    source: str
    stem: str
    encoding: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    comments: tuple[Comment, ...]
    raw_lines: tuple[str, ...] = field(repr=False)
    review_year: int | None = None
    plan_year: int | None = None
    format: str = "text"
    line_labels: tuple[str, ...] = field(default=(), repr=False)
    revisions: tuple[Revision, ...] = ()

    @cached_property
    def text(self) -> str:
        """All paragraphs, one per line (joined once: a long report is read often)."""
        return "\n".join(p.text for p in self.paragraphs)

    def locate(self, line: int) -> str:
        """Human label of provenance line ``line``, for citing it in a brief.

        Examples
        --------
        >>> parse_text("产值 5 亿元。").locate(1)
        '第 1 行'
        """
        if not 1 <= line <= len(self.raw_lines):
            raise IndexError(f"line {line} outside the {len(self.raw_lines)} lines of the report")
        if self.line_labels:
            return self.line_labels[line - 1]
        return f"第 {line} 行"


@dataclass
class _Line:
    number: int
    clean: str
    width: int
    heading: int | None  # level of the heading marker the line starts with


@dataclass
class _Block:
    author_line: int
    text_end: int
    author: str
    text: str
    after_content: int  # index into the content lines of the line it follows (-1: none)
    column: int = -1  # where in that line's clean text it stood (-1: after the line)


def _looks_like_author(stripped: str, double_spaced: bool) -> bool:
    if _LATIN_AUTHOR.match(stripped) and not stripped.replace(" ", "").isdigit():
        return True
    return double_spaced and bool(_CJK_AUTHOR.match(stripped))


def split_lines(text: str) -> list[str]:
    """Split text into lines the way line numbers are counted (``\\n``, ``\\r\\n``, ``\\r``).

    Examples
    --------
    >>> split_lines("a\\r\\nb\\n")
    ['a', 'b']
    """
    lines = _LINE_BREAK.split(text) if "\r" in text else text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _separate_comments(raw: Sequence[str]) -> tuple[list[_Line], list[_Block], bool]:
    """Content lines (non-blank, not comments), comment blocks, and the layout."""
    n = len(raw)
    stripped_lines = [line.strip() for line in raw]
    blank = [not line for line in stripped_lines]
    nonblank = [i for i in range(n) if not blank[i]]
    followed_by_blank = sum(1 for i in nonblank if i + 1 < n and blank[i + 1])
    double_spaced = bool(nonblank) and followed_by_blank > 0.5 * len(nonblank)
    width_of = [display_width(line) for line in stripped_lines]
    clean_lines = normalize_lines(raw)
    widths = sorted(width_of[i] for i in nonblank)
    full = widths[int(0.75 * (len(widths) - 1))] if widths else 0

    content: list[_Line] = []
    blocks: list[_Block] = []
    i = 0
    while i < n:
        stripped = stripped_lines[i]
        if not stripped:
            i += 1
            continue
        nxt = raw[i + 1] if i + 1 < n else ""
        directly_followed = i + 1 < n and not blank[i + 1] and not nxt[:1].isspace()
        if directly_followed and _looks_like_author(stripped, double_spaced):
            j = i + 1
            texts = [stripped_lines[j]]
            # A comment wraps onto further lines only where the layout is double-spaced and
            # its line is full; the body resumes on a blank, indented or heading line.
            while (
                double_spaced
                and j + 1 < n
                and width_of[j] >= full - 6
                and not blank[j + 1]
                and not raw[j + 1][:1].isspace()
                and heading_level(clean_lines[j + 1]) is None
            ):
                j += 1
                texts.append(stripped_lines[j])
            blocks.append(
                _Block(
                    author_line=i + 1,
                    text_end=j + 1,
                    author=stripped,
                    text=" ".join(normalize_keep_spaces(t) for t in texts),
                    after_content=len(content) - 1,
                )
            )
            i = j + 1
            continue
        if _PAGE_MARK.fullmatch(stripped):
            i += 1  # kept among the raw lines, no content
            continue
        clean = clean_lines[i]
        if "【" in clean:
            clean = _cut_bracketed_comments(clean, i + 1, len(content), blocks)
        if clean:
            content.append(_Line(i + 1, clean, width_of[i], heading_level(clean)))
        i += 1
    return content, blocks, double_spaced


def _cut_bracketed_comments(clean: str, number: int, index: int, blocks: list[_Block]) -> str:
    """Cut comments written inside a line as ``【王敏：此数据需核实】`` out of its clean text,
    keeping each as a block anchored where it stood; the line's text without them."""
    out: list[str] = []
    at = 0
    for m in _BRACKETED_COMMENT.finditer(clean):
        if m.group(1) in _NOT_AUTHORS:
            continue
        out.append(clean[at : m.start()])
        at = m.end()
        blocks.append(
            _Block(
                author_line=number,
                text_end=number,
                author=m.group(1),
                text=m.group(2).strip(),
                after_content=index,
                column=sum(len(piece) for piece in out),
            )
        )
    out.append(clean[at:])
    return "".join(out)


def normalize_keep_spaces(text: str) -> str:
    """Normalize characters but keep single spaces (for comment text, which is prose).

    Examples
    --------
    >>> normalize_keep_spaces("将成效改为成果 会不会好一点？")
    '将成效改为成果 会不会好一点？'
    """
    return " ".join(normalize_line(part) for part in text.split())


def _is_wrapped(content: Sequence[_Line]) -> tuple[bool, int]:
    """Whether lines are hard-wrapped at a fixed width, and that width."""
    widths = sorted(line.width for line in content)
    if len(widths) < 5:
        return False, max(widths, default=0)
    full = widths[int(0.75 * (len(widths) - 1))]
    near = sum(1 for w in widths if abs(w - full) <= 6)
    return (near >= 0.4 * len(widths) and full <= 160), full


def _ends_paragraph(cur: _Line, nxt: _Line, full: int, blank_between: bool) -> bool:
    if blank_between:
        return True
    terminal = bool(_TERMINAL.search(cur.clean))
    if cur.width < 0.6 * full:
        return True
    if terminal and cur.width <= full - 4:
        return True
    starts_new = nxt.heading is not None or bool(_OPENER.match(nxt.clean))
    return starts_new and (terminal or cur.heading is not None)


def _group_lines(
    content: Sequence[_Line], raw: Sequence[str], double_spaced: bool
) -> list[list[int]]:
    """Group content-line indices into paragraphs."""
    if not content:
        return []
    wrapped, full = _is_wrapped(content)
    groups: list[list[int]] = [[0]]
    for k in range(1, len(content)):
        prev, cur = content[k - 1], content[k]
        between = [s.strip() for s in raw[prev.number : cur.number - 1]]
        page_end = any(_PAGE_MARK.fullmatch(s) for s in between)
        blank_between = not double_spaced and any(not s for s in between)
        if page_end and blank_between:  # a page ends, not the paragraph, unless its last line
            # ends a sentence or the next page opens indented (…增强。／— 2 —／　　财政…)
            indented = raw[cur.number - 1][:1].isspace()
            blank_between = indented or bool(_TERMINAL.search(prev.clean))
        if not wrapped or _ends_paragraph(prev, cur, full, blank_between):
            groups.append([k])
        else:
            groups[-1].append(k)
    return [part for group in groups for part in _split_heading(group, content)]


#: A heading whose title would run this many characters into its second line is taken to
#: end with its first line (the body starts on the next line without a full stop).
_HEADING_OVERRUN = 12


def _split_heading(group: list[int], content: Sequence[_Line]) -> list[list[int]]:
    first = content[group[0]].clean
    if len(group) < 2 or content[group[0]].heading is None or _FIRST_STOP.search(first):
        return [group]
    rest = "".join(content[k].clean for k in group[1:])
    stop = _FIRST_STOP.search(rest)
    overrun = stop.start() if stop else len(rest)
    return [group[:1], group[1:]] if overrun > _HEADING_OVERRUN else [group]


def _anchor_words(before: str, limit: int = 20) -> str:
    """The last words of ``before`` (at most ``limit`` characters) after its last clause
    punctuation, not counting the punctuation it ends with."""
    body = before.rstrip(_CLAUSE_PUNCT)
    start = max(0, len(before) - limit)  # only the last characters can be kept
    cut = max(body.rfind(p, start) for p in _CLAUSE_PUNCT)
    return before[max(cut + 1, start) :]


class SourceLine(NamedTuple):
    """A piece of clean text and the provenance line it comes from.

    The input of :func:`assemble_paragraphs`. ``sep`` is the text put before this piece
    when it is not the first of its paragraph; ``None`` lets :func:`join_separator` decide
    (nothing between Chinese characters, a space between Latin words). A named tuple: a
    report has thousands of them.
    """

    number: int
    clean: str
    sep: str | None = None


@dataclass(frozen=True)
class Assembled:
    """Paragraphs built from groups of source lines, and what their headings say.

    ``spans[g][k]`` is the clean ``(start, end)`` of line ``k`` of group ``g`` inside
    paragraph ``g``'s text (one paragraph per group, in order).
    """

    paragraphs: tuple[Paragraph, ...]
    spans: tuple[tuple[tuple[int, int], ...], ...]
    title: str
    review_year: int | None
    plan_year: int | None


def _is_opening(text: str) -> bool:
    """Whether a paragraph before the first heading is the opening that says what the report
    is about (``…向大会报告2023年上半年工作情况…``), not text whose headings were lost."""
    return len(text) <= OPENING_MAX_CHARS and "报告" in text


def assemble_paragraphs(groups: Sequence[Sequence[SourceLine]]) -> Assembled:
    """Join each group of source lines into a paragraph with its section path and kind.

    This is the format-independent half of cleaning: plain text, Word and PDF readers each
    decide which lines make a paragraph, and this function recognizes headings
    (:mod:`indicators.headings`), tracks the section path and the part (review or plan),
    picks out the title lines before the first heading and infers the years.

    Parameters
    ----------
    groups
        Non-empty groups of source lines with non-empty clean text, one per paragraph,
        in reading order.

    Examples
    --------
    >>> a = assemble_paragraphs([[SourceLine(1, "一、2022年工作回顾")],
    ...                          [SourceLine(3, "产值12.5亿元，"), SourceLine(4, "增长7%。")]])
    >>> [(p.kind, p.text, p.line_start, p.line_end) for p in a.paragraphs]
    [('heading', '一、2022年工作回顾', 1, 1), ('body', '产值12.5亿元，增长7%。', 3, 4)]
    >>> a.spans[1], (a.review_year, a.plan_year)
    (((0, 9), (9, 14)), (2022, 2023))
    """
    paragraphs: list[Paragraph] = []
    spans: list[tuple[tuple[int, int], ...]] = []
    sections = SectionTracker()
    part = ""
    title_lines: list[str] = []
    seen_heading = False
    seen_body = False
    review_years: list[int] = []
    plan_years: list[int] = []
    front: list[str] = []  # title, session line and opening, read for years if no heading has
    mid_year = False  # a review heading names part of its year (一、2023年上半年工作回顾)
    review_seen = False  # a top-level review section came before
    last_part = ""  # the part of the last top-level section that named one
    unnumbered_parts = False  # parts headed without numbers (过去一年工作回顾)
    for group in groups:
        pieces: list[str] = []
        segments: list[tuple[int, int]] = []
        group_spans: list[tuple[int, int]] = []
        length = 0
        for line in group:
            if pieces:
                sep = join_separator(pieces[-1], line.clean) if line.sep is None else line.sep
            else:
                sep = ""
            length += len(sep)
            segments.append((length, line.number))
            pieces.append(sep + line.clean)
            group_spans.append((length, length + len(line.clean)))
            length += len(line.clean)
        ptext = "".join(pieces)
        heading = parse_heading(ptext)
        if heading is not None and is_list_item(heading, ptext):
            heading = None  # 1．城南农贸市场改造：总投资860，…；: an item of a list
        if heading is not None and _DASH_LINE.match(ptext) and _STATEMENT.search(heading.title):
            heading = None  # ——石湾街道…由2024年的598.3亿元增加到652.4亿元，增长6.0%。: a bullet
            # of figures, no heading (its years no section's)
        if heading is None and seen_body and _unnumbered_part(ptext, review_seen):
            heading = Heading(1, "", ptext, run_in=False, style=UNNUMBERED_STYLE)
            unnumbered_parts = True
        elif (
            heading is not None
            and heading.level == 1
            and unnumbered_parts
            and not part_of(heading.title, after_review=bool(review_seen))
        ):  # 过去一年工作回顾 / 一、楼宇经济量质齐升…: a section of that part
            heading = dataclasses.replace(heading, level=2)
        if heading is not None and not (heading.level > 1 and not seen_heading):
            seen_heading = True
            sections.enter(heading)
            if heading.level == 1:
                part = part_of(heading.title, after_review=bool(review_seen))
                if not part and last_part == "plan" and goes_on_with_plan(heading.title):
                    part = "plan"  # 三、全面加强政府自身建设 after the plan: the year ahead's work
                last_part = part or last_part
                review_seen = review_seen or part == "review"
                years = years_in(heading.title)
                (review_years if part == "review" else plan_years if part == "plan" else []).extend(
                    years
                )
                mid_year = mid_year or (part == "review" and names_part_of_year(heading.title))
            kind = "body" if heading.run_in else "heading"
        elif (
            not seen_heading
            and not seen_body
            and not _TERMINAL.search(ptext)
            and not ptext.endswith(("：", ":"))
            and len(ptext) <= 60
        ):
            kind = "title"
            if not _DASH_LINE.match(ptext) and not is_speaker_line(ptext):  # a subtitle
                title_lines.append(ptext)
            front.append(ptext)
        else:
            kind = "body"
            seen_body = True
            if not seen_heading and len(front) < FRONT_MAX_PARAGRAPHS and _is_opening(ptext):
                front.append(ptext)
        paragraphs.append(
            Paragraph(
                index=len(paragraphs),
                text=ptext,
                section=sections.path,
                part=part,
                kind=kind,
                segments=tuple(segments),
            )
        )
        spans.append(tuple(group_spans))

    review_year, plan_year = report_years(review_years, plan_years, front, mid_year)
    return Assembled(
        paragraphs=tuple(paragraphs),
        spans=tuple(spans),
        title="".join(title_lines),
        review_year=review_year,
        plan_year=plan_year,
    )


#: The longest line read as an unnumbered heading of a part (过去一年工作回顾, 2020年工作安排).
_UNNUMBERED_MAX = 16


def _unnumbered_part(text: str, after_review: bool) -> bool:
    """Whether a short line with no punctuation names a part of the report (过去一年工作回顾,
    2020年工作安排): a top-level heading printed without a number."""
    if len(text) > _UNNUMBERED_MAX or any(mark in text for mark in "，,。；;：:、！？"):
        return False
    return part_of(text, after_review=after_review) != ""


def parse_text(
    text: str, source: str = "<text>", encoding: str = "utf-8", stem: str | None = None
) -> Report:
    """Clean a decoded report.

    Parameters
    ----------
    text
        The decoded file content.
    source
        Where it came from, for provenance (normally the path).
    encoding
        The encoding it was decoded with.
    stem
        Short name used for output folders; defaults to the file stem of ``source``.

    Returns
    -------
    Report
        Paragraphs with section paths and offset maps, and the comments.

    Examples
    --------
    >>> r = parse_text("一、2020年工作回顾\\n\\n全年完成产值 12.5 亿元，同比增长 7%。\\n")
    >>> [(p.kind, p.section_path, p.part, p.line_start) for p in r.paragraphs]
    [('heading', '一、2020年工作回顾', 'review', 1), ('body', '一、2020年工作回顾', 'review', 3)]
    >>> r.paragraphs[1].text
    '全年完成产值12.5亿元，同比增长7%。'
    """
    raw = split_lines(text)
    content, blocks, double_spaced = _separate_comments(raw)
    groups = _group_lines(content, raw, double_spaced)
    assembled = assemble_paragraphs(
        [[SourceLine(content[k].number, content[k].clean) for k in group] for group in groups]
    )
    paragraphs = assembled.paragraphs
    # content index -> (paragraph, start and end offsets of the line in it)
    para_of_line: dict[int, tuple[int, int, int]] = {}
    for g, group in enumerate(groups):
        for k, (start, end) in zip(group, assembled.spans[g], strict=True):
            para_of_line[k] = (g, start, end)

    comments: list[Comment] = []
    for n, block in enumerate(blocks):
        if block.after_content >= 0:
            pidx, start, offset = para_of_line[block.after_content]
            if block.column >= 0:  # a comment inside the line: where it stood
                offset = min(start + block.column, offset)
        else:
            pidx, offset = 0, 0
        before = paragraphs[pidx].text[:offset] if paragraphs else ""
        comments.append(
            Comment(
                index=n,
                author=block.author,
                text=block.text,
                paragraph=pidx,
                offset=offset,
                anchor=_anchor_words(before),
                line=block.author_line,
                text_line_end=block.text_end,
            )
        )

    src = str(source)
    return Report(
        source=src,
        stem=stem or Path(src).stem,
        encoding=encoding,
        title=assembled.title,
        paragraphs=paragraphs,
        comments=tuple(comments),
        raw_lines=tuple(raw),
        review_year=assembled.review_year,
        plan_year=assembled.plan_year,
    )


def load_report(path: str | Path) -> Report:
    """Read and clean a report file: plain text, a Word draft (.docx) or a PDF.

    The format is told from the content (see :mod:`indicators.formats`); every format yields
    the same :class:`Report` structure, with provenance labelled by :meth:`Report.locate`.

    Parameters
    ----------
    path
        A text report in UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 or Big5; a
        ``.docx``; or a ``.pdf`` with a text layer.

    Returns
    -------
    Report

    Raises
    ------
    InputError
        The file is missing, empty, binary, damaged, too large, password-protected, a PDF
        without a text layer, or not in a supported encoding.

    Examples
    --------
    >>> from indicators.paths import default_report
    >>> r = load_report(default_report())
    >>> len(r.comments), r.review_year, r.plan_year
    (2, 2020, 2021)
    """
    from .formats import read_report  # the readers import this module

    return read_report(path)


def median_width(report: Report) -> float:
    """Median display width of the report's non-blank raw lines (a layout diagnostic)."""
    widths = [display_width(s.strip()) for s in report.raw_lines if s.strip()]
    return statistics.median(widths) if widths else 0.0
