"""Choose, for each recognised name, the place it refers to — context first.

Each candidate gets a score from priors (population, kind, capital, how the name matched) and
from the article: countries and regions the other names point to, nearness to the other places,
and explicit containment ("Kreminna in Luhansk", "Alexandria, La."). Scores are recomputed a
few times so that confident names steer ambiguous ones. The softmax of the scores gives a
confidence; the best candidate wins.

Known traps this handles by design rather than by special cases: a city sharing its name with
its region ("Moscow", "Kherson" → the city), a small main-name match against a big alternate
name ("Zaporizhzhia", a village, vs. the city spelled "Zaporizhzhya"), alternate names in other
languages ("Ukraine" is an alternate name of a Spanish town), capitals over homonyms
("Washington" the capital, "New Delhi" not Delhi).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

import numpy as np

from placeline.frequency import zipf
from placeline.gazetteer import Candidate
from placeline.models import REGION_KINDS, Place, haversine_km
from placeline.name_context import DATELINE_AFTER, KIND_LIST_AFTER, LIST_GAP, STREET_LIST_AFTER
from placeline.name_tokens import Span
from placeline.names import name_key
from placeline.olympic_hosts import games_after, host_country
from placeline.per_object import per_object
from placeline.rivers import NOUN_PHRASE_ENDS
from placeline.text import capitals_opening_a_line, sentence_at

KIND_BONUS = {"country": 2.5, "continent": 2.0, "admin1": 0.3, "admin2": 0.0, "city": 0.0,
              "landmark": 0.5, "water": 0.5, "region": 0.5}
CAPITAL_BONUS = 1.5
MAIN_NAME_BONUS = 0.6
CONTEXT_COUNTRY = 3.0
# Sharing a first-level region counts as much again as sharing a country (on top of it).
# At 1.5 it was set before context iterated to convergence; re-measured since, LGL end to
# end rises over a broad plateau (1.5 .777, 2.0 .784, 3.0 .788, 4.0 .787) and GeoVirus stays
# flat (.846-.847): local news names towns of one state, and the state must outweigh a
# bigger namesake elsewhere in the country (Athens, Texas beside Tyler and Henderson County).
CONTEXT_ADMIN1 = 3.0
NEAR_BONUS = 1.5
CONTAINMENT_BONUS = 8.0
# A name ending in a sea's word, said without another kind, is the sea's (see
# `Resolver._local_bonuses`).
SEA_NAME_PENALTY = 3.0
# A town's reading of a name written after "the" and ending its noun phrase that names a water
# too ("the Atlantic.", "the Shannon burst"; not "the Albany area"): a town is written without
# the article, so this outweighs a town's state and nearness in the story ("fall into the
# Atlantic" beside Hatteras, North Carolina).
THE_WATER_PENALTY = 6.0
_SEA_WORDS = (" Sea", " Ocean")
KIND_SAID_BONUS = 8.0  # "the state of Washington", "the country of Georgia", "Kherson region"
# A mountain's story around a name that is a mountain's and a region's ("A climber died on
# Kilimanjaro", "trekkers returning from Kilimanjaro", "the slopes of Kilimanjaro"): the
# mountain (audit 31: the region's middle lies 120 km from the peak). Only climbing's own
# words: "prices climbed in Kilimanjaro" and "a regional summit" are the region's (review
# 29), and so is any name right after "in".
_CLIMBING_PEOPLE = re.compile(r"\b(?:climbers?|trekkers?|mountaineers?|expeditions?|base camp)"
                              r"\b", re.IGNORECASE)
_ON_THE_MOUNTAIN_BEFORE = re.compile(r"(?:\bon|\bclimb(?:s|ed|ing)?(?: up)?|\bsummit(?:s|ed|ing)"
                                     r"|\b(?:summit|slopes|flanks|foot|crater|top) of(?: the)?) $",
                                     re.IGNORECASE)
MOUNTAIN_TALK_REACH = 100  # characters either side of the name


def _on_the_mountain(text: str, span: Span) -> bool:
    """Whether the words around the name tell of the mountain (`_CLIMBING_PEOPLE`,
    `_ON_THE_MOUNTAIN_BEFORE`)."""
    if text.endswith("in ", 0, span.start):
        return False
    return bool(_ON_THE_MOUNTAIN_BEFORE.search(text, max(0, span.start - 20), span.start) or
                _CLIMBING_PEOPLE.search(text, max(0, span.start - MOUNTAIN_TALK_REACH),
                                        span.end + MOUNTAIN_TALK_REACH))


def _a_mountain(candidate: Candidate) -> bool:
    return candidate.kind == "landmark" and candidate.place.name.startswith(("Mount ", "Mt "))
# A government speaks and acts from its capital: "officials in Washington", "Washington
# raised duties", "a treaty with Washington" name the capital, not the state of its name,
# which loses this much (not "said": "farmers from around Pullman and Moscow said"; a
# country is a government too: "pressed Mexico"). A loss of the region, not a gain of the
# capital, so towns abroad keep their chance ("Authorities in Moscow said" in an Idaho
# story — a review); none where the text says the region's sense ("Washington state",
# "statewide", "the province").
GOVERNMENT_PENALTY = 2.0
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:(?:[Oo]fficials|[Aa]uthorities|[Dd]iplomats|[Ll]awmakers|[Nn]egotiators|[Ll]enders"
    r"|[Pp]olicymakers|[Ee]nvoys|[Rr]egulators) in|(?:[Tt]reaty|[Tt]alks|[Tt]ies|[Rr]elations"
    r"|[Aa]greement|[Dd]eal) with|[Pp]ressed|[Ll]obbied|[Uu]rged|[Pp]ressure on|[Aa]id from"
    r"|[Aa]ssistance from|[Ff]unding from) $")
_GOVERNMENT_AFTER = re.compile(
    r"(?: has| had| will| would)? (?:announced|imposed|imposes|raised|raises|lifted"
    r"|approved|approves|rejected|rejects|moved quickly|stopped|stops|wants|pressed|warned"
    r"|agreed|signed|sanctioned|promised|pledged|threatened|demanded|insisted|accused)\b")
# A route's two ends near each other ("from Dover to Calais") lean to those readings.
ROUTE_BONUS = 3.0
ROUTE_KM = 100.0
ROUTE_SIZE = 0.1
_ROUTE_GAP = re.compile(r" (to|and) ")
_ROUTE_BEFORE = re.compile(r"\b([Ff]rom|[Bb]etween) $")
GREAT_CITY = 1_000_000  # a region's name that is a great city's too lists it beside cities
LIST_BONUS = 3.0  # a name in a list of states of one country is a state too
STATE_BONUS = 1.5  # a country's name in a story about another country's states (1-3: same)
# … in a story that speaks of a state's government: a direct statement it is a state ("state
# ethics violations"), weighed above a mere list of states (Georgia's country outweighs the
# state by 2.1 in prior)
STATE_GOVERNMENT_BONUS = 3.0
# Context is mutual ("Paris" and "Henry County" in Tennessee support each other only once
# each leans there): iterate until no reading's probability moves by more than CONVERGED.
# Three fixed rounds stopped short (LGL end to end .766, converged .774); most articles
# settle in a few rounds, a cap guards against oscillation.
CONVERGED = 1e-3
MAX_ITERATIONS = 30
# Rounds after which a reading's probability moves only halfway to its new value: "near
# Newcastle … through Gateshead" swapped between the Australian and the English pair every
# round (each name following the other's last reading) and stopped, at the cap, on whichever
# came last (Newcastle, New South Wales, at confidence .998 — an audit). Most articles settle
# before; damping keeps the fixed points and ends the swap.
UNDAMPED_ROUNDS = 4
# Readings less likely than this lend no support (bounds the work on texts naming thousands
# of places; what they would add is at most this share of a bonus).
MIN_SUPPORT = 0.01
_REGION_WORD = re.compile(r"^\s+(?:region|oblast|province|state|governorate|county|district)\b",
                          re.IGNORECASE)
_REGION_LISTS = frozenset({"regions", "oblasts", "provinces", "states", "districts"})
_REGION_OF = re.compile(r"\b(?:state|province|region|oblast|governorate|prefecture)\s+of\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
# "the governor of Kano", "governors of Córdoba, Santa Fe, Mendoza and Neuquén": a state's or
# a province's governor (the names of a list after it, too).
_GOVERNOR_OF = re.compile(r"\b[Gg]overnors? of (?:the )?(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
                          r"(?:, |,? and ))*$")
_CITY_OF = re.compile(r"\b(?:city|town|village)\s+of\s+$", re.IGNORECASE)
_COUNTRY_OF = re.compile(r"\b(?:country|nation|republic)\s+of\s+$", re.IGNORECASE)
_LIST_END = re.compile(r" (?:and|or) ")  # between a list's last two names, no comma
_DIRECTION = r"(?:north|south|east|west|central|northern|southern|eastern|western|" \
    r"(?:north|south)-?(?:east|west)(?:ern)?)\s+"
CONTAINMENT_GAP = re.compile(  # "X, Y", "X in Y", "X, in western Y", "X (Y", "X in
    # neighbouring Y", "X, the capital of Y", "X, a small town in northern Y"
    r"^(?:['’]s)?(?:,\s*|,?\s+in\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:" + _DIRECTION + r")?|"
    r"\s+\(\s*|,\s+(?:(?:the|a|an)\s+)?(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?"
    r"(?:capital|city|town|village|port|hamlet|suburb|district|seat)\s+(?:of|in)\s+"
    r"(?:the\s+)?(?:" + _DIRECTION + r")?)$",
    re.IGNORECASE)
# A country's or state's possessive right before a name: "Pakistan's Punjab", "Brazil's north-
# eastern Pernambuco", "Oregon's Portland" (not "India's Pakistan policy": only a place the
# holder holds gains).
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:" + _DIRECTION + r")?")
_REGION_SUFFIX = re.compile(
    r"\s+(?:oblast|province|region|governorate|prefecture|district|state|county|parish|krai)$")
# Words by which a text gives the region its sense ("Washington state", "the state of
# Washington", "a statewide mandate", "Buenos Aires province").
_REGION_SENSE = re.compile(r"\b(?:[Ss]tate of|[Ss]tatewide|[Pp]rovincial|[Pp]rovince)\b")


def _a_government_there(text: str, span: Span, region: Candidate) -> bool:
    """Whether the text names, by the name of `region`, the government of its country's
    capital of that name: a cue of government beside it (`_GOVERNMENT_BEFORE/AFTER`), a
    capital of the name in the region's country, no country of the name, and no word giving
    the region its sense."""
    return any(c.capital and c.place.country == region.place.country
               for c in span.candidates) and not any(
        c.kind == "country" for c in span.candidates) and bool(
        _GOVERNMENT_BEFORE.search(text, max(0, span.start - 25), span.start) or
        _GOVERNMENT_AFTER.match(text, span.end)) and not _regional_sense(text, span.surface)


@per_object(kept=8)
def _regional_senses(text: str) -> dict[str, bool]:
    """A memo per text for `_regional_sense`: each name's answer, and the text's own ("")."""
    return {"": bool(_REGION_SENSE.search(text))}


def _regional_sense(text: str, surface: str) -> bool:
    """Whether the text gives a region its sense ("the state of", "statewide", "provincial")
    or writes this name with "State" after it: once per text and name, not per mention (a
    long text of many such mentions had searched itself whole for each: 5.4 of 7.6 s)."""
    senses = _regional_senses(text)
    if surface not in senses:
        senses[surface] = f"{surface} State" in text or f"{surface} state" in text
    return senses[""] or senses[surface]


@dataclass(frozen=True)
class Resolution:
    """The chosen candidate of a span (None if it had none) and how sure we are."""

    span: Span
    candidate: Candidate | None
    confidence: float
    runner_up: Candidate | None = None


# A feature's kind in its own name, before or after it ("Isle of Skye", "Orkney Islands",
# "Mount Etna", "Gaza Strip"): the name written without it is the same name, not another
# spelling (since index v69; "Skye" had lost 1.5 against "Isle of Skye" and gone to a
# Melbourne suburb).
_FEATURE_KIND = re.compile(
    r"^(?:isle of|island of|isla de|isla|ilha|ile de|ile|isola|pulau|mount) |"
    r" (?:islands?|isles?|archipelago|mountains|range|hills|highlands|plateau|plains?|"
    r"peninsula|desert|valley|national park|strip|heights)$")


@lru_cache(maxsize=200_000)
def name_similarity(surface: str, name: str) -> float:
    """How much the entry's own name looks like what was written (0..1), its kind aside:
    an administrative one ("Tomsk Oblast") or a feature's ("Isle of Skye")."""
    a, b = name_key(surface), name_key(name)
    if a == b:
        return 1.0
    return max(SequenceMatcher(None, a, form).ratio()
               for form in {b, _REGION_SUFFIX.sub("", b), _FEATURE_KIND.sub("", b)})


# What a region loses to its own city when the text writes only their shared name (below).
REGION_BY_ITS_CITY_NAME = 1.0


