"""Seconds to ingest one pathological document, by shape and size, to see whether a time cap
per document is worth having (UI 56; docs/DESIGN.md, Pipeline: it is not).

    PYTHONPATH=. python bench/document_shapes.py prose,dates,lines 400000,1600000

The "article" shape is a real article (the first bundled one, or ARTICLE=path) repeated: what
a user's huge file is (audit 33's 9.5 MB file was one article repeated). Each line gives the
wall seconds and the processor seconds, which a busy machine does not inflate.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from placeline.geoparse import Geoparser
from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline
from placeline.store import open_store

PROSE = ("Floods hit York and Leeds on Monday 3 March 2025, officials in Tadcaster said. "
         "Rain returned to Selby on Tuesday; the mayor of Bath met ministers in London. ")


# One line of brief stories of six countries, each with a village no gazetteer has: a JSON
# Lines text or a pasted page, a "spread" article (`guesses.Placed.spread`) whose only
# paragraph is the whole text (review 34: its guesses had grown with its square).
ROUND_UP = ("Kayes, Mali", "Lima, Peru", "Athens, Greece", "Santiago, Chile",
            "Nairobi, Kenya", "Hanoi, Vietnam")
_SYLLABLES = [c + v for c in "bdgkmnprstvz" for v in "aeiou"]


def _village(i: int) -> str:
    """A made-up name, one for each i: no gazetteer's."""
    name = ""
    for _ in range(4):
        i, k = divmod(i, len(_SYLLABLES))
        name += _SYLLABLES[k]
    return name.capitalize()


def _no_newline(n: int) -> str:
    """Brief stories of several countries on one line, to about n characters."""
    pieces, size, i = [], 0, 0
    while size < n:
        piece = (f"Floods hit {ROUND_UP[i % len(ROUND_UP)]} on Monday. Rescuers reached the "
                 f"village of {_village(i * 7919 + 13)} and officials said aid would follow. ")
        pieces.append(piece)
        size, i = size + len(piece), i + 1
    return "".join(pieces)


def _article(n: int) -> str:
    """A real article's body repeated to about n characters."""
    path = os.environ.get("ARTICLE") or min(Path("data/articles").glob("*.txt"))
    body = Path(path).read_text(encoding="utf-8").split("\n", 1)[1].strip() + "\n\n"
    return (body * (n // len(body) + 1))[:n]


# characters wanted -> text of about that length
SHAPES: dict[str, Callable[[int], str]] = {
    "prose": lambda n: PROSE * (n // len(PROSE)),  # places and dates in every sentence
    "one_sentence": lambda n: ("York Leeds Paris and Springfield with Georgia near Victoria "
                               * (n // 60)),  # no full stop: one sentence of n characters
    "capitals": lambda n: " ".join(f"Xq{i % 9973} Berlin" for i in range(n // 12)),
    "dates": lambda n: "On 3 March 2025 and on Monday and 4 April in Lagos. " * (n // 52),
    "no_spaces": lambda n: "York" * (n // 4),  # one word
    "lines": lambda n: "LONDON\n" * (n // 7),  # every line a dateline
    "article": _article,  # a real article repeated
    "no_newline": _no_newline,  # a round-up of many countries on one line
}


def seconds(geoparser: Geoparser, text: str) -> tuple[float, float, int]:
    """The ingest's wall and processor seconds for `text` as one document in a new store,
    and its events."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "s.db")
        start, cpu = time.perf_counter(), time.process_time()
        Pipeline(store, geoparser).ingest([RawDocument("shape.txt", "T\n\n" + text)])
        took, cpu = time.perf_counter() - start, time.process_time() - cpu
        events = store.counts()["events"]
        store.close()
    return took, cpu, events


def main(shapes: str, sizes: str) -> None:
    geoparser = Geoparser()
    geoparser.parse("Warm up in York on Monday.")
    for name in shapes.split(","):
        for size in map(int, sizes.split(",")):
            text = SHAPES[name](size)
            took, cpu, events = seconds(geoparser, text)
            print(f"{name:13s} {len(text) / 1e6:5.2f} MB {took:7.1f} s  ({cpu:7.1f} s of "
                  f"processor)  {events} events", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
