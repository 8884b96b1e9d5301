"""The notebook suite's source: the cells of ``notebooks/*.ipynb``, generated with nbformat.

The committed notebooks are written by :func:`write_notebooks` (``python -m
indicators.notebook_sources``) and carry no outputs; a test checks that they match this
source. Each notebook is thin: it makes a :class:`indicators.analysis.ReportRun` from the
``report`` parameter (the cell tagged ``parameters``, papermill's convention) and shows what
the package computes. Prose is in Chinese for the analysts who read it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from .outputs import write_text_atomic
from .paths import notebooks_dir

SETUP = """\
import pandas as pd

from indicators import analysis, charts, tables, text_views

charts.strict_glyphs()  # 缺字（方框）即报错
pd.set_option("display.max_colwidth", 120)
pd.set_option("display.max_rows", 300)"""

PARAMETERS = """\
report = None  # 报告文件路径；None 表示内置报告
history_csv = None  # 可选：分析人员提供的历年数据（indicator, year, value, unit）
seasonal_csv = None  # 可选：月度季节性分布（month, weight，可含 indicator）
dpi = 150  # 保存 PNG 图表的分辨率"""

RUN = (
    "run = analysis.ReportRun(report, history_csv=history_csv, seasonal_csv=seasonal_csv, dpi=dpi)"
)


def _notebook(cells: list) -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    for number, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{number:02d}"
    return nb


def _head(title: str, intro: str) -> list:
    parameters = new_code_cell(PARAMETERS)
    parameters.metadata["tags"] = ["parameters"]
    return [
        new_markdown_cell(f"# {title}\n\n{intro}"),
        new_code_cell(SETUP),
        new_markdown_cell(
            "## 参数\n\n下一格带有 `parameters` 标签（papermill 约定）："
            "改动 `report` 即可对其他报告运行整套笔记本。"
        ),
        parameters,
        new_code_cell(RUN + "\nrun.summary()"),
    ]


def clean_notebook() -> nbformat.NotebookNode:
    """``01-clean``: raw and clean text side by side, the sections, the review comments."""
    return _notebook(
        [
            *_head(
                "01 清洗：原文与清洗后文本",
                "读入报告（自动识别编码），还原硬换行、去掉页首空格和行内批注，把全角数字和标点"
                "规范为半角，并为每个字符保留其原文行号。",
            ),
            new_markdown_cell(
                "## 原文与清洗后文本对照\n\n以下是含数字的前几个段落："
                "左为原文各行（`⏎` 表示原文换行），"
                "右为清洗后的段落。"
            ),
            new_code_cell("text_views.raw_and_clean(run.report, count=4)"),
            new_markdown_cell("## 章节\n\n`part` 为 `review`（回顾上年）或 `plan`（部署新一年）。"),
            new_code_cell("text_views.sections_table(run.report)"),
            new_markdown_cell(
                "## 审阅批注\n\n批注不属于报告正文，单独保存，并注明其所在原文行和前文（锚点）。"
            ),
            new_code_cell("tables.comments_table(run.report)"),
            new_markdown_cell("## 保存\n\n段落表、批注表和修订表写入 `data/processed/<报告名>/`。"),
            new_code_cell(
                "paths = run.write_clean_tables()\n"
                "pd.DataFrame({'表': list(paths), '文件': [p.name for p in paths.values()]})"
            ),
        ]
    )


def claims_notebook() -> nbformat.NotebookNode:
    """``02-claims-and-series``: the claims table and the output, tax and investment series."""
    return _notebook(
        [
            *_head(
                "02 数据表述与指标序列",
                "从报告中提取每一处数量表述（指标、时期、实际或目标、数值、单位、增速、原文行），"
                "再据此整理产值、税收和投资序列：报告所列的实际值和目标值，以及由数值和增速推算、"
                "报告未直接列出的数值（标注为推算）。",
            ),
            new_markdown_cell(
                "## 数据表述表\n\n每一行都可凭“位置”（原文行、段或表格单元格）和“原文”"
                "（摘录）回查。"
            ),
            new_code_cell("analysis.for_reading(run.claims)"),
            new_markdown_cell(
                "## 产值、税收和投资序列\n\n“类型”为实际、目标或推算；“下限”～“上限”为该数值的"
                "舍入区间。序列保存为 `series.csv`（英文列名，供程序读取）。"
            ),
            new_code_cell("analysis.for_reading(run.series)"),
            new_code_cell("(run.processed / 'series.csv').is_file()"),
            new_markdown_cell("## 分行业产值\n\n斜线为推算值，灰色点纹为目标隐含的余项。"),
            new_code_cell(
                "run.show(charts.sector_output_chart(run.series, run.components, run.meta), "
                "'c-sector-output')"
            ),
            new_markdown_cell("## 税收与投资\n\n空心点与虚线为推算值，方块为目标。"),
            new_code_cell(
                "run.show(charts.tax_investment_chart(run.series, run.meta), 'e-tax-investment')"
            ),
        ]
    )


