"""Text → `FigureMatch` list: the shapes a stated quantity takes (money, counts, measures, percentages,
fractions, ratios, durations, ranges), read with the primitives of `reader`, `labels` and `forms`; one amount at a
position is read and classified by `amounts`, the scan here adds ranges, suspended hyphens and halves.

spaCy's entities only add confidence (see `extract`); values are Decimal throughout.
"""

from __future__ import annotations

import re

from decimal import Decimal
from itertools import compress
from operator import itemgetter, or_

from pipeline.extract.figures.age_values_en import without_age_values
from pipeline.extract.figures.ages_en import without_life_expectancy_ages
from pipeline.extract.figures.amounts import AmountReader
from pipeline.extract.figures.article_durations_en import with_article_durations
from pipeline.extract.figures.birth_ages_en import without_birth_ages
from pipeline.extract.figures.currency import infer_currency
from pipeline.extract.figures.elliptical_subjects import elliptical_subject
from pipeline.extract.figures.flat_tables_en import with_table_cells
from pipeline.extract.figures.frequency_words_en import counts_occasions
from pipeline.extract.figures.glued_metres import glued_metres
from pipeline.extract.figures.hyphen_money_en import spaced_money_compounds
from pipeline.extract.figures.match import Amount, FigureMatch
from pipeline.extract.figures.multiple_ranges_en import multiple_range
from pipeline.extract.figures.numbers import parse_digits, parse_words
from pipeline.extract.figures.plan_names_en import plan_name_numeral
from pipeline.extract.figures.school_grades_en import without_school_grades
from pipeline.extract.figures.someday_en import is_someday
from pipeline.extract.figures.suspended_joiners_en import glued_joiner
from pipeline.extract.figures.unit_and_half_en import with_unit_and_half
from pipeline.extract.figures.rates import (
    converted_in_list,
    equated_base,
    equated_base_currency,
    exchange_rate,
    quoted_rate_base,
    reserve_currency,
)

__all__ = ["Amount", "FigureMatch", "Scanner", "find_figures", "infer_currency", "parse_number"]

_OPENING_KINDS = frozenset(("num", "cur"))
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|(?<=[.!?:])[ \t]*\n")
_TEXT, _KIND, _LOW = itemgetter(0), itemgetter(3), itemgetter(4)  # Tok fields


