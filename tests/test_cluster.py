"""Clustering: hand-built claim sets with known answers (pure, no database)."""

from __future__ import annotations

import dataclasses
import random
import re
from typing import Any

import pytest
from rapidfuzz import fuzz

from app.cluster import (
    MIN_OVERLAP,
    MIN_SCORE,
    ClusterInput,
    ClusterPlan,
    Decision,
    PlannedCluster,
    cluster_claims,
    intervals,
)
from app.cluster.intervals import relate
from app.cluster.text import describe_words

TITLES = {
    2: "How to Hire AI Engineers",
    3: "AI Engineers in 2026",
    4: "What Does an AI Engineer Do?",
}
DATES = {2: "2028-01-26", 3: "2025-01-19", 4: "2026-04-22"}
FLAGS: dict[int, tuple[str, ...]] = {2: ("future-date",), 3: ("predates-subject",), 4: ()}


def make_claim(claim_id: int, **overrides: Any) -> ClusterInput:
    """A claim with readable defaults: a statistic of source 4."""
    source_id = overrides.pop("source_id", 4)
    fields: dict[str, Any] = {
        "claim_id": claim_id,
        "source_id": source_id,
        "source_title": TITLES.get(source_id, f"Guide {source_id}"),
        "source_published": DATES.get(source_id, "2026-05-01"),
        "source_flags": FLAGS.get(source_id, ()),
        "quote": "40%",
        "context": "Roles requiring MLOps and evaluation expertise grew 40% year over year",
        "subject": "",
        "kind": "growth",
        "low": 40.0,
        "high": 40.0,
        "open_high": False,
        "unit": "%",
        "period": None,
        "qualifiers": {},
    }
    fields.update(overrides)
    return ClusterInput(**fields)


def make_pay(claim_id: int, low: float, high: float, **overrides: Any) -> ClusterInput:
    """A yearly US salary band of a senior AI engineer (base pay) unless overridden."""
    qualifiers = {"role": "ai-engineer", "level": "senior", "region": "us", "basis": "base"}
    qualifiers |= overrides.pop("qualifiers", {})
    fields: dict[str, Any] = {
        "quote": f"${low / 1000:.0f}-{high / 1000:.0f}K",
        "context": f"Senior: ${low / 1000:.0f}-{high / 1000:.0f}K",
        "subject": "senior AI engineer base salary, us",
        "kind": "salary",
        "low": low,
        "high": high,
        "unit": "USD",
        "period": "year",
        "qualifiers": qualifiers,
    }
    fields.update(overrides)
    return make_claim(claim_id, **fields)


def groups(plan: ClusterPlan) -> list[tuple[int, ...]]:
    """The plan's partition of claim ids, as the tests compare it."""
    return [cluster.claim_ids for cluster in plan.clusters]


def senior_us_pay() -> list[ClusterInput]:
    """Senior US AI-engineer pay from three guides; the third contradicts itself."""
    return [
        make_pay(21, 240_000, 320_000, source_id=2, qualifiers={"basis": "base+bonus"}),
        make_pay(54, 250_000, 350_000, source_id=3, qualifiers={"basis": "average"}),
        make_pay(110, 180_000, 180_000, qualifiers={"basis": "average"}),
        make_pay(117, 160_000, 220_000),
        make_pay(125, 170_000, 220_000),
    ]


# --- salary blocking: what keeps pay figures together and apart ------------------------------


def test_cluster_joins_senior_us_pay_of_three_guides_and_explains_the_conflict() -> None:
    plan = cluster_claims(senior_us_pay())
    assert len(plan.clusters) == 1
    cluster = plan.clusters[0]
    assert dataclasses.replace(cluster, explanation="") == PlannedCluster(
        key=cluster.key,
        label="AI engineer salary · senior · US · base pay",
        claim_ids=(21, 54, 110, 117, 125),
        relation="disjoint",
        spread=round(300_000 / 180_000 - 1, 4),
        consensus_low=240_000,
        consensus_high=320_000,
        outlier_source_ids=(4,),
        conflict=True,
        internal_conflict_source_ids=(4,),
        explanation="",
    )
    assert cluster.explanation == (
        "Conflict: 5 claims from 3 sources disagree (disjoint); the highest value is 67% above "
        "the lowest. source 2 “How to Hire AI Engineers” (2028-01-26, future-date): "
        "$240K–$320K [base+bonus]. source 3 “AI Engineers in 2026” (2025-01-19, "
        "predates-subject): $250K–$350K [average]. source 4 “What Does an AI Engineer Do?” "
        "(2026-04-22): $160K–$220K, $170K–$220K, $180K [average, base]. Median band "
        "$240K–$320K. Outlier: source 4 “What Does an AI Engineer Do?”. source 4 “What Does "
        "an AI Engineer Do?” disagrees with itself. May explain it: bases differ (average, "
        "base, base+bonus); sources dated 2025-01-19 to 2028-01-26; flagged source 2 "
        "future-date, source 3 predates-subject."
    )


