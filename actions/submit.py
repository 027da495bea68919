"""Submitting the referral to the link worker queue and telling the person what happens next."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call, channel_of
from actions.booking import booking_events, start_booking


class ActionSubmitReferral(Action):
    def name(self) -> str:
        return "action_submit_referral"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        # Usually sent already, by the answer that left nothing to ask (one API call for the turn).
        result = tracker.get_slot("submission")
        try:
            result = result or await call(
                "POST", "/internal/referrals/submit", {"conversation_id": tracker.sender_id}
            )
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        if result["status"] == "ineligible":
            dispatcher.utter_message(
                response="utter_ineligible",
                reasons=" ".join(result["ineligible_reasons"]),
                other_help="; ".join(result["other_help"]),
            )
        else:
            dispatcher.utter_message(
                response="utter_submitted",
                referral_reference=result["reference"],
                site_name=result["site_name"] or "your local service",
                target_days=result["target_days"] or 10,
            )
            if channel_of(tracker) == "web":
                await _local_help(dispatcher, tracker, result)
        reference = SlotSet("referral_reference", result["reference"])
        sent = [reference, SlotSet("referral_state", "sent"), SlotSet("submission", None)]
        if result["status"] != "new":
            return sent
        try:
            started = result.get("booking") or await start_booking(tracker)
        except ApiUnavailable:
            return sent
        booking = [reference, SlotSet("submission", None), *booking_events(started)]
        return booking if started["can_book"] else sent


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
