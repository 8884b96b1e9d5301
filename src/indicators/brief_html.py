"""Render the HTML brief: one self-contained, escaped, offline file.

Everything the brief shows comes from the tables and figures the notebooks produced; this
module only lays them out. All report text passes through Jinja2's autoescaping, images and
the (subset) font are embedded as ``data:`` URIs, and a Content-Security-Policy forbids any
network request, so the file renders the same offline and cannot run script from a report.
"""

from __future__ import annotations

import base64
import io
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ._version import __version__
from .period_cells import period_label

CHECK_LABELS = {
    "sum": "分项之和",
    "part_of_whole": "部分不大于整体",
    "disjoint_parts": "互不重叠的部分之和不大于整体",
    "class_counts": "按规模分档的数量之和与总数",
    "growth": "增速与总量",
    "average_growth": "年均增速与首末年总量",
    "average_span": "年均增速与累计增速",
    "growth_total_vs_parts": "总量增速与分项增速",
    "count_change": "数量变化",
    "additions": "新增数不少于净增数",
    "net_flows": "新增减去减少等于净增",
    "share": "比率与计数",
    "same_quantity": "同一数量两处表述",
    "residual": "目标隐含的余项",
    "structure": "结构比重",
    "points_change": "百分点变化",
    "growth_gap": "两个增速之差",
    "per_unit": "亩均、户均数与总量",
    "ratio": "比值与两项总量",
    "rate_change": "增速与前期增速之差",
    "change_amount": "增减量与增速",
}
#: A relation that holds but that an analyst should look at (an implied fall).
FLAGGED_LABEL = "！需留意"
VERDICT_LABELS = {
    "inconsistent": "✗ 不一致",
    "not_assessable": "？无法判断",
    "consistent": "✓ 一致",
}
_VERDICT_ORDER = {"inconsistent": 0, "not_assessable": 1, "consistent": 2}
_CHECK_PRIORITY = ["growth", "sum", "residual", "growth_total_vs_parts", "same_quantity"]
CLAIM_LABELS = {
    "indicator": "指标",
    "name": "原文名称",
    "parent": "所属总量",
    "period": "时期",
    "kind": "类型",
    "value": "数值",
    "unit": "单位",
    "growth_pct": "增速（%）",
    "growth_basis": "增速口径",
    "qualifier": "限定",
    "scope": "范围",
    "location": "位置",
    "quote": "原文",
}
KIND_LABELS = {"actual": "实际", "target": "目标"}


@dataclass(frozen=True)
class BriefFigure:
    """A chart to embed: its caption (Chinese) and PNG bytes."""

    caption: str
    png: bytes


@dataclass
class BriefContent:
    """Everything the brief shows."""

    title: str
    source: str
    claims: pd.DataFrame
    checks: pd.DataFrame
    comments: pd.DataFrame
    figures: list[BriefFigure] = field(default_factory=list)
    place: str = ""
    review_year: int | None = None
    plan_year: int | None = None
    notebooks_dir: str = ""
    font_path: Path | None = None
    locate: Callable[[int], str] | None = None


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if value is pd.NA:
        return ""
    return str(value)


def _gap_size(gap: object) -> Decimal:
    try:
        return abs(Decimal(_text(gap).split()[0].rstrip("%")))
    except (InvalidOperation, IndexError):
        return Decimal(0)


def _png_size(png: bytes) -> tuple[int, int]:
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _line_numbers(lines: object) -> list[int]:
    out = []
    for token in _text(lines).replace("，", ",").replace(";", ",").split(","):
        token = token.strip()
        if "-" in token:
            token = token.split("-")[0]
        if token.isdigit():
            out.append(int(token))
    return out


