"""The chart style: style sheet, palette, title/subtitle/source frame, strict glyphs, saving.

Every chart of the package is drawn inside :func:`chart_style` and framed by :func:`frame`,
so all charts share one look: a title that states the finding, a subtitle with the measure,
the place and the period, a source line naming the report, and direct labels instead of
legends. :func:`save_figure` writes PNG and SVG files that are byte-identical from run to run
and from machine to machine (see :mod:`indicators.charts.fonts`).
"""

from __future__ import annotations

import contextlib
import io
import pickle
import re
import unicodedata
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.style
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..outputs import write_bytes_atomic
from .fonts import file_families, screen_families

STYLE_PATH = Path(__file__).with_name("indicators.mplstyle")

#: Colours (Okabe-Ito). Colour is never the only carrier of meaning: each role also has a
#: marker, a hatch or a line style, and every series is labelled directly.
ACTUAL = "#0072B2"
TARGET = "#E69F00"
DERIVED = "#8C8C8C"
INCONSISTENT = "#D55E00"
CONSISTENT = "#009E73"
UNASSESSED = "#8C8C8C"
INK = "#333333"
MUTED = "#666666"

#: A white outline that keeps a label legible where it crosses a grid line or a bar.
HALO = [patheffects.withStroke(linewidth=2.5, foreground="white")]

#: Hatch of bars whose value is derived (implied by other figures, not printed).
DERIVED_HATCH = "///"
#: Hatch of bars whose value is a target.
TARGET_HATCH = ""

#: Matplotlib's warning for a character the font cannot draw (a "tofu" box).
MISSING_GLYPH = r"Glyph \d+ .*missing from font"

TITLE_SIZE = 13.0
SUBTITLE_SIZE = 9.5
SOURCE_SIZE = 8.0
_MARGIN_IN = 0.22


def strict_glyphs() -> None:
    """Turn matplotlib's missing-glyph warning into an error for the rest of the process.

    Notebooks call it in their set-up cell, so a character drawn as an empty box fails the run.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     strict_glyphs()
    ...     any(f[0] == "error" and f[1] and f[1].pattern == MISSING_GLYPH
    ...         for f in warnings.filters)
    True
    """
    warnings.filterwarnings("error", message=MISSING_GLYPH, category=UserWarning)


@contextlib.contextmanager
def chart_style(families: Sequence[str] | None = None) -> Iterator[None]:
    """Draw inside the package style, with missing glyphs raising errors.

    Parameters
    ----------
    families
        Font families to use; defaults to :func:`~indicators.charts.fonts.screen_families`.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> with chart_style(["Noto Sans SC"]):
    ...     mpl.rcParams["font.sans-serif"][0], mpl.rcParams["svg.hashsalt"]
    ('Noto Sans SC', 'indicators')
    """
    fonts = list(families) if families is not None else screen_families()
    with (
        matplotlib.style.context(STYLE_PATH),
        mpl.rc_context({"font.sans-serif": fonts}),
        warnings.catch_warnings(),
    ):
        strict_glyphs()
        yield


def new_figure(width: float = 8.0, height: float = 5.0) -> Figure:
    """A figure in the package style with constrained layout (not registered with pyplot).

    Call inside :func:`chart_style`.
    """
    return Figure(figsize=(width, height), layout="constrained")


def no_data(ax: Axes, text: str, **text_style: Any) -> None:
    """Say in the middle of an empty panel what the report does not give; hide its axes.

    Examples
    --------
    >>> ax = new_figure().add_subplot()
    >>> no_data(ax, "报告未列出带水平值的目标")
    >>> ax.texts[0].get_text(), ax.axison
    ('报告未列出带水平值的目标', False)
    """
    ax.text(
        0.5,
        0.5,
        text,
        ha="center",
        va="center",
        transform=ax.transAxes,
        color=MUTED,
        **text_style,
    )
    ax.set_axis_off()


