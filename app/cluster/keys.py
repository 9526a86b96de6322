"""Stable cluster keys and the replay of editors' split and merge decisions.

A new cluster's key is a hash of what it states (pay: its block, so "senior AI engineer pay,
US" has the same key in every database; other kinds: the block plus its first claim's quote,
context and source title), so re-running on the same input gives the same keys. With
`previous` (claim id -> key of the last run) a cluster keeps the key most of its members had;
when two clusters want one key, the one holding more of its claims wins.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from app.cluster.blocking import block_key
from app.cluster.model import ClusterInput, Decision

_UNSAFE = re.compile(r"[^a-z0-9]+")


def replay_decisions(
    groups: list[list[int]], decisions: Sequence[Decision], previous: Mapping[int, str]
) -> tuple[list[list[int]], dict[int, str]]:
    """The groups (of claim ids) after every decision, in order; keys merges must keep."""
    owner = {cid: g for g, members in enumerate(groups) for cid in members}
    sets = [set(members) for members in groups]
    kept: dict[int, str] = {}
    for decision in decisions:
        if decision.action == "split":
            _split(sets, owner, decision.claim_ids)
        elif decision.action == "merge":
            _merge(sets, owner, kept, decision, previous)
    return [sorted(s) for s in sets if s], {min(sets[g]): key for g, key in kept.items() if sets[g]}


def _split(sets: list[set[int]], owner: dict[int, int], claim_ids: Sequence[int]) -> None:
    for cid in claim_ids:
        g = owner.get(cid)
        if g is None or len(sets[g]) == 1:
            continue
        sets[g].discard(cid)
        owner[cid] = len(sets)
        sets.append({cid})


def _merge(
    sets: list[set[int]],
    owner: dict[int, int],
    kept: dict[int, str],
    decision: Decision,
    previous: Mapping[int, str],
) -> None:
    named = set(decision.cluster_keys)
    wanted = {cid for cid in decision.claim_ids if cid in owner}
    wanted |= {cid for cid, key in previous.items() if key in named and cid in owner}
    targets = sorted({owner[cid] for cid in wanted})
    if not targets:
        return
    into = targets[0]
    for g in targets[1:]:
        for cid in sets[g]:
            owner[cid] = into
        sets[into] |= sets[g]
        sets[g] = set()
        kept.pop(g, None)
    if decision.cluster_keys:
        kept[into] = decision.cluster_keys[0]


def assign_keys(
    groups: Sequence[Sequence[int]],
    by_id: Mapping[int, ClusterInput],
    *,
    previous: Mapping[int, str],
    kept: Mapping[int, str],
) -> list[str]:
    """One key per group (of claim ids): a merge's survivor, the majority's, or a fresh one."""
    keys: list[str | None] = []
    used: set[str] = set()
    for group in groups:
        key = kept.get(group[0])
        keys.append(key if key not in used else None)
        used |= {key} if key else set()
    for _, g, key in _claims_on_keys(groups, previous):
        if keys[g] is None and key not in used:
            keys[g] = key
            used.add(key)
    for g, group in enumerate(groups):
        if keys[g] is None:
            key = fresh_key([by_id[cid] for cid in group])
            key = key if key not in used else f"{key}-{group[0]}"
            keys[g] = key
            used.add(key)
    return [key for key in keys if key is not None]


def _claims_on_keys(
    groups: Sequence[Sequence[int]], previous: Mapping[int, str]
) -> list[tuple[int, int, str]]:
    """(members holding the key, group, key), most held first, ties by first claim then key."""
    held = []
    for g, group in enumerate(groups):
        counts = Counter(previous[cid] for cid in group if cid in previous)
        held += [(count, g, key) for key, count in counts.items()]
    held.sort(key=lambda t: (-t[0], groups[t[1]][0], t[2]))
    return held


def fresh_key(claims: Sequence[ClusterInput]) -> str:
    """A short URL-safe key from what the cluster states: `salary-1f3a9c0e22b4`."""
    first = claims[0]
    parts = list(block_key(first))
    if first.kind != "salary":
        parts += [first.quote, " ".join(first.context.split()), first.source_title]
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    kind = _UNSAFE.sub("-", first.kind.lower()).strip("-")[:16] or "claim"
    return f"{kind}-{digest}"
