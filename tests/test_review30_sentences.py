"""Review 30, item 14: the imperatives fix 55 let open a sentence after initials are
surnames too (Still, Call, Most, Watch, Share, Both, Even), and a time zone's word after
"a.m." let a sentence run on into a name that opens the next."""

from __future__ import annotations

import pytest

from placeline.text import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a surname after a middle initial goes on (had been cut after "G.")
    ("Composer William G. Still was born in Mississippi.",
     ["Composer William G. Still was born in Mississippi."]),
    ("The anarchist Johann J. Most was jailed in London.",
     ["The anarchist Johann J. Most was jailed in London."]),
    ("The pastor, Jason R. Call, spoke in Ogden.",
     ["The pastor, Jason R. Call, spoke in Ogden."]),
    # the same words opening a sentence, as fix 55 had them
    ("He taught at Stonington H.S. Call 555-0100 for details.",
     ["He taught at Stonington H.S.", "Call 555-0100 for details."]),
    ("She studied at Stonington H.S. Watch the video on our site.",
     ["She studied at Stonington H.S.", "Watch the video on our site."]),
    ("Cases rose in the U.S. Most of them were mild.",
     ["Cases rose in the U.S.", "Most of them were mild."]),
    ("He returned to the U.S. Still, the virus spread in Ohio.",
     ["He returned to the U.S.", "Still, the virus spread in Ohio."]),
])
def test_surnames_and_imperatives_after_initials(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a zone's word before a name is that name's: the sentence ends at the time
    ("The fire started at 4 a.m. Central Park was closed by police.",
     ["The fire started at 4 a.m.", "Central Park was closed by police."]),
    ("Power returned at 6 a.m. Pacific Gas and Electric said 2,000 homes were hit.",
     ["Power returned at 6 a.m.", "Pacific Gas and Electric said 2,000 homes were hit."]),
    ("It ended at 11 p.m. Local residents cheered.",
     ["It ended at 11 p.m.", "Local residents cheered."]),
    # the zone's own words go on
    ("The game starts at 8 p.m. Eastern on NBC.", ["The game starts at 8 p.m. Eastern on NBC."]),
    ("It starts at 8 p.m. Eastern Standard Time on Friday.",
     ["It starts at 8 p.m. Eastern Standard Time on Friday."]),
    ("It opens at 9 a.m. Local time in Kabul.", ["It opens at 9 a.m. Local time in Kabul."]),
    ("It starts at 7 p.m. Pacific. The band plays.", ["It starts at 7 p.m. Pacific.",
                                                     "The band plays."]),
])
def test_a_zone_s_word_after_a_time(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_date_in_figures_after_a_time_goes_on_in_its_sentence() -> None:
    """Review 30 item 7: "at 10 a.m. 14 March" had been cut after "a.m.", the date pushed
    into a sentence of its own and the meeting dated by the paper's day."""
    text = "The meeting in Leeds starts at 10 a.m. 14 March, the council said. Then it ends."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The meeting in Leeds starts at 10 a.m. 14 March, the council said.", "Then it ends."]
