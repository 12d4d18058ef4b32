"""The memo by identity that the geoparser keeps its readings' facts in."""

from placeline.per_object import per_object


def test_an_object_s_answer_is_kept_and_a_full_memo_starts_again() -> None:
    calls = []

    @per_object(kept=3)
    def size(items: tuple) -> int:
        calls.append(items)
        return len(items)

    first = (1, 2)
    assert size(first) == 2 and size(first) == 2
    assert len(calls) == 1  # (asked once)
    others = [tuple(range(n)) for n in range(5)]
    for other in others:
        size(other)
    assert len(size.memo) <= 3  # (bounded, whatever comes)


def test_an_equal_but_other_object_is_asked_again() -> None:
    calls = []

    @per_object(kept=10)
    def total(items: list) -> int:
        calls.append(1)
        return sum(items)

    a, b = [1, 2], [1, 2]
    total(a)
    total(b)
    assert len(calls) == 2  # (by identity: equal lists are two)
