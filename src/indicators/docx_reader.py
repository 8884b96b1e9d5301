"""Read a Word draft (.docx): body text with tracked changes accepted, tables, review comments.

python-docx (used by the tests to build documents) reads neither tracked changes (its
``Paragraph.text`` drops the runs inside ``w:ins``) nor the range a comment is anchored to,
and it decompresses parts without a bound; so the package is opened by
:mod:`indicators.ooxml_package` and its WordprocessingML is walked here.

What comes out is the same :class:`~indicators.cleaning.Report` as for plain text:

* **Provenance.** Each body paragraph and each table cell is one raw line
  (``Report.raw_lines``, its text read with changes accepted), labelled ``第 14 段`` (the 14th
  paragraph of the body, empty ones included, tables not counted) or ``表 2 第 3 行第 2 列``.
* **Paragraphs.** One paragraph per Word paragraph (a paragraph whose mark was deleted by a
  tracked change is joined to the next, as Word shows it once the changes are accepted);
  headings, sections and parts as for plain text (:func:`~indicators.cleaning.assemble_paragraphs`).
  Text boxes, headers, footers, footnotes and field instructions are not report text.
* **Tables.** Each data row becomes a paragraph rendered by :mod:`indicators.table_rows`
  (``指标：地区生产总值；2022年：286.5亿元；比上年增长：5.2%。``), every piece traced to its cell.
* **Comments** (``word/comments.xml``): author, date, text and the anchored text (the clean
  text of the commented range); ``paragraph``/``offset`` point at the end of the range.
* **Tracked changes** (``w:ins``, ``w:del``, ``w:moveTo``, ``w:moveFrom``) are listed as
  :class:`~indicators.cleaning.Revision` records; the text reads as if all were accepted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from .cleaning import (
    Comment,
    Report,
    Revision,
    SourceLine,
    _anchor_words,
    assemble_paragraphs,
    normalize_keep_spaces,
)
from .errors import InputError
from .ooxml_package import Package
from .table_rows import PIECE_SEP, Cell, caption_unit, render_rows
from .textnorm import normalize_line

_W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_SKIPPED = {
    "pPr",
    "rPr",
    "tblPr",
    "tblGrid",
    "trPr",
    "tcPr",
    "sectPr",
    "proofErr",
    "bookmarkStart",
    "bookmarkEnd",
    "instrText",
    "delInstrText",
    "footnoteReference",
    "endnoteReference",
    "drawing",
    "pict",
    "object",
    "AlternateContent",
    "txbxContent",
    "lastRenderedPageBreak",
}
_CONTAINERS = {"hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir", "sdtContent"}
_REVISION_KINDS = {
    "ins": "insertion",
    "moveTo": "move-to",
    "del": "deletion",
    "moveFrom": "move-from",
}


def _local(tag: object) -> str:
    """Local name of a WordprocessingML tag, ``""`` for other namespaces and comments."""
    if not isinstance(tag, str):
        return ""
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return name if ns in _W_NAMESPACES else ""
    return tag


def _attr(el: ET.Element, name: str) -> str:
    for ns in _W_NAMESPACES:
        value = el.get(f"{{{ns}}}{name}")
        if value is not None:
            return value
    return el.get(name, "")


@dataclass
class _Line:
    """One provenance line being read: a body paragraph or a table cell."""

    label: str
    parts: list[str] = field(default_factory=list)
    length: int = 0
    merge_next: bool = False  # paragraph mark deleted: joins the next paragraph

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class _Mark:
    """A position in the body: provenance line (1-based) and raw character offset."""

    line: int
    offset: int


@dataclass
class _TableCell:
    line: int | None  # None: a vertically merged continuation
    span: int


@dataclass
class _Walk:
    """The state of one walk over the body."""

    lines: list[_Line] = field(default_factory=list)
    #: Body items in order: ("p", line) or ("table", rows of cells, unit caption).
    items: list[tuple] = field(default_factory=list)
    revisions: list[tuple[str, str, str, str, int]] = field(default_factory=list)
    range_start: dict[str, _Mark] = field(default_factory=dict)
    range_end: dict[str, _Mark] = field(default_factory=dict)
    reference: dict[str, _Mark] = field(default_factory=dict)
    paragraphs_seen: int = 0
    tables_seen: int = 0

    def new_line(self, label: str) -> int:
        self.lines.append(_Line(label))
        return len(self.lines)

    def mark(self, line: int) -> _Mark:
        return _Mark(line, self.lines[line - 1].length)


def _run_text(run: ET.Element, deleted: bool) -> str:
    """Text of a run: ``w:t`` (``w:delText`` inside a deletion), tabs and breaks."""
    out: list[str] = []
    for child in run:
        name = _local(child.tag)
        if name in ("t", "delText") and (deleted or name == "t"):
            out.append(child.text or "")
        elif name in ("tab", "ptab"):
            out.append("\t")
        elif name in ("br", "cr"):
            out.append(" ")
        elif name == "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _walk_inline(
    el: ET.Element, walk: _Walk, line: int, revision: tuple[str, str, str] | None, deleted: bool
) -> list[str]:
    """Add the accepted text under ``el`` to ``line``; return the text of its revision runs."""
    changed: list[str] = []
    for child in el:
        name = _local(child.tag)
        if name == "r":
            text = _run_text(child, deleted)
            if not deleted:
                walk.lines[line - 1].add(text)
            if revision is not None:
                changed.append(text)
            for sub in child:
                if _local(sub.tag) == "commentReference":
                    walk.reference.setdefault(_attr(sub, "id"), walk.mark(line))
        elif name in _REVISION_KINDS:
            kind = _REVISION_KINDS[name]
            own = (kind, _attr(child, "author"), _attr(child, "date"))
            text = "".join(
                _walk_inline(child, walk, line, own, deleted or name in ("del", "moveFrom"))
            )
            if text.strip():
                walk.revisions.append((kind, own[1], own[2], text, line))
        elif name == "commentRangeStart":
            walk.range_start.setdefault(_attr(child, "id"), walk.mark(line))
        elif name == "commentRangeEnd":
            walk.range_end.setdefault(_attr(child, "id"), walk.mark(line))
        elif name in _CONTAINERS or name == "sdt":
            target = child
            if name == "sdt":
                target = next((c for c in child if _local(c.tag) == "sdtContent"), child)
            changed.extend(_walk_inline(target, walk, line, revision, deleted))
    return changed


def _paragraph_mark_deleted(p: ET.Element) -> bool:
    for ppr in p:
        if _local(ppr.tag) == "pPr":
            for rpr in ppr:
                if _local(rpr.tag) == "rPr":
                    return any(_local(c.tag) in ("del", "moveFrom") for c in rpr)
    return False


def _walk_paragraph(p: ET.Element, walk: _Walk, line: int) -> None:
    _walk_inline(p, walk, line, None, False)
    walk.lines[line - 1].merge_next = _paragraph_mark_deleted(p)


def _cell_text_into(cell: ET.Element, walk: _Walk, line: int) -> None:
    """All paragraphs of a cell (nested tables flattened) into one provenance line."""
    first = True
    for el in _block_elements(cell):
        if _local(el.tag) == "p":
            if not first:
                walk.lines[line - 1].add(" ")
            first = False
            _walk_inline(el, walk, line, None, False)
        elif _local(el.tag) == "tbl":
            for row in _children(el, "tr"):
                for inner in _children(row, "tc"):
                    if not first:
                        walk.lines[line - 1].add(" ")
                    first = False
                    _cell_text_into(inner, walk, line)


#: Wrappers (content controls, custom XML) whose children stand in the wrapper's place.
_WRAPPERS = ("sdt", "sdtContent", "customXml")


def _children(parent: ET.Element, *names: str) -> Iterable[ET.Element]:
    """Children of ``parent`` with one of the local ``names``, in order, looking through
    content controls."""
    for child in parent:
        name = _local(child.tag)
        if name in names:
            yield child
        elif name in _WRAPPERS:
            yield from _children(child, *names)


def _block_elements(parent: ET.Element) -> Iterable[ET.Element]:
    """Paragraphs and tables under ``parent`` in order, looking through content controls."""
    return _children(parent, "p", "tbl")


def _row_deleted(tr: ET.Element) -> bool:
    for trpr in tr:
        if _local(trpr.tag) == "trPr":
            return any(_local(c.tag) == "del" for c in trpr)
    return False


def _cell_props(tc: ET.Element) -> tuple[int, bool]:
    """(grid span, is a vertical-merge continuation) of a cell."""
    span, cont = 1, False
    for tcpr in tc:
        if _local(tcpr.tag) != "tcPr":
            continue
        for prop in tcpr:
            name = _local(prop.tag)
            if name == "gridSpan":
                try:
                    span = max(1, min(int(_attr(prop, "val") or 1), 64))
                except ValueError:
                    span = 1
            elif name == "vMerge":
                cont = _attr(prop, "val") in ("", "continue")
    return span, cont


def _walk_table(tbl: ET.Element, walk: _Walk) -> None:
    walk.tables_seen += 1
    t = walk.tables_seen
    rows: list[list[_TableCell]] = []
    for r, tr in enumerate(_children(tbl, "tr"), start=1):
        if _row_deleted(tr):
            continue
        row: list[_TableCell] = []
        col = 1
        for tc in _children(tr, "tc"):
            span, cont = _cell_props(tc)
            if cont:
                row.append(_TableCell(None, span))
            else:
                line = walk.new_line(f"表 {t} 第 {r} 行第 {col} 列")
                _cell_text_into(tc, walk, line)
                row.append(_TableCell(line, span))
            col += span
        rows.append(row)
    walk.items.append(("table", rows))


def _walk_body(body: ET.Element, walk: _Walk) -> None:
    for el in _block_elements(body):
        if _local(el.tag) == "p":
            walk.paragraphs_seen += 1
            line = walk.new_line(f"第 {walk.paragraphs_seen} 段")
            _walk_paragraph(el, walk, line)
            walk.items.append(("p", line))
        else:
            _walk_table(el, walk)


@dataclass
class _Placed:
    """Where a provenance line's text ended up: its paragraph, clean start and label prefix."""

    paragraph: int
    start: int
    end: int
    prefix: int


