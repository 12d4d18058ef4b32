"""Saved web pages → article text, title and publication metadata.

trafilatura finds the main text of a news page (dropping navigation, comments and footers)
and, through htmldate, reads its publication date from the page's metadata (article:published_
time, JSON-LD datePublished, <time> elements). We ask htmldate for the original date only and
no guessing from free text or the URL: the text-based rules in `dates` do that, with a method
and a confidence we can show. Scripts and styles never reach the text.
"""

from __future__ import annotations

import logging

from placeline.errors import InputError

# trafilatura logs every page it finds too short; that is our message to give, not a log line.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


MIN_TEXT = 40  # characters: less is a menu or an error page, not an article


def html_article(html: str, source: str) -> tuple[str, dict[str, str]]:
    """(text whose first line is the title, metadata) of one HTML page."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True, date_extraction_params={"extensive_search": False,
                                                       "original_date": True})
    except Exception as exc:  # a broken page is one skipped file, not a crash
        raise InputError(source, f"could not parse the HTML ({exc})") from exc
    found = extracted.as_dict() if extracted is not None else {}
    body = (found.get("text") or "").strip()
    if len(body) < MIN_TEXT:
        raise InputError(source, "no article text found in the HTML page"
                                 + (f" (only “{body[:40]}”)" if body else ""))
    title = (found.get("title") or "").strip()
    metadata = {key: str(found[key]) for key in ("date", "url") if found.get(key)}
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    if not title:
        metadata["title_from"] = "first line"
    return text, metadata
