"""A small process pool that survives what hostile files do to an extractor.

Each item runs in a worker process with a time limit and a memory limit. A worker that
hangs is killed, one that crashes (a segfault in a C library) is replaced, and the item
comes back as a ``WorkerFailure`` instead of taking the batch down with it.
"""

import faulthandler
import multiprocessing
import resource
import time
from collections import deque
from multiprocessing.connection import wait

POLL_SECONDS = 0.2


class WorkerFailure(Exception):
    """The worker did not return a result for an item: timeout, crash or memory."""


def _limit_memory(max_bytes):
    if max_bytes:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _serve(conn, func, memory_limit):
    faulthandler.disable()  # a crash is reported as a WorkerFailure, not a stack dump
    _limit_memory(memory_limit)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        try:
            reply = ("ok", func(item))
        except MemoryError:
            reply = ("fail", "ran out of memory while reading it (over the per-file memory limit)")
        except Exception as error:  # a bug, reported with its item; the worker stays usable
            reply = ("fail", f"unexpected {type(error).__name__}: {error}")
        conn.send(reply)


class _Worker:
    def __init__(self, context, func, memory_limit):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, func, memory_limit), daemon=True)
        self.process.start()
        child.close()

    def stop(self, kill=False):
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def run(func, items, workers=2, timeout=120, memory_limit=4 * 1024**3):
    """Yield ``(item, result)`` in completion order; result may be a ``WorkerFailure``.

    ``func`` must be a module-level function (it is sent to the workers by name).
    """
    context = multiprocessing.get_context("fork")
    pending = deque(items)
    pool = [_Worker(context, func, memory_limit) for _ in range(max(1, min(workers, len(pending))))]
    busy = {}
    try:
        while pending or busy:
            _dispatch(pool, busy, pending)
            for conn in wait(list(busy), timeout=POLL_SECONDS):
                yield _collect(conn, busy, pool, context, func, memory_limit)
            yield from _expire(busy, pool, context, func, memory_limit, timeout)
    finally:
        for worker in pool:
            worker.stop(kill=bool(busy))


def _dispatch(pool, busy, pending):
    busy_workers = {id(w) for w, _, _ in busy.values()}
    for worker in pool:
        if pending and id(worker) not in busy_workers:
            item = pending.popleft()
            worker.conn.send(item)
            busy[worker.conn] = (worker, item, time.monotonic())


def _replace(pool, worker, context, func, memory_limit):
    worker.stop(kill=True)
    pool[pool.index(worker)] = _Worker(context, func, memory_limit)


def _collect(conn, busy, pool, context, func, memory_limit):
    worker, item, _ = busy.pop(conn)
    try:
        kind, value = conn.recv()
    except (EOFError, OSError):
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        _replace(pool, worker, context, func, memory_limit)
        return item, WorkerFailure(
            f"the reader crashed on it (exit code {code}): the file is probably malformed"
        )
    return item, (value if kind == "ok" else WorkerFailure(value))


def _expire(busy, pool, context, func, memory_limit, timeout):
    now = time.monotonic()
    for conn, (worker, item, started) in list(busy.items()):
        if now - started > timeout:
            busy.pop(conn)
            _replace(pool, worker, context, func, memory_limit)
            yield (
                item,
                WorkerFailure(
                    f"reading it took longer than {timeout} s and was stopped: the file may be malformed or far too large"
                ),
            )


def run_inline(func, items):
    """The same contract without processes: for tests and for tiny batches."""
    for item in items:
        try:
            yield item, func(item)
        except Exception as error:
            yield item, WorkerFailure(f"unexpected {type(error).__name__}: {error}")
