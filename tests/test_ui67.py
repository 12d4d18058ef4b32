"""UI 67: the note of events outside the window in every mode of the Window control; a
correction notice at an article's end; a Pacific window's fit across the 180th meridian
in a world-wide store. Texts of our own."""

from __future__ import annotations

import json

import pytest

from tests.conftest import window_summary
from tests.test_apptest import _run

# -- 1. "N events are outside this window" in every mode ------------------------------------

NEWS = [{"id": "a", "title": "Floods in York", "date": "2024-03-04",
         "text": "Floods hit York on Monday, 4 March 2024, the council said."},
        {"id": "b", "title": "Floods in Hull", "date": "2024-03-12",
         "text": "Floods hit Hull on Tuesday, 12 March 2024. In June 2013, floods also hit "
                 "Leeds, the council said."},
        {"id": "c", "title": "Floods in Selby", "date": "2024-03-20",
         "text": "Floods hit Selby on Wednesday, 20 March 2024, the council said."}]


def _news_app(tmp_path, app_store):
    from placeline.cli import main

    feed = tmp_path / "news.jsonl"
    feed.write_text("\n".join(json.dumps(row) for row in NEWS), encoding="utf-8")
    db = app_store(tmp_path / "s.db")
    assert main(["ingest", str(feed), "--db", str(db)]) == 0
    return db


def _outside(at) -> list[str]:
    return [c.value for c in at.caption if " event" in c.value and "(" in c.value
            and ("outside" in c.value or "after this window" in c.value)]


def test_a_cumulative_window_says_what_comes_after_it(tmp_path, app_store):
    """Only a range said what it left out: a cumulative window up to 12 March said nothing
    of Selby's 20 March."""
    _news_app(tmp_path, app_store)
    at = _run("dashboard.py", mode="Cumulative", until="2024-03-12")
    assert window_summary(at).startswith("1 Jun 2013 – 12 Mar 2024")
    (note,) = _outside(at)
    assert note == "1 event is after this window (20 Mar 2024).", note
    button = at.button(key="show_all_dates")
    assert button.label == "Show up to the last day"
    button.click().run()
    assert window_summary(at).startswith("1 Jun 2013 – 20 Mar 2024")
    assert at.segmented_control(key="mode").value == "cumulative"
    assert not _outside(at)


def test_a_window_of_days_says_what_lies_on_each_side(tmp_path, app_store):
    """Last N days: the days before and after it, named as the range's note names them;
    its button shows every date, in Range."""
    _news_app(tmp_path, app_store)
    at = _run("dashboard.py", mode="Last N days", until="2024-03-12", days="7")
    assert window_summary(at).startswith("6 Mar 2024 – 12 Mar 2024")
    (note,) = _outside(at)
    assert note == ("3 events are outside these 7 days (1 Jun 2013 – 4 Mar 2024; "
                    "20 Mar 2024)."), note
    at.button(key="show_all_dates").click().run()
    assert at.segmented_control(key="mode").value == "range"
    assert window_summary(at).startswith("1 Jun 2013 – 20 Mar 2024")
    assert not _outside(at)


def test_the_note_is_quiet_where_nothing_is_outside(tmp_path, app_store):
    _news_app(tmp_path, app_store)
    at = _run("dashboard.py", mode="Cumulative")
    assert window_summary(at).startswith("1 Jun 2013 – 20 Mar 2024")
    assert not _outside(at)
    assert not [b for b in at.button if b.key == "show_all_dates"]


def test_each_mode_names_its_window():
    from placeline.view import outside_note

    days = ["2024-03-01", "2024-03-05", "2024-03-09"]
    assert outside_note(2, days, "2024-03-05", "2024-03-05", str, "window") == \
        "2 events are outside this day (2024-03-01; 2024-03-09)."
    assert outside_note(1, days, "2024-03-01", "2024-03-05", str, "cumulative") == \
        "1 event is after this window (2024-03-09)."
    assert outside_note(1, days, "2024-03-01", "2024-03-05", str) == \
        "1 event is outside this window (2024-03-09)."


# -- 2. a correction notice at an article's end ---------------------------------------------

