"""UI 71 (audit 38, item 3): a fact-checker could not find out why a place was chosen
("Why here?": the readings weighed and the clue that decided), nor correct only the wrong
pins of a name ("every article where it was placed at X", undone as one)."""

from __future__ import annotations

import pytest

from tests.test_apptest import _run, fix

ODESA = "Temperatures in Odesa reached record levels on Saturday. The ministry in Hamburg " \
        "issued a statement."
ILLINOIS = ("Farmers from Peoria, Decatur and Springfield met on Monday to talk of corn.",
            "The governor spoke in Springfield on Tuesday, then flew to Chicago and Peoria.")
MASSACHUSETTS = "Police in Springfield, Massachusetts, arrested two men on Friday."
STORIES = (*ILLINOIS, MASSACHUSETTS)


def _mention(geoparser, text: str, surface: str):
    return next(m for m in geoparser.parse(text) if m.surface == surface)


# --- the core: placeline.explain ----------------------------------------------------------

def test_why_names_the_readings_weighed_and_the_clue_that_decided(geoparser):
    """"Springfield" of a story naming Chicago and Peoria: the reader is told which
    Springfields were weighed, each with its share (the chosen one's the confidence
    stored), and the clue that decided, in the state's name (the resolver weighs the
    state, not only the country)."""
    from placeline.explain import explain

    text = ILLINOIS[1]
    springfield = _mention(geoparser, text, "Springfield")
    why = explain(geoparser, text, springfield.start, springfield.end, springfield.place)
    assert why.same_as_stored and why.surface == "Springfield"
    chosen = [r for r in why.readings if r.chosen]
    assert [r.place.id for r in chosen] == [springfield.place.id] and chosen[0].rank == 1
    assert chosen[0].place.admin1 == "IL" and len(why.readings) == 5
    assert "MA" in {r.place.admin1 for r in why.readings}
    assert why.clues[0] == "the story's other places in Illinois: Chicago, Peoria"
    assert abs(sum(r.share for r in why.readings) - 1.0) < 0.1
    assert abs(chosen[0].share - springfield.confidence) < 0.01


def test_a_reading_found_by_another_name_says_so(geoparser):
    """Pryamobalka, Ukraine, once Hamburg (audit 38 had it for "the ministry in Hamburg"):
    a reading by another of its names is marked so."""
    from placeline.explain import explain

    hamburg = _mention(geoparser, ODESA, "Hamburg")
    why = explain(geoparser, ODESA, hamburg.start, hamburg.end, hamburg.place)
    assert why.clues and all(not r.by_another_name for r in why.readings
                             if r.place.name == "Hamburg")
    odesa = _mention(geoparser, ODESA, "Odesa")
    why = explain(geoparser, ODESA, odesa.start, odesa.end, odesa.place)
    assert next(r.by_another_name for r in why.readings if r.place.name == "Odessa")


@pytest.mark.parametrize(("text", "surface", "clue"), [
    ("Police in Alexandria, Virginia, arrested two men on Monday.", "Alexandria",
     "written “Alexandria, Virginia”"),
    ("The mayor of Springfield, Illinois, met farmers from Peoria and Decatur.", "Peoria",
     "listed with Decatur"),
    ("Heavy rain caused flooding in Tehran on Monday.", "Tehran", "a capital of that name"),
    ("Floods hit Kramatorsk on Monday.", "Kramatorsk",
     "the only place of that name in the gazetteer"),
])
def test_each_clue_is_said_in_words(geoparser, text, surface, clue):
    from placeline.explain import explain

    mention = _mention(geoparser, text, surface)
    assert clue in explain(geoparser, text, mention.start, mention.end, mention.place).clues


def test_a_place_the_geoparser_no_longer_gives_is_told_apart(geoparser):
    """The explanation is worked out anew: when the stored place is not what the geoparser
    reads now (a newer gazetteer, a correction), it says so, and explains its own."""
    from placeline.explain import explain

    text = ILLINOIS[1]
    springfield = _mention(geoparser, text, "Springfield")
    massachusetts = next(c.place for c in geoparser.gazetteer.lookup_name("Springfield")
                         if c.place.admin1 == "MA" and c.kind == "city")
    why = explain(geoparser, text, springfield.start, springfield.end, massachusetts)
    assert not why.same_as_stored and why.now.id == springfield.place.id and why.clues


