"""Editors: accounts with roles, argon2 passwords, hashed API tokens and browser sessions."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from app.models import ROLES, ApiToken, User, WebSession, utcnow

SESSION_LIFETIME = timedelta(days=14)
_hasher = PasswordHasher()
# Verified when the name is unknown, so that a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password")


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
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
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
