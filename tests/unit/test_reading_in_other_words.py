"""What a second blind set of people showed (issue #13), in other words than theirs: agreement at the
read-back in many words, never the same hint three times, an interpreter wanted without a language
named, clock times for when suits ("from 3pm", "before 11"), ways of meeting and not booking in other
words, a new way of meeting said at "when suits?", an age corrected while naming the old one; and two
simulator fixes."""

from __future__ import annotations

from datetime import time

import pytest

import frontdoor.db.models  # noqa: F401 (every model, so a Referral can be built alone)
from eval.personas import Person, Question, _same
from frontdoor.booking.preferences import (
    means_later,
    parse_meeting,
    parse_when,
    switches_meeting,
    wants_other_times,
)
from frontdoor.booking.slots import find_slots
from frontdoor.content import get_content
from frontdoor.intake import corrections, parsing
from frontdoor.intake.readers import READERS, read_answer
from frontdoor.referrals.models import Concern, Referral
from tests.unit.test_slots import SUNDAY, diary, local, make_site


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("that all looks correct to me", True),
        ("yep that's grand, send it", True),
        ("everything's fine thanks", True),
        ("go ahead then", True),
        ("perfect, thank you", True),
        ("that's not right", None),
        ("fine but the phone number is old", None),
        ("hang on", None),
        ("go back", None),
        ("nope", False),
        ("yeh", True),
        ("we have both read it and we agree", True),
        ("I don't agree", False),
    ],
)
def test_agreement_in_many_words(text: str, answer: bool | None) -> None:
    assert parsing.agrees(text) is answer


def _referral() -> Referral:
    return Referral(referrer_role="self", postcode="DD1 4HN", age=70, phone="+447700900123")


def _with_worry(item: str, category: str, score: int) -> Referral:
    referral = _referral()
    referral.concerns = [
        Concern(position=0, item=item, category=category, label=item, score=score, in_their_words="x")
    ]
    return referral


def test_the_read_back_sends_on_a_yes_in_words_and_never_gives_the_same_hint_a_third_time() -> None:
    content = get_content()
    assert read_answer("review_confirm", "that all looks correct to me", _referral(), content) == ({}, None)
    first = read_answer("review_confirm", "hmm well", _referral(), content)
    again = read_answer("review_confirm", "hmm well", _referral(), content, retry=True)
    assert first == ({}, "not_confirmed_again")
    assert again == ({"callback_requested": True}, None)
    assert read_answer("review_confirm", "nope", _referral(), content, retry=True) == ({}, "not_confirmed")
    asked = read_answer("review_confirm", "who reads it?", _referral(), content)
    assert asked == ({}, "not_confirmed_again")
    thanked = read_answer("review_confirm", "thanks for the number I suppose", _referral(), content)
    assert thanked == ({}, "not_confirmed_again")  # an answer named is not a change asked for (R7014)


@pytest.mark.parametrize(
    "text", ["That's about right yes", "That is a fair summary.", "more or less right", "aye that'll dae"]
)
def test_a_yes_in_more_words_at_the_read_back(text: str) -> None:
    assert read_answer("review_confirm", text, _referral(), get_content()) == ({}, None)


def test_someone_elses_age_at_the_read_back_is_not_the_persons_own() -> None:
    """Blind person R7036 added "I'm worried about my son too, he's 17" and was refused as a child."""
    fields, problem = read_answer(
        "review_confirm",
        "Mostly, but I'm worried about my daughter too, she's 16",
        _referral(),
        get_content(),
    )
    assert "age" not in fields and problem != "changed:age"
    assert read_answer("review_confirm", "actually I'm 71", _referral(), get_content())[1] == "changed:age"


@pytest.mark.parametrize(
    ("text", "needed", "language"),
    [
        ("my niece helps with letters but an interpreter would be easier for the meeting", True, None),
        ("a translator please", True, None),
        ("no interpreter needed thanks, just a ramp", False, None),
        ("Tigrinya please", True, "Tigrinya"),
    ],
)
def test_an_interpreter_wanted_without_a_language_named(
    text: str, needed: bool, language: str | None
) -> None:
    fields, problem = READERS["support_needs"](text, _referral(), get_content())
    assert problem is None
    assert fields["interpreter_needed"] is needed
    assert fields.get("language") == language


