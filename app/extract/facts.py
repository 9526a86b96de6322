"""What a document says once for all its figures, read once and kept: that it writes pay in
lakhs, the unit it names for all its tables, the note under each table, the running heads of
its pages, and the currency last named before an amount said aloud.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from app.extract import currencies, units
from app.extract.delimited import cell_spans
from app.extract.numbers import NumberExpr, currency_of, scan_numbers
from app.extract.spoken import named_currency
from app.extract.structure import Block
from app.extract.tables import SERIES_FOOTER
from app.extract.units import ColumnUnit


def _homes(places: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Each money's pattern of the names of the country and cities it is at home in."""
    return {code: re.compile(rf"\b(?:{names})\b") for code, names in places.items()}


_LAKH_WORDS = ("LPA", "₹", "lakh", "Lakh", "LAKH")  # and a figure's "L": "28L", "24.0 L"
_L_MARK = re.compile(r"L\b")
# A currency's mark on an amount: "CHF 158k", "£95k", "S$9,000" (not the "€" inside a broken
# dash, "â€“")
_AMOUNT_MARK = re.compile(r"([A-Z]{0,2}\$|[£€₹]|\b(?:USD|GBP|EUR|INR|SGD|CAD|AUD|CHF)\b)\s?\d")
# Where a text names a currency: "S$", "£", "Singapore dollars", "pounds", "lakh", "USD", and
# any currency of the table by its code, its sign or its name ("NOK", "₦", "kronor")
_CURRENCY_NAMED = re.compile(
    rf"[A-Z]{{0,2}}\$|[£€₹{currencies.SIGNS}]|\b(?:{currencies.CODE_ALTERNATION}|LPA)\b"
    r"|(?i:\b(?:(?:(?:singapore|australian|canadian|hong\s+kong|us)\s+)?dollars|pounds|quid"
    rf"|euros|rupees|lakhs?|crores?|{currencies.NAME_ALTERNATION})\b)"
)
# The note under a table, which may name its unit: "*Table 1. ...*", "Currencies, left to right"
_TABLE_NOTE = re.compile(
    r"(?i)[*_>\s]*(?:table|exhibit|figure|notes?|source|currencies|figures|all\s+figures)\b"
)
_SERIES_NAME = re.compile(rf"(?m)^[ \t]*{SERIES_FOOTER}")
_LATEX_NOTE = re.compile(r"(?i)\b(?:notes?|source):")  # "\item \textit{Notes:} in thousands"
_FOOTNOTE_REF = re.compile(r"\[\^([\w-]{1,30})\](?!:)")  # a Markdown footnote's mark: "[^unit]"
# A document's word on all its tables: "All cash figures in the band table are annual base
# salary, in thousands of local currency.", "Min / Mid / Max are annual base salary in local
# currency, in thousands (INR in lakhs)", "Everything here is base salary in local currency"
_ALL_LOCAL = re.compile(
    r"(?i)\b(?:all\s[^.\n]{0,80}?\bfigures\b|[^.\n]{0,80}?\bare\s+annual\b"
    r"|everything\s+(?:here\s+|below\s+)?is\b)[^.\n]{0,80}?\blocal\s+currenc[^.\n]*"
)
_FRANCS = re.compile(r"\bCHF\b|\bS?Fr\.\s?\d")
SWISS_GROUPED = re.compile(r"\d['’]\d{3}(?!\d)")  # "158'000", "3'000–3'600": Swiss money
LAKH_GROUPED = re.compile(r"(?<![\d,.])\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])")  # "16,50,000"
_LOG_PAY = re.compile(
    r"(?i)\blog(?:arithm)?(?:\s+of)?(?:\s+(?:the|hourly|annual|advertised|base|real|monthly|posted))*"
    r"\s+(?:wages?|earnings|salar(?:y|ies)|pay)\b|\blog\s+points\b"
)
_OTHER_MONEY = ("$", "£", "€", "USD", "GBP", "EUR", "CAD", "SGD", "AUD")
# A document's word on what its dollars are: "All dollar amounts are in Canadian dollars",
# "Figures are in AUD", "salaries quoted in Singapore dollars" (once, for all its "$"): the
# kind of dollars is found first (it is rare), then the words before it
_DOLLARS_KIND = re.compile(rf"(?i)\b({units.DOLLAR_COUNTRY})\s+$")  # before "dollars"
_DOLLAR_CODE_NAMES = ("CAD", "AUD", "SGD", "NZD", "HKD")
_DOLLARS_ARE = re.compile(
    r"(?i)\b(?:dollar\s+)?(?:amounts|figures|salar(?:y|ies)|wages|values|numbers|pay|earnings|rates"
    r"|prices|everything)\b[^.\n]{0,40}?\b(?:are\s+|is\s+)?(?:given\s+|shown\s+|quoted\s+|expressed\s+"
    r"|reported\s+|stated\s+)?in\s+[*_]{0,2}$"  # "All figures are in **Canadian dollars**"
)
# The countries whose money is the dollar, by their names; and by their names and their
# cities, where a document's own dollars are at home
_DOLLAR_NAMES = {
    "CAD": r"Canad(?:a|ians?)", "AUD": r"Australia(?:ns?)?", "SGD": r"Singapore",
    "NZD": r"New Zealand", "HKD": r"Hong Kong",
}  # fmt: skip
_DOLLAR_CITIES = {
    "CAD": r"Toronto|Vancouver|Montr[eé]al|Ottawa|Calgary|Edmonton|Winnipeg|Halifax|Saskatoon"
    r"|Waterloo|Kitchener|Mississauga|Ontario|Qu[eé]bec|British Columbia|Alberta|Manitoba"
    r"|Saskatchewan|Nova Scotia",
    "AUD": r"Sydney|Melbourne|Brisbane|Perth|Canberra|Adelaide",
    "NZD": r"Auckland|Wellington|Christchurch",
}
# the capitalised words of each country's names and places ("Canad", "Toronto", "Montr"), which
# every one of its names holds
_HOME_WORDS = {
    code: tuple(sorted(set(re.findall(r"[A-Z][a-z]+", f"{name}|{_DOLLAR_CITIES.get(code, name)}"))))
    for code, name in _DOLLAR_NAMES.items()
}
_DOLLAR_COUNTRIES = {code: re.compile(rf"\b{name}\b") for code, name in _DOLLAR_NAMES.items()}
_DOLLAR_HOMES = _homes(
    {code: f"{name}|{_DOLLAR_CITIES.get(code, name)}" for code, name in _DOLLAR_NAMES.items()}
)


