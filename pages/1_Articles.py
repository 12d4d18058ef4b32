"""Articles: each article's title, publication date and how it was found, its places (each
one correctable, dated or not), and the cleaned text with every recognised place name
highlighted."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from app_common import (
    article_correction,
    articles_matching,
    data_version,
    get_store,
    load_articles,
    pretty_date,
)
from placeline.present import METHOD_LABELS, counted, escape_markdown, highlighted

st.set_page_config(page_title="placeline — articles", page_icon="📰", layout="wide")
store = get_store()
articles = load_articles(store, data_version(store))

st.title("Articles")
if articles.empty:
    st.info("No articles yet. Run `python -m placeline ingest PATH` and reload this page.")
    st.stop()

# Newest first, undated last: hundreds of undated articles (a feed without dates) once
# pushed the latest news to the bottom of the list.
articles = articles.sort_values(["published", "id"], ascending=[False, True],
                                na_position="last", ignore_index=True)
st.caption(f"{counted(len(articles), 'article')} · "
           f"{counted(int(articles['places'].sum()), 'place mention')} resolved")
query = st.text_input("Find articles", key="article_query",
                      placeholder="a word or phrase in the title or text")
if query.strip():  # (hundreds of articles are too many to scroll for one)
    articles = articles[articles["id"].isin(articles_matching(store, query))]
    if articles.empty:
        st.info(f"No article's title or text holds “{escape_markdown(query.strip())}”.")
        st.stop()
    st.caption(f"{counted(len(articles), 'article')} hold “{escape_markdown(query.strip())}”")
overview = pd.DataFrame({
    "published": articles["published"].map(pretty_date),
    "how the date was found": articles["published_method"].map(METHOD_LABELS),
    "title": articles["title"], "places": articles["places"],
    "mentions": articles["mentions"], "story": articles["story_id"],
})
st.dataframe(overview, hide_index=True, width="stretch")

labels = {row.id: f"{pretty_date(row.published)} — {row.title}" for row in articles.itertuples()}
chosen = st.selectbox("Open an article", options=list(labels), format_func=labels.get,
                      key="article")
article = store.article(chosen)
mentions = store.mentions(chosen)
metadata = json.loads(article["metadata"] or "{}")

st.header(escape_markdown(article["title"]), anchor=False)  # headers render Markdown
st.markdown(
    f"**Published:** {pretty_date(article['published'])} — "
    f"{METHOD_LABELS.get(article['published_method'], article['published_method'])} "
    f"(confidence {article['published_confidence']:.0%})  \n"
    f"**Evidence:** {escape_markdown(article['published_evidence'] or '—')}  \n"
    f"**Source:** {escape_markdown(article['source'])}")


def _delete(article_id: int) -> None:
    """The article shown when the button was drawn, bound then: if another tab deleted it
    meanwhile, the selection moves on and nothing else may go with it (a review)."""
    from placeline.pipeline import Pipeline

    Pipeline(store).delete([article_id])
    st.session_state.pop("article", None)


with st.popover("Delete this article", icon=":material/delete:"):
    st.write("The article, its places on the map and its events go; articles dated only by "
             "its story are dated again. This cannot be undone (ingest the file again).")
    st.button("Delete", type="primary", key="delete", on_click=_delete, args=(chosen,))

places_column, text_column = st.columns([1, 2], gap="large")
with places_column:
    st.subheader("Places found")
    if not mentions:
        st.write("No place names were recognised in this article.")
    else:
        table = pd.DataFrame(mentions)
        table["place"] = table["name"].fillna("— unresolved —")
        grouped = table.groupby(["surface", "place"], dropna=False).agg(
            mentions=("surface", "size"), kind=("kind", "first"), lat=("lat", "first"),
            lon=("lon", "first"), confidence=("confidence", "mean"), source=("source", "first"))
        grouped["flag"] = grouped["confidence"].map(lambda c: "low confidence" if c < 0.5 else "")
        st.dataframe(grouped.reset_index(), hide_index=True, width="stretch")
    article_correction(store, chosen, mentions)  # undated articles' places too
    removed = metadata.get("removed") or []
    with st.expander(f"Removed while cleaning ({len(removed)})"):
        for reason, text in removed:
            st.markdown(f"**{escape_markdown(reason)}:** {escape_markdown(text)}")

with text_column:
    st.subheader("Cleaned text")
    marks = [(m["start_char"], m["end_char"]) for m in mentions if m["place_id"]]
    st.markdown(highlighted(article["text"], 0, len(article["text"]), marks))
