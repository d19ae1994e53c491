"""lang.fold (issue 14, session 28): a character whose Simplified form lies outside the Basic Multilingual Plane
(篢 → 𬕂, a CJK Extension E character) stays as written, so a place name holding it is not cut at it. Made-up
sentences."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.lang import fold
from tests.zh_mentions import found


def test_fold_keeps_a_bmp_character_whose_simplified_form_is_astral() -> None:
    assert fold("织篢") == "织篢"


def test_fold_still_simplifies_bmp_characters() -> None:
    assert fold("鎮區") == "镇区"


def test_a_town_with_such_a_character_is_read(matcher: ZhEntityMatcher) -> None:
    got = [s for s, lab, _ in found(matcher, "今年，织篢镇新建两个公园。", "cn") if lab == "PLACE"]
    assert "织篢镇" in got
