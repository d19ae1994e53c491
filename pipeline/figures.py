"""Text → `FigureMatch` list: a rule recognizer for stated quantities (money, counts, measures, ...).

It works on a light tokenization of the raw text (not spaCy's), so that offsets, glued forms
("87-hectare", "€3bn", "MOP559,495") and space thousands separators ("10 000") are under our
control; spaCy's entities only add confidence (see `extract`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from pipeline.numbers import load_lexicon, parse_digits, parse_words


@dataclass(frozen=True)
class FigureMatch:
    start: int
    end: int
    kind: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str
    subject: str
    currency_inferred: bool = False


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int
    kind: str  # num | word | cur | sym

    @property
    def low(self) -> str:
        return self.text.lower()


_TOKEN = re.compile(
    r"(?P<cur>(?:HK|US|S|NT|A|C|MOP|NZ)\$|[€£¥$])"
    r"|(?P<num>[0-9]+(?:[.,][0-9]+)*)"
    r"|(?P<word>[A-Za-z]+(?:['’][A-Za-z]+)?(?:\.(?=[a-z]\.))?)"
    r"|(?P<sym>[^\sA-Za-z0-9])"
)
_SPACE_GROUP = re.compile(r"[ \u00a0\u202f\u2009]")


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "sym"
        toks.append(Tok(m.group(), m.start(), m.end(), kind))
    return merge_space_thousands(text, toks)


def merge_space_thousands(text: str, toks: list[Tok]) -> list[Tok]:
    """'10 000' and '2 100' are one number (Hong Kong style), but '2017 2020' is not."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "num" and tok.kind == "num"
                and re.fullmatch(r"[0-9]{3}(?:\.[0-9]+)?", tok.text)
                and re.fullmatch(r"[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})*", prev.text)
                and tok.start - prev.end == 1 and _SPACE_GROUP.match(text[prev.end])):
            out[-1] = Tok(text[prev.start:tok.end], prev.start, tok.end, "num")
        else:
            out.append(tok)
    return out


@lru_cache(maxsize=4)
def lexicon(lang: str = "en") -> dict[str, Any]:
    lex = dict(load_lexicon(lang))
    lex["_units_by_len"] = sorted(lex["units"].items(), key=lambda kv: -len(kv[0].split()))
    lex["_quals"] = sorted(lex["qualifiers_before"], key=lambda q: -len(q.split()))
    lex["_label_words"] = set(lex["label_words"])
    lex["_months"] = set(lex["months"])
    lex["_stop"] = set(lex["count_stopwords"])
    lex["_not_plural"] = set(lex["not_plural"])
    return lex


NAME_HEADS = {"scheme", "programme", "program", "plan", "fund", "card", "bill", "ordinance",
              "initiative", "policy", "project", "award", "awards", "prize", "strategy", "report",
              "budget", "budgets", "address", "blueprint", "agenda", "summit", "forum", "act"}
ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
TIME_WORDS = {"am", "pm", "a.m", "p.m", "hrs", "hours", "o'clock"}


