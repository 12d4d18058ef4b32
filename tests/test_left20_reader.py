"""Left open by review 19 and the twentieth session, the reader: a story's sub-heading over
paragraphs of links, link boxes in a feed's HTML body, Central European and Turkish files
without a declared encoding, and the "Original:" address cut short."""

from __future__ import annotations

import json
import re

import pytest

from placeline.htmlpage import READ_WARNINGS, read_html
from placeline.ingest import read_bytes

SHEFFIELD = """<html><head><title>Election results</title></head><body>
<div class="story-body">
<h1>Election results across Yorkshire</h1>
<p>Voters in <a href="/leeds">Leeds</a> and <a href="/bradford">Bradford</a> went to the polls
on Thursday.</p>
<div class="section">
<h2>Results in Sheffield</h2>
<p><a href="/s1">Labour held Sheffield Central</a>, <a href="/s2">the Greens gained Sheffield
Hallam</a>.</p>
<p><a href="/d">Doncaster North went to Reform</a>.</p>
</div>
<div class="section">
<h2>Turnout in Hull</h2>
<p>Turnout in Hull was the lowest in the region at 41 per cent, officials said.</p>
</div>
</div>
</body></html>"""
STORM = """<html><head><title>Storm hits Leeds</title></head><body>
<div id="cookie-consent"><p>We use cookies to improve your experience. By continuing you accept
our cookie policy and terms of service.</p><button>Accept</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main>
<h1>Storm hits Leeds</h1>
<p>A storm brought flooding to Leeds on Monday, closing roads across the city centre.</p>
<h2>Roads closed</h2>
<p>Police in Bradford said the A650 was shut after trees fell in the high winds overnight.</p>
<div><h3>What happens next</h3><p>Forecasters expect more rain in Wakefield later in the
week, with warnings in place.</p></div>
<section><h2>Timeline of the storm</h2><ul><li><a href="/a">Monday: storm arrives</a></li>
<li><a href="/b">Tuesday: clear-up</a></li><li><a href="/c">Wednesday</a></li></ul></section>
<p>Residents in Halifax were told to avoid travel.</p>
</main>
<section><h2>Related stories</h2><ul><li><a href="/x">Floods in Cardiff</a></li>
<li><a href="/y">Snow in Aberdeen</a></li></ul></section>
<div class="comments"><h3>Comments</h3><p>I live in York and this is terrible, the council
should act now!</p></div>
<footer><p>© 2024 Example News Ltd. All rights reserved. Registered in England.</p></footer>
</body></html>"""


def test_a_heading_over_paragraphs_read_is_the_story_s():
    """Review 19, F5: "Results in Sheffield" heads two paragraphs of links that are read as
    sentences; it had been dropped as the title of a box of links, its paragraphs kept."""
    text, _ = read_html(SHEFFIELD)
    assert text.split("\n\n") == [
        "Election results", "Election results across Yorkshire",
        "Voters in Leeds and Bradford went to the polls on Thursday.",
        "Results in Sheffield",
        "Labour held Sheffield Central, the Greens gained Sheffield Hallam.",
        "Doncaster North went to Reform.", "Turnout in Hull",
        "Turnout in Hull was the lowest in the region at 41 per cent, officials said."]


def test_a_box_of_links_and_its_heading_stay_out():
    """The control page: the cookie banner, the timeline's and the related links with their
    headings, the comments and the footer are no text of the story."""
    text, _ = read_html(STORM)
    assert text.split("\n\n") == [
        "Storm hits Leeds",
        "A storm brought flooding to Leeds on Monday, closing roads across the city centre.",
        "Roads closed",
        ("Police in Bradford said the A650 was shut after trees fell in the high winds "
         "overnight."), "What happens next",
        "Forecasters expect more rain in Wakefield later in the week, with warnings in place.",
        "Residents in Halifax were told to avoid travel."]


def test_a_heading_over_a_box_s_links_stays_out_when_the_next_read_text_is_outside_it():
    """Only paragraphs of the heading's own box speak for it: "Most read" ends its box, and
    the story's next paragraph is beyond it."""
    page = """<html><body><div><p>Police in Leeds said the road would reopen on Friday.</p>
    <div><ul><li><a href="/1">Fire in Hull</a></li><li><a href="/2">Snow in York</a></li></ul>
    <h3>Most read</h3></div>
    <p>The council in Leeds said repairs would take a week.</p></div></body></html>"""
    text, _ = read_html(page)
    assert "Most read" not in text.split("\n\n")


