"""A memo by an object's identity, for facts of the gazetteer's cached reading tuples and
readings: they recur from mention to mention and from article to article, are immutable, and
hashing them by value would cost more than the facts themselves."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
V = TypeVar("V")


def per_object(kept: int) -> Callable[[Callable[[T], V]], Callable[[T], V]]:
    """Keep a one-argument function's answers by its argument's id, with the argument itself
    (so the id stays its own while kept), at most `kept` of them: the memo starts again when
    full, which bounds its memory whatever a long stream brings."""
    def wrap(compute: Callable[[T], V]) -> Callable[[T], V]:
        memo: dict[int, tuple[T, V]] = {}

        @functools.wraps(compute)
        def cached(obj: T) -> V:
            hit = memo.get(id(obj))
            if hit is not None and hit[0] is obj:
                return hit[1]
            value = compute(obj)
            if len(memo) >= kept:
                memo.clear()
            memo[id(obj)] = (obj, value)
            return value
        cached.memo = memo  # type: ignore[attr-defined]  # (tests read its size)
        return cached
    return wrap
