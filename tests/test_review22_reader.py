"""Review 22, the reader: a place, a venue, an event or a story's subject with a place, on the
line under the title, stays in the text, where a writer's name with a place goes as a byline
(finding 3); a Western fixture line's "v" is no Central European word (finding 6)."""

from __future__ import annotations

import pytest

from placeline.clean import clean
from placeline.ingest import decode_noted
from placeline.store import open_store
from tests.test_audit_cli import _main

# -- finding 3: "Name, Place" under the title is a byline only where the name is a writer's ----

BODY = ("Floods cut roads across the region on Tuesday after three days of heavy rain, "
        "officials said.\n\nRescue teams reached villages cut off by the water, the agency said.")


@pytest.mark.parametrize("line", [
    # a place's or a venue's name whose first word is a given name
    "Jackson Square, New Orleans", "George Street, Sydney", "Martin Place, Sydney",
    "Alexandra Palace, London", "Henry Street, Dublin", "Mary Street, Dublin",
    "Grafton Street, Dublin", "Grace Church, Manhattan", "John Lennon Airport, Liverpool",
    "King Shaka Airport, Durban", "Kenneth Kaunda Airport, Lusaka",
    "Moses Mabhida Stadium, Durban", "Nelson Mandela Square, Johannesburg",
    "Florence Nightingale Museum, London", "Sam Houston Park, Houston",
    "Helen Suzman Foundation, Johannesburg", "Camp Lejeune, North Carolina",
    # an event, a storm or an operation
    "Premier League, Manchester", "Champions League, Madrid", "World Cup, Qatar",
    "Super Bowl, Las Vegas", "Storm Ciaran, Ireland", "Cyclone Freddy, Malawi",
    "Operation Sindoor, Pakistan", "Boston Marathon, Boston", "Ryder Cup, Rome",
    # a team, a line, a title before a name
    "Orlando Pirates, Johannesburg", "Chelsea FC, London", "Elizabeth Line, London",
    "Prince Harry, London", "King Charles, Windsor",
    # "By" and words in capitals that are no one's name
    "By Royal Appointment in Windsor", "By The Numbers, London",
])
def test_a_place_or_an_event_with_a_place_under_the_title_stays(line):
    """Review 22: since ed9ca8f these lines had been cut as a writer's name and where they
    wrote from, into metadata["byline"], and their places lost: "Jackson Square, New Orleans"
    left its article with no mention at all. A writer's name is a person's: not a place's,
    a venue's or an event's words ("Square", "Airport", "League", "Storm"), nor, its first
    word no given name, ordinary words ("World Cup", "The Numbers")."""
    cleaned = clean(f"River floods\n{line}\n{BODY}")
    assert cleaned.text == f"River floods\n\n{line}\n\n{BODY}"
    assert "byline" not in cleaned.metadata


def test_a_place_under_the_title_is_stored_with_its_mentions(tmp_path, capsys):
    """Review 22, end to end: jazz.txt stored, or reprocessed, since ed9ca8f had lost its
    line and had no mention at all, its metadata's byline "Jackson Square, New Orleans"."""
    story = tmp_path / "jazz.txt"
    story.write_text("Jazz festival draws thousands\nJackson Square, New Orleans\nThousands of "
                     "visitors gathered for the annual festival on Saturday, organisers said, "
                     "with stages along the river.\n", encoding="utf-8")
    db = tmp_path / "news.db"
    code, _, _ = _main(capsys, "ingest", str(story), "--db", str(db))
    assert code == 0
    store = open_store(db)
    [article_id] = store.article_ids()
    assert "Jackson Square, New Orleans" in store.article(article_id)["text"]
    assert "New Orleans" in {mention["surface"] for mention in store.mentions(article_id)}
    store.close()


@pytest.mark.parametrize(("title", "line", "body"), [
    ("Trump rallies supporters", "Donald Trump, Washington",
     "Trump told supporters on Tuesday that he would win the state again."),
    ("Macron visits flood zone", "Emmanuel Macron, Paris",
     "The president, Emmanuel Macron, promised aid to the towns along the Seine."),
    ("Obi rallies supporters", "Peter Obi, Lagos",
     "Mr Obi told a crowd at the stadium that the vote had been stolen."),
    ("President signs budget", "Bola Tinubu, Abuja",
     "Tinubu signed the budget on Monday, his spokesman said."),
])
def test_the_story_s_subject_with_a_place_under_the_title_stays(title, line, body):
    """Review 22: "Donald Trump, Washington", "Emmanuel Macron, Paris", "Peter Obi, Lagos" are
    shaped as "Jane Doe, Kyiv" is, and had been cut so. The story names its subject again (a
    writer's byline names no one the story is about): a name whose surname the title or the
    text holds is the story's."""
    cleaned = clean(f"{title}\n{line}\n{body}")
    assert cleaned.text == f"{title}\n\n{line}\n\n{body}"
    assert "byline" not in cleaned.metadata


@pytest.mark.parametrize("byline", [
    "Jane Doe, Kyiv", "John Hall, Kyiv", "Chidi Okeke, Lagos", "Staff Correspondent, Cox's Bazar",
    "Kayleigh Williams, Cardiff", "By Jane Doe in Lagos", "By Chidi Nwankwo, Port Harcourt",
    "By JOSEPH EKIDOR, Lodwar", "By Rhys Pritchard, Transport Correspondent",
])
def test_a_writer_s_name_with_a_place_under_the_title_still_goes(byline):
    """What ed9ca8f was for (test_left22_reader, and the probes' credits): a writer's name, a
    given name first or of no ordinary word, or a role, with a place, is a byline."""
    cleaned = clean(f"River floods\n{byline}\n{BODY}")
    assert cleaned.text == f"River floods\n\n{BODY}"
    assert cleaned.metadata["byline"] == byline


# -- finding 6: a fixture's "v" is no Central European word ----------------------------------


@pytest.mark.parametrize("text", [
    "Forlì v Cesena, Málaga v Sevilla: tutto è rinviato.",
    "Forlì v Cesena, Málaga v Sevilla e Lecce v Bari: tutto è rinviato.",
])
def test_a_western_fixture_line_is_read_in_windows_1252_and_warned_of(text):
    """Review 22: ae6eb62 took a text whose ASCII words are more Windows-1250's languages'
    than Windows-1252's for a Central European one, and the fixtures' two "v"s ("versus")
    outnumbered Italian's "tutto": the line was read as Windows-1250's "Forlě v Cesena …
    tutto č rinviato", silently. A "v" between two names in capitals is a fixture's in any
    language: the text is read as before, in Windows-1252, and warned of."""
    read, warning = decode_noted(text.encode("cp1252"), "x.txt")
    assert read == text
    assert '("Forlì")' in warning and "Windows-1250 (Central European)" in warning