def regions_named_for_their_city(surface: str, candidates: Sequence[Candidate]) -> set[int]:
    """The rows of first-level regions the text names only by the short form of an official
    name with its kind ("Tomsk" for Tomsk Oblast, "Karaganda" for Karaganda Region) where a
    town of that name lies in the region: news writes "the Tomsk region" for the region, so
    the bare name is the town (the region's kind word, when written, still picks the region:
    `kind_said`). Not a region whose own name is the bare one ("São Paulo", "New York")."""
    key = name_key(surface)
    towns = {(c.place.country, c.place.admin1) for c in candidates if c.kind == "city"}
    return {c.row for c in candidates
            if c.kind == "admin1" and (c.place.country, c.place.admin1) in towns and
            name_key(c.place.name) != key and
            _REGION_SUFFIX.sub("", name_key(c.place.name)) == key} if towns else set()


def prior(surface: str, candidate: Candidate) -> float:
    """Score before context: bigger, more prominent, better-named places first."""
    place = candidate.place
    score = math.log10(place.population + 10)
    score += KIND_BONUS.get(place.kind, 0.0)
    if candidate.capital:
        score += CAPITAL_BONUS
    if candidate.name_type in (0, 2):
        score += MAIN_NAME_BONUS
    return score - _spelling_penalty(surface, candidate)


ENGLISH_NAME_ZIPF = 3.0  # "Mecca", "Cologne", "Kiev": names English writes often


@lru_cache(maxsize=100_000)
def _spelling_weight(surface: str) -> float:
    """How much a candidate loses when its own name is spelled unlike the text. Less when
    the text's spelling is common English: then it is likely the English name (an exonym:
    "Mecca" for Makkah, 1.6M people, not the Californian town called Mecca), not a rare
    transliteration that happens to match a small place's alternate name."""
    return 1.5 if zipf(surface.lower()) >= ENGLISH_NAME_ZIPF else 3.0


# A lesser region (one sharing its admin1 code with a bigger one: an English county; it has
# no code of its own, see `Gazetteer.lesser_regions`) holds only what lies this near its
# point: "Richmond, North Yorkshire" had been London's Richmond, 341 km off.
LESSER_REGION_KM = 150.0


def lesser_region_holds(r: Place, p: Place) -> bool | None:
    """Whether lesser region `r` holds `p` (of its country, near its point), or None where
    `r` is no lesser region: one rule for `contains` and the corrections' `_may_hold`."""
    if r.kind != "admin1" or r.admin1:
        return None
    return p.country == r.country and haversine_km(r.lat, r.lon, p.lat, p.lon) < LESSER_REGION_KM


def contains(r: Place, p: Place) -> bool:
    """Is place `p` inside region `r` (country, first-level region, or a US county)?"""
    if r.id == p.id:
        return False
    if r.kind == "country":
        return bool(r.country) and p.country == r.country and p.kind != "country"
    if r.kind == "admin1":
        return p.kind in {"city", "admin2", "landmark"} and (
            bool(lesser_region_holds(r, p)) if not r.admin1 else  # (`lesser_regions`)
            p.country == r.country and p.admin1 == r.admin1)
    if r.kind in {"admin2", "region"}:
        return p.kind in {"city", "landmark"} and haversine_km(r.lat, r.lon, p.lat, p.lon) < 120
    return False


_COUNTY_NAME = re.compile(r"(?P<short>.+) (?:County|Parish|Borough)")
_NOT_LENT_TO = frozenset({"water", "landmark"})


def lend_county_readings(spans: Sequence[Span]) -> list[Span]:
    """Local news names a county in full once and then by its first word alone ("DeKalb
    County … DeKalb", "Clarke and Oconee"): the short name may mean that county, so it also
    gets the full name's candidates and lets context choose (a town of the same name, as
    in "Charleston County … Charleston", keeps its chance). Not a name read only as a river
    or a landmark: "joins the Yellowstone at Columbus" is the river, "the northern part of
    Yellowstone" the park, though the story names Yellowstone County."""
    counties: dict[str, list[Candidate]] = {}
    for span in spans:
        match = _COUNTY_NAME.fullmatch(span.surface)
        if match:
            counties.setdefault(name_key(match["short"]), []).extend(
                c for c in span.candidates if c.kind == "admin2")
    if not counties:
        return list(spans)
    lent = []
    for span in spans:
        extra = counties.get(name_key(span.surface), ())
        if span.candidates and all(c.kind in _NOT_LENT_TO for c in span.candidates):
            extra = ()
        seen = {c.row for c in span.candidates}
        new = tuple(c for c in extra if c.row not in seen and not seen.add(c.row))
        lent.append(replace(span, candidates=span.candidates + new) if new else span)
    return lent


_LOCAL_BODY_NAME = re.compile(r"(?P<short>.+) (?P<kind>County|City)")
_COUNCIL_AFTER = re.compile(r"'?s? Council\b")
_BARE_KINDS = {"County": REGION_KINDS, "City": frozenset({"city"})}


def lend_bare_readings(text: str, spans: Sequence[Span],
                       lookup: Callable[[str], Sequence[Candidate]]) -> list[Span]:
    """"X County Council" and "X City Council" name US counties' and Virginia's independent
    cities' councils, but also England's ("Durham County Council", "Bristol City Council"):
    the longer match "X County" must not shut out the English reading, so it also gets the
    bare name's counties and regions ("X City" its towns), and context chooses ("Colchester
    and Chelmsford" keep Essex in England; "Seattle and Bellevue" keep King County in
    Washington). Only before "Council": elsewhere "X County" is the county ("Middlesex
    County" beside "LONDON, Ont." had gone to England), and not a state of the county's
    own country ("Delaware County Council"). A town named "X City" keeps its own reading
    and size decides ("Iowa City Council" is Iowa City's, "Cambridge City Council"
    Cambridge's, not Cambridge City, Indiana, of 1,800 people); a county the council's name
    names by its own name counts as so named (`_named_by_its_council`)."""
    lent = []
    for span in spans:
        match = _LOCAL_BODY_NAME.fullmatch(span.surface)
        kinds = _BARE_KINDS[match["kind"]] if match else frozenset()
        if not match or not span.candidates or not _COUNCIL_AFTER.match(text, span.end):
            lent.append(span)
            continue
        seen = {c.row for c in span.candidates}
        own = {c.place.country for c in span.candidates}
        new = tuple(_named_by_its_council(c, match["short"]) for c in lookup(match["short"])
                    if c.kind in kinds and not (c.kind == "admin1" and c.place.country in own)
                    and c.row not in seen and not seen.add(c.row))
        lent.append(replace(span, candidates=span.candidates + new) if new else span)
    return lent


_KIND_WORD = re.compile(r"^(?:county|city) | (?:county|city)$")


def _named_by_its_council(candidate: Candidate, short: str) -> Candidate:
    """A county lent to "X County Council" whose own name is X with or without its kind
    word ("County Durham") is named by the council's name as the US "X County" is: it must
    not lose the main name's bonus for being found by an alternate name ("Durham"), or a US
    county of the name wins every council of England's counties without context."""
    own = _KIND_WORD.sub("", name_key(candidate.place.name))
    if candidate.name_type == 0 or own != name_key(short):
        return candidate
    return replace(candidate, name_type=0)


# A reading this sure is taken as fact by later steps: a dateline's town for its bare
# mentions (`_placed_once_for_all`), a list's neighbour for a guess (`guesses.list_neighbour`).
SURE_READING = 0.8


def _placed_once_for_all(text: str, resolutions: list[Resolution]) -> list[Resolution]:
    """The town of a dateline placed by its region ("CHARLOTTE, Vt. —", see `_a_dateline`),
    read there surely, is the story's town in its bare mentions too (one sense per text):
    "the Charlotte crossing" of a Vermont ferry story is no Charlotte, North Carolina. So is
    a town first named with its region in running text, as news writes a namesake at its
    first mention ("Marcus Holloway of Athens, Georgia, … 'Athens is a college town'"), but
    not under a dateline of the name: there "Paris, Tenn." or "Hamilton, Ontario" is written
    out because the story's own Paris or Hamilton is another, and such a mention keeps its
    own reading ("PARIS, Ky. … arrested in Paris, Tenn.")."""
    placed: dict[str, Resolution] = {}
    digest: set[str] = set()  # names two datelines place apart ("Portland, Maine – …
    named: set[str] = set()  # Portland, Oregon – …": a digest's items, each its own)
    datelines = _dateline_names(text, resolutions)
    for r in resolutions:
        key = name_key(r.span.surface)
        if r.candidate and "comma-region" in r.span.cues and r.candidate.kind == "city" and \
                r.confidence >= SURE_READING and (_a_dateline(text, r.span) or (
                    key not in named and key not in datelines)):
            first = placed.setdefault(key, r)
            if first.candidate.row != r.candidate.row:
                digest.add(key)
        named.add(key)
    for key in digest:
        del placed[key]
    if not placed:
        return resolutions
    regions_at = RegionsAt(resolutions)
    out = []
    for k, r in enumerate(resolutions):
        sure = placed.get(name_key(r.span.surface))
        after = resolutions[k + 1] if k + 1 < len(resolutions) else None
        before = resolutions[k - 1] if k > 0 else None
        if sure is not None and (
                (after is not None and CONTAINMENT_GAP.match(text[r.span.end:after.span.start])
                 and _holds(after, r.span, sure)) or
                (before is not None and before.candidate is not None and
                 CONTAINMENT_GAP.match(text[before.span.end:r.span.start]) and
                 any(c.kind != "city" and contains(c.place, before.candidate.place)
                     for c in r.span.candidates)) or
                kind_said(text, r.span) not in ("", "city")):
            sure = None  # placed by what holds it, or another kind said ("IRKUTSK, Russia
            # … the Irkutsk region"; "the town of Charlotte" stays the dateline's); not a
            # town listed before another ("live in Oakland, Grantsville or …"); nor a name
            # after a town and a comma that holds it ("from Lima, Peru" of a "PERU, Ind." story)
        if sure is not None and _THE_OTHER_BEFORE.search(text, max(0, r.span.start - 14),
                                                         r.span.start):
            sure = None  # "she wants to see the other Paris", "the real London"
        if sure is not None and r is not sure and _held_in_its_sentence_elsewhere(
                text, r, sure, regions_at):
            sure = None
        if sure is not None and r.candidate is not None and \
                r.candidate.row != sure.candidate.row and \
                any(c.row == sure.candidate.row for c in r.span.candidates):
            r = replace(r, candidate=next(c for c in r.span.candidates  # (the same place)
                                          if c.row == sure.candidate.row),
                        confidence=sure.confidence)
        out.append(r)
    return out


def _the_other_one(text: str, resolutions: list[Resolution]) -> list[Resolution]:
    """"the other Paris", "the original London", "the real Dublin": the namesake of the
    place the text's other mentions of the name are read as — its biggest other town — where
    those mentions agree on one (a Paris, Texas story: "people ask if I mean the other
    Paris" is France's). Context alone reads every mention as the story's own town."""
    marked = {k for k, r in enumerate(resolutions) if r.candidate is not None and
              _ANOTHER_BEFORE.search(text, max(0, r.span.start - 14), r.span.start)}
    if not marked:
        return resolutions
    read_as: dict[str, set[int]] = {}
    for k, r in enumerate(resolutions):
        if r.candidate is not None and k not in marked:
            read_as.setdefault(name_key(r.span.surface), set()).add(r.candidate.row)
    out = list(resolutions)
    for k in marked:
        r = resolutions[k]
        rows = read_as.get(name_key(r.span.surface), set())
        if len(rows) != 1 or r.candidate.row not in rows:
            continue  # (no other mention, or they disagree: context has said enough)
        others = [c for c in r.span.candidates if c.row not in rows and c.kind == "city"]
        if others:
            other = max(others, key=lambda c: c.place.population)
            out[k] = replace(r, candidate=other, runner_up=r.candidate,
                             confidence=min(r.confidence, _THE_OTHER_CONFIDENCE))
    return out


# A name listed beside a town ("Venice or Kotor", "Boston and New York") whose reading lies
# this far off from it, in another country, while another of its towns lies this near it, is
# read as the near one (see `_beside_its_listed_neighbour`).
LISTED_APART_KM = 1_500.0
LISTED_NEAR_KM = 1_500.0
# A world city: two of them listed together name each other's country ("Boston and New York"
# of an Irish story are no Boston, County Clare).
WORLD_CITY = 500_000
_LISTED_NAMESAKE_CONFIDENCE = 0.5


