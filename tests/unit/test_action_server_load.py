"""Under load the action server must not close a connection Rasa is still waiting on: Rasa then drops
the action's events and the person's answer is lost ("Cannot write to closing transport", 21 of 100
conversations at once on PostgreSQL, when Sanic closed connections it had not read yet after its 5 s
keep-alive timeout). The action server as the stack starts it waits at every stage of a connection at
least as long as Rasa waits on an action, and runs in more than one process (checked in the bot env,
where both are)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from frontdoor.settings import Settings
from frontdoor.stack.bot import bot_python
from frontdoor.stack.processes import services

pytestmark = pytest.mark.skipif(not bot_python().exists(), reason="the bot env (.venv-bot) is not built")

BOTH_SIDES = """
import json
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa_sdk.endpoint import create_app
from rasa_sdk.utils import number_of_sanic_workers

config = create_app(None).config
print(json.dumps({"rasa": DEFAULT_REQUEST_TIMEOUT, "action_server": {
    stage: config[f"{stage}_TIMEOUT"] for stage in ("KEEP_ALIVE", "REQUEST", "RESPONSE")},
    "workers": number_of_sanic_workers()}))
"""


def _action_server_sees(tmp_path: Path) -> dict:
    """What the action server, started as the stack starts it, is configured with."""
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'x.db'}",
        rasa_url="http://127.0.0.1:15599",
        action_server_url="http://127.0.0.1:15598",
    )
    action_server = next(
        s for s in services(settings, tmp_path / "model.tar.gz", tmp_path) if s.name == "action server"
    )
    result = subprocess.run(
        [str(bot_python()), "-c", BOTH_SIDES],
        env=action_server.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_action_server_waits_on_a_connection_as_long_as_rasa_waits_on_an_action(tmp_path: Path) -> None:
    waits = _action_server_sees(tmp_path)
    assert waits["rasa"] >= 60
    assert all(float(wait) >= waits["rasa"] for wait in waits["action_server"].values()), waits


def test_one_action_waiting_on_the_api_does_not_hold_up_every_other(tmp_path: Path) -> None:
    assert _action_server_sees(tmp_path)["workers"] >= 2
