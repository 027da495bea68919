"""Rasa's check of every action server reply, with the JSON schema validator built once.

Rasa 3.6's ``RemoteAction._validate_action_result`` calls ``jsonschema.validate(result, schema)`` on
every reply. That function checks the schema itself against its metaschema and builds a new validator
each time (about 14 ms a reply on a 2-core machine, most of Rasa's time in a form turn) before it
checks the reply (about 1 ms). The schema never changes: it is ``RemoteAction.action_response_format_spec()``.

``install()`` makes Rasa check replies with one validator, built (and its schema checked) once, in
the same way as ``jsonschema.validate``: the validator class it would choose for that schema, the most
relevant error (``best_match``), Rasa's own explanation appended to it, raised as the same
``jsonschema.ValidationError``. A reply is first checked event by event against the schema of the
kind each names (the full schema's "one of" tries every kind for every event); only a reply that
fails there goes through the full check, for its error. Nothing else in Rasa changes. It installs
only on the Rasa version it was written against; on any other it leaves Rasa as it is and says so.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

from bot.runtime import rasa_version

EXPLANATION = (
    ". Failed to validate Action server response from API, "
    "make sure your response from the Action endpoint is valid. "
    "For more information about the format visit "
    f"{DOCS_BASE_URL}/custom-actions"
)


@lru_cache(maxsize=1)
def response_validator() -> Validator:
    """The validator for Rasa's action response schema, its schema checked once."""
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@lru_cache(maxsize=1)
def event_validators() -> tuple[Validator, dict[str, Validator]]:
    """The reply without its events, and one validator per kind of event. The schema's events are one
    of a schema per kind, told apart by the kind's name (``event: {const: ...}``): trying every kind for
    every event is most of the check, and only the kind named can match."""
    schema = RemoteAction.action_response_format_spec()
    items = schema["properties"]["events"]["items"]
    base = {key: value for key, value in items.items() if key != "oneOf"}
    cls = validator_for(schema)
    outside = {**schema, "properties": {**schema["properties"], "events": {"type": "array"}}}
    kinds = {sub["properties"]["event"]["const"]: cls({**base, "allOf": [sub]}) for sub in items["oneOf"]}
    return cls(outside), kinds


def _plainly_valid(result: Any) -> bool:
    """A reply every part of which its own kind accepts: valid by the full schema too (each event can
    match only its kind's schema). Anything else goes to the full check, for its error."""
    outside, kinds = event_validators()
    if not outside.is_valid(result) or not isinstance(result, dict):
        return False
    for event in result.get("events") or []:
        kind = kinds.get(event.get("event")) if isinstance(event, dict) else None
        if kind is None or not kind.is_valid(event):
            return False
    return True


def validate_action_result(_action: RemoteAction, result: dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` with the validator built once: True for a valid reply,
    else the same ``ValidationError`` (message included) that Rasa's own check raises."""
    if _plainly_valid(result):
        return True
    error: ValidationError | None = best_match(response_validator().iter_errors(result))
    if error is not None:
        error.message += EXPLANATION
        raise error
    return True


def install() -> bool:
    """Make Rasa check action server replies with the validator built once. True when installed."""
    # RemoteAction._validate_action_result as read in Rasa 3.6.21
    if not rasa_version.is_known(otherwise="action replies are checked by Rasa's own code"):
        return False
    response_validator()
    event_validators()
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
    return True
