"""Process settings, read from environment variables (see ``.env.example``).

Every setting has a default that works for ``make run`` on a laptop: SQLite under ``var/``, the three
processes on loopback, demo mode on. Production sets ``FRONTDOOR_ENV=production`` and must then give
real secrets: the defaults refuse to start there.
"""

from __future__ import annotations

import re
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
VAR_DIR = PROJECT_ROOT / "var"
# Demo mode's duty contact: an Ofcom drama mobile number, so demo alerts can never reach a real phone.
DEMO_DUTY_ALERT_SMS_NUMBER = "+447700900990"
_E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")


def demo_secret(name: str) -> str:
    """A random secret kept under var/ so that demo restarts keep sessions and tokens valid."""
    path = VAR_DIR / "secrets" / name
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    path.write_text(value)
    path.chmod(0o600)
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    frontdoor_env: Literal["demo", "production"] = "demo"
    database_url: str = f"sqlite:///{VAR_DIR / 'frontdoor.db'}"
    content_dir: Path = PROJECT_ROOT / "content"
    web_vendor_dir: Path = VAR_DIR / "web" / "vendor"

    rasa_url: str = "http://127.0.0.1:5005"
    action_server_url: str = "http://127.0.0.1:5055"
    api_port: int = 8000
    public_base_url: str = "http://127.0.0.1:8000"
    redis_url: str = ""
    rasa_token: str = ""

    secret_key: str = ""
    service_token: str = ""
    metrics_token: str = ""
    access_token_minutes: int = 60 * 8

    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_from_number: str = ""
    twilio_api_base: str = ""
    duty_alert_sms_number: str = Field(
        "",
        description="E.164 number alerted when a crisis is flagged for a site without alert_sms_number, "
        "or before the site is known (required in production; a demo number in demo mode)",
    )

    retention_days: int = Field(30, ge=0, le=3650, description="days a conversation is kept after it ends")
    reminder_days_before: int = Field(1, ge=0, le=7, description="appointment reminders: days before")
    reminder_hour: int = Field(10, ge=7, le=20, description="appointment reminders: hour of day, UK time")

    @model_validator(mode="after")
    def _secrets(self) -> Settings:
        if self.duty_alert_sms_number and not _E164.match(self.duty_alert_sms_number):
            raise ValueError("DUTY_ALERT_SMS_NUMBER must be an E.164 number like +447700900123")
        if self.frontdoor_env == "production":
            missing = [n for n in ("secret_key", "service_token", "rasa_token") if len(getattr(self, n)) < 32]
            if missing:
                raise ValueError(
                    "production needs " + ", ".join(n.upper() for n in missing) + " of 32+ characters"
                )
        else:
            self.secret_key = self.secret_key or demo_secret("secret_key")
            self.service_token = self.service_token or demo_secret("service_token")
            self.rasa_token = self.rasa_token or demo_secret("rasa_token")
            # So the text channel can be tried without Twilio (``frontdoor text`` signs with it).
            self.twilio_auth_token = self.twilio_auth_token or demo_secret("twilio_auth_token")
            self.duty_alert_sms_number = self.duty_alert_sms_number or DEMO_DUTY_ALERT_SMS_NUMBER
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