def _beside_its_listed_neighbour(text: str, resolutions: list[Resolution]
                                 ) -> list[Resolution]:
    """A town read far off (LISTED_APART_KM, another country) from the town listed beside it
    ("from Venice or Kotor", "the example of Amsterdam and Venice") is read as its namesake
    near that neighbour (LISTED_NEAR_KM), no smaller than the far one, where
    - both are world cities (WORLD_CITY): "emigrants living in Boston and New York" of an
      Irish story are Massachusetts's, not Boston, County Clare (570 people), which the
      story's Irish towns pull; "Mumbai and New Delhi" lie in one country and are left alone,
      as is "Athens and Rome" read together in Georgia; or
    - no other name of the text is read in the far reading's country: a list of European
      towns names no Venice in California or Florida that nothing else points to.
    Context pulls a name to the story's country or to the namesakes of its other names; a
    list's neighbour is the plainer sign where the two disagree by a continent. The name's
    other mentions read as the far town follow ("Guadalajara and Monterrey … in Miami
    Gardens and Monterrey"), but not one written with its region ("fans from Paris, Texas,
    … flew on to Paris and London" names both)."""
    moved: dict[str, tuple[int, Candidate]] = {}
    for k in range(len(resolutions) - 1):
        pair = resolutions[k], resolutions[k + 1]
        if not LIST_GAP.fullmatch(text, pair[0].span.end, pair[1].span.start):
            continue
        for r, n in (pair, pair[::-1]):
            near = _a_namesake_beside(r, n, resolutions)
            if near is not None:
                moved[name_key(r.span.surface)] = (r.candidate.row, near)
    if not moved:
        return resolutions
    out = []
    for r in resolutions:
        far, near = moved.get(name_key(r.span.surface), (None, None))
        if near is not None and r.candidate is not None and r.candidate.row == far and \
                "comma-region" not in r.span.cues:
            r = replace(r, candidate=near, runner_up=r.candidate,
                        confidence=_LISTED_NAMESAKE_CONFIDENCE)
        out.append(r)
    return out


def _a_namesake_beside(r: Resolution, n: Resolution, resolutions: Sequence[Resolution]
                       ) -> Candidate | None:
    """`_beside_its_listed_neighbour` for `r` listed beside `n`: r's namesake near n, if r
    is to be read so."""
    if r.candidate is None or n.candidate is None or r.candidate.kind != "city" or \
            n.candidate.kind != "city" or n.confidence < _LISTED_NAMESAKE_CONFIDENCE or \
            name_key(r.span.surface) == name_key(n.span.surface):
        return None
    far, there = r.candidate.place, n.candidate.place
    if far.country == there.country or \
            haversine_km(far.lat, far.lon, there.lat, there.lon) < LISTED_APART_KM:
        return None
    near = [c for c in r.span.candidates if c.kind == "city" and c.name_type == 0 and
            c.place.population >= far.population and
            haversine_km(c.place.lat, c.place.lon, there.lat, there.lon) < LISTED_NEAR_KM]
    if not near:
        return None
    best = max(near, key=lambda c: c.place.population)
    if best.place.population >= WORLD_CITY and there.population >= WORLD_CITY:
        return best
    me = name_key(r.span.surface)
    return None if any(_backs(o, far.country) for o in resolutions
                       if name_key(o.span.surface) != me) else best


# A town smaller than this, or one read by another of its names, backs no country alone
# (`_backs`): such readings are what geoparse's stray rules drop ("Rector's Palace" of a
# Dubrovnik story is no Rector, Arkansas; "Vestland" no Westland, Michigan).
SMALL_TOWN = 20_000


def _backs(o: Resolution, country: str) -> bool:
    """Whether reading `o` points to the country: surely read there (confidence 0.5 or
    more), by its own name, and no small town (`SMALL_TOWN`)."""
    return o.candidate is not None and o.confidence >= _LISTED_NAMESAKE_CONFIDENCE and \
        o.candidate.place.country == country and o.candidate.name_type != 1 and not (
            o.candidate.kind == "city" and o.candidate.place.population < SMALL_TOWN)


# (Not "the first": "the first America's Cup held in Italy" is the first of a series.)
_ANOTHER_BEFORE = re.compile(r"\b(?:the|a|that) (?:other|real|original) $", re.IGNORECASE)
# How sure "the other Paris" is read: a namesake chosen by size alone.
_THE_OTHER_CONFIDENCE = 0.5


def _short_for_a_name_written_before(resolutions: list[Resolution]) -> list[Resolution]:
    """A bare name read as the shortening of one town's full name, where the text wrote
    another town's full name that it begins before it ("Boulogne-sur-Mer … taken to hospital
    in Boulogne", "Frankfurt an der Oder … jobs in Frankfurt"), is that other town: news
    writes a namesake's long form once, then the short one, which `_biggest_by_a_short_form`
    would give to the biggest town so shortened (Boulogne-Billancourt, Frankfurt am Main).
    Not a town whose own name the bare one is ("headquartered in Newcastle upon Tyne" then
    "north of Newcastle" of an Australian story): the long form marked the other one."""
    # the towns read so far, by the first word of their names' keys, then by the keys: a
    # bare name looks only at those it may begin (all of them had made a long text quadratic)
    written: dict[str, dict[str, Resolution]] = {}
    out = []
    for r in resolutions:
        if r.candidate is not None and r.candidate.kind == "city" and \
                "comma-region" not in r.span.cues:  # (not "Roseto, Pennsylvania" after
            key = name_key(r.span.surface)  # "Roseto Valfortore": its region places it)
            first = key.split(" ", 1)[0]  # (a key has no hyphens: `name_key`)
            full = next((w for name, w in written.get(first, {}).items()
                         if name != key and _a_short_form(r.span.surface, name)), None)
            if full is not None and full.candidate.row != r.candidate.row and \
                    r.candidate.name_type == 1 and \
                    _a_short_form(r.span.surface, r.candidate.place.name) and \
                    any(c.row == full.candidate.row for c in r.span.candidates):
                r = replace(r, candidate=full.candidate, confidence=full.confidence)
            if r.confidence >= SURE_READING:
                written.setdefault(first, {}).setdefault(key, r)
        out.append(r)
    return out


def _the_dateline_s_city_throughout(text: str, resolutions: list[Resolution]
                                    ) -> list[Resolution]:
    """A capital dateline read surely as a city ("JAKARTA —") is that city in the story's
    bare mentions of its name that were read as the region of the same name around it
    ("homes in Jakarta and Bekasi" had been Jakarta province beside the dateline's city:
    one story, two Jakartas on the map), unless the text says the region's kind ("Jakarta
    province"). Other namesakes keep their readings: a dateline does not say which Paris a
    story's "Paris, Tenn." is."""
    cities = {name_key(r.span.surface): r for r in resolutions
              if r.candidate and r.candidate.kind == "city" and r.span.surface.isupper() and
              r.confidence >= SURE_READING and "comma-region" not in r.span.cues and
              _a_dateline(text, r.span)}  # (one with its region: `_placed_once_for_all`)
    if not cities:
        return resolutions
    out = []
    for r in resolutions:
        city = cities.get(name_key(r.span.surface))
        if city is not None and r.candidate is not None and \
                r.candidate.kind in ("admin1", "region") and \
                haversine_km(r.candidate.place.lat, r.candidate.place.lon,
                             city.candidate.place.lat, city.candidate.place.lon) \
                < HELD_BY_A_CITY_KM and kind_said(text, r.span) in ("", "city"):
            same = next((c for c in r.span.candidates if c.row == city.candidate.row), None)
            if same is not None:
                r = replace(r, candidate=same, confidence=city.confidence)
        out.append(r)
    return out


def _held_in_its_sentence_elsewhere(text: str, r: Resolution, sure: Resolution,
                                    regions_at: RegionsAt) -> bool:
    """A later bare mention whose own sentence names a region holding another reading of
    the name, not the one first placed: "born in Perth, Scotland, …" and then "Dan Kelly,
    from Perth, whose thriller is set in the goldfields of Western Australia" is Western
    Australia's Perth. The first mention's region says which namesake it is, not that every
    later one is it. A first-level region only: a country is named for more reasons ("…,"
    Tolliver said, after a season that took the team to France" of a Paris, Texas story)."""
    start, end = sentence_at(text, r.span.start)
    regions = [o.candidate.place for o in regions_at.between(start, end)
               if o.span is not r.span]
    return any(contains(region, c.place) and not contains(region, sure.candidate.place)
               for region in regions for c in r.span.candidates if c.row != sure.candidate.row)


class RegionsAt:
    """The resolutions placed at a first-level region, indexed by offset once per text: each
    bare mention asks which lie in its own sentence, and a scan of all of them per mention
    had cost mentions × mentions in a long text (audit 31 item 1)."""

    def __init__(self, resolutions: list[Resolution]) -> None:
        self._regions = sorted((o for o in resolutions if o.candidate is not None and
                                o.candidate.kind == "admin1"), key=lambda o: o.span.start)
        self._starts = [o.span.start for o in self._regions]

    def between(self, start: int, end: int) -> list[Resolution]:
        """Those at offsets in [start, end), in text order."""
        return self._regions[bisect.bisect_left(self._starts, start):
                             bisect.bisect_left(self._starts, end)]


_THE_OTHER_BEFORE = re.compile(r"\b(?:the|a|that) (?:other|real|original|first) $", re.IGNORECASE)


def _dateline_names(text: str, resolutions: list[Resolution]) -> set[str]:
    """The names the story's datelines give (its own towns, placed or bare)."""
    return {name_key(r.span.surface) for r in resolutions
            if (_a_dateline(text, r.span) if "comma-region" in r.span.cues
                else a_bare_dateline(text, r.span))}


def _named_only_in_the_dateline(text: str, spans: Sequence[Span],
                                chosen: Candidate | None) -> frozenset[str]:
    """The names (keys) the text gives only in its dateline, a country's capital's by the
    dateline's `chosen` reading, its best by prior and its region ("TOKYO (AP) —"): a
    bureau's, where the reporter files from, not where the story happens, so they lend the others their country and their part of it (within 250 km:
    "SANTO DOMINGO — … fans in Santiago" is the Dominican Santiago, 130 km off, not
    Chile's) but neither their first-level region nor their suburbs (within 50 km).
    "Nagasaki" of a story datelined TOKYO had been a suburb of 18,000 in Tokyo's
    prefecture, not the city of 400,000. Another town's dateline, however big, is a local
    story's and keeps lending its region ("BURLINGTON, Vt. — Police in Shelburne", "DAVAO
    CITY — … homes in Makilala and Bansalan"), and so is a capital's namesake's whose
    region the dateline names ("LONDON, Ont. —", "PARIS, Texas (AP) —"): its chosen reading
    is then no capital, though another reading of the name is."""
    datelines = {name_key(s.surface) for s in spans[:1]
                 if chosen is not None and chosen.capital and (a_bare_dateline(text, s) or (
                     "comma-region" in s.cues and s.surface.isupper() and _a_dateline(text, s)))
                 and _its_region_holds(text, s, spans[1:2], chosen.place)}
    if not datelines:
        return frozenset()
    return frozenset(datelines - {name_key(s.surface) for s in spans[1:]})


def _its_region_holds(text: str, dateline: Span, after: Sequence[Span], place: Place) -> bool:
    """Whether the region written after the dateline's town (the next span, right after its
    comma), if any, holds `place`: "NAIROBI, Kenya" holds the capital, "LONDON, Ont." does
    not; "TOKYO (AP) —" names none."""
    if not after or text[dateline.end:after[0].start] not in (", ", ","):
        return True
    return any(contains(c.place, place) for c in after[0].candidates)


def a_bare_dateline(text: str, span: Span) -> bool:
    """A name in capitals opening a line before the dash, with no region ("NEW YORK — A
    man was stabbed …"): the story's town."""
    return capitals_opening_a_line(text, span.start, span.surface) and \
        DATELINE_AFTER.match(text, span.end) is not None


# A dateline not in capitals is the story's own only near its top: a digest's later items
# have theirs ("Portland, Oregon – …" under a first item's "Portland, Maine –" — a review).
DATELINE_WITHIN = 400


def _a_dateline(text: str, span: Span) -> bool:
    """The town of a dateline: in capitals ("CHARLOTTE, Vt. —"), or as written at the start
    of a line near the text's top, before its region and a dash ("Richmond, North Yorkshire
    – Villages …", as local news agencies write it: the bare "Richmond" after it had been
    London's, 341 km off)."""
    if span.surface.isupper():
        return True
    line_start = span.start == 0 or text[span.start - 1] == "\n"
    return line_start and span.start < DATELINE_WITHIN and \
        DATELINE_AFTER.match(text, span.end) is not None and "," in text[span.end:span.end + 2]


HELD_BY_A_CITY_KM = 30.0


# A city whose quarters news names by themselves: a million people or more.
QUARTERED_CITY = 1_000_000


def _a_quarter_of(city: Place, place: Place) -> bool:
    """A town within `HELD_BY_A_CITY_KM` of a city of `QUARTERED_CITY` ten times its size
    is a quarter of it, as "X in Y" and "X, Y" write it: "Paraisópolis in São Paulo" is
    the city's, which had lost to the state of its name (255 km off) once the quarter
    carried the state's code — a review. Not two small towns side by side ("Portland,
    Bangor, Lewiston": Maine's, not the Pennsylvania boroughs)."""
    return city.kind == "city" and city.population >= QUARTERED_CITY and \
        place.kind in ("city", "landmark") and place.population * 10 <= city.population and \
        haversine_km(city.lat, city.lon, place.lat, place.lon) < HELD_BY_A_CITY_KM