@pytest.mark.parametrize(
    ("text", "not_before", "not_after"),
    [
        ("anytime from 3pm", time(15), None),
        ("after 2 on a wednesday", time(14), None),
        ("before 11 ideally", None, time(11)),
        ("after half ten", time(10, 30), None),  # the clock as said in Britain
    ],
)
def test_clock_times_for_when_suits(text: str, not_before: time | None, not_after: time | None) -> None:
    when = parse_when(text)
    assert (when.not_before if when else None) == not_before
    assert (when.not_after if when else None) == not_after


def test_a_start_after_the_working_day_is_outside_hours() -> None:
    when = parse_when("only after 7pm")
    assert when is not None and when.outside_hours


def test_clock_times_narrow_the_times_offered() -> None:
    args = {"site": make_site(), "kind": "phone", "diaries": [diary()], "now": SUNDAY}
    from_three = find_slots(**args, first_contact=SUNDAY.date(), not_before=time(15))
    assert from_three and all(local(s.start)[1] >= time(15) for s in from_three)
    before_ten = find_slots(**args, first_contact=SUNDAY.date(), not_after=time(10), limit=10)
    assert before_ten and all(local(s.start)[1] <= time(10) for s in before_ten)


def test_phone_spelt_as_said() -> None:
    assert parse_meeting("fone is easiest", ["community_venue", "phone"]) == "phone"


def test_simulator_counts_any_language_when_the_persona_only_wants_an_interpreter() -> None:
    assert _same("interpreter", True, "Amharic")
    assert not _same("interpreter", True, False)
    assert not _same("interpreter", "Polish", "Urdu")
    assert not _same("interpreter", False, "Urdu")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("could somebody come out to mine", "home_visit"),
        ("can a worker visit me at my place", "home_visit"),
        ("i can come to the library", "community_venue"),
        ("could one of you drop by, I'm not up to going out", "home_visit"),  # blind person R5039
        ("the phone's no good, my hearing aid whistles", None),
    ],
)
def test_ways_of_meeting_in_other_words(text: str, kind: str) -> None:
    assert parse_meeting(text, ["phone", "home_visit", "community_venue"]) == kind


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("I think I'll hold off on booking for now", True),
        ("we'll skip it today and I'll get in touch", True),
        ("phone for now", False),  # a way of meeting, not "not now"
        # blind person R5025, a carer on shifts
        ("I can't book anything yet, I don't know my rota till Monday", True),
        ("phone, though I don't know my shifts yet", False),
    ],
)
def test_not_booking_now_in_many_words(text: str, later: bool) -> None:
    assert means_later(text, ["phone", "home_visit"]) is later


def test_a_new_way_of_meeting_said_at_when_suits() -> None:
    kinds = ["phone", "home_visit", "video"]
    assert switches_meeting("hmm, could we make it a video call", "phone", kinds) == "video"
    assert switches_meeting("ring me mornings", "phone", kinds) is None  # the same way: a time
    assert switches_meeting("tuesdays", "phone", kinds) is None
    # blind person R5013, very deaf, had said phone: the switch was read as a time and lost
    said = "NO THE PHONE IS NO GOOD TO ME I CANT HEAR. COULD SOMEBODY VISIT"
    assert switches_meeting(said, "phone", kinds) == "home_visit"


@pytest.mark.parametrize(
    ("text", "asked", "stored", "role", "new"),
    [
        ("oops I typed 57 but I'm 75", "has_diagnosis", 57, "self", "75"),
        ("my mistake, I wrote 44, it should be 45", "name", 44, "self", "45"),
        ("sorry, Bill's 82 not 81", "cancer_stage", 81, "on_behalf", "82"),
        ("sorry I meant 4", "distress_score", 70, "self", None),  # a score, not an age
        # blind person R5021, Durham, at a worry's score
        ("haud on am 64 not 46 me brain's gone to mush", "concern_score", 46, "self", "64"),
        ("73, not 37, the numbers got swapped", "name", 37, "self", "73"),
    ],
)
def test_an_age_corrected_while_naming_the_old_one(
    text: str, asked: str, stored: int, role: str, new: str | None
) -> None:
    referral = Referral(referrer_role=role, postcode="DD1 4HN", age=stored)
    found = corrections.find(text, asked, referral)
    assert (found.value if found and found.field == "age" else None) == new