def checks_notebook() -> nbformat.NotebookNode:
    """``03-check-arithmetic``: every relation with its verdict, inconsistencies explained."""
    return _notebook(
        [
            *_head(
                "03 算术关系核对",
                "逐一核对数据之间的算术关系（分项之和、部分不大于整体、增速与水平值、总量增速与"
                "分项增速、数量变化、比率、同一数量两处表述、目标隐含的余项）。每个数字代表一个"
                "舍入区间（如 9.30 代表 9.295～9.305），只要区间内存在满足关系的取值即判为一致。",
            ),
            new_markdown_cell("## 核对结果汇总"),
            new_code_cell("analysis.verdict_counts(run.checks)"),
            new_markdown_cell("## 全部关系及其结论"),
            new_code_cell("analysis.for_reading(run.checks)"),
            new_markdown_cell(
                "## 不一致的关系\n\n逐项给出所述与推算的数值、差距，以及最接近的一致写法"
                "（改数值、改基数或改增速）。以可比价计算的增速与现价水平值之间可能存在合理差异，"
                "此处只说明不一致的程度，不断言孰对孰错。"
            ),
            new_code_cell("analysis.inconsistent_explained(run.checks)"),
            new_markdown_cell("## 所述增速与推算增速"),
            new_code_cell(
                "run.show(charts.growth_checks_chart(run.checks, run.meta), 'b-growth-checks')"
            ),
        ]
    )


def targets_notebook() -> nbformat.NotebookNode:
    """``04-targets``: the targets projected, monthly paths, left-out components, trends."""
    return _notebook(
        [
            *_head(
                "04 目标测算",
                "逐项测算报告提出的目标：当前水平、目标、所述增速与隐含增速，以及按所述增速应达到的"
                "水平；实现各项水平目标所需的逐月累计进度；目标对未列目标的构成部分意味着什么；"
                "数据点足够时，用趋势模型与目标比较。",
            ),
            new_markdown_cell(
                "## 各项目标\n\n“隐含增速”为目标水平相对当前水平的增速（含舍入区间），"
                "“按所述增速应达”为按所述增速应达到的水平。表格保存为 `targets.csv`（英文列名，"
                "供程序读取）。"
            ),
            new_code_cell("analysis.for_reading(run.projections)"),
            new_code_cell(
                "run.show(charts.target_levels_chart(run.projections, run.meta), 'a-target-levels')"
            ),
            new_markdown_cell(
                "## 逐月累计进度\n\n时序进度：第 m 月末累计应完成全年目标的 m/12；提供季节性分布"
                "（`seasonal_csv`）时按其累计比例。增速目标与累计同比增速比较，不按月分摊。"
            ),
            new_code_cell(
                "run.monthly.pivot(index='month', columns='name', values='required')"
                ".reindex([str(m) for m in range(1, 13)]).rename_axis(index='月', columns='指标')"
            ),
            new_code_cell(
                "run.show(charts.monthly_path_chart(run.monthly, run.meta), 'd-monthly-path')"
            ),
            new_markdown_cell("## 目标对未列目标部分的含义"),
            new_code_cell("analysis.for_reading(run.components)"),
            new_code_cell("for sentence in run.components['explanation']:\n    print(sentence)"),
            new_markdown_cell(
                "## 趋势模型\n\n某指标至少有 3 个年度数据点（来自多份报告，"
                "或分析人员以 `history_csv` 提供的历年数据）时，"
                "拟合对数线性趋势（statsmodels OLS），给出目标年的 95% 预测区间"
                "并与目标比较；数据点不足时说明原因，不拟合模型。"
            ),
            new_code_cell("analysis.for_reading(run.trends)"),
            new_code_cell(
                "for sentence in analysis.trend_sentences(run.trends):\n    print(sentence)"
            ),
        ]
    )


BATCH_SETUP = """\
import pandas as pd
from IPython.display import display

from indicators import batch_run, charts

charts.strict_glyphs()  # 缺字（方框）即报错
pd.set_option("display.max_colwidth", 120)
pd.set_option("display.max_rows", 300)"""

BATCH_PARAMETERS = """\
reports = None  # 报告文件或文件夹的列表；None 表示 data/raw 中的全部报告
out = None  # 输出文件夹；None 表示 data/processed/_batch
workers = None  # 并行进程数；None 表示每个 CPU 核一个
dpi = 150  # 保存 PNG 图表的分辨率"""


