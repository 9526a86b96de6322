"""Extraction: number grammar, kinds, table labels and the things that are not claims."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract import EXTRACTOR_VERSION, ClaimCandidate, currencies, extract_claims
from tests.test_extract_markup import GRAMMAR_IN_CONTEXT


def only_kind(text: str, quote: str) -> ClaimCandidate:
    claims = [c for c in extract_claims(text) if c.quote == quote]
    assert len(claims) == 1, [c.quote for c in extract_claims(text)]
    return claims[0]


def only(text: str) -> ClaimCandidate:
    claims = extract_claims(text)
    assert len(claims) == 1, [c.quote for c in claims]
    return claims[0]


GRAMMAR = [
    # sentence, quote, kind, low, high, unit, period
    (
        "Senior AI engineers earn $240K to $320K.",
        "$240K to $320K",
        "salary",
        240e3,
        320e3,
        "USD",
        "year",
    ),
    ("Junior (0-2 years): $110-140K", "$110-140K", "salary", 110e3, 140e3, "USD", "year"),
    (
        "The average salary is $140,000 - $180,000.",
        "$140,000 - $180,000",
        "salary",
        140e3,
        180e3,
        "USD",
        "year",
    ),
    ("UK engineers earn £60K-£90K.", "£60K-£90K", "salary", 60e3, 90e3, "GBP", "year"),
    ("In Berlin the salary is €70K–€95K.", "€70K–€95K", "salary", 70e3, 95e3, "EUR", "year"),
    ("Indian salaries run ₹25L-₹40L.", "₹25L-₹40L", "salary", 25e5, 40e5, "INR", "year"),
    ("Principal pay reaches ₹80L-₹1.5Cr.", "₹80L-₹1.5Cr", "salary", 80e5, 1.5e7, "INR", "year"),
    ("Freshers earn 12-18 LPA in Bengaluru.", "12-18 LPA", "salary", 12e5, 18e5, "INR", "year"),
    (
        "Toronto salaries are CAD $120K-$160K.",
        "CAD $120K-$160K",
        "salary",
        120e3,
        160e3,
        "CAD",
        "year",
    ),
    ("Singapore pays SGD $90K-$130K.", "SGD $90K-$130K", "salary", 90e3, 130e3, "SGD", "year"),
    ("Offshore seniors charge $45-80/hr.", "$45-80/hr", "salary", 45, 80, "USD", "hour"),
    (
        "A contractor earns $250 to $400 per hour.",
        "$250 to $400 per hour",
        "salary",
        250,
        400,
        "USD",
        "hour",
    ),
    ("Inference costs $12,000/month today.", "$12,000/month", "money", 12e3, 12e3, "USD", "month"),
    (
        "It can set you back a quarter million dollars in fees.",
        "a quarter million dollars",
        "money",
        250e3,
        250e3,
        "USD",
        None,
    ),
    ("Founders waste $200K hiring too early.", "$200K", "money", 200e3, 200e3, "USD", None),
    ("They share about 20 percent of a skill tree.", "20 percent", "percent", 20, 20, "%", None),
    ("87% of companies have experimented with AI.", "87%", "percent", 87, 87, "%", None),
    (
        "Response rates have dropped below 4 percent.",
        "below 4 percent",
        "percent",
        None,
        4,
        "%",
        None,
    ),
    (
        "A founding engineer gets up to 5 percent equity.",
        "up to 5 percent",
        "percent",
        None,
        5,
        "%",
        None,
    ),
    ("AI Startups: +25% YoY", "+25% YoY", "growth", 25, 25, "%", None),
    (
        "Roles requiring evals grew 40% year over year.",
        "40% year over year",
        "growth",
        40,
        40,
        "%",
        None,
    ),
    (
        "You can shave 15 to 25 percent off the ranges.",
        "15 to 25 percent",
        "growth",
        15,
        25,
        "%",
        None,
    ),
    ("A cascade can reduce costs by 40-60% without loss.", "40-60%", "growth", 40, 60, "%", None),
    ("Scores reach 95.5% accuracy in tests.", "95.5%", "metric", 95.5, 95.5, "%", None),
    ("Demand shows 3.5X growth since 2022.", "3.5X", "growth", 3.5, 3.5, "x", None),
    ("Teams ship 10-20X faster.", "10-20X", "multiplier", 10, 20, "x", None),
    ("Offshore gives a 3-4× cost advantage.", "3-4×", "multiplier", 3, 4, "x", None),
    (
        "Founders outperform recruiters roughly 3 to 1 for hires.",
        "3 to 1",
        "multiplier",
        3,
        3,
        "x",
        None,
    ),
    (
        "Within two hours, 500 applicants had clicked apply.",
        "two hours",
        "duration",
        2,
        2,
        "hours",
        None,
    ),
    (
        "Offers reached two hundred thousand dollars.",
        "two hundred thousand dollars",
        "salary",
        200_000,
        200_000,
        "USD",
        "year",
    ),
    (
        "The search took a hundred and forty days.",
        "a hundred and forty days",
        "duration",
        140,
        140,
        "days",
        None,
    ),
    (
        "The wrong hire can cost you nine months of runway.",
        "nine months",
        "duration",
        9,
        9,
        "months",
        None,
    ),
    (
        "The field was formally established at the 1956 Dartmouth workshop.",
        "1956",
        "year",
        1956,
        1956,
        "year",
        None,
    ),
    (
        "Staff / Principal (7+ years): $220-320K+",
        "$220-320K+",
        "salary",
        220e3,
        320e3,
        "USD",
        "year",
    ),
    (
        "Some apps generate more than 1TB daily of data.",
        "more than 1TB daily",
        "metric",
        1,
        1,
        "TB/day",
        None,
    ),
    (
        "F1 scores drop below 0.85 without clean pipelines.",
        "below 0.85",
        "metric",
        None,
        0.85,
        "F1",
        None,
    ),
    # thousands grouped by spaces, no-break or thin spaces, or dots, where a currency is written
    ("A Warsaw senior earns 26 000 zł a month.", "26 000 zł a month", "salary", 26e3, 26e3, "PLN",
     "month"),
    ("Kraków offers run PLN 18 000–24 000 per month.", "PLN 18 000–24 000 per month", "salary",
     18e3, 24e3, "PLN", "month"),
    ("A Paris senior earns 65\u202f000 € per year.", "65\u202f000 € per year", "salary", 65e3, 65e3,
     "EUR", "year"),
    ("Senior pay in Bucharest is 22.000 lei a month.", "22.000 lei a month", "salary", 22e3, 22e3,
     "RON", "month"),
    ("In Kyiv, seniors earn 180 000 грн per month.", "180 000 грн per month", "salary", 180e3,
     180e3, "UAH", "month"),
    ("Offers reach ARS 4.800.000 a month.", "ARS 4.800.000 a month", "salary", 4.8e6, 4.8e6, "ARS",
     "month"),
    ("Mexico City seniors earn MXN 95,000 monthly.", "MXN 95,000 monthly", "salary", 95e3, 95e3,
     "MXN", "month"),
    ("A Prague senior earns 95 000 Kč a month.", "95 000 Kč a month", "salary", 95e3, 95e3, "CZK",
     "month"),  # the K of Kč is no thousand
    ("Istanbul seniors earn 120.000 ₺ a month.", "120.000 ₺ a month", "salary", 120e3, 120e3, "TRY",
     "month"),
    # points of a percentage that changed, where a sign or a change says so
    ("Acceptance is 64%. Last year it was 45%, so +19 points.", "+19 points", "growth", 19, 19, "%",
     None),
    ("61% of listings included a range, up 5 points in a year.", "5 points", "growth", 5, 5, "%",
     None),
    ("A 73% acceptance rate, about 10 points better than the company's.", "10 points", "growth", 10,
     10, "%", None),
    ("Staff at a frontier lab: total comp of half a million.", "half a million", "salary", 5e5, 5e5,
     "USD", "year"),
    ("A lead at a product company can earn three times what a lead at a services firm earns.",
     "three times", "multiplier", 3, 3, "x", None),
    ("There were 2.4 posted openings for every unemployed AI engineer.", "2.4", "multiplier", 2.4,
     2.4, "x", None),
    ("I get 300 resumes for every senior ML role.", "300", "count", 300, 300, "count", None),
    ("As a premium, that is a move from 11% to 23%.", "23%", "growth", 23, 23, "%", None),
    ("For the last two years I built LLM systems.", "two years", "duration", 2, 2, "years", None),
    # a period said around the amount
    ("MLE II at a US bank, S$9,000 base x 14, bonus 15%.", "S$9,000", "salary", 9e3, 9e3, "SGD",
     "month"),
    ("The pass needs your fixed monthly salary to clear S$5,600.", "S$5,600", "salary", 5600, 5600,
     "SGD", "month"),
    ("Hourly rates clustered at $25–40 for generalist ML work.", "$25–40", "salary", 25, 40, "USD",
     "hour"),
    ("The rate was $38 an hour and the median monthly invoice $5,200.", "$5,200", "money", 5200,
     5200, "USD", "month"),
    # a cost counted by what it is paid for, not pay
    ("Benefits averaged $19,800 per employee per year.", "$19,800", "money", 19800, 19800, "USD",
     "year"),
    ("Counsel typically bills $6,000–$9,000 per petition.", "$6,000–$9,000", "money", 6000, 9000,
     "USD", None),
    ("Against my last teaching salary, my pay has more than doubled.", "more than doubled",
     "growth", 2, 2, "x", None),
    # a change or a gap, not a share
    ("Time-to-hire fell to 38 days, from 52 days, a 27% improvement.", "27%", "growth", 27, 27, "%",
     None),
    ("A 1BR was ~S$2,800 in 2021. That's up something like 45%.", "45%", "growth", 45, 45, "%",
     None),
    ("Melbourne is usually about 5-10% behind Sydney.", "5-10%", "growth", 5, 10, "%", None),
    ("Remote-US roles usually come in about 10% under SF.", "10%", "growth", 10, 10, "%", None),
    ("Pay has grown at a compound rate of 6.9% a year.", "6.9%", "growth", 6.9, 6.9, "%", None),
    ("Your marginal rate is 27% under the new regime.", "27%", "percent", 27, 27, "%", None),
    # a threshold or limit a rule sets is money; a pay threshold is a year's unless said
    ("The Blue Card salary threshold for IT specialists is €45,934 for 2026.", "€45,934", "money",
     45934, 45934, "EUR", "year"),
    ("RRSP contributions: the 2026 limit is $33,810.", "$33,810", "money", 33810, 33810, "USD",
     None),
    # a range's unit said once after "between", at both ends, or in a local word for thousands
    ("Most of my batchmates are between 7 and 12 LPA.", "7 and 12 LPA", "salary", 7e5, 12e5, "INR",
     "year"),
    ("Contract: $70/hr–$90/hr, remote.", "$70/hr–$90/hr", "salary", 70, 90, "USD", "hour"),
    ("Senior pay in Warsaw is 21–27 tys. zł a month.", "21–27 tys. zł a month", "salary", 21e3,
     27e3, "PLN", "month"),
    ("Seniors in Kyiv earn ₴160 000–₴200 000 a month.", "₴160 000–₴200 000 a month", "salary",
     160e3, 200e3, "UAH", "month"),
    ("Seniors earn $11\u00a0000 a month.", "$11\u00a0000 a month", "salary", 11e3, 11e3, "USD",
     "month"),
    ("In São Paulo, seniors earn US$ 4.800 a month.", "US$ 4.800 a month", "salary", 4800, 4800,
     "USD", "month"),
    # currencies named in words, as talks and posts say them
    ("In Warsaw he earns about twenty thousand zloty a month.", "twenty thousand zloty a month",
     "salary", 2e4, 2e4, "PLN", "month"),
    ("Stockholm seniors earn 75 to 95 thousand kronor a month.",
     "75 to 95 thousand kronor a month", "salary", 75e3, 95e3, "SEK", "month"),
    ("A senior in Tokyo earns nine million yen a year.", "nine million yen a year", "salary", 9e6,
     9e6, "JPY", "year"),
    ("A Warsaw senior earns 12.500 zloty a month.", "12.500 zloty a month", "salary", 12500, 12500,
     "PLN", "month"),  # a currency in words groups by dots as its code does
    ("We expect the count to land between 39,000 and 43,000, and time to fill to rise.",
     "39,000 and 43,000", "count", 39e3, 43e3, "count", None),
    ("Prompt engineer postings were cut in half from a year ago.", "half", "growth", 50, 50, "%",
     None),
    ("About half of them left within a year.", "half", "percent", 50, 50, "%", None),
    ("<td>8&ndash;12&nbsp;%</td>", "8&ndash;12&nbsp;%", "percent", 8, 12, "%", None),
    # multiples: "fivefold" and "5-fold" after a change; "twice as fast" compares two rates
    ("RAG mentions grew fivefold in a year.", "fivefold", "growth", 5, 5, "x", None),
    ("Postings grew 2.5-fold.", "2.5-fold", "growth", 2.5, 2.5, "x", None),
    ("My nominal pay went up roughly 7x.", "7x", "growth", 7, 7, "x", None),
    ("AI base pay grew almost twice as fast as ML pay.", "twice", "multiplier", 2, 2, "x", None),
    # forum shorthand in a thread that writes pay in lakhs: lakhs and rupees, not dollars
    ("Offers at 28 LPA, ₹32L and 30 LPA. Staff is 1.1 Cr TC (62 base, rest RSU).", "62", "salary",
     6.2e6, 6.2e6, "INR", "year"),
    ("Offers at 28 LPA, ₹32L and 30 LPA. In-hand is ~85k/month.", "85k", "salary", 85e3, 85e3,
     "INR", "month"),
    ("Base is S$13.5k/mth before bonus.", "S$13.5k/mth", "salary", 13.5e3, 13.5e3, "SGD", "month"),
    # a difference between two pay figures is an amount of money, not pay
    ("Candidates with a master's were offered about $9,000 more on average.", "$9,000", "money",
     9e3, 9e3, "USD", "year"),  # more pay: a year's
    ("He got a $20K raise on his base.", "$20K", "money", 20e3, 20e3, "USD", "year"),
    ("She got a $20K signing bonus.", "$20K", "money", 20e3, 20e3, "USD", None),
    ("L6 is where the metros diverge most: a $40K–$50K gap at the band edges.", "$40K–$50K",
     "money", 40e3, 50e3, "USD", None),
    # a year dates a person's own milestone, or a policy's notice
    ("Delacroix-Obi joined the freight company in 2018.", "2018", "year", 2018, 2018, "year",
     None),
    ("She moved to London in 2022 on a Skilled Worker visa.", "2022", "year", 2022, 2022, "year",
     None),
    ("Hanne Sørlie left a PhD programme in Trondheim in 2019.", "2019", "year", 2019, 2019, "year",
     None),
    ("Karnataka's GCC policy, notified in 2024, targets 500 new centres.", "2024", "year", 2024,
     2024, "year", None),
    # but a post of dollars in a thread with some lakhs stays in dollars
    ("Bengaluru, 28 LPA + 3L var. Pune, 22 LPA.\n\nSeattle, L5, 210 base / 90 stock / 30 bonus. TC"
     " ~$330k, up from $290k.\n\nAustin: $185k base, $40k stock.", "90", "money", 90e3, 90e3,
     "USD", "year"),
    ("Staff MLE | 9 yoe | 72 base + 15% bonus | NP 90. Others: 28 LPA, 30 LPA, ₹32L.", "72",
     "salary", 72e5, 72e5, "INR", "year"),
    # scales: German millions, lakh crore, a "-plus" that opens a figure
    ("Kernwerk raised €42 Mio. in its Series B.", "€42 Mio.", "money", 42e6, 42e6, "EUR", None),
    ("GCCs earned ₹5.5 lakh crore in revenue.", "₹5.5 lakh crore", "money", 5.5e12, 5.5e12, "INR",
     None),
    ("The report surveyed 1,150 HR and business leaders.", "1,150", "count", 1150, 1150, "count",
     None),  # HR: human resources, not hours
    ("Salary: ₹ 70-95 Lacs P.A. for leads.", "₹ 70-95 Lacs P.A.", "salary", 7e6, 9.5e6, "INR",
     "year"),
    ("Total cost is $418K annualised, across 23 people.", "$418K", "money", 418e3, 418e3, "USD",
     "year"),
    # changes named by their verb or noun, and amounts paid once or as a penalty
    ("I'd expect base salaries to fall 15 to 25 percent in real terms.", "15 to 25 percent",
     "growth", 15, 25, "%", None),
    ("I would not be surprised to see a correction of 15-20% next year.", "15-20%", "growth", 15,
     20, "%", None),
    ("We expect AI salary inflation to moderate to 4–5% in 2026.", "4–5%", "growth", 4, 5, "%",
     None),
    ("For senior engineers we now pay a $7,500 referral bonus.", "$7,500", "money", 7500, 7500,
     "USD", None),
    ("The bond is 2 years, with a ₹2 lakh penalty if you leave.", "₹2 lakh", "money", 2e5, 2e5,
     "INR", None),
    ("London, AI engineer: £95k base, £20k RSU/yr, no bonus.", "£20k", "money", 20e3, 20e3, "GBP",
     "year"),
    ("Die Warmmiete beträgt 1.450 € monatlich.", "1.450 € monatlich", "money", 1450, 1450, "EUR",
     "month"),  # a rent
    # currency codes written before the figure
    ("Leads earn HKD 1,300,000 a year.", "HKD 1,300,000 a year", "salary", 1.3e6, 1.3e6, "HKD",
     "year"),
    ("In Shanghai seniors earn RMB 700,000 a year.", "RMB 700,000 a year", "salary", 7e5, 7e5,
     "CNY", "year"),
    # cover, fines and fees beside pay words are nobody's pay
    ("Family health cover of ₹10 lakh for senior engineers.", "₹10 lakh", "money", 1e6, 1e6,
     "INR", None),
    ("A senior engineer who skips it faces a penalty of ₹10 lakh.", "₹10 lakh", "money", 1e6, 1e6,
     "INR", None),
    # a job ad's floor of experience is a count of years; a span of tenure stays a duration
    ("  • 4+ years building and deploying ML systems", "4+ years", "count", 4, 4, "years", None),
    ("  • at least 2 years with LLMs / GenAI in production", "at least 2 years", "count", 2, 2,
     "years", None),
    ("💼 4 - 8 Years        ₹ 32-48 Lacs P.A.", "4 - 8 Years", "count", 4, 8, "years", None),
    ("An L-1 visa requires at least one year with the employer abroad.", "at least one year",
     "duration", 1, 1, "years", None),
    ("Production experience takes at least 3 years of shipping.", "at least 3 years", "duration",
     3, 3, "years", None),
    ("Exercise is extended for employees with 3+ years of tenure.", "3+ years", "duration", 3, 3,
     "years", None),
    # savings and a gap between two offers are money, not anyone's pay
    ("The savings are real, roughly $500K a year against Plan B.", "$500K a year", "money",
     500e3, 500e3, "USD", "year"),
    ("• Average counteroffer gap: $95K in total comp, mostly RSUs", "$95K", "money", 95e3, 95e3,
     "USD", "year"),
    # crores in a chat's lower case
    ("my manager's manager (director, 16 yrs) is at 1.8 cr TC.", "1.8 cr", "salary", 18e6, 18e6,
     "INR", "year"),
    # a change named by a noun: "a rise of", "a drop of"
    ("The median went from ₹23.4 LPA to ₹27.5 LPA, a rise of 17.5%. Juniors barely moved.",
     "17.5%", "growth", 17.5, 17.5, "%", None),
    ("Postings saw a drop of 12% in March.", "12%", "growth", 12, 12, "%", None),
    # a dot leader joins a label to its amount; an amount pay moved by is money
    ("Learning budget ............. $2,500 / year (conferences, courses, books)",
     "$2,500 / year", "money", 2500, 2500, "USD", "year"),
    ("Cost to company (CTC) ............................ ₹38,50,000", "₹38,50,000", "salary",
     3.85e6, 3.85e6, "INR", "year"),
    ("Quick summary: we moved base up by $8,000 and increased the sign-on.", "$8,000", "money",
     8000, 8000, "USD", "year"),
    # French typography: thin spaces group thousands, no-break spaces stand around the dash
    ("Ingénieur ML confirmé, 58\u202f000\u00a0–\u00a068\u202f000\u00a0€ brut annuel.",
     "58\u202f000\u00a0–\u00a068\u202f000\u00a0€", "salary", 58e3, 68e3, "EUR", "year"),
    ("Ingénieur ML, 45\u00a0k€ brut annuel.", "45\u00a0k€", "salary", 45e3, 45e3, "EUR", "year"),
    # the currency table's marks and names: lari, Jordanian dinars, so'm in millions ("mln")
    ("Offer A is ₾9,500 gross a month.", "₾9,500", "salary", 9500, 9500, "GEL", "month"),
    ("Mid engineers earn JD 1,200–1,600 a month.", "JD 1,200–1,600 a month", "salary", 1200, 1600,
     "JOD", "month"),
    ("Seniors now earn 38–52 mln so'm a month.", "38–52 mln so'm a month", "salary", 38e6, 52e6,
     "UZS", "month"),
    # a share is no end of a band: "every JD 5,000 to 25%"
    ("Brackets step up by 5% every JD 5,000 to 25%.", "JD 5,000", "money", 5000, 5000, "JOD",
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "quote", "kind", "low", "high", "unit", "period"),
    GRAMMAR + GRAMMAR_IN_CONTEXT,
    ids=[row[0][:48] for row in GRAMMAR + GRAMMAR_IN_CONTEXT],
)
def test_extract_reads_the_number_grammar(
    sentence: str,
    quote: str,
    kind: str,
    low: float | None,
    high: float,
    unit: str,
    period: str | None,
) -> None:
    claims = [c for c in extract_claims(sentence) if c.quote == quote]
    assert len(claims) == 1, [c.quote for c in extract_claims(sentence)]
    claim = claims[0]
    assert (claim.kind, claim.low, claim.high, claim.unit, claim.period) == (
        kind, low, high, unit, period,
    )  # fmt: skip
    assert sentence[claim.start : claim.end] == quote


@pytest.mark.parametrize("code", currencies.CODES)
def test_extract_reads_every_known_currency_by_its_code_before_and_after_a_figure(
    code: str,
) -> None:
    for sentence in (f"The fee is {code} 50,000 a month.", f"The fee is 50,000 {code} a month."):
        got = [(c.low, c.unit, c.period) for c in extract_claims(sentence)]
        assert got == [(50e3, code, "month")], sentence


@pytest.mark.parametrize("mark", currencies.MARKED)
def test_extract_reads_every_currency_mark_of_the_table_before_a_figure(mark: str) -> None:
    sentence = f"The fee is {mark} 50,000 a month."
    got = [(c.low, c.unit, c.period) for c in extract_claims(sentence)]
    assert got == [(50e3, currencies.MARKED[mark], "month")], sentence


@pytest.mark.parametrize("sign", currencies.SIGNS)
def test_extract_reads_every_currency_sign_of_the_table_after_a_figure(sign: str) -> None:
    sentence = f"The fee is 50,000 {sign} a month."
    got = [(c.low, c.unit, c.period) for c in extract_claims(sentence)]
    assert got == [(50e3, currencies.MARKED[sign], "month")], sentence


def test_extract_reads_a_chipmakers_name_as_no_money_but_the_dram_by_its_name() -> None:
    got = [
        (c.quote, c.unit)
        for c in extract_claims("We bought 8 AMD GPUs; rent is 250,000 drams a month.")
    ]
    assert got == [("8", "count"), ("250,000 drams a month", "AMD")]


def test_extract_reads_a_rate_written_as_an_equation_without_its_one() -> None:
    got = [(c.quote, c.kind, c.unit) for c in extract_claims("Rate used: ₹83 = USD 1.")]
    assert got == [("₹83", "metric", "INR/USD")]


def test_extract_skips_a_clause_number_and_reads_no_loan_as_pay() -> None:
    clause = "5.1  The total outlay is 250 crore rupees over five years."
    assert [c.quote for c in extract_claims(clause)] == ["250 crore rupees", "five years"]
    loan = only_kind("The loan is repaid in 12 instalments of $500.", "$500")
    assert (loan.kind, loan.period) == ("money", None)


SPOKEN_AMOUNTS = [
    # a transcript's spoken pay: sentence, quote, kind, low, high, unit, period
    # the scale said once, at the low end
    ("A senior engineer is looking at maybe a hundred and fifty grand to one-eighty.",
     "a hundred and fifty grand to one-eighty", "salary", 150e3, 180e3, "USD", "year"),
    ("They came back with a forty-thousand-dollar raise on the spot.", "forty-thousand-dollar",
     "money", 40e3, 40e3, "USD", None),
    ("Senior base is about one-eighty to two-twenty.", "one-eighty to two-twenty", "salary",
     180e3, 220e3, "USD", "year"),
    # auto-captions drop the hyphens: "one fifty" is 150, not 51
    ("so mid level base is like one fifty to one eighty k", "one fifty to one eighty k", "salary",
     150e3, 180e3, "USD", "year"),
    ("Total comp at a startup is maybe three hundred grand.", "three hundred grand", "salary",
     300e3, 300e3, "USD", "year"),
    ("Mid-level gets twelve thousand Singapore dollars a month.",
     "twelve thousand Singapore dollars a month", "salary", 12e3, 12e3, "SGD", "month"),
    ("A mid-level engineer is getting twenty-eight to thirty-two lakh.",
     "twenty-eight to thirty-two lakh", "salary", 28e5, 32e5, "INR", "year"),
    ("Base was four to six hundred thousand Singapore dollars.",
     "four to six hundred thousand Singapore dollars", "salary", 4e5, 6e5, "SGD", "year"),
    ("Median total comp was two hundred and forty thousand.", "two hundred and forty thousand",
     "salary", 240e3, 240e3, "USD", "year"),
    ("London base is ninety thousand pounds, and contractors bill seven-twenty a day.",
     "seven-twenty a day", "salary", 720, 720, "GBP", "day"),
    ("We made about eleven hundred placements.", "eleven hundred", "count", 1100, 1100, "count",
     None),
    # hundreds said as pay in thousands where the words around them speak of pay
    ("The midpoint for a senior title came in at two eighteen.", "two eighteen", "salary",
     218e3, 218e3, "USD", "year"),
    ("He was making a hundred and forty to a hundred and seventy, base.",
     "a hundred and forty to a hundred and seventy", "salary", 140e3, 170e3, "USD", "year"),
    ("The median posted midpoint for a senior engineer in the metro was a hundred sixty-two "
     "thousand five hundred.", "a hundred sixty-two thousand five hundred", "salary", 162.5e3,
     162.5e3, "USD", "year"),
    # a range said fast, its ends parted by a comma
    ("Senior people are at one-thirty, one-forty, and more.", "one-thirty, one-forty", "salary",
     130e3, 140e3, "USD", "year"),
    ("Seniors with LLM work in production are paid ten, eleven thousand a month.",
     "ten, eleven thousand a month", "salary", 10e3, 11e3, "USD", "month"),
    ("Remote for a US company, I see one-ten to one-thirty Canadian, so you're fine.",
     "one-ten to one-thirty Canadian", "money", 110e3, 130e3, "CAD", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "quote", "kind", "low", "high", "unit", "period"), SPOKEN_AMOUNTS
)
def test_extract_reads_amounts_said_aloud(
    sentence: str, quote: str, kind: str, low: float, high: float, unit: str, period: str | None
) -> None:
    claims = [c for c in extract_claims(sentence) if c.quote == quote]
    assert [(c.kind, c.low, c.high, c.unit, c.period) for c in claims] == [
        (kind, low, high, unit, period)
    ]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        ("We use two US pay zones.", []),  # a country, not its dollars
        ("Thirty-one of them answered.", [("Thirty-one", "count")]),  # a count, no amount
        ("I asked for a hundred.", []),  # a hundred of what?
        ("We met at one fifteen.", []),  # a time, no pay
        ("She said the offer was one forty one fifty.", []),  # two pairs run together
        ("The dollar was worth a dollar twenty-five Canadian.", []),  # a rate, said aloud
        ("Raises were twenty, twenty-five percent.", [("twenty-five percent", "growth")]),
        (
            "Fewer than 40 offers in a sample of over four thousand.",  # offers counted
            [("Fewer than 40", "count"), ("over four thousand", "count")],
        ),
    ],
)
def test_extract_reads_no_amount_in_number_words_that_say_none(
    sentence: str, claims: list[tuple[str, str]]
) -> None:
    assert [(c.quote, c.kind) for c in extract_claims(sentence)] == claims


@pytest.mark.parametrize(
    ("sentence", "quote", "low", "high", "open_high"),
    [
        ("Staff and principal engineers can pass $800K.", "$800K", 800e3, 800e3, True),
        ("Top-tier IIT offers for ML roles cleared ₹28 LPA.", "₹28 LPA", 28e5, 28e5, True),
        ("Viele Senior-Gehälter liegen bei mehr als 95.000 € im Jahr.", "95.000 €", 95e3, 95e3,
         True),
        ("La part variable dépasse rarement, moins de 20 % du fixe.", "20 %", None, 20, False),
        # a threshold that a sum passes is no bound of it
        ("Register for VAT once taxable turnover passes £90,000.", "£90,000", 90e3, 90e3, False),
    ],
)  # fmt: skip
def test_a_bound_named_before_a_figure_stays_out_of_its_quote(
    sentence: str, quote: str, low: float | None, high: float, open_high: bool
) -> None:
    claims = [c for c in extract_claims(sentence) if c.quote == quote]
    assert [(c.low, c.high, c.open_high) for c in claims] == [(low, high, open_high)]


@pytest.mark.parametrize(
    ("sentence", "quote", "open_high"),
    [
        ("Engineers with over 10 years of experience lead.", "over 10 years", True),
        ("It took over two years.", "over two years", True),
        ("An RSU grant of $400K vesting over four years.", "four years", False),
        ("The part-time track spreads the same material over 32 weeks.", "32 weeks", False),
        ("Postings were up 2.4x over two years.", "two years", False),
        ("Expect 40 to 60 percent growth over five years.", "five years", False),
        ("Offer: $182K base and $240K in RSUs over 4 years.", "4 years", False),
        ("- ESOPs, vesting 25% a year over 4 years.", "4 years", False),
        ("Placement drives were conducted over 9 months.", "9 months", False),
        ("She has been at level 3 for over three years.", "over three years", True),
        ("For anything over three months I offer a weekly rate.", "over three months", True),
    ],
)
def test_over_bounds_a_duration_unless_it_spans_a_change_or_a_payment(
    sentence: str, quote: str, open_high: bool
) -> None:
    claims = [c for c in extract_claims(sentence) if c.kind in ("duration", "count")]
    assert [(c.quote, c.open_high) for c in claims] == [(quote, open_high)]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("In London the top decile clears A$1,800/day.", "A$1,800/day"),
        ("A few staff engineers can clear £180,000 per annum.", "£180,000 per annum"),
        ("Staff offers are crossing Rs. 1.2 crore.", "Rs. 1.2 crore"),
        ("Median senior pay crossed €120k this year.", "crossed €120k"),
        ("Senior engineers at GCCs cross ₹60 LPA.", "cross ₹60 LPA"),
        ("Specialists can push past $250 per hour.", "push past $250 per hour"),
        ("Expect to go past €120.000 for a lead.", "go past €120.000"),
    ],
)
def test_a_figure_cleared_or_crossed_is_open_upwards(sentence: str, quote: str) -> None:
    claim = only(sentence)
    assert (claim.quote, claim.open_high, claim.low) == (quote, True, claim.high)


def test_extract_reads_a_plus_written_as_a_word_as_open_upwards() -> None:
    claim = only("Leads in London now earn £130k-plus.")
    assert (claim.quote, claim.high, claim.open_high) == ("£130k-plus", 130e3, True)


def test_extract_marks_open_ranges() -> None:
    claim = only("Staff engineers: $220-320K+")
    assert (claim.low, claim.high, claim.open_high) == (220e3, 320e3, True)
    assert only("Prompt engineers are paid a median of $120K+ in US markets.").open_high


def test_extract_reads_counts_that_look_like_codes_where_their_words_count() -> None:
    got = [(c.quote, c.kind) for c in extract_claims("The survey drew 10178 responses in Berlin.")]
    assert got == [("10178", "count")]
    got = [(c.quote, c.kind) for c in extract_claims("results.csv (2,318 rows, anonymised)")]
    assert got == [("2,318", "count")]


def test_extract_reads_a_raise_as_money_and_a_yearly_change_as_growth() -> None:
    band, added = extract_claims("- Senior: $240K to $320K. Add $40K if they have shipped agents.")
    assert (band.kind, band.period) == ("salary", "year")
    assert (added.quote, added.kind, added.period) == ("$40K", "money", "year")
    assert only("Median pay rose by $20K YoY across the market.").kind == "growth"


NOT_CLAIMS = [
    "1. Programming Excellence comes first",
    "Step 1: Build Foundational Knowledge",
    "Week 1: Foundation",
    "Layer 2 skills matter more than Layer 1 skills.",
    "Compare GPT-4o, GPT-5 and Claude on eight H100s after CS229.",
    "Series B and Series C startups pay more in equity.",
    "In 2026, the AI engineer is a product engineer.",
    "Published: April 22, 2026 | Author: Jane",
    "2025-01-19",
    "9 min read",
    "Mon-Fri, 8AM-12PM EST",
    "See https://example.com/photo-1522071820081?w=800&q=80 for more.",
    "Fortune 500",
    '"Your feature costs $12,000/month in inference. The budget is $4,000/month. How?"',
    "- Your RAG system is wrong 30 percent of the time. How do you debug this?",
    "Canada medians in release 2025.1 were overstated; see **2026.2** for the fix.",
    "Autor, D. (2003). Quarterly Journal of Economics 118(4): 1279--1333.",
    "See Deming (2017), pp. 1593-1640, on social skills.",
    "We use postings collected 2023--2026.",
    "Advertised ranges lag accepted offers by a quarter or more.",
    "Northgate Labour Institute · ISBN 978-1-9164-2207-5 · Enquiries: monitor@example.org",
    "Helpline: 1800-419-7720 (Mon–Sat)",
    "Questions? Call 1-800-555-0142 today.",
    "Between 2019 and 2023 the team grew slowly.",
    "Phone: +91 40 2300 4512  |  Mobile: 98480 22117  |  placements@example.in",
    "**Share 48** · Tweet · LinkedIn",
    "Like 37 · Comment 9 · Restack",
    "Load 11 more comments",
    "Version: 1.2        Date of issue: 30 July 2026",
    "LPA means lakhs per annum; ₹1 lakh is ₹1,00,000 and ₹1 crore is 100 lakh.",
    "Markets are still tightening, though no longer at the pace of the past two years.",
    "Postings were counted in the twelve months to September.",
    "I asked three times what the band was.",
    "Created: 09/Sep/26 10:42 AM   Updated: 16-Sep-2026 4:05 PM",
    "Readers who joined a public company in 2022 said their grant fell.",  # a group's time frame
    "Centres opened at a pace of more than four a week.",  # a rate of things, no pay
    # contacts, references, addresses, attachments and chart ticks
    "Phone: 020-6744 2100",
    "Job ID: 061126500123     Reference: VYO/ML/2026/041",
    "Address: Tower B, Viman Nagar, Pune, Maharashtra - 411014",
    "Kestrel AI GmbH · Rosenthaler Straße 40, 10178 Berlin",
    "Attachments: Offer_Letter_v2.pdf (214 KB), Benefits_Summary.pdf",
    "  x-axis: $0K   $50K   $100K   $150K",
]


@pytest.mark.parametrize(
    "text",
    [
        "At 71% of the threshold, an application has to score at least 40 points.",
        "**u/ml_bhaiya** · 312 points · 13h: 40% of my batch got offers.",
        "Satisfaction rose 12 points this year.",  # no percentage near: a score
    ],
)
def test_extract_reads_points_as_a_change_of_a_percentage_only_where_one_is_said(text: str) -> None:
    assert [c.quote for c in extract_claims(text) if "point" in c.quote] == []


def test_extract_groups_thousands_by_spaces_only_where_a_currency_is_written() -> None:
    claims = extract_claims("Headcount by site was 120 350 410 people; we saw 12 500 applicants.")
    assert [c.quote for c in claims] == ["120", "350", "410", "12", "500"]


@pytest.mark.parametrize("text", NOT_CLAIMS, ids=[t[:40] for t in NOT_CLAIMS])
def test_extract_ignores_non_claims(text: str) -> None:
    assert [c.quote for c in extract_claims(text)] == []


def test_extract_skips_front_matter_and_code_blocks() -> None:
    text = (
        '---\ntitle: "Pay guide"\nexcerpt: "Engineers earn $150K."\nreading_time: "14 min read"\n'
        "---\n\n# Pay guide\n\n```python\nsalary = 150_000  # 15% bonus\n```\n\n"
        "Engineers earn $150K on average.\n"
    )
    claims = extract_claims(text)
    assert [(c.quote, c.start) for c in claims] == [("$150K", text.rindex("$150K"))]


CELL_TABLE = (
    "Global Salary Comparison\n\nLocation\n\nEntry-Level\n\nSenior\n\nUS (SF/NY)\n\n"
    "$160K-$200K\n\n$280K-$380K\n\nUK\n\n£60K-£90K\n\n£90K-£130K\n\nNext section\n"
)


def test_extract_reads_one_cell_per_line_tables_with_row_and_column_labels() -> None:
    claims = extract_claims(CELL_TABLE)
    got = [(c.quote, c.qualifiers["row"], c.qualifiers["column"], c.qualifiers["level"],
            c.qualifiers["region"]) for c in claims]  # fmt: skip
    assert got == [
        ("$160K-$200K", "US (SF/NY)", "Entry-Level", "junior", "us-sf-ny"),
        ("$280K-$380K", "US (SF/NY)", "Senior", "senior", "us-sf-ny"),
        ("£60K-£90K", "UK", "Entry-Level", "junior", "uk"),
        ("£90K-£130K", "UK", "Senior", "senior", "uk"),
    ]
    assert claims[0].context == "US (SF/NY)\n\n$160K-$200K\n\n$280K-$380K"


@pytest.mark.parametrize("label", ["Junior (0-2 yrs)", "Junior (2+ years)", "Junior (n=412)"])
def test_extract_reads_cell_tables_whose_row_labels_hold_figures_in_brackets(label: str) -> None:
    text = (
        "ML engineer pay, UK\n\nLevel\n\nLondon\n\nRegions\n\n"
        f"{label}\n\n£48k-£62k\n\n£36k-£48k\n\nSenior (5-8 yrs)\n\n£90k-£120k\n\n£70k-£90k\n"
    )
    claims = extract_claims(text)
    got = [(c.quote, c.kind, c.qualifiers["row"], c.qualifiers["column"]) for c in claims]
    assert got == [
        ("£48k-£62k", "salary", label, "London"),
        ("£36k-£48k", "salary", label, "Regions"),
        ("£90k-£120k", "salary", "Senior (5-8 yrs)", "London"),
        ("£70k-£90k", "salary", "Senior (5-8 yrs)", "Regions"),
    ]


@pytest.mark.parametrize("figure", ["£36k-£48k", "$120K", "40%", "5 years", "1,200"])
def test_extract_leaves_a_plus_on_the_next_line_to_the_next_figure(figure: str) -> None:
    claims = extract_claims(f"Level\nBase\nYoY\nJunior\n{figure}\n+4.1%\n")
    assert [(c.quote, c.open_high) for c in claims] == [(figure, False), ("+4.1%", False)]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Senior\n£93k\n-2.1%\n", ["£93k", "-2.1%"]),
        ("- 41% will grow headcount in 2026\n- 27% will hire offshore\n", ["41%", "27%"]),
        ("Pay rose to $35K\n- 1 in 4 got more\n", ["$35K", "1 in 4"]),
    ],
)
def test_extract_joins_no_range_across_a_dash_that_opens_a_line(
    text: str, quotes: list[str]
) -> None:
    assert [c.quote for c in extract_claims(text)] == quotes


def test_extract_reads_bare_table_figures_in_the_unit_the_words_before_the_table_name() -> None:
    text = (
        "## Results\n\nMedians, USD per year, rounded to the nearest thousand.\n\n"
        "| Level | n | Median base |\n|---|---|---|\n| Senior | 341 | 204,000 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("341", "count", 341, "count", None),
        ("204,000", "salary", 204e3, "USD", "year"),
    ]


def test_extract_reads_a_tables_figures_in_the_unit_the_words_before_it_declare() -> None:
    text = (
        "All figures below are in Rs. lakh per annum unless stated otherwise:\n\n"
        "| Component | Associate ML Engineer | Data Science Trainee |\n|---|---|---|\n"
        "| Fixed Pay | 7.20 | 5.40 |\n| Total CTC | 9.50 | 6.65 |\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("7.20", 720e3, "INR", "year"),
        ("5.40", 540e3, "INR", "year"),
        ("9.50", 950e3, "INR", "year"),
        ("6.65", 665e3, "INR", "year"),
    ]


def test_extract_reads_ten_thousands_written_in_traditional_characters_in_taiwan_dollars() -> None:
    text = (
        "# 台北 offers\n\n我現在的月薪 8.1萬，新的 offer 年薪 165萬。"
        "The Taipei offer is NT$97萬 per year; 年終 and 分紅 come on top of 月薪.\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("8.1萬", "salary", 81e3, "TWD", "month"),
        ("165萬", "salary", 165e4, "TWD", "year"),
        ("NT$97萬 per year", "salary", 97e4, "TWD", "year"),
    ]


def test_extract_reads_bare_dollars_as_the_home_countrys_where_the_us_is_named_in_passing() -> None:
    places = "Melbourne pay is up. " * 3 + "Sydney and Brisbane too. " * 3
    text = f"{places}Unlike the US, day rates in Melbourne are $1,000-$1,300/day plus GST."
    got = [(c.quote, c.unit) for c in extract_claims(text)]
    assert got == [("$1,000-$1,300/day", "AUD")]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The IT income-tax exemption (in place since 2001) no longer applies.", "2001"),
        ("A 4% surtax (voter-approved in 2022) applies on income over $1M.", "2022"),
        ("She has been in the industry since 2011.", "2011"),
    ],
)
def test_extract_reads_a_year_a_state_has_held_since_or_a_measure_was_approved_in(
    sentence: str, year: str
) -> None:
    assert (year, "year") in [(c.quote, c.kind) for c in extract_claims(sentence)]


def test_extract_reads_thousands_grouped_by_a_no_break_space_in_a_tables_unit() -> None:
    text = (
        "Base pay, NOK thousands per year.\n\n| Level | Median | p75 |\n|---|---|---|\n"
        "| Senior | 1\u00a0100–1\u00a0300 | 1\u00a0180 |\n"
    )
    got = [(c.low, c.high, c.unit) for c in extract_claims(text)]
    assert got == [(11e5, 13e5, "NOK"), (118e4, 118e4, "NOK")]


def test_extract_reads_dot_leader_lines_in_the_unit_the_words_above_them_declare() -> None:
    text = (
        "Compensation (all amounts in Saudi Riyals, per month unless stated otherwise)\n\n"
        "Basic Salary ............................ 26,000\n"
        "Total Monthly Gross Salary .............. 35,100\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [("26,000", 26e3, "SAR", "month"), ("35,100", 35100, "SAR", "month")]


def test_extract_reads_percentile_columns_as_the_statistic_of_the_rows_quantity() -> None:
    text = (
        "Base salary, CAD thousands per year.\n\n"
        "Role / level               | 25th pct | Median | 75th pct\n"
        "ML engineer, junior        | 72       | 79     | 88\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("72", "salary", 72e3, "CAD", "year"),
        ("79", "salary", 79e3, "CAD", "year"),
        ("88", "salary", 88e3, "CAD", "year"),
    ]


@pytest.mark.parametrize(
    "declaration",
    [
        "> All band figures on this page are in **₹ lakh per annum, fixed CTC** unless noted.",
        "```python\n# all pay figures below: INR lakh, fixed, PER YEAR\n```",
        "Every pay figure in this card is **yearly pay in lakh (INR)**, i.e. before tax.",
    ],
)
def test_extract_reads_pay_columns_in_the_unit_a_page_declares_for_all_its_figures(
    declaration: str,
) -> None:
    table = "| Grade | Offers | Min | Max |\n|---|---|---|---|\n| E1 | 12 | 9.5 | 15 |\n"
    text = f"{declaration}\n\n{table}"
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("12", "count", 12, "count", None),
        ("9.5", "salary", 950e3, "INR", "year"),
        ("15", "salary", 15e5, "INR", "year"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "open_high"),
    [
        ("Total packages above **$900K** are no longer rare.", "$900K", True),
        ("Seniors earn $150K + $20K bonus.", "$150K", False),
        ("The course costs ₹1,49,000 + 18% GST.", "₹1,49,000", False),
        ("Seniors earn $150K+ with equity.", "$150K+", True),
    ],
)
def test_extract_reads_a_bound_across_emphasis_and_no_bound_in_a_sum(
    text: str, quote: str, open_high: bool
) -> None:
    claims = [c for c in extract_claims(text) if c.quote == quote]
    assert [c.open_high for c in claims] == [open_high]


def test_extract_reads_total_pay_in_a_label_before_the_statistic_that_opens_it() -> None:
    text = (
        "## ML engineer pay, US\n\n| Level | Median base | Median total comp |\n|---|---|---|\n"
        "| Senior | $204,000 | $286,000 |\n\n- median TC: $214K\n"
    )
    got = [(c.quote, c.qualifiers["basis"]) for c in extract_claims(text)]
    assert got == [("$204,000", "median"), ("$286,000", "total-comp"), ("$214K", "total-comp")]


def test_extract_reads_a_lead_unit_only_in_columns_of_amounts_and_levels_from_years() -> None:
    text = (
        "Medians computed from the posts. Amounts in LPA.\n\n"
        "| YOE band | Posts | Median fixed |\n|---|---|---|\n| 0–2 | 21 | 12 |\n| 10+ | 9 | 72 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.qualifiers.get("level")) for c in extract_claims(text)]
    assert got == [
        ("0–2", "count", 0, None),
        ("21", "count", 21, None),
        ("12", "salary", 12e5, "yoe-0-2"),
        ("10+", "count", 10, None),
        ("9", "count", 9, None),
        ("72", "salary", 72e5, "yoe-10+"),
    ]


def test_extract_reads_a_figure_a_verb_says_is_exceeded_as_open_upwards() -> None:
    claims = extract_claims("At AI labs the premium can exceed 40%.")
    assert [(c.quote, c.low, c.open_high) for c in claims] == [("40%", 40, True)]


PAY_THREAD = "London: our L5 band is £85-95k and the L6 band is £100–120k.\n\n"


def test_extract_reads_an_open_amount_as_pay_where_the_documents_pay_is_its_size() -> None:
    sentence = "Top candidate Tom H. wants £100k and is fine with hybrid."
    claim = extract_claims(PAY_THREAD + sentence)[-1]
    assert (claim.quote, claim.kind, claim.period) == ("£100k", "salary", "year")
    assert claim.qualifiers["region"] == "uk"  # read as pay, with pay's qualifiers
    alone = only(sentence)  # no pay figures around it: only an amount
    assert (alone.kind, alone.period) == ("money", None)
    small = extract_claims(PAY_THREAD + sentence.replace("£100k", "£5k"))[-1]
    assert (small.kind, small.period) == ("money", None)  # no one's yearly pay
    dollars = extract_claims(PAY_THREAD + sentence.replace("£100k", "$100k"))[-1]
    assert (dollars.kind, dollars.period) == ("money", None)  # pay here is in pounds


def test_extract_reads_a_bare_figure_where_a_thread_says_pay_in_thousands_by_its_pay() -> None:
    thread = "Bay Area, senior at a lab. TC is about $330k, $250k base.\n\n"
    claims = extract_claims(thread + "Chicago, principal. Two years ago I was at 240. Base is 340.")
    assert [(c.quote, c.kind, c.high, c.unit) for c in claims[2:]] == [
        ("240", "salary", 240e3, "USD"),
        ("340", "salary", 340e3, "USD"),
    ]
    alone = only("Chicago, principal. Two years ago I was at 240.")  # no pay said around it
    assert (alone.kind, alone.high) == ("count", 240)
    counted = extract_claims(thread + "The survey has 287 firms, up from 236 firms last year.")
    assert [(c.quote, c.kind) for c in counted[2:]] == [("287", "count"), ("236", "count")]


@pytest.mark.parametrize(
    "sentence",
    [
        "VAT registration kicks in once your turnover goes over £90,000.",
        "The two hires come to more than the £200k envelope.",
        "I invoiced £110,000 that year.",
        "| Level | New-hire grant (total value) |\n|---|---|\n| L5 | £110,000 |",
    ],
)
def test_extract_reads_no_pay_in_amounts_whose_words_say_what_else_they_are(sentence: str) -> None:
    claim = extract_claims(PAY_THREAD + sentence)[-1]
    assert (claim.kind, claim.period) == ("money", None)


def test_extract_reads_a_table_whose_columns_lost_their_spacing_by_its_caption() -> None:
    text = (
        "Table 3. Median base salary by role and country, 2025 (USD thousands)\n"
        "Role US UK India\n"
        "ML Engineer 165 98 38\n"
        "Research Engineer\n"
        "190 112 45\n"
    )
    claims = extract_claims(text)
    rows = [(c.quote, c.kind, c.high, c.unit, c.qualifiers.get("column")) for c in claims]
    assert rows[:4] == [
        ("165", "salary", 165e3, "USD", "US"),
        ("98", "salary", 98e3, "USD", "UK"),
        ("38", "salary", 38e3, "USD", "India"),
        ("190", "salary", 190e3, "USD", "US"),
    ]
    assert [c.qualifiers.get("row") for c in claims] == ["ML Engineer"] * 3 + [
        "Research Engineer"
    ] * 3
    lakhs = (
        "Table 1. CTC bands by employer type, India, 2026 (₹ LPA)\n\n"
        "Employer type Fresher Mid Senior\n"
        "IT services 4.5-9 12-20 22-35\n"
        "GCC 12-18 25-45 55-100\n"
    )
    first = extract_claims(lakhs)[0]
    assert (first.quote, first.kind, first.low, first.high, first.unit) == (
        "4.5-9", "salary", 4.5e5, 9e5, "INR",
    )  # fmt: skip


def test_extract_reads_a_captions_period_only_in_tables_whose_columns_name_none() -> None:
    text = (
        "Table 3.1  Permanent base salaries (£k) and contract day rates (£)\n\n"
        "Role                  London (£k)    Rest of UK (£k)    Contract day rate (£)\n"
        "ML Engineer           65–85          52–68              500–650\n"
        "Senior ML Engineer    90–120         72–95              650–850\n"
    )
    claims = extract_claims(text)
    assert [(c.quote, c.high, c.period) for c in claims[:3]] == [
        ("65–85", 85e3, "year"),
        ("52–68", 68e3, "year"),
        ("500–650", 650, "day"),
    ]


def test_extract_reads_bare_dollars_as_those_of_the_one_country_a_document_speaks_of() -> None:
    bulletin = (
        "Labour Market Bulletin: AI occupations, Canada\n\nCanadian employers posted more "
        "vacancies across Canada this quarter. The median offered wage was $58.25 an hour."
    )
    assert extract_claims(bulletin)[-1].unit == "CAD"
    compared = bulletin + " That is well below the United States."
    assert extract_claims(compared)[-1].unit == "USD"  # two dollar countries: said nowhere


def test_extract_reads_bare_dollars_as_the_one_dollar_a_document_writes_by_its_code() -> None:
    posting = (
        "We serve clients across Canada and the United States.\n\n"
        "The expected base salary range is $118,000 - $164,000 CAD annually.\n\n"
        "Adjacent levels (base, CAD):\n- Level 07: $96,000 - $134,000\n"
    )
    assert [claim.unit for claim in extract_claims(posting)] == ["CAD", "CAD"]
    offices = posting + "\nStaff offers out of San Francisco clear $400,000 in base.\n"
    assert extract_claims(offices)[-1].unit == "USD"  # a passage naming a US city: its own
    both = posting + "\nThe same role pays $150,000 USD in Seattle.\n"
    assert extract_claims(both)[1].unit == "USD"  # a document writing USD too: said nowhere
    thread = (
        "Toronto, CAD 148k base. Total is ~CAD 170k.\n\nNYC, applied ML, TC 310k.\n\n"
        "Seattle, staff MLE.\n\nSF, AI engineer.\n\nFreelance, US clients: $125/hr.\n"
    )
    assert extract_claims(thread)[-1].unit == "USD"  # a thread naming the US more than CAD


def test_extract_reads_a_header_lines_unit_only_for_the_column_it_names() -> None:
    text = (
        "Table 1: Job vacancies and median offered hourly wage, by province, Q3 2026\n\n"
        "Province       Vacancies   Change y/y   Vacancy rate   Median offered wage ($/hour)\n"
        "Ontario            6,940      +9.6%         4.4%           60.10\n"
        "Quebec             3,115     +11.2%         4.0%           54.75\n"
    )
    rows = [(c.quote, c.kind, c.unit, c.period) for c in extract_claims(text)]
    assert rows[0] == ("6,940", "count", "count", None)
    assert rows[3] == ("60.10", "salary", "USD", "hour")


def test_extract_reads_a_variable_column_beside_fixed_pay_as_a_years_money() -> None:
    text = (
        "| YOE | Role     | Fixed | Var  | TC   |\n|-----|----------|-------|------|------|\n"
        "| 1   | ML Engg  | 14L   | 1L   | 15L  |\n"
    )
    claims = {c.quote: (c.kind, c.high, c.period) for c in extract_claims(text)}
    assert claims["1L"] == ("money", 1e5, "year")
    assert claims["14L"] == ("salary", 14e5, "year")


def test_extract_reads_markdown_tables() -> None:
    text = (
        "## ML engineer pay\n\n| Level | US | India |\n|---|---|---|\n"
        "| Senior | $190K | ₹30-45 LPA |\n"
    )
    got = [(c.quote, c.kind, c.qualifiers["role"], c.qualifiers["region"], c.qualifiers["column"])
           for c in extract_claims(text)]  # fmt: skip
    assert got == [
        ("$190K", "salary", "ml-engineer", "us", "US"),
        ("₹30-45 LPA", "salary", "ml-engineer", "india-metro", "India"),
    ]


@pytest.mark.parametrize(
    ("header", "cell", "low", "unit", "period"),
    [
        ("Base (USD k)", "176", 176e3, "USD", "year"),
        ("Salary ($K)", "208.5", 208.5e3, "USD", "year"),
        ("Median TC (EUR k)", "81", 81e3, "EUR", "year"),
        ("Pay (£'000)", "95", 95e3, "GBP", "year"),
        ("CTC (₹ LPA)", "28", 28e5, "INR", "year"),
        ("Day rate (£)", "650", 650, "GBP", "day"),
        ("Pay (£ / day)", "650", 650, "GBP", "day"),
        ("Total (in USD thousands)", "1,250", 1.25e6, "USD", "year"),
    ],
)
def test_extract_reads_bare_cells_in_the_money_unit_their_column_header_names(
    header: str, cell: str, low: float, unit: str, period: str
) -> None:
    table = f"| Level | {header} | Offers (n) |\n|---|--:|--:|\n| Senior | {cell} | 377 |\n"
    text = "## Engineer pay\n\n" + table
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [(cell, "salary", low, unit, period), ("377", "count", 377, "count", None)]


def test_extract_reads_bare_cells_in_the_unit_the_tables_caption_names() -> None:
    text = (
        "## City-wise table (AI/ML engineer, CTC in LPA)\n\n| City | 0-2 yrs | Offers |\n"
        "|---|---|---|\n| Pune | 10-15 | 31 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.high, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("10-15", "salary", 10e5, 15e5, "INR", "year"),
        ("31", "count", 31, 31, "count", None),
    ]


def test_extract_reads_a_per_month_column_header_as_the_period_of_its_amounts() -> None:
    text = (
        "## Monthly base salary by level\n\n| Level | Singapore (S$ / month) |\n|---|---|\n"
        "| Senior | S$11,000 – 16,000 |\n"
    )
    got = [(c.quote, c.kind, c.unit, c.period) for c in extract_claims(text)]
    assert got == [("S$11,000 – 16,000", "salary", "SGD", "month")]


def test_extract_reads_a_rate_column_header_as_the_period_of_its_amounts() -> None:
    text = (
        "## Pay by state\n\n| State | Senior base | Contract day rate (ex GST) |\n|---|---|---|\n"
        "| NSW (Sydney) | A$185k–A$225k | A$1,150–A$1,500 |\n"
    )
    got = [(c.quote, c.unit, c.period, c.qualifiers["region"]) for c in extract_claims(text)]
    assert got == [
        ("A$185k–A$225k", "AUD", "year", "australia"),
        ("A$1,150–A$1,500", "AUD", "day", "australia"),
    ]


def test_extract_reads_a_units_row_under_the_header_as_the_columns_units() -> None:
    text = (
        "## Pay by city\n\n| City | Junior | Senior | Offers |\n|---|---|---|---|\n"
        "| | € brutto/year | € brutto/year | n |\n| Munich | 60.000 | 102.000 | 31 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("60.000", "salary", 60e3, "EUR", "year"),
        ("102.000", "salary", 102e3, "EUR", "year"),
        ("31", "count", 31, "count", None),
    ]


def test_extract_reads_a_fixed_width_table_by_the_columns_its_header_lines_up() -> None:
    text = (
        "Pay for open roles:\n\n"
        "  ROLE                   LEVEL    BASE (USD)           BONUS  EQUITY (4-YR GRANT)\n"
        "  ---------------------  -------  -------------------  -----  -------------------\n"
        "  AI Engineer, LLM apps  Senior   $195,000 - $235,000  15%    $250K - $400K\n"
    )
    got = [(c.quote, c.kind, c.qualifiers.get("column"), c.qualifiers.get("row"))
           for c in extract_claims(text)]  # fmt: skip
    assert got == [
        ("$195,000 - $235,000", "salary", "BASE (USD)", "AI Engineer, LLM apps"),
        ("15%", "percent", "BONUS", "AI Engineer, LLM apps"),
        ("$250K - $400K", "money", "EQUITY (4-YR GRANT)", "AI Engineer, LLM apps"),
    ]


def test_extract_reads_a_bonus_or_variable_column_as_money_beside_base_pay() -> None:
    text = (
        "| Level | Base | Target bonus | Variable (target) |\n|---|---|---|---|\n"
        "| Senior (L5) | $218,000 | $33,000 | $20,000 |\n"
    )
    assert [(c.quote, c.kind) for c in extract_claims(text)] == [
        ("$218,000", "salary"), ("$33,000", "money"), ("$20,000", "money"),
    ]  # fmt: skip


def test_extract_reads_bare_cells_in_the_continental_currency_their_header_names() -> None:
    text = (
        "| Level | Salary (PLN) | Salary (BRL) | Salary (MXN) |\n|---|---|---|---|\n"
        "| Senior | 26,000 | 28,000 | 95,000 |\n"
    )
    assert [(c.quote, c.kind, c.unit) for c in extract_claims(text)] == [
        ("26,000", "salary", "PLN"), ("28,000", "salary", "BRL"), ("95,000", "salary", "MXN"),
    ]  # fmt: skip


def test_extract_carries_a_period_past_the_change_from_the_amount_compared() -> None:
    text = (
        "At IIT Bombay, the average CTC for AI/ML offers was ₹34.2 lakh per annum, up 9% from "
        "₹31.4 lakh last year, against ₹24.6 lakh for all Phase 1 offers. Base was £118k, 10% "
        "target bonus, £15k sign-on."
    )
    got = [(c.quote, c.kind, c.period) for c in extract_claims(text) if c.unit in ("INR", "GBP")]
    assert got == [
        ("₹34.2 lakh per annum", "salary", "year"), ("₹31.4 lakh", "salary", "year"),
        ("₹24.6 lakh", "salary", "year"), ("£118k", "salary", "year"), ("£15k", "money", None),
    ]  # fmt: skip


def test_extract_reads_a_reports_indented_statistics_on_dot_leaders_not_as_code() -> None:
    text = (
        "2. KEY STATISTICS\n\n"
        "    Students registered for placement .................. 412\n"
        "    Students placed .................................... 381\n"
    )
    assert [(c.quote, c.kind) for c in extract_claims(text)] == [("412", "count"), ("381", "count")]


def test_extract_reads_a_header_lines_unit_only_in_the_columns_it_stands_under() -> None:
    text = (
        "3. PROGRAMME-WISE PLACEMENT\n\n"
        "    Programme          Registered  Placed  Highest   Median\n"
        "                                           (₹ LPA)   (₹ LPA)\n"
        "    ---------------------------------------------------------\n"
        "    B.Tech CSE            236       217      44.0      10.2\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text)]
    assert got == [
        ("236", "count", 236, "count"), ("217", "count", 217, "count"),
        ("44.0", "salary", 44e5, "INR"), ("10.2", "salary", pytest.approx(10.2e5), "INR"),
    ]  # fmt: skip


def test_extract_reads_place_columns_beside_one_that_names_its_currency_in_their_own() -> None:
    text = (
        "Table 2: 2026 salary bands by level and location\n"
        "(annual base salary; USD thousands unless the column says otherwise)\n\n"
        "| Level  | New York | Germany | London (GBP k) |\n|---|---|---|---|\n"
        "| Senior | 205–235  | 95–110  | 95–105         |\n"
    )
    got = [(c.quote, c.low, c.high, c.unit) for c in extract_claims(text)]
    assert got == [
        ("205–235", 205e3, 235e3, "USD"), ("95–110", 95e3, 110e3, "EUR"),
        ("95–105", 95e3, 105e3, "GBP"),
    ]  # fmt: skip


def test_extract_reads_a_table_laid_out_in_a_code_block_but_not_code() -> None:
    table = (
        "## Senior pay by stage\n\n```\nSTAGE        BASE (senior AI eng)    EQUITY (new hire)\n"
        "Seed         $165-195k               0.25-1.0%\n"
        "Series A     $180-215k               0.1-0.5%\n```\n"
    )
    code = "```python\nbase = 165_000  # $165K\nbonus = 0.15 * base\nprint(base)\n```\n"
    got = [(c.quote, c.qualifiers.get("column")) for c in extract_claims(table + "\n" + code)]
    assert got == [
        ("$165-195k", "BASE (senior AI eng)"),
        ("0.25-1.0%", "EQUITY (new hire)"),
        ("$180-215k", "BASE (senior AI eng)"),
        ("0.1-0.5%", "EQUITY (new hire)"),
    ]


def test_extract_reads_space_flattened_rows_with_role_columns() -> None:
    text = (
        "Dimension Software Engineer AI Engineer\nFocus Systems Models\n"
        "2026 salary (US) $130-180K (senior) $160-220K (senior)\n"
    )
    got = [
        (c.quote, c.kind, c.qualifiers["role"], c.qualifiers["level"]) for c in extract_claims(text)
    ]
    assert got == [
        ("$130-180K", "salary", "software-engineer", "senior"),
        ("$160-220K", "salary", "ai-engineer", "senior"),
    ]


def test_extract_gives_salary_qualifiers_from_item_label_and_headings() -> None:
    text = (
        "## Salary Ranges\n\nFor a US based hire, including base and cash bonus:\n\n"
        "- **Mid level AI engineer (3 to 5 years):** $180K to $240K.\n"
    )
    claim = next(c for c in extract_claims(text) if c.kind == "salary")
    assert {k: claim.qualifiers[k] for k in ("role", "level", "region", "basis")} == {
        "role": "ai-engineer", "level": "mid", "region": "us", "basis": "base+bonus",
    }  # fmt: skip
    assert claim.context == "**Mid level AI engineer (3 to 5 years):** $180K to $240K."
    assert claim.subject == "mid AI engineer base plus bonus, us"


def test_extract_anchors_quotes_with_prefix_and_suffix() -> None:
    text = "x" * 40 + " Roles grew 40% year over year in the cited analysis of jobs."
    claim = only(text)
    assert claim.prefix == text[claim.start - 32 : claim.start]
    assert claim.suffix == text[claim.end : claim.end + 32]
    assert text[claim.context_start :].startswith(claim.context)


def test_extractor_version_is_a_string() -> None:
    assert EXTRACTOR_VERSION.isdigit()


def _format_amount(value: int, style: str) -> tuple[str, float]:
    if style == "k":
        return f"${value}K", value * 1000.0
    if style == "comma":
        return f"${value * 1000:,}", value * 1000.0
    if style == "percent":
        return f"{value}%", float(value)
    return f"{value} percent", float(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Freshers get ₹9.8 LPA.", 980000.0),
        ("Seniors get ₹16.4 LPA.", 1640000.0),
        ("The team's budget is $4.1M.", 4100000.0),
        ("Tuition rose to $1.15K a month.", 1150.0),
    ],
)
def test_extract_gives_values_as_written_without_floating_point_tails(
    text: str, value: float
) -> None:
    (claim,) = extract_claims(text)
    assert (claim.low, claim.high) == (value, value)  # exactly: 980000.0, not 980000.0000000001


@given(
    value=st.integers(min_value=1, max_value=999),
    style=st.sampled_from(["k", "comma", "percent", "words"]),
)
@settings(max_examples=150, deadline=None)
def test_extract_round_trips_formatted_numbers(value: int, style: str) -> None:
    quote, expected = _format_amount(value, style)
    text = f"The reported figure was {quote} in the survey."
    claim = only(text)
    assert (claim.quote, claim.low, claim.high) == (quote, expected, expected)


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300))
@settings(max_examples=300, deadline=None)
def test_extract_never_raises_and_spans_quote_the_text(text: str) -> None:
    for claim in extract_claims(text):
        assert text[claim.start : claim.end] == claim.quote
        assert text[claim.context_start : claim.context_start + len(claim.context)] == claim.context
        assert claim.start >= claim.context_start


@given(
    st.lists(
        st.sampled_from(
            [
                "$",
                "120",
                "K",
                "-",
                "+",
                " ",
                "\n",
                "%",
                "x",
                "|",
                "to",
                "₹",
                "L",
                "Cr",
                "---",
                "#",
                "  • ",
                "1.",
                "years",
            ]
        ),
        max_size=60,
    )
)
@settings(max_examples=300, deadline=None)
def test_extract_survives_number_like_noise(parts: list[str]) -> None:
    text = "".join(parts)
    for claim in extract_claims(text):
        assert text[claim.start : claim.end] == claim.quote


def test_an_amount_said_aloud_is_in_the_currency_last_named_by_its_name() -> None:
    text = "Rent runs about nine thousand kronor. Seniors are paid around seventy thousand, base."
    said = only_kind(text, "seventy thousand")
    assert (said.kind, said.low, said.unit) == ("salary", 70e3, "SEK")


def test_extract_reads_kroner_as_the_money_of_the_country_a_page_speaks_of() -> None:
    text = (
        "Life in Copenhagen: Denmark is dear and Danish pay is high. The threshold was 78.800 "
        "kroner a month, and seniors are paid sixty-five to eighty-five thousand a month."
    )
    assert [c.unit for c in extract_claims(text)] == ["DKK", "DKK"]
    assert [c.unit for c in extract_claims("In Oslo a senior gets 78.800 kroner a month.")] == [
        "NOK"
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # millions with a small "m": pay where its words say so, in the money last named
        ("Gross: UGX 6,200,000/month. The poll's senior median is 7.5m, and take-home is 4.13m.",
         [("UGX 6,200,000/month", "money", 6.2e6, "UGX", "month"),
          ("7.5m", "salary", 7.5e6, "UGX", "month"), ("4.13m", "salary", 4.13e6, "UGX", "month")]),
        ("The app has ~1.2m monthly active users.", [("1.2m", "count", 1.2e6, "count", None)]),
        ("A 45m call, the 100m sprint, 3m notice.", []),  # minutes, metres and months
    ],
)  # fmt: skip
def test_extract_reads_millions_written_with_a_small_m(
    text: str, claims: list[tuple[str, str, float, str, str | None]]
) -> None:
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Median monthly salary: MXN $52,000.", [("MXN $52,000", 52e3, "MXN", "month")]),
        ("Allowance: Php 2,000–3,500 a month.", [("Php 2,000–3,500 a month", 2e3, "PHP", "month")]),
        ("Freelancers quote 350–500 € al día.", [("350–500 €", 350, "EUR", "day")]),
        ("Offer from a Pune GCC: ₹12.6 LPA fixed. On paper it is 12.6 L but the in-hand is only"
         " 83k.", [("₹12.6 LPA", 1.26e6, "INR", "year"), ("12.6 L", 1.26e6, "INR", None),
                   ("83k", 83e3, "INR", "month")]),
    ],
)  # fmt: skip
def test_extract_reads_the_money_and_period_of_local_ways_of_writing_pay(
    text: str, claims: list[tuple[str, float, str, str | None]]
) -> None:
    assert [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)] == claims


def test_extract_reads_a_job_ads_exp_label_as_years_of_experience() -> None:
    text = "- Exp: 3–5 yrs (GCC exp preferred)\n- Notice: 30 days\n"
    got = [(c.quote, c.kind, c.unit) for c in extract_claims(text)]
    assert got == [("3–5 yrs", "count", "years"), ("30 days", "duration", "days")]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # kronor written "kr", in the money of the Nordic country the page speaks of
        ("Gothenburg engineers in Sweden start at 38 000 to 42 000 kr a month; Swedish pay.",
         [("38 000 to 42 000 kr a month", 38e3, "SEK", "month")]),
        ("She got 45 000 kr/mån.", [("45 000 kr/mån", 45e3, "SEK", "month")]),
        # millions of dong written "tr" (triệu)
        ("Rent near the beach is 6–7tr/tháng.", [("6–7tr/tháng", 6e6, "VND", "month")]),
    ],
)  # fmt: skip
def test_extract_reads_kronor_and_dong_written_short(
    text: str, claims: list[tuple[str, float, str, str | None]]
) -> None:
    assert [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)] == claims
