"""The name question keeps a name as people give it, and never a sentence about something else: blind
person R5035 answered "naw its no me that needs help its him. forget it then", and was read back
"Name: naw its no me that needs help its him. forget it then"."""

import pytest

from frontdoor.intake.readers import read_answer


def _name(text: str) -> tuple[dict, str | None]:
    return read_answer("name", text, None, None)  # the name reader needs neither


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Jean Smith", "Jean Smith"),
        ("it's Jean Smith", "Jean Smith"),
        ("my name is Mary-Jane O'Neil", "Mary-Jane O'Neil"),
        ("His name is Ronald Hodgson.", "Ronald Hodgson"),
        ("my dads name is Jim Brown", "Jim Brown"),
        ("Jim Brown (dad)", "Jim Brown"),
        ("Alan Reid, my number's 07700 900337", "Alan Reid"),
        ("jean smith thanks", "jean smith"),
        ("Mrs P. Wong", "Mrs P. Wong"),
        ("রহিমা বেগম", "রহিমা বেগম"),
        ("Zoë Brontë", "Zoë Brontë"),
        ("Ahmed Al-Sayed", "Ahmed Al-Sayed"),
        # a title that takes "the" (blind person R7029 was asked his name twice)
        ("The Reverend Iain MacLeod", "The Reverend Iain MacLeod"),
        ("the Revd Grace Okoye", "the Revd Grace Okoye"),
        ("The Very Reverend Paul Dunn", "The Very Reverend Paul Dunn"),
    ],
)
def test_a_name_as_people_give_it(said: str, kept: str) -> None:
    assert _name(said) == ({"name": kept}, None)


def test_the_name_they_go_by_is_kept_as_the_one_to_use() -> None:
    kept = {"name": "Fadumo Hassan", "preferred_name": "Fadumo"}
    assert _name("Fadumo Hassan, call me Fadumo") == (kept, None)


@pytest.mark.parametrize(
    "said",
    [
        "naw its no me that needs help its him. forget it then",
        "I'd rather not say",
        "why do you need that",
        "123",
        "Margaret " * 30,
        "the vicar does know",
        "the one who rang",
    ],
)
def test_a_sentence_is_not_a_name(said: str) -> None:
    assert _name(said) == ({}, "not_a_name")


def test_markup_in_a_name_is_kept_as_typed_for_the_pages_to_show_as_text() -> None:
    """The browser test gives "Jean <script>...</script>" to check the dashboard shows it as text."""
    assert _name("Jean <script>window.pwned=1</script>") == (
        {"name": "Jean <script>window.pwned=1</script>"},
        None,
    )
