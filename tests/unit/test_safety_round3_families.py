"""Rule families added after the third blind safety set (issue #14), each sentence written for this test
in our own words: clear risks that had got no help, back pain with weak legs as an emergency, and
look-alikes (a quoted question answered no, long ago and over, planning for the end of life, idioms)
that had raised an alarm."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import (
    ABUSE,
    EMERGENCY,
    SIDE_EFFECT,
    SUICIDE,
    any_alarm,
    clear_kinds,
    possible_kinds,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("keeps throwing up every hour since the chemo, it won't stop", SIDE_EFFECT),
        ("not eaten or drunk anything for three days since starting capecitabine", SIDE_EFFECT),
        ("the tingling in my fingers is so bad since chemo I keep dropping things", SIDE_EFFECT),
        ("since the new tablets I've a rash spreading and blisters all over my lips", SIDE_EFFECT),
        ("on dexamethasone and my blood sugar reading is really high", SIDE_EFFECT),
        ("the skin round his picc line is hot and swollen", SIDE_EFFECT),
        ("I could just jump from the viaduct and that would be that", SUICIDE),
        ("she says she'll wade into the Clyde one night", SUICIDE),
        ("I'm going to swallow the rest of the packet tonight", SUICIDE),
        ("I'm not intending to be around by Christmas", SUICIDE),
        ("my nephew pockets her pension every week and she goes without", ABUSE),
        ("he got my uncle to sign over the flat", ABUSE),
        ("they leave nan in bed all day, she's not been out of it since Tuesday", ABUSE),
        ("he sells my morphine and I've nothing left for the pain", ABUSE),
        ("he messaged that I deserve to die and that he'll make sure of it", ABUSE),
        ("the house went into her name and grandad was left with nothing", ABUSE),
        ("his back is agony and his legs have gone weak", EMERGENCY),
        ("my lower back aches and I couldn't pass water all night", EMERGENCY),
    ],
)
def test_clear_risks_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the runs just won't stop today", SIDE_EFFECT),
        ("easier if he just didn't wake up, he says", SUICIDE),
    ],
)
def test_possible_risks_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "the questionnaire asked whether I'd had thoughts of suicide, I said no",
        "the nurse asked me about domestic abuse, it does not apply to me",
        "I self harmed at school but not for twenty years now",
        "I was sick all the time on chemo but it ended in the spring",
        "I had sepsis in 2021 and was in intensive care. I'd like help with a blue badge",
        "we've talked about where he wants to die, he'd like to be at home",
        "could you help me with writing letters to my kids for when I'm gone",
        "I'm at the end of my tether with the hospital parking",
        "I feel like a burden on my son with all the driving to appointments",
        "my stepdad stole from mum years ago, he's got no involvement with us now",
        "What does MSCC stand for?",
    ],
)
def test_look_alikes_raise_nothing(text: str) -> None:
    assert not any_alarm(text)


def test_a_quoted_question_not_answered_no_is_still_asked_about() -> None:
    text = "the nurse asked if I'd thought of ending my life and I do, every day"
    assert SUICIDE in clear_kinds(text) + possible_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("his calf is swollen and tender and now he's short of breath", EMERGENCY),
        ("her nosebleed has gone on for hours and her platelets are low", EMERGENCY),
        ("I can't get my words out and my arm won't lift, it's gone all heavy", EMERGENCY),
        ("since starting keytruda I've a dry cough and I'm breathless walking", SIDE_EFFECT),
        ("on oramorph, constipated for a week and now vomiting", SIDE_EFFECT),
        ("on oramorph, constipated for a week and now vomiting", EMERGENCY),
        ("I've decided I'm ending it on Friday", SUICIDE),
    ],
)
def test_more_clear_risks_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("she keeps repeating herself this evening", EMERGENCY),
        ("my nan seems muddled since this morning", EMERGENCY),
        ("he went out hours ago and left his wallet and wedding ring behind", SUICIDE),
        ("if my partner finds out I rang you I will pay for it", ABUSE),
        ("she says I'm faking it with the cancer", ABUSE),
        ("money keeps going missing from mum's purse since he moved in", ABUSE),
        ("nan's covered in bruises again and her carer says she just keeps falling", ABUSE),
        ("don't write to me, he opens everything", ABUSE),
        ("he won't let me rest even on chemo days", ABUSE),
        ("the skin on my chest after radiotherapy is raw and blistered", SIDE_EFFECT),
        ("can't get warm since my chemo on Monday", SIDE_EFFECT),
    ],
)
def test_more_possible_risks_in_other_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


def test_a_joke_about_being_found_out_is_not_a_threat() -> None:
    assert not any_alarm("my wife will kill me if she sees I've had cake again")


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather die than sit in that waiting room for four hours again",
        "I really shot myself in the foot forgetting the letter",
        "honestly I could sleep forever after that walk",
        "I nearly choked on my toast when I saw the bill",
        "I'm pulling my hair out with these benefit forms",
    ],
)
def test_everyday_sayings_with_alarm_words(text: str) -> None:
    assert not any_alarm(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("dad swallowed a whole box of his sleeping tablets", SUICIDE),
        ("I don't feel safe with my partner any more", ABUSE),
        ("she flung a plate at me last night", ABUSE),
        ("he won't let me take my painkillers until I've done the housework", ABUSE),
        ("the home leaves my grandad in soiled pads all morning", ABUSE),
        ("my hand is red and sore where the cannula went in", SIDE_EFFECT),
    ],
)
def test_clear_risks_said_plainly(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm exhausted by all of this, truly", SUICIDE),
        ("not sure how much more of this she can bear", SUICIDE),
        ("my family would be happier without me", SUICIDE),
        ("he's been stocking up on his tablets", SUICIDE),
        ("she's bought loads of paracetamol and won't tell me why", SUICIDE),
        ("I have to watch what I say around him", ABUSE),
        ("you never know what mood she'll be in when she gets in", ABUSE),
        ("my breathing has got a lot worse since yesterday", EMERGENCY),
        ("bad headache since Sunday and now I'm being sick", EMERGENCY),
    ],
)
def test_possible_risks_said_indirectly(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't feel safe on the stairs any more, can I get a rail fitted?",
        "I've got loads of tablets left over, can the pharmacy take them back?",
    ],
)
def test_everyday_worries_with_alarm_words(text: str) -> None:
    assert not any_alarm(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("since my husband passed I only want to be with him", SUICIDE),
        ("nothing here for me anymore, not since the diagnosis", SUICIDE),
        ("I've no idea where my pension has gone since she started doing my shopping", ABUSE),
        ("feeling hot then cold all afternoon", SIDE_EFFECT),
    ],
)
def test_possible_risks_in_few_words(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


def test_money_held_while_they_go_without_food() -> None:
    assert ABUSE in clear_kinds("her nephew has got her bank card and there's no food in the house")


def test_a_question_about_someone_is_not_a_quoted_question() -> None:
    assert SUICIDE in clear_kinds("I have a question about my mum, she keeps saying she wants to die")


def test_the_learned_reader_does_not_read_back_an_everyday_saying() -> None:
    assert not any_alarm("honestly I'd die for a long hot bath and a good night's sleep")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I am very scared from my son", ABUSE),
        ("my partner he not give me my tablets", ABUSE),
        ("my uncle has drunk weedkiller", SUICIDE),
        ("I'll swallow whatever's in the bathroom cabinet", SUICIDE),
        ("me da's collapsed on the landing", EMERGENCY),
    ],
)
def test_clear_risks_in_second_language_or_dialect(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


def test_wishing_the_illness_would_hurry_up_is_asked_about() -> None:
    text = "she hopes the illness takes her quickly"
    assert SUICIDE in clear_kinds(text) + possible_kinds(text)


def test_nearly_fainting_at_a_price_is_a_saying() -> None:
    assert not any_alarm("we nearly fainted when we saw the parking charges")


def test_a_quoted_question_answered_with_no_i_have_not() -> None:
    assert not any_alarm("the nurse asked if I'd had thoughts of suicide, no I have not")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I've made my peace with it all and I feel ready", SUICIDE),
        ("it won't matter much longer anyway", SUICIDE),
        ("I'm sick of being a bother to my daughter", SUICIDE),
        ("there must be a quicker way than this", SUICIDE),
        ("I've been giving my clothes to friends", SUICIDE),
        ("this is my last birthday whether the cancer gets me or not", SUICIDE),
        ("I have to hand her all my benefits", ABUSE),
        ("he calls me pathetic in front of people", ABUSE),
        ("she's smashed up the flat again", ABUSE),
        ("he isn't making any sense tonight", EMERGENCY),
        ("his mouth is too sore to eat since the chemo", SIDE_EFFECT),
    ],
)
def test_hints_worth_asking_about(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


def test_a_swollen_tongue_after_a_drip_is_an_emergency() -> None:
    assert EMERGENCY in clear_kinds("my tongue feels puffy and tingly since the antibiotic drip")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("her son battered his mother last night", ABUSE),
        ("I think my sister is being bullied by her partner", ABUSE),
        ("the carer won't let dad have water after six", ABUSE),
    ],
)
def test_reports_about_someone_else(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("she keeps saying better if she just died", SUICIDE),
        ("he says he has had enough and he is ready", SUICIDE),
        ("mum no eating no drinking since two days", SIDE_EFFECT),
    ],
)
def test_reports_worth_asking_about(text: str, kind: str) -> None:
    assert kind in clear_kinds(text) + possible_kinds(text)


def test_a_threat_if_found_out_talking_to_us_is_not_a_joke() -> None:
    assert ABUSE in clear_kinds("he'd kill me if he knew I was talking to you")


def test_hiding_contact_from_a_partner_is_asked_about() -> None:
    text = "my partner doesn't know I'm contacting you"
    assert ABUSE in clear_kinds(text) + possible_kinds(text)
