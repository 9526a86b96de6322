"""Re-anchoring: which stored claims a new version of a source still makes (pure).

A claim is identified by its quote and the words around it (W3C TextQuoteSelector), not by
its offset, so it survives an edit elsewhere in the document. Passes, strictest first:
1. same quote, same prefix and suffix: kept;
2. same quote, the prefix or the suffix still next to it: kept;
3. another quote between the same prefix and suffix: the number changed in place;
what no pass pairs is an orphan (old) or a new claim (new). Within a pass the nearest pair
(by relative position in the text) wins, so repeated expressions pair up in order.

A newer extractor re-reading the same text pairs by offsets instead (`pair_rereading`): the
same span, then the span that overlaps most, as a new reading may cut a quote differently.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.extract import ClaimCandidate

SIDE = 16  # characters of prefix/suffix that must still stand next to the quote


@dataclass(frozen=True)
class Anchor:
    """A stored claim as re-anchoring sees it."""

    claim_id: int
    quote: str
    prefix: str
    suffix: str
    position: float  # start offset / text length of the version it was read from


@dataclass(frozen=True)
class Reconciliation:
    """The outcome: what was kept, what changed in place, what is new, what vanished."""

    kept: tuple[tuple[int, ClaimCandidate], ...]
    changed: tuple[tuple[int, ClaimCandidate], ...]
    added: tuple[ClaimCandidate, ...]
    orphaned: tuple[int, ...]


@dataclass(frozen=True)
class StoredSpan:
    """A stored claim as a re-reading of the same text sees it: where its quote stands."""

    claim_id: int
    start: int
    end: int


Rule = Callable[[Anchor, ClaimCandidate], bool]


def reconcile_claims(
    old: Sequence[Anchor], new: Sequence[ClaimCandidate], *, text_length: int
) -> Reconciliation:
    """Pair stored claims with the candidates read from a new version of their source."""
    left, right = list(old), list(new)
    kept = _pair(left, right, _same_anchor, text_length)
    kept += _pair(left, right, _same_quote_one_side, text_length)
    changed = _pair(left, right, _same_place, text_length)
    return Reconciliation(
        kept=tuple(kept),
        changed=tuple(changed),
        added=tuple(right),
        orphaned=tuple(anchor.claim_id for anchor in left),
    )


def _pair(
    left: list[Anchor], right: list[ClaimCandidate], rule: Rule, text_length: int
) -> list[tuple[int, ClaimCandidate]]:
    """Pairs under `rule`, nearest first; paired items are removed from both lists."""
    scale = max(text_length, 1)
    options = [
        (abs(anchor.position - cand.start / scale), i, j)
        for i, anchor in enumerate(left)
        for j, cand in enumerate(right)
        if rule(anchor, cand)
    ]
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in sorted(options):
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((i, j))
    result = [(left[i].claim_id, right[j]) for i, j in sorted(pairs, key=lambda p: p[1])]
    left[:] = [a for i, a in enumerate(left) if i not in used_left]
    right[:] = [c for j, c in enumerate(right) if j not in used_right]
    return result


def _tail(text: str) -> str:
    return text[-SIDE:]


def _head(text: str) -> str:
    return text[:SIDE]


def _same_anchor(anchor: Anchor, cand: ClaimCandidate) -> bool:
    return (anchor.quote, anchor.prefix, anchor.suffix) == (cand.quote, cand.prefix, cand.suffix)


def _same_quote_one_side(anchor: Anchor, cand: ClaimCandidate) -> bool:
    if anchor.quote != cand.quote:
        return False
    return _tail(anchor.prefix) == _tail(cand.prefix) or _head(anchor.suffix) == _head(cand.suffix)


def _same_place(anchor: Anchor, cand: ClaimCandidate) -> bool:
    both = _tail(anchor.prefix) == _tail(cand.prefix) and _head(anchor.suffix) == _head(cand.suffix)
    return both and bool(anchor.prefix.strip() or anchor.suffix.strip())


def pair_rereading(old: Sequence[StoredSpan], new: Sequence[ClaimCandidate]) -> Reconciliation:
    """Pair stored claims with what a newer extractor reads in the very same text.

    Same span: kept (its value may still differ); overlapping spans, most overlap first:
    changed (the quote is cut differently). E.g. "$110-140K" read again as "$110-140K+".
    """
    order = sorted(range(len(new)), key=lambda j: new[j].start)
    starts = [new[j].start for j in order]
    options = []
    for i, span in enumerate(old):
        # Candidates starting before the stored span ends; quotes are short, so look back a little.
        j = bisect_left(starts, span.end) - 1
        while j >= 0 and starts[j] > span.start - _LONGEST_QUOTE:
            cand = new[order[j]]
            overlap = min(span.end, cand.end) - max(span.start, cand.start)
            if overlap > 0:
                same = (cand.start, cand.end) == (span.start, span.end)
                options.append((not same, -overlap, abs(cand.start - span.start), i, order[j]))
            j -= 1
    used_old: set[int] = set()
    used_new: set[int] = set()
    kept: list[tuple[int, ClaimCandidate]] = []
    changed: list[tuple[int, ClaimCandidate]] = []
    for moved, _, _, i, j in sorted(options):
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            (changed if moved else kept).append((old[i].claim_id, new[j]))
    return Reconciliation(
        kept=tuple(kept),
        changed=tuple(changed),
        added=tuple(c for j, c in enumerate(new) if j not in used_new),
        orphaned=tuple(s.claim_id for i, s in enumerate(old) if i not in used_old),
    )


# Characters. The longest quote read in the test guides is far shorter; a longer one would
# only be paired as an orphan and a new claim.
_LONGEST_QUOTE = 400