def test_simulator_says_an_aside_set_at_a_question_the_conversation_skipped() -> None:
    person = Person(
        {
            "id": "T3",
            "says": {
                "phone": "07700 900111",
                "contact": "evenings",
                "interpreter": "no",
                "heard_from": "my GP",
                "other": "ok",
            },
            "interjections": [{"at": "contact", "say": "sorry I'm 59 not 58"}],
            "expect": {},
        }
    )
    assert person.answer(Question("phone", "phone")) == "07700 900111"
    assert person.answer(Question("interpreter", "support_needs")) == "no"  # past "contact" from here on
    assert person.answer(Question("heard_from", "referral_source")) == "sorry I'm 59 not 58"
    assert person.answer(Question("heard_from", "referral_source")) == "my GP"


def test_a_number_word_inside_a_long_answer_is_not_an_age_correction() -> None:
    referral = Referral(referrer_role="self", postcode="DD1 4HN", age=70)
    worries = "I'm not eating, there's no one to cook for any more and I can't face the shops on my own"
    assert corrections.find(worries, "concerns_text", referral) is None
    meant = corrections.find("sorry I meant seventy one", "name", referral)
    assert meant == corrections.Correction("age", "71")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("My partner has bowel cancer, aye", True),
        ("our son was diagnosed with leukaemia in the spring", True),
        ("my neighbour has dementia", None),
        ("nope", False),
        ("Not me, my wife Janet. Breast cancer, found in March", True),
        ("mi madre, not me. leukemia", True),
        ("My father not me. Leukaemia, AML", True),
        ("no me, the wife. ovarian cancer", True),
        ("my mum not me", True),
        ("Not me pet, Alan. Bowel cancer, last spring", True),
        # blind people R5016, R5028, R5029: a cancer named, nothing said against it
        ("My brother aye. Pancreas", True),
        ("Graham does, prostate that's gone to the bones", True),
        ("Moira, yes. Lymphoma since the summer", True),
        ("she doesn't, it's her heart, not cancer", None),  # asked again, never a guess
    ],
)
def test_caring_for_someone_named_as_having_cancer(text: str, answer: bool | None) -> None:
    fields, problem = READERS["cares_for_someone_with_cancer"](
        text, Referral(referrer_role="carer_for_self"), get_content()
    )
    assert fields.get("cares_for_someone_with_cancer") is answer
    assert (problem is None) is (answer is not None)


@pytest.mark.parametrize(
    ("text", "age"),
    # "my husband is 50" is his age, not a birthday to come: the writer's own is the 45
    [("80, 81 next week", 80), ("19 (20 in august)", 19), ("45 and my husband is 50", 45)],
)
def test_an_age_with_the_next_birthday(text: str, age: int | None) -> None:
    fields, _ = READERS["age"](text, Referral(referrer_role="self"), get_content())
    assert fields.get("age") == age


@pytest.mark.parametrize(
    ("text", "kind"),
    [("video'd be best", "video"), ("a community hall near us is fine", "community_venue")],
)
def test_ways_of_meeting_with_contractions_and_community_places(text: str, kind: str) -> None:
    assert parse_meeting(text, ["phone", "video", "community_venue"]) == kind


def test_simulator_keeps_an_aside_for_its_own_question_when_a_combined_question_comes_first() -> None:
    person = Person(
        {
            "id": "T4",
            "says": {"interpreter": "no", "access_needs": "no", "meeting_time": "mornings", "other": "ok"},
            "interjections": [{"at": "meeting_time", "say": "could it be a phone call instead"}],
            "expect": {},
        }
    )
    assert person.answer(Question("interpreter", "support_needs")) == "no"
    assert person.answer(Question("meeting_time", "meeting_when")) == "could it be a phone call instead"


