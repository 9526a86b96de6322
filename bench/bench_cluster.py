"""Clustering benchmark: synthetic claim sets of 25k-200k ClusterInputs through cluster_claims.

Each size runs in child processes so peak RSS is its own (inputs included); the best of three
runs is kept, and CPU seconds are the figure of merit because the machine is shared. The claims
look like a large corpus of guides: about 40 claims per source; 55 % pay figures across 8
roles, 6 levels (staff and principal spelled both ways), 10 regions, 6 bases and yearly or
hourly periods, with source-to-source disagreement; 45 % statistics, most of them repeats of
a shared catalogue phrased three ways (with differing values), the rest one-off sentences.
Beside it, a naive baseline: rapidfuzz token_sort_ratio of every pair of claims
(numpy is not installed, so no process.cdist), timed on small sizes only and extrapolated as n^2.
Targets (issue 3): 100k claims <= 10 s on one core, doubling n costs <= 2.3x, peak RSS <= 1 GB.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.cluster import ClusterInput, cluster_claims  # noqa: E402

SIZES = (25_000, 50_000, 100_000, 200_000)
NAIVE_SIZES = (1_000, 2_000, 3_000)
ROLES = ("ai-engineer", "ml-engineer", "applied-ml-engineer", "research-engineer",
         "data-scientist", "software-engineer", "prompt-engineer", "ai-contractor")  # fmt: skip
LEVELS = {"junior": 1.0, "mid": 1.3, "senior": 1.7, "staff": 2.2, "principal": 2.4,
          "staff-principal": 2.3}  # fmt: skip
REGIONS = {"us": ("USD", 1.0), "us-sf-ny": ("USD", 1.25), "us-other": ("USD", 0.9),
           "us-san-francisco": ("USD", 1.3), "uk": ("GBP", 0.55), "germany": ("EUR", 0.6),
           "canada": ("CAD", 0.85), "india-metro": ("INR", 25.0), "singapore": ("SGD", 0.9),
           "offshore": ("USD", 0.35)}  # fmt: skip
BASES = ("base", "base+bonus", "average", "median", "top-companies", "total-comp")
KINDS = (("percent", "%"), ("growth", "%"), ("multiplier", "x"), ("count", "count"),
         ("duration", "months"), ("money", "USD"))  # fmt: skip


def make_vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    """Pronounceable made-up words, so statistics differ the way real sentences do."""
    consonants, vowels = "bcdfghklmnprstvz", "aeiou"
    words: set[str] = set()
    while len(words) < size:
        length = rng.randint(2, 4)
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(length)))
    return sorted(words)


def make_catalogue(rng: random.Random, vocabulary: list[str], size: int) -> list[tuple]:
    """Shared statistics: kind, unit, base value and three phrasings of one sentence."""
    catalogue = []
    for _ in range(size):
        kind, unit = rng.choice(KINDS)
        words = rng.sample(vocabulary, rng.randint(6, 9))
        phrasings = []
        for variant in range(3):
            w = words[:]
            if variant:
                w[rng.randrange(len(w))] = rng.choice(vocabulary)
            at = rng.randint(2, len(w) - 1)
            phrasings.append((" ".join(w[:at]), " ".join(w[at:])))
        catalogue.append((kind, unit, float(rng.choice((5, 12, 25, 40, 60, 150, 3000))), phrasings))
    return catalogue


def make_claims(n: int, seed: int = 3) -> list[ClusterInput]:
    """n synthetic claims, about 40 per source."""
    rng = random.Random(seed)
    vocabulary = make_vocabulary(rng)
    catalogue = make_catalogue(rng, vocabulary, max(50, n // 40))
    claims = []
    for claim_id in range(1, n + 1):
        source = (claim_id - 1) // 40 + 1
        roll = rng.random()
        if roll < 0.55:
            claims.append(_pay(rng, claim_id, source))
        elif roll < 0.85:
            claims.append(_repeat(rng, claim_id, source, rng.choice(catalogue)))
        else:
            claims.append(_one_off(rng, claim_id, source, vocabulary))
    return claims


def _source(claim_id: int, source: int, **fields: object) -> ClusterInput:
    return ClusterInput(
        claim_id=claim_id,
        source_id=source,
        source_title=f"Guide {source}",
        source_published=f"20{24 + source % 3}-0{1 + source % 9}",
        source_flags=("future-date",) if source % 17 == 0 else (),
        **fields,  # type: ignore[arg-type]
    )


def _pay(rng: random.Random, claim_id: int, source: int) -> ClusterInput:
    role, level = rng.choice(ROLES), rng.choice(list(LEVELS))
    region = rng.choice(list(REGIONS))
    currency, factor = REGIONS[region]
    hourly = rng.random() < 0.05
    basis = "hourly-contract" if hourly else rng.choice(BASES)
    centre = 140_000 * LEVELS[level] * factor * rng.uniform(0.85, 1.2)
    if hourly:
        centre /= 2000
    low, high = (
        round(centre * 0.85, -3 if not hourly else 0),
        round(centre * 1.15, -3 if not hourly else 0),
    )
    quote = f"{low:,.0f}-{high:,.0f}"
    return _source(
        claim_id, source, quote=quote,
        context=f"{level.title()} {role.replace('-', ' ')} ({region}): {quote} {basis}",
        subject=f"{level} {role} {basis} salary, {region}", kind="salary", low=low, high=high,
        open_high=False, unit=currency, period="hour" if hourly else "year",
        qualifiers={"role": role, "level": level, "region": region, "basis": basis},
    )  # fmt: skip


def _repeat(rng: random.Random, claim_id: int, source: int, stat: tuple) -> ClusterInput:
    kind, unit, value, phrasings = stat
    before, after = rng.choice(phrasings)
    value = value if rng.random() < 0.7 else round(value * rng.uniform(0.6, 1.5), 1)
    quote = f"{value:g}{'%' if unit == '%' else ''}"
    return _source(
        claim_id, source, quote=quote, context=f"{before} {quote} {after}",
        subject=f"{kind}: {after}", kind=kind, low=value, high=value, open_high=False,
        unit=unit, period=None, qualifiers={},
    )  # fmt: skip


def _one_off(rng: random.Random, claim_id: int, source: int, vocabulary: list[str]) -> ClusterInput:
    kind, unit = rng.choice(KINDS)
    value = float(rng.randint(2, 500))
    words = rng.sample(vocabulary, 10)
    quote = f"{value:g}"
    return _source(
        claim_id, source, quote=quote,
        context=f"{' '.join(words[:5])} {quote} {' '.join(words[5:])}",
        subject=f"{kind}: {' '.join(words[5:8])}", kind=kind, low=value, high=value,
        open_high=False, unit=unit, period=None, qualifiers={},
    )  # fmt: skip


def run_one(n: int) -> None:
    """Child process: cluster n claims, print seconds, clusters and peak RSS (MB)."""
    claims = make_claims(n)
    wall, cpu = time.perf_counter(), time.process_time()
    plan = cluster_claims(claims)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{cpu:.3f} {wall:.3f} {len(plan.clusters)} {rss_mb:.0f}")


def run_naive(n: int) -> float:
    """Seconds for rapidfuzz token_sort_ratio over every pair of n claims, one worker."""
    from rapidfuzz import fuzz

    texts = [f"{c.subject} {c.context}" for c in make_claims(n)]
    scorer = fuzz.token_sort_ratio
    start = time.process_time()
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            scorer(a, b, score_cutoff=80)
    return time.process_time() - start


def child(n: int, runs: int) -> tuple[float, float, int, float]:
    """Best CPU and wall seconds of `runs` child processes (the machine is shared), clusters,
    largest peak RSS in MB."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], check=True, capture_output=True, text=True
        ).stdout.split()
        results.append((float(out[0]), float(out[1]), int(out[2]), float(out[3])))
    best = min(results)
    return best[0], best[1], best[2], max(r[3] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", type=int, help="(internal) cluster this many claims")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs per size")
    args = parser.parse_args()
    if args.one:
        run_one(args.one)
        return
    print(f"cluster_claims, best of {args.runs} runs per size, each in its own process:")
    print(f"{'claims':>8} {'CPU s':>7} {'x prev':>7} {'wall s':>7} {'clusters':>9} {'RSS MB':>7}")
    previous = None
    for n in args.sizes:
        cpu, wall, clusters, rss = child(n, args.runs)
        ratio = f"{cpu / previous:.2f}" if previous else "-"
        print(f"{n:>8} {cpu:>7.2f} {ratio:>7} {wall:>7.2f} {clusters:>9} {rss:>7.0f}")
        previous = cpu
    print("naive all-pairs rapidfuzz (token_sort_ratio on subject + context, every pair):")
    rate = 0.0
    for n in NAIVE_SIZES:
        seconds = run_naive(n)
        rate = seconds / n**2
        print(f"{n:>8} {seconds:>7.2f} CPU s, measured")
    for n in args.sizes:
        print(f"{n:>8} {rate * n**2:>7.0f} CPU s, extrapolated as n^2 from {NAIVE_SIZES[-1]}")


if __name__ == "__main__":
    main()
