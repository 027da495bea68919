"""A local fake of Twilio's REST API (Messages resource), a real HTTP server on loopback.

The twilio library is pointed at it (TWILIO_API_BASE) and does everything it does against Twilio:
basic auth with the account SID and auth token, a form-encoded body, JSON back. It records what it
received, and can be told to fail the next requests.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

PATH = re.compile(r"^/2010-04-01/Accounts/(AC[0-9a-f]{32})/Messages\.json$")


@dataclass
class FakeTwilio:
    account_sid: str = "AC" + "0" * 32
    auth_token: str = "test-auth-token"
    received: list[dict[str, str]] = field(default_factory=list)
    fail_next: list[int] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> FakeTwilio:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                return

            def _reply(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                match = PATH.match(self.path)
                expected = (
                    "Basic " + base64.b64encode(f"{fake.account_sid}:{fake.auth_token}".encode()).decode()
                )
                if not match or match.group(1) != fake.account_sid:
                    return self._reply(404, {"code": 20404, "message": "not found", "status": 404})
                if self.headers.get("Authorization") != expected:
                    return self._reply(401, {"code": 20003, "message": "Authenticate", "status": 401})
                form = {
                    k: v[0]
                    for k, v in parse_qs(
                        self.rfile.read(int(self.headers["Content-Length"])).decode()
                    ).items()
                }
                if fake.fail_next:
                    status = fake.fail_next.pop(0)
                    return self._reply(
                        status,
                        {"code": 21211 if status == 400 else 20500, "message": "fail", "status": status},
                    )
                if (
                    "To" not in form
                    or "Body" not in form
                    or not ("From" in form or "MessagingServiceSid" in form)
                ):
                    return self._reply(400, {"code": 21604, "message": "missing parameter", "status": 400})
                sid = "SM" + uuid.uuid4().hex
                fake.received.append(form | {"Sid": sid})
                self._reply(
                    201,
                    {
                        "sid": sid,
                        "account_sid": fake.account_sid,
                        "to": form["To"],
                        "from": form.get("From"),
                        "body": form["Body"],
                        "status": "queued",
                        "num_segments": "1",
                        "direction": "outbound-api",
                        "api_version": "2010-04-01",
                        "uri": f"/2010-04-01/Accounts/{fake.account_sid}/Messages/{sid}.json",
                    },
                )

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
