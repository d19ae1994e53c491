"""A body's website named by the body and 网站 / 门户网站 (广东省人民政府网站, 中央政府门户网站): the site, a news
source of its own (devset-real DECISIONS 28, 30: a site in a source line or dateline is listed), not the body."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def body_websites(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with each institution right before a website word made that website (named as written), and the
    places inside the site's name dropped (门户网站 is no station)."""
    tail = re.compile(rules["tail"])
    sites: list[tuple[int, int]] = []
    out: list[Match] = []
    for m in matches:
        t = tail.match(folded, m.end) if m.label == "INSTITUTION" else None
        if t is None:
            out.append(m)
            continue
        sites.append((m.start, t.end()))
        out.append(Match(m.start, t.end(), "", "INSTITUTION", "", "", {"website": "1"}))
    return [m for m in out if not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in sites)]
