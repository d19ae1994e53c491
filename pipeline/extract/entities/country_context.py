"""A document's text + the gazetteer's context aliases → the entry an ambiguous English alias names there.

An alias such as 'Parliament', 'EDB' or 'Securities Commission' names a different body in each country; the
gazetteer lists, per alias, the entries it may name and the words whose presence in the text picks one. Where no
such word occurs, the country the text names most decides. Mixed into `EntityRecognizer`, which sets
`contextual`, `plain_names`, `country_names` and the per-document cache `_weights`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pipeline.extract.entities.aliases import fold
from pipeline.extract.entities.gazetteer import Entry, Gazetteer
from pipeline.native import python_class


def country_patterns(gazetteer: Gazetteer) -> dict[str, re.Pattern[str]]:
    """Country code → a pattern of the English names of that country or SAR ('Singapore', 'Hong Kong', 'HKSAR')."""
    names: dict[str, set[str]] = {}
    for e in gazetteer.entries:
        if e.table == "place" and e.type in ("country", "special administrative region") and e.country_code:
            names.setdefault(e.country_code, set()).update(
                n for n in (e.canonical, *e.aliases) if len(n) > 3 and n.isascii())
    return {code: re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, ns), key=len, reverse=True)) + r")\b")
            for code, ns in names.items() if ns}


# 'the Health Ministry', 'the Trade and Industry Ministry' (not 'Ministry of ...': that is the name itself)
INVERTED_MINISTRY = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:(?:,[ ]| and | & )[A-Z][a-z]+)*)[ ]Ministry\b(?![ ]of\b)")


@python_class
class CountryContext:
    """Context resolution of ambiguous aliases (a mixin of `EntityRecognizer`)."""

    contextual: dict[str, list[tuple[Entry, tuple[str, ...]]]]
    plain_names: set[str]
    country_names: dict[str, re.Pattern[str]]
    _weights: tuple[str | None, dict[str, int]]
    matcher: Any

    def in_context(self, text: str, surface: str, entry: Entry) -> Entry | None:
        """The entry an ambiguous alias names in this text: of those whose context words the text contains,
        the one of the country the text names most; else the entry that lists it as a plain alias (or a
        contextual one of a country the text names more), else none."""
        choices = self.contextual.get(" ".join(fold(surface).split()))
        if not choices:
            return entry
        # (a context word in a dateline's capitals counts: 'SINGAPORE — ... in Parliament')
        hits = [choice for choice, words in choices if any(w in text or w.upper() in text for w in words)]
        if hits:  # 'Parliament' in a text naming Singapore and the UK: the country it names most (first on a tie)
            return self.heaviest(text, hits)
        if " ".join(fold(surface).split()) not in self.plain_names:
            return None
        # no context word: 'EDB' in a text about Singapore is Singapore's EDB, not Hong Kong's (the plain alias)
        best = self.heaviest(text, [choice for choice, _ in choices])
        return best if self.country_weight(text, best.country_code) > self.country_weight(text, entry.country_code) \
            else entry

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

    def country_weight(self, text: str, code: str) -> int:
        """How often the text names the country or SAR of a country code (cached for the current document)."""
        if self._weights[0] is not text:
            self._weights = (text, {})
        counts = self._weights[1]
        if code not in counts:
            names = self.country_names.get(code)
            counts[code] = len(names.findall(text)) if names is not None else 0
        return counts[code]
