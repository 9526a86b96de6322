"""Downloads: the standard exports at /export.{format} and the citations appendix. Thin."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response
from sqlmodel import Session

from app import export
from app.appendix import AppendixFormat, CitationStyle, parse_statuses, render_appendix
from app.db import get_session

DbSession = Annotated[Session, Depends(get_session)]
APPENDIX_MEDIA = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}

router = APIRouter(tags=["downloads"])


@router.get(
    "/export.{format}",
    summary="The whole database as JSON, JSONL, CSV, ClaimReview or CSL-JSON",
    response_class=Response,
    responses={200: {"content": {f.media_type: {} for f in export.FORMATS.values()}}},
)
def export_file(session: DbSession, format: export.ExportName) -> Response:
    """Every source and claim (JSON is lossless and `claims import` restores it), or the
    reviewed claims as schema.org ClaimReview, or the sources as CSL-JSON."""
    chosen = export.FORMATS[format]
    body = export.render_export(session, format)
    disposition = f'attachment; filename="{chosen.filename}"'
    return Response(body, media_type=chosen.media_type,
                    headers={"Content-Disposition": disposition})  # fmt: skip


@router.get(
    "/appendix",
    summary="The citations appendix for downstream guides, in Markdown or HTML",
    response_class=Response,
    responses={200: {"content": {media: {} for media in APPENDIX_MEDIA.values()}}},
)
def appendix_file(
    session: DbSession,
    format: Annotated[AppendixFormat, Query(description="md or html")] = "md",
    status: Annotated[
        str, Query(description="Comma-separated: verified, provisional", examples=["verified"])
    ] = "verified",
    style: Annotated[CitationStyle, Query(description="apa or chicago")] = "apa",
    generated: Annotated[
        date | None, Query(description="Generation date printed and compared; default today")
    ] = None,
) -> Response:
    """Every included figure with its quote, status, conflicts and a numbered reference."""
    try:
        statuses = parse_statuses(status)
    except ValueError as error:
        problem = {"loc": ["query", "status"], "msg": str(error), "type": "value_error"}
        raise HTTPException(status_code=422, detail=[problem]) from error  # FastAPI's 422 shape
    entries = export.appendix_entries(session, statuses=statuses)
    text = render_appendix(
        entries, format=format, style=style, generated=generated or date.today(),
        statuses=statuses,
    )  # fmt: skip
    disposition = f'inline; filename="claimtrail-appendix.{format}"'
    return Response(text, media_type=APPENDIX_MEDIA[format],
                    headers={"Content-Disposition": disposition})  # fmt: skip
