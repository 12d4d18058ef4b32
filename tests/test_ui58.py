"""UI 58: the correction forms' registry stays bounded, a bad store is said before the
gazetteer is built, the timeline's bars outside the window reach 3:1, and a `?place=`
link does not come back after the user acts."""

from __future__ import annotations

import pytest

from tests.test_apptest import app_db  # noqa: F401 — the fixture

ARTICLES = [
    {"id": "k1", "date": "2025-02-10", "title": "Kuwait emir dissolves parliament",
     "text": "The emir dissolved parliament in Kuwait City on Sunday. Protests followed "
             "in Riyadh and in Doha."},
    {"id": "n1", "date": "2025-03-01", "title": "Nairobi floods",
     "text": "Floods hit Nairobi on Friday. Rain reached Mombasa and Kisumu on Saturday."},
]


def _store(tmp_path, geoparser):
    from tests.test_audit19_map import ingest_rows

    return ingest_rows(tmp_path, ARTICLES, geoparser)


def test_the_correction_forms_registry_holds_only_the_forms_lately_drawn(
        tmp_path, geoparser, app_store):
    """UI 57's registry of correction forms kept one entry per form ever drawn (a place
    picked in an article's box, or on the map): over a long session it grew without bound.
    It now holds the forms of the last two runs, and the lost-Save note still works (the
    tests in test_ui57.py)."""
    import app_common
    from tests.test_apptest import _run

    store = _store(tmp_path, geoparser)
    articles = store.articles_frame()["id"].tolist()
    app_store(tmp_path / "feed.db")
    at = _run("pages/1_Articles.py")
    drawn = 0
    for article in articles:
        at.selectbox(key="article").set_value(article).run()
        for place_id in [m["place_id"] for m in store.mentions(article) if m["place_id"]]:
            at.selectbox(key=f"fix_place_{article}").set_value(place_id).run()
            assert not at.exception
            drawn += 1
    assert drawn >= 5
    before = getattr(app_common, "FORMS_BEFORE", None)  # (the old code had no such key)
    kept = {**at.session_state[app_common.FORMS_SHOWN],
            **at.session_state.get(before, {})}
    assert 1 <= len(kept) <= 2
    store.close()


# -- 2. a bad store is said before the gazetteer index is built ----------------------------

def _no_build(monkeypatch) -> list[str]:
    """ensure_index replaced by a recorder: the commands must fail before it is called."""
    from placeline import gazetteer

    built: list[str] = []
    monkeypatch.setattr(gazetteer, "ensure_index", lambda *a, **k: built.append("built"))
    return built


def _bad_stores(tmp_path):
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("these are my notes, not a database\n")
    return {"missing folder": tmp_path / "nowhere" / "news.db",
            "not a database": not_a_database}


def _feed(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "date": "2025-01-02", "title": "T", "text": "Rain in Leeds."}\n')
    return feed


@pytest.mark.parametrize("bad", ["missing folder", "not a database"])
def test_ingest_says_a_bad_store_before_building_the_index(tmp_path, monkeypatch, capsys, bad):
    """`ingest FILE` with PLACELINE_DB in a missing folder, or at a file that is no
    database, built the gazetteer index first (minutes on a fresh machine), then said so."""
    from placeline import cli

    built = _no_build(monkeypatch)
    db = _bad_stores(tmp_path)[bad]
    monkeypatch.setenv("PLACELINE_DB", str(db))
    assert cli.main(["ingest", str(_feed(tmp_path))]) == 2
    assert "error:" in capsys.readouterr().err
    assert built == []


def test_ingest_into_a_read_only_store_is_refused_before_building_the_index(
        tmp_path, monkeypatch, capsys):
    import placeline.store as store_module
    from placeline import cli
    from placeline.store import open_store

    db = tmp_path / "news.db"
    open_store(db).close()
    built = _no_build(monkeypatch)
    real = store_module.open_store

    def read_only(target, *args, **kwargs):  # (the tests run as root: no mode stops it)
        store = real(target, *args, **kwargs)
        store.read_only = "its folder is read-only"
        return store

    monkeypatch.setattr(store_module, "open_store", read_only)
    assert cli.main(["ingest", str(_feed(tmp_path)), "--db", str(db)]) == 2
    assert "read-only" in capsys.readouterr().err
    assert built == []


@pytest.mark.parametrize("bad", ["missing folder", "not a database"])
def test_setup_says_a_bad_store_before_building_the_index(tmp_path, monkeypatch, capsys, bad):
    from placeline import bootstrap, cli

    built: list[str] = []
    monkeypatch.setattr(bootstrap, "ensure_index", lambda *a, **k: built.append("built"))
    assert cli.main(["setup", "--db", str(_bad_stores(tmp_path)[bad])]) == 2
    assert "error:" in capsys.readouterr().err
    assert built == []


