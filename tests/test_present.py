"""Markdown for the reading panel: article text shows as written, never as markup; and
place labels that tell namesakes apart."""

import re

import pandas as pd

from placeline.present import (
    RUN_BREAK,
    escape_markdown,
    highlighted,
    markdown_table,
    place_labels,
)


def test_markdown_and_latex_syntax_is_neutralised():
    hostile = "![x](http://evil.example/p.png) [link](javascript:alert(1)) $x^2$ <b>b</b> *a*"
    escaped = escape_markdown(hostile)
    # (an empty directive, drawn as nothing, breaks "http://" so that it is not a link:
    # test_audit16_display; it is the only Markdown left unescaped)
    unescaped = re.findall(r"(?<!\\)[!\[\]()$<>*^]", escaped.replace(RUN_BREAK, ""))
    assert unescaped == []
    assert escaped.replace(RUN_BREAK, "").replace("\\", "") == hostile


def test_highlight_marks_each_mention_and_escapes_around_it():
    text = "Shelling hit Mariupol* and [Kyiv] today."
    md = highlighted(text, 0, len(text), [(13, 21), (28, 32)])
    assert md.count(":orange-background[") == 2
    assert "**Mariupol**" in md and "**Kyiv**" in md
    assert "\\*" in md and "\\[" in md


def test_namesakes_get_labels_no_other_place_shares():
    places = pd.DataFrame({
        "place_id": ["fr", "tx", "il", "mo", "kyiv"],
        "place": ["Paris", "Paris", "Springfield", "Springfield", "Kyiv"],
        "country": ["FR", "US", "US", "US", "UA"],
        "lat": [48.8534, 33.6609, 39.8017, 37.2153, 50.4547],
        "lon": [2.3488, -95.5555, -89.6437, -93.2982, 30.5238]})
    labels = place_labels(places)
    assert labels["kyiv"] == "Kyiv"  # a name of its own stays as it is
    assert (labels["fr"], labels["tx"]) == ("Paris (FR)", "Paris (US)")
    assert labels["il"] == "Springfield (US, 39.80, -89.64)"
    assert len(set(labels.values())) == len(labels)


def test_namesakes_in_one_country_are_told_apart_by_their_region():
    """"Springfield (Illinois, US)" reads better than its coordinates; the region is looked
    up for namesakes only, and coordinates remain for namesakes in one region."""
    places = pd.DataFrame({
        "place_id": ["il", "mo", "mo2", "kyiv"],
        "place": ["Springfield", "Springfield", "Springfield", "Kyiv"],
        "country": ["US", "US", "US", "UA"],
        "lat": [39.8017, 37.2153, 38.0, 50.4547], "lon": [-89.6437, -93.2982, -92.0, 30.5238]})
    asked = []

    def region_of(place_id: str) -> str:
        asked.append(place_id)
        return {"il": "Illinois", "mo": "Missouri", "mo2": "Missouri"}.get(place_id, "")

    labels = place_labels(places, region_of)
    assert labels["il"] == "Springfield (Illinois, US)"
    assert labels["mo"] == "Springfield (US, 37.22, -93.30)"  # two in Missouri
    assert labels["kyiv"] == "Kyiv" and "kyiv" not in asked
    assert len(set(labels.values())) == len(labels)


def test_a_markdown_table_escapes_every_cell():
    frame = pd.DataFrame({"place": ["Kyiv", "a | b", "**bold** <b>x</b>"], "articles": [5, 2, 1]})
    lines = markdown_table(frame).splitlines()
    assert lines[:2] == ["| place | articles |", "|---|---|"]
    assert len(lines) == 5  # a "|" in a name does not add a column or a row
    assert all(line.count(" | ") == 1 for line in lines[2:])
    assert "<b>" not in lines[4] and "**bold**" not in lines[4]
