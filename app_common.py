"""Streamlit glue shared by the dashboard and its pages: cached store and data loaders.

Everything heavy lives in the placeline package; this only decides what Streamlit caches.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from placeline.bootstrap import ensure_ready
from placeline.store import Store


@st.cache_resource(show_spinner="Preparing placeline: building the offline gazetteer on first "
                                "start (about 20 s), then loading the bundled articles…")
def get_store() -> Store:
    return ensure_ready(log=lambda message: None)


def data_version(store: Store) -> tuple:
    """Changes whenever the store's content does; the key of every cached loader."""
    return tuple(store.counts().values()) + (store.last_change(),)


@st.cache_data(show_spinner=False, max_entries=4)
def load_events(_store: Store, version: tuple) -> pd.DataFrame:
    return _store.events_frame()


@st.cache_data(show_spinner=False, max_entries=4)
def load_articles(_store: Store, version: tuple) -> pd.DataFrame:
    return _store.articles_frame()


@st.cache_data(show_spinner=False, max_entries=4)
def load_places(_store: Store, version: tuple) -> pd.DataFrame:
    return _store.places_frame()


def pretty_date(iso: str | None) -> str:
    if not iso:
        return "undated"
    return pd.Timestamp(iso).strftime("%-d %b %Y")
