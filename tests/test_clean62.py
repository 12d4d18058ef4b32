"""Hard-wrapped text and a sentence's main event (helper clean62, audit 36: 2.1 and 3's
"Dating"): a soft line break inside a paragraph no longer ends a sentence, and a time of a
phrase of its own ("to remember those killed … eleven years ago") does not date a place told
after it where the sentence's main verb has its own day."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.clean import clean, normalize, normalize_mapped, unwrapped
from placeline.dates import event_date
from placeline.text import sentence_at
from tests.helpers import dated

# Wire copy wrapped at 66 columns, paragraphs apart by blank lines, under a title and a
# dateline that are lines of their own.
WRAPPED = """Storm floods riverside towns across west Cumbria
Carlisle, 5 March 2024

Heavy rain overnight flooded dozens of homes in Cockermouth and
Keswick on Tuesday, the Environment Agency said, and roads around
Workington were closed to traffic for most of the morning.

Residents recalled that the River Derwent had burst its banks in
Cockermouth during the great flood of 2009. Volunteers filled bags
with sand at the fire station in Maryport throughout the
afternoon.

The agency expected river levels to fall by Friday, and warned
that next week heavier rain would reach Penrith and Appleby, where
the Eden rose.
"""


def _sentence(text: str, words: str) -> str:
    start, end = sentence_at(text, text.index(words))
    return text[start:end]


def test_a_hard_wrapped_paragraph_is_read_as_one() -> None:
    text = clean(WRAPPED).text
    assert _sentence(text, "Keswick") == (
        "Heavy rain overnight flooded dozens of homes in Cockermouth and Keswick on Tuesday, "
        "the Environment Agency said, and roads around Workington were closed to traffic for "
        "most of the morning.")
    assert _sentence(text, "great flood") == (
        "Residents recalled that the River Derwent had burst its banks in Cockermouth during "
        "the great flood of 2009.")
    assert _sentence(text, "Maryport") == (
        "Volunteers filled bags with sand at the fire station in Maryport throughout the "
        "afternoon.")


def test_a_title_and_a_dateline_stay_lines_of_their_own() -> None:
    cleaned = clean(WRAPPED)
    assert cleaned.title == "Storm floods riverside towns across west Cumbria"
    assert cleaned.text.split("\n\n")[1] == "Carlisle, 5 March 2024"


def test_a_date_on_the_next_line_dates_its_place() -> None:
    text = clean(WRAPPED).text
    at = text.index("Cockermouth")
    guess = event_date(text, at, at + len("Cockermouth"), dt.date(2024, 3, 5))
    assert (guess.date, guess.precision, guess.evidence) == \
        (dt.date(2024, 3, 5), "day", "on Tuesday (past tense)")


def test_one_wrapped_line_opening_in_lower_case_is_joined() -> None:
    raw = ("Landslide closes mountain road\n\n"
           "Rocks fell across the pass above Chamonix on Saturday, police said, and the\n"
           "village of Argentière was cut off for several hours.\n\n"
           "A second slide was reported near Les Houches on Sunday.\n")
    text = clean(raw).text
    assert _sentence(text, "Argentière").startswith("Rocks fell across the pass")


@pytest.mark.parametrize("raw", [
    # a list after a colon, and list items wrapped or not
    ("Roads closed on Monday in the district around the old market town:\n"
    "- the A66 near Keswick, between the two roundabouts on the bypass road\n"
    "- the A591 at Grasmere\n"),
    # a byline and a heading in capitals under a long title
    ("Council approves the budget for next year after a long and tense debate\n"
    "By Jane Smith\nLEEDS\nThe council voted on Tuesday.\n"),
    # a scraper's metadata line under a long title
    ("Floodwaters rise along the Ohio River as Cincinnati braces for the crest\n"
     "date 2024-03-14\nThe river rose on Thursday.\n"),
    # a paragraph opening on a name written in lower case
    ("Shares in the online auction group rose on Monday, traders in London said.\n"
     "eBay said its sales had grown in every market.\n"),
    # lines of prose that are paragraphs, not a wrapped one: lengths of their own
    ("Rain fell in Leeds.\nThe river rose overnight and the council opened a rest centre.\n"
    "Schools shut.\nBuses ran late across the whole of West Yorkshire on Monday morning.\n"),
])
def test_breaks_made_by_hand_are_kept(raw: str) -> None:
    assert normalize(raw) == raw.rstrip("\n") + "\n" * raw.endswith("\n")
    assert unwrapped(raw) == raw


def test_prose_that_looks_like_a_byline_or_a_list_is_still_joined() -> None:
    raw = ("The river rose through the night across the valley towns of the\n"
           "north, and by dawn it had reached the old bridge in the centre.\n"
           "By Tuesday, the water had reached homes in Cockermouth and the\n"
           "villages beyond it, and soldiers were called in from Catterick\n"
           "— about 120 km away — to help the fire crews with their pumps.\n")
    assert unwrapped(raw.rstrip("\n")).count("\n") == 0


def test_unwrapping_keeps_every_offset() -> None:
    raw = WRAPPED.replace("\n", "\r\n").replace("Keswick on", "Keswick  on")
    normal = normalize_mapped(raw)
    assert normal.text == normalize(raw)
    assert _sentence(normal.text, "Keswick").startswith("Heavy rain")
    at = normal.text.index("Workington")
    start, end = normal.to_raw(at, at + len("Workington"))
    assert raw[start:end] == "Workington"
    plain = WRAPPED.replace("Keswick on", "Keswick  on")  # (no CRLF: the quick path)
    assert _sentence(normalize_mapped(plain).text, "Keswick").startswith("Heavy rain")
    assert len(normalize(WRAPPED)) == len(WRAPPED)


def test_a_wrapped_text_is_stored_as_its_unwrapped_twin(geoparser, tmp_path) -> None:
    """Ingested, a wrapped text gives the events and snippets of the same text unwrapped."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    def events(text: str, name: str) -> list[tuple]:
        folder = tmp_path / name
        folder.mkdir()
        (folder / "storm.txt").write_text(text, encoding="utf-8")
        store = open_store(tmp_path / f"{name}.db")
        try:
            Pipeline(store, geoparser).ingest(read_paths([folder]))
            frame = store.events_frame()
            body = store.articles_frame()["text"].iloc[0]
        finally:
            store.close()
        return sorted((r.place, str(r.date), r.precision,
                       body[int(r.snippet_start):int(r.snippet_end)])
                      for r in frame.itertuples())

    paragraphs = WRAPPED.split("\n\n")
    unwrapped_text = "\n\n".join([paragraphs[0], *(p.replace("\n", " ").strip()
                                                   for p in paragraphs[1:])]) + "\n"
    wrapped = events(WRAPPED, "wrapped")
    assert wrapped == events(unwrapped_text, "unwrapped")
    assert ("Cockermouth", "2024-03-05", "day") in [row[:3] for row in wrapped]
    assert all("\n" not in row[3] for row in wrapped)


