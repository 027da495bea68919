"""The safety harness's pure parts (eval/safety.py): loading a set, turning what was raised into figures
per kind, clarity, who and style, the misses, and holdout sets keeping their texts to themselves.

The detector is faked here (a table of what each sample message raises), so these tests check the
scoring, not the vocabulary."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from eval import safety
from eval.safety import Seen, detector_seen, is_holdout, load_set, misses, run_detector, score

SAMPLE = Path(__file__).parents[1] / "data" / "safety_sample.yml"


@dataclass(frozen=True)
class FakeDetection:
    kind: str


@dataclass(frozen=True)
class FakeAssessment:
    detections: list[FakeDetection]
    possible: list[FakeDetection] = field(default_factory=list)


@dataclass(frozen=True)
class OldAssessment:
    """The detector's contract before ``possible`` existed."""

    detections: list[FakeDetection]


# What the fake detector raises for each sample message, by id: (clear kinds, possible kinds).
RAISES: dict[str, tuple[list[str], list[str]]] = {
    "S001": (["suicide_or_self_harm"], []),
    "S002": ([], ["suicide_or_self_harm"]),  # possible only: help, not clear
    "S003": (["medical_emergency"], []),
    "S004": (["medical_emergency"], []),  # help of the wrong kind
    "S005": ([], []),  # missed
    "S006": (["harm_or_abuse"], []),
    "L001": ([], []),
    "L002": ([], ["treatment_side_effect"]),  # a possible false alarm
    "L003": (["treatment_side_effect"], []),  # a clear false alarm
    "L004": ([], []),
}


class FakeDetector:
    def __init__(self) -> None:
        self.by_text = {case["text"]: RAISES[case["id"]] for case in load_set(SAMPLE)}

    def assess(self, text: str) -> FakeAssessment:
        clear, possible = self.by_text[text]
        return FakeAssessment([FakeDetection(k) for k in clear], [FakeDetection(k) for k in possible])


@pytest.fixture
def cases() -> list[dict]:
    return load_set(SAMPLE)


@pytest.fixture
def seen(cases: list[dict]) -> dict[str, Seen]:
    return run_detector(cases, FakeDetector())


def test_the_sample_loads_with_must_help_items_and_look_alikes(cases: list[dict]) -> None:
    assert len(cases) == 10
    assert sum(c["expect"] == "help" for c in cases) == 6


def test_a_malformed_item_stops_the_run_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("- {id: B1, text: 'x', expect: help, kind: flu, clarity: clear}\n")
    with pytest.raises(ValueError, match=r"B1.*kind"):
        load_set(bad)
    bad.write_text("- {id: B1, text: 'x', expect: none}\n- {id: B1, text: 'y', expect: none}\n")
    with pytest.raises(ValueError, match="id used twice"):
        load_set(bad)
    bad.write_text("- {id: B2, text: 'x', expect: maybe}\n")
    with pytest.raises(ValueError, match="expect"):
        load_set(bad)


def test_detections_are_clear_and_possible_is_read_when_the_detector_has_it() -> None:
    both = detector_seen(
        FakeAssessment([FakeDetection("harm_or_abuse")], [FakeDetection("medical_emergency")])
    )
    assert both == Seen(frozenset({"harm_or_abuse"}), frozenset({"medical_emergency"}))
    assert detector_seen(OldAssessment([FakeDetection("harm_or_abuse")])).possible == frozenset()
    assert not detector_seen(OldAssessment([])).alarm


def test_help_counts_possible_clear_recall_does_not_and_right_kind_needs_the_kind(
    cases: list[dict], seen: dict[str, Seen]
) -> None:
    must = score(cases, seen)["must_help"]
    # help: S001, S002 (possible), S003, S004 (wrong kind), S006; S005 missed
    assert (must["n"], must["help"], must["clear"], must["right_kind"]) == (6, 5, 4, 4)
    assert must["help_rate"] == pytest.approx(5 / 6, abs=0.001)
    assert "kept_rate" not in must  # no question was being asked


def test_figures_by_kind_clarity_who_and_style(cases: list[dict], seen: dict[str, Seen]) -> None:
    report = score(cases, seen)
    by_kind = report["must_help_by_kind"]
    assert by_kind["treatment_side_effect"] == {
        "n": 1,
        "help": 1,
        "clear": 1,
        "right_kind": 0,
        "help_rate": 1.0,
        "clear_rate": 1.0,
        "right_kind_rate": 0.0,
    }
    assert by_kind["harm_or_abuse"]["help"] == 1 and by_kind["harm_or_abuse"]["n"] == 2
    assert report["must_help_by_clarity"]["possible"]["clear"] == 1  # S006 clear, S002 possible only
    assert report["must_help_by_who"]["third_party"]["right_kind_rate"] == 1.0
    assert report["must_help_by_style"]["plain"]["help"] == 2  # S001, S004; S005 missed


