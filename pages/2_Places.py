"""Places: every resolved place, where its coordinates came from, and how often it is named."""

from __future__ import annotations

import streamlit as st

from app_common import (
    correction_scope,
    correction_undo,
    data_version,
    get_store,
    load_index,
    load_places,
    map_links,
    no_date_count,
    not_saved,
    off_timeline,
    place_regions,
    places_named,
    pretty_date,
    refresh,
    store_reachable,
    table_room,
    undone_note,
    whole_timeline,
)
from placeline.config import store_command
from placeline.correcting import correction_groups
from placeline.errors import PlacelineError
from placeline.present import clipped, escape_markdown, kind_label, local_time

st.set_page_config(page_title="placeline — places", page_icon="📍", layout="wide")

store = get_store()
with store_reachable():  # (a store lost as the page runs: told as a reload tells it)
    version = data_version(store)
    places = load_places(store, version)


    def deleted_articles() -> None:
        """The articles deleted on the Articles page, each with Restore: an ingest keeps their
        texts out (a feed's next run had stored a deleted article again, an audit)."""
        deleted = store.deletions()
        if not deleted:
            return
        st.subheader("Deleted articles")
        st.caption("An ingest does not store these texts again (it says so); another text from "
                   "their source (an edit, another story) is stored, with a warning. Restore "
                   "brings an article back as it was.")
        for row in deleted:
            text, restore = st.columns([5, 1], vertical_alignment="center")
            text.markdown(f"“{escape_markdown(clipped(row['title'], 70))}” · "
                          f"{escape_markdown(clipped(row['source'], 70))} · deleted "
                          f"{local_time(row['deleted_at'], st.context.timezone)}")
            if restore.button("Restore", key=f"restore-{row['content_hash']}"):
                _restore(row)


    def _restore(row: dict) -> None:
        """The article back, as it was stored, and the page read anew."""
        from placeline.pipeline import Pipeline  # (when pressed: the geoparser's modules,
        # which the page does not need to be drawn, had been a second of its first run,
        # audit 38)

        try:
            restored = Pipeline(store).restore(row["content_hash"])
        except PlacelineError as error:  # (a full disk, a read-only store)
            refresh()
            not_saved("Not restored.", error)
            return
        refresh()
        st.toast(f"Restored: “{escape_markdown(clipped(row['title'], 70))}”"
                 + (f", article {restored}." if restored else "."))
        st.rerun()


    st.title("Places")
    if places.empty:
        st.info("No places yet: ingest some articles first "
                f"(`{store_command('ingest PATH', store.location)}`).")
        deleted_articles()
        st.stop()

    SOURCES = {"gazetteer": "offline gazetteer (GeoNames)", "supplement": "placeline supplement",
               "geocoder": "online geocoder (Nominatim)", "correction": "user correction"}
    # A gazetteer entry chosen by a correction is the user's choice, though its coordinates are
    # the gazetteer's: listed as "offline gazetteer", a corrected Cambridge looked untouched.
    places = places.assign(origin=places["source"].where(~places["corrected"], "correction"))
    left, middle, right = st.columns(3)
    query = left.text_input("Name contains", key="query")
    kinds = middle.multiselect("Kind", sorted(places["kind"].unique(), key=kind_label),
                               format_func=kind_label, key="kinds")
    sources = right.multiselect("Coordinates from", sorted(places["origin"].unique()),
                                format_func=lambda s: SOURCES.get(s, s), key="sources")

    shown = places
    if query:
        shown = shown[shown["id"].isin(places_named(store, query))]  # (accents aside; the
        # names the texts wrote too: "Côte d'Ivoire" finds the place named "Ivory Coast")
    if kinds:
        shown = shown[shown["kind"].isin(kinds)]
    if sources:
        shown = shown[shown["origin"].isin(sources)]


    def _source(source: str, corrected: bool) -> str:
        label = SOURCES.get(source, source)
        return f"user correction, from the {label}" if corrected and source != "correction" \
            else label


    # The map counts only dated places, and this page every article: say which is which, in the
    # words and the number of the map's own note.
    def places_table(shown) -> None:
        """The places the filters keep, with the note saying what each count counts."""
        on_map = whole_timeline(store).set_index("place_id")["articles"]
        no_date = off_timeline(store, "event")
        copies = load_index(store, version, "event").has_copies
        st.caption(f"{len(shown):,} of {len(places):,} places. “articles” counts every article naming "
                   "a place; “on the map” counts those the map shows over all its dates"
                   + (" (near-copies of one text once)." if copies else ".")
                   + (f" {no_date_count(no_date)}: those count in “articles” only." if len(no_date)
                      else ""))
        table = shown.assign(
            kind=shown["kind"].map(kind_label),
            source=[_source(s, c) for s, c in zip(shown["source"], shown["corrected"], strict=True)],
            region=shown["id"].map(place_regions(store, version)),
            on_map=shown["id"].map(on_map).fillna(0).astype(int),
            map=map_links(store, shown["id"]))
        table_room()
        st.dataframe(
            table[["name", "kind", "region", "country", "map", "articles", "on_map", "mentions", "lat",
                   "lon", "source", "confidence"]],
            hide_index=True, width="stretch",
            column_config={
                "map": st.column_config.LinkColumn(display_text="map", help="Open the place on the map"),
                "articles": st.column_config.NumberColumn(help="Every article naming the place, "
                                                               "undated ones too"),
                "on_map": st.column_config.NumberColumn(
                    "on the map", help="The articles the map counts for the place over all its "
                                       "dates (dated ones)"),
                "lat": st.column_config.NumberColumn(format="%.4f"),
                "lon": st.column_config.NumberColumn(format="%.4f"),
                "source": st.column_config.TextColumn("coordinates from"),
                "confidence": st.column_config.ProgressColumn(min_value=0.0, max_value=1.0,
                                                              format="%.2f"),
            },
        )


    def nothing_matches() -> str:
        """What the filters asked that no place has, in words: an empty table under "0 of 123
        places" had said only "empty" (the map and the Articles page say what matched
        nothing)."""
        asked = []
        if query:
            asked.append(f"whose name contains “{escape_markdown(query)}”")
        if kinds:
            asked.append("of the kind " + " or ".join(f"*{kind_label(k)}*" for k in kinds))
        if sources:
            asked.append("with coordinates from the "
                         + " or the ".join(SOURCES.get(s, s) for s in sources))
        return (f"No place {' and '.join(asked)} among the {len(places):,}: change or clear a "
                "filter above.")


    if shown.empty:
        st.info(nothing_matches(), icon=":material/search_off:")
    else:
        places_table(shown)

    st.subheader("Your corrections")
    corrections = store.corrections()
    dates_set = store.date_corrections()
    if not corrections and not dates_set:
        st.caption("None yet. On the map pick a place, or on the Articles page a place of an "
                   "article, and open “Wrong place?” to fix a pin (or “Wrong date?” to set an "
                   "article's date); corrections are applied at once and on every re-ingest.")


    undone_note()
    for row in correction_groups(corrections):  # (those saved together: one row, one Undo)
        text, undo = st.columns([5, 1], vertical_alignment="center")
        text.markdown(f"“{escape_markdown(row['surface'])}” → **{escape_markdown(row['name'])}** "
                      f"({row['lat']:.4f}, {row['lon']:.4f}) · {correction_scope(row)} · "
                      f"{local_time(row['created_at'], st.context.timezone)}")
        with undo:
            correction_undo(row, "places")


    def _dated_article(row: dict) -> str:
        """The article a date was set for, by its title (its text may no longer be stored)."""
        if row["article_title"] is None:
            return "an article no longer stored"
        return f"“{escape_markdown(clipped(row['article_title'], 70))}”"


    for row in dates_set:
        text, undo = st.columns([5, 1], vertical_alignment="center")
        text.markdown(f"{_dated_article(row)} → published **{pretty_date(row['published'])}**, "
                      f"set by hand · {local_time(row['created_at'], st.context.timezone)}")
        if undo.button("Undo", key=f"undo-date-{row['context_hint']}"):
            try:
                if row["article_id"] is None:
                    store.remove_date_correction(row["context_hint"])
                else:
                    from placeline.pipeline import Pipeline  # (when pressed: see _restore)

                    Pipeline(store).correct_date(int(row["article_id"]), None)
            except PlacelineError as error:
                refresh()
                not_saved("Not undone.", error)
            else:
                refresh()
                st.rerun()


    deleted_articles()
