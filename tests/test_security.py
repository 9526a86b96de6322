"""Sign-in throttling and the signing key, on both databases: failed logins are limited per
account name and per client address (429 with Retry-After), a success resets the name's count,
and the key comes from SECRET_KEY or a private file and signs the login form's token."""

from __future__ import annotations

import re
import stat
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from app import throttle
from app.config import ROOT, Settings, get_settings
from app.db import GenerationReader, get_engine, migrate
from app.main import create_app
from app.secret_key import SecretKeyError, _read_or_create, get_secret_key, key_path, sign
from app.store import users

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
LOCKED_NAME = "Too many failed sign-ins for this name. Try again in 15 minutes."
LOCKED_ADDRESS = "Too many failed sign-ins for this network address. Try again in 15 minutes."


class Clock:
    """The throttle's clock, standing still unless moved: no test waits or times anything."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(throttle, "utcnow", clock)
    return clock


@pytest.fixture
def desk(app_env: str, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The app over a migrated database with reviewers ana and bo; 8 failures per address
    (default 20), so that the address limit shows after a few names."""
    monkeypatch.setenv("LOGIN_FAILURES_PER_ADDRESS", "8")
    get_settings.cache_clear()
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        for name in ("ana", "bo"):
            users.create_user(session, name, role="reviewer", password=f"{name}-password")
    with TestClient(create_app()) as client:
        yield client


def sign_in(client: TestClient, name: str, password: str, **headers: str) -> httpx.Response:
    """Fetch the sign-in form (its token and cookie), then post it."""
    form = client.get("/login", headers=HTML).text.split('id="login-form"')[1]
    token = re.findall(r'name="csrf" value="([^"]+)"', form)[0]
    data = {"name": name, "password": password, "csrf": token, "next": "/claims"}
    return client.post("/login", data=data, headers=headers, follow_redirects=False)


def fail(client: TestClient, name: str, times: int) -> list[int]:
    return [sign_in(client, name, "wrong-password").status_code for _ in range(times)]


# Rate limiting -------------------------------------------------------------------------------


def test_five_failures_lock_the_name_with_429_retry_after_and_a_message(desk: TestClient) -> None:
    assert fail(desk, "ana", 5) == [401] * 5
    locked = sign_in(desk, "ana", "ana-password")
    assert (locked.status_code, locked.json()) == (429, {"detail": LOCKED_NAME})
    assert locked.headers["retry-after"] == "900"
    assert "claimtrail_session" not in desk.cookies


def test_a_browser_is_shown_the_sign_in_page_with_the_message(desk: TestClient) -> None:
    fail(desk, "ana", 5)
    page = sign_in(desk, "ana", "ana-password", **HTML)
    assert (page.status_code, "retry-after" in page.headers) == (429, True)
    message = re.findall(r'id="login-error">([^<]*)<', page.text)
    assert (message, 'id="login-form"' in page.text) == ([LOCKED_NAME], True)
    assert 'name="next" value="/claims"' in page.text
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]


def test_a_success_resets_the_names_count(desk: TestClient) -> None:
    assert fail(desk, "ana", 2) == [401] * 2
    assert sign_in(desk, "ana", "ana-password").status_code == 303
    assert fail(desk, "ana", 5) == [401] * 5
    assert sign_in(desk, "ana", "ana-password").json() == {"detail": LOCKED_NAME}


def test_another_account_is_unaffected_by_a_locked_one(desk: TestClient) -> None:
    fail(desk, "ana", 6)
    assert sign_in(desk, "bo", "bo-password").status_code == 303
    assert sign_in(desk, "ana", "ana-password").status_code == 429


def test_the_address_limit_counts_every_name_and_spares_other_addresses(
    desk: TestClient,
) -> None:
    names = [f"guess{i}" for i in range(8)]
    assert [sign_in(desk, name, "wrong-password").status_code for name in names] == [401] * 8
    spraying = sign_in(desk, "nobody", "wrong-password")
    assert (spraying.status_code, spraying.json()) == (429, {"detail": LOCKED_ADDRESS})
    assert sign_in(desk, "ana", "ana-password").status_code == 429
    with TestClient(desk.app, client=("198.51.100.7", 40000)) as elsewhere:
        assert sign_in(elsewhere, "ana", "ana-password").status_code == 303


