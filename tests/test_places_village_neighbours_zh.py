"""lead words (issue 14, session 25): a compass word + a verb of bordering (北接, 南抵, 西靠, 东连, 西至) opens the
neighbouring village's name, never its first word, and 驻 ('stationed at') opens the place a cadre is stationed at.
Made-up sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_a_village_after_a_verb_of_bordering_starts_after_it(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "下围村北接石门坳村、大岭村，南抵沙塘村，西靠石岭村。")
    assert {"石门坳村", "沙塘村", "石岭村"} <= set(got)
    assert not any(s[:2] in ("北接", "南抵", "西靠") for s in got)


def test_a_village_after_zhu_starts_after_it(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "副镇长分管农业工作，驻新塘村；镇人大主席驻东岗社区。")
    assert "新塘村" in got and not any(s.startswith("驻") for s in got)


def test_a_known_name_opening_with_the_lead_keeps_it(matcher: ZhEntityMatcher) -> None:
    assert any(s.startswith("驻马店") for s in places(matcher, "驻马店市代表团来访。"))
