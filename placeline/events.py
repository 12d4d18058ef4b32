"""Join mentions and dates into events: one per (article, place, date).

The snippet of an event is the sentence of its first mention, or of the mention whose
evidence it keeps (`_better`); the side panel shows every mention's sentence, so nothing is
lost by keeping one snippet per event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from placeline.dates import (
    counted_from_the_day_written,
    event_date,
    expressions_in_sentences,
    local_date,
    sentences_told_from_east,
    stamped_in_utc,
    the_places_day,
    told_from_east,
    written_on_why,
)
from placeline.models import DateGuess, Event, Mention
from placeline.notices import notice_repeats
from placeline.text import sentence_at, sentences_before


def build_events(text: str, mentions: Iterable[Mention], published: dt.date | None,
                 stamp: dt.datetime | None = None, metadata: Mapping | None = None
                 ) -> list[Event]:
    """Events of one article, in order of first mention. `stamp`: the instant of
    publication, when the source gave a time and an offset: each mention's weekdays are read
    on the date it then was at its place (`local_date`), and with a stamp in UTC its
    "today" and "yesterday" too (`stamped_in_utc`): west of the stamp, and east of it where
    the mention's sentence names only places east of its midnight
    (`sentences_told_from_east`), and its publication date standing in where the whole
    article names only such places (`told_from_east`); a place with no one clock (a region,
    a sea) takes the day all the article's places with one stood on (`the_places_day`).
    `metadata`, the article's: its dates in figures are read
    in the order its feed or URL proves (`dates.read_figures`), and an update's times are
    read from the day its dateline names (`written_on`)."""
    grouped = expressions_in_sentences(text, metadata)
    published, stamp, written = written_on_why(text, published, stamp, metadata)
    utc = stamped_in_utc(stamp)
    mentions = list(mentions)
    placed = [(m.start, (m.place.lat, m.place.lon, m.place.country, m.place.kind))
              for m in mentions if m.place]
    east = sentences_told_from_east(text, stamp, published, placed)
    places = [place for _, place in placed]
    from_east = told_from_east(stamp, published, places)
    places_day = the_places_day(stamp, published, places)
    events: dict[tuple, Event] = {}
    kept: dict[tuple, tuple] = {}  # the strength of the mention each event was made from
    repeated = notice_repeats(text, [(m.start, m.place.id) for m in mentions if m.place])
    for mention in mentions:
        if mention.place is None or mention.start in repeated:
            continue
        place = mention.place
        local = local_date(stamp, published, place.lat, place.lon, place.country, place.kind) \
            or places_day
        guess = counted_from_the_day_written(event_date(
            text, mention.start, mention.end, published, grouped, local, utc,
            sentence_at(text, mention.start) in east, from_east), written)
        _keep(events, kept, place.id, guess, (*_strength(guess), mention.confidence),
              sentence_at(text, mention.start))
    by_id = {m.place.id: m.place for m in mentions if m.place}
    for start, end, place_id in anaphors(text, [(m.start, m.place.id, m.place.kind)
                                                for m in mentions if m.place]):
        place = by_id[place_id]
        guess = anaphor_s_date(text, start, end, event_date(
            text, start, end, published, grouped, local_date(
                stamp, published, place.lat, place.lon, place.country, place.kind)
            or places_day, utc, sentence_at(text, start) in east, from_east), place.name)
        if guess is None:
            continue
        guess = counted_from_the_day_written(guess, written)
        _keep(events, kept, place.id, guess, (*_strength(guess), 0.0),  # (below any mention
              sentence_at(text, start))  # that names the place)
    return list(events.values())


def _keep(events: dict[tuple, Event], kept: dict[tuple, tuple], place_id: str,
          guess: DateGuess, strength: tuple, sentence: tuple[int, int]) -> None:
    """Make the event of `place_id` on `guess`'s date from one mention (or anaphor) of it in
    `sentence`, unless a mention as strong or stronger (`kept`) made it already: one event
    per (place, date), its snippet the strongest mention's sentence."""
    key = (place_id, guess.date, guess.end)
    if key in kept and strength <= kept[key]:
        return
    kept[key] = strength
    events[key] = Event(place_id=place_id, date=guess.date, date_end=guess.end,
                        precision=guess.precision, snippet_start=sentence[0],
                        snippet_end=sentence[1], method=guess.method, evidence=guess.evidence,
                        flag=guess.flag)


