"""`make eval` finds every blind set itself: a round is run as soon as its file is committed, in the order
the rounds were written, with a held-out set last."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval import run


@pytest.fixture
def blind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in (
        "personas_round10.yml",
        "personas.yml",
        "personas_round2.yml",
        "concerns_holdout.yml",
        "concerns_round3.yml",
        "concerns.yml",
        "safety_round2.yml",
        "safety.yml",
        "eligibility.yml",
        "personas_notes.yml",
    ):
        (tmp_path / name).write_text("[]\n")
    monkeypatch.setattr(run, "BLIND", tmp_path)
    return tmp_path


def test_rounds_in_the_order_they_were_written(blind: Path) -> None:
    assert [path.name for path in run.blind_sets("personas")] == [
        "personas.yml",
        "personas_round2.yml",
        "personas_round10.yml",
    ]


def test_the_held_out_set_comes_last_and_other_files_are_left_out(blind: Path) -> None:
    assert run.other_arguments("concerns") == [
        "--set",
        "concerns",
        "--set",
        "concerns_round3",
        "--set",
        "concerns_holdout",
    ]
    assert run.other_arguments("safety") == ["--sets", "safety,safety_round2"]


def test_the_project_runs_every_committed_round() -> None:
    committed = sorted(Path(run.__file__).parent.joinpath("blind").glob("personas*.yml"))
    assert {path.name for path in run.blind_sets("personas")} == {path.name for path in committed}
