"""Session 29 (zhinst): a body no gazetteer knows, written in a contracted form of a longer name the same text writes
(工貿委員會 in a headline, 工業貿易諮詢委員會 in the story), is that body: one canonical name, so one row. A short form
whose part before the head is a run the long name opens with (公安局 / 公安交通管理局), a one-character part (区委 /
区纪委) and a name the text never writes in full are no contractions (sentences are made up)."""

from __future__ import annotations

import pytest

from pipeline.extract.entities.chinese import ZhEntityMatcher
from pipeline.extract.entities.contracted_names_zh import contraction_of
from tests.zh_mentions import found

RULES = {"heads": [["委员会", "委员会"], ["委", "委员会"], ["局", "局"], ["办", "办公室"]], "min_core": 2}


def canon(matcher: ZhEntityMatcher, text: str, loc: str) -> dict[str, str]:
    return {s: c for s, lab, c in found(matcher, text, loc) if lab == "INSTITUTION"}


@pytest.mark.parametrize("text, loc, short, full", [
    ("漁農委員會明日開會。改組後的漁農業發展諮詢委員會將討論休漁期安排。", "hk", "漁農委員會", "漁農業發展諮詢委員會"),
    ("今日，環諮委員會舉行會議。改組後的環境保護諮詢委員會選出主席。", "hk", "環諮委員會", "環境保護諮詢委員會"),
])
def test_a_contracted_name_takes_the_full_names_canonical(matcher: ZhEntityMatcher, text: str, loc: str,
                                                           short: str, full: str) -> None:
    c = canon(matcher, text, loc)
    assert c.get(short) == c.get(full) == full


@pytest.mark.parametrize("short, full, same", [
    ("工贸委员会", "工业贸易谘询委员会", True),
    ("国资委", "国有资产监督管理委员会", True),
    ("市府办", "市政府办公室", True),
    ("公安局", "公安交通管理局", False),      # the long name opens with the short one's part: another bureau
    ("市公安局", "市公安局南山分局", False),   # a unit of the body
    ("区委", "区纪委", False),                # one character before the head
    ("教育局", "体育局", False),              # another first character
    ("统计局", "统计调查委员会", False),       # another head
])
def test_contraction_of(short: str, full: str, same: bool) -> None:
    assert contraction_of(short, full, RULES) is same


def test_a_short_name_without_its_full_name_stays(matcher: ZhEntityMatcher) -> None:
    c = canon(matcher, "漁農委員會明日開會，討論休漁期安排。", "hk")
    assert c.get("漁農委員會") == "漁農委員會"
