"""Tables of a cleaned report: its paragraphs and its reviewer comments."""

from __future__ import annotations

import pandas as pd

from .cleaning import Report

PARAGRAPH_COLUMNS = [
    "paragraph",
    "kind",
    "part",
    "section",
    "line_start",
    "line_end",
    "text",
    "location",
]
COMMENT_COLUMNS = [
    "comment",
    "author",
    "text",
    "paragraph",
    "anchor",
    "line",
    "text_line_end",
    "date",
    "location",
]
REVISION_COLUMNS = ["revision", "kind", "author", "date", "text", "line", "location"]


def paragraphs_table(report: Report) -> pd.DataFrame:
    """One row per paragraph: section path, raw line range, clean text and where it starts.

    ``line_start``/``line_end`` are provenance lines; ``location`` is the label of
    ``line_start`` (``第 3 行``, ``第 2 页第 5 行``, ``第 14 段``, ``表 1 第 2 行第 3 列``).

    Examples
    --------
    >>> from indicators.cleaning import parse_text
    >>> table = paragraphs_table(parse_text("一、回顾\\n\\n增长 7%。\\n"))
    >>> table[["section", "line_start", "text", "location"]]
      section  line_start   text location
    0    一、回顾           1   一、回顾    第 1 行
    1    一、回顾           3  增长7%。    第 3 行
    """
    rows = [
        (
            p.index,
            p.kind,
            p.part,
            p.section_path,
            p.line_start,
            p.line_end,
            p.text,
            report.locate(p.line_start),
        )
        for p in report.paragraphs
    ]
    return pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)


def comments_table(report: Report) -> pd.DataFrame:
    """One row per reviewer comment: author, text, the words it follows, raw lines.

    ``paragraph`` is the index of the paragraph the comment is anchored in, ``anchor`` the
    words of that paragraph it follows, ``line`` the raw line of the author and
    ``text_line_end`` the last raw line of the comment text. For a Word draft, ``anchor`` is
    the commented text, ``date`` the time Word recorded and ``line`` the paragraph or table
    cell where the commented range starts; ``location`` labels ``line``.
    """
    rows = [
        (
            c.index,
            c.author,
            c.text,
            c.paragraph,
            c.anchor,
            c.line,
            c.text_line_end,
            c.date,
            report.locate(c.line),
        )
        for c in report.comments
    ]
    return pd.DataFrame(rows, columns=COMMENT_COLUMNS)


def revisions_table(report: Report) -> pd.DataFrame:
    """One row per tracked change of a Word draft (empty for plain text and PDF).

    ``kind`` is ``insertion``, ``deletion``, ``move-to`` or ``move-from``; ``text`` what was
    inserted or deleted (the report text reads as if every change were accepted); ``line``
    the paragraph or table cell it is in, labelled by ``location``.

    Examples
    --------
    >>> from indicators.cleaning import parse_text
    >>> revisions_table(parse_text("增长 7%。")).columns.tolist()
    ['revision', 'kind', 'author', 'date', 'text', 'line', 'location']
    """
    rows = [
        (v.index, v.kind, v.author, v.date, v.text, v.line, report.locate(v.line))
        for v in report.revisions
    ]
    return pd.DataFrame(rows, columns=REVISION_COLUMNS)
