"""The dashboard in a real browser, with no internet: see the map, scrub, play, filter, click,
read, correct, upload and download — as a person would."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from tests.browser.conftest import save_screenshot, seeds_copy, start_dashboard, stop

pytestmark = pytest.mark.browser
TIMEOUT = 60_000
MAP_FRAME = "iframe[title*='streamlit_folium']"
NEW_DELHI = "path.pl-geonames-1261481"
MARIUPOL = "path.pl-geonames-701822"


def open_map(offline_page, url: str):
    page = offline_page.page
    page.goto(url, timeout=TIMEOUT)
    frame = page.frame_locator(MAP_FRAME).first
    frame.locator(".leaflet-container").wait_for(timeout=TIMEOUT)
    # any circle in view: a link to a place opens on that place, and Leaflet leaves the
    # circles out of view undrawn
    frame.locator("path.leaflet-interactive >> visible=true").first.wait_for(timeout=TIMEOUT)
    return page, frame


def markers(frame) -> int:
    return frame.locator("path.leaflet-interactive").count()


def wait_for_marker_count_change(page, before: int) -> None:
    page.wait_for_function(
        "([sel, n]) => { const f = document.querySelector(sel);"
        " return f && f.contentDocument &&"
        " f.contentDocument.querySelectorAll('path.leaflet-interactive').length !== n; }",
        arg=[MAP_FRAME, before], timeout=TIMEOUT)


def slider_values(page) -> list[str]:
    """The two dates shown on the thumbs of the main date slider."""
    slider = page.locator("[data-testid=stMain] [data-testid=stSlider]").first
    thumbs = slider.locator("[data-testid=stSliderThumbValue]")
    return [thumbs.nth(i).inner_text() for i in range(thumbs.count())]


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def enter_on_new_delhi(page, frame) -> None:
    """Enter on New Delhi's focused circle chooses it, as a click does: wait for the link,
    the panel, and the focus given back to the circle by the layer drawn for the choice."""
    frame.locator(NEW_DELHI).focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.search.includes('place=geonames%3A1261481')",
                           timeout=TIMEOUT)
    page.get_by_text("Also mentioned here:").first.wait_for(timeout=TIMEOUT)
    page.wait_for_function(
        f"() => document.querySelector(\"{MAP_FRAME}\").contentDocument.activeElement"
        ".classList.contains('pl-geonames-1261481')", timeout=TIMEOUT)


def test_the_map_renders_offline_with_places_and_country_outlines(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    assert markers(frame) >= 20
    frame.locator(".leaflet-pane path").nth(100).wait_for(state="attached", timeout=TIMEOUT)
    assert frame.locator(".placeline-legend").inner_text().startswith("Articles per place")
    assert offline_page.blocked == []
    save_screenshot(page, "dashboard.png")


def test_grouping_draws_clusters_that_open_on_click(offline_page, dashboard):
    page = offline_page.page
    page.goto(f"{dashboard}/?group=on", timeout=TIMEOUT)
    frame = page.frame_locator(MAP_FRAME).first
    clusters = frame.locator(".marker-cluster")
    clusters.first.wait_for(timeout=TIMEOUT)
    before = markers(frame)
    assert before < 31  # some places are inside clusters at world zoom
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    scale = frame.locator(".leaflet-control-scale-line").first.inner_text()
    clusters.first.click()  # a click zooms in on (or fans out) the places of that cluster
    page.wait_for_function(
        "([sel, n, scale]) => { const d = document.querySelector(sel).contentDocument;"
        " return d.querySelectorAll('path.leaflet-interactive').length > n ||"
        " d.querySelector('.leaflet-control-scale-line').innerText !== scale; }",
        arg=[MAP_FRAME, before, scale], timeout=TIMEOUT)
    assert offline_page.blocked == []


def test_moving_the_slider_changes_the_markers_and_the_url(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    before = markers(frame)
    thumbs = page.locator("[data-testid=stMain] [data-testid=stSlider] input[type=range]")
    thumbs.nth(0).focus()
    page.keyboard.press("End")  # the start of the window jumps to the last day (not the
    # first: the seeds' first day begins a year's span, which a day's window does not hold
    # whole and so does not count — UI 72)
    wait_for_marker_count_change(page, before)
    assert 0 < markers(frame) < before
    page.wait_for_function("() => location.search.includes('window=')", timeout=TIMEOUT)
    first, last = query(page)["window"]
    assert first == last and re.fullmatch(r"\d{4}-\d\d-\d\d", first)


def test_clicking_a_marker_shows_the_snippets_for_that_place(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    delhi = frame.locator(NEW_DELHI)
    delhi.hover()
    assert "New Delhi" in frame.locator(".leaflet-tooltip").inner_text(timeout=TIMEOUT)
    delhi.click()
    page.get_by_text("First fleeting meeting between the US and Russia").filter(
        visible=True).first.wait_for(
        timeout=TIMEOUT)
    panel_text = page.locator("[data-testid=stMain]").inner_text()
    assert "New Delhi witnessed the first meeting" in panel_text
    assert "Also mentioned here:" in panel_text
    page.wait_for_function("() => location.search.includes('place=')", timeout=TIMEOUT)
    assert query(page)["place"] == ["geonames:1261481"]  # its id: labels change (audit 17)
    save_screenshot(page, "dashboard-selected.png")
    assert offline_page.blocked == []


def test_zooming_in_separates_mariupol_from_azovstal(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    mariupol = frame.locator(MARIUPOL)
    box = mariupol.bounding_box()
    for _ in range(8):  # a person zooms in on the Sea of Azov with the mouse wheel
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(350)
        box = mariupol.bounding_box()
    mariupol.click()
    page.get_by_text("Read the whole article").first.wait_for(timeout=TIMEOUT)
    highlighted = page.locator("[data-testid=stMain] strong").filter(has_text="Mariupol")
    assert highlighted.count() >= 3  # one highlighted sentence per mention, several articles


def test_play_animates_the_window_without_recreating_the_map(offline_page, dashboard):
    page, _frame = open_map(offline_page, dashboard)
    map_window = page.locator(MAP_FRAME).first.element_handle().content_frame()
    map_window.evaluate("() => { window.__placelineMark = 'kept'; }")
    zoom_before = map_window.evaluate(
        "() => document.querySelector('.leaflet-container') !== null")
    page.get_by_role("button", name="▶ Play").click()
    seen = set()
    for _ in range(40):
        seen.add(tuple(slider_values(page)))
        if len(seen) >= 3:
            break
        page.wait_for_timeout(500)
    assert len(seen) >= 3, f"the window did not move: {seen}"
    page.get_by_role("button", name="⏸ Pause").click()
    # The same Leaflet document is still there: the map was updated, not re-created.
    assert map_window.evaluate("() => window.__placelineMark") == "kept"
    assert zoom_before


def test_typing_a_date_moves_the_window_to_the_nearest_day(offline_page, dashboard):
    page, _frame = open_map(offline_page, dashboard)
    year = page.get_by_role("spinbutton", name="year, Go to date")
    year.click()
    page.keyboard.type("20230301")  # year, month and day segments, as a person types them
    page.get_by_role("heading", name="placeline").click()  # leaving the field commits it
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=stSliderThumbValue]')]"
        ".filter(e => e.innerText === '2023-03-02').length === 2", timeout=TIMEOUT)
    assert slider_values(page) == ["2023-03-02", "2023-03-02"]


def test_a_keyword_filter_narrows_the_map_and_is_in_the_url(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    before = markers(frame)
    keyword = page.locator("[data-testid=stSidebar] input[type=text]").first
    keyword.fill("Blinken")
    keyword.press("Enter")
    wait_for_marker_count_change(page, before)
    assert 0 < markers(frame) < before
    page.wait_for_function("() => location.search.includes('q=Blinken')", timeout=TIMEOUT)


def test_reloading_a_shared_url_restores_the_view(offline_page, dashboard, seeds_store):
    first = pd.Timestamp(seeds_store.events_frame()["date"].min()).strftime("%-d %b %Y")
    window = f"{first} – 26 Apr 2022"
    url = f"{dashboard}/?mode=Cumulative&until=2022-04-26&kind=country&place=Turkey"
    page, frame = open_map(offline_page, url)
    page.get_by_text(window).first.wait_for(timeout=TIMEOUT)
    sidebar = page.locator("[data-testid=stSidebar]").inner_text()
    assert "country" in sidebar
    assert "Ankara" not in [t.strip() for t in frame.locator(".leaflet-tooltip").all_inner_texts()]
    panel = page.locator("[data-testid=stMain]").inner_text()
    assert "Turkey" in panel and "Event:" in panel
    page.reload()
    page.get_by_text(window).first.wait_for(timeout=TIMEOUT)
    assert query(page)["mode"] == ["Cumulative"]


def test_download_gives_valid_geojson_of_the_view(offline_page, dashboard):
    page, _frame = open_map(offline_page, f"{dashboard}/?window=2023-03-02&window=2023-03-02")
    with page.expect_download(timeout=TIMEOUT) as download:
        page.get_by_role("button", name="⬇ GeoJSON of this view").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and data["features"]
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["event_date"] == "2023-03-02"


@pytest.fixture
def own_dashboard(seeds_store, tmp_path):
    """A dashboard on a private database that the test may change (and restart)."""
    db = seeds_copy(seeds_store, tmp_path / "own.db")
    servers = Servers(db)
    yield servers
    servers.stop()


class Servers:
    """Start, stop and restart a dashboard on one database."""

    def __init__(self, db) -> None:
        self.db = db
        self.process = None

    def start(self) -> str:
        self.process, url = start_dashboard(self.db)
        return url

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)
            self.process = None


def test_a_correction_persists_across_a_restart(offline_page, own_dashboard):
    url = own_dashboard.start()
    page, frame = open_map(offline_page, f"{url}/?place=Izyum")
    page.get_by_text("Wrong place? Correct").click()
    page.get_by_text("Enter coordinates").click()
    page.get_by_label("Name", exact=True).fill("Izium checkpoint")
    page.get_by_label("Latitude").fill("49.2")
    page.get_by_label("Longitude").fill("37.25")
    page.get_by_label("Longitude").press("Tab")
    page.get_by_role("button", name="Save correction").click()
    page.wait_for_function("() => location.search.includes('place=user%3Aizium-checkpoint')",
                           timeout=TIMEOUT)  # the corrected place is selected at once
    own_dashboard.stop()
    second = own_dashboard.start()  # the same database after a restart
    page, frame = open_map(offline_page, f"{second}/?place=Izium+checkpoint")
    frame.locator("path.pl-user-izium-checkpoint-49-2000-37-2500").wait_for(timeout=TIMEOUT)
    page.goto(f"{second}/Places", timeout=TIMEOUT)
    page.get_by_text("Your corrections").wait_for(timeout=TIMEOUT)
    # The list renders after its heading: wait for the row (asserting at once raced).
    page.locator("[data-testid=stMain]").get_by_text("Izium checkpoint", exact=False).first \
        .wait_for(timeout=TIMEOUT)
    save_screenshot(page, "places.png")


def test_uploading_an_article_shows_progress_and_a_new_place(offline_page, own_dashboard,
                                                             tmp_path):
    url = own_dashboard.start()
    article = tmp_path / "porto-alegre.txt"
    article.write_text("Floods reach Porto Alegre\nPORTO ALEGRE, May 6, 2024 - Rivers rose "
                       "through Porto Alegre on Monday as rescuers moved families out.\n",
                       encoding="utf-8")
    page = offline_page.page
    page.goto(f"{url}/Ingest", timeout=TIMEOUT)
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(article))
    page.get_by_text("porto-alegre.txt").wait_for(timeout=TIMEOUT)
    page.get_by_role("button", name="Ingest", exact=True).click()
    page.get_by_text("1 added").wait_for(timeout=TIMEOUT)
    assert page.locator("[data-testid=stProgress]").count() == 1
    assert "Done" in page.locator("[data-testid=stProgress]").inner_text()
    save_screenshot(page, "ingest.png")
    page.get_by_role("link", name="See them on the map").click()
    frame = page.frame_locator(MAP_FRAME).first
    frame.locator("path.pl-geonames-3452925").wait_for(timeout=TIMEOUT)  # Porto Alegre
    assert offline_page.blocked == []


def test_a_large_window_is_fetched_as_one_cached_layer_file(offline_page, tmp_path):
    from bench.synth import fill_store

    fill_store(tmp_path / "large.db", events=3_000, places=800)
    servers = Servers(tmp_path / "large.db")
    url = servers.start()
    try:
        page = offline_page.page
        layer_requests = []
        page.on("request", lambda r: layer_requests.append(r.url)
                if "/app/static/layers/" in r.url else None)
        page.goto(url, timeout=TIMEOUT)
        frame = page.frame_locator(MAP_FRAME).first
        frame.locator(".marker-cluster").first.wait_for(timeout=TIMEOUT)  # > 400: grouped
        assert len(layer_requests) == 1 and layer_requests[0].endswith(".json")
        assert offline_page.blocked == []
    finally:
        servers.stop()
