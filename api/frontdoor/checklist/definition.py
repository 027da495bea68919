"""The checklist definition (content/checklist.yml), validated at start-up."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from frontdoor.content_files import DEFAULT_CONTENT_DIR, load_model

Category = Literal["physical", "emotional", "practical", "family", "spiritual"]
CATEGORIES: tuple[Category, ...] = ("physical", "emotional", "practical", "family", "spiritual")


class ChecklistItem(BaseModel):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1, max_length=60)
    category: Category
    phrases: list[str] = Field(default_factory=list)
    examples: list[str] = Field(
        default_factory=list, description="things people say that mean this item, to train the reader"
    )
    for_carers: bool = True
    offered: bool = Field(True, description="false: never in a menu (kept for words that fit nowhere)")
    carer_only: bool = False
    retired: bool = False


class Checklist(BaseModel):
    common: list[str] = Field(min_length=1, description="offered as a numbered list, in this order")
    categories: dict[Category, str] = Field(description="plain-words label of each category, in menu order")
    items: list[ChecklistItem] = Field(min_length=1)
    ordinary: list[str] = Field(
        default_factory=list,
        description="things people say that raise no concern (a diagnosis, a greeting, 'I'm fine'): the "
        "reader's classifier adds an item only when it is surer of it than of these",
    )

    @model_validator(mode="after")
    def _check(self) -> Checklist:
        ids = [item.id for item in self.items]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"item id(s) used twice: {', '.join(duplicates)}")
        unknown = [i for i in self.common if i not in ids]
        if unknown:
            raise ValueError(f"common lists unknown item(s): {', '.join(unknown)}")
        unlabelled = [c for c in CATEGORIES if c not in self.categories]
        if unlabelled:
            raise ValueError(f"categories has no label for: {', '.join(unlabelled)}")
        empty = [c for c in CATEGORIES if not any(i.category == c for i in self.items)]
        if empty:
            raise ValueError(f"no items in categor{'y' if len(empty) == 1 else 'ies'}: {', '.join(empty)}")
        return self

    @property
    def something_else(self) -> ChecklistItem | None:
        """Where words that fit no item are kept, for the link worker to read."""
        return next((i for i in self.items if not i.offered and not i.retired), None)

    def get(self, item_id: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.id == item_id and not i.retired), None)

    def common_items(self) -> list[ChecklistItem]:
        return [item for item in (self.get(i) for i in self.common) if item is not None]

    def in_category(self, category: str, role: str | None) -> list[ChecklistItem]:
        """The items of one category offered to this person, in file order."""
        return [i for i in self.for_role(role) if i.category == category and i.offered]

    def for_role(self, role: str | None) -> list[ChecklistItem]:
        """Items offered to this person: carers get carer items, others do not."""
        carer = role == "carer_for_self"
        return [i for i in self.items if not i.retired and (i.for_carers if carer else not i.carer_only)]


def load_checklist(path: Path | None = None) -> Checklist:
    base = Path(os.environ.get("FRONTDOOR_CONTENT_DIR", DEFAULT_CONTENT_DIR))
    return load_model(path or base / "checklist.yml", Checklist)
