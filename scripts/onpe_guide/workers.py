"""Work shared with a second process where the machine has a second core: a forked child does
half the items while this process does the rest, then sends its results back.

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
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def can_fork() -> bool:
    """Whether a second process pays and is safe: two cores, fork, no other thread."""
    forks = "fork" in multiprocessing.get_all_start_methods()
    return forks and (os.cpu_count() or 1) >= 2 and threading.active_count() == 1


def in_two(
    work: Callable[[Sequence[Item]], list[Result]],
    items: Sequence[Item],
    minimum: int,
    weight: Callable[[Item], float] | None = None,
) -> list[Result]:
    """`work(items)`: one result per item, in order. With at least `minimum` items and `can_fork()`,
    a forked child does half the items: every other one, or, by `weight` (how long an item takes,
    roughly), the heaviest first to whichever of the two has less. If the child fails (it says
    nothing), its items are done here, where an error is raised as usual."""
    if len(items) < minimum or not can_fork():
        return work(items)
    ours, theirs = _halves(items, weight)
    done = _forked(work, [items[i] for i in theirs])
    results = dict(zip(ours, work([items[i] for i in ours]), strict=True))
    results |= zip(theirs, done(), strict=True)
    return [results[i] for i in range(len(items))]


class Later(Generic[Result]):
    """Results that `in_background` may still be making: calling it waits for them."""

    def __init__(self, results: Callable[[], list[Result]], background: bool) -> None:
        self.results, self.background = results, background

    def __call__(self) -> list[Result]:
        return self.results()


def in_background(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item], minimum: int) -> Later[Result]:
    """`work(items)` in a forked child while this process goes on (`background`), when it pays and
    is safe (`minimum` items, `can_fork()`); otherwise done here and now."""
    if len(items) < minimum or not can_fork():
        results = work(items)
        return Later(lambda: results, background=False)
    return Later(_forked(work, items), background=True)


def _forked(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item]) -> Callable[[], list[Result]]:
    """A forked child doing `work(items)`, and the function that waits for its results (done here
    if the child failed: an error is raised here, as usual)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(work, items, send), daemon=True)
    child.start()
    send.close()

    def results() -> list[Result]:
        try:
            done: list[Result] | None = receive.recv()
        except EOFError:
            done = None
        child.join()
        receive.close()
        return done if done is not None else work(items)

    return results


def _halves(items: Sequence[Item], weight: Callable[[Item], float] | None) -> tuple[list[int], list[int]]:
    """The items' places for this process and for the child."""
    if weight is None:
        return list(range(0, len(items), 2)), list(range(1, len(items), 2))
    halves: tuple[list[int], list[int]] = ([], [])
    loads = [0.0, 0.0]
    for i in sorted(range(len(items)), key=lambda i: -weight(items[i])):
        lighter = 0 if loads[0] <= loads[1] else 1
        halves[lighter].append(i)
        loads[lighter] += weight(items[i])
    return sorted(halves[0]), sorted(halves[1])


def _child(work: Callable[[Sequence[Item]], list[Result]], items: Sequence[Item], send: Connection) -> None:
    try:
        results: list[Result] | None = work(items)
    except BaseException:  # redone by the parent, which reports it as usual
        results = None
    send.send(results)
    send.close()