@pytest.mark.parametrize(
    ("other", "reason"),
    [
        ({"qualifiers": {"basis": "top-companies"}}, "top-company pay is another quantity"),
        ({"qualifiers": {"basis": "total-comp"}}, "total comp is another quantity"),
        ({"period": "hour"}, "per hour never joins per year"),
        ({"unit": "GBP"}, "GBP never joins USD"),
        ({"qualifiers": {"region": "us-san-francisco"}}, "a city never joins a national band"),
        ({"qualifiers": {"region": "us-sf-ny"}}, "SF/NYC is its own band"),
        ({"qualifiers": {"level": "mid"}}, "another level"),
        ({"qualifiers": {"role": "ml-engineer"}}, "another role"),
    ],
)
def test_cluster_keeps_pay_of_another_basis_period_currency_region_level_role_apart(
    other: dict[str, Any], reason: str
) -> None:
    base = make_pay(1, 170_000, 220_000, source_id=2)
    plan = cluster_claims([base, make_pay(2, 170_000, 220_000, source_id=3, **other)])
    assert groups(plan) == [(1,), (2,)], reason


@pytest.mark.parametrize(
    ("levels", "bases"),
    [
        (("staff", "principal", "staff-principal", "staff+"), ("base",) * 4),
        (("senior",) * 4, ("base", "base+bonus", "average", "median")),
    ],
)
def test_cluster_joins_level_and_basis_families(
    levels: tuple[str, ...], bases: tuple[str, ...]
) -> None:
    claims = [
        make_pay(
            i, 300_000 + i * 10_000, 400_000, source_id=i, qualifiers={"level": lv, "basis": b}
        )
        for i, (lv, b) in enumerate(zip(levels, bases, strict=True), start=1)
    ]
    assert groups(cluster_claims(claims)) == [(1, 2, 3, 4)]


def test_cluster_reads_a_pay_figure_without_period_as_yearly() -> None:
    plan = cluster_claims([make_pay(1, 1, 2), make_pay(2, 1, 2, period=None, source_id=3)])
    assert groups(plan) == [(1, 2)]


# --- statistics: words decide inside a block ---------------------------------------------------


def test_cluster_keeps_mlops_role_growth_apart_from_ai_startup_growth() -> None:
    mlops = make_claim(1, source_id=0)
    startups = make_claim(2, source_id=3, quote="+40% YoY", context="AI Startups +40% YoY")
    assert groups(cluster_claims([mlops, startups])) == [(1,), (2,)]


def test_cluster_joins_a_marketing_multiplier_repeated_three_times_in_one_source() -> None:
    contexts = [
        "10-20X\nFaster Delivery With AI-First Engineering Teams",
        "10-20X\nVelocity Advantage of AI-First Engineering Teams",
        "We've helped 200+ clients achieve 10-20X development velocity using AI Agent Teams.",
    ]
    claims = [
        make_claim(i, quote="10-20X", context=c, kind="multiplier", low=10.0, high=20.0, unit="x")
        for i, c in enumerate(contexts, start=1)
    ]
    plan = cluster_claims(claims)
    assert groups(plan) == [(1, 2, 3)]
    assert (plan.clusters[0].relation, plan.clusters[0].conflict) == ("agree", False)


def test_cluster_joins_an_inference_cost_reduction_stated_twice() -> None:
    decrease = {"direction": "decrease"}
    claims = [
        make_claim(
            1,
            quote="40-60%",
            context="A senior AI engineer knows how to reduce inference costs by 40-60% "
            "without degrading output quality.",
            low=40.0,
            high=60.0,
            qualifiers=decrease,
        ),
        make_claim(
            2,
            quote="40-60%",
            context="That alone typically achieves 40-60% cost reduction.",
            low=40.0,
            high=60.0,
            qualifiers=decrease,
        ),
    ]
    assert groups(cluster_claims(claims)) == [(1, 2)]


