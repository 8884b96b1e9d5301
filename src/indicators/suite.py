"""Execute the notebook suite for one report, in one kernel, with a progress display.

The notebooks in ``notebooks/`` take their parameters from a cell tagged ``parameters``
(papermill's convention). :func:`execute_suite` injects the report path after that cell,
runs every notebook top to bottom in a single shared kernel (the costly start of a kernel and
of its imports is paid once), and saves each executed copy atomically. A failing cell stops
the suite with :class:`SuiteError`, which names the notebook and the cell. A kernel that gives
no answer (on a loaded machine, or one whose ports another process's kernel took) is shut down
and the notebook runs again in a fresh one, once.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import nbformat

from .outputs import write_text_atomic
from .paths import notebooks_dir

#: Notebooks of the suite, in the order they run.
SUITE = (
    "01-clean.ipynb",
    "02-claims-and-series.ipynb",
    "03-check-arithmetic.ipynb",
    "04-targets.ipynb",
)
CELL_TIMEOUT = 600
#: Seconds a kernel has to answer before it is given up on (nbclient's default is 60; a loaded
#: machine starting several kernels at once can take longer).
STARTUP_TIMEOUT = 180
#: Kernels tried per notebook: one that never answers (a port taken by another process's kernel,
#: say) is shut down and the notebook runs again in a fresh one, with new ports.
KERNEL_ATTEMPTS = 2

# nbclient logs a kernel given up on as an error; what the user reads is said here instead.
_NBCLIENT_LOG = logging.getLogger(f"{__name__}.nbclient")
_NBCLIENT_LOG.addHandler(logging.NullHandler())
_NBCLIENT_LOG.propagate = False


def _kernel_env(base: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    env.update({"MPLBACKEND": "Agg", "PYDEVD_DISABLE_FILE_VALIDATION": "1"})
    return env


class SuiteError(Exception):
    """A notebook of the suite failed; the message names the notebook and the cell."""


@dataclass(frozen=True)
class ExecutedNotebook:
    """Where an executed notebook was saved."""

    name: str
    path: Path


def _failing_cell(nb: nbformat.NotebookNode) -> tuple[int, str]:
    for number, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return number, f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"
    return 0, "unknown error"


def execute_suite(
    parameters: dict[str, object],
    out_dir: str | Path,
    notebooks: Sequence[str] = SUITE,
    source_dir: str | Path | None = None,
    progress: bool = True,
    workers: int | None = None,
) -> list[ExecutedNotebook]:
    """Run the notebooks with ``parameters`` and save the executed copies in ``out_dir``.

    The notebooks of the suite are independent of one another (each computes what it shows
    from the report), so with ``workers`` > 1 they are shared round-robin among that many
    processes, each with one kernel; by default one per core, at most one per notebook.

    Parameters
    ----------
    parameters
        Values injected after each notebook's ``parameters`` cell (e.g. ``{"report": ...}``).
    out_dir
        Folder for the executed notebooks (created if missing).
    notebooks
        File names of the notebooks to run, in order.
    source_dir
        Folder of the notebooks; defaults to the project's ``notebooks/``.
    progress
        Show which notebook is running on standard error.
    workers
        Processes (each with one kernel) to share the notebooks among.

    Returns
    -------
    list[ExecutedNotebook]

    Raises
    ------
    SuiteError
        A cell failed; the message names the notebook, the cell number and the error.
    """
    out_dir = Path(out_dir).resolve()
    source_dir = Path(source_dir).resolve() if source_dir is not None else None
    count = min(workers or os.cpu_count() or 1, len(notebooks))
    if count > 1:
        return _execute_in_parallel(parameters, out_dir, notebooks, source_dir, progress, count)
    return _execute_in_one_kernel(parameters, out_dir, notebooks, source_dir, progress)


def _execute_in_parallel(
    parameters: dict[str, object],
    out_dir: str | Path,
    notebooks: Sequence[str],
    source_dir: str | Path | None,
    progress: bool,
    count: int,
) -> list[ExecutedNotebook]:
    groups = [list(notebooks[i::count]) for i in range(count)]
    # A fresh interpreter per worker (no fork): the caller may hold threads and kernel clients.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        futures = [
            # the caller's environment (INDICATORS_HOME …) goes with the work, not the worker's
            pool.submit(
                _execute_in_one_kernel,
                parameters,
                out_dir,
                g,
                source_dir,
                progress,
                dict(os.environ),
            )
            for g in groups
        ]
        wait(futures)
    done: dict[str, ExecutedNotebook] = {}
    for future in futures:  # the first failure in suite order is the one reported
        for executed in future.result():
            done[executed.name] = executed
    return [done[name] for name in notebooks]


def _execute_in_one_kernel(
    parameters: dict[str, object],
    out_dir: str | Path,
    notebooks: Sequence[str],
    source_dir: str | Path | None,
    progress: bool,
    env: dict[str, str] | None = None,
) -> list[ExecutedNotebook]:
    if env is not None:  # a pool worker: act in the caller's environment
        os.environ.clear()
        os.environ.update(env)
    src = Path(source_dir) if source_dir is not None else notebooks_dir()
    target = Path(out_dir)
    kernel = _Kernel(src.resolve(), env)
    done: list[ExecutedNotebook] = []
    try:
        for name in notebooks:
            started = time.perf_counter()
            if progress:
                print(f"正在执行 {name} …", file=sys.stderr, flush=True)
            nb = _run_one(kernel, src / name, parameters, target, progress)
            out = target / name
            write_text_atomic(out, nbformat.writes(nb) + "\n")
            done.append(ExecutedNotebook(name=name, path=out))
            if progress:
                seconds = time.perf_counter() - started
                print(f"完成 {name}（{seconds:.1f} 秒）", file=sys.stderr, flush=True)
            kernel.reset_namespace()
    finally:
        kernel.discard()
    return done


class _Kernel:
    """The kernel a run of notebooks shares, started afresh when it dies or is given up on.

    A fresh kernel gets a new manager (a manager shut down cannot start another) and new ports.
    """

    def __init__(self, work_dir: Path, env: dict[str, str] | None) -> None:
        self.work_dir = work_dir
        self.env = env
        self.km = None
        self.manager()  # the costly start is paid before the first notebook is loaded

    def manager(self):
        """The running kernel's manager, after starting a kernel if none is alive."""
        from jupyter_client.manager import KernelManager

        if self.km is not None and not self.km.is_alive():  # died after the notebook before
            self.discard()
        if self.km is None:
            self.km = KernelManager(kernel_name="python3")
            # The kernel's own stderr only carries start-up chatter; cells' output is captured.
            self.km.start_kernel(
                cwd=str(self.work_dir), env=_kernel_env(self.env), stderr=subprocess.DEVNULL
            )
        return self.km

    def discard(self) -> None:
        """Shut the kernel down; the next call of :meth:`manager` starts another."""
        if self.km is not None:
            km, self.km = self.km, None
            km.shutdown_kernel(now=True)

    def reset_namespace(self) -> None:
        """Clear the variables so the next notebook starts clean (imports stay cached)."""
        if self.km is None:
            return
        kc = self.km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=STARTUP_TIMEOUT)
            kc.execute_interactive(
                "%reset -f", timeout=STARTUP_TIMEOUT, output_hook=lambda msg: None
            )
        except (RuntimeError, TimeoutError):  # no answer: the next notebook gets a fresh kernel
            self.discard()
        finally:
            kc.stop_channels()


