"""Review 20, the tests themselves: every AppTest run fails its test when the page raises.
With `raise RuntimeError` at the end of the dashboard and of each page, 20 tests that ran the
app still passed (they read a caption or a table drawn before the error, or stopped early
and never looked at `at.exception`): conftest now checks each run."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.test_apptest import _run

BROKEN = 'import streamlit as st\nst.write("drawn")\nraise RuntimeError("the page broke")\n'
BROKEN_ON_CLICK = ('import streamlit as st\nst.write("drawn")\n'
                   'if st.button("Go"):\n    raise RuntimeError("the click broke it")\n')


def test_a_page_that_raises_fails_the_run_even_if_the_test_reads_what_was_drawn():
    with pytest.raises(AssertionError, match="the page broke"):
        AppTest.from_string(BROKEN).run()


def test_a_widget_s_run_that_raises_fails_too():
    at = AppTest.from_string(BROKEN_ON_CLICK).run()
    assert at.markdown[0].value == "drawn"
    with pytest.raises(AssertionError, match="the click broke it"):
        at.button[0].click().run()


def test_the_dashboard_on_an_empty_store_that_breaks_fails(tmp_path, app_store, monkeypatch):
    """An empty store stops the dashboard early: a test that opens it there and reads what
    it drew (test_an_empty_store_explains_what_to_do) is failed by the opening itself."""
    import app_common

    def broken(*args):
        raise RuntimeError("the empty map's note broke")

    monkeypatch.setattr(app_common, "empty_map_note", broken)
    app_store(tmp_path / "empty.db")
    with pytest.raises(AssertionError, match="the empty map's note broke"):
        _run("dashboard.py")
