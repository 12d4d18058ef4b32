"""Articles: each article's title, publication date and how it was found, its places (each
one correctable, dated or not), and the cleaned text with every recognised place name
highlighted."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from app_common import (
    ARTICLES_SHOWN,
    FILTERS_NOT_HERE,
    added_place_form,
    article_correction,
    article_labels,
    articles_found,
    data_version,
    date_correction,
    described_places,
    follow_article_link,
    found_caption,
    get_store,
    keeps_lost_store,
    load_articles,
    load_places,
    lost_correction_note,
    map_links,
    no_date_count,
    not_saved,
    off_timeline,
    published_line,
    refresh,
    store_reachable,
    table_room,
    unfinished_ingest_note,
    write_article_link,
)
from placeline.config import store_command
from placeline.errors import PlacelineError
from placeline.names import name_key
from placeline.present import (
    METHOD_COLUMN_PX,
    METHOD_LABELS,
    METHOD_SHORT,
    clipped,
    counted,
    escape_markdown,
    highlighted,
    kind_label,
    linked_text,
)
from placeline.store import Store

# The story's web address is shown whole up to this length (four lines of the page's
# column): Streamlit wraps it, so no length breaks the layout (measured in Chromium at 1400
# and 390 pixels), but a 1,206-character tracking address took 12 lines (29 on a phone).
# Cut at 90, as it had been, the Guardian's 136 lost their story's words, and a copy of the
# text was no address.
ORIGINAL_SHOWN = 300


def articles_shown(store: Store, articles: pd.DataFrame, show: str | None
                   ) -> tuple[pd.DataFrame, str]:
    """The articles "Show" keeps, and what they are in the words the map's note counts them
    in ("" for all): the map's "201 articles name places with no date … and 198 more" had
    no list of them, the 201 being last of 2,028 here (audit 20). By publication date too
    the note counts the articles naming places, which its link lists: "No publication date"
    had listed and counted those that name none as well (5 where the note said 3), which
    no date puts on a map (`undated_placeless` says how many those are)."""
    if show not in ("off-map", "undated"):
        return articles, ""
    found = off_timeline(store, "event" if show == "off-map" else "published")
    kept = articles[articles["id"].isin(found["article_id"])]
    return kept, no_date_count(found[found["article_id"].isin(kept["id"])])


def undated_placeless(store: Store, articles: pd.DataFrame, more: bool = True) -> str:
    """ "2 more articles with no publication date name no place: *All* lists them.", the
    undated articles "No publication date" leaves out ("" for none)."""
    named = off_timeline(store, "published")["article_id"]
    number = int((articles["published"].isna() & ~articles["id"].isin(named)).sum())
    if not number:
        return ""
    one = number == 1
    return (f"{counted(number, 'more article' if more else 'article')} with no publication "
            f"date {'names' if one else 'name'} no place: *All* lists "
            f"{'it' if one else 'them'}.")


def none_shown(store: Store, articles: pd.DataFrame, show: str) -> str:
    """What the page says where "Show" keeps no article."""
    if show == "off-map":
        return ("Every article's places are on the map: no article names places with no "
                "date.")
    placeless = undated_placeless(store, articles, more=False)
    return "Every article naming places has a publication date. " + placeless if placeless \
        else "Every article has a publication date."


def original_link(url: str | None) -> str:
    """"Original: https://news.example/…" linked to the story's web address, when it has
    one; an address cut short says itself whole on hover, as the link holds it."""
    address = (url or "").strip()
    shown = clipped(address, ORIGINAL_SHOWN)
    link = linked_text(shown, url, title=address if shown != address else "")
    return f"  \n**Original:** {link}" if link.startswith("[") else ""


st.set_page_config(page_title="placeline — articles", page_icon="📰", layout="wide")
store = get_store()
with store_reachable():  # (a store lost as the page runs: told as a reload tells it)
    version = data_version(store)
    articles = load_articles(store, version)

    st.title("Articles")
    unfinished_ingest_note(store)
    lost_correction_note(store)  # (a Save in a form whose article another tab deleted)
    if articles.empty:
        st.info(f"No articles yet. Run `{store_command('ingest PATH', store.location)}` and reload "
                "this page.")
        st.stop()

    # Newest first, undated last: hundreds of undated articles (a feed without dates) once
    # pushed the latest news to the bottom of the list.
    articles = articles.sort_values(["published", "id"], ascending=[False, True],
                                    na_position="last", ignore_index=True)
    st.caption(f"{counted(len(articles), 'article')} · "
               f"{counted(int(articles['mentions'].sum()), 'place name')} found in their text "
               f"(every repeat counted) · {counted(len(load_places(store, version)), 'place')}")
    find_column, show_column = st.columns([5, 4], vertical_alignment="bottom")  # (Show whole
    # at 1280 px, audit 27)
    query = find_column.text_input("Find articles", key="article_query",
                                   placeholder="words in the title or text (all of them), or a "
                                               "“phrase”")
    show = show_column.segmented_control(
        "Show", list(ARTICLES_SHOWN), default="all", format_func=ARTICLES_SHOWN.get, key="show",
        bind="query-params", help="“Places on no map”: the articles the map's note counts, "
                                  "naming places no date of theirs puts on the map; “No "
                                  "publication date”: those the note counts when the map is "
                                  "dated by publication date, naming places without one")
    every_article = articles
    articles, shown_as = articles_shown(store, articles, show)
    if shown_as and articles.empty:
        st.info(none_shown(store, every_article, show))
        st.stop()
    if query.strip():  # (hundreds of articles are too many to scroll for one)
        held = f"“{escape_markdown(query.strip())}”"
        text_holds, placed_at = articles_found(store, query)  # (accents aside, by place too)
        placed_at = placed_at & frozenset(articles["id"])
        articles = articles[articles["id"].isin(text_holds | placed_at)]
        if articles.empty:
            st.info(f"No article's title or text holds {held}, and none names a place of that name."
                    + (f" Shown: {shown_as}; *All* searches every article." if shown_as else ""))
            st.stop()
        found = found_caption(len(articles) - len(placed_at), len(placed_at), held,
                              of_them=bool(shown_as))
        shown_as = f"{shown_as}; {found}" if shown_as else found
    if shown_as:
        st.caption(shown_as)
    if show == "undated" and (placeless := undated_placeless(store, every_article)):
        st.caption(placeless)
    st.caption(FILTERS_NOT_HERE)  # (the map's note counts what its filters keep)
    # The date and the title first, the long "how the date was found" last: on a phone that
    # column pushed the titles off the screen. Dates are dates: sorting is chronological.
    overview = pd.DataFrame({
        "published": pd.to_datetime(articles["published"], errors="coerce", format="ISO8601"),
        "title": articles["title"],
        "places": articles["places"], "mentions": articles["mentions"],
        "story": articles["story_id"],
        "how the date was found": articles["published_method"].map(METHOD_SHORT),
    })
    table_room()
    st.dataframe(overview, hide_index=True, width="stretch", placeholder="—", column_config={
        "published": st.column_config.DateColumn(
            format="D MMM YYYY", help="Newest first, undated articles (—) last; a date read "
                                      "from a time in UTC is UTC's, as an article's Published "
                                      "line says"),
        "title": st.column_config.TextColumn(width="large"),
        "places": st.column_config.NumberColumn(
            width="small", help="Different places the article names"),
        "mentions": st.column_config.NumberColumn(
            width="small", help="Place names found in its text, every repeat counted"),
        "story": st.column_config.NumberColumn(width="small"),
        "how the date was found": st.column_config.TextColumn(
            width=METHOD_COLUMN_PX, help="; ".join(f"*{METHOD_SHORT[k]}*: {METHOD_LABELS[k]}"
                                                   for k in METHOD_SHORT)),
    })

    labels = article_labels(articles)  # (by id: two of one title and date told apart)


    def shown_index(options: list[int]) -> int:
        """The box's default: the article it holds (a link's, one chosen, the one after a
        Delete), else the first. The browser takes the default for the box's value at its next
        message once the page has set its value: Delete right after opening `?article=5` had
        sent the first article's id, so "Nothing was deleted" and the page jumped to the first
        article (UI 56, item 4)."""
        held = st.session_state.get("article")
        return options.index(held) if held in options else 0


    follow_article_link(labels, store=store)  # ?article=ID opens it: the page can be shared as it is
    chosen = st.selectbox("Open an article", options=list(labels), format_func=labels.get,
                          key="article", index=shown_index(list(labels)))
    write_article_link(chosen)
    article = store.article(chosen)
    mentions = store.mentions(chosen)
    metadata = json.loads(article["metadata"] or "{}")

    st.header(escape_markdown(article["title"]), anchor=False)  # headers render Markdown
    st.markdown(
        f"**Published:** {published_line(article, mentions)} — "
        f"{METHOD_LABELS.get(article['published_method'], article['published_method'])} "
        f"(confidence {article['published_confidence']:.0%})  \n"
        f"**Evidence:** {escape_markdown(article['published_evidence'] or '—')}  \n"
        f"**Source:** {escape_markdown(article['source'])}"
        + original_link(article["url"]))
    date_correction(store, article)


    PLACE_COLUMNS = {
        "place": st.column_config.TextColumn(
            "place found", width=215, help="The name as written → the place it was given, with "
                                           "its region and country"),
        "kind": st.column_config.TextColumn(width=125),
        "confidence": st.column_config.ProgressColumn(min_value=0.0, max_value=1.0, format="%.2f"),
        "map": st.column_config.LinkColumn(display_text="map", help="Open the place on the map"),
        "lat": st.column_config.NumberColumn(format="%.4f"),
        "lon": st.column_config.NumberColumn(format="%.4f"),
    }


    def places_found(store: Store, mentions: list[dict]) -> pd.DataFrame:
        """One row per name and place, where it is read first: "Berlin (Massachusetts, US)" in
        an article about Cambridge, England, is a wrong pin one can see in the narrow column
        (only "Berlin → Berlin" showed, its coordinates scrolled away)."""
        table = pd.DataFrame(mentions)
        table["key"] = table["surface"].map(name_key)  # "TAIPEI" and "Taipei": one row
        resolved = table[table["place_id"].notna()].rename(columns={"name": "place"})
        where = described_places(resolved) if not resolved.empty else {}
        grouped = table.groupby(["key", "place_id"], dropna=False, sort=False).agg(
            surface=("surface", "first"), name=("name", "first"), mentions=("surface", "size"),
            kind=("kind", "first"),
            confidence=("confidence", "mean"), lat=("lat", "first"), lon=("lon", "first"),
            source=("source", "first")).reset_index()
        grouped["place"] = [
            f"{surface} (not placed)" if not isinstance(place_id, str)
            else where[place_id] if name_key(surface) == name_key(name)
            else f"{surface} → {where[place_id]}"
            for surface, place_id, name in zip(grouped["surface"], grouped["place_id"],
                                               grouped["name"], strict=True)]
        grouped["kind"] = grouped["kind"].map(kind_label)
        grouped["map"] = map_links(store, grouped["place_id"])
        grouped["flag"] = grouped["confidence"].map(lambda c: "low confidence" if c < 0.5 else "")
        return grouped.sort_values("place", key=lambda p: p.str.casefold())[
            ["place", "kind", "mentions", "confidence", "map", "flag", "lat", "lon", "source"]]


    def mark_notes(store: Store, mentions: list[dict]) -> dict[tuple[int, int], tuple[str, str | None]]:
        """(start, end) of each placed name → its tooltip (where it was placed) and its link to
        the map."""
        placed = [m for m in mentions if m["place_id"]]
        if not placed:
            return {}
        frame = pd.DataFrame(placed).rename(columns={"name": "place"})
        where = described_places(frame)
        links = dict(zip(frame["place_id"], map_links(store, frame["place_id"]), strict=True))
        return {(m["start_char"], m["end_char"]):
                (f"{m['surface']} → {where[m['place_id']]}, {_kind(m)}: open it on the map",
                 links[m["place_id"]]) for m in placed}


    def _kind(mention: dict) -> str:
        return kind_label(mention["kind"])


    @keeps_lost_store
    def _delete(article_id: int, shown: list[int]) -> None:
        """The article shown when the popover was opened, bound then (its key holds the id): if
        another tab deleted it meanwhile, the selection moves on and nothing else may go with it
        (a review). A Delete whose popover is not open for the article shown deletes nothing:
        the popover had stayed open on the next article after a Delete, and a second click
        deleted that one, which nobody chose (audit 28, item 1)."""
        from placeline.pipeline import Pipeline

        if not st.session_state.get(_confirming(article_id)) \
                or st.session_state.get("article", article_id) != article_id:
            st.session_state[NOT_DELETED] = (
                ("Nothing was deleted: the article shown is not the one the Delete was opened "
                 "for. Open *Delete this article* again to delete the one shown."), None)
            return
        st.session_state[_confirming(article_id)] = False  # the popover closes
        try:
            Pipeline(store).delete([article_id])
        except PlacelineError as error:  # (a full disk, a read-only store: said below)
            refresh()
            gone = store.article(article_id) is None  # (its story's dates were not redone)
            st.session_state[NOT_DELETED] = (
                "The article was deleted, but the articles of its story could not be dated "
                "again." if gone else "The article was not deleted.", error)
            if not gone:
                return
        # The box shows the article the page opens next (the one after it in the list, else
        # the one before): it had gone on showing the deleted article's title.
        others = [other for other in shown if other != article_id]
        place = shown.index(article_id) if article_id in shown else 0
        if others:
            st.session_state["article"] = others[min(place, len(others) - 1)]
        else:
            st.session_state.pop("article", None)


    def deleting_what(article: dict) -> str:
        """The popover's first line: the article it deletes, by title, source and id. It had
        said only "The article …", under a heading two versions of one story share (audit 35,
        item 1)."""
        return (f"Deletes **“{escape_markdown(article['title'])}”** "
                f"({escape_markdown(article['source'])}, article {article['id']}).")


    def _confirming(article_id: int) -> str:
        """The Delete popover's key, one per article: another article's popover is a new one,
        closed, and its open state says which article the confirmation is for."""
        return f"delete_for_{article_id}"


    NOT_DELETED = "_not_deleted"  # the store's refusal of a Delete, shown under its button
    with st.popover("Delete this article", icon=":material/delete:", key=_confirming(chosen),
                    on_change="rerun"):
        st.write(deleting_what(article))
        st.write("The article, its places on the map and its events go; articles dated only by "
                 "its story are dated again. An ingest of its file does not store the same text "
                 "again; *Restore* on the Places page brings it back.")
        st.button("Delete", type="primary", key="delete", on_click=_delete,
                  args=(chosen, list(labels)))
    if NOT_DELETED in st.session_state:
        what, error = st.session_state.pop(NOT_DELETED)
        if error is None:
            st.warning(what, icon=":material/block:")
        else:
            not_saved(what, error)

    # The places' table two fifths of the width, its place 215 px and kind 125 ("county /
    # district" whole): at a third, 1400 px wide, "place found" filled the table and its kind
    # showed as "k" (audit 35, item 12); the text keeps about 75 characters a line.
    places_column, text_column = st.columns([2, 3], gap="large")
    with places_column:
        st.subheader("Places found")
        if not mentions:
            st.write("No place names were recognised in this article.")
        else:
            st.dataframe(places_found(store, mentions), hide_index=True, width="stretch",
                         placeholder="—", column_config=PLACE_COLUMNS)
        article_correction(store, chosen, mentions)  # undated articles' places too
        added_place_form(store, article, mentions)
        removed = metadata.get("removed") or []
        with st.expander(f"Removed while cleaning ({len(removed):,})"):
            for reason, text in removed:
                st.markdown(f"**{escape_markdown(reason)}:** {escape_markdown(text)}")

    with text_column:
        st.subheader("Cleaned text")
        st.caption("Hover over a highlighted name to see where it was placed, click it to open "
                   "that place on the map. A place only undated articles name is on no map: its "
                   "name is only highlighted.")
        marks = [(m["start_char"], m["end_char"]) for m in mentions if m["place_id"]]
        st.markdown(highlighted(article["text"], 0, len(article["text"]), marks,
                                notes=mark_notes(store, mentions)))
