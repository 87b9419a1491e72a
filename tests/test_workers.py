"""Work shared with a forked child (workers.py): the same results in the same order as in one
process; a child that fails leaves its items to this process, which raises as usual."""

from __future__ import annotations

import os
from collections.abc import Sequence

import pytest

from onpe_guide import workers
from onpe_guide.workers import in_two


@pytest.fixture(autouse=True)
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork even where pytest-xdist runs threads (the child here touches nothing they hold)."""
    monkeypatch.setattr(workers, "can_fork", lambda: True)


def where(items: Sequence[int]) -> list[tuple[int, int]]:
    return [(item * item, os.getpid()) for item in items]


def test_the_results_come_back_in_order_from_two_processes() -> None:
    results = in_two(where, list(range(11)), minimum=2)
    assert [square for square, _ in results] == [n * n for n in range(11)]
    assert {pid for _, pid in results[0::2]} == {os.getpid()}
    assert {pid for _, pid in results[1::2]} != {os.getpid()}  # every other item: the child's


def test_few_items_stay_here() -> None:
    assert {pid for _, pid in in_two(where, [1, 2, 3], minimum=4)} == {os.getpid()}


def test_a_child_that_fails_leaves_its_items_here() -> None:
    parent = os.getpid()

    def fails_in_the_child(items: Sequence[int]) -> list[int]:
        if os.getpid() != parent:
            raise RuntimeError("in the child")
        return [item + 1 for item in items]

    assert in_two(fails_in_the_child, [1, 2, 3, 4], minimum=2) == [2, 3, 4, 5]

    def fails(items: Sequence[int]) -> list[int]:
        raise ValueError("a problem")

    with pytest.raises(ValueError, match="a problem"):
        in_two(fails, [1, 2, 3, 4], minimum=2)


def test_weighed_items_are_shared_by_weight() -> None:
    """The heaviest first to whichever process has less: one heavy item alone on one side."""
    weights = [1, 1, 10, 1, 1, 1, 1, 1]
    results = in_two(where, list(range(len(weights))), minimum=2, weight=lambda n: weights[n])
    assert [square for square, _ in results] == [n * n for n in range(len(weights))]
    heavy = results[2][1]
    assert [n for n, (_, pid) in enumerate(results) if pid == heavy] == [2]
