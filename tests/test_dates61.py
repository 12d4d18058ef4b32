"""Helper dates61: dating findings of audit 35 (wire stories in non-native English styles,
syndicated copies, updates, time zones) — an event named by its day and told as past, the
noun "fell", a second predicate in the present perfect, what was said of a planned day,
each item of a list its own year, an event's year opening its sentence, a wire dateline's
own date, and the publication date east of a stamp in UTC. Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import dated, span

TUE_3_DEC = dt.date(2024, 12, 3)
THU_15_AUG = dt.date(2024, 8, 15)
MON_16_SEP = dt.date(2024, 9, 16)


# -- a day and month naming an event told in the past: the day gone by -----------------------

@pytest.mark.parametrize("text", [
    "The Jan. 1 earthquake destroyed thousands of homes in Wajima.",
    "The Jan. 1 quake badly damaged the port of Suzu, officials said.",
    "The January 1 tsunami left boats stranded in Wajima.",
])
def test_an_event_named_by_its_day_and_told_as_past_is_gone_by(text) -> None:
    name = "Wajima" if "Wajima" in text else "Suzu"
    assert span(dated(text, name, TUE_3_DEC)) == (dt.date(2024, 1, 1), None, "day")


@pytest.mark.parametrize(("text", "expected"), [
    # what is still to come, as before
    ("The Jan. 1 elections will decide who governs Wajima.", dt.date(2025, 1, 1)),
    ("Officials in Wajima prepared for the Jan. 1 festival.", dt.date(2025, 1, 1)),
])
def test_an_event_s_day_not_told_as_done_is_as_before(text, expected) -> None:
    assert dated(text, "Wajima", TUE_3_DEC).date == expected


# -- "fell", the hill, is no verb ------------------------------------------------------------

def test_fell_running_tells_no_past() -> None:
    text = ("This weekend, the village of Braithwaite holds its summer fair, with a fell race "
            "and a sheepdog trial on the green.")
    assert span(dated(text, "Braithwaite", THU_15_AUG)) == (
        dt.date(2024, 8, 17), dt.date(2024, 8, 18), "range")
    text = "This weekend, Grasmere hosts its sports day, with wrestling, fell running and hounds."
    assert span(dated(text, "Grasmere", THU_15_AUG)) == (
        dt.date(2024, 8, 17), dt.date(2024, 8, 18), "range")


def test_the_verb_fell_is_past_as_before() -> None:
    text = "A walker fell near Grasmere on Saturday."
    assert dated(text, "Grasmere", THU_15_AUG).date == dt.date(2024, 8, 10)


# -- a second predicate in the present perfect does not make the weekday's past ------------

def test_a_perfect_after_the_weekday_s_predicate_leaves_its_tense() -> None:
    text = ("Stewards expect big crowds on Saturday and have asked visitors to leave their cars "
            "at Threlkeld.")
    assert dated(text, "Threlkeld", THU_15_AUG).date == dt.date(2024, 8, 17)


def test_a_past_first_predicate_is_past_as_before() -> None:
    text = "Police arrested a man in Threlkeld on Saturday and have charged him with theft."
    assert dated(text, "Threlkeld", THU_15_AUG).date == dt.date(2024, 8, 10)


# -- what was said of a planned day: "would go ahead" looks ahead ----------------------------

@pytest.mark.parametrize("text", [
    "The school board in Harstad said lessons on Thursday would go ahead.",
    "Organisers said the concert in Harstad on Thursday would take place as planned.",
    "The club said the match in Harstad on Thursday would be played behind closed doors.",
])
def test_what_was_said_of_a_planned_day_looks_ahead(text) -> None:
    assert dated(text, "Harstad", MON_16_SEP).date == dt.date(2024, 9, 19)


def test_a_day_gone_by_in_what_was_said_stays_past() -> None:
    text = "The mayor said the fire in Harstad on Thursday would not stop the festival."
    assert dated(text, "Harstad", MON_16_SEP).date == dt.date(2024, 9, 12)


# -- each item of a list its own time ---------------------------------------------------------

@pytest.mark.parametrize(("name", "year"), [
    ("Orkanger", 2012), ("Namsos", 1998), ("Trondheim", 1998)])
def test_each_item_of_a_list_takes_its_own_year(name, year) -> None:
    text = ("Comparable floods struck Orkanger in central Norway in 2012 and Namsos in "
            "Trondheim county in 1998, officials recalled.")
    assert span(dated(text, name, MON_16_SEP)) == (
        dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def test_an_item_s_own_time_refused_is_not_replaced_by_the_other_s() -> None:
    text = "Comparable slides struck Orkanger in 2012 and Namsos in 1871, killing dozens."
    guess = dated(text, "Namsos", MON_16_SEP)
    assert (guess.date, guess.precision) == (None, "unknown")  # (before 1900: audit 37)
    assert "1871" in guess.flag


def test_a_list_sharing_one_time_keeps_it() -> None:
    text = "Comparable floods struck Orkanger and Namsos in 2012."
    assert dated(text, "Orkanger", MON_16_SEP).date == dt.date(2012, 1, 1)
    text = "Floods reached Orkanger on Monday and Namsos on Tuesday."
    assert dated(text, "Namsos", MON_16_SEP).date == dt.date(2024, 9, 10)


# -- an event's year opening its sentence dates the sentence --------------------------------

@pytest.mark.parametrize("name", ["Cabanaconde", "Yanque"])
def test_an_event_s_year_opening_the_sentence_dates_its_far_clauses(name) -> None:
    text = ("The 1998 landslide buried dozens of farms along the river; the worst damage was "
            "in Cabanaconde, though homes were also lost in Yanque.")
    assert span(dated(text, name, dt.date(2024, 3, 14))) == (
        dt.date(1998, 1, 1), dt.date(1998, 12, 31), "year")


def test_a_noun_s_year_still_yields_to_the_clause_s_own_time() -> None:
    text = ("The 1998 landslide record was broken along the river; on Monday the worst damage "
            "was in Cabanaconde.")
    assert dated(text, "Cabanaconde", dt.date(2024, 3, 14)).date == dt.date(2024, 3, 11)


# -- a wire dateline's date is the filing's, not the lead's ---------------------------------

@pytest.mark.parametrize("text", [
    ("DA NANG, Dec. 3 (VNA) -- A bridge linking the town of Hoi An with the coast was opened to "
    "traffic on December 1, local authorities said."),
    "ALMATY, December 3. /TASS/. A bridge near Hoi An was opened on December 1.",
    "Almaty, 3 December, /Kazinform/ - A new bridge near Hoi An was opened on December 1.",
])
def test_a_wire_dateline_s_date_is_not_the_lead_s(text) -> None:
    assert dated(text, "Hoi An", TUE_3_DEC).date == dt.date(2024, 12, 1)


def test_a_lead_with_no_time_of_its_own_stands_on_the_publication_date() -> None:
    text = "DA NANG, Dec. 3 (VNA) -- Heavy rain flooded streets in Hoi An, officials said."
    guess = dated(text, "Hoi An", TUE_3_DEC)
    assert (guess.date, guess.precision, guess.evidence) == (
        TUE_3_DEC, "publication", "publication date")


def test_a_name_and_a_day_in_a_sentence_are_no_dateline() -> None:
    text = "In Hoi An, Dec. 1 was the wettest day of the year."
    assert dated(text, "Hoi An", TUE_3_DEC).date == dt.date(2024, 12, 1)


# -- east of a stamp in UTC: the publication date at the place ------------------------------

def test_east_of_a_utc_stamp_the_publication_date_is_the_place_s() -> None:
    """A Maryborough story stamped 2024-06-30T14:30:00Z, 00:30 on 1 July there: a sentence
    naming only places east of the stamp's midnight stands on 1 July, as the same instant
    written with +10:00 does (it had stood on 30 June, the UTC day)."""
    text = "Crews are fighting a fire at a sawmill in Maryborough."
    guess = dated(text, "Maryborough", dt.date(2024, 6, 30), local=dt.date(2024, 7, 1),
                   utc=True, east=True, from_east=True)
    assert (guess.date, guess.precision) == (dt.date(2024, 7, 1), "publication")
    assert "Monday 1 July at the place" in guess.evidence


def test_an_article_naming_a_place_on_the_stamp_s_date_keeps_it() -> None:
    """Where another sentence names a place still on the stamp's date (London at 14:30 UTC),
    the stamp may be the writer's own clock: the date stays, in every sentence."""
    text = "Crews are fighting a fire at a sawmill in Maryborough."
    guess = dated(text, "Maryborough", dt.date(2024, 6, 30), local=dt.date(2024, 7, 1),
                   utc=True, east=True, from_east=False)
    assert guess.date == dt.date(2024, 6, 30)


