"""Audit 16: the folder field only where the dashboard serves this machine alone; a
correction form that starts fresh for each place and applies where it is asked to; namesakes
told apart by their region; corrections for the places of undated articles."""

from __future__ import annotations

import tomllib

import pytest
import streamlit as st
from streamlit import config as streamlit_config

from tests.conftest import ROOT
from tests.test_apptest import _dashboard_on, _place_id, _run, app_db, fix  # noqa: F401 — the fixture

SPRINGFIELD_MA = "geonames:4951788"


@pytest.fixture
def listening_on():
    """Set Streamlit's server.address for one test (the page reads it), then restore it."""
    before = streamlit_config.get_option("server.address")

    def listen(address):
        streamlit_config.set_option("server.address", address)

    yield listen
    streamlit_config.set_option("server.address", before)


# -- 1. the folder field reads the server's files: localhost only -----------------------------

def test_the_dashboard_listens_on_this_machine_unless_told_otherwise(monkeypatch):
    from placeline.cli import streamlit_options

    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert settings["server"]["address"] == "localhost"
    monkeypatch.delenv("STREAMLIT_SERVER_ADDRESS", raising=False)
    assert streamlit_options(["--server.port", "8502"]) == [
        "--server.address", "localhost", "--server.port", "8502"]
    chosen = ["--server.address", "0.0.0.0"]
    assert streamlit_options(chosen) == chosen  # serving the network is the user's choice
    assert streamlit_options(["--server.address=::"]) == ["--server.address=::"]
    monkeypatch.setenv("STREAMLIT_SERVER_ADDRESS", "0.0.0.0")
    assert streamlit_options([]) == []


def test_an_address_written_in_the_config_file_is_the_users_choice(monkeypatch, tmp_path):
    """`python -m placeline dashboard` had put localhost before an address the user wrote in
    .streamlit/config.toml; with no file (or none there) this machine stays the default."""
    from placeline.cli import streamlit_options

    monkeypatch.delenv("STREAMLIT_SERVER_ADDRESS", raising=False)
    config = tmp_path / "config.toml"
    config.write_text('[server]\naddress = "0.0.0.0"\nheadless = true\n')
    assert streamlit_options([], config) == ["--server.address", "0.0.0.0"]
    config.write_text("[server]\nheadless = true\n")
    assert streamlit_options([], config) == ["--server.address", "localhost"]
    assert streamlit_options([], tmp_path / "missing.toml") == ["--server.address", "localhost"]
    config.write_text("[server\naddress = ")  # unreadable: the safe default
    assert streamlit_options([], config) == ["--server.address", "localhost"]


def test_folders_are_read_only_for_a_dashboard_on_this_machine(monkeypatch):
    from placeline.config import folder_ingest_allowed, is_loopback

    monkeypatch.delenv("PLACELINE_FOLDER_INGEST", raising=False)
    for address in ("localhost", "127.0.0.1", "::1", "[::1]", "127.0.0.2", "LOCALHOST"):
        assert is_loopback(address) and folder_ingest_allowed(address), address
    for address in (None, "", "0.0.0.0", "::", "192.168.1.20", "example.org",
                    "unix:///tmp/placeline.sock"):
        assert not folder_ingest_allowed(address), address
    assert not folder_ingest_allowed("localhost", proxied=True)  # a proxy passes others on
    monkeypatch.setenv("PLACELINE_FOLDER_INGEST", "1")
    assert folder_ingest_allowed(None) and folder_ingest_allowed("0.0.0.0")
    monkeypatch.setenv("PLACELINE_FOLDER_INGEST", "0")
    assert not folder_ingest_allowed("localhost")


def test_the_ingest_page_offers_no_folder_to_a_dashboard_on_the_network(
        app_db, listening_on, monkeypatch, tmp_path):  # noqa: F811
    monkeypatch.delenv("PLACELINE_FOLDER_INGEST", raising=False)
    listening_on("0.0.0.0")
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    assert [t.key for t in at.text_input] == []  # no "read a folder" field
    note = " ".join(i.value for i in at.info)
    assert "Reading a folder on the server is off" in note and "PLACELINE_FOLDER_INGEST" in note
    assert at.get("file_uploader")  # uploads stay
    assert at.button[0].disabled  # nothing to ingest yet

    monkeypatch.setenv("PLACELINE_FOLDER_INGEST", "1")  # the operator allows it
    at = _run("pages/3_Ingest.py")
    assert at.text_input(key="folder")
    listening_on("127.0.0.1")
    monkeypatch.delenv("PLACELINE_FOLDER_INGEST")
    at = _run("pages/3_Ingest.py")
    assert at.text_input(key="folder") and not at.info


# -- 2. the correction form starts fresh for each place -----------------------------------------

def _coordinates(at, lat: float, lon: float, name: str | None = None):
    fix(at.radio, "how").set_value("coordinates").run()
    if name is not None:
        fix(at.text_input, "name").set_value(name).run()
    fix(at.number_input, "lat").set_value(lat).run()
    fix(at.number_input, "lon").set_value(lon).run()
    return at


