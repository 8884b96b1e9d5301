"""Tables as an analyst reads them in the notebooks: Chinese column names and Chinese words for
the codes of the tables (verdicts, kinds of checks, actual/target, periods, links between
claims, series groups, the relations of left-out components, targets against trends).

The tables written to ``data/processed/`` keep their English column names and codes, which
scripts read; :func:`for_reading` only changes what the notebooks show.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .brief_html import CHECK_LABELS, CLAIM_LABELS, KIND_LABELS, VERDICT_LABELS
from .period_cells import period_label
from .series import load_groups

#: Chinese names of the columns of the tables (claims, checks, series, targets, monthly path,
#: components and trends); a column not listed keeps its name.
COLUMN_LABELS = {
    **CLAIM_LABELS,
    "claim_id": "编号",
    "paragraph": "段",
    "measure": "计量",
    "parent_id": "所属总量编号",
    "linked_to": "关联编号",
    "link": "关联",
    "value_line": "数值所在行",
    "growth_line": "增速所在行",
    "growth_qualifier": "增速限定",
    "base": "基期",
    "line": "行",
    "check": "核查",
    "verdict": "结论",
    "gap": "差距",
    "gap_unit": "差距单位",
    "indicators": "指标",
    "stated": "文中所述",
    "recomputed": "推算",
    "suggestion": "最接近的一致写法",
    "explanation": "说明",
    "lines": "原文行",
    "flag": "提示",
    "locations": "位置",
    "quotes": "原文",
    "claim_ids": "数据编号",
    "group": "类别",
    "year": "年份",
    "value_lo": "下限",
    "value_hi": "上限",
    "note": "备注",
    "base_year": "基期年份",
    "target_year": "目标年份",
    "current": "当前水平",
    "current_kind": "当前水平来源",
    "target": "目标",
    "stated_growth_pct": "所述增速（%）",
    "implied_growth_pct": "隐含增速（%）",
    "implied_growth_lo": "隐含增速下限",
    "implied_growth_hi": "隐含增速上限",
    "gap_pct_points": "相差（个百分点）",
    "level_at_stated": "按所述增速应达",
    "level_at_stated_lo": "应达下限",
    "level_at_stated_hi": "应达上限",
    "consistent": "是否一致",
    "month": "月",
    "share_pct": "累计进度（%）",
    "required": "累计应完成",
    "basis": "依据",
    "previous_year_level": "上年水平",
    "previous_year_kind": "上年水平来源",
    "section": "章节",
    "whole": "总量",
    "relation": "关系",
    "left_out": "未列目标的部分",
    "residual_target": "其余部分应达",
    "residual_target_lo": "其余部分应达下限",
    "residual_target_hi": "其余部分应达上限",
    "residual_current": "其余部分当前水平",
    "residual_current_kind": "其余部分当前水平来源",
    "points": "数据点数",
    "years": "数据年份",
    "model": "模型",
    "predicted": "趋势预测值",
    "pi_lo": "预测区间下限",
    "pi_hi": "预测区间上限",
    "trend_growth_pct": "趋势增速（%）",
    "target_vs_trend": "目标与趋势相比",
    "reason": "未拟合原因",
}

#: Where a figure comes from: printed as actual or target, or derived from others.
_SOURCES = {**KIND_LABELS, "derived": "推算"}

#: Chinese words for the codes of each column, by column.
_CODES: dict[str, dict[str, str]] = {
    "verdict": {k: v.split(" ", 1)[-1] for k, v in VERDICT_LABELS.items()},
    "check": CHECK_LABELS,
    "kind": _SOURCES,
    "current_kind": _SOURCES,
    "previous_year_kind": _SOURCES,
    "measure": {"level": "水平", "change": "增减量", "new": "新增数", "each": "每项均达"},
    "residual_current_kind": _SOURCES,
    "consistent": {"True": "一致", "False": "不一致"},
    "flag": {
        "implied_decline": "隐含下降，请核实",
        "comparable_prices": "可比价增速",
        "two_scopes": "两处口径不同，请核实",
        "gross_additions": "新增多于净增，请核实",
        "digit_slip": "两数数字相同、顺序不同，疑为笔误",
    },
    "link": {
        "changed_from": "由前一数值变化而来",
        "change_of": "为所关联数值的增减量",
        "same_as": "与所关联数值相同",
        "progress_of": "为所关联目标的完成进度",
        "structure": "同一结构的组成",
        "sum": "为所列各项之和",
        "rate_change_of": "为所关联增速的变化（个百分点）",
        "range_low": "区间下限（上限为所关联数值）",
        "range_high": "区间上限（下限为所关联数值）",
    },
    "group": {g.key: g.label for g in load_groups()},
    "relation": {"components": "由各组成部分构成", "part_of": "为总量的一部分"},
    "target_vs_trend": {
        "above": "高于趋势预测区间",
        "within": "在趋势预测区间内",
        "below": "低于趋势预测区间",
    },
}


def for_reading(table: pd.DataFrame, labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """``table`` with Chinese column names, and Chinese words for its codes and periods.

    Parameters
    ----------
    table
        A table of the package (claims, checks, series, targets …); it is not changed.
    labels
        Column names to use instead of :data:`COLUMN_LABELS` for some columns.

    Returns
    -------
    pandas.DataFrame
        A copy to show: columns renamed by :data:`COLUMN_LABELS`, codes (``inconsistent``,
        ``growth``, ``target`` …) and periods (``2020-01..2020-06``) in Chinese.

    Examples
    --------
    >>> t = pd.DataFrame({"check": ["growth"], "verdict": ["inconsistent"],
    ...                   "period": ["2016..2020年均"], "kind": ["target"]})
    >>> for_reading(t).iloc[0].to_dict()
    {'核查': '增速与总量', '结论': '不一致', '时期': '2016—2020 年年均', '类型': '目标'}
    """
    shown = table.copy()
    for column, words in _CODES.items():
        if column in shown.columns:
            shown[column] = shown[column].map(lambda v, w=words: w.get(str(v), v))
    if "period" in shown.columns:
        shown["period"] = shown["period"].map(lambda v: period_label(str(v)) if v else v)
    return shown.rename(columns={**COLUMN_LABELS, **(labels or {})})
