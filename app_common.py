"""Streamlit glue shared by the dashboard and its pages: cached loaders, time controls,
exports and the correction form. Everything heavy lives in the placeline package."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import html
import json
import os
import re
import shlex
import string
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import NoReturn
from urllib.parse import urlencode

import numpy as np
import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from placeline import view
from placeline.bootstrap import ensure_ready
from placeline.config import (
    database_target,
    is_default_database,
    is_loopback,
    is_server_url,
    store_command,
)
from placeline.config import tile_url as configured_tile_url
from placeline.errors import PlacelineError, StoreCorruptError, StoreUnavailableError
from placeline.eventindex import EventIndex, days_iso, load_event_index
from placeline.export import store_table, to_csv, to_geojson
from placeline.gazetteer import BUILD_TAKES
from placeline.keywords import names_matching
from placeline.models import SET_BY_HAND, Place, haversine_km
from placeline.names import name_key
from placeline.present import (
    METHOD_LABELS,
    PRECISION_LABELS,
    candidate_label,
    clipped,
    counted,
    day_label,
    escape_markdown,
    kind_label,
    linked_place,
    place_labels,
    place_where,
    precision_label,
    span_label,
    titled_link,
)
from placeline.snippets import Snippet, card_order, copy_groups, copy_name, newest_first
from placeline.store import Store
from placeline.text import listed

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
SPEEDS = {0.5: "0.5 s", 1.0: "1 s", 2.0: "2 s"}


# -- data --------------------------------------------------------------------------------

@st.cache_resource(show_spinner="Preparing placeline: building the offline gazetteer on first "
                                f"start ({BUILD_TAKES}), then loading the bundled articles…")
def _open_store(target: str) -> tuple[Store, bool]:
    """The store `target` names, and whether this start made it (its file did not exist).
    Kept per target: kept once, a server whose PLACELINE_DB had changed (tests, one after
    another) went on with the first store."""
    made = not is_server_url(target) and not os.path.lexists(target)
    return ensure_ready(target, log=lambda message: None), made


# Primary buttons (white text, Streamlit's) on an orange dark enough for 4.5:1 in both
# themes; hovered, darker still. The dark theme's primaryColor (#f16913, for text on its
# dark page) under white text gave 3.10:1 (audit 32; see .streamlit/config.toml). And
# captions less faded: Streamlit draws them at 0.6 opacity, 3.89:1 on the light theme's
# white (the map's window summary, every page's notes); at 0.8, 7.2:1 (dark: 10:1).
PRIMARY_BUTTON, PRIMARY_BUTTON_HOVER = "#c44100", "#a33600"
# And the sidebar's first link, the map's page, which Streamlit names by its file,
# "dashboard", in lower case beside "Articles", "Places", "Ingest" (audit 33): capitalised.
# (Its own title would take st.navigation, and every page link and test naming the file.)
_MAP_LINK = "[data-testid=stSidebarNavItems] li:first-child [data-testid=stSidebarNavLink] p"
_PRIMARY = "button[kind^=primary]:not(:disabled)"
PAGE_STYLE = (
    f"<style>{_PRIMARY}{{background-color:{PRIMARY_BUTTON};border-color:{PRIMARY_BUTTON}}}"
    f"{_PRIMARY}:hover{{background-color:{PRIMARY_BUTTON_HOVER};"
    f"border-color:{PRIMARY_BUTTON_HOVER}}}"
    "[data-testid=stCaptionContainer]{opacity:0.8}"
    # A segmented control narrower than its options wraps them: at 200 % zoom (700 px)
    # the map's "Cumulative" was cut at its column's edge (audit 35, item 12).
    "[data-testid=stButtonGroup] [role=radiogroup]{flex-wrap:wrap}"
    ".st-key-goto_enter{display:none}"  # (a script only: `enter_applies_date`)
    f"{_MAP_LINK}{{text-transform:capitalize}}</style>")


def get_store() -> Store:
    """The store, or a clear page saying how to repair a damaged database, or that its
    server cannot be reached. Every page opens it first: the pages' own style goes with it."""
    st.html(PAGE_STYLE)  # (a style alone: Streamlit adds it to the page and draws nothing)
    target = str(database_target())
    with store_reachable():  # (its notes below read the store too)
        try:
            store, made = _open_store(target)
            if store.read_only and store.writable_again():  # (its disk freed since: anew)
                store.close()
                _open_store.clear(target)
                store, made = _open_store(target)
            empty = empty_named_store(store)  # (its first question: a server's first contact)
        except StoreCorruptError as error:
            damaged_store_page(error)
        except StoreUnavailableError:
            raise  # (told by store_reachable)
        except PlacelineError as error:  # another file (nothing to rebuild), a missing folder
            st.error(f"{error}", icon=":material/error:")
            st.stop()
        restart_note()
        if empty:
            named_store_notice(store.location, made)
        if store.read_only:
            read_only_notice(store)
        older_index_notice(store)
    return store


def restart_command() -> str:
    """The command that starts this dashboard again as it runs now: its store
    (PLACELINE_DB, unless the default), its port and base path where not Streamlit's."""
    target = str(database_target())
    line = "python -m placeline dashboard"
    if not is_default_database(target):
        line = f"PLACELINE_DB={shlex.quote(target)} {line}"
    if (port := st.get_option("server.port")) and int(port) != 8501:
        line += f" --server.port {int(port)}"
    if prefix := base_path().strip("/"):
        line += f" --server.baseUrlPath {shlex.quote(prefix)}"
    return line


def restart_note() -> None:
    """Under the sidebar's links, the command that starts the dashboard again: Streamlit's
    own dialog, once the server has stopped, says "Is Streamlit still running? … restart it
    in your terminal: streamlit run yourscript.py", a text of its browser code that no
    option changes (audit 38, item 9). Said while connected, so it is on the page then.
    Only on this machine's address: a visitor of a served dashboard cannot restart it."""
    if not is_loopback(st.get_option("server.address")):
        return
    st.sidebar.caption(f"If the page loses its server (“Is Streamlit still running?”), "
                       f"start it again in a terminal: `{restart_command()}`")


# -- the store lost while a page is open ----------------------------------------------------

LOST = "_store_lost"  # a callback's StoreUnavailableError, told by the run it starts


@contextmanager
def store_reachable() -> Iterator[None]:
    """Run a page's body or a fragment, telling a store that cannot be reached as a reload
    does (`unreachable`): the page's own sentence, not Streamlit's "This app has encountered
    an error". The one place that catches StoreUnavailableError in the app: every page
    body, every fragment (`fragment`) and every callback (`keeps_lost_store`) runs under it.
    The map's time fragment reruns alone on a slider step, without `get_store`'s check, and
    a server stopped while it was open had been the generic error (audit 38, item 4)."""
    lost = st.session_state.pop(LOST, None)
    if lost is not None:
        unreachable(lost)
    try:
        yield
    except StoreUnavailableError as error:
        unreachable(error)


def fragment(run_every: float | None = None) -> Callable[[Callable[[], None]],
                                                         Callable[[], None]]:
    """`st.fragment` whose runs go through `store_reachable`: a fragment reruns alone, so
    the page's body does not surround it then."""
    def make(body: Callable[[], None]) -> Callable[[], None]:
        @wraps(body)
        def guarded() -> None:
            with store_reachable():
                body()
        return st.fragment(guarded, run_every=run_every)
    return make


def keeps_lost_store(callback: Callable[..., None]) -> Callable[..., None]:
    """A widget's callback whose store cannot be reached: the error is kept, and the run
    the callback starts (its page or its fragment) tells it (`store_reachable`). Raised from
    the callback, before any of the page is drawn, it had been Streamlit's generic error."""
    @wraps(callback)
    def guarded(*args, **kwargs) -> None:
        try:
            callback(*args, **kwargs)
        except StoreUnavailableError as error:
            st.session_state[LOST] = error
    return guarded


def damaged_store_page(error: StoreCorruptError) -> NoReturn:
    """Say that the store is damaged and give the command that rebuilds it (with its --db),
    then end the page. SQLite's own words ("*** in database main *** Page 58:
    btreeInitPage() returns error code 11") go in a folded "Details": pasted into the main
    sentence they buried what to do (audit 33)."""
    if not error.command:  # (a server's store: no command rebuilds it)
        st.error(escape_markdown(error.advice), icon=":material/error:")
    else:
        st.error(escape_markdown(error.advice.replace(f"`{error.command}`", "the command below")),
                 icon=":material/error:")
        st.code(error.command, language="bash")
    with st.expander(f"Details (what {'the server' if not error.command else 'SQLite'} "
                     "reported)"):
        st.code(error.detail, language=None)
    st.stop()


def unreachable(error: StoreUnavailableError, what: str = "") -> NoReturn:
    """Say that the store cannot be reached, and why, and end the page (or the fragment):
    with its PostgreSQL server stopped, every page had been Streamlit's "This app has
    encountered an error", placeline's line in the log only (audit 22). The next run
    connects anew. `what`: what was not done for it ("Not undone."), said first."""
    why = str(error)  # (libpq's "…accepting TCP/IP connections?" ends itself)
    st.error((f"{what} " if what else "")
             + escape_markdown(why + ("" if why.endswith((".", "?")) else ".")),
             icon=":material/error:")
    if is_server_url(database_target()):  # (not a SQLite file another process locks)
        st.info("The store is on a database server this dashboard cannot reach now (stopped, "
                "restarting, or the network between): nothing stored is lost. Reload this "
                "page once the server answers.", icon=":material/cloud_off:")
    st.stop()


def empty_named_store(store: Store) -> bool:
    """Whether the store is one PLACELINE_DB names that holds no article: `get_store` says
    so at the page's top (the Ingest page draws itself again once it holds some)."""
    return not is_default_database(store.location) and store.article_count() == 0


def older_index_notice(store: Store) -> None:
    """Say that an older gazetteer index placed the store's articles (or it does not record
    which), with the command that places them again: a store of an older release opened
    after an upgrade showed its old pins beside the new articles' with no word (an audit)."""
    from placeline.bootstrap import (
        PLACED_AGAIN,
        PLACED_IN_A_COPY,
        PLACED_IN_THE_COPY,
        copy_commands,
        copy_told,
        older_index_note,
        setup_command,
    )

    note = older_index_note(store)
    if not note:
        return
    if copy_told(store):  # (the read-only note's copy, above: one NEW.db — review 22)
        st.warning(f"{escape_markdown(note)} {PLACED_IN_THE_COPY}.",
                   icon=":material/update:")
        st.code(setup_command("NEW.db"), language="bash")
        return
    if store.read_only:  # (`setup` on it fails: placed again in a copy — a review)
        st.warning(f"{escape_markdown(note)} {PLACED_IN_A_COPY}.",
                   icon=":material/update:")
        st.code(copy_commands(store.location), language="bash")
        return
    st.warning(f"{escape_markdown(note)} This command {PLACED_AGAIN}:",
               icon=":material/update:")
    st.code(setup_command(store.location), language="bash")


def read_only_notice(store: Store) -> None:
    """Say that the store opened read-only, and why (a read-only volume, a full disk): a
    sound archive on one had been an error page, "damaged — run rebuild" (an audit)."""
    st.info(f"This store is read-only: {escape_markdown(store.read_only)}. The map and the "
            "pages read it as it is; corrections, dates set by hand, deleting and ingesting "
            "are refused.", icon=":material/lock:")


def not_saved(what: str, error: PlacelineError) -> None:
    """A change the store refused (a full disk, a read-only store), said where it was asked
    for: a Save on a full disk had shown Streamlit's "This app has encountered an error",
    nothing saying that the correction was not saved, nor why (an audit). A store that
    cannot be reached is told as every page tells it (`unreachable`), and ends the run."""
    if isinstance(error, StoreUnavailableError):
        unreachable(error, what)
    why = str(error)
    why = why[:1].upper() + why[1:] + ("" if why.endswith(".") else ".")
    st.error(f"{what} {escape_markdown(why)}", icon=":material/error:")


def unfinished_ingest_note(store: Store) -> None:
    """A warning on the map and Articles pages while an ingest that stopped before its end
    has not been run again (its rest is not stored): leaving the Ingest page had stopped
    one after 364 of 600 documents, and no page said so (an audit)."""
    from placeline.ingest_runs import stopped_note, unfinished

    found = unfinished(store)
    if not found:
        return
    more = f" ({len(found) - 1} more on the Ingest page.)" if len(found) > 1 else ""
    st.warning(escape_markdown(stopped_note(found[0]) + more), icon=":material/warning:")
    st.page_link("pages/3_Ingest.py", label="Go to the Ingest page",
                 icon=":material/upload_file:")


def named_store_notice(location: str, made: bool) -> None:
    """Say that the store PLACELINE_DB names is empty, and new if this start made it: a
    mistyped name had opened on the demo articles, and nothing said it was not the user's
    store (a review). The demo articles go into the default store only."""
    where = escape_markdown(location)
    add = ("Add articles on the **Ingest** page, or with `python -m placeline ingest PATH "
           f"--db {shlex.quote(location)}`.")  # (a URL's "?options=…" quoted for the shell)
    if made:
        st.warning(f"New, empty store: {where} did not exist, so placeline made it (named by "
                   "PLACELINE_DB). If you meant another store, check that name. The bundled "
                   f"demo articles go only into the default store, data/placeline.db. {add}",
                   icon=":material/new_releases:")
    else:
        st.info(f"The store {where} (named by PLACELINE_DB) holds no articles yet. {add}",
                icon=":material/info:")


def data_version(store: Store) -> tuple:
    """The key of every cached loader: which store (its location, and its own id, as two
    schemas of one server share a location) and its revision, which every change of its
    content moves. Keyed by the revision alone, a second store in the process at the same
    revision was shown the first one's rows."""
    return (store.location, store.store_id, store.last_change())


