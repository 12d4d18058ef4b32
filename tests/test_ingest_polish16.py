"""Round 16's audit of ingest as a user meets it: what was silent now says so, what was a
Python repr or a traceback is one plain line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RUSSIAN = ("Обстрел Харькова\n\nВ ночь на вторник город Харьков подвергся массированному "
           "обстрелу, сообщили местные власти. По словам мэра, повреждены несколько жилых "
           "домов и школа в Салтовском районе. Спасатели работали на месте всю ночь.\n")
FRENCH = ("Inondations dans le sud de la France\n\nLes pluies torrentielles qui se sont "
          "abattues mardi sur le Gard et l'Hérault ont provoqué d'importantes inondations. "
          "Selon la préfecture, plus de douze mille foyers étaient encore privés d'électricité "
          "mercredi matin à Nîmes et dans les communes voisines. Les pompiers ont effectué près "
          "de trois cents interventions pendant la nuit, et deux personnes sont toujours "
          "portées disparues près d'Alès. Le ministre de l'Intérieur doit se rendre sur place "
          "jeudi.\n")
# English news with foreign names and a French quote: English all the same.
ENGLISH = ("Floods in southern France\n\nTorrential rain hit the Gard and Hérault on Tuesday, "
           "flooding Nîmes, Sommières and Alès. \"Nous n'avions jamais vu autant d'eau en si "
           "peu de temps,\" said Jean-Baptiste Lefèvre, the mayor of Sommières, whose town "
           "centre was under water. More than 12,000 homes were without power on Wednesday, "
           "according to the préfecture, and two people are still missing near Alès.\n")


def _ingest(tmp_path, geoparser, documents):
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(tmp_path / "t.db")
    try:
        return Pipeline(store, geoparser).ingest(documents)
    finally:
        store.close()


# -- 1. articles not in English -----------------------------------------------------------


def test_an_article_not_in_english_is_stored_with_a_warning(tmp_path, geoparser):
    """A cp1251 Russian file and a French one were stored with few or no places and not a
    word about why; now the report (CLI summary, Ingest page) says placeline reads English."""
    from placeline.ingest import read_bytes

    documents = [*read_bytes(RUSSIAN.encode("cp1251"), "ru.txt"),
                 *read_bytes(FRENCH.encode("utf-8"), "fr.txt"),
                 *read_bytes(ENGLISH.encode("utf-8"), "en.txt")]
    report = _ingest(tmp_path, geoparser, documents)
    assert len(report.added) == 3
    warnings = {w.source: w.reason for w in report.warnings}
    assert "Cyrillic script" in warnings["ru.txt"] and "English only" in warnings["ru.txt"]
    assert warnings["fr.txt"].startswith("the text does not read as English")
    assert "en.txt" not in warnings
    assert "warning fr.txt: the text does not read as English" in report.summary()


def test_english_news_with_foreign_names_is_never_taken_for_another_language(seed_texts):
    """Every bundled article and every probe article (English news from every region, full
    of foreign names) reads as English; so do a short headline and a table of results."""
    from placeline.language import language_warning

    texts = list(seed_texts.values())
    for path in sorted((ROOT / "tests" / "probes").glob("*/*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines()
                  if line.strip()]
    assert len(texts) > 1000
    texts += ["Phila. rape suspect to stand trial in Lock Haven.",
              ("Results: 1. Kipchoge (Kenya) 2:03:12; 2. Bekele (Ethiopia) 2:03:40; "
              "3. Kiptum (Kenya) 2:04:01; 4. Geremew (Ethiopia) 2:04:50; 5. Tola (Ethiopia) "
              "2:05:10; 6. Mosinet (Ethiopia) 2:05:30; 7. Kamworor (Kenya) 2:05:50; "
              "8. Legese (Ethiopia) 2:06:05; 9. Farah (Britain) 2:06:21; 10. Rupp (USA)")]
    assert [text[:60] for text in texts if language_warning(text)] == []


@pytest.mark.parametrize(("text", "script"), [("Αθήνα και Θεσσαλονίκη " * 10, "Greek"),
                                              ("北京是中国的首都，上海是最大的城市。" * 8, "CJK")])
def test_other_scripts_are_named(text, script):
    from placeline.language import language_warning

    assert f"in {script} script" in language_warning(text)


# -- 2. a metadata date that cannot be read -----------------------------------------------


def test_an_unreadable_metadata_date_is_ingested_with_a_warning(tmp_path, geoparser):
    """"date": "sometime last spring" was dropped without a word; the article is still
    stored and dated from its text, and the report says the given date was not read."""
    from placeline.ingest import read_bytes

    rows = [{"id": "spring", "date": "sometime last spring",
             "text": "Floods in Kharkiv\n\nKHARKIV, 26 April 2022 - Rain flooded Kharkiv."},
            {"id": "fine", "date": "2022-04-27", "text": "Floods in Lviv\n\nRain hit Lviv."}]
    page = ("<html><head><title>Storm</title><meta property='article:published_time' "
            "content='{{ published }}'></head><body><p>A storm hit Miami on 3 May 2022, and"
            " the power went out.</p><p><time datetime='10:00'>10:00</time></p></body></html>")
    data = "\n".join(json.dumps(row) for row in rows).encode()
    report = _ingest(tmp_path, geoparser, [*read_bytes(data, "a.jsonl"),
                                           *read_bytes(page.encode(), "page.html")])
    assert len(report.added) == 3
    warnings = {w.source: w.reason for w in report.warnings}
    assert warnings == {
        "a.jsonl#spring": 'could not read the date in metadata date ("sometime last '
                          'spring"); ignored',
        "page.html": 'could not read the date in metadata published_time ("{{ published }}");'
                     " ignored"}


def test_a_page_s_first_time_tag_that_is_no_date_earns_no_warning():
    """<time datetime="10:00"> is a time of day, and the page never called it its date."""
    from placeline.dates import own_publication_date

    guess = own_publication_date("A storm hit Miami on 3 May 2022.", {"time": "10:00"})
    assert guess.flag == "" and guess.date is not None


# -- 3. the rate of a slow ingest ---------------------------------------------------------


@pytest.mark.parametrize(("added", "seconds", "said"), [
    (1, 3.24, "(3.24 s, 3.2 s per article)"),
    (5, 2.0, "(2.00 s, 2.5 articles/s)"),
    (500, 2.0, "(2.00 s, 250 articles/s)"),
    (0, 0.5, "(0.50 s)"),
])
def test_the_summary_gives_a_rate_that_means_something_at_any_speed(added, seconds, said):
    """One slow article was "0 articles/s"."""
    from placeline.pipeline import IngestReport

    report = IngestReport(added=[(f"{n}.txt", n) for n in range(added)], seconds=seconds)
    assert said in report.summary().splitlines()[0]
    assert not re.search(r"[^\d.]0 articles/s", report.summary())


# -- 4. an encrypted member of a zip archive ----------------------------------------------


def _with_encrypted_member(name: str) -> bytes:
    """A zip whose member `name` is marked encrypted (zipfile cannot write encryption: the
    flag is set in its local header and its central directory entry, as `zip -e` sets it)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("plain.txt", "Floods in Lviv\n\nRain hit Lviv on Tuesday.")
        archive.writestr(name, "Secret\n\nNothing to see in Kyiv.")
    data = bytearray(buffer.getvalue())
    encoded = name.encode()
    for signature, flags, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = data.find(signature)
        while data[start + name_at:start + name_at + len(encoded)] != encoded:
            start = data.find(signature, start + 1)
        data[start + flags] |= 0x1
    return bytes(data)


