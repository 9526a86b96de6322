"""Ingest: bytes of a source document -> decoded, repaired text, metadata and flags (pure)."""

from app.ingest.metadata import SourceMeta
from app.ingest.source import IngestError, SourceText, decode_source, read_source

__all__ = ["IngestError", "SourceMeta", "SourceText", "decode_source", "read_source"]