@st.cache_resource(show_spinner="Indexing events…", max_entries=4)
def load_index(_store: Store, version: tuple, basis: str) -> EventIndex:
    """Numeric columns of every dated event (shared by all sessions, rebuilt on change)."""
    return load_event_index(_store, basis)


def still_stored(store: Store, index: EventIndex, version: tuple,
                 basis: str) -> np.ndarray | None:
    """Mask of `index`'s events whose article the store still holds, None when none of them
    was deleted since it was read. The map's time fragment reruns alone on a slider move
    and keeps the index of the page's last whole run: a delete in another tab left the
    deleted article's places drawn (audit 30). Rerunning the whole app there instead lost
    a correction form's fields while an ingest wrote (fix 51, reverted), so the fragment
    keeps its index and drops what is gone: one read of a counter per move, the ids read
    once per delete. Articles stored since appear at the page's next whole run."""
    changed = store.articles_changed()
    if changed == index.articles_changed:
        return None
    return _held(store, version, basis, changed)


@st.cache_resource(show_spinner=False, max_entries=4)
def _held(_store: Store, version: tuple, basis: str, changed: int) -> np.ndarray | None:
    return load_index(_store, version, basis).held(_store.article_ids())


def gone_note(index: EventIndex, filtered: np.ndarray, held: np.ndarray | None) -> str:
    """What the map says when articles it would draw under the sidebar's filters
    (`filtered`) were deleted since it was drawn ("" if none): a delete of an article the
    filters hide had been counted "on this map" above a map that never showed it (review 29)."""
    gone = _gone(index, filtered, held)
    if not gone:
        return ""
    return (f"{counted(gone, 'article')} on this map {'was' if gone == 1 else 'were'} deleted "
            "since the page was loaded (in another tab, or by another program): "
            f"{'its' if gone == 1 else 'their'} places are off the map. Reload the page to "
            "see articles stored since.")


def no_events_note(index: EventIndex, filtered: np.ndarray, held: np.ndarray | None) -> str:
    """Why the map has no events: its articles deleted since it was drawn, or the filters
    (the map had said "Clear some filters" when every article on it was deleted elsewhere,
    no filter set, and never mentioned the delete: review 29)."""
    gone = _gone(index, filtered, held)
    if not gone:
        return "No events match these filters. Clear some filters in the sidebar."
    others = " or clear some filters in the sidebar" if (~filtered & held).any() else ""
    which = "The article on this map was" if gone == 1 else \
        f"The {counted(gone, 'article')} on this map were"
    return (f"{which} deleted since the page was loaded (in another tab, or by another "
            f"program). Reload the page to see what the store holds now{others}.")


def _gone(index: EventIndex, filtered: np.ndarray, held: np.ndarray | None) -> int:
    """How many articles with events in `filtered` the store no longer holds (`held`)."""
    if held is None:
        return 0
    return len(np.unique(index.article[filtered & ~held]))


def live_caption(text: str) -> None:
    """A caption that a screen reader says when it changes (a polite live region,
    role=status): after a step of the date slider it had said only the slider's new value,
    not what the window now holds ("4 May 2024 – 5 Dec 2024: 124 places in 34 articles",
    audit 32). Streamlit keeps the caption's element from run to run and changes its text,
    as a live region needs."""
    st.caption(f'<span role="status" aria-live="polite">{html.escape(text, quote=False)}'
               "</span>", unsafe_allow_html=True)


PANEL_ID = "placeline-panel"  # the reading panel's head, where Enter on a chosen circle goes
_UNSEEN = ("position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
           "white-space:nowrap")


def panel_news(text: str) -> None:
    """What the reading panel now holds, said by a screen reader (a polite live region, out
    of sight: the panel says it too). Enter on a circle had filled the panel in silence,
    168 Tab presses further on (audit 35, item 10). Drawn first in the panel at every run,
    with or without a place, so that Streamlit keeps its element and changes its text, as
    a live region needs."""
    st.markdown(f'<span role="status" aria-live="polite" style="{_UNSEEN}">'
                f"{html.escape(text, quote=False)}</span>", unsafe_allow_html=True)


def panel_head(text: str) -> None:
    """The panel's first line, a place to put the focus on (`PANEL_ID`): Enter on the chosen
    circle takes the keyboard here (`mapview`), where Tab goes on to the panel's form."""
    st.caption(f'<span id="{PANEL_ID}" tabindex="-1">{text}</span>', unsafe_allow_html=True)


def chosen_news(index: EventIndex, labels: dict[str, str], place_id: str | None,
                articles: int) -> str:
    """ "Chivay: 1 article in this window, after the map. Enter on its circle again goes
    there." (`panel_news`); "" with no place chosen."""
    if place_id is None:
        return ""
    named = index.places.loc[index.places["place_id"] == place_id, "place"]
    name = labels.get(place_id) or (named.iloc[0] if len(named) else place_id)
    if not articles:
        return f"{name}: no articles in this window."
    return (f"{name}: {counted(articles, 'article')} in this window, after the map. Enter on "
            "its circle again goes there.")


def caption_slot(text: str) -> None:
    """A caption, in a slot drawn at every run even when `text` is "": a caption added above
    the panel when the store changed elsewhere moved every element under it, and an open
    correction form closed (Streamlit knows an element by its place in the page)."""
    slot = st.empty()
    if text:
        slot.caption(text)


def empty_map_note(undated: int, placeless: int) -> str:
    """Why the map is empty, from what is stored: `undated` articles name places but give
    no date, `placeless` ones name none (a store of dated articles naming no place had said
    "No dated events yet. Add articles")."""
    notes = []
    if undated:
        stored = "1 article is stored, but it gives no date" if undated == 1 else \
            f"{undated:,} articles are stored, but none gives a date"
        notes.append(f"{stored}, so the timeline is empty. The **Articles** page lists "
                     f"{'it' if undated == 1 else 'them'} and corrects "
                     f"{'its' if undated == 1 else 'their'} places, the **Places** page shows "
                     f"{'its' if undated == 1 else 'their'} places; an article gets a date from "
                     "its metadata, its dateline or its lead.")
    if placeless:
        one = placeless == 1
        stored = counted(placeless, "article") if not undated else \
            "Another article" if one else f"{placeless:,} more articles"
        notes.append(f"{stored} {'is' if one else 'are'} stored, but no place names were found "
                     f"in {'it' if one else 'them'}, so {'it is' if one else 'they are'} on no "
                     f"map. The **Articles** page shows {'it' if one else 'them'}.")
    if not notes:
        return ("No dated events yet. Add articles on the **Ingest** page (or with "
                f"`{store_command('ingest PATH', database_target())}`) and they appear here.")
    return "\n\n".join(notes)


@st.cache_data(show_spinner=False, max_entries=4)
def _off_timeline(_store: Store, version: tuple, basis: str) -> pd.DataFrame:
    return _store.off_timeline_places(basis)


def off_timeline(store: Store, basis: str, index: EventIndex | None = None, kinds=(),
                 sources=(), place_ids=(), articles=None,
                 min_confidence: float = 0.0) -> pd.DataFrame:
    """The places articles name that are on no timeline, no date of theirs being known
    (`Store.off_timeline_places`), among those the sidebar's filters keep (its arguments
    are `EventIndex.filtered`'s; `index` knows the articles' sources): "1 article gives no
    date" had stayed under a keyword that article does not hold. One definition for the
    map's note and the Places page."""
    found = _off_timeline(store, data_version(store), basis)
    if kinds:
        found = found[found["kind"].isin(kinds)]
    if place_ids:
        found = found[found["place_id"].isin(place_ids)]
    if min_confidence > 0:
        found = found[found["confidence"].fillna(0.0) >= min_confidence]
    if articles is not None:
        found = found[found["article_id"].isin(list(articles))]
    if sources and index is not None:
        wanted = index.articles.index[index.articles["source"].isin(sources)]
        found = found[found["article_id"].isin(wanted)]
    return found


def no_date_count(found: pd.DataFrame) -> str:
    """ "3 articles name places with no date": the words both pages count them in."""
    number = found["article_id"].nunique()
    return f"{counted(number, 'article')} {'names' if number == 1 else 'name'} places with no date"


# The map's filters are its page's (its sidebar's widgets, bound to its URL), which a link to
# the Articles page does not carry: that page lists every article, and says so. Under a
# keyword the map's note had counted 1 article naming places with no date and the page it
# links 5, with no word why (review 21).
FILTERS_NOT_HERE = ("Every stored article is counted and listed here: the map's filters (its "
                    "sidebar's keyword, kinds, sources, places and confidence) do not apply; "
                    "*Find articles* searches their words.")
NO_DATE_LISTED = 3  # articles named in the map's note ("and N more" after)
NO_DATE_PLACES = 4  # places named for each
# What the Articles page lists (its "Show", in the URL by label: ?show=Places+on+no+map):
# every article, those naming places the map cannot show by event date (the map's note),
# those naming places with no publication date (the note's by publication date; not those
# that name none, which it had counted too, left21). The audit's 201 such
# articles of 2,028 could only be found by scrolling to the end of the list (audit 20).
ARTICLES_SHOWN = {"all": "All", "off-map": "Places on no map", "undated": "No publication date"}


def articles_shown_link(basis: str) -> str:
    """The Articles page listing the articles whose places the map by `basis` leaves off."""
    show = "undated" if basis == "published" else "off-map"
    return "./Articles?" + urlencode({"show": ARTICLES_SHOWN[show]})


def off_timeline_note(found: pd.DataFrame, titles: pd.Series, basis: str = "event",
                      stored: int = 0) -> str:
    """The map's note on the places it cannot show: how many articles, the latest few by
    title (each opening on the Articles page) and their places — an undated article's
    "Floods hit Lagos on Monday" had left Lagos and Ikeja off the map without a word, while
    its "In 2014 … Abuja" was on it — and a link to the Articles page listing them all.
    "" when there are none. `titles`: article id → title; `basis`: the map's dates;
    `stored`: how many such articles there are with no filter, which the Articles page
    lists, as the map's filters are its own (the page says so: `FILTERS_NOT_HERE`)."""
    if found.empty:
        return ""
    ids = sorted(found["article_id"].unique().tolist(), reverse=True)  # the latest first
    shown = [_no_date_article(found[found["article_id"] == a], a, titles.get(a, ""))
             for a in ids[:NO_DATE_LISTED]]
    more = len(ids) - len(shown)
    every = articles_shown_link(basis)
    listed = ", ".join(shown) + (f" and [{more:,} more]({every})" if more else "")
    one = len(ids) == 1
    filtered = stored > len(ids)
    count = (f"{len(ids):,} of the articles these filters keep {'names' if one else 'name'} "
             "places with no date") if filtered else no_date_count(found)
    among = f" among all {stored:,} such articles (the map's filters do not apply there)" \
        if filtered else ""
    return (f"{count}, so those places are not on the map: {listed}. The "
            f"[Articles page]({every}) lists {'it' if one else 'them'}{among} and corrects "
            f"{'its' if one else 'their'} places.")


def _no_date_article(places: pd.DataFrame, article_id: int, title: str) -> str:
    """ "“Floods in Lagos” (Lagos, Ikeja)", the title linked to its article."""
    names = list(dict.fromkeys(places["place"].astype(str)))
    more = len(names) - NO_DATE_PLACES
    named = escape_markdown(", ".join(names[:NO_DATE_PLACES]))
    name = f"“{escape_markdown(clipped(str(title), 70))}”"
    link = titled_link(name, "Open it on the Articles page",
                       "./Articles?" + urlencode({"article": int(article_id)}))
    return f"{link} ({named}{f' and {more:,} more' if more > 0 else ''})"


def articles_counted(number: int, index: EventIndex, mask) -> str:
    """ "2 articles", and how many are stored when near-copies of one text count once
    ("2 articles (3 stored: near-copies of one count once)")."""
    stored = index.article_count(mask, copies=True) if index.has_copies else number
    return counted(number, "article") + (
        f" ({stored:,} stored: near-copies of one count once)" if stored > number else "")


def window_rows(store: Store, index: EventIndex, mask) -> pd.DataFrame:
    """Full rows (titles, snippets…) of the events in `mask`, fetched only when read."""
    return store.events_by_ids(index.event_ids(mask))


@st.cache_data(show_spinner=False, max_entries=4)
def load_articles(_store: Store, version: tuple) -> pd.DataFrame:
    return _store.articles_frame()


@st.cache_data(show_spinner=False, max_entries=4)
def load_places(_store: Store, version: tuple) -> pd.DataFrame:
    return _store.places_frame()


@st.cache_data(show_spinner=False, max_entries=4)
def place_regions(_store: Store, version: tuple) -> dict[str, str]:
    """Place id → its first-level region, for every place the Places page lists (one
    gazetteer read each, once per revision)."""
    return {place_id: region_name(place_id) for place_id in load_places(_store, version)["id"]}


@st.cache_data(show_spinner=False, max_entries=32)
def _matching(_store: Store, keyword: str, version: tuple) -> frozenset[int]:
    return frozenset(_store.articles_matching(keyword))


def articles_matching(store: Store, keyword: str) -> frozenset[int]:
    return _matching(store, keyword.strip(), data_version(store))


@st.cache_data(show_spinner=False, max_entries=4)
def _place_names(_store: Store, version: tuple) -> dict[str, list[str]]:
    """Each place's name and the names the texts wrote for it."""
    names = _store.surfaces_by_place()
    for place_id, name in load_places(_store, version)[["id", "name"]].itertuples(index=False):
        names.setdefault(place_id, []).insert(0, name)
    return names


def places_named(store: Store, query: str) -> set[str]:
    """Places whose name, or a name a text wrote for them, holds `query`, accents and case
    aside: "Segou" finds Ségou, "Côte d'Ivoire" the place named "Ivory Coast" (audit 34,
    item 9)."""
    return names_matching(query, _place_names(store, data_version(store)))


