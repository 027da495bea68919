"""Each container image ships what its code imports and reads.

The images cannot be built here, so this reads them: each Dockerfile under deploy/ (its last stage's
COPY, WORKDIR and ENV lines, and a wheel built by an earlier stage from pyproject.toml), finds what
the image runs (its CMD, and the commands compose.yml gives services built from it; Rasa's custom
components and policies in config.yml), walks the project imports of that code (every ``import``
and ``from ... import`` in the source, inside functions too), and fails if:

- an imported project module (``frontdoor``, ``actions``, ``bot``) or a package it belongs to is not
  where the image's Python looks (site-packages, the working directory, PYTHONPATH);
- a file the code reads next to itself (``Path(__file__)...``: templates, static files, migrations,
  contracts) is not beside the installed module;
- a content file the code names (``"safety.yml"``) is not in the image's content directory
  (FRONTDOOR_CONTENT_DIR, else CONTENT_DIR), or the image sets neither.

Third-party packages are the base images' and requirement files' business, not checked here.
"""

from __future__ import annotations

import ast
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pytest
import tomllib
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
CONTENT = ROOT / "content"
PACKAGES = {"frontdoor": ROOT / "api" / "frontdoor", "actions": ROOT / "actions", "bot": ROOT / "bot"}
SITE_PACKAGES = "/site-packages"
_SITE = re.compile(r"^/usr/(local/)?lib/python3\.\d+/site-packages")
IGNORED = {"__pycache__", ".pytest_cache"}


@dataclass
class Stage:
    base: str
    name: str | None = None
    workdir: str = "/"
    copies: list[tuple[str | None, list[str], str]] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    runs: list[str] = field(default_factory=list)
    cmd: list[str] = field(default_factory=list)


def instructions(dockerfile: Path) -> Iterator[tuple[str, str]]:
    """(INSTRUCTION, arguments), continuation lines joined, comments dropped."""
    logical = ""
    for line in dockerfile.read_text().splitlines():
        if line.strip().startswith("#") or not line.strip():
            continue
        logical += line.rstrip()
        if logical.endswith("\\"):
            logical = logical[:-1] + " "
            continue
        word, _, rest = logical.strip().partition(" ")
        yield word.upper(), rest.strip()
        logical = ""


def _path(base: str, path: str) -> str:
    joined = str(PurePosixPath(base) / path) if not path.startswith("/") else path
    return _SITE.sub(SITE_PACKAGES, joined)


def parse(dockerfile: Path) -> list[Stage]:
    stages: list[Stage] = []
    for word, args in instructions(dockerfile):
        if word == "FROM":
            parts = args.split()
            stages.append(Stage(base=parts[0], name=parts[2] if len(parts) > 2 else None))
            continue
        stage = stages[-1]
        if word == "WORKDIR":
            stage.workdir = _path(stage.workdir, args)
        elif word == "COPY":
            parts = shlex.split(args)
            source_stage = next((p.split("=", 1)[1] for p in parts if p.startswith("--from=")), None)
            paths = [p for p in parts if not p.startswith("--")]
            stage.copies.append((source_stage, paths[:-1], _path(stage.workdir, paths[-1])))
        elif word == "ENV":
            stage.env.update(dict(pair.split("=", 1) for pair in shlex.split(args)))
        elif word == "RUN":
            stage.runs.append(args)
        elif word == "CMD":
            stage.cmd = yaml.safe_load(args) if args.startswith("[") else shlex.split(args)
    return stages


def _files(source: Path) -> Iterator[Path]:
    if source.is_file():
        yield source
    elif source.is_dir():
        for path in sorted(source.rglob("*")):
            if path.is_file() and not IGNORED.intersection(path.relative_to(source).parts):
                yield path


def _copied(stage: Stage) -> dict[str, Path]:
    """Image path -> file in the repository, for the stage's COPY lines from the build context."""
    files: dict[str, Path] = {}
    for source_stage, sources, dest in stage.copies:
        if source_stage is not None:
            continue
        for source in sources:
            origin = ROOT / source
            for path in _files(origin):
                if origin.is_dir():
                    files[str(PurePosixPath(dest) / path.relative_to(origin).as_posix())] = path
                else:
                    files[dest + path.name if dest.endswith("/") else dest] = path
    return files


