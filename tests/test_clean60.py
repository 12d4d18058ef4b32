"""Task clean60 (audit 33, items 8 and 15): page furniture and bylines left as the story's
sentences, and a label line taken for the title. Texts of our own showing the same things."""

from __future__ import annotations

import pytest

from placeline.clean import clean

TITLE = "Floods cut off Ashford as river bursts its banks"
LEAD = ("Heavy rain that fell over the weekend cut off the town of Ashford from Canterbury "
        "after the river burst its banks near Wye, the county council said on Sunday.")
MORE = ("Residents of Kennington said water had entered their homes for the first time since "
        "the floods of 2000, and sandbags were handed out in Godmersham on Monday.")


def _cleaned(*tail: str, head: tuple[str, ...] = ()) -> tuple:
    text = "\n\n".join([TITLE, *head, LEAD, MORE, *tail])
    return clean(text)


@pytest.mark.parametrize("furniture", [
    "Read more: Kent truckers stranded at Dover",
    "Read more: What to do in a flood | How Kent prepares for the \"big one\"",
    "Read more >>",
    "Facebook | Twitter | WhatsApp",
    "Share | Copy link | Comments (12)",
    "Copyright 2025 Kentish Courier. All rights reserved.",
    "(c) Weald Business Wire. Do not redistribute.",
    "Copyright AFP.",
    "Our Standards: The Thomson Reuters Trust Principles.",
])
def test_furniture_at_the_foot_is_not_the_story(furniture):
    cleaned = _cleaned(furniture)
    assert furniture not in cleaned.text
    assert cleaned.text.endswith(MORE)
    assert any(furniture in part for _, part in cleaned.removed)


def test_several_teasers_and_a_share_bar_go_together():
    tail = ("Read more: How to help Ashford's flood victims",
            "Read more: Kent's worst floods since 1968",
            "Share this article:", "Facebook | Twitter | WhatsApp",
            "(c) Weald Business Wire. Do not redistribute.")
    cleaned = _cleaned(*tail)
    assert cleaned.text.endswith(MORE)
    assert {part for _, part in cleaned.removed} >= set(tail)


def test_a_teaser_line_inside_the_story_goes_too():
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\nRead more: Kent truckers stranded at Dover\n\n{MORE}")
    assert "truckers" not in cleaned.text and MORE in cleaned.text


@pytest.mark.parametrize("sentence", [
    "Residents who want to read more about the plan can visit the council offices in Ashford.",
    "Copyright lawyers in Ashford said the ruling would be appealed before the end of the year.",
    "The court heard that the footage may not be reproduced without the consent of the family in Wye.",
    "Read more: that was the advice the council gave parents in Ashford on Monday.",
    "Share prices of the water company fell in London after the floods.",
    "Our standards of flood defence in Ashford are not good enough, the mayor said on Monday.",
    "\"It cannot be copied,\" he said in Wye.",
])
def test_a_sentence_naming_such_words_stays(sentence):
    cleaned = _cleaned(sentence)
    assert sentence in cleaned.text


@pytest.mark.parametrize("byline", [
    "By Kelly Brandt | Kentish Courier",
    "By Carla Quispe | Weald Business Wire",
    "By Staff | Ashford News Tribune",
    "By Kelly Brandt, Kentish Courier",
    "Kelly Brandt | Kentish Courier",
    "ABC Pacific",
    "BBC Africa",
    "Kentish Courier Staff Reporter",
])
def test_a_byline_with_its_outlet_under_the_title_is_no_sentence(byline):
    cleaned = _cleaned(head=(byline,))
    assert byline not in cleaned.text
    assert cleaned.metadata["byline"] == byline
    assert cleaned.title == TITLE


@pytest.mark.parametrize("byline", [
    "By Kelly Brandt | Kentish Courier",
    "Kelly Brandt | Kentish Courier",
    "Kelly Brandt, Kentish Courier",
    "ABC Pacific",
])
def test_a_byline_with_its_outlet_at_the_foot_is_no_sentence(byline):
    cleaned = _cleaned(byline)
    assert byline not in cleaned.text and cleaned.text.endswith(MORE)
    assert ("byline", byline) in cleaned.removed


@pytest.mark.parametrize("line", [
    "By Monday | the river had risen",  # (no outlet, no capitals)
    "Old Trafford, Manchester",
    "Victoria Station | Ashford International",
])
def test_lines_that_are_no_bylines_stay(line):
    assert line in _cleaned(line).text
    assert line in _cleaned(head=(line,)).text


def test_an_outlets_name_alone_at_the_foot_stays():
    """A list's last item may end in an outlet's word ("Rising Sun", a pub): at the foot an
    outlet is a credit only after a writer's name (under the title, alone too)."""
    assert _cleaned("Rising Sun").text.endswith("Rising Sun")


@pytest.mark.parametrize("label", ["PRESS RELEASE", "FOR IMMEDIATE RELEASE", "NEWS RELEASE",
                                   "MEDIA STATEMENT", "BREAKING", "UPDATE", "EXCLUSIVE",
                                   "Press release:"])
def test_a_label_over_the_headline_is_not_the_title(label):
    cleaned = clean(f"{label}\n{TITLE}\n\n{LEAD}\n\n{MORE}")
    assert cleaned.title == TITLE and cleaned.title_source == "line"
    assert label not in cleaned.text
    assert ("page furniture", label) in cleaned.removed


def test_a_headline_starting_with_a_label_word_stays_the_title():
    for title in ("Breaking the drought: rain returns to Ashford", "Update on Ashford floods",
                  "BREAKING: Ashford cut off by floods"):
        assert clean(f"{title}\n\n{LEAD}\n\n{MORE}").title == title
    assert clean("BREAKING").title == "BREAKING"  # (nothing under it)


def test_an_agencys_standards_line_goes_after_a_short_paragraph():
    """(After a long paragraph it had gone as a photo caption, a verbless line; audit 33's
    followed a list of teasers.)"""
    short = "Rain is expected to ease by Wednesday."
    line = "Our Standards: The Thomson Reuters Trust Principles."
    cleaned = clean(f"{TITLE}\n\n{LEAD}\n\n{short}\n\n{line}")
    assert cleaned.text.endswith(short)
    assert ("ad or site footer", line) in cleaned.removed


def test_an_email_address_shown_has_no_invisible_character_to_copy():
    """The word joiner that kept "kbrandt@dmreg.com" from becoming a link was copied with
    it (audit 33); an empty directive, drawn as an empty <span>, breaks the link instead
    (checked in Chromium: no link, and the page's text is the address as written)."""
    from placeline.present import RUN_BREAK, escape_markdown

    shown = escape_markdown("Reach her at kbrandt@dmreg.com.")
    assert not any(character in shown for character in "\u2060\u200b\u200c\u200d\ufeff")
    assert shown.replace(RUN_BREAK, "").replace("\\", "") == "Reach her at kbrandt@dmreg.com."
    assert "kbrandt" + RUN_BREAK + "@" in shown
