"""Illustrations: numbers in questions, examples and posed quotations, which claim nothing.

An interview question ("Walk me through serving 10,000 requests a day"), an example a paragraph
sets up ("Say you're offered $150K ... a counter at $165K is easy to defend") and a quoted
scenario ("Imagine ...") hold numbers no source stands behind. A quotation telling what happened
to the speaker ("I moved from a €70k job to €105k") is testimony, and claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

Span = tuple[int, int]

_YOU = re.compile(r"(?i)\byour?\b")
_PROMPT = re.compile(
    r"(?i)^\W*(?:(?:now|so|and|but|then|or)\W+)?(?:(?:walk\s+me\s+through|tell\s+me\s+about|describe|explain|how\s+would\s+you"
    r"|what\s+would\s+you|imagine|suppose|say\s+you|let's\s+say|assume|hypothetically|picture)\b"
    r"|(?:for\s+)?example:|for\s+(?:example|instance),?\s+(?:if|say|suppose|imagine)\b)"
)
# A sentence that sets up an example: what follows it in the paragraph is the example too.
_SCENARIO = re.compile(
    r"(?i)\W*(?:(?:now|so|and|but|then)\W+)?(?:imagine|suppose|say\s+(?:you|your|a|an|the|we)\b"
    r"|let's\s+say|hypothetically|picture\s+(?:this|a|an|yourself)\b|for\s+(?:example|instance),?"
    r"\s+(?:if|say|suppose|imagine)\b)"
)
# A quotation telling what happened to the speaker: a respondent's own figures, not a scenario
# ("I moved from a €70k job to €105k", but not "We want to process 10,000 contracts a week").
_TESTIMONY = re.compile(
    r"(?i)\b(?:I|we)\s+(?:\w+ed|was|were|got|made|earned|took|had|left|joined|went|saw|paid"
    r"|spent|negotiated|signed)\b|\bmy\s+(?:base|salary|pay|comp|TC|offer|package|manager|boss"
    r"|employer|company|recruiter)\b|\b(?:took|taking|brought|bringing|bumped|moved|put|putting)"
    r"\s+me\s+(?:to|at|up)\b"
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
_SENTENCE_END = re.compile(r"[.!](?=\s+[A-Z\"“])")  # "... to $215K. Is that good?"
_QUOTE_CHARS = '"“”'  # every _QUOTE_MARK match is one of these
# A quotation that poses a case or a wish rather than reports: "Imagine you're offered $150K",
# "We want to process 10,000 contracts a week"; a source quoted on the market reports.
_HYPOTHETICAL = re.compile(
    r"(?i)\b(?:imagine|suppose|say\s+you|let's\s+say|if\s+you|assume|hypothetical(?:ly)?"
    r"|would\s+you|you're\s+offered|you\s+get|wants?\s+to|would\s+like|aims?\s+to|plans?\s+to)\b"
)
# Or a label says what kind of quotation follows: 'Question 1: "Our retrieval layer serves ..."'
_POSED_LABEL = re.compile(
    r"(?i)\b(?:question|prompt|task|brief|scenario|case\s+study|exercise|example|related)\s*\d*\s*:\s*$"
)


@dataclass
class Illustrations:
    """Where a document's numbers illustrate rather than claim, judged once per sentence,
    paragraph and line (a sentence holds several numbers)."""

    text: str
    line_starts: list[int]
    records: bool = False  # a JSON document: its quotation marks delimit strings, not quotations
    prompts: dict[Span, bool] = field(default_factory=dict)
    # where in a paragraph an example opens (None: nowhere)
    scenarios: dict[int, int | None] = field(default_factory=dict)
    quote_marks: dict[Span, tuple[list[int], list[int]]] = field(default_factory=dict)

    def in_scenario(self, paragraph: int, sentences: list[Span], unit: Span) -> bool:
        """Whether an earlier sentence of the paragraph set up an example ("Say you're offered
        $150K ... a counter at $165K is easy to defend"): the example runs to its end."""
        if paragraph not in self.scenarios:
            starts = (s for s, e in sentences if _SCENARIO.match(self.text, s, e))
            self.scenarios[paragraph] = next(starts, None)
        opened = self.scenarios[paragraph]
        return opened is not None and opened < unit[0]

    def holds(self, unit: Span, pos: int) -> bool:
        """Numbers in interview questions, quoted scenarios and "imagine" examples."""
        prompt = self.prompts.get(unit)
        if prompt is None:
            prompt = self.prompts[unit] = is_prompt(self.text[unit[0] : unit[1]])
        return prompt or (not self.records and self._inside_long_quote(unit, pos))

    def _inside_long_quote(self, unit: Span, pos: int) -> bool:
        """Whether `pos` lies in a quotation of 40+ characters that asks or poses a case (a
        quoted question or scenario), unless someone tells what happened to them ("I moved
        from ..."); a source quoted on the market states facts."""
        lines = self.line_starts
        line_start = lines[bisect_right(lines, unit[0]) - 1]
        following = bisect_right(lines, pos)
        line_end = lines[following] - 1 if following < len(lines) else len(self.text)
        marks = self.quote_marks.get((line_start, line_end))
        if marks is None:
            marks = self.quote_marks[line_start, line_end] = self._quote_marks(line_start, line_end)
        opens, closes = marks
        last_open = bisect_left(opens, pos) - 1
        last_close = bisect_left(closes, pos) - 1
        if last_open < 0 or (last_close >= 0 and closes[last_close] > opens[last_open]):
            return False
        closing = bisect_right(closes, pos)
        end = closes[closing] if closing < len(closes) else line_end
        if end - opens[last_open] < 40:
            return False
        quoted = self.text[opens[last_open] + 1 : end]
        told = _TESTIMONY.search(quoted) is not None
        if "?" in quoted:  # a question, but for what the asker tells of themselves before it
            return not told or _asked(quoted, pos - opens[last_open] - 1)
        label = self.text[max(line_start, opens[last_open] - 40) : opens[last_open]]
        posed = _HYPOTHETICAL.search(quoted) is not None or _POSED_LABEL.search(label) is not None
        return posed and not told

    def _quote_marks(self, start: int, end: int) -> tuple[list[int], list[int]]:
        """Offsets of the opening and of the closing quotation marks in `text[start:end]`."""
        # most lines quote nothing: finding no mark by plain search spares the regex's scan
        if all(self.text.find(mark, start, end) < 0 for mark in _QUOTE_CHARS):
            return [], []
        found = [(m.start(), m.lastgroup) for m in _QUOTE_MARK.finditer(self.text, start, end)]
        opens = [at for at, mark in found if mark == "open"]
        return opens, [at for at, mark in found if mark == "close"]


def _asked(quoted: str, at: int) -> bool:
    """Whether the number at `at` of a quotation lies in its question, not in a sentence that
    states before it asks ('"... a $20K raise, taking me to $215K. Is that good?"')."""
    mark = quoted.find("?", at)
    return mark >= 0 and _SENTENCE_END.search(quoted, at, mark) is None


def is_prompt(sentence: str) -> bool:
    """Whether a sentence asks a question or sets up an example rather than states."""
    if _PROMPT.match(sentence):
        return True
    if not sentence.rstrip(" \t\n*_").endswith("?"):
        return False
    asked = _YOU.search(sentence) or _QUESTION.match(sentence)
    return bool(asked or _QUESTION.match(_last_clause(sentence)))


def _last_clause(sentence: str) -> str:
    """The question after a colon or dash: "so is this one: is £70,000 enough?"."""
    cut = max(sentence.rfind(mark) for mark in (": ", "; ", " — ", " - "))
    return sentence[cut + 2 :] if cut >= 0 else ""
