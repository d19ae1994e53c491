"""Review mends, session 21 (mendzha; review-revzh M1, M2, S2, S1), made-up sentences through the public API.

M1: 于 / 於 / 向 after a post title or opening a sentence are prepositions, no surnames: the place after them stays
(主席于北京会见…). M2: a body's name before a head's title holds no clause verb or 了, so a place where a meeting
happens is no body's name (市长在广州会见了中国银行行长刘某). S2: a common word after 市长江 is no given name, so the
river stays (宜昌市长江保护). S1: a level-named session hall's body is the government's organs and a floor only, so a
body inside it stays a mention (市委党校礼堂: 市委党校).
"""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def places(text: str) -> list[str]:
    return [p.text for p in extract_text(text, model="blank").places]


def institutions(text: str) -> list[str]:
    return [i.text for i in extract_text(text, model="blank").institutions]


@pytest.mark.parametrize(("text", "place"), [
    ("主席于北京会见了来访的代表团。", "北京"),
    ("政務司司長於北京會見國家部委官員。", "北京"),
    ("市长于广州主持召开座谈会。", "广州"),
    ("主席向香港、澳门同胞致以问候。", "香港"),
    ("向深圳等地输送电力。", "深圳"),
])
def test_a_preposition_is_no_surname(text: str, place: str) -> None:  # M1
    assert place in places(text)


def test_a_head_named_after_the_title_still_hides_the_place() -> None:  # M1 guard: the rule's own purpose
    assert "长江" not in places("县长江某某作报告。")
    assert "长春" not in places("主席李长春出席会议。")


@pytest.mark.parametrize(("text", "place"), [
    ("市长在广州会见了中国银行行长刘某，双方进行了交流。", "广州"),
    ("省领导到韶关看望市人民医院院长张某某，了解情况。", "韶关"),
    ("省长在湛江会见宝钢湛江钢铁公司总经理李某，双方座谈。", "湛江"),
    ("局長在深圳會見騰訊公司董事長馬某，雙方交流。", "深圳"),
])
def test_a_verb_phrase_is_no_bodys_name(text: str, place: str) -> None:  # M2
    assert place in places(text)


def test_a_place_opening_a_bodys_name_stays_out() -> None:  # M2 guard: the rule's own purpose
    assert "饶平" not in places("饶平海关关长林某某，出席会议。")


def test_a_common_word_after_the_river_is_no_given_name() -> None:  # S2
    assert places("落实宜昌市长江保护，推进绿色发展。") == ["宜昌市", "长江"]


def test_a_body_inside_a_hall_stays_a_mention() -> None:  # S1
    assert "市委党校" in institutions("大会在市委党校礼堂召开。")
    assert "市委党校礼堂" not in places("大会在市委党校礼堂召开。")
    assert "市第一人民医院会议中心" not in places("会议在市第一人民医院会议中心召开。")


def test_the_governments_hall_is_still_one_place() -> None:  # S1 guard: the rule's own purpose
    assert places("区政协第五届委员会第二次会议在区委区政府三楼会议厅开幕。") == ["区委区政府三楼会议厅"]
    assert places("会议于昨日在县人民中心召开。") == ["县人民中心"]
