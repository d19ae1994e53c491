"""Folded Chinese text + matches → matches without the unknown bodies that are only a kind of body described
(獨立法定調查委員會, 專責委員會, 應待調查委員會): an institution is a named organisation (GUIDELINES), and a
committee described only by what kind it is (independent, statutory, of inquiry, select) names none, however it is
written (DECISIONS-zh 25: unnamed bodies are not listed, even when the description reads like a name). A clause
word before the description (應待…, 須由…: a modal or a verb the scan could not cut off) is no part of a name either.
Known bodies (gazetteer ids) are kept whatever their words: the generic words of a formal name that the gazetteer
knows are its own. Rules: entities_zh.json "generic_bodies"."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def _pattern(rules: dict[str, Any]) -> re.Pattern[str]:
    alt = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    return re.compile(f"(?:{alt(rules['clause_leads'])})*(?:{alt(rules['kind_words'])})+(?:{alt(rules['heads'])})")


_CACHE: dict[int, re.Pattern[str]] = {}


def generic_bodies(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` without unknown institutions whose whole name is kind words + a generic head."""
    pat = _CACHE.get(id(rules))
    if pat is None:
        pat = _CACHE[id(rules)] = _pattern(rules)
    return [m for m in matches if not (m.label == "INSTITUTION" and not m.entity.startswith("id:") and
                                       pat.fullmatch(folded, m.start, m.end))]
