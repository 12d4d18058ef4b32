"""Audit 23, reading, cleaning and feeds (items 1, 3, 4, 12, 13, 14, 17): a round-up's lines
cut as pull quotes without a warning, a pasted Guardian page titled "Middle East", CSV
headers such as "Published Date" left unread, AP's "contributed to this report" footer
pinned, feed titles kept with their HTML tags and Google's redirect as their address,
NewsAPI's "[+2500 chars]" kept as the story's end, and UTF-16 without a byte-order mark
refused as binary."""

from __future__ import annotations

import json

import pytest

from placeline.clean import clean
from placeline.ingest import RawDocument, read_bytes


def _read(name: str, content: str | bytes) -> list:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return list(read_bytes(data, name))


def _ingest(tmp_path, geoparser, documents: list[RawDocument]):
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(tmp_path / "t.db")
    try:
        return Pipeline(store, geoparser).ingest(documents)
    finally:
        store.close()


# --- item 1: a round-up's lines are news, not pull quotes ----------------------------------

ROUNDUP = """Local election results across Yorkshire
Friday 3 May 2024
In Leeds, Labour held control of the council, winning 61 of the 99 seats.
In Bradford, Labour held control of the council, winning 58 of the 90 seats.
In Sheffield, no party won overall control of the council, with Labour on 41 seats.
In Wakefield, Labour held control of the council, winning 49 of the 63 seats.
Turnout across the region was about 30%, officials said."""

# Lines that differ only in their place and their figures (not the audit's).
QUAKES = "\n".join(["Tremors recorded this week", "11 March 2024"] + [
    f"A magnitude {m} earthquake struck near {town} on Monday morning, the Japan "
    "Meteorological Agency said in a statement."
    for m, town in [("4.1", "Sendai"), ("3.8", "Fukushima"), ("4.5", "Kagoshima"),
                    ("3.9", "Sapporo")]])
ROADS = """Roads reopen

The A59 road to Harrogate reopened on 4 May after repairs, the council said.

The A59 road to Ripon reopened on 4 May after repairs, the council said.

The A59 road to Ripon reopened on 14 May after repairs, the council said."""


@pytest.mark.parametrize("raw, names", [
    (ROUNDUP, ["Leeds", "Bradford", "Sheffield", "Wakefield"]),
    (QUAKES, ["Sendai", "Fukushima", "Kagoshima", "Sapporo"]),
    (ROADS, ["Harrogate", "Ripon", "4 May", "14 May"]),
])
def test_a_round_up_s_lines_are_no_pull_quotes(raw, names):
    """Each line held 85 % of its words in a longer one; its place and figures, which a pull
    quote repeats from its paragraph, were not there."""
    cleaned = clean(raw)
    assert not [part for reason, part in cleaned.removed if reason == "pull quote or subheading"]
    for name in names:
        assert name in cleaned.text


def test_a_pull_quote_that_repeats_its_names_and_figures_still_goes():
    paragraph = ("Mayor Jane Smith said the council would rebuild all 40 homes in Leeds that the "
                 "flood destroyed, and that work would begin in the spring after the waters "
                 "receded and engineers had checked the riverbank.")
    quote = "The council would rebuild all 40 homes in Leeds that the flood destroyed"
    cleaned = clean(f"Floods in Leeds\n\n{paragraph}\n\n{quote}\n\nMore rain is forecast.")
    assert cleaned.removed == [("pull quote or subheading", quote)]


def test_losing_most_of_an_article_as_pull_quotes_is_warned(tmp_path, geoparser):
    """Repeats of a longer line, with its names and figures: the rule is right that they are
    repeats, but most of a text gone so is worth a look, as the README promises."""
    long = ("Officials in Leeds said on Monday that the flood barrier on the River Aire had "
            "held overnight and that 120 homes in Kirkstall were safe after the rain.")
    repeats = [long[:-len(" after the rain.")] + "." for _ in range(1)] + [
        "Officials in Leeds said the flood barrier on the River Aire had held overnight.",
        "Officials in Leeds said that 120 homes in Kirkstall were safe after the rain.",
        "The flood barrier on the River Aire had held overnight, officials in Leeds said.",
        "Officials in Leeds said the barrier on the River Aire held and 120 homes were safe."]
    raw = "Barrier holds\n\n" + "\n\n".join([*repeats, long])
    report = _ingest(tmp_path, geoparser, [RawDocument("aire.txt", raw)])
    [warning] = [w for w in report.warnings if "cleaning removed" in w.reason]
    assert "pull quotes" in warning.reason


# --- item 3: a pasted page with a long menu --------------------------------------------------

MENU = ["Skip to main content", "Skip to navigation", "Print subscriptions", "Sign in",
        "News", "Opinion", "Sport", "Culture", "Lifestyle", "World", "Europe", "US", "Americas",
        "Asia", "Australia", "Middle East", "Africa", "Inequality", "Global development"]