class Scanner:
    """One pass over a text's tokens, producing FigureMatch records."""

    def __init__(self, text: str, default_currency: str = "HKD", lang: str = "en") -> None:
        self.text = text
        self.toks = tokenize(text)
        self.lex = lexicon(lang)
        self.default_currency = default_currency
        self.used: set[int] = set()

    # -- small token helpers -------------------------------------------------
    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def glued(self, i: int, j: int) -> bool:
        a, b = self.tok(i), self.tok(j)
        return a is not None and b is not None and a.end == b.start

    def low(self, i: int) -> str:
        t = self.tok(i)
        return t.low if t else ""

    def words_match(self, i: int, phrase: str) -> int:
        """Number of tokens at i that spell `phrase` (words, '%', '-', '.'), or 0."""
        parts = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", phrase)
        for k, part in enumerate(parts):
            t = self.tok(i + k)
            if t is None or t.low != part.lower():
                return 0
        return len(parts)

    # -- number reading ----------------------------------------------------------
    def read_number(self, i: int) -> tuple[Decimal, int, bool] | None:
        """Number at token i → (value, next index, written-in-words)."""
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == "num":
            value = parse_digits(t.text)
            if value is None:
                return None
            return value, i + 1, False
        if t.kind != "word":
            return None
        units = self.lex["number_words"]
        mults = self.lex["multiplier_words"]
        j = i
        words: list[str] = []
        while True:
            w = self.low(j)
            if w in units or (w in mults and words and w != "thousand" or w == "hundred"):
                words.append(w)
                j += 1
            elif w in ("a", "an") and not words and self.low(j + 1) == "hundred":
                words.append(w)
                j += 1
            elif w == "and" and words and self.low(j + 1) in units and "hundred" in words:
                words.append(w)
                j += 1
            elif w == "-" and words and self.glued(j - 1, j) and self.glued(j, j + 1) \
                    and self.low(j + 1) in units:
                j += 1
            else:
                break
        if not words or words[-1] in ("a", "an", "and"):
            return None
        value = parse_words(" ".join(words))
        if value is None:
            return None
        return value, j, True

    def read_scale(self, i: int, after_num: int) -> tuple[Decimal, int]:
        """A scale word or glued abbreviation after a number ('billion', 'bn', '3m')."""
        t = self.tok(i)
        if t is None or t.kind != "word":
            return Decimal(1), i
        scales = self.lex["scales"]
        w = t.low
        if w in ("thousand", "million", "billion", "trillion"):
            return Decimal(scales[w]), i + 1
        if w in scales and self.glued(after_num, i) and not self.glued(i, i + 1):
            return Decimal(scales[w]), i + 1
        if w in ("bn", "mn", "tn") and not self.glued(i, i + 1):
            return Decimal(scales[w]), i + 1
        return Decimal(1), i

    def read_currency_before(self, i: int) -> tuple[str, int] | None:
        t = self.tok(i)
        if t is None:
            return None
        prefixes = self.lex["currency_prefixes"]
        if t.kind == "cur":
            return prefixes[t.text], i + 1
        if t.kind == "word" and t.text in prefixes and t.text.isupper():
            nxt = self.tok(i + 1)
            if nxt is not None and nxt.kind == "num":
                return prefixes[t.text], i + 1
        return None

    def read_currency_after(self, i: int) -> tuple[str, int] | None:
        for phrase, code in sorted(self.lex["currency_suffixes"].items(), key=lambda kv: -len(kv[0])):
            n = self.words_match(i, phrase)
            if n:
                return code, i + n
        return None

    def read_unit(self, i: int) -> tuple[str, str, int] | None:
        """A measure or duration unit at token i → (kind, unit, next index)."""
        for phrase, (kind, unit) in self.lex["_units_by_len"]:
            n = self.words_match(i, phrase)
            if n:
                t = self.tok(i + n - 1)
                nxt = self.tok(i + n)
                # 'm' must not swallow the start of a word; unit abbreviations are case-sensitive
                if t is not None and len(phrase) <= 3 and phrase != phrase.lower() and \
                        self.tok(i) is not None and self.tok(i).text != phrase.split()[0]:  # type: ignore[union-attr]
                    continue
                if nxt is not None and nxt.kind == "word" and self.glued(i + n - 1, i + n):
                    continue
                return kind, unit, i + n
        return None

    def read_percent(self, i: int) -> int:
        for phrase in ("percentage points", "percentage point", "per cent", "percent", "%", "pct"):
            n = self.words_match(i, phrase)
            if n:
                return i + n
        return 0

    def qualifier_before(self, i: int) -> tuple[str, int]:
        """Qualifier ending right before token i → (qualifier as written, lowercase; its first index)."""
        for q in self.lex["_quals"]:
            parts = q.split()
            k = i - len(parts)
            if k < 0:
                continue
            if all(self.low(k + n) == p for n, p in enumerate(parts)):
                if q == "only":
                    return "", i
                return " ".join(self.toks[k + n].text.lower() for n in range(len(parts))), k
        return "", i

    def qualifier_after(self, i: int) -> tuple[str, int]:
        for phrase, norm in self.lex["qualifiers_after"].items():
            n = self.words_match(i, phrase)
            if n:
                return norm, i + n
        return "", i

    # -- exclusions ----------------------------------------------------------------
    def is_label_number(self, i: int) -> bool:
        """'Phase 2', 'Cap. 622', '14th', 'December 2017', '2024-25', paragraph numbers, footnotes."""
        t = self.toks[i]
        prev = self.tok(i - 1)
        nxt = self.tok(i + 1)
        if prev is not None and prev.kind == "word" and prev.end == t.start:
            return True  # footnote marker glued to a word, or a code like 'A380'
        if nxt is not None and nxt.low in ORDINAL_SUFFIX and self.glued(i, i + 1):
            return True
        k = i - 1
        if prev is not None and prev.text == ".":
            k = i - 2
        if self.low(k) in self.lex["_label_words"] and not self.toks[k].text.islower() or \
                self.low(k) in ("cap", "no", "para", "paras", "aged", "age", "until", "tel", "fax", "rule"):
            return True
        if self.low(i - 1) in self.lex["_months"] or (nxt is not None and nxt.low in self.lex["_months"]):
            return True
        if nxt is not None and nxt.text in ("-", "–", "/") and self.glued(i, i + 1) and \
                re.fullmatch(r"(19|20)[0-9]{2}", t.text):
            after = self.tok(i + 2)
            if after is not None and after.kind == "num" and re.fullmatch(r"[0-9]{2}|[0-9]{4}", after.text):
                return True
        if prev is not None and prev.text in ("-", "–", "/") and self.glued(i - 1, i) and \
                re.fullmatch(r"[0-9]{2}|(19|20)[0-9]{2}", t.text) and self.tok(i - 2) is not None and \
                re.fullmatch(r"(19|20)[0-9]{2}", self.toks[i - 2].text):
            return True
        if nxt is not None and nxt.text == ":" and self.glued(i, i + 1):
            after = self.tok(i + 2)
            if after is not None and after.kind == "num" and len(after.text) == 2 and (
                    self.low(i + 3) in TIME_WORDS or self.low(i - 1) in ("at", "from", "until", "by", "to")):
                return True
        if nxt is not None and nxt.low in TIME_WORDS - {"hours"}:
            return True
        # a paragraph number: a number at the start of a line followed by '.' or ')'
        line_start = self.text.rfind("\n", 0, t.start) + 1
        if not self.text[line_start:t.start].strip() and nxt is not None and nxt.text in (".", ")") \
                and self.glued(i, i + 1):
            return True
        return False

    @staticmethod
    def is_year(value: Decimal, surface: str) -> bool:
        return bool(re.fullmatch(r"(1[89]|20)[0-9]{2}", surface))

    # -- figure shapes ---------------------------------------------------------------
    def read_amount(self, i: int, allow_to_range: bool = True) -> dict[str, Any] | None:
        """[currency] number [scale] [-|to [currency] number [scale]] [currency word]."""
        code: str | None = None
        j = i
        cur = self.read_currency_before(i)
        if cur is not None:
            code, j = cur
        num = self.read_number(j)
        if num is None:
            return None
        value, k, in_words = num
        if not in_words and self.is_label_number(j):
            return None
        scale, k2 = self.read_scale(k, k - 1)
        value *= scale
        value_max: Decimal | None = None
        t = self.tok(k2)
        if t is not None and (t.text in ("-", "–", "—") or (t.low == "to" and allow_to_range)):
            m = k2 + 1
            c2 = self.read_currency_before(m)
            if c2 is not None:
                code = code or c2[0]
                m = c2[1]
            n2 = self.read_number(m)
            hyphen_ok = t.low == "to" or (self.glued(k2 - 1, k2) or self.tok(k2 + 1) is not None)
            if n2 is not None and hyphen_ok and n2[2] == in_words and \
                    (n2[2] or not self.is_label_number(m)):
                scale2, m2 = self.read_scale(n2[1], n2[1] - 1)
                if scale == 1 and scale2 != 1:
                    value *= scale2
                vmax = n2[0] * scale2
                if vmax > value:
                    value_max, k2 = vmax, m2
        after = self.read_currency_after(k2) if code is None or code == "$" else None
        if after is not None and (code is None or after[0] != "$"):
            code, k2 = after[0], after[1]
        surface = self.toks[j].text
        return {"start_idx": i, "num_idx": j, "end_idx": k2, "value": value, "value_max": value_max,
                "currency": code, "scaled": scale != 1, "in_words": in_words, "surface": surface}

    def classify(self, amt: dict[str, Any]) -> tuple[str, str, str, int] | None:
        """Decide kind/unit/subject of an amount → (kind, unit, subject, end index) or None."""
        k = amt["end_idx"]
        value: Decimal = amt["value"]
        nxt = self.tok(k)
        first = self.toks[amt["num_idx"]]
        if amt["in_words"] and first.text[:1].isupper() and nxt is not None and (
                nxt.text[:1].isupper() or (nxt.text == "-" and self.tok(k + 1) is not None
                                           and self.toks[k + 1].text[:1].isupper())):
            return None  # 'Five-Year Plan', 'Two Sessions': a name, not a figure
        if amt["currency"]:
            if nxt is not None and nxt.kind == "word" and nxt.low in NAME_HEADS and \
                    nxt.text[:1].isupper() and not amt["scaled"]:
                return None  # 'the $2 Scheme'
            code = amt["currency"]
            return "money", code, "", k
        p = self.read_percent(k)
        if p:
            return "percent", "", "", p
        if nxt is not None and nxt.text in ("-", "–") and self.glued(k - 1, k) and self.glued(k, k + 1):
            unit = self.read_unit(k + 1)
            if unit is not None:
                return unit[0], unit[1], "", unit[2]
            word = self.tok(k + 1)
            follow = self.tok(k + 2)
            if word is not None and word.kind == "word" and word.text.islower() and follow is not None \
                    and follow.kind == "word" and follow.low not in self.lex["_stop"] and value != 1:
                return "count", word.low, word.low, k + 2
            return None
        unit = self.read_unit(k)
        if unit is not None:
            if self.is_year(value, amt["surface"]) and not amt["value_max"]:
                return None
            return unit[0], unit[1], "", unit[2]
        if self.is_year(value, amt["surface"]) or (amt["surface"].startswith("0") and "." not in amt["surface"]
                                                   and len(amt["surface"]) > 1):
            return None
        if nxt is not None and nxt.low == "times":
            return "ratio", "", "", k + 1
        if nxt is not None and nxt.low == "in" and value == 1:
            n2 = self.read_number(k + 1)
            if n2 is not None and n2[0] > 1:
                amt["value"] = Decimal(1) / n2[0]
                return "ratio", "", "", n2[1]
        if nxt is not None and nxt.text == ":" and self.glued(k - 1, k) and self.glued(k, k + 1):
            n2 = self.read_number(k + 1)
            if n2 is not None and n2[0] != 0 and not n2[2]:
                amt["value"] = value / n2[0]
                return "ratio", "", "", n2[1]
        head = self.count_head(k)
        if head is not None and value != 1:
            unit_name, subject, end = head
            return "count", unit_name, subject, end
        if amt["scaled"]:
            return "count", "", "", k
        return None

    def count_head(self, k: int) -> tuple[str, str, int] | None:
        """The counted noun phrase after a number: first plural word within a few words."""
        irregular = self.lex["irregular_plurals"]
        j = k
        words = 0
        while words < 6:
            t = self.tok(j)
            if t is None or t.kind != "word":
                return None
            # glue hyphenated compounds: 'wet-laboratory', 'Macao-funded'
            end = j
            while self.tok(end + 1) is not None and self.toks[end + 1].text == "-" and \
                    self.glued(end, end + 1) and self.glued(end + 1, end + 2) and \
                    self.toks[end + 2].kind == "word":
                end += 2
            last = self.toks[end]
            w = last.low
            if t.low in self.lex["_stop"] or t.low in self.lex["_months"]:
                return None
            if w in irregular or self.looks_plural(last.text):
                head = irregular.get(w) or singularize(w)
                start_char = self.toks[k].start
                subject_end = last.end
                subject_end = self.of_phrase_end(end + 1, subject_end)
                return head, self.text[start_char:subject_end], end + 1
            words += 1
            j = end + 1
        return None

    def of_phrase_end(self, j: int, default: int) -> int:
        """'branches of the China National Engineering Research Center': extend over a named of-phrase."""
        if self.low(j) != "of":
            return default
        m = j + 1
        if self.low(m) == "the":
            m += 1
        end = default
        while self.tok(m) is not None and self.toks[m].kind == "word" and \
                (self.toks[m].text[:1].isupper() or self.toks[m].low in ("and", "of", "for")):
            if self.toks[m].text[:1].isupper():
                end = self.toks[m].end
            m += 1
        return end

    def looks_plural(self, word: str) -> bool:
        w = word.lower()
        if w in self.lex["_not_plural"] or len(w) < 3 or not w.isalpha() and "-" not in w:
            return False
        if word.isupper() and len(word) > 1 and not word.endswith("s"):
            return False
        return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))

    def read_fraction(self, i: int) -> tuple[Decimal, int] | None:
        fractions: dict[str, float] = self.lex["fractions"]
        for phrase in sorted(fractions, key=len, reverse=True):
            n = self.words_match(i, phrase)
            if not n:
                continue
            if phrase.startswith(("a ",)) and self.low(i + n) not in ("of",):
                continue
            if phrase == "half":
                prev = self.low(i - 1)
                if prev in ("first", "second", "the", "a", "-", "last", "latter", "former") or \
                        (self.low(i + 1) not in ("of", "the", "its", "their", "a") and not
                         self.qualifier_before(i)[0]):
                    continue
            return Decimal(str(fractions[phrase])), i + n
        return None

    def emit(self, start_idx: int, end_idx: int, kind: str, value: Decimal, value_max: Decimal | None,
             unit: str, subject: str, currency_inferred: bool = False) -> FigureMatch:
        qualifier, qstart = self.qualifier_before(start_idx)
        qual_after, qend = self.qualifier_after(end_idx)
        if qual_after and not qualifier:
            qualifier, end_idx = qual_after, qend
        start = self.toks[qstart].start
        end = self.toks[end_idx - 1].end
        for n in range(qstart, end_idx):
            self.used.add(n)
        return FigureMatch(start, end, kind, value, value_max, unit, qualifier, subject, currency_inferred)

    def scan(self) -> list[FigureMatch]:
        out: list[FigureMatch] = []
        i = 0
        n = len(self.toks)
        while i < n:
            if i in self.used:
                i += 1
                continue
            frac = self.read_fraction(i)
            if frac is not None:
                out.append(self.emit(i, frac[1], "fraction", frac[0], None, "", ""))
                i = frac[1]
                continue
            if self.low(i) == "between":
                got = self.read_between(i)
                if got is not None:
                    out.append(got)
                    i = max(self.used) + 1
                    continue
            change = self.low(i - 1) == "from" and not re.match(r"rang|vary|varie", self.low(i - 2))
            amt = self.read_amount(i, allow_to_range=not change)
            if amt is None:
                i += 1
                continue
            cls = self.classify(amt)
            if cls is None:
                i = max(i + 1, amt["num_idx"] + 1)
                continue
            kind, unit, subject, end_idx = cls
            inferred = False
            if kind == "money" and unit == "$":
                unit, inferred = self.default_currency, True
            if amt["in_words"] and amt["value"] == 1 and kind == "count":
                i = end_idx
                continue
            out.append(self.emit(i, end_idx, kind, amt["value"], amt["value_max"], unit, subject, inferred))
            i = end_idx
        return out

    def read_between(self, i: int) -> FigureMatch | None:
        first = self.read_amount(i + 1, allow_to_range=False)
        if first is None or self.low(first["end_idx"]) != "and":
            return None
        second = self.read_amount(first["end_idx"] + 1, allow_to_range=False)
        if second is None:
            return None
        cls = self.classify(second)
        if cls is None:
            return None
        kind, unit, subject, end_idx = cls
        value = first["value"]
        if not first["scaled"] and second["scaled"]:
            value *= second["value"] / parse_digits_or(second)
        inferred = False
        if kind == "money" and unit == "$":
            unit, inferred = self.default_currency, True
        if second["value"] <= value:
            return None
        return self.emit(i, end_idx, kind, value, second["value"], unit, subject, inferred)


