"""Review mends of session 21 (review-revzh M6, M5, M7 …), made-up sentences.

- M6: a plot (地块) or a resettlement area (安置区) named by its use or kind (工业, 住宅, 产业, 小区 …) is a kind, no
  place; a demonstration park (示范园区) is named by its city (known place) and trade only.
- M5, M7: a kind or honour of village (省级示范村, 文明村: a body of grade or honour words before 村) is no named
  village, alone before 等N个村 or in a list of settlements.
- M3: a list of county + word items one of which is a county + a common word (高州荔枝) lists products, no localities.
"""

from __future__ import annotations

import pytest

import pipeline


def _places(text: str) -> list[str]:
    return [p.text for p in pipeline.extract_text(text, model="blank").places]


@pytest.mark.parametrize("text", [
    "全年供应住宅地块12宗，盘活低效工业地块。",
    "建成现代农业产业示范园区3个。",
    "推进高标准农田示范园区建设。",
    "启动老旧小区安置区建设。",
])
def test_m6_plots_resettlement_areas_and_parks_of_a_kind_are_no_places(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text", [
    "全镇共有25个行政村，其中，省级示范村等5个村获得表彰。",
    "今年，特色精品村等3个村入选名单。",
])
def test_m5_a_kind_of_village_before_a_count_is_no_village(text: str) -> None:
    assert _places(text) == []


def test_m5_a_named_village_before_a_count_stays() -> None:
    assert _places("去年,石岭下等5个行政村完成整治。") == ["石岭下"]


def test_m7_a_list_of_village_honours_is_no_list_of_places() -> None:
    places = _places("全县新创建文明村、卫生村、生态村，乡村面貌明显改善。")
    assert "文明村" not in places and "生态村" not in places


def test_m7_a_list_of_named_settlements_stays() -> None:
    assert _places("今年整合石榴社区、东岭古村、红色上坪与黄家围,打造乡村振兴示范带。") == [
        "石榴社区", "东岭古村", "红色上坪", "黄家围"]


@pytest.mark.parametrize("text, product", [
    ("江门市、清远市、茂名市推进品牌建设。新会陈皮、英德红茶、高州荔枝成为全国知名品牌。", "新会陈皮"),
    ("梅州市、清远市、江门市发展特色农业。梅县金柚、连州菜心、台山大米，品牌价值不断提升。", "梅县金柚"),
])
def test_m3_a_list_of_a_countys_products_is_no_list_of_localities(text: str, product: str) -> None:
    places = _places(text)
    assert product not in places and not any(len(p) == 4 and p[2:] in ("红茶", "大米") for p in places)


def test_s6_a_region_before_most_promising_area_stays() -> None:
    assert _places("南沙是大湾区最具发展潜力区域之一。") == ["南沙", "大湾区"]


def test_s3_the_eu_earlier_is_a_place_and_the_pre_euro_stage_is_none() -> None:
    assert _places("欧盟前期出台的措施影响深远。") == ["欧盟"]
    assert _places("按污染程度分阶段淘汰欧盟前期及I至III期柴油商业车。") == []
