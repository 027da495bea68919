"""A learned reader for the four kinds: word and character n-gram logistic regression, trained when the
detector loads on example sentences kept in a content file (content/safety_examples.yml), with
ordinary answers and look-alikes as a "none" class.

Its guess is only ever a possible risk (the conversation then asks directly, with the numbers): however
sure it is, a statistical guess alone never pages staff. scikit-learn is optional: without it there is
no learned reader, and the rules work alone. Training takes well under a second on a few hundred
sentences; nothing is downloaded.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

NONE = "none"
# Inverse regularisation strength: a few hundred short sentences, so the model may fit them closely.
# The classes keep their own weights (no balancing): ordinary messages are most of what people send,
# and the larger "none" class makes the reader slower to take an ordinary answer for a risk.
REGULARISATION = 16.0


class LearnedReader:
    def __init__(self, examples: Mapping[str, Sequence[str]], possible_from: float, min_words: int) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, make_pipeline
        from threadpoolctl import threadpool_limits

        texts = [text for texts in examples.values() for text in texts]
        labels = [label for label, texts in examples.items() for _ in texts]
        features = FeatureUnion(
            [
                ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
                ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
            ]
        )
        self.model: Any = make_pipeline(
            features,
            LogisticRegression(C=REGULARISATION, class_weight=None, max_iter=2000, random_state=0),
        )
        with threadpool_limits(1):  # a few hundred sentences: threads only fight (6 s instead of 0.2 s)
            self.model.fit(texts, labels)
        self.possible_from = possible_from
        self.min_words = min_words
        # Scoring one message through scikit-learn costs about a millisecond in validation and sparse
        # matrices; the same sums done here directly cost a tenth of that (the p95 budget is 5 ms).
        classifier = self.model[-1]
        self.classes = [str(c) for c in classifier.classes_]
        self.parts: list[tuple[Callable[[str], list[str]], dict[str, int], list[float], int]] = []
        offset = 0
        for _, vectorizer in features.transformer_list:
            analyzer = vectorizer.build_analyzer()
            self.parts.append((analyzer, vectorizer.vocabulary_, list(vectorizer.idf_), offset))
            offset += len(vectorizer.vocabulary_)
        self.weights = classifier.coef_.T.tolist()  # one row of class weights per feature
        self.intercepts = list(classifier.intercept_)
        if len(self.classes) == 2:  # scikit-learn keeps one weight vector for two classes
            self.weights = [[-w[0], w[0]] for w in self.weights]
            self.intercepts = [-self.intercepts[0], self.intercepts[0]]

    def probabilities(self, text: str) -> list[float]:
        """What the fitted pipeline's ``predict_proba`` gives: sublinear tf-idf per vectorizer, each
        L2-normalised, then the multinomial logistic regression's softmax."""
        scores = list(self.intercepts)
        for analyzer, vocabulary, idf, offset in self.parts:
            counts = Counter(i for gram in analyzer(text) if (i := vocabulary.get(gram)) is not None)
            values = {i: (1 + math.log(n)) * idf[i] for i, n in counts.items()}
            norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
            for i, value in values.items():
                row = self.weights[offset + i]
                for c in range(len(scores)):
                    scores[c] += row[c] * value / norm
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def read(self, text: str, parts: Sequence[str] = ()) -> tuple[str, float] | None:
        """The most likely kind and how sure the model is, when it is a kind (not "none"), sure enough
        and the message long enough to judge. ``parts`` (the message's sentences) are judged too, and
        the surest kind of any wins: one risky sentence in a long message about other things is
        otherwise drowned by them."""
        best: tuple[str, float] | None = None
        for piece in dict.fromkeys([text, *parts]):
            if sum(_is_word(word) for word in piece.split()) < self.min_words:
                continue
            probabilities = self.probabilities(piece)
            top = max(range(len(probabilities)), key=probabilities.__getitem__)
            label, probability = self.classes[top], float(probabilities[top])
            if (
                label != NONE
                and probability >= self.possible_from
                and (best is None or probability > best[1])
            ):
                best = (label, probability)
        return best


def _is_word(token: str) -> bool:
    """A word to judge by: letters and no digits. Postcodes, ages and other numbers carry too little for
    the model ("DD3 6HU an im 38" had read as a temperature on treatment), and commas carry nothing."""
    return any(c.isalpha() for c in token) and not any(c.isdigit() for c in token)


def learned_reader(
    examples: Mapping[str, Sequence[str]], possible_from: float, min_words: int
) -> LearnedReader | None:
    """The reader, or None when scikit-learn is not installed."""
    try:
        return LearnedReader(examples, possible_from, min_words)
    except ImportError:
        return None
