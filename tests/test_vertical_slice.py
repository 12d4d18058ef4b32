"""The five bundled articles, end to end: the right pins, dates and snippets, and no people."""

import pytest

from placeline.resolve import haversine_km

# Reference points (Wikipedia / GeoNames) and how close the pin must be.
EXPECTED = {
    "Mariupol": (47.0951, 37.5413, 25), "Azovstal": (47.0990, 37.6000, 5),
    "Kreminna": (49.0481, 38.2155, 25), "Izyum": (49.2070, 37.2768, 25),
    "Mykolaiv": (46.9750, 31.9946, 25), "Zaporizhzhia": (47.8388, 35.1396, 25),
    "New Delhi": (28.6139, 77.2090, 25), "Moscow": (55.7558, 37.6173, 25),
    "Kyiv": (50.4501, 30.5234, 25), "Kiev": (50.4501, 30.5234, 25),
    "Ankara": (39.9334, 32.8597, 25), "Istanbul": (41.0082, 28.9784, 25),
    "Kherson": (46.6354, 32.6169, 25), "Odessa": (46.4825, 30.7233, 25),
    "Luhansk": (48.5740, 39.3078, 100), "Sloviansk": (48.8528, 37.6056, 25),
    "Kramatorsk": (48.7305, 37.5879, 25), "Washington": (38.9072, -77.0369, 25),
    "Turkey": (39.0, 35.0, 400), "Germany": (51.0, 9.0, 400), "Ukraine": (49.0, 32.0, 400),
}
PEOPLE_AND_WORDS = {"Putin", "Guterres", "Lavrov", "Kuleba", "Blinken", "Austin", "Vladimir",
                    "Volodymyr", "Erdogan", "West", "Police", "Pravda", "MoD"}


@pytest.fixture(scope="module")
def mentions_by_surface(seeds_store):
    found: dict[str, list[dict]] = {}
    for article_id in seeds_store.article_ids():
        for mention in seeds_store.mentions(article_id):
            found.setdefault(mention["surface"], []).append(mention)
    return found


@pytest.mark.parametrize("surface", sorted(EXPECTED))
def test_each_seed_place_is_pinned_where_it_is(mentions_by_surface, surface):
    lat, lon, tolerance_km = EXPECTED[surface]
    assert surface in mentions_by_surface, f"{surface} was not recognised"
    for mention in mentions_by_surface[surface]:
        assert mention["lat"] is not None, f"{surface} unresolved"
        error = haversine_km(lat, lon, mention["lat"], mention["lon"])
        assert error <= tolerance_km, f"{surface} → {mention['name']} is {error:.0f} km off"


def test_countries_and_capitals_beat_homonyms(mentions_by_surface):
    assert {m["kind"] for m in mentions_by_surface["Turkey"]} == {"country"}
    assert {m["country"] for m in mentions_by_surface["Washington"]} == {"US"}
    assert {m["kind"] for m in mentions_by_surface["Washington"]} == {"city"}


def test_no_pins_for_people_organisations_or_ordinary_words(mentions_by_surface):
    assert not PEOPLE_AND_WORDS & set(mentions_by_surface)


def test_nothing_from_the_spam_footer_or_byline_is_mapped(mentions_by_surface):
    assert "Abuja" not in mentions_by_surface
    assert not {"Cadiz", "Williams", "Spanish"} & set(mentions_by_surface)


def test_publication_dates_and_how_they_were_found(seeds_store):
    frame = seeds_store.articles_frame().set_index("source")
    by_seed = {src.rsplit("/", 1)[-1][:3]: row for src, row in frame.iterrows()}
    expected = {"000": "2022-04-26", "001": "2022-04-27", "002": "2022-04-26",
                "003": "2023-03-02", "004": "2022-04-26"}
    assert {k: v["published"] for k, v in by_seed.items()} == expected
    assert by_seed["004"]["published_method"] == "explicit"
    assert by_seed["002"]["published_method"] == "inferred"
    assert by_seed["001"]["published_method"] == "relative"
    assert by_seed["001"]["story_id"] == by_seed["002"]["story_id"]
    assert by_seed["003"]["story_id"] != by_seed["000"]["story_id"]


def test_every_mention_offset_indexes_its_surface_in_the_cleaned_text(seeds_store):
    for article_id in seeds_store.article_ids():
        text = seeds_store.article(article_id)["text"]
        for mention in seeds_store.mentions(article_id):
            assert text[mention["start_char"]:mention["end_char"]] == mention["surface"]


def test_events_carry_dates_precision_and_a_snippet_around_the_place(seeds_store):
    events = seeds_store.events_frame()
    assert not events.empty and events["date"].notna().all()
    assert set(events["precision"]) <= {"day", "range", "week", "month", "year", "publication"}
    for row in events.itertuples():
        text = seeds_store.article(row.article_id)["text"]
        snippet = text[row.snippet_start:row.snippet_end]
        assert snippet.strip() and len(snippet) < 1000
    ankara = events[(events["place"] == "Ankara") & (events["precision"] == "day")]
    assert "2022-04-25" in set(ankara["date"])  # "yesterday, Monday, with his trip to Ankara"


def test_reingesting_the_same_files_adds_nothing(seeds_store, geoparser):
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from tests.conftest import SEEDS

    before = seeds_store.counts()
    report = Pipeline(seeds_store, geoparser).ingest(read_paths([SEEDS]))
    assert len(report.duplicates) == 5 and not report.added
    assert seeds_store.counts() == before


def test_one_broken_file_does_not_stop_the_batch(store, geoparser, tmp_path):
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline

    folder = tmp_path / "in"  # not tmp_path: the store's files, of other types, live there
    folder.mkdir()
    (folder / "good.txt").write_text("Shelling in Kharkiv\n\nShelling hit Kharkiv today.",
                                     encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    report = Pipeline(store, geoparser).ingest(read_paths([folder]))
    assert [s.rsplit("/", 1)[-1] for s, _ in report.added] == ["good.txt"]
    assert sorted(e.source.rsplit("/", 1)[-1] for e in report.failed) == ["bad.txt",
                                                                          "empty.txt"]
    assert "skipped" in report.summary()


def test_an_undated_lone_article_gets_no_invented_date(store, geoparser):
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline

    Pipeline(store, geoparser).ingest([RawDocument("x.txt", "Title\n\nFloods hit Dhaka.")])
    row = store.articles_frame().iloc[0]
    assert row["published"] is None and row["published_method"] == "unknown"
    assert store.events_frame()["date"].isna().all()  # kept, but never on the slider
