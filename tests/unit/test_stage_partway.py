"""Partway through treatment, said as people say it: blind person R7035's "on the R-CHOP, 4 down 2 to
go" was asked again twice ("Please reply with a number from 1 to 7") and then left for the link worker."""

import pytest

from frontdoor.intake.parsing import parse_stage


@pytest.mark.parametrize(
    ("said", "stage"),
    [
        ("on FOLFIRI, three done and three to go", "in_treatment"),
        ("cycle 4 of 8", "in_treatment"),
        ("had 2 rounds so far", "in_treatment"),
        ("half way through the radio", "in_treatment"),
        ("he's on rituximab every 3 weeks", "in_treatment"),
        ("lenalidomide tablets for the myeloma", "in_treatment"),
        ("waiting to start the first cycle", "awaiting"),
        ("finished all 6 cycles last month", "finished_treatment"),
    ],
)
def test_partway_through_a_course(said: str, stage: str) -> None:
    assert parse_stage(said) == stage
