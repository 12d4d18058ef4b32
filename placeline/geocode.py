"""The online geocoder (geopy's Nominatim) behind a cache, a rate limit and a circuit breaker.

The offline gazetteer answers first; this chain is asked only for names the gazetteer lacks.
Each concern wraps the call instead of living inside it (after geopy's RateLimiter):

    CachedGeocoder(store, CircuitBreaker(RateLimited(NominatimProvider(...))))

- the cache stores every answer, including "no such place", and is asked before anything else;
- a network failure is never cached as "no such place", and opens the circuit breaker so that a
  batch without network costs one failed request, not one per name;
- requests are spaced at least `min_interval` (1 s, Nominatim's policy), and a 429's
  Retry-After is honoured by keeping the breaker open that long.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterable
from typing import Protocol

from placeline.errors import PlacelineError
from placeline.models import Place
from placeline.names import name_key
from placeline.present import counted
from placeline.store import Store

USER_AGENT = "placeline/0.1 (news geoparsing dashboard; https://github.com/placeline)"
DEFAULT_DOMAIN = "nominatim.openstreetmap.org"


class GeocoderUnavailable(PlacelineError):
    """The service could not answer (network, timeout, 5xx, 429, malformed reply)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class Provider(Protocol):
    name: str

    def lookup(self, query: str, country: str | None = None) -> Place | None:
        """The place a name refers to, None if there is none; raises GeocoderUnavailable."""