# "The gas leak in the city on the night of December 2-3, 1984 killed thousands", after a
# sentence naming Bhopal: a town named once and then called "the city", "the town" or "the
# village" (news avoids repeating a name) had its date on no place (dates65, left by three
# sessions). Such an anaphor dates the place it stands for, for dating only (no mention is
# stored): where its sentence names no place of its own and the one or two sentences before
# it name towns or cities (kind "city"), all one place — two ("Leeds and York … the city")
# leave it unread, as does "the city of X", which names its own. Only a date of its own
# sentence counts (the publication date standing in would add nothing), and a mention that
# names the place keeps its event where both give the same date. The reading panel finds the
# same anaphors (`snippets`), so the card shows their sentence. "The capital" and "the port"
# are not read: a place record says no capital or port.
# Nor "the city where/that/which/whose …", whose clause picks out another city, nor after a
# verb of moving ("moved to the city", "left for the town"), which goes to another place
# (review 36, item 7: "She grew up in Carlisle. In 2005 she moved to the city where her
# husband worked" had dated Carlisle 2005).
_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:city|town|village)\b"
                      r"(?!\s+(?:of|where|that|which|in\s+which|whose)\b)")
_MOVING_BEFORE = re.compile(r"\b(?:(?:moved|moves|moving|move|relocated|relocates|relocating"
                            r"|relocate)(?:\s+\w+)?\s+to|(?:left|leaves|leaving|leave|set\s+off"
                            r"|bound)\s+for)\s+$", re.IGNORECASE)
ANAPHOR_REACH = 2  # sentences back
_TOWN = "city"  # the kind of place the anaphor's nouns stand for


def anaphors(text: str, named: Iterable[tuple[int, str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, place id) of each first "the city/town/village" of a sentence that stands
    for one place named before it (see `_ANAPHOR`); `named`: the text's placed mentions as
    (start, place id, kind)."""
    named = sorted(named)
    found: list[tuple[int, int, str]] = []
    done: set[tuple[int, int]] = set()
    for match in _ANAPHOR.finditer(text):
        if _MOVING_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        sentence = sentence_at(text, match.start())
        if sentence in done or any(sentence[0] <= at < sentence[1] for at, _, _ in named):
            continue
        done.add(sentence)
        before = sentences_before(text, sentence, ANAPHOR_REACH)
        towns = {pid for at, pid, kind in named if kind == _TOWN
                 and any(s <= at < e for s, e in before)}
        if len(towns) == 1:
            found.append((match.start(), match.end(), towns.pop()))
    return found


def anaphor_s_date(text: str, start: int, end: int, guess: DateGuess,
                   name: str) -> DateGuess | None:
    """An anaphor's date, its evidence naming the place it stands for; None where its
    sentence gives none of its own (the publication date, or none)."""
    if guess.date is None or guess.precision == "publication":
        return None
    return replace(guess, evidence=f"{guess.evidence} (“{text[start:end]}”: {name}, named "
                                   "before)")


def over_the_month(events: list[Event], published: DateGuess) -> list[Event]:
    """An article dated to a month only (a folder "2019-11/": `dates.date_from_folder`)
    stands on its first day; its sentences that give no date of their own are of the whole
    month, not that day (precision "month", as "in November" is), so the map counts them
    in the windows that hold the month's first day and the reading panel gives the span.
    Other articles' events are as built."""
    if published.precision != "month" or published.date is None:
        return events
    kept = {(e.place_id, e.date, e.date_end) for e in events if e.precision != "publication"}
    spread = []
    for event in events:
        if event.precision == "publication":
            if (event.place_id, published.date, published.end) in kept:
                continue  # (its sentence's own "in November" holds it already)
            kept.add((event.place_id, published.date, published.end))
            event = replace(event, date=published.date, date_end=published.end,
                            precision="month", evidence="its sentence gives no date of "
                            f"its own; {published.evidence}")
        spread.append(event)
    return spread


def _strength(guess: DateGuess) -> tuple[bool, float]:
    """How much a mention's date tells, among mentions giving one day: a date its sentence
    gives beats the publication date standing in, then the surer reading wins. (The title
    "Flood in Derby" and "Floods hit Derby on Wednesday, March 6, 2024" give one day: the
    title's "the sentence gives no date of its own" had been shown above the sentence that
    gives it — an audit.) Ties go to the surer mention of the place (in `build_events`): a
    name only guessed at the place ("the River Severn and River Teme burst their banks", no
    gazetteer's Teme, put at Upton upon Severn) had given Upton's event its sentence, which
    does not name Upton — an audit."""
    return guess.precision != "publication", guess.confidence
