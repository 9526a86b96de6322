"""The words around a number, with every number masked, as fuzzy matching compares them.

`describe_words` replaces the claim's own quote with a marker and every other number with
`#`, keeps the few words either side of the marker (a long context holds many claims; the
words next to a number say what it measures), and reduces the content words to crude stems
so that "costs" meets "cost" and "reduce" meets "reduction".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WINDOW = 6  # words kept either side of the quote
MARK = "qq"  # stands for the claim's own quote
# Tokens, run by whitespace-delimited run: a run holding a digit is one "#"; any other run
# gives its words (a-z) and "#"s. A single regular expression over the whole text did the
# same at twice the cost (issue 2: tokenising was most of clustering's time).
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z]+|#")
# Words that say nothing about WHAT a number measures: function words, time-frame words,
# units, list furniture, and the kind nouns extractors put in subjects ("share of", "change").
_STOP = frozenset(
    """
    the and for with from into onto over under than that this these those then there their
    they them you your our ours its his her are was were been being have has had does did
    not but yet also just only about around roughly approximately nearly almost some any all
    each per via can could will would may might should must who whom which what when where
    how why more most less least much many few very really typically usually often still
    even already now here out off one two three four five six seven eight nine ten
    yoy year years yearly annual annually month months monthly week weeks weekly day days
    daily hour hours hourly percent pct percentage
    step steps phase stage layer part section item number share change ratio time amount
    measure value figure rate total across within between among after before since during
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_LEVEL_WORDS = {
    "junior": "junior", "entry": "junior", "graduate": "junior", "intern": "junior",
    "mid": "mid", "intermediate": "mid", "senior": "senior", "staff": "staff-principal",
    "principal": "staff-principal",
}  # fmt: skip


@dataclass(frozen=True)
class Words:
    """The masked words of a claim, ready for exact hashing and fuzzy scoring."""

    masked: str  # every masked token near the quote: the exact-hash key
    window: str  # content words near the quote, joined by spaces: what fuzzy scoring reads
    subject: str  # the subject's content words ("" when it names nothing but its kind)
    stems: frozenset[str]  # content stems of window and subject
    level: str  # level family named near the number, or ""


def describe_words(quote: str, context: str, subject: str) -> Words:
    """The masked window around `quote` in `context`, plus the subject's words."""
    tokens = _tokens(_mark_quote(context, quote))
    try:
        at = tokens.index(MARK)
    except ValueError:  # the quote is not in its context
        tokens = tokens[: 2 * WINDOW + 1]
    else:
        tokens = tokens[max(0, at - WINDOW) : at + WINDOW + 1]
    subject_text, subject_words, subject_levels = _subject_words(subject)
    window = _content(tokens)
    levels = {_LEVEL_WORDS[t] for t in _LEVEL_WORDS.keys() & tokens} | subject_levels
    return Words(
        masked=" ".join(tokens),
        window=" ".join(window),
        subject=subject_text,
        stems=frozenset([*map(stem, window), *subject_words]),
        level=next(iter(levels)) if len(levels) == 1 else "",
    )


@lru_cache(maxsize=4096)
def _subject_words(subject: str) -> tuple[str, tuple[str, ...], frozenset[str]]:
    """A subject's text as scored, its stems and the level families it names.

    Cached: a corpus has a few hundred subjects for tens of thousands of claims.
    """
    tokens = _tokens(subject)
    words = _content(tokens)
    # A subject of kind nouns only ("change", "number of") describes nothing.
    text = " ".join(words) if len(words) >= 2 else ""
    levels = frozenset(_LEVEL_WORDS[t] for t in tokens if t in _LEVEL_WORDS)
    return text, tuple(map(stem, words)), levels


def names_something(subject: str) -> bool:
    """Whether a subject has two content words, not just a kind noun ("number of")."""
    return bool(_subject_words(subject)[0])


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: drop a plural s, keep five letters ("reduction" -> "reduc").

    Cached: a corpus has a few thousand words for hundreds of thousands of uses.
    """
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:5]


def _mark_quote(context: str, quote: str) -> str:
    text = context or ""
    at = text.find(quote) if quote else -1
    if at < 0 and quote:
        at = text.lower().find(quote.lower())
    if at >= 0:
        text = f"{text[:at]} {MARK} {text[at + len(quote) :]}"
    return text


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for run in text.lower().split():
        if run.isascii() and run.isalpha():  # most runs: one plain word
            tokens.append(run)
        elif _DIGIT.search(run):
            tokens.append("#")
        else:
            tokens += _WORD.findall(run)
    return tokens


def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if len(t) >= 3 and t not in _STOP]
