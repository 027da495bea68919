"""The project's own copy of the handover contract (shared with other systems; do not rename fields)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


@lru_cache
def referral_record_schema() -> dict[str, Any]:
    return json.loads((HERE / "referral-record.schema.json").read_text())
