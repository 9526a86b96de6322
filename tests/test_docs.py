"""Every command has help text, every route a summary, README starts with the two commands."""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer.main import get_command

from app.cli import cli
from app.main import create_app
from tests.conftest import ROOT


def leaf_commands(group: Any, prefix: str = "") -> dict[str, Any]:
    """Every runnable command; the sub-commands of a group named `group sub`."""
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        if isinstance(command, typer.core.TyperGroup):
            found |= leaf_commands(command, f"{prefix}{name} ")
        else:
            found[f"{prefix}{name}"] = command
    return found


COMMANDS = leaf_commands(get_command(cli))


def test_the_cli_has_the_documented_commands() -> None:
    assert sorted(COMMANDS) == [
        "appendix", "backup", "cluster", "export", "import", "ingest", "merge", "migrate", "reread",
        "review", "serve", "split", "token create", "user add",
    ]  # fmt: skip


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help(name: str) -> None:
    command = COMMANDS[name]
    assert isinstance(command, typer.core.TyperCommand)
    assert command.help
    assert len(command.help) > 20
    undocumented = [p.name for p in command.params if not getattr(p, "help", None)]
    assert undocumented == []


def test_every_route_has_a_summary() -> None:
    schema = create_app().openapi()
    missing = [
        f"{method.upper()} {path}"
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if not operation.get("summary")
    ]
    assert missing == []


def test_readme_starts_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:1500]
    assert head.index("make run") < head.index("make test")


def test_the_api_docs_load_nothing_from_the_internet() -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app()) as client:
        page = client.get("/docs")
        assert page.status_code == 200
        assert "swagger-ui-bundle.js" in page.text
        assert "https://" not in page.text.replace("https://fastapi.tiangolo.com", "")
        assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200
