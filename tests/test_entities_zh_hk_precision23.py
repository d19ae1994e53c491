"""Chinese institutions in Hong Kong texts (issue 14, session 23, precision): the Government as the owner of its
surplus, revenue or spending is the public purse (no row); a body right before its by-election (補選, also with a
stray space) or an exchange session (前廳交流會) names the event; a centre set up as 'the first of its kind' in a
territory (全港首間…中心) is unnamed (DECISIONS-zh 25). Made-up sentences; each fails on the code before (guards aside)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def insts(matcher: ZhEntityMatcher, text: str, loc: str = "hk") -> list[str]:
    return [s for s, lab, _ in found(matcher, text, loc) if lab == "INSTITUTION"]


@pytest.mark.parametrize("text", ["由於政府今年財政盈餘可觀，司長決定退稅。", "有關措施令政府收入減少八十億元。",
                                  "政府開支將增加百分之五。"])
def test_the_government_as_purse_is_no_row(matcher: ZhEntityMatcher, text: str) -> None:
    assert insts(matcher, text) == []


def test_the_government_acting_stays(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "政府會推出新的資助計劃。") == ["政府"]


@pytest.mark.parametrize("text", ["下月將舉行一場立法會補選。", "下月將舉行一場立法會補 選。", "議員出席立法會前廳交流會。",
                                  "再過半年就到立法會換屆。"])
def test_a_body_naming_its_by_election_or_exchange_session_is_no_row(matcher: ZhEntityMatcher, text: str) -> None:
    assert insts(matcher, text) == []


def test_the_legislature_acting_stays(matcher: ZhEntityMatcher) -> None:
    assert "立法會" in insts(matcher, "立法會通過撥款條例草案。")


@pytest.mark.parametrize("text", ["明年於某某醫院設立全港首間痛症治療中心。", "当地设立全省首座海洋数据中心。"])
def test_the_first_of_its_kind_is_unnamed(matcher: ZhEntityMatcher, text: str) -> None:
    assert not [s for s in insts(matcher, text, "hk" if "於" in text else "cn") if s.endswith("中心")]


def test_a_named_centre_set_up_stays(matcher: ZhEntityMatcher) -> None:
    assert "深圳国际仲裁中心" in insts(matcher, "市里成立深圳国际仲裁中心。", "cn")


def test_a_feed_code_after_the_source_label_is_no_outlet(matcher: ZhEntityMatcher) -> None:
    assert insts(matcher, "发布时间:2024-11-15 03:44:48 来源: ab20241115\n新措施今日推出。", "cn") == []


def test_an_outlet_after_the_source_label_stays(matcher: ZhEntityMatcher) -> None:
    assert "某某日报" in insts(matcher, "来源: 某某日报\n新措施今日推出。", "cn")
