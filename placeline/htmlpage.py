"""Saved news web pages → article text, headline and the publication date the page declares.

Why our own reader (stdlib `html.parser`) rather than only `htmldate`: we must know *which*
tag gave the date, so the UI can say "given by the page's article:published_time"; htmldate
returns a bare string, falls back to dateModified when no published date exists, and with
`extensive_search` reads event dates out of the body text. It is still asked, last, when none
of the tags below is present (it knows many CMS-specific markups we do not).

Declared dates, most trusted first (the keys land in the document's metadata):
`published_time` (meta property/name article:published_time, og:published_time),
`datePublished` (itemprop or JSON-LD), `pubdate` (meta name pubdate/publishdate/date/
dc.date/dcterms.created/parsely-pub-date/sailthru.date), `time` (a <time datetime>: see
`_time_rank` for which), `htmldate` (htmldate's guess), `modified` (only a last-modified date:
an upper bound, trusted least; htmldate returns it as if it were the publication date).
`time_others` lists the page's other <time datetime> values, so a page whose times disagree
by years can be flagged (`placeline.dates`).
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

from placeline.text import lone_surrogate_note, lone_surrogates_replaced

_PUBLISHED_PROPERTIES = {"article:published_time", "og:published_time",
                         "og:article:published_time"}
_MODIFIED_PROPERTIES = {"article:modified_time", "og:updated_time", "last-modified",
                        "dcterms.modified"}
_PUBDATE_NAMES = {"pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                  "dcterms.created", "dcterms.issued", "parsely-pub-date", "sailthru.date",
                  "article.published", "originalpublicationdate"}
# The headline as the page gives it to social media, without the site's name; and that name.
_HEADLINE_PROPERTIES = ("og:title", "twitter:title")
_SITE_PROPERTIES = ("og:site_name", "application-name")
# What sites put between a headline and their name: "Story | Example News", "Story - Site".
_SITE_SEPARATORS = r"\s+(?:[|–—:·•-]|::)\s+"
_SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "button",
         "svg", "figure", "figcaption", "template", "select"}
# The article's text, paragraph by paragraph. Paragraph elements hold the story's text wherever
# they are; text outside them ("loose": in a <div> between <br>s, a <section>, a <td>) is the
# story's in the page's <article> (the largest, when teasers are <article>s too), or, on a page
# without one, where its container reads as prose and is not mostly links (a menu, teasers).
# An audit: a story in a <div> with <br>s had been skipped as "no article text", and one
# continued in <div>s and a <section> of its <article> had lost those paragraphs silently.
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Elements that begin and end a paragraph (and <br>, <hr>); any other is inline.
_BREAKS = _PARAGRAPHS | frozenset({
    "address", "article", "aside", "body", "caption", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figure", "footer", "form", "header", "hr", "br", "html",
    "main", "menu", "nav", "ol", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul"})
# Elements whose start ends an open <p> (HTML leaves its end tag out before them).
_P_CLOSERS = _BREAKS - {"br", "body", "html", "li", "td", "th", "tr", "tbody", "thead",
                        "tfoot", "caption", "dd", "dt", "center", "summary"}
# Under this share of the page's text outside links read as the article, the ingest report
# warns: the story may be in markup the reader does not take for it.
READ_SHARE_WARNING = 0.5
READ_SHARE_MIN = 200  # characters of text outside links: a shorter page has no share to judge
# Where a <time> sits says whose date it is: the story's (in <article>, a byline), the page's
# chrome (menus, "Most read" teasers, related links), or unknown.
_REGIONS = {"article", "nav", "aside", "header", "footer"}
_BYLINE = re.compile(r"byline|dateline|publish|pubdate|posted|timestamp", re.IGNORECASE)
_TIME_OTHERS = 5  # other <time> values kept: enough to tell that the page disagrees


@dataclass(frozen=True)
class _Paragraph:
    text: str
    element: str  # the innermost paragraph element holding it ("p", "h4", …), "" for none
    article: int  # the innermost <article> (or articleBody) holding it, -1 for none
    container: int  # the innermost element holding it that is no paragraph element
    links: int  # characters of it inside <a>
    widgets: tuple[int, ...]  # the elements holding it whose class or id names a widget
    labels: tuple[int, ...]  # those named as widgets or as the story's parts ("byline", …)
    hidden: int  # the outermost hidden block holding it (`hidden`, display:none), -1 for none

    @property
    def marked(self) -> bool:
        """In a paragraph element (<p>, <h1>-<h6>, <li>, <blockquote>)."""
        return bool(self.element)

    @property
    def prose(self) -> int:
        """Its characters outside links."""
        return len(self.text) - self.links


@dataclass(frozen=True, slots=True)
class _Open:
    """An open element, with what it tells of the text inside it, its own or its
    ancestors' (so a paragraph ending reads its top, not the whole stack — a review)."""

    tag: str
    serial: int
    article: int  # as _Paragraph's
    container: int
    element: str
    widgets: tuple[int, ...]
    labels: tuple[int, ...]
    hidden: int
    unread: bool  # hidden inline or inside a paragraph: its text is never read
    link: bool  # it is or is in an <a>


_ROOT = _Open("", 0, -1, -1, "", (), (), -1, False, False)