def _wheel(stage: Stage) -> dict[str, Path]:
    """What ``pip wheel .`` in this stage puts in site-packages: pyproject's packages, their Python files
    and package-data, from what the stage copied."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    copied = _copied(stage)
    data = config.get("package-data", {})
    files: dict[str, Path] = {}
    for where in config["packages"]["find"]["where"]:
        base = PurePosixPath(stage.workdir) / where
        for image_path, path in copied.items():
            if not image_path.startswith(f"{base}/"):
                continue
            relative = PurePosixPath(image_path).relative_to(base)
            package, inner = relative.parts[0], PurePosixPath(*relative.parts[1:])
            # pyproject-configured find includes namespace packages: every .py file is a module.
            if path.suffix == ".py" or any(inner.match(glob) for glob in data.get(package, [])):
                files[f"{SITE_PACKAGES}/{relative}"] = path
    return files


@dataclass
class Image:
    dockerfile: Path
    stage: Stage
    files: dict[str, Path]  # image path -> file in the repository
    commands: list[list[str]]

    @property
    def roots(self) -> list[str]:
        extra = [p for p in self.stage.env.get("PYTHONPATH", "").split(":") if p]
        return [SITE_PACKAGES, self.stage.workdir, *extra]

    @property
    def content_dir(self) -> str | None:
        return self.stage.env.get("FRONTDOOR_CONTENT_DIR") or self.stage.env.get("CONTENT_DIR")


def _compose_commands(dockerfile: Path) -> list[list[str]]:
    compose = yaml.safe_load((DEPLOY / "compose.yml").read_text())
    commands = []
    for service in compose["services"].values():
        build = service.get("build") or {}
        if isinstance(build, dict) and build.get("dockerfile") == f"deploy/{dockerfile.name}":
            command = service.get("command")
            if command:
                commands.append(command if isinstance(command, list) else shlex.split(command))
    return commands


def load_image(dockerfile: Path) -> Image:
    stages = parse(dockerfile)
    final = stages[-1]
    files = _copied(final)
    for source_stage, sources, _dest in final.copies:
        built = next((s for s in stages if s.name == source_stage), None)
        if built is not None and any("pip wheel" in run for run in built.runs) and sources == ["/wheels"]:
            files.update(_wheel(built))
    return Image(dockerfile, final, files, [final.cmd, *_compose_commands(dockerfile)])


def _words(command: list[str]) -> list[str]:
    """Every word of a command, the words of ``sh -c "..."`` scripts included."""
    words: list[str] = []
    for word in command:
        words += shlex.split(word) if " " in word else [word]
    return words


def _package_modules(package: str) -> set[str]:
    base = PACKAGES[package]
    return {
        ".".join((package, *path.relative_to(base).with_suffix("").parts)).removesuffix(".__init__")
        for path in base.rglob("*.py")
        if not IGNORED.intersection(path.parts)
    }


def entry_modules(image: Image) -> set[str]:
    """The project modules an image runs: ``--actions pkg``, ``-m mod``, ``mod:app``, a console script
    from pyproject.toml, or (``run`` in a Rasa image) the custom components and policies of config.yml."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    found: set[str] = set()
    for command in image.commands:
        words = _words(command)
        for before, word in zip(["", *words], words, strict=False):
            if before == "--actions":
                found |= _package_modules(word)
            elif before == "-m" or re.fullmatch(r"[a-z_][\w.]*:[a-z_]\w*", word):
                found.add(word.split(":")[0])
            elif word in scripts:
                found.add(scripts[word].split(":")[0])
        if words[:1] == ["run"] and image.stage.base.startswith("rasa/rasa:"):
            config = yaml.safe_load((ROOT / "config.yml").read_text())
            for part in config.get("pipeline", []) + config.get("policies", []):
                module = part["name"].rsplit(".", 1)[0]
                if module.split(".")[0] in PACKAGES:
                    found.add(module)
    return {m for m in found if m.split(".")[0] in PACKAGES}


def source_of(module: str) -> Path | None:
    """The module's file, or its directory for a namespace package (no __init__.py)."""
    parts = module.split(".")
    base = PACKAGES[parts[0]].joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return base if base.is_dir() else None


def _imports(module: str, tree: ast.AST, is_package: bool) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = module.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
    project = {n for n in names if n.split(".")[0] in PACKAGES}
    return {n for n in project if source_of(n) is not None}


def _file_paths(path: Path, tree: ast.AST) -> set[Path]:
    """Paths built from ``Path(__file__)`` (with .resolve(), .parent, .parents[n] and / "literal")."""

    def evaluate(node: ast.AST) -> Path | None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Path":
            arg = node.args[0] if node.args else None
            return path if isinstance(arg, ast.Name) and arg.id == "__file__" else None
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "resolve"
        ):
            return evaluate(node.func.value)
        if isinstance(node, ast.Attribute) and node.attr == "parent":
            inner = evaluate(node.value)
            return inner.parent if inner else None
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
            inner = evaluate(node.value.value) if node.value.attr == "parents" else None
            index = node.slice.value if isinstance(node.slice, ast.Constant) else None
            return inner.parents[index] if inner is not None and isinstance(index, int) else None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            left = evaluate(node.left)
            if (
                left is not None
                and isinstance(node.right, ast.Constant)
                and isinstance(node.right.value, str)
            ):
                return left / node.right.value
            return left if left is not None and not isinstance(node.right, ast.Constant) else None
        return None

    found = set()
    for node in ast.walk(tree):
        if (value := evaluate(node)) is not None:
            found.add(value)
    return found


def _package_data(paths: set[Path]) -> set[Path]:
    """Files a module reads next to itself: the non-Python files of a package directory it names, every
    file of a data directory (templates/, static/, migrations/), or the file itself."""
    files: set[Path] = set()
    for target in paths:
        if not any(target.is_relative_to(base) for base in PACKAGES.values()):
            continue  # outside the code (the project root, content/): content files are checked apart
        if target.is_file() and target.suffix != ".py":
            files.add(target)
        elif target.is_dir() and (target / "__init__.py").exists():
            files |= {p for p in target.iterdir() if p.is_file() and p.suffix not in {".py", ".pyc"}}
        elif target.is_dir():
            files |= set(_files(target))
    return files