def articles_found(store: Store, query: str) -> tuple[frozenset[int], frozenset[int]]:
    """The Articles page's search: the articles whose title or text holds `query`, and
    those that only name a place it finds (`places_named`) — "Timbuktu" finds the stories
    that wrote "Tombouctou", "Segou" those that wrote "Ségou" (audit 34, item 9)."""
    held = articles_matching(store, query)
    placed = frozenset(store.articles_placed_at(places_named(store, query))) - held
    return held, placed


def found_caption(held: int, placed: int, query: str, of_them: bool = False) -> str:
    """"3 articles hold “Ségou”, 2 more name a place of that name" ("1 article holds", not
    "hold": audit 34, item 9); `of_them`: counted among the articles a choice shows ("1 of
    them holds")."""
    def many(number: int) -> str:
        return f"{number:,} of them" if of_them else counted(number, "article")

    if not placed:
        return f"{many(held)} {'holds' if held == 1 else 'hold'} {query}"
    names = "names" if placed == 1 else "name"
    if not held:
        return f"{many(placed)} {names} a place {query} finds"
    return (f"{many(held)} {'holds' if held == 1 else 'hold'} {query}, {placed:,} more "
            f"{names} a place of that name")


def whole_timeline(store: Store) -> pd.DataFrame:
    """The map's places over all its dates with no filter, as a link opens it: their labels
    and article counts are what the map shows."""
    return _whole_timeline(store, data_version(store))


@st.cache_data(show_spinner=False, max_entries=4)
def _whole_timeline(_store: Store, version: tuple) -> pd.DataFrame:
    index = load_index(_store, version, "event")
    days = index.days(index.everything())
    window = index.in_window(index.everything(), days[0], days[-1]) if days else \
        np.zeros(len(index), dtype=bool)
    summary = index.summary(window)
    summary["label"] = summary["place_id"].map(place_choices(summary, None) if days else {})
    return summary


def map_links(store: Store, place_ids: Iterable[str]) -> list[str | None]:
    """A link to the map opened on each place (see `map_link`); None where the map cannot
    show the place (only undated articles name it)."""
    summary = whole_timeline(store)
    on_the_map = set(summary["place_id"])
    return [map_link(pid) if pid in on_the_map else None for pid in place_ids]


def refresh() -> None:
    """New data is visible at once: the loaders are keyed by the store's revision anyway."""
    st.cache_data.clear()
    load_index.clear()


# -- formatting ---------------------------------------------------------------------------

def as_date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def pretty_date(iso: str | None) -> str:
    return day_label(iso)


def source_tail(source: str, limit: int = 40) -> str:
    """A source's end, where its file's name and folder are ("…/b1/ap_quake.txt"): the
    folders above them say the same for every article of an ingest."""
    return source if len(source) <= limit else "…" + source[-(limit - 1):]


def told_apart(labels: dict[int, str], sources: dict[int, str]) -> dict[int, str]:
    """`labels` by article id, where two read alike each followed by its source and id
    ("… · …/b3/quake.txt · article 6"). Streamlit's boxes and radios send a choice back as
    its label: two articles labelled alike (a wire story's new version under its headline
    in another folder, a copy of it) were one choice, the later, so *Delete this article*
    on the first reran the page onto the second, whose Delete then removed the article
    the user meant to keep (audit 35, item 1). The id makes every label unique."""
    seen = Counter(labels.values())
    return {a: label if seen[label] == 1 else " · ".join(
                [label, *([source_tail(sources[a])] if sources.get(a) else []), f"article {a}"])
            for a, label in labels.items()}


def article_labels(articles: pd.DataFrame) -> dict[int, str]:
    """"12 Mar 2024 — Deadly quake …" by article id, told apart where alike (`told_apart`):
    the Articles page's box."""
    published = articles["published"].tolist()
    days = {value: pretty_date(value) for value in set(published)}  # (one a distinct value:
    # a label each of 34,000 articles had cost 1 s of the Articles page's run, audit 38)
    labels = {int(a): f"{days[value]} — {title}" for a, value, title in
              zip(articles["id"], published, articles["title"], strict=True)}
    return told_apart(labels, dict(zip(articles["id"].astype(int), articles["source"],
                                       strict=True)))


def card_groups(index: EventIndex, own: pd.DataFrame, mask: np.ndarray) -> list[list[int]]:
    """A place's articles in the window (`own`: its events there; `mask`: theirs in the
    index), newest first, gathered into groups of near-copies (`snippets.copy_groups`),
    each led by its newest version (`snippets.newest_first`)."""
    order = card_order(own)["article_id"].astype(int).tolist()
    return newest_first(copy_groups(order, index.copy_map(mask)), index.articles)


def copies_line(index: EventIndex, copies: list[int]) -> str:
    """ "Also run as 7 near-copies: courier_quake.txt, herald_quake.txt, …", what a group's
    card says of the others."""
    rows = index.articles.loc[copies]
    names = list(dict.fromkeys(copy_name(s, u) for s, u in zip(
        rows["article_source"], rows["url"].fillna("").astype(str), strict=True)))
    many = "near-copy" if len(copies) == 1 else "near-copies"
    return (f"Also run as {len(copies):,} {many} of this text: "
            + escape_markdown(", ".join(clipped(n, 40) for n in names[:6])
                              + (f" and {len(names) - 6:,} more" if len(names) > 6 else "")))


def dated_sentence(sentence: str, dates: list[str], number: int) -> str:
    """A card's sentence, after its own date where the card's sentences have several
    (`Snippet.sentence_dates`)."""
    return f"**{dates[number]}** · {sentence}" if number < len(dates) else sentence


def event_line(snippet: Snippet) -> str:
    """A card's dates: the event's, with how it was found, and the article's publication
    date. A sentence with no date of its own stands on the publication date at its place,
    which after a stamp in UTC (only there: `dates.event_date`) may be the day before the
    source's date: a Fort Nelson wildfire stamped 2024-05-15T03:00:00Z, 20:00 on Tuesday
    the 14th in British Columbia, had "Event: 14 May 2024 (publication date: …) ·
    published 15 May 2024", two publication dates a day apart (audit 21). Such a card says
    that the first is the date there, the second the date in UTC."""
    when = pretty_date(snippet.event_date)
    if snippet.event_date_end and snippet.event_date_end != snippet.event_date:
        when += f" – {pretty_date(snippet.event_date_end)}"
    from placeline.dates import PUBLICATION_DATE  # (here: a card is dated by then)

    method = METHOD_LABELS.get(snippet.published_method, "")
    if snippet.precision == "publication" and snippet.published and snippet.event_date \
            and snippet.event_date != snippet.published \
            and snippet.date_evidence.startswith(PUBLICATION_DATE):  # (not another rule's
        # day: an update's, `dates.written_on_why` — dates65)
        there = pd.Timestamp(snippet.event_date).strftime("%A %-d %B")
        return (f"Event: {when} (the publication date there: the sentence gives no date of "
                f"its own, and it was {there} there when the article came out) · "
                f"published {pretty_date(snippet.published)} in UTC ({method})")
    evidence = (f", from “{snippet.date_evidence}”"
                if snippet.date_evidence and snippet.precision != "publication" else "")
    published = (f"published {pretty_date(snippet.published)} ({method})"
                 if snippet.published else "no publication date found")
    label = precision_label(snippet.precision, snippet.date_evidence)
    if label != PRECISION_LABELS.get(snippet.precision, ""):
        label = escape_markdown(label)  # (quoting the text's own words)
    return f"Event: {when} ({label}{escape_markdown(evidence)}) · {published}"


def _month_only(article: dict) -> str | None:
    """"November 2019 (the day is not known)" for an article its folder dates to a month
    only (`dates.date_from_folder`), whose stored date is the month's first day: "1 Nov
    2019" had claimed a day no one knows."""
    from placeline.dates import FOLDER, date_from_folder

    if article["published_method"] == SET_BY_HAND or not article["published"]:
        return None
    try:
        folder = json.loads(article["metadata"] or "{}").get(FOLDER)
    except (TypeError, ValueError):
        return None
    guess = date_from_folder(folder)
    if guess is None or guess.precision != "month" or \
            str(guess.date) != str(article["published"])[:10]:
        return None
    return f"{guess.date:%B %Y} (the day is not known)"


def published_line(article: dict, mentions: list[dict]) -> str:
    """An article's publication date as the Articles page gives it: "in UTC" where it is
    the date of a stamp in UTC (a feed's time, not its writer's clock), with the places its
    stamp still found on the day before, as the map's cards say (`event_line`). The page had
    said "Published: 15 May 2024" of the Fort Nelson story stamped 03:00 UTC, whose cards say
    "published 15 May 2024 in UTC" and stand on the 14th there (a review). Markdown-safe."""
    from placeline.dates import local_date, stamped_in_utc  # (here: see `_stored_stamp`)

    published = article["published"]
    if month := _month_only(article):
        return month
    stamp = None if article["published_method"] == SET_BY_HAND else \
        _stored_stamp(published, article["metadata"])
    if not stamped_in_utc(stamp):
        return pretty_date(published)
    day = stamp.date()
    before: dict[str, dt.date] = {}  # (west of the stamp's midnight: `dates.event_date`)
    for m in mentions:
        there = local_date(stamp, day, m["lat"], m["lon"], m["country"] or "", m["kind"]) \
            if m["place_id"] else None
        if there is not None and there < day:
            before.setdefault(m["name"], there)
    when = f"{pretty_date(published)} in UTC"
    if not before:
        return when
    names = [escape_markdown(name) for name in before]
    named = listed(names, most=PLACES_NAMED)
    there = max(before.values()).strftime("%A %-d %B")
    return (f"{when} (at {stamp:%H:%M} UTC, when it was still {there} at {named}: a sentence "
            "naming them with no date of its own stands on that day, as their cards on the "
            "map say)")


PLACES_NAMED = 3  # places the Published line names where its stamp found the day before


def _stored_stamp(published: str | None, metadata: str | None) -> dt.datetime | None:
    """The stamp an article's publication date was read from, as its events were dated.
    (Dating is imported here, not with this module: its patterns and word lists took a
    third of a second of every dashboard's cold start, and only the Articles page asks.)"""
    from placeline.dates import stored_stamp

    try:
        data = json.loads(metadata or "{}")
    except ValueError:
        return None
    return stored_stamp(published, data) if isinstance(data, dict) else None


LINK_VIEW = "_link_view"  # session key: the view the page's link opened the map on


def link_view() -> tuple[float, float, float] | None:
    """The map's zoom and centre from the link that opened the page (`view=zoom/lat/lon`,
    written by the map as the reader moves it: `mapview.ViewControl`), read once: the map
    is made from it at every run, and a map made anew (a new script) would remount and lose
    the reader's view. The page never writes it, so a pan costs no rerun."""
    from placeline.mapview import parse_view

    if LINK_VIEW not in st.session_state:
        st.session_state[LINK_VIEW] = parse_view(st.query_params.get("view"))
    return st.session_state[LINK_VIEW]


MAP_CUT = "_map_cut"  # the session's map's cut of the 180th meridian (`map_cut`)
FRAMED_VIEW = "_framed_view"  # (cut, the link's view in its frame): `map_view`


def map_cut(store_lons, window_lons) -> float | None:
    """The cut of the 180th meridian the map is drawn with (`mapview.antimeridian_cut`):
    the store's where its places call for one, else the one the first window that calls
    for one does, kept for the session. A world-wide store has no cut, and a window of Fiji,
    Samoa and Tonga in it had opened on the whole world, fitted the long way round. Kept,
    not taken anew at each step of the slider: the map's view does not move with it, and a
    place drawn a world away from the last step's would leave it (the reason the cut had
    been the store's only); a window the map moves to later is drawn in the map's frame."""
    from placeline.mapview import antimeridian_cut

    if (cut := antimeridian_cut(store_lons)) is not None:
        return cut
    if st.session_state.get(MAP_CUT) is None and len(window_lons):
        st.session_state[MAP_CUT] = antimeridian_cut(window_lons)  # (None stays undecided:
        # a first window of London, or of Suva alone, had locked the session out of a cut)
    return st.session_state.get(MAP_CUT)


def map_view(cut: float | None, drawn: list[float]) -> tuple[float, float, float] | None:
    """The link's view in the map's frame (`mapview.view_in_frame`), found once for the
    map's cut and kept: a view that changed with the window's places would make the map
    anew (a remount) at a step of the slider."""
    from placeline.mapview import view_in_frame

    kept = st.session_state.get(FRAMED_VIEW)
    if kept is None or kept[0] != cut:
        kept = st.session_state[FRAMED_VIEW] = (cut, view_in_frame(link_view(), cut, drawn))
    return kept[1]


def legend() -> list[tuple[str, str, float]]:
    from placeline.layers import legend_steps

    return legend_steps()


def tile_url() -> str:
    return configured_tile_url() or os.environ.get("PLACELINE_ONLINE_TILES", OSM_TILES)


def base_path() -> str:
    """The server's `server.baseUrlPath` ("" unless set: a proxy's prefix such as
    "team/placeline"), read at each run as Streamlit was started with it. The map's frame
    fetches Leaflet, the outlines and large layers from the host's root, so their URLs
    carry it (`config.static_url`): under a prefix the map had been blank, its scripts
    404s (audit 38, item 1)."""
    return str(st.get_option("server.baseUrlPath") or "")


# -- time controls ------------------------------------------------------------------------

def play_interval() -> float | None:
    """Seconds between frames while playing; None stops the fragment's timer."""
    if not st.session_state.get("playing"):
        return None
    return float(st.session_state.get("speed") or 1.0)


