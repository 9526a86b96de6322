"""Settings read from the environment (or a `.env` file): where the data lives, the limits."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Claimtrail's configuration; every field can be set as an environment variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{ROOT / 'claims.db'}",
        description="SQLAlchemy URL: sqlite:///path.db or postgresql+psycopg://user@host/db",
    )
    max_source_bytes: int = Field(
        default=10 * 1024 * 1024, description="Largest source file ingest accepts, in bytes"
    )
    cluster_min_score: float = Field(
        default=80.0, description="Least rapidfuzz score (0-100) for two claims to share a cluster"
    )
    conflict_tolerance: float = Field(
        default=0.05, description="Relative difference under which two values agree"
    )
    require_login_to_read: bool = Field(
        default=False,
        description="Reading needs a signed-in editor or an API token (open by default)",
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Signing key (32+ characters); unset, it is read from SECRET_KEY_FILE",
    )
    secret_key_file: Path | None = Field(
        default=None,
        description="Where the signing key is kept, created with mode 0600 on first use; "
        "default: beside a SQLite database file, else in the user's data directory",
    )
    login_failures_per_name: int = Field(
        default=5, ge=1, description="Failed sign-ins one account name may have in a window"
    )
    login_failures_per_address: int = Field(
        default=20, ge=1, description="Failed sign-ins one client address may have in a window"
    )
    login_window_seconds: int = Field(
        default=15 * 60, ge=1, description="How long a failed sign-in counts, in seconds"
    )


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
