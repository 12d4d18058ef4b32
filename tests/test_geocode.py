"""The online geocoder chain against a stub Nominatim on 127.0.0.1 (never the internet)."""

import socket
import time

import pytest

from placeline.geocode import (
    CachedGeocoder,
    CircuitBreaker,
    NominatimProvider,
    RateLimited,
    online_geocoder,
)
from placeline.geoparse import LOW_CONFIDENCE, Geoparser
from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline
from tests.stub_nominatim import StubNominatim

ARTICLE = ("Shelling near a village\n\n"
           "Shelling hit the village of Zzyzxovo on Monday, and troops moved towards the "
           "village of Qwertivka, officials in Kharkiv said. The town of Blorpsk was quiet.")


def _chain(store, stub, timeout=1.0, min_interval=0.0):
    return online_geocoder(store, domain=stub.domain, scheme="http", timeout=timeout,
                           min_interval=min_interval)


def test_first_run_asks_once_per_unknown_name_second_run_asks_nothing(store, gazetteer):
    places = {"Zzyzxovo": (49.9, 36.3), "Qwertivka": (50.1, 36.5)}
    with StubNominatim(places) as stub:
        geocoder = _chain(store, stub)
        pipeline = Pipeline(store, Geoparser(gazetteer, geocoder=geocoder))
        pipeline.ingest([RawDocument("a.txt", ARTICLE)])
        asked = sorted(r["q"] for r in stub.requests)
        assert asked == ["Blorpsk", "Qwertivka", "Zzyzxovo"]
        mentions = {m["surface"]: m for m in store.mentions(store.article_ids()[0])}
        assert mentions["Zzyzxovo"]["lat"] == pytest.approx(49.9)
        assert mentions["Zzyzxovo"]["source"] == "geocoder"
        # a miss is put in the article's town as a flagged guess, and is cached as a miss
        assert mentions["Blorpsk"]["name"] == "Kharkiv"
        assert mentions["Blorpsk"]["confidence"] < LOW_CONFIDENCE
        assert store.cache_get("blorpsk|UA", "nominatim") == (True, None)

        stub.requests.clear()
        again = Pipeline(store, Geoparser(gazetteer, geocoder=_chain(store, stub)))
        again.reprocess()
        again.ingest([RawDocument("b.txt", ARTICLE.replace("Monday", "Tuesday"))])
        assert stub.requests == []


def test_known_names_never_reach_the_online_geocoder(store, gazetteer):
    with StubNominatim() as stub:
        geoparser = Geoparser(gazetteer, geocoder=_chain(store, stub))
        mentions = geoparser.parse("Talks in Kyiv and Moscow, then a visit to Mariupol.")
        assert {m.place.name for m in mentions} == {"Kyiv", "Moscow", "Mariupol"}
        assert stub.requests == []


def test_a_street_is_pinned_on_its_town_flagged_and_never_sent_to_the_geocoder(store,
                                                                             gazetteer):
    """"Wichita Street" in Dublin, Ohio is neither Wichita, Kansas nor whichever Wichita
    Street a geocoder would pick in the whole country: it is in the town the article is
    about, with a confidence low enough to be flagged."""
    with StubNominatim({"Wichita Street": (37.7, -97.3)}) as stub:
        geoparser = Geoparser(gazetteer, geocoder=_chain(store, stub))
        mentions = geoparser.parse("Police closed Wichita Street in Dublin, Ohio, on Monday. "
                                   "Dublin police said it reopens on Friday.")
        found = {m.surface: m for m in mentions}
        assert found["Dublin"].place.admin1 == "OH"
        assert found["Wichita Street"].place == found["Dublin"].place
        assert found["Wichita Street"].confidence < LOW_CONFIDENCE
        assert stub.requests == []


def test_a_street_in_a_text_naming_no_town_stays_unresolved(gazetteer):
    text = "Wichita Street was closed on Monday; Ohio officials gave no reason."
    found = {m.surface: m.place for m in Geoparser(gazetteer).parse(text)}
    assert "Wichita Street" in found and found["Wichita Street"] is None
    gold = Geoparser(gazetteer).resolve_spans(text, [(0, len("Wichita Street"))])
    assert gold[0].place is None


def test_given_street_and_road_names_are_pinned_on_the_texts_town(gazetteer):
    """Gold spans: "Darby Street" and "Highway 19" are not in any gazetteer; the town the
    text names is where they are (whether it comes before or after them)."""
    text = "Crews closed Darby Street and Highway 19 on Monday, Dublin, Ohio, officials said."
    spans = [(text.index(name), text.index(name) + len(name))
             for name in ("Darby Street", "Highway 19", "Dublin", "Ohio")]
    found = {m.surface: m.place for m in Geoparser(gazetteer).resolve_spans(text, spans)}
    assert found["Darby Street"] == found["Highway 19"] == found["Dublin"]
    assert found["Dublin"].admin1 == "OH"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_no_network_falls_back_within_a_second_and_caches_no_miss(store, gazetteer):
    geocoder = online_geocoder(store, domain=f"127.0.0.1:{_closed_port()}", scheme="http",
                               timeout=1.0, min_interval=0.0)
    geoparser = Geoparser(gazetteer, geocoder=geocoder)
    started = time.monotonic()
    mentions = geoparser.parse(ARTICLE)
    elapsed = time.monotonic() - started
    assert elapsed < 1.0
    assert {m.surface for m in mentions if m.place} >= {"Kharkiv"}
    guesses = [m for m in mentions if m.surface in {"Zzyzxovo", "Qwertivka"}]
    assert guesses and all(m.place.name == "Kharkiv" and m.confidence < LOW_CONFIDENCE
                           for m in guesses)  # the article's town, flagged: no answer came
    assert store.cache_size() == 0  # a failure is not "no such place"
    assert geocoder.failures >= 1


