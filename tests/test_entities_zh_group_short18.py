"""China Resources' short form 华润 opens its subsidiaries' names (华润万家, 华润置地: other companies), so it names the
group only between boundaries; the Chinese alias rows of Create Hong Kong, the Hong Kong Design Centre and 华润 say
where they come from (session 18, issue 14). Sentences are made up."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found

_ALIASES = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "gazetteer_zh_aliases.jsonl"


def canonicals(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [t[2] for t in found(matcher, text, "cn") if t[1] == "INSTITUTION"]


def test_a_subsidiarys_name_is_no_mention_of_the_group(matcher: ZhEntityMatcher) -> None:
    assert "China Resources (Holdings)" not in canonicals(matcher, "新区引进了华润万家超市和华润置地商业项目。")


def test_the_group_between_boundaries_is_the_group(matcher: ZhEntityMatcher) -> None:
    assert "China Resources (Holdings)" in canonicals(matcher, "市政府与招商局、华润等央企签署合作协议。")


def test_the_alias_rows_have_sources() -> None:
    rows = [json.loads(line) for line in _ALIASES.read_text(encoding="utf-8").splitlines()
            if line.startswith("{")]
    wanted = {"inst:hk-createhk", "inst:hk-hkcd", "inst:cn-soe-cr"}
    short = [r for r in rows if r["id"] in wanted and "name" in r]
    assert {r["id"] for r in short} == wanted and all(r.get("source") for r in short)
