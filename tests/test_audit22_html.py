"""Audit 22, saved web pages: a page's text outside its <article> read as the story (item 5);
a page saved as "Web Page, Complete" read with its NAME_files/ folder (12); a page whose story
is only in its JSON-LD articleBody skipped (14)."""

from __future__ import annotations

import io
import zipfile

from tests.test_audit18_input import _main

# -- item 12: a page saved as "Web Page, Complete" -------------------------------------------

PAGE = ("<!DOCTYPE html><html><head><title>Floods force hundreds from homes in Yorkshire</title>"
        "<meta property='article:published_time' content='2024-03-05T10:00:00Z'></head><body>"
        "<article><h1>Floods force hundreds from homes in Yorkshire</h1><p>Residents of "
        "Tadcaster and Selby left their homes on Tuesday as the River Wharfe burst its banks."
        "</p></article></body></html>")
# What Chrome and Firefox put in NAME_files/: the page's iframes, embeds, scripts, styles.
RESOURCES = {
    "saved_resource.html": "<html><body><div class='ad'><a href='https://ads.example/x'>"
                           "<img src='a.gif'></a></div></body></html>",
    "saved_resource(1).html": "<!DOCTYPE html><html><head><title>Sign up</title></head><body>"
                              "<p>Sign up to our newsletter for the latest news from London, "
                              "Paris and New York.</p><form><input></form></body></html>",
    "embed.html": "<html><body><p>Watch: Storm damage in Leeds and Bradford after the floods "
                  "hit on Tuesday.</p></body></html>",
    "style.css": "body{}", "app.js": "var x=1;", "pixel.gif": "GIF89a",
}
STEM = "Floods force hundreds from homes"


def _saved_complete(folder, stem: str = STEM, suffix: str = ".html",
                    resources: str = "_files"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}{suffix}").write_text(PAGE, encoding="utf-8")
    (folder / f"{stem}{resources}").mkdir()
    for name, content in RESOURCES.items():
        (folder / f"{stem}{resources}" / name).write_text(content, encoding="utf-8")
    return folder


def test_a_page_saved_complete_is_read_without_its_resources_folder(capsys, tmp_path):
    """The audit: "3 added, … 2 skipped", the embed and the sign-up box stored as articles
    (one undated, counted among "places on no map"), .css, .gif and .js reported not read,
    and exit 3 for a folder that held one article."""
    folder = _saved_complete(tmp_path / "saved")
    code, out = _main(capsys, "ingest", folder, "--db", tmp_path / "s.db")
    assert code == 0, out
    assert out.startswith("1 added, 0 already stored, 0 skipped"), out
    assert "_files" not in out and "unsupported" not in out


def test_a_localised_resources_folder_and_an_htm_page_are_read_so_too(capsys, tmp_path):
    """Firefox names the folder in the user's language: "NAME-Dateien" in German."""
    folder = _saved_complete(tmp_path / "saved", "Hochwasser", ".htm", "-Dateien")
    code, out = _main(capsys, "ingest", folder, "--db", tmp_path / "s.db")
    assert code == 0 and out.startswith("1 added, 0 already stored, 0 skipped"), out


def test_a_folder_named_so_without_its_page_beside_it_is_read(capsys, tmp_path):
    """"archive_files/" of articles, with no "archive.html" beside it, is no page's."""
    folder = tmp_path / "news" / "archive_files"
    folder.mkdir(parents=True)
    (folder / "leeds.txt").write_text("Fire in Leeds\n\nA fire broke out in Leeds on Monday, "
                                      "March 4, 2024.\n", encoding="utf-8")
    code, out = _main(capsys, "ingest", tmp_path / "news", "--db", tmp_path / "s.db")
    assert code == 0 and out.startswith("1 added"), out


def test_the_resources_folder_named_by_a_shell_s_glob_is_said_to_be_passed_over(capsys,
                                                                                   tmp_path):
    """`ingest saved/*` names the page and its folder: the folder is passed over, said once,
    as a store or a Thumbs.db named so is."""
    folder = _saved_complete(tmp_path / "saved")
    code, out = _main(capsys, "ingest", *sorted(folder.iterdir()), "--db", tmp_path / "s.db")
    assert code == 0, out
    assert out.startswith("1 added, 0 already stored, 0 skipped"), out
    assert out.count("passed over") == 1
    assert f"passed over {folder / (STEM + '_files')}: " in out


def test_a_zip_of_a_page_saved_complete_reads_the_page_alone():
    from placeline.ingest import count_documents, read_bytes

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"saved/{STEM}.html", PAGE)
        for name, content in RESOURCES.items():
            archive.writestr(f"saved/{STEM}_files/{name}", content)
        archive.writestr("saved/notes.md", "# Notes")
    data = buffer.getvalue()
    items = list(read_bytes(data, "saved.zip"))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDocument", f"saved.zip/saved/{STEM}.html"),
        ("InputError", "saved.zip/saved/notes.md")]
    assert count_documents(data, "saved.zip") == 2


# -- item 14: a page whose story is only in its JSON-LD articleBody ---------------------------

