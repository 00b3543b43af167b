"""The worker pool: a file that crashes or hangs its reader costs that file, not the batch."""

import os
import signal
import time

from workbench import workers


def crash_on_bad(item):
    """A stand-in for a C library that segfaults or hangs on one malformed file."""
    if item == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    if item == "hang":
        time.sleep(60)
    if item == "bug":
        raise ValueError("boom")
    return item.upper()


def test_crash_hang_and_bug_are_reported_and_the_rest_completes():
    items = ["a", "segfault", "b", "hang", "c", "bug", "d"]
    results = dict(workers.run(crash_on_bad, items, workers=2, timeout=3))
    assert {results[k] for k in "abcd"} == {"A", "B", "C", "D"}
    assert isinstance(results["segfault"], workers.WorkerFailure) and "crashed" in str(
        results["segfault"]
    )
    assert isinstance(results["hang"], workers.WorkerFailure) and "longer than 3 s" in str(
        results["hang"]
    )
    assert isinstance(results["bug"], workers.WorkerFailure) and "boom" in str(results["bug"])


def test_memory_limit_turns_a_runaway_file_into_a_failure():
    results = dict(
        workers.run(allocate, ["small", "huge"], workers=1, timeout=30, memory_limit=1024**3)
    )
    assert results["small"] == 1
    assert isinstance(results["huge"], workers.WorkerFailure) and "memory" in str(results["huge"])


def allocate(item):
    size = 10 if item == "small" else 4 * 1024**3
    return len(bytearray(size)) and 1