def _run_one(
    kernel: _Kernel, path: Path, parameters: dict[str, object], target: Path, progress: bool
) -> nbformat.NotebookNode:
    """Execute one notebook in the shared kernel, in a fresh one if that one does not answer."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    for attempt in range(1, KERNEL_ATTEMPTS + 1):
        nb = load_notebook_node(str(path))
        nb = parameterize_notebook(nb, parameters, kernel_name="python3", language="python")
        client = NotebookClient(
            nb,
            km=kernel.manager(),
            timeout=CELL_TIMEOUT,
            startup_timeout=STARTUP_TIMEOUT,
            allow_errors=False,
            log=_NBCLIENT_LOG,
            resources={"metadata": {"path": str(kernel.work_dir)}},
        )
        try:
            client.execute(cleanup_kc=False)
            return nb
        except (CellExecutionError, CellTimeoutError) as exc:
            number, error = _failing_cell(nb)
            detail = error if number else str(exc).strip().splitlines()[-1]
            failed = write_text_atomic(target / path.name, nbformat.writes(nb) + "\n")
            raise SuiteError(
                f"笔记本 {path.name} 在第 {number} 个单元格出错: {detail}（已执行的副本: {failed}）"
            ) from None
        except RuntimeError as exc:  # the kernel did not answer, or died
            # nbclient leaves its clean-up at exit registered when the kernel gave no answer
            cleanup = getattr(client, "_cleanup_kernel", None)
            if cleanup is not None:
                atexit.unregister(cleanup)
            if attempt == KERNEL_ATTEMPTS:
                raise SuiteError(f"笔记本 {path.name}: Jupyter 内核出错（{exc}）") from None
            if progress:
                retry = f"Jupyter 内核无响应（{exc}），换用新内核重新执行 {path.name}"
                print(retry, file=sys.stderr, flush=True)
            kernel.discard()
        finally:
            if client.kc is not None:
                client.kc.stop_channels()
    raise AssertionError("unreachable")  # pragma: no cover