class _PageReader(HTMLParser):
    """Collects declared dates, the title and the page's text, paragraph by paragraph."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dates: dict[str, str] = {}
        self.modified = ""  # an upper bound only: a page is published before it is updated
        self.jsonld_modified = ""  # JSON-LD's dateModified (versions only, never dating)
        self.article_body: tuple[str, str] | None = None  # JSON-LD's (articleBody, headline)
        self.title = ""
        self.social: dict[str, str] = {}  # og:title, og:site_name, … → their first value
        self.paragraphs: list[_Paragraph] = []
        self._skip_depth = 0
        self._stack: list[_Open] = []  # open elements, for paragraphs (`_open` is for <time>)
        self._serial = 0
        self._text: list[tuple[str, bool]] = []  # the paragraph so far: (text, inside <a>)
        self.hidden_in: dict[int, int] = {}  # hidden block → the container it is in
        self.boxes: Counter[int] = Counter()  # container → characters of text inside it
        self.box_links: Counter[int] = Counter()  # … of them inside <a>, at any depth
        self.box_ends: dict[int, int] = {}  # container → the last element begun inside it
        self.lines = False  # a blank line in the text ends a paragraph (a fragment's)
        self._in_title = False
        self._in_jsonld = False
        self._jsonld: list[str] = []
        self._itemprop_text: list[str] | None = None
        self._open: dict[str, list[str]] = {}  # tag → the regions its open elements began
        self._inside: Counter[str] = Counter()  # region → how many open elements make it
        self.times: list[tuple[int, str]] = []  # (rank, datetime) of each <time>, in order
        self.consent: set[int] = set()  # the consent managers' elements (`_consent_box`)
        self.addresses: dict[str, str] = {}  # where the page names its own address → it

    def _declare(self, key: str, value: str | None) -> None:
        if value and value.strip() and key not in self.dates:
            self.dates[key] = value.strip()

    def _address(self, key: str, value: str | None) -> None:
        """Keep the page's first address of `key`, a web one (a relative "/news/x" names no
        site, and a file saved from a browser is read with no address of its own)."""
        value = (value or "").strip()
        if re.match(r"https?://[^\s/]+\.[^\s/]+", value, re.IGNORECASE):
            self.addresses.setdefault(key, value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        region = tag if tag in _REGIONS else (
            "byline" if _BYLINE.search(f"{a.get('class', '')} {a.get('id', '')}") else "")
        if tag not in _VOID:  # every element of the tag, so a nested </div> closes its
            self._open.setdefault(tag, []).append(region)  # own, not the byline's (a review)
            if region:
                self._inside[region] += 1
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self._address("canonical", a.get("href", ""))
        if tag == "meta":
            prop = (a.get("property") or a.get("name") or "").lower()
            if prop == "og:url":
                self._address("og:url", a.get("content", ""))
            if prop in _PUBLISHED_PROPERTIES:
                self._declare("published_time", a.get("content"))
            elif prop in _PUBDATE_NAMES:
                self._declare("pubdate", a.get("content"))
            elif prop in _MODIFIED_PROPERTIES:
                self.modified = self.modified or a.get("content", "").strip()
            elif prop in _HEADLINE_PROPERTIES or prop in _SITE_PROPERTIES:
                content = re.sub(r"\s+", " ", a.get("content", "")).strip()
                if content:
                    self.social.setdefault(prop, content)
            if a.get("itemprop", "").lower() == "datepublished":
                self._declare("datePublished", a.get("content"))
            return
        if a.get("itemprop", "").lower() == "datepublished":
            value = a.get("content") or a.get("datetime")
            if value:
                self._declare("datePublished", value)
            else:
                self._itemprop_text = []
        if tag == "time" and a.get("datetime", "").strip():
            inside = {region for region, count in self._inside.items() if count}
            self.times.append((_time_rank(inside, a), a["datetime"].strip()))
        if tag == "script" and "ld+json" in a.get("type", ""):
            self._in_jsonld = True
            self._jsonld = []
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        self._start_paragraphs(tag, a)

    def handle_endtag(self, tag: str) -> None:
        if self._open.get(tag):  # the latest open element of this tag
            region = self._open[tag].pop()
            if region:
                self._inside[region] -= 1
        if tag == "script" and self._in_jsonld:
            self._in_jsonld = False
            self._declare("datePublished", _jsonld_date("".join(self._jsonld)))
            self.jsonld_modified = self.jsonld_modified or \
                _jsonld_date("".join(self._jsonld), "dateModified") or ""
            self.article_body = self.article_body or _jsonld_article("".join(self._jsonld))
            self._address("json-ld", _jsonld_address("".join(self._jsonld)))
        if tag in _SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        self._end_paragraphs(tag)
        if self._itemprop_text is not None and tag not in {"br", "img"}:
            self._declare("datePublished", "".join(self._itemprop_text))
            self._itemprop_text = None

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self._jsonld.append(data)
            return
        if self._itemprop_text is not None:
            self._itemprop_text.append(data)
        if self._in_title:
            self.title += data
        elif not self._skip_depth and not self._top().unread:
            link = self._top().link
            for number, piece in enumerate(_BLANK_LINE.split(data) if self.lines else [data]):
                if number:
                    self._flush()
                self._text.append((piece, link))

    def link_boxes(self) -> frozenset[int]:
        """The containers whose text, at any depth, is mostly inside links; of a fragment
        (`lines`), not one holding over half of its text: its wrapper, all of it the story."""
        fragment = sum(len(p.text) for p in self.paragraphs) if self.lines else 0
        return frozenset(box for box, size in self.boxes.items() if self.box_links[box] * 2 >
                         size and (not fragment or size * 2 <= fragment))

    def _top(self) -> _Open:
        return self._stack[-1] if self._stack else _ROOT

    def close(self) -> None:
        super().close()
        self._flush()  # (text after the last element: a fragment's)

    def _start_paragraphs(self, tag: str, a: dict[str, str]) -> None:
        """An element begins: a paragraph ends at a block's start, a <br> or an <hr>."""
        article = tag == "article" or a.get("itemprop", "").lower() == "articlebody" or \
            a.get("role", "").lower() == "article"
        if tag in _BREAKS or article:
            self._flush()
        if tag in _P_CLOSERS:
            self._close_open_p()
        if tag in _IMPLIED_END:
            self._close_implied(tag)
        if tag in _VOID:
            return
        parent = self._top()
        self._serial += 1
        serial = self._serial
        hides = "hidden" in a or ("style" in a and _NOT_SHOWN.search(a["style"]) is not None)
        # A hidden block ("Read more", a tab, an accordion) may hold the story's paragraphs;
        # hidden inline or in a paragraph, it is no text of it ("Advertisement", a label).
        block = hides and parent.hidden < 0 and not parent.unread and not parent.element \
            and (tag in _BREAKS or article)
        if block:
            self.hidden_in[serial] = parent.container
        widget, label = _naming(_names(a)) if tag not in {"body", "html"} else (False, False)
        if tag not in {"body", "html"} and _consent_box(a):
            widget = label = True
            self.consent.add(serial)
        self._stack.append(_Open(
            tag, serial, serial if article else parent.article,
            serial if tag in _BREAKS and tag not in _PARAGRAPHS else parent.container,
            tag if tag in _PARAGRAPHS else parent.element,
            (*parent.widgets, serial) if widget else parent.widgets,
            (*parent.labels, serial) if label else parent.labels,
            serial if block else parent.hidden, parent.unread or (hides and not block),
            parent.link or tag == "a"))

    def _end_paragraphs(self, tag: str) -> None:
        """An element ends, with those opened inside it and left open (a sloppy page's)."""
        if tag == "br":  # (</br> is a <br> to browsers)
            self._flush()
        if not any(o.tag == tag for o in self._stack):
            return
        while self._stack:
            element = self._stack[-1]
            if element.tag in _BREAKS or element.article == element.serial:
                self._flush()
            self._stack.pop()
            if element.container == element.serial:
                self.box_ends[element.serial] = self._serial
                if element.serial in self.boxes:
                    outer = self._top().container  # (its text is its container's too)
                    self.boxes[outer] += self.boxes[element.serial]
                    self.box_links[outer] += self.box_links[element.serial]
            if element.tag == tag:
                return

    def _close_implied(self, tag: str) -> None:
        """A new item, cell or row ends the open one, as browsers read "<li>a<li>b" and
        "<td>a<td>b": left on the stack, a long table or list without end tags made every
        paragraph's look at the stack cost its whole depth (a 1 MB table took 288 s — a
        review)."""
        closes, scope = _IMPLIED_END[tag]
        for element in reversed(self._stack):
            if element.tag in closes:
                self._end_paragraphs(element.tag)
                return
            if element.tag in scope:
                return

    def _close_open_p(self) -> None:
        """A block inside an open <p> ends it first, as browsers read "<p>lead<div>…"."""
        for element in reversed(self._stack):
            if element.tag == "p":
                self._end_paragraphs("p")
                return
            if element.tag in _BREAKS:
                return

    def _flush(self) -> None:
        if not self._text:
            return
        text = re.sub(r"\s+", " ", "".join(t for t, _ in self._text)).strip()
        if text:
            links = len(re.sub(r"\s+", " ", "".join(t for t, link in self._text if link)).strip())
            top = self._top()
            self.paragraphs.append(_Paragraph(text, top.element, top.article, top.container,
                                              min(links, len(text)), top.widgets,
                                              top.labels, top.hidden))
            self.boxes[top.container] += len(text)
            self.box_links[top.container] += min(links, len(text))
        self._text = []


