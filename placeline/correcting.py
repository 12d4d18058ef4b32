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
    # Several article texts, for corrections saved together ("in every article where it was
    # placed at X"): the first is `context_hint`.
    context_hints: tuple[str, ...] = ()

    @property
    def scope(self) -> str:
        """Where it applied, in words: "every article", "one article", "48 articles"."""
        if not self.context_hint:
            return "every article"
        return f"{len(self.context_hints)} articles" if len(self.context_hints) > 1 \
            else "one article"


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


def save_where_placed(store: Store, surface: str, place: Place,
                      placed_at: str) -> Correcting:
    """`surface` → `place` in every article where it is placed at `placed_at` now (the 48
    "Alexandria"s pinned to Oleksandriya among 292, the others left as they are — audit 38,
    item 3): one correction per article, saved together, listed and undone as one."""
    placing = store.articles_placing(surface, placed_at)
    hints = tuple(dict.fromkeys(placing.values()))
    if not hints:
        return Correcting(surface, place, "", 0)
    store.add_corrections(surface, place, hints)
    return Correcting(surface, place, hints[0], _place_again(store, list(placing)), hints)


def correction_groups(rows: list[dict]) -> list[dict]:
    """`Store.corrections` rows with those saved together (one-article corrections of one
    name to one place under one `created_at`, as `Store.add_corrections` writes them) as one
    row: `members` holds their ids and `articles` how many article texts. Two made by hand
    in one second are one group too, which is harmless: each would have been undone alone,
    and Undo says how many it takes back."""
    groups: dict[tuple, dict] = {}
    for row in rows:
        key = (row["surface"], row["id"], row["created_at"]) if row["context_hint"] else \
            ("", row["correction_id"])
        if key in groups:
            groups[key]["members"].append(row["correction_id"])
            groups[key]["hints"].append(row["context_hint"])
        else:
            groups[key] = {**row, "members": [row["correction_id"]],
                           "hints": [row["context_hint"]]}
    for group in groups.values():
        group["articles"] = len(group["hints"])
    return list(groups.values())


def undo_correction(store: Store, correction_id: int) -> Correcting | None:
    """Remove a correction (with those saved together with it) and place its articles
    again; what was undone (for the page's "Undone" and Redo), or None when it was gone
    already (undone in another tab)."""
    group = next((g for g in correction_groups(store.corrections())
                  if correction_id in g["members"]), None)
    if group is None:
        return None
    affected = [a for hint in group["hints"]
                for a in store.articles_with_surface(group["surface"], hint)]
    store.remove_corrections(group["members"])
    hints = tuple(group["hints"]) if len(group["hints"]) > 1 else ()
    return Correcting(group["surface"], correction_place(group), group["context_hint"],
                      _place_again(store, affected), hints)


def redo_correction(store: Store, undone: Correcting) -> Correcting:
    """An undone correction saved again, in the articles it applied in."""
    if len(undone.context_hints) > 1:
        store.add_corrections(undone.surface, undone.place, undone.context_hints)
        affected = [a for hint in undone.context_hints
                    for a in store.articles_with_surface(undone.surface, hint)]
        return Correcting(undone.surface, undone.place, undone.context_hint,
                          _place_again(store, affected), undone.context_hints)
    article = store.article_with_hash(undone.context_hint) if undone.context_hint else None
    ids = (int(article["id"]),) if article else ()
    return save_correction(store, undone.surface, undone.place, undone.context_hint, ids)


def corrections_placing(store: Store, place_id: str, article_ids: set[int]) -> list[dict]:
    """The corrections that put a place in some of `article_ids`: the every-article ones
    and the one-article ones of those articles, for the reading panel to name with their
    Undo (it had said only "placed at …" — audit 36, 1.2)."""
    rows = []
    for row in correction_groups(store.corrections()):
        if row["id"] != place_id:
            continue
        articles = [store.article_with_hash(hint) for hint in row["hints"] if hint]
        if not row["context_hint"] or any(article is not None and
                                          int(article["id"]) in article_ids
                                          for article in articles):
            rows.append(row)
    return rows
