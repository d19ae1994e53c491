"""Session 28 (zhinst): a known division + 疾控中心 / 疾病预防控制中心 is that division's centre for disease control, one
institution under its full name (the place inside no mention) (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize("text, surface, canon", [
    ("海珠区疾控中心开展健康宣教活动。", "海珠区疾控中心", "海珠区疾病预防控制中心"),
    ("佛山市疾控中心发布健康提示。", "佛山市疾控中心", "佛山市疾病预防控制中心"),
    ("某镇卫生院与番禺区疾控中心联合开展筛查。", "番禺区疾控中心", "番禺区疾病预防控制中心"),
])
def test_a_division_cdc_is_one_body(matcher: ZhEntityMatcher, text: str, surface: str, canon: str) -> None:
    rows = found(matcher, text, "cn")
    assert (surface, "INSTITUTION", canon) in rows
    assert not [s for s, lab, _ in rows if lab == "PLACE" and s in surface]


@pytest.mark.parametrize("text", ["各区疾控中心加强监测。", "全市疾控中心开展演练。"])
def test_collectives_name_no_centre(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]
