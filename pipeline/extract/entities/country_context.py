"""A document's text + the gazetteer's context aliases → the entry an ambiguous English alias names there.

An alias such as 'Parliament', 'EDB' or 'Securities Commission' names a different body in each country; the
gazetteer lists, per alias, the entries it may name and the words whose presence in the text picks one. Where no
such word occurs, the country the text names most decides. Mixed into `EntityRecognizer`, which sets
`contextual`, `plain_names`, `country_names` and the per-document cache `_weights`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.extract.entities.aliases import fold
from functools import lru_cache

from pipeline.extract.entities.gazetteer import Entry, Gazetteer, load_json_data
from pipeline.native import python_class
from pipeline.regexgate import LineGated


@lru_cache(maxsize=1)
def home_context_aliases() -> frozenset[str]:
    """The context aliases a text of their home country may name bare, without their context words (data:
    not_entities.en.json home_context_aliases: 'SSG', 'COS' in a Singapore Budget speech); every other one
    ('AA', 'CPU', 'ABS') still needs its context words."""
    return frozenset(" ".join(fold(a).split()) for a in load_json_data("not_entities.en.json").get(
        "home_context_aliases", []))


def country_names(gazetteer: Gazetteer) -> dict[str, set[str]]:
    """Country code → the English names of that country or SAR ('Singapore', 'Hong Kong', 'HKSAR')."""
    names: dict[str, set[str]] = {}
    for e in gazetteer.entries:
        if e.table == "place" and e.type in ("country", "special administrative region") and e.country_code:
            names.setdefault(e.country_code, set()).update(
                n for n in (e.canonical, *e.aliases) if len(n) > 3 and n.isascii())
    return names


def country_patterns(gazetteer: Gazetteer) -> dict[str, re.Pattern[str]]:
    """Country code → a pattern of the English names of that country or SAR."""
    return {code: re.compile(word_alternation(ns) + r"\b") for code, ns in country_names(gazetteer).items() if ns}


def any_country_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    """Any English name of any country or SAR (what `bodies_country` asks: is one there at all)."""
    names = set().union(*country_names(gazetteer).values())
    return re.compile(word_alternation(names) + r"\b") if names else re.compile("(?!)")


def word_alternation(names: Iterable[str]) -> str:
    r"""'\b(?:names, longest first)' written so that every branch opens with its first character and tests the word
    boundary before it from after it ('S(?<!\wS)ingapore' is '\bSingapore'): `re` then skips to the names' first
    letters instead of trying the boundary and every branch at each position (the same matches).

    The names are grouped by their first character, each group keeping the longest-first order
    ('S(?<!\wS)(?:outh Korea|ingapore)|K(?<!\wK)(?:orea)'): at a capital `re` then tries only the names that open
    with it, not all ~440 of every country (a long document: 1.85 -> 0.14 ms). Names that can match at one position
    share its character, so they stand in one group in their old order: the same matches."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    branches = []
    for char, rests in groups.items():
        first = re.escape(char)
        boundary = f"(?<!\\w{first})" if re.match(r"\w", char) else f"(?<=\\w{first})"
        branches.append(first + boundary + "(?:" + "|".join(rests) + ")")
    return "(?:" + "|".join(branches) + ")"


# 'the Health Ministry', 'the Trade and Industry Ministry' (not 'Ministry of ...': that is the name itself)
# (LineGated: tried only on the lines with ' Ministry', the same matches)
INVERTED_MINISTRY = LineGated(re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:(?:,[ ]| and | & )[A-Z][a-z]+)*)[ ]Ministry\b"
                                         r"(?![ ]of\b)"), re.compile(r"[ ]Ministry\b"))


