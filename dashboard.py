"""placeline — the map. Scrub the dates, click a place, read what the articles say there.

Run with `streamlit run dashboard.py`. The heavy lifting lives in the placeline package; this
script only reads the store, filters by the chosen window and draws.
"""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from app_common import data_version, get_store, load_events, pretty_date
from placeline.config import tile_url
from placeline.layers import feature_collection, in_window, place_summary
from placeline.mapview import base_map, bounds_of, place_layer
from placeline.present import METHOD_LABELS, PRECISION_LABELS, escape_markdown
from placeline.snippets import neighbours, place_snippets

st.set_page_config(page_title="placeline — news on a map", page_icon="🗺️", layout="wide")

store = get_store()
events = load_events(store, data_version(store))
dated = events[events["date"].notna()]

st.title("placeline")
if dated.empty:
    st.info("No dated events yet. Add articles with "
            "`python -m placeline ingest PATH` and reload.")
    st.stop()

# -- time window: a range over the days that have events, so sparse dates stay usable ------
days = sorted(dated["date"].unique())
params = st.query_params
start_default = params.get("from") if params.get("from") in days else days[0]
end_default = params.get("to") if params.get("to") in days else days[-1]
start, end = st.select_slider(
    "Dates with events", options=days, value=(start_default, end_default),
    format_func=pretty_date, key="window",
    help="Only days that have events are on the slider; drag either end to narrow the window.",
)
window = in_window(events, start, end)
summary = place_summary(window)
st.caption(f"{pretty_date(start)} – {pretty_date(end)}: {len(summary)} places in "
           f"{window['article_id'].nunique()} articles · {len(events['article_id'].unique())} "
           "articles in all")

# -- map and reading panel -----------------------------------------------------------------


def select_clicked_place() -> None:
    """A click on a circle selects its place (kept in the URL, so views can be shared)."""
    drawing = (st.session_state.get("map") or {}).get("last_active_drawing") or {}
    place_id = (drawing.get("properties") or {}).get("place_id")
    if place_id:
        st.query_params["place"] = place_id


selected = params.get("place")
if selected not in set(summary["place_id"]):
    selected = None
map_column, panel = st.columns([3, 2], gap="medium")
with map_column:
    layer = feature_collection(summary)
    for feature in layer["features"]:
        feature["properties"]["selected"] = feature["properties"]["place_id"] == selected
    st_folium(
        base_map(bounds_of(events["lat"], events["lon"]), tile_url()),
        feature_group_to_add=place_layer(layer), key="map", height=560,
        use_container_width=True, returned_objects=["last_active_drawing"],
        on_change=select_clicked_place,
    )
    if params.get("from") != start or params.get("to") != end:
        params["from"], params["to"] = start, end

with panel:
    if selected is None:
        st.subheader("Click a circle")
        st.write("The articles that mention that place in the chosen window appear here. "
                 "Circle size grows with the number of articles.")
        top = summary.head(12)[["place", "articles", "kind"]]
        st.dataframe(top, hide_index=True, width="stretch")
    else:
        row = summary[summary["place_id"] == selected].iloc[0]
        st.subheader(row["place"])
        st.caption(f"{row['kind']} · {row['lat']:.3f}, {row['lon']:.3f} · "
                   f"{row['articles']} article(s) in this window")
        nearby = neighbours(window, selected)
        if nearby:
            st.caption("Also mentioned with it: " + escape_markdown(", ".join(nearby)))
        for snippet in place_snippets(store, selected, window):
            with st.container(border=True):
                st.markdown(f"**{escape_markdown(snippet.title)}**")
                when = pretty_date(snippet.event_date)
                if snippet.event_date_end and snippet.event_date_end != snippet.event_date:
                    when += f" – {pretty_date(snippet.event_date_end)}"
                st.caption(
                    f"Event: {when} ({PRECISION_LABELS.get(snippet.precision, '')}) · "
                    f"published {pretty_date(snippet.published)} "
                    f"({METHOD_LABELS.get(snippet.published_method, '')})")
                for sentence in snippet.sentences_markdown:
                    st.markdown(sentence)
                with st.expander("Read the whole article"):
                    st.text(snippet.text)
