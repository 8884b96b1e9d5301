"""Tables as plain rows: a list of dicts of strings, the light form of every table.

The checker, the series builder and the batch read tables row by row. Reading a pandas
DataFrame row by row costs far more than the work done per row, so they take their input as
rows (:func:`as_rows` turns a DataFrame, or any sequence of mappings, into them) and build a
DataFrame only when a caller asks for one (:func:`frame`). Every cell is the text the table
would print: figures stay as printed, a missing cell is ``""``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

import pandas as pd

#: One table row: column name to cell text.
Row = dict[str, str]

#: Cell texts that stand for a missing value.
MISSING_TEXTS = frozenset({"nan", "none", "<na>"})


class TextRows(list[Row]):
    """Rows whose cells are already text as :func:`as_rows` makes it (so it returns them as
    they are: a table read by several steps is converted once)."""


def cell_text(value: object) -> str:
    """The text of one table cell, stripped; ``""`` for a missing value.

    A float cell (a column pandas read as numbers) prints as its shortest decimal, without a
    trailing ``.0``; a tuple or list cell joins its items with ``/``.

    Examples
    --------
    >>> cell_text(" 9.30 "), cell_text(float("nan")), cell_text(None), cell_text(pd.NA)
    ('9.30', '', '', '')
    >>> cell_text(7.0), cell_text(0.1), cell_text(45), cell_text(("8", "10"))
    ('7', '0.1', '45', '8/10')
    """
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, str):
        text = value.strip()
        return "" if text.lower() in MISSING_TEXTS else text
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return str(Decimal(repr(value)).normalize()) if value != int(value) else str(int(value))
    if isinstance(value, (tuple, list)):
        return "/".join(cell_text(v) for v in value)
    text = str(value).strip()
    return "" if text.lower() in MISSING_TEXTS else text


def as_rows(table: pd.DataFrame | Iterable[Mapping[str, object]]) -> TextRows:
    """The rows of a table, every cell as text (:func:`cell_text`).

    Rows that are already :class:`TextRows` are returned as they are.

    Parameters
    ----------
    table
        A DataFrame, or rows already (any iterable of mappings from column to cell).

    Examples
    --------
    >>> as_rows(pd.DataFrame({"value": ["9.30", None], "line": [12, 13]}))
    [{'value': '9.30', 'line': '12'}, {'value': '', 'line': '13'}]
    >>> rows = as_rows([{"value": "7", "line": 3}])
    >>> rows, as_rows(rows) is rows
    ([{'value': '7', 'line': '3'}], True)
    """
    if isinstance(table, TextRows):
        return table
    if isinstance(table, pd.DataFrame):
        columns = [str(c) for c in table.columns]
        return TextRows(
            dict(zip(columns, map(cell_text, values), strict=True))
            for values in table.to_numpy(dtype=object)
        )
    return TextRows({str(k): cell_text(v) for k, v in row.items()} for row in table)


def frame(rows: Sequence[Mapping[str, str]], columns: Sequence[str]) -> pd.DataFrame:
    """Rows as a DataFrame with exactly ``columns`` (a cell a row lacks is ``""``).

    Examples
    --------
    >>> frame([{"value": "9.30"}], ["value", "unit"]).values.tolist()
    [['9.30', '']]
    >>> frame([], ["value"]).columns.tolist()
    ['value']
    """
    return pd.DataFrame(
        [[row.get(c, "") for c in columns] for row in rows], columns=list(columns), dtype=object
    )