class NominatimProvider:
    """OpenStreetMap's Nominatim through geopy (or any server speaking its API)."""

    name = "nominatim"

    def __init__(self, domain: str = DEFAULT_DOMAIN, scheme: str = "https",
                 timeout: float = 1.0, user_agent: str = USER_AGENT) -> None:
        from geopy.adapters import URLLibAdapter
        from geopy.geocoders import Nominatim

        # The urllib adapter makes exactly one attempt per call; geopy's default (requests)
        # adapter retries timeouts twice, which would triple the wait on a dead network.
        self._client = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme,
                                 timeout=timeout, adapter_factory=URLLibAdapter)
        self.timeout = timeout

    def lookup(self, query: str, country: str | None = None) -> Place | None:
        """One request, over in `timeout` seconds whatever the server does.

        The socket timeout bounds each read, not the whole reply: a server trickling one byte
        every 0.3 s kept a 1 s lookup busy for half a minute. So the request runs in a daemon
        thread and is abandoned at the deadline (its socket times out on its own later)."""
        outcome: dict[str, object] = {}

        def call() -> None:
            try:
                outcome["place"] = self._lookup(query, country)
            except BaseException as error:  # noqa: BLE001 — handed to the caller below
                outcome["error"] = error

        worker = threading.Thread(target=call, name="nominatim-request", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if worker.is_alive():
            raise GeocoderUnavailable(f"no complete reply within {self.timeout:g} s")
        error = outcome.get("error")
        if isinstance(error, GeocoderUnavailable):
            raise error
        if error is not None:  # any other surprise in a reply is an outage, not a crash
            raise GeocoderUnavailable(f"{type(error).__name__}: {error}") from error
        return outcome.get("place")  # type: ignore[return-value]

    def _lookup(self, query: str, country: str | None = None) -> Place | None:
        from geopy import exc

        try:
            location = self._client.geocode(
                query, exactly_one=True, country_codes=country.lower() if country else None,
                language="en")
        except exc.GeocoderRateLimited as error:
            raise GeocoderUnavailable("rate limited", error.retry_after) from error
        except (exc.GeopyError, ValueError, KeyError, TypeError) as error:
            raise GeocoderUnavailable(f"{type(error).__name__}: {error}") from error
        if location is None:
            return None
        raw = location.raw if isinstance(location.raw, dict) else {}
        try:
            lat, lon = float(location.latitude), float(location.longitude)
        except (TypeError, ValueError) as error:
            raise GeocoderUnavailable("malformed coordinates in the reply") from error
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GeocoderUnavailable("coordinates out of range in the reply")
        osm = f"{raw.get('osm_type', 'place')}{raw.get('osm_id', '')}" or name_key(query)
        return Place(
            id=f"nominatim:{osm}", name=query, lat=lat, lon=lon,
            kind=_kind(str(raw.get("addresstype") or raw.get("type") or "")),
            country=(country or "").upper(), source="geocoder",
        )


def _kind(osm_type: str) -> str:
    if osm_type in {"country"}:
        return "country"
    if osm_type in {"state", "region", "province"}:
        return "admin1"
    if osm_type in {"county", "district"}:
        return "admin2"
    if osm_type in {"sea", "ocean", "bay", "river", "lake", "water", "strait"}:
        return "water"
    if osm_type in {"city", "town", "village", "hamlet", "suburb", "municipality", "locality"}:
        return "city"
    return "landmark"


class RateLimited:
    """At most one call per `min_interval` seconds, across threads."""

    def __init__(self, provider: Provider, min_interval: float = 1.0,
                 clock=time.monotonic, sleep=time.sleep) -> None:
        self.provider = provider
        self.name = provider.name
        self.min_interval = min_interval
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._next = 0.0

    def lookup(self, query: str, country: str | None = None) -> Place | None:
        with self._lock:
            wait = self._next - self._clock()
            if wait > 0:
                self._sleep(wait)
            try:
                return self.provider.lookup(query, country)
            finally:
                self._next = self._clock() + self.min_interval


class CircuitBreaker:
    """After a failure, fail fast for `cooldown` seconds (or the server's Retry-After)."""

    def __init__(self, provider: Provider, cooldown: float = 60.0, clock=time.monotonic) -> None:
        self.provider = provider
        self.name = provider.name
        self.cooldown = cooldown
        self._clock = clock
        self._open_until = 0.0
        self.last_error = ""

    @property
    def is_open(self) -> bool:
        return self._clock() < self._open_until

    def lookup(self, query: str, country: str | None = None) -> Place | None:
        if self.is_open:
            raise GeocoderUnavailable(f"skipped: geocoder down ({self.last_error})")
        try:
            return self.provider.lookup(query, country)
        except GeocoderUnavailable as error:
            self.last_error = str(error)
            self._open_until = self._clock() + max(self.cooldown, error.retry_after or 0.0)
            raise


def cache_key(query: str, country: str | None = None) -> str:
    """How the cache files a question: the name's key, and the country it was asked in."""
    return name_key(query) + (f"|{country.upper()}" if country else "")


class CachedGeocoder:
    """Every answer is kept in the store; failures are not, so they are retried later, and
    the names a geocoder asked did not answer are kept (`unanswered`) for the run to say."""

    def __init__(self, store: Store, provider: Provider, where: str = "") -> None:
        self.store = store
        self.provider = provider
        self.where = where  # the server asked, for messages
        self.requests = 0
        self.failures = 0
        self.unanswered: dict[str, None] = {}  # names not looked up, in the order met
        self.error = ""  # why, the first time

    def geocode(self, query: str, country: str | None = None) -> Place | None:
        key = cache_key(query, country)
        found, place = self.store.cache_get(key, self.provider.name)
        if found:
            return place
        self.requests += 1
        try:
            place = self.provider.lookup(query, country)
        except GeocoderUnavailable as error:
            self.failures += 1
            if not isinstance(self.provider, CacheOnly):  # (offline, no one was asked)
                self.unanswered.setdefault(query)
                self.error = self.error or str(error)
            return None
        self.unanswered.pop(query, None)
        self.store.cache_put(key, self.provider.name, place)
        return place


def unanswered_note(geocoder: object, earlier: Iterable[str] = ()) -> str:
    """What an online geocoder that could not be reached left unasked (names `earlier` runs
    of it met aside), for the run to say; "" when it answered, or none was asked. An
    `ingest --online` without internet (or with a mistyped PLACELINE_NOMINATIM_DOMAIN) had
    said "40 added", exit 0, and six names stayed unplaced in silence (an audit)."""
    before = set(earlier)
    names = [name for name in getattr(geocoder, "unanswered", ()) if name not in before]
    if not names:
        return ""
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    where = f" ({geocoder.where})" if getattr(geocoder, "where", "") else ""
    were = "was" if len(names) == 1 else "were"
    return (f"the online geocoder{where} could not be reached ({geocoder.error}): "
            f"{counted(len(names), 'name')} the offline gazetteer lacks {were} not looked up "
            f"({shown}); `python -m placeline reprocess --online` asks for them again")


class CacheOnly:
    """A provider that asks no one: what the chain's cache holds still stands offline."""

    name = NominatimProvider.name

    def lookup(self, query: str, country: str | None = None) -> Place | None:
        raise GeocoderUnavailable("offline: only answers cached before are used")


def cached_answers(store: Store) -> CachedGeocoder:
    """The online chain's cached answers, and nothing else: a name an online run placed
    keeps its place when its article is reprocessed, corrected or rebuilt offline (a miss
    asks no one and is not cached, so a later online run still asks)."""
    return CachedGeocoder(store, CacheOnly())


class KnownAnswers:
    """The online chain's cached answers copied out of the store, for processes that have
    none (Dask workers): they place a name as `cached_answers` does in the one that has it,
    so a parallel ingest and a serial one agree. `token` names the copy: a worker keeps one
    geoparser per copy, not one per batch."""

    def __init__(self, answers: dict[str, Place | None]) -> None:
        self.answers = answers
        self.token = uuid.uuid4().hex

    def geocode(self, query: str, country: str | None = None) -> Place | None:
        return self.answers.get(cache_key(query, country))


def known_answers(store: Store) -> KnownAnswers | None:
    """The store's cached answers as `KnownAnswers`; None when it has none."""
    answers = store.cache_entries(NominatimProvider.name)
    return KnownAnswers(answers) if answers else None


def online_geocoder(store: Store, domain: str | None = None, scheme: str | None = None,
                    timeout: float = 1.0, min_interval: float = 1.0) -> CachedGeocoder:
    """The standard chain: cache → circuit breaker → 1 request/s → Nominatim; the server
    PLACELINE_NOMINATIM_DOMAIN (and _SCHEME) names unless told (the Ingest page had asked
    nominatim.openstreetmap.org whatever it said)."""
    domain = domain or os.environ.get("PLACELINE_NOMINATIM_DOMAIN") or DEFAULT_DOMAIN
    scheme = scheme or os.environ.get("PLACELINE_NOMINATIM_SCHEME") or "https"
    provider = NominatimProvider(domain=domain, scheme=scheme, timeout=timeout)
    return CachedGeocoder(store, CircuitBreaker(RateLimited(provider, min_interval)),
                          where=domain)
