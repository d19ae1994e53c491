"""entities_zh (issue 14, session 25): 如 / 例如 ('such as') opening an example of a list is no part of the unknown
company's name after it (…企业落户，如甲乙科技有限公司、丙丁材料有限公司等); a name that opens its clause and goes
on to a verb keeps the character (如家酒店集团宣布…: the brand 如家). Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_an_example_in_a_list_loses_such_as(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "引进一批优质企业，如甲乙科技有限公司、丙丁材料有限公司等企业落户。") == [
        "甲乙科技有限公司", "丙丁材料有限公司"]
    assert bodies(matcher, "吸引企业投资，如甲乙科技有限公司，总投资10亿元。") == ["甲乙科技有限公司"]
    assert bodies(matcher, "龙头企业加快集聚，例如甲乙科技有限公司等。") == ["甲乙科技有限公司"]


def test_a_name_that_goes_on_to_a_verb_keeps_its_first_character(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "连锁品牌加快布局，如家酒店集团新开门店10家。") == ["如家酒店集团"]
    assert bodies(matcher, "今年以来，如家酒店集团宣布新开门店。") == ["如家酒店集团"]


def test_a_name_opening_with_such_as_in_a_list_or_after_a_colon_keeps_it(matcher: ZhEntityMatcher) -> None:
    # review M11 (session 25): 如 after a list comma or a colon is the name's own character (如意控股集团)
    assert bodies(matcher, "参展企业包括甲乙集团、如意控股集团、丙丁集团。")[1] == "如意控股集团"
    assert bodies(matcher, "示范企业有：如意控股集团。") == ["如意控股集团"]
