"""The checker's data: units (from ``units.toml``), how qualifiers widen figures, cue words."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from .exact import Fraction
from .intervals import QUALIFIER_RULES
from .paths import VOCABULARY_DIR
from .units import load_units

DEFAULT_CHECKING = VOCABULARY_DIR / "checking.toml"

_SEPARATORS = re.compile(r"[\s,;，；、/|]+")


#: Families whose units count whole things or people: a printed count is exact.
WHOLE_FAMILIES = frozenset({"count", "person"})


@dataclass(frozen=True)
class Unit:
    """A printed unit: its family and base (what it may be added to), size, and whether it
    counts whole things."""

    name: str
    family: str
    factor: Fraction
    whole: bool = False
    base: str = ""
    occasion: bool = False

    @property
    def kind(self) -> tuple[str, str]:
        """Figures can be added or compared when their units share family and base.

        Measure words of a count (家, 间, 个) are interchangeable: whether two counts are of
        the same things is decided by their indicator or their sentence, not by the unit. A
        count of occasions (次, 人次) is not a count of things or people.

        Examples
        --------
        >>> v = load_check_vocabulary()
        >>> v.unit("家").kind == v.unit("个").kind, v.unit("次").kind == v.unit("家").kind
        (True, False)
        >>> v.unit("万人次").kind == v.unit("人次").kind != v.unit("人").kind
        True
        """
        if self.family in WHOLE_FAMILIES:
            return (self.family, "occasion" if self.occasion else "")
        return (self.family, self.base or self.name)


@dataclass(frozen=True)
class CheckVocabulary:
    """Everything the checker reads from ``data/checking.toml``."""

    units: dict[str, Unit]
    qualifiers: dict[str, str]
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    complements: tuple[tuple[str, ...], ...] = ()
    disjoint: tuple[tuple[str, ...], ...] = ()
    #: Groups that cover a length or an area built (新建, 改扩建), not a count of projects.
    built_complements: tuple[tuple[str, ...], ...] = ()
    #: Pools a rate is over (劳动力), with the stems of the rates over all instead (脱贫).
    rate_pools: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Words of a figure per unit of another (亩均, 户均) and the unit each divides by.
    per_unit: dict[str, str] = field(default_factory=dict)
    #: For a divisor in a unit that counts anything (个), the names it must have (村均: 行政村).
    per_unit_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Names a divisor may not hold (亩产 of 耕地面积: land sown twice yields over more mu).
    per_unit_not_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The yearly change of prices (in %) that makes a growth stated at comparable prices
    #: plausible beside current-price levels (lowest, highest).
    price_change: tuple[Fraction, Fraction] = (Fraction(-3), Fraction(8))
    #: Words of a growth stated at comparable prices (按可比价格计算).
    price_words: tuple[str, ...] = ("可比价", "不变价")

    def unit(self, printed: str) -> Unit | None:
        """The unit printed as ``printed`` (spaces ignored), or ``None`` when unknown.

        Examples
        --------
        >>> load_check_vocabulary().unit("万元").factor
        Fraction(10000, 1)
        >>> load_check_vocabulary().unit("间").whole, load_check_vocabulary().unit("万人").whole
        (True, False)
        """
        return self.units.get("".join(str(printed).split()))

    def rules(self, qualifier: str) -> tuple[str, ...]:
        """The interval rules of a qualifier column value (several words may be listed).

        Unknown words are looked for inside the text, longest known word first.

        Examples
        --------
        >>> v = load_check_vocabulary()
        >>> v.rules("左右"), v.rules("力争;以上"), v.rules("确保增长以上")
        (('about',), ('exact', 'at_least'), ('exact', 'at_least'))
        """
        found: list[str] = []
        for token in _SEPARATORS.split(str(qualifier or "")):
            if not token:
                continue
            if token in self.qualifiers:
                found.append(self.qualifiers[token])
                continue
            rest = token
            for word in sorted(self.qualifiers, key=len, reverse=True):
                if word in rest:
                    found.append(self.qualifiers[word])
                    rest = rest.replace(word, " ")
        return tuple(dict.fromkeys(found))

    def exclusive_group(self, a: str, b: str) -> tuple[str, ...] | None:
        """The group of exclusive kinds (``disjoint``) of which two names hold different
        words (水稻种植 and 大豆种植), or ``None``.

        Examples
        --------
        >>> v = load_check_vocabulary()
        >>> "水稻" in v.exclusive_group("水稻种植", "大豆种植"), v.exclusive_group("水稻", "早稻")
        (True, None)
        """
        for group in self.disjoint:
            first, second = kind_in_group(a, group), kind_in_group(b, group)
            if first and second and first != second:
                return group
        return None

    def cue(self, name: str) -> tuple[str, ...]:
        """The cue words of one kind (``done``, ``ongoing``, ``rest``, ``share``, ``scope``,
        ``earlier``).

        Examples
        --------
        >>> "正在" in load_check_vocabulary().cue("ongoing")
        True
        """
        return self.cues.get(name, ())


def kind_in_group(name: str, group: tuple[str, ...]) -> str:
    """The one word of ``group`` that ``name`` holds (the shortest, when one holds another),
    else ``""``.

    Examples
    --------
    >>> kind_in_group("社会民生项目", ("产业", "社会民生", "民生")), kind_in_group("村", ("镇",))
    ('民生', '')
    """
    held = [w for w in group if w in name]
    kinds = {w for w in held if not any(o != w and o in w for o in held)}
    return kinds.pop() if len(kinds) == 1 else ""


@cache
def load_check_vocabulary(path: str | Path | None = None) -> CheckVocabulary:
    """Read the checker's data file (default: the packaged ``data/checking.toml``) and units.

    Examples
    --------
    >>> vocab = load_check_vocabulary()
    >>> vocab.unit("亿元").factor == 10_000 * vocab.unit("万元").factor
    True
    >>> vocab.qualifiers["以内"]
    'at_most'
    """
    with Path(path or DEFAULT_CHECKING).open("rb") as fh:
        data = tomllib.load(fh)
    units = {
        name: Unit(
            name=name,
            family=u.family,
            factor=Fraction(u.factor),
            whole=u.family in WHOLE_FAMILIES and u.factor == 1,
            base=u.base,
            occasion=u.occasion,
        )
        for name, u in load_units().items()
    }
    qualifiers = dict(data.get("qualifier", {}))
    bad = {rule for rule in qualifiers.values() if rule not in QUALIFIER_RULES}
    if bad:
        raise ValueError(f"{path or DEFAULT_CHECKING}: unknown qualifier rules {sorted(bad)}")
    raw_cues = data.get("cues", {})
    groups = ("complements", "disjoint", "built_complements")
    complements = tuple(tuple(group) for group in raw_cues.get("complements", ()))
    disjoint = complements + tuple(tuple(group) for group in raw_cues.get("disjoint", ()))
    built = tuple(tuple(group) for group in raw_cues.get("built_complements", ()))
    cues = {name: tuple(words) for name, words in raw_cues.items() if name not in groups}
    per_unit = {word: str(spec["divisor"]) for word, spec in data.get("per_unit", {}).items()}
    per_unit_names = {
        word: tuple(spec["divisor_names"])
        for word, spec in data.get("per_unit", {}).items()
        if "divisor_names" in spec
    }
    per_unit_not_names = {
        word: tuple(spec["not_divisor_names"])
        for word, spec in data.get("per_unit", {}).items()
        if "not_divisor_names" in spec
    }
    unknown = sorted(u for u in per_unit.values() if u not in units)
    if unknown:
        raise ValueError(f"{path or DEFAULT_CHECKING}: unknown per-unit divisors {unknown}")
    prices = data.get("prices", {})
    price_change = (  # through Decimal: quicktions must never parse a str (see exact.py)
        Fraction(Decimal(str(prices.get("lowest_yearly_change", "-3")))),
        Fraction(Decimal(str(prices.get("highest_yearly_change", "8")))),
    )
    return CheckVocabulary(
        price_change=price_change,
        price_words=tuple(prices.get("words", ("可比价", "不变价"))),
        units=units,
        qualifiers=qualifiers,
        cues=cues,
        complements=complements,
        disjoint=disjoint,
        built_complements=built,
        per_unit=per_unit,
        per_unit_names=per_unit_names,
        per_unit_not_names=per_unit_not_names,
        rate_pools={pool: tuple(stems) for pool, stems in data.get("rate_pools", {}).items()},
    )
