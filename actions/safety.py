"""The safety reply: help first, in the same turn, whatever the conversation was doing.

The API records the flag and returns the reviewed wording for that kind and the person's site. If the
API cannot be reached, the person still gets help: the reply is read from the same content file.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.api_client import ApiUnavailable, call, channel_of
from frontdoor.safety.detector import default_vocabulary_path
from frontdoor.safety.wording import offline_reply

logger = logging.getLogger(__name__)


class ActionSafetyReply(Action):
    def name(self) -> str:
        return "action_safety_reply"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        found = tracker.latest_message.get("safety") or {}
        kind = found.get("kind") or "general"
        try:
            result = call(
                "POST",
                "/internal/safety/flags",
                {
                    "conversation_id": tracker.sender_id,
                    "channel": channel_of(tracker),
                    "kind": kind,
                    "excerpt": found.get("excerpt"),
                    "source": "patterns" if found else "intent",
                },
            )
            reply = result["reply"]
        except ApiUnavailable:
            logger.warning("safety flag not recorded: API unavailable")
            reply = offline_reply(default_vocabulary_path(), kind)
        dispatcher.utter_message(text=reply)
        return []
