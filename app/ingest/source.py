"""The ingest stage: a document's bytes to repaired text, metadata and flags."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from app.ingest.decoding import UnreadableBytesError, decode_bytes
from app.ingest.document import split_document
from app.ingest.flags import find_flags
from app.ingest.front_matter import FrontMatterError, split_front_matter
from app.ingest.metadata import SourceMeta, read_meta
from app.ingest.notebook import read_notebook
from app.ingest.repair import repair_text


class IngestError(ValueError):
    """A source that cannot be ingested; str() is one line: '<file name>: <reason>'."""

    def __init__(self, file_name: str, reason: str) -> None:
        self.file_name = file_name
        self.reason = " ".join(reason.split())
        super().__init__(f"{file_name}: {self.reason}")


@dataclass(frozen=True)
class SourceText:
    """A decoded, repaired source document with its metadata and flags."""

    file_name: str  # base name, e.g. "002_81851087732354e4.txt"
    sha256: str  # hex sha256 of the raw bytes
    raw_text: str  # decoded text as it came, mojibake included
    text: str  # repaired text, whole document with front matter; claims point into it
    encoding: str  # what the bytes were decoded as: "utf-8", "utf-16", "cp1252", ...
    meta: SourceMeta
    flags: tuple[str, ...]  # sorted: future-date, predates-subject, under-review, mojibake


def decode_source(file_name: str, data: bytes, *, max_bytes: int, today: dt.date) -> SourceText:
    """Decode, repair and describe one document; raise IngestError for unusable input."""
    check_size(file_name, len(data), max_bytes=max_bytes)
    try:
        raw_text, encoding = decode_bytes(data)
    except UnreadableBytesError as error:
        raise IngestError(file_name, str(error)) from None
    if not raw_text.strip():
        raise IngestError(file_name, f"no text: only whitespace ({len(data)} bytes)")
    text, mojibake = repair_text(raw_text)
    try:
        front = split_front_matter(text)
    except FrontMatterError as error:
        raise IngestError(file_name, str(error)) from None
    page = read_notebook(text)  # a notebook's JSON is described by the page it shows
    shown = page.text if page is not None else text
    meta = read_meta(split_document(shown, front if page is None else None))
    return SourceText(
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        raw_text=raw_text,
        text=text,
        encoding=encoding,
        meta=meta,
        flags=find_flags(shown, meta, today=today, mojibake=mojibake),
    )


def read_source(path: Path, *, max_bytes: int, today: dt.date) -> SourceText:
    """Read a file (its size checked before reading) and decode it with decode_source."""
    try:
        check_size(path.name, path.stat().st_size, max_bytes=max_bytes)
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(path.name, f"cannot read: {error.strerror or error}") from None
    return decode_source(path.name, data, max_bytes=max_bytes, today=today)


def check_size(file_name: str, size: int, *, max_bytes: int) -> None:
    """Refuse empty files and files over the size limit."""
    if size == 0:
        raise IngestError(file_name, "empty file (0 bytes)")
    if size > max_bytes:
        raise IngestError(
            file_name, f"too large: {size:,} bytes, over the {max_bytes:,}-byte limit"
        )