@pytest.mark.parametrize(
    ("text", "interpreter", "access"),
    [
        ("No, she's fine with English. She can't manage stairs though", False, True),
        ("Tamil would be best if you can", True, False),
        ("Polish for my dad please", True, False),
        ("nothing thanks", False, False),
        ("nah all good", False, False),
        ("No, my English is fine. Maybe my son will join", False, False),
        ("yes polish please. my english ok for small things not for important", True, False),
        ("No. My mother-in-law would need one but this is for me", False, False),
        ("im a bit deaf", False, True),
        ("no but the phone is hard, my voice went with the radiotherapy", False, True),
    ],
)
def test_a_no_to_an_interpreter_keeps_the_access_needs_after_it(
    text: str, interpreter: bool, access: bool
) -> None:
    fields, problem = READERS["support_needs"](text, _referral(), get_content())
    assert problem is None
    assert fields["interpreter_needed"] is interpreter
    assert bool(fields["access_needs"]) is access


def _turned_away(rule: str, **answers: object) -> Referral:
    checks = [{"rule": rule, "passed": False}]
    return Referral(referrer_role="self", eligibility_checks=checks, **answers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "yes" answers "is that right?", not "is it a melanoma?"
        ("Yes, that's what the consultant told me", {"eligibility_confirmed": True}),
        ("no, they said it was a melanoma", {"skin_cancer_kind": "melanoma"}),
    ],
)
def test_a_yes_or_no_to_is_that_right_comes_before_the_words_after_it(text: str, expected: dict) -> None:
    referral = _turned_away("excluded_cancer", has_diagnosis="yes", skin_cancer_kind="non_melanoma")
    assert READERS["eligibility_check"](text, referral, get_content()) == (expected, None)


@pytest.mark.parametrize(
    ("rule", "answers", "text"),
    [
        (
            "lives_in_area",
            {"postcode": "NE1 4ST"},
            "Ah right, that's a pity. I'll phone the Newcastle lot then, ta",
        ),
        ("diagnosis", {"has_diagnosis": "no"}, "Okay, I understand. Thanks anyway for the help lines"),
        (
            "excluded_cancer",
            {"has_diagnosis": "yes", "skin_cancer_kind": "non_melanoma"},
            "oh well never mind",
        ),
    ],
)
def test_taking_in_a_refusal_confirms_it_and_does_not_ask_the_question_again(
    rule: str, answers: dict, text: str
) -> None:
    """Blind people R5010, R5018, R5006 met "is that right?" with "Oh that's a shame, I'll ring them
    then": the question was asked again, they said the same, and round it went."""
    assert READERS["eligibility_check"](text, _turned_away(rule, **answers), get_content()) == (
        {"eligibility_confirmed": True},
        None,
    )


@pytest.mark.parametrize(
    "text", ["hang on, that isn't my postcode, thanks", "thanks, but that's wrong", "hmm"]
)
def test_a_dispute_or_nothing_taken_in_asks_the_question_again(text: str) -> None:
    fields, problem = READERS["eligibility_check"](
        text, _turned_away("lives_in_area", postcode="NE1 4ST"), get_content()
    )
    assert problem == "change:postcode" and fields["postcode"] is None


def test_yes_with_a_new_age_is_the_new_age() -> None:
    fields, problem = READERS["eligibility_check"]("yes sorry, 71", _turned_away("age", age=7), get_content())
    assert problem is None and fields["age"] == 71


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'd sooner see someone in person than do it over the phone", "community_venue"),
        ("could a worker come to theirs", "home_visit"),
        ("not at the house please, the phone is fine", "phone"),
    ],
)
def test_the_way_said_against_is_not_the_one_chosen(text: str, kind: str) -> None:
    assert parse_meeting(text, ["phone", "home_visit", "community_venue"]) == kind


