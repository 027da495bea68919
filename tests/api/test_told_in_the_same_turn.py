"""The turn that sends the referral, and the privacy question's answer, each end their form with one
call to the action server (issue #15): the validator that read the answer also says what it led to and
sets where the referral stands, so no other action is called.

The API's real answer to the last question (from the app, in this env) is handed to the real validator
(in the bot env) as its one API call returned it."""

from __future__ import annotations

import json

import pytest

from tests.api.test_sent_with_the_last_answer import _answer, _up_to_the_read_back
from tests.helpers import code_in_bot_env

REFERRAL = """
import asyncio, json
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
import actions.referral as referral

ANSWER = json.loads({answer!r})
calls = []

async def api(method, path, body):
    calls.append(path)
    return ANSWER

referral.call = api
said = "yes send it"
slots = {{"review_confirm": said, "requested_slot": "review_confirm", "referral_state": "in_progress"}}
events = [{{"event": "slot", "name": "review_confirm", "value": "yes send it"}}]
tracker = Tracker("s", slots, {{"text": "yes send it", "intent": {{"name": "affirm", "confidence": 0.9}}}},
                  events, False, None, {{"name": "referral_form"}}, "action_listen")
dispatcher = CollectingDispatcher()
domain = {{"responses": {{}}, "forms": {{"referral_form": {{"required_slots": ["review_confirm"]}}}},
          "slots": {{"review_confirm": {{}}}}}}
validator = referral.ValidateReferralForm()
out = asyncio.run(validator._validate("review_confirm", said, dispatcher, tracker, domain))
print(json.dumps({{"calls": calls, "said": [m.get("response") or m.get("text") for m in dispatcher.messages],
                  "slots": {{e["name"]: e["value"] for e in out if e["event"] == "slot"}}}}))
"""


@pytest.mark.parametrize("channel", ["web", "sms"])
def test_the_yes_that_sends_it_says_so_and_opens_booking_in_the_same_validation(client, channel: str) -> None:
    conversation = f"told-{channel}"
    _up_to_the_read_back(client, conversation, channel)
    answer = _answer(client, conversation, channel, "review_confirm", "yes send it")
    found = code_in_bot_env(REFERRAL.format(answer=json.dumps(answer)))
    assert found["calls"] == ["/internal/referrals/answer"]  # one API call, nothing else asked
    assert found["said"][0] == "utter_submitted"
    assert (len(found["said"]) == 2) is (channel == "web")  # local help as links, on the web only
    slots = found["slots"]
    assert slots["review_confirm"] == "yes send it"
    assert slots["referral_reference"] == answer["submitted"]["reference"]
    assert slots["referral_state"] == "booking" and "Phone call" in slots["meeting_menu"]
    assert slots["meeting_type"] is None and "submission" not in slots


def test_sent_with_the_postcode_to_check_says_why_no_time_is_offered_yet(client) -> None:
    """Blind people R26013, R26016 and R26032 live on a site's boundary (E2, TS28, SR8): their referral
    went to the team to check, and no time was offered, with nothing said of why."""
    _up_to_the_read_back(client, "edge", "sms", postcode="SR8 2RR")
    answer = _answer(client, "edge", "sms", "review_confirm", "yes send it")
    sent = answer["submitted"]
    assert sent["check_first"] == "lives_in_area" and not sent["booking"]["can_book"]
    found = code_in_bot_env(REFERRAL.format(answer=json.dumps(answer)))
    assert found["said"] == ["utter_submitted_area_check"]
    assert found["slots"]["referral_state"] == "sent" and "meeting_menu" not in found["slots"]


CONSENT = """
import asyncio, json
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.events import SlotSet
from actions.consent import ValidateConsentForm

def decided(events):
    dispatcher = CollectingDispatcher()
    out = ValidateConsentForm._decided(events, dispatcher)
    said = [m["response"] for m in dispatcher.messages]
    return {"said": said, "slots": [[e["name"], e["value"]] for e in out]}

print(json.dumps({
    "yes": decided([SlotSet("consent_share", True), SlotSet("intake_questions", ["referrer_role"])]),
    "no": decided([SlotSet("consent_share", False)]),
    "again": decided([SlotSet("consent_share", None)]),
}))
"""


def test_the_privacy_answer_ends_the_form_with_where_the_referral_stands() -> None:
    found = code_in_bot_env(CONSENT)
    assert found["yes"]["said"] == []
    assert found["yes"]["slots"][-1] == ["referral_state", "in_progress"]
    assert ["consent_share", True] in found["yes"]["slots"]
    # A no: nothing kept, they hear another way in, and the form ends rather than asking again.
    assert found["no"]["said"] == ["utter_no_consent"]
    ended = [["consent_share", None], ["referral_state", "declined"], ["requested_slot", None]]
    assert found["no"]["slots"] == ended
    assert found["again"] == {"said": [], "slots": [["consent_share", None]]}
