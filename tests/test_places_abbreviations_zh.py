"""One-character place abbreviations after a verb of travel (DECISIONS 30), station names after their rail line,
and tourism sites named by their head word. Made-up sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str, loc: str) -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text, loc) if t[1] == "PLACE"]


@pytest.mark.parametrize(("text", "loc", "expected"), [
    ("去年訪港旅客回升,來港投資的企業亦增加。", "hk", [("港", "Hong Kong SAR"), ("港", "Hong Kong SAR")]),
    ("歡迎旅客赴港觀光。", "hk", [("港", "Hong Kong SAR")]),
    ("欢迎更多人才来琼创业。", "cn", [("琼", "Hainan")]),
])
def test_a_place_abbreviated_after_a_verb_of_travel(matcher: ZhEntityMatcher, text: str, loc: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert places(matcher, text, loc) == expected


@pytest.mark.parametrize(("text", "loc"), [
    ("旅客可乘港鐵返回市區。", "hk"),  # 港鐵 is the operator
    ("來港人數統計以口岸計算。", "cn"),  # a Mainland document: no Hong Kong locale rule
    ("貨輪返港口卸貨。", "hk"),  # 港口: a port
])
def test_no_abbreviation_where_the_character_starts_a_word_or_the_locale_differs(matcher: ZhEntityMatcher,
                                                                                  text: str, loc: str) -> None:
    assert ("港", "Hong Kong SAR") not in places(matcher, text, loc)


@pytest.mark.parametrize(("text", "expected"), [
    ("東鐵綫甲乙站會在明年啟用。", ["甲乙站"]),  # a station's name starts after its rail line
    ("樂園計劃興建丙丁水上樂園。", ["丙丁水上樂園"]),
    ("政府研究發展甲乙旅遊中樞。", ["甲乙旅遊中樞"]),
    ("公司將擴建全天候水上樂園。", []),  # a kind of water park
    ("中鐵線設甲乙站。", ["甲乙站"]),  # 設 ('site') opens the clause, no part of the name
    ("旅客可到印洲塘觀賞地貌。", ["印洲塘"]),
])
def test_stations_and_tourism_sites(matcher: ZhEntityMatcher, text: str, expected: list[str]) -> None:
    assert [t[0] for t in places(matcher, text, "hk")] == expected
