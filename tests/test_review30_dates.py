"""Review 30, item 13: "the eve of" a feast was read with one space either side of "of"
only, where the resolver (`timex._THE_EVE_OF`) takes any run of spaces: "on the eve of
Christmas" with two spaces, as pasted text has, was no date. The pattern and the resolver
now agree."""

from __future__ import annotations

import pytest

from placeline import timex
from tests.test_fix47_dates import _span


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2024-12-28", "Crowds gathered in Xville on the eve of  Christmas.", "2024-12-24"),
    ("2024-12-28", "Crowds gathered in Xville on the eve  of Christmas.", "2024-12-24"),
    ("2024-12-28", "Crowds gathered in Xville on the eve\tof Christmas.", "2024-12-24"),
    ("2024-12-28", "Crowds gathered in Xville on the eve of Christmas.", "2024-12-24"),
    ("2024-11-05", "Markets in Xville were packed on the eve of  Diwali.", "2024-10-30"),
])
def test_the_eve_of_a_feast_with_any_spaces(published: str, text: str, expected: str) -> None:
    assert _span(published, text) == (expected, None)


def test_the_expression_is_the_feast_alone():
    """The words before it are its context, as the lookbehind had them: "eve of" is no
    part of the expression the resolver reads the day before from."""
    (found,) = timex.find_expressions("Crowds gathered on the eve of  Christmas.")
    assert (found.text, found.kind) == ("Christmas", "holiday")
    assert "expr" not in found.groups
