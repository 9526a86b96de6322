"""Blocking keys: the structured facts two claims must share to state the same quantity.

Pay (kind `salary`) is blocked on currency, period, role, level family, region and basis
family, and the block is the cluster (SCHEMA.md's conventions). Every other kind is blocked on
kind, unit, period and direction; its words decide inside the block (see `grouping`).
"""

from __future__ import annotations

from collections.abc import Mapping

from app.cluster.model import ClusterInput

# A guide's top tier above senior meets other guides' top tiers (SCHEMA.md, "Levels").
_LEVEL_FAMILIES = {
    "junior": "junior", "entry": "junior", "entry-level": "junior", "graduate": "junior",
    "intern": "junior", "mid": "mid", "mid-level": "mid", "intermediate": "mid",
    "senior": "senior", "staff": "staff-principal", "principal": "staff-principal",
    "staff-principal": "staff-principal", "staff+": "staff-principal", "lead": "staff-principal",
    "distinguished": "staff-principal", "top": "staff-principal", "any": "any", "": "any",
}  # fmt: skip
# Base, base plus bonus, average and median pay are what a guide calls "the salary".
_BASIS_FAMILIES = {
    "base": "pay", "base+bonus": "pay", "average": "pay", "median": "pay", "": "pay",
    "top-companies": "top", "total-comp": "total", "hourly-contract": "hourly",
}  # fmt: skip
# Qualifier keys that name which entity a number is about.
_IDENTITY = frozenset(
    {"role", "level", "region", "location", "country", "city", "specialization", "sector",
    "industry", "company", "organisation", "organization", "employer", "segment", "category"}
)  # fmt: skip
_LABEL_WORDS = 6  # longest list-item label, in words
_DECREASE = {"decrease", "down", "decline", "reduction", "negative", "below"}


def level_family(level: str) -> str:
    """The level family a cluster uses: staff, principal and staff+ become staff-principal."""
    word = level.strip().lower()
    return _LEVEL_FAMILIES.get(word, word)


def basis_family(basis: str) -> str:
    """The basis family: pay (base, base+bonus, average, median), top, total or hourly."""
    word = basis.strip().lower()
    return _BASIS_FAMILIES.get(word, word)


def salary_facets(claim: ClusterInput) -> tuple[str, str, str, str]:
    """Role, level family, region and basis family of a pay claim."""
    q = claim.qualifiers
    role = _word(q, "role") or "any"
    region = _word(q, "region") or "any"
    return role, level_family(_word(q, "level")), region, basis_family(_word(q, "basis"))


def block_key(claim: ClusterInput) -> tuple[str, ...]:
    """The facts that must be equal for two claims to share a cluster."""
    unit = claim.unit.strip()
    if claim.kind == "salary":
        # A pay figure without a period is a yearly salary; an hourly one never joins it.
        period = claim.period or "year"
        return ("salary", unit.upper(), period, *salary_facets(claim))
    direction = "decrease" if _word(claim.qualifiers, "direction") in _DECREASE else ""
    return (claim.kind, unit.lower(), claim.period or "", direction)


def cannot_link(claim: ClusterInput) -> dict[str, str]:
    """Facts that, when two claims both carry them and they differ, keep the claims apart.

    Qualifiers naming which entity a number is about (role, level, region, location,
    specialization, sector...), and within one source a table row or column, the label of a
    list item ("New York: +15-25%" is not "LLM Engineering: +15-25%") and the sentence.
    """
    q = claim.qualifiers
    facts = _qualifier_facts(q, claim.source_id) if q else {}  # most statistics have none
    label = list_label(claim.context, claim.quote)
    if label:
        facts[f"label@{claim.source_id}"] = label
    # Two numbers of one sentence are two quantities ("1-week trial ... start in 1-2 weeks").
    facts[f"sentence@{claim.source_id}@{hash(claim.context)}"] = claim.quote
    return facts


def _qualifier_facts(q: Mapping[str, object], source_id: int) -> dict[str, str]:
    facts = {name: _word(q, name) for name in q if name in _IDENTITY and _word(q, name)}
    if facts.get("level"):
        facts["level"] = level_family(facts["level"])
        if facts["level"] == "any":
            del facts["level"]
    for name in ("row", "column"):
        if _word(q, name):
            facts[f"{name}@{source_id}"] = _word(q, name)
    return facts


def list_label(context: str, quote: str) -> str:
    """The label of a "Label: value" list item or table line, lower-cased; "" if none."""
    head, colon, tail = context.partition(":")
    if not colon or quote not in tail or quote in head:
        return ""
    label = " ".join(head.replace("*", " ").split()).lower()
    return label if 0 < len(label.split()) <= _LABEL_WORDS else ""


def _word(qualifiers: Mapping[str, object], name: str) -> str:
    value = qualifiers.get(name)
    return value.strip().lower() if isinstance(value, str) else ""