def _most_urgent(findings: list[dict], most: int = 5) -> list[dict]:
    """The findings the summary lists first: the inconsistent ones, one per relation (a sum
    found twice, from the text and from a table, once), then those that hold but ask to be
    looked at; at most ``most``."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for verdict in ("inconsistent", "flagged"):
        for f in findings:
            key = (f["check_label"], f["indicators"], f["period"])
            if f["verdict"] == verdict and key not in seen and len(out) < most:
                seen.add(key)
                out.append(f)
    return out


def ordered_findings(checks: pd.DataFrame) -> pd.DataFrame:
    """Checks ordered for reading: inconsistent first, then by kind of check and gap size.

    Examples
    --------
    >>> t = pd.DataFrame({"check": ["sum", "growth"], "verdict": ["consistent", "inconsistent"],
    ...                   "gap": ["", "6.78"]})
    >>> ordered_findings(t)["check"].tolist()
    ['growth', 'sum']
    """
    if checks.empty:
        return checks
    rows = checks.to_dict("records")
    order = sorted(range(len(rows)), key=lambda i: reading_key(rows[i]))
    return checks.iloc[order].reset_index(drop=True)


def reading_key(row: Mapping[str, object]) -> tuple:
    """Sort key of a check (a row of the checks table) in reading order: inconsistent first,
    then by kind of check (growth, sum, residual, ...), then the larger gap first.

    Examples
    --------
    >>> rows = [{"check": "sum", "verdict": "inconsistent", "gap": "0.10"},
    ...         {"check": "growth", "verdict": "inconsistent", "gap": "6.78"},
    ...         {"check": "growth", "verdict": "consistent", "gap": ""}]
    >>> [(r["check"], r["verdict"]) for r in sorted(rows, key=reading_key)][:2]
    [('growth', 'inconsistent'), ('sum', 'inconsistent')]
    """
    check = _text(row.get("check"))
    priority = _CHECK_PRIORITY.index(check) if check in _CHECK_PRIORITY else 99
    verdict = _text(row.get("verdict"))
    order = _VERDICT_ORDER.get(verdict, 3)
    if verdict == "consistent" and _text(row.get("flag")):
        order = 0.5  # holds, but asks to be looked at (an implied fall): right after the errors
    return (order, priority, -_gap_size(row.get("gap")))


def _split(cell: object, sep: str) -> list[str]:
    return [part.strip() for part in _text(cell).split(sep) if part.strip()]


def _quotes_for(row: pd.Series, claims: pd.DataFrame, locate: Callable[[int], str]) -> list:
    """The quotes of the claims a check involves, each with where it stands in the report.

    Uses the check's own ``claim_ids`` and ``quotes`` when the table has them; otherwise
    falls back to the claims printed on the check's raw lines.
    """
    ids, quotes = _split(row.get("claim_ids"), ";"), _split(row.get("quotes"), " | ")
    lines_by_id: dict[str, int] = {}
    if "claim_id" in claims and "line" in claims:
        lines_by_id = {
            _text(cid): int(line)
            for cid, line in zip(claims["claim_id"], claims["line"], strict=True)
            if _text(line).isdigit()
        }
    out: list[dict[str, str]] = []
    if ids and len(ids) == len(quotes):
        for cid, quote in zip(ids, quotes, strict=True):
            line = lines_by_id.get(cid)
            out.append({"where": locate(line) if line else "", "quote": quote})
        return out
    if claims.empty or "line" not in claims or "quote" not in claims:
        return out
    for line in _line_numbers(row.get("lines")):
        for quote in claims.loc[claims["line"].astype(str) == str(line), "quote"]:
            out.append({"where": locate(line), "quote": _text(quote)})
    return out


def font_face(font_path: Path | None, text: str) -> dict[str, str] | None:
    """A WOFF subset of ``font_path`` covering ``text``, base64-encoded for ``@font-face``.

    Returns ``None`` when no font is given. Subsetting keeps the brief small (a few hundred
    kilobytes instead of the whole CJK font) while it renders the same on any machine.
    """
    if font_path is None:
        return None
    from fontTools import subset
    from fontTools.ttLib import TTCollection, TTFont

    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    number = 0
    if str(font_path).lower().endswith(".ttc"):
        faces = TTCollection(str(font_path), lazy=True).fonts
        names = [face["name"].getDebugName(1) or "" for face in faces]
        number = next((i for i, n in enumerate(names) if n.endswith(" SC")), 0)
    font = TTFont(str(font_path), fontNumber=number, lazy=False, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(set(text))))
    subsetter.subset(font)
    buf = io.BytesIO()
    subset.save_font(font, buf, options)
    return {
        "mime": "font/woff",
        "format": "woff",
        "data": base64.b64encode(buf.getvalue()).decode("ascii"),
    }


def template_environment() -> Environment:
    """The Jinja2 environment of the briefs: package templates, autoescaping, strict names."""
    return Environment(
        loader=PackageLoader("indicators", "templates"),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_brief(content: BriefContent) -> str:
    """Render the brief as one HTML document.

    Parameters
    ----------
    content
        Tables, figures and facts about the report.

    Returns
    -------
    str
        The HTML text. Report text in it is escaped.

    Examples
    --------
    >>> empty = pd.DataFrame()
    >>> html = render_brief(BriefContent("报告<script>", "r.txt", empty, empty, empty))
    >>> "<script>" in html, "报告&lt;script&gt;" in html
    (False, True)
    """
    env = template_environment()
    checks = ordered_findings(content.checks)
    claims = content.claims
    locate = content.locate or (lambda line: f"第 {line} 行")
    findings = []
    for _, row in checks.iterrows():
        verdict = _text(row.get("verdict"))
        check = _text(row.get("check"))
        flagged = verdict == "consistent" and bool(_text(row.get("flag")))
        findings.append(
            {
                "verdict": "flagged" if flagged else verdict,
                "verdict_label": FLAGGED_LABEL if flagged else VERDICT_LABELS.get(verdict, verdict),
                "check_label": CHECK_LABELS.get(check, check),
                **{
                    k: _text(row.get(k))
                    for k in (
                        "indicators",
                        "period",
                        "stated",
                        "recomputed",
                        "gap",
                        "gap_unit",
                        "suggestion",
                        "explanation",
                        "lines",
                    )
                },
                "period_text": period_label(_text(row.get("period"))),
                "lines_text": _text(row.get("locations")).replace("; ", "、")
                or "、".join(f"第 {n} 行" for n in _line_numbers(row.get("lines"))),
                "quotes": _quotes_for(row, claims, locate),
            }
        )
    verdicts = checks["verdict"].tolist() if "verdict" in checks else []
    summary = {
        "claims": len(claims),
        "relations": len(checks),
        "inconsistent": verdicts.count("inconsistent"),
        "consistent": verdicts.count("consistent"),
        "not_assessable": verdicts.count("not_assessable"),
        "comments": len(content.comments),
    }
    labels = dict(CLAIM_LABELS)
    if "location" not in claims.columns:  # a claims table from before the location column
        labels = {("line" if c == "location" else c): v for c, v in labels.items()}
    claim_columns = [c for c in labels if c in claims.columns]
    claim_rows = [
        [
            KIND_LABELS.get(_text(v), _text(v))
            if col == "kind"
            else period_label(_text(v))
            if col == "period"
            else _text(v)
            for col, v in zip(claim_columns, row, strict=True)
        ]
        for row in claims[claim_columns].itertuples(index=False)
    ]
    figures = []
    for fig in content.figures:
        width, height = _png_size(fig.png)
        figures.append(
            {
                "caption": fig.caption,
                "data": base64.b64encode(fig.png).decode("ascii"),
                "width": width,
                "height": height,
            }
        )
    comments = [
        {k: _text(r.get(k)) for k in ("author", "date", "text", "anchor", "line", "location")}
        for _, r in content.comments.iterrows()
    ]
    context = {
        "c": content,
        "s": summary,
        "top": _most_urgent(findings),
        "findings": findings,
        "figures": figures,
        "comments": comments,
        "claims": claim_rows,
        "claim_columns": [labels[c] for c in claim_columns],
        "version": __version__,
        "notebooks_dir": content.notebooks_dir,
        "font_face": None,
    }
    html = env.get_template("brief.html.j2").render(**context)
    if content.font_path is not None:
        context["font_face"] = font_face(content.font_path, html)
        html = env.get_template("brief.html.j2").render(**context)
    return html
