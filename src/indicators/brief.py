"""The main job: from a report to a self-contained HTML brief, in one command.

:func:`build_brief` validates the report, executes the notebook suite with the report as its
parameter (the notebooks write the tables under ``data/processed/<stem>/`` and the charts
under ``figures/<stem>/``), then lays the results out with :mod:`indicators.brief_html` and
writes ``<stem>.html`` atomically. The executed notebooks are saved beside it in ``<stem>/``.
A failing notebook raises :class:`~indicators.suite.SuiteError` before anything is written,
so an earlier brief stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .brief_html import BriefContent, BriefFigure, render_brief
from .charts.fonts import packaged_font_path
from .charts.report_charts import CHARTS
from .cleaning import load_report
from .outputs import write_text_atomic
from .paths import default_report, figures_dir, processed_dir, reports_dir
from .place import detect_place
from .suite import SUITE, execute_suite


@dataclass(frozen=True)
class BriefResult:
    """Where the brief and the executed notebooks were written."""

    html: Path
    notebooks: tuple[Path, ...]


def read_table(path: Path) -> pd.DataFrame:
    """Read a table the notebooks wrote, every cell as printed (``9.30`` stays ``9.30``).

    A table that was not written (for example no comments) reads as empty.
    """
    if not path.is_file():
        return pd.DataFrame()
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def brief_figures(figure_dir: Path) -> list[BriefFigure]:
    """The report's charts in the order of :data:`~indicators.charts.report_charts.CHARTS`."""
    figures = []
    for name, caption in CHARTS.items():
        png = figure_dir / f"{name}.png"
        if png.is_file():
            figures.append(BriefFigure(caption=caption, png=png.read_bytes()))
    return figures


def build_brief(
    report: str | Path | None = None,
    out_dir: str | Path | None = None,
    progress: bool = True,
) -> BriefResult:
    """Execute the notebook suite on ``report`` and write its HTML brief.

    Parameters
    ----------
    report
        The report file; ``None`` for the embedded report.
    out_dir
        Folder for ``<stem>.html`` and the executed notebooks; defaults to ``reports/``.
    progress
        Show which notebook is running.

    Returns
    -------
    BriefResult

    Raises
    ------
    InputError
        The report cannot be read (before any notebook runs).
    SuiteError
        A notebook failed; the message names it and the cell.

    Examples
    --------
    >>> import tempfile
    >>> result = build_brief(None, tempfile.mkdtemp(), progress=False)  # doctest: +SKIP
    >>> result.html.name == default_report().stem + ".html"  # doctest: +SKIP
    True
    """
    path = Path(report).resolve() if report else default_report()
    cleaned = load_report(path)  # an unreadable report stops here, with a one-line error
    target = Path(out_dir) if out_dir is not None else reports_dir()
    executed = execute_suite({"report": str(path)}, target / cleaned.stem, progress=progress)
    tables = processed_dir(cleaned.stem)
    content = BriefContent(
        title=cleaned.title or "政府工作报告",
        source=path.name,
        claims=read_table(tables / "claims.csv"),
        checks=read_table(tables / "checks.csv"),
        comments=read_table(tables / "comments.csv"),
        figures=brief_figures(figures_dir(cleaned.stem)),
        place=detect_place(cleaned),
        review_year=cleaned.review_year,
        plan_year=cleaned.plan_year,
        notebooks_dir=f"{cleaned.stem}/（{len(SUITE)} 个笔记本）",
        font_path=packaged_font_path(),
        locate=cleaned.locate,
    )
    html = write_text_atomic(target / f"{cleaned.stem}.html", render_brief(content))
    return BriefResult(html=html, notebooks=tuple(nb.path for nb in executed))
