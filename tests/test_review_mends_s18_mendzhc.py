"""Session 18's review mends (revzh M4, M5, M7, campaigns, 先行区): Chinese place rules that fired too widely
(sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return [p.text for p in extract_text(text, model="blank").places]


@pytest.mark.parametrize("text, want", [
    # M4: a verb before the works' object word is no region of a works name
    ("广州推进供水管网改造工程，深圳完成引水隧洞项目。", ["广州", "深圳"]),
    ("惠州全面供水一体化工程顺利完工。", ["惠州"]),
    # M5: a clause between the zone and a park's kind is no park's body
    ("揭阳空港经济区加快建设科技园。", ["揭阳空港经济区"]),
    # M7: a venue after 确定为 is a place; a listed place after 入选 stays
    ("大会主会场确定为深圳会展中心。", ["深圳"]),
    ("分会场认定为广州白云国际机场附近的酒店。", ["广州白云国际机场"]),
    ("今年入选的城市有广州、深圳和珠海三市。", ["广州", "深圳", "珠海"]),
    # campaigns: 活力 ends an ordinary clause; no campaign head follows the place
    ("激发市场活力广州持续领跑。", ["广州"]),
    ("提升居民健康深圳加快建设智慧城市。", ["深圳"]),
])
def test_places_kept(text: str, want: list[str]) -> None:
    got = _places(text)
    assert all(w in got for w in want), got


@pytest.mark.parametrize("text", [
    "打造全省乡村振兴先行区。",  # a kind every county is asked to build
    "推进健康广州建设。",  # guards: a campaign's name still holds its place
    "建设数字广东。",
    "绿美揭阳生态建设。",
])
def test_no_place(text: str) -> None:
    assert _places(text) == []


def test_zone_park_kept() -> None:
    """Guard: a park's body in no clause still names the park with its zone."""
    assert "揭阳空港经济区智造产业园" in _places("揭阳空港经济区智造产业园投产。")
