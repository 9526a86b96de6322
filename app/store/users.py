"""Editors: accounts with roles, argon2 passwords, hashed API tokens and browser sessions;
and the sign-in throttle's attempts, counted per account name and per client address."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from app.models import ROLES, ApiToken, LoginAttempt, User, WebSession, utcnow

SESSION_LIFETIME = timedelta(days=14)
_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified when the name is unknown, so that a wrong name costs as long as a wrong password.

    Made on first use, not at import: every command would otherwise pay for one argon2 hash.
    """
    return _hasher.hash("not a password")


class UserError(ValueError):
    """A user that cannot be created as asked."""


def digest(secret: str) -> str:
    """The sha256 hex of a token or session id: what the database keeps instead of it."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_user(session: Session, name: str, *, role: str, password: str) -> User:
    """A new account; the password is stored as an argon2 hash."""
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if not name.strip() or len(password) < 8:
        raise UserError("a user needs a name and a password of 8 characters or more")
    if session.exec(select(User).where(User.name == name)).first() is not None:
        raise UserError(f"user {name!r} exists already")
    user = User(name=name, role=role, password_hash=_hasher.hash(password))
    session.add(user)
    session.commit()
    session.refresh(user)
    return user


def count_users(session: Session) -> int:
    """How many accounts exist."""
    return int(session.exec(select(func.count()).select_from(User)).one())


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The user whose name and password these are, or None."""
    user = session.exec(select(User).where(User.name == name)).first()
    try:
        _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def create_token(session: Session, user_name: str, *, label: str | None = None) -> str:
    """A new bearer token for the user; returned once, stored only as its sha256."""
    user = session.exec(select(User).where(User.name == user_name)).first()
    if user is None or user.id is None:
        raise UserError(f"no user {user_name!r}")
    token = secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=digest(token), label=label))
    session.commit()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    """The owner of a bearer token, or None."""
    query = select(User).join(ApiToken).where(ApiToken.token_hash == digest(token))
    return session.exec(query).first()


def start_session(session: Session, user: User) -> tuple[str, str]:
    """A new browser session (a fresh id at every login) and its CSRF token."""
    assert user.id is not None
    session_id, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    expires = utcnow() + SESSION_LIFETIME
    session.add(WebSession(id_hash=digest(session_id), user_id=user.id, csrf_token=csrf,
                           expires_at=expires))  # fmt: skip
    session.commit()
    return session_id, csrf


def session_user(session: Session, session_id: str) -> tuple[User, str] | None:
    """The signed-in user and the CSRF token of a live session, or None."""
    row = session.get(WebSession, digest(session_id))
    if row is None or row.expires_at <= utcnow():
        return None
    user = session.get(User, row.user_id)
    return (user, row.csrf_token) if user is not None else None


def end_session(session: Session, session_id: str) -> None:
    """Sign out: the session id stops working at once."""
    session.execute(delete(WebSession).where(col(WebSession.id_hash) == digest(session_id)))
    session.commit()


@dataclass(frozen=True)
class LoginLimits:
    """How many failed sign-ins a name and an address may have within `window`."""

    per_name: int
    per_address: int
    window: timedelta


class LoginThrottledError(Exception):
    """Too many recent failures for this name or address; `retry_after` says how long to wait."""

    def __init__(self, by: str, retry_after: timedelta) -> None:
        super().__init__(f"too many failed sign-ins for this {by}")
        self.by = by
        self.retry_after = retry_after


def reserve_login(
    session: Session,
    *,
    name_key: str | None,
    address_key: str,
    limits: LoginLimits,
    now: datetime | None = None,
) -> int:
    """Count an attempt before its password is checked; its id, or LoginThrottledError.

    Counted first, as if it failed, so that attempts arriving together (other threads, other
    workers) cannot all pass the check before any of them is recorded.
    """
    now = now or utcnow()
    since = now - limits.window
    # Workers pruning at once skip each other's rows instead of waiting (or deadlocking) on
    # PostgreSQL; SQLite has one writer at a time and no FOR UPDATE.
    expired = select(LoginAttempt.id).where(col(LoginAttempt.at) <= since)
    pruned = col(LoginAttempt.id).in_(expired.with_for_update(skip_locked=True))
    session.execute(delete(LoginAttempt).where(pruned))
    attempt = LoginAttempt(name_key=name_key, address_key=address_key, at=now)
    session.add(attempt)
    session.flush()
    attempt_id = attempt.id
    assert attempt_id is not None
    _commit_uncounted(session)
    for by, column, key, limit in (
        ("name", LoginAttempt.name_key, name_key, limits.per_name),
        ("address", LoginAttempt.address_key, address_key, limits.per_address),
    ):
        if key is None:
            continue
        others = select(LoginAttempt.at).where(
            col(column) == key, col(LoginAttempt.at) > since, col(LoginAttempt.id) != attempt_id
        )
        # The limit-th most recent other failure: once it leaves the window, a try is free.
        nth = others.order_by(col(LoginAttempt.at).desc()).offset(limit - 1).limit(1)
        oldest = session.exec(nth).first()
        if oldest is not None:
            drop_login_attempt(session, attempt_id)
            raise LoginThrottledError(by, oldest + limits.window - now)
    return attempt_id


def drop_login_attempt(session: Session, attempt_id: int) -> None:
    """Forget an attempt that was no verdict on a password (a refused or malformed form)."""
    session.execute(delete(LoginAttempt).where(col(LoginAttempt.id) == attempt_id))
    _commit_uncounted(session)


def forgive_logins(session: Session, attempt_id: int, name_key: str) -> None:
    """A success: the attempt is no failure and the name's count starts again.

    The name's earlier failures still count for their address, so that signing in to one's
    own account does not wipe the record of guesses made from the same place.
    """
    session.execute(delete(LoginAttempt).where(col(LoginAttempt.id) == attempt_id))
    session.execute(
        update(LoginAttempt).where(col(LoginAttempt.name_key) == name_key).values(name_key=None)
    )
    _commit_uncounted(session)


def _commit_uncounted(session: Session) -> None:
    # The throttle's rows are no data: bumping the write generation would let anyone empty
    # the response cache by posting wrong passwords.
    session.flush()
    session.connection().info.pop("wrote", None)
    session.commit()