def test_a_heading_over_a_teaser_s_question_stays_out():
    """A teaser's headline may end as a sentence does, read though a link whole: its box's
    title is still no text of the story (Readability's bbc-1: "Most watched" over "What
    happens to the Glastonbury wellies?")."""
    page = """<html><body><div><p>Police in Leeds said the road would reopen on Friday.</p>
    <div><h3>Most watched</h3><ul><li><a href="/1">Fire in Hull kills two</a></li>
    <li><a href="/2">What happens to the Glastonbury wellies?</a></li></ul></div>
    </div></body></html>"""
    text, _ = read_html(page)
    assert "Most watched" not in text.split("\n\n")


# -- a feed's HTML body: its boxes of links, as a page's ----------------------------------

def _feed(*rows) -> list:
    from tests.test_review18_reader import _feed as feed

    return feed(*rows)


BOXES = ('<p>Floods closed roads in Leeds on Monday, the council said.</p>'
         '<ul><li><a href="/1">Storm batters Cardiff</a></li>'
         '<li><a href="/2">Snow in Aberdeen</a></li></ul>'
         '<div><a href="/3">Fire in Hull</a> | <a href="/4">Flooding in York</a></div>'
         '<div><h3>Also in the news</h3><ul><li><a href="/5">Quake in Naples</a></li>'
         '<li><a href="/6">Heatwave in Seville</a></li></ul></div>'
         '<p>Police in <a href="/b">Bradford</a> said the A650 was shut.</p>')


def test_a_feed_body_s_unnamed_boxes_of_links_are_not_read_as_a_page_s():
    """A row's HTML body had kept a list of links, a <div> of them and a box's heading
    (Cardiff, Aberdeen, Hull, York, Naples and Seville on the story's map) that the page reader
    leaves out of the same HTML; the story's sentences, links and all, are read."""
    story = ["Floods closed roads in Leeds on Monday, the council said.",
             "Police in Bradford said the A650 was shut."]
    (article,) = _feed({"id": "b1", "text": BOXES})
    assert article.text.split("\n\n") == story
    page, _ = read_html(f"<html><body>{BOXES}</body></html>")
    assert page.split("\n\n") == story


def test_a_feed_body_keeps_its_lists_of_sentences_and_its_text_between_breaks():
    """What is no box of links stays: a list of the story's points, linked or not, loose
    text between <br>s, a heading over paragraphs."""
    body = ('Floods closed roads in <a href="/l">Leeds</a> on Monday<br><br>'
            '<h3>Where roads are shut</h3><ul><li>The A650 near <a href="/b">Bradford</a>.</li>'
            '<li><a href="/w">The M62 at Wakefield</a>, police said.</li></ul>'
            '<div><a href="/h">Halifax</a> and <a href="/d">Dewsbury</a> schools shut.</div>')
    (article,) = _feed({"id": "b2", "text": body})
    assert article.text.split("\n\n") == [
        "Floods closed roads in Leeds on Monday", "Where roads are shut",
        "The A650 near Bradford.", "The M62 at Wakefield, police said.",
        "Halifax and Dewsbury schools shut."]


def test_a_feed_body_of_links_only_is_still_read():
    """A row whose text is all links is no box beside a story: it is its text, as before
    (left out, the row would be refused for want of text)."""
    (article,) = _feed({"id": "b3", "text": '<p><a href="/s">Storm hits Leeds and Bradford</a></p>'})
    assert article.text == "Storm hits Leeds and Bradford"


def test_a_feed_body_s_wrapper_is_no_box_of_links():
    """The element around a whole body is the story, however many of its words are links:
    its loose text stays, a link alone that is no sentence goes."""
    body = ('<div>Floods hit Leeds on Monday<br><br><a href="/c">Full statement from the '
            'council on the floods in Leeds and Bradford this week</a><br><br>'
            '<a href="/l">Leeds</a> and <a href="/b">Bradford</a> schools shut.</div>')
    (article,) = _feed({"id": "b4", "text": body})
    assert article.text.split("\n\n") == ["Floods hit Leeds on Monday",
                                          "Leeds and Bradford schools shut."]


# -- Central European and Turkish files that name no encoding -------------------------------

