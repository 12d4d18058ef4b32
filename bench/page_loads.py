"""Server time of the loads audit 38 (item 12) timed on a 30,000-article store.

    python bench/page_loads.py --store big.db [--runs 2] [--root CHECKOUT]

Each load is one script run in Streamlit's AppTest (no browser): the first load of a new
process (its index built), the map again, a place link (?place=Oleksandriya, ?place=Kyiv),
the Places page twice, the Articles page and its search ("Kharkiv"). A copy of the store is
used; `--root` runs another checkout's pages (its before). Figures are seconds, one line per
round; the first round is the cold one (caches empty, modules not imported).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

LOADS = (("first load", "dashboard.py", {}), ("map again", "dashboard.py", {}),
         ("?place=Oleksandriya", "dashboard.py", {"place": "Oleksandriya"}),
         ("?place=Kyiv", "dashboard.py", {"place": "Kyiv"}),
         ("Places", "pages/2_Places.py", {}), ("Places again", "pages/2_Places.py", {}),
         ("Articles", "pages/1_Articles.py", {}),
         ("Articles ?q=Kharkiv", "pages/1_Articles.py", {"q": "Kharkiv"}))


def one_load(root: Path, page: str, params: dict[str, str]) -> float:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(root / "dashboard.py"), default_timeout=600)
    for key, value in params.items():
        at.query_params[key] = value
    if page != "dashboard.py":
        at.switch_page(page)
    started = time.perf_counter()
    at.run()
    if at.exception:
        raise RuntimeError(f"{page} {params}: {at.exception}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    os.chdir(root)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        shutil.copy(args.store, db)
        os.environ["PLACELINE_DB"] = str(db)
        os.environ["PLACELINE_DATA_DIR"] = tmp  # (no bundled articles)
        print(" | ".join(name for name, _, _ in LOADS))
        for _ in range(args.runs):
            print(" | ".join(f"{one_load(root, page, params):.2f}"
                             for _, page, params in LOADS), flush=True)


if __name__ == "__main__":
    main()
