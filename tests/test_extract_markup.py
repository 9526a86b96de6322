"""Extraction on real-world text: ranges and shares in words, markup that is not prose, kinds
that depend on the words around a number, and bounded work on one-line dumps."""

from __future__ import annotations

import pytest

from app.extract import extract_claims

_STATS_TABLE = (
    "ICT specialists in employment, 2025\n\n"
    "                 Number         Share of total    Change          Women among\n"
    "                 (thousands)    employment (%)    2024-2025 (%)   ICT specialists (%)\n"
    "EU               10 412         5.1               +4.3            19.6\n"
    "Estonia              47         7.0               -1.2            24.1\n"
)

# Read by test_extract.py's grammar test (the same assertions, with the span checked too).
GRAMMAR_IN_CONTEXT = [
    # sentence, quote, kind, low, high, unit, period
    ("Salaries cluster between $190K and $240K.", "$190K and $240K", "salary", 190e3, 240e3,
     "USD", "year"),
    ("Most teams spend between 20% and 30% of it.", "20% and 30%", "percent", 20, 30, "%", None),
    ("Agency fees run up to ₹12,00,000.", "up to ₹12,00,000", "money", None, 12e5, "INR", None),
    ("Stipends range from ₹40,000 to ₹1,00,000 a month.", "₹40,000 to ₹1,00,000 a month",
     "salary", 4e4, 1e5, "INR", "month"),
    ("| 10+ years | 55 LPA - 1 Cr |", "55 LPA - 1 Cr", "salary", 55e5, 1e7, "INR", "year"),
    ("| Big Tech | 70 LPA–₹1.1 Cr |", "70 LPA–₹1.1 Cr", "salary", 70e5, 11e6, "INR", "year"),
    ("Contractors in London charge £550-£750 p/d.", "£550-£750 p/d", "salary", 550, 750, "GBP",
     "day"),
    ("Most ML engineers earn between ₹9 LPA and ₹21 LPA.", "₹9 LPA and ₹21 LPA", "salary", 9e5,
     21e5, "INR", "year"),
    ("An ML engineer in India earns ₹14.2 Lakhs per annum.", "₹14.2 Lakhs per annum", "salary",
     142e4, 142e4, "INR", "year"),
    ("Day rates averaged £750, up from £680 a year ago.", "£680", "money", 680, 680, "GBP", None),
    ("India had roughly **4.2 lakh** working AI/ML professionals.", "4.2 lakh", "count", 42e4, 42e4,
     "count", None),
    ("| Route | Fees |\n|---|---|\n| Bootcamp | ₹1,49,000 + 18% GST |", "₹1,49,000", "money", 149e3,
     149e3, "INR", None),
    ("It can be paid as ₹12,999/month no-cost EMI.", "₹12,999/month", "money", 12999, 12999, "INR",
     "month"),
    ("Contract rates ranged from $110 to $165 per hour.", "$110 to $165 per hour", "salary", 110,
     165, "USD", "hour"),
    ('"Two years ago a senior ML engineer would expect ₹45 to 55 lakh a year," said Rao.',
     "₹45 to 55 lakh a year", "salary", 45e5, 55e5, "INR", "year"),
    ("My offer: 29L fixed, 3L variable.", "29L", "salary", 29e5, 29e5, "INR", "year"),
    ("The sign-on went from ₹5 L to ₹10 L.", "₹10 L", "money", 10e5, 10e5, "INR", None),
    ("Joining bonuses are usually 1.5-3L.", "1.5-3L", "money", 15e4, 3e5, "INR", None),
    ("Median pay rose to ₹32 LPA, up 18% from ₹27 LPA a year ago.", "₹27 LPA", "salary", 27e5,
     27e5, "INR", "year"),
    ("My base went from £78K to £92K, an 18% jump.", "£78K", "salary", 78e3, 78e3, "GBP", "year"),
    ("They doubled the sign-on from ₹5 L to ₹10 L.", "₹5 L", "money", 5e5, 5e5, "INR", None),
    ("Courses are available from $499.", "$499", "money", 499, 499, "USD", None),
    ("There is a standard deduction of ₹75,000 for salaried people.", "₹75,000", "money", 75e3,
     75e3, "INR", "year"),
    ("| Country | Median base 2026 |\n|---|---|\n| Switzerland | €138,000 |", "€138,000", "salary",
     138e3, 138e3, "EUR", "year"),
    ("My monthly in-hand was roughly ₹1.9 lakh after tax.", "₹1.9 lakh", "salary", 19e4, 19e4,
     "INR", "month"),
    ("India will need 1.2 lakh additional AI and ML professionals.", "1.2 lakh", "count", 12e4,
     12e4, "count", None),
    ("The median advertised base across the US listings we tracked was $176,000.", "$176,000",
     "salary", 176e3, 176e3, "USD", "year"),
    ("We reply to every application within 10 business days.", "10 business days", "duration", 10,
     10, "days", None),
    ("Seniors in Dubai earn AED 45,200 a month.", "AED 45,200 a month", "salary", 45200, 45200,
     "AED", "month"),
    ("| Level | Total (AED/year) |\n|---|---|\n| Senior | 336,000 - 456,000 |", "336,000 - 456,000",
     "salary", 336e3, 456e3, "AED", "year"),
    ("Zurich pays senior engineers CHF 140,000.", "CHF 140,000", "salary", 140e3, 140e3, "CHF",
     "year"),
    ("Income between £100,000 and £125,140 is effectively taxed at 60%.", "£100,000 and £125,140",
     "money", 100e3, 125140, "GBP", "year"),
    ("Senior offers land at ₹40–55 LPA fixed, plus 10% variable.", "₹40–55 LPA", "salary", 40e5,
     55e5, "INR", "year"),
    ("- RSUs: $60K over 4 years", "$60K", "money", 60e3, 60e3, "USD", None),
    ("| Level | Base | Sign-on |\n|---|---|---|\n| Senior | $205K | $50K |", "$50K", "money", 50e3,
     50e3, "USD", None),
    ("| Country | YoY change | Fully remote |\n|---|---|---|\n| US | +6% | 19% |", "19%",
     "percent", 19, 19, "%", None),
    ("| YOE band | Median hike on switch |\n|---|---|\n| 0–2 | 45% |", "45%", "growth", 45, 45,
     "%", None),
    ("Figures in ₹ lakh per annum.\n\n| Level | Fixed pay (median) |\n|---|---|\n| Senior | 44.0 |",
     "44.0", "salary", 44e5, 44e5, "INR", "year"),
    ("Engineers earn $150K&ndash;$190K.", "$150K&ndash;$190K", "salary", 150e3, 190e3, "USD",
     "year"),
    ("Remote offers pay US$170K–US$210K.", "US$170K–US$210K", "salary", 170e3, 210e3, "USD",
     "year"),
    ("AI now takes a quarter of all new hiring.", "a quarter", "percent", 25, 25, "%", None),
    ("About 1 in 4 applications came from AI roles.", "1 in 4", "percent", 25, 25, "%", None),
    ("Gross margin was 78.1%, down 90 basis points.", "90 basis points", "growth", 90, 90, "bps",
     None),
    ("The central bank cut rates by 25 bps in June.", "25 bps", "growth", 25, 25, "bps", None),
    ("Lumenfold is about nine hundred people now.", "nine hundred", "count", 900, 900, "count",
     None),
    ("We had eleven hundred applicants in two days.", "eleven hundred", "count", 1100, 1100,
     "count", None),
    ("The AI org is maybe a hundred and ten of those.", "a hundred and ten", "count", 110, 110,
     "count", None),
    ("There are a hundred and fifty thousand people in AI.", "a hundred and fifty thousand",
     "count", 15e4, 15e4, "count", None),  # guard: "thousand" is read with the hundreds
    ("The loop itself is four rounds.", "four", "count", 4, 4, "count", None),
    ("Engineers on 6- to 12-month contracts bill more.", "6- to 12-month", "duration", 6, 12,
     "months", None),
    ("It reached extraction F1 above 0.92.", "above 0.92", "metric", 0.92, 0.92, "F1", None),
    ("Of 406 employers, 53% expect it to stay flat and 6% expect reductions.", "6%", "percent",
     6, 6, "%", None),
    ("Pay will rise 4–6%, ahead of the 3.4% forecast for tech salaries.", "3.4%", "growth", 3.4,
     3.4, "%", None),  # guard: a forecast named after it is no one's answer
    ("Friends at similar banks are on €80-95k fixed plus variable.", "€80-95k", "salary", 8e4,
     95e3, "EUR", "year"),
    ("Senior ML Engineer, Paris. 72k€ fixe + 8% variable.", "72k€", "salary", 72e3, 72e3, "EUR",
     "year"),
    ("Technical audit: $4,500 fixed, delivered in 5 days.", "$4,500", "money", 4500, 4500, "USD",
     None),  # guard: a fixed price
    ("Northgate was founded in Manchester in 2004.", "2004", "year", 2004, 2004, "year", None),
    ("AlexNet won the ImageNet challenge in 2012.", "2012", "year", 2012, 2012, "year", None),
    ("The programme was wound up in 1976 without renewal.", "1976", "year", 1976, 1976, "year",
     None),
    ("A top rate of 45% kicks in above £125,140.", "45%", "percent", 45, 45, "%", None),
    ("The 30% slab applies only above ₹24 lakh.", "30%", "percent", 30, 30, "%", None),
    ("Headcount will rise by a median 15% in 2027, well below the 40% of 2025.", "15%",
     "growth", 15, 15, "%", None),  # guard: below another percentage, a change
    ("The margin of error is +/-1.7 percentage points.", "1.7 percentage points", "metric", 1.7,
     1.7, "%", None),
    ("She spends about a quarter of that time on evaluation.", "a quarter", "percent", 25, 25, "%",
     None),
    ("He took $190K base plus a $60K sign-on.", "$60K", "money", 6e4, 6e4, "USD", None),
    ("Contractors bill £650 p.d. outside IR35.", "£650 p.d.", "salary", 650, 650, "GBP", "day"),
    ("She earns £4,000 p.m. after tax.", "£4,000 p.m.", "salary", 4000, 4000, "GBP", "month"),
    ("Each point of revenue is roughly $4bn of annual cost.", "$4bn", "money", 4e9, 4e9, "USD",
     "year"),
    ("Remote roles fell by 9 percentage points.", "9 percentage points", "growth", 9, 9, "%",
     None),
    ("The average appraisal in 2025 was 9.2%.", "9.2%", "growth", 9.2, 9.2, "%", None),
    ("Income tax takes 20% up to the limit and 40% above that.", "40%", "percent", 40, 40, "%",
     None),
    ("A promotion comes with a £15,000 raise.", "£15,000", "money", 15e3, 15e3, "GBP", None),
    ("Contractors charge £600-£800 a day.", "£600-£800 a day", "salary", 600, 800, "GBP", "day"),
    ("Signing bonuses averaged $15,000 this year.", "$15,000", "money", 15e3, 15e3, "USD", None),
    ("An EOR costs $400 per employee per month.", "$400", "money", 400, 400, "USD", "month"),
    ("It requires a minimum monthly salary of S$5,600.", "S$5,600", "money", 5600, 5600, "SGD",
     "month"),  # a threshold, as "salary floor" is below: not anyone's pay
    ("It reached an F1 of 0.87 on the test set, while the baseline was 0.84.", "0.84", "metric",
     0.84, 0.84, "F1", None),
    ("Bonuses came with 38% of offers, down 3.1 pts on Q2.", "3.1 pts", "growth", 3.1, 3.1, "%",
     None),
    ("Remote offers fell to 17%, -6 pts on a year ago.", "-6 pts", "growth", -6, -6, "%", None),
    ("Portfolios got twice as many interviews.", "twice", "multiplier", 2, 2, "x", None),
    ("They got three times as many invitations.", "three times", "multiplier", 3, 3, "x", None),
    ("Open roles doubled between 2022 and 2024.", "doubled", "growth", 2, 2, "x", None),
    ("Median pay rose 1.4 times.", "1.4 times", "growth", 1.4, 1.4, "x", None),
    ("Eleven of the 63 had offers.", "Eleven", "count", 11, 11, "count", None),
    ("Of those, four of them stayed.", "four", "count", 4, 4, "count", None),
    ("Two-thirds were working within six months.", "Two-thirds", "percent", 200 / 3, 200 / 3,
     "%", None),
    ("Most earn between sixty and ninety thousand dollars.", "sixty and ninety thousand dollars",
     "salary", 60e3, 90e3, "USD", "year"),
    ("About 1 in 12 switched careers.", "1 in 12", "percent", 100 / 12, 100 / 12, "%", None),
    ("Tuition is paid in four instalments of $4,350.", "$4,350", "money", 4350, 4350, "USD",
     None),
    ("For pay, visa sponsorship adds £6,500 in fees per hire.", "£6,500", "money", 6500, 6500,
     "GBP", None),
    ("Merit increases averaged 8.5% for ML engineers, compared with 4.1% for the rest.", "4.1%",
     "growth", 4.1, 4.1, "%", None),
    ("The share fell by 9 percentage points, to 27%.", "27%", "percent", 27, 27, "%", None),
    ("About 1 in 4 worked more than 40 hours per week.", "1 in 4", "percent", 25, 25, "%", None),
    ("Its pay gap to Bengaluru is roughly 20% at every level.", "20%", "growth", 20, 20, "%",
     None),
    ("Layoffs were ~40% fewer than a year ago.", "40%", "growth", 40, 40, "%", None),
    ("Equity rarely adds more than 10-15% on top of base.", "10-15%", "growth", 10, 15, "%",
     None),
    ("People talk about a 2x-3x jump when switching.", "2x-3x", "growth", 2, 3, "x", None),
    ("I'm at 165k base + 15% bonus.", "165k", "salary", 165e3, 165e3, "USD", "year"),
    ("Our band for that level is 165-205k base.", "165-205k", "salary", 165e3, 205e3, "USD",
     "year"),
    ("RSUs add 55k/yr on top.", "55k", "money", 55e3, 55e3, "USD", "year"),
    ("New grad here, YOE 4.", "4", "count", 4, 4, "years", None),
    ("My base today is $212K.", "$212K", "salary", 212e3, 212e3, "USD", "year"),
    ("A $196k base leaves about $132k after federal tax.", "$132k", "salary", 132e3, 132e3, "USD",
     "year"),
    ("The grant is valued at ₹15-25 lakh.", "₹15-25 lakh", "money", 15e5, 25e5, "INR", None),
    ("Employer PF of roughly ₹21,600 a year.", "₹21,600 a year", "money", 21600, 21600, "INR",
     "year"),
    ("The top rate starts at about €68,000 of taxable income.", "€68,000", "money", 68e3, 68e3,
     "EUR", "year"),
    ("Bonuses run between &#36;15,000 and &#36;30,000.", "&#36;15,000 and &#36;30,000", "money",
     15e3, 30e3, "USD", None),
    ("Leave is 24&nbsp;days.", "24&nbsp;days", "duration", 24, 24, "days", None),
    ("Pay: €75.000 – €95.000 a year.", "€75.000 – €95.000 a year", "salary", 75e3, 95e3, "EUR",
     "year"),
    ("Salary: $140,000 – $180,000 + equity", "$140,000 – $180,000", "salary", 140e3, 180e3,
     "USD", "year"),
    ("Roughly two in five offers included a bonus.", "two in five", "percent", 40, 40, "%", None),
    ("Demand ↑ 38% YoY", "38% YoY", "growth", 38, 38, "%", None),
    ("Actual hires grew ~22%.", "22%", "growth", 22, 22, "%", None),
    ("Posting growth slows to 15–20%.", "15–20%", "growth", 15, 20, "%", None),
    ("Production RAG / retrieval: +$14K base", "$14K", "money", 14e3, 14e3, "USD", None),
    ("| Band | Taxable income | Rate |\n|---|---|---|\n| Basic rate | £12,571 to £50,270 | 20% |",
     "£12,571 to £50,270", "money", 12571, 50270, "GBP", "year"),
    ("The employer adds 17% employer CPF.", "17%", "percent", 17, 17, "%", None),
    ("Postings were up 2.4x over two years.", "2.4x", "growth", 2.4, 2.4, "x", None),
    ("The firm has $62M raised so far.", "$62M", "money", 62e6, 62e6, "USD", None),
    ("Remote roles saw a drop of 7 percentage points.", "7 percentage points", "growth", 7, 7,
     "%", None),
    ("Contractors quoted day rates of £550 to £750.", "£550 to £750", "salary", 550, 750, "GBP",
     "day"),
    ('She told us: "I interviewed at 12 companies before I signed, and it took months."', "12",
     "count", 12, 12, "count", None),
    ("After removing students, 3,106 responses remained.", "3,106", "count", 3106, 3106, "count",
     None),
    ("The gap has halved since 2022.", "halved", "growth", 50, 50, "%", None),
    ("Seniors land around 85.000 € to 105.000 € a year.", "85.000 € to 105.000 € a year",
     "salary", 85e3, 105e3, "EUR", "year"),
    # a premium over a role or a place is a change; a value compared with takes its kind
    ("Munich pays roughly 10–12% over Berlin for the same level.", "10–12%", "growth", 10, 12,
     "%", None),
    ("Demand rose 40% over two years.", "40%", "growth", 40, 40, "%", None),
    ("The premium over an equally senior backend engineer is now <b>18%</b>.", "18%", "growth",
     18, 18, "%", None),
    ("Growth was 2.6%, down from 6.0% in the previous edition.", "6.0%", "growth", 6, 6, "%",
     None),
    ("41% plan to hire, down from 53% a year earlier.", "53%", "percent", 53, 53, "%", None),
    ("Big Tech share of AI hires: 29% (was 41%)", "41%", "percent", 41, 41, "%", None),
    ("We fine-tuned it on 12 H100s.", "12", "count", 12, 12, "count", None),
    # forum shorthand: pay in thousands with no sign, named by a pay word before or after
    ("L5, YOE 6, Seattle / Base 210 / stock 90 / bonus 15%", "210", "salary", 210e3, 210e3,
     "USD", "year"),
    ("L5, YOE 6, Seattle / Base 210 / stock 90 / bonus 15%", "90", "money", 90e3, 90e3, "USD",
     "year"),
    ("Our bands are 190-240 base for senior.", "190-240", "salary", 190e3, 240e3, "USD", "year"),
    ("TC ~330k. Not a typo.", "330k", "salary", 330e3, 330e3, "USD", "year"),
    ("Bay Area, TC 410 (base 205, stock 170, bonus 35).", "35", "money", 35e3, 35e3, "USD",
     "year"),
    ("Base 242k, TC was 610 last year on a good stock year.", "610", "salary", 610e3, 610e3,
     "USD", "year"),
    ("correction, base is 264 not 246, transposed it.", "264", "salary", 264e3, 264e3, "USD",
     "year"),
    ("staff MLE in NYC: p50 base 272 / p75 298, TC p50 ~540 (levels)", "540", "salary", 540e3,
     540e3, "USD", "year"),
    ("We hired 210 engineers and 90 designers.", "210", "count", 210, 210, "count", None),
    # an amount too small to be anyone's pay for a year: a month's, where its words say so
    ("The average monthly salary works out to about ₹98,300 before deductions.", "₹98,300",
     "salary", 98300, 98300, "INR", "month"),
    ("Monthly base salary: ₹1,16,667.", "₹1,16,667", "salary", 116667, 116667, "INR", "month"),
    ("Freshers at IT services firms start on ₹3.6 lakh a year.", "₹3.6 lakh a year", "salary",
     3.6e5, 3.6e5, "INR", "year"),
    # years in a trade are a person's experience, days a week at the office a count; a span
    # something takes or allows is a duration
    ("I spent six years as a data scientist in Lagos.", "six years", "count", 6, 6, "years",
     None),
    ("Her manager, who has 14 years in IT services, earns well.", "14 years", "count", 14, 14,
     "years", None),
    ("Hybrid, 3 days a week in the office.", "3 days", "count", 3, 3, "days", None),
    ("It takes three to four years of production work to build that judgment.",
     "three to four years", "duration", 3, 4, "years", None),
    ("The visa allows two years of post-study work.", "two years", "duration", 2, 2, "years",
     None),
    ("The signed offer took 3 days to arrive.", "3 days", "duration", 3, 3, "days", None),
    # a levy or a charge is a rate, a share of what it is levied on, unless signed as an addition
    ("Above ₹50 lakh a 10% surcharge kicks in.", "10%", "percent", 10, 10, "%", None),
    ("Sydney figures exclude superannuation (currently 12% on top of base).", "12%", "percent",
     12, 12, "%", None),
    ("Agencies take a 15–20% margin on top of the rates shown.", "15–20%", "percent", 15, 20,
     "%", None),
    ("The +8% gateway surcharge covers logging.", "+8%", "growth", 8, 8, "%", None),
    # a ratio: so many of one per one of another, or named a ratio, a multiplier, a differential
    ("There were 2.4 open roles per qualified candidate in the US.", "2.4", "multiplier", 2.4,
     2.4, "x", None),
    ("In 2022 that ratio was 1.11.", "1.11", "multiplier", 1.11, 1.11, "x", None),
    ("Zone D multiplier raised from 0.68 to 0.72.", "0.72", "multiplier", 0.72, 0.72, "x", None),
    ("The loop has 9 onsite interviews per hire.", "9", "count", 9, 9, "count", None),
    # a regression's estimate, a correlation, a fit
    ("They obtain a coefficient of 0.245 (s.e. 0.008) on the AI-skill indicator.", "0.245",
     "metric", 0.245, 0.245, "coefficient", None),
    ("Experience and pay have a correlation of 0.62 across the sample.", "0.62", "metric", 0.62,
     0.62, "r", None),
    ("R² ranges from 0.58 to 0.71 across specifications.", "0.58 to 0.71", "metric", 0.58, 0.71,
     "R2", None),
    # changes: a fold, a multiple over years, jobs added, a hedged rise
    ("Postings rose to 2.4 percent in 2024, a fourfold increase.", "fourfold", "growth", 4, 4,
     "x", None),
    ("That's 2-2.5x in 12 years.", "2-2.5x", "growth", 2, 2.5, "x", None),
    ("Rent in Austin went up maybe 70%.", "70%", "growth", 70, 70, "%", None),
    ("That is an increase of 5.4 million jobs, or 3.2 percent, over the decade.", "5.4 million",
     "growth", 5.4e6, 5.4e6, "count", None),
    ("That is an increase of 5.4 million jobs, or 3.2 percent, over the decade.", "3.2 percent",
     "growth", 3.2, 3.2, "%", None),
    ("The first restructuring, in early 2025, cut 250 jobs.", "250", "count", 250, 250, "count",
     None),
    ("The median term fell from 6 months in 2024 to 4 months in 2025.", "4 months", "duration", 4,
     4, "months", None),
    ("The gap was 15-20% three years back; now it is within 8%.", "within 8%", "growth", None, 8,
     "%", None),
    # stipends, one-time budgets and further additions are money; a wage named before its group
    ("| Learning | $1,500/year learning & conference stipend |", "$1,500/year", "money", 1500,
     1500, "USD", "year"),
    ("| Remote setup | $1,000 one-time home-office budget |", "$1,000", "money", 1000, 1000,
     "USD", None),
    # Dutch and German pay periods, markup between a figure and its words, premiums on top
    ("A typical offer is **€4.500 bruto per maand** on a 40-hour contract.",
     "€4.500 bruto per maand", "salary", 4500, 4500, "EUR", "month"),
    ("What we offer: €75.000 – €95.000 brutto/Jahr, depending on experience.",
     "€75.000 – €95.000 brutto/Jahr", "salary", 75e3, 95e3, "EUR", "year"),
    ("The minimum salary is **€5.942** gross per month.", "€5.942", "money", 5942, 5942, "EUR",
     "month"),
    ("The employer usually pays about **two-thirds** of that.", "two-thirds", "percent",
     200 / 3, 200 / 3, "%", None),
    ("Premiums typically run between **15% and 22%** of the pension base.", "15% and 22%",
     "percent", 15, 22, "%", None),
    ("Corporates often use 36 or 38 hours a week.", "36 or 38 hours", "duration", 36, 38,
     "hours", None),
    ("SF/NYC sits another 10-15% on top of all of this.", "10-15%", "growth", 10, 15, "%", None),
    ("Median professional coding experience is 6 years.", "6 years", "count", 6, 6, "years",
     None),
    ("| Brazil | 88 | R$ 228.000 | $41,900 |", "R$ 228.000", "money", 228e3, 228e3, "BRL", None),
    ("The threshold is 48.300 EUR for most jobs.", "48.300 EUR", "money", 48300, 48300, "EUR",
     None),
    ("Median bonus among recipients: $18,500 in the US.", "$18,500", "money", 18500, 18500,
     "USD", None),
    ("L5 / Base 210 / stock 90 / bonus 15% / TC ~330k", "330k", "salary", 330e3, 330e3, "USD",
     "year"),
    ("Right before chat gpt came out in november 2022 I switched.", "2022", "year", 2022, 2022,
     "year", None),
    ("Switchers reported a median jump of 14%.", "14%", "growth", 14, 14, "%", None),
    ("Most negotiated above the first number, by a median of 7%.", "7%", "growth", 7, 7, "%",
     None),
    ("my base went up 1:44 about 35 percent which sounds amazing", "35 percent", "growth", 35, 35,
     "%", None),
    ("Companies with 250-1000 staff hire most of them.", "250-1000", "count", 250, 1000, "count",
     None),
    ("1200 ML Engineers answered, rating us 4.5 Stars on average (2,310 reviews).", "1200",
     "count", 1200, 1200, "count", None),
    # small counts in words, before the people and things a hiring market counts
    ("The median senior engineer held three competing offers.", "three", "count", 3, 3, "count",
     None),
    ("We had 212 applicants for two openings.", "two", "count", 2, 2, "count", None),
    ("Two earlier attempts failed.", "Two", "count", 2, 2, "count", None),
    # ratings
    ("4.1 ★  Overall rating · based on 1,214 reviews", "4.1 ★", "metric", 4.1, 4.1, "rating/5",
     None),
    ("Interview difficulty: 3.2/5  (Average)", "3.2/5", "metric", 3.2, 3.2, "rating/5", None),
    # rounds and valuations are nobody's pay
    ("Median Series A: $18M at a $95M post.", "$18M", "money", 18e6, 18e6, "USD", None),
    ("The cohort does about $410k ARR per employee.", "$410k", "money", 410e3, 410e3, "USD",
     "year"),
    # decimal commas and yen
    ("Increases were **6,8%** last year, against **4,1%** CAO wage growth.", "6,8%", "growth",
     6.8, 6.8, "%", None),
    ("Home-working allowance: €2,45 per day, tax-free.", "€2,45 per day", "money", 2.45, 2.45,
     "EUR", "day"),
    ("Freshers earn ₹1,20,000 a month.", "₹1,20,000 a month", "salary", 12e4, 12e4, "INR",
     "month"),
    ("Senior base in Tokyo: ¥12M - ¥16M a year.", "¥12M - ¥16M a year", "salary", 12e6, 16e6,
     "JPY", "year"),
    ("Domestic firms pay 1,200万円〜1,600万円 for seniors.", "1,200万円〜1,600万円", "salary",
     12e6, 16e6, "JPY", "year"),
    # an amount joined to the one before it, with no word of its own, reads like it
    ("Senior offers clustered around £95K-£115K base, and Berlin around €85K.", "€85K",
     "salary", 85e3, 85e3, "EUR", "year"),
    ("A condo near the CBD runs S$3,800–S$4,500 a month, an HDB room S$1,200.", "S$1,200",
     "money", 1200, 1200, "SGD", "month"),
    # (a bonus is a year's: the guides' labels give a bonus amount a year 147 times, no period 75)
    ("Base is $150K, and a $20K bonus is common.", "$20K", "money", 20e3, 20e3, "USD", "year"),
    # a bare number after a time or measure of its sentence takes its unit
    ("It took 41 days from first call to offer, down from 58 last spring.", "58", "duration", 58,
     58, "days", None),
    ("Time-to-fill: 46 days (2025: 39)", "39", "duration", 39, 39, "days", None),
    ("The premium is 0.104 log points in 2015–2017, 0.151 in 2018–2021.", "0.151", "metric",
     0.151, 0.151, "log points", None),
    ("The search lasted a median of 11 weeks, with around 60 applications sent.", "60", "count",
     60, 60, "count", None),
    ("A senior might see ₹40-60 lakh of ESOPs vesting over four years.", "₹40-60 lakh", "money",
     40e5, 60e5, "INR", None),
    ("Infra side: we pay ~$2.10/hr per H100 on a reserved contract.", "$2.10/hr", "money", 2.1,
     2.1, "USD", "hour"),
    ("Staff engineers there report $450K to $600K once equity is included.", "$450K to $600K",
     "salary", 450e3, 600e3, "USD", "year"),
    ("The median annual wage for computer and mathematical occupations was $108,930 in May.",
     "$108,930", "salary", 108930, 108930, "USD", "year"),
    ("Seniors earn AU$175k–AU$215k.", "AU$175k–AU$215k", "salary", 175e3, 215e3, "AUD", "year"),
    ("Most took a pay cut, usually by less than 10%.", "less than 10%", "growth", None, 10, "%",
     None),
    # money beside pay that is not anyone's pay: a difference, a discount, a fixed price, a cap
    ("That's $31,000 more than I'd ever made.", "$31,000", "money", 31e3, 31e3, "USD", None),
    ("Changers reported a median increase of $27,000 over their old pay.", "$27,000", "money",
     27e3, 27e3, "USD", None),
    # (an offer moved by an amount moves a year's pay: round 48's labels say so; this guide's
    # label names no period, which the scorer reads as any)
    ("My first offer went up by $35K just because I asked.", "$35K", "money", 35e3, 35e3, "USD",
     "year"),
    ("Students who pay upfront receive a $1,500 discount.", "$1,500", "money", 1500, 1500, "USD",
     None),
    ("- Technical audit: $4,500 fixed, delivered in 5 days", "$4,500", "money", 4500, 4500, "USD",
     None),
    ("For staff hires a sign-on of $50,000 to $75,000 was common.", "$50,000 to $75,000",
     "money", 50e3, 75e3, "USD", None),
    ("Both are capped at a wage ceiling of S$7,400 a month.", "S$7,400 a month", "money", 7400,
     7400, "SGD", "month"),
    # a period named before or after money that is not pay, or by a table's row or heading
    ("Benefits: $3,000 annual learning budget.", "$3,000", "money", 3000, 3000, "USD", "year"),
    ("CPF applies up to the monthly ceiling of S$8,000.", "S$8,000", "money", 8000, 8000, "SGD",
     "month"),
    ("Median monthly net burn went from $285K to $410K.", "$285K", "money", 285e3, 285e3, "USD",
     "month"),
    ("| Item | Toronto |\n|---|---|\n| Monthly transit pass | C$156 |", "C$156", "money", 156,
     156, "CAD", "month"),
    ("| Item | Toronto |\n|---|---|\n| 1-bedroom rent, monthly | C$2,450 |", "C$2,450", "money",
     2450, 2450, "CAD", "month"),
    ("## Contractor day rates\n\n| Role | Outside IR35 |\n|---|---|\n| Senior | £700–£900 |",
     "£700–£900", "salary", 700, 900, "GBP", "day"),
    # a bare figure read by its column: hours, a factor, a year paid in 13 months; a figure
    # elided after a time of the same sentence takes it ("90 days; most ask for 60")
    ("| Format | Hours / week |\n|---|---|\n| Part-time | 15–20 |", "15–20", "duration", 15, 20,
     "hours", None),
    ("| Tier | Factor |\n|---|---|\n| B | 0.85 |", "0.85", "multiplier", 0.85, 0.85, "x", None),
    ("| Level | Annual base (SGD, 13 months) |\n|---|---|\n| Junior | 78,000 - 110,500 |",
     "78,000 - 110,500", "salary", 78e3, 110.5e3, "SGD", "year"),
    ("Services firms enforce 90 days; most GCCs ask for 60; startups want 30 days.", "60",
     "duration", 60, 60, "days", None),
    # a floor or a ceiling said in words around the figure
    ("Offers for research engineers routinely start at $400,000 in total comp.", "$400,000",
     "salary", 4e5, 4e5, "USD", "year"),
    ("Overtime is often included up to about 10% for senior roles.", "up to about 10%",
     "percent", None, 10, "%", None),
    ("Senior offers of 25 LPA and upwards are common.", "25 LPA and upwards", "salary", 25e5, 25e5,
     "INR", "year"),
    ("I'm at $310K TC now.", "$310K", "salary", 31e4, 31e4, "USD", "year"),
    ("Relocation packages for senior hires in our data typically ranged from $10,000 to $25,000.",
     "$10,000 to $25,000", "money", 1e4, 25e3, "USD", None),
    ("Signing bonuses averaged $15,000, and contract rates sat at $95-$140 per hour.",
     "$95-$140 per hour", "salary", 95, 140, "USD", "hour"),
    ("Staff AI Engineer · $240,000-$290,000 + 0.10%-0.25% equity · Full-time",
     "$240,000-$290,000", "salary", 24e4, 29e4, "USD", "year"),
    ("Netherlands: senior &euro;80k&nbsp;&ndash;&nbsp;&euro;105k, plus holiday pay.",
     "&euro;80k&nbsp;&ndash;&nbsp;&euro;105k", "salary", 8e4, 105e3, "EUR", "year"),
    ("Friends were on £700/day outside IR35; now most of them quote £600-650.", "£600-650",
     "salary", 600, 650, "GBP", "day"),
    # a percentage under a heading or label about pay changes is a change, unless it is "of" pay
    ("## 2. Hikes: what's normal in 2026\n\n- Switching jobs, non-AI backend: 25–35% on fixed.",
     "25–35%", "growth", 25, 35, "%", None),
    ("## Merit increases\n\n- Variable pay is typically 10–15% of CTC.", "10–15%", "percent", 10,
     15, "%", None),
    ("### Bonuses, raises and other money\n\n- 27% say they have no learning budget at all.",
     "27%", "percent", 27, 27, "%", None),
    # money paid by the period that is nobody's pay: a GPU's hourly price, a retainer, cover
    ("A single A100 on the big three costs $3–$4 an hour.", "$3–$4 an hour", "money", 3, 4, "USD",
     "hour"),
    ("Typical retainers were $8,000–$15,000 a month.", "$8,000–$15,000 a month", "money", 8e3,
     15e3, "USD", "month"),
    ("Freelancers paid a median of $610 a month for individual coverage.", "$610 a month", "money",
     610, 610, "USD", "month"),
    # a year stated as a fact: an event done in it, whatever was done between
    ("Texas Instruments opened its Bengaluru design centre in 1985.", "1985", "year", 1985, 1985,
     "year", None),
    ("It was formed when Elance and oDesk merged in 2013.", "2013", "year", 2013, 2013, "year",
     None),
    ("ChatGPT launched in November 2022.", "2022", "year", 2022, 2022, "year", None),
    ("Google bought DeepMind in 2014 for a reported sum.", "2014", "year", 2014, 2014, "year",
     None),
    ("California's law took effect on January 1, 2023, and covers most employers.", "2023", "year",
     2023, 2023, "year", None),
    ("A Coursera Plus annual subscription lists at $399.", "$399", "money", 399, 399, "USD",
     "year"),
    ("| Tool | Cost | Notes |\n|---|---|---|\n| Cursor Business | $40 | per user / month |", "$40",
     "money", 40, 40, "USD", "month"),
    ("Berlin, Senior MLE, YOE 7: €98k base, 10% bonus. €107.8k total.", "€107.8k", "salary",
     107.8e3, 107.8e3, "EUR", "year"),
    ("Senior ML engineer, base, outside the US\n🇬🇧 UK: £98K\n🇩🇪 Germany: €92K\n", "£98K",
     "salary", 98e3, 98e3, "GBP", "year"),
    ("Certification exams cost $300 or less each.", "$300 or less", "money", None, 300, "USD",
     None),
    ("Median base salary revised from $189,000 to $196,500 after new submissions.", "$196,500",
     "salary", 196500, 196500, "USD", "year"),
    ("The seed round raised a million dollars.", "a million dollars", "money", 1e6, 1e6, "USD",
     None),
    # a margin of error is a measured quality of the figure, not a figure of its own
    ("| Country | Median pay | 95% CI (±) |\n|---|---|---|\n| US | $172,000 | ±$6,500 |",
     "$6,500", "metric", 6500, 6500, "USD", None),
    ("The margin of error is ±2.1 percentage points.", "±2.1 percentage points", "metric", 2.1, 2.1,
     "%", None),
    ("- ESOPs: HR values them at ₹11.2L total, so they add ₹2.8L per year", "₹2.8L per year",
     "money", 28e4, 28e4, "INR", "year"),
    ("Income above ₹24 lakh is taxed at 30%.", "above ₹24 lakh", "money", 24e5, 24e5, "INR",
     "year"),
    ("My real annual cash was closer to ₹31.5 lakh.", "₹31.5 lakh", "salary", 315e4, 315e4, "INR",
     "year"),
    ("CTC 52L (fixed 44L + variable 8L).", "44L", "salary", 44e5, 44e5, "INR", "year"),
    ("27 LPA fixed + 3 LPA variable. Previous was 16 LPA.", "3 LPA", "money", 3e5, 3e5, "INR",
     "year"),
    ("Today the same profile is getting ₹65 to 80 lakh fixed.", "₹65 to 80 lakh", "salary", 65e5,
     80e5, "INR", "year"),
    ("A 3 YOE engineer in Pune, in-hand ₹1.24L.", "₹1.24L", "salary", 124e3, 124e3, "INR", "month"),
    ("Senior ML contractors in London now quote around £90,000 for the year.", "£90,000",
     "salary", 9e4, 9e4, "GBP", "year"),
    ("The second offer came in at $235,000 plus a grant of 0.35% of the company.", "$235,000",
     "salary", 235e3, 235e3, "USD", "year"),
    ("The candidates he wants are asking for $230,000.", "$230,000", "salary", 23e4, 23e4, "USD",
     "year"),
    ("Roughly 1 of every 3 new hires works remotely.", "1 of every 3", "percent", 100 / 3, 100 / 3,
     "%", None),
    ("- Senior AI Engineer, Document Agents | New York, NY (hybrid, 3 days in office) | "
     "$190,000–$235,000", "$190,000–$235,000", "salary", 19e4, 235e3, "USD", "year"),
    ("Total compensation, including stock, is routinely exceeding £400,000 at the labs.",
     "£400,000", "salary", 4e5, 4e5, "GBP", "year"),
    ("Now I have candidates turning down £160,000 because a lab offered more.", "£160,000",
     "salary", 16e4, 16e4, "GBP", "year"),
    ("I bill $45/hr for LLM eval work and cleared about ₹62L last year.", "₹62L", "money", 62e5,
     62e5, "INR", None),
    ("My first job in Penang paid RM 3,800 a month.", "RM 3,800 a month", "salary", 3800, 3800,
     "MYR", "month"),
    ("Poland B2B contractor, 190 PLN/h invoiced to a German client.", "190 PLN/h", "salary", 190,
     190, "PLN", "hour"),
    # lakhs with no rupee sign in a sentence about people or jobs count them
    ("Demand is projected to reach 12.5 lakh by FY2027.", "12.5 lakh", "count", 125e4, 125e4,
     "count", None),
    ("Freshers with these skills get packages of 12 lakh.", "12 lakh", "salary", 12e5, 12e5,
     "INR", "year"),
    ("A mis-sized GPU deployment can burn $40,000 a month.", "$40,000 a month", "money", 4e4, 4e4,
     "USD", "month"),
    ("Staff pay is typically 1.3 to 1.5 times senior.", "1.3 to 1.5 times", "multiplier", 1.3,
     1.5, "x", None),
    ("We priced two H100s at $2.49 per GPU-hour.", "$2.49", "money", 2.49, 2.49, "USD", "hour"),
    ("Call it C$238,000 in a normal year.", "C$238,000", "salary", 238e3, 238e3, "CAD", "year"),
    ("AI hires get three to five times the standard package.", "three to five times",
     "multiplier", 3, 5, "x", None),
    ("Firms added 3,847 employees, against more than 1.6 lakh in FY22.", "more than 1.6 lakh",
     "count", 16e4, 16e4, "count", None),
    ("Ireland taxes the first €44,000 at 20%.", "€44,000", "money", 44e3, 44e3, "EUR", "year"),
    ("She joined a startup on $150,000 and stayed.", "$150,000", "salary", 15e4, 15e4, "USD",
     "year"),
    ("Employees rate it 3.1 out of 5 for pay.", "3.1 out of 5", "metric", 3.1, 3.1, "rating/5",
     None),
    ("In Lagos I earned ₦1,150,000 a month.", "₦1,150,000 a month", "salary", 115e4, 115e4, "NGN",
     "month"),
    ("The deduction is capped at C$200,000 of options vesting per year.", "C$200,000", "money",
     2e5, 2e5, "CAD", "year"),
    ("Tax plus 4% cess = ₹6,72,750 for the year.", "₹6,72,750", "money", 672750, 672750, "INR",
     "year"),
    ("All-in, the team cost us **$3.1M** over the last twelve months.", "$3.1M", "money", 31e5,
     31e5, "USD", "year"),
    ("Median annual base salary in USD (n = 812):\n\n| Role | Entry | Senior |\n|---|---|---|\n"
     "| AI engineer | 128,000 | 199,000 |", "128,000", "salary", 128e3, 128e3, "USD", "year"),
    ("Base salary only.\n\n| City | Median base (local) | ≈ USD |\n|---|---|---|\n"
     "| Zurich | CHF 150,000 | $170,000 |", "$170,000", "salary", 17e4, 17e4, "USD", "year"),
    # percentage points keep the abbreviation they are written in; "70.000" groups thousands
    ("Women's share rose +3.1 pp on the year.", "+3.1 pp", "growth", 3.1, 3.1, "pp", None),
    ("The gap narrowed by 4 percentage points.", "4 percentage points", "growth", 4, 4, "%", None),
    ("Last year about 70.000 specialists applied.", "70.000", "count", 7e4, 7e4, "count", None),
    ("The city has 2.125 million residents.", "2.125 million", "count", 2125e3, 2125e3, "count",
     None),
    # dot leaders join a label to its figure: no sentence ends in them, and the label's words
    # say what the figure is, as a table row's would
    ("Rates:\n  * Senior AI engineer (LLM product, RAG/agents) ..... £100k - £125k",
     "£100k - £125k", "salary", 1e5, 125e3, "GBP", "year"),
    ("WHAT TEAMS PLAN\n  Plan to cut AI/ML headcount ............ 7%\n", "7%", "percent", 7, 7,
     "%", None),
    ("PAY CHANGES\n  Changed employer ..... median increase 17%\n  Pay cut or freeze ..... 9%\n",
     "9%", "percent", 9, 9, "%", None),
    ("PAY CHANGES\n  Changed employer ....... median increase 17%\n", "17%", "growth", 17, 17,
     "%", None),
    # LaTeX escapes its signs: "\%", "\pounds", and writes a range's dash as "--"
    (r"Shares rose to 41.7\% of US postings.", r"41.7\%", "percent", 41.7, 41.7, "%", None),
    (r"The premium is 16.1\% (interval 14.3--17.9\%).", r"14.3--17.9\%", "growth", 14.3, 17.9,
     "%", None),
    (r"In the UK the mean salary is \pounds 74,200.", r"\pounds 74,200", "salary", 74200, 74200,
     "GBP", "year"),
    (r"Most ask for 3--5 years of experience.", "3--5 years", "count", 3, 5, "years", None),
    ("Conditioning reduces the premium from 18% to 13%.", "18%", "growth", 18, 18, "%", None),
    # a bracket after an amount holds a parallel one, unless it restates it for another period
    ("The salary floor is S$5,600/month for most sectors (S$6,200 in financial services).",
     "S$6,200", "money", 6200, 6200, "SGD", "month"),  # a threshold, not anyone's pay
    ("Seniors earn a median of S$12,500/month (S$150,000).", "S$150,000", "salary", 15e4, 15e4,
     "SGD", "year"),
    # "from X to Y" after a change is two values, also past a figure and a year, or "about"
    ("The median has risen 38% since 2022, from $198,000 to $273,000.", "$273,000", "salary",
     273e3, 273e3, "USD", "year"),
    ("Total comp moved from about $310,800 to $345,750.", "$345,750", "salary", 345750, 345750,
     "USD", "year"),
    ("The recruiting team was cut by a third.", "a third", "growth", 100 / 3, 100 / 3, "%", None),
    ("That was more than four times her Bengaluru pay.", "more than four times", "multiplier", 4,
     4, "x", None),
    ("ChatGPT arrived in November 2022.", "2022", "year", 2022, 2022, "year", None),
    ("I spent five and a half years in IT services.", "five and a half years", "count", 5.5,
     5.5, "years", None),  # the writer's experience in the trade (SCHEMA: a count of years)
    ("At Series B the band midpoint moves from **$175K** to **$215K**.", "$175K", "salary",
     175e3, 175e3, "USD", "year"),
    # a verb of spending ends with its clause: the ads saved, then the pay they show
    ("Of the 14 job ads I saved last month, the median base was £90,000.", "£90,000", "salary",
     9e4, 9e4, "GBP", "year"),
    # a visa's pay threshold is an amount of money, not anyone's pay
    ("An Employment Pass needs a qualifying salary of at least S$5,600 a month.",
     "at least S$5,600 a month", "money", 5600, 5600, "SGD", "month"),
    ("- Minimum salary of £56,900, or £45,520 for early-career applicants", "£56,900", "money",
     56900, 56900, "GBP", "year"),
    ("The Specialist Skills stream requires earnings of at least A$141,210.",
     "at least A$141,210", "money", 141210, 141210, "AUD", "year"),
    # and so are the edges of income tax's bands and a deduction from income
    ("The top combined marginal rate is reached on income above about $253,000.",
     "above about $253,000", "money", 253e3, 253e3, "USD", "year"),
    ("Income between £100,000 and £125,140 faces an effective marginal rate of 60%.",
     "£100,000 and £125,140", "money", 1e5, 125140, "GBP", "year"),
    ("Taxable income is ₹21,43,452 after the ₹75,000 standard deduction.", "₹75,000", "money",
     75e3, 75e3, "INR", "year"),
    # a change named right before its figure, a discount, a change set in inline tags
    ("Appraisal is once in 12 months, typical hike 6–8%.", "6–8%", "growth", 6, 8, "%", None),
    ("Fullstack Neural knocks 10% off for upfront payment.", "10%", "growth", 10, 10, "%", None),
    ("<p>Vacancies rose <strong>31%</strong> between Q1 2025 and Q1 2026.</p>", "31%", "growth",
     31, 31, "%", None),
    # a hiring budget for one role is its pay; a range that ran from one figure to another
    ("He described his budget for a senior ML engineer as $185,000.", "$185,000", "salary",
     185e3, 185e3, "USD", "year"),
    ("We tell clients to budget £90k–£115k base for a senior AI engineer.", "£90k–£115k",
     "salary", 9e4, 115e3, "GBP", "year"),
    ("- Budget for those hires: $2.3M annualised, fully loaded.", "$2.3M", "money", 23e5, 23e5,
     "USD", "year"),
    ("Posted base salary ranges for research engineers ran from $300,000 to $500,000.",
     "$300,000 to $500,000", "salary", 3e5, 5e5, "USD", "year"),
    # a person's years in the trade are a count of years (SCHEMA), a span of other work is not
    ("Architects are usually engineers with 10+ years who now design platforms.", "10+ years",
     "count", 10, 10, "years", None),
    ("I was employed as an MLE for 9 years first.", "9 years", "count", 9, 9, "years", None),
    ("I'm a Java developer in Pune with six years' experience.", "six years", "count", 6, 6,
     "years", None),
    ("The startup has engineers with 2 years left on their visas.", "2 years", "duration", 2, 2,
     "years", None),
    ("We worked on it for two years.", "two years", "duration", 2, 2, "years", None),
    # but not the pay of the earner the sentence speaks of
    ("Ontario's combined marginal rate reaches 53.53% above C$250K; an engineer on C$140K pays "
     "roughly 31% overall.", "C$140K", "salary", 14e4, 14e4, "CAD", "year"),
    # French typography groups thousands with a narrow no-break space
    ("The figures come from 1\u202f430 placements and offer letters.", "1\u202f430", "count",
     1430, 1430, "count", None),
    # a year's pay never takes the hour of the wage before it
    ("The mean hourly wage was $87.41 and the annual mean wage was $181,810.", "$181,810",
     "salary", 181810, 181810, "USD", "year"),
    # a range that moves is a change, and so is what is knocked off pay
    ("Survey providers show salary ranges moving 6% in Singapore this year.", "6%", "growth", 6,
     6, "%", None),
    ("Outside London, subtract roughly 15–20%.", "15–20%", "growth", 15, 20, "%", None),
    # a change named as the clause's subject gives its levels as changes
    ("The LLM premium rose from 8.9% in 2023 to 19.4% in 2026.", "19.4%", "growth", 19.4, 19.4,
     "%", None),
    ("Switch hikes for AI engineers in my sample ran 30–50% on fixed pay.", "30–50%", "growth",
     30, 50, "%", None),
    ("People from services companies got much bigger jumps, often 60–80%.", "60–80%", "growth",
     60, 80, "%", None),
    # but not a share of those who got one, nor a share named, nor insurance premiums
    ("Of those who got raises, 30% were promoted.", "30%", "percent", 30, 30, "%", None),
    ("The share of offers with a raise rose to 41%.", "41%", "percent", 41, 41, "%", None),
    ("Medical premiums paid at 100% for you, 75% for dependents.", "75%", "percent", 75, 75,
     "%", None),
    # a plus two spaces before the next cell opens its band
    ("   Principal / Staff ML Engineer     $260,000 – $330,000+        $1,400 – $1,700",
     "$260,000 – $330,000+", "salary", 26e4, 33e4, "USD", "year"),
    # a grant named as the clause's subject is money, a year's when the clause says annual
    ("AI Engineers' median annualized equity is $42K against $30K for ML Engineers.", "$42K",
     "money", 42e3, 42e3, "USD", "year"),
    ("Final offer: $186k base, $25k sign-on, RSUs bumped to $190,000. Signed.", "$190,000",
     "money", 19e4, 19e4, "USD", None),
    ("Final offer: $186k base, $25k sign-on, RSUs bumped to $190,000. Signed.", "$25k",
     "money", 25e3, 25e3, "USD", None),
    ("TC: 1.2 Cr (base 68L, stocks 45L/yr, bonus 7L)", "45L/yr", "money", 45e5, 45e5, "INR",
     "year"),
    # but not pay said beside the grant (or qualified by it), a sum, nor a comparison's other side
    ("  • Total compensation (with equity): $160,000 - $250,000", "$160,000 - $250,000", "salary",
     16e4, 25e4, "USD", "year"),
    ("Total compensation including stock often crosses ₹1 crore.", "₹1 crore", "salary", 1e7,
     1e7, "INR", "year"),
    ("₹40 LPA fixed + ₹16 LPA a year in equity = ₹62 LPA total.", "₹62 LPA", "salary", 62e5,
     62e5, "INR", "year"),
    ("Startup 40 LPA + ESOPs vs US bank GCC 36 LPA + bonus", "36 LPA", "salary", 36e5, 36e5,
     "INR", "year"),
    # German percentages, ranges and times
    ("Rund 38 Prozent arbeiten tarifgebunden.", "38 Prozent", "percent", 38, 38, "%", None),
    ("Das Plus liegt bei 6 bis 9 Prozent.", "6 bis 9 Prozent", "percent", 6, 9, "%", None),
    ("Die Probezeit dauert 24 Monate.", "24 Monate", "duration", 24, 24, "months", None),
    ("Gesucht: 3 Jahre Erfahrung und 40 Stunden pro Woche.", "3 Jahre", "count", 3, 3,
     "years", None),
    ("Die Wochenarbeitszeit beträgt 38,5 Stunden.", "38,5 Stunden", "duration", 38.5, 38.5,
     "hours", None),
    ("Dazu 30 Urlaubstage und ein Jobticket.", "30 Urlaubstage", "duration", 30, 30, "days",
     None),
    ("Gehalt: 105 T€ – 125 T€ brutto.", "105 T€ – 125 T€", "salary", 105e3, 125e3, "EUR",
     "year"),
    ("Bonus bis zu 10 % des Jahresgehalts.", "bis zu 10 %", "percent", None, 10, "%", None),
    ("Variable bonus of 1.5 mths, paid in March.", "1.5 mths", "duration", 1.5, 1.5, "months",
     None),
    # a band of falls runs from the larger fall to the smaller
    ("Nearshore rates run -35% to -40% below onshore.", "-35% to -40%", "growth", -40, -35, "%",
     None),
    # a figure within a few percent of another differs from it by them
    ("Hyderabad is within 6% of Bengaluru throughout.", "within 6%", "growth", None, 6, "%",
     None),
    ("6 graduated within 150% of the program length.", "within 150%", "percent", None, 150, "%",
     None),
    # German and French changes, said before or after the figure; a share said after it
    ("Die Gehälter sind im Schnitt um 4,8 % gestiegen.", "4,8 %", "growth", 4.8, 4.8, "%", None),
    ("München liegt 12 Prozent über dem Bundesmedian.", "12 Prozent", "growth", 12, 12, "%",
     None),
    ("Frauen verdienen 13,4 % weniger als Männer.", "13,4 %", "growth", 13.4, 13.4, "%", None),
    ("Ein Doktortitel bringt einen Aufschlag von 9 %.", "9 %", "growth", 9, 9, "%", None),
    ("Les salaires ont progressé de 6,5 % sur un an.", "6,5 %", "growth", 6.5, 6.5, "%", None),
    ("Les salaires ont progressé de 6,5 % sur un an, contre 3,2 % pour les data scientists.",
     "3,2 %", "growth", 3.2, 3.2, "%", None),
    ("Un ML engineer est payé 9 % de plus qu'un data scientist.", "9 %", "growth", 9, 9, "%",
     None),
    ("38 % des offres mentionnent les LLM.", "38 %", "percent", 38, 38, "%", None),
    ("Rund 62 Prozent der Befragten erhalten mehr Bonus.", "62 Prozent", "percent", 62, 62, "%",
     None),
    # won; raw HTML's dollars of other countries, yen, minus and plus-minus signs
    ("Seoul seniors earn ₩80M–₩110M a year.", "₩80M–₩110M a year", "salary", 80e6, 110e6, "KRW",
     "year"),
    ("<p>The median salary in Canada is C&#36;138,000.</p>", "C&#36;138,000", "salary", 138e3,
     138e3, "CAD", "year"),
    ("<p>The median salary in Japan is &yen;9,600,000.</p>", "&yen;9,600,000", "salary", 96e5,
     96e5, "JPY", "year"),
    ("<td>Change</td><td>&minus;0.8%</td>", "&minus;0.8%", "growth", -0.8, -0.8, "%", None),
    ("The margin of error is &plusmn;0.8 percentage points.", "&plusmn;0.8 percentage points",
     "metric", 0.8, 0.8, "%", None),
    # a decimal comma before "times"; a spoken amount of dollars before what it buys
    ("Milan pays roughly 1,4 times what Rome pays.", "1,4 times", "multiplier", 1.4, 1.4, "x",
     None),
    ("They gave me a twenty five thousand dollar sign on bonus.", "twenty five thousand dollar",
     "money", 25e3, 25e3, "USD", None),
    # Hinglish times
    ("Switch karne mein 14 mahine lage.", "14 mahine", "duration", 14, 14, "months", None),
    ("Roz 2 ghante padhai ki.", "2 ghante", "duration", 2, 2, "hours", None),
    # French times
    ("Le délai moyen de recrutement atteint 47 jours.", "47 jours", "duration", 47, 47, "days",
     None),
    ("Une période d'essai de 3 mois, renouvelable.", "3 mois", "duration", 3, 3, "months", None),
    # a bonus is a year's money, unless paid once; a label may name its amount's period
    ("London datapoint: £95k base + ~£20k bonus.", "£20k", "money", 20e3, 20e3, "GBP", "year"),
    ("Base: ₹52L\nBonus: ₹6L", "₹6L", "money", 6e5, 6e5, "INR", "year"),
    ("Base: £118k\nRSU/yr: £45k", "£45k", "money", 45e3, 45e3, "GBP", "year"),
    ("He got a $20K signing bonus.", "$20K", "money", 20e3, 20e3, "USD", None),
    ("₹21 LPA fixed + ₹2.5 LPA variable = ₹23.5 LPA CTC.", "₹23.5 LPA", "salary", 235e4, 235e4,
     "INR", "year"),
    # additional pay is money beside pay, where it labels the amount
    ("Additional pay  $38K/yr  (Stock, Bonus)", "$38K/yr", "money", 38e3, 38e3, "USD", "year"),
    ("Total pay including $38K of additional pay typically falls between $196K and $284K.",
     "$196K and $284K", "salary", 196e3, 284e3, "USD", "year"),
    # growth named as the subject, before "at" or a forecast
    ("Hyderabad saw the fastest growth, at 58%, followed by Pune.", "58%", "growth", 58, 58, "%",
     None),
    ("Growth across all occupations statewide is projected at 9.6% over the period.", "9.6%",
     "growth", 9.6, 9.6, "%", None),
    ("Offer drop-outs, where candidates accept and later decline, were 18% for AI roles.", "18%",
     "percent", 18, 18, "%", None),
    # "p/m" and "p/a" time an amount; "mn" scales it, after a space too
    ("💰 Senior: SAR 45K - 62K p/m", "SAR 45K - 62K p/m", "salary", 45e3, 62e3, "SAR", "month"),
    ("Data scientist, London, £65k p/a plus bonus", "£65k p/a", "salary", 65e3, 65e3, "GBP",
     "year"),
    ("India has 2.1 mn tech workers in GCCs.", "2.1 mn", "count", 21e5, 21e5, "count", None),
    ("at an estimated cost of £34mn a year.", "£34mn a year", "money", 34e6, 34e6, "GBP", "year"),
    # a ratio named before its figure, hedged or some words on; a factor multiplied by
    ("C$104K base against $152K in NYC, a ratio of about 0.50 after FX.", "0.50", "multiplier",
     0.5, 0.5, "x", None),
    ("The vacancy-to-applicant ratio for AI engineer positions stood at 2.3 in June.", "2.3",
     "multiplier", 2.3, 2.3, "x", None),
    ("Loaded cost = base band midpoint × **1.35** (benefits, payroll taxes).", "1.35",
     "multiplier", 1.35, 1.35, "x", None),
    # Dutch and German times, ranges and years of experience
    ("Amsterdam · 32–40 uur per week · Vast contract", "32–40 uur", "duration", 32, 40, "hours",
     None),
    ("27 vakantiedagen bij een fulltime dienstverband", "27 vakantiedagen", "duration", 27, 27,
     "days", None),
    ("Wir melden uns innerhalb von 10 Werktagen.", "10 Werktagen", "duration", 10, 10, "days",
     None),
    ("Minimaal 3 jaar ervaring met ML-modellen in productie.", "3 jaar", "count", 3, 3, "years",
     None),
    ("Mindestens 3 Jahre Berufserfahrung im Bereich ML/NLP", "3 Jahre", "count", 3, 3, "years",
     None),
    ("Een salaris tussen € 5.200 en € 7.100 bruto per maand.", "€ 5.200 en € 7.100 bruto per maand",
     "salary", 5200, 7100, "EUR", "month"),
    ("Gehalt zwischen 70.000 und 90.000 € brutto/Jahr", "70.000 und 90.000 € brutto/Jahr",
     "salary", 70e3, 90e3, "EUR", "year"),
    # a score out of five by its star or its column
    ("1  Northwind Analytics   ★ 4.1   (2,318 reviews)", "4.1", "metric", 4.1, 4.1, "rating/5",
     None),
    ("| Company | Avg. salary | Rating |\n|---|---|---|\n| Nexora | ₹10.1 L | 3.8 |", "3.8",
     "metric", 3.8, 3.8, "rating/5", None),
    ("是上海年包的 1.55 倍", "1.55 倍", "multiplier", 1.55, 1.55, "x", None),
    # a contract writes a number twice; a fiscal year's flow is a year's
    ("The Option will vest over four (4) years.", "four (4) years", "duration", 4, 4, "years",
     None),
    ("You will receive twenty (20) days of paid vacation.", "twenty (20) days", "duration", 20,
     20, "days", None),
    ("Stock-based compensation expense was $612.4 million for fiscal 2026.", "$612.4 million",
     "money", 6124e5, 6124e5, "USD", "year"),
    ("The envelope approved is $3.2M for FY27 AI headcount.", "$3.2M", "money", 32e5, 32e5, "USD",
     "year"),
    ("Assist ended the quarter at $228 million in annualized recurring revenue.", "$228 million",
     "money", 228e6, 228e6, "USD", "year"),
    # days named by what they are for; bare pay in the money its paragraph or place names
    ("* 28 vacation days, and a 32-hour week option", "28 vacation days", "duration", 28, 28,
     "days", None),
    ("Zurich: CHF 158k base at L5 is lowish. Most L5 offers were 165-185k base.", "165-185k",
     "salary", 165e3, 185e3, "CHF", "year"),
    ("staff at the london banks is 150-170 base from what ive seen", "150-170", "salary", 150e3,
     170e3, "GBP", "year"),
    # a "+" before a grant adds it, it does not open the figure
    ("Offer: €95-125k + VSOP, remote within the EU", "€95-125k", "salary", 95e3, 125e3, "EUR",
     "year"),
    # the pay a raise took someone to, told in a reader's question before it asks
    ("I got a 10% raise to $150K.", "$150K", "salary", 150e3, 150e3, "USD", "year"),
    ('Reader question: "My manager matched an outside offer with a $20K raise, taking me to '
     '$215K. Is that as good as it sounds?"', "$215K", "salary", 215e3, 215e3, "USD", "year"),
    # a header's second line with years and units in parentheses still names the columns; a
    # statistics office's cell groups thousands with plain spaces
    (_STATS_TABLE, "10 412", "count", 10412e3, 10412e3, "count", None),
    (_STATS_TABLE, "47", "count", 47e3, 47e3, "count", None),
    (_STATS_TABLE, "7.0", "percent", 7.0, 7.0, "%", None),
    (_STATS_TABLE, "-1.2", "growth", -1.2, -1.2, "%", None),
    (_STATS_TABLE, "24.1", "percent", 24.1, 24.1, "%", None),
    # a table's caption times and prices its cells past a header line taken for a heading
    ("Table 5.1  Contract rates, CAD per hour\n\nRole            Toronto      Vancouver\n"
     "ML Engineer     $90-$120     $88-$115\n", "$88-$115", "salary", 88, 115, "CAD", "hour"),
    # a pipe table's header on two lines over its rule: "Sydney" over "incl. super"
    ("Table 1 - Permanent base salary, AUD per annum ($'000)\n\n"
     "Role                 | Sydney     | Sydney\n"
     "                     | ex super   | incl. super\n"
     "---------------------+------------+-------------\n"
     "Senior ML Engineer   | 170 - 210  | 190 - 234\n", "190 - 234", "salary", 190e3, 234e3, "AUD",
     "year"),
    # decimals said aloud, and a range of shares that says its unit twice
    ("it's usually point one to point three percent, four year vest", "point one to point three "
     "percent", "percent", 0.1, 0.3, "%", None),
    ("you want half a percent to one percent at seed", "half a percent to one percent", "percent",
     0.5, 1.0, "%", None),
    ("I was there for one point five years", "one point five years", "duration", 1.5, 1.5,
     "years", None),
    # Spanish, Portuguese and French ranges, thousands, times and multiples
    ("Júnior | R$ 7.500 a R$ 11.000 | R$ 9.200", "R$ 7.500 a R$ 11.000", "money", 7500, 11000,
     "BRL", None),
    ("A mediana salarial ficou em R$ 15.800 por mês.", "R$ 15.800", "salary", 15800, 15800,
     "BRL", "month"),
    ("Uma pós-graduação custa entre R$ 15 mil e R$ 40 mil e leva de 12 a 18 meses.",
     "12 a 18 meses", "duration", 12, 18, "months", None),
    ("Uma pós-graduação custa entre R$ 15 mil e R$ 40 mil.", "R$ 15 mil e R$ 40 mil", "money",
     15e3, 40e3, "BRL", None),
    ("propostas PJ costumam vir de 30% a 40% acima do CLT", "30% a 40%", "growth", 30, 40, "%",
     None),
    ("equivale a 2,5 vezes o salário local", "2,5 vezes", "multiplier", 2.5, 2.5, "x", None),
    ("a mediana foi de 6 anos de experiência", "6 anos", "count", 6, 6, "years", None),
    ("pagan entre 66 y 102 mil dólares al año", "66 y 102 mil dólares", "salary", 66e3, 102e3,
     "USD", "year"),
    ("un salaire entre 55 000 et 65 000 € brut annuel", "55 000 et 65 000 €", "salary", 55e3,
     65e3, "EUR", "year"),
    ("Tabela 1 - Salário mensal bruto\n\n  Nível    | Faixa mensal         | Mediana\n"
     "  ---------+----------------------+---------\n  Júnior   | R$ 7.500 a R$ 11.000 | R$ 9.200\n",
     "R$ 9.200", "salary", 9200, 9200, "BRL", "month"),
    ("| Level | Riyadh (SAR / month) | Indian metros (₹ LPA, CTC) |\n|---|---|---|\n"
     "| Principal | 65,000–95,000 | 80 L – 1.4 Cr |", "80 L – 1.4 Cr", "salary", 8e6, 14e6, "INR",
     "year"),
    # weekly and hourly earnings named well before the amount are pay by the week and the hour;
    # a few pounds a week are nobody's pay
    ("Median gross weekly earnings for full-time employees in IT and data professional "
     "occupations were £1,012 in April 2026.", "£1,012", "salary", 1012, 1012, "GBP", "week"),
    ("Median hourly earnings excluding overtime were £26.48 for full-time IT professionals.",
     "£26.48", "salary", 26.48, 26.48, "GBP", "hour"),
    ("An umbrella company charges a margin of £20-£30 a week.", "£20-£30 a week", "money", 20, 30,
     "GBP", "week"),
    ("Then you pay 12% of your gross monthly income for 24 months, and total payments are "
     "capped at US$19,500.", "US$19,500", "money", 19500, 19500, "USD", None),
    # rules drawn in box characters head nothing; the sentence over a table's header leads it
    ("──────────────────\nWHAT DO AI & ML FREELANCERS CHARGE?\n──────────────────\n"
     "Median hourly rates on contracts that started between 1 Jan and 31 Dec 2025, all locations."
     "\n\nSkill                          Median rate    Typical range (25th–75th pct)    "
     "Jobs posted in 2025\nLLM fine-tuning                $110/hr        $75 – $160         "
     "              4,820\n", "$75 – $160", "salary", 75, 160, "USD", "hour"),
    ("━━━━━━━━━━━━━━━━━━━━\nWHAT READERS REPORTED\nMedian monthly gross pay, ML/AI engineers\n"
     "━━━━━━━━━━━━━━━━━━━━\n"
     "Country     Local employer                        US/EU company (remote)\n"
     "Brazil      Mid R$ 16.500 · Sr R$ 27.000           Mid US$ 5,200 · Sr US$ 7,800\n",
     "US$ 5,200", "salary", 5200, 5200, "USD", "month"),
    # a title framed by rules closes the section the last framed title opened
    ("━━━━━━━━━━━━\n💰 SALARIES BY LEVEL\n━━━━━━━━━━━━\n\n• Senior MLE: $175K–$205K base\n\n"
     "━━━━━━━━━━━━\n📈 DEMAND\n━━━━━━━━━━━━\n\n• Reqs are up 2.5x vs. last year\n\n"
     "━━━━━━━━━━━━\n🤝 WHAT'S ACTUALLY CLOSING CANDIDATES\n━━━━━━━━━━━━\n\n"
     "1️⃣ Signing bonuses. $20K–$50K is normal for senior.\n", "$20K–$50K", "money", 20e3, 50e3,
     "USD", None),
    # a thread's bare thousands: pay by a level code or "median", a grant's by its name
    ("E6 at 826k Y1 is a very strong number.", "826k", "salary", 826e3, 826e3, "USD", "year"),
    ("Median E6 ML on levels is more like 600-650k.", "600-650k", "salary", 600e3, 650e3, "USD",
     "year"),
    ("You lose ~50% at the margin. 100k sign-on is ~50k in your pocket.", "100k", "money", 100e3,
     100e3, "USD", None),
    ("Meta refreshers for E6 are ~150-200k/yr in my org.", "150-200k", "money", 150e3, 200e3,
     "USD", "year"),
    ("L5 / YOE 6 / Base 210 / stock 90 / bonus 15% / TC ~330k", "330k", "salary", 330e3, 330e3,
     "USD", "year"),
    # changes: under an average increase's heading, above or below in Portuguese and Spanish; a
    # percentage in brackets after another is of its kind
    ("Average salary increase, 2026 cycle (2025 in brackets)\n\n"
     "• Listed product companies: 9.1% (8.7%)\n", "9.1%", "growth", 9.1, 9.1, "%", None),
    ("os salários ficam em média 12% acima da mediana nacional", "12%", "growth", 12, 12, "%",
     None),
    ("| Long-term care insurance | 3,6 % | 1,8 % (+0,6 % if childless) |", "+0,6 %", "percent",
     0.6, 0.6, "%", None),
    # a profile's total earned is no pay; a thread's years in one letter
    ("$85/hr    100% Job Success    $300K+ earned    142 jobs", "$300K+", "money", 300e3, 300e3,
     "USD", None),
    ("Labs are not all the same. Ours is 4y vest with a 1y cliff.", "1y", "duration", 1, 1,
     "years", None),
    ("==> README.md <==\nSenior engineers earn $185,000.\n\n==> config/defaults.yaml <==\n"
     "us: 150000\n", "$185,000", "salary", 185e3, 185e3, "USD", "year"),
    # raw HTML's rupee, a space before the amount, and times sign
    ("<td>Bengaluru</td><td>&#8377;42,00,000</td>", "&#8377;42,00,000", "money", 42e5, 42e5,
     "INR", None),
    ("<td>São Paulo</td><td>R$&nbsp;285.000</td>", "R$&nbsp;285.000", "money", 285e3, 285e3,
     "BRL", None),
    ("<li>Senior pay is <strong>4.6&times;</strong> the median.</li>", "4.6&times;",
     "multiplier", 4.6, 4.6, "x", None),
    # a table of two columns, a label and a bare figure, under a header that names both
    ("Table 1. Main activity (% of 141 respondents)\n\n  Activity                        %\n"
     "  Full-time employment            78\n  Part-time employment             4\n", "78",
     "percent", 78, 78, "%", None),
    ("Comp bands for AI eng, FY27:\n• Base: L4 $150K–$180K, L5 $190K–$240K, L6 $245K–$295K\n"
     "• New-hire equity (4-year vest, 1-year cliff): L4 $180K, L5 $320K, L6 $560K at grant value\n",
     "$320K", "money", 320e3, 320e3, "USD", None),
    # a raise's size as a share of the pay it is added to; changes named in German, French,
    # Spanish and Portuguese
    ("Promotional increases were a median 9.5% of base for P2 to P3 moves.", "9.5%", "growth",
     9.5, 9.5, "%", None),
    ("Eine Promotion bringt einen Aufschlag von etwa 9 % gegenüber einem Master-Abschluss.", "9 %",
     "growth", 9, 9, "%", None),
    ("le plus souvent avec une décote de 5 à 10 % par rapport au salaire parisien", "5 à 10 %",
     "growth", 5, 10, "%", None),
    ("las vacantes de desarrollo de software en general aumentaron apenas 7%.", "7%", "growth", 7,
     7, "%", None),
    ("Guadalajara paga en promedio 12% menos que la capital.", "12%", "growth", 12, 12, "%", None),
    # a caption's thousands of euros in French; a title-case caption numbered by section, on two
    # lines; a column of those registered counts people under a caption's unit of pay
    ("Tableau 1 – Salaire brut annuel fixe des ingénieurs IA / ML, hors variable (en k€)\n\n"
     "Expérience                    Île-de-France     Autres régions\n"
     "Junior (0 à 2 ans)            45 – 52           40 – 46\n", "45 – 52", "salary", 45e3, 52e3,
     "EUR", "year"),
    ("Table 4.2: Monthly Wages of Full-Time Employed Residents in Selected AI and Data\n"
     "           Occupations, June 2025\n\n"
     "Occupation                          Median      Median\n"
     "                                    Basic (S$)  Gross (S$)\n"
     "-----------------------------------------------------------\n"
     "Artificial intelligence engineer      9,200       9,980\n", "9,980", "salary", 9980, 9980,
     "SGD", "month"),
    ("  Table 2                                            (CTC in ₹ LPA)\n"
     "  Branch                              Regd.  Placed  Highest   Median\n"
     "  Computer Science & Engg.              182     176   186.00    22.00\n", "182", "count",
     182, 182, "count", None),
    # a range of thousands grouped by spaces in a table's cell; a decimal comma after them
    ("| Level | B2B net, PLN/month | PLN/day |\n|---|---|---|\n| Junior | 9 000–14 000 | 440–680 |",
     "9 000–14 000", "salary", 9e3, 14e3, "PLN", "month"),
    ("Składka zdrowotna: 1\u00a0926,76\u00a0zł a month", "1\u00a0926,76\u00a0zł a month", "money",
     1926.76, 1926.76, "PLN", "month"),
    # a list under a heading that names its period in brackets; a social post's glyph bullets
    ("Dubai / Abu Dhabi (AED per month, all-in)\n🔹 Junior ML engineer (0–2 yrs): AED 18,000 – "
     "26,000\n🔹 Senior AI engineer (6+ yrs): AED 45,000 – 60,000\n", "AED 18,000 – 26,000",
     "salary", 18e3, 26e3, "AED", "month"),
    ("## Step 1: Strip out everything that isn't monthly salary\n\n- **Zephyr:** ₹14.5 L = "
     "₹13.05 L fixed + ₹1.45 L variable.\n", "₹14.5 L", "salary", 145e4, 145e4, "INR", "year"),
    # a table whose rows are years: each amount a year's
    ("| Year | Company | Base | Equity vested | Total |\n|---|---|---|---|---|\n"
     "| 2015 | Big Retail Co | $98K | $12K | $110K |\n", "$12K", "money", 12e3, 12e3, "USD",
     "year"),
    # a cost column in a document whose pay columns name their currency
    ("| Role | Base band (USD) | Target base | Loaded cost |\n|---|---|---|---|\n"
     "| AI Engineer | 185,000-215,000 | 200,000 | 256,000 |\n", "256,000", "money", 256e3, 256e3,
     "USD", None),
    # factors: after a letter x, a multiplier that runs, a list under a heading of ratios
    ("Loaded cost = target base x 1.28 (benefits, payroll tax).", "1.28", "multiplier", 1.28, 1.28,
     "x", None),
    ("People Ops says the multiplier runs 1.25-1.30 depending on state.", "1.25-1.30",
     "multiplier", 1.25, 1.3, "x", None),
    ("- [ ] Behavioural stories, STAR format x 6", "6", "count", 6, 6, "count", None),
    ("## Step 2: level ratios\n\n- L3 — ML Engineer I: 0.82\n- L4 — ML Engineer II: 1.00\n", "0.82",
     "multiplier", 0.82, 0.82, "x", None),
    # a tax rate on a band of income: the band's edges are a year's
    ("  Income tax: 20% on £12,571-£50,270 and 40% above that ............ £21,432",
     "£12,571-£50,270", "money", 12571, 50270, "GBP", "year"),
    ("  National Insurance: 8% on £12,571-£50,270 and 2% above ............ £3,711",
     "£12,571-£50,270", "money", 12571, 50270, "GBP", "year"),
    # a list after a sentence that times its items: "come off every month:"
    ("From that, three deductions come off every month:\n\n- Employee PF (12% of basic): ₹10,000\n"
     "- Professional tax (Karnataka): ₹200\n", "₹10,000", "money", 1e4, 1e4, "INR", "month"),
    ("Proposed refresh values (grant-date value, 4-year monthly vesting, no cliff):\n\n"
     "  - MLE II:       $40,000\n  - Staff MLE:    $120,000\n", "$120,000", "salary", 12e4, 12e4,
     "USD", "year"),
    # a range whose ends each carry their period
    ("Most salaries fall between ₹ 8.5 L/yr and ₹ 17 L/yr.", "₹ 8.5 L/yr and ₹ 17 L/yr", "salary",
     85e4, 17e5, "INR", "year"),
    # a range that a value was, after "up from"; a change after "doubled,"
    ("Gaps averaged 5 to 7 weeks last year, up from 3 to 4 weeks in 2023.", "3 to 4 weeks",
     "duration", 3, 4, "weeks", None),
    ("The share nearly doubled, from 14% to 27%.", "27%", "percent", 27, 27, "%", None),
    # days with a word between: "3 paid days"; a factor named before its change
    ("Everyone gets 28 days of holiday plus 3 paid days for conferences.", "3 paid days",
     "duration", 3, 3, "days", None),
    ("Zone C factor changed from 0.80 to 0.85.", "0.80", "multiplier", 0.8, 0.8, "x", None),
    # a total's column that lists its parts, equity among them, is pay
    ("| Level | Base | Total comp (base + bonus + equity) |\n|---|---|---|\n"
     "| Junior (L3) | $118,000–$145,000 | $150K–$195K |\n", "$150K–$195K", "salary", 15e4, 195e3,
     "USD", "year"),
    # a leader line's percentage under a caption of hikes
    ("Typical hike on switching jobs, 2026\n  Data Scientist ................................. "
     "30-40%\n  ML Engineer .................................... 35-50%\n", "30-40%", "growth",
     30, 40, "%", None),
    # a difference in pay: "£100 a day lower"
    ("Inside-IR35 roles for the same level were typically £100 a day lower.", "£100 a day", "money",
     100, 100, "GBP", "day"),
    # a thread's lakhs before "misc"; a change "rising from"
    ("Offers: 38 LPA at Flipkart, 46 LPA at a startup.\n- Current CTC: 26.5 LPA = 23 fixed + 2.3 "
     "variable (10%) + 1.2 misc (PF, gratuity)", "1.2", "money", 12e4, 12e4, "INR", "year"),
    ("Chennai's share grew the fastest of any metro, rising from 5% to 8%, helped by GCCs.", "5%",
     "percent", 5, 5, "%", None),
    # "+ super" adds superannuation to pay, it opens nothing
    ("I'm mid-level in Brisbane on A$158k + super, so your table feels about right.", "A$158k",
     "salary", 158e3, 158e3, "AUD", "year"),
    # a column for each fiscal year; a competing offer "moved it by"; a variable part's year
    ("| Role | Base band | FY27 cost |\n|---|---|---|\n| AI Engineer | $180K–$220K | $608K |\n",
     "$608K", "money", 608e3, 608e3, "USD", "year"),
    ("Their first number was $178K base; a competing offer from another company (which I "
     "eventually declined) moved it by $14K.", "$14K", "money", 14e3, 14e3, "USD", "year"),
    ("Then I switched to a Series B fintech at ₹14 LPA fixed + ₹1.5L variable.", "₹1.5L", "money",
     15e4, 15e4, "INR", "year"),
    # pay quoted by the month where it is (Singapore, the Gulf): a month's size is a month's
    ("ML engineer postings with LLM in the title pay a higher median midpoint (S$10,700 vs "
     "S$9,050).", "S$9,050", "salary", 9050, 9050, "SGD", "month"),
    ("On ~S$133k of chargeable income you'd pay roughly S$9,900, an effective rate of 7.4%.",
     "S$9,900", "money", 9900, 9900, "SGD", "year"),
    # a column named as code: "median_monthly (SGD)"
    ("| role_family | postings | median_monthly (SGD) |\n|:--|--:|--:|\n"
     "| ML Engineer | 288 | 9,400 |", "9,400", "money", 9400, 9400, "SGD", "month"),
    # Hinglish ranges; hours with a word between
    ("Bhai, fresher ko 6 se 10 lakh milta hai, aur senior ko ₹18 se 28 lakh.", "₹18 se 28 lakh",
     "salary", 18e5, 28e5, "INR", "year"),
    ("I billed 1,046 billable hours in 2025.", "1,046 billable hours", "duration", 1046, 1046,
     "hours", None),
    # a job portal's range in "Lacs P.A."; a document's dollars named by "everything here is in"
    ("ML Engineer - GenAI\nAcme Analytics\n5-8 Yrs | 18-30 Lacs P.A. | Bengaluru\n",
     "18-30 Lacs P.A.", "salary", 18e5, 30e5, "INR", "year"),
    ("Everything here is in Canadian dollars.\n\nOffer B came from one of the big Canadian banks: "
     "base $118,000, bonus target 15%.", "$118,000", "salary", 118e3, 118e3, "CAD", "year"),
    # a change verb's figure stays a change though equity is named after it; a bounded change
    ("Median base pay for the same group rose 4% to $198,000, with equity grants accounting for "
     "most of the gain.", "4%", "growth", 4, 4, "%", None),
    ("We never cut pay by more than 10% in a single review because of a move.", "more than 10%",
     "growth", 10, 10, "%", None),
    ("Recruiter said we don't usually go above 30% hike, so I'm the exception.", "above 30%",
     "growth", 30, 30, "%", None),
    ("Vancouver pays within 3–5% of Toronto for most ML roles.", "3–5%", "growth", 3, 5, "%",
     None),
    ("Pay progression below the range maximum is a further 2% for a Met rating.", "2%", "growth",
     2, 2, "%", None),
    # years of experience named earlier in the clause, or a career's years
    ("The median self-reported experience by level was 4 years for mid, 7 years for senior and "
     "11 years for staff.", "11 years", "count", 11, 11, "years", None),
    ("- Median stated experience requirement: 5 years for senior roles.", "5 years", "count", 5,
     5, "years", None),
    ("I've been a software engineer for 9 years, ML for the last 5.", "9 years", "count", 9, 9,
     "years", None),
    ("After 7 years in support engineering, I got 4 offers in 9 weeks.", "7 years", "count", 7, 7,
     "years", None),
    ("The lowest I've seen in 12 years of recruiting in the region.", "12 years", "count", 12, 12,
     "years", None),
    ("Location: Bengaluru (3 days WFO)", "3 days", "count", 3, 3, "days", None),
    # guards: equity named before its figure is a stake; a clause without experience is a span
    ("Equity at a seed startup can add another 0.5 to 2 percent for a senior hire.",
     "0.5 to 2 percent", "percent", 0.5, 2, "%", None),
    ("Relevant experience is valued, and the contract runs 2 years.", "2 years", "duration", 2, 2,
     "years", None),
    # an amount added to or taken from pay, with no period of its own, is in the period of the
    # document's pay: a difference, a raise, a premium on top of base, the tax on it
    ("Seniors make $180K to $220K and juniors $100K to $120K. A peer started on $74,000, six "
     "grand more than me.", "six grand", "money", 6e3, 6e3, "USD", "year"),
    ("Mid-level pay is $150K-$170K; senior pay is $190K-$230K. In the US, a PhD was worth a "
     "median $19,000 on top of base pay.", "$19,000", "money", 19e3, 19e3, "USD", "year"),
    ("Engineers earn $120K to $160K and seniors $170K to $210K. Total cost is $418K annualised, "
     "an average increase of about $18K.", "$18K", "money", 18e3, 18e3, "USD", "year"),
    ("Seniors earn A$160k-A$190k and leads A$200k-A$240k. At A$172k you'll pay roughly A$48k in "
     "income tax.", "A$48k", "money", 48e3, 48e3, "AUD", "year"),
    ("AI engineers earn $150K-$180K and ML engineers $140K-$175K. The gap is small: $4,500 at "
     "junior, $5,800 at mid.", "$5,800", "money", 5800, 5800, "USD", "year"),
    ("Mid-level engineers earn S$7,000–S$9,000 a month. Seniors earn S$10,000–S$13,000 a "
     "month. The counter-offer was S$800 more than the first number.", "S$800", "money", 800, 800,
     "SGD", "month"),
    # guard: a cost in a document of yearly pay names no period
    ("Seniors make $180K to $220K and juniors $100K to $120K. A laptop costs $2,000.", "$2,000",
     "money", 2e3, 2e3, "USD", None),
    # a multiple in words before what it multiplies; of the past or planned, a change
    ("That is about £156K, nearly double the UK median of £85K for the same title.", "double",
     "multiplier", 2, 2, "x", None),
    ("That is roughly twice what the same engineer would invoice through a software house.",
     "twice", "multiplier", 2, 2, "x", None),
    ("22% of postings now name a model family, double the share from Q3 2025.", "double",
     "growth", 2, 2, "x", None),
    ("The strategy aims to triple the number of AI practitioners to 15,000.", "triple", "growth",
     3, 3, "x", None),
    # guard: records a survey dropped are a count of it
    ("We dropped 143 submissions we couldn't verify.", "143", "count", 143, 143, "count", None),
    # guard: a review count in brackets is a count of the page
    ("1  Northwind Analytics   ★ 4.1   (2,318 reviews)", "2,318", "count", 2318, 2318, "count",
     None),
    # guard: a list item may open with its count
    ("  • 570 IndiaAI Data Labs have been set up across the country.", "570", "count", 570, 570,
     "count", None),
    # an indented band of a memo is no code; a letter's "AED  2,000"; an en dash set as a minus
    ("The bands are:\n\n    E2 (Junior)      €58.000 - €70.000\n", "€58.000 - €70.000", "salary",
     58e3, 70e3, "EUR", "year"),
    ("Package:\n    Other allowance               AED  2,000 per month\n", "AED  2,000 per month",
     "money", 2e3, 2e3, "AED", "month"),
    ("ML job postings in Germany: –18 % against 2024.", "18 %", "growth", -18, -18, "%", None),
    # a report tagged en-CA prices in Canadian dollars; Australians named, Australian dollars
    ("---\ntitle: Hiring\nlang: en-CA\n---\n\nMedian base salary reached $128,000 in Toronto, "
     "against $150,000 in the US.", "$128,000", "salary", 128e3, 128e3, "CAD", "year"),
    ("Just over 935,000 Australians work in tech. The levy has trained Australians since 2018. "
     "Graduates earn $76,515 a year, as Australians do.", "$76,515 a year", "salary", 76515,
     76515, "AUD", "year"),
    # a unit's bracket may name its statistic too; a bare statistic's column shares the unit
    # of the column before it; a list table's title names the unit of its cells
    ("| Company type | Fixed (median, LPA) |\n|---|---|\n| GCC | 27.0 |\n", "27.0", "salary",
     27e5, 27e5, "INR", "year"),
    ("| Level | n | Hourly (US$), p25–p75 | Median |\n|---|---|---|---|\n"
     "| Senior | 15 | 50–68 | 58 |\n", "58", "salary", 58, 58, "USD", "hour"),
    (".. list-table:: Base salary, New Zealand (NZD per year, p25–p75)\n   :header-rows: 1\n\n"
     "   * - Level\n     - Data scientist\n   * - L1 Graduate\n     - 72,000 – 86,000\n",
     "72,000 – 86,000", "salary", 72e3, 86e3, "NZD", "year"),
    # guard: a statistic's column beside a column of counts stays a count
    ("| Level | Offers | Median |\n|---|---|---|\n| Senior | 200 | 14 |\n", "14", "count", 14, 14,
     "count", None),
    # a printed DataFrame indented as a notebook's output: its header of names is no code; its
    # longest row label one space from its first figure
    ("Medians:\n\n                   n  median_base_usd\nrole_family                       \n"
     "Data Scientist   959        121,500.0\n", "121,500.0", "salary", 121500, 121500, "USD",
     "year"),
    ("## ML engineer pay by metro\n\nmetro         Toronto  Vancouver\n"
     "seniority                       \njunior       97,500.0   95,000.0\n"
     "intermediate 128,000.0  124,500.0\n"
     "senior      158,000.0  156,000.0\n\nToronto pays CA$158,000 to seniors, CA$196,000 to staff.",
     "124,500.0", "salary", 124500, 124500, "CAD", "year"),
    # a table's bare pay read before the words under it that name its money
    ("| Level | median_base |\n|---|---|\n| Senior | 152000 |\n| Staff | 188000 |\n\n"
     "Seniors in Toronto earn CA$150,000 and staff CA$190,000.", "152000", "salary", 152e3, 152e3,
     "CAD", "year"),
    # a person's years of experience: "5 YOE" one quote; a column of them; a ratio set " : "
    ("SWE, 5 YOE, Bangalore. TC 48L.", "5 YOE", "count", 5, 5, "years", None),
    ("| Name | Experience (years) |\n|---|---|\n| A. Rao | 27 |\n", "27", "count", 27, 27, "years",
     None),
    ("| YOE | Fixed |\n|---|---|\n| 2 | 22L |\n", "2", "count", 2, 2, "years", None),
    ("The ratio of the CEO's pay to the median was 68.4 : 1.", "68.4 : 1", "multiplier", 68.4,
     68.4, "x", None),
    # guard: a visa's name is no duration: "14 H-1B workers"
    ("The employer underpaid 14 H-1B workers.", "14", "count", 14, 14, "count", None),
    # a caption's bracket names its unit among other words: "IN OCCUPATION, 2026 (S$)"
    ("TABLE 3   MEDIAN GROSS MONTHLY WAGE BY EXPERIENCE IN OCCUPATION, 2026 (S$)\n" + "-" * 60
     + "\nOccupation                     < 3 years    > 7 years\n" + "-" * 60
     + "\nMachine learning engineer          6,950       14,200\n", "6,950", "salary", 6950, 6950,
     "SGD", "month"),
    # two amounts a dash sets apart as a pause, the larger first, are no range
    ("She was paid a salary of $132,000 per year - $63.46 an hour - while benched.",
     "$63.46 an hour", "salary", 63.46, 63.46, "USD", "hour"),
    # a minus before an amount's symbol; annual and monthly recurring revenue
    ("| Office | Delta |\n|---|---|\n| London | −£2,140 |\n", "−£2,140", "money", -2140, -2140,
     "GBP", None),
    ("ARR grew 2.4x year over year to $9.8M.", "$9.8M", "money", 9.8e6, 9.8e6, "USD", "year"),
    ("Closed a $42M round; ARR is $3M.", "$3M", "money", 3e6, 3e6, "USD", "year"),
    ("We hit $40K MRR in May.", "$40K", "money", 40e3, 40e3, "USD", "month"),
    # guard: a range's second end keeps its own sign
    ("Rent runs $3,000-$5,000 a month.", "$3,000-$5,000 a month", "money", 3e3, 5e3, "USD",
     "month"),
    # a column of offers accepted counts them, whatever money the row's Currency cell names
    ("| Location | Currency | Accepted | Largest error |\n|---|---|---|---|\n"
     "| Pune | INR | 3 | +₹61,000 |\n", "3", "count", 3, 3, "count", None),
    # a footnote's superscript after a unit's word; "(₹ L p.a.)" over a ruled table
    ("Top band ₹1.6 Cr² for staff.", "₹1.6 Cr", "salary", 16e6, 16e6, "INR", "year"),
    ("Staff earn ₹72 LPA² on average.", "₹72 LPA", "salary", 72e5, 72e5, "INR", "year"),
    ("MEDIAN FIXED PAY BY ROLE  (₹ L p.a.)\n\n  Role              Median fixed\n"
     "  ----------------  ------------\n  Data Scientist            19.5\n", "19.5", "salary",
     19.5e5, 19.5e5, "INR", "year"),
    # a range of bare thousands with the scale on both ends, priced by a caption in a MkDocs tab
    ("=== \"Canada\"\n\n    **Base salary, Canada (C$, annual, 2026)**\n\n"
     "    | Level | Toronto | Elsewhere |\n    |---|---|---|\n    | Junior | 78K–95K | 65K–80K |\n",
     "78K–95K", "salary", 78e3, 95e3, "CAD", "year"),
    ("Listings grew from 2K-5K a month.", "2K-5K", "count", 2e3, 5e3, "count", None),
    # a multiple of what another pays; of what it was: a growth
    ("Product companies pay data scientists 2-3 times what IT services firms pay.", "2-3 times",
     "multiplier", 2, 3, "x", None),
    ("My base pay today is roughly 15 times what it was in 2017.", "15 times", "growth", 15, 15,
     "x", None),
    ("AI engineer postings are now 2.4x what they were in January 2024.", "2.4x", "growth", 2.4,
     2.4, "x", None),
    # a gap between two pay figures is money, not pay
    ("In Bengaluru the gap at senior level is about ₹5 LPA.", "₹5 LPA", "money", 5e5, 5e5, "INR",
     "year"),
    # guard: a pay gap named in another clause leaves pay as pay
    ("The pay gap closed: seniors earn $180K.", "$180K", "salary", 180e3, 180e3, "USD", "year"),
    # a change from one amount to another timed by the second
    ("On-call pay was raised from £200 to £250 per week.", "£200", "money", 200, 200, "GBP",
     "week"),
    ("My rate went from $90 to $120 an hour.", "$90", "salary", 90, 90, "USD", "hour"),
    # guard: a verb's own "from" is no change of the figures after it
    ("Relocation for candidates moving from outside Germany runs from €5,000 to €10,000.",
     "€5,000 to €10,000", "money", 5e3, 10e3, "EUR", None),
    # one amount in several currencies, or two rates, timed by the last
    ("- **Learning budget:** £1,500 / €1,700 / C$2,600 per person per year.", "€1,700", "money",
     1700, 1700, "EUR", "year"),
    ("Two people in the UK quoted £90 and £120/hour.", "£90", "salary", 90, 90, "GBP", "hour"),
    # guard: amounts of unlike size stay apart
    ("It costs $5 and $150/hour.", "$5", "money", 5, 5, "USD", None),
    # a span of years and months; a posting's pay; a share open upwards in words
    ("I stayed for 2 years and 8 months before moving.", "2 years and 8 months", "duration", 32,
     32, "months", None),
    ("A lab posted a role advertising $175,000 to $335,000.", "$175,000 to $335,000", "salary",
     175e3, 335e3, "USD", "year"),
    ("Two years ago that premium was more like 30-plus percent.", "30-plus percent", "growth", 30,
     30, "%", None),
    # guard: "6-month" names a cliff, not the months of a span of years
    ("PPUs: $1.5M / 4 yrs, 6-month cliff", "4 yrs", "duration", 4, 4, "years", None),
    # a rate of leaving over a period is a share, not a change (but a change of it is one)
    ("Voluntary attrition in GenAI teams was 16.8% over the trailing twelve months.", "16.8%",
     "percent", 16.8, 16.8, "%", None),
    ("Attrition rose 3% last year.", "3%", "growth", 3, 3, "%", None),
    # a bounded difference from another figure
    ("Some firms now pay AI engineers up to 40% more than analysts.", "up to 40%", "growth",
     None, 40, "%", None),
    # multiples of the past
    ("My CTC today is over 12x what I started at.", "over 12x", "growth", 12, 12, "x", None),
    ("Hiring volume for ML roles was 2.1x its 2024 level.", "2.1x", "growth", 2.1, 2.1, "x",
     None),
    # guard: a multiple of another figure of the same year
    ("AI pay is 1.5x the 2024 median of analysts.", "1.5x", "multiplier", 1.5, 1.5, "x", None),
    # a sign-on bonus and the sum an insurance covers are money
    ("I've seen sign-ons of $250,000 for staff hires.", "$250,000", "money", 250e3, 250e3, "USD",
     None),
    ("## Benefits beyond CTC\n\nMedical insurance of ₹10L for the family is standard.", "₹10L",
     "money", 1e6, 1e6, "INR", None),
    # changes heading a list, or named right after the figure
    ("Counter-offer bumps we've seen this quarter: 10–20% on base.", "10–20%", "growth", 10, 20,
     "%", None),
    ("The ~8% move since January says yes.", "8%", "growth", 8, 8, "%", None),
    # guard: a move later in the clause is not the figure's
    ("60% exempt if you move with a minor child.", "60%", "percent", 60, 60, "%", None),
    # what companies hire freshers at is pay, in lakhs
    ("“Service companies are still hiring at 3.5 to 4 lakh,” said a recruiter in Pune.",
     "3.5 to 4 lakh", "salary", 3.5e5, 4e5, "INR", "year"),
    # thousands grouped by spaces where the document groups them so
    ("South Africa had 66 000 ICT vacancies, 3 200 graduates and pay of R25 000 a month.",
     "66 000", "count", 66e3, 66e3, "count", None),
    ("In 2023, 2 400 learners started it; 1 310 found work at NOK 52 000.", "2 400", "count", 2400,
     2400, "count", None),
    # pay quoted by the month where pay is so quoted, by its size
    ("The Oslo offer is NOK 92 000 gross, against my SEK 64 500 in Gothenburg.", "NOK 92 000",
     "salary", 92e3, 92e3, "NOK", "month"),
    ("Pleno ML engineers in São Paulo earn R$ 19.800 under CLT.", "R$ 19.800", "salary", 19800,
     19800, "BRL", "month"),
    # ten thousands of won; South Africa's rand, grouped or scaled as money is
    ("Current 연봉 **5,800만원** base, about 489만원/month in hand.", "5,800만원", "salary", 58e6,
     58e6, "KRW", "year"),
    ("Take-home would be about **489만원/month**.", "489만원/month", "salary", 4.89e6, 4.89e6,
     "KRW", "month"),
    ("Our posted band of **R850k–R1.05m CTC** was below market.", "R850k–R1.05m", "salary", 85e4,
     105e4, "ZAR", "year"),
    ("Interviewer time (212 h × R850/h loaded cost)", "R850/h", "money", 850, 850, "ZAR", "hour"),
    ("whether the R1.2 billion set aside for digital skills would reach learners", "R1.2 billion",
     "money", 1.2e9, 1.2e9, "ZAR", None),
    # spoken amounts in naira; Nordic millions and thousands of kronor
    ("My bank paid a hundred and eighty thousand naira a month.",
     "a hundred and eighty thousand naira a month", "salary", 18e4, 18e4, "NGN", "month"),
    ("Net sales rose to MSEK 1,184 in 2025.", "MSEK 1,184", "money", 1.184e9, 1.184e9, "SEK", None),
    ("We paid 96 MSEK for Datavind.", "96 MSEK", "money", 96e6, 96e6, "SEK", None),
    # New Taiwan dollars, Vietnamese millions of dong, pesos of the country the page names
    ("I started on NT$22,000 a month in 2010.", "NT$22,000 a month", "money", 22e3, 22e3, "TWD",
     "month"),
    ("Mid engineers earn 25–40 triệu a month.", "25–40 triệu a month", "salary", 25e6, 40e6, "VND",
     "month"),
    ("In Bogotá a junior earns between 5 and 7 million pesos a month.",
     "5 and 7 million pesos a month", "salary", 5e6, 7e6, "COP", "month"),
    ("My first job in Colombia paid $1.800.000 a month.", "$1.800.000 a month", "salary", 1.8e6,
     1.8e6, "COP", "month"),
    # an amount that prices another money is the rate between them
    ("At ₱58 to the dollar, that is a lot.", "₱58", "metric", 58, 58, "PHP/USD", None),
    ("Rates used: 18.40 pesos mexicanos per dollar.", "18.40 pesos", "metric", 18.4, 18.4,
     "MXN/USD", None),
    # rupiah in millions; Egyptian pounds by the month; pesos written as Chile writes them
    ("Seniors in Jakarta earn Rp 35 juta a month.", "Rp 35 juta a month", "salary", 35e6, 35e6,
     "IDR", "month"),
    ("The bootcamp fee is Rp5.729.876.", "Rp5.729.876", "money", 5729876, 5729876, "IDR", None),
    ("Graduates in Alexandria get EGP 35,000 a month.", "EGP 35,000 a month", "money", 35e3, 35e3,
     "EGP", "month"),
    ("In Santiago, Chile, a lead's salary is $5,2 millones.", "$5,2 millones", "salary", 5.2e6,
     5.2e6, "CLP", "month"),
    # Argentine pay by the month; Pakistani rupees in lakhs
    ("Seniors in Buenos Aires earn ARS 2.450.000 gross.", "ARS 2.450.000", "salary", 2.45e6,
     2.45e6, "ARS", "month"),
    ("Seniors in Lahore earn PKR 11.2 lakh a month.", "PKR 11.2 lakh a month", "salary", 1.12e6,
     1.12e6, "PKR", "month"),
    # any known currency's code, after its figure too; a fortune's floor of dinars
    ("A senior engineer earns 120,000 HKD a year.", "120,000 HKD a year", "salary", 12e4, 12e4,
     "HKD", "year"),
    ("Seniors in Kuwait earn KWD 24,000.", "KWD 24,000", "salary", 24e3, 24e3, "KWD", "year"),
    # bare dollars of the one country a page names without marking its dollars
    ("Senior engineers in Auckland get $165k–$190k base. Wellington and Christchurch pay less, "
     "and New Zealand firms rarely match Sydney's A$200k–A$230k.", "$165k–$190k", "salary",
     165e3, 190e3, "NZD", "year"),
    ("In Vancouver a senior earns $160K to $205K. Vancouver, Victoria and the rest of British "
     "Columbia trail Seattle, where the same engineer gets US$230,000. Canada and Canadian firms "
     "must respond.", "$160K to $205K", "salary", 160e3, 205e3, "CAD", "year"),
    ("In Ottawa, Toronto and the rest of Ontario and Canada, a senior earns $158,000–$186,000. "
     "Ottawa offers from US firms paid US$150,000 to US$205,000; a US$170,000 offer is about "
     "C$233,000.", "$158,000–$186,000", "salary", 158e3, 186e3, "CAD", "year"),
    # rupees of the country a page names; millions as "Mn"; Peruvian soles; tenge
    ("Colombo firms pay seniors Rs. 550,000 – 850,000 a month; Kandy and Galle pay less.",
     "Rs. 550,000 – 850,000 a month", "salary", 55e4, 85e4, "LKR", "month"),
    ("Total: Rs. 6.5 Mn a year at the Colombo office (Sri Lanka); Kandy pays less.",
     "Rs. 6.5 Mn a year", "salary", 6.5e6, 6.5e6, "LKR", "year"),
    ("In Lima juniors start at S/ 5,500 a month.", "S/ 5,500 a month", "salary", 5500, 5500, "PEN",
     "month"),
    ("Seniors get 600,000 to 850,000 tenge a month.", "600,000 to 850,000 tenge a month", "money",
     6e5, 8.5e5, "KZT", "month"),
    # a page's dollars "in CAD", its Canadian cities; taka, and lakhs in Dhaka; dinars; dirhams
    # of the country a page names
    ("`base_cad` is annual base salary in CAD. Edmonton's median was $111,500 and Calgary's "
     "$119,000.", "$111,500", "salary", 111500, 111500, "CAD", "year"),
    ("Seniors in Edmonton, Calgary and elsewhere in Alberta earn $152,000 a year.",
     "$152,000 a year", "salary", 152e3, 152e3, "CAD", "year"),
    ("In Dhaka juniors start at ৳55,000–৳85,000 a month.", "৳55,000–৳85,000 a month", "salary",
     55e3, 85e3, "BDT", "month"),
    ("My Dhaka offer: Tk 1,42,000/month, about ~18.7 lakh a year in Bangladesh terms; Gulshan "
     "rents are high.", "18.7 lakh a year", "salary", 18.7e5, 18.7e5, "BDT", "year"),
    ("In Belgrade a senior nets 285.000 RSD a month.", "285.000 RSD a month", "salary", 285e3,
     285e3, "RSD", "month"),
    ("In Casablanca, a junior in Morocco earns 7,500 DH a month; Rabat pays less.",
     "7,500 DH a month", "salary", 7500, 7500, "MAD", "month"),
    # a money's figure with three decimals is in thousands (not a rial's fils); Uruguayan pesos;
    # cedis; drams by their sign
    ("Contract pays USD 5.800 a month in Medellín.", "USD 5.800 a month", "salary", 5800, 5800,
     "USD", "month"),
    ("OMR 1,650.000 a month basic.", "OMR 1,650.000 a month", "money", 1650, 1650, "OMR", "month"),
    ("In Montevideo, a senior earns $ 142.000 a month in Uruguay; Montevideo rents are high.",
     "$ 142.000 a month", "salary", 142e3, 142e3, "UYU", "month"),
    ("Juniors in Accra get GH₵ 4,500 to GH₵ 6,000 a month.", "GH₵ 4,500 to GH₵ 6,000 a month",
     "money", 4500, 6000, "GHS", "month"),
    ("Net pay is 745,000 ֏ a month.", "745,000 ֏ a month", "salary", 745e3, 745e3, "AMD", "month"),
    # the parts of a CTC by their labels; a column "(L)" in lakhs of rupees
    ("Breakdown, per annum:\n\n1. Basic                           10,80,000\n"
     "2. House Rent Allowance             5,40,000\n", "5,40,000", "money", 54e4, 54e4, "INR",
     None),
    ("| Company | Fixed (L) | Joining (L) |\n|---|---|---|\n| QuickCommerce Co | 36.0 | 3.0 |\n",
     "36.0", "salary", 36e5, 36e5, "INR", "year"),
    # a currency's name after its figure; Swiss francs, by the month where paid in thirteen
    ("Juniors get 980,000 forints a month gross.", "980,000 forints a month", "salary", 98e4,
     98e4, "HUF", "month"),
    ("- **B** pays in 13 instalments of CHF 11'300.", "CHF 11'300", "salary", 11300, 11300, "CHF",
     "month"),
    ("yes, around Fr. 7'750–7'950 per regular payslip.", "Fr. 7'750–7'950", "salary", 7750, 7950,
     "CHF", "month"),
    ("My CHF 148'000 offer is fine, but rent near ETH is 3'000–3'600 for a flat.", "3'000–3'600",
     "money", 3000, 3600, "CHF", None),
    ("Freshers earn around Rs. 45,000 in hand.", "Rs. 45,000", "salary", 45e3, 45e3, "INR",
     "month"),
    # rates between any two moneys; an amount in another money is no rate
    ("- Using 5.8 HKD per SGD, B is ahead.", "5.8 HKD", "metric", 5.8, 5.8, "HKD/SGD", None),
    ("按 1 SGD ≈ 5.4 CNY 换算", "5.4 CNY", "metric", 5.4, 5.4, "CNY/SGD", None),
    ("A UK senior (£112k ≈ US$142k) still out-earns one in Singapore.", "£112k", "salary", 112e3,
     112e3, "GBP", "year"),
    # a raise an employer came up by on an offer
    ("Offer #2 started at $170K base. I shared the competing offer and they came up $12K.", "$12K",
     "money", 12e3, 12e3, "USD", "year"),
]  # fmt: skip


