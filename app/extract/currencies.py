"""The currencies the extractor knows, in one table: what a newcomer adds a currency to.

A currency's ISO code is read before a figure ("KES 180,000") and after it ("45,000 TWD"), in
a column's header ("| NOK |", "Median KES/hour") and as the unit of a table's caption; its
`names` after a figure ("980,000 forints") and in speech ("fifty thousand naira"). Its marks
and scale words ("₹", "R$", "만원") stay with the grammar that reads them (`grammar.CUR_SYM`,
`grammar.CUR_SCALE`). What the table says of each currency's pay sets how its amounts are
read:
- `modest_year`: a modest year's pay there (a fresher's or junior's): a smaller amount said to
  be a year's is a part of one or a month's, and pay quoted by the month lies below it;
- `fortune`: an amount no one's yearly pay reaches (about five million dollars' worth, ₹100
  crore, ₩10 billion): a round of funding or a valuation; None where the dollar's five million
  serves;
- `by_month`: pay there is quoted by the month (Singapore, the Gulf, the Nordics, central
  Europe, Latin America ...), so an amount of a month's size is a month's;
- `dotted`: thousands there are grouped by dots or spaces ("€75.000", "26 000 zł");
- `mills`: its amounts have three decimals ("OMR 1,650.000"), where any other money's three
  digits after a dot are thousands ("USD 5.800");
- `marks`: its own signs, written before a figure or after it ("₾9,500", "9,500 ₾"), and its
  abbreviations, written before one ("JD 1,350", "KD 800");
- `coded`: whether its ISO code alone, before or after a figure, is the money (not the dram's
  AMD, a chipmaker's name: "8 AMD GPUs").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Currency:
    code: str
    modest_year: float = 40_000
    fortune: float | None = None
    by_month: bool = False
    dotted: bool = False
    names: tuple[str, ...] = ()  # how people say it: "naira", "kroner"
    mills: bool = False  # counted in thousandths, three decimals: "OMR 1,650.000"
    marks: tuple[str, ...] = ()  # "₾", "JD"
    coded: bool = True


# fmt: off
CURRENCIES = (
    # the dollars, the pound, the euro and the rupee of issue 2's guides
    Currency("USD", names=("dollars", "bucks")),
    Currency("GBP", names=("pounds", "quid")),
    Currency("EUR", dotted=True, names=("euros",)),
    Currency("INR", modest_year=8e5, fortune=1e9, names=("rupees",)),
    Currency("CAD"), Currency("AUD"), Currency("NZD"),
    Currency("SGD", by_month=True),
    Currency("HKD", fortune=4e7),
    Currency("CHF", by_month=True, dotted=True, names=("francs",)),  # (and by thirteen months)
    # the Gulf, where pay is quoted by the month (and three dinars' modest year is small)
    Currency("AED", by_month=True, names=("dirhams",)),
    Currency("SAR", by_month=True, names=("riyals",)),
    Currency("QAR", by_month=True, marks=("QR",)),
    Currency("JOD", modest_year=8e3, fortune=3.5e6, by_month=True, mills=True, marks=("JD",)),
    Currency("KWD", modest_year=8e3, by_month=True, mills=True, marks=("KD",)),
    Currency("BHD", modest_year=8e3, by_month=True, mills=True, marks=("BD",)),
    Currency("OMR", modest_year=8e3, by_month=True, mills=True),
    # the Nordics and central and eastern Europe
    Currency("SEK", modest_year=3e5, fortune=5e7, by_month=True, dotted=True, names=("kronor",)),
    Currency("NOK", modest_year=3.5e5, fortune=5e7, by_month=True, dotted=True, names=("kroner",)),
    Currency("DKK", modest_year=3e5, fortune=3.5e7, by_month=True, dotted=True),
    Currency("ISK", modest_year=5e6, fortune=7e8, by_month=True, dotted=True),
    Currency("PLN", modest_year=1e5, fortune=2e7, by_month=True, dotted=True,
             names=("zloty", "zlotys")),
    Currency("CZK", modest_year=5e5, fortune=1.2e8, by_month=True, dotted=True, names=("koruna",)),
    Currency("HUF", modest_year=6e6, fortune=2e9, by_month=True, dotted=True, names=("forints",)),
    Currency("RON", modest_year=8e4, by_month=True, dotted=True),
    Currency("BGN", modest_year=2.5e4, fortune=9e6, by_month=True, dotted=True),
    Currency("RSD", modest_year=1.2e6, fortune=5.5e8, by_month=True, dotted=True,
             names=("dinars",)),
    Currency("UAH", modest_year=5e5, fortune=2e8, by_month=True, dotted=True, names=("hryvnias",),
             marks=("₴",)),
    Currency("RUB", modest_year=1.5e6, fortune=5e8, by_month=True, dotted=True,
             names=("roubles", "rubles"), marks=("₽",)),
    Currency("TRY", modest_year=1.5e6, fortune=2e8, by_month=True, dotted=True, names=("lira",),
             marks=("₺",)),
    Currency("ILS", modest_year=2.5e5, fortune=2e7, by_month=True, names=("shekels",),
             marks=("₪",)),
    # Latin America
    Currency("BRL", modest_year=1e5, fortune=3e7, by_month=True, dotted=True, names=("reais",)),
    Currency("MXN", modest_year=4e5, fortune=1e8, by_month=True, dotted=True, names=("pesos",)),
    Currency("CLP", modest_year=2e7, fortune=5e9, by_month=True, dotted=True),
    Currency("COP", modest_year=8e7, fortune=2e10, by_month=True, dotted=True),
    Currency("ARS", modest_year=2e7, fortune=5e9, by_month=True, dotted=True),
    Currency("UYU", modest_year=5e5, fortune=2e8, by_month=True, dotted=True),
    Currency("CRC", modest_year=6e6, fortune=2.5e9, by_month=True, names=("colones",),
             marks=("₡",)),
    Currency("PEN", fortune=2e7, by_month=True, names=("soles",)),
    # Africa
    Currency("ZAR", modest_year=3e5, fortune=1e8, by_month=True, names=("rand",)),
    Currency("NGN", modest_year=5e6, fortune=1e10, by_month=True, names=("naira",), marks=("₦",)),
    Currency("KES", modest_year=1e6, fortune=6.5e8, by_month=True, names=("shillings",)),
    Currency("EGP", modest_year=6e5, fortune=2.5e8, by_month=True),
    Currency("GHS", fortune=7.5e7, by_month=True, names=("cedis",), marks=("₵", "GH₵", "GH¢")),
    Currency("UGX", modest_year=1.5e7, fortune=1.8e10, by_month=True),
    Currency("TZS", modest_year=1.2e7, fortune=1.2e10, by_month=True),
    Currency("XOF", modest_year=2.4e6, fortune=3e9, by_month=True),
    Currency("MAD", modest_year=6e4, fortune=5e7, by_month=True, dotted=True),
    # Asia
    Currency("JPY", modest_year=4e6, fortune=1e9, names=("yen",)),
    Currency("KRW", modest_year=3e7, fortune=1e10, marks=("₩",)),
    Currency("CNY", modest_year=2e5, fortune=3.5e7, by_month=True, names=("yuan", "renminbi")),
    Currency("TWD", modest_year=6e5, fortune=1.6e8, by_month=True),
    Currency("MYR", fortune=2.5e7, by_month=True, names=("ringgit",)),
    Currency("PHP", modest_year=7e5, fortune=3e8, by_month=True, marks=("₱", "Php")),
    Currency("IDR", modest_year=1e8, fortune=1e11, by_month=True, dotted=True),
    Currency("THB", modest_year=6e5, fortune=2e8, by_month=True, names=("baht",), marks=("฿",)),
    Currency("VND", modest_year=2.5e8, fortune=1e11, by_month=True, dotted=True, marks=("₫",)),
    Currency("KZT", modest_year=3e6, fortune=2.5e9, by_month=True, names=("tenge",), marks=("₸",)),
    Currency("PKR", modest_year=1.5e6, fortune=1.4e9, by_month=True),
    Currency("BDT", modest_year=5e5, fortune=6e8, by_month=True, marks=("৳",)), Currency("NPR"),
    Currency("LKR", modest_year=2e6, fortune=1.5e9, by_month=True),
    Currency("MNT", modest_year=2.5e7, fortune=1.7e10, by_month=True, names=("tugriks",),
             marks=("₮",)),
    Currency("KHR", modest_year=3e7, fortune=2e10, by_month=True, names=("riels",), marks=("៛",)),
    Currency("LAK", modest_year=1.5e8, fortune=1e11, by_month=True, names=("kip",), marks=("₭",)),
    Currency("MMK", modest_year=1.5e7, fortune=1e10, by_month=True, names=("kyat",)),
    # the Caucasus and Central Asia
    Currency("GEL", modest_year=2.4e4, fortune=1.4e7, by_month=True, names=("lari",), marks=("₾",)),
    Currency("AMD", modest_year=3e6, fortune=2e9, by_month=True, names=("drams", "dram"),
             marks=("֏",), coded=False),  # (AMD: a chipmaker)
    Currency("AZN", modest_year=1.4e4, fortune=8.5e6, by_month=True, names=("manat",),
             marks=("₼",)),
    Currency("UZS", modest_year=1e8, fortune=6e10, by_month=True, names=("so'm", "soum", "som")),
    Currency("KGS", modest_year=6e5, fortune=4.4e8, by_month=True),
    # and more of the Middle East, Africa, Europe and the Americas
    Currency("IQD", modest_year=1e7, fortune=6.5e9, by_month=True),
    Currency("TND", modest_year=2.4e4, fortune=1.5e7, by_month=True),
    Currency("DZD", modest_year=1e6, fortune=6.7e8, by_month=True),
    Currency("ETB", modest_year=3e5, fortune=6.5e8, by_month=True, names=("birr",)),
    Currency("RWF", modest_year=6e6, fortune=7e9, by_month=True),
    Currency("ZMW", modest_year=1.2e5, fortune=1.3e8, by_month=True, names=("kwacha",)),
    Currency("MUR", modest_year=4e5, fortune=2.3e8, by_month=True),
    Currency("XAF", modest_year=2.4e6, fortune=3e9, by_month=True),
    Currency("BYN", modest_year=2.4e4, fortune=1.6e7, by_month=True),
    Currency("MDL", modest_year=1.2e5, fortune=9e7, by_month=True),
    Currency("MKD", modest_year=4e5, fortune=2.8e8, by_month=True, dotted=True),
    Currency("BOB", modest_year=6e4, fortune=3.5e7, by_month=True),
    Currency("PYG", modest_year=6e7, fortune=3.7e10, by_month=True, dotted=True, marks=("₲",)),
    Currency("GTQ", modest_year=6e4, fortune=3.8e7, by_month=True, names=("quetzales",)),
    Currency("DOP", modest_year=5e5, fortune=3e8, by_month=True),
    Currency("JMD", modest_year=1.5e6, fortune=7.8e8),
    Currency("TTD", modest_year=8e4, fortune=3.4e7, by_month=True),
)
# fmt: on
BY_CODE = {currency.code: currency for currency in CURRENCIES}
CODES = tuple(currency.code for currency in CURRENCIES if currency.coded)
# the codes as a regular expression's alternation (the caller puts the word boundaries)
CODE_ALTERNATION = "|".join(CODES)
DOTTED_CODES = "|".join(c.code for c in CURRENCIES if c.dotted)
# every currency's names, and the code each names
NAMED = {name: c.code for c in CURRENCIES for name in c.names}
NAME_ALTERNATION = "|".join(sorted(NAMED, key=len, reverse=True))
# every currency's marks, and the code each marks: its signs ("₾"), which a figure may follow or
# precede, and its abbreviations ("JD"), which only open one
MARKED = {mark: c.code for c in CURRENCIES for mark in c.marks}
SIGNS = "".join(mark for mark in MARKED if len(mark) == 1)  # a character class's members
ABBREVIATIONS = "|".join(sorted((m for m in MARKED if len(m) > 1), key=len, reverse=True))


def modest_year(code: str) -> float:
    """A modest year's pay in the currency: ₹8 lakh is a fresher's CTC, ₩30M and NT$600,000 a
    junior's; 40,000 in dollars, pounds, euros and the currencies the table says nothing of."""
    currency = BY_CODE.get(code)
    return currency.modest_year if currency else 40_000


def fortune(code: str) -> float | None:
    """An amount in the currency that no one's yearly pay reaches, where the table names one."""
    currency = BY_CODE.get(code)
    return currency.fortune if currency else None


def by_month(code: str) -> bool:
    """Whether pay in the currency is quoted by the month."""
    currency = BY_CODE.get(code)
    return currency is not None and currency.by_month


def dotted(code: str) -> bool:
    """Whether the currency's amounts group their thousands by dots or spaces."""
    currency = BY_CODE.get(code)
    return currency is not None and currency.dotted


def in_mills(code: str) -> bool:
    """Whether the currency counts its amounts in thousandths (three decimals)."""
    currency = BY_CODE.get(code)
    return currency is not None and currency.mills