STORY = ("Shelling hits Kharkiv\n"
         "Russian shells struck Kharkiv on Monday, 4 March 2024, killing three people, the "
         "regional governor said. Residents of Izium fled west.\n"
         "The governor said repairs would begin soon.\n")
LONG_BODY = STORY + "More of the story. " * 60 + "\n"  # (its notice far past the opening)
NOTICES = [
    ("This article was amended on 3 March 2024 to correct the distance between Kharkiv and "
    "Odesa."),
    "Correction: An earlier version of this article misstated the day shells hit Kharkiv.",
    ("Clarification: An earlier version of this story did not make clear that Kharkiv's "
     "governor spoke on 2 March."),
    "An earlier version of this story said the shells hit Kharkiv on 2 March.",
    "Corrections and clarifications: Kharkiv was misspelt on 2 March.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_notice_at_the_end_is_a_correction(notice):
    from placeline.notices import end_notice_start
    from placeline.snippets import card_note, is_correction

    text = LONG_BODY + notice
    assert end_notice_start(text) == len(LONG_BODY)
    assert is_correction("Shelling hits Kharkiv", text)
    assert card_note(None, "Shelling hits Kharkiv", text) == "correction notice at its end"


def test_a_notice_before_a_credit_line_and_in_two_paragraphs():
    from placeline.notices import end_notice_start

    credit = "\nReporting by Pavel Polityuk; Editing by Alex Richardson"
    text = LONG_BODY + NOTICES[1] + credit
    assert end_notice_start(text) == len(LONG_BODY)
    two = LONG_BODY + "Correction:\n" + NOTICES[3]
    assert end_notice_start(two) == len(LONG_BODY)


@pytest.mark.parametrize("text", [
    LONG_BODY + "Correction officers at the Kharkiv jail walked out on Monday.",
    LONG_BODY + "Correction: officers at the state prison walked out on 2 March.",
    LONG_BODY + "This article was updated with the governor's comments.",
    LONG_BODY + "An earlier version of this report, released by the UN in March, estimated "
                "the damage at $2 billion.",
    # a notice in the middle of the story, more of the story after it
    STORY + NOTICES[0] + "\n" + "The governor said more shelling was expected. " * 5,
    # the text's only paragraph (a notice alone is told by its title)
    NOTICES[0],
])
def test_not_a_notice_at_the_end(text):
    from placeline.notices import end_notice_start
    from placeline.snippets import is_correction

    assert end_notice_start(text) is None
    assert not is_correction("Shelling hits Kharkiv", text)


def test_the_notice_dates_no_event_and_repeats_none(tmp_path, geoparser):
    """"This article was amended on 3 March 2024 …" had dated Kharkiv (and Odesa) to 3 March,
    a day the story tells nothing of; Kharkiv, the body's, is no event of the notice, and
    Odesa, the notice's own, stands on the publication date as an undated sentence does."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(tmp_path / "s.db")
    text = STORY + NOTICES[0]
    Pipeline(store, geoparser).ingest([RawDocument(
        "kharkiv.txt", text, {"title": "Shelling hits Kharkiv", "published": "2024-03-05"})])
    events = store.events_frame()
    assert "2024-03-03" not in set(events["date"])
    notice = len(STORY)
    kharkiv = events[events["place"] == "Kharkiv"]
    assert (kharkiv["snippet_start"] < notice).all()
    (odesa,) = events[events["place"] == "Odesa"].itertuples()
    assert odesa.date == "2024-03-05" and odesa.precision == "publication"
    store.close()


def test_the_card_is_marked_and_shows_no_sentence_of_the_notice(tmp_path, app_store,
                                                                 geoparser):
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_apptest import _place_id

    store = open_store(tmp_path / "s.db")
    Pipeline(store, geoparser).ingest([RawDocument(
        "kharkiv.txt", STORY + NOTICES[0],
        {"title": "Shelling hits Kharkiv", "published": "2024-03-05"})])
    kharkiv = _place_id(store, "Kharkiv")
    store.close()
    app_store(tmp_path / "s.db")
    at = _run("dashboard.py", place=kharkiv)
    captions = " ".join(c.value for c in at.caption)
    assert "correction notice at its end" in captions
    shown = " ".join(m.value for m in at.markdown if "**Kharkiv**" in m.value)
    assert "struck :orange-background[**Kharkiv**]" in shown and "amended" not in shown


# -- 3. a Pacific window of a world-wide store is fitted across the 180th meridian ----------

PACIFIC = {
    "taveuni.txt": "Cyclone hits Taveuni\nSUVA, Fiji, Feb. 10, 2024 — Cyclone Mala struck "
                   "the island of Taveuni on Saturday, officials in Suva said.",
    "apia.txt": "Storm reaches Samoa\nAPIA, Samoa, Feb. 11, 2024 — Cyclone Mala brought "
                "heavy rain to Apia on Sunday, officials said.",
}
WORLD = {
    **PACIFIC,
    "london.txt": "Floods in London\nLONDON, March 4, 2024 — Floods closed roads in London "
                  "on Monday, the council said.",
    "chicago.txt": "Snow in Chicago\nCHICAGO, March 5, 2024 — Snow closed schools in "
                   "Chicago on Tuesday, officials said.",
}
PACIFIC_DAYS = {"window": ["2024-02-10", "2024-02-11"]}


def world_store(tmp_path, geoparser):
    """A store of places all round the world (no cut of its own), Fiji and Samoa's days
    apart from London's and Chicago's."""
    from placeline.mapview import antimeridian_cut
    from tests.test_audit17_dashboard import _store_of

    store = _store_of(tmp_path / "world.db", geoparser, WORLD)
    events = store.events_frame()
    assert antimeridian_cut(events["lon"].astype(float)) is None  # (the premise)
    pacific = events[events["date"] <= "2024-02-11"]["lon"].astype(float)
    assert pacific.min() < -170 and pacific.max() > 178
    store.close()
    return tmp_path / "world.db"


def test_a_pacific_window_of_a_world_store_is_drawn_across_the_meridian(
        tmp_path, app_store, geoparser):
    """The cut had been the store's only: a window of Fiji and Samoa in a world-wide store
    opened on the whole world. The window the map opens on gives it, and it is kept while
    the slider moves (Chicago drawn a world east, not Fiji a world west)."""
    from placeline.mapview import framed

    app_store(world_store(tmp_path, geoparser))
    at = _run("dashboard.py", **PACIFIC_DAYS)
    assert window_summary(at).startswith("10 Feb 2024 – 11 Feb 2024")
    cut = at.session_state["_map_cut"]
    assert cut is not None and framed([-171.8, 178.4], cut)[0] > 180
    at.select_slider(key="window").set_value(("2024-02-10", "2024-03-05")).run()
    assert at.session_state["_map_cut"] == cut


def test_a_world_window_keeps_the_usual_frame(tmp_path, app_store, geoparser):
    app_store(world_store(tmp_path, geoparser))
    at = _run("dashboard.py", window=["2024-02-10", "2024-03-05"])
    assert window_summary(at).startswith("10 Feb 2024 – 5 Mar 2024")
    assert at.session_state["_map_cut"] is None


def test_a_link_s_view_opens_on_its_places_in_the_reader_s_frame():
    """A sender whose map had no cut wrote Samoa's view at 172 W; a reader whose map is cut
    at Fiji draws Samoa at 188 E: the view is taken there, and back."""
    from placeline.mapview import view_in_frame

    fiji_samoa = [178.4, 179.9, 188.2]
    assert view_in_frame((6, -13.8, -171.8), 178.4, fiji_samoa) == \
        pytest.approx((6, -13.8, 188.2))
    assert view_in_frame((6, -17.8, 175.0), 178.4, fiji_samoa) == \
        pytest.approx((6, -17.8, 175.0))  # (just west of the cut: kept)
    assert view_in_frame((6, -13.8, 188.2), None) == pytest.approx((6, -13.8, -171.8))
    assert view_in_frame(None, 178.4, fiji_samoa) is None


def test_a_view_in_its_frame_keeps_its_figures():
    """A view needing no other copy is the link's as written (a new figure, -1.5500000000000114
    for -1.55, would make the map anew: test_ui62)."""
    from placeline.mapview import view_in_frame

    assert view_in_frame((6.5, 53.8, -1.55), None) == (6.5, 53.8, -1.55)
    assert view_in_frame((6, -17.8, 183.5), 178.4, [178.4, 188.2]) == (6, -17.8, 183.5)
