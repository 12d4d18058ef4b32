"""Review 18, the reading of pages and feeds: widgets and teasers read as the story (item 4),
hidden story text dropped (item 5), JSONL rows with markup (item 11) and the JSONL warning
on unread date fields (item 12)."""

from __future__ import annotations

import pytest

from placeline.htmlpage import READ_WARNINGS, read_html

STORY = ("<p>A storm hit Brighton on Sunday, flooding seafront businesses.</p>"
         "<p>Trains to Eastbourne were cancelled.</p>")
STORY_TEXT = ["A storm hit Brighton on Sunday, flooding seafront businesses.",
              "Trains to Eastbourne were cancelled."]


def _paragraphs(page: str) -> list[str]:
    text, _ = read_html(page)
    return text.split("\n\n")[1:]  # (without the headline)


def _page(body: str) -> str:
    return f"<html><head><title>Storm hits coast</title></head><body>{body}</body></html>"


# -- item 4: widgets, teasers and footers are no story's text ------------------------------

def test_teaser_headings_in_a_related_box_of_the_article_are_not_read():
    """<h4> teasers in the article's "inline-related" box had put Oklahoma City and Athens on
    the map of a Brighton story."""
    box = ("<div class='inline-related'><h4>Read more</h4><h4><a href='/a'>Tornado tears "
           "through Oklahoma City</a></h4><h4><a href='/b'>Wildfire near Athens forces "
           "evacuations</a></h4></div>")
    assert _paragraphs(_page(f"<article><h1>Storm hits coast</h1>{STORY}{box}</article>")) \
        == STORY_TEXT
    unnamed = box.replace(" class='inline-related'", "")  # a box mostly of links, and its title
    assert _paragraphs(_page(f"<article>{STORY}{unnamed}</article>")) == STORY_TEXT


def test_sign_up_boxes_related_headings_comments_and_footers_of_a_page_are_not_read():
    """A page without <article>: its sign-up box, "related-posts" headings, a comment and its
    legal footer had been read as the story."""
    page = _page(
        "<div class='container'><div class='story'>" + STORY + "</div>"
        "<div class='signup-box'>Get the best of Example News delivered to your inbox every "
        "morning. Sign up now.</div><div class='related-posts'><h4>More from Example News</h4>"
        "<h4>Tornado hits Oklahoma City as storms sweep the plains</h4></div><div "
        "class='comments-area'><div class='comment-body'><p>I grew up in Paris and this "
        "happened there too, terrible stuff.</p></div></div><div class='site-footer'>Example "
        "News Ltd is registered in England and Wales under company number 123456. All rights "
        "reserved.</div></div>")
    text, metadata = read_html(page)
    assert text.split("\n\n")[1:] == STORY_TEXT
    assert READ_WARNINGS not in metadata  # (a widget's text is no story left unread)


@pytest.mark.parametrize("name", ["related-posts", "related-content", "most-read-articles",
                                  "comment-body", "share-post", "inline-related", "signup-box",
                                  "site-footer", "newsletter-text"])
def test_a_widget_s_name_with_a_story_s_word_in_it_is_a_widget_s(name):
    """"post", "content", "body", "article" in a widget's name say what it holds: such names
    had been taken for the story's."""
    widget = f"<div class='{name}'><p>Floods hit Cardiff as the river burst its banks.</p></div>"
    assert _paragraphs(_page(f"<article>{STORY}{widget}</article>")) == STORY_TEXT
    assert _paragraphs(_page(f"<div class='story'>{STORY}</div>{widget}")) == STORY_TEXT


def test_a_story_s_own_name_beside_a_widget_s_keeps_the_element_the_story_s():
    page = _page(f"<div class='article-body social-share'>{STORY}</div>")
    assert _paragraphs(page) == STORY_TEXT


@pytest.mark.parametrize("wrapper", [
    "<div class='layout-with-sidebar'>{}</div>",
    "<div id='main' class='has-sidebar'><article>{}</article></div>",
    "<article><h1>Storm hits coast</h1><div class='post-share-wrapper'>{}</div></article>"])
def test_a_wrapper_named_like_a_widget_keeps_its_story(wrapper):
    """A layout's name may hold a widget's word: the element around the main article, or
    holding most of its text or a page's, is no widget."""
    aside = "<div class='related'><p>Floods hit Cardiff as the river burst its banks.</p></div>"
    assert _paragraphs(_page(wrapper.format(STORY + aside))) == STORY_TEXT


