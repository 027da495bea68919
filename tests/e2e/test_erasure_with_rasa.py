"""Erasure against the real Rasa tracker store: after `frontdoor erase`, Rasa itself no longer has
anything the person said."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.e2e.conversation import converse, record_for, staff_headers, texts, user_turns

pytestmark = pytest.mark.e2e


def test_erase_removes_the_rasa_transcript(stack, sender) -> None:
    converse(
        stack,
        sender,
        [("hello", "privacy"), ("yes", "who is this support for"), ("1", "postcode"), ("SW1A 2AA", "right?")],
    )
    reply = texts(stack.say(sender, "yes"))
    assert "SW1A 2AA" in user_turns(stack.settings, sender)
    staff_headers(stack, f"dpo-{sender}@example.org", "--role", "admin")
    assert "for where you live" in reply  # outside every area: the record is kept as ineligible
    reference = record_for(stack, sender)["reference"]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "frontdoor.cli",
            "erase",
            "--reference",
            reference,
            "--admin",
            f"dpo-{sender}@example.org",
        ],
        env={**stack.env},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert user_turns(stack.settings, sender) == []
