"""A bad content file stops start-up with a message naming the file, the key and the problem."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from frontdoor.content import load_content
from frontdoor.content_files import DEFAULT_CONTENT_DIR, ContentError
from frontdoor.sms.numbers import drama_numbers_in, is_drama_number


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target)
    return target


def edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data))


def test_the_shipped_content_is_valid() -> None:
    content = load_content(DEFAULT_CONTENT_DIR)
    assert {s.id for s in content.sites.sites} >= {"dundee", "durham", "fife", "tower_hamlets", "coventry"}


@pytest.mark.parametrize(
    ("file", "change", "key", "problem"),
    [
        ("sites.yml", lambda d: d["sites"][1].update(id="dundee"), "sites", "used twice"),
        ("sites.yml", lambda d: d["sites"][0]["coverage"]["areas"].append("KY1"), "sites", "claimed by both"),
        (
            "sites.yml",
            lambda d: d["sites"][0]["coverage"]["areas"].append("nonsense!"),
            "sites[0].coverage.areas",
            "not a postcode district",
        ),
        (
            "sites.yml",
            lambda d: d["sites"][2]["link_workers"][0]["week"]["mon"].update(start="18:00"),
            "sites[2].link_workers[0].week.mon",
            "start must be before end",
        ),
        ("sites.yml", lambda d: d["sites"][0].pop("phone"), "sites[0].phone", "Field required"),
        ("sites.yml", lambda d: d["sites"][0].update(nation="wales"), "sites[0].nation", "england"),
        ("checklist.yml", lambda d: d["items"].append(dict(d["items"][0])), "(top level)", "used twice"),
        ("checklist.yml", lambda d: d["items"][0].update(category="money"), "items[0].category", "physical"),
        ("triage.yml", lambda d: d.update(high_distress_from=11), "high_distress_from", "less than or equal"),
    ],
)
def test_a_bad_file_names_file_key_and_problem(content_dir: Path, file, change, key, problem) -> None:
    edit(content_dir / file, change)
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    message = str(caught.value)
    assert message.startswith(str(content_dir / file))
    assert key in message
    assert problem in message


def test_broken_yaml_names_the_line(content_dir: Path) -> None:
    (content_dir / "sites.yml").write_text("sites: [\n  - id: x\n")
    with pytest.raises(ContentError, match=r"sites\.yml: line \d+: not valid YAML"):
        load_content(content_dir)


def test_the_api_refuses_to_start_on_a_bad_file(content_dir: Path, tmp_path: Path) -> None:
    edit(content_dir / "sites.yml", lambda d: d["sites"][0].update(nation="wales"))
    result = subprocess.run(
        [sys.executable, "-c", "from frontdoor.app import create_app; create_app()"],
        env={
            "CONTENT_DIR": str(content_dir),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
            "FRONTDOOR_ENV": "production",
            "SECRET_KEY": "k" * 40,
            "SERVICE_TOKEN": "s" * 40,
            "RASA_TOKEN": "r" * 40,
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "sites.yml: sites[0].nation" in result.stderr


def test_production_refuses_default_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from frontdoor.settings import Settings

    monkeypatch.setenv("FRONTDOOR_ENV", "production")
    for name in ("SECRET_KEY", "SERVICE_TOKEN", "RASA_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings()


# Phone numbers: Ofcom's drama ranges are fictional, so no safety reply may name one, and production
# refuses them (and a missing acute oncology number or duty contact) where a crisis depends on them.
NOT_A_LINE = "0191 000 0000"  # not a drama number, and no real line either (no local number starts 0)


@pytest.mark.parametrize(
    "number",
    [
        "0113 496 0123",
        "0121 496 0999",
        "0131 496 0101",
        "0141 496 0000",
        "0191 498 0399",
        "020 7946 0404",
        "01632 960123",
        "07700 900123",
        "+447700900123",
        "0808 157 0123",
        "0909 879 0123",
    ],
)
def test_drama_numbers_are_recognised(number: str) -> None:
    assert is_drama_number(number)


@pytest.mark.parametrize(
    "number",
    ["0808 808 00 00", "116 123", "0808 2000 247", "0800 027 1234", "0191 497 0399", "+447700901123"],
)
def test_real_numbers_are_not_drama_numbers(number: str) -> None:
    assert not is_drama_number(number)


def test_no_safety_reply_ever_names_a_fictional_number() -> None:
    content = load_content(DEFAULT_CONTENT_DIR)
    kinds = list(content.safety.raw["messages"])
    for site in [*content.sites.sites, None]:
        for kind in kinds:
            assert drama_numbers_in(content.safety.reply(kind, site)) == [], (kind, site and site.id)


def test_a_fictional_acute_oncology_number_is_never_given_in_demo(content_dir: Path) -> None:
    edit(content_dir / "sites.yml", lambda d: d["sites"][2].update(acute_oncology_line="0191 498 0399"))
    content = load_content(content_dir)
    reply = content.safety.reply("treatment_side_effect", content.sites.get("durham"))
    assert "0191 498 0399" not in reply
    assert "alert card" in reply and "999" in reply


def test_a_real_acute_oncology_number_is_given(content_dir: Path) -> None:
    edit(content_dir / "sites.yml", lambda d: d["sites"][2].update(acute_oncology_line=NOT_A_LINE))
    content = load_content(content_dir)
    assert NOT_A_LINE in content.safety.reply("treatment_side_effect", content.sites.get("durham"))


def production_sites(data: dict) -> None:
    """Every number on every site made 'real' (not drama), each site with an acute oncology number."""
    for site in data["sites"]:
        site.update(phone=NOT_A_LINE, acute_oncology_line=NOT_A_LINE, sms_number=None, alert_sms_number=None)


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (lambda d: None, "sites[0] (dundee).acute_oncology_line", "production needs"),
        (
            lambda d: (production_sites(d), d["sites"][2].update(acute_oncology_line="0191 498 0399")),
            "sites[2] (durham).acute_oncology_line",
            "0191 498 0399 is an Ofcom drama number",
        ),
        (
            lambda d: (production_sites(d), d["sites"][2].pop("acute_oncology_line")),
            "sites[2] (durham).acute_oncology_line",
            "production needs",
        ),
        (
            lambda d: (production_sites(d), d["sites"][0].update(alert_sms_number="+447700900191")),
            "sites[0] (dundee).alert_sms_number",
            "Ofcom drama number",
        ),
        (
            lambda d: (production_sites(d), d["sites"][3].update(phone="020 7946 0404")),
            "sites[3] (tower_hamlets).phone",
            "Ofcom drama number",
        ),
    ],
)
def test_production_refuses_fictional_or_missing_safety_numbers(
    content_dir: Path, change, key, problem
) -> None:
    edit(content_dir / "sites.yml", change)
    with pytest.raises(ContentError) as caught:
        load_content(content_dir, production=True, duty_alert_sms_number="+441910000000")
    message = str(caught.value)
    assert message.startswith(str(content_dir / "sites.yml"))
    assert key in message and problem in message


@pytest.mark.parametrize(("duty", "problem"), [("", "needs a duty contact"), ("+447700900990", "drama")])
def test_production_refuses_a_missing_or_fictional_duty_contact(
    content_dir: Path, duty: str, problem: str
) -> None:
    edit(content_dir / "sites.yml", production_sites)
    with pytest.raises(ContentError, match=f"DUTY_ALERT_SMS_NUMBER: .*{problem}"):
        load_content(content_dir, production=True, duty_alert_sms_number=duty)


def test_production_starts_with_real_numbers_and_demo_with_drama_ones(content_dir: Path) -> None:
    load_content(DEFAULT_CONTENT_DIR)
    edit(content_dir / "sites.yml", production_sites)
    content = load_content(content_dir, production=True, duty_alert_sms_number="+441910000000")
    assert content.sites.get("durham").acute_oncology_line == NOT_A_LINE


def test_the_api_refuses_to_start_in_production_with_the_demo_numbers(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from frontdoor.app import create_app; create_app()"],
        env={
            "CONTENT_DIR": str(DEFAULT_CONTENT_DIR),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
            "FRONTDOOR_ENV": "production",
            "SECRET_KEY": "k" * 40,
            "SERVICE_TOKEN": "s" * 40,
            "RASA_TOKEN": "r" * 40,
            "DUTY_ALERT_SMS_NUMBER": "+441910000000",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "sites.yml: sites[0] (dundee).acute_oncology_line: production needs" in result.stderr


@pytest.mark.parametrize(
    ("file", "change", "key", "problem"),
    [
        (
            "sms.yml",
            lambda d: d.update(
                help_reply="Call {phone} or NHS 111. Samaritans 116 123. Macmillan 0808 808 00 00."
            ),
            "help_reply",
            "must name 999",
        ),
        (
            "sms.yml",
            lambda d: d.update(help_reply=d["help_reply"] + " x" * 30),
            "help_reply",
            "two SMS segments",
        ),
        (
            "safety.yml",
            lambda d: d["messages"].update(general=d["messages"]["general"] + " Or call 0131 496 0999."),
            "messages.general",
            "0131 496 0999, an Ofcom drama number",
        ),
        (
            "safety.yml",
            lambda d: d["messages"].update(medical_emergency="This could be an emergency. Ring for help."),
            "messages.medical_emergency",
            "must name 999",
        ),
    ],
)
def test_fixed_replies_name_the_crisis_numbers_and_no_fictional_one(
    content_dir: Path, file, change, key, problem
) -> None:
    edit(content_dir / file, change)
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    assert str(caught.value).startswith(str(content_dir / file))
    assert key in str(caught.value) and problem in str(caught.value)
