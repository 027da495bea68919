"""Which answers are second tries: the action server tells the API (``retry``), and a question is
never asked a third time. Run in the bot env, where the actions' SDK is."""

from __future__ import annotations

from tests.helpers import code_in_bot_env

CODE = """
import json
from rasa_sdk import Tracker
from actions.turns import just_asked_again, just_told_why

def after(said):
    events = [
        {"event": "user", "text": "the lassie at the chippy"},
        {"event": "bot", "text": "...", "metadata": {"utter_action": said}},
        {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_ask_referral_source"}},
        {"event": "user", "text": "the lassie at the chippy"},
    ]
    return Tracker("s", {}, {}, events, False, None, None, "action_listen")

said = [
    "utter_off_topic",
    "utter_invalid_referral_source",
    "utter_invalid_referral_source_again",
    "utter_why_referral_source",
    "utter_why_general",
    "utter_explain_referral_source",
    "utter_invalid_referral_source_not_a_source",
    "utter_why_referral_source_more",
]
print(json.dumps({
    "again": {s: just_asked_again(after(s), "referral_source") for s in said},
    "told_why": [s for s in said if just_told_why(after(s), "referral_source")],
    "told_fully": [s for s in said if just_told_why(after(s), "referral_source", fully=True)],
}))
"""

READ_BACK = """
import json
from rasa_sdk import Tracker
from actions.turns import just_asked_again

def after(said):
    events = [
        {"event": "user", "text": "hmm"},
        {"event": "bot", "text": "...", "metadata": {"utter_action": said}},
        {"event": "user", "text": "hmm"},
    ]
    return Tracker("s", {}, {}, events, False, None, None, "action_listen")

said = ["utter_invalid_review_confirm", "utter_invalid_review_confirm_again"]
print(json.dumps([just_asked_again(after(s), "review_confirm") for s in said]))
"""


def test_after_a_no_at_the_read_back_an_unclear_answer_is_a_first_try() -> None:
    """Unclear twice running sends it for a link worker to check; after a "no", never."""
    assert code_in_bot_env(READ_BACK) == [False, True]


def test_an_answer_after_i_can_only_help_with_is_a_second_try() -> None:
    """Blind person R5025's "a pal told me" was taken as off the subject three times running: after
    "Sorry, I can only help with...", the same question's next answer is a second try (read as the
    answer, or the question left), as after "Sorry, I didn't follow". "Why?" answered is not one."""
    read = code_in_bot_env(CODE)
    assert read["told_why"] == [
        "utter_why_referral_source",
        "utter_why_general",
        "utter_why_referral_source_more",
    ]  # sent as told_why
    assert read["told_fully"] == ["utter_why_referral_source_more"]
    assert read["again"] == {
        "utter_off_topic": True,
        "utter_invalid_referral_source": True,
        "utter_invalid_referral_source_again": True,  # the plainer hint: the next is a second try too
        "utter_why_referral_source": False,
        "utter_why_general": False,
        "utter_explain_referral_source": True,  # explained when asked: the next answer is a second try
        # a hint for one problem ("that sounds like their age") is a hint too: never three in a row
        "utter_invalid_referral_source_not_a_source": True,
        "utter_why_referral_source_more": False,
    }


OPENING = """
import json
from rasa_sdk import Tracker
from actions.turns import opening

def said(*texts):
    events = [{"event": "user", "text": t} for t in texts]
    return Tracker("s", {}, {}, events, False, None, None, "action_listen")

print(json.dumps([opening(said("my dad has cancer, I look after him", "yes", "me")), opening(said("me"))]))
"""


def test_the_role_question_is_sent_the_first_message_to_read_me_beside() -> None:
    assert code_in_bot_env(OPENING) == ["my dad has cancer, I look after him", None]


ANSWERED_BEFORE = """
import json
from rasa_sdk import Tracker
from actions.turns import answered_before

def asked(*slots):
    events = []
    for slot in slots:
        events += [
            {"event": "slot", "name": "requested_slot", "value": slot},
            {"event": "bot", "text": "...", "metadata": {}},
            {"event": "user", "text": "mornings"},
        ]
    return Tracker("s", {}, {}, events, False, None, None, "action_listen")

print(json.dumps([
    answered_before(asked("meeting_type", "meeting_slot"), "meeting_slot"),
    answered_before(asked("meeting_type", "meeting_slot", "meeting_slot"), "meeting_slot"),
]))
"""


def test_the_same_times_offered_again_make_the_next_answer_a_second_try() -> None:
    """Blind person R7040 was shown "These are the earliest times that suit." three times running: no
    hint is said there, so a second answer to the same question is what makes it a second try."""
    assert code_in_bot_env(ANSWERED_BEFORE) == [False, True]
