"""Raises the ``safety_alert`` intent on any message the deterministic safety detector flags.

It sits after the intent classifier so it sees every message, in every state of the conversation,
and does not depend on the model: the trained ``safety_alert`` intent is a second, independent way in.
What it found goes into the parse data as ``safety`` for the reply action: ``level`` ("clear": help
now; "possible": ask directly), kind, excerpt, rule and about ("other": someone else's risk). A
message is possible when the detector only suggests a risk (``Assessment.possible``), or when the
trained intent alone is confident and the detector found nothing clear but did not rule it out (kind
"general").
"""

from __future__ import annotations

import os
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from frontdoor.safety.detector import Detection, SafetyDetector, default_vocabulary_path

SAFETY_INTENT = "safety_alert"
# The kind of a possible risk raised by the trained intent alone: the direct question is a general one.
GENERAL = "general"
EXCERPT_LIMIT = 80
# The trained intent alone may raise an alert only when it is confident about a real sentence: short
# answers ("1", "DD1 4HN") carry too little for the model to judge, and must not set off a false alarm.
# Measured over the seven blind safety sets, on the messages the detector raised nothing for: between
# 0.9 and 0.98 the model added no risk and six false alarms (a son doing well after therapy, a calm "I'm
# ready to go when it comes"); at 0.98 and above, one real risk and no false alarm.
DEFAULTS = {"model_min_confidence": 0.98, "model_min_words": 3}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyFlagger(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyFlagger:
        path = config.get("vocabulary") or os.environ.get("FRONTDOOR_SAFETY_VOCABULARY")
        return cls(SafetyDetector.from_file(path or default_vocabulary_path()), {**DEFAULTS, **config})

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return dict(DEFAULTS)

    def __init__(self, detector: SafetyDetector, config: dict[str, Any]) -> None:
        self.detector = detector
        self.min_confidence = float(config["model_min_confidence"])
        self.min_words = int(config["model_min_words"])

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            assessment = self.detector.assess(text)
            if assessment.detections:
                self._raise(message, "clear", assessment.detections, text)
            elif assessment.possible:
                self._raise(message, "possible", assessment.possible, text)
            elif self._model_alarm(message, assessment.ruled_out or not assessment.has_cue):
                self._raise(message, "possible", [], text)
            else:
                self._drop_model_alarm(message)
        return messages

    def _raise(self, message: Message, level: str, found: list[Detection], text: str) -> None:
        classified = message.get(INTENT) or {}
        message.set(INTENT, {INTENT_NAME_KEY: SAFETY_INTENT, "confidence": 1.0}, add_to_output=True)
        ranking = [{INTENT_NAME_KEY: SAFETY_INTENT, "confidence": 1.0}]
        ranking += [
            r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != SAFETY_INTENT
        ]
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        first = found[0] if found else None
        message.set(
            "safety",
            {
                "level": level,
                "kind": first.kind if first else GENERAL,
                "kinds": [d.kind for d in found],
                "excerpt": first.excerpt if first else text[:EXCERPT_LIMIT],
                "rule": first.rule if first else "intent",
                "about": first.about if first else "self",
                "classified_as": classified.get(INTENT_NAME_KEY),
            },
            add_to_output=True,
        )

    def _model_alarm(self, message: Message, ruled_out: bool) -> bool:
        """The model's own safety_alert counts (as a possible risk) only when it is confident about a
        real sentence with one of the vocabulary's cue words, which it did not rule out ("no thoughts of
        harming myself")."""
        intent = message.get(INTENT) or {}
        words = len((message.get(TEXT) or "").split())
        return (
            intent.get(INTENT_NAME_KEY) == SAFETY_INTENT
            and not ruled_out
            and intent.get("confidence", 0) >= self.min_confidence
            and words >= self.min_words
        )

    @staticmethod
    def _drop_model_alarm(message: Message) -> None:
        intent = message.get(INTENT) or {}
        if intent.get(INTENT_NAME_KEY) != SAFETY_INTENT:
            return
        ranking = [
            r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != SAFETY_INTENT
        ]
        fallback = ranking[0] if ranking else {INTENT_NAME_KEY: "nlu_fallback", "confidence": 1.0}
        message.set(INTENT, fallback, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
