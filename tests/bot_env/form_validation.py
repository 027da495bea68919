"""Run in the bot env: each form started as Rasa starts it, with Rasa's own validate_slots and with the
one installed; which validation calls each made and what the form did. Then the validators of the
static forms, as the action server runs them, given what Rasa would have sent. Prints JSON."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from rasa.core.actions.action import RemoteAction
from rasa.core.actions.forms import FormAction
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.booking import ValidateBookingForm
from actions.consent import ValidateConsentForm
from actions.referral import ValidateReferralForm
from bot.runtime import form_validation

VALIDATORS: dict[str, type[FormValidationAction]] = {
    "booking_form": ValidateBookingForm,
    "consent_form": ValidateConsentForm,
    "referral_form": ValidateReferralForm,
}
calls: list[str] = []


async def recorded_run(self: RemoteAction, *args: Any, **kwargs: Any) -> list[Any]:
    calls.append(self.name())
    return []


def before_the_form(domain: Domain) -> DialogueStateTracker:
    """The turn a form starts in: the person answered something else, then the form is predicted."""
    tracker = DialogueStateTracker("someone", domain.slots)
    tracker.update(SessionStarted())
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("yes", {"name": "affirm", "confidence": 0.97}))
    tracker.update(SlotSet("intake_questions", ["referrer_role", "postcode"]))
    return tracker


async def start(form: str, domain: Domain) -> dict[str, Any]:
    calls.clear()
    action = FormAction(form, None)
    events = await action.run(
        CollectingOutputChannel(),
        TemplatedNaturalLanguageGenerator(domain.responses),
        before_the_form(domain),
        domain,
    )
    return {"calls": list(calls), "events": [_without_time(event.as_dict()) for event in events]}


def _without_time(event: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in event.items() if key != "timestamp"}


async def sdk_reply(form: str, domain: Domain) -> dict[str, Any]:
    """What the form's validator answers to the call Rasa would have made when the form starts."""
    tracker = FormAction(form, None)._temporary_tracker(before_the_form(domain), [], domain)
    dispatcher = CollectingDispatcher()
    events = await VALIDATORS[form]().run(
        dispatcher, Tracker.from_dict(tracker.current_state(EventVerbosity.ALL)), domain.as_dict()
    )
    return {"events": events, "messages": dispatcher.messages}


def chooses_or_extracts(validator: type[FormValidationAction]) -> bool:
    own = validator.required_slots is not FormValidationAction.required_slots
    return own or any(name.startswith("extract_") for name in dir(validator))


async def main() -> None:
    domain = Domain.load("bot/domain")
    RemoteAction.run = recorded_run  # type: ignore[method-assign]
    rasa_own = {form: await start(form, domain) for form in VALIDATORS}
    installed = form_validation.install()
    ours = {form: await start(form, domain) for form in VALIDATORS}
    print(
        json.dumps(
            {
                "installed": installed,
                "rasa": rasa_own,
                "ours": ours,
                "static": sorted(form_validation.STATIC_FORMS),
                "chooses_or_extracts": {form: chooses_or_extracts(v) for form, v in VALIDATORS.items()},
                "sdk_reply": {form: await sdk_reply(form, domain) for form in form_validation.STATIC_FORMS},
            },
            default=str,
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
