"""The dashboard and its pages through Streamlit's AppTest (no browser, real scripts)."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, top_places, window_summary

TIMEOUT = 60


@pytest.fixture
def app_db(seeds_store, tmp_path, app_store):
    """A private copy of the seeds store, selected through PLACELINE_DB."""
    seeds_store.close()
    path = tmp_path / "app.db"
    shutil.copy(seeds_store.path, path)
    return app_store(path)


def ingest_folder_on_page(folder) -> pd.DataFrame:
    """Read `folder` on the Ingest page: one file added and one skipped, whose table it
    returns."""
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    at.button[0].click().run()
    assert not at.exception
    assert "1 added" in at.success[0].value and "1 skipped" in at.success[0].value
    return skipped_table(at)


def skipped_table(at) -> pd.DataFrame:
    """The Ingest page's Skipped table, its cells as written (the page escapes their
    Markdown: the table wraps its reasons, audit 37 item 13)."""
    table = next(t.value for t in at.table if "reason" in t.value.columns)
    return table.map(lambda cell: re.sub(r"\\(.)", r"\1", cell))


def _run(script: str, **query) -> AppTest:
    """Open the app with this URL query, then switch to `script` if it is a page."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if script != "dashboard.py":
        at.switch_page(script).run()
    return at


def fix(widgets, field: str):
    """The correction form's widget for `field` ("lat", "save"…): its keys end with the
    place and the articles it corrects, so that another place gets a fresh form."""
    return next(w for w in widgets
                if w.key == f"fix_{field}" or (w.key or "").startswith(f"fix_{field}_"))


def _place_id(store, name: str) -> str:
    events = store.events_frame()
    return events.loc[events["place"] == name, "place_id"].iloc[0]


def test_dashboard_shows_the_window_and_the_places(app_db):
    at = _run("dashboard.py")
    assert not at.exception
    slider = at.select_slider(key="window")
    assert slider.label == "Dates with events"
    assert slider.value[0] <= "2022-04-26" and slider.value[1] >= "2023-03-02"
    assert "places in 5 articles" in at.caption[0].value
    assert at.selectbox(key="place").value is None
    top = top_places(at)
    assert {"Mariupol", "Moscow", "Kyiv"} <= set(top["place"])
    assert list(top.columns) == ["place", "articles", "kind"]


def test_moving_the_window_changes_what_is_counted(app_db):
    at = _run("dashboard.py")
    before = window_summary(at)
    at.select_slider(key="window").set_value(("2023-03-02", "2023-03-02")).run()
    assert not at.exception
    after = window_summary(at)
    assert after != before and after.endswith("in 1 article")


def test_the_url_restores_window_mode_and_filters(app_db):
    at = _run("dashboard.py", mode="Last N days", until="2022-04-27", days="2",
              kind="country")
    assert not at.exception
    assert at.segmented_control(key="mode").value == "window"
    assert at.number_input(key="days").value == 2
    caption = window_summary(at)
    assert caption.startswith("26 Apr 2022 – 27 Apr 2022")
    assert set(top_places(at)["kind"]) == {"country"}


def test_cumulative_mode_starts_at_the_first_day(app_db, seeds_store):
    first = pd.Timestamp(seeds_store.events_frame()["date"].min()).strftime("%-d %b %Y")
    at = _run("dashboard.py", mode="Cumulative", until="2022-04-26")
    assert not at.exception
    assert window_summary(at).startswith(f"{first} – 26 Apr 2022")


def test_publication_dates_can_drive_the_slider(app_db, seeds_store):
    at = _run("dashboard.py", basis="Publication date")
    assert not at.exception
    published = set(seeds_store.articles_frame()["published"].dropna())
    assert set(at.select_slider(key="window").options) == published


def test_typing_a_date_snaps_the_window_to_the_nearest_day(app_db):
    at = _run("dashboard.py")
    at.date_input(key="goto").set_value(dt.date(2023, 3, 1)).run()
    assert not at.exception
    assert at.select_slider(key="window").value == ("2023-03-02", "2023-03-02")


