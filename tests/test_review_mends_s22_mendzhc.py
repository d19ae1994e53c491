"""Review mends of session 22 (revzh S1-S3, S7, S8, S11): rules of inner_places_zh that dropped real places.
Sentences are made up."""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _places(text: str) -> list[str]:
    return [m.text for m in extract_text(text, model="blank").places]


@pytest.mark.parametrize(("text", "place"), [
    ("市委召开支持深圳建设先行示范区座谈会。", "深圳"),  # S1: a place as a meeting's topic, after a verb
    ("全市举办纪念香港回归祖国座谈会。", "香港"),
    ("在西江与北江交会处建设生态公园。", "北江"),  # S2: 交会 'converge'
    ("广州、深圳等城市负责人参加会议。", "广州"),  # S3: 等城市 before the title
    ("广州、深圳等城市负责人参加会议。", "深圳"),
    ("香港人、澳门人等均可申请。", "香港"),  # S7: place + 人
    ("工作人员常驻北京办公。", "北京"),  # S8: 办公
    ("他长期驻上海办理业务。", "上海"),
    ("广东省十四届人大常委会第五次会议审议通过该条例。", "广东省"),  # S11: a standing committee's session
    ("广州市十六届人大常委会第十次会议召开。", "广州市"),
])
def test_review_s22_a_real_place_stays(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(("text", "place"), [
    ("市长出席佛山科技创新工作形势报告会。", "佛山"),
    ("全年组织企业参加深圳高交会和广州广交会。", "深圳"),
    ("省法院负责同志林某，佛山、东莞市负责同志张某出席大会。", "佛山"),
    ("特區政府將在駐武漢辦設立聯絡組。", "武漢"),
    ("出席会议的还有我区选出的部分佛山市十六届人大代表。", "佛山市"),
])
def test_review_s22_the_rules_purpose_still_holds(text: str, place: str) -> None:
    assert place not in _places(text)


@pytest.mark.parametrize("text", ["市长出席佛山科技创新成果发布会。", "全市召开佛山乡村振兴工作座谈会。"])
def test_review_s22_a_meeting_kind_is_no_verb_between(text: str) -> None:
    assert "佛山" not in _places(text)