class Scanner(AmountReader):
    """One pass over a text's tokens, producing FigureMatch records."""

    def scan(self) -> list[FigureMatch]:
        out: list[FigureMatch] = []
        i = 0
        for start in self.openers():  # any other token is skipped at once
            if start < i:
                continue
            i = start
            if i in self.used:
                i += 1
                continue
            if self.toks[i].low in self.lex["multiple_words"]:
                mult = self.read_multiple(i)
                if mult is not None and not self.in_quote(i):
                    out.append(self.emit(i, mult[1], "ratio", mult[0], None, "", ""))
                    i = mult[1]
                    continue
                if mult is None and counts_occasions(self, i) and not self.in_quote(i):  # 'revised twice in May'
                    out.append(self.emit(i, i + 1, "count", Decimal(self.lex["multiple_words"][self.low(i)]), None,
                                         "time", ""))
                    i += 1
                    continue
            half = self.read_half_unit(i)
            if half is not None:
                out.append(half)
                i = max(self.used) + 1
                continue
            starts = self.may_start_amount(i)
            frac = self.read_fraction(i) if starts or self.toks[i].low == self.lex["half_word"] else None
            if frac is not None:
                kind, unit, end = self.fraction_of_unit(frac[1])  # 'one half of a month' = 0.5 month
                out.append(self.emit(i, end, kind, frac[0], None, unit, ""))
                i = end
                continue
            if self.low(i - 1) == self.lex["of_word"] and self.low(i - 2) in self.lex["range_nouns"]:
                got = self.read_between(i - 1, "and")  # 'within the range of 2% and 2.25%': one range
                if got is not None:
                    out.append(got)
                    i = max(self.used) + 1
                    continue
            if self.low(i) in self.lex["range_between"]:
                got = self.read_between(i)
                if got is not None:
                    out.append(got)
                    i = max(self.used) + 1
                    continue
            if not starts:
                i += 1
                continue
            change = self.is_change(i)
            amt = self.read_amount(i, allow_to_range=not change)
            if amt is None:
                i += 1
                continue
            mrange = None if change else multiple_range(self, amt)  # 'from five times to eight times the income'
            if mrange is not None:
                out.append(mrange)
                i = max(self.used) + 1
                continue
            suspended = self.read_suspended(amt)
            if suspended is not None:
                out += suspended
                i = max(self.used) + 1
                continue
            cls = glued_metres(self, amt) or self.classify(amt)  # '5.5m above sea level': metres, not million
            if cls is None and change:
                cls = self.classify_from_second(amt)
            one = amt.value == 1 and (amt.in_words or amt.surface == "1")  # 'one flat', '1 industrial site'
            one_hyphen = cls is not None and cls[1] in self.lex["one_hyphen_count_nouns"] and \
                self.glued(amt.end_idx - 1, amt.end_idx)  # 'one-person households' (shapes.classify_adjectival)
            if (cls is None or cls[0] == "count") and one and not amt.scaled and not one_hyphen \
                    and not amt.qualifier and amt.value_max is None and amt.currency is None:
                cls = self.classify_one(amt)  # 'more than one flat', 'one restricted licence bank'
            if cls is None:
                cls = self.classify_elliptical(amt)  # '... one bank from Europe and one from Asia'
            if cls is None:
                cls = self.classify_partitive_subject(amt) or self.classify_anaphoric(amt)  # 'another five'
            if cls is None:
                cls = elliptical_subject(self, amt)  # '12 clinics. Five are ready, and the other 7 follow'
            if cls is None:
                cls = exchange_rate(self, amt)  # '7.7656 – 7.7848 against the US dollar'
            if cls is None:
                i = max(i + 1, amt.num_idx + 1)
                continue
            kind, unit, subject, end_idx = cls
            if is_someday(self, amt, kind, unit, end_idx):
                i = end_idx  # 'One day, ...', 'one day we would …': an idiom, not a period of one day
                continue
            if kind == "duration" and plan_name_numeral(self, amt, end_idx):
                i = end_idx  # 'the second 10-year Hospital Development Plan': part of the plan's name
                continue
            if kind not in ("money", "duration") and self.low(amt.start_idx - 1) in self.lex["rate_denominator_before"]:
                i = end_idx  # 'per 1,000 population', '$3.69 per 1,000km': the denominator of a rate
                continue
            if kind == "money" and (self.is_rate_base(amt, unit, out) or equated_base(self, amt)):
                i = end_idx  # 'HK$7.85 to US$1', '($1 = 7.8 Hong Kong dollars)': the base of an exchange rate
                continue
            base = equated_base_currency(self, amt) or quoted_rate_base(self, amt, end_idx) if kind == "money" else ""
            if base:  # '($1 = 7.7518 Hong Kong dollars)': the rate, a quantity
                kind, unit = "quantity", f"{self.default_currency if unit == '$' else unit} per {base}"
            if amt.in_words and amt.value == 0 and kind == "count" or \
                    kind not in ("money", "percent") and self.in_quote(amt.num_idx) and \
                    (amt.in_words or self.low(amt.end_idx) in self.lex["_range_dashes"] or self.title_word(amt.end_idx)):
                i = end_idx  # 'zero-carbon'; '“one zone, two parks”' is a slogan
                continue
            if kind == "count" and not unit and amt.scaled and not amt.in_words and self.listed_after_sum(amt, out):
                kind, unit = "money", out[-1].unit  # 'HKD3 billion and 1.2 billion': the list's currency
            inferred = kind == "money" and unit == "$"
            local = self.converted_dollar(amt.start_idx, out) if inferred else None  # 'HK$219 billion ($28 billion)'
            if inferred and local is None:
                local = converted_in_list(self, amt.start_idx, out)  # 'HK$500m (£45.8m, $63.9m, €51.9m)'
            if inferred and local is None:
                local = reserve_currency(self, amt.start_idx)  # 'foreign currency reserve assets of $443.5 billion'
            if inferred and amt.currency is None and local is None:
                local = self.sole_currency(out)  # 'Rp413.2 trillion, ... spending worth 196.1 trillion'
            fig = self.emit(amt.start_idx, end_idx, kind, amt.value, amt.value_max,
                            local or (self.default_currency if inferred else unit), subject, inferred and not local,
                            amt.qualifier)
            out += self.listed_with_unit(amt, fig) + [fig]  # 'five, 10 or 15 years': one figure each
            i = end_idx
        return out

    def read_suspended(self, amt: Amount) -> list[FigureMatch] | None:
        """'2- and 3-bedroom flats' (one figure each), 'a three- to seven-year horizon' (a range):
        a hyphen left hanging shares the unit written after the last number."""
        dashes = self.lex["_range_dashes"]
        k = amt.end_idx
        parts: list[Amount] = []
        cur = amt
        joiner = ""
        while not joiner:
            t = self.tok(k)
            if t is None or t.text not in dashes or not self.glued(k - 1, k) or \
                    self.glued(k, k + 1) and self.low(k + 1) != "," and not glued_joiner(self, k + 1):
                return None  # ('1-to 3-room': a joiner glued to the hanging hyphen, suspended_joiners_en)
            parts.append(cur)
            m = k + 1
            if self.low(m) == ",":
                m += 1
            joiner = self.lex["suspended_joiners"].get(self.low(m), "")
            m += 1 if joiner else 0
            nxt = self.read_amount(m, allow_to_range=False)
            if nxt is None or nxt.in_words != amt.in_words or nxt.currency:
                return None
            cur, k = nxt, nxt.end_idx
        if joiner == "range" and len(parts) > 1:
            return None
        if amt.currency:  # 'HK$1- to 2-billion': the second number's scale and the first's currency
            base = parse_number(cur.surface, self.lang)
            if joiner != "range" or not base or cur.value <= amt.value * cur.value / base:
                return None
            code = amt.currency if amt.currency != "$" else self.default_currency
            return [self.emit(amt.start_idx, cur.end_idx, "money", amt.value * cur.value / base, cur.value, code, "",
                              amt.currency == "$")]
        t = self.tok(cur.end_idx)  # '3- and 4- room flats': a space a conversion left after the last hyphen
        loose = t is not None and t.text in dashes and self.glued(cur.end_idx - 1, cur.end_idx)
        cls = self.classify_adjectival(cur, cur.end_idx) if loose else self.classify(cur)
        if cls is None or cls[0] in ("money", "percent", "fraction") or cls[0] == "ratio" and joiner != "range":
            return None
        kind, unit, subject, end_idx = cls
        if joiner == "range":
            if cur.value <= amt.value:
                return None  # '2- to 3-fold' is a ratio range
            return [self.emit(amt.start_idx, end_idx, kind, amt.value, cur.value, unit, subject)]
        out = [self.emit(p.start_idx, p.end_idx + 1, kind, p.value, None, unit, subject) for p in parts]
        return out + [self.emit(cur.start_idx, end_idx, kind, cur.value, cur.value_max, unit, subject)]

    def read_half_unit(self, i: int) -> FigureMatch | None:
        """'half a century' (50 years), 'half an hour', 'half a million visitors': half of one unit."""
        if self.toks[i].low != self.lex["half_word"]:
            return None
        if self.low(i + 1) == "-" and self.glued(i, i + 1) and self.glued(i + 1, i + 2) and \
                (self.low(i - 1) not in self.lex["half_not_after"] or self.low(i - 1) in self.lex["_articles"]):
            if self.low(i + 2) in self.lex["half_share_nouns"]:
                return self.emit(i, i + 3, "fraction", Decimal("0.5"), None, "", "")  # 'a half-price fare'
            unit = self.read_unit(i + 2)  # 'a half-month payment': a duration ('the first half-year' is a date,
            nxt = self.tok(unit[2]) if unit is not None else None  # 'by half-year' a frequency)
            if unit is not None and self.session_pair(self.toks[i + 2].low, self.toks[i].start):
                return None  # 'half-day places' in a text that also has 'whole-day' ones: a kind of session
            return self.emit(i, unit[2], unit[0], Decimal("0.5"), None, unit[1], "") if unit is not None and \
                unit[0] == "duration" and nxt is not None and nxt.kind == "word" and \
                nxt.low not in self.lex["_count_stopwords"] else None
        if self.low(i + 1) not in self.lex["_articles"]:
            return None
        unit = self.read_unit(i + 2)
        if unit is not None:
            return self.emit(i, unit[2], unit[0], Decimal("0.5"), None, unit[1], "")
        if self.read_percent(i + 2):  # 'half a percentage point'
            return self.emit(i, self.read_percent(i + 2), "percent", Decimal("0.5"), None, "", "")
        scale, k = self.read_scale(i + 2, False)
        dozen = self.lex["multiplier_words"].get(self.low(i + 2), 0)
        if scale == 1 and 1 < dozen < 100:  # 'half a dozen sites' = 6 (the lead's ruling, session 14)
            scale, k = Decimal(dozen), i + 3
        head = self.count_head(k) if scale != 1 else None
        if scale == 1:
            return None
        return self.emit(i, head[2] if head else k, "count", scale / 2, None, head[0] if head else "",
                         head[1] if head else "")

    def session_pair(self, word: str, pos: int) -> bool:
        """'half-day' and 'whole-day' / 'full-day' in one paragraph name two kinds of session (of schooling, care,
        service), not lengths of time (figure lexicon `half_session_counterparts`): a Policy Address paragraph on
        kindergartens names both kinds sentences apart, while a 'full-day' kindergarten paragraph leaves another
        paragraph's 'half-day seminar' a length of time (review-reven S2, session 19). A paragraph ends at a blank
        line or at a line break after a sentence's end (a wrapped line goes on)."""
        text = self.text
        lo = max((m.end() for m in _PARAGRAPH_END.finditer(text, 0, pos)), default=0)
        m = _PARAGRAPH_END.search(text, pos)
        alt = "|".join(re.escape(w) for w in self.lex["half_session_counterparts"])
        return re.compile(rf"(?i)\b(?:{alt})[-\u2011]{re.escape(word)}\b").search(
            text, lo, m.start() if m else len(text)) is not None

    def openers(self) -> list[int]:
        """Indices of the tokens the scan acts on: an amount, a fraction or a 'between' range may start there."""
        words, prefixes = self.lex["_figure_openers"], self.lex["_opening_prefixes"]
        toks = self.toks  # (tested column by column with map: no Python code runs per token)
        flags = map(or_, map(or_, map(_OPENING_KINDS.__contains__, map(_KIND, toks)),
                             map(prefixes.__contains__, map(_TEXT, toks))),
                    map(words.__contains__, map(_LOW, toks)))
        return list(compress(range(len(toks)), flags))

    def may_start_amount(self, i: int) -> bool:
        t = self.toks[i]
        return t.kind in ("num", "cur") or t.text in self.lex["_opening_prefixes"] or t.low in self.lex["_amount_words"]

    def read_between(self, i: int, joiner: str = "") -> FigureMatch | None:
        """'between 5 and 10 years', 'between $150 billion and $195 billion', 'between 5% and 10%'; with `joiner`,
        the range after 'the range of' at i ('2% and 2.25%', its text from the first number)."""
        first = self.read_amount(i + 1, allow_to_range=False)
        if first is None:
            return None
        k = first.end_idx
        k = self.read_percent(k) or self.unit_end(k) or k
        if self.low(k) != (joiner or self.lex["range_between"][self.low(i)]) and \
                self.low(k) not in self.lex["range_between_also"]:
            return None  # ('between 50% to 15%' is the same band)
        second = self.read_amount(k + 1, allow_to_range=False)
        if second is None:
            return None
        cls = self.classify(second)
        if cls is None:
            return None
        kind, unit, subject, end_idx = cls
        value = first.value
        if not first.scaled and second.scaled:
            value *= second.value / (parse_number(second.surface, self.lang) or Decimal(1))
        if second.value == value or first.currency not in (None, second.currency):
            return None
        inferred = kind == "money" and unit == "$"  # 'between 50% and 15%' (tapering) spans the same band
        return self.emit(i + 1 if joiner else i, end_idx, kind, min(value, second.value), max(value, second.value),
                         self.default_currency if inferred else unit, subject, inferred)


def parse_number(surface: str, lang: str = "en") -> Decimal | None:
    return parse_digits(surface) or parse_words(surface, lang)


def find_figures(text: str, default_currency: str = "HKD", lang: str = "en") -> list[FigureMatch]:
    """Every figure the rules find in `text`, in text order (a flattened table's bare cells in its declared unit)."""
    found = without_life_expectancy_ages(text, Scanner(spaced_money_compounds(text), default_currency, lang).scan(), lang)
    found = with_unit_and_half(text, with_article_durations(text, found, lang), lang)
    found = without_birth_ages(text, found) if lang == "en" else found  # 'from birth to two years': an age
    found = without_school_grades(text, found) if lang == "en" else found  # 'each primary one cohort': a label
    found = without_age_values(text, found) if lang == "en" else found  # 'the qualifying age from 65 to 67 years'
    return with_table_cells(text, found, default_currency)
