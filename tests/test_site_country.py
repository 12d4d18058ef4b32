"""A news site's country (its address's country code) weighs a bare name toward it."""

import json

import pytest

from placeline.ingest import read_bytes
from placeline.site_country import site_country

QUEENSTOWN = "Council workers in Queenstown began repairs on Monday after heavy rain, the mayor said."


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.stuff.co.nz/national/123", "NZ"),
    ("http://news.bbc.co.uk/1/hi/england/lancashire/1.stm", "GB"),
    ("https://www.abc.net.au/news/2025", "AU"),
    ("www.irishtimes.ie/news", "IE"),
    ("https://example.com/a", ""),
    ("https://startup.io/post", ""),  # a country code sold as a word says nothing
    ("https://news.tv/x", ""),
    ("", ""),
    (None, ""),
    ("http://[broken", ""),
])
def test_a_site_s_country_is_its_country_code(url, country) -> None:
    assert site_country(url) == country


def test_a_bare_name_leans_to_the_site_s_country(geoparser) -> None:
    """Nothing in the text says which Queenstown; a New Zealand site does."""
    def country(site: str) -> str:
        return next(m.place.country for m in geoparser.parse(QUEENSTOWN, site=site))

    assert country("NZ") == "NZ"
    assert country("ZA") == "ZA"


def test_the_site_yields_to_what_the_story_says(geoparser) -> None:
    text = "Flooding closed roads in Queenstown, in South Africa's Eastern Cape, on Monday."
    mentions = [m for m in geoparser.parse(text, site="NZ") if m.surface == "Queenstown"]
    assert mentions[0].place.country == "ZA"


def test_ingest_weighs_the_article_s_address(store, geoparser) -> None:
    from placeline.pipeline import Pipeline

    row = {"id": "nz-1", "text": QUEENSTOWN, "date": "2025-01-13",
           "url": "https://www.odt.co.nz/regions/queenstown/repairs"}
    Pipeline(store, geoparser).ingest(read_bytes(json.dumps(row).encode(), "feed.jsonl"))
    article_id = store.article_ids()[0]
    places = {m["surface"]: m for m in store.mentions(article_id)}
    assert places["Queenstown"]["country"] == "NZ"
