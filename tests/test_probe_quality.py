"""Quality floors on the project's annotated news probes (tests/probes/README.md): every
article parses, and recognition precision and end-to-end accuracy stay above floors just
under the scores of 2026-12-01, so a change that loses quality on them fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from placeline.evaluate import load_jsonl, mention_json, score

PROBES = Path(__file__).parent / "probes"

# (set, overlap precision floor, end-to-end floor); scores on 2026-12-05, thirty-sixth
# session: development P .936, end to end .894; held out (seventy-three rounds, 2,137
# articles) P .934, end to end .916 (seventy-one rounds, 2,089 articles: .934, .914 in the
# thirty-fifth session, .934, .916 in the thirty-sixth; sixty-nine rounds, 2,041 articles: .934, .914 in the
# thirty-fourth session, .934, .915 in the thirty-fifth; sixty-seven rounds, 1,993 articles: .933, .913 in the
# thirty-third session, .934, .914 in the thirty-fourth; sixty-five rounds, 1,945 articles:
# .933, .912 in the thirty-second session, .933, .913 in the thirty-third; sixty-three rounds, 1,897 articles: .933, .912 in the
# thirty-first session, .933, .914 in the thirty-second; sixty-one rounds, 1,849 articles: .933, .911 in the
# thirtieth session, .933, .912 in the thirty-first; fifty-nine rounds, 1,801 articles: .932, .908 in the
# twenty-ninth session, .933, .911 in the thirtieth; fifty-seven rounds, 1,752 articles: .931, .907 in the
# twenty-eighth session, .932, .909 in the twenty-ninth; fifty-five rounds, 1,704 articles:
# .929, .907 in the
# twenty-seventh session, .931, .909 in the twenty-eighth; fifty-three rounds, 1,656
# articles: .929, .908 in the twenty-sixth and twenty-seventh sessions; fifty-one rounds, 1,608 articles: .928, .907
# in the twenty-fifth session, .908 in the twenty-sixth; forty-nine rounds, 1,552 articles: .929,
# .906 in the
# twenty-fourth, .909 in the twenty-fifth; forty-seven rounds, 1,488
# articles: .929, .906 in the twenty-third; forty-five rounds: .926, .906 in the twenty-second
# session, .929, .907 in the twenty-third; forty-four rounds: .927, .900 in the twenty-first
# session, .907 in the twenty-second; forty-three rounds: .928, .895 in the twentieth
# session, .900 in the twenty-first; forty-one rounds: .929, .891 in the nineteenth
# session, .896 in the twentieth; thirty-nine rounds: .929, .886 in the eighteenth
# session, .890 in the nineteenth; thirty-seven rounds: .928, .880 in the seventeenth
# session, .888 in the eighteenth; thirty-five rounds: .928, .877 in the sixteenth
# session, .881 in the seventeenth; thirty-three rounds: .927, .875 in the fifteenth session;
# thirty-one rounds: .930, .873 in the fourteenth session, .930,
# .875 in the fifteenth; twenty-seven rounds: .930, .871 in the thirteenth; twenty-two:
# .927, .872 in the twelfth; seventeen: .925, .873 in the eleventh).
FLOORS = [("development", 0.90, 0.85), ("held_out", 0.91, 0.89)]


@pytest.mark.parametrize(("name", "precision", "end_to_end"), FLOORS)
def test_the_probes_stay_above_their_floors(geoparser, name, precision, end_to_end):
    rows = [row for path in sorted((PROBES / name).glob("*.jsonl")) for row in load_jsonl(path)]
    assert len(rows) >= 20
    predictions = {row["id"]: [mention_json(m) for m in geoparser.parse(row["text"])]
                   for row in rows}  # (an article that raises fails the test)
    scores = score(rows, predictions)
    assert scores.overlap_precision >= precision, scores
    assert scores.end_to_end_161 >= end_to_end, scores
