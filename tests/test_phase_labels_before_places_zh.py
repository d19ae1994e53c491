"""entities_zh (issue 14, session 27, zhplhk): a phase label before a place (第一期 … 第四期, 首期) names the phase
of the works at it, opens no name: the place starts after it (第二期某某灣的設施: the bay), as a phase label after a
facility is no part of it (DECISIONS 19); a phase of a programme stays no place (made-up sentences)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "hk") if lab == "PLACE"]


def test_a_phase_label_opens_no_name(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "隨着第二期竹篙灣的設施啟用，壓力得以紓緩。") == ["竹篙灣"]
    assert places(matcher, "政府會落實第三期大鵬灣的工程。") == ["大鵬灣"]
    assert places(matcher, "首期白石灣的單位將於年底落成。") == ["白石灣"]


def test_a_phase_of_a_programme_is_no_place(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "第二期資助計劃將於下月接受申請。") == []
