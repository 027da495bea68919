"""A stand-in for Rasa's REST channel (a real HTTP server on loopback) for SMS tests that are about the
channel, not the conversation: it echoes each message and records the order it received them in.

It can also be slow (``delay`` seconds before answering, as Rasa is when it or its action server is
overloaded), answer with fixed ``replies`` (``[]`` is what Rasa gives when the action server fails
mid-turn), and run ``on_message`` for each message before answering (what the action server would
do meanwhile, such as recording a safety flag)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class FakeRasa:
    received: list[dict] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None
    delay: float = 0.0
    replies: list[dict] | None = None
    on_message: Callable[[dict], None] | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> FakeRasa:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                return

            def do_POST(self) -> None:
                payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.received.append(payload)
                if fake.on_message is not None:
                    fake.on_message(payload)
                time.sleep(fake.delay)
                echo = [{"recipient_id": payload["sender"], "text": f"you said: {payload['message']}"}]
                body = json.dumps(echo if fake.replies is None else fake.replies)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body.encode())

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