def parse_digits_or(amt: dict[str, Any]) -> Decimal:
    """The unscaled number of an amount (its value divided by its scale word)."""
    surface = amt["surface"]
    from pipeline.numbers import parse_digits as _pd

    v = _pd(surface) or parse_words(surface) or Decimal(1)
    return v


def singularize(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def find_figures(text: str, default_currency: str = "HKD", lang: str = "en") -> list[FigureMatch]:
    """Every figure the rules find in `text`, in text order."""
    return Scanner(text, default_currency, lang).scan()


def infer_currency(text: str, default: str = "HKD", lang: str = "en") -> str:
    """The currency a bare '$' means in this text: the locale its explicit currencies and places point to."""
    votes = {
        "HKD": len(re.findall(r"HK\$|\bHKD\b|Hong Kong", text)),
        "MOP": len(re.findall(r"MOP\$?|\bpatacas?\b|Maca[ou]", text)),
        "USD": len(re.findall(r"US\$|\bUSD\b", text)) + (3 if re.search(r"\bUnited States\b|\bU\.S\.", text) else 0),
        "SGD": len(re.findall(r"S\$|\bSingapore\b", text)),
        "AUD": len(re.findall(r"A\$|\bAustralia\b", text)),
        "CAD": len(re.findall(r"C\$|\bCanad", text)),
        "TWD": len(re.findall(r"NT\$|\bTaiwan\b", text)),
    }
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0] == default))
    return best[0] if best[1] > 0 else default
