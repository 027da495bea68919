"""How much the safety detector adds to each message.

Runs the detector (``assess``: rules, context and the learned reader) over the labelled evaluation set
(tests/data/safety_eval.yml) and the unit tests' own sentences' kind of traffic, 5 repetitions, and
prints per-message latency (median, p95; the budget is p95 under 5 ms) against a baseline measured in
the same run: reading the message alone (spaCy tokens and lookup lemmas), which any spaCy-based step
pays. Not a test: nothing asserts.

    .venv/bin/python bench/safety_detection.py
"""

from __future__ import annotations

import json
import statistics
import time
import tracemalloc
from pathlib import Path

import yaml

from frontdoor.safety.detector import SafetyDetector, default_vocabulary_path

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 5
BUDGET_P95_US = 5000


def messages() -> list[str]:
    data = yaml.safe_load((ROOT / "tests" / "data" / "safety_eval.yml").read_text())
    return [t for texts in data["must_fire"].values() for t in texts] + data["must_not_fire"]


def per_message_us(run, texts: list[str]) -> list[float]:
    timings = []
    for text in texts:
        start = time.perf_counter_ns()
        run(text)
        timings.append((time.perf_counter_ns() - start) / 1000)
    return timings


def summary(samples: list[list[float]]) -> dict[str, float]:
    medians = [statistics.median(s) for s in samples]
    p95s = [statistics.quantiles(s, n=20)[18] for s in samples]
    return {
        "median_us": statistics.median(medians),
        "min_median_us": min(medians),
        "max_median_us": max(medians),
        "p95_us": statistics.median(p95s),
    }


def main() -> None:
    tracemalloc.start()
    start = time.perf_counter()
    detector = SafetyDetector.from_file(default_vocabulary_path())
    load_ms = (time.perf_counter() - start) * 1000
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    texts = messages()
    for text in texts:  # warm up
        detector.assess(text)
    ours = [per_message_us(detector.assess, texts) for _ in range(REPEATS)]
    baseline = [per_message_us(detector.reader.read, texts) for _ in range(REPEATS)]
    result = {
        "messages": len(texts),
        "repeats": REPEATS,
        "load_ms": round(load_ms, 1),
        "load_peak_mib": round(peak / 2**20, 1),
        "detector": summary(ours),
        "baseline_reading": summary(baseline),
    }
    result["ratio_median"] = round(
        result["detector"]["median_us"] / result["baseline_reading"]["median_us"], 2
    )
    out = ROOT / "bench" / "results" / "safety_detection.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"safety detector over {len(texts)} messages x {REPEATS}: load {load_ms:.0f} ms", end="")
    print(f" ({result['load_peak_mib']} MiB)")
    for name in ("detector", "baseline_reading"):
        s = result[name]
        print(
            f"  {name:<19} median {s['median_us']:.0f} us (min {s['min_median_us']:.0f}, max "
            f"{s['max_median_us']:.0f}), p95 {s['p95_us']:.0f} us"
        )
    print(f"  detector / reading-only: {result['ratio_median']}x")
    verdict = "within" if result["detector"]["p95_us"] < BUDGET_P95_US else "OVER"
    print(f"  p95 {verdict} the {BUDGET_P95_US / 1000:.0f} ms budget")


if __name__ == "__main__":
    main()
