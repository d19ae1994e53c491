"""Folded Chinese text + matches → matches without the unknown committees that are clause text left on a bare head
(應待調查委員會完成報告, 須待專責委員會, 將能加強委員會的工作): a modal, maybe a verb after it, then only generic words
(institution_names.generic_bodies: 獨立, 法定, 調查, 專責 …) before 委員會 / 小組 describe no one body (DECISIONS-zh 25:
unnamed bodies are not listed). The suffix scan leaves the modal on because a single character such as 應 or 能 also
starts real names (應急管理局, 能源委員會), so it cannot be stripped there; here the whole name must be modal + verb +
generic words + head, so those names stay. Known bodies (gazetteer ids) are kept. Rules: entities_zh.json
"clause_led_bodies" (+ "name_body_verbs", institution_names "generic_bodies")."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def _alt(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_CACHE: dict[int, re.Pattern[str]] = {}


def clause_led_bodies(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` without unknown institutions written as modal (+ verb) + generic words + a bare head."""
    pat = _CACHE.get(id(rules))
    if pat is None:
        cl = rules["clause_led_bodies"]
        pat = _CACHE[id(rules)] = re.compile(
            f"(?:{_alt(cl['clause_leads'])})+(?:{_alt(rules['name_body_verbs'])})?"
            f"(?:{_alt(rules['institution_names']['generic_bodies'])})*(?:{_alt(cl['heads'])})")
    return [m for m in matches if not (m.label == "INSTITUTION" and not m.entity.startswith("id:") and
                                       pat.fullmatch(folded, m.start, m.end))]
