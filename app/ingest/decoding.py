"""Bytes to text: byte-order marks, BOM-less UTF-16, UTF-8, then a detected legacy encoding."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class UnreadableBytesError(ValueError):
    """Bytes that are not text; str() is the one-line reason."""


# (mark, the name reported, the codec that reads what follows the mark)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
# C0 controls other than the whitespace ones and ESC: real text has next to none.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
# Three Latin-1 letters in a row almost never occur in Western text, but they are what
# Greek or Cyrillic single-byte text looks like when read as Windows-1252.
_LETTER_RUN = re.compile(r"[À-ÖØ-öø-ÿŠšŒœŽžŸ]{3,}")
_LATIN_LETTER = re.compile(r"[À-ÖØ-öø-ÿŠšŒœŽžŸ]")
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# Encodings whose bytes below 0x80 are those ASCII characters and nothing else is.
_ASCII_BYTES_ARE_CHARACTERS = frozenset({"utf-8", "utf-8-sig", "cp1252"})


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a document's bytes; return (text, encoding name) or raise UnreadableBytesError."""
    bom = next((entry for entry in _BOMS if data.startswith(entry[0])), None)
    sniffed = sniff_utf16(data)
    if bom is not None:
        mark, encoding, codec = bom
        text = decode_strictly(data, codec, skip=len(mark), name=encoding)
    elif sniffed is not None:
        encoding = sniffed
        text = decode_strictly(data, encoding, skip=0, name=encoding)
    elif b"\x00" in data:
        raise UnreadableBytesError("binary content: NUL bytes and not UTF-16 text")
    else:
        text, encoding = decode_unmarked(data)
    if "\x00" in text or count_controls(text, data, encoding) * 100 > len(text):
        raise UnreadableBytesError(f"binary content: control characters in {encoding} text")
    return text, encoding


def count_controls(text: str, data: bytes, encoding: str) -> int:
    """How many _CONTROL characters the text decoded from `data` holds."""
    if encoding in _ASCII_BYTES_ARE_CHARACTERS:  # count bytes: far faster than a pattern
        return len(data) - len(data.translate(None, _CONTROL_BYTES))
    return len(_CONTROL.findall(text))


def sniff_utf16(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by its NUL bytes (ASCII text leaves one in every pair)."""
    if len(data) < 2 or len(data) % 2:
        return None
    pairs = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd * 10 >= pairs * 3 and even * 20 <= odd:
        return "utf-16-le"
    if even * 10 >= pairs * 3 and odd * 20 <= even:
        return "utf-16-be"
    return None


def decode_strictly(data: bytes, codec: str, *, skip: int, name: str) -> str:
    """Decode what follows a byte-order mark, naming the first bad byte by its file offset."""
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as error:
        offset = skip + error.start
        raise UnreadableBytesError(
            f"undecodable: not valid {name} (byte 0x{data[offset]:02x} at offset {offset})"
        ) from None


def decode_unmarked(data: bytes) -> tuple[str, str]:
    """Decode bytes without a mark: UTF-8, else Windows-1252 for Western text, else detect."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # charset-normalizer guesses badly on English with a few high bytes (cp775, utf_16_be),
    # so Windows-1252 goes first when the text it gives looks Western.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and looks_western(western):
        return western, "cp1252"
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableBytesError("undecodable: not UTF-8 and no known encoding fits")
    return str(best), best.encoding


def looks_western(text: str) -> bool:
    """Tell whether Windows-1252 text reads as Western (isolated accents, not letter runs)."""
    letters = len(_LATIN_LETTER.findall(text))
    in_runs = sum(len(run) for run in _LETTER_RUN.findall(text))
    return in_runs * 5 <= letters
