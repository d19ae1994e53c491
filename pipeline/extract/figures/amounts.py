"""Token index → one amount and its kind: the number (with its range end, scale and currency) read at a position and
classified as money, count, measure, percentage, fraction, ratio or duration by the noun, unit or context after
it; `emit` makes the `FigureMatch`. The layer of `english.Scanner` below its scan (split from english.py)."""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.extract.figures.epithets_en import group_epithet
from pipeline.extract.figures.group_notes import split_group_notes
from pipeline.extract.figures.qualifier_words import topic_or_stretch_qualifier
from pipeline.extract.figures.headings import counted_name, heading_count, name_part_count
from pipeline.extract.figures.match import Amount, FigureMatch
from pipeline.extract.figures.numbers import parse_digits
from pipeline.extract.figures.percent_names import percent_in_name
from pipeline.extract.figures.rank_superlatives import superlative_cutoff
from pipeline.extract.figures.shapes import ShapeReader
from pipeline.extract.figures.suffix_currency import suffix_currency_holds

_GROUPED = re.compile(r"[0-9][, \u00a0][0-9]{3}")  # '12,500', '10 000': a count even without a noun


class AmountReader(ShapeReader):
    """Reads and classifies one amount at a time; keeps the scan's state (`used`, `last_count`)."""

    def __init__(self, text: str, default_currency: str = "HKD", lang: str = "en") -> None:
        super().__init__(text, lang)
        self.toks = split_group_notes(text, self.toks)  # '$420,0008.': the glued footnote digit dropped
        self.default_currency = default_currency
        self.used: set[int] = set()
        self.last_count: tuple[int, str, str] | None = None  # (end index, unit, kind) of the last count or %
        self.last_noun_count: tuple[int, str] | None = None  # (end index, unit) of the last count with a noun
        self.noun_counts: list[tuple[int, str]] = []  # every (end index, unit) of a count with a noun, in order

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
        if in_words and self.low(k) == "(" and self.low(k + 2) == ")" and self.tok(k + 1) is not None and \
                self.toks[k + 1].kind == "num" and parse_digits(self.toks[k + 1].text) == value:
            k += 3  # 'nine (9) activities': a number in words restated in digits is one number
        elif not in_words and self.low(k) == "(":
            back = self.read_number(k + 1)  # '3 (three) meetings': digits restated in words (review-reven S5)
            if back is not None and back[2] and back[0] == value and self.low(back[1]) == ")":
                k = back[1] + 1
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
        elif sign is not None and self.low(i - 1) in self.lex["minus_words"] and self.low(i - 2) != "or" and \
                amt.value_max is None and (i - 1) not in self.used and not self.figure_ends_at(i - 2):
            amt.start_idx, amt.value = i - 1, -amt.value  # 'fell to minus 2.5 per cent': the word is the sign
            # ('$10 billion minus $2 billion', '5% minus 2%': a figure before the word, which subtracts)
        if amt.currency is None or amt.currency == "$":
            after = self.read_currency_after(amt.end_idx)
            if after is not None and (amt.currency is None or after[0] != "$") and \
                    suffix_currency_holds(self, amt.end_idx, after[1]):
                amt.currency, amt.end_idx = after
        if amt.currency is None:
            for phrase, code in self.lex["currency_subunits"].items():  # '80 HK cents' = HKD 0.80
                n = self.words_match(amt.end_idx, phrase)
                if n:
                    amt.currency, amt.end_idx = code, amt.end_idx + n
                    amt.value, amt.value_max = amt.value / 100, None if amt.value_max is None else amt.value_max / 100
                    break
        return amt

    def figure_ends_at(self, k: int) -> bool:
        """A figure ends at token `k`: a number, or the last token of a figure already read ('5%', '$10 billion')."""
        t = self.tok(k)
        return t is not None and (t.kind == "num" or k in self.used)

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
        alternative = t.low in self.lex["range_or"] and not repeated and scale == 1 and amt.currency is None and \
            not self.is_year(amt.surface) and not self.listed_number_before(amt.start_idx)  # 'one or two years' (not
        # 'US$3 billion or 4.5 billion', nor the last two of a list: 'five, 10 or 15 years')
        if not (dash and (repeated or self.glued(k - 1, k) == self.glued(k, k + 1))
                or (t.low in self.lex["_range_to"] and t.low != self.lex["number_joiner"] or alternative) and allow_to_range):
            return
        m = k + 1
        if not dash:  # 'in the price range of 2% to less than 2.25%': a band open at its upper end
            m += next((n for n in map(lambda w: self.words_match(m, w), self.lex.get("range_open_ends", ())) if n), 0)
        currency = amt.currency
        c2 = self.read_currency_before(m)
        if c2 is not None:
            if currency not in (None, c2[0]) or repeated:
                return
            currency, m = c2
        n2 = self.read_number(m)
        if n2 is None or n2[2] != amt.in_words and not (amt.in_words and amt.value < 10 <= n2[0]) or \
                (not n2[2] and self.is_label_number(m, range_end=True)):  # 'six to 12 months': words below ten
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
                (self.by_change(amt.start_idx) or self.change_amount_before(amt.start_idx) or
                 c2 is not None and self.far_by_change(amt.start_idx)):  # 'raising the ceiling ... by $1,000 to $4,000'
            return  # 'rise by S$1.3 billion to S$7.1 billion', 'an increase of 6 400 to 3 703 300': the
            # increment, then the level reached (a range's ends are of one size: 'rose by 2 to 3 per cent')
        if not dash and c2 is None and vmax >= 3 * value and not self.read_percent(m2) and \
                self.far_by_change(amt.start_idx):
            return  # 'increase the number of vouchers by 4 000 to 16 000': a unit written once at the end
            # ('cut by 1 to 3 per cent') keeps the range
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
        if self.is_name_number(amt) and not heading_count(self, amt.num_idx) and not counted_name(self, amt.num_idx):
            return name_part_count(self, amt.num_idx, k)  # ('Ten Major Infrastructure Projects' as a heading counts)
        if group_epithet(self, amt):
            return None  # 'one of the four little dragons': a group's nickname, no count
        if amt.currency:
            if nxt is not None and nxt.low in self.lex["_name_heads"] and nxt.text[:1].isupper() and not amt.scaled:
                return None  # 'the $2 Scheme'
            return "money", amt.currency, "", k
        p = self.read_percent(k)
        if p and percent_in_name(self, amt.start_idx, p):
            return None  # 'the 90 per cent Guarantee Product', 'the 80% Guarantee Scheme' (DECISIONS 10)
        if p:
            return "percent", "", "", p
        if nxt is not None and nxt.text in self.lex["_range_dashes"] and self.glued(k - 1, k) and \
                (self.glued(k, k + 1) or self.line_wrapped(k)):
            return self.classify_adjectival(amt, k)
        if self.low(k) in self.lex["number_fillers"] and (self.read_unit(k + 1) or self.count_head(k + 1)):
            k += 1  # 'two more hospitals', 'five more years'
        unit = self.read_unit(k)
        if unit is not None and k > 0 and "\n\n" in self.text[self.toks[k - 1].end:self.toks[k].start]:
            unit = None  # a unit never starts the next paragraph: 'from 2010 to 2012' over a table's 'Year'
        if unit is not None:
            if self.is_year(amt.surface) and not amt.value_max or self.is_process_node(k, unit[2]) or \
                    unit[0] == "duration" and (self.low(unit[2]) in self.lex["age_after"] or
                                               self.words_match(unit[2], "of age") or
                                               self.open_age(amt.start_idx - 1, unit[2])):
                return None  # '40 years old', '75 years of age', 'each Singaporean 25 years and above': an age, a point
                # on a scale
            return unit[0], unit[1], "", unit[2]
        if self.is_year(amt.surface) or (amt.surface.startswith("0") and amt.surface[:2] != "0." and len(amt.surface) > 1):
            return None
        ratio = self.read_ratio(amt, k)
        if ratio is not None:
            return ratio
        if self.is_rank_cutoff(amt.num_idx) or self.is_company_name(amt.num_idx, k) or superlative_cutoff(self, amt.num_idx):
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
            inner = self.read_number(k)  # 'three five-year periods': the adjectival figure inside is one of its own
            if inner is not None and self.low(inner[1]) in self.lex["_range_dashes"] and self.glued(inner[1] - 1, inner[1]):
                end = k
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
        noun = self.number_of_noun(amt.start_idx) if not amt.in_words or \
            self.low(amt.start_idx - 1) in self.lex["number_of_words_before_spelt"] else ""  # '... by 100', '... to five'
        if noun or amt.scaled or _GROUPED.search(amt.surface) or \
                (self.qualifier_before(amt.start_idx)[0] and not amt.in_words and value >= 2):
            return "count", noun, "", k
        return None

    def open_age(self, before: int, after: int) -> bool:
        """'each Singaporean 25 years and above', 'workers 50 years or older': a person noun or demonym, then 'N
        years' and an open end (age_open_after) — an age limit, not a length of time (GUIDELINES: ages are points)."""
        word = self.tok(before)
        person = word is not None and (word.low in self.lex["age_person_nouns"] or word.text[:1].isupper() and
                                       word.low.endswith(("ean", "eans", "ian", "ians")))  # no 'Loans', 'Plans'
        return person and any(self.words_match(after, p) for p in self.lex["age_open_after"])

    # -- the scan ------------------------------------------------------------------------------
    def bare_number_at(self, k: int) -> Decimal | None:
        """The value of a number of one token at k that no figure took and that is no year or label, else None."""
        t = self.tok(k)
        if t is None or k in self.used or self.is_year(t.text) or self.is_label_number(k):
            return None
        if t.kind == "num":
            return parse_digits(t.text)
        units: dict[str, int] = self.lex["number_words"]
        return Decimal(units[t.low]) if t.kind == "word" and t.low in units else None

    def listed_number_before(self, i: int) -> bool:
        """A comma and a bare number right before token i ('five, 10 or 15 years' at '10'): i is in a list."""
        return self.low(i - 1) == "," and self.bare_number_at(i - 2) is not None

    def listed_with_unit(self, amt: Amount, fig: FigureMatch) -> list[FigureMatch]:
        """'periods of five, 10 or 15 years', '3, 5 and 8 per cent': the bare numbers listed before the figure `fig`
        (read at `amt`) with commas and 'and' / 'or' share the unit written once after the last, one figure each
        (GUIDELINES: each occurrence is an entry); 'two or three years' alone is range_or's range."""
        k = amt.start_idx - 1
        if fig.kind == "money" or amt.value_max is not None or amt.value == 0 or \
                self.low(k) not in self.lex["conjunctions"]:
            return []
        k -= 2 if self.low(k - 1) == "," else 1
        items: list[tuple[int, Decimal]] = []
        while (value := self.bare_number_at(k)) is not None:
            items.append((k, value))
            if self.low(k - 1) != "," or self.tok(k - 2) is None:
                break
            k -= 2
        if not items or self.low(amt.start_idx - 1) == "or" and len(items) < 2:
            return []
        factor = fig.value / amt.value  # 'two, three or four decades': the unit's multiple as applied to the last
        return [FigureMatch(self.toks[j].start, self.toks[j].end, fig.kind, v * factor, None, fig.unit, "", fig.subject)
                for j, v in reversed(items)]

    def emit(self, start_idx: int, end_idx: int, kind: str, value: Decimal, value_max: Decimal | None,
             unit: str, subject: str, currency_inferred: bool = False, inner_qualifier: str = "") -> FigureMatch:
        qualifier, qstart = self.qualifier_before(start_idx)
        qual_after, qend = self.qualifier_after(end_idx)
        if qual_after and self.low(end_idx) == "plus" and not (
                kind == "count" and qend < self.n and self.toks[qend].kind == "word" and self.count_head(qend)):
            qual_after = ""  # '$300 plus allowances', '2% plus a margin': a sum; only '8 800 plus units' is a bound
        if qual_after and not qualifier:
            qualifier, end_idx = qual_after, qend
        qualifier = qualifier or inner_qualifier
        if qualifier and qstart < start_idx and not topic_or_stretch_qualifier(self, qstart, kind, qualifier):
            qualifier, qstart = "", start_idx  # 'talked about two enablers', 'given out over four months'
        if qualifier == "under" and kind == "count" and unit in self.lex.get("under_preposition_units", ()):
            qualifier, qstart = "", start_idx  # 'policies under four broad directions': a preposition
        for n in range(qstart, end_idx):
            self.used.add(n)
        multiple = self.lex["unit_multiples"].get(unit)
        if multiple is not None:  # 'two decades' = 20 years; '25 basis points' = 0.25 (percentage points)
            unit, factor, kind = multiple[0], Decimal(multiple[1]), multiple[2] if len(multiple) > 2 else kind
            value, value_max = value * factor, None if value_max is None else value_max * factor
        if kind in ("count", "percent"):
            self.last_count = (end_idx, unit, kind)
        if kind == "count" and unit:
            self.last_noun_count = (end_idx, unit)
            self.noun_counts.append((end_idx, unit))
        return FigureMatch(self.toks[qstart].start, self.toks[end_idx - 1].end, kind, value, value_max,
                           unit, qualifier, subject, currency_inferred)

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

    def classify_from_second(self, amt: Amount) -> tuple[str, str, str, int] | None:
        """'enlarged from 14.92 to 120.56 square kilometres': the first end takes the second's unit."""
        to = amt.end_idx if self.low(amt.end_idx) in self.lex["_range_to"] else self.time_gap_end(amt.end_idx)
        if to is None:
            return None
        second = self.read_amount(to + 1, allow_to_range=False)
        if second is None or second.in_words != amt.in_words and not (  # 'from seven to 10 years': news style
                amt.in_words and second.value >= self.lex.get("ratio_in_digit_min", 0)):
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
