"""The `claims` command: ingest, export, review, migrate, serve. Thin: every step is elsewhere."""

from __future__ import annotations

import json
import secrets
import sys
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress
from sqlmodel import Session

from app import export, pipeline, store
from app.appendix import parse_statuses, render_appendix
from app.config import get_settings
from app.db import get_engine, migrate
from app.extract import EXTRACTOR_VERSION
from app.store import restore, users

cli = typer.Typer(help="Claimtrail: numeric claims of career guides, with their provenance.")


class ExportFormat(StrEnum):
    """What `claims export` writes."""

    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    claimreview = "claimreview"
    csl_json = "csl-json"


class Role(StrEnum):
    """What an editor may do."""

    viewer = "viewer"
    reviewer = "reviewer"
    admin = "admin"


class Status(StrEnum):
    """A claim's review status."""

    verified = "verified"
    provisional = "provisional"
    rejected = "rejected"


@cli.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of source documents")],
) -> None:
    """Ingest source documents: decode, extract claims, store (one transaction per file)."""
    engine = get_engine()
    migrate(engine)
    settings = get_settings()
    files, _ = pipeline.collect_files(paths)
    with Progress(transient=True, disable=len(files) < 2) as bar:
        task = bar.add_task("ingesting", total=len(files))
        report = pipeline.ingest_paths(
            paths, engine=engine, settings=settings, today=date.today(),
            progress=lambda _path: bar.advance(task),
        )  # fmt: skip
    for error in report.errors:
        typer.echo(f"error: {error}", err=True)
    typer.echo(report.summary())
    if report.errors:
        raise typer.Exit(1)


@cli.command()
def reread() -> None:
    """Read again every stored source an older extractor read (from its stored text)."""
    engine = get_engine()
    migrate(engine)
    with Progress(transient=True) as bar:
        task = bar.add_task("re-reading", total=None)
        report = pipeline.reread_sources(
            engine=engine, settings=get_settings(), progress=lambda _name: bar.advance(task)
        )
    for error in report.errors:
        typer.echo(f"error: {error}", err=True)
    typer.echo(report.summary("sources read by an older extractor"))
    if report.errors:
        raise typer.Exit(1)


@cli.command("export")
def export_command(
    format: Annotated[
        ExportFormat, typer.Option(help="json, jsonl, csv, claimreview or csl-json")
    ] = ExportFormat.json,
    output: Annotated[Path | None, typer.Option(help="Write here instead of stdout")] = None,
) -> None:
    """Export every source and claim (orphaned claims included); JSON is lossless."""
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        text = export.render_export(session, format.value)
    _emit(text, output)


@cli.command()
def review(
    claim_id: Annotated[int, typer.Argument(help="The claim's id")],
    status: Annotated[Status, typer.Option(help="verified, provisional or rejected")],
    note: Annotated[str | None, typer.Option(help="Why")] = None,
    by: Annotated[str, typer.Option(help="Who decides")] = "cli",
) -> None:
    """Set a claim's review status; the change is logged in its history."""
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        try:
            claim = store.review_claim(session, claim_id, status=status.value, actor=by, note=note)
        except store.NotFoundError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from error
    typer.echo(f"claim {claim.id}: {claim.status} (version {claim.version})")


@cli.command()
def cluster() -> None:
    """Cluster every live claim again (editors' splits and merges are replayed)."""
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        count = pipeline.cluster_all(session, settings=get_settings())
        conflicts = len(store.list_clusters(session, conflict=True))
    typer.echo(f"{count} clusters, {conflicts} in conflict")


@cli.command()
def split(
    claim_ids: Annotated[list[int], typer.Argument(help="Claims to take out of their clusters")],
    note: Annotated[str | None, typer.Option(help="Why")] = None,
    by: Annotated[str, typer.Option(help="Who decides")] = "cli",
) -> None:
    """Take claims out of their clusters, for good: later runs keep them apart."""
    _decide(lambda session: store.record_split(session, claim_ids, actor=by, note=note))


@cli.command()
def merge(
    cluster_keys: Annotated[list[str], typer.Argument(help="Two or more cluster keys")],
    note: Annotated[str | None, typer.Option(help="Why")] = None,
    by: Annotated[str, typer.Option(help="Who decides")] = "cli",
) -> None:
    """Merge clusters into the first one, for good: later runs keep them together."""
    _decide(lambda session: store.record_merge(session, cluster_keys, actor=by, note=note))


def _decide(record: Callable[[Session], None]) -> None:
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        try:
            record(session)
        except store.NotFoundError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from error
        count = pipeline.cluster_all(session, settings=get_settings())
    typer.echo(f"recorded; {count} clusters")