QUAKE_BODY = ("A magnitude 5.8 earthquake struck near Izmir on Tuesday morning, damaging "
              "buildings in Bornova and Karsiyaka. Tremors were felt as far away as Istanbul "
              "and on the Greek island of Samos.")


def _script_rendered(article: dict, body: str = "<div id='root'></div>") -> str:
    import json

    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Quake hits Izmir | "
            "Example News</title><script type='application/ld+json'>"
            f"{json.dumps(article)}</script></head><body><div id='__next'><header><a href='/'>"
            f"Example News</a></header>{body}<noscript>You need to enable JavaScript to run "
            "this app.</noscript></div></body></html>")


QUAKE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Quake hits Izmir",
         "datePublished": "2024-03-05T08:00:00+03:00", "articleBody": QUAKE_BODY}


def test_a_page_whose_story_is_only_in_its_json_ld_is_read_from_it(capsys, tmp_path):
    """The audit's page (a script-rendered site saved as "HTML only"): "skipped quake.html:
    no article text found in the HTML page", exit 1."""
    page = tmp_path / "quake.html"
    page.write_text(_script_rendered(QUAKE), encoding="utf-8")
    code, out = _main(capsys, "ingest", page, "--db", tmp_path / "s.db")
    assert code == 0 and out.startswith("1 added"), out
    from placeline.ingest import read_paths

    (document,) = read_paths([page])
    assert document.text == f"Quake hits Izmir\n\n{QUAKE_BODY}"
    assert document.metadata["datePublished"] == "2024-03-05T08:00:00+03:00"


def test_an_article_body_in_a_graph_with_paragraphs_and_markup_is_read_so():
    """Yoast's @graph, a body of several paragraphs (newlines), and one of HTML."""
    from placeline.htmlpage import read_html

    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example News"},
        {"@type": ["NewsArticle"], "headline": "Quake hits Izmir",
         "articleBody": "A quake struck near Izmir on Tuesday.\nTremors were felt in Samos."}]}
    text, _ = read_html(_script_rendered(graph))
    assert text == ("Quake hits Izmir\n\nA quake struck near Izmir on Tuesday.\n\n"
                    "Tremors were felt in Samos.")
    marked = {**QUAKE, "articleBody": "<p>A quake struck near Izmir on Tuesday.</p><p>Tremors "
                                      "were felt as far away as Istanbul &amp; Samos.</p>"}
    text, _ = read_html(_script_rendered(marked))
    assert text == ("Quake hits Izmir\n\nA quake struck near Izmir on Tuesday.\n\n"
                    "Tremors were felt as far away as Istanbul & Samos.")


def test_a_page_showing_its_lead_alone_is_read_from_its_article_body():
    """A page that shows its lead and holds the story in JSON-LD (a paywall's): the lead
    alone had been the article, Istanbul and Samos lost."""
    from placeline.htmlpage import read_html

    lead = "<article><h1>Quake hits Izmir</h1><p>A quake struck near Izmir on Tuesday.</p>" \
           "<p>Subscribe to read the full story.</p></article>"
    text, _ = read_html(_script_rendered(QUAKE, lead))
    assert text == f"Quake hits Izmir\n\n{QUAKE_BODY}"


def test_a_page_whose_paragraphs_hold_the_story_is_read_from_them():
    """A page's own paragraphs are read where they hold as much as its articleBody, or where
    the JSON-LD is no article's (a video's description, an organisation's)."""
    from placeline.htmlpage import read_html

    shown = ("<article><h1>Quake hits Izmir</h1><p>A magnitude 5.8 earthquake struck near Izmir"
             " on Tuesday morning, damaging buildings in Bornova and Karsiyaka.</p><p>Tremors "
             "were felt as far away as Istanbul and on the Greek island of Samos, where a "
             "church bell tower fell.</p></article>")
    text, _ = read_html(_script_rendered({**QUAKE, "articleBody": "A quake hit Izmir."}, shown))
    assert "bell tower" in text and "A quake hit Izmir." not in text
    video = {"@type": "VideoObject", "name": "Quake", "articleBody": QUAKE_BODY}
    text, _ = read_html(_script_rendered(video, "<p>Watch the video.</p>"))
    assert "Bornova" not in text


# -- item 5: a saved page's text outside its <article> ---------------------------------------

BRIDGE = """<html><head><title>Bridge closed in Leeds</title></head><body>
<article><h1>Bridge closed in Leeds</h1>
<p>A bridge over the River Aire in Leeds was closed on Monday after engineers found cracks in
its supports.</p>
<p>Drivers were told to use routes through Wakefield and Bradford instead, the council said.</p>
</article>
<div class="rail"><h2>Trending</h2>
<ul><li>Wildfire forces evacuations near Perth</li><li>Earthquake hits Papua New Guinea</li>
<li>Floods in Jakarta leave thousands homeless</li></ul>
<p>Protesters clashed with police in Nairobi on Sunday, witnesses said.</p></div>
</body></html>"""