def test_cluster_repeat_needs_one_shared_word_and_the_same_value() -> None:
    def claim(i: int, context: str, value: float = 25.0) -> ClusterInput:
        return make_claim(i, quote=f"{value:.0f}%", context=context, low=value, high=value)

    shared = [claim(1, "cut churn by 25% in pilots"), claim(2, "customers saw 25% less churn")]
    unrelated = [claim(1, "cut churn by 25% in pilots"), claim(2, "revenue rose 25% overall")]
    other_value = [
        claim(1, "cut churn by 25% in pilots"),
        claim(2, "customers saw 30% less churn", 30.0),
    ]
    assert groups(cluster_claims(shared)) == [(1, 2)]
    assert groups(cluster_claims(unrelated)) == [(1,), (2,)]
    assert groups(cluster_claims(other_value)) == [(1,), (2,)]


def test_cluster_never_joins_numbers_whose_words_name_nothing() -> None:
    # A flattened table row lost its label: "+25% YoY" twice is two sectors, not one figure.
    claims = [
        make_claim(i, quote="+25% YoY", context="+25% YoY", low=25.0, high=25.0) for i in (1, 2)
    ]
    assert groups(cluster_claims(claims)) == [(1,), (2,)]


def test_cluster_keeps_list_items_with_different_labels_apart() -> None:
    # The subjects differ in the label only, so they score high; the labels keep them apart.
    claims = [
        make_claim(
            i,
            source_id=3,
            quote="+15-25%",
            context=f"{label}: +15-25%",
            subject=f"{label} AI engineer salary premium above the US average",
        )
        for i, label in ((1, "New York"), (2, "LLM Engineering"))
    ]
    assert groups(cluster_claims(claims)) == [(1,), (2,)]


def test_cluster_keeps_two_numbers_of_one_sentence_apart() -> None:
    context = "1-week free trial No long-term contract Start in 1-2 weeks"
    claims = [
        make_claim(1, quote="1-week", context=context, kind="duration", low=1.0, high=1.0),
        make_claim(2, quote="1-2 weeks", context=context, kind="duration", low=1.0, high=2.0),
    ]
    assert groups(cluster_claims(claims)) == [(1,), (2,)]


def test_cluster_keeps_levels_named_in_the_words_apart() -> None:
    claims = [
        make_claim(1, quote="0-2 years", context="Junior AI Engineer (0-2 years)", kind="count"),
        make_claim(2, quote="5-8 years", context="Senior AI Engineer (5-8 years)", kind="count"),
    ]
    assert groups(cluster_claims(claims)) == [(1,), (2,)]


def test_cluster_keeps_claims_with_a_different_entity_qualifier_apart() -> None:
    subject = "AI engineer salary premium in {}"
    claims = [
        make_claim(i, source_id=i, subject=subject.format(c), qualifiers={"location": c})
        for i, c in ((1, "Boston"), (2, "Austin"))
    ]
    assert groups(cluster_claims(claims)) == [(1,), (2,)]


def test_cluster_keeps_a_decrease_apart_from_an_increase() -> None:
    claims = [make_claim(1), make_claim(2, source_id=3, qualifiers={"direction": "decrease"})]
    assert groups(cluster_claims(claims)) == [(1,), (2,)]


def test_words_holding_a_digit_become_one_mark_and_two_levels_name_none() -> None:
    context = "Senior pay of US$120K/yr (2025) rose 3x in Q3 — per fig.2, qq staff#1"
    words = describe_words("3x", context, "Senior staff pay growth")
    assert words.masked == "senior pay of # # rose qq in # per # qq #"
    assert (words.window, words.subject) == ("senior pay rose", "senior staff pay growth")
    assert words.stems == {"senio", "pay", "rose", "staff", "growt"}
    assert words.level == ""  # senior and staff-principal: no single level


def test_masked_numbers_barely_move_the_score_and_subsets_do_not_score_100() -> None:
    a = describe_words("35%", "Demand for AI engineers grew 35% year over year", "")
    b = describe_words("40%", "Demand for AI engineers grew 40% year over year", "")
    assert a == b
    # "startups grew" is a subset of "startups in healthcare grew": token_set_ratio says 100.
    short = make_claim(1, context="Startups grew 40%")
    long = make_claim(2, source_id=3, context="Startups in healthcare grew 40%")
    sw, lw = (describe_words(c.quote, c.context, c.subject) for c in (short, long))
    assert fuzz.token_set_ratio(sw.window, lw.window) == 100
    assert fuzz.token_sort_ratio(sw.window, lw.window) < MIN_SCORE
    assert groups(cluster_claims([short, long])) == [(1,), (2,)]


