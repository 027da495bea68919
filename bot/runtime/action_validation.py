"""Rasa's check of every action server reply, with the JSON schema validator built once.

Rasa 3.6's ``RemoteAction._validate_action_result`` calls ``jsonschema.validate(result, schema)`` on
every reply. That function checks the schema itself against its metaschema and builds a new validator
each time (about 14 ms a reply on a 2-core machine, most of Rasa's time in a form turn) before it
checks the reply (about 1 ms). The schema never changes: it is ``RemoteAction.action_response_format_spec()``.

``install()`` makes Rasa check replies with one validator, built (and its schema checked) once, in
the same way as ``jsonschema.validate``: the validator class it would choose for that schema, the most
relevant error (``best_match``), Rasa's own explanation appended to it, raised as the same
``jsonschema.ValidationError``. Nothing else in Rasa changes. It installs only on the Rasa version it
was written against; on any other it leaves Rasa as it is and says so.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

import rasa
from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

logger = logging.getLogger(__name__)
RASA_VERSIONS = ("3.6.",)  # RemoteAction._validate_action_result as read in Rasa 3.6.21
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


def validate_action_result(_action: RemoteAction, result: dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` with the validator built once: True for a valid reply,
    else the same ``ValidationError`` (message included) that Rasa's own check raises."""
    error: ValidationError | None = best_match(response_validator().iter_errors(result))
    if error is not None:
        error.message += EXPLANATION
        raise error
    return True


def install() -> bool:
    """Make Rasa check action server replies with the validator built once. True when installed."""
    if not rasa.__version__.startswith(RASA_VERSIONS):
        logger.warning(
            "Rasa %s is not one this check was written for (%s): action replies are checked by "
            "Rasa's own code",
            rasa.__version__,
            ", ".join(RASA_VERSIONS),
        )
        return False
    response_validator()
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
    return True
