"""Places in district, county and county-level-city reports, session 21 (made-up sentences).

- A named resettlement area (某某安置区) and a central business district written with the Latin CBD / cbd (某洲CBD)
  are places; 征地 / 拆迁 安置区 are kinds; one name in both letter cases is one entity.
- A plot of land named by its area (某华西地块) and an area's commercial centre (某南西商业中心区) are places; 闲置 /
  储备 / 出让 plots are kinds.
- A park's grade inside its name (某山县级森林公园) is part of it; a demonstration park is named by its city and trade.
- Localities listed after the short name of the county they lie in (甲丰新山、乙河北中) are places, one span each,
  and no province is read across an item's seam.
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_resettlement_areas_and_business_districts(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "石岭安置区二期竣工交付。") == ["石岭安置区"]
    assert places(matcher, "做好征地安置区和拆迁安置区规划，新建3个安置区。") == []
    assert places(matcher, "推进石洲CBD建设，发展CBD经济。") == ["石洲CBD"]


def test_one_business_district_in_both_letter_cases_is_one_entity(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "石洲cbd入选十强，石洲CBD加快建设。", "cn")
    assert [s for s, _, _ in rows] == ["石洲cbd", "石洲CBD"]
    assert len({c for _, _, c in rows}) == 1


def test_localities_listed_after_their_county(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "汕尾市推进。海丰新山、陆丰下埔、陆河北中成为乡村旅游热点。") == [
        "汕尾市", "海丰新山", "陆丰下埔", "陆河北中"]  # no 河北 (Hebei) across 陆河 + 北中


def test_counties_or_words_in_a_list_are_no_localities(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "汕尾市推进海丰、陆丰、陆河协同。") == ["汕尾市", "海丰", "陆丰", "陆河"]
    assert places(matcher, "汕尾市推进陆丰新区、海丰发展、陆河建设。") == ["汕尾市", "陆丰新区", "海丰", "陆河"]


def test_a_list_that_goes_on_is_no_list_of_localities(matcher: ZhEntityMatcher) -> None:
    text = "揭阳市推进。揭东铜狮、普宁花鼓、惠来乔林火龙等展演登上舞台。"
    assert "揭东铜狮" not in places(matcher, text) and "普宁花鼓" not in places(matcher, text)
    assert places(matcher, "汕尾市推进。海丰新山、陆丰下埔等地成为热点。") == ["汕尾市", "海丰新山", "陆丰下埔"]


def test_named_plots_and_commercial_centres(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "完成了南岗西地块、竹芳围地块的规划编制。") == ["南岗西地块", "竹芳围地块"]
    assert places(matcher, "盘活闲置地块，出让储备地块3宗，新增居住地块。") == []
    assert places(matcher, "突出抓好江北西商业中心区建设。") == ["江北西商业中心区"]



def test_a_park_with_its_grade_in_its_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "完成生态林扩面，建成石岗山县级森林公园和竹湖省级湿地公园。") == ["石岗山县级森林公园", "竹湖省级湿地公园"]


def test_a_demonstration_park_named_by_its_city_and_trade(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "推动园区与江门市先进制造业石沙示范园区融合对接。") == ["江门市先进制造业石沙示范园区"]

