"""Audit 20, item 20: which articles a story dates, and the story links that decide it, are a
function of the stored articles: the same in one run or two, in any order, after reprocessing
any of them or deleting one, as dating the whole store at once gives."""

from __future__ import annotations

from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline
from tests.test_audit16_dates import _by_source, _fillers
from tests.test_incremental_dating import _dates

TEXT = ("Franck Joncret, a virologist at the Pasteur Institute in Bangui, said tests by "
        "Marguerite Ndoumbe found the Reston strain in {what}.")


def _report(name: str, day: str | None, what: str) -> RawDocument:
    return RawDocument(name, (f"published: {day}\n\n" if day else "") + TEXT.format(what=what))


# One story told in 2022 and twice a year later, 18 days apart, and a report of it with no date
# of its own, alike to all three: which of them it belongs to is a guess, so it keeps no date
# (`dates._unambiguous`). GeoVirus's undated articles had been dated by whichever of their
# dated stories a round of dating read (audit 20: geovirus-1 by a feed article of 3 July 2023,
# though as alike to one of 15 June 2023 and one of 24 April 2022).
REPORTS = [_report("c.txt", "2022-04-24", "bats caught near the river"),
           _report("a.txt", "2023-06-15", "pigs on two farms"),
           _report("u.txt", None, "monkeys held at a lab"),
           _report("b.txt", "2023-07-03", "samples from a market")]


def _links(store) -> list[tuple]:
    """The stored links by the sources they join (ids differ with the arrival order)."""
    sources = dict(store._conn.execute("SELECT id, source FROM articles"))
    return sorted((score, *sorted((sources[a], sources[b])))
                  for score, a, b in store.links_among(sources))


def test_one_run_or_two_date_an_article_alike_to_stories_a_year_apart_alike(sqlite, geoparser):
    """In two runs, the second (b.txt) had dated u.txt by b.txt, the only one of its stories
    the second round read; in one run u.txt stayed undated."""
    once = sqlite("once.db")
    Pipeline(once, geoparser).ingest(REPORTS)
    twice = sqlite("twice.db")
    Pipeline(twice, geoparser).ingest(REPORTS[:3])
    Pipeline(twice, geoparser).ingest(REPORTS[3:])
    assert _by_source(once)["u.txt"] == ("-", "unknown")
    assert _dates(twice) == _dates(once)
    assert _links(twice) == _links(once) and len(_links(once)) == 3  # (u.txt with each)


def test_reprocessing_or_re_dating_an_article_moves_no_other_article(sqlite, geoparser):
    """A correction reprocesses the articles naming its name: on the audit's store,
    reprocessing article 301 alone took article 377, of another story, off the map."""
    store = sqlite()
    Pipeline(store, geoparser).ingest(REPORTS[:3])
    Pipeline(store, geoparser).ingest(REPORTS[3:])
    before, links = _dates(store), _links(store)
    for article_id in store.article_ids():
        Pipeline(store, geoparser).reprocess([article_id])
        assert (_dates(store), _links(store)) == (before, links), article_id
    Pipeline(store, geoparser).settle_dates()  # everything at once: nothing left to change
    assert (_dates(store), _links(store)) == (before, links)


def test_any_order_and_any_cut_give_the_links_and_dates_of_the_whole_store(sqlite, geoparser):
    documents = [*REPORTS, _report("d.txt", "2023-07-04", "a second market"),
                 _report("e.txt", "2023-07-05", "ferrets"), *_fillers(5)]
    whole = sqlite("whole.db")
    Pipeline(whole, geoparser).ingest(documents)
    Pipeline(whole, geoparser).settle_dates()
    for name, order in (("backwards", documents[::-1]), ("odd-even",
                                                         documents[1::2] + documents[::2])):
        store = sqlite(f"{name}.db")
        for document in order:
            Pipeline(store, geoparser).ingest([document])
        assert (_dates(store), _links(store)) == (_dates(whole), _links(whole)), name


def test_deleting_an_article_dates_what_it_had_kept_undated(sqlite, geoparser):
    """Without c.txt and a.txt, u.txt is b.txt's story alone: dated by it."""
    store = sqlite()
    Pipeline(store, geoparser).ingest(REPORTS)
    ids = {source: i for i, source in store._conn.execute("SELECT id, source FROM articles")}
    Pipeline(store, geoparser).delete([ids["c.txt"], ids["a.txt"]])
    alone = sqlite("alone.db")
    Pipeline(alone, geoparser).ingest(REPORTS[2:])
    assert _by_source(store)["u.txt"] == ("2023-07-03", "inferred")
    assert (_dates(store), _links(store)) == (_dates(alone), _links(alone))