def _content_files(tree: ast.AST) -> set[str]:
    shipped = {p.name for p in CONTENT.iterdir() if p.is_file()}
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in shipped
    }


@dataclass
class Needs:
    modules: set[str] = field(default_factory=set)
    data: set[Path] = field(default_factory=set)
    content: set[str] = field(default_factory=set)


def needs_of(entries: set[str]) -> Needs:
    """Everything the entry modules import (their packages' __init__ included), transitively."""
    needs = Needs()
    todo = list(entries)
    while todo:
        module = todo.pop()
        if module in needs.modules:
            continue
        needs.modules.add(module)
        parts = module.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]
        path = source_of(module)
        assert path is not None, f"{module} has no source in the repository"
        if path.is_dir():
            continue  # a namespace package: nothing runs
        tree = ast.parse(path.read_text(), str(path))
        todo += _imports(module, tree, path.name == "__init__.py")
        needs.data |= _package_data(_file_paths(path, tree))
        needs.content |= _content_files(tree)
    return needs


def _in_package_form(path: Path) -> str:
    """A repository file as it sits under a sys.path root: api/frontdoor/x.py -> frontdoor/x.py."""
    for package, base in PACKAGES.items():
        if path.is_relative_to(base):
            return str(PurePosixPath(package, *path.relative_to(base).parts))
    raise AssertionError(f"{path} is not in a project package")


def missing(image: Image) -> list[str]:
    needs = needs_of(entry_modules(image))
    problems = []
    for module in sorted(needs.modules):
        source = source_of(module)
        wanted = _in_package_form(source)
        if source.is_dir():
            present = any(f.startswith(f"{root}/{wanted}/") for root in image.roots for f in image.files)
        else:
            present = any(f"{root}/{wanted}" in image.files for root in image.roots)
        if not present:
            problems.append(f"module {module} ({source_of(module).relative_to(ROOT)}) is not copied")
    for path in sorted(needs.data):
        wanted = _in_package_form(path)
        if not any(f"{root}/{wanted}" in image.files for root in image.roots):
            problems.append(f"file {path.relative_to(ROOT)} is not beside its module")
    if needs.content and image.content_dir is None:
        problems.append("reads content files but sets neither FRONTDOOR_CONTENT_DIR nor CONTENT_DIR")
    for name in sorted(needs.content):
        if image.content_dir and f"{image.content_dir}/{name}" not in image.files:
            problems.append(f"content file content/{name} is not at {image.content_dir}/{name}")
    return problems


DOCKERFILES = sorted(DEPLOY.glob("Dockerfile*"))


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=[d.name for d in DOCKERFILES])
def test_each_image_ships_what_its_code_imports_and_reads(dockerfile: Path) -> None:
    image = load_image(dockerfile)
    assert entry_modules(image), f"{dockerfile.name}: no project code found in what it runs"
    assert missing(image) == []


def test_the_images_run_what_compose_and_the_dockerfiles_say() -> None:
    entries = {d.name: entry_modules(load_image(d)) for d in DOCKERFILES}
    assert entries["Dockerfile.api"] >= {"frontdoor.app", "frontdoor.worker", "frontdoor.cli"}
    assert "actions.safety" in entries["Dockerfile.actions"]
    assert "bot.components.safety_flagger" in entries["Dockerfile.rasa"]


def test_the_check_finds_what_a_dockerfile_leaves_out(tmp_path: Path) -> None:
    """The actions image as it was (only actions/ copied) fails: its safety action imports the API's
    safety wording and reads content/safety.yml."""
    original = load_image(DEPLOY / "Dockerfile.actions")
    bare = Stage(base=original.stage.base, workdir="/app", copies=[(None, ["actions"], "/app/actions")])
    image = Image(original.dockerfile, bare, _copied(bare), original.commands)
    problems = missing(image)
    assert "module frontdoor.safety.wording (api/frontdoor/safety/wording.py) is not copied" in problems
    assert "reads content files but sets neither FRONTDOOR_CONTENT_DIR nor CONTENT_DIR" in problems
    assert not any("spacy" in p or "detector" in p for p in problems)  # the detector is not needed


def test_the_api_wheel_alone_would_lack_the_page_templates() -> None:
    stages = parse(DEPLOY / "Dockerfile.api")
    wheel = _wheel(next(s for s in stages if s.name == "build"))
    assert f"{SITE_PACKAGES}/frontdoor/app.py" in wheel
    assert f"{SITE_PACKAGES}/frontdoor/migrations/versions/0001_initial_schema.py" in wheel
    assert f"{SITE_PACKAGES}/frontdoor/web/templates/base.html" not in wheel
    assert f"{SITE_PACKAGES}/frontdoor/web/templates/base.html" in load_image(DEPLOY / "Dockerfile.api").files
