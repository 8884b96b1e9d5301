"""One report's analysis as the notebooks use it: tables computed once, saved where they
belong, and charts shown and saved.

The notebooks stay thin: each creates a :class:`ReportRun` from its ``report`` parameter and
shows what the run computes. Tables go to ``data/processed/<report-stem>/`` and charts to
``figures/<report-stem>/`` (both under :func:`indicators.paths.project_root`, which
``INDICATORS_HOME`` can move).
"""

from __future__ import annotations

import importlib
import io
from functools import cached_property
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from .brief_html import CHECK_LABELS
from .charts.meta import ChartMeta
from .charts.style import chart_style, save_figure
from .claims_table import claims_table
from .cleaning import Report, load_report
from .outputs import write_csv_atomic
from .paths import default_report, figures_dir, processed_dir
from .pipeline import clean_tables, write_named_tables
from .reading import for_reading
from .series import build_series
from .targets import implied_components, monthly_path, project_targets
from .trend import fit_trends, history_points


def _read_optional_csv(path: str | Path | None) -> pd.DataFrame | None:
    if path is None or str(path) == "":
        return None
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _as_text(table: pd.DataFrame) -> pd.DataFrame:
    """All cells as strings, missing ones empty."""
    return table.astype(object).where(table.notna(), "").astype(str)


