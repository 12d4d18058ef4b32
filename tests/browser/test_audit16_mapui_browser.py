"""Audit 16, items 15 and 16 in a real browser: the slider's thumbs stand over their days'
bars; the map opens on the window's places, brings a place chosen in the list into view,
keeps the reader's view when the slider moves or a circle is clicked, fits the window on
request; clusters wear the legend's colours, and the legend folds."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_dashboard_browser import MAP_FRAME, TIMEOUT, open_map, query

pytestmark = pytest.mark.browser
MARIUPOL = (47.09514, 37.54131)
PALETTE = {"rgb(253, 174, 107)", "rgb(253, 141, 60)", "rgb(230, 85, 13)", "rgb(166, 54, 3)"}


def map_window(page):
    return page.locator(MAP_FRAME).first.element_handle().content_frame()


def view(page) -> tuple[int, float, float]:
    """(zoom, centre latitude, centre longitude) of the Leaflet map."""
    return tuple(map_window(page).evaluate(
        "() => [map.getZoom(), map.getCenter().lat, map.getCenter().lng]"))


@pytest.mark.parametrize("window", [("2022-04-26", "2022-04-28"), ("2022-12-01", "2023-02-20")])
def test_the_slider_s_thumbs_stand_over_their_days_bars(offline_page, dashboard, window):
    page, _ = open_map(offline_page, f"{dashboard}/?window={window[0]}&window={window[1]}")
    bars = []  # (left, right, days named in its tooltip)
    for bar in page.locator("[role=img] div[title]").all():
        box = bar.bounding_box()
        days = re.findall(r"\d{4}-\d\d-\d\d", bar.get_attribute("title"))
        bars.append((box["x"], box["x"] + box["width"], days))
    slider = page.locator("[data-testid=stMain] [data-testid=stSlider]").first
    for label in slider.locator("[data-testid=stSliderThumbValue]").all():
        box = label.locator("xpath=..").bounding_box()  # the thumb (labels may shift aside)
        x, day = box["x"] + box["width"] / 2, label.inner_text()
        under = [days for left, right, days in bars if left - 2 <= x <= right + 2]
        assert under and all(days[0] <= day <= days[-1] for days in under), (day, x, under)


def test_a_narrow_window_opens_on_its_places(offline_page, dashboard):
    page, _ = open_map(offline_page, dashboard)
    world = view(page)[0]
    page, _ = open_map(offline_page, f"{dashboard}/?window=2022-04-25&window=2022-04-25")
    page.wait_for_function(f"() => document.querySelector(\"{MAP_FRAME}\").contentWindow"
                           f".map.getZoom() > {world}", timeout=TIMEOUT)  # Turkey to Moscow


def test_a_place_chosen_in_the_list_comes_into_view_and_the_slider_keeps_the_view(
        offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    place = page.get_by_role("combobox", name="Place", exact=True)
    place.click()
    page.keyboard.type("Mariupol")
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.search.includes('place=geonames%3A701822')",
                           timeout=TIMEOUT)  # Mariupol, by its id (audit 17)
    page.wait_for_function(f"() => document.querySelector(\"{MAP_FRAME}\").contentWindow"
                           ".map.getZoom() >= 6", timeout=TIMEOUT)
    zoom, lat, lon = view(page)
    assert abs(lat - MARIUPOL[0]) < 1 and abs(lon - MARIUPOL[1]) < 1
    frame.locator("path.leaflet-interactive[stroke='#08306b']").first.wait_for(
        timeout=TIMEOUT)  # the chosen circle is drawn as selected
    start = page.locator("[data-testid=stMain] [data-testid=stSlider] input[type=range]")
    start.first.focus()
    page.keyboard.press("ArrowRight")  # the window loses its first day: a new layer
    page.wait_for_function("() => location.search.includes('window=')", timeout=TIMEOUT)
    page.wait_for_timeout(1500)
    assert view(page) == (zoom, lat, lon)
    assert query(page)["place"] == ["geonames:701822"]


def test_a_shared_link_to_a_place_opens_on_that_place(offline_page, dashboard):
    page, frame = open_map(offline_page, f"{dashboard}/?place=Mariupol")
    page.wait_for_function(f"() => document.querySelector(\"{MAP_FRAME}\").contentWindow"
                           ".map.getZoom() >= 6", timeout=TIMEOUT)
    _, lat, lon = view(page)
    assert abs(lat - MARIUPOL[0]) < 1 and abs(lon - MARIUPOL[1]) < 1
    frame.locator("path.leaflet-interactive[stroke='#08306b']").first.wait_for(
        timeout=TIMEOUT)  # drawn as selected from the first run on


def test_clicking_a_circle_selects_it_without_moving_the_map(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    before = view(page)
    frame.locator("path.pl-geonames-1261481").click()  # New Delhi
    page.wait_for_function("() => location.search.includes('place=')", timeout=TIMEOUT)
    page.get_by_text("Also mentioned here:").first.wait_for(timeout=TIMEOUT)
    page.wait_for_timeout(1000)
    assert view(page) == before


def test_the_fit_button_shows_the_window_s_places_again(offline_page, dashboard):
    page, frame = open_map(offline_page, dashboard)
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    fitted = view(page)
    for _ in range(3):
        frame.locator(".leaflet-control-zoom-in").click()
        page.wait_for_timeout(400)
    assert view(page)[0] > fitted[0]
    frame.get_by_role("button", name="Show every place in the window").click()
    page.wait_for_timeout(800)
    assert view(page)[0] == fitted[0]


def test_clusters_wear_the_legend_s_colours_and_the_legend_explains_them(offline_page,
                                                                         dashboard):
    page, frame = open_map(offline_page, dashboard)
    legend = frame.locator(".placeline-legend")
    assert legend.locator(".grouped").is_hidden()  # 31 places: no clusters, no such row
    assert frame.locator(".marker-cluster").count() == 0  # (its sample icon is none)
    page.goto(f"{dashboard}/?group=on", timeout=TIMEOUT)
    frame = page.frame_locator(MAP_FRAME).first
    cluster = frame.locator(".marker-cluster").first
    cluster.wait_for(timeout=TIMEOUT)
    colours = {d.evaluate("e => getComputedStyle(e).backgroundColor")
               for d in frame.locator(".leaflet-marker-pane .placeline-cluster div").all()}
    assert colours and colours <= PALETTE
    legend = frame.locator(".placeline-legend")
    if not legend.evaluate("e => e.open"):  # (folded from the start on a map under
        legend.locator("summary").click()  # LEGEND_OPEN_FROM_PX: UI 66)
    assert legend.locator(".grouped").is_visible()
    assert "nearby places" in legend.inner_text()
    legend.locator("summary").click()  # it folds to its title
    assert legend.locator(".bins").is_hidden()
    assert legend.inner_text().strip() == "Articles per place"
    assert offline_page.blocked == []
