"""Ordinary answers to our own questions raise no alarm.

A false alarm mid-referral is not harmless: the person is asked whether someone is hurting them when
they gave their postcode, and a clear one pages the duty contact. The answers here are every answer the
first round of blind personas (eval/blind/personas.yml, written by someone who never saw the detector)
gives to the conversation's questions, and those of the second round (personas_round2.yml, tuned on
since its first run): about 1,900 ordinary messages from invented people, none of them about a risk
(neither round has crisis personas). The third round (personas_round3.yml) is left out on purpose: the
persona evaluation measures false alarms on it.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.unit._safety_helpers import assess

BLIND = Path(__file__).resolve().parents[2] / "eval" / "blind"
PERSONAS = (BLIND / "personas.yml", BLIND / "personas_round2.yml")
# At most this share of ordinary answers may raise the direct question (a possible risk).
MOST_POSSIBLE = 0.01


def ordinary_answers() -> list[str]:
    answers: set[str] = set()
    people = [p for path in PERSONAS for p in yaml.safe_load(path.read_text(encoding="utf-8"))]
    for persona in people:
        said = [*persona["says"].values(), *(i["say"] for i in persona.get("interjections") or [])]
        for value in said:
            answers.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    return sorted(answers)


def test_there_are_enough_answers_to_judge_by() -> None:
    assert len(ordinary_answers()) > 1800


def test_the_learned_reader_does_not_ask_about_plain_answers_to_our_questions() -> None:
    """ "me im her carer" had been asked whether someone was hurting them (the learned reader, 0.88):
    it now learns from plain answers to our questions among its ordinary examples."""
    for text in (
        "me im her carer",
        "It's for me. I'm 44 and I live in Kirkcaldy",
        "Not me, my wife. Lung cancer",
    ):
        assert assess(text).possible == [], text


def test_no_ordinary_answer_is_taken_for_a_clear_risk() -> None:
    clear = [(text, [d.rule for d in assess(text).detections]) for text in ordinary_answers()]
    assert [c for c in clear if c[1]] == []


def test_hardly_any_ordinary_answer_raises_the_direct_question() -> None:
    answers = ordinary_answers()
    raised = [(text, [d.rule for d in assess(text).possible]) for text in answers]
    raised = [r for r in raised if r[1]]
    assert len(raised) <= MOST_POSSIBLE * len(answers), raised
