"""Review 21, ingest: a follow-up story saved under the stored one's file name, sharing its
background, replaced it once the first file's folder was gone (item 4); each new file looked
on disk for every stored file of its name, and PostgreSQL refused the lookup past 65,535 of
them (item 5)."""

from __future__ import annotations

import shutil

from placeline import pipeline
from placeline.ingest import file_gone
from placeline.models import Article
from tests.test_audit19_ingest import _ingest
from tests.test_review20_ingest import STORM, STORM_EDITED, _write

# -- item 4: a follow-up sharing a stored story's background after its folder is gone --------

# The review's stories: two leads of their own over the same four paragraphs of background
# (70% of the shorter one's wording), as a newsroom's follow-up repeats them.
BACKGROUND = (
    "The Met Office had issued an amber warning for wind across West Yorkshire, with gusts of "
    "up to 70mph expected in exposed areas.\nNorthern Rail said services between Leeds and "
    "Harrogate would run to a reduced timetable, and several roads in the city centre remained "
    "closed.\nLeeds City Council opened a rest centre at the civic hall for residents whose "
    "homes had lost power, and urged people not to travel unless necessary.\nThe storm is the "
    "ninth to be named this season, and forecasters said the unsettled weather would continue "
    "into the weekend across the north of England.\n")
STORM_HITS = (
    "Storm hits Leeds\nStorm Isha brought down trees across Leeds overnight, leaving thousands "
    "of homes without power. A lorry overturned on the M62 near Leeds. Two people were treated "
    "in hospital for minor injuries. Schools in the north of the city stayed shut.\n"
    + BACKGROUND)
CLEAN_UP = (
    "Clean-up begins in Leeds\nCrews in Leeds spent Tuesday clearing roads after the storm, as "
    "a second band of rain arrived from the west. Engineers restored power to most homes by "
    "the evening. The M62 reopened in both directions at noon. Pupils returned to classes on "
    "Wednesday.\n" + BACKGROUND)
# The storm story updated as news is: a new headline and first sentence, the rest kept.
STORM_UPDATED = (
    "Thousands still without power in Leeds after Storm Isha\nThousands of homes in Leeds were "
    "still without power on Tuesday after Storm Isha brought down trees overnight. "
    + STORM_HITS.split(". ", 1)[1])


def test_a_follow_up_sharing_its_background_is_a_new_article_once_the_first_is_gone(
        store, geoparser, tmp_path):
    """The review: inbox/0304/story.txt ingested by its absolute path, inbox/0304 deleted
    (as an inbox job does), inbox/0305/story.txt, another story over the same background,
    ingested: "1 updated … a new version of article 1 (its wording)", the storm's text and
    events gone. Their headlines and leads differ: it is another story, stored beside the
    first, and the user is told they share wording."""
    first = _write(tmp_path / "inbox" / "0304" / "story.txt", STORM_HITS)
    [(_, storm_id)] = _ingest(store, geoparser, str(first)).added
    shutil.rmtree(tmp_path / "inbox" / "0304")
    follow_up = _write(tmp_path / "inbox" / "0305" / "story.txt", CLEAN_UP)
    report = _ingest(store, geoparser, str(follow_up))
    assert report.updated == [] and len(report.added) == 1
    assert store.article(storm_id)["title"] == "Storm hits Leeds"
    assert len(store.article_ids()) == 2
    [warning] = [w.reason for w in report.warnings if f"article {storm_id}" in w.reason]
    assert "no longer there" in warning and "headline" in warning


def test_a_follow_up_read_by_a_relative_path_in_a_fresh_folder_is_a_new_article(
        store, geoparser, tmp_path, monkeypatch):
    """The same with each file read as story.txt in its own folder (a job's working folder):
    the stored "story.txt", read in a folder since deleted, had been replaced as well."""
    _write(tmp_path / "0304" / "story.txt", STORM_HITS)
    monkeypatch.chdir(tmp_path / "0304")
    [(_, storm_id)] = _ingest(store, geoparser, "story.txt").added
    monkeypatch.chdir(tmp_path)
    shutil.rmtree(tmp_path / "0304")
    _write(tmp_path / "0305" / "story.txt", CLEAN_UP)
    monkeypatch.chdir(tmp_path / "0305")
    report = _ingest(store, geoparser, "story.txt")
    assert report.updated == [] and len(report.added) == 1
    assert store.article(storm_id)["title"] == "Storm hits Leeds"


