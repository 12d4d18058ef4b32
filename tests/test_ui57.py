"""Audit 32, items 14 to 16: a correction on an article deleted in another tab, a server
URL's bad port, and the indexes of other versions that `setup` leaves in the cache."""

from __future__ import annotations

import pytest

from placeline.errors import StoreUnavailableError
from placeline.store import open_store


@pytest.mark.parametrize("url, port", [
    ("postgresql://u@localhost:notaport/news", "notaport"),
    ("postgresql://u:secret@localhost:99999/news", "99999"),
    ("postgresql://u@h1:5432,h2:x/news", "x"),
    ("postgresql://u@localhost/news?port=abc", "abc"),
])
def test_a_bad_port_is_named_not_the_host(url, port):
    """Audit 32 item 15: "failed to resolve host 'localhost': Servname not supported"."""
    with pytest.raises(StoreUnavailableError) as error:
        open_store(url)
    message = str(error.value)
    assert f"the port '{port}' is not a number" in message
    assert "resolve host" not in message and "secret" not in message
