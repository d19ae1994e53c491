"""districts_zh (issue 14, session 29, zhplhk): a Hong Kong district written with its mark (元朗區) and its bare name
(元朗) in one document are one place, the district's row — every gold that holds both forms lists one row (fc26
大埔 / 大埔區, heldout-zhplfp31-b 元朗區 / 元朗, heldout-zhplhk33-a 屯門區 / 屯門; none lists two), as a Mainland
district and its short name are one row. The mark still joins the span (元朗區), and 區議會 after the name is still
the council. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, lab, c in found(matcher, text, "hk") if lab == "PLACE"]


@pytest.mark.parametrize("text, district, bare", [
    ("當局在沙田區推行試點計劃，以紓緩沙田和馬鞍山的交通。", "沙田區", "沙田"),
    ("当局在沙田区推行试点计划，以纾缓沙田和马鞍山的交通。", "沙田区", "沙田"),
    ("元朗區的人口持續增長，天水圍、元朗及上水等新市鎮需要更多設施。", "元朗區", "元朗"),
    ("屯門的新碼頭落成後，屯門區居民可乘船往機場。", "屯門區", "屯門"),
])
def test_the_bare_name_beside_the_district_is_the_district(matcher: ZhEntityMatcher, text: str, district: str,
                                                          bare: str) -> None:
    got = places(matcher, text)
    canon = {c for s, c in got if s == district}
    assert len(canon) == 1
    assert {c for s, c in got if s == bare} == canon


def test_the_district_still_takes_its_mark(matcher: ZhEntityMatcher) -> None:
    got = [s for s, _ in places(matcher, "大埔區的居民反映，大埔的巴士服務不足。")]
    assert got == ["大埔區", "大埔"]


def test_a_district_council_is_still_no_place(matcher: ZhEntityMatcher) -> None:
    got = found(matcher, "大埔區議會討論了大埔的交通問題。", "hk")
    assert ("大埔", "PLACE") in [(s, lab) for s, lab, _ in got]
    assert not any(s.startswith("大埔區") and lab == "PLACE" for s, lab, _ in got)
