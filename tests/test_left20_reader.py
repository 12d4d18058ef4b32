"""Left open by review 19 and the twentieth session, the reader: a story's sub-heading over
paragraphs of links, link boxes in a feed's HTML body, Central European and Turkish files
without a declared encoding, and the "Original:" address cut short."""

from __future__ import annotations

from placeline.htmlpage import read_html

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
