"""UI 68 (audit 37's items 2, 7, 8, 12 and 13): every country on the offline base map; a
saved page's own address kept; a date in a file's name; other names of a row's columns; the
Ingest page's counts, Skipped table and "Go to date" (the browser's part:
tests/browser/test_ui68_browser.py)."""

from __future__ import annotations

import json

import pytest

# -- 1. the base map draws every country (audit 37, item 2) -----------------------------------

# A city inside each country the map had drawn as sea (lon, lat).
CITIES = {"Hungary": (19.04, 47.50), "Serbia": (20.46, 44.79), "Myanmar": (96.16, 16.87),
          "Montenegro": (19.26, 42.44), "Kosovo": (21.17, 42.67), "Jamaica": (-77.30, 18.10)}


def _inside(point: tuple[float, float], ring: list) -> bool:
    """Whether `point` lies inside `ring` (a polygon's outer ring), by counting crossings."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _outer_rings(geometry: dict) -> list:
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else \
        geometry["coordinates"]
    return [polygon[0] for polygon in polygons]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The base map as the app serves it: written by `ensure_static_assets` to a new folder."""
    from unittest import mock

    from placeline import assets

    folder = tmp_path_factory.mktemp("static")
    with mock.patch.object(assets, "static_dir", lambda: folder):
        vendor = assets.ensure_static_assets(force=True)
    return vendor


def test_the_base_map_draws_the_countries_it_had_drawn_as_sea(served):
    """countryinfo's outlines lacked 83 entries: Budapest, Belgrade and Yangon sat in sea."""
    data = json.loads((served / "basemap" / "countries.geojson").read_text(encoding="utf-8"))
    by_name = {feature["properties"]["name"]: feature for feature in data["features"]}
    for country, city in CITIES.items():
        assert country in by_name, country
        assert any(_inside(city, ring) for ring in _outer_rings(by_name[country]["geometry"])), \
            country


def test_every_country_of_natural_earth_is_drawn_and_credited(served):
    """All 177 of Natural Earth's 1:110m countries, the sovereign ones (169) among them, each
    with an outline; its licence and credit go with it; the file stays small."""
    path = served / "basemap" / "countries.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    features = data["features"]
    assert len(features) == 177
    sovereign = [f for f in features if f["properties"]["sovereign"]]
    assert len(sovereign) == 169
    assert all(f["geometry"]["coordinates"] for f in features)
    assert len({f["properties"]["name"] for f in features}) == 177
    assert path.stat().st_size < 250_000
    licence = (served / "basemap" / "LICENSE").read_text(encoding="utf-8")
    assert "Natural Earth" in licence and "public domain" in licence
    assert "Natural Earth" in (served / "LICENSES.md").read_text(encoding="utf-8")


# -- 2. a saved page's own address (audit 37, item 7) -----------------------------------------

STORY = ("<p>Floods closed the centre of Carlisle on Tuesday after the Eden burst its banks, "
         "and the council opened a rest centre in Penrith.</p>")


def _page(head: str) -> str:
    return f"<html><head><title>Floods in Carlisle</title>{head}</head><body><article>" \
        f"<h1>Floods in Carlisle</h1>{STORY}</article></body></html>"


@pytest.mark.parametrize(("head", "address"), [
    (('<link rel="canonical" href="https://gazette.example.co.uk/news/2024/03/05/floods">'
     '<meta property="og:url" content="https://gazette.example.co.uk/amp/floods">'),
     "https://gazette.example.co.uk/news/2024/03/05/floods"),
    ('<meta property="og:url" content="https://gazette.example.co.uk/news/floods">',
     "https://gazette.example.co.uk/news/floods"),
    (('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
     '"NewsArticle", "headline": "Floods in Carlisle", "publisher": {"@type": "Organization", '
     '"url": "https://gazette.example.co.uk"}, "url": '
     '"https://gazette.example.co.uk/2024/06/02/floods"}</script>'),
     "https://gazette.example.co.uk/2024/06/02/floods"),
    (('<script type="application/ld+json">{"@type": "NewsArticle", "mainEntityOfPage": '
     '{"@id": "https://gazette.example.co.uk/floods"}}</script>'),
     "https://gazette.example.co.uk/floods"),
])
def test_a_saved_page_is_stored_with_the_address_it_names_itself_by(head, address):
    """Its canonical link, og:url or JSON-LD url (in that order) had been thrown away: no
    "Original" link, no url in an export."""
    from placeline.ingest import RawDocument, read_bytes
    from placeline.pipeline import make_article

    (document,) = read_bytes(_page(head).encode(), "page.html")
    assert isinstance(document, RawDocument)
    assert make_article(document).url == address