# --- thresholds: both sides ------------------------------------------------------------------

PARAPHRASE = (
    make_claim(
        1,
        source_id=2,
        quote="35%",
        context="Demand for AI engineers grew 35% year over year in the United States",
        low=35.0,
        high=35.0,
    ),
    make_claim(
        2,
        source_id=3,
        quote="40%",
        context="Demand for AI engineering talent grew 40% year over year across the United States",
    ),
)


def paraphrase_score() -> float:
    a, b = (describe_words(c.quote, c.context, c.subject) for c in PARAPHRASE)
    return fuzz.token_sort_ratio(a.window, b.window)


def test_min_score_joins_at_the_score_and_splits_just_above_it() -> None:
    score = paraphrase_score()
    assert 80 <= score < 90
    assert groups(cluster_claims(PARAPHRASE, min_score=score)) == [(1, 2)]
    assert groups(cluster_claims(PARAPHRASE, min_score=score + 0.01)) == [(1,), (2,)]
    plan = cluster_claims(PARAPHRASE)  # the default joins them, and flags the gap
    assert (plan.clusters[0].relation, plan.clusters[0].conflict) == ("disjoint", True)


def test_min_overlap_joins_at_the_jaccard_and_splits_just_above_it() -> None:
    a, b = (describe_words(c.quote, c.context, c.subject) for c in PARAPHRASE)
    jaccard = len(a.stems & b.stems) / len(a.stems | b.stems)
    assert jaccard == 0.8
    assert groups(cluster_claims(PARAPHRASE, min_overlap=0.8)) == [(1, 2)]
    assert groups(cluster_claims(PARAPHRASE, min_overlap=0.81)) == [(1,), (2,)]
    assert 0 < MIN_OVERLAP < jaccard


def test_two_shared_words_are_needed_when_the_values_differ() -> None:
    one_word = [
        make_claim(1, source_id=2, quote="35%", context="attrition 35%"),
        make_claim(2, source_id=3, quote="40%", context="attrition 40%"),
    ]
    assert groups(cluster_claims(one_word, min_score=0, min_overlap=0)) == [(1,), (2,)]


# --- order and keys --------------------------------------------------------------------------


def mixed_claims() -> list[ClusterInput]:
    pay = [*senior_us_pay(), make_pay(200, 110_000, 140_000, qualifiers={"level": "junior"})]
    stats = [make_claim(300 + i, source_id=i % 3 + 2) for i in range(4)]
    stats += [make_claim(310, source_id=3, quote="+40% YoY", context="AI Startups +40% YoY")]
    return pay + stats + list(PARAPHRASE)


def test_cluster_gives_the_same_plan_for_shuffled_input() -> None:
    claims = mixed_claims()
    expected = cluster_claims(claims)
    for seed in range(5):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_claims(shuffled) == expected


def test_cluster_orders_clusters_by_first_claim_and_keys_are_short_and_url_safe() -> None:
    plan = cluster_claims(mixed_claims())
    firsts = [c.claim_ids[0] for c in plan.clusters]
    assert firsts == sorted(firsts)
    assert all(re.fullmatch(r"[a-z0-9-]{1,64}", c.key) for c in plan.clusters)
    assert len({c.key for c in plan.clusters}) == len(plan.clusters)


def test_cluster_keys_are_the_same_across_runs_and_with_previous() -> None:
    first = cluster_claims(mixed_claims())
    previous = {cid: c.key for c in first.clusters for cid in c.claim_ids}
    assert cluster_claims(mixed_claims()) == first
    assert cluster_claims(mixed_claims(), previous=previous) == first


def test_cluster_keeps_the_key_most_members_had() -> None:
    claims = senior_us_pay()
    previous = {21: "old-a", 54: "old-a", 110: "old-b", 117: "old-a"}
    plan = cluster_claims([*claims, make_pay(999, 200_000, 260_000)], previous=previous)
    assert [c.key for c in plan.clusters] == ["old-a"]


