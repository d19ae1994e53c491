"""entities_zh: a zone's body written with the zone's second name in brackets (开发区（自贸试验区）党工委: one body,
two nameplates), a province's working committee and office for a named area (省某某工委, 省某某办), and the bare 政协
of a list whose congress carries the level (区人大、政协) — made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "cn") -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"]


def test_a_bracketed_second_name_stays_inside_the_zone_body(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "在县委和开发区（自贸试验区）党工委的领导下,各项工作有序推进。")
    assert ("开发区（自贸试验区）党工委", "开发区（自贸试验区）党工委") in got
    got = insts(matcher, "东湖高新区（经开区）管委会印发了实施方案。")
    assert [s for s, _ in got] == ["东湖高新区（经开区）管委会"]
    got = insts(matcher, "区委、开发区(自贸区某某片区)管委会联合部署。")
    assert "开发区(自贸区某某片区)管委会" in [s for s, _ in got]


def test_a_level_and_a_known_area_make_its_committee_and_office(matcher: ZhEntityMatcher) -> None:
    assert [s for s, _ in insts(matcher, "省横琴工委、省横琴办正式挂牌。")] == ["省横琴工委", "省横琴办"]
    assert insts(matcher, "全省办理案件一千件。") == []
    assert all(s != "省前海办" for s, _ in insts(matcher, "省前海办事处迁址。"))


def test_bare_cppcc_after_the_levels_congress_is_that_levels(matcher: ZhEntityMatcher) -> None:
    got = insts(matcher, "在县人大、政协的监督支持下,我们完成了目标任务。")
    assert ("政协", "县政协") in got
    got = insts(matcher, "在市人大及其常委会和政协的监督下推进改革。")
    assert ("政协", "市政协") in got
    assert not any(s == "政协" for s, _ in insts(matcher, "区人大代表和政协委员提出建议。"))


def test_a_development_site_and_company_is_its_company(matcher: ZhEntityMatcher) -> None:
    # the site's developer named after it: one institution, not the site (GUIDELINES: Science Park vs HKSTP)
    got = insts(matcher, "新田科技城公司會與業界合作發展。", "hk")
    assert [s for s, _ in got] == ["新田科技城公司"]
    got = found(matcher, "港深創科園公司正撰寫顧問報告。", "hk")
    assert [(s, lab) for s, lab, _ in got] == [("港深創科園公司", "INSTITUTION")]
    # a city or a district + 公司 is a kind of company
    assert insts(matcher, "香港公司和內地公司加強合作。", "hk") == []


def test_helps_and_split_up_take_the_body_as_their_object(matcher: ZhEntityMatcher) -> None:
    assert ("政府", "Hong Kong SAR Government") in insts(matcher, "這些資料有助政府訂定優次。", "hk")
    assert ("房屋局", "Housing Bureau") in insts(matcher, "有意見建議分拆房屋局。", "hk")
