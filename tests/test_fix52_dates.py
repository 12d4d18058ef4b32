"""Fix 52 (review 28): the date reader on feasts of other calendars (a bare "Eid", "of
<feast>", one table of spellings, their own bit in the scan) and far-ahead written days."""

from __future__ import annotations

import pytest

from tests.test_fix47_dates import _span

# -- 1. a bare "Eid" is either Eid, the nearest by the tense -------------------------------------


@pytest.mark.parametrize(("published", "text", "expected"), [
    # Wednesday 19 June 2024: Eid al-Adha was Sunday 16 June (Eid al-Fitr, 10 April)
    ("2024-06-19", "Worshippers filled the mosques of Xville on Eid.", ("2024-06-16", None)),
    ("2024-06-19", "Roads out of Xville were jammed over the Eid holidays.",
     ("2024-06-16", "2024-06-19")),
    # Tuesday 11 June 2024: the coming Eid al-Adha, not April's nor next March's Eid al-Fitr
    ("2024-06-11", "Livestock traders in Xville are busy ahead of Eid.", ("2024-06-16", None)),
    ("2024-06-11", "Banks in Xville will shut for Eid.", ("2024-06-16", None)),
    # Monday 15 April 2024: still Eid al-Fitr, three days
    ("2024-04-15", "Families in Xville visited relatives over the Eid holidays.",
     ("2024-04-10", "2024-04-12")),
])
def test_a_bare_eid_is_the_nearest_eid_by_the_tense(published: str, text: str,
                                                     expected: tuple[str, str | None]) -> None:
    assert _span(published, text) == expected
