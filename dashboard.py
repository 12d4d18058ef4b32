"""placeline — the map. Scrub or play the dates, filter, click a place, read the articles.

Run with `streamlit run dashboard.py`. The logic lives in the placeline package (eventindex.py
for filters, windows and counts, view.py for playback, layers.py / mapview.py for the map);
this script wires widgets to it.
Every control is bound to the URL, so a view can be shared and reloaded as it is.
"""

from __future__ import annotations

import numpy as np
import streamlit as st
from streamlit_folium import st_folium

import app_common as app
from placeline import view
from placeline.layers import feature_collection
from placeline.mapview import (
    CLUSTER_THRESHOLD,
    base_map,
    bounds_of,
    fit_cut,
    framed,
    place_layer,
)
from placeline.present import (
    counted,
    escape_markdown,
    kind_label,
    linked_text,
    markdown_table,
)
from placeline.snippets import card_note, neighbours, place_snippets, version_notes
from placeline.timeline_bars import timeline_html

st.set_page_config(page_title="placeline — news on a map", page_icon="🗺️", layout="wide")
QP = "query-params"
NEIGHBOURS_SHOWN = 8  # "also mentioned here": the most shared first, then "and N more"
store = app.get_store()
with app.store_reachable():  # (the map's fragment is guarded too: app.fragment)
    version = app.data_version(store)
    index = app.load_index(store, version, "event")
    places = index.places
    st.title("placeline")
    app.unfinished_ingest_note(store)
    if len(index) == 0:
        stored = app.load_articles(store, version)
        st.info(app.empty_map_note(int((stored["places"] > 0).sum()),
                                   int((stored["places"] == 0).sum())))
        if not stored.empty:  # articles are stored: say where they are, not only "add articles"
            st.page_link("pages/1_Articles.py", label="Go to the Articles page",
                         icon=":material/article:")
        st.page_link("pages/3_Ingest.py", label="Go to the Ingest page",
                     icon=":material/upload_file:")  # (Streamlit's own icon font: no emoji font needed)
        st.stop()

    # -- filters (sidebar) -------------------------------------------------------------------
    with st.sidebar:
        st.header("Filters")
        keyword = st.text_input("Keyword in the article", key="q", bind=QP,
                                placeholder="e.g. ceasefire")
        app.follow_kind_link()  # (links made before name kinds by code)
        kinds = st.multiselect("Kind of place", sorted(places["kind"].unique(), key=kind_label),
                               format_func=kind_label, key="kind", bind=QP)
        sources = st.multiselect("Source", sorted(index.articles["source"].unique()),
                                 key="source", bind=QP)
        app.follow_places_link(index)  # (ids in the URL, as for the Place box)
        place_names = app.popular_places(index, st.session_state.get("places") or [])
        chosen_places = st.multiselect("Only these places", sorted(place_names, key=place_names.get),
                                       format_func=place_names.get, key="places",
                                       on_change=app.clear_places_note,
                                       help="The most mentioned places are listed.")
        app.write_places_link(chosen_places)
        min_confidence = st.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="minconf",
                                   bind=QP, help="How sure placeline is of each place's resolution")
        st.header("Map")
        grouping = st.segmented_control(
            "Group nearby places", ["auto", "on", "off"], default="auto", key="group", bind=QP,
            help=f"Auto groups circles into clusters above {CLUSTER_THRESHOLD} places.")
        basemap = st.segmented_control("Base map", ["offline", "online"], default="offline",
                                       key="basemap", bind=QP,
                                       help="Online tiles need internet; the offline outlines "
                                            "always work.")
        basis = st.segmented_control("Date by", list(view.BASES), default="event",
                                     format_func=view.BASES.get, key="basis", bind=QP,
                                     help="The date each sentence reports on, or the day its "
                                          "article was published.") or "event"

    filters = {"kinds": kinds, "sources": sources, "place_ids": chosen_places,
               "articles": app.articles_matching(store, keyword) if keyword else None,
               "min_confidence": min_confidence}


st.session_state["_timer"] = app.play_interval()