def _char_em(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    return 0.3 if ch == " " else 0.58


def text_em(text: str) -> float:
    """Approximate width of ``text`` in em (CJK characters 1 em, others about 0.58 em).

    Font-independent on purpose: layout decided from it is the same on every machine.

    Examples
    --------
    >>> text_em("产值12.5")
    4.32
    """
    return round(sum(_char_em(c) for c in text), 2)


_TOKEN = re.compile(
    r"[A-Za-z0-9.%+\-−~—:/()]+(?:万亿元|亿元|万元|个百分点|[元亿万家个户人项件])?[，。；、：）》”]?"
    r"|.[，。；、：）》”]?",
    re.S,
)


def wrap_cjk(text: str, max_em: float) -> str:
    """Wrap ``text`` into lines of at most ``max_em`` em, never splitting a number.

    Punctuation stays with the character before it.

    Examples
    --------
    >>> wrap_cjk("产值目标隐含增长4.86%，低于所述的10.52%", 10)
    '产值目标隐含增长\\n4.86%，低于所述的\\n10.52%'
    """
    lines: list[str] = []
    current = ""
    for token in _TOKEN.findall(text):
        if current and text_em(current + token) > max_em:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current += token
    if current:
        lines.append(current.rstrip())
    return "\n".join(lines)


def wrap_segments(text: str, max_em: float, sep: str = "｜") -> str:
    """Wrap ``text`` at its ``sep`` separators where possible, so that a segment such as
    ``地点：某镇`` is not split; a segment longer than a line is wrapped by :func:`wrap_cjk`.

    Examples
    --------
    >>> print(wrap_segments("指标：产值（亿元）｜地点：石门镇｜时期：2022年", 12))
    指标：产值（亿元）
    ｜地点：石门镇
    ｜时期：2022年
    """
    lines: list[str] = []
    current = ""
    for n, segment in enumerate(text.split(sep)):
        piece = segment if n == 0 else sep + segment
        if current and text_em(current + piece) > max_em:
            lines.append(current)
            current = piece
        else:
            current += piece
        if text_em(current) > max_em:
            *full, current = wrap_cjk(current, max_em).split("\n")
            lines.extend(full)
    if current:
        lines.append(current)
    return "\n".join(lines)


def frame(fig: Figure, title: str, subtitle: str, source: str) -> None:
    """Put the title (the finding), the subtitle and the source line around the axes.

    Heights are computed from font sizes and line counts, not from rendered text, so the
    layout does not depend on the font a machine has.

    Parameters
    ----------
    fig
        A figure from :func:`new_figure`.
    title
        The finding, in Chinese.
    subtitle
        Measure, place and period.
    source
        The source line (names the report).
    """
    width, height = fig.get_size_inches()
    usable_pt = (width - 2 * _MARGIN_IN) * 72
    title = wrap_cjk(title, usable_pt / TITLE_SIZE)
    subtitle = wrap_segments(subtitle, usable_pt / SUBTITLE_SIZE)
    source = wrap_cjk(source, usable_pt / SOURCE_SIZE)
    x = _MARGIN_IN / width
    y_in = 0.16
    fig.text(x, 1 - y_in / height, title, ha="left", va="top", fontsize=TITLE_SIZE, color=INK)
    y_in += (title.count("\n") + 1) * TITLE_SIZE * 1.35 / 72 + 0.05
    fig.text(
        x, 1 - y_in / height, subtitle, ha="left", va="top", fontsize=SUBTITLE_SIZE, color=MUTED
    )
    y_in += (subtitle.count("\n") + 1) * SUBTITLE_SIZE * 1.35 / 72 + 0.12
    fig.text(x, 0.1 / height, source, ha="left", va="bottom", fontsize=SOURCE_SIZE, color=MUTED)
    bottom_in = 0.1 + (source.count("\n") + 1) * SOURCE_SIZE * 1.35 / 72 + 0.1
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.set(rect=(0, bottom_in / height, 1, 1 - (y_in + bottom_in) / height))
    fig.set_label(title.replace("\n", ""))


_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
}


def figure_bytes(fig: Figure, fmt: str, dpi: float = 150) -> bytes:
    """Render ``fig`` as ``png`` or ``svg`` bytes with the packaged font, byte-stable.

    The figure is copied first, so the copy is laid out afresh with the file font, whatever
    font the original was shown with; the original is left untouched.
    """
    if fmt not in _METADATA:
        raise ValueError(f"unsupported format {fmt!r}; use one of {sorted(_METADATA)}")
    copy = pickle.loads(pickle.dumps(fig))
    metadata = dict(_METADATA[fmt])
    metadata["Title"] = fig.get_label() or None
    buf = io.BytesIO()
    with chart_style(file_families()):
        copy.savefig(buf, format=fmt, dpi=dpi, metadata=metadata)
    data = buf.getvalue()
    return canonical_svg_ids(data) if fmt == "svg" else data


_HASHED_ID = re.compile(rb"\b([ph][0-9a-f]{10})\b")


def canonical_svg_ids(svg: bytes) -> bytes:
    """Rename matplotlib's hashed clip-path and hatch ids in order of first appearance.

    The hashes are taken over full-precision coordinates, so a difference far below what
    the file prints can change them from run to run; numbered ids keep the bytes stable.

    Examples
    --------
    >>> canonical_svg_ids(b'<clipPath id="p0123456789"/><g clip-path="url(#p0123456789)"/>')
    b'<clipPath id="p1"/><g clip-path="url(#p1)"/>'
    """
    names: dict[bytes, bytes] = {}

    def rename(m: re.Match[bytes]) -> bytes:
        key = m.group(1)
        if key not in names:
            names[key] = key[:1] + str(len(names) + 1).encode()
        return names[key]

    return _HASHED_ID.sub(rename, svg)


def save_figure(
    fig: Figure,
    out_dir: str | Path,
    name: str,
    formats: Sequence[str] = ("png", "svg"),
    dpi: float = 150,
) -> dict[str, Path]:
    """Save ``fig`` as ``<out_dir>/<name>.png`` and ``.svg``, atomically and byte-stable.

    Parameters
    ----------
    fig
        A chart from :mod:`indicators.charts`.
    out_dir
        Target folder, normally :func:`indicators.paths.figures_dir` of the report.
    name
        File name without extension.
    formats
        Which files to write.
    dpi
        Resolution of the PNG.

    Returns
    -------
    dict
        The written paths by format.

    Examples
    --------
    >>> import tempfile
    >>> with chart_style(["Noto Sans SC"]):
    ...     fig = new_figure(3, 2)
    ...     frame(fig, "标题", "副标题", "资料来源：测试")
    >>> paths = save_figure(fig, tempfile.mkdtemp(), "demo", dpi=50)
    >>> sorted(p.name for p in paths.values())
    ['demo.png', 'demo.svg']
    """
    written = {}
    for fmt in formats:
        written[fmt] = write_bytes_atomic(
            Path(out_dir) / f"{name}.{fmt}", figure_bytes(fig, fmt, dpi)
        )
    return written
