"""UI 66 (audit 36, items 2.2, 2.3, 2.4, 4, 5.1 and 5.2): exports keep the plain CSV as
written, give the reading panel's sentences, round coordinates and name the shown place and
the page's file by what they hold; the Ingest page drops a stopped run's note once an ingest
finishes it; the map opens on every event where they are few; the legend folds on a laptop.
"""

from __future__ import annotations

import csv
import io

import pandas as pd

from placeline.export import events_table, to_csv
from tests.test_apptest import _run


def _events(**changes) -> pd.DataFrame:
    row = {"article_id": 1, "title": "=Floods in Kalibo", "published": "2024-03-01",
           "date": "2024-03-01", "date_end": None, "precision": "day",
           "place": "Kalibo (poblacion)", "place_id": "geonames:1709632", "kind": "city",
           "country": "PH", "lat": 11.70611, "lon": 122.36444, "snippet_start": 18,
           "snippet_end": 58, "date_method": "explicit", "date_evidence": "",
           "date_flag": "", "published_method": "explicit", "story_id": 1, "url": "",
           "article_source": "a.txt"}
    row.update(changes)
    return pd.DataFrame([row])


TEXT = "=Floods in Kalibo\n-5 degrees was recorded in Kalibo today."


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


# -- 2.2: the formula guard only where a spreadsheet opens the file -------------------------

def test_the_plain_csv_keeps_every_cell_as_written():
    """Audit 36, 2.2: the plain CSV (scripts, GIS tools) had "'-5 degrees…" and "'=Floods…"."""
    (row,) = _rows(to_csv(events_table(_events(), {1: TEXT})))
    assert row["title"] == "=Floods in Kalibo"
    assert row["snippet"] == "-5 degrees was recorded in Kalibo today."


def test_the_csv_for_excel_keeps_its_guard():
    (row,) = _rows(to_csv(events_table(_events(), {1: TEXT}), excel=True))
    assert row["title"] == "'=Floods in Kalibo"
    assert row["snippet"].startswith("'-5 degrees")


def test_export_help_says_where_the_guard_is(capsys):
    import pytest

    from placeline.cli import main

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "apostrophe" in out and "without it every cell is the text as written" in out


# -- 4: the stale "stopped" note after an ingest that finished its run ----------------------

