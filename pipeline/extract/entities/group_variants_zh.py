"""A Chinese body name → the key under which its written variants are one body (某县政务公开工作领导小组 and
某县政务公开领导小组: one leading group).

A notice names a leading group in full in its title and often without the filler 工作 ('work') before the head in
its body (成立某县政务公开领导小组); both name one group, so a name no gazetteer knows keys without the filler before
the heads listed (entities_zh.json "leading_groups" "group_name_fillers"), and the first mention's canonical names them all
(canonical_scripts_zh.same_canonicals). The filler is dropped only right before a head, never inside a task
(安全生产工作会议 stays as written). A city's numbered hospital and its short form (佛山市第四人民医院, 佛山市四院) are
one hospital the same way (entities_zh.json "hospital_names" "numbered_short").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.entities.gazetteer import load_json_data


@lru_cache(maxsize=1)
def _filler() -> re.Pattern[str]:
    rules = load_json_data("entities_zh.json")["leading_groups"]["group_name_fillers"]
    return re.compile(f"(?:{'|'.join(map(re.escape, rules['fillers']))})(?=(?:{'|'.join(map(re.escape, rules['heads']))})"
                      r"(?:办公室)?$)")


@lru_cache(maxsize=1)
def _numbered() -> re.Pattern[str]:
    return re.compile(load_json_data("entities_zh.json")["hospital_names"]["numbered_short"])


def variant_key(name: str) -> str:
    """`name` without a filler word right before its closing head (政务公开工作领导小组 → 政务公开领导小组), a numbered
    hospital by its city, numeral and 院 (某市第四人民医院, 某市四院 → 某市四院)."""
    return _numbered().sub(r"\1院", _filler().sub("", name))
