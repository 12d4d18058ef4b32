"""Fix 46 (audit 28): the Articles page's Delete, the correction form's name, a link to a
deleted article, the correction search's "X, Y"."""

from __future__ import annotations

import json

import pytest

from tests.test_apptest import _run, app_db  # noqa: F401 — the fixture


def _popover(at):
    """The page's Delete popover (the only one), as its block's proto."""
    def walk(node):
        proto = getattr(node, "proto", None)
        if proto is not None and getattr(proto, "HasField", None) and \
                "popover" in [f.name for f, _ in proto.ListFields()]:
            yield proto
        for child in getattr(node, "children", {}).values():
            yield from walk(child)
    return next(walk(at._tree))


def _open_delete(at) -> int:
    shown = at.selectbox(key="article").value
    at.session_state[f"delete_for_{shown}"] = True  # (the popover, opened by the user)
    return shown


def test_after_a_delete_the_popover_is_closed_and_a_second_click_deletes_nothing(app_db):  # noqa: F811
    """Audit 28, item 1: the popover stayed open over the next article, and a second click
    on its Delete deleted that one too."""
    from placeline.store import open_store

    at = _run("pages/1_Articles.py")
    options = list(at.selectbox(key="article").options)
    first = _open_delete(at)
    opened = _popover(at).id
    at.button(key="delete").click().run()
    assert not at.exception
    now = at.selectbox(key="article").value
    assert now != first and len(at.dataframe[0].value) == 4
    popover = _popover(at)
    at.button(key="delete").click().run()  # the second click, the popover not reopened
    assert not at.exception
    store = open_store(app_db)
    assert now in store.article_ids() and first not in store.article_ids()
    store.close()
    assert len(at.dataframe[0].value) == 4
    assert popover.id != opened and not popover.popover.open  # a new popover, closed
    assert any("Nothing was deleted" in w.value for w in at.warning)
    assert len(options) == 5


def test_after_a_delete_the_box_shows_the_article_shown(app_db):  # noqa: F811
    """The "Open an article" box had gone on showing the deleted article's title; it now
    holds the next one in the list, which the page shows."""
    at = _run("pages/1_Articles.py")
    box = at.selectbox(key="article")
    from placeline.store import open_store

    store = open_store(app_db)
    ids = sorted(store.article_ids())
    store.close()
    for article_id in ids:  # one in the middle of the list
        at.selectbox(key="article").set_value(article_id).run()
        if 0 < at.selectbox(key="article").index < len(ids) - 1:
            break
    box = at.selectbox(key="article")
    labels, place = list(box.options), box.index
    first = _open_delete(at)
    at.button(key="delete").click().run()
    assert not at.exception
    box = at.selectbox(key="article")
    assert labels[place] not in box.options
    assert box.options[box.index] == labels[place + 1]
    assert at.session_state["article"] == box.value != first


@pytest.fixture
def twickenham_in_alabama(tmp_path, app_store, geoparser):
    """A store whose "Twickenham" is pinned to Huntsville, Alabama (audit 28, items 2 and 4:
    an alias sent it there), by a correction, so that the test holds whatever the
    gazetteer reads it as."""
    from placeline.gazetteer import get_gazetteer
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    huntsville = next(c.place for c in get_gazetteer().lookup_name("Huntsville")
                      if c.place.country == "US" and c.place.admin1 == "AL")
    db = tmp_path / "twickenham.db"
    store = open_store(db)
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest([RawDocument("t.txt", "Volunteers help\nPublished: 8 January 2024\n\n"
                                          "Volunteers from Twickenham brought food to the "
                                          "rest centre.")])
    store.add_correction("Twickenham", huntsville, "")
    pipeline.reprocess(store.articles_with_surface("Twickenham", ""))
    store.close()
    app_store(db)
    return db, huntsville


def test_a_correction_by_coordinates_is_named_as_written_and_keeps_a_country(
        twickenham_in_alabama):
    """Audit 28, item 2: the Name field held "Huntsville", the place's name, and saving
    London's coordinates made a "Huntsville" of no country in London."""
    from placeline.store import open_store
    from tests.test_apptest import fix

    db, huntsville = twickenham_in_alabama
    at = _run("dashboard.py", place=huntsville.id)
    assert not at.exception
    assert fix(at.selectbox, "surface").value == "Twickenham"
    fix(at.radio, "how").set_value("coordinates").run()
    assert fix(at.text_input, "name").value == "Twickenham"
    fix(at.number_input, "lat").set_value(51.4466).run()
    fix(at.number_input, "lon").set_value(-0.3289).run()
    fix(at.button, "save").click().run()
    assert not at.exception
    store = open_store(db)
    saved = [c for c in store.corrections() if c["name"] != "Huntsville"]
    store.close()
    assert [(c["name"], c["country"]) for c in saved] == [("Twickenham", "GB")]


def test_a_link_to_a_deleted_article_says_it_was_deleted_and_how_to_restore_it(app_db):  # noqa: F811
    """Audit 28, item 10: `?article=N` of a deleted article said "this store does not have
    it", though the Places page lists it with Restore, which keeps its id."""
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(app_db)
    gone = max(store.article_ids())
    title = store.article(gone)["title"]
    Pipeline(store).delete([gone])
    store.close()
    at = _run("pages/1_Articles.py", article=str(gone))
    assert not at.exception
    said = " ".join(w.value for w in at.warning)
    assert f"Article {gone}" in said and "was deleted" in said and "Restore" in said
    assert title[:30] in said and "does not have it" not in said
    at = _run("pages/1_Articles.py", article="999")  # never an article: as before
    assert "does not have it" in " ".join(w.value for w in at.warning)


