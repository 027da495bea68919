"""Run in the bot env: what the safety policy predicts in each state, whether it wins over the rule
policy's own prediction of an active form, and what the safety flagger makes of messages, with a stub
detector standing for each kind of assessment. Prints one JSON object."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
from rasa.core.policies.policy import PolicyPrediction, confidence_scores_for
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import safety as safety_actions
from actions.api_client import ApiUnavailable
from actions.safety import ActionSafetyAnswer, ActionSafetyReply
from bot.components.safety_flagger import DEFAULTS, SafetyFlagger
from bot.policies.safety_question import SafetyQuestionPolicy
from frontdoor.safety.detector import Assessment, Detection

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load(ROOT / "bot" / "domain")
LISTEN = ActionExecuted("action_listen")


def said(intent: str, text: str = "words") -> UserUttered:
    return UserUttered(text, intent={"name": intent, "confidence": 1.0})


def possibly(kind: str, text: str = "words") -> UserUttered:
    safety = {"level": "possible", "kind": kind, "kinds": [kind], "rule": "learned"}
    return UserUttered(
        text, intent={"name": "safety_alert", "confidence": 1.0}, parse_data={"safety": safety}
    )


def clearly(kind: str, text: str) -> UserUttered:
    safety = {"level": "clear", "kind": kind, "kinds": [kind], "rule": "pattern"}
    return UserUttered(
        text, intent={"name": "safety_alert", "confidence": 1.0}, parse_data={"safety": safety}
    )


MUDDLED = "She's getting forgetful and gets muddled with her tablets. She can't manage the stairs."


def in_form(form: str, *events: Event) -> list[Event]:
    return [ActionExecuted(form), ActiveLoop(form), SlotSet("requested_slot", "postcode"), *events]


PENDING = SlotSet("safety_question", "suicide_or_self_harm")
CLEARED = SlotSet("safety_question", None)

STATES: dict[str, list[Event]] = {
    "risk in the referral form": in_form("referral_form", LISTEN, said("safety_alert")),
    "risk while booking": in_form("booking_form", LISTEN, said("safety_alert")),
    "risk outside any form": [LISTEN, said("safety_alert")],
    "help given in the referral form": in_form(
        "referral_form", LISTEN, said("safety_alert"), ActionExecuted("action_safety_reply")
    ),
    "question asked in the consent form": in_form(
        "consent_form", LISTEN, said("safety_alert"), ActionExecuted("action_safety_reply"), PENDING
    ),
    "answer in the consent form": in_form(
        "consent_form",
        LISTEN,
        said("safety_alert"),
        ActionExecuted("action_safety_reply"),
        PENDING,
        LISTEN,
        said("affirm", "yes"),
    ),
    "answer outside any form": [PENDING, LISTEN, said("deny", "no")],
    "answer that is itself a risk": [PENDING, LISTEN, said("safety_alert")],
    "answered no in the booking form": in_form(
        "booking_form", PENDING, LISTEN, said("deny", "no"), ActionExecuted("action_safety_answer"), CLEARED
    ),
    "answered no outside any form": [
        PENDING,
        LISTEN,
        said("deny", "no"),
        ActionExecuted("action_safety_answer"),
        CLEARED,
    ],
    "asked again": [PENDING, LISTEN, said("inform", "eh"), ActionExecuted("action_safety_answer"), PENDING],
    "an ordinary answer in the form": in_form("referral_form", LISTEN, said("inform", "DD1 4HN")),
    "after the form asked": in_form(
        "referral_form", LISTEN, said("safety_alert"), ActionExecuted("referral_form")
    ),
    "restart while a question is pending": [PENDING, LISTEN, said("restart", "/restart")],
    "possible risk of a kind asked about": in_form(
        "referral_form",
        SlotSet("safety_asked_kinds", ["treatment_side_effect"]),
        LISTEN,
        possibly("treatment_side_effect", "on chemo, 3rd lot of 6"),
    ),
    "possible risk of another kind": in_form(
        "referral_form",
        SlotSet("safety_asked_kinds", ["treatment_side_effect"]),
        LISTEN,
        possibly("suicide_or_self_harm"),
    ),
    "possible risk of a kind asked about, outside any form": [
        SlotSet("safety_asked_kinds", ["treatment_side_effect"]),
        LISTEN,
        possibly("treatment_side_effect"),
    ],
    "passed to the form": in_form(
        "referral_form",
        SlotSet("safety_asked_kinds", ["treatment_side_effect"]),
        LISTEN,
        possibly("treatment_side_effect"),
        ActionExecuted("action_safety_pass"),
    ),
    "clear risk of a kind asked about": in_form(
        "referral_form", SlotSet("safety_asked_kinds", ["suicide_or_self_harm"]), LISTEN, said("safety_alert")
    ),
    "clear risk said again after its help": in_form(
        "referral_form",
        LISTEN,
        clearly("treatment_side_effect", MUDDLED),
        ActionExecuted("action_safety_reply"),
        ActionExecuted("referral_form"),
        LISTEN,
        clearly("treatment_side_effect", MUDDLED.lower().replace("forgetful", "forgetful,")),
    ),
    "new clear words of a kind helped before": in_form(
        "referral_form",
        LISTEN,
        clearly("suicide_or_self_harm", "some days I think about ending it"),
        ActionExecuted("action_safety_reply"),
        ActionExecuted("referral_form"),
        LISTEN,
        clearly("suicide_or_self_harm", "I've taken all my tablets"),
    ),
    "the same words raising another kind": in_form(
        "referral_form",
        LISTEN,
        clearly("treatment_side_effect", MUDDLED),
        ActionExecuted("action_safety_reply"),
        ActionExecuted("referral_form"),
        LISTEN,
        clearly("medical_emergency", MUDDLED),
    ),
}


def predictions(tmp: Path) -> dict[str, Any]:
    policy = SafetyQuestionPolicy.create(
        SafetyQuestionPolicy.get_default_config(),
        LocalModelStorage(tmp),
        Resource("safety_question"),
        ExecutionContext(GraphSchema({})),
    )
    out: dict[str, Any] = {"priority": policy.priority}
    for name, events in STATES.items():
        tracker = DialogueStateTracker.from_events("s", events, slots=DOMAIN.slots)
        prediction = policy.predict_action_probabilities(tracker, DOMAIN)
        best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
        confident = prediction.probabilities[best] > 0
        out[name] = DOMAIN.action_names_or_texts[best] if confident else None
        if name == "risk in the referral form":
            rule = PolicyPrediction(
                confidence_scores_for("referral_form", 1.0, DOMAIN),
                "RulePolicy",
                6,
                is_no_user_prediction=True,
            )
            chosen = DefaultPolicyPredictionEnsemble._pick_best_policy([rule, prediction])
            out["ensemble picks"] = chosen.policy_name
    return out


class StubDetector:
    """Stands for the real detector: returns the assessment given for each text."""

    def __init__(self, assessments: dict[str, Assessment]) -> None:
        self.assessments = assessments

    def assess(self, text: str) -> Assessment:
        return self.assessments[text]


ASSESSMENTS = {
    "clear": Assessment([Detection("suicide_or_self_harm", "end it all", "phrase")], False, True),
    "possible": Assessment(
        [], False, True, [Detection("harm_or_abuse", "he scares her", "pattern", "possible", "other")]
    ),
    "model only": Assessment([], False, True),
    "model only, ruled out": Assessment([], True, True),
    "model only, no cue": Assessment([], False, False),
    "model only, short": Assessment([], False, True),
    "model only, fairly sure": Assessment([], False, True),
    "nothing": Assessment([], False, False),
}
MODEL = {
    "model only",
    "model only, ruled out",
    "model only, no cue",
    "model only, short",
    "model only, fairly sure",
}


def flagged() -> dict[str, Any]:
    texts = {
        name: "too short" if name.endswith("short") else f"{name} and more words here" for name in ASSESSMENTS
    }
    flagger = SafetyFlagger(StubDetector({texts[n]: a for n, a in ASSESSMENTS.items()}), dict(DEFAULTS))
    out = {}
    for text, words in texts.items():
        intent = "safety_alert" if text in MODEL else "inform"
        sure = 0.95 if text.endswith("fairly sure") else 0.99
        message = Message(
            data={
                TEXT: words,
                INTENT: {"name": intent, "confidence": sure},
                INTENT_RANKING_KEY: [
                    {"name": intent, "confidence": sure},
                    {"name": "share_concern", "confidence": 1 - sure},
                ],
            }
        )
        flagger.process([message])
        out[text] = {"intent": message.get(INTENT)["name"], "safety": message.get("safety")}
    return out


def action_turn(action: Any, slots: dict[str, Any], safety: dict | None, api: Any) -> dict[str, Any]:
    """Run a safety action at the referral form's postcode question, the API replaced by ``api``."""
    tracker = Tracker(
        "s",
        {"requested_slot": "postcode", **slots},
        {"text": "sometimes", "intent": {"name": "inform"}, "safety": safety},
        [],
        False,
        None,
        {"name": "referral_form"},
        "action_listen",
    )
    sent: list[tuple[str, dict]] = []

    async def call(method: str, path: str, body: dict) -> dict:
        sent.append((path, body))
        return api(path, body)

    dispatcher = CollectingDispatcher()
    with patch.object(safety_actions, "call", call):
        events = asyncio.run(action.run(dispatcher, tracker, {}))
    return {
        "sent": sent,
        "said": [m["text"] for m in dispatcher.messages],
        "slots": {e["name"]: e["value"] for e in events if e["event"] == "slot"},
    }


