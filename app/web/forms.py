"""Review actions: plain POST forms answered with a redirect, or JSON when desk.js asks.

A form carries the versions the editor saw; a change made meanwhile refuses it whole, naming
who made it, and shows the editor what is there now.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from app import store
from app.api import DbSession, StatusName
from app.auth import PageError, Reviewer, safe_next
from app.config import get_settings
from app.models import ClaimDetail, ClaimEventRead
from app.pipeline import cluster_all
from app.store import desk, sources
from app.store.events import INGEST_ACTOR
from app.web.negotiation import wants_json
from app.web.rendering import not_found, render
from app.web.views import claim_context, cluster_context

router = APIRouter(include_in_schema=False)
Note = Annotated[str, Form(max_length=2000)]


@router.post("/claims/{claim_id}/review")
def review_submit(
    request: Request,
    session: DbSession,
    claim_id: int,
    editor: Reviewer,
    status: Annotated[StatusName, Form()],
    version: Annotated[int, Form()],
    note: Note = "",
    back: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """Set a claim's status; a stale form is refused with who changed the claim meanwhile."""
    try:
        claim = store.review_claim(
            session, claim_id, status=status, actor=editor.name, note=note.strip() or None,
            expected_version=version,
        )  # fmt: skip
    except store.NotFoundError as error:
        raise not_found(error) from error
    except store.StaleVersionError as stale:
        return _stale(request, session, stale.current, wanted=status, note=note)
    if wants_json(request):
        return JSONResponse(_claim_state(claim, f"Claim {claim_id} is now {status}."))
    return RedirectResponse(safe_next(back, f"/claims/{claim_id}"), status_code=303)


@router.post("/clusters/{key}/resolve")
def resolve_submit(
    request: Request,
    session: DbSession,
    key: str,
    editor: Reviewer,
    keep: Annotated[int, Form()],
    claim: Annotated[list[int], Form()],
    version: Annotated[list[int], Form()],
    note: Note = "",
) -> Response:
    """Verify one claim of a cluster and reject the others, in one transaction: if any claim
    changed since the page was read, nothing is saved and the page says who changed it."""
    if len(claim) != len(version):
        raise PageError(400, "Each claim needs the version it was read at.")
    versions = dict(zip(claim, version, strict=True))
    if keep not in versions:
        raise PageError(400, f"Claim {keep} is not in cluster {key}.")
    reason = note.strip() or f"kept claim {keep} of cluster {key}, rejected the others"
    reviews = [store.Review(claim_id, "verified" if claim_id == keep else "rejected", expected)
               for claim_id, expected in versions.items()]  # fmt: skip
    try:
        store.review_claims(session, reviews, actor=editor.name, note=reason)
    except store.NotFoundError as error:
        raise not_found(error) from error
    except store.StaleVersionError as stale:
        message = resolve_stale_message(stale.current, keep)
        if wants_json(request):
            return JSONResponse({"message": message, "stale": True}, status_code=409)
        context = cluster_context(request, session, key, stale=message)
        return render(request, "cluster.html", context, status=409)
    if wants_json(request):
        return JSONResponse({"message": f"Verified claim {keep}; rejected the others."})
    return RedirectResponse(f"/clusters/{key}", status_code=303)


def resolve_stale_message(current: ClaimDetail, keep: int) -> str:
    """Who changed a claim of the cluster meanwhile, and that none of the action was saved."""
    return (
        f"Not saved: {_change(current)} Nothing of “verify claim {keep}, reject the others” "
        "was saved, so that no judgment is lost; check the claims below and send it again if "
        "it still stands."
    )


def stale_message(current: ClaimDetail, wanted: str) -> str:
    """Who changed a claim since the form was read, and that the form's change was not saved."""
    return (
        f"Not saved: {_change(current)} Your change to {wanted} was kept out so that nothing "
        "is lost; check the claim below and send it again if it still stands."
    )


def _change(current: ClaimDetail) -> str:
    last = current.history[-1]
    change = f"set it to {last.to_value}" if last.action == "status_changed" else last.action
    when = last.at.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{last.actor} changed claim {current.id} meanwhile ({change}, {when}). "
        f"It is now {current.status}."
    )


