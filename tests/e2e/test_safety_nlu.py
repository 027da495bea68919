"""The safety net as the running assistant applies it: detector and trained intent together."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.unit.test_safety_detection import MAX_FALSE_ALARMS, MUST_FIRE, MUST_NOT

# Parsing a message reads no database: the default SQLite stack is enough.
pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("stack", ["sqlite"], indirect=True)]


def parse(stack, text: str) -> dict:
    response = httpx.post(
        f"{stack.settings.rasa_url}/model/parse",
        params={"token": stack.settings.rasa_token},
        json={"text": text},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def test_the_assistant_raises_every_must_fire_message_and_few_look_alikes(stack) -> None:
    misses = [text for _, text in MUST_FIRE if parse(stack, text)["intent"]["name"] != "safety_alert"]
    assert not misses, misses
    alarms = [text for text in MUST_NOT if parse(stack, text)["intent"]["name"] == "safety_alert"]
    out = Path(__file__).parents[2] / "test-artifacts" / "safety_assistant.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "must_fire": len(MUST_FIRE),
                "missed": len(misses),
                "look_alikes": len(MUST_NOT),
                "false_alarms": alarms,
            }
        )
    )
    assert len(alarms) <= MAX_FALSE_ALARMS, alarms


def test_the_parse_says_what_was_found(stack) -> None:
    found = parse(stack, "my temp is 38.4 and I'm on chemo")["safety"]
    assert found["kind"] == "treatment_side_effect"
    assert "38.4" in found["excerpt"]
