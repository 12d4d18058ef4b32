"""Places: every resolved place, where its coordinates came from, and how often it is named."""

from __future__ import annotations

import streamlit as st

from app_common import data_version, get_store, load_places, refresh
from placeline.pipeline import Pipeline
from placeline.present import escape_markdown, local_time

st.set_page_config(page_title="placeline — places", page_icon="📍", layout="wide")
store = get_store()
places = load_places(store, data_version(store))

st.title("Places")
if places.empty:
    st.info("No places yet: ingest some articles first (`python -m placeline ingest PATH`).")
    st.stop()

SOURCES = {"gazetteer": "offline gazetteer (GeoNames)", "supplement": "placeline supplement",
           "geocoder": "online geocoder (Nominatim)", "correction": "user correction"}
left, middle, right = st.columns(3)
query = left.text_input("Name contains", key="query")
kinds = middle.multiselect("Kind", sorted(places["kind"].unique()), key="kinds")
sources = right.multiselect("Coordinates from", sorted(places["source"].unique()),
                            format_func=lambda s: SOURCES.get(s, s), key="sources")

shown = places
if query:
    shown = shown[shown["name"].str.contains(query, case=False, regex=False)]
if kinds:
    shown = shown[shown["kind"].isin(kinds)]
if sources:
    shown = shown[shown["source"].isin(sources)]

st.caption(f"{len(shown)} of {len(places)} places")
table = shown.assign(source=shown["source"].map(lambda s: SOURCES.get(s, s)))
st.dataframe(
    table[["name", "kind", "country", "lat", "lon", "source", "mentions", "articles",
           "confidence"]],
    hide_index=True, width="stretch",
    column_config={
        "lat": st.column_config.NumberColumn(format="%.4f"),
        "lon": st.column_config.NumberColumn(format="%.4f"),
        "confidence": st.column_config.ProgressColumn(min_value=0.0, max_value=1.0,
                                                      format="%.2f"),
    },
)

st.subheader("Your corrections")
corrections = store.corrections()
if not corrections:
    st.caption("None yet. On the map pick a place, or on the Articles page a place of an "
               "article, and open “Wrong place?” to fix a pin; corrections are applied at "
               "once and on every re-ingest.")
for row in corrections:
    scope = "one article" if row["context_hint"] else "every article"
    text, undo = st.columns([5, 1], vertical_alignment="center")
    text.markdown(f"“{escape_markdown(row['surface'])}” → **{escape_markdown(row['name'])}** "
                  f"({row['lat']:.4f}, {row['lon']:.4f}) · {scope} · "
                  f"{local_time(row['created_at'], st.context.timezone)}")
    if undo.button("Undo", key=f"undo-{row['correction_id']}"):
        store.remove_correction(row["correction_id"])
        Pipeline(store).reprocess(store.articles_with_surface(row["surface"]))
        refresh()
        st.rerun()
