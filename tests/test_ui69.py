"""UI 69: ⤢ on a later window fits it in its own frame; "Last N" counts months and years;
a folder named by a date dates the undated files in it; the Ingest page maps a table's
columns."""

from __future__ import annotations

import json

import pytest

from tests.test_ui67 import WORLD

FAR = {
    **WORLD,
    "tokyo.txt": "Quake in Tokyo\nTOKYO, April 8, 2024 — A quake shook Tokyo on Monday, "
                 "officials said.",
    "honolulu.txt": "Heat in Honolulu\nHONOLULU, April 9, 2024 — Heat closed schools in "
                    "Honolulu on Tuesday, officials said.",
}


def far_store(tmp_path, geoparser):
    """A store of places all round the world whose Pacific days (Fiji, Samoa) come first
    and whose last days are Tokyo's and Honolulu's: a map opened on the first is cut at
    Fiji, which draws the last two the long way round."""
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "far.db", geoparser, FAR).close()
    return tmp_path / "far.db"


# -- 1. ⤢ on a later window ----------------------------------------------------------------

def test_the_fit_frame_of_a_window_across_the_map_s_cut():
    """Cut at Fiji (178.4), Tokyo and Honolulu are drawn 202-500 E; their own frame is cut
    at Tokyo, 140-202 E. A window that calls for no cut takes the plain frame, and a map
    with no cut offers none (its outlines are drawn once)."""
    from placeline.mapview import PLAIN_CUT, fit_cut, framed

    tokyo_honolulu = [139.69, -157.86]
    cut = fit_cut(tokyo_honolulu, 178.4)
    assert cut == pytest.approx(139.69)
    drawn = framed(tokyo_honolulu, cut)
    assert max(drawn) - min(drawn) < 70
    assert fit_cut([-0.13, -87.65], 178.4) == PLAIN_CUT  # London and Chicago
    assert fit_cut(tokyo_honolulu, None) is None


def test_the_layer_carries_its_fit_frame():
    from placeline.mapview import base_map, place_layer

    fmap = base_map()
    place_layer({"type": "FeatureCollection", "features": []}, fit_cut=139.69).add_to(fmap)
    assert "fitCut = 139.69" in fmap.get_root().render()


# -- 2. Last N months and years --------------------------------------------------------

@pytest.mark.parametrize(("length", "unit", "first"), [
    (7, "days", "2024-03-09"), (6, "months", "2023-09-16"), (2, "years", "2022-03-16"),
    (1, "months", "2024-02-16")])
def test_last_n_counts_days_months_and_years(length, unit, first):
    from placeline.view import window_for

    days = ["2020-01-01", "2024-03-15"]
    assert window_for("window", days, days[0], "2024-03-15", length, unit) == \
        (first, "2024-03-15")


def test_a_month_back_from_a_day_its_month_lacks_holds_whole_months():
    """31 March less a month is 29 February (2024), so the month is 1-31 March."""
    from placeline.view import back_from, reach

    assert back_from("2024-03-31", 1, "months") == "2024-03-01"
    assert back_from("2024-02-29", 1, "years") == "2023-03-01"
    assert reach("2023-09-16", "2024-03-15", "months") == 6
    assert reach("2023-09-15", "2024-03-15", "months") == 7
    assert reach("2024-03-15", "2024-03-15", "years") == 1


def test_the_outside_note_names_the_unit():
    from placeline.view import outside_note

    def note(span):
        return outside_note(3, ["2020-01-01", "2024-03-15"], "2023-09-16", "2024-03-15",
                            str, "window", span)

    assert "outside these 6 months (2020-01-01)" in note((6, "months"))
    assert "outside this year" in note((1, "years"))
    assert "outside these 182 days" in note(None)


YEARS = {
    "old.txt": "Floods in Leeds\nLEEDS, March 4, 2021 — Floods closed roads in Leeds on "
               "Thursday, the council said.",
    "mid.txt": "Snow in Chicago\nCHICAGO, October 5, 2023 — Snow closed schools in Chicago "
               "on Thursday, officials said.",
    "new.txt": "Heat in Lagos\nLAGOS, March 5, 2024 — Heat closed schools in Lagos on "
               "Tuesday, officials said.",
}


@pytest.fixture
def years_app(tmp_path, app_store, geoparser):
    from tests.test_audit17_dashboard import _store_of

    _store_of(tmp_path / "years.db", geoparser, YEARS).close()
    app_store(tmp_path / "years.db")