def sanitize_window(days: list[str], stops: list[str] | None = None) -> None:
    """Drop remembered positions that are not on the current slider (filters changed);
    `stops`: the range slider's, where they are more than `days` (`slider_days`)."""
    window = st.session_state.get("window")
    if window is not None and not all(d in (stops or days) for d in window):
        del st.session_state["window"]
    if st.session_state.get("until") not in (None, *days):
        del st.session_state["until"]


def default_start(dated: EventIndex, shown: np.ndarray, days: list[str]) -> str:
    """The default window's first day (`view.recent_start`), from the publication dates
    of the articles with events on the slider."""
    ids = np.unique(dated.article[shown])
    published = dated.articles["published"].reindex(ids).dropna().astype(str).tolist()
    return view.recent_start(days, published)


SLIDER_SPAN = "_slider_span"  # session key: the first and last day with events (unfiltered)
UNTIL_SPAN = "_until_span"  # session key: "Up to"'s first and last day when last drawn


def follow_slider_ends(days: list[str], every: list[str] | None = None) -> None:
    """Each end of the window that sat at the slider's end follows it when its days grow
    (articles ingested or restored since), and "Up to" at the last day stays at the last
    day; an end the user moved stays as it was. After a Restore the window had kept the
    range it had without the restored article, its events off the map with nothing said
    (UI 56), and a new ingest's had done the same: the window is the widget's remembered
    value, which new days do not move. Each end on its own: a window narrowed only at its
    start ("from 2 Jan to the latest") had kept its old last day when a new one came
    (review 30). The window follows `every` (the days with events before the filters): a
    filter narrows what the window shows and never moves it (audit 34, item 8: an end that
    the keyword's first day matched had followed the first day back when it was cleared)."""
    _follow_window_ends(every or days)
    _follow_until(days)


def _follow_window_ends(days: list[str]) -> None:
    span = st.session_state.get(SLIDER_SPAN)
    st.session_state[SLIDER_SPAN] = (days[0], days[-1])
    window = st.session_state.get("window")
    if span is None or span == (days[0], days[-1]) or window is None:
        return
    start, end = window
    st.session_state["window"] = (days[0] if start == span[0] else start,
                                  days[-1] if end == span[1] else end)


def _follow_until(days: list[str]) -> None:
    span = st.session_state.get(UNTIL_SPAN)
    st.session_state[UNTIL_SPAN] = (days[0], days[-1])
    if span is not None and span != (days[0], days[-1]) \
            and st.session_state.get("until") == span[1]:
        st.session_state["until"] = days[-1]


MAX_PLACE_CHOICES = 2000  # a longer list only slows every rerun; circles reach the rest


def place_choices(summary: pd.DataFrame, selected: str | None,
                  every: pd.DataFrame | None = None) -> dict[str, str]:
    """Place id → name for the Place box: the most mentioned places, plus the selected one,
    found among `every` place (the index's) when the window has none of its events: one
    day's step past Morioka had cleared the box and the link for good (an audit), so
    following a place through time meant picking it again after every quiet day."""
    return _names(summary.head(MAX_PLACE_CHOICES), summary if every is None else every,
                  [selected] if selected else [])


def popular_places(index: EventIndex, chosen: list[str]) -> dict[str, str]:
    """Place id → name of the most mentioned places (and any already chosen)."""
    counts = np.bincount(index.place, minlength=len(index.places))
    top = np.argsort(-counts, kind="stable")[:MAX_PLACE_CHOICES]
    return _names(index.places.iloc[np.sort(top)], index.places, chosen)


def _names(shown: pd.DataFrame, every: pd.DataFrame, kept: list[str]) -> dict[str, str]:
    """Place id → label of `shown`, plus the `kept` ids (chosen earlier) found in `every`;
    namesakes get their country or coordinates (see `place_labels`)."""
    missing = set(kept) - set(shown["place_id"])
    return place_labels(pd.concat([shown, every[every["place_id"].isin(missing)]]),
                        region_name)


def table_room() -> None:
    """Room above a table for its toolbar (eye, download, search, full screen), which sits
    over the element above it: on a phone, where it always shows, it covered the last line
    of the Articles and Places pages' captions (audit 29)."""
    st.space(TABLE_ROOM)


TABLE_ROOM = "small"  # 0.75 rem, and a gap: the toolbar's height


def region_name(place_id: str) -> str:
    """The first-level region of a gazetteer place ("Illinois"), "" for others: namesakes
    in one country are told apart by it before their coordinates."""
    from placeline.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    place = gazetteer.place(place_id)
    if not place:  # (a place typed by coordinates: the store's, with its region's code)
        return _typed_region_name(place_id)
    region = gazetteer.region_name(place)
    # A city that is its own region goes by its name: GeoNames names Kyiv's region (UA.12)
    # "Kiev", the index has no other name for it, and the Places page read "Kyiv" beside
    # "Kiev" (audit 29). A region's name the index gives a capital itself is that capital's
    # (not a town's: "New York" is also New York City's, whose region is the state).
    if region and region != place.name and any(
            candidate.place.id == place.id and candidate.capital
            for candidate in gazetteer.lookup_name(region)):
        return place.name
    return region


def _typed_region_name(place_id: str) -> str:
    """The region of a place the gazetteer lacks, by the code the store keeps for it
    (`Gazetteer.coded_region_name`); "" for none, or where the store cannot be read."""
    from placeline.gazetteer import get_gazetteer

    try:
        place = _open_store(str(database_target()))[0].place(place_id)
    except PlacelineError:
        return ""
    return get_gazetteer().coded_region_name(place) if place is not None else ""


def described_places(places: pd.DataFrame) -> dict[str, str]:
    """Place id → the place with where it lies ("Berlin (Massachusetts, US)"), every place
    of a list and not only namesakes: "Berlin" in an article about Cambridge looked right
    until its coordinates were read. Columns place_id, place, kind, country, lat, lon; two
    places that would still look alike also get their coordinates."""
    rows = list(places.drop_duplicates("place_id").itertuples())
    labels = [place_where(row.place, region_name(row.place_id), _text(row.country),
                          _text(row.kind)) for row in rows]
    shared = Counter(labels)

    def unique(label: str, row) -> str:
        if shared[label] == 1:
            return label
        point = f"{row.lat:.2f}, {row.lon:.2f}"
        return f"{label[:-1]}, {point})" if label.endswith(")") else f"{label} ({point})"

    return {row.place_id: unique(label, row) for label, row in zip(labels, rows, strict=True)}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""  # (a missing value is NaN, and truthy)


def sanitize_choice(key: str, options) -> None:
    if st.session_state.get(key) is not None and st.session_state[key] not in options:
        st.session_state[key] = None


# -- links --------------------------------------------------------------------------------
# The Place box is not bound to the URL by Streamlit: a bound box writes its label there
# ("Paris"), and a label names another place once a namesake comes in ("Paris (US)", and the
# link to Paris, Texas opened Paris, France, on a colleague's store). The URL carries the
# place's id instead, written and read here.

def map_link(place_id: str) -> str:
    """The map's address for a place, relative to any page of the app (and to a server's
    base path): links carry the place's id, which no new article or correction changes."""
    return "./?" + urlencode({"place": place_id})


def follow_place_link(index: EventIndex, key: str = "place") -> None:
    """When the URL names a place it did not name at the last run (a link was opened, or the
    browser went back), select that place in the box `key`, whether or not the window holds
    its events: the reading panel then says when it has some and offers to go there, as
    when the slider leaves a chosen place behind. A link to Morioka opened on a window of
    other days had left the box empty with a warning (a review). A link to a place this
    store lacks, or to a name that fits several, is said (see `link_notes`), never dropped
    in silence nor turned into another place."""
    wanted = st.query_params.get(key)
    if not wanted or wanted == st.session_state.get(f"_url_{key}"):
        return
    st.session_state[f"_url_{key}"] = wanted
    place_id, could_be = linked_place(wanted, index.places, region_name)
    if place_id is None:
        _set_note("place", f"This link names {_unmatched(wanted, could_be, index)}"
                           + (": pick one in the Place box." if could_be else "."))
        return
    st.session_state[key] = place_id
    if place_id == wanted:
        _set_note("place", None)
        return
    # A link made before links carried ids: which place it is now, said.
    label = escape_markdown(place_labels(index.places, region_name)[place_id])
    shown_as = "" if label == escape_markdown(wanted) else f", shown as {label}"
    _set_note("place", f"This link names a place by its name, "
                       f"“{escape_markdown(clipped(wanted, 80))}”, as older links did: the "
                       f"one place here that fits it{shown_as}.", "info", place_id)


def follow_places_link(index: EventIndex, key: str = "places") -> None:
    """The sidebar's "Only these places" from a link's ids (or older links' labels), as
    `follow_place_link` reads the Place box's; what the store lacks is said."""
    wanted = st.query_params.get_all(key)
    if not wanted or wanted == st.session_state.get(f"_url_{key}"):
        return
    st.session_state[f"_url_{key}"] = wanted
    found = {w: linked_place(w, index.places, region_name) for w in wanted}
    kept = list(dict.fromkeys(place_id for place_id, _ in found.values() if place_id))
    st.session_state[key] = kept
    missing = [_unmatched(w, could_be, index) for w, (place_id, could_be) in found.items()
               if place_id is None]
    rest = "the filter keeps the others" if kept else "the filter is off"
    _set_note(key, f"This link's “Only these places” names {'; '.join(missing)}: {rest}."
              if missing else None)


def _unmatched(wanted: str, could_be: list[str], index: EventIndex) -> str:
    """A linked place that is not one place here, said with what it could be."""
    if not could_be:
        return f"{_known_as(wanted)}, which this store does not have"
    labels = place_labels(index.places[index.places["place_id"].isin(could_be)], region_name)
    return (f"“{escape_markdown(clipped(wanted, 80))}”, which could be "
            f"{_listed(labels.values())} here")


def write_places_link(chosen: list[str], key: str = "places") -> None:
    """The URL names the places of the filter by their ids."""
    if st.query_params.get_all(key) != list(chosen):
        if chosen:
            st.query_params[key] = list(chosen)
        else:
            st.query_params.pop(key, None)
    st.session_state[f"_url_{key}"] = list(chosen)


def clear_places_note() -> None:
    _set_note("places", None)


def follow_kind_link(key: str = "kind") -> None:
    """A link's kinds of place in words. Streamlit reads a bound list from the URL by the
    words it shows ("town or city") and drops what it does not know in silence: a link made
    before kinds had words names them by code (`kind=admin1`), so the codes become words
    before the filter is drawn, and the run starts again from them."""
    asked = st.query_params.get_all(key)
    words = [kind_label(kind) for kind in asked]
    if words == asked:
        return
    try:
        st.query_params[key] = words
    except StreamlitAPIException:  # bound already (a later run): the session's value counts
        return
    st.rerun(scope="app")


OLD_MODE_LABELS = {"Last N days": "Last N"}  # (links made before Last N counted months)


def follow_mode_link(key: str = "mode") -> None:
    """A link's Window mode in today's words: the URL holds its label, and "Last N days"
    (the mode before it counted months and years too) would have opened a Range, dropped
    in silence as an unknown label. Rewritten before the control is drawn, as
    `follow_kind_link` does."""
    asked = st.query_params.get(key)
    if asked not in OLD_MODE_LABELS:
        return
    try:
        st.query_params[key] = OLD_MODE_LABELS[asked]
    except StreamlitAPIException:  # bound already (a later run): the session's value counts
        return
    st.rerun(scope="app")


def last_n() -> tuple[int, str]:
    """Last N's count and what it counts (`view.UNITS`), side by side: "6" "months". Each
    unit keeps its own count, in the URL under its name (`days=7`, `months=6`, `years=1`,
    left out at its default), so a link made when it counted days only opens as it did and
    coming back to days finds the count left there. A radio group: one Tab stop, the arrow
    keys choose."""
    count_column, unit_column = st.columns([1, 2], vertical_alignment="bottom")
    unit = unit_column.radio("Counted in", list(view.UNITS), horizontal=True, key="unit",
                             bind="query-params") or "days"
    default, most = view.UNITS[unit]
    length = count_column.number_input(f"{unit.capitalize()} in the window", 1, most, default,
                                       key=unit, bind="query-params")
    return int(length or default), unit


def follow_article_link(articles: Iterable[int], key: str = "article",
                        store: Store | None = None) -> None:
    """The Articles page's article from the URL (`?article=ID`, the id the store gives it),
    when the URL names another than at the last run; one not among `articles` is said
    (where this is called: before the box), and one the user deleted as deleted, with how
    to restore it (`store`'s deletions): a link to a deleted article had said only "this
    store does not have it" (audit 28, item 10)."""
    wanted = st.query_params.get(key)
    if not wanted or wanted == st.session_state.get(f"_url_{key}"):
        return
    st.session_state[f"_url_{key}"] = wanted
    if wanted.isascii() and wanted.isdigit() and int(wanted) in set(articles):  # ("²" is
        # a digit to str.isdigit, not to int: a review)
        st.session_state[key] = int(wanted)
    elif wanted.isascii() and wanted.isdigit() and store is not None and \
            (gone := store.deleted_article(int(wanted))) is not None:
        from placeline.present import local_time

        st.warning(f"Article {wanted} (“{escape_markdown(clipped(gone['title'] or '', 70))}”"
                   f", from {escape_markdown(clipped(gone['source'] or '', 70))}) was deleted "
                   f"{local_time(gone['deleted_at'], st.context.timezone)}. *Restore* under "
                   "*Deleted articles* on the **Places** page brings it back, under this "
                   "id: this link then opens it.", icon=":material/delete:")
        st.page_link("pages/2_Places.py", label="Go to the Places page",
                     icon=":material/restore_from_trash:")
    else:
        st.warning(f"This link opens article “{escape_markdown(clipped(wanted, 40))}”, which "
                   "is not among these articles: this store does not have it, or the search "
                   "above leaves it out.", icon=":material/link_off:")


