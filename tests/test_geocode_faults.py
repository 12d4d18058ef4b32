"""Geocoder faults against the stub on 127.0.0.1: whatever the server does, a lookup ends within
the configured timeout, requests stay at most one per second, the offline gazetteer keeps
answering, and a failure is never remembered as "no such place"."""

from __future__ import annotations

import time
from itertools import pairwise

import pytest

from placeline.geocode import online_geocoder
from placeline.geoparse import LOW_CONFIDENCE, Geoparser
from tests.stub_nominatim import StubNominatim

ARTICLE = ("Shelling near a village\n\n"
           "Shelling hit the village of Zzyzxovo on Monday, and troops moved towards the "
           "village of Qwertivka, officials in Kharkiv said. The town of Blorpsk was quiet.")
PLACES = {"Zzyzxovo": (49.9, 36.3), "Qwertivka": (50.1, 36.5)}


def _chain(store, stub, timeout=0.5, min_interval=0.0):
    return online_geocoder(store, domain=stub.domain, scheme="http", timeout=timeout,
                           min_interval=min_interval)


@pytest.mark.parametrize("mode", ["error500", "malformed", "wrongshape", "cutoff", "silent",
                                  "trickle", "ratelimit"])
def test_a_fault_costs_one_bounded_request_keeps_the_gazetteer_and_caches_nothing(
        store, gazetteer, mode):
    with StubNominatim(PLACES) as stub:
        stub.mode, stub.delay = mode, 0.2
        geocoder = _chain(store, stub, timeout=0.5)
        started = time.monotonic()
        mentions = Geoparser(gazetteer, geocoder=geocoder).parse(ARTICLE)
        elapsed = time.monotonic() - started
        assert elapsed < 1.0, f"{mode}: {elapsed:.2f} s"  # timeout 0.5 s + parsing
        assert len(stub.requests) == 1  # the breaker opened after the first failure
        resolved = {m.surface: m for m in mentions}
        assert resolved["Kharkiv"].place.source != "geocoder"
        guess = resolved["Zzyzxovo"]  # no answer: the article's town, flagged as a guess
        assert guess.place == resolved["Kharkiv"].place and guess.confidence < LOW_CONFIDENCE
        assert store.cache_size() == 0, "a failure was cached as 'no such place'"
        assert geocoder.failures >= 1

        # The server recovers: a new run asks again and gets the real answer.
        stub.mode = "ok"
        again = Geoparser(gazetteer, geocoder=_chain(store, stub)).parse(ARTICLE)
        assert {m.surface: m.place for m in again}["Zzyzxovo"].lat == pytest.approx(49.9)


def test_retry_after_keeps_the_breaker_open_that_long_then_asks_again(store, gazetteer):
    with StubNominatim(PLACES) as stub:
        stub.script, stub.retry_after = ["ratelimit"], 1
        geocoder = _chain(store, stub)
        geocoder.provider.cooldown = 0.0  # only the server's Retry-After keeps it open
        assert geocoder.geocode("Zzyzxovo") is None
        assert geocoder.geocode("Qwertivka") is None  # within Retry-After: not even asked
        assert len(stub.requests) == 1
        time.sleep(1.05)
        assert geocoder.geocode("Qwertivka").lat == pytest.approx(50.1)
        assert geocoder.geocode("Zzyzxovo").lat == pytest.approx(49.9)  # not cached as a miss
        assert [r["q"] for r in stub.requests] == ["Zzyzxovo", "Qwertivka", "Zzyzxovo"]


def test_a_slow_answer_within_the_timeout_is_used(store, gazetteer):
    with StubNominatim(PLACES) as stub:
        stub.mode, stub.delay = "slow", 0.3
        geocoder = _chain(store, stub, timeout=1.0)
        assert geocoder.geocode("Zzyzxovo").lat == pytest.approx(49.9)
        assert geocoder.failures == 0


def test_the_default_chain_never_asks_more_than_once_a_second(store, gazetteer):
    names = {f"Place{i}": (i, i) for i in range(4)}
    with StubNominatim(names) as stub:
        stub.script = ["error500"]  # a failure in between must not reset the spacing
        geocoder = online_geocoder(store, domain=stub.domain, scheme="http")
        geocoder.provider.cooldown = 0.0
        for name in names:
            geocoder.geocode(name)
        geocoder.geocode("Place0")  # failed the first time: asked again, still spaced
        times = stub.request_times
        assert len(times) == 5
        gaps = [b - a for a, b in pairwise(times)]
        assert min(gaps) >= 0.99, gaps


def test_the_rate_limit_holds_across_threads(store):
    from concurrent.futures import ThreadPoolExecutor

    names = {f"Town{i}": (i, i) for i in range(3)}
    with StubNominatim(names) as stub:
        geocoder = _chain(store, stub, min_interval=0.4)
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(geocoder.provider.lookup, names))
        gaps = [b - a for a, b in pairwise(stub.request_times)]
        assert len(gaps) == 2 and min(gaps) >= 0.39, gaps