def test_the_page_s_last_6_months_and_2_years(years_app):
    """A store of three years: "Last 6 months" up to 5 March 2024 holds Chicago's October
    and Lagos, "Last 2 years" not Leeds' 2021; each unit opens on its own count."""
    from tests.conftest import window_summary
    from tests.test_apptest import _run

    at = _run("dashboard.py", mode="Last N", until="2024-03-05")
    assert not at.exception
    assert at.number_input(key="days").value == 7
    at.radio(key="unit").set_value("months").run()
    assert at.number_input(key="months").value == 6
    assert window_summary(at).startswith("6 Sep 2023 – 5 Mar 2024: 2 places")
    at.radio(key="unit").set_value("years").run()
    assert at.number_input(key="years").value == 1
    at.number_input(key="years").set_value(2).run()
    assert window_summary(at).startswith("6 Mar 2022 – 5 Mar 2024: 2 places")
    assert "outside these 2 years" in " ".join(c.value for c in at.caption)


def test_a_link_of_last_n_days_opens_as_it_did(years_app):
    from tests.conftest import window_summary
    from tests.test_apptest import _run

    at = _run("dashboard.py", mode="Last N days", until="2024-03-05", days="3")
    assert not at.exception
    assert at.segmented_control(key="mode").value == "window"
    assert window_summary(at).startswith("3 Mar 2024 – 5 Mar 2024")
    at = _run("dashboard.py", mode="Last N", until="2024-03-05", unit="months", months="6")
    assert window_summary(at).startswith("6 Sep 2023 – 5 Mar 2024")


# -- 3. a folder named by a date --------------------------------------------------------

CLIPPING = ("Floods close roads in Leeds\n\nFloods closed roads across Leeds, and the river "
            "rose in York, the council said.")


@pytest.mark.parametrize(("folder", "day", "precision"), [
    ("news/2024-03-15", "2024-03-15", "day"), ("news/2024/03/15", "2024-03-15", "day"),
    ("clips.zip/20240315_floods", "2024-03-15", "day"),
    ("news/2024/03/15/photos", "2024-03-15", "day"),  # (nearest first, up the folders)
    ("archive/2019-11", "2019-11-01", "month"), ("archive/2019/11", "2019-11-01", "month"),
    ("2024-03-15/2019-11", "2019-11-01", "month"),  # (the nearest folder's)
    ("news/15-03-2024", None, None),  # (day first: reads two ways)
    ("news/2024", None, None),  # (a year is too wide to date news)
    ("news/2024/13/01", None, None), ("news/2099-01-01", None, None), ("news", None, None),
])
def test_a_folder_s_date(folder, day, precision):
    from placeline.dates import FILE_NAME_CONFIDENCE, date_from_folder

    guess = date_from_folder(folder)
    assert (str(guess.date) if guess else None) == day
    if guess:
        assert guess.precision == precision and guess.evidence.startswith("folder: ")
        assert guess.confidence == FILE_NAME_CONFIDENCE if precision == "day" \
            else guess.confidence < FILE_NAME_CONFIDENCE
        if precision == "month":
            assert str(guess.end) == "2019-11-30"


@pytest.mark.parametrize("source", ["news/2024-03-15/leeds.txt", "news/2024/03/15/leeds.txt",
                                    "upload:in.zip/2024-03-15/leeds.txt",
                                    "/home/me/news/2024/03/15/leeds.html"])
def test_an_undated_file_in_a_day_s_folder_is_dated_by_it(source):
    from placeline.ingest import RawDocument
    from placeline.pipeline import make_article

    article = make_article(RawDocument(source, CLIPPING, {}))
    assert str(article.published.date) == "2024-03-15"
    assert article.published.evidence.startswith("folder: ")


def test_the_file_s_own_name_and_its_text_come_before_its_folder():
    from placeline.ingest import RawDocument
    from placeline.pipeline import make_article

    named = make_article(RawDocument("news/2024-03-15/2024-03-16_leeds.txt", CLIPPING, {}))
    assert str(named.published.date) == "2024-03-16"
    dated = CLIPPING.replace("Floods closed", "LEEDS, March 17, 2024 — Floods closed")
    assert str(make_article(RawDocument("news/2024-03-15/leeds.txt", dated, {}))
               .published.date) == "2024-03-17"
    row = make_article(RawDocument("news/2024-03-15/feed.jsonl#x1", CLIPPING, {}))
    assert row.published.date is None  # (a feed's rows are dated by their own fields)


