"""The Rasa-side plumbing (bot/runtime), checked inside the bot env, where Rasa is."""

from __future__ import annotations

import json
import subprocess

import pytest

from frontdoor.settings import PROJECT_ROOT
from frontdoor.stack.bot import bot_env, bot_python

pytestmark = pytest.mark.skipif(not bot_python().exists(), reason="the bot env (.venv-bot) is not built")


def in_bot_env(module: str) -> dict:
    result = subprocess.run(
        [str(bot_python()), "-m", module],
        cwd=PROJECT_ROOT,
        env=bot_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_validator_built_once_rejects_exactly_what_rasas_own_check_rejects() -> None:
    found = in_bot_env("tests.bot_env.action_validation")
    assert found["installed"] and found["cached"]
    rejected = {name for name, outcome in found["rasa"].items() if "message" in outcome}
    assert set(found["rasa"]) - rejected == {"empty", "form turn"}
    assert len(rejected) >= 15
    for name, outcome in found["rasa"].items():
        assert found["built_once"][name] == outcome, name
    assert all(
        "Failed to validate Action server response" in o["message"]
        for o in (found["built_once"][name] for name in rejected)
    )


def test_the_tracker_store_writes_and_reads_what_rasas_own_does_with_wal_on_sqlite() -> None:
    found = in_bot_env("tests.bot_env.tracker_store")
    rasa, ours = found["rasa"], found["ours"]
    assert (rasa["class"], ours["class"]) == ("SQLTrackerStore", "SQLStore")
    assert ours["rows"] == rasa["rows"] and len(ours["rows"]) == 25
    assert ours["current_session"] == rasa["current_session"]
    assert len(ours["current_session"]["events"]) == 12  # the second session only
    assert ours["all_sessions"] == rasa["all_sessions"]
    assert ours["slots"] == rasa["slots"] and ours["slots"]["intake_questions"] == ["age", "has_diagnosis"]
    assert ours["missing"] and rasa["missing"]
    assert (rasa["journal_mode"], ours["journal_mode"]) == ("delete", "wal")
