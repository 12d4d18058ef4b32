"""Markdown for the reading panel: article text shows as written, never as markup."""

import re

from placeline.present import escape_markdown, highlighted


def test_markdown_and_latex_syntax_is_neutralised():
    hostile = "![x](http://evil.example/p.png) [link](javascript:alert(1)) $x^2$ <b>b</b> *a*"
    escaped = escape_markdown(hostile)
    unescaped = re.findall(r"(?<!\\)[!\[\]()$<>*^]", escaped)
    assert unescaped == []
    assert escaped.replace("\\", "") == hostile


def test_highlight_marks_each_mention_and_escapes_around_it():
    text = "Shelling hit Mariupol* and [Kyiv] today."
    md = highlighted(text, 0, len(text), [(13, 21), (28, 32)])
    assert md.count(":orange-background[") == 2
    assert "**Mariupol**" in md and "**Kyiv**" in md
    assert "\\*" in md and "\\[" in md