def _folder(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for number, town in enumerate(["Leeds", "York", "Hull"], start=1):
        (folder / f"story-{number}.txt").write_text(
            f"Floods in {town}\nFloods closed roads in {town} on Monday, 4 March 2024, the "
            "council said.", encoding="utf-8")
    return folder


def test_finishing_a_stopped_run_drops_its_note_at_once(tmp_path, app_store):
    """Audit 36, item 4: finished from the Ingest page, the stopped run's warning stayed
    beside "Done" until the page was reloaded."""
    from placeline.cli import main
    from placeline.ingest_runs import path_record
    from placeline.store import open_store

    db = app_store(tmp_path / "s.db")
    other = tmp_path / "other.txt"  # (a store not new: its "New, empty store" note redraws)
    other.write_text("Storm in Leeds\nA storm hit Leeds on Monday, 4 March 2024.",
                     encoding="utf-8")
    assert main(["ingest", str(other), "--db", str(db)]) == 0
    folder = _folder(tmp_path)
    record = path_record(open_store(db), [folder], "cli").start()
    record.finish("interrupted")
    at = _run("pages/3_Ingest.py")
    assert any("stopped" in w.value for w in at.warning)
    at.text_input(key="folder").set_value(str(folder)).run()
    next(b for b in at.button if b.label == "Ingest").click().run()
    assert not at.exception
    assert "3 added" in at.success[0].value
    assert not any("stopped" in w.value for w in at.warning), [w.value for w in at.warning]


# -- 2.4: coordinates to 5 decimals, GeoNames' generic qualifiers, the files' names ----------

def test_coordinates_are_rounded_to_five_decimals_in_every_export():
    """Audit 36, 2.4: corrected and county points showed float noise in the CSV."""
    import json

    from placeline.export import to_geojson

    table = events_table(_events(lat=5.7489799999999995, lon=37.524171428571435), {1: TEXT})
    (row,) = _rows(to_csv(table))
    assert (row["lat"], row["lon"]) == ("5.74898", "37.52417")
    (feature,) = json.loads(to_geojson(table))["features"]
    assert feature["geometry"]["coordinates"] == [37.52417, 5.74898]
    assert feature["properties"]["place"] == "Kalibo"


def test_a_generic_qualifier_goes_and_a_twin_s_stays():
    """"Kalibo (poblacion)" is Kalibo; "Frankfurt (Oder)" is not Frankfurt am Main's
    "Frankfurt", and "Buffalo (historical)" stays beside an export's Buffalo of its country."""
    from placeline.present import shown_names

    names = pd.Series(["Kalibo (poblacion)", "Frankfurt (Oder)", "Buffalo (historical)",
                       "Buffalo", "Sintra (town)", "Lagos"])
    countries = pd.Series(["PH", "DE", "US", "US", "PT", "NG"])
    assert shown_names(names, countries).tolist() == [
        "Kalibo", "Frankfurt (Oder)", "Buffalo (historical)", "Buffalo", "Sintra", "Lagos"]
    (row,) = _rows(to_csv(events_table(_events(), {1: TEXT})))
    assert row["place"] == "Kalibo"


def test_a_download_is_named_after_its_window_and_filters():
    from placeline.view import export_name

    assert export_name("2024-03-01", "2024-03-31") == \
        "placeline-events-2024-03-01_2024-03-31"
    assert export_name("2024-03-01", "2024-03-31", keyword=" Flash flood/ ", kinds=["city"],
                       sources=["a", "b"], places=["geonames:1"], min_confidence=0.5) == \
        "placeline-events-2024-03-01_2024-03-31-flash-flood-city-2-sources-1-place-conf0.5"


# -- 2.3: an export's snippet is the sentence the reading panel shows ------------------------

HEADLINE = "Flood warning for Kalibo\nHeavy rain flooded the streets of Kalibo, officials said."


def _headline_row(events_of_the_place: int) -> dict:
    from placeline.export import Mentions

    body = HEADLINE.index("Heavy")
    mentions = Mentions(written={(1, "geonames:1709632"): [
        (HEADLINE.index("Kalibo"), "Kalibo"), (HEADLINE.rindex("Kalibo"), "Kalibo")]},
        events={(1, "geonames:1709632"): events_of_the_place})
    frame = _events(title="Flood warning for Kalibo", snippet_start=0, snippet_end=body - 1)
    (row,) = events_table(frame, {1: HEADLINE}, mentions=mentions).to_dict("records")
    return row


def test_an_export_row_gives_the_card_s_sentence_not_the_headline():
    """Audit 36, 2.3: the Delta row's snippet was the headline; the panel showed the body's
    sentences (a card drops the title's line where the place has others). Both go by
    `snippets.card_sentences` now."""
    from placeline.snippets import card_sentences

    body = (HEADLINE.index("Heavy"), len(HEADLINE))
    assert card_sentences(HEADLINE, "Flood warning for Kalibo", [(0, body[0] - 1), body]) == {
        (0, body[0] - 1): None, body: body}
    assert _headline_row(1)["snippet"] == \
        "Heavy rain flooded the streets of Kalibo, officials said."
    # (of two events, which mention is whose is the panel's dating: the row's own sentence)
    assert _headline_row(2)["snippet"] == "Flood warning for Kalibo"


def test_a_bare_dateline_goes_with_its_lead_in_an_export_as_on_a_card():
    from placeline.snippets import card_sentences, shown_snippet

    text = "Quake in Kyrgyzstan\nBISHKEK, December 3. /TASS/. A quake shook the city."
    dateline = (20, 48)
    assert text[slice(*dateline)] == "BISHKEK, December 3. /TASS/."
    assert shown_snippet(text, "Quake in Kyrgyzstan", dateline, list) == (20, len(text))
    assert card_sentences(text, "Quake in Kyrgyzstan", [(0, 19), dateline]) == {
        (0, 19): None, dateline: (20, len(text))}


# -- 5.1: the default window says what it leaves out, and shows it at a click ----------------

NEWS = [{"id": "a", "title": "Floods in York", "date": "2024-03-04",
         "text": "Floods hit York on Monday, 4 March 2024, the council said."},
        {"id": "b", "title": "Floods in Hull", "date": "2024-03-05",
         "text": "Floods hit Hull on Tuesday, 5 March 2024. In June 2013, floods also hit "
                 "Leeds, the council said."}]


def test_the_window_says_what_it_leaves_out_and_shows_all_at_a_click(tmp_path, app_store):
    """Audit 36, item 5.1: the default window (from a year before the articles' publication)
    left out the store's 2013 and 2021 events, and only "(of 264 on the timeline)" under the
    map said so."""
    import json

    from placeline.cli import main
    from tests.conftest import window_summary

    feed = tmp_path / "news.jsonl"
    feed.write_text("\n".join(json.dumps(row) for row in NEWS), encoding="utf-8")
    db = app_store(tmp_path / "s.db")
    assert main(["ingest", str(feed), "--db", str(db)]) == 0
    at = _run("dashboard.py")
    assert not at.exception
    assert window_summary(at).startswith("4 Mar 2024 – 5 Mar 2024")
    (note,) = [c.value for c in at.caption if "outside this window" in c.value]
    assert note.startswith("1 event is outside this window (") and "2013)" in note, note
    at.button(key="show_all_dates").click().run()
    assert not at.exception
    assert window_summary(at).split(":")[0].endswith("2013 – 5 Mar 2024")
    assert not [c.value for c in at.caption if "outside this window" in c.value]


def test_the_note_names_the_days_left_out_on_each_side():
    from placeline.view import outside_note

    days = ["2013-06-01", "2021-05-02", "2023-01-01", "2024-03-04", "2025-02-01"]
    assert outside_note(3, days, "2023-01-01", "2024-03-04", str) == \
        "3 events are outside this window (2013-06-01 – 2021-05-02; 2025-02-01)."
    assert outside_note(0, days, days[0], days[-1], str) == ""