CZECH = """Povodně v Ústí nad Labem

Hladina Labe v Ústí nad Labem v úterý ráno stoupla nad sedm metrů a město vyhlásilo třetí \
stupeň povodňové aktivity. Hasiči evakuovali obyvatele nejníže položených ulic ve čtvrti Střekov.

„Voda stoupá rychleji, než jsme čekali,“ řekl primátor města. Podle Českého \
hydrometeorologického ústavu by řeka měla kulminovat ve středu odpoledne.

Silné deště zasáhly také Plzeň, kde se z břehů vylila Úslava. V Českých Budějovicích a Liberci \
zůstaly zavřené desítky škol.

Vláda v Praze na mimořádném jednání schválila pomoc ve výši 500 milionů korun. Žádosti \
o příspěvek mohou obce podávat až do konce září.
"""
HUNGARIAN = """Árvíz fenyeget Győrben

A Duna vízszintje kedden reggel hét méter fölé emelkedett Győrnél, és a város harmadfokú \
árvízvédelmi készültséget rendelt el. A tűzoltók homokzsákokkal erősítik a gátakat.

„Nem emlékszem, hogy valaha ilyen gyorsan nőtt volna a víz” – mondta egy helyi lakos. Az \
Országos Vízügyi Főigazgatóság szerint a tetőzés csütörtökön várható.

Székesfehérváron és Veszprémben is rendkívüli ülést tartott a közgyűlés. Budapesten lezárták \
az alsó rakpartot, a hajóforgalmat Esztergom és Szentendre között szüneteltetik.

A kormány ötmilliárd forintot különített el a károsult települések megsegítésére.
"""
TURKISH = """İzmir'de şiddetli yağış hayatı felç etti

İzmir'de salı sabahı başlayan sağanak yağış nedeniyle birçok cadde sular altında kaldı. \
Bornova ve Karşıyaka ilçelerinde ev ve iş yerlerini su bastı, itfaiye ekipleri gece boyunca \
çalıştı.

Meteoroloji Genel Müdürlüğü, yağışların çarşamba günü Muğla ve Aydın'da da etkili olacağını \
açıkladı. Bodrum'da feribot seferleri iptal edildi.

Şanlıurfa'da ise aşırı sıcaklar nedeniyle okullarda eğitime ara verildi. Valilik, \
vatandaşların öğle saatlerinde dışarı çıkmamasını istedi.

İçişleri Bakanlığı, afetten etkilenen illere acil yardım gönderildiğini duyurdu.
"""
FRENCH = """Inondations à Besançon

Le Doubs a débordé mardi à Besançon, où les pompiers ont évacué une centaine d’habitants. \
« Nous n’avions jamais vu ça », a déclaré le maire, qui évalue les dégâts à 12 millions d’€.

À Dijon et à Mulhouse, les écoles resteront fermées jusqu’à jeudi. Météo-France maintient la \
vigilance orange sur la Franche-Comté.
"""
GERMAN = """Hochwasser in Düsseldorf

Der Rhein ist am Dienstag in Düsseldorf über die Ufer getreten. „Wir rechnen mit einem Pegel \
von über neun Metern“, sagte ein Sprecher der Stadt. Die Schäden werden auf 20 Mio. € geschätzt.

Auch in Köln und Mönchengladbach mussten Straßen gesperrt werden.
"""
SPANISH = """Temporal en Málaga

Las lluvias dejaron el martes más de 200 litros por metro cuadrado en Málaga, según la Agencia \
Estatal de Meteorología. “Ha sido una noche muy larga”, explicó el alcalde.

En Córdoba y Cádiz se suspendieron las clases, y el Gobierno aprobó ayudas de 30 millones de €.
"""
ENGLISH = """Floods in Leeds

The River Aire burst its banks in Leeds on Tuesday. “We have never seen anything like it,” \
the council’s leader said – damage is put at €4m (£3.4m).

Roads to Bradford were closed, and the café at Kirkstall Abbey was flooded.
"""
ICELANDIC = """Eldgos á Reykjanesskaga

Eldgos hófst við Grindavík í nótt og þurfti að rýma bæinn. Almannavarnir segja að hraunið \
renni í átt að Svartsengi og að íbúar fái ekki að snúa heim í bráð.

Veðurstofa Íslands fylgist náið með þróuninni, og flugvöllurinn í Keflavík er enn opinn.
"""


def _unquoted(text: str) -> str:
    """ISO-8859-2 has no curly quotes nor dashes: a file in it writes them plainly."""
    return text.translate(str.maketrans("„“”–", '"""-'))


