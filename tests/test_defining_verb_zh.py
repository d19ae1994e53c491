"""Session 29 (zhplfp): 指 ('refers to'), the verb that glosses a slogan's items right after the item's closing quote
(“两城”指某某新城、某某新城), opens the names it defines; elsewhere 指 opens words (指定 'designate': 政府會指定新郊野公園)
and no name is cut there (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "PLACE"]


def test_the_glossed_new_town_starts_after_zhi(matcher: ZhEntityMatcher) -> None:
    got = places(matcher, "“一城”指青梅新城,是全区发展的重点。")
    assert got == ["青梅新城"]


def test_zhi_after_a_corner_bracket(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "「兩湖」指桂香湖片區及白沙湖片區。") == ["桂香湖片區", "白沙湖片區"]


@pytest.mark.parametrize("text", ["政府會指定新郊野公園。", "省里指定某某片区为试点。"])
def test_zhi_opening_a_word_is_no_gloss(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [p for p in places(matcher, text) if p.startswith(("定", "导"))]


def test_a_name_without_zhi_is_untouched(matcher: ZhEntityMatcher) -> None:
    assert places(matcher, "青梅新城建设加快推进。") == ["青梅新城"]
