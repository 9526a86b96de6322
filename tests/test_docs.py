"""Every command has help text, every route a summary, README starts with the two commands."""

from __future__ import annotations

import pytest
import typer
from typer.main import get_command

from app.cli import cli
from app.main import create_app
from tests.conftest import ROOT

COMMANDS = sorted(get_command(cli).commands)  # type: ignore[attr-defined]


def test_the_cli_has_the_documented_commands() -> None:
    assert COMMANDS == [
        "cluster",
        "export",
        "ingest",
        "merge",
        "migrate",
        "review",
        "serve",
        "split",
    ]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name: str) -> None:
    command = get_command(cli).commands[name]  # type: ignore[attr-defined]
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