def test_cluster_gives_a_contested_key_to_the_cluster_holding_more_of_it() -> None:
    # Last run joined the two statistics under one key; now they fall apart.
    claims = [make_claim(1), make_claim(2), make_claim(3, quote="+40% YoY", context="AI +40% YoY")]
    plan = cluster_claims(claims, previous={1: "k", 2: "k", 3: "k"})
    assert groups(plan) == [(1, 2), (3,)]
    assert plan.cluster_of(1).key == "k"
    assert plan.cluster_of(3).key != "k"


def test_cluster_of_finds_every_claim_and_rejects_unknown_ids() -> None:
    plan = cluster_claims(mixed_claims())
    assert all(plan.cluster_of(cid).claim_ids.count(cid) == 1 for cid in (21, 300, 310))
    with pytest.raises(KeyError):
        plan.cluster_of(12345)


def test_cluster_rejects_duplicate_claim_ids() -> None:
    with pytest.raises(ValueError, match="unique"):
        cluster_claims([make_claim(1), make_claim(1)])


# --- remembered decisions --------------------------------------------------------------------


def rerun(claims: list[ClusterInput], plan: ClusterPlan, decisions: list[Decision]) -> ClusterPlan:
    previous = {cid: c.key for c in plan.clusters for cid in c.claim_ids}
    return cluster_claims(claims, previous=previous, decisions=decisions)


def test_a_split_claim_stands_alone_and_stays_alone_on_later_runs() -> None:
    claims = senior_us_pay()
    plan = cluster_claims(claims)
    key = plan.clusters[0].key
    decisions = [Decision(action="split", claim_ids=(110,))]
    after = rerun(claims, plan, decisions)
    assert groups(after) == [(21, 54, 117, 125), (110,)]
    assert after.cluster_of(21).key == key
    assert after.cluster_of(110).key != key
    again = rerun(claims, after, decisions)
    assert again == after
    # $160-220K and $170-220K still disagree: source 4 keeps its internal conflict.
    assert again.cluster_of(21).internal_conflict_source_ids == (4,)


def test_merged_clusters_keep_the_first_key_and_stay_merged_on_later_runs() -> None:
    claims = [*senior_us_pay(), make_pay(130, 175_000, 230_000, qualifiers={"basis": "total-comp"})]
    plan = cluster_claims(claims)
    pay_key, total_key = plan.cluster_of(21).key, plan.cluster_of(130).key
    decisions = [Decision(action="merge", cluster_keys=(total_key, pay_key))]
    after = rerun(claims, plan, decisions)
    assert groups(after) == [(21, 54, 110, 117, 125, 130)]
    assert after.clusters[0].key == total_key
    assert rerun(claims, after, decisions) == after


def test_decisions_replay_in_order() -> None:
    claims = [*senior_us_pay(), make_pay(130, 175_000, 230_000, qualifiers={"basis": "total-comp"})]
    plan = cluster_claims(claims)
    keys = (plan.cluster_of(21).key, plan.cluster_of(130).key)
    merge = Decision(action="merge", cluster_keys=keys)
    split = Decision(action="split", claim_ids=(130,))
    assert groups(rerun(claims, plan, [merge, split])) == [(21, 54, 110, 117, 125), (130,)]
    assert groups(rerun(claims, plan, [split, merge])) == [(21, 54, 110, 117, 125, 130)]


def test_a_merge_also_follows_the_claims_it_names() -> None:
    claims = [make_pay(1, 1e5, 2e5), make_pay(2, 1e5, 2e5, qualifiers={"region": "uk"})]
    plan = cluster_claims(claims, decisions=[Decision(action="merge", claim_ids=(1, 2))])
    assert groups(plan) == [(1, 2)]


# --- intervals and conflicts -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ((100, 200), (100, 200), "agree"),
        ((100, 200), (105, 210), "agree"),  # 5 % off: within the tolerance
        ((100, 200), (106, 200), "contain"),  # just past it
        ((100, 200), (120, 180), "contain"),
        ((100, 200), (150, 250), "overlap"),
        ((100, 200), (210, 300), "overlap"),  # a 5 % gap still touches
        ((100, 200), (211, 300), "disjoint"),
        ((180, 180), (240, 320), "disjoint"),
        ((float("-inf"), 4), (3, 3), "contain"),  # "below 4 %" holds 3 %
    ],
)
def test_relate_tells_every_interval_relation_with_a_tolerance(
    a: tuple[float, float], b: tuple[float, float], relation: str
) -> None:
    assert relate(a, b, tolerance=0.05) == relation
    assert relate(b, a, tolerance=0.05) == relation


