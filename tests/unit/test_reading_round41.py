"""Readers from concerns round 22's and people round 41's first answers, each tested in other words."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import match_concerns
from tests.helpers import assert_concerns_read


@pytest.mark.parametrize(
    ("role", "text", "present", "absent"),
    [
        # Figures of speech: not money, not sleep, not a fall, not a job, not a ferry.
        ("self", "you can't see a consultant for love or money these days", None, "money_or_finance"),
        ("self", "so exhausted I could sleep for a week", "tiredness_or_fatigue", "sleep"),
        ("self", "the weight's just falling off him and the pain is bad", "pain", "walking_or_moving"),
        ("self", "I fell on the ice on Tuesday", "walking_or_moving", None),
        ("self", "the stairs are such hard work now", "walking_or_moving", "work_or_education"),
        ("self", "my boss wants me back at work in January", "work_or_education", None),
        ("self", "we live in Broughty Ferry and the buses are hopeless", "transport_or_parking", None),
        # A pet is no child, and feeding it is no fee.
        ("self", "ma wee dug, who'll feed him when I'm in", None, "children"),
        ("self", "who's going to feed my cat while I'm in the hospital", None, "money_or_finance"),
        ("self", "my wee grandson keeps asking why I'm bald", "children", None),
        # A worry named and settled in one breath: "no money worries".
        ("self", "no money worries thankfully, it's the pain at night", "pain", "money_or_finance"),
        ("self", "I'm not sleeping for worrying about her", "sleep", None),
        # Driving for a living is the work.
        ("self", "I am driver for uber and now I can't drive on the tablets", "work_or_education",
         "transport_or_parking"),
        ("self", "I can't drive to the hospital and the bus takes two hours", "transport_or_parking", None),
        # Heating gone without to save money; low in other words; fertility, not the children.
        ("self", "I keep the heating off to save on the gas", "money_or_finance", None),
        ("self", "honestly I'm pretty down most days", "sadness_or_depression", None),
        ("self", "they said it could ruin my chances of having kids", "sex_intimacy", "children"),
        # Christmas alone is no end of life and no grief; the first one without someone is grief.
        ("self", "I'll be stuck on the ward over Christmas and I'm scared", "worry_fear_or_anxiety",
         "end_of_life_wishes"),
        ("self", "can't do the Christmas dinner this year, too weak", None, "end_of_life_wishes"),
        ("self", "I want to make this last Christmas special for them", "end_of_life_wishes", None),
        ("self", "New Year. The first year without my mum", "bereavement", None),
        ("self", "his dad died at Christmas and he's not been the same", "bereavement", None),
        # A carer's own chest pains; watching them suffer; a partner gone off them.
        ("carer_for_self", "I get back pains myself from lifting him", "carer_own_health", None),
        ("carer_for_self", "it's just watching her suffer, day after day", "carer_coping", None),
        ("carer_for_self", "since the hormone jabs she's gone off me", "sex_intimacy", None),
        ("self", "the wife and me, that side of things is over since the op", "sex_intimacy", None),
        # Not "me back" (my back), not study, not a job; Scots "lang" is long, not Romanian "cry".
        ("self", "the office wants me back after New Year", "work_or_education", "carer_own_health"),
        ("self", "parking at the University Hospital is a nightmare", "transport_or_parking",
         "work_or_education"),
        ("self", "the cold cap did not work and I'm bald now", "skin_or_appearance", "work_or_education"),
        ("self", "my back aches when I'm stood too lang", "pain", "sadness_or_depression"),
        # A simile, a hospital's name, someone met, getting up, the taste of things.
        ("self", "a rash all over my face, I look like a teen again", "skin_or_appearance", "children"),
        ("on_behalf", "the parking at James Cook costs a fortune", "transport_or_parking",
         "housework_and_shopping"),
        ("self", "snapped at the taxi driver for nothing", "anger_or_frustration", "work_or_education"),
        ("self", "I'm a delivery driver and I can't work", "work_or_education", None),
        ("self", "I can't get up off the toilet without help", "walking_or_moving", "bladder_or_bowels"),
        ("self", "everything tastes of cardboard, I can't enjoy my food", "eating_or_appetite",
         "sadness_or_depression"),
        ("self", "I can't enjoy anything any more", "sadness_or_depression", None),
        # What the writer does for someone else is the caring, not their own body or home (R41040, C22135).
        ("self", "My husband has dementia and I do everything for him, bathing, dressing, his meals. I'm "
         "shattered", "caring_responsibilities", "washing_and_dressing"),
        ("carer_for_self", "i do all his personal care and his stoma bags and I'm not sleeping", "sleep",
         "bladder_or_bowels"),
        ("carer_for_self", "I do everything for her but she can't wash herself now", "washing_and_dressing",
         None),
        ("self", "I don't like going out. I can't wash my hair or dress myself", "washing_and_dressing",
         None),
    ],
)  # fmt: skip
def test_concerns_in_their_own_words(
    checklist: Checklist, role: str, text: str, present: str | None, absent: str | None
) -> None:
    assert_concerns_read(checklist, role, text, present, absent)


def test_a_concern_said_in_a_run_of_words_is_kept_before_a_guess_when_there_are_too_many(
    checklist: Checklist,
) -> None:
    """R41022 named six things; "I'm proper down" (a run of words, as plain as a phrase) was cut for a
    guess. Five are kept, and the low mood is one of them."""
    text = (
        "no shifts at work since I got ill so I'm skint and the rent is due. I'm proper down to be honest, "
        "all my mates are out and I'm sat in my room on my own. the chemo might mess up having kids too"
    )
    found = match_concerns(text, checklist, "self")
    assert len(found) == 5 and "sadness_or_depression" in found, found
