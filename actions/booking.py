"""Booking the first appointment, and changing or cancelling it: every rule is in the API's booking module."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiNotFound, ApiUnavailable, call
from actions.turns import answered_before, just_asked_again, just_told_why

QUESTIONS = ("meeting_type", "meeting_when", "meeting_slot")
DONE = "-"  # fills the remaining questions when there is nothing (more) to book


async def start_booking(tracker: Tracker) -> dict[str, Any]:
    return await call("POST", "/internal/booking/start", {"conversation_id": tracker.sender_id})


def booking_events(started: dict[str, Any]) -> list[EventType]:
    """Open the booking questions afresh, with the ways of meeting this person's site offers."""
    return [
        SlotSet("referral_state", "booking"),
        SlotSet("meeting_menu", started["menu"]),
        SlotSet("booked", None),
        *(SlotSet(q, None) for q in QUESTIONS),
    ]


class ValidateBookingForm(FormValidationAction):
    def name(self) -> str:
        return "validate_booking_form"

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events: list[EventType] = []
        for field, text in tracker.slots_to_validate().items():
            if field in QUESTIONS and text is not None and text != DONE:
                events += await self._validate(field, str(text), dispatcher, tracker)
        return events

    async def _validate(
        self, field: str, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        intent = tracker.latest_message.get("intent") or {}
        body = {
            "conversation_id": tracker.sender_id,
            "field": field,
            "text": text,
            "meeting_type": tracker.get_slot("meeting_type"),
            "meeting_when": tracker.get_slot("meeting_when"),
            "intent": intent.get("name"),
            "confidence": intent.get("confidence") or 0.0,
            "retry": just_asked_again(tracker, field) or answered_before(tracker, field),
            "told_why": just_told_why(tracker, field),
        }
        try:
            result = await call("PUT", "/internal/booking/answer", body)
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return [SlotSet(field, None)]
        if result.get("interrupt"):  # not an answer: Rasa's rule for that intent takes the turn
            return [SlotSet(field, None), ActionExecutionRejected("booking_form")]
        problem = result["problem"]
        if result.get("note") and problem != "later":
            dispatcher.utter_message(text=result["note"])
        # A new way of meeting said while answering when ("could it be on the phone instead?").
        switched = [SlotSet("meeting_type", result["meeting_type"])] if result.get("meeting_type") else []
        if problem == "meeting_changed":
            return [*switched, SlotSet(field, None)]
        finish = [SlotSet(q, DONE) for q in QUESTIONS if q != field]
        if problem == "later":  # then what was asked for, kept for the link worker who will arrange it
            dispatcher.utter_message(response="utter_book_later")
            if result.get("note"):
                dispatcher.utter_message(text=result["note"])
            return [SlotSet(field, text), *finish]
        if problem == "no_slots":
            dispatcher.utter_message(response="utter_no_slots", site_phone=result.get("site_phone"))
            return [SlotSet(field, text), *finish]
        if problem == "taken":
            dispatcher.utter_message(response="utter_slot_taken")
        if problem in ("taken", "more_offered"):
            return [*switched, SlotSet("meeting_menu", result["menu"]), SlotSet(field, None)]
        if not result["accepted"]:
            dispatcher.utter_message(response=f"utter_invalid_{field}")
            return [SlotSet(field, None)]
        events: list[EventType] = [SlotSet(field, text), *switched]
        if result.get("meeting_when"):  # times offered with the way of meeting: "when suits?" is not asked
            events.append(SlotSet("meeting_when", result["meeting_when"]))
        if result.get("menu"):
            events.append(SlotSet("meeting_menu", result["menu"]))
        if result.get("booked"):
            events.append(SlotSet("booked", result["booked"]))
        return events


class ActionBookingDone(Action):
    """Read the booking back: when, how, who, how we will reach them, and a calendar file on the web."""

    def name(self) -> str:
        return "action_booking_done"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        booked = tracker.get_slot("booked")
        if booked:
            dispatcher.utter_message(
                response="utter_booked",
                booked_when=booked["when"],
                booked_how=booked["how"],
                booked_worker=booked["link_worker"],
                booked_contact=booked["contact"],
                referral_reference=booked["reference"],
            )
            if booked.get("calendar_url"):
                dispatcher.utter_message(response="utter_calendar_link", calendar_url=booked["calendar_url"])
        return [SlotSet("referral_state", "sent")]


class ActionChangeAppointment(Action):
    """ "Change my appointment" (or "book"): offer times again; the new booking replaces the old one."""

    def name(self) -> str:
        return "action_change_appointment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            started = await start_booking(tracker)
        except ApiNotFound:
            started = {"can_book": False}
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        if not started["can_book"]:
            dispatcher.utter_message(response="utter_nothing_booked")
            return [SlotSet("referral_state", "sent")]
        return booking_events(started)


class ActionCancelAppointment(Action):
    def name(self) -> str:
        return "action_cancel_appointment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            result = await call("POST", "/internal/booking/cancel", {"conversation_id": tracker.sender_id})
        except ApiNotFound:
            result = {"accepted": False}
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        if result["accepted"]:
            dispatcher.utter_message(response="utter_cancelled", cancelled_when=result["current"])
        else:
            dispatcher.utter_message(response="utter_nothing_booked")
        return [SlotSet("referral_state", "sent")]
