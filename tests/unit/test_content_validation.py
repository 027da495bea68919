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
