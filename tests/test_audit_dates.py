"""Audit of publication dating: unrelated articles sharing two big places are no story, a
date in the lead is a publication date only when it is plausible as one, and the `dates`
command prints a placeholder for an undated article."""

from __future__ import annotations

import datetime as dt

import pytest

from placeline.dates import own_publication_date
from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline

RATES = ("Rates rise\n\nOn 3 March 2021 the Bank of England raised interest rates in London, "
         "while stock markets in Paris fell sharply, traders said.")


@pytest.fixture
def sqlite_store(tmp_path):
    from placeline.store import open_store

    store = open_store(tmp_path / "audit.db")
    yield store
    store.close()


def _dates(store) -> dict[str, tuple]:
    """source → (published, method, story id)."""
    frame = store.articles_frame()
    return {row.source: (row.published if isinstance(row.published, str) else None,
                         row.published_method, row.story_id) for row in frame.itertuples()}


# -- 2. a date in the lead is range-checked like a metadata date -------------------------------


@pytest.mark.parametrize("text", [
    "On 14 October 1066 Harold was killed at Hastings, and William became king of England.",
    "Leaders agreed in Geneva that a summit will take place on 5 May 2099, officials said.",
])
def test_an_implausible_date_in_the_lead_is_not_the_publication_date(text):
    guess = own_publication_date(text, {})
    assert guess.date is None and guess.method == "unknown"


def test_the_lead_is_read_on_past_an_implausible_date():
    text = ("The summit planned for 5 May 2099 was announced on 3 March 2021 in Geneva, "
            "officials said.")
    guess = own_publication_date(text, {})
    assert (guess.date, guess.method) == (dt.date(2021, 3, 3), "explicit")


def test_tomorrow_in_the_lead_is_still_plausible():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    text = f"On {tomorrow.day} {tomorrow:%B %Y} the talks open in Geneva, officials said."
    assert own_publication_date(text, {}).date == tomorrow


def test_an_article_about_1066_has_no_events_in_1066(sqlite_store, geoparser):
    text = ("Hastings remembered\n\nOn 14 October 1066 Harold was killed at Hastings, and "
            "William of Normandy became king of England.")
    Pipeline(sqlite_store, geoparser).ingest([RawDocument("hist.txt", text)])
    assert _dates(sqlite_store)["hist.txt"][:2] == (None, "unknown")
    events = sqlite_store.events_frame()
    assert len(events) and not any(isinstance(d, str) and d < "1900" for d in events["date"])


# -- 3. `placeline dates` on an undated article -------------------------------------------------


def test_the_dates_command_prints_a_dash_for_an_undated_article(tmp_path, geoparser, capsys):
    from placeline.cli import main
    from placeline.store import open_store

    db = tmp_path / "cli.db"
    store = open_store(db)
    quiet = "Quiet day\n\nNothing happened in Lyon, residents said."
    Pipeline(store, geoparser).ingest([RawDocument("quiet.txt", quiet),
                                       RawDocument("a.txt", RATES)])  # a column with dates
    store.close()
    capsys.readouterr()
    assert main(["dates", "--db", str(db)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split("\t")[1] == "published"
    published = {row.split("\t")[5]: row.split("\t")[1:3] for row in rows}
    assert published == {"quiet.txt": ["-", "unknown"], "a.txt": ["2021-03-03", "explicit"]}
