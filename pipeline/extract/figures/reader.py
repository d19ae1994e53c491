"""Raw text → figure tokens, plus the readers for what sits at one token: a number, a scale, a currency,
a unit, a qualifier, a fraction, or a number that is only a label (year, date, time, phone, "Phase 2", "Cap. 622").

The tokenization is our own, not spaCy's, so that offsets, glued forms ("87-hectare", "€3bn",
"MOP559,495") and space thousands separators ("10 000") are under our control. Every word list
comes from the language's figure lexicon (pipeline/data/figure_lexicon.<lang>.json).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from pipeline.errors import DataFileError
from pipeline.extract.figures.day_compounds_en import premodifies_compound
from pipeline.extract.figures.numbers import (
    load_currency_symbols,
    load_lexicon,
    load_verbs,
    parse_digits,
    parse_words,
)


class Tok(NamedTuple):
    """A figure token; a named tuple, not a dataclass: a text has one per word and they are read often."""

    text: str
    start: int
    end: int
    kind: str  # num | word | cur | sym
    low: str  # text.lower()


_SPACE_GROUP = re.compile(r"[ \u00a0\u202f\u2009]")
_GROUP_NOTE = re.compile(r"[0-9]{3}[1-9]")  # a group of three and a footnote digit glued to it
_NEXT_NUM = re.compile(r"[.,]?[0-9]|[ \u00a0][0-9]")
_SPACED_DIGIT = re.compile(r"(?<=[0-9])[ \u00a0\u202f\u2009](?=[0-9])")  # where '10 000' may join
_LASTGROUP = attrgetter("lastgroup")  # every alternative of the token regex is a named group
_START = itemgetter(1)
_GROUP = re.compile(r"[0-9]{3}(?:\.[0-9]+)?")
_GROUPS = re.compile(r"[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})*")
_CLAUSE_END = re.compile(r"[.!?:;•\-–]\s*$")
# Superscript footnote markers ("2,000¹") are dropped: they neither make nor change a number
# (but "km²" keeps its square).
_FOOTNOTE = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_OPENING_MARKS = frozenset("\"“‘'([")  # glued before a currency symbol: '"R66bn is allocated'
NO_BREAK_SPACES = ("\u00a0", "\u202f", "\u2009")


REQUIRED_KEYS = (
    "number_words", "multiplier_words", "scales", "scale_words", "scale_abbrev_free", "fraction_denominators",
    "articles", "conjunctions", "number_joiner", "of_word", "name_connectors", "fraction_plurals", "half_word", "half_not_after", "half_quantity_before",
    "half_quantity_after", "half_pair_joiners", "currency_prefixes",
    "currency_suffixes", "locale_cues", "locale_place_cues", "units", "percent_words", "qualifiers_before", "qualifiers_after",
    "label_words", "label_words_any_case", "months", "count_stopwords", "irregular_plurals", "not_plural",
    "name_heads", "ordinal_suffixes", "time_words_after", "time_words_before", "ratio_context", "ratio_times",
    "ratio_in", "range_between", "range_dashes", "range_to", "range_from", "range_from_verbs", "change_stems",
    "sentence_openers", "determiners", "qualifiers_ignored", "period_before", "age_after", "citation_words_after",
    "partitive_pronouns", "approximate_suffixes", "minus_signs", "adjective_suffixes",
    "unit_multiples", "multiple_words", "multiple_base_forms", "multiple_base_followers", "rank_cutoffs",
    "implied_nouns_of", "implied_noun_overridden_by", "company_name_heads", "one_not_after", "one_not_before",
    "phrase_stops", "plus_signs", "quote_pairs", "quote_max_words", "symbol_currency_cues", "process_node_units",
    "process_node_heads", "suspended_joiners", "number_fillers", "frequency_multiples", "plural_modifiers", "rate_denominator_before",
)


@lru_cache(maxsize=4)
def lexicon(lang: str = "en") -> dict[str, Any]:
    """The figure lexicon with derived lookup sets (cached per language); every missing key is reported."""
    lex = dict(load_lexicon(lang))
    # 'US\u00a0$5': a currency written with a no-break space is the same currency
    lex["currency_prefixes"] = {**{k.replace(" ", sp): v for k, v in lex.get("currency_prefixes", {}).items()
                                   for sp in NO_BREAK_SPACES if " " in k}, **lex.get("currency_prefixes", {})}
    lex["_gated_symbols"] = {}
    if lang == "en":  # CLDR's symbols by country: a currency sign as it stands, letters only in context
        for sym, by_code in load_currency_symbols()["symbols"].items():
            if sym in lex["currency_prefixes"]:
                continue
            if any(unicodedata.category(c) == "Sc" for c in sym) and len(by_code) == 1:
                lex["currency_prefixes"][sym] = next(iter(by_code))
            elif sym.isalpha() and sym[:1].isupper():
                lex["_gated_symbols"][sym] = {code: [re.compile(rf"\b{re.escape(x)}") for x in [code, *names]]
                                              for code, names in by_code.items()}
        # every country's ISO code ('PHP', 'IDR'): gated like a letters-only symbol, by its country's names only
        # (the code itself would always be 'named'), and read when glued to the amount ('PHP5.7', see below)
        lex["_iso_codes"] = {code for code in load_currency_symbols().get("codes", {})
                             if code not in lex["currency_prefixes"] and code not in lex["_gated_symbols"]}
        for code in lex["_iso_codes"]:
            lex["_gated_symbols"][code] = {code: [re.compile(rf"\b{re.escape(x)}")
                                                  for x in load_currency_symbols()["codes"][code]]}
    lex["_verbs"] = load_verbs() if lang == "en" else frozenset()
    lex["_partitive_subject_verbs"] = set(lex.get("partitive_subject_verbs", ()))
    lex["_elliptical_subject_verbs"] = set(lex.get("elliptical_subject_verbs", ()))
    lex["_anaphoric_before"] = set(lex.get("anaphoric_before", ()))
    lex["_opening_prefixes"] = {*lex["currency_prefixes"], *lex["_gated_symbols"]}
    missing = [k for k in REQUIRED_KEYS if k not in lex]
    bad_units = [k for k, v in lex.get("units", {}).items() if not (isinstance(v, list) and len(v) == 2)]
    if missing or bad_units:
        raise DataFileError(
            f"pipeline/data/figure_lexicon.{lang}.json: missing keys {missing}; units not [kind, unit]: "
            f"{bad_units} (see figure_lexicon.en.json for the expected shape)")
    lex["_units_by_len"] = sorted(lex["units"].items(), key=lambda kv: (-len(kv[0].split()), -len(kv[0])))
    by_first: dict[str, list[tuple[str, Any]]] = {}
    for phrase, kind_unit in lex["_units_by_len"]:
        by_first.setdefault(phrase_parts(phrase)[0].lower(), []).append((phrase, kind_unit))
    lex["_units_by_first"] = by_first
    lex["_quals"] = sorted(lex["qualifiers_before"], key=lambda q: -len(phrase_parts(q)))
    # The phrase lists are read at every number: index them by the token they must end or start with.
    quals_by_last: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for q in lex["_quals"]:
        quals_by_last.setdefault(phrase_parts(q)[-1], []).append((q, phrase_parts(q)))
    lex["_quals_by_last"] = quals_by_last
    lex["_percent_by_first"] = by_first_token(lex["percent_words"])
    lex["_percent_as_written"] = set(lex.get("percent_words_as_written", ()))
    lex["_change_time_gap_words"] = set(lex.get("change_time_gap_words", ()))
    lex["_label_words_before_number_words"] = set(lex.get("label_words_before_number_words", ()))
    lex["_qualifiers_after_by_first"] = by_first_token(lex["qualifiers_after"].items())
    lex["_amount_words"] = {*lex["number_words"], *lex["multiplier_words"], *lex["articles"]}  # may open one
    lex["_adj_ends"] = tuple(x for x in lex["adjective_suffixes"] if x not in lex.get("adjective_whole_words", ()))
    lex["_figure_openers"] = {*lex["_amount_words"], lex["half_word"], *lex["range_between"], *lex["multiple_words"]}
    lex["_suffixes"] = sorted(lex["currency_suffixes"].items(), key=lambda kv: -len(kv[0]))
    suffixes_by_first: dict[str, list[tuple[str, str]]] = {}
    for phrase, code in lex["_suffixes"]:  # looked up by their first token: this runs after every number
        suffixes_by_first.setdefault(phrase_parts(phrase)[0].lower(), []).append((phrase, code))
    lex["_suffixes_by_first"] = suffixes_by_first
    for key in ("label_words", "label_words_any_case", "months", "count_stopwords", "not_plural", "name_heads",
                "ordinal_suffixes", "time_words_after", "time_words_before", "ratio_context", "scale_words",
                "scale_abbrev_free", "sentence_openers", "range_dashes", "range_to", "articles",
                "fraction_plurals", "conjunctions", "name_connectors", "determiners", "multiple_base_forms",
                "multiple_base_followers", "rank_cutoffs", "implied_noun_overridden_by", "company_name_heads",
                "one_not_after", "one_not_before", "phrase_stops", "plus_signs", "process_node_units",
                "process_node_heads", "plural_modifiers", "label_list_joiners",
                "label_list_after"):
        lex[f"_{key}"] = set(lex[key])
    lex["_change_stems"], lex["_range_from_verbs"] = tuple(lex["change_stems"]), tuple(lex["range_from_verbs"])  # str.startswith
    lex["_scale_abbrev_before_plural"] = set(lex.get("scale_abbrev_before_plural", ()))
    lex["_label_joiners"] = lex["_range_dashes"] | {"/", "%", "_"}  # 'COVID-19', '737/9', '%20035'
    symbols = sorted((k for k in lex["currency_prefixes"] if not k.isalpha()), key=len, reverse=True)
    lex["_token_re"] = re.compile(
        "(?P<cur>" + "|".join(re.escape(s) for s in symbols) + ")"
        r"|(?P<num>[0-9]+(?:[.,][0-9]+)*)"
        rf"|(?P<word>{lex.get('_glued_word', '')}[^\W\d_{_FOOTNOTE}]+[²³]?(?:['’][^\W\d_{_FOOTNOTE}]+)?(?:\.(?=[a-z]\.))?)"
        rf"|(?P<sym>[^\s\w{_FOOTNOTE}]|_)")
    return lex


def by_first_token(phrases: Any) -> dict[str, list[Any]]:
    """Phrases (or (phrase, value) pairs), in their order, by the lowercase first token they spell."""
    out: dict[str, list[Any]] = {}
    for item in phrases:
        phrase = item[0] if isinstance(item, tuple) else item
        out.setdefault(phrase_parts(phrase)[0].lower(), []).append(item)
    return out


def tokenize(text: str, lang: str = "en") -> list[Tok]:
    """The figure tokens of a text. Built column by column with `map` over the regex matches, so no
    Python code runs per token (a text has thousands; the scan looks at a tenth of them)."""
    matches = list(lexicon(lang)["_token_re"].finditer(text))
    words = list(map(re.Match.group, matches))
    fields = zip(words, map(re.Match.start, matches), map(re.Match.end, matches), map(_LASTGROUP, matches),
                 map(str.lower, words))
    # tuple.__new__(Tok, fields) is what Tok._make does, minus a Python call per token
    return merge_space_thousands(text, list(map(tuple.__new__, repeat(Tok), fields)))


def merge_space_thousands(text: str, toks: list[Tok]) -> list[Tok]:
    """'10 000' and '2 100' are one number (Hong Kong style), but '2017 2020' is not.

    Only a number token right after a digit and one space character can merge: those are found with
    one regex search over the text, and the token list is rebuilt only when one does."""
    cands = [m.end() for m in _SPACED_DIGIT.finditer(text)]
    if not cands:
        return toks
    starts = list(map(_START, toks))
    out: list[Tok] = []
    done = 0  # toks[:done] are in out
    for pos in cands:
        j = bisect_left(starts, pos, done)
        if j == len(toks) or starts[j] != pos or j == 0:
            continue
        out += toks[done:j]
        done = j
        prev, tok = out[-1], toks[j]
        if (prev.kind == "num" and tok.kind == "num"
                and _GROUP.fullmatch(tok.text) and _GROUPS.fullmatch(prev.text)
                and tok.start - prev.end == 1 and _SPACE_GROUP.match(text[prev.end])
                and (prev.start == 0 or text[prev.start - 1] not in ".:/")):  # not 'SEP.18 446.87'
            surface = text[prev.start:tok.end]
            out[-1] = Tok(surface, prev.start, tok.end, "num", surface.lower())
            done = j + 1
        elif (prev.kind == "num" and tok.kind == "num" and _GROUP_NOTE.fullmatch(tok.text) and _GROUPS.fullmatch(prev.text)
                and tok.start - prev.end == 1 and text[prev.end] == " " and not _NEXT_NUM.match(text, tok.end)
                and not (len(out) > 1 and out[-2].kind == "num")):  # not a row of a table ('456 1234 789')
            # 'a population of 220 0002': a footnote digit glued to the last group (220 000 and note 2)
            out[-1] = Tok(text[prev.start:tok.end - 1], prev.start, tok.end - 1, "num", text[prev.start:tok.end - 1])
            done = j + 1
    return out + toks[done:] if done else toks


@lru_cache(maxsize=4096)
def phrase_parts(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase as the tokens it spells ('sq. m' → 'sq', '.', 'm')."""
    return tuple(re.findall(r"[^\W\d_]+|[0-9]+|[^\s\w]", phrase))


