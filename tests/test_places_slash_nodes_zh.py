"""Two known places joined by a slash before 發展樞紐 / 綜合發展樞紐 name one development node (one place), as they
name one crossing before 口岸; before 新發展區 they stay two areas."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize(("text", "names"), [
    ("都會區包括新田/落馬洲發展樞紐和一個物流區。", ["新田/落馬洲發展樞紐"]),
    ("政府會推展羅湖╱文錦渡綜合發展樞紐的規劃。", ["羅湖╱文錦渡綜合發展樞紐"]),
    ("研究新田╱落马洲发展枢纽及古洞北/粉嶺北新發展區。", ["新田╱落马洲发展枢纽", "古洞北", "粉嶺北新發展區"]),
    ("區內有六個新發展區和發展樞紐。", []),  # kinds, no names
])
def test_slash_pairs_before_a_node_name_one_place(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == names