def test_an_ingest_whose_index_build_stops_leaves_no_empty_database(tmp_path, monkeypatch):
    """The store is made before the index now: a build stopped by Ctrl-C takes it away."""
    from placeline import cli, gazetteer

    def interrupted(log=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(gazetteer, "ensure_index", interrupted)
    db = tmp_path / "new.db"
    assert cli.main(["ingest", str(_feed(tmp_path)), "--db", str(db)]) == 130
    assert not db.exists()


# -- 4. a `?place=` link does not come back after the user acts ------------------------------

def _place_ids(db, *names: str) -> list[str]:
    from placeline.store import open_store

    store = open_store(db)
    events = store.events_frame()
    store.close()
    return [events.loc[events["place"] == name, "place_id"].iloc[0] for name in names]


def _other_run(at):
    """A rerun the user causes elsewhere on the page (the slider moved back and forth)."""
    slider = at.select_slider(key="window")
    days = list(slider.options)
    slider.set_value((days[0], days[-1])).run()
    return at


def test_a_place_link_does_not_put_back_a_place_the_user_cleared_or_changed(app_db):  # noqa: F811
    """The Articles page's link had come back after the user acted (UI 56); the Place
    box's `?place=` does not: cleared, it stays empty and the URL loses the place; changed,
    it keeps the user's place, at this run and the next ones."""
    from tests.test_apptest import _run

    mariupol, izyum = _place_ids(app_db, "Mariupol", "Izyum")
    at = _run("dashboard.py", place=mariupol)
    assert at.selectbox(key="place").value == mariupol
    at.selectbox(key="place").set_value(None).run()
    _other_run(_other_run(at))
    assert at.selectbox(key="place").value is None
    assert "place" not in at.query_params
    at = _run("dashboard.py", place=mariupol)
    at.selectbox(key="place").set_value(izyum).run()
    _other_run(_other_run(at))
    assert at.selectbox(key="place").value == izyum
    assert at.query_params["place"] in (izyum, [izyum])
    assert not at.exception


def test_a_linked_place_whose_articles_are_deleted_does_not_stay_chosen(app_db):  # noqa: F811
    """Every article of the linked place deleted (in another tab): the box lets it go, the
    URL too, and the link does not choose it again at the next runs."""
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_apptest import _run

    (izyum,) = _place_ids(app_db, "Izyum")
    at = _run("dashboard.py", place=izyum)
    assert at.selectbox(key="place").value == izyum
    store = open_store(app_db)
    events = store.events_frame()
    Pipeline(store).delete(sorted(set(events.loc[events["place_id"] == izyum, "article_id"])))
    store.close()
    _other_run(_other_run(at))
    assert at.selectbox(key="place").value is None
    assert "place" not in at.query_params
    assert not at.exception


# -- the Places page's filters that keep no place ------------------------------------------

def test_places_filters_that_keep_no_place_say_so_in_words(app_db):  # noqa: F811
    """An empty table under "0 of 123 places" had said only "empty", where the map and the
    Articles page say what matched nothing."""
    from tests.test_apptest import _run

    at = _run("pages/2_Places.py")
    assert len(at.dataframe) == 1
    at.text_input(key="query").set_value("zzzqqq").run()
    assert not at.exception
    said = " ".join(i.value for i in at.info)
    assert "No place whose name contains “zzzqqq” among the" in said
    assert len(at.dataframe) == 0
    kinds = at.multiselect(key="kinds")
    kinds.set_value([kinds.options[0]]).run()
    assert " and of the kind *" in at.info[0].value


# -- a card does not repeat its title as a sentence ----------------------------------------

GILGIT = {"id": "g1", "date": "2025-12-27", "title": "Glacier lake flood warning in Gilgit",
          "text": "Authorities in Gilgit warned villages in the Hunza valley of a possible "
                  "glacial lake flood on Thursday. Families near Karimabad were told to move "
                  "uphill."}


def test_a_card_does_not_repeat_its_title_as_its_first_sentence(tmp_path, geoparser):
    """The stored text opens with the title: a card for a place the title names showed the
    title as its heading and again as a sentence. Where the title is the only sentence
    naming the place, it stays."""
    from placeline.snippets import place_snippets
    from tests.test_audit19_map import ingest_rows

    store = ingest_rows(tmp_path, [GILGIT, {**GILGIT, "id": "g2", "title": "Flood fears in "
                                            "Gilgit", "text": "Villages were warned."}],
                        geoparser)
    events = store.events_frame()
    gilgit = events.loc[events["place"] == "Gilgit", "place_id"].iloc[0]
    cards = {c.title: c for c in place_snippets(store, gilgit, events)}
    both = cards[GILGIT["title"]].sentences_markdown
    assert len(both) == 1 and both[0].startswith("Authorities in")
    assert len(cards["Flood fears in Gilgit"].sentences_markdown) == 1  # (the title only)
    store.close()
