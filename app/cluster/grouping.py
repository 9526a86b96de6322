"""Which claims state the same quantity: blocking, an exact-hash pass, then rapidfuzz.

Inside a block (see `blocking`), claims whose masked words are identical form one group
first (sqlite-utils' hash keys). Two groups then join when either
- repeat: one source gives the same value twice and the words share a content stem
  ("10-20X faster delivery" and "10-20X velocity ... AI-first teams" are one statistic), or
- similar: their content stems overlap (Jaccard >= `min_overlap`), share two stems or more,
  and `fuzz.token_sort_ratio` of their words reaches `min_score`.
`token_sort_ratio`, not `token_set_ratio`: the latter scores 100 whenever one side's words
are a subset of the other's, so "AI startups +40% YoY" would meet any sentence naming AI.
Groups join greedily, best score first, and never when they carry different roles, levels or
regions, or different rows or columns of one source's table (constrained union-find).
Candidate pairs come from an AllPairs prefix index over stems ordered rarest first, so the
work grows with the pairs that can match, not with the square of the block.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from app.cluster.blocking import block_key, cannot_link
from app.cluster.model import ClusterInput
from app.cluster.text import Words, describe_words

Value = tuple[float | None, float | None, bool]


@dataclass(frozen=True)
class _Rep:
    """One exact-hash group of a block: its words, facts, and the (source, value)s it holds."""

    members: tuple[int, ...]
    words: Words
    facts: dict[str, str]
    stated: frozenset[tuple[int, Value]]


def group_claims(
    claims: Sequence[ClusterInput], *, min_score: float, min_overlap: float
) -> list[list[int]]:
    """Positions in `claims` grouped by the quantity they state, each group ascending."""
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for at, claim in enumerate(claims):
        blocks[block_key(claim)].append(at)
    groups: list[list[int]] = []
    for key, positions in blocks.items():
        if key[0] == "salary":
            groups.append(positions)
        else:
            groups += _group_block(claims, positions, min_score, min_overlap)
    return groups


def _group_block(
    claims: Sequence[ClusterInput], positions: list[int], min_score: float, min_overlap: float
) -> list[list[int]]:
    reps = _exact_groups(claims, positions)
    pairs = [*_repeat_pairs(reps), *_similar_pairs(reps, min_score, min_overlap)]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    parent = list(range(len(reps)))
    facts = [dict(rep.facts) for rep in reps]  # per root: what its members carry
    for _, a, b in pairs:
        _join(parent, facts, a, b)
    joined: dict[int, list[int]] = defaultdict(list)
    for i, rep in enumerate(reps):
        joined[_root(parent, i)].extend(rep.members)
    return [sorted(members) for members in joined.values()]


def _exact_groups(claims: Sequence[ClusterInput], positions: list[int]) -> list[_Rep]:
    """Claims with the same masked words and facts; words that name nothing stay alone."""
    keyed: dict[object, list[int]] = {}
    words_of: dict[object, Words] = {}
    facts_of: dict[object, dict[str, str]] = {}
    described: dict[tuple[str, str, str], Words] = {}  # boilerplate repeats across sources
    for at in positions:
        claim = claims[at]
        text = (claim.quote, claim.context, claim.subject)
        words = described.get(text) or described.setdefault(text, describe_words(*text))
        facts = cannot_link(claim)
        if words.level and "level" not in facts:
            facts["level"] = words.level
        key: object = (words.masked, _exact_facts(facts)) if len(words.stems) >= 2 else at
        members = keyed.get(key)
        if members is None:  # most keys: a claim's own words and facts start its group
            keyed[key], words_of[key], facts_of[key] = [at], words, facts
        else:
            members.append(at)
            facts_of[key].update(facts)
    return [
        _Rep(
            members=tuple(members),
            words=words_of[key],
            facts=facts_of[key],
            stated=frozenset(_stated(claims[m]) for m in members),
        )
        for key, members in keyed.items()
    ]


def _exact_facts(facts: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The facts identical words must also share: a row's label, not its source or sentence."""
    if len(facts) == 1:  # only the sentence, always there
        return ()
    kept = [(name.split("@")[0], value) for name, value in facts.items()]
    return tuple(sorted(item for item in kept if item[0] != "sentence"))


def _repeat_pairs(reps: list[_Rep]) -> Iterator[tuple[float, int, int]]:
    """Groups where one source states the same value and the words share a stem."""
    by_stated: dict[tuple[int, Value], list[int]] = defaultdict(list)
    for i, rep in enumerate(reps):
        for stated in rep.stated:
            by_stated[stated].append(i)
    seen: set[tuple[int, int]] = set()
    for holders in by_stated.values():
        for x, a in enumerate(holders):
            for b in holders[x + 1 :]:
                if (a, b) not in seen and reps[a].words.stems & reps[b].words.stems:
                    seen.add((a, b))
                    yield _score(reps[a].words, reps[b].words), a, b


def _similar_pairs(
    reps: list[_Rep], min_score: float, min_overlap: float
) -> Iterator[tuple[float, int, int]]:
    """Groups whose words overlap enough and score `min_score` or more."""
    for a, b in _overlapping(reps, min_overlap):
        wa, wb = reps[a].words, reps[b].words
        if len(wa.stems & wb.stems) < 2:
            continue
        score = _score(wa, wb)
        if score >= min_score:
            yield score, min(a, b), max(a, b)


def _overlapping(reps: list[_Rep], min_overlap: float) -> Iterator[tuple[int, int]]:
    """Pairs whose stem sets reach Jaccard `min_overlap` and share two stems or more.

    Generalised prefix filtering: with stems ordered rarest first, two sets sharing `o`
    stems share two among their first `len - o + 2`; so sets are indexed by the stem pairs of
    that prefix, whose postings stay short even when single stems are common.
    """
    freq = Counter(s for rep in reps for s in rep.words.stems)
    ordered = [sorted(rep.words.stems, key=lambda s: (freq[s], s)) for rep in reps]
    index: dict[tuple[str, str], list[int]] = {}
    for i in sorted(range(len(reps)), key=lambda i: (len(ordered[i]), i)):
        stems = ordered[i]
        prefix = stems[: len(stems) - math.ceil(min_overlap * len(stems)) + 2]
        seen: set[int] = set()
        for pair in itertools.combinations(prefix, 2):
            for j in index.get(pair, ()):
                if j not in seen:
                    seen.add(j)
                    if _jaccard(reps[i].words.stems, reps[j].words.stems) >= min_overlap:
                        yield i, j
            index.setdefault(pair, []).append(i)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b)


def _score(a: Words, b: Words) -> float:
    """rapidfuzz token_sort_ratio of the words near the numbers, or of the subjects."""
    score = fuzz.token_sort_ratio(a.window, b.window)
    if a.subject and b.subject:
        score = max(score, fuzz.token_sort_ratio(a.subject, b.subject))
    return score


def _join(parent: list[int], facts: list[dict[str, str]], a: int, b: int) -> None:
    """Union a's and b's groups unless they carry a fact with two values."""
    ra, rb = _root(parent, a), _root(parent, b)
    if ra == rb:
        return
    small, large = sorted((facts[ra], facts[rb]), key=len)
    if any(large.get(name, value) != value for name, value in small.items()):
        return
    large.update(small)
    low, high = sorted((ra, rb))
    parent[high] = low
    facts[low] = large


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _stated(claim: ClusterInput) -> tuple[int, Value]:
    """The claim's source and value: one source stating a value twice is a repeat."""
    return claim.source_id, (claim.low, claim.high, claim.open_high)