def test_extract_splits_a_change_from_one_value_to_another() -> None:
    got = [(c.quote, c.low) for c in extract_claims("My base pay went from $95K to $210K.")]
    assert got == [("$95K", 95e3), ("$210K", 210e3)]


NOT_CLAIMS = [
    # a legal citation, a hearing's transcript and exhibit numbers
    "under 8 U.S.C. § 1182(n) and 20 C.F.R. § 655.731(c)(7)(i)-(ii).",
    "See § 655.820 and the transcript (Tr. 288.) and (RX 4.).",
    # a reStructuredText code directive's lines
    '.. code-block:: python\n\n   bands.lookup(level="L2", pct=(10, 90))\n\n   # 25 retries\n',
    "Derived from job titles coded to SOC 2020 unit groups 2433 and 2434.",  # reference codes
    "Occupations (ISCO-08), codes 133, 215, 25, 35, 3114, 3522 and 7422.",
    "Source: Statistics Canada, Table 14-10-0380-01 and 14-10-0287-01.",
    "ISSN 2424-8517 (online)",
    "| 2133 IT business analysts, architects and systems designers |",  # an occupation's code
    "Is that low?\n  31 replies   2 reposts   301 likes\n",  # a post's counters, set in columns
    " main  ▾   3 branches   14 tags                         Go to file",  # a code host's
    "a41c9e0 · 3 weeks ago   418 commits\n",
    "Cells with fewer than 30 responses are suppressed (—).",  # a publication threshold
    "We only report a cell when it has at least 25 responses.",
    "Pay growth has cooled from the double-digit rises of 2022.",  # "double" names no multiple
    "Salary          0-3 Lakhs (14)   3-6 Lakhs (92)   6-10 Lakhs (311)   15+ Lakhs (1,461)",
    "<sub>share · edit · follow · flag   answered 3 days ago **mei_ling** 8,772 ● 3 ● 41</sub>",
    "Hinglish mein: 2024 se 2025 tak hiring slow thi.",  # years, no range of figures
    "It cost fifty randomly chosen teams nothing.",  # no rand in "randomly"
    "Your monthly in-hand will be a lot lower than CTC ÷ 12.",
    "Take the figure on your offer letter, divide by 12 and expect that much.",
    "Questionnaire diffusé du 8 janvier au 9 février 2026.",  # French and German dates
    "Die Umfrage lief vom 3. März bis 14. Juni.",
    "u/gradient_descent_bro · 214 points · 3 mo. ago\n",  # a post's age
    "Harbourline Talent | AI, ML & Data                          Page 12\n",  # a running head
    "The method is set out on page 14 of the report.",
    "Contents\n  6.  Contracting in 2027 ...................................... 12\n",
    "<p>Shelton Street, London &middot; +44&nbsp;20&nbsp;3966&nbsp;0142</p>",  # a phone
    "Office: +91-80-4110 2200 (weekdays).",
    "Monthly budget\n#+TBLFM: @5$2..@5$4=vsum(@2..@4)\n",  # an Org table's formulas
    "Engineers earn well.[^1]",
    "Intro\n\n1 / 16\nTHE MARKET\n",
    "Jobs\n\n« Prev   1  2  3  4  5  …  387   Next »\n",
    "Great data, thanks.\nLike · 14 | Reply · 3 Replies\n",
    "👍❤️💡 1,284 · 213 comments · 96 reposts",
    "PANEL 1 — WHO WE ASKED",
    "More engineers changed employer in the past 12 months than in 2025.",
    "New postings rose on the previous 30 days.",
    "The chart converts at GBP 1 = USD 1.27 and EUR 1 = USD 1.08.",
    "612 points by whoishiring 9 days ago | hide | past",
    "218  ·  41  ·  Share",
    "Press office: 020 7215 3000 (out of hours: 020 7215 3505)",
    "The route covers occupation codes 2134 (programmers and software developers).",
    "| Tier | Cities |\n|---|---|\n| 1 | SF Bay Area, New York |",
    "Download the original PNG (1080 × 5400 px).",
    "<pre><code>gross = 95_000\ntax = (gross - 50_270) * 0.40\n</code></pre>",
    "Hiring? Call the team on 0161 496 0732 or email us.",
    "Quillbrook, Inc. · W 39th St, New York, NY 10018 · Privacy",
    "US independents (1099, senior, LLM-focused) are in demand.",
    "Date: Thu, 9 Jul 2026 07:02:11 +0000",
    "Contents\n1  Methodology .............. 3\n2  Base salary by level ....... 4\n",
    "Through an agency on a W-2 I got paid more; going 1099 direct is better.",
    "Survey team report v1.2 · Released 18 March 2026",
    "Originally published on March 3, 2026 by the editors.",
    "Offers signed now that run into 2027 will change.",
    "We launched the survey and published it since 2024.",
    "Hiring rose sharply in 2025 and started to cool in 2026.",
    "r/cscareerquestionsEU • 15 hr. ago",
    "I moved back for family.\n\n412\n287\nShare\n",
    "[^2]: The survey ran from October 1 to December 15, 2025.",
    "![Chart: 42% of postings (n=2,400)](/img/chart-2026.png)",
    "<!--\n  Editor note: the old post said $142K.\n  Chart data: 1,140 / 2,040\n-->",
    'Read the report.<sup><a href="#fn1">1</a></sup> And the notes.<sup>2</sup>',
    "Wikipedia says so.[3]",
    "We cleaned the data with pandas 2.2 and a model (XGBoost 2.0).",
    "Two years ago, job boards were different.",
    "A flat in zone 2 is near zones 1-3 and Plan 2 loans.",
    "The open model costs little per 1,000 requests.",
    "## 2) Negotiating the second offer",
    "<table>\n</table>",
    "Is £70,000 enough? It is a fair question, and so is this one: is £70,000 enough?",
    "Say you're offered $150K. A counter at $165K is easy to defend; you may land at $157.5K.",
    "The middle half of offers fell in one band.",
    "They doubled down on hiring. Twice a year we meet. One of the best teams.",
    "AI Talent Report 2026 | Page 7 of 24",
    "1️⃣ Learn the maths first",
    "throwaway_ml · 13h · 287 points",
    "Job Outlook, 2024-34",
    "3 lessons from that stretch:",
    "Percentages may not sum to 100.",
    "Figures are rounded to the nearest 1k.",
    "Slide 3 / 14",
    "Rates used: 1 SGD = 0.74 USD.",
    "<script>var sample_rate = 25; setInterval(ping, 15000);</script>",
    "(1) Senior ML Engineer, Austin",
    "She runs a team at a FTSE 100 bank.",
    "X axis: 0   50   100   150 (k USD)",
    "3 takeaways",
    "**1. Self-directed.** Cheap but slow.",
    'The brief: "We want to process 10,000 contracts per week to extract structured data."',
    'Question 1: "Our retrieval layer serves 40,000 queries per minute and p95 latency doubled."',
    "Level L5 pays well; we use L2 regularisation.",
    "**u/tensor_chai** · ▲ 642",
    "❤️ 214 🦄 12 🔖 96",
    "| # | Recruiter |\n|---|---|\n| 1 | TCS |\n| 2 | Infosys |",
    "| Rank | Company |\n|---|---|\n| 1 | Acme |",
    "| Month | Focus |\n|---|---|\n| 1-2 | Python and SQL |\n| 3-4 | Statistics |",
    '"Imagine you are offered $150,000 base and a 10% bonus by a startup," the coach said.',
    '<p class="meta">1,204 views &middot; 37 comments &middot; <a href="/s">Subscribe</a></p>',
    "Technical information:  (202) 555-0148  *  Media contact: 555-0163",
    "ABN 51 824 753 556. Voice phone: (202) 555-0100; Relay Service TTY 7-1-1.",
    "Software developers (15-1252) and SOC 15-2051 data scientists.",
    "All wages are in constant 2024 dollars.",
    "Notes: Standard errors in parentheses. * p<0.10, ** p<0.05, *** p < 0.01.",
    "T: +44 (0)20 7946 0321  |  M: +44 (0)7700 900418\nUS line: +1 (646) 555-0193",
    "3rd Floor, 41 Great Sutton Street, London",
    "Polder Talent B.V. · 3511 GC Utrecht · KvK 81234567 · +31 30 760 4400",
    "5:42 PM · 184.3K Views\n💬 96  🔁 1.1K  ❤️ 4.8K  🔖 2.9K",
    "2,418 Following · 31.7K Followers",
    "Published 18 June 2026 · Part 4 of 7 · Survey fielded 4–27 May 2026",
    "Gepubliceerd: 14 januari 2026 · Leestijd: 7 min",
    "Converted at 2025 average exchange rates (US$1 = £0.787, €0.926, CA$1.369, R$5.44).",
    "### 4.1 Who builds AI?",
    "[← 3. Tools & languages](#) · [5. Working conditions →](#)",
    "1 / THE MONEY IS STILL FLOWING",
    "Most named an Anthropic model (Claude Sonnet 4 was the most-named).",
    "Across all four countries, and in the four metros, build two or three projects.",
    "Three reasons matter here. Our five biggest customers agree.",
    "Many GCCs were set up in India in 2025.",  # a time frame, where "founded in" would date
    "The slabs introduced in Budget 2025 apply.",
    "[00:05:36] Speaker 2 (Priya): thanks marcus\nSPEAKER_01: yeah\n",  # a transcript's speakers
    # a config file as `head` prints it among others
    "==> config/defaults.yaml <==\nbase_salary:\n  us: 150000\n  uk: 78000\nbonus_pct: 10\n",
    # a Q&A site's age of a question, votes, favourites, reputation and badges
    "Asked 2 years, 7 months ago   Modified 2 years, 6 months ago\n\n47\n▲\n▼\n★ 31\n\n"
    "asked Mar 3, 2024 at 22:41\ndataweaver\n2,381  ●3  ●19  ●31\n",
    "The R2 of the model and the R1 release",  # no rand without a figure grouped or scaled
    "Exchange rate used: = US$1.",  # the one of a rate
]


