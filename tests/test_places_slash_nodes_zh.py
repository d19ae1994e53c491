"""Two known places joined by a slash before 發展樞紐 / 綜合發展樞紐 name one development node (one place), as they
name one crossing before 口岸. Before 新發展區 they name one area too (session 9: the earlier expectation of two
areas, 古洞北 + 粉嶺北新發展區, disagreed with devset-real DECISIONS 18, which lists "Hung Shui Kiu/Ha Tsuen New
Development Area" as one place, with the English reading of 'Kwu Tung North/Fanling North New Development Area'
as one area, and with the session-8 forecast gold; see test_places_slash_areas_zh.py)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize(("text", "names"), [
    ("都會區包括新田/落馬洲發展樞紐和一個物流區。", ["新田/落馬洲發展樞紐"]),
    ("政府會推展羅湖╱文錦渡綜合發展樞紐的規劃。", ["羅湖╱文錦渡綜合發展樞紐"]),
    ("研究新田╱落马洲发展枢纽及古洞北/粉嶺北新發展區。", ["新田╱落马洲发展枢纽", "古洞北/粉嶺北新發展區"]),
    ("區內有六個新發展區和發展樞紐。", []),  # kinds, no names
])
def test_slash_pairs_before_a_node_name_one_place(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == names
