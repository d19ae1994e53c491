"""Chinese name matches → the bodies and places words of reference name: 政府 by the document's locale, 市政府
and 合作區 by the nearest name with that ending, 省委 / 市人大 / 市政協 by the document's home division.

A mixin of `chinese.ZhEntityMatcher` (split from it: the matcher finds names, this resolves references);
rules are data (pipeline/data/entities_zh.json: locale_aliases, locale_places, anaphora, relative_bodies,
relative_levels, relative_standing).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.distributive_zh import every_level
from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.home_city_zh import header_division, joint_government, own_city_counts, superior_divisions
from pipeline.extract.entities.quoted_zh import Match

# home_counts runs once per relative mention (市委, 省政府) and level; the header's own division is one per document
_own_division = lru_cache(maxsize=1)(header_division)
_superiors = lru_cache(maxsize=1)(superior_divisions)


class ZhReferences:
    """Reference resolution over the matcher's gazetteer index (`index`, `entries`, `names_of`, `zh`, `rules`)."""

    index: dict[str, str]
    entries: dict[str, Entry]
    names_of: dict[str, set[str]]
    zh: Any
    rules: dict[str, Any]

    def written_names(self, folded: str, ending: str) -> list[tuple[int, str]]:
        """(position, entry id) of every known name ending in `ending` written anywhere in the text."""
        found = []
        for alias, eid in self.index.items():
            if alias.endswith(ending) and len(alias) > len(ending):
                found += [(m.start(), m.end(), eid) for m in re.finditer(re.escape(alias), folded)]
        outer = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o != f for o in found)]
        return sorted((s, eid) for s, _, eid in outer)

    def sar_of(self, alias: str, locale: str, folded: str) -> str:
        """特区政府 in a text read as a Mainland one ('the SAR government', a Simplified report on Hong Kong) is the
        government of the one SAR the text names (香港 and not 澳门, or the other way round); other aliases keep the locale."""
        names = self.rules["sar_named"].get(alias) if locale == "cn" else None
        if not names:
            return locale
        named = [sar for sar, words in names.items() if any(w in folded for w in words)]
        return named[0] if len(named) == 1 else locale

    def resolve(self, matches: list[Match], locale: str, folded: str, named: list[Match] | None = None
                ) -> list[Match]:
        """政府 and 羅湖 by locale; 市政府 / 合作區 to the nearest earlier (else later) name with that ending.

        `named` (default `matches`) also holds the places written only inside quotes or titles: they still
        tell which city a 市委 or 市政協 belongs to (“把潮州建設得更加美麗”)."""
        named = matches if named is None else named
        out = []
        for n, m in enumerate(matches):
            if m.special == "compound":
                continue
            if m.special == "locale":
                eid = self.zh.resolve(self.rules["locale_aliases"][m.alias].get(self.sar_of(m.alias, locale, folded), ""))
                if not eid or eid not in self.entries:
                    continue
                m.entity = f"id:{eid}"
                m.label = "PLACE" if self.entries[eid].table == "place" else "INSTITUTION"
            elif locale not in self.rules["locale_only_aliases"].get(m.alias, [locale]):
                if m.alias in self.rules["locale_only_written"]:  # 香港大學、中文大學: a name all the same,
                    m.entity = ""  # as the text writes it (a Simplified text may read as a Mainland one)
                    out.append(m)
                continue  # 會展中心 is Hong Kong's convention centre only in a Hong Kong text
            elif m.alias in self.rules["locale_places"] and locale in self.rules["locale_places"][m.alias]:
                eid = self.zh.resolve(self.rules["locale_places"][m.alias][locale])
                if eid in self.entries:  # 羅湖 in a Hong Kong text is Lo Wu, not Shenzhen's Luohu District
                    m.entity = f"id:{eid}"
            elif m.special == "anaphora" and (joint := joint_government(folded, m.start, m.alias, self.division_named)):
                m.entity, m.label = "", "INSTITUTION"  # 揭阳市委市政府: 揭阳's government
                m.extra["canonical_name"] = joint
            elif m.special == "anaphora":
                ending = self.rules["anaphora"][m.alias]
                order = list(reversed(matches[:n])) + matches[n + 1:]
                target = next((o for o in order if o.entity.startswith("id:") and not o.special and any(
                    a.endswith(ending) for a in self.names_of.get(o.entity[3:], ()))), None)
                if target is not None:
                    m.entity, m.label = target.entity, target.label
                else:  # the name may only be written inside a title or a longer name
                    written = self.written_names(folded, ending)
                    before = [w for w in written if w[0] < m.start]
                    pick = before[-1] if before else (written[0] if written else None)
                    if pick is None:
                        if m.alias in self.rules["relative_bodies"]:
                            out += self.relative(m, named, folded, locale)
                        continue
                    m.entity = f"id:{pick[1]}"
                    m.label = "PLACE" if self.entries[pick[1]].table == "place" else "INSTITUTION"
            elif m.special == "relative":
                out += self.relative(m, named, folded, locale)
                continue
            out.append(m)
        return out

    def relative(self, m: Match, matches: list[Match], folded: str, locale: str) -> list[Match]:
        """省委, 市人大及其常委會, 市政協, 自治区人民政府: the body of the document's home division of that level (the one it
        names most, in quotes and titles too). A Mainland report that never names its own province still
        speaks of its 省委: the body is listed as written; elsewhere (a Hong Kong text) it has no referent."""
        bare = self.rules["relative_bare"]
        by_level: dict[str, Any] = {}
        if m.alias in bare["forms"]:  # 各民主党派、工商联: the body of the level the text names most (a city's, a province's)
            by_level = {lv: self.home_counts(lv, matches, folded) for lv in bare["levels"]}
            level = max(by_level, key=lambda lv: max(by_level[lv].values(), default=0))
            if not by_level[level]:
                if locale != "cn":
                    return []
                m.label, m.entity = "INSTITUTION", ""
                return [m]  # a Mainland text that names no division: listed as written, as a bare 市X局
            m = Match(m.start, m.end, "", "INSTITUTION", level + bare["forms"][m.alias], "relative", dict(m.extra))
        lead = int(m.alias[0] in self.rules["relative_lead_chars"])  # 团市委: the Youth League's committee of the city
        written = next((w for w in self.rules["relative_long_levels"] if m.alias.startswith(w)), m.alias[lead])
        if every_level(folded, m.start, written[0]):
            return []  # 各区要…，区政府负责: every district's government, generic (distributive_zh)
        level = self.rules["relative_long_levels"].get(written, written)  # 自治区人民政府: a province-level body
        counts = by_level[level] if level in by_level else self.home_counts(level, matches, folded)
        home = ""
        if counts:
            eid = max(counts, key=lambda k: counts[k])
            names = sorted(self.names_of.get(eid, ()), key=lambda n: (n not in folded, len(n), n))  # the name written
            home = next((n for n in names if n.endswith(written)), names[0] + written if names else "")
        if not home and locale != "cn":
            return []
        m.label, m.entity = "INSTITUTION", ""
        parts = self.rules["relative_joint"].get(m.alias[lead + len(written):])
        if parts:  # 市纪委监委: one mention of each body (市纪委, 监委)
            cut = m.start + len(written) + len(parts[0])
            second = Match(cut, m.end, "", "INSTITUTION", written + parts[1], "relative", {})
            m = Match(m.start, cut, "", "INSTITUTION", written + parts[0], "relative", {})
            out = [m, second]
            for part in out:
                part.extra["canonical_name"] = self.rules["relative_bodies"][part.alias].format(home) if home else part.alias
        else:
            out = [m]
        if home:
            m.extra["canonical_name"] = self.rules["relative_bodies"][m.alias].format(home)
        elif not parts:  # 省政府 beside 省人民政府 in a report that never names its province: one body, the full form
            m.extra["canonical_name"] = self.unnamed(m.alias)
        std = self.rules["relative_standing"]  # 省人大及其常委会, 省人民代表大会及其常务委员会: its standing committee
        congress = next((c for c in std["forms"] if m.alias.endswith(c)), "")
        key = next((k for k in std["forms"].get(congress, ()) if folded.startswith(std["join"] + k, m.end)), "")
        if key:
            s = m.end + len(std["join"])
            out.append(Match(s, s + len(key), "", "INSTITUTION", key, "relative",
                             {"canonical_name": std["template"].format(home) if home else self.unnamed(m.alias + key)}))
        return out

    def division_named(self, name: str) -> bool:
        """A Mainland division known by this written name (揭阳市, 广东省)."""
        return bool(self.division_id(name))

    def division_id(self, name: str) -> str:
        """The entry id of the place known by this written name (揭阳市, 广东省), '' if none."""
        eid = self.index.get(name, "")
        return eid if eid in self.entries and self.entries[eid].table == "place" else ""

    def home_counts(self, level: str, matches: list[Match], folded: str = "") -> dict[str, int]:
        """How often the text names each division of `level` (市委 in a county-level city's own text, 禄丰市: its 市
        bodies, when it names no prefecture-level city)."""
        types = (*self.rules["relative_levels"].get(level, ()), *self.rules["relative_levels_fallback"].get(level, ()))
        own = _own_division(folded, self.division_id)  # 陆丰市第十六届人民代表大会 in the report's first lines
        if own and self.entries[own].type in types:
            return {own: 1}
        tallies: list[dict[str, int]] = []
        above = _superiors(folded, self.division_id)  # 在汕尾市委、市政府和市委的领导下: 汕尾 is the superior
        for types in (self.rules["relative_levels"].get(level, ()), self.rules["relative_levels_fallback"].get(level, ())):
            counts: dict[str, int] = {}
            for o in matches:
                if o.label == "PLACE" and o.entity.startswith("id:") and self.entries[o.entity[3:]].type in types \
                        and o.entity[3:] not in above:
                    counts[o.entity[3:]] = counts.get(o.entity[3:], 0) + 1
            tallies.append(counts)
        return own_city_counts(tallies[0], tallies[1])  # 揭阳市委市政府部署 in 普宁's own report: 市委 is 普宁's

    def unnamed(self, alias: str) -> str:
        """The name of a level's body when the text names no division of that level: its full form written with the
        level alone (省政府 and 省人民政府 → 省人民政府, 省人大常委会 → 省人民代表大会常务委员会), else as written."""
        written = next((w for w in self.rules["relative_long_levels"] if alias.startswith(w)), alias[0])
        rest = alias[len(written):]
        return written + self.rules["relative_full_forms"].get(rest, rest)
