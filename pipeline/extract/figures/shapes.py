"""Figure tokens → the kind a number takes from the words right after it: an adjective ('87-hectare site',
'a 3-tier model', 'an eight-lane bridge') or a ratio ('four times', 'one in five', '1-in-100', '1:2').

Part of the figure scanner (`english.Scanner` subclasses `ShapeReader`); word lists come from the figure lexicon.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.extract.figures.coordinated_adjectivals_en import coordinated_noun
from pipeline.extract.figures.forms import FormReader
from pipeline.extract.figures.match import Amount
from pipeline.extract.figures.multiple_ranges_en import second_multiple

_HYPHENS = frozenset(("-", "\u2011"))
_WRAP = re.compile(r"[ \t]*\n[ \t]*")  # a line break and nothing else


class ShapeReader(FormReader):
    """Adjectival figures and ratios, read at the token after a number."""

    def line_wrapped(self, k: int) -> bool:
        """The hyphen at token k ends a line and the compound goes on at the next one ('a two-\\ntrack economy', 'a
        three-\\ntier system': a speech or a PDF wrapped at the hyphen): the next token is a lower-case word, not the
        'and' / 'or' / 'to' of a suspended hyphen ('two-\\nand three-bedroom flats')."""
        nxt = self.tok(k + 1)
        return nxt is not None and nxt.kind == "word" and nxt.text.islower() and \
            nxt.low not in self.lex["_conjunctions"] and nxt.low != "to" and \
            _WRAP.fullmatch(self.text, self.toks[k].end, nxt.start) is not None

    def read_number(self, i: int) -> tuple[Decimal, int, bool, bool] | None:
        """Reader.read_number, and a tens word whose hyphen ends a line goes on with the unit word at the next one
        ('twenty-\\nfive parks' = 25, as 'twenty-five': a speech or a PDF wrapped at the hyphen)."""
        got = super().read_number(i)
        if got is None or not got[2] or got[3]:
            return got
        value, j, in_words, scaled = got
        units: dict[str, int] = self.lex["number_words"]
        tens, unit = units.get(self.low(j - 1), 0), units.get(self.low(j + 1), 0)
        if self.low(j) in _HYPHENS and tens >= 20 and tens % 10 == 0 and 0 < unit < 10 and self.line_wrapped(j):
            return value + unit, j + 2, in_words, scaled
        return got

    def classify_adjectival(self, amt: Amount, k: int) -> tuple[str, str, str, int] | None:
        """'87-hectare site', '10-year plan', 'a 3-tier model', 'an eight-lane bridge'."""
        ratio = self.read_ratio(amt, k) if self.low(k) in _HYPHENS else None
        if ratio is not None:
            return ratio  # 'a 1-in-100 year shock'
        unit = self.read_unit(k + 1)
        if unit is not None:
            if self.low(unit[2]) in self.lex["_range_dashes"] and self.low(unit[2] + 1) in self.lex["age_after"]:
                return None  # '30-year-old': an age, a point on a scale
            if self.is_process_node(k + 1, unit[2]):
                return None  # 'the 3-nanometre process'
            return unit[0], unit[1], "", unit[2]
        if self.read_percent(k + 1):
            return "percent", "", "", self.read_percent(k + 1)  # 'a 0.25-percentage-point cut'
        if self.low(k + 1) in self.lex["ratio_times"]:
            return "ratio", "", "", k + 2  # 'a 5-fold increase'
        if self.low(k + 1) in self.lex["approximate_suffixes"]:
            unit = self.read_unit(k + 2)  # '30-odd kilometres', '20-plus years': a measure or a length of time
            if unit is not None:
                return unit[0], unit[1], "", unit[2]
            head = self.count_head(k + 2)  # 'some 600-odd aided schools'
            return ("count", head[0], head[1], head[2]) if head else ("count", "", "", k + 2)
        word, follow = self.tok(k + 1), self.tok(k + 2)
        if word is not None and word.low in self.lex["adjectival_counts_ed"] and amt.value != 1:
            return "count", self.lex["adjectival_counts_ed"][word.low], word.low, k + 2  # 'a two-tiered system'
        if word is not None and word.low in self.lex["adjectival_frequencies"] and amt.value != 1:
            return "duration", self.lex["adjectival_frequencies"][word.low], "", k + 2  # 'at six-monthly intervals'
        suffixes = self.lex["adjective_suffixes"]
        if word is not None and (word.low in suffixes or len(word.low) >= 5 and word.low.endswith(self.lex["_adj_ends"])):
            return None  # 'three-dimensional printing', 'a two-pronged approach', 'two-way trade'
        if word is not None and word.kind == "word" and word.text.islower() and follow is not None \
                and follow.kind == "word" and follow.low not in self.lex["_count_stopwords"] and amt.value != 1 \
                and not self.glued(k + 1, k + 2):
            return "count", word.low, word.low, k + 2
        if word is not None and word.kind == "word" and word.text.islower() and coordinated_noun(self, k + 1):
            return "count", word.low, word.low, k + 2  # '4-room and 5-room flats' (coordinated_adjectivals_en)
        if word is not None and amt.value == 1 and word.low in self.lex["one_hyphen_count_nouns"] and follow is not None \
                and follow.kind == "word" and follow.low not in self.lex["_count_stopwords"] and not self.glued(k + 1, k + 2):
            return "count", word.low, word.low, k + 2  # 'one-person households' (not 'one-stop', 'one-off')
        return None

    def read_ratio(self, amt: Amount, k: int) -> tuple[str, str, str, int] | None:
        """'four times', 'one in five', '1:2' (value = first term / second term)."""
        if self.low(k) in self.lex["ratio_times"]:
            if self.low(k) in self.lex["frequency_times"] and self.is_frequency(amt, k + 1):
                return "count", self.lex["frequency_times"][self.low(k)], "", k + 1  # 'was triggered four times.'
            return "ratio", "", "", k + 1
        # 'a 1-in-100 year shock', 'one-in-five': the hyphenated ratio is an adjective (a unit may follow it)
        hy = int(self.low(k) in _HYPHENS and self.glued(k - 1, k) and self.glued(k, k + 1))
        for phrase in self.lex["ratio_in"]:
            n = self.words_match(k + hy, phrase)
            if hy and n and not (self.low(k + 1 + n) in _HYPHENS and self.glued(k + n, k + 1 + n)):
                n = 0
            if n and amt.value == amt.value.to_integral_value() and amt.value_max is None and not amt.scaled:
                n += 2 * hy
                n2 = self.read_number(k + n)  # 'one in five', 'about 2 in 3' (not '2 in 2024', '3 in 10 years'); 'six in 10'
                same = n2 is not None and (n2[2] == amt.in_words or  # 'seven in 10': a spelt term, then ten+ in digits
                                           amt.in_words and n2[0] >= self.lex.get("ratio_in_digit_min", 0))
                if n2 is not None and amt.value < n2[0] and (n2[0] <= 1000 or n2[3]) and same and \
                        not self.is_year(self.toks[k + n].text) and (hy or self.read_unit(n2[1]) is None):
                    amt.value = amt.value / n2[0]
                    return "ratio", "", "", n2[1]
        basis = self.lex["ratio_basis"]  # 'on a one-for-one basis', 'a one-to-one match'
        if self.low(k) in _HYPHENS and self.low(k + 1) in basis["joiners"] and self.low(k + 2) in _HYPHENS and \
                all(self.glued(i, i + 1) for i in range(k - 1, k + 3)):
            n2 = self.read_number(k + 3)
            if n2 is not None and n2[0] != 0 and n2[2] == amt.in_words and self.low(n2[1]) in basis["nouns"]:
                amt.value = amt.value / n2[0]
                return "ratio", "", "", n2[1]
        if not amt.in_words and "." in amt.surface and amt.value < 1:
            for n in range(k, k + 12):  # 'a 0.1 increase in the teacher-to-class ratio'
                if self.low(n) in self.lex["_ratio_context"]:
                    return "ratio", "", "", k
                if self.low(n) in (".", ",", ";", ":", "(", "") or self.toks[n].kind == "num":
                    break
        if self.low(k) == ":" and self.glued(k - 1, k) and self.glued(k, k + 1):
            n2 = self.read_number(k + 1)
            if n2 is not None and n2[0] != 0 and not n2[2]:
                amt.value = amt.value / n2[0]
                return "ratio", "", "", n2[1]
        return None

    def is_frequency(self, amt: Amount, j: int) -> bool:
        """'the CU was triggered 12 times during the period', 'opening the safe three times.': 'N times' with nothing
        it multiplies after it (punctuation or a word of time: frequency_times_after) counts occasions, unless a verb
        of change governs it ('rose three times, from ...' is a multiple)."""
        t = self.tok(j)
        if t is not None and t.low == "as" and self.low(j + 1) in self.lex.get("frequency_times_as", ()) and \
                self.low(self.qualifier_before(amt.start_idx)[1] - 1) not in self.lex.get("frequency_times_as_copulas", ()):
            t = self.tok(j + 2)  # 'raised rates three times as expected, ...': the count of occasions as foreseen
        if self.multiple_change_end(amt.start_idx):
            return False  # 'from three times the basic sum to four times from 2025': the new level of a multiple
        if second_multiple(self, j) is not None:
            return False  # 'raised from five times to eight times the income': the old multiple
        if t is not None and t.text not in (".", ",", ";", ":", ")", "!", "?") and \
                t.low not in self.lex["frequency_times_after"] or t is not None and "\n\n" in self.text[self.toks[j - 1].end:t.start]:
            return False
        return not self.by_change(amt.start_idx) and not self.after_subscription(amt.start_idx)

    def multiple_change_end(self, i: int) -> bool:
        """'to' right before token i (a qualifier between is skipped) after 'from N times' earlier in the sentence:
        'N times' there is the new level of a multiple, whatever follows it, unless the start is itself followed by a
        word of time ('from three times a week to four times a week': a change of frequencies, review reven M7)."""
        i = self.qualifier_before(i)[1]
        if self.low(i - 1) != "to":
            return False
        times = self.lex["ratio_times"]
        for n in range(i - 2, max(1, i - 30), -1):
            w = self.low(n)
            if w in (".", ";", "!", "?") or not w:
                return False
            if w in times and self.low(n - 2) == "from":  # (not 'from three times a week': a frequency's start)
                return self.low(n + 1) == "to" or self.low(n + 1) not in self.lex["frequency_times_after"]
        return False

    def after_subscription(self, i: int) -> bool:
        """'oversubscribed 33 times', 'an over-subscription of about 12 times': demand as a multiple of the supply
        (a ratio, never a count of occasions); the words come from the lexicon's `multiple_subscription_words`."""
        words = self.lex.get("multiple_subscription_words", ())
        k = self.qualifier_before(i)[1] - 1
        if self.low(k) in (self.lex["of_word"], "by"):
            k -= 1
        return self.low(k) in words or self.low(k - 1) == "-" and self.low(k - 2) + self.low(k) in words
