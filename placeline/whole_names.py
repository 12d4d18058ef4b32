"""Whole names that hold a place's name: venues, clubs, events and firms.

"Manchester Arena in Manchester", "Hull City", "the Glastonbury Festival", "Rio Tinto shares
jumped": the place inside such a name is the name's, not a mention of the place. These rules
say when a whole name wins, and keep its place only as an anchor for resolution. Kept apart
from `recognize.py`, which applies them among its other filters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from placeline.models import haversine_km as _km
from placeline.name_context import (
    ANCHOR,
    BIG_CITY,
    BROAD_KINDS,
    COORDINATED,
    GIVEN_NAME_TOWN,
    POSSESSIVE_GAPS,
    SAME_TEXT,
    SPORT_WORDS,
    VENUE_AFTER,
    VENUE_BEFORE,
    WEAK_CUES,
    WHOLE_AFTER,
    WHOLE_BEFORE,
    BeforeName,
)
from placeline.name_tokens import NAME_BEFORE, Span, Token

WHOLE_ENDINGS = (*WHOLE_AFTER, *VENUE_AFTER)  # a known name inside gives way to the whole
VENUE_STARTS = tuple(f"{word} " for word in VENUE_BEFORE)
WHOLE_STARTS = (*WHOLE_BEFORE, *VENUE_STARTS)
_VENUE_PLACED = re.compile(r" (?:in|near|outside) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")

# An apposition that tells a firm's or a club's name ("…, who beat Brentford", "…, the
# Brenham-based ice cream maker", "…, a mining company").
FIRM_OR_CLUB_APPOSED = re.compile(
    r", (?:who\b|(?:the|an?) (?:[\w'’-]+ ){0,3}?(?:maker|makers|firm|company|group|club|side"
    r"|team|brand|retailer|chain|band|producer|manufacturer|operator|supplier|carrier|airline"
    r"|bank|insurer|developer|publisher|label|giant|startup|start-up|franchise|outfit)\b)")

# Cues that do not show a firm's name to be a place: capitals, or a list or another mention
# that is itself the firm's; a preposition does ("Residents in Flint", "Schools in New
# Rochelle" — a review), unless it follows an investor's word ("shares in Nokia").
_NO_PLACE_PROOF = WEAK_CUES | {SAME_TEXT, COORDINATED}
_INVESTED_IN = re.compile(r"\b(?:[Ss]hares|[Ss]take|[Ss]takes|[Hh]olding|[Ii]nvest(?:ed|ment|ors?)?)"
                          r" in $")

# Before a name: an investor's words ("shares in Nokia", "a stake in Puma"): the firm's, and
# the "in" no locative.
SHARES_IN = BeforeName(r"\b(?:[Ss]hares|[Ss]takes?|[Ss]hareholding) in $", (" in ",))
# A firm's kind in apposition after its name ("Temu, the Chinese online marketplace,",
# "Skoda, the Czech carmaker,") or right before it ("fashion retailer Shein", "carmaker
# Skoda"): a firm, not the village its name recalls.
_FIRM_WORDS = ("firm", "company", "brand", "retailer", "marketplace", "chain", "manufacturer",
               "carrier", "airline", "bank", "insurer", "reinsurer", "lender", "conglomerate",
               "giant", "startup", "start-up")
_FIRM_KINDS = rf"(?:[\w'’-]*maker|{'|'.join(_FIRM_WORDS)})"
_FIRM_APPOSED = re.compile(rf", (?:the|an?) (?:[\w'’-]+ ){{0,3}}?{_FIRM_KINDS}\b")
_FIRM_BEFORE = BeforeName(rf"\b(?<![Tt]he ){_FIRM_KINDS} $",
                          (f"{kind} " for kind in ("maker", *_FIRM_WORDS)))

# A firm's wording that no town's government shares: its shares moving on a market ("Nokia
# shares rose", "Rio Tinto's shares jumped"). Not "said it would", "reported its first case"
# (a town's council and health office speak so: "Flint said it would", "New Rochelle
# reported its first case" — a review), nor "Calexico shares a border".
_STOCK_AFTER = re.compile(
    r"(?:['’]s)? (?:shares|stock|share price)(?: price)? (?:rose|fell|jumped|slipped|gained"
    r"|dropped|climbed|slumped|surged|tumbled|plunged|soared|sank|edged|closed|ended|traded"
    r"|rallied|lost|added|were up|were down)\b")

# Kinds whose name speaks for a government or is one ("Queen's Park said it had asked":
# Ontario's legislature), not a firm's.
_SPEAKING_KINDS = frozenset({"country", "admin1", "admin2", "landmark"})

# Before a name: the start of a longer one it ends ("Banco del Bajío, the lender, said it",
# "the Defence Front of Cotabambas … said it", "Deutsche Bahn said it"), whose wording is
# the body's, not the place's.
_ENDS_A_LONGER_NAME = re.compile(
    r"(?:\b(?:of|de|del|du|des|di|da|do|for)|(?<![.!?] )\b(?!(?:The|A|An) $)[A-Z][\w'’-]*) $")


def firm_names(text: str, tokens: list[Token], matches: list[tuple[int, int, tuple]],
               kept: list[Span]) -> set[str]:
    """Names the text writes as a firm's ("Rio Tinto shares jumped", "shares in Puma",
    "retailer Shein", "Temu, the online marketplace": `_worded_as_a_firm`) of a town under
    100,000 people that is no capital nor region, and nowhere shows to be a place ("Nokia,
    Finland", "NOKIA —", "workers in Nokia"): all their mentions are the firm's (one sense
    per text), where only the worded one had been dropped ("Rio Tinto shares jumped … Rio
    Tinto's port at Dampier": Rio Tinto, a town of Porto, had been pinned)."""
    cued = {s.start for s in kept if s.cues - WEAK_CUES}  # ("the park in Marl: shares")
    worded = {text[tokens[i].start:tokens[j].end].lower() for i, j, candidates in matches
              if tokens[i].start not in cued and  # (the rare wording first: the search
              _worded_as_a_firm(text, tokens[i].start, tokens[j].end) and  # below is dear)
              not _ENDS_A_LONGER_NAME.search(
                  text, max(0, tokens[i].start - 30), tokens[i].start) and not any(
                  c.capital or c.kind in _SPEAKING_KINDS for c in candidates) and max(
                  c.place.population for c in candidates) < GIVEN_NAME_TOWN}
    if not worded:
        return worded
    return worded - {s.surface.lower() for s in kept if s.cues - _NO_PLACE_PROOF and not (
        s.cues - _NO_PLACE_PROOF == {"preposition"} and
        _INVESTED_IN.search(text, max(0, s.start - 20), s.start))}


def _worded_as_a_firm(text: str, start: int, end: int) -> bool:
    """Whether the words around a name are a firm's: its shares moving, an investor's stake
    in it, or its kind before or after it."""
    return bool(_STOCK_AFTER.match(text, end) or _FIRM_APPOSED.match(text, end) or
                SHARES_IN.search(text, max(0, start - 20), start) or
                _FIRM_BEFORE.search(text, max(0, start - 30), start))


def anchor(tokens: list[Token], i: int, j: int, surface: str, candidates: tuple
           ) -> tuple[Span, bool] | None:
    """The place inside a club's, an event's or a firm's name, kept to tell resolution where
    the story is, never shown (`ANCHOR`): a country, a region or a big city, which such names
    are named for; not a small namesake ("the Stanley Cup" had put Edmonton in London by
    Stanley in the Falklands)."""
    if not any(c.kind in BROAD_KINDS or c.place.population >= BIG_CITY for c in candidates):
        return None
    return Span(tokens[i].start, tokens[j].end, surface, candidates, frozenset({ANCHOR})), False


@lru_cache(maxsize=2)  # (asked only where "City", "Town" … follow a name, then again)
def about_sport(text: str) -> bool:
    """Whether the text is about sport: three of sport's words ("league", "match", "coach",
    "fans" …), each of which alone other news uses too."""
    return len({m.group().lower() for m in SPORT_WORDS.finditer(text)}) >= 3


# A venue named for a town by the place that holds it ("the Wembley Arena in London",
# "Manchester Arena in Manchester"): the town's name inside is its place, not a namesake.
VENUE_TOWN_KM = 50.0
VENUE_TOWN_SIZE = 10_000  # a town a venue's name may hold is no hamlet ("York Park in Launceston")


def venue_named_for_its_town(inside: list[Span], holder: Span) -> bool:
    """Whether a known name inside a venue's name has a reading near the place holding the
    venue: then that name is kept ("Wembley" in "the Wembley Arena in London"); far off, it
    gives way to the whole ("Rogers Arena in Vancouver" is no Rogers, Arkansas)."""
    points = [(c.place.lat, c.place.lon) for c in holder.candidates]
    return any(_km(c.place.lat, c.place.lon, lat, lon) < VENUE_TOWN_KM
               for s in inside for c in s.candidates
               if c.place.population >= VENUE_TOWN_SIZE or c.kind != "city"
               for lat, lon in points)  # (not a hamlet: "York Park in Launceston")


def venue_placed(text: str, start: int, end: int, known: list[Span]) -> Span | None:
    """The place the text names right after a venue's name ("in Nashville") or owning it
    ("Winnipeg's"), if any: not any capitalised word there ("in March", "Ariana
    Grande's")."""
    where = _VENUE_PLACED.match(text, end)
    owner_end = start - 3 if text[start - 3:start] in POSSESSIVE_GAPS else -1
    return next((s for s in known if (s.start == where.start(1) if where else (
        s.end == owner_end and not NAME_BEFORE.search(text, max(0, s.start - 40),
                                                      s.start)))), None)