@app.fragment(run_every=st.session_state["_timer"])
def time_map_and_panel() -> None:
    """Everything that changes with time; reruns alone while playing (the map stays)."""
    if app.play_interval() != st.session_state["_timer"]:
        st.rerun(scope="app")  # ▶/⏸ was pressed: start or stop the fragment's timer
    app.lost_correction_note(store)  # (a Save in a form whose article was deleted since)
    controls = st.columns([3, 2, 1.1, 1.3], vertical_alignment="bottom")  # ("Date by" is in
    # the sidebar: five controls cut the options' labels at 1280 px, audit 27)
    app.follow_mode_link()  # ("Last N days" links: the mode counts months too)
    mode = controls[0].segmented_control("Window", list(view.MODES), default="range",
                                         format_func=view.MODES.get, key="mode", bind=QP)
    dated = app.load_index(store, version, basis)
    filtered = dated.filtered(**filters)
    held = app.still_stored(store, dated, version, basis)  # (a delete elsewhere: audit 30)
    shown = filtered if held is None else filtered & held
    days = dated.days(shown)
    no_date = app.off_timeline_note(
        app.off_timeline(store, basis, dated, **filters), dated.articles["title"],
        basis, app.off_timeline(store, basis)["article_id"].nunique())
    if not days:
        st.warning(app.no_events_note(dated, filtered, held) + (f" {no_date}" if no_date else ""))
        return
    every = app.timeline_days(store, version, basis)  # (before the filters)
    stops = app.slider_days(days, every)  # (the window's own days too: kept as it was set)
    app.sanitize_window(days, stops)
    app.follow_slider_ends(days, every)  # (after a Restore or an ingest: UI 56)
    app.follow_date_link(days, mode, stops)
    controls[1].date_input("Go to date", value=None, key="goto", on_change=app.go_to_date,
                           args=(days, mode), min_value=app.as_date(days[0]),
                           max_value=app.as_date(days[-1]), format="YYYY-MM-DD")
    app.enter_applies_date()
    app.play_controls(controls[2], controls[3], days, mode)

    span = None  # Last N's (count, unit)
    if len(days) == 1:  # a slider with one stop has no track: say the day instead
        start = end = days[0]
        st.markdown(f"**Dates with events:** only {app.pretty_date(start)}. There is no "
                    "timeline to scrub until articles report on other days.")
    elif mode == "range":
        opening = (app.default_start(dated, shown, days), days[-1])
        stops, opening = app.zoomed_stops(stops, app.window_now(stops, opening), opening)
        start, end = st.select_slider("Dates with events", options=stops, key="window",
                                      value=opening, bind=QP,
                                      on_change=app.clear_date_note,
                                      help="Only days with events are on the slider (and "
                                           "the days of a link's window, as it asks).")
    else:
        stops, (_, last) = app.zoomed_stops(days, (app.until_now(days),) * 2,
                                            (days[-1],) * 2)
        end = st.select_slider("Up to", options=stops, key="until", value=last,
                               bind=QP, on_change=app.clear_date_note)
        span = app.last_n() if mode == "window" else None  # (count, unit)
        start, end = view.window_for(mode, days, days[0], end, *(span or (0, "days")))
    bars = timeline_html(app.per_stop(dated.per_day(shown, start, end),
                                      stops if mode == "range" or len(days) > 1 else days,
                                      start, end))
    if bars:
        st.html(bars)

    window = dated.in_window(shown, start, end)
    summary = dated.summary(window)
    app.live_caption(f"{app.pretty_date(start)} – {app.pretty_date(end)}: "
                     f"{counted(len(summary), 'place')} in "
                     f"{app.articles_counted(dated.article_count(window), dated, window)}")
    app.outside_window(days, int(shown.sum() - window.sum()), start, end, mode, span,
                       dated.partial_spans(shown, start, end))  # (long spans said apart)
    app.caption_slot(no_date)  # (drawn at every run, empty or not: see caption_slot)
    app.caption_slot(app.gone_note(dated, filtered, held))
    notes = st.container()  # (filled once the Place box has read the link)
    map_column, panel = st.columns([3, 2], gap="medium")
    with panel:  # the Place box before the map, so the map draws its choice (a link's too)
        selected, labels = choose_place(dated, summary)
    with notes:
        app.link_notes()
    with map_column:
        draw_map(summary, selected, labels)
        app.export_buttons(store, dated, window, view.export_name(
            start, end, keyword, kinds, sources, chosen_places, min_confidence))
    with panel:
        reading_panel(dated, shown, window, summary, selected, labels, (days, mode))


