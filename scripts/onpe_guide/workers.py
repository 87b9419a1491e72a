"""Work shared with a second process where the machine has a second core: a forked child does
every other item while this process does the rest, then sends its results back.

Fork, not spawn: the child starts as a copy of this process (the guide loaded, the modules
imported), so nothing is imported again nor sent to it; only its results travel back (pickled).
A fork copies the calling thread only, and a lock another thread held would stay locked in the
child: with another thread running (`mkdocs serve`'s server), the work is done here, in order.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def can_fork() -> bool:
    """Whether a second process pays and is safe: two cores, fork, no other thread."""
    forks = "fork" in multiprocessing.get_all_start_methods()
    return forks and (os.cpu_count() or 1) >= 2 and threading.active_count() == 1


def in_two(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item], minimum: int) -> list[Result]:
    """`work(items)`: one result per item, in order. With at least `minimum` items and `can_fork()`,
    a forked child does every other item (so that long and short items are shared alike). If the
    child fails (it says nothing), its items are done here, where an error is raised as usual."""
    if len(items) < minimum or not can_fork():
        return work(items)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(work, items[1::2], send), daemon=True)
    child.start()
    send.close()
    ours = work(items[0::2])
    try:
        theirs: list[Result] | None = receive.recv()
    except EOFError:
        theirs = None
    child.join()
    if theirs is None:
        theirs = work(items[1::2])
    merged = list(ours) + list(theirs)  # as long as `items`, then put back in their order
    merged[0::2], merged[1::2] = ours, theirs
    return merged


def _child(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item], send: Connection) -> None:
    try:
        results: list[Result] | None = work(items)
    except BaseException:  # redone by the parent, which reports it as usual
        results = None
    send.send(results)
    send.close()
