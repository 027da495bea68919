"""Round 12's R12004 met "Do you want me to delete everything?" with "Thank you, you have been most
helpful." three times, and heard only "You're welcome." three times: a dead end. Round 21's R21003 was
asked it again with each thanks, three times: a dead end too. Thanks there is no yes: nothing is deleted
and the questions go on. And a first message the model took for "delete my data" ("my breast care
nurse gave me your details") is the way in unless its words ask to delete. Run in the bot env, where
the actions' SDK is."""

from __future__ import annotations

from tests.helpers import code_in_bot_env

THANKS = """
import asyncio, json
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from actions.start import ActionYouAreWelcome

def said(slots):
    tracker = Tracker("s", slots, {"text": "thank you"}, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionYouAreWelcome().run(dispatcher, tracker, {"responses": {}}))
    return [m["response"] for m in dispatcher.messages], events

print(json.dumps({
    "pending": said({"delete_pending": True, "referral_state": "in_progress"}),
    "not_pending": said({"delete_pending": False, "referral_state": "in_progress"}),
}))
"""


def test_thanks_at_the_delete_question_keeps_everything_and_carries_on() -> None:
    said = code_in_bot_env(THANKS)
    responses, events = said["pending"]
    assert responses == ["utter_you_are_welcome", "utter_kept"]
    assert {"event": "slot", "timestamp": None, "name": "delete_pending", "value": False} in events
    assert any(e.get("name") == "referral_form" for e in events if e["event"] == "followup")
    assert said["not_pending"][0] == ["utter_you_are_welcome"]


ASK = """
import asyncio, json
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
import actions.privacy as privacy
import actions.start as start

heard = []

async def api(method, path, body):
    heard.append(path)
    if path == "/internal/intents/said":
        return {"said": "delete" in body["text"].lower()}
    raise start.ApiNotFound(path)  # no referral yet: the way in is the start

privacy.call = start.call = api

def asked(text):
    tracker = Tracker("s", {}, {"text": text, "intent": {"name": "delete_my_data"}}, [], False, None, {},
                      "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(privacy.ActionAskDelete().run(dispatcher, tracker, {"responses": {}}))
    return [m["response"] for m in dispatcher.messages], [e.get("name") for e in events]

print(json.dumps({
    "greeting": asked("Hello, I had a mastectomy and my breast care nurse gave me your details."),
    "delete": asked("please delete my details"),
    "heard": heard,
}))
"""


def test_a_first_message_that_does_not_ask_to_delete_is_the_way_in() -> None:
    said = code_in_bot_env(ASK)
    assert said["greeting"][0] == ["utter_welcome"]
    assert "referral_state" in said["greeting"][1] and "delete_pending" not in said["greeting"][1]
    assert said["delete"] == [["utter_ask_delete"], ["delete_pending"]]
    assert said["heard"].count("/internal/intents/said") == 2