# The countries whose money is the peso, by their names and cities
_PESO_HOMES = _homes(
    {
        "MXN": r"Mexico|México|Mexican|CDMX|Monterrey|Guadalajara",
        "COP": r"Colombia|Colombian|Bogotá|Bogota|Medellín|Medellin|Cali",
        "CLP": r"Chile|Chilean|Santiago",
        "ARS": r"Argentina|Argentine|Buenos Aires|Córdoba",
        "PHP": r"Philippines|Filipino|Manila|Cebu|Makati|Quezon",
        "UYU": r"Uruguay|Uruguayan|Montevideo",
    }
)
# The countries whose money is the rupee, by their names and cities
_RUPEE_HOMES = _homes(
    {
        "INR": r"India|Indian|Bengaluru|Bangalore|Mumbai|Delhi|Hyderabad|Chennai|Pune|Kolkata",
        "LKR": r"Sri\s+Lanka|Sri\s+Lankan|Colombo|Kandy|Galle|Jaffna",
        "PKR": r"Pakistan|Pakistani|Karachi|Lahore|Islamabad|Rawalpindi",
        "NPR": r"Nepal|Nepali|Nepalese|Kathmandu|Pokhara",
        "BDT": r"Bangladesh|Bangladeshi|Dhaka|Chittagong|Chattogram|Sylhet|Gulshan",  # lakhs
    }
)
# and whose money is the dirham
_DIRHAM_HOMES = _homes(
    {
        "AED": r"UAE|Emirates|Emirati|Dubai|Abu Dhabi|Sharjah",
        "MAD": r"Morocco|Moroccan|Casablanca|Rabat|Marrakech|Tangier|F[eè]s",
    }
)
# Whose kroner: Norway's, or Denmark's where the page speaks of Denmark more
_KRONE_HOMES = _homes(
    {
        "NOK": r"Norway|Norwegian|Oslo|Bergen|Trondheim|Stavanger",
        "DKK": r"Denmark|Danish|Copenhagen|København|Aarhus|Odense|Aalborg",
        "SEK": r"Sweden|Swedish|Stockholm|Gothenburg|Göteborg|Malmö|Uppsala",
    }
)
# (a US place, not "a US bank's GCC" in an Indian thread)
_US_PLACES = (
    r"Silicon Valley|San Francisco|SF|New York|NYC|Seattle|Bay Area|California|Texas|Austin"
    r"|Boston|Chicago|Los Angeles|Menlo Park|Mountain View|Palo Alto|Redmond"
)
_US_PLACE = re.compile(rf"\b(?:{_US_PLACES})\b")
_DOLLAR_MARKS = {  # (not the "S$" of "US$", nor the "A$" of "CA$")
    code: re.compile(rf"(?<![A-Za-z]){mark}")
    for code, mark in {
        "CAD": r"CA?\$",
        "AUD": r"AU?\$",
        "SGD": r"S\$",
        "NZD": r"NZ\$",
        "HKD": r"HK\$",
    }.items()
}
_US_DOLLARS = re.compile(r"\bUS\$\s?\d|\bUSD\s?\d|\d\s?USD\b")  # amounts in US dollars, said so
# Chinese writes Han characters and no kana; Japanese writes both ("年収 800万円〜")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CHINESE = re.compile(r"[的元薪亿]|人民币")  # words Japanese does not write so
_DOLLAR_CODE = re.compile(rf"\b({'|'.join(_DOLLAR_CODE_NAMES)}|USD|US\$)(?![\w$])")
_US_NAMED = re.compile(
    rf"\b(?:US|USA|U\.S\.|United States|American|Americans|USD|{_US_PLACES})\b|US\$"
)