@pytest.mark.parametrize(
    ("text", "part", "outside", "not_before"),
    [
        ("the 2pm one", None, False, time(14)),
        ("only after 6pm or at the weekend", "afternoon", True, time(15)),  # the latest times are nearest
        ("10:45am", None, False, time(10, 45)),
    ],
)
def test_a_time_of_day_named(text: str, part: str | None, outside: bool, not_before: time) -> None:
    when = parse_when(text)
    assert when is not None
    assert (when.part_of_day, when.outside_hours, when.not_before) == (part, outside, not_before)


@pytest.mark.parametrize(
    ("text", "other"),
    [("none of them, I'm at the hospital that day", True), ("neither, sorry", True), ("the first", False)],
)
def test_none_of_these_with_a_reason(text: str, other: bool) -> None:
    assert wants_other_times(text) is other


def test_a_duration_in_a_long_answer_is_not_an_age_correction() -> None:
    referral = Referral(referrer_role="self", postcode="DD1 4HN", age=88)
    worries = "I'm not sleeping well, it's 12 years since my husband died and the house is too big for me now"
    assert corrections.find(worries, "concerns_text", referral) is None
    long_fix = "sorry I typed that wrong earlier on, I'm 87 not 88, my memory is not great"
    assert corrections.find(long_fix, "concerns_text", referral) == corrections.Correction("age", "87")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("the help is for me, I'm his partner", "carer_for_self"),
        ("my husband, I'm his wife", "on_behalf"),  # who it is for, then who is asking
    ],
)
def test_family_saying_the_support_is_for_themselves(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


def test_how_well_they_speak_english_is_not_an_access_need() -> None:
    said = "my english is ok for small things but for long talking Farsi is better"
    fields, _ = READERS["support_needs"](said, _referral(), get_content())
    assert fields["interpreter_needed"] is True and fields["access_needs"] is None


@pytest.mark.parametrize(
    ("text", "asked", "stored", "role", "new"),
    [
        (
            "I'm not coping that well, I'm doing everything for him. And my grandson lives with us, "
            "I've got him to see to as well, he's 10",
            "concerns_text",
            70,
            "carer_for_self",
            None,
        ),
        ("sorry she's 9, I'm 38", "name", 37, "self", "38"),
        ("sorry I'm 45 but he's 82", "name", 81, "on_behalf", "82"),
        ("no I'm 52, mam's the one with cancer and she's 79", "cancer_stage", 79, "on_behalf", None),
        ("sorry i'm 59 not 58", "referral_source", 58, "self", "59"),
    ],
)
def test_an_age_correction_is_only_the_referred_persons_age(
    text: str, asked: str, stored: int, role: str, new: str | None
) -> None:
    """A carer writing that her grandson is 10 had her own age changed to 10 and was turned away."""
    referral = Referral(referrer_role=role, postcode="E14 3BU", age=stored)
    found = corrections.find(text, asked, referral)
    assert (found.value if found and found.field == "age" else None) == new


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("the carers centre", "voluntary_organisation"),
        ("a woman at the gurdwara", "voluntary_organisation"),
        ("my granddaughter found it for me", "word_of_mouth"),
        ("the nurse told me", "cancer_nurse_specialist"),
    ],
)
def test_how_they_heard_in_everyday_places(text: str, source: str) -> None:
    """ "the carers centre" was "Sorry, I didn't follow" (blind person R3024)."""
    assert parsing.parse_referral_source(text) == source


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The phone's hard with the signal. Could we meet in Barnard Castle?", "community_venue"),
        ("can someone come", "home_visit"),
        ("a phone call is good for me", "phone"),
    ],
)
def test_how_to_meet_with_what_is_said_after_a_way_of_meeting(text: str, kind: str) -> None:
    """Blind people R3034 (phone hard, meet in town: booked a phone call) and R3038 ("can someone come":
    read as asking for a person)."""
    assert parse_meeting(text, ["phone", "home_visit", "community_venue"]) == kind


