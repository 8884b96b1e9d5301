"""Views of a cleaned report for reading: raw against clean text, and its sections."""

from __future__ import annotations

import re

import pandas as pd

from .cleaning import Report

_DIGIT = re.compile(r"\d")


def raw_and_clean(report: Report, count: int = 4, with_numbers: bool = True) -> pd.DataFrame:
    """The first ``count`` body paragraphs beside the raw lines they were cleaned from.

    Parameters
    ----------
    report
        A cleaned report.
    count
        How many paragraphs.
    with_numbers
        Only paragraphs that contain digits (where cleaning matters most).

    Returns
    -------
    pandas.DataFrame
        Columns ``paragraph, lines, raw, clean``; ``raw`` keeps the raw lines as they are
        (blank lines dropped, line breaks shown as ``⏎``).

    Examples
    --------
    >>> from indicators.cleaning import parse_text
    >>> r = parse_text("一、回顾\\n\\n全年产值 １２.５ 亿元，增长 7%。\\n")
    >>> raw_and_clean(r).iloc[0].tolist()
    [1, '3-3', '全年产值 １２.５ 亿元，增长 7%。', '全年产值12.5亿元，增长7%。']
    """
    rows = []
    for p in report.paragraphs:
        if p.kind != "body" or (with_numbers and not _DIGIT.search(p.text)):
            continue
        raw = [line.strip() for line in report.raw_lines[p.line_start - 1 : p.line_end]]
        rows.append(
            {
                "paragraph": int(p.index),
                "lines": f"{p.line_start}-{p.line_end}",
                "raw": "⏎".join(line for line in raw if line),
                "clean": p.text,
            }
        )
        if len(rows) >= count:
            break
    return pd.DataFrame(rows, columns=["paragraph", "lines", "raw", "clean"]).astype(object)


def sections_table(report: Report) -> pd.DataFrame:
    """One row per section: its path, part (review or plan), first raw line, paragraphs.

    Examples
    --------
    >>> from indicators.cleaning import parse_text
    >>> text = "一、2022年工作回顾\\n\\n产值增长7%。\\n\\n二、2023年工作安排\\n\\n力争增长8%。\\n"
    >>> r = parse_text(text)
    >>> sections_table(r)[["section", "part", "line", "paragraphs"]].values.tolist()
    [['一、2022年工作回顾', 'review', 1, 2], ['二、2023年工作安排', 'plan', 5, 2]]
    """
    rows: dict[str, dict] = {}
    for p in report.paragraphs:
        if not p.section:
            continue
        key = p.section_path
        if key not in rows:
            rows[key] = {
                "section": key,
                "level": len(p.section),
                "part": p.part,
                "line": p.line_start,
                "paragraphs": 0,
            }
        rows[key]["paragraphs"] += 1
    return pd.DataFrame(
        list(rows.values()), columns=["section", "level", "part", "line", "paragraphs"]
    )
