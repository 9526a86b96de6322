"""Cues: the words around a number that tell what it claims.

Patterns only, read by `classify` and its helpers: words of change and of share, of money and
of pay. Pay periods, time frames and dated events have theirs in `time_cues`; numbers that
number or name rather than claim in `furniture`, illustrations in `illustrations`. Patterns
built with `compile_caseless` are written in lower case.
"""

from __future__ import annotations

import re

from app.extract.qualifiers import compile_caseless

# The word patterns searched in a sentence open with `\b` and then a look at the first letters
# of their alternatives: most positions fail the cheap `\b` test (checked first, as it turns
# away positions inside words faster than the look-ahead), most others the look-ahead.

LEAD = (
    r"(?:(?:about|roughly|around|approximately|nearly|almost|another|an?\s+extra"
    r"|an?\s+additional|an?\s+further|further|only|just|some|over|more\s+than|less\s+than|up\s+to"
    r"|maybe|perhaps|probably|likely|easily|closer\s+to|close\s+to|something\s+like"
    r"|an?\s+(?:median|average|mean)(?:\s+of)?"
    # and in French, Spanish and Portuguese: "environ", "alrededor de", "cerca de", "em média"
    r"|environ|près\s+de|alrededor\s+de|cerca\s+de|en\s+promedio|em\s+média|apenas|casi|quase"
    r"|etwa|rund|knapp|ca\.)\s+)*"
)
CHANGE_BEFORE = re.compile(
    r"(?i)\b(?=[abcdefghijklmnprsuwzé])(?:grew|grow|grows|growing|grown|rose|rise|rises|rising|risen|jumped|jumps|surged"
    r"|move|moves|moving|moved"  # "salary ranges moving 6% in Singapore"
    r"|subtract|subtracts|knock\s+off|knocks\s+off"  # "Outside London, subtract roughly 15–20%"
    r"|increased?|increasing|decreased?|decreasing|declined?|drop|dropped|drops|fall|falls|falling"
    r"|fell|fallen|reduced?"
    r"|reduces|reducing|cut|cuts|cutting|shave|shaves|shaved|save|saves|saving|boost(?:ed|s)?"
    r"|shr[aiu]nk|shrinks|shrinking|slid|slipped|climbed|climbs|soared|plunged|plummeted|widened"
    r"|narrowed|expanded|contracted|gained|lost"
    r"|improved?|improves|add|adds|adding|added|lower|lowers|raise|raises|down|up|by|premium\s+of"
    r"|discount\s+of|bring\s+[\w\s]{1,30}?\s+down"
    r"|compound(?:ed)?(?:\s+annual)?(?:\s+growth)?\s+rate\s+of"  # "grown at a"
    r"|(?:progressé|augmenté|baissé|reculé|hausse|baisse|progression|augmentation|décote|prime"
    r"|écart|différence)\s+de"
    r"|(?:Aufschlag|Abschlag|Anstieg|Zuwachs|Plus|Zuschlag|Sprung)\s+von"
    # Spanish and Portuguese: "crecieron 46%", "premio de 15 a 20%", "um salto de 2,3 vezes"
    r"|crecieron|creció|aumentaron|aumentó|subieron|subió|cayeron|cayó|cresceu|avançou|subiu|caiu"
    r"|(?:premio|prima|incremento|aumento|diferencia|prêmio|diferença|salto)\s+de)\s+" + LEAD + r"$"
)
DECREASE = re.compile(
    r"(?i)\b(?=[bcdflnprs])(?:decrease|decline|dropped|drop|fell|fallen|reduc|cut|shave|sav(?:e|ing)|lower"
    r"|down|discount|below|less|cheaper|smaller|fewer|shr[aiu]nk|slid|slipped|plunged|plummeted"
    r"|narrowed|contracted|lost)"
)
CHANGE_AFTER = re.compile(
    r"(?i)^[\s+]*(?:\S+\s+){0,3}?(?:YoY|year[- ]over[- ]year|year[- ]on[- ]year|growth|increase"
    r"|rise|jump|gain|decrease|decline|drop|reduction|cut|savings?|premium|discount|raise"
    r"|bump|uplift|boost|hike|appraisal|increment|more\b|less\b|fewer\b|higher|lower|faster|slower"
    r"|off\b"  # a discount: "knocks 10% off", "42% OFF"
    # "5-10% behind Sydney", "7% under the SF band" (not "27% under the new regime", a rule's)
    r"|improvement|behind\b|ahead\b"
    # German and French: "um 4,8 % gestiegen", "12 Prozent über dem Bundesmedian", "9 % de plus"
    r"|mehr\b|weniger\b|höher|niedriger|oberhalb|unterhalb|darunter\b|darüber\b|gestiegen"
    r"|gesunken|gewachsen|zugelegt|(?:über|unter)\s+(?:dem|der|den)\b|de\s+plus\b|de\s+moins\b"
    # and in Portuguese and Spanish: "12% acima da mediana", "18% a mais", "5% por debajo"
    r"|acima\b|abaixo\b|a\s+mais\b|a\s+menos\b|por\s+encima\b|por\s+debajo\b|m[aá]s\b|menos\b"
    r"|au-dessus\b|en\s+dessous\b"
    r"|under\s+(?!(?:the\s+)?(?:new|old|current|existing|section|sec\b|regime|act\b|rule|law"
    r"|scheme|contract|clause|IR35)|an?\s|[\d$£€])"
    r"|across\s+the\s+board|on\s+top\b"
    # a premium over a role or place: "10-12% over Berlin", not a time span "40% over two years"
    r"|(?<=^ )over\s+(?!(?:the\s+)?(?:past|last|next|previous|coming|period|same|course|time)\b)"
    r"(?![\d$£€])(?!(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)\s)"
    # "12% above the median", not "45% kicks in above £125,140", a threshold's rate
    r"|cheaper|(?:above|below)\b(?!\s+(?:about\s+|around\s+|roughly\s+)?(?:[$£€₹]|(?:\d|(?-i:[A-Z]{3})\s?\d)"
    r"(?!\d{3}\b))))"
)
# A change named as the subject: "the average appraisal was 9.2%", "hikes of 30-50%".
CHANGE_NAMED = re.compile(
    r"(?i)\b(?=[acdfghijpru])(?:appraisals?|hikes?|raises?|rises?|jumps?|increments?|increases?"
    r"|inflation|growth|drops?|falls?"
    r"|decreases?|declines?|pay\s+rises?|uplifts?|pay\s+gaps?|corrections?|haircuts?"
    r"|adjustments?|progression)\b"  # "Pay progression below the maximum is a further 2%"
    r"(?:[^.;,%]{0,60}?\s|,\s+(?=at\s))?(?:was|were|is|are|averaged"  # "growth, at 58%"
    r"|of|at|reached|hit|peaked\s+at|ran\s+at|stood\s+at|came\s+in\s+at|slow(?:s|ed)?\s+to"
    r"|(?:projected|forecast|expected|estimated)\s+(?:at|to\s+be)"
    r"|moderates?\s+to|moderated\s+to"
    r"|(?:picks?|picked)\s+up\s+to|accelerat(?:es|ed)\s+to)\s+" + LEAD + r"$"
    # "reported a median jump of 14%"
    r"|\b(?:jumps?|bumps?)\s+of\s+" + LEAD + r"$"
    # a change named right before its figure: "typical hike 6–8%", "Increment: 9%"
    r"|\b(?:hikes?|raises?|increments?|appraisal)\s*[:=]?\s*(?:of\s+)?(?:~|about\s+)?$"
    # or heading a list of them: "Counter-offer bumps we've seen this quarter: 10–20% on base"
    r"|\b(?:hikes|raises|increments|bumps)\b[^.;:%]{0,40}:\s*$"
)
# A tax or contribution rate is a share of income, even "40% above that".
# A rate of leaving or of success over a period, no change: "attrition was 16.8% over the
# trailing twelve months", "the offer acceptance rate was 71%"
RATE_NAMED = re.compile(
    r"(?i)\b(?:attrition|turnover|churn|unemployment|(?:vacancy|acceptance|placement|response"
    r"|error)\s+rate)\b[^.;:!?]{0,60}$"
)
# a difference from another figure, after a bound: "up to 40% more than analysts"
MORE_THAN_AFTER = re.compile(r"(?i)^\s+(?:more|less|higher|lower)\s+than\b")
RATE_OF = re.compile(
    r"(?i)\b(?=[cdlntvwsge])(?:tax(?:es)?|national\s+insurance|contributions?|levy|VAT|withholding"
    r"|deducts?|super(?:annuation)?|CPF|EPF|cess|surcharges?|GST)\b"
)
# (German and French too: "38 % der Befragten", "61 % des entreprises", "77 % du brut")
# A change's size as a share of the pay it is added to: "increases were a median 9.5% of base"
OF_PAY_AFTER = re.compile(r"(?i)^\s+of\s+(?:(?:their|her|his|your|the)\s+)?(?:base|salary|pay)\b")
SHARE_AFTER = re.compile(r"(?i)^\+?\s*(?:of|share|der|des|aller|du|d'|de\s+(?!plus\b|moins\b))\b")
# Those who plan, expect or say something, right after it: "53% expect it to stay flat and 6%
# expect reductions", "41% plan to increase headcount": a share of those asked, not a change
RESPONDENTS_AFTER = re.compile(
    r"(?i)^\s+(?:(?:now|still|also|already|only|just)\s+)?(?:plan|plans|planned|planning|expect"
    r"|expects|expected|say|says|said|report|reports|reported|intend|intends|anticipate"
    r"|anticipates|predict|predicts|agree|agreed|believe|believes|think|thinks"
    r"|want|wants|prefer|prefers)\b"
)
# A rate named right after it: "17% employer CPF", "53.53% (marginal tax rate)".
RATE_AFTER = re.compile(
    r"(?i)^\s*\(?(?:[a-z-]+\s+){0,2}(?:CPF|PF|contributions?|tax(?:\s+rate)?|levy|rate)\b"
)
# or a charge named after it, unless signed as an addition ("+8% gateway surcharge"): "a 4%
# cess", "a 15–20% margin on top of the rates shown", "a 12% service fee"
CHARGE_AFTER = re.compile(
    r"(?i)^\s*(?:[a-z-]+\s+){0,2}(?:cess|surcharge|margin|(?:service\s+)?fee|commission"
    r"|mark-?up)\b"
)
METRIC_AFTER = re.compile(
    r"(?i)^\+?\s*(?:\S+\s+){0,2}?(?:accuracy|precision|recall|uptime|availability|F1|AUC"
    r"|(?:success|pass|hit|win)\s+rate|utili[sz]ation)"
)
EQUITY = re.compile(
    r"(?i)\b(?=[deosv])(?:equity|stake|ownership|vesting|dilution|stock\s+options)\b"
)
MULT_GROWTH = re.compile(
    r"(?i)^\W*(?:\S+\s+){0,2}?(?:growth|increase|rise|jump|more\s+(?:demand|jobs|roles|postings)"
    # a multiple over a span of time: "2-2.5x in 12 years"
    r"|in\s+(?:the\s+(?:last|past)\s+)?(?:\d+|a|one|two|three|four|five|ten)\s+(?:years?|decades?)\b)"
)
MONEY_BEFORE = compile_caseless(
    r"\b(?=[abcdefghijlmprstvw])(?:(?:costs?(?!\s+to\s+(?:the\s+)?company)|costing|spend|spent|spending|waste|wasted|wasting|sav(?:e|ed|es|ing|ings)"
    r"|lose|lost|losing|set\s+(?:you|them|us|a\s+\w+)\s+back|fees?|price[ds]?|pricing|tax(?:es)?"
    r"|deductions?|rebates?|exemptions?|surcharges?|slabs?"
    r"|fines?|penalt(?:y|ies)|budget(?:ed)?|invest(?:ed|ment)?|funding|raised|revenue|turnover"
    r"|invoiced|valuation"
    r"|worth|liability|burn|payroll)\b(?!-)(?:[^.;,]|,(?!\s+the\s))*$"
    # costs of living and one-off payments, within the number's own clause
    r"|(?:rents?|mortgage|loans?|debts?|deposits?|expenses?|tuition|instal(?:l)?ments?|allowances?|relocation"
    r"|retainers?|subscriptions?|licen[cs]es?|memberships?|(?:health|medical|family)\s+cover"
    r"|provident\s+fund|pf|gratuity|grants?|valued\s+at"
    r"|(?:home[- ]office|remote[- ]work|learning|wellness|equipment|travel|meal|phone|internet"
    r"|gym)\s+stipends?|(?:signing|sign-on|joining|retention|referral)\s+bonus(?:es)?|sign-ons?"
    # a limit set on pay is not anyone's pay: "capped at a wage ceiling of S$7,400 a month"
    r"|ceiling|capped)\b[^.;,]*$"
    # the sum an insurance covers: "Medical insurance of ₹10L for the family"
    r"|\b(?:medical|health|life|term)\s+insurance\s+(?:cover\s+)?(?:of|up\s+to|worth)\s+$"
    # a difference between two pay figures: "the gap at senior level is about ₹5 LPA"
    r"|\b(?:gap|difference)\b[^.;,:]{0,50}\b(?:is|was|of)\s+(?:about\s+|around\s+|roughly\s+"
    r"|nearly\s+|only\s+|just\s+)?$"
    r"|\badditional\s+(?:pay|comp(?:ensation)?|cash)\s*:?\s*$"  # "Additional pay  $38K/yr (Stock)"
    # a bonus named in the number's own clause: "median bonus among recipients: $18,500"
    r"|bonus(?:es)?\b[^.;,/|]{0,40}$"
    r"|\bvariable(?:\s+pay)?\s*:?\s*$"  # "(fixed 44L + variable 8L)"
    # a price "from $49"; not a range ("ranges from"), nor pay before a change in its clause
    # ("my base went from £78K", "up 18% from ₹27 LPA")
    r"|(?:^|[.;:!?,])(?![^.;:!?,]*\b(?:up|down|rose|went|gone|grew|jumped|moved|climbed|increased"
    r"|fell|dropped|declined|raised|bumped|doubled|negotiated|revised|adjusted|updated|lowered"
    r"|moves|moving|risen|shifted|shifts)\b)"
    r"[^.;:!?,]*?"
    r"(?<!range\s)(?<!ranges\s)(?<!ranged\s)(?<!ranging\s)(?<!runs\s)(?<!run\s)(?<!ran\s)(?<!varies\s)(?<!vary\s)"
    r"\b(?:from|starting\s+at)\s+" + LEAD + r"$)"
)
MONEY_AFTER = re.compile(
    r"(?i)^\+?\s*(?:/\w+\s+)?(?:in\s+|of\s+|per\s+|[a-z&'’-]+\s+){0,3}(?:inference|liability|costs?|fees?|savings"
    r"|coverage|insurance|premiums?|upskilling|training|education|courses?|tuition"
    r"|stipends?|allowances?|reimburse|one-time"
    r"|taxable\s+income|taxed\b|raised\b"
    r"|earned\b(?!\s+(?:a|per|each|every)\s)"  # a profile's total: "$300K+ earned    142 jobs"
    r"|revenue|funding|budget|envelope|spend|(?:family\s+)?floater"
    r"|(?:contract|request|call|token|query|seat|user|document)s?\b"
    r"|(?:GPU|H100|A100|instance|node|server|licen[cs]e)s?\b"
    r"|ARR\b|post(?:-money)?\b|pre-money\b|valuation\b"
    r"|discount|rebate|refund|deposit|one-off|upfront"
    r"|EMIs?\b|instal(?:l)?ments?|penalty|penalties)"
    r"|^\s*variable\b"  # "29L fixed + 2.5L variable": the variable part is no salary
)
# A bonus paid once named right after it: "a $30K sign-on", "₹3L joining"
SIGN_ON_AFTER = re.compile(r"(?i)^\s*(?:cash\s+)?(?:sign[- ]?on|signing|joining)\b")
INCREMENT = re.compile(
    r"(?i)\b(?=[abeghijprsuw])(?:add|adds|adding|added|plus|extra|another|additional|premium\s+of"
    # the amounts paid once, with no period of their own: "a raise of", "gained", "went up by"
    r"|(?P<once>(?P<raised>raise\s+of|bump\s+of|(?:increases?|rises?|jump|hike|uplift)\s+of"
    r"|(?:went|go|goes|gone)\s+up\s+by|adjustments?\s+(?:of|averaging))|bonus\s+of|gain|gains"
    r"|gained|(?:sign-on|signing|joining)\s+of))\s+(?:an?\s+(?:median|average|mean|total)\s+of\s+)?"
    + LEAD
    + r"$"
)
# A grant of equity named right after the amount: "₹40-60 lakh of ESOPs", "200k stock over 4 yrs"
# (not a total that counts it in: "$450K to $600K once equity is included").
EQUITY_AFTER = re.compile(
    r"(?i)^\s*(?:/\w+\s+)?(?:(?:in|of)\s+)?(?:ESOPs?|RSUs?|stock|equity|options|VSOPs?|PPUs?)\b"
    r"(?!\s+(?:and|\+|plus)\s+(?:base|salary|cash))"
)
# A grant or a one-off named as the clause's subject, with no pay named after it: "median
# annualized equity is $42K", "RSUs bumped to $190,000", "(base 68L, stocks 45L/yr"
EQUITY_SUBJECT = re.compile(
    r"(?i)(?:^|[.;]\s|[\n|>]|\bvs\.?\s|\bversus\s)"  # (from the sentence's, the line's, the
    # cell's start or a comparison's side)
    r"(?![^.;\n|<]*\b(?:base|salar(?:y|ies)|TC|total\s+comp(?:ensation)?|CTC|pay|package|cash)\b)"
    r"[^.;\n|<]*\b(?=[ejorsg])(?:equity|RSUs?|stocks?|ESOPs?|options|refreshers?|grants?"
    r"|(?:sign[- ]?on|signing|joining)\s+bonus(?:es)?)\b"
    r"(?:(?!\bvs\.?\s|\bversus\s)[^.;\n|<=≈])*$"  # (not a sum: "= ₹62 LPA")
)
ANNUAL = re.compile(r"(?i)\b(?:annual(?:ly|ized|ised)?|yearly|(?:per|a|each|every|last)\s+year)\b")
# A one-off payment named earlier in the sentence, past a comma: "Relocation packages for senior
# hires typically ranged from", "Sign-on bonuses were common, with a median of"
ONE_OFF_BEFORE = re.compile(
    r"(?i)\b(?:relocation|sign-on|signing|joining|retention)\s+(?:bonus(?:es)?|packages?"
    r"|allowances?|stipends?)\b(?:(?!,\s+(?:and|so|but|while|whereas)\b)[^.;:!?])*$"
)
# An amount added to pay, named after it: "a £15,000 raise", "a $20K signing bonus".
ADDED_AFTER = re.compile(
    r"(?i)^\s*(?:(?:pay|salary|signing|sign-on|joining|cash|annual|retention|referral|relocation)"
    r"\s+)?(?:raise|rise"
    r"|bump|increase|hike|(?P<once>bonus(?:es)?|variable)|uplift|increment)\b"
    # a difference: "That's $31,000 more than I'd ever made", "offered about $9,000 more on
    # average", "a $40K–$50K gap at the band edges"
    r"|^\s*(?:more|less|lower|higher)\b(?!\s+(?:or|and)\b)|^\s*(?:gap|difference)\b"
    # "only $2,500 above ML engineer" (not "£50,000 above which", nor "above £100,000")
    r"|^\s*(?:above|below)\s+(?!(?:which|that|this|the\s+(?:threshold|limit|cap))\b)(?=[a-z])"
)
# The pay a premium or a share is put on ("on top of base", "of their salary"), read after it.
_PAY_AFTER = r"\s+(?:your\s+|the\s+|their\s+|my\s+)?(?:base|pay|salary|comp|total)"
# A premium added to pay: "worth a median $19,000 on top of base pay", "adds $10K to base".
ON_TOP_OF_PAY = re.compile(r"(?i)^\s*(?:on\s+top\s+of|to|onto)" + _PAY_AFTER + r"\b")
# A survey's publication threshold, no finding of it: "Cells with fewer than 30 responses are
# suppressed", "We only report a cell when it has at least 25 responses" (a bounded count of
# records, in a sentence that hides, drops or withholds what falls below it)
RECORDS_AFTER = re.compile(
    r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:responses?|respondents?|entries|data\s+points|reports"
    r"|observations|placements|submissions|records|answers)\b"
)
SUPPRESSED = re.compile(
    r"(?i)\bnot\s+(?:shown|published|reported|displayed|included)|\bhidden\b|\bsuppressed\b"
    r"|\bomitted\b|\bexcluded\b|\bdropped\b|\bremoved\b|\bwithheld\b"
    r"|\bonly\s+(?:report|publish|show|include|quote)|\bneeds?\s+at\s+least\b"
    r"|\bbefore\s+we\s+(?:publish|report|show)|\bwe\s+(?:only\s+)?quote\b"
    r"|\b(?:don't|do\s+not)\s+(?:show|publish|report)"
)
# The tax on an amount of pay: "roughly A$48k in income tax", "Tax on ~26L taxable comes to"
TAX_OWED_AFTER = re.compile(r"(?i)^\s*(?:in|of)\s+(?:income\s+)?tax(?:es)?\b")
TAX_OWED_BEFORE = re.compile(
    r"(?i)\btax(?:es)?\b[^.;:!?]{0,30}?\b(?:comes?\s+to|came\s+to|is|was|of|works\s+out\s+to)"
    r"\s+(?:about\s+|roughly\s+|around\s+|~)?$"
)
# A list of exchange rates: "(US$1 = £0.787, €0.926, R$5.44)".
RATE_LIST = re.compile(r"(?:\$|£|€|₹|¥)\s?1\s?=\s?[^a-z()]*$")
# Or a bare figure in talk of pay, in a post that writes pay in lakhs: "GCCs pay 40+ for my
# exp", "Median ... is maybe 35-40.", "A is 42 with the joining bonus", "(14 -> 23.5)": no
# noun after it (not "3 offers", "Offer 3 for"), a word of pay in its clause before it.
LAKH_TALK_QUOTE = re.compile(r"\d{1,3}(?:\.\d{1,2})?(?:\s?[-–]\s?\d{1,3}(?:\.\d{1,2})?)?\+?")
LAKH_TALK_AFTER = re.compile(
    r"(?i)\s*(?:[.,;:!?)]|(?:->|→|[-–])\s*\d)"
    r"|\s+(?:for|is|to|with|without|at|vs\.?|once|easily|now|total|all-in|TC|CTC|in\s+(?:hand|band))\b"
)
LAKH_TALK_BEFORE = re.compile(
    r"(?i)\b(?:pay|pays|paid|paying|CTC|fixed|offers?|offered|band|package|comp|salary|salaries"
    r"|hike|base|in-?hand|drawing|getting|got|jump|push|lowball\w*|median|quoted"
    r"|expect\w*|counter\w*|match\w*|went\s+from)\b[^.;!?]{0,40}(?<![=\s]\s)$"
)
# not a number that names one of several: "year 5", "Offer 3", "by 12" (a divisor)
LAKH_TALK_NOT_BEFORE = re.compile(
    r"(?i)\b(?:of|in|by|no|nos|year|offer|option|round|level|step|tier|grade)\s$"
)
# "The number of roles offered rose to 131 from 57": a count, though pay words stand near it
NUMBER_OF = re.compile(r"(?i)\b(?:number|no\.)\s+of\b[^.;!?]*$")
# A bare figure before the fixed or variable part of pay, in lakhs in an Indian post:
# "19.8 fixed + 1.7 variable", "48 fixed + 20 RSU"; not "fixed income", "variable costs".
LAKH_SHORTHAND = re.compile(
    r"(?i)^\s+(fixed|variable|var|RSUs?|ESOPs?|stock|bonus|joining|misc|others?|benefits|perks)\b"
    r"(?!\s+(?:income|costs?|expenses?|rates?|interest|deposits?|assets?|term|width|point"
    r"|hours?|price|fees?|charges?|schedule|shifts?|period|number|amount|pay|component)\b)"
    # or the fixed part before what is added to it: "36 + variable", "33 + RSU"
    r"|^\s*\+\s*(?:\d{1,3}(?:\.\d{1,2})?\s*L?\s+)?(?:variable|var|RSUs?|ESOPs?|stock|bonus)\b"
)
# "in-hand ₹1.24L", "my in-hand on 33 LPA fixed (new regime) is ₹2.11L": India's monthly pay
IN_HAND = re.compile(
    r"(?i)\bin[- ]hand\b(?:[^.;,\d]{0,24}|[^.;]{0,80}?\s(?:is|was|comes\s+to|of)\s+[~≈]?)$"
)
# A month's pay or pay in hand: "monthly salary", "₹1.4 lakh a month", "take home", "in-hand"
MONTHLY_PAY = re.compile(
    r"(?i)\bmonthly\b|\b(?:a|per|each|every)\s+month\b|/\s*(?:month|mo)\b"
    r"|\bin[- ]hand\b|\btake[- ]?home\b"
)
# Pay paid out in months: "in 13 instalments of", "14 monthly payments of" (a year's pay in
# thirteen to sixteen parts, as no loan is), and what each payslip shows: "per regular payslip"
MONTHLY_PARTS_BEFORE = re.compile(
    r"(?i)\b(?:1[3-6]|thirteen|fourteen|fifteen|sixteen)\s+(?:monthly\s+|equal\s+)?"
    r"(?:instal(?:l)?ments|payments|salaries|paychecks|pay\s?cheques)\s+of\s+(?:about\s+|around\s+)?$"
)
PAYSLIP_AFTER = re.compile(
    r"(?i)^\s*(?:per|a|each|every|on\s+(?:the|my|a|each|every))\s+(?:\w+\s+)?"
    r"(?:pay\s?slip|paycheck|pay\s?cheque)\b"
)
RENT = re.compile(r"(?i)\brents?\b(?![^.]*\b(?:annual|yearly|a\s+year|per\s+year)\b)")
RENT_BEFORE = re.compile(
    r"(?i)\brents?\s*(?:(?:is|was|of|at|runs|costs|averages|about|around|roughly|:)\s*)*$"
)
# Income tax is reckoned by the year: "income above ₹24 lakh is taxed at 30%", "a standard
# deduction of ₹75,000"; not a sales tax ("+ 18% GST").
INCOME_TAX = re.compile(
    r"(?i)\b(?:taxable\s+income|(?:income|earnings)\s+(?:above|over|below|under|up\s+to|exceeding"
    r"|between)|taxes\s+the\s+first"
    r"|tax\s+(?:slabs?|brackets?|regime|band|payable)|regime\s+tax|surcharge"
    r"|standard\s+deduction|personal\s+allowance|tax-free\s+allowance)\b(?![^.]*\b(?:GST|VAT)\b)"
)
# Lakhs and crores written with no rupee sign, which count people as often as rupees.
BARE_LAKHS = re.compile(
    r"(?i)(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|nearly\s+|around\s+)?"
    r"[\d.,]+(?:\s?(?:-|–|to)\s?[\d.,]+)?\s(?:lakhs?|lacs?|crores?)"
)  # "a demand of 6.3 lakh", "more than 1.6 lakh" people
HEADCOUNT = re.compile(
    r"(?i)\b(?=[acdefghjopqrstvw])(?:professionals|people|workers|engineers|developers|jobs|roles"
    r"|openings|vacancies|candidates|applicants|students|graduates|freshers|employees|hires|hiring"
    r"|postings|positions|talent|workforce|demand|supply|pool|headcount|seats)\b"
)
MONEY_WORD = re.compile(
    r"(?i)₹|\brs\.?\s?\d|\b(?:rupees?|inr|packages?|fixed|variable|bonus(?:es)?|hikes?|revenue"
    r"|funding|valuation|costs?|fees?|prices?|budgets?|loans?|emis?|worth|spend|spent|savings|tax"
    r"|turnover|profit|sales"
    # the parts of a CTC: "1. Basic  10,80,000", "House Rent Allowance", "Gratuity"
    r"|basic|allowances?|hra|gratuity|pf|ctc|mediclaim|premiums?|rsus?|esops?|reimbursements?)\b"
)
TYPICAL = re.compile(r"(?i)\b(?=[amt])(?:median|average|mean|typical)\b")
# British usage: "someone on £50,000", "a single engineer on €90,000".
EARNER_ON = re.compile(
    r"(?i)\b(?=[adeghpsw])(?:engineers?|developers?|scientists?|employees?|workers?|someone|anyone|person"
    r"|people|staff|graduates?|hires?|analyst|company|firm|bank|startup|lab|job|role|position)"
    r"\s+(?:on|earning)\s+$"  # "a data analyst at an insurance company on C$68,000"
)
PAY_AFTER = re.compile(
    r"(?i)^\+?\s*(?:(?:in|of|for|as)\s+)?(?:(?:a|an|the)\s+)?(?:(?:base|annual|median|average"
    r"|total|starting|yearly)\s+)?(?:salar|base\b|pay\b|comp|OTE|TC\b|package|per\s+year|a\s+year"
    r"|(?:per\s+month\s+|a\s+month\s+)?(?:after|before)\s+(?:[a-z]+\s+){0,2}tax|in[- ]hand"
    r"|take[- ]home|net\b"
    r"|gross\b|brut\b|fixe\b|total\b(?!\s+(?:of|cost|budget|spend|bill|fees?)\b))"
    # a band with equity on top is pay: "$240,000-$290,000 + 0.10%-0.25% equity"
    r"|^\s*(?:\+|plus)\s*(?:an?\s+)?(?:[\d.,%\s–-]+\s*)?(?:annual\s+|yearly\s+|target\s+)?"
    r"(?:equity|stock|RSUs?|bonus|grant)\b"
    r"|^\s*(?:[A-Za-z/-]+\s+){1,3}?salar(?:y|ies)\b"
)
# In lower case, for `compile_caseless`: the labels and headings of every block are searched.
PAY_CASES = compile_caseless(
    r"\b(?=[abcefghilmopqrstw])(?:salar(?:y|ies)|pay|pays|paid|paying|earn(?:s|ed|ing)?"
    # in European ads: "Brutto / Monat", "brut annuel", "een salaris tussen"
    r"|brutto\w*|bruto|brut|gehalt\w*|salaire|salario|sueldo|salaris"
    r"|salários?|salarios|salarial|sueldos|remuneração|remuneración|rémunération"
    r"|compensation|comp\b|wages?|income|stipends?|earnings|ote|ctc|lpa|rates?|per\s+hour|hourly"
    r"|make|makes|making|take[- ]home|in[- ]hand|hired\s+at|hiring\s+at|fixed"
    r"|base(?![- ](?:model|rate|case|url))"
    r"|command(?:s|ing)?|offers?|offered|starts?\s+at|ask(?:s|ed|ing)?\s+for|turn(?:s|ed|ing)?\s+down"
    # what a contractor asks: "the top 10% charging over $250", "now most of them quote £600"
    r"|charg(?:e|es|ed|ing)|bill(?:s|ed|ing)?|quot(?:e|es|ed|ing)"
    r"|advertis(?:e|es|ed|ing))\b"  # a posting's pay: "a role advertising $175,000 to $335,000"
)
PAY = PAY_CASES[0]
# pay named earlier in the sentence, past a comma
PAY_SENTENCE = re.compile(
    r"(?i)\b(?:salar(?:y|ies)|compensation|total\s+comp|base\s+pay|pay\s+bands?|TC|package)\b"
    r"[^.;:!?]*$"
)
# A column of pay amounts by its name alone: "median_2026", "Base", "p75 TC" (not "pct_change")
PAY_COLUMN = re.compile(
    r"(?i)^(?!.*\b(?:pct|percent|share|count|n|ads|posts|years?|yoe)\b)"
    r".*\b(?:median|mean|average|avg|base|salary|salaries|pay|comp|tc|ctc|wages?|p\d\d)\b"
)
EXPERIENCE = re.compile(
    r"(?i)^['’]?s?\s*(?:of\s+)?(?:[\w/-]+\s+){0,2}?(?:experience|exp\b|ervaring|\w*erfahrung"
    r"|experi[êe]ncia|expérience)"
)  # and in Dutch and German ads: "3 jaar ervaring", "3 Jahre Berufserfahrung"
# A person's years: "engineers with 10+ years", "employed as an MLE for 9 years", "coached
# career-changers into tech for 14 years" (not "with 2 years left", "for 18 months of runway")
CAREER_BEFORE = re.compile(
    r"(?i)(?:\b(?:engineers?|developers?|scientists?|people|candidates?|someone|anyone|hires?"
    r"|seniors?|juniors?|professionals?)\s+with"
    r"|\b(?:worked(?!\s+on\b)|employed|coached|hired|recruited|consulted|practi[sc]ed)\b"
    r"[^.;:!?]{0,60}\bfor"
    # "I've been a software engineer for 9 years", "a hiring manager for ML teams for eight years"
    r"|\bbeen\s+an?\s+(?:[\w-]+\s+){0,3}?(?:engineer|developer|scientist|analyst|manager|lead"
    r"|recruiter|researcher|architect|consultant|programmer)s?\b[^.;:!?]{0,30}?\bfor)"
    r"\s+(?:about\s+|over\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
# or after them: "six years as a data scientist", "14 years in IT services", "~8 years of plain
# backend work", "nine years in full-time roles"
CAREER_AFTER = re.compile(
    r"(?i)^\s+(?:as\s+an?\s+(?!(?:cliff|whole|result|rule)\b)"
    r"|in\s+(?:the\s+)?(?:industry|IT|tech|software|the\s+field|full-time\s+roles|manufacturing"
    r"|finance|consulting|big\s+tech|data\s+science|ML|AI)\b"
    # "7 years in support engineering", "five years in backend roles"
    r"|in\s+(?:[\w-]+\s+){1,2}(?:engineering|roles|development|analytics|support|services)\b"
    r"|of\s+(?:[\w-]+\s+){0,2}(?:work|freelancing|hiring|recruiting|coding|programming|engineering"
    r"|development|teaching|research|consulting)\b)"
)
# (but not a span that something takes or allows: "takes three to four years of production
# work", "allows two years of post-study work")
CAREER_SPAN_BEFORE = re.compile(
    r"(?i)\b(?:takes?|took|taking|allows?|allowed|gives?|grants?|needs?|requires?)\b[^.;:]{0,30}$"
)
# Days a week at the office: "3 days a week in the office", "hybrid, 2 days/week" (a count)
DAYS_A_WEEK_AFTER = re.compile(
    r"(?i)^\s*(?:a|per|each|every|/|in\s+a)\s*week\b|^\s+(?:in|at|on|from)\s+(?:the\s+)?"
    r"(?:office|site|on-site)\b|^\s+(?:WFO|in-office|onsite|on-site)\b"  # "(3 days WFO)"
)
CAREER_NOT_AFTER = re.compile(r"(?i)^\s*(?:of|in|on|left|remaining|to\s+go|later|ago|before)\b")
# A job ad's requirement: "4+ years building ML systems", "at least 2 years with LLMs".
EXPERIENCE_DOING = re.compile(
    r"(?i)^\s+(?:of\s+)?(?:professional\s+|hands-on\s+|industry\s+)?(?:building|working|shipping"
    r"|deploying|developing|designing|writing|leading|managing|coding|programming|doing)\b"
)
# (but time "with the employer abroad", "of tenure" or what "takes at least 3 years" is a span)
REQUIRED_WITH = re.compile(
    r"(?i)^\s+(?:with|on|in|of)\s+(?!(?:the|an?|your|their|his|her|our|my|tenure|service"
    r"|employment|continuous|a\s+row)\b)"
)
TAKES_BEFORE = re.compile(r"(?i)\b(?:takes?|took|taking|lasts?|lasted)\s+$")
# A scale defined, not an amount: "₹1 lakh is ₹1,00,000 and ₹1 crore is 100 lakh", "1 crore = 10
# million".
_ONE_OF_A_SCALE = r"1\s?(?:lakhs?|lacs?|crores?|cr|L|million|mn|billion|bn|thousand|k)"
_RUPEES = r"(?:₹|Rs\.?\s?|INR\s?)?"
_EQUALS = r"(?:is|=|equals|means|is\s+equal\s+to)"
ONE_SCALE = re.compile(rf"(?i){_RUPEES}{_ONE_OF_A_SCALE}")
DEFINED_AS = re.compile(rf"(?i)^\s*{_EQUALS}\s+{_RUPEES}\d")
DEFINING_BEFORE = re.compile(rf"(?i)(?<![\d.,]){_ONE_OF_A_SCALE}\s*{_EQUALS}\s+{_RUPEES}$")
# A thousand as the multiplier of a table's figures: the "€1.000" of "annual gross, × €1.000"
ONE_THOUSAND = re.compile(r"\D{0,4}1[.,\u00a0\u202f ]?000(?:\s?\D{1,4})?")
# What a figure in millions with a small "m" counts: "1.2m monthly active users", "5m rows"
# (not "a 45m call" or "the 100m sprint", minutes and metres)
MILLIONS_OF = re.compile(
    r"(?i)^\s+(?:[a-z-]+\s+){0,2}?(?:users|people|customers|subscribers|downloads|installs|rows"
    r"|records|images|documents|tokens|requests|queries|visitors|views|workers|jobs|employees"
    r"|transactions|accounts|devices|vehicles|residents|learners|students|loans)\b"
)
# What a cost is counted by: "per employee per year", "per petition", "per seat".
PER_HEAD_AFTER = re.compile(
    r"(?i)^\s*(?:per|a|an|each|/)\s*(?:employee|head|hire|seat|petition|visa|licen[cs]e|user"
    r"|candidate|placement|application|query|request|ticket|token|GPU|call)s?\b"
)
FOR_EVERY = re.compile(r"(?i)^(?:\s+[\w-]+){1,4}?\s+for\s+every\s+(?:single\s+)?[a-z]")
# or per one of another: "2.4 open roles per qualified candidate", "4.1 applicants per opening"
PER_ONE = re.compile(
    r"(?i)^(?:\s+[\w-]+){1,3}?\s+per\s+(?:[\w-]+\s+){0,3}?(?:candidates?|applicants?|openings?"
    r"|vacanc(?:y|ies)|job\s+seekers?|jobseekers?|roles?|positions?|postings?|hires?)\b"
)
# A ratio named before its figure: "that ratio was 1.11", "Zone D multiplier raised from 0.68",
# "differential: 0.90", "a ratio of about 0.50", "the ratio for AI engineer positions stood at 2.3"
RATIO_BEFORE = re.compile(
    r"(?i)\b(?:ratio|multiplier|differential|factor)\b(?:[^.;:\d]|\d\.?){0,40}?"
    r"\b(?:of|is|was|at|from|to|=|runs|sits|stands)\s*(?:(?:about|roughly|around|approximately"
    r"|nearly)\s+|~)?$"
    r"|\b(?:ratio|multiplier|differential)\s*[:=]\s*$"
    r"|×\s*\**\s*$"  # a factor multiplied by: "base band midpoint × **1.35**"
)
# A fraction multiplied by after a letter x: "Loaded cost = target base x 1.28" (not "STAR x 6")
TIMES_LETTER = re.compile(r"[a-z]\s+x\s+$")
# A score out of five named by its label, its heading or a star: "Rating", "★ 4.1",
# "Trivanta Technologies Ratings", "3.6 / ★★★★☆"
_RATED = r"ratings?|rated|stars?"
RATING_LABEL = re.compile(rf"(?i)\b(?:{_RATED})\b|★")
RATING_SECTION = re.compile(rf"(?i)\b(?:{_RATED}|reviews)\b|★")  # and a heading of reviews
RATIO_COLUMN = re.compile(r"(?i)\b(?:ratio|multiplier|differential|factor)s?\b")
READ_AFTER = re.compile(r"(?i)^\.?\s*(?:read|ago|later|earlier|from\s+now)\b")  # "15 hr. ago"
# "Median professional coding experience is 6 years": years of experience, a count.
EXPERIENCE_BEFORE = re.compile(
    r"(?i)(?:\bexperience\s+(?:is|was|of|averages?|averaged|:)\s+" + LEAD + r"|💼\s*"
    # named earlier in its clause: "the median self-reported experience by level in this round
    # was 4 years for mid, 7 years for senior and 11 years for staff", "Median professional
    # experience: **6 years", "Median stated experience requirement: 5 years"
    r"|\b(?:experience|(?-i:Exp|exp)(?=\s*:))\b(?:[^.;:!?\n]{0,60}?\s(?:is|was|were|averaged)\s"
    r"|[^.;:!?\n]{0,40}?:\s*)"  # and a job ad's "Exp: 3–5 yrs"
    r"(?:\*\*)?(?:[^.;!?\n]{0,40}?(?:,|\sand)\s+)?" + LEAD + r"(?:\*\*)?)$"
)
EXPERIENCE_LABEL = re.compile(r"(?i)\b(?:experience|exp|years?|yrs|tenure|seniority)\b")
# The metric may be named earlier in the sentence: "an F1 of 0.87 ..., the baseline was 0.84".
METRIC_NAME = re.compile(
    r"(?i)\b(?=[abfpr])(F1|AUC|BLEU|ROUGE|precision|recall|accuracy|R²|R-squared)(?!\w)"
    r"(?:[^.]|\.\d){0,120}$"
)
# A regression's estimate: "a coefficient of 0.245", "the 2026 estimate is 0.166"; a
# correlation's "r"
ESTIMATE_BEFORE = re.compile(
    r"(?i)\b(?:coefficients?|estimates?|elasticit(?:y|ies))\b[^.;:\d]{0,40}?"
    r"\b(?:of|is|was|to|at|=)\s*$"
)
CORRELATION_BEFORE = re.compile(r"(?i)\bcorrelation\b[^.;:\d]{0,40}?\b(?:of|is|was|=)\s*$")
# Labels of amounts that are nobody's pay: tax bands and allowances ("Basic rate | £12,571 to"),
# thresholds, prices ("| Route | Fees |")
NOT_PAY_LABEL = re.compile(
    r"(?i)\b(?:tax|allowance|threshold|fees?|price|cost|tuition|basic\s+rate|higher\s+rate|additional\s+rate"
    r"|national\s+insurance|rents?|grants?|housing|transport)\b"  # "New-hire grant (total value)"
    # a remuneration table's other columns: "Benefits(1)", "Pension(2)", "LTIP(4)" (not "Salary
    # and benefits")
    r"|(?<!and\s)(?<!&\s)(?<!\+\s)\bbenefits\b|\bpension\b|\bLTIP\b"
)
# a cost of employing someone, paid each year: "Pension (5% employer)", "Benefits(1)"
YEARLY_COST_LABEL = re.compile(r"(?i)\b(?:benefits|pension|allowance|LTIP)\b")
# A fixed price ("Technical audit: $4,500 fixed"); after a yearly amount it is the fixed part of
# pay ("₹46 LPA fixed, 10% variable")
# (nor where a variable part or a bonus follows it: "€80-95k fixed plus variable")
FIXED_PRICE = re.compile(
    r"(?i)^\+?\s*fixed\b(?!\s+(?:pay|salary|comp|base))"
    r"(?!\s*(?:\+|plus|and|,|with)\s*(?:a\s+|an\s+)?(?:[\d.,%€$£kKL~\s–-]+)?(?:variable|bonus))"
)
# A column or list label of amounts paid once or granted, not pay: "Sign-on", "RSUs: $60K"
_PAID_ONCE = r"sign[- ]?on|signing|joining|relocation|retention|referral"
_GRANTED = rf"{_PAID_ONCE}|RSUs?|ESOPs?|stock|equity"
GRANT_LABEL = re.compile(
    r"(?i)^\W*(?:(?:initial|target|annual|yearly|new[- ]hire|starting)\s+)?"
    rf"(?:{_GRANTED}|bonus(?:es)?|variable|var"
    r"|refresh(?:ers?)?|(?:equity\s+|RSU\s+|stock\s+)?grants?)\b"
)
# A label of a bonus paid each year: "Bonus", "Target bonus", "Variable" (not "Sign-on bonus")
BONUS_LABEL = re.compile(
    r"(?i)^\W*(?:(?:target|annual|yearly|performance)\s+)?(?:bonus(?:es)?|variable|var)\b"
)
BONUS_BEFORE = re.compile(
    r"(?i)\b(?:(?:target|annual|yearly|performance)\s+)?(?:bonus(?:es)?|variable(?:\s+pay)?)"
    r"\s*(?::|of|was|is)\s*(?:~|about\s+|around\s+|roughly\s+)?$"  # (not "= ₹23.5 LPA", a sum)
)
# What is paid once: "signing bonus", "relocation package"
ONE_OFF = re.compile(rf"(?i)\b(?:{_PAID_ONCE}|one[- ]off|one[- ]time)\b")
# A table row of amounts paid once or granted (not "Variable (8%)", paid each year)
GRANT_ROW = re.compile(rf"(?i)^\W*(?:{_GRANTED}|(?:initial\s+|new-hire\s+)?grants?)\b")
# A part of a pay package in a CTC break-up or a payslip, an amount of money (its total is pay):
# "Basic (40% of CTC)", "HRA", "Special allowance", "Employer PF", "Gratuity", "A. Basic Salary"
COMPONENT_ROW = re.compile(
    r"(?i)^\W*(?:[A-H][.)]\s+)?(?:basic(?:\s+(?:salary|pay))?\b(?!\s+rate)|hra\b|house\s+rent"
    r"|special\s+allowance"
    r"|conveyance|leave\s+travel|lta\b|medical\s+allowance|meal|food\s+(?:coupons?|card)"
    r"|(?:employer|employee)(?:'s)?\s+(?:pf|provident|nps|contribution)|provident\s+fund|e?pf\b"
    r"|gratuity|nps\b|professional\s+tax|(?:group\s+)?(?:health|medical|term|life)\s+insurance"
    r"|(?:performance|statutory|annual)\s+bonus|variable\s+pay|(?!personal\b)\w+\s+allowance"
    r"|(?:[\w&]+\s+){0,3}reimbursements?\b)"
)
# A threshold or limit set by a rule: "the Blue Card salary threshold is €45,934", "the Social
# Security wage base, which is $184,500", "the 2026 limit is $33,810": an amount, not pay.
THRESHOLD_BEFORE = re.compile(
    r"(?i)\b(?=[cfilmnqrstw])(?:thresholds?|wage\s+base|salary\s+floor|minimum\s+(?:annual\s+)?wage"
    r"|(?:income|contribution|deduction|annual|lifetime)\s+(?:limit|ceiling|cap)|limit"
    # a visa's or a pass's: "needs a qualifying salary of at least S$5,600", "Minimum salary of
    # £56,900", "requires earnings of at least A$141,210"
    r"|qualifying\s+(?:\w+\s+)?(?:salary|pay|income|earnings)"
    r"|minimum\s+(?:\w+\s+)?(?:salary|pay|income|earnings)"
    r"|(?:needs?|requires?|required)\s+(?:a\s+)?(?:\w+\s+)?(?:salary|pay|income|earnings)\s+of)\b"
    r"[^.;!?\n]{0,40}$"
)
# A sentence about income tax, and an edge of its bands before an amount: "income above about
# $253,000" where "the top combined marginal rate" is reached, "taxable salary is above €46.107"
TAX_WORDS = re.compile(
    r"(?i)\b(?:marginal|tax-free|taxable|taxed|tax\s+rate|slabs?|rebate|TDS|surcharge"
    r"|personal\s+allowance|standard\s+deduction|wage\s+base|income[- ]tax|tax\s+bands?"
    r"|national\s+insurance"
    r"|tax\s+brackets?)\b"
)
# or a deduction from income named after its amount: "the ₹75,000 standard deduction"
DEDUCTION_AFTER = re.compile(r"(?i)\s+(?:standard\s+deduction|rebate)\b")
TAX_EDGE_BEFORE = re.compile(
    r"(?i)(?:\b(?:above|over|under|below|up\s+to|exceed(?:s|ing)?|beyond|first|between"
    r"|crosse[sd]|crossing)|standard\s+deduction\s+(?:of|is)|rebate\s+(?:of|up\s+to)"
    r"|\d\s?%\s+on)"  # a rate on a band: "Income tax: 20% on £12,571-£50,270"
    r"\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?$"
)
# A hiring budget for a role is its pay: "his budget for a senior ML engineer as $185,000", "tell
# clients to budget £90k–£115k base" (not "a learning budget of $2,500")
BUDGET_FOR_ROLE = re.compile(
    r"(?i)\bbudget(?:s|ed)?\b(?:\s+(?!for\b)\w+){0,2}\s+for\s+(?:an?\s+|the\s+|each\s+)?"
    r"(?:[\w/-]+\s+){0,3}(?:engineer|hire|candidate|role|scientist|developer|researcher|MLE"
    r"|seat|head)\b[^.;]{0,24}$"  # one hire's, not "Budget for those hires: $2.3M"
)
# A table column or list label of pay: "Median base 2026", "Fixed", "TC", "Total comp"
PAY_LABEL = re.compile(r"(?i)\b(?:base|median|mean|average|TC|total\s+comp|OTE|CTC|fixed|gross)\b")
# A table column of changes: "YoY change", "Median hike on switch", "Differential vs national"
# A column whose bare figures are times, multiples or percentages; years are left out, as a
# column of years of experience counts them (SCHEMA).
MEASURE_COLUMN = re.compile(
    # (not the HR of human resources: "HR band")
    r"(?i)(?<!\d)(?<!\d\s)\b(?P<time>hours?|(?-i:[Hh]rs?|HRS)|days|weeks|months)\b(?!\s+(?:of|ago)\b)"
    r"|\b(?P<times>factor|multiplier|multiple|ratio)\b(?!\s+[a-z])"  # not "multiple offers"
    r"|\b(?P<relative>relative\s+to|as\s+a\s+multiple\s+of)\b"  # "Relative to US": 0.70
    r"|(?:^|[\s(])(?P<share>%|percent|pct)(?:$|[\s)])"
    r"|(?:^|[\s(])(?P<points>pp|ppts?|percentage\s+points?)(?:$|[\s)])"  # "Change (pp)"
)
# A column of a percentile, headed by its rank: "25%", "75th pct", "90th percentile", "p25"
PERCENTILE_COLUMN = re.compile(
    r"(?i)\s*(?:p\s?(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?\s*(?:%|pct|pctl|percentile|%ile))\s*"
)


def percentile_as_statistic(column: str) -> str:
    """A percentile's column by the statistic's short name ("25%" -> "p25", as a notebook's
    `describe()` and a survey's "25th pct" head it): its figures are of the row's quantity,
    pay or a count, never a percentage."""
    named = PERCENTILE_COLUMN.fullmatch(column)
    return f"p{named[1] or named[2]}" if named else column


# A column of a person's years of experience: "YOE", "Exp (yrs)", "Experience (years)",
# "Years of experience", "Min. exp."
EXPERIENCE_COLUMN = re.compile(
    r"(?i)\s*(?:min(?:imum)?\.?\s+)?(?:yoe|exp\.?|experience|years?\s+(?:of\s+)?exp(?:erience|\.)?"
    r"|yrs\.?\s+exp\.?)(?:\s*\((?:yrs?|years?)\))?\s*"
)
TIME_UNITS = {"ho": "hours", "hr": "hours", "da": "days", "we": "weeks", "mo": "months"}
CHANGE_COLUMN = re.compile(
    r"(?i)\b(?:change|growth|hike|increase|raise|uplift|premium|differential|delta|YoY|y/y|QoQ"
    r"|MoM)\b"
)
# A table's heading that names its percentages as changes: "MERIT MATRIX (% increase to base)"
PERCENT_CHANGE_HEADING = re.compile(
    r"(?i)(?:%|\bpercent(?:age)?)\s+(?:change|growth|hike|increase|raise|uplift|rise)\b"
)
# Dot leaders between a label and its figure: "Plan to cut AI/ML headcount ........ 7%".
DOT_LEADER = re.compile(r"(?:\.{4,}|(?:\. ){3,})\s*$")
CHANGED_BY = re.compile(
    r"(?i)(?:\b(?:up|down|increased|raised|bumped|cut|reduced|lowered)\s+by|\bcame\s+up"
    r"|\bmoved\s+(?:it|them|the\s+(?:offer|number|base))\s+(?:up\s+)?by"
    r"|\bgaps?(?:\s+(?:is|was)\s+(?:small|large|narrow|wide|bigger|smaller))?\s*(?::|=|of|is|was))"
    r"\s+(?:about\s+|roughly\s+|another\s+|a\s+further\s+|just\s+|only\s+)?$"
)  # "we moved base up by $8,000", "Average counteroffer gap: $95K"
LEADER_RUN = re.compile(r"\s*(?:\.{4,}|(?:\. ){3,})\s*")
POINTS_QUOTE = re.compile(r"(?i)(?:percentage\s+points?|[ -]points?|\bpp|\bppts?|\bpts|\bbps)$")
YOY_QUOTE = re.compile(r"(?i)\s(?:YoY|y/y|year[- ]over[- ]year|year[- ]on[- ]year|MoM|QoQ)$")
ARROW = re.compile(r"[↑↓▲▼⬆⬇📈📉]\s*$")
ARROW_DOWN = re.compile(r"[↓▼⬇📉]\s*$")
# A percentage of pay added or taken: "adds 10-15% on top of base".
ON_PAY = re.compile(r"(?i)^\s*(?:on\s+top\s+of|to|of)" + _PAY_AFTER)
# An earlier value compared with: "down from 6.0%", "(was 41%)", "compared with 4.1%".
COMPARED_FROM = re.compile(
    r"(?i)(?:\b(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from|\(was|\bcompared\s+"
    r"(?:with|to)|\bagainst|\bcontre)\s+" + LEAD + r"$"
)
# A level reached, not a change: "fell by 9 percentage points, to 27%".
LEVEL_BEFORE = re.compile(r"(?i)\b(?:to|at|from|reached|hit)\s+" + LEAD + r"$")
YOE = re.compile(r"(?i)\bYOE\b")
# "YOE 4", "YOE: 4", 'typical_yoe: "0-2"', not "9 yoe | 72 base"
YOE_BEFORE = re.compile(r"(?i)(?:\b|_)YOE\s*[:=]?\s*[\"']?$")
# The pay a raise or a counter-offer took someone to: "a 10% raise to $150K", "a $20K raise,
# taking me to $215K", "which bumped her to €96k".
RAISED_TO = re.compile(
    r"(?i)(?:\b(?=[bchimpr])(?:raises?|rise|hikes?|bumps?|increments?|promotions?|promoted|countered"
    r"|matched)\b[^.;:!?]{0,30}?\bto|\b(?=[bmpt])(?:tak(?:es|ing)|took|brings?|bringing|brought"
    r"|bump(?:s|ed|ing)|mov(?:es|ed|ing)|push(?:es|ed|ing)|put(?:s|ting)?)\s+(?:me|him|her|them|us"
    r"|you)\s+(?:up\s+)?to)\s+" + LEAD + r"$"
)
# Pay written with a bare "k" and no currency, as forums do: "165k base", "TC 240k".
BARE_PAY = re.compile(
    r"(?i)\b(?:base|TC|total\s+comp|comp|salary|offer(?:ed)?|band|paid|earn(?:s|ing)?|making"
    r"|in[- ]hand|take[- ]home|median|Y1"
    # a thread's level code ("E6 at 826k") and what a bare figure is granted as ("100k sign-on")
    r"|(?-i:(?:[ELP]|IC|SDE|SWE|MTS)\s?\d{1,2})|sign[- ]?on|signing|refreshers?|RSUs?|GSUs?)\b"
)
# How a speaker says what an amount said aloud is, before it: "our mid-levels start at", "the
# midpoint was", "he's making", "they came in at" (a transcript's "one thirty-five" is pay)
SPOKEN_PAY_BEFORE = re.compile(
    r"(?i)\b(?:start(?:s|ed|ing)?\s+(?:at|on)|came\s+in\s+at|top(?:s|ped)?\s+out\s+at|pays?"
    r"|paying|paid|makes?|made|making|earn\w*|offered|offer\s+(?:was|is|of|at)|salary|salaries"
    r"|getting|base|midpoint|median|band|comp|package|pulling(?:\s+in)?"
    r"|bring(?:s|ing)?\s+(?:home|in))\b"
)
# and the words of pay that speak for a whole sentence: "They pay me in Canadian, a hundred"
SPOKEN_PAY_SENTENCE = re.compile(r"(?i)\b(?:pays?|paying|paid|salary|salaries|earn\w*|making)\b")
# A difference between two pay figures: "its pay gap to Bengaluru (roughly 20%".
# A label or heading over changes of pay: "## Hikes: what's normal", "Merit increases".
CHANGE_WORDS = (
    r"(?:hikes?|raises?|increments?|appraisals?|merit|premium|pay\s+rises?"
    r"|(?:salary|pay)\s+increases?)\b"
)
CHANGE_LABEL = re.compile(r"(?i)\b" + CHANGE_WORDS)
CHANGE_HEADING = re.compile(  # its head: "Average salary increase, 2026 cycle"
    r"(?i)[\s#\d.)]*(?:(?:annual|typical|average|median|mean)\s+)*" + CHANGE_WORDS
)
OF_AFTER = re.compile(r"(?i)^\s*(?:of|in)\b")  # "10% of base", "12% in bonus": a share
GAP_BEFORE = re.compile(r"(?i)\b(?:gap|premium|discount|difference|uplift)\b[^.;%]{0,100}$")
# A change named as the clause's subject, whose levels are changes too: "the LLM premium rose
# from 8.9% in 2023 to 19.4% in 2026", "Switch hikes for AI engineers in my sample ran 30–50%",
# unless a share is named between ("the share of offers with a raise rose to 41%")
CHANGE_SUBJECT = re.compile(
    r"(?i)\b(?=[abdghijmpru])(?:gaps?|premium|discounts?|hikes?|raises?|increments?|increases?"
    r"|bumps?|jumps?|uplifts?|merit\s+(?:increases?|raises?)|appraisals?)\b"  # (not insurance
    # "premiums", nor a merit budget, a share of payroll)
    r"(?:[^.;:!?]|[.:](?=\d)){0,150}$"
)
# a share of people who did something: "Of those who got raises, 30% were promoted"
SUBJECT_AFTER = re.compile(
    r"(?i)^\s+(?:were|are|was|is|have|had|got|received|did|do|saw|earn|earned|took|moved)\b"
)
# a share named in the clause: "the share of offers with a raise rose to 41%"
SHARE_NAMED = re.compile(r"(?i)\b(?:share|proportion|percentage)\s+of\b|\brespondents\b")
# a difference from another figure: "Hyderabad is within 6% of Bengaluru"
WITHIN_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|stays?|stayed|came|comes?|sits?|remains?|remained|pays?|paid"
    r"|earns?|earned|lands?|landed|falls?|fell)\s+"  # "Vancouver pays within 3–5% of Toronto"
    r"(?:now\s+|still\s+)?(?:paid\s+|priced\s+)?(within\s+" + LEAD + r")?$"
)
# Forum shorthand gives pay in thousands with no sign: "Base 210 / stock 90", "190-240 base".
# "TC was 610", "TC p50 ~540", "base is 264 not 246"
SHORT_PAY_BEFORE = re.compile(
    r"(?i)\b(?:base|TC|total\s+comp|comp|salary)\s*(?:[:=]|\b(?:is|was|at|p\d\d)\b)?\s*[~≈]?$"
)
SHORT_PAY_AFTER = re.compile(r"(?i)^\s*(?:base|TC|total\s+comp)\b")
SHORT_EXTRA_BEFORE = re.compile(
    r"(?i)\b(?:stock|RSUs?|equity|sign-?on|bonus|refreshers?|PPUs?)\s*[:=]?\s*[~≈]?$"
)  # "(base 214, stock 168, bonus 30)"
# Where a thread says pay in thousands with no unit: "Base is 340", "I was at 240", "wants 110 to
# move", "I'd go 122 + a sign-on", "midpoint 115", "up from ~290 last year", and what may follow.
THOUSANDS_PAY_BEFORE = re.compile(
    r"(?i)\b(?:base\s+(?:is|was|of)|(?:was|I'm|am|is|be)\s+at|wants?|asking(?:\s+for)?|go(?:\s+to)?"
    r"|midpoint|countered\s+(?:at|with)|offered|matched|meet\s+(?:me|us)\s+at"
    r"|band\s+(?:is|was|of)|more\s+like"  # "their band was 85-100", "Adyen is more like 130"
    # or pay said just before: "TC ~$330k, up from ~290 last year"
    r"|(?:[$£€]\d+k?|\b(?:base|TC|comp))[^.;]{0,12}\b(?:up|down)\s+from"
    r")\s*[~≈]?\s*$"
)
THOUSANDS_PAY_AFTER = re.compile(
    r"(?i)^(?:[ \t]*(?:[.,;:)!?]|$|\+|base\b|TC\b|total\b|last\b|this\b|to\b|and\b|with\b"
    r"|if\b|for\b|plus\b|or\b|now\b|right\s+now\b|today\b|before\b|but\b|so\b))"
)
# or after it, behind the base: "210 base / 90 stock / 30 bonus"
SHORT_EXTRA_AFTER = re.compile(r"(?i)^\s*(?:stock|RSUs?|equity|sign-?on|bonus)\b(?!\s+points?\b)")
SHORT_BASE_BEFORE = re.compile(r"(?i)\d\s*(?:k\s*)?(?:base|TC)\b")
# A change in a number of jobs: "an increase of 5.4 million jobs", "projected to add 289,600
# jobs" (a layoff, "cut 250 jobs", is a count of its own).
COUNT_CHANGE = re.compile(
    r"(?i)\b(?=[adgilr])(?:add|adds|adding|added|(?:increase|decrease|decline|gain|loss|drop|rise)s?\s+of"
    r"|(?:grew|rose|fell|dropped|declined|increased|decreased)\s+by)\s+" + LEAD + r"$"
)
JOBS_AFTER = re.compile(
    r"(?i)^\s*(?:new\s+)?(?:jobs|positions|roles|postings|openings|vacancies)\b"
)
PARAMETERS = re.compile(r"(?i)^[\s-]*(?:parameters?|params?)\b")
# A column that numbers the rows: "#", "No.", "S. No.", "Rank", or the steps of a plan ("Month",
# "Week", "Phase": "1-2", "3-4" name months, as "Week 1" does)
NUMBERING_COLUMN = re.compile(
    r"(?i)\s*(?:#|no\.?|s\.?\s?no\.?|sr\.?(?:\s?no\.?)?|sl\.?\s?no\.?|rank|months?|weeks?|days?"
    r"|phases?|steps?|stages?|modules?|sprints?|tiers?"
    r"|(?:[a-z]+\s+)?codes?"  # "SOC code": 15-1256
    # an occupation classification named as its column: "SSOC 2024", "NOC", "ANZSCO"
    r"|(?:SOC|SSOC|NOC|ANZSCO|OSCA|ISCO|NCO|NAICS|SIC)(?:\s+(?:19|20)\d\d)?)\s*"
)
THOUSANDS_COLUMN = re.compile(
    r"(?i)\((?:in\s+)?(?:thousands|'000s?|000s)\)"
)  # "Postings (thousands)"
# A caption that counts a table's figures in thousands: "(Numbers in thousands)".
IN_THOUSANDS = re.compile(
    r"(?i)\b(?:numbers|figures|employment|jobs|counts?)\s+(?:are\s+)?in\s+thousands\b"
)