def test_an_encrypted_zip_member_is_skipped_with_a_plain_reason():
    """The reason was Python's "File <ZipInfo filename='secret.txt' …> is encrypted,
    password required for extraction"; the other members were and are read."""
    from placeline.errors import InputError
    from placeline.ingest import read_bytes

    items = list(read_bytes(_with_encrypted_member("secret.txt"), "news.zip"))
    errors = [item for item in items if isinstance(item, InputError)]
    assert [(e.source, e.reason) for e in errors] == [
        ("news.zip/secret.txt", "encrypted (the archive needs a password); skipped")]
    assert [item.source for item in items if item not in errors] == ["news.zip/plain.txt"]


# -- 5. a JSONL row whose id is null ------------------------------------------------------


def test_a_jsonl_row_without_a_usable_id_is_named_by_its_line():
    """"id": null named the article "a.jsonl#None"; it is named by its line number, as a
    row without an id is. A real id, 0 included, still names its row."""
    from placeline.ingest import read_bytes

    ids = [None, "", "  ", {"a": 1}, False, 0, "x7", 12]
    data = "\n".join(json.dumps({"id": given, "text": f"Rain in Lviv, row {n}."})
                     for n, given in enumerate(ids)).encode()
    names = [document.source for document in read_bytes(data, "a.jsonl")]
    assert names == ["a.jsonl#1", "a.jsonl#2", "a.jsonl#3", "a.jsonl#4", "a.jsonl#5",
                     "a.jsonl#0", "a.jsonl#x7", "a.jsonl#12"]


# -- 6. the headline of an HTML page ------------------------------------------------------

BODY = ("<p>Russian forces shelled Kharkiv on Monday, regional officials said.</p>"
        "<p>Residents of Izyum fled west towards Poltava.</p>")


