"""suffix_zh data (issue 14, session 26): a village's name (X村) ends before whatever follows it — its predicate, an
adverb, a site in the village — except the closed class of words 村 opens (村民, 村委, 村级, 村庄 …). Made-up
sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_village_before_its_predicate_is_read(matcher: ZhEntityMatcher) -> None:
    assert "青溪村" in places(matcher, "沿着小路往里走，青溪村依山而建，风景秀丽。")
    assert "石塘村" in places(matcher, "如今的石塘村更干净了。")


def test_a_village_before_a_site_in_it_is_read_with_the_site(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "渠道起点为禾岭村银坑水电站，终点在下游。")
    assert "禾岭村" in got and "银坑水电站" in got


def test_words_that_village_opens_name_no_village(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "广大村民积极参与，当地村庄面貌一新。") == []
    assert places(matcher, "加强基层村级组织建设，完善村规民约。") == []


def test_kinds_of_village_stay_kinds_before_a_predicate(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全县贫困村全部出列，城中村改造加快推进。") == []
    assert places(matcher, "全面推进乡村振兴，村村通硬化路。") == []
