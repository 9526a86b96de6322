"""extract_claims: number expressions read in their block, sentence and section."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from app.extract.candidate import ClaimCandidate
from app.extract.classify import PAY, Reading, Surroundings, classify
from app.extract.numbers import NumberExpr, scan_numbers
from app.extract.qualifiers import plain_subject, role_columns, salary_qualifiers, salary_subject
from app.extract.sentences import sentence_spans
from app.extract.structure import Block, Document, read_structure

_ANCHOR = 32
_WINDOW = 100
_YOU = re.compile(r"(?i)\byour?\b")
_PROMPT = re.compile(
    r"(?i)^\W*(?:(?:now|so|and|but|then|or)\W+)?(?:(?:walk\s+me\s+through|tell\s+me\s+about|describe|explain|how\s+would\s+you"
    r"|what\s+would\s+you|imagine|suppose|say\s+you|let's\s+say|assume|hypothetically|picture)\b"
    r"|(?:for\s+)?example:|for\s+(?:example|instance),?\s+(?:if|say|suppose|imagine)\b)"
)
# A question asks, it does not state: "Is 18 LPA a good salary for a 3-year engineer?"
_QUESTION = re.compile(
    r"(?i)^\W*(?:Q\d+\W+)?(?:is|are|am|do|does|did|can|could|should|would|will|how|what|which"
    r"|why|when|where|who|whose)\b"
)
_QUOTE_MARK = re.compile(
    r"(?=[\"“”])(?:(?P<open>(?:(?<=[\s(\[])|^)[\"“](?=\S))"
    r"|(?P<close>(?<=\S)[\"”](?=[\s,.;:!?)]|$)))",
    re.M,
)
_VALUE_FAMILIES = frozenset({"currency", "percent", "multiplier"})


def extract_claims(text: str) -> list[ClaimCandidate]:
    """All checkable numeric claims of a document's (already repaired) text, in text order.

    >>> [(c.quote, c.kind, c.low, c.high) for c in extract_claims("Seniors earn $240K to $320K.")]
    [('$240K to $320K', 'salary', 240000.0, 320000.0)]
    """
    reader = _Reader(text, read_structure(text))
    claims = (reader.read(expr) for expr in scan_numbers(text))
    return [claim for claim in claims if claim is not None]


@dataclass
class _Reader:
    text: str
    doc: Document
    starts: list[int] = field(default_factory=list)
    sentences: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    row_values: dict[int, int] = field(default_factory=dict)
    quote_marks: dict[tuple[int, int], list[tuple[int, str | None]]] = field(default_factory=dict)
    skip_at: int = 0

    def __post_init__(self) -> None:
        self.starts = [block.start for block in self.doc.blocks]

    def read(self, expr: NumberExpr) -> ClaimCandidate | None:
        """The claim `expr` makes in its place in the document, if any."""
        if self._skipped(expr):
            return None
        index = bisect_right(self.starts, expr.start) - 1
        if index < 0 or expr.end > self.doc.blocks[index].end:
            return None
        block = self.doc.blocks[index]
        unit = self._unit(index, block, expr)
        whole = (block.start, block.end) if block.kind == "item" else unit
        if self._illustration(whole, expr.start):
            return None
        return self._claim(expr, index, block, unit)

    def _illustration(self, unit: tuple[int, int], pos: int) -> bool:
        """Numbers in interview questions, quoted scenarios and "imagine" examples."""
        sentence = self.text[unit[0] : unit[1]]
        if _PROMPT.match(sentence):
            return True
        if sentence.rstrip(" \t\n*_").endswith("?") and (
            _YOU.search(sentence) or _QUESTION.match(sentence)
        ):
            return True
        return self._inside_long_quote(unit, pos)

    def _inside_long_quote(self, unit: tuple[int, int], pos: int) -> bool:
        """Whether `pos` lies in a quotation of 40+ characters (a quoted question or scenario)."""
        text = self.text
        line_start = text.rfind("\n", 0, unit[0]) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        marks = self.quote_marks.get((line_start, line_end))
        if marks is None:
            found = _QUOTE_MARK.finditer(text, line_start, line_end)
            marks = self.quote_marks[line_start, line_end] = [
                (m.start(), m.lastgroup) for m in found
            ]
        opened = [at for at, mark in marks if at < pos and mark == "open"]
        closed_before = [at for at, mark in marks if at < pos and mark == "close"]
        if not opened or (closed_before and closed_before[-1] > opened[-1]):
            return False
        closing = next((at for at, mark in marks if at > pos and mark == "close"), None)
        return (line_end if closing is None else closing) - opened[-1] >= 40

    def _skipped(self, expr: NumberExpr) -> bool:
        spans = self.doc.skipped
        while self.skip_at < len(spans) and spans[self.skip_at][1] <= expr.start:
            self.skip_at += 1
        return self.skip_at < len(spans) and spans[self.skip_at][0] < expr.end

    def _unit(self, index: int, block: Block, expr: NumberExpr) -> tuple[int, int]:
        """The sentence (for prose) or the whole block the number is read in."""
        if block.kind not in ("text", "item"):
            return block.start, block.end
        if index not in self.sentences:
            self.sentences[index] = sentence_spans(self.text, block.start, block.end)
        spans = self.sentences[index]
        return next((s for s in spans if s[0] <= expr.start < s[1]), (block.start, block.end))

    def _claim(
        self, expr: NumberExpr, index: int, block: Block, unit: tuple[int, int]
    ) -> ClaimCandidate | None:
        column = self._column(index, block, expr)
        around = self._surroundings(expr, block, unit, column)
        reading = classify(expr, around)
        if reading is None:
            return None
        context = block.context or ((block.start, block.end) if block.kind == "item" else unit)
        kind_q = self._qualifiers(reading, expr, block, unit, column)
        subject = self._subject(reading, kind_q, around, block, column)
        return _candidate(self.text, expr, reading, context, subject, kind_q)

    def _surroundings(
        self, expr: NumberExpr, block: Block, unit: tuple[int, int], column: str
    ) -> Surroundings:
        text = self.text
        before = text[max(unit[0], expr.start - _WINDOW) : expr.start]
        after = text[expr.end : min(unit[1], expr.end + _WINDOW)]
        labels = (column, block.row, block.label)
        near = " ".join((*labels, *block.headings[:6]))
        listed = block.kind in ("item", "cell", "row", "stat")
        pay = _names_pay(near)
        return Surroundings(before, after, labels, pay, listed, text[expr.start : expr.end])

    def _column(self, index: int, block: Block, expr: NumberExpr) -> str:
        if block.layout == "cell":
            return block.column
        if block.layout == "pipe":
            line_start = self.text.rfind("\n", 0, block.start) + 1
            cut = self.text.count("|", line_start, expr.start)
            cut -= 1 if self.text[line_start : block.end].lstrip().startswith("|") else 0
            return block.columns[cut] if 0 <= cut < len(block.columns) else ""
        if block.layout == "space" and expr.family in _VALUE_FAMILIES:
            order = self.row_values.get(index, 0)
            self.row_values[index] = order + 1
            names = role_columns(block.columns[0] if block.columns else "")
            return names[order] if order < len(names) else ""
        return ""

    def _qualifiers(
        self, reading: Reading, expr: NumberExpr, block: Block, unit: tuple[int, int], column: str
    ) -> dict[str, str]:
        found = dict(reading.qualifiers)
        if reading.kind == "salary":
            sources = self._sources(expr, block, unit, column)
            found = salary_qualifiers(sources, currency=reading.unit, period=reading.period)
            found |= reading.qualifiers
        if block.row:
            found |= {"row": block.row}
        if column:
            found |= {"column": column}
        return found

    def _sources(
        self, expr: NumberExpr, block: Block, unit: tuple[int, int], column: str
    ) -> list[str]:
        """Texts that may name a pay figure's role, level, region and basis, nearest first."""
        sentence = self.text[unit[0] : unit[1]]
        spans = sentence_spans(self.text, max(block.start, unit[0] - 400), unit[0])
        earlier = [self.text[s:e] for s, e in reversed(spans)]
        lead = block.lead if block.kind in ("item", "cell", "row") else ""
        clause = _clause_of(sentence, expr.start - unit[0])
        near = [column, block.row, block.label, clause, sentence, *earlier, lead]
        return [*near, *block.headings, self.doc.title]

    def _subject(
        self, reading: Reading, q: dict[str, str], around: Surroundings, block: Block, column: str
    ) -> str:
        if reading.kind == "salary":
            return salary_subject(q)
        labels = (column, block.row) if block.row else (block.label,)
        return plain_subject(reading.kind, around.before, around.after, labels)


