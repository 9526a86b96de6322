"""The server's signing key: SECRET_KEY from the environment, or a 0600 file made on first use.

The key signs the login form's token and keys the sign-in throttle's counters. It never comes
from the repository: the default file sits beside the SQLite database (gitignored) or, for a
database without a file, in the user's data directory. Several workers, or several hosts on one
PostgreSQL database, must share it: give them the same SECRET_KEY or the same file.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import stat
from functools import lru_cache
from pathlib import Path

from sqlalchemy.engine import make_url

from app.config import Settings, get_settings

FILE_NAME = "secret.key"
MIN_LENGTH = 32


class SecretKeyError(RuntimeError):
    """A signing key that cannot be used; the message says what to do."""


def get_secret_key() -> bytes:
    """The configured signing key: SECRET_KEY wins, else the key file (created if missing)."""
    settings = get_settings()
    if settings.secret_key is not None:
        return _checked(settings.secret_key.get_secret_value(), "SECRET_KEY")
    return _read_or_create(key_path(settings))


def key_path(settings: Settings) -> Path:
    """SECRET_KEY_FILE, else beside a SQLite database file, else in the user's data directory."""
    if settings.secret_key_file is not None:
        return settings.secret_key_file
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(str(url.database)).resolve().parent / FILE_NAME
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "claimtrail" / FILE_NAME


def sign(key: bytes, purpose: str, value: str) -> str:
    """The hex HMAC-SHA256 of `value` for one purpose (one purpose's MAC is no other's)."""
    return hmac.new(key, f"{purpose}\0{value}".encode(), hashlib.sha256).hexdigest()


@lru_cache(maxsize=8)
def _read_or_create(path: Path) -> bytes:
    if not path.exists():
        _create(path)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise SecretKeyError(
            f"{path} is readable by group or others (mode {mode:04o}): the signing key must be "
            f"private. Run `chmod 600 {path}` or set SECRET_KEY."
        )
    return _checked(path.read_text(encoding="utf-8").strip(), str(path))


def _create(path: Path) -> None:
    """Write a new key to a private temporary file, then link it into place in one step.

    Another worker starting at the same moment either wins the link (we read its key) or
    loses it (it reads ours); nobody ever reads a half-written file.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(secrets.token_urlsafe(48) + "\n")
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):  # another worker's key won: read that
            os.link(partial, path)
    finally:
        partial.unlink()


def _checked(key: str, origin: str) -> bytes:
    if len(key) < MIN_LENGTH:
        raise SecretKeyError(f"the signing key from {origin} is under {MIN_LENGTH} characters")
    return key.encode("utf-8")
