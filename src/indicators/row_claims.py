"""Claims of a paragraph rendered from a table row (the format of :mod:`indicators.table_rows`).

``指标：地区生产总值；2021年：27.0亿元；2022年：28.6亿元；比上年增长：6.1%。`` gives one claim per
figure cell:

* the row label names the figure (``name``; ``indicator`` when the vocabulary knows it and it
  fits the unit); in a table whose rows are periods (``年份：2022年；税收收入：6.3亿元；…``) the
  column header names it and the row label gives the period;
* the period comes from the column header (``2021年``, ``2022年1-6月``, ``上年同期``, ``本年``),
  else from the row label, else from the section, as for sentences; the kind is ``target`` for
  a header with a target word (``2023年目标``) or a column of the plan year or later;
* a column whose header names a growth (``比上年增长``, ``增速``) holds growth rates: each is
  attached to the level of the same row and subject, of the header's own period if it names
  one, else of the latest period of the row; a growth column printed in points or in a count
  holds absolute changes of that level (``measure = change``);
* the unit is the cell's own (the table renderer put the column's, row's or table's unit
  there); a bare number with no unit anywhere is kept with an empty unit; a sign printed in the
  cell (``-3.5%``) is kept;
* ``value_line`` and ``growth_line`` are the provenance lines of the cells; the quote runs
  from the value's piece to the growth's piece (``2022年：28.6亿元；比上年增长：6.1%``).

Header words (serial-number columns, relative years, target words) are data
(``data/tables.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .claims import Claim
from .cleaning import Paragraph, Report
from .layout import Layout
from .mentions import find_mentions
from .numbers import negate, times_to_percent
from .periods import anchors_in, format_period, section_year
from .phrases import load_phrases
from .subjects import clean_name, fits, wordings_in
from .table_rows import LABEL_SEP, PIECE_SEP, ROW_END, split_unit, table_vocabulary
from .units import unit_family

#: Characters a column header never holds (a piece with one is prose, not a cell).
_NOT_IN_HEADER = frozenset("，,。！？!?")
_HEADER_MAX = 24
_BARE = re.compile(r"[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+−]?\d+(?:\.\d+)?")
_PAREN_SPAN = re.compile(r"[（(][^（）()]*[）)]")
_MINUS = "-−"
_BASIS_BEFORE = ("比", "较", "与")


@dataclass(frozen=True)
class RowPiece:
    """One ``header：value`` piece of a rendered row, with its offsets in the paragraph."""

    header: str
    value: str
    start: int
    value_start: int

    @property
    def end(self) -> int:
        """Offset just after the value."""
        return self.value_start + len(self.value)


@dataclass(frozen=True)
class CellFigure:
    """A figure printed in a cell: signed value, unit, role, qualifiers; offsets in the cell."""

    value: str
    unit: str
    role: str = "level"  # level | growth | change (from a verb printed in the cell)
    basis: str = ""
    quals: tuple[str, ...] = ()
    start: int = 0
    end: int = 0


def cell_figures(value: str) -> list[CellFigure]:
    """The figures printed in one cell.

    Examples
    --------
    >>> [(f.value, f.unit) for f in cell_figures("-3.5%")], cell_figures("1,200")[0].value
    ([('-3.5', '%')], '1200')
    >>> [(f.value, f.unit, f.role, f.quals) for f in cell_figures("约28.6亿元，同比下降2%")]
    [('28.6', '亿元', 'level', ('约',)), ('-2', '%', 'growth', ())]
    """
    bare = _BARE.fullmatch(value)
    if bare:
        number = value.lstrip("+").replace(",", "")
        number = "-" + number[1:] if number.startswith("−") else number
        number = negate(number[1:]) if number.startswith("-") else number
        return [CellFigure(number, "", end=len(value))]
    out = []
    for m in find_mentions(value):
        if m.structure is not None or m.base:
            continue
        printed = times_to_percent(m.value) if m.role == "growth" and m.unit == "倍" else m.value
        unit = "%" if m.role == "growth" and m.unit == "倍" else m.unit
        minus = m.start > 0 and value[m.start - 1] in _MINUS
        minus = minus and (m.start < 2 or not value[m.start - 2].isdigit())
        if minus != (m.sign == "-"):
            printed = negate(printed)
        out.append(
            CellFigure(printed, unit, m.role, m.basis, tuple(m.quals), m.start - minus, m.end)
        )
    return out


def _lone_figure(value: str) -> bool:
    figures = cell_figures(value)
    return len(figures) == 1 and figures[0].start == 0 and figures[0].end == len(value)


def split_row(text: str) -> list[RowPiece] | None:
    """The pieces of a paragraph rendered from a table row, or ``None`` when it is not one.

    A row is ``header：value`` pieces joined by ``；`` and closed by ``。``; the first piece
    names the row and holds no figure; at least one other piece holds a figure; a piece with
    no header is a figure alone.

    Examples
    --------
    >>> row = split_row("指标：新增就业；2022年：1200人。")
    >>> [(p.header, p.value, p.start, p.value_start) for p in row]
    [('指标', '新增就业', 0, 3), ('2022年', '1200人', 8, 14)]
    >>> split_row("主要目标：地区生产总值增长6%；固定资产投资增长5%。") is None
    True
    """
    if not text.endswith(ROW_END) or PIECE_SEP not in text:
        return None
    head = text[: text.find(PIECE_SEP)]
    if LABEL_SEP not in head or head.index(LABEL_SEP) > _HEADER_MAX:
        return None  # cheap rejection of prose: the row label comes first
    pieces: list[RowPiece] = []
    pos = 0
    for chunk in text[: -len(ROW_END)].split(PIECE_SEP):
        header, sep, value = chunk.partition(LABEL_SEP)
        if not sep:
            header, value = "", chunk
        if not value or len(header) > _HEADER_MAX or _NOT_IN_HEADER.intersection(header):
            return None
        if not header and len(value) > _HEADER_MAX:
            return None
        pieces.append(RowPiece(header, value, pos, pos + (len(header) + 1 if sep else 0)))
        pos += len(chunk) + len(PIECE_SEP)
    if len(pieces) < 2 or not pieces[0].header:
        return None
    if any(not p.header and not _lone_figure(p.value) for p in pieces):
        return None
    if find_mentions(_PAREN_SPAN.sub("", pieces[0].value)):
        return None
    if not any(cell_figures(p.value) for p in pieces[1:]):
        return None
    return pieces


@dataclass
class _Period:
    year: int | None
    months: tuple[int, int] | None
    rest: str  # the text with the time phrase removed
    named: bool  # the text names a period


@dataclass
class _Level:
    claim: Claim
    name: str
    order: int
    links: list[tuple[Claim, str]] = field(default_factory=list)


def row_claims(paragraph: Paragraph, report: Report) -> list[Claim] | None:
    """The claims of a paragraph rendered from a table row, ``None`` when it is not one.

    Parameters
    ----------
    paragraph
        A paragraph of ``report``.
    report
        The report (for the section's year and the plan year).

    Examples
    --------
    >>> from indicators import parse_text
    >>> r = parse_text("一、2022年工作回顾\\n\\n"
    ...     "指标：地区生产总值；2021年：27.0亿元；2022年：28.6亿元；比上年增长：6.1%。\\n")
    >>> [(c.indicator, c.period, c.value, c.unit, c.growth_pct, c.quote)
    ...  for c in row_claims(r.paragraphs[1], r)]  # doctest: +NORMALIZE_WHITESPACE
    [('地区生产总值', '2021', '27.0', '亿元', '', '2021年：27.0亿元'),
     ('地区生产总值', '2022', '28.6', '亿元', '6.1', '2022年：28.6亿元；比上年增长：6.1%')]
    """
    pieces = split_row(paragraph.text)
    if pieces is None:
        return None
    return _RowReader(paragraph, report, pieces).read()


class _RowReader:
    def __init__(self, paragraph: Paragraph, report: Report, pieces: list[RowPiece]) -> None:
        self.p = paragraph
        self.report = report
        self.pieces = pieces
        self.default_year = section_year(paragraph, report)
        self.vocab = table_vocabulary()
        self.levels: list[_Level] = []
        self.claims: list[Claim] = []
        self.links: dict[int, tuple[Claim, str]] = {}

    def read(self) -> list[Claim]:
        label_at = self._label_index()
        label = self.pieces[label_at].value
        label_name = split_unit(label)[0] or label
        label_period = self._period(label_name)
        by_period = label_period.named and not clean_name(label_period.rest)
        for order, piece in enumerate(self.pieces):
            if order == label_at or piece.header in self.vocab.serial_headers:
                continue
            figures = cell_figures(piece.value)
            if not figures:
                continue
            growth = self._growth_header(piece.header)
            header = self._period(growth[2] if growth else piece.header)
            period = header if header.named or not label_period.named else label_period
            if by_period:
                name, scope = self._name(header.rest), ""
            else:
                name = self._name(label_name)
                scope = "" if growth else self._scope(header.rest)
            for fig in figures:
                role = fig.role
                if growth and role == "level":
                    role = "growth" if unit_family(fig.unit) in ("percent", "") else "change"
                basis = fig.basis or (growth[0] if growth else "")
                value = negate(fig.value) if growth and growth[1] == "-" else fig.value
                words = f"{piece.header} {label}"
                if role == "growth":
                    self._growth(piece, fig, value, basis, name, period, words)
                else:
                    self._level(piece, fig, value, basis, role, name, scope, period, words)
        return self._finish()

    # -- pieces ----------------------------------------------------------------------------

    def _label_index(self) -> int:
        """The piece naming the row: the first one, unless it is a serial number."""
        first = self.pieces[0]
        if first.header in self.vocab.serial_headers or _lone_figure(first.value):
            for i, piece in enumerate(self.pieces[1:3], start=1):
                if piece.header and not cell_figures(piece.value):
                    return i
        return 0

    def _period(self, text: str) -> _Period:
        """The time phrase of a header or a row label, and what is left of it."""
        anchors = anchors_in(text, Layout.of(text))
        if anchors:
            a = anchors[0]
            year = a.year or self.default_year
            return _Period(year, a.months, text[: a.start] + text[a.end :], True)
        for words, shift in (
            (self.vocab.previous_year_words, -1),
            (self.vocab.current_year_words, 0),
        ):
            for word in words:
                at = text.find(word)
                if at < 0 or text[max(0, at - 1) : at] in _BASIS_BEFORE:
                    continue
                year = self.default_year + shift if self.default_year else None
                return _Period(year, None, text[:at] + text[at + len(word) :], True)
        return _Period(self.default_year, None, text, False)

    def _growth_header(self, header: str) -> tuple[str, str, str] | None:
        """``(basis, sign, rest)`` of a header naming a growth (``rest``: the header without
        the growth words), ``None`` for any other header."""
        ph = load_phrases()
        m = ph.growth_before.search(header)
        words = self.vocab.growth_words
        if m is None and not any(w in header for w in words):
            return None
        basis, sign, rest = "", "", header
        if m is not None:
            basis = m.group("basis") or ""
            sign = "-" if m.group("verb") in ph.down_words else ""
            rest = header[: m.start()]
        for w in sorted(words, key=len, reverse=True):
            if w in rest:
                basis = basis or (w if w in ph.raw["growth"]["bases"] else "")
                rest = rest.replace(w, "")
        return basis, sign, rest

    def _name(self, text: str) -> str:
        return clean_name(text) or _PAREN_SPAN.sub("", text).strip()

    def _scope(self, rest: str) -> str:
        """What a header says besides its period (``完成值``), target words left out."""
        for word in self.vocab.target_words:
            rest = rest.replace(word, "")
        return re.sub(r"^[年度份]+|[（）()\s]", "", rest)

    def _indicator(self, name: str, unit: str, role: str) -> str:
        found = wordings_in(name)
        if not found:
            return ""
        w = found[-1]
        rest = clean_name(name[: w.start] + name[w.end :])
        if rest and rest not in load_phrases().after_indicator:
            return ""
        return w.indicator if fits(w.indicator, unit, role) else ""

    def _kind(self, words: str, year: int | None) -> str:
        ph = load_phrases()
        said = [m.group(0) for m in ph.target.finditer(words)]
        said += [w for w in self.vocab.target_words if w in words]
        if any(w not in ph.estimate for w in said):
            return "target"
        plan = self.report.plan_year
        if year is not None and plan is not None:
            return "target" if year >= plan else "actual"
        return "target" if self.p.part == "plan" else "actual"

    # -- claims ----------------------------------------------------------------------------

    def _claim(
        self, piece: RowPiece, fig: CellFigure, name: str, period: _Period, words: str, role: str
    ) -> Claim:
        ph = load_phrases()
        unit = fig.unit
        c = Claim(
            indicator=self._indicator(name, unit, role),
            name=name,
            period=format_period(period.year, period.months),
            kind=self._kind(words, period.year),
            section=self.p.section_path,
            paragraph=self.p.index,
            start=piece.start,
            end=piece.end,
            year=period.year,
            months=period.months,
        )
        c.quals.extend(m.group(0) for m in ph.stance.finditer(piece.header))
        self.claims.append(c)
        return c

    def _level(
        self,
        piece: RowPiece,
        fig: CellFigure,
        value: str,
        basis: str,
        role: str,
        name: str,
        scope: str,
        period: _Period,
        words: str,
    ) -> None:
        c = self._claim(piece, fig, name, period, words, role)
        c.value, c.unit, c.scope = value, fig.unit, scope
        c.value_line = self.p.line_at(piece.value_start + fig.start)
        c.quals.extend(fig.quals)
        if role == "change":
            c.measure, c.growth_basis = "change", basis
            of = self._level_of(name, period, c.kind)
            if of is not None:
                self.links[id(c)] = (of.claim, "change_of")
                c.year, c.months, c.period, c.kind = (
                    of.claim.year,
                    of.claim.months,
                    of.claim.period,
                    of.claim.kind,
                )
            return
        self.levels.append(_Level(c, name, len(self.levels)))

    def _growth(
        self,
        piece: RowPiece,
        fig: CellFigure,
        value: str,
        basis: str,
        name: str,
        period: _Period,
        words: str,
    ) -> None:
        host = self._level_of(name, period, self._kind(words, period.year))
        if host is not None and not host.claim.growth_pct:
            c = host.claim
            c.start, c.end = min(c.start, piece.start), max(c.end, piece.end)
        else:
            if host is not None:
                period = _Period(host.claim.year, host.claim.months, "", True)
            c = self._claim(piece, fig, name, period, words, "growth")
            if host is not None:
                self.links[id(c)] = (host.claim, "same_as")
        c.growth_pct, c.growth_basis = value, basis
        c.growth_line = self.p.line_at(piece.value_start + fig.start)
        c.growth_qualifier = " ".join(fig.quals)
        c.quals.extend(fig.quals)

    def _level_of(self, name: str, period: _Period, kind: str) -> _Level | None:
        """The level a growth or change of ``name`` refers to: of the same period when the
        header names one, else of the latest period of the row among levels of the growth's
        own kind (actual or target) if any (the last one printed among equals)."""
        same = [x for x in self.levels if x.name == name or not name]
        if period.named:
            return next(
                (
                    x
                    for x in reversed(same)
                    if (x.claim.year, x.claim.months) == (period.year, period.months)
                ),
                None,
            )
        same = [x for x in same if x.claim.kind == kind] or same
        if not same:
            return None
        return max(same, key=lambda x: (x.claim.year or 0, x.claim.months or (0, 13), x.order))

    def _finish(self) -> list[Claim]:
        text = self.p.text
        for n, c in enumerate(self.claims, start=1):
            c.claim_id = f"p{self.p.index}.{n}"
        for c in self.claims:
            link = self.links.get(id(c))
            if link is not None:
                c.linked_to, c.link = link[0].claim_id, link[1]
            c.qualifier = " ".join(dict.fromkeys(q for q in c.quals if q))
            c.line = c.value_line if c.value_line is not None else c.growth_line or 0
            c.quote = text[c.start : c.end]
        return self.claims
