"""The chart style: the packaged OFL font, strict glyphs, byte-stable files across machines."""

from __future__ import annotations

import importlib.metadata
import re

import pytest
from matplotlib.ft2font import FT2Font

from indicators.charts import fonts, style


def _framed(families, title="社会总产值目标隐含增长5.19%，低于所述的11.97%"):
    with style.chart_style(families):
        fig = style.new_figure(4, 3)
        ax = fig.add_subplot()
        ax.barh(["工业总产值", "社会总产值"], [103.63, 127.99], color=style.ACTUAL)
        ax.text(103.63, 0, " 103.63", va="center")
        style.frame(fig, title, "产值（亿元）｜某镇｜2020年", "资料来源：《政府工作报告》（测试）")
    return fig


def test_packaged_font_is_ofl_noto_sans_sc():
    path = fonts.packaged_font_path()
    assert path.is_file()
    assert FT2Font(str(path)).family_name == "Noto Sans SC"
    dist = importlib.metadata.distribution("pylopdf-fonts-zh-cn")
    licence = next(f for f in dist.files if f.name == "LICENSE")
    assert "SIL Open Font License" in licence.read_text()


def test_screen_fonts_end_with_packaged_font_and_files_use_it_alone():
    assert fonts.screen_families()[-1] == fonts.PACKAGED_FAMILY
    assert fonts.file_families() == [fonts.PACKAGED_FAMILY]
    assert "SimHei" not in fonts.SYSTEM_FAMILIES


def test_missing_glyph_fails_the_build():
    charmap = FT2Font(str(fonts.packaged_font_path())).get_charmap()
    missing = next(chr(c) for c in range(0x20000, 0x2A6DF) if c not in charmap)
    fig = _framed(["Noto Sans SC"], title=f"缺字{missing}")
    with pytest.raises(UserWarning, match="missing from font"):
        style.figure_bytes(fig, "png", dpi=40)


def test_files_are_byte_stable_and_independent_of_the_screen_font():
    packaged = _framed(["Noto Sans SC"])
    # A machine whose preferred screen font is another one draws the same files.
    other_machine = _framed(["DejaVu Sans", "Noto Sans SC"])
    for fmt in ("png", "svg"):
        first = style.figure_bytes(packaged, fmt, dpi=60)
        assert first == style.figure_bytes(packaged, fmt, dpi=60)
        assert first == style.figure_bytes(other_machine, fmt, dpi=60)


def test_files_carry_no_dates_or_versions(tmp_path):
    paths = style.save_figure(_framed(["Noto Sans SC"]), tmp_path, "a", dpi=40)
    svg = paths["svg"].read_text()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert b"Software" not in paths["png"].read_bytes()
    # Chinese is drawn as paths, so the SVG shows the same glyphs without the font installed.
    assert "<text" not in svg
    assert re.search(r"<dc:title>社会总产值", svg)


def test_wrap_never_splits_a_number():
    wrapped = style.wrap_cjk("工业总产值目标112.27亿元隐含增长8.34%，所述为11.38%", 9)
    for number in ("112.27", "8.34%", "11.38%"):
        assert any(number in line for line in wrapped.splitlines())
    assert all(style.text_em(line) <= 9 for line in wrapped.splitlines())
