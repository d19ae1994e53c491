"""Figure tokens → the long-tail forms real documents use (issue 14): multiples ('nearly double',
'twice the size'), a lone 'one' that counts, implied nouns ('a family of four'), quoted slogans,
company names that are numbers, process-node labels and a currency symbol shared by two currencies.

Each reader answers one question at one token; `english.Scanner` decides what to emit. Every word
list comes from the figure lexicon (pipeline/data/figure_lexicon.<lang>.json).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import cached_property

from pipeline.extract.figures.existential_one_en import existential_one
from pipeline.extract.figures.frequency_words_en import multiplies_phrase
from pipeline.extract.figures.labels import LabelReader
from pipeline.extract.figures.match import Amount, FigureMatch
from pipeline.extract.figures.their_number import their_number_antecedent


_LIST_JOIN = re.compile(r",? *(?:and|or) +|, +")  # 'X billion and Y billion', 'X billion, Y billion'
# a phrase in straight single quotes ("the 'one country, two systems' principle"): the opening mark follows no letter
# and comes before one, the closing mark comes after a letter and before none ("Macao's", "workers' pay" open nothing)
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=\w)[^'\n]*(?<=\w)'(?!\w)")
_ONE_THE_OTHER = re.compile(r"[^.;:!?]{0,80}?\b(?:and|while|whereas|but)\s+the\s+other\b", re.IGNORECASE)


class FormReader(LabelReader):
    """Readers for the forms a figure takes beyond '[currency] number [scale] unit|noun'."""

    last_count: tuple[int, str, str] | None  # set by the scanner: (end index, unit, kind) of the last count or %
    partitive_subject_end: int | None = None  # where the last 'among them, 16 have ...' count ended
    default_currency: str  # set by the scanner: what a bare '$' means in this text

    # -- elliptical numbers ('... one incorporated outside', '216 examinations compared with 142') ------
    def classify_elliptical(self, amt: Amount) -> tuple[str, str, str, int] | None:
        """'one bank incorporated in Hong Kong and one incorporated outside': a number with no noun right
        after a count it is coordinated with takes that count's noun; after a comparison ('216 examinations
        in 2010 compared with 142 in 2009', '0.65% ..., against 0.52') it takes the count's noun or the '%'."""
        i, k = amt.num_idx, amt.end_idx
        prev = self.low(amt.start_idx - 1)
        compared = self.joiner_before(amt.start_idx, "comparison_joiners")
        partitive = self.joiner_before(amt.start_idx, "partitive_joiners")  # '20 examinations, of which 14'
        joined = prev in self.lex["_conjunctions"] or prev == "," or compared or partitive
        if self.last_count is None or not joined or \
                amt.currency or self.is_year(amt.surface) or amt.value_max is not None or \
                not amt.in_words and self.is_label_number(i):
            return None
        if amt.in_words and amt.value == 1 and _ONE_THE_OTHER.match(self.text, self.toks[k - 1].end):
            return None  # 'two clusters, one on health and the other on AI': 'one … the other' names each of two
        last_end, unit, kind = self.last_count
        between = self.text[self.toks[last_end - 1].end:self.toks[i].start] if last_end <= i else ";"
        if not unit and kind == "count" or kind != "count" and not compared or amt.start_idx - last_end > 30 or \
                any(c in between for c in ".;:!?") or "\n\n" in between:
            return None  # only within the clause of the count
        nxt = self.tok(k)
        if nxt is not None and nxt.kind == "word" and self.singular_head(k) is not None and \
                not nxt.low.endswith(("ed", "ing")) and nxt.low not in self.lex["_phrase_stops"]:
            return None  # a noun follows: not elliptical
        return kind, unit, "", k

    def classify_partitive_subject(self, amt: Amount) -> tuple[str, str, str, int] | None:
        """'Among them, 16 have been listed, nine have become unicorns': a bare number standing as the subject
        of a verb right after a partitive ('among them', 'of which') is a count of the things it is part of,
        and so is a number coordinated with it in the same clause."""
        s, k = amt.start_idx, amt.end_idx
        if amt.currency or amt.value_max is not None or self.is_year(amt.surface) or \
                not amt.in_words and self.is_label_number(amt.num_idx) or \
                self.low(k) not in self.lex["_partitive_subject_verbs"]:
            return None
        before = s - 1 if self.low(s - 1) == "," else s
        last = self.last_count
        unit = last[1] if last is not None and last[2] == "count" else ""
        if self.joiner_before(before, "partitive_joiners"):
            self.partitive_subject_end = k
            return "count", unit, "", k
        prev = self.partitive_subject_end
        if prev is not None and prev < s <= prev + 12 and (self.low(s - 1) == "," or self.low(s - 1) in
                                                            self.lex["_conjunctions"]) and \
                not any(self.low(n) in (".", ";", ":", "?", "!") for n in range(prev, s)):
            self.partitive_subject_end = k
            return "count", unit, "", k
        return None

    def classify_anaphoric(self, amt: Amount) -> tuple[str, str, str, int] | None:
        """'two projects providing 1 760 places ..., while another five providing about 1 600 places': a bare
        number after 'another' / 'a further' with no noun of its own counts the things of an earlier count in
        the sentence: the one whose noun is followed by the same word (parallel clauses), else the last one."""
        s, k = amt.start_idx, amt.end_idx
        if self.low(s - 1) not in self.lex["_anaphoric_before"] or amt.currency or amt.value_max is not None or \
                self.is_year(amt.surface) or not amt.in_words and self.is_label_number(amt.num_idx) or \
                self.last_count is None or self.last_count[2] != "count" or not self.last_count[1] or \
                not s - 40 <= self.last_count[0] <= s or \
                "\n\n" in self.text[self.toks[self.last_count[0] - 1].end:self.toks[s].start]:
            return None  # (the earlier count is near, in the same paragraph)
        if self.low(k) in self.lex["_range_dashes"] and self.glued(k - 1, k):
            return None  # 'additional one-off rebates': a compound, not a number
        unit = self.last_count[1]
        follower = self.low(k)
        for n in range(s - 2, max(-1, s - 40), -1):
            w = self.low(n)
            if w in (".", ";", "!", "?") or "\n\n" in self.text[self.toks[n].end:self.toks[n + 1].start]:
                break
            if follower and w == follower and n >= 2 and self.tok(n - 2) is not None and \
                    self.toks[n - 2].kind == "num" or follower and w == follower and self.low(n - 2) in \
                    self.lex["number_words"]:
                head = self.count_head(n - 1)
                if head is not None:
                    unit = head[0]
                    break
        return "count", unit, "", k

    def joiner_before(self, i: int, key: str) -> bool:
        """A phrase of the lexicon list `key` ('compared with', 'of which') ends right before token i."""
        for phrase in self.lex[key]:
            parts = phrase.split()
            if all(self.low(i - len(parts) + n) == w for n, w in enumerate(parts)):
                return True
        return False

    # -- a bare '$' converting the amount before it ('HK$219 billion ($28.13 billion)') --------------
    def converted_dollar(self, i: int, found: list[FigureMatch]) -> str | None:
        """The currency of a bare '$' amount at token i written in brackets right after an amount in an
        explicit currency: the conversion currency (news style), or the local one after that currency."""
        prev = found[-1] if found else None
        i = self.qualifier_before(i)[1]  # '(about $12.47 billion)'
        if prev is None or self.low(i - 1) != "(" or prev.kind != "money" or prev.currency_inferred or \
                self.text[prev.end:self.toks[i - 1].start].strip():
            return None
        target: str = self.lex["conversion_currency"]
        return self.default_currency if prev.unit == target else target

    @staticmethod
    def sole_currency(found: list[FigureMatch]) -> str | None:
        """The one currency every sum written with a currency so far is in (at least two), else None: a sum
        that leaves its currency out ('worth 196.1 trillion') is in the text's own."""
        codes = {f.unit for f in found if f.kind == "money" and not f.currency_inferred}
        n = sum(1 for f in found if f.kind == "money" and not f.currency_inferred)
        return next(iter(codes)) if len(codes) == 1 and n >= 2 else None

    def listed_after_sum(self, amt: Amount, found: list[FigureMatch]) -> bool:
        """A scaled number with no noun listed right after a sum with its currency written ('HK$7.0 billion and
        8.4 billion respectively', 'US$2 billion, 3 billion or more') is a sum in that currency."""
        prev = found[-1] if found else None
        if prev is None or prev.kind != "money" or prev.currency_inferred or prev.value_max is not None:
            return False
        between = self.text[prev.end:self.toks[amt.start_idx].start]
        prep, noun = self.low(amt.start_idx - 1), self.low(amt.start_idx - 2)  # 'HK equities of HK$7 billion, other
        parallel = prep in self.lex["parallel_sum_preps"] and len(between) <= 60 and \
            not any(c in between for c in ".;:!?\n") and (noun in self.lex["money_nouns"] or  # equities of 6.5 billion'
                                                             self.text[:prev.start].rstrip().lower().endswith(f" {noun} {prep}"))
        return (parallel or _LIST_JOIN.fullmatch(between) is not None) and \
            any(w in self.text[prev.start:prev.end].lower().split() or self.text[prev.start:prev.end].lower().endswith(w)
                for w in self.lex["_scale_words"])

    def money_subject(self, i: int) -> bool:
        """A money noun ('expenditure', 'revenue', 'estimate') heads the clause that ends right before token i."""
        for k in range(i - 1, max(-1, i - 9), -1):
            t = self.toks[k]
            if t.text in (".", ";", ":", "!", "?", ",", "(", ")") or t.kind == "num":
                return False
            if t.low in self.lex["money_nouns"]:
                return True
        return False

    # -- changes: 'rose from $400 to $500', 'rise by $1.3 billion to $7.1 billion' -------------------------
    def by_change(self, i: int) -> bool:
        """'rise by', 'was cut by', 'grew' right before token i (a qualifier between is skipped)."""
        i = self.qualifier_before(i)[1]
        verb = self.low(i - 2) if self.low(i - 1) == "by" else self.low(i - 1)
        return verb.startswith(self.lex["_change_stems"])

    def far_by_change(self, i: int) -> bool:
        """'increase the number of vouchers for the elderly by 4 000': 'by' right before token i (a qualifier
        between is skipped) and a change verb earlier in the same clause (no comma or stop between)."""
        i = self.qualifier_before(i)[1]
        if self.low(i - 1) != "by":
            return False
        for n in range(i - 2, max(-1, i - 40), -1):  # the verb may govern two objects joined by 'and'
            w = self.low(n)
            if w in (".", ";", ":", "!", "?", ",") or not w:
                return False
            if w.startswith(self.lex["_range_from_verbs"]):
                return False
            if w.startswith(self.lex["_change_stems"]):
                return True
        return False

    def change_amount_before(self, i: int) -> bool:
        """'an increase of', 'increased further by', 'a drop of about' right before token i: a change word
        within two words before 'of' / 'by' (the adverb or adjective between is skipped)."""
        i = self.qualifier_before(i)[1]
        if self.low(i - 1) not in ("by", "of"):
            return False
        for n in range(i - 2, max(-1, i - 5), -1):
            w = self.low(n)
            if not w or not w[:1].isalpha():
                return False
            if w.startswith(self.lex["_change_stems"]):
                return True
        return False

    def is_change(self, i: int) -> bool:
        """'rose from $400 to $500' is two figures; 'ranging from 5 to 10' and 'from 20 to 30 per cent' one."""
        i = self.qualifier_before(i)[1]  # 'from about 45 000 to 60 000'
        present = False  # 'from the current $23,000 to $25,000': the value now, then the new one (no verb needed)
        while self.low(i - 1) in self.lex["change_from_fillers"] and self.low(i - 2) != "":
            present = present or self.low(i - 1) in self.lex["change_from_present"]
            i -= 1  # 'from the current $30 million to $50 million'
        if self.low(i - 1) != self.lex["range_from"]:
            return False
        if present:
            return True
        for n in range(i - 2, max(-1, i - 26), -1):  # the verb may govern a long object (and a page marker)
            w = self.low(n)
            if w == "." and self.abbreviation_dot(n):
                continue  # 'increase the capacity of PLBs (i.e. minibuses) from 16 to 19 seats'
            if w in (".", ";", ":", "!", "?") or not w:
                return False
            if w == self.lex["range_from"] and n + 1 < i - 1 and self.toks[n + 1].kind in ("num", "cur"):
                return self.is_change(n + 1)  # '... from $408 to $1,000 for A, and from $204 to $500 for B': as the first
            if w.startswith(self.lex["_range_from_verbs"]):
                return False
            if w.startswith(self.lex["_change_stems"]) or w == self.lex["number_of_words"][0] and \
                    self.low(n + 1) == self.lex["number_of_words"][1]:  # 'taking the number of ETOs from 11 to 18'
                return True
        return False

    def abbreviation_dot(self, n: int) -> bool:
        """The '.' at token n closes a short lower-case abbreviation ('i.e.', 'e.g.'), not a sentence."""
        prev, nxt = self.tok(n - 1), self.tok(n + 1)
        return prev is not None and prev.kind == "word" and self.glued(n - 1, n) and len(prev.text) <= 2 and \
            prev.text.islower() and nxt is not None and not nxt.text[:1].isupper()

    def number_of_noun(self, i: int) -> str:
        """The noun of 'the number of <nouns>' earlier in the sentence of token i, or ''."""
        number, of = self.lex["number_of_words"]
        for k in range(i - 2, max(-1, i - 30), -1):
            t = self.toks[k]
            if t.text in (".", ";", "!", "?") or "\n\n" in self.text[t.end:self.toks[k + 1].start]:
                return ""
            if t.low == number and self.low(k + 1) == of:
                head = self.count_head(k + 2)
                return head[0] if head is not None and head[2] <= i else ""
            if (j := their_number_antecedent(self, k - 1)) is not None:  # '… bureaux, increasing their number'
                return self.lex["irregular_plurals"].get(self.toks[j].low) or singularize(self.toks[j].low)
        return ""

    def is_rate_base(self, amt: Amount, unit: str, found: list[FigureMatch]) -> bool:
        """'HK$7.85 to US$1', 'RMB 6.9 per US$1': one unit of a currency after an amount in another one."""
        prev = found[-1] if found else None
        joiner = self.tok(amt.start_idx - 1)
        unit = self.default_currency if unit == "$" else unit
        return amt.value == 1 and not amt.scaled and amt.value_max is None and prev is not None and \
            (prev.kind == "money" and prev.unit != unit or prev.kind == "quantity" and prev.unit.endswith(f" per {unit}")) and \
            joiner is not None and \
            joiner.low in self.lex["rate_base_joiners"] and not self.text[prev.end:joiner.start].strip()

    # -- quoted slogans ('“one zone, two parks”', '“1.5-level development”') -------------------------
    @cached_property
    def quote_spans(self) -> list[tuple[int, int]]:
        """Short quoted phrases (at most `quote_max_words` words): a number inside one is part of a name."""
        spans = []
        limit = int(self.lex["quote_max_words"])
        for open_q, close_q in self.lex["quote_pairs"]:
            body = rf"[^{re.escape(open_q + close_q)}\n]*(?:\n[^{re.escape(open_q + close_q)}\n]*)?"
            for m in re.finditer(re.escape(open_q) + body + re.escape(close_q), self.text):
                if len(m.group().split()) <= limit and (open_q != close_q or m.start() == 0 or
                                                        not self.text[m.start() - 1].isalnum()):
                    spans.append((m.start(), m.end()))
        spans += [(m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(self.text) if len(m.group().split()) <= limit]
        return sorted(spans)

    def in_quote(self, i: int) -> bool:
        pos = self.toks[i].start
        k = bisect_right(self.quote_spans, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.quote_spans[k][0] < pos < self.quote_spans[k][1]

    # -- multiples ----------------------------------------------------------------------------
    def read_multiple(self, i: int) -> tuple[Decimal, int] | None:
        """'double', 'tripled', 'twice the size', 'a threefold rise' → (ratio, next index); not
        'double taxation', 'double-digit', 'Double Tax Agreement', 'twice a year'."""
        lex = self.lex
        t = self.toks[i]
        value = lex["multiple_words"].get(t.low)
        if value is None:
            return None
        nxt = self.tok(i + 1)
        if nxt is not None and nxt.text in lex["_range_dashes"] and self.glued(i, i + 1) or \
                self.glued(i - 1, i) and self.toks[i - 1].text in lex["_range_dashes"]:
            return None  # 'double-digit', 'double-check'
        if t.text[:1].isupper() and not self.sentence_initial(i):
            return None  # a name: 'the Double Taxation Agreement'
        if t.low in lex["_multiple_base_forms"] and nxt is not None and nxt.kind == "word" and \
                nxt.low not in lex["_multiple_base_followers"]:
            return None  # 'double taxation'
        if t.low in lex["frequency_multiples"] and not multiplies_phrase(self, i) and (
                nxt is None or nxt.low not in lex["frequency_multiples"][t.low]
                or nxt.low in lex["frequency_twice_determiners"]):
            return None  # 'twice a year', 'met twice in May': a frequency; 'twice the size', 'twice as many'
        return Decimal(value), i + 1

    def count_head(self, k: int) -> tuple[str, str, int] | None:
        """The counted noun phrase after a number: the first plural word within a few words,
        across a coordination of modifiers ('local and non-local awards')."""
        irregular = self.lex["irregular_plurals"]
        stop = self.lex["_count_stopwords"]
        j = k + 1 if self.low(k) == self.lex["of_word"] and self.low(k - 1) in self.lex["multiplier_words"] else k
        words, limit = 0, 6
        while words < limit:
            t = self.tok(j)
            if t is not None and t.text == "," and words and self.tok(j + 1) is not None and \
                    self.toks[j + 1].kind == "word" and self.toks[j + 1].text.islower() and \
                    self.toks[j + 1].low not in stop:
                j += 1  # 'three large, modern hospitals': coordinated modifiers
                continue
            if t is not None and t.kind == "num" and self.low(j + 1) == "-" and self.glued(j, j + 1) and self.glued(j + 1, j + 2):
                j, words = j + 2, words + 1  # 'two 10-year plans': an adjectival figure modifies the noun counted
                continue
            if t is None or t.kind != "word":
                return None
            if "\n" in self.text[self.toks[j - 1].end:t.start] and t.text[:1].isupper():
                return None  # a new line that starts with a capital is a new table cell or heading
            end = j  # glue hyphenated compounds: 'wet-laboratory', 'Macao-funded', 'R&D'
            while self.tok(end + 1) is not None and self.toks[end + 1].text in ("-", "&") and \
                    self.glued(end, end + 1) and self.glued(end + 1, end + 2) and self.toks[end + 2].kind == "word":
                end += 2
            last = self.toks[end]
            if t.low in self.lex["_months"]:
                return None
            if t.low in stop and end == j:  # ('I&T' is a compound, not the pronoun)
                if not (t.low in self.lex["_conjunctions"] and words and self.tok(j + 1) is not None
                        and self.toks[j + 1].kind == "word" and self.toks[j + 1].low not in stop):
                    return None
                limit = 8  # 'day training or vocational rehabilitation service places': coordinated modifiers
            elif (last.low in irregular and irregular[last.low] == last.low or last.low in self.lex["_plural_modifiers"]) \
                    and self.tok(end + 1) is not None and self.toks[end + 1].kind == "word" and \
                    not self.glued(end, end + 1) and self.looks_plural(self.toks[end + 1].text) and \
                    self.low(end + 2) not in self.lex["_articles"] | self.lex["_determiners"]:
                pass  # 'three police officers', 'four sports parks' (not '737 airplanes includes two')
            elif last.low in irregular or self.looks_plural(last.text):
                if not words and end == j and self.is_verb_form(j) and self.amount_starts(j + 1) and \
                        not self.is_footnote(j + 1):  # ('300 tenants3': a footnote, no amount)
                    return None  # 'each pack of 20 costs HK$94': a verb with its amount, no noun counted
                # 'start-ups' is one noun; 'wet-laboratories' counts laboratories
                compound = self.text[t.start:last.end].lower() if len(last.text) <= 3 else last.low
                head = irregular.get(last.low) or singularize(compound)
                subject_end = self.of_phrase_end(end + 1, last.end)
                return head, self.text[self.toks[k].start:subject_end], end + 1
            words += 1
            j = end + 1
        return None

    def of_phrase_end(self, j: int, default: int) -> int:
        """'branches of the China National Engineering Research Center': extend over a named of-phrase."""
        if self.low(j) != self.lex["of_word"]:
            return default
        m = j + 1
        if self.low(m) in self.lex["_determiners"]:
            m += 1
        end = default
        while self.tok(m) is not None and self.toks[m].kind == "word" and \
                (self.toks[m].text[:1].isupper() or self.toks[m].low in self.lex["_name_connectors"]):
            if self.toks[m].text[:1].isupper():
                end = self.toks[m].end
            m += 1
        return end

    # -- a lone 'one' that counts ('more than one flat', 'one restricted licence bank') -------------
    def singular_head(self, k: int) -> tuple[str, int] | None:
        """The noun phrase after 'one': its last word before a stop word, a preposition, punctuation
        or a participle ('one bank incorporated in ...') → (head, next index)."""
        lex = self.lex
        stop, preps = lex["_count_stopwords"], lex["_phrase_stops"]
        j, head, end = k, "", k
        while j < k + 5:
            t = self.tok(j)
            if t is None or t.kind != "word" or t.low in stop or t.low in preps or t.low in lex["_months"]:
                break
            if "\n" in self.text[self.toks[j - 1].end:t.start] and t.text[:1].isupper():
                break
            unit_after = lex["units"].get(self.low(j + 1))
            if head and t.low in lex.get("time_deictics", ()) and unit_after is not None and unit_after[0] == "duration":
                break  # 'at least one employee last year': the time phrase after the noun is no part of it
            last = j
            while self.tok(last + 1) is not None and self.toks[last + 1].text in ("-", "&") and \
                    self.glued(last, last + 1) and self.glued(last + 1, last + 2) and \
                    self.toks[last + 2].kind == "word":
                last += 2  # 'inter-dealer', 'deposit-taking', 'R&D'
            word = self.toks[last].low
            if head and last == j and word.endswith(("ed", "ing")) and len(word) > 4:
                break  # 'one bank incorporated in Hong Kong': the participle starts the modifier
            if head and last == j and self.looks_plural(self.toks[last].text):
                break  # 'one bank holds ...': after a singular noun, a word in -s is its verb
            if head and (self.low(last + 1) in lex["_articles"] or self.low(last + 1) in lex["_determiners"]):
                break  # 'owners of more than one flat pay a higher rate': a word before an article is a verb
            head, end, j = word, last + 1, last + 1
        if not head or head.endswith(("ed", "ing", "ly")) and end == k + 1:
            return None
        return head, end

    def one_counts(self, i: int, end: int) -> bool:
        """'one' at token i (its number ends at `end`) reports a count, not an article or an idiom."""
        lex = self.lex
        if self.low(i - 1) in lex["_one_not_after"] and not existential_one(self, i) or \
                self.low(end) in lex["_one_not_before"] and \
                self.low(end + 1) not in lex["one_noun_before"].get(self.low(end), ()):
            return False  # ('one stop at X': a noun, counted, before a preposition or a stop; 'one stop shop' no)
        if self.toks[i].text[:1].isupper() and not self.sentence_initial(i):
            return False  # 'One Country, Two Systems'
        return not self.in_quote(i)

    # -- implied nouns, names, labels -------------------------------------------------------------
    def implied_noun(self, num_idx: int, end: int) -> str:
        """'a family of four' → 'person' (the noun the number counts is implied by the one before 'of')."""
        lex = self.lex
        if self.low(num_idx - 1) != lex["of_word"]:
            return ""
        unit: str = lex["implied_nouns_of"].get(self.low(num_idx - 2), "")
        return "" if self.low(end) in lex["_implied_noun_overridden_by"] else unit

    def is_company_name(self, num_idx: int, k: int) -> bool:
        """'65 Equity Partners': a digit number opening a capitalized name that ends in a company word."""
        if self.toks[num_idx].kind != "num" or self.sentence_initial(num_idx) or \
                self.low(num_idx - 1) in self.lex["possessive_determiners"]:  # 'its 77 Partners': counted
            return False
        j = k
        while self.tok(j) is not None and self.toks[j].kind == "word" and self.toks[j].text[:1].isupper():
            j += 1
        return j > k and self.low(j - 1) in self.lex["_company_name_heads"]

    def is_process_node(self, unit_start: int, unit_end: int) -> bool:
        """'5 nm chips', 'the 3-nanometre process': a technology generation, not a length."""
        lex = self.lex
        if self.low(unit_end - 1) not in lex["_process_node_units"]:
            return False
        j = unit_end
        while self.low(j) in ("-", "and", "or", "below", "above") or self.tok(j) is not None and \
                self.toks[j].kind == "num":
            j += 1
        return self.low(j) in lex["_process_node_heads"] or self.low(j) in lex["_process_node_units"]

    def is_rank_cutoff(self, num_idx: int) -> bool:
        """'the world's top 10 companies': the cut-off of a ranking is not a count."""
        if self.low(num_idx - 1) in self.lex["_rank_cutoffs"]:
            return True
        if self.low(num_idx - 1) not in ("or", "to", "and", "-") or num_idx < 3:
            return False  # 'the top three or five hubs': the second cut-off of an alternative is one too
        first = self.read_number(num_idx - 2)
        return first is not None and first[1] == num_idx - 1 and self.low(num_idx - 3) in self.lex["_rank_cutoffs"]

    # -- a currency symbol two currencies share ----------------------------------------------------
    def symbol_currency(self, symbol: str, code: str, pos: int) -> str:
        """'¥' is yen where the text speaks of Japan and renminbi in a Mainland context: the cue nearest
        to `pos` in its paragraph decides, else the cues of the whole text, else the symbol's default."""
        spec = self.lex["symbol_currency_cues"].get(symbol)
        if spec is None:
            return code
        start = max(self.text.rfind("\n\n", 0, pos), pos - 400, 0)
        stop = self.text.find("\n\n", pos)
        stop = min(pos + 400, len(self.text)) if stop < 0 else min(stop, pos + 400)
        near: list[tuple[int, str]] = []
        for cur, cues in spec["cues"].items():
            for pattern in cues:
                near += [(min(abs(start + m.start() - pos), abs(start + m.end() - pos)), cur)
                         for m in re.finditer(pattern, self.text[start:stop])]
        if near:
            return min(near)[1]
        votes = {cur: sum(len(re.findall(p, self.text)) for p in cues) for cur, cues in spec["cues"].items()}
        best = max(votes.values())
        winners = [cur for cur, v in votes.items() if v == best]
        return winners[0] if best and len(winners) == 1 else str(spec["default"])


def singularize(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w