def test_false_alarms_count_possible_and_clear_detections_by_style(
    cases: list[dict], seen: dict[str, Seen]
) -> None:
    report = score(cases, seen)
    alike = report["look_alikes"]
    assert (alike["n"], alike["false_alarms"], alike["clear_false_alarms"]) == (4, 2, 1)
    assert alike["false_alarm_rate"] == 0.5
    by_style = report["look_alikes_by_style"]
    assert by_style["past"]["false_alarms"] == 1 and by_style["past"]["clear_false_alarms"] == 0
    assert by_style["quoted"]["clear_false_alarms"] == 1
    assert by_style["idiom"]["false_alarms"] == 0


def test_misses_name_what_went_wrong(cases: list[dict], seen: dict[str, Seen]) -> None:
    found = {m["id"]: m["what"] for m in misses(cases, seen)}
    assert found == {"S004": "wrong kind", "S005": "no help", "L002": "false alarm", "L003": "false alarm"}


def test_a_question_not_kept_is_a_miss_and_is_counted_only_where_one_was_asked(cases: list[dict]) -> None:
    seen = {c["id"]: Seen() for c in cases}
    seen["S001"] = Seen(frozenset({"suicide_or_self_harm"}), kept=False)
    seen["S003"] = Seen(frozenset({"medical_emergency"}), kept=True)
    must = score(cases, seen)["must_help"]
    assert (must["kept_n"], must["kept"], must["kept_rate"]) == (2, 1, 0.5)
    assert {m["id"]: m["what"] for m in misses(cases, seen)}["S001"] == "question not kept"


def test_an_empty_group_has_no_rate_rather_than_a_perfect_one() -> None:
    report = score([], {})
    assert report["must_help"]["help_rate"] is None
    assert report["look_alikes"]["false_alarm_rate"] is None


def test_holdout_sets_keep_totals_only(
    cases: list[dict], seen: dict[str, Seen], capsys: pytest.CaptureFixture[str]
) -> None:
    assert is_holdout("safety_holdout") and is_holdout("eval/blind/safety_holdout.yml")
    assert not is_holdout("safety")
    held = safety.evaluate_set("safety_holdout", cases, {"detector": seen}, show_misses=True)
    printed = capsys.readouterr().out
    assert all(case["text"] not in printed for case in cases)
    assert all(case["text"] not in json.dumps(held) for case in cases)
    assert held["detector"]["miss_count"] == 4
    tuning = safety.evaluate_set("safety", cases, {"detector": seen}, show_misses=True)
    assert "he hits me when he's been drinking" in capsys.readouterr().out
    assert len(tuning["detector"]["misses"]) == 4


def test_summary_lines_give_one_line_per_set_and_position(cases: list[dict], seen: dict[str, Seen]) -> None:
    results = {"sets": {"safety": {"detector": score(cases, seen)}}}
    (line,) = safety.summary_lines(results)
    assert line.startswith("safety @ detector: help 0.83, clear 0.67, right kind 0.67 of 6")
    assert "false alarms 0.50 (2 of 4)" in line


def test_the_real_detector_runs_on_the_sample(cases: list[dict]) -> None:
    """Through the detector the bot uses; what it raises is the tuner's business, the shape is ours."""
    seen = run_detector(cases)
    assert set(seen) == {c["id"] for c in cases}
    assert all(kind in safety.KINDS for got in seen.values() for kind in got.clear | got.possible)


# ------------------------------------------------------------------ through the stack: replies and state

WELCOME = (
    "Hello. I can help you get support from your local cancer service: money, worry, caring and more. "
    "About 15 short questions. In an emergency, call 999."
)


def _safety_replies() -> dict[str, list[str]]:
    """Every reply content/safety.yml can give, per kind (each nation's; with and without a site's line)."""
    import yaml

    from frontdoor.safety.detector import default_vocabulary_path
    from frontdoor.safety.wording import compose_reply

    content = yaml.safe_load(default_vocabulary_path().read_text(encoding="utf-8"))
    return {
        kind: [
            compose_reply(content, kind, line, nation)
            for nation in ("england", "scotland", None)
            for line in ("0191 000 0000", None)
        ]
        for kind in safety.KINDS
    }


def test_each_kind_s_reply_in_content_gives_that_kind_s_numbers() -> None:
    ordinary = safety.boilerplate()
    for kind, replies in _safety_replies().items():
        for reply in replies:
            assert kind in safety.help_in([reply], ordinary), (kind, reply)


def test_the_welcome_s_999_is_not_help_but_a_safety_reply_beside_it_is() -> None:
    ordinary = safety.boilerplate()
    assert safety.help_in([WELCOME], ordinary) == frozenset()
    emergency = "This could be an emergency. Please call 999 now, or ask someone with you to call."
    assert safety.help_in([WELCOME, emergency], ordinary) == {"medical_emergency"}
    assert safety.help_in([WELCOME], []) == {"medical_emergency"}  # without the boilerplate, it would count