@pytest.mark.parametrize(("text", "encoding"), [
    (CZECH, "cp1250"), (_unquoted(CZECH), "iso8859-2"), (HUNGARIAN, "cp1250"),
    (_unquoted(HUNGARIAN), "iso8859-2"), (TURKISH, "cp1254"), (TURKISH, "iso8859-9"),
    (FRENCH, "cp1252"), (GERMAN, "cp1252"), (SPANISH, "cp1252"), (ENGLISH, "cp1252"),
    (ICELANDIC, "cp1252"), (FRENCH.replace("’", "'").replace("€", "euros"), "latin-1"),
], ids=["czech cp1250", "czech iso-8859-2", "hungarian cp1250", "hungarian iso-8859-2",
        "turkish cp1254", "turkish iso-8859-9", "french cp1252", "german cp1252",
        "spanish cp1252", "english cp1252", "icelandic cp1252", "french latin-1"])
def test_a_file_naming_no_encoding_is_read_in_its_language_s(text, encoding):
    """Czech, Hungarian and Turkish news had been read as Windows-1252, every reading of
    Latin letters being as plausible as another ("Povodnì v Ústí", "Gyõr", "Ýzmir'de
    þiddetli yaðýþ"), and the Turkish one warned of as garbled; Western files, Icelandic's
    ð, þ and ý among them, are read as before."""
    [document] = read_bytes(text.encode(encoding), "story.txt")
    assert document.text == text
    assert READ_WARNINGS not in document.metadata


def test_a_page_and_a_feed_row_naming_no_encoding_are_read_in_their_language_s():
    page = f"<html><body><article><p>{TURKISH}</p></article></body></html>"
    [document] = read_bytes(page.encode("cp1254"), "story.html")
    assert "Şanlıurfa'da ise aşırı sıcaklar" in document.text
    line = json.dumps({"id": "cz1", "text": CZECH}, ensure_ascii=False)
    [row] = read_bytes(line.encode("cp1250") + b"\n", "feed.jsonl")
    assert row.text == CZECH


# -- the Articles page's "Original:" address ------------------------------------------------

GUARDIAN = ("https://www.theguardian.com/uk-news/2024/mar/05/flooding-leeds-bradford-roads-"
            "closed-after-heavy-rain-overnight-environment-agency-warns")
TRACKED = "https://news.example/story?" + "&".join(f"utm_param{n}=value{n}" for n in range(60))
HOSTILE_URL = ('https://x.example/a"><img src=x onerror=alert(1)>)[b](javascript:c) "t" *x* '
               "$y$ <b>" + "z" * 400)


def _original(tmp_path, app_store, geoparser, url: str) -> re.Match:
    """The Articles page's "Original:" link of the one article, whose address is `url`:
    (its text, its address, its title or None)."""
    from tests.test_apptest import _run
    from tests.test_audit18_pages import LEEDS, _feed_db

    store = _feed_db(tmp_path, app_store, geoparser, [{**LEEDS, "url": url}])
    at = _run("pages/1_Articles.py")
    assert not at.exception
    store.close()
    header = next(m.value for m in at.markdown if "**Original:**" in m.value)
    link = re.search(r'\*\*Original:\*\* \[(.*)\]\(([^ )]*)(?: "(.*)")?\)$', header)
    assert link is not None, header
    return link


def _unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_a_news_site_s_long_address_is_shown_whole(tmp_path, app_store, geoparser):
    """The Guardian's 136 characters had been cut at 90 ("…/flooding-leeds-bradford-roa…"),
    and a copy of the text was no address; Streamlit wraps an address in its column, so it
    breaks no layout (measured in Chromium at 1400 and 390 pixels: no overflow)."""
    link = _original(tmp_path, app_store, geoparser, GUARDIAN)
    assert _unescaped(link[1]) == GUARDIAN and link[2] == GUARDIAN and link[3] is None


def test_an_address_too_long_to_show_says_itself_on_hover(tmp_path, app_store, geoparser):
    """A 1,206-character tracking address would take 12 lines (29 on a phone): it is cut,
    and the link's title, shown on hover, is the whole of it, as the link is."""
    link = _original(tmp_path, app_store, geoparser, TRACKED)
    assert _unescaped(link[1]).endswith("…") and TRACKED.startswith(_unescaped(link[1])[:-1])
    assert _unescaped(link[3]) == TRACKED and link[2] == TRACKED


def test_a_hostile_address_s_title_means_nothing(tmp_path, app_store, geoparser):
    """Every punctuation mark of the title is escaped: no quote ends it, no bracket or
    parenthesis ends the link, and the page's Markdown shows no HTML."""
    link = _original(tmp_path, app_store, geoparser, HOSTILE_URL)
    assert re.findall(r'(?<!\\)[\[\]()"<>*$`]', link[3]) == []
    assert _unescaped(link[3]) == HOSTILE_URL
    assert re.fullmatch(r"[A-Za-z0-9/:?#&=+%@!,;*~._-]+", link[2])  # (percent-encoded)
