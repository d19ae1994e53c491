"""Figure tokens → which digit numbers are labels, not quantities: years, fiscal years, dates, times,
phone numbers, 'Phase 2', 'Cap. 622', paragraph numbers, codes glued to words ('A380', 'commitment1').

`LabelReader` adds these tests to `reader.Reader` (through `fractions.FractionReader`); every word list comes from the figure lexicon.
"""

from __future__ import annotations

import re

from pipeline.extract.figures.contents_pages import after_leader_dots
from pipeline.extract.figures.day_lists import in_day_list
from pipeline.extract.figures.fractions import FractionReader
from pipeline.extract.figures.headings import heading_count
from pipeline.extract.figures.paragraph_numbers import paragraph_number_starts

_NAME_LABEL_NUMBER = re.compile(r"[0-9]{1,3}|[0-9]\.[0-9]|(?:19|20)[0-9]{2}")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_YEAR_END = re.compile(r"[0-9]{2}|(?:19|20)[0-9]{2}")  # '25' or '2025' of '2024-25', '2024-2025'
_YEAR_IN_TEXT = re.compile(r"(1[89]|20)[0-9]{2}")
_PHONE_GROUP = re.compile(r"[0-9]{3,4}")
_DIGITS_AND_SPACES = "0123456789 \u00a0"  # the digit run around a phone number's group (is_phone)