@dataclass
class DocumentFacts:
    """What a document says once for all its figures, each read the first time it is asked
    (the properties are cached)."""

    text: str
    # the notes under each table, by where it ends
    notes: dict[int, str] = field(default_factory=dict)
    # whether the words of a line recur as a running page header or footer
    heads: dict[str, bool] = field(default_factory=dict)

    def running_head(self, expr: NumberExpr) -> bool:
        """Whether a number ends a line whose words recur on every page of a PDF dump, set
        apart from them by a run of spaces as a page number is."""
        if self.text[max(0, expr.start - 3) : expr.start] != "   ":
            return False
        line_end = self.text.find("\n", expr.end)
        if self.text[expr.end : line_end if line_end >= 0 else len(self.text)].strip():
            return False
        head = self.text[self.text.rfind("\n", 0, expr.start) + 1 : expr.start].strip()
        if len(head) < 12:
            return False
        if head not in self.heads:
            self.heads[head] = self.text.count(head) >= 3
        return self.heads[head]

    @cached_property
    def prints_series(self) -> bool:
        """Whether the document prints a pandas Series (a notebook's output, a blog's)."""
        return "dtype: " in self.text

    def series_name(self, end: int) -> str:
        """The name a printed pandas Series gives its values on the line that closes it, for the
        row ending at `end`: "Name: salary_mid, dtype: float64" under "False    152000.0"."""
        closes = self.text.find("\n\n", end)
        closes = len(self.text) if closes < 0 else closes
        if "dtype" not in self.text[end:closes]:  # most rows close no Series: a plain search
            return ""
        named = _SERIES_NAME.search(self.text, end, closes)
        return named[1] if named else ""

    def table_notes(self, block: Block) -> str:
        """The caption or note under a table ("*Table 1. Median base salary, thousands per
        year, local currency.*") and the document's word on all its tables' figures."""
        if not block.layout or block.layout == "cell":
            return ""
        gap = self.text.find("\n\n", block.end)  # a table ends at its first blank line
        if gap not in self.notes:
            under = self.text[gap : gap + 400].strip().split("\n\n")[0] if gap >= 0 else ""
            noted = under if _TABLE_NOTE.match(under) else ""
            closing = self.text[block.end : gap] if gap >= 0 else ""
            if "\\end{tabular}" in closing:  # LaTeX sets its notes before the blank line
                noted = closing if _LATEX_NOTE.search(closing) else ""
            for ref in _FOOTNOTE_REF.findall(noted):  # "Table: ...[^unit]" and its "[^unit]: ..."
                said = self.text.find(f"[^{ref}]:")
                ends = self.text.find("\n\n", said)
                noted += " " + self.text[said : ends if ends >= 0 else None] if said >= 0 else ""
            self.notes[gap] = f"{noted} {self.local_note}"
        return self.notes[gap]

    @cached_property
    def local_note(self) -> str:
        """The document's word on all its tables' figures in local currency, if it has one."""
        if "ocal currenc" not in self.text:  # most documents name no local currency
            return ""
        found = _ALL_LOCAL.search(self.text, 0, 200_000)
        return found.group() if found else ""

    def paragraph_currency(self, at: int) -> str | None:
        """The currency last named in the paragraph (a post, a reply) before `at`, if any: the
        money of its bare "165-185k base" after "CHF 158k base"."""
        start = self.text.rfind("\n\n", 0, at) + 1
        named = list(_AMOUNT_MARK.finditer(self.text, max(start, at - 600), at))
        return currency_of(named[-1][1]) if named else None

    def said_currency(self, at: int, *, ahead: bool = False) -> str:
        """The currency last named in the 1,000 characters before `at`, else (`ahead`, for a
        table, read before the words under it) the first named in the 1,000 after it, else the
        page's dollars (US dollars unless it says or shows otherwise); bare dollars are the
        page's, kroner Norway's or Denmark's."""
        named = list(_CURRENCY_NAMED.finditer(self.text, max(0, at - 1000), at))
        if not named and ahead:
            after = _CURRENCY_NAMED.search(self.text, at, at + 1000)
            named = [after] if after else []
        if not named:
            return self.dollars[0] if self.dollars else "USD"
        word = named[-1][0]
        code = named_currency(word) or currency_of(word)
        if code == "USD" and word in ("$", "dollars", "Dollars", "bucks") and self.dollars:
            return self.dollars[0]  # a Canadian page's "dollars"
        return (self.krone_country or code) if code == "NOK" and word != "NOK" else code

    @cached_property
    def dollars(self) -> tuple[str, ...]:
        """What the document's bare dollars are, where it says so ("All dollar amounts are in
        Canadian dollars"): ISO codes, one per kind of dollars it names (none: US dollars)."""
        head = self.text[:200_000]
        found = []  # (where the kind of dollars is named, its code), found by plain search
        for at in _all(head, "dollars"):
            kind = _DOLLARS_KIND.search(head, max(0, at - 14), at)
            found += [(kind.start(), units.dollars_of_country(kind[1]))] if kind else []
        found += [(at, code) for code in _DOLLAR_CODE_NAMES for at in _all(head, code)]
        codes: list[str] = []
        for at, code in sorted(found):
            if code not in codes and _DOLLARS_ARE.search(head, max(0, at - 90), at):
                codes.append(code)
        return tuple(codes) or _dollars_by_country(head)

    @cached_property
    def peso_country(self) -> str:
        """Whose pesos the document's are: the country it names most, with its cities, of
        those whose money is the peso (Mexico where it names none)."""
        head = self.text[:200_000]
        counts = {code: len(pattern.findall(head)) for code, pattern in _PESO_HOMES.items()}
        code, count = max(counts.items(), key=lambda item: item[1])
        return code if count else "MXN"

    @cached_property
    def rupee_country(self) -> str:
        """Whose rupees (and lakhs) the document's are: the country it names most, with its
        cities, where that is Sri Lanka, Pakistan, Nepal or Bangladesh, named three times or
        more (India otherwise)."""
        return _most_named(self.text[:200_000], _RUPEE_HOMES, "INR")

    @cached_property
    def dirham_country(self) -> str:
        """Whose dirhams the document's are: Morocco's where it names Morocco or its cities
        three times or more, and more often than the Emirates (the Emirates' otherwise)."""
        return _most_named(self.text[:200_000], _DIRHAM_HOMES, "AED")

    @cached_property
    def krone_country(self) -> str:
        """Whose kroner (or "kr") the document's are: those of the Nordic country it names
        three times or more, and more often than the others, else "" (the words decide:
        "kroner" Norway's, "kr" Sweden's)."""
        return _most_named(self.text[:200_000], _KRONE_HOMES, "")

    @cached_property
    def writes_francs(self) -> bool:
        """Whether the document writes Swiss francs ("CHF 168'000", "Fr. 2'480")."""
        head = self.text[:200_000]
        return ("CHF" in head or "Fr." in head) and _FRANCS.search(head) is not None

    @cached_property
    def lakh_grouped(self) -> bool:
        """Whether the document groups its figures by lakhs ("4,50,000", "10,19,355"), as only
        rupee amounts are written: twice or more."""
        return len(LAKH_GROUPED.findall(self.text, 0, 200_000)) >= 2

    @cached_property
    def log_pay(self) -> bool:
        """Whether the document regresses the log of pay ("log earnings", "the log of the
        advertised salary"), so that its estimates are in log points."""
        return _LOG_PAY.search(self.text, 0, 200_000) is not None

    @cached_property
    def document_unit(self) -> ColumnUnit | None:
        """The unit the document names for all its tables' figures."""
        return units.document_unit(self.text)

    @cached_property
    def declared_unit(self) -> ColumnUnit | None:
        """The unit the document declares, in freer words, for all its figures ("All band figures
        on this page are in ₹ lakh per annum"): the unit of its pay columns that name none."""
        return self.document_unit or units.declared_unit(self.text)

    @cached_property
    def in_lakhs(self) -> bool:
        """Whether the document counts money in lakhs of rupees, as Indian posts do."""
        return _lakh_marks(self.text[:200_000], enough=3) >= 3

    @cached_property
    def coded_dollars(self) -> str:
        """The one dollar a document writes by its code, twice or more and at least as often as
        it names the US, where it never writes USD: a Toronto posting's "$118,000 - $164,000
        CAD" beside clients "across Canada and the United States" ("" where there is none)."""
        head = self.text[:200_000]
        codes: Counter[str] = Counter(_DOLLAR_CODE.findall(head))
        us = len(_US_NAMED.findall(head))  # (not a thread of posters from NYC, Seattle, SF...)
        coded = [code for code, count in codes.items() if count >= max(2, us)]
        if len(coded) == 1 and not codes["USD"] and not codes["US$"]:
            return coded[0]
        # or, where it prices something in US dollars too ("a $300 USD exam fee"), the dollar
        # it codes more often than US dollars, of the country and cities it names more often
        # than the US: a Toronto engineer's essay on "$118,000 CAD" and a "US company" offer
        ours = [code for code, count in codes.items() if count >= 2 and code in _DOLLAR_HOMES]
        if len(ours) != 1 or codes[ours[0]] <= codes["USD"] + codes["US$"]:
            return ""
        return ours[0] if len(_DOLLAR_HOMES[ours[0]].findall(head)) > us else ""

    @cached_property
    def writes_chinese(self) -> bool:
        """Whether the document writes Chinese (twenty Han characters or more, some only Chinese
        writes, no kana and no 円): its "¥" is the yuan and its "28万" ten-thousands of yuan."""
        head = self.text[:200_000]
        if "円" in head or _KANA.search(head) is not None or _CHINESE.search(head) is None:
            return False
        return len(_HAN.findall(head)) >= 20

    @cached_property
    def mostly_lakhs(self) -> bool:
        """Whether the document writes money in lakhs more often than in any other currency, as
        a thread of Indian offers does (not a UK page that converts one salary to rupees)."""
        head = self.text[:200_000]
        return self.in_lakhs and _lakh_marks(head) > sum(map(head.count, _OTHER_MONEY))

    def us_passage(self, at: int) -> bool:
        """Whether the paragraph (a post, a card) around `at` names the US or a US city: its bare
        "198k" is dollars in a thread that otherwise writes pay in lakhs."""
        start = self.text.rfind("\n\n", 0, at) + 1
        end = self.text.find("\n\n", at)
        return _US_PLACE.search(self.text, start, end if end >= 0 else len(self.text)) is not None

    def lakhs_in(self, start: int, end: int) -> bool:
        """Whether a passage (a post, a paragraph) writes its pay in lakhs: the document writes
        mostly in lakhs, or writes some and the passage names them itself ("19.8 fixed + 1.7
        variable" after "28 LPA"), not "Seattle, L5, 210 base / 90 stock / 30 bonus" in a
        thread with a few Indian offers."""
        if self.mostly_lakhs:
            return True
        return self.in_lakhs and _lakh_marks(self.text[start:end], enough=1) >= 1