def write_article_link(article_id: int | None, key: str = "article") -> None:
    """The URL names the open article by its id, so the page can be shared as it is."""
    _write_link(key, None if article_id is None else str(article_id))


def _write_link(key: str, value: str | None) -> None:
    """`?key=value` in the URL (none when `value` is None), remembered as what the URL said
    at this run, so the next run tells a link opened since from the page's own writing."""
    if st.query_params.get(key) != value:
        if value is None:
            st.query_params.pop(key, None)
        else:
            st.query_params[key] = value
    st.session_state[f"_url_{key}"] = value


def _known_as(wanted: str) -> str:
    """A linked place this store lacks, as the gazetteer knows it if it does (a link's id
    alone, "geonames:4717560", says nothing to a reader)."""
    from placeline.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    place = gazetteer.place(wanted) if ":" in wanted else None
    if place is None:
        return f"“{escape_markdown(clipped(wanted, 80))}”"
    return escape_markdown(candidate_label(place, gazetteer.region_name(place)))


def write_place_link(selected: str | None, key: str = "place") -> None:
    """The URL names the selected place by its id (and nothing once the box is cleared)."""
    _write_link(key, selected)
    note = st.session_state.get("_link_notes", {}).get("place")
    if selected is not None and note and note[2] != selected:
        _set_note("place", None)  # another place is chosen: the link's note is old news


def show_place_dates(days: list[str], mode: str, span: tuple[str, str]) -> None:
    """Move the window to a chosen place's events (`span`: its first and last day among
    `days`, the slider's): the range to span them, the last N days to end on its last day
    and reach back to its first (up to the box's 3,650), the cumulative window to end on
    its last day. Playing stops, as after "Go to date"."""
    first, last = span
    set_window(days, mode, first, last)
    if mode == "window":
        unit = st.session_state.get("unit") or "days"
        default, most = view.UNITS[unit]
        st.session_state[unit] = min(max(view.reach(first, last, unit),
                                         int(st.session_state.get(unit) or default)), most)
    st.session_state["playing"] = False


MAX_WINDOW_DAYS = view.UNITS["days"][1]  # the "Days in the window" box's largest value


def place_span(index: EventIndex, place_id: str,
               mask: np.ndarray | None = None) -> tuple[str, str] | None:
    """The first and last day of a place's events among `mask` (whatever the window and
    filters without one); None when it has none there."""
    own = index.of_place(place_id)
    if mask is not None:
        own &= mask
    if not own.any():
        return None
    return tuple(days_iso([index.first[own].min(), index.last[own].max()]))


def place_line(row) -> str:
    """A place with where it lies, its kind and its point, as the reading panel heads it
    ("Cambridge · Massachusetts, United States · town or city · 42.375, -71.106"): the
    panel had said "town or city · 32.875, -95.766" of a pin in Texas meant for Atlanta's
    Emory University, where the Articles page said "Emory (Texas, US)" (an audit).
    `row`: place_id, place, kind, country, lat, lon. Markdown-safe."""
    kind = _text(row["kind"])
    country = "" if kind == "country" else country_name(_text(row["country"]))
    where = ", ".join(part for part in (region_name(row["place_id"]), country) if part)
    named = " · ".join(escape_markdown(str(part)) for part in (row["place"], where,
                                                                kind_label(kind)) if part)
    return f"{named} · {row['lat']:.3f}, {row['lon']:.3f}"


def country_name(code: str) -> str:
    """A country's name from its ISO code ("United States" for "US"); the code itself when
    the gazetteer has no such country, "" for none."""
    if not code:
        return ""
    from placeline.gazetteer import get_gazetteer

    country = get_gazetteer().country(code)
    return country.name if country else code


def timeline_days(store: Store, version: tuple, basis: str) -> list[str]:
    """The days with events before the filters, by either "Date by": the span a window
    the user set is kept within. Switching to publication dates had dropped a window that
    began on an event day before the first publication (audit 34, item 8); on one span for
    both, switching back and forth moves no end either (`follow_slider_ends`)."""
    index = load_index(store, version, basis)
    held = still_stored(store, index, version, basis)
    days = set(index.days(index.everything() if held is None else held))
    for other in (b for b in view.BASES if b != basis):
        day, article = event_days(store, version, other)
        if held is not None:  # (articles deleted since the page was drawn: their days go)
            day = day[np.isin(article, store.article_ids())]
        days.update(days_iso(np.unique(day)))
    return sorted(days)


@st.cache_data(show_spinner=False, max_entries=4)
def event_days(_store: Store, version: tuple, basis: str) -> tuple[np.ndarray, np.ndarray]:
    """Day numbers and article ids of the dated events by `basis` (`Store.event_days`, each
    pair once): the other "Date by"'s days, read without building its index, which the
    first load had built for them alone (3.9 s of a 30,000-article store's cold start,
    audit 38, item 12)."""
    pairs = np.asarray(_store.event_days(basis), dtype="int64").reshape(-1, 2)
    return pairs[:, 0], pairs[:, 1]


def slider_days(days: list[str], every: list[str] | None = None) -> list[str]:
    """The range slider's stops: the days with events, and the days of the window shown (or
    of a range link opening the page) that lie between the first and the last day with
    events before the filters (`every`) without events of their own (UI 60). A shared
    link's window is then the same view, kept exactly: it had snapped to the nearest days
    with events, outward as often as not ("1 Mar – 30 Jun" became 25 Feb – 1 Jul, showing
    events the link's reader never had). A keyword or another filter keeps the window too:
    an end with no event the filter keeps had reset the window, and clearing the keyword
    had not brought it back (audit 34, item 8). Once the slider is moved, its days are
    event days again and the extra stops go."""
    every = every or days
    window = st.session_state.get("window") or st.query_params.get_all("window")
    extra = {day for day in window if isinstance(day, str) and _an_iso_day(day)
             and every[0] <= day <= every[-1]} - set(days)
    return sorted({*days, *extra}) if extra else days


ZOOM_FROM = 90  # stops on a slider from which it offers to zoom to a sub-period


def zoomed_stops(options: list[str], current: tuple[str, str], opening: tuple[str, str]
                 ) -> tuple[list[str], tuple[str, str]]:
    """The slider's stops (and the bars' days) narrowed to the span the reader zoomed the
    timeline to, and the slider's default (`opening`) within them. With years of events a
    one-month story was a sliver of the slider, its two handles overlapping, and only the
    arrow keys or "Go to date" could scrub it (audit 34, item 11). *Zoom the timeline*
    (off by default, offered from ZOOM_FROM stops) shows a second slider over every stop,
    set at first to the window and as much again on each side, setting the span the first
    covers; both are in the URL ("zoom", "span"). The window's own ends (`current`) stay
    on the slider. The span is written as the place is (`write_span_link`): a widget bound
    to the URL leaves out a value equal to its default, and the span's default depends on
    the window, whose own default depends on the span."""
    if len(options) < ZOOM_FROM or not st.toggle(
            "Zoom the timeline", key="zoom", bind="query-params",
            help="Narrow the slider to a part of the timeline, to scrub a story of "
                 "weeks among years of events."):
        if len(options) >= ZOOM_FROM:  # (turned off: the next zoom starts afresh)
            st.session_state.pop("span", None)
            write_span_link(None)
        return options, opening
    follow_span_link(options)
    first, last = st.select_slider("Timeline span", options=options, key="span",
                                   value=around(options, current),
                                   help="The part of the timeline the slider below covers")
    write_span_link((first, last))
    inside = [day for day in options if first <= day <= last]
    return sorted({*inside, *current}), (min(max(opening[0], first), inside[-1]),
                                         max(min(opening[1], last), inside[0]))


def follow_span_link(options: list[str]) -> None:
    """The span a link asks for (two of the slider's days), or the one remembered if it
    is still on the slider (filters change it)."""
    span = st.session_state.get("span")
    if span is not None and all(day in options for day in span):
        return
    st.session_state.pop("span", None)
    asked = st.query_params.get_all("span")
    if len(asked) == 2 and asked[0] <= asked[1] and all(day in options for day in asked):
        st.session_state["span"] = tuple(asked)


def write_span_link(span: tuple[str, str] | None) -> None:
    if st.query_params.get_all("span") != list(span or []):
        if span:
            st.query_params["span"] = list(span)
        else:
            st.query_params.pop("span", None)


def window_now(stops: list[str], opening: tuple[str, str]) -> tuple[str, str]:
    """The range slider's window as it will be drawn: remembered, a link's, or `opening`."""
    window = st.session_state.get("window") or st.query_params.get_all("window")
    if len(window) == 2 and all(day in stops for day in window):
        return tuple(window)
    return opening


def until_now(days: list[str]) -> str:
    """"Up to" as it will be drawn: remembered, a link's, or the last day."""
    until = st.session_state.get("until") or st.query_params.get("until")
    return until if until in days else days[-1]


def around(options: list[str], current: tuple[str, str]) -> tuple[str, str]:
    """The window and as many stops again on each side (a week of stops at least): the
    story and what came before and after it."""
    at = [bisect.bisect_left(options, day) for day in current]
    at = [min(i, len(options) - 1) for i in at]
    pad = max(at[1] - at[0], 7)
    return options[max(0, at[0] - pad)], options[min(len(options) - 1, at[1] + pad)]


def per_stop(per_day: pd.DataFrame, stops: list[str], start: str, end: str) -> pd.DataFrame:
    """`per_day` (one row per day with events) with a row of no events for each of the
    slider's extra stops (`slider_days`): the timeline draws one slot per slider stop, so
    the thumbs stand over their own days' slots (a link's 1 Dec had stood over November's
    bar, test_audit16_mapui_browser)."""
    per_day = per_day[per_day["day"].isin(stops)]  # (a zoomed slider: its stops only)
    extra = sorted(set(stops) - set(per_day["day"]))
    if not extra:
        return per_day.reset_index(drop=True)
    rows = pd.DataFrame({"day": extra, "events": 0, "spans": 0,
                         "in_window": [start <= day <= end for day in extra]})
    return pd.concat([per_day, rows], ignore_index=True).sort_values(
        "day", ignore_index=True)


def _an_iso_day(text: str) -> bool:
    """A day written as ISO's YYYY-MM-DD (the form links carry)."""
    try:
        return as_date(text).isoformat() == text
    except ValueError:
        return False


def follow_date_link(days: list[str], mode: str, stops: list[str] | None = None) -> None:
    """A link's dates that have no events here (another store's, or from before filters
    that the link does not carry) snap to the nearest days that have, as "Go to date" does,
    and the page says so; a range link's days between the first and the last day with
    events are kept as they are (`slider_days`: `stops`, the slider's). Streamlit seeds the
    slider from the URL on a session's first run and drops unknown days in silence (13 Mar –
    1 Apr became 13–18 Mar, the URL still said 1 April): the snapped days are put in the URL
    before the slider is bound to it, and the run starts again from them."""
    key = "window" if mode == "range" else "until"
    stops = stops or days
    asked = st.query_params.get_all(key)
    # (a link snapped once is not snapped again, should the URL still say it: no loop)
    if not asked or asked in (st.session_state.get(f"_url_{key}"),
                              st.session_state.get(f"_snapped_{key}")):
        return
    st.session_state[f"_url_{key}"] = asked
    if all(day in stops for day in asked):
        return
    try:
        wanted = sorted(as_date(day) for day in asked[:2])
    except ValueError:
        _set_note("dates", f"This link's dates ({escape_markdown(', '.join(asked))}) are no "
                           "dates: the whole timeline is shown.")
        return
    start, end = (day.isoformat() if day.isoformat() in stops else view.nearest_day(days, day)
                  for day in (wanted[0], wanted[-1]))
    _set_note("dates", _snapped_note(days, wanted, start, end, key))
    snapped = [start, end] if key == "window" else [end]
    try:
        st.query_params[key] = snapped
    except StreamlitAPIException:  # bound already (a later run): the session's value counts
        set_window(days, mode, start, end)
        return
    st.session_state[f"_url_{key}"], st.session_state[f"_snapped_{key}"] = snapped, asked
    st.rerun(scope="app")


def _snapped_note(days: list[str], wanted: list[dt.date], start: str, end: str,
                  key: str) -> str:
    """What the page says of a link's dates it moved (`follow_date_link`)."""
    ran = (f"(days with events run from {pretty_date(days[0])} to "
           f"{pretty_date(days[-1])})")
    if key == "window":  # (a day inside the days with events is kept: `slider_days`)
        return (f"This link's dates, {_span_text(*(d.isoformat() for d in wanted))}, are not "
                f"both within the days with events here {ran}: showing "
                f"{_span_text(start, end)}.")
    return (f"This link's date, {pretty_date(wanted[0].isoformat())}, has no events here "
            f"{ran}: showing the nearest day that has events, {_span_text(start, end)}.")


def _span_text(start: str, end: str) -> str:
    return span_label(start, end)


def _listed(labels: Iterable[str], most: int = 6) -> str:
    """"A, B or C" (and "and N more" past `most`), escaped."""
    return listed([escape_markdown(label) for label in sorted(labels)], "or", most)


def _set_note(topic: str, note: str | None, level: str = "warning",
              place: str | None = None) -> None:
    """Keep a note on a link for `topic` ("place", "dates"): shown until the reader chooses
    anew; one about a `place` is shown while that place is the one chosen."""
    notes = st.session_state.setdefault("_link_notes", {})
    if note is None:
        notes.pop(topic, None)
    else:
        notes[topic] = (note, level, place)


def link_notes() -> None:
    """What a link asked for that this store lacks, or how an older link was read."""
    for note, level, _ in st.session_state.get("_link_notes", {}).values():
        if level == "info":
            st.info(note, icon=":material/link:")
        else:
            st.warning(note, icon=":material/link_off:")


def clear_date_note() -> None:
    _set_note("dates", None)