@pytest.mark.parametrize("text", NOT_CLAIMS, ids=[t[:40] for t in NOT_CLAIMS])
def test_extract_ignores_markup_markers_versions_and_time_frames(text: str) -> None:
    assert [c.quote for c in extract_claims(text)] == []


def test_extract_reads_html_table_rows_with_header_cells_as_columns() -> None:
    text = (
        "<table>\n  <thead><tr><th>Title</th><th>Median salary</th><th>Postings</th></tr></thead>\n"
        "  <tbody>\n    <tr><td>LLM Ops Engineer</td><td>$151,000</td><td>640</td></tr>\n"
        "  </tbody>\n</table>\n"
    )
    got = [(c.quote, c.kind, c.qualifiers.get("column")) for c in extract_claims(text)]
    assert got == [("$151,000", "salary", "Median salary"), ("640", "count", "Postings")]


def test_extract_reads_bare_figures_under_a_long_header_set_in_columns() -> None:
    text = (
        "ANNUAL BASE SALARY (2026)\n\n"
        "Role / level                        Singapore (S$)      Toronto (C$)\n"
        "ML Engineer, Senior (6+ yrs)        150,000–210,000     160,000–200,000\n"
    )
    got = [(c.quote, c.kind, c.unit, c.qualifiers.get("column")) for c in extract_claims(text)]
    assert got[-2:] == [
        ("150,000–210,000", "salary", "SGD", "Singapore (S$)"),
        ("160,000–200,000", "salary", "CAD", "Toronto (C$)"),
    ]


