"""Review 20, the reader: a feed's HTML body keeps the lists of links its own prose brings
in and a linked headline (finding 1); a Western file naming places of two Western languages
is read as Windows-1252, with a warning where another reading is about as good (finding 4)."""

from __future__ import annotations

import json

import pytest

from placeline.htmlpage import READ_WARNINGS
from placeline.ingest import decode_noted, read_bytes


def _body(text: str) -> list[str]:
    """The paragraphs read of a JSONL row whose text is `text` (before cleaning)."""
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


# -- finding 4: a Western file naming places of two Western languages ---------------------

TROMSO = ("Tromsø stun Molde\n\n4 March 2024 - Bjørn Johansen scored twice as Tromsø beat Molde "
          "3-1 on Sunday. Fans celebrated in the town's Crème café until late, and the coach said "
          "Tromsø had \"earned it\".\n")


@pytest.mark.parametrize(("names", "other"), [
    ("Bjørn and Crème", "Bjřrn"), ("São Paulo and Île-de-France", "Săo"),
    ("Málaga and Forlì", "Forlě"), ("Ålesund and Hôtel", "Ĺlesund"),
    ("Zürich and Egilsstaðir", "Egilsstağir"), ("Peñarol and Ægir", "Peńarol"),
], ids=["bjorn-creme", "sao-paulo-ile", "malaga-forli", "alesund-hotel", "zurich-egilsstadir",
        "penarol-aegir"])
def test_names_of_two_western_languages_are_read_as_windows_1252(names, other):
    """Review 20, finding 4: their Windows-1250 or Windows-1254 reading writes one
    language's letters ("Bjřrn … Crčme", "Săo Paulo", "Forlě", "Egilsstağir") and had been
    chosen, silently; Windows-1252 is likelier, and the other reading is named in a warning."""
    text = f"Visitors in Leeds\n\nFans of {names} met in Leeds on Tuesday, the club said."
    read, warning = decode_noted(text.encode("cp1252"), "x.txt")
    assert read == text
    assert "read as Windows-1252" in warning and f'("{other}")' in warning


def test_a_western_story_s_title_and_places_are_read_right():
    """The review's story had been stored as "Tromsř stun Molde", and Tromsø not found."""
    [document] = read_bytes(TROMSO.encode("cp1252"), "tromso.txt")
    assert document.text.startswith("Tromsø stun Molde\n\n")
    assert any('("Tromsř")' in w for w in document.metadata[READ_WARNINGS])


@pytest.mark.parametrize("names", ["Crème and Molière", "Málaga and Zürich",
                                   "Tromsø and Ålesund", "Düsseldorf and Tromsø"],
                         ids=["creme-moliere", "malaga-zurich", "tromso-alesund",
                              "dusseldorf-tromso"])
def test_names_that_no_reading_writes_better_are_not_warned_of(names):
    """Names of one language, or whose other reading is no nearer one: nothing to warn of."""
    text = f"Visitors in Leeds\n\nFans of {names} met in Leeds on Tuesday, the club said."
    assert decode_noted(text.encode("cp1252"), "x.txt") == (text, "")


CROATIAN = ("Poplave u Hrvatskoj\n\nNabujala Sava poplavila je u srijedu nekoliko ulica u "
            "Zagrebu i Sisku. Vatrogasci su evakuirali stanovnike, a vlasti su proglasile "
            "izvanredno stanje. Voda je oštetila most kod Slavonskog Broda; štete su prijavljene "
            "i iz Đakova i Čakovca.")


def test_a_central_european_text_whose_names_alone_tell_is_read_by_them_or_warned_of():
    """Its words but names read alike ("oštetila"): in ISO-8859-2 its names tell it from
    Windows-1250's "oątetila"; in Windows-1250 they are all that tells it from Windows-1252,
    whose names may be any language's. It had been read as Windows-1252's "Ðakova i
    Èakovca", warned of; its names are Croatian words, Windows-1252's no language's, so it is
    now read right (ingest._central_by_words, session 23's leftovers)."""
    assert decode_noted(CROATIAN.encode("iso8859-2"), "x.txt") == (CROATIAN, "")
    assert decode_noted(CROATIAN.encode("cp1250"), "x.txt") == (CROATIAN, "")


TEASERS = ('<ul><li><a href="/1">Fire destroys warehouse in Hull</a></li>'
           '<li><a href="/2">Floods close schools in Carlisle</a></li>'
           '<li><a href="/3">Train derails near Inverness</a></li></ul>')


@pytest.mark.parametrize("title", [
    "<p>Trending now:</p>", "<p>Latest news:</p>", "<p>Popular this week:</p>",
    "<p>Elsewhere on the site:</p>", "<h2>Latest news</h2>", "<h3>Trending</h3>",
    "<h3>In other news</h3>", "<p>Here are some other stories you may have missed:</p>",
    "<p>Stories from around the region:</p>",
])
def test_a_sites_teaser_title_brings_in_nothing(title):
    """Common teaser titles go with their links as "Related stories" does (review 20b: a
    Leeds storm story had taken Hull's, Carlisle's and Inverness's teasers for its own)."""
    body = "<p>Storms battered Leeds on Tuesday, the council said.</p>" + title + TEASERS
    assert not any("Hull" in p or "Carlisle" in p for p in _body(body))
