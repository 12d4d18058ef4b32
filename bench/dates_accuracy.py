"""Accuracy of event dating on the hand-written sentence set, and of the seeds' dates.

    python bench/dates_accuracy.py [--seeds] [--libraries] [--verbose]

Sentences: a case counts when start, end and precision all match. --seeds also ingests the
five bundled articles into a temporary store (needs the gazetteer index from `setup`) and
checks their publication dates and a few hand-checked event dates. --libraries runs the same
sentences through dateparser and parsedatetime (when installed) for comparison: a library
case counts when the first date it finds equals the expected start (precision not asked).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_timex_sentences import (
    CASES,
    SEED_EVENTS,
    SEED_PUBLISHED,
    Case,
    case_passes,
    date_case,
)


def sentence_accuracy(verbose: bool = False) -> tuple[int, int]:
    """(correct, total) on the sentence set, with a per-precision breakdown printed."""
    by_kind: Counter = Counter()
    ok_kind: Counter = Counter()
    for case in CASES:
        by_kind[case.precision] += 1
        if case_passes(case):
            ok_kind[case.precision] += 1
        elif verbose:
            print(f"  MISS {case.sentence!r} [{case.place}] expected {case.start}"
                  f"..{case.end or case.start} {case.precision}, got {date_case(case)}")
    for kind in sorted(by_kind):
        print(f"  {kind:12} {ok_kind[kind]:3}/{by_kind[kind]:3}")
    return sum(ok_kind.values()), len(CASES)


def seed_accuracy(verbose: bool = False) -> tuple[int, int]:
    """(correct, total) over the seeds' publication dates and the hand-checked seed events."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from placeline.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "seeds.db")
        Pipeline(store).ingest(read_paths([ROOT / "data" / "articles"]))
        articles = store.articles_frame()
        seed_of = {row.id: Path(row.source).name[:3] for row in articles.itertuples()}
        correct = total = 0
        for row in articles.itertuples():
            expected = SEED_PUBLISHED[seed_of[row.id]]
            got = (row.published, row.published_method)
            total += 1
            correct += got == expected
            if verbose or got != expected:
                print(f"  seed {seed_of[row.id]} published {got}, expected {expected}")
        events = store.events_frame()
        for (seed, place), expected in SEED_EVENTS.items():
            ids = [i for i, s in seed_of.items() if s == seed]
            rows = events[events["article_id"].isin(ids) & (events["place"] == place)]
            got = {(r.date, r.date_end if isinstance(r.date_end, str) else None, r.precision)
                   for r in rows.itertuples()}
            total += 1
            correct += expected in got
            if verbose or expected not in got:
                print(f"  seed {seed} {place}: expected {expected} among {sorted(got, key=str)}")
        store.close()
    return correct, total


def _first_date_dateparser(case: Case) -> dt.date | None:
    from dateparser.search import search_dates

    ref = dt.datetime.fromisoformat(case.ref)
    found = search_dates(case.sentence, languages=["en"],
                         settings={"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past"})
    return found[0][1].date() if found else None


def _first_date_parsedatetime(case: Case) -> dt.date | None:
    import parsedatetime

    calendar = parsedatetime.Calendar()
    ref = dt.datetime.fromisoformat(case.ref)
    found = calendar.nlp(case.sentence, sourceTime=ref)
    return found[0][0].date() if found else None


def library_accuracy() -> None:
    """How often each library's first date in the sentence is the expected start."""
    for name, first_date in (("dateparser", _first_date_dateparser),
                             ("parsedatetime", _first_date_parsedatetime)):
        try:
            hits = sum(1 for c in CASES if (first_date(c) or dt.date.min).isoformat() == c.start)
        except ImportError:
            print(f"  {name}: not installed")
            continue
        print(f"  {name:14} {hits}/{len(CASES)} start dates ({hits / len(CASES):.0%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", action="store_true")
    parser.add_argument("--libraries", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    print("sentences:")
    ok, total = sentence_accuracy(args.verbose)
    print(f"sentence accuracy: {ok}/{total} = {ok / total:.1%}")
    if args.seeds:
        ok, total = seed_accuracy(args.verbose)
        print(f"seed accuracy: {ok}/{total} = {ok / total:.1%}")
    if args.libraries:
        print("libraries on the same sentences:")
        library_accuracy()


if __name__ == "__main__":
    main()
