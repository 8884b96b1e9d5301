"""Run a function over many items in a process pool, in order, with bounded memory.

:func:`ordered_map` cuts the items into chunks (one pool task each), keeps at most ``window``
chunks in flight and yields the results in the order of the items. Because the results arrive
in their final order, the caller can append them to its outputs at once: nothing is sorted at
the end, and memory is bounded by ``window × chunksize`` results, whatever the number of
items. A slow item holds back the ones after it only until the window is full.

A worker process that dies (killed for memory, a crash in an extension) breaks the pool; the
wait for a result looks at the workers too, since the pool may fail to notice. The broken pool
is then discarded (its workers terminated, not waited on) and replaced, the chunks in flight
are resubmitted, and the items of the chunk at the head are run one at a time with nothing
else in flight, so the item that kills its worker is known for certain and reported through
``fail``; the others are processed normally.

How workers start (:func:`pool_context`): forked from the caller when it runs a single
thread (fast, and any script works, guarded by ``if __name__ == "__main__"`` or not); from a
fork server when the caller has threads (a Jupyter kernel, a progress display), so that no lock
held by another thread at the moment of the fork is inherited by a worker and hangs it. The
fork server is a clean process forked once, with the worker module preloaded.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Largest number of items one pool task carries.
MAX_CHUNK = 16

#: Modules the fork server imports once, so that workers start without importing them.
PRELOAD = ["indicators.batch_worker"]


def pool_context() -> multiprocessing.context.BaseContext:
    """How workers start: forked when this process runs one thread, else from a fork server
    (where the platform has neither, spawned). Decide before starting any thread of one's own.

    Examples
    --------
    >>> pool_context().get_start_method() in ("fork", "forkserver", "spawn")
    True
    """
    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def default_workers() -> int:
    """One worker per available core.

    Examples
    --------
    >>> default_workers() >= 1
    True
    """
    return os.cpu_count() or 1


def default_chunksize(items: int, workers: int) -> int:
    """Items per task: about eight tasks per worker, at most :data:`MAX_CHUNK`.

    Examples
    --------
    >>> default_chunksize(1000, 2), default_chunksize(6, 2), default_chunksize(0, 2)
    (16, 1, 1)
    """
    return max(1, min(MAX_CHUNK, math.ceil(items / (workers * 8))))


def ordered_map(
    func: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    fail: Callable[[T, str], R],
    workers: int | None = None,
    chunksize: int | None = None,
    window: int | None = None,
    context: multiprocessing.context.BaseContext | None = None,
) -> Iterator[R]:
    """Yield ``func(chunk)`` results for consecutive chunks of ``items``, in item order.

    Parameters
    ----------
    func
        Takes a chunk (a list of items) and returns one result per item, in order. It runs in
        a worker process, so it must be picklable (a module-level function).
    items
        The items, in the order the results are wanted.
    fail
        Makes the result of an item whose worker died (or whose task raised), from the item
        and a one-line message.
    workers
        Worker processes; defaults to :func:`default_workers`.
    chunksize
        Items per task; defaults to :func:`default_chunksize`.
    window
        Most tasks in flight; defaults to four per worker.
    context
        How workers start; defaults to :func:`pool_context` at the first result.

    Examples
    --------
    >>> list(ordered_map(_lengths, ["a", "bb", "ccc"], fail=lambda item, msg: -1, workers=2))
    [1, 2, 3]
    """
    workers = workers or default_workers()
    size = chunksize or default_chunksize(len(items), workers)
    limit = window or 4 * workers
    start = context or pool_context()

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=start)

    todo: deque[list[T]] = deque(list(items[i : i + size]) for i in range(0, len(items), size))
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    isolating = 0  # items to run one at a time after a worker died
    pool = new_pool()
    try:
        while todo or pending:
            pool = _fill(pool, func, todo, pending, 1 if isolating else limit, new_pool)
            chunk, future = pending[0]
            try:
                results = _result(pool, future)
            except BrokenProcessPool:
                _discard(pool)
                pool = new_pool()
                chunks = [c for c, _ in pending]
                pending.clear()
                if isolating:
                    # Only this item was running: it killed its worker.
                    isolating -= 1
                    todo.extendleft(reversed(chunks[1:]))
                    yield fail(chunk[0], "处理此报告时工作进程意外终止")
                    continue
                singles = [[item] for item in chunks[0]]
                todo.extendleft(reversed(singles + chunks[1:]))
                isolating = len(singles)
                continue
            except Exception as exc:  # the task itself failed (e.g. a result not picklable)
                pending.popleft()
                isolating = max(0, isolating - 1)
                message = f"内部错误（{type(exc).__name__}: {exc}）"
                for item in chunk:
                    yield fail(item, message)
                continue
            pending.popleft()
            isolating = max(0, isolating - 1)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _fill(
    pool: ProcessPoolExecutor,
    func: Callable[[Sequence[T]], list[R]],
    todo: deque[list[T]],
    pending: deque[tuple[list[T], Future[list[R]]]],
    limit: int,
    new_pool: Callable[[], ProcessPoolExecutor],
) -> ProcessPoolExecutor:
    """Submit chunks until ``limit`` are in flight; replace a pool that broke meanwhile."""
    while todo and len(pending) < limit:
        chunk = todo[0]
        try:
            future = pool.submit(func, chunk)
        except BrokenProcessPool:
            if pending:
                return pool  # the next result reports the break and recovery follows
            _discard(pool)
            pool = new_pool()
            continue
        todo.popleft()
        pending.append((chunk, future))
    return pool


#: How often a wait for a result looks at the workers, and how long it then gives the pool
#: to report a worker that died itself (seconds).
_POLL_SECONDS = 1.0
_GRACE_SECONDS = 5.0


def _result(pool: ProcessPoolExecutor, future: Future[list[R]]) -> list[R]:
    """The result of ``future``. A worker that died is reported as a broken pool even when the
    pool itself fails to notice (a worker killed while the pool's own thread waits can leave
    the wait hanging): the workers are looked at while waiting."""
    while True:
        try:
            return future.result(timeout=_POLL_SECONDS)
        except TimeoutError:
            if not _a_worker_died(pool):
                continue
        try:
            return future.result(timeout=_GRACE_SECONDS)
        except TimeoutError:
            raise BrokenProcessPool("a worker process died") from None


def _a_worker_died(pool: ProcessPoolExecutor) -> bool:
    processes = getattr(pool, "_processes", None) or {}
    return any(p.exitcode not in (None, 0) for p in list(processes.values()))


def _discard(pool: ProcessPoolExecutor) -> None:
    """Stop a broken pool without waiting on it: its workers are terminated, then joined."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=_GRACE_SECONDS)


def _lengths(chunk: Sequence[str]) -> list[int]:
    """Example task for the docstring: the length of each item."""
    return [len(item) for item in chunk]