def draw_map(summary, selected: str | None, labels: dict[str, str]) -> None:
    # Circles are named as the Place box names them: namesakes apart ("Paris (US)").
    # (across the 180th meridian where narrower: the store's, else the opening window's)
    cut = app.map_cut(places["lon"], summary["lon"])
    drawn = framed(summary["lon"], cut)
    layer = feature_collection(summary.assign(
        place=summary["place_id"].map(labels).fillna(summary["place"]), lon=drawn))
    for feature in layer["features"]:
        feature["properties"]["selected"] = feature["properties"]["place_id"] == selected
    cluster = grouping == "on" or (grouping != "off" and len(summary) > CLUSTER_THRESHOLD)
    # (the map writes the reader's moves in the URL; drawn across the meridian where cut)
    fmap = base_map(bounds_of(places["lat"], places["lon"], cut), legend=app.legend(),
                    view=app.map_view(cut, drawn), across=cut is not None,
                    base_path=app.base_path())
    tiles = app.tile_url() if basemap == "online" else None  # (in the layer: no remount)
    # (⤢ may draw a window the map's frame draws the long way round in its own: fit_cut)
    st_folium(fmap, feature_group_to_add=place_layer(layer, cluster=cluster, selected=selected,
                                                     tile_url=tiles,
                                                     fit_cut=fit_cut(summary["lon"], cut),
                                                     base_path=app.base_path()),
              key="map", height=560, use_container_width=True,
              returned_objects=["last_active_drawing"], on_change=app.select_clicked_place)
    if summary.empty:
        st.info("No places in this window: widen it, or press ▶ to play through the dates.")


def choose_place(dated, summary) -> tuple[str | None, dict[str, str]]:
    """The place chosen (in the box, on the map, or by a link) and every place's label; a
    place stays chosen when the window holds none of its events (the panel says so)."""
    app.apply_pending_selection()
    app.follow_place_link(dated)
    names = app.place_choices(summary, st.session_state.get("place"), dated.places)
    app.sanitize_choice("place", names)
    selected = st.selectbox("Place", list(names), format_func=names.get, index=None,
                            key="place", placeholder="Click a circle or pick a place")
    app.write_place_link(selected)  # by its id: see app_common's links
    return selected, names


CARDS_PAGE = 20  # article cards shown at first, and added by each "Show more"


def reading_panel(dated, shown, window, summary, place_id: str | None,
                  labels: dict[str, str], timeline: tuple[list[str], str]) -> None:
    """The chosen place's articles in the window (`shown`: the events the filters keep;
    `timeline`: the slider's days and the window's mode)."""
    found = summary[summary["place_id"] == place_id]
    app.undone_note()  # (an Undo in the panel: its place may have left the map)
    app.panel_news(app.chosen_news(dated, labels, place_id, int(found["articles"].sum())))
    if place_id is None:
        st.write("The articles that mention a place in the chosen window appear here, newest "
                 "first. Circle size and colour grow with the number of articles.")
        top = summary.head(12)  # labelled as in the Place box: namesakes apart
        st.markdown(markdown_table(top.assign(place=top["place_id"].map(labels).fillna(
            top["place"]), kind=top["kind"].map(kind_label))[["place", "articles", "kind"]]))
        return
    if found.empty:
        absent_place(dated, place_id, labels, shown, timeline)
        return
    row = found.iloc[0]
    # Only the rows a reader needs: the window's events of this place (its articles' other
    # places come from the index).
    articles = dated.articles_of(place_id, window)
    listed = (f" ({len(articles):,} stored: near-copies of one count once)"
              if len(articles) > row["articles"] else "")
    app.panel_head(f"{app.place_line(row)} · {counted(int(row['articles']), 'article')} in "
                   "this window" + listed)
    own = app.window_rows(store, dated, window & dated.of_place(place_id))
    # The form first: under the cards it was 31,000 px down for a place in 64 articles.
    app.correction_form(store, place_id, row["place"], own["article_id"])
    nearby = neighbours(dated.named(window & np.isin(dated.article, articles)), place_id)
    if nearby:
        more = f" and {len(nearby) - NEIGHBOURS_SHOWN} more" \
            if len(nearby) > NEIGHBOURS_SHOWN else ""
        st.caption("Also mentioned here: "
                   + escape_markdown(", ".join(nearby[:NEIGHBOURS_SHOWN]) + more))
    cards = cards_shown(place_id)
    groups = app.card_groups(dated, own, window & dated.of_place(place_id))
    leads = {group[0]: group for group in groups[:cards]}  # near-copies: one card
    for snippet in place_snippets(store, place_id, own[own["article_id"].isin(list(leads))]):
        notes = version_notes(dated.articles.loc[leads[snippet.article_id]])
        article_card(dated, snippet, notes, place_id)
        if len(leads[snippet.article_id]) > 1:
            copies_card(dated, place_id, own, leads[snippet.article_id], notes)
    if len(groups) > cards:
        st.caption(f"The newest {cards:,} of {len(groups):,} articles are shown.")
        st.button(f"Show {min(CARDS_PAGE, len(groups) - cards)} more", key="more_cards",
                  on_click=show_more_cards, args=(place_id,))