def down(path: str, body: dict) -> dict:
    raise ApiUnavailable(path)


def actions() -> dict[str, Any]:
    asking = {"reply": "Are you having thoughts?", "asking": "suicide_or_self_harm", "urgent": False}
    possible = {
        "level": "possible",
        "kind": "suicide_or_self_harm",
        "kinds": ["suicide_or_self_harm"],
        "rule": "p",
        "about": "other",
    }
    clear = {"level": "clear", "kind": "harm_or_abuse", "kinds": ["harm_or_abuse"], "excerpt": "hits me"}
    again = {"reply": "Again?", "asking": "suicide_or_self_harm", "asked": 2, "outcome": "again"}
    pending = {"safety_question": "suicide_or_self_harm", "safety_question_asked": 1.0}
    return {
        "reply, possible": action_turn(ActionSafetyReply(), {}, possible, lambda p, b: asking),
        "reply, API down": action_turn(ActionSafetyReply(), {}, clear, down),
        "answer, unclear": action_turn(ActionSafetyAnswer(), pending, None, lambda p, b: again),
        "answer, unclear, asked about someone else": action_turn(
            ActionSafetyAnswer(), {**pending, "safety_question_about": "other"}, None, lambda p, b: again
        ),
        "answer with a clear risk": action_turn(
            ActionSafetyAnswer(), pending, clear, lambda p, b: {"reply": "Help.", "asking": None, "asked": 1}
        ),
        "answer, API down": action_turn(ActionSafetyAnswer(), pending, None, down),
        "answer about someone else": action_turn(
            ActionSafetyAnswer(), pending, {**possible, "kind": "harm_or_abuse"}, lambda p, b: asking
        ),
        "reply, possible, another kind asked before": action_turn(
            ActionSafetyReply(), {"safety_asked_kinds": ["harm_or_abuse"]}, possible, lambda p, b: asking
        ),
    }


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({"policy": predictions(Path(tmp)), "flagger": flagged(), "actions": actions()}))