def _holds(after: Resolution, span: Span, dateline: Resolution) -> bool:
    """The name after the comma holds `span`'s name: a region or country, or a city with
    another reading of the name beside it ("Hollywood, Los Angeles" of a HOLLYWOOD, Fla.
    story); not a town listed next to it ("Oakland, Grantsville or Morgantown" of an OAKLAND,
    Md. story, however far across a state line)."""
    holder = after.candidate
    if holder is None or holder.kind != "city":
        return True
    return any(c.row != dateline.candidate.row and haversine_km(
        c.place.lat, c.place.lon, holder.place.lat, holder.place.lon) < HELD_BY_A_CITY_KM
        for c in span.candidates)


def kind_said(text: str, span: Span) -> str:
    """"region" for "Kherson region", "the state of Washington"; "city" for "the town of
    Paris"; "country" for "the country of Georgia"; "" when the text gives no kind."""
    before = text[max(0, span.start - 30):span.start].rstrip()
    after_of = before[-2:].lower() == "of"  # (what `_REGION_OF`, `_CITY_OF` and `_COUNTRY_OF`
    # end in, tested first: they ran for every mention)
    if _REGION_WORD.match(text[span.end:span.end + 20]) or (
            (after_of or before[-3:].lower() == "the") and _REGION_OF.search(
                text, max(0, span.start - 30), span.start)) or (
            text.find("overnor", max(0, span.start - 80), span.start) >= 0 and
            _GOVERNOR_OF.search(text, max(0, span.start - 80), span.start)) or \
            _listed_as_regions(text, span):
        return "region"
    if (after_of and _CITY_OF.search(text, max(0, span.start - 20), span.start)) or (
            span.surface.isupper() and len(span.surface) > 2 and
            DATELINE_AFTER.match(text, span.end)):  # a dateline names a town: "SÃO PAULO —"
        return "city"
    if after_of and _COUNTRY_OF.search(text, max(0, span.start - 20), span.start):
        return "country"
    return ""


def _listed_as_regions(text: str, span: Span) -> bool:
    """A list ending in a region's plural kind follows: "the Belgorod and Kursk regions"."""
    listed = KIND_LIST_AFTER.match(text, span.end)
    return listed is not None and listed.group("kind") in _REGION_LISTS


def _peers(first: Span, second: Span) -> bool:
    """Both names are, by their own names, regions of one kind — countries, or states of one
    country ("Illinois, Missouri"): a list, not a place and the region holding it. Victoria
    (Australia) and British Columbia are both states, but "Victoria, British Columbia" is
    the city. A list writes its regions out: an abbreviation after a comma is the region of
    the name before it, as in "Washington, D.C." and "Vancouver, Wash."."""
    second_regions = {(c.kind, "" if c.kind == "country" else c.place.country)
                      for c in second.candidates if c.name_type == 0 and c.kind in _REGION_KINDS}
    return any((c.kind, "" if c.kind == "country" else c.place.country) in second_regions
               for c in first.candidates if c.name_type != 1)


_REGION_KINDS = frozenset({"country", "admin1"})


def _alike(first: Span, second: Span) -> bool:
    """Both names have a reading by their own names of one kind in one country ("Isfahan" and
    "Shiraz", cities of Iran): items of one list. Not where the first is a region by its own
    name ("Jackson, Wyoming and Boise": Wyoming is also a town in Michigan, but after a town
    and a comma it is the state — a review)."""
    if any(c.kind in _REGION_KINDS and c.name_type == 0 for c in first.candidates):
        return False
    kinds = {(c.kind, c.place.country) for c in first.candidates if c.name_type != 1}
    return any((c.kind, c.place.country) in kinds for c in second.candidates
               if c.name_type != 1)


def _routes(text: str, spans: Sequence[Span]) -> Iterator[int]:
    """The k of each route's two ends, spans k and k + 1: "from Dover to Calais", "between
    Komárno and Komárom"."""
    for k in range(len(spans) - 1):
        gap = _ROUTE_GAP.fullmatch(text, spans[k].end, spans[k + 1].start)
        before = gap and _ROUTE_BEFORE.search(text, max(0, spans[k].start - 10), spans[k].start)
        if before and (gap.group(1) == "to") == (before.group(1).lower() == "from"):
            yield k  # (not "flights from Manchester and Bristol": two starts)


def _near_pairs(first: Span, second: Span) -> Iterator[tuple[Candidate, Candidate]]:
    """Readings of a route's two ends that lie near each other, across a border too: a
    ferry "from Dover to Calais" crosses the Channel, not from Delaware to Maine, though
    two towns of one country otherwise pull each other harder than neighbours abroad."""
    for ci in _sizeable(first):
        for co in _sizeable(second):
            if co.place.id != ci.place.id and haversine_km(
                    ci.place.lat, ci.place.lon, co.place.lat, co.place.lon) < ROUTE_KM:
                yield ci, co


def _sizeable(span: Span) -> list[Candidate]:
    """A name's point readings at least a tenth the size of its biggest: "from Rotterdam to
    Basel" is no village of Basel near Antwerp."""
    points = [c for c in span.candidates if c.kind not in _NOT_POINTS]
    most = max((c.place.population for c in span.candidates), default=0)
    return [c for c in points if c.place.population >= ROUTE_SIZE * most]


def _great_cities_listed(inner: Span, outer: Span, after: Span) -> bool:
    """"Boston, New York and Chicago": the region's name is a great city's too, in the
    country of the next name's city, and the name before it is best read by prior outside
    the region — a list of three cities. Not "Albany, New York and Boston" (Albany is New
    York's), nor "Jackson, Wyoming and Boise" (Wyoming, Michigan, is no great city)."""
    countries = {c.place.country for c in after.candidates
                 if c.kind == "city" and c.name_type != 1}
    if not inner.candidates or not any(
            c.kind == "city" and c.place.population >= GREAT_CITY and
            c.place.country in countries for c in outer.candidates):
        return False
    adjusted = adjusted_priors(inner.surface, inner.candidates)
    first = inner.candidates[adjusted.index(max(adjusted))]
    return not any(c.kind in _REGION_KINDS and contains(c.place, first.place)
                   for c in outer.candidates)


# A state's own government, as a story about a state speaks of it ("state ethics
# violations", "State Public Service Commissioner", "state lawmakers", "Gov. Perdue"); no
# country's ("state media", "state-run", "the State Department" are national words).
# (Opened by its first letters, "\b" asked after them: `re` skips ahead to a class, never to
# "\b", and the whole text is searched; the same matches, 2.6 times as fast)
STATE_GOVERNMENT = re.compile(
    r"[SsGg](?<!\w[SsGg])(?:(?<=[Ss])tate (?:lawmakers?|legislat\w+|[Ss]enat\w+|[Hh]ouse"
    r"|[Rr]epresentatives?|ethics|agenc\w+|regulators?|budget|attorney general|troopers?"
    r"|[Cc]apitol|[Bb]oard|[Cc]ommission\w*|Public Service|Election)\b"
    r"|(?<=G)eneral Assembly\b|(?<=g)overnor\b|(?<=G)ov\. )")
STATE_GOVERNMENT_WORDS = 2  # two such words, not one


def _speaks_of_a_state_government(text: str) -> bool:
    """Whether the text speaks of a state's own government (`STATE_GOVERNMENT`) twice."""
    return sum(1 for _ in zip(range(STATE_GOVERNMENT_WORDS),
                              STATE_GOVERNMENT.finditer(text))) >= STATE_GOVERNMENT_WORDS


def _states_of_a_story(text: str, spans: Sequence[Span], firsts: Sequence[Candidate]
                       ) -> dict[int, np.ndarray]:
    """A name read first as a country ("Georgia") that is also a state of a country three or
    more other states of which the story names ("Alabama", "Iowa", "Texas"), or of a text
    that speaks twice of a state's government ("state ethics violations … State Public
    Service Commissioner"), while no other name lies in that first country: the state gets
    STATE_BONUS. Two readings of the same names, one text: a story about US states means the
    state ("the contract lab in Georgia"); one naming Tbilisi keeps the country."""
    if not any(first.kind == "country" and any(c.kind == "admin1" for c in span.candidates)
               for span, first in zip(spans, firsts, strict=True)):
        return {}  # (most stories: no country that is also a state)
    states: dict[str, set[str]] = {}
    countries: dict[str, set[str]] = {}
    for span, first in zip(spans, firsts, strict=True):
        countries.setdefault(first.place.country, set()).add(name_key(span.surface))
        if first.kind == "admin1":
            states.setdefault(first.place.country, set()).add(name_key(span.surface))
    bonus = {}
    government = _speaks_of_a_state_government(text)
    for k, (span, first) in enumerate(zip(spans, firsts, strict=True)):
        me = name_key(span.surface)
        if first.kind != "country" or countries.get(first.place.country, set()) - {me}:
            continue
        row = np.array([0.0 if c.kind != "admin1" or c.name_type == 1 else
                        STATE_GOVERNMENT_BONUS if government else
                        STATE_BONUS if len(states.get(c.place.country, set()) - {me}) >= 3
                        else 0.0
                        for c in span.candidates])
        if row.any():
            bonus[k] = row
    return bonus


def _listed_regions(text: str, spans: Sequence[Span], firsts: Sequence[Candidate],
                    lists: ListRuns) -> dict[int, set[tuple[str, str]]]:
    """For each name in a list of states of one country ("Texas, Utah, Virginia, Washington
    and Wyoming"), the (kind, country) the other items are before context (all of them, or
    all but one of three or more; `firsts`: each span's best candidate by prior): a list
    holds things of one kind, so Washington there is the state. Items that are towns first
    ("Glasgow and Edinburgh", whose councils share their names) lend nothing. A list is
    three items or more, or two joined by "and" or "or": "Washington, Pennsylvania" alone
    may be the town and its state. The kind goes also to a name already read first as a
    state that is something else too: the story's context may turn it ("the Free State and
    Mpumalanga" of a KwaZulu-Natal story had become Mpumalanga, the KwaZulu-Natal township,
    whose region every other name shared; geo64)."""
    if not any(first.kind == "admin1" for first in firsts) or not any(
            any(c.kind == "admin1" for c in span.candidates) and (
                first.kind != "admin1" or any(c.kind != "admin1" for c in span.candidates))
            for span, first in zip(spans, firsts, strict=True)):
        return {}  # no state to lend its kind, or no name that is also something else
    runs, conjoined = lists.found
    listed: dict[int, set[tuple[str, str]]] = {}
    for run, joined in zip(runs, conjoined, strict=True):
        if len(run) < 3 and not (len(run) == 2 and joined):
            continue
        kinds = {k: (firsts[k].kind, firsts[k].place.country) for k in run
                 if firsts[k].kind == "admin1"}
        needed = len(run) - 1 if len(run) <= 3 else len(run) - 2  # all others, or all but one
        for k in run:
            others = Counter(kind for j, kind in kinds.items() if j != k)
            shared = {kind for kind, n in others.items() if n >= needed}
            if shared:
                listed[k] = shared
    return listed


# A city this near the point of a region of its name is the place the region is named for.
SEAT_OF_ITS_REGION_KM = 30.0


def _seats_of_listed_regions(span: Span, kinds: set[tuple[str, str]]) -> set[int]:
    """The rows of the cities a listed name's lesser regions (a British county or council
    area, `lesser_region_holds`) are named for and lie at (its own name, within
    `SEAT_OF_ITS_REGION_KM`, a tenth of its people or more): "between
    Dundee and Fife", "in County Durham and Durham" list the city, which its council area
    or county is named for, not a second region beside the first; the list's kind goes to
    the city ("Dundee" had been read as the council area 800 m from the city the story's
    title named, "Durham" as County Durham itself). Not a first-level region with a code
    of its own ("Thanh Hóa and Hà Tĩnh", "Madrid and Catalonia", "County Cork"): a list
    of those names regions as often as not."""
    key = name_key(span.surface)
    regions = [c.place for c in span.candidates if (c.kind, c.place.country) in kinds]
    return {c.row for c in span.candidates
            if c.kind == "city" and c.name_type == 0 and name_key(c.place.name) == key and
            any(lesser_region_holds(r, c.place) and c.place.population >= 0.1 * r.population
                and haversine_km(r.lat, r.lon, c.place.lat, c.place.lon) < SEAT_OF_ITS_REGION_KM
                for r in regions)}


def _list_runs(text: str, spans: Sequence[Span]) -> tuple[list[list[int]], list[bool]]:
    """The spans in runs of list items (one run per name that is in no list), and whether a
    run has "and" or "or" between two of its items."""
    runs: list[list[int]] = [[0]]
    conjoined = [False]
    for k in range(1, len(spans)):
        gap = LIST_GAP.fullmatch(text, spans[k - 1].end, spans[k].start)
        if gap is None:
            runs.append([k])
            conjoined.append(False)
        else:
            runs[-1].append(k)
            conjoined[-1] = conjoined[-1] or gap.group().strip(", \n\t") != ""  # and, or
    return runs, conjoined


