"""Why a name went where it did, for a fact-checker: the other readings the resolver weighed
and the clue that decided, in words ("the story names Ukraine 2×", "the largest place of
that name", "listed with Kramatorsk").

Nothing more is stored per mention: the geoparser is deterministic, so the article's stored
text is read again, for the one mention a reader opens, with the resolver asked to keep its
scores part by part (`resolve.Weighing`). The reading it gives now is checked against the
stored one: a newer gazetteer or rules, or a correction, may have moved it since."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from placeline.gazetteer import Candidate
from placeline.models import Mention, Place
from placeline.names import name_key
from placeline.resolve import Weighing

READINGS_SHOWN = 5  # the chosen reading and the best of the others
# A part counts as a clue when it gives the chosen reading this much more than the runner-up
# (a score point is e: 1.0 is well under what any one bonus gives, well over rounding).
CLUE_MARGIN = 1.0
_LIST_GAP = re.compile(r"\s*(?:,|;|/|&|\band\b|\bor\b)\s*(?:and\s+|or\s+)?")
_WRITTEN_WITH_GAP = re.compile(r"\s*(?:,|\bin\b|\bof\b|'s|’s|\()\s*")


@dataclass(frozen=True)
class Reading:
    """A place the name may mean, with its share of the resolver's belief (a softmax of
    the scores, as the stored confidence is) and its rank."""

    place: Place
    share: float
    rank: int
    chosen: bool = False
    by_another_name: bool = False  # the name is one of its other names (Hamburg: Pryamobalka)


@dataclass(frozen=True)
class Why:
    """What a reader is told of one mention. `readings`: best first (empty when the name had
    no gazetteer reading); `clues`: the deciding one first; `now`: the place the geoparser
    gives the mention today, without the user's corrections (None: no place, or the name is
    no longer found); `stored`: the place the store holds."""

    surface: str
    stored: Place
    now: Place | None
    readings: list[Reading] = field(default_factory=list)
    clues: list[str] = field(default_factory=list)
    rule: str = ""  # set when no score chose it: a rule over the whole story did

    @property
    def same_as_stored(self) -> bool:
        return self.now is not None and self.now.id == self.stored.id


def explain(geoparser, text: str, start: int, end: int, stored: Place,
            article_hint: str = "", site: str = "") -> Why:
    """Why the mention at text[start:end] was placed at `stored`: the geoparser (without
    the user's corrections, whose place is the user's word, not a reading to explain) reads
    the text again and keeps the scores of its readings."""
    weighed: dict[tuple[int, int], Weighing] = {}
    mentions = geoparser.with_corrections(()).parse(text, article_hint, site, weighed)
    surface = text[start:end]
    own = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
    now = own.place if own else None
    weighing = weighed.get((start, end))
    if weighing is None or not weighing.candidates:
        return Why(surface, stored, now, rule=_no_reading(now))
    scores = weighing.scores
    places = [c.place for c in weighing.candidates]
    chosen = next((i for i, p in enumerate(places) if now is not None and p.id == now.id),
                  None)
    readings = _readings(weighing.candidates, scores, chosen)
    if chosen is None:
        return Why(surface, stored, now, readings, rule=_no_reading(now))
    rival = _rival(places, scores, chosen)
    top = max(range(len(scores)), key=scores.__getitem__)
    rule = "" if places[top].id == places[chosen].id else (
        f"The best score was {places[top].name}'s; a rule that reads the whole story chose "
        "this one (a name read one way throughout, a dateline's city, a neighbour in a list).")
    held = geoparser.gazetteer.country(places[chosen].country) if places[chosen].country \
        else None
    country = held.name if held else places[chosen].country
    region = geoparser.gazetteer.region_name(places[chosen])
    clues = _clues(weighing, chosen, rival, _Story(text, start, end, mentions, country, region))
    return Why(surface, stored, now, readings, clues, rule)


def _no_reading(now: Place | None) -> str:
    if now is None:
        return "Read again now, the geoparser gives this name no place."
    return ("None of the gazetteer's places of this name fitted the story: it was placed by "
            "a later step (a name spelt otherwise, or a guess from the story's own towns).")


def _readings(candidates: Sequence[Candidate], scores: Sequence[float],
              chosen: int | None) -> list[Reading]:
    """The places read, best first, each with its share of the weight (a place found by
    two of its names sums both), the chosen one always among those shown."""
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    total = sum(weights)
    share: dict[str, float] = {}
    first: dict[str, int] = {}
    for i, c in enumerate(candidates):
        share[c.place.id] = share.get(c.place.id, 0.0) + weights[i] / total
        if c.place.id not in first or scores[i] > scores[first[c.place.id]]:
            first[c.place.id] = i
    order = sorted(share, key=share.__getitem__, reverse=True)
    chosen_id = candidates[chosen].place.id if chosen is not None else None
    shown = order[:READINGS_SHOWN]
    if chosen_id is not None and chosen_id not in shown:
        shown[-1] = chosen_id
    return [Reading(candidates[first[i]].place, share[i], order.index(i) + 1, i == chosen_id,
                    candidates[first[i]].name_type != 0) for i in shown]


def _rival(places: Sequence[Place], scores: Sequence[float], chosen: int) -> int | None:
    """The best-scored reading that is another place (None when there is none)."""
    others = [i for i, p in enumerate(places) if p.id != places[chosen].id]
    return max(others, key=scores.__getitem__) if others else None


@dataclass(frozen=True)
class _Story:
    """The mention in its article: the text, its offsets, the article's mentions read
    again, and the chosen place's country by name."""

    text: str
    start: int
    end: int
    mentions: Sequence[Mention]
    country: str
    region: str = ""  # the chosen place's first-level region by name ("Illinois")


