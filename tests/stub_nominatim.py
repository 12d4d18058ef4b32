"""A Nominatim look-alike on 127.0.0.1 for tests: records every request, answers from a table,
and can misbehave on demand (500, 429 + Retry-After, slow, malformed JSON, silence, a reply
trickled byte by byte, JSON of the wrong shape, a connection closed mid-reply).

`script` lists the modes of the next requests, one each; after it runs out, `mode` applies."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self
from urllib.parse import parse_qs, urlparse


class StubNominatim:
    def __init__(self, places: dict[str, tuple[float, float]] | None = None) -> None:
        self.places = {k.lower(): v for k, v in (places or {}).items()}
        self.requests: list[dict] = []
        self.request_times: list[float] = []
        # ok | error500 | ratelimit | slow | malformed | silent | trickle | wrongshape | cutoff
        self.mode = "ok"
        self.script: list[str] = []
        self.retry_after = 3
        self.delay = 0.0
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                query = parse_qs(urlparse(self.path).query)
                stub.requests.append({k: v[0] for k, v in query.items()})
                stub.request_times.append(time.monotonic())
                stub.respond(self, query.get("q", [""])[0])

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    def respond(self, handler: BaseHTTPRequestHandler, q: str) -> None:
        mode = self.script.pop(0) if self.script else self.mode
        if mode == "silent":
            time.sleep(5)
            return
        if mode == "slow":
            time.sleep(self.delay)
        if mode == "trickle":  # each byte within the socket timeout, the whole reply far beyond
            body = json.dumps([{"lat": "1", "lon": "1", "display_name": q}]).encode()
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.flush()
            try:
                for byte in body:
                    handler.wfile.write(bytes([byte]))
                    handler.wfile.flush()
                    time.sleep(self.delay or 0.3)
            except OSError:
                pass
            return
        if mode == "cutoff":  # promise 1000 bytes, send 10, hang up
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", "1000")
            handler.end_headers()
            handler.wfile.write(b'[{"lat": "')
            handler.wfile.flush()
            handler.close_connection = True
            return
        if mode == "error500":
            handler.send_response(500)
            handler.end_headers()
            return
        if mode == "ratelimit":
            handler.send_response(429)
            handler.send_header("Retry-After", str(self.retry_after))
            handler.end_headers()
            return
        if mode == "malformed":
            body = b"{this is not json"
        elif mode == "wrongshape":
            body = json.dumps([{"lat": "north", "lon": None, "display_name": q}]).encode()
        else:
            hit = self.places.get(q.lower())
            results = [] if hit is None else [{
                "lat": str(hit[0]), "lon": str(hit[1]), "display_name": q,
                "osm_type": "node", "osm_id": abs(hash(q)) % 10**8, "addresstype": "village",
            }]
            body = json.dumps(results).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
