"""Audit 26, item 1: a title derived from the lead's first sentence runs past abbreviations
and initials ("Senior U.S.", "Dr.", "Two daughters of blues legend B.B." had been titles)."""

from __future__ import annotations

import pytest

from placeline.clean import clean


@pytest.mark.parametrize(("lead", "title"), [
    (("Senior U.S. Military Official Visits Georgia. TBILISI — A senior U.S. military "
     "official arrived in Tbilisi on Friday for two days of talks with officials."),
     "Senior U.S. Military Official Visits Georgia."),
    (("Dr. Amira Haddad warns of a measles outbreak in Leeds. Health officials said cases "
     "had doubled since the spring, with most among children under five years old."),
     "Dr. Amira Haddad warns of a measles outbreak in Leeds."),
    (("Two daughters of blues legend B.B. King sue the estate in Las Vegas. The suit, filed "
     "on Monday, says the will was signed under pressure from his business manager."),
     "Two daughters of blues legend B.B. King sue the estate in Las Vegas."),
    (("Safety stressed on St. Patrick's Day in Savannah. Police will close River Street to "
     "traffic from noon and officers will patrol the squares until late at night."),
     "Safety stressed on St. Patrick's Day in Savannah."),
])
def test_a_lead_s_title_is_its_whole_first_sentence(lead, title):
    assert clean(lead).title == title