# Start tags that end an open element of the same list, row or table (HTML's implied end tags),
# each with the elements that bound the search.
_LIST_SCOPE = frozenset({"ul", "ol", "table"})
_TABLE_SCOPE = frozenset({"table"})
_IMPLIED_END = {
    "li": (frozenset({"li"}), _LIST_SCOPE),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tr": (frozenset({"tr"}), _TABLE_SCOPE),
    "option": (frozenset({"option"}), frozenset({"select"})),
}

# Elements with no end tag: never open, so never on the stack of open elements.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})


def _time_rank(regions: set[str], attrs: dict[str, str]) -> int:
    """How surely a <time> is the story's own date, 0 first. A page's first <time> may be a
    "Most read" teaser years old in its menu (an audit: a 2019 one had dated a 2024 story).
    0: in <article>, in a byline or marked as published; 2: in a menu or an aside (even inside
    <article>), or in the page's footer; 1: anywhere else, a header too."""
    if regions & {"nav", "aside"}:
        return 2
    own = f"{attrs.get('class', '')} {attrs.get('id', '')}"
    if regions & {"article", "byline"} or "pubdate" in attrs or _BYLINE.search(own):
        return 0
    return 2 if "footer" in regions else 1  # (a <header> often holds the story's own
    # headline and date outside <article>: a review)


def _page_time(times: list[tuple[int, str]]) -> tuple[str, list[str]]:
    """The <time> that dates the page (the best ranked; among equals the first holding a
    year, not a bare "10:00") and the other values the page gives."""
    if not times:
        return "", []
    best = min(range(len(times)), key=lambda i: (times[i][0],
                                                not re.search(r"\d{4}", times[i][1]), i))
    chosen = times[best][1]
    others = list(dict.fromkeys(v for _, v in times if v != chosen))
    return chosen, others[:_TIME_OTHERS]


