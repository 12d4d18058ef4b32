"""Audit 22, item 6: a web page's text pasted into a .txt (select all, copy, paste: how many
journalists keep a story) had "Skip to content" for its title, its headline cut as a "pull
quote", and the page's "More on this story" and "Most read" lists read as the story."""

from __future__ import annotations

import csv
import io

import pytest

from tests.test_audit18_input import _main

PASTED = """Skip to content
Accept additional cookies
Reject additional cookies
Home
News
Sport
Weather
Storm Isha: Thousands without power in Northern Ireland
22 January 2024
Share
Save
Jane Doe
BBC News NI
About 45,000 homes and businesses in Northern Ireland are without power after Storm Isha brought gusts of up to 90mph.
The worst-affected areas are in counties Antrim and Down, NIE Networks said.
Flights at Belfast International Airport were diverted to Dublin on Sunday night.
Related topics
Belfast
Weather
More on this story
Storm Henk: Flooding closes roads in Gloucester
Heavy snow hits Aberdeenshire
Most read
Man dies after avalanche in Chamonix
Wildfires rage across Chile's Valparaiso region
Hong Kong court orders Evergrande to liquidate
Copyright 2024 BBC. All rights reserved.
"""
HEADLINE = "Storm Isha: Thousands without power in Northern Ireland"
STORY = ("About 45,000 homes and businesses in Northern Ireland are without power after Storm "
         "Isha brought gusts of up to 90mph.")


def test_a_pasted_page_is_titled_by_its_headline_without_its_menus():
    from placeline.clean import clean

    cleaned = clean(PASTED)
    assert (cleaned.title, cleaned.title_source) == (HEADLINE, "line")
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0] == HEADLINE
    assert not {"Skip to content", "Home", "News", "Sport"} & set(paragraphs)
    assert ("page furniture", "Skip to content") in cleaned.removed
    assert not any(reason == "pull quote or subheading" for reason, _ in cleaned.removed)


def test_a_pasted_page_s_lists_of_other_stories_are_not_the_story():
    """"More on this story", "Most read" and "Related topics" with their teasers end it."""
    from placeline.clean import clean

    cleaned = clean(PASTED)
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[-1] == ("Flights at Belfast International Airport were diverted to "
                              "Dublin on Sunday night.")
    assert ("other stories", "Most read") in cleaned.removed


def test_the_audit_s_pasted_page_puts_no_other_story_s_places_on_the_map(capsys, tmp_path):
    """Aberdeenshire, Gloucester, Chile, Valparaíso and Hong Kong had been on the map at the
    story's date, and Belfast by its "Related topics" link."""
    path = tmp_path / "bbc_copy.txt"
    path.write_text(PASTED, encoding="utf-8")
    db = tmp_path / "s.db"
    code, out = _main(capsys, "ingest", path, "--db", db)
    assert code == 0, out
    _, out = _main(capsys, "export", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert {row["title"] for row in rows} == {HEADLINE}
    places = {row["place"] for row in rows}
    assert "Northern Ireland" in places
    assert not {"Aberdeenshire", "Gloucester", "Chile", "Valparaíso", "Hong Kong"} & places
    assert all(row["snippet"] != "Belfast" for row in rows)
    assert {row["published"] for row in rows} == {"2024-01-22"}


@pytest.mark.parametrize("text, title", [
    # a title of one word, over its date and story, as before
    ("Floods\n5 March 2024\nThe river burst its banks in Leeds on Monday.\n", "Floods"),
    # short lines over the story without a date line or a skip link: no menu shown
    ("Floods\nLeeds\nThe river burst its banks in Leeds on Monday.\n", "Floods"),
    # a kicker and the headline over a date line: no menu of two lines or more
    ("World\nFloods in Leeds\n5 March 2024\nThe river burst its banks in Leeds on Monday.\n",
     "World"),
])
def test_a_text_s_own_short_lines_are_kept(text, title):
    from placeline.clean import clean

    cleaned = clean(text)
    assert cleaned.title == title
    assert not any(reason == "page furniture" for reason, _ in cleaned.removed)


def test_a_heading_of_other_stories_over_prose_takes_only_its_teasers():
    """A block of teasers in the middle ends where the story's prose goes on; a story's own
    subheading ("Latest") over its prose stays."""
    from placeline.clean import clean

    text = ("Floods in Leeds\n5 March 2024\nThe river burst its banks in Leeds on Monday.\n"
            "More on this story\nStorm Henk: Flooding closes roads in Gloucester\n"
            "Residents of Kirkstall were told to leave their homes by the council on Tuesday.\n"
            "Latest\nThe Environment Agency said more rain was expected in York on Wednesday.\n")
    cleaned = clean(text)
    assert cleaned.text.split("\n\n") == [
        "Floods in Leeds", "5 March 2024", "The river burst its banks in Leeds on Monday.",
        "Residents of Kirkstall were told to leave their homes by the council on Tuesday.",
        "Latest", "The Environment Agency said more rain was expected in York on Wednesday."]