def test_east_of_a_utc_stamp_ingested(geoparser, tmp_path) -> None:
    from tests.test_audit18_dates import _ingested

    events = _ingested(geoparser, tmp_path, [
        {"id": "q1", "published": "2024-06-30T14:30:00Z", "title": "Sawmill fire",
         "text": "Crews are fighting a large fire at a sawmill in Maryborough, Queensland."},
        {"id": "q2", "published": "2024-07-01T00:30:00+10:00", "title": "Sawmill fire",
         "text": "Crews are battling a large fire at a timber yard in Maryborough, "
                 "Queensland."}])
    town = events[events["place"] == "Maryborough"]
    assert set(town["date"].astype(str)) == {"2024-07-01"}


# -- an undated wire text: its warning says what is on the map --------------------------------

def test_an_undated_wire_text_s_warning_says_what_its_years_date(geoparser, tmp_path) -> None:
    """Agency copy with a year-less dateline has no publication date; its news is on no map
    but what a sentence dates with its own year is, and the warning says so (it had said the
    places named were on no map, while their history was)."""
    from placeline.ingest import read_paths
    from placeline.pipeline import UNDATED, Pipeline
    from placeline.store import open_store

    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "flood.txt").write_text(
        "Floods cut roads in Osh region\n\nOSH, December 4. /TASS/. Floods have cut roads in "
        "the Osh region, officials said.\n\nA similar flood hit Osh in 2017.\n",
        encoding="utf-8")
    store = open_store(tmp_path / "store.db")
    try:
        report = Pipeline(store, geoparser).ingest(read_paths([folder]))
        events = store.events_frame()
        published = list(store.articles_frame()["published"])
    finally:
        store.close()
    assert published == [None]
    assert report.undated == [str(folder / "flood.txt")]
    assert "only what a sentence dates with a year of its own" in UNDATED
    assert "dateline's day and month without a year" in UNDATED
    dated = events[events["date"].notna()]
    assert set(dated["date"].astype(str)) == {"2017-01-01"}
    assert events["date"].isna().any()  # (the news: on no map)


