"""Tables of a cleaned report: its paragraphs and its reviewer comments."""

from __future__ import annotations

import pandas as pd

from .cleaning import Report

PARAGRAPH_COLUMNS = ["paragraph", "kind", "part", "section", "line_start", "line_end", "text"]
COMMENT_COLUMNS = ["comment", "author", "text", "paragraph", "anchor", "line", "text_line_end"]


def paragraphs_table(report: Report) -> pd.DataFrame:
    """One row per paragraph: section path, raw line range and clean text.

    Examples
    --------
    >>> from indicators.cleaning import parse_text
    >>> table = paragraphs_table(parse_text("一、回顾\\n\\n增长 7%。\\n"))
    >>> table[["section", "line_start", "text"]]
      section  line_start   text
    0    一、回顾           1   一、回顾
    1    一、回顾           3  增长7%。
    """
    rows = [
        (p.index, p.kind, p.part, p.section_path, p.line_start, p.line_end, p.text)
        for p in report.paragraphs
    ]
    return pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)


def comments_table(report: Report) -> pd.DataFrame:
    """One row per reviewer comment: author, text, the words it follows, raw lines.

    ``paragraph`` is the index of the paragraph the comment is anchored in, ``anchor`` the
    words of that paragraph it follows, ``line`` the raw line of the author and
    ``text_line_end`` the last raw line of the comment text.
    """
    rows = [
        (c.index, c.author, c.text, c.paragraph, c.anchor, c.line, c.text_line_end)
        for c in report.comments
    ]
    return pd.DataFrame(rows, columns=COMMENT_COLUMNS)