def current_window(days: list[str], mode: str) -> tuple[str, str]:
    if mode == "range":
        return tuple(st.session_state.get("window") or (days[0], days[-1]))
    return days[0], st.session_state.get("until") or days[-1]


# What the note's button does in each mode (`view.MODES`): its label, the mode whose
# window it sets over the days with events, and its help's words.
_SHOW_ALL = {
    "range": ("Show all dates", "range", "The window from {first} to {last}"),
    "window": ("Show all dates", "range", "Switches Window to Range, from {first} to {last}"),
    "cumulative": ("Show up to the last day", "cumulative", "The window up to {last}"),
}


def outside_window(days: list[str], outside: int, start: str, end: str,
                   mode: str = "range", span: tuple[int, str] | None = None,
                   partial: int = 0) -> None:
    """A slot, drawn at every run (elements below keep their place: `caption_slot`),
    saying how many events the window leaves out, in its mode's words, with a button that
    shows them: every date (Range; Last N days switches to Range, whose window can hold
    them all), or up to the last day (Cumulative). Only a range had said so."""
    slot = st.container()
    note = view.outside_note(outside, days, start, end, pretty_date, mode, span, partial)
    if not note:
        return
    label, shown_as, words = _SHOW_ALL.get(mode, _SHOW_ALL["range"])
    text, button = slot.columns([4, 1], vertical_alignment="center")
    text.caption(note)
    button.button(label, key="show_all_dates", on_click=show_all_dates,
                  args=(days, mode, shown_as),
                  help=words.format(first=pretty_date(days[0]), last=pretty_date(days[-1])))


def show_all_dates(days: list[str], mode: str, shown_as: str) -> None:
    """The note's button: the window over every day with events (`shown_as` "range", the
    mode switched to it where it is another) or up to the last (cumulative)."""
    if shown_as != mode:
        st.session_state["mode"] = shown_as
    set_window(days, shown_as, days[0], days[-1])
    st.session_state["playing"] = False


def set_window(days: list[str], mode: str, start: str, end: str) -> None:
    if mode == "range":
        st.session_state["window"] = (start, end)
    else:
        st.session_state["until"] = end


# Enter in "Go to date" takes the typed date: Streamlit's date field takes it only when the
# focus leaves it for somewhere outside its calendar (Enter did nothing; two Tabs applied it:
# audit 37, item 13; a bare blur(), with the calendar open, is ignored), so Enter moves the
# focus to the widget's own box, just outside the field, from which Tab comes back into it.
# Installed once a page (a rerun draws it again), in a container the page's style hides
# (`PAGE_STYLE`).
ENTER_APPLIES_DATE = """<script>
if (!window.placelineEnterAppliesDate) {
  window.placelineEnterAppliesDate = true;
  document.addEventListener("keydown", function (event) {
    var field = event.target && event.target.closest && event.target.closest(".st-key-goto");
    if (event.key === "Enter" && field) {
      event.preventDefault();
      field.setAttribute("tabindex", "-1");
      field.focus({preventScroll: true});
    }
  }, true);
}
</script>"""


# "Show all dates" (and "Show up to the last day") goes with the note it ends, and the focus
# with it, to the page's top: a keyboard's reader had to Tab down to the window again (DESIGN,
# thirty-fifth session's left). Once the button is gone, the focus that fell to the page goes
# to the window's slider, whose new ends the live summary beside it then reads.
FOCUS_AFTER_SHOW_ALL = """<script>
if (!window.placelineFocusAfterShowAll) {
  window.placelineFocusAfterShowAll = true;
  document.addEventListener("click", function (event) {
    if (!(event.target.closest && event.target.closest(".st-key-show_all_dates"))) { return; }
    var tries = 0, timer = setInterval(function () {
      tries += 1;
      if (document.querySelector(".st-key-show_all_dates button") && tries < 100) { return; }
      clearInterval(timer);
      var lost = !document.activeElement || document.activeElement === document.body;
      var thumb = document.querySelector(".st-key-window input[type=range], "
        + ".st-key-until input[type=range], .st-key-window [role=slider], "
        + ".st-key-until [role=slider]");
      if (lost && thumb) { thumb.focus({preventScroll: false}); }
    }, 100);
  }, true);
}
</script>"""


def enter_applies_date() -> None:
    """Make Enter in "Go to date" apply the date typed (`ENTER_APPLIES_DATE`). In the
    sidebar: a hidden block in the page's flow had moved the map down by its gap, and a
    cluster low on a laptop's screen out of the click's reach (audit 21's browser test)."""
    with st.sidebar, st.container(key="goto_enter"):  # (and `FOCUS_AFTER_SHOW_ALL`)
        st.html(ENTER_APPLIES_DATE + FOCUS_AFTER_SHOW_ALL, unsafe_allow_javascript=True)


def go_to_date(days: list[str], mode: str) -> None:
    """Typed dates snap to the nearest days that have events."""
    chosen = st.session_state.get("goto")
    if not chosen:
        return
    if isinstance(chosen, tuple | list):
        if len(chosen) < 2:
            return
        first, last = chosen[0], chosen[1]
    else:
        first = last = chosen
    start, end = view.nearest_day(days, first), view.nearest_day(days, last)
    set_window(days, mode, min(start, end), max(start, end))
    st.session_state["playing"] = False


def _toggle_play(days: list[str], mode: str) -> None:
    playing = not st.session_state.get("playing", False)
    if playing:
        start, end = current_window(days, mode)
        if end == days[-1]:  # at the end: start again from the beginning
            width = days.index(end) - days.index(start) if start in days else 0
            if width >= len(days) - 1:  # the whole range shows nothing new: go day by day
                width = 0
            set_window(days, mode, days[0], days[width])
    st.session_state["playing"] = playing


def play_controls(button_column, speed_column, days: list[str], mode: str) -> None:
    """▶/⏸ and speed; while playing, each fragment run moves the window one day on."""
    speed_column.selectbox("Step every", list(SPEEDS), index=1, format_func=SPEEDS.get, key="speed")
    playing = st.session_state.get("playing", False)
    button_column.button("⏸ Pause" if playing else "▶ Play", key="play", on_click=_toggle_play,
                         args=(days, mode), width="stretch",
                         help="Animate the window through the days that have events.")
    if playing:
        start, end = current_window(days, mode)
        step = view.play_step(days, start, end, mode)
        if step is None:
            st.session_state["playing"] = False
            st.rerun(scope="app")
        set_window(days, mode, *step)


def select_clicked_place() -> None:
    """A click on a circle selects its place (the Place box and the URL follow)."""
    drawing = (st.session_state.get("map") or {}).get("last_active_drawing") or {}
    place_id = (drawing.get("properties") or {}).get("place_id")
    if place_id:
        st.session_state["place"] = place_id


# -- export -------------------------------------------------------------------------------

def view_table(store: Store, index: EventIndex, mask) -> pd.DataFrame:
    """The export's rows of the events in `mask` (as `python -m placeline export`'s)."""
    return store_table(store, window_rows(store, index, mask))


WHOLE_EXPORT_NOTE_FROM = 50_000  # rows from which the note points to `export` as well


def export_rows_note(rows: int, events: int) -> str:
    """What a download of the view will hold, said before it is asked for: the whole view
    of a 20,000-article store took the button a minute with only a spinner (audit 29)."""
    note = f"The file will hold {rows:,} row{'s' if rows != 1 else ''}, one per event"
    if rows < events:
        note += f" (of {events:,} on the timeline)"
    if rows >= WHOLE_EXPORT_NOTE_FROM:
        note += ("; it may take a minute to build. `python -m placeline export` writes "
                 "a whole store to a file without the browser")
    return note + "."


def export_buttons(store: Store, index: EventIndex, mask,
                   name: str = "placeline-events") -> None:
    """The current view (window + filters) as CSV and GeoJSON, built only when clicked;
    `name`: the files' name, without its suffix (`view.export_name`)."""
    def table() -> pd.DataFrame:
        return view_table(store, index, mask)

    empty = not mask.any()
    st.caption(export_rows_note(int(mask.sum()), len(mask)))
    left, right = st.columns(2)
    left.download_button("⬇ CSV of this view", data=lambda: to_csv(table(), excel=True),
                         file_name=f"{name}.csv", mime="text/csv", width="stretch",
                         disabled=empty, on_click="ignore",
                         help="UTF-8 with a byte-order mark, so that Excel reads accents "
                              "right; kinds of place in codes and in words (kind_label)")
    right.download_button("⬇ GeoJSON of this view", data=lambda: to_geojson(table()),
                          file_name=f"{name}.geojson", mime="application/geo+json",
                          width="stretch", disabled=empty, on_click="ignore")


# -- corrections --------------------------------------------------------------------------

# The kinds a place entered by its coordinates may be (the map's "Kind of place" lists them).
KINDS = ("city", "admin1", "admin2", "region", "country", "continent", "water", "landmark")


def correction_form(store: Store, place_id: str, place_name: str, article_ids: Iterable[int],
                    select_key: str = "place", expanded: bool = False) -> None:
    """"This mention of X is wrong → it is Y" in one of `article_ids` (the articles shown) or
    in every article: search the gazetteer or enter coordinates. Every widget is keyed by
    the place and the articles: with one set of keys, a form left half-filled for Geneva
    kept its coordinates when Moscow was picked, Save enabled, and one click moved every
    Moscow. After a save the new place is selected in the box `select_key`."""
    article_ids = sorted({int(a) for a in article_ids})
    key = _form_keys(place_id, article_ids)
    st.session_state.setdefault(FORMS_SHOWN, {})[key("save")] = tuple(article_ids)
    written, heads = _form_reading(store, place_id, tuple(article_ids), data_version(store))
    corrected_here(store, place_id, article_ids)
    # Labels, options and toasts render Markdown: every name from an article is escaped.
    with st.expander(_form_title(place_name, written), expanded=expanded):
        surface = st.selectbox("Name as written", written,
                               key=key("surface"))  # the most written first
        scope = _scope(store, surface, heads, key("scope"), (place_id, place_name))
        how = st.radio("Right place", ["search", "coordinates"], horizontal=True,
                       format_func={"search": "Search the gazetteer",
                                    "coordinates": "Enter coordinates"}.get, key=key("how"))
        current = store.place(place_id)
        countries = _countries_named(store, place_id, tuple(article_ids), data_version(store))
        target = (_searched_place(surface, key, countries) if how == "search"
                  else _typed_place(current, surface, key))
        if target is not None and target.id == place_id:
            st.caption("That is the place it has now: choose another.")
            target = None
        if st.button("Save correction", key=key("save"), type="primary",
                     disabled=not (surface and target and scope is not None)):
            _save_correction(store, surface, target, scope, select_key, place_id)


def _form_title(place_name: str, written: list[str]) -> str:
    """The form's header names the place as the articles wrote it: "Correct “Huntsville”"
    over a pin of "Twickenham" read the wrong way round (audit 28) — the reader is
    correcting the word in the article, and the place it went to is what is wrong."""
    shown = written[0] if written else place_name
    title = f"Wrong place? Correct “{escape_markdown(shown)}”"
    if shown.casefold() != place_name.casefold():
        title += f" (placed at {escape_markdown(place_name)})"
    return title


@st.cache_data(show_spinner=False, max_entries=64)
def _form_reading(_store: Store, place_id: str, article_ids: tuple[int, ...],
                  version: tuple) -> tuple[list[str], dict[int, tuple[str, str | None]]]:
    """What the correction form shows of the articles: the place's names as written, the
    most written first, and each article's title and publication date, read together and
    kept for this revision of the store (an ingest or a correction makes another). Every
    run had read each article whole and all its mentions: ≈ 50 ms for a place in 327
    articles, at every step of the slider (a review)."""
    written = Counter(_store.place_surfaces(place_id, list(article_ids)))
    return [name for name, _ in written.most_common()], _store.article_heads(list(article_ids))


@st.cache_data(show_spinner=False, max_entries=64)
def _countries_named(_store: Store, place_id: str, article_ids: tuple[int, ...],
                     version: tuple) -> dict[str, int]:
    """How many mentions of each country the articles hold, but the place being corrected:
    the search lists the namesakes there first ("Vik" in a story of Iceland's volcanoes
    lists Vík í Mýrdal before Norway's three Viks, which had hidden it — audit 33). One
    query, kept per store revision, place and articles, as `_form_reading`."""
    return _store.mention_countries(list(article_ids), place_id)


def _form_keys(place_id: str, article_ids: list[int]) -> Callable[[str], str]:
    """Widget keys of the correction form for this place in these articles ("fix_lat_…")."""
    digest = hashlib.blake2s(repr((place_id, article_ids)).encode(), digest_size=6).hexdigest()
    return lambda field: f"fix_{field}_{digest}"


SCOPE_RADIO_MAX = 6  # more articles than this are chosen in a searchable list
WHERE_PLACED = -1  # the scope "every article where it was placed at this place"


