"""Run in the bot env: each action server reply checked by Rasa's own code and then by the validator
built once; prints, for each, what each check did (accepted, or the error's message, path and rule)."""

from __future__ import annotations

import json
from typing import Any

from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot.runtime import action_validation

REPLIES: dict[str, Any] = {
    "empty": {},
    "form turn": {
        "events": [
            {"event": "slot", "timestamp": None, "name": "postcode", "value": "DD1 4HN"},
            {"event": "slot", "name": "intake_questions", "value": ["age", "has_diagnosis"]},
            {"event": "slot", "name": "requested_slot", "value": "age"},
            {"event": "active_loop", "name": "referral_form"},
            {"event": "action_execution_rejected", "name": "referral_form"},
            {"event": "bot", "text": "How old are you?", "metadata": {"utter_action": "utter_ask_age"}},
            {"event": "user", "text": "67", "parse_data": {"intent": {"name": "inform", "confidence": 0.9}}},
            {"event": "followup", "name": "action_listen"},
        ],
        "responses": [{"text": "Thank you.", "buttons": [], "response": None}],
    },
    "not an object": ["events"],
    "nothing at all": None,
    "events not a list": {"events": {"event": "slot"}},
    "event without its kind": {"events": [{"name": "postcode", "value": "DD1 4HN"}]},
    "unknown kind of event": {"events": [{"event": "teleport"}]},
    "slot without a name": {"events": [{"event": "slot", "value": "x"}]},
    "slot without a value": {"events": [{"event": "slot", "name": "age"}]},
    "slot name not text": {"events": [{"event": "slot", "name": 7, "value": 1}]},
    "timestamp as words": {"events": [{"event": "bot", "timestamp": "yesterday"}]},
    "metadata a list": {"events": [{"event": "bot", "metadata": ["a"]}]},
    "kind not text": {"events": [{"event": 5}]},
    "intent name a number": {"events": [{"event": "user", "parse_data": {"intent": {"name": 5}}}]},
    "entity without a value": {
        "events": [{"event": "user", "parse_data": {"entities": [{"entity": "place", "start": 0}]}}]
    },
    "entities added not a list": {"events": [{"event": "entities", "entities": "x"}]},
    "responses not a list": {"responses": {"text": "hi"}},
    "a response that is text": {"responses": ["hi"]},
    "second event bad": {
        "events": [{"event": "slot", "name": "a", "value": 1}, {"event": "slot", "name": "b"}]
    },
}


def outcome(check: Any, reply: Any) -> dict[str, Any]:
    try:
        return {"accepted": check(reply)}
    except ValidationError as error:
        return {
            "message": error.message,
            "path": list(error.absolute_path),
            "rule": error.validator,
            "schema_path": list(error.absolute_schema_path),
        }


def main() -> None:
    action = RemoteAction("validate_referral_form", None)
    rasa_own = {name: outcome(action._validate_action_result, reply) for name, reply in REPLIES.items()}
    installed = action_validation.install()
    built_once = {name: outcome(action._validate_action_result, reply) for name, reply in REPLIES.items()}
    cached = action_validation.response_validator() is action_validation.response_validator()
    fast = {name: action_validation._plainly_valid(reply) for name, reply in REPLIES.items()}
    print(
        json.dumps(
            {
                "installed": installed,
                "cached": cached,
                "rasa": rasa_own,
                "built_once": built_once,
                "fast": fast,
            }
        )
    )


if __name__ == "__main__":
    main()
