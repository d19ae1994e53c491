"""Text → `FigureMatch` list: the shapes a stated quantity takes (money, counts, measures, percentages,
fractions, ratios, durations, ranges), read with the primitives of `reader`, `labels` and `forms`.

spaCy's entities only add confidence (see `extract`); values are Decimal throughout.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import compress
from operator import itemgetter, or_

from pipeline.extract.figures.currency import infer_currency
from pipeline.extract.figures.match import Amount, FigureMatch
from pipeline.extract.figures.numbers import parse_digits, parse_words
from pipeline.extract.figures.shapes import ShapeReader

__all__ = ["Amount", "FigureMatch", "Scanner", "find_figures", "infer_currency", "parse_number"]

_OPENING_KINDS = frozenset(("num", "cur"))
_TEXT, _KIND, _LOW = itemgetter(0), itemgetter(3), itemgetter(4)  # Tok fields
_GROUPED = re.compile(r"[0-9][, \u00a0][0-9]{3}")  # '12,500', '10 000': a count even without a noun


class Scanner(ShapeReader):
    """One pass over a text's tokens, producing FigureMatch records."""

    def __init__(self, text: str, default_currency: str = "HKD", lang: str = "en") -> None:
        super().__init__(text, lang)
        self.default_currency = default_currency
        self.used: set[int] = set()
        self.last_count: tuple[int, str, str] | None = None  # (end index, unit, kind) of the last count or %

    # -- amounts ------------------------------------------------------------------------
    def read_amount(self, i: int, allow_to_range: bool = True) -> Amount | None:
        """[currency] number [scale] [(-|to) [currency] number [scale]] [currency word]."""
        code: str | None = None
        j = i
        cur = self.read_currency_before(i)
        if cur is not None:
            code, j = cur
            code = self.symbol_currency(self.toks[i].text, code, self.toks[i].start)  # '¥': yen or yuan
        num = self.read_number(j)
        if num is None:
            return None
        value, k, in_words, scaled = num
        if not in_words and self.is_label_number(j) or \
                in_words and self.low(j - 1) in self.lex["_label_words_before_number_words"] and j == i:
            return None  # 'Cap. 622'; 'phase two of the plan', 'Stage Three': a label spelt out
        scale, k = self.read_scale(k, code is not None)
        value *= scale
        amt = Amount(i, j, k, value, None, code, scaled or scale != 1, in_words, self.toks[j].text)
        self.read_range_end(amt, scale, allow_to_range)
        sign = self.tok(i - 1)
        if sign is not None and (sign.text in self.lex["minus_signs"] or sign.text in self.lex["plus_signs"]) and \
                self.glued(i - 1, i) and (not self.glued(i - 2, i - 1) or self.toks[i - 2].text in "([") and \
                not in_words and amt.value_max is None and (i - 1) not in self.used:
            # 'growth of -2.3%', '(-19%)'; '(+34%)' keeps its sign in the text
            amt.start_idx = i - 1
            if sign.text in self.lex["minus_signs"]:
                amt.value = -amt.value
        if amt.currency is None or amt.currency == "$":
            after = self.read_currency_after(amt.end_idx)
            if after is not None and (amt.currency is None or after[0] != "$"):
                amt.currency, amt.end_idx = after
        if amt.currency is None:
            for phrase, code in self.lex["currency_subunits"].items():  # '80 HK cents' = HKD 0.80
                n = self.words_match(amt.end_idx, phrase)
                if n:
                    amt.currency, amt.end_idx = code, amt.end_idx + n
                    amt.value, amt.value_max = amt.value / 100, None if amt.value_max is None else amt.value_max / 100
                    break
        return amt

    def read_range_end(self, amt: Amount, scale: Decimal, allow_to_range: bool) -> None:
        """Extend `amt` over '-2 billion', ' to 7', '% to 30%' (a unit written on both ends)."""
        k = amt.end_idx
        repeated = self.read_percent(k) or self.unit_end(k)
        if repeated:
            k = repeated
        t = self.tok(k)
        if t is None:
            return
        dash = t.text in self.lex["_range_dashes"]
        if not (dash and (repeated or self.glued(k - 1, k) == self.glued(k, k + 1))
                or t.low in self.lex["_range_to"] and t.low != self.lex["number_joiner"] and allow_to_range):
            return
        m = k + 1
        currency = amt.currency
        c2 = self.read_currency_before(m)
        if c2 is not None:
            if currency not in (None, c2[0]) or repeated:
                return
            currency, m = c2
        n2 = self.read_number(m)
        if n2 is None or n2[2] != amt.in_words or (not n2[2] and self.is_label_number(m, range_end=True)):
            return
        scale2, m2 = self.read_scale(n2[1], currency is not None)
        if amt.currency is None and scale == 1 and not amt.in_words and self.is_year(amt.surface) and \
                (c2 is not None or scale2 != 1):
            return  # 'from HK$3.0 billion at the end of 2013 to HK$3.2 billion': a time, then the new value
        if repeated:
            again = self.read_percent(m2) or self.unit_end(m2)
            if not again or self.text[self.toks[amt.end_idx].start:self.toks[repeated - 1].end].lower() != \
                    self.text[self.toks[m2].start:self.toks[again - 1].end].lower():
                return
        value = amt.value * scale2 if scale == 1 and scale2 != 1 else amt.value
        vmax = n2[0] * scale2
        if value >= vmax and scale == 1 and scale2 != 1 and _GROUPED.search(amt.surface) and amt.value < vmax:
            value = amt.value  # '700,000 to 1.1 million people': a grouped number already states its size
        if not dash and (c2 is not None and vmax > 2 * value or vmax >= 10 * value) and \
                (self.by_change(amt.start_idx) or self.change_amount_before(amt.start_idx)):
            return  # 'rise by S$1.3 billion to S$7.1 billion', 'an increase of 6 400 to 3 703 300': the
            # increment, then the level reached (a range's ends are of one size: 'rose by 2 to 3 per cent')
        if vmax > value:
            amt.value, amt.value_max, amt.end_idx, amt.currency = value, vmax, m2, currency
            amt.scaled = amt.scaled or scale2 != 1 or n2[3]

    # -- classification --------------------------------------------------------------------
    def is_name_number(self, amt: Amount) -> bool:
        """'the 14th Five-Year Plan', 'the Two Sessions': a written number inside a capitalized name."""
        first = self.toks[amt.num_idx]
        if not amt.in_words or not first.text[:1].isupper():
            return False
        prev = self.tok(amt.num_idx - 1)
        if prev is not None and prev.kind == "word" and prev.text[:1].isupper() and \
                not self.sentence_initial(amt.num_idx) and prev.low not in self.lex["_sentence_openers"]:
            return True  # 'the Big Four firms', 'Group of Seven'
        k = amt.end_idx
        while self.tok(k) is not None and self.toks[k].text == "-":
            k += 1
        nxt = self.tok(k)
        if nxt is None or not nxt.text[:1].isupper():
            return False
        if not self.sentence_initial(amt.num_idx):
            return True
        while self.tok(k) is not None and (self.toks[k].text[:1].isupper() or self.toks[k].text == "-"):
            k += 1
        return self.low(k - 1) in self.lex["_name_heads"]

    def classify(self, amt: Amount) -> tuple[str, str, str, int] | None:
        """Decide kind/unit/subject of an amount → (kind, unit, subject, end index) or None."""
        k = amt.end_idx
        value = amt.value
        nxt = self.tok(k)
        if self.is_name_number(amt):
            return None
        if amt.currency:
            if nxt is not None and nxt.low in self.lex["_name_heads"] and nxt.text[:1].isupper() and not amt.scaled:
                return None  # 'the $2 Scheme'
            return "money", amt.currency, "", k
        p = self.read_percent(k)
        if p:
            return "percent", "", "", p
        if nxt is not None and nxt.text in self.lex["_range_dashes"] and self.glued(k - 1, k) and self.glued(k, k + 1):
            return self.classify_adjectival(amt, k)
        if self.low(k) in self.lex["number_fillers"] and (self.read_unit(k + 1) or self.count_head(k + 1)):
            k += 1  # 'two more hospitals', 'five more years'
        unit = self.read_unit(k)
        if unit is not None and k > 0 and "\n\n" in self.text[self.toks[k - 1].end:self.toks[k].start]:
            unit = None  # a unit never starts the next paragraph: 'from 2010 to 2012' over a table's 'Year'
        if unit is not None:
            if self.is_year(amt.surface) and not amt.value_max or self.is_process_node(k, unit[2]) or \
                    unit[0] == "duration" and self.low(unit[2]) in self.lex["age_after"]:
                return None  # '40 years old': an age, a point on a scale
            return unit[0], unit[1], "", unit[2]
        if self.is_year(amt.surface) or (amt.surface.startswith("0") and amt.surface[:2] != "0." and len(amt.surface) > 1):
            return None
        ratio = self.read_ratio(amt, k)
        if ratio is not None:
            return ratio
        if self.is_rank_cutoff(amt.num_idx) or self.is_company_name(amt.num_idx, k):
            return None  # 'the top 10 companies', '65 Equity Partners'
        implied = self.implied_noun(amt.num_idx, k)
        if implied:
            return "count", implied, "", k  # 'a family of four'
        q_after, k2 = self.qualifier_after(k)
        unit = self.read_unit(k2) if q_after else None
        if unit is not None:  # '3 or more years'
            amt.qualifier = q_after
            return unit[0], unit[1], "", unit[2]
        head = self.count_head(k2) if q_after else None
        if head is not None:  # 'one or more dedicated companies', '3 or more bedrooms'
            amt.qualifier = q_after
            return "count", head[0], head[1], head[2]
        head = self.count_head(k)
        if head is not None and value != 1:
            unit_name, subject, end = head
            duration = self.lex["units"].get(unit_name)
            if duration is not None and duration[0] == "duration":  # 'three school years'
                return "duration", duration[1], subject, end
            return "count", unit_name, subject, end
        of = self.lex["of_word"]
        if value != 1 and self.low(k) == of and self.low(k + 1) in self.lex["partitive_pronouns"]:
            return "count", "", "", k + 2  # '16 of them'
        if value != 1 and self.low(k) == of and self.low(k + 1) in self.lex["_determiners"]:
            later = self.read_number(k + 2)  # '16 of the 20 projects': the count takes the later noun
            head = self.count_head(later[1] if later is not None else k + 2)
            return "count", head[0] if head else "", "", k
        if amt.scaled and not amt.in_words and self.money_subject(amt.start_idx):
            return "money", "$", "", k  # 'the revised estimate is 611.4 billion': a sum with its '$' left out
        noun = "" if amt.in_words else self.number_of_noun(amt.start_idx)  # 'the number of places ... by 100'
        if noun or amt.scaled or _GROUPED.search(amt.surface) or \
                (self.qualifier_before(amt.start_idx)[0] and not amt.in_words and value >= 2):
            return "count", noun, "", k
        return None

    # -- the scan ------------------------------------------------------------------------------
    def emit(self, start_idx: int, end_idx: int, kind: str, value: Decimal, value_max: Decimal | None,
             unit: str, subject: str, currency_inferred: bool = False, inner_qualifier: str = "") -> FigureMatch:
        qualifier, qstart = self.qualifier_before(start_idx)
        qual_after, qend = self.qualifier_after(end_idx)
        if qual_after and not qualifier:
            qualifier, end_idx = qual_after, qend
        qualifier = qualifier or inner_qualifier
        if qualifier == "under" and kind == "count" and unit in self.lex.get("under_preposition_units", ()):
            qualifier, qstart = "", start_idx  # 'policies under four broad directions': a preposition
        for n in range(qstart, end_idx):
            self.used.add(n)
        multiple = self.lex["unit_multiples"].get(unit)
        if multiple is not None:  # 'two decades' = 20 years
            unit, factor = multiple[0], Decimal(multiple[1])
            value, value_max = value * factor, None if value_max is None else value_max * factor
        if kind in ("count", "percent"):
            self.last_count = (end_idx, unit, kind)
        return FigureMatch(self.toks[qstart].start, self.toks[end_idx - 1].end, kind, value, value_max,
                           unit, qualifier, subject, currency_inferred)

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
            suspended = self.read_suspended(amt)
            if suspended is not None:
                out += suspended
                i = max(self.used) + 1
                continue
            cls = self.classify(amt)
            if cls is None and change:
                cls = self.classify_from_second(amt)
            one = amt.value == 1 and (amt.in_words or amt.surface == "1")  # 'one flat', '1 industrial site'
            if (cls is None or cls[0] == "count") and one and not amt.scaled \
                    and not amt.qualifier and amt.value_max is None and amt.currency is None:
                cls = self.classify_one(amt)  # 'more than one flat', 'one restricted licence bank'
            if cls is None:
                cls = self.classify_elliptical(amt)  # '... one bank from Europe and one from Asia'
            if cls is None:
                cls = self.classify_partitive_subject(amt) or self.classify_anaphoric(amt)  # 'another five'
            if cls is None:
                i = max(i + 1, amt.num_idx + 1)
                continue
            kind, unit, subject, end_idx = cls
            if amt.in_words and amt.value == 1 and kind == "duration" and self.sentence_initial(amt.start_idx) \
                    and self.low(end_idx) == ",":
                i = end_idx  # 'One day, ...': an idiom, not a period of one day
                continue
            if kind not in ("money", "duration") and self.low(amt.start_idx - 1) in self.lex["rate_denominator_before"]:
                i = end_idx  # 'per 1,000 population', '$3.69 per 1,000km': the denominator of a rate
                continue
            if kind == "money" and self.is_rate_base(amt, unit, out):
                i = end_idx  # 'HK$7.85 to US$1': the base of an exchange rate, not a sum
                continue
            if amt.in_words and amt.value == 0 and kind == "count" or \
                    kind not in ("money", "percent") and self.in_quote(amt.num_idx) and \
                    (amt.in_words or self.low(amt.end_idx) in self.lex["_range_dashes"] or self.title_word(amt.end_idx)):
                i = end_idx  # 'zero-carbon'; '“one zone, two parks”' is a slogan
                continue
            if kind == "count" and not unit and amt.scaled and not amt.in_words and self.listed_after_sum(amt, out):
                kind, unit = "money", out[-1].unit  # 'HKD3 billion and 1.2 billion': the list's currency
            inferred = kind == "money" and unit == "$"
            local = self.converted_dollar(amt.start_idx, out) if inferred else None  # 'HK$219 billion ($28 billion)'
            if inferred and amt.currency is None and local is None:
                local = self.sole_currency(out)  # 'Rp413.2 trillion, ... spending worth 196.1 trillion'
            out.append(self.emit(amt.start_idx, end_idx, kind, amt.value, amt.value_max,
                                 local or (self.default_currency if inferred else unit), subject,
                                 inferred and not local, amt.qualifier))
            i = end_idx
        return out

    def title_word(self, i: int) -> bool:
        """A capitalised word at token i: in a quotation, '“3060 Dual Carbon Targets”' is a name."""
        t = self.tok(i)
        return t is not None and t.kind == "word" and t.text[:1].isupper() and not t.text.isupper()

    def classify_one(self, amt: Amount) -> tuple[str, str, str, int] | None:
        """A lone 'one' counts when a qualifier makes it a threshold ('at least one employee') or when
        it reports a statistic mid-sentence ('licences to one bank'); not 'one of', 'one-stop', 'One ...'."""
        i, k = amt.num_idx, amt.end_idx
        if self.low(k) == "or" and self.low(k + 1) == "no" and not self.glued(k - 1, k):
            head = self.singular_head(k + 2)  # 'who own one or no property': a threshold of one
            return ("count", head[0], "", head[1]) if head and not self.looks_plural(head[0]) else None
        if self.glued(k - 1, k) or not self.one_counts(i, k):
            return None
        qualified = bool(self.qualifier_before(amt.start_idx)[0]) or self.low(i - 1) in self.lex["qualifiers_ignored"]
        if self.sentence_initial(amt.start_idx) and not qualified and amt.in_words:
            return None  # 'One key task is ...': a sentence opener, not a statistic
        head = self.singular_head(k)
        if head is None or self.looks_plural(head[0]) or self.low(head[1]) == self.lex["of_word"] and not qualified:
            return None  # 'one part of the plan' reads like 'one of'
        phrase = self.text[self.toks[k].start:self.toks[head[1] - 1].end]
        prev = self.tok(amt.start_idx - 1)
        if not amt.in_words and (not phrase.islower() or prev is not None and prev.kind == "word" and
                                 prev.low not in self.lex["_count_stopwords"] and not self.sentence_initial(amt.start_idx)):
            return None  # '1 Harbour Road' (an address), 'exposures 1 rose' (a footnote): not a count
        duration = self.lex["units"].get(head[0])
        if duration is not None and duration[0] == "duration":
            return "duration", duration[1], phrase, head[1]  # 'one full year', as 'two full years'
        return "count", head[0], phrase, head[1]

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
                    self.glued(k, k + 1) and self.low(k + 1) != ",":
                return None
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
            unit = self.read_unit(i + 2)  # 'a half-month payment': a duration ('the first half-year' is a date,
            nxt = self.tok(unit[2]) if unit is not None else None  # 'by half-year' a frequency)
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
        head = self.count_head(k) if scale != 1 else None
        if scale == 1:
            return None
        return self.emit(i, head[2] if head else k, "count", scale / 2, None, head[0] if head else "",
                         head[1] if head else "")

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

    def classify_from_second(self, amt: Amount) -> tuple[str, str, str, int] | None:
        """'enlarged from 14.92 to 120.56 square kilometres': the first end takes the second's unit."""
        to = amt.end_idx if self.low(amt.end_idx) in self.lex["_range_to"] else self.time_gap_end(amt.end_idx)
        if to is None:
            return None
        second = self.read_amount(to + 1, allow_to_range=False)
        if second is None or second.in_words != amt.in_words:
            return None
        cls = self.classify(second)
        if cls is None or cls[0] == "ratio" or cls[0] == "count" and not cls[1]:
            return None  # an increase of a count ('from 16 to 19 seats') takes the count's noun
        return cls[0], cls[1], "", amt.end_idx

    def time_gap_end(self, k: int) -> int | None:
        """'from 900 in 2010 to 2,300', 'from 80 at the end of 2013 to 95': the 'to' after a time phrase
        that dates the first end of a change (its index), or None."""
        words, dated = self.lex.get("_change_time_gap_words", set()), False
        for n in range(k, min(k + 8, self.n)):
            t = self.toks[n]
            if n > k and t.low in self.lex["_range_to"]:
                return n if dated else None
            if t.kind == "num" and self.is_year(t.text) or t.low in self.lex["_months"] or t.low == "year":
                dated = True
            elif t.low not in words and not (t.text == "-" and self.glued(n - 1, n) and self.glued(n, n + 1)):
                return None
        return None

    def read_between(self, i: int) -> FigureMatch | None:
        """'between 5 and 10 years', 'between $150 billion and $195 billion', 'between 5% and 10%'."""
        first = self.read_amount(i + 1, allow_to_range=False)
        if first is None:
            return None
        k = first.end_idx
        k = self.read_percent(k) or self.unit_end(k) or k
        if self.low(k) != self.lex["range_between"][self.low(i)]:
            return None
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
        if second.value <= value or first.currency not in (None, second.currency):
            return None
        inferred = kind == "money" and unit == "$"
        return self.emit(i, end_idx, kind, value, second.value, self.default_currency if inferred else unit,
                         subject, inferred)


def parse_number(surface: str, lang: str = "en") -> Decimal | None:
    return parse_digits(surface) or parse_words(surface, lang)


def find_figures(text: str, default_currency: str = "HKD", lang: str = "en") -> list[FigureMatch]:
    """Every figure the rules find in `text`, in text order."""
    return Scanner(text, default_currency, lang).scan()
