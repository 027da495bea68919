"""The Rasa side of the stack: its virtual env, its model (trained when stale) and its endpoints file.

Rasa 3.6 needs Python 3.10 and lives in ``.venv-bot``; this module runs it as a subprocess. A model is
named by a hash of everything that goes into training, so a model is rebuilt exactly when its inputs
change, whatever the files' timestamps say.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from frontdoor.db.session import normalise_url
from frontdoor.settings import PROJECT_ROOT, Settings

BOT_VENV = PROJECT_ROOT / ".venv-bot"
MODELS_DIR = PROJECT_ROOT / "models"
TRAINING_INPUTS = ("config.yml", "bot/domain", "bot/data", "data/nlu", "bot/components")
RASA_VERSION = "3.6.21"


def bot_python() -> Path:
    return BOT_VENV / "bin" / "python"


def training_hash(root: Path = PROJECT_ROOT) -> str:
    """A hash of the content of every training input (paths and bytes), plus the Rasa version."""
    digest = hashlib.sha256(RASA_VERSION.encode())
    for entry in TRAINING_INPUTS:
        base = root / entry
        files = sorted(p for p in base.rglob("*") if p.is_file()) if base.is_dir() else [base]
        for path in files:
            if path.suffix == ".pyc" or not path.exists():
                continue
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_path(root: Path = PROJECT_ROOT) -> Path:
    return MODELS_DIR / f"frontdoor-{training_hash(root)}.tar.gz"


def bot_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for Rasa and the action server: our modules importable, no telemetry, quiet TF."""
    env = dict(os.environ)
    env.update(
        PYTHONPATH=f"{PROJECT_ROOT}{os.pathsep}{PROJECT_ROOT / 'api'}",
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra or {})
    return env


def train(log_path: Path) -> Path:
    """Train the model unless one for the current inputs exists. Returns the model's path."""
    target = model_path()
    if target.exists():
        return target
    MODELS_DIR.mkdir(exist_ok=True)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    argv = [
        str(BOT_VENV / "bin" / "rasa"),
        "train",
        "--config",
        "config.yml",
        "--domain",
        "bot/domain",
        "--data",
        "data/nlu",
        "bot/data",
        "--out",
        str(MODELS_DIR),
        "--fixed-model-name",
        target.stem.removesuffix(".tar"),
    ]
    with log_path.open("w") as log:
        result = subprocess.run(argv, cwd=PROJECT_ROOT, env=bot_env(), stdout=log, stderr=subprocess.STDOUT)
    if result.returncode != 0 or not target.exists():
        raise RuntimeError(f"rasa train failed (exit {result.returncode}); see {log_path}")
    return target


# Rasa's SQL tracker store with WAL on SQLite and cheaper reads and writes (bot/runtime/tracker_store.py).
SQL_TRACKER_STORE = "bot.runtime.tracker_store.SQLStore"


def tracker_store(settings: Settings) -> dict[str, object]:
    """Rasa's SQL tracker store on the same database server as the app (on SQLite, a file beside the
    app's, so each database has its own conversations)."""
    url = normalise_url(settings.database_url)
    if url.startswith("sqlite"):
        app_db = Path(url.split("///", 1)[-1])
        tracker_db = app_db.with_name(f"{app_db.stem}-rasa-tracker.db")
        return {"type": SQL_TRACKER_STORE, "dialect": "sqlite", "db": str(tracker_db)}
    parts = urlsplit(url)
    store: dict[str, object] = {
        "type": SQL_TRACKER_STORE,
        "dialect": "postgresql",
        "url": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
        "db": parts.path.lstrip("/"),
    }
    if parts.username:
        store["username"] = unquote(parts.username)
    if parts.password:
        store["password"] = unquote(parts.password)
    return store


def write_endpoints(settings: Settings, path: Path) -> Path:
    endpoints: dict[str, object] = {
        "action_endpoint": {"url": f"{settings.action_server_url}/webhook"},
        "tracker_store": tracker_store(settings),
    }
    if settings.redis_url:
        parts = urlsplit(settings.redis_url)
        endpoints["lock_store"] = {
            "type": "redis",
            "url": parts.hostname,
            "port": parts.port or 6379,
            "db": int(parts.path.lstrip("/") or 0),
        }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(endpoints, sort_keys=False))
    return path
