"""Review mends of session 23 (mendzhb; review revzh M3 and the 6273042 finding): made-up sentences.

- a company read right before the base's place is its owner (比亚迪汕尾基地, not 亚迪汕尾基地);
- an owner holding a generic word (央企, 企业) or made of frequent words only (a sector) names no base;
- a district's short form that is a frequent word (新兴 of 新兴县) is no place inside 战略性新兴产业基地.
"""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_company_read_before_the_place_owns_the_base(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "全力推进比亚迪汕尾基地建设。") == ["比亚迪汕尾基地"]
    assert places(matcher, "位于比亚迪深圳总部附近。") == ["比亚迪深圳总部"]
    assert [s for s, _, _ in found(matcher, "全力推进比亚迪汕尾基地建设。", "cn")] == ["比亚迪汕尾基地"]


def test_a_generic_owner_inside_the_run_names_no_base(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "积极对接央企华南总部。") == []
    assert places(matcher, "吸引港资企业华南总部。") == []
    assert places(matcher, "吸引外地客商华南总部落户。") == []


def test_a_sector_names_no_base(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "建设数字经济华南基地。") == []
    assert places(matcher, "建设粮食储备粤西基地。") == []
    assert places(matcher, "推动新兴产业大湾区总部集聚。") == ["大湾区"]


def test_a_frequent_word_is_no_short_form_before_a_base(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "打造战略性新兴产业基地。") == []


def test_a_county_park_before_a_clause_verb_keeps_its_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "梅州园、蕉岭园获评优秀。") == ["梅州园", "蕉岭园"]
    assert places(matcher, "梅州市、蕉岭园获评优秀。") == ["梅州市", "蕉岭园"]
    assert places(matcher, "广州园林局加强管理。") == ["广州"]
