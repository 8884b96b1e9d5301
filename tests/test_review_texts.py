"""Reports written by independent reviewers, each with inconsistencies planted in it.

The texts (``tests/texts/review/``, described in ``tests/texts/README.md``) are in the genre
but in the words of other writers: counties, towns, a street office, districts and a
development zone, from 2017 to 2024, in UTF-8, UTF-8 with BOM and CRLF, and GBK hard-wrapped
like text from a PDF. For each, the checker must find exactly the planted errors it is known
to find, and nothing else: a relation that holds is never reported as inconsistent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indicators import load_report
from indicators.checking import check_report

REVIEW = Path(__file__).parent / "texts" / "review"

#: The inconsistent findings of each text, as (check, first indicator, period): every one is a
#: planted error. Planted errors not yet found are listed in tests/texts/README.md.
FOUND = {
    "county-2025.txt": {
        ("disjoint_parts", "投资", "2024"),  # 41.2 + 28.7 + 19.5 is 89.4, more than 86.4
        ("same_quantity", "城镇新增就业", "2024"),  # 5620 here, 5260 there
        ("share", "占一般公共预算收入的比重", "2024"),  # 12.41/17.86 is 69.5%, not 65.9%
        ("growth", "农村居民人均可支配收入", "2024→2025"),  # the 2025 target is +10.2%, not 7%
        ("count_change", "经营主体总数", "2023→2024"),  # 41580→45260 is +8.85%, not 9.8%
        # Not planted: at current prices the levels grow 6.64% a year (5.7% at comparable
        # prices); reported with the flag comparable_prices.
        ("average_growth", "地区生产总值", "2020→2024"),
    },
    "district-2016-gb18030.txt": {
        ("disjoint_parts", "建设保障性住房", "2011..2015"),  # 5420 + 3860 + 3270 > 12350
        ("share", "占公共财政预算收入的比重", "2015"),  # 31.06/38.72 is 80.2%, not 82.0%
        ("growth", "固定资产投资", "2015→2016"),  # 385 on 326.5 is +17.9%, not 15%
        ("growth", "额", "2010→2015"),  # 142.6→326.5 is 2.3 times, not 2.5
        ("average_growth", "社会消费品零售总额", "2010→2015"),  # 80.9→156.8 is 14.2%/yr
    },
    "town-2024-tourism.txt": {
        ("disjoint_parts", "签约项目", "2023"),  # 7 + 6 + 6 projects is 19, not at most 18
        ("same_quantity", "接待游客", "2023"),  # 186.4 here, 188.4 there
        ("growth", "旅游总收入", "2022→2023"),  # 9.86→12.36 is +25.4%, not 28.7%
        ("growth", "税收收入", "2023→2024"),  # the 2024 target is +12.9%, not 7.5%
        ("share", "占全镇农户总数", "2023"),  # 8960/9676 is 92.6%, not 94.6%
    },
    "village-2023-wrapped.txt": {
        ("same_quantity", "农村集体经济收入", "2023"),  # 64.8 here, 68.4 there
        ("growth", "农村集体经济收入", "2023→2024"),  # 80 on 64.8 is +23%, not 12%
        ("share", "占总人口", "2023"),  # 627/1862 is 33.7%, not 36.7%
        ("growth", "经营性收入", "2022→2023"),  # 35.1→42.6 is +21.4%, not 17.4%
        ("sum", "合计", "2023"),  # 36.5 + 8.2 is 44.7, not 47.7
    },
    "city-2023.txt": {
        ("sum", "合计", "2022"),  # 856.3 + 624.8 + 412.5 is 1893.6, not 1923.6
        ("growth", "外贸进出口总额", "2022→2023"),  # 430 on 386.5 is +11.3%, not 8%
        ("growth", "实际利用外资", "2021→2022"),  # 3.04→3.68 is +21.05%, not 18.1%
        ("share", "占一般公共预算支出的比重", "2022"),  # 325.6/412.7 is 78.9%, not 81.5%
        # Not planted: the levels at current prices grow 7.83% a year, the text says 6.1% (at
        # comparable prices); reported with the flag comparable_prices and the price change.
        ("average_growth", "地区生产总值", "2017→2022"),
        ("average_growth", "一般公共预算收入", "2017→2022"),  # 128.5→186.42 is 7.7%/yr, not 9.7
    },
    "county-2019-session-line.txt": {
        ("growth", "一般公共预算收入", "2018→2019"),  # 10.75 on 9.86 is +9.0%, not 8%
        ("sum", "县级重点项目", "2018"),  # 新建 52 + 续建 38 is not 86
        ("growth", "社会消费品零售总额", "2017→2018"),  # 44.12→48.36 is +9.6%, not 11.6%
        ("share", "年度计划", "2018"),  # 68.5 of the planned 60 is 114.2%, not 108.6%
        ("additions", "规模以上工业企业", "2018"),  # 新增 12 家 is fewer than 71→86
    },
    "street-2022-midyear.txt": {
        ("share", "目标", "2022-01..2022-06"),  # 21.6 of 18 is 120%, not 45%; 12.35/25 is 49.4%
        ("growth", "规模以上服务业企业实现营业收入", "2021-01..2021-06→2022-01..2022-06"),
        ("sum", "共", "2022-01..2022-06"),  # 126 + 318 + 1460 is 1904, not 1804
    },
    "township-2020-comments.txt": {
        ("growth", "农业总产值", "2020→2021"),  # the 2021 target is +4.9%, not 8%
        ("growth", "一般公共预算收入", "2019→2020"),  # 1348→1286 is −4.6%, not −6.4%
        ("sum", "合计", "2020"),  # 2860 + 1240 + 780 + 1520 is 6400, not 6600
        ("share", "占耕地面积", "2020"),  # 1.05/2.36 is 44.5%, not 48.5%
    },
    "county-2021.txt": {
        ("average_growth", "社会消费品零售总额", "2015→2020"),  # 52.36→71.85 is 6.53%/yr, not 8.5
        ("count_change", "农村集体经济年收入10万元以上的村", "2015→2020"),  # 23→156 is +133
        ("growth", "一般公共预算收入", "2020→2021"),  # the 2021 target is +7.10%, not 6%
        ("share", "占固定资产投资", "2020"),  # 41.3/142.6 is 28.96%, not 31.0%
        ("sum", "一般公共预算收入", "2020"),  # 税收 9.34 + 非税 3.43 is not 12.68
    },
    "county-2024.txt": {
        ("growth", "一般公共预算收入", "2023→2024"),  # 22.8/21.36 is +6.7%, not 5%
        ("share", "占一般公共预算收入的比重", "2023"),  # 14.85/21.36 is 69.5%, not 71.2%
        ("sum", "县级重点项目", "2023"),  # 续建 38 + 新开工 45 is not 86
    },
    "devzone-2022.txt": {
        ("disjoint_parts", "专利授权", "2021"),  # 58 + 297 + 41 is 396, more than 386
        ("count_change", "规模以上工业企业", "2020→2021"),  # 109→126 is +17, not 19
        ("growth", "利税", "2020→2021"),  # 20.3→24.6 is +21.2%, not 15.3%
        ("growth", "规模以上工业总产值", "2021→2022"),  # the 2022 target is +15.2%, not 18%
        ("share", "占规上工业总产值", "2021"),  # 64.3/286.4 is 22.5%, not 25.4%
    },
    "district-2022.txt": {
        ("growth", "地区生产总值", "2021→2022"),  # 670 is +9.3% on 612.8, not 7%左右
        ("growth", "实际利用外资", "2020→2021"),  # 18650→21320 is +14.3%, not 18.3%
        ("share", "占地区生产总值比重", "2021"),  # 98.6/612.8 is 16.1%, not 17.8%
        ("sum", "外贸进出口总额", "2021"),  # 205.3 + 118.7 is not 326.5
    },
    "district-2024-bom-crlf.txt": {
        ("disjoint_parts", "投资", "2023"),  # 172.3 + 88.4 + 38.7 is 299.4, over 286.5
        ("count_change", "省级专精特新中小企业", "2022→2023"),  # 218→256 is +38, not 45
        ("growth", "旅游总收入", "2022→2023"),  # 221.8→312.6 is +40.9%, not 45.9%
        ("growth", "社会消费品零售总额", "2023→2024"),  # the 2024 target is +7.38%, not 6.5%
        ("part_of_whole", "限额以上消费品零售额", "2023"),  # 前三季度 251.36 above 全年 245.18
    },
    "street-2019.txt": {
        ("count_change", "市场主体", "2017→2018"),  # 1856→2268 is +412, not 421
        ("growth", "农村集体经济收入", "2017→2018"),  # 186→243 is +30.6%, not 28.5%
        ("share", "占新增就业人数", "2018"),  # 126/580 is 21.7%, not 24.6%
    },
    "town-2023-midyear.txt": {
        ("part_of_whole", "规模以上工业总产值", "2023-01..2023-03"),  # 29.3 above 28.6
        ("share", "占全镇耕地面积", "2023-01..2023-06"),  # 1.6/7.5 is 21.3%, not 23.3%
        ("sum", "合计", "2023-01..2023-06"),  # 1.2 + 0.35 + 0.28 is 1.83, not 1.93
    },
    "county-city-2018.txt": {
        ("disjoint_parts", "投资", "2017"),  # 62.4 + 51.8 + 38.7 projects is 152.9, over 148.6
        ("growth", "外贸进出口总额", "2016→2017"),  # 52.68→61.35 is +16.5%, not 15.6%
        ("growth_total_vs_parts", "外贸进出口总额", "2017"),  # the same, against 出口 and 进口
        ("share", "占一般公共预算收入的比重", "2017"),  # 28.47/36.28 is 78.5%, not 79.5%
        ("growth", "一般公共预算收入", "2017→2018"),  # 39.55 on 36.28 is +9%, not 8%
        ("points_change", "常住人口城镇化率", "2017"),  # 54.86→56.12 is 1.26 points, not 1.36
    },
    "town-2025-fourteenth-plan.txt": {
        ("same_quantity", "接待游客", "2025"),  # 128.6 here, 126.8 there
        ("part_of_whole", "规模以上工业总产值", "2025"),  # 526.4, a slip for 52.64
        ("disjoint_parts", "新签约项目", "2025"),  # 7 + 5 + 4 kinds of projects, not ≤ 15
        ("growth", "农村居民人均可支配收入", "2024→2025"),  # 23860→25420 is +6.5%, not 6.9%
        ("average_growth", "工农业总产值", "2020→2025"),  # 68.42→96.85 is 7.2% a year, not 9.1%
    },
    "town-2019-manufacturing.txt": {
        ("sum", "社会总产值", "2019"),  # 第三产业 28.95 for 27.95: the parts are 287.45
        ("growth", "工业总产值", "2019→2020"),  # the 2020 target is +9.7%, not 8.5%
        ("change_amount", "税收收入", "2019"),  # +1.35 on 17.27 is +7.8%, not 8.7%
        ("share", "占税收收入", "2019"),  # 镇级税收 is 34.1% of the tax, not 36.1%
        ("count_change", "规模以上工业企业", "2018→2019"),  # 112→126 is +14, not 16
    },
    "county-2022-sectors.txt": {
        ("sum", "一般公共预算收入", "2022"),  # 10.42 + 5.64 is 16.06, not 15.86
        ("part_of_whole", "工业投资", "2022"),  # 558.4, a slip for 55.84 …
        ("share", "占固定资产投资", "2022"),  # … found by its share too …
        ("disjoint_parts", "固定资产投资", "2022"),  # … and by the kinds of investment
        ("average_growth", "一般公共预算收入", "2017→2022"),  # 11.24→15.86 is 7.1% a year
        ("points_change", "常住人口城镇化率", "2022"),  # 48.6→54.3 is 5.7 points, not 6.7
        ("same_quantity", "粮食产量", "2022"),  # 总产量24.36 after 粮食播种面积, then 24.63
    },
    "street-2020-epidemic.txt": {
        ("growth", "税收收入", "2020→2021"),  # 1.38 on 1.25 is +10.4%, not 8%
        ("disjoint_parts", "市场主体", "2020"),  # 1086 企业 + 2382 个体工商户 is over 3418
        ("share", "占新增就业人数", "2020"),  # 138/612 is 22.5%, not 23.5%
        ("growth", "农村集体经济收入", "2019→2020"),  # 412→378 is −8.3%, not −9.3%
        # not planted, but wrong: a fall of 18.6% in 1—6月 and 9.2% in 1—11月 narrowed by 9.4
        ("rate_change", "税收收入", "2020-01..2020-11"),
    },
    "county-city-2024.txt": {
        ("sum", "地区生产总值", "2024"),  # 第二产业 253.73 for 251.73: the sectors are 614.48
        ("share", "第二产业比重", "2024"),  # … so its share is 41.4%, not the printed 41.1%
        ("sum", "外贸进出口总额", "2024"),  # 出口 + 进口 25.47 is 87.32, not 86.42
        ("change_amount", "一般公共预算支出", "2024"),  # 6.872, a slip for 68.72 …
        ("part_of_whole", "民生支出", "2024"),  # … found by its part …
        ("share", "占一般公共预算支出", "2024"),  # … and by the share of 民生支出
        ("average_growth", "城镇居民人均可支配收入", "2020→2024"),  # 46825→58964 is 5.9%/yr
    },
    "township-2021-villages.txt": {
        ("points_change", "占农林牧渔业总产值的比重", "2021"),  # 57.5→60.9 is 3.4 points, not 4.3
        ("count_change", "农民专业合作社", "2020→2021"),  # 68→82 is +20.6%, not 26.8%
        ("part_of_whole", "龙潭村", "2021"),  # one village's 52.3 above all villages' 48.6
        ("share", "占财政总收入", "2021"),  # 2310/2860 is 80.8%, not 78.6%
        # not planted, but wrong: classes of 3 + 8 + 2 villages for twelve with none below 10万元
        ("class_counts", "行政村", "2021"),
    },
    "devzone-2023-base-clause.txt": {
        ("growth", "税收收入", "2023→2024"),  # 74 on 68.42 is +8.2%, not 10%
        ("count_change", "高新技术企业", "2022→2023"),  # 86→112 is +26, not 28
        ("sum", "外贸进出口总额", "2023"),  # 进口 1.34, a slip for 13.4 …
        ("growth_total_vs_parts", "外贸进出口总额", "2023"),  # … also seen in the growths
    },
    "county-2020-thirteenth-plan-close.txt": {
        ("sum", "地区生产总值", "2020"),  # 第二产业 58.21 for 58.12 (found with each statement)
        ("average_growth", "城镇居民人均可支配收入", "2015→2020"),  # 24186→35120 is 7.7%/yr
        ("same_quantity", "城镇居民人均可支配收入", "2020"),  # 35120 here, 35210 there
        ("growth", "农村居民人均可支配收入", "2015→2020"),  # 1.58 times 2015's, not 1.68 …
        ("average_span", "农村居民人均可支配收入", "2015→2020"),  # … against its 9.6% a year
        ("growth", "社会消费品零售总额", "2020→2021"),  # the 2021 target 63.61 is +9%, not 8%
    },
    "town-2023-sectors.txt": {
        ("part_of_whole", "畜牧业产值", "2023"),  # 13.4, a slip for 1.34 …
        ("disjoint_parts", "农业总产值", "2023"),  # … so the four sectors exceed 7.86
        ("growth", "税收收入", "2022→2023"),  # 3.05→3.28 is +7.5%, not 8.5%
        ("points_change", "税收占全口径税收的比重", "2023"),  # 25.9→26.2 is 0.3 points, not 0.6
        ("share", "该比例", "2023"),  # 1.42/1.89 is 75.1%, not 78.1%
        ("change_amount", "农村居民人均可支配收入", "2022→2023"),  # 26418→28035 is +1617
    },
    "county-2023-gb18030.txt": {
        ("sum", "外贸进出口总额", "2022"),  # 出口13.54 + 进口5.17 is 18.71, not 18.62
        ("share", "占一般公共预算支出", "2022"),  # 34.86/41.28 is 84.4%, not 86.4%
        ("growth", "粮食产量", "2021→2022"),  # 20.91→21.35 is +2.1%, not 2.4%
        ("points_change", "常住人口城镇化率", "2022"),  # 48.6→49.9 is 1.3 points, not 1.5
        ("count_change", "市场主体", "2021→2022"),  # 45544→52386 is +6842, not 6942
    },
    "devzone-2020-crlf-epidemic.txt": {
        ("same_quantity", "一般公共预算收入", "2020-01..2020-11"),  # 28.46 here, 28.64 there
        ("growth", "一般公共预算收入", "2020→2021"),  # 33.68 on 31.20 is +7.9%, not 7%
        ("average_growth", "规模以上工业总产值", "2015→2020"),  # 312.4→538.6 is 11.5% a year
        ("count_change", "授权发明专利", "2015→2020"),  # 418 is 3.2 times 131, not 2.2
    },
    "township-2021-gbk-poverty.txt": {
        ("growth", "粮食产量", "2019→2020"),  # 2.064→2.186 is +5.9%, not 9.5%
        ("average_growth", "农村居民人均可支配收入", "2015→2020"),  # 6125→9864 is 10.0% a year
        ("growth", "中药材种植面积", "2015→2020"),  # 6200→18600 is 3 times, not 2
        ("points_change", "森林覆盖率", "2020"),  # 18.6→24.3 is 5.7 points, not 6.7
    },
    "county-city-2024-tourism.txt": {
        ("structure", "第一产业比重", "2023"),  # 6.8 + 53.3 + 38.9 is 99.0, not 100 …
        ("share", "第三产业比重", "2023"),  # … and 38.9 is no share of GDP (39.9 is)
        ("count_change", "高新技术企业", "2022→2023"),  # 86→112 is +26, not 24
        ("growth", "社会消费品零售总额", "2023→2024"),  # 268.5 on 248.36 is +8.1%, not 6.5%
        ("same_quantity", "接待游客", "2023"),  # 1286.4 in the review, 1268.4 in the plan
        ("share", "占一般公共预算收入", "2023"),  # 31.26/42.68 is 73.2%, not 75.2%
    },
    "county-2019-gb18030-multiples.txt": {
        ("structure", "第一产业比重", "2018"),  # 15.4 + 42.6 + 41.0 is 99.0 …
        ("share", "第三产业比重", "2018"),  # … and 78.21/186.22 is 42.0%, not 41.0%
        ("additions", "规模以上工业企业", "2018"),  # 新增11家 against 118→131
        ("change_amount", "城镇居民人均可支配收入", "2017→2018"),  # 30150→32560 is +2410
        ("average_growth", "一般公共预算收入", "2015→2018"),  # 8.92→12.68 is 12.4% a year
        ("growth", "规模以上工业总产值", "2012→2018"),  # 88.4→265.8 is 3.0 times, not 2.0
    },
    "street-2023-bom-hotline.txt": {
        ("points_change", "楼宇入驻率", "2022"),  # 86.4→90.1 is 3.7 points, not 2.7
        ("growth", "本级税收收入", "2022→2023"),  # 3.45 on 3.13 is +10.2%, not 7%
        ("share", "办结率", "2022"),  # 4071/4126 is 98.7%, not 98.2%
    },
    "township-2017-gbk.txt": {
        ("count_change", "肉牛存栏", "2015→2016"),  # 2350→2980 is +630, not 730
        ("growth", "财政收入", "2015→2016"),  # 386→452 is +17.1%, not 18.6%
        ("share", "占粮食播种面积", "2016"),  # 1.85/3.26 is 56.75%, not 60.2%
        ("share", "年度目标任务", "2016"),  # 8650/8000 is 108.1%, not 112.5%
    },
    "district-2024-services-entities.txt": {
        ("growth", "规模以上工业总产值", "2023→2024"),  # 1389.46 on 1286.54 is +8.0%, not 9%
        ("growth", "规模以上服务业营业收入", "2022→2023"),  # 401.15→438.62 is +9.34%, not 9.8%
        ("share", "占全口径税收收入", "2023"),  # 24.86/86.42 is 28.77%, not 27.8%
        ("disjoint_parts", "市场主体", "2023"),  # 4216 + 9648 new ones is 13864, not 12864
        ("count_change", "高新技术企业", "2022→2023"),  # 286→342 is +56, not 净增46
    },
    "town-2020-gbk-wrapped-villages.txt": {
        ("growth", "农业总产值", "2019→2020"),  # 7.32 on 6.84 is +7.0%, not 5%
        ("points_change", "土地流转率", "2019"),  # 52.6%→58.3% is 5.7 points, not 6.7
        ("average_growth", "农村居民人均可支配收入", "2015→2019"),  # 四年年均 9.72%, not 8.7%
        ("same_quantity", "农村户厕改造", "2019"),  # 1286 here, 1268 in the plan
        ("per_unit", "村均", "2019"),  # 612.4万元 over 14 villages is 43.74万元, not 47.11
    },
    "county-2022-pdf-wrapped.txt": {
        ("growth", "一般公共预算收入", "2021→2022"),  # 20.46 on 18.76 is +9.06%, not 8%
        ("average_growth", "规模以上工业总产值", "2019→2021"),  # 两年平均 13.79%, not 14.7%
        ("growth", "一般公共预算收入", "2020→2021"),  # 16.93→18.76 is +10.81%, not 11.8%
        ("share", "占全县", "2021"),  # the park's 286.45 of the county's 412.36 is 69.5%
    },
    "township-2025-gb18030-projects.txt": {
        ("growth", "特色产业总产值", "2020→2024"),  # 21386/8460 is 2.5 times, not 2.8 …
        ("average_span", "特色产业总产值", "2020→2024"),  # … which is no 26.1% a year
        ("change_amount", "农产品网络销售额", "2023→2024"),  # 2860→3742 is +882, not 892
        ("sum", "合计", "2024"),  # the six projects add up to 6785, not 6985
        ("growth_gap", "脱贫人口人均纯收入", "2024"),  # 12.2% and 8.6% are 3.6 points apart
        ("same_quantity", "茶叶种植面积", "2024"),  # 2.36 here, 2.63 there
    },
    "county-2019-crlf-poverty-revenue.txt": {
        ("growth", "社会消费品零售总额", "2017→2018"),  # 53.02→58.64 is +10.6%, not 11.6%
        ("growth", "一般公共预算收入", "2018→2019"),  # the 2019 target 10.75 is +9.03%, not 8%
        ("points_change", "贫困发生率", "2018"),  # 3.27%→0.96% is 2.31 points, not 2.21
        ("share", "工业投资占固定资产投资的比重", "2018"),  # 30.2%, not 32.4%
        ("sum", "一般公共预算收入", "2018"),  # 税收6.83 + 非税3.13 is 9.96, not 9.86
    },
    "district-2025-fourteenth-lists.txt": {
        ("count_change", "总部企业", "2020→2024"),  # 38→65 is +27, not 净增29
        ("average_growth", "一般公共预算收入", "2020→2024"),  # 32.15→41.38 is 6.5% a year
        ("count_change", "高新技术企业", "2020→2024"),  # 126→243 is 1.9 times, not 2.1
        ("sum", "累计5.96万人", "2021..2024"),  # the four years' jobs add up to 5.86万人
    },
    "town-2023-gbk-wrapped-park.txt": {
        ("growth", "税收收入", "2022→2023"),  # the 2023 target 2.53 on 2.35 is +7.7%, not 8.7%
        ("growth", "粮食产量", "2021→2022"),  # 5.69→5.87 is +3.2%, not 3.8%
        ("change_amount", "生猪出栏", "2021→2022"),  # 8.62→9.35 is +0.73, not 0.83
        ("share", "占全镇规上工业总产值", "2022"),  # the park's 38.74 of 51.36 is 75.4%
        ("sum", "合计", "2022"),  # the villages listed add up to 497.4万元, not 495.6
    },
    "city-2020-thirteenth-progress.txt": {
        ("same_quantity", "地区生产总值", "2019"),  # 2386.74 here, 2368.74 there …
        ("sum", "地区生产总值", "2019"),  # … so the industries no longer add up to it
        ("sum", "一般公共预算收入", "2019"),  # 128.35 + 68.17 is 196.52, not 186.52
        ("points_change", "占一般公共预算支出", "2019"),  # 78.6%→79.9% is 1.3 points, not 1.5
        ("average_growth", "一般公共预算收入", "2015→2019"),  # 138.6→186.52 is 7.7% a year
        ("growth", "外贸进出口总额", "2015→2019"),  # 168.9→356.8 is 2.1 times, not 2.4
    },
    "county-city-2024-industries-income.txt": {
        ("points_change", "高新技术产业产值占规上工业总产值的比重", "2023"),  # 46.3→48.6: 2.3
        ("growth", "固定资产投资", "2023→2024"),  # the 2024 target 382 on 356.2 is +7.2%, not 8.2%
        ("share", "占社会消费品零售总额", "2023"),  # 96.48/248.62 is 38.8%, not 36.8%
        ("growth", "一般公共预算收入", "2022→2023"),  # 48.91→52.36 is +7.1%, not 7.6%
        ("sum", "一般公共预算收入", "2023"),  # 40.18 + 13.18 is 53.36, not 52.36
    },
    "street-2021-gb18030-thirteenth.txt": {
        ("average_growth", "税收收入", "2015→2020"),  # 12.36→18.92 is 8.9% a year, not 9.8%
        ("growth", "楼宇税收", "2015→2020"),  # 3.12→7.68 is 2.5 times, not 2.8
        ("count_change", "市场主体", "2015→2020"),  # 8426→12635 is +4209, not 4029
        ("disjoint_parts", "市场主体", "2020"),  # 5218 + 7617 is 12835, more than 12635
        ("same_quantity", "楼宇税收", "2020"),  # 7.68 here, 重点楼宇实现税收 7.86 there
    },
    "township-2022-gbk-wrapped-tea.txt": {
        ("change_amount", "脱贫人口人均纯收入", "2020→2021"),  # +1327, not 1372
        ("growth", "生产干毛茶", "2020→2021"),  # 1652→1864 is +12.8%, not 11.4%
        ("growth", "茶叶综合产值", "2021→2022"),  # the 2022 target 2.80 is +13.8%, not 15.5%
        ("sum", "合计", "2021"),  # the villages listed add up to 126.4万元, not 124.6
    },
    "hitech-zone-2023-zones-targets.txt": {
        ("growth", "税收收入", "2021→2022"),  # 57.46→62.38 is +8.6%, not 6.8%
        (
            "points_change",
            "研发经费投入占营业收入的比重",
            "2022",
        ),  # 3.41%→3.64% is 0.23 points, not 0.32
        ("same_quantity", "高新技术企业", "2022"),  # 341 here, 314 there
        ("average_growth", "营业收入", "2020→2025"),  # 1052.7→2000亿元 is 13.7% a year, not 12.7%
    },
    "county-2023-two-year-villages.txt": {
        ("growth", "社会消费品零售总额", "2022→2023"),  # the 2023 target 95 is +9.9%, not 7%
        ("growth", "一般公共预算收入", "2021→2022"),  # 13.72→14.86 is +8.3%, not 9.3%
        ("share", "占一般公共预算支出", "2022"),  # 80.0%, not 82.0%
        ("sum", "行政村", "2022"),  # the classes of villages add up to 198, not 196
        ("average_span", "地区生产总值", "2020→2022"),  # +13.7% over 2020 is 6.6% a year, not 7.2%
    },
    "township-2022-crlf-northeast-grain.txt": {
        ("growth", "生猪出栏", "2020→2021"),  # 2.95→3.42 is +15.9%, not 19.5%
        ("count_change", "农民专业合作社", "2020→2021"),  # 47→59 is 12 more, not 14
        ("growth", "农村居民人均可支配收入", "2021→2022"),  # 20387 on 19386 is +5.2%, not 8%
        ("share", "占耕地面积", "2021"),  # 14.8/31.2 is 47.4%, not 49.3%
    },
    "devzone-2026-gb18030-fifteenth.txt": {
        ("average_growth", "地区生产总值", "2020→2025"),  # 386.42→592.68 is 8.9% a year
        ("growth", "外贸进出口总额", "2020→2025"),  # 342.8 on 186.3 is 1.8 times, not 2.1
        ("same_quantity", "实际利用外资", "2025"),  # 5.68 here, 5.86 twice elsewhere
        # Not planted but from the planted 5.68: the 2026 target 6.2 is +9.2% on it, +5.8% on
        # the 5.86 printed twice.
        ("growth", "实际利用外资", "2025→2026"),
        ("share", "占规上工业总产值", "2025"),  # 742.6/2038.7 is 36.4%, not 34.6%
        ("points_change", "研发经费投入强度", "2025"),  # 3.42%→3.62% is 0.20 points, not 0.30
    },
    "district-2021-bom-thirteenth-two-year.txt": {
        ("average_span", "地区生产总值", "2018→2020"),  # +12.0% over 2018 is 5.8% a year
        ("share", "占税收收入", "2020"),  # 6.38/34.26 is 18.6%, not 19.6%
        ("growth", "一般公共预算收入", "2020→2021"),  # 46.82 +6% is 49.63, not 51.63
        ("growth_gap", "农村居民人均可支配收入", "2020"),  # 8.3% and 5.6% are 2.7 points apart
    },
    "township-2018-gbk-fruit-poverty.txt": {
        ("sum", "水果总产量", "2017"),  # the fruits add up to 8.84, not 8.64
        ("growth", "财政收入", "2016→2017"),  # 1175→1286 is +9.4%, not 8.4%
        ("share", "占一般公共预算支出", "2017"),  # 1862/2468 is 75.4%, not 79.4%
    },
    "county-city-2019-gb18030-crlf-midterm.txt": {
        ("points_change", "占地区生产总值的比重", "2018"),  # 66.3%→67.5% is 1.2 points, not 1.4
        ("growth", "农村居民人均可支配收入", "2017→2018"),  # 28734→31286 is +8.9%, not 9.8%
        ("average_growth", "一般公共预算收入", "2015→2018"),  # 38.64→52.36 is 10.7% a year
    },
    "town-2024-bom-chains-vegetables.txt": {
        ("share", "该比例", "2023"),  # 21.35/86.47 is 24.7%, not 26.7%
        ("growth", "一般公共预算收入", "2023→2024"),  # the 2024 target 3.03 is +5.9%, not 5%
        ("count_change", "冬暖式蔬菜大棚", "2022→2023"),  # 5826→6413 is 587 more, not 578
        ("same_quantity", "农村集体经济收入", "2023"),  # 2856万元 in the review, 2865 in the plan
    },
    "district-2022-two-year-gaps.txt": {
        ("average_span", "社会消费品零售总额", "2019→2021"),  # +6.9% over 2019 is 3.4% a year
        ("growth_gap", "农村居民人均可支配收入", "2021"),  # 10.8% and 8.5% are 2.3 points apart
        ("share", "该比例", "2021"),  # 168.92/1286.45 is 13.1%, not 14.1%
        ("growth", "一般公共预算收入", "2021→2022"),  # the 2022 target 39.40 is +7.0%, not 8%
    },
    "town-2017-gb18030-twelfth-sectors.txt": {
        ("average_growth", "农民人均纯收入", "2010→2015"),  # 5862→10486 is 12.3% a year
        ("same_quantity", "社会总产值", "2016"),  # 18.46 here, 18.64 there
        # From the planted 18.46: the sectors add up to 18.64, and the 2017 target 20.50 is
        # +11.1% on it, +10.0% on 18.64.
        ("sum", "社会总产值", "2016"),
        ("growth", "社会总产值", "2016→2017"),
        ("disjoint_parts", "粮食作物播种面积", "2016"),  # 1.92+1.16+0.96 is 4.04, more than 3.86
        ("growth", "农村集体经济收入", "2015→2016"),  # 268.5→326.8 is +21.7%, not 24.7%
        ("growth", "农村居民人均可支配收入", "2016→2017"),  # the 2017 target is +9.0%, not 10%
    },
    "street-2020-hotline-buildings.txt": {
        ("share", "占常住人口", "2019"),  # 8.73/12.46 is 70.1%, not 72.1%
        ("points_change", "群众满意率", "2019"),  # 75.2%→88.9% is 13.7 points, not 14.7
        ("growth", "税收收入", "2019→2020"),  # the 2020 target 62.5 is +7.1%, not 8.1%
    },
    "devzone-2023-gbk-parks-multiple.txt": {
        ("growth", "亩均税收", "2021→2022"),  # 25.86→28.61 is +10.6%, not 12.6%
        ("same_quantity", "出口总额", "2022"),  # 49.86 here, 48.96 there
        ("average_growth", "营业收入", "2020→2022"),  # 582.36→856.42 is 21.3% a year
        ("growth", "协议总投资", "2021→2022"),  # 612.8 is 1.4 times 438.6, not 1.6
    },
    "county-city-2021-gbk-thirteenth-projects.txt": {
        ("growth", "社会消费品零售总额", "2019→2020"),  # 360.25→352.68 is −2.1%, not −3.1%
        ("share", "占一般公共预算支出的比重", "2020"),  # 民生支出 is 79.4% of it, not 81.4%
        ("growth_gap", "农村居民人均可支配收入", "2020"),  # the two growths are 2.5 points apart
        ("average_growth", "一般公共预算收入", "2015→2020"),  # 8.5% a year, not 9.5%
    },
    "township-2025-bom-coffee-villages.txt": {
        ("growth", "生产咖啡生豆", "2023→2024"),  # 2540→2860吨 is +12.6%, not 16.2%
        ("additions", "农民专业合作社", "2024"),  # 42→51家 is 9 more: 新增7家 is too few
        ("same_quantity", "接待游客", "2024"),  # 18.64 here, 18.46 there
        ("growth", "旅游总收入", "2024→2025"),  # the 2025 target 1.45 is +15.1%, not 20%
    },
    "street-2020-gb18030-unnumbered-parts.txt": {
        ("growth", "税收收入", "2019→2020"),  # the 2020 target 92.47 is +7.0% on 86.42, not 8%
        ("average_growth", "税收收入", "2016→2019"),  # 62.85→86.42 is 11.2% a year, not 9.2%
    },
    "devzone-2021-gb18030-thirteenth.txt": {
        ("average_growth", "税收收入", "2015→2020"),  # 11.1% a year, not 14.1%
        ("count_change", "高新技术企业", "2015→2020"),  # +118, not 128
        ("sum", "合计", "2020"),  # the projects by industry add up to 88, not 86
        ("same_quantity", "企业营业收入", "2020"),  # 1086.4 here, 1068.4 there
    },
    "devzone-2022-parks-tax-share.txt": {
        ("count_change", "规模以上工业企业", "2020→2021"),  # 由A增加到B is +32, not 34
        ("growth", "协议投资", "2020→2021"),  # 536.21→658.40 is +22.8%, not 24.8%
        ("share", "占全区固定资产投资的比重", "2021"),  # 工业投资 is 69.0% of it, not 71.0%
        ("growth", "固定资产投资", "2021→2022"),  # the 2022 target 215 is +15.3%, not 17.3%
    },
    "town-2017-gb18030-wrapped-resettlement.txt": {
        ("points_change", "贫困发生率", "2016"),  # 5.9%→2.8% is 3.1 points, not 3.3
        ("sum", "年度易地扶贫搬迁任务", "2016"),  # 296 + 142 people is 438, not 428
        ("same_quantity", "农民人均纯收入", "2016"),  # 12368 here, 12386 there
        ("average_growth", "农民人均纯收入", "2010→2015"),  # 14.1% a year, not 15.1%
        ("growth", "一般公共预算收入", "2010→2015"),  # 2.0 times 2010's, not 2.3
    },
    "county-city-2023-bom-income-ratio.txt": {
        ("growth", "一般公共预算收入", "2022→2023"),  # the 2023 target 39.05 is +6%, not 8%
        ("ratio", "城乡居民收入比", "2022"),  # 45862 / 23417 is 1.96, not 1.92
        ("count_change", "规模以上工业企业", "2021→2022"),  # 186→203 is +17, not 19
        ("share", "税收收入占一般公共预算收入的比重", "2022"),  # 75.9%, not 78.2%
    },
    "district-2020-gbk-gaps-ratio.txt": {
        ("growth", "一般公共预算收入", "2018→2019"),  # 17.18→18.62 is +8.4%, not 9.4%
        ("share", "税收收入占一般公共预算收入的比重", "2019"),  # 77.1%, not 76.1%
        ("points_change", "贫困发生率", "2019"),  # 2.46%→0.38% is 2.08 points, not 2.18
        ("growth_gap", "农村居民人均可支配收入", "2019"),  # 1.5 points above, not 1.3
        ("ratio", "城乡居民收入比", "2019"),  # the two incomes give 2.95, not 2.92
    },
    "county-2025-bom-crlf-orange-chains.txt": {
        ("growth", "一般公共预算收入", "2024→2025"),  # the 2025 target 16.52 is +6.3%, not 5%
        ("average_growth", "农村居民人均可支配收入", "2020→2024"),  # 8.4% a year, not 9.5%
    },
    "street-2021-district-tax-recovery.txt": {
        ("growth", "税收收入", "2020→2021"),  # the 2021 target 33.22 is +2.0%, not 5%
        ("rate_change", "税收收入", "2020-01..2020-06"),  # −21.8%→−9.6% narrows by 12.2
        ("share", "区级税收占全口径税收的比重", "2020"),  # 29.5%, not 30.4%
        ("count_change", "市场主体", "2019→2020"),  # 12486→13352 is +866, not 886
    },
    "county-2019-gb18030-potato-ratio.txt": {
        ("growth_gap", "农村居民人均可支配收入", "2018"),  # 8.6% − 7.2% is 1.4 points, not 1.6
        ("ratio", "城乡居民收入比", "2018"),  # 24386 / 7526 is 3.24, not 3.18
        ("average_growth", "农村居民人均可支配收入", "2015→2018"),  # 8.7% a year, not 9.5%
        ("same_quantity", "输转城乡富余劳动力", "2018"),  # 8.62 here, 8.26 there
    },
    "district-2024-bom-digital-ratio.txt": {
        ("share", "占地区生产总值的比重", "2023"),  # the digital economy is 18.5%, not 18.9%
        ("growth", "一般公共预算收入", "2022→2023"),  # 104.38→112.56 is +7.8%, not 8.8%
        ("disjoint_parts", "省市县长项目工程和区重点建设项目", "2023"),  # 98+52+41 > 186
        ("ratio", "城乡居民收入比", "2023"),  # 82436 / 49872 is 1.65, not 1.61
    },
    "township-2019-gbk-wrapped-grain-pairs.txt": {
        ("count_change", "建档立卡贫困户", "2017→2018"),  # 412→47 people is −365, not −356
        ("points_change", "贫困发生率", "2018"),  # 3.68%→0.42% is 3.26 points, not 3.16
        ("growth", "农村居民人均可支配收入", "2018→2019"),  # the 2019 target is +7.5%, not 8.5%
        ("average_growth", "农村居民人均可支配收入", "2015→2018"),  # 7.3% a year, not 8.1%
    },
    "county-2021-gbk-island-fishery.txt": {
        ("share", "占一般公共预算收入", "2020"),  # 15.37/18.64 is 82.5%, not 85.2%
        ("count_change", "年末全县在册远洋渔船", "2019→2020"),  # 118→131 is +13, not 15
        ("growth", "港口货物吞吐量", "2019→2020"),  # 11932→12684万吨 is +6.3%, not 5.3%
        ("growth_gap", "农村居民人均可支配收入", "2020"),  # 6.1% − 4.2% is 1.9 points, not 2.1
        ("average_growth", "地区生产总值", "2015→2020"),  # 118.75→186.42 is 9.4% a year
    },
    "street-2024-bom-quarters-sales.txt": {
        ("disjoint_parts", "商品销售额", "2023"),  # 328.27 + 94.41 is more than 412.68
        ("growth", "规模以上工业总产值", "2023→2024"),  # 305 on 286.45 is +6.5%, not 7.5%
        ("same_quantity", "社会消费品零售总额", "2023"),  # 128.63 here, 128.36 there
        ("rate_change", "社会消费品零售总额", "2023-01..2023-06"),  # 5.4 − 3.2 is 2.2, not 2.6
        ("share", "占一般公共预算支出", "2023"),  # 5.27/6.84 is 77.0%, not 79.0%
    },
    "county-2020-gbk-herbs-poverty.txt": {
        ("growth", "产值", "2018→2019"),  # 15.48→17.36 is +12.1%, not 13.1%
        ("sum", "中药材种植面积", "2019"),  # 10.2 + 8.6 + 6.9 + 1.7 is 27.4, not 26.4
        ("count_change", "贫困人口", "2018→2019"),  # 19735→5106 is −14629, not −14529
        ("points_change", "贫困发生率", "2019"),  # 7.12% − 1.84% is 5.28 points, not 5.38
        ("growth", "一般公共预算收入", "2019→2020"),  # the 2020 target 3.37 is +8%, not 10%
    },
    "devzone-2023-crlf-trade-multiple.txt": {
        ("share", "该比例", "2022"),  # 2.74/3.86 is 71.0%, not 73.0%
        ("average_growth", "规模以上工业营业收入", "2020→2022"),  # 16.5% a year, not 17.5%
        ("same_quantity", "外贸进出口总额", "2022"),  # 185.62 here, 186.52 there
        ("sum", "外贸进出口总额", "2022"),  # the same slip: 124.36 + 62.16 is 186.52
        ("ratio", "出口是进口", "2022"),  # 124.36/62.16 is 2.0 times, not 2.2
        ("growth_total_vs_parts", "外贸进出口总额", "2022"),  # 15.6% below both parts' growths
    },
    "street-2024-hotline-classes.txt": {
        ("growth", "本级税收收入", "2022→2023"),  # 9.87→10.63 is +7.7%, not 8.7%
        ("change_amount", "市场主体", "2022→2023"),  # 1.87→2.03万户 is +0.16, not 0.18
        ("share", "任务", "2023"),  # 1865 of 1600 is 116.6%, not 118.6%
        ("disjoint_parts", "受理12345政务服务便民热线转办诉求", "2023"),  # classes exceed 18642
        ("points_change", "群众满意率", "2023"),  # 93.6%→96.1% is 2.5 points, not 3.5
    },
    "county-city-2019-gbk-crlf-trade.txt": {
        ("share", "占出口总额", "2018"),  # 121.35/198.62 is 61.1%, not 63.1%
        ("same_quantity", "社会消费品零售总额", "2018"),  # 169.83 here, 168.93 there
        ("average_growth", "一般公共预算收入", "2015→2018"),  # 10.6% a year, not 11.6%
        ("growth", "外贸进出口总额", "2018→2019"),  # the 2019 target 303.66 is +6.05%, not 5%
        ("ratio", "出口额是进口额", "2018"),  # 198.62/87.72 is 2.3 times, not 2.5
    },
    "city-2026-gb18030-coal-new-energy.txt": {
        ("sum", "地区生产总值", "2025"),  # 第二产业 1320.48 for 1302.48: the sectors exceed GDP
        ("share", "第二产业比重", "2025"),  # the same slip breaks the structure's 52.4%
        ("growth", "一般公共预算收入", "2024→2025"),  # 271.39→286.45 is +5.6%, not 6.5%
        ("share", "占一般公共预算收入的比重", "2025"),  # 71.1%, not 73.1%
        ("average_growth", "地区生产总值", "2020→2025"),  # 7.9% a year, not 8.7%
        ("growth", "新能源装机", "2020→2025"),  # 3.1 times, not 3.4
    },
    "township-2018-bom-wrapped-sugarcane.txt": {
        ("points_change", "贫困发生率", "2017"),  # 4.61 points, not 4.16
        ("sum", "农村危房改造", "2017"),  # the kinds of households add up to 196, not 186
        ("count_change", "20户以上自然屯通硬化路", "2016→2017"),  # 78→96 is +18, not 16
        ("growth", "农村居民人均可支配收入", "2017→2018"),  # the target 11860 is +9.5%, not 8.5%
        ("same_quantity", "甘蔗产量", "2017"),  # 18.46 here, 18.64 in the plan
    },
    "town-2022-gbk-wrapped-tobacco-oil-tea.txt": {
        ("growth", "生产茶油", "2020→2021"),  # 1106→1268吨 is +14.6%, not 16.4%
        ("share", "收购计划", "2021"),  # 3.42 of 3.3万担 is 103.6%, not 106.3%
        ("points_change", "卫生厕所普及率", "2021"),  # 6.7 points, not 7.3
        ("growth", "财税收入", "2021→2022"),  # the target 5300万元 is +9.0%, not 11.0%
        ("class_counts", "村", "2021"),  # the classes by income count 13 of the 12 villages
    },
    "devzone-2024-bom-parks-classes.txt": {
        ("average_growth", "营业收入", "2021→2023"),  # 12.8% a year, not 11.8%
        ("count_change", "高新技术企业", "2022→2023"),  # +19, not 21
        ("class_counts", "签约项目", "2023"),  # projects by size: 49 of the 46 signed
        ("same_quantity", "亩均税收", "2023"),  # 7.71 in the review, 由去年的7.17 in the plan
    },
    "township-2019-gb18030-crlf-kiwi-pepper.txt": {
        ("growth", "产值", "2017→2018"),  # 13286→15642万元 is +17.7%, not 15.7%
        ("additions", "花椒种植面积", "2018"),  # 9400→11200亩 is 1800 new, not 1600
        ("growth", "建档立卡贫困户人均纯收入", "2018→2019"),  # 7800 on 6842元 is +14.0%, not 12.0%
        ("disjoint_parts", "农村危房改造", "2018"),  # D级68 + C级106 is more than 164户
        ("points_change", "新农合参合率", "2018"),  # 97.6%→98.8% is 1.2 points, not 1.4
    },
    "city-2025-asean-counties-port.txt": {
        ("sum", "四个县合计", "2024"),  # the four counties add up to 530.50, not 535.50
        ("share", "占全市外贸进出口总额", "2024"),  # 305.72 of 486.35 is 62.9%, not 64.9%
        ("same_quantity", "港口货物吞吐量", "2024"),  # 8642万吨 restated as 8462
        ("average_growth", "一般公共预算收入", "2020→2024"),  # 5.9% a year, not 4.7%
        ("growth", "对东盟外贸进出口总额", "2020→2024"),  # 142.36→305.72 is 2.1倍, not 2.4
    },
    "county-city-2024-gbk-zhejiang-towns-sum.txt": {
        ("share", "占地区生产总值的比重", "2023"),  # 186.35 of 1286.42 is 14.5%, not 15.4%
        ("growth", "一般公共预算收入", "2023→2024"),  # the target 118.0 on 112.38 is +5%, not 6%
        ("growth", "规模以上工业总产值", "2022→2023"),  # 2617.8→2846.3 is +8.7%, not 9.7%
        ("sum", "合计", "2023"),  # the nine towns and streets add up to 2856.3, not 2846.3
        ("change_amount", "市场主体", "2022→2023"),  # 19.46→21.08万户 is +1.62, not 1.26
    },
    "township-2017-crlf-yunnan-tobacco-coffee.txt": {
        ("points_change", "上等烟比例", "2016"),  # 66.2%→68.5% is 2.3 points, not 2.8
        ("average_growth", "咖啡产值", "2013→2016"),  # 3120→5896万元 is 23.6% a year, not 26.3%
        ("same_quantity", "核桃产量", "2016"),  # 3240 here, 核桃干果产量 3420
    },
    "county-2018-gbk-crlf-jiangxi-funds.txt": {
        ("growth", "接待游客", "2016→2017"),  # 476.3→612.5万人次 is +28.6%, not 26.8%
        ("points_change", "贫困发生率", "2017"),  # a fall of 3.54 points, not 3.45
        ("disjoint_parts", "统筹整合财政涉农资金", "2017"),  # 2.14 + 1.08 + 0.84 exceeds 3.86
        ("growth", "财政总收入", "2017→2018"),  # the target 20.32 on 18.64 is +9%, not 10%
        ("share", "占一般公共预算支出", "2017"),  # the 民生 share is 83.1%, not 81.3%
    },
    "hitech-zone-2021-thirteenth-multiples.txt": {
        ("count_change", "高新技术企业", "2019→2020"),  # 186→247 is +61, not 67
        ("disjoint_parts", "专利授权", "2020"),  # the kinds of patents add up to 2531 of 2486
        ("average_growth", "企业营业总收入", "2015→2020"),  # 15.8% a year, not 17.2% …
        ("average_span", "企业营业总收入", "2015→2020"),  # … nor is it 2.1 times 2015's
        ("count_change", "高新技术企业", "2015→2020"),  # 58→247 is 4.3倍, not 3.4 …
        ("average_span", "高新技术企业", "2015→2020"),  # … which is no 33.6% a year
    },
    "town-2022-jiangsu-sales-relief-sums.txt": {
        ("count_change", "规模以上工业企业", "2020→2021"),  # 86→98 is +12, not 14
        ("growth", "一般公共预算收入", "2020→2021"),  # 4.71→5.26亿元 is +11.7%, not 12.7%
        ("sum", "合计", "2021"),  # 862.4 + 215.6 + 48.3 is 1126.3万元, not 1062.3
        ("growth", "规上工业开票销售", "2021→2022"),  # 128.65×1.15 is 147.9亿元, not 152
        ("share", "占全镇应税销售", "2021"),  # 152.36 of 186.42亿元 is 81.7%, not 83.7%
    },
    "county-2025-gbk-crlf-gansu-potato-solar.txt": {
        ("points_change", "第二产业比重", "2024"),  # 20.6%→21.9% is 1.3 points, not 1.6
        ("ratio", "城乡居民收入比", "2024"),  # 32648 over 12486 is 2.61, not 2.56
        ("average_growth", "一般公共预算收入", "2020→2024"),  # 8.9% a year, not 9.8%
        ("growth", "羊出栏", "2020→2024"),  # 23.9→38.2万只 is 1.6倍, not 1.8
        ("same_quantity", "马铃薯种植面积", "2024"),  # 36.2 here, 32.6 there
    },
    "town-2016-gbk-crlf-exports-tea.txt": {
        ("points_change", "规模以上工业产值占工业总产值的比重", "2015"),  # 0.9 points, not 1.9
        ("growth", "出口总额", "2014→2015"),  # 3530→3862 is +9.4%, not 10.4%
        ("per_unit", "亩均产值", "2015"),  # 19400万元 on 8600亩 is 2.26万元, not 2.46
        ("average_growth", "农民人均纯收入", "2010→2015"),  # 12.6% a year, not 13.6%
    },
    "town-2023-bom-sichuan-citrus-villages.txt": {
        ("growth", "生猪出栏", "2021→2022"),  # 5.87→6.35万头 is +8.2%, not 9.2%
        ("share", "占农林牧渔业总产值", "2022"),  # 2.16 of 5.32亿元 is 40.6%, not 42.6%
        ("growth", "农村居民人均可支配收入", "2022→2023"),  # 18650×1.07 is 19956元, not 20960
    },
    "county-2018-gbk-hebei-air-investment.txt": {
        ("share", "第一产业比重", "2017"),  # 24.36 of 186.42亿元 is 13.1%, not 14.1%
        ("share", "第二产业比重", "2017"),  # 83.15 of 186.42亿元 is 44.6%, not 43.6%
        ("disjoint_parts", "工业投资", "2017"),  # 31.5 + 38.6 is 70.1, more than 68.3
        ("same_quantity", "规模以上工业企业", "2017"),  # 156 here, 165 there
        # Not planted: 84 firms of the planted 165 are 50.9%, not 53.8% (of the true 156)
        ("share", "占全县规上工业企业", "2017"),
        ("points_change", "优良天数比例", "2017"),  # 48.5%→57.0% is 8.5 points, not 9.5
        ("average_growth", "一般公共预算收入", "2015→2017"),  # 9.8% a year, not 10.8%
    },
    "street-2021-shanghai-buildings-tax.txt": {
        ("share", "区级税收占税收总收入的比重", "2020"),  # 9.86 of 31.47亿元 is 31.3%, not 33.1%
        ("growth", "税收收入", "2020→2021"),  # 31.47×1.06 is 33.36亿元, growth 6%, not 7%
        ("growth", "本级税收收入", "2019→2020"),  # 6.40→6.73亿元 is +5.2%, not 6.2%
        ("count_change", "养老床位", "2019→2020"),  # 612→748张 is +136, not 146
        ("sum", "税收收入", "2020"),  # the eight buildings add up to 19.42亿元, not 19.12
    },
    "county-2019-heilongjiang-grain-ice.txt": {
        ("growth", "一般公共预算收入", "2017→2018"),  # 6.37→6.83亿元 is +7.2%, not 8.2%
        ("growth", "社会消费品零售总额", "2018→2019"),  # 42.18→45.13亿元 is +7%, not 9%
        ("disjoint_parts", "粮食作物播种面积", "2018"),  # the crops add up to 286.4, not 276.4
        ("change_amount", "大豆种植面积", "2017→2018"),  # 50.7→64.3万亩 is +13.6, not 14.6
        ("points_change", "贫困发生率", "2018"),  # 2.9%→0.9% is 2.0 points, not 2.2
    },
    "district-2023-gb18030-crlf-chongqing-autos.txt": {
        ("growth", "产值", "2017→2022"),  # 142.6→368.4亿元 is 2.6倍, not 2.9
        ("ratio", "城乡居民收入比", "2022"),  # 43518 over 20864 is 2.09, not 2.06
        ("average_growth", "城镇居民人均可支配收入", "2019→2022"),  # 5.4% a year, not 6.4%
        ("share", "占规上工业总产值的比重", "2022"),  # 521.8 of 1486.3亿元 is 35.1%, not 37.1%
        ("same_quantity", "市场主体", "2022"),  # 1.32万户 new ones here, 1.23万户 there
    },
    "city-2026-anhui-districts.txt": {
        ("sum", "三个区合计", "2025"),  # 826.54 + 512.38 + 389.65 is 1728.57, not 1737.57
        ("points_change", "占规上工业总产值的比重", "2025"),  # 40.3%→42.6% is 2.3 points
        ("share", "占工业投资的比重", "2025"),  # 353.71 of 856.42亿元 is 41.3%, not 43.1%
        ("growth", "外贸进出口总额", "2024→2025"),  # 421.35→486.72 is +15.5%, not 16.5%
        # Not planted: the same slip read against the growths of exports and imports
        ("growth_total_vs_parts", "外贸进出口总额", "2025"),
        ("average_growth", "农村居民人均可支配收入", "2020→2025"),  # 7.0% a year, not 7.6%
    },
    "town-2024-bom-zhejiang-workshops.txt": {
        ("growth", "规模以上工业总产值", "2023→2024"),  # 86.42→93.3亿元 is +8%, not 9%
        ("growth", "财政总收入", "2022→2023"),  # 9.12→9.86亿元 is +8.1%, not 8.7%
        ("share", "占工业投资", "2023"),  # 9.82 of 14.36亿元 is 68.4%, not 64.8%
        ("sum", "合计", "2023"),  # the eight villages add up to 1297.0万元, not 1277.0
    },
    "county-2021-gb18030-crlf-innermongolia-cattle.txt": {
        ("growth_gap", "农村居民人均可支配收入", "2020"),  # 4.5 points faster, not 3.5
        ("growth", "肉牛存栏", "2015→2020"),  # 11.2→18.6万头 is 1.66倍, not 1.86
        ("average_growth", "一般公共预算收入", "2015→2020"),  # 10.0% a year, not 12.7%
        ("same_quantity", "玉米产量", "2020"),  # 58.62 here, 56.82 there
        ("disjoint_parts", "牲畜出栏", "2020"),  # 牛、羊、生猪出栏 add up to 150.8, not 142.8
    },
    "township-2020-gbk-hunan-oil-tea.txt": {
        ("points_change", "贫困发生率", "2019"),  # 3.60%→0.73% is 2.87 points, not 2.78
        ("change_amount", "稻田养鱼面积", "2018→2019"),  # 3200→4650亩 is +1450, not 1540
        ("sum", "合计", "2019"),  # the twelve villages add up to 223.8万元, not 222.0
        ("growth", "农村居民人均可支配收入", "2019→2020"),  # 11860×1.09 is 12927元, not 13050
        ("same_quantity", "农村危房改造", "2019"),  # 148 here, 危房改造 184
    },
    "county-city-2024-gbk-crlf-shandong-grain-trade.txt": {
        ("same_quantity", "粮食产量", "2023"),  # 57.86 here, 58.76万吨 there
        ("ratio", "出口额是进口额", "2023"),  # exports are 2.53 times imports, not 2.8
        ("growth_gap", "农村居民人均可支配收入", "2023"),  # 2.2 points faster, not 2.6
        ("average_growth", "出口总额", "2020→2023"),  # 11.3% a year, not 13.4%
        ("disjoint_parts", "对日韩出口总额", "2023"),  # 58.47 + 39.35 is 97.82, more than 96.82
    },
    "county-2023-gb18030-xinjiang-cotton-tourism.txt": {
        ("average_growth", "地区生产总值", "2017→2022"),  # 118.64→177.68 is 8.4%/yr, not 4.8
        ("share", "税收收入占一般公共预算收入的比重", "2022"),  # 9.47/12.86 is 73.6%, not 76.3
        ("change_amount", "接待游客", "2022"),  # 43.6 fewer of 186.2 is −23.4%, not −26.4%
        ("growth", "一般公共预算收入", "2022→2023"),  # 13.76 on 12.86 is +7.0%, not 10%
        ("same_quantity", "机采率", "2022"),  # 93.5% in the review, 95.3% in the plan
    },
    "town-2020-crlf-shandong-vegetables-logistics.txt": {
        ("count_change", "冬暖式大棚", "2018→2019"),  # 3862→4215 is +353, not 335
        ("growth", "蔬菜产值", "2018→2019"),  # 9.37→10.52 is +12.3%, not 15.3%
        ("growth", "园区企业实现营业收入", "2015→2019"),  # 16.85/5.42 is 3.1 times, not 3.6
        ("sum", "合计", "2019"),  # 增值税 1386 for 1836: the taxes add up to 3818, not 4268
        ("class_counts", "行政村", "2019"),  # 6+11+15+13 is 45 of 42
    },
    "city-2024-bom-crlf-hebei-steel-transition.txt": {
        ("growth", "PM2.5平均浓度", "2022→2023"),  # 46→41 is −10.9%, not −7.9%
        ("share", "该比例", "2023"),  # 民生支出 334.84 of 412.36 is 81.2%, not 84.2%
        ("same_quantity", "高新技术企业", "2023"),  # 472 here, 427 there
        ("growth", "一般公共预算收入", "2023→2024"),  # 197.9 on 186.72 is +6.0%, not 9%
        # Not found: 其中 124 + 38 + 24 projects of 196 (for 186) need not cover the total.
    },
    "town-2018-gb18030-zhejiang-ecommerce.txt": {
        ("count_change", "电商企业", "2016→2017"),  # 312→386 is +74, not 84
        ("per_unit", "亩均税收", "2017"),  # 3.42亿元 on 1598亩 is 21.4万元, not 24.1
        ("sum", "合计", "2017"),  # 12 + 5 + 4 + 3 + 2 is 26, not 28
        ("growth", "网络零售额", "2015→2017"),  # 41.3/16.2 is 2.5 times, not 2.8
        ("average_growth", "农村居民人均可支配收入", "2015→2017"),  # 9.7% a year, not 6.7%
    },
    "county-2022-utf8-sichuan-tea-liquor.txt": {
        ("sum", "地区生产总值", "2021"),  # 第三产业 105.83 for 105.38: the three add to 268.92
        ("share", "第三产业比重", "2021"),  # the same slip: 105.83/268.47 is 39.4%, not 39.3%
        ("same_quantity", "白酒产量", "2021"),  # 48620 here, 48260千升 there
        ("growth", "干毛茶产量", "2020→2021"),  # 1.92→2.16万吨 is +12.5%, not 15.6%
        ("share", "占全县固定资产投资的比重", "2021"),  # 69.8/215.3 is 32.4%, not 34.2%
        ("count_change", "集体经济收入10万元以上的村", "2020→2021"),  # 92→121 is +29, not 26
    },
    "district-2019-gbk-crlf-tianjin-ports-finance.txt": {
        ("growth", "集装箱吞吐量", "2018→2019"),  # 1100 on 1052.6万标准箱 is +4.5%, not 7.5%
        ("same_quantity", "高新技术企业", "2018"),  # 450 here, 405 there
        ("average_growth", "港口货物吞吐量", "2015→2018"),  # 5.2% a year, not 8.2%
        ("net_flows", "市场主体", "2018"),  # 12856 − 4375 is 8481, not 8841
        ("change_amount", "市场主体", "2018"),  # the same slip: 8841 on 77105 is +11.5%
        ("ratio", "进口是出口", "2018-01..2018-11"),  # imports are 1.64 times exports, not 1.46
    },
    "county-2021-gb18030-yunnan-coffee-flowers-border.txt": {
        ("same_quantity", "咖啡种植面积", "2020"),  # 18.6 here, 16.8万亩 there
        ("growth", "鲜切花产量", "2019→2020"),  # 4.10→4.86亿枝 is +18.5%, not 21.5%
        ("average_growth", "一般公共预算收入", "2015→2020"),  # 9.6% a year, not 6.9%
        ("points_change", "森林覆盖率", "2020"),  # 64.3%→68.9% is 4.6 points, not 6.4
        # Not found: 县城集中安置 and 集镇安置 (4608 + 2870) need not cover the 7415 resettled.
    },
    "street-2024-utf8-guangzhou-markets-renewal.txt": {
        ("count_change", "经营商户", "2022→2023"),  # 11426→12187 is +761, not 716
        ("share", "占市场交易总额", "2023"),  # 142.3 of 386.5 is 36.8%, not 33.8%
        ("net_flows", "市场主体", "2023"),  # 4862 − 1937 is 2925, not 2295
        ("change_amount", "市场主体", "2023"),  # the same slip against 增长8.2%
        ("ratio", "来穗人员是户籍人口", "2023"),  # 9.27/3.18 is 2.9 times, not 3.2
        ("growth", "本级税收收入", "2023→2024"),  # 5.75 on 5.27 is +9.1%, not 12.1%
    },
    "city-2020-utf8-jiangxi-rare-earth-navel.txt": {
        ("share", "税收占一般公共预算收入的比重", "2019"),  # 72.4%, not 74.2%
        ("growth", "一般公共预算收入", "2019→2020"),  # 331.34 on 312.58 is +6.0%, not 9%
        ("same_quantity", "脐橙产量", "2019"),  # 125.8 here, 128.5万吨 there
        ("average_growth", "城镇居民人均可支配收入", "2015→2019"),  # 8.4% a year, not 4.8%
        # Not found: four industries after 其中, split by ；, need not cover their total.
    },
    "township-2025-gbk-crlf-hubei-tea-relocation.txt": {
        ("growth", "茶叶产量", "2023→2024"),  # 2058→2316吨 is +12.5%, not 15.2%
        ("growth", "茶叶综合产值", "2024→2025"),  # 7.6 on 6.84 is +11.1%, not 14%
        ("growth", "茶叶综合产值", "2020→2024"),  # 2.3 times 2020's, not 3.2
        ("sum", "合计", "2024"),  # the villages' households add up to 595, not 559
        ("count_change", "纳入防返贫监测的对象", "2023→2024"),  # 286→241 is −45, not −54
    },
    "county-2024-gbk-crlf-guizhou-liquor-tea-relocation.txt": {
        ("growth", "茶叶产量", "2022→2023"),  # 1.96→2.18万吨 is +11.2%, not 14.2%
        ("count_change", "规模以上工业企业", "2022→2023"),  # 86→97 is +11, not 14
        ("growth", "白酒产量", "2023→2024"),  # 6.3万千升 on 58642千升 is +7.4%, not 10.4%
        # Not found: parts outside the vocabulary adding up to more than their total
        # (29.86 + 14.12 + 12.46 of 53.74), and 就业率 whose part is printed without 其中.
    },
    "development-zone-2019-utf8-shandong-chemicals.txt": {
        ("points_change", "高新技术产业产值占规模以上工业总产值的比重", "2018"),  # 2.8, not 5.8
        ("per_unit", "亩均税收", "2018"),  # 35.62亿元 on 10850亩 is 32.8万元, not 38.2
        ("average_growth", "规模以上工业企业主营业务收入", "2015→2018"),  # 11.2%, not 14.2%
        ("same_quantity", "税收收入", "2018"),  # 园区税收收入 36.84亿元 restates 38.64亿元
        ("growth", "实际利用外资", "2015→2018"),  # 规模是2015年（0.98亿美元）的2.3倍: 1.9倍
    },
    "township-2023-gb18030-wrapped-sichuan-kiwi-tourism.txt": {
        ("growth", "农村居民人均可支配收入", "2021→2022"),  # 18436→19872元 is +7.8%, not 8.7%
        ("growth", "猕猴桃产量", "2022→2023"),  # 3.2万吨 on 2.87万吨 is +11.5%, not 14.5%
        ("share", "该比例", "2022"),  # 8.7 of 42.6万人次 is 20.4%, not 23.4%
        ("count_change", "农家乐", "2021→2022"),  # 31→38家 is +7, not 9
        ("sum", "农村集体经济收入", "2022"),  # the eight villages add up to 289.1, not 286.4
    },
    "county-city-2023-gbk-crlf-zhejiang-private-economy.txt": {
        ("share", "占一般公共预算收入的比重", "2022"),  # 49.86 of 58.73 is 84.9%, not 81.9%
        ("growth", "规模以上工业总产值", "2022→2023"),  # 1250 on 1126.4 is +11%, not 8%
        ("same_quantity", "农村居民人均可支配收入", "2022"),  # 45127 for 45217元
        ("disjoint_parts", "规模以上工业企业", "2022"),  # 23 + 185 + 880 + 25 of 1086 firms
        ("growth", "民营企业贡献税收", "2021→2022"),  # 71.15 on 65.28 is +9.0%, not 6.0%
    },
    "township-2019-utf8-bom-wrapped-guizhou-tea-tourism.txt": {
        ("growth", "茶叶综合产值", "2014→2018"),  # 2.94 is 3.4 times 0.86, not 4.3
        ("growth", "接待游客", "2017→2018"),  # 36.6→48.6万人次 is +32.8%, not 23.8%
        ("count_change", "农家乐", "2017→2018"),  # 42→67家 is +25, not 52
        ("average_growth", "农村集体经济收入", "2015→2018"),  # 62.5→186.4: 43.9%, not 34.9%
        ("sum", "通组公路", "2018"),  # 新建31.2 + 改扩建16.5 is 47.7, not 46.8公里
    },
    "district-2020-gb18030-crlf-shenyang-old-industry.txt": {
        ("count_change", "规模以上工业企业", "2018→2019"),  # 267→286家 is +19, not 21
        ("same_quantity", "整车产量", "2019"),  # 14.26 for 14.62万辆
        ("sum", "税收收入", "2019"),  # the industries' taxes add up to 53.28, not 52.74
        ("growth", "税收收入", "2018→2019"),  # 兴华街道 5.31→5.92亿元 is +11.5%, not 14.5%
        ("share", "占一般公共预算支出", "2019"),  # 47.35 of 60.24 is 78.6%, not 81.6%
    },
    "county-2026-utf8-bom-yunnan-flowers-coffee-fifteenth.txt": {
        ("growth", "鲜切花产量", "2020→2025"),  # 6.35 is 3.0 times 2.12亿枝, not 3.6
        ("average_span", "鲜切花产量", "2020→2025"),  # the same 3.6倍 against 年均24.5%
        ("average_growth", "咖啡生豆产量", "2020→2025"),  # 2.08→3.12万吨: 8.4%, not 4.8%
        ("sum", "合计", "2025"),  # 9.2 + 4.7 + 5.1 of 21.7万亩 (7.4 for 4.7)
        ("growth", "甘蔗种植面积", "2024→2025"),  # 12.6→11.3万亩 is −10.3%, not −13.3%
        ("growth", "外贸进出口总额", "2025→2026"),  # 98 on 86.4亿元 is +13.4%, not 16.4%
    },
    "county-2019-gb18030-wrapped-shaanxi-apples-red-tourism.txt": {
        ("share", "占全县苹果面积", "2018"),  # 25.3 of 48.6万亩 is 52.1%, not 55.1%
        ("count_change", "气调库", "2017→2018"),  # 42→57座 is +15, not 18
        ("growth", "旅游总收入", "2017→2018"),  # 27.46 on 22.45亿元 is +22.3%, not 25.3%
        # Not found: three amounts of investment named only 投资 (32.4 + 17.5 + 9.7 of 57.8),
        # and 3337人 of the plan against 3373 of the review, read as a target with no name.
    },
    "district-2025-utf8-hangzhou-digital-platforms.txt": {
        ("share", "占一般公共预算收入的比重", "2024"),  # 178.4 of 203.6亿元 is 87.6%, not 84.6%
        ("growth", "一般公共预算收入", "2024→2025"),  # 215.8 on 203.6亿元 is +6%, not 9%
        ("average_growth", "数字经济核心产业增加值", "2022→2024"),  # 894.5→1128.7: 12.3%
        ("disjoint_parts", "规模以上工业企业", "2024"),  # 48 + 137 + 472 of 612 firms
        ("growth", "跨境电商进出口额", "2020→2024"),  # 412.3 is 2.9 times 142.7, not 3.2
    },
    "city-2022-gbk-crlf-jilin-autos-grain.txt": {
        ("same_quantity", "城镇居民人均可支配收入", "2021"),  # 35826 for 35286元
        ("change_amount", "生产整车", "2021"),  # 14.62万辆, up 1.74万: +13.5%, not 16.5%
        ("average_span", "社会消费品零售总额", "2019→2021"),  # 比2019年增长8.6%: 两年平均4.2%
        ("growth", "一般公共预算收入", "2021→2022"),  # a target of 94.2亿元 is no 6% growth
        # Not found: four crops of 928.35 of 946.35万亩 of grain, with no word that they are all
        # (薯类 may be the rest).
    },
    "township-2026-utf8-wrapped-hainan-betel-homestays.txt": {
        ("share", "占全镇农业总产值", "2025"),  # 2.46 of 7.46 is 33.0%, not 38.2%
        ("growth", "民宿经营收入", "2020→2025"),  # 4268 is 4.3 times 986, not 3.4
        ("average_span", "民宿经营收入", "2020→2025"),  # the same 3.4倍 against 年均34.1%
        ("count_change", "民宿", "2024→2025"),  # 61→86家 is +25, not 52
        ("points_change", "民宿收入占", "2025"),  # 41.5%→58.7% is 17.2 points, not 12.7
        ("per_unit", "村均", "2025"),  # 280.50万元 of nine villages is 31.17, not 35.06
    },
    "town-2020-gb18030-wrapped-zhejiang-socks-ecommerce.txt": {
        ("same_quantity", "网络零售额", "2019"),  # 136.8 in the summary, 138.6 in the body
        ("growth", "袜子产量", "2018→2019"),  # 72.6→76.8亿双 is +5.8%, not 8.5%
        ("growth", "袜业总产值", "2019→2020"),  # a target of 525 on 497.62 is +5.5%, not 2.5%
        ("count_change", "规模以上工业企业", "2018→2019"),  # 212→231 is +19, not 21
        # Not found: kinds of online shops under 其中 adding up to more than all of them
        # (1326 + 5973 + 1689 + 524 of 9412), kinds not known to exclude each other.
    },
    "city-2025-utf8-bom-ningxia-wine-solar.txt": {
        ("share", "占一般公共预算收入", "2024"),  # 39.62 of 58.37 is 67.9%, not 64.9%
        ("disjoint_parts", "光伏发电装机容量", "2024"),  # the four counties' 1349.5 of 1286.5
        ("growth", "光伏发电量", "2023→2024"),  # 134.1→172.4 is +28.6%, not 25.6%
        ("average_growth", "酿酒葡萄种植面积", "2020→2024"),  # 19.8→28.6 over four years: 9.6%
        # 光伏装机…是2020年412.6万千瓦的3.7倍 (3.1), against the average growth after it
        ("average_span", "光伏装机", "2020→2024"),
    },
    "county-2021-gb18030-crlf-guangdong-ceramics-poverty.txt": {
        ("share", "占一般公共预算收入", "2020"),  # 13.47 of 18.62 is 72.3%, not 75.3%
        ("growth", "陶瓷产品出口", "2019→2020"),  # 61.59→58.74 is −4.6%, not −7.6%
        ("average_growth", "一般公共预算收入", "2015→2020"),  # 11.35→18.62: 10.4%, not 13.4%
        ("average_span", "一般公共预算收入", "2015→2020"),  # the same 13.4% against the levels
        # three kinds of ceramics under 其中: 268.45 + 97.38 + 64.53 is more than 412.36
        ("disjoint_parts", "陶瓷产业实现产值", "2020"),
        # Not found: 65 villages out of poverty in the plan for 62.
    },
    "street-2022-utf8-chengdu-consumption-buildings.txt": {
        ("growth", "社会消费品零售总额", "2021→2022"),  # 139 on 126.38亿元 is +10%, not 13%
        ("count_change", "引进品牌首店", "2020→2021"),  # 46 is 2.3 times 20, not 3.2
        ("points_change", "楼宇整体入驻率", "2021"),  # 81.6%→87.3% is 5.7 points, not 3.7
        ("count_change", "四上企业", "2020→2021"),  # 236→284家 is +48, not 84
        # 两年平均6.4% (9.4%) after a second comparison, 比2019年的10.74亿元增长19.7%
        ("average_growth", "楼宇税收", "2019→2021"),
        ("average_span", "楼宇税收", "2019→2021"),
    },
    "county-2022-utf8-bom-hebei-fruit-logistics.txt": {
        ("growth", "总产量", "2020→2021"),  # apples 13.8→14.7万吨 is +6.5%, not 9.5%
        ("count_change", "规模以上工业企业", "2020→2021"),  # 118→134家 is +16, not 19
        ("growth", "一般公共预算收入", "2021→2022"),  # 15.73 on 14.36 is +9.5%, not 7%
        ("same_quantity", "冷库总库容", "2021"),  # 依托现有32.6万吨冷库库容 in the plan, 36.2
        # Not found: three kinds of pears under 其中 adding up to more than their area.
    },
    "district-2025-gb18030-crlf-xian-culture-tourism.txt": {
        ("share", "占一般公共预算收入", "2024"),  # 74.15 of 86.47 is 85.8%, not 88.5%
        ("growth", "入境游客", "2023→2024"),  # 21.1→48.6万人次 is 2.3 times, not 3.2
        ("average_growth", "旅游总收入", "2020→2024"),  # 286.5→712.35 is 25.6% a year
        ("growth", "夜间消费额", "2023→2024"),  # 158.3→186.4 is +17.8%, not 14.8%
        # Not found: 项目投资 and 房地产开发投资 adding up to more than 固定资产投资, printed
        # after 全区固定资产投资中 in another paragraph than the total.
    },
    "county-city-2023-gbk-crlf-jiangsu-textiles-exports.txt": {
        ("growth", "纺织服装出口", "2021→2022"),  # 28.74→31.62亿美元 is +10.0%, not 7.0%
        ("count_change", "高新技术企业", "2021→2022"),  # 709→836家 is +127, not 172
        ("share", "税收占比", "2022"),  # 84.17 of 102.36 is 82.2%, not 85.2%
        # Not found: kinds of projects under 其中 that fall short of the 216 (they need not
        # cover it), and 1826家规上工业企业 in the plan (1862 in the review), read as a target.
    },
    "street-2024-utf8-bom-guangzhou-trade-markets.txt": {
        ("growth", "税收收入", "2023→2024"),  # the target 20 on 18.76 is +6.6%, not 9.6%
        ("average_growth", "直播电商交易额", "2021→2023"),  # 21.4→68.4 is 78.8% a year
        ("average_span", "直播电商交易额", "2021→2023"),  # the same 87.8% against 3.2 times
        ("net_flows", "市场主体", "2023"),  # 9874 − 4132 is 5742, not 5472
        ("change_amount", "市场主体", "2023"),  # the same net increase against the growth
        ("share", "该比例", "2023"),  # 4127 of 15836 is 26.1%, not 21.6%
        # Not found: the markets' sales that add up to 394.6, not the 412.6 printed in the
        # paragraph before.
    },
    "township-2023-utf8-wrapped-yunnan-tea-flowers-tourism.txt": {
        ("share", "占全镇农林牧渔业总产值的比重", "2022"),  # 2.38 of 6.84 is 34.8%, not 38.4%
        ("growth", "干毛茶产量", "2022→2023"),  # the target 1.05万吨 on 9860吨 is +6.5%, not 9.5%
        ("growth", "产值", "2021→2022"),  # 1.52→1.87亿元 is +23.0%, not 32.0%
        ("average_span", "旅游总收入", "2020→2022"),  # 57.5% over two years is 25.5% a year
        ("sum", "农村集体经济收入", "2022"),  # the eight villages add up to 179.4
    },
    "city-2021-gb18030-crlf-jiangxi-copper-photovoltaics-thirteenth.txt": {
        ("sum", "外贸进出口总额", "2020"),  # 232.8 + 135.7 is 368.5, not 386.5
        ("growth_total_vs_parts", "外贸进出口总额", "2020"),  # the same, against the growths
        ("same_quantity", "城镇新增就业", "2020"),  # 4.86万人 here, 4.68 there
        ("growth", "一般公共预算收入", "2015→2020"),  # 70.35→102.68 is 1.46 times, not 1.64
        ("average_growth", "农村居民人均可支配收入", "2015→2020"),  # 9.7% a year, not 12.7%
        ("count_change", "高新技术企业", "2015→2020"),  # 96→318家 is +222, not 232
    },
    "town-2019-gbk-wrapped-zhejiang-hardware-exports.txt": {
        ("share", "占全镇自营出口的比重", "2018"),  # exports to the US are 32.0%, not 35.0%
        ("growth", "五金产业产值", "2017→2018"),  # 241.34→265.09亿元 is +9.8%, not 12.8%
        ("count_change", "年经营性收入50万元以上的村", "2017→2018"),  # 12→21 is +9, not 6
        # Not found: 上划中央和省市收入 5.29 for 5.92 (not in the vocabulary), and 165家规上企业
        # for 156 after 对 (read as a market).
    },
    "county-2024-utf8-bom-heilongjiang-rice-ice-snow.txt": {
        ("points_change", "占水稻种植面积的比重", "2023"),  # 58.7%→64.4% is 5.7 points, not 7.5
        ("growth", "旅游收入", "2023→2024"),  # the target 28 on 24.63 is +13.7%, not 16.7%
        ("average_growth", "农村居民人均可支配收入", "2018→2023"),  # 9.3% a year, not 11.2%
        # Not found: 平均亩产557 for 575 (its area is in a 分别 list before, its output 总产),
        # and 是2019年（5.92亿元）的2.9倍 for 1.9 (the base in brackets).
    },
    "city-2021-utf8-shanxi-coal-transition-thirteenth.txt": {
        ("same_quantity", "原煤产量", "2020"),  # 8692 for 8962万吨
        ("share", "占一般公共预算收入", "2020"),  # 89.7 of 112.6亿元 is 79.7%, not 76.9%
        ("points_change", "先进产能占比", "2020"),  # 42.5%→76.8% is 34.3 points, not 31.3
        ("average_growth", "一般公共预算收入", "2015→2020"),  # 68.4→112.6亿元: 10.5%, not 13.5%
        ("growth", "一般公共预算支出", "2015→2020"),  # 318.4 is 1.6 times 198.6, not 1.8
    },
    "city-2021-utf8-shandong-port-petrochemical.txt": {
        ("same_quantity", "原油加工量", "2020"),  # 3568 for 3586万吨
        ("growth", "集装箱吞吐量", "2019→2020"),  # 285.2→312.6万标箱 is +9.6%, not 6.9%
        ("share", "占全市规模以上工业营业收入", "2020"),  # 2850.6 of 6120.5 is 46.6%, not 43.6%
        ("count_change", "规模以上工业企业", "2019→2020"),  # 1268→1375 is +107, not 117
        # Not found: three port areas listed with 分别 (2.38 + 1.35 + 0.71 of 4.62亿吨).
    },
    "township-2023-gb18030-crlf-yunnan-coffee-tea-border.txt": {
        ("average_growth", "咖啡种植面积", "2020→2022"),  # 2.15→3.26万亩 is 23.1% a year
        ("growth", "咖啡综合产值", "2022→2023"),  # the target 1.25 on 1.06亿元 is +17.9%
        ("growth", "边民互市贸易额", "2020→2022"),  # 8.62 is 2.3 times 3.75, not 3.2
        ("growth", "接待游客", "2021-01..2021-11→2022-01..2022-11"),  # −16.7%, not −12.7%
        ("sum", "新建改建农村公路", "2022"),  # 23.5 + 21.3 is 44.8, not 46.8公里
    },
    "county-2020-utf8-bom-wrapped-anhui-tea-rural-tourism.txt": {
        ("share", "占一般公共预算收入的比重", "2019"),  # 9.86 of 12.48 is 79.0%, not 82.0%
        ("growth", "一般公共预算收入", "2019→2020"),  # the target 13.60 on 12.48 is +9.0%
        ("sum", "茶叶产值", "2019"),  # 绿茶 13.57 for 15.37: the kinds add up to 22.88
        ("count_change", "茶叶专业村", "2018→2019"),  # 38→52 is +14, not 16
        ("change_amount", "乡村旅游收入", "2019"),  # 3.89 more on 19.86 is +19.6%, not 22.6%
    },
    "district-2024-gbk-tianjin-port-logistics-leasing.txt": {
        ("average_growth", "集装箱吞吐量", "2018→2023"),  # 862.5→1216.8 is 7.1% a year
        ("same_quantity", "租赁飞机", "2023"),  # 1862 in the review, 1826 in the plan's base
        ("change_amount", "外贸进出口总额", "2023-01..2023-11"),  # 82.4 less is −3.4%
        ("growth_total_vs_parts", "外贸进出口总额", "2023-01..2023-11"),  # the same
        ("sum", "合计", "2023"),  # the four streets add up to 47.28, not 47.82
        # Not planted: the share of the streets' 合计 is right for their sum, not for 47.82.
        ("share", "占全区全口径税收", "2023"),
        ("growth", "跨境电商进出口额", "2020→2023"),  # 105.6→286.4 is 2.7 times, not 3.2
        # The same, against the average growth of the three years (39.5% a year is right).
        ("average_span", "跨境电商进出口额", "2020→2023"),
    },
    "street-2022-utf8-beijing-hotline-buildings.txt": {
        ("share", "占全街道全口径税收的比重", "2021"),  # 31.52 of 42.16 is 74.8%, not 78.4%
        ("disjoint_parts", "受理12345市民服务热线派单", "2021"),  # 咨询类 3512 for 3215
        ("same_quantity", "解决率", "2021"),  # 95.3% in the review, 93.5% in the plan
        ("count_change", "辖区累计加装电梯", "2020→2021"),  # 38→61 is +23, not 32
        ("growth", "注册志愿者", "2020→2021"),  # 1.52→1.87万人 is +23.0%, not 26.0%
    },
    "county-2016-gbk-crlf-henan-grain-twelfth-review.txt": {
        ("growth", "一般公共预算收入", "2015→2016"),  # the target 11.50 on 10.36 is +11.0%
        ("growth", "规模以上工业主营业务收入", "2014→2015"),  # 337.2→386.5 is +14.6%
        ("growth", "地区生产总值", "2010→2015"),  # 1.78 times, not 1.87
        ("average_growth", "一般公共预算收入", "2010→2015"),  # 4.83→10.36 is 16.5% a year
        ("structure", "第一产业比重", "2015"),  # 18.7:48.9:31.5 adds up to 99.1 (49.8 for 48.9)
    },
    "town-2025-utf8-zhejiang-common-prosperity-villages.txt": {
        ("count_change", "规模以上工业企业", "2023→2024"),  # 86→97 is +11, not 13
        ("growth", "农村集体经济收入", "2024→2025"),  # the target 6400 on 5836 is +9.7%
        ("growth", "接待游客", "2023→2024"),  # 243.5→286.4万人次 is +17.6%, not 16.7%
        ("share", "占一般公共预算支出", "2024"),  # 6.12 of 7.86 is 77.9%, not 74.9%
        # Not found: classes A to D of 252 firms (242), named after a verb of the firms.
    },
    "city-2020-gb18030-crlf-shanxi-energy-revolution.txt": {
        ("same_quantity", "焦炭产量", "2019"),  # 1236 in the overview, 1263万吨 after
        ("points_change", "先进产能占比", "2019"),  # 58.3%→67.6% is 9.3 points, not 7.3
        ("average_growth", "原煤产量", "2015→2019"),  # 7036→8642万吨 is 5.3% a year
        ("growth", "新能源装机", "2015→2019"),  # 124.6→386.2万千瓦 is 3.1 times, not 2.6
        # Not found: kinds of capacity after 在新能源装机中，(413.2 of 386.2).
    },
    "county-2024-utf8-jilin-corn-beef-cattle.txt": {
        ("same_quantity", "农村居民人均可支配收入", "2023"),  # 19732元 here, 19372 there
        ("growth", "存栏", "2022→2023"),  # 27.8→31.2万头 is +12.2%, not 15.2%
        ("average_growth", "肉牛全产业链产值", "2020→2023"),  # 47.3→86.5亿元 is 22.3% a year
        ("average_span", "肉牛全产业链产值", "2020→2023"),  # … and 1.8 times is no 25.3%
        ("sum", "亿元以上项目", "2023"),  # 31 new and 24 ongoing are 55, not 52 (21 for 24)
        ("share", "占一般公共预算支出", "2023"),  # 39.2 of 48.6亿元 is 80.7%, not 83.7%
    },
    "town-2019-gbk-crlf-fujian-tea-export.txt": {
        ("growth", "茶业全产业链产值", "2015→2018"),  # 10.2→21.3亿元 is 2.1 times, not 2.4
        ("growth", "毛茶产值", "2018→2019"),  # the target 10.85 on 9.86亿元 is +10%, not 13%
        ("growth", "茶园化肥使用量", "2017→2018"),  # 1260→1085吨 is −13.9%, not −16.9%
        ("count_change", "出口茶叶备案基地", "2017→2018"),  # 12→17 is +5, not 7
        ("sum", "合计", "2018"),  # the four villages add up to 4.86, not 4.68亿元
    },
    "district-2023-utf8-bom-qingdao-marine-economy.txt": {
        ("same_quantity", "城镇新增就业", "2022"),  # 3.86万人 here, 3.68 there
        ("growth", "集装箱吞吐量", "2021→2022"),  # 297.6→326.5万标准箱 is +9.7%, not 7.9%
        ("count_change", "集装箱航线", "2021→2022"),  # 38→45 is +7, not 9
        ("sum", "合计", "2022"),  # the five streets add up to 27.63, not 27.36亿元
        ("share", "该比例", "2022"),  # 112.39 of 142.57亿元 is 78.8%, not 87.8%
    },
    "county-2020-gbk-wrapped-gansu-potato-poverty-exit.txt": {
        ("points_change", "贫困发生率", "2019"),  # 4.87%→1.84% is 3.03 points, not 3.30
        ("average_growth", "农村居民人均可支配收入", "2015→2019"),  # 5842→8726元: 10.6% a year
        ("share", "占马铃薯种植面积", "2019"),  # 56.2 of 68.5万亩 is 82.0%, not 87.4%
        ("growth", "马铃薯全产业链产值", "2015→2019"),  # 21.4→38.6亿元 is 1.8 times, not 2.1
        ("growth", "鲜薯产量", "2019→2020"),  # 152.3万吨 × 1.085 is 165.2, not 160
    },
    "township-2021-utf8-bom-shandong-vegetable-greenhouses.txt": {
        ("growth", "一般公共预算收入", "2020→2021"),  # the target 2.10 on 1.8736亿元 is +12.1%
        ("growth", "税收收入", "2019→2020"),  # 1.4396→1.5412亿元 is +7.1%, not 10.1%
        ("disjoint_parts", "认证三品一标农产品", "2020"),  # 28 + 13 + 4 + 7 is 52, not 47
        ("share", "占一般公共预算支出", "2020"),  # 1.6018 of 2.0816亿元 is 77.0%, not 80.7%
        ("count_change", "冬暖式大棚", "2015→2020"),  # 8460→13275 is +4815, not 4185
    },
    "city-2023-gbk-wrapped-inner-mongolia-coal-energy.txt": {
        ("same_quantity", "原煤产量", "2022"),  # 3.26亿吨 in the summary, 3.62 later
        ("average_growth", "原煤产量", "2020→2022"),  # 3.05→3.62亿吨 is 8.9% a year, not 6.9
        ("average_span", "原煤产量", "2020→2022"),  # the same, against its +18.7%
        ("disjoint_parts", "新能源并网装机", "2022"),  # 586 + 392 is 978, more than 915万千瓦
        ("growth", "外贸进出口总额", "2021→2022"),  # 152.7→186.4亿元 is +22.1%, not 21.2%
        # Not found: 新能源装机规模是2020年底412万千瓦的2.6倍, a sentence after the 915万千瓦
        # named 新能源并网装机 (2.2 times).
    },
    "county-2018-gb18030-crlf-henan-wheat-food-processing.txt": {
        ("share", "占一般公共预算收入的比重", "2017"),  # 7.92 of 10.86亿元 is 72.9%, not 76.2%
        ("growth", "一般公共预算收入", "2017→2018"),  # the target 11.95 on 10.86 is +10.0%
        ("change_amount", "总产", "2017"),  # 59.45万吨, 2.65 more than last year: +4.7%, not 7.4
        ("sum", "规上食品加工企业完成主营业务收入", "2017"),  # its kinds add up to 217.5, not 215.7
        # Not found: 全县85家规上食品企业 in the plan, the 58 of the review restated.
    },
    "district-2025-utf8-wrapped-chongqing-smart-manufacturing.txt": {
        ("growth", "产值", "2023-01..2023-11→2024-01..2024-11"),  # 241.7→286.3 is +18.5%
        ("count_change", "规模以上工业企业", "2023→2024"),  # 426→472 is +46, not 64
        ("average_growth", "一般公共预算收入", "2020→2024"),  # 46.28→58.73 is 6.1% a year
        ("growth", "全社会研发经费投入", "2020→2024"),  # 12.6→31.8亿元 is 2.5 times, not 2.8
        ("class_counts", "街镇中", "2024"),  # 6 + 7 + 10 classes of all sizes are 23, not 22
    },
    "county-2023-utf8-bom-heilongjiang-rice-soybean.txt": {
        ("sum", "合计", "2022"),  # 148.3 + 96.5 + 67.8 is 312.6, not 321.6万亩
        ("growth", "大豆种植面积", "2021→2022"),  # 75.1→96.5万亩 is +28.5%, not 25.8%
        ("same_quantity", "粮食产量", "2022"),  # 168.8万吨 here, 186.8 there
        ("count_change", "农民专业合作社", "2021→2022"),  # 1236→1318 is +82, not 72
        ("share", "该比例", "2022"),  # 38.21 of 45.67 is 83.7%, not 87.3%
    },
    "street-2019-gb18030-crlf-guangzhou-wholesale-markets.txt": {
        ("sum", "合计", "2018-01..2018-11"),  # 268.45 + 97.36 + 63.82 is 429.63, not 426.93
        ("growth", "市场线上交易额", "2015→2018"),  # 13.6→42.5亿元 is 3.1 times, not 3.6
        ("net_flows", "市场主体", "2018"),  # 2856 new less 1024 gone is 1832, not 1382
        ("growth", "楼宇税收", "2018→2019"),  # the target 8.2 on 7.45亿元 is +10%, not 15%
        ("average_growth", "税收收入", "2013→2018"),  # 12.38→20.83亿元 is 11.0% a year, not 13
    },
    "prefecture-2017-utf8-gansu-tourism-desert-agriculture.txt": {
        ("same_quantity", "接待游客", "2016"),  # 1368.52万人次 here, 1386.52 there
        # Not planted: the 2017 target of visitors on 1368.52, the slip above, is +20.6%.
        ("growth", "接待游客", "2016→2017"),
        ("average_growth", "一般公共预算收入", "2010→2015"),  # 18.36→41.27: 17.6% a year
        ("growth", "旅游总收入", "2010→2015"),  # 24.15→82.46亿元 is 3.4 times, not 4.3
        ("sum", "税收收入", "2016"),  # 国税 52.18 + 地税 43.27 is 95.45, not 86.45
        ("points_change", "常住人口城镇化率", "2016"),  # 50.86%→52.17% is 1.31 points, not 1.13
    },
    "town-2020-gbk-wrapped-jiangsu-electric-wire-cable.txt": {
        ("growth", "开票销售", "2019→2020"),  # the target 690 on 612.48亿元 is +12.7%, not 8%
        ("share", "占工业投资的比重", "2019"),  # 33.85 of 52.36亿元 is 64.6%, not 69.4%
        ("growth", "规上工业企业完成总产值", "2018→2019"),  # 421.85→462.37 is +9.6%, not 12.6
        ("count_change", "规模以上工业企业", "2018→2019"),  # 126→141 is +15, not 17
        # Not found: 全年开票销售中，工业…、服务业… under a total printed paragraphs before.
    },
    "county-2021-utf8-wrapped-hunan-pork-rapeseed-thirteenth.txt": {
        ("sum", "一般公共预算收入", "2020"),  # 税收 9.12 + 非税 4.65 is 13.77, not 13.57亿元
        ("count_change", "省级美丽乡村示范村", "2015→2020"),  # 12→47 is +35, not 53
        ("change_amount", "生猪出栏", "2020"),  # 52.36万头, 6.55 more: +14.3%, not 11.3%
        ("share", "占一般公共预算支出", "2020"),  # 36.14 of 45.63亿元 is 79.2%, not 72.9%
        ("same_quantity", "粮食产量", "2020"),  # 粮食总产 restated: 41.72万吨 for 41.27
    },
    "street-2022-gb18030-crlf-chengdu-new-economy-buildings.txt": {
        ("growth", "税收收入", "2021→2022"),  # the target 34.25 on 31.42亿元 is +9.0%, not 6%
        ("change_amount", "税收收入", "2021"),  # 1.27亿元, 0.41 less: −24.4%, not −27.4%
        ("average_span", "税收收入", "2019→2021"),  # +19.1% over 2019 is 9.1% a year, not 12.1
        # Not found: 1624家是507家的2.3倍 (3.2); taxes by trade a paragraph after their total
        # (31.96 for 31.42).
    },
    "town-2020-utf8-bom-anhui-furniture-shrimp.txt": {
        ("share", "占家具产业产值", "2019"),  # 18.65 of 52.84亿元 is 35.3%, not 38.3%
        ("count_change", "规模以上工业企业", "2018→2019"),  # 31→38 is +7, not 9
        ("growth", "小龙虾产量", "2018→2019"),  # 4615→5872吨 is +27.2%, not 23.7%
        ("growth", "家具产业产值", "2019→2020"),  # the target 60.5 on 52.84亿元 is +14.5%
        # Not found: taxes by trade in the paragraph after their total (2.46 for 2.36).
    },
    "city-2023-gb18030-wrapped-shandong-port-petrochem.txt": {
        ("same_quantity", "石化产业产值", "2022"),  # 1268.7 in the review, 1286.7 later
        ("share", "第二产业比重", "2022"),  # the structure swaps 47.4 and 46.1 …
        ("share", "第三产业比重", "2022"),  # … of the second and third industries
        ("ratio", "出口规模是进口", "2022"),  # 186.2 / 100.2 is 1.9 times, not 2.2
        ("average_span", "一般公共预算收入", "2020→2022"),  # +19.6% is 9.4% a year, not 12.4
        ("sum", "三个镇街合计", "2022"),  # 8.62 + 5.73 + 4.15 is 18.50, not 18.14
    },
    "county-2022-gbk-wrapped-heilongjiang-rice-soy.txt": {
        ("growth", "粮食产量", "2020→2021"),  # 138.6→145.98万吨 is +5.3%, not 8.3%
        ("share", "该比例", "2021"),  # 218.5 of 325万亩 is 67.2%, not 62.7%
        ("average_growth", "一般公共预算收入", "2015→2020"),  # 4.68→6.99 is 8.4% a year
        # Not found: crops whose areas add up to more than the sown area, each with more
        # figures after it (312.6 of 302.6万亩); 合作社 restated in the plan (1264 for 1246).
    },
    "devzone-2024-utf8-crlf-jiangsu-biomedicine-parks.txt": {
        ("growth", "一般公共预算收入", "2023→2024"),  # the target 34.85 on 32.57 is +7%, not 10%
        ("share", "该比例", "2023-01..2023-11"),  # 856.2 of 1181.0亿元 is 72.5%, not 75.2%
        ("sum", "合计", "2023"),  # the parks' taxes add up to 15.44, not 16.44亿元
        ("growth", "规模以上工业总产值", "2020→2023"),  # 1268.5/812.4 is 1.56 times, not 1.65 …
        ("average_span", "规模以上工业总产值", "2020→2023"),  # … against its average growth too
        ("count_change", "高新技术企业", "2020→2023"),  # 186→231 is +45, not 54
    },
    "district-2021-utf8-bom-guangzhou-autos-thirteenth.txt": {
        ("change_amount", "汽车产量", "2020"),  # 5.05万辆 more on 81.37 is +6.2%, not 9.2%
        ("share", "占全区规上工业总产值的比重", "2020"),  # the cars' output is 66.4%, not 63.4%
        ("sum", "合计", "2020"),  # the three industries add up to 2353.88, not 2383.88亿元
        ("average_growth", "一般公共预算收入", "2015→2020"),  # 61.28→98.64 is 10.0% a year
        # Not found: 621 高新技术企业 restated in the plan as its base (612 in the review).
    },
    "county-2018-gbk-crlf-guangxi-sugarcane-border.txt": {
        ("sum", "一般公共预算收入", "2017"),  # 税收 4.05 + 非税 2.37 is 6.42, not 6.12亿元
        ("growth", "一般公共预算收入", "2017→2018"),  # the target 6.43 on 6.12 is +5%, not 8%
        ("count_change", "规模以上工业企业", "2016→2017"),  # 28→34 is +6, not 8
        ("points_change", "贫困发生率", "2017"),  # 8.73%→5.16% is 3.57 points, not 3.75
        ("average_span", "边境贸易额", "2012→2017"),  # 2.8 times 2012's is no 18.9% a year
        # (it is 2.4 times: the base 与2012年的78.62亿元相比 is named apart, no growth read)
    },
    "town-2024-utf8-fujian-tea-tourism-villages.txt": {
        ("share", "占全镇农业总产值", "2023"),  # 9.36 of 14.85亿元 is 63.0%, not 66.8%
        ("growth", "旅游总收入", "2022→2023"),  # 1.87→2.36亿元 is +26.2%, not 23.2%
        ("growth", "规模以上工业总产值", "2023→2024"),  # the target 26.6 is +10.0%, not 13%
        ("sum", "合计", "2023"),  # the five villages' incomes add up to 330.4, not 336.4万元
        # Not found: 全镇6.85万亩茶园 restated for 6.58, the figure printed before its noun.
    },
    "county-city-2020-gb18030-crlf-henan-food-logistics.txt": {
        ("growth", "规上食品工业产值", "2019→2020"),  # the target 460 is +11.5%, not 14.5%
        ("sum", "合计", "2019"),  # the four towns' taxes add up to 6.52, not 6.25亿元
        ("average_growth", "一般公共预算收入", "2015→2019"),  # 13.82→21.63 is 11.9% a year
        ("growth", "食品产业总产值", "2015→2019"),  # 412.6 / 198.3 is 2.1 times, not 2.4
        ("count_change", "规上食品企业", "2015→2019"),  # 58→87 is +29, not 26
    },
    "county-2019-utf8-bom-jiangxi-rice-pigs-red-tourism.txt": {
        ("share", "占一般公共预算收入的比重", "2018"),  # the taxes are 79.0% of it, not 82.6%
        ("same_quantity", "生猪出栏", "2018"),  # 62.8万头 here, 68.2 in the plan's summary
        # Not found: 分别比上年的572.4万人次、47.93亿元增长16.7%和22.6% (19.7%), the levels
        # compared listed; 早稻、中稻、晚稻分别种植… (81.6 of 78.6万亩) with no total named;
        # 累计退出贫困村49个 beside 由68个减少到9个 (59).
    },
    "district-2024-gbk-crlf-suzhou-semiconductors-parks.txt": {
        ("growth", "一般公共预算收入", "2022→2023"),  # the two levels give +5.6%, not 6.5%
        ("average_growth", "集成电路产值", "2020→2023"),  # the levels give 22.5% a year, not 26.2
        ("sum", "合计", "2023"),  # the three parks add up to 5166.5, not 5196.5
        ("growth", "实际利用外资", "2023→2024"),  # the target is +8.7%, not 11.7%
        # Not found: 产值规模是2018年（408.5亿元）的2.3倍 (2.8), the subject named otherwise.
    },
    "district-2023-utf8-bom-fujian-marine-cross-strait.txt": {
        ("growth", "一般公共预算收入", "2021→2022"),  # 45.13→48.26 is +6.9%, not 9.6%
        ("share", "占全区外贸进出口总额", "2022"),  # 126.5 of 385.2 is 32.8%, not 35.8%
        ("growth", "外贸进出口总额", "2022→2023"),  # the target 420 is +9.0%, not 12%
        ("same_quantity", "接待游客", "2022"),  # 1856.3万人次, restated as 1865.3
        # Not found: 海水养殖、海洋捕捞、远洋渔业 adding up to 49.36 of 52.36万吨 (a list after
        # 其中 need not be complete).
    },
    "county-2018-gb18030-crlf-henan-garlic-cold-chain.txt": {
        ("growth", "大蒜市场交易额", "2016→2017"),  # 126.8→148.5 is +17.1%, not 14.1%
        ("growth", "大蒜及其制品出口额", "2012→2017"),  # 3.86 / 1.68 is 2.3 times, not 2.8
        ("count_change", "冷库", "2016→2017"),  # 312→356 is +44, not 54
        ("points_change", "常住人口城镇化率", "2017"),  # 38.6%→41.2% is 2.6 points, not 1.6
        ("average_growth", "地区生产总值", "2012→2017"),  # 178.26→286.54 is 10.0% a year
    },
    "county-city-2022-utf8-bom-shandong-tires-port.txt": {
        ("share", "税收占一般公共预算收入的比重", "2021"),  # 49.26 of 61.38 is 80.3%, not 83.2%
        ("growth", "一般公共预算收入", "2021→2022"),  # +8% of 61.38 is 66.29, not 69.29
        ("count_change", "高新技术企业", "2020→2021"),  # 186→243 is +57, not 67
        ("growth", "港口货物吞吐量", "2020→2021"),  # 7712→8650万吨 is +12.2%, not 15.2%
        ("sum", "外贸进出口总额", "2021"),  # exports and imports add up to 436.7, not 426.7
    },
    "township-2020-gbk-wrapped-sichuan-pepper-pigs-relocation.txt": {
        ("growth", "花椒产量", "2019→2020"),  # the target 2500 is +16.3% of 2150, not 19.3%
        ("growth", "产值", "2015→2019"),  # 1.72 / 0.53 is 3.2 times, not 2.3
        ("growth", "生猪出栏", "2018→2019"),  # 6.47→5.82万头 is −10.0%, not −13.0%
        ("average_growth", "农村居民人均可支配收入", "2015→2019"),  # 9216→14862 is 12.7% a year
        # Not found: 累计脱贫1205户4028人 in the plan, 4082人 in the review (a name of two
        # characters outside the vocabulary is not compared).
    },
    "district-2016-gb18030-crlf-tianjin-port-bonded-twelfth.txt": {
        ("share", "占一般公共预算收入的比重", "2015"),  # 112.36 of 138.74 is 81.0%, not 86.1%
        ("same_quantity", "一般公共预算收入", "2015"),  # 138.74, restated as 137.84
        ("growth", "集装箱吞吐量", "2014→2015"),  # 571.3→612.5 is +7.2%, not 9.2%
        ("sum", "外贸进出口总额", "2015"),  # exports 58.4 and imports 87.4 are 145.8, not 136.8
        ("count_change", "规模以上工业企业", "2010→2015"),  # 286→412 is +126, not 136
        # and the average growth over the figure restated wrongly (61.25→137.84: 17.6%)
        ("average_growth", "一般公共预算收入", "2010→2015"),
    },
    "township-2024-utf8-wrapped-guizhou-tea-football.txt": {
        ("average_growth", "农村居民人均可支配收入", "2021→2023"),  # 8.5% a year, not 11.5%
        ("growth", "茶叶综合产值", "2023→2024"),  # the target 3.60 is +9.8% of 3.28, not 12.8%
        ("growth", "旅游总收入", "2021→2023"),  # 6.85 / 2.96 is 2.3 times, not 3.2
        ("sum", "合计", "2023"),  # the three parts add up to 82.9万人次, not 85.2
        ("growth", "生猪出栏", "2022→2023"),  # 1.26→1.08万头 is −14.3%, not −11.3%
    },
    "county-city-2019-gbk-crlf-zhejiang-commodities-ecommerce.txt": {
        ("sum", "地区生产总值", "2018"),  # the tertiary sector 605.53 makes the sum 45 short
        ("share", "第三产业比重", "2018"),  # (of the same wrong part)
        ("growth", "一般公共预算收入", "2018→2019"),  # the target 100.8 is +9.1%, not 11.5%
        ("change_amount", "农村居民人均可支配收入", "2018"),  # +2983元 is +9.6%, not 6.9%
        ("share", "占全市出口总额", "2018"),  # 1988.4 of 2692.3 is 73.9%, not 76.9%
        ("count_change", "规模以上工业企业", "2017→2018"),  # 612→687 is +75, not 57
    },
    "district-2025-utf8-shaanxi-aerospace-fourteenth-lists.txt": {
        # GDP's 5.6% (at comparable prices, unsaid) against +7.8% at current prices: flagged
        # comparable_prices, with the price rise it implies
        ("growth", "地区生产总值", "2023→2024"),
        ("same_quantity", "技术合同成交额", "2024"),  # 168.72, restated as 186.72
        ("growth", "航天产业总收入", "2024→2025"),  # the target 700 is +14.2%, not 12.4%
        ("sum", "改造老旧小区", "2021..2024"),  # the four years add up to 571, not 517
        ("growth", "接待游客人次", "2020→2024"),  # 4862.3 / 1856.2 is 2.6 times, not 3.6
        ("average_growth", "航天产业总收入", "2020→2024"),  # 289.4→612.8 is 20.6% a year, not 23.6
    },
    "town-2021-gb18030-crlf-wrapped-shandong-peanuts-seeds.txt": {
        ("sum", "地区生产总值", "2020"),  # 5.42 + 16.84 + 16.66 is 38.92, not 38.62 (5.12)
        ("growth", "一般公共预算收入", "2020→2021"),  # the target 2.50 is +6.4% of 2.35, not 9.4%
        ("growth", "规模以上工业总产值", "2019→2020"),  # 42.3→46.8 is +10.6%, not 13.6%
        ("count_change", "冷库", "2019→2020"),  # 42→57 is +15, not 12
        ("average_growth", "农村居民人均可支配收入", "2015→2020"),  # 7.9% a year, not 10.9%
    },
    "county-city-2024-utf8-bom-yunnan-rubber-border-quarters.txt": {
        ("same_quantity", "接待游客", "2023"),  # 1268.5万人次, restated as 1286.5
        ("growth", "橡胶加工产值", "2019→2023"),  # 36.8 / 14.2 is 2.6 times, not 2.9
        ("share", "出口额占进出口总额", "2023"),  # 52.3 of 86.4 is 60.5%, not 63.5%
        ("sum", "外贸进出口总额", "2023"),  # the quarters add up to 89.1, not 86.4 (24.7)
        ("points_change", "常住人口城镇化率", "2023"),  # 41.2%→43.5% is 2.3 points, not 2.8
    },
    "county-2022-gbk-wrapped-gansu-potato-herbs-wind.txt": {
        ("share", "占一般公共预算收入的比重", "2021"),  # 2.06 of 3.15 is 65.4%, not 62.4%
        ("growth", "一般公共预算收入", "2021→2022"),  # the target 3.34 is +6% of 3.15, not 9%
        ("growth", "马铃薯总产量", "2020→2021"),  # 136.8→142.6万吨 is +4.2%, not 7.2%
        ("count_change", "马铃薯精淀粉加工企业", "2020→2021"),  # 14→19 is +5, not 7
        ("disjoint_parts", "新能源装机容量", "2021"),  # wind 78.6 and solar 48.7 exceed 124.3
    },
    "district-2019-utf8-guangzhou-wholesale-ecommerce-quarters.txt": {
        ("points_change", "第三产业增加值占地区生产总值的比重", "2018"),  # 0.9 points, not 1.9
        ("same_quantity", "规模以上工业总产值", "2018"),  # 1052.38, restated as 1025.38
        ("sum", "固定资产投资", "2018"),  # the quarters add up to 464.62, not 458.62
        ("average_growth", "商品销售总额", "2015→2018"),  # 10.4% a year, not 13.4%
        ("growth", "跨境电商进出口额", "2017→2018"),  # 286.4 / 112.3 is 2.55 times, not 2.25
    },
    "county-city-2017-gb18030-shanxi-coal-coking-twelfth.txt": {
        ("share", "占一般公共预算收入", "2016"),  # 10.86 of 14.32 is 75.8%, not 78.5%
        ("sum", "重点项目完成投资", "2016"),  # the quarters add up to 45.6, not 48.6
        ("count_change", "煤矿", "2015→2016"),  # 27→23 is −4, not −6
        ("growth", "原煤产量", "2015→2016"),  # 3120→2856万吨 is −8.5%, not −5.8%
        ("average_growth", "一般公共预算收入", "2010→2015"),  # 8.26→13.58 is 10.5% a year
    },
    "town-2026-utf8-wrapped-fujian-tea-livestreaming-fourteenth.txt": {
        ("same_quantity", "网络零售额", "2025"),  # 9.36, restated as 9.63
        ("sum", "五年累计实现143.7亿元", "2021..2025"),  # the five years add up to 134.7
        ("growth", "接待游客", "2020→2025"),  # 86.5 / 38.2 is 2.26 times, not 2.62
        # Not found: 种植、加工、茶旅 of the tea industry's output exceeding it (33.6 of 32.6),
        # and the target 11.76 (+15% of 9.36 is 10.76) over a level printed twice.
    },
    "county-2021-utf8-bom-innermongolia-corn-cattle-dairy.txt": {
        ("share", "占一般公共预算收入的比重", "2020"),  # 6.12 of 8.63 is 70.9%, not 76.9%
        ("change_amount", "城镇居民人均可支配收入", "2020"),  # +1031元 on 33482 is +3.2%, not 5.2%
        ("growth_gap", "农村居民人均可支配收入", "2020"),  # (against the wrong 5.2%)
        ("same_quantity", "粮食产量", "2020"),  # 158.4万吨, restated as 185.4
        ("average_growth", "农村居民人均可支配收入", "2015→2020"),  # 8.8% a year, not 11.8%
        # Not found: 31.4 + 21.2 of 56.2 (52.6), the investment of two kinds of projects.
    },
    "street-2023-gbk-crlf-hangzhou-platform-buildings.txt": {
        ("growth", "财政总收入", "2022→2023"),  # the target 31.36 is not +6% (30.36)
        ("count_change", "辖区平台经济企业", "2021→2022"),  # 128→163 is +35, not 53
        ("growth", "平台经济营业收入", "2019→2022"),  # 486.3 / 251.4 is 1.9 times, not 2.3
        ("sum", "楼宇税收", "2022"),  # the quarters 4.12+4.35+4.58+5.14 of 18.46 (5.41)
        # Not found: 两年平均增长11.9% (8.9%) after a base printed with its change.
    },
    "township-2020-gb18030-crlf-wrapped-hunan-rice-oil-tea-relocation.txt": {
        ("growth", "财政总收入", "2018→2019"),  # 2987→3268万元 is +9.4%, not 4.9%
        ("sum", "易地扶贫搬迁共安置", "2016..2020"),  # 158 + 87 is 245户, not 236 (78)
        ("count_change", "规模以上工业企业", "2018→2019"),  # 9→12 is +3, not 4
        # Not found: 参保率96.8% (98.6%) over 应参保人数35718人; 在现有3.56万亩油茶林基础上
        # (3.65) restated with its figure before its noun.
    },
    "county-city-2022-utf8-bom-zhejiang-hardware-towns.txt": {
        ("growth", "高新技术产业增加值", "2016→2021"),  # 98.6 / 41.3 is 2.4 times, not 2.1
        ("average_span", "高新技术产业增加值", "2016→2021"),  # (the same, against 19.0% a year)
        ("points_change", "占一般公共预算收入的比重", "2021"),  # 84.1%→86.4% is 2.3 points
        ("average_growth", "跨境电商交易额", "2019→2021"),  # 102.4→186.5 is 35.0% a year
        ("average_span", "跨境电商交易额", "2019→2021"),  # (the same, against 1.8 times)
        ("growth", "跨境电商交易额", "2021→2022"),  # the target 230 is +23.3%, not 15%
        ("sum", "新引进亿元以上项目", "2021"),  # quarters 9+12+11+17 of 46 projects (14)
    },
    "district-2018-utf8-wuhan-optics-autos-lakes.txt": {
        ("sum", "地区生产总值", "2017"),  # the secondary sector 568.37 makes the sum 18 short
        ("same_quantity", "一般公共预算收入", "2017"),  # 102.18, restated as 108.21
        ("growth", "规模以上工业总产值", "2016→2017"),  # 2071.7→2365.8 is +14.2%, not 17.2%
        ("count_change", "高新技术企业", "2016→2017"),  # 486→617 is +131, not 113
        ("share", "该比例", "2017"),  # 5842 of 12683 is 46.1%, not 49.1%
    },
    "county-2025-gbk-crlf-wrapped-xinjiang-cotton-jujube-port.txt": {
        ("growth", "外贸进出口总额", "2024→2025"),  # the target 165 is +16% of 142.36, not 19%
        ("points_change", "常住人口城镇化率", "2024"),  # 42.6%→45.1% is 2.5 points, not 3.5
        ("average_growth", "一般公共预算收入", "2020→2024"),  # 8.27→12.86 is 11.7% a year
        ("growth", "旅游收入", "2020→2024"),  # 42.7 / 9.8 is 4.4 times, not 3.4
        ("sum", "外贸进出口总额", "2024"),  # the port's quarters add up to 151.36 (34.16)
    },
    "county-2016-gbk-crlf-gansu-potato-herbs-twelfth.txt": {
        ("growth", "一般公共预算收入", "2014→2015"),  # 1.38→1.52 is +10.1%, not 13.1%
        ("same_quantity", "马铃薯种植面积", "2015"),  # 42.6万亩, restated as 46.2
        ("sum", "中药材种植面积", "2015"),  # the herbs add up to 29.8, not 27.8 (党参 10.4)
        ("average_growth", "农村居民人均可支配收入", "2010→2015"),  # 13.9% a year, not 10.9%
        # Not found: 2011年至2015年分别完成… (no subject) against 五年累计198.4 (194.8).
    },
    "hitech-zone-2024-utf8-bom-shaanxi-semiconductors-aerospace.txt": {
        ("share", "占全区营业总收入的比重", "2023"),  # 412.6 of 1286.4 is 32.1%, not 35.1%
        ("growth", "规模以上工业总产值", "2023→2024"),  # the target 980 is +13.6%, not 10%
        ("count_change", "高新技术企业", "2022→2023"),  # 426→538 is +112, not 121
        ("growth", "营业总收入", "2018→2023"),  # 1286.4 / 562.4 is 2.3 times, not 3.2
        ("average_span", "营业总收入", "2018→2023"),  # (the same, against 18.0% a year)
        ("sum", "规模以上工业总产值", "2023"),  # the quarters add up to 934.5 (二季度 208.7)
    },
    "district-2017-gb18030-crlf-liaoning-equipment-five-years.txt": {
        ("growth", "规模以上工业总产值", "2016→2017"),  # 512.36→548.90 is +7.1%, not 4.1%
        ("same_quantity", "规模以上工业企业", "2017"),  # 146户, restated as 164
        ("average_growth", "城镇居民人均可支配收入", "2012→2017"),  # 4.7% a year, not 7.4%
        ("growth", "一般公共预算收入", "2017→2018"),  # the target 22.64 is +6.0%, not 9%
        # Not found: 改革21户，其中公司制改制9户、混合所有制改革6户、…8户 (23): kinds of reform
        # that may overlap, whose sum is never judged against the total.
    },
    "county-2024-utf8-bom-wrapped-qinghai-yak-salt-lake.txt": {
        ("sum", "地区生产总值", "2024"),  # the sectors add up to 87.81, not 85.81 (53.42)
        ("growth", "牦牛出栏", "2023→2024"),  # 4.16→4.35 is +4.6%, not 8.9% (4.53)
        ("count_change", "省级示范家庭牧场", "2023→2024"),  # 126→158 is +32, not 23
        ("share", "占全县可利用草场面积", "2024"),  # 526.8 of 1038.6 is 50.7%, not 54.7%
        ("growth", "旅游总收入", "2020→2024"),  # 24.85 / 8.96 is 2.8 times, not 3.2
    },
    "street-2022-utf8-jiangsu-manufacturing-grids.txt": {
        ("growth", "规模以上工业总产值", "2021→2022"),  # 441.25→486.37 is +10.2%, not 13.2%
        ("ratio", "出口是进口", "2022"),  # 19.4 / 9.2 is 2.1 times, not 2.4
        ("count_change", "高新技术企业", "2021→2022"),  # 72→91 is +19, not 21
        ("share", "占一般公共预算支出", "2022"),  # 12.47 of 15.83 is 78.8%, not 87.8%
        # Not found: 网格126个，其中综合网格106个、专属网格18个 (124, 108 meant): two kinds
        # of grid whose list need not be complete.
    },
    "county-2019-gb18030-crlf-wrapped-gansu-potato-herbs-poverty.txt": {
        ("growth", "一般公共预算收入", "2019→2020"),  # the target 4.37 is +6%, not 9%
        ("average_growth", "马铃薯全产业链产值", "2017→2019"),  # 21.4→27.85 is 14.1% a year
        ("sum", "中药材种植面积", "2019"),  # the herbs add up to 35.6, not 38.6 (黄芪 9.5)
        ("change_amount", "中药材实现产值", "2019"),  # +2.02 on 16.34 is +12.4%, not 15.4%
        # Not found: 减少贫困人口3612户14835人 restated as 3612户14385人脱贫 (a name outside
        # the vocabulary, said two ways).
    },
    "county-city-2020-gbk-crlf-heilongjiang-grain-border-trade.txt": {
        ("share", "占一般公共预算收入的比重", "2020"),  # 6.12 of 9.86 is 62.1%, not 65.1%
        ("disjoint_parts", "粮食播种面积", "2020"),  # the crops add up to 386.5, not 368.5
        ("count_change", "家庭农场", "2019→2020"),  # 412→538 is +126, not 116
        ("growth", "边民互市贸易额", "2019→2020"),  # 2.85→3.27 is +14.7%, not 17.7%
        # Not found: 7915人稳定脱贫 restated as 7951名建档立卡贫困人口 (names outside the
        # vocabulary).
    },
    "district-2023-utf8-bom-wrapped-shanghai-finance-chips-towns.txt": {
        ("average_growth", "一般公共预算收入", "2020→2023"),  # 241.6→312.48 is 9.0% a year
        ("growth", "社会消费品零售总额", "2023→2024"),  # the target 1185 is +5.2%, not 8%
        ("growth", "集成电路产业规模", "2018→2023"),  # 1286.4 / 552.6 is 2.3 times, not 2.6
        ("points_change", "研发经费投入强度", "2023"),  # 3.87%→4.12% is 0.25 points, not 0.35
        # Not found: five towns' taxes one by one (58.62+47.35+39.84+31.27+22.16 = 199.24)
        # against 五个镇（街道）合计完成税收209.24亿元, items of their own with no 、 list.
    },
    "county-city-2021-utf8-shandong-marine-ports-petrochemicals.txt": {
        ("disjoint_parts", "水产品总产量", "2021"),  # the parts add up to 59.62, not 58.72
        ("growth", "港口货物吞吐量", "2020→2021"),  # 1.12→1.26 is +12.5%, not 15.2%
        ("same_quantity", "规模以上工业企业", "2021"),  # 347家, restated as 374
        ("share", "占规模以上工业营业收入", "2021"),  # 735.2 of 1286.4 is 57.2%, not 52.7%
        ("count_change", "高新技术企业", "2020→2021"),  # 86→113 is +27, not 37
    },
    "township-2017-gb18030-crlf-wrapped-jilin-corn-ginseng-cattle.txt": {
        ("share", "占全镇农业总产值", "2017"),  # 1.17 of 3.70 is 31.6%, not 36.1%
        ("growth", "肉牛饲养量", "2017→2018"),  # the target 2.7 is +14.4%, not 17.4%
        ("average_growth", "农村集体经济收入", "2015→2017"),  # 168.0→386.4 is 51.7% a year
        ("average_span", "农村集体经济收入", "2015→2017"),  # (the same, against 2.3 times)
        ("growth", "镇本级公用经费", "2016→2017"),  # 186.4→158.2 is −15.1%, not −11.5%
        # Not found: 饲养量由2012年的0.86万头起步，现在已是2012年的3.1倍 (2.7): a multiple of
        # a level now printed in another clause, its subject left out.
    },
    "county-city-2022-gb18030-crlf-anhui-auto-parts-tea.txt": {
        ("growth", "社会消费品零售总额", "2021→2022"),  # 180.65→186.43 is +3.2%, not 6.2%
        ("count_change", "高新技术企业", "2021→2022"),  # 158→196 is +38, not 36
        ("sum", "省市重点项目", "2022"),  # 97 + 98 is 195, not 186 (89 new ones)
        # 新能源汽车零部件产业产值 186.5, restated as 168.5: found through the 2023 target on it
        ("growth", "新能源汽车零部件产业产值", "2022→2023"),  # 230 is +23.3% of 186.5
        ("share", "税收占比", "2022"),  # 29.87 of 38.26 is 78.1%, not 71.8%
    },
    "county-2025-utf8-bom-wrapped-ningxia-wine-goji-solar.txt": {
        ("growth", "葡萄酒产业综合产值", "2025→2026"),  # the target 95 is +9.8%, not 12.8%
        ("growth", "接待游客", "2020→2025"),  # 96.3 / 28.6 is 3.4 times, not 2.4
        ("average_growth", "城镇居民人均可支配收入", "2020→2025"),  # 5.7% a year, not 7.5%
        ("growth", "枸杞鲜果产量", "2024→2025"),  # 12.6→11.8 is −6.3%, not −3.6%
        ("disjoint_parts", "高效节水灌溉面积", "2025"),  # 24.3 + 6.8 + 14.5 is 45.6, not 42.6
    },
    "county-2021-gbk-crlf-wrapped-jiangxi-oranges-rare-earths.txt": {
        ("growth", "脐橙产量", "2020→2021"),  # 26.8→31.5 is +17.5%, not 14.5%
        ("same_quantity", "规模以上工业企业", "2021"),  # 127家, restated as 172
        ("average_growth", "旅游总收入", "2016→2021"),  # 18.36→42.68 is 18.4% a year
        ("share", "该比例", "2021"),  # 39.41 of 48.63 is 81.0%, not 84.1% (的比重 since r83)
        # Not found: 新签约项目45个，其中工业项目23个、现代服务业项目11个、现代农业项目8个
        # (42): kinds of project whose list need not be complete.
    },
    "district-2019-utf8-bom-beijing-science-parks-streets.txt": {
        ("growth", "一般公共预算收入", "2019→2020"),  # the target 166.80 is +5.0%, not 8%
        ("count_change", "高新技术企业", "2018→2019"),  # 2936→3412 is +476, not 467
        ("growth", "认定登记技术合同成交额", "2015→2019"),  # 1826.4 / 612.3 is 3.0 times …
        ("average_span", "认定登记技术合同成交额", "2015→2019"),  # … 3.3 is no 31.4% a year
        ("growth", "税收收入", "2018→2019"),  # a street's 72.9→86.4 is +18.5%, not 15.2%
        # Not found: quarters adding up to 159.86 of 158.86, listed after 完成年初预算…的101.8%
        # (no year's total read for them there).
    },
    "county-2019-utf8-wrapped-xinjiang-cotton-garments-border-tourism.txt": {
        ("average_growth", "农村居民人均可支配收入", "2015→2019"),  # 10.2% a year, not 11.9%
        ("growth", "产量", "2018→2019"),  # 红枣 9.86→9.12 is −7.5%, not −4.5%
        ("count_change", "纺织服装企业", "2018→2019"),  # 43→61 is +18, not 16
        ("sum", "合计", "2019"),  # 612 + 548 + 760 + 552 is 2472, not 2418
        ("growth", "接待游客", "2015→2019"),  # 186.4 / 54.8 is 3.4 times, not 4.3
    },
    "city-2024-gb18030-crlf-hunan-machinery-rail-counties.txt": {
        ("share", "税收占地方一般公共预算收入的比重", "2024"),  # 152.37 / 218.46 is 69.7%
        ("count_change", "高新技术企业", "2023→2024"),  # 1214→1386 is +14.2%, not 17.2%
        ("growth", "一般公共预算收入", "2024→2025"),  # the target 237.6 is +8.8%, not 5.5%
        # Not found: 整机 and 关键零部件及配套 under 其中 adding up to 1153.8 of 1126.8 (two
        # kinds not known to exclude each other); 836.5 restated for line 9's 863.5.
    },
    "district-2021-utf8-bom-crlf-anhui-nev-displays-thirteenth.txt": {
        ("average_growth", "地区生产总值", "2015→2020"),  # 562.40→1018.62 is 12.6% a year …
        ("average_span", "地区生产总值", "2015→2020"),  # … not 15.6%
        ("growth", "社会消费品零售总额", "2020→2021"),  # 351.82→412.36 is +17.2%, not 20.2%
        ("same_quantity", "高新技术企业", "2021"),  # 463 restated as 436
        ("sum", "外贸进出口总额", "2021"),  # 35.18 + 19.56 is 54.74, not 52.74
        ("share", "占一般公共预算支出", "2021"),  # 78.64 / 94.52 is 83.2%, not 86.2%
    },
    "township-2023-gb18030-wrapped-yunnan-tea-rubber-port.txt": {
        ("share", "占茶园总面积", "2023"),  # the organic tea gardens are 27.3%, not 23.7%
        ("count_change", "初制所", "2022→2023"),  # 86→103 is +17, not 21
        ("growth", "甘蔗种植面积", "2022→2023"),  # 2.15→1.86 is −13.5%, not −10.5%
        ("growth", "出入境人员", "2022→2023"),  # 11.24→42.7 is 3.8 times, 增长2.8倍
        # Not found: the port's trade target (口岸进出口贸易额72亿元, +21% printed, +13.6%
        # of the year's 进出口贸易额63.4亿元): a name no vocabulary entry holds, and in a
        # border county's report a port's trade, not the county's.
    },
    "city-2025-utf8-crlf-shandong-chemicals-port-chengqu.txt": {
        ("growth", "一般公共预算收入", "2025→2026"),  # the target 342.6 is +4.3%, not 7.3%
        ("sum", "外贸进出口总额", "2025"),  # 702.5 + 564.3 is 1266.8, not 1246.8
        ("share", "占全市规上工业营业收入", "2025"),  # 2380.6 / 6524.3 is 36.5%, not 39.5%
        ("growth", "农产品出口额", "2024→2025"),  # 80.3→86.3 is +7.5%, not 10.5%
        ("average_growth", "港口货物吞吐量", "2020→2025"),  # 2.31→3.12 is 6.2% a year, not 8.2%
    },
    "township-2022-gbk-crlf-wrapped-hubei-selenium-tea.txt": {
        ("growth", "茶叶综合产值", "2022→2023"),  # the target 6.2 is +10.3%, not 15%
        ("growth", "茶叶综合产值", "2017→2022"),  # 5.62 / 1.86 is 3.0 times, not 3.6
        ("same_quantity", "接待游客", "2022"),  # 68.5 restated as 65.8
        ("count_change", "民宿", "2021→2022"),  # 86→112 is +26, not 36
        # Not found: investments by kind of project (1.12亿元 + 8600万元 + 1.86亿元 of
        # 3.64亿元): 茶产业 and 文旅 are not known to exclude each other.
    },
    "county-2018-gb18030-fujian-tea-stone-carving-remittances.txt": {
        ("same_quantity", "旅游总收入", "2018"),  # 61.28 restated as 62.18
        ("count_change", "石雕企业", "2017→2018"),  # 386→412 is +26, not 36
        ("growth", "工业总产值", "2017→2018"),  # a town's 38.6→45.2 is +17.1%, not 20.1%
        ("growth", "一般公共预算收入", "2018→2019"),  # the target 20.82 is +7.0%, not 10%
        # Not found: donations under 其中 adding up to 1.45 of 1.36 (kinds not known to
        # exclude each other).
    },
    "street-2023-utf8-bom-crlf-wrapped-beijing-headquarters-hotline.txt": {
        ("average_growth", "重点楼宇税收", "2019→2023"),  # 61.85→86.47 is 8.7% a year
        ("share", "占重点楼宇税收", "2023"),  # 48.73 / 86.47 is 56.4%, not 65.4%
        ("growth", "引进企业注册资本", "2022→2023"),  # 186.5 / 58.3 is 3.2 times, not 2.3
        ("points_change", "诉求解决率", "2023"),  # 91.4%→94.6% is 3.2 points, not 2.3
        # Not found: the months of the year (9月 1131 for 1311) against the year's 15496.
    },
    "city-2019-gb18030-crlf-liaoning-equipment-port-districts.txt": {
        ("same_quantity", "实际利用外资", "2019"),  # 5.32 restated as 5.23
        ("count_change", "规模以上工业企业", "2018→2019"),  # 412→438 is +26, not 36
        ("growth", "港口货物吞吐量", "2018→2019"),  # 2.29→2.38 is +3.9%, not 6.9%
        ("share", "占一般公共预算支出", "2019"),  # 205.3 / 268.4 is 76.5%, not 79.5%
        # Not found: three counties under 其中 adding up to 412.7 of 421.7 (places listed
        # under a total need not cover it).
    },
    "township-2024-utf8-wrapped-hainan-fruit-homestays.txt": {
        ("growth", "农村居民人均可支配收入", "2024→2025"),  # the target 23800 is +10.8%, not 8%
        ("growth", "接待游客", "2020→2024"),  # 38.6 / 14.8 is 2.6 times, not 3.6
        ("growth", "旅游收入", "2023→2024"),  # 3470→4260 is +22.8%, not 25.8%
        ("disjoint_parts", "市场主体", "2024"),  # 158 + 274 is 432 of 412 new ones
        ("average_growth", "旅游收入", "2021→2024"),  # 1.52→2.87 is 23.6% a year, not 26.6%
    },
    "township-2018-gbk-crlf-wrapped-shanxi-millet-walnuts-mines.txt": {
        ("average_growth", "农村居民人均可支配收入", "2012→2018"),  # 2013年以来…年均13.9%: no
        # such average from 5863 to 9846 (10.9% over five years, 9.0% over six)
        ("growth", "谷子总产量", "2017→2018"),  # 870.8→1071.4 is +23.0%, not 32.0%
        ("growth", "核桃产值", "2013→2018"),  # 2910.6 / 1062.3 is 2.7 times, not 3.7
        ("count_change", "农民专业合作社", "2017→2018"),  # 46→63 is +17, not 19
        # Not found: 职工 under 其中 adding up to 1263 of 1236 (kinds not known to exclude
        # each other).
    },
    "district-2025-utf8-bom-guangdong-electronics-streets-bullets.txt": {
        ("sum", "外贸进出口总额", "2025"),  # 486.3 + 237.9 is 724.2, not 742.2
        ("share", "占全区规上工业总产值的比重", "2025"),  # 电子信息 is 56.0%, not 59.0%
        ("growth", "规模以上工业总产值", "2024→2025"),  # a street's 598.3→652.4 is +9.0%
        ("same_quantity", "高新技术企业", "2025"),  # 612 restated as 621
        ("growth", "一般公共预算收入", "2025→2026"),  # the target 57.15 is +4.0%, not 7%
    },
    "county-2021-gb18030-sichuan-tea-liquor-pigs-floods.txt": {
        ("growth", "一般公共预算收入", "2020→2021"),  # 14.21→15.82 is +11.3%, not 14.3%
        ("share", "占干毛茶产量", "2021"),  # 名优茶 0.93 of 2.86 is 32.5%, not 35.2%
        ("same_quantity", "社会消费品零售总额", "2021"),  # 118.64 restated as 116.84
        ("average_growth", "茶叶综合产值", "2016→2021"),  # 30.5→56.3 is 13.0% a year, not 16.9%
        # Not found: funding sources under 其中 adding up to 2.99 of 3.26.
    },
    "township-2024-utf8-crlf-wrapped-fujian-shoes-taiwan-fishing.txt": {
        ("share", "占全镇规上工业总产值", "2024"),  # 台资 68.52 of 486.37 is 14.1%, not 11.4%
        ("count_change", "规模以上工业企业", "2023→2024"),  # 132→141 is +9, not 11
        ("growth", "出口总额", "2024→2025"),  # the target 95 on 86.42 is +9.9%, not 13%
        ("growth", "跨境电商出口额", "2022→2024"),  # 12.68 / 5.51 is 2.3 times, not 2.8
        ("sum", "村村集体经营性收入", "2024"),  # ten villages add up to 1553 of 1526
    },
    "county-2023-utf8-yunnan-coffee-flowers-border-tourism.txt": {
        ("share", "占一般公共预算支出", "2023"),  # 31.87 of 38.94 is 81.8%, not 78.8%
        ("average_growth", "咖啡综合产值", "2020→2023"),  # 8.1→18.6 is 31.9% a year, not 21.9%
        ("change_amount", "发电量", "2023"),  # 96.42 up 5.80 is +6.4%, not 9.4%
        # Not found: 水电 and 光伏 under 其中 adding up to less than the capacity (wind may be
        # missing); 咖啡园 16.2万亩 in the plan against 12.6万亩 (the noun after the unit).
    },
    "township-2020-gbk-crlf-wrapped-anhui-rice-crayfish-floods.txt": {
        ("growth", "财政收入", "2020→2021"),  # the target 4100 on 3862 is +6.2%, not 9.2%
        ("change_amount", "农村居民人均可支配收入", "2020"),  # 15486 up 998 is +6.9%, not 9.6%
        ("growth", "小龙虾产量", "2015→2020"),  # 4280 / 1180 is 3.6 times, not 4.6
        ("count_change", "家庭农场", "2019→2020"),  # 95→118 is +23, not 32
        # Not found: 倒损住房 under 其中 adding up to 101 of 137 (kinds not known to cover it).
    },
    "city-2022-utf8-bom-henan-wheat-equipment-quarters.txt": {
        ("growth", "一般公共预算收入", "2021→2022"),  # 169.27→178.64 is +5.5%, not 8.5%
        ("share", "占一般公共预算支出的比重", "2022"),  # 314.57 / 402.15 is 78.2%, not 75.2%
        ("sum", "粮食产量", "2022"),  # 178.93 + 127.85 + 11.68 is 318.46, not 312.46
        ("count_change", "规上食品企业", "2021→2022"),  # 186→203 is +17, not 27
        ("same_quantity", "高新技术企业", "2022"),  # 276 restated as 267
    },
    "county-2021-gb18030-wrapped-qinghai-yak-lithium-ecology.txt": {
        ("disjoint_parts", "重点项目", "2021"),  # 17 + 12 + 11 + 13 is 53 of 48
        ("growth", "碳酸锂产量", "2020→2021"),  # 1.82 / 1.14 is 1.6 times, not 2.1
        ("average_growth", "盐湖化工产值", "2016→2021"),  # 28.4→46.9 is 10.6% a year, not 13.6%
        ("growth", "牦牛出栏", "2021→2022"),  # the target 5.8 on 5.37 is +8%, not 12%
        ("growth", "接待游客", "2020→2021"),  # 68.5→62.7 is −8.5%, not −5.4%
    },
    "district-2024-utf8-crlf-shaanxi-semiconductors-tourism-streets.txt": {
        ("same_quantity", "地区生产总值", "2024"),  # 1286.47 restated as 1268.47
        # the same slip against the three industries, which add up to 1286.47
        ("sum", "地区生产总值", "2024"),
        ("share", "占一般公共预算收入的比重", "2024"),  # 56.31 / 68.74 is 81.9%, not 84.9%
        ("growth", "一般公共预算收入", "2024→2025"),  # the target 76.55 is +11.4%, not 7%
        ("growth", "旅游总收入", "2023→2024"),  # 294.4→368.9 is +25.3%, not 28.3%
        # Not found: the zone and five streets under 其中 adding up to 383.72 of 386.42 (parts
        # under 其中 need not cover their total).
    },
    "township-2019-gbk-wrapped-hubei-shrimp-rice-tea.txt": {
        ("average_growth", "财政收入", "2015→2019"),  # 11.9% a year, not 14.9%
        ("growth", "小龙虾产值", "2015→2019"),  # 1.12 / 0.33 is 3.4 times, not 4.3
        ("count_change", "农民专业合作社", "2018→2019"),  # 38→52 is +14, not 16
        ("points_change", "贫困发生率", "2019"),  # 2.18%→0.21% is down 1.97 points, not 1.79
        ("sum", "农村集体经济收入", "2019"),  # the twelve villages add up to 223.3, not 232.3
    },
    "county-city-2020-gb18030-fujian-tea-stone-remittances.txt": {
        ("growth", "一般公共预算收入", "2020→2021"),  # the target 49.80 on 46.52 is +7.1%, not 4.5%
        ("growth", "茶产业全产业链产值", "2019→2020"),  # 218.2→236.5 is +8.4%, not 11.4%
        ("average_growth", "一般公共预算总收入", "2015→2020"),  # 6.9% a year, not 9.6%
        # Not found: donations under 其中 adding up to 1.47 of 1.38 (kinds outside the
        # vocabulary); 36.1万亩茶园 in the plan for 31.6万亩 (the noun after the unit).
    },
    "county-2024-utf8-wrapped-heilongjiang-rice-black-soil.txt": {
        ("growth", "农村居民人均可支配收入", "2023→2024"),  # 20471→21863 is +6.8%, not 8.6%
        ("disjoint_parts", "粮食播种面积", "2024"),  # 108.2 + 98.6 + 81.5 is 288.3 of 286.5
        ("count_change", "家庭农场", "2023→2024"),  # 1286→1432 is +146, not 164
        ("share", "占全县耕地面积", "2024"),  # 198.6 / 301.8 is 65.8%, not 68.5%
        # Not found: a multiple of a snow season over 疫情前 (2018—2019雪季, no year).
    },
    "county-2022-utf8-bom-hainan-fruit-fishing-free-trade.txt": {
        ("same_quantity", "旅游总收入", "2022"),  # 41.28 restated as 42.18
        ("growth", "水产品总产量", "2021→2022"),  # 12.27→12.74 is +3.8%, not 6.8%
        ("share", "占接待游客总人次", "2022"),  # 152.36 / 386.42 is 39.4%, not 42.4%
        # Not found: kinds of farm output under 其中 adding up to less than 农林牧渔业总产值
        # (its service activities need not be listed); a fruit target whose level is named
        # 产量 alone after a clause of no figure.
    },
    "district-2018-gb18030-crlf-wrapped-hebei-equipment-air.txt": {
        ("count_change", "高新技术企业", "2017→2018"),  # 58→87 is +29, not 19
        ("growth", "平均浓度", "2017→2018"),  # PM2.5 86→72 is −16.3%, not −19.3%
        ("average_growth", "一般公共预算收入", "2013→2018"),  # 11.1% a year, not 14.1%
        # Not found: a multiple over 从2013年的142.6亿元到今年的368.47亿元 (a change printed
        # with 从…到今年的); six streets and towns under 其中 adding up to less than the total.
    },
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_the_planted_errors_are_found_and_nothing_else(name):
    table = check_report(load_report(REVIEW / name)).table
    bad = table[table.verdict == "inconsistent"]
    found = {(r.check, r.indicators.split("; ")[0], r.period) for r in bad.itertuples()}
    assert found == FOUND[name]
    assert (table.verdict == "consistent").sum() >= 5  # relations that hold are checked too


def test_the_review_texts_cover_the_encodings_and_layouts():
    encodings = {p.name: load_report(p).encoding for p in REVIEW.glob("*.txt")}
    assert encodings["township-2017-gbk.txt"].lower() in ("gb18030", "gbk", "gb2312")
    assert encodings["district-2024-bom-crlf.txt"].lower().startswith("utf-8")
    assert encodings["district-2016-gb18030.txt"].lower() in ("gb18030", "gbk")
    assert len(encodings) == len(FOUND)


CONSISTENT = Path(__file__).parent / "texts" / "consistent"


@pytest.mark.parametrize("path", sorted(CONSISTENT.glob("*.txt")), ids=lambda p: p.name)
def test_texts_whose_every_relation_holds_raise_no_alarm(path):
    """Reports written by reviewers hunting for false alarms: every figure computed and
    rounded as printed, in phrasings that are hard for a machine (nested 其中, parts of the
    place, lists of periods, shares of wholes printed elsewhere or not at all)."""
    table = check_report(load_report(path)).table
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    assert (table.verdict == "consistent").sum() >= 15


WORD = Path(__file__).parent / "texts" / "word"


def test_word_drafts_by_a_reviewer_a_consistent_one_and_one_with_planted_errors():
    """Two Word drafts with headings, long paragraphs, review comments and tables of
    indicators (one with a header of two rows, 2024年 over 目标值 and 增长（%））: the first holds
    everywhere; in the second the four planted errors are found (the sum of the sectors
    twice, in the text and against the table) and nothing else."""
    consistent = check_report(load_report(WORD / "county-2024-two-row-header.docx")).table
    assert "inconsistent" not in set(consistent.verdict)
    assert (consistent.verdict == "consistent").sum() >= 50
    planted = check_report(load_report(WORD / "county-2023-planted.docx")).table
    bad = planted[planted.verdict == "inconsistent"]
    found = sorted((r.check, r.indicators.split("; ")[0], r.period) for r in bad.itertuples())
    assert found == [
        ("growth", "固定资产投资", "2022→2023"),  # the 2023 target 158.80 is +9.3%, not 8%
        ("growth", "社会消费品零售总额", "2021→2022"),  # 85.40→92.36 is +8.1%, not 9.2% …
        ("growth", "社会消费品零售总额", "2021→2022"),  # … in the text and in the table
        ("same_quantity", "一般公共预算收入", "2022"),  # 15.84 in the text, 15.48 in the table
        ("sum", "地区生产总值", "2022"),  # the sectors add up to 227.44, not 228.64 …
        ("sum", "地区生产总值", "2022"),  # … in the text and with the table's figures
    ]
