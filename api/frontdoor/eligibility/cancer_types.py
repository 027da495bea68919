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
    cell_type: bool = Field(
        False, description="the phrases name a kind of cell found in many places, not where the cancer is"
    )
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
    """Where the cancer is, read apart from the kind of cell: "squamous cell lung cancer" is lung,
    "squamous cell skin cancer" is non-melanoma skin cancer, and a bare "SCC" is asked about. Among
    the places named the first listed wins; a cell type decides only the kind of a skin cancer."""
    haystack = " " + " ".join(re.sub(r"[^\w ]", " ", (text or "").lower().replace("-", " ")).split()) + " "
    found = [
        cancer
        for cancer in types.types
        if any(f" {' '.join(p.replace('-', ' ').split())} " in haystack for p in cancer.phrases)
    ]
    places = [c for c in found if not c.cell_type]
    cells = [c for c in found if c.cell_type]
    if places:
        # A skin cancer named beside another ("breast, and an old BCC") is not the one being referred.
        place = next((c for c in places if c.id != "skin"), places[0])
        kind = place.skin_kind
        if place.id == "skin" and kind is None:
            kind = next((c.skin_kind for c in [*places, *cells] if c.id == "skin" and c.skin_kind), None)
        return CancerTypeMatch(place.id, kind)
    if cells:  # a kind of cell and no place: where it is stays a question (the follow-up asks)
        return CancerTypeMatch(cells[0].id, None)
    return None