@lru_cache(maxsize=4096)
def _names_pay(labels: str) -> bool:
    """Whether a block's labels and headings speak of pay (cached: a section repeats them)."""
    return PAY.search(labels) is not None


def _clause_of(sentence: str, pos: int) -> str:
    """The comma- or semicolon-bounded part of `sentence` around offset `pos`."""
    starts = [sentence.rfind(mark, 0, pos) for mark in (", ", "; ", " while ", " but ")]
    start = max(starts) + 1
    ends = [e for e in (sentence.find(mark, pos) for mark in (", ", "; ")) if e >= 0]
    return sentence[start : min(ends, default=len(sentence))]


def _candidate(
    text: str,
    expr: NumberExpr,
    reading: Reading,
    context: tuple[int, int],
    subject: str,
    qualifiers: dict[str, str],
) -> ClaimCandidate:
    start, end = expr.start, expr.end
    return ClaimCandidate(
        quote=text[start:end],
        start=start,
        end=end,
        prefix=text[max(0, start - _ANCHOR) : start],
        suffix=text[end : end + _ANCHOR],
        context=text[context[0] : context[1]],
        context_start=context[0],
        kind=reading.kind,
        low=reading.low,
        high=reading.high,
        open_high=reading.open_high,
        unit=reading.unit,
        period=reading.period,
        subject=subject,
        qualifiers=qualifiers,
    )
