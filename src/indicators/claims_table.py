"""The claims of a report as a table (one row per quantitative claim)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .claims import Claim, extract_claims
from .cleaning import Report, load_report
from .rows import TextRows

#: The columns of the claims table, in order (the arithmetic checker relies on them).
#:
#: ``period`` is a year (``2020``), months (``2020-01..2020-06``) or, for a figure of several
#: years (累计 over “十三五”期间, 2016—2020年, 2016年以来, 过去五年), the span of years
#: ``2016..2020`` (plan names map to years in ``data/phrases.toml``); such a figure is never an
#: annual level. ``growth_basis`` is what the growth compares with, as printed (同比, 比上年),
#: ``比2015年`` for a growth over another year (also 是2015年的3倍, a growth of +200 % whose
#: ``qualifier`` 倍 gives it the precision of the multiple, and a growth stated over a span of
#: years, such as “十三五”期间翻了一番), and ``年均`` for an average annual growth (年均增长,
#: 年平均增长, 两年平均增长), after the years it runs over when they are known
#: (``2016..2020年均``: it connects the level of 2020 with that of 2015). An average growth is
#: never a growth over the year before.
COLUMNS = [
    "indicator",
    "name",
    "parent",
    "period",
    "kind",
    "value",
    "unit",
    "growth_pct",
    "growth_basis",
    "qualifier",
    "scope",
    "section",
    "line",
    "quote",
]
#: Further columns, after ``quote``: a stable id per claim, its paragraph, what the value
#: measures (``level``; ``change``: an absolute change such as 增加了2个 or 提高1.2个百分点,
#: signed; ``new``: a count of new items such as 新增12家; ``each``: a bound each member of a
#: group reaches, such as 12个村均超过20万元), the id of the total it is a part
#: of, a link to a related claim (``changed_from``: the earlier value of 由A增加到B;
#: ``range_low``/``range_high``: the other end of a range; ``same_as``: the same quantity with
#: a second growth; ``change_of``: the rate a change in points refers to; ``structure``: the
#: first component of a:b:c; ``sum``: the first of the figures a 合计 adds up; ``progress_of``:
#: the target a rate of completion reaches; ``rate_change_of``: the growth a change in points
#: of a growth refers to), the raw lines of the value and of the growth, the qualifiers
#: printed with the growth itself, the base of an index (上年同期=100), and the label of
#: ``line`` an analyst can look up in the report (第 12 行, 第 14 段, 表 2 第 3 行第 2 列).
EXTRA_COLUMNS = [
    "claim_id",
    "paragraph",
    "measure",
    "parent_id",
    "linked_to",
    "link",
    "value_line",
    "growth_line",
    "growth_qualifier",
    "base",
    "location",
]
_INT_COLUMNS = ("value_line", "growth_line")


def claims_frame(claims: list[Claim]) -> pd.DataFrame:
    """A list of claims as the claims table.

    Examples
    --------
    >>> claims_frame([]).columns[:3].tolist()
    ['indicator', 'name', 'parent']
    """
    columns = COLUMNS + EXTRA_COLUMNS
    table = pd.DataFrame(
        [[getattr(c, col) for col in columns] for c in claims], columns=columns, dtype=object
    )
    for col in _INT_COLUMNS:
        table[col] = pd.array(table[col].tolist(), dtype="Int64")
    table["line"] = table["line"].astype("int64")
    table["paragraph"] = table["paragraph"].astype("int64")
    return table


def claim_rows(claims: list[Claim]) -> TextRows:
    """A list of claims as rows of the claims table (:mod:`indicators.rows`), cells as text.

    The rows are what the claims table prints (a missing line is ``""``), stripped. They are
    the extractor's own text, so no cell is read as a missing-value marker (``nan``).

    Examples
    --------
    >>> from indicators import parse_text
    >>> r = parse_text("一、2020年工作回顾\\n\\n全镇完成社会总产值12.5亿元，同比增长7%。\\n")
    >>> row = claim_rows(extract_claims(r))[0]
    >>> row["value"], row["growth_pct"], row["line"], row["value_line"], row["growth_line"]
    ('12.5', '7', '3', '3', '3')
    """
    columns = COLUMNS + EXTRA_COLUMNS
    return TextRows(
        {col: "" if (v := getattr(c, col)) is None else str(v).strip() for col in columns}
        for c in claims
    )


def claims_table(report: Report) -> pd.DataFrame:
    """The claims table of an already-loaded report.

    Examples
    --------
    >>> from indicators import parse_text
    >>> r = parse_text("一、2020年工作回顾\\n\\n全镇完成社会总产值12.5亿元，同比增长7%。\\n")
    >>> claims_table(r)[["indicator", "period", "value", "unit", "growth_pct", "line"]]
      indicator period value unit growth_pct  line
    0     社会总产值   2020  12.5   亿元          7     3
    """
    return claims_frame(extract_claims(report))


def claims(path: str | Path) -> pd.DataFrame:
    """Read a report file and return its claims table.

    Parameters
    ----------
    path
        A report file (see :func:`indicators.load_report`).

    Returns
    -------
    pandas.DataFrame
        One row per quantitative claim; columns :data:`COLUMNS` then :data:`EXTRA_COLUMNS`.
        ``value`` and ``growth_pct`` are the numbers as printed (strings, trailing zeros kept).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> path = Path(tempfile.mkdtemp()) / "report.txt"
    >>> text = "一、2022年工作回顾\\n\\n全镇规模以上工业总产值86.40亿元，同比增长9.30%。\\n"
    >>> _ = path.write_text(text, encoding="utf-8")
    >>> row = claims(path).iloc[0]
    >>> row.indicator, row.value, row.growth_pct, int(row.line)
    ('规模以上工业总产值', '86.40', '9.30', 3)
    """
    return claims_table(load_report(path))
