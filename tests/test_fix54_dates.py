"""Fix 54: the lead's date (placeline.dates, placeline.text, placeline.htmlpage) on audit 31's
items 2, 3, 4 and 14: a dateline in figures, initials in the lead, a page titled by its
section, and a text that opens with the day it was last updated."""

from __future__ import annotations

import pytest

from placeline.dates import own_publication_date
from placeline.htmlpage import only_a_label, read_html
from placeline.text import sentence_spans

# -- 2. a dateline in figures is the publication date --


@pytest.mark.parametrize(("text", "metadata", "expected", "guessed"), [
    (("Floods cut off Kisumu estates\nKisumu, 25/04/2024: Floods cut off parts of Kisumu on "
      "Thursday after the Nyando river burst its banks."), {}, "2024-04-25", False),
    ("KOCHI, 18-07-2024 — Heavy rain lashed Kochi on Thursday.", {}, "2024-07-18", False),
    ("NAKURU, 25.04.2024 — Floods cut off parts of Nakuru on Thursday.", {}, "2024-04-25",
     False),
    # dots are written day first, as a feed's are
    ("NAKURU, 04.05.2024 — Floods cut off parts of Nakuru.", {}, "2024-05-04", False),
    # month first where the day-first reading is no date
    ("DALLAS, 04/25/2024 — Storms hit Dallas on Thursday.", {}, "2024-04-25", False),
    # two ways: day first, flagged, as a feed's date is ...
    ("Narok, 12/04/2024: Floods cut off Narok town on Thursday.", {}, "2024-04-12", True),
    # ... month first for an American site, or a dateline in the United States
    ("DALLAS, 04/05/2024 — Storms hit Dallas.", {"url": "https://news.example.us/x"},
     "2024-04-05", True),
    ("DALLAS, Texas, 04/05/2024 — Storms hit Dallas.", {}, "2024-04-05", True),
    ("DALLAS, Tex., 04/05/2024 — Storms hit Dallas.", {}, "2024-04-05", True),
    # the order the feed's other dates prove
    ("Narok, 12/04/2024: Floods cut off Narok town.",
     {"date_order": {"order": "month", "by": "11/13/2024"}}, "2024-12-04", False),
])
def test_a_dateline_in_figures_dates_the_article(text: str, metadata: dict, expected: str,
                                                 guessed: bool) -> None:
    guess = own_publication_date(text, metadata)
    assert str(guess.date) == expected
    assert guess.evidence.startswith("dateline: ")
    assert bool(guess.flag) == guessed
    assert guess.confidence == (0.6 if guessed else 0.8)


@pytest.mark.parametrize("text", [
    "The score was 10/04/2024 — a record for Xville.",  # no dateline: prose before it
    "Police said the 4/5/2024 incident in Xville was the third.",
    "Sales rose to 12/04/2024 — levels last seen in Xville.",
])
def test_figures_in_prose_are_no_dateline(text: str) -> None:
    assert own_publication_date(text, {}).date is None


# -- 3. initials do not end the lead's first sentence --

CANADA = ("Moose Jaw hospital expands emergency department\nMOOSE JAW — The Dr. F.H. Wigmore "
          "Regional Hospital in Moose Jaw will add eight emergency beds, the Saskatchewan Health "
          "Authority announced Tuesday, Sept. 10, 2024. Patients from Assiniboia and Gravelbourg "
          "currently travel to Regina for some services.")


def test_initials_in_the_lead_keep_its_date() -> None:
    guess = own_publication_date(CANADA, {})
    assert str(guess.date) == "2024-09-10"
    assert guess.evidence == "lead: Tuesday, Sept. 10, 2024"


@pytest.mark.parametrize(("text", "expected"), [
    ("The F.H. Wigmore school opened. It rained.", ["The F.H. Wigmore school opened.",
                                                    "It rained."]),
    ("He read J.R.R. Tolkien and H.G. Wells, as W.A. Mozart played.",
     ["He read J.R.R. Tolkien and H.G. Wells, as W.A. Mozart played."]),
    ("He met J. A. Smith and George W. Bush. It rained.",
     ["He met J. A. Smith and George W. Bush.", "It rained."]),
    # a sentence does end after initials where its next one opens
    ("Troops stayed in the U.S. The president said so.",
     ["Troops stayed in the U.S.", "The president said so."]),
    ("He was in the U.K. In London it rained.", ["He was in the U.K.", "In London it rained."]),
    ("He went to the U.S. Senate. He spoke.", ["He went to the U.S. Senate.", "He spoke."]),
])
def test_initials_and_sentence_ends(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


# -- 14. a date the text says it was last updated on dates it at 0.5, as README says --

@pytest.mark.parametrize(("text", "expected"), [
    (("Fire in Darwin\n\nLast updated 9 January 2025, 11:58pm ACST. A fire burned near Darwin "
      "on Thursday evening."), "lead: 9 January 2025"),
    ("Fire in Darwin\nUpdated: 9 January 2025\nA fire burned near Darwin on Thursday.",
     "dateline: 9 January 2025"),
])
def test_a_date_last_updated_is_half_sure(text: str, expected: str) -> None:
    guess = own_publication_date(text, {})
    assert str(guess.date) == "2025-01-09"
    assert guess.confidence == 0.5
    assert guess.evidence.startswith(expected + " (the date it was last updated")


def test_a_published_date_passes_over_the_updated_one() -> None:
    text = ("Fire in Darwin\nUpdated: 9 January 2025\nPublished: 8 January 2025\n"
            "A fire burned near Darwin on Thursday.")
    guess = own_publication_date(text, {})
    assert (str(guess.date), guess.confidence) == ("2025-01-08", 0.8)


# -- 4. a page titled by its section: its headline is the title, its dateline dates it --

def _page(title: str, heading: str, lead: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><nav>Home News</nav><article>"
            f"<h1>{heading}</h1><p>{lead}</p></article><footer>(c)</footer></body></html>")


LAHORE = "LAHORE, 3 March 2024 — A storm hit Lahore on Sunday, damaging homes."


@pytest.mark.parametrize("title", ["Local news | The Punjab Times", "Page 3 - Site"])
def test_a_section_s_title_gives_way_to_the_headline(title: str) -> None:
    text, metadata = read_html(_page(title, "Storm hits Lahore", LAHORE))
    assert metadata["title"] == "Storm hits Lahore"
    assert text.startswith("Storm hits Lahore\n\nLAHORE, 3 March 2024")
    guess = own_publication_date(text, metadata)
    assert (str(guess.date), guess.evidence) == ("2024-03-03", "lead: 3 March 2024")


def test_a_title_worded_otherwise_stays_and_the_dateline_still_dates_it() -> None:
    text, metadata = read_html(_page(
        "Storm damages homes in Lahore, cuts power to Gujranwala - Dawn",
        "Storm hits Lahore, power cut in Gujranwala", LAHORE))
    assert metadata["title"].startswith("Storm damages homes in Lahore")
    assert str(own_publication_date(text, metadata).date) == "2024-03-03"


@pytest.mark.parametrize(("title", "heading"), [
    ("Storm | Example News", "Storm hits Leeds"),  # the title's word in the heading
    ("Storm hits Lahore | The Punjab Times", "The Punjab Times"),  # a heading of the site
])
def test_a_title_of_the_story_stays(title: str, heading: str) -> None:
    assert not only_a_label(title, heading)