def cards_shown(place_id: str) -> int:
    """How many cards the panel shows: a page, and a page more for each "Show more" while
    the place stays chosen. Every card of a place in 327 articles had been read, dated and
    sent at each step of the slider (1.5 to 9 s a step, a panel 130,000 px tall — an
    audit)."""
    chosen, shown = st.session_state.get("_cards", (None, CARDS_PAGE))
    return shown if chosen == place_id else CARDS_PAGE


def show_more_cards(place_id: str) -> None:
    st.session_state["_cards"] = (place_id, cards_shown(place_id) + CARDS_PAGE)


def article_card(dated, snippet, notes: dict[int, str] | None = None,
                 place_id: str | None = None) -> None:
    """One article's card; `notes`: "newer version of article 1", by article (a correction
    notice says so as well); `place_id`: the place it is shown for, whose "Why here?" it
    offers."""
    with st.container(border=True):
        st.markdown(linked_text(snippet.title, dated.articles.at[snippet.article_id, "url"],
                                strong=True))
        if note := card_note((notes or {}).get(snippet.article_id), snippet.title,
                             snippet.text):  # ("correction notice", "newer version of …")
            st.caption(f"{note} · article {snippet.article_id}")
        st.caption(app.event_line(snippet))
        if snippet.date_flag:
            st.caption(f"⚠ {escape_markdown(snippet.date_flag)}")
        if snippet.sentence_dates:
            st.caption("Its sentences are of several dates: each says its own.")
        for number, sentence in enumerate(snippet.sentences_markdown):
            st.markdown(app.dated_sentence(sentence, snippet.sentence_dates, number))
        # Sent when opened: a closed expander's text went with every rerun (737 kB for a
        # place in 327 articles).
        with st.expander("Read the whole article", key=f"whole_{snippet.article_id}",
                         on_change="rerun") as whole:
            if whole.open:
                st.text(snippet.text)
        if place_id is not None:  # (read again only when opened: see `app.why_here`)
            app.why_here_expander(store, snippet.article_id, place_id,
                                  f"why_{snippet.article_id}")


def copies_card(dated, place_id: str, own, group: list[int], notes: dict[int, str]) -> None:
    """Under a card, the near-copies of its text: who else ran it, and their cards when
    opened (sent only then, as the whole article is)."""
    st.caption(app.copies_line(dated, group[1:]))
    with st.expander("Show the near-copies", key=f"copies_{group[0]}",
                     on_change="rerun") as opened:
        if opened.open:
            for snippet in place_snippets(store, place_id,
                                          own[own["article_id"].isin(group[1:])]):
                article_card(dated, snippet, notes, place_id)


def absent_place(dated, place_id: str, labels: dict[str, str], shown,
                 timeline: tuple[list[str], str]) -> None:
    """The chosen place has no events in this window: where it is, when it has some, and a
    button that moves the window to them. It stays chosen, so its articles come back when
    the window reaches them again."""
    row = dated.places.loc[dated.places["place_id"] == place_id].iloc[0]
    st.caption(f"{app.place_line(row)} · no articles in this window")
    name = escape_markdown(labels.get(place_id, row["place"]))
    span = app.place_span(dated, place_id, shown)
    filters = "" if shown.all() else " with these filters"
    if span is None:
        when = "none of its events passes these filters"
    elif span[0] == span[1]:
        when = f"its events{filters} are on {app.pretty_date(span[0])}"
    else:
        when = (f"its events{filters} run from {app.pretty_date(span[0])} to "
                f"{app.pretty_date(span[1])}")
    st.info(f"**{name}** has no events in this window: {when}. It stays chosen, and its "
            "articles come back here when the window includes them.",
            icon=":material/event_busy:")
    own_days = dated.days(shown & dated.of_place(place_id))  # (on the slider: its stops)
    if own_days:
        st.button("Move the window to its events", key="place_dates",
                  icon=":material/date_range:", on_click=app.show_place_dates,
                  args=(*timeline, (own_days[0], own_days[-1])))


time_map_and_panel()
