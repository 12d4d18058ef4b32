"""Standard geoparsing metrics (Gritta et al. 2018, 2020) over JSONL corpora.

- Recognition: micro precision / recall / F1 with exact spans, and with overlap (any shared
  character; one-to-one, greedy by largest overlap).
- Resolution: over gold toponyms with coordinates matched by an overlapping prediction that has
  coordinates: accuracy within 161 km, mean and median error, AUC of the sorted ln(1 + km)
  curve divided by ln(20039) × (n − 1) (0 is perfect). A system that leaves hard names
  unresolved scores higher here, so the count of resolved names is printed beside it.
- End to end: gold toponyms with coordinates found AND within 161 km, over all of them. With
  gold spans this is resolution accuracy with every unresolved name counted as a miss.
"""

from __future__ import annotations

import io
import json
import math
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from placeline.clean import normalize_mapped
from placeline.errors import InputError
from placeline.models import Mention
from placeline.resolve import haversine_km
from placeline.site_country import site_country

MAX_ERROR_KM = 20039.0


@dataclass
class Scores:
    articles: int
    gold: int
    predicted: int
    exact_precision: float
    exact_recall: float
    exact_f1: float
    overlap_precision: float
    overlap_recall: float
    overlap_f1: float
    resolved: int
    accuracy_161: float
    mean_km: float
    median_km: float
    auc: float
    end_to_end_161: float
    with_coordinates: int = 0
    articles_per_second: float = 0.0  # first pass, caches empty: a cold start
    warm_articles_per_second: float = 0.0  # second pass: a stream's steady state (upper bound)

    def as_dict(self) -> dict:
        return asdict(self)

    def table(self) -> str:
        rows = [
            ("articles", f"{self.articles}"),
            ("gold toponyms / predicted", f"{self.gold} / {self.predicted}"),
            ("recognition exact P / R / F1",
             f"{self.exact_precision:.3f} / {self.exact_recall:.3f} / {self.exact_f1:.3f}"),
            ("recognition overlap P / R / F1",
             f"{self.overlap_precision:.3f} / {self.overlap_recall:.3f} / {self.overlap_f1:.3f}"),
            ("gold with coordinates: matched and resolved / all",
             f"{self.resolved} / {self.with_coordinates}"),
            ("accuracy@161 km, of those resolved", f"{self.accuracy_161:.3f}"),
            ("mean / median error km", f"{self.mean_km:.0f} / {self.median_km:.1f}"),
            ("AUC (lower is better)", f"{self.auc:.3f}"),
            ("within 161 km, of all gold with coordinates (end to end)",
             f"{self.end_to_end_161:.3f}"),
            ("articles/s cold / warm",
             f"{self.articles_per_second:.0f} / {self.warm_articles_per_second:.0f}"),
        ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def load_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_annotated(path: str | Path, toponyms_required: bool | str = True,
                   ids_required: bool = True) -> list[dict]:
    """Rows of an annotated JSONL file, every one checked before any is scored: a bad row
    is an InputError naming the file and line, never a stack trace half-way, and two rows
    with one id are refused (predictions are matched to gold by id, so the second would be
    scored against the first's prediction). Without `ids_required` (geoparse), a row with
    no usable id is named `FILE#LINE`, as `ingest` names its article. `toponyms_required`
    may be the reason a row needs them, said where one has none."""
    from placeline.ingest import text_encoding

    try:
        data = _whole_input(path)
        lines = list(io.TextIOWrapper(io.BytesIO(data), encoding=text_encoding(data[:4])))
    except OSError as exc:
        raise InputError(str(path), f"cannot read the file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text (byte {exc.start})") from exc
    rows, first_line = [], {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        row = _checked_row(line, where, toponyms_required, ids_required)
        if not ids_required:
            row["id"] = _row_id(row.get("id"), path, number)
        if row["id"] in first_line:
            raise InputError(where, f"duplicate id {json.dumps(row['id'])} (first on line "
                                    f"{first_line[row['id']]}); ids must be unique")
        first_line[row["id"]] = number
        rows.append(row)
    return rows


def _whole_input(path: str | Path) -> bytes:
    """The input's bytes, read once: a pipe (`/dev/stdin`, `<(...)`) gives its bytes only
    to the first reader, so opening it again to decode had read nothing, or what was left
    after the first 8 KB (audit 27: geoparse printed nothing and exited 0, or blamed line 1
    for "malformed JSON"). "-" is standard input."""
    if str(path) == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def _row_id(given: object, path: str | Path, number: int) -> object:
    """A row's id, or `FILE#LINE` when it has no usable one (ingest's rule)."""
    from placeline.ingest import row_name

    name = row_name(given, number)
    return f"{'stdin' if str(path) == '-' else path}#{number}" if name is number else name


def _checked_row(line: str, where: str, toponyms_required: bool | str,
                 ids_required: bool = True) -> dict:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(row, dict):
        raise InputError(where, "a line must be one JSON object")
    if ids_required and (not isinstance(row.get("id"), str | int) or
                         isinstance(row["id"], bool)):
        raise InputError(where, 'no "id" (a string or a whole number)')
    if not isinstance(row.get("text"), str):
        raise InputError(where, 'no "text" (a string)')
    if "toponyms" not in row:
        if toponyms_required:
            why = toponyms_required if isinstance(toponyms_required, str) else (
                "a list, [] for none")
            raise InputError(where, f'no "toponyms" ({why})')
        return row
    if not isinstance(row["toponyms"], list):
        raise InputError(where, '"toponyms" must be a list')
    for index, toponym in enumerate(row["toponyms"], start=1):
        problem = _toponym_problem(toponym, len(row["text"]))
        if problem:
            raise InputError(where, f"toponym {index}: {problem}")
    return row


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _toponym_problem(toponym: object, length: int) -> str | None:
    """What is wrong with one gold toponym, or None: a span inside the text, and
    coordinates (optional) as two numbers on the globe."""
    if not isinstance(toponym, dict):
        return "must be a JSON object"
    start, end = toponym.get("start"), toponym.get("end")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return (f'"start" and "end" must be whole numbers, not {json.dumps(start)} and '
                f"{json.dumps(end)}")
    if start >= end:
        return f"span {start}-{end} is empty or inverted (start must be below end)"
    if start < 0 or end > length:
        return f"span {start}-{end} is outside the text ({length} characters)"
    lat, lon = toponym.get("lat"), toponym.get("lon")
    if lat is None and lon is None:
        return None
    if not (_is_number(lat) and _is_number(lon)):
        return (f'"lat" and "lon" must both be numbers, not {json.dumps(lat)} and '
                f"{json.dumps(lon)}")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"coordinates {lat}, {lon} are off the globe"
    return None


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def overlap_pairs(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedy by largest overlap."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if shared > 0:
                candidates.append((shared, gi, pi))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def auc_of(errors_km: list[float]) -> float:
    """Area under the sorted ln(1 + error) curve, normalised (Gritta et al. 2018)."""
    if len(errors_km) < 2:
        return 0.0 if not errors_km else math.log1p(errors_km[0]) / math.log(MAX_ERROR_KM)
    values = sorted(math.log1p(min(e, MAX_ERROR_KM)) for e in errors_km)
    area = sum((values[i] + values[i + 1]) / 2 for i in range(len(values) - 1))
    return area / (math.log(MAX_ERROR_KM) * (len(values) - 1))


def score(gold_rows: Iterable[dict], predictions: dict[str, list[dict]]) -> Scores:
    n_articles = n_gold = n_pred = exact = overlap = 0
    errors: list[float] = []
    with_coordinates = found_within = 0
    for row in gold_rows:
        n_articles += 1
        gold = row["toponyms"]
        predicted = predictions.get(row["id"], [])
        n_gold += len(gold)
        n_pred += len(predicted)
        exact += len({(g["start"], g["end"]) for g in gold}
                     & {(p["start"], p["end"]) for p in predicted})
        pairs = overlap_pairs(gold, predicted)
        overlap += len(pairs)
        matched = dict(pairs)
        for gi, g in enumerate(gold):
            if g.get("lat") is None:
                continue
            with_coordinates += 1
            pi = matched.get(gi)
            if pi is None or predicted[pi].get("lat") is None:
                continue
            error = haversine_km(g["lat"], g["lon"], predicted[pi]["lat"], predicted[pi]["lon"])
            errors.append(error)
            if error <= 161:
                found_within += 1
    ep, er = (exact / n_pred if n_pred else 0.0), (exact / n_gold if n_gold else 0.0)
    op, orr = (overlap / n_pred if n_pred else 0.0), (overlap / n_gold if n_gold else 0.0)
    return Scores(
        articles=n_articles, gold=n_gold, predicted=n_pred,
        exact_precision=ep, exact_recall=er, exact_f1=_f1(ep, er),
        overlap_precision=op, overlap_recall=orr, overlap_f1=_f1(op, orr),
        resolved=len(errors),
        accuracy_161=sum(e <= 161 for e in errors) / len(errors) if errors else 0.0,
        mean_km=statistics.fmean(errors) if errors else 0.0,
        median_km=statistics.median(errors) if errors else 0.0,
        auc=auc_of(errors),
        end_to_end_161=found_within / with_coordinates if with_coordinates else 0.0,
        with_coordinates=with_coordinates,
    )


def predict(rows: list[dict], geoparser, gold_spans: bool = False) -> tuple[dict, float]:
    """Run the geoparser over rows; return predictions by id and articles per second."""
    predictions = {}
    started = time.perf_counter()
    for row in rows:
        predictions[row["id"]] = [mention_json(m) for m in parse_row(row, geoparser, gold_spans)]
    elapsed = time.perf_counter() - started
    return predictions, (len(rows) / elapsed if elapsed else 0.0)


def warm_rate(rows: list[dict], geoparser, gold_spans: bool = False) -> float:
    """Articles per second on a second pass over the same rows. Every name is then cached, as
    most are in a long news stream (names recur), so read it as an upper bound of the steady
    state; the first pass (`predict`) pays every cache miss and is the lower bound."""
    return predict(rows, geoparser, gold_spans)[1]


def parse_row(row: dict, geoparser, gold_spans: bool = False) -> list[Mention]:
    """A row's mentions, by offsets into its text as given (`geoparse`, `eval`). Names are
    matched in the text as ingest cleans it (`clean.normalize`: one form of "é", no soft
    hyphens or zero-width characters, single spaces), then mapped back: the commands had
    matched the raw text, and "Montre\u0301al" (NFD) was Montreux there, "New\u00a0York" no
    place, where ingest of the same text found Montréal and New York (an audit)."""
    raw = row["text"]
    normal = normalize_mapped(raw)
    site = site_country(row.get("url"))  # (as ingest weighs it: the row's address)
    if not gold_spans:
        return [_as_given(m, raw, normal.to_raw(m.start, m.end))
                for m in geoparser.parse(normal.text, site=site)]
    given = {normal.from_raw(t["start"], t["end"]): (t["start"], t["end"])
             for t in row["toponyms"]}
    spans = [span for span in given if span[0] < span[1]]  # (not only removed characters)
    return [_as_given(m, raw, given[m.start, m.end])
            for m in geoparser.resolve_spans(normal.text, spans, site)]


def _as_given(mention: Mention, raw: str, span: tuple[int, int]) -> Mention:
    return replace(mention, start=span[0], end=span[1], surface=raw[span[0]:span[1]])


def mention_json(mention) -> dict:
    place = mention.place
    return {
        "start": mention.start, "end": mention.end, "name": mention.surface,
        "lat": round(place.lat, 5) if place else None,
        "lon": round(place.lon, 5) if place else None,
        "geonameid": place.geonameid if place else None,
        "place_id": place.id if place else None,
        "place": place.name if place else None, "kind": place.kind if place else None,
        "country": place.country if place else None,
        "confidence": mention.confidence,
    }
