"""Training: wall time of `rasa train` from scratch (an empty cache), and of a retrain after changing
one NLU example (Rasa's cache keeps every component whose inputs did not change)."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import REPEATS, ROOT, over_repeats
from frontdoor.stack.bot import BOT_VENV, TRAINING_INPUTS, bot_env


def _train(folder: Path, cache: Path) -> float:
    argv = [str(BOT_VENV / "bin" / "rasa"), "train", "--config", "config.yml", "--domain", "bot/domain"]
    argv += ["--data", "data/nlu", "bot/data", "--out", "models"]
    env = bot_env({"RASA_CACHE_DIRECTORY": str(cache)})
    started = time.perf_counter()
    result = subprocess.run(argv, cwd=folder, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stdout[-2000:])
    return time.perf_counter() - started


def _copy_inputs(folder: Path) -> None:
    for entry in TRAINING_INPUTS:
        source, target = ROOT / entry, folder / entry
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)


def _change_one_example(folder: Path, round_: int) -> None:
    path = folder / "data" / "nlu" / "greetings.yml"
    text = path.read_text()
    path.write_text(text.replace("      - hi again\n", f"      - hi again {round_}\n", 1))


def run() -> dict[str, object]:
    scratch, retrain = [], []
    for rep in range(REPEATS):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "project"
            _copy_inputs(folder)
            cache = Path(tmp) / "cache"
            scratch.append(_train(folder, cache))
            _change_one_example(folder, rep)
            retrain.append(_train(folder, cache))
    return {
        "from_scratch_seconds": over_repeats(scratch, 1),
        "after_one_nlu_example_seconds": over_repeats(retrain, 1),
        "ratio": round(statistics.median(retrain) / statistics.median(scratch), 2),
        "cpu_cores": os.cpu_count(),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
