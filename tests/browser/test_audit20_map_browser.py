"""Audit 20 in a real browser: a place chosen on a clustered map (by a link or in the Place
box) is drawn, selected, where the map centres, with no move of the reader's (item 6)."""

from __future__ import annotations

import pytest

from placeline.models import Place
from placeline.pipeline import Pipeline
from tests.browser.conftest import served
from tests.browser.test_audit16_mapui_browser import map_window, view
from tests.browser.test_dashboard_browser import MAP_FRAME, TIMEOUT
from tests.test_audit19_map import CAMBRIDGE, MORIOKA, cambridge_rows, ingest_rows

pytestmark = pytest.mark.browser
MORIOKA_AT = (39.7, 141.15)
KENYA = "geonames:192950"  # at (1, 38), 86 km from Isiolo: one cluster up to zoom 6
ISIOLO_ROWS = [{"id": f"k{day}", "date": f"2024-03-{day}", "title": f"Drought brief {day}",
                "text": "Herders in Isiolo, Kenya, said the rains had failed again."}
               for day in (27, 28)]


@pytest.fixture(scope="module")
def kenya_dashboard(tmp_path_factory, geoparser):
    """A dashboard on Cambridge's days of news (audit 19's) and two days of Isiolo's; Iwate
    Prefecture corrected to a point of its own at Morioka's (a place at one point with
    another, as a correction by coordinates can make)."""
    store = ingest_rows(tmp_path_factory.mktemp("audit20"), cambridge_rows() + ISIOLO_ROWS,
                        geoparser)
    morioka = store.place(MORIOKA)
    store.add_correction("Iwate Prefecture", Place(
        id=f"user:iwate-office:{morioka.lat:.4f},{morioka.lon:.4f}", name="Iwate office",
        lat=morioka.lat, lon=morioka.lon, kind="landmark", source="correction"))
    Pipeline(store, geoparser).reprocess(store.articles_with_surface("Iwate Prefecture"))
    path = store.path
    store.close()
    with served(path) as url:
        yield url


def _chosen_in_the_box(page, name: str) -> None:
    page.locator(MAP_FRAME).scroll_into_view_if_needed()
    place = page.get_by_role("combobox", name="Place", exact=True)
    place.click()
    page.keyboard.type(name)
    page.keyboard.press("Enter")


@pytest.mark.parametrize(("place", "how"), [(KENYA, "link"), (KENYA, "box"),
                                            (CAMBRIDGE, "link")])
def test_a_place_chosen_on_a_clustered_map_is_drawn_where_the_map_centres(
        offline_page, kenya_dashboard, place, how):
    """Kenya, in one cluster with Isiolo at zoom 6, was centred at zoom 6 and then its
    cluster fitted (markercluster's zoomToShowLayer, made for icons, not circles): the map
    stood between the two at zoom 7, and drew neither until the reader moved it (Kenya and
    Georgia in the audit). Cambridge, in one cluster with Massachusetts up to zoom 7, was
    drawn off the centre, where the cluster's fit had left it; both are now drawn at the
    centre, at the first zoom that draws them alone (7 and 8)."""
    link = f"{kenya_dashboard}/?group=on" + (f"&place={place}" if how == "link" else "")
    page = offline_page.page
    page.goto(link, timeout=TIMEOUT)
    frame = page.frame_locator(MAP_FRAME).first
    frame.locator(".leaflet-container").wait_for(timeout=TIMEOUT)
    if how == "box":  # the world's view: each place in a cluster
        frame.locator(".marker-cluster").first.wait_for(timeout=TIMEOUT)
        _chosen_in_the_box(page, "Kenya")
    selected = f"path.pl-{place.replace(':', '-')}[stroke='#08306b']"
    circle = frame.locator(selected)
    circle.wait_for(state="visible", timeout=TIMEOUT)
    page.wait_for_timeout(1000)  # (any zoom still under way has ended)
    assert circle.count() == 1 and circle.is_visible()
    window = map_window(page)
    assert window.evaluate("() => map._placeline.selected") == place
    size = window.evaluate("() => { const s = map.getSize(); return [s.x, s.y]; }")
    box, origin = circle.bounding_box(), page.locator(MAP_FRAME).first.bounding_box()
    x = box["x"] + box["width"] / 2 - origin["x"]
    y = box["y"] + box["height"] / 2 - origin["y"]
    assert abs(x - size[0] / 2) < 3 and abs(y - size[1] / 2) < 3, (x, y, size)
    assert view(page)[0] >= 6
    assert offline_page.blocked == []


def test_a_place_chosen_at_one_point_with_another_is_fanned_out(offline_page, kenya_dashboard):
    """Places at one point are one cluster at every zoom: the chosen one's is fanned out
    where the map centres, as a click on it does, at the zoom that draws it without other
    places (6 here, as for any place chosen). markercluster's zoomToShowLayer fanned it out
    at zoom 18, a street's, where the offline map shows nothing around it."""
    page = offline_page.page
    page.goto(f"{kenya_dashboard}/?group=on&place={MORIOKA}", timeout=TIMEOUT)
    frame = page.frame_locator(MAP_FRAME).first
    circle = frame.locator(f"path.pl-{MORIOKA.replace(':', '-')}[stroke='#08306b']")
    circle.wait_for(state="visible", timeout=TIMEOUT)
    window = map_window(page)
    fanned = window.evaluate("""() => { let ids = null; map.eachLayer(l => {
        if (l._spiderfied) { ids = l._spiderfied.getAllChildMarkers().map(
            m => m.feature.properties.place_id).sort(); } }); return ids; }""")
    assert fanned is not None and MORIOKA in fanned and len(fanned) == 2, fanned
    off = window.evaluate("""(at) => { const p = map.latLngToContainerPoint(at),
        s = map.getSize(); return [p.x - s.x / 2, p.y - s.y / 2]; }""", list(MORIOKA_AT))
    assert abs(off[0]) < 3 and abs(off[1]) < 3, off  # centred on their point,
    assert 6 <= view(page)[0] < 18  # not zoomed to the street
    assert offline_page.blocked == []