def test_a_heading_s_anchor_is_no_widget_s_name():
    """An id made from a heading ("example-1-amend-a-shared-changeset") had named a share
    widget on Readability's mercurial page."""
    page = _page("<div class='section' id='the-shared-road-from-brighton-to-eastbourne'>"
                 f"{STORY}</div>")
    assert _paragraphs(page) == STORY_TEXT


def test_an_inline_teaser_link_is_not_read_and_a_sentence_with_links_is():
    page = _page(f"<article>{STORY}<p><a href='/c'>Read more: Storm batters Cardiff</a></p>"
                 "<p>Officials in <a href='/l'>Lewes</a> and <a href='/h'>Hastings</a> "
                 "said.</p></article>")
    assert _paragraphs(page) == [*STORY_TEXT, "Officials in Lewes and Hastings said."]


# -- item 5: hidden story text ------------------------------------------------------------

READ_MORE = ("<div class='read-more-content' style='display:none'><p>The budget also funds a "
             "new bus lane between Wakefield and Huddersfield, officials said.</p><p>Work is "
             "due to start in Halifax next spring.</p></div><button>Read more</button>")
BUDGET = ("<p>The city council in Leeds approved its budget on Monday after a long debate.</p>"
          "<p>Opposition members in Bradford criticised the cuts to libraries.</p>")


@pytest.mark.parametrize("outer", [
    "<article class='story'><div class='story-body'>{}</div></article>",
    "<div class='story-body'>{}</div>"])
def test_a_story_continued_behind_read_more_is_read(outer):
    """The article's text behind "Read more" (display:none until clicked) had been dropped
    without a word, and Wakefield, Huddersfield and Halifax with it."""
    text = "\n\n".join(_paragraphs(_page(outer.format(BUDGET + READ_MORE))))
    assert "Wakefield and Huddersfield" in text and "Halifax next spring" in text


def test_hidden_widgets_and_hidden_text_in_a_paragraph_are_not_read():
    page = _page("<div class='modal' hidden><p>Subscribe to read every story from Leeds, "
                 "Bradford and York.</p></div><article><p>Floods hit Leeds<span "
                 "style='display:none'> Advertisement</span> on Monday.</p>"
                 f"{BUDGET}</article><div id='cookie-banner' style='display:none'>We use "
                 "cookies to make our site work for readers in Berlin.</div>")
    assert _paragraphs(page) == ["Floods hit Leeds on Monday.", *BUDGET[3:-4].split("</p><p>")]


def test_hidden_text_left_unread_counts_in_the_page_s_share():
    """Hidden prose outside the article is not read, but it counts in the page's text: the
    ingest report warns that the story may not be whole, where it had said nothing."""
    more = " ".join(f"Crews in Leeds cleared road number {n} of fallen trees." for n in range(9))
    page = _page("<article><p>A storm hit Leeds on Monday.</p></article><div hidden><p>"
                 f"{more}</p></div>")
    text, metadata = read_html(page)
    assert "Crews" not in text
    assert metadata[READ_WARNINGS][0].startswith("only 5% of the page's text")
    assert "<article>, or hidden)" in metadata[READ_WARNINGS][0]


# -- item 11: JSONL rows with markup ------------------------------------------------------

def _feed(*rows) -> list:
    import json

    from placeline.ingest import read_bytes
    from placeline.pipeline import make_article

    data = "\n".join(json.dumps(row) for row in rows).encode()
    return [make_article(document) for document in read_bytes(data, "feed.jsonl")]


def test_a_feed_body_s_share_and_related_blocks_are_not_read():
    """Jetpack's "Share this" and "Related" blocks of a WordPress body had been read, and
    Cardiff, the related story's, placed."""
    body = ("<div class=\"entry-content\"><p>Floods hit <b>York</b> on Monday.</p><div class="
            "\"sharedaddy\"><h3>Share this:</h3><ul><li><a href=\"https://twitter.com/share\">"
            "Twitter</a></li><li><a href=\"https://facebook.com\">Facebook</a></li></ul></div>"
            "<div class=\"jp-relatedposts\"><h3>Related</h3><p><a href=\"/x\">Storm batters "
            "Cardiff</a></p></div></div>")
    (article,) = _feed({"id": "r6", "date": "2024-03-05", "text": body})
    assert article.text == "Floods hit York on Monday."


