"""The Rasa-side plumbing (bot/runtime), checked inside the bot env, where Rasa is."""

from __future__ import annotations

import pytest

from frontdoor.stack.bot import bot_python
from tests.helpers import in_bot_env

pytestmark = pytest.mark.skipif(not bot_python().exists(), reason="the bot env (.venv-bot) is not built")


def test_the_validator_built_once_rejects_exactly_what_rasas_own_check_rejects() -> None:
    found = in_bot_env("tests.bot_env.action_validation")
    assert found["installed"] and found["cached"]
    rejected = {name for name, outcome in found["rasa"].items() if "message" in outcome}
    assert set(found["rasa"]) - rejected == {"empty", "form turn"}
    # The replies Rasa accepts are accepted event by event, without the full check; no other is.
    assert {name for name, plainly in found["fast"].items() if plainly} == {"empty", "form turn"}
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


def test_the_action_server_gets_only_the_events_the_actions_read_and_reads_the_same() -> None:
    found = in_bot_env("tests.bot_env.action_payload")
    assert found["installed"] and found["same_keys"] and found["same_apart_from_events"]
    every, sent = found["events"]
    assert sent < every / 3
    assert found["ours"] == found["rasa"]
    assert found["rasa"]["asked_again"]["postcode"] and found["rasa"]["told_why"]["postcode"]
    assert found["rasa"]["answered_before"]["postcode"]
    assert found["rasa"]["opening"] == "hi, my dad has cancer"
    assert found["rasa"]["previous"] == "answer 18"  # the message before the one being read


def test_a_static_form_starts_without_asking_its_validator_what_it_would_not_say() -> None:
    found = in_bot_env("tests.bot_env.form_validation")
    assert found["installed"]
    # Rasa 3.6 calls a form's validator twice as the form starts, with nothing to validate.
    assert found["rasa"]["booking_form"]["calls"] == ["validate_booking_form"] * 2
    assert found["ours"]["booking_form"]["calls"] == []
    assert found["ours"]["consent_form"]["calls"] == []
    # The referral form's validator chooses the questions, so it is still asked.
    assert found["ours"]["referral_form"]["calls"] == ["validate_referral_form"] * 2
    for form in ("booking_form", "consent_form", "referral_form"):
        assert found["ours"][form]["events"] == found["rasa"][form]["events"], form
    started = found["ours"]["booking_form"]["events"]
    assert {"event": "slot", "name": "requested_slot", "value": "meeting_type"} in started
    assert any(e.get("metadata", {}).get("utter_action") == "utter_ask_meeting_type" for e in started)
    # What was skipped is what those validators answer to such a call: nothing.
    for form in found["static"]:
        assert not found["chooses_or_extracts"][form], form
        assert found["sdk_reply"][form] == {"events": [], "messages": []}, form
    assert found["chooses_or_extracts"]["referral_form"]


def test_rasas_calls_arrive_with_the_same_json_written_by_orjson() -> None:
    found = in_bot_env("tests.bot_env.json_body")
    assert found["installed"]
    assert found["ours"] == found["rasa"]
    assert len(found["ours"]) == 5
    assert {call["type"] for call in found["ours"]} == {"application/json"}
    assert found["ours"][1]["body"]["text"].startswith("dziękuję, ça va ☺")
    assert found["ours"][2]["body"] == {"1": "one", "2": "two"}
    assert all(call["answer"] == {"events": []} for call in found["ours"])


def test_applied_events_carried_on_are_rasas_own_at_every_step_of_a_growing_conversation() -> None:
    found = in_bot_env("tests.bot_env.applied_events")
    assert found["installed"]
    # Forms run, rejected and left, turns reverted, restarts and copies, over 300 conversations.
    assert found["steps"] > 10_000 and found["differ"] == 0


def test_a_kept_conversation_is_used_only_while_the_store_holds_exactly_its_events() -> None:
    found = in_bot_env("tests.bot_env.kept_trackers")
    # The next turn reads nothing back but a count; it is the very tracker the last turn saved.
    assert found["next_turn"] == {"read_in_full": False, "same_as_rasas": True, "events": 7}
    assert found["same_object"]
    # Another Rasa process took a turn: read back in full, then kept again.
    assert found["after_another_process"] == {"read_in_full": True, "same_as_rasas": True, "events": 10}
    assert found["then_kept_again"]["read_in_full"] is False and found["then_kept_again"]["same_as_rasas"]
    # A turn that failed before it was saved leaves nothing of itself behind.
    assert found["after_an_unsaved_turn"] == {"read_in_full": True, "same_as_rasas": True, "events": 10}
    new_session = found["after_a_new_session_elsewhere"]
    assert new_session == {"read_in_full": True, "same_as_rasas": True, "events": 2}
    assert found["after_erasure"]["events"] is None and found["after_erasure"]["same_as_rasas"]
    # A turn is two statements, each its own transaction: the count that checks the kept conversation,
    # and one INSERT of the turn's new events (no BEGIN, COMMIT or second count around them).
    assert found["statements_a_turn"] == ["SELECT", "INSERT"]
    assert found["then_as_rasas"] == {"read_in_full": False, "same_as_rasas": True, "events": 7}
    kept, most = found["kept_at_most"]
    assert kept == most