def _claim_state(claim: ClaimDetail, message: str) -> dict[str, Any]:
    last = next((e for e in reversed(claim.history) if e.action == "status_changed"), None)
    return {
        "id": claim.id, "status": claim.status, "version": claim.version,
        "reviewed": claim.reviewed, "message": message,
        "set_by": last.actor if last else None, "set_at": last.at.isoformat() if last else None,
    }  # fmt: skip


def _stale(
    request: Request, session: DbSession, current: ClaimDetail, *, wanted: str, note: str
) -> Response:
    message = stale_message(current, wanted)
    if wants_json(request):
        return JSONResponse({**_claim_state(current, message), "stale": True}, status_code=409)
    context = claim_context(session, current, stale=message, wanted=wanted, pending_note=note)
    return render(request, "claim.html", context, status=409)


@router.post("/clusters/{key}/split")
def split_submit(
    session: DbSession,
    key: str,
    editor: Reviewer,
    claim: Annotated[list[int], Form()],
    note: Note = "",
) -> Response:
    """Take claims out of a cluster for good; clustering runs again at once."""
    try:
        store.record_split(session, claim, actor=editor.name, note=note.strip() or None)
    except store.NotFoundError as error:
        raise not_found(error) from error
    cluster_all(session, settings=get_settings())
    return RedirectResponse(_cluster_url(session, key, claim[0]), status_code=303)


@router.post("/clusters/{key}/merge")
def merge_submit(
    session: DbSession,
    key: str,
    editor: Reviewer,
    other: Annotated[str, Form(max_length=64)],
    note: Note = "",
) -> Response:
    """Make two clusters one for good; clustering runs again at once."""
    try:
        members = store.get_cluster(session, key).claims
        store.record_merge(session, [key, other.strip()], actor=editor.name,
                           note=note.strip() or None)  # fmt: skip
    except store.NotFoundError as error:
        raise not_found(error) from error
    cluster_all(session, settings=get_settings())
    return RedirectResponse(_cluster_url(session, key, members[0]), status_code=303)


def _cluster_url(session: DbSession, key: str, claim_id: int) -> str:
    try:
        return f"/clusters/{store.get_cluster(session, key).id}"
    except store.NotFoundError:
        moved = store.get_claim(session, claim_id).cluster
        return f"/clusters/{moved}" if moved else f"/claims/{claim_id}"


@router.post("/sources/{source_id}/date")
def source_date_submit(
    session: DbSession,
    source_id: int,
    editor: Reviewer,
    corrected: Annotated[str, Form(max_length=10)] = "",
    note: Note = "",
) -> Response:
    """Confirm a source's date (no date given) or correct it, with a note."""
    try:
        store.review_source_date(
            session, source_id, actor=editor.name, corrected=corrected.strip() or None,
            note=note.strip() or None,
        )  # fmt: skip
    except store.NotFoundError as error:
        raise not_found(error) from error
    except sources.SourceDateError as error:
        raise PageError(400, str(error).capitalize() + ".") from error
    return RedirectResponse(f"/sources/{source_id}#date", status_code=303)


@router.post("/undo")
def undo_submit(
    request: Request,
    session: DbSession,
    editor: Reviewer,
    back: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    """Revert the editor's last status change, unless someone changed that claim since."""
    target = desk.last_change(session, editor.name)
    if target is None:
        raise PageError(409, "Nothing of yours to undo.")
    current = store.get_claim(session, target.claim_id)
    if current.status != target.to_value or current.history[-1].actor != editor.name:
        return _stale(request, session, current, wanted=target.from_value or "", note="")
    claim = store.review_claim(
        session, target.claim_id, status=target.from_value or "provisional", actor=editor.name,
        note=desk.undo_note(target), expected_version=current.version,
        reviewed=reviewed_before(current.history[:-1]),
    )  # fmt: skip
    if wants_json(request):
        message = f"Undone: claim {claim.id} is {claim.status} again."
        return JSONResponse(_claim_state(claim, message))
    return RedirectResponse(safe_next(back), status_code=303)


def reviewed_before(history: list[ClaimEventRead]) -> bool:
    """Whether an editor had judged the claim's current value before the last change."""
    for event in reversed(history):
        if event.action == "status_changed" and event.actor != INGEST_ACTOR:
            return True
        if event.action in ("created", "value_changed"):
            return False
    return False
