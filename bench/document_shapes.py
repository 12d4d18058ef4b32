"""Seconds to ingest one pathological document, by shape and size, to see whether a time cap
per document is worth having (UI 56; docs/DESIGN.md, Pipeline: it is not).

    PYTHONPATH=. python bench/document_shapes.py prose,dates,lines 400000,1600000
"""

from __future__ import annotations

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
# characters wanted -> text of about that length
SHAPES: dict[str, Callable[[int], str]] = {
    "prose": lambda n: PROSE * (n // len(PROSE)),  # places and dates in every sentence
    "one_sentence": lambda n: ("York Leeds Paris and Springfield with Georgia near Victoria "
                               * (n // 60)),  # no full stop: one sentence of n characters
    "capitals": lambda n: " ".join(f"Xq{i % 9973} Berlin" for i in range(n // 12)),
    "dates": lambda n: "On 3 March 2025 and on Monday and 4 April in Lagos. " * (n // 52),
    "no_spaces": lambda n: "York" * (n // 4),  # one word
    "lines": lambda n: "LONDON\n" * (n // 7),  # every line a dateline
}


def seconds(geoparser: Geoparser, text: str) -> tuple[float, int]:
    """The ingest's seconds for `text` as one document in a new store, and its events."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "s.db")
        start = time.perf_counter()
        Pipeline(store, geoparser).ingest([RawDocument("shape.txt", "T\n\n" + text)])
        took = time.perf_counter() - start
        events = store.counts()["events"]
        store.close()
    return took, events


def main(shapes: str, sizes: str) -> None:
    geoparser = Geoparser()
    geoparser.parse("Warm up in York on Monday.")
    for name in shapes.split(","):
        for size in map(int, sizes.split(",")):
            text = SHAPES[name](size)
            took, events = seconds(geoparser, text)
            print(f"{name:13s} {len(text) / 1e6:5.2f} MB {took:7.1f} s  {events} events",
                  flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