def test_a_name_that_becomes_common_unmakes_its_pairs_in_the_whole_store(sqlite, geoparser,
                                                                           monkeypatch):
    """A name in more than COMMON_TERM_CAP articles makes no candidate pairs when the whole
    store is dated (`dates.candidate_pairs`); a round that read only the new articles' names
    had left the pairs it made earlier, and their dates, in place."""
    from placeline import pipeline

    monkeypatch.setattr(pipeline, "COMMON_TERM_CAP", 4)
    pair = [_report("a.txt", "2023-06-15", "pigs on two farms"),
            _report("u.txt", None, "monkeys held at a lab")]
    later = [_report(f"x{i}.txt", f"201{i}-01-01", f"ticks, year {i}") for i in range(3)]
    store = sqlite()
    Pipeline(store, geoparser).ingest(pair)
    assert _by_source(store)["u.txt"] == ("2023-06-15", "inferred")
    Pipeline(store, geoparser).ingest(later)  # Joncret, Ndoumbe, Reston … in 5 articles
    together = sqlite("together.db")
    Pipeline(together, geoparser).ingest(pair + later)
    assert _by_source(together)["u.txt"] == ("-", "unknown")
    assert (_dates(store), _links(store)) == (_dates(together), _links(together))
    # and back under the cap, its pairs again
    ids = {source: i for i, source in store._conn.execute("SELECT id, source FROM articles")}
    Pipeline(store, geoparser).delete([ids[f"x{i}.txt"] for i in range(3)])
    assert _by_source(store)["u.txt"] == ("2023-06-15", "inferred")
    assert len(_links(store)) == 1


def test_a_store_that_kept_no_links_is_linked_and_dated_whole_at_its_next_ingest(sqlite,
                                                                                  geoparser):
    """A store written before links were kept holds the dates its rounds gave (u.txt dated
    by b.txt alone, as the audit's two-run store): its next ingest dates it whole."""
    from placeline.pipeline import LINKS_SETTING

    store = sqlite()
    Pipeline(store, geoparser).ingest(REPORTS)
    with store.transaction() as tx:
        tx.execute("DELETE FROM story_links")
        tx.execute("DELETE FROM meta WHERE key = ?", (LINKS_SETTING,))
        tx.execute("UPDATE articles SET published = '2023-07-03', published_method ="
                   " 'inferred' WHERE source = 'u.txt'")
    Pipeline(store, geoparser).ingest(_fillers(1))
    assert _by_source(store)["u.txt"] == ("-", "unknown")
    assert len(_links(store)) == 3 and store.setting(LINKS_SETTING)


def test_setup_links_a_store_that_kept_none(sqlite, geoparser, tmp_path):
    from placeline.bootstrap import _refresh_stories
    from placeline.pipeline import LINKS_SETTING

    store = sqlite()
    Pipeline(store, geoparser).ingest(REPORTS)
    with store.transaction() as tx:
        tx.execute("DELETE FROM story_links")
        tx.execute("DELETE FROM meta WHERE key = ?", (LINKS_SETTING,))
    said = []
    _refresh_stories(store, said.append)
    assert said and len(_links(store)) == 3


def test_links_are_replaced_followed_and_deleted_with_their_articles(store):
    from placeline.models import Article

    ids = [store.add_article(Article(f"s{i}", f"T{i}", f"text {i}", f"h{i}"), [])
           for i in range(5)]
    a, b, c, d, e = ids
    store.replace_all_links([(0.5, a, b), (0.75, b, c), (0.6, d, e)])
    assert store.linked([b]) == {a, c} and store.linked_together([a]) == {a, b, c}
    assert sorted(store.links_among([a, b, c])) == [(0.5, a, b), (0.75, b, c)]
    store.replace_links([b], [(1.0, a, b)])  # b's links made again: b-c is gone
    assert store.linked_together([c]) == {c}
    assert sorted(store.links_among(ids)) == [(0.6, d, e), (1.0, a, b)]
    store.delete_articles([e])
    assert sorted(store.links_among(ids)) == [(1.0, a, b)]


def test_copy_takes_the_links_with_the_store(sqlite, geoparser, tmp_path):
    """`copy` keeps the settings, the links' rule with them: a copy without its links would
    have dated its next articles as though none were linked."""
    from placeline.cli import main
    from placeline.ingest import read_paths
    from placeline.store import open_store
    from tests.conftest import SEEDS

    store = sqlite()
    Pipeline(store, geoparser).ingest(read_paths([SEEDS]))
    links = store.links_among(store.article_ids())
    assert links  # (the Guterres visit: four of the five)
    assert main(["copy", "--db", str(tmp_path / "s.db"), str(tmp_path / "copy.db")]) == 0
    copied = open_store(tmp_path / "copy.db")
    try:
        assert sorted(copied.links_among(copied.article_ids())) == sorted(links)
    finally:
        copied.close()