def test_play_moves_the_window_one_day_at_a_time(app_db):
    at = _run("dashboard.py")
    days = list(at.select_slider(key="window").options)
    at.button(key="play").click().run()
    assert not at.exception
    assert at.session_state["playing"] is True
    first = at.select_slider(key="window").value
    assert first == (days[1], days[1])  # restarted at the beginning, then one step on
    at.button(key="play").click().run()  # pause
    assert at.session_state["playing"] is False


def test_keyword_and_confidence_filters_narrow_the_map(app_db):
    at = _run("dashboard.py", q="Azovstal")
    assert not at.exception
    keyword = at.caption[0].value
    assert "in 5 articles" not in keyword
    at = _run("dashboard.py", minconf="0.99")
    assert not at.exception
    assert at.caption[0].value != keyword


def test_filters_that_match_nothing_explain_what_to_do(app_db):
    at = _run("dashboard.py", q="no-such-word-anywhere")
    assert not at.exception
    assert "No events match these filters" in at.warning[0].value


def test_a_selected_place_shows_its_snippets(app_db, seeds_store):
    mariupol = _place_id(seeds_store, "Mariupol")
    at = _run("dashboard.py", place="Mariupol")
    assert not at.exception
    assert at.selectbox(key="place").value == mariupol
    sentences = [m.value for m in at.markdown if "**Mariupol**" in m.value]
    assert sentences and all(":orange-background[" in s for s in sentences)
    assert any("Read the whole article" in e.label for e in at.expander)
    captions = " ".join(c.value for c in at.caption)
    assert "published" in captions and "Event:" in captions
    assert "Also mentioned here:" in captions


def test_a_correction_is_applied_listed_and_undone(app_db, seeds_store):
    at = _run("dashboard.py", place="Izyum")
    fix(at.radio, "how").set_value("coordinates").run()
    fix(at.text_input, "name").set_value("Somewhere Else").run()
    fix(at.number_input, "lat").set_value(10.0).run()
    fix(at.number_input, "lon").set_value(20.0).run()
    fix(at.button, "save").click().run()
    assert not at.exception
    from placeline.store import open_store

    store = open_store(app_db)
    places = set(store.events_frame()["place"])
    assert "Somewhere Else" in places and "Izyum" not in places
    assert [c["surface"] for c in store.corrections()] == ["Izyum"]

    page = _run("pages/2_Places.py")
    assert not page.exception
    assert any("Somewhere Else" in m.value for m in page.markdown)
    undo = next(b for b in page.button if b.label == "Undo the correction")  # (asked first)
    undo.click().run()
    assert not page.exception
    assert store.corrections() == []
    assert "Izyum" in set(store.events_frame()["place"])
    store.close()


