"""glibc malloc settings for the processes that run the model: big arrays reuse the heap instead of fresh pages.

The NER allocates its per-batch arrays (a precomputed hidden layer for every token, several MB) with
malloc. glibc serves a block above its mmap threshold (128 KB at first, adjusting up to 32 MB) from a
fresh mapping and returns it to the system on free, so every batch faults its pages in again and the
kernel zeroes them: measured on 300-word documents, ~1,400 page faults and 3-8 ms of system CPU per
document, beside ~28 ms of model time. Raising the mmap and trim thresholds keeps those blocks in the
heap, reused batch after batch (the faults drop to ~0; peak RSS unchanged). Issue 15.

Set only in the processes this package starts (the fork server and its workers, Dask tasks), never in
a process that merely imports the library. Elsewhere than glibc (macOS, musl) it does nothing.
"""

from __future__ import annotations

import ctypes

M_TRIM_THRESHOLD = -1  # <malloc.h>
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 64 * 1024 * 1024  # blocks up to this size come from the heap
TRIM_THRESHOLD = 128 * 1024 * 1024  # free memory kept at the top of the heap before it is given back

_DONE: list[bool] = []


def keep_heap() -> bool:
    """Raise glibc's mmap and trim thresholds in this process (once); True when glibc took both."""
    if _DONE:
        return _DONE[0]
    ok = False
    try:
        libc = ctypes.CDLL(None)  # the C library the interpreter runs on
        mallopt = libc.mallopt
        mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        ok = bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    except (OSError, AttributeError):  # no mallopt in this C library
        ok = False
    _DONE.append(ok)
    return ok
