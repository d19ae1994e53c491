"""Figure tokens → fractions: 'one-third', 'two thirds of', 'a quarter of', 'half the budget', 'cut by half',
'the remaining half', 'half ..., and half ...' (and not 'the second half of 2024', 'the first three quarters')."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.figures.reader import Reader


class FractionReader(Reader):
    """The fraction readers, on top of the token readers."""

    def read_fraction(self, i: int) -> tuple[Decimal, int] | None:
        """'one-third', 'two thirds', 'a quarter of', 'half of the budget' (not 'the second half of 2024')."""
        lex = self.lex
        w = self.low(i)
        dens: dict[str, int] = lex["fraction_denominators"]
        if w == lex["half_word"]:
            if self.low(i - 1) in lex["half_not_after"] or self.low(i + 1) not in lex["half_quantity_before"] \
                    and not self.qualifier_before(i)[0] and not self.half_after_change(i) and not self.second_half(i):
                return None
            return None if self.half_of_period(i) else (Decimal("0.5"), i + 1)
        article = w in lex["_articles"]
        t = self.tok(i)
        if not article and (t is None or t.kind != "word"):
            return None  # a digit number never starts a fraction (read_number would parse it to say so)
        num = None if article else self.read_number(i)
        if num is None and not article:
            return None
        value, j = (Decimal(1), i + 1) if num is None else (num[0], num[1])
        if num is not None and (not num[2] or value >= 20):
            return None
        if self.low(j) == "-" and self.glued(j - 1, j) and self.glued(j, j + 1):
            j += 1
        den = self.low(j)
        half, of = lex["half_word"], lex["of_word"]
        if den not in dens or (den in lex["_fraction_plurals"]) != (value > 1) and den != half:
            return None
        if article and self.low(j + 1) != of and not self.fraction_of_change(j) or den == half and num is None:
            return None  # ('increase the flats by a third' is the change's amount)
        hyphenated = self.glued(j - 1, j)
        if not hyphenated and self.low(j + 1) != of and not self.qualifier_before(i)[0] and not self.fraction_of_change(j):
            return None  # 'one third party', 'three quarters' as a period of time
        if self.low(i - 1) in lex["period_before"] and dens[den] == 4:
            return None  # 'the first three quarters' (a period); 'the remaining two-thirds' is a share
        if value >= dens[den]:
            return None  # 'four quarters of 2020-21' is a period, not a fraction
        if num is not None and dens[den] == 4 and self.low(j + 1) == lex["of_word"] and \
                self.low(j + 2) in lex.get("quarter_billed_charges", ()) and \
                not self.low(j + 3).endswith(("payer", "payers")) and self.low(j + 3) not in lex["age_person_nouns"]:
            return None  # 'one quarter of rates concessions': quarter-years of a quarterly charge (a duration)
        return value / Decimal(dens[den]), j + 1

    def fraction_of_unit(self, j: int) -> tuple[str, str, int]:
        """After a fraction ending at j: 'of a/an <unit>' makes it that measure ('a third of a year'), unless 'of'
        follows the unit: 'one half of a month of the standard rate' is a share of a month's payment (a fraction)."""
        if self.low(j) == self.lex["of_word"] and self.low(j + 1) in self.lex["_articles"]:
            unit = self.read_unit(j + 2)
            if unit is not None and self.low(unit[2]) != self.lex["of_word"]:
                return unit[0], unit[1], unit[2]
        return "fraction", "", j

    def second_half(self, i: int) -> bool:
        """'half the vouchers go to supermarkets, and half to hawkers': a lone 'half' after 'and' answers a
        'half of/the ...' earlier in the sentence (the same share of the same whole)."""
        if self.low(i - 1) not in self.lex["half_pair_joiners"] or self.low(i + 1) == "-" and self.glued(i, i + 1):
            return False  # 'and half-price fares'
        for k in range(i - 2, max(-1, i - 25), -1):
            t = self.tok(k)
            if t is None or t.text in (".", ";", "!", "?"):
                return False
            if t.low == self.lex["half_word"] and self.low(k + 1) in self.lex["half_quantity_before"] and \
                    self.low(k - 1) not in self.lex["half_not_after"]:
                return True  # (not 'the first half of 2031 and ...')
        return False

    def half_of_period(self, i: int) -> bool:
        """'for the remaining half of the year', 'half of this month': half of a calendar period (one or two words
        between 'of' and the period noun) is a part of the calendar, as 'the second half of 2024' is, not a share
        ('half of the year-end bonus' is one)."""
        if self.low(i + 1) != self.lex["of_word"] or self.low(i + 2) in self.lex["_articles"]:
            return False  # ('half of a year' is a span of time: fraction_of_unit)
        for n in range(i + 2, i + 5):
            t = self.tok(n)
            if t is None or t.kind != "word":
                return False
            if t.low in self.lex["half_period_nouns"]:
                return not (self.low(n + 1) == "-" and self.glued(n, n + 1))
        return False

    def half_after_change(self, i: int) -> bool:
        """'cut by half', 'split in half': a lone 'half' after such a preposition, not glued to a '-year'."""
        return self.low(i - 1) in self.lex["half_quantity_after"] and \
            not (self.low(i + 1) == "-" and self.glued(i, i + 1))

    def fraction_of_change(self, j: int) -> bool:
        """'increase ... by one third, from 33 000 to 45 000': the fraction ending at token j is a change's amount
        when 'by' opens it and punctuation or a word of the change follows (not 'by one third party')."""
        k = j - 1
        while k > 0 and self.tok(k) is not None and self.tok(k).kind == "word" and self.low(k) != "by" and j - k < 4:  # type: ignore[union-attr]
            k -= 1
        nxt = self.tok(j + 1)
        return self.low(k) == "by" and (nxt is None or nxt.kind != "word" or
                                        self.low(j + 1) in self.lex.get("fraction_change_followers", ()))