def test_signing_in_does_not_wipe_the_addresses_count(desk: TestClient) -> None:
    assert fail(desk, "ana", 4) == [401] * 4
    assert sign_in(desk, "ana", "ana-password").status_code == 303
    assert [sign_in(desk, f"guess{i}", "x").status_code for i in range(5)] == [401] * 4 + [429]


def test_refused_and_malformed_forms_are_not_counted(desk: TestClient) -> None:
    for _ in range(6):
        forged = {"name": "ana", "password": "wrong-password", "csrf": "x"}
        assert desk.post("/login", data=forged).status_code == 403
        assert desk.post("/login", data={"name": "ana"}).status_code == 422
    too_big = desk.post("/login", data={"name": "ana", "password": "p" * 70_000})
    assert too_big.status_code == 413
    assert sign_in(desk, "ana", "ana-password").status_code == 303


def test_the_wait_shrinks_as_failures_age_and_a_window_later_the_name_may_try_again(
    desk: TestClient, clock: Clock
) -> None:
    for _ in range(5):
        fail(desk, "ana", 1)
        clock.now += timedelta(minutes=1)
    clock.now += timedelta(seconds=30)
    locked = sign_in(desk, "ana", "ana-password")
    assert (locked.headers["retry-after"], locked.json()["detail"]) == (
        str(9 * 60 + 30), "Too many failed sign-ins for this name. Try again in 10 minutes.",
    )  # fmt: skip
    clock.now += timedelta(minutes=9, seconds=30)
    assert sign_in(desk, "ana", "ana-password").status_code == 303


def test_failed_sign_ins_keep_no_names_or_addresses_and_no_data_generation(
    desk: TestClient,
) -> None:
    generation = GenerationReader(get_engine())
    before = generation()
    fail(desk, "ana", 6)
    assert generation() == before
    with get_engine().connect() as connection:
        rows = connection.execute(text("SELECT name_key, address_key FROM loginattempt")).all()
    assert len(rows) == 5
    assert all(re.fullmatch("[0-9a-f]{64}", cell) for row in rows for cell in row)


LIMITS = users.LoginLimits(per_name=5, per_address=20, window=timedelta(minutes=15))
T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_attempts_in_flight_count_so_parallel_workers_cannot_pass_together(
    session: Session,
) -> None:
    # Five attempts reserved (their passwords still being checked in other workers): the
    # sixth is refused before its password is looked at.
    for second in range(5):
        users.reserve_login(session, name_key="n", address_key="a", limits=LIMITS,
                            now=T0 + timedelta(seconds=second))  # fmt: skip
    with pytest.raises(users.LoginThrottledError) as refused:
        users.reserve_login(session, name_key="n", address_key="b", limits=LIMITS,
                            now=T0 + timedelta(seconds=60))  # fmt: skip
    assert (refused.value.by, refused.value.retry_after) == ("name", timedelta(minutes=14))
    later = T0 + LIMITS.window + timedelta(seconds=1)
    users.reserve_login(session, name_key="n", address_key="a", limits=LIMITS, now=later)


def test_an_address_is_refused_with_the_time_until_its_oldest_counted_failure_expires(
    session: Session,
) -> None:
    limits = users.LoginLimits(per_name=5, per_address=2, window=timedelta(minutes=15))
    for minute, name in ((0, "x"), (5, "y")):
        users.reserve_login(session, name_key=name, address_key="a", limits=limits,
                            now=T0 + timedelta(minutes=minute))  # fmt: skip
    with pytest.raises(users.LoginThrottledError) as refused:
        users.reserve_login(session, name_key="z", address_key="a", limits=limits,
                            now=T0 + timedelta(minutes=6))  # fmt: skip
    assert (refused.value.by, refused.value.retry_after) == ("address", timedelta(minutes=9))


