"""Places: every resolved place, where its coordinates came from, and how often it is named."""

from __future__ import annotations

import streamlit as st

from app_common import data_version, get_store, load_places

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
