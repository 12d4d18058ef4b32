"""Audit 19, HTML pages (item 2): the titles of "Read more", "Related topics" and "More from"
boxes of links are no text of the story, named by the page or not."""

from __future__ import annotations

import re

import pytest

from placeline.htmlpage import read_html

AP = """<html><head><meta property="og:title" content="Wildfire forces evacuations in Colorado">
</head><body><main><article class="story">
<h1>Wildfire forces evacuations in Colorado</h1>
<p>BOULDER, Colo. (AP) — A wildfire west of Boulder forced hundreds of residents to leave.</p>
<p>Crews from Denver and Fort Collins were helping to contain the blaze.</p>
<div class="related-stories"><h3>Read more</h3><ul>
<li><a href="/1">Tornado kills 3 in Nebraska</a></li>
<li><a href="/2">Earthquake shakes Anchorage</a></li></ul></div>
<p>The cause of the fire is under investigation.</p>
</article>
<div class="most-read"><h2>Most read</h2><ol><li><a href="/4">Shooting in Chicago leaves 4
dead</a></li><li><a href="/5">Miami mayor resigns</a></li></ol></div>
</main></body></html>"""
BBC = """<html><head><meta property="og:title" content="Flooding closes roads across Yorkshire">
</head><body><main><article>
<header><h1>Flooding closes roads across Yorkshire</h1></header>
<div data-component="text-block"><p>Several roads in North Yorkshire were closed on Thursday
morning, with the River Ouse rising in York.</p></div>
<div data-component="text-block"><p>In Leeds, a landslip closed a railway line. Northern said
services between Leeds and Harrogate would not run until Saturday.</p></div>
<div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/t/1">Flooding</a>
</li><li><a href="/t/2">Harrogate</a></li><li><a href="/t/3">Whitby</a></li></ul></div>
</article>
<section data-component="more-stories"><h2>More from the BBC</h2><ul><li><a href="/n/1">Fire
at Scarborough hotel</a></li><li><a href="/n/2">Whitby abbey reopens</a></li></ul></section>
</main></body></html>"""
WORDPRESS = """<html><head><title>Tornado damages homes in Moore</title></head><body>
<div class="entry-content">
<p>MOORE, Okla. — A tornado damaged dozens of homes in Moore late Tuesday, the city's
emergency manager said.</p>
<p>The storm also knocked down power lines in Norman and Oklahoma City.</p>
<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li>
<li><a href="#">Twitter</a></li></ul></div>
<div id="jp-relatedposts"><h3>Related</h3><p><a href="/x">Tornado hits Tulsa last year</a>
</p></div>
</div></body></html>"""
STORIES = {
    "ap": (AP, ["Wildfire forces evacuations in Colorado", "BOULDER, Colo.", "Crews from",
                "The cause of"]),
    "bbc": (BBC, ["Flooding closes roads across Yorkshire", "Several roads", "In Leeds"]),
    "wordpress": (WORDPRESS, ["Tornado damages homes in Moore", "MOORE, Okla.",
                              "The storm also"]),
}


def _bare(page: str) -> str:
    """The page without the class, id and data-component names that say what a box is."""
    return re.sub(r'\s(?:class|id|data-component)="[^"]*"', "", page)


@pytest.mark.parametrize("name", STORIES)
@pytest.mark.parametrize("named", [True, False], ids=["named", "bare"])
def test_a_box_of_links_and_its_title_are_no_text_of_the_story(name, named):
    """The audit's three CMS shapes: the BBC page's text had ended "Related topics / More
    from the BBC", and without the names that mark them as widgets, every page had kept its
    boxes' titles ("Read more", "Most read", "Share this:") among the story's paragraphs."""
    page, starts = STORIES[name]
    text, _ = read_html(page if named else _bare(page))
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == len(starts), paragraphs
    assert all(p.startswith(s) for p, s in zip(paragraphs, starts, strict=True)), paragraphs


@pytest.mark.parametrize("links", [2, 40])
def test_a_story_s_own_heading_beside_a_list_of_links_is_kept(links):
    """In the story's <article> itself, even where its links outweigh its prose."""
    items = "".join(f'<li><a href="/{n}">Council advice, part {n}</a></li>' for n in range(links))
    page = f"""<html><body><article><h1>Storm hits Leeds</h1>
    <p>A storm hit Leeds on Monday, the council said, and roads were closed.</p>
    <h2>Evacuations in Wakefield</h2>
    <p>Families in Wakefield were moved to a school hall overnight, officials said.</p>
    <ul>{items}</ul></article></body></html>"""
    text, _ = read_html(page)
    assert "Evacuations in Wakefield" in text.split("\n\n")
