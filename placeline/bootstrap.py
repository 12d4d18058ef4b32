"""Everything a fresh checkout needs before the first map: the gazetteer index, the vendored
map assets, and the bundled articles in the store. Idempotent: each step checks first.

The store remembers which gazetteer index resolved its places; after an upgrade brings a new
one (new places, corrected coordinates), `setup` resolves the stored articles again. Likewise
for the rule that finds stories: after it changes, `setup` dates the stored articles again."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path

from placeline.assets import ensure_static_assets
from placeline.config import bundled_articles_dir, database_target, is_default_database
from placeline.errors import StoreWriteError
from placeline.gazetteer import ensure_index
from placeline.gazetteer_build import INDEX_VERSION
from placeline.old_indexes import remove_other_indexes
from placeline.store import Store, backup_command, open_store

GAZETTEER_SETTING = "gazetteer_version"
# And the fingerprint of the data that index was built from (its SOURCES.json): within one
# INDEX_VERSION `setup` rebuilds an index built from other data, and the stored articles,
# placed by the old one, are placed again (the version alone had said nothing changed).
SOURCES_SETTING = "gazetteer_sources"
# Set by `rebuild` (recovery.py): the database is the user's even when nothing in it
# survived, so it is never seeded with the bundled articles.
REBUILT_SETTING = "rebuilt_from"
# Set once a database has held articles: one the user emptied (deleting every article,
# the bundled ones too) stays empty rather than being seeded again at the next start.
HELD_SETTING = "has_held_articles"


def ensure_ready(db: str | Path | None = None, log: Callable[[str], None] = print,
                 load_bundled: bool | None = None, setup: bool = False) -> Store:
    """Build what is missing and return the store, loaded with the bundled data if it is
    new (empty, never emptied by its user, not rebuilt) and `load_bundled` says so: by
    default only the default store (data/placeline.db) is, on its first run. A store the
    user named starts empty: a mistyped PLACELINE_DB had opened on a convincing map of the
    demo's war coverage, and the day's articles went in beside it (a review). `setup`
    (the command's readying): rebuild an index built from other data (elsewhere that is only
    said), place the stored articles again if another index placed them, and date them
    again if another rule found their stories; also in a read-only store, which says why it
    cannot."""
    index_before = _index_sources() if setup else None
    target = db or database_target()
    if load_bundled is None:
        load_bundled = is_default_database(target)
    # The store opened and checked before the index is built: a store in a missing folder
    # or a file that is no database had been said only after minutes of building (UI 58).
    store = open_store(target)
    store.check()  # a damaged file is reported (StoreCorruptError), never half-used
    ensure_index(log=log, setup=setup)
    ensure_static_assets()
    if store.read_only and not setup:
        return store  # (read as it is: nothing is seeded or marked in a store not writable)
    empty = store.article_count() == 0
    if not empty and store.setting(HELD_SETTING) is None:
        _mark_held(store)
        if store.read_only and not setup:
            return store
    if (load_bundled and empty and store.setting(REBUILT_SETTING) is None
            and store.setting(HELD_SETTING) is None and bundled_articles_dir().exists()):
        from placeline.ingest import read_paths  # not imported when the store has data:
        from placeline.pipeline import Pipeline  # it saves a dashboard's cold start 0.2 s

        report = Pipeline(store).ingest(read_paths([bundled_articles_dir()]))
        log(f"Loaded the bundled articles: {report.summary()}")
        record_index(store)
        store.set_setting(HELD_SETTING, "1")
    if setup and _placed_by_another_index(store, index_before):
        if store.article_count():
            from placeline.pipeline import Pipeline

            log(f"The gazetteer index is new (v{INDEX_VERSION}, or built from new data); "
                "resolving the stored articles again…")
            Pipeline(store).reprocess()
        record_index(store)
    elif setup and not store.read_only:
        record_index(store)  # (a store from before the sources were recorded: this index's)
    if setup and store.article_count():
        _refresh_stories(store, log)
    if setup:  # (this release's index built and placing the store: the others can go)
        remove_other_indexes(log)
    return store


def _mark_held(store: Store) -> None:
    """Record that the store has held articles; where its disk refuses even that (full: a
    cron ingest the full disk stopped, whose store never had the setting), read it as it
    is, read-only and saying why, as a store its disk will not let be opened writable is:
    the dashboard had shown only that refusal on every page (audit 24), while `dates` and
    `export` read the store."""
    try:
        store.set_setting(HELD_SETTING, "1")
    except StoreWriteError as refused:
        store.read_only = refused.why


def record_index(store: Store) -> None:
    """Say that this release's gazetteer index places the store's articles, where nothing
    older placed any: a store with no article (what an ingest adds to it is placed by this
    index), or one every article of which was just placed again (`reprocess`). A store made
    by `ingest` had recorded no index, so no release could tell its pins were old (an
    audit's store of release v44, its "Ontario" still New York's after an ingest with v82).
    With the version, the fingerprint of the data the index was built from, where it records
    one."""
    if store.setting(GAZETTEER_SETTING) != INDEX_VERSION:
        store.set_setting(GAZETTEER_SETTING, INDEX_VERSION)
    sources = _index_sources()
    if sources is not None and store.setting(SOURCES_SETTING) != sources:
        store.set_setting(SOURCES_SETTING, sources)


def _index_sources() -> str | None:
    """The fingerprint of the data this release's index was built from (its SOURCES.json),
    None where it records none."""
    from placeline.gazetteer import index_folder, recorded_fingerprint

    return recorded_fingerprint(index_folder())


def _placed_by_another_index(store: Store, index_before: str | None) -> bool:
    """Whether the store's articles were placed by another index than the one now in use:
    another INDEX_VERSION, or the same version built from other data (its SOURCES.json's
    fingerprint). A store that records no fingerprint (placed before stores recorded it) was
    placed by the index `setup` found (`index_before`): by another one only if `setup` just
    rebuilt it from other data."""
    if store.setting(GAZETTEER_SETTING) != INDEX_VERSION:
        return True
    now = _index_sources()
    recorded = store.setting(SOURCES_SETTING)
    if recorded is None:
        return now != index_before
    return now is not None and recorded != now


def older_index_note(store: Store) -> str | None:
    """What to say of a store whose articles an older gazetteer index placed (or this
    release's before it was rebuilt from other data: the pages had compared the version
    only), or one that does not record which (made by `ingest` before it did), with the
    command that places them again; None where this release's index placed them, or a
    newer one's. `setup`
    places a store's articles again after an upgrade, but the README's start runs it on the
    default store only: a newsroom's own store, its dashboard restarted or its cron ingest
    run after an upgrade, kept its old pins beside the new articles' without a word."""
    recorded = store.setting(GAZETTEER_SETTING)
    if recorded == INDEX_VERSION:  # (this version, perhaps built from other data: fix 45)
        now, placed_from = _index_sources(), store.setting(SOURCES_SETTING)
        if now is None or placed_from is None or placed_from == now:
            return None  # (a store that records no fingerprint is not told: what placed it
            # cannot be known, and `setup` keeps such a store as it is — fix 45)
        which = (f"this release's gazetteer index (v{INDEX_VERSION}) as it was before it was "
                 "rebuilt from other data")
    elif recorded is not None and (not recorded.isdigit()
                                   or int(recorded) > int(INDEX_VERSION)):
        return None
    else:
        which = (f"an older gazetteer index (v{recorded}; this release's is v{INDEX_VERSION})"
                 if recorded else "a gazetteer index it does not record (a store made by "
                 "`ingest` before this release, or by an older release; this release's is "
                 f"v{INDEX_VERSION})")
    if not store.article_count():
        return None
    added = "" if store.read_only else \
        ", and articles added now are placed by this one beside them"  # (none can be)
    return (f"The articles of {store.location} were placed by {which}: some pins may be "
            f"where that index put them{added}.")