def test_a_silent_server_costs_one_timeout_then_the_breaker_opens(store, gazetteer):
    with StubNominatim() as stub:
        stub.mode = "silent"
        geocoder = _chain(store, stub, timeout=0.5)
        started = time.monotonic()
        Geoparser(gazetteer, geocoder=geocoder).parse(ARTICLE)
        elapsed = time.monotonic() - started
        assert len(stub.requests) == 1
        assert elapsed < 1.0


def test_requests_are_spaced_at_least_the_minimum_interval(store):
    with StubNominatim({"A": (1, 1), "B": (2, 2), "C": (3, 3)}) as stub:
        provider = RateLimited(NominatimProvider(domain=stub.domain, scheme="http"), 0.3)
        geocoder = CachedGeocoder(store, CircuitBreaker(provider))
        for name in ("A", "B", "C"):
            geocoder.geocode(name)
        gaps = [b - a for a, b in zip(stub.request_times, stub.request_times[1:], strict=False)]
        assert len(gaps) == 2 and min(gaps) >= 0.29


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _guarded(store, stub, clock, timeout=1.0):
    provider = NominatimProvider(domain=stub.domain, scheme="http", timeout=timeout)
    return CachedGeocoder(store, CircuitBreaker(RateLimited(provider, 0.0), cooldown=60.0,
                                                clock=clock))


@pytest.mark.parametrize("mode", ["error500", "malformed"])
def test_server_errors_are_not_cached_and_the_gazetteer_answers_meanwhile(store, gazetteer,
                                                                         mode):
    with StubNominatim({"Zzyzxovo": (49.0, 36.0)}) as stub:
        stub.mode = mode
        clock = FakeClock()
        geocoder = _guarded(store, stub, clock)
        mentions = Geoparser(gazetteer, geocoder=geocoder).parse(ARTICLE)
        assert "Kharkiv" in {m.place.name for m in mentions if m.place}
        assert len(stub.requests) == 1  # the breaker opened after the first failure
        assert store.cache_size() == 0
        stub.mode = "ok"
        clock.now += 61  # after the cooldown the name is asked again, and now found
        assert geocoder.geocode("Zzyzxovo").lat == pytest.approx(49.0)
        assert store.cache_size() == 1


def test_a_429_keeps_the_geocoder_quiet_for_its_retry_after(store):
    with StubNominatim({"Zzyzxovo": (49.0, 36.0)}) as stub:
        stub.mode, stub.retry_after = "ratelimit", 300
        clock = FakeClock()
        geocoder = _guarded(store, stub, clock)
        assert geocoder.geocode("Zzyzxovo") is None
        stub.mode = "ok"
        clock.now += 120  # past the 60 s cooldown, still inside the server's Retry-After
        assert geocoder.geocode("Zzyzxovo") is None
        assert len(stub.requests) == 1
        clock.now += 181
        assert geocoder.geocode("Zzyzxovo") is not None
        assert len(stub.requests) == 2 and store.cache_size() == 1


def test_slow_answers_within_the_timeout_are_used_and_slower_ones_cut_off(store):
    with StubNominatim({"Zzyzxovo": (49.0, 36.0), "Qwertivka": (48.0, 37.0)}) as stub:
        stub.mode, stub.delay = "slow", 0.3
        assert _guarded(store, stub, FakeClock(), timeout=1.0).geocode("Zzyzxovo") is not None
        stub.delay = 3.0
        started = time.monotonic()
        assert _guarded(store, stub, FakeClock(), timeout=0.5).geocode("Qwertivka") is None
        assert time.monotonic() - started < 1.0
        assert store.cache_size() == 1  # the cut-off one is not remembered as missing


def test_the_standard_chain_never_asks_more_than_once_a_second(store):
    geocoder = online_geocoder(store)
    assert geocoder.provider.provider.min_interval >= 1.0  # Nominatim's usage policy


def test_an_online_answer_survives_reprocessing_offline(store, gazetteer):
    """Reprocessing (after a correction, an undo, a rebuild or a gazetteer upgrade) runs
    offline: the store's cached answer still places the name, and no one is asked."""
    with StubNominatim({"Zzyzxovo": (49.9, 36.3)}) as stub:
        Pipeline(store, Geoparser(gazetteer, geocoder=_chain(store, stub))).ingest(
            [RawDocument("a.txt", ARTICLE)])
        stub.requests.clear()
        Pipeline(store).reprocess()
        assert stub.requests == []
    mentions = {m["surface"]: m for m in store.mentions(store.article_ids()[0])}
    assert mentions["Zzyzxovo"]["source"] == "geocoder"
    assert mentions["Zzyzxovo"]["lat"] == pytest.approx(49.9)
    assert mentions["Qwertivka"]["name"] == "Kharkiv"  # (no such place: still a guess)
