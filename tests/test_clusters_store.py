"""Clustering stored claims: seeds' conflicts, stable keys, remembered splits and merges."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app import store
from app.config import Settings
from app.models import Claim, ClaimEvent, Source
from app.pipeline import cluster_all
from tests.conftest import SEEDS
from tests.test_pipeline import ingest

SETTINGS = Settings()


def claim_where(session: Session, file_prefix: str, quote: str, nth: int = 1) -> Claim:
    """The nth claim (in text order) quoting `quote` in the seed whose name starts so."""
    source = session.exec(select(Source).where(col(Source.file_name).startswith(file_prefix))).one()
    claims = session.exec(
        select(Claim)
        .where(Claim.source_id == source.id, Claim.quote == quote)
        .order_by(Claim.start)
    ).all()
    return claims[nth - 1]


def keys(session: Session) -> dict[int, str | None]:
    session.expire_all()
    return {c.id: c.cluster_key for c in session.exec(select(Claim))}  # type: ignore[misc]


@pytest.fixture
def seeded(engine: Engine, session: Session) -> Session:
    ingest(engine, SEEDS)
    return session


def test_senior_us_pay_of_three_guides_is_one_conflicting_cluster(seeded: Session) -> None:
    quotes: list[tuple[str, str] | tuple[str, str, int]] = [
        ("002", "$240K to $320K"), ("003", "$250,000 - $350,000", 2), ("004", "$170-220K"),
        ("004", "$160-220K"), ("004", "$180K"),
    ]  # fmt: skip
    claims = [claim_where(seeded, *where) for where in quotes]
    assert len({c.cluster_key for c in claims}) == 1
    assert all(c.conflict for c in claims)
    cluster = store.get_cluster(seeded, claims[0].cluster_key or "")
    assert cluster.conflict
    assert set(cluster.sources) == {c.source_id for c in claims}
    assert cluster.relation in {"overlap", "disjoint", "contain"}
    assert cluster.explanation


def test_a_source_that_contradicts_itself_is_flagged(seeded: Session) -> None:
    flags = {s.file_name[:3]: s.flags for s in seeded.exec(select(Source))}
    assert "internal-conflict" in flags["004"]
    assert [k for k, f in flags.items() if "internal-conflict" in f] == ["004"]


def test_traps_stay_apart(seeded: Session) -> None:
    mlops = claim_where(seeded, "000", "40% year over year")
    startups = claim_where(seeded, "003", "+40% YoY")
    assert mlops.cluster_key != startups.cluster_key
    gbp = claim_where(seeded, "003", "£90K-£130K")
    usd = claim_where(seeded, "003", "$280K-$380K")
    hourly = claim_where(seeded, "004", "$45-80/hr")
    assert len({gbp.cluster_key, usd.cluster_key, hourly.cluster_key}) == 3


def test_keys_are_stable_across_runs_and_unchanged_reingest(
    engine: Engine, seeded: Session
) -> None:
    before = keys(seeded)
    cluster_all(seeded, settings=SETTINGS)
    assert keys(seeded) == before
    ingest(engine, SEEDS)
    assert keys(seeded) == before


def test_a_split_is_remembered_by_later_runs(seeded: Session) -> None:
    claim = claim_where(seeded, "004", "$180K")
    old_key = claim.cluster_key
    assert claim.id is not None
    store.record_split(seeded, [claim.id], actor="ana", note="headline figure")
    cluster_all(seeded, settings=SETTINGS)
    cluster_all(seeded, settings=SETTINGS)
    seeded.expire_all()
    alone = store.get_cluster(seeded, seeded.get(Claim, claim.id).cluster_key)  # type: ignore[union-attr,arg-type]
    assert alone.claims == [claim.id]
    assert alone.id != old_key
    query = select(ClaimEvent).where(ClaimEvent.claim_id == claim.id).order_by(ClaimEvent.id)
    events = seeded.exec(query).all()
    assert [(e.action, e.actor, e.from_value) for e in events][-1] == ("split", "ana", old_key)


def test_a_merge_is_remembered_by_later_runs(seeded: Session) -> None:
    junior = claim_where(seeded, "002", "$140K to $180K")
    mid = claim_where(seeded, "002", "$180K to $240K")
    assert junior.cluster_key != mid.cluster_key
    merged = [junior.cluster_key or "", mid.cluster_key or ""]
    members = (
        store.get_cluster(seeded, merged[0]).claims + store.get_cluster(seeded, merged[1]).claims
    )
    store.record_merge(seeded, merged, actor="bo")
    cluster_all(seeded, settings=SETTINGS)
    cluster_all(seeded, settings=SETTINGS)
    after = keys(seeded)
    assert {after[cid] for cid in members} == {merged[0]}


def test_merging_an_unknown_cluster_fails_and_records_nothing(seeded: Session) -> None:
    with pytest.raises(store.NotFoundError, match="clusters not found: nope"):
        store.record_merge(seeded, ["nope", "nada"], actor="bo")
