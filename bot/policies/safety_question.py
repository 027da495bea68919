"""Safety first, in every state: the one place that decides what happens to a risk message.

Before any form, rule or model looks at a message:

- a message flagged ``safety_alert`` (``bot.components.safety_flagger``) runs ``action_safety_reply``:
  help for a clear risk, or a direct question for a possible one (the action sets the
  ``safety_question`` slot to the kind asked about);
- while ``safety_question`` is set, the next message, whatever it says, is the answer to that question
  and runs ``action_safety_answer`` (the API reads it: yes, no, unsure, another risk);
- after either action: listen while a question is pending, else back to the interrupted form, which
  asks its question again (the risk message is not taken as the form's answer; only at a question
  answered in the person's own words, "what is worrying you?", does ``action_safety_answer`` read it
  as the answer once the question is settled by a no, and ``action_safety_reply`` after the help for
  a treatment side effect), else listen;
- no loop: a possible risk of a kind already asked about in this conversation (the
  ``safety_asked_kinds`` slot), whatever the answer was, is not asked about again; nor is a risk of
  any level raised by the same words (or nearly: ``REPEAT_SIMILARITY``) as an earlier message that
  raised that kind and was answered (the person giving the interrupted question the answer they gave
  before: "she gets muddled with her tablets" again, after the help it had raised). Inside a form,
  ``action_safety_pass`` hands the message to the form as its answer (the slot mappings leave out
  anything flagged as a risk); outside one, the other policies decide. A clear risk in new words is
  always answered.

Otherwise it predicts nothing and the other policies decide. Its predictions are marked as not based on
user input, like the rule policy's own prediction of an active form, so that they rank with it; its
priority, above the rule policy's, then makes it win.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction, confidence_scores_for
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import (
    ACTION_LISTEN_NAME,
    USER_INTENT_RESTART,
    USER_INTENT_SESSION_START,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

SAFETY_INTENT = "safety_alert"
REPLY_ACTION = "action_safety_reply"
ANSWER_ACTION = "action_safety_answer"
PASS_ACTION = "action_safety_pass"
PENDING_SLOT = "safety_question"
ASKED_KINDS_SLOT = "safety_asked_kinds"
# Above RulePolicy (6): on a tie at full confidence the higher priority wins.
DEFAULT_PRIORITY = 7
# Rasa's own commands are never an answer.
SYSTEM_INTENTS = {USER_INTENT_RESTART, USER_INTENT_SESSION_START}
# How alike two messages' words must be (difflib's ratio, 0 to 1) to count as the same message said
# again: a changed word or two in a sentence, or a full stop, is still the same message.
REPEAT_SIMILARITY = 0.85


def next_safety_action(tracker: DialogueStateTracker) -> str | None:
    """The action safety calls for now, or None when safety has nothing to say."""
    last = next((e for e in reversed(tracker.events) if isinstance(e, (UserUttered, ActionExecuted))), None)
    pending = tracker.get_slot(PENDING_SLOT)
    if isinstance(last, UserUttered):
        intent = (last.intent or {}).get("name")
        if intent in SYSTEM_INTENTS:
            return None
        if pending:
            return ANSWER_ACTION
        if intent != SAFETY_INTENT:
            return None
        if _asked_already(tracker, last):
            return PASS_ACTION if tracker.active_loop_name else None
        return REPLY_ACTION
    if isinstance(last, ActionExecuted) and last.action_name == PASS_ACTION:
        return tracker.active_loop_name or ACTION_LISTEN_NAME
    if isinstance(last, ActionExecuted) and last.action_name in (REPLY_ACTION, ANSWER_ACTION):
        if pending:
            return ACTION_LISTEN_NAME
        return tracker.active_loop_name or ACTION_LISTEN_NAME
    return None


def _asked_already(tracker: DialogueStateTracker, message: UserUttered) -> bool:
    """Whether this risk was already dealt with in this conversation: a possible risk of a kind asked
    about, or the same words as an earlier message that raised the same kind."""
    found = message.parse_data.get("safety") or {}
    kind = found.get("kind") or "general"
    if found.get("level") == "possible" and kind in (tracker.get_slot(ASKED_KINDS_SLOT) or []):
        return True
    words = _words(message.text)
    earlier = [
        e
        for e in tracker.events
        if isinstance(e, UserUttered) and e is not message and e.intent_name == SAFETY_INTENT
    ]
    return any(
        ((e.parse_data.get("safety") or {}).get("kind") or "general") == kind
        and SequenceMatcher(None, _words(e.text), words).ratio() >= REPEAT_SIMILARITY
        for e in earlier
    )


def _words(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT], is_trainable=True
)
class SafetyQuestionPolicy(Policy):
    """Nothing to learn: it reads the latest message's intent, the ``safety_question`` slot and the
    active form."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": DEFAULT_PRIORITY}

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        for action in (REPLY_ACTION, ANSWER_ACTION, PASS_ACTION):
            if action not in domain.action_names_or_texts:
                raise ValueError(f"SafetyQuestionPolicy needs the action {action} in the domain")
        for slot in (PENDING_SLOT, ASKED_KINDS_SLOT):
            if slot not in {s.name for s in domain.slots}:
                raise ValueError(f"SafetyQuestionPolicy needs the slot {slot} in the domain")
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        action = next_safety_action(tracker)
        if action is None:
            return self._prediction(self._default_predictions(domain))
        return self._prediction(confidence_scores_for(action, 1.0, domain), is_no_user_prediction=True)
