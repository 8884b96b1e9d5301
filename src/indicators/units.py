"""Units a figure can be printed with and the family each belongs to, read from a data file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from .exact import Fraction
from .numbers import SCALES
from .paths import VOCABULARY_DIR
from .scanning import trie_pattern

DEFAULT_UNITS = VOCABULARY_DIR / "units.toml"

#: Families of relative figures (rates, shares, growth).
RELATIVE_FAMILIES = frozenset({"percent", "points", "ratio"})


@dataclass(frozen=True)
class Unit:
    """One unit as printed, with its family and its exact factor to a base unit."""

    name: str
    family: str
    base: str
    factor: Decimal
    classifier: bool = False
    occasion: bool = False


@cache
def load_units(path: str | Path | None = None) -> dict[str, Unit]:
    """Read the units file into ``{unit as printed: Unit}``, scaled forms included.

    Examples
    --------
    >>> units = load_units()
    >>> units["亿元"].family, units["亿元"].base, units["亿元"].factor
    ('money', '元', Decimal('100000000'))
    >>> units["家"].classifier, units["个百分点"].family
    (True, 'points')
    """
    with Path(path or DEFAULT_UNITS).open("rb") as fh:
        data = tomllib.load(fh)
    units: dict[str, Unit] = {}
    for name, spec in data.get("unit", {}).items():
        base = spec.get("base", name)
        factor = Decimal(str(spec.get("factor", "1")))
        family = spec["family"]
        classifier = bool(spec.get("classifier", False))
        occasion = bool(spec.get("occasion", False))
        units[name] = Unit(name, family, base, factor, classifier, occasion)
        for prefix in spec.get("scaled", ()):
            scaled = prefix + name
            units.setdefault(
                scaled, Unit(scaled, family, base, factor * SCALES[prefix], occasion=occasion)
            )
    return units


def unit_family(unit: str) -> str:
    """Family of a printed unit, ``""`` when unknown.

    Examples
    --------
    >>> unit_family("万亩"), unit_family("件"), unit_family("")
    ('area', 'count', '')
    """
    found = load_units().get(unit)
    return found.family if found else ""


def conversion_factor(from_unit: str, to_unit: str) -> Fraction | None:
    """The exact factor turning a figure in ``from_unit`` into ``to_unit``.

    Two units convert when they are multiples of the same base unit (万元 and 亿元 of 元,
    公顷 and 亩); ``None`` otherwise (家 and 亿元), or when either unit is unknown.

    Examples
    --------
    >>> conversion_factor("万元", "亿元"), conversion_factor("亿元", "万元")
    (Fraction(1, 10000), Fraction(10000, 1))
    >>> conversion_factor("公顷", "亩"), conversion_factor("家", "亿元") is None
    (Fraction(15, 1), True)
    """
    if from_unit == to_unit:
        return Fraction(1)
    units = load_units()
    source, target = units.get(from_unit), units.get(to_unit)
    if source is None or target is None or source.base != target.base:
        return None
    return Fraction(source.factor) / Fraction(target.factor)


def unit_alternation() -> str:
    """A regular expression matching any unit, the longest where several match.

    It is built as a trie (``个(?:百分点|月)?``) so that the engine tries each character once.

    Examples
    --------
    >>> import re
    >>> pattern = re.compile(f"(?:{unit_alternation()})")
    >>> pattern.match("个百分点").group(0), pattern.match("个人").group(0)
    ('个百分点', '个')
    """
    return trie_pattern(load_units())