class LabelReader(FractionReader):
    """A Reader that also tells a quantity from a number that only labels or dates something."""

    # -- numbers that are labels, dates, times, phone numbers -----------------------------------
    def is_label_number(self, i: int, range_end: bool = False) -> bool:
        """A digit number that is not a quantity: 'Phase 2', 'Cap. 622', '14th', 'May 2023', '2024-25',
        '12:45', 'Tel: 2810 2345', a paragraph number, a code glued to a word ('A380', 'commitment1')."""
        t = self.toks[i]
        prev, nxt = self.tok(i - 1), self.tok(i + 1)
        lex = self.lex
        if prev is not None and prev.text == ")" and prev.end == t.start:
            return True  # '(0)41': a phone prefix or a list marker glued to the number
        if prev is not None and prev.kind == "word" and prev.end == t.start and \
                prev.text not in lex["currency_prefixes"] and \
                not (prev.text in lex["_gated_symbols"] and self.read_currency_before(i - 1) is not None):
            return True  # ('R36 billion' in a text on South Africa is a sum)
        if nxt is not None and nxt.low in lex["_ordinal_suffixes"] and self.glued(i, i + 1):
            return True
        if nxt is not None and nxt.kind == "word" and self.glued(i, i + 1) and not self.unit_like(i + 1):
            return True  # '5G', '3D', a footnote number glued to the next word ('6Flight data')
        if not range_end and prev is not None and prev.text in lex["_label_joiners"] and \
                self.glued(i - 1, i) \
                and self.tok(i - 2) is not None and self.glued(i - 2, i - 1) and self.toks[i - 2].text not in "([":
            return True  # 'COVID-19', 'SPRINT-1', the tail of '737-9' that did not read as a range, '%20035'
        if self.has_web:
            chunk = self.text[self.text.rfind(" ", 0, t.start) + 1:t.end + 40].split(maxsplit=1)[0]
            if "://" in chunk or "www." in chunk or "@" in chunk:
                return True
        if nxt is not None and nxt.text.rstrip(".") in lex["citation_words_after"]:
            return True  # '14 CFR 25.1329', '42 U.S.C. 1983'
        k = i - 1
        while self.tok(k) is not None and self.toks[k].text in (".", ":", "#"):
            k -= 1
        word = self.tok(k)
        if word is not None and word.kind == "word" and not (k == i - 1 and self.read_percent(i + 1)):
            # ('a flat 50 per cent subsidy': a number with a percent sign is a share, never a flat or a table)
            if (word.low in lex["_label_words_any_case"] or
                    word.low in lex["_label_words"] and not word.text.islower()) and \
                    not (k == i - 1 and word.text in lex["_gated_symbols"] and self.read_currency_before(k) is not None):
                return True  # ('p. 50' is a page; 'P50 billion' in a Philippine text is a sum)
            if self.is_name_label(k, i) and not heading_count(self, i):
                return True  # ('Undertaking 10 Major Projects' heads a section: a count)
        if self.in_label_list(i):
            return True  # 'Chapters 3, 4 and 5', 'Heads 702 to 707, 708 (Part) – Subventions, 709 and 711'
        if self.low(i - 1) in lex["_months"] or (nxt is not None and nxt.low in lex["_months"]) or in_day_list(self, i):
            return True  # ('tenders on 7, 14, 21 and 28 September': each day of the list)
        if self.is_fiscal_year(i) or self.is_time(i) or self.is_phone(i) or self.is_age_limit(i):
            return True
        if prev is not None and prev.kind == "num" and len(prev.text) == 1 and len(t.text) <= 2 and \
                self.text[prev.end:t.start] == " ":
            return True  # letter-spaced digits from a PDF table ('2 0 15')
        if self.text[t.start - 1:t.start].isspace() and after_leader_dots(self.text, t.start):
            return True  # 'Who Should Pay? ........ 20': a contents page number
        if t.start in paragraph_number_starts(self.text):
            return True  # '  4. 159 Carbon markets are growing.': a Hansard paragraph number before its sentence
        # a paragraph number: a number alone at the start of a line followed by '.' or ')', or by a tab or a run of
        # spaces ('1.2             Singaporeans have ...': a section number laid out as a hanging indent)
        line_start = self.text.rfind("\n", 0, t.start) + 1
        after, gap = self.tok(i + 2), self.text[t.end:t.end + 3]
        return self.text[line_start:t.start].strip() in ("", "(") and (nxt is not None and nxt.text in (".", ")") and
                                                                       self.glued(i, i + 1) and not (after is not None and after.kind == "num")
                                                                       or gap == "   " or gap[:1] == "\t")

    def in_label_list(self, i: int) -> bool:
        """A number after a list joiner (',', 'and', 'to') in a list of numbers that a label word heads: walk back
        over numbers, joiners, '(Part)' and a title after a dash to the label word before the list's first number."""
        lex = self.lex
        joiners = lex["_label_list_joiners"]
        if self.low(i - 1) not in joiners:
            return False
        k = i - 3 - (self.low(i - 3) == ".")
        word = self.tok(k)
        if self.low(i - 1) == "to" and self.tok(i - 2) is not None and self.toks[i - 2].kind == "num" and \
                word is not None and word.kind == "word" and \
                (word.low in lex["_label_words_any_case"] or word.low in lex["_label_words"] and not word.text.islower()):
            return True  # 'Enclosures 1 to 11 provide details': the end of a range of labels is a label
        nxt = self.tok(i + 1)
        if nxt is not None and nxt.kind == "word" and nxt.text.islower() and nxt.low not in lex["_label_list_after"]:
            return False  # 'Phase 2 works, 300 flats': the number counts the noun after it
        k, title, pending = i - 1, 0, False
        while k > 0 and i - k <= 40:
            t = self.toks[k]
            if t.kind == "num" or t.low in joiners or t.text in ("(", ")") or t.low == "part":
                if pending:
                    break  # capitalized words between numbers without a dash: a name ('Phase 2 Scheme, 300')
            elif t.text in ("–", "—", "-") and not self.glued(k - 1, k):
                pending, title = False, 0  # the dash before an item's title ('708 (Part) – Capital Subventions')
            elif t.kind == "word" and t.text[:1].isupper() and title < 6:
                pending, title = True, title + 1  # a word of an item's title: a dash must come before it
            else:
                break
            k -= 1
            word = self.toks[k]
            if word.kind == "word" and self.toks[k + 1].kind == "num" and not pending:
                if word.text[:1].isupper() and self.low(k - 1) == "of" and k >= 2:
                    word = self.toks[k - 2]  # 'Heads of Expenditure 702 to 707': the label word heads the name
                if word.low in lex["_label_words_any_case"] or word.low in lex["_label_words"] and not word.text.islower():
                    return True
        return False

    def is_age_limit(self, i: int) -> bool:
        """'persons under 18', 'children below 12', 'those aged over 65': an age limit, not a quantity."""
        lex, t = self.lex, self.toks[i]
        k = i - 1
        while k >= i - 2 and self.low(k) in lex["age_limit_words"]:
            k -= 1
        demonym = self.tok(k) is not None and self.toks[k].text[:1].isupper() and self.low(k).endswith(("ans", "ers", "ean", "ian"))
        if k == i - 1 or not (self.low(k) in lex["age_person_nouns"] or self.low(k + 1) == "aged" or demonym):
            return False
        nxt = self.tok(i + 1)
        return t.text.isdigit() and int(t.text) <= lex["age_limit_max"] and not self.read_percent(i + 1) and \
            (nxt is None or nxt.kind != "word" or nxt.low in ("years", "year") or nxt.low in lex["_count_stopwords"] or
             self.is_verb_form(i + 1) and self.read_unit(i + 1) is None and
             (self.amount_starts(i + 2) or self.low(i + 2) in lex["_articles"] | lex["_determiners"]))
        # ('Singaporeans over 40 will ...', 'each resident over 65 gets $500': a function word after the
        # number, or the clause's verb with its object, no noun it could count; not 'under 3 contracts.')

    def is_name_label(self, k: int, i: int) -> bool:
        """'Pillar 3', 'Industry 4.0', 'HKT 12:45': a capitalized word right before a small bare number."""
        word = self.toks[k]
        surface = self.toks[i].text
        if k != i - 1 or not word.text[:1].isupper() or word.low in self.lex["_sentence_openers"] or \
                word.low in self.lex["_count_stopwords"] or word.low in self.lex["_months"] or \
                word.low.endswith(("'s", "’s", "s'")) or word.text in self.lex["currency_prefixes"] or \
                word.text in self.lex["_gated_symbols"] and self.read_currency_before(k) is not None:
            return False  # "Hong Kong's 18 districts": a possessive owns the figure; 'RMB 69' is a sum
        if not _NAME_LABEL_NUMBER.fullmatch(surface):
            return False
        if self.read_percent(i + 1) or self.read_unit(i + 1) is not None or \
                self.read_scale(i + 1, False)[0] != 1 or self.qualifier_before(k + 1)[0]:
            return False
        if self.low(i + 1) == "-" and self.glued(i, i + 1) and self.glued(i + 1, i + 2) and \
                (self.read_unit(i + 2) is not None or self.toks[i + 2].text.islower()):
            return False  # 'the CPIH 12-month rate', 'a Standard 2-room flat': a hyphenated measure or count, no label
        # a capitalized first word is only a label when it is not an opener ('Currently 300 firms')
        return not self.sentence_initial(k) or word.low in self.lex["_label_words"] or \
            not word.low.endswith("ly") and word.low not in self.lex["qualifiers_before"]

    def is_fiscal_year(self, i: int) -> bool:
        """'2024-25', '2024/25', '2023-2025' (either half)."""
        t = self.toks[i]
        nxt, after = self.tok(i + 1), self.tok(i + 2)
        if _YEAR.fullmatch(t.text) and nxt is not None and nxt.text in ("-", "–", "/") and \
                self.glued(i, i + 1) and after is not None and after.kind == "num" and \
                _YEAR_END.fullmatch(after.text):
            return True
        prev, before = self.tok(i - 1), self.tok(i - 2)
        return prev is not None and prev.text in ("-", "–", "/") and self.glued(i - 1, i) and \
            before is not None and _YEAR.fullmatch(before.text) is not None and \
            _YEAR_END.fullmatch(t.text) is not None

    def is_time(self, i: int) -> bool:
        """'12:45', '9:30 am', '10.30am' (either part), unless the text speaks of a ratio."""
        lex = self.lex
        nxt = self.tok(i + 1)
        if nxt is not None and nxt.low in lex["_time_words_after"] and nxt.low not in ("est",):
            return True
        for h in (i, i - 2):
            colon, m = self.tok(h + 1), self.tok(h + 2)
            if h < 0 or colon is None or m is None or colon.text != ":" or not self.glued(h, h + 1) or \
                    not self.glued(h + 1, h + 2) or self.toks[h].kind != "num":
                continue
            hh, mm = self.toks[h].text, m.text
            if re.fullmatch(r"[0-9]{1,2}", hh) and int(hh) <= 24 and re.fullmatch(r"[0-5][0-9]", mm):
                near = {self.low(n) for n in range(h - 5, h + 5)}
                return not near & lex["_ratio_context"]
        return False

    def is_phone(self, i: int) -> bool:
        """'2810 2345', '+852 2810 2345': space-separated digit groups that are not thousands groups."""
        def group(n: int) -> bool:
            t = self.tok(n)
            return t is not None and t.kind == "num" and _PHONE_GROUP.fullmatch(t.text) is not None
        for a in (i - 1, i):
            b = a + 1
            if a >= 0 and group(a) and group(b) and \
                    self.text[self.toks[a].end:self.toks[b].start] in (" ", "\u00a0") and \
                    (len(self.toks[a].text) == 4 or len(self.toks[b].text) == 4) and \
                    not (self.is_year(self.toks[a].text) and self.is_year(self.toks[b].text)):
                return True
        t = self.toks[i]
        # the digits and spaces around the number (what [0-9 \u00a0]*$ searches and [0-9 \u00a0]* matches;
        # str.rstrip/lstrip instead of a search that starts at every character of the 30)
        before = self.text[max(0, t.start - 30):t.start]
        before = before.removesuffix("\n")  # '$' also matches before a final newline
        after = self.text[t.end:t.end + 30]
        run = (before[len(before.rstrip(_DIGITS_AND_SPACES)):] + t.text +
               after[:len(after) - len(after.lstrip(_DIGITS_AND_SPACES))]).split()
        # three or more space-separated groups that are not thousands groups: '619 67 74'
        return len(run) >= 3 and any(len(g) != 3 for g in run[1:])

    @staticmethod
    def is_year(surface: str) -> bool:
        return _YEAR_IN_TEXT.fullmatch(surface) is not None
