"""Chinese places in Hong Kong texts, session 13 (issue 14): a hospital's blocks named by their function (急症大樓,
門診大樓, 通風大樓) or by a phase label (第二期大樓) are kinds, no names; a clause verb (祝賀, 資助) or 即 ('namely')
opens no name; a vicinity word (兩岸, 旁) between a place and a kind word locates, it names nothing; a district named
by joining its towns' names (葵青, 油尖旺) written bare beside X區 is still the district; a division written right
before a known place inside it (元朗錦田, 深圳前海) is one place, the longest written span, unless the division is
written with its mark (元朗區錦田: an address, two places); a conjunction after a
bracketed part (東段) starts the next name. Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def places(matcher: ZhEntityMatcher, text: str) -> list[tuple[str, str]]:
    return [(t[0], t[2]) for t in found(matcher, text) if t[1] == "PLACE"]


@pytest.mark.parametrize("text", [
    "醫院將興建急症大樓及門診大樓。",
    "该院规划肿瘤科大楼和通风大楼。",
    "第二期大樓已於去年落成。",
    "該院是區內重要的急症醫院。",
    "政府資助醫院發展。",
    "興建三座大樓,即急症大樓、行政大樓和教學大樓。",
])
def test_blocks_named_by_function_or_phase_are_kinds(matcher: ZhEntityMatcher, text: str) -> None:
    assert places(matcher, text) == []


def test_a_clause_verb_opens_no_name(matcher: ZhEntityMatcher) -> None:
    assert [p for p, _ in places(matcher, "我們祝賀仁濟醫院開幕。")] == ["仁濟醫院"]


@pytest.mark.parametrize(("text", "expected"), [
    ("沿着維港兩岸海濱長廊跑步。", ["維港"]),
    ("市民可使用荃灣醫院旁海濱長廊。", ["荃灣醫院"]),
])
def test_a_vicinity_word_before_a_kind_names_nothing(matcher: ZhEntityMatcher, text: str, expected: list[str]) -> None:
    assert [p for p, _ in places(matcher, text)] == expected


def test_a_composite_district_name_stays_the_district(matcher: ZhEntityMatcher) -> None:
    found_ = places(matcher, "葵青的居民關注葵青區的交通。")
    assert [p for p, _ in found_] == ["葵青", "葵青區"]
    assert len({c for _, c in found_}) == 1


@pytest.mark.parametrize(("text", "span"), [
    ("元朗錦田有不少農地。", "元朗錦田"),
    ("深圳前海的企業來港上市。", "深圳前海"),
    ("開發西貢十四鄉的坡地。", "西貢十四鄉"),
])
def test_a_division_before_a_place_inside_it_is_one_place(matcher: ZhEntityMatcher, text: str, span: str) -> None:
    names = [p for p, _ in places(matcher, text)]
    assert span in names and not any(n != span and n in span for n in names)


def test_two_divisions_side_by_side_stay_two(matcher: ZhEntityMatcher) -> None:
    assert [p for p, _ in places(matcher, "香港澳門兩地的旅客。")] == ["香港", "澳門"]


def test_a_division_written_with_its_mark_is_an_address_level(matcher: ZhEntityMatcher) -> None:
    assert [p for p, _ in places(matcher, "元朗區錦田有不少農地。")] == ["元朗區", "錦田"]


def test_a_conjunction_after_a_bracketed_part_starts_the_next_name(matcher: ZhEntityMatcher) -> None:
    names = [p for p, _ in places(matcher, "市民可前往東涌海濱長廊(東段)及將軍澳海濱花園。")]
    assert "將軍澳海濱花園" in names and not any("及" in n for n in names)
