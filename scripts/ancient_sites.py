"""Derive placeline/data/ancient_sites.csv from Wikidata's items that carry a Pleiades id
(P1584; Wikidata's statements are CC0), as queried into `data/wd2all.tsv` of
github.com/isawnyu/pleiades_wikidata (commit 1625e31711a511d63599e1a634e7767fc24ef29b,
2026-08-21); see placeline/data/ancient_sites.LICENSE.

    python scripts/ancient_sites.py WD2ALL_TSV

Keeps the items with a point and an English Wikipedia article whose Wikidata description
calls them a site rather than a region, a people or a natural feature: its head (the words
before "in", "of", "on", "near" or a comma) names a kind of site ("archaeological site",
"temple", "tell", "hillfort") or an ancient, former or abandoned settlement ("ancient city",
"Roman town", "capital of the Hittite empire"). Rivers, mountains, islands and provinces are left out: Natural Earth and the
regions' sources name them. Each row keeps the English label and the article's title (both
without a bracketed or comma-separated qualifier), the point (4 decimals), the Wikidata and Pleiades ids.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from urllib.parse import unquote

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "ancient_sites.csv"

_HEAD_END = re.compile(r"\s(?:in|of|on|near|at|from|between|by|off)\s|,|\(|;")
_SITE_WORDS = re.compile(
    r"\b(?:archa?eological|ruins?|temple|sanctuary|tell|tomb|pyramid|palace|necropolis"
    r"|cemetery|fort|fortress|hillfort|castle|villa|theat(?:re|er)|amphitheat(?:re|er)"
    r"|monument|polis|site|stone circle|henge|wall|oppidum|acropolis|citadel|mound"
    r"|tumulus|stupa|shrine|mausoleum|ziggurat|fortification|earthwork|broch|cairn"
    r"|megalithic|dolmen|capital)\b")
_SETTLEMENT = re.compile(
    r"\b(?:ancient|former|historic(?:al)?|abandoned|lost|deserted|ruined|roman|greek"
    r"|etruscan|phoenician|punic|hellenistic|byzantine|neolithic|prehistoric|bronze age"
    r"|iron age|minoan|mycenaean|hittite|assyrian|sumerian|nabataean|maya|mayan|inca|aztec)"
    r"\b.*\b(?:city|cities|town|village|settlement|capital|port|colony|polis)\b")
_POINT = re.compile(r"Point\((?P<lon>-?[\d.]+) (?P<lat>-?[\d.]+)\)")
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$|,\s[^,]*$")  # "Abydos (Hellespont)", "Thebes, Egypt"


def is_site(description: str) -> bool:
    """The description's head names a site, or an ancient or abandoned settlement."""
    head = _HEAD_END.split(description.lower() + " ", maxsplit=1)[0]
    return bool(_SITE_WORDS.search(head) or _SETTLEMENT.search(head))


def main(source: str) -> None:
    kept = 0
    seen: set[str] = set()
    with open(source, encoding="utf-8") as handle, \
            OUT.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["name", "aliases", "lat", "lon", "wikidata", "pleiades"])
        for row in csv.DictReader(handle, delimiter="\t"):
            point = _POINT.fullmatch(row["coordinates"].strip())
            article = row["wikipedia_en"].strip()
            qid = row["item"].rsplit("/", 1)[-1]
            label = _QUALIFIER.sub("", row["itemLabel"]).strip()
            if label == qid:  # (Wikidata's id stands in for a missing English label)
                label = ""
            if not (point and article) or qid in seen or not is_site(row["itemDescription"]):
                continue
            seen.add(qid)
            title = _QUALIFIER.sub("", unquote(article.rsplit("/", 1)[-1]).replace("_", " "))
            label, title = (label or title.strip()), title.strip()
            aliases = title if title != label else ""
            writer.writerow([label, aliases, f"{float(point['lat']):.4f}",
                             f"{float(point['lon']):.4f}", qid, row["pleiades"]])
            kept += 1
    print(f"{kept} ancient sites -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
