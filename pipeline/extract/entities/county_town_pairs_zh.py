"""Folded Chinese text + a document's final matches → a county's short form glued to one of its towns' short forms
(阳山黄坌, 鹤山古劳, 开平赤坎): the county and the town, two places.

Travel and local news name a locality by its county's short name and the town's short name written together, with
no mark between (到鹤山古劳、开平赤坎走走): one item of four or five characters between list marks or boundaries. Such an
item is read as the two places only where the township data (zh_townships.json, scripts/build_zh_townships.py) says
the second part is the short form of a town, township or subdistrict of exactly that county (古劳镇 is a town of
鹤山市); a county + an ordinary word (鹤山东部, 开平发展) never passes that check. The town keeps its full name as
its canonical name (古劳镇), the county its gazetteer entry.
Rules: entities_zh.json "county_town_pairs".
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from pipeline.extract.entities.gazetteer import load_json_data
from pipeline.extract.entities.quoted_zh import Match

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=1)
def _towns() -> dict[str, dict[str, str]]:
    """County code → {town short form: town full name} (short forms of two characters or more only)."""
    out: dict[str, dict[str, str]] = {}
    for code, names in load_json_data("zh_townships.json")["towns"].items():
        row = out.setdefault(code, {})
        for full in names.split():
            for level in ("街道", "镇", "乡"):
                if full.endswith(level) and len(full) - len(level) >= 2:
                    row.setdefault(full[:-len(level)], full)
                    break
    return out


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, str]:
    """A division's short form (阳山 for 阳山县: "zh_local" of gazetteer_zh_divisions.jsonl, or its full name less the
    level word) → its id, for the short forms that name one division only."""
    ids: dict[str, set[str]] = {}
    text = resources.files("pipeline.data").joinpath("gazetteer_zh_divisions.jsonl").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            shorts = set(row.get("zh_local", ())) | {f[:-1] for f in row.get("zh", ()) if len(f) >= 3 and f[-1] in "县区市縣區"}
            for short in shorts:  # 顺德区 → 顺德: a county's name less its level word
                ids.setdefault(short, set()).add(row["id"])
    return {k: next(iter(v)) for k, v in ids.items() if len(v) == 1}


def county_town_pairs(folded: str, matches: list[Match], place_id: Callable[[str], str], rules: dict[str, Any]
                      ) -> list[Match]:
    """`matches` with each bounded item 'county short form + town short form' read as the county and the town."""
    if not rules:
        return matches
    marks = re.escape(str(rules["edges"]))
    item = re.compile(rf"(?:(?<=[{marks}])|^)([{_CJK}]{{4,5}})(?=[{marks}]|$)", re.M)
    prefix = str(rules["county_id_prefix"])
    towns = _towns()
    for m in item.finditer(folded):
        s, e = m.start(1), m.end(1)
        if any(x.start < e and s < x.end and not (s <= x.start and x.end <= e and x.label == "PLACE") for x in matches):
            continue  # a longer name runs across the item
        for k in (2, 3):
            gid, town = next(((g, t) for g in (place_id(folded[s:s + k]), _short_forms().get(folded[s:s + k], ""))
                              if g.startswith(prefix) and (t := towns.get(g[len(prefix):], {}).get(folded[s + k:e]))),
                             ("", ""))
            if town:
                matches = sorted([x for x in matches if not (s <= x.start and x.end <= e)] + [
                    Match(s, s + k, f"id:{gid}", "PLACE", folded[s:s + k]),
                    Match(s + k, e, "", "PLACE", "", "", {"canonical_name": town})], key=lambda x: x.start)
                break
    return matches