class ListRuns:
    """`_list_runs` of one text's names, found at most once per `Resolver.resolve`: five
    list rules read them, and each had found them again (and only if one asks: most stories
    reach no list rule)."""

    def __init__(self, text: str, spans: Sequence[Span]) -> None:
        self._text, self._spans = text, spans

    @cached_property
    def found(self) -> tuple[list[list[int]], list[bool]]:
        return _list_runs(self._text, self._spans)


# A town listed with towns of one state leans to its namesake there ("rainfall totals in
# Columbus and Dayton": Ohio's Dayton, not the Kentucky suburb of Cincinnati).
LIST_TOWN_BONUS = 1.5
# … but never to a namesake far smaller than the name's best reading by prior: "Houston and
# Atlanta" are two big cities, not Houston and Atlanta, Texas; "Baton Rouge and Washington"
# two capitals.
LIST_TOWN_SIZE = 0.5


def _listed_towns(text: str, spans: Sequence[Span], firsts: Sequence[Candidate],
                  lists: ListRuns) -> dict[int, tuple[str, str]]:
    """For each name in a list of towns ("Columbus and Dayton", "Tyler, Athens and
    Henderson"), the (country, first-level region) every other item's best reading by
    prior lies in (`firsts`), when they share one: a list names places of one kind, and
    local news lists the towns of one state. Only a state of a country some name outside
    the list points to: two foreign namesakes that share a state would otherwise pull each
    other there ("fires across the border near Chaves and Bragança" in a Spanish story: two
    towns of Pará, Brazil, bigger than Portugal's). Lists as in `_listed_regions`."""
    if sum(first.kind == "city" for first in firsts) < 2:
        return {}
    runs, conjoined = lists.found
    listed: dict[int, tuple[str, str]] = {}
    # the names' countries counted once, not again for each list: a long text's thousands
    # of lists made this quadratic (audit 19)
    countries = Counter(first.place.country for first in firsts)
    for run, joined in zip(runs, conjoined, strict=True):
        if len(run) < 2 or (len(run) == 2 and not joined) or \
                STREET_LIST_AFTER.match(text, spans[run[-1]].end):
            continue  # (not "the corner of Lakeview and Harrison streets": a review)
        inside = Counter(firsts[j].place.country for j in run)
        elsewhere = {country for country, n in countries.items() if n > inside[country]}
        for k in run:
            if firsts[k].kind in _REGION_KINDS:
                continue  # "New York City, Long Island, New York, Pennsylvania": the state
            me = name_key(spans[k].surface)
            towns = [firsts[j].place for j in run if j != k and firsts[j].kind == "city" and
                     name_key(spans[j].surface) != me]  # ("between Nogales and Nogales,
            regions = {(town.country, town.admin1) for town in towns}  # Sonora": two towns)
            if len(regions) == 1:  # (an item first read as a region or a department lends
                region = regions.pop()  # nothing: "San Juan, Choropampa, and Magdalena")
                if region[1] and region[0] in elsewhere:
                    listed[k] = region
    return listed


# A list of towns that lie this near one another names neighbours: a listed name leans to
# its namesake this near them all, whatever its size (see `_listed_among_neighbours`).
NEIGHBOURS_KM = 50.0
NEIGHBOUR_LIST_BONUS = 3.0


def _listed_among_neighbours(spans: Sequence[Span], firsts: Sequence[Candidate],
                             lists: ListRuns) -> dict[int, set[int]]:
    """For each name of a list whose other items (two or more, read first as towns) lie
    within NEIGHBOURS_KM of one another, while its own first reading lies farther: its
    namesakes within NEIGHBOURS_KM of them all. "Makilala, Santa Cruz and Bansalan" of an
    earthquake story are neighbours across a provincial border, so Santa Cruz is the town
    of Davao del Sur (of no recorded size in the gazetteer), not Manila's district of
    126,000 — the one-region rule (`_listed_towns`) had not applied, nor its size floor.
    The bonus equals a route's: a list of neighbours is as plain a sign."""
    if sum(first.kind == "city" for first in firsts) < 3:
        return {}
    runs, _ = lists.found
    found: dict[int, set[int]] = {}
    for run in runs:
        if len(run) >= 3:
            found.update(_neighbours_of_a_run(spans, firsts, run))
    return found


def _neighbours_of_a_run(spans: Sequence[Span], firsts: Sequence[Candidate],
                         run: Sequence[int]) -> dict[int, set[int]]:
    """`_listed_among_neighbours` for one list. The items other than k (and than k's own
    name's) lie within NEIGHBOURS_KM of one another where every pair of the list lying
    farther holds k's name: the pairs are measured once per list, and the names every far
    pair holds kept as they go (none left: no item qualifies, and the rest is skipped).
    Measuring all pairs of the others for every item had cost the cube of the list's
    length (review 33 item 11)."""
    keys = [name_key(spans[j].surface) for j in run]
    places = [firsts[j].place for j in run]
    suspects: set[str] | None = None  # the names every far pair so far holds
    for a, here in enumerate(places):
        for b in range(a + 1, len(run)):
            there = places[b]
            if here is not there and haversine_km(
                    here.lat, here.lon, there.lat, there.lon) >= NEIGHBOURS_KM:
                suspects = {keys[a], keys[b]} & (suspects or {keys[a], keys[b]})
                if not suspects:
                    return {}
    towns = sum(firsts[j].kind == "city" for j in run)
    found: dict[int, set[int]] = {}
    for a, k in enumerate(run):
        others = [places[b] for b in range(len(run)) if keys[b] != keys[a]]
        if len(others) < 2 or towns - (firsts[k].kind == "city") < len(run) - 1 or \
                (suspects is not None and keys[a] not in suspects) or \
                _all_within([firsts[k].place], others):
            continue
        near = {c.row for c in spans[k].candidates
                if c.kind == "city" and _all_within([c.place], others)}
        if near:
            found[k] = near
    return found


# A town's namesake within NEIGHBOURS_KM of a place its own sentence names, which has one
# reading only, leans to it by a nearness bonus of its own: the context's nearness counts a
# reading's neighbours anywhere in the text and only up to one, so a namesake 49 km from a
# city two sentences off tied with the one 15 km from the city and the province its
# sentence names, and the bigger won ("In the province of Capiz, the river rose in Roxas
# City and in the town of Pontevedra" had been Pontevedra, Negros Occidental, 135 km off).
SENTENCE_NEIGHBOUR_BONUS = NEAR_BONUS


def _a_point_to_be_near(place: Place) -> bool:
    """A town, a district or a lesser region (a county, a province: `lesser_region_holds`),
    whose point says where it is; not a first-level region's, amid its towns anywhere."""
    return place.kind in ("city", "admin2") or (place.kind == "admin1" and not place.admin1)


def _beside_a_place_of_its_sentence(text: str, spans: Sequence[Span],
                                    firsts: Sequence[Candidate]) -> dict[int, set[int]]:
    """For each name read first as a town (`firsts`; or as a state, where a town's
    preposition places it: `_a_town_s_preposition`), with town readings by their own name
    within NEIGHBOURS_KM of a one-reading town or lesser region its sentence names
    (`_a_point_to_be_near`) and others farther from all of them: the near ones' rows. Not
    where the near ones are all the name's towns (no bonus that all would share), nor where
    a far one is a great city ("bound for Houston, with a refuelling stop at Prestwick" is
    no village by Prestwick), nor for a town against a region or a country of the name
    (their own rules weigh those: "Rego Park, New York" is the state)."""
    sure: dict[tuple[int, int], list[Place]] = {}
    for span in spans:
        if len(span.candidates) == 1 and _a_point_to_be_near(span.candidates[0].place):
            sure.setdefault(sentence_at(text, span.start), []).append(span.candidates[0].place)
    if not sure:
        return {}
    found: dict[int, set[int]] = {}
    for k, span in enumerate(spans):
        towns = [c for c in span.candidates if c.kind == "city"]
        if len(towns) < 2 or firsts[k].kind not in ("city", "admin1"):
            continue
        mates = sure.get(sentence_at(text, span.start), [])
        if firsts[k].kind == "admin1" and not _a_town_s_preposition(
                text, spans, firsts, k, mates):
            continue
        near = {c.row for c in towns if c.name_type != 1 and any(
            m.id != c.place.id and haversine_km(c.place.lat, c.place.lon, m.lat, m.lon) <
            NEIGHBOURS_KM for m in mates)}
        if near and len(near) < len(towns) and not any(
                c.place.population >= GREAT_CITY for c in towns if c.row not in near):
            found[k] = near
    return found


# Where a town is, not a state: "mines in Hibbing and near Virginia".
_AT_A_TOWN_BEFORE = re.compile(r"\b(?:in|near|outside|around) $")


def _a_town_s_preposition(text: str, spans: Sequence[Span], firsts: Sequence[Candidate],
                          k: int, mates: Sequence[Place]) -> bool:
    """A name read first as a state, after "in" or "near", in a sentence whose places its
    state readings hold none of (`mates`, its sure places, and its other names' first
    readings, asked last): its town readings may lean to those places as a town's would
    (`_beside_a_place_of_its_sentence`). "Mines in Hibbing and near Virginia" of a Minnesota
    story is the Iron Range town 35 km from Hibbing, not the state 1,600 km off, which news
    would not name beside a town of another; "Queens in New York" stays the state that
    holds its town, and so does "grew up in Hibbing, spent the weekend in Virginia, meeting
    donors in Richmond"."""
    span = spans[k]
    if not mates or _AT_A_TOWN_BEFORE.search(text, max(0, span.start - 8), span.start) is None:
        return False
    states = [c.place for c in span.candidates if c.kind == "admin1"]
    return not any(contains(state, m) for state in states for m in (
        *mates, *_read_first_in_its_sentence(text, spans, firsts, k)))


def _read_first_in_its_sentence(text: str, spans: Sequence[Span],
                                firsts: Sequence[Candidate], k: int) -> list[Place]:
    """The first readings (by prior) of the other names of span k's sentence."""
    here = sentence_at(text, spans[k].start)
    return [firsts[j].place for j, span in enumerate(spans)
            if j != k and sentence_at(text, span.start) == here]


def _all_within(places: Sequence[Place], others: Sequence[Place]) -> bool:
    """Whether every place lies within NEIGHBOURS_KM of every other one."""
    return all(haversine_km(p.lat, p.lon, o.lat, o.lon) < NEIGHBOURS_KM
               for p in places for o in others if p is not o)


# A town listed with big towns of one country that lie in several of its states leans to a
# namesake there no smaller than the least of them: "power cuts in Havana, Santiago and
# Camagüey" is Santiago de Cuba (Cuba's second city), not Chile's capital, where a list of
# one state's towns (`_listed_towns`) had needed one region. Towns of this size at least, so
# that a list of cities never pulls a great city's name to a village ("Houston, Dallas and
# Paris" keeps Paris, France).
LIST_COUNTRY_TOWN_SIZE = 100_000


def _towns_listed_in_a_country(text: str, spans: Sequence[Span], firsts: Sequence[Candidate],
                               lists: ListRuns, listed: Mapping[int, object]
                               ) -> dict[int, tuple[str, int]]:
    """For each name of a list of towns (as in `_listed_towns`, which it leaves alone) whose
    every other item is read first (`firsts`) as a town of one country over
    `LIST_COUNTRY_TOWN_SIZE`, in more than one of its states: the country, and the least of
    those towns' sizes, which its namesake there must reach; only where the name's first
    reading lies elsewhere. Unlike `_listed_towns`, no name outside the list need point to
    the country: two big towns of several states of one country are that pointer, where
    two villages of one state abroad had been chance (rounds 1–61: one change, right)."""
    if sum(first.kind == "city" for first in firsts) < 3:
        return {}
    runs, _ = lists.found
    found: dict[int, tuple[str, int]] = {}
    for run in runs:
        if len(run) < 3 or STREET_LIST_AFTER.match(text, spans[run[-1]].end):
            continue
        for k in run:
            if k in listed or firsts[k].kind in _REGION_KINDS:
                continue
            me = name_key(spans[k].surface)
            towns = [firsts[j].place for j in run if j != k and name_key(spans[j].surface) != me]
            if len(towns) < 2 or any(firsts[j].kind != "city" for j in run if j != k):
                continue
            country = towns[0].country
            if any(town.country != country for town in towns) or \
                    len({town.admin1 for town in towns}) < 2 or \
                    firsts[k].place.country == country:
                continue
            least = min(town.population for town in towns)
            if least >= LIST_COUNTRY_TOWN_SIZE:
                found[k] = (country, least)
    return found


def _biggest_listed_beside(listed: Mapping[int, object], spans: Sequence[Span],
                           firsts: Sequence[Candidate], lists: ListRuns) -> dict[int, int]:
    """For each listed name, the most people among the towns (by prior) listed with it: a
    list of villages ("San Juan, Choropampa, and Magdalena") names villages, so a namesake as
    small as they are may be meant, where "Houston and Atlanta" are two big cities. (The
    runs are found once: once per name made a long text's thousands of lists quadratic.)"""
    if not listed:
        return {}
    runs, _ = lists.found
    biggest: dict[int, int] = {}
    for run in runs:
        for k in run:
            if k in listed:
                biggest[k] = max((firsts[j].place.population for j in run
                                  if j != k and firsts[j].kind == "city"), default=0)
    return biggest