def _jsonld_date(raw: str, key: str = "datePublished") -> str | None:
    """`key` of the first object in a JSON-LD block that has it (also inside @graph or a
    list)."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, ValueError):
        match = re.search(rf'"{key}"\s*:\s*"([^"]+)"', raw)
        return match[1] if match else None
    return next((item[key] for item in _jsonld_objects(data)
                 if isinstance(item.get(key), str)), None)


def _jsonld_objects(data: object) -> Iterator[dict]:
    """The objects of parsed JSON-LD, breadth first (in @graph, lists, nested objects)."""
    queue = deque([data])
    while queue:
        item = queue.popleft()
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, dict | list))


# schema.org's kinds of article, whose articleBody is a story's text: NewsArticle and its
# kinds (ReportageNewsArticle, …), BlogPosting, LiveBlogPosting, Report. A VideoObject's or an
# Organization's text is not.
_ARTICLE_TYPE = re.compile(r"(?:^|[/#:])\w*(?:Article|Posting)$|(?:^|[/#:])Report$")


def _jsonld_article(raw: str) -> tuple[str, str] | None:
    """(articleBody, headline) of the first article (`_ARTICLE_TYPE`) in a JSON-LD block that
    gives its body as a string, at any depth (in @graph, a list, mainEntity)."""
    try:
        data = json.loads(raw, strict=False)  # (a CMS's raw line breaks in its strings)
    except (json.JSONDecodeError, ValueError, RecursionError):
        return None
    for item in _jsonld_objects(data):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        body = item.get("articleBody")
        if isinstance(body, str) and body.strip() and any(
                isinstance(kind, str) and _ARTICLE_TYPE.search(kind) for kind in kinds):
            headline = item.get("headline") or item.get("name")
            return body, headline.strip() if isinstance(headline, str) else ""
    return None


def _jsonld_address(raw: str) -> str | None:
    """The address a JSON-LD block gives its article (`_ARTICLE_TYPE`): its "url", else its
    mainEntityOfPage (a string or an object's "@id"). An Organization's or an image's "url"
    is not the page's."""
    try:
        data = json.loads(raw, strict=False)
    except (json.JSONDecodeError, ValueError, RecursionError):
        return None
    for item in _jsonld_objects(data):
        kinds = item.get("@type")
        if not any(isinstance(kind, str) and _ARTICLE_TYPE.search(kind)
                   for kind in (kinds if isinstance(kinds, list) else [kinds])):
            continue
        page = item.get("mainEntityOfPage")
        for value in (item.get("url"), page.get("@id") if isinstance(page, dict) else page):
            if isinstance(value, str) and value.strip():
                return value
    return None


# Where a saved page names its own address, the surest first: <link rel="canonical">, the
# og:url of its sharing card, its JSON-LD article's url. A page saved from a browser, or
# fetched by a script, had been stored with no address (no "Original" link, no `url` in an
# export, its URL's date unread), where a feed's or a CSV's row keeps its own (audit 37).
PAGE_ADDRESSES = ("canonical", "og:url", "json-ld")


def _body_paragraphs(body: str) -> list[str]:
    """An articleBody's paragraphs: its lines, or an HTML body's paragraphs (some CMSs give
    the body's markup); entities read ("&amp;", as some escape a plain body too)."""
    if re.search(r"</?(?:p|div|br|h[1-6]|li|blockquote)\b[^<>]*>", body, re.IGNORECASE):
        text, _ = read_html(body, whole=True)
        return [block for block in text.split("\n\n") if block.strip()]
    lines = (re.sub(r"\s+", " ", line).strip() for line in html.unescape(body).splitlines())
    return [line for line in lines if line]


def _from_article_body(kept: list[_Paragraph], article: tuple[str, str] | None,
                       ) -> list[str] | None:
    """The paragraphs of the page's JSON-LD articleBody, where the page's own paragraphs
    read as its article hold under half as much: a page whose story is only there (a site
    drawn by its scripts, saved "HTML only" or fetched by curl: audit 22's Izmir page had
    been skipped as "no article text"), or that shows its lead alone (a paywall's). None
    where the page's own paragraphs are its article."""
    if article is None:
        return None
    blocks = _body_paragraphs(article[0])
    size = sum(len(block) for block in blocks)
    if size < ARTICLE_BODY_MIN or sum(p.prose for p in kept) * 2 >= size:
        return None
    return blocks


ARTICLE_BODY_MIN = 40  # characters (ingest.MIN_HTML_TEXT): less is no article's body


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<head" in head or "<body" in head


def read_html(html: str, whole: bool = False) -> tuple[str, dict]:
    """(plain text with the title as first paragraph, metadata with declared dates). `whole`:
    every paragraph but its widgets' is the article's, and a blank line ends one (a feed's
    HTML body, which holds no page around it)."""
    reader = _PageReader()
    reader.lines = whole
    reader.feed(html)
    reader.close()
    kept, page = _article_paragraphs(reader.paragraphs, reader.hidden_in, whole,
                                     reader.link_boxes(), reader.box_ends, reader.consent)
    metadata = dict(reader.dates)
    stamp, others = _page_time(reader.times)
    if stamp:
        metadata["time"] = stamp
        if others:
            metadata["time_others"] = " | ".join(others)
    if not metadata:
        guessed = _htmldate(html)
        if guessed and reader.modified.startswith(guessed):
            metadata["modified"] = reader.modified  # htmldate's fallback: say what it is
        elif guessed:
            metadata["htmldate"] = guessed
        elif reader.modified:
            metadata["modified"] = reader.modified
    blocks = [p.text for p in kept]
    declared = None if whole else _from_article_body(kept, reader.article_body)
    title = _headline(re.sub(r"\s+", " ", reader.title).strip(), reader.social,
                      blocks[0] if blocks else (declared and reader.article_body[1]) or "")
    if declared is not None:
        blocks = declared
        title = title or reader.article_body[1]  # (a page with no <title>)
    elif kept and kept[0].element == "h1" and only_a_label(title, blocks[0]):
        title = blocks[0]
    if blocks and (blocks[0] == title or declared is None and kept[0].element == "h1" and
                   same_headline(blocks[0], title)):
        blocks = blocks[1:]  # the headline once, as the first paragraph
    if title:
        metadata["title"] = title
    if not whole and (address := next((reader.addresses[key] for key in PAGE_ADDRESSES
                                       if key in reader.addresses), None)):
        metadata["url"] = address  # (a feed's or a row's own address comes first: ingest)
    if modified := reader.modified or reader.jsonld_modified:
        metadata[LAST_MODIFIED] = modified
    if declared is None and (warning := _small_share(kept, page)):
        metadata[READ_WARNINGS] = [warning]
    text, found = lone_surrogates_replaced("\n\n".join([title, *blocks] if title else blocks))
    if found:  # (JSON-LD's "\ud83d": the page's own text is decoded bytes, and its "&#xD83D;"
        metadata["title"] = lone_surrogates_replaced(title)[0]  # U+FFFD, as browsers read it)
        metadata[READ_WARNINGS] = [*metadata.get(READ_WARNINGS, []), lone_surrogate_note(
            "the page's JSON-LD", [escape for _, escape in found])]
    return text, metadata


READ_WARNINGS = "read_warnings"  # metadata: what the ingest report should say of the reading
# Metadata: when the document says it was last modified (a page's article:modified_time or
# JSON-LD dateModified, a feed row's dateModified): which of two versions is newer
# (`placeline.versions`); never a publication date.
LAST_MODIFIED = "last_modified"


def _article_paragraphs(paragraphs: list[_Paragraph], hidden_in: dict[int, int],
                        whole: bool, link_boxes: frozenset[int] = frozenset(),
                        box_ends: dict[int, int] | None = None,
                        consent: set[int] | frozenset[int] = frozenset(),
                        ) -> tuple[list[_Paragraph], list[_Paragraph]]:
    """The story's paragraphs (see `_PARAGRAPHS`), and the page's text its share is judged
    against: the text shown and the hidden prose, but widgets'. `whole`: a fragment,
    all of whose text is the story's but its widgets' (a feed's body with Jetpack's "Share
    this" and "Related" blocks had placed the related story's Cardiff — a review).
    `consent`: the consent managers' elements (`_consent_box`), widgets however much of
    the page's text they hold."""
    shown = [p for p in paragraphs if p.hidden < 0]
    main = -1 if whole else _main_article(shown)
    banners = _banners(paragraphs, main, consent)
    widgets = _widgets(paragraphs, main, "widgets") | banners
    story = [p for p in shown if widgets.isdisjoint(p.widgets)]
    if not whole:
        labels = _widgets(paragraphs, main, "labels") | banners
        story = _read_as_story(_not_after(story, main), main, labels, link_boxes,
                               box_ends or {})
    elif any(_ENDS_ANY_SENTENCE.search(p.text) for p in story):  # (else headlines and a
        # byline, all its text: as a body all of links had been stored, a Reddit post's
        # "submitted by /u/x" over its linked headline — review 20)
        story = _read_as_story(story, main, set(), link_boxes, box_ends or {}, whole=True)
    # Hidden prose, where it continues the story: "Read more", a tab, an accordion of the
    # article. It had been dropped, and a story's Wakefield, Huddersfield and Halifax with it
    # (a review); a hidden widget ("modal", "cookie", …) stays out.
    hidden: dict[int, list[_Paragraph]] = {}
    for paragraph in paragraphs:
        if paragraph.hidden >= 0 and widgets.isdisjoint(paragraph.widgets):
            hidden.setdefault(paragraph.hidden, []).append(paragraph)
    prose = {block for block, group in hidden.items() if _reads_as_prose(group)}
    beside = {p.container for p in story}
    chosen = {id(p) for p in story} | {
        id(p) for block in prose for p in hidden[block] if not _link_teaser(p) and (
            whole or (p.article == main >= 0) or (main < 0 and hidden_in[block] in beside))}
    return ([p for p in paragraphs if id(p) in chosen],
            [p for p in paragraphs if (p.hidden < 0 or p.hidden in prose)
             and widgets.isdisjoint(p.widgets)])


def _not_after(paragraphs: list[_Paragraph], main: int) -> list[_Paragraph]:
    """`paragraphs` but those after the main <article>'s end, where it holds more text than
    they do: the page's own after its story, a "Trending" rail or a "Most read" list however
    it is named (audit 22: a Leeds story had been put in Nairobi, Jakarta and Perth by its
    rail's teasers, a storm in Northern Ireland in Chile and Hong Kong by its "Most read").
    What comes before the article stays (a headline, a standfirst or a byline above it), and
    so does what follows an <article> holding less (its header alone, the story after it).
    On the 130 Readability pages: word precision up on 22, recall down on 7 (their writers'
    biographies, "Advertisement", a box of sponsors, teasers)."""
    if main < 0:
        return paragraphs
    last = max(at for at, p in enumerate(paragraphs) if p.article == main)
    own = sum(p.prose for p in paragraphs if p.article == main)
    if own <= sum(p.prose for p in paragraphs[last + 1:]):
        return paragraphs
    return paragraphs[:last + 1]


def _main_article(paragraphs: list[_Paragraph]) -> int:
    """The page's largest <article> (teasers may be <article>s too), -1 for none."""
    sizes: Counter[int] = Counter()
    for paragraph in paragraphs:
        if paragraph.article >= 0:
            sizes[paragraph.article] += paragraph.prose
    return sizes.most_common(1)[0][0] if sizes else -1


def _banners(paragraphs: list[_Paragraph], main: int, consent: set[int] | frozenset[int],
             ) -> set[int]:
    """The consent managers' elements whose text is no story's: all of them but one around
    the main <article>, or around all of a page's text without one (a page's own wrapper,
    whatever its name). `_widgets` keeps an element holding over half of the story's text
    as a wrapper, and on a page without <article> a cookie banner's long notice is that
    (audit 28, item 3: OneTrust's "… companies in Dublin, Amsterdam and Singapore" had put
    them on an Athens story's map)."""
    if not consent:
        return set()
    around: set[int] = set()
    for paragraph in paragraphs:
        if paragraph.article == main >= 0:
            around.update(paragraph.widgets)
    if main < 0 and paragraphs:  # (what holds every paragraph of the page)
        around.update(set.intersection(*(set(p.widgets) for p in paragraphs)))
    return set(consent) - around


def _widgets(paragraphs: list[_Paragraph], main: int, named: str) -> set[int]:
    """The elements `named` (a _Paragraph's field) as widgets whose text is no story's: not
    those around the main article ("layout-with-sidebar"), nor one holding paragraphs that
    make over half of the text of the main article, or of a page without one
    ("post-share-wrapper" around the story): a wrapper, not a widget."""
    held: Counter[int] = Counter()
    count: Counter[int] = Counter()
    around: set[int] = set()
    story = 0
    for paragraph in paragraphs:
        if paragraph.article == main and paragraph.hidden < 0:
            story += paragraph.prose
            held.update({widget: paragraph.prose for widget in getattr(paragraph, named)})
            count.update(getattr(paragraph, named))
        if paragraph.article == main >= 0:
            around.update(w for w in getattr(paragraph, named) if w < main)
    return {widget for paragraph in paragraphs for widget in getattr(paragraph, named)
            if widget not in around and (count[widget] < 2 or held[widget] * 2 <= story)}


def _read_as_story(paragraphs: list[_Paragraph], main: int, labels: set[int],
                   link_boxes: frozenset[int] = frozenset(),
                   box_ends: dict[int, int] | None = None,
                   whole: bool = False) -> list[_Paragraph]:
    """Of the text outside widgets, the story's: paragraph elements but links' (a teaser
    headline, a box of them), and loose text where it is the story's and not in an element
    of `labels` (a byline, a caption). `whole`: a fragment's, whose loose text is the
    story's but a box of links' (a feed's body: its "<div><a>Fire in Hull</a> | <a>Flooding
    in York</a></div>" had been read, and its list of links, which a page's are not — a
    review)."""
    loose: dict[int, list[_Paragraph]] = {}
    marked: dict[int, list[_Paragraph]] = {}
    for paragraph in paragraphs:
        if paragraph.marked:
            marked.setdefault(paragraph.container, []).append(paragraph)
        elif paragraph.article == main and labels.isdisjoint(paragraph.labels):
            loose.setdefault(paragraph.container, []).append(paragraph)
    prose = {container for container, group in loose.items() if _reads_as_prose(group)}
    links = {container for container, group in marked.items() if _mostly_links(group)}
    # A paragraph element is the story's but a teaser's: "<h4><a>Tornado tears through
    # Oklahoma City</a></h4>", and a box of them with its title ("Read more" — a review), and
    # the heading of a box whose text is mostly links at any depth: "<h2>Related topics</h2>"
    # over a <ul> of them had stayed, and without a widget's name "Read more", "Most read"
    # and "Share this:" too (audit 19; not in the main <article> itself, whose links may
    # outweigh a short story's prose). In
    # the article, loose text is a sentence of its own too ("<div>He died.</div>"), not a
    # widget's label ("Full Screen", "Undo") or a byline.
    if whole:  # (a fragment's wrapper is no box of links, nor are its paragraphs: a
        # newsletter's "Top stories" over linked headlines had gone as a box's title)
        links &= link_boxes
    read = [(
        not _link_teaser(p, p.container in links or (
            p.element in _HEADINGS and p.container in link_boxes and p.container != main))
        if p.marked else not _link_teaser(p, p.container in link_boxes) if whole else
        p.container in prose or (
            p.article == main >= 0 and labels.isdisjoint(p.labels) and _ends_sentence(p)
            and not _mostly_links([p]))) for p in paragraphs]
    _read_headings_over_read(paragraphs, read, box_ends or {})
    if whole:
        _read_links_brought_in(paragraphs, read, link_boxes, box_ends or {})
    return [p for p, taken in zip(paragraphs, read, strict=True) if taken]


def _read_links_brought_in(paragraphs: list[_Paragraph], read: list[bool],
                           link_boxes: frozenset[int], box_ends: dict[int, int]) -> None:
    """Of a fragment, the linked items left out as teasers that are its own: a list (or
    paragraphs) of them its prose brings in, by a heading read or a paragraph ending in ":"
    just before them ("Closed schools include:" over linked schools, "Roads closed" over
    linked roads, a digest's "Around Wales today:"), and a lone one outside a box of links
    that begins it, its headline (a WordPress summary's). A feed's body is the story, and
    these had gone with its related links (review 20: Harrogate, Malton, Pontypridd on no
    map). Related links and a table of contents stay out however they are brought in
    ("Related stories", "Read more:", "Contents"), as does a box's own heading, byline or
    loose text (a page's sidebar read as a fragment)."""
    given = list(read)
    for at, first in enumerate(paragraphs):
        if given[at] or (at and not given[at - 1]) or not _item(first):
            continue  # (read, within a run left out, or no list's item)
        end = box_ends.get(first.container, sys.maxsize)
        run = at
        while run < len(paragraphs) and not given[run] and _item(paragraphs[run]) and \
                first.container <= paragraphs[run].container <= end:
            run += 1
        before = paragraphs[at - 1] if at else None
        if before and _brings_in(before) and _RELATED.match(before.text):
            read[at - 1] = False  # (their title: "Related stories", "Read more:")
        elif not _RELATED.match(first.text) and (before and _brings_in(before) or not before
                                                 and run == at + 1
                                                 and first.container not in link_boxes):
            read[at:run] = [True] * (run - at)


def _item(paragraph: _Paragraph) -> bool:
    """A list's item or a paragraph, which a heading or a line ending in ":" may head."""
    return paragraph.marked and paragraph.element not in _HEADINGS and \
        paragraph.element != "h1"


def _brings_in(paragraph: _Paragraph) -> bool:
    """A heading, or a paragraph of two words or more ending in ":" (not a field's name,
    "Rating:", "Fandom:", as Readability's archive-of-our-own labels its lists of tags)."""
    return paragraph.element in _HEADINGS or paragraph.element == "h1" or (
        paragraph.marked and paragraph.text.endswith(":") and " " in paragraph.text)


def _read_headings_over_read(paragraphs: list[_Paragraph], read: list[bool],
                             box_ends: dict[int, int]) -> None:
    """A heading left out as its box's title is the story's where the text that follows it
    in its box, to the next heading, is mostly read, and not as one link:
    "<h2>Results in Sheffield</h2>" over two paragraphs of linked results, read as
    sentences, had been dropped (review 19). A box's title heads links that are not read,
    but for a teaser's date ("Similar articles" over "27 July 2020" on Readability's
    toc-missing) or a question, a link whole ("Most watched" over "What happens to the
    Glastonbury wellies?" on bbc-1)."""
    for at, heading in enumerate(paragraphs):
        if heading.element not in _HEADINGS or read[at] or _mostly_links([heading]):
            continue
        end = box_ends.get(heading.container, sys.maxsize)
        size = taken = 0
        for after in range(at + 1, len(paragraphs)):
            paragraph = paragraphs[after]
            if paragraph.element in _HEADINGS or paragraph.element == "h1" or \
                    not heading.container <= paragraph.container <= end:
                break
            size += len(paragraph.text)
            taken += len(paragraph.text) if read[after] and paragraph.prose else 0
        read[at] = taken * 2 > size


def _link_teaser(paragraph: _Paragraph, in_links: bool = False) -> bool:
    """A paragraph mostly of links, or in a box mostly of links (`in_links`), that is no
    sentence: a teaser's headline ("Read more: Storm batters Cardiff"), a menu's item, the
    box's title. A page's own headline may be a link."""
    return paragraph.element != "h1" and (in_links or _mostly_links([paragraph])) and \
        not _ends_sentence(paragraph)


def _mostly_links(paragraphs: list[_Paragraph]) -> bool:
    return sum(p.prose for p in paragraphs) * 2 < sum(len(p.text) for p in paragraphs)


def _ends_sentence(paragraph: _Paragraph) -> bool:
    return _ENDS_SENTENCE.search(paragraph.text) is not None


# Class and id words of a page's widgets, whose text is no story's (after Readability's
# "unlikely candidates"). A name holding one is a widget's even with a story's word in it,
# which names what the widget holds ("related-posts", "comment-body", "share-post",
# "most-read-articles": a review found their text read as the story); an element with
# another name that is the story's alone ("article-body social-share") is not one. The weak
# words name the story's parts too ("teaser-text" as a lede, "article-author").
_CHROME = re.compile(r"modal|popup|cookie|consent|gdpr|newsletter|subscri|sign-?up|share|"
                     r"social|related|comment(?!ary)|promo|sponsor|advert|(?<![a-z0-9])ads?"
                     r"(?![a-z])|sidebar|menu|breadcrumb|banner|pagination|pager|trending|"
                     r"most-?read|recirc|toolbar|footer|widget", re.IGNORECASE)
_CHROME_WEAK = re.compile(r"teaser|byline|author|caption|credit|gallery", re.IGNORECASE)
_NOT_SHOWN = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_STORY = re.compile(r"article|story|content|main|body|text|entry|post", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*(?:\s|$)")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)]*$")
_ENDS_ANY_SENTENCE = re.compile(r"[.!?…。！？][\"'”’)」』]*$")  # (Chinese, Japanese too)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# The whole of a title of related links, which no prose of the story brings in (the BBC's
# "More on this story", "Also in the news", "You may also like", a "Read more:" line), or of
# contents ("Recommended routes for drivers:" and "Contents of the bag:" bring in the story's).
_RELATED = re.compile(r"(?:related(?: \w+)?|read (?:more|also|next)|more (?:on|from|about) "
                      r"[\w ]{1,30}|more stories|see also|also (?:in|on) [\w ]{1,30}|most "
                      r"(?:read|popular|viewed|watched|shared)|you (?:may|might) also like|"
                      r"recommended(?: for you| stories| articles| reading)?|further reading|"
                      r"(?:table of )?contents|navigation|"
                      # sites' teaser titles (review 20b: a Leeds story had taken Hull's,
                      # Carlisle's and Inverness's teasers as its own)
                      r"trending(?: now| stories)?|latest(?: news| stories| headlines)?|"
                      r"popular(?: this week| now| stories)?|elsewhere(?: on [\w ]{1,30})?|"
                      r"in other news|(?:here are )?(?:some )?other stories[\w ]{0,30}|"
                      r"stories from around [\w ]{1,30}|listen to [\w ]{1,30}|get in touch|"
                      r"follow (?:us|our [\w ]{1,30}))\s*:?$", re.IGNORECASE)


# The consent managers' elements (cookie and privacy banners, their settings dialogs), by the
# ids and classes their scripts give them: OneTrust (onetrust-consent-sdk, onetrust-banner-sdk,
# ot-sdk-container, its older optanon-*), Cookiebot (CybotCookiebotDialog), Didomi
# (didomi-host, didomi-popup), Quantcast (qc-cmp2-container), TrustArc (truste-consent-track,
# truste_box_overlay, teconsent), Usercentrics (usercentrics-root), CookieYes's and GDPR
# Cookie Consent's cookie-law-info-bar, cookieconsent's and Osano's cc-window and cc-banner,
# Sourcepoint (sp_message_container_…), Google's Funding Choices (fc-consent-root), Iubenda,
# Complianz (cmplz-cookiebanner), Borlabs, Klaro, consentmanager.net (cmpbox), Termly,
# CookieHub, and the generic cookie-banner, cookie-notice, cookie-consent ids. A name holding
# one is a banner's whatever else it holds; one around the whole story is still read as a
# page's wrapper (`_banners`).
_CONSENT_MANAGERS = re.compile(
    r"^(?:onetrust|ot-sdk|ot-pc|optanon|cybotcookiebot|cookiebot|didomi|qc-cmp|truste[-_]|"
    r"trustarc|teconsent|usercentrics|uc-banner|cookie-law-info|cli-modal|cc-window|cc-banner|"
    r"cc-revoke|sp_message|fc-consent|iubenda-cs|cmplz-|borlabs-cookie|klaro|cmpbox|"
    r"termly-|cookiehub|cookie-?consent|cookie-?banner|cookie-?notice|cookie-?bar|"
    r"gdpr-?(?:banner|consent|cookie))", re.IGNORECASE)
# A dialog's label or name that tells it is about cookies or consent.
_CONSENT_WORDS = re.compile(r"cookie|consent|gdpr|privacy|cmp(?![a-z])", re.IGNORECASE)


def _consent_box(attrs: dict[str, str]) -> bool:
    """An element of a consent manager (`_CONSENT_MANAGERS`), one whose aria-label names
    cookies ("Cookie banner"), or a dialog (role dialog or alertdialog) named or labelled
    for cookies, consent or privacy."""
    names = f"{attrs.get('id', '')} {attrs.get('class', '')}".split()
    if any(_CONSENT_MANAGERS.match(name) for name in names):
        return True
    label = attrs.get("aria-label", "")
    if re.search(r"cookie", label, re.IGNORECASE):
        return True
    if attrs.get("role", "").strip().lower() in {"dialog", "alertdialog"}:
        told = " ".join([*names, label, attrs.get("aria-labelledby", ""),
                         attrs.get("aria-describedby", "")])
        return _CONSENT_WORDS.search(told) is not None
    return False


def _names(attrs: dict[str, str]) -> str:
    """An element's class and id, but an id of five words or more: a heading's anchor
    ("example-1-amend-a-shared-changeset" is no share widget); and the names sites give
    their components in data attributes (the BBC's <section data-component="most-read">,
    whose teasers had been read as the story — audit 22) and a landmark's role (an
    <aside>'s, "complementary")."""
    given = attrs.get("id", "")
    words = given.count("-") + given.count("_") + 1
    named = [attrs.get("class", ""), given if words < 5 else "",
             *(attrs.get(key, "") for key in _DATA_NAMES),
             _ROLES.get(attrs.get("role", "").strip().lower(), "")]
    return " ".join(name for name in named if name)


_DATA_NAMES = ("data-component", "data-testid", "data-module")
_ROLES = {"complementary": "sidebar", "navigation": "menu", "contentinfo": "footer"}


@lru_cache(maxsize=4096)  # (a page names its elements with a few classes, again and again)
def _naming(names: str) -> tuple[bool, bool]:
    """Whether an element's names call it a widget (see `_CHROME`), and whether a widget or
    a story's part, whose loose text is no story's either."""
    widget = weak = False
    for name in names.split():
        if _CHROME.search(name):
            widget = True
        elif _STORY.search(name):
            return False, False
        elif _CHROME_WEAK.search(name):
            weak = True
    return widget, widget or weak


def _reads_as_prose(paragraphs: list[_Paragraph]) -> bool:
    """Text that holds a sentence of six words or more and is mostly outside links: a
    story's, not a menu's ("Home World Sport") or a list of teasers'."""
    if _mostly_links(paragraphs):
        return False
    return any(len(_WORDS.findall(sentence)) >= 6
               for p in paragraphs for sentence in _SENTENCE_END.split(p.text)[:-1]
               if sentence)


_WORDS = re.compile(r"[^\W\d_]+")


def _small_share(kept: list[_Paragraph], paragraphs: list[_Paragraph]) -> str:
    """What to say when the article read is a small part of the page's text outside links
    (`paragraphs`; "" if it is not): it is stored, but the story may be in markup not read
    as its own."""
    page = sum(p.prose for p in paragraphs)
    read = sum(p.prose for p in kept)
    if page < READ_SHARE_MIN or read >= READ_SHARE_WARNING * page:
        return ""
    read_ids = {id(p) for p in kept}
    hidden = any(p.hidden >= 0 and id(p) not in read_ids for p in paragraphs)
    return (f"only {read / page:.0%} of the page's text outside links was read as the "
            "article (the rest is outside its paragraphs and its <article>"
            f"{', or hidden' if hidden else ''}); check that the story is whole")


def _headline(title: str, social: dict[str, str], first_block: str) -> str:
    """The article's headline, where <title> carries the site's name ("Story | Example
    News"): og:title (or twitter:title), which pages give social media without it; else the
    page's first paragraph when <title> starts with it; else <title> without the name the
    page gives its site. A separator alone proves nothing ("Kyiv - a city under fire"): a
    part is cut only when it is the site's name."""
    sites = [social[p] for p in _SITE_PROPERTIES if p in social]
    names = {site.casefold() for site in sites}
    for given in (social[p] for p in _HEADLINE_PROPERTIES if p in social):
        headline = _without_site(given, sites)
        if headline.casefold() not in names:  # (a home page's og:title: the site's name)
            return headline
    if title and first_block and re.match(re.escape(first_block) + r"\s*(?:$|[|–—:-]\s)",
                                          title):
        return first_block
    return _without_site(title, sites)


def only_a_label(title: str, heading: str) -> bool:
    """Whether a page's title is only its section's and site's names ("Local news | The
    Punjab Times", "Page 3 - Site") over the <h1> that opens its article ("Storm hits
    Lahore"): parts a separator joins, none sharing a word of four letters or more with
    the heading. Such a page had been titled by its section, its headline read as a second
    line and its dateline ("LAHORE, 3 March 2024 — …") as a third, past the lead's two
    sentences: undated (audit 31, item 4). A title worded otherwise ("Storm damages homes in
    Lahore - Dawn" over "Storm hits Lahore, power cut") stays the title."""
    parts = re.split(_SITE_SEPARATORS, title)
    words = {word for word in re.findall(r"\w{4,}", heading.casefold())}
    return len(parts) > 1 and len(heading.split()) > 1 and heading not in parts and \
        not words & set(re.findall(r"\w{4,}", title.casefold()))


def same_headline(heading: str, title: str) -> bool:
    """Whether a page's <h1> is its headline worded for social media another way: its words
    run on in the title, most of them ("Riots in Dakar after vote delay" in og:title's
    "Senegal: riots in Dakar after vote delay"), or most of its letters are the title's.
    Both had been kept, and the card showed the headline three times, its places dated by
    publication twice (audit 30, item 15). An <h1> saying more than the title stays
    ("Storm hits Leeds" under <title>Storm</title>)."""
    from difflib import SequenceMatcher

    one, other = (" ".join(re.findall(r"\w+", text.casefold())) for text in (heading, title))
    if not one or not other:
        return False
    inside = f" {one} " in f" {other} " and \
        len(one.split()) >= SAME_HEADLINE_SHARE * len(other.split())
    return inside or SequenceMatcher(None, one, other).ratio() >= SAME_HEADLINE_SHARE


# How much of a title's words or letters an <h1> has for the two to be one (`same_headline`).
SAME_HEADLINE_SHARE = 0.8


def _without_site(headline: str, sites: list[str]) -> str:
    """"Story | Example News" → "Story" when the page names its site "Example News"."""
    for site in sites:
        name = re.escape(site)
        cut = re.sub(f"(?i)^{name}{_SITE_SEPARATORS}|{_SITE_SEPARATORS}{name}$", "", headline)
        if cut != headline and cut.strip():
            return cut.strip()
    return headline


def _htmldate(html: str) -> str | None:
    """htmldate's guess from markup only (no body-text search, no URL), if installed."""
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        return find_date(html, original_date=True, extensive_search=False,
                         outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 — a library failure must not lose the article
        return None
