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
            f"indicators: {summary.reports} 份报告中有 {summary.failed} 份处理失败"
            f"（错误信息见 {summary.files['overview']}）",
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    return 0


def _positive(text: str, option: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise InputError(f"{option} 应为不小于 1 的整数，不能是 {text!r}")
    return int(text)


def _table_command(
    sub: argparse._SubParsersAction,
    name: str,
    help_text: str,
    func: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("report", help="报告文件（.txt、.docx 或 .pdf）")
    p.add_argument("-o", "--output", metavar="FILE", help="将 CSV 写入 FILE，不输出到标准输出")
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
        description="核查政府工作报告中的数字。",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _table_command(sub, "clean", "以 CSV 输出清洗后的段落（所在章节、原始行、正文）", _cmd_clean)
    _table_command(
        sub, "comments", "以 CSV 输出审阅批注（作者、批注内容、所批注的原文）", _cmd_comments
    )
    _table_command(
        sub,
        "claims",
        "以 CSV 输出全部数据表述（指标、时期、数值、单位、增速、原始行）",
        _cmd_claims,
    )
    _table_command(
        sub,
        "revisions",
        "以 CSV 输出 Word 稿的修订记录（插入、删除）",
        _cmd_revisions,
    )
    _table_command(
        sub,
        "check",
        "核查各数据之间的算术关系（考虑舍入）；以 CSV 输出，每项关系一行（汇总信息输出到标准错误）",
        _cmd_check,
    )
    brief = sub.add_parser(
        "brief",
        help="主要功能：生成报告的 HTML 简报（默认使用内置报告）",
        description=(
            "对报告运行整套笔记本，写出自成一体的简报 reports/<report-stem>.html"
            "（或 DIR/<report-stem>.html），已执行的笔记本保存在简报旁；"
            "表格写入 data/processed/<report-stem>/，图表写入 figures/<report-stem>/。"
        ),
    )
    brief.add_argument(
        "report", nargs="?", help="报告文件，.txt、.docx 或 .pdf（默认使用内置报告）"
    )
    brief.add_argument("-o", "--output", metavar="DIR", help="将简报写入 DIR")
    brief.add_argument("-q", "--quiet", action="store_true", help="不显示进度")
    brief.set_defaults(func=_cmd_brief)
    batch = sub.add_parser(
        "batch",
        help="批量处理多份报告：生成合并表格和总览简报",
        description=(
            "并行处理报告文件和文件夹，将合并的数据表（claims）、核查表（checks）、"
            "推算值表（derived）、序列表（series）、总览表、目标完成情况对照表和总览简报"
            "写入 OUT。处理失败的报告连同错误信息一并记录，此时退出状态为 "
            f"{EXIT_SOME_FAILED}。"
        ),
    )
    batch.add_argument("paths", nargs="+", metavar="PATH", help="报告文件或文件夹")
    batch.add_argument(
        "-o", "--output", metavar="OUT", help="输出文件夹（默认为 data/processed/_batch）"
    )
    batch.add_argument("-j", "--workers", metavar="N", help="工作进程数（默认为 CPU 核数）")
    batch.add_argument("-q", "--quiet", action="store_true", help="不显示进度条")
    batch.add_argument("--no-brief", action="store_true", help="只输出表格，不生成总览简报和图表")
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
        print("indicators: 已中断", file=sys.stderr)
        return 130
    except Exception as exc:  # a defect of the package: one line, not a traceback
        if os.environ.get("INDICATORS_DEBUG"):
            raise
        print(f"indicators: 内部错误: {_where(exc)}；{_DEBUG_HINT}", file=sys.stderr)
        return EXIT_FAILURE


_DEBUG_HINT = "未留下写入不完整的文件；设置 INDICATORS_DEBUG=1 后重新运行可查看 traceback"


def _where(exc: Exception) -> str:
    """``AssertionError，位于 checks/growth.py:164``: the error and the package line it left."""
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if f"{os.sep}indicators{os.sep}" in f.filename]
    name = type(exc).__name__ + (f"（{exc}）" if str(exc) else "")
    if not inside:
        return name
    last = inside[-1]
    path = last.filename.split(f"{os.sep}indicators{os.sep}", 1)[-1]
    return f"{name}，位于 {path}:{last.lineno}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