def _grid(rows: list[list[_TableCell]], walk: _Walk) -> list[list[Cell | None]]:
    """Cells laid out on the table grid; a vertical-merge continuation repeats the cell above."""
    grid: list[list[Cell | None]] = []
    above: dict[int, Cell] = {}
    for row in rows:
        out: list[Cell | None] = []
        for cell in row:
            col = len(out)
            if cell.line is None:
                out.append(above.get(col))
            else:
                made = Cell(cell.line, normalize_line(walk.lines[cell.line - 1].text))
                above[col] = made
                out.append(made)
            out.extend([None] * (cell.span - 1))
        grid.append(out)
    return grid


def _groups(walk: _Walk) -> tuple[list[list[SourceLine]], list[list[int]]]:
    """Groups of source lines (one per paragraph) and, per group, each line's label prefix."""
    groups: list[list[SourceLine]] = []
    prefixes: list[list[int]] = []
    pending: list[SourceLine] = []
    previous_text = ""
    for item in walk.items:
        if item[0] == "p":
            line = item[1]
            raw = walk.lines[line - 1]
            clean = normalize_line(raw.text)
            if clean:
                pending.append(SourceLine(line, clean))
            if not raw.merge_next and pending:
                groups.append(pending)
                prefixes.append([0] * len(pending))
                pending = []
            previous_text = clean or previous_text
            continue
        if pending:
            groups.append(pending)
            prefixes.append([0] * len(pending))
            pending = []
        grid = _grid(item[1], walk)
        for pieces in render_rows(grid, table_unit=caption_unit(previous_text)):
            lines = [
                SourceLine(piece.line, piece.text, sep=PIECE_SEP if k else None)
                for k, piece in enumerate(pieces)
            ]
            groups.append(lines)
            prefixes.append([piece.prefix for piece in pieces])
        previous_text = ""
    if pending:
        groups.append(pending)
        prefixes.append([0] * len(pending))
    return groups, prefixes