def _most_named(text: str, homes: dict[str, re.Pattern[str]], usual: str) -> str:
    """The money of the country `text` names most (three times or more), by the names and
    cities in `homes`, else the `usual` one."""
    counts = {code: len(pattern.findall(text)) for code, pattern in homes.items()}
    code, count = max(counts.items(), key=lambda item: item[1])
    return code if count >= 3 else usual


def _dollars_by_country(text: str) -> tuple[str, ...]:
    """The dollars of the one country a document speaks of (by its name or its cities and
    provinces), where it never names the US: a Canadian labour bulletin's "$58.25" an hour is
    Canadian, an Ontario one's too; of the one it speaks of without marking its dollars, where
    it marks the others' ("A$200k" in Sydney, "US$230,000" in Seattle), or names the US once or
    twice in passing (a Melbourne post's "unlike the US"); and a report tagged `lang: en-CA` is
    Canadian whatever else it names (none: US dollars)."""
    tagged = _LANGUAGE_TAG.search(text[:3000])
    if tagged is not None:
        return (_TAGGED_DOLLARS[tagged[1].upper()],)
    if _US_NAMED.search(text):
        us = len(_US_NAMED.findall(text))
        if us <= 2:  # the US named in passing in a page about one dollar country's pay
            places = _places(text)  # ("the US market" once in a Melbourne post of sixteen)
            homes = [code for code, count in places.items() if count >= max(8, 6 * us)]
            if len(homes) == 1 and sum(places.values()) == places[homes[0]]:
                return (homes[0],)
        # unless it writes the US's dollars as such and its home's bare: "US$230,000 in
        # Seattle" beside "$125,000" in a Vancouver keynote that writes C$ on an amount twice at
        # most (an Ottawa post's "about C$233,000"), and names its home more often than the US
        if not ("US$" in text or "USD" in text) or _US_DOLLARS.search(text) is None:
            return ()  # (most pages that name the US: read no further)
        us_marked = len(_US_DOLLARS.findall(text))
        enough = max(5, len(_US_NAMED.findall(text)) - us_marked + 1)
        likely = [code for code, words in _HOME_WORDS.items() if _seen(text, words) >= enough]
        homes = [code for code in likely if _home_count(text, code) >= enough]
        homes = [code for code in homes if _marked(text, code) < 3]
        return tuple(homes) if len(homes) == 1 else ()
    # its own money's mark counts too: "(S$)" over a column
    places = _places(text)
    marks = {code: len(pattern.findall(text)) for code, pattern in _DOLLAR_MARKS.items()}
    named = [code for code in places if places[code] + marks[code] >= 3]
    if len(named) > 1:  # "A$200k–A$230k" in Sydney beside "$165k–$190k" in Auckland
        coded = {code: marks[code] + len(re.findall(rf"\b{code}\b", text)) for code in named}
        named = [code for code in named if not coded[code]]
    return tuple(named) if len(named) == 1 else ()


