"""The safety wording: every number exactly as BRIEF.md gives it, in the right message, SMS-safe."""

from __future__ import annotations

import pytest

from frontdoor.content import load_content
from frontdoor.content_files import DEFAULT_CONTENT_DIR
from frontdoor.safety.wording import offline_reply
from frontdoor.sms.gsm import is_gsm7, segment_count

CONTENT = load_content(DEFAULT_CONTENT_DIR)
DURHAM = CONTENT.sites.get("durham")
DUNDEE = CONTENT.sites.get("dundee")


@pytest.mark.parametrize(
    ("kind", "site", "must_say"),
    [
        (
            "suicide_or_self_harm",
            DUNDEE,
            ["999", "Samaritans", "116 123", "text SHOUT to 85258", "NHS 111", "mental health option"],
        ),
        ("medical_emergency", DUNDEE, ["999"]),
        ("treatment_side_effect", DURHAM, ["alert card", "24-hour", "999"]),
        ("treatment_side_effect", DUNDEE, ["alert card", "24-hour", "999"]),
        ("harm_or_abuse", DURHAM, ["999", "0808 2000 247"]),
        ("harm_or_abuse", DUNDEE, ["999", "0800 027 1234"]),
        ("general", None, ["999", "116 123", "0808 808 00 00", "8am to 8pm"]),
    ],
)
def test_each_reply_gives_the_right_numbers(kind: str, site, must_say: list[str]) -> None:
    reply = CONTENT.safety.reply(kind, site)
    for words in must_say:
        assert words in reply
    assert is_gsm7(reply)
    assert segment_count(reply) <= 2
    assert "carry on" in reply


def test_abuse_helpline_for_the_other_nation_is_not_given() -> None:
    assert "0800 027 1234" not in CONTENT.safety.reply("harm_or_abuse", DURHAM)
    assert "0808 2000 247" not in CONTENT.safety.reply("harm_or_abuse", DUNDEE)
    both = CONTENT.safety.reply("harm_or_abuse", None)
    assert "0808 2000 247" in both and "0800 027 1234" in both


def test_the_action_servers_offline_reply_reads_the_same_file() -> None:
    path = DEFAULT_CONTENT_DIR / "safety.yml"
    assert offline_reply(path, "suicide_or_self_harm") == CONTENT.safety.reply("suicide_or_self_harm", None)
    assert "116 123" in offline_reply(path, "unknown-kind")