def test_a_page_without_a_web_address_of_its_own_has_none():
    """A relative canonical names no site; an Organization's url is not the page's."""
    from placeline.htmlpage import read_html

    for head in ('<link rel="canonical" href="/news/floods">',
                 ('<script type="application/ld+json">{"@type": "Organization", "url": '
                 '"https://gazette.example.co.uk"}</script>')):
        assert "url" not in read_html(_page(head))[1]


def test_a_row_s_own_address_comes_before_its_page_s():
    """A JSONL row whose text is a page: the row's url is kept; one without takes the
    page's."""
    from placeline.ingest import read_bytes

    page = _page('<link rel="canonical" href="https://gazette.example.co.uk/page">')
    rows = [json.dumps({"text": page, "url": "https://feed.example.com/row"}),
            json.dumps({"text": page})]
    documents = list(read_bytes("\n".join(rows).encode(), "rows.jsonl"))
    assert [d.metadata.get("url") for d in documents] == [
        "https://feed.example.com/row", "https://gazette.example.co.uk/page"]


# -- 3. a date in a file's name (audit 37, item 8) --------------------------------------------

CLIPPING = ("The Eagle has landed\n\nHOUSTON — Two American astronauts landed their spacecraft "
            "on the moon this afternoon, in the Sea of Tranquility.")


@pytest.mark.parametrize(("name", "day"), [
    ("1969-07-20_eagle.txt", "1969-07-20"), ("eagle 1969_07_20.txt", "1969-07-20"),
    ("19690720-eagle.txt", "1969-07-20"), ("IMG_20240305.html", "2024-03-05"),
    ("2024.03.05 floods.htm", "2024-03-05"),
    ("eagle-20-07-1969.txt", None),  # (day and month first: read two ways)
    ("05-03-2024.txt", None), ("eagle-1969.txt", None), ("story-123456789.txt", None),
    ("1969-13-20.txt", None), ("2024-02-30.txt", None), ("2099-01-01.txt", None),
    ("1969-0720.txt", None),  # (one separator only)
])
def test_a_file_name_s_date_is_read_where_it_reads_one_way(name, day):
    from placeline.dates import date_from_file_name

    guess = date_from_file_name(name)
    assert (str(guess.date) if guess else None) == day
    if guess:
        assert guess.evidence.startswith(f"file name: {name}")


@pytest.mark.parametrize("source", ["/archive/1969-07-20_eagle.txt", "upload:1969-07-20_eagle.txt",
                                    "clips.zip/1969/1969-07-20_eagle.txt"])
