"""Hello, or hello again: a new person starts at the beginning, an unfinished referral carries on,
and someone who has already sent theirs is told where it is rather than starting a duplicate."""

from __future__ import annotations

import os
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiNotFound, ApiUnavailable, call


class ActionStart(Action):
    def name(self) -> str:
        return "action_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            plan = await call("POST", "/internal/referrals/plan", {"conversation_id": tracker.sender_id})
        except ApiNotFound:
            plan = None
        except ApiUnavailable:
            dispatcher.utter_message(response="utter_technical_problem")
            return []
        if plan is None:
            dispatcher.utter_message(response="utter_welcome")
            privacy = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/") + "/privacy"
            return [SlotSet("referral_state", "new"), SlotSet("privacy_url", privacy)]
        if plan["status"] == "in_progress":
            dispatcher.utter_message(response="utter_welcome_back")
            return [SlotSet("referral_state", "in_progress")]
        if plan["status"] == "ineligible":
            dispatcher.utter_message(response="utter_not_eligible_again")
        else:
            dispatcher.utter_message(response="utter_already_sent", referral_reference=plan["reference"])
        return [SlotSet("referral_state", "sent")]


QUESTIONS_OF = {"new": "consent_form", "in_progress": "referral_form"}
"""The form that asks the questions of a referral in each state."""


class ActionCarryOn(Action):
    """What Rasa does with a message no rule or story expects (its ``action_default_fallback``): never
    "Sorry, I didn't follow" again and again, but the way on from where the person is. A question being
    asked is asked again; a pending "delete everything?" is not a yes, so nothing is deleted; otherwise
    it is hello: the start, where they left off, or where their referral is."""

    def name(self) -> str:
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if tracker.get_slot("delete_pending"):
            return kept_and_resumed(dispatcher, tracker)
        return await carry_on(dispatcher, tracker, domain)


class ActionYouAreWelcome(Action):
    """ "Thanks": you're welcome; and when nothing has started yet (the first message was met with a
    safety question, say), the way in as well, so "right, thank you" is never answered only with
    "You're welcome." again and again."""

    def name(self) -> str:
        return "action_you_are_welcome"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return await said_then_the_way_in("utter_you_are_welcome", dispatcher, tracker, domain)


class ActionOffTopic(Action):
    """Off the subject: what this can help with; and when nothing has started yet (the first message
    was met with a safety question, say), the way in as well, never that line alone again and again."""

    def name(self) -> str:
        return "action_off_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return await said_then_the_way_in("utter_off_topic", dispatcher, tracker, domain)


async def said_then_the_way_in(
    response: str, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> list[dict[str, Any]]:
    """``response``; and when nothing has started yet, the way in as well (see ``carry_on``). With the
    delete question open, "thank you" to "Do you want me to delete everything?" is no yes: nothing is
    deleted and the questions go on (asked again, the same thanks came back three times, a dead end)."""
    dispatcher.utter_message(response=response)
    if tracker.get_slot("delete_pending"):
        return kept_and_resumed(dispatcher, tracker)
    if tracker.get_slot("referral_state") or tracker.active_loop_name:
        return []
    return await carry_on(dispatcher, tracker, domain)


async def carry_on(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> list[dict[str, Any]]:
    """The question being asked, again; or, with none, what hello gives: the start (and the privacy
    question), where they left off, or where their referral is."""
    form = (tracker.active_loop or {}).get("name")
    if form:
        return [FollowupAction(form)]
    events = await ActionStart().run(dispatcher, tracker, domain)
    state = next((e["value"] for e in events if e.get("name") == "referral_state"), None)
    follow = QUESTIONS_OF.get(state or "")
    return [*events, FollowupAction(follow)] if follow else events


def kept_and_resumed(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    """Anything but a yes to "delete everything?": nothing is deleted, and the questions go on."""
    dispatcher.utter_message(response="utter_kept")
    return [SlotSet("delete_pending", False), *_resume(tracker)]


def _resume(tracker: Tracker) -> list[dict[str, Any]]:
    """Back into the questions they were part way through: the privacy question, or the referral's."""
    form = QUESTIONS_OF.get(tracker.get_slot("referral_state") or "")
    return [FollowupAction(form)] if form else []
