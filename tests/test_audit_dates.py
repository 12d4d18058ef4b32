"""Audit of publication dating: unrelated articles sharing two big places are no story, a
date in the lead is a publication date only when it is plausible as one, and the `dates`
command prints a placeholder for an undated article."""

from __future__ import annotations

from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline

RATES = ("Rates rise\n\nOn 3 March 2021 the Bank of England raised interest rates in London, "
         "while stock markets in Paris fell sharply, traders said.")


# -- 3. `placeline dates` on an undated article -------------------------------------------------


def test_the_dates_command_prints_a_dash_for_an_undated_article(tmp_path, geoparser, capsys):
    from placeline.cli import main
    from placeline.store import open_store

    db = tmp_path / "cli.db"
    store = open_store(db)
    quiet = "Quiet day\n\nNothing happened in Lyon, residents said."
    Pipeline(store, geoparser).ingest([RawDocument("quiet.txt", quiet),
                                       RawDocument("a.txt", RATES)])  # a column with dates
    store.close()
    capsys.readouterr()
    assert main(["dates", "--db", str(db)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split("\t")[1] == "published"
    published = {row.split("\t")[5]: row.split("\t")[1:3] for row in rows}
    assert published == {"quiet.txt": ["-", "unknown"], "a.txt": ["2021-03-03", "explicit"]}
