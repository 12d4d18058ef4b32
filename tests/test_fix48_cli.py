"""Fix 48 (audit 29 items 2, 11, 14, 15, 17): the cleaner's ad vocabulary is promotional
wording only, a paragraph break ends a sentence after "p.m.", the CLI's errors and help
are the subcommand's, `setup` says what it does, and a CSV's "Story Text" is its text."""

from __future__ import annotations

import argparse

import pytest

from placeline.clean import clean

PROSE = "Long paragraph about the war in the east of the country and its ports. " * 4


# --- item 2: a town or a subject named like an ad's word is no ad ---------------------------

@pytest.mark.parametrize("sentence", [
    "Residents of Casino were evacuated on Wednesday.",  # Casino, New South Wales
    "Ballina and Casino were also on alert.",
    "Rain contributed to the flooding in Lismore.",
    "State-sponsored hackers hit Kyiv.",
    "A cookie factory in Bega closed.",
    "A copyright case opened in Delhi.",
    "The council's newsletter named Ballina.",
    "Few homes in Casino will subscribe.",
    "The regulator banned the advertisement.",
    "Weight loss drugs ran short in Perth.",
    "Crews finished the erection of a war memorial in Casino.",
    "Belly fat is linked to dementia.",
])
def test_a_short_news_sentence_with_a_word_ads_use_is_kept(sentence):
    for raw in (f"Floods in NSW\n\n{PROSE}\n\n{sentence}",
                f"Floods in NSW\n\n{PROSE}\n\n{sentence}\n\n{PROSE}"):
        cleaned = clean(raw)
        assert sentence in cleaned.text, cleaned.removed
        assert cleaned.removed == []


def test_a_one_paragraph_story_naming_casino_keeps_its_body():
    """The audit's: the story had been left as its title alone."""
    raw = ("Floods in NSW\n\nThe Richmond River rose on Tuesday at Coraki. Residents of Casino "
           "were evacuated on Wednesday.")
    assert clean(raw).text == raw


@pytest.mark.parametrize("footer", [
    "Play at the best online casino tonight",
    "Claim your casino bonus now",
    "Get 200 free spins",
    "Advertisement",
    "Story continues below advertisement",
    "Sponsored",
    "Accept additional cookies",
    "Subscribe",
    "Subscribe now",
    "Cookie settings",
    "Copyright 2024 Example News",
    "Jane Doe contributed to this report.",
])
def test_promotional_and_site_lines_still_go(footer):
    for raw in (f"Title\n\n{PROSE}\n\n{footer}", f"Title\n\n{PROSE}\n\n{footer}\n\n{PROSE}"):
        cleaned = clean(raw)
        assert footer not in cleaned.text
        assert ("ad or site footer", footer) in cleaned.removed


def test_cleaning_that_leaves_a_long_title_alone_is_warned_of():
    """Measured on the whole text, a long title and its date line had hidden a story cut
    to nothing: 35 % of the text, no warning."""
    from placeline.ingest import RawDocument
    from placeline.pipeline import cleaning_warning, make_article

    raw = ("Floods across the Northern Rivers leave Lismore, Coraki and Ballina on alert as "
           "the Richmond and Wilsons rivers rise\n5 March 2024\n\n"
           "Sign up for our newsletter and get the news every day")
    warning = cleaning_warning(make_article(RawDocument("x.txt", raw)))
    assert warning is not None and "only the title is left" in warning
    raw = raw.replace("Sign up", "Crews worked.\n\nSign up")
    warning = cleaning_warning(make_article(RawDocument("x.txt", raw)))
    assert warning is not None and "of the story under its title" in warning


def test_a_story_losing_little_of_its_body_is_not_warned_of():
    from placeline.ingest import RawDocument
    from placeline.pipeline import cleaning_warning, make_article

    raw = (f"Floods across the Northern Rivers\n5 March 2024\n\n{PROSE}\n\n"
           "Sign up for our newsletter")
    assert cleaning_warning(make_article(RawDocument("x.txt", raw))) is None


# --- item 11: a paragraph break ends a sentence, after "p.m." too ---------------------------

TOLEDO = ("Toledo council approves budget\nPublished: Mar. 5, 2024, 10:32 p.m.\n"
          "Toledo City Council on Tuesday approved a budget for 2024.")


def test_a_paragraph_break_after_p_m_ends_the_sentence():
    from placeline.text import sentence_spans

    text = clean(TOLEDO).text
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert sentences == ["Toledo council approves budget", "Published: Mar. 5, 2024, 10:32 p.m.",
                         "Toledo City Council on Tuesday approved a budget for 2024."]
    # within a line an abbreviation still goes on
    line = "The meeting ended at 10 p.m. on Tuesday in Toledo."
    assert sentence_spans(line) == ((0, len(line)),)


def test_the_date_line_is_in_no_snippet(tmp_path, geoparser):
    from placeline.ingest import RawDocument
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    store = open_store(tmp_path / "t.db")
    try:
        Pipeline(store, geoparser).ingest([RawDocument("toledo.txt", TOLEDO)])
        events = store.events_frame()
        [article_id] = set(events["article_id"])
        text = store.article(int(article_id))["text"]
    finally:
        store.close()
    assert len(events)
    for start, end in zip(events["snippet_start"], events["snippet_end"], strict=True):
        assert "Published" not in text[start:end]
        assert text[start:end].startswith("Toledo")


# --- item 14: a command's errors and help are its own ---------------------------------------

