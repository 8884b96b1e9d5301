"""Throughput of claim extraction on >= 10 MB of report text, next to a bare number scan.

The corpus repeats the embedded report until it holds at least 10 MB of UTF-8 text. The floor
is one regular-expression scan for numbers over the same clean text; extraction should stay
within 10 times of it. Cleaning (decoding, re-joining wrapped lines) is timed separately.

Run: ``.venv/bin/python benchmarks/bench_claims.py``
"""

from __future__ import annotations

import re
import time

from indicators import extract_claims, parse_text
from indicators.decoding import read_text
from indicators.paths import default_report

TARGET_BYTES = 10 * 1024 * 1024
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _best(func, repeat: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    raw = read_text(default_report()).text
    copies = TARGET_BYTES // len(raw.encode("utf-8")) + 1
    corpus = "\n\n".join([raw] * copies)
    clean_seconds, report = _best(lambda: parse_text(corpus), repeat=1)
    text = report.text
    megabytes = len(text.encode("utf-8")) / 1e6
    raw_megabytes = len(corpus.encode("utf-8")) / 1e6

    floor_seconds, numbers = _best(lambda: sum(1 for _ in NUMBER.finditer(text)))
    extract_seconds, claims = _best(lambda: extract_claims(report))

    print(f"corpus: {copies} copies of the embedded report")
    print(f"  raw text {raw_megabytes:.1f} MB; clean text {megabytes:.1f} MB")
    print(
        f"floor (one regex scan for numbers): {floor_seconds:.3f} s, "
        f"{megabytes / floor_seconds:.1f} MB/s, {numbers} numbers"
    )
    print(
        f"claim extraction:                   {extract_seconds:.3f} s, "
        f"{megabytes / extract_seconds:.1f} MB/s, {len(claims)} claims"
    )
    print(f"extraction / floor: {extract_seconds / floor_seconds:.1f}x (goal: within 10x)")
    print(
        f"cleaning (parse_text, not part of extraction): {clean_seconds:.3f} s, "
        f"{raw_megabytes / clean_seconds:.1f} MB/s of raw text"
    )


if __name__ == "__main__":
    main()