def _scope(store: Store, surface: str | None, heads: dict[int, tuple[str, str | None]],
           key: str, placed: tuple[str, str] = ("", "")) -> int | None:
    """The article the correction applies in, or 0 for every article (now and at every later
    ingest). One article shown: that one, the narrowest. Several: the reader chooses, since
    "every article" also moves the name where it meant another place (the Springfield in
    Illinois, when the one in Massachusetts was wrong). `heads`: each article's title and
    publication date, by id. The options' labels hold nothing the store changes: the
    browser keeps a choice by its label, and one no longer offered is dropped for the
    default (audit 22: "in every article (the 1 naming “Paris” now …)" became "the 660 …"
    while a cron's ingest ran, the choice fell back to "only in “Paris council meets”" at
    the next step of the form, and Save stored a one-article correction). How many articles
    "every article" changes is said beside it. `placed`: the place being corrected (id,
    name), for the scope between the two, "every article where it was placed at X" (the 48
    wrong pins of "Alexandria" among 292 had been 48 corrections, or moving 240 right ones
    — audit 38, item 3)."""
    article_ids = sorted(heads)
    many = len(article_ids) > SCOPE_RADIO_MAX
    # Radio options render Markdown, a list's options are plain text: escaped for the first.
    plain = (lambda text: text) if many else escape_markdown
    titles = {a: f"only in “{plain(clipped(heads[a][0], 70))}”"
                 + (f" ({pretty_date(heads[a][1])})" if many else "")
              for a in article_ids}
    titles = told_apart(titles, {})  # (two of one headline: "· article 6")
    if placed[0]:
        titles[WHERE_PLACED] = (f"in the articles where it is placed at "
                                f"{plain(clipped(placed[1], 60))} now")
    titles[0] = "in every article, now and later"  # (nor the name as written: it is chosen)
    if many:  # 66 radio buttons, and Save disabled until the right one was found: a search
        widest = [0, WHERE_PLACED] if placed[0] else [0]  # (then the articles, dated)
        scope = st.selectbox("Apply", widest + article_ids,
                             format_func=titles.get, key=key,
                             index=None, placeholder="Type a word of the article's title, "
                                                     "or choose every article")
    else:
        scope = st.radio("Apply", list(titles), format_func=titles.get, key=key,
                         index=0 if len(article_ids) == 1 else None)
    if surface and placed[0]:
        there = _articles_placing(store, surface, placed[0], data_version(store))
        st.caption(f"Where it is placed at {escape_markdown(placed[1])}: the "
                   f"{counted(there, 'article')} that place “{escape_markdown(surface)}” there "
                   "now, each corrected on its own and listed (and undone) as one correction; "
                   "articles that name it elsewhere keep their places, and those stored "
                   "later are read as before.")
    if surface:
        named = _articles_naming(store, surface, data_version(store))
        st.caption(f"Every article: the {named:,} naming “{escape_markdown(surface)}” now, "
                   "whichever place they mean, and those stored later. Not in an article "
                   "whose own words place it elsewhere — “name, region” (a dateline's "
                   "“Delta, British Columbia”), “name in region”, a region of another "
                   "country named in its clause, or a list of towns of one region "
                   "(“Delta, Surrey and Richmond”): there none of its mentions changes, "
                   "its title's neither (one article, one sense of a name). Correct such "
                   "an article on its own with “only in”.")
    if scope is None:
        st.caption("Choose where the correction applies.")
    return scope


@st.cache_data(show_spinner=False, max_entries=64)
def _articles_placing(_store: Store, surface: str, place_id: str, version: tuple) -> int:
    """How many articles place `surface` at `place_id` (kept as `_articles_naming`)."""
    return len(_store.articles_placing(surface, place_id))


@st.cache_data(show_spinner=False, max_entries=64)
def _articles_naming(_store: Store, surface: str, version: tuple) -> int:
    """How many articles a correction "in every article" would change (a scan of every
    mention: once per name and store revision, not at every step of the slider)."""
    return len(_store.articles_with_surface(surface))


def _searched_place(surface: str | None, key: Callable[[str], str],
                    countries: dict[str, int] | None = None) -> Place | None:
    """The gazetteer entry chosen among those the search finds, the namesakes in the
    articles' `countries` first; none until one is."""
    query = st.text_input("Search", value=surface or "", key=key("query"),
                          help="A name, or a name and its region or country: “Springfield, "
                               "Massachusetts”, “Springfield, MA”, “Paris, France”.")
    from placeline.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    found, elsewhere = gazetteer.search_or_elsewhere(query, countries=countries) \
        if query.strip() else ([], False)
    if query.strip() and not found:  # (an empty box had said only "No results")
        _none_found(query.strip())
        return None
    if elsewhere:
        _not_there(query.strip())
    typed = query.partition(",")[0].strip()
    labels = {p.id: candidate_label(p, gazetteer.region_name(p), _as_name(other, typed))
              for p, other in found}
    alike = Counter((p.name, p.kind, p.country, gazetteer.region_name(p)) for p, _ in found)
    labels.update({p.id: candidate_label(p, gazetteer.region_name(p), _as_name(other, typed),
                                         gazetteer.lesser_region_name(p), people=True)
                   for p, other in found
                   if alike[p.name, p.kind, p.country, gazetteer.region_name(p)] > 1})
    options = [p for p, _ in found]
    chosen = st.selectbox("Candidates", list(labels), format_func=labels.get,
                          key=key("choice"), index=None, placeholder="Choose a place")
    return next((p for p in options if p.id == chosen), None)


def _none_found(query: str) -> None:
    """Say that the search found nothing, and what to do: an empty list and a grey Save had
    left the user stuck just where a correction is most needed, a place the gazetteer lacks
    ("Leith", a city's district: audit 25b, item 11)."""
    st.info(f"No place called “{escape_markdown(query)}” in the offline gazetteer: choose "
            "**Enter coordinates** above to place it by hand.")


def _not_there(query: str) -> None:
    """Say that the gazetteer has the name but not in the region typed ("Mahur,
    Maharashtra": its one Mahur is in Assam), so the places listed are namesakes elsewhere
    (audit 36, 1.6)."""
    name, _, region = query.partition(",")
    st.info(f"The offline gazetteer has no “{escape_markdown(name.strip())}” in "
            f"“{escape_markdown(region.strip())}”: the candidates below are places of that "
            "name elsewhere. If none is it, choose **Enter coordinates** above to place it "
            "by hand.")


def _as_name(key: str, typed: str) -> str:
    """A gazetteer lookup key ("cambridge center") as a name: as typed when it is what was
    typed, else each word capitalised ("Cambridge Center"); "" stays ""."""
    if not key:
        return ""
    return typed if name_key(typed) == key else string.capwords(key)


def _typed_place(current: Place | None, surface: str | None,
                 key: Callable[[str], str]) -> Place | None:
    """The place a name and typed coordinates make. Under the place's own name (or the name
    as written) only the pin moves: the place keeps its kind, country and region; a city
    had become a "landmark" of no country, gone from the kind filter and the exports'
    country column. Under a new name it is a new place, of the kind chosen, in the country
    and region of the gazetteer's place of that name at the point, else of the town nearest
    it (`Gazetteer.typed_holder`; a waterfall in Laos had none, audit 31). The
    name is the mention's own words by default: the place's had been ("Huntsville" for a
    "Twickenham" an alias sent to Alabama), and saving London's coordinates made a
    "Huntsville" of no country in London (audit 28, item 2)."""
    name = st.text_input("Name", value=surface or (current.name if current else ""),
                         key=key("name")).strip()
    # Empty until typed: a default (0, 0) was one click from moving a town to the
    # Gulf of Guinea. Save waits for both numbers.
    lat = st.number_input("Latitude", -90.0, 90.0, None, format="%.4f", key=key("lat"),
                          placeholder="decimal degrees, north positive")
    lon = st.number_input("Longitude", -180.0, 180.0, None, format="%.4f", key=key("lon"),
                          placeholder="decimal degrees, east positive")
    kinds = list(dict.fromkeys([current.kind if current else "landmark", *KINDS]))
    kind = st.selectbox("Kind of place", kinds, format_func=kind_label, key=key("kind"))
    same = bool(name) and current is not None and name_key(name) in {
        name_key(current.name), name_key(surface or "")}
    if same and current.country:
        st.caption(f"The same name: it stays in {escape_markdown(current.country)} if the "
                   f"point moves {SAME_PLACE_KM:.0f} km or less (further, it was a namesake "
                   "elsewhere, and it takes the country of the town nearest the point).")
    if lat is None or lon is None:
        st.caption("Type the latitude and the longitude to save.")
        return None
    if not name:
        return None
    from placeline.gazetteer import get_gazetteer

    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    point = Place(id=f"user:{slug}:{lat:.4f},{lon:.4f}", name=name, lat=lat, lon=lon,
                  kind=kind, source="correction")
    if same and haversine_km(current.lat, current.lon, lat, lon) <= SAME_PLACE_KM:
        point = dataclasses.replace(point, country=current.country, admin1=current.admin1,
                                    population=current.population)
    elif (there := get_gazetteer().typed_holder(name, lat, lon)) is not None:
        point = dataclasses.replace(point, country=there.country, admin1=there.admin1)
        st.caption(f"In {escape_markdown(country_name(there.country))}: "
                   f"{_holder_words(there, name, lat, lon)}.")
    return point  # (moved further, the pin was a namesake's: Moscow, Idaho, is no Russian
    # city of ten million — a review; it takes the country of where it now is)


SAME_PLACE_KM = 100.0  # a pin moved this far or less is the same place, nudged


def _holder_words(there: Place, name: str, lat: float, lon: float) -> str:
    """Why a typed place is in the country it is put in, for the form's caption: the
    country of a town some way off may be the neighbour's, near a border."""
    km = haversine_km(there.lat, there.lon, lat, lon)
    if name_key(there.name) == name_key(name):
        return f"the gazetteer's {escape_markdown(there.name)} is {km:.0f} km away"
    return f"the nearest town in the gazetteer is {escape_markdown(there.name)}, {km:.0f} km away"


def _save_correction(store: Store, surface: str, target: Place, scope: int,
                     select_key: str, placed_at: str = "") -> None:
    if scope == WHERE_PLACED:
        _save_where_placed(store, surface, target, placed_at, select_key)
        return
    article = store.article(scope) if scope else None
    if scope and article is None:  # (deleted in another tab since the form was drawn)
        _said_not_saved(store, [scope], surface)
        return
    hint = article["content_hash"] if article else ""
    if _already_there(store, surface, target, hint):
        st.warning(f"“{escape_markdown(surface)}” is already placed at "
                   f"{escape_markdown(target.name)} in "
                   + ("this article" if scope else "every article naming it")
                   + ": the correction would change nothing, so it was not saved. "
                   "Choose another place.")
        return
    try:
        store.add_correction(surface, target, hint)
    except PlacelineError as error:
        not_saved(f"The correction “{escape_markdown(surface)}” → "
                  f"{escape_markdown(target.name)} was not saved.", error)
        return
    affected = store.articles_with_surface(surface, hint)
    from placeline.pipeline import Pipeline  # only on a correction: it is heavy

    try:
        Pipeline(store).reprocess(affected)
    except PlacelineError as error:
        refresh()
        not_saved(f"The correction is saved, but not all of its "
                  f"{counted(len(affected), 'article')} could be placed again (`python -m "
                  "placeline reprocess` does it once the store can be written).", error)
        return
    refresh()
    st.session_state[f"_select_{select_key}"] = target.id
    st.toast(f"Saved: “{escape_markdown(surface)}” → {escape_markdown(target.name)}. "
             f"{counted(len(affected), 'article')} updated.")
    st.rerun(scope="app")


def _save_where_placed(store: Store, surface: str, target: Place, placed_at: str,
                       select_key: str) -> None:
    """Correct `surface` in the articles that place it at `placed_at` now, together."""
    from placeline.correcting import save_where_placed

    try:
        done = save_where_placed(store, surface, target, placed_at)
    except PlacelineError as error:
        refresh()
        not_saved(f"The correction “{escape_markdown(surface)}” → "
                  f"{escape_markdown(target.name)} was not saved.", error)
        return
    refresh()
    if not done.context_hints and not done.context_hint:
        st.warning(f"No article places “{escape_markdown(surface)}” there any more (another "
                   "tab or an ingest moved it): nothing was saved.")
        return
    st.session_state[f"_select_{select_key}"] = target.id
    st.toast(f"Saved: “{escape_markdown(surface)}” → {escape_markdown(target.name)} in "
             f"{counted(max(1, len(done.context_hints)), 'article')}, as one correction. "
             f"{counted(done.articles, 'article')} updated.")
    st.rerun(scope="app")


def _already_there(store: Store, surface: str, target: Place, hint: str) -> bool:
    """Whether every mention of `surface` the correction would cover already has `target`:
    such a "correction" changes nothing, yet was saved and listed as one (Vik → the Vik it
    was at, audit 33). A name no stored article holds is not "there": a correction made
    ahead of the articles is the user's to make."""
    affected = store.articles_with_surface(surface, hint)
    places = {m["place_id"] for a in affected for m in store.mentions(a)
              if name_key(m["surface"]) == name_key(surface)}
    return bool(affected) and places == {target.id}


# -- why here? ----------------------------------------------------------------------------

def why_here_expander(store: Store, article_id: int, place_id: str, key: str) -> None:
    """"Why here?" for a place of an article: worked out only when opened (the geoparser
    reads the article again), so a panel of twenty cards costs nothing until one is asked."""
    with st.expander("Why here?", key=key, on_change="rerun",
                     icon=":material/help:") as opened:
        if opened.open:
            why_here(store, article_id, place_id)


@st.cache_resource(show_spinner=False)
def _geoparser():
    """One geoparser for the "Why here?" readings (offline: no geocoder is asked)."""
    from placeline.geoparse import Geoparser

    return Geoparser()


def why_here(store: Store, article_id: int, place_id: str) -> None:
    """The other readings the resolver weighed for the place's first mention in the article
    and the clue that decided, in words, checked against the stored place (audit 38,
    item 3: the panel showed a place and a confidence, and no evidence)."""
    from placeline.explain import explain
    from placeline.site_country import site_country

    article = store.article(article_id)
    mention = next((m for m in store.mentions(article_id) if m["place_id"] == place_id), None)
    stored = store.place(place_id)
    if article is None or mention is None or stored is None:
        st.caption("The article's text does not name this place (its title or a near-copy "
                   "does): open the article on the Articles page to see its places.")
        return
    with st.spinner("Reading the article again…"):
        why = explain(_geoparser(), article["text"], mention["start_char"],
                      mention["end_char"], stored, article["content_hash"],
                      site_country(article["url"]))
    _why_lines(store, why, article_id, float(mention["confidence"] or 0.0))


