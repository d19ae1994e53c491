"""An area phrase 'A和/及B一帶' (the area around A and B) lists places whatever its items, as 等 + a kind of place
does (lists_zh): a known place and a short unknown name before 一帶 are both places."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize(("text", "names"), [
    ("保安局會開放打鼓嶺和塘坑一帶的土地。", ["打鼓嶺", "塘坑"]),
    ("政府在坪輋及皇后山一帶興建公營房屋。", ["坪輋", "皇后山"]),
    ("當局會美化海濱和沿岸一帶。", []),  # generic words are no names
    ("政府推動「一帶一路」建設。", []),
])
def test_a_pair_before_yidai_lists_places(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == names