# A name that is a state and its chief city, listed with cities, is the city: "London and New
# York", "between New York and Montreal" (held-out probes: the state, 196 km off). The city
# must go by the state's own name (or "<name> City"), lie in it and hold a tenth of its
# people: its namesake, not a town of the name ("Quezon City" is no city of Quezon province,
# Salvador no "Bahia" — a review).
LIST_CITY_BONUS = 3.0
LIST_CITY_SHARE = 0.1


def named_with_city(surface: str) -> str:
    """The key of a city's name written with "City" after the name ("New York City",
    "Oklahoma City"), which news often leaves out."""
    return name_key(surface + " City")


def _listed_cities(spans: Sequence[Span], firsts: Sequence[Candidate], lists: ListRuns
                   ) -> set[int]:
    """The names in a list (as in `_listed_regions`) read first as a state (`firsts`: each
    name's best reading by prior) whose every other item is a city by its own name alone: a
    list holds things of one kind. A list of states ("Michigan, Oregon, New York") keeps New
    York the state, and so does one with a name that is a state too ("senators in New York
    and Washington": both states — a review)."""
    if not any(first.kind == "city" for first in firsts) or not any(
            first.kind == "admin1" for first in firsts):
        return set()  # (most stories: no state listed with a city)
    runs, conjoined = lists.found
    listed: set[int] = set()
    for run, joined in zip(runs, conjoined, strict=True):
        if len(run) < 2 or (len(run) == 2 and not joined):
            continue
        for k in run:
            if firsts[k].kind == "admin1" and all(
                    firsts[j].kind == "city" and not any(
                        c.kind in _REGION_KINDS and c.name_type == 0
                        for c in spans[j].candidates) for j in run if j != k):
                listed.add(k)
    return listed


def _capitals_listed(firsts: Sequence[Candidate], lists: ListRuns) -> set[int]:
    """The names of a list every item of which is best read by prior as a national capital
    (`firsts`) of a country the text names: "observers from New Zealand and Canada … watched
    Wellington and Ottawa" lists two governments, not Wellington, New South Wales, however
    Australian the rest of the story. (Not "Athens and Rome" of a Georgia story that names
    neither Greece nor Italy: the state's towns may win there.)"""
    if sum(first.capital for first in firsts) < 2:
        return set()  # (most stories)
    named = {first.place.country for first in firsts if first.kind == "country"}
    runs, _ = lists.found
    return {k for run in runs if len(run) >= 2 and all(
                firsts[j].capital and firsts[j].place.country in named for j in run)
            for k in run}


def _cities_by_their_quarters(text: str, spans: Sequence[Span],
                              firsts: Sequence[Candidate]) -> dict[int, set[int]]:
    """The names read first as a state whose chief city goes by the name and "City" (see
    `Resolver._local_bonuses`), in a text that names a town or district of that city, within
    `HELD_BY_A_CITY_KM` and smaller, or is dated from the city ("NEW YORK —"), each with the
    city's rows: "a fire in New York destroyed a building in Brooklyn" is the city, not the
    state's middle 230 km off, and so is "in New York on Sunday" under that dateline (an
    audit). A story of the state's other towns ("Albany", "Buffalo") keeps the state, and so
    does one whose district is placed by the state ("based in Rego Park, New York": LGL
    tags its New York as the state), or whose only such place is an airport or a venue."""
    if not any(first.kind == "admin1" for first in firsts):
        return {}
    found: dict[int, set[int]] = {}
    by_name: dict[tuple[str, int], set[int]] = {}  # (once a name: "New York" 2,000 times)
    for k, first in enumerate(firsts):
        if first.kind != "admin1":
            continue
        own = name_key(spans[k].surface)
        key = (own, id(spans[k].candidates))
        if key not in by_name:
            rows = _chief_cities(spans[k])
            chief = {c.row for c in spans[k].candidates if c.row in rows and
                     name_key(c.place.name) == named_with_city(spans[k].surface)}
            cities = [c.place for c in spans[k].candidates if c.row in chief]
            by_name[key] = chief if cities and any(
                (name_key(span.surface) == own and a_bare_dateline(text, span)) or
                _a_quarter_named(text, spans, j, own, other, cities)
                for j, (span, other) in enumerate(zip(spans, firsts, strict=True))) and \
                not _holds_a_town_afar(text, spans, firsts, own, cities) else set()
        if by_name[key]:
            found[k] = by_name[key]
    return found


def _holds_a_town_afar(text: str, spans: Sequence[Span], firsts: Sequence[Candidate],
                      own: str, cities: list[Place]) -> bool:
    """The text writes the name after a town of the state far from its city ("Sulphur,
    Oklahoma"): it means the state, in its bare mentions too ("Tornado damages homes in
    Oklahoma" had been Oklahoma City, for the Norman weather office named below it — an
    audit)."""
    return any(name_key(after.surface) == own and other.kind == "city" and
               CONTAINMENT_GAP.match(text[span.end:after.start]) and all(
                   haversine_km(city.lat, city.lon, other.place.lat, other.place.lon)
                   >= HELD_BY_A_CITY_KM for city in cities)
               for span, after, other in zip(spans, spans[1:], firsts, strict=False))


def _a_quarter_named(text: str, spans: Sequence[Span], j: int, own: str, other: Candidate,
                     cities: list[Place]) -> bool:
    """spans[j], read as `other`, is a town or district of one of `cities` by its own name,
    not written before the state's name as its holder ("Rego Park, New York")."""
    if name_key(spans[j].surface) == own or other.kind not in ("city", "admin2"):
        return False
    after = spans[j + 1] if j + 1 < len(spans) else None
    if after is not None and name_key(after.surface) == own and \
            CONTAINMENT_GAP.match(text[spans[j].end:after.start]):
        return False
    return any(other.place.population < city.population and other.place.name != city.name
               and haversine_km(city.lat, city.lon, other.place.lat, other.place.lon)
               < HELD_BY_A_CITY_KM for city in cities)


def _chief_cities(span: Span) -> set[int]:
    """The rows of the cities a state of the span's name is named for: by its name (or the
    name and "City"), in the state, with a tenth of its people or more ("New York City";
    not Cornwall, Ontario for Cornwall, England)."""
    own = name_key(span.surface)
    states = [c.place for c in span.candidates if c.kind == "admin1" and c.name_type == 0]
    return {c.row for c in span.candidates if c.kind == "city" and
            name_key(c.place.name) in (own, named_with_city(span.surface)) and any(
                (c.place.country, c.place.admin1) == (state.country, state.admin1) and
                c.place.population >= LIST_CITY_SHARE * state.population
                for state in states)}


# A town of the region named so today beats another named so once ("Newtown, Connecticut":
# Hartford's 17th-century name, unlike its own), unless that other is a great city this many
# times bigger: its English name ("Bombay, India", whatever village is called Bombay there).
OLD_NAME_SIZE = 100
UNCOUNTED_TOWN = 500  # a town of no recorded size is one of cities500's smallest, not none
OLD_NAME_LIKENESS = 0.5  # (not a variant of its own name: "Lázaro Cárdenas, Michoacán" is
# Ciudad Lázaro Cárdenas, "Mount Cook" Aoraki / Mount Cook)


def _named_so_now(surface: str, held: Iterable[Candidate]) -> set[int]:
    """The rows of the candidates a region holds that go by the name written, by a variant
    of their own name, or by another when it is a great city far bigger than the biggest
    that goes by it (`OLD_NAME_SIZE`; a town of no recorded size counts as `UNCOUNTED_TOWN`)
    or no bigger ("Cambridge, Massachusetts": Newton, once called so, is smaller than
    Cambridge and would not win by size; its bonus is left as it was)."""
    held = list(held)
    own = [c.place.population for c in held if c.name_type == 0]
    if not own or all(c.name_type == 0 for c in held):
        return {c.row for c in held}
    biggest = max(*own, UNCOUNTED_TOWN)
    least = _old_name_floor(own)
    return {c.row for c in held if c.name_type == 0 or c.place.population >= least or
            c.place.population <= biggest or  # (not bigger: it would not win by size)
            not _unlike_its_own(surface, c)}


def _old_name_floor(own: Sequence[int]) -> int:
    """The size from which a place that goes by a name only as an alternate keeps it over the
    towns named so today (`own`: their sizes, one of no recorded size counted as
    `UNCOUNTED_TOWN`): a great city a hundred times bigger ("Bombay, India")."""
    return max(OLD_NAME_SIZE * max(*own, UNCOUNTED_TOWN), GREAT_CITY)


def _unlike_its_own(surface: str, candidate: Candidate) -> bool:
    """Whether the name written is unlike the place's own (an old or other name)."""
    return name_similarity(surface, candidate.place.name) < OLD_NAME_LIKENESS


# What a town loses when the text's name is only one it went by once (`named_so_once`).
OLD_NAME_PENALTY = 2.0


def named_so_once(surface: str, candidates: Sequence[Candidate]) -> set[int]:
    """The rows of capitals that go by the name written only as an alternate unlike their
    own (nor its first words: `_a_short_form`), where towns go by it today and the capital is
    no great city far bigger than the biggest of them (`OLD_NAME_SIZE`, as `_named_so_now`
    judges a region's towns): a bare "Salisbury" is Wiltshire's, not Harare (so called
    until 1982), "Bathurst" New South Wales', not Banjul; "Batavia" stays Jakarta. Only
    capitals, renamed at independence and raised by `CAPITAL_BONUS` over the towns: the
    index keeps no mark of an old name, and other towns' alternates are as often names in
    use ("Stanley" of Hong Kong's Chek Chue, "Lalitpur" of Patan), which a penalty for all
    lost (held out -4)."""
    own = [c.place.population for c in candidates if c.kind == "city" and c.name_type == 0]
    if not own:
        return set()
    least = _old_name_floor(own)
    return {c.row for c in candidates
            if c.kind == "city" and c.capital and c.name_type == 1 and
            c.place.population < least and _unlike_its_own(surface, c) and
            not _a_short_form(surface, c.place.name)}


def _a_short_form(surface: str, name: str) -> bool:
    """Whether the name written is the first words of the town's own ("León" of León de los
    Aldama, "Appleby" of Appleby-in-Westmorland): a short name still in use, not an old one."""
    key, own = name_key(surface), name_key(name)
    return own.startswith(key) and not own[len(key):len(key) + 1].isalnum()


# What a town loses when the name written is only another name of it while a world city goes
# by that name (`named_so_beside_a_world_city`): as much as the story's country and region
# give it together, so only the text's word for where it is ("Hamburg, Odesa region") or
# its kind beside it still carries it.
WORLD_CITY_NAME_PENALTY = CONTEXT_COUNTRY + CONTEXT_ADMIN1


def named_so_beside_a_world_city(surface: str, candidates: Sequence[Candidate]) -> set[int]:
    """The rows of the towns that go by the name written only as another name of theirs
    (`name_type` 1: a local or old name, a near spelling), where a world city (`WORLD_CITY`)
    goes by it as its own name or the first words of it, and is bigger. A world city named
    in passing in a story of another country ("The ministry in Hamburg" of a Ukrainian story,
    "in Odesa" of a Texan one, "a delegation from Alexandria" of an Iranian one) is that
    city, not a village of the story's country known so only in GeoNames' list of names
    (Pryamobalka, once Hamburg; Odessa, Texas, also spelt Odesa; Mashhad, once Alexandria):
    the story's country gave such a namesake more than the world city's size did (an audit:
    Alexandria was Oleksandriya, Ukraine in 44 stories). A town's own name is left alone
    ("Paris, Texas", "Alexandria, Virginia"), and so is a town whose own name the name
    written begins (Santiago de Compostela, Frankfurt (Oder)): a short form in use."""
    key = name_key(surface)
    world = [c.place.population for c in candidates
             if c.kind == "city" and c.place.population >= WORLD_CITY and (
                 name_key(c.place.name) == key or _a_short_form(surface, c.place.name))]
    if not world:
        return set()
    biggest = max(world)
    return {c.row for c in candidates
            if c.kind == "city" and c.name_type == 1 and c.place.population < biggest and
            name_key(c.place.name) != key and not _a_short_form(surface, c.place.name)}


def adjusted_priors(surface: str, candidates: Sequence[Candidate]) -> list[float]:
    """Each reading's prior, less what its name says against it: a region named for its
    city (`regions_named_for_their_city`), a capital named so only once
    (`named_so_once`) and a town named so only beside a world city
    (`named_so_beside_a_world_city`)."""
    named_for_city = regions_named_for_their_city(surface, candidates)
    once = named_so_once(surface, candidates)
    beside_a_world_city = named_so_beside_a_world_city(surface, candidates)
    short = _biggest_by_a_short_form(surface, candidates)
    return [prior(surface, c) - (REGION_BY_ITS_CITY_NAME if c.row in named_for_city else 0.0)
            - (OLD_NAME_PENALTY if c.row in once else 0.0)
            - (WORLD_CITY_NAME_PENALTY if c.row in beside_a_world_city else 0.0)
            + (_spelling_penalty(surface, c) if c.row == short else 0.0) for c in candidates]