@pytest.mark.parametrize(
    ("text", "age"),
    [("63, sorry, 64, my birthday was last week!", 64), ("71 no 72", 72), ("he's 80, actually 81", 81)],
)
def test_an_age_corrected_in_the_same_message(text: str, age: int) -> None:
    """ "63, sorry, 64" was not read, and the age left for a person to check (blind person R3039)."""
    assert parsing.parse_age(text) == age


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("DD5 8HW, sorry, DD6 8HW, I always do that. We're in Tayport", "DD6 8HW"),
        ("ky1 1aa no wait ky2 6qd", "KY2 6QD"),
        ("DH1 3LE and my son is at DH7 8XL", "DH1 3LE"),
    ],
)
def test_a_postcode_corrected_in_the_same_message(text: str, postcode: str) -> None:
    """ "DD5 8HW, sorry, DD6 8HW" was stored as DD5 8HW (blind person R3012)."""
    fields, problem = READERS["postcode"](text, _referral(), get_content())
    assert problem is None and fields["postcode"] == postcode


def test_afternoons_in_scots() -> None:
    """ "efternoons when shes sleepin" was not understood, twice, and the booking left to a link worker
    (blind person R3011)."""
    when = parse_when("efternoons when shes sleepin")
    assert when is not None and when.part_of_day == "afternoon"


@pytest.mark.parametrize(
    ("text", "not_before", "not_after"),
    [
        ("12-2 on weekdays", time(12), time(13)),
        ("between 1 and 3", time(13), time(14)),
        ("9.30 to 2.30", time(9, 30), time(13, 30)),
        ("10am till noon", time(10), time(11)),
        ("3-4pm", time(15), time(15)),
        ("dinner time", time(12), time(13)),
        ("wen the weans r at school", time(9, 30), time(14)),
        ("during school hours please", time(9, 30), time(14)),
    ],
)
def test_a_span_of_the_day(text: str, not_before: time, not_after: time) -> None:
    """Spans, school hours and a northern dinner time were "Sorry, I didn't follow", twice, and nothing
    was booked (blind people R4012, R4020, R4027, R4028, R4032)."""
    when = parse_when(text)
    assert when is not None and (when.not_before, when.not_after) == (not_before, not_after)


def test_come_to_the_house_in_scots_is_a_home_visit() -> None:
    """ "come tae the hoose, ah'm no gaun oot" was "Please reply with a number" (blind person R4017)."""
    kinds = ["phone", "home_visit", "community_venue"]
    assert parse_meeting("come tae the hoose, ah'm no gaun oot wi this tube", kinds) == "home_visit"


def test_a_language_someone_else_needs_is_not_the_carers() -> None:
    """ "No, I'm fine in English. Mum would need Bengali but this is for me": a carer asking for her own
    support was recorded as needing a Bengali interpreter (blind person R4028)."""
    carer = _referral()
    carer.referrer_role = "carer_for_self"
    said = "No, my English is fine. Dad only speaks Punjabi but it's me you'll be talking to"
    fields, _ = READERS["support_needs"](said, carer, get_content())
    assert fields["interpreter_needed"] is False and not fields.get("language")
    on_behalf = _referral()
    on_behalf.referrer_role = "on_behalf"
    fields, _ = READERS["support_needs"]("no, but dad only speaks Punjabi", on_behalf, get_content())
    assert fields["interpreter_needed"] is True and fields["language"] == "Punjabi"


def test_come_to_my_home_is_a_home_visit() -> None:
    """ "you come to my home please with somali interpreter" was booked at a venue (blind person R4005)."""
    kinds = ["phone", "home_visit", "community_venue"]
    assert parse_meeting("please come to my home, with an interpreter", kinds) == "home_visit"


def test_a_language_said_not_to_be_used_is_not_asked_for() -> None:
    """ "No. I do not use sign language. Written English is best. I am deaf." was recorded as needing a
    sign language interpreter (blind person R4006): deafness is the access need, not a language."""
    said = "No, I don't use sign language, please write things down, I'm deaf"
    fields, _ = READERS["support_needs"](said, _referral(), get_content())
    assert fields["interpreter_needed"] is False and not fields.get("language")
    assert fields["access_needs"]


