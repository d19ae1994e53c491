"""A plant or base built on a known place + its operator's short name before it → where the name starts.

Mainland reports name a plant, a production base or an integrated site by its operator, its place and its kind:
宝钢湛江钢铁基地 (Baosteel's Zhanjiang steel base), 国能清远电厂 (CHN Energy's Qingyuan power plant), 巴斯夫湛江一体化
基地. The suffix rules build the name from the known place (湛江钢铁基地) and leave the operator out, so the site's own
name is cut. Where the suffix is one of `operator_suffixes` (pipeline/data/entities_zh.json, place_names) and two
to four Chinese characters stand between the name body's left edge (a boundary, or the end of the clause's opening
verbs: 确保, 加快建设) and the known place, they are the operator's name and open the site's name. Words that make
a kind (generic bodies, category starts: 全省, 各) and places are no operators.
"""

from __future__ import annotations

from typing import Protocol

from pipeline.extract.entities.gazetteer_zh import CJK


class _Edges(Protocol):
    generic: set[str]
    category_starts: tuple[str, ...]

    def left_edge(self, folded: str, s: int, floor: int) -> int: ...

    def lead_length(self, body: str, whole: set[str] | None = None) -> int: ...


def operator_start(folded: str, s: int, floor: int, places: list[tuple[int, int]], names: _Edges) -> int:
    """Start of the site's name whose known place starts at `s` (`s` itself when no operator is written)."""
    k = names.left_edge(folded, s, floor)
    run = folded[k:s]
    k += names.lead_length(run)
    op = folded[k:s]
    if not 2 <= len(op) <= 4 or not all(CJK.match(c) for c in op) or op in names.generic or \
            op.startswith(names.category_starts) or any(ps < s and pe > k for ps, pe in places):
        return s
    return k