def _clues(weighing: Weighing, chosen: int, rival: int | None, story: _Story) -> list[str]:
    """The parts that gave the chosen reading more than the runner-up, the largest first,
    in words; with no runner-up, the name has one place in the gazetteer."""
    if rival is None:
        return ["the only place of that name in the gazetteer"]
    margins = {part: values[chosen] - values[rival] for part, values in weighing.parts.items()}
    deciding = sorted((p for p, m in margins.items() if m >= CLUE_MARGIN),
                      key=margins.__getitem__, reverse=True)
    place = weighing.candidates[chosen].place
    words = [w for part in deciding
             if (w := _in_words(part, weighing, chosen, story))]
    if not words:
        words = [(f"its score edged {weighing.candidates[rival].place.name}'s: no one clue "
                 "decided")]
    if "size" not in deciding and _largest(weighing, chosen):
        words.append(f"also the largest place of that name{_people(place)}")
    return words


def _in_words(part: str, weighing: Weighing, chosen: int, story: _Story) -> str:
    """One part of the score in a journalist's words."""
    candidate = weighing.candidates[chosen]
    place = candidate.place
    if part == "size":
        if candidate.kind in {"country", "continent"}:
            return f"a {candidate.kind} of that name, which news means first"
        if candidate.capital:
            return "a capital of that name"
        if _largest(weighing, chosen):
            return f"the largest place of that name{_people(place)}"
        return "the gazetteer's main place of that name (the others go by it less)"
    if part == "words":
        return _words_around(weighing, chosen, story)
    if part == "written with":
        return _written_with(story.text, story.start, story.end, story.mentions)
    if part == "site":
        return f"the news site serves {story.country}"
    if part == "lists":
        listed = _listed_with(story.text, story.start, story.end, story.mentions)
        return f"listed with {listed}" if listed else "the places of its sentence or list"
    return _context(place, story)


def _words_around(weighing: Weighing, chosen: int, story: _Story) -> str:
    """The words beside the name: they call it a kind of place ("the town of", "Kherson
    region"), or, saying none, tell against the rival (a bare "Tehran" is the city, not the
    province named after it)."""
    words = weighing.parts["words"]
    if words[chosen] > 0:
        kind = weighing.candidates[chosen].kind
        return f"the words around the name make it a {_KIND_WORDS.get(kind, kind)}"
    against = min(range(len(words)), key=words.__getitem__)
    if weighing.candidates[against].kind == "admin1":
        return "a name written alone means the city, not the region named after it"
    return f"the words around “{story.text[story.start:story.end]}” tell against the others"


_KIND_WORDS = {"city": "town or city", "admin1": "region or state", "admin2": "county or "
               "district", "water": "river, lake or sea", "landmark": "landmark"}


def _largest(weighing: Weighing, chosen: int) -> bool:
    own = weighing.candidates[chosen].place.population
    return own > 0 and all(c.place.population <= own for c in weighing.candidates)


def _people(place: Place) -> str:
    return f" ({place.population:,} people)" if place.population else ""


def _written_with(text: str, start: int, end: int, mentions: Sequence[Mention]) -> str:
    """"written “Alexandria, Virginia”": the holder the text writes beside the name."""
    after = next((m for m in mentions if m.start >= end), None)
    if after is not None and _WRITTEN_WITH_GAP.fullmatch(text, end, after.start):
        return f"written “{text[start:after.end]}”"
    before = next((m for m in reversed(mentions) if m.end <= start), None)
    if before is not None and _WRITTEN_WITH_GAP.fullmatch(text, before.end, start):
        return f"written “{text[before.start:end]}”"
    return "written with the region that holds it"


def _listed_with(text: str, start: int, end: int, mentions: Sequence[Mention]) -> str:
    """The placed names listed right before and after the name ("Kramatorsk")."""
    named = []
    before = next((m for m in reversed(mentions) if m.end <= start), None)
    if before is not None and before.place and _LIST_GAP.fullmatch(text, before.end, start):
        named.append(before.surface)
    after = next((m for m in mentions if m.start >= end), None)
    if after is not None and after.place and _LIST_GAP.fullmatch(text, end, after.start):
        named.append(after.surface)
    return " and ".join(named)


def _context(place: Place, story: _Story) -> str:
    """What the story's other places say of where it is: its country named ("the story
    names Ukraine 2×"), and its other places there."""
    own = name_key(story.text[story.start:story.end])
    others = [m for m in story.mentions if m.place is not None and name_key(m.surface) != own]
    country = Counter(m.place.name for m in others
                      if m.place.kind == "country" and m.place.country == place.country)
    towns = list(dict.fromkeys(m.place.name for m in others if m.place.kind != "country"
                               and place.country and m.place.country == place.country))
    same = [m.place for m in others if place.admin1 and story.region and
            (m.place.country, m.place.admin1) == (place.country, place.admin1)]
    near = [p.name for p in same if p.kind != "admin1"]
    if not country and any(p.kind == "admin1" for p in same):  # ("Alexandria … Virginia")
        times = sum(p.kind == "admin1" for p in same)
        return f"the story names {story.region} {times}×" + (
            f", and other places there: {', '.join(dict.fromkeys(near[:3]))}" if near else "")
    if near and not country:  # (the region, as the resolver weighs it: "Illinois", not "US")
        towns = list(dict.fromkeys(near))
    shown = ", ".join(towns[:3]) + (f" and {len(towns) - 3} more" if len(towns) > 3 else "")
    if country:
        name, times = country.most_common(1)[0]
        return f"the story names {name} {times}×" + (
            f", and other places there: {shown}" if towns else "")
    if towns:
        return f"the story's other places in {story.region if near else story.country}: {shown}"
    return "the other places of the story lie near it"
