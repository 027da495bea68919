"""Reading YAML: the fast reader reads exactly what PyYAML's safe loader reads, each caller gets its own
objects, and a file changed on disk is read again."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from frontdoor import yaml_text
from frontdoor.content_files import DEFAULT_CONTENT_DIR, ContentError, load_yaml
from frontdoor.yaml_text import read_yaml_file


@pytest.mark.parametrize("name", sorted(p.name for p in DEFAULT_CONTENT_DIR.glob("*.yml")))
def test_every_content_file_reads_as_the_safe_loader_reads_it(name: str) -> None:
    path = DEFAULT_CONTENT_DIR / name
    assert read_yaml_file(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_a_caller_changing_what_it_read_changes_nothing_for_the_next(tmp_path: Path) -> None:
    path = tmp_path / "sites.yml"
    path.write_text("sites:\n  - id: dundee\n    areas: [DD1, DD2]\n", encoding="utf-8")
    first = read_yaml_file(path)
    first["sites"][0]["areas"].append("KY13")
    assert read_yaml_file(path) == {"sites": [{"id": "dundee", "areas": ["DD1", "DD2"]}]}


def test_a_file_changed_on_disk_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "triage.yml"
    path.write_text("urgent_from: 8\n", encoding="utf-8")
    assert read_yaml_file(path) == {"urgent_from": 8}
    path.write_text("urgent_from: 9\n", encoding="utf-8")  # same size, same second
    assert read_yaml_file(path) == {"urgent_from": 9}


def test_bad_yaml_still_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "checklist.yml"
    path.write_text("items:\n  - id: pain\n    label: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_yaml(path)
    assert caught.value.path == str(path)
    assert caught.value.key.startswith("line ")
    assert "not valid YAML" in caught.value.problem


def test_parses_are_kept_for_a_bounded_number_of_files(tmp_path: Path) -> None:
    for n in range(yaml_text.KEPT_FILES + 10):
        path = tmp_path / f"file{n}.yml"
        path.write_text(f"n: {n}\n", encoding="utf-8")
        assert read_yaml_file(path) == {"n": n}
    assert len(yaml_text._PARSED) <= yaml_text.KEPT_FILES
    assert read_yaml_file(tmp_path / "file0.yml") == {"n": 0}  # read again, from the file
