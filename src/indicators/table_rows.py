"""Render the rows of a table as sentence-like paragraphs that the claims extractor can read.

A statistics table in a draft names the indicator in its first column and a period or a
measure in each column header, often with the unit in the header. Each data row becomes one
paragraph of ``label：value`` pieces joined by ``；`` and closed by ``。``::

    指标：地区生产总值；2022年：286.5亿元；比上年增长：5.2%。

The format (what a claims parser may rely on):

* the first piece is the row label under the first column's header (``指标`` when that
  header is empty): it names the indicator;
* every other piece is ``<column header without its unit>：<cell text>``; empty cells are left
  out; ``：`` (full-width colon) separates header and value, ``；`` separates pieces;
* a bare number (``286.5``, ``-3``, ``1,234``), or one with its qualifiers (``约45``,
  ``3以内``), gets the unit that applies to its cell, so the value reads as the report would
  write it (``286.5亿元``, ``5.2%``, ``约45家``, ``3%以内``). The unit comes from, in
  this order: the column header (``2022年（亿元）``, ``增长（%）``, ``金额/万元``, ``增速%``);
  ``%`` for a column whose header names a growth (``增长``, ``增速``…); the row (a unit column
  headed ``单位``, or a unit at the end of the row label: ``地区生产总值（亿元）``); the table
  (a ``单位：亿元`` caption row or the paragraph just before the table). A cell that already
  carries a unit or any other text is kept as it is;
* a unit column (headed ``单位``) is not rendered as a piece: its unit moves into the values;
* a table with a single row or a single column is a layout table: each non-empty cell is a
  paragraph of its own, as written.

Units, unit-column headers and growth words are data (``data/tables.toml``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .paths import VOCABULARY_DIR
from .phrases import alternation, load_phrases

TABLE_VOCABULARY = VOCABULARY_DIR / "tables.toml"
#: Separators of the rendered row (see the module docstring).
LABEL_SEP = "："
PIECE_SEP = "；"
ROW_END = "。"

_BARE_NUMBER = re.compile(r"^[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-+−]?\d+(?:\.\d+)?$")
_CAPTION = re.compile(r"^[（(]?\s*单位\s*[:：]\s*(?P<unit>[^（）()]+?)\s*[）)]?$")


@dataclass(frozen=True)
class Cell:
    """One table cell: its provenance line and its clean text."""

    line: int
    text: str


@dataclass(frozen=True)
class Piece:
    """One piece of a rendered row: ``text`` comes from the cell at provenance ``line``.

    ``prefix`` is the length of the ``label：`` part, so the cell's own text starts at
    ``text[prefix:]``.
    """

    line: int
    text: str
    prefix: int = 0


@dataclass(frozen=True)
class TableVocabulary:
    """The words of ``data/tables.toml``."""

    units: tuple[str, ...]
    unit_headers: tuple[str, ...]
    growth_words: tuple[str, ...]
    default_row_label: str
    serial_headers: tuple[str, ...] = ()
    previous_year_words: tuple[str, ...] = ()
    current_year_words: tuple[str, ...] = ()
    target_words: tuple[str, ...] = ()


@cache
def table_vocabulary() -> TableVocabulary:
    """Read ``data/tables.toml``.

    Examples
    --------
    >>> "亿元" in table_vocabulary().units
    True
    """
    with TABLE_VOCABULARY.open("rb") as fh:
        data = tomllib.load(fh)
    return TableVocabulary(
        units=tuple(sorted(data["units"], key=len, reverse=True)),
        unit_headers=tuple(data["unit_headers"]),
        growth_words=tuple(data["growth_words"]),
        default_row_label=data["default_row_label"],
        serial_headers=tuple(data.get("serial_headers", ())),
        previous_year_words=tuple(data.get("previous_year_words", ())),
        current_year_words=tuple(data.get("current_year_words", ())),
        target_words=tuple(data.get("target_words", ())),
    )


def split_unit(header: str) -> tuple[str, str | None]:
    """Split a trailing unit off a header or a row label.

    Examples
    --------
    >>> split_unit("2022年（亿元）"), split_unit("增速%"), split_unit("金额/万元")
    (('2022年', '亿元'), ('增速', '%'), ('金额', '万元'))
    >>> split_unit("总产值（预计）"), split_unit("单位：亿元")
    (('总产值（预计）', None), ('', '亿元'))
    """
    units = table_vocabulary().units
    text = header.strip()
    caption = _CAPTION.match(text)
    if caption and caption.group("unit") in units:
        return "", caption.group("unit")
    m = re.match(r"^(.*?)[（(]\s*(?:单位\s*[:：]\s*)?([^（）()]+?)\s*[）)]$", text)
    if m and m.group(2) in units:
        return m.group(1).strip(), m.group(2)
    for unit in units:
        for sep in ("/", "／", ""):
            if sep + unit == text[-len(sep + unit) :] and len(text) > len(sep + unit):
                if sep == "" and unit not in ("%", "‰"):
                    continue  # "亿元" glued to a label is too ambiguous ("万元户")
                return text[: -len(sep + unit)].strip(), unit
    return text, None


def caption_unit(text: str) -> str | None:
    """The unit of a ``单位：亿元`` caption, or ``None``.

    Examples
    --------
    >>> caption_unit("（单位：万元）"), caption_unit("全年完成产值")
    ('万元', None)
    """
    m = _CAPTION.match(text.strip())
    return m.group("unit") if m and m.group("unit") in table_vocabulary().units else None


@cache
def _qualified_number() -> re.Pattern[str]:
    """A number with the qualifiers a report prints around it (约45, 3以内, 5000多)."""
    q = load_phrases().raw["qualifiers"]
    number = r"[-+−]?\d+(?:,\d{3})*(?:\.\d+)?"
    return re.compile(
        rf"(?P<pre>{alternation(q['before'])})?(?P<num>{number})"
        rf"(?P<vague>[{re.escape(''.join(q['vague']))}])?(?P<post>{alternation(q['after'])})?"
    )


def _with_unit(value: str, unit: str | None) -> str:
    """A cell's text with the unit that applies to it, when the cell is a number alone or
    with its qualifiers (``3以内`` reads ``3%以内``).

    Examples
    --------
    >>> _with_unit("5.2", "%"), _with_unit("约45", "家"), _with_unit("3以内", "%")
    ('5.2%', '约45家', '3%以内')
    >>> _with_unit("5000多", "万元"), _with_unit("3个", "家"), _with_unit("—", "%")
    ('5000多万元', '3个', '—')
    """
    if not unit:
        return value
    if _BARE_NUMBER.match(value):
        return value + unit
    m = _qualified_number().fullmatch(value)
    if m is None:
        return value
    pre, vague, post = (m.group(g) or "" for g in ("pre", "vague", "post"))
    return f"{pre}{m.group('num')}{vague}{unit}{post}"


def _is_growth(label: str) -> bool:
    return any(w in label for w in table_vocabulary().growth_words)


#: A cell that holds a figure only (``332.79``, ``-2.1``, ``6.5%``), no words.
_FIGURE_CELL = re.compile(r"[-+−]?[\d.,，]+\s*%?")


def _second_header_row(top: Sequence[Cell | None], second: Sequence[Cell | None]) -> bool:
    """Whether ``second`` continues the header ``top`` (指标 | 2024年 over 目标值 | 增长（%））:
    it holds no figure, and a cell of ``top`` spans columns or runs down into it."""
    texts = [c.text for c in second if c is not None and c.text]
    if not texts or any(_FIGURE_CELL.fullmatch(t) for t in texts):
        return False
    spans = any(c is None for c in top[1:])
    runs_down = any(a is not None and a is b for a, b in zip(top, second, strict=False))
    return spans or runs_down


def _two_row_header(
    top: Sequence[Cell | None], second: Sequence[Cell | None], width: int
) -> list[str]:
    """One header from two rows: the top cell (carried over the columns it spans), then the
    cell under it unless it is the same merged cell (``2024年目标值``, ``2024年增长（%）``)."""
    header: list[str] = []
    carried = ""
    for i in range(width):
        a = top[i] if i < len(top) else None
        b = second[i] if i < len(second) else None
        if a is not None:
            carried = a.text
        elif i == 0:
            carried = ""
        below = b.text if b is not None and b is not a else ""
        header.append(carried + below if below else carried)
    return header


def render_rows(
    rows: Sequence[Sequence[Cell | None]], table_unit: str | None = None
) -> list[list[Piece]]:
    """Render a table's rows as paragraphs of pieces (see the module docstring).

    Parameters
    ----------
    rows
        The table as a grid: every row has one entry per grid column, ``None`` where a cell
        spanning several columns left no cell of its own.
    table_unit
        A unit given outside the table (a ``单位：亿元`` paragraph just before it).

    Returns
    -------
    list of list of Piece
        One list of pieces per paragraph, in reading order; the caller joins the pieces of a
        paragraph with :data:`PIECE_SEP`. The last piece of a data row ends with
        :data:`ROW_END`; a layout table's cells are kept as written.

    Examples
    --------
    >>> grid = [[Cell(1, "指标"), Cell(2, "2022年（亿元）"), Cell(3, "比上年增长（%）")],
    ...         [Cell(4, "地区生产总值"), Cell(5, "286.5"), Cell(6, "5.2")]]
    >>> [p.text for p in render_rows(grid)[0]]
    ['指标：地区生产总值', '2022年：286.5亿元', '比上年增长：5.2%。']
    """
    vocab = table_vocabulary()
    grid = [list(r) for r in rows if any(c is not None and c.text for c in r)]
    width = max((len(r) for r in grid), default=0)
    if len(grid) < 2 or width < 2:
        return [[Piece(c.line, c.text)] for r in grid for c in r if c is not None and c.text]
    unit = table_unit
    filled = [[c for c in r if c is not None and c.text] for r in grid]
    while (
        len(grid) > 2
        and len(filled[0]) == 1
        and (caption_unit(filled[0][0].text) or all(c is None for c in grid[0][1:]))
    ):  # a caption (单位：亿元) or a title spanning the table (2024年主要经济指标)
        unit = caption_unit(filled[0][0].text) or unit
        grid, filled = grid[1:], filled[1:]
    header = [c.text if c is not None else "" for c in grid[0]]
    header += [""] * (width - len(header))
    if len(grid) > 2 and _second_header_row(grid[0], grid[1]):
        header = _two_row_header(grid[0], grid[1], width)
        grid = [grid[0], *grid[2:]]
    labels: list[str] = []
    col_units: list[str | None] = []
    for h in header:
        label, u = split_unit(h)
        labels.append(label)
        col_units.append(u if u is not None else ("%" if _is_growth(label) else None))
    unit_col = next((i for i, h in enumerate(header) if h in vocab.unit_headers), None)
    if not labels[0]:
        labels[0] = vocab.default_row_label

    out: list[list[Piece]] = []
    for row in grid[1:]:
        row = list(row) + [None] * (width - len(row))
        row_unit: str | None = None
        if unit_col is not None and row[unit_col] is not None:
            candidate = row[unit_col].text
            row_unit = candidate if candidate in vocab.units else None
        if row_unit is None and row[0] is not None:
            row_unit = split_unit(row[0].text)[1]
        pieces: list[Piece] = []
        for col, cell in enumerate(row):
            if cell is None or not cell.text or col == unit_col:
                continue
            value = cell.text
            if col > 0:
                value = _with_unit(value, col_units[col] or row_unit or unit)
            label = labels[col]
            prefix = f"{label}{LABEL_SEP}" if label else ""
            pieces.append(Piece(cell.line, prefix + value, len(prefix)))
        if pieces:
            last = pieces[-1]
            pieces[-1] = Piece(last.line, last.text + ROW_END, last.prefix)
            out.append(pieces)
    return out