def _spelling_penalty(surface: str, candidate: Candidate) -> float:
    """What `prior` takes from a reading whose own name is spelled unlike the text."""
    return _spelling_weight(surface) * (1.0 - name_similarity(surface, candidate.place.name))


def _biggest_by_a_short_form(surface: str, candidates: Sequence[Candidate]) -> int | None:
    """The row of the biggest town the name could be, where the name is the first words of
    that town's own ("Las Palmas" of Las Palmas de Gran Canaria, "Halle" of Halle (Saale),
    "Appleby" of Appleby-in-Westmorland): news shortens a town's name so when the short
    form is its own, and that is no misspelling for `prior` to count against it. Only the
    biggest: a smaller town's long name beginning so is rarely what a bare name means ("San
    Sebastián" is Donostia's, not San Sebastián de la Gomera's; "San Antonio" Texas')."""
    towns = [c for c in candidates if c.kind == "city"]
    if not towns:
        return None
    biggest = max(towns, key=lambda c: c.place.population)
    if biggest.name_type != 1 or not _a_short_form(surface, biggest.place.name) or \
            any(c.place.population >= biggest.place.population for c in candidates
                if c is not biggest):
        return None
    return biggest.row


# `adjusted_priors` by name and candidate tuple, with the tuple itself (so its id stays its
# own): they depend on no article, and the gazetteer's cached lookups give a name the same
# tuple from article to article.
_PRIORS: dict[tuple[str, int], tuple[tuple[Candidate, ...], tuple[float, ...]]] = {}
_PRIORS_KEPT = 100_000


def _kept_priors(surface: str, candidates: Sequence[Candidate]) -> Sequence[float]:
    """`adjusted_priors`, worked out once per name and candidate tuple across articles: a
    tuple, which no article can change for the next (review 27)."""
    if type(candidates) is not tuple:  # (a list might change under its id)
        return adjusted_priors(surface, candidates)
    kept = _PRIORS.get((surface, id(candidates)))
    if kept is not None and kept[0] is candidates:
        return kept[1]
    priors = tuple(adjusted_priors(surface, candidates))
    if len(_PRIORS) >= _PRIORS_KEPT:
        _PRIORS.clear()
    _PRIORS[surface, id(candidates)] = (candidates, priors)
    return priors


# A reading in the country the article's site serves (`site_country`): as much as one
# more name of that country in the text would give it (`CONTEXT_COUNTRY` is what all the
# other names give together), so it settles names the story leaves open and yields to
# what the story says.
SITE_COUNTRY_BONUS = 1.5


class Resolver:
    """Context-aware resolution of the spans of one article."""

    def resolve(self, text: str, spans: Sequence[Span], site: str = "",
                weighed: dict[tuple[int, int], Weighing] | None = None) -> list[Resolution]:
        """Each span's reading; `site`: the country the article's site serves, if known;
        `weighed`, when given, is filled with each span's scores part by part (by its
        offsets), for a reader asking why a name went where it did (`explain`)."""
        if not spans:
            return []
        # Names recur within an article; a name's mentions share one candidate tuple, unless
        # a kind said beside one gave it others ("Buenos Aires province … in Buenos Aires").
        priors: dict[tuple[str, int], Sequence[float]] = {}
        for s in spans:
            key = (s.surface, id(s.candidates))
            if key not in priors:
                priors[key] = _kept_priors(s.surface, s.candidates)
        base = np.array([p + bonus for s in spans
                         for p, bonus in zip(priors[s.surface, id(s.candidates)],
                                             self._local_bonuses(text, s, kind_said(text, s)),
                                             strict=True)])
        containment = self._containment(text, spans)
        dateline = spans[0].candidates[int(np.argmax(base[:len(spans[0].candidates)]))] \
            if spans and spans[0].candidates else None  # (the first name's best by prior)
        table = _CandidateTable(spans, _named_only_in_the_dateline(text, spans, dateline))
        firsts = [s.candidates[int(np.argmax(base[a:b]))]  # each name's best by prior
                  for s, (a, b) in zip(spans, table.bounds, strict=True)]
        fixed = base + np.array([containment.get((k, c.row), 0.0) + (
            SITE_COUNTRY_BONUS if site and c.place.country == site else 0.0)
                                 for k, s in enumerate(spans) for c in s.candidates])
        lists = ListRuns(text, spans)
        for k, kinds in _listed_regions(text, spans, firsts, lists).items():
            a, b = table.bounds[k]
            seats = _seats_of_listed_regions(spans[k], kinds)
            fixed[a:b] += [LIST_BONUS if c.row in seats or (
                not seats and (c.kind, c.place.country) in kinds) else 0.0
                           for c in spans[k].candidates]
        towns_listed = _listed_towns(text, spans, firsts, lists)
        biggest = _biggest_listed_beside(towns_listed, spans, firsts, lists)
        for k, region in towns_listed.items():
            a, b = table.bounds[k]
            least = LIST_TOWN_SIZE * min(firsts[k].place.population, biggest[k])
            fixed[a:b] += [LIST_TOWN_BONUS if c.kind == "city" and (
                c.place.country, c.place.admin1) == region and c.place.population >= least
                else 0.0 for c in spans[k].candidates]
        for k, near in _listed_among_neighbours(spans, firsts, lists).items():
            a, b = table.bounds[k]
            fixed[a:b] += [NEIGHBOUR_LIST_BONUS if c.row in near else 0.0
                           for c in spans[k].candidates]
        for k, near in _beside_a_place_of_its_sentence(text, spans, firsts).items():
            a, b = table.bounds[k]
            fixed[a:b] += [SENTENCE_NEIGHBOUR_BONUS if c.row in near else 0.0
                           for c in spans[k].candidates]
        for k, (country, least) in _towns_listed_in_a_country(
                text, spans, firsts, lists, towns_listed).items():
            a, b = table.bounds[k]
            fixed[a:b] += [LIST_TOWN_BONUS if c.kind == "city" and c.place.country == country
                           and c.place.population >= least else 0.0
                           for c in spans[k].candidates]
        for k in _listed_cities(spans, firsts, lists):
            a, b = table.bounds[k]
            chief = _chief_cities(spans[k])
            fixed[a:b] += [LIST_CITY_BONUS if c.row in chief else 0.0
                           for c in spans[k].candidates]
        for k in _capitals_listed(firsts, lists):
            a, b = table.bounds[k]
            fixed[a:b] += [LIST_CITY_BONUS if c.capital else 0.0 for c in spans[k].candidates]
        for k, chief in _cities_by_their_quarters(text, spans, firsts).items():
            a, b = table.bounds[k]
            fixed[a:b] += [LIST_CITY_BONUS if c.row in chief else 0.0
                           for c in spans[k].candidates]
        for k, bonus in _states_of_a_story(text, spans, firsts).items():
            a, b = table.bounds[k]
            fixed[a:b] += bonus
        probability = table.probabilities(base)
        for round_ in range(MAX_ITERATIONS):
            scores = fixed + table.context(probability)
            moved, probability = probability, table.probabilities(scores)
            if round_ >= UNDAMPED_ROUNDS:  # halfway: two names that each flip the other
                probability = (moved + probability) / 2  # settle instead of swapping
            if np.max(np.abs(probability - moved)) < CONVERGED:
                break
        flat = scores.tolist()
        if weighed is not None:
            weighed.update(_weighings(spans, table.bounds, priors, base, containment, site,
                                      fixed, scores))
        return _the_other_one(text, _short_for_a_name_written_before(
            _the_dateline_s_city_throughout(text, _placed_once_for_all(
                text, _beside_its_listed_neighbour(text, [
                    self._decide(s, flat[a:b])
                    for s, (a, b) in zip(spans, table.bounds, strict=True)])))))

    @staticmethod
    def _local_bonuses(text: str, span: Span, said: str) -> list[float]:
        """Each reading's bonus from the words around the name, in the readings' order
        (`said`: the kind the text gives the name, see `kind_said`). What depends on the name
        alone is asked once, not once per reading: 22,487 readings of 4,590 names a pass over
        LGL dev and GeoVirus."""
        host = host_country(span.surface)
        games: bool | None = None  # (asked only of a host's reading)
        bare = not said
        sea = bare and span.surface.endswith(_SEA_WORDS) and any(
            c.kind == "water" for c in span.candidates)
        the_water = bare and text[max(0, span.start - 4):span.start] == "the " and bool(
            NOUN_PHRASE_ENDS.match(text, span.end)) and any(
            c.kind == "water" for c in span.candidates)
        said_bonus = said in {"city", "country"}
        mountain = bare and any(_a_mountain(c) for c in span.candidates) and \
            _on_the_mountain(text, span)
        bonuses = []
        for candidate in span.candidates:
            place, kind = candidate.place, candidate.kind
            if host == place.country and place.kind == "city":
                if games is None:
                    games = games_after(text, span.end)
                if games:  # "the Albertville and Nagano Olympics", "the Athens Games": the
                    bonuses.append(KIND_SAID_BONUS)  # host, whatever the story's own
                    continue  # country (an audit)
            if kind == said and said_bonus:
                bonuses.append(KIND_SAID_BONUS)  # "the town of Paris", "the country of
                # Georgia"
            elif mountain and _a_mountain(candidate):
                bonuses.append(KIND_SAID_BONUS)  # "A climber died on Kilimanjaro": the
                # mountain, not the region named after it
            elif sea and kind != "water":
                bonuses.append(-SEA_NAME_PENALTY)  # "the Red Sea", "the Aral Sea": the
                # sea, not Egypt's Red Sea Governorate nor the town of Aral (once so
                # called) unless the text says its kind ("Red Sea governorate")
            elif the_water and kind == "city" and not place.name.startswith("The "):
                bonuses.append(-THE_WATER_PENALTY)  # "fall into the Atlantic", "the
                # Shannon": the water, not Atlantic, North Carolina (543 people) beside
                # Hatteras, a town news would write without "the"
            elif kind == "admin1":
                bonuses.append(Resolver._admin1_bonus(text, span, candidate, said))
            else:
                bonuses.append(0.0)
        return bonuses

    @staticmethod
    def _admin1_bonus(text: str, span: Span, candidate: Candidate, said: str) -> float:
        """"Kherson region", "the state of Washington" → the region; a bare "Kherson",
        "Odessa", "Kiev" → the city that goes by the name. Not a city whose own name is the
        name and "City": "New York City", "Oklahoma City" need the word to be named, so a
        bare "New York" is the state, as GeoNames and Wikipedia name it; context can still
        choose the city."""
        if said == "region":
            return KIND_SAID_BONUS
        if _a_government_there(text, span, candidate):
            return -GOVERNMENT_PENALTY  # "officials in Washington": not the state
        region = candidate.place
        city_named_city = named_with_city(span.surface)  # "New York City"
        if any(c.kind == "city" and name_key(c.place.name) != city_named_city
               and c.place.country == region.country
               and c.place.population >= 0.1 * region.population
               and ((c.place.admin1 == region.admin1 and (
                   c.name_type == 0 or candidate.name_type == 1)) or
                    (c.capital and c.name_type == 0 and candidate.name_type == 1) or
                    haversine_km(c.place.lat, c.place.lon, region.lat, region.lon) < 200)
               for c in span.candidates):
            return -2.0  # (a capital by its own name, the region by another, the
            # capital often a district of its own beside it: a bare "Buenos Aires" is
            # the city, though Ezeiza and La Plata lie in the province — audit 24; and a
            # seat of its region that both go by only in another tongue: "Tombouctou" is
            # Timbuktu, not Tombouctou Region, whose point lies 480 km off in the Sahara —
            # audit 35)
        return 0.0

    def _containment(self, text: str, spans: Sequence[Span]) -> dict[tuple[int, int], float]:
        """"X, Y" and "X in Y": reward the X inside some Y, and the Y that holds some X."""
        bonus: dict[tuple[int, int], float] = defaultdict(float)
        for k in range(len(spans) - 1):
            inner, outer = spans[k], spans[k + 1]
            if not CONTAINMENT_GAP.match(text[inner.end:outer.start]):
                continue
            if (_peers(inner, outer) and "," in text[inner.end:outer.start]) or (
                    k + 2 < len(spans) and _LIST_END.fullmatch(
                    text, outer.end, spans[k + 2].start) and (
                    _alike(outer, spans[k + 2]) or
                    _great_cities_listed(inner, outer, spans[k + 2]))):
                continue  # "…, Georgia, Illinois, Missouri": a list of states, not a town
                # (but "Stirling in Scotland": no list is written with "in");
                # "detained in Tehran, Isfahan or Shiraz": a list of cities (Tīrān, a town
                # of Isfahan province also called Tehran, had won); not "Portland, ME and
                # Kingston, ON" nor "Paris, Texas and Dallas", where what follows "and" is
                # no place of the region's kind; "from Boston, New York and Chicago": three
                # cities, not Boston in New York State
            held = [(ci, co) for ci in inner.candidates for co in outer.candidates
                    if contains(co.place, ci.place) or _a_quarter_of(co.place, ci.place)]
            named = _named_so_now(inner.surface, (ci for ci, _ in held))
            for ci, co in held:
                bonus[(k, ci.row)] = CONTAINMENT_BONUS if ci.row in named else \
                    CONTAINMENT_BONUS / 2
                bonus[(k + 1, co.row)] = CONTAINMENT_BONUS
        for k in _routes(text, spans):
            for ci, co in _near_pairs(spans[k], spans[k + 1]):
                bonus[(k, ci.row)] = max(bonus[(k, ci.row)], ROUTE_BONUS)
                bonus[(k + 1, co.row)] = max(bonus[(k + 1, co.row)], ROUTE_BONUS)
        for k in range(len(spans) - 1):  # "Pakistan's Punjab province", "Brazil's north-
            outer, inner = spans[k], spans[k + 1]  # eastern Pernambuco": the holder first
            if not _POSSESSIVE_GAP.fullmatch(text, outer.end, inner.start):
                continue
            for co in outer.candidates:
                if co.kind not in _REGION_KINDS:
                    continue
                region_elsewhere = any(  # "America's Cuba policy", "China's Taiwan policy":
                    ci.kind in _REGION_KINDS and ci.name_type == 0 and  # a country or state
                    not contains(co.place, ci.place) for ci in inner.candidates)  # elsewhere
                for ci in inner.candidates:  # gives way only to a region ("Pakistan's
                    if contains(co.place, ci.place) and (  # Punjab"), not to a namesake
                            not region_elsewhere or ci.kind in _REGION_KINDS):  # town (a review)
                        bonus[(k + 1, ci.row)] = CONTAINMENT_BONUS
        return bonus

    @staticmethod
    def _decide(span: Span, scores: list[float]) -> Resolution:
        if not scores:
            return Resolution(span, None, 0.0)
        order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
        best = order[0]
        runner_up = span.candidates[order[1]] if len(order) > 1 else None
        return Resolution(span, span.candidates[best], _confidence(scores, best), runner_up)


