"""The exact arithmetic's Fraction (quicktions) is never given a string: parsing a
one-character string corrupts CPython's cached one-byte objects in quicktions 1.24, after
which clean files look binary to the decoder (found when a data file's "8" was parsed)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "indicators"


def _string_arguments(tree: ast.AST) -> list[int]:
    """Lines of calls ``Fraction(...)`` whose argument is a string: a literal, an f-string or a
    call to str()."""
    lines = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Fraction"):
            continue
        for arg in node.args[:1]:
            literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            converted = isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "str"
            if literal or converted or isinstance(arg, ast.JoinedStr):
                lines.append(node.lineno)
    return lines


def test_no_module_that_uses_the_exact_fraction_gives_it_a_string():
    offenders = {}
    for path in sorted(SRC.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        found = _string_arguments(ast.parse(source))
        if found:
            offenders[str(path.relative_to(SRC))] = found
    assert offenders == {}


def test_the_scan_finds_a_string_given_to_fraction():
    tree = ast.parse('x = Fraction("8")\ny = Fraction(str(v))\nz = Fraction(Decimal(s))\n')
    assert _string_arguments(tree) == [1, 2]