# -- a sentence's main event with a day of its own dates what is told after its purpose ----

def _dated(text: str, name: str, published: dt.date, nth: int = 0):
    guess = dated(text, name, published, nth)
    return guess.date, guess.end or guess.date, guess.precision


TUESDAY = dt.date(2024, 12, 17)
MOURNED = ("Families in Ormoc and Baybay gathered on Sunday to mourn the victims of a landslide "
           "that buried a village two decades ago, while repairs to the Baybay seawall went on.")


def test_a_time_of_an_infinitive_of_purpose_does_not_date_what_follows_it() -> None:
    sunday = (dt.date(2024, 12, 15), dt.date(2024, 12, 15), "day")
    assert _dated(MOURNED, "Baybay", TUESDAY, nth=1) == sunday
    assert _dated(MOURNED, "Ormoc", TUESDAY) == sunday  # (its own clause's, as before)
    met = ("Ministers met in Tacloban on Monday to discuss the budget for next year, and "
           "protesters marched in Palo.")
    assert _dated(met, "Palo", TUESDAY) == (dt.date(2024, 12, 16), dt.date(2024, 12, 16), "day")


def test_a_place_inside_the_purpose_keeps_its_own_time() -> None:
    text = ("Residents gathered on Friday to remember those killed in Guinsaugon in 2006, as "
            "rain fell.")
    assert _dated(text, "Guinsaugon", TUESDAY) == \
        (dt.date(2006, 1, 1), dt.date(2006, 12, 31), "year")


def test_without_a_day_of_the_main_verb_the_purpose_s_time_is_the_clause_s() -> None:
    text = "The minister plans to visit Leeds next week."
    assert _dated(text, "Leeds", TUESDAY) == \
        (dt.date(2024, 12, 23), dt.date(2024, 12, 29), "week")
