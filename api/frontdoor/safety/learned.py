"""A learned reader for the four kinds: word and character n-gram logistic regression, trained when the
detector loads on example sentences kept in a content file (content/safety_examples.yml), with
ordinary answers and look-alikes as a "none" class.

It only ever suggests a risk (certainty "possible": the conversation then asks directly); it never
raises a clear one. scikit-learn is optional: without it there is no learned reader, and the rules
work alone. Training takes well under a second on a few hundred sentences; nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

NONE = "none"


class LearnedReader:
    def __init__(self, examples: Mapping[str, Sequence[str]], possible_from: float, min_words: int) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, make_pipeline

        texts = [text for texts in examples.values() for text in texts]
        labels = [label for label, texts in examples.items() for _ in texts]
        features = FeatureUnion(
            [
                ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
                ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
            ]
        )
        self.model: Any = make_pipeline(
            features, LogisticRegression(C=8.0, class_weight="balanced", max_iter=2000, random_state=0)
        )
        self.model.fit(texts, labels)
        self.possible_from = possible_from
        self.min_words = min_words

    def read(self, text: str) -> tuple[str, float] | None:
        """The most likely kind and how sure the model is, when it is a kind (not "none"), sure enough
        and the message long enough to judge."""
        if len(text.split()) < self.min_words:
            return None
        probabilities = self.model.predict_proba([text])[0]
        best = int(probabilities.argmax())
        label = str(self.model.classes_[best])
        if label == NONE or probabilities[best] < self.possible_from:
            return None
        return label, float(probabilities[best])


def learned_reader(
    examples: Mapping[str, Sequence[str]], possible_from: float, min_words: int
) -> LearnedReader | None:
    """The reader, or None when scikit-learn is not installed."""
    try:
        return LearnedReader(examples, possible_from, min_words)
    except ImportError:
        return None
