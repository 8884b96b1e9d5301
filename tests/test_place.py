"""Which place a report is about: real report texts, and the fast search of place names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators import load_report
from indicators.paths import default_report
from indicators.place import detect_place, names_before

TEXTS = Path(__file__).parent / "texts"


@pytest.mark.parametrize(
    ("path", "place"),
    [
        (default_report(), "太平镇"),  # named only by 我镇 and the name in the text
        (TEXTS / "county-single-spaced.txt", "青山县"),
        (TEXTS / "district-2020-declines.txt", "东湖区"),
        (TEXTS / "town-wrapped-cjk-author.txt", "绿水镇"),
        (TEXTS / "batch" / "hekou-2023.txt", "河口镇"),
    ],
)
def test_the_place_of_real_and_written_reports(path: Path, place: str) -> None:
    assert detect_place(load_report(path)) == place


# Characters that make the search interesting: levels, names, punctuation, self-references.
_ALPHABET = "镇县区乡我全本石门青山河口与、，。的 1"


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=60), level=st.sampled_from("镇县区乡"))
def test_names_are_the_matches_of_a_full_scan(text: str, level: str) -> None:
    full = [(m.span(), m.group(1)) for m in re.finditer(rf"([\u4e00-\u9fff]{{2,3}}){level}", text)]
    fast = [(m.span(), m.group(1)) for m in names_before(text, level)]
    assert fast == full