def _page(head: str, body: str = BODY) -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(("title", "meta", "headline"), [
    # og:title is the headline without the site's name
    ("Shelling in Kharkiv | Example News", {"og:title": "Shelling in Kharkiv"},
     "Shelling in Kharkiv"),
    # … even when the headline has a bar of its own
    ("Kharkiv | A city under fire | Example News", {"og:title": "Kharkiv | A city under fire"},
     "Kharkiv | A city under fire"),
    # a home page's og:title is the site's name: <title> without it
    ("Shelling in Kharkiv - Example News",
     {"og:title": "Example News", "og:site_name": "Example News"}, "Shelling in Kharkiv"),
    # the site named first, and named only by application-name
    ("Example News :: Shelling in Kharkiv", {"application-name": "example news"},
     "Shelling in Kharkiv"),
    # a site name that is not a part of <title>: nothing to cut
    ("Kharkiv - a city under fire", {"og:site_name": "Example News"},
     "Kharkiv - a city under fire"),
    # no word of the site's name: a separator alone proves nothing
    ("Kharkiv | A city under fire", {}, "Kharkiv | A city under fire"),
])
def test_an_html_page_s_headline_is_given_without_the_site_s_name(title, meta, headline):
    """<title> "Shelling in Kharkiv | Example News" was the article's title though the
    page's og:title said "Shelling in Kharkiv"."""
    from placeline.ingest import read_bytes
    from placeline.pipeline import make_article

    head = f"<title>{title}</title>" + "".join(
        f'<meta {"property" if ":" in key else "name"}="{key}" content="{value}">'
        for key, value in meta.items())
    [document] = read_bytes(_page(head).encode(), "page.html")
    assert document.metadata["title"] == headline
    assert make_article(document).title == headline
    assert document.text.count("Russian forces shelled") == 1


def test_a_heading_that_repeats_og_title_is_read_once():
    from placeline.ingest import read_bytes

    head = ("<title>Shelling in Kharkiv | Example News</title>"
            "<meta property='og:title' content='Shelling in Kharkiv'>")
    [document] = read_bytes(_page(head, f"<h1>Shelling in Kharkiv</h1>{BODY}").encode(),
                            "page.html")
    assert document.text.startswith("Shelling in Kharkiv\n\nRussian forces shelled")


# -- 7. Ctrl-C during `python -m placeline ingest` ----------------------------------------


def _stories(names: list[str]):
    from placeline.ingest import RawDocument

    return [RawDocument(f"{name}.txt", f"Floods in {name}\n\nRain flooded {name} in Ukraine "
                                       "on 26 April 2022, officials said.") for name in names]


def test_ctrl_c_during_an_ingest_is_one_line_and_the_same_command_goes_on(tmp_path, capsys,
                                                                          monkeypatch):
    """Ctrl-C printed a traceback. Now one line says what was stored and how to go on, the
    exit code is 130, and running the command again stores the rest and dates the articles
    the interrupted run stored but did not date by their stories."""
    from placeline import cli, ingest
    from placeline.pipeline import PENDING_SETTING, Pipeline
    from placeline.store import open_store

    def interrupted(paths, streams=None):  # (read_paths' arguments)
        yield from _stories(["Lviv", "Kharkiv"])
        raise KeyboardInterrupt

    db = tmp_path / "cli.db"
    monkeypatch.setattr(ingest, "read_paths", interrupted)
    code = cli.main(["ingest", "folder", "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 130
    assert "Traceback" not in err and out == ""
    assert err.strip().splitlines() == [(
        "interrupted after storing 2 articles (0 already stored, 0 skipped); run the same "
        "command again to go on: stored articles are skipped")]
    store = open_store(db)
    stored = store.article_ids()
    assert len(stored) == 2 and json.loads(store.setting(PENDING_SETTING)) == stored
    store.close()

    dated = []
    real = Pipeline.settle_dates

    def settle_dates(self, new=None, always=None):
        dated.extend(new or [])
        return real(self, new, always)

    monkeypatch.setattr(Pipeline, "settle_dates", settle_dates)
    monkeypatch.setattr(ingest, "read_paths", lambda paths, streams=None: iter(
        _stories(["Lviv", "Kharkiv", "Odesa"])))
    assert cli.main(["ingest", "folder", "--db", str(db)]) == 0
    assert "1 added, 2 already stored" in capsys.readouterr().out
    store = open_store(db)
    assert set(stored) < set(dated) and json.loads(store.setting(PENDING_SETTING)) == []
    store.close()


def test_ctrl_c_before_any_article_is_one_line_too(tmp_path, capsys, monkeypatch):
    from placeline import cli, gazetteer

    def interrupted(log=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(gazetteer, "ensure_index", interrupted)
    assert cli.main(["ingest", "folder", "--db", str(tmp_path / "cli.db")]) == 130
    assert capsys.readouterr().err.strip() == "interrupted"
