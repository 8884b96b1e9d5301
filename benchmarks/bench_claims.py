"""Speed of cleaning and claim extraction: throughput, cost per report, hostile inputs.

1. Throughput on >= 10 MB of report text (the embedded report repeated), next to the floor:
   one regular-expression scan for numbers over the same clean text. Extraction should stay
   within 10 times of the floor.
2. Cost of one report like the embedded one (about 31 KB): reading and decoding, cleaning,
   extraction and the claims table, in milliseconds (best of several rounds).
3. Hostile inputs, at 1.25, 2.5 and 5 MB: a single paragraph without line breaks (the
   embedded report's text joined); endless changes in a paragraph after one that opens a span
   of years (五年来); a breakdown of months to date that never ends (1—11月，…。从行业看，…);
   one endless sentence (a growth, a total with 其中 and its
   parts, repeated without a full stop); one endless list (分别 lists, spans of years,
   multiples, average growths, semicolon items, without a full stop); one endless place (a
   holiday and a village opening the sentence, parts named like their total); one endless clause
   (counts joined by 及, a group's 合计); endless 其中 by quarter after a total; endless figures
   of a district's own level (区级税收收入…); random digits
   and punctuation on one line, and with line breaks (a paragraph every few characters).
   Cleaning and extraction must take seconds and grow about linearly with the size.

Times are CPU seconds of this process (``time.process_time``), so that other work on the
machine does not skew them; nothing here is asserted.

Run: ``.venv/bin/python benchmarks/bench_claims.py`` (``--quick`` skips the 5 MB inputs)
"""

from __future__ import annotations

import random
import re
import sys
import time

from indicators import extract_claims, load_report, parse_text
from indicators.claims_table import claims_frame
from indicators.decoding import read_text
from indicators.paths import default_report

TARGET_BYTES = 10 * 1024 * 1024
NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: Characters of the digits-and-punctuation input (ASCII and full-width punctuation).
DIGITS_AND_PUNCTUATION = "0123456789.,%:：-—~、，。；()（）"
#: The repeated stretch of the endless sentence.
ENDLESS = (
    "工业总产值5亿元，同比增长7%，其中规模以上工业总产值3亿元，增长6.5%，共排查44项，完成39项，"
)
#: The repeated stretch of the endless list: 分别 lists, spans of years, multiples, average
#: growths, semicolon items and new ones added to a level, each read by its own step of the
#: extractor.
ENDLESS_LISTS = (
    "工业总产值和农业总产值分别为103.63亿元和12.98亿元，同比分别增长9.8%和3.2%；"
    "“十三五”期间累计完成投资50亿元，年均增长12%，由2015年的30亿元增加到52亿元，"
    "是2015年的1.7倍；税收收入实现正增长，力争达到2.3亿元；"
    "高新技术企业由67家增加到78家，新增11家，增长16.4%，占全县的47.9%；"
)

#: The repeated stretch of the endless sentence of places: a holiday and a village opening the
#: sentence, and parts named like their total after 其中 (each figure looks back to them).
ENDLESS_PLACES = (
    "国庆假期，青龙村接待游客1.2万人次，同比增长15%，农林牧渔业总产值45.6亿元，"
    "其中农业产值12.1亿元，林业产值3.2亿元，"
)


#: Months to date opening a sentence, and a breakdown of them that goes on without an end
#: (each figure looks back to those months).
MONTHS_TO_DATE = "1—11月，辖区实现税收总额18.64亿元。从行业看，"
BREAKDOWN = "批发零售业实现税收9.86亿元，占税收总额的52.9%；楼宇税收6.83亿元，"

#: The repeated stretch of one clause that never ends (counts joined by 及, 合计 after a count):
#: each figure's words are looked back through.
ENDLESS_CLAUSE = "项目12个及两个行业合计实现税收3亿元及"
#: The repeated stretch of quarters after 其中 (其中一季度9个；其中二季度…): each 其中 looks
#: back to the total of the parts before it.
ENDLESS_OF_WHICH = "其中一季度9个；其中二季度12个；"

#: A district's title, for figures of its own level (区级税收收入…) repeated after it: each one
#: asks whether the report prints the whole district's figure too.
OWN_LEVEL_TITLE = "城关区人民政府工作报告\n\n"

#: A paragraph opening a span of years, which the next paragraph (endless changes) goes on with.
FIVE_YEARS = (
    "“十三五”时期是全县发展史上极不平凡的五年。五年来，我们团结带领全县人民攻坚克难，经济社会"
    "发展取得显著成就，人民群众获得感显著增强。\n"
)


