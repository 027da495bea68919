"""Round 12's R12004 met "Do you want me to delete everything?" with "Thank you, you have been most
helpful." three times, and heard only "You're welcome." three times: a dead end. Thanks there is no
answer, so the question comes again with it. Run in the bot env, where the actions' SDK is."""

from __future__ import annotations

from tests.helpers import code_in_bot_env

CODE = """
import asyncio, json
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from actions.start import ActionYouAreWelcome

def said(slots):
    tracker = Tracker("s", slots, {"text": "thank you"}, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionYouAreWelcome().run(dispatcher, tracker, {"responses": {}}))
    return [m["response"] for m in dispatcher.messages]

print(json.dumps({
    "pending": said({"delete_pending": True, "referral_state": "in_progress"}),
    "not_pending": said({"delete_pending": False, "referral_state": "in_progress"}),
}))
"""


def test_thanks_at_the_delete_question_asks_it_again() -> None:
    said = code_in_bot_env(CODE)
    assert said["pending"] == ["utter_you_are_welcome", "utter_ask_delete"]
    assert said["not_pending"] == ["utter_you_are_welcome"]
