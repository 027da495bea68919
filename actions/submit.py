"""Telling the person their referral is with the link workers, and what happens next.

Usually the answer that left nothing to ask sent the referral in the same call to the API, and the
referral form's validator tells them (``tell_sent``) in that turn. ``action_submit_referral`` is the
way in for a form that ended without it: it sends the referral itself, then tells them the same.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call, channel_of
from actions.booking import booking_events, start_booking

CHECK_FIRST = {"lives_in_area": "utter_submitted_area_check"}


async def tell_sent(
    dispatcher: CollectingDispatcher, tracker: Tracker, sent: dict[str, Any]
) -> list[EventType]:
    """What sending said (reference, site, or why the service cannot help), and on to booking the
    first appointment when the site takes bookings."""
    if sent["status"] == "ineligible":
        dispatcher.utter_message(
            response="utter_ineligible",
            reasons=" ".join(sent["ineligible_reasons"]),
            other_help="; ".join(sent["other_help"]),
        )
    else:
        # Eligibility still open (a postcode on the area's edge): why no time is offered yet.
        check = sent.get("check_first")
        dispatcher.utter_message(
            response=CHECK_FIRST.get(check, "utter_submitted_details_check") if check else "utter_submitted",
            referral_reference=sent["reference"],
            site_name=sent["site_name"] or "your local service",
            target_days=sent["target_days"] or 10,
        )
        if channel_of(tracker) == "web":
            await _local_help(dispatcher, tracker, sent)
    reference = SlotSet("referral_reference", sent["reference"])
    done = [reference, SlotSet("referral_state", "sent")]
    if sent["status"] != "new":
        return done
    try:
        started = sent.get("booking") or await start_booking(tracker)
    except ApiUnavailable:
        return done
    return [reference, *booking_events(started)] if started["can_book"] else done


class ActionSubmitReferral(Action):
    def name(self) -> str:
        return "action_submit_referral"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            sent = await call("POST", "/internal/referrals/submit", {"conversation_id": tracker.sender_id})
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        return await tell_sent(dispatcher, tracker, sent)


async def _local_help(dispatcher: CollectingDispatcher, tracker: Tracker, sent: dict[str, Any]) -> None:
    """On the web, local help for their worries as links now, if they said yes to it (by text, the
    worker sends it). It comes with the answer that sent the referral; sent another way, it is asked
    for. Nothing is lost if the API cannot say: the referral is already sent."""
    if "local_help" in sent:
        text = sent["local_help"]
    else:
        try:
            asked = {"conversation_id": tracker.sender_id}
            shown = await call("POST", "/internal/aftercare/signposts", asked)
        except ApiUnavailable:
            return
        text = shown.get("text")
    if text:
        dispatcher.utter_message(text=text)