@python_class
class CountryContext:
    """Context resolution of ambiguous aliases (a mixin of `EntityRecognizer`)."""

    contextual: dict[str, list[tuple[Entry, tuple[str, ...]]]]
    plain_names: set[str]
    country_names: dict[str, re.Pattern[str]]
    _weights: tuple[str | None, dict[str, int]]
    _bodies: tuple[str | None, str]  # per document: (text, bodies_country), set on first use
    _own: tuple[str | None, str]  # per document: (text, jurisdiction_country), set on first use
    any_country: re.Pattern[str]  # every country's and SAR's English names (any_country_pattern)
    matcher: Any
    entries: dict[str, Entry]
    _jurisdiction: str  # per document: its home place id (set by EntityRecognizer.mentions)

    def in_context(self, text: str, surface: str, entry: Entry) -> Entry | None:
        """The entry an ambiguous alias names in this text: of those whose context words the text contains,
        the one of the country the text names most; else the entry that lists it as a plain alias (or a
        contextual one of a country the text names more), else none."""
        key = " ".join(fold(surface).split())
        choices = self.contextual.get(key)
        if not choices:
            return entry
        # (a context word in a dateline's capitals counts: 'SINGAPORE — ... in Parliament')
        hits = [choice for choice, words in choices if any(w in text or w.upper() in text for w in words)]
        home = self.bodies_country(text) if not hits else ""
        if home:  # 'MOF' in a Committee of Supply speech that names 'PUB' and 'HDB' but never Singapore
            names = self.country_names[home]
            hits = [choice for choice, words in choices
                    if choice.country_code == home and any(names.fullmatch(w) for w in words)]
        own = self.jurisdiction_country(text) \
            if not hits and key not in self.plain_names and key in home_context_aliases() else ""
        if own:  # 'SSG', 'its COS' in a Singapore Budget speech (its bare '$' reads SGD) that names no other
            # country: the speech's own agencies and Parliament's committee
            hits = [choice for choice, _ in choices if choice.country_code == own]
        if hits:  # 'Parliament' in a text naming Singapore and the UK: the country it names most (first on a tie)
            return self.heaviest(text, hits)
        if key not in self.plain_names:
            return None
        # no context word: 'EDB' in a text about Singapore is Singapore's EDB, not Hong Kong's (the plain alias)
        best = self.heaviest(text, [choice for choice, _ in choices])
        return best if self.country_weight(text, best.country_code) > self.country_weight(text, entry.country_code) \
            else entry

    def jurisdiction_country(self, text: str) -> str:
        """The country code of the document's home place (`_jurisdiction`: the place its bare '$' names,
        home_jurisdictions) when the text names no other country or SAR, else '' (cached for the current
        document): 'The NEA said the reactors in France are safe' may name another country's agency."""
        cached = getattr(self, "_own", None)
        if cached is not None and cached[0] is text:
            return str(cached[1])
        place = self.entries.get(self._jurisdiction) if self._jurisdiction else None
        code = place.country_code if place is not None and place.country_code in self.country_names else ""
        if code and any(not self.country_names[code].fullmatch(m.group()) for m in self.any_country.finditer(text)):
            code = ""
        self._own = (text, code)
        return code

    def heaviest(self, text: str, choices: list[Entry]) -> Entry:
        """The choice of the country the text names most (the first on a tie, as `max` gives it); a loop, not
        a `key` lambda: mypyc cannot compile a closure in a method of a plain Python class (`python_class`)."""
        best, weight = choices[0], self.country_weight(text, choices[0].country_code)
        for choice in choices[1:]:
            w = self.country_weight(text, choice.country_code)
            if w > weight:
                best, weight = choice, w
        return best

    def inverted_forms(self, text: str) -> Iterator[tuple[int, int, str]]:
        """'the Health Ministry', 'the Defence Ministry': a field before 'Ministry' is the 'Ministry of <field>'
        a gazetteer knows (read in context like that name); (start, end, the name it stands for)."""
        for m in INVERTED_MINISTRY.finditer(text):
            name = f"Ministry of {m.group(1)}"
            found = [x for x in self.matcher.find(name) if x[:2] == (0, len(name))]
            if found:
                yield m.start(), m.end(), name

    def bodies_country(self, text: str) -> str:
        """The country of the text's own bodies when it names no country or SAR at all: the country code of the
        gazetteer institutions it names by a name only they bear ('PUB', 'Housing and Development Board'), if
        one country has the most; '' otherwise (cached for the current document). A minister's speech to his own
        parliament names his ministry and its agencies, not his country."""
        cached = getattr(self, "_bodies", None)
        if cached is not None and cached[0] is text:
            return str(cached[1])
        home = ""
        if not self.any_country.search(text):
            counts: dict[str, int] = {}
            for s, e, entry in self.matcher.find(text):
                if entry.table == "institution" and entry.country_code and \
                        " ".join(fold(text[s:e]).split()) not in self.contextual:
                    counts[entry.country_code] = counts.get(entry.country_code, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] in self.country_names:
                home = ranked[0][0]
        self._bodies = (text, home)
        return home

    def country_weight(self, text: str, code: str) -> int:
        """How often the text names the country or SAR of a country code (cached for the current document)."""
        if self._weights[0] is not text:
            self._weights = (text, {})
        counts = self._weights[1]
        if code not in counts:
            names = self.country_names.get(code)
            counts[code] = len(names.findall(text)) if names is not None else 0
        return counts[code]