def _run_checks(claims: pd.DataFrame, report: Report) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The checks table and the derived values (the arithmetic checks, issue 4)."""
    try:
        checking = importlib.import_module("indicators.checking")
    except ModuleNotFoundError:
        raise RuntimeError(
            "the arithmetic checks (indicators.checking) are not installed"
        ) from None
    result = checking.check_claims(claims, report)
    return result.table, result.derived_table


class ReportRun:
    """Everything the notebooks show about one report, computed on first use.

    Parameters
    ----------
    report
        Path of the report; ``None`` for the embedded report.
    history_csv
        Optional annual history supplied by the analyst (``indicator, year, value, unit``).
    seasonal_csv
        Optional seasonal profile for the monthly path (``month, weight[, indicator]``).
    dpi
        Resolution of saved PNG charts.

    Examples
    --------
    >>> run = ReportRun(None)
    >>> run.report.plan_year, run.processed.name == run.report.stem
    (2021, True)
    """

    def __init__(
        self,
        report: str | Path | None = None,
        history_csv: str | Path | None = None,
        seasonal_csv: str | Path | None = None,
        dpi: float = 150,
    ) -> None:
        self.path = Path(report) if report else default_report()
        self.history_csv = history_csv
        self.seasonal_csv = seasonal_csv
        self.dpi = dpi

    @cached_property
    def report(self) -> Report:
        """The cleaned report."""
        return load_report(self.path)

    @cached_property
    def meta(self) -> ChartMeta:
        """Place, source line and years for the charts."""
        return ChartMeta.from_report(self.report)

    @property
    def processed(self) -> Path:
        """``data/processed/<report-stem>/``."""
        return processed_dir(self.report.stem)

    @property
    def figures(self) -> Path:
        """``figures/<report-stem>/``."""
        return figures_dir(self.report.stem)

    def summary(self) -> pd.DataFrame:
        """Facts about the report, in Chinese, as a two-column table."""
        r = self.report
        facts = {
            "文件": self.path.name,
            "标题": r.title or "（未识别）",
            "地点": self.meta.place_label,
            "回顾年份": r.review_year or "（未识别）",
            "计划年份": r.plan_year or "（未识别）",
            "编码": r.encoding,
            "原文行数": len(r.raw_lines),
            "段落数": len(r.paragraphs),
            "批注数": len(r.comments),
        }
        return pd.DataFrame({"项目": list(facts), "内容": [str(v) for v in facts.values()]})

    def write_clean_tables(self) -> dict[str, Path]:
        """Write the cleaning step's tables (paragraphs, comments, revisions); return their paths.

        Claims and checks are written by the notebooks that compute them.
        """
        return write_named_tables(clean_tables(self.report), self.report, self.processed)

    @cached_property
    def _claims(self) -> pd.DataFrame:
        table = claims_table(self.report)
        write_csv_atomic(table, self.processed / "claims.csv")
        return table

    @property
    def claims(self) -> pd.DataFrame:
        """The claims table (:func:`indicators.claims_table`), also written as ``claims.csv``."""
        return _as_text(self._claims)

    @cached_property
    def _checked(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        checks, derived = _run_checks(self.claims, self.report)
        write_csv_atomic(checks, self.processed / "checks.csv")
        write_csv_atomic(derived, self.processed / "derived.csv")
        return _as_text(checks), _as_text(derived)

    @property
    def checks(self) -> pd.DataFrame:
        """The checks table, also written as ``checks.csv``."""
        return self._checked[0]

    @property
    def derived(self) -> pd.DataFrame:
        """Values the report implies but does not print (``derived.csv``)."""
        return self._checked[1]

    @cached_property
    def series(self) -> pd.DataFrame:
        """The output, tax and investment series, also written as ``series.csv``."""
        table = build_series(self.claims, self.derived)
        write_csv_atomic(table, self.processed / "series.csv")
        return table

    @cached_property
    def projections(self) -> pd.DataFrame:
        """One row per target (:func:`indicators.targets.project_targets`)."""
        table = project_targets(self.claims, self.derived)
        write_csv_atomic(table, self.processed / "targets.csv")
        return table

    @cached_property
    def monthly(self) -> pd.DataFrame:
        """The monthly cumulative path to each level target."""
        profile = _read_optional_csv(self.seasonal_csv)
        table = monthly_path(self.projections, profile, self.report.plan_year)
        write_csv_atomic(table, self.processed / "monthly-path.csv")
        return table

    @cached_property
    def components(self) -> pd.DataFrame:
        """What the targets imply for the components they leave out."""
        return implied_components(self.claims, self.derived)

    @cached_property
    def trends(self) -> pd.DataFrame:
        """Trend fits per target indicator (or why none was fitted)."""
        points = history_points(self.series, _read_optional_csv(self.history_csv))
        return fit_trends(points, self.projections)

    def show(self, fig: Figure, name: str):
        """Save ``fig`` as ``figures/<stem>/<name>.png`` and ``.svg`` and return a PNG image
        of it (drawn with the screen font) for the notebook to display."""
        from IPython.display import Image

        save_figure(fig, self.figures, name, dpi=self.dpi)
        buf = io.BytesIO()
        with chart_style():
            fig.savefig(buf, format="png", dpi=min(self.dpi, 110))
        return Image(data=buf.getvalue(), format="png")


_VERDICT_ZH = {"consistent": "一致", "inconsistent": "不一致", "not_assessable": "无法判断"}


def verdict_counts(checks: pd.DataFrame) -> pd.DataFrame:
    """How many relations of each kind got each verdict.

    Examples
    --------
    >>> checks = pd.DataFrame({"check": ["growth", "growth", "sum"],
    ...     "verdict": ["inconsistent", "consistent", "consistent"]})
    >>> verdict_counts(checks).values.tolist()
    [['增速与总量', 1, 1, 0], ['分项之和', 1, 0, 0]]
    """
    table = pd.crosstab(checks["check"], checks["verdict"])
    for verdict in _VERDICT_ZH:
        if verdict not in table.columns:
            table[verdict] = 0
    table = table[list(_VERDICT_ZH)].rename(columns=_VERDICT_ZH).reset_index()
    table.columns.name = None
    table["check"] = table["check"].map(lambda c: CHECK_LABELS.get(c, c))
    return table.rename(columns={"check": "关系"})


def inconsistent_explained(checks: pd.DataFrame) -> pd.DataFrame:
    """The inconsistent relations with their numbers, suggestion and explanation.

    Examples
    --------
    >>> checks = pd.DataFrame({"check": ["growth"], "verdict": ["inconsistent"], "gap": ["3"],
    ...     "indicators": ["x"], "period": ["2022..2023"], "stated": ["8%"],
    ...     "recomputed": ["11%"], "suggestion": ["s"], "explanation": ["e"], "lines": ["9"]})
    >>> inconsistent_explained(checks).columns.tolist()[:3]
    ['关系', '指标', '时期']
    """
    rows = checks[checks["verdict"] == "inconsistent"]
    columns = {
        "check": "关系",
        "indicators": "指标",
        "period": "时期",
        "stated": "所述",
        "recomputed": "推算",
        "gap": "差距",
        "suggestion": "最接近的一致写法",
        "explanation": "说明",
        "lines": "原文行",
    }
    present = [c for c in columns if c in rows.columns]
    return for_reading(rows[present], columns).reset_index(drop=True)


def trend_sentences(trends: pd.DataFrame) -> list[str]:
    """One Chinese sentence per target indicator about its trend fit.

    Examples
    --------
    >>> trends = pd.DataFrame({"indicator": ["x"], "unit": ["亿元"], "target_year": ["2023"],
    ...     "points": ["2"], "years": ["2021、2022"], "model": [""], "predicted": [""],
    ...     "pi_lo": [""], "pi_hi": [""], "trend_growth_pct": [""], "target": ["5"],
    ...     "target_vs_trend": [""], "reason": ["只有2个年度数据点，少于3个，不拟合趋势模型"]})
    >>> trend_sentences(trends)
    ['x：只有2个年度数据点，少于3个，不拟合趋势模型（现有年份：2021、2022）。']
    """
    where = {"above": "高于预测区间", "within": "在预测区间之内", "below": "低于预测区间"}
    out = []
    for _, t in trends.iterrows():
        if not t["model"]:
            years = f"（现有年份：{t['years']}）" if t["years"] else ""
            out.append(f"{t['indicator']}：{t['reason']}{years}。")
            continue
        sentence = (
            f"{t['indicator']}：{t['model']}基于{t['points']}个年度数据点（{t['years']}），"
            f"年均增长{t['trend_growth_pct']}%，{t['target_year']}年预测{t['predicted']}{t['unit']}，"
            f"95%预测区间{t['pi_lo']}～{t['pi_hi']}{t['unit']}"
        )
        if t["target"]:
            sentence += f"；目标{t['target']}{t['unit']}{where.get(t['target_vs_trend'], '')}"
        out.append(sentence + "。")
    return list(dict.fromkeys(out))  # one sentence per indicator, however many targets it has
