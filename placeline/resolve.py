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

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from placeline.gazetteer import Candidate
from placeline.names import name_key
from placeline.recognize import Span

KIND_BONUS = {"country": 2.5, "continent": 2.0, "admin1": 0.3, "admin2": 0.0, "city": 0.0,
              "landmark": 0.5, "water": 0.5, "region": 0.5}
CAPITAL_BONUS = 1.5
MAIN_NAME_BONUS = 0.6
CONTEXT_COUNTRY = 3.0
CONTEXT_ADMIN1 = 1.5
NEAR_BONUS = 1.5
CONTAINMENT_BONUS = 5.0
ITERATIONS = 3
_REGION_WORD = re.compile(r"^\s+(?:region|oblast|province|state|governorate|county|district)\b",
                          re.IGNORECASE)
_CONTAINMENT_GAP = re.compile(r"^(?:['’]s)?(?:,\s*|\s+in\s+(?:the\s+)?|\s+\(\s*)$")
_REGION_SUFFIX = re.compile(
    r"\s+(?:oblast|province|region|governorate|prefecture|district|state|county|parish|krai)$")


@dataclass(frozen=True)
class Resolution:
    """The chosen candidate of a span (None if it had none) and how sure we are."""

    span: Span
    candidate: Candidate | None
    confidence: float
    runner_up: Candidate | None = None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=200_000)
def name_similarity(surface: str, name: str) -> float:
    """How much the entry's own name looks like what was written (0..1)."""
    a, b = name_key(surface), name_key(name)
    if a == b:
        return 1.0
    b_short = _REGION_SUFFIX.sub("", b)
    return max(SequenceMatcher(None, a, b).ratio(), SequenceMatcher(None, a, b_short).ratio())


def prior(surface: str, candidate: Candidate) -> float:
    """Score before context: bigger, more prominent, better-named places first."""
    place = candidate.place
    score = math.log10(place.population + 10)
    score += KIND_BONUS.get(place.kind, 0.0)
    if candidate.capital:
        score += CAPITAL_BONUS
    if candidate.name_type in (0, 2):
        score += MAIN_NAME_BONUS
    score += 3.0 * (name_similarity(surface, place.name) - 1.0)
    return score


def contains(region: Candidate, place: Candidate) -> bool:
    """Is `place` inside `region` (country, first-level region, or a US county)?"""
    r, p = region.place, place.place
    if r.id == p.id:
        return False
    if r.kind == "country":
        return bool(r.country) and p.country == r.country and p.kind != "country"
    if r.kind == "admin1":
        return p.country == r.country and p.admin1 == r.admin1 and p.kind in {
            "city", "admin2", "landmark"}
    if r.kind in {"admin2", "region"}:
        return p.kind in {"city", "landmark"} and haversine_km(r.lat, r.lon, p.lat, p.lon) < 120
    return False


class Resolver:
    """Context-aware resolution of the spans of one article."""

    def resolve(self, text: str, spans: Sequence[Span]) -> list[Resolution]:
        if not spans:
            return []
        base = [[prior(s.surface, c) + self._local_bonus(text, s, c) for c in s.candidates]
                for s in spans]
        containment = self._containment(text, spans)
        scores = [list(b) for b in base]
        for _ in range(ITERATIONS):
            tops = [self._top(s, sc) for s, sc in zip(spans, scores, strict=True)]
            scores = [
                [b + self._context(k, s, c, spans, tops) + containment.get((k, c.row), 0.0)
                 for b, c in zip(base[k], s.candidates, strict=True)]
                for k, s in enumerate(spans)
            ]
        return [self._decide(s, sc) for s, sc in zip(spans, scores, strict=True)]

    @staticmethod
    def _top(span: Span, scores: list[float]) -> tuple[Candidate, float] | None:
        if not scores:
            return None
        best = max(range(len(scores)), key=scores.__getitem__)
        return span.candidates[best], _confidence(scores, best)

    @staticmethod
    def _local_bonus(text: str, span: Span, candidate: Candidate) -> float:
        """"Kherson region" → the region; a bare "Kherson" → the city of the same name."""
        if candidate.kind == "admin1":
            if _REGION_WORD.match(text[span.end:span.end + 20]):
                return 3.0
            region = candidate.place
            if any(c.kind == "city" and c.place.country == region.country
                   and c.place.population >= 0.1 * region.population
                   and haversine_km(c.place.lat, c.place.lon, region.lat, region.lon) < 200
                   for c in span.candidates):
                return -2.0
        return 0.0

    @staticmethod
    def _context(k: int, span: Span, candidate: Candidate, spans: Sequence[Span],
                 tops: list) -> float:
        """Support from the other names of the article (not from repeats of this one)."""
        own = name_key(span.surface)
        weight_country = weight_admin = weight_total = 0.0
        nearest = math.inf
        place = candidate.place
        for other_k, (other, top) in enumerate(zip(spans, tops, strict=True)):
            if other_k == k or top is None or name_key(other.surface) == own:
                continue
            chosen, confidence = top
            weight_total += confidence
            if chosen.place.country and chosen.place.country == place.country:
                weight_country += confidence
                if chosen.place.admin1 and chosen.place.admin1 == place.admin1 and \
                        chosen.kind != "country":
                    weight_admin += confidence
            if chosen.kind not in {"country", "continent", "water", "region"}:
                nearest = min(nearest, haversine_km(chosen.place.lat, chosen.place.lon,
                                                    place.lat, place.lon))
        if weight_total == 0:
            return 0.0
        bonus = CONTEXT_COUNTRY * weight_country / weight_total
        bonus += CONTEXT_ADMIN1 * weight_admin / weight_total
        if nearest < 50:
            bonus += NEAR_BONUS
        elif nearest < 250:
            bonus += NEAR_BONUS / 2
        return bonus

    @staticmethod
    def _containment(text: str, spans: Sequence[Span]) -> dict[tuple[int, int], float]:
        """"X, Y" and "X in Y": reward the X inside some Y, and the Y that holds some X."""
        bonus: dict[tuple[int, int], float] = defaultdict(float)
        for k in range(len(spans) - 1):
            inner, outer = spans[k], spans[k + 1]
            if not _CONTAINMENT_GAP.match(text[inner.end:outer.start]):
                continue
            for ci in inner.candidates:
                for co in outer.candidates:
                    if contains(co, ci):
                        bonus[(k, ci.row)] = CONTAINMENT_BONUS
                        bonus[(k + 1, co.row)] = CONTAINMENT_BONUS / 2
        return bonus

    @staticmethod
    def _decide(span: Span, scores: list[float]) -> Resolution:
        if not scores:
            return Resolution(span, None, 0.0)
        order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
        best = order[0]
        runner_up = span.candidates[order[1]] if len(order) > 1 else None
        return Resolution(span, span.candidates[best], _confidence(scores, best), runner_up)


def _confidence(scores: list[float], best: int) -> float:
    top = scores[best]
    total = sum(math.exp(s - top) for s in scores)
    return 1.0 / total
