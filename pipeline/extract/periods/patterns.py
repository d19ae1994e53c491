"""English scope lexicon (pipeline/data/periods.en.json) → the compiled patterns `scope` and `resolve` read.

Compiled once per process (lru_cache): clause breaks, subordinate and participle clauses, comparison
bases, the gaps that attach a time to a figure, stretch and span words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.periods.model import _alt, lexicon
from pipeline.regexgate import GatedPattern, gated_search

__all__ = ["clause_break_scan", "scope_patterns"]


def _spaced(words: list[str]) -> str:
    """An alternation of phrases whose inner spaces match any run of whitespace ('went up')."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def scope_patterns() -> dict[str, re.Pattern[str]]:
    lx = lexicon()
    prep_to = "".join(rf"(?<!\b{w})" for w in sorted(lx["prepositional_to"]))
    rx = {
                "participle": re.compile(rf"(?i)\b(?:{_alt(lx['participle_lead_words'])})\s+(?:{_alt(lx['participle_determiners'])})"
                                 r"\s+(?:[\w-]+\s+){0,3}?(?P<pp>[a-z-]+ed)\s+(?:[a-z]+ly\s+)?$"
                                 r"|,\s*(?:[a-z]+ly\s+)?[a-z-]+ed\b[^,;()]{0,60}$"),
        "relative_before": re.compile(rf"(?i),\s*(?:{_alt(lx['subclause_openers'])})\b[^,;()]{{0,90}}$"),
        # '30% of tax payable, but up to a cap of $20,000': a limit after 'but' goes on with the same measure
        "clause_break": re.compile(rf"(?i)(?=[;, ])(?![,\s]\s*but\s+(?:{_alt(lx['limits_after_but'])}|with\s+an?\s+"
                                   rf"(?:[a-z]+\s+)?(?:{_alt(lx['limit_nouns_after_but'])}))\b)"
                                   rf"(?:{_alt(lx['clause_breaks'])})"),
        "gap_after": re.compile(r"(?i)^\s*(?:\((?:chart|table|figure|box|see)[^()]{0,40}\)\s*)?,?\s*"
                                r"(?:respectively\s*,?\s*)?(?:(?!and\b|or\b|but\b|that\b|which\b|who\b|to\b|is\b|are\b|while\b|when\b|"
                                r"(?:after|before|since|upon|without|despite)\s+[a-z]+ing\b|"
                                r"was\b|were\b|will\b|has\b|have\b|had\b)[a-z][\w-]*\s+){0,3}$"),
        "gap_before": re.compile(rf"(?i)^\s*(?:{_alt(lx['budget_words'])})?\s*[:=]\s*$"),
        "coord": re.compile(r"(?i)^\s*(?:,|,?\s*and|,?\s*or)\s*$"),
        "resp": re.compile(r"(?i)^\s*(?:\([^()]{0,60}\)\s*)?,?\s*respectively\b"),
        "finite": re.compile(rf"(?i)^\s*(?:\([^()]*\)\s*)?\)?\s*(?:{_alt(lx['finite_verbs'])})\b"),
        # ('the following four areas': 'following' after 'the' is the adjective, no comparison)
        "comparative": re.compile(r"(?i)(?:compared\s+(?:with|to)|than|as\s+against|relative\s+to|on\s+top\s+of|over\s+and\s+above|from|(?<!\bthe\s)following|"
                                  r"after\s+\w+ing(?:\s+by)?)\s+(?:(?:an?|the|our|its|their|his|her)\s+"
                                  r"(?:(?:[\w-]+\s+){0,4}?of\s+)?)?(?:[$\d][^\s,;]*\s*(?:,|and|or)\s+)?$"
                                  # 'grew 6.9%, following a robust 7.5% growth in 2005': the earlier figure it follows
                                  r"|\bfollowing\s+(?:an?|the|its|their)\s+(?:[a-z]+\s+){1,2}$"),
        "part_of": re.compile(rf"(?i)\b(?:{_alt(lx['part_words'])})\s+(?:[\w-]+\s+){{0,3}}$"),
        "from_fig": re.compile(rf"(?i)\bfrom\s+(?:(?:the|its|their|our)\s+(?:{_alt(lx['current_value_words'])})\s+)?$"),
        "to_fig": re.compile(r"(?i)\b(?:to|reach(?:ed|ing)?|at)\s+$"),
        # 'to' + a word opens an infinitive clause, unless the word before governs 'to' as a preposition
        "subordinate": re.compile(rf"(?i:(?:,\s*|\s)(?:{_alt(lx['subclause_openers'])})\s)|(?=\sto\s){prep_to}\sto\s+(?!the\b|an?\b|about\b|"
                                  r"around\b|over\b|more\b|less\b|some\b|nearly\b|almost\b|below\b|above\b|"
                                  r"under\b|\d|[A-Z$]|take\s+effect\b|come\s+into\s+(?:effect|force)\b)"  # ', to take effect from T': the rule's start
                                  r"[a-z]+\b|\sfor\s+[a-z]+ing\b"
                                  r"|\s(?:after|before|while|since|upon|without|despite)\s+[a-z]+ing\b"  # 'to 2.75% after slowing in T'
                                  r"|,\s*with\s(?!effect\b)"  # 'dropped 6.4%, with 2.5% growth in the first half'
                                  rf"|,\s*(?:{_alt(lx['comparing_participles'])})\s"  # ', outperforming a loss in T'
                                  # ', matching the 2.1% of T' compares; ', matching donations in T' does not
                                  rf"|,\s*(?:{_alt(lx['value_comparing_participles'])})\s+(?=(?:(?:the|its|their|our|a|an|"
                                  r"this|that|last)\s+)?(?:[\w'’-]+\s+)?(?:[A-Z]{0,3}\$|[£€])?\d)"),
        "restricted_count": re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:[\w-]+\s*)?(?:\([^()]*\)\s*)?"
                                       r"(?:and\s+(?:[\w-]+\s+){0,2}[\w-]+\s*)?(?:with(?:\s+[a-z]+){1,2})?\s*$"),
        "restricted_paren": re.compile(r"^[^()]*\)\s*(?:[a-z]+\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,6})?"
                                       r"(?:with(?:\s+[a-z]+){1,2})?\s*$"),
        "gap_paren": re.compile(rf"(?i)^\s*(?:{_alt(lx['budget_words'])})\s*(?:\(\w+\)\s*)?\(\s*$"),
        "fronted_stretch": re.compile(r"(?i)\s*(?:in|over|during|for|within|throughout)\s+the\s+"),
        "stretch": re.compile(rf"(?i)\b(?P<dir>{_alt(lx['relative_stretch_back'] + lx['relative_stretch_forward'])})"
                              r"\s+$"),
        # 'in the first three quarters', 'the first two months': the opening part of a year its sentence states
        "first_stretch": re.compile(r"(?i)\b(?P<dir>first)\s+$"),
        "of_year": re.compile(r"\s+of\s+(?:19|20)\d\d"),  # 'the first three quarters of 2016': the grammar's own range
        "future": re.compile(r"(?i)\b(?:will|shall|would)\b|\b(?:expected|forecast|projected|set)\s+to\b"),
        "compared_value": re.compile(r"(?i)(?:\bfrom|\bthan|compared\s+(?:with|to)|\bagainst)\s+(?:(?:an?|the)\s+)?"
                                     r"(?:about\s+|around\s+|some\s+|nearly\s+)?(?!(?:19|20)\d\d(?:['’]s)?\s)"
                                     r"[$\d][^\s,;]*(?:\s+[a-z%]+){0,2}\s*$"),  # not 'from 2005's level': a year, no value
        "over_span": re.compile(r"(?i)\s*(?:[\w-]+\s+){0,4}(?:for|over)\s+$"),
        "auxiliary": re.compile(r"(?i)\b(will|shall|would|is|are|has|have|am|was|were|had)\b"),
        "future_marker": re.compile(rf"(?i)\s+(?:[a-z]+ly\s+)?(?:{_alt(lx['future_markers'])})\s+to\b"),
        "past_verb": re.compile(rf"(?i)\b(?:{_alt(lx['past_verbs'])})\b"),
        "by_to": re.compile(r"(?i)\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$"),
        # 'rose 25%, from $X in T1 to $Y in T2' (periods.en.json bare_change_verbs): a change stated before its values
        "bare_change": re.compile(rf"(?i)\b(?:{_spaced(lx['bare_change_verbs'])})\s+"
                                  r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$"),
        "to_gap": re.compile(r"(?i)\s*(?:,\s*)?to\s+(?:about\s+|around\s+)?"),
        # 'doubled from $15 billion in FY2009 to $30 billion in FY2018': a change stated by its multiple
        "multiple_verb": re.compile(r"(?i)(?:(?:more\s+than|nearly|almost|over|about|roughly)\s+)?"
                                    r"(?:doubled|tripled|trebled|quadrupled|halved)"),
        # 'more than doubled our healthcare spending, from $X in T1 to $Y in T2': the object the multiple changes
        "by_from_gap": re.compile(r"(?i)\s*(?:(?:our|its|their|the|his|her|this|these|total|annual)\s+(?:[\w-]+\s+){0,3}?"
                                  r"[\w-]+\s*)?,?\s*from\s+(?:about\s+|around\s+)?"),
        "end_of": re.compile(r"(?i)\b(?:end|close)\s+(?:of\s+)?(?:the\s+)?$"),
        "gerund_before": re.compile(r"(?i),\s*(?!(?:during|according|starting|beginning|commencing|following)\b)"
                                    r"[a-z]+ing\b[^,;()]{0,80}$"),  # 'Taking ..., including bringing back $X in T, I ...'
        "which_clause": re.compile(r",\s*which\s"),
        "same_estimate": re.compile(r"(?i)\b(?:original|previous|earlier|initial|budgeted)\s+(?:estimates?|forecasts?|"
                                    r"projections?)\s+of\s+(?:about\s+|around\s+|some\s+)?$"
                                    # 'compared to an expected surplus of $3.5 billion': the same year's expectation
                                    r"|\b(?:an?|the)\s+(?:expected|forecast|projected|budgeted|estimated)\s+"
                                    r"(?:[\w-]+\s+){0,2}of\s+(?:about\s+|around\s+|some\s+)?$"),
        "when_clause": re.compile(r"(?i),\s*when\s+[^,;()]{0,80}"),  # '... in 2015, when it was $4 billion'
        "semicolon_and": re.compile(r";[ \t]*and[ \t]+(?![(\n])"),
        "coordinator": re.compile(r"[,;] and |,? (?:while|whereas) "),
        "ago": re.compile(r"(?i)^\s*(?:ago|before|earlier|later|after)\b"),
        "period_adverbial": re.compile(r"(?i)(?<![\w-])(?:during|over|in|throughout|within|across|for)\s+"
                                       r"(?:the|this|that|a)\s+$"),
        # 'waiving rates for four quarters of 2018-19, subject to a ceiling of $X': the stretch of a stated
        # period is the clause's time, not the duration's alone
        # ('for all four quarters in the 2031-32 financial year': 'all' before the count, 'in' for 'of')
        "period_part_of": re.compile(r"(?i)(?<![\w-])(?:during|over|in|throughout|for)\s+(?:all\s+)?(?:the\s+)?$"),
        "of_gap": re.compile(r"\s+(?:of|in)\s+(?:the\s+)?"),
        # '$1.1 billion support package announced | in September 2023': the rest of the figure's noun phrase
        # and a past participle (a reduced relative clause on that noun)
        "np_participle": re.compile(rf"(?:\s+(?!(?:{_alt(lx['finite_verbs'])}|be|been|being|not)\b)[\w'’-]+){{1,4}}"
                                    r"\s+[a-z]{3,}ed\s+"),
        "span_end": re.compile(r"(?i)(?:\s+(?:period|stretch|span|term|horizon))?(?:,?\s+(?:to|up\s+to|ending(?:\s+in)?|ended(?:\s+in)?)"
                               r"|,?\s+(?:until|till|through))\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:(?:financial|fiscal)\s+year\s+)?"),  # 'the four years to 2016-17', 'the 30-year period up to 2048'
        "fronted_cause": re.compile(rf"(?i)[\s(]*(?:{_alt(lx['fronted_cause_words'])}|(?-i:{_alt(lx['fronted_purpose_words'])}))\b"
                                    r"(?!\s+(?:effect|date)\b)"
                                    r"(?:[^,;:()]|\([^()]{0,60}\)){3,160},"),
        "cohort_before": re.compile(rf"(?i)\b(?:(?:{_alt(lx['cohort_verbs'])})\s+(?:age\s+)?\d{{2,3}}|"
                                    rf"(?:{_alt(lx['cohort_age_verbs'])})\s+(?:the\s+)?age\s+(?:of\s+)?\d{{2,3}}|born)\s+$"),
        "possessive": re.compile(r"^['’]s\s+(?:[a-z-]+\s+){0,2}$"),  # "last year's $9.9 billion", "2023's 5%"
        "reporting": re.compile(rf",\s*(?:(?:[A-Z][\w.'’-]*|of|the|and)\s+){{1,8}}(?i:{_alt(lx['reporting_verbs'])})\b"
                               rf"|,\s*(?i:he|she|they|it|we)\s+(?i:{_alt(lx['reporting_verbs'])})\b"),
        # 'Unveiling his 2019-20 Budget today, the Minister said ...': a fronted participle phrase keeps its time
        # (a gerund subject has its verb before the comma: 'Spending in 2024-25 amounts to $X, ...', 'Spending rose')
        # ('Looking ahead to 2031, I forecast ...', 'Going into 2031, ...': a look at the time the clause's figures hold
        # for; 'Looking back on 2019', 'Going beyond the 2020 targets' keep theirs: review reven M11)
        "fronted_participle": re.compile(r"[\s(]*(?!(?:During|According|Starting|Beginning|Commencing|Following|"
                                         r"Looking[ \t\n]+ahead[ \t\n]+(?:to|for|into)|Going[ \t\n]+into|"
                                         r"Including|Excluding|Concerning|Regarding|Notwithstanding)\b)"
                                         rf"[A-Z][a-z]+ing\b(?:(?!\b(?:{_alt(lx['finite_verbs'] + lx['past_verbs'] + _verb_changes(lx))})\b)"
                                         r"[^,;:()]){3,160},"),
        "frequency_end": re.compile(r"(?i)-(?:hourly|daily|weekly|monthly|yearly)$"),  # 'six-monthly' (a frequency)
        # '... about $130.To manage ...': a full stop glued to the next sentence's capitalised word (a lost space)
        "glued_end": re.compile(r"[a-z0-9%)]\.(?=[A-Z][a-z])"),
        "participle_gap": re.compile(r"(?i)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|seen|set|made|held|built|won|hit|"
                                     rf"grown|risen|fallen|{_alt(lx['irregular_participles'])})\s+"),
        "item_start": re.compile(r"(?m)^[ \t]*(?=[•·▪●*-][ \t]|\(?[a-z]\)[ \t]|\(?\d{1,2}\)[ \t])"),
        "equivalent_span": re.compile(rf"(?i)\b(?:{_alt(lx['equivalence_words'])})\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$"),
        # 'equivalent to 34 per cent of GDP or 20 months of government expenditure': the second measure of the amount
        "equivalent_or": re.compile(rf"(?i)\b(?:{_alt(lx['equivalence_words'])})\s+[^.;:()]{{1,60}}?\bor\s+"
                                    r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$"),
        "of_next": re.compile(r"\s+of\b"),
        "record_span": re.compile(r"(?i)\b(?:record|highest|lowest|largest|smallest|biggest|fastest|slowest|"
                                  r"strongest|weakest|best|worst)\b(?:\s+[\w-]+){0,2}\s+(?:in|for)\s+(?:the\s+)?"
                                  r"(?:(?:past|last)\s+)?$"),
        "gloss_open": re.compile(r"(?i)\(\s*(?:i\.\s?e\.?|that\s+is|namely|viz\.?)[\s,]"),
        "gloss": re.compile(r"(?i)\s*\(\s*(?:i\.\s?e\.?|that\s+is|namely|viz\.?)[\s,]+"),
        "gloss_lead": re.compile(r"(?:[ \t]+[A-Za-z][\w’'-]*){0,10}[ \t]*"),  # 'the five-year period at the start of the term ('
        "gloss_body": re.compile(r"(?i)\(\s*(?:(?:i\.\s?e\.?|that\s+is|namely|viz\.?)[\s,]+)?"),
        "conjunct_next": re.compile(r"\s*,\s*(?:(?:and|or)\s+)?[a-z]"),  # '... by 2027, and form 40% ...'
        "base_lead": re.compile(r"(?i)\b(?:from|than|compared\s+(?:with|to)|against|over|on)\s+(?:the\s+)?$"),
        "norm_value": re.compile(r"(?i)\b(?:above|below|exceed(?:s|ed|ing)?|within|under|than|meet(?:s|ing)?|met)\s+"
                                 r"(?:(?:the|its|their|our)\s+(?:[\w-]+\s+){0,4}?"
                                 rf"(?:{_alt(lx['norm_words'])})|(?:a|an)\s+(?:(?:[\w-]+\s+){{0,4}}?"
                                 rf"(?:{_alt(w for w in lx['norm_words'] if w not in lx.get('norm_words_definite', ()))})"
                                 rf"|(?:[\w-]+\s+){{1,4}}?(?:{_alt(lx.get('norm_words_definite', ()))})))"
                                 r"\s+of\s+(?:about\s+|around\s+)?$"
                                 rf"|\b(?:above|below|than|from|to|with)\s+(?:the|its|their|our|a|an)\s+(?:[\w-]+\s+){{0,2}}?"
                                 rf"(?:{_alt(lx['span_averages'])}|\w+-year\s+average)\s+of\s+(?:about\s+|around\s+)?$"),
        "norm_lead": re.compile(r"(?i)\b(?:above|below|exceed(?:s|ed|ing)?|within|under|than|meet(?:s|ing)?|met)\s+"
                                r"(?:the|its|their|our|a|an)\s+$"),  # 'below the 60% threshold'
        "norm_after": re.compile(rf"(?i)[\s-]+(?:{_alt(lx['norm_words'])})\b"),
        "change_header": re.compile(r"(?i)\s*(?:%\s*|\|\s*)?(?:change|increase|decrease|growth|y-o-y|yoy|year-on-year)\b"),
        "change_day": re.compile(r"(?i)(?:on|at\s+the\s+(?:start|beginning)|from\s+the\s+(?:start|beginning))\b"),
        "from_gap": re.compile(r"(?i)\s+from\s+(?:about\s+|around\s+)?"),
        "relative_open": re.compile(r",\s*(?:which|who)\s"),
        "resumed_verb": re.compile(r"\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|will|would|has|have|had|can|could|may|"
                                   r"remains?|stands?|marks?|reached|rose|fell|amounted|totalled|[a-z]+ed)\b"),
        "restricted_of": re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*$"),
        # '$17 billion worth of contracts expected to be awarded in T': the amount measures the contracts (3d)
        "restricted_worth": re.compile(r"\s+worth\s+of\s+(?:(?!(?:for|to|in|on|at|by|from|with)\s)[\w-]+\s+){0,2}?[\w-]+\s*$"),
        "coord_lead": re.compile(r"(?i)(?:[,;]\s*(?:and|but|while|whereas)|;)\s+$"),
        "comma_next": re.compile(r"\s*,\s*"),
        # '16 new centres in the next five years': the figure's own stretch of time (a duration figure follows)
        "infinitive": re.compile(r"(?i)\bto\s+[a-z]+$"),
        # an auxiliary or modal verb: the main clause's verb after an infinitive that qualified its subject
        "main_resumed": re.compile(r"\s(?:will|would|shall|should|can|could|may|might|must|is|are|was|were)\s"),
        # '3.2% per year in the preceding three years': the figure, its rate, and a stretch back
        "own_back_stretch": re.compile(r"(?i)(?:\s+(?:per|a|each)\s+(?:year|annum))?\s+(?:in|over|during)\s+the\s+"
                                       r"(?:previous|preceding)\s+"),
        "own_stretch": re.compile(rf"\s+(?:in|over|within|during|for)\s+(?:the\s+)?"
                                  rf"(?:{_alt(lx['relative_stretch_forward'])})\s+"),
        # '3.0% over the last three years, ... and 5.6% since 1994': a stretch back is a level's own time too (not a
        # change's: 'an increase of 10 per cent over the past three years' compares with that stretch)
        "own_stretch_back": re.compile(rf"\s+(?:over|during|in)\s+(?:the\s+)?(?:{_alt(lx['relative_stretch_back'])})\s+"),
        "change_lead": re.compile(rf"(?i)\b(?:{_alt(lx['change_words'])})\s+(?:of\s+|by\s+)?(?:[a-z]+\s+)?$"),
        "with_phrase": re.compile(r"(?i)\s*,\s*with\s+(?!effect\b)"),
        "aside_before": re.compile(r",\s*(?:[a-z]+ly\s+)?(?:[a-z]+ed|set\s+up|built|begun|held|made)\s+$"),
        "aside_from": re.compile(r"(?i)\s*,\s*(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+|some\s+)?"),
        "span_start": re.compile(r"(?i)\s+(?:(?:period|stretch|term|cycle)\s+)?"),  # 'the five-year period from 2016-17'
        "decade_before": re.compile(r"(?i)\b(?:the|next|coming|a)\s+decade\s+$"),  # 'the next decade from 2017-18'
        # '$812 million (last year: $790 million)': the year before the reported one (annual-report notation)
        "prior_label": re.compile(rf"(?i)\(\s*(?:{_alt(lx['prior_year_labels'])})\s*[:=]\s*$"),
        # 'from 15%, or 1.2 million, in 2020': a restatement set off by commas shares its time
        "apposition_or": re.compile(r"\s*,\s*or\s+"),
        # '$2 billion, or 0.3 per cent of GDP, expected for FY2022': the restatement's complement, then its time
        "restated_tail": re.compile(rf"\s*(?:of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}\s*)?,\s*"
                                    rf"(?:(?:{_alt(lx['future_markers'])})\s+)?"),
        # '$490 billion in the next financial year, 14 per cent more than that of last year'
        "appositive_change": re.compile(r"(?:\s+(?:in|for|during|by|at)\s+[^,;()]{1,40})?\s*,\s*"),
        # '... to Rs 3,330 Crores in FY 2016-17, representing an increase of 14.30%': the change of that figure
        "representing_change": re.compile(r"(?i)(?:\s+(?:in|for|during|by|at)\s+(?:[^,;()]|,\s*(?:19|20)\d\d\b){1,40})?"
                                          r"\s*,\s*(?:representing|"
                                          r"equivalent\s+to|which\s+(?:is|was|represents|represented))\s+(?:an?\s+)?"
                                          r"(?:(?:increase|decrease|rise|growth|drop|decline|fall|reduction|gain|"
                                          r"jump|surge)\s+of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?"),
        # '$49 billion in 2031-32, up by nearly 50 per cent over …', '… 4 500, an increase of 60 per cent over …': the
        # change set after the figure by a comma is that figure's (PERIOD-GUIDELINES 4)
        "appositive_shift": re.compile(r"(?i)(?:\s+(?:in|for|during|by|at)\s+[^,;()]{1,40})?\s*,\s*(?:(?:up|down)"
                                       r"(?:\s+by)?|(?:an?\s+)?(?:increase|decrease|rise|growth|drop|decline|fall|"
                                       r"reduction|gain)\s+of)\s+"),
        "of_measure": re.compile(r"\s+of\s"),  # '24 months of government expenditure': a measure, not a stretch
        "bracket_open": re.compile(r"\s*\(\s*"),  # '$7.8 billion (+3.1 percent)': the same change restated
        "bracket_close": re.compile(r"\s*\)"),
        "more_than": re.compile(r"(?i)\s+(?:more|less|higher|lower|above|below)\s+than\b"),
        "ago_gap": re.compile(r"[^,;:()\d]{0,20}"),  # '35 per cent of GDP just | two years ago'
        "ago_after": re.compile(r"\s+ago\b"),
        "ago_base": re.compile(r"(?i)\s+(?:over|than|from|compared\s+with|compared\s+to|against)\b"),
        "period_noun": re.compile(r"(?i)\s*(?:(?:period|stretch|span|term|cycle|horizon)\s+(?:of\s+|from\s+|"
                                  r"between\s+|covering\s+)?(?:the\s+)?)?$"),  # also 'during the five years from T1 to T2'
    }
    for name in GATED_SEARCHES:
        rx[name] = gated_search(rx[name])
    return rx


# searched in the window before each figure or time: with their gate in front (regexgate.gated_search), the same
# matches; CPU per long bench document (2,006 words, session 24) 0.53 -> 0.28 ms for 'comparative', 0.18 -> 0.13 for
# 'norm_value', the others 0.01-0.03 each
GATED_SEARCHES = ("comparative", "norm_value", "compared_value", "subordinate", "cohort_before")


def _verb_changes(lx: dict[str, Any]) -> list[str]:
    """The change words that can be a clause's verb: 'Taking into account the growth of 2.4% in T, ...' is a
    fronted participle phrase ('growth' is a noun only), 'Spending rose ...' a gerund subject with its verb."""
    return [w for w in lx["change_words"] if w not in lx["noun_only_change_words"]]


@lru_cache(maxsize=1)
def clause_break_scan() -> GatedPattern:
    """`clause_break`, tried only where one of its words can start (pipeline.regexgate: same matches;
    it is read in every sentence with a figure)."""
    return GatedPattern(scope_patterns()["clause_break"])