def test_picking_another_place_starts_a_fresh_form_and_save_waits(app_db, seeds_store):  # noqa: F811
    """Audit: Geneva's unsaved coordinates stayed in the form when Moscow was picked, Save
    enabled, scope "every article"; one click moved every Moscow to Chad."""
    at = _coordinates(_run("dashboard.py", place="Geneva"), 10.0, 20.0)
    assert not fix(at.button, "save").disabled  # Geneva's form is complete
    moscow = _place_id(seeds_store, "Moscow")
    at.selectbox(key="place").set_value(moscow).run()
    assert not at.exception
    assert any("Correct “Moscow”" in e.label for e in at.expander)
    assert fix(at.radio, "how").value == "search"  # nothing of Geneva's form is left
    assert fix(at.selectbox, "choice").value is None
    assert fix(at.text_input, "query").value == "Moscow"
    assert fix(at.button, "save").disabled
    fix(at.radio, "how").set_value("coordinates").run()
    assert fix(at.text_input, "name").value == "Moscow"
    assert fix(at.number_input, "lat").value is None
    assert fix(at.number_input, "lon").value is None
    assert fix(at.button, "save").disabled
    from placeline.store import open_store

    store = open_store(app_db)
    assert store.corrections() == []
    store.close()


def test_a_place_in_several_articles_waits_for_the_reader_to_choose_the_scope(
        app_db, seeds_store):  # noqa: F811
    at = _coordinates(_run("dashboard.py", place="Moscow"), 55.7, 37.6, name="Moscow centre")
    scope = fix(at.radio, "scope")
    assert scope.value is None  # five articles name Moscow: "every article" is no default
    assert fix(at.button, "save").disabled
    assert any("Choose where the correction applies" in c.value for c in at.caption)
    every = [o for o in scope.options if o.startswith("in every article")]
    assert every == ["in every article, now and later"]  # its count beside it (audit 22)
    assert any(c.value.startswith("Every article: the 5 naming “Moscow” now")
               for c in at.caption)
    first = int(seeds_store.events_frame().query("place == 'Moscow'")["article_id"].min())
    scope.set_value(first).run()  # only in the first article naming Moscow
    assert not fix(at.button, "save").disabled


def test_a_place_in_one_article_is_corrected_in_that_article_by_default(app_db, seeds_store):  # noqa: F811
    at = _coordinates(_run("dashboard.py", place="Geneva"), 46.2, 6.15, name="Genève")
    scope = fix(at.radio, "scope")
    assert scope.value != 0 and scope.index == 0  # "only in “…”", the narrowest
    fix(at.button, "save").click().run()
    assert not at.exception
    from placeline.store import open_store

    store = open_store(app_db)
    [correction] = store.corrections()
    geneva_article = seeds_store.events_frame().query("place == 'Geneva'")["article_id"].iloc[0]
    assert correction["context_hint"] == store.article(int(geneva_article))["content_hash"]
    store.close()


# -- 3. namesakes told apart; a moved pin keeps its kind and country ----------------------------

def test_a_name_and_its_region_or_country_finds_the_namesake(gazetteer):
    for text in ("Springfield, Massachusetts", "Springfield, MA", "springfield, ma"):
        found = gazetteer.search(text)
        assert found[0].id == SPRINGFIELD_MA, text  # before: [] for each
        assert {p.admin1 for p in found} == {"MA"}, text
    assert {p.country for p in gazetteer.search("Paris, France")} == {"FR"}
    idaho = gazetteer.search("Moscow, Idaho")
    assert [(p.name, p.country, p.admin1) for p in idaho[:1]] == [("Moscow", "US", "ID")]
    assert {p.country for p in gazetteer.search("Springfield, USA")} == {"US"}
    assert gazetteer.search("Springfield, Nowhere-in-particular") == []
    # AP's state abbreviations, with or without the point (before: "Mass" found nothing).
    for text in ("Springfield, Mass", "Springfield, Mass.", "springfield, mass"):
        assert gazetteer.search(text)[0].id == SPRINGFIELD_MA, text
    assert {p.admin1 for p in gazetteer.search("Richmond, Calif")} == {"CA"}
    # A name that holds a comma itself is still found whole.
    assert gazetteer.search("Washington, D.C.")[0].admin1 == "DC"
    assert gazetteer.search("Bonaire, Saint Eustatius and Saba")[0].kind == "country"


def test_candidates_name_their_kind_and_region(gazetteer):
    from placeline.present import candidate_label

    springfield = gazetteer.place(SPRINGFIELD_MA)
    assert gazetteer.region_name(springfield) == "Massachusetts"
    assert candidate_label(springfield, gazetteer.region_name(springfield)) == \
        "Springfield (town or city, Massachusetts, US, 42.10, -72.59)"
    massachusetts = gazetteer.search("Massachusetts")[0]
    assert massachusetts.kind == "admin1" and gazetteer.region_name(massachusetts) == ""
    assert candidate_label(massachusetts).startswith("Massachusetts (state / province, US, ")