def _comment_texts(package: Package, comments_part: str | None) -> dict[str, tuple[str, str, str]]:
    """``{id: (author, date, text)}`` from the comments part."""
    root = package.xml(comments_part) if comments_part else None
    out: dict[str, tuple[str, str, str]] = {}
    if root is None:
        return out
    for el in root:
        if _local(el.tag) != "comment":
            continue
        scratch = _Walk()
        texts = []
        for p in _block_elements(el):
            line = scratch.new_line("")
            if _local(p.tag) == "p":
                _walk_inline(p, scratch, line, None, False)
            texts.append(scratch.lines[line - 1].text)
        text = normalize_keep_spaces(" ".join(t for t in texts if t.strip()))
        out[_attr(el, "id")] = (_attr(el, "author"), _attr(el, "date"), text)
    return out


def read_docx(data: bytes, source: str | Path, stem: str | None = None) -> Report:
    """Read a Word document's bytes into a :class:`~indicators.cleaning.Report`.

    Parameters
    ----------
    data
        The .docx file's bytes.
    source
        Its path (for provenance and messages).
    stem
        Short name for output folders; defaults to the file stem.

    Raises
    ------
    InputError
        Damaged or truncated package, a zip bomb, not a Word document, or no text.

    Examples
    --------
    >>> import io, docx
    >>> d = docx.Document()
    >>> _ = d.add_paragraph("一、2022年工作回顾")
    >>> _ = d.add_paragraph("全年完成地区生产总值 12.5 亿元，增长 7%。")
    >>> buf = io.BytesIO(); d.save(buf)
    >>> r = read_docx(buf.getvalue(), "draft.docx")
    >>> [(p.text, r.locate(p.line_start)) for p in r.paragraphs]
    [('一、2022年工作回顾', '第 1 段'), ('全年完成地区生产总值12.5亿元，增长7%。', '第 2 段')]
    """
    name = str(source)
    package = Package(data, name)
    main = package.related("", "/officeDocument")
    if main is None and package.has("word/document.xml"):
        main = "word/document.xml"
    if main is None or not package.has(main):
        raise InputError(f"{name}: 是 zip 压缩包，但不是 Word 文档（缺少 word/document.xml）")
    root = package.xml(main)
    assert root is not None
    if _local(root.tag) != "document":
        raise InputError(f"{name}: 是 zip 压缩包，但不是 Word 文档（{main} 不是文档正文）")
    body = next((c for c in root if _local(c.tag) == "body"), None)
    walk = _Walk()
    if body is not None:
        _walk_body(body, walk)
    groups, prefixes = _groups(walk)
    if not groups:
        raise InputError(f"{name}: Word 文档中没有文字")
    assembled = assemble_paragraphs(groups)
    paragraphs = assembled.paragraphs

    placed: dict[int, _Placed] = {}
    for g, group in enumerate(groups):
        for k, line in enumerate(group):
            start, end = assembled.spans[g][k]
            placed.setdefault(line.number, _Placed(g, start, end, prefixes[g][k]))

    def position(mark: _Mark) -> tuple[int, int]:
        """(paragraph, clean offset) of a raw position; lines left out fall back to the last."""
        where = placed.get(mark.line)
        if where is None:
            before = [n for n in placed if n < mark.line]
            if not before:
                return 0, 0
            where = placed[max(before)]
            return where.paragraph, where.end
        raw = walk.lines[mark.line - 1].text
        inner = len(normalize_line(raw[: mark.offset]))
        return where.paragraph, min(where.start + where.prefix + inner, where.end)

    comments: list[Comment] = []
    comments_part = package.related(main, "/comments")
    for n, (cid, (author, date, text)) in enumerate(_comment_texts(package, comments_part).items()):
        start = walk.range_start.get(cid)
        end = walk.range_end.get(cid) or walk.reference.get(cid)
        if end is None:
            end = start or _Mark(1, 0)
        if start is not None and (start.line, start.offset) > (end.line, end.offset):
            start, end = end, start  # a malformed range: read it forwards
        pidx, offset = position(end)
        if start is not None:
            sp, so = position(start)
            if (sp, so) > (pidx, offset):
                sp, so = pidx, offset
            texts = [p.text for p in paragraphs[sp : pidx + 1]]
            texts[-1] = texts[-1][:offset]
            texts[0] = texts[0][so:] if sp < pidx else texts[0][so:offset]
            anchor = "\n".join(texts)
        else:
            anchor = _anchor_words(paragraphs[pidx].text[:offset])
        comments.append(
            Comment(
                index=n,
                author=author,
                text=text,
                paragraph=pidx,
                offset=offset,
                anchor=anchor,
                line=(start or end).line,
                text_line_end=end.line,
                date=date,
            )
        )

    revisions = tuple(
        Revision(
            index=n,
            kind=kind,
            author=author,
            date=date,
            text=normalize_keep_spaces(text),
            line=line,
        )
        for n, (kind, author, date, text, line) in enumerate(walk.revisions)
    )
    return Report(
        source=name,
        stem=stem or Path(name).stem,
        encoding="docx",
        title=assembled.title,
        paragraphs=paragraphs,
        comments=tuple(comments),
        raw_lines=tuple(line.text for line in walk.lines),
        review_year=assembled.review_year,
        plan_year=assembled.plan_year,
        format="docx",
        line_labels=tuple(line.label for line in walk.lines),
        revisions=revisions,
    )
