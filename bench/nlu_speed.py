"""NLU alone: our trained model, loaded in-process and warm, parsing the held-out messages. Runs in the
bot env (Rasa's Python): `.venv-bot/bin/python bench/nlu_speed.py MODEL`. Prints JSON."""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 5


async def main(model: str) -> dict[str, object]:
    from rasa.core.agent import Agent

    agent = Agent.load(model)
    data = yaml.safe_load((ROOT / "tests" / "data" / "nlu_heldout.yml").read_text())
    messages = [str(text) for texts in data.values() for text in texts]
    for text in messages:  # warm
        await agent.parse_message(text)
    per_second, ms_per_message = [], []
    for _ in range(REPEATS):
        started = time.perf_counter()
        for text in messages:
            await agent.parse_message(text)
        elapsed = time.perf_counter() - started
        per_second.append(len(messages) / elapsed)
        ms_per_message.append(elapsed / len(messages) * 1000)

    def summary(values: list[float]) -> dict[str, float]:
        return {
            "median": round(statistics.median(values), 2),
            "min": round(min(values), 2),
            "max": round(max(values), 2),
        }

    return {
        "messages": len(messages),
        "messages_per_second": summary(per_second),
        "ms_per_message": summary(ms_per_message),
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1]))))