@dataclass(frozen=True)
class Weighing:
    """A name's readings and their scores, part by part (`WEIGHED_PARTS`), as the resolver
    added them up: what `explain` turns into words. Kept only when asked for."""

    candidates: tuple[Candidate, ...]
    parts: dict[str, tuple[float, ...]]

    @property
    def scores(self) -> tuple[float, ...]:
        return tuple(sum(values) for values in zip(*self.parts.values(), strict=True))


# The parts of a reading's score: its prior (size, kind, how the name matched), the words
# beside the name, "X, Y" / "X in Y", the news site's country, the article's lists and
# sentences (bonuses read from the first readings), and the other names' support.
WEIGHED_PARTS = ("size", "words", "written with", "site", "lists", "context")


def _weighings(spans: Sequence[Span], bounds: Sequence[tuple[int, int]],
               priors: Mapping[tuple[str, int], Sequence[float]], base: np.ndarray,
               containment: Mapping[tuple[int, int], float], site: str, fixed: np.ndarray,
               scores: np.ndarray) -> dict[tuple[int, int], Weighing]:
    """Each span's `Weighing`, split back out of the sums `Resolver.resolve` made."""
    found = {}
    for k, (span, (a, b)) in enumerate(zip(spans, bounds, strict=True)):
        prior = np.array(priors[span.surface, id(span.candidates)], dtype=float)
        held = np.array([containment.get((k, c.row), 0.0) for c in span.candidates])
        served = np.array([SITE_COUNTRY_BONUS if site and c.place.country == site else 0.0
                           for c in span.candidates])
        parts = {"size": prior, "words": base[a:b] - prior, "written with": held,
                 "site": served, "lists": fixed[a:b] - base[a:b] - held - served,
                 "context": scores[a:b] - fixed[a:b]}
        found[span.start, span.end] = Weighing(
            tuple(span.candidates), {name: tuple(float(v) for v in values)
                                     for name, values in parts.items()})
    return found


_NOT_POINTS = {"country", "continent", "water", "region"}
# Codes of (country, "") and (country, admin1), shared by every article: only equal codes
# matter, so one numbering serves all and a reading's columns can be kept across articles.
_CODES: dict[tuple[str, str], int] = {}
@per_object(kept=200_000)
def _columns_of(c: Candidate) -> tuple[float, float, int, int, int, bool]:
    """A reading's lat, lon, country code, admin1 code, the admin1 code it lends the others
    and whether it is a point: what `_CandidateTable` reads of it, worked out once (the
    gazetteer's lookups are cached, so most readings recur from article to article)."""
    p = c.place
    country = _CODES.setdefault((p.country, ""), len(_CODES)) if p.country else -1
    admin = _CODES.setdefault((p.country, p.admin1), len(_CODES)) \
        if p.country and p.admin1 else -2
    # A chosen country lends the others its country, never an admin1.
    return (p.lat, p.lon, country, admin, admin if c.kind != "country" and admin >= 0
            else -1, c.kind not in _NOT_POINTS)


def _row_of(unique: dict[tuple[int, int], int], columns: list[tuple], key: int,
            c: Candidate) -> int:
    """The table's row of a (name, reading) pair, added to `columns` when new."""
    row = unique.get((key, c.row))
    if row is None:
        row = unique[key, c.row] = len(columns)
        columns.append((key, *_columns_of(c)))
    return row


def _country_groups(u_key: Sequence[int], country: Sequence[int]
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The rows by (name, country) group, where each group starts in that order, and each
    row's group; a row with no country is a group of its own. Only which rows share a group
    matters (a group's maximum is taken), so groups are numbered as first met — plain
    Python, where `np.unique` cost more than the rest of a small table's set-up."""
    first: dict[tuple[int, int], int] = {}
    members: list[list[int]] = []
    group = []
    for r, (key, code) in enumerate(zip(u_key, country, strict=True)):
        g = first.setdefault((key, code), len(members)) if code >= 0 else len(members)
        if g == len(members):
            members.append([])
        members[g].append(r)
        group.append(g)
    starts, at = [], 0
    for rows in members:
        starts.append(at)
        at += len(rows)
    return (np.array([r for rows in members for r in rows], dtype=int),
            np.array(starts, dtype=int), np.array(group, dtype=int))


class _CandidateTable:
    """The candidates of one article's spans as numpy columns, so the support each gets from
    the other names (same country, same admin1, nearest other place) is a few matrix
    operations per iteration instead of a Python loop over every (candidate, span) pair.

    Rows are distinct (name, candidate) pairs. What a row gets from the others depends only on
    each row's summed probability over the spans naming it, so a text repeating names
    thousands of times costs no more than one naming each once. The row-to-row relations
    (other name, same country, same admin1, nearness) are computed once per article while
    they fit in PAIR_CELLS, else per block of rows and only against rows with support.
    """

    PAIR_CELLS = 1_000_000

    def __init__(self, spans: Sequence[Span], quiet: frozenset[str] = frozenset()) -> None:
        keys: dict[str, int] = {}
        self.bounds: list[tuple[int, int]] = []
        unique: dict[tuple[int, int], int] = {}
        columns: list[tuple] = []  # per row: its name's key, then `_columns_of` its reading
        flat: list[int] = []
        named: dict[tuple[int, int], list[int]] = {}  # a name's mentions share their rows
        for span in spans:
            key = keys.setdefault(name_key(span.surface), len(keys))
            rows = named.get((key, id(span.candidates)))
            if rows is None:
                rows = named[key, id(span.candidates)] = [
                    _row_of(unique, columns, key, c) for c in span.candidates]
            first = len(flat)
            flat += rows
            self.bounds.append((first, len(flat)))
        self.flat = np.array(flat, dtype=int)
        self.starts = np.array([a for a, _ in self.bounds])
        self.lengths = np.array([b - a for a, b in self.bounds])
        u_key, lat, lon, country, admin, lent_admin, point = \
            zip(*columns) if columns else ([],) * 7
        self.u_key, self.point = np.array(u_key), np.array(point, dtype=bool)
        self.lat, self.lon = np.radians(lat), np.radians(lon)
        self.cos_lat = np.cos(self.lat)  # (once per table, not once per block of rows)
        self.country, self.admin = np.array(country), np.array(admin)
        self.lent_admin = np.array(lent_admin)
        self.close_point = self.point  # (a point that lends its nearness within 50 km)
        if quiet:  # (see `_named_only_in_the_dateline`: its country and its part of it)
            hushed = np.isin(self.u_key, [keys[name] for name in quiet if name in keys])
            self.lent_admin[hushed] = -1
            self.close_point = self.point & ~hushed
        n = len(u_key)
        # A name's readings in one country, as one: (name, country) groups, each row with no
        # country a group of its own (see `_one_reading_per_country`).
        self._by_group, self._group_starts, self.country_group = _country_groups(u_key, country)
        self._pairs = self._relations(slice(None), np.arange(n)) \
            if n * n <= self.PAIR_CELLS else None

    def probabilities(self, scores: np.ndarray) -> np.ndarray:
        """Each candidate's softmax probability among its span's candidates."""
        exp = np.exp(scores - np.repeat(np.maximum.reduceat(scores, self.starts), self.lengths))
        return exp / np.repeat(np.add.reduceat(exp, self.starts), self.lengths)

    def _relations(self, rows: slice, cols: np.ndarray) -> np.ndarray:
        """rows × cols, stacked as five 0/1 layers: another name; another name in the same
        country; in the same admin1; a point of another name within 50 km; within 250 km.
        Most tables are a score of rows, where numpy's cost is its calls, not its arithmetic:
        each column is read once, the cosines once per table, the layers stacked as floats."""
        country = self.country[cols]
        others = self.u_key[rows, None] != self.u_key[cols]
        same_country = others & (self.country[rows, None] == country) & (country >= 0)
        same_admin = others & (self.admin[rows, None] == self.lent_admin[cols])
        h = np.sin((self.lat[cols] - self.lat[rows, None]) / 2) ** 2 + \
            self.cos_lat[rows, None] * self.cos_lat[cols] * \
            np.sin((self.lon[cols] - self.lon[rows, None]) / 2) ** 2
        km = 2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(h)))
        point = others & self.point[cols]
        return np.stack([others, same_country, same_admin,
                         others & self.close_point[cols] & (km < 50), point & (km < 250)],
                        dtype=float)

    def context(self, probability: np.ndarray) -> np.ndarray:
        """Context bonus of every candidate: the support it would get from the other names,
        each reading weighted by its current probability. Weighing every reading, not only
        each name's current best, lets two names that fit each other win together: "Paris"
        and "Henry County", Tennessee (the county holds the town) over the pair that the
        biggest "Henry County" alone would pull toward Illinois."""
        n = len(self.u_key)
        weight = np.bincount(self.flat, weights=probability, minlength=n)
        weight[weight < MIN_SUPPORT] = 0.0
        by_country = self._one_reading_per_country(weight)
        if self._pairs is not None:
            support = self._pairs @ weight
            support[1] = self._pairs[1] @ by_country
            return self._bonus(support)[self.flat]
        cols = np.flatnonzero(weight)
        bonus = np.zeros(n)
        block = max(1, self.PAIR_CELLS // max(1, len(cols)))
        for a in range(0, n, block):
            rows = slice(a, a + block)
            pairs = self._relations(rows, cols)
            support = pairs @ weight[cols]
            support[1] = pairs[1] @ by_country[cols]
            bonus[rows] = self._bonus(support)
        return bonus[self.flat]

    def _one_reading_per_country(self, weight: np.ndarray) -> np.ndarray:
        """The weights with which a name tells the others its country: each country counts
        by its likeliest reading of the name, not by how many namesakes it has (rescaled so
        the name still weighs what it weighs). Summed, twenty small Oxfords in as many
        states outweighed Oxford, England, and pulled "Cambridge" and "Berlin" in the same
        sentence to Massachusetts (a review)."""
        if not len(weight):
            return weight
        best = np.maximum.reduceat(weight[self._by_group], self._group_starts)
        kept = np.where(weight >= best[self.country_group], weight, 0.0)
        total = np.bincount(self.u_key, weights=weight)
        shown = np.bincount(self.u_key, weights=kept)
        with np.errstate(invalid="ignore", divide="ignore"):
            scale = np.where(shown > 0, total / shown, 0.0)
        return kept * scale[self.u_key]

    @staticmethod
    def _bonus(support: np.ndarray) -> np.ndarray:
        """The bonus from the five weighted sums of `_relations`' layers."""
        total, same_country, same_admin, near, nearby = support
        with np.errstate(invalid="ignore", divide="ignore"):
            part = (CONTEXT_COUNTRY * same_country + CONTEXT_ADMIN1 * same_admin) / total
        near, nearby = np.minimum(1.0, near), np.minimum(1.0, nearby)  # 1: a sure reading
        part += NEAR_BONUS * near + NEAR_BONUS / 2 * (nearby - near)
        return np.where(total > 0, part, 0.0)


def _confidence(scores: list[float], best: int) -> float:
    top = scores[best]
    total = sum(math.exp(s - top) for s in scores)
    return 1.0 / total
