"""Readers from concerns round 21's and people round 40's first answers, each tested in other words."""

from __future__ import annotations

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from frontdoor.booking.preferences import names_a_venue
from frontdoor.checklist.definition import Checklist
from frontdoor.content import get_content
from frontdoor.intake import corrections
from frontdoor.intake.readers import READERS
from frontdoor.referrals.models import Referral
from tests.helpers import assert_concerns_read


@pytest.mark.parametrize(
    ("role", "text", "present", "absent"),
    [
        # How well someone speaks English is an interpreter need, asked about on its own: not a wish
        # for information. What they cannot understand still is.
        ("self", "my english is not very good. the pain at night is the worst", "pain", "information_needs"),
        ("on_behalf", "Dad speaks hardly any English, Gujarati only. He's not sleeping", "sleep",
         "information_needs"),
        ("on_behalf", "she doesn't speak much English. she is so tired all the time", "tiredness_or_fatigue",
         "information_needs"),
        ("self", "From Eritrea, no English. Money for food very hard", "money_or_finance",
         "information_needs"),
        ("self", "My English not good and I don't understand what the doctor tells me", "information_needs",
         None),
        ("on_behalf", "Mum doesn't read English so the hospital letters mean nothing to her",
         "information_needs", None),
        # A word of a phrase that says little alone is no evidence for the classifier.
        ("self", "I've a wee cafe and I can't close it, too tired to stand all day", "tiredness_or_fatigue",
         "sex_intimacy"),
        ("self", "Sore, tired, and I look like an old woman at 48", None, "sex_intimacy"),
        ("self", "the bag leaks. and the wife, we've no been close since the op", "sex_intimacy", None),
        # R40009 and R40038
        ("self", "Mam passed last Christmas, the house is that quiet", "bereavement", "end_of_life_wishes"),
        ("self", "I'm scared this will be my last Christmas", None, "bereavement"),
        ("self", "no lifting for six weeks after the op, so no work", "work_or_education", "housing"),
        ("on_behalf", "she only manages a few spoonfuls of soup", "eating_or_appetite", None),
        # R40006, R40037: a funeral planned ahead, and where to die, are wishes for the end, not grief.
        ("on_behalf", "Mum wants to die at home and wants her funeral paid for so we're not left with it",
         "end_of_life_wishes", "bereavement"),
        ("self", "I want it all sorted while I can, my will, the funeral, the music", "end_of_life_wishes",
         "bereavement"),
        ("self", "my husband died in March and the funeral was awful", "bereavement", None),
        # R40003, R40033, C21119: a Geordie job asking when they're back; a carer's own health.
        ("self", "the gaffer keeps ringin askin when am back", "work_or_education", None),
        ("carer_for_self", "I've a dodgy heart myself, up all night with him", "carer_own_health", None),
        ("carer_for_self", "I had a stent put in last year and now I'm doing everything", "carer_own_health",
         None),
        ("carer_for_self", "I have arthritis myself, I can't lift him", "carer_own_health", None),
        # R40008: food that sticks is no walking stick.
        ("self", "food sticks in my throat", "eating_or_appetite", "walking_or_moving"),
        # Concerns round 21: left out, not forgetful; a works pension; cleaning jobs; the toilet walked to.
        ("carer_for_self", "his sisters feel forgotten about with all this", None, "memory_or_concentration"),
        ("self", "I've a works pension so money's ok, it's the pain", "pain", "work_or_education"),
        ("self", "two cleaning jobs and I can't stop", "work_or_education", "housework_and_shopping"),
        ("on_behalf", "Dad gets breathless just walking to the loo", "breathing", "bladder_or_bowels"),
        ("self", "up all night going to the toilet", "bladder_or_bowels", None),
    ],
)  # fmt: skip
def test_concerns_in_their_own_words(
    checklist: Checklist, role: str, text: str, present: str | None, absent: str | None
) -> None:
    assert_concerns_read(checklist, role, text, present, absent)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("sorry 81, had a birthday last month, still not used to it", "81"),
        ("Oops, 67 - I turned 67 in November, I keep forgetting", "67"),
        ("actually 72, my birthday was on Sunday", "72"),
        ("sorry 2 things really, the money and my back", None),
        ("actually 12 weeks since my op and I'm still not sleeping", None),
    ],
)
def test_an_age_mended_at_the_worries_question(text: str, age: str | None) -> None:
    """R40033 gave 80, then at "What is worrying you most?" wrote "sorry 81, had a birthday last
    month": it was kept as his worry, and his real worries were never asked for."""
    referral = Referral(referrer_role="carer_for_self", age=80, postcode="E3 4RT")
    found = corrections.find(text, "concerns_text", referral)
    assert (found.value if found and found.field == "age" else None) == age


@pytest.mark.parametrize(
    ("text", "venues", "named"),
    [
        ("kirkcaldy galleries if thats ok, ah get the bus in", ["Kirkcaldy Galleries"], True),
        ("whitfield, I can walk there", ["Whitfield Library"], True),
        ("the idea store is handy", ["Idea Store Whitechapel"], True),
        ("no idea, whatever you think", ["Idea Store Whitechapel"], False),
        ("the library I suppose", ["Coventry Central Library"], False),
    ],
)
def test_a_venue_named_by_its_own_name(text: str, venues: list[str], named: bool) -> None:
    assert names_a_venue(text, venues) is named


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Yes af-Soomaali please", "Somali"),
        ("tak, po polsku", "Polish"),
        ("হ্যাঁ, বাংলা", "Bengali"),
        ("sí, español", "Spanish"),
        ("Da. Română", "Romanian"),
        ("广东话", "Cantonese"),
    ],
)
def test_a_language_named_in_its_own_words(text: str, language: str) -> None:
    """R40030 answered the interpreter question "Yes af-Soomaali. Woman please": no interpreter was kept."""
    fields, problem = READERS["support_needs"](text, Referral(referrer_role="self"), get_content())
    assert problem is None and fields["interpreter_needed"] is True
    assert fields["language"] == language