def _seen(text: str, words: tuple[str, ...]) -> int:
    """How often the words occur in the text, by plain search: at least as often as the names
    they are part of (a quick bound before the names' pattern is run)."""
    return sum(text.count(word) for word in words)


def _home_count(text: str, code: str) -> int:
    """How often the text names the dollar country `code`, with its cities and provinces."""
    return len(_DOLLAR_HOMES[code].findall(text))


def _places(text: str) -> dict[str, int]:
    """How often the text names each dollar country, with its cities and provinces."""
    return {code: _home_count(text, code) for code in _DOLLAR_HOMES}


def _marked(text: str, code: str) -> int:
    """How many amounts the text writes in the dollar `code` by its mark or code: "C$233,000",
    "CAD 150,000", "150,000 CAD"."""
    mark = _DOLLAR_MARKS[code].pattern
    return len(re.findall(rf"(?:{mark}|\b{code}\s?)\d|\d\s?{code}\b", text))


# A document's language tag in its front matter or page head: "lang: en-CA", lang="en-AU"
_LANGUAGE_TAG = re.compile(r"(?i)\blang(?:uage)?\s*[:=]\s*[\"']?en[-_](CA|AU|NZ|SG)\b")
_TAGGED_DOLLARS = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD"}


def _all(text: str, word: str) -> list[int]:
    """Where `word` stands in `text`, found by plain search."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _lakh_marks(text: str, enough: int = 0) -> int:
    """How often a text writes money in lakhs ("LPA", "₹", "lakh", "28L"), counted by plain
    string search (a regex over the whole text cost more than the rest of reading short
    documents), stopping at `enough` where one is given."""
    found = sum(map(text.count, _LAKH_WORDS))
    for mark in _L_MARK.finditer(text):
        if enough and found >= enough:
            break
        at = mark.start()
        found += at > 0 and (
            text[at - 1].isdigit() or (text[at - 2 : at - 1].isdigit() and text[at - 1] == " ")
        )
    return found


def numbers_by_cell(text: str, rows: list[tuple[int, int]]) -> list[NumberExpr]:
    """The numbers of the text, those of CSV rows read cell by cell: "238,355" is two cells."""
    starts = [start for start, _ in rows]
    found = []
    for expr in scan_numbers(text):
        at = bisect_right(starts, expr.start) - 1
        if at < 0 or expr.start >= rows[at][1]:
            found.append(expr)
    for start, end in rows:
        for cell_start, cell_end in cell_spans(text[start:end]):
            shift = start + cell_start
            for expr in scan_numbers(text[shift : start + cell_end]):
                found.append(expr._replace(start=expr.start + shift, end=expr.end + shift))
    return sorted(found, key=lambda expr: expr.start)
