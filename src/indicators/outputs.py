"""Write outputs atomically: a temporary file in the same folder, then a rename.

An interrupted run never leaves a half-written table or brief, and nothing is ever written
under ``data/raw``.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from .errors import InputError
from .paths import raw_dir

#: CSV files are written with a BOM so that spreadsheet programs read Chinese correctly.
CSV_ENCODING = "utf-8-sig"


def _refuse_raw(path: Path) -> None:
    try:
        raw = raw_dir().resolve()
    except OSError:  # pragma: no cover - unreachable folder
        return
    target = path.resolve()
    if target == raw or raw in target.parents:
        raise InputError(f"{path}: 拒绝写入 {raw}（输入文件一律不作修改）")


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` on success.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> with atomic_path(target) as tmp:
    ...     _ = tmp.write_text("done")
    >>> target.read_text()
    'done'
    """
    target = Path(path)
    _refuse_raw(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise InputError(f"{target}: 无法写入（{exc.strerror or exc}）") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically and return the path."""
    return write_bytes_atomic(path, text.encode(encoding))


def csv_text(table: pd.DataFrame) -> str:
    """A table as CSV text with ``\\n`` line ends and no index (the same bytes every run).

    Examples
    --------
    >>> csv_text(pd.DataFrame({"a": ["7%"]}))
    'a\\n7%\\n'
    """
    buf = io.StringIO()
    table.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def write_csv_atomic(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as CSV (UTF-8 with BOM) atomically and return the path."""
    return write_text_atomic(path, csv_text(table), encoding=CSV_ENCODING)