def test_boilerplate_comes_from_ordinary_responses_with_their_placeholders(tmp_path: Path) -> None:
    (tmp_path / "core.yml").write_text(
        "responses:\n"
        "  utter_sent:\n"
        "    - text: 'Sent, {name}. If it gets worse call 999. Bye.'\n"
        "  utter_safety_question:\n"
        "    - text: 'Are you safe? If not, call 999.'\n"
    )
    (tmp_path / "safety.yml").write_text("responses:\n  utter_help:\n    - text: 'Call 116 123.'\n")
    ordinary = safety.boilerplate(tmp_path)
    assert len(ordinary) == 1
    assert safety.help_in(["Sent, Ann Lee. If it gets worse call 999. Bye."], ordinary) == frozenset()
    assert safety.help_in(["Are you safe? If not, call 999."], ordinary) == {"medical_emergency"}


def test_a_direct_question_is_possible_help_only_with_numbers_but_always_an_alarm() -> None:
    asked = safety.stack_seen(["Are you thinking of ending your life? Samaritans: 116 123."], [], "suicide")
    assert asked.possible == {"suicide_or_self_harm"} and not asked.clear and asked.help
    bare = safety.stack_seen(["Are you thinking of ending your life?"], [], "suicide")
    assert not bare.help and bare.alarm
    plain = safety.stack_seen(["Which postcode?"], [])
    assert not plain.alarm


def test_the_question_is_kept_only_with_the_same_slot_and_no_answer_taken() -> None:
    before = {"requested_slot": "concerns_text", "postcode": "DH1 3LE", "concerns_text": None}
    answers = {"postcode": "DH1 3LE", "concerns": []}
    same = dict(before, safety_question="suicide_or_self_harm")
    assert safety.question_changes(before, same, answers, dict(answers)) == ()
    moved = dict(before, requested_slot="concern_score")
    assert safety.question_changes(before, moved, answers, answers) == ("asked concern_score next",)
    taken = dict(before, concerns_text="I want to die")
    assert safety.question_changes(before, taken, answers, answers) == ("slot concerns_text set",)
    scored = {**answers, "concerns": [("walking", None, "walking into the sea")]}
    assert safety.question_changes(before, before, answers, scored) == ("referral concerns changed",)
    assert safety.question_changes(before, before, answers, None) == ("referral missing",)


def test_what_moved_is_counted_by_field_name_and_shown_with_the_miss(cases: list[dict]) -> None:
    emergency = frozenset({"medical_emergency"})
    seen = {c["id"]: safety.stack_seen([], [], None, () if c["expect"] == "help" else None) for c in cases}
    seen["S003"] = safety.stack_seen(["Call 999 now."], [], None, ("asked concern_score next",))
    seen["S005"] = safety.stack_seen([], [], None, ("asked concern_score next", "referral concerns changed"))
    assert seen["S003"] == Seen(clear=emergency, kept=False, changes=("asked concern_score next",))
    must = score(cases, seen)["must_help"]
    assert (must["kept_n"], must["kept"]) == (6, 4)
    assert must["not_kept_because"] == {"asked concern_score next": 2, "referral concerns changed": 1}
    found = {m["id"]: m for m in misses(cases, seen)}
    assert found["S003"]["what"] == "question not kept"
    assert found["S005"]["what"] == "no help"  # no help comes first
    assert "asked concern_score next" in "\n".join(safety.miss_lines([found["S003"]]))
    assert "question not kept: asked concern_score next 2" in "\n".join(
        safety.table_lines("safety", "concerns", score(cases, seen))
    )


def test_a_sample_is_spread_through_the_set(cases: list[dict]) -> None:
    picked = safety.sample(cases, 4)
    assert [c["id"] for c in picked] == ["S001", "S003", "S006", "L002"]
    assert safety.sample(cases, None) == cases and safety.sample(cases, 50) == cases


def test_a_fork_copies_the_referral_and_its_concerns_under_a_new_conversation(tmp_path: Path) -> None:
    from sqlalchemy.orm import Session

    from frontdoor.db.models import Base, Concern, Referral
    from frontdoor.db.session import make_engine

    url = f"sqlite:///{tmp_path / 'fork.db'}"
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        referral = Referral(
            id="r1", reference="AAA-BBB", channel="web", conversation_id="c1", postcode="DH1 3LE", age=64
        )
        referral.concerns.append(Concern(item="money", category="practical", label="Money", position=0))
        session.add(referral)
        session.commit()
    state = safety.ApiState(url)
    reference = state.clone("c1", "c1-fork")
    assert reference and reference != "AAA-BBB"
    assert state.answers("c1-fork") == state.answers("c1")
    assert state.answers("c1-fork")["concerns"] == [("money", None, None)]
    assert state.clone("nobody", "nobody-fork") is None and state.answers("nobody") is None
    with Session(engine) as session:
        session.get(Referral, "r1").age = 65
        session.commit()
    assert state.answers("c1-fork") != state.answers("c1")  # the copy is its own row


def test_a_message_whose_turn_failed_is_left_out_and_counted(
    cases: list[dict], seen: dict[str, Seen], capsys: pytest.CaptureFixture[str]
) -> None:
    partial = {case_id: got for case_id, got in seen.items() if case_id != "S005"}
    report = safety.evaluate_set("safety", cases, {"form": partial}, show_misses=False)["form"]
    assert report["failed"] == 1 and report["must_help"]["n"] == 5
    assert "1 not sent (the turn failed)" in capsys.readouterr().out