def test_a_rail_after_the_article_is_not_read_as_the_story():
    """The audit's page: its "Trending" rail (a <div class="rail">, named as no widget) had
    put a Leeds story in Nairobi (dated 3 March), Jakarta, Perth and Papua New Guinea."""
    from placeline.htmlpage import read_html

    text, _ = read_html(BRIDGE)
    assert text.split("\n\n") == [
        "Bridge closed in Leeds",
        ("A bridge over the River Aire in Leeds was closed on Monday after engineers found "
         "cracks in its supports."),
        ("Drivers were told to use routes through Wakefield and Bradford instead, the council "
         "said.")]


def test_a_list_a_site_names_in_a_data_attribute_is_no_story_s():
    """The BBC's <section data-component="most-read"> and an element of role
    "complementary" are widgets as a class naming them is, with or without an <article>."""
    from placeline.htmlpage import read_html

    most_read = ("<section data-component='most-read'><h2>Most read</h2><ol><li><span>1</span>"
                 "<span>Man dies after avalanche in Chamonix</span></li><li><span>2</span><span>"
                 "Hong Kong court orders Evergrande to liquidate</span></li></ol></section>")
    aside = ("<div role='complementary'><p>Wildfires rage across Chile's Valparaiso region, "
             "firefighters said on Sunday.</p></div>")
    story = ("<div data-component='text-block'><p>About 45,000 homes in Northern Ireland are "
             "without power after Storm Isha brought gusts of up to 90mph.</p></div>")
    for page in (f"<html><body><main>{most_read}{story}{aside}</main></body></html>",
                 f"<html><body><article>{story}</article>{aside}{most_read}</body></html>"):
        text, _ = read_html(page)
        assert "Northern Ireland" in text
        assert not {"Chamonix", "Hong Kong", "Chile", "Most read"} & set(text.split()) and \
            "Valparaiso" not in text and "Most read" not in text


def test_what_comes_before_the_article_and_a_story_it_does_not_hold_are_read():
    """A standfirst above the <article> stays; and where the <article> holds under half of
    the page's text (its header alone, the story in <p>s after it), what follows is read."""
    from placeline.htmlpage import read_html

    before = ("<html><body><div class='top'><h1>Bridge closed in Leeds</h1><p>Engineers found "
              "cracks in the supports of the bridge over the River Aire.</p></div>"
              + BRIDGE.split("<body>")[1].replace("<h1>Bridge closed in Leeds</h1>", ""))
    text, _ = read_html(before)
    assert "Engineers found cracks" in text and "Nairobi" not in text
    header_only = ("<html><body><article><h1>Bridge closed in Leeds</h1><p>By Jane Doe</p>"
                   "</article><div><p>A bridge over the River Aire in Leeds was closed on Monday"
                   " after engineers found cracks in its supports.</p><p>Drivers were told to "
                   "use routes through Wakefield and Bradford instead.</p></div></body></html>")
    text, _ = read_html(header_only)
    assert "River Aire" in text and "Wakefield" in text


def test_the_audit_s_storm_page_keeps_its_story_and_loses_its_most_read(capsys, tmp_path):
    """Stored with "Most read / 1Man dies after avalanche in Chamonix / 2Wildfires rage across
    Chile's Valparaiso region / 3Hong Kong court orders Evergrande to liquidate": Chile,
    Valparaíso and Hong Kong on the map beside Northern Ireland's places."""
    import csv

    page = tmp_path / "storm_isha.html"
    page.write_text(STORM, encoding="utf-8")
    db = tmp_path / "s.db"
    code, out = _main(capsys, "ingest", page, "--db", db)
    assert code == 0, out
    _, out = _main(capsys, "export", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    countries = {row["country"] for row in rows}
    assert "GB" in countries and not {"CL", "HK", "FR"} & countries, rows


STORM = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Storm Isha: Thousands without power in Northern Ireland - BBC News</title>
<meta property="og:title" content="Storm Isha: Thousands without power in Northern Ireland">
<meta name="article:published_time" content="2024-01-22T06:12:31.000Z">
</head><body>
<header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
<main id="main-content">
<article>
<header><h1 id="main-heading">Storm Isha: Thousands without power in Northern Ireland</h1>
<div><time datetime="2024-01-22T06:12:31.000Z">22 January 2024</time></div></header>
<div data-component="text-block"><p><b>About 45,000 homes and businesses in Northern Ireland are
without power after Storm Isha brought gusts of up to 90mph.</b></p></div>
<div data-component="text-block"><p>The worst-affected areas are in counties Antrim, Down and
Londonderry, NIE Networks said.</p></div>
<div data-component="text-block"><p>A red warning, the highest level, was issued for parts of
Scotland, including Edinburgh and Aberdeen.</p></div>
</article>
<section data-component="most-read"><h2>Most read</h2><ol><li><span>1</span><span>Man dies after
avalanche in Chamonix</span></li><li><span>2</span><span>Wildfires rage across Chile's Valparaiso
region</span></li><li><span>3</span><span>Hong Kong court orders Evergrande to liquidate</span>
</li></ol></section>
</main></body></html>"""
