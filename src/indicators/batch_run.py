"""A batch as notebook 05 uses it: run once, then read back and explore its combined tables.

:class:`BatchRun` runs :func:`indicators.batch.run_batch` (or, with ``rerun=False``, reads
what an earlier run wrote) and offers the views the notebook shows: the summary, the reports
that failed, the inconsistencies of all reports, one indicator across places and the targets
against the next year's actuals, with their charts.
"""

from __future__ import annotations

import io
from functools import cached_property
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from .across_places import place_profile
from .batch import OUTCOMES, run_batch
from .batch_worker import PREFIX
from .charts.batch_charts import places_chart, targets_chart
from .charts.style import chart_style, save_figure
from .fact_store import FactStore
from .facts import facts_of
from .outputs import CSV_ENCODING
from .overview_brief import source_line
from .paths import batch_dir, raw_dir


class BatchRun:
    """The combined tables of a batch, and views of them.

    Parameters
    ----------
    reports
        Report files and folders; ``None`` for every report in ``data/raw``.
    out
        Output folder; ``None`` for ``data/processed/_batch``.
    workers
        Worker processes (``None``: one per core).
    rerun
        Run the batch now; ``False`` reads the outputs already in ``out``.
    brief
        Also write the overview brief and its charts when running the batch.
    dpi
        Resolution of saved PNG charts.

    Examples
    --------
    >>> import tempfile
    >>> from indicators.paths import default_report
    >>> run = BatchRun([default_report()], tempfile.mkdtemp(), workers=1, brief=False)
    >>> run.status().set_index("项目").loc["报告", "数量"]
    '1'
    """

    def __init__(
        self,
        reports: list[str | Path] | None = None,
        out: str | Path | None = None,
        workers: int | None = None,
        rerun: bool = True,
        brief: bool = True,
        dpi: float = 150,
    ) -> None:
        self.reports = [Path(r) for r in reports] if reports else [raw_dir()]
        self.out = Path(out) if out else batch_dir()
        self.dpi = dpi
        if rerun:
            run_batch(self.reports, self.out, workers=workers, progress=False, brief=brief)

    def table(self, name: str) -> pd.DataFrame:
        """A combined table of the batch (``claims``, ``checks``, ``overview`` ...) as strings."""
        path = self.out / f"{name}.csv"
        return pd.read_csv(path, encoding=CSV_ENCODING, dtype=str, keep_default_na=False)

    @cached_property
    def overview(self) -> pd.DataFrame:
        """One row per report: place, year, what was found, the worst finding, the error."""
        return self.table("overview")

    @cached_property
    def claims(self) -> pd.DataFrame:
        """The claims of every report."""
        return self.table("claims")

    @cached_property
    def checks(self) -> pd.DataFrame:
        """The relations checked in every report."""
        return self.table("checks")

    @cached_property
    def outcomes(self) -> pd.DataFrame:
        """Targets against the actuals of the next year's report."""
        return self.table(OUTCOMES)

    def status(self) -> pd.DataFrame:
        """The batch in numbers, in Chinese, as a two-column table."""
        o = self.overview
        ok = o[o["error"] == ""]

        def total(column: str) -> int:
            return int(pd.to_numeric(ok[column]).sum()) if not ok.empty else 0

        verdicts = self.outcomes["verdict"].value_counts()
        facts = {
            "报告": len(o),
            "处理失败": int((o["error"] != "").sum()),
            "地区": ok["place"].replace("", pd.NA).nunique(),
            "提取的数据": total("claims_found"),
            "核查的关系": total("relations_checked"),
            "不一致": total("inconsistent"),
            "目标对照": len(self.outcomes),
            "其中未达到": int(verdicts.get("missed", 0)),
        }
        return pd.DataFrame({"项目": list(facts), "数量": [str(v) for v in facts.values()]})

    def failures(self) -> pd.DataFrame:
        """The reports that could not be processed, with their error."""
        return self.overview.loc[self.overview["error"] != "", ["report", "error"]]

    def inconsistencies(self) -> pd.DataFrame:
        """Every inconsistent relation of every report, with where it is printed."""
        c = self.checks
        columns = [*PREFIX, "check", "gap", "gap_unit", "explanation", "lines"]
        return c.loc[c["verdict"] == "inconsistent", columns].reset_index(drop=True)

    def claims_by_place(self) -> pd.DataFrame:
        """How many claims each place's report of each year holds."""
        c = self.claims
        return c.pivot_table(
            index="place", columns="year", values="claim_id", aggfunc="count", fill_value=0
        )

    def comparisons(self, limit: int = 3) -> list[pd.DataFrame]:
        """Place profiles of the indicators stated by the most places (see
        :func:`indicators.across_places.place_profile`)."""
        with FactStore(":memory:") as store:
            for (report, place, year), rows in self.claims.groupby(PREFIX, sort=True):
                store.add(facts_of(rows.reset_index(drop=True), report, place, year))
            return [
                place_profile(key, store.latest_by_place(key))
                for key, _ in store.subjects_by_places(limit)
            ]

    @property
    def source(self) -> str:
        """The charts' source line."""
        return source_line(self.overview)

    def places_chart(self, profile: pd.DataFrame) -> Figure:
        """One indicator across places (level, growth, next year's target growth)."""
        return places_chart(profile, self.source)

    def targets_chart(self) -> Figure:
        """Targets against the next year's actuals."""
        return targets_chart(self.outcomes, self.source)

    def show(self, fig: Figure, name: str):
        """Save ``fig`` as ``<out>/figures/<name>.png`` and ``.svg`` and return a PNG image of
        it (drawn with the screen font) for the notebook to display."""
        from IPython.display import Image

        save_figure(fig, self.out / "figures", name, dpi=self.dpi)
        buf = io.BytesIO()
        with chart_style():
            fig.savefig(buf, format="png", dpi=min(self.dpi, 110))
        return Image(data=buf.getvalue(), format="png")