def _error(capsys, *argv):
    from placeline.cli import build_parser

    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(list(argv))
    assert stopped.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize("argv, usage, hint", [
    (("reprocess", "--dbb", "x"), "usage: placeline reprocess", "--db"),
    (("dates", "--bd", "x"), "usage: placeline dates", "--db"),
    (("ingest", "--dbb", "/tmp/x.db", "PATH"), "usage: placeline ingest", "--db"),
    (("eval", "FILE", "--jsn"), "usage: placeline eval", "--json"),
    (("export", "--format", "csv", "--outt", "x"), "usage: placeline export", "--out"),
])
def test_a_mistyped_option_gets_the_command_s_usage_and_a_suggestion(capsys, argv, usage, hint):
    err = _error(capsys, *argv)
    assert err.startswith(usage)
    assert "{setup,dashboard" not in err  # not the list of commands
    assert "unrecognized arguments" in err
    assert f"(did you mean {hint}?)" in err


def test_a_mistyped_command_gets_a_suggestion(capsys):
    assert "(did you mean ingest?)" in _error(capsys, "ingset", "x")


def test_an_option_far_from_any_gets_no_suggestion(capsys):
    err = _error(capsys, "dates", "--zzzzzz")
    assert err.startswith("usage: placeline dates") and "did you mean" not in err


def _help(capsys, command):
    from placeline.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args([command, "--help"])
    return capsys.readouterr().out


def test_geoparse_and_eval_help_describe_their_input_and_options(capsys):
    geoparse = _help(capsys, "geoparse")
    assert "JSON Lines" in geoparse and "standard input" in geoparse
    assert '"toponyms"' in geoparse and "exit status" in geoparse
    evaluate = _help(capsys, "eval")
    assert "annotated JSON Lines" in evaluate and "standard input" in evaluate
    assert "scoring resolution alone" in evaluate  # --gold-spans
    assert "one JSON object" in evaluate  # --json


def test_every_option_and_positional_of_every_command_is_described():
    from placeline.cli import build_parser

    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse.Action) and a.choices
             and a.dest == "command"]
    for name, command in sub.choices.items():
        for action in command._actions:
            assert action.help, (name, action.dest)


@pytest.mark.parametrize("written", ["CSV", "Csv", "GeoJSON", "GEOJSON"])
def test_export_s_format_in_any_case(written):
    from placeline.cli import build_parser

    args = build_parser().parse_args(["export", "--format", written])
    assert args.format == written.lower()


def test_an_unknown_format_is_shown_as_written(capsys):
    err = _error(capsys, "export", "--format", "XLS")
    assert "invalid choice: 'XLS'" in err


# --- item 15: setup says what its build takes, and shows its progress -----------------------

def test_the_build_s_announcement_promises_no_minute_and_progress_is_shown(tmp_path,
                                                                         monkeypatch):
    import time

    from placeline import gazetteer

    def slow_build(folder, log=print):
        time.sleep(0.6)
        (folder / "places.sqlite.tmp").write_text("")
        time.sleep(0.6)

    folder = tmp_path / "index"
    folder.mkdir()
    monkeypatch.setattr(gazetteer, "index_folder", lambda: folder)
    monkeypatch.setattr(gazetteer, "index_problem", lambda f: "missing")
    monkeypatch.setattr(gazetteer, "build", slow_build)
    monkeypatch.setattr(gazetteer, "PROGRESS_EVERY", 0.1)
    lines: list[str] = []
    gazetteer.ensure_index(log=lines.append)
    assert lines[0] == ("Building the offline gazetteer index (once; about a minute, longer on "
                        "a busy machine)…")
    progress = lines[1:]
    assert len(progress) >= 2
    assert any("reading the place lists" in line for line in progress)
    assert any("writing the places table" in line for line in progress)
    assert all(line.startswith("  … ") and " s: " in line for line in progress)


def test_no_promise_of_under_a_minute_is_left():
    from tests.conftest import ROOT

    for path in ("README.md", "app_common.py", "placeline/gazetteer.py"):
        assert "under a minute" not in (ROOT / path).read_text(encoding="utf-8"), path


# --- item 17: a CMS's name for the column of text ------------------------------------------

@pytest.mark.parametrize("header", ["Story Text", "story_text", "STORY-TEXT", "Article Text",
                                    "Body Text", "Full Text", "full_text", "Main Text"])
def test_a_csv_s_text_column_under_a_cms_name_is_read(header):
    from placeline.feeds import csv_rows
    from placeline.ingest import row_text

    body = "Residents of Lismore were told on Tuesday to prepare for flooding."
    [row] = csv_rows(f'Headline,Published Date,{header},URL\nFloods in Lismore,2024-03-05,'
                     f'"{body}",https://example.com/a\n')
    assert row[row_text(row)] == body


def test_the_ingest_reads_a_story_text_csv(tmp_path, geoparser):
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    path = tmp_path / "au.csv"
    path.write_text("Headline,Published Date,Story Text,URL\nFlood warning for Lismore,"
                    '2024-03-05,"Residents of Lismore were told on Tuesday to prepare for '
                    'flooding.",https://example.com/a\n', encoding="utf-8")
    store = open_store(tmp_path / "t.db")
    try:
        read = list(read_paths([str(path)]))
        report = Pipeline(store, geoparser).ingest(read)
        texts = [store.article(article_id)["text"] for _, article_id in report.added]
    finally:
        store.close()
    assert report.added and not report.failed
    assert any("Residents of Lismore were told on Tuesday" in text for text in texts)


def test_a_csv_without_text_lists_its_headers_as_written():
    from placeline.feeds import FeedError, csv_rows

    with pytest.raises(FeedError) as refused:
        csv_rows("Headline,Published Date,Blurb Words,URL\nFloods,2024-03-05,Rain.,x\n")
    assert "its columns: Headline, Published Date, Blurb Words, URL." in str(refused.value)
    assert "article text" in str(refused.value)
