"""Left open by session 23, reading: a venue's line or a famous subject cut as a byline
while real writers' bylines ("Chris Church, Leeds", "Park Si-soo, Seoul") stayed in the
text; short Italian and cp1250 Croatian texts read in the wrong encoding without a warning;
and an article's stored byline left stale after reprocessing or re-ingesting."""

from __future__ import annotations

import pytest

from placeline.clean import clean

# --- bylines: a writer's name and where they wrote from, right under the title -------------

CHURCH = """Leeds flood defences to be raised
Chris Church, Leeds
The Environment Agency said on Wednesday that flood walls along the River Aire in Leeds city
centre would be raised by half a metre after Storm Babet, at a cost of £12m."""

PARK = """Seoul to expand night buses
Park Si-soo, Seoul
Seoul city government said on Tuesday it would add 14 late-night bus routes from March, after
commuters in Gangnam and Mapo complained of long waits for taxis after midnight."""

ALBERT_HALL = """Proms open before a record crowd
Albert Hall, London
The BBC Proms opened on Friday night before a record crowd, with the BBC Symphony Orchestra
playing Elgar and Holst. All 5,272 seats in the hall sold out within two hours, organisers said."""

CHRIST_CHURCH = """Oxford college restores its organ
Christ Church, Oxford
Work on the 300-year-old organ took two years, and the church will reopen it to the public
with a recital on Sunday, the college said."""


@pytest.mark.parametrize("text, byline", [(CHURCH, "Chris Church, Leeds"),
                                          (PARK, "Park Si-soo, Seoul")])
def test_a_writers_surname_that_is_a_kind_word_is_a_byline(text, byline):
    cleaned = clean(text)
    assert cleaned.metadata.get("byline") == byline
    assert byline not in cleaned.text


@pytest.mark.parametrize("text, line", [(ALBERT_HALL, "Albert Hall, London"),
                                        (CHRIST_CHURCH, "Christ Church, Oxford")])
def test_a_venue_the_story_calls_by_its_kind_word_is_no_byline(text, line):
    cleaned = clean(text)
    assert "byline" not in cleaned.metadata
    assert line in cleaned.text


@pytest.mark.parametrize("line", ["John Hall, Kyiv", "By Chris Church, Leeds",
                                  "Jane Doe, Kyiv"])
def test_bylines_cut_before_are_still_cut(line):
    text = f"""Shelling hits power plant
{line}
Russian missiles struck a thermal power plant near Kyiv overnight, Ukraine's energy ministry
said on Sunday, leaving 200,000 homes without electricity in the region."""
    cleaned = clean(text)
    assert cleaned.metadata.get("byline") == line
    assert line not in cleaned.text


@pytest.mark.parametrize("line", ["Park Lane, London", "Church Street, Leeds",
                                  "Jackson Square, New Orleans"])
def test_a_street_or_square_is_still_no_byline(line):
    text = f"""Traffic diverted after burst main
{line}
Traffic was diverted on Monday after a water main burst, flooding the road and nearby shops,
the council said, adding that repairs would take three days."""
    cleaned = clean(text)
    assert "byline" not in cleaned.metadata
    assert line in cleaned.text

