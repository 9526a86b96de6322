"""The document cut into typed lines: blank, text, short (heading-like), list item, Markdown
heading, table row or markup; front matter and code (fenced or indented) are left out.
"""

from __future__ import annotations

import re

from app.extract.tables import NUMBER_ONLY, SERIES_FOOTER, VALUE, Line, ends_sentence

_FRONT = re.compile(
    r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n[\w-]+[ \t]*[:=].*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.S,
)
_TITLE_KEY = re.compile(r"(?m)^title\s*[:=]\s*[\"']?(.+?)[\"']?\s*$")
_FENCE = re.compile(r"\s{0,3}(```|~~~)")
# What marks a line as code: operators, braces, a call, a comment, a prompt or a keyword.
# (a semicolon ends a statement of code, but joins clauses of prose mid-line)
_CODE_MARK = re.compile(
    r"[={}<>\[\]]|;\s*$|\w\(|^\s*(?:#|//|\$\s|>>>|def\s|class\s|import\s|from\s|return\b|if\s"
    r"|for\s)"
)
# A label, dot leaders and a figure: "    Students placed .............. 381", a report's line.
_LEADER = re.compile(r"[A-Za-z)]\s?\.{4,}\s*[-+$£€₹\d]")
# A section's number and its title in capitals: "2. MERIT MATRIX (% increase to base salary)"
_CAPS_TITLE = re.compile(
    r"\s{0,3}\d{1,2}[.)]\s+[A-Z][A-Z&/-]+(?:\s+[A-Z&/-]+)*(?:\s+\([^()]*\))?\s*"
)
# A printed Series indented as a notebook's output, down to its closing "Name: ..., dtype: ..."
_SERIES_FOOTER = re.compile(rf"(?m)^(?: {{4}}|\t){SERIES_FOOTER}$")
# A row of years set in columns, "                2025      2024      2023": a table's header,
# or quarters ("Q2 2025    Q2 2026"), with the names of columns of changes beside them
# ("2024      2034     Change    % Change")
_HEADER_CELL = (
    r"(?:(?:[QH][1-4]\s)?(?:FY\s?)?(?:19|20)\d\d|%?\s?[A-Za-z][A-Za-z/.%]*(?: [A-Za-z/.%]+)*)"
)
_YEARS_HEADER = re.compile(
    rf"\s+(?=(?:.*\s)?(?:FY\s?)?(?:19|20)\d\d\b)(?:{_HEADER_CELL}\s{{2,}})+{_HEADER_CELL}\s*"
)
# A printed DataFrame's header: names set two spaces apart or more, as pandas prints them
_FRAME_HEADER = re.compile(r"\s+(?:[A-Za-z_%][\w%.+/-]*\s{2,})+[A-Za-z_%][\w%.+/-]*\s*")
# An HTML page's text opens with the tags of its prose, indented as its source nests them
_TEXT_TAG = re.compile(r"\s*<(?:p|li|dd|dt|blockquote|b|strong|em|span|h[1-6])\b[^<>]*>")
_WORD = re.compile(r"[A-Za-z]{2,}")
MD_HEADING = re.compile(r"\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# a list's marker, the glyphs of social posts among them: "🔹 Junior: AED 18,000", "✅ Remote"
BULLET = re.compile(
    r"\s*(?:(?:[-*+•·▪◦‣●○■□➢➤►–]|[🔹🔸🔷🔶◾◽◼◻▫➡👉✅✔☑✓➜➔→]\ufe0f?|\d{1,3}[.)]|[a-z][.)])\s+"
    r"|<li\b[^<>]*>\s*)"
)
TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
# A subtitle cue's timing (SRT, WebVTT): "00:00:03,862 --> 00:00:08,119"
_CUE_TIME = re.compile(r"\s*(?:\d\d:)?\d\d:\d\d[,.]\d{3}\s+-->\s+(?:\d\d:)?\d\d:\d\d[,.]\d{3}")
# A message of a chat export: "14/03/26, 8:59 pm - Shruti: ...", "[3/14/26, 20:59:01] Ana: ..."
CHAT_LINE = re.compile(
    r"\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]?\s*-?\s*[^:]{1,40}:"
)
# A table's rule: Markdown's "|---|:--:|", Org's "|----+----|", reStructuredText's grid borders
# "+-----+=====+" and AsciiDoc's "|===" (which opens and closes its table)
# A MediaWiki table's opening, row break and close ("{| class=...", "|-", "|}"), and its
# header row ("! Country !! Entry level !! Currency")
_WIKI_TABLE = re.compile(r"\{\||\|-|\|\}|!.*!!")
_PIPE_SEP = re.compile(
    r"\s*[|+]?\s*:?(?:-{2,}|={2,}):?\s*(?:[|+]\s*:?(?:-{2,}|={2,}):?\s*)+[|+]?\s*$|\s*\|={3,}\s*$"
)

# A LaTeX tabular's row, "Mean salary (\$) & 158,240 & 124,610 \\[2pt]", and its rules
LATEX_ROW = re.compile(r"[^&]*(?<!\\)&.*\\\\\s*(?:\[[^\]]*\])?\s*(?:\\[hc]line\b.*)?$")
_LATEX_RULE = re.compile(
    r"\s*(?:\\(?:toprule|midrule|bottomrule|hline|cline\{[^}]*\}"
    r"|cmidrule(?:\([^)]*\))?\{[^}]*\})\s*)+$"
)


def front_matter(text: str) -> tuple[int, str]:
    """Where a YAML or TOML front matter block ends (0 if there is none) and its title."""
    match = _FRONT.match(text, 0, min(len(text), 20000))
    if match is None:
        return 0, ""
    title = _TITLE_KEY.search(match.group())
    return match.end(), title[1] if title else ""


def split_lines(
    text: str, body: int, table_fences: frozenset[int] = frozenset()
) -> tuple[list[Line], list[tuple[int, int]], list[int]]:
    """Typed lines of the body, the spans of its code (a table in a fenced block is read as
    lines of text, its fences left out) and where each line starts."""
    lines: list[Line] = []
    skipped: list[tuple[int, int]] = []
    line_starts = [0]
    pieces = text[body:].split("\n")
    if not pieces[-1]:
        pieces.pop()  # what follows a final newline is no line
    pos, fence, prev_blank = body, "", True
    printed = _printed_series(text, body) if "dtype: " in text else frozenset()
    # lines of code outside fences: files printed by `head`, reStructuredText code directives
    coded = _dumped_files(text, body) if "==> " in text else frozenset()
    if ":: " in text or "::\n" in text:
        coded |= _directive_code(text, body)
    contained = False  # inside a MkDocs tab or admonition, whose content is indented
    for raw in pieces:
        line = raw[:-1] if raw[-1:] == "\r" else raw
        if line[:1] in _CONTAINER_START and _CONTAINER.match(line):
            contained = True
        elif contained and line and not line.isspace() and not line.startswith(("    ", "\t")):
            contained = False
        # about four lines in ten are blank and most of the rest open with a capital: outside
        # a fence neither can be code, markup, a heading or a bullet, so skip those tests
        if pos in table_fences or pos in coded:
            kind = "code"
        elif pos in printed:  # a notebook's printed Series, indented as its output: read
            kind = _prose_kind(line)
        elif contained and line.startswith(("    ", "\t")):  # text, read as if set flush left
            kind, fence = _line_kind(_dedented(line), fence, prev_blank)
        elif fence:
            kind, fence = _line_kind(line, fence, prev_blank)
        elif not line or line.isspace():
            kind = "blank"
        elif line[0].isupper():
            kind = _prose_kind(line)
        else:
            kind, fence = _line_kind(line, fence, prev_blank)
        if not fence and kind != "code" and line.endswith("```") and line.count("```") == 1:
            fence = "```"  # a chat message opens a code block after its sender: "Varun: ```"
        if kind == "cue":  # a subtitle's timing, and the cue's number on the line above
            if lines and lines[-1].end + 1 == pos and lines[-1].text.strip().isdigit():
                skipped.append((lines[-1].start, lines.pop().end))
            kind = "code"
        if kind == "code":
            skipped.append((pos, pos + len(line)))
        else:
            lines.append(Line(pos, pos + len(line), kind, line))
        prev_blank = kind == "blank" or (kind == "code" and not fence)
        pos += len(raw) + 1
        line_starts.append(pos)
    return lines, skipped, line_starts


def _printed_series(text: str, body: int) -> frozenset[int]:
    """Where the lines of a notebook's printed pandas Series start, indented as its output
    is and closed by its "Name: count, dtype: int64" line (not code, however indented)."""
    starts: set[int] = set()
    for footer in _SERIES_FOOTER.finditer(text, body):
        at = footer.start()  # and up, line by line, while the lines are indented and not blank
        while at > body:
            starts.add(at)
            above = text.rfind("\n", body, at - 1) + 1
            row = text[above : at - 1]
            if above >= at - 1 or not row.strip() or not row.startswith(("    ", "\t")):
                break
            at = above
    return frozenset(starts)


def _dumped_files(text: str, body: int) -> frozenset[int]:
    """Where the lines of a config or code file start, as `head` prints several files: under
    "==> config/defaults.yaml <==" up to the next such line ("==> README.md <==" is read)."""
    starts: set[int] = set()
    headers = list(_FILE_HEADER.finditer(text, body))
    for k, header in enumerate(headers):
        if not _CODE_FILE.search(header[1]):
            continue
        stop = headers[k + 1].start() if k + 1 < len(headers) else len(text)
        at = header.start()
        while at < stop:
            starts.add(at)
            at = text.find("\n", at, stop) + 1 or stop
    return frozenset(starts)


def _directive_code(text: str, body: int) -> frozenset[int]:
    """Where the lines of reStructuredText's code directives start: the directive
    (".. code-block:: python") and the lines indented under it."""
    starts: set[int] = set()
    for directive in _CODE_DIRECTIVE.finditer(text, body):
        indent = len(directive[1])
        at = directive.start()
        starts.add(at)
        at = text.find("\n", at) + 1 or len(text)
        while at < len(text):
            end = text.find("\n", at)
            line = text[at : end if end >= 0 else len(text)]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            starts.add(at)
            at = end + 1 if end >= 0 else len(text)
    return frozenset(starts)


_CODE_DIRECTIVE = re.compile(
    r"(?m)^([ \t]*)\.\.[ \t]+(?:code-block|code|sourcecode|doctest|highlight)::.*$"
)
# A MkDocs container's opener, its content indented under it: a content tab (`=== "India"`)
# or an admonition (`!!! note "Where these numbers come from"`, `??? info`, `???+ tip`)
_CONTAINER = re.compile(r"[ \t]*(?:===|!!!|\?\?\?\+?)[ \t]+[\"\w]")
_CONTAINER_START = "=!? \t"


def _dedented(line: str) -> str:
    return line[1:] if line[0] == "\t" else line[4:]


# A component that shows one figure with its label: '<Stat value="$108,020" label="median pay" />'
_STAT_TAG = re.compile(r"\s*<[A-Z][\w.]*\s[^<>\n]{0,200}?\bvalue=[\"'][^\"'<>\n]{0,30}\d")
_FILE_HEADER = re.compile(r"(?m)^==> (.{1,200}) <==$")
_CODE_FILE = re.compile(r"(?i)\.(?:ya?ml|json|toml|ini|cfg|conf|env|py|js|ts|sh|sql|xml)\s*$")
_BOX_RULE = re.compile(r"\s*[\u2500-\u257f]{3,}\s*")
_BOX_START = " \t" + "".join(map(chr, range(0x2500, 0x2580)))


def _line_kind(line: str, fence: str, prev_blank: bool) -> tuple[str, str]:
    # a fence (up to 3 spaces, then ``` or ~~~) lies within the first six characters
    opener = _FENCE.match(line) if "``" in line[:6] or "~~" in line[:6] else None
    if fence:
        closes = opener is not None and opener[1] == fence
        return "code", "" if closes else fence
    if opener is not None:
        return "code", opener[1]
    if not line or line.isspace():
        return "blank", ""
    if "<" in line and line.lstrip().startswith("<"):
        if "<td" in line or "<th" in line:
            return "hrow", ""
        if _STAT_TAG.match(line):
            return "item", ""  # '<Stat value="36%" label="projected growth" />': one figure
        if not TAG.sub("", line).strip():
            return "tag", ""  # markup alone on its line (<table>, </div>): no block, no heading
        if _TEXT_TAG.match(line):
            return _text_kind(line), ""  # "    <p>TC 48L (36 fixed + ...)": prose, not code
    if "-->" in line and _CUE_TIME.match(line):
        return "cue", ""
    if line[:1] in _BOX_START and _BOX_RULE.fullmatch(line):
        return "rule", ""  # a rule drawn in box characters ("──────"): no block, no heading
    if line.startswith("#+TBLFM:"):
        return "code", ""  # an Org table's formulas: "#+TBLFM: @5$2..@5$4=vsum(@2..@4)"
    indented = prev_blank and line.startswith(("    ", "\t")) and not BULLET.match(line)
    if indented and not _indented_prose(line):
        return "code", ""
    return _text_kind(line), ""


_AMOUNT = re.compile(r"[$£€₹]\s?\d")


def _indented_prose(line: str) -> bool:
    """An indented line of words with no mark of code: a quoted record or a row of figures, not a
    code block ("    Google · L5 · Senior MLE · 7 yrs exp · $392K total", "    Base  $214,600")."""
    if _CODE_MARK.search(line) is not None:
        return False
    if _LEADER.search(line):  # "    Students placed .............. 381": a report's statistic
        return True
    if _YEARS_HEADER.fullmatch(line):  # a table's header of years over its columns of figures
        return True
    if _FRAME_HEADER.fullmatch(line):  # "       n  disclosed_pct  median_mid": a printed
        return True  # DataFrame's column names, over its index's name and its rows
    words = len(_WORD.findall(line))
    # "Base salary  $214,600", "E2 (Junior)      €58.000 - €70.000" (an amount of money: "count
    # 25%  50%" heads a printed DataFrame)
    if words >= 5 or (words >= 2 and VALUE.search(line) is not None):
        return True
    return words == 1 and _AMOUNT.search(line) is not None


def _text_kind(line: str) -> str:
    if "#" in line[:4] and MD_HEADING.match(line):
        return "mdheading"
    if line.count("|") < 2 and BULLET.match(line):
        # "2. MERIT MATRIX (% increase to base salary)": a numbered section's title, not an item
        return "short" if len(line) <= 80 and _CAPS_TITLE.fullmatch(line) else "item"
    if line[:1].isdigit() and CHAT_LINE.match(line):
        return "item"  # each message of a chat export stands alone
    return _prose_kind(line)


def _prose_kind(line: str) -> str:
    """The kind of a line that is no heading and no list item: table row, short line or text."""
    if line.count("|") >= 2:
        return "sep" if _PIPE_SEP.match(line) else "pipe"
    if line[:1] in "{|!" and _WIKI_TABLE.match(line):  # MediaWiki's "{|", "|-", "! a !! b"
        return "pipe" if line[0] == "!" else "sep"
    if line.lstrip()[:2] in ("+-", "+=", "|=") and _PIPE_SEP.match(line):
        return "sep"
    if "&" in line and "\\\\" in line and LATEX_ROW.match(line):
        return "pipe"  # a LaTeX tabular's row, read as a Markdown table's
    if line.lstrip()[:1] == "\\" and _LATEX_RULE.match(line):
        return "sep"
    if line.lstrip()[:2] == "--" and "+" in line and _PIPE_SEP.match(line):
        return "sep"  # psql's rule under a result's header: "-------+------+----"
    return "short" if is_short_line(line) else "text"


def is_short_line(line: str) -> bool:
    """A heading-like line: short, few words, no sentence punctuation at its end."""
    stripped = line.strip()
    # the cheap tests first: most lines of prose are long or hold a full stop
    if len(stripped) > 80 or ". " in stripped or len(stripped.split()) > 12:
        return False
    return not ends_sentence(stripped) or NUMBER_ONLY.fullmatch(stripped) is not None
