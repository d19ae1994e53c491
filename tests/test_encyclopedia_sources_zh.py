"""entities_zh (issue 14, session 25): an online encyclopedia named as a page's source (来源：维基百科, 来源：百度百科) is a
reference work, no outlet or body; a paper on a source line stays its outlet (made-up lines)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_an_encyclopedia_source_is_no_body(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "江北湖位于江北市北部。\n来源：维基百科") == []
    assert bodies(matcher, "来源：百度百科") == []


def test_a_paper_source_stays(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "来源：江北日报") == ["江北日报"]
