"""The number grammar: the patterns of number expressions, and the one scanner made of them.

Things that look like numbers but are not quantities (URLs, dates, clock times, reading times,
versions, model names such as GPT-4o or H100, page furniture) are matched first as `skip` so
that the scanner steps over them. `numbers` reads the values of what it finds.
"""

from __future__ import annotations

import re
import string

from app.extract import currencies
from app.extract.spoken import SPOKEN

# Indian grouping writes lakhs and crores in pairs of digits: 12,00,000 and 1,20,00,000.
# Runs of digits are possessive: nothing that may follow a number starts with a digit, so a
# run cut short can never match; giving digits back one by one only re-ran the rest of every
# family that fails on the number (most do, at each one).
# thousands grouped by commas, by lakhs ("1,20,000") or, in Switzerland, by apostrophes ("150'000")
# and, in much of Europe and Latin America, by dots: "ARS 4.800.000" (two groups or more, as
# one dot could be a decimal point: "4.800" is read by the currency it is written in)
# (the groupings are tried only where a mark follows the first digits: most numbers have none)
NUM = (
    r"(?:(?=\d{1,3}[,'’.\u202f\u00a0]\d)(?:\d{1,3}+(?:,\d{3})+|\d{1,3}+(?:['’]\d{3})+|\d{1,2}+(?:,\d\d)+,\d{3}"
    # French typography groups thousands with a narrow no-break space: "1\u202f430 placements";
    # and Norwegian with a no-break space: "1\u00a0100" (never a table's column gap)
    r"|\d{1,3}+(?:[\u202f\u00a0]\d{3})++(?!\d)|\d{1,3}+(?:\.\d{3}){2,}+(?![\d]|\.\d))|\d++)(?:\.\d++)?"
)
# A decimal comma, as continental Europe writes it: "6,8%", "€0,23", "€2.450,50" (one or two
# digits after the comma, so never a thousands group, nor the lakh grouping "1,20,000").
NUM_DC = r"\d{1,3}(?:\.\d{3})*,\d{1,2}(?!,?\d)"
NUMX = rf"(?:{NUM_DC}|{NUM})"
# a dash opening a line opens a list item or a negative figure, it joins no range; LaTeX
# writes a range's dash as "--"
SEP = (
    r"(?:(?:[ \t\u00a0\u202f]|&nbsp;)?(?:--(?!-)|[-–—−〜～]|&[nm]dash;|&#821[12];|&minus;)"
    r"(?:\s|&nbsp;)?"
    # German "6 bis 9 Prozent"; Spanish and Portuguese "de 12 a 18 meses", French "de 45 à 60 k€"
    r"|\s+to\s+|\s+bis\s+|(?<=[\d%€])\s+[aà]\s+(?=[\d$€£]|R\$|US\$)"
    # Hinglish "18 se 28 lakh", "3.6 lakh se 7 lakh"
    r"|(?<=\d)(?<!(?:19|20)\d\d)\s+se\s+(?=[\d₹])|(?<=lakh)\s+se\s+(?=[\d₹]))"
)
# "between X and Y" is a range; the lookbehind keeps "between" out of the quote.
BETWEEN = (
    r"(?:(?<=[Bb]etween\s)|(?<=[Bb]etween\s\*\*)|(?<=[Tt]ussen\s)|(?<=[Zz]wischen\s)"
    r"|(?<=[Ee]ntre\s))"  # Spanish, Portuguese and French: "entre 66 y 102 mil", "entre 5% e 8%"
)
AND = r"(?:and|en|und|y|e|et)"  # the "and" of a range after BETWEEN
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # French and German months: "du 8 janvier au 9 février 2026", "seit 1. März"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)"
)
# A date: metadata, unless an event is dated by it ("ChatGPT launched in November 2022"), when
# its year is read (see classify).
DATE = (
    rf"{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+)\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?,?\s+\d{{4}}"
)
SKIP = "|".join(
    (
        r"https?://[^\s)\]>\"']+|www\.[^\s)\]>\"']+",
        r"\]\([^)\s]*\)",
        r"(?<=!)\[[^\]\n]{0,300}\]\([^)\s]*\)",  # image alt text
        r"\[\^[^\]\s]{1,20}\]|\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]",  # footnote markers
        r"<!--[\s\S]{0,20000}?-->",
        r"<(script|style)\b[\s\S]{0,20000}?</(?:script|style)>",
        r"<pre\b[\s\S]{0,20000}?</pre>",  # a code block in HTML
        r"\d{2,5}\s?[×xX]\s?\d{2,5}\s?px\b",  # an image's size: "1080 × 5400 px"
        # a post's reactions: "Like · 14 | Reply · 3 Replies"
        r"(?<=Like · )\d[\d,.]*[KkM]?|(?<=Reply · )\d[\d,.]*[KkM]?",
        r"\d{3}\(k\)",  # 401(k)
        r"(?:(?<=ISSN )|(?<=ISSN: )|(?<=ISSN)|(?<=e-ISSN ))\d{4}-\d{3}[\dXx]",  # a serial's ISSN
        # a legal citation: "8 U.S.C. § 1182(n)", "20 C.F.R. § 655.731(c)(7)(i)-(ii)",
        # "§ 655.820", a hearing's transcript and exhibits: "(Tr. 288.)", "(RX 4.)"
        r"\d{1,3}\s+(?:U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.)\s+(?:§§?\s*)?\d[\d.]*[a-z]?"
        r"(?:\(\w{1,4}\))*(?:\s?[-–]\s?(?:\(\w{1,4}\))+)?",
        r"(?:(?<=§)|(?<=§ ))\d[\d.]*[a-z]?(?:\(\w{1,4}\))*(?:\s?[-–]\s?(?:\(\w{1,4}\))+)?",
        r"(?:(?<=\(Tr\. )|(?<=\(RX )|(?<=\(CX )|(?<=\(GX )|(?<=\(Ex\. ))\d[\d\-–, ]*",
        # a job portal's salary filter with its count of results: "☐ 6-10 Lakhs (288)"
        r"\d[\d.]*(?:\s?[-–]\s?\d[\d.]*|\+)?\s(?i:lakhs?|lacs?|LPA)\s\(\d[\d,]*\)",
        # a divisor in arithmetic: "CTC ÷ 12", "you divide by 12"
        r"(?:(?<=÷)|(?<=÷ )|(?<=\b[Dd]ivide by )|(?<=\b[Dd]ivided by ))\d{1,3}"
        r"(?![\d%]|[.,]\d|\s?[KkLM]\b)",
        # a transcript's speaker by number: "[00:01:18] Speaker 2 (Priya):", "SPEAKER_01:"
        r"(?:(?<=[Ss]peaker )|(?<=SPEAKER )|(?<=SPEAKER_))\d{1,2}(?=\s*[:(\]])",
        # US tax forms for contractors: "on 1099 contracts", "going 1099 direct", "W-2 vs 1099"
        r"(?<![\d,.$£€₹])1099(?:-[A-Z]{2,4})?(?![\d.%]|,\d)(?=\s*(?:[,)/\n]|$|\s(?:or|and|contracts?"
        r"|contractors?|forms?"
        r"|income|workers?|status|direct|basis|roles?|rates?)\b))",
        r"\d++(?:\.\d++)?\s?[A-Z]{3}\s?=\s?\d++(?:\.\d++)?\s?[A-Z]{3}",  # 1 SGD = 0.74 USD
        r"<sup\b[^<>]*>(?:<a\b[^<>]*>)?[^<>]{0,12}(?:</a>)?</sup>",
        # a component's tag up to its value attribute, whose figure is read:
        # '<Stat value="36%" label="projected growth in US data scientist jobs" />'
        r"<[A-Z][\w.]*\s[^<>\n]{0,200}?\bvalue=[\"'](?=[^\"'<>\n]{0,30}\d)",
        r"<[A-Za-z/!][^<>\n]{0,300}>",
        r"`[^`\n]{1,300}`",
        r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}",
        rf"\d{{1,2}}(?:/{MONTH}/|-{MONTH}-)\d{{2,4}}\b",  # a tracker's "16/Sep/26", "16-Sep-2026"
        rf"{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d%])(?!\s?(?:[-–]|to)\s?\d)",
        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?![A-Za-z])",
        # a span of days in a month, and dates in Dutch or German: "4–27 May", "14 januari 2026"
        rf"\d{{1,2}}\s?[-–]\s?\d{{1,2}}\s+{MONTH}(?![A-Za-z])",
        r"(?i:\d{1,2}\.?\s+(?:januari|februari|maart|mei|juni|juli|augustus|oktober|januar|februar"
        r"|märz|juni|juli|oktober|dezember)(?:\s+\d{4})?)",
        r"\d{1,2}(?::\d{2})?\s?[AaPp]\.?[Mm]\.?(?![A-Za-z])"
        r"(?:\s?[-–]\s?\d{1,2}(?::\d{2})?\s?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?",
        # a time, with its zone: "07:02:11 +0000"
        r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)(?:\s?[+-]\d{4}\b)?",
        # a slide's counter alone on its line ("3 / 16"), a results page's pager and range
        r"(?m:^[ \t]*\d{1,3}[ \t]?/[ \t]?\d{1,3}[ \t]*$)",
        r"(?<=Showing )\d[\d,]*[–-]\d[\d,]*(?= of )",
        # a line of a table of contents: "2  Base salary by level ........ 4"
        r"(?m:(?:^|(?<=^[ \t])|(?<=^[ \t]{2})|(?<=^[ \t]{3})|(?<=^[ \t]{4}))"
        # (a ranked list's "2. Fernhill Commerce ...... 39" leads by a few dots, a contents line
        # "6.  Contracting in 2027 .......... 12" by many)
        r"\d{1,2}(?:\.\d{1,2})*(?:[ \t]+[A-Za-z][^\n]*?\.{4,}|\.[ \t]+[A-Za-z][^\n]*?\.{15,})"
        r"[ \t]*\d{1,3}[ \t]*$)",
        r"(?i:\d++\s?-?\s?min(?:ute)?s?\.?\s+read\b)",
        r"(?i:(?<=leestijd:\s)|(?<=lesezeit:\s)|(?<=reading\stime:\s)|(?<=read\stime:\s))\d++\s?min",
        r"\d++(?:\.\d+){2,}|\d++/\d++(?![\d,])",
        r"(?:(?<=[Vv]ersion\s)|(?<=[Vv]ersion:\s)|(?<=Rev\.\s))\d++(?:\.\d++)?(?![\d%])",
        # page furniture: "Page 7 of 24", keycap digits (1️⃣), a post's age ("13h ·", "2d ago")
        r"(?:(?<=[Pp]age\s)|(?<=[Ss]lide\s)|(?<=[Pp]art\s)|(?<=[Cc]hapter\s)|(?<=[Ee]pisode\s))"
        r"\d++(?:\s+of\s+|\s?/\s?)\d++|\d\ufe0f?\u20e3",
        r"(?<=\b[Pp]age\s)\d{1,4}(?![\d%]|[.,]\d)",  # a running head's "Page 12", "see page 4"
        # the quartiles' row names in pandas' describe(): "25%      135000.000000"
        r"(?m:(?:^|(?<=^    )|(?<=^\t))(?:25|50|75)%(?=[ \t]{2,}-?\d))",
        # engagement counts after their icons: "💬 96  🔁 1.1K  ❤️ 4.8K", and "184.3K Views"
        r"(?<=[\U0001F4AC\U0001F501\u2764\U0001F516\U0001F44D\U0001F441\U0001F504\u2B50\ufe0f]\s)"
        r"\d[\d.,]*[KkMm]?|\d[\d.,]*[KkM]?(?=\s+(?:Views|Following|Followers|Likes|Reposts|Retweets"
        r"|Bookmarks|Impressions|Subscribers|points\s+by)\b)",  # "612 points by whoishiring"
        # a count after its button, "**Share 48** · Tweet", "Like 37 · Comment 9 · Restack",
        # and "Load 11 more comments"
        r"(?:(?<=Share\s)|(?<=Shares\s)|(?<=Like\s)|(?<=Likes\s)|(?<=Comment\s)|(?<=Comments\s)"
        r"|(?<=Claps\s)|(?<=Repost\s)|(?<=Reposts\s))\d[\d.,]*[KkM]?(?=\**[ \t]*(?:[·•|]|\n|$))"
        r"|(?<=Load\s)\d++(?=\s+more\s+(?:comments|replies|answers)\b)",
        # a post's counts before its buttons: "218  ·  41  ·  Share"
        r"\d[\d.,]*[KkM]?(?=(?:[ \t]+·[ \t]+\d[\d.,]*[KkM]?)*[ \t]+·[ \t]+"
        r"(?:Share|Reply|Comment|Like|Repost)s?\b)",
        # and any icon's count that ends its line or runs into the next icon: "🦄 12 🔖 96",
        # a post's votes "· ▲ 642" (not "▲ 0.2 vs. March", a change)
        r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\u25B2\u25BC\ufe0f]\s)\d[\d.,]*[KkMm]?"
        r"(?=[ \t]*(?:\n|$)|[ \t]+[\U0001F300-\U0001FAFF\u2600-\u27BF\u25B2\u25BC·•|])",
        r"(?<![\w.])\d{1,3}+[hdw](?=\s*[·•|]|\s+ago\b)|(?<=[·•]\s)\d{1,3}+[hdw]\b",
        r"(?<=[·•]\s)\d{1,3}+\s(?:mo|yr|min|hr|wk)s?\.?(?=\s+ago\b)",  # Reddit's "· 3 mo. ago"
        # a Q&A site's furniture: "Asked 2 years, 7 months ago", a vote count over its arrows,
        # "★ 31", a user's reputation and badge counts ("2,381  ●3  ●19  ●31")
        r"(?:(?<=Asked )|(?<=Modified ))"
        r"\d{1,2}\s(?:years?|months?|days?),\s\d{1,2}\s(?:months?|days?|hours?)\sago",
        r"(?<![\w.,])\d[\d,]*+(?=[ \t]*\n[ \t]*[▲△⬆])|(?<=★ )\d[\d,]*+(?=[ \t]*(?:\n|\Z))",
        r"(?:(?<=[●○◉])|(?<=[●○◉] ))\d{1,4}+"
        r"|(?<![\w.,])\d[\d,]*+(?=(?:[ \t]+[●○◉] ?\d{1,4})+[ \t]*(?:\n|\Z|</))",
        # phone and registration numbers: "(202) 555-0148", "Tel 1300 555 019", "ABN 51 824 753 556"
        # ("555-0163", not a round range such as "250-1000 staff")
        r"(?<=\()\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\d)|(?<![\w-])\d{3}-(?!\d\d00)\d{4}(?![\d-])"
        r"|(?:(?<=[Pp]hone\s)|(?<=[Tt]el\s)|(?<=[Tt]el:\s)|(?<=[Pp]hone:\s)|(?<=TTY\s)|(?<=TTY:\s)"
        r"|(?<=ABN\s)|(?<=ACN\s)|(?<=[Ff]ax\s)|(?<=[Cc]all\s)|(?<=[Mm]obile:\s)|(?<=Helpline:\s)"
        r"|(?<=Toll-free:\s)|(?<=WhatsApp:\s)|(?<=ISBN\s)|(?<=ISBN:\s))(?:\+?\d[\d\s-]{4,16}[\dX]|\d-\d-\d)"
        # and a toll-free or US number written in three groups: "1800-419-7720", "800-555-0199"
        r"|(?<![\w-])(?:1-)?\d{3,4}-\d{3}-\d{4}(?![\d-])"
        # a UK number with its area code ("0161 496 0732"), a US ZIP after its state ("NY 10018")
        r"|(?<![\w.,])0\d{3,4}[ \t]\d{3}[ \t]?\d{3,4}(?!\d)"
        r"|(?<![\w.,])0\d{2}[ \t]\d{4}[ \t]\d{4}(?!\d)"  # London's "020 7215 3000"
        r"|(?<=\b[A-Z]{2}[ \t])\d{5}(?:-\d{4})?(?![\d,.%])",
        # international phone numbers: "+44 (0)20 7946 0321", "+1 (646) 555-0193", "+31 30 760 4400"
        r"\+\d{1,3}\s(?:\(0\)\s?)?(?:\(\d{1,4}\)\s?)?\d{2,5}(?:[\s.-]\d{2,6}){1,4}(?![\d%.,])",
        # company registers and postcodes: "KvK 81234567", "3511 GC Utrecht"
        r"(?:(?<=KvK\s)|(?<=VAT\s)|(?<=BTW\s)|(?<=EIN\s)|(?<=No\.\s))\d[\d\s]{5,14}\d"
        r"|(?:(?<=,\s)|(?<=·\s)|(?<=\|\s))\d{4}\s?[A-Z]{2}(?=\s+[A-Z][a-z])",
        # a street number: "41 Great Sutton Street"
        r"\d{1,4}(?=\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Place"
        r"|Boulevard|Blvd|Drive)\b)",
        # an exchange rate's unit ("US$1 = £0.787", "GBP 1 = USD 1.27"), a scale ("£000s")
        r"(?:[A-Z]{0,3}\$|£|€|₹|¥)\s?1\s?=\s?(?:[A-Z]{0,3}\$|£|€|₹|¥)?\s?\d+(?:\.\d+)?"
        r"|\b[A-Z]{3}\s1\s?=\s?[A-Z]{3}\s\d+(?:\.\d+)?|(?<=['’])000s?\b|[$£€₹]000s?\b(?![,.]\d)",
        # an occupation code "(15-1252)", and a price base "in 2024 dollars"
        r"(?<=\()\d{2}-\d{4}(?=\))|(?<=SOC\s)\d{2}-\d{4}",
        r"(?:19|20)\d\d\s+(?:dollars|prices|euros|pounds)\b",
        # a reference's volume, issue and pages: "118(4): 1279--1333", "pp. 1279-1333"
        r"\d{1,4}\s?\(\d{1,3}\)\s?[:,]\s?\d{1,6}(?:\s?(?:--|[-–])\s?\d{1,6})?(?![\d%])"
        r"|(?<=pp\.\s)\d{1,6}\s?(?:--|[-–])\s?\d{1,6}",
        # a significance level: "* p<0.10, ** p<0.05"
        r"(?:(?<=p<)|(?<=p<\s)|(?<=p\s<\s)|(?<=p=)|(?<=p\s=\s)|(?<=p>)|(?<=p\s>\s))0?\.\d+",
        # a span of years is a time frame: "2024-34", "2019–2023"
        r"(?<![\w.,$£€₹])(?:19|20)\d\d(?:\s?(?:--|[-–])\s?|\s+to\s+)(?:(?:19|20)\d\d|\d\d)"
        r"(?![\d%]|[.,]\d|\s?(?:[kKmM]\b|percent))",
    )
)
ISO = currencies.CODE_ALTERNATION  # every currency's code: "KES 180,000", "45,000 TWD"
CUR_SYM = (
    r"(?:(?<![A-Za-z])(?:(?:CAD|SGD|AUD|USD|NZD|HKD|MXN|COP|CLP|ARS|UYU|TWD)\s?|US|CA|AU|C|A|S|NZ|HK"
    r"|NT|R)(?:\$|&#36;|&dollar;)"  # and the pesos' "MXN $52,000"
    rf"|\$|£|€|₹|¥|[{currencies.SIGNS}]"  # and the signs of the currency table: "₾9,500"
    # South Africa's rand, where the figure is grouped or scaled as money is: "R850k", "R25 000"
    r"|(?<![\w&])R(?=\d{1,3}(?:[,\u00a0\u202f]\d{3}(?!\d)|(?:\.\d+)?\s?(?:[km]|bn|million|billion)(?![A-Za-z])"
    r"|\d*/(?:h|hr|hour|day|month)\b))"
    r"|&#36;|&dollar;|&pound;|&#163;|&euro;|&#8364;|&yen;|&#165;|&#8377;|&#x20[Bb]9;"  # raw HTML
    r"|\\(?:pounds|textsterling|euro|texteuro|EUR)\b\s?"  # and LaTeX's "\pounds 74,200"
    r"|(?<![A-Za-z])S/\.?\s?(?=\d)"  # "S/ 5,500": Peruvian soles
    r"|(?<![A-Za-z])(?:Rs\.?|Tk\.?|RM|KSh|RMB|Rp|S?Fr\."  # "Fr. 2'480": Swiss francs
    r"|[MT](?:SEK|NOK|DKK)|MEUR"  # Nordic millions and thousands: "MSEK 1,184", "TSEK 450"
    # "CHF&nbsp;165k" as raw HTML writes it, "AED  2,000" set in a letter's column
    rf"|{ISO}|{currencies.ABBREVIATIONS})(?:\s|&nbsp;|  )?(?=\d))"  # "JD 1,350"
)
# the end of a unit's word, which a footnote's superscript may follow: "₹1.6 Cr²", "72 LPA²"
UNIT_END = r"(?![^\W¹²³⁴⁵⁶⁷⁸⁹⁰])"
CUR_SCALE = (  # "21–27 tys. zł", "160–200 тис. грн": thousands in Polish and Ukrainian
    rf"(?:\s?(?:(?i:thousand|million|billion|lakh\s+crores?|lakhs?|lacs?|crores?)|Cr|cr|L|mln|mn|Mn|bn){UNIT_END}"
    r"|\s(?:mil|millones|milhões)\b"  # Spanish and Portuguese: "R$ 15 mil", "US$ 2 millones"
    r"|\s(?:tys|тис)\.|\s(?:Mio|MIO|Mrd|MRD)\.?(?![A-Za-z])"  # "€42 Mio.": German millions
    r"|\s(?:juta|ribu|miliar)\b"  # Indonesian millions, thousands, billions: "Rp 14 juta"
    r"|(?:mm|MM|bn|Bn|Cr|[kKmMbBL])(?![A-Za-z])|[ \u00a0\u202f][kT](?=€)|[万萬]"  # "45 k€", "8.1萬"
    r"|[만억](?=원))"  # "7,200만원": ten thousands of won
)
CUR_WORD = (
    rf"\s?(?:{ISO}|rupiah|D[Hh]s?"  # "26,000 DH": dirhams
    r"|[MT](?:SEK|NOK|DKK)|MEUR"
    r"|dólares|d[oó]lares\s+estadounidenses|VND|₫|đồng"
    r"|triệu(?:\s+(?:VND|đồng|₫))?"  # Vietnamese millions of dong: "18–25 triệu"
    r"|(?<=\d)tr(?![^\W\d_])"  # and as written short: "52tr", "6–7tr"
    # and the names of the currency table: "pounds", "naira", "980,000 forints"
    rf"|zł|lei|грн|руб|Kč|kr|{currencies.NAME_ALTERNATION}){UNIT_END}"  # "56 800 kr": kronor
    rf"|\s?[{currencies.SIGNS}]|円|원"  # "7,200만원": ten thousands of won
)
RATE = (
    r"(?:\s?/\s?(?:hr|hour|h|yr|year|annum|mo|mth|month|mån|mnd|tháng|wk|week|day)(?!\w)"
    # "a year" after an amount is its period, "a year ago" a time: "up from £680 a year ago"
    r"|\s(?:per|an|a)\s(?:hour|year|annum|month|mth|week|day)\b(?!\s+(?:ago|earlier|later|prior)\b)"
    # "₹ 70-95 Lacs P.A.", and p/d: per day
    rf"|\s(?:hourly|monthly|annually|yearly|weekly|jährlich|monatlich)\b|\s?LPA{UNIT_END}|\s?(?i:p\.a\.)"
    r"|[ \t](?:Hourly|Monthly|Annually|Yearly|Weekly)\b"  # a job board's "SGD 9,000 Monthly"
    r"|\s?(?i:p/[dhma])\b|\s?(?i:p\.[dhm]\.)"  # "£650 p.d.", "£4,000 p.m.", "SAR 45K p/m"
    # Dutch and German pay periods: "€4.500 bruto per maand", "€75.000 brutto/Jahr"
    r"|(?:\s(?:bruto|brutto|gross))?(?:\s(?:per|pro)\s|\s?/\s?)(?:maand|jaar|Monat|Jahr)\b)"
)
# "$120K+" is open upwards; a "+" on the next line opens the next cell ("+4.1%"), not this one
OPEN_PLUS = r"(?:[ \t]?\+|-plus\b)"  # "$300K+", "£130k-plus"
# "4.2 lakh professionals" counts people: a bare lakh or crore is rupees only when no one is counted
NOT_HEADS = (
    r"(?![*_]*\s+(?:[\w/-]+\s+){0,4}?(?:professionals|people|persons|workers|engineers|developers|jobs"
    r"|roles|openings|vacancies|candidates|applicants|students|learners|graduates|freshers|users"
    r"|employees|hires|postings|positions|seats|registrations|downloads)\b)"
)
# "$140,000 – $180,000 + equity": the plus adds something else, it does not open the band
# nor does a tax or a second figure added to it: "₹1,49,000 + 18% GST"
NOT_EXTRA = (
    r"(?!\s*(?:annual\s+|yearly\s+|target\s+)?(?:equity|bonus(?:es)?|benefits|stock|RSUs?|ESOPs?"
    r"|variable|options|commission|VSOPs?|PPUs?|sign[- ]?on|signing|joining|refreshers?"
    r"|perks|super|superannuation|allowances?|pension|GST|VAT)\b"
    r"|[ \t]?[\d$£€₹])"  # (a figure two spaces on stands in the next cell: "$330,000+   $1,400")
)
EURO_AFTER = r"(?:\s|&nbsp;)?(?:€|&euro;)"  # "72.000 €", raw HTML's "65.000&nbsp;&euro;"
# Thousands grouped by spaces ("26 000 zł", "PLN 12 500", "45 000 €"), as much of Europe writes
# them (often with a no-break or thin space), read only where a currency is written with the
# figure: elsewhere a space parts the cells of a flattened table ("150 200 250").
SPACED = r"\d{1,3}+(?:[ \u00a0\u202f]\d{3}+)++(?:,\d\d(?![\d,]))?(?![\d.,]\d)"  # "1 926,76 zł"
SPACED_CODE = rf"(?:(?<![A-Za-z])(?:{currencies.DOTTED_CODES})|€|R\$|₴|₽|₺)[ \u00a0]?"
# a no-break or thin space groups thousands after any currency: "$11\u00a0000"
NB_SPACED = r"\d{1,3}+(?:[\u00a0\u202f]\d{3}+)++(?![\d.,]\d)"
CUR_NUM = rf"(?:{NB_SPACED}|{NUMX})"  # a figure after its currency
CUR_AMT = rf"{CUR_SYM}(?:\s|&nbsp;)?{CUR_NUM}{CUR_SCALE}?"  # "R$&nbsp;285.000" in raw HTML
# (tried only where a figure grouped by a space lies ahead: most positions have none)
SPACED_CUR = (
    r"(?=[^\s\d]{0,4}[ \u00a0]?\d{1,3}[ \u00a0\u202f]\d{3}(?!\d))"
    rf"(?:{SPACED_CODE}{SPACED}(?:{SEP}(?:{SPACED_CODE})?{SPACED})?(?:{CUR_WORD}|{EURO_AFTER})?{RATE}?"
    rf"|{BETWEEN}{SPACED}\s+{AND}\s+{SPACED}(?:{CUR_WORD}|{EURO_AFTER}){RATE}?"  # "entre 55 000 et"
    rf"|(?<![\w.,]){SPACED}(?:{SEP}{SPACED})?(?:{CUR_WORD}|{EURO_AFTER}){RATE}?)"
)
# a minus before an amount's symbol: "−£2,140" (not a range's "$3,000-$5,000")
CUR_MINUS = r"(?:(?<![\w.,/$£€₹])[\-−](?=[$£€₹]))?"
CUR = (
    # and in Dutch and German: "tussen € 5.200 en € 7.100 bruto per maand"
    rf"{SPACED_CUR}|{BETWEEN}{CUR_AMT}{RATE}?\s+{AND}\s+(?:{CUR_SYM}\s?)?{NUM}"  # "/yr" each
    rf"{CUR_SCALE}?(?:{CUR_WORD})?{RATE}?"
    # "between 48 and 62 LPA", "between 18 and 24 lakh": the unit said once, at the end
    rf"|{BETWEEN}(?<![\w.,]){NUM}\s+{AND}\s+{NUM}{CUR_SCALE}?(?:\s?LPA{UNIT_END}|\s(?i:lakhs?|lacs?|crores?){UNIT_END}{NOT_HEADS}"
    rf"|{CUR_WORD}|{EURO_AFTER}){RATE}?"
    # a rate may close each end: "$70/hr–$90/hr"
    # (not "every JD 5,000 to 25%": a share is not the band's end)
    rf"|{CUR_MINUS}{CUR_AMT}(?:(?:\s?LPA{UNIT_END}|{RATE})?{SEP}(?:{CUR_SYM}\s?)?{CUR_NUM}{CUR_SCALE}?(?!\d|\s?%))?(?:{CUR_WORD})?(?:{OPEN_PLUS}{NOT_EXTRA})?{RATE}?"
    rf"|(?<![\w.,]){NUMX}{CUR_SCALE}?(?:(?:\s?LPA{UNIT_END}|{EURO_AFTER}|円)?{SEP}(?:{CUR_SYM}\s?)?{NUMX}{CUR_SCALE}?)?"
    # the code or symbol after the figure: "90,000 USD", "25 LPA", "72.000 €", "40+ LPA"
    # "29L fixed": a figure in lakhs, as Indian posts write rupees
    r"(?:\+(?=\s?LPA\b))?"
    rf"(?:{CUR_WORD}|\s?LPA{UNIT_END}|\s(?i:lakhs?|lacs?|crores?){UNIT_END}{NOT_HEADS}|(?<=[Cc]r)|(?<=\dL)"
    rf"|(?<=\d L)|{EURO_AFTER}){RATE}?"
)
# (not the "-" of "+/-", a margin; an en dash set as a minus, "–18 %", but not "5 – 18 %")
PCT_SIGN = r"(?:(?<![\w.,/])(?:[+\-−±]|–(?=\d)(?<!\d\s–)|&minus;|&plusmn;))?"
# raw HTML writes "45&nbsp;%" where French and German typography sets a space before "%"
PCT_UNIT = (
    r"(?:\s|&nbsp;)?(?:\\?%|percent\b|per\s?cent\b|Prozent\b|pct\b|percentage\s+points?\b|pp\b"
    r"|ppts?\b|pts\b"
    r"|basis\s+points?\b|bps\b)"
)
PCT = (
    rf"{BETWEEN}{NUMX}(?:\s?\\?%)?\s+{AND}\s+{NUMX}{PCT_UNIT}"
    rf"|{PCT_SIGN}(?<![\w.,]){NUMX}(?:\s?\\?%)?(?:{SEP}[+\-−]?{NUMX})?(?:-plus(?=\s))?{PCT_UNIT}"
    rf"(?:{OPEN_PLUS})?"  # "30-plus percent" too
    r"(?:\s(?:YoY|YOY|y/y|year[- ]over[- ]year|year[- ]on[- ]year|MoM|QoQ)\b)?"
)
MULT = (
    rf"{PCT_SIGN}(?<![\w.,]){NUM}(?:(?:\s?[X×]|x)?{SEP}{NUM})?(?:\s?[X×]|x|Γ—|Ã—|&times;)(?![A-Za-z0-9])"
    rf"|(?<![\w.,]){NUM}(?:{SEP}{NUM})?\s+times(?=\s+(?:the|as|more|faster|higher|larger"
    r"|bigger|cheaper|greater|longer|over|what|their|its|those)\b)"  # "2-3 times what banks pay"
    # "pay rose 1.4 times", "1.3 to 1.5 times senior": a fraction counts no events
    rf"|(?<![\w.,])\d++\.\d++(?:{SEP}{NUM})?\s+times\b"
    r"|(?<![\w.,])\d,\d(?![\d,])\s+times\b"  # a decimal comma: "Milan pays 1,4 times Rome"
    rf"|(?<![\w.,]){NUMX}\s+(?:vezes|veces|fois)\b"  # "2,5 vezes o salário", "1,8 fois plus"
    rf"|(?<![\w.,]){NUM}\s?倍"  # Chinese and Japanese: "1.55 倍"
    rf"|(?<![\w.,]){NUM}-fold\b"  # "grew 5-fold"
)
SIZE = (
    rf"(?<![\w.,]){NUM}(?:{SEP}{NUM})?\s?(?:KB|kB|MB|GB|TB|PB|EB)(?![A-Za-z])"
    r"(?:\s?(?:/\s?day|daily|per day|a day|/\s?month|per month|monthly)\b)?"
    rf"|(?<![\w.,]){NUM}\s+log\s+points?\b"  # a wage premium in a regression: "0.182 log points"
    # a rating: "4.1 ★", "3.2/5", "3.1 out of 5"
    r"|(?<![\w.,])\d(?:\.\d{1,2})?[ \t\u00a0]?★"
    r"|(?<![\w.,])\d\.\d{1,2}(?:\s?/\s?|\s+out\s+of\s+)5(?![\d,]|\.\d)"
)
RATIO = (
    rf"(?<![\w.,]){NUM}(?:\s?:|\s:\s|\s+to\s+)1(?![\d:%xX×]|[.,]\d|\s?[-–]\s?\d"
    r"|\s+(?:years?|months?|weeks?|days?|hours?|percent|million|billion|thousand)\b)"
)
TIME_UNIT = (  # (not "HR", human resources: "a survey of 1,150 HR leaders")
    r"(?:(?!HR\b)(?i:years?|yrs?|yoe|months?|mos|weeks?|wks?|days?|hours?|hrs?|h|minutes?|mins?|min"
    r"|seconds?|secs?)(?![A-Za-z\d])(?!(?<= H)-\d)"  # (not a visa: "14 H-1B workers")
    # a thread's "4y vest with a 1y cliff" (not a grant's "900k RSU/4y", a byline's "· 9y")
    r"|(?<=\d)(?<![/·]\d)(?<![/·] \d)y(?![\w-])"
    r"|(?:Jahren?|Monaten?|Monat|Wochen?|Tagen?|Stunden|Urlaubstagen?|Arbeitstagen?|Werktagen?"
    r"|Lerntagen?|Wochenstunden)\b|mths?\b"  # German: "24 Monate", "30 Urlaubstage"; "1.5 mths"
    r"|(?:uur|jaar|jaren|maanden|maand|weken|werkdagen|vakantiedagen|dagen)\b"  # Dutch: "40 uur"
    r"|(?:jours?|mois|ans|années?|semaines?|heures?)(?![\w-])"  # French: "47 jours"
    r"|(?:meses|mes|mês|años?|anos?|semanas?|d[ií]as?|horas?)(?![\w-])"  # "12 a 18 meses"
    r"|(?:saal|mahine|mahina|hafte|hafta|ghante|ghanta)\b)"  # Hinglish: "14 mahine", "2 ghante"
)
DUR = (
    rf"{BETWEEN}{NUM}\s+{AND}\s+{NUM}(?:\s|-|&nbsp;)?{TIME_UNIT}"
    # "6- to 12-month contracts": the first figure's hyphen waits for the second's unit
    rf"|(?<![\w.,]){NUMX}(?:(?:{SEP}|\s+or\s+|-\s(?:to|or)\s){NUM})?(?:{OPEN_PLUS}|\s+plus)?"
    r"(?:\s|-|&nbsp;)?"
    # "10 working days", "28 vacation days", "25 PTO days"
    r"(?:(?:working|business|calendar|vacation|holiday|PTO|sick|leave|learning|paid|unpaid|annual"
    r"|parental|conference|training)\s(?=days?\b|weeks?\b)"
    r"|(?:billable|billed|chargeable|working|paid)\s(?=hours?\b))?"  # "1,046 billable hours"
    rf"{TIME_UNIT}"
)
SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
FRACTION = {"a quarter": 0.25, "a half": 0.5, "half a": 0.5, "a dozen": 12, "a hundred": 100}
FRACTION |= {"a thousand": 1e3, "a million": 1e6, "a billion": 1e9}
_NUMBER_WORD = (
    r"(?:" + "|".join(sorted(SMALL, key=len, reverse=True)) + r")"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
# a decimal said aloud: "point three percent", "one point five years"
_SAID_DECIMAL = (
    rf"(?:{_NUMBER_WORD}\s+)?point(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\b)+"
)
WN = (
    # "two hundred", "a hundred and seventy" (before "a hundred" and "two" alone)
    rf"(?:{_SAID_DECIMAL}|(?:a|{_NUMBER_WORD})\s+hundred(?:\s+and\s+{_NUMBER_WORD})?"
    r"|a\s+quarter|a\s+half|half\s+a|a\s+dozen|a\s+hundred|a\s+thousand|a\s+million"
    rf"|a\s+billion|{_NUMBER_WORD})"
)
WORDS = (
    # "five and a half years" (before "between X and Y", which would read "five and a")
    rf"(?i:(?<![\w-])(?:{WN}\s+and\s+a\s+half|{BETWEEN}{WN}\s+and\s+{WN}"
    # "half a percent to one percent": a range of shares says its unit twice
    rf"|{WN}(?:(?:\s+per\s?cent)?[\s-]+(?:to|or)[\s-]+{WN})?)"
    r"(?:\s+(?:thousand|million|billion))?"
    r"(?:\s\(\d{1,3}\))?"  # as contracts write it twice: "four (4) years", "twelve (12) month"
    r"[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per\s?cent|dollars|pounds"
    r"|euros)\b)"
)
# "1 in 4 applications", "3 out of 10 teams": a share, not two counts.
ONE_IN = (
    r"(?<![\w.,$£€₹])\d{1,3}+\s+(?:in|out\s+of|of\s+every)\s+(?!(?:19|20)\d\d\b)\d{1,4}+(?![\w.,%])"
    # in words, a noun allowed between: "two in five offers", "one ad in three"
    r"|(?i:(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:[a-z]+\s+)?"
    r"(?:in|out\s+of|of\s+every)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty)\b)"
)
PARTS = {"quarter": 25.0, "third": 100 / 3, "fifth": 20.0, "tenth": 10.0, "half": 50.0}
# "a quarter of all hiring", "two-thirds of employers": a share; "the first half of 2025" is not.
SHARE = (
    r"(?i:(?<![\w-])(?<!first\s)(?<!second\s)(?<!last\s)(?<!other\s)(?<!middle\s)"
    r"(?:(?:a|one)[\s-](?:quarter|third|fifth|tenth|half)|half|two[\s-]thirds|three[\s-]quarters)"
    r"(?=\**\s+of\s+(?!(?:the|this|that|next|last)\s+(?:year|month|week|day|decade|century|quarter"
    r"|season)\b)[a-z]"
    # or the share is the subject: "two-thirds were working within six months"
    r"|\**\s+(?:were|are|was|is|said|say|have|had|reported|expect|plan)\b)"
    # or a change by a part: "the recruiting team was cut by a third"
    # ("lag by a quarter" is a time)
    r"|(?<=\bby\s)(?:(?:a|one)\s(?:third|fifth|tenth)|half)(?=[\s.,;)]))"
)
# Multiples in words: "twice as many interviews", "three times more", "open roles doubled".
TIMES_WORDS = {"twice": 2.0, "doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0}
TIMES_WORDS |= {"double": 2.0, "triple": 3.0}
FOLD = {"twofold": 2.0, "threefold": 3.0, "fourfold": 4.0, "fivefold": 5.0, "sixfold": 6.0}
FOLD |= {"tenfold": 10.0}
TIMES_WORDS |= FOLD
WORD_TIMES = (
    r"(?i:(?<![\w-])(?:twice|(?:(?:two|three|four|five|six|seven|eight|nine)\s+(?:to|or)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)"  # "three to five times the"
    r"(?=\s+(?:as|more|the|faster|higher|larger|bigger|over|her|his|my|their)\b)"
    # "can earn three times what a lead at a services firm earns"
    r"|(?:(?<=earn\s)|(?<=earns\s)|(?<=make\s)|(?<=makes\s)|(?<=pay\s)|(?<=pays\s)|(?<=paid\s)"
    r"|(?<=cost\s)|(?<=costs\s))(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)"
    r"(?=\s+what\b)"
    r"|(?<![\w-])(?:doubled|tripled|quadrupled|halved)\b(?!\s+down\b)"
    # "nearly double the UK median", "roughly twice what the same engineer would invoice",
    # "double the 2025 figure" (not "double-digit", "a double shift", "ask for double")
    r"|(?<![\w-])(?:double|triple|twice)(?=\s+(?:the|what|that|its|their|his|her|my|our|your"
    r"|last)\b)"
    # "were cut in half": a fall by half (its quote "half", as the scanner stops at that word)
    r"|(?:(?<=cut\sin\s)|(?<=cuts\sin\s)|(?<=fell\sin\s)|(?<=dropped\sin\s)|(?<=slashed\sin\s)"
    r"|(?<=fallen\sin\s)|(?<=reduced\sin\s)|(?<=shrank\sin\s)|(?<=shrunk\sin\s))half\b"
    # "a fourfold increase", "grew fivefold", "has grown more than fivefold"
    r"|(?<![\w-])(?:two|three|four|five|six|ten)-?fold\b(?=\s+(?:increase|rise|growth|jump|gain|more)\b)"
    r"|(?:(?<=grew\s)|(?<=grown\s)|(?<=rose\s)|(?<=risen\s)|(?<=jumped\s)|(?<=increased\s)"
    r"|(?<=than\s)|(?<=nearly\s)|(?<=almost\s))(?:two|three|four|five|six|ten)-?fold\b)"
)
# A count in words out of a group: "eleven of the 63 graduates", "four of them stayed".
COUNT_WORDS = "|".join(sorted(set(SMALL) - {"one", "hundred"}, key=len, reverse=True))
# Or before the people and things a hiring market counts: "held three competing offers",
# "lost two finalists", "Two earlier attempts failed" (not "the four metros", "two or three").
COUNTED = (
    r"(?:engineers?|people|applicants|candidates|finalists|offers|interviews|hires|roles|openings"
    r"|positions|teams|companies|employers|firms|startups|recruiters|employees|projects|cohorts"
    r"|attempts|reqs|exits|students|graduates|managers|clients|customers|jobs|vacancies|rounds)\b"
)
WORD_COUNT = (
    rf"(?i:(?<![\w-])(?<!\bthe\s)(?<!\ball\s)(?<!\bthose\s)(?<!\bthese\s)(?<!\bboth\s)(?<!\bbig\s)"
    r"(?<!\blast\s)(?<!\bnext\s)(?<!\bpast\s)(?<!\bfirst\s)(?<!\bor\s)(?<!\bof\s)(?<!\bour\s)"
    r"(?<!\btheir\s)(?<!\bits\s)(?<!\bmy\s)(?<!\byour\s)"
    # "nine hundred people", "eleven hundred applicants", "a hundred and ten of those"
    rf"(?:(?:a|{_NUMBER_WORD})\s+(?:hundred|thousand)(?:\s+and\s+{_NUMBER_WORD})?+"
    r"(?!\s+(?:thousand|million|billion)\b)"
    rf"|(?:{COUNT_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?=\s+of\s+(?:the|them|those|these|our|their|all)\b"
    rf"|\s+(?:[a-z]+(?:-[a-z]+)?\s+)?{COUNTED}))"
)
# a table cell that groups thousands with plain spaces, as statistics offices print them: "10 412"
# between cells set two spaces apart (in prose, "in 2025 412 people" are two numbers)
SPACED_CELL = (  # or a range of them: "| 9 000–14 000 |", "760–1 160"
    r"(?<=[ \t]{2}|\| )(?=[\d –-]*?\d \d{3}(?!\d))"
    r"\d{1,3}+(?: \d{3}+)*+(?:[–-]\d{1,3}+(?: \d{3}+)*+)?"
    r"(?=[ \t]{2}|[ \t]*(?:\n|\Z)| \|)"
)
PLAIN = (
    # "between 39,000 and 43,000" is a range (not "between 2019 and 2023", a time frame)
    rf"{BETWEEN}(?!(?:19|20)\d\d\b){NUM}\s+and\s+(?!(?:19|20)\d\d\b){NUM}(?![\w%]|[.,]\d|\s?%)|"
    rf"{SPACED_CELL}|"
    # a sign after a space or a cell's edge: "+3.8" and "-1.3" in a column of changes
    r"(?:(?<![^\s|(])[+\-−](?=\d))?"
    # "28万–42万"; "78K–95K", the scale on both ends of the range
    rf"(?<![\w.,]){NUM}(?:(?:[万萬]|[KkM](?=\s?[-–—]\s?\d[\d.,]*[KkM](?![A-Za-z])))?{SEP}{NUM})?"
    r"(?:\s?(?:thousand|million|billion|trillion|lakhs?|crores?|mn|bn)\b|(?:[KMBkm]|bn|mn)(?![A-Za-z])|[万萬])?"
    rf"(?:{OPEN_PLUS}{NOT_EXTRA}|\s+or\s+more\b)?(?![A-Za-z0-9])"
)
ALNUM = r"(?<![\w$€£₹])[A-Za-z]++[-.]?\d[\w.]*(?:-\w+)*|\d++[A-Za-z][\w]*"


def by_first_letter(starts: list[tuple[str, str]]) -> str:
    """(first letter, rest) pairs as one alternation per literal first letter.

    The regex engine skips a branch that opens with a literal in one comparison, so an
    ordinary word is rejected after a handful of them: [("o", "ne"), ("t", "wo"), ("t", "en")]
    -> `o(?:ne)|t(?:wo|en)`.
    """
    groups: dict[str, list[str]] = {}
    for head, tail in starts:
        groups.setdefault(head, []).append(tail)
    return "|".join(f"{head}(?:{'|'.join(tails)})" for head, tails in sorted(groups.items()))


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# what opens an amount: every currency's code, and its other marks ("Rs", "US$", "KSh", "MSEK")
CODES = [*currencies.CODES, "Rs", "US", "CA", "NZ", "AU", "HK", "NT", "C", "A", "S", "R", "RM"]
CODES += ["KSh", "RMB", "Rp", "MSEK", "TSEK", "MNOK", "TNOK", "MDKK", "TDKK", "MEUR", "Fr", "SFr"]
CODES += ["Tk", "GH", *(mark for mark in currencies.MARKED if len(mark) > 1)]
SPELLED = [*SMALL, "half", *TIMES_WORDS, "halved", "point"]
A_PHRASE = r"(?i:\s+(?:quarter|half|third|fifth|tenth|dozen|hundred|thousand|million|billion))\b"
# A word that may open a number expression, a skip or a currency code: the filler below stops
# in front of it. This test runs on every word of the text, hence the first-letter dispatch.
SPECIAL_STARTS = [("h", r"ttps?:"), ("w", r"ww\."), ("a", A_PHRASE), ("A", A_PHRASE)]
SPECIAL_STARTS += [(month[0], month[1:]) for month in MONTHS]
SPECIAL_STARTS += [
    (first, f"(?i:{word[1:-4]})-?fold\\b") for word in FOLD for first in (word[0], word[0].upper())
]
SPECIAL_STARTS += [(code[0], code[1:] + r"(?:\W{0,2}|&nbsp;)[$\d]") for code in CODES]
SPECIAL_STARTS += [
    (first, f"(?i:{word[1:]})\\b") for word in SPELLED for first in (word[0], word[0].upper())
]
SPECIAL_WORD = by_first_letter(SPECIAL_STARTS)
# Letters no special word starts with: a word opening with one skips the test above.
PLAIN_INITIAL = "".join(sorted(set(string.ascii_letters) - {head for head, _ in SPECIAL_STARTS}))
WORD = rf"[{PLAIN_INITIAL}][A-Za-z]*+(?![-.]?\d)|(?!{SPECIAL_WORD})[A-Za-z]++(?![-.]?\d)"
# Punctuation and spaces, underscores and non-ASCII letters (`é`) are taken in, because no
# expression starts there; so is a hyphen between two letters (`full-time`). The ASCII class
# is one bitmap test per character, where `\w` would cost a Unicode lookup.
ASCII_GAP = r"[^0-9A-Za-z$+\-<`\[\]&\\\x80-\U0010ffff]"  # a backslash opens "\pounds"
OTHER_GAP = rf"[^\x00-\x7f\d£€₹¥{currencies.SIGNS}−±–]"  # (an en dash may be a minus: "–18 %")
# Filler: words and the gaps after them (one round of the loop each), ordinary words only (not
# special, not glued to a digit as in GPT-4). Consumed possessively since nothing after them
# can make them give back.
FILLER = rf"(?:(?:{WORD}|{OTHER_GAP}++|(?<=[A-Za-z])-(?=[A-Za-z])){ASCII_GAP}*+|{ASCII_GAP}++)++"
SCANNER = re.compile(
    rf"{FILLER}|(?P<date>{DATE})|(?P<skip>{SKIP})|(?P<cur>{CUR})|(?P<pct>{PCT})|(?P<mult>{MULT})"
    rf"|(?P<size>{SIZE})|(?P<ratio>{RATIO})|(?P<dur>{DUR})|(?P<words>{WORDS})|(?P<share>{SHARE})"
    rf"|(?P<wtimes>{WORD_TIMES})|(?P<wcount>{WORD_COUNT})|(?P<onein>{ONE_IN})|(?P<spoken>{SPOKEN})"
    rf"|(?P<plain>{PLAIN})|(?P<alnum>{ALNUM})|[A-Za-z]+"
)
