"""`rasa test core` over the test stories in tests/stories: every path of the conversation, every action."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from frontdoor.settings import PROJECT_ROOT
from frontdoor.stack.bot import BOT_VENV, bot_env

pytestmark = pytest.mark.e2e
OUT = PROJECT_ROOT / "test-artifacts" / "rasa-stories"


def test_every_test_story_passes(trained_model: Path) -> None:
    result = subprocess.run(
        [
            str(BOT_VENV / "bin" / "rasa"),
            "test",
            "core",
            "--model",
            str(trained_model),
            "--stories",
            str(PROJECT_ROOT / "tests" / "stories"),
            "--out",
            str(OUT),
            "--fail-on-prediction-errors",
        ],
        cwd=PROJECT_ROOT,
        env=bot_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    failed_file = OUT / "failed_test_stories.yml"
    failed = failed_file.read_text() if failed_file.exists() else ""
    assert result.returncode == 0, failed or result.stderr[-3000:]
    report = json.loads((OUT / "story_report.json").read_text())
    stories = report["conversation_accuracy"]
    assert stories["correct"] == stories["total"] >= 32, failed
    assert report["accuracy"] == 1.0
