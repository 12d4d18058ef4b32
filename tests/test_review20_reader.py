"""Review 20, the reader: a feed's HTML body keeps the lists of links its own prose brings
in and a linked headline (finding 1)."""

from __future__ import annotations

import json

import pytest

from placeline.ingest import read_bytes


def _body(text: str) -> list[str]:
    """The paragraphs read of a JSONL row whose text is `text` (before cleaning, whose
    rule for bylines at the end takes a last list of names, "Knaresborough Primary", too)."""
    row = {"id": "r1", "date": "2024-03-05", "title": "Storm news", "text": text}
    (document,) = read_bytes((json.dumps(row) + "\n").encode(), "feed.jsonl")
    return document.text.split("\n\n")[1:]  # (the title first)


# -- finding 1: a feed body's own lists of links, and its linked headline ------------------

CLOSURES = ('<p>Heavy snow closed roads across Yorkshire on Tuesday.</p><h3>Roads closed</h3>'
            '<ul><li><a href="https://maps/a64">A64 near Malton</a></li>'
            '<li><a href="https://maps/a1">A1(M) at Wetherby</a></li>'
            '<li><a href="https://maps/m62">M62 between Huddersfield and Rochdale</a></li></ul>'
            '<p>Police urged drivers to stay at home.</p>')
SCHOOLS = ('<p>Dozens of schools shut on Tuesday after heavy snow.</p>'
           '<p>Closed schools include:</p><ul><li><a href="/s/1">St Mary\'s, Harrogate</a></li>'
           '<li><a href="/s/2">Ripon Grammar School</a></li>'
           '<li><a href="/s/3">Knaresborough Primary</a></li></ul>')
SO_FAR = ('<p>What we know so far:</p><ul><li><a href="/1">Flooding in Cardiff city centre</a>'
          '</li><li><a href="/2">Evacuations in Pontypridd</a></li>'
          '<li><a href="/3">Rail line to Swansea shut</a></li></ul>')
DIGEST = ('<p>Around Wales today:</p><ul><li><a href="/1">Cardiff floods: 200 homes evacuated'
          '</a></li><li><a href="/2">Swansea power cuts leave 5,000 without electricity</a>'
          '</li><li><a href="/3">Newport bridge closed after landslip</a></li></ul>')
NEWSLETTER = ('<h2>Top stories</h2><p><a href="/1">Floods in Cardiff as River Taff bursts its '
              'banks</a></p><p><a href="/2">Power cuts across Swansea</a></p><h2>Weather</h2>'
              '<p>More rain is forecast for Aberystwyth on Wednesday.</p>')

ROUTES = ('<p>Recommended routes for drivers:</p><ul><li><a href="/1">A59 via Skipton</a></li>'
          '<li><a href="/2">A65 via Settle</a></li></ul>')


@pytest.mark.parametrize("body, kept", [
    (CLOSURES, ["A64 near Malton", "A1(M) at Wetherby", "M62 between Huddersfield and Rochdale",
                "Police urged drivers to stay at home."]),
    (SCHOOLS, ["Closed schools include:", "St Mary's, Harrogate", "Ripon Grammar School",
               "Knaresborough Primary"]),
    (SO_FAR, ["What we know so far:", "Flooding in Cardiff city centre",
              "Evacuations in Pontypridd", "Rail line to Swansea shut"]),
    (DIGEST, ["Around Wales today:", "Cardiff floods: 200 homes evacuated",
              "Swansea power cuts leave 5,000 without electricity",
              "Newport bridge closed after landslip"]),
    (NEWSLETTER, ["Top stories", "Floods in Cardiff as River Taff bursts its banks",
                  "Power cuts across Swansea", "Weather"]),
    (ROUTES, ["A59 via Skipton", "A65 via Settle"]),
], ids=["closures", "schools", "so-far", "digest", "newsletter", "routes"])
def test_a_list_of_links_the_body_brings_in_is_the_story_s(body, kept):
    """Review 20, finding 1: a list of linked items under a heading of the story or after its
    "include:" had been left out as a box of related links, its heading kept: Malton,
    Wetherby, Huddersfield, Harrogate, Pontypridd and Newport were on no map."""
    text = _body(body)
    assert [p for p in kept if p not in text] == []


SUMMARY = ('<p><a href="https://news.example/storm">Storm Ciara: Cardiff and Swansea hit by '
           'floods</a></p><p>The post <a href="https://x">Storm Ciara</a> appeared first on '
           '<a href="https://y">Wales News</a>.</p>')
REDDIT = ('<table><tr><td><a href="https://x"><img src="t.jpg" alt="Flooding in Cardiff"></a>'
          '</td><td> submitted by <a href="https://r/u">/u/someone</a> <br/> <span>'
          '<a href="https://n/c">Flooding in Cardiff city centre after river bursts banks</a>'
          '</span> <span><a href="https://r/c">[comments]</a></span></td></tr></table>')


@pytest.mark.parametrize("body, kept", [
    (SUMMARY, "Storm Ciara: Cardiff and Swansea hit by floods"),
    (REDDIT, "Flooding in Cardiff city centre after river bursts banks [comments]"),
], ids=["rss-summary", "reddit"])
def test_a_body_s_linked_headline_is_read(body, kept):
    """Review 20, finding 1: a WordPress summary's linked headline had been dropped and its
    "The post … appeared first on …" kept; a Reddit post's, and "submitted by /u/someone"
    kept."""
    assert kept in _body(body)


def test_a_box_of_related_links_still_goes_however_it_is_brought_in():
    """What the commit meant to leave out still goes: links after a sentence that does not
    bring them in, a box with its own title, a related heading or "Read more:" before them."""
    body = ('<p>Floods closed roads in Leeds on Monday, the council said.</p>'
            '<ul><li><a href="/1">Storm batters Cardiff</a></li>'
            '<li><a href="/2">Snow in Aberdeen</a></li></ul>'
            '<div><h3>Also in the news</h3><ul><li><a href="/5">Quake in Naples</a></li>'
            '<li><a href="/6">Heatwave in Seville</a></li></ul></div>'
            '<h3>Related stories</h3><ul><li><a href="/7">Fire in Hull</a></li></ul>'
            '<p>Read more:</p><ul><li><a href="/8">Flooding in York</a></li></ul>'
            '<p>Police in <a href="/b">Bradford</a> said the A650 was shut.</p>')
    assert _body(body) == ["Floods closed roads in Leeds on Monday, the council said.",
                           "Police in Bradford said the A650 was shut."]


def test_a_body_s_first_link_after_a_box_of_them_is_no_headline():
    """A lone link begins a body as its headline; a box of them does not ("Fire in Hull |
    Flooding in York")."""
    body = ('<div><a href="/3">Fire in Hull</a> | <a href="/4">Flooding in York</a></div>'
            '<p>Floods closed roads in Leeds on Monday, the council said.</p>')
    assert _body(body) == ["Floods closed roads in Leeds on Monday, the council said."]


def test_a_body_of_chinese_sentences_is_no_body_of_headlines():
    """A body without a sentence is all headlines and read whole; "。" ends a sentence too, so
    a Chinese story's related links still go (小标题 over them, Shanghai's on no map)."""
    body = ('<p>北京周一遭遇暴雨，多条道路被淹。</p><ul><li><a href="/1">上海台风登陆</a></li>'
            '<li><a href="/2">广州高温持续</a></li></ul>')
    assert _body(body) == ["北京周一遭遇暴雨，多条道路被淹。"]