def test_weighing_is_kept_only_when_asked_and_its_parts_sum_to_the_scores(geoparser):
    """The resolver's parts (size, words, lists, context…) add up to the scores it decides
    by, so the clues are the resolver's own; parse without `weighed` keeps nothing."""
    from placeline.resolve import WEIGHED_PARTS

    weighed: dict = {}
    plain = geoparser.parse(ODESA)
    assert geoparser.parse(ODESA, weighed=weighed) == plain
    weighing = weighed[next((m.start, m.end) for m in plain if m.surface == "Hamburg")]
    assert tuple(weighing.parts) == WEIGHED_PARTS
    assert len(weighing.scores) == len(weighing.candidates) > 1


# --- the core: a correction where it was placed at X ----------------------------------------

@pytest.fixture
def springfields(tmp_path, geoparser):
    """A store of two stories naming Springfield in Illinois and one Springfield,
    Massachusetts."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    folder = tmp_path / "news"
    folder.mkdir()
    for n, text in enumerate(STORIES):
        (folder / f"{n}.txt").write_text(f"Story {n}\n\nMarch {n + 4}, 2024\n\n{text}\n",
                                         encoding="utf-8")
    store = open_store(tmp_path / "news.db")
    Pipeline(store, geoparser).ingest(read_paths([folder]))
    placed = _placed(store)
    assert sorted(p for p, _ in placed.values()) == ["IL", "IL", "MA"]
    yield store
    store.close()


def _placed(store) -> dict[int, tuple[str, str]]:
    """Each article's place (its state, its id) of "Springfield"."""
    return {a: next((store.place(m["place_id"]).admin1, m["place_id"])
                    for m in store.mentions(a) if m["surface"] == "Springfield")
            for a in store.article_ids()}


def _missouri(geoparser):
    return next(c.place for c in geoparser.gazetteer.lookup_name("Springfield")
                if c.place.admin1 == "MO" and c.kind == "city")


def test_a_correction_where_it_was_placed_at_x_leaves_the_others_and_undoes_exactly(
        springfields, geoparser):
    from placeline.correcting import (
        correction_groups,
        redo_correction,
        save_where_placed,
        undo_correction,
    )

    store = springfields
    before = {a: store.mentions(a) for a in store.article_ids()}
    illinois = next(p for c, p in _placed(store).values() if c == "IL")
    assert len(store.articles_placing("Springfield", illinois)) == 2
    done = save_where_placed(store, "Springfield", _missouri(geoparser), illinois)
    assert done.articles == 2 and len(done.context_hints) == 2 and done.scope == "2 articles"
    assert sorted(c for c, _ in _placed(store).values()) == ["MA", "MO", "MO"]
    groups = correction_groups(store.corrections())
    assert len(store.corrections()) == 2 and len(groups) == 1 and groups[0]["articles"] == 2
    undone = undo_correction(store, groups[0]["members"][-1])  # (any member: the group)
    assert store.corrections() == [] and undone.context_hints == done.context_hints
    assert {a: store.mentions(a) for a in store.article_ids()} == before
    redone = redo_correction(store, undone)
    assert redone.articles == 2 and len(correction_groups(store.corrections())) == 1
    assert sorted(c for c, _ in _placed(store).values()) == ["MA", "MO", "MO"]


def test_corrections_saved_together_on_either_backend(store, geoparser):
    """`add_corrections`, `articles_placing` and `remove_corrections` on SQLite and
    PostgreSQL: all the group's rows under one time, removed all at once."""
    from placeline.correcting import correction_groups, save_where_placed, undo_correction
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline

    Pipeline(store, geoparser).ingest([RawDocument(f"s{n}.txt", f"Story {n}\n\n{text}\n")
                                       for n, text in enumerate(STORIES)])
    illinois = next(p for c, p in _placed(store).values() if c == "IL")
    assert len(store.articles_placing("Springfield", illinois)) == 2
    save_where_placed(store, "Springfield", _missouri(geoparser), illinois)
    rows = store.corrections()
    assert len(rows) == 2 and len({r["created_at"] for r in rows}) == 1
    undo_correction(store, correction_groups(rows)[0]["correction_id"])
    assert store.corrections() == []


def test_a_correction_where_nothing_is_placed_there_any_more_saves_nothing(springfields,
                                                                           geoparser):
    from placeline.correcting import save_where_placed

    done = save_where_placed(springfields, "Springfield", _missouri(geoparser), "geonames:0")
    assert done.articles == 0 and springfields.corrections() == []