def test_the_form_lists_namesakes_with_their_states(app_db):  # noqa: F811
    at = _run("dashboard.py", place="Moscow")
    fix(at.text_input, "query").set_value("Springfield, Massachusetts").run()
    assert not at.exception
    options = fix(at.selectbox, "choice").options
    assert options[0] == "Springfield (town or city, Massachusetts, US, 42.10, -72.59)"
    fix(at.text_input, "query").set_value("Springfield").run()
    options = fix(at.selectbox, "choice").options
    assert len(options) == len(set(options))
    assert {"Springfield (town or city, Illinois, US, 39.80, -89.64)",
            "Springfield (town or city, Missouri, US, 37.22, -93.30)"} <= set(options)


def _saved_place(db):
    from placeline.store import open_store

    store = open_store(db)
    [correction] = store.corrections()
    store.close()
    return correction


def test_a_pin_moved_by_coordinates_keeps_its_kind_and_country(app_db, seeds_store):  # noqa: F811
    izyum = seeds_store.place(_place_id(seeds_store, "Izyum"))
    assert (izyum.kind, izyum.country) == ("city", "UA")
    at = _run("dashboard.py", place="Izyum")
    at = _coordinates(at, 49.21, 37.26)  # the name stays "Izyum": only the point moves
    assert fix(at.text_input, "name").value == "Izyum"
    assert fix(at.selectbox, "kind").value == "city"
    fix(at.button, "save").click().run()
    assert not at.exception
    saved = _saved_place(app_db)
    assert (saved["name"], saved["kind"], saved["country"], saved["admin1"]) == \
        ("Izyum", "city", "UA", izyum.admin1)  # before: a "landmark" in no country
    assert (saved["lat"], saved["lon"]) == (49.21, 37.26)


def test_a_new_name_by_coordinates_is_of_the_kind_chosen(app_db):  # noqa: F811
    at = _coordinates(_run("dashboard.py", place="Izyum"), 49.2, 37.25,
                      name="Izium checkpoint")
    fix(at.selectbox, "kind").set_value("landmark").run()
    fix(at.button, "save").click().run()
    assert not at.exception
    saved = _saved_place(app_db)
    assert (saved["name"], saved["kind"], saved["country"]) == ("Izium checkpoint",
                                                                "landmark", "UA")
    # (in Ukraine, by its nearest town since audit 31: it had been of no country)


# -- 4. the places of undated articles can be corrected on the Articles page ---------------------

def test_a_place_of_an_undated_article_is_corrected_on_the_articles_page(
        tmp_path, app_store, geoparser, gazetteer):
    """Undated articles have no events, so no circle and no reading panel: the Articles page
    was the only place showing their places, with no way to fix one."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    db = tmp_path / "undated.db"
    store = open_store(db)
    Pipeline(store, geoparser).ingest([RawDocument(
        "a.txt", "Shelling in Kharkiv\n\nShelling hit Kharkiv and Izium, officials said.")])
    [article_id] = store.article_ids()
    kharkiv = next(m["place_id"] for m in store.mentions(article_id)
                   if m["surface"] == "Kharkiv")
    store.close()
    at = _dashboard_on(app_store, db)
    at.switch_page("pages/1_Articles.py").run()
    assert not at.exception
    box = at.selectbox(key=f"fix_place_{article_id}")
    assert box.value is None and "Kharkiv (Kharkiv Oblast, UA)" in box.options  # (audit 17)
    box.set_value(kharkiv).run()
    assert any("Correct “Kharkiv”" in e.label for e in at.expander)
    assert fix(at.radio, "scope").index == 0  # only in this article
    oblast = gazetteer.search("Kharkiv Oblast")[0]
    fix(at.text_input, "query").set_value("Kharkiv Oblast").run()
    fix(at.selectbox, "choice").set_value(oblast.id).run()
    fix(at.button, "save").click().run()
    assert not at.exception
    st.cache_resource.clear()
    store = open_store(db)
    [correction] = store.corrections()
    assert correction["id"] == oblast.id
    assert correction["context_hint"] == store.article(article_id)["content_hash"]
    assert {m["place_id"] for m in store.mentions(article_id)
            if m["surface"] == "Kharkiv"} == {oblast.id}
    store.close()
    assert at.selectbox(key=f"fix_place_{article_id}").value == oblast.id  # selected after


def test_a_pin_moved_to_a_namesake_far_away_takes_the_country_there(app_db):  # noqa: F811
    """Moving "Izyum" 8,000 km to a namesake elsewhere: it is no Ukrainian city there (a
    review saved Moscow, Idaho, as Russia's, with ten million people); since audit 31 it
    takes the country of the town nearest the point, as a new name does (it had none)."""
    at = _coordinates(_run("dashboard.py", place="Izyum"), 46.73, -117.0)
    fix(at.button, "save").click().run()
    assert not at.exception
    saved = _saved_place(app_db)
    assert (saved["name"], saved["country"]) == ("Izyum", "US")
