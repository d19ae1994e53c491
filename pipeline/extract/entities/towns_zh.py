"""Folded Chinese text + the counties and prefectures it names → their towns and townships, in full or by short form.

A county's or a prefecture's report names its towns in full (沙浦镇, 下帅壮族瑶族乡) before any word, and often by
the short form alone (石角 for 石角镇): in lists (石角、龙塘、飞来峡; 金利、大沙镇), in an address before a village
(威整红星村) and where the sentence speaks of towns (源潭入选第三批典型镇名单). A short form is too often an
ordinary word to be read everywhere, so both count only in a document that names the town's county or prefecture
(the township table: pipeline/data/zh_townships.json, built by scripts/build_zh_townships.py), and a short form also
needs an edge on one side (a boundary or a list separator, as the district short forms of local_zh) and one of:
- a listed neighbour (、 和 与 及) that is a town of the same table, written in full or short (金利、大沙镇);
- a village named right after it (威整红星村: the town, then the village, two places);
- a town word in its sentence (典型镇, 镇域, 千强镇, 镇街: rules "towns", "town_words").
A town written in full by a name no other county's town has (贞山街道) names its county as the county's own name
does (counties_written): its short form (四会) and its other towns count there too, where the full name has an
edge on its left (a boundary, a non-CJK character or a known place ending there: not 扩大城镇 nor 特色小城镇) and is
not one character + a frequent word (大城镇, 小城镇 = 大 / 小 + 城镇 'towns': zh_frequent_words.json, jieba's dictionary).
The canonical name is the town's full name. Subdistricts (街道) count in full only: their short forms are
mostly compass words (东城, 城南).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Any

from pipeline.extract.entities.gazetteer_zh import CJK as _CJK
from pipeline.extract.entities.quoted_zh import Match
from pipeline.extract.entities.town_prefixes_zh import over_prefix
from pipeline.extract.entities.word_bounds_zh import frequent_words, left_edge

_SHORT = re.compile(r"^(.{2,}?)(?:(?:[\u4e00-\u9fff]{1,3}族)*乡|镇)$")


class Towns:
    """Index of county (or prefecture) id → its towns (folded full name, short form or '')."""

    def __init__(self, table: dict[str, str], division_parent: dict[str, str], redirects: dict[str, str],
                 types: dict[str, str], rules: dict[str, Any], event_after: str = "(?!)") -> None:
        self.by_county: dict[str, list[tuple[str, str]]] = {}
        for code, names in table.items():  # (a division joined to a hand entry, 东莞 → place:cn-gd-dongguan, by that id)
            rows = self.by_county.setdefault(redirects.get(f"place:cn-adm-{code}", f"place:cn-adm-{code}"), [])
            for full in names.split():
                short = _SHORT.match(full)
                rows.append((full, short.group(1) if short else ""))
        counties: dict[str, set[str]] = {}  # full name (3+ characters) → the counties that have a town so named
        for county, rows in self.by_county.items():
            for full, _ in rows:
                if len(full) >= 3:
                    counties.setdefault(full, set()).add(county)
        frequent = frequent_words()
        self.one_county = {full: next(iter(c)) for full, c in counties.items()
                           if len(c) == 1 and full[1:] not in frequent}  # not 大城镇: 大 + 城镇
        self.ends = tuple(sorted({full[-1] for full in self.one_county}))
        self.longest = max((len(full) for full in self.one_county), default=0)
        self.counties_of: dict[str, list[str]] = {}
        for county, parent in division_parent.items():
            if county in self.by_county:
                self.counties_of.setdefault(parent, []).append(county)
        self.types = types
        self.levels = frozenset(rules["named_levels"])
        self.words = tuple(rules["town_words"])
        self.kinds_after = tuple(rules.get("kinds_after", ()))  # 汝湖典型镇: the town, then the kind it is made
        self.joiners = rules["list_joiners"]
        self.village = re.compile(rules["village_after"])
        self.sentence_end = rules["sentence_ends"]
        self.border_before = re.compile(rules.get("border_before", "(?!)"))  # 西连石鼓: a neighbour of the town described
        self.border_after = re.compile(rules.get("border_after", "(?!)"))  # 与石鼓接壤
        self.border_not_ends = rules.get("border_not_ends", "")  # 东临东海, 与黄河相连: the sea, the river
        # 某镇第十九届人民代表大会: the town's congress session, an event; 某镇人民政府: its government, a body
        self.event = re.compile(f"{event_after}|{rules['body_after']}")

    def counties_written(self, folded: str, boundary: AbstractSet[str] = frozenset(),
                         ends: AbstractSet[int] = frozenset()) -> set[str]:
        """The counties whose towns the text writes in full by a name no other county's town has (贞山街道入选…):
        a text that names a county's town is set in that county, as one naming the county is. The name needs a left
        edge: a boundary (`boundary`), a non-CJK character or a known place ending there (`ends`: its end offsets)."""
        out: set[str] = set()
        for i, ch in enumerate(folded):
            if ch in self.ends:
                for n in range(3, min(self.longest, i + 1) + 1):
                    s = i + 1 - n
                    county = self.one_county.get(folded[s:i + 1])
                    if county and left_edge(folded, s, boundary, ends):
                        out.add(county)
        return out

    def eligible(self, named: set[str]) -> list[tuple[str, str]]:
        """(full, short) of the towns of the named counties and prefectures (not of a named province: too many)."""
        ids = [i for i in sorted(named) if self.types.get(i) in self.levels]
        counties = {c for i in ids for c in (i, *self.counties_of.get(i, ()))}
        seen: dict[str, str] = {}
        for c in sorted(counties):
            for full, short in self.by_county.get(c, ()):
                seen.setdefault(full, short)
        return sorted(seen.items(), key=lambda x: -len(x[0]))

    def find(self, folded: str, named: set[str], matches: list[Match], boundary: set[str],
             known: dict[str, str]) -> list[Match]:
        """`matches` with the named counties' towns added (an unknown village built over a town's short form and
        a village name is split into the two)."""
        towns = self.eligible(named)
        if not towns:
            return matches

        def edge(i: int) -> bool:
            return i < 0 or i >= len(folded) or folded[i] in boundary or not _CJK.match(folded[i])

        def free(s: int, e: int) -> bool:
            return not any(m.start < e and s < m.end for m in matches)

        added: list[Match] = []
        for full, _ in towns:  # full names first: 大沙镇 before 大沙
            i = folded.find(full)
            while i >= 0:
                e = i + len(full)
                if not any(a.start < e and i < a.end for a in added) and not self.event.match(folded, e):
                    taken = None if free(i, e) else over_prefix(folded, i, e, matches, self.village)
                    if taken is not None:
                        matches = taken  # 长沙镇下罗村: the town, not Changsha
                    if taken is not None or free(i, e):
                        added.append(Match(i, e, "", "PLACE", "", "", {"canonical_name": full, "town": "1"}))
                i = folded.find(full, e)
        candidates: dict[tuple[int, int], str] = {}
        led: set[tuple[int, int]] = set()  # 星子、西岸中心卫生院: a town's short form opening a site is a listed neighbour
        sites = {m.start: m.end for m in matches if m.label == "PLACE" and not m.entity and "suffix" in m.extra}
        for full, short in towns:
            if not short or short in known:
                continue
            i = folded.find(short)
            while i >= 0:
                e = i + len(short)
                if (i, e) not in candidates and folded[e:e + 1] not in ("镇", "乡") and not self.event.match(folded, e) and \
                        not any(a.start < e and i < a.end for a in added) and \
                        (free(i, e) or self.split_village(folded, i, e, matches)) and \
                        (edge(i - 1) or edge(e) or self.village.match(folded, e) or folded.startswith(self.kinds_after, e)):
                    candidates[(i, e)] = full
                elif sites.get(i, e) > e + 1:
                    led.add((i, e))
                i = folded.find(short, e)
        accepted = {k for k in candidates if self.village.match(folded, k[1]) or self.town_sentence(folded, *k)
                    or self.bordering(folded, *k)}
        grown = True
        while grown:  # 金利、大沙镇: a short form listed next to a town is a town; so are two listed (塘厦、凤岗)
            grown = False
            spans = accepted | led | {(a.start, a.end) for a in added}
            for k in candidates:
                if k not in accepted and (self.listed(folded, k, spans) or self.listed(folded, k, set(candidates) - {k})):
                    accepted.add(k)
                    grown = True
        out: list[Match] = []
        for m in matches:
            cut = next((e for s, e in accepted if self.split_village(folded, s, e, [m])), 0)
            if cut:  # 威整红星村: the town's short form, then the village
                m = Match(cut, m.end, m.entity, m.label, m.alias, m.special, dict(m.extra))
            out.append(m)
        out += added + [Match(s, e, "", "PLACE", "", "", {"canonical_name": candidates[(s, e)], "town": "1"})
                        for s, e in sorted(accepted)]
        starts = {m.start for m in out}
        out += [Match(e, v.end(), "", "PLACE", "", "", {"town": "1"}) for s, e in sorted(accepted)
                if (v := self.village.match(folded, e)) and e not in starts]  # 地豆三桂村: the village too
        return sorted(out, key=lambda m: m.start)

    def bordering(self, folded: str, s: int, e: int) -> bool:
        """The short form at s:e is named as a neighbour (西连石鼓, 与石鼓接壤), and not as a water or a hill."""
        return folded[e - 1] not in self.border_not_ends and bool(
            self.border_before.search(folded, max(0, s - 3), s) or self.border_after.match(folded, e))

    def split_village(self, folded: str, s: int, e: int, matches: list[Match]) -> bool:
        """An unknown place built from the short form and a village's name (威整红星村) starts at `s`."""
        return any(m.start == s and m.end > e + 1 and not m.entity and m.label == "PLACE" and
                   self.village.fullmatch(folded, e, m.end) for m in matches)

    def town_sentence(self, folded: str, s: int, e: int) -> bool:
        a = max((folded.rfind(c, 0, s) for c in self.sentence_end), default=-1)
        b = min((x for x in (folded.find(c, e) for c in self.sentence_end) if x >= 0), default=len(folded))
        return any(w in folded[a + 1:b] for w in self.words)

    def listed(self, folded: str, k: tuple[int, int], spans: set[tuple[int, int]]) -> bool:
        """The short form at `k` and a town in `spans` are neighbours in a list (one joiner between them)."""
        s, e = k
        return any((e < len(folded) and folded[e] in self.joiners and t[0] == e + 1) or
                   (s > 0 and folded[s - 1] in self.joiners and t[1] == s - 1) for t in spans)
