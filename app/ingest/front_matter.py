"""YAML front matter: find the block between '---' lines and parse it with python-frontmatter."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import islice

import yaml  # type: ignore[import-untyped]
from frontmatter.default_handlers import YAMLHandler


class FrontMatterError(ValueError):
    """Front matter that is opened but cannot be read; str() is the one-line reason."""


@dataclass(frozen=True)
class FrontMatter:
    """The parsed front matter, its raw YAML text, and where the body starts."""

    fields: Mapping[str, object]
    block: str
    body_start: int


_HANDLER = YAMLHandler()
# libyaml's loader when PyYAML has it: the pure-Python one is a third of ingest time.
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_KEY_LINE = re.compile(r"\s*[A-Za-z_][\w-]*\s*:")


def split_front_matter(text: str) -> FrontMatter | None:
    """Parse leading YAML front matter; None when the text has none."""
    if not _HANDLER.detect(text):
        return None
    fences = list(islice(_HANDLER.FM_BOUNDARY.finditer(text), 2))
    if len(fences) < 2:
        if _KEY_LINE.match(text[fences[0].end() :].lstrip("\r\n")):
            raise FrontMatterError("malformed front matter: opening '---' is never closed")
        return None  # a leading horizontal rule, not front matter
    block = text[fences[0].end() : fences[1].start()]
    fields = load_fields(block, first_line=text.count("\n", 0, fences[0].end()))
    return FrontMatter(fields=fields, block=block, body_start=fences[1].end())


def load_fields(block: str, *, first_line: int) -> Mapping[str, object]:
    """Load the YAML block with every scalar kept as the string it is written as."""
    try:
        # BaseLoader builds no dates or numbers, so 'date: 0000-00-00' cannot raise, and a
        # date keeps the form the document gives it.
        loaded = _HANDLER.load(block, Loader=_LOADER)
    except yaml.YAMLError as error:
        raise FrontMatterError(describe_yaml_error(error, first_line=first_line)) from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise FrontMatterError("malformed front matter: YAML between '---' lines is not a mapping")
    return {str(key).lower(): value for key, value in loaded.items()}


def describe_yaml_error(error: yaml.YAMLError, *, first_line: int) -> str:
    """Say in one line what YAML could not parse and on which line of the file."""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    mark = getattr(error, "problem_mark", None)
    where = f" on line {first_line + mark.line + 1}" if mark is not None else ""
    return f"malformed front matter: YAML does not parse ({problem}{where})"


def field_text(fields: Mapping[str, object], keys: Sequence[str]) -> tuple[str, str] | None:
    """Return (key, text) for the first key holding a non-empty string, name or list."""
    for key in keys:
        value = fields.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return key, " ".join(value.split())
    return None