def test_extract_gives_a_tables_figures_the_unit_its_caption_names_for_all_of_them() -> None:
    text = (
        "*Hourly rates for contract AI engineers. All figures in USD per hour, before tax.*\n\n"
        "| Based in | Junior | Senior |\n|---|---|---|\n| United States | 65–90 | 130–180 |\n\n"
        "Medians; base, equity and total comp in USD thousands per year.\n\n"
        "| Tier | Base | Equity / yr | Offers |\n|---|---|---|---|\n| AI labs | 305 | 410 | 41 |\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("65–90", 65, "USD", "hour"), ("130–180", 130, "USD", "hour"),
        ("305", 305e3, "USD", "year"), ("410", 410e3, "USD", "year"), ("41", 41, "count", None),
    ]  # fmt: skip


def test_extract_reads_an_indian_posts_bare_fixed_and_variable_pay_in_lakhs() -> None:
    text = "Current CTC is 21.5 LPA (19.8 fixed + 1.7 variable). In-hand ₹1.35 lakh a month."
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)][1:3]
    assert got == [("19.8", "salary", 198e4, "INR", "year"), ("1.7", "money", 17e4, "INR", "year")]
    text = "ServiceNow, Sr. ML Engineer: 68 LPA (48 fixed + 20 RSU). ₹1.2L in-hand, ₹30,000 rent."
    got = [(c.quote, c.kind, c.low) for c in extract_claims(text)][1:3]
    assert got == [("48", "salary", 48e5), ("20", "money", 20e5)]
    # elsewhere "fixed" is no part of pay, and a document not in lakhs keeps its bare counts
    kinds = [c.kind for c in extract_claims("We keep 3 fixed servers and 19.8 fixed costs.")]
    assert kinds == ["count", "count"]


