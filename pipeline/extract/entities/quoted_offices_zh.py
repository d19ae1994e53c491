"""成立「一帶一路」辦公室, “雙碳”工作小組: a quoted designation followed directly by a bare office or committee head
is one body, the quotes and the head (rules: quoted_designation.bare_heads). The head alone names no body (辦公室),
and the quoted words alone are a programme or slogan (DECISIONS 21); `context_zh.quoted_designations` joins a quote
to an unknown body that has words of its own (「一带一路」督导委员会), this one to a head that has none."""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entities.quoted_zh import Match


def quoted_offices(folded: str, matches: list[Match], rules: dict[str, Any]) -> list[Match]:
    """`matches` with a body for each quoted designation + bare head that no match covers yet."""
    q = rules["quoted_designation"]
    heads = sorted(q["bare_heads"], key=len, reverse=True)
    posts = tuple(rules["post_titles_after"])
    pairs = "|".join(re.escape(o) + r"[一-鿿0-9A-Za-z·]{2," + str(int(q["max_len"])) + "}" + re.escape(c)
                     for o, c in zip(q["open"], q["close"]))
    out = list(matches)
    for quote in re.finditer(pairs, folded):
        head = next((h for h in heads if folded.startswith(h, quote.end())), "")
        if not head:
            continue
        s, e = quote.start(), quote.end() + len(head)
        if folded.startswith(posts, e) or any(m.start < e and s < m.end for m in out if m.label == "INSTITUTION"):
            continue  # 「X」辦公室主任 is a post's office still; a body already there stays
        out = [m for m in out if not (s <= m.start and m.end <= e)]
        out.append(Match(s, e, "", "INSTITUTION", "", "", {"quoted_office": "1"}))
    return sorted(out, key=lambda m: m.start)
