"""Fix 46: a consent manager's cookie banner read as the story on a page without <article>
(audit 28, item 3); a cp1252 file's encoding detected in about 20 times its size in memory
(audit 28, item 9)."""

from __future__ import annotations

import pytest

from placeline.htmlpage import read_html

# -- item 3: consent banners ------------------------------------------------------------------

NOTICE = ("We and our 842 partners, including companies in Dublin, Amsterdam and Singapore, "
          "store and access information on your device. You may accept or manage your "
          "choices, including your right to object where legitimate interest is used, at any "
          "time. Our headquarters in Toronto process data under Canadian law.")
STORY = ("<div class='story-body'><h1>Heatwave grips Athens</h1><div class='text'>"
         "<p>The Acropolis in Athens closed on Thursday as temperatures topped 40C.</p>"
         "<p>Schools in Patras closed early.</p></div></div>")


def _page(banner: str, story: str = STORY) -> str:
    return ("<!DOCTYPE html><html><head><title>Heatwave grips Athens</title></head><body>"
            f"{banner}{story}</body></html>")


def _box(open_tag: str, close_tag: str = "</div>") -> str:
    """A banner of a heading and its notice, as consent managers write them."""
    return f"{open_tag}<h2>We value your privacy</h2><div>{NOTICE}</div>" \
        f"<button>I Accept</button>{close_tag}"


BANNERS = {
    "onetrust": "<div id='onetrust-consent-sdk'><div id='onetrust-banner-sdk'>"
                + _box("<div class='ot-sdk-container'>") + "</div></div>",
    "onetrust_as_saved": "<div id='onetrust-consent-sdk'><div id='onetrust-banner-sdk' "
                         "role='dialog' aria-label='Cookie banner'>"
                         + _box("<div class='ot-sdk-container'>") + "</div></div>",
    "optanon": _box("<div class='optanon-alert-box-wrapper'>"),
    "cookiebot": _box("<div id='CybotCookiebotDialog' class='CybotEdge'>"),
    "didomi": "<div id='didomi-host'>" + _box("<div class='didomi-popup-container'>")
              + "</div>",
    "quantcast": _box("<div id='qc-cmp2-container'>"),
    "trustarc": _box("<div id='truste-consent-track'>"),
    "usercentrics": _box("<div id='usercentrics-root'>"),
    "cookie_law_info": _box("<div id='cookie-law-info-bar'>"),
    "cc_window": _box("<div class='cc-window cc-floating'>"),
    "sourcepoint": _box("<div id='sp_message_container_1234'>"),
    "aria_label": _box("<section aria-label='Cookie preferences'>", "</section>"),
    "dialog": _box("<div role='dialog' aria-label='Privacy settings'>"),
    "dialog_labelled": _box("<div role='alertdialog' aria-labelledby='consent-title'>"),
    "hidden": "<div id='onetrust-consent-sdk' style='display:none'>"
              + _box("<div class='ot-sdk-container'>") + "</div>",
}


@pytest.mark.parametrize("name", sorted(BANNERS))
def test_a_consent_banner_is_no_story_on_a_page_without_article(name: str) -> None:
    text, _ = read_html(_page(BANNERS[name]))
    assert "Acropolis in Athens" in text and "Patras" in text
    for city in ("Dublin", "Amsterdam", "Singapore", "Toronto", "value your privacy"):
        assert city not in text, (name, text)


def test_a_consent_banner_after_the_story_is_no_story_either() -> None:
    text, _ = read_html(_page(STORY, BANNERS["cookiebot"]))
    assert "Acropolis" in text and "Dublin" not in text


def test_a_page_wrapped_in_a_consent_named_element_keeps_its_story() -> None:
    """A wrapper around all of the page is the page's, whatever its name (passes either
    way: a guard)."""
    story = ("<p>Residents of Tadcaster and Selby left their homes on Tuesday as the River "
             "Wharfe burst its banks.</p><p>Sandbags were handed out in York.</p>")
    for wrapper in ("<div class='cookie-notice-visible'>", "<div aria-label='Cookie wall'>"):
        text, _ = read_html(_page(wrapper + story + "</div>", ""))
        assert "Tadcaster and Selby" in text, wrapper
    text, _ = read_html(_page(f"<div class='cookie-consent'><article>{story}</article></div>",
                              ""))
    assert "Tadcaster and Selby" in text


def test_a_dialog_about_something_else_is_no_consent_banner() -> None:
    """A role=dialog not named for cookies is judged as before: a story's paragraphs in it
    stay (a guard)."""
    story = ("<div role='dialog' aria-label='Article'><p>The Acropolis in Athens closed on "
             "Thursday as temperatures topped 40C, the ministry said.</p></div>")
    text, _ = read_html(_page(story, ""))
    assert "Acropolis in Athens" in text


# -- item 9: a legacy encoding guessed without keeping every reading whole --------------------

ROWS = "".join(f'{n},"Fête à Besançon n°{n}","José Pérez, maire de Málaga, a parlé à Zürich."\n'
               for n in range(200))


def _peak(read, data: bytes) -> int:
    import tracemalloc

    read(data[:400_000])  # (the word lists a reading of it loads, once per process)
    tracemalloc.start()
    try:
        read(data)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_cp1252_file_is_read_in_a_few_times_its_size() -> None:
    """A 21.6 MB file in Windows-1252 had taken 248 MB beyond the word lists (832 MB with
    them, audit 28 item 9): every legacy encoding's reading kept whole, and UTF-8's with its
    strays listed. Its text is its size (Latin-1's range); the reading, the bytes in pieces."""
    from placeline.ingest import decode_noted

    data = (ROWS * 300).encode("cp1252")  # 4.4 MB
    text, note = decode_noted(data, "big.csv")
    assert text == ROWS * 300 and note == ""
    assert _peak(lambda d: decode_noted(d, "big.csv"), data) < 4 * len(data)


def test_a_byte_the_encoding_lacks_after_the_sample_still_rules_it_out() -> None:
    """A guard (either way): Windows-1252 has no 0x81, so a file with one past the part that
    judges the readings is not Windows-1252's but ISO-8859-1's; nor is a file whose sample reads alike in two
    encodings one reading of them."""
    from placeline.ingest import _SAMPLE, decode_noted

    head = ROWS.encode("cp1252") * (_SAMPLE // len(ROWS) + 2)
    text, _ = decode_noted(head + b"Caf\x81 \xe9t\xe9\n", "late.csv")
    assert text.endswith("Caf\x81 été\n")  # (ISO-8859-1's reading, which has it)
    plain = b"Flooding in Leeds and York on Monday, officials said.\n" * 5000
    text, _ = decode_noted(plain + "Málaga, Zürich, Besançon.\n".encode("cp1252"), "x.txt")
    assert text.endswith("Málaga, Zürich, Besançon.\n")