LAKH_THREAD = "Current CTC 19.5 LPA, offer ₹36L fixed. Another offer: 33 LPA + ₹3L joining. "


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("A friend says GCCs pay 40+ for my exp.", "40+", (40e5, 40e5)),
        ("Most Series B AI startups I know pay 30-38 for your exp.", "30-38", (30e5, 38e5)),
        ("Median for GenAI roles at that exp is maybe 35-40.", "35-40", (35e5, 40e5)),
        ("Got a 68% hike on fixed (14 -> 23.5).", "23.5", (23.5e5, 23.5e5)),
    ],
)
def test_extract_reads_bare_figures_in_talk_of_pay_as_lakhs_in_an_indian_thread(
    sentence: str, quote: str, value: tuple[float, float]
) -> None:
    claims = {c.quote: c for c in extract_claims(LAKH_THREAD + sentence)}
    claim = claims[quote]
    assert (claim.kind, claim.low, claim.high, claim.unit) == ("salary", *value, "INR")


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaning towards Offer 3 for the learning.",  # a name among several
        "The jump comes between year 3 and year 5, when most switch.",
        "Divide the CTC by 12.",
        "I had 3 offers at 5 YOE.",  # a count of things
        "The number of AI roles offered on campus rose to 131 from 57.",
    ],
)
def test_extract_keeps_numbers_that_are_not_pay_in_an_indian_thread(sentence: str) -> None:
    claims = [c for c in extract_claims(LAKH_THREAD + sentence) if c.start >= len(LAKH_THREAD)]
    assert claims
    assert all(c.kind == "count" for c in claims), [(c.quote, c.kind) for c in claims]


def test_extract_reads_no_bare_lakhs_in_a_page_that_writes_pay_in_other_currencies() -> None:
    text = "Senior UK base £102k; £95k-£120k band; $140K in NYC. One Bengaluru offer was ₹55 LPA. "
    text += "So the UK median (102) is below what Kestrel says, and pay 30-38 for juniors."
    bare = [(c.quote, c.kind) for c in extract_claims(text) if c.quote in ("102", "30-38")]
    assert bare == [("102", "count"), ("30-38", "count")]


def test_extract_reads_a_space_set_header_with_one_figure_and_yearly_table_columns() -> None:
    text = (
        "City            Median base   1BR rent   Take-home on $200K*\n"
        "San Francisco   $228,000      $3,150     $132,000\n\n"
        "| Level | Base | Stock/yr | Bonus | Sign-on bonus |\n|---|---|---|---|---|\n"
        "| Entry | $142K | $24K | $11K | $20K |\n"
    )
    got = [(c.quote, c.kind, c.period, c.qualifiers.get("column")) for c in extract_claims(text)]
    assert got == [
        ("$228,000", "salary", "year", "Median base"), ("$3,150", "money", "month", "1BR rent"),
        ("$132,000", "salary", "year", "Take-home on $200K*"), ("$142K", "salary", "year", "Base"),
        ("$24K", "money", "year", "Stock/yr"), ("$11K", "money", "year", "Bonus"),
        ("$20K", "money", None, "Sign-on bonus"),
    ]  # fmt: skip


def test_extract_reads_a_rows_currency_column_and_a_rows_measure() -> None:
    text = (
        "*Median base in thousands of local currency per year.*\n\n"
        "| Location | Currency | Median base |\n|---|---|---:|\n| London | GBP | 98 |\n\n"
        "| | FY25 | FY26 |\n|---|---|---|\n| Billable hours | 905 | 1,180 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("98", "salary", 98e3, "GBP", "year"),
        ("905", "duration", 905, "hours", None), ("1,180", "duration", 1180, "hours", None),
    ]  # fmt: skip


def test_extract_reads_a_table_under_a_rule_of_dashes_with_a_header_on_two_lines() -> None:
    text = (
        "Table 2. Employment projections, 2025-35\n(Numbers in thousands)\n\n"
        "  Occupation                    Employment      Change, 2025-35\n"
        "                                2025    2035    Number   Percent\n"
        "  ---------------------------   -----   -----   ------   -------\n"
        "  Machine learning engineers    168.9   229.7     60.8     36.0\n\n"
        "Table 3. Employment, May 2025\n\n"
        "  Occupation                    SOC code   Employment\n"
        "  ---------------------------   --------   ----------\n"
        "  Data scientists               15-2051       121,400\n"
    )
    got = [
        (c.quote, c.kind, c.low, c.unit, c.qualifiers.get("column")) for c in extract_claims(text)
    ]
    assert got == [
        ("168.9", "count", 168900, "count", "Employment 2025"),
        ("229.7", "count", 229700, "count", "Employment 2035"),
        ("60.8", "count", 60800, "count", "Change, 2025-35 Number"),
        ("36.0", "growth", 36, "%", "Change, 2025-35 Percent"),
        ("121,400", "count", 121400, "count", "Employment"),
    ]


def test_extract_reads_a_report_table_whose_cells_are_two_spaces_apart() -> None:
    text = (
        "1. SUMMARY\n\n"
        "Particulars                                 2025-26        2024-25\n"
        "Total offers (including multiple offers)    1,237          1,019\n"
        "Highest CTC - domestic                      Rs. 56.00 LPA  Rs. 44.00 LPA\n"
        "Offers with CTC of Rs. 20 LPA and above     104            71\n"
    )
    got = [(c.quote, c.kind, c.low, c.qualifiers.get("column")) for c in extract_claims(text)]
    assert got[:4] == [
        ("1,237", "count", 1237, "2025-26"), ("1,019", "count", 1019, "2024-25"),
        ("Rs. 56.00 LPA", "salary", 56e5, "2025-26"), ("Rs. 44.00 LPA", "salary", 44e5, "2024-25"),
    ]  # fmt: skip
    assert got[-2:] == [("104", "count", 104, "2025-26"), ("71", "count", 71, "2024-25")]


def test_extract_reads_right_aligned_figures_and_a_tables_period_from_its_introduction() -> None:
    text = (
        "Branch            Eligible   % Placed   Avg. CTC (LPA)\n"
        "CSE                 412        94.4         14.96\n\n"
        "This is how it breaks up on the salary annexure (yearly figures):\n\n"
        "| Component | Amount (₹) |\n|---|---|\n| HRA (50% of Basic) | 6,40,000 |\n\n"
        "| Gross salary | New regime tax |\n|---|---|\n| ₹15 lakh | ₹97,500 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("412", "count", 412, "count", None), ("94.4", "percent", 94.4, "%", None),
        ("14.96", "salary", 1496000, "INR", "year"), ("50%", "percent", 50, "%", None),
        ("6,40,000", "money", 640000, "INR", "year"), ("₹15 lakh", "salary", 15e5, "INR", "year"),
        ("₹97,500", "money", 97500, "INR", "year"),
    ]  # fmt: skip


def test_extract_reads_a_slide_whose_caption_stands_above_its_number() -> None:
    text = (
        "Slide 5 / 16\nTotal compensation at the top\n"
        "Big Tech senior ML engineer, median total comp\n$372,000\n"
        "Equity as a share of total comp\n41%\n\n"
        "3.5X\nDemand growth since 2022\n$180K\nAverage US AI engineer salary\n"
    )
    got = [(c.quote, c.kind, c.period) for c in extract_claims(text)]
    assert got == [
        ("$372,000", "salary", "year"), ("41%", "percent", None),
        ("3.5X", "growth", None), ("$180K", "salary", "year"),
    ]  # fmt: skip


def test_extract_gives_a_tables_figures_the_unit_its_caption_names_in_brackets() -> None:
    text = (
        "MEDIAN ANNUAL CTC BY CITY (₹ lakh, fixed + variable)\n\n"
        "| City | Fresher (0–2 yrs) | n |\n|---|---|---|\n| Bengaluru | 9.6 | 412 |\n\n"
        "Table: bands, Zone 1 (USD)\n\n| Level | Base |\n|---|---|\n| MLE 1 | 142,000 |\n\n"
        "💰 CHF 150'000 – 185'000 + annual bonus\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("9.6", "salary", 96e4, "INR", "year"), ("412", "count", 412, "count", None),
        ("1", "count", 1, "count", None), ("142,000", "salary", 142e3, "USD", "year"),
        ("CHF 150'000 – 185'000", "salary", 15e4, "CHF", "year"),
    ]  # fmt: skip


def test_extract_reads_a_price_per_gpu_hour_and_a_column_of_thousands() -> None:
    text = (
        "| Accelerator | On-demand, hyperscaler ($/GPU-hr) | Postings (thousands) |\n"
        "|---|---|---|\n| NVIDIA H100 SXM | 6.90–11.00 | 18.4 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("6.90–11.00", "money", 6.9, "USD", "hour"), ("18.4", "count", 18400, "count", None),
    ]  # fmt: skip