def _best(func, repeat: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = func()
        best = min(best, time.process_time() - start)
    return best, result


def _per_call_ms(func, calls: int = 20, rounds: int = 5) -> float:
    def batch() -> None:
        for _ in range(calls):
            func()

    return _best(batch, rounds)[0] / calls * 1000


def throughput(raw: str) -> None:
    copies = TARGET_BYTES // len(raw.encode("utf-8")) + 1
    corpus = "\n\n".join([raw] * copies)
    clean_seconds, report = _best(lambda: parse_text(corpus), repeat=1)
    text = report.text
    megabytes = len(text.encode("utf-8")) / 1e6
    raw_megabytes = len(corpus.encode("utf-8")) / 1e6

    floor_seconds, numbers = _best(lambda: sum(1 for _ in NUMBER.finditer(text)))
    extract_seconds, claims = _best(lambda: extract_claims(report))

    print(f"1. Throughput: {copies} copies of the embedded report")
    print(f"   raw text {raw_megabytes:.1f} MB; clean text {megabytes:.1f} MB")
    print(
        f"   floor (one regex scan for numbers): {floor_seconds:.3f} s, "
        f"{megabytes / floor_seconds:.1f} MB/s, {numbers} numbers"
    )
    print(
        f"   claim extraction:                   {extract_seconds:.3f} s, "
        f"{megabytes / extract_seconds:.1f} MB/s, {len(claims)} claims"
    )
    print(f"   extraction / floor: {extract_seconds / floor_seconds:.1f}x (goal: within 10x)")
    print(
        f"   cleaning (parse_text, not part of extraction): {clean_seconds:.3f} s, "
        f"{raw_megabytes / clean_seconds:.1f} MB/s of raw text"
    )


def per_report(raw: str) -> None:
    path = default_report()
    report = parse_text(raw)
    claims = extract_claims(report)
    read = _per_call_ms(lambda: read_text(path))
    clean = _per_call_ms(lambda: parse_text(raw))
    extract = _per_call_ms(lambda: extract_claims(report))
    table = _per_call_ms(lambda: claims_frame(claims))
    loaded = _per_call_ms(lambda: extract_claims(load_report(path)))
    size = len(path.read_bytes()) / 1000
    counts = f"{len(report.paragraphs)} paragraphs, {len(claims)} claims"
    print(f"2. One report ({size:.0f} KB, {counts})")
    print(f"   read and decode  {read:6.2f} ms")
    print(f"   clean            {clean:6.2f} ms")
    print(f"   extract claims   {extract:6.2f} ms")
    print(f"   claims table     {table:6.2f} ms")
    print(f"   load_report + extract_claims: {loaded:.2f} ms ({1000 / loaded:.0f} reports/s)")


def _repeat(piece: str, size: int) -> str:
    return piece * (size // len(piece.encode("utf-8")) + 1)


def _random_text(alphabet: str, size: int, rng: random.Random) -> str:
    per_char = len(alphabet.encode("utf-8")) / len(alphabet)
    return "".join(rng.choices(alphabet, k=int(size / per_char)))


def hostile(raw: str, sizes: tuple[float, ...]) -> None:
    one_paragraph = "".join(line.strip() for line in raw.splitlines())
    rng = random.Random(20240601)
    print("3. Hostile inputs (seconds; should grow about linearly)")
    for mb in sizes:
        size = int(mb * 1_000_000)
        inputs = (
            ("one paragraph", _repeat(one_paragraph, size)),
            ("one endless sentence", _repeat(ENDLESS, size)),
            ("one endless list", _repeat(ENDLESS_LISTS, size)),
            ("one endless place", _repeat(ENDLESS_PLACES, size)),
            ("changes after 五年来", FIVE_YEARS + _repeat("产量由120吨增加到135吨，", size)),
            ("breakdown of 1—11月", MONTHS_TO_DATE + _repeat(BREAKDOWN, size)),
            ("endless clause", "全县" + _repeat(ENDLESS_CLAUSE, size)),
            ("endless 其中 by quarter", "全年新引进项目46个，" + _repeat(ENDLESS_OF_WHICH, size)),
            ("endless own level", OWN_LEVEL_TITLE + _repeat("区级税收收入1.2亿元，", size)),
            ("digits and punctuation", _random_text(DIGITS_AND_PUNCTUATION, size, rng)),
            ("... with line breaks", _random_text(DIGITS_AND_PUNCTUATION + "\n", size, rng)),
        )
        for name, text in inputs:
            clean_seconds, report = _best(lambda t=text: parse_text(t), repeat=1)
            extract_seconds, claims = _best(lambda r=report: extract_claims(r), repeat=1)
            print(
                f"   {name:<23} {len(text.encode('utf-8')) / 1e6:5.2f} MB: "
                f"clean {clean_seconds:6.2f} s, extract {extract_seconds:6.2f} s "
                f"({len(report.paragraphs)} paragraphs, {len(claims)} claims)"
            )


def main() -> None:
    raw = read_text(default_report()).text
    throughput(raw)
    per_report(raw)
    hostile(raw, (1.25, 2.5) if "--quick" in sys.argv else (1.25, 2.5, 5.0))


if __name__ == "__main__":
    main()
