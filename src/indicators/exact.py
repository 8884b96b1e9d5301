"""The exact rational numbers of all checking arithmetic.

Figures are read from their printed text as :class:`~decimal.Decimal` and computed on as exact
rationals, never as floats. :class:`Fraction` here is ``quicktions.Fraction``, a compiled
implementation of :class:`fractions.Fraction` with the same behaviour, results and ``repr``
(and interchangeable with it: equal values compare and hash equal), several times faster on
the many small operations of interval arithmetic. Every module of the package imports it from
here.

Never give it a ``str``: quicktions 1.24 parsing a one-character string (``Fraction("8")``)
corrupts CPython's cached one-byte objects, after which ``b"\\x00" in data`` is true of clean
files. Figures reach it as :class:`~decimal.Decimal` (``parse_decimal``) or integers;
tests/test_exact.py checks that no call in the package gives it a string literal or the
result of ``str()``.

Examples
--------
>>> from decimal import Decimal
>>> Fraction(Decimal("12.40")) / 2
Fraction(31, 5)
>>> import fractions
>>> Fraction(1, 3) == fractions.Fraction(1, 3)
True
"""

from __future__ import annotations

from quicktions import Fraction

__all__ = ["Fraction"]