def test_a_moved_file_that_opens_as_the_stored_one_is_still_its_new_version(
        store, geoparser, tmp_path):
    """What a move is told by: the stored story's opening. 095fee8's x.txt, its headline kept
    and its one sentence edited, and the storm story given a new headline and first
    sentence but keeping the rest of its lead, are each their stored article's new version
    once their folder moved."""
    x = _write(tmp_path / "proj" / "data" / "x.txt", STORM)
    story = _write(tmp_path / "proj" / "inbox" / "story.txt", STORM_HITS)
    [(_, x_id), (_, storm_id)] = _ingest(store, geoparser, str(x), str(story)).added
    (tmp_path / "proj").rename(tmp_path / "proj2")
    x = _write(tmp_path / "proj2" / "data" / "x.txt", STORM_EDITED, later=60)
    story = _write(tmp_path / "proj2" / "inbox" / "story.txt", STORM_UPDATED, later=60)
    report = _ingest(store, geoparser, str(x), str(story))
    assert report.added == [] and report.updated == [(str(x), x_id), (str(story), storm_id)]
    assert store.article(storm_id)["title"].startswith("Thousands still without power")


# -- item 5: the stored files of a name looked for on disk, and read, in bounded numbers -----


def _stored_gone(store, folder, count: int, name: str = "index.html") -> list[str]:
    """`count` articles stored from folder/dI/`name`, files that are not there (a site
    mirrored into a temporary folder each day, say), the latest last."""
    sources = [str(folder / f"d{i}" / name) for i in range(count)]
    for i, source in enumerate(sources):
        store.add_article(Article(source, "Floods", f"Floods in Leeds, day {i}.", f"h{i}"), [])
    return sources


def test_a_new_file_looks_on_disk_for_a_bounded_number_of_stored_files_of_its_name(
        store, geoparser, tmp_path, monkeypatch):
    """The review: each new index.html stat'ed every stored index.html whose file was gone
    (about seven stats each, up its folders): 1.1 s an article at 10,000 such, 12.6 s at
    100,000. Now the latest MOVED_LOOKED of them, each once an ingest."""
    from placeline.pipeline import MOVED_LOOKED

    gone = set(_stored_gone(store, tmp_path / "gone", MOVED_LOOKED * 3))
    looked: list[str] = []

    def counted(stored, metadata):
        looked.extend([stored] if stored in gone else [])
        return file_gone(stored, metadata)

    monkeypatch.setattr(pipeline, "file_gone", counted)
    new = [_write(tmp_path / "new" / f"s{i}" / "index.html", f"<p>{text}</p>")
           for i, text in enumerate((STORM_HITS, CLEAN_UP, STORM))]
    report = _ingest(store, geoparser, *map(str, new))
    assert len(report.added) == 3 and report.updated == []
    assert len(set(looked)) <= MOVED_LOOKED and len(looked) <= MOVED_LOOKED + len(new)


def test_a_file_moved_is_found_among_the_latest_stored_of_its_name(store, geoparser, tmp_path):
    """The stored files of a name are looked for latest first: 095fee8's x.txt, stored after
    three times MOVED_LOOKED others of its name, is found again after its folder moved."""
    from placeline.pipeline import MOVED_LOOKED

    _stored_gone(store, tmp_path / "gone", MOVED_LOOKED * 3, name="x.txt")
    first = _write(tmp_path / "proj" / "data" / "x.txt", STORM)
    [(_, article_id)] = _ingest(store, geoparser, str(first)).added
    (tmp_path / "proj").rename(tmp_path / "proj2")
    moved = _write(tmp_path / "proj2" / "data" / "x.txt", STORM_EDITED, later=60)
    assert _ingest(store, geoparser, str(moved)).updated == [(str(moved), article_id)]


def test_the_stored_versions_of_more_names_than_a_query_may_bind_are_read(store):
    """PostgreSQL binds 65,535 parameters at most: past that many stored files of a name
    gone, every new file of it had failed, "unexpected error: … number of parameters must
    be between 0 and 65535". The names are read in chunks, the latest 20 rows kept."""
    names = [f"/gone/d{i}/index.html" for i in range(70_000)]
    ids = [store.add_article(Article(names[i], "Floods", f"Floods in Leeds, day {i}.",
                                     f"h{i}"), []) for i in range(0, 70_000, 2_500)]
    found = store.versions_of(names)
    assert [row["id"] for row in found] == sorted(ids, reverse=True)[:20]
