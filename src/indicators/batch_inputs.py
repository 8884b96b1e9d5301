"""Which report files a batch run processes: files and folders given by the user, in order.

A folder stands for every report file under it (recursively, hidden files and folders
skipped); a file given by name is taken whatever its suffix, so that a wrong file is reported
as a failed report rather than silently ignored. The result is sorted by the name the report
carries in the outputs (its path as given or found), which fixes the order of every combined
table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

#: Suffixes of the report files picked up inside a folder. ``.doc`` is picked up so that an
#: old Word file in the folder is reported (save it as .docx) rather than silently skipped.
REPORT_SUFFIXES = (".txt", ".docx", ".docm", ".pdf", ".doc")


@dataclass(frozen=True, order=True)
class BatchInput:
    """One report of a batch: ``name`` (its path as given or found, with ``/``) and ``path``."""

    name: str
    path: Path


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _in_folder(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.suffix.lower() in REPORT_SUFFIXES and not _hidden(path, folder) and path.is_file():
            found.append(path)
    return found


def find_reports(paths: Iterable[str | Path]) -> list[BatchInput]:
    """The report files named by ``paths`` (files and folders), sorted and without repeats.

    Parameters
    ----------
    paths
        Files and folders, as typed by the user.

    Returns
    -------
    list[BatchInput]
        Sorted by name; a file reached twice (named, and inside a named folder) appears once.

    Raises
    ------
    InputError
        A path does not exist, or no report file is found at all.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b/2023.docx", "a.txt", "b/notes.csv", "b/.draft/x.txt"):
    ...     (root / name).parent.mkdir(parents=True, exist_ok=True)
    ...     _ = (root / name).write_text("x")
    >>> [r.name.removeprefix(root.as_posix()) for r in find_reports([root / "b", root / "a.txt"])]
    ['/a.txt', '/b/2023.docx']
    >>> find_reports([root / "missing"])
    Traceback (most recent call last):
    ...
    indicators.errors.InputError: .../missing: 文件或文件夹不存在
    """
    chosen: dict[Path, BatchInput] = {}
    given = list(paths)
    for raw in given:
        path = Path(raw)
        if path.is_dir():
            files = [(f, (path / f.relative_to(path)).as_posix()) for f in _in_folder(path)]
        elif path.is_file():
            files = [(path, path.as_posix())]
        else:
            raise InputError(f"{path}: 文件或文件夹不存在")
        for file, name in files:
            chosen.setdefault(file.resolve(), BatchInput(name, file))
    if not chosen:
        where = "、".join(str(p) for p in given) or "（未给出路径）"
        suffixes = "/".join(REPORT_SUFFIXES)
        raise InputError(f"在 {where} 中未找到报告文件（{suffixes}）")
    return sorted(chosen.values())
