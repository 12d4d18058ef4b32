"""Left open by the twenty-first session's reviews, the reader: bylines of any writer's name,
with where they wrote from, under the title (item 1); a Slovak text opening on a one-letter
word and an English one naming İzmir (item 2); a log line while `ingest` draws its progress
line (item 3); the articles a full disk left read but not stored (item 4)."""

from __future__ import annotations

import pytest

from placeline.clean import clean
from placeline.ingest import decode_noted

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


# -- item 2: a Slovak text opening on "V", an English one naming İzmir ------------------------


@pytest.mark.parametrize("text", [
    "V Košiciach horí sklad, hasiči zasahujú.",
    "V Brně hoří sklad, hasiči zasahují od rána.",
    "V Žiline horí sklad, hasiči zasahujú.",
], ids=["kosice", "brno", "zilina"])
def test_a_central_european_text_with_no_title_is_read_in_windows_1250(text):
    """Review 21: without a title line its name "Košiciach" was the only word in capitals,
    which a Western reading may hold of any language ("Košiciach", with "hasièi"), and
    Windows-1252 had won, warned of. Its "v" is a word of Windows-1250's languages."""
    assert decode_noted(text.encode("cp1250"), "x.txt") == (text, "")


@pytest.mark.parametrize(("text", "western"), [
    ("Quake in İzmir", "Ýzmir"),
    ("The skier was faster than everyone. Fans met in İzmir.", "Ýzmir"),
    ("Floods in İstanbul", "Ýstanbul"), ("Rally in İzmit", "Ýzmit"),
], ids=["quake", "skier", "istanbul", "izmit"])
def test_an_english_text_naming_a_turkish_place_a_letter_apart_is_warned_of(text, western):
    """Review 21: "Quake in İzmir" in Windows-1254 had been read as "Ýzmir" silently since
    "Ýr" or "İr", a letter apart, was taken for a name of either language (and still is):
    "İzmir" is a place's name, "Ýzmir" none, and İzmir was on no map."""
    read, warning = decode_noted(text.encode("cp1254"), "x.txt")
    assert western in read
    assert f'("{western}")' in warning and "Windows-1254 (Turkish)" in warning
