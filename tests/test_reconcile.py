"""Re-anchoring claims in a new version of their source (pure)."""

from __future__ import annotations

from app.extract import ClaimCandidate
from app.reconcile import Anchor, StoredSpan, pair_rereading, reconcile_claims


def cand(text: str, quote: str, nth: int = 1) -> ClaimCandidate:
    start = -1
    for _ in range(nth):
        start = text.index(quote, start + 1)
    end = start + len(quote)
    return ClaimCandidate(
        quote=quote, start=start, end=end, prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32], context=text, context_start=0, kind="count",
        low=1, high=1, open_high=False, unit="count", period=None, subject="s",
    )  # fmt: skip


def anchor(claim_id: int, text: str, quote: str, nth: int = 1) -> Anchor:
    c = cand(text, quote, nth)
    return Anchor(claim_id, c.quote, c.prefix, c.suffix, c.start / len(text))


OLD = "Juniors earn $110K a year. Seniors earn $240K a year. Demand grew 40% in a year."


def test_an_unchanged_text_keeps_every_claim() -> None:
    old = [anchor(1, OLD, "$110K"), anchor(2, OLD, "$240K"), anchor(3, OLD, "40%")]
    new = [cand(OLD, "$110K"), cand(OLD, "$240K"), cand(OLD, "40%")]
    plan = reconcile_claims(old, new, text_length=len(OLD))
    assert [(i, c.quote) for i, c in plan.kept] == [(1, "$110K"), (2, "$240K"), (3, "40%")]
    assert (plan.changed, plan.added, plan.orphaned) == ((), (), ())


def test_an_edit_elsewhere_keeps_the_claim_at_its_new_offset() -> None:
    text = "A new opening sentence that shifts everything. " + OLD
    plan = reconcile_claims([anchor(2, OLD, "$240K")], [cand(text, "$240K")], text_length=len(text))
    assert [(i, c.start) for i, c in plan.kept] == [(2, text.index("$240K"))]


def test_a_number_changed_in_place_is_a_change_not_a_new_claim() -> None:
    text = OLD.replace("$240K", "$250K")
    plan = reconcile_claims([anchor(2, OLD, "$240K")], [cand(text, "$250K")], text_length=len(text))
    assert ([i for i, _ in plan.changed], plan.kept, plan.added) == ([2], (), ())


def test_a_vanished_claim_is_an_orphan_and_a_new_one_is_added() -> None:
    text = "Juniors earn $110K a year. Staff engineers earn $400K a year."
    old = [anchor(1, OLD, "$110K"), anchor(3, OLD, "40%")]
    plan = reconcile_claims(old, [cand(text, "$110K"), cand(text, "$400K")], text_length=len(text))
    assert [i for i, _ in plan.kept] == [1]
    assert ([c.quote for c in plan.added], plan.orphaned) == (["$400K"], (3,))


def test_repeated_expressions_pair_in_order() -> None:
    text = "Speed: 10-20X faster. Velocity: 10-20X faster."
    old = [anchor(1, text, "10-20X", 1), anchor(2, text, "10-20X", 2)]
    new = [cand(text, "10-20X", 2), cand(text, "10-20X", 1)]
    plan = reconcile_claims(old, new, text_length=len(text))
    assert [(i, c.start) for i, c in plan.kept] == [(2, text.rindex("10-20X")), (1, 7)]


def test_same_quote_with_one_side_rewritten_is_kept() -> None:
    text = OLD.replace("Seniors earn", "Senior engineers now make")
    plan = reconcile_claims([anchor(2, OLD, "$240K")], [cand(text, "$240K")], text_length=len(text))
    assert [i for i, _ in plan.kept] == [2]


def span(claim_id: int, text: str, quote: str) -> StoredSpan:
    start = text.index(quote)
    return StoredSpan(claim_id, start, start + len(quote))


def test_a_rereading_keeps_same_spans_and_moves_overlapping_ones() -> None:
    text = "Juniors earn $110-140K+ a year. Seniors earn $240K a year. Demand grew 40% in 2025."
    old = [span(1, text, "$110-140K"), span(2, text, "$240K"), span(3, text, "2025")]
    new = [cand(text, "$240K"), cand(text, "$110-140K+"), cand(text, "40%")]
    plan = pair_rereading(old, new)
    assert [(i, c.quote) for i, c in plan.kept] == [(2, "$240K")]
    assert [(i, c.quote) for i, c in plan.changed] == [(1, "$110-140K+")]
    assert ([c.quote for c in plan.added], plan.orphaned) == (["40%"], (3,))


def test_a_rereading_pairs_a_split_quote_with_its_larger_part() -> None:
    text = "Pay: $150K to $190,000 at most."
    old = [span(7, text, "$150K to $190,000")]
    new = [cand(text, "$150K"), cand(text, "$190,000")]
    plan = pair_rereading(old, new)
    assert [(i, c.quote) for i, c in plan.changed] == [(7, "$190,000")]
    assert [c.quote for c in plan.added] == ["$150K"]
