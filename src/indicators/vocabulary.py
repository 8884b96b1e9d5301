"""The indicator vocabulary: canonical names, synonyms and relations, read from a data file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .paths import VOCABULARY_DIR

DEFAULT_VOCABULARY = VOCABULARY_DIR / "indicators.toml"


@dataclass(frozen=True)
class Indicator:
    """One vocabulary entry (see the comments at the top of ``data/indicators.toml``)."""

    name: str
    synonyms: tuple[str, ...] = ()
    family: str = ""
    components: tuple[str, ...] = ()
    #: Other indicators a report may list as parts of this total after 其中 (财政总收入…，
    #: 其中税收收入…，非税收入…), besides its components.
    other_parts: tuple[str, ...] = ()
    part_of: str | None = None
    #: The indicator a wording of this one names when listed as a part of this one
    #: (农林牧渔业总产值…，其中农业产值…: 种植业产值).
    as_part: str = ""
    price_basis: str = "nominal"
    share_of: tuple[str, ...] = ()
    #: ``[numerator, denominator]``: this indicator is the plain ratio of the two, printed
    #: without a unit (城乡居民收入比 2.30, or 2.30:1).
    ratio_of: tuple[str, ...] = ()

    @property
    def wordings(self) -> tuple[str, ...]:
        """The canonical name and its synonyms, longest first."""
        return tuple(sorted({self.name, *self.synonyms}, key=len, reverse=True))


@cache
def load_vocabulary(path: str | Path | None = None) -> dict[str, Indicator]:
    """Read the vocabulary file into ``{canonical name: Indicator}``.

    Parameters
    ----------
    path
        A TOML file in the format of the packaged ``data/indicators.toml`` (the default).

    Examples
    --------
    >>> vocab = load_vocabulary()
    >>> vocab["规模以上工业总产值"].part_of
    '工业总产值'
    >>> "固定项目投资" in vocab["固定资产投资"].synonyms
    True
    >>> vocab["第二产业比重"].share_of
    ('第二产业增加值', '地区生产总值')
    >>> vocab["城乡居民收入比"].ratio_of
    ('城镇居民人均可支配收入', '农村居民人均可支配收入')
    """
    with Path(path or DEFAULT_VOCABULARY).open("rb") as fh:
        data = tomllib.load(fh)
    entries = {}
    for name, spec in data.get("indicator", {}).items():
        entries[name] = Indicator(
            name=name,
            synonyms=tuple(spec.get("synonyms", ())),
            family=spec.get("family", ""),
            components=tuple(spec.get("components", ())),
            other_parts=tuple(spec.get("other_parts", ())),
            part_of=spec.get("part_of"),
            as_part=spec.get("as_part", ""),
            price_basis=spec.get("price_basis", "nominal"),
            share_of=tuple(spec.get("share_of", ())),
            ratio_of=tuple(spec.get("ratio_of", ())),
        )
    return entries


def ratio_wordings(vocabulary: dict[str, Indicator] | None = None) -> tuple[str, ...]:
    """The wordings of the indicators that are plain ratios (``ratio_of``), longest first.

    Examples
    --------
    >>> "城乡居民收入比" in ratio_wordings()
    True
    """
    vocab = load_vocabulary() if vocabulary is None else vocabulary
    found = {w for e in vocab.values() if len(e.ratio_of) == 2 for w in e.wordings}
    return tuple(sorted(found, key=len, reverse=True))
