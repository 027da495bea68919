"""Name, postcode and phone: each answer goes to the API, which normalises it or names the problem."""

from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, save_answers


def _store(field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    try:
        draft = save_answers(tracker, **{field: value})
    except ApiUnavailable:
        dispatcher.utter_message(response="utter_technical_problem")
        return {field: None}
    if field in draft.get("problems", {}):
        dispatcher.utter_message(response=f"utter_invalid_{field}")
        return {field: None}
    return {field: draft.get("values", {}).get(field, value)}


class ValidateDetailsForm(FormValidationAction):
    def name(self) -> str:
        return "validate_details_form"

    def validate_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _store("name", value, dispatcher, tracker)

    def validate_postcode(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _store("postcode", value, dispatcher, tracker)

    def validate_phone(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _store("phone", value, dispatcher, tracker)