def test_a_plain_row_with_a_stray_br_keeps_its_paragraphs():
    """One <br> had made the row HTML, and its blank lines had joined its paragraphs:
    "Flooding in Leeds Roads to Bradford were closed …"."""
    (article,) = _feed({"id": "r2", "text": "Flooding in Leeds\n\nRoads to Bradford were "
                        "closed on Monday.<br>\n\nResidents of Wakefield were told to stay home."})
    assert [p.strip() for p in article.text.split("\n\n")] == [
        "Flooding in Leeds", "Roads to Bradford were closed on Monday.",
        "Residents of Wakefield were told to stay home."]


def test_a_plain_row_that_mentions_tags_keeps_its_words():
    text = ("The council in Leeds published its new website on Monday. Developers said the page "
            "used a <div> and a </div> tag in the wrong order.")
    (article,) = _feed({"id": "r4", "text": text})
    assert article.text == text


def test_an_html_row_keeps_the_paragraphs_its_blank_lines_make():
    """A body written as paragraphs with inline markup (WordPress's post_content, before its
    <p>s are added) is HTML, and its blank lines are its paragraphs."""
    (article,) = _feed({"id": "w", "text": "Flooding in <b>Leeds</b> on Monday.\n\nRoads to "
                        "<a href=\"/b\">Bradford</a> were closed.\nResidents stayed home."})
    assert article.text.split("\n\n") == ["Flooding in Leeds on Monday.",
                                          "Roads to Bradford were closed. Residents stayed home."]


@pytest.mark.parametrize("text", ["<p>Floods hit York on Monday.</p>",
                                  "Floods hit <strong>York</strong> on Monday.",
                                  "Floods hit <a href='/y'>York</a> on Monday.",
                                  "<p>\n  Floods hit York on Monday.\n</p>"])
def test_markup_written_as_markup_is_read_as_html(text):
    (article,) = _feed({"id": "h", "text": text})
    assert article.text == "Floods hit York on Monday."


# -- item 12: the warning on a feed's unread date fields -----------------------------------

def _ingest(geoparser, tmp_path, rows):
    import json

    from placeline.ingest import read_bytes
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    data = "\n".join(json.dumps(row) for row in rows).encode()
    store = open_store(tmp_path / "feed.db")
    try:
        return Pipeline(store, geoparser).ingest(read_bytes(data, "feed.jsonl"))
    finally:
        store.close()


def test_a_feed_s_unread_date_field_is_one_line_for_all_its_rows(geoparser, tmp_path):
    """A row's reading_time ("4 min") had been named as a date-like field, and each of a
    feed's 1,569 rows had had its own identical line."""
    rows = [{"id": f"x{i}", "created_at": "2024-03-05T10:00:00Z", "reading_time": "4 min",
             "text": f"Rain flooded streets in Limerick on Tuesday, report {i}."}
            for i in range(5)]
    report = _ingest(geoparser, tmp_path, rows)
    lines = [line for line in report.summary().splitlines() if "not read" in line]
    assert lines == [(
        '  warning feed.jsonl (5 rows: #x0, #x1, #x2 and 2 more): the date-like field '
        'created_at was not read as the row\'s publication date (placeline reads published, '
        'datePublished, date_published, published_at, date, pubDate, …); rename the field to '
        '"date" if it holds the publication date')]
    assert len(report.warnings) == 5  # (each row has it; the report tells it once)


def test_a_field_named_like_a_date_whose_value_is_none_gives_no_warning(geoparser, tmp_path):
    rows = [{"id": "r", "reading_time": "4 min", "updated": "yesterday", "runtime": 12,
             "text": "Rain flooded streets in Limerick on Tuesday."}]
    assert _ingest(geoparser, tmp_path, rows).warnings == []


def test_warnings_of_other_files_and_of_one_row_are_told_as_they_were():
    from placeline.errors import InputError
    from placeline.pipeline import IngestReport

    report = IngestReport(warnings=[
        InputError("a.html", "same"), InputError("b.html", "same"),
        InputError("f.jsonl#1", "same"), InputError("f.jsonl#2", "other"),
        InputError("g.jsonl#1", "same"), InputError("g.jsonl#2", "same")])
    assert [(e.source, e.reason) for e in report.warning_lines()] == [
        ("a.html", "same"), ("b.html", "same"), ("f.jsonl#1", "same"), ("f.jsonl#2", "other"),
        ("g.jsonl (2 rows: #1, #2)", "same")]
