"""Units a figure can be printed with and the family each belongs to, read from a data file."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from .numbers import SCALES
from .paths import VOCABULARY_DIR

DEFAULT_UNITS = VOCABULARY_DIR / "units.toml"

#: Families whose figures are amounts of money (an income per head is money too).
MONEY_FAMILIES = frozenset({"money"})
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
        units[name] = Unit(name, family, base, factor, classifier)
        for prefix in spec.get("scaled", ()):
            scaled = prefix + name
            units.setdefault(scaled, Unit(scaled, family, base, factor * SCALES[prefix]))
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


def unit_alternation() -> str:
    """A regular-expression alternation of every unit, longest first.

    Examples
    --------
    >>> import re
    >>> re.match(f"(?:{unit_alternation()})", "个百分点").group(0)
    '个百分点'
    """
    names = sorted(load_units(), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)
