"""Saving, undoing and redoing a user's correction, each with the articles it places again:
the pages' buttons call these (a page had done it inline, and Undo had no way back)."""

from __future__ import annotations

from dataclasses import dataclass

from placeline.models import Place
from placeline.store import Store


@dataclass(frozen=True)
class Correcting:
    """A correction as saved, undone or redone: its name, its place, the article text it
    applies in ("" for every article) and how many articles were placed again."""

    surface: str
    place: Place
    context_hint: str = ""
    articles: int = 0


def correction_place(row: dict) -> Place:
    """The place of a `Store.corrections` row."""
    return Place(id=row["id"], name=row["name"], lat=row["lat"], lon=row["lon"],
                 kind=row["kind"], country=row["country"], admin1=row["admin1"],
                 population=row["population"], source=row["source"],
                 geonameid=row["geonameid"])


def _place_again(store: Store, article_ids: list[int]) -> int:
    from placeline.pipeline import Pipeline  # (heavy: only when a correction changes)

    return Pipeline(store).reprocess(sorted(set(article_ids))) if article_ids else 0


def save_correction(store: Store, surface: str, place: Place, context_hint: str = "",
                    article_ids: tuple[int, ...] = ()) -> Correcting:
    """Store a correction and place again the articles naming `surface` (and `article_ids`:
    a place added where the geoparser found none is named by no mention yet)."""
    store.add_correction(surface, place, context_hint)
    affected = [*store.articles_with_surface(surface, context_hint), *article_ids]
    return Correcting(surface, place, context_hint, _place_again(store, affected))


def undo_correction(store: Store, correction_id: int) -> Correcting | None:
    """Remove a correction and place its articles again; what was undone (for the page's
    "Undone" and Redo), or None when it was gone already (undone in another tab)."""
    row = next((r for r in store.corrections() if r["correction_id"] == correction_id), None)
    if row is None:
        return None
    affected = store.articles_with_surface(row["surface"], row["context_hint"])
    store.remove_correction(correction_id)
    return Correcting(row["surface"], correction_place(row), row["context_hint"],
                      _place_again(store, affected))


def redo_correction(store: Store, undone: Correcting) -> Correcting:
    """An undone correction saved again, in the articles it applied in."""
    article = store.article_with_hash(undone.context_hint) if undone.context_hint else None
    ids = (int(article["id"]),) if article else ()
    return save_correction(store, undone.surface, undone.place, undone.context_hint, ids)


def corrections_placing(store: Store, place_id: str, article_ids: set[int]) -> list[dict]:
    """The corrections that put a place in some of `article_ids`: the every-article ones
    and the one-article ones of those articles, for the reading panel to name with their
    Undo (it had said only "placed at …" — audit 36, 1.2)."""
    rows = []
    for row in store.corrections():
        if row["id"] != place_id:
            continue
        article = store.article_with_hash(row["context_hint"]) if row["context_hint"] else None
        if not row["context_hint"] or (article is not None and
                                       int(article["id"]) in article_ids):
            rows.append(row)
    return rows