# -- an update's relative days count from the day its dateline names --------------------------

_UPDATE = {"id": "w1", "url": "https://wire.example/cyclone-vanua-levu",
           "title": "UPDATE 1-Cyclone floods northern Fiji",
           "published": "2024-02-10T14:00:00+12:00",
           "dateModified": "2024-02-11T09:00:00+12:00",
           "text": "SUVA, Fiji, Feb 11 (Reuters) - Floodwater rose in northern Fiji overnight, "
                   "officials said.\n\nOn Sunday, the government declared a state of disaster "
                   "in Savusavu."}


def test_an_update_s_weekdays_count_from_its_dateline_s_day(geoparser, tmp_path) -> None:
    from tests.test_audit18_dates import _ingested

    events = _ingested(geoparser, tmp_path, [_UPDATE])
    town = events[events["place"] == "Savusavu"]
    assert set(town["date"].astype(str)) == {"2024-02-11"}


def test_a_modification_its_dateline_does_not_name_changes_nothing(geoparser, tmp_path) -> None:
    row = {**_UPDATE, "text": _UPDATE["text"].replace("Feb 11", "Feb 10")}
    from tests.test_audit18_dates import _ingested

    events = _ingested(geoparser, tmp_path, [row])
    town = events[events["place"] == "Savusavu"]
    assert set(town["date"].astype(str)) == {"2024-02-04"}
