"""Review 19 of the day's product changes: numeric metadata dates."""

import datetime as dt

from tests.test_review18_small import ATLANTA, _feed


def test_a_version_number_proves_no_date_order(tmp_path):
    """Only a date-like field's value, written with "/" or "-", proves a feed's order: a
    client's version "4.13.24" had made "11/05/2024" 5 November at .95 in silence, and
    "2.15.10" cancelled a UK feed's real proof (a review)."""
    (article,) = _feed(tmp_path, [{**ATLANTA, "client": "4.13.24"}])
    assert article.published.date == dt.date(2024, 5, 11)
    assert "reads two ways" in article.published.flag
    london = {**ATLANTA, "date": "11/05/2024", "app": "2.15.10"}
    leeds = {**ATLANTA, "id": "a2", "date": "25/05/2024"}
    first, _ = _feed(tmp_path, [london, leeds], "uk.jsonl")
    assert (first.published.date, first.published.flag) == (dt.date(2024, 5, 11), "")


def test_a_dotted_date_is_day_first_without_a_doubt(tmp_path):
    """"03.04.2024" is written day first: no "reads two ways" warning (a review)."""
    (article,) = _feed(tmp_path, [{**ATLANTA, "date": "03.04.2024"}])
    assert (article.published.date, article.published.flag) == (dt.date(2024, 4, 3), "")