def test_an_undated_clipping_is_dated_by_its_file_name(source):
    """Its 18 places had been on no map: "no publication date found"."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import make_article

    article = make_article(RawDocument(source, CLIPPING, {}))
    assert str(article.published.date) == "1969-07-20"
    assert "file name: 1969-07-20_eagle.txt" in article.published.evidence
    assert article.published.confidence < 0.8  # (under a text's own date)


def test_the_text_s_own_date_comes_first_and_a_row_s_file_dates_none():
    from placeline.ingest import RawDocument
    from placeline.pipeline import make_article

    dated = CLIPPING.replace("HOUSTON —", "HOUSTON, July 21, 1969 —")
    assert str(make_article(RawDocument("1969-07-20_eagle.txt", dated, {})).published.date) \
        == "1969-07-21"
    row = make_article(RawDocument("2024-03-05_export.jsonl#x1", CLIPPING, {}))
    assert row.published.date is None


def test_a_stored_clipping_keeps_its_file_name_s_date_when_dated_again():
    """The dating of stored articles (story inference, reprocess) reads their metadata."""
    from placeline.dates import own_publication_date
    from placeline.ingest import RawDocument
    from placeline.pipeline import make_article

    article = make_article(RawDocument("1969-07-20_eagle.txt", CLIPPING, {}))
    stored = json.loads(json.dumps(article.metadata))
    assert str(own_publication_date(article.text, stored).date) == "1969-07-20"


# -- 4. other names of a row's columns (audit 37, item 12) ------------------------------------

GENOA = "The new bridge over the Polcevera valley in Genoa opened to traffic today."


@pytest.fixture
def named_columns():
    """Columns named as `ingest --text-column …` names them, cleared after the test."""
    from placeline.feeds import name_columns

    yield name_columns
    name_columns()


@pytest.mark.parametrize("key", ["body_text", "Story", "Copy", "CONTENT", "Article"])
def test_a_jsonl_row_s_text_under_a_newsroom_s_name_is_read(key):
    """JSONL body_text and Story had been skipped, 'the line has no "text" field'."""
    from placeline.ingest import RawDocument, read_bytes

    row = {"Headline": "Bridge reopens in Genoa", key: GENOA, "Date": "2020-08-04",
           "Permalink": "https://example.it/genoa"}
    (document,) = read_bytes(json.dumps(row).encode(), "export.jsonl")
    assert isinstance(document, RawDocument)
    assert document.text == f"Bridge reopens in Genoa\n\n{GENOA}"
    assert document.metadata["date"] == "2020-08-04"
    assert document.metadata["url"] == "https://example.it/genoa"


def test_a_csv_s_copy_column_is_read():
    from placeline.ingest import RawDocument, read_bytes

    data = f"Title,Copy,Date Published,Permalink\nBridge,{GENOA},2020-08-04,https://e.it/g\n"
    (document,) = read_bytes(data.encode(), "export.csv")
    assert isinstance(document, RawDocument) and GENOA in document.text
    assert document.metadata["url"] == "https://e.it/g"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_refused_file_says_how_to_name_its_text_column(suffix, named_columns):
    """The refusal listed the columns but offered no way on; `--text-column` reads it."""
    from placeline.ingest import InputError, RawDocument, read_bytes

    data = (f"Heading,Words,Filed\nFloods in York,{GENOA},2024-03-05\n" if suffix == ".csv"
            else json.dumps({"Heading": "Floods in York", "Words": GENOA,
                             "Filed": "2024-03-05"}) + "\n")
    (refused,) = read_bytes(data.encode(), f"odd{suffix}")
    assert isinstance(refused, InputError)
    assert "Words" in str(refused) and "--text-column NAME" in str(refused)
    named_columns(text="words", title="HEADING", date="filed")
    (document,) = read_bytes(data.encode(), f"odd{suffix}")
    assert isinstance(document, RawDocument)
    assert document.text == f"Floods in York\n\n{GENOA}"
    assert document.metadata["published"] == "2024-03-05"


def test_a_named_column_is_read_over_one_placeline_would_read(named_columns):
    """`--text-column Story` where the row has a "text" too (a summary, say): the named one."""
    from placeline.ingest import read_bytes

    named_columns(text="Story")
    row = {"text": "A summary.", "Story": GENOA}
    (document,) = read_bytes(json.dumps(row).encode(), "rows.jsonl")
    assert document.text == GENOA


def test_the_cli_names_the_columns():
    from placeline.cli import build_parser

    args = build_parser().parse_args(["ingest", "x.csv", "--text-column", "Words",
                                      "--title-column", "Heading", "--date-column", "Filed"])
    assert (args.text_column, args.title_column, args.date_column) == ("Words", "Heading",
                                                                      "Filed")


def test_the_upload_says_which_types_it_reads(tmp_path, app_store):
    """Streamlit refuses a .md or .pdf in its own words ("text/markdown files are not
    allowed."), which the page cannot change: the page says what it reads beside it."""
    from tests.test_apptest import _run

    app_store(tmp_path / "s.db")
    at = _run("pages/3_Ingest.py")
    caption = next(c.value for c in at.caption if c.value.startswith("Reads .txt"))
    assert ".csv" in caption and ".md" in caption and "--text-column" in caption


# -- 5. the Ingest page's counts and Skipped table (audit 37, item 13) ------------------------

def test_the_counts_agree_with_the_warnings_and_skipped_reasons_wrap(tmp_path, app_store):
    """"4 added · … · 0 with warnings" had stood above the warning of an undated file; the
    Skipped table's reasons were cut at the grid's column."""
    from tests.test_apptest import _run

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "dated.txt").write_text("Floods in York\nFloods closed roads in York on Monday, "
                                      "4 March 2024, the council said.", encoding="utf-8")
    (folder / "undated.txt").write_text("Storm in Hull\nA storm hit Hull and Grimsby on "
                                        "Monday, the council said.", encoding="utf-8")
    (folder / "odd.csv").write_text(f"Heading,Words\nFloods,{GENOA}\n", encoding="utf-8")
    app_store(tmp_path / "s.db")
    at = _run("pages/3_Ingest.py")
    at.text_input(key="folder").set_value(str(folder)).run()
    next(b for b in at.button if b.label == "Ingest").click().run()
    assert not at.exception
    summary = at.success[0].value
    assert "2 added" in summary and "1 skipped" in summary and "1 with warnings" in summary
    assert any("undated\\.txt" in w.value for w in at.warning)  # (escaped Markdown)
    skipped = next(t for t in at.table if "reason" in t.value.columns)
    assert "\\-\\-text\\-column" in skipped.value["reason"].iloc[0]  # (escaped)
