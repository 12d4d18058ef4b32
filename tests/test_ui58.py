"""UI 58: the correction forms' registry stays bounded, a bad store is said before the
gazetteer is built, the timeline's bars outside the window reach 3:1, and a `?place=`
link does not come back after the user acts."""

from __future__ import annotations

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
