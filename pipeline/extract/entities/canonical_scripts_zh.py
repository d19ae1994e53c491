"""Chinese entity mentions → one canonical name per unknown entity, whatever script each path wrote it in.

A name no gazetteer knows takes its canonical as written, but some paths build it from data kept in Simplified: a
town of the township data (zh_townships.json) is 水口镇 where the text writes 水口鎮, while the same town built on
its suffix (镇) keeps the text's 水口鎮. Both are one town: names no gazetteer knows that fold to the same Simplified
form, Latin letters in either case (a page's 琶洲cbd and 琶洲CBD), are one entity, and their rows must carry one canonical name (a table has one row per canonical name: two
would be two entities); so are a leading group's names with and without 工作 before its head (group_variants_zh). The first mention's canonical, in text order, names them all.
A body written in a contracted form of a longer name the text also writes (工貿委員會 / 工業貿易諮詢委員會) takes the
long name's ids and canonical (contracted_names_zh).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from pipeline.extract.entities.contracted_names_zh import contracted_names
from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.group_variants_zh import variant_key
from pipeline.extract.entities.located_names_zh import located_canonicals
from pipeline.lang import fold
from pipeline.records import EntityMention


@lru_cache(maxsize=1)
def _contraction_rules() -> dict[str, Any]:
    return load_json_data("entities_zh.json")["contracted_names"]  # type: ignore[no-any-return]


def same_canonicals(mentions: list[EntityMention], locale: str = "") -> list[EntityMention]:
    """`mentions` with every mention of a name no gazetteer knows given the canonical of the first mention whose
    canonical folds to the same Simplified form, Latin letters upper-cased (same label)."""
    mentions = located_canonicals(mentions, locale)  # 某市某县某某产业园 and 某县某某产业园: one place
    first: dict[tuple[str, str], str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.entity_id and not m.gazetteer_id and m.canonical:
            first.setdefault((m.label, variant_key(fold(m.canonical).upper())), m.canonical)
    return contracted_names([replace(m, canonical=first[(m.label, variant_key(fold(m.canonical).upper()))])
            if not m.entity_id and not m.gazetteer_id and m.canonical
            and first.get((m.label, variant_key(fold(m.canonical).upper())), m.canonical) != m.canonical else m for m in mentions],
                            _contraction_rules())
