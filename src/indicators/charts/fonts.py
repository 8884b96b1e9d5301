"""Which CJK font charts are drawn with.

Two rules (see ``docs`` in the charts package docstring):

* **On screen** (notebooks, interactive use) a system CJK font is preferred where one is
  installed: Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, in that order.
* **In saved files** the packaged Noto Sans SC is always used, so that the same input gives
  the same PNG and SVG bytes on every machine, whatever fonts it has.

The packaged font is Noto Sans SC Regular (SIL Open Font License 1.1), installed from PyPI by
the ``pylopdf-fonts-zh-cn`` data package, a dependency of this package: ``pip install -e .``
provides it on a fresh machine that has no CJK font at all.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from matplotlib import font_manager

#: System CJK fonts preferred on screen, best first.
SYSTEM_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
)

#: Family name of the packaged font.
PACKAGED_FAMILY = "Noto Sans SC"


def packaged_font_path() -> Path:
    """Path of the packaged Noto Sans SC file.

    Examples
    --------
    >>> packaged_font_path().suffix
    '.otf'
    """
    import pylopdf_fonts_zh_cn

    return Path(pylopdf_fonts_zh_cn.sans_path())


@cache
def register_packaged_font() -> str:
    """Make the packaged font known to matplotlib (once) and return its family name.

    Examples
    --------
    >>> register_packaged_font()
    'Noto Sans SC'
    """
    font_manager.fontManager.addfont(str(packaged_font_path()))
    return PACKAGED_FAMILY


def installed_system_family() -> str | None:
    """The first of :data:`SYSTEM_FAMILIES` installed on this machine, or ``None``.

    Examples
    --------
    >>> installed_system_family() in (None, *SYSTEM_FAMILIES)
    True
    """
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((name for name in SYSTEM_FAMILIES if name in installed), None)


def screen_families() -> list[str]:
    """Font families for figures shown on screen: an installed system CJK font, then the
    packaged one.

    Examples
    --------
    >>> screen_families()[-1]
    'Noto Sans SC'
    """
    packaged = register_packaged_font()
    system = installed_system_family()
    return [system, packaged] if system else [packaged]


def file_families() -> list[str]:
    """Font families for saved files: the packaged font only (byte-stable across machines).

    Examples
    --------
    >>> file_families()
    ['Noto Sans SC']
    """
    return [register_packaged_font()]