def test_the_correction_search_reads_a_name_and_the_town_or_county_holding_it():
    """Audit 28, item 12: "Richmond, London" found nothing; "Richmond, England" listed two
    Richmonds told apart only by their coordinates."""
    from placeline.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    london = [p for p, _ in gazetteer.search_named("Richmond, London")]
    assert london and (london[0].name, london[0].country) == ("Richmond", "GB")
    assert london[0].lat > 51.3 and london[0].lon < 0  # London's, not Yorkshire's
    yorkshire = [p for p, _ in gazetteer.search_named("Richmond, Yorkshire")]
    assert yorkshire and yorkshire[0].name == "Richmond" and yorkshire[0].lat > 54
    assert not [p for p, _ in gazetteer.search_named("Richmond, London")
                if p.name == "Richmond" and p.lat > 54]  # not Yorkshire's


def test_namesakes_of_one_region_are_told_apart_by_more_than_coordinates(
        twickenham_in_alabama):
    """The correction form's candidates for "Richmond, England" each say the lesser region
    near them and their people."""
    from tests.test_apptest import fix

    _, huntsville = twickenham_in_alabama
    at = _run("dashboard.py", place=huntsville.id)
    fix(at.text_input, "query").set_value("Richmond, England").run()
    assert not at.exception
    richmonds = [o for o in fix(at.selectbox, "choice").options
                 if o.startswith("Richmond (town or city, England, GB")]
    assert len(richmonds) == 2
    assert all(" people, " in o and ", near " in o for o in richmonds)
    assert len({o.split(", near ")[1].split(",")[0] for o in richmonds}) == 2


def test_a_run_whose_process_ended_says_its_count_may_be_short():
    """Audit 28, item 11: a PostgreSQL server lost mid-ingest; the error said 505 stored and
    14 more read, the next run's note "505 of 1,500 documents read", the record's count
    being the one kept with the last stored articles. The note now says so."""
    from placeline.ingest_runs import stopped_note

    run = {"input": "big.jsonl", "where": "cli", "read": 505, "total": 1500,
           "state": "interrupted", "ended_by": "its process ended",
           "started": "2026-12-03T12:00:00+00:00"}
    note = stopped_note(run)
    assert "stopped after 505 of 1,500 documents read (its process ended)" in note
    assert "may have read more that were not stored" in note
    stopped = {**run, "ended_by": "stopped with its Stop button"}  # the run's own count
    assert "may have read more" not in stopped_note(stopped)


def test_the_cli_note_of_a_run_whose_process_ended_says_its_count_may_be_short(
        tmp_path, capsys, geoparser, monkeypatch):
    """The CLI's "going on with the ingest … that stopped after 1 of 2 documents read" for a
    run left "running" by a process that ended (a lost server, kill -9) says the count is
    the last one kept."""
    from placeline import ingest_runs
    from placeline.cli import main
    from placeline.ingest import read_paths
    from placeline.ingest_runs import RunRecord, input_key, recorded_ingest
    from placeline.pipeline import Pipeline
    from placeline.store import open_store
    from tests.test_audit19_ingest import _briefs, _feed, _stopping_after

    feed = _feed(tmp_path / "feed.jsonl", _briefs(2), 1_709_600_000)
    db = tmp_path / "news.db"
    store = open_store(db)
    record = RunRecord(store, str(feed), input_key([feed]), 2, "cli")
    with pytest.raises(KeyboardInterrupt):
        recorded_ingest(Pipeline(store, geoparser), _stopping_after(read_paths([feed]), 1),
                        record)
    [(key, value)] = store.settings_under(ingest_runs.RUN_PREFIX).items()
    run = {k: v for k, v in json.loads(value).items() if k not in ("ended_by", "ended")}
    # as a process that ended left it (a lost server, kill -9): "running", its pid gone
    monkeypatch.setattr(ingest_runs, "_alive", lambda pid: False)
    store.set_setting(key if key.startswith(ingest_runs.RUN_PREFIX)
                      else ingest_runs.RUN_PREFIX + key, json.dumps({**run, "state": "running"}))
    store.close()
    assert main(["ingest", str(feed), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert f"note: going on with the ingest of {feed} that stopped after 1 of 2 documents " \
           "read; the articles it stored are skipped. That count is the one kept with the " \
           "last articles it stored: it may have read more that were not stored." in err


def test_the_correction_form_is_headed_by_the_name_the_article_wrote(twickenham_in_alabama):
    """The header read "Correct “Huntsville”" over an article that wrote "Twickenham": the
    word to correct is the article's, the place it was put at is said beside it."""
    _, huntsville = twickenham_in_alabama
    at = _run("dashboard.py", place=huntsville.id)
    assert not at.exception
    labels = [e.label for e in at.expander if e.label.startswith("Wrong place?")]
    assert labels == ["Wrong place? Correct “Twickenham” (placed at Huntsville)"]