def test_the_ingest_page_reads_a_folder_and_lists_what_it_skipped(app_db, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Floods in Porto Alegre\nPORTO ALEGRE, May 6, 2024 - Rain flooded Porto Alegre in "
        "Brazil on Monday.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    skipped = ingest_folder_on_page(folder)
    assert list(skipped["file"]) == [str(folder / "empty.txt")]
    dashboard = _run("dashboard.py")
    assert "in 6 articles" in dashboard.caption[0].value


def _dashboard_on(app_store, db) -> AppTest:
    """The dashboard on the store `db` (`app_store`: the fixture), with no bundled articles
    to load into it."""
    app_store(db)
    at = _run("dashboard.py")
    st.cache_resource.clear()
    assert not at.exception
    return at


def test_an_empty_store_explains_what_to_do(tmp_path, app_store):
    at = _dashboard_on(app_store, tmp_path / "empty.db")
    assert "No dated events yet" in at.info[0].value


def test_a_store_of_undated_articles_says_so(tmp_path, app_store, geoparser):
    """Articles with places but no date anywhere: the empty map says why, not "add
    articles"."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    db = tmp_path / "undated.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest([RawDocument(
        "a.txt", "Shelling in Kharkiv\n\nShelling hit Kharkiv and Izium, officials said.")])
    store.close()
    at = _dashboard_on(app_store, db)
    assert "1 article is stored, but it gives no date" in at.info[0].value


def test_articles_page_shows_dates_places_and_cleaning(app_db, seeds_store):
    at = _run("pages/1_Articles.py")
    assert not at.exception
    assert len(at.dataframe[0].value) == 5
    frame = seeds_store.articles_frame()
    seed_004 = int(frame.loc[frame["source"].str.contains("004_"), "id"].iloc[0])
    at.selectbox[0].select(seed_004).run()
    assert not at.exception
    page = " ".join(m.value for m in at.markdown)
    assert "given by the source" in page
    cleaned = next(m.value for m in at.markdown if "**Kreminna**" in m.value)
    assert "TRY IT TONIGHT" not in cleaned and "Kremlin" not in cleaned
    assert any("Removed while cleaning (3)" in e.label for e in at.expander)


def test_an_article_can_be_deleted_from_the_articles_page(app_db):
    at = _run("pages/1_Articles.py")
    first = at.selectbox[0].value
    at.session_state[f"delete_for_{at.selectbox(key='article').value}"] = True  # (open)
    at.button(key="delete").click().run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 4
    assert first not in at.selectbox[0].options


def test_delete_removes_the_article_shown_not_the_next_one(app_db):
    """Another tab deleted the article shown; pressing Delete on the stale page must not
    delete the article the selection falls back to."""
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    at = _run("pages/1_Articles.py")
    shown = at.selectbox[0].value
    other = open_store(app_db)
    before = len(other.article_ids())
    Pipeline(other).delete([shown])
    other.close()
    at.session_state[f"delete_for_{at.selectbox(key='article').value}"] = True  # (open)
    at.button(key="delete").click().run()
    assert not at.exception
    store = open_store(app_db)
    assert len(store.article_ids()) == before - 1  # only the one the other tab deleted
    store.close()


def test_places_page_lists_sources_and_filters(app_db):
    at = _run("pages/2_Places.py")
    assert not at.exception
    table = at.dataframe[0].value
    assert {"Mariupol", "Ukraine", "Azovstal Iron and Steel Works"} <= set(table["name"])
    assert "placeline supplement" in set(table["source"])
    at.multiselect[0].set_value(["country"]).run()
    assert set(at.dataframe[0].value["kind"]) == {"country"}
    at.text_input[0].set_value("mari").run()
    assert len(at.dataframe) == 0  # no country matches "mari": said in words (UI 58)
    assert ("No place whose name contains “mari” and of the kind *country*"
            in at.info[0].value)


def test_snippets_say_where_their_event_date_came_from(app_db):
    at = _run("dashboard.py", place="Ankara")
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert "Event: 25 Apr 2022 (day, from “" in captions  # "yesterday, Monday" in seed 000


def test_a_damaged_database_gets_a_clear_page_with_the_repair_command(tmp_path, app_store):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"this is not a database" * 100)
    app_store(damaged)
    at = _run("dashboard.py")
    assert not at.exception
    assert "is damaged" in at.error[0].value
    assert f"python -m placeline rebuild --db {damaged}" in at.code[0].value


def test_the_articles_page_finds_articles_by_a_word(app_db):
    """Hundreds of articles are too many to scroll: a word narrows the table and the list,
    and a word no article holds says so instead of showing an empty page."""
    at = _run("pages/1_Articles.py")
    at.text_input(key="article_query").input("Kreminna").run()
    assert not at.exception
    assert 0 < len(at.dataframe[0].value) < 5
    assert len(at.selectbox[0].options) == len(at.dataframe[0].value)
    at.text_input(key="article_query").input("zzqx-nowhere").run()
    assert not at.exception
    assert "No article's title or text holds" in at.info[0].value
    assert not at.dataframe
