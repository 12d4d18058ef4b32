"""Derive placeline/data/language_words.csv from wordfreq's word lists (wordfreq 3.1.1, its
"best" lists; see placeline/data/language_words.LICENSE).

    python scripts/language_words.py

For each language written in Windows-1252 (Western: en, fr, de, es, it, pt, nl, ca, sv, da,
nb, is, fi) and in Windows-1250 (Central European: cs, sk, pl, hu, sl, sh, ro), the words of
ASCII letters among its 200 most frequent that are at least 30 times (1.5 on the Zipf scale)
more frequent in it than in each language of the other group: French "est", "avec", Spanish
"durante", Czech "v", "od", Hungarian "az"; not "a", "de", "na", "je" or "se", which both
groups write. Letters beyond ASCII are what the encodings read apart, so these words read
alike in every reading of a file (ingest._opening_words).
"""

from __future__ import annotations

import csv
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "placeline" / "data" / "language_words.csv"
GROUPS = {"western": ("en", "fr", "de", "es", "it", "pt", "nl", "ca", "sv", "da", "nb", "is",
                      "fi"),
          "central": ("cs", "sk", "pl", "hu", "sl", "sh", "ro")}
TOP = 200
APART = 1.5  # Zipf: 30 times as frequent


def main() -> None:
    rows = []
    for group, languages in GROUPS.items():
        others = [lang for g, langs in GROUPS.items() if g != group for lang in langs]
        kept: set[str] = set()
        for language in languages:
            for word in top_n_list(language, TOP):
                if word in kept or not (word.isascii() and word.isalpha()):
                    continue
                if zipf_frequency(word, language) - max(zipf_frequency(word, other)
                                                        for other in others) >= APART:
                    kept.add(word)
                    rows.append((group, language, word))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["group", "language", "word"])
        writer.writerows(rows)
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main()