def test_a_month_s_folder_puts_its_undated_sentences_over_the_month(tmp_path, geoparser):
    """archive/2019-11/: its article stands on 1 November at a lower confidence, and its
    places' events are November's (precision "month"), not a day's; it lends its story no
    day (its undated story mate stays undated, where a day would have dated it)."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(tmp_path / "month.db")
    Pipeline(store, geoparser).ingest([
        RawDocument("archive/2019-11/leeds.txt", CLIPPING, {})])
    events = store.events_frame()
    assert not events.empty
    assert set(events["date"]) == {"2019-11-01"} and set(events["precision"]) == {"month"}
    assert set(events["date_end"]) == {"2019-11-30"}
    (row,) = store.articles_frame().to_dict("records")
    assert str(row["published"])[:10] == "2019-11-01"
    Pipeline(store, geoparser).ingest([RawDocument(
        "misc/leeds.txt", CLIPPING.replace("the council said", "the council said today"),
        {})])
    mate = store.articles_frame().set_index("source").loc["misc/leeds.txt"]
    assert mate["story_id"] == row["story_id"]
    assert not isinstance(mate["published"], str) or not mate["published"]
    store.close()


def test_the_folder_dates_a_stored_article_dated_again():
    from placeline.dates import own_publication_date
    from placeline.ingest import RawDocument
    from placeline.pipeline import make_article

    article = make_article(RawDocument("archive/2019-11/leeds.txt", CLIPPING, {}))
    stored = json.loads(json.dumps(article.metadata))
    again = own_publication_date(article.text, stored)
    assert str(again.date) == "2019-11-01" and again.precision == "month"


# -- 4. an uploaded table's columns, named on the Ingest page ----------------------------

GENOA = "The new bridge over the Polcevera valley in Genoa opened to traffic today."
TABLE = f"Words,Heading,Filed,Desk\n\"{GENOA}\",Bridge reopens,2020-08-04,Italy\n"


def test_a_table_s_head_says_whether_a_column_is_read_as_its_text():
    from placeline.ingest import table_head

    head = table_head(TABLE.encode(), "export.csv")
    assert head.columns == ["Words", "Heading", "Filed", "Desk"] and not head.has_text
    assert head.rows[0]["Heading"] == "Bridge reopens"
    row = json.dumps({"Words": GENOA, "Heading": "Bridge"})
    assert table_head(row.encode(), "rows.jsonl").columns == ["Words", "Heading"]
    assert table_head(b"Title,Text\nA,B\n", "ok.csv").has_text
    assert table_head(b"Floods\nin Leeds", "story.txt") is None
    assert table_head(b"Words,Heading\n", "empty.csv") is None  # (no rows: said so when read)
    long = table_head(f"Words,Heading\n\"{GENOA * 10}\",x\n".encode(), "long.csv")
    assert len(long.rows[0]["Words"]) <= 120 and long.rows[0]["Words"].endswith("…")


def test_columns_named_for_one_file_are_read_in_it_only():
    """The page's choice is read in its file, and in no other file read after it (a
    process's `name_columns` would have been every session's)."""
    from placeline.feeds import _NAMED
    from placeline.ingest import InputError, RawDocument, read_bytes, read_bytes_named

    chosen = {"text": "Words", "title": "Heading", "date": "Filed"}
    (document,) = read_bytes_named(TABLE.encode(), "upload:export.csv", chosen)
    assert isinstance(document, RawDocument)
    assert document.text == f"Bridge reopens\n\n{GENOA}"
    assert document.metadata["published"] == "2020-08-04"
    (refused,) = read_bytes(TABLE.encode(), "upload:export.csv")
    assert isinstance(refused, InputError) and "Words" in refused.reason
    assert _NAMED == {}
    row = json.dumps({"Words": GENOA, "Heading": "Bridge"}).encode()
    (only_text,) = read_bytes_named(row, "upload:rows.jsonl", {"text": "Words",
                                                               "title": None})
    assert isinstance(only_text, RawDocument) and GENOA in only_text.text


def test_a_generator_left_half_read_leaves_no_names_behind():
    from placeline.feeds import _named
    from placeline.ingest import read_bytes_named

    rows = "".join(json.dumps({"Words": f"{GENOA} {n}"}) + "\n" for n in range(3)).encode()
    reading = read_bytes_named(rows, "upload:rows.jsonl", {"text": "Words"})
    next(reading)
    reading.close()
    assert _named() == {}


# -- 5. on the way ------------------------------------------------------------------------

def test_the_articles_page_says_a_month_s_folder_dates_the_month_only(tmp_path, app_store,
                                                                       geoparser):
    """"Published: 1 Nov 2019" had claimed a day no one knows."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_apptest import _run

    store = open_store(tmp_path / "month.db")
    Pipeline(store, geoparser).ingest([RawDocument("archive/2019-11/leeds.txt", CLIPPING, {})])
    store.close()
    app_store(tmp_path / "month.db")
    at = _run("pages/1_Articles.py")
    assert not at.exception
    head = " ".join(m.value for m in at.markdown if "**Published:**" in m.value)
    assert "**Published:** November 2019 (the day is not known)" in head
    assert "1 Nov 2019" not in head
