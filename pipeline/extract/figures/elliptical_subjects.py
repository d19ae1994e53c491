"""Counts whose noun is in an earlier sentence of the paragraph: 'We will open 12 clinics this year. Five are
ready, and the other 7 follow in May.' A bare number that opens a sentence as the subject of a verb ('Five are',
'Six have been'), stands after 'the other' / 'the remaining' with no noun of its own ('the remaining 17 within
the year') or after 'there are' before a relative pronoun ('there are 14 that ...') counts the things of the last
count with a noun before it in the same paragraph (English leaves out a noun just named: DECISIONS 14 reads the
part of a previous count the same way). The verb must be plural ('65 is the eligible age' names a number), and the
sentence of the earlier count must name one noun only ('18 districts and 7 million people. Two are ...': no reading).
A decimal counts nothing ('the remaining 12.5' after 'HK$17.5 billion' is an amount)."""

from __future__ import annotations

from typing import Any

from pipeline.extract.figures.forms import singularize
from pipeline.extract.figures.match import Amount

_REACH = 60  # tokens back to the count whose noun is left out (about two sentences)


def elliptical_subject(reader: Any, amt: Amount) -> tuple[str, str, str, int] | None:
    """('count', the earlier count's noun, '', end) for a number whose noun is left out, else None; after 'the other'
    / 'the remaining' a count whose noun is not one counted nearby ('work in the remaining two will begin')."""
    if amt.value != amt.value.to_integral_value():
        return None  # a count is whole: 'the remaining 12.5' leaves out an amount ('HK$12.5 billion'), no things
    got = _elliptical(reader, amt)
    s, k = amt.start_idx, amt.end_idx
    if got is None and reader.low(s - 1) in reader.lex["elliptical_after_the"] and reader.low(s - 2) == "the" and \
            not (amt.currency or amt.value_max is not None or amt.value == 1 or amt.scaled) and \
            not reader.is_year(amt.surface) and (amt.in_words or not reader.is_label_number(amt.num_idx)) and \
            (reader.tok(k) is None or reader.toks[k].kind != "num") and \
            reader.read_unit(k) is None and reader.count_head(k) is None:
        return "count", "", "", k
    return got


def _elliptical(reader: Any, amt: Amount) -> tuple[str, str, str, int] | None:
    last = reader.last_noun_count
    s, k = amt.start_idx, amt.end_idx
    fronted = fronted_partitive(reader, s)
    if fronted and not (amt.currency or amt.value_max is not None or amt.value == 1 or amt.scaled) and \
            reader.low(k) in reader.lex["_elliptical_subject_verbs"] and not reader.is_year(amt.surface) and \
            (amt.in_words or not reader.is_label_number(amt.num_idx)):
        if fronted != "-":
            return "count", fronted, "", k  # 'Amongst these sites, 28 are new sites'
        if last is not None and s - _REACH <= last[0] <= s and len(_nouns_since_sentence_of(reader, last[0], s)) == 1:
            return "count", last[1], "", k  # '… 12 clinics. Of them, five are ready'
    if last is None or amt.currency or amt.value_max is not None or amt.value == 1 or amt.scaled or \
            not s - _REACH <= last[0] <= s or reader.is_year(amt.surface) or \
            not amt.in_words and reader.is_label_number(amt.num_idx) or \
            "\n\n" in reader.text[reader.toks[last[0] - 1].end:reader.toks[s].start]:
        return None
    if reader.read_unit(k) is not None or reader.count_head(k) is not None:
        return None  # a noun of its own follows
    if len(_nouns_since_sentence_of(reader, last[0], s)) > 1:
        return None  # '18 districts and 7 million people. Two are ...': which noun is left out is unknown
    lex = reader.lex
    if reader.sentence_initial(s) and reader.low(k) in lex["_elliptical_subject_verbs"]:
        return "count", last[1], "", k  # 'Five are ready', 'Six have already been launched'
    if reader.low(s - 2) == "there" and reader.low(s - 1) in lex["_partitive_subject_verbs"] and \
            reader.low(k) in lex["elliptical_relatives"]:
        return "count", last[1], "", k  # 'amongst its 77 partners, there are 14 that are UK based'
    if reader.low(s - 1) in lex["elliptical_after_the"] and reader.low(s - 2) == "the" and \
            (reader.tok(k) is None or reader.toks[k].kind != "num"):
        return "count", last[1], "", k  # 'the other 7 follow', 'the remaining 17 within the year'
    return None


def _nouns_since_sentence_of(reader: Any, end: int, s: int) -> set[str]:
    """The nouns of the counts from the start of the sentence that ends the count at `end` up to token s."""
    j = end - 1
    while j > 0 and reader.toks[j - 1].text not in (".", "!", "?"):
        j -= 1
    return {unit for e, unit in reader.noun_counts if j < e <= s}


def fronted_partitive(reader: Any, s: int) -> str:
    """The noun, singular, of a partitive phrase that opens the sentence and ends in a comma right before token s
    ('Amongst these sites, 28 are …', 'Of the 12 clinics, five are …' → 'site', 'clinic'); '-' for a pronoun ('Of
    them, five are …': the noun is the last one counted); '' when no such phrase is there. Words: figure lexicon
    `fronted_partitive_*`."""
    lex = reader.lex
    if reader.low(s - 1) != ",":
        return ""
    j = next((j for j in range(s - 2, max(-1, s - 9), -1) if reader.low(j) in lex["fronted_partitive_preps"]), -1)
    if j < 0 or not reader.sentence_initial(j):
        return ""
    if j == s - 3 and reader.low(s - 2) in lex["fronted_partitive_pronouns"]:
        return "-"
    noun = reader.toks[s - 2]
    if reader.low(j + 1) not in lex["fronted_partitive_determiners"] or s - 2 <= j + 1 or noun.kind != "word" or \
            not noun.text.islower() or noun.low in lex["_not_plural"] or \
            not (noun.low in lex["irregular_plurals"] or noun.low.endswith("s") and not noun.low.endswith("ss")):
        return ""
    return str(lex["irregular_plurals"].get(noun.low) or singularize(noun.low))