def test_a_way_to_meet_that_cannot_be_used_is_not_the_one_chosen() -> None:
    """ "I would prefer someone to visit me at home as I cannot use the telephone" (blind person R4006)."""
    kinds = ["phone", "home_visit", "community_venue"]
    assert parse_meeting("Please visit me at home, I cannot use the telephone", kinds) == "home_visit"


def test_a_worry_added_at_the_read_back_joins_those_given_with_their_scores() -> None:
    """Blind person R7036 added "I meant to say I'm worried about my son too" at the read-back: she was
    asked "what is worrying you?" all over again, and then round and round."""
    referral = _with_worry("breathing", "physical", 5)
    fields, problem = read_answer(
        "review_confirm", "oh and I forgot to say the money is a big worry too", referral, get_content()
    )
    assert problem == "changed:concerns_text,concern_score"
    items = [(c["item"], c.get("score")) for c in fields["concerns"]]
    assert items[0] == ("breathing", 5) and ("money_or_finance", None) in items
    assert "memory_or_concentration" not in [item for item, _ in items]  # "I forgot to say" is no worry


def test_a_worry_said_again_at_the_read_back_is_not_asked_for_all_over_again() -> None:
    """R7036 said the same thing again at the next read-back and was asked every worry from the start."""
    referral = _with_worry("money_or_finance", "practical", 6)
    said = "I meant to say the money is a worry too"
    assert read_answer("review_confirm", said, referral, get_content()) == ({}, "not_confirmed_again")
    again = read_answer("review_confirm", said, referral, get_content(), retry=True)
    assert again == ({"callback_requested": True}, None)


def test_a_worry_added_without_the_word_worry() -> None:
    referral = _with_worry("money_or_finance", "practical", 6)
    fields, problem = read_answer(
        "review_confirm", "oh I should have said I can't sleep as well", referral, get_content()
    )
    assert problem == "changed:concerns_text,concern_score"
    assert [c["item"] for c in fields["concerns"]] == ["money_or_finance", "sleep"]


def test_caring_for_someone_still_waiting_to_know_is_awaiting_diagnosis() -> None:
    """Blind person R9036: "Not officially. They've found a shadow on his lung..." was asked for a
    yes or no twice."""
    fields, problem = READERS["cares_for_someone_with_cancer"](
        "Not officially, they found a lump in his neck and the biopsy is next week",
        Referral(referrer_role="carer_for_self"),
        get_content(),
    )
    assert problem is None
    assert fields == {"cares_for_someone_with_cancer": True, "has_diagnosis": "awaiting"}


@pytest.mark.parametrize(
    ("text", "interpreter", "access"),
    [
        ("no thanks. my eyesight is poor, glaucoma, so my son reads things to me", False, True),
        ("nah pet", False, False),
        ("dont think so", False, False),
        ("Not that I know of", False, False),
        ("No, I'd love a Gaelic speaker, ha! No, English is fine", False, False),
    ],
)
def test_support_needs_from_round_nine_in_other_words(text: str, interpreter: bool, access: bool) -> None:
    """Blind people R9001 (cataracts, after "no thank you"), R9005 ("naw. no hen"), R9023 ("dont think
    so") and R9016 (a Welsh speaker wished for, "English is fine")."""
    fields, problem = READERS["support_needs"](text, _referral(), get_content())
    assert problem is None
    assert fields["interpreter_needed"] is interpreter
    assert bool(fields.get("access_needs")) is access


@pytest.mark.parametrize(
    "text",
    [
        "Right, I see. Could you give me something to pass on to him so he can get in touch himself?",
        "can she contact you herself then?",
    ],
)
def test_asking_what_to_pass_on_is_not_wanting_support_as_a_carer(text: str) -> None:
    """Blind person R9038 asked for something to pass on to her friend, was told "Please reply yes or
    no" twice and then taken as wanting support herself."""
    fields, problem = READERS["carer_support_wanted"](
        text, Referral(referrer_role="on_behalf"), get_content()
    )
    assert problem is None and fields["carer_support_wanted"] is False
