"""Review 34, findings 1, 6, 7, 12, 13: stand-in guesses in time linear in the text, city
quarters only where the text frames them so, no stand-in gone to or come from, correction
notices told by their wording, and a map across the meridian by its cut, not its box."""

from __future__ import annotations

import pytest


def _at(mentions, surface):
    return next(m for m in mentions if m.surface == surface)


# -- 12. correction notices, not stories that mention a correction ---------------------------

@pytest.mark.parametrize(("title", "text", "notice"), [
    ("UN report: Sudan famine spreads", ("GENEVA (Reuters) - An earlier version of this "
     "report, released by the UN in March, estimated 3,000 deaths."), False),
    ("Correction-facility riot in Lima", "Inmates rioted.", False),
    ("Prison strike", "ALBANY, N.Y. -\nCorrection: officers at the state prison walked out.",
     False),
    ("Prison strike", "Guards walked out.\nCorrection officers said pay was late.", False),
    ("Correction — Quake kills five in Peru", "", True),
    ("Correction (March 13): Quake kills five", "", True),
    ("Quake kills five", "Correction: An earlier toll was wrong.\nCHIVAY, Peru", True),
    ("Quake kills five", ("CHIVAY, Peru - An earlier version of this story incorrectly said "
     "four people died."), True),
])
def test_is_correction_reads_a_notice_s_wording(title, text, notice):
    from placeline.snippets import is_correction

    assert is_correction(title, text) is notice
