"""Readers from round 37's first run of blind people, each tested in other words than theirs."""

from __future__ import annotations

import pytest

from frontdoor.booking.preferences import parse_meeting

KINDS = ["phone", "home_visit", "community_venue"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # R37006 "can someone go to her house" was booked at a venue ("go to" weighed as a venue).
        ("could somebody go round to my dad's", "home_visit"),
        ("can someone go to his flat please", "home_visit"),
        # R37011 "can a come tae whitfield library" was booked as a home visit ("come tae" as "come to me").
        ("can a come doon tae the library", "community_venue"),
        ("could I come in to the hub", "community_venue"),
        ("can you come tae the hoose", "home_visit"),
        # R36035 "I'd like to come to the Idea Store..., I need to get out of the flat" got a home visit.
        ("the Idea Store at Canary Wharf would suit, it gets me out of the house", "community_venue"),
        ("I never get out of the house so could someone come to me", "home_visit"),
    ],
)
def test_who_goes_where(text: str, kind: str) -> None:
    assert parse_meeting(text, KINDS) == kind