def test_extract_reads_a_tables_currency_column_and_percent_caption_for_every_column() -> None:
    text = (
        "Median hourly rate paid, by region and level (local currency per hour):\n\n"
        "| Region | Currency | Senior |\n|---|---|---|\n| United Kingdom | GBP | 95 |\n\n"
        "Share of AI/ML engineer postings by employer type (% of postings):\n\n"
        "| Employer type | Q3 2026 |\n|---|---|\n| Big Tech | 18 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [("95", "salary", 95, "GBP", "hour"), ("18", "percent", 18, "%", None)]


def test_extract_gives_every_column_the_unit_a_caption_names_with_its_scale() -> None:
    text = (
        "**Table 1.** Median annual base salary, AI engineers, USD thousands.\n\n"
        "| Level | Years of experience | SF / NYC |\n|---|---|---|\n| Junior (L3) | 0–2 | 145 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text)]
    assert got == [("0–2", "count", 0, "years"), ("145", "salary", 145e3, "USD")]


def test_extract_reads_a_tables_lakhs_named_in_the_sentence_before_it() -> None:
    text = (
        "Figures are in ₹ lakh per annum and include variable pay; ESOPs are excluded.\n\n"
        "| City | Fresher (0-2 yrs) |\n|---|---|\n| Bengaluru | 8-14 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.high, c.unit, c.period) for c in extract_claims(text)]
    assert got[-1] == ("8-14", "salary", 8e5, 14e5, "INR", "year")


def test_extract_reads_a_tables_unit_in_the_sentence_before_a_note_that_ends_its_intro() -> None:
    text = (
        "Annual base salary, € thousands. Excludes bonus, equity and pension.\n\n"
        "Role                 Junior (0–2 yrs)   Senior (6+ yrs)\n"
        "Data Scientist       45 – 55            80 – 98\n"
    )
    got = [(c.quote, c.kind, c.low, c.high, c.unit, c.period) for c in extract_claims(text)]
    assert ("45 – 55", "salary", 45e3, 55e3, "EUR", "year") in got
    assert ("80 – 98", "salary", 80e3, 98e3, "EUR", "year") in got


def test_extract_reads_the_dollars_and_period_a_document_declares_for_all_its_figures() -> None:
    text = (
        "# Rate guidance for AI contractors (Canada)\n\nAll figures are hourly rates in **Canadian "
        "dollars**, before our platform fee.\n\n| Specialisation | Mid | Senior |\n|---|---|---|\n"
        "| ML engineering | $90–$120 | $120–$165 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert ("$90–$120", "salary", 90, "CAD", "hour") in got


def test_extract_reads_a_canadian_essays_dollars_as_canadian_beside_one_fee_in_us_dollars() -> None:
    text = (
        "I joined one of the big Canadian banks in Toronto and was earning $118,000 CAD. What I "
        "spent: a cloud certification ($300 USD exam fee) and a course that cost $2,400. Call it "
        "$3,500 Canadian.\n\nA Toronto fintech offered $152,000 base. A US company hiring in "
        "Canada offered $172,000 CAD base. In Toronto that is a lot.\n"
    )
    got = {c.quote: c.unit for c in extract_claims(text)}
    assert (got["$2,400"], got["$152,000"], got["$300 USD"]) == ("CAD", "CAD", "USD")


def test_extract_reads_the_figure_a_component_shows_in_its_value_attribute() -> None:
    text = (
        "<StatGrid>\n"
        '  <Stat value="36%" label="projected growth in US data scientist jobs" source="BLS" />\n'
        '  <Stat value="$108,020" label="median annual pay, May 2023" source="BLS" />\n'
        '  <Stat value="20,800" label="openings a year, on average" source="BLS" />\n'
        "</StatGrid>\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("36%", "growth", 36, "%", None),
        ("$108,020", "salary", 108020, "USD", "year"),
        ("20,800", "count", 20800, "count", None),
    ]


def test_extract_reads_the_parts_of_a_ctc_break_up_as_money_and_its_total_as_pay() -> None:
    text = (
        "| Component | Annual (₹) | Monthly (₹) |\n|---|---|---|\n"
        "| Basic (40% of CTC) | 10,00,000 | 83,333 |\n| HRA (50% of basic) | 5,00,000 | 41,667 |\n"
        "| Employer PF | 1,20,000 | 10,000 |\n| Total CTC | 25,00,000 | 2,08,333 |\n"
    )
    got = [(c.quote, c.kind, c.period) for c in extract_claims(text) if c.unit == "INR"]
    assert got[:6] == [
        ("10,00,000", "money", "year"), ("83,333", "money", "month"),
        ("5,00,000", "money", "year"), ("41,667", "money", "month"),
        ("1,20,000", "money", "year"), ("10,000", "money", "month"),
    ]  # fmt: skip
    assert got[6:] == [("25,00,000", "salary", "year"), ("2,08,333", "salary", "month")]


def test_extract_reads_an_indented_line_of_words_as_text_and_indented_code_as_code() -> None:
    text = (
        "## Recent submissions\n\n"
        "    Stripe · L3 · MLE · Remote (US) · 4 yrs exp · $268K total · 4 days ago\n\n"
        "Example:\n\n"
        "    base = 268_000  # $268K\n"
    )
    assert [c.quote for c in extract_claims(text)] == ["4 yrs", "$268K"]


def test_extract_reads_indented_prose_with_a_semicolon_and_an_html_pages_nested_text() -> None:
    text = (
        "tmpfs_ghost 16 days ago\n\n"
        "      Summary: US senior is $190-240K base; EU senior is €85-110K base.\n\n"
        '  <div class="post-body">\n\n'
        "    <p>TC 48L (36 fixed + 6 var)<br>\n"
        "    Joining bonus 3L</p>\n\n"
        "Setup:\n\n"
        "    rate = 190_000;\n"
    )
    got = [c.quote for c in extract_claims(text)]
    assert got[:2] == ["$190-240K", "€85-110K"]
    assert {"48L", "3L"} <= set(got)
    assert "190_000" not in " ".join(got)


def test_extract_reads_years_in_an_experience_column_as_a_count() -> None:
    text = "| Level | Experience | Base |\n|---|---|---|\n| Senior | 5–8 yrs | $190K |\n"
    got = [(c.quote, c.kind) for c in extract_claims(text)]
    assert got == [("5–8 yrs", "count"), ("$190K", "salary")]


def test_extract_reads_the_word_row_of_a_pipe_table_without_a_rule_as_its_header() -> None:
    text = (
        "Year | Threshold (gross per year) | per month | Lower threshold | per month\n"
        "2026 | 50.700 EUR | 4.225 EUR | 45.934,20 EUR | 3.827,85 EUR\n"
    )
    got = [(c.quote, c.period, c.qualifiers.get("column")) for c in extract_claims(text)]
    # a row for each year: its amounts are a year's where no column names another period
    assert got == [
        ("50.700 EUR", "year", "Threshold (gross per year)"), ("4.225 EUR", "month", "per month"),
        ("45.934,20 EUR", "year", "Lower threshold"), ("3.827,85 EUR", "month", "per month"),
    ]  # fmt: skip
    # a first row that holds figures is a row, not a header
    got = [c.qualifiers.get("column") for c in extract_claims("a | 1% | 2%\nb | 3% | 4%\n")]
    assert got == [None] * 4


def test_extract_reads_a_caption_between_rules_as_the_unit_of_the_table_below_it() -> None:
    text = (
        "----------------------------------------\n"
        "TABLE 2. MEDIAN BASE PAY BY LEVEL - CANADA (CAD '000)\n"
        "----------------------------------------\n\n"
        "  Level        Toronto   Vancouver\n  Senior           165         158\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("165", "salary", 165e3, "CAD", "year"), ("158", "salary", 158e3, "CAD", "year"),
    ]  # fmt: skip


def test_extract_reads_a_currency_column_in_a_table_set_in_spaces() -> None:
    text = (
        "MEDIAN BASE SALARY, OTHER MARKETS (LOCAL CURRENCY)\n\n"
        "  Market            Currency         Mid        Senior\n"
        "  Germany           EUR           74,000        92,500\n"
        "  Canada            CAD          118,000       149,000\n"
    )
    got = [(c.quote, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("74,000", "EUR", "year"), ("92,500", "EUR", "year"),
        ("118,000", "CAD", "year"), ("149,000", "CAD", "year"),
    ]  # fmt: skip


def test_extract_reads_a_list_of_labelled_rates_and_the_period_each_label_names() -> None:
    text = (
        "CONTRACTORS - MEDIAN RATES\n\n"
        "  UK, outside IR35 (day rate)                 £625\n"
        "  US, 1099 / C2C (hourly)                     $105\n"
    )
    got = [(c.quote, c.period, c.qualifiers.get("row")) for c in extract_claims(text)]
    assert got == [
        ("£625", "day", "UK, outside IR35 (day rate)"), ("$105", "hour", "US, 1099 / C2C (hourly)"),
    ]  # fmt: skip


def test_extract_reads_a_header_on_two_lines_under_a_caption_and_a_column_of_ratios() -> None:
    text = (
        "Table 3. Staff ML engineer: median base pay, 2026\n"
        "Country            Median base     Relative to US      Bonus\n"
        "                   (local)         (PPP-adjusted)      (target)\n"
        "Japan              ¥16,000,000     0.74                15%\n"
    )
    got = [(c.quote, c.kind, c.qualifiers.get("column"), c.qualifiers.get("level"))
           for c in extract_claims(text)]  # fmt: skip
    assert got[-3:] == [
        ("¥16,000,000", "salary", "Median base (local)", "staff"),
        ("0.74", "multiplier", "Relative to US (PPP-adjusted)", None),
        ("15%", "percent", "Bonus (target)", None),
    ]


def test_extract_reads_a_fenced_table_under_its_title_and_rule_with_empty_cells() -> None:
    text = (
        "```\nSALARY STRUCTURE\n\n"
        "Component                 Monthly (INR)   Annual (INR)\n"
        "--------------------------------------------------\n"
        "Basic Salary                  1,25,000      15,00,000\n"
        "Medical Insurance                    -         25,000\n```\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("1,25,000", 125e3, "INR", "month"), ("15,00,000", 15e5, "INR", "year"),
        ("25,000", 25e3, "INR", "year"),
    ]  # fmt: skip


def test_extract_reads_an_in_hand_amount_as_monthly_past_the_pay_it_comes_from() -> None:
    text = "My in-hand on 33 LPA fixed (new regime, PF on full basic) is ₹2.11L."
    assert [(c.quote, c.period) for c in extract_claims(text)][-1] == ("₹2.11L", "month")


def test_extract_reads_signed_figures_in_a_table_of_changes_with_their_sign() -> None:
    text = (
        "TABLE 5. YEAR-ON-YEAR CHANGE IN MEDIAN BASE (%)\n\n"
        "  Role                    2025      2026\n"
        "  Data Scientist          +0.7      -1.3\n\n"
        "Scores ranged -2 to 3.\n"
    )
    got = [(c.quote, c.kind, c.low, c.high) for c in extract_claims(text)]
    assert got == [
        ("+0.7", "growth", 0.7, 0.7), ("-1.3", "growth", -1.3, -1.3), ("-2 to 3", "count", -2, 3),
    ]  # fmt: skip


def test_extract_times_a_table_by_the_paragraph_that_says_its_rates_are_hourly() -> None:
    text = (
        "Rates are hourly, in the currency contractors invoice in. The last column converts the "
        "median to US dollars.\n\n| Country | Senior | Median (USD) |\n|---|---|---|\n"
        "| Canada | CA$115–CA$170 | $108 |\n"
    )
    got = [(c.quote, c.unit, c.period) for c in extract_claims(text)]
    assert got == [("CA$115–CA$170", "CAD", "hour"), ("$108", "USD", "hour")]


def test_extract_reads_an_underlined_caption_above_a_ruled_table_as_its_unit() -> None:
    text = (
        "TABLE 1. Median base salary by role and level -- United States (USD)\n"
        "----------------------------------------------------------\n"
        "  Level      ML engineer   AI engineer\n"
        "  --------   -----------   -----------\n"
        "  Senior         205,000       212,000\n"
    )
    got = [(c.quote, c.kind, c.unit, c.period, c.qualifiers.get("column"))
           for c in extract_claims(text)]  # fmt: skip
    assert got == [
        ("205,000", "salary", "USD", "year", "ML engineer"),
        ("212,000", "salary", "USD", "year", "AI engineer"),
    ]


def test_extract_reads_raw_html_tables_with_euros_after_the_figure_and_numbered_headings() -> None:
    text = (
        '<h2 id="cities">2. How London compares</h2>\n'
        "<p>Manchester is the strongest regional market, with two office days a month.</p>\n"
        "<table>\n<tr><th>City</th><th>Mid-level</th></tr>\n"
        "<tr><td>Manchester</td><td>&pound;55k&ndash;&pound;70k</td></tr>\n"
        "<tr><td>Berlin</td><td>65.000&nbsp;&euro;&ndash;80.000&nbsp;&euro;</td></tr>\n</table>\n"
    )
    got = [(c.low, c.high, c.unit, c.period) for c in extract_claims(text)]
    assert [row[:3] for row in got] == [(55e3, 70e3, "GBP"), (65e3, 80e3, "EUR")]
    assert "month" not in [row[3] for row in got]  # "two office days a month" times no pay


def test_extract_reads_lakh_shorthand_before_what_is_added_to_the_fixed_part() -> None:
    text = (
        "Offer 1: 36 LPA fixed. Offer 2: 28 LPA. Offer 3: 40 LPA.\n\n"
        "TL;DR: 36 + variable (Hyd GCC) vs 33 + RSU. A friend says 36 fixed even beats it.\n"
        "First-year cash is 36 fixed + 5.4 variable at 100% payout. Both pay fixed income tax.\n"
    )
    got = [(c.quote, c.kind, c.low) for c in extract_claims(text)][3:]
    assert got == [
        ("36", "salary", 36e5), ("33", "salary", 33e5), ("36", "salary", 36e5),
        ("36", "salary", 36e5), ("5.4", "money", 5.4e5), ("100%", "percent", 100),
    ]  # fmt: skip


def test_extract_reads_columns_per_hour_and_in_percentage_points() -> None:
    text = (
        "| GPU | On-demand ($/hr) | Change vs. 2025 H1 (pp) |\n|---|---|---|\n"
        "| H100 | $3.29 | -1.2 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [("$3.29", "money", 3.29, "USD", "hour"), ("-1.2", "growth", -1.2, "pp", None)]


def test_extract_reads_a_header_between_two_rules_under_its_caption() -> None:
    text = (
        "TABLE 1. ML Engineer, United States -- median pay by level (USD / year)\n"
        "-----------------------------------------------------------------\n"
        "Level        n     Median base   Median total comp   Base vs 2025\n"
        "-----------------------------------------------------------------\n"
        "Junior      214       132,500          151,000           +3.1%\n"
    )
    got = [(c.quote, c.unit, c.period, c.qualifiers.get("column")) for c in extract_claims(text)]
    assert got == [
        ("214", "count", None, "n"), ("132,500", "USD", "year", "Median base"),
        ("151,000", "USD", "year", "Median total comp"), ("+3.1%", "%", None, "Base vs 2025"),
    ]  # fmt: skip


def test_extract_reads_a_printed_dataframe_by_its_code_named_columns() -> None:
    text = (
        "Base vs. total compensation, ML engineers (US).\n\n"
        "            base_usd  total_usd  total_to_base  change_pct\n"
        "    level                                                 \n"
        "    junior    138000     152000           1.10         4.0\n"
        "    senior    209000     276000           1.32         8.6\n"
    )
    got = [(c.quote, c.kind, c.unit, c.period) for c in extract_claims(text)][:4]
    assert got == [
        ("138000", "salary", "USD", "year"), ("152000", "salary", "USD", "year"),
        ("1.10", "multiplier", "x", None), ("4.0", "growth", "%", None),
    ]  # fmt: skip
    assert extract_claims(text)[4].qualifiers.get("row") == "senior"


def test_extract_scales_columns_priced_in_local_currency_by_the_caption_thousands() -> None:
    text = (
        "**Table 1.** Base salary, P25-P75, in thousands of local currency per year.\n\n"
        "| Level | US: other ($) | UK (£) |\n|:--|--:|--:|\n| L3 · Junior | 150–175 | 50–62 |\n"
    )
    got = [(c.quote, c.low, c.high, c.unit, c.period) for c in extract_claims(text)][-2:]
    assert got == [("150–175", 150e3, 175e3, "USD", "year"), ("50–62", 50e3, 62e3, "GBP", "year")]


def test_extract_reads_a_table_whose_caption_says_its_figures_are_in_percent() -> None:
    text = (
        "**Table 3.** Change in median base, and the premium over software engineers. "
        "Both in %.\n\n"
        "| Region | YoY change | AI premium vs. SWE |\n|:--|--:|--:|\n| UK | +6.3 | 13 |\n"
    )
    got = [(c.quote, c.kind, c.unit) for c in extract_claims(text)][-2:]
    assert got == [("+6.3", "growth", "%"), ("13", "growth", "%")]


def test_extract_scales_priced_html_cells_by_the_thousands_their_caption_names() -> None:
    text = (
        "<table>\n<caption>Table 1. Base salary, 2026. Gross per year, in thousands of local "
        "currency.</caption>\n<tr><th>City</th><th>Junior</th><th>Senior</th></tr>\n"
        "<tr><td>London</td><td>&pound;55&ndash;68</td><td>&pound;95&ndash;120</td></tr>\n"
        "<tr><td>Zurich</td><td>CHF&nbsp;105&ndash;125</td><td>CHF&nbsp;150k</td></tr>\n</table>\n"
    )
    got = [(c.low, c.high, c.unit) for c in extract_claims(text)]
    assert got == [
        (55e3, 68e3, "GBP"), (95e3, 120e3, "GBP"), (105e3, 125e3, "CHF"), (150e3, 150e3, "CHF"),
    ]  # fmt: skip


def test_extract_reads_a_subtitle_files_text_but_not_its_cue_numbers_and_timings() -> None:
    text = (
        "1\n00:00:00,000 --> 00:00:03,862\nThanks for watching.\n\n"
        "2\n00:00:03,862 --> 00:00:08,119\nThe median base was $185K.\n"
    )
    assert [c.quote for c in extract_claims(text)] == ["$185K"]


def test_extract_gives_pay_columns_the_unit_a_document_names_for_all_its_tables() -> None:
    text = (
        "## How to read these tables\n\nAll table figures are in ₹ lakh per annum unless marked "
        "otherwise.\n\n### Table 1. ML Engineer II\n\n| Company | CTC | Fixed | Offers |\n"
        "|---|---|---|---|\n| Google | 68 | 44 | 12 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text)]
    assert got == [
        ("68", "salary", 68e5, "INR"), ("44", "salary", 44e5, "INR"), ("12", "count", 12, "count"),
    ]  # fmt: skip


CSV_EXPORT = (
    "role,level,region,currency,pay_unit,base_p50,total_comp_p50,yoy_base_pct,n,notes\n"
    "ai-engineer,senior,us-sf-ny,USD,k/yr,238,355,+7.5,104,\n"
    'ai-engineer,senior,india-metro,INR,lakh/yr,58,74,+14.0,66,"Bengaluru = 70% of rows"\n'
    'ai-contractor,senior,us-remote,USD,/hr,135,,+10.0,52,"6 rates dropped as outliers"\n'
)


@pytest.mark.parametrize("fence", ["", "```\n"])
def test_extract_reads_a_csv_export_cell_by_cell_with_each_rows_currency_and_unit(
    fence: str,
) -> None:
    text = f"Raw export of the survey, medians.\n\n{fence}{CSV_EXPORT}{fence}"
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("238", "salary", 238e3, "USD", "year"), ("355", "salary", 355e3, "USD", "year"),
        ("+7.5", "growth", 7.5, "%", None), ("104", "count", 104, "count", None),
        ("58", "salary", 58e5, "INR", "year"), ("74", "salary", 74e5, "INR", "year"),
        ("+14.0", "growth", 14, "%", None), ("66", "count", 66, "count", None),
        ("70%", "percent", 70, "%", None),
        ("135", "salary", 135, "USD", "hour"), ("+10.0", "growth", 10, "%", None),
        ("52", "count", 52, "count", None), ("6", "count", 6, "count", None),
    ]  # fmt: skip


TIMES_BESIDE_PAY = [
    (
        '"city","salary_min","currency","median_days_open"\n"Austin",128000,"USD",27\n'
        '"Denver",120000,"USD",31\n',
        [("128000", "salary", 128e3, "USD"), ("27", "duration", 27, "days"),
         ("120000", "salary", 12e4, "USD"), ("31", "duration", 31, "days")],
    ),
    (
        "All figures are annual base salary in USD.\n\n| City | Salary min | Median days open |"
        " Time to hire (weeks) |\n|---|---|---|---|\n| Austin | 128000 | 27 | 6 |\n",
        [("128000", "salary", 128e3, "USD"), ("27", "duration", 27, "days"),
         ("6", "duration", 6, "weeks")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("table", "expected"), TIMES_BESIDE_PAY)
def test_extract_reads_a_column_of_days_or_weeks_as_times_whatever_the_tables_money(
    table: str, expected: list[tuple[str, str, float, str]]
) -> None:
    assert [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(table)] == expected


LATEX_TABLES = (
    "\\begin{tabular}{lrr}\n\\toprule\n & AI/ML & Other \\\\\n\\midrule\n"
    "Mean posted salary (\\$) & 158,240 & 124,610 \\\\\n"
    "Remote-eligible (\\%) & 31.6 & 22.9 \\\\[2pt]\n"
    "Implied premium (\\%) & 26.9 & 20.6 \\\\\n\\bottomrule\n\\end{tabular}\n\n"
    "\\begin{tabular}{llrr}\n\\toprule\nMarket & Currency & Junior & Senior \\\\\n\\midrule\n"
    "United Kingdom & GBP & 52 & 94 \\\\\n\\bottomrule\n\\end{tabular}\n"
    "\\begin{tablenotes}\n\\item \\textit{Notes:} Medians, in thousands of local currency per"
    " year.\n\\end{tablenotes}\n\n"
)


def test_extract_reads_a_latex_tabular_by_its_header_row_labels_and_notes() -> None:
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(LATEX_TABLES)]
    assert got == [
        ("158,240", "salary", 158240, "USD", "year"), ("124,610", "salary", 124610, "USD", "year"),
        ("31.6", "percent", 31.6, "%", None), ("22.9", "percent", 22.9, "%", None),
        ("26.9", "growth", 26.9, "%", None), ("20.6", "growth", 20.6, "%", None),
        ("52", "salary", 52e3, "GBP", "year"), ("94", "salary", 94e3, "GBP", "year"),
    ]  # fmt: skip


def test_extract_counts_the_students_placed_in_a_table_of_pay_in_lakhs() -> None:
    text = (
        "## 2. Branch-wise placement (CTC in LPA)\n\n| Branch | Students placed | Highest |"
        " Average |\n|---|---|---|---|\n| CSE | 127 | 58.0 | 23.4 |\n| IT | 66 | 41.5 | 19.8 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text)]
    assert got == [
        ("127", "count", 127, "count"), ("58.0", "salary", 58e5, "INR"),
        ("23.4", "salary", 234e4, "INR"), ("66", "count", 66, "count"),
        ("41.5", "salary", 415e4, "INR"), ("19.8", "salary", 198e4, "INR"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "caption",
    [
        "*All figures in this table are C$ thousands.*",
        "Table 2.1  AI engineer base salary, C$ thousands",
    ],
)
def test_extract_prices_a_table_by_a_caption_naming_its_currency_and_thousands(
    caption: str,
) -> None:
    table = "| Level | AI Engineer | ML Engineer |\n|---|---|---|\n| Junior | 76–92 | 74 |\n"
    text = f"{caption}\n\n{table}"
    got = [(c.quote, c.kind, c.low, c.high, c.unit) for c in extract_claims(text)]
    assert got == [("76–92", "salary", 76e3, 92e3, "CAD"), ("74", "salary", 74e3, 74e3, "CAD")]


def test_extract_leaves_a_csv_sample_of_a_files_format_as_code() -> None:
    text = f"`data/offers.csv` has one row per offer. Sample:\n\n```csv\n{CSV_EXPORT}```\n"
    assert extract_claims(text) == []


def test_extract_prices_each_row_of_a_table_in_local_currency_by_its_country() -> None:
    text = (
        "Table 1. Median advertised annual base pay, 2025 (thousands, local currency)\n\n"
        "Country                       AI engineer   Software engineer   Premium\n"
        "United States                 172           141                 22%\n"
        "United Kingdom                83            72                  15%\n"
        "India, metros (₹ lakh)        31            22                  41%\n"
    )
    got = [(c.low, c.unit, c.period) for c in extract_claims(text) if c.unit != "%"]
    assert got == [
        (172e3, "USD", "year"), (141e3, "USD", "year"), (83e3, "GBP", "year"),
        (72e3, "GBP", "year"), (31e5, "INR", "year"), (22e5, "INR", "year"),
    ]  # fmt: skip


def test_extract_reads_a_captions_millions_and_lakhs_set_apart_from_their_figure() -> None:
    text = (
        "Table 4: AI & Data net fee income by region, year ended 31 December (£m)\n\n"
        "Region                    2025      2024\n"
        "UK & Ireland              38.1      32.4\n"
        "Continental Europe        17.9      14.6\n"
    )
    got = [(c.kind, c.low, c.unit) for c in extract_claims(text)][:2]
    assert got == [("money", 38.1e6, "GBP"), ("money", 32.4e6, "GBP")]
    row = "  Market      Currency     Mid      Senior\n  India       INR       24.0 L   41.5 L\n"
    got = [(c.quote, c.low, c.unit) for c in extract_claims(row)]
    assert got == [("24.0 L", 24e5, "INR"), ("41.5 L", 41.5e5, "INR")]


def test_extract_prices_columns_by_their_place_when_the_note_under_the_table_says_so() -> None:
    text = (
        "## The table everyone scrolls to\n\n| Level | London | Berlin |\n|:--|--:|--:|\n"
        "| Senior (5–8 yrs) | 118.5 | 94 |\n\n*Table 1. Median base salary, thousands per year, "
        "local currency (GBP for London, EUR for Berlin).*\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)][-2:]
    assert got == [("118.5", 118.5e3, "GBP", "year"), ("94", 94e3, "EUR", "year")]
    said = "- All cash figures in the band table are annual base salary, in thousands of local "
    said += (
        "currency.\n\n## Band table\n\n| Level | US – other | Canada – Toronto |\n|---|---|---|\n"
    )
    got = [(c.low, c.unit) for c in extract_claims(said + "| L3 | 130–160 | 115–140 |\n")]
    assert got == [(130e3, "USD"), (115e3, "CAD")]


def test_extract_reads_starred_estimates_on_the_log_of_pay_in_log_points() -> None:
    rule = "-" * 56 + "\n"
    text = (
        f"Table 2. AI skills and log advertised salary, OLS\n{rule}"
        f"                               (1)            (2)\n{rule}"
        "Any AI skill                   0.241***       0.182**\n"
        "                               (0.008)        (0.006)\n"
        f"R²                              0.412          0.587\n{rule}\n"
        "The bold **0.24** is no estimate.\n"
    )
    got = [(c.quote, c.kind, c.unit) for c in extract_claims(text)]
    assert got[:4] == [
        ("0.241", "metric", "log points"), ("0.182", "metric", "log points"),
        ("0.412", "metric", "R2"), ("0.587", "metric", "R2"),
    ]  # fmt: skip
    assert ("0.24", "metric", "log points") not in got


def test_extract_reads_a_ctc_annexures_period_columns_in_rupees_where_it_groups_by_lakhs() -> None:
    text = (
        "Component                                        Monthly         Annual\n"
        "--------------------------------------------------------------------------\n"
        "Basic                                            37,500          4,50,000\n"
        "House Rent Allowance (50% of Basic)              18,750          2,25,000\n"
    )
    got = [(c.quote, c.unit, c.period) for c in extract_claims(text) if c.quote != "50%"]
    assert got == [
        ("37,500", "INR", "month"), ("4,50,000", "INR", "year"),
        ("18,750", "INR", "month"), ("2,25,000", "INR", "year"),
    ]  # fmt: skip
    thousands = text.replace("4,50,000", "450,000").replace("2,25,000", "225,000")
    assert {c.unit for c in extract_claims(thousands)} == {"count", "%"}  # no lakhs: no rupees


@pytest.mark.parametrize(
    ("sentence", "quote", "period"),
    [
        ("US firms paid $5,500–$7,000 USD al mes.", "$5,500–$7,000 USD", "month"),
        ("In Brazil: R$ 24.000–32.000 por mês under CLT.", "R$ 24.000–32.000", "month"),
        ("85k in Berlin comes to ca. 4.300 € netto/Monat.", "4.300 €", "month"),
        ("Local offers run MX$ 95,000–130,000 mensuales.", "$ 95,000–130,000", "month"),
        ("SGD 9,000 - 13,000 Monthly", "SGD 9,000 - 13,000 Monthly", "month"),  # a job board's
    ],
)
def test_extract_reads_a_period_said_in_the_language_of_the_pay(
    sentence: str, quote: str, period: str
) -> None:
    assert (quote, period) in [(c.quote, c.period) for c in extract_claims(sentence)]


def test_extract_reads_a_part_of_a_years_pay_too_small_to_be_pay_as_money() -> None:
    text = (
        "| Component | Annual (₹) |\n|---|---|\n| Basic salary | 7,20,000 |\n"
        "| Group health insurance | 18,000 |\n"
    )
    got = [(c.quote, c.kind, c.period) for c in extract_claims(text)]
    # (the basic salary is a part of the package too, as the break-up's other components are)
    assert got == [("7,20,000", "money", "year"), ("18,000", "money", "year")]


def test_extract_prices_a_printed_pivot_by_its_row_where_the_document_says_local_currency() -> None:
    said = "Everything here is **base salary in local currency** unless stated otherwise.\n\n"
    table = (
        "## Median base by country and level\n\nLevels are self-reported and mapped onto four "
        "buckets.\n\n```python\nmed\n```\n\n    level       junior      mid   senior    staff\n"
        "    country                                      \n"
        "    Canada       95000   125000   158000   195000\n"
        "    India      1200000  2600000  4800000  8000000\n"
        "    UK           50000    70000    92000   120000\n"
    )
    got = [(c.quote, c.kind, c.unit, c.period) for c in extract_claims(said + table)]
    assert [(unit, kind, period) for _, kind, unit, period in got] == [
        ("CAD", "salary", "year")] * 4 + [("INR", "salary", "year")] * 4 + [
        ("GBP", "salary", "year")] * 4  # fmt: skip


def test_extract_reads_a_sheet_pasted_as_tab_separated_values_by_its_notes() -> None:
    text = (
        "Notes: Min / Mid / Max are annual base salary in local currency, in thousands (INR in "
        "lakhs).\t\t\t\t\t\n\t\t\t\t\t\t\n"
        "Level\tTitle\tCurrency\tMin\tMid\tBonus tgt\n"
        "L3\tAI Engineer\tUSD\t128\t142\t8%\n"
        "L4\tAI Engineer II\tINR\t28\t31\t10%\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("128", "salary", 128e3, "USD", "year"), ("142", "salary", 142e3, "USD", "year"),
        ("8%", "percent", 8, "%", None), ("28", "salary", 28e5, "INR", "year"),
        ("31", "salary", 31e5, "INR", "year"), ("10%", "percent", 10, "%", None),
    ]  # fmt: skip


def test_extract_reads_a_json_documents_fields_by_their_names_and_their_records_currency() -> None:
    text = (
        '{\n  "data": [\n    {\n      "region": "GB",\n      "currency": "GBP",\n'
        '      "period": "monthly",\n      "sample_size": 286,\n      "base_salary_local": {\n'
        '        "p50": 7500\n      },\n      "yoy_pct": -0.4,\n'
        '      "base_p50": "£7.5k"\n    }\n  ]\n}\n'
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("286", "count", 286, "count", None), ("7500", "salary", 7500, "GBP", "month"),
        ("-0.4", "growth", -0.4, "%", None), ("£7.5k", "salary", 7500, "GBP", "month"),
    ]  # fmt: skip


def test_extract_reads_a_chat_exports_messages_one_by_one_and_its_lakh_shorthand() -> None:
    text = (
        "14/03/26, 8:55 pm - Arjun: Paywise MLE-2 offer: 28L fixed, 3L var, 12L ESOPs over 4y\n"
        "14/03/26, 8:59 pm - Shruti: Kovai Labs gave me 24 + 3 var + 2 joining for SDE-2\n"
        "14/03/26, 9:04 pm - Nikhil: Rules: 1) no HR names 2) share as fixed / var 3) no spam\n"
    )
    claims = extract_claims(text)
    kovai = [(c.quote, c.kind, c.low) for c in claims if c.context.startswith("Kovai")]
    assert kovai == [("24", "salary", 24e5), ("3", "money", 3e5), ("2", "money", 2e5)]
    assert all(c.unit != "INR" for c in claims if c.context.startswith("Rules"))


def test_extract_reads_a_caption_on_two_lines_and_leaves_a_running_page_number() -> None:
    footer = "Northgate | AI & ML Pay Report 2026                    {}\n\n"
    text = (
        footer.format(2)
        + "Exhibit 3.2: Median annual fixed pay by role, FY2026\n(₹ lakh per annum)¹\n\n"
        "Role                      0-2 yrs     3-5 yrs\n"
        "----------------------------------------------\n"
        "AI/ML Engineer              8.5        19.0\n\n" + footer.format(3) + footer.format(4)
    )
    got = [(c.quote, c.low, c.unit) for c in extract_claims(text)]
    assert got == [("8.5", 8.5e5, "INR"), ("19.0", 19e5, "INR")]
    assert [(c.low, c.open_high) for c in extract_claims("Seniors get 40+ LPA.")] == [(40e5, True)]


def test_extract_reads_a_sheet_under_its_title_rows_with_each_rows_unit_cell() -> None:
    text = (
        "Kestrel Pay — AI/ML Offer Benchmarks (Q3 2026 refresh),,,,\n,,,,\n"
        "Role,Level,Base range,Offers (Q2),Comments\n"
        "AI Engineer,Senior,$215k–$260k,11,Sign-on $25k typical\n"
        "AI Engineer,Mid,28-32 lakh,8,\n,,,,\n"
        "Type\tVendor\tRate\tUnit\tComments\n"
        "Senior AI contractor (US)\tToptal\t95\tUSD/hour\t6 rates dropped\n"
        "AI contractor (EU)\tMalt\t650\tEUR/day\t\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("$215k–$260k", 215e3, "USD", "year"), ("11", 11, "count", None),
        ("$25k", 25e3, "USD", None), ("28-32 lakh", 28e5, "INR", "year"), ("8", 8, "count", None),
        ("95", 95, "USD", "hour"), ("6", 6, "count", None), ("650", 650, "EUR", "day"),
    ]  # fmt: skip


def test_extract_reads_the_footnote_a_tables_caption_points_to() -> None:
    text = (
        "| Level | US | India |\n|:--|--:|--:|\n| L5 | 210–250 | 48–66 |\n\n"
        "Table: Annual base salary by level and hiring region.[^unit]\n\n"
        "[^unit]: Figures are thousands of local currency per year. The India column is the\n"
        "    exception: it is in lakh rupees.\n"
    )
    got = [(c.low, c.high, c.unit) for c in extract_claims(text)]
    assert got == [(210e3, 250e3, "USD"), (48e5, 66e5, "INR")]


CHUNK = 'Seniors earn $240K to $320K, up 12% YoY, and "quoted" 3 teams; '


def test_extract_work_per_number_is_bounded_on_a_one_line_dump() -> None:
    """A 200 kB line with no sentence break reads like its parts, with bounded contexts.

    The work per number used to grow with the line (every number copied and searched its
    whole sentence), so such a line took minutes; each claim now reads and quotes at most a
    window around itself, which this checks by size instead of by time.
    """
    one = [(c.quote, c.kind, c.low, c.high, c.unit) for c in extract_claims(CHUNK)]
    repeats = 200_000 // len(CHUNK)
    claims = extract_claims(CHUNK * repeats)
    assert [(c.quote, c.kind, c.low, c.high, c.unit) for c in claims] == one * repeats
    assert max(len(c.context) for c in claims) <= 1200
    assert all(c.start - c.context_start <= 600 for c in claims)


def test_extract_reads_a_chat_exports_json_messages_but_not_its_ids_or_reaction_counts() -> None:
    text = (
        '{\n  "messages": [\n    {\n      "id": "1217849302219194385",\n'
        '      "content": "Got my first offer: 84k brutto base in München. Is that good?",\n'
        '      "author": {\n        "id": "884512093377126401",\n        "discriminator": "0000"\n'
        "      },\n"
        '      "reactions": [\n        {\n          "name": "fire",\n          "count": 3\n'
        "        }\n      ]\n    }\n  ]\n}\n"
    )
    got = [c.quote for c in extract_claims(text)]
    assert got[0] == "84k"
    assert not {"1217849302219194385", "884512093377126401", "0000", "3"} & set(got)


def test_extract_reads_bare_dollars_in_the_currency_a_document_names_for_them_once() -> None:
    text = (
        "All dollar amounts are in Canadian dollars.\n\n"
        "The median wage of software engineers was $112,400, against US$150,000 in Seattle.\n"
    )
    got = [(c.quote, c.unit) for c in extract_claims(text)]
    assert got == [("$112,400", "CAD"), ("US$150,000", "USD")]
    plain = "The median wage of software engineers was $112,400 in Toronto."
    assert [c.unit for c in extract_claims(plain)] == ["USD"]


@pytest.mark.parametrize(
    "table",
    [
        # Org mode: "+" where the rule meets a column
        "| Company | Ccy | Base |\n|---------+-----+------|\n| Kestrel | SGD | 144,000 |\n",
        # reStructuredText's grid table, its header ruled with "="
        "+---------+-----+---------+\n| Company | Ccy | Base    |\n+=========+=====+=========+\n"
        "| Kestrel | SGD | 144,000 |\n+---------+-----+---------+\n",
        # AsciiDoc: "|===" around the table, a blank line under its header row
        "|===\n|Company |Ccy |Base\n\n|Kestrel |SGD |144,000\n|===\n",
        # Confluence's wiki markup: "||" between the header's cells
        "||Company||Ccy||Base||\n|Kestrel|SGD|144,000|\n",
    ],
    ids=["org", "rst-grid", "asciidoc", "confluence"],
)
def test_extract_reads_org_rst_and_asciidoc_tables_by_their_header(table: str) -> None:
    got = [(c.quote, c.kind, c.unit, c.qualifiers.get("column")) for c in extract_claims(table)]
    assert got == [("144,000", "salary", "SGD", "Base")]


def test_extract_reads_a_restructuredtext_list_table_a_cell_to_a_line() -> None:
    text = (
        ".. list-table:: Median base salary, 2026\n   :header-rows: 1\n   :widths: 22 8 12\n\n"
        "   * - Role\n     - n\n     - UK (GBP)\n   * - AI engineer\n     - 2,310\n"
        "     - 88,000\n"
    )
    got = [(c.quote, c.kind, c.unit, c.qualifiers.get("column")) for c in extract_claims(text)]
    assert got == [("2,310", "count", "count", "n"), ("88,000", "salary", "GBP", "UK (GBP)")]


def test_extract_reads_an_asciidoc_table_set_a_cell_to_a_line_by_its_header() -> None:
    text = (
        '[cols="3,1,1",options="header"]\n|===\n|Role (level) |US (USD/h) |UK (GBP/day)\n\n'
        "|ML engineer (senior)\n|$150–$195\n|£600–£825\n\n"
        "|Data scientist (mid)\n|$115–$150\n|£475–£600\n|===\n"
    )
    got = [
        (c.quote, c.kind, c.unit, c.period, c.qualifiers.get("row")) for c in extract_claims(text)
    ]
    assert got == [
        ("$150–$195", "salary", "USD", "hour", "ML engineer (senior)"),
        ("£600–£825", "salary", "GBP", "day", "ML engineer (senior)"),
        ("$115–$150", "salary", "USD", "hour", "Data scientist (mid)"),
        ("£475–£600", "salary", "GBP", "day", "Data scientist (mid)"),
    ]


def test_extract_reads_a_column_of_equity_refreshers_as_money_beside_base_pay() -> None:
    text = (
        "| Level | Base | Annual refresher (target) |\n|---|---|---|\n"
        "| L3 | $142,000 – $168,000 | $20,000 |\n"
    )
    got = [(c.quote, c.kind) for c in extract_claims(text)]
    assert got == [("$142,000 – $168,000", "salary"), ("$20,000", "money")]


def test_extract_reads_rows_set_in_columns_whose_first_line_holds_coded_amounts() -> None:
    text = (
        "Outside the US (median base salary, local currency):\n\n"
        "  United Kingdom     GBP 92,000     (2025: GBP 86,000)\n"
        "  Germany            EUR 84,000     (n=171)\n"
    )
    got = [(c.quote, c.kind, c.unit) for c in extract_claims(text)]
    assert [quote for quote, _, _ in got] == ["GBP 92,000", "GBP 86,000", "EUR 84,000", "171"]
    assert got[3] == ("171", "count", "count")  # a sample's size, not euros


def test_extract_reads_a_row_of_sign_on_bonuses_in_a_table_of_offers_as_money() -> None:
    text = (
        "| | Offer A | Offer B |\n|---|---|---|\n| Base | $185,000 | $198,000 |\n"
        "| Sign-on | $20,000 | $35,000 |\n"
    )
    got = [(c.quote, c.kind) for c in extract_claims(text)]
    assert got == [
        ("$185,000", "salary"), ("$198,000", "salary"), ("$20,000", "money"), ("$35,000", "money"),
    ]  # fmt: skip


def test_extract_reads_a_table_in_the_thousands_its_caption_names_as_000s() -> None:
    text = (
        "Table 2.1  Base salary ranges for permanent AI engineers, UK (£000s)\n\n"
        "Level                      London       Remote (UK)\n"
        "Senior (5+ yrs)            95–125       78–100\n"
    )
    got = [(c.quote, c.low, c.high, c.unit) for c in extract_claims(text)]
    assert got[-2:] == [("95–125", 95e3, 125e3, "GBP"), ("78–100", 78e3, 100e3, "GBP")]
    assert "£000" not in [quote for quote, *_ in got]


def test_extract_reads_bare_dollars_by_the_place_they_are_said_of_where_a_page_names_two() -> None:
    text = (
        "Figures for Canada are in Canadian dollars and figures for Australia are in Australian"
        " dollars.\n\nThe medians are **$128,000 in Canada** and **$158,000 in Australia**.\n\n"
        "| Region | Senior |\n|---|---|\n| New South Wales (Sydney) | $175–215K |\n"
        "| Ontario (Toronto) | $150–185K |\n"
    )
    got = [(c.quote, c.unit) for c in extract_claims(text)]
    assert got == [
        ("$128,000", "CAD"), ("$158,000", "AUD"), ("$175–215K", "AUD"), ("$150–185K", "CAD"),
    ]  # fmt: skip


def test_extract_reads_gulf_currencies_and_a_columns_unit_beside_its_basis() -> None:
    text = (
        "In Riyadh seniors earn SAR 40,000 a month.\n\n"
        "| Level | Riyadh (SAR / month) | Indian metros (₹ LPA, CTC) |\n|---|---|---|\n"
        "| Junior (0–2 yrs) | 17,000–25,000 | 12–20 |\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text) if c.kind == "salary"]
    assert got == [
        ("SAR 40,000 a month", 4e4, "SAR", "month"),
        ("17,000–25,000", 17e3, "SAR", "month"),
        ("12–20", 12e5, "INR", "year"),
    ]


def test_extract_reads_an_html_table_printed_a_cell_per_line_as_pandas_prints_it() -> None:
    text = (
        "## Median base by level and region (USD)\n\n"
        '<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n'
        "      <th>region</th>\n      <th>US</th>\n      <th>India</th>\n    </tr>\n"
        "    <tr>\n      <th>level</th>\n      <th></th>\n      <th></th>\n    </tr>\n"
        "  </thead>\n  <tbody>\n    <tr>\n      <th>junior</th>\n      <td>128,400</td>\n"
        "      <td>19,040</td>\n    </tr>\n  </tbody>\n</table>\n"
    )
    got = [(c.quote, c.kind, c.unit, c.qualifiers.get("column")) for c in extract_claims(text)]
    assert got == [("128,400", "salary", "USD", "US"), ("19,040", "salary", "USD", "India")]


def test_extract_reads_a_rules_less_header_whose_names_hold_years_ordinals_and_brackets() -> None:
    text = (
        "Occupation | Employment, 2025 | Mean hourly wage | 90th percentile annual | Change (%)\n"
        "Data scientists | 202,900 | $59.62 | $194,410 | 34.1\n"
    )
    got = [(c.quote, c.kind, c.period, c.qualifiers.get("column")) for c in extract_claims(text)]
    assert got == [
        ("202,900", "count", None, "Employment, 2025"),
        ("$59.62", "salary", "hour", "Mean hourly wage"),
        ("$194,410", "salary", "year", "90th percentile annual"),
        ("34.1", "growth", None, "Change (%)"),
    ]
    # figures beside words are a row's values, not column names
    text = "Respondents: US 1,102 | UK 431 | Germany 268\nCanada 214 | India 289 | Singapore 113\n"
    columns = [c.qualifiers.get("column") for c in extract_claims(text)]
    assert len(columns) >= 4
    assert set(columns) == {None}


def test_extract_scales_a_pipe_tables_counts_by_the_thousands_its_caption_names() -> None:
    text = (
        "Table 2. Projected employment, 2025-35 (numbers in thousands)\n\n"
        "Occupation | Employment, 2025 | Change, percent | Annual average openings\n"
        "Data scientists | 202.9 | 34.1 | 22.8\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text)]
    assert got == [
        ("202.9", "count", 202900, "count"),
        ("34.1", "growth", 34.1, "%"),
        ("22.8", "count", 22800, "count"),
    ]


def test_extract_reads_a_table_rows_figures_in_the_unit_its_label_names() -> None:
    text = (
        "Parameter               2023-24     2024-25     Change (YoY)\n"
        "Average package (LPA)   9.6         10.2        +6.3%\n"
        "Base (USD k)            140         152         +8.6%\n"
        "PPOs                    48          61          +27.1%\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text)]
    assert got == [
        ("9.6", "salary", 960000, "INR"), ("10.2", "salary", 1020000, "INR"),
        ("+6.3%", "growth", 6.3, "%"),
        ("140", "salary", 140000, "USD"), ("152", "salary", 152000, "USD"),
        ("+8.6%", "growth", 8.6, "%"),
        ("48", "count", 48, "count"), ("61", "count", 61, "count"), ("+27.1%", "growth", 27.1, "%"),
    ]  # fmt: skip


def test_extract_reads_the_period_and_pay_a_european_tables_header_names() -> None:
    text = (
        "| Level | Brutto / Jahr | Brutto / Monat (÷12) | Salaire brut mensuel |\n"
        "|---|---|---|---|\n| Junior | 57.000 € | 4.750 € | 3.900 € |\n"
    )
    got = [(c.quote, c.kind, c.period) for c in extract_claims(text)]
    assert got == [
        ("57.000 €", "salary", "year"), ("4.750 €", "salary", "month"),
        ("3.900 €", "salary", "month"),
    ]  # fmt: skip


def test_extract_prices_pay_columns_that_name_no_unit_in_the_one_currency_of_the_others() -> None:
    text = (
        "| role | n | median base (USD) |\n|---|---|---|\n| ML engineer | 5,318 | 176,000 |\n\n"
        "By level:\n\n| level | median base | p25–p75 base | n |\n|---|---|---|---|\n"
        "| L1 | 128,000 | 112,000–142,000 | 1,204 |\n"
    )
    got = [(c.quote, c.kind, c.unit) for c in extract_claims(text)]
    assert got == [
        ("5,318", "count", "count"), ("176,000", "salary", "USD"),
        ("128,000", "salary", "USD"), ("112,000–142,000", "salary", "USD"),
        ("1,204", "count", "count"),
    ]  # fmt: skip


PSQL_RESULT = (
    "```\n role | ads | median_2025 | pct_change\n------+-----+-------------+-----------\n"
    " ml   | 812 |      198000 |        7.3\n ds   | 640 |      139000 |        1.8\n"
    " ai   | 233 |      171000 |        8.9\n(3 rows)\n```\n"
)


def test_extract_reads_a_psql_result_by_its_header_and_its_pay_by_the_documents_pay() -> None:
    text = "Seniors earn $190,000 and staff $240,000 in base salary.\n\n" + PSQL_RESULT
    got = [(c.quote, c.kind, c.unit, c.period, c.qualifiers.get("column"))
           for c in extract_claims(text)][2:]  # fmt: skip
    assert got[:3] == [
        ("812", "count", "count", None, "ads"),
        ("198000", "salary", "USD", "year", "median 2025"),
        ("7.3", "growth", "%", None, "pct change"),
    ]
    assert len(got) == 9
    # a document that names no pay leaves a column's bare figures as they are
    alone = {c.quote: c.kind for c in extract_claims("Ads by family:\n\n" + PSQL_RESULT)}
    assert alone["198000"] == "count"


DECLARED_TABLE = (
    "All figures are gross annual base salary in thousands of euros (EUR k)\n"
    "unless marked.\n\n"
    "------------------------------------------------\n"
    " CITY          JUNIOR     SENIOR     YoY (mid)\n"
    "------------------------------------------------\n"
    " Berlin        50-60      85-105     +6.5%\n"
    " Lisbon        28-36      55-70      -1.2%\n\n"
    "| Date | Version | Change |\n|---|---|---|\n| 2026-02-18 | 3.2 | bands raised |\n\n"
)


def test_extract_gives_bare_table_figures_the_unit_the_document_declares_for_all() -> None:
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(DECLARED_TABLE)]
    assert got[:3] == [
        ("50-60", "salary", 50e3, "EUR", "year"),
        ("85-105", "salary", 85e3, "EUR", "year"),
        ("+6.5%", "growth", 6.5, "%", None),
    ]
    assert ("3.2", "count", 3.2, "count", None) in got  # a version is no money
    # nor is a figure with words of its own in its cell, whatever all amounts are in
    table = "| Item | Spend |\n|---|---|\n| Cloud GPUs | About 310 GPU-hours |\n"
    hours = extract_claims("All amounts in US dollars, including tax.\n\n" + table)
    assert [(c.quote, c.kind, c.unit) for c in hours] == [("310", "count", "count")]


def test_extract_reads_a_captions_unit_named_in_words() -> None:
    text = (
        "Table 6.1  Median base salary by role, United States, selected years\n"
        "(thousands of current US dollars per year; all experience levels)\n\n"
        "  Role                    2016     2026\n"
        "  --------------------------------------\n"
        "  ML engineer              127      187\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("127", "salary", 127e3, "USD", "year"), ("187", "salary", 187e3, "USD", "year"),
    ]  # fmt: skip


TSV_SHEET = (
    "All figures USD thousands (000s) unless noted.\n\n"
    "TAB 1 — US NATIONAL\t\t\t\t\t\t\n"
    "\t\tBase salary\t\tBonus\tTotal comp\t\n"
    "Role\tLevel\tP25–P75\tMedian\tTarget %\tMedian\tn\n"
    "ML Engineer\tJunior\t112–140\t128\t8%\t156\t212\n"
    "ML Engineer\tSenior\t172–214\t192\t12%\t285\t264\n"
    "Data Scientist\tSenior\t150–186\t168\t10%\t225\t233\n\n"
    "TAB 2 — SENIOR ML ENGINEER BY MARKET (local currency, 000s)\n"
    "Market\tCcy\tBase median\tn\n"
    "London\tGBP\t95\t46\n"
    "Berlin\tEUR\t82\t22\n"
)


def test_extract_reads_a_pasted_sheets_cells_by_their_tabs() -> None:
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(TSV_SHEET)]
    assert got[:6] == [
        ("112–140", "salary", 112e3, "USD", "year"), ("128", "salary", 128e3, "USD", "year"),
        ("8%", "percent", 8, "%", None), ("156", "salary", 156e3, "USD", "year"),
        ("212", "count", 212, "count", None), ("172–214", "salary", 172e3, "USD", "year"),
    ]  # fmt: skip
    # a row's Currency cell, scaled by its caption's "000s"
    assert ("95", "salary", 95e3, "GBP", "year") in got
    assert ("82", "salary", 82e3, "EUR", "year") in got
    assert ("46", "count", 46, "count", None) in got


def test_extract_reads_a_printed_table_under_a_pay_caption_as_the_documents_pay() -> None:
    table = (
        "    level                junior     mid  senior  staff+\n"
        "    role                                               \n"
        "    AI engineer          142000  176000  214000  268000\n"
        "    ML engineer          138000  171000  209000  262000\n"
    )
    prose = "Seniors asked $205,000 and staff $260,000 in base salary.\n\n"
    cell = '```python\npivot = us.pivot_table(index="role", columns="level")\npivot\n```\n\n'
    got = extract_claims(f"{prose}## Median base salary by role and level (US)\n\n{cell}{table}")
    assert [(c.quote, c.kind, c.unit, c.period) for c in got][2:5] == [
        ("142000", "salary", "USD", "year"),
        ("176000", "salary", "USD", "year"),
        ("214000", "salary", "USD", "year"),
    ]
    # the same figures under a caption that names no pay stay as they are
    counted = extract_claims(f"{prose}## Employment by role and level\n\n{cell}{table}")
    assert [(c.quote, c.kind) for c in counted][2:4] == [("142000", "count"), ("176000", "count")]


def test_extract_reads_a_ranked_list_by_short_dot_leaders_and_not_a_contents_page() -> None:
    ranked = (
        "Top posters\n  1. Kestrel Systems ........ 46 roles\n  2. Fernhill Commerce ...... 39\n"
    )
    assert [(c.quote, c.kind) for c in extract_claims(ranked)] == [("46", "count"), ("39", "count")]


def test_extract_reads_a_caption_that_names_its_scale_before_its_currency() -> None:
    text = (
        "Table 1 — Gross annual base salary, AI/ML engineers, France (k€)\n\n"
        " Level          | Paris      | Lyon\n----------------+------------+-----\n"
        " Junior         | 45–55      | 40–48\n"
    )
    got = [(c.quote, c.kind, c.low, c.high, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("45–55", "salary", 45e3, 55e3, "EUR", "year"),
        ("40–48", "salary", 40e3, 48e3, "EUR", "year"),
    ]


def test_extract_reads_an_indented_header_of_years_over_a_rule_as_the_tables_header() -> None:
    text = (
        "Five-year human capital summary (unaudited)\n\n"
        "                                        2025      2024      2023\n"
        "                                      --------  --------  --------\n"
        "Total employees (year end)(1)           18,400    16,950    15,720\n"
        "Engineering employees                    7,860     7,120     6,540\n"
    )
    got = [(c.quote, c.kind) for c in extract_claims(text) if c.quote[:1].isdigit()]
    assert got[:3] == [("18,400", "count"), ("16,950", "count"), ("15,720", "count")]
    assert len(got) == 6


def test_extract_reads_an_indented_header_of_years_and_changes_as_the_tables_header() -> None:
    text = (
        "Long-term projections, 2024-2034\n\n"
        "                                   2024        2034     Change    % Change\n"
        "Colorado employment                7,420      10,390     2,970      40.0%\n"
        "United States employment         245,900     327,600    81,700      33.2%\n"
    )
    got = [(c.quote, c.kind) for c in extract_claims(text) if c.quote[-1] == "%"]
    assert got == [("40.0%", "growth"), ("33.2%", "growth")]


def test_extract_reads_a_monthly_captions_period_and_allowance_columns_as_money() -> None:
    text = (
        "## Saudi Arabia: monthly package by level (SAR)\n\n"
        "| Level | Years exp. | Basic | Housing (25%) | Transport (10%) |\n"
        "|---|---|---|---|---|\n"
        "| Junior ML Engineer | 0–2 | 11,000–14,000 | 2,750–3,500 | 1,100–1,400 |\n"
    )
    got = [(c.quote, c.kind, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("0–2", "count", "years", None),
        ("11,000–14,000", "salary", "SAR", "month"),
        ("2,750–3,500", "money", "SAR", "month"),
        ("1,100–1,400", "money", "SAR", "month"),
    ]


def test_extract_reads_a_rule_indented_past_the_row_labels_and_dollars_in_millions() -> None:
    text = (
        "Stock-based compensation expense was recorded as follows ($ in millions):\n\n"
        "                                     2025          2024\n"
        "                                   --------      --------\n"
        "Cost of revenue                    $   38.4      $   31.0\n"
        "Research and development              412.6         338.9\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text)]
    assert got == [
        ("38.4", "money", 38.4e6, "USD"),
        ("31.0", "money", 31e6, "USD"),
        ("412.6", "money", 412.6e6, "USD"),
        ("338.9", "money", 338.9e6, "USD"),
    ]


def test_extract_reads_each_columns_unit_from_a_tables_line_of_units() -> None:
    text = (
        "Table 1  Average weekly earnings and employment by occupation group\n"
        "Units: Earnings in € per week; Employment in thousands ('000); change in %\n\n"
        "Occupation group        | Q2 2025 | Q2 2026 | % change | Employed Q2 2026\n"
        "ICT professionals       | 1,538.57 | 1,612.40 | 4.8 | 75.9\n\n"
        "Table 2  Median hourly earnings by sex\n"
        "Units: € per hour; gap in %\n\n"
        "                     Q2 2025    Q2 2026\n"
        "Men                  36.55      37.90\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("1,538.57", 1538.57, "EUR", "week"),
        ("1,612.40", 1612.4, "EUR", "week"),
        ("4.8", 4.8, "%", None),
        ("75.9", 75900, "count", None),
        ("36.55", 36.55, "EUR", "hour"),
        ("37.90", 37.9, "EUR", "hour"),
    ]


def test_extract_reads_a_figure_set_left_under_the_labels_header_by_the_tables_unit() -> None:
    text = (
        "Table 3. US annual base salary by job family and level (USD)\n"
        "Job family / level            P25            Median            P75\n"
        "Data Scientist II     112,600    124,900      139,300\n"
    )
    got = [(c.quote, c.kind, c.unit) for c in extract_claims(text)]
    assert got == [(q, "salary", "USD") for q in ("112,600", "124,900", "139,300")]


def test_extract_reads_a_year_of_pay_under_a_caption_of_day_rates_as_yearly() -> None:
    text = (
        "Table 3.1   Sydney – permanent packages and contract day rates (AUD)\n\n"
        "   Role                                   Permanent package¹          Contract day rate²\n"
        "                                          (p.a. incl. super)          (excl. GST)\n"
        "   ---------------------------------------------------------------------------------\n"
        "   Machine Learning Engineer – Junior     $105,000 – $130,000         $650 – $800\n"
    )
    got = [(c.quote, c.period) for c in extract_claims(text)]
    assert got == [("$105,000 – $130,000", "year"), ("$650 – $800", "day")]


def test_extract_reads_percentages_under_a_numbered_heading_of_increases_as_growth() -> None:
    text = (
        "2. MERIT MATRIX (% increase to base salary)\n\n"
        "  Rating                  | Below range  | Lower half\n"
        "  ------------------------+--------------+-------------\n"
        "  Exceptional             | 7.0-8.5%     | 5.5-7.0%\n"
    )
    got = [(c.quote, c.kind) for c in extract_claims(text)]
    assert got == [("7.0-8.5%", "growth"), ("5.5-7.0%", "growth")]
    shares = text.replace("MERIT MATRIX (% increase to base salary)", "STAFF BY BAND (% of staff)")
    assert [c.kind for c in extract_claims(shares)] == ["percent", "percent"]


def test_extract_reads_a_printed_series_by_the_name_that_closes_it() -> None:
    prose = "Senior salaries run $150,000 to $180,000 a year, staff salaries $195,000.\n\n"
    printed = (
        "```\nlevel\njunior    121000.0\nmid       153500.0\nsenior    192000.0\n"
        "Name: salary_mid, dtype: float64\n```\n"
    )
    got = [(c.quote, c.kind, c.unit) for c in extract_claims(prose + printed)][-2:]
    assert got == [("153500.0", "salary", "USD"), ("192000.0", "salary", "USD")]
    counted = printed.replace("salary_mid", "postings")
    got = [(c.quote, c.kind) for c in extract_claims(prose + counted)][-2:]
    assert got == [("153500.0", "count"), ("192000.0", "count")]


def test_extract_prices_a_table_by_the_unit_in_its_corner_and_times_its_pension_yearly() -> None:
    text = (
        "Single total figure of remuneration (audited)\n\n"
        "£000                         Salary   Benefits(1)  Pension(2)   Total\n"
        "Dr Eleanor Vance (CEO)\n"
        "  2026                          612        24          37       1,814\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("612", "salary", 612e3, "GBP", "year"), ("24", "money", 24e3, "GBP", "year"),
        ("37", "money", 37e3, "GBP", "year"), ("1,814", "salary", 1814e3, "GBP", "year"),
    ]  # fmt: skip


STATISTICS_RELEASE = """\
5   Residents accounted for 71% of employment in AI and data occupations.

---------------------------------------------------------------------------------------------
TABLE 1   GROSS MONTHLY WAGES¹ OF FULL-TIME EMPLOYED RESIDENTS² IN SELECTED AI AND DATA
          OCCUPATIONS, JUNE 2026
---------------------------------------------------------------------------------------------
SSOC 2024   Occupation                                    P25       Median       P75    Change³
                                                          (S$)        (S$)      (S$)       (%)
---------------------------------------------------------------------------------------------
25121       Machine learning engineer                   7,150       9,480    12,900       5.8
25122       AI engineer (incl. LLM application)         6,800       9,050    12,300       7.5
---------------------------------------------------------------------------------------------
"""


def test_extract_reads_a_statistics_release_table_under_its_numbered_caption() -> None:
    got = [(c.quote, c.kind, c.unit, c.period) for c in extract_claims(STATISTICS_RELEASE)]
    assert got[2:6] == [
        ("7,150", "salary", "SGD", "month"), ("9,480", "salary", "SGD", "month"),
        ("12,900", "salary", "SGD", "month"), ("5.8", "percent", "%", None),
    ]  # fmt: skip
    # the classification's codes are no counts; a row with "incl." in its label is a row
    assert "25121" not in [quote for quote, *_ in got]
    assert ("6,800", "salary", "SGD", "month") in got


def test_extract_reads_a_us_post_in_a_thread_that_writes_pay_in_lakhs_as_dollars() -> None:
    india = (
        "Base: ₹52L\nBonus: ₹6L\nRSU/yr: ₹18L\nTC: ₹76L\n\nOffers at 45L and 60L are common.\n\n"
    )
    us = "Title: MLE II (L4)\nLocation: Seattle\nBase: 198k\n"
    got = [(c.quote, c.unit, c.low) for c in extract_claims(india + us)]
    assert got[-1] == ("198k", "USD", 198e3)
    got = [(c.quote, c.unit) for c in extract_claims(india + us.replace("Seattle", "Pune"))]
    assert got[-1] == ("198k", "INR")


def test_extract_lines_up_cells_as_shown_where_wide_characters_take_two_columns() -> None:
    text = (
        "  Grade                     年収 (annual)                  月給 (monthly base)\n"
        "  ------------------------  -----------------------------  --------------------\n"
        "  G3  ML Engineer           650万円 〜 900万円              40万円 〜 55万円\n"
    )
    got = [(c.quote, c.low, c.period) for c in extract_claims(text)]
    assert got == [("650万円 〜 900万円", 65e5, "year"), ("40万円 〜 55万円", 4e5, "month")]


def test_extract_reads_a_release_in_its_own_dollars_and_a_units_line_of_thousands() -> None:
    release = STATISTICS_RELEASE.replace(
        "5   Residents", "2   The median wage rose to $9,480.\n\n5   Residents"
    )
    assert [c.unit for c in extract_claims(release) if c.quote == "$9,480"] == ["SGD"]
    counts = (
        "TABLE 2   EMPLOYMENT IN SELECTED AI AND DATA OCCUPATIONS\n"
        "-------------------------------------------------------------\n"
        "                                          ('000)\n"
        "Occupation                          Jun 2025    Jun 2026\n"
        "-------------------------------------------------------------\n"
        "Machine learning engineer               11.6        12.9\n"
    )
    assert [(c.quote, c.low) for c in extract_claims(counts)] == [("11.6", 11600), ("12.9", 12900)]


def test_extract_reads_a_listings_amount_as_pay_where_its_item_names_the_role_after_it() -> None:
    item = (
        "- **Tessellate** — London, UK | HYBRID | £95k–£130k | options, amount undisclosed | "
        "team of 22 — Research Engineer, inference optimisation.\n"
    )
    got = [(c.quote, c.kind, c.period) for c in extract_claims(item)]
    assert ("£95k–£130k", "salary", "year") in got


def test_extract_reads_a_rows_min_and_max_cells_as_the_one_band_they_post() -> None:
    header = "posting_id,company,title,level,currency,salary_min,salary_max,period\n"
    rows = (
        "P-20544,Halyard,ML Engineer,Senior,USD,198000,265000,year\n"
        "P-20551,Quillstone,AI Engineer,Mid,USD,150000,220000,year\n"
    )
    got = [(c.quote, c.low, c.high, c.qualifiers["column"]) for c in extract_claims(header + rows)]
    assert got == [
        ("198000,265000", 198e3, 265e3, "salary"), ("150000,220000", 150e3, 220e3, "salary"),
    ]  # fmt: skip
    medians = header.replace("salary_min,salary_max", "median_base,median_total_comp")
    assert [c.quote for c in extract_claims(medians + rows)][:2] == ["198000", "265000"]


def test_extract_times_a_table_by_a_paragraph_whose_lines_each_end_a_sentence() -> None:
    text = (
        "All rates are per hour. Bill Rate = what the client pays.\n"
        "Pay Rate = what the consultant receives.\n\n"
        "Role / Level                       Bill Rate     Pay (W2)\n"
        "----------------------------------------------------------\n"
        "ML Engineer II                     $118-$135     $78-$88\n"
    )
    assert [c.period for c in extract_claims(text)] == ["hour", "hour"]


NOTEBOOK_OUTPUTS = """\
Senior salaries run $150,000 to $180,000 a year, staff salaries $195,000.

```python
In [4]:
df["remote_policy"].value_counts(normalize=True).round(3)
```

```
Out[4]:
remote_policy
hybrid    0.514
onsite    0.297
remote    0.189
Name: proportion, dtype: float64
```

```
Out[5]:
count      1647.0
mean     178412.0
25%      146500.0
50%      174000.0
Name: salary_mid, dtype: float64
```
"""


def test_extract_reads_a_notebooks_printed_series_by_their_names() -> None:
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(NOTEBOOK_OUTPUTS)][2:]
    assert got[:3] == [
        ("0.514", "percent", 51.4, "%"), ("0.297", "percent", 29.7, "%"),
        ("0.189", "percent", 18.9, "%"),
    ]  # fmt: skip
    # describe()'s quartile names are no claims; its count counts, its mean is pay
    assert [quote for quote, *_ in got[3:]] == ["1647.0", "178412.0", "146500.0", "174000.0"]
    assert [kind for _, kind, *_ in got[3:5]] == ["count", "salary"]


def test_extract_reads_a_notebooks_printed_dataframe_as_a_table() -> None:
    printed = (
        "```\nOut[3]:\n            count  median    mean\nseniority\n"
        "junior        812  140000  143000\nsenior       2210  205000  211000\n```"
    )
    # (read, no longer left as code; with no pay named around it, its medians stay open)
    assert [c.quote for c in extract_claims(printed)][:3] == ["812", "140000", "143000"]


def test_extract_reads_an_indented_printed_series_down_to_its_closing_name() -> None:
    text = (
        "```python\ndf.title_norm.value_counts().head(3)\n```\n\n"
        "    title_norm\n    ml engineer                 4212\n"
        "    ai engineer                 3967\n    Name: count, dtype: int64\n\n"
        "    import pandas as pd\n    n = 4212\n"  # indented code stays code
    )
    assert [(c.quote, c.kind) for c in extract_claims(text)] == [
        ("4212", "count"), ("3967", "count"),
    ]  # fmt: skip


def test_extract_reads_a_caption_wrapped_after_a_comma_as_one_over_its_table() -> None:
    text = (
        "ANNEX A: MEDIAN GROSS MONTHLY WAGE (S$) OF SELECTED AI AND DATA OCCUPATIONS,\n"
        "RESIDENTS IN FULL-TIME EMPLOYMENT, 2024-2025\n\n"
        "| Occupation | 2024 | 2025 | Change (%) |\n|---|---|---|---|\n"
        "| AI engineer | 8,800 | 9,400 | 6.8 |\n"
    )
    got = [(c.quote, c.kind, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("8,800", "salary", "SGD", "month"), ("9,400", "salary", "SGD", "month"),
        ("6.8", "growth", "%", None),
    ]  # fmt: skip


def test_extract_keeps_what_a_quoted_question_asks_as_an_illustration() -> None:
    asked = (
        'Question 2: "Our service handles 40,000 requests a day at $0.02 each. How would you cut'
        ' it?"'
    )
    told = 'Reader question: "I was offered $150K in Austin. Is that fair?"'
    assert extract_claims(asked) == []
    assert [c.quote for c in extract_claims(told)] == ["$150K"]


CHINESE_POST = (
    "AI 工程师的薪资：上海、深圳和新加坡。本文的数字来自 2025 年的 offer，单位是人民币元。\n\n"
    "| 级别 | 年包 |\n|---|---|\n| 初级 Junior | 28万–42万 |\n\n"
    "上海：月薪 4.2万 × 15薪 = 年包 63万。我在上海静安的一室户才 ¥8,500/月。1.8万 浏览\n"
)


def test_extract_reads_ten_thousands_and_the_yen_sign_of_a_chinese_post_as_yuan() -> None:
    got = {c.quote: (c.kind, c.low, c.high, c.unit, c.period) for c in extract_claims(CHINESE_POST)}
    assert got["28万–42万"] == ("salary", 28e4, 42e4, "CNY", "year")
    assert got["4.2万"] == ("salary", 42e3, 42e3, "CNY", "month")
    assert got["63万"] == ("salary", 63e4, 63e4, "CNY", "year")
    assert got["¥8,500"][3] == "CNY"
    assert got["1.8万"] == ("count", 18e3, 18e3, "count", None)  # views, not pay
    # a Japanese page's yen stays the yen
    japanese = "株式会社の求人。年収 800万円〜1,200万円、住宅手当 ¥30,000 per month。" * 3
    assert {c.unit for c in extract_claims(japanese) if c.kind in ("salary", "money")} == {"JPY"}


def test_extract_times_a_list_of_rates_by_its_one_header() -> None:
    text = (
        "CONTRACT RATES — DUBLIN\n\n"
        "Role                                   Day rate (€, ex VAT)\n"
        "Data Scientist                         €450 – €600\n"
        "Machine Learning Engineer              €500 – €675\n"
    )
    got = [(c.quote, c.kind, c.period) for c in extract_claims(text)]
    assert got == [("€450 – €600", "salary", "day"), ("€500 – €675", "salary", "day")]


def test_extract_reads_no_phone_number_set_with_a_leading_zero_or_a_country_code() -> None:
    text = "Bel Sanne op 06 12 34 56 78 of Dublin op +353 1 555 0142. We hired 12 engineers."
    assert [c.quote for c in extract_claims(text)] == ["12"]


def test_extract_reads_changes_under_a_percent_change_caption_and_years_of_a_fiscal_table() -> None:
    outlook = (
        "JOB OUTLOOK\n\n  Percent change in employment, projected 2024-34\n"
        "    Computer and information research scientists ............ 20%\n"
        "    Total, all occupations ................................... 3%\n"
    )
    assert [(c.quote, c.kind) for c in extract_claims(outlook)] == [
        ("20%", "growth"), ("3%", "growth"),
    ]  # fmt: skip
    table = (
        "| Name | Fiscal Year | Salary ($) | Stock Awards ($) |\n|---|---|---|---|\n"
        "| Elena Marsh | 2026 | 750,000 | 14,200,000 |\n"
    )
    got = {c.quote: c.period for c in extract_claims(table)}
    assert got["750,000"] == got["14,200,000"] == "year"


WIKI_PAGE = """\
Pay varies widely.<ref name="hc">{{cite web |title=The Model Market #47 |year=2025 |page=9}}</ref>

{| class="wikitable sortable"
|+ Typical base salary of AI engineers by country (2025)
! Country !! Entry level !! Experienced !! Currency !! Ref.
|-
| United States || 110,000–140,000 || 170,000–240,000 || USD || <ref name="levels"/>
|-
| Germany || 55,000–68,000 || 80,000–105,000 || EUR || <ref>{{cite web |title=Report 2025}}</ref>
|}
"""


def test_extract_reads_a_mediawiki_table_by_its_columns_and_skips_its_citations() -> None:
    got = [(c.quote, c.kind, c.unit, c.qualifiers.get("column")) for c in extract_claims(WIKI_PAGE)]
    assert got == [
        ("110,000–140,000", "salary", "USD", "Entry level"),
        ("170,000–240,000", "salary", "USD", "Experienced"),
        ("55,000–68,000", "salary", "EUR", "Entry level"),
        ("80,000–105,000", "salary", "EUR", "Experienced"),
    ]


def test_extract_reads_decimals_under_a_differential_column_as_multipliers() -> None:
    text = "| Zone | Locations | Differential |\n|---|---|---|\n| US-1 | SF, NYC | 1.00 |\n"
    text += "| US-2 | Austin, Boston | 0.90 |\n"
    assert [(c.quote, c.kind) for c in extract_claims(text)] == [
        ("1.00", "multiplier"), ("0.90", "multiplier"),
    ]  # fmt: skip


def test_extract_reads_a_threads_bare_band_in_thousands_of_its_currency() -> None:
    thread = (
        "Berlin MLE here. €92k for senior is solid. My colleagues at the same level are €85–105k"
        " base. I'm at €98k.\n\n"
        "Recruiter said their band was 85-100 so I'm near the top.\n\n"
        "He was saying Adyen is more like 130 but that's staff level.\n"
    )
    got = {c.quote: (c.kind, c.low, c.high, c.unit) for c in extract_claims(thread)}
    assert got["85-100"] == ("salary", 85e3, 100e3, "EUR")
    assert got["130"] == ("salary", 130e3, 130e3, "EUR")


def test_extract_times_a_list_of_percentiles_by_its_weekly_caption() -> None:
    text = (
        "Weekly earnings distribution (full-time, before tax)\n\n"
        "  10th percentile    $1,480\n  Median             $2,615\n\n"
        "Earnings for related occupations (weekly, full-time, median)\n\n"
        "  Statisticians                                    $2,180\n"
    )
    got = [(c.quote, c.kind, c.period) for c in extract_claims(text)]
    assert got == [
        ("$1,480", "salary", "week"), ("$2,615", "salary", "week"), ("$2,180", "salary", "week"),
    ]  # fmt: skip


def test_extract_reads_a_list_of_scores_under_a_reviews_heading_as_ratings() -> None:
    text = (
        "Trivanta Technologies Ratings\nBased on 96 reviews from Machine Learning Engineers\n\n"
        "Overall rating            3.7\nSalary                    3.1\n"
        "Promotions                2.9\n"
    )
    assert [(c.quote, c.unit) for c in extract_claims(text)] == [
        ("96", "count"), ("3.7", "rating/5"), ("3.1", "rating/5"), ("2.9", "rating/5"),
    ]  # fmt: skip


def test_extract_reads_a_table_indented_in_a_mkdocs_tab_as_a_table() -> None:
    text = (
        '=== "Singapore"\n\n    **Base salary, Singapore (S$ per month, 2026)**\n\n'
        "    | Level | Monthly base | Annualised (×13)* |\n    |---|---|---|\n"
        "    | Junior | 5,500–7,500 | 71,500–97,500 |\n\n"
        '!!! note "Where these numbers come from"\n    Singapore bands come from 96 postings.\n\n'
        "    print(1)\n"
    )
    got = [(c.quote, c.kind, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("5,500–7,500", "salary", "SGD", "month"),
        ("71,500–97,500", "salary", "SGD", "year"),  # "Annualised" beside the caption's months
        ("96", "count", "count", None),
    ]


def test_extract_prices_place_columns_with_brackets_by_the_heading_above_the_table() -> None:
    text = (
        "### Table 1. Median base by role and region (USD k)\n\n"
        "| Role | US (SF/NY) | India (metro)¹ | Bonus (%) | n |\n|---|---:|---:|---:|--:|\n"
        "| ML engineer | 195 | 34 | 12 | 1,406 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text)]
    assert got == [
        ("195", "salary", 195e3, "USD"),
        ("34", "salary", 34e3, "USD"),
        ("12", "percent", 12, "%"),  # its own bracket names its unit
        ("1,406", "count", 1406, "count"),
    ]


def test_extract_reads_units_in_a_bracket_with_other_words_and_a_period_after_a_figure() -> None:
    text = (
        "| Level | ESOP grant (₹ lakh, vests over 4 yrs) | New-hire equity (£k equivalent) |\n"
        "|---|---|---|\n| L2 | 4–8 | 10–40 |\n\n"
        "| Component | Share receiving | Median amount (USD) |\n|---|---:|---:|\n"
        "| Equity (RSUs or options) | 54% | 41,000 / yr |\n"
    )
    got = [(c.quote, c.low, c.high, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("4–8", 4e5, 8e5, "INR", None),
        ("10–40", 10e3, 40e3, "GBP", None),
        ("54%", 54, 54, "%", None),
        ("41,000 / yr", 41e3, 41e3, "USD", "year"),
    ]


def test_extract_reads_a_captions_unit_after_its_bracket_and_a_median_of_offers_as_pay() -> None:
    text = (
        "*Fixed pay (CTC excluding variable pay and ESOPs/RSUs), ₹ lakh per annum*\n\n"
        "| Level | Fixed pay range | Median of my offers | No. of offers |\n|---|---|---|---|\n"
        "| AI Engineer II | 28–40 | 33 | 14 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("28–40", "salary", 28e5, "INR", "year"),
        ("33", "salary", 33e5, "INR", "year"),
        ("14", "count", 14, "count", None),
    ]


def test_extract_times_only_a_rate_column_by_words_that_say_rates_are_hourly() -> None:
    text = (
        "Rates and hours by engagement type, 2025 (rates are USD per billed hour):\n\n"
        "| Engagement type | Clients | Rate | Invoiced |\n|---|---:|---:|---:|\n"
        "| RAG build-outs | 4 | $140 | $75,320 |\n"
    )
    got = [(c.quote, c.period) for c in extract_claims(text) if c.unit == "USD"]
    assert got == [("$140", "hour"), ("$75,320", "year")]


def test_extract_reads_bare_dollars_as_canadian_in_a_bulletin_that_names_only_a_province() -> None:
    text = (
        "Labour Market Information Bulletin: ICT occupations, Ontario\n\n"
        "Employers in Ontario reported 8,450 vacant positions. The median hourly wage for data "
        "scientists was $50.00. Ontario's programmers earned $43.27 per hour.\n"
    )
    assert [(c.quote, c.unit) for c in extract_claims(text) if c.kind in ("salary", "money")] == [
        ("$50.00", "CAD"), ("$43.27 per hour", "CAD"),
    ]  # fmt: skip


def test_extract_prices_a_table_by_words_on_all_its_figures_but_not_its_counts() -> None:
    text = (
        "All figures are **monthly base in S$**, before CPF deductions.\n\n"
        "| Level | Typical experience (years) | AI / ML engineer |\n|---|---|---|\n"
        "| Junior | 0–2 | 5,500–7,500 |\n\n"
        "**Median advertised base range, US-based roles (USD thousands per year)**\n\n"
        "| Role bucket | Posts with a range | Median range |\n|---|---:|---|\n"
        "| Software engineer | 2,214 | 150–205 |\n"
    )
    got = [(c.quote, c.unit, c.low, c.period) for c in extract_claims(text)]
    assert got == [
        ("0–2", "count", 0, None),
        ("5,500–7,500", "SGD", 5500, "month"),
        ("2,214", "count", 2214, None),
        ("150–205", "USD", 150e3, "year"),
    ]


def test_extract_prices_a_bare_pay_table_in_the_unit_the_document_writes_its_pay_in() -> None:
    text = (
        "I joined at ₹3.6 LPA in 2018 and I am at ₹42 LPA now; a friend is at ₹18 LPA.\n\n"
        "Level                  | Service  | Startup\n-----------------------|----------|--------\n"
        "Fresher                | 3.6-4.5  | 8-14\nSDE-2 (3-5 years)      | 7-12     | 18-30\n\n"
        "| Stage | ML Engineer | AI Engineer |\n|---|---|---|\n| Recruiter screen | 40 | 61 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text) if c.low]
    assert got[3:] == [
        ("3.6-4.5", "salary", 3.6e5, "INR"),
        ("8-14", "salary", 8e5, "INR"),
        ("3-5 years", "count", 3, "years"),
        ("7-12", "salary", 7e5, "INR"),
        ("18-30", "salary", 18e5, "INR"),
        ("40", "count", 40, "count"),  # a hiring funnel by role counts people, whatever its size
        ("61", "count", 61, "count"),
    ]


def test_extract_reads_a_tables_unit_in_an_emphasised_caption_and_in_ten_thousands_of_yen() -> None:
    text = (
        "*Table 1. Gross monthly salary in AED, tax-free, excluding housing. Dubai only.*\n\n"
        "| Role | Junior | Senior |\n|---|---|---|\n"
        "| AI / ML Engineer | 16,000–24,000 | 40,000 |\n\n"
        "*Contract rates in AUD per day, excluding GST. Brisbane typically 5–10% lower.*\n\n"
        "| Role | Day rate |\n|---|---|\n| Data Engineer | 850–1,050 |\n\n"
        "| # | Role | Base (万円/yr) |\n|---|---|---|\n| 1 | Software engineer | 600 |\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text) if c.unit != "%"]
    assert got == [
        ("16,000–24,000", 16e3, "AED", "month"),
        ("40,000", 40e3, "AED", "month"),
        ("850–1,050", 850, "AUD", "day"),
        ("600", 6e6, "JPY", "year"),
    ]


def test_extract_reads_a_column_headed_by_a_currency_code_and_thousands_set_apart_by_spaces() -> (
    None
):
    text = (
        "## 1. Summary\n\n| | NOK |\n|---|---|\n"
        "| Personnel, host institution (incl. social costs) | 6 880 600 |\n"
        "| Other operating costs | 1 370 000 |\n"
    )
    got = [(c.quote, c.kind, c.low, c.unit) for c in extract_claims(text)]
    assert got == [
        ("6 880 600", "money", 6880600, "NOK"),
        ("1 370 000", "money", 1370000, "NOK"),
    ]


def test_extract_reads_no_registration_number_as_thousands_set_apart_by_spaces() -> None:
    text = (
        "We surveyed 1 240 people and 2 050 firms (45 000 € a year).\n\n"
        "RCS Paris 832 145 907, SIREN 912 345 678"
    )
    got = [c.quote for c in extract_claims(text)]
    assert got[:2] == ["1 240", "2 050"]
    assert not [quote for quote in got if "145" in quote or "345" in quote]


def test_extract_reads_a_headers_currency_given_per_period_or_as_ringgit() -> None:
    text = (
        "| Level | Current band (RM/month) | Median KES/hour | Median US$/hour |\n"
        "|---|---|---|---|\n"
        "| MLE II | 6,000 – 8,500 | 210 | 1.62 |\n"
    )
    got = [(c.quote, c.low, c.high, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("6,000 – 8,500", 6000, 8500, "MYR", "month"),
        ("210", 210, 210, "KES", "hour"),
        ("1.62", 1.62, 1.62, "USD", "hour"),
    ]


def test_extract_reads_bare_rupees_in_a_post_that_writes_its_money_in_lakhs() -> None:
    text = (
        "Rohan: Fixed 16,50,000 | Variable (target) 1,50,000 | ESOP 8,00,000 notional\n\n"
        "HireLoop counted 1,84,000 active postings. I was on 4.2 LPA, then 18 LPA, now 24 LPA;"
        " in-hand was around 47,000 per month."
    )
    got = [(c.quote, c.kind, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got[:2] == [
        ("16,50,000", "salary", 1.65e6, "INR", "year"),
        ("1,50,000", "money", 1.5e5, "INR", "year"),
    ]
    assert ("1,84,000", "count", 1.84e5, "count", None) in got  # postings are counted
    assert ("47,000 per month", "salary", 47e3, "INR", "month") in got


def test_extract_reads_no_day_rate_as_a_months_pay_where_pay_is_quoted_by_the_month() -> None:
    text = "B2B contractors in Kraków bill PLN 1,750 on most contracts; seniors earn PLN 23,400."
    got = [(c.quote, c.period) for c in extract_claims(text)]
    assert got == [("PLN 1,750", None), ("PLN 23,400", "month")]


def test_extract_reads_a_pay_tables_unit_from_the_line_above_it() -> None:
    text = (
        "Monthly base salary, SEK, ML engineers. Ranges are p25 to p75.\n\n"
        "| Level | Stockholm | Gothenburg |\n|---|---|---|\n"
        "| Junior (0–2 yrs) | 42,000–50,000 | 39,000–46,000 |\n\n"
        "All figures are **gross monthly base in ₪**, the way Israeli offers are quoted.\n\n"
        "| Role | Level | HR band | Survey A median |\n|---|---|---:|---:|\n"
        "| ML engineer | L5 (senior) | 42,000–52,000 | 47,500 |\n\n"
        "| Level | Base (만원) | IČO rate / MD (CZK) |\n|---|---|---|\n"
        "| Senior | 9,500–14,000 | 7,500 – 9,900 |\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text) if c.unit != "years"]
    assert got == [
        ("42,000–50,000", 42e3, "SEK", "month"),
        ("39,000–46,000", 39e3, "SEK", "month"),
        ("42,000–52,000", 42e3, "ILS", "month"),
        ("47,500", 47.5e3, "ILS", "month"),
        ("9,500–14,000", 95e6, "KRW", "year"),
        ("7,500 – 9,900", 7500, "CZK", "day"),
    ]


def test_extract_reads_a_bare_figure_that_repeats_an_amount_in_its_money() -> None:
    text = (
        "I am on 16,500 zł gross a month; they offer 28,000 zł a month. Your colleagues are"
        " comparing 16,500 with 28,000. By 2030 we want 16,500 AI practitioners."
    )
    got = [(c.quote, c.unit, c.period) for c in extract_claims(text)]
    assert got[2:] == [
        ("16,500", "PLN", "month"),
        ("28,000", "PLN", "month"),
        ("16,500", "count", None),
    ]


def test_extract_reads_a_header_in_millions_of_dong_by_the_month() -> None:
    text = "| Level | Lương (triệu VND/tháng) |\n|---|---|\n| Junior | 18 – 25 |\n"
    got = [(c.quote, c.low, c.high, c.unit, c.period) for c in extract_claims(text)]
    assert got == [("18 – 25", 18e6, 25e6, "VND", "month")]


def test_extract_reads_bare_pay_in_the_one_money_a_page_writes() -> None:
    text = (
        "Offers we made in Bangkok ran THB 200,000 at the top; a senior at a bank gets THB"
        " 150,000 and a lead THB 180,000.\n\n"
        "These are my estimates of base salary per month from the offers we made.\n\n"
        "| Level | Thai bank / corporate | Tech & e-commerce |\n|---|---|---|\n"
        "| Junior DS (0–2 yrs) | 45,000–70,000 | 55,000–80,000 |\n\n"
        "The typical offer is 60-90K a month.\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text) if c.unit != "years"]
    assert got[3:] == [
        ("45,000–70,000", 45e3, "THB", "month"),
        ("55,000–80,000", 55e3, "THB", "month"),
        ("60-90K", 60e3, "THB", "month"),
    ]


def test_extract_reads_a_column_of_reports_as_a_count() -> None:
    text = (
        "## Pay by experience\n\n"
        " Experience level              Average base salary     Reports\n"
        " ─────────────────────────────────────────────────────────────\n"
        " Junior (0–2 yrs)              CA$92,500               412\n"
        " Intermediate (3–5 yrs)        CA$121,000              1,004\n"
    )
    got = [(c.quote, c.unit) for c in extract_claims(text) if c.quote in ("412", "1,004")]
    assert got == [("412", "count"), ("1,004", "count")]


def test_extract_skips_a_code_block_a_chat_message_opens_and_reads_on_after_it() -> None:
    text = (
        "14/09/2026, 21:19 - Varun: ```\nsalary   14,000\nrent   -3,750\n```\n"
        "14/09/2026, 21:25 - Ravi: local companies pay 10-15% less than the free zone MNCs.\n"
    )
    assert [c.quote for c in extract_claims(text)] == ["10-15%"]


@pytest.mark.parametrize("scale", ["× €1.000", "x 1,000 EUR"])
def test_extract_reads_a_table_scaled_by_a_thousand_in_its_caption(scale: str) -> None:
    text = (
        f"**Market pay, annual gross, {scale}**\n\n"
        "| Level | P25 | P50 |\n|---|---|---|\n| Junior | 44 | 49 |\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [("44", 44e3, "EUR", "year"), ("49", 49e3, "EUR", "year")]


def test_extract_reads_a_fenced_csv_under_a_comment_line() -> None:
    text = (
        "```csv\n# base_aud = base salary in AUD, excl. super; bonus_pct = STI target, % of base\n"
        "date,role,level,base_aud,bonus_pct\n2025-08,ML Engineer,Senior,182000,15\n"
        "2025-10,Data Scientist,Mid,128000,10\n```\n"
    )
    got = [(c.quote, c.kind, c.unit) for c in extract_claims(text)]
    assert got == [
        ("182000", "salary", "AUD"),
        ("15", "percent", "%"),
        ("128000", "salary", "AUD"),
        ("10", "percent", "%"),
    ]


def test_extract_reads_a_column_priced_by_the_hour_and_a_caption_in_rs_lakh() -> None:
    text = (
        "| level | median, USD/h |\n|---|---|\n| Mid | 40 |\n\n"
        'Table B-2 (CTC in Rs. lakh per annum. "Offers" is the number of offers.)\n\n'
        "| Profile | Offers | Average | Highest |\n|---|--:|--:|--:|\n| SDE | 188 | 6.4 | 24.0 |\n"
    )
    got = [(c.quote, c.low, c.unit, c.period) for c in extract_claims(text)]
    assert got == [
        ("40", 40, "USD", "hour"),
        ("188", 188, "count", None),
        ("6.4", 6.4e5, "INR", "year"),
        ("24.0", 2.4e6, "INR", "year"),
    ]


@pytest.mark.parametrize(
    ("lead", "currency"),
    [
        ("Base salary excluding super, **A$ thousands per year**. Remote means you live here and "
         "work for a mainland employer. The Sydney column is last year's, for reference only.",
         "AUD"),
        ("Salario bruto anual, **en miles de euros**, sin variable. Rangos = p25 – p75.", "EUR"),
        ("Salaire brut annuel, **en milliers d'euros**.", "EUR"),
        ("Jahresbrutto, **in Tsd. EUR**.", "EUR"),
    ],
)  # fmt: skip
def test_extract_reads_a_table_in_thousands_said_in_bold_or_in_spanish(
    lead: str, currency: str
) -> None:
    text = f"{lead}\n\n| Role | Hobart | Sydney |\n|---|---|---|\n| Analyst | 78–92 | 95–115 |\n"
    got = [(c.quote, c.low, c.unit) for c in extract_claims(text) if c.unit != "count"]
    assert got == [("78–92", 78e3, currency), ("95–115", 95e3, currency)]
