"""The ``indicators`` command line.

Every input problem ends with a one-line message on standard error and exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from .checking import check_report
from .claims_table import claims_table
from .cleaning import load_report
from .errors import InputError
from .outputs import csv_text, write_csv_atomic
from .paths import batch_dir
from .suite import SuiteError
from .tables import comments_table, paragraphs_table, revisions_table

EXIT_INPUT = 2
EXIT_FAILURE = 1
#: Exit status of a batch in which some reports failed (the outputs are written).
EXIT_SOME_FAILED = EXIT_FAILURE


def _emit(table: pd.DataFrame, output: str | None) -> None:
    if output:
        write_csv_atomic(table, output)
    else:
        sys.stdout.write(csv_text(table))
        sys.stdout.flush()


def _cmd_clean(args: argparse.Namespace) -> int:
    _emit(paragraphs_table(load_report(args.report)), args.output)
    return 0


def _cmd_comments(args: argparse.Namespace) -> int:
    _emit(comments_table(load_report(args.report)), args.output)
    return 0


def _cmd_claims(args: argparse.Namespace) -> int:
    _emit(claims_table(load_report(args.report)), args.output)
    return 0


def _cmd_revisions(args: argparse.Namespace) -> int:
    _emit(revisions_table(load_report(args.report)), args.output)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    result = check_report(load_report(args.report))
    _emit(result.table, args.output)
    print(f"indicators check: {result.summary}", file=sys.stderr)
    return 0


def _cmd_brief(args: argparse.Namespace) -> int:
    from .brief import build_brief

    result = build_brief(args.report, args.output, progress=not args.quiet)
    print(f"简报: {result.html}", file=sys.stderr)
    print(f"执行过的笔记本: {result.html.parent / result.html.stem}/", file=sys.stderr)
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import run_batch

    workers = _positive(args.workers, "--workers") if args.workers is not None else None
    out = Path(args.output) if args.output else batch_dir()
    summary = run_batch(
        args.paths, out, workers=workers, progress=not args.quiet, brief=not args.no_brief
    )
    for name, path in summary.files.items():
        print(f"{name}: {path}", file=sys.stderr)
    if summary.failed:
        print(
            f"indicators: {summary.failed} of {summary.reports} reports failed "
            f"(errors in {summary.files['overview']})",
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    return 0


def _positive(text: str, option: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise InputError(f"{option} must be a whole number of at least 1, not {text!r}")
    return int(text)


def _table_command(
    sub: argparse._SubParsersAction,
    name: str,
    help_text: str,
    func: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("report", help="report file (.txt, .docx or .pdf)")
    p.add_argument("-o", "--output", metavar="FILE", help="write CSV to FILE instead of stdout")
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``indicators`` command.

    Examples
    --------
    >>> build_parser().parse_args(["clean", "r.txt"]).report
    'r.txt'
    """
    parser = argparse.ArgumentParser(
        prog="indicators",
        description="Check the numbers of a government work report (政府工作报告).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _table_command(
        sub, "clean", "print the clean paragraphs (section, raw lines, text) as CSV", _cmd_clean
    )
    _table_command(
        sub, "comments", "print the reviewer comments (author, text, anchor) as CSV", _cmd_comments
    )
    _table_command(
        sub,
        "claims",
        "print every quantitative claim (indicator, period, value, unit, growth, raw line) as CSV",
        _cmd_claims,
    )
    _table_command(
        sub,
        "revisions",
        "print the tracked changes of a Word draft (insertions, deletions) as CSV",
        _cmd_revisions,
    )
    _table_command(
        sub,
        "check",
        "check the arithmetic among the claims, rounding-aware; one row per relation as CSV "
        "(summary on standard error)",
        _cmd_check,
    )
    brief = sub.add_parser(
        "brief",
        help="the main job: the HTML brief of a report (default: the embedded report)",
        description=(
            "Execute the notebook suite on a report and write reports/<report-stem>.html "
            "(or DIR/<report-stem>.html), a self-contained brief, with the executed notebooks "
            "beside it; tables go to data/processed/<report-stem>/, charts to "
            "figures/<report-stem>/."
        ),
    )
    brief.add_argument(
        "report", nargs="?", help="report file, .txt, .docx or .pdf (default: the embedded report)"
    )
    brief.add_argument("-o", "--output", metavar="DIR", help="write the brief into DIR")
    brief.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    brief.set_defaults(func=_cmd_brief)
    batch = sub.add_parser(
        "batch",
        help="many reports at once: combined tables and an overview brief",
        description=(
            "Process report files and folders in parallel and write combined claims, checks, "
            "derived and series tables, an overview table, targets against outcomes and an "
            "overview brief into OUT. A report that fails is recorded with its error; the exit "
            f"status is then {EXIT_SOME_FAILED}."
        ),
    )
    batch.add_argument("paths", nargs="+", metavar="PATH", help="report file or folder")
    batch.add_argument(
        "-o", "--output", metavar="OUT", help="output folder (default: data/processed/_batch)"
    )
    batch.add_argument("-j", "--workers", metavar="N", help="worker processes (default: cores)")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    batch.add_argument(
        "--no-brief", action="store_true", help="tables only: no overview brief, no charts"
    )
    batch.set_defaults(func=_cmd_batch)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Examples
    --------
    >>> main(["clean", "/no/such/file.txt"])
    2
    """
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except InputError as exc:
        print(f"indicators: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except SuiteError as exc:
        print(f"indicators: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("indicators: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a defect of the package: one line, not a traceback
        if os.environ.get("INDICATORS_DEBUG"):
            raise
        print(f"indicators: internal error: {_where(exc)}; {_DEBUG_HINT}", file=sys.stderr)
        return EXIT_FAILURE


_DEBUG_HINT = "no file is left half-written; run with INDICATORS_DEBUG=1 for the traceback"


def _where(exc: Exception) -> str:
    """``AssertionError at checks/growth.py:164``: the error and the package line it left."""
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if f"{os.sep}indicators{os.sep}" in f.filename]
    name = type(exc).__name__ + (f" ({exc})" if str(exc) else "")
    if not inside:
        return name
    last = inside[-1]
    path = last.filename.split(f"{os.sep}indicators{os.sep}", 1)[-1]
    return f"{name} at {path}:{last.lineno}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
