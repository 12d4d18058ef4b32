"""Hostile article text is shown as text everywhere and never runs, in a real browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from placeline.ingest import RawDocument
from placeline.models import Place
from placeline.pipeline import Pipeline
from placeline.store import open_store
from tests.browser.conftest import save_screenshot, served

pytestmark = pytest.mark.browser
TIMEOUT = 60_000
MAP_FRAME = "iframe[title*='streamlit_folium']"
TITLE = '<img src=x onerror="window.__pwned=1;alert(1)"> Shelling in Mariupol <b>again</b>'
BODY = (
    "Russian forces shelled Mariupol on Monday <script>window.__pwned=2;alert(2)</script> "
    "and residents fled to Zaporizhzhia. [Read more](javascript:window.__pwned=3) about "
    "&lt;b&gt;Kyiv&lt;/b&gt; and $x$ *bold* claims. " + "Kyiv " * 2000 + "end.\n")
EVIL_PLACE = '<svg onload="window.__pwned=4">Evil town'
PROBE = "() => [window.__pwned, ...[...document.querySelectorAll('iframe')].map(f => { " \
        "try { return f.contentWindow.__pwned; } catch (e) { return 'blocked'; } })]"


@pytest.fixture(scope="module")
def hostile_dashboard(tmp_path_factory, geoparser):
    db = tmp_path_factory.mktemp("hostile") / "hostile.db"
    store = open_store(db)
    text = f"{TITLE}\ndate 2022-05-02\n{BODY}"
    report = Pipeline(store, geoparser).ingest([RawDocument("evil/<script>.txt", text)])
    assert report.added, report.summary()
    evil = Place("user:evil", EVIL_PLACE, 47.0, 35.0, "landmark", source="correction")
    store.add_correction("Zaporizhzhia", evil)
    Pipeline(store, geoparser).reprocess()
    store.close()
    with served(db) as url:
        yield url


def _no_script_ran(offline_page) -> None:
    page = offline_page.page
    page.wait_for_timeout(500)
    assert all(value in (None, "blocked") for value in page.evaluate(PROBE))
    assert offline_page.dialogs == []


def test_the_map_and_the_panel_show_hostile_text_as_text(offline_page, hostile_dashboard):
    page = offline_page.page
    page.goto(f"{hostile_dashboard}/?place=Mariupol", timeout=TIMEOUT)
    page.get_by_text("Read the whole article").first.wait_for(timeout=TIMEOUT)
    main = page.locator("[data-testid=stMain]").inner_text()
    assert "<img src=x onerror=" in main  # the title, literally
    assert "<script>window.__pwned=2;alert(2)</script>" in main
    page.get_by_text("Read the whole article").first.click()
    page.get_by_text("[Read more](javascript:window.__pwned=3)", exact=False).first.wait_for(
        timeout=TIMEOUT)
    assert page.locator("[data-testid=stMain] a[href^='javascript']").count() == 0
    frame = page.frame_locator(MAP_FRAME).first
    evil = frame.locator("path.pl-user-evil")
    evil.hover()
    assert EVIL_PLACE in frame.locator(".leaflet-tooltip").inner_text(timeout=TIMEOUT)
    assert frame.locator(".leaflet-tooltip svg, .leaflet-tooltip img").count() == 0
    save_screenshot(page, "hostile.png")
    _no_script_ran(offline_page)


def test_the_articles_and_places_pages_show_hostile_text_as_text(offline_page,
                                                                hostile_dashboard):
    page = offline_page.page
    page.goto(f"{hostile_dashboard}/Articles", timeout=TIMEOUT)
    main = page.locator("[data-testid=stMain]")  # (waits: the page renders in parts)
    expect(main).to_contain_text("Shelling in Mariupol <b>again</b>", timeout=TIMEOUT)
    expect(main).to_contain_text("<script>window.__pwned=2;alert(2)</script>", timeout=TIMEOUT)
    _no_script_ran(offline_page)
    page.goto(f"{hostile_dashboard}/Places", timeout=TIMEOUT)
    expect(page.locator("[data-testid=stMain]")).to_contain_text(EVIL_PLACE, timeout=TIMEOUT)
    _no_script_ran(offline_page)