# The signing key -----------------------------------------------------------------------------


@pytest.fixture
def key_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No SECRET_KEY; SECRET_KEY_FILE in a fresh directory. The file's path."""
    path = tmp_path / "keys" / "secret.key"
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("SECRET_KEY_FILE", str(path))
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()


def test_the_key_file_is_created_on_first_use_readable_by_its_owner_only(key_env: Path) -> None:
    key = get_secret_key()
    assert stat.S_IMODE(key_env.stat().st_mode) == 0o600
    assert (len(key) >= 32, get_secret_key() == key, key_env.read_bytes().strip() == key) == (
        True, True, True,
    )  # fmt: skip
    assert [p.name for p in key_env.parent.iterdir()] == ["secret.key"]


def test_workers_starting_together_share_one_key(key_env: Path) -> None:
    barrier, keys = threading.Barrier(4), []

    def start() -> None:
        barrier.wait()
        keys.append(_read_or_create.__wrapped__(key_env))

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (len(keys), len(set(keys)), [p.name for p in key_env.parent.iterdir()]) == (
        4, 1, ["secret.key"],
    )  # fmt: skip


def test_the_environment_wins_over_the_file(key_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", "k" * 40)
    get_settings.cache_clear()
    assert (get_secret_key(), key_env.exists()) == (b"k" * 40, False)


def test_a_key_file_others_may_read_is_refused_and_stops_the_start(key_env: Path) -> None:
    key_env.parent.mkdir()
    key_env.write_text("s" * 48)
    key_env.chmod(0o644)
    with pytest.raises(SecretKeyError, match=r"mode 0644.*chmod 600"):
        get_secret_key()
    with pytest.raises(SecretKeyError):
        create_app()
    key_env.chmod(0o600)
    assert get_secret_key() == b"s" * 48


def test_a_short_key_is_refused(key_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", "too-short")
    get_settings.cache_clear()
    with pytest.raises(SecretKeyError, match="under 32 characters"):
        get_secret_key()


def test_the_default_key_file_sits_beside_a_sqlite_database(tmp_path: Path) -> None:
    beside = Settings(database_url=f"sqlite:///{tmp_path / 'claims.db'}")
    assert key_path(beside) == tmp_path / "secret.key"
    elsewhere = Settings(database_url="postgresql+psycopg://u@h/db")
    assert key_path(elsewhere).parts[-2:] == ("claimtrail", "secret.key")


def test_a_login_token_planted_or_signed_elsewhere_is_refused(desk: TestClient) -> None:
    nonce = "planted-by-a-sibling-subdomain"
    for token in (nonce, f"{nonce}.{sign(b'another key' * 4, 'login-csrf', nonce)}"):
        desk.cookies.set("claimtrail_login_csrf", token, path="/login")
        data = {"name": "ana", "password": "ana-password", "csrf": token}
        assert desk.post("/login", data=data, follow_redirects=False).status_code == 403
    assert "claimtrail_session" not in desk.cookies


def test_an_unsigned_login_cookie_is_replaced_by_a_signed_token(desk: TestClient) -> None:
    desk.cookies.set("claimtrail_login_csrf", "left-from-before-the-key", path="/login")
    form = desk.get("/login", headers=HTML).text.split('id="login-form"')[1]
    token = re.findall(r'name="csrf" value="([^"]+)"', form)[0]
    nonce, _, signature = token.partition(".")
    assert signature == sign(get_secret_key(), "login-csrf", nonce)
    assert sign_in(desk, "ana", "ana-password").status_code == 303


def test_the_default_key_file_is_ignored_by_git() -> None:
    default = key_path(Settings(database_url=f"sqlite:///{ROOT / 'claims.db'}"))
    assert default == ROOT / "secret.key"
    assert "secret.key" in (ROOT / ".gitignore").read_text().split()
