"""Everything a fresh checkout needs before the first map: the gazetteer index, the vendored
map assets, and the bundled articles in the store. Idempotent: each step checks first.

The store remembers which gazetteer index resolved its places; after an upgrade brings a new
one (new places, corrected coordinates), `setup` resolves the stored articles again. Likewise
for the rule that finds stories: after it changes, `setup` dates the stored articles again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from placeline.assets import ensure_static_assets
from placeline.config import bundled_articles_dir, database_target, is_default_database
from placeline.gazetteer import ensure_index
from placeline.gazetteer_build import INDEX_VERSION
from placeline.store import Store, open_store

GAZETTEER_SETTING = "gazetteer_version"
# Set by `rebuild` (recovery.py): the database is the user's even when nothing in it
# survived, so it is never seeded with the bundled articles.
REBUILT_SETTING = "rebuilt_from"
# Set once a database has held articles: one the user emptied (deleting every article,
# the bundled ones too) stays empty rather than being seeded again at the next start.
HELD_SETTING = "has_held_articles"


def ensure_ready(db: str | Path | None = None, log: Callable[[str], None] = print,
                 load_bundled: bool | None = None, refresh_places: bool = False) -> Store:
    """Build what is missing and return the store, loaded with the bundled data if it is
    new (empty, never emptied by its user, not rebuilt) and `load_bundled` says so: by
    default only the default store (data/placeline.db) is, on its first run. A store the
    user named starts empty: a mistyped PLACELINE_DB had opened on a convincing map of the
    demo's war coverage, and the day's articles went in beside it (a review). With
    `refresh_places`, re-resolve stored articles if an older gazetteer resolved them."""
    ensure_index(log=log)
    ensure_static_assets()
    target = db or database_target()
    if load_bundled is None:
        load_bundled = is_default_database(target)
    store = open_store(target)
    store.check()  # a damaged file is reported (StoreCorruptError), never half-used
    if store.read_only and not refresh_places:
        return store  # (read as it is: nothing is seeded or marked in a store not writable)
    empty = store.article_count() == 0
    if not empty and store.setting(HELD_SETTING) is None:
        store.set_setting(HELD_SETTING, "1")
    if (load_bundled and empty and store.setting(REBUILT_SETTING) is None
            and store.setting(HELD_SETTING) is None and bundled_articles_dir().exists()):
        from placeline.ingest import read_paths  # not imported when the store has data:
        from placeline.pipeline import Pipeline  # it saves a dashboard's cold start 0.2 s

        report = Pipeline(store).ingest(read_paths([bundled_articles_dir()]))
        log(f"Loaded the bundled articles: {report.summary()}")
        store.set_setting(GAZETTEER_SETTING, INDEX_VERSION)
        store.set_setting(HELD_SETTING, "1")
    if refresh_places and store.setting(GAZETTEER_SETTING) != INDEX_VERSION:
        if store.article_count():
            from placeline.pipeline import Pipeline

            log(f"The gazetteer index is new (v{INDEX_VERSION}); resolving the stored "
                "articles again…")
            Pipeline(store).reprocess()
        store.set_setting(GAZETTEER_SETTING, INDEX_VERSION)
    if refresh_places and store.article_count():
        _refresh_stories(store, log)
    return store


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
