"""What the API keeps beside the questions (the plan, who is spoken to, the read-back) is set only when
it changes (issue #15): set again unchanged on every turn, it was a third of a conversation's events,
each stored, read back and walked by Rasa on every later turn. Answers are always set."""

from __future__ import annotations

import pytest

from frontdoor.stack.bot import bot_python
from tests.helpers import code_in_bot_env

pytestmark = pytest.mark.skipif(not bot_python().exists(), reason="the bot env (.venv-bot) is not built")

CODE = """
import json
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from actions.referral import only_changes

slots = {"intake_questions": ["age", "has_diagnosis"], "speaking_to": "self", "deciding": None,
         "age": "67", "review_summary": "Name: Ann."}
tracker = Tracker("s", slots, {}, [], False, None, {"name": "referral_form"}, "action_listen")
events = [
    SlotSet("intake_questions", ["age", "has_diagnosis"]),  # the same plan
    SlotSet("speaking_to", "carer"),  # changed
    SlotSet("deciding", None),  # the same
    SlotSet("review_summary", "Name: Bob."),  # changed ...
    SlotSet("review_summary", "Name: Ann."),  # ... and back again in the same reply: kept
    SlotSet("age", "67"),  # an answer, set whatever it was
]
print(json.dumps([[e["name"], e["value"]] for e in only_changes(tracker, events)]))
"""


def test_only_what_changed_beside_the_questions_is_set_and_answers_always_are() -> None:
    kept = code_in_bot_env(CODE)
    assert kept == [
        ["speaking_to", "carer"],
        ["review_summary", "Name: Bob."],
        ["review_summary", "Name: Ann."],
        ["age", "67"],
    ]
