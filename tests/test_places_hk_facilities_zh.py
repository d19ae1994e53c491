"""Hong Kong sites named by their head word (typhoon shelters, nullahs, channels, public libraries), and the
descriptions that look like such names but name a kind (這座大樓, 海岸公園, 世界地質公園, 指定…, 度假村 in a list)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


@pytest.mark.parametrize(("text", "names"), [
    ("沙田避風塘及荔枝角水道的水質已改善。", ["沙田避風塘", "荔枝角水道"]),
    ("工程減少污水流入屯門明渠。", ["屯門明渠"]),
    ("荃灣公共圖書館將重置於新大樓。", ["荃灣公共圖書館"]),
    ("區內設有流動圖書館和公共圖書館。", []),  # kinds of library
])
def test_hong_kong_water_sites_and_libraries(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == names


@pytest.mark.parametrize("text", [
    "康文署這座體育大樓的落成回應居民所需。",  # a demonstrative and a classifier: a description
    "當局研究設立更多海岸公園。",  # marine parks as a kind
    "申請成為世界地質公園網絡成員。",  # a designation, no site
    "政府會指定新郊野公園。",  # 'designate new country parks'
    "大樓現時分別為度假村的咖啡室及營舍。",  # a holiday camp as a kind
    "圖書館增添了多媒體資料圖書館。",  # a section of a library, no named site
])
def test_descriptions_of_a_kind_name_no_place(matcher: ZhEntityMatcher, text: str) -> None:
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == []


def test_a_kind_of_facility_listed_after_a_park_is_no_place(matcher: ZhEntityMatcher) -> None:
    got = [t[0] for t in found(matcher, "局長參觀柴灣和鯉魚門公園及度假村內的古蹟。", "hk") if t[1] == "PLACE"]
    assert "度假村" not in got


@pytest.mark.parametrize(("text", "names"), [
    ("當局研究把大埔濾水廠及將軍澳海水配水庫遷往岩洞。", ["大埔濾水廠", "將軍澳海水配水庫"]),
    ("九龍灣廢物轉運站會重建。", ["九龍灣廢物轉運站"]),  # a known place + a kind + 轉運站: one name
    ("政府將擴建富山公眾殮房。", ["富山公眾殮房"]),
    ("岩洞可容納食水/海水配水庫、濾水廠及廢物轉運站等設施。", []),  # kinds of facility, no names
])
def test_utility_works_named_by_head_word(matcher: ZhEntityMatcher, text: str, names: list[str]) -> None:
    """Service reservoirs, water treatment works, refuse transfer stations and mortuaries are named built
    facilities (DECISIONS 17); a kind of water or waste before the head word names a kind."""
    assert [t[0] for t in found(matcher, text, "hk") if t[1] == "PLACE"] == names
