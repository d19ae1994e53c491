"""Places found in folded Chinese text → one reading for a short name that a Hong Kong place shares with a
Mainland city, county or district (大埔: Tai Po or Meizhou's Dabu County; 長沙: Changsha or Lantau's Cheung Sha), or
with a foreign country (獅子山: Sierra Leone or the hill of Lion Rock Country Park).

The gazetteer index keeps one owner per name, so such a name would always read one way. Context decides:
- in a Mainland text (locale cn) that names the prefecture of a county or district whose short name this
  is, the name is that county or district (梅州市 … 大埔的茶葉), as local_zh reads 茂南 beside 茂名;
- in a Hong Kong text, a name a Mainland place owns is the Hong Kong place of that name where the known
  place named nearest to it in its sentence is a Hong Kong place below the SAR (貝澳、長沙、水口及石壁),
  and stays the Mainland place otherwise (前往長沙、武漢訪問); once read so, it is that place in the whole text.
"""

from __future__ import annotations

from typing import Any

from pipeline.extract.entities.gazetteer import Entry
from pipeline.extract.entities.hk_glued_zh import hk_glued
from pipeline.extract.entities.quoted_zh import Match
from pipeline.lang import fold

_SENTENCE_ENDS = "。！？；\n"
# kinds of Hong Kong place whose names Mainland places also bear (沙田, 小榄; 凤凰山, 大东山, 八仙岭, 飞鹅山)
_MAINLAND_NAMESAKES = ("area", "district", "mountain", "hill")


class CrossBorder:
    """Names owned by a Hong Kong place and by a Mainland one; `resolve` is called per document."""

    def __init__(self, aliases: tuple[tuple[str, str], ...], entries: dict[str, Entry], index: dict[str, str],
                 local: dict[str, list[tuple[str, str]]]) -> None:
        self.entries = entries
        self.local = local
        self.hk_of: dict[str, str] = {}  # name an index owner outside Hong Kong holds → the Hong Kong place
        self.hk_owned: set[str] = set()  # names the index gives a Hong Kong place
        self.mainland_of: dict[str, set[str]] = {}  # a Mainland division's short form → its ids (黄埔 → Huangpu District)
        for pairs in local.values():
            for k, d in pairs:
                self.mainland_of.setdefault(k, set()).add(d)
        for alias, eid in aliases:
            key = fold(alias)
            e, owner = entries.get(eid), entries.get(index.get(key, ""))
            if e is None or owner is None or e.table != "place" or owner.table != "place":
                continue
            # a Mainland city (長沙) or a foreign country (獅子山: Sierra Leone's Chinese name, Lion Rock in Hong Kong)
            if e.country_code == "HK" and owner.country_code not in ("HK", ""):
                self.hk_of.setdefault(key, eid)
            elif owner.country_code == "HK":
                self.hk_owned.add(key)

    def resolve(self, folded: str, matches: list[Match], named: set[str], locale: str,
                glued: dict[str, Any] | None = None) -> list[Match]:
        """Re-point the shared names among `matches`; `named` holds the ids of the places the text names; `glued`
        (rules "hk_glued"): a Hong Kong name inside a Mainland town's or village's name is that town or village."""
        if locale == "cn" and glued:
            matches = hk_glued(folded, matches, self.hk_owned, glued)  # 九龙镇, 、屋厦村、
        for m in matches:
            if not m.entity.startswith("id:") or m.label != "PLACE":
                continue
            if locale == "cn" and m.alias in self.hk_owned:
                eid = next((d for p in named & set(self.local) for k, d in self.local[p] if k == m.alias), "")
                if eid:
                    m.entity = f"id:{eid}"
                elif self.mainland_reading(folded, m, matches):
                    only = self.mainland_of.get(m.alias, set())  # 支持黄埔、南沙: Guangzhou's Huangpu District
                    m.entity = f"id:{next(iter(only))}" if len(only) == 1 else ""  # 中山小榄: Xiaolan, no Siu Lam
            elif locale == "hk" and m.alias in self.hk_of and self.near_hk(folded, m, matches):
                m.entity = f"id:{self.hk_of[m.alias]}"
        # one reading per document: 長沙 listed beside 貝澳 is Cheung Sha in its other sentences too
        read_hk = {m.alias for m in matches if m.alias in self.hk_of and m.entity == f"id:{self.hk_of[m.alias]}"}
        for m in matches:
            if m.alias in read_hk and m.label == "PLACE":
                m.entity = f"id:{self.hk_of[m.alias]}"
        return matches

    def mainland_reading(self, folded: str, m: Match, matches: list[Match]) -> bool:
        """In a Mainland text, a Hong Kong area's, district's or hill's name (小榄, 沙田, 黄埔, 凤凰山) is read as the
        Mainland place of that name where the known place nearest to it in its sentence is a Mainland one, or where
        no other place is in its sentence and the text names no Hong Kong place at all (a Zhongshan report's 小榄 is
        the town; 潮州凤凰山 is Chaozhou's hill, no Lantau Peak: the Mainland has many hills of each peak's name)."""
        e = self.entries.get(m.entity[3:])
        if e is None or e.country_code != "HK" or e.type not in _MAINLAND_NAMESAKES:
            return False
        near = self.nearest(folded, m, matches)
        if near is not None:
            return near.country_code not in ("HK", "")
        return not any(o is not m and o.label == "PLACE" and o.entity.startswith("id:") and o.alias not in self.hk_of
                       and (x := self.entries.get(o.entity[3:])) is not None and x.country_code == "HK" for o in matches)

    def nearest(self, folded: str, m: Match, matches: list[Match]) -> Entry | None:
        """The known place written nearest to `m` in its sentence (None if none)."""
        best: tuple[int, Entry] | None = None
        for o in matches:
            e = self.entries.get(o.entity[3:]) if o.entity.startswith("id:") and o is not m else None
            if e is None or o.label != "PLACE":
                continue
            lo, hi = (o.end, m.start) if o.end <= m.start else (m.end, o.start)
            if lo > hi or any(c in _SENTENCE_ENDS for c in folded[lo:hi]):
                continue
            if best is None or hi - lo < best[0]:
                best = (hi - lo, e)
        return best[1] if best is not None else None

    def country(self, key: str, entry: Entry) -> str:
        """The country a known place counts for when a compass word or 上/下 is written before it: Hong Kong
        for a shared name (上長沙, 下長沙), none for the SAR itself."""
        if key in self.hk_of:
            return "HK"
        return "" if entry.type == "special administrative region" else entry.country_code

    def near_hk(self, folded: str, m: Match, matches: list[Match]) -> bool:
        """Whether the known place nearest to `m` in its sentence is a Hong Kong place below the SAR."""
        best: tuple[int, bool] | None = None
        for o in matches:
            e = self.entries.get(o.entity[3:]) if o.entity.startswith("id:") and o is not m else None
            if e is None or o.label != "PLACE" or o.alias in self.hk_of:
                continue
            lo, hi = (o.end, m.start) if o.end <= m.start else (m.end, o.start)
            if lo > hi or any(c in _SENTENCE_ENDS for c in folded[lo:hi]):
                continue
            if best is None or hi - lo < best[0]:
                best = (hi - lo, e.country_code == "HK" and e.type != "special administrative region")
        return best is not None and best[1]