def test_cluster_relation_is_the_farthest_pair_and_single_stays_single() -> None:
    def plan_of(*bands: tuple[float, float]) -> PlannedCluster:
        claims = [make_pay(i, lo, hi, source_id=i) for i, (lo, hi) in enumerate(bands, start=1)]
        return cluster_claims(claims).clusters[0]

    assert (plan_of((100, 200)).relation, plan_of((100, 200)).conflict) == ("single", False)
    assert plan_of((100, 200)).spread is None
    assert (plan_of((100, 200), (102, 200)).relation, plan_of((100, 200), (102, 200)).spread) == (
        "agree",
        0.0067,
    )
    assert plan_of((100, 200), (120, 180), (110, 190)).relation == "contain"
    assert plan_of((100, 200), (120, 180), (150, 250)).relation == "overlap"
    assert plan_of((100, 200), (150, 250), (300, 400)).relation == "disjoint"


def test_internal_conflict_flags_a_source_that_disagrees_with_itself_only() -> None:
    claims = [
        make_pay(1, 170_000, 220_000),
        make_pay(2, 170_000, 220_000),  # repeats itself: no conflict
        make_pay(3, 240_000, 320_000, source_id=2),
        make_pay(4, 250_000, 300_000, source_id=2),  # contradicts its own band
    ]
    cluster = cluster_claims(claims).clusters[0]
    assert cluster.internal_conflict_source_ids == (2,)
    assert cluster.outlier_source_ids == ()  # two sources cannot tell an outlier


def test_consensus_is_the_median_band_of_source_bands() -> None:
    claims = [
        make_pay(1, 100, 200, source_id=1),
        make_pay(2, 110, 210, source_id=2),
        make_pay(3, 120, 220, source_id=3),
        make_pay(4, 120, 220, source_id=3),  # a source repeating itself counts once
        make_pay(5, 500, 600, source_id=5),
    ]
    cluster = cluster_claims(claims).clusters[0]
    assert (cluster.consensus_low, cluster.consensus_high) == (115, 215)
    assert cluster.outlier_source_ids == (5,)


def test_an_agreeing_cluster_explains_itself_briefly() -> None:
    claims = [make_pay(1, 170_000, 220_000), make_pay(2, 170_000, 220_000, source_id=2)]
    cluster = cluster_claims(claims).clusters[0]
    assert cluster.explanation == (
        "2 claims from 2 sources agree. source 2 “How to Hire AI Engineers” (2028-01-26, "
        "future-date): $170K–$220K [base]. source 4 “What Does an AI Engineer Do?” "
        "(2026-04-22): $170K–$220K [base]."
    )


def test_an_open_ended_value_without_low_reads_up_to() -> None:
    claims = [
        make_claim(1, quote="below 4 percent", context="response rates dropped below 4 percent",
                   kind="percent", low=None, high=4.0),
        make_claim(2, source_id=3, quote="3%", context="response rates dropped to 3%",
                   kind="percent", low=3.0, high=3.0),
    ]  # fmt: skip
    cluster = cluster_claims(claims, min_score=0).clusters[0]
    assert (cluster.relation, cluster.consensus_low, cluster.consensus_high) == (
        "contain",
        None,
        3.5,
    )
    assert "up to 4%" in cluster.explanation


def test_the_fast_sweep_agrees_with_comparing_every_pair() -> None:
    rng = random.Random(11)
    for _ in range(300):
        bands = set()
        for _ in range(rng.randint(13, 30)):  # past the pairwise cut-off
            low = rng.choice([100, 150, 200, 210, 300]) * rng.uniform(0.97, 1.03)
            bands.add((low, low + rng.choice([0, 20, 50, 120])))
        fast = intervals._worst(bands, 0.05)
        assert fast == intervals._worst_pairwise(sorted(bands), 0.05), sorted(bands)


def test_a_split_of_several_claims_leaves_each_alone() -> None:
    decisions = [Decision(action="split", claim_ids=(110, 117, 9999))]
    plan = cluster_claims(senior_us_pay(), decisions=decisions)
    assert groups(plan) == [(21, 54, 125), (110,), (117,)]
    assert len({c.key for c in plan.clusters}) == 3
