"""Folded Chinese text + name matches → the Legislative Council's committees named by the bill or the
subsidiary legislation they study: 《2025年某某(修訂)條例草案》委員會 (a Bills Committee), 《某某規例》小組委員會
(a subcommittee on subsidiary legislation).

LegCo names these committees by the quoted title of their bill, so the title + 委員會 is one institution; the
title alone is a law's designation (no body), and a place or body inside it is no mention of its own
(DECISIONS-zh 21). Rules are data (pipeline/data/entities_zh.json, "bills_committees").
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def bills_committees(folded: str, start: int, end: int, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with each quoted bill's committee made one institution and the matches inside it dropped."""
    spans = [(b.start(), b.end()) for b in re.compile(rules["pattern"]).finditer(folded, start, end)]
    if not spans:
        return matches
    kept = [m for m in matches if not any(s < m.end and m.start < e for s, e in spans)]
    return sorted(kept + [Match(s, e, "", "INSTITUTION", "") for s, e in spans], key=lambda m: m.start)
