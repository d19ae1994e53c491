"""Folded Chinese text + its matches → counties and districts named by their short names in a list (南海、顺德、高明、三水).

A county's or a district's short name (顺德 for 顺德区, 清新 for 清新区) is often an ordinary word or another place's
name too (南海 the sea, 清新 'fresh', 高明 'brilliant'), so alone it names nothing and the gazetteer keeps no such
short form. But a report lists its neighbours and partners by short name (与清新、佛冈、英德合作; 带动茂南、罗定), and
a list coordinates like with like: where every item of a list is the short name (or the full name) of a county,
district or county-level city, the list is one of divisions, and the administrative-division gazetteer says which:
- items are joined by 、 (the last one also by 和, 及, 与), each exactly a division's name less its 县/市/区, or in full;
- the items are children of one prefecture that the document names (its siblings, the prefecture's own list), or
  each item is a short form the gazetteer already keeps for reading in context (`zh_local`: 茂南; `zh_bounded`:
  罗定) — the list is then their context;
- an item replaces another reading of the same span (南海 the sea), never a longer name around it (南海区人民政府).
So a list of compass words (城东、城西) is no list of Xining's districts in a text that never names Xining.
"""

from __future__ import annotations

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.quoted_zh import Match
from pipeline.lang import fold

_SUFFIXES = "县市区縣區"
_TYPES = ("county", "district", "county-level city")


class SiblingLists:
    """Index of folded division name (short, or full) → (division id, its prefecture id)."""

    def __init__(self, entries: dict[str, Entry], names_of: dict[str, set[str]], division_parent: dict[str, str],
                 bounded: set[str], local: dict[str, set[str]], separators: str = "、", last_joiners: str = "和及与與") -> None:
        self.by_name: dict[str, list[tuple[str, str]]] = {}
        for eid, parent in sorted(division_parent.items()):
            e = entries.get(eid)
            if e is None or e.type not in _TYPES or e.country_code != "CN":
                continue
            for name in sorted(n for n in names_of.get(eid, ()) if n[-1:] in _SUFFIXES):
                stem = name[:-1]
                for key in (name, stem):
                    if 2 <= len(key) <= 4 and (eid, parent) not in self.by_name.get(key, []):
                        self.by_name.setdefault(key, []).append((eid, parent))
        self.bounded = {fold(k) for k in bounded}  # a county-level city's short form (罗定)
        self.local: dict[str, set[str]] = {}  # a district's or county's short form (茂南) → its prefectures
        for k, parents in local.items():
            self.local.setdefault(fold(k), set()).update(parents)
        self.separators = separators
        self.last_joiners = last_joiners
        self.lengths = sorted({len(k) for k in self.by_name}, reverse=True)

    def _ending(self, folded: str, end: int) -> list[tuple[int, int]]:
        return [(end - n, end) for n in self.lengths if end - n >= 0 and folded[end - n:end] in self.by_name]

    def _starting(self, folded: str, start: int) -> list[tuple[int, int]]:
        return [(start, start + n) for n in self.lengths if folded[start:start + n] in self.by_name]

    def chains(self, folded: str) -> list[list[list[tuple[int, int]]]]:
        """Lists of items; each item the candidate spans (longest first) of a division name there."""
        out: list[list[list[tuple[int, int]]]] = []
        i = folded.find(self.separators[0])
        used: set[int] = set()
        while i >= 0:
            if i not in used:
                first = self._ending(folded, i)
                items = [first] if first else []
                at = i
                while items:
                    nxt = self._starting(folded, at + 1)
                    # an item followed by a separator is that long (南海、); the last one may run on (罗定引进)
                    closed = [c for c in nxt if c[1] < len(folded) and folded[c[1]] in self.separators + self.last_joiners]
                    if not nxt:
                        break
                    items.append(closed[:1] or nxt)
                    end = (closed or nxt)[0][1]
                    if end < len(folded) and folded[end] in self.separators:
                        used.add(end)
                        at = end
                        continue
                    if closed and folded[end] in self.last_joiners:
                        last = self._starting(folded, end + 1)
                        if last:
                            items.append(last)
                    break
                if len(items) >= 2:
                    out.append(items)
            i = folded.find(self.separators[0], i + 1)
        return out

    def find(self, folded: str, matches: list[Match], named: set[str],
             routes: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[Match]:
        """`matches` with the items of every list of division names added as those divisions (places); no item
        inside a route's designation (`routes`: G355广宁、怀集城区段 names road sections, DECISIONS 20)."""
        added: list[Match] = []
        for items in self.chains(folded):
            picked = self.pick(folded, items, named)
            if any(a <= s and e <= b for s, e, _ in picked for a, b in routes):
                continue
            for s, e, eid in picked:
                if any(m.start <= s and e <= m.end and ((m.start, m.end) != (s, e) or m.entity == f"id:{eid}")
                       for m in matches):
                    continue  # inside a longer name (南海区人民政府): that name's; or read so already
                added.append(Match(s, e, f"id:{eid}", "PLACE", folded[s:e], "", {"sibling": "1"}))
        if not added:
            return matches
        spans = [(a.start, a.end) for a in added]
        kept = [m for m in matches if not any(s <= m.start and m.end <= e for s, e in spans)]
        return sorted(kept + added, key=lambda m: m.start)

    def pick(self, folded: str, items: list[list[tuple[int, int]]], named: set[str]) -> list[tuple[int, int, str]]:
        """(start, end, division id) of each item, if the list is one of divisions (see the module's rules)."""
        options = [[(s, e, eid, parent) for s, e in cands for eid, parent in self.by_name[folded[s:e]]] for cands in items]
        common = set.intersection(*({p for *_, p in opts} for opts in options)) & named
        if common:
            parent = sorted(common)[0]
            return [next((s, e, eid) for s, e, eid, p in opts if p == parent) for opts in options]
        # each item a short form kept for reading in context, one of them a county-level city's (茂南、罗定): the list
        # is their context (compass words that are some far city's districts' short forms, 城东、城西, are not)
        def known(key: str) -> bool:
            return key in self.bounded or key in self.local

        if all(any(known(folded[s:e]) for s, e, *_ in opts) for opts in options) and any(
                folded[s:e] in self.bounded or self.local.get(folded[s:e], set()) & named
                for opts in options for s, e, *_ in opts):
            return [next((s, e, eid) for s, e, eid, _ in opts if known(folded[s:e])) for opts in options]
        return []


def local_parents(local: tuple[tuple[str, str, str], ...]) -> dict[str, set[str]]:
    """Short form → the prefectures whose county or district it names (gazetteer_zh.ZhGazetteer.local)."""
    out: dict[str, set[str]] = {}
    for alias, _, parent in local:
        out.setdefault(alias, set()).add(parent)
    return out