user_cli = typer.Typer(help="Editor accounts.")
token_cli = typer.Typer(help="API bearer tokens.")
cli.add_typer(user_cli, name="user")
cli.add_typer(token_cli, name="token")


@user_cli.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="The editor's login name")],
    role: Annotated[Role, typer.Option(help="viewer, reviewer or admin")] = Role.reviewer,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input")
    ] = False,
) -> None:
    """Create an account; the password is prompted for (or read from stdin) and hashed."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        try:
            users.create_user(session, name, role=role.value, password=password)
        except users.UserError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from error
    typer.echo(f"user {name} added as {role.value}")


@token_cli.command("create")
def token_create(
    user: Annotated[str, typer.Argument(help="Whose token")],
    label: Annotated[str | None, typer.Option(help="What it is for")] = None,
) -> None:
    """Create an API bearer token for a user; it is printed once and stored only hashed."""
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        try:
            token = users.create_token(session, user, label=label)
        except users.UserError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from error
    typer.echo(token)


@cli.command("migrate")
def migrate_command() -> None:
    """Bring the database schema up to date."""
    migrate(get_engine())
    typer.echo("schema up to date")


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    seed: Annotated[
        Path | None, typer.Option(help="Ingest this folder if no source exists")
    ] = None,
) -> None:
    """Serve the review desk and the API; optionally seed an empty database first."""
    import uvicorn

    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        empty = store.count_sources(session) == 0
        _first_admin(session)
        stale = len(store.list_stale_sources(session, extractor=EXTRACTOR_VERSION))
    if seed is not None and empty:
        report = pipeline.ingest_paths([seed], engine=engine, settings=get_settings())
        typer.echo(f"seeded: {report.summary()}")
    if stale:
        typer.echo(
            f"note: {stale} sources were read by an older extractor; "
            "`claims reread` reads them again with this one"
        )
    uvicorn.run("app.main:create_app", factory=True, host=host, port=port)


def _first_admin(session: Session) -> None:
    """With no account yet, an admin with a random password, printed this once."""
    if users.count_users(session):
        return
    password = secrets.token_urlsafe(12)
    users.create_user(session, "admin", role="admin", password=password)
    typer.echo(f"created user admin with password {password} (shown once; change it)")


@cli.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="A JSON export made by `claims export`")],
) -> None:
    """Restore a JSON export into an empty database: statuses, history, clusters, ids."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        typer.echo(f"error: cannot read {file}: {error}", err=True)
        raise typer.Exit(1) from error
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        try:
            report = restore.restore_export(session, data)
        except restore.RestoreError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from error
    typer.echo(report.summary())


class AppendixFormat(StrEnum):
    """What `claims appendix` writes."""

    md = "md"
    html = "html"


class CitationStyle(StrEnum):
    """How the appendix formats its references."""

    apa = "apa"
    chicago = "chicago"


@cli.command()
def appendix(
    format: Annotated[AppendixFormat, typer.Option(help="md or html")] = AppendixFormat.md,
    status: Annotated[
        str, typer.Option(help="Comma-separated statuses: verified, provisional")
    ] = "verified",
    style: Annotated[CitationStyle, typer.Option(help="apa or chicago")] = CitationStyle.apa,
    generated: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Generation date to print (default today)"),
    ] = None,
    output: Annotated[Path | None, typer.Option(help="Write here instead of stdout")] = None,
) -> None:
    """Write the citations appendix: every included figure, its quote and its reference."""
    try:
        statuses = parse_statuses(status)
    except ValueError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    engine = get_engine()
    migrate(engine)
    with Session(engine) as session:
        entries = export.appendix_entries(session, statuses=statuses)
    day = generated.date() if generated else date.today()
    text = render_appendix(entries, format=format.value, style=style.value, generated=day,
                           statuses=statuses)  # fmt: skip
    _emit(text, output)


@cli.command()
def backup(
    path: Annotated[Path, typer.Argument(help="The new file to write the copy to")],
) -> None:
    """Copy the live SQLite database consistently (online backup API); PostgreSQL: pg_dump."""
    import sqlite3

    from app.backup import BackupError, backup_sqlite

    try:
        pages = backup_sqlite(get_settings().database_url, path)
    except (BackupError, sqlite3.Error) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error
    typer.echo(f"backed up {pages} pages to {path}")


def _emit(text: str, output: Path | None) -> None:
    """Write `text` to `output`, or to stdout when none is given."""
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


def main() -> None:
    """Entry point of the `claims` console script."""
    cli()