# What `setup_command` does to such a store, after `older_index_note`'s words.
PLACED_AGAIN = "places them all again, once (your corrections are kept)"
# What `copy_commands` do for a read-only store, which `setup` cannot place again in it.
PLACED_IN_A_COPY = ("The store is read-only, so they cannot be placed again in it: these "
                    "commands copy it where you may write (NEW.db, a new file) and place the "
                    "copy's articles again, once (your corrections are kept); then open NEW.db "
                    "(`--db`, PLACELINE_DB). Or make the store writable (why it is not is said "
                    "above) and run `setup` on it")


# What `setup_command("NEW.db")` does for a read-only store whose read-only note gives its
# copy already (a read-only volume's `backup … NEW.db`): a copy of its own beside it had
# made two commands for one NEW.db on a page, the second failing (review 22).
PLACED_IN_THE_COPY = ("The store is read-only, so they cannot be placed again in it: copy it "
                      "where you may write as the note above says (NEW.db, a new file, made "
                      "once), then this command places the copy's articles again, once (your "
                      "corrections are kept); then open NEW.db (`--db`, PLACELINE_DB). Or make "
                      "the store writable (why it is not is said above) and run `setup` on "
                      "it")


def copy_told(store: Store) -> bool:
    """Whether the store's read-only note (`Store.read_only`) gives the copy to make."""
    return bool(store.read_only) and backup_command(Path(store.location)) in store.read_only


def setup_command(location: str) -> str:
    """The command that readies the store at `location` (its articles placed anew)."""
    if is_default_database(location):
        return "python -m placeline setup"
    return f"python -m placeline setup --db {shlex.quote(location)}"


def read_only_copy_note(location: str) -> str:
    """`PLACED_IN_A_COPY` in a line, for the command line's note."""
    first, then = copy_commands(location).splitlines()
    return (f"The store is read-only, so they cannot be placed again in it: `{first}` and then "
            f"`{then}` place them all again in a copy where you may write, once (your "
            "corrections are kept)")


def copy_commands(location: str) -> str:
    """The commands that place a read-only store's articles again, in a copy of it (NEW.db):
    `setup --db` on the store itself had been the pages' advice, which fails on a store it
    cannot write (a review). `copy` reads either backend, as `backup` does not."""
    return (f"python -m placeline copy --db {shlex.quote(location)} NEW.db\n"
            "python -m placeline setup --db NEW.db")


def _refresh_stories(store: Store, log: Callable[[str], None]) -> None:
    """Date the stored articles again if an older rule made their story terms or links, or
    none were kept (a store that is not ingested into again would keep the stories that rule
    found)."""
    from placeline.pipeline import (
        LINKS_SETTING,
        LINKS_VERSION,
        TERMS_SETTING,
        TERMS_VERSION,
        Pipeline,
    )

    if store.setting(TERMS_SETTING) not in (None, TERMS_VERSION) \
            or store.setting(LINKS_SETTING) != LINKS_VERSION:
        log("Stories are found by a new rule; dating the stored articles again…")
        Pipeline(store).settle_dates()
