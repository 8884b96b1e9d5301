"""How the checks look up the level of a measure in a period (``ClaimIndex.levels``): every
statement of that measure, period and kind, in the report's order, and a December stock of a
count standing for its year."""

from __future__ import annotations

from indicators.checking import check_claims
from indicators.period_cells import Period
from indicators.quantities import read_claims
from indicators.relations import MAX_STATEMENTS, ClaimIndex

from .claims_tables import claim, table


def _index(rows: list[dict[str, object]]) -> ClaimIndex:
    return ClaimIndex(read_claims(table(rows)))


def test_levels_come_in_the_report_order_across_kinds_and_december_stocks():
    rows = [
        claim(indicator="规模以上工业企业", period="2022-12", value="52", unit="家", line="3"),
        claim(indicator="规模以上工业企业", period="2022", value="53", unit="家", line="5"),
        claim(indicator="规模以上工业企业", period="2022", kind="target", value="55", unit="家"),
        claim(indicator="规模以上工业企业", period="2021", value="47", unit="家", line="9"),
        claim(indicator="税收收入", period="2022-01..2022-06", value="1.2", unit="亿元"),
        claim(indicator="税收收入", period="2022", value="2.5", unit="亿元", line="12"),
    ]
    index = _index(rows)
    year = Period.year(2022)
    # The December stock of a count is the year's level; a figure for half a year is not.
    assert [q.value_text for q in index.levels("规模以上工业企业", year)] == ["52", "53", "55"]
    assert [q.value_text for q in index.levels("规模以上工业企业", year, "actual")] == ["52", "53"]
    assert [q.value_text for q in index.levels("税收收入", year)] == ["2.5"]
    assert index.levels("税收收入", None) == []
    assert index.level("规模以上工业企业", year, "target").value_text == "55"


def test_the_earlier_end_of_a_change_is_no_level_of_its_year():
    rows = [
        claim(indicator="规模以上工业企业", period="2022", value="41", unit="家", claim_id="a"),
        claim(
            indicator="规模以上工业企业",
            period="2022",
            value="52",
            unit="家",
            growth_pct="26.8",
            linked_to="a",
            link="changed_from",
        ),
    ]
    assert [q.value_text for q in _index(rows).levels("规模以上工业企业", Period.year(2022))] == [
        "52"
    ]


def test_a_level_restated_hundreds_of_times_is_read_up_to_the_cap_and_still_checked():
    restated = [
        claim(indicator="税收收入", period="2022", value="2.50", unit="亿元", line=str(i + 2))
        for i in range(3 * MAX_STATEMENTS)
    ]
    earlier = claim(indicator="税收收入", period="2021", value="2.00", unit="亿元", line="1")
    grown = claim(
        indicator="税收收入", period="2022", value="2.50", unit="亿元", growth_pct="30", line="900"
    )
    rows = [earlier, *restated, grown]
    index = _index(rows)
    assert len(index.levels("税收收入", Period.year(2022))) == MAX_STATEMENTS
    # 2.00 to 2.50 is 25%, not the 30% stated: still found with the restatements around it.
    growth = check_claims(table(rows)).table.query("check == 'growth'")
    assert "inconsistent" in set(growth.verdict)