def _why_lines(store: Store, why, article_id: int, confidence: float) -> None:
    """"Why here?" in words: what was decided, by which clue, against which readings."""
    from placeline.correcting import corrections_placing

    name = escape_markdown(why.surface)
    if not why.same_as_stored:
        corrected = corrections_placing(store, why.stored.id, {article_id})
        now = f"at {_reading_label(why.now)}" if why.now else "nowhere"
        st.info(f"“{name}” is placed at **{escape_markdown(why.stored.name)}** "
                + ("by your correction. " if corrected else
                   "as stored, but the geoparser read it again now and places it "
                   f"{now}: the gazetteer or its rules changed since it was stored "
                   "(`python -m placeline reprocess` reads every article again). ")
                + (f"On its own the geoparser places it {now}; this is why."
                   if why.now else ""), icon=":material/info:")
        if why.now is None:
            return
    else:
        st.markdown(f"“{name}” → **{_reading_label(why.stored)}**, confidence "
                    f"{confidence:.0%} (as the map's *Minimum confidence* reads it).")
    if why.clues:
        st.markdown("**Decided by:**  \n" + "  \n".join(
            f"· {escape_markdown(clue)}" for clue in why.clues))
    if why.rule:
        st.caption(escape_markdown(why.rule))
    if len(why.readings) > 1:
        st.markdown(f"**The readings weighed** ({len(why.readings)} best, each with its "
                    "share of the weight):  \n" + "  \n".join(
            f"{r.rank}. {'**' if r.chosen else ''}{_reading_label(r.place)}"
            f"{'**' if r.chosen else ''} — {r.share:.0%}"
            + (" · chosen" if r.chosen else "")
            + (" · found by another of its names" if r.by_another_name else "")
            for r in why.readings))
    elif not why.rule:
        st.caption("The gazetteer has no other place of this name.")


def _reading_label(place: Place) -> str:
    """A reading as a reader tells namesakes apart: name, kind, region and country."""
    from placeline.gazetteer import get_gazetteer

    region = get_gazetteer().region_name(place) if place.source != "correction" else ""
    where = ", ".join(part for part in (kind_label(place.kind), region,
                                        country_name(place.country)) if part)
    return f"{escape_markdown(place.name)} ({escape_markdown(where)})"


# -- undo and redo ------------------------------------------------------------------------

UNDONE = "_undone_correction"  # (what the last Undo took back, or the store's refusal)


def correction_scope(row: dict) -> str:
    """Where a correction applies: the article it was made in is named (“one article” did
    not say which). Markdown-safe."""
    if not row["context_hint"]:
        return "every article"
    if row.get("articles", 1) > 1:
        return f"in {row['articles']:,} articles, saved together"
    if row.get("article_title") is None:
        return "one article, no longer stored"
    return f"only in “{escape_markdown(clipped(row['article_title'], 70))}”"


def corrected_here(store: Store, place_id: str, article_ids: Iterable[int]) -> None:
    """The corrections that put this place in the articles shown, each with its Undo and a
    link to them all: the panel had said only "(placed at …)" (audit 36, 1.2)."""
    from placeline.correcting import corrections_placing

    rows = corrections_placing(store, place_id, {int(a) for a in article_ids})
    for row in rows:
        text, undo = st.columns([4, 1], vertical_alignment="center")
        text.caption(f"Placed here by your correction “{escape_markdown(row['surface'])}” → "
                     f"{escape_markdown(row['name'])}, {correction_scope(row)}.")
        with undo:
            correction_undo(row, "panel")
    if rows:
        st.page_link("pages/2_Places.py", label="All your corrections, with Undo: Places page",
                     icon=":material/undo:")


def correction_undo(row: dict, where: str) -> None:
    """Undo of a correction, in a popover that says what it takes back and asks first: one
    click had removed it at once, silently, with no way back (audit 36, 1.2)."""
    correction_id = int(row["correction_id"])
    with st.popover("Undo", key=f"undo_for_{where}_{correction_id}", on_change="rerun"):
        st.write(f"Undo “{escape_markdown(row['surface'])}” → "
                 f"**{escape_markdown(row['name'])}**, {correction_scope(row)}? Its articles "
                 "are placed again as the geoparser reads them; **Redo** then puts it back.")
        st.button("Undo the correction", type="primary", key=f"undo_{where}_{correction_id}",
                  on_click=_undo, args=(correction_id,))


def _undo(correction_id: int) -> None:
    from placeline.correcting import undo_correction

    try:
        st.session_state[UNDONE] = undo_correction(_store_now(), correction_id)
    except PlacelineError as error:  # (a full disk, a read-only store)
        st.session_state[UNDONE] = error
    refresh()


def _redo(undone) -> None:
    from placeline.correcting import redo_correction

    try:
        done = redo_correction(_store_now(), undone)
    except PlacelineError as error:
        st.session_state[UNDONE] = error
    else:
        st.toast(f"Redone: “{escape_markdown(done.surface)}” → "
                 f"{escape_markdown(done.place.name)}; "
                 f"{counted(done.articles, 'article')} placed again.")
    refresh()


def _store_now() -> Store:
    """The page's store, in a button's callback (drawn nothing: the page draws it after)."""
    return _open_store(str(database_target()))[0]


def undone_note() -> None:
    """What the last Undo took back, said once, with Redo (or why it was not undone)."""
    undone = st.session_state.pop(UNDONE, None)
    if undone is None:
        return
    if isinstance(undone, PlacelineError):
        not_saved("Not undone.", undone)
        return
    scope = undone.scope
    text, redo = st.columns([4, 1], vertical_alignment="center")
    text.success(f"Undone: “{escape_markdown(undone.surface)}” → "
                 f"{escape_markdown(undone.place.name)} ({scope}); "
                 f"{counted(undone.articles, 'article')} placed again.",
                 icon=":material/undo:")
    redo.button("Redo", key="redo_correction", on_click=_redo, args=(undone,))


# -- a place the geoparser missed ---------------------------------------------------------

def added_place_form(store: Store, article: dict, mentions: list[dict]) -> None:
    """"Missing place?": a name the article writes that the geoparser found no place for
    ("Chooralmala", the Wayanad story's headline village — audit 36, 1.4), placed by the
    gazetteer or by coordinates. It is a one-article correction, so it is listed with Undo,
    kept through re-ingest, reprocess and rebuild, and journalled, as any."""
    from placeline.text import written_at

    article_id = int(article["id"])
    key = _form_keys(f"add:{article_id}", [article_id])
    with st.expander("Missing place? Add one"):
        st.caption("A place this article names that is not among its places: type its name "
                   "as the article writes it, then find it in the gazetteer or give its "
                   "coordinates. Every mention of it in this article goes on the map.")
        surface = st.text_input("Name as written", key=key("surface"),
                                placeholder="e.g. a village the map lacks").strip()
        found = {name_key(m["surface"]) for m in mentions if m["place_id"]}
        count = len(written_at(article["text"], surface)) if surface else 0
        if surface and name_key(surface) in found:
            st.caption("Already a place of this article: correct it under “Correct a place "
                       "found here”.")
            count = 0
        elif surface and not count:
            st.caption("The article does not write it so (letter case counts): copy it "
                       "from the text.")
        elif surface:
            st.caption(f"Written {counted(count, 'time')} in this article.")
        how = st.radio("Place", ["search", "coordinates"], horizontal=True,
                       format_func={"search": "Search the gazetteer",
                                    "coordinates": "Enter coordinates"}.get, key=key("how"))
        named = _form_keys(f"add:{article_id}:{surface}", [article_id])  # (a name, a form)
        target = (_searched_place(surface, named) if how == "search"
                  else _typed_place(None, surface, named))
        if st.button("Add place", key=key("save"), type="primary",
                     disabled=not (count and target)):
            _save_added(store, article, surface, target)


def _save_added(store: Store, article: dict, surface: str, target: Place) -> None:
    from placeline.correcting import save_correction

    try:
        done = save_correction(store, surface, target, article["content_hash"],
                               (int(article["id"]),))
    except PlacelineError as error:
        not_saved(f"“{escape_markdown(surface)}” was not added.", error)
        return
    refresh()
    st.toast(f"Added: “{escape_markdown(done.surface)}” → {escape_markdown(target.name)}, "
             "in this article (listed with Undo on the Places page).")
    st.rerun(scope="app")


# The correction forms drawn since the page last looked for a lost Save (this run's), by
# their Save button's key: the articles each was for; and the forms of the run before.
FORMS_SHOWN = "_correction_forms"
FORMS_BEFORE = "_correction_forms_before"


def lost_correction_note(store: Store) -> None:
    """Say that a correction's Save was clicked in a form for an article another tab has
    deleted since: the page no longer draws that form (its article is gone from the Articles
    page's box, from the map's list), so the click went nowhere, and the page silently
    showed the next article (audit 32 item 14). Said, not saved against the deleted text:
    the other reader deleted it on purpose, and a correction kept for it would show
    nowhere; Restore brings the article back, to be corrected again. Called before the
    page draws its forms."""
    for save, article_ids in _forms_drawn_lately().items():
        if not st.session_state.get(save):
            continue
        gone = [a for a in article_ids if store.article(a) is None]
        if gone:
            _said_not_saved(store, gone)


def _forms_drawn_lately() -> dict[str, tuple[int, ...]]:
    """The forms of the last two runs, and a fresh registry for this run's: one entry per
    form ever drawn had grown without bound over a long session (a form per place and
    article picked). A Save can only be clicked in a form on the screen, which the last
    run drew; the run before is kept too, as a run cut short by a click (a rerun) may not
    have drawn the form again when the click comes."""
    last = st.session_state.pop(FORMS_SHOWN, {})
    before = st.session_state.pop(FORMS_BEFORE, {})
    st.session_state[FORMS_BEFORE] = last
    st.session_state[FORMS_SHOWN] = {}
    return {**before, **last}


def _said_not_saved(store: Store, gone: list[int], surface: str | None = None) -> None:
    """The warning that a correction was not saved as its article was deleted meanwhile."""
    titles = [(store.deleted_article(a) or {}).get("title") for a in gone]
    named = ", ".join(f"“{escape_markdown(clipped(t, 70))}”" for t in titles if t)
    what = f"the correction of “{escape_markdown(surface)}”" if surface else "the correction"
    st.warning(f"{f'The article {named}' if named else 'An article of the form'} was deleted "
               f"in another tab meanwhile: {what} was not saved. *Restore* under *Deleted articles* on "
               "the **Places** page brings it back; then correct it again.",
               icon=":material/delete:")


def article_correction(store: Store, article_id: int, mentions: list[dict]) -> None:
    """The correction form for a place of one article: the map's form needs a dated event,
    and an undated article's places are on no timeline."""
    found = pd.DataFrame([{"place_id": m["place_id"], "place": m["name"], "kind": m["kind"],
                           "country": m["country"], "lat": m["lat"], "lon": m["lon"]}
                          for m in mentions if m["place_id"]])
    if found.empty:
        return
    undone_note()  # (an Undo in the form below)
    box = f"fix_place_{article_id}"
    apply_pending_selection(box)
    labels = described_places(found)  # where each lies: a wrong country shows in the list
    choices = sorted(labels, key=labels.get)
    sanitize_choice(box, choices)
    place_id = st.selectbox("Check or correct a place found here", choices,
                            format_func=labels.get, index=None, key=box,
                            placeholder="A place found in this article")
    if place_id is not None:
        name = found.loc[found["place_id"] == place_id, "place"].iloc[0]
        why_here_expander(store, article_id, place_id, f"why_{article_id}_{place_id}")
        correction_form(store, place_id, name, [article_id], select_key=box, expanded=True)


def date_correction(store: Store, article: dict) -> None:
    """"Wrong date?": an article's publication date set by hand, when the one found is wrong
    (a feed's "11/05/2024" read the other way, a page's stale <time>); undone the same way.
    Its events are dated again from it, and it holds as a one-article correction does."""
    article_id, found = int(article["id"]), article["published"]
    by_hand = article["published_method"] == SET_BY_HAND
    first, last = dt.date(1900, 1, 1), dt.date.today() + dt.timedelta(days=1)
    shown = as_date(found) if found else None
    with st.expander("Wrong date? Set it by hand"):
        chosen = st.date_input("Published on", value=shown if shown and first <= shown <= last
                               else None, min_value=first, max_value=last,
                               format="YYYY-MM-DD", key=f"fix_date_{article_id}")
        st.caption("Its events are dated again from this date; it holds when the article is "
                   "ingested again or reprocessed, and a rebuild replays it, as a corrected "
                   "place does. The Places page lists it with your corrections.")
        save, undo = st.columns(2)
        if save.button("Save date", key=f"save_date_{article_id}", type="primary",
                       disabled=chosen is None or (by_hand and chosen == as_date(found))):
            _save_date(store, article_id, chosen)
        if by_hand and undo.button("Undo: the date found", key=f"undo_date_{article_id}"):
            _save_date(store, article_id, None)


def _save_date(store: Store, article_id: int, published: dt.date | None) -> None:
    from placeline.pipeline import Pipeline  # only on a correction: it is heavy

    try:
        Pipeline(store).correct_date(article_id, published)
    except PlacelineError as error:
        refresh()  # (the date may be saved and its story not dated again: read it anew)
        not_saved("The date was not saved." if published else "Not undone.", error)
        return
    refresh()
    dated = store.article(article_id)["published"]
    st.toast(f"Saved: published {pretty_date(dated)}, set by hand." if published
             else f"Undone: published {pretty_date(dated)}, as found.")
    st.rerun(scope="app")


def apply_pending_selection(key: str = "place") -> None:
    """Select a place chosen by code (after a correction) before the box `key` is drawn."""
    if f"_select_{key}" in st.session_state:
        st.session_state[key] = st.session_state.pop(f"_select_{key}")