HEADLINE = "Floods force evacuations in towns along the Danube"
STORY = [
    ("Thousands of people were ordered to leave their homes as the Danube rose through "
    "towns upstream of Budapest on Sunday."),
    "Sign up to This is Europe",
    "Free newsletter",
    "The most pressing stories and debates for Europeans",
    ("Privacy Notice: Newsletters may contain info about charities, online ads, and content "
    "funded by outside parties. For more information see our Privacy Policy. We use Google "
    "reCaptcha to protect our website and the Google Privacy Policy and Terms of Service "
    "apply."),
    "after newsletter promotion",
    "Residents of Szentendre and Visegrad were taken to schools in higher ground.",
    "Explore more on these topics",
    "Hungary",
    "Europe",
    "Floods",
    "Share",
    "Reuse this content",
]


@pytest.mark.parametrize("top", [
    ["Hungary", HEADLINE, "Water levels are expected to peak on Tuesday",
     "Rescuers in a boat in Szentendre on Sunday. Photograph: Jane Doe/AP"],
    ["Rescuers in a boat in Szentendre on Sunday. Photograph: Jane Doe/AP", "Hungary",
     HEADLINE, "Water levels are expected to peak on Tuesday"],
])
def test_a_pasted_page_with_a_long_menu_is_titled_and_dated_by_its_headline(top):
    """Nineteen menu lines, more than the fifteen searched, had titled the story "Middle
    East"; a credited photo caption above the headline titled it so in turn."""
    raw = "\n".join([*MENU, *top, "Jakub Novak in Budapest", "Mon 16 Sep 2024 09.12 BST",
                     "Share", *STORY])
    cleaned = clean(raw)
    assert cleaned.title == HEADLINE
    assert not {"Middle East", "Africa", "Global development"} & set(cleaned.text.split("\n\n"))
    assert "Europe" not in cleaned.text  # (the newsletter's name and the topics' list)
    assert "Photograph" not in cleaned.text
    assert "Szentendre and Visegrad" in cleaned.text

    from placeline.pipeline import make_article

    article = make_article(RawDocument("danube.txt", raw))
    assert str(article.published.date) == "2024-09-16"


def test_a_short_text_of_menu_like_lines_without_a_skip_link_is_kept():
    """Only a skip link or a cookie line proves a page: a text's short first lines stay."""
    raw = "World\nFloods in Leeds\n5 March 2024\nThe river rose in Leeds on Monday."
    assert clean(raw).title == "World"


# --- item 4: CSV headers as spreadsheets write them -------------------------------------------

@pytest.mark.parametrize("header", ["Publish Date", "published date", "Published Date",
                                    "Date Published", "PUBLISHED-DATE", "Pub Date"])
def test_a_csv_s_date_column_is_read_whatever_its_spacing(header):
    csv = (f"title,text,{header},url\n"
           '"Storm hits Galway","Storm Éowyn brought winds of 180 km/h to Galway on Friday.",'
           "2025-01-24,https://example.ie/a\n")
    [document] = _read("a.csv", csv)
    from placeline.dates import date_from_metadata

    assert str(date_from_metadata(document.metadata).date) == "2025-01-24"


def test_a_csv_s_other_columns_keep_their_names():
    csv = "Headline,Article,Word Count\nFloods in Ely,Floods hit Ely on Monday.,5\n"
    [document] = _read("a.csv", csv)
    assert document.text.startswith("Floods in Ely\n\nFloods hit Ely")


# --- item 12: AP's credit line ------------------------------------------------------------------

@pytest.mark.parametrize("credit", [
    ("Associated Press writer Jan M. Olsen in Copenhagen, Denmark, contributed to this report. "
    "Follow AP's coverage of climate at https://apnews.com/hub/climate"),
    ("Associated Press writers Sam Metz in Rabat, Morocco, and Jon Gambrell in Dubai, United "
    "Arab Emirates, contributed to this report."),
    "AP reporter Kim Tong-hyung in Seoul, South Korea, contributed reporting.",
])
def test_a_wire_story_s_credit_to_its_other_writers_is_cut(credit):
    raw = ("Volcano erupts in Iceland\nNovember 21, 2024\n"
           "GRINDAVIK, Iceland (AP) — A volcano in southwestern Iceland erupted Wednesday "
           f"night, sending lava toward the town of Grindavik.\n___\n{credit}")
    cleaned = clean(raw)
    assert cleaned.text.endswith("toward the town of Grindavik.")
    assert ("ad or site footer", credit) in cleaned.removed


def test_a_story_s_own_sentence_about_contributions_stays():
    raw = ("Fire in Lyon\nMarch 3, 2025\nA fire destroyed a warehouse in Lyon on Sunday. "
           "Residents of Villeurbanne contributed to a fund for the workers, the mayor said.")
    assert "Villeurbanne" in clean(raw).text


