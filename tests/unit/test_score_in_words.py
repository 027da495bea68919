"""A worry score in words, once a number has been asked for and not given. Blind person R7014 answered
every question with "So I just wait? Ok. Thanks for the number I suppose", and "so" was read as a
worry of 8 out of 10, which they never said."""

import pytest

from frontdoor.intake.parsing import score_in_words


@pytest.mark.parametrize(
    ("said", "score"),
    [
        ("pretty bad", 8),
        ("really", 8),
        ("Very much.", 8),
        ("so worried", 8),
        ("a lot", 8),
        ("so-so", 5),
        ("quite", 5),
        ("a bit", 2),
        ("not at all", 0),
        ("the worst", 10),
    ],
)
def test_how_much_in_words(said: str, score: int) -> None:
    assert score_in_words(said) == score


@pytest.mark.parametrize(
    "said",
    [
        "So I just wait? Ok. Thanks for the number I suppose",
        "so what happens now",
        "really not sure what you're asking",
        "some days are better than others",
        "I'll leave that half to the nurse",
    ],
)
def test_words_that_do_not_say_how_much_are_no_score(said: str) -> None:
    assert score_in_words(said) is None