class Reader:
    """Token access and the small readers a figure is built from."""

    def __init__(self, text: str, lang: str = "en") -> None:
        self.text = text
        self.lang = lang
        self.lex = lexicon(lang)
        self.toks = tokenize(text, lang)
        self.n = len(self.toks)  # the token list never changes after this
        # is_label_number's web-address test is only needed when the text has one at all
        self.has_web = "://" in text or "www." in text or "@" in text
        self._scaled_symbols: dict[str, bool] = {}

    # -- token access -----------------------------------------------------------------
    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    def glued(self, i: int, j: int) -> bool:
        n = self.n  # (tok() inlined here and in low(): they run a million times per corpus)
        return 0 <= i < n and 0 <= j < n and self.toks[i].end == self.toks[j].start

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def words_match(self, i: int, phrase: str) -> int:
        """Number of tokens at i that spell `phrase` (case-insensitive), or 0."""
        parts = phrase_parts(phrase)
        for k, part in enumerate(parts):
            t = self.tok(i + k)
            if t is None or t.low != part.lower() or (k and not self.glued(i + k - 1, i + k)
                                                       and not self.text[self.toks[i + k - 1].end:t.start].isspace()):
                return 0
        return len(parts)

    def sentence_initial(self, i: int) -> bool:
        t = self.toks[i]
        before = self.text[max(0, t.start - 3):t.start]
        return i == 0 or not before.strip() and "\n" in before or bool(_CLAUSE_END.search(before)) \
            or self.text[self.text.rfind("\n", 0, t.start) + 1:t.start].strip() in ("", "-", "•", "*")

    # -- numbers ---------------------------------------------------------------------
    def read_number(self, i: int) -> tuple[Decimal, int, bool, bool] | None:
        """Number at token i → (value, next index, written in words, carries a scale word)."""
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == "num":
            value = parse_digits(t.text)
            return None if value is None else (value, i + 1, False, False)
        if t.kind != "word":
            return None
        units: dict[str, int] = self.lex["number_words"]  # ('three five-year plans': a unit word ends a number
        mults: dict[str, int] = self.lex["multiplier_words"]  # unless it follows a tens word: 'twenty five')
        articles, joiner = self.lex["_articles"], self.lex["number_joiner"]
        j = i
        words: list[str] = []
        while True:
            w = self.low(j)
            starts_ok = bool(words) or mults.get(w) == 100  # 'hundred' may open a number, 'million' may not
            if w in units and (not words or words[-1] not in units or units[words[-1]] % 10 == 0 and units[words[-1]] >= 20 and units[w] < 10) \
                    or w in mults and starts_ok or w in articles and not words and self.low(j + 1) in mults or \
                    w == joiner and words and words[-1] in mults and self.low(j + 1) in units:
                words.append(w)
                j += 1
            elif w == "-" and words and self.glued(j - 1, j) and self.glued(j, j + 1) and self.low(j + 1) in units:
                j += 1
            else:
                break
        if not words or words[-1] in articles or words[-1] == joiner:
            return None
        value = parse_words(" ".join(words), self.lang)
        if value is None:
            return None
        scaled = any(mults.get(w, 0) >= 1000 for w in words)
        half = self.and_a_half(j)
        if half and not scaled:
            value, j = value + Decimal("0.5"), half  # 'two-and-a-half times', 'one and a half years'
        return value, j, True, scaled

    def and_a_half(self, j: int) -> int:
        """Index after 'and a half' / '-and-a-half' at j, or 0."""
        lex = self.lex
        k = j
        for word in (lex["number_joiner"], None, lex["half_word"]):
            if self.low(k) == "-" and self.glued(k - 1, k) and self.glued(k, k + 1):
                k += 1
            if word is None and self.low(k) in lex["_articles"] or self.low(k) == word:
                k += 1
            else:
                return 0
        return k

    def read_scale(self, i: int, has_currency: bool) -> tuple[Decimal, int]:
        """A scale word or abbreviation after a number ('billion', 'bn', the 'm' of '£40m')."""
        t = self.tok(i)
        if t is not None and t.text == "-" and self.glued(i - 1, i) and self.low(i + 1) in self.lex["_scale_words"] \
                and self.glued(i, i + 1):
            return Decimal(self.lex["scales"][self.low(i + 1)]), i + 2  # 'the HK$30-billion plan'
        abbrev = self.tok(i + 1)
        if has_currency and t is not None and t.text == "-" and abbrev is not None and self.glued(i - 1, i) and \
                self.glued(i, i + 1) and abbrev.low in self.lex["scales"] and \
                (abbrev.text.isupper() or abbrev.low in self.lex["_scale_abbrev_free"]) and \
                not (self.glued(i + 1, i + 2) and self.toks[i + 2].kind in ("word", "num")):
            return Decimal(self.lex["scales"][abbrev.low]), i + 2  # headline style: 'a P5.768-T budget', 'P50-B'
        if t is None or t.kind != "word":
            return Decimal(1), i
        scales = self.lex["scales"]
        w = t.low
        if w in self.lex["_scale_words"]:
            nxt = self.low(i + 1)
            if nxt in self.lex["_scale_words"] and scales[nxt] > scales[w]:
                return Decimal(scales[w]) * Decimal(scales[nxt]), i + 2  # 'Rs 21.47 lakh crore'
            return Decimal(scales[w]), i + 1
        free = w in self.lex["_scale_abbrev_free"]
        if w in scales and (free or has_currency and self.glued(i - 1, i)) and \
                not (self.glued(i, i + 1) and self.toks[i + 1].kind in ("word", "num")):
            return Decimal(scales[w]), i + 1
        if w in self.lex["_scale_abbrev_before_plural"] and self.glued(i - 1, i) and self.counted_noun_after(i + 1):
            return Decimal(scales[w]), i + 1  # '1.59m registrations', '20k runners' (not '1.8m wall')
        return Decimal(1), i

    def counted_noun_after(self, i: int) -> bool:
        """A plural count noun, set apart by a space, at token i (not a unit: '5m lengths' stays metres)."""
        t = self.tok(i)
        return t is not None and t.kind == "word" and not self.glued(i - 1, i) and t.text.islower() and \
            (self.looks_plural(t.text) or t.low in self.lex["irregular_plurals"]) and self.read_unit(i) is None

    def read_currency_before(self, i: int) -> tuple[str, int] | None:
        t = self.tok(i)
        nxt = self.tok(i + 1)
        if t is not None and nxt is not None and nxt.kind == "num" and t.text in self.lex["_gated_symbols"] and \
                (self.glued(i, i + 1) or len(t.text) > 1 or self.low(i + 2) in self.lex["_scale_words"]) and \
                (not self.glued(i - 1, i) or self.low(i - 1) in _OPENING_MARKS):  # 'R36', 'Rp 3', '"R66bn'
            code = self.gated_currency(t.text, i + 2)
            if not code and self.glued(i, i + 1) and re.search(r"[.,]", nxt.text):
                # 'PHP5.768-trillion': an ISO code glued to a decimal amount ('RON95' is a fuel grade); 'RM17,298':
                # a symbol of letters only one currency uses, glued to a grouped or decimal amount
                by_code = self.lex["_gated_symbols"][t.text]
                if t.text in self.lex.get("_iso_codes", ()):
                    code = t.text
                elif len(t.text) > 1 and len(by_code) == 1:
                    code = next(iter(by_code))
            return (code, i + 1) if code else None
        if t is None or nxt is None or t.text not in self.lex["currency_prefixes"]:
            return None
        if t.kind == "cur" or nxt.kind == "num" and not t.text.islower():
            return self.lex["currency_prefixes"][t.text], i + 1
        return None

    def gated_currency(self, symbol: str, after: int) -> str:
        """A letters-only symbol ('R36 billion'): the currency whose country or code the text names, else its
        only currency when a scale word follows the number, else '' (not money: 'R10' may be a road)."""
        by_code = self.lex["_gated_symbols"][symbol]
        named = [code for code, cues in by_code.items() if any(rx.search(self.text) for rx in cues)]
        if len(named) == 1:
            return named[0]
        scaled = self.low(after) in self.lex["_scale_words"] or self.low(after) in self.lex["_scale_abbrev_free"] or \
            self.low(after) == "-" and self.read_scale(after, True)[0] != 1  # 'P30-billion', 'P5.768-T'
        if not named and (scaled or self.symbol_scaled_in_text(symbol)):
            if len(by_code) == 1:
                return next(iter(by_code))  # 'R480 a month' in a text that also writes 'R36bn'
            return str(load_currency_symbols().get("shared_defaults", {}).get(symbol, ""))  # 'P2 trillion': peso
        return ""

    def symbol_scaled_in_text(self, symbol: str) -> bool:
        """The text writes this letters-only symbol before an amount with a scale word somewhere ('R2.24
        trillion', 'R36bn'): it is the currency there, so its smaller amounts elsewhere are money too."""
        if symbol not in self._scaled_symbols:
            scales = "|".join(re.escape(w) for w in sorted({*self.lex["_scale_words"], *self.lex["_scale_abbrev_free"]},
                                                           key=len, reverse=True))
            rx = re.compile(rf"(?<![\w.]){re.escape(symbol)} ?[0-9][0-9.,]*\s?(?i:{scales})\b")
            self._scaled_symbols[symbol] = rx.search(self.text) is not None
        return self._scaled_symbols[symbol]

    def read_currency_after(self, i: int) -> tuple[str, int] | None:
        for phrase, code in self.lex["_suffixes_by_first"].get(self.low(i), ()):
            n = self.words_match(i, phrase)
            if n:
                return code, i + n
        return None

    def read_unit(self, i: int) -> tuple[str, str, int] | None:
        """A measure or duration unit at token i → (kind, unit, next index)."""
        first = self.tok(i)
        if first is None:
            return None
        if first.low.endswith(("'s", "’s")):  # 'one month’s rent': a possessive duration
            kind_unit = self.lex["units"].get(first.low[:-2])
            return (kind_unit[0], kind_unit[1], i + 1) if kind_unit and kind_unit[0] == "duration" else None
        for phrase, (kind, unit) in self.lex["_units_by_first"].get(first.low, ()):
            n = self.words_match(i, phrase)
            if not n:
                continue
            # abbreviations are case-sensitive ('MW' yes, 'mw' no) and never the start of a longer word
            if phrase != phrase.lower() and not self.text[first.start:].startswith(phrase):
                continue
            if self.glued(i + n - 1, i + n) and self.toks[i + n].kind in ("word", "num") and \
                    not self.is_footnote(i + n):
                continue
            if kind == "duration" and first.low == unit and self.low(i - 1) != "-" and \
                    premodifies_compound(self, unit, i + n):
                continue  # 'about 300 day care places': the unit premodifies a noun (a count of places)
            return kind, unit, i + n
        return None

    def is_footnote(self, i: int) -> bool:
        """'hectares4', 'organisations5': one or two digits glued to the end of a word, then a break."""
        t, prev = self.tok(i), self.tok(i - 1)
        if t is None or prev is None or t.kind != "num" or len(t.text) > 2 or not t.text.isdigit() or \
                prev.kind != "word" or not self.glued(i - 1, i) or len(prev.text) < 2:
            return False
        after = self.text[t.end:t.end + 1]
        return not after or not (after.isalnum() or after in ".,") or \
            after in ".," and not self.text[t.end + 1:t.end + 2].isdigit()

    def unit_end(self, i: int) -> int:
        """Index after a unit at token i, or 0."""
        unit = self.read_unit(i)
        return unit[2] if unit is not None else 0

    def read_percent(self, i: int) -> int:
        for phrase in self.lex["_percent_by_first"].get(self.low(i), ()):
            n = self.words_match(i, phrase)
            if n and phrase in self.lex["_percent_as_written"] and self.toks[i].text != phrase:
                continue  # '8.7pc' is per cent, '30 PC units' are computers
            if n and not (self.glued(i + n - 1, i + n) and self.toks[i + n - 1].kind == "sym" and self.toks[i + n].kind in ("num", "word")):
                return i + n  # but '%20' glued to what follows is URL encoding ('percentof' is two words)
        return 0

    def qualifier_before(self, i: int) -> tuple[str, int]:
        """Qualifier ending right before token i → (qualifier as written, lowercase; its first index)."""
        for q, parts in self.lex["_quals_by_last"].get(self.low(i - 1), ()):
            k = i - len(parts)
            if k >= 0 and all(self.low(k + n) == p for n, p in enumerate(parts)):
                det = self.low(k - 1) in self.lex["_determiners"] and q not in self.lex.get("qualifiers_after_determiner", ()) \
                    and self.low(k - 1) not in self.lex.get("conjunction_determiners", ())
                if q in self.lex["qualifiers_ignored"] or det or \
                        q == "up to" and self.low(k - 1) in self.lex.get("up_to_particle_verbs", ()) or \
                        q == "around" and self.low(k - 1) in self.lex.get("around_particle_verbs", ()) or \
                        q == "estimated" and self.low(k - 1) in self.lex.get("estimated_not_after", ()):
                    # 'only 3' keeps no qualifier; 'the above three' has none; 'edged up to 0.85%' rose to it;
                    # 'revolve around three issues' names them
                    return "", i
                return " ".join(self.text[self.toks[k].start:self.toks[i - 1].end].lower().split()), k
        return "", i

    def qualifier_after(self, i: int) -> tuple[str, int]:
        for phrase, norm in self.lex["_qualifiers_after_by_first"].get(self.low(i), ()):
            n = self.words_match(i, phrase)
            if n:
                return norm, i + n
        return "", i

    def looks_plural(self, word: str) -> bool:
        w = word.lower()
        if w in self.lex["_not_plural"] or len(w) < 3 or w in self.lex["_count_stopwords"]:
            return False
        if word.isupper() and len(word) > 1 and not word.endswith("s"):
            return False
        return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))

    def is_verb_form(self, i: int) -> bool:
        """A lower-case word at token i that is an English verb in its base or third-person form ('get',
        'gets', 'receives', 'pushes'; verbs.en.json): no noun a number before it counts where it is finite."""
        t = self.tok(i)
        if t is None or t.kind != "word" or not t.text.islower():
            return False
        verbs, w = self.lex["_verbs"], t.low
        return w in verbs or w.endswith("s") and (w[:-1] in verbs or w.endswith("es") and w[:-2] in verbs or
                                                  w.endswith("ies") and w[:-3] + "y" in verbs)

    def amount_starts(self, j: int) -> bool:
        """A sum or number opens at token j, maybe after a qualifier ('$500', 'about HK$94', 'over 20')."""
        for m in range(j, min(j + 4, self.n)):
            t = self.toks[m]
            if t.kind in ("num", "cur") or t.text in self.lex["_opening_prefixes"]:
                return m == j or self.qualifier_before(m)[1] == j
        return False

    def unit_like(self, i: int) -> bool:
        """A word glued after a number that still makes a quantity: unit, scale, percent, currency, 'am'."""
        w = self.low(i)
        return self.read_unit(i) is not None or w in self.lex["scales"] or self.read_percent(i) > 0 or \
            w in self.lex["_time_words_after"] or self.read_currency_after(i) is not None or \
            w in self.lex["_ordinal_suffixes"]