def many_reports_notebook() -> nbformat.NotebookNode:
    """``05-many-reports``: a batch of reports, across places and across years."""
    parameters = new_code_cell(BATCH_PARAMETERS)
    parameters.metadata["tags"] = ["parameters"]
    return _notebook(
        [
            new_markdown_cell(
                "# 05 多份报告：各地对比与目标完成情况\n\n"
                "一次核查多份报告（例如一个区各镇的征求意见稿，或同一地区的相邻年份）："
                "逐份提取数据、核对算术关系，合并成带 `report`、`place`、`year` 列的总表；"
                "再横向比较各地同一指标的总量、增速和目标，纵向把某年报告提出的目标与下一年"
                "报告所述的实际数对照。"
            ),
            new_code_cell(BATCH_SETUP),
            new_markdown_cell(
                "## 参数\n\n下一格带有 `parameters` 标签（papermill 约定）："
                "`reports` 可列出文件，也可列出文件夹（其中的 .txt、.docx、.pdf 报告都会处理）。"
            ),
            parameters,
            new_code_cell(
                "run = batch_run.BatchRun(reports, out=out, workers=workers, dpi=dpi)\nrun.status()"
            ),
            new_markdown_cell(
                "## 逐份报告\n\n每份报告提取的数据条数、核查的关系、不一致的项数，"
                "以及最需关注的问题（按不一致优先、关系类型和差距大小排序后的第一项）。"
            ),
            new_code_cell(
                "run.overview[['report', 'place', 'year', 'claims_found', 'relations_checked', "
                "'inconsistent', 'worst_finding', 'worst_location']]"
            ),
            new_markdown_cell(
                "## 未能处理的报告\n\n处理失败的报告记入总览表的 `error` 列，不影响其他报告。"
            ),
            new_code_cell("run.failures()"),
            new_markdown_cell("## 各地各年的数据条数"),
            new_code_cell("run.claims_by_place()"),
            new_markdown_cell("## 全部不一致的关系\n\n`lines` 为原文行号，可据此回查。"),
            new_code_cell("run.inconsistencies()"),
            new_markdown_cell(
                "## 各地对比\n\n取在最多地区都列出实际数的指标，并列各地最新一份报告中的"
                "总量、增速和下一年目标增速。总量已换算为同一单位。"
            ),
            new_code_cell(
                "for number, profile in enumerate(run.comparisons(), start=1):\n"
                "    display(profile, run.show(run.places_chart(profile), f'places-{number}'))"
            ),
            new_markdown_cell(
                "## 目标与下一年实际\n\n某年报告提出的目标，对照下一年报告所述的实际数"
                "（同一地区、同一指标、同一年度）。目标视为决策值，实际数按其舍入区间判断："
                "`certain` 为 `false` 表示实际数的舍入区间跨过目标，结论不确定；"
                "“左右”的目标允许一个有效位（至多十分之一）的差距，差距在此以内记为基本达到。"
            ),
            new_code_cell(
                "run.outcomes[['place', 'indicator', 'year', 'measure', 'target', 'actual', "
                "'verdict', 'certain', 'margin', 'margin_unit', 'explanation']]"
            ),
            new_code_cell("run.show(run.targets_chart(), 'targets')"),
            new_markdown_cell(
                "## 输出文件\n\n合并的数据表、概览简报 `brief.html` 和图表都在输出文件夹中。"
            ),
            new_code_cell("sorted(str(p.relative_to(run.out)) for p in run.out.rglob('*'))"),
        ]
    )


#: Notebooks run on many reports at once (not part of the one-report suite).
BATCH_NOTEBOOKS = {
    "05-many-reports.ipynb": many_reports_notebook,
}

#: Notebook file names and their builders, in the order the suite runs.
NOTEBOOKS = {
    "01-clean.ipynb": clean_notebook,
    "02-claims-and-series.ipynb": claims_notebook,
    "03-check-arithmetic.ipynb": checks_notebook,
    "04-targets.ipynb": targets_notebook,
}


def notebook_text(name: str) -> str:
    """The committed text of notebook ``name`` (JSON, no outputs, newline-terminated).

    Examples
    --------
    >>> '"parameters"' in notebook_text("01-clean.ipynb")
    True
    """
    nb = {**NOTEBOOKS, **BATCH_NOTEBOOKS}[name]()
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def write_notebooks(folder: str | Path | None = None) -> list[Path]:
    """Write every notebook of the suite into ``folder`` (default ``notebooks/``)."""
    target = Path(folder) if folder is not None else notebooks_dir()
    written = []
    for name in {**NOTEBOOKS, **BATCH_NOTEBOOKS}:
        written.append(write_text_atomic(target / name, notebook_text(name)))
    return written


if __name__ == "__main__":  # pragma: no cover
    for path in write_notebooks(sys.argv[1] if len(sys.argv) > 1 else None):
        print(path)