def test_one_article_corrections_made_apart_stay_apart(springfields, geoparser):
    """Groups are corrections saved together; two made one by one are listed apart."""
    from placeline.correcting import correction_groups

    store = springfields
    first, second = store.article_ids()[:2]
    for article in (first, second):
        store.add_correction("Springfield", _missouri(geoparser),
                             store.article(article)["content_hash"])
        store._conn.execute("UPDATE corrections SET created_at = ? WHERE id = "
                            "(SELECT MAX(id) FROM corrections)", (f"2026-01-0{article}",))
    assert len(correction_groups(store.corrections())) == 2


# --- the pages ----------------------------------------------------------------------------

@pytest.fixture
def app_springfields(springfields, app_store):
    springfields.close()
    return app_store(springfields.path)


def _illinois(db) -> str:
    from placeline.store import open_store

    store = open_store(db)
    try:
        return next(p for c, p in _placed(store).values() if c == "IL")
    finally:
        store.close()


def test_the_reading_panel_s_cards_say_why_here_when_opened(app_springfields):
    place = _illinois(app_springfields)
    at = _run("dashboard.py", place=place)
    assert not at.exception
    whys = [e for e in at.expander if e.label == "Why here?"]
    assert len(whys) == 2  # one per card
    assert not any("Decided by" in m.value for m in at.markdown)  # (closed: not worked out)
    first = min(int(a) for a in range(1, 4) if f"why_{a}" in at.session_state)
    at.session_state[f"why_{first}"] = True  # (the reader opens the first card's)
    at.run()
    assert not at.exception
    said = "\n".join(m.value for m in at.markdown)
    assert "Decided by" in said and "Peoria" in said
    assert "The readings weighed" in said and "Springfield (town or city, Illinois" in said \
        and "Springfield (town or city, Massachusetts" in said


def test_the_articles_page_says_why_here_for_the_place_chosen(app_springfields):
    place = _illinois(app_springfields)
    article = 1  # (Story 0, of Illinois)
    at = _run("pages/1_Articles.py", article=str(article))
    assert at.selectbox(key="article").value == article
    at.selectbox(key=f"fix_place_{article}").set_value(place).run()
    assert any(e.label == "Why here?" for e in at.expander)
    at.session_state[f"why_{article}_{place}"] = True
    at.run()
    assert not at.exception
    assert any("Decided by" in m.value for m in at.markdown)


def test_the_form_offers_every_article_where_it_was_placed_here_and_saves_it_as_one(
        app_springfields, geoparser):
    from placeline.store import open_store

    place = _illinois(app_springfields)
    at = _run("dashboard.py", place=place)
    scope = fix(at.radio, "scope")
    label = "in the articles where it is placed at Springfield now"
    assert scope.options == ["only in “Story 0”", "only in “Story 1”", label,
                             "in every article, now and later"]
    assert any("the 2 articles that place “Springfield” there now" in c.value
               for c in at.caption)
    scope.set_value(-1).run()
    fix(at.selectbox, "choice").set_value(_missouri(geoparser).id).run()
    fix(at.button, "save").click().run()
    assert not at.exception
    store = open_store(app_springfields)
    try:
        assert sorted(c for c, _ in _placed(store).values()) == ["MA", "MO", "MO"]
        assert len(store.corrections()) == 2
    finally:
        store.close()
    at.switch_page("pages/2_Places.py").run()
    rows = [m.value for m in at.markdown if m.value.startswith("“Springfield”")]
    assert len(rows) == 1 and "in 2 articles, saved together" in rows[0]



def test_why_here_of_a_corrected_pin_names_the_correction_and_the_geoparser_s_own(
        springfields, app_store, geoparser):
    """A pin the user moved: Why here? says the correction placed it, and what the
    geoparser would say on its own (Springfield, Illinois), with its reasons."""
    from placeline.correcting import save_where_placed

    illinois = next(p for c, p in _placed(springfields).values() if c == "IL")
    missouri = _missouri(geoparser)
    save_where_placed(springfields, "Springfield", missouri, illinois)
    springfields.close()
    app_store(springfields.path)
    at = _run("dashboard.py", place=missouri.id)
    assert not at.exception
    at.session_state["why_1"] = True  # (Story 0's card, corrected)
    at.run()
    assert not at.exception
    said = [i.value for i in at.info if "Why here" in i.value or "correction" in i.value]
    assert any("is placed at **Springfield** by your correction" in s and
               "On its own the geoparser places it at Springfield (town or city, Illinois"
               in s for s in said), said
    assert any("Decided by" in m.value for m in at.markdown)
