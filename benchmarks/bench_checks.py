"""Time of the arithmetic checks, apart from claim extraction, and how it grows with claims.

Prints, for the embedded report: the claims found, the relations checked and the time of
``check_claims`` (best of 5); then the same for corpora of 10 and 40 copies of the report in
one text (every copy repeats every figure, so relations and repeated statements grow with the
copies), to show how the time grows with the number of claims.

Then, for hostile texts of growing size (one paragraph of shares of siblings, many
paragraphs of shares of a named whole, one paragraph of one level restated with the new ones
and its parts, one paragraph of shares that name their part before 占, many paragraphs of
averages over two years, one sentence of wholes named before 中 and their parts, one paragraph
of growths compared with earlier months, many paragraphs of income ratios, one paragraph of
taxes of a kind with a wider place's growth in brackets, one paragraph of one claim printed
again and again, whose quotes are placed in order): the time of ``check_claims``, which
should grow about linearly.

Run: ``.venv/bin/python benchmarks/bench_checks.py``
"""

from __future__ import annotations

import time

from indicators import claims_table, parse_text
from indicators.checking import check_claims
from indicators.decoding import read_text
from indicators.paths import default_report


def _best(func, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    raw = read_text(default_report()).text
    for copies, repeat in ((1, 5), (10, 3), (40, 1)):
        report = parse_text("\n\n".join([raw] * copies))
        claims = claims_table(report)
        seconds, result = _best(lambda r=report, c=claims: check_claims(c, r), repeat)
        print(
            f"{copies:>3} cop{'y' if copies == 1 else 'ies'}: {len(claims):>5} claims, "
            f"{len(result.findings):>5} relations, {result.inconsistent:>4} inconsistent, "
            f"check {seconds * 1000:8.1f} ms ({len(claims) / seconds:,.0f} claims/s)"
        )
    hostile()


#: Hostile texts: each stretch repeated into one paragraph, or into paragraphs of its own.
HOSTILE = (
    ("shares of siblings, one paragraph", "物业管理类1126件，占26.3%；", ""),
    ("one quote repeated, one paragraph", "新建道路5公里，", ""),
    (
        "shares of a named whole, paragraphs",
        "服务业税收3.1亿元，占全镇工业税收收入的12.5%；" * 6,
        "\n\n",
    ),
    (
        "levels, new ones and 其中, one paragraph",
        "工业企业达到52家，比上年末新增5家，其中规上企业12家，新增2家；",
        "",
    ),
    (
        "shares named before 占, one paragraph",
        "工业税收占全镇税收收入的60.5%，税收收入2.5亿元，",
        "",
    ),
    (
        "averages over two years, paragraphs",
        "2021年，全县地区生产总值比2019年增长11.9%，两年平均增长5.8%。",
        "\n\n",
    ),
    (
        "wholes named before 中, one sentence",
        "税收收入18462万元，税收收入中，增值税6860万元，企业所得税2935万元，",
        "",
    ),
    (
        "rates over earlier months, one paragraph",
        "一季度下降38.2%，全年下降4.6%，降幅比一季度收窄33.6个百分点；",
        "",
    ),
    (
        "ratios of incomes, paragraphs",
        "城镇居民人均可支配收入42156元，农村居民人均可支配收入18325元，城乡居民收入比缩小到2.30。",
        "\n\n",
    ),
    (
        "taxes of a kind and wider places, one paragraph",
        "楼宇税收2.1亿元，社区楼宇税收1.2亿元，占楼宇税收的57.1%，增速高于全市0.5个百分点"
        "（全市增长8.1%）；",
        "",
    ),
)


def hostile() -> None:
    print("Hostile inputs (seconds of check_claims; should grow about linearly)")
    for name, piece, joiner in HOSTILE:
        for copies in (1000, 4000):
            report = parse_text("一、2022年工作回顾\n\n" + joiner.join([piece] * copies))
            claims = claims_table(report)
            seconds, _ = _best(lambda r=report, c=claims: check_claims(c, r), 1)
            print(f"   {name:<40} {copies:>5} copies, {len(claims):>6} claims: {seconds:6.2f} s")


if __name__ == "__main__":
    main()