# --- item 13: feed titles in HTML, Google's redirects ---------------------------------------

ALERT = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Google Alert - storm</title>
<entry><id>tag:google.com,2013:googlealerts/feed:1</id>
<title type="html">&lt;b&gt;Storm&lt;/b&gt; cuts power in &lt;b&gt;Galway&lt;/b&gt; &amp;amp; Mayo</title>
<link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://www.example.ie/news/storm-galway&amp;ct=ga&amp;cd=1&amp;usg=AOv"/>
<published>2025-01-24T09:12:00Z</published>
<content type="html">&lt;b&gt;Storm&lt;/b&gt; Éowyn cut power to homes in Galway on Friday.</content>
</entry></feed>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x</title>
<item><title>Flood warning for &lt;b&gt;York&lt;/b&gt; as Ouse rises</title>
<link>https://example.co.uk/news/york-flood</link><pubDate>Mon, 25 Nov 2024 08:00:00 GMT</pubDate>
<description>The Ouse rose in York on Monday.</description></item>
<item><title><![CDATA[Council "to review" <b> tags in Leeds]]></title>
<link>https://example.co.uk/news/leeds</link><pubDate>Mon, 25 Nov 2024 08:00:00 GMT</pubDate>
<description>Leeds council met on Monday.</description></item>
</channel></rss>"""


def test_an_html_feed_title_is_read_as_text_and_google_s_redirect_as_its_target():
    [document] = _read("alerts.atom", ALERT)
    assert document.text.split("\n\n")[0] == "Storm cuts power in Galway & Mayo"
    assert document.metadata["url"] == "https://www.example.ie/news/storm-galway"


def test_an_rss_title_of_escaped_markup_is_text_and_a_plain_one_stays_as_written():
    york, leeds = _read("feed.rss", RSS)
    assert york.text.split("\n\n")[0] == "Flood warning for York as Ouse rises"
    assert leeds.text.split("\n\n")[0] == 'Council "to review" <b> tags in Leeds'


def test_a_csv_row_s_google_redirect_is_read_as_its_target():
    csv = ("title,text,url\nStorm in Galway,Storm Éowyn hit Galway on Friday.,"
           '"https://www.google.com/url?rct=j&sa=t&url=https://www.example.ie/a&ct=ga"\n')
    [document] = _read("alerts.csv", csv)
    assert document.metadata["url"] == "https://www.example.ie/a"


def test_an_ordinary_address_is_kept():
    from placeline.feeds import redirect_target

    for url in ["https://news.google.com/articles/abc", "https://example.org/url?url=x",
                "https://www.google.com/url?q=not-an-address"]:
        assert redirect_target(url) == url
    assert redirect_target("https://www.google.co.uk/url?q=https://bbc.co.uk/news/1&sa=U") == \
        "https://bbc.co.uk/news/1"


# --- item 14: NewsAPI's cut content --------------------------------------------------------

def test_newsapi_s_mark_of_a_cut_is_no_text_and_is_warned_of():
    feed = {"status": "ok", "articles": [{
        "title": "Quake rattles Taiwan", "publishedAt": "2024-04-03T01:00:00Z",
        "url": "https://example.com/taiwan", "description": "A strong quake struck Taiwan.",
        "content": "A magnitude 7.4 earthquake struck off Hualien on Wednesday morning. "
                   "Officials in Hualien County said nine people were killed… [+2500 chars]"}]}
    [document] = _read("items.json", json.dumps(feed))
    assert document.text.endswith("nine people were killed…")
    [warning] = document.metadata["read_warnings"]
    assert "2500 characters" in warning and "first lines" in warning


def test_a_text_that_merely_mentions_chars_is_unchanged():
    line = json.dumps({"text": "The font has [+20 chars] of padding, designers in Leeds said."})
    [document] = _read("a.jsonl", line)
    assert document.text.endswith("designers in Leeds said.")
    assert not document.metadata.get("read_warnings")


# --- item 17: UTF-16 without a byte-order mark ---------------------------------------------

TEXT = ("Strikes hit Besançon and Zürich\n12 March 2024\n"
        "Workers in Besançon walked out on Monday, and unions in Zürich joined them.\n")


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le"])
def test_utf16_without_a_byte_order_mark_is_read(encoding):
    [document] = _read("strike.txt", TEXT.encode(encoding))
    assert document.text == TEXT


def test_binary_files_are_still_binary():
    import zlib

    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + zlib.compress(bytes(range(256)) * 40)
    [error] = _read("image.txt", data)
    assert "binary" in error.reason
    [document] = _read("a.jsonl", '{"text": "Floods in Ely"}\n'.encode("utf-16-le"))
    assert document.text == "Floods in Ely"  # (refused until session 24: test_left24_reader)
