"""Left open by the twenty-first session's reviews, the reader: bylines of any writer's name,
with where they wrote from, under the title (item 1); a Slovak text opening on a one-letter
word and an English one naming İzmir (item 2); a log line while `ingest` draws its progress
line (item 3); the articles a full disk left read but not stored (item 4)."""

from __future__ import annotations

import pytest

from placeline.clean import clean

# -- item 1: bylines under the title, whatever the writer's name ------------------------------

BODY = ("Floods cut roads across the region on Tuesday after three days of heavy rain, "
        "officials said.\n\nRescue teams reached villages cut off by the water, the agency said.")


@pytest.mark.parametrize("byline", [
    "By Chidi Okeke", "By John Hall", "By Jane Doe, Kyiv", "By Jane Doe in Lagos",
    "By Chidi Nwankwo, Port Harcourt", "By Chidi Okeke, Staff Writer", "Jane Doe, Kyiv",
    "Chidi Okeke, Lagos", "John Hall, Kyiv",
])
def test_a_byline_under_the_title_leaves_the_text_whatever_the_writer_s_name(byline):
    """Review 21: "By Jane Doe, Kyiv", "By Jane Doe in Lagos" and "Jane Doe, Kyiv" under the
    title had stayed in the article's text, their Kyiv and Lagos mentions dated by the story
    and the byline in its snippets: a byline was "By" and a name alone."""
    cleaned = clean(f"River floods\n{byline}\n{BODY}")
    assert cleaned.text == f"River floods\n\n{BODY}"
    assert cleaned.metadata["byline"] == byline


def test_a_byline_under_the_title_and_a_date_line_leaves_the_text():
    cleaned = clean(f"River floods\nPublished: 14 March 2024\nJane Doe, Kyiv\n{BODY}")
    assert cleaned.text == f"River floods\n\n{BODY}"
    assert cleaned.metadata == {"byline": "Jane Doe, Kyiv", "published": "14 March 2024"}


@pytest.mark.parametrize("line", [
    "By Monday the river had risen", "By Air India flight",
    "By Monday the river had risen in Lagos, officials said.",
    "By Air India flight, the team reached Kyiv on Tuesday.",
    "Old Trafford, Manchester", "Manchester United, Old Trafford", "Leeds Rhinos, Headingley",
    "Lagos, Nigeria", "By Jane Doe, who lives in Lagos",
])
def test_a_line_under_the_title_that_is_no_byline_stays(line):
    """A sentence that opens with "By", a name's words in lower case after it, a place or a
    team with its ground: the story's, not a writer's credit."""
    cleaned = clean(f"River floods\n{line}\n{BODY}")
    assert cleaned.text == f"River floods\n\n{line}\n\n{BODY}"
    assert "byline" not in cleaned.metadata


def test_a_name_and_a_place_below_the_first_line_under_the_title_stay():
    """Only the line right under the title is a byline without "By": further down, or at
    the story's end, a name and a place are the story's (a4dee98)."""
    text = f"River floods\nWater rose fast in the night.\nJane Doe, Kyiv\n{BODY}"
    assert "Jane Doe, Kyiv" in clean(text).text
    assert clean(f"River floods\n{BODY}\nJane Doe, Kyiv").text.endswith("Jane Doe, Kyiv")
