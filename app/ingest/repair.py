"""Mojibake repair: ftfy, plus the UTF-8-read-as-a-code-page sequences its heuristic misses."""

from __future__ import annotations

import re
from functools import cache

import ftfy
from ftfy.chardata import CHARMAP_ENCODINGS

# Only encoding repairs; every cosmetic rewrite is off so that the repaired text keeps the
# document's own characters and offsets stay close to the raw file's:
# - uncurl_quotes: curly quotes are correct text (seed 000 has hundreds), not damage;
# - fix_latin_ligatures, fix_character_width, normalization: they change what the author
#   wrote and the length of the text, and quotes must be found verbatim;
# - fix_line_breaks: CRLF stays CRLF, so a line ending does not shift every later offset;
# - unescape_html: entities are markup, left to the extractor, not broken encoding.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_line_breaks=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization=None,
    explain=True,
)
_ENCODING_FIXES = frozenset(
    {"restore_byte_a0", "replace_lossy_sequences", "decode_inconsistent_utf8", "fix_c1_controls"}
)
# Text can hold mojibake only where two non-ASCII characters meet (every UTF-8 sequence is
# two bytes or more), where Â/Ã lost its no-break space, or where ftfy strips a character.
# ftfy fixes each line separately and its checks are local, so running it on just the words
# around such spots gives the same repair at a fraction of the cost of running it on every
# line (seed 004 has 860-character lines).
# Two simple patterns scan far faster than one alternation (200 MB/s against 30), and
# str.find faster still (Â/Ã before a space).
_SUSPECTS = (
    re.compile(r"[^\x00-\x7f][^\x00-\x7f]"),
    re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u206a-\u206f\ufeff\ufff9-\ufffd\ud800-\udfff]"),
)
_LOST_SPACES = ("Â ", "Ã ")
_REACH = 64  # how far a suspect spot is widened to whole words, each side
# Characters a repaired sequence may plausibly stand for: Latin, Greek, Cyrillic,
# punctuation and symbols, emoji. Anything else (CJK, combining marks) is a coincidence.
_PLAUSIBLE = re.compile("[\u00a0-\u024f\u0370-\u04ff\u2000-\u2bff\U0001f000-\U0001faff]")


def repair_text(text: str) -> tuple[str, bool]:
    """Repair mojibake word by word; return (text, whether broken encoding was fixed)."""
    if text.isascii():
        return text, False
    pieces: list[str] = []
    done, repaired = 0, False
    for spot, spot_end in find_suspects(text):
        if spot < done:
            continue
        start, end = widen_to_words(text, spot, spot_end)
        start = max(start, done)
        word, fixed = repair_word(text[start:end])
        pieces += [text[done:start], word]
        repaired = repaired or fixed
        done = end
    pieces.append(text[done:])
    return "".join(pieces), repaired


def find_suspects(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans where mojibake could be, in text order."""
    spans = [match.span() for pattern in _SUSPECTS for match in pattern.finditer(text)]
    for lost in _LOST_SPACES:
        at = text.find(lost)
        while at >= 0:
            spans.append((at, at + 2))
            at = text.find(lost, at + 2)
    return sorted(spans)


def widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Stretch [start, end) to whole whitespace-delimited words, at most 64 characters a side."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    while start > low and not text[start - 1].isspace():
        start -= 1
    while end < high and not text[end].isspace():
        end += 1
    return start, end


def repair_word(word: str) -> tuple[str, bool]:
    """Run ftfy on a few words, then undo code-page mojibake that ftfy left alone."""
    fixed = ftfy.fix_and_explain(word, config=FTFY_CONFIG)
    steps = fixed.explanation or []
    by_ftfy = any(kind != "apply" or name in _ENCODING_FIXES for kind, name in steps)
    text, by_charmap = undo_charmap_mojibake(fixed.text)
    return text, by_ftfy or by_charmap


def undo_charmap_mojibake(line: str) -> tuple[str, bool]:
    """Re-decode UTF-8 byte sequences shown in a code page (e.g. 'β€”' in Windows-1253)."""
    best, best_count = line, 0
    for encoding in CHARMAP_ENCODINGS:
        count = 0

        def replace(match: re.Match[str], encoding: str = encoding) -> str:
            nonlocal count
            decoded = redecode(match.group(), encoding)
            if decoded is not None and not fits_neighbours(decoded, line, *match.span()):
                decoded = None
            count += decoded is not None
            return match.group() if decoded is None else decoded

        candidate = utf8_pattern(encoding).sub(replace, line)
        if count > best_count:
            best, best_count = candidate, count
    return best, best_count > 0


def fits_neighbours(decoded: str, line: str, start: int, end: int) -> bool:
    """Whether a Greek or Cyrillic letter read back from `line[start:end]` sits among its kind.

    Real mojibake of such text comes in runs (`РџСЂРёРІРµС‚`), but a code page can also make
    a letter of ordinary punctuation: `£105k–£130k` is `Р£` in Mac Roman bytes, which read as
    UTF-8 give the Cyrillic `У`. A letter between Latin letters or digits is such a coincidence.
    """
    if not decoded.isalpha() or decoded <= "\u024f":
        return True  # punctuation, symbols and Latin letters (`β€”` is `—`, `Ã©` is `é`)
    neighbours = line[start - 1 : start] + line[end : end + 1]
    return any(char.isalpha() and char > "\u024f" for char in neighbours)


def redecode(sequence: str, encoding: str) -> str | None:
    """Read a code-page string back as UTF-8; None unless it gives one plausible character."""
    try:
        decoded = sequence.encode(encoding).decode("utf-8")
    except UnicodeError:
        return None
    return decoded if _PLAUSIBLE.fullmatch(decoded) else None


@cache
def utf8_pattern(encoding: str) -> re.Pattern[str]:
    """Match what a UTF-8 lead byte and its continuation bytes look like in a code page."""

    def chars(low: int, high: int) -> str:
        shown = bytes(range(low, high + 1)).decode(encoding)
        return "[" + "".join(re.escape(char) for char in shown) + "]"

    tail = chars(0x80, 0xBF)
    two, three, four = chars(0xC2, 0xDF), chars(0xE0, 0xEF), chars(0xF0, 0xF4)
    return re.compile(f"{two}{tail}|{three}{tail}{{2}}|{four}{tail}{{3}}")
