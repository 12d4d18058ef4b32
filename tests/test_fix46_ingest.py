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
