"""Synthetic but realistic inputs for the scale benchmarks.

* `corpus`: news-like articles of about 3 KB recombined from the real texts in ../shared/eval
  (sentences of LGL and GeoVirus articles shuffled into new articles), each with a date line
  spread over several years, so cleaning, dating and geoparsing do their real work.
* `fill_store`: a store with N events over P places written straight into SQLite, to measure
  the dashboard side without waiting for N articles to be geoparsed first. It is a store the
  documented tools keep as it is (`ready_for_ingest`): articles ingested into it later are
  added beside the synthetic ones.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from placeline.ingest import RawDocument

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def eval_sentences() -> list[str]:
    sentences: list[str] = []
    for name in ("lgl-dev.jsonl", "geovirus.jsonl"):
        with open(EVAL / name, encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line)["text"]
                sentences.extend(s.strip() for s in SENTENCE_END.split(text) if len(s) > 30)
    return sentences


def corpus(count: int, seed: int = 7, size: int = 3000,
           first_day: dt.date = dt.date(2019, 1, 1), years: int = 5,
           in_date_order: bool = False) -> Iterator[RawDocument]:
    """`count` articles of about `size` characters, dated over `years` years: in random
    order (a back-fill of an archive, the worst case for dating, which must revisit old
    stories), or in date order (a live stream)."""
    rng = random.Random(seed)
    sentences = eval_sentences()
    days = [rng.randrange(365 * years) for _ in range(count)]
    if in_date_order:
        days.sort()
    for number, offset in enumerate(days):
        day = first_day + dt.timedelta(days=offset)
        body: list[str] = []
        while sum(len(s) + 1 for s in body) < size:
            body.append(rng.choice(sentences))
        title = body[0][:80]
        text = f"{title}\ndate {day.isoformat()}\n" + " ".join(body)
        yield RawDocument(source=f"bench/{number:07d}.txt", text=text, metadata={})


# What dating gives a date from the source's own metadata ("published": `dates.METADATA_KEYS`).
DATE_CONFIDENCE = 0.97


def ready_for_ingest(store) -> None:
    """Record what an ingest would have recorded of the synthetic rows: the gazetteer index
    that placed them (this release's, as of a new store: `bootstrap.record_index`), and
    that story terms and links are made by the current rules (the synthetic articles have
    none: no two are one story). A store without these settings was linked, dated and
    placed again whole by the next `ingest` or `setup`, from the synthetic texts ("Body."):
    every synthetic article lost its date and events (audit 34, item 13). The articles'
    dates are in their metadata too, as a feed gives them, so even that would keep them."""
    from placeline.bootstrap import record_index
    from placeline.pipeline import LINKS_SETTING, LINKS_VERSION, TERMS_SETTING, TERMS_VERSION

    record_index(store)
    store.set_setting(TERMS_SETTING, TERMS_VERSION)
    store.set_setting(LINKS_SETTING, LINKS_VERSION)


def fill_store(path: Path, events: int, places: int, seed: int = 11, years: int = 5,
               events_per_article: int = 10) -> None:
    """Write `events` events over `places` places (Zipf-like popularity) into a new store."""
    from placeline.store import open_store

    rng = random.Random(seed)
    store = open_store(path)
    ready_for_ingest(store)
    conn = store._conn  # bulk load: the benchmark's business, not the store's interface
    kinds = ["city", "city", "city", "admin1", "country", "landmark"]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO places (id, name, lat, lon, kind, country, source) VALUES (?,?,?,?,?,?,?)",
        [(f"bench:{p}", f"Place {p}", rng.uniform(-60, 70), rng.uniform(-180, 180),
          rng.choice(kinds), "XX", "gazetteer") for p in range(places)])
    articles = max(1, events // events_per_article)
    first = dt.date(2019, 1, 1)
    now = dt.datetime.now(dt.UTC).isoformat()
    article_rows = []
    dates = []
    for a in range(articles):
        day = (first + dt.timedelta(days=rng.randrange(365 * years))).isoformat()
        dates.append(day)
        article_rows.append((a + 1, f"bench/{a}.txt", f"Article {a}", "Body.", day, "explicit",
                             DATE_CONFIDENCE, f"metadata published: {day}",
                             json.dumps({"published": day}), f"hash-{a}", now))
    conn.executemany(
        "INSERT INTO articles (id, source, title, text, published, published_method,"
        " published_confidence, published_evidence, metadata, content_hash, ingested_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)", article_rows)
    weights = [1 / (rank + 1) for rank in range(places)]
    chosen = rng.choices(range(places), weights=weights, k=events)
    event_rows = []
    mention_rows = []
    for e, place in enumerate(chosen):
        article = e // events_per_article + 1
        article = min(article, articles)
        event_rows.append((article, f"bench:{place}", dates[article - 1], "day", 0, 5))
        mention_rows.append((article, 0, 5, f"Place {place}", f"bench:{place}", 0.9))
    conn.executemany(
        "INSERT INTO events (article_id, place_id, date, precision, snippet_start,"
        " snippet_end) VALUES (?,?,?,?,?,?)", event_rows)
    conn.executemany(
        "INSERT INTO mentions (article_id, start_char, end_char, surface, place_id,"
        " confidence) VALUES (?,?,?,?,?,?)", mention_rows)
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
    conn.execute("COMMIT")
    store.close()
