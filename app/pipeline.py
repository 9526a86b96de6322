"""ingest -> extract -> store, file by file: the only place the stages are chained.

A stored source read by an older extractor is read again from its stored text
(`reread_sources`), or from its file when the same bytes are ingested again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import store
from app.cluster import cluster_claims, collector_paused
from app.config import Settings
from app.extract import EXTRACTOR_VERSION, extract_claims
from app.ingest import IngestError, read_source
from app.store import clusters as cluster_store
from app.store import tuning

Progress = Callable[[Path], None]


@dataclass
class IngestReport:
    """What one ingest run did, file by file and in sum."""

    files: int = 0
    sources_new: int = 0
    sources_updated: int = 0
    sources_reread: int = 0
    sources_unchanged: int = 0
    claims_new: int = 0
    claims_kept: int = 0
    claims_changed: int = 0
    claims_orphaned: int = 0
    bytes_read: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, outcome: store.DocumentOutcome) -> None:
        """Count one saved document."""
        status = {"new": "sources_new", "updated": "sources_updated", "reread": "sources_reread"}
        name = status.get(outcome.status, "sources_unchanged")
        setattr(self, name, getattr(self, name) + 1)
        self.claims_new += outcome.new
        self.claims_kept += outcome.kept
        self.claims_changed += outcome.changed
        self.claims_orphaned += outcome.orphaned

    def summary(self, noun: str = "files") -> str:
        """One line for the terminal."""
        reread = f"{self.sources_reread} re-read, " if self.sources_reread else ""
        return (
            f"{self.files} {noun}: {self.sources_new} new, {self.sources_updated} updated, "
            f"{reread}{self.sources_unchanged} unchanged; claims {self.claims_new} new, "
            f"{self.claims_kept} kept, {self.claims_changed} changed, "
            f"{self.claims_orphaned} orphaned; {len(self.errors)} errors"
        )


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """The files named or found (recursively) in folders, hidden ones skipped; missing paths."""
    found: list[Path] = []
    missing: list[str] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        elif path.is_file():
            found.append(path)
        else:
            missing.append(f"{path}: no such file or folder")
    return found, missing


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def ingest_paths(
    paths: Sequence[Path],
    *,
    engine: Engine,
    settings: Settings,
    today: date | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest every file under `paths`, then re-cluster if anything changed.

    A broken file is reported by name and the others still land.
    """
    files, missing = collect_files(paths)
    report = IngestReport(files=len(files), errors=missing)
    day = today or date.today()
    # One connection for the whole run, tuned for bulk writes; still one commit per file.
    with (
        engine.connect() as connection,
        tuning.bulk_writes(connection),
        Session(connection) as session,
    ):
        for path in files:
            _ingest_file(session, path, report, max_bytes=settings.max_source_bytes, today=day)
            if progress is not None:
                progress(path)
        _cluster_if_changed(session, report, settings)
    return report


def reread_sources(
    *, engine: Engine, settings: Settings, progress: Callable[[str], None] | None = None
) -> IngestReport:
    """Read again, from its stored text, every source an older extractor read; re-cluster.

    One transaction per source; a source that fails is reported by name and the others land.
    """
    with engine.connect() as connection, Session(connection) as session:
        stale = store.list_stale_sources(session, extractor=EXTRACTOR_VERSION)
        report = IngestReport(files=len(stale))
        for source_id, file_name in stale:
            try:
                claims = extract_claims(store.get_source_text(session, source_id))
                outcome = store.reread_document(
                    session, source_id, claims, extractor=EXTRACTOR_VERSION
                )
            except Exception as error:  # one broken source never stops the others
                report.errors.append(f"{file_name}: {type(error).__name__}: {error}")
            else:
                report.add(outcome)
            if progress is not None:
                progress(file_name)
        _cluster_if_changed(session, report, settings)
    return report


def _cluster_if_changed(session: Session, report: IngestReport, settings: Settings) -> None:
    changed = report.sources_new or report.sources_updated or report.sources_reread
    if changed or cluster_store.count_unclustered(session):
        cluster_all(session, settings=settings)
        store.optimize(session)


def cluster_all(session: Session, *, settings: Settings) -> int:
    """Cluster every live claim, editors' decisions replayed; the number of clusters."""
    # Loading builds a small object per claim, too: the collector's passes found no cycles.
    with collector_paused():
        state = cluster_store.load_cluster_state(session)
        plan = cluster_claims(
            state.inputs, previous=state.previous, decisions=state.decisions,
            min_score=settings.cluster_min_score, tolerance=settings.conflict_tolerance,
        )  # fmt: skip
        cluster_store.save_cluster_plan(session, plan, state)
    return len(plan.clusters)


def _ingest_file(
    session: Session, path: Path, report: IngestReport, *, max_bytes: int, today: date
) -> None:
    try:
        source = read_source(path, max_bytes=max_bytes, today=today)
        # bytes already stored and read by this extractor: nothing to extract (a re-ingest)
        outcome = store.unchanged_document(session, source, extractor=EXTRACTOR_VERSION)
        if outcome is None:
            claims = extract_claims(source.text)
            outcome = store.save_document(session, source, claims, extractor=EXTRACTOR_VERSION)
    except IngestError as error:
        report.errors.append(str(error))
        return
    except Exception as error:  # one broken document never stops the others
        report.errors.append(f"{path.name}: {type(error).__name__}: {error}")
        return
    report.bytes_read += len(source.raw_text.encode("utf-8"))
    report.add(outcome)
