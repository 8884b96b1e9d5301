"""Print how long reading the embedded report takes as .txt, Big5 .txt, .docx and .pdf.

The .docx and .pdf are built in code from the report's clean paragraphs (as the tests do),
so the figures compare the readers on the same text. Run: ``.venv/bin/python
benchmarks/read_formats.py`` (needs the dev extras).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import docx
import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from report_files import published_pdf

from indicators import default_report, load_report


def best_of(path: Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        load_report(path)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    embedded = load_report(default_report())
    text = default_report().read_text("utf-8")
    (tmp / "big5.txt").write_bytes(opencc.OpenCC("s2tw").convert(text).encode("big5"))
    doc = docx.Document()
    for p in embedded.paragraphs:
        doc.add_paragraph(p.text)
    doc.save(tmp / "embedded.docx")
    blocks = [("title" if p.kind == "title" else "body", p.text) for p in embedded.paragraphs]
    pdf, pages = published_pdf(blocks=blocks, lines_per_page=30)
    (tmp / "embedded.pdf").write_bytes(pdf)
    print(f"{'file':<40} {'bytes':>8} {'best of 3':>10}  paragraphs")
    for path in (default_report(), tmp / "big5.txt", tmp / "embedded.docx", tmp / "embedded.pdf"):
        report = load_report(path)
        extra = f" ({len(pages)} pages)" if path.suffix == ".pdf" else ""
        print(
            f"{path.name:<40} {path.stat().st_size:>8} {best_of(path) * 1000:>8.1f}ms"
            f"  {len(report.paragraphs)}{extra}"
        )


if __name__ == "__main__":
    main()
