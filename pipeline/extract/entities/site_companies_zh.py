"""Folded Chinese text + known places → the company named after a development site (港深創科園公司, 新田科技城公司).

A park, a technopole or an industrial zone is developed and run by a company that takes the site's name and adds
公司 (科技園公司, 數碼港公司; 港深創新及科技園有限公司 written 港深創科園公司): the site + 公司 is that company, one
institution, and the site inside its name is no place of its own there (GUIDELINES: the land vs the body that runs it,
Hong Kong Science Park vs HKSTP). Only sites whose name ends in a development word count: a city or a district + 公司
(香港公司, 深圳市公司) is a kind of company, no name. Rules: entities_zh.json "site_companies".
"""

from __future__ import annotations

from typing import Any


def site_companies(folded: str, known: list[tuple[int, int]], rules: dict[str, Any]) -> list[tuple[int, int]]:
    """(start, end) of a known development site + 公司 (not 公司們 / 公司等 kinds: the suffix is followed by no plural)."""
    q = rules["site_companies"]
    ends = tuple(q["site_ends"])
    suffix = str(q["suffix"])
    out: list[tuple[int, int]] = []
    for ks, ke in known:
        if folded.endswith(ends, ks, ke) and folded.startswith(suffix, ke) and \
                not folded.startswith(tuple(q["not_after"]), ke + len(suffix)):
            out.append((ks, ke + len(suffix)))
    return out
