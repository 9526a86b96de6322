"""schemathesis against /openapi.json: no 5xx, no answer that breaks the schema (bounded)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from app.config import get_settings
from app.db import get_engine, migrate
from app.main import create_app
from app.pipeline import ingest_paths
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """The app over a seeded SQLite database that lives for the module."""
    mp = pytest.MonkeyPatch()
    mp.setenv("DATABASE_URL", f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'claims.db'}")
    get_settings.cache_clear()
    get_engine.cache_clear()
    migrate(get_engine())
    ingest_paths([SEEDS], engine=get_engine(), settings=get_settings())
    yield create_app()
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()
    mp.undo()


def test_api_answers_every_generated_request_within_its_schema(fuzz_app: FastAPI) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)
    checks = [not_a_server_error, status_code_conformance, response_schema_conformance]
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        def check(case: schemathesis.Case) -> None:
            response = case.call()
            case.validate_response(response, checks=checks)

        check()
