"""Raises the ``safety_alert`` intent on any message the deterministic safety detector flags.

It sits after the intent classifier so it sees every message, in every state of the conversation,
and does not depend on the model: the trained ``safety_alert`` intent is a second, independent way in.
What it found (kind, excerpt, rule) goes into the parse data as ``safety`` for the reply action.
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

from frontdoor.safety.detector import SafetyDetector, default_vocabulary_path

SAFETY_INTENT = "safety_alert"
# The trained intent alone may raise an alert only when it is confident about a real sentence: short
# answers ("1", "DD1 4HN") carry too little for the model to judge, and must not set off a false alarm.
DEFAULTS = {"model_min_confidence": 0.9, "model_min_words": 3}


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
            assessment = self.detector.assess(message.get(TEXT) or "")
            found = assessment.detections
            if not found:
                self._gate_model(message, assessment.ruled_out or not assessment.has_cue)
                continue
            first = found[0]
            classified = message.get(INTENT) or {}
            message.set(INTENT, {INTENT_NAME_KEY: SAFETY_INTENT, "confidence": 1.0}, add_to_output=True)
            ranking = [{INTENT_NAME_KEY: SAFETY_INTENT, "confidence": 1.0}]
            ranking += [
                r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != SAFETY_INTENT
            ]
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            message.set(
                "safety",
                {
                    "kind": first.kind,
                    "kinds": [d.kind for d in found],
                    "excerpt": first.excerpt,
                    "rule": first.rule,
                    "classified_as": classified.get(INTENT_NAME_KEY),
                },
                add_to_output=True,
            )
        return messages

    def _gate_model(self, message: Message, ruled_out: bool) -> None:
        """Keep the model's own safety_alert only when it is confident about a real sentence with one of
        the vocabulary's cue words, which it did not rule out ("no thoughts of harming myself")."""
        intent = message.get(INTENT) or {}
        if intent.get(INTENT_NAME_KEY) != SAFETY_INTENT:
            return
        words = len((message.get(TEXT) or "").split())
        if not ruled_out and intent.get("confidence", 0) >= self.min_confidence and words >= self.min_words:
            return
        ranking = [
            r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != SAFETY_INTENT
        ]
        fallback = ranking[0] if ranking else {INTENT_NAME_KEY: "nlu_fallback", "confidence": 1.0}
        message.set(INTENT, fallback, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
