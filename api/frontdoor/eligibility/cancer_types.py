"""Cancer types in people's own words (content/cancer_types.yml) mapped to the ids the record uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from frontdoor.content_files import load_model


class CancerType(BaseModel):
    id: str = Field(pattern=r"^[a-z][a-z_]*$")
    skin_kind: Literal["melanoma", "non_melanoma"] | None = None
    phrases: list[str] = Field(min_length=1)


class CancerTypes(BaseModel):
    types: list[CancerType] = Field(min_length=1)


@dataclass(frozen=True)
class CancerTypeMatch:
    type_id: str
    skin_cancer_kind: str | None


def load_cancer_types(content_dir: Path) -> CancerTypes:
    return load_model(content_dir / "cancer_types.yml", CancerTypes)


def match_cancer_type(text: str, types: CancerTypes) -> CancerTypeMatch | None:
    """The first listed type whose phrase appears in the text; None when none does."""
    haystack = " " + " ".join(re.sub(r"[^\w ]", " ", (text or "").lower().replace("-", " ")).split()) + " "
    for cancer in types.types:
        if any(f" {' '.join(p.replace('-', ' ').split())} " in haystack for p in cancer.phrases):
            return CancerTypeMatch(cancer.id, cancer.skin_kind)
    return None
