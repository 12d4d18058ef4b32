"""Ingest: upload articles (.txt, .html, .jsonl, .zip) or read a folder on this machine.
New places appear on the map at once; what could not be read is listed with the reason."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from app_common import get_store, refresh
from placeline.config import PROXY_HEADERS, folder_ingest_allowed
from placeline.ingest import (
    MAX_BYTES,
    UPLOAD,
    UPLOAD_MAX,
    count_documents,
    count_documents_in,
    iter_paths,
    read_bytes,
    read_paths,
)
from placeline.pipeline import Pipeline
from placeline.present import counted, escape_markdown

st.set_page_config(page_title="placeline — ingest", page_icon="📥", layout="wide")
store = get_store()
st.title("Ingest articles")
st.write("Plain text files take their first line as the title. JSONL takes one article per "
         'line with a "text" field (and optional "title", "date", "url"). ZIP archives may hold '
         "any of these. The same text twice is stored once; an edited text from a file "
         "(uploaded or read, by its name), JSONL id or URL already read replaces the article "
         "it was, unless it is the older version. Limits: "
         f"{MAX_BYTES // 2**20} MB an article (a .txt or .html file, a JSONL line, a file in "
         f"a zip) and {UPLOAD_MAX // 2**20} MB an uploaded file; a JSONL file read from a "
         "folder may be of any size (it is read a line at a time).")

uploads = st.file_uploader("Upload files", type=["txt", "html", "htm", "jsonl", "zip"],
                           accept_multiple_files=True, key="uploads")
# A folder is read with the server's rights, for whoever reaches this page: only where the
# page is on the server's own machine, unless PLACELINE_FOLDER_INGEST says otherwise.
address = st.get_option("server.address")
proxied = any(st.context.headers.get(name) for name in PROXY_HEADERS)
if folder_ingest_allowed(address, proxied):
    folder = st.text_input("…or read a folder on this machine", key="folder",
                           placeholder="/path/to/articles")
else:
    folder = ""
    where = "is behind a proxy" if proxied else \
        f"listens on {escape_markdown(address or 'every network interface')}"
    st.info(f"Reading a folder on the server is off here: the dashboard {where}, so anyone "
            "who reaches it could read the server's files. Upload the files above, run `python -m "
            "placeline ingest FOLDER` on the server, or set `PLACELINE_FOLDER_INGEST=1` to "
            "allow it.", icon=":material/lock:")
online = st.toggle("Ask the online geocoder for names the offline gazetteer lacks", key="online",
                   help="Nominatim, at most one request per second; needs internet.")

if st.button("Ingest", type="primary", disabled=not (uploads or folder.strip())):
    # The bar counts documents, not files: one JSONL file may hold thousands (its lines are
    # counted first, which takes a moment per 100 MB).
    if uploads:
        total = sum(count_documents(upload.getvalue(), upload.name) for upload in uploads)
        documents = (doc for upload in uploads
                     for doc in read_bytes(upload.getvalue(), f"{UPLOAD}{upload.name}"))
    else:
        path = Path(folder.strip()).expanduser()
        total = sum(count_documents_in(item) if isinstance(item, Path) else 1
                    for item in iter_paths([path]))  # unreadable entries count, not raise
        documents = read_paths([path])
    bar = st.progress(0.0, text="Starting…")

    def progress(number: int, source: str) -> None:
        # The text renders Markdown, and file names (zip members' too) are anyone's choice:
        # "[click me](http://…)" would be a link, "![x](http://…)" a request for an image.
        # (A blank JSONL line is counted in the total: the count may stop short of it.)
        bar.progress(min(number / max(total, number), 1.0),
                     text=f"{number} of {max(total, number)} documents read · "
                          f"{escape_markdown(Path(source).name)}")

    from placeline.geocode import cached_answers, online_geocoder

    # (offline, names an earlier online run placed keep their places: the cache answers)
    geocoder = online_geocoder(store) if online else cached_answers(store)
    from placeline.geoparse import Geoparser
    from placeline.pipeline import load_corrections

    pipeline = Pipeline(store, Geoparser(geocoder=geocoder, corrections=load_corrections(store)))
    report = pipeline.ingest(documents, progress=progress)
    bar.progress(1.0, text="Done")
    refresh()
    updated = f"{len(report.updated)} updated · " if report.updated else ""
    st.success(f"{len(report.added)} added · {updated}{len(report.duplicates)} already stored · "
               f"{len(report.failed)} skipped · {len(report.warnings)} with warnings · "
               f"{report.seconds:.1f} s")
    if report.added or report.updated:
        st.page_link("dashboard.py", label="See them on the map", icon=":material/map:")
    if report.updated:
        st.subheader("Updated: a new version replaced the stored article")
        st.dataframe(pd.DataFrame({"file": [source for source, _ in report.updated],
                                   "article": [f"{a}: {(store.article(a) or {}).get('title', '')}"
                                               for _, a in report.updated]}),
                     hide_index=True, width="stretch")
    if report.failed:
        st.subheader("Skipped")
        st.dataframe(pd.DataFrame({"file": [e.source for e in report.failed],
                                   "reason": [e.reason for e in report.failed]}),
                     hide_index=True, width="stretch")
    if report.warnings:
        st.subheader("Stored, with a warning")
        lines = report.warning_lines()  # (a feed's rows with one warning: one line)
        st.dataframe(pd.DataFrame({"file": [e.source for e in lines],
                                   "warning": [e.reason for e in lines]}),
                     hide_index=True, width="stretch")
    if report.duplicates:
        with st.expander(f"Already stored ({len(report.duplicates)})"):
            st.dataframe(pd.DataFrame({"file": report.duplicates}), hide_index=True,
                         width="stretch")  # file names are data: a table shows them as text

counts = store.counts()
st.caption(f"The store holds {counted(counts['articles'], 'article')}, "
           f"{counted(counts['events'], 'event')} and {counted(counts['places'], 'place')}.")
