"""Publication dates from what the source declares (HTML, JSON, a date line), then the text."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from placeline.ingest import read_bytes
from placeline.pipeline import make_article

BODY = "<p>Guterres met Putin in Moscow yesterday, Monday.</p><p>Talks went on.</p>"


def _page(head: str = "", body: str = BODY) -> bytes:
    return (f"<!doctype html><html><head><title>Guterres in Moscow</title>{head}</head>"
            f"<body><nav><p>Home | World</p></nav>{body}"
            "<script>var d = '2001-01-01';</script></body></html>").encode()


def _published(data: bytes, name: str = "page.html"):
    (document,) = list(read_bytes(data, name))
    return make_article(document).published


HTML_CASES = [
    ('<meta property="article:published_time" content="2022-04-26T10:00:00+00:00">',
     BODY, "2022-04-26", 0.97, "published_time"),
    ('<meta name="pubdate" content="20220426">', BODY, "2022-04-26", 0.95, "pubdate"),
    (('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": '
     '"NewsArticle", "datePublished": "2022-04-26T09:00:00Z", "dateModified": "2022-05-01"}]}'
     '</script>'), BODY, "2022-04-26", 0.97, "datePublished"),
    ("", '<span itemprop="datePublished">26 April 2022</span>' + BODY, "2022-04-26", 0.97,
     "datePublished"),
    ("", '<time datetime="2022-04-26T08:00">Tuesday</time>' + BODY, "2022-04-26", 0.85,
     "time"),
    (('<meta property="article:published_time" content="2022-04-26">'
     '<meta property="article:modified_time" content="2022-05-03">'), BODY, "2022-04-26", 0.97,
     "published_time"),
    ('<meta property="article:modified_time" content="2022-05-01T10:00:00Z">', BODY,
     "2022-05-01", 0.5, "modified"),
    ("", '<div class="byline">Published <span class="date">April 26, 2022</span></div>' + BODY,
     "2022-04-26", 0.8, "htmldate"),
]


@pytest.mark.parametrize(("head", "body", "date", "confidence", "key"), HTML_CASES)
def test_html_declared_dates(head, body, date, confidence, key):
    guess = _published(_page(head, body))
    assert (guess.date.isoformat(), guess.method, guess.confidence) == (date, "explicit",
                                                                       confidence)
    assert guess.evidence.startswith(f"metadata {key}:")


def test_html_text_keeps_prose_and_drops_navigation_and_scripts():
    (document,) = list(read_bytes(_page(), "page.html"))
    assert document.text.startswith("Guterres in Moscow\n\n")
    assert "Putin in Moscow yesterday" in document.text
    assert "Home | World" not in document.text and "2001" not in document.text


def test_a_future_or_ancient_declared_date_is_rejected_and_said_so():
    for bad in ("2099-01-01", "1850-05-05"):
        guess = _published(_page(f'<meta property="article:published_time" content="{bad}">'))
        assert guess.date is None and guess.method == "unknown"
        assert bad in guess.flag


def test_json_fields_in_jsonl():
    lines = [{"id": "a", "text": "Talks in Moscow.", "published": "2022-04-26"},
             {"id": "b", "text": "Talks in Moscow.", "datePublished": "2022-04-27T08:00Z"},
             {"id": "c", "text": "Talks in Moscow.", "date": "26 April 2022"},
             {"id": "d", "text": "Talks in Moscow."}]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    got = [make_article(d).published for d in read_bytes(data, "x.jsonl")]
    assert [g.date for g in got] == [dt.date(2022, 4, 26), dt.date(2022, 4, 27),
                                     dt.date(2022, 4, 26), None]
    assert [g.method for g in got] == ["explicit", "explicit", "explicit", "unknown"]
    assert got[3].confidence == 0.0


def test_a_date_line_then_the_lead_then_nothing():
    line = _published(b"date 2022-04-26 Guterres meets Putin\n\nTalks in Moscow.", "a.txt")
    assert (line.date, line.method) == (dt.date(2022, 4, 26), "explicit")
    assert line.evidence.startswith("metadata published")
    lead = _published(b"Talks\n\nOn 26 April 2022, Guterres met Putin in Moscow.", "b.txt")
    assert (lead.date, lead.method) == (dt.date(2022, 4, 26), "explicit")
    assert lead.evidence.startswith("lead")
    none = _published(b"Talks\n\nGuterres met Putin in Moscow yesterday.", "c.txt")
    assert (none.date, none.method, none.confidence) == (None, "unknown", 0.0)
